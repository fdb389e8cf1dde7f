#!/usr/bin/env bash
# The operations guide runs: every ```sh block of docs/operations.md and
# docs/operations.zh_CN.md is annotated with how it runs, the two guides hold
# the same blocks, and each block of the kind asked for runs in a sandbox
# (its own HOME, the build's cloudbackupctl first in PATH), in the guide's
# language, with the exit status it announces and the output the guide shows.
#
# usage: tests/guide.sh local|ceph|package BUILD_DIR [LANGUAGE]  (default: both)
#
# Annotations, on the line before a block:
#   <!-- run: KIND [exit=N] [setup=NAME] [needs=FEATURE] -->
#   <!-- run: no - WHY -->          (only where running is impossible)
# KIND is local, ceph or package (package: as root, from build/packages).
# check=NAME runs check_NAME after the block (what its output cannot show).
# setup=NAME prepares what a fault entry describes (see the setup_* functions:
# the guide shows the operator's commands, not how the fault was caused).
# needs=repo-sync skips the block until cloudbackupctl has "repo sync".
# A ```text block announced by <!-- output --> right after a block lists lines
# its output must hold: runs of spaces match any run, "…" matches anything.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kind=${1:?kind}
build=$(cd "${2:?build dir}" && pwd)
only=${3:-}
guides=("$root/docs/operations.md" "$root/docs/operations.zh_CN.md")
work=$(mktemp -d /tmp/cloudbackup-guide.XXXXXX)
chmod 700 "$work"
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Splits a guide into NNN.sh, NNN.meta and NNN.out in DIR; refuses blocks
# without an annotation.
extract() { # GUIDE DIR
    mkdir -p "$2"
    awk -v dir="$2" -v guide="$1" '
        function flush() { if (out != "") close(out); out = "" }
        /^```sh[[:space:]]*$/ {
            if (pending == "") { printf "%s:%d: a ```sh block without <!-- run: ... -->\n", guide, NR; bad = 1 }
            n++; name = sprintf("%s/%03d", dir, n)
            print pending > (name ".meta"); close(name ".meta")
            out = name ".sh"; inblock = 1; pending = ""; last = n; next
        }
        /^```text[[:space:]]*$/ && wantout { out = sprintf("%s/%03d.out", dir, last); inblock = 1; wantout = 0; next }
        /^```/ && inblock { flush(); inblock = 0; next }
        inblock { print > out; next }
        /^<!-- run: .*-->[[:space:]]*$/ { pending = $0; sub(/^<!-- run: */, "", pending); sub(/ *-->.*$/, "", pending); next }
        /^<!-- output -->[[:space:]]*$/ { wantout = 1; next }
        /^[[:space:]]*$/ { next }
        { pending = ""; if (!inblock) wantout = 0 }
        END { exit bad }
    ' "$1"
}

meta() { # FILE KEY -> value of KEY=VALUE in the annotation
    tr ' ' '\n' <"$1" | sed -n "s/^$2=//p" | head -1
}

# Each expected line, as a pattern: spaces squeezed, "…" any text.
matches() { # OUTPUT_FILE EXPECTED_FILE
    local line re ok=0
    while IFS= read -r line; do
        line=$(tr -s ' ' <<<"$line" | sed 's/^ //; s/ $//')
        [ -z "$line" ] && continue
        re=$(sed 's/[][\.*^$/+?(){}|]/\\&/g' <<<"$line" | sed -E 's/ ?… ?/.*/g')
        if ! tr -s ' ' <"$1" | grep -qE -- "$re"; then
            echo "  expected output line not found: $line" >&2
            ok=1
        fi
    done <"$2"
    return $ok
}

# --- setups: the faults the guide's entries describe ----------------------
cb() { cloudbackupctl "$@"; }
image_of() { cb volume show "$1" --json | sed -n 's/.*"device": "\(.*\)".*/\1/p'; }
setup_damage_chunk() {
    local chunk
    chunk=$(find ~/.local/share/cloudbackup/repository/chunks -type f | sort | head -1)
    printf 'XXXX' | dd of="$chunk" conv=notrunc status=none
}
setup_lose_catalog() { rm -f ~/.local/share/cloudbackup/catalog.sqlite*; }
setup_newer_catalog() {
    sqlite3 ~/.local/share/cloudbackup/catalog.sqlite "UPDATE schema_version SET version = version + 1"
}
setup_older_catalog() {
    sqlite3 ~/.local/share/cloudbackup/catalog.sqlite "UPDATE schema_version SET version = version - 1"
}
setup_attach() { # a VM holding the volume db until the block ends
    # Not through cb(): $! must be the holder itself, not a subshell around it.
    cloudbackupctl volume attach db >/dev/null 2>&1 &
    echo $! >~/.guide-attached
    local tries=0
    until cb volume show db | grep -qE "In use|使用中"; do
        tries=$((tries + 1))
        [ $tries -lt 300 ] || { echo "volume attach did not take hold"; return 1; }
        sleep 0.1
    done
}
teardown_attach() {
    [ -f ~/.guide-attached ] || return 0
    kill "$(cat ~/.guide-attached)" 2>/dev/null
    wait "$(cat ~/.guide-attached)" 2>/dev/null
    rm -f ~/.guide-attached
}
setup_share_file() { # a report copied in with a wide mode
    echo report >~/.local/share/cloudbackup/report.txt
    chmod 644 ~/.local/share/cloudbackup/report.txt
}
setup_fill_volume() { # data in the volume db, so its backups hold chunks
    head -c 12M /dev/urandom | dd of="$(image_of db)" conv=notrunc status=none
}
setup_dead_cluster() { # monitors nobody answers on
    printf "[global]\nmon host = 127.0.0.1:1\nclient_mount_timeout = 2\n" >~/east.conf
}
setup_wrong_passphrase() { umask 077; head -c 24 /dev/urandom | base64 >~/old.pass; }
setup_remove_snapshot() { rbd snap purge volumes/app01 >/dev/null 2>&1; }

# --- checks after a block: what its output alone cannot show -------------
check_upgraded() { # the packages installed are the ones just built
    local built installed
    built=$(dpkg-deb -f "$(ls "$debs"/current/cloudbackup-cli_*.deb)" Version)
    installed=$(dpkg-query -W -f="\${Version}" cloudbackup-cli)
    [ "$built" = "$installed" ] || { echo "installed $installed, not $built"; return 1; }
}

ceph_cleanup() {
    [ "$kind" = ceph ] || return 0
    rbd snap purge volumes/app01 >/dev/null 2>&1
    rbd rm volumes/app01 >/dev/null 2>&1
    ceph osd pool rm cloudbackup cloudbackup --yes-i-really-really-mean-it >/dev/null 2>&1
    return 0
}

# --- features the guide may need before they are merged -------------------
has_feature() { # FEATURE
    case $1 in
    repo-sync) cloudbackupctl help repo 2>/dev/null | grep -q 'repo sync' ;;
    *) return 1 ;;
    esac
}

run_guide() { # DIR LANGUAGE
    local dir=$1 lang=$2 block n meta bkind code want setup needs log
    local home=$work/home-$lang
    mkdir -p "$home"
    chmod 700 "$home"
    ceph_cleanup
    for block in "$dir"/*.sh; do
        n=${block%.sh}
        meta=$n.meta
        bkind=$(cut -d' ' -f1 <"$meta")
        [ "$bkind" = "$kind" ] || continue
        want=$(meta "$meta" exit)
        want=${want:-0}
        setup=$(meta "$meta" setup)
        needs=$(meta "$meta" needs)
        check=$(meta "$meta" check)
        if [ -n "$needs" ] && ! (PATH=$path has_feature "$needs"); then
            echo "SKIP $lang block $(basename "$n"): cloudbackupctl has no $needs yet"
            continue
        fi
        log=$n.log
        started=$SECONDS
        (
            cd "$home" || exit 99
            export HOME=$home PATH=$path LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=$lang
            unset CLOUDBACKUP_HOME CLOUDBACKUP_REPOSITORY CLOUDBACKUP_CATALOG
            [ "$kind" = ceph ] || unset CEPH_CONF
            [ -z "$setup" ] || "setup_${setup//-/_}" || exit 98
            if [ "$kind" = package ]; then
                debdir=$(meta "$meta" debs)
                cd "$debs/${debdir:-current}" || exit 99
            fi
            timeout 300 bash -e "$block"
            code=$?
            [ "$setup" != attach ] || teardown_attach
            [ "$code" != 0 ] || [ -z "$check" ] || "check_$check" || code=97
            exit $code
        ) >"$log" 2>&1
        code=$?
        if [ "$code" != "$want" ]; then
            fail "$lang block $(basename "$n") exited $code, the guide says $want:"
            sed 's/^/  | /' "$block" >&2
            sed 's/^/  > /' "$log" >&2
        elif [ -f "$n.out" ] && ! matches "$log" "$n.out"; then
            fail "$lang block $(basename "$n") does not print what the guide shows:"
            sed 's/^/  > /' "$log" >&2
        else
            echo "ok   $lang block $(basename "$n") ($((SECONDS - started)) s)"
        fi
    done
    ceph_cleanup
    return $((failures > 0))
}

extract "${guides[0]}" "$work/en" || fail "unannotated block in ${guides[0]}"
extract "${guides[1]}" "$work/zh_CN" || fail "unannotated block in ${guides[1]}"
# The same commands, in the same order, run the same way in both guides.
if ! diff -r --exclude='*.out' "$work/en" "$work/zh_CN" >"$work/diff" 2>&1; then
    fail "the two guides hold different commands:"
    cat "$work/diff" >&2
fi
compgen -G "$work/en/*.sh" >/dev/null || fail "no blocks in the guide"
for m in "$work"/en/*.meta; do
    case $(cut -d' ' -f1 <"$m") in
    local | ceph | package) ;;
    no) grep -q '^no - ..' "$m" || fail "$(basename "$m" .meta): run: no needs a reason" ;;
    *) fail "$(basename "$m" .meta): unknown kind: $(cat "$m")" ;;
    esac
done

path=$build/app:$PATH
debs=$work/debs
if [ "$kind" = package ]; then
    path=/usr/sbin:/usr/bin:/sbin:/bin
    # Skipped (77) where the tests do not run as root; CI runs them as root.
    [ "$(id -u)" -eq 0 ] || { echo "the package blocks run as root: skipped"; exit 77; }
    # One package test at a time on a machine (tests/install.sh takes the same lock).
    lock=/run/lock/cloudbackup-packages.lock
    [ -d /run/lock ] || lock=/tmp/cloudbackup-packages.lock
    exec 9>"$lock"
    flock -w 600 9 || fail "another test holds $lock"
    if dpkg-query -W -f="\${Status}" cloudbackup-cli 2>/dev/null | grep -q "ok installed"; then
        echo "cloudbackup-cli is installed here; the guide would replace and purge it" >&2
        exit 1
    fi
    mkdir -p "$debs/current" "$debs/previous"
    cp "$build"/packages/*.deb "$debs/current/" || fail "no packages in $build/packages"
    # The upgrade starts from the previous release where its packages are kept.
    cp "$root"/tests/fixtures/release-*/*.deb "$debs/previous/" 2>/dev/null ||
        cp "$build"/packages/*.deb "$debs/previous/"
    chmod -R a+rX "$debs"
    # Leave the machine as found.
    trap 'apt-get purge -y -qq cloudbackup cloudbackup-cli >/dev/null 2>&1; rm -rf "$work"' EXIT
else
    trap 'for h in "$work"/home-*; do HOME=$h teardown_attach; done; rm -rf "$work"' EXIT
fi
# The two languages run side by side, each in its own sandbox (the Ceph
# blocks share one cluster, so they run one language after the other).
languages=(en zh_CN)
[ -z "$only" ] || languages=("$only")
if [ $failures -eq 0 ]; then
    pids=()
    for lang in "${languages[@]}"; do
        if [ "$kind" = local ]; then
            run_guide "$work/$lang" "$lang" >"$work/$lang.log" 2>&1 &
            pids+=($!)
        else
            (run_guide "$work/$lang" "$lang") >"$work/$lang.log" 2>&1 || failures=$((failures + 1))
        fi
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || failures=$((failures + 1))
    done
    for lang in "${languages[@]}"; do cat "$work/$lang.log"; done
fi
[ $failures -eq 0 ] || {
    echo "$failures failure(s)" >&2
    exit 1
}
echo "the guide's $kind blocks ran"
