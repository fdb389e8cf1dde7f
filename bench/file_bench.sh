#!/usr/bin/env bash
# File-volume benchmark for cloudbackup (issue 2, "Benchmark").
#
# Usage: bench/file_bench.sh [BUILD_DIR] [SIZE_MIB=1024]
#
# Backs up a SIZE_MIB file volume (1/2 random, 1/4 compressible log text,
# 1/4 holes) with cloudbackupctl (full, then a 1% change incremental, then a
# restore of the incremental checked byte for byte with cmp), and in the same
# round the same image file with restic and borg (first run before the
# change, second run after it) and zstd -1 -T2 as the raw compression
# reference. Prints seconds, MiB/s and peak RSS per step, the targets of the
# issue as PASS/MISS, and each tool's repository size on disk.
#
# Every round starts from empty repositories and the same image and the same
# change; the table shows the median over the rounds (the machine is small and
# often shared, so a single run is noisy).
#
# Environment:
#   BENCH_ROUNDS=3   rounds to run (median reported)
#   CLOUDBACKUPCTL   the binary (default BUILD_DIR/app/cloudbackupctl)
#   BENCH_TMPDIR     parent of the work dir (default: the repo's parent
#                    directory); must not be tmpfs
#   BENCH_KEEP=1     keep the work dir (and every round's data) for inspection
#   BENCH_STRICT=1   exit 2 when a target is missed
#
# Exit status: 0 when the run completed (targets may be MISS), 1 on any error,
# including a restore that differs from its source, 2 with BENCH_STRICT=1 and
# a missed target.
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$here/.." && pwd)
build_dir=${1:-$repo_root/build}
size_mib=${2:-1024}
rounds=${BENCH_ROUNDS:-3}

die() { echo "file_bench: $*" >&2; exit 1; }

[[ $size_mib =~ ^[0-9]+$ ]] || die "SIZE_MIB must be a whole number of MiB, got '$size_mib'"
(( size_mib >= 64 && size_mib % 4 == 0 )) || die "SIZE_MIB must be >= 64 and a multiple of 4"
[[ $rounds =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive number, got '$rounds'"

ctl=${CLOUDBACKUPCTL:-$build_dir/app/cloudbackupctl}
[[ -x $ctl ]] || die "no $ctl; build it first, e.g.:
  cmake -S $repo_root -B $build_dir -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLOUDBACKUP_GUI=OFF && ninja -C $build_dir cloudbackupctl"

# --- Debian packages the peers need -----------------------------------------
need_pkgs=()
command -v restic >/dev/null || need_pkgs+=(restic)
command -v borg >/dev/null || need_pkgs+=(borgbackup)
command -v zstd >/dev/null || need_pkgs+=(zstd)
[[ -x /usr/bin/time ]] || need_pkgs+=(time)
if (( ${#need_pkgs[@]} )); then
    echo "Installing missing packages: ${need_pkgs[*]}"
    sudo=()
    if (( EUID != 0 )); then
        command -v sudo >/dev/null || die "need root or sudo to install: ${need_pkgs[*]}"
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${need_pkgs[@]}"
fi

# --- work dir on the same filesystem as the repo (not tmpfs) ----------------
base=${BENCH_TMPDIR:-$(dirname "$repo_root")}
fstype=$(df --output=fstype "$base" | tail -n 1 | tr -d ' ')
[[ $fstype != tmpfs && $fstype != ramfs ]] || die "$base is on $fstype; set BENCH_TMPDIR to a disk-backed directory"
work=$(mktemp -d "$base/cloudbackup-bench.XXXXXX")
# shellcheck disable=SC2317 # invoked by the trap
cleanup() {
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        echo "Kept the work dir (BENCH_KEEP=1): $work"
    else
        rm -rf -- "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

avail_mib=$(( $(df --output=avail -k "$work" | tail -n 1) / 1024 ))
(( avail_mib > size_mib * 6 )) || die "need about $(( size_mib * 6 )) MiB free in $work, have $avail_mib MiB"

# First "key": value of a pretty-printed JSON object on stdin.
json_str() { sed -n "s/^ *\"$1\": \"\\([^\"]*\\)\".*/\\1/p" | head -n 1; }
json_num() { sed -n "s/^ *\"$1\": \\([0-9][0-9]*\\).*/\\1/p" | head -n 1; }
mib_of() { echo $(( $1 / 1048576 )); }
du_mib() { awk -v k="$(du -sk "$1" | cut -f1)" 'BEGIN { printf "%.1f", k / 1024 }'; }

declare -A SEC RSS NOTE
steps=(cb_full restic_1 borg_1 zstd_1 cb_incr restic_2 borg_2 cb_restore)
declare -A DESC=(
    [cb_full]="cloudbackup full"
    [restic_1]="restic backup, 1st"
    [borg_1]="borg create, 1st"
    [zstd_1]="zstd -1 -T2 (reference)"
    [cb_incr]="cloudbackup incr (1%)"
    [restic_2]="restic backup, 2nd (1%)"
    [borg_2]="borg create, 2nd (1%)"
    [cb_restore]="cloudbackup restore"
)

# run_step LABEL ROUND CMD... : CMD under /usr/bin/time, stdout to log/LABEL.ROUND.out
run_step() {
    local label=$1 round=$2; shift 2
    local log=$work/log/$label.$round
    if ! /usr/bin/time -f '%e %M' -o "$log.time" "$@" >"$log.out" 2>"$log.err"; then
        echo "file_bench: step '$label' (round $round) failed: $*" >&2
        tail -n 20 "$log.err" >&2 || true
        exit 1
    fi
    read -r "SEC[$label,$round]" "RSS[$label,$round]" < <(tail -n 1 "$log.time")
    printf ' %s %.2fs' "$label" "${SEC[$label,$round]}"
}

# --- the source image, the change -------------------------------------------------
size_bytes=$(( size_mib * 1024 * 1024 ))
half_mib=$(( size_mib / 2 ))
quarter_mib=$(( size_mib / 4 ))
mkdir -p "$work/log"

echo "cloudbackup file-volume benchmark: ${size_mib} MiB volume, $rounds round(s), work dir $work ($fstype)"
echo "  host: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1), $(awk '/^MemTotal:/ { printf "%d", $2 / 1024 }' /proc/meminfo) MiB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  cloudbackupctl $("$ctl" --version 2>/dev/null | head -n 1 || true), $(restic version | cut -d' ' -f1-2), $(borg --version), zstd $(zstd -V | grep -o 'v[0-9.]*' | head -n 1)"

source_img=$work/source.img
echo "Creating the image: ${half_mib} MiB random, ${quarter_mib} MiB log text, ${quarter_mib} MiB holes"
truncate -s "$size_bytes" "$source_img"
dd if=/dev/urandom of="$source_img" bs=1M count="$half_mib" iflag=fullblock conv=notrunc status=none
# Log-like lines with changing counters (compressible, but not all identical).
awk -v total=$(( quarter_mib * 1024 * 1024 )) 'BEGIN {
    srand(7); n = 0; t = 1700000000;
    split("GET POST PUT DELETE", m, " "); split("200 200 200 201 204 304 404 500", s, " ");
    split("api-gw auth billing search storage", svc, " ");
    while (n < total) {
        i++; t += int(rand() * 3);
        line = sprintf("2024-%02d-%02dT%02d:%02d:%02d.%06dZ node%02d %s[%d]: %s /v1/items/%d?page=%d status=%s bytes=%d dur=%dms req=%08x\n",
            (i / 9000000) % 12 + 1, (t / 86400) % 28 + 1, (t / 3600) % 24, (t / 60) % 60, t % 60, i % 1000000,
            i % 17, svc[i % 5 + 1], 1000 + i % 913, m[i % 4 + 1], int(rand() * 100000), i % 50,
            s[int(rand() * 8) + 1], int(rand() * 65536), int(rand() * 900) + 1, i * 2654435761 % 4294967296);
        if (n + length(line) > total) line = substr(line, 1, total - n);
        printf "%s", line; n += length(line);
    } }' | dd of="$source_img" bs=1M seek="$half_mib" iflag=fullblock conv=notrunc status=none
(( $(stat -c %s "$source_img") == size_bytes )) || die "the source image has the wrong size"
alloc_mib=$(( $(du -k "$source_img" | cut -f1) / 1024 ))

# The 1% change: the same pieces at the same offsets in every round, one piece
# in each of $places equal stripes of the volume (random, text and holes alike).
places=20
piece_kib=$(( size_mib * 1024 / 100 / places / 4 * 4 ))
stripe=$(( size_bytes / places ))
awk -v n=$places -v stripe=$stripe -v piece=$(( piece_kib * 1024 )) 'BEGIN {
    srand(42); for (k = 0; k < n; k++) printf "%d\n", k * stripe + int(rand() * ((stripe - piece) / 4096)) * 4096 }' >"$work/offsets"
dd if=/dev/urandom of="$work/change.bin" bs="${piece_kib}K" count="$places" iflag=fullblock status=none
echo "  image: $size_mib MiB apparent, $alloc_mib MiB allocated; change: $places pieces of $piece_kib KiB (random), one per $(( stripe / 1048576 )) MiB stripe"
echo "Page cache is not dropped (that needs root): the image is read once before each step group, so every tool runs on a warm cache."

apply_change() {
    local img=$1 k=0 off
    while read -r off; do
        dd if="$work/change.bin" of="$img" bs="${piece_kib}K" count=1 skip=$k seek="$off" oflag=seek_bytes \
            conv=notrunc status=none
        k=$(( k + 1 ))
    done <"$work/offsets"
}

export RESTIC_PASSWORD=cloudbackup-bench
export BORG_UNKNOWN_UNENCRYPTED_REPO_ACCESS_IS_OK=yes BORG_RELOCATED_REPO_ACCESS_IS_OK=yes

declare -A REPO_MIB
for (( r = 1; r <= rounds; r++ )); do
    rd=$work/round$r
    home=$rd/cbhome
    restic_repo=$rd/restic-repo
    borg_repo=$rd/borg-repo
    export RESTIC_CACHE_DIR=$rd/restic-cache BORG_BASE_DIR=$rd/borg-base
    mkdir -p "$home"
    "$ctl" --home "$home" volume create bench --size "${size_mib}M" >/dev/null
    img=$("$ctl" --home "$home" volume show bench --json | json_str device)
    [[ -f $img ]] || die "volume device '$img' is not a file"
    cp --sparse=always "$source_img" "$img"
    restic -r "$restic_repo" init >/dev/null 2>&1 || die "restic init failed"
    borg init -e none "$borg_repo" >/dev/null 2>&1 || die "borg init failed"
    sync
    cat "$img" >/dev/null

    printf 'Round %d/%d:' "$r" "$rounds"
    run_step cb_full "$r" "$ctl" --home "$home" backup create bench --json
    out=$work/log/cb_full.$r.out
    NOTE[cb_full]="read $(mib_of "$(json_num read_bytes <"$out")") MiB, stored $(mib_of "$(json_num stored_bytes <"$out")") MiB"
    run_step restic_1 "$r" restic -r "$restic_repo" backup --quiet "$img"
    run_step borg_1 "$r" borg create "$borg_repo::first" "$img"
    # shellcheck disable=SC2016 # $1 is expanded by the inner sh
    run_step zstd_1 "$r" sh -c 'exec zstd -1 -T2 -q -c "$1" >/dev/null' sh "$img"

    apply_change "$img"
    sync
    cat "$img" >/dev/null

    run_step cb_incr "$r" "$ctl" --home "$home" backup create bench --incremental --json
    out=$work/log/cb_incr.$r.out
    [[ $(json_str kind <"$out") == incremental ]] || die "the second backup is not incremental"
    incr_id=$(json_str id <"$out")
    NOTE[cb_incr]="read $(mib_of "$(json_num read_bytes <"$out")") MiB, stored $(mib_of "$(json_num stored_bytes <"$out")") MiB"
    run_step restic_2 "$r" restic -r "$restic_repo" backup --quiet "$img"
    run_step borg_2 "$r" borg create "$borg_repo::second" "$img"

    run_step cb_restore "$r" "$ctl" --home "$home" backup restore "$incr_id" --new-volume bench-restored
    restored=$("$ctl" --home "$home" volume show bench-restored --json | json_str device)
    [[ -f $restored ]] || die "restored volume device '$restored' is not a file"
    if ! cmp "$img" "$restored"; then
        echo >&2
        echo "file_bench: FAIL: the restored volume $restored differs from its source $img" >&2
        exit 1
    fi
    echo " (restore: cmp identical)"
    NOTE[cb_restore]="of the incremental, cmp identical; writes $(( $(du -k "$restored" | cut -f1) / 1024 )) MiB"
    NOTE[zstd_1]="raw compression speed, output discarded"

    REPO_MIB[cloudbackup]=$(du_mib "$home/repository")
    REPO_MIB[restic]=$(du_mib "$restic_repo")
    REPO_MIB[borg]=$(du_mib "$borg_repo")
    [[ ${BENCH_KEEP:-0} == 1 ]] || rm -rf -- "$rd"
done

# --- report ---------------------------------------------------------------------
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
seconds_of() { local r; for (( r = 1; r <= rounds; r++ )); do printf '%s\n' "${SEC[$1,$r]}"; done; }
rss_of() { local r; for (( r = 1; r <= rounds; r++ )); do printf '%s\n' "${RSS[$1,$r]}"; done; }
declare -A MED MAXRSS RANGE
for l in "${steps[@]}"; do
    # shellcheck disable=SC2046
    MED[$l]=$(median $(seconds_of "$l"))
    RANGE[$l]=$(seconds_of "$l" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f-%.2f", lo, hi }')
    MAXRSS[$l]=$(rss_of "$l" | sort -n | tail -n 1)
done
mibps() { awk -v s="$1" -v m="$size_mib" 'BEGIN { if (s <= 0) s = 0.01; printf "%.1f", m / s }'; }
rss_mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 0.01; printf "%.2f", a / b }'; }

echo
echo "Results: ${size_mib} MiB volume, median of $rounds round(s), warm page cache, $(nproc) cores, load now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "MiB/s = volume size / median wall time; RSS = highest peak RSS over the rounds"
printf '%-26s %8s %13s %8s %8s  %s\n' step seconds "(min-max)" MiB/s "RSS MiB" notes
printf '%-26s %8s %13s %8s %8s  %s\n' -------------------------- -------- ------------- -------- -------- -----
for l in "${steps[@]}"; do
    printf '%-26s %8.2f %13s %8s %8s  %s\n' "${DESC[$l]}" "${MED[$l]}" "(${RANGE[$l]})" "$(mibps "${MED[$l]}")" \
        "$(rss_mib "${MAXRSS[$l]}")" "${NOTE[$l]:-}"
done

misses=0
# target DESCRIPTION PEER_STEP OUR_STEP OP LIMIT: ratio = PEER seconds / OUR seconds
target() {
    local desc=$1 a=$2 b=$3 op=$4 lim=$5 r ok=0 value verdict
    cmp_op() { awk -v x="$1" -v lim="$lim" -v op="$op" 'BEGIN { exit !((op == ">=") ? (x >= lim) : (op == ">") ? (x > lim) : (x < lim)) }'; }
    for (( r = 1; r <= rounds; r++ )); do
        if cmp_op "$(ratio "${SEC[$a,$r]}" "${SEC[$b,$r]}")"; then ok=$(( ok + 1 )); fi
    done
    value=$(ratio "${MED[$a]}" "${MED[$b]}")
    if cmp_op "$value"; then verdict=PASS; else verdict=MISS; misses=$(( misses + 1 )); fi
    printf '  %-4s  %-44s %6s  (target %-2s %s; %d/%d rounds pass)\n' "$verdict" "$desc" "$value" "$op" "$lim" "$ok" "$rounds"
}

echo
echo "Targets (speed-up = peer seconds / cloudbackup seconds, on the medians):"
target "full backup vs restic 1st: speed-up" restic_1 cb_full ">=" 2
target "full backup vs borg 1st: speed-up" borg_1 cb_full ">" 1
target "1% incremental vs restic 2nd: speed-up" restic_2 cb_incr ">=" 3
target "1% incremental vs borg 2nd: speed-up" borg_2 cb_incr ">=" 3
target "restore speed / full backup speed" cb_full cb_restore ">=" 1
max_rss=0
for l in cb_full cb_incr cb_restore; do
    if (( MAXRSS[$l] > max_rss )); then max_rss=${MAXRSS[$l]}; fi
done
if (( max_rss < 256 * 1024 )); then verdict=PASS; else verdict=MISS; misses=$(( misses + 1 )); fi
printf '  %-4s  %-44s %6s  (target <  256)\n' "$verdict" "peak RSS of cloudbackupctl, MiB" "$(rss_mib "$max_rss")"
echo "  (for scale: zstd -1 -T2 alone, reading and compressing the image, takes $(ratio "${MED[zstd_1]}" "${MED[cb_full]}")x the time of the full backup)"

# --- a 1 TiB thin volume: cost follows the data, not the volume's size ----------
# 10 MiB written, a full backup, 1 MiB changed, an incremental, a restore of it
# (the index lists 262,144 chunks; memory must not grow with them).
thin=$work/thin
mkdir -p "$thin"
"$ctl" --home "$thin" volume create thin --size 1T >/dev/null
timg=$("$ctl" --home "$thin" volume show thin --json | json_str device)
dd if=/dev/urandom of="$timg" bs=1M count=10 seek=500000 conv=notrunc status=none
run_step_once() { # LABEL CMD...: one timed run, prints "seconds rss_kib"
    local label=$1; shift
    /usr/bin/time -f '%e %M' -o "$work/log/$label.time" "$@" >"$work/log/$label.out" 2>"$work/log/$label.err" ||
        die "$label failed: $(cat "$work/log/$label.err")"
    cat "$work/log/$label.time"
}
read -r thin_full_s thin_full_k < <(run_step_once thin_full "$ctl" --home "$thin" backup create thin --json)
dd if=/dev/urandom of="$timg" bs=1M count=1 seek=700000 conv=notrunc status=none
read -r thin_incr_s thin_incr_k < <(run_step_once thin_incr "$ctl" --home "$thin" backup create thin --incremental --json)
thin_id=$(json_str id <"$work/log/thin_incr.out")
read -r thin_rest_s thin_rest_k < <(run_step_once thin_restore "$ctl" --home "$thin" backup restore "$thin_id" --new-volume thin2)
thin_max=$(printf '%s\n' "$thin_full_k" "$thin_incr_k" "$thin_rest_k" | sort -n | tail -n 1)
# cmp of two 1 TiB files would read a terabyte of zeros: compare the written
# ranges, the sizes, and that the restore stayed as thin as its source.
timg2=$("$ctl" --home "$thin" volume show thin2 --json | json_str device)
[[ $(stat -c %s "$timg") == "$(stat -c %s "$timg2")" ]] || die "the thin restore has another size"
for range in "500000 10" "700000 1"; do
    read -r at mib <<<"$range"
    cmp -i $(( at * 1048576 )) -n $(( mib * 1048576 )) "$timg" "$timg2" || die "the thin restore differs at $at MiB"
done
# Whole 4 MiB chunks are written: 10 MiB from a chunk boundary and 1 MiB are four chunks.
(( $(du -k "$timg2" | cut -f1) <= 4 * 4096 )) || die "the thin restore is not thin: $(du -k "$timg2" | cut -f1) KiB"
echo
echo "1 TiB thin file volume (10 MiB written, then 1 MiB changed), one run:"
printf '  full %ss, incremental %ss, restore %ss (written ranges identical, as thin); index %s bytes\n' \
    "$thin_full_s" "$thin_incr_s" "$thin_rest_s" "$(stat -c %s "$thin/repository/indexes/$thin_id.cbix")"
if (( thin_max < 256 * 1024 )); then verdict=PASS; else verdict=MISS; misses=$(( misses + 1 )); fi
printf '  %-4s  %-44s %6s  (target <  256)\n' "$verdict" "peak RSS at 1 TiB, MiB" "$(rss_mib "$thin_max")"
rm -rf -- "$thin"

echo
echo "Repository size on disk (du, after the first and second run of each tool):"
printf '  %-12s %9s MiB  %s\n' cloudbackup "${REPO_MIB[cloudbackup]}" "4 MiB fixed chunks, zstd -1, all-zero chunks not stored"
printf '  %-12s %9s MiB  %s\n' restic "${REPO_MIB[restic]}" "repository v2, compression auto (zstd), content-defined chunks"
printf '  %-12s %9s MiB  %s\n' borg "${REPO_MIB[borg]}" "-e none, default compression lz4, content-defined chunks"
echo "  (the volume: $size_mib MiB apparent, $alloc_mib MiB allocated before the change)"

if (( misses )); then
    echo
    echo "$misses target(s) missed."
    if [[ ${BENCH_STRICT:-0} == 1 ]]; then exit 2; fi
fi
exit 0
