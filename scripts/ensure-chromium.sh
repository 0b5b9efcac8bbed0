#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Install it when missing (as root, idempotent);
# when it cannot be installed, say so and fail: the browser tests never pass silently.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium is missing at $bin and this user cannot install it: run 'apt-get update && apt-get install -y chromium' as root." >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
[ -x "$bin" ] || { echo "chromium did not install at $bin" >&2; exit 1; }
