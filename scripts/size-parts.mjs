// The analysis half of scripts/size-parts.sh: groups twiggy's items of a wasm that has a name
// section into parts (this crate's modules, its dependencies, data, module structure) and prints
// a markdown table of their bytes.
//
//   node scripts/size-parts.mjs --has-names WASM          exit 0 if WASM has a "name" section
//   node scripts/size-parts.mjs --top TOP.json --dominators DOM.json [--title T] [--note N]...
//
// TOP.json is `twiggy top -f json WASM` (every item, shallow and retained sizes), DOM.json is
// `twiggy dominators -f json WASM` (the dominator tree of the call graph).
//
// Shallow: the item's own bytes; the shallow column of a part is the sum over its items, and the
// parts add up to the file (less its name section, which the shipped wasm does not have).
// Retained: the bytes that would go if the item went (what it alone keeps alive, itself
// included: twiggy's retained size); the retained column of a part is the sum over its items
// that no other item of the same part dominates, so it counts what each of its items keeps
// alive on its own, callees of other parts included. Retained columns overlap between parts
// and do not add up.
//
// An item belongs to the crate whose path names it: `partner_calc::engine::price::Deal::price`
// to partner_calc::engine; `<A as B>::f` to A's path if A is of this crate, else to B's if B is,
// else to A's (B's for a blanket impl `<T as B>`). LTO inlines freely: code of this crate that
// was inlined into a dependency's generic function (an effect's closure, an iterator adapter)
// counts for the dependency. Data segments have no owner and make a row of their own.
// SIZE_PARTS_DEEP (default "ui"): modules of this crate whose files each get a row
// (partner_calc::ui::app, partner_calc::ui::inputs, ...); the others get one row each.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CRATE = 'partner_calc';
const DEEP = new Set((process.env.SIZE_PARTS_DEEP ?? 'ui').split(/[\s,]+/).filter(Boolean));

const DEPS = [
  ['leptos / tachys / reactive_graph', /^(leptos\w*|tachys|reactive_graph|reactive_stores\w*|any_spawner|throw_error|or_poisoned|hydration_context|oco_ref|next_tuple|either_of|server_fn\w*|send_wrapper|guardian|slotmap)$/],
  ['rust_decimal', /^rust_decimal$/],
  ['serde', /^serde(_core|_derive)?$/],
  ['wasm-bindgen / js-sys / web-sys', /^(wasm_bindgen\w*|js_sys|web_sys)$/],
  ['std / alloc / core', /^(std|core|alloc|compiler_builtins|dlmalloc|std_detect|panic_abort|panic_unwind|rustc_demangle|__rustc)$/],
];
const DATA = 'data segments';
const STRUCTURE = 'module structure (types, imports/exports, tables, globals, headers, custom sections, unnamed code)';
const OTHER = 'other crates';

function parseArgs(argv) {
  const o = { note: [] };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i].replace(/^--/, '');
    if (k === 'note') o.note.push(argv[++i]);
    else o[k] = argv[++i];
  }
  return o;
}

/** Custom section names of a wasm file. */
function customSections(file) {
  const b = fs.readFileSync(file);
  if (b.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file} is not a wasm module`);
  let p = 8;
  const leb = () => {
    let r = 0, s = 0, x;
    do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
    return r;
  };
  const names = [];
  while (p < b.length) {
    const id = b[p++];
    const size = leb();
    const end = p + size;
    if (id === 0) { const n = leb(); names.push(b.subarray(p, p + n).toString('utf8')); }
    p = end;
  }
  return names;
}

// --- names -> owner paths -------------------------------------------------------------------

const PRIMITIVE = /^(bool|char|str|[iu](8|16|32|64|128|size)|f(32|64))\b/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[0-9a-f]+\])?/;

/** Split a path at top-level "::" (not inside <...>, (...), [...]). */
function segments(s) {
  const out = [];
  let depth = 0, cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '<' || c === '(' || c === '[') depth++;
    else if (c === '>' || c === ')' || c === ']') depth--;
    if (depth === 0 && s.startsWith('::', i)) { out.push(cur); cur = ''; i++; continue; }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** The plain module path a type or path expression starts with: ["alloc","vec","Vec"]. */
function leadingPath(s) {
  s = s.replace(/^(&|mut |\*const |\*mut |dyn |impl |\[|\()+/, '').trim();
  const segs = [];
  for (const seg of segments(s)) {
    const m = seg.match(IDENT);
    if (!m) break;
    segs.push(m[0].replace(/\[[0-9a-f]+\]$/, '')); // crate disambiguators: dlmalloc[e24a...]
    if (m[0].length !== seg.length) break; // Foo<...>: a generic type ends the path
  }
  return segs;
}

/** Find the '>' closing the '<' at index 0 and a top-level " as " inside it. */
function qualified(s) {
  let depth = 0, as = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '<' || c === '(' || c === '[') depth++;
    else if (c === '>' || c === ')' || c === ']') {
      depth--;
      if (depth === 0) return { self: s.slice(1, as < 0 ? i : as), trait: as < 0 ? '' : s.slice(as + 4, i), rest: s.slice(i + 1) };
    } else if (depth === 1 && as < 0 && s.startsWith(' as ', i)) as = i;
  }
  return { self: s.slice(1), trait: '', rest: '' };
}

/** Owner path of a Rust item name, as a list of segments (may be empty). */
function ownerPath(name) {
  const n = name.replace(/(::h[0-9a-f]{16})?(\[\d+\])?$/, '');
  if (!n.startsWith('<')) return leadingPath(n);
  const q = qualified(n);
  const self = leadingPath(q.self);
  const trait = leadingPath(q.trait);
  if (self[0] === CRATE) return self;
  if (trait[0] === CRATE) return trait;
  if (self.length > 1) return self;
  if (trait.length > 0) return trait;
  return PRIMITIVE.test(q.self.replace(/^[&*\[(]+|mut |const /g, '')) ? ['core'] : self; // <char>::to_digit, <[u8]>::starts_with

}

function srcHasModule(mod, file) {
  const dir = path.join(process.env.SIZE_PARTS_SRC || path.join(root, 'src'), mod);
  return fs.existsSync(path.join(dir, `${file}.rs`)) || fs.existsSync(path.join(dir, file, 'mod.rs'));
}

/** Row of this crate for an owner path starting with CRATE. */
function crateRow(p) {
  if (p.length < 3) return `${CRATE} (lib.rs)`; // partner_calc::start
  const mod = p[1];
  if (DEEP.has(mod)) {
    const file = p[2];
    const isModule = /^[a-z_][a-z0-9_]*$/.test(file) && (p.length >= 4 || srcHasModule(mod, file));
    if (isModule) return `${CRATE}::${mod}::${file}`;
    return `${CRATE}::${mod} (mod.rs)`;
  }
  return `${CRATE}::${mod}`;
}

/** Which part an item of twiggy's belongs to, and a label for the "other" breakdown. */
export function classify(name) {
  if (/^"[^"]*names?" subsection$/.test(name) || name === "custom section 'name' headers") return { part: null };
  if (/^data segment /.test(name) || /^data\[\d+\]$/.test(name)) return { part: DATA };
  if (/^import /.test(name)) return { part: DEPS[3][0], label: 'JS imports' };
  if (/^(__wbg_|__wbindgen_|__externref_|wasm_bindgen__)/.test(name) || / externref shim$/.test(name) || /^export "(__wbg|__wbindgen|wasm_bindgen__)/.test(name)) {
    if (/intounderlying/.test(name)) return { part: OTHER, label: 'wasm_streams' };
    return { part: DEPS[3][0] };
  }
  if (/^intounderlying/.test(name)) return { part: OTHER, label: 'wasm_streams' };
  if (/^(memcpy|memmove|memset|memcmp|bcmp|__(multi|udivti|umodti|divti|modti|ashlti|lshrti|ashrti|mulodi|muloti|udivmodti|floatuntidf|fixunsdfti)\d*)$/.test(name)) {
    return { part: DEPS[4][0] };
  }
  if (!/::/.test(name)) return { part: STRUCTURE };
  const p = ownerPath(name);
  const crate = p[0];
  if (!crate) return { part: OTHER, label: name.slice(0, 60) };
  if (crate === CRATE) return { part: crateRow(p) };
  for (const [part, re] of DEPS) if (re.test(crate)) return { part };
  if (crate === 'T' || crate.length === 1) return { part: OTHER, label: 'generic impls' };
  return { part: OTHER, label: crate };
}

// --- main -------------------------------------------------------------------------------------

function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o['has-names']) process.exit(customSections(o['has-names']).includes('name') ? 0 : 1);

  const top = JSON.parse(fs.readFileSync(o.top, 'utf8'));
  const dom = JSON.parse(fs.readFileSync(o.dominators, 'utf8'));

  const parts = new Map(); // part -> { shallow, retained, items }
  const other = new Map(); // label -> shallow
  const partOf = new Map();
  let excluded = 0, total = 0;
  for (const it of top) {
    const c = classify(it.name);
    partOf.set(it.name, c.part);
    if (c.part === null) { excluded += it.shallow_size; continue; }
    total += it.shallow_size;
    const r = parts.get(c.part) ?? { shallow: 0, retained: 0, items: 0 };
    r.shallow += it.shallow_size;
    r.items += 1;
    parts.set(c.part, r);
    if (c.part === OTHER) other.set(c.label, (other.get(c.label) ?? 0) + it.shallow_size);
  }

  // Retained: sum over the topmost items of each part in the dominator tree.
  const inTree = new Set();
  const walk = (node, above) => {
    inTree.add(node.name);
    const part = partOf.get(node.name);
    let here = above;
    if (part && !above.has(part)) {
      parts.get(part).retained += node.retained_size;
      here = new Set(above).add(part);
    }
    for (const ch of node.children ?? []) walk(ch, here);
  };
  for (const n of dom.items) walk(n, new Set());
  // Items outside the call graph's tree (data segments, headers) keep only themselves alive.
  for (const it of top) {
    const part = partOf.get(it.name);
    if (part && !inTree.has(it.name)) parts.get(part).retained += it.retained_size ?? it.shallow_size;
  }

  const num = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const pct = (n) => `${((100 * n) / total).toFixed(1)} %`;
  const ours = [...parts].filter(([k]) => k.startsWith(CRATE)).sort((a, b) => b[1].shallow - a[1].shallow);
  const order = [...DEPS.map(([k]) => k), DATA, STRUCTURE, OTHER];
  const rest = order.map((k) => [k, parts.get(k) ?? { shallow: 0, retained: 0, items: 0 }]);
  const sum = ours.reduce((s, [, r]) => ({ shallow: s.shallow + r.shallow, items: s.items + r.items }), { shallow: 0, items: 0 });
  // The crate's retained size as one part: its topmost items in the tree.
  let crateRetained = 0;
  const walkCrate = (node, inside) => {
    const mine = partOf.get(node.name)?.startsWith(CRATE);
    if (mine && !inside) crateRetained += node.retained_size;
    for (const ch of node.children ?? []) walkCrate(ch, inside || mine);
  };
  for (const n of dom.items) walkCrate(n, false);

  if (o.title) console.log(`### ${o.title}\n`);
  for (const n of o.note) console.log(n);
  if (o.note.length) console.log();
  console.log('| part | shallow bytes | shallow | retained bytes | retained | items |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const row = (k, r) => {
    // The tables and element segments dominate every function reached only by an indirect call
    // (closures, trait objects): their retained size says nothing about the structure itself.
    const ret = k === STRUCTURE ? ['—', '—'] : [num(r.retained), pct(r.retained)];
    console.log(`| ${k} | ${num(r.shallow)} | ${pct(r.shallow)} | ${ret[0]} | ${ret[1]} | ${r.items} |`);
  };
  for (const [k, r] of ours) row(k.replace(/^/, '`').replace(/( \(|$)/, '`$1'), r);
  row(`**${CRATE}, all modules**`, { ...sum, retained: crateRetained });
  for (const [k, r] of rest) row(k, r);
  console.log(`| **total** | **${num(total)}** | 100.0 % | | | ${top.length - [...partOf.values()].filter((p) => p === null).length} |`);
  console.log();
  const others = [...other].sort((a, b) => b[1] - a[1]);
  if (others.length) {
    console.log(`"${OTHER}": ${others.slice(0, 8).map(([k, v]) => `${k} ${num(v)}`).join(', ')}${others.length > 8 ? `, ${others.length - 8} more` : ''} (shallow bytes).`);
  }
  console.log(`The name section (${num(excluded)} bytes, kept only for this table) is left out; the total is the shipped file's size.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
