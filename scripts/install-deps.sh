#!/usr/bin/env bash
# Installs the Debian 12 packages csodesk needs to build, run and test, when any is missing.
# As root it uses apt-get directly, otherwise sudo; without either it names the packages.
set -euo pipefail

packages=(
    build-essential cmake ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libgl-dev libxkbcommon-dev
    libspdlog-dev catch2 libsqlite3-dev sqlite3 libsodium-dev
    postgresql openssl
    clang libclang-rt-14-dev clang-format clang-tidy
    fonts-dejavu-core tzdata xauth xvfb
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "csodesk: installing missing packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    apt_get=(apt-get)
elif command -v sudo >/dev/null 2>&1; then
    apt_get=(sudo apt-get)
else
    echo "csodesk: cannot install packages (not root, no sudo). Please install: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${apt_get[@]}" update -qq
"${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The packaged cluster is not used (tests start their own throwaway server); keep it stopped.
if command -v pg_lsclusters >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
    pg_ctlcluster --force 15 main stop >/dev/null 2>&1 || true
fi
