// Help now: reached from the top bar of three screens, from Settings and from a safety note;
// the region's lines from the device's locale or chosen by hand, each number a tel: link;
// a line of my own added, called, changed, deleted and brought back with Undo; and only
// the advice to call the local emergency number for a region Mend has no lines for.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, sql, audit, checkLayout, dataDir, startServer } from './helpers.mjs';

const app = useApp();

async function check(page, name) {
  await audit(page, name);
  await checkLayout(page, name);
  await shot(page, name);
}

/** Opens Help now from the top bar and waits for it. */
async function fromTopBar(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Help now' }).click();
  await page.getByRole('heading', { name: 'Help now', level: 1 }).waitFor();
}

test('Help now from three screens: the region lines, and a line of my own added, deleted and brought back', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/');
  await fromTopBar(page);

  // Choose the region by hand: the UK's emergency number and lines, each a link to call.
  await page.getByLabel('Your region').selectOption({ label: 'United Kingdom' });
  await page.getByRole('link', { name: 'Call 999' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href'), 'tel:999');
  const samaritans = page.getByRole('link', { name: 'Call 116 123, Samaritans' });
  assert.equal(await samaritans.getAttribute('href'), 'tel:116123');
  const shout = page.getByRole('link', { name: 'Text SHOUT to 85258, Shout' });
  assert.equal(await shout.getAttribute('href'), 'sms:85258?body=SHOUT');
  await page.getByText('Number from samaritans.org, checked 2 December 2026.').waitFor();
  await page.getByText('Repair is not for this').waitFor();
  await check(page, 'help-now');

  // From the check-in screen: add a line of my own.
  await open(page, app.server, '/check-in');
  await fromTopBar(page);
  await page.getByRole('button', { name: 'Save line' }).click();
  await page.getByRole('alert').filter({ hasText: 'Give it a name first' }).waitFor();
  await page.getByLabel('Name').fill('Dr Ana, my therapist');
  await page.getByLabel('Phone number').fill('call me');
  await page.getByRole('button', { name: 'Save line' }).click();
  await page.getByRole('alert').filter({ hasText: "doesn't look like a phone number" }).waitFor();
  await page.getByLabel('Phone number').fill('+44 20 7946 0958');
  await page.getByLabel('They take text messages').check();
  await page.getByLabel('A note (optional)').fill('Tuesdays, or leave a message');
  await page.getByRole('button', { name: 'Save line' }).click();
  await page.getByText('Line saved.').waitFor();
  const call = page.getByRole('link', { name: 'Call +44 20 7946 0958, Dr Ana, my therapist' });
  assert.equal(await call.getAttribute('href'), 'tel:+442079460958');
  const text = page.getByRole('link', { name: 'Text +44 20 7946 0958, Dr Ana, my therapist' });
  assert.equal(await text.getAttribute('href'), 'sms:+442079460958');
  await check(page, 'help-now-own-line');

  // Change it.
  await page.getByRole('button', { name: 'Change: Dr Ana, my therapist' }).click();
  await page.getByRole('heading', { name: 'Change this line' }).waitFor();
  await page.getByLabel('A note (optional)').fill('Tuesdays');
  await page.getByRole('button', { name: 'Save line' }).click();

  await page.locator('.help-mine').getByText('Tuesdays', { exact: true }).waitFor();
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM help_lines;').trim(), '1');

  // From Settings: delete it, then Undo.
  await open(page, app.server, '/settings');
  await page.getByRole('link', { name: 'Open Help now' }).click();
  await page.getByRole('heading', { name: 'Help now', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Delete: Dr Ana, my therapist' }).click();
  await page.getByText('Line deleted.').waitFor();
  assert.equal(await page.locator('.help-mine').count(), 0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('The line is back.').waitFor();
  await page.locator('.help-mine').getByText('Dr Ana, my therapist').waitFor();

  // And from the History screen's top bar; the line is in no list there, nor its search.
  await open(page, app.server, '/history');
  await page.getByLabel('Search').fill('Ana');
  await page.getByText(/Nothing (here|matches)/).waitFor();
  await fromTopBar(page);
  await page.locator('.help-mine').getByText('Dr Ana, my therapist').waitFor();
  assert.deepEqual(page.errors, []);
});

test('a safety note in a check-in leads to Help now, and a region without lines gives the emergency advice', async () => {
  const page = await phonePage(app.browser, { colorScheme: 'dark' });
  await open(page, app.server, '/check-in');
  await page.getByLabel('A note, if you like').fill('I am scared of him when he gets angry');
  await page.getByRole('link', { name: 'Help now: numbers to call' }).click();
  await page.getByRole('heading', { name: 'Help now', level: 1 }).waitFor();

  await page.getByLabel('Your region').selectOption({ label: 'Somewhere else' });
  await page.getByText('Call your local emergency number now.').waitFor();
  await page.getByText("Mend doesn't have lines for where you are yet.").waitFor();
  assert.equal(await page.locator('a[href^="tel:"]:not(.help-mine a)').count(), 0, 'only my own lines');
  await check(page, 'help-now-elsewhere-dark');

  // At 320 px, Canada: the note on the territories, and everything fits.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByLabel('Your region').selectOption({ label: 'Canada' });
  await page.getByRole('link', { name: 'Call 9-1-1' }).waitFor();
  await page.getByText('In some places in the territories').waitFor();
  await checkLayout(page, 'help-now-320');
});

test('the region follows the device until one is chosen', async () => {
  const data = dataDir();
  // In the preview the device is the browser: its languages name the region (the computer
  // running the preview says another).
  const server = await startServer(data.dir, undefined, { env: { LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
  try {
    const page = await phonePage(app.browser, { locale: 'en-NZ' });
    await open(page, server, '/help');
    await page.getByRole('link', { name: 'Call 111' }).waitFor();
    await page.getByRole('link', { name: "Call 0800 733 843, Women's Refuge Crisisline" }).waitFor();
    assert.equal(await page.getByLabel('Your region').inputValue(), '');
    await page.getByRole('option', { name: 'Same as my device (New Zealand)' }).waitFor({ state: 'attached' });
    await page.getByLabel('Your region').selectOption({ label: 'Australia' });
    await page.getByRole('link', { name: 'Call 000' }).waitFor();
    await open(page, server, '/settings');
    assert.equal(await page.getByLabel('Your region').inputValue(), 'AU');
  } finally {
    await server.kill();
    data.done();
  }
});
