// The engine-neutral page that cross-engine specs are written against (one spec file, three
// engines: see e2e/run.mjs). Each engine (chromium.mjs: Playwright; firefox.mjs: Puppeteer
// over WebDriver BiDi; webkit.mjs: Selenium over WebKitWebDriver) supplies a handful of
// primitives, and everything a spec calls is built here on top of them, so every engine runs
// the same code:
//
//   primitives: open(url), currentUrl(), run(expression) → value, handle(expression) → element,
//               clickElement(element), keys(text), press(key), resize(w, h), shot(file),
//               shotOf(element, file)
//
// Specs call two of them directly: `keys(text)` types text into the focused element with real
// key events, `press(key)` presses one key or chord ('Tab', 'Shift+Tab', 'Enter', ' ',
// 'Control+a', 'End', 'ArrowUp', …).
//
// Page functions travel as source text with their argument as JSON (`script` below), so a spec's
// `page.evaluate((arg) => …, arg)` runs the same way everywhere, and can call the lookup helpers
// deepAll(selector) / deepOne(selector) defined in the page with it.
//
// Selectors are CSS, searched in the document and in every open shadow root below it (the
// standalone page and the embedded widgets alike). `A >>> B` finds A, then B inside A's shadow
// root: '#free >>> [data-testid=net]' is the net price of the widget in <partner-calc id=free>.
// Nothing here uses eval or new Function in the page (the embed page's CSP forbids them).
import assert from 'node:assert/strict';

/** Replace U+00A0 (no-break space, used in money) with a plain space. */
export const norm = (s) => String(s ?? '').replace(/\u00a0/g, ' ');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The in-page lookup: every element matching `selector` in `document` and the open shadow
// roots below it, in tree order (`A >>> B`: B inside the shadow roots of the A matches).
function deepAll(selector) {
  const within = (root, sel, out) => {
    out.push(...root.querySelectorAll(sel));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) within(el.shadowRoot, sel, out);
    return out;
  };
  let roots = [document];
  const parts = selector.split('>>>').map((s) => s.trim());
  for (let i = 0; ; i++) {
    const found = roots.flatMap((r) => within(r, parts[i], []));
    if (i === parts.length - 1) return found;
    roots = found.map((el) => el.shadowRoot).filter(Boolean);
  }
}

const HELPERS = `const deepAll = ${deepAll.toString()}; const deepOne = (s) => deepAll(s)[0] ?? null;`;

/**
 * An expression that runs `fn(arg)` in the page with the lookup helpers in scope. Its value (a
 * promise) is `{ v }`, `{ u: 1 }` for undefined, or `{ e, name }` for a throw: the same in every
 * engine, whatever each driver does with undefined and with errors (see NeutralPage.evaluate).
 */
function script(fn, arg) {
  return (
    `(async () => { ${HELPERS} return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()` +
    '.then((v) => (v === undefined ? { u: 1 } : { v }), (e) => ({ e: e?.name ? `${e.name}: ${e.message}` : String(e), name: e?.name ?? typeof e }))'
  );
}

/** An expression whose value is the first element matching `selector`, or null. */
function lookup(selector) {
  return `(() => { ${HELPERS} return deepOne(${JSON.stringify(selector)}); })()`;
}

export class NeutralPage {
  /**
   * @param {string} engine 'chromium' | 'firefox' | 'webkit'
   * @param {string} baseUrl the test server, e.g. http://127.0.0.1:41234
   */
  constructor(engine, baseUrl) {
    this.engine = engine;
    this.baseUrl = baseUrl;
  }

  // ---- navigation ------------------------------------------------------------------------

  /** Open `where` (a path on the test server, or a whole URL) and wait for its load event. */
  async goto(where) {
    await this.open(/^[a-z]+:/.test(where) ? where : this.baseUrl + where);
  }

  /** The address bar. */
  url() {
    return this.currentUrl();
  }

  // ---- reading ---------------------------------------------------------------------------

  /** Run `fn(arg)` in the page (it may be async) and return its JSON-able result. */
  async evaluate(fn, arg) {
    const r = await this.run(script(fn, arg));
    if (r && 'e' in r) throw Object.assign(new Error(`in the page: ${r.e}`), { name: r.name });
    return r?.u ? undefined : r?.v;
  }

  /** Facts about the first match: null when nothing matches. */
  async #facts(selector) {
    return this.evaluate(
      (selector) => {
        // eslint-disable-next-line no-undef -- deepOne is defined in the page (see `script`)
        const el = deepOne(selector);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return {
          text: el.textContent,
          value: 'value' in el ? String(el.value) : null,
          checked: !!el.checked,
          visible: r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('[hidden]'),
          attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        };
      },
      selector,
    );
  }

  /** Normalised, trimmed text of the first match ('' when none). */
  async text(selector) {
    return norm((await this.#facts(selector))?.text).trim();
  }

  /** Normalised, trimmed texts of every match. */
  texts(selector) {
    return this.evaluate((sel) => deepAll(sel).map((e) => e.textContent.replace(/\u00a0/g, ' ').trim()), selector);
  }

  /** Rows of cells: for each match, the normalised texts of its element children. */
  rows(selector) {
    return this.evaluate(
      (sel) => deepAll(sel).map((r) => [...r.children].map((c) => c.textContent.replace(/\u00a0/g, ' ').trim())),
      selector,
    );
  }

  /** An attribute of the first match (null when absent or no match). */
  async attr(selector, name) {
    return (await this.#facts(selector))?.attrs[name] ?? null;
  }

  /** The value of the first match (an input or select). */
  async value(selector) {
    const f = await this.#facts(selector);
    assert.ok(f, `no element ${selector}`);
    return f.value;
  }

  /** Whether the first match is rendered with a box and not hidden. */
  async visible(selector) {
    return !!(await this.#facts(selector))?.visible;
  }

  /** How many elements match. */
  count(selector) {
    return this.evaluate((sel) => deepAll(sel).length, selector);
  }

  /** A description of the focused element (through shadow roots): 'input#pc0-quantity'. */
  focused() {
    return this.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return 'body';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.dataset?.testid ? `[data-testid=${el.dataset.testid}]` : ''}`;
    });
  }

  // ---- acting as a person ----------------------------------------------------------------

  /** The first match as the engine's element handle (fails the test when there is none). */
  async #handle(selector) {
    const el = await this.handle(lookup(selector));
    assert.ok(el, `no element ${selector}`);
    return el;
  }

  /** Scroll the first match to the middle of the viewport and click it with the engine's real pointer. */
  async click(selector) {
    const el = await this.#handle(selector);
    await this.evaluate((sel) => deepOne(sel).scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' }), selector); // eslint-disable-line no-undef
    await this.clickElement(el);
  }

  /** Tick a checkbox (a real click) unless it is ticked. */
  async check(selector) {
    if (!(await this.#facts(selector))?.checked) await this.click(selector);
  }

  /** Focus the first match. */
  async focus(selector) {
    await this.#handle(selector);
    await this.evaluate((sel) => deepAll(sel)[0].focus(), selector);
  }

  /**
   * Replace a text field's value at once, as pasting over its selected text does: focus it,
   * select all, insert `value` (one `input` event, whatever the engine). Typing key by key is
   * `focus` + `press('Control+a')` + `keys(text)` (keyboard.spec.mjs).
   */
  async fill(selector, value) {
    await this.#handle(selector);
    const ok = await this.evaluate(
      ([sel, value]) => {
        const el = deepOne(sel); // eslint-disable-line no-undef
        el.focus();
        el.select();
        return value === '' ? document.execCommand('delete') : document.execCommand('insertText', false, value);
      },
      [selector, String(value)],
    );
    assert.ok(ok, `the browser refused to insert text into ${selector}`);
    assert.equal(await this.value(selector), String(value), `${selector} holds what was filled in`);
  }

  /**
   * Choose the option with `value` in a <select> (as a browser's picker does: the value
   * changes, then input and change are fired). Native pickers differ per engine and platform;
   * choosing by keyboard is tested on its own in keyboard.spec.mjs.
   */
  async select(selector, value) {
    await this.#handle(selector);
    const ok = await this.evaluate(
      ([sel, value]) => {
        const el = deepOne(sel);
        if (![...el.options].some((o) => o.value === value)) return false;
        el.focus();
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      },
      [selector, value],
    );
    assert.ok(ok, `${selector} has no option ${JSON.stringify(value)}`);
  }

  /**
   * What the clipboard holds, as a person would see it: pasted (Ctrl+V) into a text area put
   * on the page for the purpose, then removed. Focus returns where it was.
   */
  async paste() {
    await this.evaluate(() => {
      const area = document.createElement('textarea');
      area.id = '__e2e-paste';
      area.setAttribute('aria-hidden', 'true');
      document.body.append(area);
    });
    await this.focus('#__e2e-paste');
    await this.press('Control+v');
    return this.evaluate(() => {
      const area = document.getElementById('__e2e-paste');
      area.remove();
      return area.value;
    });
  }

  // ---- waiting and asserting ---------------------------------------------------------------

  /** Poll `fn(arg)` in the page until it returns something truthy; return that value. */
  async until(fn, arg, { timeout = 5_000, what = fn.toString().slice(0, 120) } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const got = await this.evaluate(fn, arg);
      if (got) return got;
      if (Date.now() >= deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(got)})`);
      await sleep(25);
    }
  }

  /** Poll (from Node) until `read()` satisfies `ok`, or `timeout` passes; return the last read. */
  async #settle(read, ok, timeout) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const got = await read();
      if (ok(got) || Date.now() >= deadline) return got;
      await sleep(25);
    }
  }

  /** Wait until the first match exists and is visible (or, with `{ hidden: true }`, is not). */
  async waitVisible(selector, { hidden = false, timeout = 5_000 } = {}) {
    const shown = await this.#settle(() => this.visible(selector), (v) => v !== hidden, timeout);
    assert.equal(shown, !hidden, `${selector} should be ${hidden ? 'hidden' : 'visible'}`);
  }

  /** Wait (up to `timeout`) for the first match's text to equal `expected`, then assert it. */
  async expectText(selector, expected, { timeout = 5_000 } = {}) {
    const want = norm(expected);
    const got = await this.#settle(() => this.text(selector), (t) => t === want, timeout);
    assert.equal(got, want, `text of ${selector}`);
  }

  /** Wait for the first match's text to contain every one of `parts`, then assert it. */
  async expectContains(selector, parts, { timeout = 5_000 } = {}) {
    const want = [].concat(parts).map(norm);
    const got = await this.#settle(() => this.text(selector), (t) => want.every((p) => t.includes(p)), timeout);
    for (const p of want) assert.ok(got.includes(p), `${selector} should contain ${JSON.stringify(p)}; got ${JSON.stringify(got)}`);
  }

  /** Wait for the first match's value to equal `expected`, then assert it. */
  async expectValue(selector, expected, { timeout = 5_000 } = {}) {
    const got = await this.#settle(() => this.value(selector).then(norm), (v) => v === norm(expected), timeout);
    assert.equal(got, norm(expected), `value of ${selector}`);
  }

  // ---- the outside world ---------------------------------------------------------------------

  /** Resize the viewport (CSS pixels). */
  viewport(width, height) {
    return this.resize(width, height);
  }

  /** Save a full-page PNG screenshot to `file`. */
  screenshot(file) {
    return this.shot(file);
  }

  /** Save a PNG of the first match's box to `file`. */
  async elementShot(selector, file) {
    await this.shotOf(await this.#handle(selector), file);
  }

  /** Pause (for what only time shows, e.g. that no event follows). */
  wait(ms) {
    return sleep(ms);
  }
}
