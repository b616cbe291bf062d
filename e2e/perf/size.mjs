// Check (a) of scripts/perf.sh: size of every file in dist/, raw, gzip -9 (the gzip CLI, as in
// scripts/size-report.sh) and brotli at maximum quality (node's zlib: quality 11, window 24).
// Budget on the gzip total: fail above PERF_GZIP_MAX_KIB (120), warn above PERF_GZIP_WARN_KIB (100).
//   node e2e/perf/size.mjs --dist dist
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { args, listFiles, envNumber, summaryRow, root, fmt } from './common.mjs';

const opts = args();
const dist = path.resolve(root, opts.dist ?? 'dist');
const maxKiB = envNumber('PERF_GZIP_MAX_KIB', 120);
const warnKiB = envNumber('PERF_GZIP_WARN_KIB', 100);

const TEXT = /\.(html|js|mjs|css|json|svg|txt|webmanifest)$/i;
const files = listFiles(dist);
if (files.length === 0) {
  summaryRow('a. bundle size (gzip -9 total)', `no files in ${dist}`, `<= ${maxKiB} KiB`, 'FAIL');
  process.exit(1);
}

const rows = [];
for (const f of files) {
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
  rows.push({ f, raw: buf.length, gz, br });
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br }), { raw: 0, gz: 0, br: 0 });

const line = (a, b, c, d) => console.log(`${a.padEnd(52)} ${String(b).padStart(10)} ${String(c).padStart(10)} ${String(d).padStart(10)}`);
const rule = () => line('-'.repeat(52), '-'.repeat(10), '-'.repeat(10), '-'.repeat(10));
const shown = path.relative(root, dist).startsWith('..') ? dist : path.relative(root, dist) || '.';
line(`file (${shown}/)`, 'raw', 'gzip -9', 'brotli 11');
rule();
for (const r of rows) line(r.f, r.raw, r.gz, r.br);
rule();
line('TOTAL', total.raw, total.gz, total.br);
const kib = (b) => b / 1024;
console.log(`total: raw ${fmt(kib(total.raw), 1)} KiB, gzip -9 ${fmt(kib(total.gz), 1)} KiB, brotli ${fmt(kib(total.br), 1)} KiB`);

const gzKiB = kib(total.gz);
const status = gzKiB > maxKiB ? 'FAIL' : gzKiB > warnKiB ? 'WARN' : 'PASS';
summaryRow(
  'a. bundle size, gzip -9 total',
  `${fmt(gzKiB, 1)} KiB gzip (${total.gz} B); brotli ${fmt(kib(total.br), 1)} KiB; raw ${fmt(kib(total.raw), 1)} KiB; ${rows.length} files`,
  `<= ${maxKiB} KiB (warn > ${warnKiB})`,
  status,
);
process.exit(status === 'FAIL' ? 1 : 0);
