#!/usr/bin/env bash
# The SQL tests run the generated GoogleSQL in ZetaSQL (GoogleSQL's own analyzer and reference
# implementation, as a local server: npm @fivetrandevelopers/zetasql, about 350 MB). It is
# installed here, beside the project and outside its package.json, so the `npm ci` that the
# demo needs stays small. Idempotent; when it cannot be installed, say so and fail: the SQL
# tests never pass silently.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.cache/zetasql
version=1.13.0
marker="$dir/node_modules/@fivetrandevelopers/zetasql/package.json"
if [ -f "$marker" ] && grep -q "\"version\": \"$version\"" "$marker"; then exit 0; fi
echo "Installing @fivetrandevelopers/zetasql@$version into $dir for the SQL tests…"
mkdir -p "$dir"
[ -f "$dir/package.json" ] || echo '{"name":"zetasql-for-tests","private":true}' >"$dir/package.json"
npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "@fivetrandevelopers/zetasql@$version" >/dev/null
[ -f "$marker" ] || { echo "@fivetrandevelopers/zetasql did not install in $dir" >&2; exit 1; }
