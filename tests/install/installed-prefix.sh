#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# installed-prefix.sh BUILD_DIR APP_ID: installs the build into a temporary
# prefix, checks that every file is in its FHS place, and runs the installed
# app from there with no CONLAB_WORKER, so it must find its own worker.
set -euo pipefail
build=$1
id=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/usr
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null

expect=(bin/concurrency-lab
        libexec/concurrency-lab/concurrency-lab-worker
        share/applications/$id.desktop
        share/metainfo/$id.metainfo.xml
        share/icons/hicolor/scalable/apps/$id.svg
        share/man/man1/concurrency-lab.1.gz
        share/bash-completion/completions/concurrency-lab
        share/doc/concurrency-lab/copyright
        share/doc/concurrency-lab/changelog.gz)
for size in 16 22 24 32 48 64 128 256; do
  expect+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${expect[@]}"; do
  [ -f "$prefix/$f" ] || fail "not installed: $f"
done
[ -e "$prefix/bin/concurrency-lab-worker" ] && fail "the worker is in bin/; it belongs in libexec/"
# Nothing but the app in bin/: no test or tool came along.
extra=$(ls "$prefix/bin" | grep -vx concurrency-lab || true)
[ -z "$extra" ] || fail "unexpected files in bin/: $extra"

for exe in bin/concurrency-lab libexec/concurrency-lab/concurrency-lab-worker; do
  if readelf -d "$prefix/$exe" | grep -Eq 'RPATH|RUNPATH'; then
    fail "$exe has a run path: $(readelf -d "$prefix/$exe" | grep -E 'RPATH|RUNPATH')"
  fi
  if readelf -S "$prefix/$exe" | grep -q '\.symtab'; then
    fail "$exe is not stripped"
  fi
done

for png in "$prefix"/share/icons/hicolor/*x*/apps/$id.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  actual=$(od -An -tu1 -j16 -N8 "$png" | awk '{print ($3*256+$4) "x" ($7*256+$8)}')
  [ "$actual" = "$size" ] || fail "$png is $actual, not $size"
done

desktop-file-validate "$prefix/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml" >/dev/null \
  || { appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml"; fail "appstreamcli validate"; }
warnings=$(zcat "$prefix/share/man/man1/concurrency-lab.1.gz" | groff -man -ww -z 2>&1 || true)
[ -z "$warnings" ] || fail "the manual page has groff warnings: $warnings"
bash -n "$prefix/share/bash-completion/completions/concurrency-lab" || fail "the completion script is not valid bash"

# The installed app, from another folder, without the tests' worker path or
# a display: it must find libexec/concurrency-lab/concurrency-lab-worker.
cd "$tmp"
unset CONLAB_WORKER CONLAB_APP DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
out=$("$prefix/bin/concurrency-lab" primes --model processes --workers 2 --numbers 7,12,9999999999999917 --pace native) \
  || fail "primes --model processes exited $?"
echo "$out"
grep -Eq '^ *9999999999999917 +P ' <<<"$out" || fail "primes --model processes did not report 9999999999999917 as prime"
grep -Eq '^ *12 +[0-9]' <<<"$out" || fail "primes --model processes did not report 12"
out=$("$prefix/bin/concurrency-lab" spinner --model process --slow prime --pace native) \
  || fail "spinner --model process exited $?"
echo "$out"
grep -q 'Answer: 42' <<<"$out" || fail "spinner --model process did not answer"
# A CPython listing runs under the installed worker's guard mode.
if command -v python3 >/dev/null; then
  out=$("$prefix/bin/concurrency-lab" primes --engine cpython --model processes --workers 2 --numbers 7,12) \
    || fail "primes --engine cpython exited $?"
  echo "$out"
  grep -Eq '^ *7 +P ' <<<"$out" || fail "primes --engine cpython did not report 7 as prime"
fi
echo "installed app OK under $prefix"
