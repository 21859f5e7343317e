#!/usr/bin/env bash
# npm run bench: installs what is missing (as the README's commands do), then runs the benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_node_modules
ensure_chromium
CHROMIUM_PATH=$(chromium_path) node bench/run.mjs
