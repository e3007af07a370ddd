#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# spdx-lines.sh SOURCE_DIR: every C++ source, script and CMake file names its
# licence in an SPDX line, so a file copied out of the tree still says what it
# is under. (Data, listings and docs are covered by packaging/copyright.)
set -euo pipefail
cd "$1"
missing=$(find app core ui tests scripts cmake resources docs .ci CMakeLists.txt \
               -path tests/fuzz/corpus -prune -o -type f \
               \( -name '*.cpp' -o -name '*.h' -o -name '*.sh' -o -name '*.cmake' \
                  -o -name CMakeLists.txt -o -name '*.bash' -o -name run \) -print |
          while read -r f; do grep -q 'SPDX-License-Identifier: MIT' "$f" || echo "$f"; done)
if [ -n "$missing" ]; then
  echo "FAIL: no SPDX-License-Identifier line in:" >&2
  echo "$missing" >&2
  exit 1
fi
echo "every source file has its SPDX line"
