// The two printouts (Chromium only: it prints to PDF). "Печать КП" prints the customer's
// proposal alone: for ten lines one A4 page, with the customer's and partner's names, every line
// at its RRP and the total, and no partner discount, partner price or margin.
import assert from 'node:assert/strict';

/** Ten ASoft licence lines, 1 × 15 000 ₽ up to 10 × 24 000 ₽: 1 155 000 ₽ at RRP. */
const TEN = Array.from({ length: 10 }, (_, i) => `ln=crm_licences~standard~${i + 1}~${15000 + i * 1000}~`).join('&');

export async function the_proposal_of_ten_lines_prints_on_one_a4_page({ page, baseUrl }) {
  await page.setViewportSize({ width: 1280, height: 900 });
  const customer = encodeURIComponent('ООО «Ромашка и партнеры»');
  await page.goto(`${baseUrl}/?vendor=asoft&tier=competency&customer=${customer}&partner=${encodeURIComponent('ИП Иванов')}&${TEN}`);
  await page.waitForSelector('[data-partner-calc]:not([data-prerendered]) [data-testid=lines] tbody tr:nth-child(11)');
  // What the print call would print: the page as drawn at that moment, kept.
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = document.body.innerHTML;
    };
  });
  await page.click('[data-testid=print-proposal]');
  await page.waitForFunction(() => !!window.__printed);
  await page.evaluate(() => {
    document.body.innerHTML = window.__printed;
  });
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => document.querySelector('[data-testid=proposal]')?.innerText.replace(/\u00a0/g, ' '));
  for (const part of ['Коммерческое предложение', 'Клиент: ООО «Ромашка и партнеры»', 'Поставщик: ИП Иванов', '10\tЛицензии ASoft CRM (все редакции)\t10\t24 000,00 ₽\t240 000,00 ₽', 'Итого: 1 155 000,00 ₽', 'действительно 30 дн.']) {
    assert.ok(printed?.includes(part), `the proposal says ${JSON.stringify(part)}:\n${printed}`);
  }
  for (const partnerOnly of ['Цена партнера', 'Маржа', '924 000']) {
    assert.ok(!printed.includes(partnerOnly), `no ${partnerOnly} for the customer`);
  }
  // Only the proposal is printed: the form and the result are not.
  const drawn = await page.evaluate(() => ['[data-testid=lines-form]', '[data-testid=waterfall]', 'h1', '[data-testid=proposal]'].map((s) => document.querySelector(s).getClientRects().length > 0));
  assert.deepEqual(drawn, [false, false, false, true], 'the form, the result and the page heading are not printed; the proposal is');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, 'one A4 page');
}
