// Deep links, the remembered state, reset and the copied quote (issue 5's
// sharing half): what a sales rep sends and what a visitor comes back to.
import assert from 'node:assert/strict';
import { openWidget, expectText, expectContains, text, waterfall, norm } from './lib.mjs';

/** Stakhanovets Silver, 10 licences at 100 000 ₽: 30 % off, net 700 000,00 ₽. */
async function silverDeal(page) {
  await page.selectOption('#pc0-vendor', 'stakhanovets');
  await page.selectOption('#pc0-tier', 'silver');
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100 000');
  await expectText(page, '[data-testid=net]', '700 000,00 ₽');
}

// A link carries the whole state: a new page opened on it shows the same
// quote to the kopeck (same waterfall, net, margin), language and choices.
export async function deep_link_restores_the_quote({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await page.selectOption('#pc0-vendor', 'asoft');
  await page.selectOption('#pc0-tier', 'competency');
  await page.fill('#pc0-quantity', '7');
  await page.fill('#pc0-price', '12 345,67');
  await page.click('button[data-action=en]');
  await expectContains(page, '[data-testid=net]', 'RUB');
  // The address bar follows a moment after the last change.
  await page.waitForFunction(() => location.search.includes('lang=en'));
  const link = page.url();
  assert.match(link, /[?&]vendor=asoft&tier=competency/, link);
  const before = { net: await text(page, '[data-testid=net]'), rows: await waterfall(page) };

  const other = await page.context().newPage();
  await other.goto(link);
  await other.waitForSelector('[data-testid=net]');
  await expectText(other, '[data-testid=net]', before.net);
  assert.deepEqual(await waterfall(other), before.rows, 'the same waterfall');
  assert.equal(await other.inputValue('#pc0-price'), '12 345,67');
  assert.ok(await other.isHidden('[data-testid=notice]'), 'a good link shows no notice');
  await other.close();
}

// A mangled link never blanks the widget: the unusable parameters are named
// in a visible notice, their defaults apply, and the widget keeps working.
// A link is anyone's input: markup in it stays text.
export async function mangled_link_shows_a_notice({ page, baseUrl }) {
  const markup = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
  await page.goto(`${baseUrl}/?lang=xx&vendor=stakhanovets&tier=platinum&qty=abc&price=100000&bonus:x=1&pick:${markup}=1`);
  await page.waitForSelector('[data-testid=net]');
  await expectContains(page, '[data-testid=notice]', ['lang', 'tier', 'qty', 'bonus:x', 'pick:<img src=x onerror="window.__pwned=1">']);
  assert.equal(await page.locator('.pc img').count(), 0, 'no element made from the link');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.equal(await page.inputValue('#pc0-vendor'), 'stakhanovets', 'the good parameter applies');
  assert.equal(await page.inputValue('#pc0-tier'), 'white', 'the first tier instead of platinum');
  assert.equal(await page.inputValue('#pc0-quantity'), '1');
  await expectText(page, '[data-testid=net]', '90 000,00 ₽');
  await page.fill('#pc0-quantity', '2');
  await expectText(page, '[data-testid=net]', '180 000,00 ₽');
}

// The copy button puts a plain-text quote on the clipboard (read back from
// it) with the deal, the net total, the margin and a link; by keyboard too.
export async function copy_puts_the_quote_on_the_clipboard({ page, baseUrl }) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await openWidget(page, baseUrl);
  await silverDeal(page);
  await page.focus('[data-testid=copy]');
  await page.keyboard.press('Enter');
  await expectText(page, '[data-testid=copy-status]', 'Расчет скопирован в буфер обмена.');
  const copied = norm(await page.evaluate(() => navigator.clipboard.readText()));
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
export async function reload_restores_and_reset_clears({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await silverDeal(page);
  await page.waitForFunction(() => (localStorage.getItem('partner-calc') ?? '').includes('tier=silver'));
  await page.goto(`${baseUrl}/`);
  await page.waitForSelector('[data-testid=net]');
  await expectText(page, '[data-testid=net]', '700 000,00 ₽');
  assert.equal(await page.inputValue('#pc0-tier'), 'silver', 'restored from localStorage');

  await page.goto(`${baseUrl}/?vendor=stakhanovets&tier=gold&qty=10&price=100000`);
  await page.waitForSelector('[data-testid=net]');
  assert.equal(await page.inputValue('#pc0-tier'), 'gold', "the link's state wins");

  await page.click('[data-testid=reset]');
  await expectText(page, '[data-testid=net]', '90 000,00 ₽');
  assert.equal(await page.inputValue('#pc0-vendor'), 'stakhanovets');
  assert.equal(new URL(page.url()).search, '', 'the address bar is clean');
  assert.equal(await page.evaluate(() => localStorage.getItem('partner-calc')), null);
  await page.goto(`${baseUrl}/`);
  await page.waitForSelector('[data-testid=net]');
  await expectText(page, '[data-testid=net]', '90 000,00 ₽');
  assert.equal(await page.inputValue('#pc0-quantity'), '1', 'the defaults after reset');
}
