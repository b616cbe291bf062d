#!/usr/bin/env bash
# Report the gzip -9 size of the release bundle in dist/ and enforce the budget.
#   - builds dist/ with `trunk build --release` first if it is missing
#   - fails (exit 1) if the total is over 120 KiB (122880 bytes), warns over 100 KiB
#   - if `twiggy` is installed, shows the top 3 size contributors of the .wasm
# Usage: ./scripts/size-report.sh [DIST_DIR]   (default: dist)
set -euo pipefail
cd "$(dirname "$0")/.."

dist="${1:-dist}"
limit=122880   # 120 KiB
warn=102400    # 100 KiB

if [ ! -d "$dist" ] || [ -z "$(find "$dist" -maxdepth 3 -type f -name '*.wasm' -print -quit 2>/dev/null)" ]; then
  echo "==> [size] ${dist}/ has no build; running trunk build --release"
  # shellcheck source=scripts/setup.sh
  source scripts/setup.sh
  trunk build --release --dist "$dist"
fi

mapfile -t files < <(find "$dist" -type f \( -name '*.html' -o -name '*.js' -o -name '*.mjs' -o -name '*.wasm' -o -name '*.css' \) | LC_ALL=C sort)
if [ "${#files[@]}" -eq 0 ]; then
  echo "!!! [size] no html/js/wasm/css files in ${dist}/" >&2
  exit 1
fi

total=0
total_raw=0
printf '%-60s %12s %12s\n' "file (${dist}/)" "raw bytes" "gzip -9"
printf '%-60s %12s %12s\n' "------------------------------------------------------------" "------------" "------------"
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  total_raw=$((total_raw + raw))
  printf '%-60s %12d %12d\n' "${f#"$dist"/}" "$raw" "$gz"
done
printf '%-60s %12s %12s\n' "------------------------------------------------------------" "------------" "------------"
kib=$(awk -v b="$total" 'BEGIN { printf "%.1f", b / 1024 }')
printf '%-60s %12d %12d\n' "TOTAL" "$total_raw" "$total"
echo "gzip -9 total: ${total} bytes (${kib} KiB); budget 122880 bytes (120 KiB)"

if command -v twiggy >/dev/null 2>&1; then
  for w in "${files[@]}"; do
    case "$w" in
      *.wasm)
        echo "twiggy top 3 (${w#"$dist"/}):"
        twiggy top -n 3 "$w" || echo "(twiggy failed; ignored)"
        ;;
    esac
  done
fi

if [ "$total" -gt "$limit" ]; then
  echo "FAIL: bundle is ${total} bytes gzipped (${kib} KiB), over the 120 KiB budget" >&2
  exit 1
elif [ "$total" -gt "$warn" ]; then
  echo "WARNING: bundle is ${total} bytes gzipped (${kib} KiB), over 100 KiB (budget 120 KiB)"
fi
echo "OK: bundle size within budget"
