// Trunk post-build hook: minifies the JavaScript and CSS in Trunk's staging
// directory with esbuild (npm, from package-lock.json). The wasm-bindgen glue
// shrinks by about a third (about 2 KiB gzip). Their `integrity` attributes
// are off in index.html (`data-integrity="none"`), since this changes the
// files after Trunk hashed them; their names still change with their content.
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');

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
  const { code } = transformSync(source, { loader, minify: true, format, target: 'es2020' });
  fs.writeFileSync(file, code);
}
