// WebKit: WebKitGTK's MiniBrowser (Debian's libwebkit2gtk-4.1-0) driven by WebKitWebDriver
// (webkit2gtk-driver) through selenium-webdriver, in an Xvfb display of its own. A session (a
// new MiniBrowser) per test. WebKitWebDriver has no event for uncaught page errors: after each
// navigation the page gets an 'error' / 'unhandledrejection' listener, read before the next
// navigation and at the end of the test (errors while a page loads show as a widget that
// never renders, which the tests see anyway).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { Builder, Key } from 'selenium-webdriver';
import { NeutralPage } from './page.mjs';

const DRIVER = process.env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver';
const BROWSER = process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';
const KEYS = { Tab: Key.TAB, Enter: Key.ENTER, ' ': Key.SPACE, Space: Key.SPACE, Backspace: Key.BACK_SPACE, Shift: Key.SHIFT, Control: Key.CONTROL, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Escape: Key.ESCAPE, End: Key.END, Home: Key.HOME };

class WebKitPage extends NeutralPage {
  constructor(driver, baseUrl, watch) {
    super('webkit', baseUrl);
    this.d = driver;
    this.watch = watch;
  }
  async open(url) {
    await this.harvest();
    await this.d.get(url);
    await this.d.executeScript(
      `if (!window.__pcErrors) { window.__pcErrors = [];
         addEventListener('error', (e) => __pcErrors.push(String(e.message)));
         addEventListener('unhandledrejection', (e) => __pcErrors.push('unhandled rejection: ' + String(e.reason))); }`,
    );
  }
  /** Report (and forget) the uncaught errors the current page has collected. */
  async harvest() {
    const errors = await this.d.executeScript('const e = window.__pcErrors ?? []; window.__pcErrors = []; return e;').catch(() => []);
    for (const e of errors ?? []) this.watch.pageError(e);
  }
  currentUrl() {
    return this.d.getCurrentUrl();
  }
  run(expression) {
    return this.d.executeAsyncScript(`const done = arguments[arguments.length - 1]; Promise.resolve(${expression}).then(done, (e) => done({ e: String(e), name: 'Error' }));`);
  }
  handle(expression) {
    return this.d.executeScript(`return ${expression};`);
  }
  clickElement(el) {
    return el.click();
  }
  keys(text) {
    return this.d.actions().sendKeys(text).perform();
  }
  /** 'Tab', 'Enter', 'Shift+Tab', …: modifiers held while the last key is pressed. */
  async press(key) {
    const parts = key.split('+').map((k) => KEYS[k] ?? k);
    const last = parts.pop();
    let a = this.d.actions();
    for (const m of parts) a = a.keyDown(m);
    a = a.sendKeys(last);
    for (const m of parts.reverse()) a = a.keyUp(m);
    await a.perform();
  }
  /**
   * The viewport (not the window) to width × height. MiniBrowser's window has a minimum width
   * (its toolbar): a narrower viewport throws, and narrow screenshots use a frame instead.
   */
  async resize(width, height) {
    // The window manager answers a resize a moment later: ask, then wait for the viewport.
    let got;
    for (let attempt = 0; attempt < 3; attempt++) {
      const chrome = await this.d.executeScript('return [outerWidth - innerWidth, outerHeight - innerHeight]');
      await this.d.manage().window().setRect({ x: 0, y: 0, width: width + chrome[0], height: height + chrome[1] });
      const deadline = Date.now() + 1_000;
      do {
        got = await this.d.executeScript('return [innerWidth, innerHeight]');
        if (got[0] === width && got[1] === height) return;
        await new Promise((r) => setTimeout(r, 50));
      } while (Date.now() < deadline);
    }
    throw new Error(`WebKit's MiniBrowser cannot show a ${width} × ${height} px viewport (it gave ${got.join(' × ')} px)`);
  }
  /** Two animation frames and a moment: a resized window has been painted. */
  async painted() {
    await this.run('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r({ v: 1 }), 100))))');
  }
  /** A screenshot of one element's box. */
  async shotOf(el, file) {
    await this.painted();
    fs.writeFileSync(file, await el.takeScreenshot(), 'base64');
  }
  /** A screenshot of the whole page: WebKit snapshots the root element's box in full. */
  async shot(file) {
    await this.painted();
    const root = await this.d.executeScript('return document.documentElement');
    fs.writeFileSync(file, await root.takeScreenshot(), 'base64');
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/** Start Xvfb on a display it picks itself (-displayfd); resolves with ':N' and the process. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const x = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1920x4000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let out = '';
    x.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, proc: x });
    });
    x.on('error', reject);
    x.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
}

async function waitForDriver(url, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer at ${url} in ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const webkitEngine = {
  name: 'webkit',
  async check() {
    for (const f of [DRIVER, BROWSER, XVFB]) if (!fs.existsSync(f)) return `${f} not found (apt-get install webkit2gtk-driver xvfb)`;
    return null;
  },
  async launch() {
    const xvfb = await startXvfb();
    const env = { ...process.env, DISPLAY: xvfb.display };
    const caps = {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation'] },
      unhandledPromptBehavior: 'dismiss and notify',
    };
    // WebKitWebDriver in a process group of its own (its MiniBrowsers with it), restarted when a
    // session cannot be had in time: now and then a MiniBrowser never answers its first command.
    let driver;
    const startDriver = async () => {
      const port = await freePort();
      const proc = spawn(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
      proc.stderr.on('data', (d) => process.env.WK_DEBUG && process.stderr.write(d));
      driver = { proc, url: `http://127.0.0.1:${port}` };
      await waitForDriver(driver.url, 15_000);
    };
    const stopDriver = () => {
      try {
        process.kill(-driver.proc.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const session = async () => {
      for (let attempt = 1; ; attempt++) {
        const build = new Builder().usingServer(driver.url).withCapabilities(caps).build();
        const timer = new Promise((resolve) => setTimeout(resolve, 20_000, null));
        const d = await Promise.race([build, timer]).catch((err) => (attempt < 3 ? null : Promise.reject(err)));
        if (d) return d;
        if (attempt === 3) throw new Error('no WebKit session in 3 tries');
        stopDriver();
        await startDriver();
      }
    };
    await startDriver();
    const probe = await session();
    const version = (await probe.getCapabilities()).get('browserVersion');
    await probe.quit();
    return {
      version: `WebKitGTK ${version}`,
      async newPage(baseUrl, { width = 1280, height = 800 } = {}, watch) {
        const d = await session();
        const page = new WebKitPage(d, baseUrl, watch);
        try {
          await d.manage().setTimeouts({ script: 60_000, pageLoad: 30_000 });
          await page.resize(width, height);
        } catch (err) {
          await d.quit().catch(() => {}); // WebKitWebDriver holds one session at a time
          throw err;
        }
        return {
          neutral: page,
          close: async () => {
            await page.harvest();
            await d.quit().catch(() => {});
          },
        };
      },
      async close() {
        stopDriver();
        xvfb.proc.removeAllListeners('exit');
        xvfb.proc.kill();
      },
    };
  },
};
