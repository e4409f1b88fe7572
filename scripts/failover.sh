#!/usr/bin/env bash
# Three Werkkracht instances on one PostgreSQL behind nginx on loopback; one is killed with kill -9 under
# a mixed load (issue 14, ADR 0027). Checks that no acknowledged response is lost, logged-in users stay
# logged in, the import is all or nothing, and every surviving instance serves the new data
# (scripts/failover-load.py does the load and the checks and prints the figures).
#
# Uses a database of its own on the PostgreSQL at FAILOVER_PG_HOST:FAILOVER_PG_PORT (default
# 127.0.0.1:5432, user postgres, trust), created and dropped here; nginx (Debian package, installed when
# missing and apt-get is there). Environment (optional): FAILOVER_DURATION (s, default 40),
# FAILOVER_KILL_AFTER (s, default 15), FAILOVER_IMPORT_ROWS (default 20000), WERKKRACHT_JAR
# (app/target/werkkracht.jar, built when missing; WERKKRACHT_REBUILD=1 rebuilds it).
# Exit 0 when every check passed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${WERKKRACHT_JAR:-$root/app/target/werkkracht.jar}"
pg_host="${FAILOVER_PG_HOST:-127.0.0.1}"
pg_port="${FAILOVER_PG_PORT:-5432}"
pg_user="${FAILOVER_PG_USER:-postgres}"
db="wk_failover_$$_$RANDOM"

die() {
    echo "failover: FAILED: $*" >&2
    exit 1
}

[[ -f "$jar" && "${WERKKRACHT_REBUILD:-0}" != "1" ]] || (cd "$root" && ./mvnw -q -B -DskipTests package) \
    || die "the build failed"
if ! command -v nginx >/dev/null && [[ ! -x /usr/sbin/nginx ]]; then
    command -v apt-get >/dev/null || die "nginx is needed (Debian package nginx)"
    apt-get install -y -q nginx-light >/dev/null 2>&1 || apt-get install -y -q nginx >/dev/null || die "cannot install nginx"
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
command -v psql >/dev/null || die "psql is needed (Debian package postgresql-client)"

work="$(mktemp -d -t werkkracht-failover-XXXXXX)"
pids=()
cleanup() {
    [[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
        >/dev/null 2>&1 || true
    if [[ "${FAILOVER_KEEP:-0}" == "1" ]]; then
        echo "logs kept in $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -qc "CREATE DATABASE $db" >/dev/null \
    || die "cannot create the database $db on $pg_host:$pg_port"

base_port=$((20000 + RANDOM % 30000))
lb_port=$base_port
ports=($((base_port + 1)) $((base_port + 2)) $((base_port + 3)))
admin_password="failover-admin-$RANDOM-$RANDOM-$RANDOM"

start_instance() { # start_instance INDEX
    local i=$1
    WERKKRACHT_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$db" WERKKRACHT_DB_USER="$pg_user" \
        WERKKRACHT_ADMIN_PASSWORD="$admin_password" WERKKRACHT_DATA_DIR="$work/data$i" \
        WERKKRACHT_INSTANCE="instance-$((i + 1))" \
        java -Xmx512m -jar "$jar" serve --server.port="${ports[$i]}" --server.address=127.0.0.1 \
        --werkkracht.scan.public-requests-per-minute=1000000 >"$work/instance$((i + 1)).log" 2>&1 &
    pids[$i]=$!
}

wait_ready() { # wait_ready INDEX
    local i=$1
    for _ in $(seq 1 240); do
        curl -fsS "http://127.0.0.1:${ports[$i]}/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && return 0
        kill -0 "${pids[$i]}" 2>/dev/null || { tail -30 "$work/instance$((i + 1)).log" >&2; die "instance $((i + 1)) stopped"; }
        sleep 1
    done
    die "instance $((i + 1)) did not become ready"
}

echo "Starting instance 1 (migrates the database and loads the default datasets)..."
start_instance 0
wait_ready 0
echo "Starting instances 2 and 3..."
start_instance 1
start_instance 2
wait_ready 1
wait_ready 2

mkdir -p "$work/nginx"
# nginx's workers run as an unprivileged user when started by root: let them write their temporary files
chmod 711 "$work"
chmod 777 "$work/nginx"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    client_max_body_size 100m;
    upstream werkkracht {
        server 127.0.0.1:${ports[0]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${ports[2]} max_fails=1 fail_timeout=10s;
    }
    server {
        listen 127.0.0.1:$lb_port;
        location / {
            proxy_pass http://werkkracht;
            # a request that never reached an instance goes to the next; one that did is not repeated
            # (nginx never retries a POST that was sent), so its client sees the failure
            proxy_next_upstream error timeout;
            proxy_connect_timeout 1s;
            proxy_read_timeout 300s;
            proxy_request_buffering off;
            proxy_set_header Host \$host:\$server_port;
            proxy_set_header X-Request-Id \$request_id;
        }
    }
}
CONF
"$nginx_bin" -c "$work/nginx.conf" -p "$work" || die "nginx did not start"
echo "nginx on 127.0.0.1:$lb_port in front of instances on ${ports[*]}; database $db."

instances="http://127.0.0.1:${ports[0]},http://127.0.0.1:${ports[1]},http://127.0.0.1:${ports[2]}"
python3 "$root/scripts/failover-load.py" --base "http://127.0.0.1:$lb_port" --instances "$instances" \
    --admin-password "$admin_password" --kill-pid "${pids[1]}" --kill-index 1 \
    --duration "${FAILOVER_DURATION:-40}" --kill-after "${FAILOVER_KILL_AFTER:-15}" \
    --import-rows "${FAILOVER_IMPORT_ROWS:-20000}"
