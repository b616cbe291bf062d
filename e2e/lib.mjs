// Helpers for e2e specs.
import { createRequire } from 'node:module';

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
