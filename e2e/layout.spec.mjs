// Screenshots at mobile and desktop widths, no horizontal overflow, no page/console errors.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openWidget, expectText } from './lib.mjs';

async function fullPageShot(page, artifacts, name) {
  const file = path.join(artifacts.dir, name);
  await page.screenshot({ path: file, fullPage: true });
  assert.ok(fs.statSync(file).size > 10_000, `${name} written`);
  return file;
}

/** Elements inside the widget whose box sticks out past the viewport's right edge. */
async function overflowing(page, width) {
  return page.evaluate((width) => {
    const out = [];
    for (const el of document.querySelectorAll('[data-partner-calc] *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5) out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} right=${Math.round(r.right)}`);
    }
    return out.slice(0, 10);
  }, width);
}

export async function mobile_375({ page, baseUrl, artifacts }) {
  await page.setViewportSize({ width: 375, height: 800 });
  await openWidget(page, baseUrl);
  // A long waterfall: ASoft bonuses.
  await page.selectOption('#pc0-vendor', 'asoft');
  await page.selectOption('#pc0-tier', 'competency');
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await page.check('#pc0-step-reviews');
  await page.check('#pc0-step-plan');
  await expectText(page, '[data-testid=net]', '800 000,00 ₽');
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(sw <= 375, `no horizontal overflow at 375px: scrollWidth=${sw}, ${JSON.stringify(await overflowing(page, 375))}`);
  assert.deepEqual(await overflowing(page, 375), [], 'no widget element past the right edge');
  await fullPageShot(page, artifacts, 'mobile-375.png');
}

export async function mobile_375_default_and_english({ page, baseUrl, artifacts }) {
  await page.setViewportSize({ width: 375, height: 800 });
  await openWidget(page, baseUrl);
  for (const code of ['RU', 'EN']) {
    await page.locator('button.pc-lang', { hasText: code }).click();
    const sw = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(sw <= 375, `${code}: scrollWidth=${sw}, ${JSON.stringify(await overflowing(page, 375))}`);
  }
  await artifacts.screenshot('en');
}

export async function desktop_1280({ page, baseUrl, artifacts }) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openWidget(page, baseUrl);
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await expectText(page, '[data-testid=net]', '900 000,00 ₽');
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(sw <= 1280, `no horizontal overflow at 1280px: scrollWidth=${sw}`);
  assert.deepEqual(await brokenWords(page, '[data-testid=waterfall] th, [data-testid=waterfall] td'), [], 'no words split in the waterfall');
  await fullPageShot(page, artifacts, 'desktop-1280.png');
}

export async function no_page_or_console_errors({ page, baseUrl, artifacts }) {
  await openWidget(page, baseUrl);
  // Exercise every vendor and both languages.
  for (const v of ['directum', 'stakhanovets', 'smart-soft', 'asoft', 'bitrix-kz']) {
    await page.selectOption('#pc0-vendor', v);
    for (const t of await page.$$eval('#pc0-tier option', (o) => o.map((x) => x.value))) await page.selectOption('#pc0-tier', t);
  }
  await page.locator('button.pc-lang', { hasText: 'EN' }).click();
  await page.fill('#pc0-quantity', '99999999999999999999999');
  await page.fill('#pc0-price', '-1');
  await page.locator('button.pc-lang', { hasText: 'RU' }).click();
  await page.waitForTimeout(200);
  assert.deepEqual(artifacts.pageErrors, [], 'no uncaught page errors (wasm panics)');
  // The browser's own favicon probe is not the app's doing.
  const errors = artifacts.consoleErrors.filter((e) => !e.includes('/favicon.ico'));
  assert.deepEqual(errors, [], 'no console errors');
}

/** Words in the result table split across lines (a word's Range gives more than one line box). */
async function brokenWords(page, selector) {
  return page.evaluate((selector) => {
    const broken = [];
    for (const cell of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/[^\s\u00a0]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  }, selector);
}

export async function waterfall_words_not_split_at_375({ page, baseUrl, artifacts }) {
  await page.setViewportSize({ width: 375, height: 800 });
  await openWidget(page, baseUrl);
  await page.fill('#pc0-quantity', '10');
  await page.fill('#pc0-price', '100000');
  await expectText(page, '[data-testid=net]', '900 000,00 ₽');
  const broken = await brokenWords(page, '[data-testid=waterfall] th, [data-testid=waterfall] td');
  const col = await page.$eval('[data-testid=waterfall] thead th', (th) => Math.round(th.getBoundingClientRect().width));
  await artifacts.screenshot('waterfall');
  assert.deepEqual(broken, [], `words broken mid-word in the waterfall at 375px (label column ${col}px wide)`);
}

export async function hidden_attribute_really_hides({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  const shown = [];
  for (const v of ['stakhanovets', 'smart-soft', 'bitrix-kz']) {
    await page.selectOption('#pc0-vendor', v);
    await page.waitForFunction((v) => document.querySelector('[data-partner-calc]') && document.querySelector('#pc0-vendor').value === v, v);
    shown.push(
      ...(await page.$$eval('[data-partner-calc] [hidden]', (els) =>
        els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => `${e.tagName.toLowerCase()}.${e.className} display=${getComputedStyle(e).display}`),
      )).map((s) => `${v}: ${s}`),
    );
  }
  assert.deepEqual(shown, [], 'elements with the hidden attribute that still render');
}

// The prerendered first screen (examples/prerender) is replaced by the app in one task: no
// moment between two tasks finds the mount point without a widget, the widget's nodes are the
// app's afterwards, and nothing on the page moves. The layout shifts that Chromium reports
// over the whole load (PerformanceObserver 'layout-shift', buffered; none follows an input)
// add up to at most 0.01, the budget Lighthouse's CLS is held to. Nodes that replace others do
// not count as shifted, so the widget's own boxes are compared too: where the prerendered
// widget starts and how wide it is (today's shell grows when the app fills it in) and, with
// the declarative components, every prerendered element's box. The wasm is held back 1 s, so
// that the prerendered HTML is on screen before the app takes over.
export async function prerender_takeover_shifts_nothing({ page, baseUrl, artifacts }) {
  await page.addInitScript(() => {
    // No service worker: it would fetch the wasm past the route that holds it back.
    delete Navigator.prototype.serviceWorker;
    const seen = { cls: 0, shifts: [], prerendered: null, emptied: 0 };
    window.__takeover = seen;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        seen.cls += e.value;
        const moved = (e.sources ?? []).map((s) => `${s.node?.nodeName ?? '?'}.${s.node?.className ?? ''} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`);
        seen.shifts.push({ value: e.value, at: Math.round(e.startTime), moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // Mutation records are delivered at the end of each task: the mount point as it is then.
    new MutationObserver(() => {
      const widget = document.querySelector('[data-partner-calc] > .pc');
      if (widget && !seen.prerendered) seen.prerendered = widget;
      if (!widget && seen.prerendered) seen.emptied++;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.route('**/*.wasm', async (route) => {
    await new Promise((r) => setTimeout(r, 1_000));
    await route.continue();
  });
  await page.goto(baseUrl + '/', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-partner-calc][data-prerendered] > .pc', { state: 'attached' });
  await page.waitForTimeout(300);
  // The boxes of the widget's elements, in tree order, each with its path of tag names.
  const boxes = () =>
    page.evaluate(() => {
      const out = [];
      const walk = (el, at) => {
        const r = el.getBoundingClientRect();
        out.push({ at, box: [r.left, r.top, r.width, r.height].map(Math.round) });
        [...el.children].forEach((c, i) => walk(c, `${at} > ${c.localName}[${i}]`));
      };
      walk(document.querySelector('[data-partner-calc] > .pc'), 'widget');
      return out;
    });
  const before = await boxes();
  assert.ok(await page.$('[data-partner-calc][data-prerendered]'), 'the wasm came after the boxes were read');
  await artifacts.screenshot('prerendered');
  await page.waitForSelector('[data-partner-calc]:not([data-prerendered]) [data-testid=net]', { timeout: 20_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid=net]').textContent.trim().length > 0);
  // Two frames and a moment: shifts are reported after the frame that shows them.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => ({
    ...window.__takeover,
    prerendered: !!window.__takeover.prerendered,
    replaced: window.__takeover.prerendered !== document.querySelector('[data-partner-calc] > .pc'),
    widgets: document.querySelectorAll('[data-partner-calc] > .pc').length,
  }));
  await artifacts.screenshot('taken-over');
  const after = new Map((await boxes()).map((b) => [b.at, b.box]));
  console.log(`     layout shift across the takeover: ${seen.cls.toFixed(4)} (${seen.shifts.length} shift(s))`);
  assert.ok(seen.prerendered, 'the prerendered widget was in the page before the app started');
  assert.equal(seen.emptied, 0, 'no task ended with the mount point empty');
  assert.ok(seen.replaced, "the widget's nodes are the app's after the takeover");
  assert.equal(seen.widgets, 1, 'one widget in the mount point');
  assert.ok(seen.cls <= 0.01, `layout shift ${seen.cls.toFixed(4)} > 0.01: ${JSON.stringify(seen.shifts, null, 1)}`);
  const [left, top, width] = before[0].box;
  assert.deepEqual(after.get('widget').slice(0, 3), [left, top, width], 'the widget starts where the prerendered one did, as wide');
  const moved = before.filter((b) => JSON.stringify(after.get(b.at)) !== JSON.stringify(b.box));
  assert.deepEqual(moved.map((b) => `${b.at}: ${b.box} → ${after.get(b.at) ?? 'gone'}`), [], 'every prerendered element keeps its box');
}
