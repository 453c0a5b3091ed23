# Shared by the end-to-end scripts (sourced, not run: tests/run.sh only runs
# tests/e2e/*.sh).  Each script counts its own checks in pass/fail and ends
# with `finish`, the "N passed, M failed" line tests/run.sh adds up.
pass=0; fail=0
# A script run alone (not by tests/run.sh, which gives a cache folder of its
# own) must not write the dictionary cache into ~/.cache.
[ -n "$DYAD_CACHE_DIR" ] || { DYAD_NO_CACHE=1; export DYAD_NO_CACHE; }

ok() { pass=$((pass + 1)); echo "ok   $1"; }

# bad NAME [DETAIL...]: the details go to stderr, which tests/run.sh shows
# only for a failing script.
bad() {
    fail=$((fail + 1)); echo "FAIL $1"; shift
    [ $# -gt 0 ] && printf '%s\n' "$@" >&2
    return 0
}

# lines_matching PATTERN...: the lines of $out that contain every pattern.
lines_matching() {
    lines=$out
    for pat in "$@"; do lines=$(printf '%s\n' "$lines" | grep -F -- "$pat"); done
    printf '%s' "$lines"
}

# has_event NAME PATTERN...: some line of $out matches every pattern.
has_event() {
    name=$1; shift
    if [ -n "$(lines_matching "$@")" ]; then ok "$name"; else bad "$name"; fi
}

# lacks_event NAME PATTERN...: no line of $out matches every pattern.
lacks_event() {
    name=$1; shift
    found=$(lines_matching "$@")
    if [ -z "$found" ]; then ok "$name"; else bad "$name" "$found"; fi
}

# exits_with STATUS TEXT COMMAND...: the command exits with STATUS and its
# stdout+stderr contains TEXT.
exits_with() {
    want=$1; text=$2; shift 2
    got_out=$("$@" 2>&1); got=$?
    if [ "$got" -ne "$want" ]; then
        bad "$* exited $got, want $want" "$(printf '%s' "$got_out" | tail -n 5)"
    elif ! printf '%s' "$got_out" | grep -qF -- "$text"; then
        bad "$*: no \"$text\"" "$(printf '%s' "$got_out" | tail -n 5)"
    else
        pass=$((pass + 1))
    fi
}

finish() {
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}
