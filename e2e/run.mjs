// End-to-end test runner: serves dist/ on 127.0.0.1 (random port) and runs every exported
// async function of every e2e/*.spec.mjs in each browser engine, one after the other:
//
//   chromium  Debian's Chromium through playwright-core          (engines/chromium.mjs)
//   firefox   Firefox ESR through puppeteer-core, WebDriver BiDi  (engines/firefox.mjs)
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver, under
//             Xvfb                                                (engines/webkit.mjs)
//
// None of them downloads a browser. Two kinds of spec:
//   - cross-engine: the module says `export const engines = 'all'`, and its tests get the
//     engine-neutral page (engines/page.mjs) in every engine:
//       export async function shows_total({ page, engine, baseUrl, artifacts, serve }) {
//         await page.goto('/');
//         await page.expectText('h1', 'Partner calculator');
//       }
//   - Chromium-only (no `engines` export): the checks only Chromium can run (axe-core reports,
//     Playwright's request events, CDP-based measurements); their tests get Playwright's page.
//
// Each test gets a fresh browser context (Chromium, Firefox) or session (WebKit). `serve()`
// starts another server over dist/ for the test (closed after it; e.g. to go offline by closing
// it); `serve({ pages: { '/host.html': html } })` also serves the test's own pages, and the
// server's `requests` lists every path the browser asked it for (see server.mjs). Uncaught page errors and dialogs fail the test; console errors and HTTP >= 400 responses
// are printed (and fail the test with E2E_FAIL_ON_CONSOLE_ERROR=1). A screenshot of the final
// state is saved as test-artifacts/<spec>--<test>.png for Chromium, and as
// test-artifacts/<engine>--<spec>--<test>.png for the other engines when a test fails.
//
// Usage: node e2e/run.mjs [filter]      (filter: a substring of "engine > spec > test")
//   env: E2E_ENGINES (default chromium,firefox,webkit), DIST (dist), CHROMIUM, FIREFOX,
//        E2E_TEST_TIMEOUT_MS (60000)
// Prints "engine: N passed, M failed" per engine, then "N passed, M failed" over all of them as
// the last line. Exit code 1 if anything failed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from './server.mjs';
import { chromiumEngine } from './engines/chromium.mjs';
import { firefoxEngine } from './engines/firefox.mjs';
import { webkitEngine } from './engines/webkit.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const distDir = path.resolve(root, process.env.DIST ?? 'dist');
const artifactsDir = path.resolve(root, 'test-artifacts');
const testTimeoutMs = Number(process.env.E2E_TEST_TIMEOUT_MS ?? 60_000);
const failOnConsoleError = process.env.E2E_FAIL_ON_CONSOLE_ERROR === '1';
const filter = process.argv[2] ?? '';
const ENGINES = { chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine };
const selected = (process.env.E2E_ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);


const safe = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '_');

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function formatError(err) {
  if (err?.code === 'ERR_ASSERTION') {
    const lines = [`${err.message}`];
    const at = (err.stack ?? '').split('\n').find((l) => l.includes('.spec.mjs'));
    if (at) lines.push(at.trim());
    return lines.join('\n');
  }
  return err?.stack ?? String(err);
}

async function main() {
  const unknown = selected.filter((e) => !ENGINES[e]);
  if (unknown.length) throw new Error(`unknown engine(s) ${unknown.join(', ')}; known: ${Object.keys(ENGINES).join(', ')}`);
  const specFiles = fs
    .readdirSync(here)
    .filter((f) => f.endsWith('.spec.mjs'))
    .sort();
  if (specFiles.length === 0) {
    console.log('no e2e/*.spec.mjs files');
    console.log('0 passed, 0 failed');
    return 0;
  }

  // Collect the tests first so a broken spec file is reported, not fatal.
  const specs = [];
  let loadFailures = 0;
  for (const file of specFiles) {
    const spec = path.basename(file, '.spec.mjs');
    try {
      const mod = await import(pathToFileURL(path.join(here, file)).href);
      const cross = mod.engines === 'all';
      const fns = Object.entries(mod).filter(([name, fn]) => typeof fn === 'function' && !name.startsWith('_'));
      specs.push({ spec, cross, fns });
    } catch (err) {
      console.log(`FAIL ${file} (could not load)\n${indent(formatError(err))}`);
      loadFailures++;
    }
  }

  fs.mkdirSync(artifactsDir, { recursive: true });
  const consoleLog = [];
  const totals = { passed: 0, failed: loadFailures };
  const perEngine = [];
  let server;
  try {
    server = await startServer(distDir);
    for (const name of selected) {
      const counts = await runEngine(ENGINES[name], specs, server.url, consoleLog);
      perEngine.push(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
      totals.passed += counts.passed;
      totals.failed += counts.failed;
    }
  } catch (err) {
    console.log(`FAIL e2e harness\n${indent(formatError(err))}`);
    totals.failed++;
  } finally {
    if (server) await server.close().catch(() => {});
    if (consoleLog.length) fs.writeFileSync(path.join(artifactsDir, 'console-errors.txt'), consoleLog.join('\n'));
  }

  if (totals.passed + totals.failed === 0) {
    console.error(`no tests found in ${specFiles.join(', ')}${filter ? ` matching "${filter}"` : ''}`);
    totals.failed = 1;
  }
  console.log(`screenshots: ${path.relative(root, artifactsDir)}/`);
  for (const line of perEngine) console.log(line);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  return totals.failed > 0 ? 1 : 0;
}

/** Run every test meant for `engine` (cross-engine ones; for Chromium, the Chromium-only too). */
async function runEngine(engine, specs, baseUrl, consoleLog) {
  const tests = [];
  for (const { spec, cross, fns } of specs) {
    if (!cross && engine.name !== 'chromium') continue;
    for (const [name, fn] of fns) {
      const id = `${engine.name} > ${spec} > ${name}`;
      if (!filter || id.includes(filter)) tests.push({ spec, name, fn, id, cross });
    }
  }
  const counts = { passed: 0, failed: 0 };
  if (tests.length === 0) return counts;
  const missing = await engine.check();
  if (missing) {
    console.log(`FAIL ${engine.name}: ${missing} (its ${tests.length} test(s) count as failed)`);
    counts.failed = tests.length;
    return counts;
  }
  let browser;
  try {
    browser = await withTimeout(engine.launch(), 90_000, `starting ${engine.name}`);
  } catch (err) {
    console.log(`FAIL ${engine.name}: could not start (its ${tests.length} test(s) count as failed)\n${indent(formatError(err))}`);
    counts.failed = tests.length;
    return counts;
  }
  console.log(`e2e ${engine.name}: ${tests.length} test(s), ${baseUrl}/ (${distDir}), ${browser.version}`);
  try {
    for (const t of tests) {
      const ok = await runTest(engine.name, browser, t, baseUrl, consoleLog);
      if (ok) counts.passed++;
      else counts.failed++;
    }
  } finally {
    await browser.close().catch(() => {});
  }
  return counts;
}

/** One test in a fresh context; prints ok/FAIL and returns whether it passed. */
async function runTest(engineName, browser, t, baseUrl, consoleLog) {
  const prefix = engineName === 'chromium' ? '' : `${engineName}--`;
  const base = `${prefix}${safe(t.spec)}--${safe(t.name)}`;
  const consoleErrors = [];
  const pageErrors = [];
  const httpErrors = [];
  const dialogs = [];
  const watch = {
    pageError: (e) => pageErrors.push(e),
    consoleError: (e) => consoleErrors.push(e),
    httpError: (e) => httpErrors.push(e),
    dialog: (m) => dialogs.push(m),
  };
  const servers = [];
  const t0 = Date.now();
  let error;
  let opened;
  try {
    opened = await withTimeout(browser.newPage(baseUrl, { width: 1280, height: 800 }, watch), 90_000, `${t.id}: new page`);
    const page = t.cross ? opened.neutral : opened.playwright;
    const artifacts = {
      dir: artifactsDir,
      consoleErrors,
      pageErrors,
      httpErrors,
      /** Save a full-page screenshot as test-artifacts/<base>--<label>.png and return its path. */
      async screenshot(label = 'shot') {
        const file = path.join(artifactsDir, `${base}--${safe(label)}.png`);
        if (t.cross) await page.screenshot(file);
        else await page.screenshot({ path: file, fullPage: true });
        return file;
      },
      /** Path for any other artifact this test wants to write. */
      path: (name) => path.join(artifactsDir, `${base}--${safe(name)}`),
    };
    /** Another server over dist/ for this test alone: { url, requests, close() }; options: { pages }. */
    const serve = async (options) => {
      const s = await startServer(distDir, options);
      servers.push(s);
      return s;
    };
    await withTimeout(t.fn({ page, engine: engineName, baseUrl, artifacts, serve }), testTimeoutMs, t.id);
  } catch (err) {
    error = err;
  }
  if (opened && (engineName === 'chromium' || error)) {
    const file = path.join(artifactsDir, `${base}.png`);
    const shot = t.cross ? opened.neutral.screenshot(file) : opened.playwright.screenshot({ path: file, fullPage: true });
    await withTimeout(shot, 15_000, 'screenshot').catch((err) => console.log(`  (screenshot failed: ${err.message})`));
  }
  if (opened) await withTimeout(opened.close(), 15_000, 'closing the page').catch(() => {});
  for (const s of servers) await s.close().catch(() => {});
  if (!error && pageErrors.length) error = new Error(`uncaught page error(s):\n${pageErrors.join('\n')}`);
  if (!error && dialogs.length) error = new Error(`dialog(s) opened: ${dialogs.join(' | ')}`);
  if (!error && failOnConsoleError && consoleErrors.length) error = new Error(`console error(s):\n${consoleErrors.join('\n')}`);

  const ms = Date.now() - t0;
  if (error) console.log(`FAIL ${t.id} (${ms} ms)\n${indent(formatError(error))}`);
  else console.log(`ok   ${t.id} (${ms} ms)`);
  for (const e of consoleErrors) console.log(`     console.error: ${e}`);
  for (const e of httpErrors) console.log(`     ${e}`);
  if (consoleErrors.length || httpErrors.length) consoleLog.push(`# ${t.id}`, ...consoleErrors, ...httpErrors, '');
  return !error;
}

function indent(s) {
  return String(s)
    .split('\n')
    .map((l) => `     ${l}`)
    .join('\n');
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
