#!/usr/bin/env bash
# Install (only what is missing) the tools needed to build and test partner-calc:
#   - Debian packages: chromium + chromium-driver (headless browser tests), firefox-esr,
#     webkit2gtk-driver (WebKitWebDriver + WebKitGTK's MiniBrowser) and xvfb (its display):
#     the three engines of the end-to-end suite
#   - rustup target wasm32-unknown-unknown (+ rustfmt/clippy components)
#   - trunk 0.21.14
#   - wasm-bindgen-cli, exactly the wasm-bindgen version in Cargo.lock
#     (also provides wasm-bindgen-test-runner)
#   - wasm-pack 0.15.1 (the embed package, built offline with the two tools above)
#   - twiggy 0.8.0 (the wasm's size by part: scripts/size-parts.sh, scripts/size-report.sh)
#   - npm devDependencies from package-lock.json (binaryen's wasm-opt, playwright-core,
#     puppeteer-core, selenium-webdriver, axe-core, esbuild, Bootstrap for the embed demo page,
#     Lighthouse)
#
# Usage:
#   ./scripts/setup.sh             # install what's missing
#   source scripts/setup.sh        # same, and also export PATH/env into the current shell
#
# Nothing here downloads from GitHub: Trunk runs offline (Trunk.toml) and finds
# wasm-bindgen / wasm-opt on PATH. Works non-interactively (CI=true, no stdin).

_pc_setup_main() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  local trunk_version="0.21.14"
  local logdir="${root}/target/setup-logs"
  mkdir -p "$logdir"

  _pc_step() { printf '==> [setup] %s\n' "$*"; }
  _pc_fail() { printf '!!! [setup] %s\n' "$*" >&2; return 1; }
  # Run a command with its output captured to a log; show the log's tail on failure.
  _pc_run() {
    local name="$1"; shift
    local log="${logdir}/${name}.log"
    if ! "$@" >"$log" 2>&1 </dev/null; then
      printf '!!! [setup] %s failed; last lines of %s:\n' "$name" "$log" >&2
      tail -n 40 "$log" >&2
      return 1
    fi
  }

  export PATH="${root}/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:${PATH}"
  export DEBIAN_FRONTEND=noninteractive
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  export PUPPETEER_SKIP_DOWNLOAD=1
  export SE_OFFLINE=true
  export CARGO_TERM_PROGRESS_WHEN=never

  # --- 1. System packages -------------------------------------------------------
  local sudo=""
  if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; fi
  local apt_pkgs=()
  command -v chromium >/dev/null 2>&1 || apt_pkgs+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || apt_pkgs+=(chromium-driver)
  command -v firefox-esr >/dev/null 2>&1 || apt_pkgs+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null 2>&1 || apt_pkgs+=(webkit2gtk-driver)
  [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || apt_pkgs+=(libwebkit2gtk-4.1-0)
  command -v Xvfb >/dev/null 2>&1 || apt_pkgs+=(xvfb)
  command -v node >/dev/null 2>&1 || apt_pkgs+=(nodejs)
  command -v npm >/dev/null 2>&1 || apt_pkgs+=(npm)
  command -v gzip >/dev/null 2>&1 || apt_pkgs+=(gzip)
  if [ "${#apt_pkgs[@]}" -gt 0 ]; then
    _pc_step "apt: installing ${apt_pkgs[*]}"
    _pc_run apt-update $sudo apt-get update || return 1
    _pc_run apt-install $sudo apt-get install -y --no-install-recommends "${apt_pkgs[@]}" || return 1
  else
    _pc_step "apt: chromium, chromium-driver, firefox-esr, webkit2gtk-driver, xvfb, node, npm present"
  fi

  # --- 2. Rust toolchain pieces ---------------------------------------------------
  command -v cargo >/dev/null 2>&1 || { _pc_fail "cargo not found (install Rust via rustup first)"; return 1; }
  if command -v rustup >/dev/null 2>&1; then
    local installed_targets installed_comps
    installed_targets="$(rustup target list --installed 2>/dev/null || true)"
    installed_comps="$(rustup component list --installed 2>/dev/null || true)"
    if ! grep -qx 'wasm32-unknown-unknown' <<<"$installed_targets"; then
      _pc_step "rustup: adding target wasm32-unknown-unknown"
      _pc_run rustup-target rustup target add wasm32-unknown-unknown || return 1
    else
      _pc_step "rustup: target wasm32-unknown-unknown present"
    fi
    local comp missing_comps=()
    for comp in rustfmt clippy; do
      grep -q "^${comp}" <<<"$installed_comps" || missing_comps+=("$comp")
    done
    if [ "${#missing_comps[@]}" -gt 0 ]; then
      _pc_step "rustup: adding components ${missing_comps[*]}"
      _pc_run rustup-components rustup component add "${missing_comps[@]}" || return 1
    fi
  fi

  # --- 3. trunk -------------------------------------------------------------------
  if [ "$(trunk --version 2>/dev/null)" = "trunk ${trunk_version}" ]; then
    _pc_step "trunk ${trunk_version} present"
  else
    _pc_step "cargo install trunk@${trunk_version} (first time: ~10 min on 2 cores)"
    _pc_run cargo-install-trunk cargo install --locked "trunk@${trunk_version}" || return 1
  fi

  # --- 4. wasm-bindgen-cli matching Cargo.lock --------------------------------------
  local wb_version
  wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "${root}/Cargo.lock" 2>/dev/null)"
  if [ -z "$wb_version" ]; then
    _pc_fail "could not read the wasm-bindgen version from ${root}/Cargo.lock (run 'cargo generate-lockfile'?)"
    return 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen ${wb_version}" ] \
    && [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner ${wb_version}" ]; then
    _pc_step "wasm-bindgen-cli ${wb_version} present (matches Cargo.lock)"
  else
    _pc_step "cargo install wasm-bindgen-cli =${wb_version} (matches Cargo.lock; ~5 min)"
    # Not --locked: the published lockfile of wasm-bindgen-cli does not build here.
    _pc_run cargo-install-wasm-bindgen-cli cargo install wasm-bindgen-cli --version "=${wb_version}" || return 1
  fi
  # Trunk.toml pins the wasm-bindgen version too; keep both in step.
  local pinned
  pinned="$(sed -n 's/^wasm_bindgen *= *"\(.*\)".*/\1/p' "${root}/Trunk.toml" 2>/dev/null | head -n 1)"
  if [ -n "$pinned" ] && [ "$pinned" != "$wb_version" ]; then
    _pc_fail "Trunk.toml pins wasm_bindgen = \"${pinned}\" but Cargo.lock has ${wb_version}: update [tools] wasm_bindgen in Trunk.toml"
    return 1
  fi

  # --- 4b. wasm-pack (the embed package; run offline with --mode no-install) ---------
  local wp_version="0.15.1"
  if [ "$(wasm-pack --version 2>/dev/null)" = "wasm-pack ${wp_version}" ]; then
    _pc_step "wasm-pack ${wp_version} present"
  else
    _pc_step "cargo install wasm-pack@${wp_version} (first time: ~4 min)"
    _pc_run cargo-install-wasm-pack cargo install wasm-pack --version "=${wp_version}" || return 1
  fi

  # --- 4c. twiggy (wasm size profiler: scripts/size-parts.sh) -------------------------
  local twiggy_version="0.8.0"
  if [ "$(twiggy --version 2>/dev/null | head -n 1)" = "twiggy-opt ${twiggy_version}" ]; then
    _pc_step "twiggy ${twiggy_version} present"
  else
    _pc_step "cargo install twiggy@${twiggy_version} (first time: ~1 min)"
    _pc_run cargo-install-twiggy cargo install --locked "twiggy@${twiggy_version}" || return 1
  fi

  # --- 5. npm devDependencies (wasm-opt from binaryen, playwright-core, axe-core) ---
  local lock="${root}/package-lock.json" stamp="${root}/node_modules/.setup-lock.sha256" want have=""
  if [ ! -f "$lock" ]; then
    _pc_fail "missing ${lock}"
    return 1
  fi
  want="$(sha256sum "$lock" | cut -d' ' -f1)"
  [ -f "$stamp" ] && have="$(cat "$stamp")"
  if [ "$want" = "$have" ] && [ -x "${root}/node_modules/.bin/wasm-opt" ]; then
    _pc_step "npm: node_modules up to date with package-lock.json"
  else
    _pc_step "npm ci (binaryen/wasm-opt, playwright-core, puppeteer-core, selenium-webdriver, axe-core; no browser download)"
    ( cd "$root" && _pc_run npm-ci npm ci --no-audit --no-fund --loglevel=error ) || return 1
    printf '%s\n' "$want" >"$stamp"
  fi

  # --- 6. Sanity + environment for the other scripts ---------------------------------
  local wo
  wo="$(wasm-opt --version 2>/dev/null)" || { _pc_fail "wasm-opt not runnable from ${root}/node_modules/.bin"; return 1; }
  export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
  export CHROMIUM="${CHROMIUM:-$(command -v chromium)}"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER:-wasm-bindgen-test-runner}"
  _pc_step "ready: $(trunk --version), wasm-bindgen ${wb_version}, ${wo}, $("$CHROMIUM" --version 2>/dev/null | head -n 1), $(firefox-esr --version 2>/dev/null), WebKitGTK $(dpkg-query -W -f '${Version}' libwebkit2gtk-4.1-0 2>/dev/null)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  # Executed directly.
  set -euo pipefail
  _pc_setup_main
else
  # Sourced: don't leak `set -e` into the caller; report failure through the return code.
  _pc_setup_main || return 1
fi
