#!/usr/bin/env bash
# Where the bytes of a release wasm go, by part: prints a markdown table (for BENCHMARKS.md) of
# the shallow and retained bytes twiggy gives, grouped into this crate's modules
# (partner_calc::engine, partner_calc::model, partner_calc::widget, partner_calc::text, one row
# per file of partner_calc::ui) and its dependencies (leptos/tachys/reactive_graph,
# rust_decimal, serde, wasm-bindgen/js-sys/web-sys, std/alloc/core), data segments, module
# structure and other crates. How items are grouped: scripts/size-parts.mjs.
#
#   scripts/size-parts.sh [--build | --rev REV] [WASM]
#     WASM       default: the page's dist/*_bg.wasm; dist/embed/pkg/partner_calc_bg.wasm for the
#                embed package (built with the `embed` feature)
#     --build    always build a copy from the current sources (2. below)
#     --rev REV  always build a copy from commit REV (`git archive`, into
#                target/size-parts/src-<commit>): a committed state while the work tree is
#                being changed
#
# The shipped wasm has no names (wasm-opt drops the name section), so the table is made from a
# copy of the same -Oz wasm that keeps them: the same wasm-bindgen output run through the same
# wasm-opt passes with -g (--debuginfo), which keeps the name section and changes nothing else
# (checked: without -g the copy is byte-identical to WASM). The copy is made from the first of:
#   1. Trunk's wasm-bindgen output, target/wasm-bindgen/release/*_bg.wasm (the page), or
#      cargo's target/wasm32-unknown-unknown/release/partner_calc.wasm through wasm-bindgen,
#      if wasm-opt turns it into exactly WASM;
#   2. else a release build of the current sources (or of REV) into target/size-parts/cargo
#      (same profile as Trunk's; the `embed` feature for an embed WASM), wasm-bindgen and
#      wasm-opt; if the result differs from WASM (the sources changed since WASM was built) the
#      table describes the sources built, and says so. The first build compiles every
#      dependency (about 3 min on this project's 2-core machine, with other builds running);
#      after that the crate and its LTO take about 5 s and the whole script about 25 s.
# Reusing Trunk's output (1.) takes about 15 s, most of it the two wasm-opt passes.
# A WASM that has a name section already is read as it is.
#
# Needs twiggy (scripts/setup.sh installs it). Not part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: scripts/size-parts.sh [--build | --rev REV] [WASM]" >&2; exit 2; }
build=0
rev=""
wasm=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --build) build=1 ;;
    --rev) [ "$#" -ge 2 ] || usage; rev="$2"; build=1; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    -*) usage ;;
    *) wasm="$1" ;;
  esac
  shift
done

# Tools on PATH; setup's progress goes to stderr so that stdout is the table.
# shellcheck source=scripts/setup.sh
source scripts/setup.sh >&2
command -v twiggy >/dev/null || { echo "!!! twiggy is not on PATH (scripts/setup.sh installs it)" >&2; exit 1; }

if [ -z "$wasm" ]; then
  shopt -s nullglob
  found=(dist/*_bg.wasm)
  shopt -u nullglob
  [ "${#found[@]}" -eq 1 ] || { echo "!!! expected one dist/*_bg.wasm, found ${#found[@]} (trunk build --release, or give WASM)" >&2; exit 1; }
  wasm="${found[0]}"
fi
[ -f "$wasm" ] || { echo "!!! no such file: $wasm" >&2; exit 1; }

work=target/size-parts
mkdir -p "$work"
log() { printf '==> [size-parts] %s\n' "$*" >&2; }

# Which build WASM comes from: the embed package (wasm-pack, `embed` feature, Cargo.toml's
# wasm-opt list) or the page (Trunk, index.html's data-wasm-opt attributes). wasm-bindgen's
# --out-name is part of the wasm (its imports' module name), so it must match too.
base="$(basename "$wasm")"
if [[ "$wasm" == */embed/* ]]; then
  kind=embed features=(--features embed) out_name=partner_calc
  read -r -a opt_args <<<"$(sed -n 's/^wasm-opt *= *\[\(.*\)\].*/\1/p' Cargo.toml | tr -d '",' | head -n 1)"
else
  kind=page features=() out_name="$(sed -E 's/(-[0-9a-f]{16})?_bg\.wasm$//' <<<"$base")"
  level="$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html | head -n 1)"
  read -r -a opt_args <<<"-O${level:-z} $(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html | head -n 1)"
fi
[ "${#opt_args[@]}" -gt 0 ] || opt_args=(-Oz --low-memory-unused --strip-producers)

# optimise IN OUT [extra wasm-opt args]: the release wasm-opt pass.
optimise() { local in="$1" out="$2"; shift 2; wasm-opt "$in" "${opt_args[@]}" "$@" -o "$out"; }
# bindgen WASM32 DIR: wasm-bindgen as Trunk and wasm-pack run it (the .js is not needed).
bindgen() { rm -rf "$2"; wasm-bindgen --target web --no-typescript --out-dir "$2" --out-name "$out_name" "$1"; }

named="$work/named.wasm"
how=""
if node scripts/size-parts.mjs --has-names "$wasm"; then
  named="$wasm"
  how="read as it is (it has a name section)"
else
  if [ "$build" = 0 ]; then
    candidates=()
    [ "$kind" = page ] && [ -f "target/wasm-bindgen/release/${out_name}_bg.wasm" ] && candidates+=("target/wasm-bindgen/release/${out_name}_bg.wasm")
    if [ -f target/wasm32-unknown-unknown/release/partner_calc.wasm ]; then
      cp target/wasm32-unknown-unknown/release/partner_calc.wasm "$work/cargo-output.wasm"
      if bindgen "$work/cargo-output.wasm" "$work/reuse" 2>/dev/null; then candidates+=("$work/reuse/${out_name}_bg.wasm"); fi
    fi
    for c in "${candidates[@]}"; do
      log "trying ${c} (wasm-opt ${opt_args[*]})"
      optimise "$c" "$work/check.wasm"
      if cmp -s "$work/check.wasm" "$wasm"; then
        optimise "$c" "$named" -g
        how="from ${c}: wasm-opt ${opt_args[*]} makes exactly ${wasm} of it; with -g added it keeps the names"
        break
      fi
    done
  fi
  if [ -z "$how" ]; then
    manifest=Cargo.toml
    what="the current sources"
    if [ -n "$rev" ]; then
      commit="$(git rev-parse --verify --short=12 "${rev}^{commit}")"
      src="$work/src-${commit}"
      if [ ! -f "$src/Cargo.toml" ]; then
        rm -rf "$src.tmp" && mkdir -p "$src.tmp"
        git archive --format=tar "$commit" | tar -x -C "$src.tmp"
        mv "$src.tmp" "$src"
      fi
      manifest="$src/Cargo.toml"
      what="commit ${commit}"
      export SIZE_PARTS_SRC="$src/src"
    fi
    log "building ${what} (${kind}${features[*]:+, ${features[*]}}) into ${work}/cargo"
    t0=$(date +%s)
    # The crate's own artifacts go first: the copies of different commits share this target
    # dir, and cargo, whose fingerprint names the files of the copy built last, took a new
    # copy for fresh and kept the old wasm (seen 2026-12-02). The dependencies stay built.
    cargo clean --quiet --release --target wasm32-unknown-unknown --manifest-path "$manifest" \
      --target-dir "$work/cargo" -p partner-calc >&2
    # Release wasm keeps its name section unless the profile strips symbols: make sure it does not.
    CARGO_PROFILE_RELEASE_STRIP=debuginfo \
      cargo build --locked --lib --release --target wasm32-unknown-unknown --manifest-path "$manifest" \
      --target-dir "$work/cargo" "${features[@]}" >&2
    bindgen "$work/cargo/wasm32-unknown-unknown/release/partner_calc.wasm" "$work/bindgen"
    optimise "$work/bindgen/${out_name}_bg.wasm" "$work/check.wasm"
    optimise "$work/bindgen/${out_name}_bg.wasm" "$named" -g
    log "built in $(( $(date +%s) - t0 )) s"
    if cmp -s "$work/check.wasm" "$wasm"; then
      how="built from ${what}; wasm-opt ${opt_args[*]} gives exactly ${wasm}; with -g added it keeps the names"
    else
      how="built from ${what}, which differ from those of ${wasm}: the table describes ${what} ($(stat -c %s "$work/check.wasm") bytes; ${wasm} has $(stat -c %s "$wasm"))"
    fi
  fi
fi

twiggy top -f json "$named" >"$work/top.json"
twiggy dominators -f json "$named" >"$work/dominators.json"
shipped="$work/check.wasm"
[ "$named" = "$wasm" ] && shipped="$wasm"
gz="$(gzip -9 -c <"$shipped" | wc -c)"
node scripts/size-parts.mjs --top "$work/top.json" --dominators "$work/dominators.json" \
  --title "${base}: bytes by part ($(twiggy --version | head -n 1), $(date -u '+%Y-%m-%d'))" \
  --note "The ${kind} wasm, $(stat -c %s "$shipped") bytes (gzip -9: ${gz}). Names: ${how}."
