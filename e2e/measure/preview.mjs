// Measures the browser preview (not a test): run by scripts/startup.sh, scripts/memory.sh
// and scripts/import-bench.sh.
//
//   node e2e/measure/preview.mjs startup DATA_DIR RUNS
//     Opens Now in a fresh tab RUNS times; prints the median of the page's own time to its
//     first paint, as the page reports it to the server's log (src/ui/probe.rs).
//   node e2e/measure/preview.mjs memory DATA_DIR TABS
//     Prints a Markdown table of the server's PSS and RSS (from /proc/PID/smaps_rollup):
//     started, with one tab open on Now, then after every tenth of TABS tabs opened on Now
//     and closed one after another.
//   node e2e/measure/preview.mjs import DATA_DIR FILE
//     Imports FILE through Settings, as a person does (chosen, read by the page, sent in
//     pieces), into the data in DATA_DIR; prints one line of JSON: the milliseconds from
//     choosing the file to the report on the screen; the server's resident memory in MB
//     just before and at its peak (VmRSS, VmHWM from /proc/PID/status); how much it grew
//     while the file came (sampled every 20 ms until 100 ms before the page said "Importing…"); and how
//     much its own memory grew at most (RssAnon: not counting the file's pages mapped).
//
// MEND_BIN names the build to run and CHROMIUM the browser, as for the tests.

import { readFileSync } from 'node:fs';
import { startServer, launchBrowser, phonePage } from '../tests/helpers.mjs';

const [mode, dir, count] = process.argv.slice(2);
const n = Number(count);
if (!['startup', 'memory', 'import'].includes(mode) || !dir || !(mode === 'import' ? count : n > 0)) {
  console.error('usage: preview.mjs startup|memory DATA_DIR COUNT, or preview.mjs import DATA_DIR FILE');
  process.exit(2);
}

const server = await startServer(dir, undefined, { env: { RUST_LOG: 'info', NO_COLOR: '1' } });
// The server's log goes to this script's standard error; only results go to standard out.
const browser = await launchBrowser();
const paints = () => [...server.log.matchAll(/first paint .*?in_page_ms=([0-9.]+)/g)].map((m) => Number(m[1]));

/** Opens a tab on the first screen and waits for its first paint to reach the log. */
async function openTab() {
  const before = paints().length;
  // The browser's language: MEND_LOCALE (`es`, say), or US English.
  const page = await phonePage(browser, { locale: process.env.MEND_LOCALE || 'en-US' });
  await page.goto(server.entry('/'));
  const deadline = Date.now() + 30_000;
  while (paints().length === before) {
    if (Date.now() > deadline) throw new Error('the tab never reported its first paint');
    await new Promise((r) => setTimeout(r, 20));
  }
  return { page, ms: paints().at(-1) };
}

/** The server's PSS and RSS in MB, after a moment to settle. */
async function memory() {
  await new Promise((r) => setTimeout(r, 1500));
  const rollup = readFileSync(`/proc/${server.child.pid}/smaps_rollup`, 'utf8');
  const kb = (name) => Number(rollup.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))[1]);
  return { pss: (kb('Pss') / 1024).toFixed(1), rss: (kb('Rss') / 1024).toFixed(1) };
}

/** The server's resident memory now, at its peak, and now in memory of its own (not a
 * file's pages mapped), in MB. */
function resident() {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  const kb = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))[1]);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024, anon: kb('RssAnon') / 1024 };
}

try {
  if (mode === 'import') {
    const page = await phonePage(browser);
    await page.goto(server.entry('/settings'));
    const choose = page.getByRole('button', { name: 'Choose a Mend export file', exact: true });
    await choose.waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-mend-choose]')?.disabled);
    await new Promise((r) => setTimeout(r, 1500));
    // When the page shows "Importing…" (the file has all come), by the wall clock.
    await page.evaluate(() => {
      new MutationObserver(() => {
        if (!window.importingAt && document.querySelector('p.loading')) window.importingAt = Date.now();
      }).observe(document.body, { subtree: true, childList: true });
    });
    const before = resident();
    const samples = [];
    const sampler = setInterval(() => samples.push({ at: Date.now(), ...resident() }), 20);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
    const start = performance.now();
    const startWall = Date.now();
    await chooser.setFiles(count);
    await page.locator('pre.report').waitFor({ timeout: 600_000 });
    const ms = performance.now() - start;
    clearInterval(sampler);
    const importingAt = await page.evaluate(() => window.importingAt);
    const after = resident();
    const most = (list, key) => Math.max(before[key], ...list.map((x) => x[key]));
    // The page says "Importing…" a round trip after the import has begun: the last 100 ms
    // before it are left out, so the import's own memory isn't counted as the file's.
    const arriving = samples.filter((x) => x.at < importingAt - 100);
    console.log(JSON.stringify({
      ms: Math.round(ms),
      transfer_ms: importingAt - startWall,
      before_mb: +before.now.toFixed(1),
      peak_mb: +after.peak.toFixed(1),
      arriving_growth_mb: +(most(arriving, 'now') - before.now).toFixed(1),
      anon_growth_mb: +(most(samples, 'anon') - before.anon).toFixed(1),
    }));  } else if (mode === 'startup') {
    const times = [];
    for (let i = 0; i < n; i++) {
      const { page, ms } = await openTab();
      times.push(ms);
      await page.context().close();
    }
    times.sort((a, b) => a - b);
    console.log(String(Math.round(times[Math.floor((times.length - 1) / 2)])));
  } else {
    const rows = [['started, no tab', await memory()]];
    const first = await openTab();
    rows.push(['one tab open on Now', await memory()]);
    await first.page.context().close();
    for (let i = 1; i <= n; i++) {
      const { page } = await openTab();
      await page.context().close();
      if (i % Math.max(1, Math.round(n / 10)) === 0 || i === n) {
        rows.push([`${i} tabs opened and closed`, await memory()]);
      }
    }
    console.log('| preview server | PSS | RSS |');
    console.log('| --- | --- | --- |');
    for (const [what, m] of rows) console.log(`| ${what} | ${m.pss} MB | ${m.rss} MB |`);
  }
} finally {
  await browser.close();
  await server.kill();
}
