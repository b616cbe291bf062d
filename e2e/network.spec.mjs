// Network discipline: from load through a full session of use, the page (and its service
// worker) requests nothing but the files of dist/ from the origin that served the page.
// Every request is recorded (page.on('request') and, for the service worker's own fetches,
// context.on('request'); also the page's CDP Network.requestWillBeSent events, because
// Playwright does not report data: URLs); the test fails on any request to another origin, to a path that is
// not a file in dist/ ('/' stands for index.html), with a query string (but the page's own
// state link, `/?lang=…`), on any WebSocket, and on
// any data:/blob: request other than the favicon's `data:,`.
// The print button is not clicked (it opens the print dialog).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWidget, expectText } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.resolve(root, process.env.DIST ?? 'dist');

/** '/'-prefixed paths of every file under dist/. */
function distPaths() {
  const out = new Set();
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.add('/' + path.relative(distDir, p).split(path.sep).join('/'));
    }
  };
  walk(distDir);
  return out;
}

/** Record every request of the page and its context (service worker) from now on. */
async function recordRequests(page) {
  const seen = new Set();
  const requests = [];
  const sockets = [];
  const add = (req) => {
    if (seen.has(req)) return;
    seen.add(req);
    requests.push({ url: req.url(), type: req.resourceType(), fromWorker: !!req.serviceWorker() });
  };
  page.on('request', add);
  page.context().on('request', add);
  page.on('websocket', (ws) => sockets.push(ws.url()));
  // Second recorder, at the protocol level: it also sees data: (and blob:) requests.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!/^https?:/.test(e.request.url)) requests.push({ url: e.request.url, type: `cdp ${e.type ?? ''}`.trim(), fromWorker: false });
  });
  return { requests, sockets };
}

/** Why a request is not allowed, or null if it is. */
function violation(url, origin, allowed) {
  if (url === 'data:,') return null; // <link rel="icon" href="data:,">
  let u;
  try {
    u = new URL(url);
  } catch {
    return 'unparsable URL';
  }
  if (u.protocol === 'data:' || u.protocol === 'blob:') return `${u.protocol} request`;
  if (u.origin !== origin) return `other origin (${u.origin}, page is ${origin})`;
  const p = decodeURIComponent(u.pathname);
  // The page itself may carry the widget's state (a deep link); nothing else has a query.
  if (u.search && !(p === '/' && /^\?lang=/.test(u.search))) return 'query string';
  if (p === '/' || allowed.has(p)) return null;
  return `not a file in ${distDir}/`;
}

/** Select every option of a <select> in turn (skipping disabled ones), ending on `end` if given. */
async function cycleSelect(page, selector, end) {
  const sel = page.locator(selector);
  if ((await sel.count()) === 0 || !(await sel.first().isVisible())) return;
  const values = await sel.first().evaluate((s) => [...s.options].filter((o) => !o.disabled).map((o) => o.value));
  for (const v of values) await sel.first().selectOption(v);
  if (end !== undefined && values.includes(end)) await sel.first().selectOption(end);
}

/** Every other control of the widget: the vendor's choice selects and checkboxes. */
async function exerciseChoices(page) {
  const known = new Set(['pc0-vendor', 'pc0-tier', 'pc0-product', 'pc0-situation']);
  const selects = await page.$$eval('[data-partner-calc] select', (els) => els.map((e) => e.id).filter(Boolean));
  for (const id of selects) if (!known.has(id)) await cycleSelect(page, `#${id}`);
  const boxes = page.locator('[data-partner-calc] input[type=checkbox]:visible, [data-partner-calc] input[type=radio]:visible');
  const n = await boxes.count();
  for (let i = 0; i < n; i++) {
    const box = boxes.nth(i);
    if (await box.isVisible()) await box.click().catch(() => {}); // redraws may move things: best effort
  }
}

export async function requests_only_dist_files_from_the_page_origin({ page, baseUrl, artifacts }) {
  const allowed = distPaths();
  assert.ok(allowed.has('/index.html'), `no index.html in ${distDir}`);
  const { requests, sockets } = await recordRequests(page);

  // Load.
  await openWidget(page, baseUrl);
  const origin = new URL(page.url()).origin;

  // A full session: every vendor, tier, product, situation and choice; typing; errors; language.
  const vendors = await page.$$eval('#pc0-vendor option', (os) => os.map((o) => o.value));
  assert.ok(vendors.length >= 2, `vendors: ${vendors}`);
  for (const vendor of vendors) {
    await page.selectOption('#pc0-vendor', vendor);
    await cycleSelect(page, '#pc0-tier');
    await cycleSelect(page, '#pc0-product');
    await cycleSelect(page, '#pc0-situation');
    await exerciseChoices(page);
    await page.fill('#pc0-quantity', '');
    await page.type('#pc0-quantity', '12');
    await page.fill('#pc0-price', '');
    await page.type('#pc0-price', '99999,5');
    await page.fill('#pc0-sales', '');
    await page.type('#pc0-sales', '1500000');
  }
  await page.selectOption('#pc0-vendor', 'stakhanovets');
  await page.selectOption('#pc0-tier', 'white');
  await page.fill('#pc0-quantity', 'abc');
  await page.waitForSelector('#pc0-quantity-error', { state: 'visible' });
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await page.fill('#pc0-sales', '');
  await expectText(page, '[data-testid=net]', '900 000,00 ₽');
  await page.locator('button.pc-lang', { hasText: 'EN' }).click();
  await expectText(page, '[data-testid=net]', 'RUB 900,000.00');
  await page.locator('button.pc-lang', { hasText: 'RU' }).click();
  await expectText(page, '[data-testid=net]', '900 000,00 ₽');

  // Let the service worker (if any) finish installing, then come back: the second visit.
  await page.evaluate(async () => {
    if (!('serviceWorker' in navigator) || !navigator.serviceWorker.getRegistration) return;
    const reg = await navigator.serviceWorker.getRegistration();
    if (reg) await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 5000))]);
  });
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('[data-testid=net]')?.textContent.trim().length > 0);
  await page.fill('#pc0-quantity', '3');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300); // anything late (timers, idle callbacks)

  fs.writeFileSync(
    artifacts.path('requests.txt'),
    requests.map((r) => `${r.type}${r.fromWorker ? ' (service worker)' : ''} ${r.url}`).join('\n') + '\n',
  );

  // The recorder saw the app's own files (so an empty list cannot pass by accident).
  const paths = requests.filter((r) => r.url.startsWith(origin)).map((r) => new URL(r.url).pathname);
  assert.ok(paths.some((p) => p.endsWith('.wasm')), `no .wasm request recorded: ${paths.join(' ')}`);
  assert.ok(paths.some((p) => p.endsWith('.js')), `no .js request recorded: ${paths.join(' ')}`);

  const bad = requests
    .map((r) => ({ ...r, why: violation(r.url, origin, allowed) }))
    .filter((r) => r.why !== null)
    .map((r) => `${r.url.slice(0, 200)} [${r.type}${r.fromWorker ? ', service worker' : ''}]: ${r.why}`);
  for (const s of sockets) bad.push(`${s}: WebSocket`);
  assert.deepEqual([...new Set(bad)], [], `requests outside dist/ on ${origin} (${requests.length} recorded)`);
}

// The same discipline on the vendor page with two embedded widgets: loading the package, using
// both widgets, switching languages, an attribute change, and mount()/quote()/programmes()/
// check() from the page's own script request nothing but files of dist/ (the page, its CSS and
// script, Bootstrap, the favicon, and dist/embed/).
export async function the_embed_page_requests_only_its_files({ page, baseUrl, artifacts }) {
  const allowed = distPaths();
  const { requests, sockets } = await recordRequests(page);
  await page.goto(`${baseUrl}/embed.html`, { waitUntil: 'load' });
  const origin = new URL(page.url()).origin;
  const net = (id) => page.locator(`#${id} [data-testid=net]`).first();
  await net('free').waitFor();
  await net('locked').waitFor();

  const vendors = await page.$$eval('#free [id$="-vendor"] option', (os) => os.map((o) => o.value));
  assert.equal(vendors.length, 5, `#free vendors: ${vendors}`);
  for (const vendor of vendors) {
    await page.selectOption('#free [id$="-vendor"]', vendor);
    await cycleSelect(page, '#free [id$="-tier"]');
    await cycleSelect(page, '#free [id$="-product"]');
    await page.fill('#free [id$="-quantity"]', '12');
    await page.fill('#free [id$="-price"]', '99999,5');
  }
  await page.locator('#free button.pc-lang', { hasText: 'EN' }).click();
  await page.locator('#free [data-testid=view-whatif]').click();
  await page.fill('#locked [id$="-quantity"]', '3');
  await page.evaluate(() => document.getElementById('locked').setAttribute('lang', 'ru'));
  await page.evaluate(async () => {
    const api = await import('/embed/partner-calc.js');
    const el = document.createElement('div');
    document.body.append(el);
    const handle = await api.mount(el, { vendor: 'bitrix-kz' });
    await api.quote({ vendor: 'asoft', tier: 'retail', product: 'crm_licences', quantity: 1, unit_price: 100 });
    await api.programmes();
    await api.check({});
    handle.destroy();
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);

  fs.writeFileSync(artifacts.path('requests.txt'), requests.map((r) => `${r.type} ${r.url}`).join('\n') + '\n');
  const paths = requests.filter((r) => r.url.startsWith(origin)).map((r) => new URL(r.url).pathname);
  for (const file of ['/embed/partner-calc.js', '/embed/pkg/partner_calc_bg.wasm', '/bootstrap.min.css', '/embed-host.js']) {
    assert.ok(paths.includes(file), `${file} was requested: ${paths.join(' ')}`);
  }
  const bad = requests
    .map((r) => ({ ...r, why: violation(r.url, origin, allowed) }))
    .filter((r) => r.why !== null)
    .map((r) => `${r.url.slice(0, 200)} [${r.type}]: ${r.why}`);
  for (const s of sockets) bad.push(`${s}: WebSocket`);
  assert.deepEqual([...new Set(bad)], [], `requests outside dist/ on ${origin} (${requests.length} recorded)`);
}
