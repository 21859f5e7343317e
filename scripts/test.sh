#!/usr/bin/env bash
# Every check of the project: lint (with the parts' import directions), format (Prettier), type-check, unit tests
# (Vitest), end-to-end tests (Playwright in Chromium against a local OAuth server). Ends with one line:
# "Tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_node_modules || exit 1
ensure_chromium || { echo "Tests: 0 passed, 1 failed"; exit 1; }
ensure_openssl || { echo "Tests: 0 passed, 1 failed"; exit 1; }
ensure_script_tools || { echo "Tests: 0 passed, 1 failed"; exit 1; }

mkdir -p test-reports
rm -f test-reports/unit.json test-reports/e2e.json
status=0
failed_checks=0

echo "== Lint"
npx eslint . || { echo "Lint: failed"; failed_checks=$((failed_checks + 1)); }
echo "== Format"
npx prettier --check . > /dev/null || { npx prettier --list-different .; echo "Format: failed (npm run format fixes it)"; failed_checks=$((failed_checks + 1)); }
echo "== Type-check"
npx tsc -b || { echo "Type-check: failed"; failed_checks=$((failed_checks + 1)); }

echo "== Unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-reports/unit.json || status=1

echo "== End-to-end tests"
# The e2e build is served under a sub-path, as the wizard would be on a docs site.
# The custom authority of the tests is the local OAuth server, and the local Graph and Resource Manager stand-ins are
# its custom cloud's hosts, so the CSP must let the page reach them. WIZARD_CLIENT_ID is the local registrar app
# (testing/local-apis.mjs), which turns on registering the app from the browser.
if WIZARD_BASE=/wizard/ WIZARD_CONNECT_SRC="https://127.0.0.1:9400 https://127.0.0.1:9401 https://127.0.0.1:9402 https://127.0.0.1:9403" \
  WIZARD_CLIENT_ID=a1b2c3d4-0e1f-4a5b-8c6d-7e8f9a0b1c2d npx vite build --outDir e2e/.dist --emptyOutDir --logLevel warn; then
  CHROMIUM_PATH=$(chromium_path) npx playwright test || status=1
else
  echo "Build for end-to-end tests failed"; failed_checks=$((failed_checks + 1))
fi

# Lint, type-check and build failures count as failed tests, so the summary never looks green on a red run.
node scripts/test-summary.mjs test-reports/unit.json test-reports/e2e.json "$failed_checks" || status=1
exit $status
