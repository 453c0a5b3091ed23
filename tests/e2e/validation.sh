#!/bin/sh
# The field's validation suites, coded from raw text: each must stay at or
# above the floor measured when the figure in README.md was recorded.
# Skips (and says so) when ../shared is absent.
dyad=${1:-./dyad}
shared=../shared
. "$(dirname "$0")/lib/check.sh"
check() { # name file floor [dict options]
    name=$1; file=$2; floor=$3; shift 3
    if [ ! -f "$file" ]; then
        echo "skipped: $file absent (../shared not mounted)"; return
    fi
    line=$("$dyad" validate --quiet "$@" "$file" 2>/dev/null | tail -n 1)
    got=${line%% passed*}
    if [ -n "$got" ] && [ "$got" -ge "$floor" ] 2>/dev/null; then
        ok "$name: $line (floor $floor)"
    else
        bad "$name: $line (floor $floor)"
    fi
}
check "PETRARCH unit records" "$shared/validation/PETR.UnitTest.records.xml" 237
check "PETRARCH-2 GSR (Phoenix)" "$shared/validation/PETR2_GSR_validation.xml" 62
check "PETRARCH-2 GSR (dyad's dictionaries)" "$shared/validation/PETR2_GSR_validation.xml" 44 --dicts dict
check "TABARI Validate.text" "$shared/dictionaries/tabari/Validate.text" 191
finish
