// The first screen is in the page's HTML: the build renders the calculator of each
// [data-partner-calc] mount point with the app's own components (examples/prerender, Trunk's
// post-build hook), and the app replaces it when it starts (src/page.rs). These tests read the
// raw index.html as the server sends it (no browser, no wasm), parse it in the page without
// running scripts, and compare its first mount point with what the app shows once it has taken
// over, with the default state: a prerender that drifts from the app fails here.
import assert from 'node:assert/strict';

export const engines = 'all';


/** index.html as the server sends it. */
async function rawHtml(baseUrl) {
  const response = await fetch(`${baseUrl}/`);
  assert.equal(response.status, 200, 'index.html');
  return response.text();
}

/**
 * In the page: the first mount point of `html` (parsed by DOMParser, which runs no script) or,
 * without `html`, of the live page, as a tree of { tag, attrs, text, kids }: attributes sorted,
 * the value of each field and whether it is checked as pseudo-attributes `(value)`/`(checked)`
 * (a property is not an attribute), texts with no-break spaces as spaces and the text nodes
 * between two elements joined, comments (Leptos' markers) and <noscript> left out; with the
 * texts of its [data-testid] elements and whether it is still marked as prerendered.
 */
function mountPoint(html) {
  const doc = html ? new DOMParser().parseFromString(html, 'text/html') : document;
  const mount = doc.querySelector('[data-partner-calc]');
  if (!mount) return null;
  const tree = (el) => {
    const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
    if (/^(input|select|textarea)$/.test(el.localName)) attrs.push(`(value)=${JSON.stringify(el.value)}`);
    if (el.localName === 'input' && /^(checkbox|radio)$/.test(el.type)) attrs.push(`(checked)=${el.checked}`);
    const kids = [];
    let text = '';
    const flush = () => {
      if (text.trim()) kids.push(text.replace(/\u00a0/g, ' '));
      text = '';
    };
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) text += node.data;
      else if (node.nodeType === Node.ELEMENT_NODE && node.localName !== 'noscript') {
        flush();
        kids.push(tree(node));
      }
    }
    flush();
    return { tag: el.localName, attrs, kids };
  };
  const texts = {};
  for (const el of mount.querySelectorAll('[data-testid]')) {
    texts[el.dataset.testid] ??= el.textContent.replace(/\u00a0/g, ' ').trim();
  }
  return {
    prerendered: mount.hasAttribute('data-prerendered'),
    noscript: mount.querySelector('noscript') !== null,
    ids: [...mount.querySelectorAll('[id]')].map((e) => e.id),
    labelledBy: [...mount.querySelectorAll('[aria-labelledby]')].map((e) => e.getAttribute('aria-labelledby')),
    tree: tree(mount).kids,
    texts,
  };
}

/** A tree as indented lines (a readable diff when two differ). */
function lines(kids, depth = 0, out = []) {
  for (const k of kids) {
    if (typeof k === 'string') out.push(`${'  '.repeat(depth)}${JSON.stringify(k)}`);
    else {
      out.push(`${'  '.repeat(depth)}<${k.tag} ${k.attrs.join(' ')}>`);
      lines(k.kids, depth + 1, out);
    }
  }
  return out;
}

/**
 * Where `pre` is not part of `live`: each prerendered element at the same place in the app's
 * widget with the same tag and attribute values (the app may add attributes and children) and
 * each prerendered text the same.
 */
function notContained(pre, live, at = 'mount point') {
  const out = [];
  pre.forEach((p, i) => {
    const l = live[i];
    const here = `${at} > ${typeof p === 'string' ? `text ${i}` : `${p.tag}[${i}]`}`;
    if (typeof p === 'string' || typeof l === 'string') {
      if (p !== l) out.push(`${here}: ${JSON.stringify(p)} prerendered, ${JSON.stringify(l ?? null)} in the app`);
    } else if (!l || l.tag !== p.tag) {
      out.push(`${here}: the app has ${l ? `<${l.tag}>` : 'nothing'} there`);
    } else {
      const missing = p.attrs.filter((a) => !a.startsWith('(') && !l.attrs.includes(a));
      if (missing.length) out.push(`${here}: ${missing.join(' ')} prerendered, not in the app (${l.attrs.join(' ')})`);
      out.push(...notContained(p.kids, l.kids, here));
    }
  });
  return out;
}

/** Open the page and wait until the app has replaced the prerendered widget and shows a quote. */
async function takenOver(page) {
  await page.goto('/');
  await page.until(
    () => {
      const mount = document.querySelector('[data-partner-calc]');
      return mount && !mount.hasAttribute('data-prerendered') && mount.querySelector('[data-testid=net]')?.textContent.trim().length > 0;
    },
    null,
    { timeout: 20_000, what: 'the app taking over the prerendered widget' },
  );
}

// The raw HTML carries the calculator in the first mount point: the widget's root, marked as
// prerendered, its ids numbered 0 as the app numbers the first mount point, the <noscript> kept
// for a visitor without JavaScript; and the default net price.
export async function the_raw_html_carries_the_first_widget({ page, baseUrl }) {
  const html = await rawHtml(baseUrl);
  await page.goto('/');
  const pre = await page.evaluate(mountPoint, html);
  assert.ok(pre, 'a [data-partner-calc] element in index.html');
  assert.ok(pre.prerendered, 'the mount point is marked data-prerendered');
  assert.ok(pre.noscript, 'its <noscript> is kept');
  assert.equal(pre.tree.length, 1, `one widget in the mount point:\n${lines(pre.tree).slice(0, 5).join('\n')}`);
  assert.equal(pre.tree[0].tag, 'div');
  assert.ok(pre.tree[0].attrs.includes('class="pc"'), `the widget's root: ${pre.tree[0].attrs}`);
  assert.ok(pre.tree[0].attrs.includes('lang="ru"'), 'in Russian');
  for (const ref of [...pre.ids, ...pre.labelledBy.flatMap((l) => l.split(' '))]) {
    assert.match(ref, /^pc0-/, `ids of mount point 0: ${ref}`);
  }
  assert.deepEqual(pre.labelledBy, ['pc0-net'], 'the result is labelled by the net price of widget 0');
  // The default quote (Stakhanovets, its first tier, one licence at its list price) is in the HTML.
  assert.ok('net' in pre.texts, 'a [data-testid=net] element in the prerendered HTML');
  assert.equal(pre.texts.net, '90 000,00 ₽', 'the default net price in the prerendered HTML');
}

// What the app shows once it has taken over (default state: no link, nothing stored) is what
// the HTML carried: the same tree (tags, attributes, field values, texts) and the same text in
// every [data-testid] element.
export async function the_app_shows_what_was_prerendered({ page, baseUrl }) {
  const html = await rawHtml(baseUrl);
  await takenOver(page);
  const pre = await page.evaluate(mountPoint, html);
  const live = await page.evaluate(mountPoint);
  assert.ok(pre?.prerendered && pre.tree.length > 0, 'a prerendered widget in index.html to compare');
  assert.ok(!live.prerendered, 'the app removes the data-prerendered mark');
  assert.equal(live.tree.length, 1, `one widget in the mount point after the takeover, not the prerendered one beside it:\n${lines(live.tree).filter((l) => !l.startsWith(' ')).join('\n')}`);
  assert.deepEqual(notContained(pre.tree, live.tree), [], 'the prerendered widget is in the app in place');
  for (const [id, text] of Object.entries(pre.texts)) {
    if (text) assert.equal(live.texts[id], text, `[data-testid=${id}]`);
  }
  assert.deepEqual(lines(pre.tree), lines(live.tree), 'the prerendered widget equals the app, node for node');
  assert.deepEqual(pre.texts, live.texts, 'the texts of every [data-testid] element');
}
