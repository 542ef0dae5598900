// Reflect: answer today's question, see the day marked on the month, change the answer,
// and set the daily reminder.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, sql } from './helpers.mjs';

const app = useApp();

test("answering today's reflection marks the day, and the answer can be changed", async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/');
  await page.getByRole('link', { name: 'Reflect', exact: true }).click();
  await page.getByRole('heading', { name: 'Reflect', level: 1 }).waitFor();
  const prompt = (await page.locator('.prompt').innerText()).trim();
  assert.ok(prompt.length > 10, `a prompt is shown: ${prompt}`);
  await page.getByText('No reflections yet this month').waitFor();
  await shot(page, 'reflect-empty');

  // Saving with nothing written says what is missing.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'your answer' }).waitFor();

  await page.getByLabel('Your answer').fill('A worried part was busy all day. 🌧 It wanted everyone to be okay.');
  await page.getByRole('group', { name: /How much Self/ }).getByRole('button', { name: '6', exact: true }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved. Thank you').waitFor();
  await page.getByText("You've reflected on 1 day this month.").waitFor();
  const today = page.locator('td[aria-current="date"]');
  assert.match(await today.textContent(), /^\d+, reflected$/);
  assert.match(await today.getAttribute('class'), /day-on/);
  await page.getByRole('button', { name: 'Save changes' }).waitFor();
  await shot(page, 'reflect-answered');

  // The same prompt all day: a reload shows the same one, with the answer to change.
  await open(page, app.server, '/reflect');
  assert.equal((await page.locator('.prompt').innerText()).trim(), prompt);
  assert.equal(await page.getByLabel('Your answer').inputValue(), 'A worried part was busy all day. 🌧 It wanted everyone to be okay.');
  await page.getByLabel('Your answer').fill('Changed: a calmer part came too.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Saved. Thank you').waitFor();
  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM reflections;').trim(), '1');
  assert.equal(sql(app.data.dir, 'SELECT answer FROM reflections;').trim(), 'Changed: a calmer part came too.');

  // The month moves back and forward; an earlier month has no days marked.
  await page.getByRole('button', { name: 'Earlier month' }).click();
  await page.getByText(/^No reflections in \w+\.$/).waitFor();
  await page.getByRole('button', { name: 'Later month' }).click();
  await page.getByText("You've reflected on 1 day this month.").waitFor();

  // It is in History, with its prompt as the headline.
  await page.getByRole('link', { name: 'History' }).first().click();
  await page.getByRole('list', { name: 'Timeline' }).getByText(prompt).waitFor();
  assert.deepEqual(page.errors, []);
});

test('the daily reminder is turned on at a chosen time and kept', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/reflect');
  await page.getByLabel('Reminder time').fill('07:30');
  await page.getByLabel('Remind me each day').check();
  await page.getByText('The daily reminder is on.').waitFor();
  await open(page, app.server, '/reflect');
  assert.equal(await page.getByLabel('Remind me each day').isChecked(), true);
  assert.equal(await page.getByLabel('Reminder time').inputValue(), '07:30');
  const saved = sql(app.data.dir, "SELECT json_extract(value, '$.reflect_reminder') FROM settings;").trim();
  assert.equal(saved, '07:30:00');
  await shot(page, 'reflect-reminder');
  await page.getByLabel('Remind me each day').uncheck();
  await page.getByText('The daily reminder is off.').waitFor();
  assert.deepEqual(page.errors, []);
});
