#!/bin/sh
# --threads N writes the same bytes as one thread, in input order, with the
# same counts: on the example, on wire copy when ../shared is present, and on
# a corpus with rejected records.
dyad=${1:-./dyad}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/lib/check.sh"
same() { # name file [options]
    name=$1; file=$2; shift 2
    "$dyad" code "$@" "$file" > "$tmp/one.out" 2> "$tmp/one.err"
    for n in 2 3; do
        "$dyad" code --threads $n "$@" "$file" > "$tmp/many.out" 2> "$tmp/many.err"
        if cmp -s "$tmp/one.out" "$tmp/many.out" && [ "$(tail -n 1 "$tmp/one.err")" = "$(tail -n 1 "$tmp/many.err")" ]; then
            ok "$name, $n threads"
        else
            bad "$name, $n threads"
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

# --db with threads: the same rows as with one thread, and --resume skips
# what the store holds.
same_store() { # name file
    name=$1; file=$2
    rm -f "$tmp/one.db" "$tmp/many.db"
    "$dyad" code --quiet --db "$tmp/one.db" "$file" 2>/dev/null
    "$dyad" code --quiet --threads 2 --db "$tmp/many.db" "$file" 2>/dev/null
    if [ "$(sqlite3 "$tmp/one.db" .dump)" = "$(sqlite3 "$tmp/many.db" .dump)" ] \
       && [ "$(sqlite3 "$tmp/one.db" 'select count(*) from event')" -gt 0 ]; then
        ok "$name: --db with 2 threads stores the same rows"
    else
        bad "$name: --db with 2 threads stores other rows"
    fi
}
if command -v sqlite3 >/dev/null; then
    same_store "mixed corpus" "$tmp/mixed.txt"
    # Story ids carry the file name: both runs read "mixed.txt" from their
    # own folder.
    abs=$(cd "$(dirname "$dyad")" && pwd)/$(basename "$dyad")
    mkdir -p "$tmp/part"
    head -n 300 "$tmp/mixed.txt" > "$tmp/part/mixed.txt"
    (cd "$tmp/part" && "$abs" code --quiet --threads 2 --db ../half.db mixed.txt 2>/dev/null)
    (cd "$tmp" && "$abs" code --threads 2 --resume --db half.db mixed.txt 2> resume.err)
    (cd "$tmp" && "$abs" code --quiet --db whole.db mixed.txt 2>/dev/null)
    if grep -q "^dyad: 299 stories already in" "$tmp/resume.err" \
       && [ "$(sqlite3 "$tmp/half.db" 'select story_id, count(*) from event join story using (story_rowid) group by 1' 2>&1)" \
          = "$(sqlite3 "$tmp/whole.db" 'select story_id, count(*) from event join story using (story_rowid) group by 1' 2>&1)" ]; then
        ok "--resume with 2 threads skips stored stories and completes the store"
    else
        bad "--resume with 2 threads: $(cat "$tmp/resume.err")"
    fi
else
    echo "skipped: no sqlite3 command for the --db checks"
fi
finish
