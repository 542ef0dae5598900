// My parts: see how often each part came up, get to know one (role, age, fears, needs,
// triggers, notes), and merge two parts so that their check-ins follow.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, sql } from './helpers.mjs';

const app = useApp();

/** A check-in with only a part, through the check-in screen. */
async function checkIn(page, part) {
  await open(page, app.server, '/check-in');
  await page.getByRole('button', { name: part, exact: true }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
}

test('a part is described, and two parts are merged with their check-ins', async () => {
  const page = await phonePage(app.browser);
  await checkIn(page, 'An angry part');
  await checkIn(page, 'An angry part');
  await checkIn(page, 'An inner critic');

  await open(page, app.server, '/');
  await page.getByRole('link', { name: 'My parts' }).click();
  await page.getByRole('heading', { name: 'My parts', level: 1 }).waitFor();
  const angry = page.getByRole('link', { name: /^An angry part/ });
  assert.match(await angry.innerText(), /twice/);
  await shot(page, 'parts-list');

  // Get to know the inner critic.
  await page.getByRole('link', { name: /^An inner critic/ }).click();
  await page.getByRole('heading', { name: 'An inner critic', level: 1 }).waitFor();
  await page.getByRole('group', { name: 'What kind of part is it?' }).getByRole('button', { name: 'manager', exact: true }).click();
  await page.getByRole('group', { name: 'How old does it usually feel?' }).getByRole('button', { name: '9–12', exact: true }).click();
  await page.getByLabel('What is it afraid of?').fill('Being laughed at');
  await page.getByLabel('What does it need?').fill('To know I will not be careless');
  await page.getByLabel('What sets it off?').fill('Mistakes at work');
  await page.getByLabel('Notes').fill('It sounds like an old teacher. 📏');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved.', { exact: true }).waitFor();
  assert.equal(sql(app.data.dir, "SELECT role || '|' || age_band || '|' || fears FROM parts WHERE name = 'An inner critic';").trim(), 'manager|9_12|Being laughed at');
  await shot(page, 'part-detail');

  // Merge the critic into the angry part: its check-in follows, and it is archived.
  await page.getByRole('button', { name: 'Merge into another part…' }).click();
  await page.getByRole('radio', { name: 'An angry part' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm merge' });
  await confirm.getByText('All 1 check-ins of “An inner critic” will move to “An angry part”', { exact: false }).or(confirm.getByText(/will move to “An angry part”/)).first().waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Yes, merge them');
  await shot(page, 'part-merge-confirm');
  await page.getByRole('button', { name: 'Yes, merge them' }).click();
  await page.getByRole('heading', { name: 'An angry part', level: 1 }).waitFor();
  const recent = page.getByRole('region', { name: 'Recent check-ins' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Recent check-ins' }) }));
  await recent.first().waitFor();
  assert.equal(await recent.first().getByRole('link').count(), 3, 'all three check-ins are under the kept part');
  await page.getByText(/3 times/).first().waitFor();
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'An angry part', 'the form is the kept part');
  await shot(page, 'part-after-merge');

  assert.equal(sql(app.data.dir, "SELECT count(*) FROM checkins c JOIN parts p ON p.id = c.part_id WHERE p.name = 'An angry part';").trim(), '3');
  assert.equal(sql(app.data.dir, "SELECT count(*) FROM parts WHERE name = 'An inner critic' AND archived_at_ms IS NOT NULL AND merged_into IS NOT NULL;").trim(), '1');
  // What was known of the critic is kept on the part it joined.
  assert.match(sql(app.data.dir, "SELECT fears FROM parts WHERE name = 'An angry part';"), /Being laughed at/);

  // It left the list, and can be found among archived parts.
  await open(page, app.server, '/parts');
  assert.equal(await page.getByRole('link', { name: /^An inner critic/ }).count(), 0);
  await page.getByRole('button', { name: 'Show archived parts' }).click();
  await page.getByRole('button', { name: 'Bring back An inner critic' }).waitFor();
  assert.deepEqual(page.errors, []);
});
