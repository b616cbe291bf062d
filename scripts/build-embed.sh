#!/usr/bin/env bash
# Builds the embed package into target/embed/ (served as /embed/ by Trunk):
#   pkg/              `wasm-pack build --target web` of this crate with the
#                     `embed` feature (the <partner-calc> element, JS API), offline:
#                     `--mode no-install` uses the wasm-bindgen and wasm-opt on
#                     PATH (scripts/setup.sh installs both), never downloads
#   partner-calc.js   the module a host page includes: the loader (public/partner-calc.js)
#                     bundled with the wasm-bindgen glue and the element's snippet
#                     (scripts/bundle-embed.mjs); pkg/ keeps the wasm and its types
#   programme.schema.json  the JSON Schema of the programme format (src/schema.rs)
# JS and CSS are minified with esbuild (scripts/minify.mjs). Runs as Trunk's
# pre_build hook; cargo's release build of the wasm is shared with Trunk's.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/embed
# wasm-pack skips a missing wasm-opt with only a warning: require both tools.
for tool in wasm-bindgen wasm-opt; do
  command -v "$tool" >/dev/null || { echo "!!! $tool is not on PATH (source scripts/setup.sh)" >&2; exit 1; }
done
rm -rf "$out"
mkdir -p "$out"
wasm-pack --quiet build --target web --mode no-install --release --out-dir "$out/pkg" -- --features embed
rm -f "$out/pkg/.gitignore"
cp public/partner-calc.d.ts public/programme.schema.json "$out/"
node scripts/bundle-embed.mjs "$out"
node scripts/minify.mjs "$out"
