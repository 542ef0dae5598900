// Mend's own links (mend://…), as a home-screen shortcut or a pause notification's action
// opens Mend with them on a phone. The page takes them through window.mendLink, the way
// the Android activity hands a waiting one over: each lands on its screen, a running
// pause's actions end it or give it five more minutes, and with the app lock on, the PIN
// comes first.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, sql } from './helpers.mjs';

const app = useApp();

/** Opens Mend with a link, as the system does. */
async function follow(page, link) {
  await page.waitForFunction(() => typeof window.mendLink === 'function');
  assert.equal(await page.evaluate((l) => window.mendLink(l), link), true);
}

test('the shortcuts\' links open the check-in and the pause', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/history');
  await follow(page, 'mend://check-in');
  await page.getByRole('heading', { name: 'Check in', exact: true }).waitFor();
  await page.waitForFunction((p) => location.pathname === p, '/check-in');
  await follow(page, 'mend://pause');
  await page.getByRole('heading', { name: 'Take a pause' }).waitFor();
  await page.waitForFunction((p) => location.pathname === p, '/pause');
  // A link Mend doesn't know leaves it where it is.
  await follow(page, 'mend://settings');
  await follow(page, 'https://example.com/check-in');
  await page.waitForTimeout(300);
  await page.waitForFunction((p) => location.pathname === p, '/pause');
  assert.deepEqual(page.errors, []);
});

test('a running pause\'s actions: five more minutes, then I\'m back', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/pause');
  await page.getByRole('button', { name: '10 min' }).click();
  await page.getByRole('button', { name: 'Start pause' }).click();
  await page.getByRole('timer').waitFor();
  await open(page, app.server, '/');

  await follow(page, 'mend://pause/more');
  await page.getByRole('heading', { name: "You're taking a pause" }).waitFor();
  await page.getByRole('status').getByText('Five more minutes. Come back when you\'re ready.').waitFor();
  const minutes = sql(app.data.dir, 'SELECT (planned_end_ms - started_at_ms) / 60000 FROM pauses WHERE ended_at_ms IS NULL;').trim();
  assert.equal(minutes, '15');

  await follow(page, 'mend://pause/back');
  await page.getByRole('heading', { name: 'Ready to come back?' }).waitFor();
  await page.waitForFunction((p) => location.pathname === p, '/pause/back');
  const ended = sql(app.data.dir, 'SELECT outcome FROM pauses ORDER BY created_at_ms DESC LIMIT 1;').trim();
  assert.equal(ended, 'ended_early');
  await shot(page, 'link-pause-back');
  // Asked again with no pause running, it changes nothing and shows the same screen.
  await open(page, app.server, '/');
  await follow(page, 'mend://pause/back');
  await page.getByRole('heading', { name: 'Ready to come back?' }).waitFor();
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM pauses;').trim(), '1');
});

test('with the app lock on, a link waits for the PIN', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/settings');
  const lock = page.getByRole('region', { name: 'App lock' });
  await lock.getByLabel('New PIN (4 to 12 digits)').fill('1357');
  await lock.getByLabel('The same PIN again').fill('1357');
  await lock.getByRole('button', { name: 'Turn on app lock' }).click();
  await page.getByRole('status').getByText('App lock is on.').waitFor();
  await lock.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor();

  await follow(page, 'mend://check-in');
  await page.waitForTimeout(300);
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Check in', exact: true }).count(), 0);
  await page.getByLabel('PIN').fill('1357');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'Check in', exact: true }).waitFor();
  await page.waitForFunction((p) => location.pathname === p, '/check-in');

  // Opened fresh with the lock on (as a shortcut starts Mend): the PIN, then the pause.
  const fresh = await phonePage(app.browser);
  await fresh.goto(app.server.entry('/'));
  await fresh.getByRole('heading', { name: 'Mend is locked' }).waitFor();
  await follow(fresh, 'mend://pause');
  await fresh.getByLabel('PIN').fill('1357');
  await fresh.getByRole('button', { name: 'Unlock' }).click();
  await fresh.getByRole('heading', { name: 'Take a pause' }).waitFor();
  await fresh.waitForFunction((p) => location.pathname === p, '/pause');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(fresh.errors, []);
});
