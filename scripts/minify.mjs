// Trunk post-build hook (and scripts/build-embed.sh): minifies the JavaScript
// and CSS in a folder (Trunk's staging directory by default) with esbuild (npm, from package-lock.json). The wasm-bindgen glue
// shrinks by about a third (about 2 KiB gzip). Their `integrity` attributes
// are off in index.html (`data-integrity="none"`), since this changes the
// files after Trunk hashed them; their names still change with their content.
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

// The folder: the first argument (scripts/build-embed.sh), else Trunk's staging directory.
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('no folder: pass one, or run this as a Trunk hook (TRUNK_STAGING_DIR)');

function* scripts(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* scripts(file);
    else if (/\.(js|css)$/.test(entry.name)) yield file;
  }
}

for (const file of scripts(dir)) {
  const source = fs.readFileSync(file, 'utf8');
  const loader = file.endsWith('.css') ? 'css' : 'js';
  const format = loader === 'js' && /^\s*(import|export)\b/m.test(source) ? 'esm' : undefined;
  const { code } = transformSync(source, { loader, minify: true, format, target: 'es2022' });
  fs.writeFileSync(file, code);
}
