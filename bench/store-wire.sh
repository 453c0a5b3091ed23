#!/bin/sh
# bench/store-wire.sh — the event store at scale, on real coded events.
#
# Codes ../shared/text/wire-stories.jsonl PASSES times into one store, each
# pass with new story ids and dates shifted by a whole number of years, until
# the store holds about a million events; then times a dyad's monthly series.
# Prints figures; not a test.
dyad=${1:-./dyad}
passes=${PASSES:-250}
corpus=../shared/text/wire-stories.jsonl
[ -f "$corpus" ] || { echo "skipped: $corpus absent (../shared not mounted)"; exit 0; }
db=${DB:-/tmp/dyad-store-wire.sqlite}
rm -f "$db" "$db-wal" "$db-shm"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
start=$(date +%s.%N)
k=0
while [ $k -lt "$passes" ]; do
    shift=$((k % 25))
    awk -v k="$k" -v s="$shift" '{
        sub(/"id": "/, "\"id\": \"p" k "-");
        if (match($0, /"date": "[0-9][0-9][0-9][0-9]/)) {
            y = substr($0, RSTART + 9, 4) + s
            $0 = substr($0, 1, RSTART + 8) y substr($0, RSTART + 13)
        }
        print }' "$corpus" > "$tmp"
    "$dyad" code --quiet --db "$db" "$tmp" || exit 1
    k=$((k + 1))
done
end=$(date +%s.%N)
events=$("$dyad" query "$db" --by year --format tsv | awk -F'\t' 'NR > 1 { n += $2 } END { print n }')
echo "store: $passes passes, $events events in $(echo "$end - $start" | bc) s ($(echo "$events / ($end - $start)" | bc) events/s including coding)"
for q in "--dyad USA:CHN --by month" "--dyad USA:CHN --both --by month" "--actor ISR --by month" "--dyad ISR:PSE --both --dedup daily --by month"; do
    best=
    for run in 1 2 3; do
        t0=$(date +%s%N)
        # shellcheck disable=SC2086
        "$dyad" query "$db" $q > /dev/null
        t1=$(date +%s%N)
        ms=$(( (t1 - t0) / 1000000 ))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    echo "query $q: ${best} ms (best of 3, $events events)"
done
