// The vendor landing page /embed.html (public/embed.html): Bootstrap plus a hostile host
// stylesheet, a strict CSP, two <partner-calc> widgets (#free: every programme; #locked:
// vendor="asoft" lang="en" compact, themed), the loader module /embed/partner-calc.js
// (mount, quote, programmes) and a host script that logs the widgets' events into
// window.quoteEvents / window.errorEvents (and CSP violations into window.cspViolations).
//
// Each widget renders into its own open shadow root, so ids repeat across widgets: controls
// are found by the end of their id ([id$="-quantity"]) inside the host element's shadow root,
// e.g. `#free >>> [id$="-quantity"]` (see engines/page.mjs).
//
// Cross-engine: every test runs in Chromium, Firefox and WebKit. The page's CSP has no
// 'unsafe-eval': nothing here makes the page evaluate text; waits are polled from Node.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWidget } from './widget.mjs';
import { LOADER, mountByHand } from './mount.mjs';
import { norm } from './engines/page.mjs';

export const engines = 'all';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EMBED = '/embed.html';
const HOSTILE_VENDOR = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_PRODUCT = '"><script>window.__pwned=2</script>';
const HOSTILE_TIER = '<img src=x onerror="window.__pwned=3">';

// ---- helpers ---------------------------------------------------------------------------

/** A control of widget `host` ('free', 'locked', …) by the end of its id: ctl('free', 'quantity'). */
const ctl = (host, name) => `#${host} >>> [id$="-${name}"]`;
/** Anything inside widget `host`'s shadow root: inside('locked', '[data-testid=net]'). */
const inside = (host, selector) => `#${host} >>> ${selector}`;

/** Open /embed.html and wait until both widgets show a quote. */
async function openEmbed(page) {
  await page.goto(EMBED);
  for (const id of ['free', 'locked']) {
    await page.until(
      (id) => document.getElementById(id)?.shadowRoot?.querySelector('[data-testid=net]')?.textContent.trim().length > 0,
      id,
      { timeout: 15_000, what: `a quote in #${id}` },
    );
  }
}

/** Type a deal into widget `host`: { vendor, tier, product, quantity, price } (each optional). */
async function setDeal(page, host, { vendor, tier, product, quantity, price }) {
  if (vendor) await page.select(ctl(host, 'vendor'), vendor);
  if (tier) await page.select(ctl(host, 'tier'), tier);
  if (product) await page.select(ctl(host, 'product'), product);
  if (quantity !== undefined) await page.fill(ctl(host, 'quantity'), String(quantity));
  if (price !== undefined) await page.fill(ctl(host, 'price'), String(price));
}

/** Stakhanovets White, 10 licences at 100 000 ₽ in #free: 10 % off, net 900 000,00 ₽. */
async function whiteDeal(page) {
  await setDeal(page, 'free', { vendor: 'stakhanovets', tier: 'white', quantity: 10, price: '100 000' });
  await page.expectText(inside('free', '[data-testid=net]'), '900 000,00 ₽');
}

/** Option values of a select. */
// eslint-disable-next-line no-undef -- deepOne is defined in the page (engines/page.mjs)
const optionValues = (page, selector) => page.evaluate((sel) => [...deepOne(sel).options].map((o) => o.value), selector);

// The computed-style comparison: elements inside the widget and the properties a host could
// leak into them (inherited ones through the shadow boundary, the rest through `*` rules).
const STYLE_TARGETS = [
  '.pc',
  '.pc-title',
  'label',
  '[id$="-quantity"]',
  '[id$="-tier"]',
  'button.pc-lang',
  '[data-testid=net]',
  '[data-testid=waterfall] td',
];
const STYLE_PROPS = [
  'font-size',
  'font-family',
  'line-height',
  'color',
  'box-sizing',
  'text-transform',
  'letter-spacing',
  'border-top-width',
  'border-top-style',
  'background-color',
  'padding-top',
  'margin-top',
];

/** { selector: { prop: value } } for the first match of each target in host's shadow root (or in host). */
function computedStyles(page, hostSelector) {
  return page.evaluate(
    ({ hostSelector, targets, props }) => {
      // <partner-calc> renders into its shadow root; the standalone page's widget in place.
      const host = document.querySelector(hostSelector);
      const shadow = host?.shadowRoot ?? host;
      if (!shadow) throw new Error(`no ${hostSelector}`);
      const out = {};
      for (const sel of targets) {
        const el = shadow.querySelector(sel);
        if (!el) {
          out[sel] = null;
          continue;
        }
        const cs = getComputedStyle(el);
        out[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
      }
      return out;
    },
    { hostSelector, targets: STYLE_TARGETS, props: STYLE_PROPS },
  );
}

// ---- native parity cases (examples/parity_cases.rs) ------------------------------------

const CASES_CACHE = path.join(root, 'target', 'parity-cases.json');
// What the example's output depends on: the engine, the programmes, the example itself.
const CASE_INPUTS = ['src', 'programmes', 'build', 'build.rs', 'Cargo.toml', 'Cargo.lock', 'examples/parity_cases.rs'];

/** A fingerprint (paths, sizes, mtimes) of CASE_INPUTS: the cache is valid while it holds. */
function inputsFingerprint() {
  const hash = crypto.createHash('sha256');
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    } else {
      hash.update(`${path.relative(root, p)}\0${st.size}\0${st.mtimeMs}\n`);
    }
  };
  for (const p of CASE_INPUTS) walk(path.join(root, p));
  return hash.digest('hex');
}

let casesPromise;
/**
 * The native engine's cases: `cargo run --quiet --example parity_cases` at the repo root,
 * cached in target/parity-cases.json with the fingerprint of its inputs.
 */
function nativeCases() {
  casesPromise ??= (async () => {
    const fingerprint = inputsFingerprint();
    try {
      const cached = JSON.parse(fs.readFileSync(CASES_CACHE, 'utf8'));
      if (cached.fingerprint === fingerprint && Array.isArray(cached.cases)) return cached.cases;
    } catch {
      /* no or unreadable cache: run the example */
    }
    const cargoBin = path.join(process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo'), 'bin');
    const stdout = await new Promise((resolve, reject) => {
      execFile(
        process.env.CARGO ?? 'cargo',
        ['run', '--quiet', '--example', 'parity_cases'],
        {
          cwd: root,
          maxBuffer: 256 * 1024 * 1024,
          env: { ...process.env, PATH: `${cargoBin}${path.delimiter}${process.env.PATH ?? ''}` },
        },
        (err, out, errOut) => (err ? reject(new Error(`cargo run --example parity_cases failed: ${err.message}\n${errOut}`)) : resolve(out)),
      );
    });
    const cases = JSON.parse(stdout);
    fs.mkdirSync(path.dirname(CASES_CACHE), { recursive: true });
    fs.writeFileSync(CASES_CACHE, JSON.stringify({ fingerprint, cases }));
    return cases;
  })();
  return casesPromise;
}

// Start the native run (it may compile) while the other tests run, when the parity test is
// selected by the runner's name filter (`node e2e/run.mjs [filter]`, matched as in run.mjs:
// against "engine > spec > test").
const PARITY = 'embed > quote_matches_the_native_engine';
if (['chromium', 'firefox', 'webkit'].some((e) => `${e} > ${PARITY}`.includes(process.argv[2] ?? ''))) nativeCases().catch(() => {});

/** JSON with every object's keys sorted (serde_json sorts them; the wasm keeps field order). */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  }
  return value;
}

/** The first path where `a` and `b` differ, with both values there; null when equal. */
function firstDifference(a, b, at = '$') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], Array.isArray(a) ? `${at}[${k}]` : `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: native ${JSON.stringify(a)?.slice(0, 200)} vs browser ${JSON.stringify(b)?.slice(0, 200)}`;
}

// ---- tests -----------------------------------------------------------------------------

// Both widgets of the vendor page render and price deals: #free offers every programme and
// prices Stakhanovets White at 10 %; #locked is ASoft only, in English, compact.
export async function both_widgets_render_and_compute({ page }) {
  await openEmbed(page);
  assert.deepEqual(
    await optionValues(page, ctl('free', 'vendor')),
    ['directum', 'stakhanovets', 'smart-soft', 'asoft', 'bitrix-kz'],
    '#free offers every programme',
  );
  await whiteDeal(page);
  await page.expectText(inside('free', '[data-testid=margin]'), '100 000,00 ₽ · 10%');

  assert.equal(await page.count(ctl('locked', 'vendor')), 0, '#locked offers ASoft only: no vendor select');
  assert.equal(await page.text(inside('locked', '[data-testid=programme]')), 'ASoft — ASoft Partners Community');
  assert.match(await page.text(inside('locked', 'label[for$="-quantity"]')), /^Quantity/, '#locked is in English');
  assert.equal(await page.text(inside('locked', 'button.pc-lang[aria-pressed=true]')), 'EN');
  assert.match((await page.attr(inside('locked', '.pc'), 'class')) ?? '', /\bpc-compact\b/, '#locked is compact');
  assert.doesNotMatch((await page.attr(inside('free', '.pc'), 'class')) ?? '', /\bpc-compact\b/, '#free is not');
  await setDeal(page, 'locked', { tier: 'retail', product: 'crm_licences', quantity: 10, price: '100,000' });
  await page.expectText(inside('locked', '[data-testid=net]'), 'RUB 900,000.00');
  // The two widgets are independent: #free still shows its own deal.
  assert.equal(await page.text(inside('free', '[data-testid=net]')), '900 000,00 ₽');
  // The theme reaches the widget through its custom property (and only #locked has it).
  const accent = await page.evaluate(() => ['free', 'locked'].map((id) => getComputedStyle(document.getElementById(id)).getPropertyValue('--pc-accent').trim()));
  assert.deepEqual(accent, ['#0b57d0', '#6f2dbd'], '--pc-accent on the hosts: the default, and the host page\'s theme');
  const accented = await page.evaluate(() =>
    ['free', 'locked'].map((id) =>
      [...document.getElementById(id).shadowRoot.querySelectorAll('*')].filter((el) => {
        const cs = getComputedStyle(el);
        return [cs.color, cs.backgroundColor, cs.borderTopColor, cs.borderLeftColor].includes('rgb(111, 45, 189)');
      }).length,
    ),
  );
  assert.ok(accented[0] === 0 && accented[1] > 0, `elements in #6f2dbd (#free, #locked): ${accented}`);
}

// The embedded widget has the compare view too (it was left out of the
// bundle before the widget's logic moved to view-models): #free compares
// every programme for its deal, #locked (ASoft only) its own tiers.
export async function embedded_widgets_compare_programmes({ page }) {
  await openEmbed(page);
  await whiteDeal(page);
  await page.click(inside('free', 'button[data-testid=view-compare]'));
  await page.waitVisible(inside('free', '[data-testid=compare]'));
  const cells = (host, row) => page.texts(inside(host, `[data-testid=compare] tr[data-row="${row}"] td`));
  assert.deepEqual((await cells('free', 'stakhanovets/silver')).slice(2), ['700 000,00 ₽', '30%', '300 000,00 ₽']);
  assert.equal(await page.count(inside('free', '[data-testid=compare] tbody tr')), 4 + 5 + 3 + 3 + 2, 'every tier of the five programmes');
  assert.ok((await page.count(inside('free', '[data-testid=chart] li'))) > 0, 'the margin chart is drawn');
  await page.click(inside('free', 'button[data-testid=sort-net]'));
  await page.until(
    () => document.getElementById('free').shadowRoot.querySelector('[data-testid=compare] tbody tr')?.dataset.row === 'directum/general',
    undefined,
    { what: 'Directum General first by partner price' },
  );

  await setDeal(page, 'locked', { tier: 'retail', product: 'crm_licences', quantity: 10, price: '100,000' });
  await page.click(inside('locked', 'button[data-testid=view-compare]'));
  await page.waitVisible(inside('locked', '[data-testid=compare]'));
  const rows = await page.evaluate(() =>
    [...document.getElementById('locked').shadowRoot.querySelectorAll('[data-testid=compare] tbody tr')].map((r) => r.dataset.row),
  );
  assert.ok(rows.length > 1 && rows.every((r) => r.startsWith('asoft/')), `#locked compares ASoft's tiers only: ${rows}`);
  assert.deepEqual((await cells('locked', 'asoft/retail')).slice(2), ['RUB 900,000.00', '10%', 'RUB 100,000.00']);
}

// A widget locked to one programme: no vendor picker with a single option, the "not an offer"
// disclaimer as on the page, a compare view titled with its programme, and a huge price kept
// inside the panel (its figures wrap in their cells).
export async function a_locked_widget_says_what_it_is_and_keeps_its_figures_inside({ page }) {
  await openEmbed(page);
  assert.equal(await page.count(ctl('locked', 'vendor')), 0, 'no vendor select with one programme');
  assert.equal(await page.count(ctl('free', 'vendor')), 1);
  await page.waitVisible(inside('locked', '.pc-disclaimer'));
  await page.expectText(inside('locked', '.pc-disclaimer'), 'This estimate is not an offer; the vendor confirms the final terms.');
  await page.click(inside('locked', 'button[data-testid=view-compare]'));
  await page.expectText(inside('locked', '.pc-extra h3'), 'ASoft: every tier for this deal');
  await page.click(inside('locked', 'button[data-testid=view-quote]'));
  await page.fill(ctl('locked', 'price'), '999999999999999999');
  await page.expectContains(inside('locked', '[data-testid=net]'), '899,999,999,999,999,999.10');
  const outside = await page.evaluate(() => {
    const root = document.getElementById('locked').shadowRoot;
    const panel = root.querySelector('.pc-result').getBoundingClientRect();
    return [...root.querySelectorAll('.pc-result td, .pc-result th, .pc-result dd')]
      .filter((el) => el.getBoundingClientRect().right > panel.right + 0.5)
      .map((el) => el.textContent);
  });
  assert.deepEqual(outside, [], 'every figure inside the result panel');
}

// The host's price list (set on #locked by the page's script before the element was defined)
// fills the price field, in the widget's language, and prices the deal; mount() takes one too.
export async function host_prices_fill_the_price({ page }) {
  await openEmbed(page);
  assert.equal(await page.value(ctl('locked', 'product')), 'crm_licences');
  assert.equal(norm(await page.value(ctl('locked', 'price'))), '15,000');
  // ASoft retail: 10 % off the RRP.
  await page.expectText(inside('locked', '[data-testid=net]'), 'RUB 13,500.00');
  await mountByHand(page, 'priced', { vendor: 'directum', prices: { licences: '12345.67', training: 900 } });
  await page.expectText('#priced >>> [data-testid=net]', '8 641,97 ₽');
  assert.equal(norm(await page.value('#priced >>> [id$="-price"]')), '12 345,67');
  await page.select('#priced >>> [id$="-product"]', 'training');
  await page.until(() => document.getElementById('priced').shadowRoot.querySelector('[id$="-price"]').value === '900', null, { what: 'the training price' });
  // A new price list from update() applies at once.
  await page.evaluate(() => window.__mounted.priced.handle.update({ prices: { training: '1000' } }));
  await page.until(() => document.getElementById('priced').shadowRoot.querySelector('[id$="-price"]').value.replace(/\u00a0/g, ' ') === '1 000', null, { what: 'the updated price' });
  // Between two products with the same fields, the field shows the new product's price too.
  // Directum, every tier: cloud first delivery and HR Pro both 35 % off (000_9a9e1f877df62488.txt,
  // "Скидки на систему в облаке / решения по подписке: при первой поставке лицензий 35%").
  await mountByHand(page, 'same-fields', { vendor: 'directum', product: 'cloud_first', prices: { cloud_first: 100, hr_pro: 900 } });
  await page.expectText('#same-fields >>> [data-testid=net]', '65,00 ₽');
  await page.select('#same-fields >>> [id$="-product"]', 'hr_pro');
  await page.until(() => document.getElementById('same-fields').shadowRoot.querySelector('[id$="-price"]').value === '900', null, { what: 'the HR Pro price in its field' });
  await page.expectText('#same-fields >>> [data-testid=net]', '585,00 ₽');
}

// The host's stylesheets (Bootstrap and `* { font-size: 30px !important … }`, uppercase Georgia
// body, dashed yellow inputs…) do not reach inside the widget: its elements compute the same
// styles as on the standalone page.
export async function host_styles_do_not_reach_the_widget({ page }) {
  await page.viewport(1280, 900);
  await openWidget(page);
  const standalone = await computedStyles(page, '[data-partner-calc]');
  await openEmbed(page);
  const embedded = await computedStyles(page, '#free');
  // The host stylesheet really is hostile outside the widget (so the comparison means something).
  const hostBody = await page.evaluate(() => getComputedStyle(document.body).fontSize);
  assert.equal(hostBody, '30px', 'the host rule `* { font-size: 30px !important }` applies to the host page');

  const diffs = [];
  for (const sel of STYLE_TARGETS) {
    assert.ok(standalone[sel], `no ${sel} in the standalone widget`);
    assert.ok(embedded[sel], `no ${sel} in #free`);
    for (const p of STYLE_PROPS) {
      if (standalone[sel][p] !== embedded[sel][p]) diffs.push(`${sel} ${p}: ${JSON.stringify(embedded[sel][p])} (standalone ${JSON.stringify(standalone[sel][p])})`);
    }
  }
  const props = [...new Set(diffs.map((d) => d.split(': ')[0].split(' ').at(-1)))];
  assert.ok(diffs.length === 0, `host styles leak into the widget (${props.join(', ')}):\n  ${diffs.join('\n  ')}`);
}

// Under the page's strict CSP (no inline styles or scripts, no eval) the widgets load, render,
// react, mount and destroy without a single violation.
export async function no_csp_violations({ page, artifacts }) {
  await openEmbed(page);
  const csp = await page.attr('meta[http-equiv=Content-Security-Policy]', 'content');
  assert.equal(csp, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'", 'the page carries the strict policy');

  await whiteDeal(page);
  await page.click(inside('free', 'button.pc-lang[data-testid=lang-en]'));
  await page.expectText(inside('free', '[data-testid=net]'), 'RUB 900,000.00');
  await setDeal(page, 'free', { vendor: 'asoft', tier: 'competency' });
  await page.check(inside('free', '[id$="-step-plan"]'));
  await page.fill(ctl('free', 'quantity'), 'abc');
  await page.waitVisible(inside('free', '[id$="-quantity-error"]'));
  await page.evaluate(() => {
    const el = document.getElementById('locked');
    el.setAttribute('lang', 'ru');
    el.removeAttribute('compact');
  });
  await page.expectContains(inside('locked', 'label[for$="-quantity"]'), 'Количество');
  await mountByHand(page, 'csp-check', { vendor: 'directum', compact: true });
  await page.until(() => window.__mounted['csp-check'].element.shadowRoot?.querySelector('[data-testid=net]')?.textContent.trim().length > 0);
  await page.evaluate(() => window.__mounted['csp-check'].handle.destroy());
  await page.wait(300); // violation reports are queued as tasks

  // The host page's first script listens for `securitypolicyviolation` before the widget's
  // module runs; the browser's console (where the driver reports it) says the same.
  const host = await page.evaluate(() => window.cspViolations);
  assert.ok(Array.isArray(host), "the host page's listener was installed");
  const consoleCsp = artifacts.consoleErrors.filter((m) => /Content[- ]Security[- ]Policy|CSP/i.test(m));
  assert.deepEqual({ host, console: consoleCsp }, { host: [], console: [] }, 'CSP violations');
}

// Changing the element's attributes updates the widget: language, tier, vendor, compact.
export async function attribute_changes_update_the_widget({ page }) {
  await openEmbed(page);
  const setAttr = (name, value) =>
    page.evaluate(([n, v]) => (v === null ? document.getElementById('locked').removeAttribute(n) : document.getElementById('locked').setAttribute(n, v)), [name, value]);
  await setDeal(page, 'locked', { tier: 'retail', product: 'crm_licences', quantity: 10, price: 100000 });
  await page.expectText(inside('locked', '[data-testid=net]'), 'RUB 900,000.00');

  await setAttr('lang', 'ru');
  await page.expectText(inside('locked', 'label[for$="-tier"]'), 'Статус партнера');
  assert.match(await page.text(inside('locked', 'label[for$="-quantity"]')), /^Количество/);
  await page.expectText(inside('locked', '[data-testid=net]'), '900 000,00 ₽');
  assert.equal(await page.text(inside('locked', 'button.pc-lang[aria-pressed=true]')), 'RU');

  await setAttr('tier', 'competency');
  await page.until(() => document.getElementById('locked').shadowRoot.querySelector('[id$="-tier"]').value === 'competency', null, { what: 'tier competency' });
  await page.expectText(inside('locked', '[data-testid=net]'), '800 000,00 ₽');
  await page.expectText(inside('locked', '[data-testid=margin]'), '200 000,00 ₽ · 20%');

  await setAttr('tier', null); // competency is ASoft's: drop it before moving to Directum
  await setAttr('vendor', 'directum');
  await page.expectText(inside('locked', '[data-testid=programme]'), 'Directum — Партнерская программа Directum');
  assert.equal(await page.count(ctl('locked', 'vendor')), 0, 'locked to Directum now: no vendor select');
  assert.equal(await page.value(ctl('locked', 'tier')), 'authorized', "Directum's first tier");
  assert.deepEqual(
    await optionValues(page, ctl('locked', 'tier')),
    ['authorized', 'qualified', 'certified', 'general'],
    "Directum's tiers",
  );
  assert.ok(!(await page.visible(inside('locked', '.pc-notice'))), `no notice: ${await page.text(inside('locked', '.pc-notice')).catch(() => '')}`);

  assert.match((await page.attr(inside('locked', '.pc'), 'class')) ?? '', /\bpc-compact\b/);
  await setAttr('compact', null);
  await page.until(() => !document.getElementById('locked').shadowRoot.querySelector('.pc').classList.contains('pc-compact'), null, { what: '.pc without pc-compact' });
  await setAttr('compact', '');
  await page.until(() => document.getElementById('locked').shadowRoot.querySelector('.pc').classList.contains('pc-compact'), null, { what: '.pc-compact again' });
}

// The host hears every quote: `partner-calc:quote` bubbles out of the shadow root with the
// engine's quote as detail (exact decimal strings), targeted at the widget's element; the
// detail is what quote() gives for the same request.
export async function host_receives_quote_events({ page }) {
  await openEmbed(page);
  await whiteDeal(page);
  const last = await page.until(() => window.quoteEvents.filter((e) => e.widget === 'free').at(-1)?.quote?.net_total === '900000.00' && window.quoteEvents.filter((e) => e.widget === 'free').at(-1),
    null,
    { what: 'a #free quote event with net_total 900000.00' },
  );
  const q = last.quote;
  assert.equal(last.widget, 'free', 'the event targets the widget element');
  assert.deepEqual(
    [q.vendor, q.tier, q.quantity, q.unit_price, q.list_total, q.net_total, q.margin, q.effective_discount_percent, q.currency],
    ['stakhanovets', 'white', '10', '100000', '1000000.00', '900000.00', '100000.00', '10', 'rub'],
  );
  // The event is what the JS API computes for the same request.
  const api = await page.evaluate(
    async ({ loader, q }) => {
      const { quote } = await import(loader);
      return JSON.parse(JSON.stringify(await quote({ vendor: q.vendor, tier: q.tier, product: q.product, situation: q.situation, quantity: '10', unit_price: '100000' })));
    },
    { loader: LOADER, q },
  );
  assert.deepEqual(q, api, 'event detail equals quote() for the same deal');

  // Events from #locked are told apart by their target.
  await setDeal(page, 'locked', { tier: 'competency', product: 'crm_licences', quantity: 3, price: '1000' });
  const locked = await page.until(() => window.quoteEvents.filter((e) => e.widget === 'locked').at(-1)?.quote?.net_total === '2400.00' && window.quoteEvents.filter((e) => e.widget === 'locked').at(-1),
    null,
    { what: 'a #locked quote event with net_total 2400.00' },
  );
  assert.equal(locked.quote.vendor, 'asoft');
  // Only quotes of #free carry 'free', and the last one is still the white deal.
  const freeLast = await page.evaluate(() => window.quoteEvents.filter((e) => e.widget === 'free').at(-1).quote.net_total);
  assert.equal(freeLast, '900000.00');
  // Nothing bubbles without an id: every event was targeted at one of the two elements.
  const widgets = await page.evaluate(() => [...new Set(window.quoteEvents.map((e) => e.widget))].sort());
  assert.deepEqual(widgets, ['free', 'locked']);
}

// destroy() leaves nothing behind (no nodes, no adopted stylesheet, no more events), and
// removing a <partner-calc> from the document empties its shadow root; moving one does not.
export async function destroy_and_removal_leave_nothing({ page }) {
  await openEmbed(page);
  await mountByHand(page, 'manual', { vendor: 'asoft' });
  await page.expectContains('#manual >>> [data-testid=net]', '₽');
  assert.equal(await page.text('#manual >>> [data-testid=programme]'), 'ASoft — ASoft Partners Community');
  await page.fill('#manual >>> [id$="-quantity"]', '4');
  await page.until(() => window.__mounted.manual.quotes.at(-1)?.quantity === '4', null, { what: 'a quote event from #manual' });

  const after = await page.evaluate(async () => {
    const m = window.__mounted.manual;
    const root = m.element.shadowRoot;
    const before = { nodes: root.childNodes.length, sheets: root.adoptedStyleSheets.length };
    m.handle.destroy();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const destroyed = { nodes: root.childNodes.length, sheets: root.adoptedStyleSheets.length };
    const events = m.quotes.length;
    m.handle.update({ lang: 'en' });
    await new Promise((r) => setTimeout(r, 200));
    return { before, destroyed, newEvents: m.quotes.length - events, nodesAfterUpdate: root.childNodes.length };
  });
  assert.ok(after.before.nodes > 0 && after.before.sheets > 0, `mounted: ${JSON.stringify(after.before)}`);
  assert.deepEqual(after.destroyed, { nodes: 0, sheets: 0 }, 'destroy empties the shadow root and drops the stylesheet');
  assert.equal(after.newEvents, 0, 'update() after destroy() dispatches no event');
  assert.equal(after.nodesAfterUpdate, 0, 'update() after destroy() renders nothing');

  // A move (remove + insert in one task) keeps the widget alive and working.
  await page.evaluate(() => document.body.append(document.getElementById('free')));
  await page.wait(100);
  await whiteDeal(page);

  // A removal empties the element's shadow root.
  const removed = await page.evaluate(async () => {
    const el = document.getElementById('locked');
    const before = el.shadowRoot.childNodes.length;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    return { before, after: el.shadowRoot.childNodes.length, sheets: el.shadowRoot.adoptedStyleSheets.length };
  });
  assert.ok(removed.before > 0, 'it had content');
  assert.deepEqual({ after: removed.after, sheets: removed.sheets }, { after: 0, sheets: 0 }, 'removing <partner-calc> empties its shadow root');
}

// Host data is text, never markup: hostile option values come back in the notice literally,
// create no element, run no script, and are reported by partner-calc:error.
export async function hostile_options_stay_text({ page }) {
  await openEmbed(page);
  await mountByHand(page, 'hostile', { vendor: HOSTILE_VENDOR, prices: { [HOSTILE_PRODUCT]: 5 } });
  await page.evaluate((tier) => document.getElementById('locked').setAttribute('tier', tier), HOSTILE_TIER);

  await page.expectContains('#hostile >>> .pc-notice', [HOSTILE_VENDOR, HOSTILE_PRODUCT]);
  await page.expectContains('#locked >>> .pc-notice', HOSTILE_TIER);
  assert.ok(await page.visible('#hostile >>> .pc-notice'), 'the notice is shown');
  assert.ok(await page.visible('#locked >>> .pc-notice'), 'the notice is shown');
  // The widgets still work with the defaults for what they could not apply.
  await page.expectContains('#hostile >>> [data-testid=net]', '₽');
  await page.wait(200);

  const markup = await page.evaluate(() =>
    ['hostile', 'locked', 'free'].map((id) => {
      const root = document.getElementById(id).shadowRoot;
      return `${id}: ${root.querySelectorAll('img, script').length}`;
    }),
  );
  assert.deepEqual(markup, ['hostile: 0', 'locked: 0', 'free: 0'], 'no img/script elements in the shadow roots');
  assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'no script ran (and a dialog would fail the test)');

  const hostileErrors = await page.evaluate(() => window.__mounted.hostile.errors);
  assert.ok(hostileErrors.length > 0, 'partner-calc:error for the mounted widget');
  const all = hostileErrors.map((e) => `${e.message} ${e.errors?.join(' ')}`).join('\n');
  assert.ok(all.includes(HOSTILE_VENDOR) && all.includes(HOSTILE_PRODUCT), `error event names the bad options: ${all}`);
  const lockedErrors = await page.evaluate(() => window.errorEvents.filter((e) => e.widget === 'locked'));
  assert.ok(
    lockedErrors.some((e) => e.detail.message.includes(`«${'<img src=x onerror="window.__pwned=3">'}»`) || e.detail.message.includes('<img src=x onerror="window.__pwned=3">')),
    `the host's error log has #locked's bad tier: ${JSON.stringify(lockedErrors)}`,
  );
  assert.ok(lockedErrors.every((e) => Array.isArray(e.detail.errors) && typeof e.detail.message === 'string'), 'detail is { message, errors }');

  // mount() on something that is not an element that can hold a shadow root rejects with an
  // Error saying so; nothing breaks.
  const thrown = await page.evaluate(async (loader) => {
    const api = await import(loader);
    const attempt = async (target) => {
      try {
        await api.mount(target, {});
        return 'no error';
      } catch (e) {
        return `${e instanceof Error ? e.name : typeof e}: ${e?.message}`;
      }
    };
    return [await attempt(null), await attempt('#free'), await attempt(document.createElement('input'))];
  }, LOADER);
  assert.equal(thrown[0], 'TypeError: partner-calc: mount() needs an element');
  assert.equal(thrown[1], 'TypeError: partner-calc: mount() needs an element');
  assert.equal(thrown[2], 'NotSupportedError: partner-calc: mount() cannot open a shadow root on <input>; use a <div> or a custom element');
  await whiteDeal(page);
}

// quote() in the browser equals the native engine (examples/parity_cases.rs) on every case:
// the same quote, decimal for decimal, or a rejection with an Error with the same message;
// single requests and 120 random deals of 1 to 8 lines (each line and every total compared,
// a refusal naming the same line).
export async function quote_matches_the_native_engine({ page }) {
  const cases = await nativeCases();
  assert.ok(cases.length > 300, `native cases: ${cases.length}`);
  const deals = cases.filter((c) => c.request.lines);
  assert.ok(deals.length >= 100 && deals.some((c) => c.quote?.lines.length > 4), `random deals: ${deals.length}`);
  await openEmbed(page);
  // The same requests again with the amounts as JS numbers where a number holds them exactly
  // (the API takes "7" or 7, "123456.78" or 123456.78): the answers must not change.
  const asNumbers = (r) => {
    const num = (v) => (typeof v === 'string' && String(Number(v)) === v ? Number(v) : v);
    const line = (l) => {
      const choices = Object.fromEntries(Object.entries(l.choices ?? {}).map(([k, v]) => [k, 'percent' in v ? { percent: num(v.percent) } : v]));
      return { ...l, quantity: num(l.quantity), unit_price: num(l.unit_price), choices };
    };
    // A deal (random deals, examples/parity_cases.rs): each line's amounts as numbers.
    if (r.lines) return { ...r, lines: r.lines.map(line), sales_last_12_months: num(r.sales_last_12_months) };
    return { ...line(r), sales_last_12_months: num(r.sales_last_12_months) };
  };
  const numeric = cases.filter((c) => JSON.stringify(asNumbers(c.request)) !== JSON.stringify(c.request));
  const runs = [
    ...cases.map((c) => ({ c, request: c.request, how: 'strings' })),
    ...numeric.map((c) => ({ c, request: asNumbers(c.request), how: 'numbers' })),
  ];
  const results = await page.evaluate(
    async ({ loader, requests }) => {
      const { quote } = await import(loader);
      const out = [];
      for (const r of requests) {
        try {
          out.push({ quote: JSON.parse(JSON.stringify(await quote(r))) });
        } catch (e) {
          out.push({ error: e instanceof Error ? e.message : `not an Error: ${String(e)}`, isError: e instanceof Error });
        }
      }
      return out;
    },
    { loader: LOADER, requests: runs.map((r) => r.request) },
  );
  assert.equal(results.length, runs.length);
  const mismatches = [];
  let quotes = 0;
  let errors = 0;
  runs.forEach(({ c, request, how }, i) => {
    const got = results[i];
    const req = `${JSON.stringify(request)} (${how})`;
    if ('error' in c) {
      errors++;
      if (!got.isError || got.error !== c.error) mismatches.push(`${req}\n    native error ${JSON.stringify(c.error)}, browser ${JSON.stringify(got)}`.slice(0, 700));
    } else {
      quotes++;
      if (!('quote' in got)) mismatches.push(`${req}\n    native quote, browser threw ${JSON.stringify(got.error)}`);
      else {
        const a = JSON.stringify(canonical(c.quote));
        const b = JSON.stringify(canonical(got.quote));
        if (a !== b) mismatches.push(`${req}\n    ${firstDifference(canonical(c.quote), canonical(got.quote))}`);
      }
    }
  });
  console.log(
    `     parity: ${cases.length} native cases, ${runs.length} browser calls compared ` +
      `(${cases.length} with string amounts + ${numeric.length} with number amounts; ${quotes} quotes, ${errors} errors), ` +
      `${mismatches.length} mismatch(es)`,
  );
  assert.deepEqual(mismatches.slice(0, 8), [], `${mismatches.length} of ${runs.length} comparisons differ (first 8 shown)`);
}

// A host presets a typical bundle on the element (its `lines` property): the widget shows the
// lines, and `partner-calc:quote` carries the deal quote, the same as quote() gives for it.
// ASoft Competency (003): 10 licences at 15 000 (−20 %: 120 000) and the updates at 20 % of
// their delivery (30 000, the reward range at its minimum, 0 %): 150 000.
export async function preset_lines_give_a_deal_event({ page }) {
  await openEmbed(page);
  await page.evaluate(() => {
    const el = document.getElementById('locked');
    el.setAttribute('tier', 'competency');
    el.lines = [{ product: 'crm_licences', quantity: 10, unit_price: '15000' }, { product: 'updates', share_of: 0 }];
  });
  const last = await page.until(
    () => window.quoteEvents.filter((e) => e.widget === 'locked').at(-1)?.quote?.lines?.length === 2 && window.quoteEvents.filter((e) => e.widget === 'locked').at(-1),
    null,
    { what: 'a #locked deal event of two lines' },
  );
  const q = last.quote;
  assert.deepEqual([q.vendor, q.tier, q.list_total, q.net_total, q.lines[1].product, q.lines[1].list_total], ['asoft', 'competency', '180000.00', '150000.00', 'updates', '30000.00']);
  assert.equal(await page.count('#locked >>> [data-testid=line]'), 2);
  const api = await page.evaluate(
    async ({ loader }) => {
      const { quote } = await import(loader);
      const lines = [{ product: 'crm_licences', situation: 'standard', quantity: 10, unit_price: '15000' }, { product: 'updates', situation: 'standard', quantity: 1, share_of: 0 }];
      return JSON.parse(JSON.stringify(await quote({ vendor: 'asoft', tier: 'competency', lines })));
    },
    { loader: LOADER },
  );
  assert.deepEqual(q, api, 'the event is what quote() gives for the same deal');
  const refused = await page.evaluate(async ({ loader }) => {
    const { quote } = await import(loader);
    try {
      await quote({ vendor: 'asoft', tier: 'competency', lines: [{ product: 'crm_licences', quantity: 1, unit_price: 1 }, { product: 'crm_licences', quantity: 0, unit_price: 1 }] }, 'en');
      return 'no error';
    } catch (e) {
      return `${e instanceof Error} ${e.message}`;
    }
  }, { loader: LOADER });
  assert.equal(refused, 'true Line 2: The quantity must be a whole number of at least 1');
}
