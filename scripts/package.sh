#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# Builds the Debian package: the app alone (no tests), Release, with Debian's
# hardening flags, stripped, through CPack. Prints the .deb's path last.
#   scripts/package.sh [--lint]   --lint also runs lintian on it (CI does).
set -euo pipefail
cd "$(dirname "$0")/.."

lint=0
case "${1:-}" in
  "") ;;
  --lint) lint=1 ;;
  *) echo "usage: scripts/package.sh [--lint]" >&2; exit 2 ;;
esac

scripts/install-deps.sh --package
build=build/package
# dpkg-buildflags gives what Debian builds its own packages with: fortified
# functions, stack protector, full RELRO and (with hardening=+all) immediate
# binding. Passed as cache values, not through the environment, which CMake
# reads only on a tree's first configure.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
      -DCMAKE_INSTALL_PREFIX=/usr "-DCMAKE_CXX_FLAGS=$cxxflags" "-DCMAKE_EXE_LINKER_FLAGS=$ldflags" \
      "${launcher[@]}" >/dev/null
cmake --build "$build"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/concurrency-lab_*.deb | head -n 1)
if [ "$lint" -eq 1 ]; then
  echo "== lintian $deb"
  # --fail-on error: warnings are printed and reviewed, errors fail the build.
  lintian --fail-on error --info "$deb"
fi
echo "$deb"
