// mount() by hand on /embed.html, shared by the embed specs (cross-engine: engines/page.mjs).

/** The embed loader module. */
export const LOADER = '/embed/partner-calc.js';

/**
 * In the page: import the loader, mount a widget into a new <div id=`id`> with `options` (mount()
 * returns a promise: it waits for the wasm), and keep { element, handle, quotes, errors, ctas } in
 * window.__mounted[id]: the details of its quote, error and call-to-action events. A call to
 * action is stopped (preventDefault) while the element has data-stop="yes".
 */
export async function mountByHand(page, id, options) {
  await page.evaluate(
    async ({ loader, id, options }) => {
      const api = await import(loader);
      const element = document.createElement('div');
      element.id = id;
      (document.querySelector('main') ?? document.body).append(element);
      const [quotes, errors, ctas] = [[], [], []];
      element.addEventListener('partner-calc:quote', (e) => quotes.push(e.detail));
      element.addEventListener('partner-calc:error', (e) => errors.push(e.detail));
      element.addEventListener('partner-calc:cta', (e) => {
        ctas.push(e.detail);
        if (element.dataset.stop === 'yes') e.preventDefault();
      });
      const handle = await api.mount(element, options);
      window.__mounted = window.__mounted || {};
      window.__mounted[id] = { element, handle, quotes, errors, ctas };
    },
    { loader: LOADER, id, options },
  );
}
