#!/bin/sh
# Screenshots for the README, taken from the running program on the offscreen
# platform: a demo home is created, then the dashboard, the main window, the
# chain page, the restore dialog, the volumes, jobs and audit pages are saved
# for English and Chinese. A second home holds a year of daily backups of one
# volume (catalog rows made by bench/catalog_scale, no backup run) for the
# chain page at scale (chain-365-*.png).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-gui}
out=${1:-$root/docs/screenshots}

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
ninja -C "$build" cloudbackup catalog_scale

home=$(mktemp -d)
year=$(mktemp -d)
shots=$(mktemp -d)
trap 'rm -rf "$home" "$year" "$shots"' EXIT INT TERM
chmod 700 "$home" "$year"
mkdir -p "$out"
for lang in en zh_CN; do
    # The first run builds the demo data; the second finds it.
    QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$build/app/cloudbackup" --home "$home" --demo --lang "$lang" \
        --screenshots "$out" 2>&1 | grep -v propagateSizeHints || true
done

# A year of daily backups: a full every 30 days, incrementals between.
QT_QPA_PLATFORM=offscreen "$build/bench/catalog_scale" --home "$year/home" --backups 365 --volumes 2 \
    --chain 365 --days 365 --create-only 2>&1 | grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR || true
for lang in en zh_CN; do
    QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$build/app/cloudbackup" --home "$year/home" --lang "$lang" \
        --screenshots "$shots" 2>&1 | grep -v propagateSizeHints || true
    cp "$shots/chain-page-$lang.png" "$out/chain-365-$lang.png"
done
ls -1 "$out"/*.png
