#!/usr/bin/env bash
# The Debian packages: built by scripts/package.sh, clean for lintian (no
# errors), desktop-file-validate and appstreamcli; real library dependencies;
# every file each package promises; manuals groff accepts and that cover every
# command; both programs print the package's version.
# usage: tests/package.sh BUILD_DIR VERSION
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$1
version=$2
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$root/scripts/package.sh" "$build" >/dev/null
arch=$(dpkg --print-architecture)
cli=$build/packages/cloudbackup-cli_${version}_${arch}.deb
console=$build/packages/cloudbackup_${version}_${arch}.deb
[ -f "$cli" ] || fail "no $cli"
[ -f "$console" ] || fail "no $console"

# lintian: errors fail; warnings are printed for the record.
if ! lintian --fail-on error --tag-display-limit 0 "$cli" "$console" >"$build/packages/lintian.txt" 2>&1; then
    cat "$build/packages/lintian.txt" >&2
    fail "lintian reports errors"
fi
sed 's/^/lintian: /' "$build/packages/lintian.txt"

# Hardening (cmake/Hardening.cmake): lintian finds PIE, RELRO and BIND_NOW; the
# stack protector and fortified libc calls are in the programs. Lintian's
# hardening-no-fortify-functions (information) stays for cloudbackupctl: its
# libc calls all have sizes the compiler proves safe, so none needs a _chk form.
hardening=$(lintian -I --tags hardening-no-pie,hardening-no-relro,hardening-no-bindnow "$cli" "$console" 2>&1 |
    grep -v 'running with root privileges' || true)
[ -z "$hardening" ] || fail "not hardened: $hardening"

# Control fields: the console needs this very cli; dependencies are computed.
field() { dpkg-deb -f "$1" "$2"; }
# Whether a Depends field names PACKAGE (versioned or not, or as an alternative).
depends_on() { # DEPENDS PACKAGE
    tr ',|' '\n\n' <<<"$1" | sed 's/^ *//; s/ .*//' | grep -Fxq "$2"
}
[ "$(field "$cli" Version)" = "$version" ] || fail "cli Version $(field "$cli" Version)"
for f in Maintainer Section Homepage Description; do
    [ -n "$(field "$cli" $f)" ] || fail "cli has no $f"
    [ -n "$(field "$console" $f)" ] || fail "console has no $f"
done
cli_depends=$(field "$cli" Depends)
for lib in libc6 libqt6core6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql librbd1 librados2 libzstd1 libssl3; do
    depends_on "$cli_depends" "$lib" || fail "cloudbackup-cli Depends lacks $lib: $cli_depends"
done
console_depends=$(field "$console" Depends)
for dep in "cloudbackup-cli (= $version)" libqt6widgets6 libqt6gui6 libqcustomplot2.1-qt6; do
    grep -Fq "$dep" <<<"$console_depends" || fail "cloudbackup Depends lacks $dep: $console_depends"
done
grep -q libqt6widgets6 <<<"$cli_depends" && fail "cloudbackup-cli depends on Qt Widgets: $cli_depends"

# Contents.
has() {
    dpkg-deb -c "$1" | awk '{print $6}' | grep -qx "$2" || fail "$(basename "$1") lacks $2"
}
for f in ./usr/bin/cloudbackupctl ./usr/lib/systemd/system/cloudbackup-daemon.service \
    ./usr/share/bash-completion/completions/cloudbackupctl ./usr/share/man/man1/cloudbackupctl.1.gz \
    ./usr/share/man/zh_CN/man1/cloudbackupctl.1.gz ./usr/lib/sysusers.d/cloudbackup.conf \
    ./usr/share/doc/cloudbackup-cli/copyright ./usr/share/doc/cloudbackup-cli/changelog.gz; do
    has "$cli" "$f"
done
for f in ./usr/bin/cloudbackup ./usr/share/applications/io.cloudbackup.Console.desktop \
    ./usr/share/metainfo/io.cloudbackup.Console.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.cloudbackup.Console.svg ./usr/share/man/man1/cloudbackup.1.gz \
    ./usr/share/doc/cloudbackup/copyright; do
    has "$console" "$f"
done
dpkg-deb -c "$console" | grep -q 'usr/bin/cloudbackupctl' && fail "cloudbackupctl is in both packages"

tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
dpkg-deb -x "$cli" "$tree"
dpkg-deb -x "$console" "$tree"

# Every library a program links comes from a package its package depends on
# (libsodium23 too, once a program links it).
owner() {
    local path
    path=$(realpath "$1")
    { dpkg -S "$path" 2>/dev/null || dpkg -S "${path#/usr}"; } | head -1 | cut -d: -f1
}
for pair in "$cli:usr/bin/cloudbackupctl" "$console:usr/bin/cloudbackup"; do
    deb=${pair%%:*}
    program=$tree/${pair#*:}
    depends=$(field "$deb" Depends)
    needed=$(objdump -p "$program" | awk '$1 == "NEEDED" {print $2}')
    [ -n "$needed" ] || fail "no NEEDED in $program"
    for so in $needed; do
        path=$(ldd "$program" | awk -v so="$so" '$1 == so && $2 == "=>" {print $3} $1 ~ "/" so "$" {print $1}')
        package=$(owner "$path") || fail "no package has $so ($path)"
        depends_on "$depends" "$package" || fail "$(basename "$deb") links $so of $package, not in Depends: $depends"
    done
done

chk=0
for program in "$tree/usr/bin/cloudbackupctl" "$tree/usr/bin/cloudbackup"; do
    symbols=$(readelf --dyn-syms -W "$program")
    grep -q ' __stack_chk_fail@' <<<"$symbols" || fail "no stack protector in $program"
    chk=$((chk + $(grep -c ' __[a-z_]*_chk@' <<<"$symbols" || true)))
done
[ "$chk" -gt 0 ] || fail "no fortified libc call in either program (_FORTIFY_SOURCE)"

desktop-file-validate "$tree/usr/share/applications/io.cloudbackup.Console.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$tree/usr/share/metainfo/io.cloudbackup.Console.metainfo.xml" ||
    fail "appstreamcli validate"

# Manuals: groff has nothing to say, and cloudbackupctl.1 has every command of the table.
for page in man1/cloudbackupctl.1.gz zh_CN/man1/cloudbackupctl.1.gz man1/cloudbackup.1.gz; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$tree/usr/share/man/$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man warnings in $page: $warnings"
done
ctl=$tree/usr/bin/cloudbackupctl
manual=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$tree/usr/share/man/man1/cloudbackupctl.1.gz" 2>/dev/null)
commands=$("$ctl" --lang en --help | sed -n 's/^  \([a-z][a-z-]*\( [a-z][a-z-]*\)\{0,1\}\)\( .*\)\{0,1\}$/\1/p' |
    grep -v '^-')
[ "$(wc -l <<<"$commands")" -ge 20 ] || fail "too few commands read from the usage: $commands"
while read -r c; do
    grep -Eq "^ {7}$c( |$)" <<<"$manual" || fail "the manual lacks \"$c\""
done <<<"$commands"
zh_manual=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$tree/usr/share/man/zh_CN/man1/cloudbackupctl.1.gz" 2>/dev/null)
grep -q '云硬盘' <<<"$zh_manual" || fail "the Chinese manual is not in Chinese"

# One version: the packaged programs print the package's, the console without a display.
ctl_version=$("$ctl" --version)
gui_version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$tree/usr/bin/cloudbackup" --version)
[[ $ctl_version == "cloudbackupctl $version"* ]] || fail "cloudbackupctl --version: $ctl_version"
[ "${ctl_version#cloudbackupctl }" = "${gui_version#cloudbackup }" ] ||
    fail "the versions differ: \"$ctl_version\" and \"$gui_version\""
echo "packages: $(basename "$cli") $(du -k "$cli" | cut -f1) KiB, $(basename "$console") $(du -k "$console" | cut -f1) KiB"
echo "version: $ctl_version"
echo "PASS"
