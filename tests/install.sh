#!/usr/bin/env bash
# The packages' lifecycle on this machine, as root (as CI runs), after the
# `package` test has built them:
#   fresh install  apt resolves every dependency from a bare Debian 12; the
#                  installed program backs up and restores byte for byte as an
#                  ordinary user
#   upgrade        backups made by the installed 0.1.0 release (full, incremental,
#                  tag) list, verify and restore byte for byte after upgrading;
#                  the catalog is migrated to the current schema
#   downgrade      the older program refuses a newer catalog with a clear error
#                  and changes neither catalog nor repository
#   remove, purge  keep every home, catalog and repository
# The machine is left as found: what the test installed is purged, the accounts
# it made are deleted (also when it fails).
# usage: tests/install.sh BUILD_DIR VERSION (registered in tests/package.cmake)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd)
version=$2
old_version=0.1.0
old=$root/tests/fixtures/release-$old_version
arch=$(dpkg --print-architecture)
new_debs=("$build/packages/cloudbackup-cli_${version}_${arch}.deb" "$build/packages/cloudbackup_${version}_${arch}.deb")
old_debs=("$old/cloudbackup-cli_${old_version}_${arch}.deb" "$old/cloudbackup_${old_version}_${arch}.deb")
user=cbinstalltest
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
# CI sets CLOUDBACKUP_INSTALL_TEST=required: there a skip is a failure.
skip() {
    [ "${CLOUDBACKUP_INSTALL_TEST:-}" != required ] || fail "cannot run: $*"
    echo "SKIP: $*"
    exit 77
}

[ "$(id -u)" -eq 0 ] || skip "installs packages: run as root (CI does)"
[ "$arch" = amd64 ] || skip "the $old_version fixture is for amd64"
# One package test at a time on a machine: others take the same lock.
lock=/run/lock/cloudbackup-packages.lock
[ -d /run/lock ] || lock=/tmp/cloudbackup-packages.lock
exec 9>"$lock"
flock -w 600 9 || fail "another test holds $lock"

package_state() { dpkg-query -W -f '${db:Status-Status}' "$1" 2>/dev/null | grep -v '^not-installed$' || true; }
for p in cloudbackup cloudbackup-cli; do
    [ -z "$(package_state $p)" ] || skip "$p is on this machine ($(package_state $p)); the test would replace it"
done
getent passwd "$user" >/dev/null && fail "the account $user exists already"
for deb in "${new_debs[@]}"; do [ -f "$deb" ] || fail "no $deb (the package test builds it)"; done
(cd "$old" && sha256sum --quiet -c SHA256SUMS) || fail "the $old_version fixture does not match its SHA256SUMS"

export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 LC_ALL=C.UTF-8
apt=(apt-get -y -q -o DPkg::Lock::Timeout=300)
work=$(mktemp -d)
chmod 0755 "$work"
dpkg-query -W -f '${db:Status-Status} ${Package}\n' | awk '$1 == "installed" {print $2}' | sort >"$work/before"
had_daemon_account=$(getent passwd cloudbackup >/dev/null && echo yes || echo no)
cleanup() {
    set +e
    dpkg --purge cloudbackup cloudbackup-cli >/dev/null 2>&1
    dpkg-query -W -f '${db:Status-Status} ${Package}\n' | awk '$1 == "installed" {print $2}' | sort >"$work/after"
    added=$(comm -13 "$work/before" "$work/after")
    # shellcheck disable=SC2086 # package names
    [ -z "$added" ] || "${apt[@]}" purge $added >/dev/null 2>&1
    getent passwd "$user" >/dev/null && userdel "$user"
    [ "$had_daemon_account" = no ] && getent passwd cloudbackup >/dev/null && userdel cloudbackup
    rm -rf "$work"
}
trap cleanup EXIT

useradd --system --no-create-home --home-dir "$work/nonexistent" --shell /usr/sbin/nologin "$user"
# cloudbackupctl as the ordinary user, in HOME_DIR: ctl HOME_DIR ARGS...
ctl() {
    local home=$1
    shift
    runuser -u "$user" -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" CLOUDBACKUP_HOME="$home" \
        /usr/bin/cloudbackupctl --lang en "$@"
}
# The value of a top-level string or number field of the JSON on stdin.
json_field() { sed -n "s/^    \"$1\": \"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}$/\1/p" | head -1; }
new_home() {
    mkdir -m 0700 "$work/$1"
    chown "$user:" "$work/$1"
    echo "$work/$1"
}
# Writes random data at OFFSET (MiB) of the file volume VOLUME in HOME.
scribble() { # HOME VOLUME OFFSET_MIB
    runuser -u "$user" -- dd if=/dev/urandom of="$1/volumes/admin/$2.img" bs=1M seek="$3" count=1 \
        conv=notrunc status=none
}
backup() { # HOME ARGS...; prints the new backup's id
    local home=$1
    shift
    ctl "$home" --json backup create "$@" | json_field id
}
# Restores backup ID of HOME to a new volume and compares it with EXPECTED.
restore_same() { # HOME ID EXPECTED
    local copy=r${2:0:8}
    ctl "$1" backup restore "$2" --new-volume "$copy" >/dev/null || fail "restore of $2"
    cmp "$3" "$1/volumes/admin/$copy.img" || fail "backup $2 restored differs from the volume it was made of"
}
installed_version() { dpkg-query -W -f '${Version}' "$1"; }
# The checksum of every file under PATHS of the work directory (default: the homes).
sums() {
    [ $# -gt 0 ] || set -- fresh upgraded
    (cd "$work" && find "$@" -type f -print0 | sort -z | xargs -0 sha256sum)
}
# The catalog (as the user: SQLite may add files beside it) answers SQL.
catalog_sql() { runuser -u "$user" -- sqlite3 "$1/catalog.sqlite" "$2"; }

# --- Fresh install -----------------------------------------------------------
# A bare Debian 12 (essential, required and important packages) as apt's view
# of the machine: the packages must pull in everything else from the archive.
# (perl is standard, but a required package depends on perl:any.)
mapfile -t bare < <(dpkg-query -W -f '${Package}\t${Essential}\t${Priority}\n' |
    awk -F'\t' '$2 == "yes" || $3 == "required" || $3 == "important" {print $1}')
mapfile -t bare < <(apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances perl "${bare[@]}" 2>/dev/null |
    sed 's/^ *|\{0,1\}[A-Za-z-]*: //; s/^ *//; s/[<>]//g; s/:any$//' | sort -u)
mapfile -t bare < <(dpkg-query -W -f '${db:Status-Status} ${Package}\n' "${bare[@]}" 2>/dev/null |
    awk '$1 == "installed" {print $2}')
dpkg-query -s "${bare[@]}" >"$work/bare-status"
apt-get -s -q -o Dir::State::status="$work/bare-status" install "${new_debs[@]}" >"$work/simulated" 2>&1 ||
    { cat "$work/simulated" >&2; fail "apt cannot install the packages on a bare Debian 12"; }
for p in cloudbackup-cli cloudbackup libqt6core6 libqt6sql6-sqlite libqt6sql6-psql librbd1 libqt6widgets6 \
    libqcustomplot2.1-qt6; do
    grep -q "^Inst $p " "$work/simulated" || fail "on a bare Debian 12 apt would not install $p"
done
echo "bare Debian 12: apt installs $(grep -c '^Inst ' "$work/simulated") packages"

"${apt[@]}" install "${new_debs[@]}" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install"; }
[ "$(installed_version cloudbackup-cli)" = "$version" ] || fail "cloudbackup-cli $(installed_version cloudbackup-cli)"
[ "$(installed_version cloudbackup)" = "$version" ] || fail "cloudbackup $(installed_version cloudbackup)"
# (A development build adds "(git DESCRIBE)".)
[[ $(/usr/bin/cloudbackupctl --version) == "cloudbackupctl $version"* ]] ||
    fail "cloudbackupctl --version: $(/usr/bin/cloudbackupctl --version)"
[[ $(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/cloudbackup --version) == "cloudbackup $version"* ]] ||
    fail "cloudbackup --version"
fresh=$(new_home fresh)
ctl "$fresh" volume create vm --size 8M >/dev/null
scribble "$fresh" vm 2
cp "$fresh/volumes/admin/vm.img" "$work/fresh-vm.img"
id=$(backup "$fresh" vm)
[ -n "$id" ] || fail "no backup made by the installed $version"
restore_same "$fresh" "$id" "$work/fresh-vm.img"
current_schema=$(ctl "$fresh" --json repo info | json_field schema_version)
[ -n "$current_schema" ] || fail "no schema version from repo info"
echo "fresh install of $version: backup and restore as $user, catalog schema $current_schema"
"${apt[@]}" purge cloudbackup cloudbackup-cli >/dev/null

# --- Upgrade from the previous release ----------------------------------------
"${apt[@]}" install "${old_debs[@]}" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "install $old_version"; }
[ "$(/usr/bin/cloudbackupctl --version)" = "cloudbackupctl $old_version" ] || fail "$old_version is not installed"
home=$(new_home upgraded)
ctl "$home" volume create db --size 8M >/dev/null
scribble "$home" db 1
cp "$home/volumes/admin/db.img" "$work/db-full.img"
full=$(backup "$home" db --name full)
scribble "$home" db 5
cp "$home/volumes/admin/db.img" "$work/db-incr.img"
incr=$(backup "$home" db --incremental)
ctl "$home" backup tags "$incr" --add kept >/dev/null
[ -n "$full" ] || fail "no full backup made by $old_version"
[ -n "$incr" ] || fail "no incremental backup made by $old_version"
old_schema=$(ctl "$home" --json repo info | json_field schema_version)

"${apt[@]}" install "${new_debs[@]}" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "upgrade"; }
[ "$(installed_version cloudbackup-cli)" = "$version" ] || fail "not upgraded: $(installed_version cloudbackup-cli)"
listed=$(ctl "$home" backup list)
for b in "$full" "$incr"; do
    grep -q "$b" <<<"$listed" || fail "backup $b of $old_version is not listed: $listed"
done
[ "$(ctl "$home" --json backup list --tag kept | grep -c '"id"')" = 1 ] || fail "the tag is lost"
ctl "$home" --json backup list --tag kept | grep -q "\"id\": \"$incr\"" || fail "the tag moved"
for b in "$full" "$incr"; do
    ctl "$home" backup verify "$b" >/dev/null || fail "backup $b of $old_version does not verify"
done
ctl "$home" repo verify >/dev/null || fail "repo verify after the upgrade"
restore_same "$home" "$full" "$work/db-full.img"
restore_same "$home" "$incr" "$work/db-incr.img"
[ "$(catalog_sql "$home" 'SELECT version FROM schema_version')" = "$current_schema" ] ||
    fail "the catalog was not migrated to schema $current_schema"
echo "upgrade $old_version -> $version: 2 backups and a tag kept, verified, restored; schema $old_schema -> $current_schema"

# --- Downgrade ----------------------------------------------------------------
"${apt[@]}" install --allow-downgrades "${old_debs[@]}" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log" >&2; fail "downgrade"; }
if [ "$current_schema" -le "$old_schema" ]; then
    # Nothing to refuse between these two: the older program reads the catalog.
    ctl "$home" backup list | grep -q "$incr" || fail "$old_version cannot read a catalog of the same schema"
    # What the next migration does: a catalog newer than the installed program.
    catalog_sql "$home" "UPDATE schema_version SET version = $((old_schema + 1))"
    echo "downgrade: schema unchanged since $old_version; the catalog is marked newer to check the refusal"
fi
stores=(upgraded/catalog.sqlite upgraded/repository)
before=$(sums "${stores[@]}")
status=0
out=$(ctl "$home" backup list 2>&1) || status=$?
[ "$status" -ne 0 ] || fail "$old_version lists a newer catalog: $out"
grep -q "newer than this cloudbackup" <<<"$out" || fail "downgrade error unclear: $out"
[ "$(sums "${stores[@]}")" = "$before" ] || fail "the refused downgrade changed the catalog or repository"
echo "downgrade to $old_version refused: $(head -1 <<<"$out")"

# --- Remove and purge ---------------------------------------------------------
for deb in "${new_debs[@]}"; do
    ! dpkg-deb -c "$deb" | awk '{print $6}' | grep -q '^\./etc/' || fail "$(basename "$deb") has files in /etc"
done
"${apt[@]}" install "${new_debs[@]}" >/dev/null 2>&1 || fail "upgrade again"
before=$(sums)
"${apt[@]}" remove cloudbackup cloudbackup-cli >/dev/null
[ ! -e /usr/bin/cloudbackupctl ] || fail "remove left /usr/bin/cloudbackupctl"
[ "$(sums)" = "$before" ] || fail "remove changed a home, catalog or repository"
# (Nothing is left of a removed package without configuration: purge an installed one.)
"${apt[@]}" install "${new_debs[@]}" >/dev/null 2>&1 || fail "install again"
"${apt[@]}" purge cloudbackup cloudbackup-cli >/dev/null
for p in cloudbackup cloudbackup-cli; do
    [ -z "$(package_state $p)" ] || fail "$p is $(package_state $p) after purge"
done
[ "$(sums)" = "$before" ] || fail "purge changed a home, catalog or repository"
[ -n "$before" ] || fail "no home files to compare"
echo "remove and purge: $(wc -l <<<"$before") files of the homes unchanged"
echo PASS
