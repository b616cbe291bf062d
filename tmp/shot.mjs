import { chromium } from 'playwright-core';
import { startServer } from '/work/main/e2e/server.mjs';
const server = await startServer('/work/main/dist');
const base = server.url ?? `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const q = '?vendor=asoft&tier=competency&bonus:plan=true&ln=crm_licences~standard~10~15000~&ln=updates~standard~1~100000~1~percent:reward:50&ln=internal_use~standard~2~15000~~percent:internal_use:40';
for (const [w, h] of [[1280, 900], [375, 800]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(base + q);
  await page.waitForSelector('[data-partner-calc]:not([data-prerendered]) [data-testid=lines]');
  await page.screenshot({ path: `/tmp/deal-${w}.png`, fullPage: true });
  if (w === 1280) {
    await page.evaluate(() => document.querySelector('.pc').classList.add('pc-print-proposal'));
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => { document.querySelector('#pc0-customer') && 0; });
    await page.screenshot({ path: `/tmp/proposal.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    console.log('pdf bytes', pdf.length, 'pages', (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length);
  }
}
await browser.close();
server.close?.();
process.exit(0);
