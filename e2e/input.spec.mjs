// Input validation: Russian notation, errors, aria-invalid and the stale last quote.
import assert from 'node:assert/strict';
import { openWidget, expectText, text, waterfall } from './lib.mjs';

export async function quantity_not_a_number({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await expectText(page, '[data-testid=net]', '900 000,00 ₽');
  assert.ok(await page.isHidden('#pc0-quantity-error'), 'no error while valid');
  assert.equal(await page.getAttribute('#pc0-quantity', 'aria-invalid'), 'false');
  assert.ok(await page.isHidden('p.pc-stale'), 'no stale notice while valid');

  await page.fill('#pc0-quantity', 'abc');
  await page.waitForSelector('#pc0-quantity-error', { state: 'visible' });
  const msg = await text(page, '#pc0-quantity-error');
  assert.match(msg, /[А-Яа-яЁё]{3}/, `Russian error message, got ${JSON.stringify(msg)}`);
  assert.equal(await page.getAttribute('#pc0-quantity', 'aria-invalid'), 'true');
  assert.ok(await page.isVisible('p.pc-stale'), 'stale notice visible');
  assert.equal(await text(page, '[data-testid=net]'), '900 000,00 ₽', 'last valid quote kept');
  const describedBy = (await page.getAttribute('#pc0-quantity', 'aria-describedby')) ?? '';
  assert.ok(describedBy.split(/\s+/).includes('pc0-quantity-error'), 'error is linked by aria-describedby');
}

export async function quantity_must_be_whole({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await page.fill('#pc0-quantity', '2,5');
  await expectText(page, '#pc0-quantity-error', 'Введите целое число');
  assert.ok(await page.isVisible('#pc0-quantity-error'));
  assert.equal(await page.getAttribute('#pc0-quantity', 'aria-invalid'), 'true');
  await page.fill('#pc0-quantity', '3');
  await expectText(page, '[data-testid=net]', '270 000,00 ₽');
  assert.ok(await page.isHidden('#pc0-quantity-error'), 'error cleared after a valid value');
  assert.equal(await page.getAttribute('#pc0-quantity', 'aria-invalid'), 'false');
}

export async function price_in_russian_notation({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await page.fill('#pc0-quantity', '1');
  await page.fill('#pc0-price', '1 500,50');
  await expectText(page, '[data-testid=net]', '1 350,45 ₽');
  assert.ok(await page.isHidden('#pc0-price-error'), 'valid price shows no error');
  assert.equal(await page.getAttribute('#pc0-price', 'aria-invalid'), 'false');
  const rows = await waterfall(page);
  assert.deepEqual(rows[0], ['Сумма по РРЦ (1 × 1 500,50 ₽)', '', '1 500,50 ₽']);
  // A no-break space as the group separator (as pasted from a formatted figure) is valid too.
  await page.fill('#pc0-price', '2\u00a0000,00');
  await expectText(page, '[data-testid=net]', '1 800,00 ₽');
}

export async function price_invalid_keeps_last_quote({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await expectText(page, '[data-testid=net]', '900 000,00 ₽');
  await page.fill('#pc0-price', '12x');
  await page.waitForSelector('#pc0-price-error', { state: 'visible' });
  assert.equal(await page.getAttribute('#pc0-price', 'aria-invalid'), 'true');
  assert.ok(await page.isVisible('p.pc-stale'));
  assert.equal(await text(page, '[data-testid=net]'), '900 000,00 ₽');
  // Quantity error and price error at once; fixing one keeps the other and the stale notice.
  await page.fill('#pc0-quantity', 'abc');
  await page.waitForSelector('#pc0-quantity-error', { state: 'visible' });
  await page.fill('#pc0-price', '200000');
  await page.waitForSelector('#pc0-price-error', { state: 'hidden' });
  assert.ok(await page.isVisible('#pc0-quantity-error'), 'quantity error still shown');
  assert.ok(await page.isVisible('p.pc-stale'), 'still stale while quantity is invalid');
  assert.equal(await text(page, '[data-testid=net]'), '900 000,00 ₽');
  await page.fill('#pc0-quantity', '1');
  await expectText(page, '[data-testid=net]', '180 000,00 ₽');
  assert.ok(await page.isHidden('p.pc-stale'));
}

export async function sales_invalid_shows_error({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await page.fill('#pc0-sales', 'много');
  await page.waitForSelector('#pc0-sales-error', { state: 'visible' });
  assert.equal(await page.getAttribute('#pc0-sales', 'aria-invalid'), 'true');
  await page.fill('#pc0-sales', '');
  await page.waitForSelector('#pc0-sales-error', { state: 'hidden' });
  assert.equal(await page.getAttribute('#pc0-sales', 'aria-invalid'), 'false');
}

// Contract: each invalid input shows its own error and aria-invalid, whatever the others hold.
export async function every_invalid_field_flagged_at_once({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await page.selectOption('#pc0-vendor', 'directum');
  await page.selectOption('#pc0-tier', 'general');
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-step-additional', '16');
  await expectText(page, '#pc0-step-additional-error', 'Введите значение от 0 до 15 %');
  await page.fill('#pc0-quantity', 'abc');
  await page.waitForSelector('#pc0-quantity-error', { state: 'visible' });
  await page.fill('#pc0-price', '12x');
  await page.waitForSelector('#pc0-price-error', { state: 'visible' });
  const state = await page.evaluate(() =>
    ['pc0-quantity', 'pc0-price', 'pc0-step-additional'].map((id) => ({
      id,
      value: document.getElementById(id).value,
      ariaInvalid: document.getElementById(id).getAttribute('aria-invalid'),
      errorShown: !document.getElementById(`${id}-error`).hidden,
    })),
  );
  for (const f of state) {
    assert.ok(f.ariaInvalid === 'true' && f.errorShown, `${f.id}=${JSON.stringify(f.value)} should be flagged: ${JSON.stringify(state)}`);
  }
}

export async function markup_typed_into_fields_stays_text({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  const hostile = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  for (const id of ['#pc0-quantity', '#pc0-price', '#pc0-sales']) {
    await page.fill(id, hostile);
    await page.waitForSelector(`${id}-error`, { state: 'visible' });
  }
  await page.waitForTimeout(200);
  assert.equal(await page.locator('[data-partner-calc] img, [data-partner-calc] script').count(), 0, 'no markup was created');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.equal(dialogs, 0);
  assert.equal(await page.inputValue('#pc0-price'), hostile, 'the text stays as typed');
}
