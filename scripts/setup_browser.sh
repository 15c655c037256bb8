#!/usr/bin/env bash
# What the browser tests need on Debian/Ubuntu: Debian's chromium (driven by Playwright from PyPI, no browser
# download) and Korean fonts so screenshots of Korean text are readable. Shared by `make test` and `.ci/run`.
# Installs with apt-get when run as root (or with passwordless sudo); otherwise prints exactly what to install
# and exits 1. Does nothing when chromium is already on PATH (or at $CHROMIUM).
set -euo pipefail

PACKAGES=(chromium fonts-noto-cjk)

if command -v chromium >/dev/null 2>&1 || { [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; }; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need Chromium (on PATH as 'chromium', or CHROMIUM=/path/to/chromium) and a Korean font;" >&2
  echo "this is not a Debian/Ubuntu machine, so install them with your package manager." >&2
  echo "(Or skip the browser tests: make test PYTEST_ARGS='-m \"not e2e\"')" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "The browser tests need Chromium and a Korean font. Install them as root, then run make test again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES[*]}" >&2
  echo "(Or skip the browser tests: make test PYTEST_ARGS='-m \"not e2e\"')" >&2
  exit 1
fi

echo "installing ${PACKAGES[*]} (apt-get) for the browser tests ..." >&2
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"
