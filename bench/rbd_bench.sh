#!/usr/bin/env bash
# RBD benchmark for cloudbackup (issue 3, "Benchmark").
#
# Usage: bench/rbd_bench.sh [BUILD_DIR] [SIZE_MIB=1024]
#
# Starts its own throwaway Ceph cluster (scripts/ceph-cluster.sh; memstore, so
# the cluster side is RAM-speed) and stops it at the end. Each round imports a
# SIZE_MIB image (1/2 random, 1/4 compressible log text, 1/4 unallocated) and
# then times, each with /usr/bin/time (wall seconds, peak RSS):
#   cb_full      cloudbackupctl backup create            (the full backup)
#   rbd_export   rbd export POOL/IMG FILE                (its peer)
#   rbd_ediff    rbd export-diff --from-snap S POOL/IMG  (context: the same 1%
#                change, from the full backup's own snapshot)
#   rbd_ediff_wo rbd export-diff --whole-object --from-snap S  (the incremental's
#                floor: the whole objects the change touched, all a backup of
#                4 MiB content-addressed chunks can read)
#   rbd_incr_cycle  snap create + export-diff --from-snap + snap rm  (peer of the
#                incremental, as issue 11 sets it: a backup is a point in time,
#                so the peer takes and drops one too)
#   cb_incr      cloudbackupctl backup create --incremental
#   cb_restore   cloudbackupctl backup restore ID --new-volume  (of the incremental)
#   rbd_import   rbd import FILE POOL/IMG                (its peer: the same content)
# beside the Cinder-style peer (Cinder's Ceph backup driver: snapshots and
# `rbd export-diff | rbd import-diff` into an image of a second pool,
# volumes-ssd here), on a second import of the same image with the same change:
#   cinder_full     snap create + export-diff | import-diff into the backup pool
#   cinder_incr     snap create + export-diff --from-snap | import-diff + snap rm
#   cinder_restore  export-diff of the backup image | import-diff into a new image
# and the floor, each part of a backup's work measured alone in the same round:
# openssl dgst -sha256 of the allocated data (one core; what a backup hashes,
# and a restore hashes again to check), zstd -1 -T2 of its text part (our
# level, both cores; random data is not compressed), rbd export to /dev/null
# (the OSD's read and the messenger, no file), and writing the bytes the full
# backup stored as 4 MiB files, each fsync'd, four at a time (what the
# repository's durable chunk writes cost on this disk).
# Every step also reports the OSD's own CPU seconds while it ran.
# The restored image is compared with the source's snapshot (rbd export | cmp).
# Then bench/rbd_scale_bench.sh runs on its own cluster: the thin 1 TiB rows
# (full, 1 MiB incremental, restore) beside rbd diff --whole-object and
# export-diff, and the listing of BENCH_IMAGES images beside rbd ls -l.
#
# Environment:
#   BENCH_ROUNDS=3   rounds (median reported)
#   CLOUDBACKUPCTL   the binary (default BUILD_DIR/app/cloudbackupctl)
#   BENCH_TMPDIR     parent of the work dir (default: the repo's parent dir); not tmpfs
#   BENCH_KEEP=1     keep the work dir
#   BENCH_STRICT=1   exit 2 when a target is missed
#   BENCH_IMAGES=10000  images in the listing row; BENCH_SCALE=0 skips the scale rows
# Exit status: 0 when the run completed (targets may be MISS), 1 on any error
# (including a restore that differs), 2 with BENCH_STRICT=1 and a missed target.
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/bench_image.sh
. "$here/bench_image.sh"
repo_root=$(cd "$here/.." && pwd)
build_dir=${1:-$repo_root/build}
size_mib=${2:-1024}
rounds=${BENCH_ROUNDS:-3}
pool=volumes

die() { echo "rbd_bench: $*" >&2; exit 1; }

[[ $size_mib =~ ^[0-9]+$ ]] || die "SIZE_MIB must be a whole number of MiB, got '$size_mib'"
(( size_mib >= 64 && size_mib % 4 == 0 )) || die "SIZE_MIB must be >= 64 and a multiple of 4"
[[ $rounds =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive number, got '$rounds'"
ctl=${CLOUDBACKUPCTL:-$build_dir/app/cloudbackupctl}
[[ -x $ctl ]] || die "no $ctl; build it with -DCLOUDBACKUP_RBD=ON first, e.g.:
  cmake -S $repo_root -B $build_dir -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLOUDBACKUP_GUI=OFF && ninja -C $build_dir cloudbackupctl"

missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
command -v zstd >/dev/null || missing+=(zstd)
command -v openssl >/dev/null || missing+=(openssl)
if (( ${#missing[@]} )); then
    echo "Installing the Debian packages: ${missing[*]}"
    sudo=()
    (( EUID == 0 )) || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

base=${BENCH_TMPDIR:-$(dirname "$repo_root")}
fstype=$(df --output=fstype "$base" | tail -n 1 | tr -d ' ')
[[ $fstype != tmpfs && $fstype != ramfs ]] || die "$base is on $fstype; set BENCH_TMPDIR to a disk-backed directory"
work=$(mktemp -d "$base/cloudbackup-rbd-bench.XXXXXX")
cluster=$work/ceph
# shellcheck disable=SC2317 # invoked by the trap
cleanup() {
    "$repo_root/scripts/ceph-cluster.sh" stop "$cluster" >/dev/null 2>&1 || true
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        echo "Kept the work dir (BENCH_KEEP=1): $work"
    else
        rm -rf -- "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
avail_mib=$(( $(df --output=avail -k "$work" | tail -n 1) / 1024 ))
(( avail_mib > size_mib * 5 )) || die "need about $(( size_mib * 5 )) MiB free in $work, have $avail_mib MiB"

echo "Starting a throwaway Ceph cluster in $cluster"
eval "$("$repo_root/scripts/ceph-cluster.sh" start "$cluster")"
export CEPH_CONF
rbd() { command rbd --no-progress "$@"; }

json_str() { sed -n "s/^ *\"$1\": \"\\([^\"]*\\)\".*/\\1/p" | head -n 1; }
json_num() { sed -n "s/^ *\"$1\": \\([0-9][0-9]*\\).*/\\1/p" | head -n 1; }
mib_of() { echo $(( $1 / 1048576 )); }

declare -A SEC RSS CPU NOTE
steps=(cb_full rbd_export rbd_export_sync cinder_full sha256_data zstd_data rbd_export_null durable_write
    cb_incr rbd_incr_cycle rbd_ediff rbd_ediff_wo cinder_incr cb_restore rbd_import cinder_restore unzstd_data)
declare -A DESC=(
    [cb_full]="cloudbackup full"
    [rbd_export]="rbd export (file)"
    [rbd_export_sync]="  rbd export + fsync"
    [sha256_data]="  floor: sha256 of the data"
    [zstd_data]="  floor: zstd -1 -T2 of text"
    [rbd_export_null]="  floor: rbd export >/dev/null"
    [durable_write]="  floor: durable chunk write"
    [cb_incr]="cloudbackup incr (1%)"
    [rbd_ediff]="  rbd export-diff alone"
    [rbd_ediff_wo]="  floor: export-diff whole-object"
    [rbd_incr_cycle]="snap+export-diff+snap rm"
    [cb_restore]="cloudbackup restore (new)"
    [rbd_import]="rbd import (file)"
    [cinder_full]="cinder-style full"
    [cinder_incr]="cinder-style incr (1%)"
    [cinder_restore]="cinder-style restore"
    [unzstd_data]="  floor: zstd -d of the text"
)

# CPU seconds (user + system) the OSD has used so far: its share of each step.
osd_pid=$(cat "$cluster/run/osd.0.pid")
clk_tck=$(getconf CLK_TCK)
osd_cpu() { awk -v t="$clk_tck" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$osd_pid/stat"; }

declare -A OSD
# run_step LABEL ROUND CMD... : CMD under /usr/bin/time, stdout to log/LABEL.ROUND.out
run_step() {
    local label=$1 round=$2; shift 2
    local log=$work/log/$label.$round osd_before
    osd_before=$(osd_cpu)
    if ! /usr/bin/time -f '%e %M %U %S' -o "$log.time" "$@" >"$log.out" 2>"$log.err"; then
        echo "rbd_bench: step '$label' (round $round) failed: $*" >&2
        tail -n 20 "$log.err" >&2 || true
        exit 1
    fi
    local user sys
    read -r "SEC[$label,$round]" "RSS[$label,$round]" user sys < <(tail -n 1 "$log.time")
    CPU[$label,$round]=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    OSD[$label,$round]=$(awk -v a="$osd_before" -v b="$(osd_cpu)" 'BEGIN { printf "%.2f", b - a }')
    printf ' %s %.2fs' "$label" "${SEC[$label,$round]}"
}

# --- the source image and the change ----------------------------------------------
half_mib=$(( size_mib / 2 ))
quarter_mib=$(( size_mib / 4 ))
mkdir -p "$work/log"
echo "cloudbackup RBD benchmark: ${size_mib} MiB image, $rounds round(s), work dir $work ($fstype)"
echo "  host: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1), $(awk '/^MemTotal:/ { printf "%d", $2 / 1024 }' /proc/meminfo) MiB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  $(command rbd --version | cut -d' ' -f1-3), memstore OSD on 127.0.0.1"

source_img=$work/source.img
bench_image "$source_img" "$size_mib"
bench_change "$work/change.diff" "$size_mib"
places=$bench_places
piece=$(bench_piece "$size_mib")
# The allocated part alone (random, then text) and its text, for the computing floor.
data_mib=$(( half_mib + quarter_mib ))
data_img=$work/data.img
text_img=$work/text.img
dd if="$source_img" of="$data_img" bs=1M count="$data_mib" iflag=fullblock status=none
dd if="$source_img" of="$text_img" bs=1M skip="$half_mib" count="$quarter_mib" iflag=fullblock status=none
zstd -q -1 -c "$text_img" >"$text_img.zst"
echo "  image: ${half_mib} MiB random, ${quarter_mib} MiB log text, ${quarter_mib} MiB unallocated;" \
    "change: $places random pieces of $(( piece / 1024 )) KiB, one per $(( size_mib / places )) MiB stripe"

# The repository's chunk writes alone: N files of 4 MiB, each written and
# fsync'd by one of four threads (the engine's workers on two cores), then
# their directory fsync'd.
durable_write_py='
import os, sys, concurrent.futures
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
def put(i):
    with open(src, "rb") as f:
        f.seek(i * 4194304)
        data = f.read(4194304)
    fd = os.open(os.path.join(out, str(i)), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, data)
    os.fsync(fd)
    os.close(fd)
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    list(pool.map(put, range(n)))
fd = os.open(out, os.O_RDONLY)
os.fsync(fd)
os.close(fd)
'

# Cinder's Ceph backup driver on a copy of the round's image: the backup is an
# image in a second pool, kept up to date with export-diff | import-diff from
# the source's snapshots (only the newest kept); a restore goes the same way.
backup_pool=volumes-ssd
cinder_round() {
    local r=$1 src=$pool/bench$1-cinder bak=$backup_pool/bench$1-cinder
    rbd import "$source_img" "$src" >/dev/null
    # shellcheck disable=SC2016 # expanded by the inner sh
    run_step cinder_full "$r" sh -c 'rbd --no-progress snap create "$1@c1" &&
        rbd --no-progress create --size "$3" "$2" &&
        rbd --no-progress export-diff "$1@c1" - | rbd --no-progress import-diff - "$2"' sh "$src" "$bak" "${size_mib}M"
    rbd import-diff "$work/change.diff" "$src" >/dev/null
    # shellcheck disable=SC2016 # expanded by the inner sh
    run_step cinder_incr "$r" sh -c 'rbd --no-progress snap create "$1@c2" &&
        rbd --no-progress export-diff --from-snap c1 "$1@c2" - | rbd --no-progress import-diff - "$2" &&
        exec rbd --no-progress snap rm "$1@c1"' sh "$src" "$bak"
    # shellcheck disable=SC2016 # expanded by the inner sh
    run_step cinder_restore "$r" sh -c 'rbd --no-progress create --size "$3" "$2" &&
        rbd --no-progress export-diff "$1@c2" - | rbd --no-progress import-diff - "$2"' sh "$bak" \
        "$pool/bench$r-cinder-restored" "${size_mib}M"
    NOTE[cinder_full]="snap + export-diff | import-diff into pool $backup_pool"
    NOTE[cinder_incr]="snap + export-diff --from-snap | import-diff + snap rm"
    NOTE[cinder_restore]="export-diff of the backup image | import-diff into a new image"
}

for (( r = 1; r <= rounds; r++ )); do
    home=$work/round$r/cbhome
    mkdir -p "$home"
    img=bench$r
    rbd import "$source_img" "$pool/$img" >/dev/null
    printf 'Round %d/%d:' "$r" "$rounds"

    run_step cb_full "$r" "$ctl" --home "$home" backup create "rbd:$pool/$img" --json
    out=$work/log/cb_full.$r.out
    full_id=$(json_str id <"$out")
    NOTE[cb_full]="read $(mib_of "$(json_num read_bytes <"$out")") MiB, stored $(mib_of "$(json_num stored_bytes <"$out")") MiB"
    run_step rbd_export "$r" rbd --no-progress export "$pool/$img" "$work/export.img"
    rm -f "$work/export.img"
    NOTE[rbd_export]="whole image to a file (page cache, not synced)"
    # For context: the same, durable like cloudbackup's repository writes.
    # shellcheck disable=SC2016 # expanded by the inner sh
    run_step rbd_export_sync "$r" sh -c 'rbd --no-progress export "$1" "$2" && exec sync "$2"' sh \
        "$pool/$img" "$work/export.img"
    rm -f "$work/export.img"
    NOTE[rbd_export_sync]="context only: export, then fsync the file"
    run_step sha256_data "$r" openssl dgst -sha256 "$data_img"
    NOTE[sha256_data]="the ${data_mib} MiB of data, openssl (one core), page cache"
    # shellcheck disable=SC2016 # expanded by the inner sh
    run_step zstd_data "$r" sh -c 'exec zstd -q -1 -T2 -c "$1" >/dev/null' sh "$text_img"
    NOTE[zstd_data]="its ${quarter_mib} MiB of text, our level, both cores, output discarded"
    # shellcheck disable=SC2016 # expanded by the inner sh
    run_step rbd_export_null "$r" sh -c 'exec rbd --no-progress export "$1" - >/dev/null' sh "$pool/$img"
    NOTE[rbd_export_null]="the OSD's read and the messenger alone, nothing written"
    stored_chunks=$(( ($(json_num stored_bytes <"$work/log/cb_full.$r.out") + 4194303) / 4194304 ))
    run_step durable_write "$r" /usr/bin/python3 -c "$durable_write_py" "$data_img" "$work/durable" "$stored_chunks"
    rm -rf -- "$work/durable"
    NOTE[durable_write]="the $(( stored_chunks * 4 )) MiB the full stored: 4 MiB files, each fsync'd, 4 threads"

    rbd import-diff "$work/change.diff" "$pool/$img" >/dev/null
    run_step rbd_ediff "$r" rbd --no-progress export-diff --from-snap "cloudbackup.$full_id" "$pool/$img" "$work/change.out"
    NOTE[rbd_ediff]="context: $(( $(stat -c %s "$work/change.out") / 1048576 )) MiB diff file, no snapshot taken"
    rm -f "$work/change.out"
    # The incremental's floor: what it must read. A backup is content-addressed
    # in 4 MiB chunks, so a change reads the whole objects it touched, as
    # export-diff --whole-object does (no snapshot, no hashing, no writes).
    run_step rbd_ediff_wo "$r" rbd --no-progress export-diff --whole-object --from-snap "cloudbackup.$full_id" \
        "$pool/$img" "$work/change.out"
    NOTE[rbd_ediff_wo]="the whole objects the change touched: $(( $(stat -c %s "$work/change.out") / 1048576 )) MiB, no snapshot"
    rm -f "$work/change.out"
    # For context: what a script's incremental cycle costs with the rbd CLI
    # (snapshot, export-diff from the previous one, drop the previous one).
    # shellcheck disable=SC2016 # expanded by the inner sh
    run_step rbd_incr_cycle "$r" sh -c 'rbd --no-progress snap create "$1@bench-cycle" &&
        rbd --no-progress export-diff --from-snap "$2" "$1@bench-cycle" "$3" &&
        exec rbd --no-progress snap rm "$1@bench-cycle"' sh "$pool/$img" "cloudbackup.$full_id" "$work/change.out"
    rm -f "$work/change.out"
    NOTE[rbd_incr_cycle]="the incremental's peer: snap create, export-diff, snap rm"
    run_step cb_incr "$r" "$ctl" --home "$home" backup create "rbd:$pool/$img" --incremental --json
    out=$work/log/cb_incr.$r.out
    [[ $(json_str kind <"$out") == incremental ]] || die "the second backup is not incremental"
    incr_id=$(json_str id <"$out")
    NOTE[cb_incr]="read $(mib_of "$(json_num read_bytes <"$out")") MiB, stored $(mib_of "$(json_num stored_bytes <"$out")") MiB"

    run_step cb_restore "$r" "$ctl" --home "$home" backup restore "$incr_id" --new-volume "$img-restored"
    rbd export "$pool/$img@cloudbackup.$incr_id" "$work/expected.img" >/dev/null
    rbd export "$pool/$img-restored" "$work/restored.img" >/dev/null
    if ! cmp "$work/expected.img" "$work/restored.img"; then
        echo >&2
        die "FAIL: the restored image differs from the source's snapshot"
    fi
    rm -f "$work/restored.img"
    NOTE[cb_restore]="of the incremental; rbd export | cmp identical"
    # The peer writes the same content from a local file.
    run_step rbd_import "$r" rbd --no-progress import "$work/expected.img" "$pool/$img-imported"
    NOTE[rbd_import]="the same content, sparse"
    # shellcheck disable=SC2016 # expanded by the inner sh
    run_step unzstd_data "$r" sh -c 'exec zstd -q -d -c "$1" >/dev/null' sh "$text_img.zst"
    NOTE[unzstd_data]="what a restore decompresses: the text, one core, output discarded"
    rm -f "$work/expected.img"

    cinder_round "$r"
    echo

    for v in "$img" "$img-restored" "$img-imported" "$img-cinder" "$img-cinder-restored" "$backup_pool/$img-cinder"; do
        [[ $v == */* ]] || v=$pool/$v
        rbd snap purge "$v" >/dev/null 2>&1 || true
        rbd rm "$v" >/dev/null 2>&1 || true
    done
    [[ ${BENCH_KEEP:-0} == 1 ]] || rm -rf -- "$work/round$r"
done

# --- report -------------------------------------------------------------------------
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
seconds_of() { local k; for (( k = 1; k <= rounds; k++ )); do printf '%s\n' "${SEC[$1,$k]}"; done; }
rss_of() { local k; for (( k = 1; k <= rounds; k++ )); do printf '%s\n' "${RSS[$1,$k]}"; done; }
cpu_of() { local k; for (( k = 1; k <= rounds; k++ )); do printf '%s\n' "${CPU[$1,$k]}"; done; }
osd_of() { local k; for (( k = 1; k <= rounds; k++ )); do printf '%s\n' "${OSD[$1,$k]}"; done; }
declare -A MED MAXRSS RANGE MEDCPU MEDOSD
for l in "${steps[@]}"; do
    # shellcheck disable=SC2046
    MED[$l]=$(median $(seconds_of "$l"))
    RANGE[$l]=$(seconds_of "$l" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f-%.2f", lo, hi }')
    MAXRSS[$l]=$(rss_of "$l" | sort -n | tail -n 1)
    # shellcheck disable=SC2046
    MEDCPU[$l]=$(median $(cpu_of "$l"))
    # shellcheck disable=SC2046
    MEDOSD[$l]=$(median $(osd_of "$l"))
done
mibps() { awk -v s="$1" -v m="$size_mib" 'BEGIN { if (s <= 0) s = 0.01; printf "%.1f", m / s }'; }
rss_mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 0.01; printf "%.2f", a / b }'; }

echo
echo "Results: ${size_mib} MiB image, median of $rounds round(s), $(nproc) cores, load now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "MiB/s = image size / median wall time; CPU = median user+sys seconds of the process (the cluster's"
echo "daemons not included); OSD = median CPU seconds of the OSD during the step; RSS = highest peak RSS"
echo "over the rounds; indented rows are context or floor, not targets"
printf '%-30s %8s %13s %8s %6s %6s %8s  %s\n' step seconds "(min-max)" MiB/s CPU OSD "RSS MiB" notes
printf '%-30s %8s %13s %8s %6s %6s %8s  %s\n' ------------------------------ -------- ------------- -------- ------ ------ -------- -----
for l in "${steps[@]}"; do
    printf '%-30s %8.2f %13s %8s %6s %6s %8s  %s\n' "${DESC[$l]}" "${MED[$l]}" "(${RANGE[$l]})" "$(mibps "${MED[$l]}")" \
        "${MEDCPU[$l]}" "${MEDOSD[$l]}" "$(rss_mib "${MAXRSS[$l]}")" "${NOTE[$l]:-}"
done

misses=0
# target DESCRIPTION OURS PEER LIMIT: ratio = our seconds / peer seconds, must be <= LIMIT
target() {
    local desc=$1 a=$2 b=$3 lim=$4 k ok=0 value verdict
    le() { awk -v x="$1" -v lim="$lim" 'BEGIN { exit !(x <= lim) }'; }
    for (( k = 1; k <= rounds; k++ )); do
        if le "$(ratio "${SEC[$a,$k]}" "${SEC[$b,$k]}")"; then ok=$(( ok + 1 )); fi
    done
    value=$(ratio "${MED[$a]}" "${MED[$b]}")
    if le "$value"; then verdict=PASS; else verdict=MISS; misses=$(( misses + 1 )); fi
    printf '  %-4s  %-44s %6s  (target <= %s; %d/%d rounds pass)\n' "$verdict" "$desc" "$value" "$lim" "$ok" "$rounds"
}
echo
echo "Targets (time ratio = cloudbackup seconds / peer seconds, on the medians):"
target "full backup / rbd export" cb_full rbd_export 0.7
target "1% incremental / snap+export-diff+snap rm" cb_incr rbd_incr_cycle 1.0
target "restore / rbd import" cb_restore rbd_import 0.7
max_rss=0
for l in cb_full cb_incr cb_restore; do
    if (( MAXRSS[$l] > max_rss )); then max_rss=${MAXRSS[$l]}; fi
done
if (( max_rss < 256 * 1024 )); then verdict=PASS; else verdict=MISS; misses=$(( misses + 1 )); fi
printf '  %-4s  %-44s %6s  (target <  256)\n' "$verdict" "peak RSS of cloudbackupctl, MiB" "$(rss_mib "$max_rss")"
# Floors: what each step cannot avoid, each part measured alone in the same
# rounds. The CPU parts (this process's and the OSD's) share the two cores, so
# their sum over two bounds the step from below; so does any part alone.
half() { local t=0 v; for v in "$@"; do t=$(awk -v a="$t" -v b="$v" 'BEGIN { print a + b }'); done; awk -v t="$t" 'BEGIN { printf "%.2f", t / 2 }'; }
larger() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (a > b) ? a : b }'; }
compute=$(half "${MEDCPU[sha256_data]}" "${MEDCPU[zstd_data]}" "${MEDCPU[rbd_export_null]}" "${MEDOSD[rbd_export_null]}")
floor=$(larger "$compute" "${MED[durable_write]}")
echo
echo "Floor of the full backup:"
echo "  CPU: sha256 of the ${data_mib} MiB of data ${MEDCPU[sha256_data]} s, zstd -1 of its text ${MEDCPU[zstd_data]} s, reading"
echo "    the image (rbd export >/dev/null) ${MEDCPU[rbd_export_null]} s + OSD ${MEDOSD[rbd_export_null]} s: over two cores >= $compute s"
echo "  durable chunk writes alone: ${MED[durable_write]} s (rbd export leaves its file in the page cache)"
echo "  floor = max(CPU, durable writes) = $floor s = $(ratio "$floor" "${MED[rbd_export]}")x rbd export (target 0.7);"
echo "  the full backup took $(ratio "${MED[cb_full]}" "$floor")x its floor"

floor=$(half "${MEDCPU[sha256_data]}" "${MEDCPU[unzstd_data]}" "${MEDCPU[rbd_import]}" "${MEDOSD[rbd_import]}")
echo
echo "Floor of the restore: every chunk is checked against its SHA-256 before it is written"
echo "  CPU: sha256 of the data ${MEDCPU[sha256_data]} s, zstd -d of the text ${MEDCPU[unzstd_data]} s, and what rbd import"
echo "    itself needs to write the image ${MEDCPU[rbd_import]} s + OSD ${MEDOSD[rbd_import]} s: over two cores >= $floor s"
echo "  floor = $floor s = $(ratio "$floor" "${MED[rbd_import]}")x rbd import (target 0.7); the restore took $(ratio "${MED[cb_restore]}" "$floor")x its floor"

floor=$(awk -v c="${MED[rbd_incr_cycle]}" -v e="${MED[rbd_ediff]}" -v w="${MED[rbd_ediff_wo]}" \
    'BEGIN { printf "%.2f", c - e + w }')
echo
echo "Floor of the 1% incremental: the peer's own cycle, with export-diff reading the whole objects"
echo "  the change touched (${MED[rbd_ediff_wo]} s) instead of the changed bytes (${MED[rbd_ediff]} s), as a store of 4 MiB"
echo "  content-addressed chunks must read them (or read the rest of each chunk from the repository):"
echo "  ${MED[rbd_incr_cycle]} - ${MED[rbd_ediff]} + ${MED[rbd_ediff_wo]} = $floor s = $(ratio "$floor" "${MED[rbd_incr_cycle]}")x the cycle (target 1.0), before any"
echo "  hashing, compression or durable write; the incremental took $(ratio "${MED[cb_incr]}" "$floor")x this floor"

if [[ ${BENCH_SCALE:-1} != 0 ]]; then
    echo
    echo "RBD at scale (bench/rbd_scale_bench.sh, its own cluster):"
    CLOUDBACKUPCTL=$ctl BENCH_TMPDIR=$base "$here/rbd_scale_bench.sh" "$build_dir" "${BENCH_IMAGES:-10000}"
fi

if (( misses )); then
    echo
    echo "$misses target(s) missed."
    if [[ ${BENCH_STRICT:-0} == 1 ]]; then exit 2; fi
fi
exit 0
