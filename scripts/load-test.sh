#!/usr/bin/env bash
# Load test of the region-summary API: starts `serve` on 127.0.0.1 with a fresh data dir (the default
# dataset only), warms it up, then runs wrk (100 connections, 2 threads, 30 s by default) against
#   /api/v1/regions?level=province&year=2017      (all provinces, the overview's data)
#   /api/v1/regions/NL32/summary?year=2017         (one region's summary)
# and prints throughput and p50/p95/p99 latency for each. The goal is p95 < 50 ms.
# Rerunnable: every run gets its own port and data dir, and stops the server and removes its files.
#
# Environment (all optional): LOAD_CONNECTIONS (100), LOAD_THREADS (2), LOAD_DURATION (30s),
# LOAD_WARMUP (10s), LOAD_PORT (a free port), WERKKRACHT_JAR (app/target/werkkracht.jar, built when
# missing; WERKKRACHT_REBUILD=1 rebuilds it), LOAD_JAVA_OPTS (JVM options for the server).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
connections="${LOAD_CONNECTIONS:-100}"
threads="${LOAD_THREADS:-2}"
duration="${LOAD_DURATION:-30s}"
warmup="${LOAD_WARMUP:-10s}"
jar="${WERKKRACHT_JAR:-$root/app/target/werkkracht.jar}"
startup_seconds=180
host=127.0.0.1
paths=("/api/v1/regions?level=province&year=2017" "/api/v1/regions/NL32/summary?year=2017")

die() {
    echo "load-test: $*" >&2
    exit 1
}

install_wrk() {
    command -v wrk >/dev/null && return
    echo "Installing wrk (Debian package wrk)."
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk; } >/dev/null \
        || die "could not install wrk; install the Debian package wrk and run again"
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

workdir=""
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 1
        done
        kill -9 "$server_pid" 2>/dev/null || true
    fi
    [[ -n "$workdir" ]] && rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server() {
    workdir="$(mktemp -d -t werkkracht-load-XXXXXX)"
    port="${LOAD_PORT:-$(free_port)}"
    port_in_use "$port" && die "port $port is already in use"
    echo "Starting serve on http://$host:$port with a fresh data dir ($workdir)."
    # shellcheck disable=SC2086 # LOAD_JAVA_OPTS is a list of options
    WERKKRACHT_DATA_DIR="$workdir/data" WERKKRACHT_ADMIN_PASSWORD="load-test-$RANDOM-$RANDOM-$RANDOM" \
        java ${LOAD_JAVA_OPTS:-} -jar "$jar" serve --server.port="$port" --server.address="$host" \
        >"$workdir/server.log" 2>&1 &
    server_pid=$!
    local waited=0
    until curl -fsS "http://$host:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        if ! kill -0 "$server_pid" 2>/dev/null; then
            tail -30 "$workdir/server.log" >&2
            die "the server stopped during startup (log above)"
        fi
        if ((waited >= startup_seconds)); then
            tail -30 "$workdir/server.log" >&2
            die "the server was not healthy within ${startup_seconds}s (log above)"
        fi
        sleep 1
        waited=$((waited + 1))
    done
    echo "Healthy after ${waited}s."
}

check_endpoints() {
    local path status
    for path in "${paths[@]}"; do
        status=$(curl -s -o /dev/null -w '%{http_code}' "http://$host:$port$path")
        [[ "$status" == "200" ]] || die "GET $path answered $status, not 200: the region-summary API is missing or broken"
    done
}

# run_wrk DURATION CONNECTIONS THREADS PATH
run_wrk() {
    # wrk stops by itself after the duration; timeout only guards against a hang.
    timeout 300 wrk --latency --timeout 5s -d "$1" -c "$2" -t "$3" \
        -s "$root/scripts/load-test.lua" "http://$host:$port$4"
}

install_wrk
build_jar
start_server
check_endpoints

echo "Warming up ($warmup per endpoint, 10 connections)."
for path in "${paths[@]}"; do
    run_wrk "$warmup" 10 1 "$path" >/dev/null
done

for path in "${paths[@]}"; do
    echo
    echo "=== GET $path: $connections connections, $threads threads, $duration ==="
    report=$(run_wrk "$duration" "$connections" "$threads" "$path")
    sed -n '/^--- load-test report ---$/,$p' <<<"$report" | tail -n +2
    p95=$(sed -n 's/^p95: \([0-9.]*\) ms$/\1/p' <<<"$report")
    if awk -v p="$p95" 'BEGIN { exit !(p < 50) }'; then
        echo "goal p95 < 50 ms: met ($p95 ms)"
    else
        echo "goal p95 < 50 ms: NOT met ($p95 ms)"
    fi
done
