// partner-calc embed loader. One module is all a page needs:
//   <script type="module" src=".../partner-calc.js"></script>
//   <partner-calc vendor="asoft" lang="en"></partner-calc>
// Loading it starts the wasm (package pkg/, built by wasm-pack), which
// registers <partner-calc>. The JS API is re-exported for scripts:
//   import { mount, quote, programmes, check } from '.../partner-calc.js';
import init, { mount, quote, programmes, check } from './pkg/partner_calc.js';

await init();

export { mount, quote, programmes, check };
