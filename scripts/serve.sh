#!/usr/bin/env bash
# README command 1: build the app in release mode and serve it at http://127.0.0.1:8080/
# (rebuilds on source changes). Override with PORT=9000 ./scripts/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

port="${PORT:-8080}"
echo "==> [serve] building (release) and serving partner-calc"
echo "==> [serve] open http://127.0.0.1:${port}/ once the first build finishes (Ctrl+C to stop)"
exec trunk serve --release --address 127.0.0.1 --port "${port}" "$@"
