#!/usr/bin/env bash
# Throwaway PostgreSQL for tests: start DIR | stop DIR | url DIR | bindir DIR.
# Runs as the "postgres" system user on 127.0.0.1. TCP logins need a password
# (scram-sha-256), so a wrong password really fails; only the server's own
# socket in DIR trusts local users, for this script's setup. The superuser
# "postgres" owns the test database; its password is in DIR/password (0600),
# never in the URL: tests hand it over in PGPASSWORD. Every statement is
# logged (DIR/server.log), so tests can check that no password reaches it.
# Everything lives under DIR and is removed by stop.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop|url|bindir DIR" >&2; exit 2; }

need_packages() {
    local missing=()
    for p in postgresql libqt6sql6-psql; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

bindir() {
    ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1
}

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local p
    for p in $(seq 15432 15532); do
        ss -tan | awk '{print $4}' | grep -q ":$p\$" || { echo "$p"; return; }
    done
    echo "no free port" >&2
    exit 1
}

case "$cmd" in
start)
    need_packages
    if [ -f "$dir/port" ] && as_pg "$(bindir)/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        echo "postgresql://postgres@127.0.0.1:$(cat "$dir/port")/cloudbackup_test"
        exit 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    port=$(free_port)
    (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/password")
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/password"
    as_pg "$(bindir)/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$dir/password" --no-sync -E UTF8 >"$dir/initdb.log" 2>&1
    as_pg "$(bindir)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -h 127.0.0.1 -F -c fsync=off -c full_page_writes=off -c log_statement=all" \
        start >/dev/null
    as_pg "$(bindir)/createdb" -h "$dir" -p "$port" -U postgres cloudbackup_test
    echo "$port" >"$dir/port"
    echo "postgresql://postgres@127.0.0.1:$port/cloudbackup_test"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_pg "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
bindir)
    bindir
    ;;
url)
    echo "postgresql://postgres@127.0.0.1:$(cat "$dir/port")/cloudbackup_test"
    ;;
*)
    echo "usage: $0 start|stop|url|bindir DIR" >&2
    exit 2
    ;;
esac
