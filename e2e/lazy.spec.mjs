// <partner-calc loading="lazy">, like <img loading=lazy>: with the usual one-script snippet, a
// page whose elements are all lazy and that calls no API function fetches no wasm until one of
// them comes within 200 px of the viewport; an eager element (no `loading`, or any other
// value), or a script calling the JS API (mount, quote, programmes, check), loads it at once.
// Attributes and properties set before the wasm arrived are handed to the widget.
//
// The host pages are this spec's own, served beside dist/ by the test's server
// (`serve({ pages })`, e2e/server.mjs), whose log of requested paths says whether the wasm was
// fetched, the same way in every engine. The window is 800 px high; the far elements sit
// below 3000 px of filler.
//
// Cross-engine: every test runs in Chromium, Firefox and WebKit.
import assert from 'node:assert/strict';
import { LOADER } from './mount.mjs';

export const engines = 'all';

const WASM = '/embed/pkg/partner_calc_bg.wasm';
/** ASoft retail, 1 × 15 000 (the price list's RRP): 10 % off. */
const NET_EN = 'RUB 13,500.00';
const REQUEST = { vendor: 'asoft', tier: 'retail', product: 'crm_licences', quantity: 1, unit_price: 15000 };

/**
 * A host page: the loader, then `body` between blocks of filler (`far` is 3000 px down), then
 * the page's own inline module `script` (it may import the loader's API).
 */
function hostPage(body, script = '') {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A host page with lazy widgets</title>
<link rel="icon" href="/favicon.svg">
<script type="module" src="${LOADER}"></script>
${script ? `<script type="module">${script}</script>` : ''}
</head>
<body style="margin: 0">
<h1>Partners</h1>
${body}
</body>
</html>`;
}

const FILLER = '<div style="height: 3000px">Filler</div>';

/** Serve `html` as /host.html on a server of its own and open it: the server. */
async function open(page, serve, html) {
  const site = await serve({ pages: { '/host.html': html } });
  await page.goto(`${site.url}/host.html`);
  // The loader has run: the element is registered (before any wasm).
  await page.until(() => !!customElements.get('partner-calc'), null, { what: '<partner-calc> registered' });
  return site;
}

/** The wasm requests the server has seen. */
const wasmRequests = (site) => site.requests.filter((p) => p.endsWith('.wasm'));

/** Wait until the server has served the wasm once (15 s), without scrolling. */
async function expectWasmFetched(page, site, why) {
  const deadline = Date.now() + 15_000;
  while (wasmRequests(site).length === 0 && Date.now() < deadline) await page.wait(50);
  assert.deepEqual(wasmRequests(site), [WASM], `${why}: the wasm is fetched once (requests: ${site.requests.join(' ')})`);
}

/** Whether `id` has a widget yet (its shadow root is made when the widget mounts). */
const mounted = (page, id) => page.evaluate((id) => document.getElementById(id).shadowRoot !== null, id);

/** Whether the loader's `ready` promise has settled (waiting for it loads nothing). */
const readiness = (page) =>
  page.evaluate(async (loader) => {
    const { ready } = await import(loader);
    return Promise.race([ready.then(() => 'ready'), new Promise((r) => setTimeout(() => r('pending'), 200))]);
  }, LOADER);

// ---- tests -----------------------------------------------------------------------------

// Two lazy elements far below the fold: nothing but the loader is fetched after load; scrolling
// to the first fetches the wasm and renders it with what the page set meanwhile (a property set
// before the element was defined, an attribute changed after), the second stays empty until it
// comes near too.
export async function lazy_element_loads_the_wasm_only_near_the_viewport({ page, serve }) {
  const site = await open(
    page,
    serve,
    hostPage(
      `${FILLER}
<partner-calc id="far" loading="lazy" vendor="asoft"></partner-calc>
<!-- A classic script runs before the module: the property is set before the element is defined. -->
<script>document.getElementById('far').prices = { crm_licences: 15000 };</script>
${FILLER}
<partner-calc id="farther" loading="lazy" vendor="directum"></partner-calc>
${FILLER}`,
    ),
  );
  await page.wait(1000); // time enough for an observer, a timer or an idle callback to fetch it
  assert.ok(site.requests.includes(LOADER), `the loader was fetched: ${site.requests.join(' ')}`);
  assert.deepEqual(wasmRequests(site), [], 'no wasm is fetched while every element is far from the viewport');
  assert.equal(await readiness(page), 'pending', '`ready` waits, and waiting for it fetches nothing');
  assert.deepEqual(wasmRequests(site), [], 'still no wasm after awaiting `ready`');
  assert.equal(await mounted(page, 'far'), false, '#far has no widget yet');
  // An attribute changed while waiting is what the widget starts with.
  await page.evaluate(() => document.getElementById('far').setAttribute('lang', 'en'));
  await page.wait(200);
  assert.deepEqual(wasmRequests(site), [], 'an attribute change fetches nothing');

  await page.evaluate(() => document.getElementById('far').scrollIntoView());
  await page.expectText('#far >>> [data-testid=net]', NET_EN, { timeout: 15_000 });
  assert.deepEqual(wasmRequests(site), [WASM], 'scrolling to it fetched the wasm once');
  assert.equal(await readiness(page), 'ready');
  assert.match(await page.text('#far >>> label[for$="-quantity"]'), /^Quantity/, 'in English, the attribute set while waiting');
  assert.equal(await mounted(page, 'farther'), false, '#farther, still far away, has no widget yet');

  await page.evaluate(() => document.getElementById('farther').scrollIntoView());
  await page.expectContains('#farther >>> [data-testid=net]', '₽', { timeout: 15_000 });
  assert.equal(await page.text('#farther >>> [data-testid=programme]'), 'Directum — Партнерская программа Directum');
  assert.deepEqual(wasmRequests(site), [WASM], 'the wasm is fetched once for every element');
}

// A lazy element already in view on load renders at once.
export async function lazy_element_in_view_loads_at_once({ page, serve }) {
  const site = await open(page, serve, hostPage(`<partner-calc id="near" loading="lazy" vendor="asoft" lang="en"></partner-calc>${FILLER}`));
  await expectWasmFetched(page, site, 'a lazy element in view');
  await page.expectContains('#near >>> [data-testid=net]', 'RUB', { timeout: 15_000 });
}

// An eager element (no `loading`, or a value other than "lazy") fetches the wasm at once and
// renders without being scrolled to; a lazy one beside it keeps waiting until its attribute is
// taken off.
export async function eager_element_loads_at_once({ page, serve }) {
  const site = await open(
    page,
    serve,
    hostPage(`${FILLER}
<partner-calc id="eager" vendor="asoft" lang="en" loading="eager"></partner-calc>
<partner-calc id="default" vendor="asoft" lang="en"></partner-calc>
<partner-calc id="lazy" vendor="asoft" lang="en" loading="lazy"></partner-calc>
${FILLER}`),
  );
  await expectWasmFetched(page, site, 'eager elements far below the fold');
  await page.expectContains('#eager >>> [data-testid=net]', 'RUB', { timeout: 15_000 });
  await page.expectContains('#default >>> [data-testid=net]', 'RUB', { timeout: 15_000 });
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'nothing scrolled');
  assert.equal(await mounted(page, 'lazy'), false, 'the lazy element waits, though the wasm is here');
  // Taking loading="lazy" off makes it eager: it renders where it is.
  await page.evaluate(() => document.getElementById('lazy').removeAttribute('loading'));
  await page.expectContains('#lazy >>> [data-testid=net]', 'RUB', { timeout: 15_000 });
  assert.deepEqual(wasmRequests(site), [WASM]);
}

// A page whose only element is lazy and far away, but whose script calls an API function,
// fetches the wasm at once: each of mount, quote, programmes and check in turn (each on a page
// of its own) waits for the wasm and answers; the lazy element still waits for the viewport.
export async function an_api_call_loads_at_once({ page, serve }) {
  const calls = {
    quote: `const q = await api.quote(${JSON.stringify(REQUEST)}, 'en'); window.__answer = q.net_total;`,
    programmes: `window.__answer = (await api.programmes()).map((p) => p.id).join(' ');`,
    check: `window.__answer = JSON.stringify(await api.check('asoft', 'en'));`,
    mount: `const el = document.createElement('div'); el.id = 'mounted'; document.body.prepend(el);
      const handle = await api.mount(el, { vendor: 'asoft', lang: 'en', prices: { crm_licences: 15000 } });
      window.__answer = typeof handle.update + ' ' + typeof handle.destroy;`,
  };
  const answers = {
    quote: '13500.00',
    programmes: 'directum stakhanovets smart-soft asoft bitrix-kz',
    check: JSON.stringify({ ok: false, errors: ['an object is expected'] }),
    mount: 'function function',
  };
  for (const [name, call] of Object.entries(calls)) {
    const script = `import * as api from '${LOADER}'; ${call}`;
    const site = await open(page, serve, hostPage(`${FILLER}<partner-calc id="far" loading="lazy" vendor="asoft"></partner-calc>${FILLER}`, script));
    await expectWasmFetched(page, site, `${name}() on a lazy page`);
    const answer = await page.until(() => window.__answer, null, { timeout: 15_000, what: `${name}() answered` });
    assert.equal(answer, answers[name], `${name}() answers once the wasm is here`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'nothing scrolled');
    assert.equal(await mounted(page, 'far'), false, `${name}(): the lazy element still waits`);
    if (name === 'mount') await page.expectText('#mounted >>> [data-testid=net]', NET_EN, { timeout: 15_000 });
  }
}

// The API's functions return promises (they wait for the wasm): errors are rejections, with the
// same errors as before.
export async function api_functions_return_promises({ page, serve }) {
  await open(page, serve, hostPage(FILLER));
  const got = await page.evaluate(async (loader) => {
    const api = await import(loader);
    const settle = (p) => p.then((v) => `resolved ${typeof v}`, (e) => `rejected ${e.name}: ${e.message}`);
    const calls = [api.quote({ vendor: 'nobody' }, 'en'), api.mount(null), api.programmes(), api.check({}, 'en')];
    return { promises: calls.map((c) => c instanceof Promise), outcomes: await Promise.all(calls.map(settle)) };
  }, LOADER);
  assert.deepEqual(got.promises, [true, true, true, true]);
  assert.equal(got.outcomes[0].split(':')[0], 'rejected Error');
  assert.deepEqual(got.outcomes.slice(1), ['rejected TypeError: partner-calc: mount() needs an element', 'resolved object', 'resolved object']);
}
