// The rep's own price, as on a call: the customer asks for a discount, the rep types it and sees
// the margin it leaves (a loss said plainly), asks for the largest discount that keeps a target
// margin and applies it; the link brings it back. Figures worked out by hand from 002 (Smart-Soft,
// Certified: Traffic Inspector software, 30 % of the fixed retail price).
import assert from 'node:assert/strict';
import { openWidget, setDeal, tabTo, typeOver } from './widget.mjs';

export const engines = 'all';

/** The sale table as [[label, figure], …]. */
const sale = (page) => page.rows('[data-testid=sale] tbody tr');

/** Wait until the widget's delayed state write has reached the address bar. */
const linkHas = (page, part) => page.until((part) => location.search.includes(part), part, { what: `${part} in the address bar` });

export async function a_discount_shows_the_margin_left_and_a_target_is_applied({ page }) {
  await openWidget(page);
  await setDeal(page, { vendor: 'smart-soft', tier: 'certified', product: 'ti_software', quantity: 1, price: 10000 });
  await page.expectText('[data-testid=net]', '7 000,00 ₽');
  assert.equal(await page.count('[data-testid=sale]'), 0, 'no customer price, no sale part');

  // The part is folded until used; its summary opens it by keyboard.
  await page.focus('[data-testid=selling] summary');
  await page.press('Enter');
  await page.waitVisible('#pc0-customer-price');
  await page.expectContains('[data-testid=resale-rules]', 'Документ называет розничную цену фиксированной');

  // 10 % off 10 000: the customer pays 9 000, the partner keeps 2 000 (22,22 % of 9 000).
  await tabTo(page, '#pc0-customer-price');
  await typeOver(page, '10');
  await page.until(() => deepAll('[data-testid=sale] tbody tr').length === 4, null, { what: 'the sale' }); // eslint-disable-line no-undef
  assert.deepEqual(await sale(page), [
    ['Цена для клиента', '9 000,00 ₽'],
    ['Скидка клиенту (10% от РРЦ)', '−1 000,00 ₽'],
    ['Цена партнера', '7 000,00 ₽'],
    ['Маржа партнера при этой цене', '2 000,00 ₽ · 22,22% от цены для клиента'],
  ]);
  assert.equal(await page.visible('[data-testid=loss]'), false);
  // The margin card (in sight on a phone) says it too.
  await page.expectText('[data-testid=margin-left]', 'при цене клиента: 2 000,00 ₽ · 22,22%');

  // 40 % off: 6 000, below the partner's 7 000: a loss, said plainly.
  await typeOver(page, '40');
  await page.expectText('[data-testid=loss]', 'Цена для клиента ниже цены партнера: убыток 1 000,00 ₽.');
  assert.equal(await page.visible('[data-testid=loss]'), true);

  // A bad discount is named next to its field; the last valid sale stays.
  await page.fill('#pc0-customer-price', '120');
  await page.expectText('#pc0-customer-price-error', 'Скидка клиенту — от 0 до 100 %');
  await page.expectContains('[data-testid=sale]', '6 000,00 ₽');

  // Target 25 % of the customer price: 7 000 ÷ 0,75 = 9 333,33…, so 9 333,34 (666,66 off).
  await typeOver(page, '10');
  await tabTo(page, '#pc0-target');
  await typeOver(page, '25');
  await page.expectContains('[data-testid=goal]', ['666,66 ₽', '9 333,34 ₽', '2 333,34 ₽']);
  await tabTo(page, '[data-testid=apply-target]');
  await page.press('Enter');
  await page.expectValue('#pc0-price-mode', 'amount');
  await page.expectValue('#pc0-customer-price', '9333,34');
  await page.expectContains('[data-testid=sale]', ['9 333,34 ₽', '2 333,34 ₽ · 25% от цены для клиента']);

  // A target the programme cannot give: even at RRP the margin is 3 000 (30 %).
  await tabTo(page, '#pc0-target');
  await typeOver(page, '31');
  await page.expectText('[data-testid=goal]', 'Такую маржу не сохранить ни при какой скидке: даже по РРЦ программа дает маржу 3 000,00 ₽ (30%).');
  assert.equal(await page.attr('[data-testid=apply-target]', 'disabled'), '');
  await typeOver(page, '25');

  // The link brings it back, with nothing stored.
  await linkHas(page, 'goal=p:25');
  const link = await page.url();
  await page.evaluate(() => localStorage.clear());
  await openWidget(page, link);
  await page.expectValue('#pc0-customer-price', '9333,34');
  await page.expectValue('#pc0-target', '25');
  assert.equal(await page.attr('[data-testid=selling]', 'open'), '', 'open when the link sets it');
  await page.expectContains('[data-testid=sale]', ['9 333,34 ₽', '2 333,34 ₽ · 25% от цены для клиента']);
}
