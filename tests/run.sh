#!/bin/sh
# Runs every unit-test program and every end-to-end script, adds up their
# "N passed, M failed" lines, and ends with the grand total.
# usage: tests/run.sh BUILD_DIR DYAD_BINARY
build=$1; dyad=$2
total_pass=0; total_fail=0
# The dictionary cache goes to a folder of the run's own, never ~/.cache.
DYAD_CACHE_DIR=$(mktemp -d /tmp/dyad-test-cache.XXXXXX); export DYAD_CACHE_DIR
run_one() {
    name=$1; shift
    out=$("$@" 2>/tmp/dyad-test-$$.err); status=$?
    line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
    if [ -z "$line" ]; then
        echo "FAIL $name: no summary line (exit $status)"; cat /tmp/dyad-test-$$.err
        total_fail=$((total_fail + 1)); return
    fi
    p=${line%% passed*}; f=${line#*, }; f=${f%% failed}
    [ "$status" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    # (a check misspelled, "no_event" for "lacks_event", is a command the
    # shell cannot find: it says so on stderr and the script goes on,
    # having checked nothing)
    if grep -qE '^[^ ]+: [0-9]+: [^ ]+: not found$' /tmp/dyad-test-$$.err; then f=$((f + 1)); fi
    total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
    if [ "$f" -gt 0 ]; then echo "FAIL $name: $line"; cat /tmp/dyad-test-$$.err; else echo "ok   $name: $line"; fi
}
for t in "$build"/tests/test_*; do
    [ -x "$t" ] && run_one "$(basename "$t")" "$t"
done
for t in tests/e2e/*.sh; do
    [ -f "$t" ] && run_one "$(basename "$t")" sh "$t" "$dyad"
done
rm -f /tmp/dyad-test-$$.err
rm -rf "$DYAD_CACHE_DIR"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
