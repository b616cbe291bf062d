// Deep links, the remembered state, reset and the copied quote (issue 5's
// sharing half): what a sales rep sends and what a visitor comes back to.
import assert from 'node:assert/strict';
import { openWidget, waterfall } from './widget.mjs';
import { norm } from './engines/page.mjs';

export const engines = 'all';

/** Stakhanovets Silver, 10 licences at 100 000 ₽: 30 % off, net 700 000,00 ₽. */
async function silverDeal(page) {
  await page.select('#pc0-vendor', 'stakhanovets');
  await page.select('#pc0-tier', 'silver');
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100 000');
  await page.expectText('[data-testid=net]', '700 000,00 ₽');
}

/** Wait until the widget's delayed state write has reached the address bar and storage. */
const stateKept = (page, part) =>
  page.until((part) => location.search.includes(part) && (localStorage.getItem('partner-calc') ?? '').includes(part), part, {
    what: `${part} in the address bar and storage`,
  });

// A link carries the whole state: the page opened on it, with nothing stored, shows the same
// quote to the kopeck (same waterfall, net, margin), language and choices.
export async function deep_link_restores_the_quote({ page }) {
  await openWidget(page);
  await page.select('#pc0-vendor', 'asoft');
  await page.select('#pc0-tier', 'competency');
  await page.fill('#pc0-quantity', '7');
  await page.fill('#pc0-price', '12 345,67');
  await page.click('button[data-testid=lang-en]');
  await page.expectContains('[data-testid=net]', 'RUB');
  // The address bar follows a moment after the last change.
  await stateKept(page, 'lang=en');
  const link = await page.url();
  assert.match(link, /[?&]vendor=asoft&tier=competency/, link);
  const before = { net: await page.text('[data-testid=net]'), margin: await page.text('[data-testid=margin]'), rows: await waterfall(page) };
  assert.equal(before.net, 'RUB 69,135.75', '7 × 12 345.67 = 86 419.69, 20 % off: 69 135.75');

  // Nothing stored: only the link can bring the deal back.
  await page.evaluate(() => localStorage.clear());
  // The app's own defaults, not only the prerendered first screen: wait for the takeover.
  await openWidget(page, '/');
  await page.expectText('[data-testid=net]', '90 000,00 ₽');
  await openWidget(page, link);
  await page.expectText('[data-testid=net]', before.net);
  assert.equal(await page.text('[data-testid=margin]'), before.margin);
  assert.deepEqual(await waterfall(page), before.rows, 'the same waterfall');
  assert.equal(norm(await page.value('#pc0-price')), '12 345,67', 'the price as it was typed');
  assert.ok(!(await page.visible('[data-testid=notice]')), 'a good link shows no notice');
}

// A mangled link never blanks the widget: the unusable parameters are named
// in a visible notice, their defaults apply, and the widget keeps working.
// A link is anyone's input: markup in it stays text.
export async function mangled_link_shows_a_notice({ page }) {
  const markup = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
  await openWidget(page, `/?lang=xx&vendor=stakhanovets&tier=platinum&qty=abc&price=100000&bonus:x=1&pick:${markup}=1`);
  await page.expectContains('[data-testid=notice]', ['lang', 'tier', 'qty', 'bonus:x', 'pick:<img src=x onerror="window.__pwned=1">']);
  assert.equal(await page.count('.pc img'), 0, 'no element made from the link');
  assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'no script ran');
  assert.equal(await page.value('#pc0-vendor'), 'stakhanovets', 'the good parameter applies');
  assert.equal(await page.value('#pc0-tier'), 'white', 'the first tier instead of platinum');
  assert.equal(await page.value('#pc0-quantity'), '1');
  await page.expectText('[data-testid=net]', '90 000,00 ₽');
  await page.fill('#pc0-quantity', '2');
  await page.expectText('[data-testid=net]', '180 000,00 ₽');
}

// The copy button (pressed by keyboard) puts a plain-text quote on the clipboard with the
// deal, the net total, the margin and a link; read back by pasting it into a text field.
export async function copy_puts_the_quote_on_the_clipboard({ page, baseUrl }) {
  await openWidget(page);
  await silverDeal(page);
  await page.focus('[data-testid=copy]');
  await page.press('Enter');
  await page.expectText('[data-testid=copy-status]', 'Расчет скопирован в буфер обмена.');
  const copied = norm(await page.paste());
  for (const part of [
    'Стахановец',
    'Серебряный статус',
    'Цена партнера −30%: 700 000,00 ₽',
    'Маржа партнера: 300 000,00 ₽',
    'Данные программы от',
    `Ссылка на расчет: ${baseUrl}/?`,
  ]) {
    assert.ok(copied.includes(part), `copied text should contain ${JSON.stringify(part)}:\n${copied}`);
  }
}

// The last state is kept: opening the page again (no link) restores it; a
// link's state wins over the stored one; reset clears it for good.
export async function reload_restores_and_reset_clears({ page }) {
  await openWidget(page);
  await silverDeal(page);
  await stateKept(page, 'tier=silver');
  await openWidget(page, '/');
  await page.expectText('[data-testid=net]', '700 000,00 ₽');
  assert.equal(await page.value('#pc0-tier'), 'silver', 'restored from localStorage');
  await page.expectContains('[data-testid=restored]', 'Восстановлен расчет с вашего прошлого визита');
  await page.click('button[data-testid=lang-en]');
  await page.expectContains('[data-testid=restored]', ['Your calculation from your last visit was brought back', 'Start again']);
  await page.click('button[data-testid=lang-ru]');

  await openWidget(page, '/?vendor=stakhanovets&tier=gold&qty=10&price=100000');
  assert.equal(await page.visible('[data-testid=restored]'), false, 'a link is no restored visit');
  assert.equal(await page.value('#pc0-tier'), 'gold', "the link's state wins");
  await page.expectText('[data-testid=net]', '600 000,00 ₽');

  await page.click('[data-testid=reset]');
  await page.expectText('[data-testid=net]', '90 000,00 ₽');
  assert.equal(await page.value('#pc0-vendor'), 'stakhanovets');
  assert.equal(new URL(await page.url()).search, '', 'the address bar is clean');
  assert.equal(await page.evaluate(() => localStorage.getItem('partner-calc')), null);
  await openWidget(page, '/');
  await page.expectText('[data-testid=net]', '90 000,00 ₽');
  assert.equal(await page.value('#pc0-quantity'), '1', 'the defaults after reset');
  assert.equal(await page.visible('[data-testid=restored]'), false, 'nothing kept, nothing restored');
}

// Opening the page again says that the last visit was brought back, and its one click starts
// again from the defaults.
export async function a_restored_visit_is_said_and_started_again_in_one_click({ page }) {
  await openWidget(page);
  await silverDeal(page);
  await page.fill('#pc0-sales', '600000');
  await stateKept(page, 'sales=600000');
  await openWidget(page, '/');
  assert.equal(await page.value('#pc0-sales'), '600000');
  await page.waitVisible('[data-testid=restored]');
  await page.click('button[data-testid=start-again]');
  await page.expectText('[data-testid=net]', '90 000,00 ₽');
  assert.equal(await page.value('#pc0-sales'), '', 'the last customer\'s sales are gone');
  await page.waitVisible('[data-testid=restored]', { hidden: true });
  assert.equal(await page.evaluate(() => localStorage.getItem('partner-calc')), null);
}
