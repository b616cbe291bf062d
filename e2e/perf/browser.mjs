// Checks (b) and (c) of scripts/perf.sh, in headless Chromium (playwright-core, system Chromium):
//
// b. Time from navigation to the first quote on screen, as a ratio to the time a static page of
//    the same total byte size takes from the same server in the same run. The static page is
//    made here: a copy of dist/ in a temp dir plus perf-static.html, one HTML file padded (inside
//    a comment, before its only paragraph) to the summed size of the page bundle (common.mjs
//    `bundles`: what the standalone page downloads, not the embed package). Both pages
//    are timed the same way, by a script injected before any page script: performance.now()
//    (0 = navigation start) when a MutationObserver first sees non-empty text in
//    [data-testid=net] ("dom"), and after the next animation frame has run ("on screen": rAF,
//    then a message-channel task so that the frame that shows the text has been produced).
//    Each run is a fresh browser context (cold HTTP cache, no service worker); the two pages
//    alternate; one untimed warm-up each. Budget: median ratio <= PERF_LOAD_RATIO_MAX.
//
// c. Input-to-DOM latency: inside the page, performance.now() just before dispatching an `input`
//    event on #pc0-quantity (values alternate 10 / 11) until [data-testid=net] shows the text that
//    value gives (checked synchronously after the dispatch, then by a MutationObserver on the
//    widget: a microtask after each DOM change). Between keystrokes the page gets a frame and a
//    task, as with real typing. The first keystrokes after load are slower (the browser is still
//    busy with post-load work on 2 cores), so --warmup (50) keystrokes are timed and reported
//    apart ("cold"), then --keys are timed for the budget: p95 < PERF_P95_MS (4 ms).
//
//   node e2e/perf/browser.mjs --dist dist --loads 10 --keys 200 [--warmup 50] [--only load|input]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';
import { args, bundles, envNumber, summaryRow, median, percentile, fmt, root, executablePath, CHROMIUM_ARGS } from './common.mjs';

const opts = args();
const dist = path.resolve(root, opts.dist ?? 'dist');
const loads = Number(opts.loads ?? 10);
const keys = Number(opts.keys ?? 200);
const warmup = Number(opts.warmup ?? 50);
const ratioMax = envNumber('PERF_LOAD_RATIO_MAX', 6);
const p95Max = envNumber('PERF_P95_MS', 4);
const only = opts.only; // 'load' | 'input' | undefined (both)

// Injected into every document before its own scripts.
const FIRST_QUOTE_PROBE = `(() => {
  const w = window;
  w.__perf = { dom: null, frame: null };
  const seen = () => {
    if (w.__perf.dom !== null) return;
    const el = document.querySelector('[data-testid=net]');
    if (!el || el.textContent.trim() === '') return;
    w.__perf.dom = performance.now();
    mo.disconnect();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { w.__perf.frame = performance.now(); };
      ch.port2.postMessage(0);
    });
  };
  const mo = new MutationObserver(seen);
  mo.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

function staticPage(bytes) {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static page of the same size</title></head><body><!--';
  const tail = '--><p data-testid="net">static page loaded</p></body></html>\n';
  const n = bytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
  if (n < 0) throw new Error(`dist/ is too small (${bytes} B) for the static page`);
  // Deterministic, poorly compressible filler (the server does not compress, but be fair anyway).
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 +/';
  let x = 0x9e3779b9;
  let pad = '';
  const chunk = [];
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    chunk.push(alphabet[x & 63]);
    if (chunk.length === 4096) { pad += chunk.join(''); chunk.length = 0; }
  }
  pad += chunk.join('');
  const html = head + pad + tail;
  if (Buffer.byteLength(html) !== bytes) throw new Error('static page size mismatch');
  return html;
}

async function timeLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: FIRST_QUOTE_PROBE });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
    await page.waitForFunction(() => window.__perf && window.__perf.frame !== null, null, { timeout: 30_000 });
    const r = await page.evaluate(() => window.__perf);
    if (errors.length) throw new Error(`page error on ${url}: ${errors.join('; ')}`);
    return r;
  } finally {
    await context.close().catch(() => {});
  }
}

async function loadRatio(browser, baseUrl) {
  const app = [];
  const stat = [];
  await timeLoad(browser, `${baseUrl}/`); // warm-up (process start, server, disk cache of the OS)
  await timeLoad(browser, `${baseUrl}/perf-static.html`);
  for (let i = 0; i < loads; i++) {
    app.push(await timeLoad(browser, `${baseUrl}/`));
    stat.push(await timeLoad(browser, `${baseUrl}/perf-static.html`));
  }
  const appFrame = median(app.map((r) => r.frame));
  const appDom = median(app.map((r) => r.dom));
  const statFrame = median(stat.map((r) => r.frame));
  const statDom = median(stat.map((r) => r.dom));
  const ratio = appFrame / statFrame;
  console.log(`runs: ${loads} each, alternating; times in ms since navigation start`);
  console.log(`  widget, first quote on screen: median ${fmt(appFrame, 1)} (in DOM ${fmt(appDom, 1)}); runs ${app.map((r) => fmt(r.frame, 1)).join(' ')}`);
  console.log(`  static page, same size:         median ${fmt(statFrame, 1)} (in DOM ${fmt(statDom, 1)}); runs ${stat.map((r) => fmt(r.frame, 1)).join(' ')}`);
  console.log(`  ratio (medians, on screen): ${fmt(ratio, 2)}  (in DOM: ${fmt(appDom / statDom, 2)})`);
  summaryRow(
    'b. first quote on screen / static page',
    `${fmt(ratio, 2)}x (${fmt(appFrame, 1)} ms vs ${fmt(statFrame, 1)} ms, median of ${loads})`,
    `<= ${ratioMax}x`,
    Number.isFinite(ratio) && ratio <= ratioMax ? 'PASS' : 'FAIL',
  );
  return ratio <= ratioMax;
}

/** A deal of 20 Stakhanovets licence lines (quantities 1–20 at 10 000 – 29 000 ₽), as a link. */
const DEAL_20 = `?vendor=stakhanovets&tier=silver&${Array.from({ length: 20 }, (_, i) => `ln=licences~registered_first~${i + 1}~${10000 + i * 1000}~`).join('&')}`;

async function inputLatency(browser, baseUrl, { path = '/', field = '#pc0-quantity', label = '#pc0-quantity', budgeted = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load', timeout: 30_000 });
    // The app has taken over from the prerendered first screen (it removes the mark).
    await page.waitForFunction(
      () => !document.querySelector('[data-partner-calc][data-prerendered]') && document.querySelector('[data-testid=net]')?.textContent.trim().length > 0,
      null,
      { timeout: 30_000 },
    );
    const r = await page.evaluate(async ({ n, warm, field }) => {
      const input = document.querySelector(field);
      const widget = document.querySelector('[data-partner-calc]');
      if (!input || !widget) throw new Error(`no ${field} / [data-partner-calc]`);
      const net = () => document.querySelector('[data-testid=net]')?.textContent ?? '';
      const nextFrame = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      const values = ['10', '11'];
      const expected = {};
      // Learn the text each value gives, untimed.
      for (let i = 0; i < 4; i++) {
        const v = values[i % 2];
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await nextFrame();
        expected[v] = net();
      }
      if (!expected['10'] || expected['10'] === expected['11']) {
        throw new Error(`quantity 10 and 11 give the same net text ${JSON.stringify(expected)}`);
      }
      // Timer resolution (performance.now() is coarsened when not cross-origin isolated).
      let resolution = Infinity;
      for (let i = 0; i < 20; i++) {
        const a = performance.now();
        let b = a;
        while (b === a) b = performance.now();
        resolution = Math.min(resolution, b - a);
      }
      const one = (value) =>
        new Promise((resolve, reject) => {
          const want = expected[value];
          let t0 = 0;
          let done = false;
          const finish = (t1) => {
            done = true;
            mo.disconnect();
            clearTimeout(timer);
            resolve(t1 - t0);
          };
          const mo = new MutationObserver(() => {
            if (!done && net() === want) finish(performance.now());
          });
          mo.observe(widget, { subtree: true, childList: true, characterData: true, attributes: true });
          const timer = setTimeout(() => {
            if (done) return;
            done = true;
            mo.disconnect();
            reject(new Error(`no update to ${JSON.stringify(want)} within 2 s (have ${JSON.stringify(net())})`));
          }, 2000);
          input.value = value;
          t0 = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          if (!done && net() === want) finish(performance.now()); // updated synchronously
        });
      const cold = [];
      for (let i = 0; i < warm; i++) {
        cold.push(await one(values[i % 2]));
        await nextFrame();
      }
      const samples = [];
      for (let i = 0; i < n; i++) {
        samples.push(await one(values[i % 2]));
        await nextFrame();
      }
      return { cold, samples, resolution, crossOriginIsolated: self.crossOriginIsolated, expected };
    }, { n: keys, warm: warmup, field });
    if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
    const med = median(r.samples);
    const p95 = percentile(r.samples, 95);
    const max = Math.max(...r.samples);
    console.log(`keystrokes: ${r.samples.length} on ${label} (10/11 -> ${JSON.stringify(r.expected['10'])} / ${JSON.stringify(r.expected['11'])})`);
    console.log(`  timer resolution ${fmt(r.resolution, 3)} ms (crossOriginIsolated=${r.crossOriginIsolated})`);
    if (r.cold.length) {
      console.log(`  cold, first ${r.cold.length} keystrokes after load (not budgeted): median ${fmt(median(r.cold), 3)} ms, p95 ${fmt(percentile(r.cold, 95), 3)} ms, max ${fmt(Math.max(...r.cold), 3)} ms`);
    }
    console.log(`  next ${r.samples.length} keystrokes: median ${fmt(med, 3)} ms, p95 ${fmt(p95, 3)} ms, max ${fmt(max, 3)} ms`);
    summaryRow(
      `c. input -> DOM latency (${label})`,
      `median ${fmt(med, 2)} ms, p95 ${fmt(p95, 2)} ms (${r.samples.length} keys after ${r.cold.length} warm-up: p95 ${fmt(percentile(r.cold, 95), 1)})`,
      budgeted ? `p95 < ${p95Max} ms` : `reported (p95 < ${p95Max} ms aimed)`,
      p95 < p95Max ? 'PASS' : budgeted ? 'FAIL' : 'WARN',
    );
    return p95 < p95Max || !budgeted;
  } finally {
    await context.close().catch(() => {});
  }
}

async function main() {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`no ${dist}/index.html`);
  // Serve a temp copy of dist/ plus the static comparison page from one server.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-perf-'));
  let server;
  let browser;
  let ok = true;
  try {
    fs.cpSync(dist, tmp, { recursive: true });
    const bytes = bundles(dist).page.reduce((s, f) => s + fs.statSync(path.join(dist, f)).size, 0);
    fs.writeFileSync(path.join(tmp, 'perf-static.html'), staticPage(bytes));
    server = await startServer(tmp);
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    console.log(`chromium ${browser.version()}, ${server.url}/, static page ${bytes} B (= the page bundle of ${dist}/)`);
    if (only !== 'input') {
      console.log('\n--- b. navigation -> first quote on screen, vs a static page of the same size');
      try {
        ok = (await loadRatio(browser, server.url)) && ok;
      } catch (err) {
        summaryRow('b. first quote on screen / static page', `error: ${err.message.split('\n')[0]}`, `<= ${ratioMax}x`, 'FAIL');
        ok = false;
      }
    }
    if (only !== 'load') {
      // One line, the tenth line of a 20-line deal (the whole deal re-priced on each key), and
      // the same deal sold at a customer discount with a target margin (the sale, the goal seek
      // and the lines' customer columns too): reported, not budgeted — its p95 measured 2.5–3.7
      // ms in passing runs and 4.5 ms once with the machine busy (BENCHMARKS.md, issue 24).
      const sold = { path: `/${DEAL_20}&sell=d:10&goal=p:20`, field: '#pc0-quantity-10', label: '#pc0-quantity-10 of a 20-line deal at a customer price', budgeted: false };
      for (const run of [{}, { path: `/${DEAL_20}`, field: '#pc0-quantity-10', label: '#pc0-quantity-10 of a 20-line deal' }, sold]) {
        const label = run.label ?? '#pc0-quantity';
        console.log(`\n--- c. input -> DOM latency (${label})`);
        try {
          ok = (await inputLatency(browser, server.url, run)) && ok;
        } catch (err) {
          summaryRow(`c. input -> DOM latency (${label})`, `error: ${err.message.split('\n')[0]}`, `p95 < ${p95Max} ms`, 'FAIL');
          ok = false;
        }
      }
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.close().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err?.stack ?? String(err));
    process.exit(1);
  },
);
