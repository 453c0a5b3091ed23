#!/bin/sh
# dyad dict check / dyad dict lookup from the command line: dyad's own
# dictionaries lint clean, a broken file gives the exact message and exit
# 1, --stats prints the coverage line, lookup shows dated codes.  The
# Phoenix lines run only when ../shared holds the Phoenix dictionaries.
# usage: sh tests/e2e/dict.sh DYAD_BINARY
dyad=$1
pass=0; fail=0
tmp=$(mktemp -d /tmp/dyad-e2e-dict.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# expect STATUS TEXT_IN_OUTPUT COMMAND...: the command exits with STATUS
# and its stdout+stderr contains TEXT_IN_OUTPUT.
expect() {
    want=$1; text=$2; shift 2
    out=$("$@" 2>&1); got=$?
    if [ "$got" -ne "$want" ]; then
        fail=$((fail + 1)); echo "FAIL: $* exited $got, want $want: $(printf '%s' "$out" | tail -n 5)" >&2
    elif ! printf '%s' "$out" | grep -qF -- "$text"; then
        fail=$((fail + 1)); echo "FAIL: $*: no \"$text\" in: $(printf '%s' "$out" | tail -n 5)" >&2
    else
        pass=$((pass + 1))
    fi
}

# dyad's own dictionaries: warnings at most.
expect 0 "0 errors" "$dyad" dict check
expect 0 "CAMEO event codes have a pattern or a verb default" "$dyad" dict check --stats
expect 0 "load time:" "$dyad" dict check --stats
expect 0 "people with dated terms" "$dyad" dict check --stats dict

# A broken file: the loader's message with file and line, exit 1.
printf 'actor RUS : Russia\nactr RUS : Moscow\n' > "$tmp/broken.dyad"
expect 1 "$tmp/broken.dyad:2: error: unknown entry kind \"ACTR\"" "$dyad" dict check "$tmp/broken.dyad"
printf 'verb 040 : meet\npattern 0999 : * (with +)\n' > "$tmp/codes.dyad"
expect 1 "$tmp/codes.dyad:2: error: \"0999\" is not a CAMEO event code" "$dyad" dict check "$tmp/codes.dyad"
printf 'actor RUS : Russia | Moscow\nactor RUS : Moscow\n' > "$tmp/dup.dyad"
expect 0 "$tmp/dup.dyad:2: warning: duplicate actor phrase \"MOSCOW\" (also at $tmp/dup.dyad:1)" \
    "$dyad" dict check "$tmp/dup.dyad"
expect 1 "stats: not available" "$dyad" dict check --stats "$tmp/broken.dyad"

# Usage errors.
expect 2 "usage: dyad dict check" "$dyad" dict
expect 0 "usage: dyad dict check" "$dyad" dict --help
expect 2 "unknown subcommand" "$dyad" dict frobnicate
expect 2 "unknown option --frobnicate" "$dyad" dict check --frobnicate
printf 'RUSSIA [RUS]\n' > "$tmp/mystery.txt"
expect 2 "cannot tell what the file holds" "$dyad" dict check "$tmp/mystery.txt"
expect 2 "which phrase?" "$dyad" dict lookup
expect 2 "--date needs YYYY-MM-DD" "$dyad" dict lookup Russia --date 15/10/2021

# lookup: every dated code, the one chosen for the date, file and line.
expect 0 "South Sudan → actor SDN (SDN@..2011-07-08 SSD@2011-07-09..) [" \
    "$dyad" dict lookup "South Sudan" --date 2010-01-01
expect 0 "South Sudan → actor SSD (" "$dyad" dict lookup "South Sudan" --date 2021-10-15
expect 0 "Taliban → actor AFGGOV (" "$dyad" dict lookup Taliban --date 2021-10-15
expect 0 "spokeswoman → agent ~GOV" "$dyad" dict lookup "Russian spokeswoman"
expect 0 "met → verb MEET, default 040" "$dyad" dict lookup met
expect 0 "horoscope → discard (story)" "$dyad" dict lookup horoscope
expect 1 "xyzzy → not in the dictionaries" "$dyad" dict lookup xyzzy

phoenix=../shared/dictionaries/phoenix
[ -d "$phoenix" ] || phoenix=/work/shared/dictionaries/phoenix
if [ -d "$phoenix" ]; then
    expect 1 "CAMEO event codes have a pattern or a verb default" "$dyad" dict check --stats --dicts "$phoenix"
    expect 0 "Vladimir Putin → actor RUSGOV (RUSELI@1970-01-01..1999-08-09" \
        "$dyad" dict lookup "Vladimir Putin" --date 2021-10-15 --dicts "$phoenix"
else
    echo "dict.sh: no Phoenix dictionaries in ../shared: Phoenix checks skipped" >&2
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
