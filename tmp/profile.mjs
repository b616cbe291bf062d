import { chromium } from 'playwright-core';
import { startServer } from '/work/main/e2e/server.mjs';
const server = await startServer('/tmp/dist-named');
const base = server.url;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const q = `?vendor=stakhanovets&tier=silver&${Array.from({ length: 20 }, (_, i) => `ln=licences~registered_first~${i + 1}~${10000 + i * 1000}~`).join('&')}`;
await page.goto(`${base}/${q}`);
await page.waitForSelector('[data-partner-calc]:not([data-prerendered]) [data-testid=lines]');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.evaluate(async () => {
  const input = document.querySelector('#pc0-quantity-10');
  for (let i = 0; i < 200; i++) {
    input.value = String(10 + (i % 2));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
});
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; let total = 0;
const counts = new Map();
profile.samples.forEach((id, i) => { counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)); });
for (const [id, t] of counts) { const n = byId.get(id); const name = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)'; self.set(name, (self.get(name) ?? 0) + t); total += t; }
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [n, t] of top) console.log((t / 1000).toFixed(1).padStart(8), 'ms', n.slice(0, 140));
console.log('total', (total / 1000).toFixed(0), 'ms');
// inclusive: parents
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, t] of counts) { const seen = new Set(); let cur = id; while (cur) { const n = byId.get(cur); const name = n.callFrame.functionName || '(anon)'; if (!seen.has(name)) { incl.set(name, (incl.get(name) ?? 0) + t); seen.add(name); } cur = parent.get(cur); } }
console.log('--- inclusive');
for (const [n, t] of [...incl].sort((a, b) => b[1] - a[1]).filter(([n]) => n.includes('partner_calc')).slice(0, 40)) console.log((t / 1000).toFixed(1).padStart(8), 'ms', n.slice(0, 160));
await browser.close(); await server.close(); process.exit(0);
