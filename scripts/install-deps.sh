#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages Concurrency Lab needs, if any are missing.
# Safe to run again: it installs nothing when everything is there.
#   scripts/install-deps.sh            what building and running the app need
#   scripts/install-deps.sh --test     also what the test command needs
#   scripts/install-deps.sh --package  also what scripts/package.sh needs
set -euo pipefail

# Building and running: the compiler, Qt, a CJK font (the zh_CN translation
# is empty boxes without one), Qt's own translations (dialog buttons) and
# python3, which runs the listings when a lesson runs in real CPython (and
# which the CPython tests need: they fail, never skip, without it).
# The task-queue lesson: hiredis (the app's Redis client, built in), and
# the real broker and workers it starts: redis-server, and Celery with its
# Redis transport for /usr/bin/python3 (python3-celery, python3-redis) plus
# the `celery` command. The room's vote: Qt's HTTP server and libqrencode.
packages=(cmake ninja-build g++ qt6-base-dev libqt6opengl6-dev qt6-charts-dev
          qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          zlib1g-dev fonts-wqy-microhei qt6-translations-l10n python3
          pkg-config libhiredis-dev redis-server python3-celery python3-redis celery
          qt6-httpserver-dev libqrencode-dev)

# The test command: Xvfb, and openbox with x11-utils (xprop) so the
# screen-fit tests have a real window manager; clang and libclang-rt-14-dev
# (libFuzzer and clang's sanitizer runtimes) for the fuzz stage; the desktop
# file and AppStream validators and groff for the installed-files tests; and
# what CI needs to build the package and lint it; for the room's vote,
# Chromium with its WebDriver (the phone's browser in the tests) and zbar
# (which reads the painted QR code back).
test_packages=(xvfb xauth openbox x11-utils clang libclang-rt-14-dev
               desktop-file-utils appstream groff-base dpkg-dev lintian
               chromium chromium-driver zbar-tools)
package_packages=(dpkg-dev lintian file)

for arg in "$@"; do
  case "$arg" in
    --test) packages+=("${test_packages[@]}") ;;
    --package) packages+=("${package_packages[@]}") ;;
    *) echo "usage: scripts/install-deps.sh [--test] [--package]" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
