#!/usr/bin/env bash
# The public monitor against nginx, in one run: starts `serve` on 127.0.0.1 with a fresh data dir (the
# default dataset), copies the exact bytes of each measured answer into a directory that an nginx of its
# own serves as static files on another loopback port, then runs wrk (100 connections, 2 threads, 20 s
# by default) against both, one address at a time:
#   /api/v1/regions?level=province&year=2017   (the cached JSON of the map)
#   /api/v1/regions/NL32/summary?year=2017      (one region's summary)
#   /monitor?level=province&year=2017           (the overview page)
#   /monitor/region/NL32?year=2017              (a region page)
# and prints throughput, p50/p95/p99, Werkkracht's throughput as a share of nginx's, and the goals of
# issue 14: JSON >= 30 % of nginx with p99 < 50 ms, pages p95 < 50 ms. Neither side compresses (wrk sends
# no Accept-Encoding); nginx logs nothing, as Werkkracht's prepared answers do not.
# Installs the Debian packages wrk and nginx when missing (apt-get; as root or through sudo). Rerunnable:
# every run takes free ports and its own temporary directory, and stops both servers at the end.
#
# Environment (all optional): LOAD_CONNECTIONS (100), LOAD_THREADS (2), LOAD_DURATION (20s), LOAD_WARMUP
# (5s), WERKKRACHT_JAR (app/target/werkkracht.jar, built when missing; WERKKRACHT_REBUILD=1 rebuilds it),
# LOAD_JAVA_OPTS (JVM options for the server).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
connections="${LOAD_CONNECTIONS:-100}"
threads="${LOAD_THREADS:-2}"
duration="${LOAD_DURATION:-20s}"
warmup="${LOAD_WARMUP:-5s}"
jar="${WERKKRACHT_JAR:-$root/app/target/werkkracht.jar}"
startup_seconds=240
host=127.0.0.1
# address | file nginx serves it as | kind (json: the throughput goal; page: the p95 goal)
targets=(
    "/api/v1/regions?level=province&year=2017|regions.json|json"
    "/api/v1/regions/NL32/summary?year=2017|summary.json|json"
    "/monitor?level=province&year=2017|overview.html|page"
    "/monitor/region/NL32?year=2017|region.html|page"
)

die() {
    echo "load-monitor: $*" >&2
    exit 1
}

install_packages() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
    ((${#missing[@]} == 0)) && return
    echo "Installing ${missing[*]} (Debian packages)."
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"; } \
        >/dev/null || die "could not install ${missing[*]}; install the Debian packages and run again"
}

build_jar() {
    if [[ -f "$jar" && "${WERKKRACHT_REBUILD:-0}" != "1" ]]; then
        return
    fi
    echo "Building $jar (no tests)."
    (cd "$root" && ./mvnw -q -B -DskipTests package) || die "the build failed"
    [[ -f "$jar" ]] || die "the build made no $jar"
}

port_in_use() {
    (exec 3<>"/dev/tcp/$host/$1") 2>/dev/null
}

free_port() {
    local p
    for _ in $(seq 1 50); do
        p=$((20000 + RANDOM % 40000))
        if ! port_in_use "$p"; then
            echo "$p"
            return
        fi
    done
    die "no free port found"
}

workdir="$(mktemp -d -t werkkracht-monitor-load-XXXXXX)"
server_pid=""
nginx_started=""
cleanup() {
    if [[ -n "$nginx_started" && -f "$workdir/nginx.pid" ]]; then
        kill "$(cat "$workdir/nginx.pid")" 2>/dev/null || true
    fi
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 1
        done
        kill -9 "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_werkkracht() {
    port="$(free_port)"
    echo "Starting serve on http://$host:$port with a fresh data dir."
    # shellcheck disable=SC2086 # LOAD_JAVA_OPTS is a list of options
    WERKKRACHT_DATA_DIR="$workdir/data" WERKKRACHT_ADMIN_PASSWORD="load-$RANDOM-$RANDOM-$RANDOM" \
        java ${LOAD_JAVA_OPTS:-} -jar "$jar" serve --server.port="$port" --server.address="$host" \
        >"$workdir/server.log" 2>&1 &
    server_pid=$!
    local waited=0
    until curl -fsS "http://$host:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$server_pid" 2>/dev/null || { tail -30 "$workdir/server.log" >&2; die "serve stopped during startup"; }
        ((waited < startup_seconds)) || { tail -30 "$workdir/server.log" >&2; die "serve not healthy in ${startup_seconds}s"; }
        sleep 1
        waited=$((waited + 1))
    done
    echo "Healthy after ${waited}s."
}

# Copies each answer's bytes (no compression asked) into nginx's directory and starts nginx on it.
start_nginx() {
    mkdir -p "$workdir/www" "$workdir/nginx-tmp"
    local t path file status
    for t in "${targets[@]}"; do
        IFS='|' read -r path file _ <<<"$t"
        status=$(curl -s -o "$workdir/www/$file" -w '%{http_code}' "http://$host:$port$path")
        [[ "$status" == "200" ]] || die "GET $path answered $status, not 200"
    done
    # nginx's workers run as another user when it is started as root: they must read the files
    chmod 755 "$workdir" "$workdir/www"
    chmod 644 "$workdir/www/"*
    nginx_port="$(free_port)"
    cat >"$workdir/nginx.conf" <<EOF
worker_processes auto;
pid $workdir/nginx.pid;
error_log $workdir/nginx-error.log;
events { worker_connections 1024; }
http {
    types { application/json json; text/html html; }
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $workdir/nginx-tmp;
    proxy_temp_path $workdir/nginx-tmp;
    fastcgi_temp_path $workdir/nginx-tmp;
    uwsgi_temp_path $workdir/nginx-tmp;
    scgi_temp_path $workdir/nginx-tmp;
    server {
        listen $host:$nginx_port;
        root $workdir/www;
    }
}
EOF
    local nginx_bin
    nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
    "$nginx_bin" -c "$workdir/nginx.conf" -e "$workdir/nginx-error.log" || die "nginx did not start"
    nginx_started=1
    for t in "${targets[@]}"; do
        IFS='|' read -r _ file _ <<<"$t"
        curl -fsS -o /dev/null "http://$host:$nginx_port/$file" || die "nginx does not serve $file"
    done
    echo "nginx serves the same bytes on http://$host:$nginx_port."
}

# run_wrk DURATION CONNECTIONS THREADS URL -> the report block of load-test.lua
run_wrk() {
    timeout 300 wrk --latency --timeout 5s -d "$1" -c "$2" -t "$3" -s "$root/scripts/load-test.lua" "$4" \
        | sed -n '/^--- load-test report ---$/,$p' | tail -n +2
}

field() { sed -n "s/^$1: \([0-9.]*\).*/\1/p" <<<"$2" | head -1; }

install_packages
build_jar
start_werkkracht
start_nginx

echo "Machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(nginx -v 2>&1)."
echo "wrk: $connections connections, $threads threads, $duration per address (warm-up $warmup)."

summary=()
failed=0
for t in "${targets[@]}"; do
    IFS='|' read -r path file kind <<<"$t"
    wk_url="http://$host:$port$path"
    ng_url="http://$host:$nginx_port/$file"
    run_wrk "$warmup" "$connections" "$threads" "$wk_url" >/dev/null
    run_wrk "$warmup" "$connections" "$threads" "$ng_url" >/dev/null
    echo
    echo "=== GET $path ($(wc -c <"$workdir/www/$file") bytes) ==="
    wk=$(run_wrk "$duration" "$connections" "$threads" "$wk_url")
    echo "Werkkracht:"
    sed 's/^/  /' <<<"$wk"
    ng=$(run_wrk "$duration" "$connections" "$threads" "$ng_url")
    echo "nginx (same bytes, static file):"
    sed 's/^/  /' <<<"$ng"
    wk_rps=$(field throughput "$wk")
    ng_rps=$(field throughput "$ng")
    ratio=$(awk -v a="$wk_rps" -v b="$ng_rps" 'BEGIN { printf "%.1f", 100 * a / b }')
    p50=$(field p50 "$wk")
    p95=$(field p95 "$wk")
    p99=$(field p99 "$wk")
    if [[ "$kind" == json ]]; then
        goal="ratio >= 30 % and p99 < 50 ms"
        ok=$(awk -v r="$ratio" -v p="$p99" 'BEGIN { print (r >= 30 && p < 50) ? "met" : "NOT met" }')
    else
        goal="p95 < 50 ms"
        ok=$(awk -v p="$p95" 'BEGIN { print (p < 50) ? "met" : "NOT met" }')
    fi
    [[ "$ok" == met ]] || failed=1
    summary+=("$(printf '%-40s %9s %9s %6s %%  %7s %7s %7s  %s: %s' "$path" "$wk_rps" "$ng_rps" "$ratio" \
        "$p50" "$p95" "$p99" "$goal" "$ok")")
done

echo
echo "=== Summary (requests/s; Werkkracht's latency in ms) ==="
printf '%-40s %9s %9s %8s  %7s %7s %7s  %s\n' address werkkracht nginx ratio p50 p95 p99 goal
printf '%s\n' "${summary[@]}"
((failed == 0)) && echo "All goals met." || echo "Some goals NOT met (see above)."
