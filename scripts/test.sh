#!/usr/bin/env bash
# README command 2 (and what .ci/run calls): the full check, failing fast.
#   1. setup (installs only what is missing)
#   2. cargo fmt --check
#   3. cargo clippy --all-targets -- -D warnings
#   4. cargo test                (native: unit, integration, proptests, doctests)
#   5. cargo test --target wasm32-unknown-unknown --test web
#                                (wasm-bindgen-test in headless Chromium via chromedriver)
#   6. trunk build --release     (offline; wasm-opt -Oz) into dist/
#   7. scripts/size-report.sh    (gzip budget: 120 KiB)
#   8. node e2e/run.mjs          (Playwright-core + system Chromium against dist/)
# Works non-interactively (CI=true, no stdin).
set -euo pipefail
cd "$(dirname "$0")/.."
exec </dev/null

start=$(date +%s)
stage() { printf '\n==> [test %s] %s (+%ss)\n' "$1" "$2" "$(( $(date +%s) - start ))"; }
trap 'rc=$?; [ $rc -ne 0 ] && printf "\n!!! [test] FAILED (exit %s) after %ss\n" "$rc" "$(( $(date +%s) - start ))" >&2' EXIT

stage 1/8 "setup"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

stage 2/8 "cargo fmt --check"
cargo fmt --all -- --check

stage 3/8 "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets -- -D warnings

stage 4/8 "cargo test (native)"
cargo test

stage 5/8 "browser component tests (wasm32, headless Chromium)"
if [ -f tests/web.rs ]; then
  # wasm-bindgen-test-runner reads ./webdriver.json for the Chromium flags (running as
  # root in a container needs --no-sandbox). Never fall back to an interactive browser.
  unset NO_HEADLESS
  export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
  cargo test --target wasm32-unknown-unknown --test web
else
  echo "SKIP: tests/web.rs does not exist yet (no browser component tests)"
fi

stage 6/8 "trunk build --release -> dist/"
rm -rf dist
trunk build --release

stage 7/8 "bundle size report"
./scripts/size-report.sh dist

stage 8/8 "end-to-end tests (e2e/*.spec.mjs)"
if compgen -G 'e2e/*.spec.mjs' >/dev/null; then
  node e2e/run.mjs
else
  echo "SKIP: no e2e/*.spec.mjs files yet"
fi

printf '\n==> [test] all stages passed in %ss\n' "$(( $(date +%s) - start ))"
