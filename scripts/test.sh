#!/usr/bin/env bash
# Second README command: installs what is missing, builds, and runs the whole test suite through ctest (noTestsAction: error).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# CI (CI=true) builds in its own tree with -Werror; people reuse the tree of
# the first command.
preset=default
[ -n "${CI:-}" ] && preset=ci
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" -j2
