// After the first visit the demo page works offline: the service worker serves the page and
// its files, and the widget still quotes. "Offline" is the page's server gone: the test's own
// server is closed before the reload, which every engine and driver can do.
import assert from 'node:assert/strict';
import { openWidget } from './widget.mjs';

export const engines = 'all';

export async function works_offline_after_the_first_visit({ page, serve }) {
  const site = await serve();
  await openWidget(page, `${site.url}/`);
  await page.until(
    async () => {
      await navigator.serviceWorker.ready;
      return !!navigator.serviceWorker.controller;
    },
    null,
    { timeout: 15_000, what: 'the service worker controlling the page' },
  );
  // The worker precaches on install; its cache holds the wasm before we cut the line.
  await page.until(async () => (await caches.keys()).length > 0 && (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).some((r) => r.url.endsWith('.wasm'))))).some(Boolean), null, {
    timeout: 15_000,
    what: 'the wasm in the service worker cache',
  });
  await site.close();
  assert.equal(await fetch(`${site.url}/`).then(() => 'reachable', () => 'gone'), 'gone', 'the server is really gone');
  await openWidget(page, `${site.url}/`);
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await page.expectText('[data-testid=net]', '900 000,00 ₽');
}
