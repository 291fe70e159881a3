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
# Encryption at rest: the bundled SQLCipher driver converts the workspace, which then opens only
# with its passphrase (and the bundled keyring falls back to asking when the system has none).
MODERATOR_APP_NEW_PASSPHRASE="smoke-check passphrase" "$exe" --data-dir "$work/ws" privacy encrypt --no-keyring
test "$(head -c 15 "$work/ws/moderator.sqlite3")" != "SQLite format 3"
if "$exe" --data-dir "$work/ws" cases list --limit 1 </dev/null >/dev/null 2>&1; then
    echo "an encrypted workspace opened without its passphrase" >&2; exit 1
fi
MODERATOR_APP_PASSPHRASE="smoke-check passphrase" "$exe" --data-dir "$work/ws" verify
echo "smoke check passed: $exe"
