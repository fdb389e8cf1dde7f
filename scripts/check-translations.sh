#!/usr/bin/env bash
# Fails when a tr() string in app/, core/ or ui/ is missing from the .ts
# files, when the committed .ts files are out of date, or when the zh_CN or
# en translation has unfinished entries.
# usage: scripts/check-translations.sh [LUPDATE]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${1:-}
[ -n "$lupdate" ] || lupdate=$(command -v lupdate6 2>/dev/null || echo /usr/lib/qt6/bin/lupdate)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
mapfile -t sources < <(cd "$root" && find app core ui -name '*.cpp' -o -name '*.h' -o -name '*.ui' 2>/dev/null | sort)
for lang in zh_CN en; do
    ts="$root/translations/cloudbackup_$lang.ts"
    cp "$ts" "$tmp/"
    # The include paths let lupdate give tr() in ui/ its cb::ui::X context (as translations/CMakeLists.txt).
    (cd "$root" && "$lupdate" -silent -no-obsolete -locations none -tr-function-alias translate+=deferTr -I core -I ui -I app -I translations \
        "${sources[@]}" -ts "$tmp/cloudbackup_$lang.ts")
    if ! diff -q "$ts" "$tmp/cloudbackup_$lang.ts" >/dev/null; then
        echo "translations/cloudbackup_$lang.ts is out of date with the sources:" >&2
        diff "$ts" "$tmp/cloudbackup_$lang.ts" | head -40 >&2
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$tmp/cloudbackup_$lang.ts" || true)
    vanished=$(grep -cE 'type="(vanished|obsolete)"' "$tmp/cloudbackup_$lang.ts" || true)
    if [ "$unfinished" -gt 0 ] || [ "$vanished" -gt 0 ]; then
        echo "cloudbackup_$lang.ts: $unfinished unfinished, $vanished vanished entries:" >&2
        grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$tmp/cloudbackup_$lang.ts" | grep '<source>' | head -20 >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations complete and up to date"
exit $status
