#!/usr/bin/env bash
# Installs what the browser tests need from Debian's packages: chromium (driven by
# playwright-core; no browser download) and nginx (the tests serve dist/ through it).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
{ [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1; } || need+=(nginx)
if [ ${#need[@]} -eq 0 ]; then
  echo "setup:test: chromium and nginx are installed"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup:test: please install these Debian packages first: ${need[*]} (apt-get install ${need[*]})" >&2
    exit 1
  fi
fi
echo "setup:test: installing ${need[*]} with apt-get"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
echo "setup:test: done"
