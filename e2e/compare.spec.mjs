// Compare and what-if, for prospective partners: the same deal across every
// tier of every programme, and the tier expected sales give in each.
import assert from 'node:assert/strict';
import { openWidget } from './widget.mjs';
import { norm } from './engines/page.mjs';

export const engines = 'all';

/** The compare table as { 'vendor/tier': [vendor, tier, net, discount, margin] } (cell texts without their badges). */
async function compareRows(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-testid=compare] tbody tr')].map((r) => [
        r.dataset.row,
        [...r.children].map((c) => [...c.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('').replace(/\u00a0/g, ' ').trim()),
      ]),
    ),
  );
}

/** The badges of the compare table as ['vendor/tier: badge', ...] in table order. */
async function badges(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=compare] tbody tr')].flatMap((r) =>
      [...r.querySelectorAll('.pc-badge')].map((b) => `${r.dataset.row}: ${b.textContent}`),
    ),
  );
}

/** Ten Traffic Inspector (licence) seats at 100 000 ₽: a licence deal. */
async function licenceDeal(page) {
  await openWidget(page);
  await page.select('#pc0-vendor', 'smart-soft');
  await page.select('#pc0-product', 'ti_software');
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100 000');
}

// Every tier of every programme selling licences, with the documents'
// numbers; Bitrix's agreed prices shown as such, never as zero; the best
// row marked; sorting by price; the SVG margin chart drawn.
export async function compare_every_tier_of_every_programme({ page }) {
  await licenceDeal(page);
  await page.click('button[data-testid=view-compare]');
  await page.waitVisible('[data-testid=compare]');
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
  const best = await page.evaluate(() => [...document.querySelectorAll('[data-testid=compare] tr.pc-best')].map((r) => r.dataset.row));
  assert.deepEqual(best, ['directum/general'], 'the largest certain discount (45 % of Directum General) is marked best');
  await page.expectContains('[data-testid=compare] tr.pc-best', 'лучшее');
  // The badge rests on what is certain; discretion figures and the partner's own row are marked.
  assert.deepEqual(await badges(page), [
    'directum/qualified: на усмотрение вендора',
    'directum/certified: на усмотрение вендора',
    'directum/general: лучшее',
    'directum/general: на усмотрение вендора',
    'smart-soft/authorized: ваш статус',
  ]);
  const current = await page.evaluate(() => [...document.querySelectorAll('[data-testid=compare] tr.pc-current')].map((r) => r.dataset.row));
  assert.deepEqual(current, ['smart-soft/authorized']);
  await page.expectContains('[data-testid=best-note]', '«Лучшее» — наибольшая скидка, которую документ дает без оговорок');

  await page.click('button[data-testid=sort-net]');
  await page.until(() => document.querySelector('[data-testid=compare] tbody tr')?.dataset.row === 'directum/general');
  const order = await page.evaluate(() => [...document.querySelectorAll('[data-testid=compare] tbody tr')].map((r) => r.dataset.row));
  assert.equal(order[0], 'directum/general', 'the lowest partner price first');
  assert.ok(order.slice(-2).every((r) => r.startsWith('bitrix-kz') || r === 'stakhanovets/trusted'), 'no figure goes last');

  const bars = await page.count('[data-testid=chart] li');
  assert.equal(bars, Object.values(rows).filter((r) => r[3] !== 'по согласованию с вендором').length, 'one bar per row with a figure');
}

// Expected sales of 600 000 ₽ a year: Stakhanovets Silver (Gold needs
// 5 000 000) and Smart-Soft Certified, with the remaining amounts, what the
// next tier adds to this deal, and the non-monetary requirements listed.
export async function what_if_six_hundred_thousand({ page }) {
  await licenceDeal(page);
  await page.click('button[data-testid=view-whatif]');
  // Before any sales are typed: every programme's thresholds, and the field in the panel itself.
  await page.expectContains('[data-testid=whatif-stakhanovets]', ['«Бронзовый статус»: порог 150 000,00 ₽ в деньгах вендора за 12 месяцев']);
  assert.equal(await page.count('.pc-extra #pc0-plan'), 1, 'the expected sales are typed in the what-if panel');
  await page.fill('#pc0-plan', '600 000');
  await page.expectContains('[data-testid=whatif-stakhanovets]', [
    '«Серебряный статус»: порог 500 000,00 ₽',
    'До «Золотой статус» (5 000 000,00 ₽ в деньгах вендора за 12 месяцев) осталось 4 400 000,00 ₽; на этой сделке +100 000,00 ₽.',
  ]);
  await page.expectContains('[data-testid=whatif-smart-soft]', [
    '«Сертифицированный партнер»: порог 500 000,00 ₽ продаж в год',
    'осталось 400 000,00 ₽; на этой сделке +50 000,00 ₽.',
  ]);
  const requirements = await page.count('[data-testid=whatif-smart-soft] li');
  assert.ok(requirements > 0, 'requirements are listed, not assumed met');
  await page.fill('#pc0-plan', 'много');
  await page.waitVisible('#pc0-plan-error');
  assert.equal(await page.attr('#pc0-plan', 'aria-invalid'), 'true');
}

// The view and the expected sales are part of the link.
export async function views_are_part_of_the_link({ page }) {
  await licenceDeal(page);
  await page.click('button[data-testid=view-whatif]');
  await page.fill('#pc0-plan', '600000');
  await page.waitVisible('[data-testid=whatif-stakhanovets]');
  await page.until(() => location.search.includes('plan=600000'));
  const link = await page.url();
  // Nothing stored: the link alone brings the view back.
  await page.evaluate(() => localStorage.clear());
  await openWidget(page, link);
  await page.expectContains('[data-testid=whatif-stakhanovets]', 'Серебряный статус');
  assert.equal(norm(await page.value('#pc0-plan')), '600000');
  assert.equal(await page.attr('button[data-testid=view-whatif]', 'aria-pressed'), 'true');
}
