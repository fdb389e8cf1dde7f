#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and starts the cloudbackup
# console on the embedded default (file volumes, SQLite catalog and the
# repository in ~/.local/share/cloudbackup, or CLOUDBACKUP_HOME).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/bootstrap.sh"
"$root/scripts/build.sh" "$root/build"
if [ -x "$root/build/app/cloudbackup" ]; then
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display: starting under Xvfb (xvfb-run)." >&2
        exec xvfb-run -a "$root/build/app/cloudbackup" "$@"
    fi
    exec "$root/build/app/cloudbackup" "$@"
fi
# Built without the GUI: show the command line's view of the embedded default.
exec "$root/build/app/cloudbackupctl" volume list
