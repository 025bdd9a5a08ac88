#!/usr/bin/env bash
# README command 2: install what is missing, build, run every test (SQLite and PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"
ctest --preset ci -j"$(nproc)" "$@"
