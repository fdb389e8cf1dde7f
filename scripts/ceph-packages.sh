#!/bin/bash
# Install the Debian packages needed to build against librbd and to run a
# throwaway test cluster (scripts/ceph-cluster.sh). Only missing packages are
# installed, so this is a fast no-op on a prepared machine.
set -euo pipefail

# libradospp-dev: librados-dev has only the C header, but <rbd/librbd.hpp>
# includes <rados/librados.hpp>.
PACKAGES=(ceph-mon ceph-osd ceph-mgr ceph-common librbd-dev librados-dev libradospp-dev)

missing=()
for p in "${PACKAGES[@]}"; do
    # `dpkg -s` also succeeds for removed-but-configured packages; check the state.
    if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

echo "ceph-packages: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q >&2
# "policy-rc.d denied" during install is harmless: we never use the services.
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
