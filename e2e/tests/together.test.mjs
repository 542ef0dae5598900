// Practise together, once for each age band and with the swap game once, each seen in History
// afterwards and counted in Insights; every step audited and laid out at 390 px, and the
// closing bubble holding still with less motion.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, sql, audit, checkLayout } from './helpers.mjs';

const app = useApp();

/** The audit and the layout check of the step on screen, with its screenshot. */
async function step(page, name) {
  await audit(page, name);
  await checkLayout(page, name);
  await shot(page, name);
}

/** One time together for `band`, choosing the `n`th of everything; `swap` plays the swap
 * game (true), skips it (false) or expects none (undefined). Returns what the child chose. */
async function together(page, band, { n = 0, swap, own, prefix = '' } = {}) {
  await page.getByRole('heading', { name: 'Practise together', level: 1 }).waitFor();
  await page.locator('.together-band').first().waitFor();
  await page.getByRole('button', { name: band, exact: true }).click();
  const tag = prefix + band.replace(/\W+/g, '-').toLowerCase();

  await page.getByRole('heading', { name: 'How are you feeling?' }).waitFor();
  const faces = page.locator('.together-face');
  const count = await faces.count();
  assert.ok(count >= 6 && count <= 8, `${band}: ${count} feelings`);
  // Every face is drawn by us, beside its word.
  assert.equal(await page.locator('.together-face svg.face').count(), count);
  const feeling = (await faces.nth(n).innerText()).trim();
  if (n === 0) await step(page, `together-${tag}-feeling`);
  await faces.nth(n).click();

  await page.getByRole('heading', { name: 'Read one aloud' }).waitFor();
  const sentences = page.locator('.together-sentence');
  const offered = await sentences.count();
  assert.equal(offered, band === 'Ages 2–4' ? 2 : 3, `${band}: sentences offered`);
  await sentences.nth(n % offered).getByText('Why it helps').click();
  await sentences.nth(n % offered).locator('.together-why p').waitFor();
  const sentence = (await sentences.nth(n % offered).locator('.together-said').innerText()).trim();
  if (n === 0) await step(page, `together-${tag}-sentence`);
  await sentences.nth(n % offered).getByRole('button', { name: 'I said this one' }).click();

  await page.getByRole('heading', { name: 'What would help now?' }).waitFor();
  if (n === 0) await step(page, `together-${tag}-helps`);
  let helped;
  if (own) {
    await page.getByRole('button', { name: 'In my own words' }).click();
    await page.getByRole('button', { name: "That's it" }).click();
    await page.getByRole('alert').filter({ hasText: 'what helped' }).waitFor();
    await page.getByLabel('What would help').fill(own);
    await page.getByRole('button', { name: "That's it" }).click();
    helped = own;
  } else {
    const choice = page.locator('.together-choice').nth(n);
    helped = (await choice.innerText()).trim();
    await choice.click();
  }

  if (swap !== undefined) {
    await page.getByRole('heading', { name: 'Want to swap?' }).waitFor();
    if (swap) {
      await step(page, `together-${tag}-swap-offer`);
      await page.getByRole('button', { name: "Let's play" }).click();
      for (let round = 1; round <= 3; round += 1) {
        await page.getByText(`Round ${round} of 3`).waitFor();
        if (round === 1) await step(page, `together-${tag}-swap`);
        const lines = page.locator('.together-line');
        assert.equal(await lines.count(), 2);
        await lines.nth(round % 2).click();
        await page.getByRole('heading', { name: "Let's talk about it" }).waitFor();
        await page.getByText("There's no wrong answer.").waitFor();
        // There is no score anywhere.
        assert.doesNotMatch(await page.locator('.together').innerText(), /score|wrong!|correct|points/i);
        if (round === 1) await step(page, `together-${tag}-swap-talk`);
        await page.getByRole('button', { name: round === 3 ? 'On to the end' : 'Next' }).click();
      }
    } else {
      await page.getByRole('button', { name: 'Not today' }).click();
    }
  }

  await page.getByRole('heading', { name: "We're okay" }).waitFor();
  await page.getByText('Kept in your History.').waitFor();
  if (n === 0) await step(page, `together-${tag}-closing`);
  return { feeling, sentence, helped };
}

test('Practise together once for each age band, and the swap game, each seen in History', async () => {
  const page = await phonePage(app.browser);
  // From Now's Practise actions.
  await open(page, app.server, '/');
  await page.getByRole('link', { name: 'Practise together' }).click();
  await step(page, 'together-start');
  const kept = {};
  kept['Ages 2–4'] = await together(page, 'Ages 2–4');
  // Then from Practise.
  await open(page, app.server, '/practise');
  await page.getByRole('link', { name: 'Practise together' }).click();
  await page.waitForURL(/\/practise\/together$/);
  kept['Ages 5–8'] = await together(page, 'Ages 5–8', { swap: true });
  await page.getByRole('link', { name: 'Done' }).click();
  await page.getByRole('heading', { name: 'Practise', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Practise together' }).click();
  kept['Ages 9–12'] = await together(page, 'Ages 9–12', { n: 1, swap: false });
  // "Practise again" starts a new time, for the same age band.
  await page.getByRole('button', { name: 'Practise again' }).click();
  await page.getByRole('heading', { name: 'How are you feeling?' }).waitFor();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Teen', exact: true }).waitFor();
  kept.Teen = await together(page, 'Teen', { n: 2, own: 'Pizza and a film 🍕' });

  // Going back from the closing and on again keeps the same time, not a second one.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('heading', { name: 'What would help now?' }).waitFor();
  await page.getByRole('button', { name: 'In my own words' }).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: "That's it" }).click();
  await page.getByText('Kept in your History.').waitFor();

  assert.equal(sql(app.data.dir, 'SELECT count(*) FROM practice_sessions WHERE together_band IS NOT NULL;').trim(), '4');
  assert.equal(sql(app.data.dir, "SELECT count(*) FROM practice_cards c JOIN practice_sessions s ON s.id = c.session_id WHERE s.together_band = '5_8';").trim(), '3');
  assert.equal(sql(app.data.dir, 'SELECT together_helped FROM practice_sessions WHERE together_band = \'teen\';').trim(), 'Pizza and a film 🍕');

  // Each in History under Practice, with its feeling and sentence.
  await open(page, app.server, '/history');
  await page.getByLabel('Show').selectOption({ label: 'Practice' });
  for (const [band, { feeling, sentence }] of Object.entries(kept)) {
    const headline = `Practised together, ${band.toLowerCase()}`;
    const row = page.locator('.timeline > li').filter({ hasText: headline });
    await row.waitFor();
    const text = await row.innerText();
    assert.ok(text.includes(feeling), `${band}: ${text}`);
    assert.ok(text.includes(sentence.slice(0, 40)), `${band}: ${text}`);
  }
  await page.locator('.timeline > li').filter({ hasText: 'played the swap game' }).waitFor();
  await step(page, 'together-history');

  // The one with the swap game, opened.
  await page.locator('.timeline > li').filter({ hasText: 'ages 5–8' }).getByRole('link').first().click();
  await page.getByRole('heading', { name: /^Practised together, / }).waitFor();
  await page.getByRole('heading', { name: 'The swap game' }).waitFor();
  assert.equal(await page.locator('.practice-cards > li').count(), 3);
  await page.getByText(kept['Ages 5–8'].helped, { exact: true }).waitFor();
  await step(page, 'together-detail');

  // Counted in Insights.
  await open(page, app.server, '/insights');
  const chart = page.locator('#chart-together');
  await chart.getByText('4 times practised together').waitFor();
  await step(page, 'together-insights');
  assert.deepEqual(page.errors, []);
});

test('the closing bubble holds still with less motion, and breathes without', async () => {
  const still = async (page) => page.evaluate(() => {
    const circle = getComputedStyle(document.querySelector('.breath-circle'));
    return circle.transform === 'none' && circle.transitionDuration === '0s';
  });
  for (const [reducedMotion, expected] of [['reduce', true], ['no-preference', false]]) {
    const page = await phonePage(app.browser, { reducedMotion });
    await open(page, app.server, '/practise/together');
    await together(page, 'Ages 2–4', { n: 1 });
    assert.equal(await still(page), expected, reducedMotion);
    assert.equal(await page.locator('.breath-count').isVisible(), expected, reducedMotion);
  }
});

test('at 320 px in dark, every step of a time together fits', async () => {
  const page = await phonePage(app.browser, { colorScheme: 'dark', viewport: { width: 320, height: 640 } });
  await open(page, app.server, '/practise/together');
  await together(page, 'Ages 9–12', { swap: true, prefix: 'narrow-dark-' });
});
