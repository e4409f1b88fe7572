#!/usr/bin/env bash
# Import benchmark (issue 14): generates an invented canonical CSV of IMPORT_MB megabytes (default 1024) in
# /tmp with scripts/generate-canonical-csv.py, imports it with `werkkracht import` into a fresh database
# under a heap limit, and prints MB/s, the largest heap after a GC (from the GC log) and the largest size
# of the database on the way. Goal: >= 50 MB/s with a heap under 256 MB.
#
# The database is the embedded H2 file (default), or PostgreSQL when IMPORT_PG names a database that this
# script may drop and create (e.g. IMPORT_PG=wk_importbench; server and user from PGHOST, PGPORT, PGUSER,
# default 127.0.0.1:5432 as postgres). With PostgreSQL the same file is also loaded with `psql \copy` into a
# table with the same primary key, in the same run, as the reference the machine allows: the script prints
# the ratio of the two speeds (the machine is shared and noisy; the ratio says more than the MB/s).
#
# Environment (optional): IMPORT_MB (1024), IMPORT_HEAP (256m), IMPORT_TIMEOUT (3600 s), IMPORT_PG,
# IMPORT_CSV (an existing file instead of a generated one), WERKKRACHT_JAR.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mb="${IMPORT_MB:-1024}"
heap="${IMPORT_HEAP:-256m}"
jar="${WERKKRACHT_JAR:-$root/app/target/werkkracht.jar}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
[[ -f "$jar" ]] || (cd "$root" && ./mvnw -q -B -DskipTests package)
work="$(mktemp -d -t werkkracht-import-bench-XXXXXX)"
pg="${IMPORT_PG:-}"
cleanup() {
    rm -rf "$work"
    if [[ -n "$pg" ]]; then dropdb --if-exists "$pg" 2>/dev/null || true; fi
}
trap cleanup EXIT
csv="${IMPORT_CSV:-$work/generated.csv}"
if [[ -z "${IMPORT_CSV:-}" ]]; then
    echo "Generating $mb MB of canonical CSV (invented values) in $csv."
    python3 "$root/scripts/generate-canonical-csv.py" "$csv" "$mb"
fi
size=$(stat -c %s "$csv")
rows=$(($(wc -l <"$csv") - 1))

if [[ -n "$pg" ]]; then
    dropdb --if-exists "$pg"
    createdb "$pg"
    export WERKKRACHT_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$pg" WERKKRACHT_DB_USER="$PGUSER"
    export WERKKRACHT_DB_PASSWORD="${PGPASSWORD:-}"
    dbsize() { psql -d "$pg" -Atc "SELECT pg_database_size(current_database())"; }
    where="PostgreSQL database $pg"
else
    export WERKKRACHT_DATA_DIR="$work/data"
    dbsize() { du -sb "$work/data" | cut -f1; }
    where="the embedded database"
fi
# the default datasets are loaded on the first start: load them first, so that only the import is timed;
# a second start that only lists the datasets measures what starting the JVM and the platform costs
java -jar "$jar" datasets >/dev/null
startup_start=$(date +%s.%N)
java -Xmx"$heap" -jar "$jar" datasets >/dev/null
startup=$(awk -v a="$startup_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
before=$(dbsize)
echo "Importing $((size / 1048576)) MB ($rows rows) into $where with -Xmx$heap."
start=$(date +%s.%N)
timeout "${IMPORT_TIMEOUT:-3600}" java -Xmx"$heap" -Xlog:gc:file="$work/gc.log" \
    -jar "$jar" import "$csv" --dataset import-bench >"$work/import.log" 2>&1 &
pid=$!
max=0
while kill -0 "$pid" 2>/dev/null; do
    s=$(dbsize 2>/dev/null || echo 0)
    ((s > max)) && max=$s
    sleep 1
done
rc=0
wait "$pid" || rc=$?
end=$(date +%s.%N)
after=$(dbsize)
((after > max)) && max=$after
tail -3 "$work/import.log"
seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
speed=$(awk -v s="$size" -v t="$seconds" 'BEGIN { printf "%.1f", s / 1048576 / t }')
heapmax=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
echo "werkkracht import: $seconds s, $speed MB/s, $(awk -v r="$rows" -v t="$seconds" 'BEGIN { printf "%.0f", r / t }') rows/s"
net=$(awk -v t="$seconds" -v s="$startup" 'BEGIN { printf "%.1f", t - s }')
echo "without the start-up ($startup s, a command that only lists the datasets): $net s," \
    "$(awk -v s="$size" -v t="$net" 'BEGIN { printf "%.1f", s / 1048576 / t }') MB/s"
echo "largest heap after a GC: ${heapmax:-?} MB (limit $heap)"
echo "database: $((before / 1048576)) MB before, at most $((max / 1048576)) MB on the way, $((after / 1048576)) MB at the end"

if [[ -n "$pg" && "$rc" == 0 ]]; then
    # the reference: psql \copy of the same file into a table with the same primary key
    psql -q -d "$pg" -c "CREATE TABLE copy_reference (measure VARCHAR(40) NOT NULL, region VARCHAR(64) NOT NULL,
        sector VARCHAR(64) NOT NULL, period VARCHAR(6) NOT NULL, obs_value DOUBLE PRECISION, unit VARCHAR(16) NOT NULL,
        price_basis VARCHAR(7) NOT NULL, status VARCHAR(16), PRIMARY KEY (measure, region, sector, period, price_basis))"
    refstart=$(date +%s.%N)
    psql -q -d "$pg" -c "\\copy copy_reference FROM '$csv' WITH (FORMAT csv, HEADER true, FORCE_NOT_NULL (price_basis))"
    refend=$(date +%s.%N)
    refseconds=$(awk -v a="$refstart" -v b="$refend" 'BEGIN { printf "%.1f", b - a }')
    refspeed=$(awk -v s="$size" -v t="$refseconds" 'BEGIN { printf "%.1f", s / 1048576 / t }')
    echo "psql \\copy (reference, same primary key): $refseconds s, $refspeed MB/s"
    echo "ratio werkkracht / psql \\copy: $(awk -v a="$speed" -v b="$refspeed" 'BEGIN { printf "%.0f %%", 100 * a / b }')" \
        "(without the start-up: $(awk -v s="$size" -v t="$net" -v b="$refspeed" 'BEGIN { printf "%.0f %%", 100 * s / 1048576 / t / b }'))"
fi
exit "$rc"
