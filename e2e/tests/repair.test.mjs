// Ruptures and repairs: log a rupture, link a check-in to it, walk the five steps, and see
// it repaired, with its time to repair, in History.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, sql, pathOf } from './helpers.mjs';

const app = useApp();

const WHAT = 'I snapped at Sam about the dishes and walked out';

test('log a rupture, walk the repair, and see it repaired in History', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/');
  await page.getByRole('link', { name: 'Log a rupture' }).click();
  await page.getByRole('heading', { name: 'Log a rupture' }).waitFor();
  // What happened is needed.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Write a few words about what happened first.' }).waitFor();
  await page.getByLabel('What happened?').fill(WHAT);
  await page.getByPlaceholder('Add someone by name').fill('Sam');
  await page.getByPlaceholder('Add someone by name').press('Enter');
  await page.getByRole('button', { name: 'Sam', exact: true }).waitFor();
  await page.getByRole('button', { name: '4 · a big tear' }).click();
  // An hour ago.
  const hourAgo = await page.evaluate(() => {
    const d = new Date(Date.now() - 3600_000);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
  await page.getByLabel('When').fill(hourAgo);
  await shot(page, 'rupture-new');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: WHAT }).waitFor();
  assert.ok((await page.locator('.facts').innerText()).includes('open'));
  await shot(page, 'rupture-detail-open');

  // Now lists it as waiting, and a check-in offers to link to it.
  await open(page, app.server, '/');
  await page.getByRole('region', { name: 'Waiting for repair' }).getByText(WHAT).waitFor();
  await shot(page, 'now-waiting');
  await page.getByRole('link', { name: 'Check in', exact: true }).click();
  await page.getByRole('button', { name: 'An angry part', exact: true }).click();
  await page.getByRole('group', { name: "Is this about a rupture that's still open?" })
    .getByRole('button', { name: new RegExp('^I snapped at Sam') }).click();
  await page.getByRole('group', { name: /How much Self is here/ }).getByRole('button', { name: '7', exact: true }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
  // Enough Self: repair is offered first, for this rupture.
  await page.locator('.saved .button.primary', { hasText: 'Start repair' }).click();

  // The five steps, one screen each.
  const steps = [
    ['Notice your parts', 'An angry part, scared of not mattering'],
    ['Find some calm', 'Curious about how it was for Sam'],
    ['Listen first', 'Sam felt left alone with it all'],
    ['Acknowledge the impact', 'Walking out made Sam feel abandoned'],
    ['Offer a repair', 'I said sorry for walking out'],
  ];
  for (const [i, [title, note]] of steps.entries()) {
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText(`Step ${i + 1} of 5`).waitFor();
    await page.locator('textarea').first().fill(note);
    if (i === 2) {
      await page.getByRole('button', { name: 'Tell me how that was for you. I\'m listening.' }).click();
    }
    if (i === 4) {
      await page.getByRole('button', { name: "I'm sorry I raised my voice. That's on me." }).click();
      await page.getByLabel('Next time, I will…').fill('Ask for a pause instead of leaving');
      await page.getByPlaceholder('Add words of your own').fill('I want to stay, even when it is hard.');
      await page.getByRole('button', { name: 'Add words of your own' }).click();
      await page.getByRole('button', { name: 'I want to stay, even when it is hard.' }).waitFor();
    }
    await shot(page, `repair-step-${i + 1}`);
    if (i === 1) {
      // Back keeps what was written.
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.getByRole('heading', { name: 'Notice your parts' }).waitFor();
      assert.equal(await page.locator('textarea').first().inputValue(), steps[0][1]);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('heading', { name: 'Find some calm' }).waitFor();
      assert.equal(await page.locator('textarea').first().inputValue(), steps[1][1]);
    }
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('heading', { name: 'How did it go?' }).waitFor();
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Choose how it went' }).waitFor();
  await page.getByRole('button', { name: 'We reconnected' }).click();
  await page.getByLabel('How did it feel?').fill('Tender, and lighter');
  await shot(page, 'repair-outcome');
  await page.getByRole('button', { name: 'Finish', exact: true }).click();

  // The rupture is repaired, with its time to repair.
  await page.getByRole('heading', { name: WHAT }).waitFor();
  const facts = await page.locator('.facts').innerText();
  assert.match(facts, /repaired/);
  assert.match(facts, /Time to repair\s+1 hour/);
  await page.getByRole('status').getByText(/Repair saved\. Mended in 1 hour\./).waitFor();
  await shot(page, 'rupture-detail-repaired');
  const stored = sql(app.data.dir, "SELECT status, repaired_at_ms IS NOT NULL FROM ruptures;").trim();
  assert.equal(stored, 'repaired|1');
  const repair = sql(app.data.dir, "SELECT outcome, time_to_repair_ms BETWEEN 3540000 AND 3720000, listen_note, phrases FROM repairs;").trim();
  assert.equal(repair, 'reconnected|1|Sam felt left alone with it all|["Tell me how that was for you. I\'m listening.","I\'m sorry I raised my voice. That\'s on me.","I want to stay, even when it is hard."]');

  // History shows the rupture as repaired, and the repair, and filters find them.
  await page.getByRole('link', { name: 'History' }).first().click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await timeline.locator('.entry-rupture', { hasText: WHAT }).getByText('repaired').waitFor();
  await timeline.locator('.entry-repair', { hasText: 'We reconnected' }).waitFor();
  await shot(page, 'history');

  // The finished repair offers to send what was chosen in its last step, and nothing else.
  const origin = new URL(app.server.url).origin;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await timeline.locator('.entry-repair', { hasText: 'We reconnected' }).getByRole('link').first().click();
  const said = page.getByRole('region', { name: 'What I want to say' });
  await said.waitFor();
  const words = "I said sorry for walking out\nI'm sorry I raised my voice. That's on me.";
  assert.equal(await said.locator('#words-to-say').innerText(), words);
  await said.getByRole('button', { name: 'Send what I want to say' }).click();
  await said.getByRole('status').filter({ hasText: /^Copied\./ }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), words);
  await shot(page, 'repair-detail-send');
  await page.goBack();
  await page.getByLabel('Rupture status').waitFor();
  await page.getByLabel('Rupture status').selectOption('repaired');
  await page.waitForFunction(() => document.querySelectorAll('.timeline .entry-checkin').length === 0);
  assert.equal(await timeline.locator('.entry').count(), 2);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search').fill('dishes');
  await page.waitForFunction(() => document.querySelectorAll('.timeline .entry').length === 2);
  await page.getByLabel('Search').fill('no such words anywhere');
  await page.getByText('Nothing matches these filters.').waitFor();
  await shot(page, 'history-no-match');
  assert.deepEqual(page.errors, []);
});

test('a repair left half-way is picked up where it was', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/repair');
  await page.getByRole('link', { name: 'Log what happened' }).click();
  await page.getByLabel('What happened?').fill('Cold silence all evening');
  await page.getByRole('button', { name: 'Save and start repair' }).click();
  await page.getByRole('heading', { name: 'Notice your parts' }).waitFor();
  await page.locator('textarea').first().fill('A part of me went quiet to stay safe');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { name: 'Find some calm' }).waitFor();
  await page.getByRole('button', { name: 'Save and finish later' }).click();
  await page.getByRole('heading', { name: 'Now' }).waitFor();
  await page.getByRole('region', { name: 'Waiting for repair' }).getByRole('link', { name: /^Repair: Cold silence/ }).click();
  await page.getByRole('heading', { name: 'Find some calm' }).waitFor();
  // Words typed and then left by another way (here the top bar) are kept too.
  await page.locator('textarea').first().fill('Three slow breaths helped');
  await page.getByRole('link', { name: 'Mend', exact: true }).click();
  await page.getByRole('heading', { name: 'Now' }).waitFor();
  const waiting = page.getByRole('region', { name: 'Waiting for repair' });
  await waiting.getByText('repairing').waitFor();
  await waiting.getByRole('link', { name: /^Repair: Cold silence/ }).click();
  await page.getByRole('heading', { name: 'Find some calm' }).waitFor();
  await page.waitForFunction(() => document.querySelector('textarea').value === 'Three slow breaths helped');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('heading', { name: 'Notice your parts' }).waitFor();
  assert.equal(await page.locator('textarea').first().inputValue(), 'A part of me went quiet to stay safe');
  assert.match(pathOf(page), /^\/repair\//);
});
