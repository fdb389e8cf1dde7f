#!/usr/bin/env bash
# Builds the Debian 12 packages into BUILD_DIR/packages with CPack:
#   cloudbackup-cli_VERSION_ARCH.deb  cloudbackupctl, the daemon's unit, completion, manual
#   cloudbackup_VERSION_ARCH.deb      the desktop console (depends on cloudbackup-cli)
# usage: scripts/package.sh [BUILD_DIR]
# A development build's programs print the version with `git describe`; a
# release is packaged from a tarball or with -DCLOUDBACKUP_GIT_VERSION=OFF.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
"$root/scripts/bootstrap.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
# Only what the packages hold (install does not build everything first).
targets=(cloudbackupctl cloudbackup_package_files)
grep -q '^CLOUDBACKUP_GUI:BOOL=OFF' "$build/CMakeCache.txt" || targets+=(cloudbackup)
cmake --build "$build" --target "${targets[@]}"
rm -f "$build"/packages/*.deb
(cd "$build" && cpack -G DEB --config CPackConfig.cmake >/dev/null)
ls "$build"/packages/*.deb
