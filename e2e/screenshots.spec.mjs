// A screenshot per engine of the standalone page and of the embed page, at 1280 px and at
// 375 px, in test-artifacts/<engine>-<page>-<width>.png (looked at by a person; the tests
// here check only that each page rendered its quote at that width and that the widget fits). WebKit's MiniBrowser cannot make its window narrower than its toolbar, so its
// 375 px shots show the page in a 375 px frame (a frame is a viewport of its own: the media
// queries answer to its width).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

export const engines = 'all';

const PAGES = { standalone: ['/', '[data-partner-calc] [data-testid=net]'], embed: ['/embed.html', '#locked'] };

/** Wait until the page (or the frame's page) shows its quote. */
const quoted = (page, inFrame) =>
  page.until(
    (inFrame) => {
      const doc = inFrame ? document.querySelector('iframe')?.contentDocument : document;
      const net = doc?.querySelector('[data-testid=net]') ?? doc?.querySelector('#locked')?.shadowRoot?.querySelector('[data-testid=net]');
      return net?.textContent.trim().length > 0;
    },
    inFrame,
    { timeout: 20_000, what: 'a quote on the page' },
  );

/**
 * What does not fit: on the standalone page, anything past the viewport's right edge; on the
 * embed page, each widget's content past its own box, or its box past the host's column. (The
 * host page's hostile CSS — 30 px type, `box-sizing: content-box` on everything — makes the
 * host's own container wider than a phone; that is the host's, not the widget's.)
 */
const overflow = (page, [name, width, inFrame]) =>
  page.evaluate(
    ([name, width, inFrame]) => {
      const doc = inFrame ? document.querySelector('iframe').contentDocument : document;
      if (name === 'standalone') return doc.documentElement.scrollWidth > width ? [`document scrollWidth ${doc.documentElement.scrollWidth}`] : [];
      return ['free', 'locked'].flatMap((id) => {
        const host = doc.getElementById(id);
        const column = host.parentElement;
        const cs = getComputedStyle(column);
        const inner = column.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        const pc = host.shadowRoot.querySelector('.pc');
        const out = [];
        if (host.getBoundingClientRect().width > inner + 0.5) out.push(`#${id} ${host.getBoundingClientRect().width} wide in a ${inner} px column`);
        if (pc.scrollWidth > pc.clientWidth + 1) out.push(`#${id} content ${pc.scrollWidth} > ${pc.clientWidth}`);
        return out;
      });
    },
    [name, width, inFrame],
  );

async function shoot(page, engine, artifacts, name, width) {
  const [where] = PAGES[name];
  const file = path.join(artifacts.dir, `${engine}-${name}-${width}.png`);
  let inFrame = false;
  try {
    await page.viewport(width, 900);
    await page.goto(where);
  } catch (err) {
    if (engine !== 'webkit' || width >= 1280) throw err;
    // WebKit's window minimum: the same page in a frame `width` px wide.
    inFrame = true;
    await page.viewport(1280, 900);
    await page.goto(where);
    await page.evaluate(
      ([where, width]) =>
        new Promise((resolve) => {
          const frame = document.createElement('iframe');
          frame.title = 'narrow view';
          Object.assign(frame.style, { position: 'fixed', inset: '0 auto auto 0', width: `${width}px`, height: '900px', border: '0', zIndex: '2147483647', background: '#fff' });
          frame.addEventListener('load', resolve, { once: true });
          frame.src = where;
          document.body.append(frame);
        }),
      [where, width],
    );
  }
  await quoted(page, inFrame);
  await page.wait(300);
  if (inFrame) {
    const height = await page.evaluate(() => {
      const frame = document.querySelector('iframe');
      frame.style.height = `${frame.contentDocument.documentElement.scrollHeight}px`;
      return frame.contentDocument.documentElement.scrollHeight;
    });
    await page.viewport(1280, Math.min(height, 3800));
    await page.elementShot('iframe', file);
  } else await page.screenshot(file);
  assert.ok(fs.statSync(file).size > 10_000, `${file} written`);
  assert.deepEqual(await overflow(page, [name, width, inFrame]), [], `${name} at ${width} px: nothing wider than the viewport`);
}

export async function standalone_page_desktop_and_375({ page, engine, artifacts }) {
  await shoot(page, engine, artifacts, 'standalone', 1280);
  await shoot(page, engine, artifacts, 'standalone', 375);
}

export async function embed_page_desktop_and_375({ page, engine, artifacts }) {
  await shoot(page, engine, artifacts, 'embed', 1280);
  await shoot(page, engine, artifacts, 'embed', 375);
}
