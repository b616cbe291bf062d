// Compare and what-if, for prospective partners: the same deal across every
// tier of every programme, and the tier expected sales give in each.
import assert from 'node:assert/strict';
import { openWidget, expectContains, norm } from './lib.mjs';

/** The compare table as { 'vendor/tier': [vendor, tier, net, discount, margin] }. */
async function compareRows(page) {
  return page.$$eval('[data-testid=compare] tbody tr', (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.row, [...r.children].map((c) => c.textContent.replace(/\u00a0/g, ' ').trim())])),
  );
}

/** Ten Traffic Inspector (licence) seats at 100 000 ₽: a licence deal. */
async function licenceDeal(page, baseUrl) {
  await openWidget(page, baseUrl);
  await page.selectOption('#pc0-vendor', 'smart-soft');
  await page.selectOption('#pc0-product', 'ti_software');
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100 000');
}

// Every tier of every programme selling licences, with the documents'
// numbers; Bitrix's agreed prices shown as such, never as zero; the best
// row marked; sorting by price; the SVG margin chart drawn.
export async function compare_every_tier_of_every_programme({ page, baseUrl }) {
  await licenceDeal(page, baseUrl);
  await page.click('button[data-action="view:compare"]');
  await page.waitForSelector('[data-testid=compare]');
  const rows = await compareRows(page);
  assert.equal(Object.keys(rows).length, 4 + 5 + 3 + 3 + 2, 'all tiers of the five programmes');
  assert.deepEqual(rows['stakhanovets/silver'].slice(2), ['700 000,00 ₽', '30%', '300 000,00 ₽']);
  assert.deepEqual(rows['smart-soft/authorized'].slice(2), ['750 000,00 ₽', '25%', '250 000,00 ₽']);
  assert.deepEqual(rows['smart-soft/certified'].slice(2), ['700 000,00 ₽', '30%', '300 000,00 ₽']);
  assert.deepEqual(rows['smart-soft/privileged'].slice(2), ['650 000,00 ₽', '35%', '350 000,00 ₽']);
  assert.equal(rows['directum/general'][3], 'до 60%', "an 'up to' range is marked");
  assert.deepEqual(rows['stakhanovets/trusted'].slice(2), Array(3).fill('по согласованию с вендором'));
  for (const tier of ['basic', 'extended']) {
    assert.deepEqual(rows[`bitrix-kz/${tier}`].slice(2), Array(3).fill('по согласованию с вендором'), 'Bitrix is agreed, not 0');
  }
  const best = await page.$$eval('[data-testid=compare] tr.pc-best', (rs) => rs.map((r) => r.dataset.row));
  assert.deepEqual(best, ['directum/general'], 'the largest discount is marked best');
  await expectContains(page, '[data-testid=compare] tr.pc-best', 'лучшее');

  await page.click('button[data-action="sort:net"]');
  await page.waitForFunction(() => document.querySelector('[data-testid=compare] tbody tr')?.dataset.row === 'directum/general');
  const order = await page.$$eval('[data-testid=compare] tbody tr', (rs) => rs.map((r) => r.dataset.row));
  assert.equal(order[0], 'directum/general', 'the lowest partner price first');
  assert.ok(order.slice(-2).every((r) => r.startsWith('bitrix-kz') || r === 'stakhanovets/trusted'), 'no figure goes last');

  const bars = await page.$$eval('[data-testid=chart] rect', (rs) => rs.length);
  assert.equal(bars, Object.values(rows).filter((r) => r[3] !== 'по согласованию с вендором').length, 'one bar per row with a figure');
}

// Expected sales of 600 000 ₽ a year: Stakhanovets Silver (Gold needs
// 5 000 000) and Smart-Soft Certified, with the remaining amounts, what the
// next tier adds to this deal, and the non-monetary requirements listed.
export async function what_if_six_hundred_thousand({ page, baseUrl }) {
  await licenceDeal(page, baseUrl);
  await page.click('button[data-action="view:whatif"]');
  await page.fill('#pc0-plan', '600 000');
  await expectContains(page, '[data-testid=whatif-stakhanovets]', [
    '«Серебряный статус»: порог 500 000,00 ₽',
    'До «Золотой статус» (5 000 000,00 ₽ в деньгах вендора за 12 месяцев) осталось 4 400 000,00 ₽; на этой сделке +100 000,00 ₽.',
  ]);
  await expectContains(page, '[data-testid=whatif-smart-soft]', [
    '«Сертифицированный партнер»: порог 500 000,00 ₽ продаж в год',
    'осталось 400 000,00 ₽; на этой сделке +50 000,00 ₽.',
  ]);
  const requirements = await page.$$eval('[data-testid=whatif-smart-soft] li', (ls) => ls.length);
  assert.ok(requirements > 0, 'requirements are listed, not assumed met');
  await page.fill('#pc0-plan', 'много');
  await page.waitForSelector('#pc0-plan-error', { state: 'visible' });
  assert.equal(await page.getAttribute('#pc0-plan', 'aria-invalid'), 'true');
}

// The view and the expected sales are part of the link.
export async function views_are_part_of_the_link({ page, baseUrl }) {
  await licenceDeal(page, baseUrl);
  await page.click('button[data-action="view:whatif"]');
  await page.fill('#pc0-plan', '600000');
  await page.waitForSelector('[data-testid=whatif-stakhanovets]');
  await page.waitForFunction(() => location.search.includes('plan=600000'));
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expectContains(other, '[data-testid=whatif-stakhanovets]', 'Серебряный статус');
  assert.equal(norm(await other.inputValue('#pc0-plan')), '600000');
  assert.equal(await other.getAttribute('button[data-action="view:whatif"]', 'aria-pressed'), 'true');
  await other.close();
}
