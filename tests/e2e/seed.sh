#!/bin/sh
# The canonical seed story with dyad's own dictionaries: the events and
# facts that must appear, and the ones that must not.
dyad=${1:-./dyad}
seed=../shared/seed/putin-taliban-2021-10-15.txt
if [ ! -f "$seed" ]; then
    echo "skipped: $seed absent (../shared not mounted)"
    echo "0 passed, 0 failed"
    exit 0
fi
out=$("$dyad" code "$seed" 2>/tmp/dyad-seed-$$.err)
status=$?
. "$(dirname "$0")/lib/check.sh"
[ "$status" -eq 0 ] && ok "exit status 0" || bad "exit status $status"
grep -q '^dyad: 1 stories read, 16 sentences, [0-9]* events, 1 stories coded, 0 with no event, 0 rejected$' \
    /tmp/dyad-seed-$$.err && ok "closing counts line" || bad "closing counts line: $(cat /tmp/dyad-seed-$$.err)"

has_event "the Taliban, rebels then, capture Kabul two months before the story" '"source":{"code":"AFGREB","country":"AFG","sector":"REB","text":"Taliban"}' \
    '"cameo":"192"' '"target":{"code":"AFG"' '"location":{"name":"Kabul","country":"AFG"' \
    '"date":"2021-08-01","date_value":"2021-08","date_text":"almost two months since"'
has_event "planned Moscow meetings in October, said by Putin" '"source":{"code":"RUSGOV"' '"date":"2021-10-01","date_value":"2021-10","date_text":"October"' \
    '"location":{"name":"Moscow","country":"RUS"' '"attribution":{"speaker":"Putin","speaker_code":"RUSGOV"' '"quoted":true'
has_event "Moscow expects a Taliban delegation next week" '"source":{"code":"RUS"' '"cameo":"036"' '"target":{"code":"AFGGOV"' \
    '"date_value":"2021-W42","date_text":"next week"'
has_event "Zakharova's statement attributed to her (RUSGOV)" '"speaker":"Russian Foreign Ministry spokeswoman Maria Zakharova","speaker_code":"RUSGOV"'
has_event "Peskov's statement attributed to him via TASS (RUSMED)" '"source":{"code":"RUSGOV","country":"RUS","sector":"GOV","text":"Dmitry Peskov"}' \
    '"speaker_code":"RUSGOV","via":"TASS","via_code":"RUSMED"'
lacks_event "no haste to recognise is no recognition" '"cameo":"03' '"target":{"code":"AFGGOV"' 'recognise'
lacks_event "TASS quoting Putin is no event" '"source":{"code":"RUSMED"'
lacks_event "no event is dated in 2017 by the history sentence" '"date_value":"2017"'

# The same story in the dictionary lookup and the quotations listing.
quotes=$("$dyad" quotes "$seed" 2>/dev/null)
n=$(printf '%s\n' "$quotes" | grep -c '"speaker":"Putin","speaker_code":"RUSGOV"')
[ "$n" -eq 7 ] && ok "all 7 quotations attributed to Putin" || bad "quotations attributed to Putin: $n of 7"
n=$(printf '%s\n' "$quotes" | grep -c '"via":"TASS"')
[ "$n" -eq 2 ] && ok "2 quotations relayed by TASS" || bad "quotations via TASS: $n of 2"
times=$("$dyad" times "$seed" 2>/dev/null)
for want in '"text":"next week","begin":1961,"end":1970,"type":"DATE","value":"2021-W42"' \
            '"text":"last month","begin":878,"end":888,"type":"DATE","value":"2021-09"' \
            '"text":"almost two months","begin":663,"end":680,"type":"DURATION","value":"P2M"' \
            '"text":"October 20","begin":2131,"end":2141,"type":"DATE","value":"2021-10-20"'; do
    printf '%s\n' "$times" | grep -qF -- "$want" && ok "time: $want" || bad "time: $want"
done
rm -f /tmp/dyad-seed-$$.err
finish
