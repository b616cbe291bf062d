// The vendor's own figures and call to action on /embed.html (public/embed.html): a host page
// supplies programmes to mount() (an edited copy of a bundled one and a new one), checks them
// with check(), and puts a call to action under the result whose partner-calc:cta event it can
// cancel. The programme objects are what `cargo run --example programme -- export ID` prints
// (the published format), edited here as a vendor would.
//
// Cross-engine: every test runs in Chromium, Firefox and WebKit.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { norm } from './engines/page.mjs';
import { LOADER, mountByHand as mount } from './mount.mjs';

export const engines = 'all';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOSTILE = '<img src=x onerror="window.__pwned=4">';

const exports = new Map();
/** A bundled programme in the published format, from the native example (compiled once). */
function exported(id) {
  if (!exports.has(id)) {
    const cargoBin = path.join(process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo'), 'bin');
    exports.set(
      id,
      new Promise((resolve, reject) => {
        execFile(
          process.env.CARGO ?? 'cargo',
          ['run', '--quiet', '--example', 'programme', '--', 'export', id],
          { cwd: root, env: { ...process.env, PATH: `${cargoBin}${path.delimiter}${process.env.PATH ?? ''}` } },
          (err, out, errOut) => (err ? reject(new Error(`export ${id} failed: ${err.message}\n${errOut}`)) : resolve(out)),
        );
      }),
    );
  }
  return exports.get(id).then((json) => JSON.parse(json));
}

/** Directum with the base discount of its first tier (Authorized) at 33 % instead of 30 %. */
async function editedDirectum() {
  const p = await exported('directum');
  const base = p.products[0].situations[0].steps.find((s) => s.id === 'base');
  assert.deepEqual(base.rates[0], { tier: 'authorized', rate: { fixed: '30' } }, 'the document says 30 %');
  base.rates[0].rate = { fixed: 33 };
  p.data_date = '2027-01-15';
  p.source = { file: 'directum-partners-2027.pdf', section: 'Скидки партнёрам' };
  return p;
}

/** A vendor that is not one of the five: ASoft's figures under another name. */
async function newVendor(name = { ru: 'Акме Софт', en: 'Acme Soft' }) {
  const p = await exported('asoft');
  p.id = 'acme';
  p.vendor = name;
  p.name = { ru: 'Партнёрская программа Акме', en: 'Acme partner programme' };
  p.data_date = '2027-02-01';
  p.source = { file: 'acme-partners.pdf', section: 'Уровни' };
  return p;
}

/** The events widget `id` dispatched: { quotes, errors, ctas }. */
const events = (page, id) =>
  page.evaluate((id) => {
    const { quotes, errors, ctas } = window.__mounted[id];
    return { quotes, errors, ctas };
  }, id);

async function open(page) {
  await page.goto('/embed.html');
  await page.until(() => document.getElementById('free')?.shadowRoot?.querySelector('[data-testid=net]')?.textContent.trim().length > 0, null, {
    timeout: 15_000,
    what: 'a quote in #free',
  });
}

// ---- tests -----------------------------------------------------------------------------

// An edited programme replaces the bundled one, a new one is added; the widget quotes both with
// their figures and shows the vendor's data date and source.
export async function host_programmes_are_quoted_with_their_figures({ page }) {
  await open(page);
  await mount(page, 'hosted', { programmes: [await editedDirectum(), await newVendor()] });
  const vendor = '#hosted >>> [id$="-vendor"]';
  assert.deepEqual(
    await page.evaluate(() => [...document.getElementById('hosted').shadowRoot.querySelector('[id$="-vendor"]').options].map((o) => o.value)),
    ['directum', 'stakhanovets', 'smart-soft', 'asoft', 'bitrix-kz', 'acme'],
  );
  // Directum Authorized, 10 licences at 100 000 ₽: the host's 33 % (the document's 30 % gives 700 000,00 ₽).
  await page.fill('#hosted >>> [id$="-quantity"]', '10');
  await page.fill('#hosted >>> [id$="-price"]', '100 000');
  await page.expectText('#hosted >>> [data-testid=net]', '670 000,00 ₽');
  await page.expectContains('#hosted >>> .pc-source', ['Данные вендора от 2027-01-15', 'directum-partners-2027.pdf']);
  const last = (await events(page, 'hosted')).quotes.at(-1);
  assert.equal(last.net_total, '670000.00');
  // The new vendor, with ASoft's figures under its own name: Retail, 10 % off.
  await page.select(vendor, 'acme');
  assert.equal(norm(await page.text('#hosted >>> [id$="-vendor"] option:checked')), 'Акме Софт');
  await page.fill('#hosted >>> [id$="-quantity"]', '1');
  await page.fill('#hosted >>> [id$="-price"]', '15 000');
  await page.expectText('#hosted >>> [data-testid=net]', '13 500,00 ₽');
  await page.expectContains('#hosted >>> .pc-source', ['Данные вендора от 2027-02-01', 'acme-partners.pdf']);
  // The bundled widget on the same page keeps the document's figures.
  await page.select('#free >>> [id$="-vendor"]', 'directum');
  await page.fill('#free >>> [id$="-quantity"]', '10');
  await page.fill('#free >>> [id$="-price"]', '100 000');
  await page.expectText('#free >>> [data-testid=net]', '700 000,00 ₽');
  assert.deepEqual((await events(page, 'hosted')).errors, []);
}

// An invalid programme is refused whole: partner-calc:error names the path of every problem,
// and the bundled figures stay. check() says the same before mounting.
export async function invalid_programmes_are_refused_with_every_problem({ page }) {
  await open(page);
  const broken = await editedDirectum();
  broken.tiers[1].name.en = '';
  broken.products[0].situations[0].steps[0].rates[0].rate = { fixed: 150 };
  const misfit = await newVendor();
  misfit.currency = 'usd';
  await mount(page, 'refused', { lang: 'en', programmes: [broken, misfit] });
  await page.fill('#refused >>> [id$="-quantity"]', '10');
  await page.fill('#refused >>> [id$="-price"]', '100,000');
  await page.expectText('#refused >>> [data-testid=net]', 'RUB 700,000.00');
  const [error] = (await events(page, 'refused')).errors;
  assert.ok(error, 'partner-calc:error');
  assert.deepEqual(error.errors, [
    'programmes[0].tiers[qualified].name.en: English text is empty',
    'programmes[0].products[licences].situations[own_sale].steps[base].rates[authorized].fixed: percent 150 is outside 0..100',
    'programmes[0].products[licences].situations[own_sale]: steps at tier “authorized” can add up to 150 %, above 100',
    '«programmes[1].currency»: a value the format does not allow',
  ]);
  assert.equal(await page.evaluate(() => document.getElementById('refused').shadowRoot.querySelector('[id$="-vendor"]').options.length), 5);
  await page.expectContains('#refused >>> .pc-notice', 'programmes[1].currency');

  const checked = await page.evaluate(
    async ({ loader, good, broken }) => {
      const api = await import(loader);
      return [await api.check(good), await api.check(broken, 'en'), await api.check('directum', 'en')];
    },
    { loader: LOADER, good: await editedDirectum(), broken },
  );
  assert.deepEqual(checked[0], { ok: true, errors: [] });
  assert.equal(checked[1].ok, false);
  assert.deepEqual(checked[1].errors, error.errors.slice(0, 3).map((e) => e.replace('programmes[0].', '')));
  assert.deepEqual(checked[2], { ok: false, errors: ['an object is expected'] });
}

// Texts inside a supplied programme are shown as text: no element, no script.
export async function hostile_programme_texts_stay_text({ page }) {
  await open(page);
  await mount(page, 'hostile', { vendor: 'acme', programmes: [await newVendor({ ru: HOSTILE, en: HOSTILE })] });
  await page.expectContains('#hostile >>> [data-testid=programme]', HOSTILE);
  await page.expectContains('#hostile >>> [data-testid=net]', '₽');
  await page.wait(200);
  const markup = await page.evaluate(() => document.getElementById('hostile').shadowRoot.querySelectorAll('img, script').length);
  assert.equal(markup, 0, 'no img/script elements in the shadow root');
  assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'no script ran');
}

// The call to action: a click (or Enter on the focused link) dispatches a cancelable
// partner-calc:cta carrying the quote; preventDefault() stops the navigation, otherwise the
// link is followed.
export async function the_call_to_action_tells_the_host_and_can_be_stopped({ page }) {
  await open(page);
  const href = '/embed.html#joined';
  await mount(page, 'cta', {
    vendor: 'asoft',
    lang: 'en',
    prices: { crm_licences: 15000 },
    cta: { href, label: { ru: 'Стать партнёром', en: 'Become a partner' } },
  });
  const link = '#cta >>> [data-testid=cta]';
  await page.expectText(link, 'Become a partner');
  assert.equal(await page.attr(link, 'href'), href);
  await page.evaluate(() => (document.getElementById('cta').dataset.stop = 'yes'));
  await page.click(link);
  await page.until(() => window.__mounted.cta.ctas.length === 1, null, { what: 'a partner-calc:cta event' });
  let [detail] = (await events(page, 'cta')).ctas;
  assert.equal(detail.href, href);
  assert.equal(detail.quote.vendor, 'asoft');
  assert.equal(detail.quote.net_total, '13500.00');
  await page.wait(300);
  const at = await page.url();
  assert.ok(!at.endsWith('#joined'), `the host stopped it: ${at}`);
  // By keyboard: Enter on the focused link; this time the host lets it go.
  await page.evaluate(() => (document.getElementById('cta').dataset.stop = 'no'));
  await page.focus(link);
  await page.press('Enter');
  await page.until(() => location.hash === '#joined', null, { what: 'the link followed' });
  assert.equal((await events(page, 'cta')).ctas.length, 2);
  // The language switch relabels it; an attribute-configured widget has one too.
  await page.click('#cta >>> [data-testid=lang-ru]');
  await page.expectText(link, 'Стать партнёром');
  await page.expectText('#locked >>> [data-testid=cta]', 'Apply to become a partner');
  assert.equal(await page.attr('#locked >>> [data-testid=cta]', 'href'), '#log');
}

// The call to action's attributes: `cta-label-en` without `cta-label` labels the link in both
// languages; a label over 80 characters is refused with a partner-calc:error in the widget's
// language, and the link keeps its label.
export async function the_english_label_alone_serves_both_languages_and_is_bounded({ page }) {
  await open(page);
  await page.evaluate(() => {
    const element = document.createElement('partner-calc');
    element.id = 'english';
    for (const [name, value] of [['vendor', 'asoft'], ['lang', 'en'], ['cta-href', '#log'], ['cta-label-en', 'Join the programme']]) {
      element.setAttribute(name, value);
    }
    document.querySelector('main').append(element);
  });
  const link = '#english >>> [data-testid=cta]';
  await page.expectText(link, 'Join the programme');
  assert.equal(await page.attr(link, 'href'), '#log');
  await page.click('#english >>> [data-testid=lang-ru]');
  await page.expectText('#english >>> label[for$="-tier"]', 'Статус партнера');
  await page.expectText(link, 'Join the programme');
  const errors = () => page.evaluate(() => window.errorEvents.filter((e) => e.widget === 'english').map((e) => e.detail.errors));
  assert.deepEqual(await errors(), []);
  await page.evaluate((label) => document.getElementById('english').setAttribute('cta-label-en', label), 'x'.repeat(81));
  await page.until(() => window.errorEvents.some((e) => e.widget === 'english'), null, { what: 'a partner-calc:error from #english' });
  assert.deepEqual(await errors(), [['«cta.label.en»: ожидается подпись кнопки не длиннее 80 символов (указано: 81)']]);
  await page.expectText(link, 'Join the programme');
}

// What the JS API returns is JSON data, as the native engine writes it: plain objects and arrays
// only (no Map, no undefined, no BigInt), decimals as strings, `null` where a value is absent;
// programmes() lists the bundled programmes' ids and names as their published format has them.
export async function the_api_returns_plain_json_data({ page }) {
  await open(page);
  const { problems, results } = await page.evaluate(async (loader) => {
    const api = await import(loader);
    const problems = [];
    const walk = (v, at) => {
      if (v === undefined || typeof v === 'bigint' || typeof v === 'function') problems.push(`${at}: ${typeof v}`);
      else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
      else if (v !== null && typeof v === 'object') {
        if (Object.getPrototypeOf(v) !== Object.prototype) problems.push(`${at}: ${Object.prototype.toString.call(v)}`);
        for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
      }
    };
    // 1С-Битрикс Казахстан prices by agreement: no net price, margin or percentage.
    const agreed = await api.quote({ vendor: 'bitrix-kz', tier: 'basic', product: 'site_enterprise', quantity: 1, unit_price: 100 });
    const results = { agreed, programmes: await api.programmes(), check: await api.check({ id: 'x' }, 'en') };
    walk(results, '$');
    return { problems, results };
  }, LOADER);
  assert.deepEqual(problems, []);
  const { agreed } = results;
  assert.deepEqual(
    [agreed.list_total, agreed.net_total, agreed.margin, agreed.steps[0].rate, agreed.steps[0].percent, agreed.caveats[0].kind, agreed.caveats[0].figure],
    ['100.00', null, null, 'individual', null, 'by_agreement', null],
  );
  assert.equal(results.check.ok, false);
  assert.ok(results.check.errors.length > 0 && results.check.errors.every((e) => typeof e === 'string'), JSON.stringify(results.check));
  const ids = ['directum', 'stakhanovets', 'smart-soft', 'asoft', 'bitrix-kz'];
  const named = ({ id, name }) => ({ id, name });
  const listed = (await Promise.all(ids.map(exported))).map((p) => ({
    id: p.id,
    vendor: p.vendor,
    name: p.name,
    currency: p.currency,
    tiers: p.tiers.map(named),
    products: p.products.map(named),
  }));
  assert.deepEqual(results.programmes, listed);
}

// The element's `programmes` property does the same as the option: set after the widget is on
// the page, the edited figures apply at once; `null` brings the document's back.
export async function the_programmes_property_of_the_element_applies_at_once({ page }) {
  await open(page);
  await page.select('#free >>> [id$="-vendor"]', 'directum');
  await page.fill('#free >>> [id$="-quantity"]', '10');
  await page.fill('#free >>> [id$="-price"]', '100 000');
  await page.expectText('#free >>> [data-testid=net]', '700 000,00 ₽');
  await page.evaluate((p) => (document.getElementById('free').programmes = [p]), await editedDirectum());
  await page.expectText('#free >>> [data-testid=net]', '670 000,00 ₽');
  await page.expectContains('#free >>> .pc-source', 'Данные вендора от 2027-01-15');
  await page.evaluate(() => (document.getElementById('free').programmes = null));
  await page.expectText('#free >>> [data-testid=net]', '700 000,00 ₽');
  await page.expectContains('#free >>> .pc-source', 'Данные программы от');
}
