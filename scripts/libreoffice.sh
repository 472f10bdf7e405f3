#!/usr/bin/env bash
# Makes sure LibreOffice Calc (headless) is installed: the template tests recalculate the
# generated workbooks with it to prove every formula computes in a second engine.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
  echo "libreoffice: $(soffice --version 2>/dev/null | head -n1)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "libreoffice: soffice missing and not root; install libreoffice-calc-nogui" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
echo "libreoffice: $(soffice --version 2>/dev/null | head -n1)"
