// Language switch RU <-> EN: labels, money format, aria-pressed.
import assert from 'node:assert/strict';
import { openWidget } from './widget.mjs';

export const engines = 'all';

/** The language button showing `code` ('RU', 'EN'). */
const lang = (code) => `button.pc-lang[data-testid=lang-${code.toLowerCase()}]`;

export async function switch_to_english_and_back({ page }) {
  await openWidget(page);
  assert.equal(await page.attr(lang('RU'), 'aria-pressed'), 'true', 'Russian by default');
  assert.equal(await page.attr(lang('EN'), 'aria-pressed'), 'false');
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await page.expectText('[data-testid=net]', '900 000,00 ₽');
  assert.match(await page.text('label[for=pc0-quantity]'), /^Количество/);

  await page.click(lang('EN'));
  await page.expectText('[data-testid=net]', 'RUB 900,000.00');
  assert.equal(await page.attr(lang('EN'), 'aria-pressed'), 'true');
  assert.equal(await page.attr(lang('RU'), 'aria-pressed'), 'false');
  assert.match(await page.text('label[for=pc0-quantity]'), /^Quantity/);
  assert.equal(await page.text('[data-testid=margin]'), 'RUB 100,000.00 · 10%');
  // The raw text uses U+00A0 after the currency code.
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid=net]').textContent), 'RUB\u00a0900,000.00');
  assert.equal(await page.attr('[data-partner-calc] [lang]', 'lang'), 'en', 'widget lang attribute');
  // The page around the widget follows it: its heading, introduction, title and lang.
  await page.expectText('h1', 'Partner programmes: discount calculator');
  assert.match(await page.text('p.lead'), /^Choose a vendor, tier, product and quantity/);
  assert.equal(await page.evaluate(() => [document.title, document.documentElement.lang].join('|')), 'partner-calc — partner discount calculator|en');
  const body = await page.evaluate(() => document.querySelector('[data-partner-calc]').innerText);
  assert.ok(!/[А-Яа-яЁё]/.test(body.replace(/RU\b/, '')), `no Cyrillic left in English UI: ${body.match(/.{0,40}[А-Яа-яЁё]+.{0,40}/)?.[0]}`);

  await page.click(lang('RU'));
  await page.expectText('[data-testid=net]', '900 000,00 ₽');
  assert.match(await page.text('label[for=pc0-quantity]'), /^Количество/);
  assert.equal(await page.attr('[data-partner-calc] [lang]', 'lang'), 'ru');
  await page.expectText('h1', 'Партнерские программы: расчет скидок');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
}

export async function english_numbers_and_errors({ page }) {
  await openWidget(page);
  await page.click(lang('EN'));
  await page.fill('#pc0-quantity', '1');
  await page.fill('#pc0-price', '1,500.50');
  await page.expectText('[data-testid=net]', 'RUB 1,350.45');
  await page.fill('#pc0-quantity', 'abc');
  await page.waitVisible('#pc0-quantity-error');
  const msg = await page.text('#pc0-quantity-error');
  assert.ok(msg.length > 0 && !/[А-Яа-яЁё]/.test(msg), `English error message, got ${JSON.stringify(msg)}`);
  await page.select('#pc0-vendor', 'bitrix-kz');
  await page.fill('#pc0-quantity', '3');
  await page.fill('#pc0-price', '2500000');
  await page.expectText('[data-testid=net]', 'agreed with the vendor');
  await page.expectText('[data-testid=waterfall] tbody tr:first-child td:last-child', 'KZT 7,500,000.00');
}
