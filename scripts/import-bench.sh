#!/usr/bin/env bash
# Import benchmark (issue 14): generates an invented canonical CSV of IMPORT_MB megabytes (default 1024) in
# /tmp with scripts/generate-canonical-csv.py, imports it with `werkkracht import` into a fresh embedded
# database under a heap limit, and prints MB/s, the largest heap after a GC (from the GC log) and the
# largest size of the data directory on the way. Goal: >= 50 MB/s with a heap under 256 MB.
# Environment (optional): IMPORT_MB (1024), IMPORT_HEAP (256m), IMPORT_TIMEOUT (3600 s), WERKKRACHT_JAR.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mb="${IMPORT_MB:-1024}"
heap="${IMPORT_HEAP:-256m}"
jar="${WERKKRACHT_JAR:-$root/app/target/werkkracht.jar}"
[[ -f "$jar" ]] || (cd "$root" && ./mvnw -q -B -DskipTests package)
work="$(mktemp -d -t werkkracht-import-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
csv="$work/generated.csv"
echo "Generating $mb MB of canonical CSV (invented values) in $csv."
python3 "$root/scripts/generate-canonical-csv.py" "$csv" "$mb"
size=$(stat -c %s "$csv")
# the default datasets are loaded on the first start: load them first, so that only the import is timed
WERKKRACHT_DATA_DIR="$work/data" java -jar "$jar" datasets >/dev/null
echo "Importing $((size / 1048576)) MB with -Xmx$heap."
WERKKRACHT_DATA_DIR="$work/data" timeout "${IMPORT_TIMEOUT:-3600}" java -Xmx"$heap" -Xlog:gc:file="$work/gc.log" \
    -jar "$jar" import "$csv" --dataset import-bench >"$work/import.log" 2>&1 &
pid=$!
start=$(date +%s.%N)
max=0
while kill -0 "$pid" 2>/dev/null; do
    s=$(du -sb "$work/data" | cut -f1)
    ((s > max)) && max=$s
    sleep 1
done
rc=0
wait "$pid" || rc=$?
end=$(date +%s.%N)
tail -3 "$work/import.log"
awk -v s="$size" -v a="$start" -v b="$end" 'BEGIN { printf "%.1f s, %.1f MB/s\n", b - a, s / 1048576 / (b - a) }'
echo "largest heap after a GC: $(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1) MB (limit $heap)"
echo "largest data directory: $((max / 1048576)) MB; at the end: $(($(du -sb "$work/data" | cut -f1) / 1048576)) MB"
exit "$rc"
