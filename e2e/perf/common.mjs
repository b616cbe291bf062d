// Shared bits of the performance checks run by scripts/perf.sh (not e2e specs: e2e/run.mjs
// only picks up e2e/*.spec.mjs, not this folder).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

// Chromium as root in a container, with nothing that talks to the outside world.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--mute-audio',
];

/** Parse "--key value" / "--flag" arguments. */
export function args(argv = process.argv.slice(2)) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const key = a.slice(2);
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        out[key] = next;
        i++;
      } else out[key] = true;
    } else out._.push(a);
  }
  return out;
}

/** Every file under dir (relative paths with '/'), sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The files of each bundle a visitor downloads, relative to `dist`:
 *   - page:  the standalone page (html, Trunk's js, wasm, css, service worker);
 *   - embed: what a host page loads for <partner-calc> (dist/embed/: the loader, the
 *            wasm-pack package's js and wasm, the element's snippet).
 * The demo host page around the embed (embed.html, its script and CSS, Bootstrap, the
 * favicon) belongs to neither.
 */
export function bundles(dist) {
  const shipped = /\.(html|js|mjs|css|wasm)$/i;
  const hostDemo = new Set(['embed.html', 'embed-host.js', 'embed-host.css', 'bootstrap.min.css']);
  const files = fs.existsSync(dist) ? listFiles(dist).filter((f) => shipped.test(f)) : [];
  return {
    page: files.filter((f) => !f.startsWith('embed/') && !hostDemo.has(f)),
    embed: files.filter((f) => f.startsWith('embed/')),
  };
}

/**
 * The size budget of each bundle, on its gzip -9 total (KiB = 1024 bytes): it fails above
 * maxKiB (PERF_GZIP_MAX_KIB, default 352) and is aimed at warnKiB (PERF_GZIP_WARN_KIB,
 * default 180): above the aim it passes with a warning. size.mjs applies it to both bundles.
 */
export function gzipBudget() {
  return { maxKiB: envNumber('PERF_GZIP_MAX_KIB', 352), warnKiB: envNumber('PERF_GZIP_WARN_KIB', 180) };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

/** Number from an environment variable, or the default. */
export function envNumber(name, fallback) {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name}=${JSON.stringify(v)} is not a number`);
  return n;
}

/**
 * Append one row of the summary table to $PERF_SUMMARY (tab separated:
 * check, figure, budget, status). status is PASS, WARN or FAIL.
 */
export function summaryRow(check, figure, budget, status) {
  const file = process.env.PERF_SUMMARY;
  const line = [check, figure, budget, status].map((s) => String(s).replace(/[\t\n]/g, ' ')).join('\t');
  if (file) fs.appendFileSync(file, line + '\n');
  console.log(`${status === 'PASS' ? 'OK' : status}: ${check}: ${figure} (budget ${budget})`);
}

export const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
