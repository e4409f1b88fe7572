#!/usr/bin/env bash
# Replays issue 9's over-time attack on the survey against a running server (METHODS.md §10, ADR 0011):
# an employer reads a team's results at n = 6, waits for one more answer, reads again at n = 7 and
# tries 7·new − 6·old. Starts `serve` on 127.0.0.1 with a fresh data dir, makes an employer account and
# token with the CLI, and then works only through the HTTP API: creates an organisation and a scan
# with teams A and B, has employees answer through the public API, and reads every results view after
# each answer. Passes (exit 0) when no view of the open scan holds a score, the closed scan has one
# version, and an answer after closing is refused. Rerunnable: own port and data dir, removed afterwards.
#
# Environment (optional): ATTACK_PORT (a free port), WERKKRACHT_JAR (app/target/werkkracht.jar, built
# when missing; WERKKRACHT_REBUILD=1 rebuilds it).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${WERKKRACHT_JAR:-$root/app/target/werkkracht.jar}"
host=127.0.0.1

die() {
    echo "survey-attack: FAILED: $*" >&2
    exit 1
}

[[ -f "$jar" && "${WERKKRACHT_REBUILD:-0}" != "1" ]] || (cd "$root" && ./mvnw -q -B -DskipTests package) \
    || die "the build failed"
command -v jq >/dev/null || die "jq is needed (Debian package jq)"

workdir="$(mktemp -d -t werkkracht-attack-XXXXXX)"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT
export WERKKRACHT_DATA_DIR="$workdir/data" WERKKRACHT_ADMIN_PASSWORD="attack-$RANDOM-$RANDOM-$RANDOM"

echo "Making an employer account and API token with the CLI."
java -jar "$jar" users add attacker --role EMPLOYER --password-stdin <<<"attacker password 2026" >/dev/null
token="$(java -jar "$jar" users token attacker --name attack | tail -1)"

port="${ATTACK_PORT:-$((20000 + RANDOM % 40000))}"
java -jar "$jar" serve --server.port="$port" --server.address="$host" >"$workdir/server.log" 2>&1 &
server_pid=$!
base="http://$host:$port"
for _ in $(seq 1 180); do
    curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$server_pid" 2>/dev/null || { tail -30 "$workdir/server.log" >&2; die "the server stopped"; }
    sleep 1
done
echo "Server up on $base."

auth=(-H "Authorization: Bearer $token")
json=(-H "Content-Type: application/json")
org=$(curl -fsS "${auth[@]}" "${json[@]}" -X POST "$base/api/v1/organisations" \
    -d '{"name":"Aanvalstest (verzonnen)","sector":"F","sizeClass":"10-49","region":"CR22"}' | jq -r .id)
scan=$(curl -fsS "${auth[@]}" "${json[@]}" -X POST "$base/api/v1/organisations/$org/scans" \
    -d "{\"teams\":[\"A\",\"B\"],\"closesAt\":\"$(date -d '+14 days' +%F)\"}" | jq -r .id)
mapfile -t tokens < <(curl -fsS "${auth[@]}" "${json[@]}" -X POST "$base/api/v1/scans/$scan/invitations" \
    -d '{"count":13}' | jq -r '.tokens[]')
items=$(curl -fsS "$base/api/v1/public/scans/${tokens[0]}" | jq -r '[.scales[].items[].id]')

answer() { # answer TOKEN TEAM VALUE → HTTP status
    local body
    body=$(jq -n --arg team "$2" --argjson items "$items" --argjson v "$3" \
        '{team: $team, answers: ($items | map({(.): $v}) | add)}')
    curl -s -o /dev/null -w '%{http_code}' "${json[@]}" -X POST "$base/api/v1/public/scans/$1/responses" -d "$body"
}

# every view an employer has of the scan's results: "status" or the body's scores
read_views() {
    local r="$base/api/v1/scans/$scan/results"
    printf 'json=%s csv=%s xlsx=%s ' \
        "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$r")" \
        "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$r?format=csv")" \
        "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$r?format=xlsx")"
    printf 'report.top=%s ' "$(curl -fsS "${auth[@]}" "$base/api/v1/organisations/$org/report" | jq -c '.top.pillars')"
    printf 'followup=%s ' "$(curl -fsS "${auth[@]}" "$base/api/v1/organisations/$org/followup/scans" | jq -c '.latest')"
    printf 'export=%s\n' "$(curl -fsS "${auth[@]}" "$base/api/v1/organisations/$org/export?format=json" \
        | jq -c '[.scans[].results]')"
}

for t in "${tokens[@]:0:5}"; do [[ $(answer "$t" B 2) == 201 ]] || die "an answer was refused"; done
for t in "${tokens[@]:5:6}"; do [[ $(answer "$t" A 4) == 201 ]] || die "an answer was refused"; done
at6=$(read_views)
echo "Team A at n = 6: $at6"
[[ $(answer "${tokens[11]}" A 1) == 201 ]] || die "the seventh answer was refused"
at7=$(read_views)
echo "Team A at n = 7: $at7"
expected='json=409 csv=409 xlsx=409 report.top=[] followup=null export=[null]'
[[ "$at6" == "$expected" && "$at7" == "$expected" ]] \
    || die "a view of the open scan showed something: 7·new − 6·old may be possible"
echo "No view of the open scan holds a score: nothing to subtract."

closed=$(curl -fsS "${auth[@]}" -X POST "$base/api/v1/scans/$scan/close" | jq -r .open)
[[ "$closed" == "false" ]] || die "the scan did not close"
first=$(curl -fsS "${auth[@]}" "$base/api/v1/scans/$scan/results" | jq -c '.groups')
late=$(answer "${tokens[12]}" A 5)
second=$(curl -fsS "${auth[@]}" "$base/api/v1/scans/$scan/results" | jq -c '.groups')
[[ "$late" == 410 ]] || die "an answer after closing was not refused ($late)"
[[ "$first" == "$second" ]] || die "the closed scan's results changed"
echo "Closed: one version, team A = $(jq -c '.[] | select(.group == "A") | {n, tech: .scales["tech.tools"]}' <<<"$first")"
echo "An answer after closing: $late. PASSED: the over-time attack finds nothing to difference."
