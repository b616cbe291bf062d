#!/usr/bin/env bash
# Report the size of the two release bundles in dist/ (the standalone page and the embed
# package, see e2e/perf/size.mjs) and enforce the budget on each:
#   - builds dist/ with `trunk build --release` first if it is missing
#   - fails (exit 1) if either gzip -9 total is over 352 KiB (PERF_GZIP_MAX_KIB); the aim is
#     180 KiB (PERF_GZIP_WARN_KIB): above it, a warning "above the 180 KiB aim", no failure
# Where the wasm's bytes go, by module and dependency: scripts/size-parts.sh (not run here).
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

node e2e/perf/size.mjs --dist "$dist"
echo "OK: bundle sizes within budget (${PERF_GZIP_MAX_KIB:-352} KiB gzip each; aim ${PERF_GZIP_WARN_KIB:-180} KiB; by part: scripts/size-parts.sh)"
