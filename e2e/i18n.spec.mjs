// Language switch RU <-> EN: labels, money format, aria-pressed.
import assert from 'node:assert/strict';
import { openWidget, expectText, text } from './lib.mjs';

const lang = (page, code) => page.locator('button.pc-lang', { hasText: code });

export async function switch_to_english_and_back({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  assert.equal(await lang(page, 'RU').getAttribute('aria-pressed'), 'true', 'Russian by default');
  assert.equal(await lang(page, 'EN').getAttribute('aria-pressed'), 'false');
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await expectText(page, '[data-testid=net]', '900 000,00 ₽');
  assert.match(await text(page, 'label[for=pc0-quantity]'), /^Количество/);

  await lang(page, 'EN').click();
  await expectText(page, '[data-testid=net]', 'RUB 900,000.00');
  assert.equal(await lang(page, 'EN').getAttribute('aria-pressed'), 'true');
  assert.equal(await lang(page, 'RU').getAttribute('aria-pressed'), 'false');
  assert.match(await text(page, 'label[for=pc0-quantity]'), /^Quantity/);
  assert.equal(await text(page, '[data-testid=margin]'), 'RUB 100,000.00 · 10%');
  // The raw text uses U+00A0 after the currency code.
  assert.equal(await page.textContent('[data-testid=net]'), 'RUB\u00a0900,000.00');
  assert.equal(await page.getAttribute('[data-partner-calc] [lang]', 'lang'), 'en', 'widget lang attribute');
  const body = await page.locator('[data-partner-calc]').innerText();
  assert.ok(!/[А-Яа-яЁё]/.test(body.replace(/RU\b/, '')), `no Cyrillic left in English UI: ${body.match(/.{0,40}[А-Яа-яЁё]+.{0,40}/)?.[0]}`);

  await lang(page, 'RU').click();
  await expectText(page, '[data-testid=net]', '900 000,00 ₽');
  assert.match(await text(page, 'label[for=pc0-quantity]'), /^Количество/);
  assert.equal(await page.getAttribute('[data-partner-calc] [lang]', 'lang'), 'ru');
}

export async function english_numbers_and_errors({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await lang(page, 'EN').click();
  await page.fill('#pc0-quantity', '1');
  await page.fill('#pc0-price', '1,500.50');
  await expectText(page, '[data-testid=net]', 'RUB 1,350.45');
  await page.fill('#pc0-quantity', 'abc');
  await page.waitForSelector('#pc0-quantity-error', { state: 'visible' });
  const msg = await text(page, '#pc0-quantity-error');
  assert.ok(msg.length > 0 && !/[А-Яа-яЁё]/.test(msg), `English error message, got ${JSON.stringify(msg)}`);
  await page.selectOption('#pc0-vendor', 'bitrix-kz');
  await page.fill('#pc0-quantity', '3');
  await page.fill('#pc0-price', '2500000');
  await expectText(page, '[data-testid=net]', 'agreed with the vendor');
  await expectText(page, '[data-testid=waterfall] tbody tr:first-child td:last-child', 'KZT 7,500,000.00');
}
