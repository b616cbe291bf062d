// Input validation: Russian notation, errors, aria-invalid and the stale last quote.
import assert from 'node:assert/strict';
import { openWidget, waterfall } from './widget.mjs';

export const engines = 'all';

export async function quantity_not_a_number({ page }) {
  await openWidget(page);
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await page.expectText('[data-testid=net]', '900 000,00 ₽');
  assert.ok(!(await page.visible('#pc0-quantity-error')), 'no error while valid');
  assert.equal(await page.attr('#pc0-quantity', 'aria-invalid'), 'false');
  assert.ok(!(await page.visible('p.pc-stale')), 'no stale notice while valid');

  await page.fill('#pc0-quantity', 'abc');
  await page.waitVisible('#pc0-quantity-error');
  const msg = await page.text('#pc0-quantity-error');
  assert.match(msg, /[А-Яа-яЁё]{3}/, `Russian error message, got ${JSON.stringify(msg)}`);
  assert.equal(await page.attr('#pc0-quantity', 'aria-invalid'), 'true');
  assert.ok(await page.visible('p.pc-stale'), 'stale notice visible');
  assert.equal(await page.text('[data-testid=net]'), '900 000,00 ₽', 'last valid quote kept');
  const describedBy = (await page.attr('#pc0-quantity', 'aria-describedby')) ?? '';
  assert.ok(describedBy.split(/\s+/).includes('pc0-quantity-error'), 'error is linked by aria-describedby');
}

export async function quantity_must_be_whole({ page }) {
  await openWidget(page);
  await page.fill('#pc0-quantity', '2,5');
  await page.expectText('#pc0-quantity-error', 'Введите целое число');
  assert.ok(await page.visible('#pc0-quantity-error'));
  assert.equal(await page.attr('#pc0-quantity', 'aria-invalid'), 'true');
  await page.fill('#pc0-quantity', '3');
  await page.expectText('[data-testid=net]', '270 000,00 ₽');
  assert.ok(!(await page.visible('#pc0-quantity-error')), 'error cleared after a valid value');
  assert.equal(await page.attr('#pc0-quantity', 'aria-invalid'), 'false');
}

export async function price_in_russian_notation({ page }) {
  await openWidget(page);
  await page.fill('#pc0-quantity', '1');
  await page.fill('#pc0-price', '1 500,50');
  await page.expectText('[data-testid=net]', '1 350,45 ₽');
  assert.ok(!(await page.visible('#pc0-price-error')), 'valid price shows no error');
  assert.equal(await page.attr('#pc0-price', 'aria-invalid'), 'false');
  const rows = await waterfall(page);
  assert.deepEqual(rows[0], ['Сумма по РРЦ (1 × 1 500,50 ₽)', '', '1 500,50 ₽']);
  // A no-break space as the group separator (as pasted from a formatted figure) is valid too.
  await page.fill('#pc0-price', '2\u00a0000,00');
  await page.expectText('[data-testid=net]', '1 800,00 ₽');
}

export async function price_invalid_keeps_last_quote({ page }) {
  await openWidget(page);
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await page.expectText('[data-testid=net]', '900 000,00 ₽');
  await page.fill('#pc0-price', '12x');
  await page.waitVisible('#pc0-price-error');
  assert.equal(await page.attr('#pc0-price', 'aria-invalid'), 'true');
  assert.ok(await page.visible('p.pc-stale'));
  assert.equal(await page.text('[data-testid=net]'), '900 000,00 ₽');
  // Quantity error and price error at once; fixing one keeps the other and the stale notice.
  await page.fill('#pc0-quantity', 'abc');
  await page.waitVisible('#pc0-quantity-error');
  await page.fill('#pc0-price', '200000');
  await page.waitVisible('#pc0-price-error', { hidden: true });
  assert.ok(await page.visible('#pc0-quantity-error'), 'quantity error still shown');
  assert.ok(await page.visible('p.pc-stale'), 'still stale while quantity is invalid');
  assert.equal(await page.text('[data-testid=net]'), '900 000,00 ₽');
  await page.fill('#pc0-quantity', '1');
  await page.expectText('[data-testid=net]', '180 000,00 ₽');
  assert.ok(!(await page.visible('p.pc-stale')));
}

export async function sales_invalid_shows_error({ page }) {
  await openWidget(page);
  await page.fill('#pc0-sales', 'много');
  await page.waitVisible('#pc0-sales-error');
  assert.equal(await page.attr('#pc0-sales', 'aria-invalid'), 'true');
  await page.fill('#pc0-sales', '');
  await page.waitVisible('#pc0-sales-error', { hidden: true });
  assert.equal(await page.attr('#pc0-sales', 'aria-invalid'), 'false');
}

// Contract: each invalid input shows its own error and aria-invalid, whatever the others hold.
export async function every_invalid_field_flagged_at_once({ page }) {
  await openWidget(page);
  await page.select('#pc0-vendor', 'directum');
  await page.select('#pc0-tier', 'general');
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-step-additional', '16');
  await page.expectText('#pc0-step-additional-error', 'Введите значение от 0 до 15 %');
  await page.fill('#pc0-quantity', 'abc');
  await page.waitVisible('#pc0-quantity-error');
  await page.fill('#pc0-price', '12x');
  await page.waitVisible('#pc0-price-error');
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

export async function markup_typed_into_fields_stays_text({ page }) {
  await openWidget(page);
  const hostile = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  for (const id of ['#pc0-quantity', '#pc0-price', '#pc0-sales']) {
    await page.fill(id, hostile);
    await page.waitVisible(`${id}-error`);
  }
  await page.wait(200);
  assert.equal(await page.count('[data-partner-calc] img, [data-partner-calc] script'), 0, 'no markup was created');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  // (A dialog would fail the test in the runner.)
  assert.equal(await page.value('#pc0-price'), hostile, 'the text stays as typed');
}
