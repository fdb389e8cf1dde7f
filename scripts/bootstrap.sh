#!/usr/bin/env bash
# Installs the Debian 12 packages cloudbackup needs to build, test and run.
# Idempotent: asks apt only for what is missing.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libqt6sql6-sqlite libqt6sql6-psql libqcustomplot-dev libqcustomplot2.1-qt6
    libssl-dev libzstd-dev libsodium-dev librbd-dev librados-dev libradospp-dev
    # run: Chinese fonts, Qt's own translations
    fonts-noto-cjk qt6-translations-l10n
    # tests: a throwaway Ceph cluster and PostgreSQL, a real X server for screenshots,
    # QEMU and flock(1) holding file volumes; systemd-analyze and restic as the references
    # for schedules and retention, faketime for a clock the tests choose
    ceph-mon ceph-osd ceph-mgr ceph-common postgresql xvfb xauth time qemu-utils util-linux
    systemd restic faketime
    # the install test and the guide read and mark a catalog
    sqlite3
    # packages (scripts/package.sh) and their checks
    dpkg-dev lintian desktop-file-utils appstream man-db
)
if [ "${1:-}" = "--bench" ]; then
    packages+=(borgbackup zstd)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
echo "Installing: ${missing[*]}" >&2
$sudo apt-get update -qq
# Daemons must not be started by the package scripts; ours start their own.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
