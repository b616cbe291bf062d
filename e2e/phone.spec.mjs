// The widget on a phone (375 px), in every engine: the partner's price in sight while the form
// is edited, the compare table as one card per row with nothing cut off or scrolled sideways,
// and no text under 12 px in any view.
import assert from 'node:assert/strict';
import { openWidget, setDeal } from './widget.mjs';

export const engines = 'all';

/** Whether the first match of `selector` lies wholly inside the viewport. */
function inSight(page, selector) {
  return page.evaluate((selector) => {
    const r = document.querySelector(selector).getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }, selector);
}

/** Scrolls the first match of `selector` into the middle of the viewport. */
function scrollTo(page, selector) {
  return page.evaluate((selector) => document.querySelector(selector).scrollIntoView({ block: 'center' }), selector);
}

/** Visible texts inside the widget drawn smaller than 12 px: "tag.class size text". */
function tinyTexts(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.querySelector('.pc'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.data.trim() || el.closest('[hidden], .pc-sr') || el.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 12) out.push(`${el.tagName.toLowerCase()}.${el.className} ${size}px ${node.data.trim().slice(0, 30)}`);
    }
    return out;
  });
}

export async function the_partner_price_stays_in_sight_while_the_form_is_edited({ page, artifacts }) {
  await page.viewport(375, 740);
  await openWidget(page);
  // ASoft with its bonuses: the longest form.
  await setDeal(page, { vendor: 'asoft', tier: 'competency', quantity: 10, price: 100000 });
  await page.check('#pc0-step-reviews');
  await page.expectText('[data-testid=net]', '800 000,00 ₽');
  assert.ok(await inSight(page, '[data-testid=net]'), 'the net price after choosing the deal');
  for (const field of ['#pc0-sales', '#pc0-step-plan', '#pc0-price']) {
    await scrollTo(page, field);
    assert.ok(await inSight(page, '[data-testid=net]'), `the net price while ${field} is edited`);
  }
  await page.fill('#pc0-quantity', '20');
  await page.expectText('[data-testid=net]', '1 600 000,00 ₽');
  assert.ok(await inSight(page, '[data-testid=net]'), 'the new net price');
  await artifacts.screenshot('phone-form');
}

export async function compare_shows_every_row_as_a_card_without_sideways_scroll({ page }) {
  await page.viewport(375, 740);
  await openWidget(page);
  await setDeal(page, { quantity: 10, price: 100000 });
  await page.click('[data-testid=view-compare]');
  await page.waitVisible('[data-testid=compare]');
  const facts = await page.evaluate(() => {
    const extra = document.querySelector('.pc-extra');
    const table = document.querySelector('[data-testid=compare]');
    const cells = [...table.querySelectorAll('tbody td')];
    return {
      scroll: extra.scrollWidth - extra.clientWidth,
      page: document.documentElement.scrollWidth,
      cut: cells.filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent),
      outside: cells.filter((td) => td.getBoundingClientRect().right > window.innerWidth + 0.5).length,
      labels: cells.slice(0, 5).map((td) => getComputedStyle(td, '::before').content),
      rows: table.querySelectorAll('tbody tr').length,
    };
  });
  assert.ok(facts.rows > 10, `${facts.rows} rows`);
  assert.equal(facts.scroll, 0, 'the compare panel does not scroll sideways');
  assert.ok(facts.page <= 375, `page scrollWidth ${facts.page}`);
  assert.deepEqual(facts.cut, [], 'no figure cut off');
  assert.equal(facts.outside, 0, 'every cell inside the viewport');
  assert.deepEqual(facts.labels.map((l) => l.replace(/"/g, '')), ['Вендор', 'Статус партнера', 'Цена партнера', 'Скидка', 'Маржа партнера']);
}

export async function no_text_is_under_12_px_in_any_view({ page }) {
  for (const width of [375, 1280]) {
    await page.viewport(width, 800);
    await openWidget(page);
    await setDeal(page, { vendor: 'directum', tier: 'general', quantity: 10, price: 100000 });
    assert.deepEqual(await tinyTexts(page), [], `quote view at ${width}`);
    await page.click('[data-testid=view-compare]');
    await page.waitVisible('[data-testid=chart]');
    assert.deepEqual(await tinyTexts(page), [], `compare view at ${width}`);
    await page.click('[data-testid=view-whatif]');
    await page.waitVisible('#pc0-plan');
    assert.deepEqual(await tinyTexts(page), [], `what-if view at ${width}`);
  }
}
