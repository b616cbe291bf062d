// Chromium (Debian's /usr/bin/chromium) through playwright-core: the engine-neutral page for
// cross-engine specs, and the plain Playwright page for the Chromium-only ones (axe, network
// events, layout, the CDP-based checks).
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, executablePath } from '../perf/common.mjs';
import { NeutralPage } from './page.mjs';

class ChromiumPage extends NeutralPage {
  constructor(pw, baseUrl) {
    super('chromium', baseUrl);
    this.pw = pw;
  }
  async open(url) {
    await this.pw.goto(url, { waitUntil: 'load' });
  }
  currentUrl() {
    return this.pw.url();
  }
  run(expression) {
    return this.pw.evaluate(expression);
  }
  async handle(expression) {
    const h = await this.pw.evaluateHandle(expression);
    return h.asElement();
  }
  clickElement(el) {
    return el.click();
  }
  keys(text) {
    return this.pw.keyboard.type(text);
  }
  press(key) {
    return this.pw.keyboard.press(key);
  }
  resize(width, height) {
    return this.pw.setViewportSize({ width, height });
  }
  async shotOf(el, file) {
    await el.screenshot({ path: file });
  }
  async shot(file) {
    await this.pw.screenshot({ path: file, fullPage: true });
  }
}

/** `check()` says why an engine cannot run here (null when it can); `launch()` starts it. */
export const chromiumEngine = {
  name: 'chromium',
  check: async () => (fs.existsSync(executablePath) ? null : `${executablePath} not found (apt-get install chromium, or set CHROMIUM)`),
  async launch() {
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    return {
      version: `Chromium ${browser.version()}`,
      /** A fresh context and page; `watch` gets page errors, dialogs and failed requests. */
      async newPage(baseUrl, { width = 1280, height = 800 } = {}, watch) {
        const context = await browser.newContext({ viewport: { width, height } });
        const pw = await context.newPage();
        pw.setDefaultTimeout(15_000);
        pw.on('pageerror', (err) => watch.pageError(err.stack || String(err)));
        pw.on('console', (msg) => msg.type() === 'error' && watch.consoleError(msg.text()));
        pw.on('dialog', (d) => {
          watch.dialog(d.message());
          d.dismiss().catch(() => {});
        });
        pw.on('response', (res) => res.status() >= 400 && watch.httpError(`HTTP ${res.status()} ${res.url()}`));
        return { playwright: pw, neutral: new ChromiumPage(pw, baseUrl), close: () => context.close() };
      },
      close: () => browser.close(),
    };
  },
};
