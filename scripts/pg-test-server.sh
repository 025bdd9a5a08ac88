#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the test suite.
#   pg-test-server.sh start DIR   initdb in a temporary directory, listen on a free loopback port,
#                                 write DIR/url, DIR/pgpass (the superuser's password) and, with
#                                 TLS, DIR/ca.crt (its CA) and DIR/other-ca.crt (a CA that did not
#                                 sign it)
#   pg-test-server.sh stop DIR    stop it and remove DIR
#   pg-test-server.sh restart DIR stop it (fast: sessions are cut) and start it again, same port
# As root, the server runs as the unprivileged 'postgres' user (initdb refuses root).
# CSODESK_PG_DURABLE=1 keeps fsync on (benchmarks); tests run without it, for speed.
# Authentication is scram-sha-256 on every connection (never trust); TLS is on with a
# certificate for 127.0.0.1/localhost made here by openssl, unless CSODESK_PG_TLS=0.
set -euo pipefail

action=${1:-}
dir=${2:-}
if [[ -z "$action" || -z "$dir" ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

pg_bin=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$candidate/initdb" ]]; then pg_bin=$candidate; break; fi
done
if [[ -z "$pg_bin" ]] && command -v initdb >/dev/null 2>&1; then
    pg_bin=$(dirname "$(command -v initdb)")
fi

as_server_user() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# A CA, a server certificate it signs for 127.0.0.1 and localhost, and an unrelated CA.
make_certificates() {
    local tls=$1 out=$2
    mkdir -p "$tls"
    (
        cd "$tls"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=csodesk test CA" \
            -keyout ca.key -out ca.crt >/dev/null 2>&1
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=another CA" \
            -keyout other-ca.key -out other-ca.crt >/dev/null 2>&1
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr >/dev/null 2>&1
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >san.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext \
            -out server.crt >/dev/null 2>&1
        chmod 600 server.key
    )
    cp "$tls/ca.crt" "$out/ca.crt"
    cp "$tls/other-ca.crt" "$out/other-ca.crt"
}

stop_server() {
    if [[ -f "$dir/server-dir" ]]; then
        local server_dir
        server_dir=$(cat "$dir/server-dir")
        if [[ -f "$server_dir/data/postmaster.pid" && -n "$pg_bin" ]]; then
            as_server_user "$pg_bin/pg_ctl" -D "$server_dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
        fi
        case "$server_dir" in /tmp/csodesk-pg.*) rm -rf "$server_dir" ;; esac
    fi
    rm -rf "$dir"
}

case "$action" in
start)
    if [[ -z "$pg_bin" ]]; then
        echo "PostgreSQL server binaries not found: install the 'postgresql' package (apt-get install postgresql)" >&2
        exit 1
    fi
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        echo "running as root but there is no 'postgres' user to run the server as" >&2
        exit 1
    fi
    stop_server
    mkdir -p "$dir"
    # The server's files live under /tmp: the build tree may sit in a home directory that the
    # unprivileged server user cannot enter.
    server_dir=$(mktemp -d /tmp/csodesk-pg.XXXXXX)
    echo "$server_dir" >"$dir/server-dir"
    mkdir -p "$server_dir/data" "$server_dir/socket"
    if [[ $(id -u) -eq 0 ]]; then chown -R postgres "$server_dir"; fi
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" >"$server_dir/pwfile"
    if [[ $(id -u) -eq 0 ]]; then chown postgres "$server_dir/pwfile"; fi
    as_server_user "$pg_bin/initdb" -D "$server_dir/data" -U csodesk --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
        --pwfile="$server_dir/pwfile" -E UTF8 --locale=C.UTF-8 >"$server_dir/initdb.log" 2>&1 || {
        cat "$server_dir/initdb.log" >&2; exit 1; }
    rm -f "$server_dir/pwfile"
    tls_options=""
    if [[ "${CSODESK_PG_TLS:-1}" != 0 ]]; then
        make_certificates "$server_dir/tls" "$dir"
        if [[ $(id -u) -eq 0 ]]; then chown -R postgres "$server_dir/tls"; fi
        tls_options="-c ssl=on -c ssl_cert_file=$server_dir/tls/server.crt -c ssl_key_file=$server_dir/tls/server.key"
    fi
    # A port is free when the server starts on it; try a handful (several runs may share a machine).
    durability="-c fsync=off -c full_page_writes=off"
    if [[ "${CSODESK_PG_DURABLE:-}" == 1 ]]; then durability=""; fi
    for attempt in $(seq 1 20); do
        port=$(( 20000 + (RANDOM % 40000) ))
        if as_server_user "$pg_bin/pg_ctl" -D "$server_dir/data" -l "$server_dir/server.log" -w -t 30 \
            -o "-p $port -k $server_dir/socket -c listen_addresses=127.0.0.1 $durability $tls_options -c max_connections=300" \
            start >/dev/null 2>&1; then
            echo "postgresql://csodesk@127.0.0.1:$port/postgres" >"$dir/url"
            # libpq finds the password here (PGPASSFILE); it is never part of a URL.
            (umask 077; printf '127.0.0.1:%s:*:csodesk:%s\n' "$port" "$password" >"$dir/pgpass")
            echo "$port" >"$dir/port"
            echo "PostgreSQL test server on 127.0.0.1:$port ($pg_bin)"
            exit 0
        fi
    done
    echo "could not start the PostgreSQL test server:" >&2
    tail -20 "$server_dir/server.log" >&2 || true
    exit 1
    ;;
restart)
    server_dir=$(cat "$dir/server-dir")
    as_server_user "$pg_bin/pg_ctl" -D "$server_dir/data" -l "$server_dir/server.log" -m fast -w -t 30 restart >/dev/null
    echo "PostgreSQL test server restarted"
    ;;
stop)
    stop_server
    echo "PostgreSQL test server stopped"
    ;;
*)
    echo "usage: $0 start|stop|restart DIR" >&2
    exit 2
    ;;
esac
