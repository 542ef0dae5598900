// Text size and motion (Settings → "Text size", "Reduce motion"): the largest text on every
// screen at 320 px in light and dark, and the pause's ring and breathing guide holding still
// with less motion, whether the device asks for it or the person does.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, audit, checkLayout } from './helpers.mjs';
import { fill, screenList } from './filled.mjs';

const app = useApp();

/** The size of the page's root text, in px. */
async function rootSize(page) {
  return page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
}

test('each text size grows every screen, and the largest fits 320 px in light and dark', async () => {
  const setup = await phonePage(app.browser);
  const ids = await fill(app, setup);
  await open(setup, app.server, '/settings');
  const standard = await rootSize(setup);
  const sizes = [];
  for (const name of ['Large', 'Larger', 'Largest']) {
    await setup.getByRole('group', { name: 'Text size' }).getByRole('button', { name, exact: true }).click();
    await setup.waitForFunction((n) => document.querySelector('.app').classList.contains(`text-${n.toLowerCase()}`), name);
    sizes.push(await rootSize(setup));
  }
  assert.deepEqual(sizes, [standard * 1.125, standard * 1.25, standard * 1.5]);
  await shot(setup, 'settings-text-largest');
  // The ring and its count grow with the text.
  await open(setup, app.server, '/pause');
  await setup.getByRole('button', { name: 'Start pause' }).click();
  const ring = await setup.getByRole('timer').boundingBox();
  assert.equal(Math.round(ring.width), Math.round(11 * standard * 1.5));
  await setup.getByRole('button', { name: 'Cancel pause' }).click();
  await setup.getByRole('heading', { name: 'Now' }).waitFor();

  let checked = 0;
  for (const colorScheme of ['light', 'dark']) {
    const page = await phonePage(app.browser, { colorScheme, viewport: { width: 320, height: 640 } });
    for (const [name, path] of screenList(ids)) {
      await open(page, app.server, path);
      await page.waitForFunction(() => document.querySelector('.app')?.classList.contains('text-largest'));
      await page.waitForLoadState('networkidle');
      await audit(page, `${name}, largest text (${colorScheme})`);
      await checkLayout(page, `${name}, largest text at 320 px (${colorScheme})`);
      if (['now', 'checkin', 'history', 'insights', 'settings'].includes(name)) {
        await shot(page, `text-largest-${name}-${colorScheme}`);
      }
      checked += 1;
    }
    await open(page, app.server, '/pause');
    await page.getByRole('button', { name: 'Start pause' }).click();
    await page.getByRole('timer').waitFor();
    await checkLayout(page, `pause running, largest text at 320 px (${colorScheme})`);
    await shot(page, `text-largest-pause-running-${colorScheme}`);
    await page.getByRole('button', { name: 'Cancel pause' }).click();
    await page.getByRole('heading', { name: 'Now' }).waitFor();
    assert.deepEqual(page.errors, [], `no script errors (${colorScheme})`);
    await page.context().close();
  }
  console.log(`checked ${checked} screens at the largest text`);

  // Back to the standard size, for the tests after this one.
  await open(setup, app.server, '/settings');
  await setup.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'Standard', exact: true }).click();
  await setup.waitForFunction(() => document.querySelector('.app').classList.contains('text-standard'));
  assert.equal(await rootSize(setup), standard);
});

/** Whether the breathing guide is holding still, with its count showing. */
async function breathing(page) {
  await page.getByRole('timer').waitFor();
  return page.evaluate(() => {
    const circle = getComputedStyle(document.querySelector('.breath-circle'));
    const count = getComputedStyle(document.querySelector('.breath-count'));
    const ring = getComputedStyle(document.querySelector('.ring-left'));
    return {
      still: circle.transform === 'none' && circle.transitionDuration === '0s',
      count: count.display !== 'none',
      ringStill: ring.transitionDuration === '0s',
    };
  });
}

test('reduce motion stops the pacer, by the device or by hand', async () => {
  // A device that doesn't ask for less motion: the circle breathes, with no count.
  const moving = await phonePage(app.browser, { reducedMotion: 'no-preference' });
  await open(moving, app.server, '/pause');
  await moving.getByRole('button', { name: 'Start pause' }).click();
  assert.deepEqual(await breathing(moving), { still: false, count: false, ringStill: false });

  // The device asks for less motion: the circle holds still and counts.
  const device = await phonePage(app.browser, { reducedMotion: 'reduce' });
  await open(device, app.server, '/pause');
  assert.deepEqual(await breathing(device), { still: true, count: true, ringStill: true });
  await shot(device, 'pause-reduced-motion');

  // The person turns it on by hand, on a device that doesn't ask.
  await open(moving, app.server, '/settings');
  await moving.getByRole('group', { name: 'Reduce motion' }).getByRole('button', { name: 'Always', exact: true }).click();
  await moving.waitForFunction(() => document.querySelector('.app').classList.contains('motion-reduced'));
  await open(moving, app.server, '/pause');
  assert.deepEqual(await breathing(moving), { still: true, count: true, ringStill: true });

  // And back to the device's own setting.
  await open(moving, app.server, '/settings');
  await moving.getByRole('group', { name: 'Reduce motion' }).getByRole('button', { name: 'Same as my device', exact: true }).click();
  await moving.waitForFunction(() => !document.querySelector('.app').classList.contains('motion-reduced'));
  await open(moving, app.server, '/pause');
  assert.deepEqual(await breathing(moving), { still: false, count: false, ringStill: false });
  await moving.getByRole('button', { name: 'Cancel pause' }).click();
  await moving.getByRole('heading', { name: 'Now' }).waitFor();
});
