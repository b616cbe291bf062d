// partner-calc embed loader. One module is all a page needs:
//   <script type="module" src=".../partner-calc.js"></script>
//   <partner-calc vendor="asoft" lang="en"></partner-calc>
// Loading it starts the wasm (package pkg/, built by wasm-pack), which
// registers <partner-calc>. The JS API is re-exported for scripts:
//   import { mount, quote, programmes, check } from '.../partner-calc.js';
import init, { mount, quote, programmes, check } from './pkg/partner_calc.js';

// The wasm beside the glue, in pkg/ (this module is the package's bundle).
await init({ module_or_path: new URL('./pkg/partner_calc_bg.wasm', import.meta.url) });

export { mount, quote, programmes, check };
