#!/usr/bin/env bash
# The report's native formulas are recalculated by LibreOffice in one test (a copy of the
# report must compute the same numbers outside Sheets). Install Debian's LibreOffice Calc
# without its GUI when it is missing (as root, idempotent); otherwise say what is missing and fail.
set -euo pipefail
command -v soffice >/dev/null 2>&1 && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "Missing for the LibreOffice test: libreoffice-calc-nogui. Run 'apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui' as root." >&2
  exit 1
fi
echo "Installing libreoffice-calc-nogui for the LibreOffice test…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
command -v soffice >/dev/null 2>&1 || { echo "LibreOffice did not install" >&2; exit 1; }
