#!/usr/bin/env bash
# Installs what the project needs on a fresh machine (Node 20+ and npm must be present).
#   bash scripts/setup.sh            npm packages + compiled CLI (build/cli)
#   bash scripts/setup.sh --browser  also Chromium (browser end-to-end tests)
#   bash scripts/setup.sh --test     also Chromium and LibreOffice Calc (recalculation tests)
# System packages come from apt (Debian/Ubuntu) and are only installed when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_chromium=0
want_libreoffice=0
for arg in "$@"; do
  case "$arg" in
    --test) want_chromium=1; want_libreoffice=1 ;;
    --browser) want_chromium=1 ;;
    *) echo "setup.sh: unknown option $arg (use --test or --browser)" >&2; exit 2 ;;
  esac
done

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@" || sudo "$@"
  else echo "setup.sh: need root (or sudo) to run: $*" >&2; return 1
  fi
}

apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup.sh: apt-get not found; install these packages yourself: $*" >&2
    return 1
  fi
  echo "setup.sh: installing system packages: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

command -v node >/dev/null 2>&1 || { echo "setup.sh: Node.js 20+ is required" >&2; exit 1; }
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || { echo "setup.sh: Node.js 20+ is required (found $(node -v))" >&2; exit 1; }

# `npm ci` is unreliable on some machines here; `npm install` honours package-lock.json.
if [ ! -d node_modules ] || [ package.json -nt node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
npm run build:cli   # always: a stale build/ would run yesterday's CLI

missing=()
if [ "$want_chromium" -eq 1 ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ "$want_libreoffice" -eq 1 ] && ! command -v soffice >/dev/null 2>&1; then missing+=(libreoffice-calc-nogui); fi
if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi
exit 0
