// Settings: export, import (and a file that is not an export), backups and restore, and
// deleting everything after a confirmation that names what will be lost.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp, phonePage, open, shot, sql, audit, dataDir, mendCli, chooseFile } from './helpers.mjs';

const app = useApp();

async function checkIn(page, part, note) {
  await open(page, app.server, '/check-in');
  await page.getByRole('button', { name: part, exact: true }).click();
  await page.getByLabel('A note, if you like').fill(note);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
}

test('export hands the file to the browser as a download, and the spreadsheet files as a zip', async () => {
  const page = await phonePage(app.browser);
  await checkIn(page, 'An inner critic', 'Too hard on myself');
  await open(page, app.server, '/settings');
  await page.getByText('In this browser, Export saves the file the way your browser saves downloads.', { exact: false }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^mend-export-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  const kept = dataDir();
  const saved = join(kept.dir, download.suggestedFilename());
  await download.saveAs(saved);
  const file = JSON.parse(readFileSync(saved, 'utf8'));
  assert.equal(file.format, 'mend-export');
  assert.equal(file.checkins[0].note, 'Too hard on myself');
  await page.getByRole('status').filter({ hasText: /^Exported \d+ records\. Your browser is saving mend-export-.*\.json with its downloads\.$/ }).waitFor();
  await shot(page, 'settings-exported');
  // The file was handed over once, and is not kept beside the data.
  assert.deepEqual(readdirSync(join(app.data.dir, 'outgoing')), []);
  const again = await page.request.get(download.url());
  assert.equal(again.status(), 404);
  assert.match(await again.text(), /saved once already/);

  const [sheets] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Spreadsheet files (CSV)' }).click(),
  ]);
  assert.match(sheets.suggestedFilename(), /^mend-export-.*-csv\.zip$/);
  const zip = readFileSync(await sheets.path());
  assert.equal(zip.subarray(0, 2).toString(), 'PK');
  for (const name of ['checkins.csv', 'ruptures.csv', 'parts.csv']) {
    assert.ok(zip.includes(Buffer.from(name)), `the zip holds ${name}`);
  }
  kept.done();
  assert.deepEqual(page.errors, []);
});

test('import a Mend export from another device, twice, and refuse another file', async () => {
  // Another device's data, exported with the command line.
  const other = dataDir();
  const exportFile = join(other.dir, 'from-phone.json');
  mendCli(other.dir, ['export', '--out', exportFile]);
  const phone = JSON.parse(readFileSync(exportFile, 'utf8'));
  phone.ruptures.push({
    id: '4b0d3c1e-2f6a-4c1b-9d7e-3a5b6c7d8e9f', at: '2026-11-20T21:15:00+01:00', what: 'From the phone: a hard evening',
    severity: 3, status: 'open', created_at: '2026-11-20T20:15:00Z', updated_at: '2026-11-20T20:15:00Z',
  });
  writeFileSync(exportFile, JSON.stringify(phone));

  const page = await phonePage(app.browser);
  await open(page, app.server, '/settings');
  await chooseFile(page, 'Choose a Mend export file', exportFile);
  const report = page.locator('pre.report');
  await report.waitFor();
  assert.match(await report.innerText(), /^Added: 1 rupture\./);
  assert.match(await report.innerText(), /Joined to yours with the same name: 4 parts\./);
  await shot(page, 'settings-imported');
  await open(page, app.server, '/');
  await page.getByRole('region', { name: 'Waiting for repair' }).getByText('From the phone: a hard evening').waitFor();

  await open(page, app.server, '/settings');
  await chooseFile(page, 'Choose a Mend export file', exportFile);
  await page.locator('pre.report').filter({ hasText: 'Added: nothing.' }).waitFor();

  const recipes = join(other.dir, 'recipes.json');
  writeFileSync(recipes, '{"recipes": ["soup"]}');
  await open(page, app.server, '/settings');
  await chooseFile(page, 'Choose a Mend export file', recipes);
  await page.getByRole('alert').filter({ hasText: "This file isn't a Mend export, so nothing was imported." }).waitFor();
  other.done();
  assert.deepEqual(page.errors, []);
});

test('back up now, then restore an earlier backup after confirming', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/settings');
  // The daily backup comes ten seconds after a start, so there may be one already or not.
  const list = page.locator('ul.backups li');
  await page.getByRole('button', { name: 'Back up now' }).waitFor();
  const started = await list.count();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await page.getByRole('status').getByText('Backed up, and checked.').waitFor();
  // The message can come a moment before the list shows the new backup.
  await page.waitForFunction((n) => document.querySelectorAll('ul.backups li').length === n + 1, started);
  const before = await list.count();
  await checkIn(page, 'A worried part', 'Written after the backup');
  await open(page, app.server, '/settings');
  await shot(page, 'settings-backups');
  // The newest backup (made by hand) is first.
  await list.first().getByRole('button', { name: /^Restore the backup from/ }).click();
  await list.first().getByText('Restore this backup?').waitFor();
  await list.first().getByRole('button', { name: 'Yes, restore it' }).click();
  await page.getByRole('status').getByText(/^Restored\./).waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('ul.backups li').length === n + 1, before);
  assert.equal(sql(app.data.dir, "SELECT count(*) FROM checkins WHERE note = 'Written after the backup';").trim(), '0');
  assert.ok(readdirSync(join(app.data.dir, 'backups')).some((f) => f.includes('before-restore')));
});

test('delete everything names what will be lost, then starts fresh', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/settings');
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm deleting everything' });
  await confirm.getByText(/^This deletes .*check-in.* and \d+ backups?, and your settings\.$/).waitFor();
  // Focus moves into the question, to Cancel, so a stray Enter never deletes.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Cancel');
  await audit(page, 'settings, confirming delete everything');
  await shot(page, 'settings-delete-confirm');
  await confirm.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByRole('heading', { name: 'Now' }).waitFor();
  await page.getByRole('status').getByText('Everything was deleted. Mend is starting fresh.').waitFor();
  await page.getByRole('heading', { name: 'Welcome to Mend' }).waitFor();
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM checkins;').trim(), '0');
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM ruptures;').trim(), '0');
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM parts;').trim(), '4');
});
