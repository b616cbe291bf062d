// <partner-calc>: the custom element, its shadow root and its events.
// Shipped with the wasm as a wasm-bindgen snippet, and imported by the loader
// too (one module in the bundle): the loader registers the element at once
// with register(load), without the wasm; an element that wants its widget
// (at once, or with loading="lazy" once it comes near the viewport) calls
// load(), and the wasm's start function calls define() with its mount
// function and the widget's CSS, which mounts the elements waiting for it.

let mountWidget;
let sheet;
/** Starts the wasm (once; the loader's). */
let load;
/** Connected elements waiting for the wasm, each with what mounts it. */
const waiting = new Map();
/** Watches lazy elements until they come within 200px of the viewport. */
let near;

/** Attribute names; `compact` is a boolean (present or not). */
const ATTRS = ['vendor', 'tier', 'product', 'lang', 'compact'];
const option = (name, value) => (name === 'compact' ? value !== null : value);

/** The call to action's attributes: its link, its label, and an English label if it differs. */
const CTA = ['cta-href', 'cta-label', 'cta-label-en'];

/**
 * The `cta` option the attributes say (`null` when none is set). An attribute not set is left
 * out (`undefined`): the widget reports a missing link, and uses one language's label for both.
 */
function cta(element) {
  const [href, ru, en] = CTA.map((name) => element.getAttribute(name) ?? undefined);
  if (href === undefined && ru === undefined && en === undefined) return null;
  return { href, label: { ru, en } };
}

/** The properties that take objects (set them before or after the element is defined). */
const PROPS = ['prices', 'programmes', 'lines'];

class PartnerCalc extends HTMLElement {
  static observedAttributes = [...ATTRS, ...CTA, 'loading'];
  #handle = null;
  #props = {};

  constructor() {
    super();
    // A property set before the element was defined shadows the accessor.
    for (const name of PROPS) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        delete this[name];
        this.#props[name] = value;
      }
    }
  }

  /** Recommended retail prices by product id, e.g. { licences: 12500 }. */
  get prices() {
    return this.#props.prices;
  }

  set prices(value) {
    this.#set('prices', value);
  }

  /** The vendor's own programmes, in the format of programme.schema.json. */
  get programmes() {
    return this.#props.programmes;
  }

  set programmes(value) {
    this.#set('programmes', value);
  }

  /** The lines the deal starts with, e.g. [{ product: 'crm_licences', quantity: 10 }, { product: 'updates', share_of: 0 }]. */
  get lines() {
    return this.#props.lines;
  }

  set lines(value) {
    this.#set('lines', value);
  }

  /** Keeps an object property and hands it to the widget (`null` when cleared). */
  #set(name, value) {
    this.#props[name] = value;
    this.#handle?.update({ [name]: value ?? null });
  }

  connectedCallback() {
    if (this.#handle) return;
    if (this.getAttribute('loading') !== 'lazy' || !window.IntersectionObserver) return this.#want();
    near ??= new IntersectionObserver(
      (entries) => entries.forEach((e) => e.isIntersecting && e.target.#want()),
      { rootMargin: '200px' },
    );
    near.observe(this);
  }

  /** Mounts the widget: now when the wasm is there, else once it is (loading it). */
  #want() {
    near?.unobserve(this);
    if (this.#handle || !this.isConnected) return;
    if (!mountWidget) {
      waiting.set(this, () => this.#want());
      load();
      return;
    }
    waiting.delete(this);
    // The attributes and properties as they are now (set before the wasm arrived, too).
    const options = {};
    for (const name of ATTRS) options[name] = option(name, this.getAttribute(name));
    const link = cta(this);
    if (link) options.cta = link;
    for (const name of PROPS) if (this.#props[name] !== undefined) options[name] = this.#props[name];
    this.#handle = mountWidget(this, options);
  }

  attributeChangedCallback(name, before, value) {
    if (before === value) return;
    // loading="lazy" taken off an element still waiting: it loads at once, as an <img> does.
    if (name === 'loading') return value !== 'lazy' && this.isConnected && this.#want();
    this.#handle?.update(CTA.includes(name) ? { cta: cta(this) } : { [name]: option(name, value) });
  }

  disconnectedCallback() {
    near?.unobserve(this);
    waiting.delete(this);
    // A move (removal and insertion in one task) keeps the widget.
    queueMicrotask(() => {
      if (this.isConnected || !this.#handle) return;
      this.#handle.destroy();
      this.#handle = null;
    });
  }
}

/** Registers <partner-calc> (once), before the wasm: `start()` loads the wasm (once). */
export function register(start) {
  load = start;
  if (!customElements.get('partner-calc')) customElements.define('partner-calc', PartnerCalc);
}

/** Called by the wasm's start function: its mount function and CSS; mounts the waiting elements. */
export function define(mount, css) {
  mountWidget = mount;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  for (const mountNow of waiting.values()) mountNow();
}

/**
 * Opens `host`'s shadow root with the widget's stylesheet; returns a new, only container in it.
 * Throws a TypeError for anything but an element, and a NotSupportedError saying which element
 * for one that cannot have a shadow root (each engine words its own error differently).
 */
export function shadow(host) {
  if (!(host instanceof Element)) throw new TypeError('partner-calc: mount() needs an element');
  let root = host.shadowRoot;
  try {
    root ??= host.attachShadow({ mode: 'open' });
  } catch {
    throw new DOMException(`partner-calc: mount() cannot open a shadow root on <${host.localName}>; use a <div> or a custom element`, 'NotSupportedError');
  }
  root.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  root.replaceChildren(container);
  return container;
}

/** Empties `host`'s shadow root and drops its stylesheet. */
export function clear(host) {
  const root = host.shadowRoot;
  if (!root) return;
  root.replaceChildren();
  root.adoptedStyleSheets = [];
}

/** Dispatches `name` at `host`: bubbles out of the shadow root to the page. */
export function emit(host, name, detail) {
  host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** Dispatches a cancelable `name` at `host`; false when a listener called preventDefault(). */
export function ask(host, name, detail) {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}

/** JS's own writing of a value (numbers: `7`, `0.1`, `1e+21`). */
export function text(value) {
  return String(value);
}
