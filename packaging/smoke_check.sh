#!/usr/bin/env bash
# Smoke check of a built one-folder program: it starts, knows its version, opens a demo
# workspace headless and renders the main window.
set -euo pipefail
exe="${1:-dist/moderator-app/moderator-app}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
"$exe" --version
"$exe" --data-dir "$work/ws" demo --cases 300 --quiet
"$exe" --data-dir "$work/ws" verify
"$exe" --data-dir "$work/ws" --screenshot "$work/shot.png" --view all
test "$(head -c 8 "$work/shot.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a"
echo "smoke check passed: $exe"
