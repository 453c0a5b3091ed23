#!/bin/sh
# --threads N writes the same bytes as one thread, in input order, with the
# same counts: on the example, on wire copy when ../shared is present, and on
# a corpus with rejected records.
dyad=${1:-./dyad}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
same() { # name file [options]
    name=$1; file=$2; shift 2
    "$dyad" code "$@" "$file" > "$tmp/one.out" 2> "$tmp/one.err"
    for n in 2 3; do
        "$dyad" code --threads $n "$@" "$file" > "$tmp/many.out" 2> "$tmp/many.err"
        if cmp -s "$tmp/one.out" "$tmp/many.out" && [ "$(tail -n 1 "$tmp/one.err")" = "$(tail -n 1 "$tmp/many.err")" ]; then
            echo "ok   $name, $n threads"; pass=$((pass + 1))
        else
            echo "FAIL $name, $n threads"; fail=$((fail + 1))
        fi
    done
}
same "example story" examples/story.txt
same "example story, TSV" examples/story.txt --format tsv
{ printf 'date 2021-10-15 Russia met the Taliban in Moscow.\n'
  printf 'date 2021-02-30 Bad date.\n'
  i=0; while [ $i -lt 600 ]; do printf 'date 2021-10-15 Russia attacked Ukraine. Ukraine condemned Russia.\n'; i=$((i + 1)); done
  printf 'date 2021-10-16\n'
  printf 'date 2021-10-17 China criticised the United States.\n'; } > "$tmp/mixed.txt"
same "mixed corpus with rejections, more than one batch" "$tmp/mixed.txt"
if [ -f ../shared/text/wire-stories.jsonl ]; then
    head -n 700 ../shared/text/wire-stories.jsonl > "$tmp/wire.jsonl"
    same "700 wire stories" "$tmp/wire.jsonl"
else
    echo "skipped: ../shared absent"
fi
echo "$pass passed, $fail failed"
