#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# First README command: installs what is missing, builds, and opens the app.
# Extra arguments go to the app (e.g. `scripts/run.sh primes --model processes`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default >/dev/null
# The app and its worker only: the tests, benchmarks and tools are the
# second command's business, and would triple the first build's time.
cmake --build --preset default --target concurrency-lab concurrency-lab-worker
app=build/default/bin/concurrency-lab
if [ $# -gt 0 ]; then
  exec "$app" "$@"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat <<MSG
Built $app, but this machine has no display (DISPLAY is not set).
Open the window under a virtual X server:
    xvfb-run -a $app
or try the headless commands, which need no display:
    $app primes --model processes --workers 2
MSG
  exit 0
fi
exec "$app"
