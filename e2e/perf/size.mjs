// Check (a) of scripts/perf.sh (and scripts/size-report.sh): the size of each bundle a visitor
// downloads (the page and the embed package, see `bundles` in common.mjs), per file and in
// total: raw, gzip -9 (the gzip CLI) and brotli at maximum quality (node's zlib: quality 11,
// window 24). Budget on each gzip total (gzipBudget in common.mjs): fail above
// PERF_GZIP_MAX_KIB (352 KiB); the aim is PERF_GZIP_WARN_KIB (180 KiB): above it the bundle
// passes with a warning ("above the 180 KiB aim").
//   node e2e/perf/size.mjs --dist dist
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { args, bundles as bundlesOf, gzipBudget, summaryRow, root, fmt } from './common.mjs';

const opts = args();
const dist = path.resolve(root, opts.dist ?? 'dist');
const { maxKiB, warnKiB } = gzipBudget();
const budget = `<= ${maxKiB} KiB (aim <= ${warnKiB})`;

const TEXT = /\.(html|js|mjs|css|json|svg|txt|webmanifest)$/i;
const bundles = bundlesOf(dist);

const line = (a, b, c, d) => console.log(`${a.padEnd(62)} ${String(b).padStart(10)} ${String(c).padStart(10)} ${String(d).padStart(10)}`);
const rule = () => line('-'.repeat(62), '-'.repeat(10), '-'.repeat(10), '-'.repeat(10));
const kib = (b) => b / 1024;
const shown = path.relative(root, dist).startsWith('..') ? dist : path.relative(root, dist) || '.';

let failed = false;
for (const [name, list] of Object.entries(bundles)) {
  const check = `a. bundle size (${name}), gzip -9 total`;
  if (list.length === 0) {
    summaryRow(check, `no ${name} files in ${dist}`, budget, 'FAIL');
    failed = true;
    continue;
  }
  const rows = list.map((f) => {
    const buf = fs.readFileSync(path.join(dist, f));
    const gz = execFileSync('gzip', ['-9', '-c'], { input: buf, maxBuffer: 1 << 30 }).length;
    const br = zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
        [zlib.constants.BROTLI_PARAM_MODE]: TEXT.test(f) ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length;
    return { f, raw: buf.length, gz, br };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br }), { raw: 0, gz: 0, br: 0 });
  console.log(`\n${name} bundle`);
  line(`file (${shown}/)`, 'raw', 'gzip -9', 'brotli 11');
  rule();
  for (const r of rows) line(r.f, r.raw, r.gz, r.br);
  rule();
  line('TOTAL', total.raw, total.gz, total.br);
  const gzKiB = kib(total.gz);
  const status = gzKiB > maxKiB ? 'FAIL' : gzKiB > warnKiB ? 'WARN' : 'PASS';
  failed ||= status === 'FAIL';
  const over = status === 'FAIL' ? `, above the ${maxKiB} KiB budget` : status === 'WARN' ? `, above the ${warnKiB} KiB aim` : '';
  summaryRow(
    check,
    `${fmt(gzKiB, 1)} KiB gzip (${total.gz} B)${over}; brotli ${fmt(kib(total.br), 1)} KiB; raw ${fmt(kib(total.raw), 1)} KiB; ${rows.length} files`,
    budget,
    status,
  );
  if (status === 'WARN') {
    console.log(`WARN: the ${name} bundle is ${fmt(gzKiB, 1)} KiB gzip, above the ${warnKiB} KiB aim (it fails above ${maxKiB} KiB)`);
  } else if (status === 'FAIL') {
    console.log(`FAIL: the ${name} bundle is ${fmt(gzKiB, 1)} KiB gzip, above the ${maxKiB} KiB budget`);
  }
}
process.exit(failed ? 1 : 0);
