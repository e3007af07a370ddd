#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# with-window-manager.sh WxH COMMAND [ARGS...]
# Runs COMMAND on a private Xvfb screen of WxH with openbox managing it, so
# maximise and full screen are done by a real window manager as on a
# lecturer's laptop; the offscreen platform only pretends. Xvfb picks a free
# display itself (-displayfd), so parallel tests never collide, and both
# servers go away with this script, whatever COMMAND does.
set -euo pipefail
size=$1
shift
# xprop (x11-utils) is how this script sees that openbox manages the screen.
for tool in Xvfb openbox xprop; do
  command -v "$tool" >/dev/null || { echo "with-window-manager.sh: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
done

tmp=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

mkfifo "$tmp/fd"
Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$tmp/fd" 2>"$tmp/xvfb.log" &
pids+=($!)
# Bounded: a server that does not come up within 20 s fails the test.
if ! read -r -t 20 display <"$tmp/fd"; then
  echo "with-window-manager.sh: Xvfb did not start" >&2
  cat "$tmp/xvfb.log" >&2
  exit 1
fi
export DISPLAY=":$display"
openbox --sm-disable >"$tmp/openbox.log" 2>&1 &
pids+=($!)
# openbox sets _NET_SUPPORTING_WM_CHECK once it manages the screen. Without a
# window manager the tests would measure nothing real, so not seeing it within
# 30 s (a loaded CI box) fails the run instead of going on without one.
wm=
deadline=$((SECONDS + 30)) # by the clock: each xprop costs time of its own
while [ "$SECONDS" -lt "$deadline" ]; do
  if xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; then wm=yes; break; fi
  sleep 0.1
done
if [ -z "$wm" ]; then
  echo "with-window-manager.sh: openbox did not manage the screen within 30 s" >&2
  cat "$tmp/openbox.log" >&2
  exit 1
fi
export QT_QPA_PLATFORM=xcb
"$@"
