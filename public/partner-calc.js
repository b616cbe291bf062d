// partner-calc embed loader. One module is all a page needs:
//   <script type="module" src=".../partner-calc.js"></script>
//   <partner-calc vendor="asoft" lang="en"></partner-calc>
// Loading it registers <partner-calc> but fetches no wasm (package pkg/, built by
// wasm-pack): the wasm is loaded once, when the first element wants its widget (at once,
// or with loading="lazy" when it comes within 200px of the viewport) or a script calls the
// JS API, whose functions return promises:
//   import { mount, quote, programmes, check, ready } from '.../partner-calc.js';
//   const q = await quote({ vendor: 'asoft', … });
import init, * as wasm from './pkg/partner_calc.js';
// The element's snippet in pkg/ (scripts/bundle-embed.mjs resolves it): the same module
// as the glue's.
import { register } from './element.js';

let begin;
/** Settles when the wasm has loaded (or failed to); waiting for it loads nothing. */
export const ready = new Promise((resolve) => (begin = resolve));

/** Starts loading the wasm beside the glue, in pkg/ (once); resolves when it is ready. */
function load() {
  begin?.(init({ module_or_path: new URL('./pkg/partner_calc_bg.wasm', import.meta.url) }).then(() => {}));
  begin = null;
  return ready;
}

register(load);

/** An API function: loads the wasm first, then calls `f`. */
const api =
  (f) =>
  async (...args) => {
    await load();
    return f(...args);
  };

export const mount = api(wasm.mount);
export const quote = api(wasm.quote);
export const programmes = api(wasm.programmes);
export const check = api(wasm.check);
