// Firefox ESR (Debian's /usr/bin/firefox-esr) through puppeteer-core over WebDriver BiDi,
// headless. Puppeteer downloads nothing: the browser is the system's.
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';
import { NeutralPage } from './page.mjs';

const binary = process.env.FIREFOX || '/usr/bin/firefox-esr';

class FirefoxPage extends NeutralPage {
  constructor(pp, baseUrl) {
    super('firefox', baseUrl);
    this.pp = pp;
  }
  async open(url) {
    await this.pp.goto(url, { waitUntil: 'load' });
  }
  currentUrl() {
    return this.pp.url();
  }
  run(expression) {
    return this.pp.evaluate(expression);
  }
  async handle(expression) {
    const h = await this.pp.evaluateHandle(expression);
    return h.asElement();
  }
  clickElement(el) {
    return el.click();
  }
  keys(text) {
    return this.pp.keyboard.type(text);
  }
  /** 'Tab', 'Enter', 'Shift+Tab', …: modifiers held while the last key is pressed. */
  async press(key) {
    const parts = key.split('+');
    const last = parts.pop();
    for (const m of parts) await this.pp.keyboard.down(m);
    await this.pp.keyboard.press(last);
    for (const m of parts.reverse()) await this.pp.keyboard.up(m);
  }
  resize(width, height) {
    return this.pp.setViewport({ width, height });
  }
  async shotOf(el, file) {
    await el.screenshot({ path: file });
  }
  async shot(file) {
    await this.pp.screenshot({ path: file, fullPage: true });
  }
}

export const firefoxEngine = {
  name: 'firefox',
  check: async () => (fs.existsSync(binary) ? null : `${binary} not found (apt-get install firefox-esr)`),
  async launch() {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: binary,
      headless: true,
      protocolTimeout: 60_000,
      timeout: 60_000,
      extraPrefsFirefox: {
        // Nothing of Firefox's own may talk to the network (the machine has none).
        'app.update.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
      },
    });
    return {
      version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
      async newPage(baseUrl, { width = 1280, height = 800 } = {}, watch) {
        const context = await browser.createBrowserContext();
        const pp = await context.newPage();
        pp.setDefaultTimeout(15_000);
        await pp.setViewport({ width, height });
        pp.on('pageerror', (err) => watch.pageError(err.stack || String(err)));
        pp.on('console', (msg) => msg.type() === 'error' && watch.consoleError(msg.text()));
        pp.on('dialog', (d) => {
          watch.dialog(d.message());
          d.dismiss().catch(() => {});
        });
        pp.on('response', (res) => res.status() >= 400 && watch.httpError(`HTTP ${res.status()} ${res.url()}`));
        return { neutral: new FirefoxPage(pp, baseUrl), close: () => context.close() };
      },
      close: () => browser.close(),
    };
  },
};
