// The app lock: a PIN from Settings, asked when Mend opens and when it comes back from the
// background; growing waits after wrong tries; the lock screen shows nothing else.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, audit, checkLayout, sql, fillTwice, wrongPinsThenWait } from './helpers.mjs';

const app = useApp();

/** Pretends the page went to the background and came back. */
async function awayAndBack(page) {
  for (const state of ['hidden', 'visible']) {
    await page.evaluate((s) => {
      Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  }
}

test('a PIN locks Mend at start, after the background, and on request', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/check-in');
  await page.getByRole('button', { name: 'A worried part', exact: true }).click();
  await page.getByLabel('A note, if you like').fill('Something only I should see');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();

  await open(page, app.server, '/settings');
  const lock = page.getByRole('region', { name: 'App lock' });
  const newPin = { label: 'New PIN (4 to 12 digits)', again: 'The same PIN again', submit: 'Turn on app lock' };
  await fillTwice(lock, newPin, '12');
  await lock.getByRole('alert').filter({ hasText: 'A PIN is 4 to 12 digits.' }).waitFor();
  await fillTwice(lock, newPin, '2468');
  await page.getByRole('status').getByText('App lock is on.').waitFor();
  assert.doesNotMatch(sql(app.data.dir, 'SELECT value FROM settings;'), /2468/, 'the PIN is not kept');

  // Lock now: nothing of the data shows.
  await lock.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor();
  assert.equal(await page.locator('nav, .pause-banner, .topbar').count(), 0);
  // What to do in danger is there without the PIN, and nothing of the data with it.
  await page.getByRole('heading', { name: 'If you or someone else is in danger right now' }).waitFor();
  await audit(page, 'PIN lock screen');
  await checkLayout(page, 'PIN lock screen');
  await shot(page, 'pin-lock');
  await wrongPinsThenWait(page, '2468', {
    unlock: 'Unlock',
    wrong: "That PIN isn't right.",
    tryAgain: 'You can try again in 0:30.',
    wait: /^Please wait 0:(2\d|30) before trying again\.$/,
  });
  // Thirty seconds pass.
  sql(app.data.dir, "UPDATE settings SET value = json_set(value, '$.lock_wait_until_ms', 0);");
  await page.getByLabel('PIN').fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();

  // Away and back: locked again ("Straight away" is the default).
  await awayAndBack(page);
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor();
  await page.getByLabel('PIN').fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();

  // A new start asks first.
  await open(page, app.server, '/history');
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor();
  assert.equal(await page.getByText('Something only I should see').count(), 0);
  await page.getByLabel('PIN').fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'History' }).waitFor();
  await page.getByText('Something only I should see').waitFor();

  // Turning it off takes the PIN.
  await page.getByRole('link', { name: 'Settings' }).click();
  const again = page.getByRole('region', { name: 'App lock' });
  await again.getByLabel('Your PIN, to turn the lock off').fill('0000');
  await again.getByRole('button', { name: 'Turn off app lock' }).click();
  await again.getByRole('alert').filter({ hasText: 'the lock stays on' }).waitFor();
  await again.getByLabel('Your PIN, to turn the lock off').fill('2468');
  await again.getByRole('button', { name: 'Turn off app lock' }).click();
  await page.getByRole('status').getByText('App lock is off.').waitFor();
  // Mend counts each return on its root once the return is handled, lock or no lock.
  const returns = Number(await page.locator('.app').getAttribute('data-returned'));
  await awayAndBack(page);
  await page.waitForFunction(
    (before) => Number(document.querySelector('.app')?.dataset.returned) > before
      || [...document.querySelectorAll('h1')].some((h) => h.textContent.includes('Mend is locked')),
    returns,
  );
  assert.equal(await page.getByRole('heading', { name: 'Mend is locked' }).count(), 0);
  assert.deepEqual(page.errors, []);
});
