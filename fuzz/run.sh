#!/bin/sh
# Runs each fuzz target for SECONDS on its seed corpus, one at a time
# (one process each: the machine's cores are shared), keeps the corpus it
# grows in FUZZ_DIR/corpus/TARGET for the next run, adds the time spent to
# FUZZ_DIR/hours.tsv, and lists the crashes found.  Exits 1 when a target
# left a crash, leak or timeout file.
# usage: sh fuzz/run.sh FUZZ_DIR SECONDS TARGET...
dir=$1; seconds=$2; shift 2
mkdir -p "$dir/crashes" "$dir/logs"
found=0
for t in "$@"; do
    if [ "$t" = code_petrarch ] && [ ! -d "${DYAD_SHARED:-../shared}/dictionaries/petrarch-validate" ]; then
        echo "skip $t: no ../shared/dictionaries/petrarch-validate"; continue
    fi
    rm -rf "$dir/seed/$t"
    sh fuzz/seed.sh "$t" "$dir/seed/$t" || exit 2
    mkdir -p "$dir/corpus/$t"
    before=$(ls "$dir/crashes" | grep -c "^$t-")
    # A dictionary image holds its hash tables whole: the smallest is 150 KB.
    max_len=16384; [ "$t" = dict_image ] && max_len=262144
    start=$(date +%s)
    "$dir/$t" "$dir/corpus/$t" "$dir/seed/$t" -max_total_time="$seconds" -max_len=$max_len \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$dir/crashes/$t-" > "$dir/logs/$t.log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/logs/$t.log")
    secs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$dir/logs/$t.log" | awk '{print $5}')
    # A run stopped by a finding prints no "Done" line: count the time it ran.
    [ -n "$secs" ] || secs=$(($(date +%s) - start))
    printf '%s\t%s\t%s\t%s\n' "$t" "$secs" "${runs:-0}" "$(date +%F)" >> "$dir/hours.tsv"
    after=$(ls "$dir/crashes" | grep -c "^$t-")
    if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
        found=1
        echo "CRASH $t (exit $status): see $dir/logs/$t.log"
        grep -m3 -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$dir/logs/$t.log"
    else
        echo "ok    $t: ${runs:-?} runs in $secs s, corpus $(ls "$dir/corpus/$t" | wc -l)"
    fi
done
awk -F'\t' '{ s[$1] += $2 } END { for (t in s) printf "  %-14s %6.1f min in total\n", t, s[t] / 60 }' \
    "$dir/hours.tsv" | sort
exit $found
