// After the first visit the demo page works offline: the service worker
// serves the page and its files, and the widget still quotes.
import assert from 'node:assert/strict';
import { openWidget, expectText } from './lib.mjs';

export async function works_offline_after_the_first_visit({ page, baseUrl }) {
  await openWidget(page, baseUrl);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await page.context().setOffline(true);
  try {
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('#pc0-quantity');
    await page.fill('#pc0-quantity', '10');
    await page.fill('#pc0-price', '100000');
    await expectText(page, '[data-testid=net]', '900 000,00 ₽');
    const online = await page.evaluate(() => navigator.onLine);
    assert.equal(online, false, 'the browser was offline during the reload');
  } finally {
    await page.context().setOffline(false);
  }
}
