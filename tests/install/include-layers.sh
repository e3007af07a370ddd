#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# include-layers.sh SOURCE_DIR: dependencies point one way, app -> ui ->
# core -> kernel, and every include says which layer it reaches into.
# Include roots alone cannot hold the rule any more: the layers are included
# from the project root ("core/sweep/..." and "ui/sweep/..." differ only in
# their layer), so this reads every quoted include instead.
set -euo pipefail
cd "$1"
bad=0
report() { echo "$1:$2: $3" >&2; bad=1; }
while IFS= read -r file; do
  dir=$(dirname "$file")
  case "$file" in
    core/kernel/*) allowed='kernel/' ;;
    core/*) allowed='core/|kernel/' ;;
    ui/*) allowed='ui/|core/|kernel/' ;;
    app/worker/*) allowed='kernel/' ;;
    app/*) allowed='app/|ui/|core/|kernel/' ;;
    *) allowed='app/|ui/|core/|kernel/' ;;
  esac
  while IFS=: read -r line text; do
    name=$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]+)".*/\1/' <<<"$text")
    # moc output, made in the build tree, is not a layer.
    [[ $name == *.moc || $name == moc_* ]] && continue
    # Beside the file (or a relative path from it) needs no layer.
    [ -e "$dir/$name" ] && continue
    if ! grep -Eq "^($allowed)" <<<"$name"; then
      if grep -Eq '^(app|ui|core|kernel)/' <<<"$name"; then
        report "$file" "$line" "\"$name\" reaches a layer this file may not use"
      else
        report "$file" "$line" "\"$name\" does not name its layer (app/, ui/, core/ or kernel/)"
      fi
    fi
  done < <(grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" || true)
done < <(find app core ui tests -path tests/fuzz/corpus -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print)
if [ "$bad" -ne 0 ]; then
  echo "FAIL: includes above break the layering (app -> ui -> core -> kernel)" >&2
  exit 1
fi
echo "every include names its layer, and each layer includes only those below it"
