#!/usr/bin/env bash
# Kills `serve` (kill -9) while employees submit questionnaire answers, restarts it and counts, on the
# embedded H2 database and on PostgreSQL (issue 10): every answer acknowledged with 201 must be stored and
# its invitation used. Runs app.runtime.KillDuringIntakeIT with more runs than CI does: each run starts the
# built jar in its own JVM, sends answers from 8 threads, kills the server after 100-400 acknowledged
# answers, starts it again and checks every acknowledged invitation. PostgreSQL is the one on
# 127.0.0.1:5432 (database test, user postgres; a schema of its own, dropped afterwards).
#
# Environment (optional): KILL_RUNS (default 5), KILL_DATABASE (h2, postgresql or both; default both),
# KILL_H2_OPTIONS (other H2 URL settings, e.g. 'DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000' for the settings
# before issue 10, which lose answers).
# Prints one line per run: acknowledged, stored, lost (acknowledged but not stored), in-flight (no answer
# because the server died), other (any other status). Exits non-zero when an acknowledged answer was lost.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log="$(mktemp -t werkkracht-kill-XXXXXX.log)"
args=(-B -pl app -am verify -Dit.test=KillDuringIntakeIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
    -Dfailsafe.failIfNoSpecifiedTests=false
    "-Dintake.kill.runs=${KILL_RUNS:-5}" "-Dintake.kill.database=${KILL_DATABASE:-both}")
[[ -n "${KILL_H2_OPTIONS:-}" ]] && args+=("-Dintake.kill.h2.options=$KILL_H2_OPTIONS")
echo "Running KillDuringIntakeIT (${KILL_RUNS:-5} runs on ${KILL_DATABASE:-both}); Maven output in $log"
status=0
./mvnw "${args[@]}" >"$log" 2>&1 || status=$?
grep -a '^kill-during-intake ' "$log" | sort -u || true
awk '/^kill-during-intake /{for(i=1;i<=NF;i++){split($i,kv,"=");if(kv[1]=="acknowledged")a+=kv[2];if(kv[1]=="lost")l+=kv[2]}}
     END{printf "total: acknowledged=%d lost=%d\n", a, l}' < <(grep -a '^kill-during-intake ' "$log" | sort -u)
if ((status != 0)); then
    grep -a -E 'Tests run:|FAIL|ERROR\]' "$log" | head -20
    echo "kill-during-intake: FAILED (see $log)" >&2
    exit 1
fi
echo "kill-during-intake: PASSED: no acknowledged answer lost"
