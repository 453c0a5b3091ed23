#!/bin/sh
# Bad input, row by row.  Each row feeds `dyad code` one kind of bad input,
# mostly followed by a good story so that we see processing go on, and
# checks three things exactly: the exit status, the number of events, and
# the whole of stderr (the line naming file, line and story, and the closing
# counts line, whose figures must add up: read = coded + no event + rejected).
# docs/reliability.md has the table with the outcomes.
# usage: sh tests/e2e/bad_input.sh DYAD_BINARY
dyad=$1
case $dyad in /*) ;; *) dyad=$PWD/$dyad ;; esac
repo=$PWD
shared=${DYAD_SHARED:-$repo/../shared}
. "$(dirname "$0")/lib/check.sh"
tmp=$(mktemp -d /tmp/dyad-e2e-bad.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

GOOD='Russia met the Taliban in Moscow.'
good() { printf 'date 2021-10-16 %s\n' "$GOOD"; }

# counts STORIES SENTENCES EVENTS CODED NO_EVENT REJECTED: the closing line.
counts() {
    echo "dyad: $1 stories read, $2 sentences, $3 events, $4 stories coded, $5 with no event, $6 rejected"
}

# expect NAME STATUS EVENTS STDERR ARG...: runs `dyad code ARG...` and
# compares exit status, event lines on stdout and the whole of stderr.
expect() {
    name=$1; want_status=$2; want_events=$3; want_err=$4; shift 4
    "$dyad" code "$@" > out 2> err; status=$?
    events=$(wc -l < out | tr -d ' ')
    got_err=$(cat err)
    if [ "$status" = "$want_status" ] && [ "$events" = "$want_events" ] && [ "$got_err" = "$want_err" ]; then
        ok "$name"
    else
        bad "$name" "$name: exit $status (want $want_status), $events events (want $want_events)" \
            "stderr:" "$got_err" "want:" "$want_err"
    fi
}

# has NAME TEXT: the last run's stdout contains TEXT.
has() {
    if grep -qF -- "$2" out; then ok "$1"; else bad "$1" "$1: no '$2' in output"; fi
}

# The good story's events, so that the rows hold however the coder changes.
good > good.txt
"$dyad" code good.txt > out 2> /dev/null
E=$(wc -l < out | tr -d ' ')
if [ "$E" -ge 1 ]; then ok "calibration: the good story codes $E event(s)"; else bad calibration "the good story codes nothing"; fi
E2=$((E * 2)); E3=$((E * 3))

# ------------------------------------------------------------ dated text
: > empty.txt
expect "empty input" 0 0 "$(counts 0 0 0 0 0 0)" empty.txt

printf '\n   \n\t\n' > blank.txt
expect "blank lines only" 0 0 "$(counts 0 0 0 0 0 0)" blank.txt

{ printf 'date 2021-10-15\n'; good; } > no-text.txt
expect "story with no text" 0 "$E" "dyad: no-text.txt:1: story no-text.txt:1 rejected: story has no text
$(counts 2 1 "$E" 1 0 1)" no-text.txt

{ printf 'Some text before any date line.\n'; good; } > no-date.txt
expect "text with no date line" 0 "$E" "dyad: no-date.txt:1: record rejected: text with no \"date YYYY-MM-DD\" line before it
$(counts 2 1 "$E" 1 0 1)" no-date.txt

{ printf 'date 2021-02-30 %s\ndate 15/10/2021 %s\ndate 2021-13-01 %s\n' "$GOOD" "$GOOD" "$GOOD"; good; } > bad-date.txt
expect "impossible and malformed dates" 0 "$E" "dyad: bad-date.txt:1: story bad-date.txt:1 rejected: bad date \"2021-02-30\": no such day in the calendar
dyad: bad-date.txt:2: story bad-date.txt:2 rejected: bad date \"15/10/2021\": not a date (want YYYY-MM-DD)
dyad: bad-date.txt:3: story bad-date.txt:3 rejected: bad date \"2021-13-01\": no such day in the calendar
$(counts 4 1 "$E" 1 0 3)" bad-date.txt

printf 'date 1899-12-31 %s\ndate 2101-01-01 %s\ndate 1900-01-01 Hello.\ndate 2100-12-31 Hello.\n' "$GOOD" "$GOOD" > years.txt
expect "dates before 1900 and after 2100" 0 0 "dyad: years.txt:1: story years.txt:1 rejected: bad date \"1899-12-31\": year outside 1900-2100
dyad: years.txt:2: story years.txt:2 rejected: bad date \"2101-01-01\": year outside 1900-2100
$(counts 4 2 0 0 2 2)" years.txt

{ printf 'date 2021-10-15 Russia \377 met.\n'            # a byte that is never UTF-8
  printf 'date 2021-10-15 Russia \300\257 met.\n'        # overlong "/"
  printf 'date 2021-10-15 Russia \340\200\257 met.\n'    # overlong, three bytes
  printf 'date 2021-10-15 Russia \355\240\200 met.\n'    # a UTF-16 surrogate
  printf 'date 2021-10-15 Russia \364\220\200\200 met.\n' # above U+10FFFF
  printf 'date 2021-10-15 Russia met \342\202\n'         # cut short
  good; } > utf8.txt
expect "invalid UTF-8 and overlong encodings" 0 "$E" "dyad: utf8.txt:1: story utf8.txt:1 rejected: invalid UTF-8 at byte 7 of the story text
dyad: utf8.txt:2: story utf8.txt:2 rejected: invalid UTF-8 at byte 7 of the story text
dyad: utf8.txt:3: story utf8.txt:3 rejected: invalid UTF-8 at byte 7 of the story text
dyad: utf8.txt:4: story utf8.txt:4 rejected: invalid UTF-8 at byte 7 of the story text
dyad: utf8.txt:5: story utf8.txt:5 rejected: invalid UTF-8 at byte 7 of the story text
dyad: utf8.txt:6: story utf8.txt:6 rejected: invalid UTF-8 at byte 11 of the story text
$(counts 7 1 "$E" 1 0 6)" utf8.txt

# Bytes of a single-byte encoding (Windows-1252 curly quotes and dash,
# a Latin-1 letter) are named, with the conversion to make.
{ printf 'date 2021-10-15 Russia met the \223Taliban\224 in Moscow.\n'
  printf 'date 2021-10-15 Caf\351 owners met \226 again.\n'; good; } > cp1252.txt
cp1252_hint() { echo "(0x$1: is the file Windows-1252? convert it first: iconv -f WINDOWS-1252 -t UTF-8)"; }
expect "Windows-1252 and Latin-1 bytes" 0 "$E" "dyad: cp1252.txt:1: story cp1252.txt:1 rejected: invalid UTF-8 at byte 15 of the story text $(cp1252_hint 93)
dyad: cp1252.txt:2: story cp1252.txt:2 rejected: invalid UTF-8 at byte 3 of the story text $(cp1252_hint E9)
$(counts 3 1 "$E" 1 0 2)" cp1252.txt

{ printf 'date 2021-10-15 Russia\000 met the Taliban.\n'; printf 'date 2021-10-15\000 Hello.\n'; good; } > nul.txt
expect "NUL bytes" 0 "$E" "dyad: nul.txt:1: story nul.txt:1 rejected: story text contains a NUL byte
dyad: nul.txt:2: story nul.txt:2 rejected: story text contains a NUL byte
$(counts 3 1 "$E" 1 0 2)" nul.txt

# A bad byte deep in a story: the message names the story (at its first
# line) and the line the byte is on.
{ printf 'date 2021-10-15\n\nRussia met.\nMore text.\nBad \377 here.\n'
  printf 'date 2021-10-16 %s\nLine two\000 has a NUL.\n' "$GOOD"; good; } > deep-bad.txt
printf '<Sentence date="20211015" id="x"><Text>\nFine.\nBad \377.\n</Text></Sentence>\n' > deep-bad.xml
expect "a bad byte on a later line of a story" 0 "$E" "dyad: deep-bad.txt:1: story deep-bad.txt:1 rejected: invalid UTF-8 at byte 27 of the story text, on line 5
dyad: deep-bad.txt:6: story deep-bad.txt:2 rejected: story text contains a NUL byte, on line 7
$(counts 3 1 "$E" 1 0 2)" deep-bad.txt
expect "a bad byte on a later line, XML" 0 0 "dyad: deep-bad.xml:1: story x rejected: invalid UTF-8 at byte 11 of the story text, on line 3
$(counts 1 0 0 0 0 1)" deep-bad.xml

printf 'date 2021-10-15 %s\r\ndate 2021-10-16 %s\r\n' "$GOOD" "$GOOD" > crlf.txt
expect "CRLF line ends" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" crlf.txt

printf 'date 2021-10-15 %s\rdate 2021-10-16 %s\r' "$GOOD" "$GOOD" > cr.txt
expect "lone CR line ends" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" cr.txt

{ printf '\357\273\277'; good; } > bom.txt
expect "byte-order mark" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" bom.txt

# --------------------------------------------------------------- limits
{ printf 'date 2021-10-15 '; yes "$GOOD" | head -n 1600000 | tr '\n' ' '; echo; good; } > big.txt
expect "a single 50 MB line" 0 "$E" "dyad: big.txt:1: story big.txt:1 rejected: story longer than 16777216 bytes (--max-story-bytes)
$(counts 2 1 "$E" 1 0 1)" big.txt

{ printf 'date 2021-10-15 %s %s\n' "$GOOD" "$GOOD"; good; } > limit.txt
expect "--max-story-bytes" 0 "$E" "dyad: limit.txt:1: story limit.txt:1 rejected: story longer than 40 bytes (--max-story-bytes)
$(counts 2 1 "$E" 1 0 1)" --max-story-bytes 40 limit.txt

{ printf '{"id":"long","date":"2021-10-15","text":"%s %s"}\n' "$GOOD" "$GOOD"
  printf '{"id":"short","date":"2021-10-15","text":"Hello."}\n'; } > limit.jsonl
expect "--max-story-bytes, JSON Lines" 0 0 "dyad: limit.jsonl:1: record rejected: line longer than 60 bytes (--max-story-bytes)
$(counts 2 1 0 0 1 1)" --max-story-bytes 60 limit.jsonl

# Text with no words: no event, no message, the counts add up.
{ printf 'date 2021-10-15 ... !!! ??? ,,, ;;; --- ((( ))) \342\200\224\n'
  printf 'date 2021-10-15 12345 67890 1.5 2,000,000 -7\n'; good; } > nowords.txt
expect "stories of only punctuation, only digits" 0 "$E" "$(counts 3 3 "$E" 1 2 0)" nowords.txt
# One 2 MB token: one sentence of one word, coded in linear time.
{ printf 'date 2021-10-15 '; head -c 2000000 /dev/zero | tr '\0' a; echo; good; } > token.txt
expect "a 2 MB token" 0 "$E" "$(counts 2 2 "$E" 1 1 0)" token.txt

{ printf 'date 2021-10-15 Russia met'; i=0; while [ $i -lt 1000 ]; do printf ' one two three four five six seven eight nine ten'; i=$((i + 1)); done
  printf '.\n'; good; } > long-sentence.txt
expect "a 10,000-word sentence" 0 "$E" "dyad: long-sentence.txt:1: story long-sentence.txt:1: sentences longer than 400 tokens cut 25 times (--max-sentence-tokens)
$(counts 2 27 "$E" 1 1 0)" long-sentence.txt

expect "--max-sentence-tokens" 0 "$E" "dyad: good.txt:1: story good.txt:1: sentences longer than 5 tokens cut 1 time (--max-sentence-tokens)
$(counts 1 2 "$E" 1 0 0)" --max-sentence-tokens 5 good.txt
# A story over 256 KB is coded a piece at a time; a piece that ends inside
# a sentence (no full stop in its second half) cuts it in two, counted
# with the other cuts (it was not: 149 cuts for 151 sentences).
awk 'BEGIN { printf "date 2021-10-15"; for (i = 0; i < 60000; i++) printf " word"; print "" }' > pieces.txt
expect "a sentence cut between the pieces of a 300 KB story" 0 0 "dyad: pieces.txt:1: story pieces.txt:1: sentences longer than 400 tokens cut 150 times (--max-sentence-tokens)
$(counts 1 151 0 0 1 0)" pieces.txt

# A 5 MB story with no full stop: coded a piece at a time, its memory
# grows by a few times its size (it grew by 86 MB, 17 times its size,
# when the whole story was tokenised at once, a span kept for each token).
awk 'BEGIN { printf "date 2021-10-15"; for (i = 0; i < 100000; i++) printf " Russia met the Taliban and talks went on with officials"; print "" }' > nostop.txt
# (Under AddressSanitizer freed memory waits in its quarantine, up to 256 MB
# that are the sanitizer's, not dyad's: this row turns the quarantine off.)
if [ -x /usr/bin/time ]; then
    quarantine_off="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0"
    ASAN_OPTIONS=$quarantine_off /usr/bin/time -f %M -o rss-good "$dyad" code good.txt > /dev/null 2> /dev/null
    ASAN_OPTIONS=$quarantine_off /usr/bin/time -f %M -o rss-nostop "$dyad" code nostop.txt > /dev/null 2> err
    small=$(tail -n 1 rss-good); big=$(tail -n 1 rss-nostop)
    case $(tail -n 1 err) in
        "dyad: 1 stories read, "*" 1 stories coded, 0 with no event, 0 rejected") coded=1 ;;
        *) coded=0 ;;
    esac
    if [ "$coded" = 1 ] && [ "$big" -le $((small + 50000)) ]; then
        ok "a 5 MB story with no full stop: max RSS $big kB (one short story: $small kB)"
    else
        bad "a 5 MB story with no full stop" "max RSS $big kB against $small kB for a short story; stderr: $(cat err)"
    fi
    rm -f nostop.txt
fi

# A million tiny stories: memory must not grow with the number of stories.
awk 'BEGIN { for (i = 0; i < 1000000; i++) print "date 2021-10-15 Hello." }' > million.txt
head -n 10000 million.txt > tenthousand.txt
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o rss-small "$dyad" code tenthousand.txt > /dev/null 2> err-small
    /usr/bin/time -f %M -o rss-big "$dyad" code million.txt > /dev/null 2> err
    small=$(tail -n 1 rss-small); big=$(tail -n 1 rss-big)
    if [ "$(cat err)" = "$(counts 1000000 1000000 0 0 1000000 0)" ] && [ "$big" -le $((small + 8192)) ]; then
        ok "1 million tiny stories: max RSS $big kB (10,000 stories: $small kB)"
    else
        bad "1 million tiny stories" "max RSS $big kB against $small kB for 10,000 stories; stderr: $(cat err)"
    fi
else
    echo "skip 1 million tiny stories: no /usr/bin/time to measure memory"
fi

# ----------------------------------------------------------- JSON Lines
{ printf '{"id":"deep","date":"2021-10-15","x":'
  i=0; while [ $i -lt 100 ]; do printf '['; i=$((i + 1)); done; printf '1'
  i=0; while [ $i -lt 100 ]; do printf ']'; i=$((i + 1)); done
  printf ',"text":"%s"}\n' "$GOOD"
  printf '{"id":"a","date":"2021-10-16","x":[[[[[[[[[[1]]]]]]]]]],"text":"%s"}\n' "$GOOD"; } > deep.jsonl
expect "deeply nested JSON" 0 "$E" "dyad: deep.jsonl:1: story deep rejected: bad JSON at column 102: nested deeper than 64 levels
$(counts 2 1 "$E" 1 0 1)" deep.jsonl

{ printf '{"id":"t1","date":"2021-10-15","text":"Russia met\n'
  printf '{"id":"t2","date":"2021-10-15","text":"Hello."\n'
  printf '{"id":"t3","date":"2021-10-15","text":"Hello."}}\n'
  printf '{"id":"t4","date":"2021-10-15","n":1.2.3,"text":"Hello."}\n'
  printf '["not an object"]\n'
  printf '{"id":"a","date":"2021-10-16","text":"%s"}\n' "$GOOD"; } > truncated.jsonl
expect "truncated and malformed JSON" 0 "$E" "dyad: truncated.jsonl:1: story t1 rejected: bad JSON at column 50: unterminated string
dyad: truncated.jsonl:2: story t2 rejected: bad JSON at column 47: truncated or malformed object
dyad: truncated.jsonl:3: story t3 rejected: bad JSON at column 48: text after the JSON object
dyad: truncated.jsonl:4: story t4 rejected: bad JSON at column 39: truncated or malformed object
dyad: truncated.jsonl:5: record rejected: bad JSON at column 1: line is a JSON array, not an object
$(counts 6 1 "$E" 1 0 5)" truncated.jsonl

{ printf '{"id":"d1","date":"2021-10-15","text":"%s","text":"Hello."}\n' "$GOOD"
  printf '{"id":"d2","x":1,"x":2,"date":"2021-10-16","text":"%s"}\n' "$GOOD"; } > dupkey.jsonl
expect "duplicate keys" 0 "$E" "dyad: dupkey.jsonl:1: story d1 rejected: bad JSON at column 82: duplicate key
$(counts 2 1 "$E" 1 0 1)" dupkey.jsonl

{ printf '{"id":42,"date":"2021-10-15","text":"%s"}\n' "$GOOD"
  printf '{"id":{"n":42},"date":"2021-10-15","text":"Hello."}\n'
  printf '{"id":null,"date":"2021-10-15","text":"Hello."}\n'
  printf '{"id":"t","date":20211015,"text":"Hello."}\n'
  printf '{"id":"u","date":"2021-10-15","text":["Hello."]}\n'
  printf '{"id":"v","text":"Hello."}\n'
  printf '{"id":"w","date":"2021-10-15","text":"Hello.","meta":{"a":[1,{"b":null}]},"title":{"t":1}}\n'; } > ids.jsonl
expect "non-string id and fields" 0 "$E" "dyad: ids.jsonl:2: record rejected: bad JSON at column 7: \"id\" is neither a string nor a number
dyad: ids.jsonl:3: record rejected: bad JSON at column 7: \"id\" is neither a string nor a number
dyad: ids.jsonl:4: story t rejected: bad JSON at column 18: \"date\" is not a string
dyad: ids.jsonl:5: story u rejected: bad JSON at column 38: \"text\" is not a string
dyad: ids.jsonl:6: story v rejected: story has no date
dyad: ids.jsonl:7: story w rejected: bad JSON at column 83: \"title\" is not a string
$(counts 7 1 "$E" 1 0 6)" ids.jsonl
has "a number id is kept as the story id" '"story_id":"42"'

{ printf '{"id":"e1","date":"2021-10-15","text":"Russia\\u0000 met."}\n'
  printf '{"id":"e2","date":"2021-10-15","text":"Russia \\ud800 met."}\n'
  printf '{"id":"e3","date":"2021-10-15","text":"Russia \\q met."}\n'
  printf '{"id":"e4","date":"2021-10-15","text":"Russia \\u00e9\\ud83d\\ude00 met the \\"Taliban\\" in Moscow."}\n'; } > escapes.jsonl
expect "JSON escapes" 0 "$E" "dyad: escapes.jsonl:1: story e1 rejected: bad JSON at column 52: \\u0000 in a string
dyad: escapes.jsonl:2: story e2 rejected: bad JSON at column 53: unpaired surrogate in \\u escape
dyad: escapes.jsonl:3: story e3 rejected: bad JSON at column 49: bad escape in a string
$(counts 4 1 "$E" 1 0 3)" escapes.jsonl
has "JSON escapes decoded" 'Russia é😀 met the \"Taliban\"'

# Bad bytes in JSON Lines: the message names the line (one story a line),
# and a hostile id is shown escaped, on one line.  A control character in
# a title, source or url is a blank (the story was rejected).
{ printf '{"id":"b1","date":"2021-10-15","text":"Russia \377 met."}\n'
  printf '{"id":"b2","date":"2021-10-15","text":"Hello\\u0001 there\\u007f."}\n'
  printf '{"id":"b3","date":"2021-10-15","text":"Russia \001 met."}\n'
  printf '{"id":"b4\377","date":"2021-10-15","text":"%s"}\n' "$GOOD"
  printf '{"id":"b5\\n\\u001b[2J","date":"2021-10-15","text":"%s"}\n' "$GOOD"
  printf '{"id":"b6","date":"2021-10-15","text":"%s","title":"a\\tb"}\n' "$GOOD"
  printf '{"id":"b7","date":"2021-10-15","text":"%s","url":"\300\257"}\n' "$GOOD"
  printf '{"id":"b8\\n","date":"2021-02-30","text":"%s"}\n' "$GOOD"
  printf '{"id":"ok","date":"2021-10-16","text":"%s\\f\\r\\nMore.\\tEnd."}\n' "$GOOD"; } > bytes.jsonl
expect "bad bytes in JSON Lines" 0 "$E2" "dyad: bytes.jsonl:1: story b1 rejected: invalid UTF-8 at byte 7 of the story text
dyad: bytes.jsonl:3: story b3 rejected: bad JSON at column 48: control character in a string
dyad: bytes.jsonl:4: story b4\\xFF rejected: story id is not UTF-8 text
dyad: bytes.jsonl:5: story b5\\x0A\\x1B[2J rejected: story id contains a control character (U+000A)
dyad: bytes.jsonl:7: story b7 rejected: story url is not UTF-8 text
dyad: bytes.jsonl:8: story b8\\x0A rejected: bad date \"2021-02-30\": no such day in the calendar
$(counts 9 5 "$E2" 2 1 6)" bytes.jsonl
has "a tab in a title is a blank" '"title":"a b"'

# Dates with a time are their date as written (the zone does not move
# it); what follows "T" must be a time.  Day and month in digits in
# another order are refused, not guessed ("15/10/2021" is 15 October or
# nothing, 10/11 is either); dates in words and ISO's order with slashes
# or dots are unambiguous and read (RFC 2822 as RSS feeds write it).
{ for d in 2021-10-15T08:00:00Z 2021-10-15T23:30:00-05:00 '2021-10-15 08:00:00' 2021-10-15T08:00:00.123+0200 \
        2021-10-15Tgarbage 2021-10-15T25:00 '2021-10-15 ' 15/10/2021 'Oct 15, 2021' \
        '15 October 2021' 2021/10/15 2021.10.15 20211015 'Fri, 15 Oct 2021 08:00:00 GMT' \
        'Friday, October 15th, 2021 08:00 +0200' '15.10.2021' '10/15/2021' '15 Octobre 2021' 'Oct 15 21' \
        '15 Oct 2021 at noon' '31 Sept 2021'; do
      printf '{"id":"%s","date":"%s","text":"%s"}\n' "$d" "$d" "$GOOD"; done; } > times.jsonl
expect "JSON dates with a time, in other orders, in words" 0 "$((E * 11))" "dyad: times.jsonl:5: story 2021-10-15Tgarbage rejected: bad date \"2021-10-15Tgarbage\": not a date (want YYYY-MM-DD)
dyad: times.jsonl:6: story 2021-10-15T25:00 rejected: bad date \"2021-10-15T25:00\": not a date (want YYYY-MM-DD)
dyad: times.jsonl:7: story 2021-10-15  rejected: bad date \"2021-10-15 \": not a date (want YYYY-MM-DD)
dyad: times.jsonl:8: story 15/10/2021 rejected: bad date \"15/10/2021\": not a date (want YYYY-MM-DD)
dyad: times.jsonl:16: story 15.10.2021 rejected: bad date \"15.10.2021\": not a date (want YYYY-MM-DD)
dyad: times.jsonl:17: story 10/15/2021 rejected: bad date \"10/15/2021\": not a date (want YYYY-MM-DD)
dyad: times.jsonl:18: story 15 Octobre 2021 rejected: bad date \"15 Octobre 2021\": not a date (want YYYY-MM-DD)
dyad: times.jsonl:19: story Oct 15 21 rejected: bad date \"Oct 15 21\": not a date (want YYYY-MM-DD)
dyad: times.jsonl:20: story 15 Oct 2021 at noon rejected: bad date \"15 Oct 2021 at noon\": not a date (want YYYY-MM-DD)
dyad: times.jsonl:21: story 31 Sept 2021 rejected: bad date \"31 Sept 2021\": no such day in the calendar
$(counts 21 11 "$((E * 11))" 11 0 10)" times.jsonl
has "a date in RFC 2822's form is its date as written" '"story_id":"Fri, 15 Oct 2021 08:00:00 GMT","sentence":1,"sentence_text":"Russia met the Taliban in Moscow.","story_date":"2021-10-15"'
has "a date in words with a weekday and an ordinal" '"story_id":"Friday, October 15th, 2021 08:00 +0200","sentence":1,"sentence_text":"Russia met the Taliban in Moscow.","story_date":"2021-10-15"'
has "a date with a time and zone is its date as written" '"story_id":"2021-10-15T23:30:00-05:00","sentence":1,"sentence_text":"Russia met the Taliban in Moscow.","story_date":"2021-10-15"'

# Objects printed over several lines (jq, json.dumps(indent=2)) are read
# whole, one record each: they were one rejection per line and counted as
# many stories.  One never closed ends at the next unindented line; a
# comma after an object is named.
{ printf '{\n  "id": "p1",\n  "date": "2021-10-15",\n  "meta": {\n    "x": [1, 2]\n  },\n  "text": "%s"\n}\n' "$GOOD"
  printf '{\n  "id": "p2",\n  "date": "2021-10-15",\n  "oops"\n}\n'
  printf '{\n  "id": "p3", "date": "2021-10-15", "text": "never closed"\n'
  printf '{"id":"p4","date":"2021-10-16","text":"%s"},\n' "$GOOD"
  printf '{"id":"p5","date":"2021-10-16","text":"%s"}\n' "$GOOD"; } > pretty.jsonl
expect "JSON objects over several lines, a trailing comma" 0 "$E2" "dyad: pretty.jsonl:13: story p2 rejected: bad JSON at column 2: expected ':'
dyad: pretty.jsonl:15: story p3 rejected: bad JSON at column 59: truncated or malformed object
dyad: pretty.jsonl:16: story p4 rejected: bad JSON at column 75: a comma after the JSON object (JSON Lines has one object a line, nothing between)
$(counts 5 2 "$E2" 2 0 3)" pretty.jsonl

# A first line that is not an object: the format is still told by the
# next lines (dated text would have swallowed the file in one rejection).
{ printf '[1,2]\n42\nnull\n"text"\nfalse\nnonsense\n{"id":"a","date":"2021-10-16","text":"%s"}\n' "$GOOD"; } > values.jsonl
expect "JSON Lines starting with lines that are not objects" 0 "$E" "dyad: values.jsonl:1: record rejected: bad JSON at column 1: line is a JSON array, not an object
dyad: values.jsonl:2: record rejected: bad JSON at column 1: line is a JSON number, not an object
dyad: values.jsonl:3: record rejected: bad JSON at column 1: line is JSON null, not an object
dyad: values.jsonl:4: record rejected: bad JSON at column 1: line is a JSON string, not an object
dyad: values.jsonl:5: record rejected: bad JSON at column 1: line is a JSON boolean, not an object
dyad: values.jsonl:6: record rejected: bad JSON at column 1: line is not a JSON object
$(counts 7 1 "$E" 1 0 6)" values.jsonl

{ printf '\357\273\277'; printf '{"id":"b","date":"2021-10-16","text":"%s"}\n' "$GOOD"; } > bom.jsonl
expect "byte-order mark, JSON Lines" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" bom.jsonl
# Files joined with cat: each keeps its byte-order mark, at a line start.
{ good; printf '\357\273\277'; good; } > bom-mid.txt
{ cat bom.jsonl bom.jsonl; } > bom-mid.jsonl
{ printf '\357\273\277211016 T1\n%s\n\n\357\273\277211016 T2\n%s\n' "$GOOD" "$GOOD"; } > bom-mid.tabari
# U+FEFF inside story text (a mark left by an editor or a join) is dropped:
# it would glue itself to a word.
printf 'date 2021-10-16 Russia\357\273\277 met the Taliban in Moscow.\n' > zwnbsp.txt
printf '{"id":"z","date":"2021-10-16","text":"\\ufeffRussia met the Taliban in Moscow."}\n' > zwnbsp.jsonl
for f in zwnbsp.txt zwnbsp.jsonl; do
    expect "U+FEFF inside story text: $f" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" "$f"
done
for f in bom-mid.txt bom-mid.jsonl bom-mid.tabari; do
    expect "byte-order marks of joined files: $f" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" "$f"
done

# ------------------------------------------------------------------ XML
printf '<Sentence date="20211015" id="x1"><Text>Russia met the Taliban &amp; Iran in Moscow &#8212; &#x41;&#128512; &bogus; &lt;b&gt;.</Text></Sentence>\n' > entities.xml
expect "XML entities" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" entities.xml
has "XML entities decoded" 'Russia met the Taliban & Iran in Moscow — A😀 &bogus; <b>.'
# Ids are entity-decoded and kept whole (they were cut at 255 bytes without
# a word); one that decodes to a control character is rejected.
long_id=$(awk 'BEGIN { for (i = 0; i < 400; i++) printf "k" }')
{ printf '<Sentence date="20211015" id="AT&amp;T-&#x41;&lt;1&gt;"><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date="20211015" id="%s"><Text>%s</Text></Sentence>\n' "$long_id" "$GOOD"
  printf '<Sentence date="20211015" id=""><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date="20211015" id="a&#10;b"><Text>%s</Text></Sentence>\n' "$GOOD"; } > ids.xml
expect "XML ids: entities, 400 bytes, empty, a line feed" 0 "$E3" "dyad: ids.xml:4: story a\\x0Ab rejected: story id contains a control character (U+000A)
$(counts 4 3 "$E3" 3 0 1)" ids.xml
has "an XML id is entity-decoded" '"story_id":"AT&T-A<1>"'
has "a 400-byte XML id is kept whole" "\"story_id\":\"$long_id\""
has "an empty XML id gets the file's" '"story_id":"ids.xml:3"'
printf '<Sentence date="20211015" id="x2"><Text>%s &#65abc; &# 65; &#; &#x; &#0; &#xD800; &#x110000; &#99999999999; &amp &#X41; AT&T;</Text></Sentence>\n' "$GOOD" > badrefs.xml
expect "XML malformed character references" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" badrefs.xml
has "malformed character references kept as written" "$GOOD &#65abc; &# 65; &#; &#x; &#0; &#xD800; &#x110000; &#99999999999; &amp A AT&T;"

printf '<Sentence date="20211015" id="c1">\n<Text><![CDATA[Russia met the <b>Taliban</b> in Moscow & Kabul.]]></Text>\n</Sentence>\n' > cdata.xml
expect "XML CDATA" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" cdata.xml
has "XML CDATA kept as written" 'Russia met the <b>Taliban</b> in Moscow & Kabul.'

{ printf '<Sentence date="20211015" id="u1"><Text>Russia met\n'
  printf '<Sentence date="20211016" id="u2"><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date="20211015" id="u3"><Text>%s</Text>\n' "$GOOD"
  printf '<Sentence date="20211015" id="u4"><Text>%s</Text><Sentence date="20211015" id="u5"><Text>Hello.</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date="20210230" id="u6"><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence id="u7"><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date="20211015" id="u8"><Text>%s\n' "$GOOD"; } > unclosed.xml
expect "XML unclosed tags" 0 "$E3" "dyad: unclosed.xml:1: story u1 rejected: unclosed <Text> before the next <Sentence>
dyad: unclosed.xml:5: story u6 rejected: bad date \"20210230\": no such day in the calendar
dyad: unclosed.xml:6: story u7 rejected: story has no date
dyad: unclosed.xml:7: story u8 rejected: unclosed <Text> at end of file
$(counts 8 4 "$E3" 3 1 4)" unclosed.xml

{ printf '<!-- a comment <Sentence date="20211015" id="k1"> -->\n'
  printf '<Sentence date="20211016" id="k2"><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<!-- never closed\n<Sentence date="20211016" id="k3"><Text>%s</Text></Sentence>\n' "$GOOD"; } > comment.xml
expect "XML comments, one unclosed" 0 "$E" "dyad: comment.xml:3: record rejected: unclosed <!-- comment: the rest of the file was skipped
$(counts 2 1 "$E" 1 0 1)" comment.xml

# A whole XML file on one line is read in pieces: every record is read, in
# bounded memory, even past the line cap (it used to be cut at the cap
# when the format was detected, and each record moved the rest of the line).
awk -v g="$GOOD" 'BEGIN { for (i = 0; i < 30000; i++)
    printf "<Sentence date=\"20211015\" id=\"s%d\"><Text>%s</Text></Sentence>", i, g; print "" }' > oneline.xml
expect "XML: 30,000 records on one 2.9 MB line, line cap 165 KB" 0 $((E * 30000)) "$(counts 30000 30000 $((E * 30000)) 30000 0 0)" \
    --max-story-bytes 100000 oneline.xml
{ printf '<Sentence date="20211015" id="p1"><Text>%s</Text><Parse>' "$GOOD"; head -c 300000 /dev/zero | tr '\0' '('
  printf '</Parse></Sentence>\n<Sentence date="20211016" id="p2"><Text>%s</Text></Sentence>\n' "$GOOD"; } > longparse.xml
{ printf '<!-- '; head -c 300000 /dev/zero | tr '\0' x; printf ' -->\n<Sentence date="20211016" id="p3"><Text>%s</Text></Sentence>\n' "$GOOD"; } > longcomment.xml
expect "XML: 300 KB of a record with no '>', line cap 165 KB" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" \
    --max-story-bytes 100000 longparse.xml
expect "XML: a 300 KB comment, line cap 165 KB" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" --max-story-bytes 100000 longcomment.xml
# The run is ended near the cap (1,000 + 64 KB) where no token is cut: a
# '</Parse>' across the cap is still seen (it was missed, the next record lost).
{ printf '<Sentence date="20211015" id="p1"><Text>%s</Text><Parse>\n' "$GOOD"; head -c 66532 /dev/zero | tr '\0' '('
  printf '</Parse></Sentence>\n<Sentence date="20211016" id="p2"><Text>%s</Text></Sentence>\n' "$GOOD"; } > capparse.xml
expect "XML: '</Parse>' across the line cap" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" --max-story-bytes 1000 capparse.xml

# A file cut short inside a tag: reported, and an open record with it.
{ printf '<Sentence date="20211016" id="c1"><Text>%s</Text></Sentence>\n<Sentence date="2021' "$GOOD"; } > cut1.xml
{ printf '<Sentence date="20211016" id="c1"><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date="20211016" id="c2"><Text>%s</Text>\n<EventCod' "$GOOD"; } > cut2.xml
expect "XML cut short in a <Sentence> tag" 0 "$E" "dyad: cut1.xml:2: record rejected: the input ends inside a tag (\"<Sentence date=\"2021\"): is the file cut short?
$(counts 2 1 "$E" 1 0 1)" cut1.xml
expect "XML cut short in a tag of an open record" 0 "$E" "dyad: cut2.xml:3: story c2 rejected: the input ends inside a tag (\"<EventCod\"): is the file cut short?
$(counts 2 1 "$E" 1 0 1)" cut2.xml

# --------------------------------------------------------------- TABARI
{ printf '211015  T-1\n\n'
  printf '210230  T-2\n%s\n\n' "$GOOD"
  printf '211016  T-3\n%s\n/* { RUS / AFGGOV / 040 } */\n' "$GOOD"; } > records.tabari
expect "TABARI records" 0 "$E" "dyad: records.tabari:1: story T-1 rejected: story has no text
dyad: records.tabari:3: story T-2 rejected: bad date \"210230\": no such day in the calendar
$(counts 3 1 "$E" 1 0 2)" records.tabari

# Bad bytes in TABARI records: the line they are on, blank lines counted;
# control characters (a DOS ^Z) are blanks.
{ printf '211015  T-1\n\nFirst line.\n\nRussia \377 met.\n\n'
  printf '211015  T-2\nHello\032 there.\n\n211015  T-3\n\nRus\000sia.\n\n'
  printf '211016  T-4\n%s\n' "$GOOD"; } > bytes.tabari
expect "bad bytes in TABARI records" 0 "$E" "dyad: bytes.tabari:1: story T-1 rejected: invalid UTF-8 at byte 19 of the story text, on line 5
dyad: bytes.tabari:10: story T-3 rejected: story text contains a NUL byte, on line 12
$(counts 4 2 "$E" 1 1 2)" bytes.tabari
printf 'date 2021-10-15 Russia met\033[2J the Taliban in Moscow.\n' > ctl.txt
expect "a control character in dated text" 0 "$((E + 1))" "$(counts 1 1 "$E" 1 0 0)" --format tsv ctl.txt
has "a terminal escape in text is blanked" "	Russia met [2J the Taliban in Moscow."

# Records with no blank line between them: each header starts a record.
printf '211015 N-1\n%s\n211016 N-2\n%s\n211016 N-3\n%s' "$GOOD" "$GOOD" "$GOOD" > noblank.tabari
expect "TABARI records with no blank lines, no final newline" 0 "$E3" "$(counts 3 3 "$E3" 3 0 0)" noblank.tabari

# A header with no id is a header (its text was coded into the record
# before it); the record takes the file's id.
printf '211015 M-1\n%s\n\n211016\n%s\n\n211016\n\n' "$GOOD" "$GOOD" > noid.tabari
expect "TABARI headers with no id" 0 "$E2" "dyad: noid.tabari:7: story noid.tabari:3 rejected: story has no text
$(counts 3 2 "$E2" 2 0 1)" noid.tabari
has "a TABARI record with no id takes the file's" '"story_id":"noid.tabari:2"'
# An indented header is one when its date is a date ("  200000 people"
# stays text): it was read as text of the record before.
printf '211015 I-1\n%s\n  200000 people marched.\n\n  211016  I-2\n%s\n' "$GOOD" "$GOOD" > indent.tabari
expect "TABARI indented header" 0 "$E2" "$(counts 2 3 "$E2" 2 0 0)" indent.tabari
has "an indented TABARI header starts its record" '"story_id":"I-2"'

# Text outside any record is reported, once per paragraph; '#' banners
# are comments.  YYYYMMDD headers (TABARI's YYYY option) are read.
{ printf '# banner\nA preamble\nof two lines.\n\n211015  P-1\n%s\n/* { RUS / AFGGOV / 040 } */\n' "$GOOD"
  printf 'left after the comment\n\n2110155  P-2\n%s\n\n20211016 P-3\n%s\n\n' "$GOOD" "$GOOD"; } > stray.tabari
expect "TABARI text outside records" 0 "$E2" "dyad: stray.tabari:2: record rejected: text with no \"YYMMDD ID\" record header before it
dyad: stray.tabari:8: record rejected: text with no \"YYMMDD ID\" record header before it
dyad: stray.tabari:10: record rejected: \"2110155\" is not a record header (want YYMMDD or YYYYMMDD, a blank and the id): its record was skipped
$(counts 5 2 "$E2" 2 0 3)" stray.tabari
has "a YYYYMMDD header is read" '"story_id":"P-3"'

# ------------------------------------------------------- tags across lines
{ printf '<Sentence\n date="20211015" id="s1">\n<Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date="20211016"\n id="s2"><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date="20210230"\n id="s3"><Text>%s</Text></Sentence>\n' "$GOOD"; } > span.xml
expect "XML tags that span lines" 0 "$E2" "dyad: span.xml:6: story s3 rejected: bad date \"20210230\": no such day in the calendar
$(counts 3 2 "$E2" 2 0 1)" span.xml
has "a <Sentence tag split after its name keeps its id" '"story_id":"s1"'
has "a <Sentence tag split before id= keeps its id" '"story_id":"s2"'

# ------------------------------------------------- files and formats misused
"$dyad" code <&- > out 2> err; status=$?
if [ "$status" = 2 ] && [ "$(cat err)" = "dyad: -:1: record rejected: read error: Bad file descriptor; the rest of the input was not read
$(counts 1 0 0 0 0 1)" ]; then ok "standard input closed"; else bad "standard input closed" "exit $status: $(cat err)"; fi
expect "a missing file among several" 2 "$E2" "dyad code: missing.txt: No such file or directory
$(counts 2 2 "$E2" 2 0 0)" good.txt missing.txt good.txt
mkdir adir
expect "a directory given as a file" 2 "$E2" "dyad code: adir: Is a directory
$(counts 2 2 "$E2" 2 0 0)" good.txt adir good.txt
"$dyad" code < adir > out 2> err; status=$?
if [ "$status" = 2 ] && [ "$(cat err)" = "dyad: -:1: record rejected: read error: Is a directory; the rest of the input was not read
$(counts 1 0 0 0 0 1)" ]; then ok "a directory as standard input"; else bad "a directory as standard input" "exit $status: $(cat err)"; fi
expect "--input-format xml on dated text" 0 0 "dyad: good.txt:1: record rejected: no <Sentence> element in the input (is it in another format? see --input-format)
$(counts 1 0 0 0 0 1)" --input-format xml good.txt
expect "--input-format tabari on dated text" 0 0 "dyad: good.txt:1: record rejected: no \"YYMMDD ID\" record in the input (is it in another format? see --input-format)
$(counts 1 0 0 0 0 1)" --input-format tabari good.txt
expect "--input-format jsonl on dated text" 0 0 "dyad: good.txt:1: record rejected: a dated-text story in a JSON Lines file: one format per file (see --input-format)
$(counts 1 0 0 0 0 1)" --input-format jsonl good.txt
# (No date line in the whole input: the message says the format may be
# another, as the XML and TABARI readers say it.)
expect "--input-format dated on JSON Lines" 0 0 "dyad: bom.jsonl:1: record rejected: text with no \"date YYYY-MM-DD\" line before it (no date line in the input: is it in another format? see --input-format)
$(counts 1 0 0 0 0 1)" --input-format dated bom.jsonl
# Files that are not UTF-8 text: one message for the file, nothing read.
good | iconv -f UTF-8 -t UTF-16 > utf16.txt
good | iconv -f UTF-8 -t UTF-16LE > utf16le.txt
good | gzip > good.txt.gz
printf 'BZh91AY&SY\001\002' > packed.bz2
expect "UTF-16 with a byte-order mark" 0 0 "dyad: utf16.txt:1: record rejected: the input is UTF-16 or UTF-32 (byte-order mark $(od -An -tx1 -N2 utf16.txt | tr a-f A-F | sed 's/^ //')); dyad reads UTF-8: convert it first (iconv -t UTF-8)
$(counts 1 0 0 0 0 1)" utf16.txt
expect "UTF-16 without a byte-order mark" 0 0 "dyad: utf16le.txt:1: record rejected: the input is not UTF-8 text (50 of its first 100 bytes are NUL): UTF-16 or UTF-32 without a byte-order mark, or binary
$(counts 1 0 0 0 0 1)" utf16le.txt
expect "a gzip file among good ones" 0 "$E2" "dyad: good.txt.gz:1: record rejected: the input is gzip-compressed, not text: unpack it first
$(counts 3 2 "$E2" 2 0 1)" good.txt good.txt.gz good.txt
expect "a bzip2 file, format forced" 0 0 "dyad: packed.bz2:1: record rejected: the input is bzip2-compressed, not text: unpack it first
$(counts 1 0 0 0 0 1)" --input-format jsonl packed.bz2

head -c 20000 /dev/urandom > random.bin
"$dyad" code random.bin > out 2> err; status=$?
if [ "$status" = 0 ] && [ ! -s out ] && grep -q 'rejected' err && tail -n 1 err | grep -q '^dyad: [1-9][0-9]* stories read, .* 0 stories coded, 0 with no event, [1-9][0-9]* rejected$'; then
    ok "a binary file: rejected, counted"
else bad "a binary file" "exit $status: $(cat err)"; fi

# A 200 MB line: read in bounded memory (the line is cut past the story
# limit and the rest dropped), the story rejected, the next one coded.
# (About 52 MB in a plain build; AddressSanitizer's shadow memory puts it
# near 120 MB, so the bound is 160 MB: still well under the line itself.)
if [ -x /usr/bin/time ]; then
    { printf 'date 2021-10-15 '; head -c 200000000 /dev/zero | tr '\0' a; printf '\n'; good; } > huge.txt
    /usr/bin/time -f %M -o rss "$dyad" code huge.txt > out 2> err; status=$?
    rss=$(tail -n 1 rss)
    if [ "$status" = 0 ] && [ "$(cat err)" = "dyad: huge.txt:1: story huge.txt:1 rejected: story longer than 16777216 bytes (--max-story-bytes)
$(counts 2 1 "$E" 1 0 1)" ] && [ "$rss" -lt 160000 ]; then
        ok "a 200 MB line: rejected in $rss kB"
    else
        bad "a 200 MB line" "exit $status, max RSS $rss kB: $(cat err)"
    fi
    rm -f huge.txt
fi

# Files of two formats joined: after a record of the file's own format, a
# line that is plainly a record of another (a whole JSON object, a
# <Sentence> tag, a date line) ends the story before it and is rejected,
# one message per record, instead of being coded into that story or
# skipped without a word.
J='{"id":"j","date":"2021-10-16","text":"'"$GOOD"'"}'
X='<Sentence date="20211016" id="x"><Text>'"$GOOD"'</Text></Sentence>'
{ good; echo "$J"; echo "$X"; good; } > two.txt
{ echo "$J"; good; echo "$X"; echo "$J"; } > two.jsonl
{ echo "$X"; echo "$J"; good; echo "$X"; } > two.xml
{ printf '211016 T1\n%s\n%s\n\n' "$GOOD" "$J"; good; printf '211016 T2\n%s\n' "$GOOD"; } > two.tabari
one_format() { echo "dyad: $1:$2: record rejected: a $3 in a $4 file: one format per file (see --input-format)"; }
# joined NAME FILE FORMAT LINE1 KIND1 LINE2 KIND2: two foreign records rejected, two stories coded
joined() {
    expect "two formats joined: $1" 0 "$E2" "$(one_format "$2" "$4" "$5" "$3")
$(one_format "$2" "$6" "$7" "$3")
$(counts 4 2 "$E2" 2 0 2)" "$2"
}
joined "dated text" two.txt 'dated text' 2 'JSON Lines record' 3 'PETRARCH XML record'
joined "JSON Lines" two.jsonl 'JSON Lines' 2 'dated-text story' 3 'PETRARCH XML record'
joined "XML" two.xml 'PETRARCH XML' 2 'JSON Lines record' 3 'dated-text story'
joined "TABARI" two.tabari 'TABARI' 3 'JSON Lines record' 5 'dated-text story'
# Before the first record too, once the input has shown its format (an XML
# file's "<Sentences>"): these were skipped without a word.
{ echo '<Sentences>'; echo "$J"; good; echo "$X"; } > before.xml
expect "two formats joined: before the first XML record" 0 "$E" "$(one_format before.xml 2 'JSON Lines record' 'PETRARCH XML')
$(one_format before.xml 3 'dated-text story' 'PETRARCH XML')
$(counts 3 1 "$E" 1 0 2)" before.xml
# Scraped text may hold braces and markup: such lines stay text.
{ printf 'date 2021-10-16 %s\n{see below}\n<p>\n' "$GOOD"; } > braces.txt
expect "braces and a tag in dated text are text" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" braces.txt

# ------------------------------------------- tenth round: a real feed's files
# Date lines as people type them: any case, a colon, ISO's basic form,
# one-digit month and day, a date and time in either ISO form; a story of
# blank lines; a date glued to its text; 29 February of a common year.
{ printf 'date: 2021-10-15 %s\nDate 2021-10-15 %s\nDATE 2021-10-15 %s\n' "$GOOD" "$GOOD" "$GOOD"
  printf 'date 20211015 %s\ndate 2021-1-5 %s\ndate 2021-10-15T10:00:00Z %s\n' "$GOOD" "$GOOD" "$GOOD"
  printf 'date 20211015T103000Z %s\ndate 2021-10-15\n   \n\t\n' "$GOOD"
  printf 'date 2021-10-15Russia met.\ndate 2023-02-29 %s\ndate 2024-02-29 %s\n' "$GOOD" "$GOOD"; } > datelines.txt
expect "dated text: date lines as typed" 0 "$((E * 8))" "dyad: datelines.txt:8: story datelines.txt:8 rejected: story has no text
dyad: datelines.txt:11: story datelines.txt:9 rejected: bad date \"2021-10-15Russia\": not a date (want YYYY-MM-DD)
dyad: datelines.txt:12: story datelines.txt:10 rejected: bad date \"2023-02-29\": no such day in the calendar
$(counts 11 8 "$((E * 8))" 8 0 3)" datelines.txt
has "ISO's basic date and time is its day" '"story_id":"datelines.txt:7","sentence":1,"sentence_text":"Russia met the Taliban in Moscow.","story_date":"2021-10-15"'
has "a month and day of one digit" '"story_date":"2021-01-05"'
# A byte-order mark at a line start mid-file (files joined with cat), CRLF
# and no final line end, a DOS end-of-file ^Z.
{ good; printf '\357\273\277date 2021-10-17 %s\r\n\r\ndate 2021-10-18 %s\r\n\032' "$GOOD" "$GOOD"; } > joined.txt
expect "dated text: a mid-file BOM, CRLF, a final ^Z" 0 "$E3" "$(counts 3 3 "$E3" 3 0 0)" joined.txt

# JSON Lines from feeds: an emoji as a surrogate pair, lone surrogates, a
# null and a blank text, nested metadata, ids as numbers, dates with times
# in ISO's basic form and as a 14-digit timestamp, a tab left raw, a
# "\x" escape, two objects on a line, the text under another key, a date
# as a Unix time.
{ printf '{"id":"s1","date":"2021-10-15","text":"Russia met the Taliban in Moscow \\ud83d\\ude00."}\n'
  printf '{"id":"s2","date":"2021-10-15","text":"Russia met \\ud83d the Taliban."}\n'
  printf '{"id":"s3","date":"2021-10-15","text":"Russia met \\ude00 the Taliban."}\n'
  printf '{"id":"s4","date":"2021-10-15","text":null}\n{"id":"s5","date":"2021-10-15","text":" \\n\\t "}\n'
  printf '{"id":"s6","date":"2021-10-15","text":"%s","meta":{"tags":[1,{"a":null}],"lang":"en"}}\n' "$GOOD"
  printf '{"id":7,"date":"2021-10-15","text":"%s"}\n{"id":7.5,"date":"2021-10-15","text":"%s"}\n' "$GOOD" "$GOOD"
  printf '{"id":"s9","date":"20211015T103000Z","text":"%s"}\n{"id":"s10","date":"20211015103000","text":"%s"}\n' "$GOOD" "$GOOD"
  printf '{"id":"s11","date":"20211015T10:30","text":"%s"}\n{"id":"s12","date":"20211015T2500","text":"%s"}\n' "$GOOD" "$GOOD"
  printf '{"id":"s13","date":"2021-10-15","text":"Russia met\tthe Taliban."}\n'
  printf '{"id":"s14","date":"2021-10-15","text":"Russia met the Taliban\\x41."}\n'
  printf '{"id":"s15","date":"2021-10-15","text":"%s"}{"id":"s16","date":"2021-10-15","text":"%s"}\n' "$GOOD" "$GOOD"
  printf '{"id":"s17","date":"2021-10-15","body":"%s"}\n{"id":"s18","date":1634256000,"text":"%s"}\n' "$GOOD" "$GOOD"; } > feed.jsonl
expect "JSON Lines of a real feed" 0 "$((E * 9))" "dyad: feed.jsonl:2: story s2 rejected: bad JSON at column 57: unpaired surrogate in \\u escape
dyad: feed.jsonl:3: story s3 rejected: bad JSON at column 57: unpaired surrogate in \\u escape
dyad: feed.jsonl:4: story s4 rejected: story has no text
dyad: feed.jsonl:5: story s5 rejected: story has no text
dyad: feed.jsonl:12: story s12 rejected: bad date \"20211015T2500\": not a date (want YYYY-MM-DD)
dyad: feed.jsonl:13: story s13 rejected: bad JSON at column 52: control character in a string
dyad: feed.jsonl:14: story s14 rejected: bad JSON at column 65: bad escape in a string
dyad: feed.jsonl:16: story s17 rejected: story has no text
dyad: feed.jsonl:17: story s18 rejected: bad JSON at column 20: \"date\" is not a string
$(counts 18 9 "$((E * 9))" 9 0 9)" feed.jsonl
has "a 14-digit timestamp is its day" '"story_id":"s10","sentence":1,"sentence_text":"Russia met the Taliban in Moscow.","story_date":"2021-10-15"'

# XML as scrapers write it: attributes in single quotes, in another order,
# repeated (the first holds, as for a JSON key dyad skips); an unknown
# entity; ISO's basic date and time; two root elements (files joined);
# <Text> closed by </Sentence>; an empty and a blank <Text>; a file cut
# short in a record's text.
{ printf '<Sentences>\n'
  printf "<Sentence id='q1' date='20211015'><Text>%s</Text></Sentence>\n" "$GOOD"
  printf '<Sentence date="20211015" id="q2" date="20211099"><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date="20211015T10:30" id="q3"><Text>Russia met the Taliban in Moscow. &foo; &#x2019;Talks&#x2019; went on.</Text></Sentence>\n'
  printf '</Sentences>\n<Sentences>\n'
  printf '<Sentence date="20211015" id="q4"><Text>%s</Sentence>\n' "$GOOD"
  printf '<Sentence date="20211015" id="q5"><Text></Text></Sentence>\n<Sentence date="20211015" id="q6"><Text>  </Text></Sentence>\n'
  printf '<Sentence date="20211015" id="q7"><Text>Russia met'; } > scraped.xml
expect "XML as scrapers write it" 0 "$((E * 4))" "dyad: scraped.xml:8: story q5 rejected: story has no text
dyad: scraped.xml:9: story q6 rejected: story has no text
dyad: scraped.xml:10: story q7 rejected: unclosed <Text> at end of file
$(counts 7 4 "$((E * 4))" 4 0 3)" scraped.xml
has "ISO's basic date and time in XML, an unknown entity kept as written" "$(printf '"story_id":"q3","sentence":1,"sentence_text":"Russia met the Taliban in Moscow. &foo; \342\200\231Talks\342\200\231 went on.","story_date":"2021-10-15"')"
has "a repeated attribute: the first holds" '"story_id":"q2","sentence":1,"sentence_text":"Russia met the Taliban in Moscow.","story_date":"2021-10-15"'


# TABARI records: a YYYYMMDD header, a tab after the date, 13 as a month.
printf '211015 T1\n%s\n\n20211015 T2\n%s\n\n211015\tT3\n%s\n\n211315 T4\n%s\n' "$GOOD" "$GOOD" "$GOOD" "$GOOD" > headers.tabari
expect "TABARI headers: YYYYMMDD, a tab, month 13" 0 "$E3" "dyad: headers.tabari:10: story T4 rejected: bad date \"211315\": no such day in the calendar
$(counts 4 3 "$E3" 3 0 1)" headers.tabari

# --------------------------------------------------------- dictionaries
printf 'PLEDGE {PLEDGED PLEDGING  [033]\n' > brace.verbs.txt
expect "dictionary: unbalanced '{'" 2 0 "dyad code: brace.verbs.txt:1: unbalanced '{'" --verbs brace.verbs.txt good.txt

printf 'RUSSIA [RUS\n' > bracket.actors.txt
expect "dictionary: unbalanced '['" 2 0 "dyad code: bracket.actors.txt:1: unbalanced '[' in code block" \
    --actors bracket.actors.txt good.txt

printf 'verb 036 : meet\npattern 036 : * (with +\n' > paren.dyad
expect "dictionary: unbalanced '('" 2 0 "dyad code: paren.dyad:2: unbalanced '(' in \"* (WITH +\"" --verbs paren.dyad good.txt

printf 'verb 999 : meet\n' > code.dyad
expect "dictionary: unknown event code" 2 0 "dyad code: code.dyad:1: \"999\" is not a CAMEO event code" --verbs code.dyad good.txt

printf 'actor RU-S : Russia\n' > actor-code.dyad
expect "dictionary: bad actor code" 2 0 "dyad code: actor-code.dyad:1: bad actor code \"RU-S\"" --verbs actor-code.dyad good.txt

printf 'frobnicate 036 : meet\n' > kind.dyad
expect "dictionary: unknown entry kind" 2 0 "dyad code: kind.dyad:1: unknown entry kind \"FROBNICATE\"" --verbs kind.dyad good.txt

# Dictionaries with a byte-order mark, CRLF or lone CR line ends are read
# as any other; a NUL byte or an impossible date stops the load.
printf 'date 2021-10-15 Zqx met Kabulistan in Moscow.\n' > zqx.txt
# (the cooperation verbs with the synsets they share with the conflict file)
cat "$repo/dict/synsets.dyad" "$repo/dict/verbs-cooperation.dyad" > coop.dyad
printf '\357\273\277actor RUS : Zqx\nactor AFG : Kabulistan\n' > bom.dyad
printf 'actor RUS : Zqx\r\nactor AFG : Kabulistan\r\n' > crlf.dyad
printf 'actor RUS : Zqx\ractor AFG : Kabulistan\r' > cr.dyad
printf '\357\273\277ZQX [RUS]\r\nKABULISTAN [AFG]\r\n' > bom.actors.txt
for f in bom.dyad crlf.dyad cr.dyad; do
    expect "dictionary: $f" 0 1 "$(counts 1 1 1 1 0 0)" --verbs "$f" --verbs coop.dyad zqx.txt
done
expect "dictionary: PETRARCH actors with BOM and CRLF" 0 1 "$(counts 1 1 1 1 0 0)" --actors bom.actors.txt --verbs coop.dyad zqx.txt
# Dictionaries as editors save them: a PETRARCH verbs file with CRLF and
# tabs, one with a BOM, tabs in a dyad file, an actor listed twice (the
# first holds; `dict check` warns); a verb block header or a pattern with no
# ']' stops the load; a file saved as UTF-16 is named so (it was "NUL byte
# in the line (column 2)").
printf 'ZQX [RUS]\nKABULISTAN [AFG]\n' > zqx.actors.txt
printf -- '--- MEET [040] ---\r\nMEET\t{MEETS MET MEETING}\r\n-\t*\tWITH + [040]\r\n' > crlf.verbs.txt
printf -- '\357\273\277--- MEET [040] ---\nMEET {MEETS MET MEETING}\n' > bom.verbs.txt
expect "dictionary: PETRARCH verbs with CRLF and tabs" 0 1 "$(counts 1 1 1 1 0 0)" --actors zqx.actors.txt --verbs crlf.verbs.txt zqx.txt
expect "dictionary: PETRARCH verbs with a BOM" 0 1 "$(counts 1 1 1 1 0 0)" --actors zqx.actors.txt --verbs bom.verbs.txt zqx.txt
printf 'actor\tRUS\t:\tZqx\nactor AFG :\tKabulistan\n' > tabs.dyad
expect "dictionary: tabs in a dyad file" 0 1 "$(counts 1 1 1 1 0 0)" --verbs tabs.dyad --verbs coop.dyad zqx.txt
printf 'ZQX [RUS]\nZQX [CHN]\nKABULISTAN [AFG]\n' > twice.actors.txt
expect "dictionary: an actor listed twice" 0 1 "$(counts 1 1 1 1 0 0)" --actors twice.actors.txt --verbs bom.verbs.txt zqx.txt
has "the first listing holds" '"source":{"code":"RUS"'
printf -- '--- MEET [040 ---\nMEET {MEETS MET MEETING}\n' > header.verbs.txt
expect "dictionary: a verb block header with no ']'" 2 0 "dyad code: header.verbs.txt:1: verb block header has no [code]" \
    --actors zqx.actors.txt --verbs header.verbs.txt zqx.txt
printf -- '--- MEET [040] ---\nMEET {MEETS MET MEETING}\n- * WITH + [040\n' > pattern.verbs.txt
expect "dictionary: a pattern with no ']'" 2 0 "dyad code: pattern.verbs.txt:3: pattern has no [code]" \
    --actors zqx.actors.txt --verbs pattern.verbs.txt zqx.txt
printf '\377\376a\000c\000t\000' > utf16.dyad
printf '\376\377\000Z\000Q' > utf16.actors.txt
expect "dictionary: a dyad file in UTF-16" 2 0 "dyad code: utf16.dyad:1: the dictionary is UTF-16 or UTF-32 (byte-order mark FF FE); dyad reads UTF-8: convert it first (iconv -t UTF-8)" \
    --verbs utf16.dyad zqx.txt
expect "dictionary: PETRARCH actors in UTF-16" 2 0 "dyad code: utf16.actors.txt:1: the dictionary is UTF-16 or UTF-32 (byte-order mark FE FF); dyad reads UTF-8: convert it first (iconv -t UTF-8)" \
    --actors utf16.actors.txt --verbs bom.verbs.txt zqx.txt
printf 'actor RUS : Zqx\000\nactor AFG : Kabulistan\n' > nul.dyad
expect "dictionary: a NUL byte" 2 0 "dyad code: nul.dyad:1: NUL byte in the line (column 16)" --verbs nul.dyad zqx.txt
printf 'actor RUS : Zqx\nactor AFG : Kabul\351stan\n' > latin1.dyad
expect "dictionary: Latin-1 in a dyad file" 2 0 "dyad code: latin1.dyad:2: invalid UTF-8 at column 18 (dyad dictionaries are UTF-8)" --verbs latin1.dyad zqx.txt
printf 'actor RUS : Zqx\nactor AFG : Kabul\303\251stan\n' > utf8.dyad
printf 'date 2021-10-15 Zqx met Kabul\303\251stan in Moscow.\n' > zqx-utf8.txt
expect "dictionary: UTF-8 in a dyad file" 0 1 "$(counts 1 1 1 1 0 0)" --verbs utf8.dyad --verbs coop.dyad zqx-utf8.txt
printf 'actor RUS : Zqx\001\nactor AFG : Kabulistan\n' > ctl.dyad
expect "dictionary: a control character in a dyad file" 2 0 "dyad code: ctl.dyad:1: control character U+0001 at column 16" --verbs ctl.dyad zqx.txt
printf 'actor RUS : Zqx\nactor AFG : Kabulistan\n\032' > ctlz.dyad
expect "dictionary: a DOS end-of-file ^Z in a dyad file" 2 0 "dyad code: ctlz.dyad:3: control character U+001A at column 1" --verbs ctlz.dyad zqx.txt
printf 'actor RUS : Zqx\nactor AFG : | |\n' > nophrase.dyad
expect "dictionary: an entry with no phrase" 2 0 "dyad code: nophrase.dyad:2: no phrase after ':'" --verbs nophrase.dyad zqx.txt
mkdir dir.dyad dir.actors
expect "dictionary: a directory as a dyad file" 2 0 "dyad code: dir.dyad:1: cannot read the dictionary: Is a directory" --verbs dir.dyad zqx.txt
expect "dictionary: a directory as --actors" 2 0 "dyad code: dir.actors:1: cannot read the dictionary: Is a directory" --actors dir.actors zqx.txt
printf 'actor RUS@2021-02-30.. : Zqx\n' > feb30.dyad
expect "dictionary: 2021-02-30 in a validity period" 2 0 "dyad code: feb30.dyad:1: bad validity period \"@2021-02-30..\" (want @YYYY-MM-DD..YYYY-MM-DD)" --verbs feb30.dyad zqx.txt
printf 'actor RUS@2021-10-20..2021-01-01 : Zqx\n' > reversed.dyad
expect "dictionary: a reversed validity period" 2 0 "dyad code: reversed.dyad:1: validity period of RUS ends before it starts" --verbs reversed.dyad zqx.txt
printf 'ZQX [RUS 20211020-20210101]\nKABULISTAN [AFG]\n' > reversed.actors.txt
expect "dictionary: a reversed PETRARCH date range drops that code" 0 0 "$(counts 1 1 0 0 1 0)" --actors reversed.actors.txt --verbs coop.dyad zqx.txt
expect "dictionary: missing file" 2 0 "dyad code: nothere.dyad: cannot open dictionary" --verbs nothere.dyad zqx.txt

printf 'synset &B : tanks\nsynset &A : missiles | &B\nsynset &B : &A\nverb 190 : attack\npattern 195 : * + with &A\n' > cycle.dyad
expect "dictionary: circular synsets" 2 0 "dyad code: cycle.dyad:3: synset &B refers to itself through &A" --verbs cycle.dyad good.txt

printf 'date 2021-10-15 Zqa99999 met Kabulistan in Moscow.\n' > synonyms.txt
awk 'BEGIN { printf "actor RUS : Zqa1"; for (i = 2; i <= 100000; i++) printf " | Zqa%d", i; print ""
             print "actor AFG : Kabulistan" }' > synonyms.dyad
expect "dictionary: 100,000 synonyms, dyad format" 0 1 "$(counts 1 1 1 1 0 0)" \
    --verbs synonyms.dyad --verbs coop.dyad synonyms.txt
has "the 99,999th synonym codes" '"source":{"code":"RUS"'

sed 's/Zqa/Zqb/' synonyms.txt > synonyms-petrarch.txt
awk 'BEGIN { print "RUSSIA [RUS]"; for (i = 1; i <= 100000; i++) printf "+ZQB%d\n", i
             print "KABULISTAN [AFG]" }' > synonyms.actors.txt
expect "dictionary: 100,000 synonyms, PETRARCH format" 0 1 "$(counts 1 1 1 1 0 0)" \
    --actors synonyms.actors.txt --verbs coop.dyad synonyms-petrarch.txt
has "the 99,999th PETRARCH synonym codes" '"source":{"code":"RUS"'

# ------------------------------------------------------ options misused
# A count is digits only and in range: "10x" is not 10, "2.5" not 2.
for v in 10x -5 0 2.5 99999999999999999999999 1073741825 ''; do
    exits_with 2 "dyad code: bad value for --max-story-bytes: \"$v\" (want a whole number from 1 to 1073741824)" \
        "$dyad" code --max-story-bytes "$v" good.txt
done
for v in 0 65 2.5 2x; do
    exits_with 2 "dyad code: bad value for --threads: \"$v\" (want a whole number from 1 to 64)" \
        "$dyad" code --threads "$v" good.txt
done
exits_with 2 "dyad code: bad value for --max-sentence-tokens: \"5x\"" "$dyad" code --max-sentence-tokens 5x good.txt
# Each mistake named as what it is: an unknown option, a value missing
# (the option last), a value that is none of the option's (was: "bad
# option or value: --format" for all three, the value not shown).
expect "unknown option" 2 0 "dyad code: unknown option --bogus
$("$dyad" code --help)" --bogus good.txt
expect "an option missing its value" 2 0 "dyad code: --format needs a value: jsonl or tsv" good.txt --format
expect "--db missing its value" 2 0 "dyad code: --db needs a value: a file name" --db
expect "--format unknown" 2 0 "dyad code: bad value for --format: \"xml\" (want jsonl or tsv)" --format xml good.txt
expect "--format followed by a file" 2 0 "dyad code: bad value for --format: \"good.txt\" (want jsonl or tsv)" --format good.txt
expect "--input-format unknown" 2 0 \
    "dyad code: bad value for --input-format: \"csv\" (want auto, dated, jsonl, xml or tabari)" --input-format csv good.txt
# The other commands that read stories: an unknown option is said (times
# and quotes opened it as a file, validate skipped it), and validate
# takes one FILE (it took the last and dropped the others).
exits_with 2 "dyad times: unknown option --bogus" "$dyad" times --bogus good.txt
exits_with 2 "dyad quotes: unknown option --format" "$dyad" quotes --format tsv good.txt
exits_with 2 "dyad validate: unknown option --bogus" "$dyad" validate --bogus good.txt
exits_with 2 "dyad validate: one FILE at a time (good.txt, other.txt)" "$dyad" validate good.txt other.txt
# "--" ends the options: a file whose name starts with '-' is read.
cp good.txt ./-dash.txt
expect "-- before a file named -dash.txt" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" -- -dash.txt
expect "--max-story-bytes at its largest" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" --max-story-bytes 1073741824 good.txt
set --; i=0; while [ $i -lt 40 ]; do set -- "$@" --verbs coop.dyad; i=$((i + 1)); done
expect "too many dictionary files" 2 0 "dyad: too many --verbs files (at most 31); put them in one folder for --dicts" "$@" good.txt

# ------------------------------------------------- accounting and --strict
{ good; good; good
  printf 'date 2021-10-15 Hello.\ndate 2021-10-15 The weather was fine.\n'
  printf 'date 2021-02-30 %s\ndate 2021-10-15\ndate 2021-10-15 Russia \377 met.\n' "$GOOD"; } > mixed.txt
mixed_err="dyad: mixed.txt:6: story mixed.txt:6 rejected: bad date \"2021-02-30\": no such day in the calendar
dyad: mixed.txt:7: story mixed.txt:7 rejected: story has no text
dyad: mixed.txt:8: story mixed.txt:8 rejected: invalid UTF-8 at byte 7 of the story text
$(counts 8 5 "$E3" 3 2 3)"
expect "accounting on a mixed corpus" 0 "$E3" "$mixed_err" mixed.txt
expect "--strict with rejected stories exits 1" 1 "$E3" "$mixed_err" --strict mixed.txt
expect "--strict with none rejected exits 0" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" --strict good.txt

# The same sum on real wire stories with three bad lines put in.
wire=$shared/text/wire-stories.jsonl
if [ -f "$wire" ]; then
    { head -n 200 "$wire"; printf '{"id":"bad1","date":"1997-02-30","text":"x"}\n{"id":"bad2"\n'
      sed -n '201,400p' "$wire"; printf '{"id":"bad3","date":"1997-04-01","text":""}\n'; } > wire.jsonl
    "$dyad" code wire.jsonl > /dev/null 2> err; status=$?
    set -- $(tail -n 1 err | tr -cs '0-9' ' ')
    if [ "$status" = 0 ] && [ "$1" = 403 ] && [ "$6" = 3 ] && [ "$1" -eq $(($4 + $5 + $6)) ] \
        && [ "$(grep -c rejected: err)" = 3 ]; then
        ok "accounting on 400 wire stories and 3 bad lines: $4 coded + $5 no event + $6 rejected = $1"
    else
        bad "accounting on wire stories" "exit $status; $(cat err)"
    fi
else
    echo "skip accounting on wire stories: no $wire"
fi

# ------------------------------------------------------- fifth round
# A file that is one JSON array of stories (json.dump(list), jq -s): one
# member a line, all on one line, or printed over lines; "[]" holds none.
J1='{"id":"a1","date":"2021-10-15","text":"Russia met the Taliban in Moscow."}'
J2='{"id":"a2","date":"2021-10-16","text":"Russia met the Taliban in Moscow."}'
printf '[\n%s,\n%s\n]\n' "$J1" "$J2" > array.json
expect "JSON array, one member a line" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" array.json
printf '[%s, %s]\n' "$J1" "$J2" > array1.json
expect "JSON array on one line" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" array1.json
printf '[\n  {\n    "id": "a1",\n    "date": "2021-10-15",\n    "text": "%s"\n  },\n  {\n    "id": "a2",\n    "date": "2021-10-16",\n    "text": "%s"\n  }\n]\n' "$GOOD" "$GOOD" > array2.json
expect "JSON array printed over lines" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" array2.json
# --max-story-bytes holds for each member, not for the line of several.
expect "JSON array on a line longer than the story limit" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" --max-story-bytes 150 array1.json
expect "JSON array members over the story limit" 0 0 "dyad: array1.json:1: story a1 rejected: story longer than 70 bytes (--max-story-bytes)
dyad: array1.json:1: story a2 rejected: story longer than 70 bytes (--max-story-bytes)
$(counts 2 0 0 0 0 2)" --max-story-bytes 70 array1.json
printf '[]\n' > array0.json
expect "empty JSON array" 0 0 "$(counts 0 0 0 0 0 0)" array0.json
# A bad member is rejected alone, the members after it on its line read;
# when its end cannot be found (brackets unbalanced) the message says that
# the rest of the line was skipped.
printf '[%s, {"id":"b","date":"2021-10-15","text":7}, %s]\n' "$J1" "$J2" > arraybad.json
expect "JSON array with a bad member on one line" 0 "$E2" "dyad: arraybad.json:1: story b rejected: bad JSON at column 115: \"text\" is not a string
$(counts 3 2 "$E2" 2 0 1)" arraybad.json
printf '[{"id":"b","date":"2021-10-15","text":7}}, %s]\n' "$J2" > arraylost.json
expect "JSON array with an unbalanced member" 0 0 "dyad: arraylost.json:1: story b rejected: bad JSON at column 39: \"text\" is not a string (the rest of the line, a JSON array's members, was skipped)
$(counts 1 0 0 0 0 1)" arraylost.json
# A bad member printed over lines is that member alone (nothing else is
# on its lines).
printf '[\n  {\n    "id": "b",\n    "text": 7,\n    "meta": {"x": 1}\n  },\n%s\n]\n' "$J2" > arraypretty.json
expect "JSON array with a bad member printed over lines" 0 "$E" "dyad: arraypretty.json:4: story b rejected: bad JSON at column 13: \"text\" is not a string
$(counts 2 1 "$E" 1 0 1)" arraypretty.json
printf '[\n%s,\n42,\n%s\n]\n' "$J1" "$J2" > arraynum.json
expect "JSON array with a number for a member" 0 "$E2" "dyad: arraynum.json:3: record rejected: bad JSON at column 1: array member is a JSON number, not an object
$(counts 3 2 "$E2" 2 0 1)" arraynum.json
# Outside an array a comma after an object stays an error.
printf '%s,\n%s\n' "$J1" "$J2" > comma.jsonl
expect "JSON Lines with a comma and no array" 0 "$E" "dyad: comma.jsonl:1: story a1 rejected: bad JSON at column 75: a comma after the JSON object (JSON Lines has one object a line, nothing between)
$(counts 2 1 "$E" 1 0 1)" comma.jsonl

# A date with a zone and no time (XML Schema's xs:date) is its date.
printf '{"id":"z1","date":"2021-10-15+02:00","text":"%s"}\n{"id":"z2","date":"2021-10-15Z","text":"%s"}\n{"id":"z3","date":"2021-10-15+25:00","text":"%s"}\n' "$GOOD" "$GOOD" "$GOOD" > zone.jsonl
expect "JSON date with a zone and no time" 0 "$E2" "dyad: zone.jsonl:3: story z3 rejected: bad date \"2021-10-15+25:00\": not a date (want YYYY-MM-DD)
$(counts 3 2 "$E2" 2 0 1)" zone.jsonl

# Punctuation after the date of a date line is the dateline's.
printf 'date 2021-10-15, %s\nDate: 2021-10-16. %s\ndate 2021-10-17; %s\ndate 2021-10-17,5 %s\n' "$GOOD" "$GOOD" "$GOOD" "$GOOD" > punct.txt
expect "dated text: punctuation after the date" 0 "$E3" "dyad: punct.txt:4: story punct.txt:4 rejected: bad date \"2021-10-17,5\": not a date (want YYYY-MM-DD)
$(counts 4 3 "$E3" 3 0 1)" punct.txt
# An article's "Date: 2021 was ..." is text, not a date line (it started a
# rejected story that swallowed the rest of the article); a whole date
# after "Date" still starts a story, in words too ("Date: 5 October 2021",
# "Date: October 5, 2021, Moscow -"), and a date in words is refused by
# name when the calendar has no such day.
printf 'date 2021-10-15\n%s\nDate: 2021 was a hard year.\nDATE 12 people left.\n%s\nDate: 5 October 2021\n%s\nDate: October 5, 2021, Moscow - %s\ndate 29 Feb 2021\n%s\n' "$GOOD" "$GOOD" "$GOOD" "$GOOD" "$GOOD" > dateword.txt
expect "dated text: 'Date: 2021' in an article, dates in words" 0 "$((E2 + E * 2))" "dyad: dateword.txt:9: story dateword.txt:4 rejected: bad date \"29 Feb 2021\": no such day in the calendar
$(counts 4 6 "$((E2 + E * 2))" 3 0 1)" dateword.txt

# The zero-width space joins the word it sits in (it broke the actor: no
# event).
printf '{"id":"w1","date":"2021-10-15","text":"Russia met the Tali\\u200bban in Mos\\u200bcow."}\n' > zwsp.jsonl
expect "U+200B inside words" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" zwsp.jsonl
has "U+200B inside an actor's name" "$(printf '"code":"AFGGOV","country":"AFG","sector":"GOV","text":"Tali\342\200\213ban"')"

# An indented line that starts with a date and goes on as a sentence is
# text of its record, not a header ("people" was the next record's id).
printf '211015 I-1\n%s\n  211015 people marched in Kabul.\n\n  211016  I-2\n%s\n' "$GOOD" "$GOOD" > indent2.tabari
expect "TABARI indented text starting with a date" 0 "$E2" "$(counts 2 3 "$E2" 2 0 0)" indent2.tabari

# HTML's named entities in XML text (scraped pages): "&nbsp;" glued two
# words, "&mdash;" was a word.
printf '<Sentence date="20211015" id="h1"><Text>Russia&nbsp;met the Taliban in Moscow &mdash; caf&eacute; talks.</Text></Sentence>\n<Sentence date="20211015" id="h2"><Text>Russia &bogus; met.</Text></Sentence>\n' > html.xml
expect "XML with HTML entities" 0 "$E" "$(counts 2 2 "$E" 1 1 0)" html.xml
has "HTML entities decoded" "$(printf '"sentence_text":"Russia\302\240met the Taliban in Moscow \342\200\224 caf\303\251 talks."')"

# A file name with a tab, a line break or a byte that is not UTF-8: ids
# and messages show them as \xHH (every story was rejected for its id,
# and each message broke across lines).
odd=$(printf 'we\tird\nna\377me.txt')
{ good; printf 'date 2021-10-16 bad \377 byte\n'; } > "$odd"
expect "a file name with control characters and bad bytes" 0 "$E" "dyad: we\\x09ird\\x0Ana\\xFFme.txt:2: story we\\x09ird\\x0Ana\\xFFme.txt:2 rejected: invalid UTF-8 at byte 4 of the story text
$(counts 2 1 "$E" 1 0 1)" "$odd"
has "ids made of an odd file name" '"story_id":"we\\x09ird\\x0Ana\\xFFme.txt:1"'

# An XML file that declares another encoding: dyad reads UTF-8 whatever
# the declaration says (a file in ASCII is fine), and a byte of the
# declared encoding is rejected naming it (the hint guessed Windows-1252).
{ printf '<?xml version="1.0" encoding="ISO-8859-1"?>\n<Sentences>\n'
  printf '<Sentence date="20211015" id="l1"><Text>Caf\351 owners met.</Text></Sentence>\n'
  printf '<Sentence date="20211015" id="l2"><Text>%s</Text></Sentence>\n</Sentences>\n' "$GOOD"; } > latin1.xml
expect "XML declaring ISO-8859-1" 0 "$E" "dyad: latin1.xml:3: story l1 rejected: invalid UTF-8 at byte 3 of the story text (0xE9: the file declares encoding \"ISO-8859-1\"; dyad reads UTF-8: convert it first: iconv -f ISO-8859-1 -t UTF-8)
$(counts 2 1 "$E" 1 0 1)" latin1.xml

# /dev/null and files whose last line has no line end, in each format:
# the last story is read whole.
expect "/dev/null as input" 0 0 "$(counts 0 0 0 0 0 0)" /dev/null
{ good; printf 'date 2021-10-17 %s' "$GOOD"; } > nonl.txt
{ printf '{"id":"n1","date":"2021-10-16","text":"%s"}\n{"id":"n2","date":"2021-10-17","text":"%s"}' "$GOOD" "$GOOD"; } > nonl.jsonl
printf '<Sentence date="20211016" id="n1"><Text>%s</Text></Sentence>\n<Sentence date="20211017" id="n2"><Text>%s</Text></Sentence>' "$GOOD" "$GOOD" > nonl.xml
printf '211016 N1\n%s\n\n211017 N2\n%s' "$GOOD" "$GOOD" > nonl.tabari
for f in nonl.txt nonl.jsonl nonl.xml nonl.tabari; do
    expect "no final newline: $f" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" "$f"
done

# Seventh round.  A form feed (page break) before a date line: the story
# it starts was text of the story before it, with that story's date.
{ good; printf '\fdate 2021-10-17 %s\n\f\n' "$GOOD"; } > formfeed.txt
expect "a page break before a date line" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" formfeed.txt
has "the story after the page break keeps its date" '"story_id":"formfeed.txt:2","sentence":1,"sentence_text":"Russia met the Taliban in Moscow.","story_date":"2021-10-17"'

# A million empty lines before the first JSON line: the file was read as
# dated text, every story lost in one rejection.
{ awk 'BEGIN { for (i = 0; i < 1000000; i++) print "" }'
  printf '{"id":"after","date":"2021-10-16","text":"%s"}\n{"id":"b2","date":"2021-02-30","text":"x"}\n' "$GOOD"; } > empty-lines.jsonl
expect "1,000,000 empty lines before JSON Lines" 0 "$E" "dyad: empty-lines.jsonl:1000002: story b2 rejected: bad date \"2021-02-30\": no such day in the calendar
$(counts 2 1 "$E" 1 0 1)" empty-lines.jsonl

# JSON that JavaScript or Python would take, named as what it is (was:
# "expected a string", "line is not a JSON object", "bad value").
{ printf '{"id":"t1","date":"2021-10-15","text":"x",}\n// a comment\n'
  printf '{"id":"t2","date":"2021-10-15","text":"x","n":NaN}\n{"id":"t3","date":"2021-10-15","text":"x","tags":[1,]}\n'
  printf "{'id':'t4'}\n"
  printf '{"id":"t5","date":"2021-10-16","text":"%s"}\n' "$GOOD"; } > lax.jsonl
expect "JSON of JavaScript and Python: trailing commas, comments, NaN, single quotes" 0 "$E" "dyad: lax.jsonl:1: story t1 rejected: bad JSON at column 43: a comma before '}' (JSON allows none after the last member)
dyad: lax.jsonl:2: record rejected: bad JSON at column 1: line is a comment: JSON has none
dyad: lax.jsonl:3: story t2 rejected: bad JSON at column 47: NaN and Infinity are not JSON (write null)
dyad: lax.jsonl:4: story t3 rejected: bad JSON at column 53: a comma before ']' (JSON allows none after the last member)
dyad: lax.jsonl:5: record rejected: bad JSON at column 2: a string in single quotes (JSON takes double quotes)
$(counts 6 1 "$E" 1 0 5)" lax.jsonl


# ------------------------------------------------------- eighth round
# validate: a record on the first line was read twice (the file was
# rewound under the reader to look for <Environment>), and every line
# number was one too high; its messages are worded as code's.
printf '<Sentence date="20211016" id="v1"><EventCoding sourcecode="RUS" targetcode="AFGGOV" eventcode="040"/><Text>%s</Text></Sentence>\n<Sentence id="v2"><Text>x</Text></Sentence>\n' "$GOOD" > first-line.xml
"$dyad" validate first-line.xml > out 2> err
if [ "$(tail -1 out)" = "1 passed, 0 failed" ] && [ "$(cat err)" = "dyad validate: first-line.xml:2: story v2 rejected: story has no date" ]; then
    ok "validate: a record on the first line read once, at its line"
else
    bad "validate: first line" "$(cat out err)"
fi
# Dated text and JSON Lines hold no expected codings: said (exit 2 without
# a word before); TABARI records with no .project naming them are read
# with the default dictionaries (exit 2 without a word); a blank file holds
# no records, said (input22: it passed, exit 0).
exits_with 2 "dyad validate: good.txt: a dated text file holds no expected codings; validate reads PETRARCH XML or TABARI records (dyad code codes this one)" "$dyad" validate good.txt
printf '{"id":"j","date":"2021-10-16","text":"%s"}\n' "$GOOD" > one.jsonl
exits_with 2 "dyad validate: one.jsonl: a JSON Lines file holds no expected codings" "$dyad" validate one.jsonl
printf '211016 T1\n%s\n/* { RUS / AFGGOV / 040 } */\n' "$GOOD" > noproject.txt
exits_with 0 "1 passed, 0 failed" "$dyad" validate noproject.txt
exits_with 2 "dyad validate: blank.txt: no validation records in the file" "$dyad" validate blank.txt

# XML: a <Text> tag with attributes or a blank before '>' ("<Text
# lang=\"en\">", "</Text >"), and attribute values without quotes, as HTML
# writes them: their records were rejected for "no text" or "no date".
# "<Text/>" holds no text.
{ printf '<Sentence date="20211016" id="t1"><Text lang="en">%s</Text ></Sentence>\n' "$GOOD"
  printf '<Sentence date="20211016" id="t2"><Text >%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date=20211016 id=t3><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence id=t4 date=20211016/><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date="20211016" id="t5"><Text/></Sentence>\n'
  printf '<Sentence date="" id="t6"><Text>%s</Text></Sentence>\n' "$GOOD"; } > text-attr.xml
expect "XML: <Text> with attributes, values without quotes, <Text/>, date=\"\"" 0 "$((E * 4))" "dyad: text-attr.xml:5: story t5 rejected: story has no text
dyad: text-attr.xml:6: story t6 rejected: story has no date
$(counts 6 4 "$((E * 4))" 4 0 2)" text-attr.xml

# JSON Lines with no "date", a null one or an empty one: "story has no
# date", as XML says it (was: bad date "": missing).
printf '{"id":"d1","text":"x"}\n{"id":"d2","date":null,"text":"x"}\n{"id":"d3","date":"","text":"x"}\n' > nodate.jsonl
expect "JSON Lines: date missing, null or empty" 0 0 "dyad: nodate.jsonl:1: story d1 rejected: story has no date
dyad: nodate.jsonl:2: story d2 rejected: story has no date
dyad: nodate.jsonl:3: story d3 rejected: story has no date
$(counts 3 0 0 0 0 3)" nodate.jsonl

# Objects one after another on a line ("}{", "} {"): each is a record (the
# second was lost, the first rejected for "text after the JSON object");
# a bad one is named at its column, and one cut short at the end too.
J='{"id":"%s","date":"%s","text":"%s"}'
{ printf "$J$J $J"'{"id":"k4","da\n' k1 2021-10-16 "$GOOD" k2 2021-02-30 x k3 2021-10-16 "$GOOD"
  printf "$J"'{\n' k5 2021-10-16 "$GOOD"; } > concat.jsonl
c2=$(printf "$J$J $J" k1 2021-10-16 "$GOOD" k2 2021-02-30 x k3 2021-10-16 "$GOOD" | wc -c)
c3=$(printf "$J" k5 2021-10-16 "$GOOD" | wc -c)
expect "JSON objects one after another on a line" 0 "$E3" "dyad: concat.jsonl:1: story k2 rejected: bad date \"2021-02-30\": no such day in the calendar
dyad: concat.jsonl:1: story k4 rejected: bad JSON at column $((c2 + 15)): unterminated string
dyad: concat.jsonl:2: record rejected: bad JSON at column $((c3 + 2)): truncated or malformed object
$(counts 6 3 "$E3" 3 0 3)" concat.jsonl

# A key in another case ("Date", "TEXT"): the message says so (JSON keys
# are case-sensitive; it said only "story has no date").
printf '{"id":"c1","Date":"2021-10-16","Text":"x"}\n{"id":"c2","date":"2021-10-16","TEXT":"x"}\n' > keycase.jsonl
expect "JSON Lines: date and text keys in another case" 0 0 "dyad: keycase.jsonl:1: story c1 rejected: story has no date (\"date\" is written in another case: JSON keys are case-sensitive)
dyad: keycase.jsonl:2: story c2 rejected: story has no text (\"text\" is written in another case: JSON keys are case-sensitive)
$(counts 2 0 0 0 0 2)" keycase.jsonl

# A missing </Text> before </Sentence>: the text ends there, as an
# early-closed tag (the record was rejected at the next <Sentence>, or at
# the end of the file); one with no </Sentence> either is still rejected.
{ printf '<Sentence date="20211016" id="m1"><Text>%s\n</Sentence>\n' "$GOOD"
  printf '<Sentence date="20211016" id="m2"><Text>%s\n' "$GOOD"
  printf '<Sentence date="20211016" id="m3"><Text>%s</Sentence>' "$GOOD"; } > no-text-end.xml
expect "XML: </Sentence> with no </Text> before it" 0 "$E2" "dyad: no-text-end.xml:3: story m2 rejected: unclosed <Text> before the next <Sentence>
$(counts 3 2 "$E2" 2 0 1)" no-text-end.xml

# "{}" is an object with no fields: a story with no date (it was "expected
# a string"); a line that ends where a key should be is cut short.
printf '{}\n[{ }, {"id":"e3"}]\n{"id":"e4",\n' > empty-object.jsonl
expect "JSON Lines: empty objects, a line cut after a comma" 0 0 "dyad: empty-object.jsonl:1: story empty-object.jsonl:1 rejected: story has no date
dyad: empty-object.jsonl:2: story empty-object.jsonl:2 rejected: story has no date
dyad: empty-object.jsonl:2: story e3 rejected: story has no date
dyad: empty-object.jsonl:3: story e4 rejected: bad JSON at column 12: truncated or malformed object
$(counts 4 0 0 0 0 4)" empty-object.jsonl

# ISO's order with a month or day of one digit ("2021-1-5", "2021/10/5")
# is as plain as the padded form: read (it was "not a date"); a two-digit
# year and a three-digit month are still refused.
printf '{"id":"u1","date":"2021-1-5","text":"%s"}\n{"id":"u2","date":"2021/10/5","text":"%s"}\n{"id":"u3","date":"21-1-5","text":"x"}\n{"id":"u4","date":"2021-001-5","text":"x"}\n{"id":"u5","date":"2021-2-30","text":"x"}\n' "$GOOD" "$GOOD" > unpadded.jsonl
expect "dates with a month or day of one digit" 0 "$E2" "dyad: unpadded.jsonl:3: story u3 rejected: bad date \"21-1-5\": not a date (want YYYY-MM-DD)
dyad: unpadded.jsonl:4: story u4 rejected: bad date \"2021-001-5\": not a date (want YYYY-MM-DD)
dyad: unpadded.jsonl:5: story u5 rejected: bad date \"2021-2-30\": no such day in the calendar
$(counts 5 2 "$E2" 2 0 3)" unpadded.jsonl
printf 'date 2021-1-5 %s\n' "$GOOD" > unpadded.txt
expect "a date line with a month of one digit" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" unpadded.txt

# A JSON array opened "[{" with its members printed over lines and "}, {"
# between them: each member read (every line was rejected); one cut short
# at the end of the file is named at its line.
{ printf '[{\n  "id": "l1",\n  "date": "2021-10-16",\n  "text": "%s"\n}, {\n  "id": "l2",\n  "date": "2021-02-30",\n  "text": "x"\n},\n' "$GOOD"
  printf '{\n  "id": "l3",\n  "date": "2021-10-16",\n  "text": "%s"\n}, {"id": "l4", "date": "2021-10-16", "text": "%s"}, {\n  "id": "l5",\n' "$GOOD" "$GOOD"; } > array-compact.json
expect "JSON array printed [{ ... }, { ... }]" 0 "$E3" "dyad: array-compact.json:5: story l2 rejected: bad date \"2021-02-30\": no such day in the calendar
dyad: array-compact.json:15: story l5 rejected: bad JSON at column 14: truncated or malformed object
$(counts 5 3 "$E3" 3 0 2)" array-compact.json

# "<text>" or "<TEXT>" is no <Text> (XML names are case-sensitive): the
# message says so (it said only "story has no text").
printf '<Sentence date="20211016" id="lc1"><text>%s</text></Sentence>\n<Sentence date="20211016" id="lc2"><Text>%s</Text></Sentence>\n' "$GOOD" "$GOOD" > lower-text.xml
expect "XML: <text> in another case" 0 "$E" "dyad: lower-text.xml:1: story lc1 rejected: story has no text (its <text> is not <Text>: XML names are case-sensitive)
$(counts 2 1 "$E" 1 0 1)" lower-text.xml
# ------------------------------------------------- twelfth round (input25)
# Dates typed with a Unicode hyphen, an en dash, a minus sign or full-width
# digits (word processors, Asian keyboards) are named, not guessed; so are
# the placeholder dates of feeds (0000-00-00, 9999-12-31).
printf 'date 2021\342\200\22010\342\200\22015 %s\ndate 2021\342\200\22310\342\200\22315 %s\ndate 2021\342\210\22210\342\210\22215 %s\ndate \357\274\222\357\274\220\357\274\222\357\274\221-10-15 %s\ndate 0000-00-00 %s\ndate 9999-12-31 %s\n' \
    "$GOOD" "$GOOD" "$GOOD" "$GOOD" "$GOOD" "$GOOD" > dashes.txt
good >> dashes.txt
expect "dates with Unicode dashes, full-width digits, placeholders" 0 "$E" "dyad: dashes.txt:1: story dashes.txt:1 rejected: bad date \"2021‐10‐15\": not a date (want YYYY-MM-DD)
dyad: dashes.txt:2: story dashes.txt:2 rejected: bad date \"2021–10–15\": not a date (want YYYY-MM-DD)
dyad: dashes.txt:3: story dashes.txt:3 rejected: bad date \"2021−10−15\": not a date (want YYYY-MM-DD)
dyad: dashes.txt:4: story dashes.txt:4 rejected: bad date \"２０２１-10-15\": not a date (want YYYY-MM-DD)
dyad: dashes.txt:5: story dashes.txt:5 rejected: bad date \"0000-00-00\": year outside 1900-2100
dyad: dashes.txt:6: story dashes.txt:6 rejected: bad date \"9999-12-31\": year outside 1900-2100
$(counts 7 1 "$E" 1 0 6)" dashes.txt
# A table given by mistake (CSV or TSV with a header, or a date column
# first): one message for the file, which names the way out.
printf 'id,date,text\n1,2021-10-16,"%s"\n' "$GOOD" > stories.csv
printf 'id\tdate\ttext\n1\t2021-10-16\t%s\n' "$GOOD" > stories.tsv
printf '2021-10-16,"%s"\n' "$GOOD" > datefirst.csv
for f in stories.csv stories.tsv datefirst.csv; do
    expect "a table given as stories: $f" 0 0 "dyad: $f:1: record rejected: text with no \"date YYYY-MM-DD\" line before it (no date line in the input: is it in another format? see --input-format)
$(counts 1 0 0 0 0 1)" "$f"
done
# A story of 100,000 short sentences: each counted, in about a second.
awk 'BEGIN { printf "date 2021-10-15"; for (i = 0; i < 100000; i++) printf " Hi."; print "" }' > short-sentences.txt
expect "a story of 100,000 short sentences" 0 0 "$(counts 1 100000 0 0 1 0)" short-sentences.txt
# A story of 50,000 sentences of one event each: its events are held until
# the story ends (a discard anywhere drops them all), in one vector the
# coder reuses; grown in the story's arena, each doubling left the last
# copy behind (max RSS 77 MB against 55 MB now; one short story 35 MB).
awk 'BEGIN { printf "date 2021-10-15"; for (i = 0; i < 50000; i++) printf " Russia met Iran."; print "" }' > many-events.txt
if [ -x /usr/bin/time ]; then
    quarantine_off="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0"
    ASAN_OPTIONS=$quarantine_off /usr/bin/time -f %M -o rss-good "$dyad" code good.txt > /dev/null 2> /dev/null
    ASAN_OPTIONS=$quarantine_off /usr/bin/time -f %M -o rss-many "$dyad" code many-events.txt > out 2> err
    small=$(tail -n 1 rss-good); big=$(tail -n 1 rss-many)
    if [ "$(cat err)" = "$(counts 1 50000 50000 1 0 0)" ] && [ "$big" -le $((small + 30000)) ]; then
        ok "a story of 50,000 events: max RSS $big kB (one short story: $small kB)"
    else
        bad "a story of 50,000 events" "max RSS $big kB against $small kB for a short story; stderr: $(cat err)"
    fi
fi
rm -f many-events.txt short-sentences.txt
# JSON Lines: a date as a MongoDB export writes it ({"$date": ...}) or in
# an array, ids that are true or an array, a bad byte in "source" alone;
# an id as a float is kept as written.
{ printf '{"id":"m1","date":{"$date":"2021-10-16T00:00:00Z"},"text":"%s"}\n' "$GOOD"
  printf '{"id":"m2","date":["2021-10-16"],"text":"%s"}\n' "$GOOD"
  printf '{"id":true,"date":"2021-10-16","text":"%s"}\n' "$GOOD"
  printf '{"id":[1],"date":"2021-10-16","text":"%s"}\n' "$GOOD"
  printf '{"id":"m5","date":"2021-10-16","text":"%s","source":"Reu\377ters"}\n' "$GOOD"
  printf '{"id":1.5,"date":"2021-10-16","text":"%s"}\n' "$GOOD"; } > exports.jsonl
expect "JSON Lines: exported dates, ids of other types, a bad byte in source" 0 "$E" "dyad: exports.jsonl:1: story m1 rejected: bad JSON at column 19: \"date\" is not a string
dyad: exports.jsonl:2: story m2 rejected: bad JSON at column 19: \"date\" is not a string
dyad: exports.jsonl:3: record rejected: bad JSON at column 7: \"id\" is neither a string nor a number
dyad: exports.jsonl:4: record rejected: bad JSON at column 7: \"id\" is neither a string nor a number
dyad: exports.jsonl:5: story m5 rejected: story source is not UTF-8 text
$(counts 6 1 "$E" 1 0 5)" exports.jsonl
has "an id as a float kept as written" '"story_id":"1.5"'
# XML: a <sentence> or <SENTENCE> record (XML names are case-sensitive) is
# said, as a <p:Sentence> is; and the record after either is read (it was
# dropped as rejected, without a word: the skip's rejection was taken for
# its own).
{ printf '<Sentences>\n<p:Sentence date="20211016" id="k1"><Text>%s</Text></p:Sentence>\n' "$GOOD"
  printf '<Sentence date="20211016" id="k2"><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<sentence date="20211016" id="k3"><Text>%s</Text></sentence>\n' "$GOOD"
  printf '<Sentence date="20211016" id="k4"><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<SENTENCE DATE="20211016" ID="k5"><TEXT>%s</TEXT></SENTENCE>\n</Sentences>\n' "$GOOD"; } > case.xml
expect "XML: records in another case or prefixed, the next ones read" 0 "$E2" "dyad: case.xml:2: record rejected: a <p:Sentence> element: dyad reads <Sentence> with no namespace prefix; the record was skipped
dyad: case.xml:4: record rejected: a <sentence> element: XML names are case-sensitive and dyad reads <Sentence>; the record was skipped
dyad: case.xml:6: record rejected: a <SENTENCE> element: XML names are case-sensitive and dyad reads <Sentence>; the record was skipped
$(counts 5 2 "$E2" 2 0 3)" case.xml
# XML as scrapers leave it: a comment inside <Text> (dropped), attribute
# values with no quotes (read), a <Sentence> opened inside another before
# any text (the outer one has none), a CDATA section never closed.
{ printf '<Sentences>\n<Sentence date="20211016" id="c1"><Text>Russia met <!-- editor: check --> the Taliban in Moscow.</Text></Sentence>\n'
  printf '<Sentence date=20211016 id=c2><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<Sentence date="20211016" id="c3"><Sentence date="20211016" id="c4"><Text>%s</Text></Sentence></Sentence>\n' "$GOOD"
  printf '<Sentence date="20211016" id="c5"><Text><![CDATA[%s</Text></Sentence>\n</Sentences>\n' "$GOOD"; } > scraped.xml
expect "XML: a comment in text, bare attributes, nested and unclosed CDATA" 0 "$E3" "dyad: scraped.xml:4: story c3 rejected: story has no text
dyad: scraped.xml:6: story c5 rejected: unclosed <Text> at end of file
$(counts 5 3 "$E3" 3 0 2)" scraped.xml
has "a comment in text is dropped" '"story_id":"c1","sentence":1,"sentence_text":"Russia met  the Taliban in Moscow."'
# Dictionaries: codes in lower case are read as capitals; a PETRARCH code
# line before any actor, a dyad entry with no ':' or nothing after it stop
# the load, named.
printf 'ZQX [rus]\nKABULISTAN [afg]\n' > lower.actors.txt
printf 'actor rus : Zqx\nactor afg : Kabulistan\n' > lower.dyad
expect "dictionary: PETRARCH codes in lower case" 0 1 "$(counts 1 1 1 1 0 0)" --actors lower.actors.txt --verbs coop.dyad zqx.txt
has "a lower-case PETRARCH code read as capitals" '"source":{"code":"RUS"'
expect "dictionary: dyad codes in lower case" 0 1 "$(counts 1 1 1 1 0 0)" --verbs lower.dyad --verbs coop.dyad zqx.txt
has "a lower-case dyad code read as capitals" '"target":{"code":"AFG"'
printf '[RUS]\nKABULISTAN [AFG]\n' > codeonly.actors.txt
printf 'actor RUS\nactor AFG : Kabulistan\n' > nocolon.dyad
printf 'actor RUS :\nactor AFG : Kabulistan\n' > colonend.dyad
expect "dictionary: a PETRARCH line of only a code" 2 0 "dyad code: codeonly.actors.txt:1: code block before any actor" --actors codeonly.actors.txt --verbs coop.dyad zqx.txt
expect "dictionary: a dyad entry with no ':'" 2 0 "dyad code: nocolon.dyad:1: expected \"KIND CODES : phrases\"" --verbs nocolon.dyad zqx.txt
expect "dictionary: a dyad entry with nothing after ':'" 2 0 "dyad code: colonend.dyad:1: no phrase after ':'" --verbs colonend.dyad zqx.txt
# PETRARCH dates of six digits (YYMMDD, 19YY from 50) and eight are the
# same date: a code until 1999 names no one in 2021 either way, one from
# 1999 does.  A range that ends before it starts is dropped by the loader,
# and `dict check` now says so (it said nothing; Phoenix has one).
for r in '<991231' '<19991231' '>991231' '>19991231'; do
    printf 'ZQX [RUSGOV %s]\nKABULISTAN [AFG]\n' "$r" > dated.actors.txt
    case $r in '<'*) want=0 ;; *) want=1 ;; esac
    expect "dictionary: a PETRARCH date $r" 0 "$want" "$(counts 1 1 "$want" "$want" $((1 - want)) 0)" \
        --actors dated.actors.txt --verbs coop.dyad zqx.txt
done
for r in '991231-980101' '991231-19980101' '20211020-20210101'; do
    printf 'ZQX [RUSGOV %s]\nKABULISTAN [AFG]\n' "$r" > backwards.actors.txt
    exits_with 0 "backwards.actors.txt:1: warning: date range ends before it starts in [RUSGOV $r]: the loader drops this code" \
        "$dyad" dict check --actors backwards.actors.txt
done
printf 'ZQX [RUSGOV 000000-211016]\nKABULISTAN [AFG]\n' > zero.actors.txt
exits_with 0 "zero.actors.txt:1: warning: malformed date in [RUSGOV 000000-211016]: the loader drops this code" \
    "$dyad" dict check --actors zero.actors.txt

# --------------------------------------------------- dictionaries (input22)
# A day not in the calendar in a PETRARCH date drops that code, as a
# reversed range does (it was kept, dated from 30 February).
printf 'ZQX [RUS 20210230-20211231]\nKABULISTAN [AFG]\n' > feb30.actors.txt
expect "dictionary: 2021-02-30 in a PETRARCH date range drops that code" 0 0 "$(counts 1 1 0 0 1 0)" \
    --actors feb30.actors.txt --verbs coop.dyad zqx.txt
exits_with 0 "warning: malformed date in [RUS 20210230-20211231]: the loader drops this code" \
    "$dyad" dict check --actors feb30.actors.txt
# A byte that is not UTF-8 in a PETRARCH file: loaded as the field's files
# need, but `dict check` names it (it said nothing: the phrase never matched).
printf 'ZQX [RUS]\nKABUL\351STAN [AFG]\n' > latin1.actors.txt
exits_with 0 "latin1.actors.txt:2: warning: invalid UTF-8 at column 6 (0xE9): a phrase with it never matches (is the file Windows-1252? iconv -f WINDOWS-1252 -t UTF-8)" \
    "$dyad" dict check --actors latin1.actors.txt
# PETRARCH's brackets in a phrase of a dyad file: an error (it loaded a
# phrase "Zqx [" that never matched).
printf 'actor RUS : Zqx [\nactor AFG : Kabulistan\n' > bracket.dyad
expect "dictionary: '[' in a dyad phrase" 2 0 "dyad code: bracket.dyad:1: '[' in a phrase: phrases are words (codes go before ':')" --verbs bracket.dyad zqx.txt
# An empty dictionary file stops the load (it loaded: no actors or verbs,
# every story coded nothing without a word), in each command.
: > empty.dyad; : > empty.actors.txt
expect "dictionary: an empty dyad file" 2 0 "dyad code: empty.dyad: the dictionary is empty (0 bytes)" --verbs empty.dyad --verbs coop.dyad zqx.txt
expect "dictionary: an empty PETRARCH file" 2 0 "dyad code: empty.actors.txt: the dictionary is empty (0 bytes)" --actors empty.actors.txt zqx.txt
exits_with 1 "empty.dyad: error: the dictionary is empty (0 bytes)" "$dyad" dict check empty.dyad
exits_with 2 "dyad dict lookup: empty.actors.txt: the dictionary is empty (0 bytes)" "$dyad" dict lookup Zqx --actors empty.actors.txt

# --------------------------------------------------- story files (input22)
# Standard input named twice: the second read nothing without a word.
expect "standard input given twice" 2 0 "dyad code: standard input (-) given twice: it can be read once" - good.txt - < good.txt
# Files of every format in one run: each read in its own format.
printf '{"id":"j1","date":"2021-10-15","text":"%s"}\n' "$GOOD" > one-of-each.jsonl
printf '<Sentence date="20211015" id="x1"><Text>%s</Text></Sentence>\n' "$GOOD" > one-of-each.xml
printf '211015 T1\n%s\n' "$GOOD" > one-of-each.tabari
expect "four files of four formats in one run" 0 "$((E * 4))" "$(counts 4 4 "$((E * 4))" 4 0 0)" \
    good.txt one-of-each.jsonl one-of-each.xml one-of-each.tabari

# A <Text> inside the text (nested, or a "</Text>" lost before it) parts
# the text as a line does: "Moscow.<Text>Iran" was one sentence, the tag a
# word of it.  Two <Text> elements in a record are one text.
printf '<Sentence date="20211015" id="n1"><Text>%s<Text>Iran met Iraq.</Text></Text></Sentence>\n<Sentence date="20211015" id="n2"><Text>%s</Text><Text>Iran met Iraq.</Text></Sentence>\n' "$GOOD" "$GOOD" > nested.xml
"$dyad" code nested.xml > out 2> /dev/null
has "XML: a nested <Text> parts the text" '"story_id":"n1","sentence":2,"sentence_text":"Iran met Iraq."'
has "XML: a second <Text> is more text" '"story_id":"n2","sentence":2,"sentence_text":"Iran met Iraq."'

# ------------------------------------------------ eleventh round (input24)
# Line ends of three systems in one file (a CRLF file appended to on Unix
# and an old Mac): each ends a line.
printf 'date 2021-10-15 %s\r\ndate 2021-10-16 %s\rdate 2021-10-17 %s\n' "$GOOD" "$GOOD" "$GOOD" > mixed-ends.txt
expect "dated text: CRLF, CR and LF in one file" 0 "$E3" "$(counts 3 3 "$E3" 3 0 0)" mixed-ends.txt
# A "text" that is an object; JSON nested 100,000 and 1,000,000 deep
# (refused at depth 64 or at the first bad key: the parser's stack holds).
{ printf '{"id":"o1","date":"2021-10-15","text":{"body":"%s"}}\n' "$GOOD"
  printf '{"id":"o2","date":"2021-10-15","x":'; head -c 100000 /dev/zero | tr '\0' '['; printf '\n'
  printf '{"id":"o3","date":"2021-10-15","x":'; head -c 1000000 /dev/zero | tr '\0' '{'; printf '\n'
  printf '{"id":"ok","date":"2021-10-16","text":"%s"}\n' "$GOOD"; } > shapes.jsonl
expect "JSON Lines: text an object, nesting 100,000 and 1,000,000 deep" 0 "$E" "dyad: shapes.jsonl:1: story o1 rejected: bad JSON at column 39: \"text\" is not a string
dyad: shapes.jsonl:2: story o2 rejected: bad JSON at column 100: nested deeper than 64 levels
dyad: shapes.jsonl:3: story o3 rejected: bad JSON at column 37: expected a string
$(counts 4 1 "$E" 1 0 3)" shapes.jsonl
# Ids as numbers with exponents are kept as written (JSON does not say
# 1e3 is 1000 in a feed's eyes); a leading zero is no JSON number, said so
# (it was "bad value").
printf '{"id":1e3,"date":"2021-10-15","text":"%s"}\n{"id":-0.5E-2,"date":"2021-10-15","text":"%s"}\n{"id":1e999999,"date":"2021-10-15","text":"%s"}\n{"id":01,"date":"2021-10-15","text":"%s"}\n' "$GOOD" "$GOOD" "$GOOD" "$GOOD" > expid.jsonl
expect "JSON Lines: ids 1e3, -0.5E-2, 1e999999, 01" 0 "$E3" "dyad: expid.jsonl:4: record rejected: bad JSON at column 9: a number with a leading zero is not JSON (write a code such as 007 as a string)
$(counts 4 3 "$E3" 3 0 1)" expid.jsonl
has "an id with an exponent kept as written" '"story_id":"-0.5E-2"'
has "an id too large for a double kept as written" '"story_id":"1e999999"'
# Keys written with escapes are their decoded names; a leading zero in a
# field dyad does not keep is still no JSON.
printf '{"id":"k1","date":"2021-10-15","te\\u0078t":"%s"}\n{"\\u0069d":"k2","date":"2021-10-15","text":"%s"}\n{"id":"k3","date":"2021-10-15","n":007,"text":"%s"}\n' "$GOOD" "$GOOD" "$GOOD" > keys.jsonl
expect "JSON Lines: escaped keys, a leading zero in another field" 0 "$E2" "dyad: keys.jsonl:3: story k3 rejected: bad JSON at column 39: a number with a leading zero is not JSON (write a code such as 007 as a string)
$(counts 3 2 "$E2" 2 0 1)" keys.jsonl
has "an escaped key names the id" '"story_id":"k2"'
# Dates as a feed writes them: with a time after a blank, in words with a
# comma, with a zone of half an hour are read; day first with slashes is
# refused (15/10 and 10/11 cannot be told apart).
printf '{"id":"d1","date":"2021-10-15 10:00","text":"%s"}\n{"id":"d2","date":"Oct 15, 2021","text":"%s"}\n{"id":"d3","date":"15/10/2021","text":"%s"}\n{"id":"d4","date":"2021-10-15T10:00:00+05:30","text":"%s"}\n' "$GOOD" "$GOOD" "$GOOD" "$GOOD" > feed-dates.jsonl
expect "JSON Lines: dates with a time, in words, day first" 0 "$E3" "dyad: feed-dates.jsonl:3: story d3 rejected: bad date \"15/10/2021\": not a date (want YYYY-MM-DD)
$(counts 4 3 "$E3" 3 0 1)" feed-dates.jsonl
# HTML in a JSON text is text (dyad strips no markup: see docs/reliability.md);
# a text that is only a URL codes nothing, without a word.
printf '{"id":"h1","date":"2021-10-15","text":"<p>%s</p><br/>Talks&nbsp;went on.</p>"}\n{"id":"h2","date":"2021-10-15","text":"https://example.com/news/2021/10/15/russia-taliban-talks"}\n' "$GOOD" > html.jsonl
expect "JSON Lines: HTML markup, a URL for a text" 0 "$E" "$(counts 2 2 "$E" 1 1 0)" html.jsonl
has "markup kept as written" '"sentence_text":"<p>Russia met the Taliban in Moscow.</p><br/>Talks&nbsp;went on.</p>"'
# Invisible and odd characters in words and between them: a zero-width
# space, a soft hyphen, non-breaking spaces (U+00A0, U+202F), emoji and
# flags, a tab.  Fullwidth and ideographic punctuation ends a word and a
# sentence as ASCII's does (it was a part of "Moscow．": one sentence, no
# place, Iran's meeting lost).
{ printf 'date 2021-10-15 Rus\342\200\213sia met the Tali\302\255ban in Moscow.\n'
  printf 'date 2021-10-15 Russia\302\240met the Taliban\342\200\257in Moscow.\n'
  printf 'date 2021-10-15 Russia met the Taliban in Moscow \360\237\230\200\360\237\207\267\360\237\207\272.\n'
  printf 'date 2021-10-15 Russia\tmet\tthe Taliban\tin Moscow.\n'
  printf 'date 2021-10-15 Russia met the Taliban in Moscow\357\274\216 Iran met Iraq\357\274\201\n'; } > odd-chars.txt
expect "dated text: invisible characters, NBSP, emoji, tabs, fullwidth stops" 0 "$((E * 5 + 1))" "$(counts 5 6 "$((E * 5 + 1))" 5 0 0)" odd-chars.txt
has "a fullwidth full stop ends the sentence and its place" "$(printf '"story_id":"odd-chars.txt:5","sentence":1,"sentence_text":"Russia met the Taliban in Moscow\357\274\216"')"
has "the sentence after a fullwidth full stop" '"story_id":"odd-chars.txt:5","sentence":2,"sentence_text":"Iran met Iraq'
printf 'date 2021-10-15 Iran met Iraq in Baghdad\343\200\202 Russia met the Taliban in Moscow.\n' > ideographic.txt
"$dyad" code --format tsv ideographic.txt > out 2> /dev/null
has "a place before an ideographic full stop" "	Baghdad	"
# Bidirectional marks (left by copy from pages mixing Arabic or Hebrew and
# English) inside a name join its halves, as a soft hyphen does ("Tali",
# "ban": no event), and around it are skipped.
printf 'date 2021-10-15 Russia met the Tali\342\200\216ban in Moscow.\ndate 2021-10-15 \342\200\217Russia met the \342\201\250Taliban\342\201\251 in \330\234Moscow.\n' > bidi.txt
expect "dated text: bidirectional marks in and around names" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" bidi.txt
# A file that ends inside a UTF-8 sequence; two date lines in a row and a
# date line at the end of the file: stories with no text.
printf 'date 2021-10-15 %s\ndate 2021-10-15 Russia met \342\202' "$GOOD" > cut-utf8.txt
expect "dated text: the file ends inside a UTF-8 character" 0 "$E" "dyad: cut-utf8.txt:2: story cut-utf8.txt:2 rejected: invalid UTF-8 at byte 11 of the story text
$(counts 2 1 "$E" 1 0 1)" cut-utf8.txt
printf 'date 2021-10-15 %s\ndate 2021-10-16\ndate 2021-10-17 %s\ndate 2021-10-18' "$GOOD" "$GOOD" > date-eof.txt
expect "dated text: two date lines in a row, a date line at the end" 0 "$E2" "dyad: date-eof.txt:2: story date-eof.txt:2 rejected: story has no text
dyad: date-eof.txt:4: story date-eof.txt:4 rejected: story has no text
$(counts 4 2 "$E2" 2 0 2)" date-eof.txt
# XML: a DOCTYPE with entities that would expand to a billion "lol"s is
# not expanded (entity references it does not know are kept as written);
# a default namespace is read; a <p:Sentence> with a prefix is named (it
# was skipped without a word); entities in a date and an id are decoded
# (the date was "not a date"); two roots on one line.
{ printf '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
  printf ' <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n<Sentences>\n'
  printf '<Sentence date="20211015" id="b1"><Text>&lol9; %s</Text></Sentence>\n</Sentences>\n' "$GOOD"; } > laughs.xml
expect "XML: a billion laughs" 0 "$E" "$(counts 1 1 "$E" 1 0 0)" laughs.xml
has "an entity of the DOCTYPE kept as written" '"sentence_text":"&lol9; Russia met the Taliban in Moscow."'
{ printf '<?xml version="1.0"?>\n<!DOCTYPE Sentences SYSTEM "petrarch.dtd">\n<p:Sentences xmlns:p="urn:x" xmlns="urn:y">\n'
  printf '<Sentence xmlns="urn:y" date="20211015" id="n1"><Text>%s</Text></Sentence>\n' "$GOOD"
  printf '<p:Sentence date="20211015" id="n2"><p:Text>%s</p:Text></p:Sentence>\n</p:Sentences>\n' "$GOOD"; } > ns.xml
expect "XML: a DOCTYPE, a default namespace, a prefixed <p:Sentence>" 0 "$E" "dyad: ns.xml:5: record rejected: a <p:Sentence> element: dyad reads <Sentence> with no namespace prefix; the record was skipped
$(counts 2 1 "$E" 1 0 1)" ns.xml
printf '<Sentence date="2021&#45;10&#45;15" id="AT&amp;T&#x20;1"><Text>%s</Text></Sentence>\n<Sentence date="20211015" id="&lt;script&gt;"><Text>%s</Text></Sentence>\n' "$GOOD" "$GOOD" > attr-ent.xml
expect "XML: entities in date and id attributes" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" attr-ent.xml
has "an entity-decoded date" '"story_id":"AT&T 1","sentence":1,"sentence_text":"Russia met the Taliban in Moscow.","story_date":"2021-10-15"'
printf '<Sentences><Sentence date="20211015" id="r1"><Text>%s</Text></Sentence></Sentences><Sentences><Sentence date="20211016" id="r2"><Text>%s</Text></Sentence></Sentences>\n' "$GOOD" "$GOOD" > roots.xml
expect "XML: two roots on one line" 0 "$E2" "$(counts 2 2 "$E2" 2 0 0)" roots.xml
# Dictionaries: codes with blanks after them, a 1 MB comment and a 1 MB
# phrase (read; the short name still codes).
printf 'ZQX [RUS]   \nKABULISTAN [AFG]\t \n' > trail.actors.txt
printf 'actor RUS   : Zqx  \nactor AFG : Kabulistan   \n' > trail.dyad
expect "dictionary: PETRARCH codes with trailing blanks" 0 1 "$(counts 1 1 1 1 0 0)" --actors trail.actors.txt --verbs coop.dyad zqx.txt
expect "dictionary: dyad entries with trailing blanks" 0 1 "$(counts 1 1 1 1 0 0)" --verbs trail.dyad --verbs coop.dyad zqx.txt
{ printf 'ZQX [RUS] # '; head -c 1048576 /dev/zero | tr '\0' x; printf '\nZQX'; head -c 1048576 /dev/zero | tr '\0' x; printf ' [CHN]\nKABULISTAN [AFG]\n'; } > long.actors.txt
expect "dictionary: PETRARCH lines of 1 MB" 0 1 "$(counts 1 1 1 1 0 0)" --actors long.actors.txt --verbs coop.dyad zqx.txt
# A PETRARCH pattern with an unbalanced brace or parenthesis loads as the
# field's files need (the TABARI master verbs have eleven such, "{ WILL |
# WOULD ]"), and `dict check` names each (it said nothing).
printf -- '--- MEET [040] ---\nMEET {MEETS MET MEETING}\n- * {WITH + [040]\n- * (WITH + [040]\n- { WILL | WOULD ] * PART IN SUMMIT  [036]\n' > unbalanced.verbs.txt
expect "dictionary: PETRARCH patterns with unbalanced brackets load" 0 1 "$(counts 1 1 1 1 0 0)" --actors zqx.actors.txt --verbs unbalanced.verbs.txt zqx.txt
exits_with 0 "unbalanced.verbs.txt:3: warning: pattern \"* {WITH +\" has an unbalanced '{' or '}': the loader drops it" \
    "$dyad" dict check --verbs unbalanced.verbs.txt
exits_with 0 "unbalanced.verbs.txt:4: warning: pattern \"* (WITH +\" has an unbalanced '(' or ')': the loader drops it" \
    "$dyad" dict check --verbs unbalanced.verbs.txt
exits_with 0 "unbalanced.verbs.txt:5: warning: pattern \"{ WILL | WOULD ] * PART IN SUMMIT\" has an unbalanced '{' or '}': the loader drops it, and the pattern never matches ('|' is read as a word)" \
    "$dyad" dict check --verbs unbalanced.verbs.txt

# -------------------------------------------------- validation files (input22)
# vexpect NAME STATUS LAST STDERR ARG...: `dyad validate ARG...` exits with
# STATUS, its last stdout line is LAST, its stderr is STDERR exactly.
vexpect() {
    name=$1; want_status=$2; want_last=$3; want_err=$4; shift 4
    "$dyad" validate --quiet "$@" > out 2> err; status=$?
    got_last=$(tail -n 1 out); got_err=$(cat err)
    if [ "$status" = "$want_status" ] && [ "$got_last" = "$want_last" ] && [ "$got_err" = "$want_err" ]; then
        ok "$name"
    else
        bad "$name" "$name: exit $status (want $want_status), '$got_last' (want '$want_last')" \
            "stderr:" "$got_err" "want:" "$want_err"
    fi
}
# An <EventCoding> that cannot be read whole is the record's fault, named:
# one with no eventcode or an empty one was dropped without a word and the
# record scored as expecting no event; one in another case, with codes too
# long (cut), or with noevents beside a coding could never pass.
vx() { printf '<Sentence date="20211015" id="%s">%s<Text>%s</Text></Sentence>\n' "$1" "$2" "$GOOD"; }
{ echo '<Sentences>'
  vx v1 '<EventCoding sourcecode="RUS" targetcode="AFGGOV" eventcode="040"/>'
  vx v2 '<EventCoding sourcecode="RUS" targetcode="AFGGOV"/>'
  vx v3 '<EventCoding eventcode="040"/>'
  vx v4 '<EventCoding SourceCode="RUS" TargetCode="AFGGOV" EventCode="040"/>'
  vx v5 '<EventCoding sourcecode="RUS" targetcode="AFGGOV" eventcode=""/>'
  vx v6 '<EventCoding sourcecode="RUS" targetcode="AFGGOV" eventcode="04000000000000000000"/>'
  vx v7 '<EventCoding sourcecode="RUS" targetcode="AFGGOV" eventcode="meet"/>'
  vx v8 '<EventCoding noevents="True"/><EventCoding sourcecode="RUS" targetcode="AFGGOV" eventcode="040"/>'
  vx v9 '<EventCoding/>'
  vx v10 '<EventCoding error="dateline"/>'
  echo '</Sentences>'; } > codings.xml
vexpect "validate: malformed <EventCoding>" 1 "1 passed, 1 failed" "dyad validate: codings.xml:3: story v2 rejected: <EventCoding> has no eventcode
dyad validate: codings.xml:4: story v3 rejected: <EventCoding> has no sourcecode
dyad validate: codings.xml:5: story v4 rejected: <EventCoding> has no eventcode (it has one in another case: XML names are case-sensitive)
dyad validate: codings.xml:6: story v5 rejected: <EventCoding> has an empty eventcode
dyad validate: codings.xml:7: story v6 rejected: the eventcode of <EventCoding> has 20 bytes, too long for a code
dyad validate: codings.xml:8: story v7 rejected: eventcode \"meet\" is not an event code
dyad validate: codings.xml:9: story v8 rejected: noevents and an event coding in one record
dyad validate: codings.xml:10: story v9 rejected: <EventCoding> has no eventcode" --dicts "$repo/dict" codings.xml
# TABARI groups of another shape, or cut across lines, likewise; "{+++}",
# "{---}", "{###}", options and struck-out "-{...}" are no codings.  CRLF
# line ends are read as LF.
tx() { printf '211015 %s\n%s\n/* %s */\n\n' "$1" "$GOOD" "$2"; }
{ tx t1 '{ RUS / AFGGOV / 040 }'; tx t2 '{ RUS / AFGGOV }'; tx t3 '{ RUS, AFGGOV, 040 }'
  tx t4 '{ RUS / AFGGOV / 04 0 }'; tx t5 "{ RUS / AFGGOV / 040
}"; tx t6 '{+++} -{ RUS / AFGGOV / 040 } { OPTION: SET: CODE ALL }'; } > groups.text
groups_err="dyad validate: groups.text:5: story t2 rejected: expected coding \"{ RUS / AFGGOV }\" is not { SOURCE / TARGET / CODE }
dyad validate: groups.text:9: story t3 rejected: expected coding \"{ RUS, AFGGOV, 040 }\" is not { SOURCE / TARGET / CODE }
dyad validate: groups.text:13: story t4 rejected: expected coding \"{ RUS / AFGGOV / 04 0 }\" is not { SOURCE / TARGET / CODE }
dyad validate: groups.text:17: story t5 rejected: expected coding \"{ RUS / AFGGOV / 040\" has no '}' on its line"
vexpect "validate: malformed TABARI groups" 1 "1 passed, 1 failed" "$groups_err" --dicts "$repo/dict" groups.text
sed 's/$/\r/' groups.text > groups-crlf.text
vexpect "validate: TABARI records with CRLF" 1 "1 passed, 1 failed" "$(echo "$groups_err" | sed 's/groups\.text/groups-crlf.text/')" \
    --dicts "$repo/dict" groups-crlf.text
# An actor code longer than 63 bytes in a TABARI group was cut to fit, and
# the record scored against a code it never held: it is named.
long_code=$(awk 'BEGIN { for (i = 0; i < 70; i++) printf "A" }')
{ tx t1 '{ RUS / AFGGOV / 040 }'; tx t2 "{ $long_code / AFGGOV / 040 }"; } > longcode.text
vexpect "validate: a TABARI actor code of 70 bytes" 0 "1 passed, 0 failed" "dyad validate: longcode.text:5: story t2 rejected: expected coding \"{ AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA...\" has an actor code longer than 63 bytes" \
    --dicts "$repo/dict" longcode.text
# A record that codes more than 64 distinct codings fails (no record expects
# more than 32), and the ones past the 64th were left out of its list without
# a word: 72 countries meeting the Taliban, eight to a sentence.
countries=$(echo Russia China France Germany Italy Spain Portugal Brazil Argentina Chile Peru Mexico Canada Japan India \
    Pakistan Iran Iraq Syria Turkey Egypt Libya Tunisia Algeria Morocco Nigeria Kenya Ethiopia Sudan Somalia Uganda \
    Tanzania Ghana Senegal Mali Niger Chad Cameroon Angola Zambia Zimbabwe Mozambique Namibia Botswana Poland Ukraine \
    Belarus Sweden Norway Finland Denmark Ireland Greece Austria Hungary Romania Bulgaria Serbia Croatia Albania Georgia \
    Armenia Azerbaijan Kazakhstan Uzbekistan Mongolia Vietnam Thailand Cambodia Laos Indonesia Malaysia \
    | tr ' ' '\n' | awk 'NR % 8 == 1 { printf "%s", $0; next } NR % 8 == 0 { printf " and %s met the Taliban. ", $0; next } { printf ", %s", $0 }')
printf '<Sentences>\n<Sentence date="20211015" id="m1"><EventCoding sourcecode="RUS" targetcode="AFGGOV" eventcode="040"/><Text>%s</Text></Sentence>\n</Sentences>\n' \
    "$countries" > many.xml
vexpect "validate: a record coding 72 distinct events" 1 "0 passed, 1 failed" "dyad validate: many.xml:2: story m1: more than 64 distinct codings; 8 more events not compared or shown" \
    --dicts "$repo/dict" many.xml
# An empty file passed with status 0; a dictionary that the file names and
# that is nowhere is named with the line that names it.
: > empty-validate.xml
vexpect "validate: an empty file" 2 "0 passed, 0 failed" "dyad validate: empty-validate.xml: no validation records in the file" empty-validate.xml
{ printf '<Validation>\n<Environment>\n<Verbfile>nothere.verbs</Verbfile>\n</Environment>\n'; vx e1 ''; } > env.xml
vexpect "validate: a dictionary the file names is missing" 2 "" "dyad validate: env.xml:3: dictionary nothere.verbs not found next to the file or in ../dictionaries/*/ beside it (use --dicts DIR)" env.xml
mkdir proj; printf '<verbsfile> missing.verbs\n<textfile> x.text\n' > proj/x.project; cp groups.text proj/x.text
vexpect "validate: a dictionary a TABARI .project names is missing" 2 "" "dyad validate: proj/x.project:1: dictionary missing.verbs not found next to the file or in ../dictionaries/*/ beside it (use --dicts DIR)" proj/x.text
# A file that does not exist is named as `dyad code` names it; one with no
# readable record (a directory, a gzip file) exits 2 (it exited 0).
vexpect "validate: a missing file" 2 "" "dyad validate: nothere.xml: No such file or directory" nothere.xml
gzip -c codings.xml > codings.xml.gz
vexpect "validate: a gzip file" 2 "0 passed, 0 failed" "dyad validate: codings.xml.gz:1: record rejected: the input is gzip-compressed, not text: unpack it first
dyad validate: codings.xml.gz: no record could be read to validate" codings.xml.gz
vexpect "validate: a directory" 2 "0 passed, 0 failed" "dyad validate: adir:1: record rejected: read error: Is a directory; the rest of the input was not read
dyad validate: adir: no record could be read to validate" adir
# <Environment> after a 20 KB banner comment is seen (past a 16 KB search
# it was not: the file validated with the default dictionaries, no word).
{ printf '<Validation>\n<!--\n'; i=0; while [ $i -lt 250 ]; do printf '%080d\n' 0; i=$((i + 1)); done
  printf -- '-->\n<Environment>\n<Verbfile>nothere.verbs</Verbfile>\n</Environment>\n'; vx e1 ''; } > farenv.xml
vexpect "validate: <Environment> after a 20 KB comment" 2 "" "dyad validate: farenv.xml:255: dictionary nothere.verbs not found next to the file or in ../dictionaries/*/ beside it (use --dicts DIR)" farenv.xml
finish
