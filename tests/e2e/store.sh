#!/bin/sh
# dyad query / dyad plot from the command line: help, usage errors and
# their exit statuses (0 success, 1 failure, 2 bad usage).  The numbers a
# query gives are checked in tests/unit/test_store.c.
# usage: sh tests/e2e/store.sh DYAD_BINARY
dyad=$1
pass=0; fail=0
tmp=$(mktemp -d /tmp/dyad-e2e-store.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# expect STATUS TEXT_IN_OUTPUT COMMAND...: the command exits with STATUS
# and its stdout+stderr contains TEXT_IN_OUTPUT.
expect() {
    want=$1; text=$2; shift 2
    out=$("$@" 2>&1); got=$?
    if [ "$got" -ne "$want" ]; then
        fail=$((fail + 1)); echo "FAIL: $* exited $got, want $want: $out" >&2
    elif ! printf '%s' "$out" | grep -qF -- "$text"; then
        fail=$((fail + 1)); echo "FAIL: $*: no \"$text\" in: $out" >&2
    else
        pass=$((pass + 1))
    fi
}

expect 0 "usage: dyad query DB" "$dyad" query --help
expect 0 "usage: dyad plot DB" "$dyad" plot -h
expect 2 "which store?" "$dyad" query
expect 2 "unknown option --frobnicate" "$dyad" query x.db --frobnicate
expect 2 "--dyad \"RUSAFG\"" "$dyad" query x.db --dyad RUSAFG
expect 2 "--quad \"7\"" "$dyad" query x.db --quad=7
expect 2 "--by \"fortnight\"" "$dyad" query x.db --by fortnight
expect 2 "choose one of" "$dyad" query x.db --by month --top-dyads 5
expect 2 "--top-actors \"0\"" "$dyad" query x.db --top-actors 0
expect 2 "--format \"xml\"" "$dyad" query x.db --format xml
expect 2 "both takes no value" "$dyad" query x.db --dyad RUS:AFG --both=yes
expect 2 "one store at a time" "$dyad" query a.db b.db
expect 2 "where to?" "$dyad" plot x.db --dyad RUS:AFG
expect 1 "$tmp/missing.db" "$dyad" query "$tmp/missing.db"
printf 'not a database\n' > "$tmp/text.db"
expect 1 "$tmp/text.db" "$dyad" query "$tmp/text.db" --by month
expect 1 "$tmp/text.db" "$dyad" plot "$tmp/text.db" --actor RUS -o "$tmp/chart.svg"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
