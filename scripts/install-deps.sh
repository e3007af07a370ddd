#!/usr/bin/env bash
# Installs the Debian 12 packages Concurrency Lab needs, if any are missing.
# Safe to run again: it installs nothing when everything is there.
set -euo pipefail

# clang and libclang-rt-14-dev (libFuzzer and clang's sanitizer runtimes, not
# pulled in by clang) are for the fuzz preset, scripts/fuzz.sh. openbox and
# x11-utils (xprop) give the screen-fit tests a real window manager on Xvfb;
# fonts-wqy-microhei draws the zh_CN translation instead of empty boxes.
packages=(cmake ninja-build g++ qt6-base-dev libqt6opengl6-dev qt6-charts-dev
          qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          xvfb xauth openbox x11-utils fonts-wqy-microhei
          clang libclang-rt-14-dev)

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
