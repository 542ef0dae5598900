// The layout holds in any language: with the long pseudo-locale (en-XA: every word accented,
// 40 % longer and bracketed) every screen fits 320 px without sideways scroll, clipped words
// or small targets, and passes the axe audit; with the right-to-left one (ar-XB) the main
// screens are mirrored: the page says rtl, and text and the top bar start on the right.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phonePage, open, audit, checkLayout, shot } from './helpers.mjs';
import { fill, screenList } from './filled.mjs';

const app = useApp();

test('the long pseudo-locale fits every screen at 320 px, and passes the audit', async () => {
  const setup = await phonePage(app.browser);
  const ids = await fill(app, setup);
  await setup.context().close();
  const page = await phonePage(app.browser, { viewport: { width: 320, height: 640 }, locale: 'en-XA' });
  for (const [name, path] of screenList(ids)) {
    await open(page, app.server, path);
    const lang = await page.evaluate(() => document.querySelector('.app')?.getAttribute('lang'));
    assert.equal(lang, 'en-XA', `${name} speaks the pseudo-locale`);
    // Its words are the pseudo-locale's: bracketed and accented (a heading may be the
    // person's own words, so the frame's are read).
    const frame = await page.locator('.topbar nav').innerText();
    assert.match(frame, /\[Ĥéļþ/, `${name}'s frame speaks the pseudo-locale: ${frame}`);
    await audit(page, `${name} (en-XA, 320 px)`);
    await checkLayout(page, `${name} (en-XA, 320 px)`);
    await shot(page, `pseudo-${name}-320`);
  }
  assert.deepEqual(page.errors, [], 'no script errors');
});

test('the right-to-left pseudo-locale mirrors the main screens', async () => {
  const page = await phonePage(app.browser, { locale: 'ar-XB' });
  for (const path of ['/', '/check-in', '/pause', '/history', '/settings', '/help']) {
    await open(page, app.server, path);
    const seen = await page.evaluate(() => {
      const app = document.querySelector('.app');
      const textBox = (el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect();
      };
      const main = document.querySelector('main').getBoundingClientRect();
      const heading = textBox(document.querySelector('main h1'));
      const brand = document.querySelector('.topbar .brand').getBoundingClientRect();
      const nav = document.querySelector('.topbar nav').getBoundingClientRect();
      return {
        dir: app.getAttribute('dir'),
        htmlDir: document.documentElement.getAttribute('dir'),
        direction: getComputedStyle(app).direction,
        // How far the heading's words sit from each side of the page's column.
        fromRight: main.right - heading.right,
        fromLeft: heading.left - main.left,
        brandRightOfNav: brand.left > nav.right - 1,
      };
    });
    assert.equal(seen.dir, 'rtl', path);
    assert.equal(seen.htmlDir, 'rtl', path);
    assert.equal(seen.direction, 'rtl', path);
    assert.ok(seen.fromRight < seen.fromLeft, `${path}: the heading starts on the right (${JSON.stringify(seen)})`);
    assert.ok(seen.brandRightOfNav, `${path}: the top bar starts on the right`);
    await audit(page, `${path} (ar-XB)`);
    await checkLayout(page, `${path} (ar-XB)`);
    await shot(page, `rtl${path === '/' ? '-now' : path.replace(/\//g, '-')}`);
  }
  assert.deepEqual(page.errors, [], 'no script errors');
});
