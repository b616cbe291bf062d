// App-agnostic smoke test: the release bundle loads, its wasm is fetched with the
// right MIME type, the app renders something and nothing throws.
import assert from 'node:assert/strict';
import { gotoApp } from './lib.mjs';

export async function app_boots_without_errors({ page, baseUrl, artifacts }) {
  const { response, wasmResponse } = await gotoApp(page, baseUrl);
  assert.equal(response.status(), 200, 'index.html status');
  assert.equal(wasmResponse.status(), 200, 'wasm status');
  assert.equal(wasmResponse.headers()['content-type'], 'application/wasm');
  // Something visible beyond the loader scripts.
  const text = (await page.locator('body').innerText()).trim();
  assert.ok(text.length > 0, 'page body has visible text after the app mounted');
  assert.deepEqual(artifacts.pageErrors, [], 'no uncaught errors');
}
