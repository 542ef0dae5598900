// Every screen, with data in it, in light and dark: an axe audit (no serious or critical
// problems), 44 px tap targets, nothing scrolling sideways at 390 px and at 320 px, and a
// screenshot of each.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, shot, audit, checkLayout, checkLocalOnly } from './helpers.mjs';
import { fill, screenList } from './filled.mjs';

const app = useApp();

test('every screen passes the audit in light and dark, at 390 and 320 px', async () => {
  const setup = await phonePage(app.browser);
  const ids = await fill(app, setup);
  const screens = screenList(ids);
  let audited = 0;
  for (const colorScheme of ['light', 'dark']) {
    const page = await phonePage(app.browser, { colorScheme });
    for (const [name, path] of screens) {
      await open(page, app.server, path);
      await page.waitForLoadState('networkidle');
      await checkLocalOnly(page, `${name} (${colorScheme})`);
      await audit(page, `${name} (${colorScheme})`);
      await checkLayout(page, `${name} (${colorScheme})`);
      await shot(page, `screen-${name}-${colorScheme}`);
      audited += 1;
    }
    // The running pause, and the outcome step of the repair.
    await open(page, app.server, '/pause');
    await page.getByRole('button', { name: 'Start pause' }).click();
    await page.getByRole('timer').waitFor();
    await audit(page, `pause-running (${colorScheme})`);
    await checkLayout(page, `pause-running (${colorScheme})`);
    await shot(page, `screen-pause-running-${colorScheme}`);
    await open(page, app.server, '/');
    await page.locator('.pause-banner').waitFor();
    await audit(page, `now with a pause (${colorScheme})`);
    await shot(page, `screen-now-pausing-${colorScheme}`);
    await open(page, app.server, '/pause');
    await page.getByRole('button', { name: 'Cancel pause' }).click();
    await page.getByRole('heading', { name: 'Now' }).waitFor();
    audited += 2;
    // The other two views of Practise, with guidance and suggestions showing.
    await open(page, app.server, '/practise');
    await page.getByRole('button', { name: 'Practice cards' }).click();
    await page.locator('.practice-card .choice').nth(1).click();
    await page.getByRole('button', { name: 'See gentle guidance' }).click();
    await page.locator('.guidance-item').first().waitFor();
    await page.getByRole('button', { name: 'Parts language' }).click();
    await page.getByLabel('Your sentence').fill("You always do this, it's your fault.");
    await page.locator('.suggestion').first().waitFor();
    await audit(page, `practise parts language (${colorScheme})`);
    await checkLayout(page, `practise parts language (${colorScheme})`);
    await shot(page, `screen-practise-language-${colorScheme}`);
    await page.getByRole('button', { name: 'Practice cards' }).click();
    await page.locator('.practice-card .choice').nth(1).click();
    await page.getByRole('button', { name: 'See gentle guidance' }).click();
    await page.locator('.guidance-item').first().waitFor();
    await audit(page, `practise card (${colorScheme})`);
    await checkLayout(page, `practise card (${colorScheme})`);
    await shot(page, `screen-practise-card-${colorScheme}`);
    audited += 2;
    assert.deepEqual(page.errors, [], `no script errors (${colorScheme})`);
    await page.context().close();
  }
  const narrow = await phonePage(app.browser, { viewport: { width: 320, height: 640 } });
  for (const [name, path] of screens) {
    await open(narrow, app.server, path);
    await checkLayout(narrow, `${name} at 320 px`);
  }
  await shot(narrow, 'screen-not-found-320');
  await open(narrow, app.server, '/check-in');
  await shot(narrow, 'screen-checkin-320');
  console.log(`audited ${audited} screen states with axe`);
});

test('the theme can be chosen in Settings and stays chosen', async () => {
  const page = await phonePage(app.browser, { colorScheme: 'light' });
  await open(page, app.server, '/settings');
  await page.getByRole('button', { name: 'Dark', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.app').classList.contains('theme-dark'));
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.app')).backgroundColor);
  assert.equal(bg, 'rgb(28, 25, 23)');
  await open(page, app.server, '/');
  await page.waitForFunction(() => document.querySelector('.app').classList.contains('theme-dark'));
  await audit(page, 'now, dark chosen in settings');
  await open(page, app.server, '/settings');
  await page.getByRole('group', { name: 'Appearance' }).getByRole('button', { name: 'Same as my device', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.app').classList.contains('theme-system'));
});

test('the keyboard alone can check in', async () => {
  const page = await phonePage(app.browser);
  await open(page, app.server, '/');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(first, 'Skip to content');
  await page.getByRole('link', { name: 'Check in', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Check in' }).waitFor();
  // Focus moves to the new screen's content.
  await page.waitForFunction(() => document.activeElement?.id === 'content');
  await page.getByRole('button', { name: 'An inner critic', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-pressed') === 'true');
  await page.getByRole('button', { name: 'Save', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
});
