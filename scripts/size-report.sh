#!/usr/bin/env bash
# Report the size of the two release bundles in dist/ (the standalone page and the embed
# package, see e2e/perf/size.mjs) and enforce the budget on each:
#   - builds dist/ with `trunk build --release` first if it is missing
#   - fails (exit 1) if either gzip -9 total is over 120 KiB, warns over 100 KiB
#   - if `twiggy` is installed, shows the top 3 size contributors of each .wasm
# Usage: ./scripts/size-report.sh [DIST_DIR]   (default: dist)
set -euo pipefail
cd "$(dirname "$0")/.."

dist="${1:-dist}"
if [ ! -d "$dist" ] || [ -z "$(find "$dist" -maxdepth 3 -type f -name '*.wasm' -print -quit 2>/dev/null)" ]; then
  echo "==> [size] ${dist}/ has no build; running trunk build --release"
  # shellcheck source=scripts/setup.sh
  source scripts/setup.sh
  trunk build --release --dist "$dist"
fi

if command -v twiggy >/dev/null 2>&1; then
  while IFS= read -r w; do
    echo "twiggy top 3 (${w#"$dist"/}):"
    twiggy top -n 3 "$w" || echo "(twiggy failed; ignored)"
  done < <(find "$dist" -type f -name '*.wasm' | LC_ALL=C sort)
fi

node e2e/perf/size.mjs --dist "$dist"
echo "OK: bundle sizes within budget"
