// Talk it through: two people, one phone. A whole talk about a rupture, with names, a
// pause in the middle and picked up again from Now, both saying it's repaired at the end;
// then seen in History ("Talks") and on the rupture. "I feel unsafe" leads to Help now, and
// words of violence bring the safety note. Every talk screen at 390 px, and at 320 px in
// light and dark, with the axe audit clean.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, audit, checkLayout } from './helpers.mjs';

const app = useApp();
const WHAT = 'We argued about the holidays';

/** The audit and the layout check of the screen, with its screenshot. */
async function look(page, name) {
  await audit(page, name);
  await checkLayout(page, name);
  await shot(page, name);
}

/** Logs a rupture through its form and waits for its page. */
async function logRupture(page, what) {
  await open(page, app.server, '/rupture/new');
  await page.getByLabel('What happened?').fill(what);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: what }).waitFor();
}

/** A name as it reads inside a sentence: "you", "your partner", or a typed name. */
function within(name) {
  return name === 'You' || name === 'Your partner' ? name.toLowerCase() : name;
}

/** Whose turn: "Sam's", "Your", "Your partner's". */
function whose(name) {
  return name === 'You' ? 'Your' : `${name}'s`;
}

/** A button passing the phone to `name`; to "You" (whose phone it is) it says `back`. */
function pass(name, verb, back) {
  return name === 'You' ? back : `${verb} to ${within(name)}`;
}

/** One turn: the speaker speaks (with a part and words, if given), the listener says back,
 * and the speaker says that was it. */
async function turn(page, speaker, listener, { part, said, heard, look: name } = {}) {
  await page.getByRole('heading', { name: `${whose(speaker)} turn to speak` }).waitFor();
  // Prompts to speak for a part, and listening prompts for the other.
  assert.ok(await page.locator('.talk-starters li').count() >= 2);
  assert.ok(await page.locator('.talk-listener li').count() >= 1);
  if (part) await page.getByRole('button', { name: part, exact: true }).click();
  if (said) await page.getByLabel('Words to keep (optional)').fill(said);
  if (name) await look(page, `${name}-speak`);
  await page.getByRole('button', { name: pass(listener, 'Pass the phone', 'Pass the phone back'), exact: true }).click();
  await page.getByRole('heading', { name: `${whose(listener)} turn: say back what you heard` }).waitFor();
  if (heard) await page.getByLabel('What I heard is… (optional, to keep)').fill(heard);
  if (name) await look(page, `${name}-say-back`);
  await page.getByRole('button', { name: pass(speaker, 'Pass it back', 'Pass it back'), exact: true }).click();
  await page.getByRole('heading', { name: `Back to ${within(speaker)}: was that it?` }).waitFor();
  if (heard) await page.getByText(heard).waitFor();
  if (name) await look(page, `${name}-check`);
  await page.getByRole('button', { name: 'Yes, that was it' }).click();
}

test('a whole talk with names, a pause and a resume, seen in History and on the rupture', async () => {
  const page = await phonePage(app.browser);
  await logRupture(page, WHAT);
  await page.getByRole('link', { name: 'Talk it through together' }).click();

  // The first screen: who it is not for, with Help now; the guide; names.
  await page.getByRole('heading', { name: 'Talk it through', level: 1 }).waitFor();
  await page.getByText('Talking together is not for relationships with violence, threats or control').waitFor();
  assert.ok(await page.locator('.talk-not-for').getByRole('link', { name: 'Help now' }).isVisible());
  await page.getByRole('link', { name: 'New to this? A short guide for both of you' }).waitFor();
  await look(page, 'talk-start');
  await page.getByLabel('Your first name').fill('Sam');
  await page.getByLabel("Your partner's first name").fill('Alex');
  await page.getByRole('button', { name: 'Begin', exact: true }).click();

  // Ready? Alex is still stirred up: a pause is suggested, and never required.
  await page.getByRole('heading', { name: 'Ready?' }).waitFor();
  await page.getByRole('group', { name: /Sam: how settled/ }).getByRole('button', { name: '6', exact: true }).click();
  await page.getByRole('group', { name: /Sam: how settled/ }).getByText('(6 of 10)').waitFor();
  await page.getByRole('group', { name: /Alex: how settled/ }).getByRole('button', { name: '3', exact: true }).click();
  await page.getByRole('button', { name: 'Take a pause first' }).waitFor();
  await look(page, 'talk-ready');
  await page.getByRole('button', { name: 'Talk anyway' }).click();

  // Step 1: Sam speaks first, for a part from Sam's own list; Alex says back.
  await page.getByText('Step 1 of 5 · Notice your parts').waitFor();
  await turn(page, 'Sam', 'Alex', {
    part: 'A worried part',
    said: 'A part of me felt pushed aside when the plans were made.',
    heard: 'What I heard is that you felt left out of the plans.',
    look: 'talk-1',
  });
  // Alex has no list here: a part in Alex's own words.
  await page.getByRole('heading', { name: "Alex's turn to speak" }).waitFor();
  await page.getByPlaceholder('A part, in your own words').fill('A part that wants to be right');
  await page.getByRole('button', { name: 'Add: A part, in your own words' }).click();
  await page.getByRole('button', { name: 'A part that wants to be right', exact: true }).waitFor();
  await turn(page, 'Alex', 'Sam', { said: 'It was afraid we would lose the time together.' });

  // We need a pause: it starts at once, with its sentence and return time.
  await page.getByText('Step 2 of 5').waitFor();
  await page.getByRole('button', { name: 'We need a pause' }).click();
  await page.getByRole('heading', { name: "You're taking a pause" }).waitFor();
  await page.locator('blockquote.sentence').waitFor();
  await page.getByRole('button', { name: "I'm back" }).click();

  // Picked up from Now, exactly where it stopped: step 2, Alex goes first.
  await open(page, app.server, '/');
  await page.getByRole('region', { name: 'A talk is waiting for you both' }).waitFor();
  await page.getByRole('link', { name: 'Pick up your talk' }).click();
  await page.getByText('Step 2 of 5 · Find some calm').waitFor();
  for (const [speaker, listener] of [['Alex', 'Sam'], ['Sam', 'Alex'], ['Sam', 'Alex'], ['Alex', 'Sam'], ['Alex', 'Sam'], ['Sam', 'Alex'], ['Sam', 'Alex'], ['Alex', 'Sam']]) {
    await turn(page, speaker, listener);
  }

  // Next time: each says one thing; both see them together.
  await page.getByRole('heading', { name: 'Next time' }).waitFor();
  await look(page, 'talk-intentions');
  await page.getByLabel('Sam: next time, I will…').fill('Say when a part of me is up');
  await page.getByLabel('Alex: next time, I will…').fill('Ask for a pause before I leave the room');
  await page.getByRole('button', { name: 'See them together' }).click();
  await page.getByRole('heading', { name: 'Thank you for talking it through' }).waitFor();
  const together = await page.locator('.talk-intentions').innerText();
  assert.match(together, /Say when a part of me is up/);
  assert.match(together, /Ask for a pause before I leave the room/);
  // Only when both say so.
  const mark = page.getByRole('button', { name: 'Mark it repaired' });
  assert.ok(await mark.isDisabled());
  await page.getByLabel("Sam: yes, it's repaired").check();
  assert.ok(await mark.isDisabled());
  await page.getByLabel("Alex: yes, it's repaired").check();
  await look(page, 'talk-done');
  await mark.click();
  await page.getByRole('status').filter({ hasText: 'Marked repaired, together.' }).waitFor();

  // Its page: what they chose to keep, the parts, the intentions.
  await page.getByRole('link', { name: 'See it in History' }).click();
  await page.getByRole('heading', { name: `Talk it through: ${WHAT}` }).waitFor();
  const facts = await page.locator('main').innerText();
  assert.match(facts, /A worried part/);
  assert.match(facts, /A part that wants to be right/);
  assert.match(facts, /6 of 10/);
  assert.match(facts, /What I heard is that you felt left out of the plans/);
  assert.match(facts, /1 pause/);
  await look(page, 'talk-page');

  // History, filtered to talks.
  await open(page, app.server, '/history');
  await page.getByLabel('Show').selectOption('talk');
  await page.getByText(`Talk it through: ${WHAT}`).waitFor();
  await page.getByText('repaired together').waitFor();

  // The rupture: repaired, with the talk linked.
  await page.getByText(`Talk it through: ${WHAT}`).click();
  await page.getByRole('link', { name: 'The rupture' }).click();
  await page.getByRole('heading', { name: WHAT }).waitFor();
  assert.match(await page.locator('.facts').innerText(), /repaired/i);
  await page.getByRole('link', { name: /Talk it through, repaired together ·/ }).click();

  // A delete has Undo: the talk goes, and comes back whole.
  await page.getByRole('button', { name: 'Delete this talk' }).click();
  await page.getByRole('status').filter({ hasText: 'Talk deleted.' }).waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('status').filter({ hasText: 'The talk is back.' }).waitFor();
  await open(page, app.server, '/history');
  await page.getByText(`Talk it through: ${WHAT}`).waitFor();
  assert.deepEqual(page.errors, []);
});

test('"I feel unsafe" stops the talk and opens Help now; words of violence bring the safety note', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/');
  await page.getByRole('link', { name: 'Talk it through' }).click();
  await page.getByRole('heading', { name: 'Talk it through', level: 1 }).waitFor();
  // The names typed last time are offered again; emptied, they are "You" and "Your partner".
  assert.equal(await page.getByLabel('Your first name').inputValue(), 'Sam');
  await page.getByLabel('Your first name').fill('');
  await page.getByLabel("Your partner's first name").fill('');
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await page.getByRole('button', { name: 'Start talking' }).click();
  await page.getByRole('heading', { name: 'Your turn to speak' }).waitFor();
  await page.getByLabel('Words to keep (optional)').fill('I was frightened when you threatened me');
  await page.locator('.talk-unsafe').getByRole('link', { name: /Help now/ }).waitFor();
  await look(page, 'talk-unsafe-words');
  await page.getByRole('button', { name: 'I feel unsafe' }).click();
  await page.getByRole('heading', { name: 'Help now', level: 1 }).waitFor();
  await page.waitForURL((url) => url.pathname === '/help');
  // The stopped talk is not offered again.
  await open(page, app.server, '/');
  assert.equal(await page.getByRole('link', { name: 'Pick up your talk' }).count(), 0);
  assert.deepEqual(page.errors, []);
});

test('every talk screen at 320 px, light and dark, and the guide with shared words', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await phonePage(app.browser, { colorScheme, viewport: { width: 320, height: 640 } });
    const tag = `talk-320-${colorScheme}`;
    if (colorScheme === 'light') {
      // The gentle turn timer, off unless turned on in Settings.
      await open(page, app.server, '/settings');
      await page.getByRole('group', { name: 'Gentle turn timer' }).getByRole('button', { name: '2 minutes (usual)' }).click();
      await page.getByRole('group', { name: 'Gentle turn timer' }).getByRole('button', { name: '2 minutes (usual)', pressed: true }).waitFor();
      // A pause is suggested only below the level chosen here.
      const below = page.getByRole('group', { name: /Suggest a pause first/ });
      await below.getByRole('button', { name: '2', exact: true }).click();
      await below.getByRole('button', { name: '2', exact: true, pressed: true }).waitFor();
    }
    await open(page, app.server, '/talk/guide');
    await page.getByRole('heading', { name: 'When one of you is further along' }).waitFor();
    assert.ok(await page.locator('.guide-cards li').count() >= 24);
    await page.getByRole('heading', { name: "If you're further along" }).waitFor();
    await page.getByRole('heading', { name: 'If this is newer to you' }).waitFor();
    if (colorScheme === 'light') {
      // Shared words: one of ours, one of their own, one taken out and brought back.
      const idea = page.getByRole('group', { name: 'Ideas to start from' }).locator('.chip').first();
      const ideaText = (await idea.innerText()).trim();
      await idea.click();
      // The idea goes into the box, to be made their own, then added.
      await page.waitForFunction((t) => document.getElementById('own-shared').value === t, ideaText);
      await page.getByRole('button', { name: 'Add: In your own words' }).click();
      await page.getByRole('status').filter({ hasText: 'Added to your shared words.' }).waitFor();
      await page.locator('.shared-words').getByText(ideaText).waitFor();
      await page.getByPlaceholder('In your own words').fill('We are on the same side');
      await page.getByRole('button', { name: 'Add: In your own words' }).click();
      await page.locator('.shared-words').getByText('We are on the same side').waitFor();
      await page.getByRole('button', { name: 'Take out: We are on the same side' }).click();
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.locator('.shared-words').getByText('We are on the same side').waitFor();
    }
    await look(page, `${tag}-guide`);
    await page.getByRole('link', { name: 'Talk it through', exact: true }).click();
    await page.getByRole('heading', { name: 'Talk it through', level: 1 }).waitFor();
    // The shared words show on the first screen of every talk.
    await page.locator('.talk-shared').getByText('We are on the same side').waitFor();
    await look(page, `${tag}-start`);
    await page.getByRole('button', { name: 'Begin', exact: true }).click();
    await page.getByRole('heading', { name: 'Ready?' }).waitFor();
    if (colorScheme === 'light') {
      // 3 is not below 2: no pause is suggested.
      await page.getByRole('group', { name: /You: how settled/ }).getByRole('button', { name: '3', exact: true }).click();
      await page.getByRole('group', { name: /You: how settled/ }).getByText('(3 of 10)').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Take a pause first' }).count(), 0);
    }
    await look(page, `${tag}-ready`);
    await page.getByRole('button', { name: 'Start talking' }).click();
    await page.getByRole('timer').filter({ hasText: 'Time this turn' }).waitFor();
    await page.getByText('About 2 minutes each. Take the time you need.').waitFor();
    await turn(page, 'You', 'Your partner', { said: 'A part of me felt small.', heard: 'You felt small.', look: tag });
    await page.getByRole('button', { name: 'End the talk here' }).click();
    await page.getByRole('heading', { name: 'Next time' }).waitFor();
    await look(page, `${tag}-intentions`);
    await page.getByRole('button', { name: 'See them together' }).click();
    await page.getByRole('heading', { name: 'Thank you for talking it through' }).waitFor();
    await look(page, `${tag}-done`);
    await page.getByRole('link', { name: 'See it in History' }).click();
    await page.getByRole('heading', { name: 'Talk it through together' }).waitFor();
    await look(page, `${tag}-page`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
