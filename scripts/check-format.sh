#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted as .clang-format says. Run by the test
# command before anything is built; `bash scripts/check-format.sh --fix` rewrites the files.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [[ "${1:-}" == "--fix" ]]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/csodesk-format.$$; then
    head -40 /tmp/csodesk-format.$$ >&2
    echo "csodesk: $(grep -c 'error:' /tmp/csodesk-format.$$) formatting differences; run: bash scripts/check-format.sh --fix" >&2
    rm -f /tmp/csodesk-format.$$
    exit 1
fi
rm -f /tmp/csodesk-format.$$
echo "csodesk: ${#files[@]} C++ files formatted as .clang-format says"
