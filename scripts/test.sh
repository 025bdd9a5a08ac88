#!/usr/bin/env bash
# README command 2: install what is missing, build, run every test (SQLite and PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
# The project's own checks first: they take seconds and fail for reasons a person can fix.
bash scripts/check-format.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"
# clang-tidy on what the last commits changed (the whole tree would take ~50 minutes here).
bash scripts/tidy.sh
ctest --preset ci -j"$(nproc)" "$@"
# Core, the CLI and the core tests built without any GUI library: the proof that core needs
# none (a widget include in core fails to compile here). Its tests are the ci preset's.
cmake --preset core-only >/dev/null
cmake --build --preset core-only -j"$(nproc)"
