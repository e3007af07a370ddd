#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# Fuzzes the decoders that read untrusted bytes: scripts/fuzz.sh [SECONDS]
# Builds the fuzz preset (clang, libFuzzer, ASan + UBSan) and runs every target
# in tests/fuzz/ for SECONDS each (default 60), one after the other, on a copy
# of its seed corpus tests/fuzz/corpus/<target>/ (the committed corpus is never
# grown). Exits non-zero on any finding: a crash, a sanitizer report, a broken
# invariant, a hang (over 10 s on one input) or an allocation over 256 MB, and
# prints where the input that caused it was saved.
# CONLAB_FUZZ_BUILD_DIR overrides the build tree (default build/fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS]   (SECONDS per target, a whole number, default 60)" >&2
  exit 2
fi

scripts/install-deps.sh --test
build=${CONLAB_FUZZ_BUILD_DIR:-build/fuzz}
cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --target conlab-fuzzers

findings="$build/findings"
work=$(mktemp -d "${TMPDIR:-/tmp}/conlab-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

failed=()
for corpus in tests/fuzz/corpus/*/; do
  target=$(basename "$corpus")
  bin="$build/bin/$target"
  if [ ! -x "$bin" ]; then
    echo "fuzz: $target: no such fuzz target in $build/bin (corpus $corpus has no CMake target)" >&2
    failed+=("$target")
    continue
  fi
  mkdir -p "$work/$target" "$findings/$target"
  cp -R "$corpus." "$work/$target/"
  log="$findings/$target/fuzz.log"
  echo "fuzz: $target for ${seconds} s (log: $log)"
  if ASAN_OPTIONS="detect_leaks=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
     "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=256 \
            -print_final_stats=1 -artifact_prefix="$findings/$target/" "$work/$target" >"$log" 2>&1; then
    grep -E "^Done " "$log" | sed "s/^/fuzz: $target: /" || true
  else
    failed+=("$target")
    echo "fuzz: $target FAILED; the last lines of its log:" >&2
    tail -n 40 "$log" >&2
    # libFuzzer names the saved input on a line "Test unit written to PATH".
    sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | while read -r input; do
      echo "fuzz: $target: input saved at $input; reproduce with: $bin $input" >&2
    done
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: findings in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: no findings (${seconds} s per target)"
