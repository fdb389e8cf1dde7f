#!/usr/bin/env bash
# RBD at scale (issue 11): a 1 TiB thin image and a pool of many images.
#
# Usage: bench/rbd_scale_bench.sh [BUILD_DIR] [IMAGES=10000]
#
# Starts its own throwaway Ceph cluster (scripts/ceph-cluster.sh) and stops it
# at the end. Times, with /usr/bin/time (wall seconds, peak RSS), beside the
# peer rbd offers for the same question:
#   thin_full     backup of a 1 TiB image with 10 MiB written   | rbd diff --whole-object, export-diff
#   thin_incr     incremental after 1 MiB more                  | rbd diff --whole-object --from-snap,
#                                                                 snap create + export-diff + snap rm
#   thin_restore  restore of the incremental to a new image     | rbd import-diff of the same change
#   list          volume list of a pool of IMAGES images         | rbd ls -l
#   volumes page  the console's Volumes page over the same pool (BUILD_DIR/bench/rbd_volumes_page,
#                 when built: ninja rbd_volumes_page): time to list them all, longest GUI stall
# Each restore is compared with the source over its allocated extents.
# Environment: CLOUDBACKUPCTL (default BUILD_DIR/app/cloudbackupctl), BENCH_TMPDIR, BENCH_KEEP=1.
set -euo pipefail
export LC_ALL=C
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$here/.." && pwd)
build_dir=${1:-$repo_root/build}
images=${2:-10000}
ctl=${CLOUDBACKUPCTL:-$build_dir/app/cloudbackupctl}
[[ -x $ctl ]] || { echo "no $ctl: build cloudbackupctl first" >&2; exit 1; }
[[ $images =~ ^[0-9]+$ ]] || { echo "IMAGES must be a number" >&2; exit 1; }

work=$(mktemp -d "${BENCH_TMPDIR:-$repo_root/..}/rbd-scale-bench.XXXXXX")
cluster=$work/cluster
cleanup() {
    "$repo_root/scripts/ceph-cluster.sh" stop "$cluster" >/dev/null 2>&1 || true
    [[ ${BENCH_KEEP:-} == 1 ]] || rm -rf "$work"
}
trap cleanup EXIT
eval "$("$repo_root/scripts/ceph-cluster.sh" start "$cluster")"
export CEPH_CONF CLOUDBACKUP_HOME=$work/home
rbd() { /usr/bin/rbd --conf "$CEPH_CONF" "$@"; }

# name seconds rss_kib: one timed command.
timed() {
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >"$work/out" 2>"$work/err" || {
        cat "$work/err" >&2; exit 1; }
    read -r secs rss <"$work/t"
    printf '%-16s %8.2f s %8d MiB\n' "$name" "$secs" $((rss / 1024))
}
# The allocated extents of an image (or IMAGE@SNAP) with their data's checksum.
extents() {
    /usr/bin/python3 - "$CEPH_CONF" "$1" <<'PY'
import hashlib, sys, rados, rbd
conf, spec = sys.argv[1], sys.argv[2]
name, _, snap = spec.partition("/")[2].partition("@")
with rados.Rados(conffile=conf) as c, c.open_ioctx("volumes") as io, \
        rbd.Image(io, name, snapshot=snap or None, read_only=True) as img:
    found = []
    img.diff_iterate(0, img.size(), None, lambda o, l, e: found.append((o, l)) if e else None,
                     whole_object=True)
    for o, l in found:
        data = img.read(o, l)
        if data.count(0) != len(data):
            print(o, l, hashlib.sha256(data).hexdigest())
PY
}

echo "== 1 TiB thin image (features: layering, exclusive-lock, object-map, fast-diff)"
rbd create --size 1T volumes/thin
head -c $((10 << 20)) /dev/urandom >"$work/w10"
rbd_write() { /usr/bin/python3 - "$CEPH_CONF" "$@" <<'PY'
import sys, rados, rbd
conf, image, offset, path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
with rados.Rados(conffile=conf) as c, c.open_ioctx("volumes") as io, rbd.Image(io, image) as img:
    img.write(open(path, "rb").read(), offset)
PY
}
rbd_write thin $((500000 << 20)) "$work/w10"
timed thin_full "$ctl" backup create rbd:volumes/thin
full=$(grep -o '[0-9a-f-]\{36\}' "$work/out" | head -1)
timed rbd_diff_wo rbd diff --whole-object volumes/thin
timed rbd_export_diff rbd export-diff --no-progress "volumes/thin@cloudbackup.$full" "$work/full.diff"
rm -f "$work/full.diff"
head -c $((1 << 20)) /dev/urandom >"$work/w1"
rbd_write thin $((700000 << 20)) "$work/w1"
# The peer of an incremental: its own snapshot and export-diff from the full backup's snapshot.
peer() { rbd snap create volumes/thin@peer && rbd export-diff --from-snap "cloudbackup.$full" volumes/thin@peer "$work/diff" && rbd snap rm volumes/thin@peer; }
timed rbd_diff_wo_incr rbd diff --whole-object --from-snap "cloudbackup.$full" volumes/thin
timed snap_ediff_rm bash -c "$(declare -f rbd peer); CEPH_CONF=$CEPH_CONF work=$work full=$full peer"
timed thin_incr "$ctl" backup create rbd:volumes/thin --incremental
incr=$(grep -o '[0-9a-f-]\{36\}' "$work/out" | head -1)
timed thin_restore "$ctl" backup restore "$incr" --new-volume thin-copy
# The peer of a restore: the backup's whole data as a diff, imported into a new image.
rbd export-diff "volumes/thin@cloudbackup.$incr" "$work/whole" >/dev/null 2>&1
rbd create --size 1T volumes/peer-copy
timed rbd_import_diff rbd import-diff "$work/whole" volumes/peer-copy
if [[ "$(extents "volumes/thin@cloudbackup.$incr")" == "$(extents volumes/thin-copy)" ]]; then
    echo "restore matches the backup over its allocated extents"
else
    echo "RESTORE DIFFERS" >&2; exit 1
fi

echo "== a pool of $images images"
/usr/bin/ceph --conf "$CEPH_CONF" osd pool create many 8 >/dev/null 2>&1
/usr/bin/rbd --conf "$CEPH_CONF" pool init many
/usr/bin/python3 - "$CEPH_CONF" "$images" <<'PY'
import sys, rados, rbd
conf, n = sys.argv[1], int(sys.argv[2])
from concurrent.futures import ThreadPoolExecutor
with rados.Rados(conffile=conf) as c, c.open_ioctx("many") as io:
    r = rbd.RBD()
    with ThreadPoolExecutor(16) as ex:
        list(ex.map(lambda i: r.create(io, "img-%05d" % i, (i % 64 + 1) << 20), range(n)))
PY
timed volume_list "$ctl" --ceph-conf "$CEPH_CONF" volume list --json
echo "listed $(grep -c '"id": "rbd:many/' "$work/out") of $images images"
timed rbd_ls_l rbd ls -l many
page=$build_dir/bench/rbd_volumes_page
if [[ -x $page ]]; then
    timed volumes_page "$page" --ceph-conf "$CEPH_CONF" --pool many --images "$images" --home "$work/page-home"
    cat "$work/out"
else
    echo "volumes page: not measured (build it: ninja -C $build_dir rbd_volumes_page)"
fi
