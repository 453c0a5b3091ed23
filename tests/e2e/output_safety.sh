#!/bin/sh
# Where the output goes wrong: a reader that stops early (`| head -1`) must
# end dyad quietly (status 0 or 141, nothing on stderr), whether or not the
# parent ignores SIGPIPE; a full disk or a closed stdout is an error (exit 3,
# one line naming it) and the closing counts line is not printed, since the
# output is not whole.
# usage: sh tests/e2e/output_safety.sh DYAD_BINARY
dyad=$1
case $dyad in /*) ;; *) dyad=$PWD/$dyad ;; esac
. "$(dirname "$0")/lib/check.sh"
tmp=$(mktemp -d /tmp/dyad-e2e-out.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

# 20,000 stories: megabytes of events, far more than a pipe holds.
awk 'BEGIN { for (i = 0; i < 20000; i++) print "date 2021-10-15 Russia met the Taliban in Moscow." }' > big.txt

# head_one NAME IGNORE_PIPE ARG...: `dyad code ARG... | head -n 1`.
head_one() {
    name=$1; ignore=$2; shift 2
    (
        [ "$ignore" = yes ] && trap '' PIPE
        { "$dyad" code "$@" 2> err; echo $? > status; } | head -n 1 > first
    )
    status=$(cat status); lines=$(wc -l < first | tr -d ' ')
    if { [ "$status" = 0 ] || [ "$status" = 141 ]; } && [ ! -s err ] && [ "$lines" = 1 ]; then
        ok "$name (exit $status)"
    else
        bad "$name" "exit $status, $lines lines, stderr: $(cat err)"
    fi
}
head_one "code | head -1" no big.txt
head_one "code | head -1, SIGPIPE ignored" yes big.txt
head_one "code --format tsv | head -1" no --format tsv big.txt
head_one "code --format tsv | head -1, SIGPIPE ignored" yes --format tsv big.txt

# expect_error NAME STATUS STDERR GOT_STATUS: the run just made exited with
# STATUS and wrote exactly STDERR.
expect_error() {
    name=$1; want_status=$2; want_err=$3; status=$4
    if [ "$status" = "$want_status" ] && [ "$(cat err)" = "$want_err" ]; then
        ok "$name"
    else
        bad "$name" "exit $status (want $want_status), stderr: $(cat err) (want: $want_err)"
    fi
}
if [ -w /dev/full ]; then
    "$dyad" code big.txt > /dev/full 2> err
    expect_error "code > /dev/full" 3 "dyad code: error writing output: No space left on device" $?
    head -n 1 big.txt > one.txt
    "$dyad" code one.txt > /dev/full 2> err
    expect_error "one event > /dev/full" 3 "dyad code: error writing output: No space left on device" $?
    "$dyad" code --format tsv one.txt > /dev/full 2> err
    expect_error "tsv > /dev/full" 3 "dyad code: error writing output: No space left on device" $?
    printf 'date 2021-10-15 Hello.\n' > none.txt
    "$dyad" code none.txt > /dev/full 2> err
    expect_error "no events > /dev/full: nothing to fail" 0 \
        "dyad: 1 stories read, 1 sentences, 0 events, 0 stories coded, 1 with no event, 0 rejected" $?
else
    echo "skip /dev/full: not writable here"
fi
"$dyad" code big.txt >&- 2> err
expect_error "code with stdout closed" 3 "dyad code: error writing output: Bad file descriptor" $?

# Standard input a terminal (no file given, from a shell): one line says
# where stories are read from, instead of a silent wait.  script(1) gives
# dyad a terminal; the stories typed are coded as from a pipe.
if script -qec true /dev/null < /dev/null > /dev/null 2>&1; then
    head -n 1 big.txt > typed.txt
    printf '\004' >> typed.txt
    script -qec "'$dyad' code --format tsv" /dev/null < typed.txt > tty.out 2>&1
    if grep -q "dyad code: reading stories from the terminal; end with Ctrl-D (or give files)" tty.out \
        && grep -q "1 stories read, 1 sentences" tty.out; then
        ok "stdin a terminal: said, then read"
    else
        bad "stdin a terminal" "$(cat tty.out)"
    fi
else
    echo "skip stdin a terminal: script(1) cannot make a terminal here"
fi

# Strange text that passes the readers (quotes, backslashes, tabs and line
# ends inside sentences, control characters, C1 controls, U+2028) reaches
# every writer whole: each JSON line is valid JSON and stays one line to a
# reader that splits at Unicode line ends (U+0085 and U+2028 were written
# raw: Python's splitlines() cut the line in two), each TSV row has the
# header's columns, and the store holds the same events.
if command -v python3 >/dev/null; then
    python3 - > strange.jsonl <<'PY'
import json
g = "Russia met the Taliban in Moscow"
odd = ['"quoted" \\ back', "tab\there", "line\nend", "cr\rend", "nel\u0085end",
       "sep\u2028end", "par\u2029end", "esc\u001b[31m", "del\u007f", "bell\u0007",
       "c1\u009bend", "nbsp\u00a0end", "emoji \U0001F600"]
for i, o in enumerate(odd):
    print(json.dumps({"id": "s%d \"%s\\" % (i, o[:2]), "date": "2021-10-16",
                      "text": "%s %s. Iran criticized Israel." % (g, o),
                      "title": o, "source": o, "url": "http://x/" + o}))
PY
    printf 'date 2021-10-16 %s\n"Russia met the \\"Taliban\\" in Moscow\t today," he said.\n' \
        'Russia met the Taliban in Moscow.' > strange.txt
    printf '<Sentences><Sentence date="20211016" id="a&amp;&quot;b"><Text><![CDATA[Russia met the "Taliban" <in> Moscow & more.]]></Text></Sentence></Sentences>\n' > strange.xml
    "$dyad" code --quiet strange.jsonl strange.txt strange.xml > strange.out 2> err
    "$dyad" code --quiet --format tsv strange.jsonl strange.txt strange.xml > strange.tsv 2>> err
    check=$(python3 - strange.out strange.tsv <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
events = [json.loads(l) for l in lines]
rows = open(sys.argv[2], encoding="utf-8").read().splitlines()
widths = {len(r.split("\t")) for r in rows}
print(len(events), len(rows) - 1, widths == {len(rows[0].split("\t"))})
PY
)
    n=$(wc -l < strange.out | tr -d ' ')
    if [ "$check" = "$n $n True" ] && [ "$n" -ge 20 ] && [ ! -s err ]; then
        ok "strange text: $n JSON lines valid, one line each; TSV rows of the header's width"
    else
        bad "strange text in the writers" "got: $check for $n events" "$(cat err)"
    fi
    if command -v sqlite3 >/dev/null; then
        "$dyad" code --quiet --db strange.db strange.jsonl strange.txt strange.xml 2> err
        python3 - strange.out > from-json <<'PY'
import json, sys
for l in open(sys.argv[1], encoding="utf-8").read().splitlines():
    e = json.loads(l)
    print(json.dumps([e["story_id"], e["sentence"], e["cameo"], e["source"]["code"],
                      (e["target"] or {}).get("code"), e["sentence_text"]]))
PY
        sqlite3 -json strange.db "select story_id, sentence, cameo, event.source, target, sentence_text
            from event join story using (story_rowid) order by event_id" > rows.json 2>> err
        python3 - rows.json > from-db <<'PY'
import json, sys
for r in json.load(open(sys.argv[1], encoding="utf-8")):
    print(json.dumps([r["story_id"], r["sentence"], r["cameo"], r["source"], r["target"],
                      r["sentence_text"]]))
PY
        if [ -s from-json ] && cmp -s from-json from-db && [ ! -s err ]; then
            ok "strange text: the store holds the events JSON Lines gives"
        else
            bad "strange text in the store" "$(diff from-json from-db | head -5)" "$(cat err)"
        fi
    fi
else
    echo "skip strange text in the writers: no python3"
fi

finish
