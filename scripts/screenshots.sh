#!/bin/sh
# Screenshots for the README, taken from the running program on the offscreen
# platform: a demo home is created, then the main window, the chain page, the
# restore dialog, the volumes and jobs pages are saved for English and Chinese.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-gui}
out=${1:-$root/docs/screenshots}

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
ninja -C "$build" cloudbackup

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p "$out"
for lang in en zh_CN; do
    # The first run builds the demo data; the second finds it.
    QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$build/app/cloudbackup" --home "$home" --demo --lang "$lang" \
        --screenshots "$out" 2>&1 | grep -v propagateSizeHints || true
done
ls -1 "$out"/*.png
