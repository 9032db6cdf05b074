#!/usr/bin/env bash
# The system programs the test suite drives, installed when missing (Debian/Ubuntu, as root or with sudo):
# Chromium and CJK fonts for the browser tests (tests/browser), Prometheus for the dashboard test (tests/ops).
# Elsewhere it says what to install and goes on; the tests then name what is missing.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium fonts-noto-cjk)
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
[ ${#need[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && apt-get install -y -qq "${need[@]}" && exit 0
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo apt-get update -qq && sudo apt-get install -y -qq "${need[@]}" && exit 0
    fi
fi
echo "system-deps: please install ${need[*]} (the browser and dashboard tests need them)" >&2
