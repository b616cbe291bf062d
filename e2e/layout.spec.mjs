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
