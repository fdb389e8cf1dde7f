#!/usr/bin/env bash
# Configures (once) and builds into a persistent build directory.
# usage: scripts/build.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLOUDBACKUP_WERROR=$werror "$@" >/dev/null
fi
cmake --build "$build" -j "$(nproc)"
