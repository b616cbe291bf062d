// scripts/build-embed.sh: bundles the embed loader (public/partner-calc.js) with the
// wasm-bindgen glue and the element's snippet into one module, target/embed/partner-calc.js,
// with esbuild (npm, from package-lock.json): a host page loads one script and the wasm, and
// the package is 0.4 KiB gzip smaller than the three files were. The glue's own files
// (pkg/partner_calc.js, pkg/snippets/) are removed; pkg/ keeps the wasm and its types.
//
// The loader imports the element's snippet as './element.js': resolved here to the file the
// glue imports (pkg/snippets/partner-calc-<hash>/src/embed/element.js), so both share one
// module (the loader registers the element, the wasm's start function hands it the widget).
//
// The glue also exports wasm-streams' classes (IntoUnderlyingSource, …; a dependency of
// Leptos' server functions, which this crate does not use): nothing here builds a stream, and
// only their `Symbol.dispose` lines and their `FinalizationRegistry`s kept them in the bundle.
// Without those lines, and with the registries marked pure, esbuild drops them (266 B gzip).
//
//   node scripts/bundle-embed.mjs OUT   (OUT: the package folder, with pkg/ built)
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/bundle-embed.mjs OUT');
const snippets = fs
  .readdirSync(path.join(out, 'pkg/snippets'))
  .map((dir) => path.resolve(out, 'pkg/snippets', dir, 'src/embed/element.js'))
  .filter((file) => fs.existsSync(file));
if (snippets.length !== 1) throw new Error(`expected one element.js in ${out}/pkg/snippets/*/src/embed/, found ${snippets.length}`);

/** The loader's './element.js': the glue's snippet. */
const elementSnippet = {
  name: 'element-snippet',
  setup(esb) {
    esb.onResolve({ filter: /^\.\/element\.js$/ }, () => ({ path: snippets[0] }));
  },
};

/** The glue without what keeps wasm-streams' unused classes alive. */
const unusedStreamClasses = {
  name: 'unused-stream-classes',
  setup(esb) {
    esb.onLoad({ filter: /[\\/]pkg[\\/]partner_calc\.js$/ }, ({ path: file }) => {
      const dispose = /^if \(Symbol\.dispose\) (IntoUnderlying\w+)\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/gm;
      const contents = fs
        .readFileSync(file, 'utf8')
        .replace(dispose, '')
        .replaceAll('new FinalizationRegistry(', '/* @__PURE__ */ new FinalizationRegistry(');
      return { contents, loader: 'js' };
    });
  },
};

await build({
  // The loader imports ./pkg/partner_calc.js: resolved in the package being built.
  stdin: {
    contents: fs.readFileSync('public/partner-calc.js', 'utf8'),
    resolveDir: path.resolve(out),
    sourcefile: 'loader.js',
  },
  plugins: [elementSnippet, unusedStreamClasses],
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
