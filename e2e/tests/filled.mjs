// An app filled through its own screens, and the list of every screen to visit in it, for the
// tests that walk every screen (the audit at every size, and the largest text).

import { open, sql } from './helpers.mjs';

/** Fills the app through its own screens: a rupture, a linked check-in, a repair walked to
 * its last step, and a finished pause. Returns the ids to visit. */
export async function fill(app, page) {
  await open(page, app.server, '/rupture/new');
  await page.getByLabel('What happened?').fill('We talked past each other at dinner');
  await page.getByPlaceholder('Add someone by name').fill('Alex');
  await page.getByRole('button', { name: 'Add someone by name' }).click();
  await page.getByRole('button', { name: 'Alex', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'We talked past each other at dinner' }).waitFor();

  await open(page, app.server, '/check-in');
  await page.getByRole('button', { name: 'A part that wants to leave', exact: true }).click();
  await page.getByRole('button', { name: /^We talked past/ }).click();
  await page.getByLabel('A note, if you like').fill('Wanted to leave the table');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();

  await open(page, app.server, '/pause');
  await page.getByRole('button', { name: '5 min' }).click();
  await page.getByRole('button', { name: 'Start pause' }).click();
  await page.getByRole('button', { name: "I'm back" }).click();
  await page.getByRole('heading', { name: 'Ready to come back?' }).waitFor();

  const ids = {
    rupture: sql(app.data.dir, 'SELECT id FROM ruptures LIMIT 1;').trim(),
    checkin: sql(app.data.dir, 'SELECT id FROM checkins LIMIT 1;').trim(),
    pause: sql(app.data.dir, 'SELECT id FROM pauses LIMIT 1;').trim(),
  };
  await open(page, app.server, `/repair/${ids.rupture}`);
  await page.getByRole('heading', { name: 'Notice your parts' }).waitFor();
  ids.repair = sql(app.data.dir, 'SELECT id FROM repairs LIMIT 1;').trim();

  await open(page, app.server, '/reflect');
  await page.getByLabel('Your answer').fill('The worried part was loud today.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved. Thank you').waitFor();
  await open(page, app.server, '/practise');
  await page.getByRole('button', { name: 'Practice cards' }).click();
  await page.locator('.practice-card .choice').first().click();
  await page.getByRole('button', { name: 'See gentle guidance' }).click();
  await page.getByRole('button', { name: 'Keep this and try another' }).click();
  await page.getByText('1 card kept in this practice.').waitFor();
  ids.reflection = sql(app.data.dir, 'SELECT id FROM reflections LIMIT 1;').trim();
  ids.practice = sql(app.data.dir, 'SELECT id FROM practice_sessions LIMIT 1;').trim();
  ids.part = sql(app.data.dir, 'SELECT part_id FROM checkins LIMIT 1;').trim();
  return ids;
}

/** Every screen, by a name for its screenshot and its address, for the ids `fill` gave. */
export function screenList(ids) {
  return [
    ['now', '/'],
    ['checkin', '/check-in'],
    ['checkin-saved', `/check-in/${ids.checkin}/saved`],
    ['checkin-edit', `/check-in/${ids.checkin}/edit`],
    ['pause-setup', '/pause'],
    ['come-back', '/pause/back'],
    ['rupture-new', '/rupture/new'],
    ['rupture-edit', `/rupture/${ids.rupture}/edit`],
    ['repair-start', '/repair'],
    ['repair-new', '/repair/new'],
    ['repair-step', `/repair/${ids.rupture}`],
    ['repair-edit', `/repairs/${ids.repair}/edit`],
    ['history', '/history'],
    ['detail-checkin', `/history/checkin/${ids.checkin}`],
    ['detail-pause', `/history/pause/${ids.pause}`],
    ['detail-rupture', `/history/rupture/${ids.rupture}`],
    ['detail-repair', `/history/repair/${ids.repair}`],
    ['parts', '/parts'],
    ['part', `/parts/${ids.part}`],
    ['reflect', '/reflect'],
    ['practise', '/practise'],
    ['together', '/practise/together'],
    ['help', '/help'],
    ['insights', '/insights'],
    ['detail-reflection', `/history/reflection/${ids.reflection}`],
    ['detail-practice', `/history/practice/${ids.practice}`],
    ['settings', '/settings'],
    ['not-found', '/no/such/page'],
  ];
}
