#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# Second README command: installs what is missing, builds, and runs the whole test suite through ctest (noTestsAction: error).
#
# scripts/test.sh --all (what CI runs, through .ci/run) then also runs:
#   asan  the whole suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer
#   tsan  the core tests, built with ThreadSanitizer
#   fuzz  scripts/fuzz.sh 30: every decoder's fuzz target for 30 s (the corpus in
#         tests/fuzz carries what longer runs found; 30 s keeps CI under an hour)
#   package  scripts/package.sh --lint: the .deb, which lintian must pass
# Any failure, sanitizer report or fuzz finding stops it with a non-zero exit.
# The time of each stage is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

all=0
case "${1:-}" in
  "") ;;
  --all) all=1 ;;
  *) echo "usage: scripts/test.sh [--all]" >&2; exit 2 ;;
esac

scripts/install-deps.sh --test

timings=()
report_timings() {
  [ ${#timings[@]} -eq 0 ] && return
  echo "== stage times (load before: $load_before)"
  printf '   %s\n' "${timings[@]}"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# Also on failure: the stages that did finish still say how long they took.
[ "$all" -eq 1 ] && trap report_timings EXIT

# stage NAME PRESET: configure, build and test one preset. The sanitizer
# presets send every report to build/PRESET/sanitizer-report.PID, also those
# of worker processes, whose crash the engine would otherwise survive by
# starting a new worker; any such file fails the stage.
stage() {
  local name=$1 preset=$2 start=$SECONDS status=0
  echo "== $name: preset $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  rm -f "build/$preset"/sanitizer-report.*
  ctest --preset "$preset" -j2 || status=$?
  local reports
  reports=$(find "build/$preset" -maxdepth 1 -name 'sanitizer-report.*' | sort)
  if [ -n "$reports" ]; then
    for r in $reports; do
      echo "== $name: sanitizer report $r (first 80 lines):" >&2
      head -n 80 "$r" >&2
    done
    status=1
  fi
  if [ "$status" -ne 0 ]; then
    echo "== $name FAILED" >&2
    exit "$status"
  fi
  timings+=("$name: $(( (SECONDS - start) / 60 ))m$(( (SECONDS - start) % 60 ))s")
}

# CI (CI=true) builds in its own tree with -Werror; people reuse the tree of
# the first command.
preset=default
[ -n "${CI:-}" ] && preset=ci
stage suite "$preset"
[ "$all" -eq 1 ] || exit 0

stage asan asan
stage tsan tsan
start=$SECONDS
echo "== fuzz"
scripts/fuzz.sh 30
timings+=("fuzz: $(( (SECONDS - start) / 60 ))m$(( (SECONDS - start) % 60 ))s")
start=$SECONDS
echo "== package"
scripts/package.sh --lint
timings+=("package: $(( (SECONDS - start) / 60 ))m$(( (SECONDS - start) % 60 ))s")
