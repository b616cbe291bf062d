// The widget on a phone (375 px), in every engine: the partner's price in sight while the form
// is edited, the compare table as one card per row with nothing cut off or scrolled sideways,
// and no text under 12 px in any view. The page runs in a frame 375 px wide (a frame is a
// viewport of its own: its media and container queries, its scrolling), since WebKit's
// MiniBrowser cannot make its window that narrow; the same frame serves every engine.
import assert from 'node:assert/strict';

export const engines = 'all';

/** Open the standalone page in a `width` × `height` frame of an empty page of the same origin
 * (served by `serve`) and wait until its app shows a quote. */
async function openFrame(page, serve, width, height) {
  const site = await serve({ pages: { '/phone.html': '<!doctype html><title>phone</title><link rel="icon" href="data:,"><body></body>' } });
  await page.viewport(Math.max(width, 800) + 40, height + 40);
  await page.goto(`${site.url}/phone.html`);
  await page.evaluate(
    ([width, height]) =>
      new Promise((resolve) => {
        const frame = document.createElement('iframe');
        frame.title = 'phone';
        Object.assign(frame.style, { position: 'fixed', inset: '0 auto auto 0', width: `${width}px`, height: `${height}px`, border: '0' });
        frame.addEventListener('load', resolve, { once: true });
        frame.src = '/';
        document.body.append(frame);
      }),
    [width, height],
  );
  await page.until(() => {
    const doc = document.querySelector('iframe').contentDocument;
    return doc?.querySelector('[data-partner-calc]:not([data-prerendered]) [data-testid=net]')?.textContent.trim().length > 0;
  }, null, { timeout: 20_000, what: 'a quote in the frame' });
}

/** Does `action` to the frame's first match of `selector`: `['value', v]`, `['check']` or `['click']`. */
function act(page, selector, ...action) {
  return page.evaluate(
    ([selector, [kind, value]]) => {
      const el = document.querySelector('iframe').contentDocument.querySelector(selector);
      if (kind === 'click') return el.click();
      if (kind === 'check') {
        el.checked = true;
        return el.dispatchEvent(new Event('change', { bubbles: true }));
      }
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
    },
    [selector, action],
  );
}

/** Wait until the frame's net price reads `text`. */
function netIs(page, text) {
  return page.until(
    (text) => document.querySelector('iframe').contentDocument.querySelector('[data-testid=net]')?.textContent.replace(/\u00a0/g, ' ').trim() === text,
    text,
    { what: `the net price ${text}` },
  );
}

/** Whether the frame's net price lies wholly inside the frame's viewport. */
function netInSight(page) {
  return page.evaluate(() => {
    const win = document.querySelector('iframe').contentWindow;
    const r = win.document.querySelector('[data-testid=net]').getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= win.innerHeight;
  });
}

/** Scrolls the frame's first match of `selector` into the middle of its viewport. */
function scrollTo(page, selector) {
  return page.evaluate((selector) => document.querySelector('iframe').contentDocument.querySelector(selector).scrollIntoView({ block: 'center' }), selector);
}

/** Visible texts inside the frame's widget drawn smaller than 12 px: "tag.class size text". */
function tinyTexts(page) {
  return page.evaluate(() => {
    const doc = document.querySelector('iframe').contentDocument;
    const out = [];
    const walker = doc.createTreeWalker(doc.querySelector('.pc'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.data.trim() || el.closest('[hidden], .pc-sr') || el.getClientRects().length === 0) continue;
      const size = parseFloat(doc.defaultView.getComputedStyle(el).fontSize);
      if (size < 12) out.push(`${el.tagName.toLowerCase()}.${el.className} ${size}px ${node.data.trim().slice(0, 30)}`);
    }
    return out;
  });
}

/** Wait until the frame's first match of `selector` is drawn. */
function shown(page, selector) {
  return page.until(
    (selector) => {
      const el = document.querySelector('iframe').contentDocument.querySelector(selector);
      return !!el && el.getClientRects().length > 0 && !el.closest('[hidden]');
    },
    selector,
    { what: `${selector} on screen` },
  );
}

export async function the_partner_price_stays_in_sight_while_the_form_is_edited({ page, serve }) {
  await openFrame(page, serve, 375, 740);
  // ASoft with its bonuses: the longest form.
  await act(page, '#pc0-vendor', 'value', 'asoft');
  await act(page, '#pc0-tier', 'value', 'competency');
  await act(page, '#pc0-quantity', 'value', '10');
  await act(page, '#pc0-price', 'value', '100000');
  await act(page, '#pc0-step-reviews', 'check');
  await netIs(page, '800 000,00 ₽');
  assert.ok(await netInSight(page), 'the net price after choosing the deal');
  for (const field of ['#pc0-sales', '#pc0-step-plan', '#pc0-price']) {
    await scrollTo(page, field);
    assert.ok(await netInSight(page), `the net price while ${field} is edited`);
  }
  await act(page, '#pc0-quantity', 'value', '20');
  await netIs(page, '1 600 000,00 ₽');
  assert.ok(await netInSight(page), 'the new net price');
}

export async function compare_shows_every_row_as_a_card_without_sideways_scroll({ page, serve }) {
  await openFrame(page, serve, 375, 740);
  await act(page, '#pc0-quantity', 'value', '10');
  await act(page, '#pc0-price', 'value', '100000');
  await netIs(page, '900 000,00 ₽');
  await act(page, '[data-testid=view-compare]', 'click');
  await shown(page, '[data-testid=compare]');
  const facts = await page.evaluate(() => {
    const doc = document.querySelector('iframe').contentDocument;
    const win = doc.defaultView;
    const extra = doc.querySelector('.pc-extra');
    const table = doc.querySelector('[data-testid=compare]');
    const cells = [...table.querySelectorAll('tbody td')];
    return {
      scroll: extra.scrollWidth - extra.clientWidth,
      page: doc.documentElement.scrollWidth,
      cut: cells.filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent),
      outside: cells.filter((td) => td.getBoundingClientRect().right > win.innerWidth + 0.5).length,
      labels: cells.slice(0, 5).map((td) => td.dataset.label),
      drawn: cells.every((td) => !['none', 'normal', ''].includes(win.getComputedStyle(td, '::before').content)),
      sort: [...table.querySelectorAll('thead button')].filter((b) => b.getClientRects().length > 0).length,
      rows: table.querySelectorAll('tbody tr').length,
    };
  });
  assert.ok(facts.rows > 10, `${facts.rows} rows`);
  assert.equal(facts.scroll, 0, 'the compare panel does not scroll sideways');
  assert.ok(facts.page <= 375, `page scrollWidth ${facts.page}`);
  assert.deepEqual(facts.cut, [], 'no figure cut off');
  assert.equal(facts.outside, 0, 'every cell inside the viewport');
  assert.deepEqual(facts.labels, ['Вендор', 'Статус партнера', 'Цена партнера', 'Скидка', 'Маржа партнера']);
  assert.ok(facts.drawn, 'each cell is drawn after its column name');
  assert.equal(facts.sort, 2, 'both sort buttons stay above the cards');
}

export async function no_text_is_under_12_px_in_any_view({ page, serve }) {
  for (const width of [375, 1280]) {
    await openFrame(page, serve, width, 800);
    await act(page, '#pc0-vendor', 'value', 'directum');
    await act(page, '#pc0-tier', 'value', 'general');
    await act(page, '#pc0-quantity', 'value', '10');
    await netIs(page, '550 000,00 ₽');
    assert.deepEqual(await tinyTexts(page), [], `quote view at ${width}`);
    await act(page, '[data-testid=view-compare]', 'click');
    await shown(page, '[data-testid=chart]');
    assert.deepEqual(await tinyTexts(page), [], `compare view at ${width}`);
    await act(page, '[data-testid=view-whatif]', 'click');
    await shown(page, '#pc0-plan');
    assert.deepEqual(await tinyTexts(page), [], `what-if view at ${width}`);
  }
}
