#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (own build tree: build/fuzz) and runs each for a
# bounded time on a copy of its seed corpus. A crash fails the run and leaves the input in
# build/fuzz/artifacts/ — turn it into a regression test.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
build=build/fuzz

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ not found (apt-get install clang libclang-rt-14-dev)" >&2
    exit 1
fi
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCSODESK_FUZZ=ON \
    -DCSODESK_BUILD_UI=OFF -DCSODESK_BUILD_TESTS=OFF >/dev/null
targets=$(sed -n 's/^csodesk_add_fuzzer(\([a-z_]*\) .*/\1/p' tests/fuzz/CMakeLists.txt)
cmake --build "$build" -j"$(nproc)" --target $(for t in $targets; do printf 'fuzz_%s ' "$t"; done) >/dev/null

mkdir -p "$build/artifacts"
status=0
for target in $targets; do
    corpus=$(mktemp -d)
    cp -r "tests/fuzz/corpus/$target/." "$corpus/" 2>/dev/null || true
    if "$build/tests/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/artifacts/$target-" -print_final_stats=0 >"$build/$target.log" 2>&1; then
        runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+|Done [0-9]+ runs' "$build/$target.log" | grep -Eo '[0-9]+' | tail -1)
        echo "fuzz $target: ok (${runs:-?} runs in ${seconds}s)"
    else
        echo "fuzz $target: FAILED — see $build/$target.log and $build/artifacts/" >&2
        tail -30 "$build/$target.log" >&2
        status=1
    fi
    rm -rf "$corpus"
done
exit $status
