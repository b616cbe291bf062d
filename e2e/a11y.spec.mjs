// axe-core (all rules axe runs by default) in both languages, valid and invalid states.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { axe, openWidget, expectText } from './lib.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

async function violations(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run());
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
}

function assertNone(found, where) {
  if (found.length) console.log(`axe violations (${where}):\n${JSON.stringify(found, null, 2)}`);
  assert.deepEqual(found.map((v) => v.id), [], `axe violations in ${where}`);
}

export async function axe_russian_and_english({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  assertNone(await violations(page), 'RU');
  await page.locator('button.pc-lang', { hasText: 'EN' }).click();
  await expectText(page, 'label[for=pc0-vendor]', 'Vendor');
  assertNone(await violations(page), 'EN');
}

export async function axe_with_errors_and_choices({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await page.selectOption('#pc0-vendor', 'asoft');
  await page.selectOption('#pc0-tier', 'competency');
  await page.check('#pc0-step-plan');
  await page.fill('#pc0-quantity', 'abc');
  await page.waitForSelector('#pc0-quantity-error', { state: 'visible' });
  assertNone(await violations(page), 'RU, ASoft bonuses + quantity error');
  // Second state on its own (valid quantity), so this test is about axe, not error interplay
  // (see input > every_invalid_field_flagged_at_once).
  await page.fill('#pc0-quantity', '10');
  await page.selectOption('#pc0-vendor', 'directum');
  await page.selectOption('#pc0-tier', 'general');
  await page.fill('#pc0-step-additional', '16');
  await page.waitForSelector('#pc0-step-additional-error', { state: 'visible' });
  await page.locator('button.pc-lang', { hasText: 'EN' }).click();
  assertNone(await violations(page), 'EN, Directum additional error');
}

// The compare table (sort buttons, best badge, SVG chart) and the what-if
// view (its input, the standings) in both languages.
export async function axe_compare_and_what_if({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await page.click('button[data-testid=view-compare]');
  await page.waitForSelector('[data-testid=chart]');
  assertNone(await violations(page), 'RU compare');
  await page.click('button[data-testid=view-whatif]');
  await page.fill('#pc0-plan', '600000');
  await page.waitForSelector('[data-testid=whatif-stakhanovets]');
  assertNone(await violations(page), 'RU what-if');
  await page.locator('button.pc-lang', { hasText: 'EN' }).click();
  await page.click('button[data-testid=view-compare]');
  await page.waitForSelector('[data-testid=chart]');
  assertNone(await violations(page), 'EN compare');
}

// At 375 px: the sticky figures above the form, the compare table drawn as cards (its head
// reduced to the sort buttons), the what-if panel with its own field, and the restored-visit
// notice with its button.
export async function axe_at_375_px({ page, baseUrl }) {
  await page.setViewportSize({ width: 375, height: 800 });
  await openWidget(page, baseUrl);
  await page.fill('#pc0-quantity', '10');
  await expectText(page, '[data-testid=net]', '900 000,00 ₽');
  assertNone(await violations(page), '375 quote');
  await page.click('button[data-testid=view-compare]');
  await page.waitForSelector('[data-testid=chart]');
  assertNone(await violations(page), '375 compare cards');
  await page.click('button[data-testid=view-whatif]');
  await page.waitForSelector('[data-testid=whatif-stakhanovets]');
  assertNone(await violations(page), '375 what-if');
  await page.click('button[data-testid=view-quote]');
  await page.waitForFunction(() => /view=quote.*qty=10/.test(localStorage.getItem('partner-calc') ?? ''));
  await openWidget(page, baseUrl);
  await page.waitForSelector('[data-testid=restored]', { state: 'visible' });
  assertNone(await violations(page), '375 restored notice');
}

// The embedded widgets on the vendor page (inside their shadow roots, with the host's hostile
// CSS around them): no WCAG 2 A/AA violation, with an error shown in one of them.
// axe-core goes in as a script tag, which the page's CSP would refuse: this context bypasses it.
export async function axe_embedded_widgets({ page, baseUrl }) {
  const context = await page.context().browser().newContext({ bypassCSP: true });
  try {
    const embed = await context.newPage();
    await embed.goto(`${baseUrl}/embed.html`, { waitUntil: 'load' });
    await embed.locator('#free [data-testid=net]').first().waitFor();
    await embed.locator('#locked [data-testid=net]').first().waitFor();
    await embed.fill('#locked [id$="-quantity"]', 'abc');
    await embed.locator('#locked [id$="-quantity-error"]').waitFor();
    const include = [['#free'], ['#locked']];
    const found = await axe(embed, { include });
    assert.deepEqual(found, [], 'axe violations in the embedded widgets');
    const checked = await embed.evaluate(() => document.getElementById('free').shadowRoot.querySelectorAll('select, input, button').length);
    assert.ok(checked > 5, `the widgets have controls to check: ${checked}`);
  } finally {
    await context.close();
  }
}

// A deal of five lines (ASoft: licences, the updates that follow them, extended support, own-use
// licences, more licences), with its lines table, at 1280 and at 375 px: no WCAG 2 A/AA
// violation in the form of lines, the deal-wide group, the lines table or the compare view.
export async function axe_five_line_deal_at_1280_and_375({ page, baseUrl }) {
  const lines = [
    'crm_licences~standard~10~15000~',
    'updates~standard~1~100000~1~percent:reward:50',
    'extended_support~standard~1~100000~1',
    'internal_use~standard~2~15000~~percent:internal_use:40',
    'crm_licences~standard~5~15000~',
  ];
  const link = `${baseUrl}/?vendor=asoft&tier=competency&${lines.map((l) => `ln=${l}`).join('&')}`;
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await openWidget(page, link);
    await page.waitForSelector('[data-testid=lines] tbody tr:nth-child(6)');
    assert.equal(await page.locator('[data-testid=line]').count(), 5);
    assertNone(await violations(page), `${width} five-line deal`);
    await page.click('button[data-testid=view-compare]');
    await page.waitForSelector('[data-testid=compare]');
    assertNone(await violations(page), `${width} five-line compare`);
    await page.click('button[data-testid=view-quote]');
  }
}

// The customer's price open, with a loss, a target's answer, a deal's lines' own discounts and
// the compare view's margin-left column, in both languages, at 1280 and at 375 px: no WCAG 2
// A/AA violation, and nothing wider than the phone.
export async function axe_customer_price_at_1280_and_375({ page, baseUrl }) {
  const link = `${baseUrl}/?vendor=smart-soft&tier=certified&sell=d:40&goal=p:25&ln=ti_software~~10~10000~~off:35&ln=ting~~1~50000~`;
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await openWidget(page, link);
    await page.waitForSelector('[data-testid=loss]', { state: 'visible' });
    await page.waitForSelector('#pc0-discount-2');
    // 110 000 net ÷ 0,75 = 146 666,67 to keep 25 %.
    await page.locator('[data-testid=goal]').filter({ hasText: '146' }).waitFor();
    assertNone(await violations(page), `${width} RU customer price`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width, `page scrollWidth ${wide} at ${width}`);
    await page.locator('button.pc-lang', { hasText: 'EN' }).click();
    await expectText(page, '[data-testid=selling] summary', 'Customer price');
    assertNone(await violations(page), `${width} EN customer price`);
    await page.click('button[data-testid=view-compare]');
    await page.waitForSelector('[data-testid=chart]');
    assertNone(await violations(page), `${width} EN compare at the customer price`);
  }
}
