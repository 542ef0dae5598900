// Files in and out through the page, as on a phone: a large export chosen in Settings comes
// over in pieces with its progress shown and every record arriving; a cut file, and a file
// whose reading stops part of the way, are refused whole with nothing imported; nothing is
// left in the folder that holds a file while it arrives. And moving to a new phone, as
// docs/PHONES.md tells it: export on one, the file handed over, import on the other.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp, phonePage, open, shot, sql, dataDir, mendCli, chooseFile, repo, startServer } from './helpers.mjs';

const app = useApp();
const CHOOSE = 'Choose a Mend export file';
const historyBin = join(repo, 'target', 'debug', 'examples', 'history');
/** The lists of an export that hold records with ids of their own. */
const KINDS = ['checkins', 'pauses', 'ruptures', 'repairs', 'reflections', 'own_phrases', 'practice_sessions'];

/** Whatever the folder that holds a file while it arrives has in it. */
function incoming(dir) {
  const folder = join(dir, 'incoming');
  return existsSync(folder) ? readdirSync(folder) : [];
}

/** The ids of each kind in an export file. */
function idsOf(file) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  return Object.fromEntries(KINDS.map((k) => [k, (doc[k] ?? []).map((r) => r.id)]));
}

/** Records every status the page shows from now on (a transfer's progress comes and goes). */
async function watchStatus(page) {
  await page.evaluate(() => {
    window.seenStatus = [];
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role=status]')) window.seenStatus.push(el.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

test('a large export chosen in Settings arrives in pieces, every record of it', async () => {
  const other = dataDir();
  execFileSync(historyBin, [other.dir, '--years=4'], { encoding: 'utf8' });
  const file = join(other.dir, 'four-years.json');
  mendCli(other.dir, ['export', '--out', file]);
  const size = statSync(file).size;
  assert.ok(size > 20 * 1024 * 1024, `a large export (${size} bytes)`);

  const page = await phonePage(app.browser);
  await open(page, app.server, '/settings');
  await watchStatus(page);
  await chooseFile(page, CHOOSE, file);
  const report = page.locator('pre.report');
  await report.waitFor({ timeout: 180_000 });
  assert.match(await report.innerText(), /^Added: /);
  const seen = await page.evaluate(() => window.seenStatus);
  assert.ok(seen.some((t) => /^Reading \d+ of \d+ MB…$/.test(t)), `progress was shown: ${[...new Set(seen)].slice(0, 5)}`);
  await shot(page, 'settings-imported-large');

  // Every record of the file is here now: the data exported again holds each id.
  const back = join(other.dir, 'back.json');
  mendCli(app.data.dir, ['export', '--out', back]);
  const sent = idsOf(file);
  const here = idsOf(back);
  for (const kind of KINDS) {
    const kept = new Set(here[kind]);
    const missing = sent[kind].filter((id) => !kept.has(id));
    assert.deepEqual(missing, [], `every ${kind} arrived (${sent[kind].length})`);
  }
  assert.deepEqual(incoming(app.data.dir), []);
  other.done();
  assert.deepEqual(page.errors, []);
});

test('a cut file is refused whole, and nothing is imported; the whole file, chosen next on the same screen, comes', async () => {
  const other = dataDir();
  const full = join(other.dir, 'full.json');
  mendCli(other.dir, ['export', '--out', full]);
  const doc = JSON.parse(readFileSync(full, 'utf8'));
  doc.ruptures.push({
    id: '6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f', at: '2026-11-21T21:15:00+01:00', what: 'Only in the cut file',
    severity: 2, status: 'open', created_at: '2026-11-21T20:15:00Z', updated_at: '2026-11-21T20:15:00Z',
  });
  const text = JSON.stringify(doc, null, 1);
  const cut = join(other.dir, 'cut.json');
  writeFileSync(cut, text.slice(0, Math.floor(text.length * 0.8)));
  const before = sql(app.data.dir, 'SELECT count(*) FROM ruptures;').trim();

  const page = await phonePage(app.browser);
  await open(page, app.server, '/settings');
  await chooseFile(page, CHOOSE, cut);
  await page.getByRole('alert').filter({ hasText: 'This file seems to be cut short, so nothing was imported. Try exporting it again.' }).waitFor();
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM ruptures;').trim(), before);
  assert.equal(sql(app.data.dir, "SELECT count(*) FROM ruptures WHERE what = 'Only in the cut file';").trim(), '0');
  assert.deepEqual(incoming(app.data.dir), []);

  // The whole file, chosen next on the same screen, comes and is imported.
  const whole = join(other.dir, 'whole.json');
  writeFileSync(whole, text);
  await chooseFile(page, CHOOSE, whole);
  await page.locator('pre.report').filter({ hasText: /^Added: 1 rupture\./ }).waitFor();
  assert.equal(sql(app.data.dir, "SELECT count(*) FROM ruptures WHERE what = 'Only in the cut file';").trim(), '1');
  // And once more, a third file on the same screen: nothing new.
  await chooseFile(page, CHOOSE, whole);
  await page.locator('pre.report').filter({ hasText: 'Added: nothing.' }).waitFor();
  assert.deepEqual(incoming(app.data.dir), []);
  other.done();
});

test('a file whose reading stops part of the way is refused whole', async () => {
  const other = dataDir();
  // Six MB that don't pack smaller, so they come in several pieces.
  const file = join(other.dir, 'six-mb.bin');
  writeFileSync(file, randomBytes(6 * 1024 * 1024));
  const before = sql(app.data.dir, 'SELECT count(*) FROM checkins;').trim();

  const page = await phonePage(app.browser);
  await open(page, app.server, '/settings');
  // After its first piece the reading fails, as when a file on a cloud drive goes away
  // mid-read: the worker that reads it says so.
  await page.evaluate(() => {
    const Real = window.Worker;
    window.Worker = class extends Real {
      set onmessage(handler) {
        let pieces = 0;
        super.onmessage = (e) => handler(e.data && e.data.data && ++pieces >= 2
          ? { data: { failed: 'NotReadableError' } }
          : e);
      }
    };
  });
  await chooseFile(page, CHOOSE, file);
  await page.getByRole('alert').filter({ hasText: /^Only \d+\.\d of 6\.0 MB of this file arrived, so nothing was imported\. Please choose it again\.$/ }).waitFor();
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM checkins;').trim(), before);
  assert.deepEqual(incoming(app.data.dir), []);
  await shot(page, 'settings-import-stopped');

  // On a page whose reading works, a file chosen again comes whole.
  const good = join(other.dir, 'good.json');
  mendCli(other.dir, ['export', '--out', good]);
  await open(page, app.server, '/settings');
  await chooseFile(page, CHOOSE, good);
  await page.locator('pre.report').waitFor();
  assert.deepEqual(incoming(app.data.dir), []);
  other.done();
});

test('moving to a new phone: export on one, import on the other, everything there', async () => {
  // The old phone: a check-in, a rupture and a reflection of its own.
  const page = await phonePage(app.browser);
  await open(page, app.server, '/check-in');
  await page.getByRole('button', { name: 'A worried part', exact: true }).click();
  await page.getByLabel('A note, if you like').fill('Written on the old phone');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
  await open(page, app.server, '/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  const carried = dataDir();
  const file = join(carried.dir, download.suggestedFilename());
  await download.saveAs(file);

  // The new phone: its own data folder, empty, and its own Mend.
  const fresh = dataDir();
  const server = await startServer(fresh.dir);
  try {
    const newPhone = await phonePage(app.browser);
    await open(newPhone, server, '/settings');
    await chooseFile(newPhone, CHOOSE, file);
    await newPhone.locator('pre.report').filter({ hasText: /^Added: .*check-in/ }).waitFor();
    await open(newPhone, server, '/history');
    await newPhone.getByText('Written on the old phone').waitFor();
    // Every record of the old phone is on the new one.
    const back = join(carried.dir, 'new-phone.json');
    mendCli(fresh.dir, ['export', '--out', back]);
    const sent = idsOf(file);
    const here = idsOf(back);
    for (const kind of KINDS) {
      assert.deepEqual([...here[kind]].sort(), [...sent[kind]].sort(), `every ${kind} moved`);
    }
    assert.equal(sql(fresh.dir, "SELECT count(*) FROM checkins WHERE note = 'Written on the old phone';").trim(), '1');
    assert.deepEqual(incoming(fresh.dir), []);
    assert.deepEqual(newPhone.errors, []);
  } finally {
    await server.kill();
    fresh.done();
    carried.done();
  }
});
