#!/usr/bin/env bash
# System dependencies of the real-browser suite (tests/browser): Debian's `chromium` + fonts.
# Idempotent: does nothing when `chromium` is already on PATH. Needs root (CI runs as root on a
# fresh Debian 12 machine). Playwright launches this binary; the suite never downloads a browser
# (no `playwright install`).
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
    echo "browser-deps: chromium present: $(chromium --version 2>/dev/null || true)"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo -n DEBIAN_FRONTEND=noninteractive bash "$0" "$@"
    fi
    echo "browser-deps: chromium is missing and this is not root: run 'bash $0' as root" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "browser-deps: installing Debian chromium and fonts (apt-get)"
apt-get update -q -o Acquire::Retries=3
apt-get install -y -q -o Acquire::Retries=3 -o Dpkg::Options::=--force-confdef \
    -o Dpkg::Options::=--force-confold chromium fonts-dejavu-core fonts-liberation

command -v chromium >/dev/null 2>&1 || { echo "browser-deps: chromium still missing" >&2; exit 1; }
echo "browser-deps: $(chromium --version 2>/dev/null || true)"
