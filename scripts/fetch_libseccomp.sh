#!/usr/bin/env bash
# Puts Debian's arm64 build of libseccomp into lib/ for the Lambda package (make lambda-libs).
# Lambda's runtime image (Amazon Linux 2023 minimal) has no libseccomp, and without seccomp the sandbox refuses to
# run anything there: it is the only barrier between a program and the runtime API on localhost. The runner loads
# this file by path (generator/problems/jail/layers.py: VENDORED_LIBSECCOMP). LGPL-2.1: its copyright file goes
# beside it. Needs a Debian/Ubuntu machine with apt; adds the arm64 architecture to dpkg if it is missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  dpkg --add-architecture arm64
fi
apt-get update -qq
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download -qq libseccomp2:arm64 2>/dev/null || apt-get download libseccomp2:arm64
dpkg-deb -x libseccomp2_*_arm64.deb unpacked
library="$(ls unpacked/usr/lib/aarch64-linux-gnu/libseccomp.so.2.* | head -n 1)"
file -b "$library" | grep -q 'ARM aarch64' || { echo "not an arm64 library: $library" >&2; exit 1; }
install -D -m 0644 "$library" "$root/lib/libseccomp.so.2"
install -D -m 0644 unpacked/usr/share/doc/libseccomp2/copyright "$root/lib/libseccomp.copyright"
echo "lib/libseccomp.so.2 <- $(basename libseccomp2_*_arm64.deb)"
