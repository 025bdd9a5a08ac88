#!/usr/bin/env bash
# Fails when an include points the wrong way: core must not include the UI, ui/ must not
# reuse a folder name of core's (an include would not say which layer it means), and inside
# core audit must not depend on auth (auth records into the audit log, so that arrow is the
# only one allowed between them), and only the CLI, the tests and the bench use core/demo.
set -euo pipefail
root=${1:?usage: check-include-arrows.sh SOURCE_DIR}
cd "$root"
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

ui_folders=$(find ui -mindepth 1 -maxdepth 1 -type d -printf '%f\n')
core_folders=$(find core -mindepth 1 -maxdepth 1 -type d -printf '%f\n')
for folder in $ui_folders; do
    if grep -qx "$folder" <<<"$core_folders"; then
        fail "ui/$folder and core/$folder share a name: \"$folder/...\" does not say its layer"
    fi
done
# core includes nothing of the UI's folders.
for folder in $ui_folders; do
    if hits=$(grep -rnE "#include [\"<]$folder/" core --include='*.h' --include='*.cpp'); then
        fail "core includes ui/$folder:"$'\n'"$hits"
    fi
done
# The demo generators are a library of their own: the program an agent runs holds none of them.
if hits=$(grep -rnE '#include "demo/' core ui app/desktop --include='*.h' --include='*.cpp' | grep -v '^core/demo/'); then
    fail "the production core, the UI or the desktop includes core/demo:"$'\n'"$hits"
fi
if hits=$(grep -rnE '#include "auth/' core/audit); then
    fail "core/audit includes core/auth (auth depends on audit, not the reverse):"$'\n'"$hits"
fi
[[ $status == 0 ]] && echo "ok: includes point from ui to core, inside core from auth to audit, and only the CLI and tests use demo/"
exit $status
