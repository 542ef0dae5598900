// Practise: favourite a phrase and find it under favourites, add, edit and delete a phrase
// of my own, do practice cards, and rewrite a blaming sentence with the parts-language
// helper.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, sql, audit } from './helpers.mjs';

const app = useApp();

test('a favourite phrase is found under favourites, and stays after a reload', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/');
  await page.getByRole('link', { name: 'Practise repair words' }).click();
  await page.getByRole('heading', { name: 'Practise', level: 1 }).waitFor();
  await shot(page, 'practise-phrases');

  // Narrow to one step and one audience.
  await page.getByRole('group', { name: 'Step' }).getByRole('button', { name: 'Acknowledge impact' }).click();
  await page.getByRole('group', { name: 'For', exact: true }).getByRole('button', { name: 'Child 5–8' }).click();
  await page.waitForFunction(() => {
    const tags = [...document.querySelectorAll('.phrase-tags')].map((t) => t.innerText.trim());
    return tags.length > 0 && tags.every((t) => t === 'Acknowledge impact · Child 5–8');
  });
  const phrases = page.locator('.phrase-list > li');
  const count = await phrases.count();
  assert.ok(count >= 2, `phrases for that step and age: ${count}`);
  for (const tag of await page.locator('.phrase-tags').allInnerTexts()) {
    assert.equal(tag.trim(), 'Acknowledge impact · Child 5–8');
  }
  const text = (await phrases.nth(1).locator('.phrase-text').innerText()).trim();
  const star = phrases.nth(1).getByRole('button', { name: /^Favourite:/ });
  assert.equal(await star.getAttribute('aria-pressed'), 'false');
  await star.click();
  await page.locator('.phrase-list > li').nth(1).getByRole('button', { name: /^Favourite:/, pressed: true }).waitFor();

  // Favourites only, from every step and audience.
  await page.getByRole('group', { name: 'Step' }).getByRole('button', { name: 'All' }).click();
  await page.getByRole('group', { name: 'For', exact: true }).getByRole('button', { name: 'All' }).click();
  await page.getByRole('button', { name: '★ Favourites only' }).click();
  await page.getByText('1 phrase', { exact: true }).waitFor();
  assert.equal((await page.locator('.phrase-list .phrase-text').innerText()).trim(), text);
  await shot(page, 'practise-favourites');

  await open(page, app.server, '/practise');
  await page.getByRole('button', { name: '★ Favourites only' }).click();
  await page.getByText('1 phrase', { exact: true }).waitFor();
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM phrase_favourites;').trim(), '1');
  assert.deepEqual(page.errors, []);
});

test('my own phrase is added, edited, deleted and brought back with Undo', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/practise');
  // Saving an empty phrase says what is missing.
  await page.getByRole('button', { name: 'Save phrase' }).click();
  await page.getByRole('alert').filter({ hasText: 'the phrase' }).waitFor();
  await page.getByLabel('The phrase').fill('I was sharp with you. That was mine, not yours. 💛');
  await page.getByLabel('Step', { exact: true }).selectOption({ label: 'Repairing response' });
  await page.getByLabel('For', { exact: true }).selectOption({ label: 'Teen' });
  await page.getByLabel('Why it helps me (optional)').fill('It owns it without a speech.');
  await page.getByRole('button', { name: 'Save phrase' }).click();
  await page.getByText('Your phrase is saved.').waitFor();
  const mine = page.locator('.phrase-mine');
  await mine.getByText('I was sharp with you.').waitFor();
  assert.match(await mine.locator('.phrase-tags').innerText(), /Repairing response · Teen/);

  await page.getByRole('button', { name: /^Edit: I was sharp/ }).click();
  await page.getByRole('heading', { name: 'Change my phrase' }).waitFor();
  assert.equal(await page.getByLabel('The phrase').inputValue(), 'I was sharp with you. That was mine, not yours. 💛');
  await page.getByLabel('The phrase').fill('I was sharp with you. That was mine to fix.');
  await page.getByRole('button', { name: 'Save phrase' }).click();
  await mine.getByText('That was mine to fix.').waitFor();
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM own_phrases;').trim(), '1');
  await shot(page, 'practise-own-phrase');

  await page.getByRole('button', { name: /^Delete: I was sharp/ }).click();
  await page.getByText('Phrase deleted.').waitFor();
  assert.equal(await page.locator('.phrase-mine').count(), 0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('The phrase is back.').waitFor();
  await page.locator('.phrase-mine').getByText('That was mine to fix.').waitFor();
  assert.deepEqual(page.errors, []);
});

test('a practice card: choose a response, see guidance, keep it, and find it in History', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/practise');
  await page.getByRole('button', { name: 'Practice cards' }).click();
  const situation = (await page.locator('h2.situation').innerText()).trim();
  assert.ok(situation.length > 20);

  // Nothing chosen yet: a gentle reminder.
  await page.getByRole('button', { name: 'See gentle guidance' }).click();
  await page.getByRole('alert').filter({ hasText: 'Choose a response' }).waitFor();

  // Write a response with a "but" after the apology and a "you always".
  await page.getByLabel('My own words').fill("I'm sorry, but you always leave me to do everything.");
  await page.getByRole('button', { name: 'See gentle guidance' }).click();
  const items = page.locator('.guidance-item');
  await items.nth(4).waitFor();
  assert.equal(await items.count(), 5);
  assert.equal(await page.locator('.guidance-item.met').count(), 0, 'nothing here is met yet');
  await shot(page, 'practise-card-guidance');

  // A fuller response meets more of the checks.
  await page.getByLabel('My own words').fill('A part of me got scared and came out sharp. I can see that hurt you, and I am sorry. Next time I will take a breath first. Can we talk tonight?');
  await page.getByRole('button', { name: 'See gentle guidance' }).click();
  await page.locator('.guidance-item.met').nth(4).waitFor();
  assert.equal(await page.locator('.guidance-item.met').count(), 5);
  await page.getByRole('button', { name: 'Keep this and try another' }).click();
  await page.getByText('1 card kept in this practice.').waitFor();
  assert.notEqual((await page.locator('h2.situation').innerText()).trim(), situation, 'the next card comes');

  // A card with a child, choosing one of the offered responses.
  await page.getByRole('button', { name: 'A child', exact: true }).click();
  await page.locator('.practice-card .choice').first().click();
  await page.getByRole('button', { name: 'See gentle guidance' }).click();
  await page.getByRole('button', { name: 'Keep this and try another' }).click();
  await page.getByText('2 cards kept in this practice.').waitFor();
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM practice_sessions;').trim(), '1');
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM practice_cards;').trim(), '2');

  await page.getByRole('link', { name: 'Finish for now' }).click();
  await page.getByRole('heading', { name: /^Practice, / }).waitFor();
  await page.getByText(situation).waitFor();
  // The written response met every check (the chosen one may have too).
  await page.getByText('It spoke for a part, acknowledged the impact, kept the apology whole, left out “always” and “never” and offered a next step.').first().waitFor();
  await shot(page, 'practise-session-detail');
  await page.getByRole('link', { name: 'History' }).first().click();
  await page.getByRole('list', { name: 'Timeline' }).getByText('Practised 2 cards').waitFor();
  assert.deepEqual(page.errors, []);
});

test('the parts-language helper reads a Spanish sentence and answers in Spanish', async () => {
  const page = await phonePage(app.browser, { locale: 'es-ES' });
  await open(page, app.server, '/practise');
  await page.getByRole('button', { name: 'Lenguaje de partes' }).click();
  await page.getByText('Las sugerencias aparecen aquí mientras escribes.').waitFor();
  await page.getByLabel('Tu frase').fill('Tú nunca me escuchas');
  const first = page.locator('.suggestion-text').first();
  await first.waitFor();
  assert.equal(await first.innerText(), 'Una parte de mí se siente sola cuando no me escuchas.');
  assert.equal(await first.getAttribute('lang'), 'es');
  await page.getByText('En lugar de «Tú nunca»:').first().waitFor();
  await audit(page, 'practise-parts-language-es');
  await shot(page, 'practise-parts-language-es');

  await page.getByLabel('Tu frase').fill('Siempre me haces reír');
  await page.locator('.suggestions').getByText('No encuentro nada que suene a reproche.').waitFor();
  assert.equal(await page.locator('.suggestion').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('the parts-language helper rewrites a blaming sentence, and leaves a kind one alone', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/practise');
  await page.getByRole('button', { name: 'Parts language' }).click();
  await page.getByText('Suggestions appear here as you type.').waitFor();
  await page.getByLabel('Your sentence').fill('You never listen to me!');
  const first = page.locator('.suggestion-text').first();
  await first.waitFor();
  assert.match(await first.innerText(), /^A part of me/);
  await page.getByText('Instead of “You never”').first().waitFor();
  await shot(page, 'practise-parts-language');

  await page.getByLabel('Your sentence').fill("Thank you, you always make me laugh.");
  await page.locator('.suggestions').getByText('Nothing here sounds like blame.').waitFor();
  assert.equal(await page.locator('.suggestion').count(), 0);

  // Words of violence or fear bring the safety note, not better wording.
  await page.getByLabel('Your sentence').fill('You always shove me when you are angry');
  await page.locator('.suggestions').getByText('sounds like it may not be safe for you').waitFor();
  await page.getByText('If you are not safe.').waitFor();
  assert.equal(await page.locator('.suggestion').count(), 0);
  await shot(page, 'practise-parts-language-safety');
  assert.deepEqual(page.errors, []);
});
