#!/bin/sh
# The bundled example stories (examples/story.txt, written for dyad): what
# the README's first command must show, with or without ../shared.
dyad=${1:-./dyad}
example=examples/story.txt
out=$("$dyad" code "$example" 2>/tmp/dyad-example-$$.err)
status=$?
. "$(dirname "$0")/lib/check.sh"
[ "$status" -eq 0 ] && ok "exit status 0" || bad "exit status $status"
grep -q '^dyad: 2 stories read, [0-9]* sentences, [0-9]* events, 2 stories coded, 0 with no event, 0 rejected$' \
    /tmp/dyad-example-$$.err && ok "closing counts line" || bad "closing counts line: $(cat /tmp/dyad-example-$$.err)"
has_event "BRICS invites Iran, said by Ramaphosa" '"source":{"code":"IGOBRC"' '"target":{"code":"IRN"' \
    '"speaker":"South African President Cyril Ramaphosa","speaker_code":"ZAFGOV"'
has_event "leaders meet in Johannesburg this week" '"source":{"code":"BRAGOV"' '"target":{"code":"ZAFGOV"' '"cameo":"040"' \
    '"date_value":"2023-W34","date_text":"this week"' '"location":{"name":"Johannesburg","country":"ZAF"'
has_event "Pashinyan accuses Azerbaijan of ethnic cleansing" '"story_date":"2023-09-20"' '"source":{"code":"ARMGOV"' \
    '"target":{"code":"AZE"' '"cameo":"1124"'
has_event "Azerbaijan's offensive: force with no target named, dated Tuesday, in Nagorno-Karabakh" \
    '"source":{"code":"AZE"' '"target":null' '"cameo":"190"' '"date":"2023-09-19"' '"location":{"name":"Nagorno-Karabakh","country":"AZE"'
n=$(printf '%s\n' "$out" | grep -c '"source":{"code":"RUS')
[ "$n" -eq 0 ] && ok "taking part by video link is no event" || bad "events with a Russian source: $n"

# "He" opening a sentence is the last person named before it, and nobody
# when no person was named: a country is not a "he".
he() { printf 'date 2023-09-20\n%s He accused Azerbaijan of ethnic cleansing.\n' "$1" | "$dyad" code 2>/dev/null; }
he "Nikol Pashinyan spoke on Tuesday." | grep -qF '"source":{"code":"ARMGOV"' \
    && ok "He after Pashinyan is Pashinyan" || bad "He after Pashinyan is Pashinyan"
[ -z "$(he "")" ] && ok "He with no one before is nobody" || bad "He with no one before: $(he "")"
[ -z "$(he "Armenia protested.")" ] && ok "He after a country is nobody" || bad "He after a country: $(he "Armenia protested.")"
rm -f /tmp/dyad-example-$$.err
finish
