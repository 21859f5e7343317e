#!/usr/bin/env bash
# Builds the wizard and serves it on http://localhost:${PORT:-4173}${WIZARD_BASE:-/}
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_node_modules
export WIZARD_BASE="${WIZARD_BASE:-/}"
npx vite build --logLevel warn
exec node scripts/serve.mjs --dir dist --base "$WIZARD_BASE" --port "${PORT:-4173}"
