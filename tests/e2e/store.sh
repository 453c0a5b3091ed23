#!/bin/sh
# dyad query / dyad plot from the command line: help, usage errors and
# their exit statuses (0 success, 1 failure, 2 bad usage).  The numbers a
# query gives are checked in tests/unit/test_store.c.
# usage: sh tests/e2e/store.sh DYAD_BINARY
dyad=$1
. "$(dirname "$0")/lib/check.sh"
tmp=$(mktemp -d /tmp/dyad-e2e-store.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

exits_with 0 "usage: dyad query DB" "$dyad" query --help
exits_with 0 "usage: dyad plot DB" "$dyad" plot -h
exits_with 2 "which store?" "$dyad" query
exits_with 2 "unknown option --frobnicate" "$dyad" query x.db --frobnicate
exits_with 2 "--dyad \"RUSAFG\"" "$dyad" query x.db --dyad RUSAFG
exits_with 2 "--quad \"7\"" "$dyad" query x.db --quad=7
exits_with 2 "--by \"fortnight\"" "$dyad" query x.db --by fortnight
exits_with 2 "choose one of" "$dyad" query x.db --by month --top-dyads 5
exits_with 2 "--top-actors \"0\"" "$dyad" query x.db --top-actors 0
exits_with 2 "--format \"xml\"" "$dyad" query x.db --format xml
exits_with 2 "both takes no value" "$dyad" query x.db --dyad RUS:AFG --both=yes
exits_with 2 "one store at a time" "$dyad" query a.db b.db
exits_with 2 "where to?" "$dyad" plot x.db --dyad RUS:AFG
exits_with 1 "$tmp/missing.db" "$dyad" query "$tmp/missing.db"
printf 'not a database\n' > "$tmp/text.db"
exits_with 1 "$tmp/text.db" "$dyad" query "$tmp/text.db" --by month
exits_with 1 "$tmp/text.db" "$dyad" plot "$tmp/text.db" --actor RUS -o "$tmp/chart.svg"
finish
