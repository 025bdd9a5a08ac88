#!/usr/bin/env bash
# README command 1: install what is missing, build, create the embedded demo database when it
# does not exist yet, and start the desktop app on it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)" --target csodesk csodesk-cli

bin=build/ci/app
# The embedded demo database (the user's data directory): customers, bills, the demo accounts
# and two months of tickets, created once; an existing database is left as it is.
"$bin/cli/csodesk-cli" demo-data --if-empty --customers 2000 --tickets 1500 --seed 1 >/dev/null

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    "$bin/desktop/csodesk" "$@" || true   # prints its one line about the missing display
    "$bin/desktop/csodesk" --screenshot csodesk-screenshot.png "$@"
    echo "csodesk: the main window was rendered to $(pwd)/csodesk-screenshot.png"
    exit 0
fi
exec "$bin/desktop/csodesk" "$@"
