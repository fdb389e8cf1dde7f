#!/usr/bin/env bash
# RADOS repository benchmark for cloudbackup (issue 13, "Benchmark").
#
# Usage: bench/rados_bench.sh [BUILD_DIR] [SIZE_MIB=1024]
#
# Starts two throwaway Ceph clusters (scripts/ceph-cluster.sh; memstore, so the
# cluster side is RAM-speed): the volumes' and a backup cluster holding the
# repositories, as Cinder's Ceph backup driver keeps backups in a second
# cluster. Each round imports the rbd_bench.sh image (bench_image.sh: 1/2
# random, 1/4 log text, 1/4 unallocated) as three images, and times, each with
# /usr/bin/time (wall seconds, peak RSS, CPU):
#   cb_full / cb_full_enc        backup create into rados:volumes/plain | /enc (the encrypted
#                                repository opened with a key file: no passphrase KDF)
#   rbd_export                   rbd export POOL/IMG FILE
#   cinder_full                  snap + export-diff | import-diff into the backup cluster
#   cb_incr / cb_incr_enc        backup create --incremental after the 1% change
#   cinder_incr                  snap + export-diff --from-snap | import-diff + snap rm
#   cb_restore / cb_restore_enc  backup restore (of the incremental) to a new image
#   rbd_import                   rbd import FILE (the same content)
#   cinder_restore               export-diff of the backup image | import-diff into a new image
#   cb_open / cb_open_enc        repo info (opening the repository; encrypted: with the
#                                passphrase, so its Argon2id KDF)
# Every restore is compared with the source's snapshot (rbd export | cmp).
#
# Environment:
#   BENCH_ROUNDS=1   rounds (median reported)
#   BENCH_WARMUP=1   run one uncounted warm-up round first (0: none)
#   CLOUDBACKUPCTL   the binary (default BUILD_DIR/app/cloudbackupctl)
#   BENCH_TMPDIR     parent of the work dir (default: the repo's parent dir); not tmpfs
#   BENCH_KEEP=1     keep the work dir
# Exit status: 0 when the run completed, 1 on any error (including a restore that differs).
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/bench_image.sh
. "$here/bench_image.sh"
repo_root=$(cd "$here/.." && pwd)
build_dir=${1:-$repo_root/build}
size_mib=${2:-1024}
rounds=${BENCH_ROUNDS:-1}
pool=volumes

die() { echo "rados_bench: $*" >&2; exit 1; }

[[ $size_mib =~ ^[0-9]+$ ]] || die "SIZE_MIB must be a whole number of MiB, got '$size_mib'"
(( size_mib >= 64 && size_mib % 4 == 0 )) || die "SIZE_MIB must be >= 64 and a multiple of 4"
[[ $rounds =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive number, got '$rounds'"
ctl=${CLOUDBACKUPCTL:-$build_dir/app/cloudbackupctl}
[[ -x $ctl ]] || die "no $ctl; build cloudbackupctl with -DCLOUDBACKUP_RBD=ON first"
[[ -x /usr/bin/time ]] || die "needs /usr/bin/time (Debian package time)"

base=${BENCH_TMPDIR:-$(dirname "$repo_root")}
fstype=$(df --output=fstype "$base" | tail -n 1 | tr -d ' ')
[[ $fstype != tmpfs && $fstype != ramfs ]] || die "$base is on $fstype; set BENCH_TMPDIR to a disk-backed directory"
work=$(mktemp -d "$base/cloudbackup-rados-bench.XXXXXX")
# shellcheck disable=SC2317 # invoked by the trap
cleanup() {
    "$repo_root/scripts/ceph-cluster.sh" stop "$work/ceph-volumes" >/dev/null 2>&1 || true
    "$repo_root/scripts/ceph-cluster.sh" stop "$work/ceph-backup" >/dev/null 2>&1 || true
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        echo "Kept the work dir (BENCH_KEEP=1): $work"
    else
        rm -rf -- "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Starting two throwaway Ceph clusters in $work"
eval "$("$repo_root/scripts/ceph-cluster.sh" start "$work/ceph-volumes")"
vol_conf=$CEPH_CONF
eval "$("$repo_root/scripts/ceph-cluster.sh" start "$work/ceph-backup")"
bak_conf=$CEPH_CONF
export CEPH_CONF=$vol_conf
rbd() { command rbd --no-progress "$@"; }

# The repositories, in the backup cluster; the passphrase from the environment, never the command line.
export CLOUDBACKUP_REPOSITORY_PASSWORD=bench-passphrase-not-secret

json_str() { sed -n "s/^ *\"$1\": \"\\([^\"]*\\)\".*/\\1/p" | head -n 1; }

# shellcheck disable=SC2034 # read through values_of's name reference
declare -A SEC RSS CPU
steps=(cb_full cb_full_enc rbd_export cinder_full cb_incr cb_incr_enc cinder_incr
    cb_restore cb_restore_enc rbd_import cinder_restore cb_open cb_open_enc)
declare -A DESC=(
    [cb_full]="cloudbackup full -> RADOS"
    [cb_full_enc]="  encrypted (key file)"
    [rbd_export]="rbd export (file)"
    [cinder_full]="cinder-style full"
    [cb_incr]="cloudbackup incr (1%)"
    [cb_incr_enc]="  encrypted (key file)"
    [cinder_incr]="cinder-style incr (1%)"
    [cb_restore]="cloudbackup restore (new)"
    [cb_restore_enc]="  encrypted (key file)"
    [rbd_import]="rbd import (file)"
    [cinder_restore]="cinder-style restore"
    [cb_open]="open: repo info"
    [cb_open_enc]="  encrypted (passphrase KDF)"
)

# run_step LABEL ROUND CMD... : CMD under /usr/bin/time, stdout to log/LABEL.ROUND.out
run_step() {
    local label=$1 round=$2; shift 2
    local log=$work/log/$label.$round user sys
    if ! /usr/bin/time -f '%e %M %U %S' -o "$log.time" "$@" >"$log.out" 2>"$log.err"; then
        echo "rados_bench: step '$label' (round $round) failed: $*" >&2
        tail -n 20 "$log.err" >&2 || true
        exit 1
    fi
    read -r "SEC[$label,$round]" "RSS[$label,$round]" user sys < <(tail -n 1 "$log.time")
    # shellcheck disable=SC2034 # read through values_of
    CPU[$label,$round]=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf ' %s %.2fs' "$label" "${SEC[$label,$round]}"
}

# same_as_snapshot IMAGE SNAPSHOT RESTORED: byte for byte, or the bench fails.
same_as_snapshot() {
    rm -f "$work/expected.img"
    rbd export "$pool/$1@$2" "$work/expected.img" >/dev/null
    rbd export "$pool/$3" "$work/restored.img" >/dev/null
    cmp "$work/expected.img" "$work/restored.img" || die "FAIL: $3 differs from $1@$2"
    rm -f "$work/restored.img"
}

mkdir -p "$work/log"
echo "cloudbackup RADOS benchmark: ${size_mib} MiB image, $rounds round(s), work dir $work ($fstype)"
echo "  host: $(nproc) cores, $(awk '/^MemTotal:/ { printf "%d", $2 / 1024 }' /proc/meminfo) MiB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  $(command rbd --version | cut -d' ' -f1-3), two memstore clusters on 127.0.0.1"
source_img=$work/source.img
bench_image "$source_img" "$size_mib"
bench_change "$work/change.diff" "$size_mib"

# backup_round KIND ROUND: full, 1% change, incremental, restore of one repository.
backup_round() {
    local kind=$1 r=$2 sfx='' img=bench$2-$1 out id encrypt=()
    # A new repository each round (namespace KIND-ROUND), so no round deduplicates against another.
    local -a cb=("$ctl" --home "$work/round$r/$kind" --repository "rados:volumes/$kind-$r"
        --repository-ceph-conf "$bak_conf")
    [[ $kind == plain ]] || { sfx=_enc; encrypt=(--encrypt); }
    "${cb[@]}" repo init "rados:volumes/$kind-$r" "${encrypt[@]}" >/dev/null 2>&1 || die "repo init $kind-$r failed"
    # The encrypted steps open the repository with a key file, as an
    # unattended host does: encryption's own cost, without the passphrase's
    # Argon2id (cb_open_enc times that apart).
    local -a open=("${cb[@]}")
    if [[ $kind != plain ]]; then
        "${cb[@]}" repo key add-key-file --new-key-file "$work/round$r/$kind.key" >/dev/null 2>&1 ||
            die "repo key add-key-file $kind-$r failed"
        cb+=(--key-file "$work/round$r/$kind.key")
    fi
    rbd import "$source_img" "$pool/$img" >/dev/null
    run_step "cb_full$sfx" "$r" "${cb[@]}" backup create "rbd:$pool/$img" --json
    rbd import-diff "$work/change.diff" "$pool/$img" >/dev/null
    run_step "cb_incr$sfx" "$r" "${cb[@]}" backup create "rbd:$pool/$img" --incremental --json
    out=$work/log/cb_incr$sfx.$r.out
    [[ $(json_str kind <"$out") == incremental ]] || die "the second backup is not incremental"
    id=$(json_str id <"$out")
    run_step "cb_restore$sfx" "$r" "${cb[@]}" backup restore "$id" --new-volume "$img-restored"
    same_as_snapshot "$img" "cloudbackup.$id" "$img-restored"
    # The memstore OSD holds everything in RAM: what is checked goes at once.
    rbd rm "$pool/$img-restored" >/dev/null
    run_step "cb_open$sfx" "$r" "${open[@]}" repo info
}

# Cinder's Ceph backup driver: the backup is an image in the backup cluster,
# kept up to date with export-diff | import-diff from the source's snapshots.
cinder_round() {
    local r=$1 src=$pool/bench$1-cinder bak=volumes-ssd/bench$1-cinder
    rbd import "$source_img" "$src" >/dev/null
    # shellcheck disable=SC2016 # expanded by the inner sh
    run_step cinder_full "$r" sh -c 'rbd --no-progress snap create "$1@c1" &&
        rbd --no-progress --conf "$4" create --size "$3" "$2" &&
        rbd --no-progress export-diff "$1@c1" - | rbd --no-progress --conf "$4" import-diff - "$2"' \
        sh "$src" "$bak" "${size_mib}M" "$bak_conf"
    rbd import-diff "$work/change.diff" "$src" >/dev/null
    # shellcheck disable=SC2016 # expanded by the inner sh
    run_step cinder_incr "$r" sh -c 'rbd --no-progress snap create "$1@c2" &&
        rbd --no-progress export-diff --from-snap c1 "$1@c2" - |
            rbd --no-progress --conf "$3" import-diff - "$2" &&
        exec rbd --no-progress snap rm "$1@c1"' sh "$src" "$bak" "$bak_conf"
    # shellcheck disable=SC2016 # expanded by the inner sh
    run_step cinder_restore "$r" sh -c 'rbd --no-progress create --size "$3" "$2" &&
        rbd --no-progress --conf "$4" export-diff "$1@c2" - | rbd --no-progress import-diff - "$2"' \
        sh "$bak" "$pool/bench$r-cinder-restored" "${size_mib}M" "$bak_conf"
    same_as_snapshot "bench$r-cinder" c2 "bench$r-cinder-restored"
    # import-diff leaves its end snapshot on the restored image.
    rbd snap purge "$pool/bench$r-cinder-restored" >/dev/null
    rbd rm "$pool/bench$r-cinder-restored" >/dev/null
    # The peers of export and import: the same content through a local file.
    run_step rbd_export "$r" rbd --no-progress export "$src@c2" "$work/export.img"
    rm -f "$work/export.img"
    run_step rbd_import "$r" rbd --no-progress import "$work/expected.img" "$pool/bench$r-imported"
    rbd rm "$pool/bench$r-imported" >/dev/null
}

# Round 0 warms up and is not counted: on a VM whose freed memory goes back to
# the hypervisor (virtio-balloon free page reporting), the first round's OSDs
# fault in every page they store at about 7 ms per MiB, and whichever step
# comes first pays for it (cb_full 1.39 s, then encrypted 4.48 s in one such round).
first=1
[[ ${BENCH_WARMUP:-1} == 0 ]] || first=0
for (( r = first; r <= rounds; r++ )); do
    if (( r == 0 )); then printf 'Warm-up round (not counted):'; else printf 'Round %d/%d:' "$r" "$rounds"; fi
    # Alternating which goes first, so neither always meets a warmer cluster.
    if (( r % 2 )); then
        backup_round plain "$r"
        backup_round enc "$r"
    else
        backup_round enc "$r"
        backup_round plain "$r"
    fi
    cinder_round "$r"
    echo
    for v in "$pool/bench$r-plain" "$pool/bench$r-plain-restored" "$pool/bench$r-enc" "$pool/bench$r-enc-restored" \
        "$pool/bench$r-cinder" "$pool/bench$r-cinder-restored" "$pool/bench$r-imported"; do
        rbd snap purge "$v" >/dev/null 2>&1 || true
        rbd rm "$v" >/dev/null 2>&1 || true
    done
    rbd --conf "$bak_conf" snap purge "volumes-ssd/bench$r-cinder" >/dev/null 2>&1 || true
    rbd --conf "$bak_conf" rm "volumes-ssd/bench$r-cinder" >/dev/null 2>&1 || true
    # The round's repositories go too: memstore keeps every object in RAM,
    # and a later round should not meet a fuller OSD than an earlier one.
    rados --conf "$bak_conf" purge volumes --yes-i-really-really-mean-it >/dev/null 2>&1 || true
    rm -f "$work/expected.img"
done

# --- report -------------------------------------------------------------------------
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
values_of() { local -n arr=$1; local k; for (( k = 1; k <= rounds; k++ )); do printf '%s\n' "${arr[$2,$k]}"; done; }
declare -A MED MEDCPU MAXRSS
for l in "${steps[@]}"; do
    # shellcheck disable=SC2046
    MED[$l]=$(median $(values_of SEC "$l"))
    # shellcheck disable=SC2046
    MEDCPU[$l]=$(median $(values_of CPU "$l"))
    MAXRSS[$l]=$(values_of RSS "$l" | sort -n | tail -n 1)
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 0.01; printf "%.2f", a / b }'; }
mibps() { awk -v s="$1" -v m="$size_mib" 'BEGIN { if (s <= 0) s = 0.01; printf "%.1f", m / s }'; }

echo
echo "Results: ${size_mib} MiB image, median of $rounds round(s), $(nproc) cores, load now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "MiB/s = image size / median wall time; CPU = median user+sys seconds of the process (the clusters'"
echo "daemons not included); RSS = highest peak RSS over the rounds"
printf '%-30s %8s %8s %6s %8s\n' step seconds MiB/s CPU "RSS MiB"
for l in "${steps[@]}"; do
    printf '%-30s %8.2f %8s %6s %8.1f\n' "${DESC[$l]}" "${MED[$l]}" "$(mibps "${MED[$l]}")" "${MEDCPU[$l]}" \
        "$(awk -v k="${MAXRSS[$l]}" 'BEGIN { print k / 1024 }')"
done
echo
echo "Ratios (cloudbackup seconds / peer seconds, on the medians):"
printf '  %-44s %6s\n' "full -> RADOS / rbd export to a file" "$(ratio "${MED[cb_full]}" "${MED[rbd_export]}")" \
    "full -> RADOS / cinder-style full" "$(ratio "${MED[cb_full]}" "${MED[cinder_full]}")" \
    "1% incremental / cinder-style incremental" "$(ratio "${MED[cb_incr]}" "${MED[cinder_incr]}")" \
    "restore from RADOS / rbd import" "$(ratio "${MED[cb_restore]}" "${MED[rbd_import]}")" \
    "restore from RADOS / cinder-style restore" "$(ratio "${MED[cb_restore]}" "${MED[cinder_restore]}")"
echo "Encryption (encrypted seconds / plain seconds, opened with a key file; goal < 1.10):"
for l in cb_full cb_incr cb_restore; do
    printf '  %-24s %6s   (CPU %s s / %s s)\n' "${DESC[$l]}" "$(ratio "${MED[${l}_enc]}" "${MED[$l]}")" \
        "${MEDCPU[${l}_enc]}" "${MEDCPU[$l]}"
done
echo "  open with the passphrase (repo info, Argon2id): ${MED[cb_open_enc]} s; plain repository ${MED[cb_open]} s"
exit 0
