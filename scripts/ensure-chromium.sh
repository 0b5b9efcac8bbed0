#!/usr/bin/env bash
# The browser tests drive Debian's Chromium, with a CJK font so Chinese is measured with real
# glyphs. Install what is missing (as root, idempotent); when it cannot be installed, say so
# and fail: the browser tests never pass silently.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$bin" ] || missing+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  missing+=(fonts-wqy-microhei)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "Missing for the browser tests: ${missing[*]}. Run 'apt-get update && apt-get install -y ${missing[*]}' as root." >&2
  exit 1
fi
echo "Installing ${missing[*]} for the browser tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
[ -x "$bin" ] || { echo "chromium did not install at $bin" >&2; exit 1; }
