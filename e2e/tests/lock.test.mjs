// Encryption at rest through the app: encrypt from Settings, find no trace of what was
// written in any file, then a restart asks for the passphrase and reveals nothing until it
// is given; a wrong one is refused; the passphrase can be changed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { useApp, phonePage, open, shot, audit, checkLayout, startServer, fillTwice } from './helpers.mjs';

const app = useApp();
const MARKER = 'zqxmarkerwordjkv';

/** Files in the data folder and its backups that hold the marker. */
function holdingMarker(dir) {
  const found = [];
  for (const folder of [dir, join(dir, 'backups')]) {
    let names = [];
    try { names = readdirSync(folder); } catch { continue; }
    for (const name of names) {
      const path = join(folder, name);
      if (statSync(path).isFile() && readFileSync(path).includes(MARKER)) found.push(path);
    }
  }
  return found;
}

test('encrypt from Settings, then the data opens only with the passphrase', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/check-in');
  await page.getByRole('button', { name: 'An angry part', exact: true }).click();
  await page.getByLabel('A note, if you like').fill(`A private note ${MARKER}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
  assert.ok(holdingMarker(app.data.dir).length > 0, 'before encrypting, the words are on disk');

  await open(page, app.server, '/settings');
  const section = page.getByRole('region', { name: 'Encryption' });
  await section.getByText('If you forget your passphrase, your data cannot be recovered').waitFor();
  const passphrase = { label: 'New passphrase', again: 'The same passphrase again', submit: 'Encrypt my data' };
  await fillTwice(section, passphrase, 'short');
  await section.getByRole('alert').filter({ hasText: 'at least 8 characters' }).waitFor();
  await fillTwice(section, passphrase, 'river stone morning', 'river stone mornin');
  await section.getByRole('alert').filter({ hasText: 'not the same' }).waitFor();
  await section.getByLabel('The same passphrase again').fill('river stone morning');
  await section.getByRole('button', { name: 'Encrypt my data' }).click();
  await page.getByRole('status').getByText('Your data is encrypted.').waitFor({ timeout: 30_000 });
  await section.getByRole('button', { name: 'Change passphrase' }).waitFor();
  assert.deepEqual(holdingMarker(app.data.dir), [], 'no file holds the words any more');
  await shot(page, 'settings-encrypted');

  // A restart: the app asks for the passphrase and shows nothing else.
  await app.server.kill();
  app.server = await startServer(app.data.dir, app.server.port);
  await open(page, app.server, '/history');
  await page.getByRole('heading', { name: 'Mend is locked' }).waitFor();
  assert.equal(await page.getByText(MARKER).count(), 0);
  assert.equal(await page.locator('.pause-banner, nav').count(), 0, 'no navigation, no banner');
  await audit(page, 'lock screen');
  await checkLayout(page, 'lock screen');
  await shot(page, 'lock-screen');
  await page.getByLabel('Passphrase').fill('the wrong words');
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('alert').filter({ hasText: "That passphrase didn't open your data. Nothing was changed." }).waitFor({ timeout: 30_000 });
  await page.getByLabel('Passphrase').fill('river stone morning');
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('heading', { name: 'History' }).waitFor({ timeout: 30_000 });
  await page.getByText(`A private note ${MARKER}`).waitFor();

  // Change the passphrase; the next start wants the new one. (Each new browser session of
  // the preview asks for the passphrase again, so this one moves through the app's links.)
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  const again = page.getByRole('region', { name: 'Encryption' });
  await again.getByLabel('New passphrase').fill('a brand new phrase');
  await again.getByLabel('The same passphrase again').fill('a brand new phrase');
  await again.getByRole('button', { name: 'Change passphrase' }).click();
  await page.getByRole('status').getByText('Passphrase changed.').waitFor({ timeout: 30_000 });
  await app.server.kill();
  app.server = await startServer(app.data.dir, app.server.port);
  await open(page, app.server, '/');
  await page.getByLabel('Passphrase').fill('river stone morning');
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('alert').waitFor({ timeout: 30_000 });
  await page.getByLabel('Passphrase').fill('a brand new phrase');
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('heading', { name: 'Now' }).waitFor({ timeout: 30_000 });
  assert.deepEqual(page.errors, []);
});
