#!/usr/bin/env bash
# Fails when a binary that must stay GUI-free (the CLI, the core tests) links a Qt GUI library.
set -euo pipefail
status=0
for binary in "$@"; do
    if ldd "$binary" | grep -E 'libQt6(Gui|Widgets|Charts|PrintSupport|OpenGL)' ; then
        echo "FAIL: $binary links a GUI library; core and the CLI must not" >&2
        status=1
    else
        echo "ok: $binary links no GUI library"
    fi
done
exit $status
