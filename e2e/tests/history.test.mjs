// History: delete with undo, paging through a long history, and the empty states.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, startServer, phonePage, open, shot, sql, pathOf, audit } from './helpers.mjs';

const app = useApp();

test('an empty history says so kindly', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/history');
  await page.getByText('Nothing here yet.').waitFor();
  await shot(page, 'history-empty');
});

test('delete a check-in, see it gone, and undo', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/check-in');
  await page.getByRole('button', { name: 'An inner critic', exact: true }).click();
  await page.getByLabel('A note, if you like').fill('Too harsh with myself');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();

  await page.getByRole('link', { name: 'History' }).first().click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await timeline.getByRole('link', { name: /An inner critic/ }).click();
  await page.getByRole('heading', { name: 'An inner critic' }).waitFor();
  await page.getByRole('button', { name: 'Delete this check-in' }).click();

  await page.getByRole('heading', { name: 'History' }).waitFor();
  const toast = page.getByRole('status').filter({ hasText: 'Check-in deleted.' });
  await toast.waitFor();
  await page.getByText('Nothing here yet.').waitFor();
  await shot(page, 'history-deleted-undo');
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM checkins WHERE deleted_at_ms IS NOT NULL;').trim(), '1');

  await toast.getByRole('button', { name: 'Undo' }).click();
  await timeline.getByText('Too harsh with myself').waitFor();
  await page.getByRole('status').getByText('The check-in is back.').waitFor();
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM checkins WHERE deleted_at_ms IS NULL;').trim(), '1');
  assert.deepEqual(page.errors, []);
});

test('a deleted record stays gone after a restart, and cannot be opened', async () => {
  const page = await phonePage(app.browser);
  const id = sql(app.data.dir, 'SELECT id FROM checkins LIMIT 1;').trim();
  await open(page, app.server, `/history/checkin/${id}`);
  await page.getByRole('button', { name: 'Delete this check-in' }).click();
  await page.getByRole('heading', { name: 'History' }).waitFor();
  await app.server.kill();
  app.server = await startServer(app.data.dir, app.server.port);
  // Purged for good at the next start: the undo window has passed.
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM checkins;').trim(), '0');
  await open(page, app.server, `/history/checkin/${id}`);
  await page.getByRole('alert').filter({ hasText: "That check-in couldn't be found." }).waitFor();
});

test('a long history loads a page at a time', async () => {
  const part = sql(app.data.dir, 'SELECT id FROM parts ORDER BY rowid LIMIT 1;').trim();
  const uuid = "lower(printf('%s-%s-4%s-a%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr(hex(randomblob(2)), 2), hex(randomblob(6))))";
  sql(app.data.dir, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 45)
    INSERT INTO checkins (id, at_ms, at_offset_s, part_id, note, created_at_ms, updated_at_ms)
    SELECT ${uuid}, 1700000000000 + i * 60000, 0, '${part}', 'Entry number ' || i, 0, 0 FROM n;`);
  const page = await phonePage(app.browser);
  await open(page, app.server, '/history');
  const entries = page.locator('.timeline .entry');
  await page.getByText('Entry number 45').waitFor();
  assert.equal(await entries.count(), 30);
  await page.getByRole('button', { name: 'Show more' }).click();
  await page.getByText("That's everything.").waitFor();
  assert.equal(await entries.count(), 45);
  const notes = await page.locator('.timeline .entry-detail').allInnerTexts();
  assert.deepEqual(notes, Array.from({ length: 45 }, (_, i) => `Entry number ${45 - i}`));
  assert.equal(pathOf(page), '/history');
});

test("the phone's back button goes back through Mend's screens and leaves only from Now", async () => {
  // On Android, the activity asks window.mendBack() whether Mend went back itself.
  const page = await phonePage(app.browser);
  await open(page, app.server, '/');
  // The page's back handler is put in place once the app has started, a moment after Now
  // shows (a busy machine made that moment longer than the first ask).
  await page.waitForFunction(() => typeof window.mendBack === 'function');
  assert.equal(await page.evaluate(() => window.mendBack()), false, 'Now leaves the app');
  await page.getByRole('link', { name: 'History' }).first().click();
  await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => window.mendBack()), true);
  await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => window.mendBack()), true);
  await page.getByRole('heading', { name: 'Now', level: 1 }).waitFor();
  await page.waitForFunction(() => window.mendAtHome === true);
  assert.equal(await page.evaluate(() => window.mendBack()), false);
  assert.deepEqual(page.errors, []);
});

test('an edit page for a record that is gone says so, and the next screen is whole again', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/check-in/00000000-0000-4000-8000-000000000000/edit');
  await page.getByRole('heading', { name: "This couldn't be opened" }).waitFor();
  assert.match(await page.getByRole('alert').first().innerText(), /check-in/i);
  await audit(page, 'record-gone');
  await shot(page, 'record-gone');

  await page.getByRole('link', { name: 'Back to History' }).click();
  await page.getByRole('heading', { name: 'History', exact: true }).waitFor();
  assert.equal(await page.getByRole('heading', { name: "This couldn't be opened" }).count(), 0);
});
