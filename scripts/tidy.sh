#!/usr/bin/env bash
# clang-tidy (.clang-tidy) on the .cpp files of core/, ui/ and app/ changed in the last N commits
# (default 10; `bash scripts/tidy.sh all` for the whole tree, ~15 s a file on one core).
# Any warning fails. Needs the ci preset's compile_commands.json (configure first). Run by the
# test command after the build; a shallow clone checks what history it has.
set -euo pipefail
cd "$(dirname "$0")/.."
scope=${1:-10}
database=build/ci
[[ -f $database/compile_commands.json ]] || { echo "csodesk: configure the ci preset first" >&2; exit 2; }
if [[ $scope == all ]]; then
    mapfile -t files < <(git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp')
else
    depth=$(git rev-list --count HEAD)
    (( scope < depth )) || scope=$((depth - 1))
    if (( scope < 1 )); then
        mapfile -t files < <(git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp')
    else
        mapfile -t files < <(git diff --name-only --diff-filter=d "HEAD~$scope" -- 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp')
    fi
fi
if (( ${#files[@]} == 0 )); then
    echo "csodesk: no C++ sources changed in the last $scope commits; nothing for clang-tidy"
    exit 0
fi
output=$(mktemp)
trap 'rm -f "$output"' EXIT
run-clang-tidy -p "$database" -j "$(nproc)" -quiet "${files[@]}" >"$output" 2>/dev/null || true
# run-clang-tidy's own exit status also reflects compiler notes; the warnings are what count.
if grep -E 'warning:|error:' "$output" | sed -E 's/\x1b\[[0-9;]*m//g' | sort -u | grep . >&2; then
    echo "csodesk: clang-tidy found the problems above in ${#files[@]} files (.clang-tidy says why a check is off)" >&2
    exit 1
fi
echo "csodesk: clang-tidy clean on ${#files[@]} files changed in the last $scope commits"
