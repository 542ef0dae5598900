// Reading never changes what was stored: values written into the file by hand, which
// today's checks would refuse, are shown whole, saved back as they were when something else
// is changed, and a change to them says why it can't be saved as it is.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, sql } from './helpers.mjs';

const app = useApp();

test('a check-in with an over-long note and an unknown age keeps both through an edit', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/check-in');
  await page.getByRole('button', { name: 'A worried part', exact: true }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();

  const id = sql(app.data.dir, 'SELECT id FROM checkins').trim();
  const note = `${'a long night '.repeat(770)}end`; // 10,000 characters and a few more
  assert.ok(note.length > 10_000);
  sql(app.data.dir, `UPDATE checkins SET note = '${note}', age_band = 'ancient' WHERE id = '${id}'`);

  await open(page, app.server, `/check-in/${id}/edit`);
  await page.getByRole('heading', { name: 'Edit check-in' }).waitFor();
  const field = page.getByLabel('A note, if you like');
  assert.equal((await field.inputValue()).length, note.length, 'the whole note is in the form');
  await page.getByText(/is longer than Mend keeps now/).waitFor();
  await page.getByText('How old it felt was kept as “ancient”', { exact: false }).waitFor();
  await shot(page, 'checkin-kept-from-before');

  // Only how strong it is changes; saving keeps the note and the age as they were.
  await page.getByRole('group', { name: /How strong is it/ }).getByRole('button', { name: '6', exact: true }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'A worried part' }).waitFor();
  const row = sql(app.data.dir, `SELECT length(note), age_band, intensity FROM checkins WHERE id = '${id}'`).trim();
  assert.equal(row, `${note.length}|ancient|6`);

  // Changing the note itself is checked as any note is, and nothing is saved.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByRole('heading', { name: 'Edit check-in' }).waitFor();
  await field.fill(`${note}!`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'up to 10,000 characters' }).waitFor();
  const after = sql(app.data.dir, `SELECT length(note) FROM checkins WHERE id = '${id}'`).trim();
  assert.equal(after, String(note.length));
  assert.deepEqual(page.errors, []);
});

test('a part with an over-long name keeps it when only its fears change', async () => {
  const page = await phonePage(app.browser);
  const id = sql(app.data.dir, "SELECT id FROM parts WHERE name = 'An inner critic'").trim();
  const name = 'An inner critic who has a great deal to say about everything, always';
  assert.ok(name.length > 60);
  sql(app.data.dir, `UPDATE parts SET name = '${name}', role = 'guardian' WHERE id = '${id}'`);
  await open(page, app.server, `/parts/${id}`);
  await page.getByRole('heading', { name, exact: true }).waitFor();
  await page.getByText('Its role was kept as “guardian”', { exact: false }).waitFor();
  await page.getByLabel('What is it afraid of?').fill('being wrong');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved', { exact: false }).first().waitFor();
  const row = sql(app.data.dir, `SELECT name, role, fears FROM parts WHERE id = '${id}'`).trim();
  assert.equal(row, `${name}|guardian|being wrong`);
  assert.deepEqual(page.errors, []);
});
