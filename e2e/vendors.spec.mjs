// Document figures per vendor: net price, margin, waterfall, caveats, next tier.
import assert from 'node:assert/strict';
import { openWidget, setDeal, waterfall, caveats } from './widget.mjs';

export const engines = 'all';

const AGREED_RU = 'по согласованию с вендором';

export async function stakhanovets_is_the_initial_vendor({ page }) {
  await openWidget(page);
  assert.equal(await page.attr('[data-partner-calc]', 'data-vendor'), 'stakhanovets');
  assert.equal(await page.value('#pc0-vendor'), 'stakhanovets');
  assert.equal(await page.value('#pc0-tier'), 'white');
  assert.equal(await page.count('[data-partner-calc]'), 1, 'exactly one widget');
}

export async function stakhanovets_white_10_percent({ page }) {
  await openWidget(page);
  await setDeal(page, { tier: 'white', quantity: 10, price: 100000 });
  await page.expectText('[data-testid=net]', '900 000,00 ₽');
  await page.expectText('[data-testid=margin]', '100 000,00 ₽ · 10%');
  const rows = await waterfall(page);
  assert.deepEqual(rows[0], ['Сумма по РРЦ (10 × 100 000,00 ₽)', '', '1 000 000,00 ₽']);
  assert.deepEqual(rows.at(-1), ['Цена партнера', '−10%', '900 000,00 ₽']);
}

export async function stakhanovets_each_tier_discount({ page }) {
  await openWidget(page);
  await setDeal(page, { quantity: 10, price: 100000 });
  const expected = { white: '900 000,00 ₽', bronze: '800 000,00 ₽', silver: '700 000,00 ₽', gold: '600 000,00 ₽' };
  for (const [tier, net] of Object.entries(expected)) {
    await page.select('#pc0-tier', tier);
    await page.expectText('[data-testid=net]', net);
  }
  await page.select('#pc0-tier', 'gold');
  await page.expectText('[data-testid=margin]', '400 000,00 ₽ · 40%');
}

export async function stakhanovets_trusted_is_individual({ page }) {
  await openWidget(page);
  await setDeal(page, { tier: 'trusted', quantity: 10, price: 100000 });
  await page.expectText('[data-testid=net]', AGREED_RU);
  await page.expectText('[data-testid=margin]', AGREED_RU);
  const rows = await waterfall(page);
  assert.deepEqual(rows[0], ['Сумма по РРЦ (10 × 100 000,00 ₽)', '', '1 000 000,00 ₽']);
  assert.ok(!rows.some((r) => /\d%/.test(r[1])), `no percentage for an individual tier: ${JSON.stringify(rows)}`);
  await page.expectText('[data-testid=next]', 'Это высший статус программы.');
}

export async function stakhanovets_next_tier_from_sales({ page }) {
  await openWidget(page);
  await setDeal(page, { tier: 'bronze', quantity: 10, price: 100000 });
  await page.fill('#pc0-sales', '150000');
  await page.expectContains('[data-testid=next]', ['350 000,00 ₽', '30% вместо 20%', 'Серебряный статус']);
  await page.expectText('[data-testid=net]', '800 000,00 ₽');
  // The ladder marks the selected tier as current.
  const current = await page.texts('[data-testid=ladder] li[aria-current=true] strong');
  assert.deepEqual(current, ['Бронзовый статус']);
}

// 600 000 ₽ meets Bronze's and Silver's thresholds (150 000 and 500 000 in vendor money,
// 001_af8adf79e3372de8.txt): the aim is Gold, 4 400 000 ₽ away, and both met tiers are named.
export async function stakhanovets_sales_past_two_thresholds_aim_at_gold({ page }) {
  await openWidget(page);
  await setDeal(page, { tier: 'white', quantity: 10, price: 10000 });
  await page.fill('#pc0-sales', '600000');
  await page.expectContains('[data-testid=next]', [
    'Продайте еще на 4 400 000,00 ₽', '«Золотой статус»', '40% вместо 10%',
    'Порог продаж уже выполнен для: «Бронзовый статус», «Серебряный статус»',
  ]);
  const marked = await page.texts('[data-testid=ladder] li p');
  assert.deepEqual(marked.filter((t) => t.startsWith('Порог продаж')).length, 2, JSON.stringify(marked));
}

export async function directum_tiers_and_additional_discount({ page }) {
  await openWidget(page);
  await setDeal(page, { vendor: 'directum', product: 'licences', quantity: 10, price: 100000 });
  const base = { authorized: '700 000,00 ₽', qualified: '650 000,00 ₽', certified: '600 000,00 ₽', general: '550 000,00 ₽' };
  for (const [tier, net] of Object.entries(base)) {
    await page.select('#pc0-tier', tier);
    await page.expectText('[data-testid=net]', net);
    const hasStep = (await page.count('#pc0-step-additional')) > 0;
    assert.equal(hasStep, tier !== 'authorized', `additional-discount field at ${tier}`);
  }
  await page.select('#pc0-tier', 'general');
  await page.fill('#pc0-step-additional', '15');
  await page.expectText('[data-testid=net]', '400 000,00 ₽');
  await page.expectText('[data-testid=margin]', '600 000,00 ₽ · 60%');
  const rows = await waterfall(page);
  assert.deepEqual(rows.find((r) => r[0] === 'Дополнительная скидка'), ['Дополнительная скидка', '15%', '−150 000,00 ₽']);
  await page.select('#pc0-tier', 'qualified');
  await page.fill('#pc0-step-additional', '15');
  await page.expectText('[data-testid=net]', '500 000,00 ₽');
}

export async function directum_additional_out_of_range({ page }) {
  await openWidget(page);
  await setDeal(page, { vendor: 'directum', tier: 'general', product: 'licences', quantity: 10, price: 100000 });
  await page.fill('#pc0-step-additional', '15');
  await page.expectText('[data-testid=net]', '400 000,00 ₽');
  await page.fill('#pc0-step-additional', '16');
  await page.expectText('#pc0-step-additional-error', 'Введите значение от 0 до 15 %');
  assert.ok(await page.visible('#pc0-step-additional-error'), 'error paragraph visible');
  assert.equal(await page.attr('#pc0-step-additional', 'aria-invalid'), 'true');
  assert.ok(await page.visible('p.pc-stale'), 'stale notice visible');
  assert.equal(await page.text('[data-testid=net]'), '400 000,00 ₽', 'last valid quote kept');
  await page.fill('#pc0-step-additional', '5');
  await page.expectText('[data-testid=net]', '500 000,00 ₽');
  assert.equal(await page.attr('#pc0-step-additional', 'aria-invalid'), 'false');
  assert.ok(!(await page.visible('#pc0-step-additional-error')), 'error hidden again');
  assert.ok(!(await page.visible('p.pc-stale')), 'stale notice hidden again');
}

export async function smart_soft_privileged_rebate_paid_later({ page }) {
  await openWidget(page);
  await setDeal(page, { vendor: 'smart-soft', product: 'ti_software', tier: 'authorized', quantity: 10, price: 100000 });
  await page.expectText('[data-testid=net]', '750 000,00 ₽');
  await page.select('#pc0-tier', 'certified');
  await page.expectText('[data-testid=net]', '700 000,00 ₽');
  await page.select('#pc0-tier', 'privileged');
  await page.expectText('[data-testid=net]', '650 000,00 ₽');
  await page.expectText('[data-testid=margin]', '350 000,00 ₽ · 35%');
  assert.ok(!(await page.visible('#pc0-situation')), 'single situation: its select is hidden');
  const rows = await waterfall(page);
  const netRow = rows.findIndex((r) => r[0] === 'Цена партнера');
  assert.deepEqual(rows[netRow], ['Цена партнера', '−35%', '650 000,00 ₽'], 'rebate not deducted from the net');
  const rebate = rows.slice(netRow + 1).find((r) => r[0].includes('Ребейт'));
  assert.ok(rebate, `rebate row after the net price: ${JSON.stringify(rows)}`);
  assert.equal(rebate[1], '5%');
  assert.match(rebate[2], /50 000,00 ₽$/);
}

export async function smart_soft_internal_use_user_limit({ page }) {
  await openWidget(page);
  await setDeal(page, { vendor: 'smart-soft', product: 'internal_use', tier: 'authorized', quantity: 30, price: 100000 });
  await page.expectText('[data-testid=net]', '1 500 000,00 ₽');
  assert.ok(!(await caveats(page)).some((c) => c.includes('лимит')), 'no limit caveat at 30 users');
  await page.fill('#pc0-quantity', '31');
  await page.expectText('[data-testid=net]', '1 550 000,00 ₽');
  await page.expectContains('[data-testid=caveats]', ['30', 'лимит']);
  await page.select('#pc0-tier', 'certified');
  await page.fill('#pc0-quantity', '50');
  await page.expectText('[data-testid=net]', '2 500 000,00 ₽');
  assert.ok(!(await caveats(page)).some((c) => c.includes('лимит')), 'no limit caveat at 50 users (certified)');
  await page.fill('#pc0-quantity', '51');
  await page.expectContains('[data-testid=caveats]', ['50', 'лимит']);
  await page.select('#pc0-tier', 'privileged');
  await page.fill('#pc0-quantity', '101');
  await page.expectContains('[data-testid=caveats]', ['100', 'лимит']);
}

export async function asoft_bonuses_paid_later({ page }) {
  await openWidget(page);
  await setDeal(page, { vendor: 'asoft', product: 'crm_licences', tier: 'retail', quantity: 10, price: 100000 });
  await page.expectText('[data-testid=net]', '900 000,00 ₽');
  await page.select('#pc0-tier', 'saas');
  await page.expectText('[data-testid=net]', '750 000,00 ₽');
  await page.select('#pc0-tier', 'competency');
  await page.expectText('[data-testid=net]', '800 000,00 ₽');
  await page.check('#pc0-step-reviews');
  await page.check('#pc0-step-plan');
  await page.check('#pc0-step-specialists');
  await page.select('#pc0-step-events', 'host');
  await page.expectContains('[data-testid=waterfall]', '40%');
  await page.expectText('[data-testid=net]', '800 000,00 ₽');
  await page.expectText('[data-testid=margin]', '200 000,00 ₽ · 20%');
  const rows = await waterfall(page);
  const netRow = rows.findIndex((r) => r[0] === 'Цена партнера');
  assert.deepEqual(rows[netRow], ['Цена партнера', '−20%', '800 000,00 ₽'], 'bonuses not deducted');
  const later = rows.slice(netRow + 1).map((r) => r[1]).filter(Boolean);
  // Bonuses 5 + 10 + 2.5 + 2.5 = 20 % paid later; with the 20 % discount, 40 % in all.
  assert.deepEqual(later, ['5%', '10%', '2,5%', '2,5%', '20%', '40%'], `paid-later rows: ${JSON.stringify(rows)}`);
  assert.equal(rows.at(-2)[2], '+200 000,00 ₽', 'total paid later');
  assert.equal(rows.at(-1)[2], '400 000,00 ₽', 'margin and bonuses together');
}

export async function bitrix_kz_tenge_and_agreed_price({ page }) {
  await openWidget(page);
  await setDeal(page, { vendor: 'bitrix-kz', quantity: 3, price: 2500000 });
  await page.expectText('[data-testid=net]', AGREED_RU);
  const rows = await waterfall(page);
  assert.deepEqual(rows[0], ['Сумма по РРЦ (3 × 2 500 000,00 ₸)', '', '7 500 000,00 ₸']);
  assert.ok(!rows.some((r) => r.join(' ').includes('₽')), 'no roubles for Kazakhstan');
  assert.match(await page.text('label[for=pc0-price]'), /₸$/);
}

// Every waterfall row and every caveat says something different (no repeated lines).
export async function no_repeated_waterfall_rows_or_caveats({ page }) {
  await openWidget(page);
  const problems = [];
  const check = async (where) => {
    const rows = (await waterfall(page)).map((r) => r.join(' | '));
    const cav = await caveats(page);
    const dup = (xs) => xs.filter((x, i) => xs.indexOf(x) !== i);
    if (dup(rows).length) problems.push(`${where}: repeated waterfall rows ${JSON.stringify(dup(rows))}`);
    if (dup(cav).length) problems.push(`${where}: repeated caveats ${JSON.stringify(dup(cav))}`);
  };
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await setDeal(page, { vendor: 'asoft', product: 'crm_licences', tier: 'competency' });
  for (const id of ['#pc0-step-reviews', '#pc0-step-plan', '#pc0-step-specialists']) await page.check(id);
  await page.select('#pc0-step-events', 'host');
  await page.expectContains('[data-testid=waterfall]', '40%');
  await check('asoft competency, all bonuses');
  await setDeal(page, { vendor: 'bitrix-kz', tier: 'basic' });
  await page.expectContains('[data-testid=waterfall]', '₸');
  await check('bitrix-kz basic');
  await setDeal(page, { vendor: 'smart-soft', product: 'ti_software', tier: 'privileged' });
  await page.expectText('[data-testid=net]', '650 000,00 ₽');
  await check('smart-soft privileged');
  assert.deepEqual(problems, []);
}
