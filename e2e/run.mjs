// End-to-end test runner: serves dist/ on 127.0.0.1 (random port), drives the system
// Chromium through playwright-core (never downloads a browser) and runs every
// exported async function of every e2e/*.spec.mjs:
//
//   export async function shows_total({ page, baseUrl, artifacts }) {
//     await page.goto(baseUrl + '/');
//     assert.equal(await page.textContent('h1'), 'Partner calculator');
//     await artifacts.screenshot('after-load');          // test-artifacts/<spec>--<test>--after-load.png
//   }
//
// Each test gets a fresh browser context + page. A screenshot of the final state is saved as
// test-artifacts/<spec>--<test>.png. Uncaught page errors (e.g. a wasm panic) fail the test;
// console errors and HTTP >= 400 responses are recorded (artifacts.consoleErrors,
// artifacts.httpErrors, test-artifacts/console-errors.txt) and fail the test only with
// E2E_FAIL_ON_CONSOLE_ERROR=1 (console errors).
//
// Usage: node e2e/run.mjs [name-filter]
//   env: DIST (default dist), CHROMIUM (default /usr/bin/chromium), E2E_TEST_TIMEOUT_MS (60000)
// Last line printed: "N passed, M failed". Exit code 1 if anything failed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { CHROMIUM_ARGS, executablePath } from './perf/common.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const distDir = path.resolve(root, process.env.DIST ?? 'dist');
const artifactsDir = path.resolve(root, 'test-artifacts');
const testTimeoutMs = Number(process.env.E2E_TEST_TIMEOUT_MS ?? 60_000);
const failOnConsoleError = process.env.E2E_FAIL_ON_CONSOLE_ERROR === '1';
const filter = process.argv[2] ?? '';


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
  const specFiles = fs
    .readdirSync(here)
    .filter((f) => f.endsWith('.spec.mjs'))
    .sort();
  if (specFiles.length === 0) {
    console.log('no e2e/*.spec.mjs files');
    console.log('0 passed, 0 failed');
    return 0;
  }
  if (!fs.existsSync(executablePath)) {
    console.error(`Chromium not found at ${executablePath} (apt-get install chromium, or set CHROMIUM)`);
    console.log('0 passed, 1 failed');
    return 1;
  }

  // Collect the tests first so a broken spec file is reported, not fatal.
  const tests = [];
  let failed = 0;
  let passed = 0;
  for (const file of specFiles) {
    const spec = path.basename(file, '.spec.mjs');
    let mod;
    try {
      mod = await import(pathToFileURL(path.join(here, file)).href);
    } catch (err) {
      console.log(`FAIL ${file} (could not load)\n${indent(formatError(err))}`);
      failed++;
      continue;
    }
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== 'function' || name.startsWith('_')) continue;
      const id = `${spec} > ${name}`;
      if (filter && !id.includes(filter)) continue;
      tests.push({ spec, name, fn, id });
    }
  }
  if (tests.length === 0 && failed === 0) {
    console.error(`no tests found in ${specFiles.join(', ')}${filter ? ` matching "${filter}"` : ''}`);
    console.log('0 passed, 1 failed');
    return 1;
  }

  fs.mkdirSync(artifactsDir, { recursive: true });
  const consoleLog = [];
  let server;
  let browser;
  try {
    server = await startServer(distDir);
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    });
    console.log(`e2e: ${tests.length} test(s), ${server.url}/ (${distDir}), ${executablePath} ${browser.version()}`);

    for (const t of tests) {
      const base = `${safe(t.spec)}--${safe(t.name)}`;
      const consoleErrors = [];
      const pageErrors = [];
      const httpErrors = [];
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const where = msg.location()?.url;
        consoleErrors.push(where ? `${msg.text()} [${where}]` : msg.text());
      });
      page.on('pageerror', (err) => pageErrors.push(err.stack || String(err)));
      // Failing page requests (browser-internal ones like /favicon.ico only show as console errors).
      page.on('response', (res) => {
        if (res.status() >= 400) httpErrors.push(`HTTP ${res.status()} ${res.request().method()} ${res.url()}`);
      });
      page.on('requestfailed', (req) => httpErrors.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
      const artifacts = {
        dir: artifactsDir,
        consoleErrors,
        pageErrors,
        httpErrors,
        /** Save a screenshot as test-artifacts/<spec>--<test>--<label>.png and return its path. */
        async screenshot(label = 'shot', options = {}) {
          const file = path.join(artifactsDir, `${base}--${safe(label)}.png`);
          await page.screenshot({ path: file, fullPage: true, ...options });
          return file;
        },
        /** Path for any other artifact this test wants to write. */
        path: (name) => path.join(artifactsDir, `${base}--${safe(name)}`),
      };

      const t0 = Date.now();
      let error;
      try {
        await withTimeout(t.fn({ page, baseUrl: server.url, artifacts }), testTimeoutMs, t.id);
        if (pageErrors.length) error = new Error(`uncaught page error(s):\n${pageErrors.join('\n')}`);
        else if (failOnConsoleError && consoleErrors.length)
          error = new Error(`console error(s):\n${consoleErrors.join('\n')}`);
      } catch (err) {
        error = err;
      }
      try {
        await withTimeout(page.screenshot({ path: path.join(artifactsDir, `${base}.png`), fullPage: true }), 15_000, 'screenshot');
      } catch (err) {
        console.log(`  (screenshot failed: ${err.message})`);
      }
      await context.close().catch(() => {});

      const ms = Date.now() - t0;
      if (error) {
        failed++;
        console.log(`FAIL ${t.id} (${ms} ms)\n${indent(formatError(error))}`);
      } else {
        passed++;
        console.log(`ok   ${t.id} (${ms} ms)`);
      }
      for (const e of consoleErrors) console.log(`     console.error: ${e}`);
      for (const e of httpErrors) console.log(`     ${e}`);
      if (consoleErrors.length || httpErrors.length) consoleLog.push(`# ${t.id}`, ...consoleErrors, ...httpErrors, '');
    }
  } catch (err) {
    console.log(`FAIL e2e harness\n${indent(formatError(err))}`);
    failed++;
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.close().catch(() => {});
    if (consoleLog.length) fs.writeFileSync(path.join(artifactsDir, 'console-errors.txt'), consoleLog.join('\n'));
  }

  console.log(`screenshots: ${path.relative(root, artifactsDir)}/`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
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
