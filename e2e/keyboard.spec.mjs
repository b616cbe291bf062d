// Keyboard only, as a person without a mouse uses the form: Tab reaches every control in
// order, arrow keys choose in the selects, typing replaces a field's text, Enter and Space
// press the buttons. Nothing here clicks or sets a value from script.
import assert from 'node:assert/strict';
import { openWidget, tabTo, typeOver } from './widget.mjs';

export const engines = 'all';

// Directum General, 10 licences at 100 000 ₽ with the 15 % additional discount — all by
// keyboard: 45 % + 15 % off the RRP, net 400 000,00 ₽. Then English and reset by keys.
export async function the_form_works_by_keyboard_alone({ page }) {
  await openWidget(page);
  await page.evaluate(() => document.activeElement?.blur());

  await tabTo(page, '#pc0-vendor');
  // Stakhanovets is preselected; Directum is the option above it.
  await page.press('ArrowUp');
  await page.expectValue('#pc0-vendor', 'directum');
  await page.expectText('[data-testid=net]', '70 000,00 ₽'); // 1 × 100 000 ₽, Authorized: 30 % off

  await tabTo(page, '#pc0-tier');
  for (let i = 0; i < 3; i++) await page.press('ArrowDown');
  await page.expectValue('#pc0-tier', 'general');
  await page.expectText('[data-testid=net]', '55 000,00 ₽'); // General: 45 % off

  await tabTo(page, '#pc0-quantity');
  await typeOver(page, '10');
  await page.expectText('[data-testid=net]', '550 000,00 ₽');
  await tabTo(page, '#pc0-step-additional');
  await typeOver(page, '15');
  // 10 × 100 000 = 1 000 000; −45 % −15 % of the RRP = 400 000,00 ₽.
  await page.expectText('[data-testid=net]', '400 000,00 ₽');
  await page.expectText('[data-testid=margin]', '600 000,00 ₽ · 60%');

  // A bad value by keyboard (one key more: 150 %): the message next to the field, the last
  // valid quote kept; Backspace makes it 15 % again.
  await page.press('End');
  await page.keys('0');
  await page.expectText('#pc0-step-additional-error', 'Введите значение от 0 до 15 %');
  assert.equal(await page.attr('#pc0-step-additional', 'aria-invalid'), 'true');
  assert.equal(await page.text('[data-testid=net]'), '400 000,00 ₽');
  await page.press('Backspace');
  await page.waitVisible('#pc0-step-additional-error', { hidden: true });
  assert.equal(await page.text('[data-testid=net]'), '400 000,00 ₽');

  // The language buttons come before the form: back with Shift+Tab, press with Space.
  await tabTo(page, 'button.pc-lang[data-testid=lang-en]', { back: true });
  await page.press(' ');
  await page.expectText('[data-testid=net]', 'RUB 400,000.00');
  assert.equal(await page.attr('button.pc-lang[data-testid=lang-en]', 'aria-pressed'), 'true');

  // Reset, with Enter: the defaults again.
  await tabTo(page, '[data-testid=reset]');
  await page.press('Enter');
  await page.expectText('[data-testid=net]', '90 000,00 ₽');
  assert.equal(await page.value('#pc0-vendor'), 'stakhanovets');
}
