#!/usr/bin/env bash
# The test command (`npm test`): lint, format check, typecheck, build, then jest — once
# in full and the time tests again under three time zones — and one closing summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=node_modules/.bin
status=0
failed_steps=0
step() {
  echo "== $*"
  "$@" || { echo "!! failed: $*"; status=1; failed_steps=$((failed_steps + 1)); }
}
step "$bin"/eslint --max-warnings 0 .
step "$bin"/prettier --check --log-level warn .
step "$bin"/tsc -p .
step "$bin"/tsx scripts/build.ts
if [ -f scripts/ensure-chromium.sh ]; then step bash scripts/ensure-chromium.sh; fi
step bash scripts/ensure-libreoffice.sh
step bash scripts/ensure-zetasql.sh
[ -d ../shared ] || echo "== ../shared is not beside this clone: the checks that read it (source guides, real exports) are skipped"
results=$(mktemp -d)
step "$bin"/jest --ci --json --outputFile="$results/all.json"
for tz in America/Los_Angeles Europe/Ljubljana Asia/Shanghai; do
  step env TZ="$tz" "$bin"/jest --ci --json --outputFile="$results/tz-${tz//\//-}.json" test/unit/time.test.ts
done
"$bin"/tsx scripts/test-summary.ts "$failed_steps" "$results"/*.json || status=1
rm -rf "$results"
exit $status
