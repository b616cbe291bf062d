// Check (e) of scripts/perf.sh: Lighthouse (npm `lighthouse`, pinned in package.json) on the demo
// page served from dist/ on 127.0.0.1, with the system Chromium (CHROME_PATH), headless, offline.
// Categories: performance, accessibility, best-practices, seo. Preset (--preset, else
// PERF_LH_PRESET): "desktop" (the default here: --preset=desktop, 1350x940, simulated throttling
// of a fast connection, no CPU slowdown) or "mobile" (Lighthouse's own default: small viewport,
// simulated slow 4G and 4x CPU slowdown). Target 100; fail below PERF_LH_MIN (95) in any category
// (median over the runs). Also fails if Lighthouse saw any request that is not to the loopback
// server (the runs must stay offline). --info: report only, never fail (status INFO).
// Reports go to target/perf/lighthouse-<preset>-<run>.json.
//
//   node e2e/perf/lighthouse.mjs --dist dist --runs 3 [--preset desktop|mobile] [--info]
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { startServer } from '../server.mjs';
import { args, envNumber, summaryRow, median, root, executablePath, CHROMIUM_ARGS } from './common.mjs';

const opts = args();
const dist = path.resolve(root, opts.dist ?? 'dist');
const runs = Number(opts.runs ?? 3);
const min = envNumber('PERF_LH_MIN', 95);
const preset = opts.preset || process.env.PERF_LH_PRESET || 'desktop';
const infoOnly = opts.info === true;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const outDir = path.join(root, 'target', 'perf');
const cli = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');

function runLighthouse(url, outFile) {
  const argv = [
    cli,
    url,
    '--output=json',
    `--output-path=${outFile}`,
    '--quiet',
    '--no-enable-error-reporting',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--max-wait-for-load=60000',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
  ];
  if (preset === 'desktop') argv.push('--preset=desktop');
  else if (preset !== 'mobile') throw new Error(`PERF_LH_PRESET must be mobile or desktop, not ${preset}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, {
      env: { ...process.env, CHROME_PATH: executablePath, CI: 'true' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`lighthouse exited with ${code ?? signal}`));
    });
  });
}

async function main() {
  if (!fs.existsSync(cli)) throw new Error(`${cli} missing: run scripts/setup.sh (npm ci installs lighthouse)`);
  fs.mkdirSync(outDir, { recursive: true });
  const server = await startServer(dist);
  const url = `${server.url}/`;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
  const below = new Map(); // audit id -> { score, title, displayValue }
  const foreign = new Set();
  let version = '';
  try {
    for (let i = 0; i < runs; i++) {
      const outFile = path.join(outDir, `lighthouse-${preset}-${i + 1}.json`);
      fs.rmSync(outFile, { force: true });
      await runLighthouse(url, outFile);
      const lhr = JSON.parse(fs.readFileSync(outFile, 'utf8'));
      version = `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment?.hostUserAgent?.match(/(Headless)?Chrome\/[\d.]+/)?.[0] ?? ''}`;
      if (lhr.runtimeError) throw new Error(`runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      for (const c of CATEGORIES) scores[c].push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative') {
            below.set(`${c}/${ref.id}`, { score: a.score, title: a.title, value: a.displayValue ?? '' });
          }
        }
      }
      for (const item of lhr.audits['network-requests']?.details?.items ?? []) {
        if (!item.url.startsWith(server.url + '/') && !item.url.startsWith('data:')) foreign.add(item.url);
      }
      console.log(`run ${i + 1}/${runs}: ${CATEGORIES.map((c) => `${c} ${scores[c].at(-1)}`).join(', ')}  (${path.relative(root, outFile)})`);
    }
  } finally {
    await server.close();
  }
  const med = Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])]));
  console.log(`${version}; preset ${preset}; ${url}; median of ${runs}`);
  if (below.size) {
    console.log('audits below 100 (category/audit-id: score, value):');
    for (const [id, a] of below) console.log(`  ${id}: ${Math.round(a.score * 100)}${a.value ? `, ${a.value}` : ''} - ${a.title}`);
  } else console.log('no weighted audit below 100');
  if (foreign.size) console.log(`requests off the loopback server: ${[...foreign].join(' ')}`);
  const failing = CATEGORIES.filter((c) => !(med[c] >= min));
  const ok = failing.length === 0 && foreign.size === 0;
  summaryRow(
    `e. Lighthouse (${preset}${infoOnly ? ', info only' : ''})`,
    `perf ${med.performance}, a11y ${med.accessibility}, best-practices ${med['best-practices']}, SEO ${med.seo}` +
      (foreign.size ? `; ${foreign.size} off-loopback request(s)` : ''),
    infoOnly ? 'none (report only)' : `each >= ${min} (target 100), offline`,
    infoOnly ? 'INFO' : ok ? 'PASS' : 'FAIL',
  );
  return ok || infoOnly ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err?.stack ?? String(err));
    summaryRow(`e. Lighthouse (${preset})`, `error: ${String(err?.message ?? err).split('\n')[0]}`, `each >= ${min}`, infoOnly ? 'INFO' : 'FAIL');
    process.exit(infoOnly ? 0 : 1);
  },
);
