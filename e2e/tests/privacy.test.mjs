// Privacy in the browser: the preview opens only through the address Mend printed (the key
// is traded for a cookie the page's scripts can't read, and leaves the address bar), shows a
// short page saying how to open it otherwise, and nothing the user writes ever reaches the
// server's log, even at RUST_LOG=trace.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { useApp, startServer, phonePage, open, shot, audit, checkLayout, pathOf, dataDir, chooseFile } from './helpers.mjs';

const app = useApp();

test('without the key the preview says how to open it; with it, the key leaves the address', async () => {
  // Someone else's browser, or a page that guessed the address: the short page, no app.
  for (const colorScheme of ['light', 'dark']) {
    const page = await phonePage(app.browser, { colorScheme });
    const response = await page.goto(app.server.url + '/history');
    assert.equal(response.status(), 403);
    await page.getByRole('heading', { name: 'Open Mend from its own address', level: 1 }).waitFor();
    await page.getByText('ends with ?key=').waitFor();
    assert.equal(await page.locator('#main, nav').count(), 0, 'none of the app');
    await audit(page, `the closed page (${colorScheme})`);
    await checkLayout(page, `the closed page (${colorScheme})`);
    await shot(page, `preview-closed-${colorScheme}`);
    await page.context().close();
  }
  const narrow = await phonePage(app.browser, { viewport: { width: 320, height: 640 } });
  await narrow.goto(app.server.url + '/');
  await checkLayout(narrow, 'the closed page at 320 px');
  await narrow.context().close();

  // The owner's browser, through the printed address.
  const page = await phonePage(app.browser);
  assert.match(app.server.address, /^http:\/\/127\.0\.0\.1:\d+\/\?key=[A-Za-z0-9_-]{43}$/);
  await page.goto(app.server.address);
  await page.getByRole('heading', { name: 'Now', level: 1 }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('key'), null, 'the key has left the address bar');
  assert.ok(!page.url().includes('key='), page.url());
  const cookies = await page.context().cookies();
  assert.equal(cookies.length, 1);
  assert.equal(cookies[0].name, `mend-${app.server.port}`);
  assert.equal(cookies[0].httpOnly, true);
  assert.equal(cookies[0].sameSite, 'Strict');
  assert.equal(await page.evaluate(() => document.cookie), '', "the page's scripts can't read it");
  // From now on the bare address opens it, on any screen.
  await page.goto(app.server.url + '/history');
  await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
  assert.equal(pathOf(page), '/history');
  assert.deepEqual(page.errors, []);

  // After a restart the key is new: the old cookie opens nothing, the new address does.
  await app.server.kill();
  app.server = await startServer(app.data.dir, app.server.port);
  await page.goto(app.server.url + '/');
  await page.getByRole('heading', { name: 'Open Mend from its own address' }).waitFor();
  await open(page, app.server, '/');
  await page.getByRole('heading', { name: 'Now', level: 1 }).waitFor();
});

// Words of the user's, each with its own ending so a leak says where it came from.
const MARK = 'qxjlogmark';
const PIN = '947261830572';

/** Every place the words might hide in the log: the marker, or the PIN. */
function leaks(log) {
  return log.split('\n').filter((line) => line.includes(MARK) || line.includes(PIN));
}

test('nothing the user writes reaches the log, even at RUST_LOG=trace', async () => {
  const data = dataDir();
  const server = await startServer(data.dir, undefined, { env: { RUST_LOG: 'trace' } });
  const browser = app.browser;
  const page = await phonePage(browser);
  try {
    // A check-in with a new part, a fear, a person and a note.
    await open(page, server, '/check-in');
    await page.getByPlaceholder('Add a part by name').fill(`${MARK}part`);
    await page.getByRole('button', { name: 'Add a part by name' }).click();
    await page.getByRole('button', { name: `${MARK}part`, exact: true }).waitFor();
    await page.getByPlaceholder('Add a fear in your own words').fill(`${MARK}fear`);
    await page.getByRole('button', { name: 'Add a fear in your own words' }).click();
    await page.getByPlaceholder('Add someone by name').fill(`${MARK}person`);
    await page.getByRole('button', { name: 'Add someone by name' }).click();
    await page.getByRole('button', { name: `${MARK}person`, exact: true }).waitFor();
    await page.getByLabel('A note, if you like').fill(`${MARK}note`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
    // The same name twice: the refusal is logged, the name is not.
    await open(page, server, '/check-in');
    await page.getByPlaceholder('Add a part by name').fill(`${MARK}part`);
    await page.getByRole('button', { name: 'Add a part by name' }).click();

    // A rupture, and the five repair steps with notes.
    await open(page, server, '/rupture/new');
    await page.getByLabel('What happened?').fill(`${MARK}rupture`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: `${MARK}rupture` }).waitFor();
    await open(page, server, '/repair');
    await page.getByRole('button', { name: new RegExp(`${MARK}rupture`) }).or(page.getByRole('link', { name: new RegExp(`${MARK}rupture`) })).first().click();
    for (let i = 1; i <= 5; i++) {
      await page.getByText(`Step ${i} of 5`).waitFor();
      await page.locator('textarea').first().fill(`${MARK}step${i}`);
      if (i < 5) await page.getByRole('button', { name: 'Next', exact: true }).click();
    }

    // Today's reflection.
    await open(page, server, '/reflect');
    await page.getByLabel('Your answer').fill(`${MARK}reflection`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved. Thank you').waitFor();

    // An own phrase, a practice card in my own words, and the parts-language helper.
    await open(page, server, '/practise');
    await page.getByLabel('The phrase').fill(`${MARK}phrase`);
    await page.getByLabel('Why it helps me (optional)').fill(`${MARK}why`);
    await page.getByRole('button', { name: 'Save phrase' }).click();
    await page.getByText('Your phrase is saved.').waitFor();
    await page.getByRole('button', { name: 'Practice cards' }).click();
    await page.getByLabel('My own words').fill(`I am sorry ${MARK}card`);
    await page.getByRole('button', { name: 'See gentle guidance' }).click();
    await page.getByRole('button', { name: 'Keep this and try another' }).click();
    await page.getByText('1 card kept in this practice.').waitFor();
    await page.getByRole('button', { name: 'Parts language' }).click();
    await page.getByLabel('Your sentence').fill(`You never ${MARK}helper`);
    await page.getByText('Instead of “You never”').first().waitFor();

    // What is known of a part.
    await open(page, server, '/parts');
    await page.getByRole('link', { name: new RegExp(`^${MARK}part`) }).click();
    await page.getByLabel('What is it afraid of?').fill(`${MARK}afraid`);
    await page.getByLabel('Notes').fill(`${MARK}partnotes`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();

    // A search of History.
    await open(page, server, '/history');
    await page.getByLabel('Search').fill(`${MARK}note`);
    await page.getByRole('list', { name: 'Timeline' }).getByText(`${MARK}part`).first().waitFor();

    // An export from Settings (the browser's download), imported again through the page
    // in pieces, then a PIN, then a passphrase.
    await open(page, server, '/settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    await page.getByRole('status').filter({ hasText: /^Exported \d+ records\./ }).waitFor();
    await chooseFile(page, 'Choose a Mend export file', await download.path());
    await page.locator('pre.report').waitFor();
    const lock = page.getByRole('region', { name: 'App lock' });
    await lock.getByLabel('New PIN (4 to 12 digits)').fill(PIN);
    await lock.getByLabel('The same PIN again').fill(PIN);
    await lock.getByRole('button', { name: 'Turn on app lock' }).click();
    await page.getByRole('status').getByText('App lock is on.').waitFor();
    await lock.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: 'Mend is locked' }).waitFor();
    await page.getByLabel('PIN', { exact: true }).fill(PIN);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const encryption = page.getByRole('region', { name: 'Encryption' });
    await encryption.getByLabel('New passphrase').fill(`${MARK}pass phrase`);
    await encryption.getByLabel('The same passphrase again').fill(`${MARK}pass phrase`);
    await encryption.getByRole('button', { name: 'Encrypt my data' }).click();
    await page.getByRole('status').getByText('Your data is encrypted.').waitFor({ timeout: 30_000 });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    await server.kill('SIGTERM');
  }

  // The log was really written at trace, and holds none of it.
  const log = server.log;
  assert.match(log, /preview listening on http:\/\/127\.0\.0\.1:\d+\/$/m, 'the log was read');
  assert.match(log, /store open/, 'Mend logged as it worked');
  assert.deepEqual(leaks(log), [], "the user's words in the log");
  // None of it is in a file name, and every folder and file the app made along the way
  // (the data, backups, the folders an export and an import pass through, the key file) is
  // its owner's alone. The export handed to the browser and the file imported are gone.
  const names = [];
  const openToOthers = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path);
      names.push(name);
      const want = info.isDirectory() ? 0o700 : 0o600;
      if ((info.mode & 0o777) !== want) openToOthers.push(`${path} ${(info.mode & 0o777).toString(8)}`);
      if (info.isDirectory()) walk(path);
    }
  };
  walk(data.dir);
  assert.deepEqual(names.filter((n) => n.includes(MARK)), []);
  assert.ok(['mend.key.json', 'outgoing', 'incoming'].every((n) => names.includes(n)), names.join(' '));
  assert.deepEqual(readdirSync(join(data.dir, 'outgoing')), []);
  assert.deepEqual(readdirSync(join(data.dir, 'incoming')), []);
  assert.deepEqual(openToOthers, []);
  data.done();
});
