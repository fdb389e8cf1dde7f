#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (unit,
# engine, CLI, GUI, i18n, a real PostgreSQL and a real Ceph cluster).
#   scripts/test.sh           the suite in build/
#   scripts/test.sh --asan    core, CLI, Ceph and soak (kill, race, full-disk) tests under
#                             AddressSanitizer + UBSan in build-asan/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/bootstrap.sh"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

if [ "${1:-}" = "--asan" ]; then
    build="$root/build-asan"
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCLOUDBACKUP_SANITIZE=ON \
            -DCLOUDBACKUP_GUI=OFF >/dev/null
    fi
    cmake --build "$build" -j "$(nproc)"
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    # The kill soak runs its minimum of 40 trials here (80 in the main run) and the races 25
    # rounds (50 there): the main run has the numbers, this run looks for memory errors, and
    # the races took 470 s of CI's 45 minutes here.
    export CLOUDBACKUP_SOAK_TRIALS=40 CLOUDBACKUP_RACE_ROUNDS=25
    cd "$build" && exec ctest --output-on-failure -L "unit|engine|cli|ceph|soak" --timeout 1800
fi

"$root/scripts/build.sh" "$root/build"
cd "$root/build"
exec ctest --output-on-failure --timeout 1200
