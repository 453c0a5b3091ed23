#!/bin/sh
# bench/run.sh — throughput of `dyad code` on real wire copy, one thread.
#
# Prints figures; it is not a test and never fails on a slow machine.
# Input: ../shared/text/wire-stories.jsonl (2,452 stories, ~26,000
# sentences) repeated REPEAT times (default 4, ~104,000 sentences), coded
# with the Phoenix dictionaries and with dyad's own.  The same bytes through
# `wc -w` give the reading floor.  "load" is the dictionaries compiled from
# their text (no cache), "cached" read from the compiled cache, which lives
# in a temporary folder here.
dyad=${1:-./dyad}
repeat=${REPEAT:-4}
shared=../shared
corpus=$shared/text/wire-stories.jsonl
phoenix=$shared/dictionaries/phoenix
if [ ! -f "$corpus" ]; then
    echo "skipped: $corpus absent (../shared not mounted)"; exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
DYAD_CACHE_DIR=$tmp/cache; export DYAD_CACHE_DIR
mkdir "$DYAD_CACHE_DIR"
i=0
while [ $i -lt "$repeat" ]; do cat "$corpus"; i=$((i + 1)); done > "$tmp/input.jsonl"
phoenix_opts="--verbs $phoenix/CAMEO.2.0.txt --actors $phoenix/Phoenix.Countries.actors.txt \
  --actors $phoenix/Phoenix.International.actors.txt --actors $phoenix/Phoenix.MilNonState.actors.txt \
  --agents $phoenix/Phoenix.agents.txt --discards $phoenix/Phoenix.discards.txt"

# Seconds (wall) of a command, best of $runs (default 3); peak RSS (KB) of
# the last run; seconds of CPU (user + sys), best of the runs.
measure() {
    best= best_cpu=
    run=0
    while [ $run -lt "${runs:-3}" ]; do
        /usr/bin/time -f "%e %M %U %S" -o "$tmp/time" "$@" > /dev/null 2> "$tmp/stderr"
        read -r secs rss user sys < "$tmp/time"
        cpu=$(echo "$user + $sys" | bc)
        if [ -z "$best" ] || [ "$(echo "$secs < $best" | bc)" = 1 ]; then best=$secs; fi
        if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc)" = 1 ]; then best_cpu=$cpu; fi
        run=$((run + 1))
    done
    echo "$best $rss $best_cpu"
}

report() { # label dict-options...
    label=$1; shift
    set -- "$@"
    # Dictionary load: a one-line story, best of 10 (one run is a few ms),
    # from the text and then from the cache (the first run writes it).
    echo 'date 2021-01-01 x' > "$tmp/one.txt"
    read -r load_s load_rss load_cpu <<EOF2
$(DYAD_NO_CACHE=1 runs=10 measure "$dyad" code "$@" "$tmp/one.txt")
EOF2
    "$dyad" code "$@" "$tmp/one.txt" > /dev/null 2>&1
    read -r cached_s cached_rss cached_cpu <<EOF2
$(runs=10 measure "$dyad" code "$@" "$tmp/one.txt")
EOF2
    read -r secs rss _ <<EOF2
$(measure "$dyad" code "$@" "$tmp/input.jsonl")
EOF2
    counts=$(tail -n 1 "$tmp/stderr")
    sentences=$(echo "$counts" | sed -n 's/.* \([0-9]*\) sentences.*/\1/p')
    events=$(echo "$counts" | sed -n 's/.* \([0-9]*\) events.*/\1/p')
    rate=$(echo "$sentences / $secs" | bc)
    last_sentences=$sentences
    printf '%-22s %9s sentences %8s events %6ss  %7s sentences/s  load %3.0f ms (CPU %3.0f), cached %3.0f ms (CPU %3.0f)  peak RSS %6s KB\n' \
        "$label" "$sentences" "$events" "$secs" "$rate" "$(echo "$load_s * 1000" | bc)" \
        "$(echo "$load_cpu * 1000" | bc)" "$(echo "$cached_s * 1000" | bc)" "$(echo "$cached_cpu * 1000" | bc)" "$rss"
}

echo "dyad code, one thread, $repeat x wire-stories.jsonl ($(wc -c < "$tmp/input.jsonl") bytes)"
report "Phoenix dictionaries" $phoenix_opts
report "dyad dictionaries"
report "dyad, --threads 2" --threads 2
read -r wc_s wc_rss _ <<EOF2
$(measure wc -w "$tmp/input.jsonl")
EOF2
printf '%-22s %6ss  reading floor: %s sentences/s\n' "wc -w" "$wc_s" "$(echo "$last_sentences / $wc_s" | bc)"
