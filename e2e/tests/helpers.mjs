// Shared helpers for the end-to-end tests: start Mend's preview server on a fresh data
// folder, drive headless Chromium at a phone's size, save screenshots, audit with axe.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..');
const bin = process.env.MEND_BIN ?? join(repo, 'target', 'debug', 'mend');
export const shotsDir = process.env.MEND_SHOTS ?? join(repo, 'target', 'e2e-screenshots');
mkdirSync(shotsDir, { recursive: true });

export const PHONE = { width: 390, height: 844 };
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** A free TCP port on loopback. */
async function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/** A temporary data folder, removed when `done` is called. */
export function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'mend-e2e-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** For one test file: a fresh data folder, the preview server on it, and a browser, all
 * cleaned away afterwards. Tests may replace `app.server` after killing it. */
export function useApp() {
  const app = {};
  before(async () => {
    app.data = dataDir();
    app.server = await startServer(app.data.dir);
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.kill();
    app.data?.done();
  });
  return app;
}

/** Starts the preview server on `dir` and waits for the address it prints: the one to
 * open, carrying this start's key. `log` collects everything the server writes to stderr
 * (which is also passed through); `env` adds to its environment. */
export async function startServer(dir, port, { env = {} } = {}) {
  port ??= await freePort();
  const child = spawn(bin, ['--preview'], {
    env: {
      ...process.env,
      MEND_DATA_DIR: dir,
      MEND_EXPORT_DIR: join(dir, 'exports'),
      MEND_ADDR: `127.0.0.1:${port}`,
      RUST_LOG: 'warn',
      // New data's starter parts are named in the server's language: English, as the
      // tests expect, unless a test says otherwise.
      LANGUAGE: 'en',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const server = {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    log: '',
    /** The address Mend printed, key and all. */
    address: null,
    /** The address of `path` as a visit with the key (the server drops the key). */
    entry(path = '/') {
      const key = new URL(this.address).searchParams.get('key');
      return `${this.url}${path}${path.includes('?') ? '&' : '?'}key=${key}`;
    },
    /** Kills the server the hard way, as a crash or the OS would. */
    async kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await gone;
    },
  };
  const printed = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the preview server printed no address within 30 s')), 30_000);
    child.stderr.on('data', (chunk) => {
      const text = chunk.toString();
      process.stderr.write(text);
      server.log += text;
      const found = server.log.match(/Mend is running at (http:\/\/\S+) \(/);
      if (found && !server.address) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the preview server exited with ${code}`));
    });
  });
  try {
    server.address = await printed;
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return server;
}

/** Launches headless Chromium. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A page at a phone's size, failing the test on any script error in the page. */
export async function phonePage(browser, { colorScheme = 'light', viewport = PHONE, reducedMotion = 'reduce', locale = 'en-US' } = {}) {
  // The browser asks for US English unless told otherwise, whatever the machine's own
  // language: its words and its 12-hour clock.
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion, locale });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.requests = [];
  page.on('request', (r) => page.requests.push(r.url()));
  return page;
}

/** Opens a path of the app the way its owner does, through the address with the key, and
 * waits for its heading and for its data to have loaded. */
export async function open(page, server, path = '/') {
  await page.goto(server.entry(path));
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 15_000 });
}

/** Saves a full-page screenshot as `<name>.png` in the screenshots folder. */
export async function shot(page, name) {
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(join(repo, 'e2e', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe on the page; fails on any serious or critical violation. */
export async function audit(page, label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    return await axe.run(document, { resultTypes: ['violations'] });
  });
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n   ${v.nodes.map((n) => n.target.join(' ')).join('\n   ')}`)
    .join('\n');
  assert.equal(bad.length, 0, `accessibility problems on ${label}:\n${report}`);
  return result.violations.length;
}

/** A URL that reaches beyond this machine. */
const REMOTE = /\b(?:https?|wss?):\/\/(?!127\.0\.0\.1[:/]|localhost[:/]|\[::1\])[^\s"'<>)]+/gi;

/** The page asked for nothing but this machine, carries a policy allowing nothing remote,
 * and the HTML the app rendered (its mount point, and the head's styles and metadata) names
 * no remote address. The renderer's own scripts are code, checked by the requests above. */
export async function checkLocalOnly(page, label) {
  const remote = page.requests.filter((u) => !/^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost)[:/]/.test(u) && !u.startsWith('data:'));
  assert.deepEqual(remote, [], `requests beyond this machine on ${label}`);
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
  assert.match(policy, /default-src 'none'/, `a content security policy on ${label}`);
  const html = await page.evaluate(() => {
    const head = [...document.head.children].filter((e) => e.tagName !== 'SCRIPT').map((e) => e.outerHTML);
    return head.join('') + document.getElementById('main').outerHTML;
  });
  assert.deepEqual(html.match(REMOTE) ?? [], [], `remote addresses in the HTML of ${label}`);
}

/** Every visible control (with its label, for a checkbox or radio button inside one) is at
 * least 44 px high and wide, nothing scrolls sideways, and no text is cut off. */
export async function checkLayout(page, label) {
  const problems = await page.evaluate(() => {
    const out = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) {
      // Name the innermost element that reaches past the right edge, to find it quickly.
      const past = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 1);
      const inner = past.filter((e) => !past.some((o) => o !== e && e.contains(o)));
      const names = inner.slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`).join(', ');
      out.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth}: ${names})`);
    }
    const controls = document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea');
    for (const el of controls) {
      // A checkbox or radio button is tapped through its whole label, which is its target.
      const wrapped = el.matches('input[type=checkbox], input[type=radio]') && el.closest('label');
      const r = (wrapped || el).getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered
      if (el.classList.contains('skip-link')) continue; // off screen until focused
      const inText = el.tagName === 'A' && el.closest('p') && !el.classList.contains('button');
      if (inText) continue; // links inside a sentence follow the text size (WCAG 2.5.8 exception)
      if (r.height < 44 - 0.5 || r.width < 44 - 0.5) {
        out.push(`${el.tagName.toLowerCase()} "${(el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" is ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    // No word is broken across lines when the line has room for it whole, and no control's
    // words spill out of it.
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const box = node.parentElement.closest('p, li, dd, dt, td, th, h1, h2, h3, blockquote, legend, label, button, a, span, div, figcaption');
      // A file's path breaks anywhere, by design.
      if (!box || node.parentElement.closest('.visually-hidden, svg, .path')) continue;
      const line = box.clientWidth;
      // A word may break at its own hyphen, as in print.
      for (const m of node.data.matchAll(/[^\s\-‐]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        if (tops.size > 1 && width < line - 1) {
          out.push(`the word "${m[0].slice(0, 30)}" is broken across lines in ${box.tagName.toLowerCase()}.${box.className}`);
        }
      }
    }
    for (const el of document.querySelectorAll('main button, main a.button')) {
      if (el.scrollWidth > el.clientWidth + 1) {
        out.push(`the words of ${el.tagName.toLowerCase()} "${el.innerText.trim().slice(0, 30)}" spill out of it`);
      }
    }
    // No text is cut off: nothing that holds words hides what overflows it.
    for (const el of document.querySelectorAll('main *, header *')) {
      if (el.closest('.visually-hidden, svg')) continue;
      const style = getComputedStyle(el);
      const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      if (!hides || !el.innerText?.trim()) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        out.push(`the text of ${el.tagName.toLowerCase()}.${el.className} is cut off ("${el.innerText.trim().slice(0, 40)}")`);
      }
    }
    return out;
  });
  assert.deepEqual(problems, [], `layout problems on ${label}`);
}

/** Types a new secret and the same again (a PIN, a passphrase) into the form in `scope`,
 * by its two fields' labels, and submits it with its button. */
export async function fillTwice(scope, { label, again, submit }, value, second = value) {
  await scope.getByLabel(label).fill(value);
  await scope.getByLabel(again).fill(second);
  await scope.getByRole('button', { name: submit }).click();
}

/** On the app lock's screen: two wrong PINs, a third that brings a wait, then the right
 * one (`right`) refused while the wait lasts; each says the words `said` gives. */
export async function wrongPinsThenWait(page, right, said) {
  const tryPin = async (pin, words) => {
    await page.getByLabel('PIN').fill(pin);
    await page.getByRole('button', { name: said.unlock }).click();
    await page.getByRole('alert').filter({ hasText: words }).waitFor();
  };
  await tryPin('1111', said.wrong);
  await tryPin('2222', said.wrong);
  await tryPin('3333', said.tryAgain);
  await tryPin(right, said.wait);
}

/** Runs SQL on a Mend database file with the sqlite3 shell (used to move time along). */
export function sql(dir, statement) {
  return execFileSync('sqlite3', [join(dir, 'mend.db'), statement], { encoding: 'utf8' });
}

/** The path of the page's address, without its query or fragment. */
export function pathOf(page) {
  return new URL(page.url()).pathname;
}

/** Chooses `file` with the app's button named `name`, the way a person does: the tap opens
 * the page's own file chooser, which is answered with the file. */
export async function chooseFile(page, name, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  await chooser.setFiles(file);
}

/** Runs the mend command line on a data folder; returns what it printed. */
export function mendCli(dir, args) {
  return execFileSync(bin, args, { env: { ...process.env, MEND_DATA_DIR: dir }, encoding: 'utf8' });
}
