#!/bin/bash
# A throwaway one-node Ceph cluster (1 mon, 1 memstore OSD, optional mgr) for
# tests. Everything - config, keyring, data, logs, pid files, sockets - lives
# under DIR, so several clusters can run side by side.
#
#   scripts/ceph-cluster.sh start DIR   # start (or reuse) a cluster, print env line
#   scripts/ceph-cluster.sh stop DIR    # SIGKILL its daemons, remove DIR
#   scripts/ceph-cluster.sh env DIR     # print "export CEPH_CONF=DIR/ceph.conf"
#
# Clients need only CEPH_CONF: the keyring is named in [global].
# Pools: volumes, volumes-ssd (8 PGs each, rbd-initialised); namespace volumes/projA.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MARKER=.ceph-test-cluster   # guards rm -rf against a DIR we did not create
POOLS=(volumes volumes-ssd)
NAMESPACES=(volumes/projA)

usage() {
    echo "usage: $0 {start|stop|env} DIR" >&2
    exit 2
}

log() { echo "ceph-cluster: $*" >&2; }

# The ceph CLI needs the distro python (a pyenv/venv python3 lacks `rados`).
ceph() { /usr/bin/python3 /usr/bin/ceph --conf "$CONF" "$@"; }

env_line() { echo "export CEPH_CONF=$CONF"; }

# True while PID exists and is not a zombie (daemons are re-parented and may
# be reaped late; a zombie holds no memory, ports or files).
alive() {
    local state
    { read -r _ _ state _ </proc/"$1"/stat; } 2>/dev/null || return 1
    [ "$state" != Z ]
}

# Live PIDs from DIR's pid files that are really our daemons: the cmdline
# check guards against a recycled PID.
our_pids() {
    local f pid
    for f in "$DIR"/run/*.pid; do
        [ -e "$f" ] || continue
        pid=$(<"$f") || continue
        [[ $pid =~ ^[0-9]+$ ]] || continue
        alive "$pid" || continue
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "--conf $CONF " || continue
        echo "$pid"
    done
}

kill_daemons() {
    local pids pid
    pids=$(our_pids)
    [ -n "$pids" ] || return 0
    # SIGKILL, not SIGTERM: memstore would dump all its objects to disk first.
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
    # Wait on the PIDs themselves: an exiting process loses its cmdline (and
    # would drop out of our_pids) before it has released its memory and ports.
    for _ in $(seq 200); do
        for pid in $pids; do alive "$pid" && break; pid=; done
        [ -z "$pid" ] && return 0
        sleep 0.05
    done
    log "daemons still alive 10 s after SIGKILL: $pids"
    return 1
}

remove_dir() {
    [ -d "$DIR" ] || return 0
    if [ ! -e "$DIR/$MARKER" ] && [ -n "$(ls -A "$DIR")" ]; then
        log "refusing to remove $DIR: not a cluster directory (no $MARKER)"
        exit 1
    fi
    rm -rf "$DIR"
}

is_running() {
    [ -f "$DIR/$MARKER" ] && [ -f "$DIR/env" ] || return 1
    local live name pid
    live=$(our_pids)
    # mon and osd must be alive; the mgr is optional.
    for name in mon.a osd.0; do
        pid=$(cat "$DIR/run/$name.pid" 2>/dev/null) && [ -n "$pid" ] || return 1
        grep -qx -- "$pid" <<<"$live" || return 1
    done
    timeout 5 /usr/bin/python3 /usr/bin/ceph --conf "$CONF" --connect-timeout 4 -s >/dev/null 2>&1
}

# A free port pair P, P+1 below the ephemeral range: a port inside it can be
# held by an outgoing connection, which `ss -l` would not show.
pick_port() {
    local low hi used p
    read -r low _ </proc/sys/net/ipv4/ip_local_port_range
    hi=$((low - 2))
    [ "$hi" -gt 11000 ] || hi=30000   # odd ip_local_port_range: rely on ss alone
    used=$(ss -Htan | awk '{n = split($4, a, ":"); print a[n]}' | sort -u)
    for _ in $(seq 200); do
        # Random, so clusters started at the same moment rarely pick the same.
        p=$((10000 + (RANDOM * 32768 + RANDOM) % (hi - 10000)))
        grep -qx -e "$p" -e "$((p + 1))" <<<"$used" || { echo "$p"; return 0; }
    done
    log "no free port pair found in 10000..$hi"
    return 1
}

write_conf() {
    local port=$1 fsid=$2
    cat >"$CONF" <<EOF
# Throwaway test cluster made by scripts/ceph-cluster.sh; not for real data.
[global]
fsid = $fsid
mon host = [v2:127.0.0.1:$port,v1:127.0.0.1:$((port + 1))]
auth cluster required = cephx
auth service required = cephx
auth client required = cephx
keyring = $DIR/keyring
run dir = $DIR/run
crash dir = $DIR/crash
mon cluster log file = $DIR/log/\$cluster.\$channel.log
# One OSD: replicate once, place by OSD not host, no autoscaling.
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon allow pool delete = true
mon warn on pool no redundancy = false
mon warn on insecure global id reclaim allowed = false
mon data avail warn = 2
# No MGR_DOWN health warning when the (optional) mgr is missing.
mon mgr mkfs grace = 31536000
# A killed client's watch / exclusive lock expires in ~4 s instead of ~30 s.
osd client watch timeout = 5
# Clients ping their watches once per objecter tick (default 5 s): with the
# 5 s timeout above, a busy client lost its watch ("image watch failed:
# (107)") in about half of 5 s write benchmarks. Read by clients via CEPH_CONF.
objecter tick interval = 1

[mon]
mon data = $DIR/mon
# Fail at once if the port was taken meanwhile (start_mon then picks another)
# instead of retrying the bind for 10 s.
ms bind retry count = 1
# Every map change (pool create, OSD boot, snap id) is a paxos commit: the
# default 1 s propose interval makes startup ~10x slower. After a quiet
# spell the mon also waits paxos min wait (default 50 ms) before proposing:
# each RBD snapshot create or remove (a snap id from the mon) took ~58 ms
# with the default and ~9 ms with 1 ms.
paxos propose interval = 0.01
paxos min wait = 0.001
log file = $DIR/log/\$name.log
pid file = $DIR/run/\$name.pid

[mgr]
mgr data = $DIR/mgr
public addr = 127.0.0.1
log file = $DIR/log/\$name.log
pid file = $DIR/run/\$name.pid

[osd]
osd data = $DIR/osd
osd objectstore = memstore
# memstore holds objects in RAM; this is only the capacity it reports, raised
# from 1 GiB so tests writing a few GiB don't hit "OSD full".
memstore device bytes = 8589934592
public addr = 127.0.0.1
cluster addr = 127.0.0.1
log file = $DIR/log/\$name.log
pid file = $DIR/run/\$name.pid
EOF
}

# Run a command with its chatter going to DIR/log/NAME.out; show the tail of
# it only on failure.
quiet() {
    local out=$DIR/log/$1.out rc=0
    shift
    "$@" >>"$out" 2>&1 || rc=$?
    [ "$rc" -eq 0 ] || tail -n 20 "$out" >&2
    return "$rc"
}

# One keyring for everything; `ceph-mon --mkfs --keyring` imports all of it.
make_keyring() {
    local k=$DIR/keyring
    ceph-authtool --create-keyring "$k" >/dev/null
    ceph-authtool "$k" --gen-key -n mon. --cap mon 'allow *'
    ceph-authtool "$k" --gen-key -n client.admin \
        --cap mon 'allow *' --cap osd 'allow *' --cap mgr 'allow *' --cap mds 'allow *'
    ceph-authtool "$k" --gen-key -n mgr.x \
        --cap mon 'allow profile mgr' --cap osd 'allow *' --cap mds 'allow *'
    ceph-authtool "$k" --gen-key -n osd.0 \
        --cap mon 'allow profile osd' --cap mgr 'allow profile osd' --cap osd 'allow *'
}

# Create and start the mon; retried on a new port if the bind loses a race.
start_mon() {
    local fsid port attempt
    fsid=$(uuidgen)
    for attempt in 1 2 3 4 5; do
        port=$(pick_port)
        rm -rf "$DIR/mon" "$DIR/monmap"
        mkdir -p "$DIR/mon"
        write_conf "$port" "$fsid"
        monmaptool --create --clobber --fsid "$fsid" \
            --addv a "[v2:127.0.0.1:$port,v1:127.0.0.1:$((port + 1))]" "$DIR/monmap" >/dev/null
        quiet mon.a ceph-mon --conf "$CONF" -i a --mkfs --monmap "$DIR/monmap" --keyring "$DIR/keyring"
        # ceph-mon forks and returns once the child is listening.
        if quiet mon.a ceph-mon --conf "$CONF" -i a; then
            return 0
        fi
        log "mon failed to start on port $port (attempt $attempt), retrying"
        kill_daemons
    done
    log "mon did not start; see $DIR/log/mon.a.log"
    return 1
}

wait_osd_up() {
    for _ in $(seq 300); do
        ceph osd dump 2>/dev/null | grep -qE '^osd\.0 up +in ' && return 0
        sleep 0.1
    done
    log "osd.0 did not come up; see $DIR/log/osd.0.log"
    return 1
}

do_start() {
    "$SCRIPT_DIR/ceph-packages.sh"

    if [ -d "$DIR" ] && is_running; then
        env_line
        return 0
    fi
    # Leftovers of a dead or half-started cluster.
    kill_daemons_if_ours
    remove_dir
    mkdir -p "$DIR"
    touch "$DIR/$MARKER"
    mkdir -p "$DIR"/{run,log,crash,mgr,osd}
    # Don't leave daemons of a half-made cluster behind; keep DIR for its logs.
    trap 'rc=$?; kill_daemons; log "start failed; logs in $DIR/log"; exit $rc' EXIT

    make_keyring
    start_mon

    # The mgr is optional (RBD works without it): start it, don't wait for it.
    # Set first, or its devicehealth module creates a third pool; --force
    # because the mon learns module options only from a running mgr.
    ceph config set mgr mgr/devicehealth/enable_monitoring false --force
    quiet mgr.x ceph-mgr --conf "$CONF" -i x || log "mgr failed to start (ignored)"

    local uuid
    uuid=$(uuidgen)
    ceph osd new "$uuid" 0 >/dev/null
    quiet osd.0 ceph-osd --conf "$CONF" -i 0 --mkfs --osd-uuid "$uuid"
    quiet osd.0 ceph-osd --conf "$CONF" -i 0
    wait_osd_up

    local p ns
    for p in "${POOLS[@]}"; do
        quiet pools ceph osd pool create "$p" 8 8
    done
    for p in "${POOLS[@]}"; do
        rbd --conf "$CONF" pool init "$p"
    done
    for ns in "${NAMESPACES[@]}"; do
        rbd --conf "$CONF" namespace create "$ns"
    done

    trap - EXIT
    env_line >"$DIR/env"
    env_line
}

kill_daemons_if_ours() {
    [ -d "$DIR" ] && [ -e "$DIR/$MARKER" ] || return 0
    kill_daemons
}

do_stop() {
    [ -d "$DIR" ] || return 0
    kill_daemons_if_ours
    remove_dir
}

[ $# -eq 2 ] || usage
cmd=$1
DIR=$2
[ -n "$DIR" ] || usage
# Absolute path even when DIR doesn't exist yet (CEPH_CONF must be absolute).
case $DIR in /*) ;; *) DIR=$PWD/$DIR ;; esac
DIR=${DIR%/}
[ -n "$DIR" ] || usage
CONF=$DIR/ceph.conf
# Tools that need our config get --conf; keep the caller's CEPH_CONF (often
# another cluster's, from a previous `start`) and CEPH_ARGS away from the rest.
export CEPH_CONF=/dev/null
unset CEPH_ARGS

case $cmd in
    start) do_start ;;
    stop) do_stop ;;
    env) env_line ;;
    *) usage ;;
esac
