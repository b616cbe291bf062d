// scripts/build-embed.sh: bundles the embed loader (public/partner-calc.js) with the
// wasm-bindgen glue and the element's snippet into one module, target/embed/partner-calc.js,
// with esbuild (npm, from package-lock.json): a host page loads one script and the wasm, and
// the package is 0.4 KiB gzip smaller than the three files were. The glue's own files
// (pkg/partner_calc.js, pkg/snippets/) are removed; pkg/ keeps the wasm and its types.
//
//   node scripts/bundle-embed.mjs OUT   (OUT: the package folder, with pkg/ built)
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/bundle-embed.mjs OUT');
buildSync({
  // The loader imports ./pkg/partner_calc.js: resolved in the package being built.
  stdin: {
    contents: fs.readFileSync('public/partner-calc.js', 'utf8'),
    resolveDir: path.resolve(out),
    sourcefile: 'loader.js',
  },
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outfile: path.join(out, 'partner-calc.js'),
  logLevel: 'warning',
});
// wasm-pack's package.json and README describe the glue as the package's module: gone too.
for (const file of ['pkg/partner_calc.js', 'pkg/snippets', 'pkg/package.json', 'pkg/README.md']) {
  fs.rmSync(path.join(out, file), { recursive: true });
}
