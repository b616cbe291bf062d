// Helpers for the Chromium-only specs (Playwright's page). Cross-engine specs use
// engines/page.mjs and widget.mjs instead.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { norm } from './engines/page.mjs';

const require = createRequire(import.meta.url);

/**
 * Run axe-core (from node_modules, no network) on the current page and return the
 * violations, optionally limited to some rule tags, e.g. ['wcag2a', 'wcag2aa'].
 *   const violations = await axe(page);
 *   assert.deepEqual(violations.map(v => v.id), []);
 */
export async function axe(page, { tags = ['wcag2a', 'wcag2aa'], include } = {}) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(
    async ({ tags, include }) =>
      // eslint-disable-next-line no-undef
      window.axe.run(include ?? document, tags?.length ? { runOnly: { type: 'tag', values: tags } } : {}),
    { tags, include },
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** Wait until the wasm module has been fetched and the page has settled. */
export async function gotoApp(page, baseUrl, pathname = '/') {
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'), { timeout: 30_000 });
  const response = await page.goto(baseUrl + pathname, { waitUntil: 'load' });
  const wasmResponse = await wasm;
  await page.waitForLoadState('networkidle');
  return { response, wasmResponse };
}

// ---- Widget helpers (partner-calc DOM contract: [data-partner-calc], ids pc0-*) ----


/** Open the app and wait until it has taken over the prerendered widget and shows a quote. */
export async function openWidget(page, baseUrl) {
  await gotoApp(page, baseUrl);
  await page.waitForSelector('[data-partner-calc]:not([data-prerendered]) [data-testid=net]');
  await page.waitForFunction(() => document.querySelector('[data-testid=net]')?.textContent.trim().length > 0);
}

/** Normalised textContent of the first match ('' when missing). */
async function text(page, selector) {
  return norm(await page.locator(selector).first().textContent({ timeout: 5_000 })).trim();
}

/**
 * Poll (through Playwright's selector engine, which pierces shadow roots) until the first match
 * of `selector` has a normalised, trimmed text for which `ok(text)` holds, or `timeout` passes.
 * Polled from Node: no `new Function` in the page, which a strict CSP refuses.
 */
async function settle(page, selector, ok, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const t = await page
      .locator(selector)
      .first()
      .textContent({ timeout: 200 })
      .then((x) => norm(x).trim(), () => null);
    if (t !== null && ok(t)) return;
    if (Date.now() >= deadline) return; // the caller's assertion reports the actual value
    await page.waitForTimeout(25);
  }
}

/** Wait (up to `timeout`) for an element's normalised text to equal `expected`, then assert it. */
export async function expectText(page, selector, expected, { timeout = 5_000 } = {}) {
  const want = norm(expected);
  await settle(page, selector, (t) => t === want, timeout);
  assert.equal(await text(page, selector), want, `text of ${selector}`);
}
