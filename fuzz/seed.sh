#!/bin/sh
# Builds the seed corpus of one fuzz target in OUT_DIR: pieces of the
# reference files in ../shared (read in place, never copied into the
# repository) and of the repository's own examples and dictionaries, plus a
# few hand-written edge cases.  Without ../shared the seeds are the
# repository's files alone.
# usage: sh fuzz/seed.sh TARGET OUT_DIR
target=$1; out=$2
shared=${DYAD_SHARED:-../shared}
mkdir -p "$out"

# pieces FILE LINES PREFIX [MAX]: cuts FILE into pieces of LINES lines.
pieces() {
    [ -f "$1" ] || return 0
    head -n $(( $2 * ${4:-60} )) "$1" | awk -v n="$2" -v out="$out/$3" '
        (NR - 1) % n == 0 { if (f) close(f); f = sprintf("%s-%04d", out, ++k) }
        { print > f }'
}

# records FILE PER PREFIX [MAX]: cuts XML into pieces of PER <Sentence> records.
records() {
    [ -f "$1" ] || return 0
    awk -v per="$2" -v max="${4:-60}" -v out="$out/$3" '
        BEGIN { f = sprintf("%s-%04d", out, ++k) }
        k > max { exit }
        { print > f }
        /<\/Sentence>/ && ++seen % per == 0 { close(f); f = sprintf("%s-%04d", out, ++k) }' "$1"
}

edge_cases() {
    printf 'date 2021-10-15 Putin met the Taliban in Moscow.\r\nMore text.\r\n' > "$out/edge-crlf"
    printf '\357\273\277date 2021-02-30 Bad date.\rdate 1850-01-01 Old.\n' > "$out/edge-bom-cr"
    printf '{"id":"a","date":"2021-10-15","text":"Russia hosted talks.","id":"b"}\n{"id":[1],"date":"20211015"}\n' > "$out/edge-json"
    printf '<Sentence date="20080804" id="x"><Text><![CDATA[Arnor &amp; Gondor]]> &#x263A; &#65;</Text><Parse>(S)</Parse>\n' > "$out/edge-xml"
    printf '950101  DEMO-01\nArnor restored ties with Gondor.\n/* { ARN / GON / 064 } */\n' > "$out/edge-tabari"
    printf '{\n  "id": "p",\n  "date": "2021-10-15T08:00:00+02:00",\n  "meta": {\n    "x": 1\n  },\n  "text": "Tali\302\255ban met\343\200\200the United\342\200\211Nations."\n},\n{\n "id": "q"\n' > "$out/edge-pretty"
    printf '<Sentences>\n{"id":"j","date":"2021-10-15 08:00","text":"x"}\n<Sentence date="20211015" id="AT&amp;T&#10;" source="A &lt;B&gt;"><Text>y\342\200\213z</Text></Sentence>\n211016\nText.\n' > "$out/edge-ids"
    printf '[{"id":"a","date":"2021-10-15Z","text":"x"}, {"id":"b","date":"2021-10-16+02:00","text":7}, {"id":"c"}]\n[\n{"id":"d","date":"2021-10-15","text":"y"},\n]\n[]\n' > "$out/edge-array"
    printf 'date 2021-10-15, Moscow: x\nDate: 2021 was y.\n  211015 people\n<Text>caf&eacute;&nbsp;&mdash;&bogus;&eacute</Text>\n' > "$out/edge-round5"
    printf 'date 2021-10-15 Russia met Iran.\n{"id":"j","date":"2021-10-15","text":"x"}\n<Sentence date="20211015" id="x"><Text>y</Text></Sentence>\n\357\273\277950101 T1\nArnor met Gondor.\n\357\273\277date 2021-10-16 z\n' > "$out/edge-mixed"
    printf 'date 15 October 2021 Russia met Iran.\nDate: Fri, Oct. 15th, 2021, Moscow - x\ndate 31 Sept 2021\n{"id":"d","date":"Fri, 15 Oct 2021 08:00:00 GMT","text":"x"}\n{"id":"e","date":"2021/10/15","text":"y"}\n' > "$out/edge-words"
    printf '<?xml version="1.0" encoding="ISO-8859-1"?>\n<Sentences>\n<Sentence date="October 15, 2021" id="l"><Text>Caf\351.</Text></Sentence>\n' > "$out/edge-encoding"
    printf '\n\r\n\r \t\n\f\fdate 2021-10-15 08:00:00+02:00 GMT, x\n\f\n\v\357\273\277date 2021-10-16 25:00 y\n{"a":1,}\n// c\n{"n":NaN}\n' > "$out/edge-round7"
    printf '<Sentence date="20211015" id="c"><Text>a <!-- b\nc --> d <?pi e?> f <?g</Text></Sentence>\n' > "$out/edge-xml-comment"
}

case $target in
read_dated)
    pieces examples/story.txt 3 dated-example
    pieces "$shared/seed/putin-taliban-2021-10-15.txt" 5 dated-seed
    edge_cases ;;
read_jsonl)
    pieces "$shared/text/wire-stories.jsonl" 1 jsonl 80
    edge_cases ;;
read_petrxml)
    records "$shared/validation/PETR.UnitTest.records.xml" 2 unittest
    records "$shared/validation/PETR2_GSR_validation.xml" 2 gsr
    records "$shared/text/GigaWord.sample.PETR.xml" 2 gigaword
    edge_cases ;;
read_tabari)
    pieces "$shared/dictionaries/tabari/Validate.text" 30 validate
    pieces "$shared/dictionaries/tabari/TABARI.Demo.text" 30 demo
    edge_cases ;;
dict_verbs)
    pieces "$shared/dictionaries/petrarch-validate/PETR.Validate.verbs.txt" 60 petr
    pieces "$shared/dictionaries/phoenix/CAMEO.2.0.txt" 80 phoenix
    pieces "$shared/dictionaries/tabari/CAMEO.091003.master.verbs" 80 tabari
    pieces "$shared/dictionaries/tabari/TABARI.Demo.verbs" 60 demo
    printf -- '--- FIGHT [190] ---\n+SHOOT_AT [193]\nATTACK\n--- COMMENT [010] ---\nSAY {SAID}\n~ a (a b ATTACK) SAY = a b 015\n~ a (b . ATTACK) SAY = a b 112\n~ a (_ b ATTACK) SAY = a b 138\n~ a (a b Q) SAY = a b Q\n~~FINISH\n' > "$out/edge-transform" ;;
dict_actors)
    pieces "$shared/dictionaries/petrarch-validate/PETR.Validate.actors.txt" 60 petr
    pieces "$shared/dictionaries/phoenix/Phoenix.Countries.actors.txt" 60 countries
    pieces "$shared/dictionaries/phoenix/Phoenix.MilNonState.actors.txt" 60 milnonstate
    pieces "$shared/dictionaries/tabari/TABARI.Demo.actors" 60 demo ;;
dict_agents)
    pieces "$shared/dictionaries/petrarch-validate/PETR.Validate.agents.txt" 40 petr
    pieces "$shared/dictionaries/phoenix/Phoenix.agents.txt" 40 phoenix
    pieces "$shared/dictionaries/tabari/Validate.agents" 40 tabari ;;
dict_discards)
    pieces "$shared/dictionaries/petrarch-validate/PETR.Validate.discards.txt" 40 petr
    pieces "$shared/dictionaries/phoenix/Phoenix.discards.txt" 40 phoenix
    pieces "$shared/dictionaries/tabari/discards.txt" 40 tabari ;;
dict_own)
    for f in dict/*.dyad; do pieces "$f" 30 "$(basename "$f" .dyad)" 30; done
    printf 'verb 010 : say | claim\nverb 190 : attack\ntransform 112 : say | claim > other 18 | 19 | 20\ntransform 015 : say > self 19\n' > "$out/edge-transform" ;;
dict_image)
    # Images the cache writes for small dictionaries (the target reads
    # them without key or checksum): synsets, patterns, transforms, dated
    # actors.  Made by ./dyad; a file younger than a second is not cached.
    if [ ! -x ./dyad ]; then echo "seed.sh: dict_image needs ./dyad (make)" >&2; exit 2; fi
    d=$out/dicts; mkdir -p "$d/own" "$d/cache"
    printf 'synset &ARMS : weapons | arms | rocket*
verb 190 : attack | shell
pattern 195 : * + with &ARMS
verb 010 : say | claim
verb 040 : meet
pattern 043 : * with +
transform 112 : say | claim > other 18 | 19 | 20
actor RUS : Russia | Moscow
actor RUSGOV@2000-05-07..2008-05-07 RUSGOV@2012-05-07.. : Vladimir Putin | Putin
agent ~GOV : government | officials
discard : the film
' > "$d/own/small.dyad"
    printf 'actor IRN : Iran | Tehran
actor ISR : Israel
actor AFG : Kabul | Taliban
' > "$d/own/more.dyad"
    pieces "$shared/dictionaries/petrarch-validate/PETR.Validate.verbs.txt" 120 petr 1
    sleep 1.2
    DYAD_CACHE_DIR=$d/cache ./dyad code --dicts "$d/own" /dev/null 2>/dev/null
    DYAD_CACHE_DIR=$d/cache ./dyad code --verbs "$d/own/small.dyad" 2>/dev/null < /dev/null
    [ -f "$out/petr-0001" ] && mv "$out/petr-0001" "$d/petr.verbs.txt" && sleep 1.2 && \
        DYAD_CACHE_DIR=$d/cache ./dyad code --verbs "$d/petr.verbs.txt" --actors "$d/own/more.dyad" /dev/null 2>/dev/null
    k=0
    for f in "$d"/cache/*.img; do [ -f "$f" ] && k=$((k + 1)) && cp "$f" "$out/image-$k"; done
    rm -rf "$d"
    [ "$k" -gt 0 ] || { echo "seed.sh: ./dyad wrote no image" >&2; exit 2; } ;;
code|code_petrarch)
    pieces examples/story.txt 3 dated-example
    pieces "$shared/text/wire-stories.jsonl" 1 jsonl 40
    records "$shared/validation/PETR.UnitTest.records.xml" 2 unittest 40
    records "$shared/validation/PETR2_GSR_validation.xml" 2 gsr 20
    pieces "$shared/dictionaries/tabari/Validate.text" 30 validate 20
    edge_cases ;;
*)
    echo "seed.sh: unknown target $target" >&2; exit 2 ;;
esac
