// The pocket check-in: three taps from Now with no typing, and the full form.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, pathOf } from './helpers.mjs';

const app = useApp();

test('a check-in with only a part takes three taps from Now', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/');
  await shot(page, 'now-first-run');
  let taps = 0;
  const tap = async (locator) => {
    await locator.click();
    taps += 1;
  };
  await tap(page.getByRole('link', { name: 'Check in', exact: true }));
  await page.getByRole('heading', { name: 'Check in' }).waitFor();
  // Starter parts are there, so the first check-in needs no typing.
  for (const name of ['An angry part', 'A worried part', 'An inner critic', 'A part that wants to leave']) {
    await page.getByRole('button', { name, exact: true }).waitFor();
  }
  await tap(page.getByRole('button', { name: 'A worried part', exact: true }));
  await tap(page.getByRole('button', { name: 'Save', exact: true }));
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
  assert.equal(taps, 3);
  await page.getByText('Saved: A worried part').waitFor();
  await shot(page, 'checkin-saved');

  // It is in History, and the part now comes first on the chips.
  await page.getByRole('link', { name: 'History' }).first().click();
  await page.getByRole('list', { name: 'Timeline' }).getByText('A worried part').waitFor();
  await page.getByRole('link', { name: 'Mend' }).click();
  await page.getByRole('link', { name: 'Check in', exact: true }).click();
  const first = page.locator('.checkin-form .chips').first().getByRole('button').first();
  assert.equal(await first.innerText(), 'A worried part');
  assert.deepEqual(page.errors, []);
});

test('saving without a part says what is missing and saves nothing', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/check-in');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Choose the part' }).waitFor();
  assert.equal(pathOf(page), '/check-in');
});

test('the full check-in: new part, every field, odd Unicode, then the pause suggestion', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/check-in');
  await page.getByPlaceholder('Add a part by name').fill('  Le pompier 🔥  ');
  await page.getByRole('button', { name: 'Add a part by name' }).click();
  const chip = page.getByRole('button', { name: 'Le pompier 🔥', exact: true });
  await chip.waitFor();
  assert.equal(await chip.getAttribute('aria-pressed'), 'true', 'a new part is chosen at once');

  await page.getByRole('group', { name: /How strong is it/ }).getByRole('button', { name: '8', exact: true }).click();
  await page.getByRole('button', { name: '5–8', exact: true }).click();
  await page.getByRole('button', { name: 'being left', exact: true }).click();
  await page.getByPlaceholder('Add a fear in your own words').fill('that they stop trusting me');
  await page.getByRole('button', { name: 'Add a fear in your own words' }).click();
  await page.getByRole('button', { name: 'chest', exact: true }).click();
  await page.getByRole('group', { name: /How much Self is here/ }).getByRole('button', { name: '2', exact: true }).click();
  await page.getByRole('button', { name: 'curiosity', exact: true }).click();
  await page.getByPlaceholder('Add someone by name').fill('נועה');
  await page.getByRole('button', { name: 'Add someone by name' }).click();
  await page.getByRole('button', { name: 'נועה', exact: true }).waitFor();
  // Where it happened: one tap, and a second tap takes it back.
  const where = page.getByRole('group', { name: 'Where are you?' });
  const home = where.getByRole('button', { name: 'at home', exact: true });
  await home.click();
  await where.locator('button[aria-pressed="true"]', { hasText: 'at home' }).waitFor();
  await home.click();
  await where.locator('button[aria-pressed="false"]', { hasText: 'at home' }).waitFor();
  await where.getByRole('button', { name: 'in the car', exact: true }).click();
  const note = 'Heart racing 💓\nשלום, עברית מימין לשמאל';
  await page.getByLabel('A note, if you like').fill(note);
  await shot(page, 'checkin-full');

  // A note over 10,000 characters is refused with a clear message.
  await page.getByLabel('A note, if you like').fill('x'.repeat(10_001));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'can be up to 10,000 characters' }).waitFor();
  assert.equal(pathOf(page), '/check-in');

  await page.getByLabel('A note, if you like').fill(note);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
  // Self at 2 of 10: a pause is offered first.
  const primary = page.locator('.saved .button.primary');
  assert.equal(await primary.innerText(), 'Take a pause');

  await page.getByRole('link', { name: 'See or edit this check-in' }).click();
  await page.getByRole('heading', { name: 'Le pompier 🔥' }).waitFor();
  const facts = await page.locator('.facts').innerText();
  for (const expected of ['8 of 10', '5–8', 'being left, that they stop trusting me', 'chest', '2 of 10', 'curiosity', 'נועה', 'in the car', 'שלום, עברית מימין לשמאל']) {
    assert.ok(facts.includes(expected), `the detail shows ${expected}: ${facts}`);
  }
  await shot(page, 'checkin-detail');

  // Edit it: the note changes, everything else stays.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByRole('heading', { name: 'Edit check-in' }).waitFor();
  await page.getByLabel('A note, if you like').fill('Calmer now.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Le pompier 🔥' }).waitFor();
  const edited = await page.locator('.facts').innerText();
  assert.ok(edited.includes('Calmer now.') && edited.includes('8 of 10') && edited.includes('in the car'), edited);
  assert.deepEqual(page.errors, []);
});
