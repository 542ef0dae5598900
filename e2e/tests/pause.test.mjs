// The pause: two taps to start, the sentence with the return time, and a countdown that
// survives the app.server being killed with SIGKILL and started again on the same data.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, startServer, phonePage, open, shot, sql, pathOf } from './helpers.mjs';

const app = useApp();

/** Seconds left, read from the ring's visible countdown ("19:58"). */
async function secondsLeft(page) {
  const text = await page.locator('.ring-time').innerText();
  const [m, s] = text.split(':').map(Number);
  return m * 60 + s;
}

test('a pause starts in two taps and keeps counting after a SIGKILL and restart', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/');
  await page.getByRole('link', { name: 'Take a pause', exact: true }).click();
  await page.getByRole('heading', { name: 'Take a pause' }).waitFor();
  // Twenty minutes is chosen already, and the sentence names the return time.
  assert.equal(await page.getByRole('button', { name: '20 min' }).getAttribute('aria-pressed'), 'true');
  const sentence = await page.locator('.sentence').innerText();
  assert.match(sentence, /^I'm getting overwhelmed and want to hear you properly\. I'm taking 20 minutes and I'll be back at \d{1,2}:\d\d\s[AP]M\.$/);
  await shot(page, 'pause-setup');
  await page.getByRole('button', { name: 'Start pause' }).click();
  await page.getByRole('heading', { name: "You're taking a pause" }).waitFor();
  await page.getByRole('timer').waitFor();
  await page.getByText(/Breathe (in|out)/).waitFor();
  const before = await secondsLeft(page);
  const readAt = Date.now();
  const backAt = await page.locator('.sentence').innerText();
  assert.ok(before > 19 * 60 && before <= 20 * 60, `about twenty minutes left: ${before}`);
  await shot(page, 'pause-running');

  // The process dies without warning, and comes back on the same data: the pause counted on
  // while it was down, by as long as it was down (measured here, not waited for), towards
  // the same return time.
  await app.server.kill('SIGKILL');
  app.server = await startServer(app.data.dir, app.server.port);
  await open(page, app.server, '/pause');
  await page.getByRole('heading', { name: "You're taking a pause" }).waitFor();
  const after = await secondsLeft(page);
  const down = (Date.now() - readAt) / 1000;
  assert.ok(
    Math.abs(before - after - down) <= 2,
    `the time left went down by the time that passed: ${before} → ${after} in ${down.toFixed(1)} s`,
  );
  assert.equal(await page.locator('.sentence').innerText(), backAt, 'the same return time');

  // Now shows the countdown too.
  await open(page, app.server, '/');
  await page.locator('.pause-banner').getByText(/Pausing · \d+:\d\d left/).waitFor();

  // +5 min adds five minutes.
  await open(page, app.server, '/pause');
  await page.getByRole('button', { name: '+5 min, adds five minutes' }).click();
  await page.waitForFunction(() => {
    const [m] = document.querySelector('.ring-time').innerText.split(':').map(Number);
    return m >= 24;
  });
  assert.match(await page.locator('.sentence').innerText(), /taking 25 minutes/);

  // Coming back early leads to "Ready to come back?".
  await page.getByRole('button', { name: "I'm back" }).click();
  await page.getByRole('heading', { name: 'Ready to come back?' }).waitFor();
  await page.getByRole('link', { name: 'Check in', exact: true }).waitFor();
  await page.getByRole('link', { name: 'Repair', exact: true }).waitFor();
  await shot(page, 'pause-come-back');
  const rows = sql(app.data.dir, "SELECT outcome, (planned_end_ms - started_at_ms) / 60000 FROM pauses;").trim();
  assert.equal(rows, 'ended_early|25');
  assert.deepEqual(page.errors, []);
});

test('a pause whose time passed while the app was closed shows as over, with the way back', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/pause');
  await page.getByRole('button', { name: '5 min' }).click();
  await page.getByRole('button', { name: 'Start pause' }).click();
  await page.getByRole('timer').waitFor();
  await app.server.kill('SIGKILL');
  // While the app is closed, an hour passes (the stored times move back an hour).
  sql(app.data.dir, 'UPDATE pauses SET started_at_ms = started_at_ms - 3600000, planned_end_ms = planned_end_ms - 3600000 WHERE ended_at_ms IS NULL;');
  app.server = await startServer(app.data.dir, app.server.port);
  await open(page, app.server, '/');
  const banner = page.locator('.pause-banner');
  await banner.getByText('Your pause is over. Ready to come back?').waitFor();
  await banner.getByRole('link').click();
  await page.getByRole('heading', { name: 'Your pause is over' }).waitFor();
  await shot(page, 'pause-time-up');
  await page.getByRole('button', { name: 'Repair', exact: true }).click();
  await page.waitForFunction(() => location.pathname === '/repair');
  await page.getByRole('heading', { name: 'Repair', exact: true }).waitFor();
  assert.equal(pathOf(page), '/repair');
  const kept = sql(app.data.dir, "SELECT outcome FROM pauses ORDER BY created_at_ms DESC LIMIT 1;").trim();
  assert.equal(kept, 'completed');
});

test('a custom length is checked, and a pause can be called off', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/pause');
  await page.getByRole('button', { name: 'Other' }).click();
  const minutes = page.getByLabel('Minutes (1 to 240)');
  await minutes.fill('500');
  await page.getByRole('alert').filter({ hasText: 'between 1 and 240 minutes' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Start pause' }).isDisabled(), true);
  await minutes.fill('45');
  await page.locator('.sentence').filter({ hasText: 'taking 45 minutes' }).waitFor();
  await page.getByRole('button', { name: 'Start pause' }).click();
  await page.getByRole('button', { name: 'Cancel pause' }).click();
  await page.getByRole('heading', { name: 'Now' }).waitFor();
  await page.getByRole('status').getByText('Pause called off.').waitFor();
  const last = sql(app.data.dir, "SELECT outcome, (planned_end_ms - started_at_ms) / 60000 FROM pauses ORDER BY created_at_ms DESC LIMIT 1;").trim();
  assert.equal(last, 'cancelled|45');
});

test('"Send this" copies the sentence with its return time, and offers a new message with it', async () => {
  const page = await phonePage(app.browser);
  const origin = new URL(app.server.url).origin;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await open(page, app.server, '/pause');
  await page.getByRole('button', { name: '10 min' }).click();
  await page.getByRole('button', { name: 'Start pause' }).click();
  await page.getByRole('timer').waitFor();
  const sentence = await page.locator('#pause-sentence').innerText();
  // The browser asks for US English: a 12-hour clock.
  assert.match(sentence, /I'll be back at (\d{1,2}:\d\d\s[AP]M)\.$/);
  const send = page.getByRole('button', { name: 'Send this', exact: true });
  assert.equal(await send.getAttribute('aria-describedby'), 'pause-sentence');
  await send.click();
  await page.getByRole('status').filter({ hasText: 'Copied. Paste it into a message, or open a new one with it: A new message with these words' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), sentence);
  const href = await page.getByRole('link', { name: 'A new message with these words' }).getAttribute('href');
  assert.ok(href.startsWith('sms:?body='), href);
  assert.equal(decodeURIComponent(href.slice('sms:?body='.length)), sentence);
  await shot(page, 'pause-send-this');
  // Nothing was sent by Mend: the page asked for nothing beyond this machine.
  assert.deepEqual(page.requests.filter((u) => !u.startsWith(origin)), []);
  await page.getByRole('button', { name: 'Cancel pause' }).click();
  await page.getByRole('heading', { name: 'Now' }).waitFor();
});
