// Helpers for cross-engine specs over the engine-neutral page (engines/page.mjs): the
// standalone widget's DOM contract ([data-partner-calc], ids pc0-*, data-testid parts).

/**
 * Open the standalone page (or `pathname`) and wait until the app has taken over the prerendered
 * widget (the mount point has lost its data-prerendered mark) and shows a quote.
 */
export async function openWidget(page, pathname = '/') {
  await page.goto(pathname);
  await page.until(() => document.querySelector('[data-partner-calc]:not([data-prerendered]) [data-testid=net]')?.textContent.trim().length > 0, null, {
    timeout: 20_000,
    what: 'a quote on the page',
  });
}

/** Type a deal into the standalone widget: { vendor, tier, product, quantity, price }, each optional. */
export async function setDeal(page, { vendor, tier, product, quantity, price }) {
  if (vendor) await page.select('#pc0-vendor', vendor);
  if (tier) await page.select('#pc0-tier', tier);
  if (product) await page.select('#pc0-product', product);
  if (quantity !== undefined) await page.fill('#pc0-quantity', String(quantity));
  if (price !== undefined) await page.fill('#pc0-price', String(price));
}

/** The waterfall as [[label, percent, amount], ...] (body rows, normalised text). */
export function waterfall(page, within = '') {
  return page.rows(`${within}[data-testid=waterfall] tbody tr`);
}

/** Texts of the caveat list items. */
export function caveats(page, within = '') {
  return page.texts(`${within}[data-testid=caveats] li`);
}

/**
 * Press Tab (or Shift+Tab with `back`) until `selector`'s element has the focus; fail after
 * `max` presses. Returns what had the focus on the way.
 */
export async function tabTo(page, selector, { back = false, max = 40 } = {}) {
  const passed = [];
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => deepOne(sel) === document.activeElement, selector)) return passed; // eslint-disable-line no-undef
    await page.press(back ? 'Shift+Tab' : 'Tab');
    passed.push(await page.focused());
  }
  throw new Error(`${selector} not reached by ${max} × ${back ? 'Shift+Tab' : 'Tab'}: ${passed.join(' → ')}`);
}

/** Select all of the focused field's text and type `text` over it. */
export async function typeOver(page, text) {
  await page.press('Control+a');
  await page.keys(text);
}
