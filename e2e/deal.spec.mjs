// A deal of several lines, as a sales rep builds it on a call, by keyboard alone: ASoft
// licences, the updates that follow them, one more line; the figures worked out by hand from
// the document (003); the link that brings it back, the copied text, the CSV file in both
// languages, and a line removed.
import assert from 'node:assert/strict';
import { openWidget, tabTo, typeOver } from './widget.mjs';
import { norm } from './engines/page.mjs';

export const engines = 'all';

/** The lines table as [[#, product, qty, unit RRP, at RRP, partner price, margin], …]. */
const lines = (page) => page.rows('[data-testid=lines] tbody tr');

/** The CSV the download link carries (made as the link takes the focus), decoded, and the file name it is saved under. */
async function csvOf(page) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.focus('[data-testid=csv]');
  const href = await page.attr('[data-testid=csv]', 'href');
  assert.ok(href?.startsWith('data:text/csv;charset=utf-8,'), href);
  return { name: await page.attr('[data-testid=csv]', 'download'), text: decodeURIComponent(href.slice(href.indexOf(',') + 1)) };
}

/** Wait until the widget's delayed state write has reached the address bar. */
const linkHas = (page, part) => page.until((part) => location.search.includes(part), part, { what: `${part} in the address bar` });

// ASoft Competency: line 1, 10 CRM licences at 15 000 ₽ (20 % off: 120 000); line 2, the
// updates at 20 % of line 1's delivery (30 000, reward typed 50 %: 15 000); line 3, 2 own-use
// licences at 15 000 ₽ with 40 % (18 000). The deal: 210 000 at RRP, 153 000 to pay, 57 000
// margin (27,14 %).
export async function a_three_line_deal_by_keyboard_alone({ page, baseUrl }) {
  await openWidget(page);
  await page.evaluate(() => document.activeElement?.blur());
  await tabTo(page, '#pc0-vendor');
  for (let i = 0; i < 2; i++) await page.press('ArrowDown');
  await page.expectValue('#pc0-vendor', 'asoft');
  await tabTo(page, '#pc0-tier');
  await page.press('ArrowDown');
  await page.expectValue('#pc0-tier', 'competency');
  await tabTo(page, '#pc0-quantity');
  await typeOver(page, '10');
  await tabTo(page, '#pc0-price');
  await typeOver(page, '15000');
  await page.expectText('[data-testid=net]', '120 000,00 ₽');

  // A new line takes the focus at its first field.
  await tabTo(page, '[data-testid=add-line]');
  await page.press('Enter');
  await page.until(() => deepAll('[data-testid=line]').length === 2, null, { what: 'two lines' }); // eslint-disable-line no-undef
  assert.equal(await page.focused(), 'select#pc0-product-2');
  await page.expectContains('[data-testid=lines-status]', 'Добавлена строка 2');
  for (let i = 0; i < 2; i++) await page.press('ArrowDown');
  await page.expectValue('#pc0-product-2', 'updates');
  await page.expectValue('#pc0-follow-2', '1');
  await tabTo(page, '#pc0-step-reward-2');
  await typeOver(page, '50');

  await tabTo(page, '[data-testid=add-line]');
  await page.press('Enter');
  await page.until(() => deepAll('[data-testid=line]').length === 3, null, { what: 'three lines' }); // eslint-disable-line no-undef
  assert.equal(await page.focused(), 'select#pc0-product-3');
  await page.press('ArrowDown');
  await page.expectValue('#pc0-product-3', 'internal_use');
  await tabTo(page, '#pc0-quantity-3');
  await typeOver(page, '2');
  await tabTo(page, '#pc0-price-3');
  await typeOver(page, '15000');
  await tabTo(page, '#pc0-step-internal_use-3');
  await typeOver(page, '40');

  await page.expectText('[data-testid=net]', '153 000,00 ₽');
  await page.expectText('[data-testid=margin]', '57 000,00 ₽ · 27,14%');
  const table = await lines(page);
  // Columns: #, product, qty, unit RRP, at RRP, the licence discount, the updates' reward, the
  // own-use discount, partner price, margin.
  assert.deepEqual(table[0].slice(2), ['10', '15 000,00 ₽', '150 000,00 ₽', '−30 000,00 ₽', '', '', '120 000,00 ₽', '30 000,00 ₽']);
  assert.deepEqual(table[1].slice(1), ['Обновления для конечного клиента (от строки 1)', '1', '150 000,00 ₽', '30 000,00 ₽', '', '−15 000,00 ₽', '', '15 000,00 ₽', '15 000,00 ₽']);
  assert.deepEqual(table[2].slice(2), ['2', '15 000,00 ₽', '30 000,00 ₽', '', '', '−12 000,00 ₽', '18 000,00 ₽', '12 000,00 ₽']);
  assert.deepEqual(table[3].slice(1), ['Итого по сделке', '', '', '210 000,00 ₽', '−30 000,00 ₽', '−15 000,00 ₽', '−12 000,00 ₽', '153 000,00 ₽', '57 000,00 ₽']);

  // The sales-plan bonus is set once for the deal: 10 % of the licences, paid later.
  await tabTo(page, '#pc0-step-plan');
  await page.press(' ');
  await page.expectContains('[data-testid=waterfall]', ['Итого выплачивается позже', '+15 000,00 ₽']);
  // The lines table gains the paid-later column: line 1's bonus, and the deal's.
  await page.until(() => deepAll('[data-testid=lines] thead th').length === 11, null, { what: 'a paid-later column' }); // eslint-disable-line no-undef
  const withLater = await lines(page);
  assert.deepEqual([withLater[0].at(-1), withLater[3].at(-1)], ['+15 000,00 ₽', '+15 000,00 ₽']);

  // The link carries every line: opened with nothing stored, the same deal.
  await linkHas(page, 'bonus:plan=true');
  const link = await page.url();
  assert.ok(link.length < 1000, `${link.length} characters`);
  await page.evaluate(() => localStorage.clear());
  await openWidget(page, link);
  await page.expectText('[data-testid=net]', '153 000,00 ₽');
  assert.deepEqual(await lines(page), withLater, 'the same lines');

  // The copied quote lists every line and the totals.
  await page.focus('[data-testid=copy]');
  await page.press('Enter');
  await page.expectText('[data-testid=copy-status]', 'Расчет скопирован в буфер обмена.');
  const copied = norm(await page.paste());
  for (const part of [
    '2. Продукт: Обновления для конечного клиента (от строки 1); Кол-во: 1;',
    'Итого по сделке; По РРЦ: 210 000,00 ₽; Партнерская скидка на лицензии: −30 000,00 ₽;',
    'Цена партнера: 153 000,00 ₽; Маржа партнера: 57 000,00 ₽; Итого выплачивается позже: +15 000,00 ₽',
    'Цена партнера −27,14%: 153 000,00 ₽',
    `Ссылка на расчет: ${baseUrl}/?`,
  ]) {
    assert.ok(copied.includes(part), `copied text should contain ${JSON.stringify(part)}:\n${copied}`);
  }

  // The CSV: a row per line and the totals; Russian with a BOM, ';' and decimal commas.
  const ru = await csvOf(page);
  assert.match(ru.name, /^partner-calc-asoft-competency-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = ru.text.split('\r\n');
  assert.ok(rows[0].startsWith('\ufeff№;Продукт;Кол-во;Цена за ед. (РРЦ);По РРЦ;'), rows[0]);
  assert.ok(rows[1].startsWith('1;Лицензии ASoft CRM (все редакции);10;15000,00;150000,00;-30000,00;'), rows[1]);
  assert.ok(rows[4].startsWith(';Итого по сделке;;;210000,00;') && rows[4].endsWith(';153000,00;57000,00'), rows[4]);
  await page.focus('button[data-testid=lang-en]');
  await page.press('Enter');
  await page.expectText('[data-testid=net]', 'RUB 153,000.00');
  const en = await csvOf(page);
  const enRows = en.text.split('\r\n');
  assert.ok(enRows[0].startsWith('#,Product,Qty,Unit price (RRP),At RRP,'), `no BOM, commas: ${enRows[0]}`);
  assert.ok(enRows[4].startsWith(',Deal total,,,210000.00,') && enRows[4].endsWith(',153000.00,57000.00'), enRows[4]);

  // A line removed by keyboard: said, and the focus on the line now in its place.
  await page.focus('[data-line="2"] [data-testid=remove-line]');
  await page.press('Enter');
  await page.until(() => deepAll('[data-testid=line]').length === 2, null, { what: 'two lines left' }); // eslint-disable-line no-undef
  await page.expectContains('[data-testid=lines-status]', 'Line 2 removed, 2 lines left');
  assert.equal(await page.focused(), 'select#pc0-product-2');
  await page.expectValue('#pc0-product-2', 'internal_use');
  await page.expectText('[data-testid=net]', 'RUB 138,000.00'); // 120 000 + 18 000
}

// A bad value on one line marks that field and keeps the last valid deal on screen.
export async function a_bad_line_field_keeps_the_last_valid_deal({ page }) {
  await openWidget(page, '/?vendor=asoft&tier=competency&ln=crm_licences~standard~10~15000~&ln=internal_use~standard~2~15000~');
  await page.expectText('[data-testid=net]', '150 000,00 ₽');
  await page.fill('#pc0-quantity-2', 'два');
  await page.expectText('#pc0-quantity-2-error', 'Это не число: используйте цифры, пробелы и запятую');
  assert.equal(await page.attr('#pc0-quantity-2', 'aria-invalid'), 'true');
  assert.equal(await page.attr('#pc0-quantity', 'aria-invalid'), 'false');
  assert.equal(await page.text('[data-testid=net]'), '150 000,00 ₽');
  assert.equal((await lines(page)).length, 3, 'the two lines and the totals stay');
}
