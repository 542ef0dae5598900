// Insights: with data noted through the app's own screens, every chart is drawn, each with
// its summary in words, and the span can be changed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot } from './helpers.mjs';

const app = useApp();

test('Insights shows the charts, each told in words, for every span', async () => {
  const page = await phonePage(app.browser);
  // Nothing yet: a gentle word instead of empty charts.
  await open(page, app.server, '/insights');
  await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
  await page.getByText('Nothing here yet for this time.').first().waitFor();

  // A rupture, two check-ins with Self, a kept pause and a reflection.
  await open(page, app.server, '/rupture/new');
  await page.getByLabel('What happened?').fill('Cold words about the holidays');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Cold words about the holidays' }).waitFor();
  for (const [part, self] of [['An angry part', '3'], ['A worried part', '7']]) {
    await open(page, app.server, '/check-in');
    await page.getByRole('button', { name: part, exact: true }).click();
    await page.getByRole('group', { name: /How much Self/ }).getByRole('button', { name: new RegExp(`^${self}$`) }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
  }
  await open(page, app.server, '/pause');
  await page.getByRole('button', { name: '5 min' }).click();
  await page.getByRole('button', { name: 'Start pause' }).click();
  await page.getByRole('button', { name: "I'm back" }).click();
  await page.getByRole('heading', { name: 'Ready to come back?' }).waitFor();
  await open(page, app.server, '/reflect');
  await page.getByLabel('Your answer').fill('Noticing more, blaming less.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved. Thank you').waitFor();

  await open(page, app.server, '/');
  await page.getByRole('link', { name: 'Insights' }).click();
  await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
  const charts = page.locator('figure.chart');
  await page.locator('figure.chart svg[role="img"]').first().waitFor();
  const drawn = await page.locator('figure.chart svg[role="img"]').count();
  assert.ok(drawn >= 4, `charts drawn: ${drawn}`);
  // Every drawing is named by its title and its summary, and the summary says something.
  for (const svg of await page.locator('figure.chart svg[role="img"]').all()) {
    const ids = (await svg.getAttribute('aria-labelledby')).split(' ');
    assert.equal(ids.length, 2);
    for (const id of ids) {
      const text = (await page.locator(`[id="${id}"]`).innerText()).trim();
      assert.ok(text.length > 3, `#${id} has words`);
    }
  }
  const summaries = (await page.locator('.chart-summary').allInnerTexts()).join('\n');
  assert.match(summaries, /1 rupture/);
  assert.match(summaries, /An angry part|A worried part/);
  await page.getByText('Parts that showed up most').waitFor();
  await page.getByText('Self over time').waitFor();
  await page.getByText('Reflections each month').waitFor();
  await shot(page, 'insights-4-weeks');

  for (const span of ['3 months', '1 year', 'All']) {
    await page.getByRole('button', { name: span, exact: true }).click();
    await page.getByRole('button', { name: span, exact: true, pressed: true }).waitFor();
    await page.locator('figure.chart svg[role="img"]').first().waitFor();
  }
  await shot(page, 'insights-all');
  assert.ok((await charts.count()) >= 4);
  assert.deepEqual(page.errors, []);
});
