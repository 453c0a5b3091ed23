#!/bin/sh
# dyad dict check / dyad dict lookup from the command line: dyad's own
# dictionaries lint clean, a broken file gives the exact message and exit
# 1, --stats prints the coverage line, lookup shows dated codes.  The
# Phoenix lines run only when ../shared holds the Phoenix dictionaries.
# usage: sh tests/e2e/dict.sh DYAD_BINARY
dyad=$1
. "$(dirname "$0")/lib/check.sh"
tmp=$(mktemp -d /tmp/dyad-e2e-dict.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# dyad's own dictionaries lint clean: no error, no warning.
exits_with 0 "0 errors, 0 warnings" "$dyad" dict check
exits_with 0 "CAMEO event codes have a pattern or a verb default" "$dyad" dict check --stats
exits_with 0 "load time:" "$dyad" dict check --stats
exits_with 0 "people with dated terms" "$dyad" dict check --stats dict
exits_with 0 "transformations: 4" "$dyad" dict check --stats dict

# A broken file: the loader's message with file and line, exit 1.
printf 'actor RUS : Russia\nactr RUS : Moscow\n' > "$tmp/broken.dyad"
exits_with 1 "$tmp/broken.dyad:2: error: unknown entry kind \"ACTR\"" "$dyad" dict check "$tmp/broken.dyad"
printf 'verb 040 : meet\npattern 0999 : * (with +)\n' > "$tmp/codes.dyad"
exits_with 1 "$tmp/codes.dyad:2: error: \"0999\" is not a CAMEO event code" "$dyad" dict check "$tmp/codes.dyad"
printf 'actor RUS : Russia | Moscow\nactor RUS : Moscow\n' > "$tmp/dup.dyad"
exits_with 0 "$tmp/dup.dyad:2: warning: duplicate actor phrase \"MOSCOW\" (also at $tmp/dup.dyad:1)" \
    "$dyad" dict check "$tmp/dup.dyad"
exits_with 1 "stats: not available" "$dyad" dict check --stats "$tmp/broken.dyad"
# A PETRARCH pattern with no '*' (its words left out) or two is skipped
# by the loader without a word: the check names it.
printf -- '--- MEET [040] ---\nMEET\n- [036]\n- * TALKS * AID [043]\n- * WITH + [040]\n' > "$tmp/star.verbs"
exits_with 0 "$tmp/star.verbs:3: warning: pattern \"\" has 0 '*' (want one, where the verb goes): it is skipped" \
    "$dyad" dict check --verbs "$tmp/star.verbs"
exits_with 0 "$tmp/star.verbs:4: warning: pattern \"* TALKS * AID\" has 2 '*' (want one, where the verb goes): it is skipped" \
    "$dyad" dict check --verbs "$tmp/star.verbs"

# Usage errors.
exits_with 2 "usage: dyad dict check" "$dyad" dict
exits_with 0 "usage: dyad dict check" "$dyad" dict --help
exits_with 2 "unknown subcommand" "$dyad" dict frobnicate
exits_with 2 "unknown option --frobnicate" "$dyad" dict check --frobnicate
printf 'RUSSIA [RUS]\n' > "$tmp/mystery.txt"
exits_with 2 "cannot tell what the file holds" "$dyad" dict check "$tmp/mystery.txt"
exits_with 2 "which phrase?" "$dyad" dict lookup
exits_with 2 "--date needs YYYY-MM-DD" "$dyad" dict lookup Russia --date 15/10/2021

# lookup: every dated code, the one chosen for the date, file and line.
exits_with 0 "South Sudan → actor SDN (SDN@..2011-07-08 SSD@2011-07-09..) [" \
    "$dyad" dict lookup "South Sudan" --date 2010-01-01
exits_with 0 "South Sudan → actor SSD (" "$dyad" dict lookup "South Sudan" --date 2021-10-15
exits_with 0 "Taliban → actor AFGGOV (" "$dyad" dict lookup Taliban --date 2021-10-15
exits_with 0 "Croatian Serbs → actor HRV (" "$dyad" dict lookup "Croatian Serbs" --date 1995-08-04
exits_with 0 "Bosnian Serb → actor BIH (" "$dyad" dict lookup "Bosnian Serb" --date 1995-08-04
exits_with 0 "Ken Livingstone → actor GBRGOV (" "$dyad" dict lookup "Ken Livingstone" --date 2006-11-20
exits_with 0 "Ken Livingstone → actor GBRELI (" "$dyad" dict lookup "Ken Livingstone" --date 2010-01-01
exits_with 0 "Peter Costello → actor AUSGOV (" "$dyad" dict lookup "Peter Costello" --date 2006-11-20
exits_with 0 "Olli Rehn → actor IGOEUREEC (" "$dyad" dict lookup "Olli Rehn" --date 2006-11-20
exits_with 0 "Middle East Quartet → actor IGOQRT (" "$dyad" dict lookup "Middle East Quartet" --date 2006-11-20
# Fatah's leader stayed president under the Hamas cabinet: Fatah stays GOV.
exits_with 0 "Fatah → actor PSEGOV (" "$dyad" dict lookup Fatah --date 2006-11-20
# A gang leader codes as his gang coalition does, after its 2025 terrorist designation too.
exits_with 0 "Jimmy Cherizier → actor HTICRM (" "$dyad" dict lookup "Jimmy Cherizier" --date 2025-06-01
exits_with 0 "Viv Ansanm → actor HTICRM (" "$dyad" dict lookup "Viv Ansanm" --date 2025-06-01
exits_with 0 "Wen Wei Po → actor HKGMED (" "$dyad" dict lookup "Wen Wei Po"
exits_with 0 "Maariv → actor ISRMED (" "$dyad" dict lookup "Maariv"
exits_with 0 "department of foreign affairs → agent ~GOV" "$dyad" dict lookup "department of foreign affairs"
exits_with 0 "Khmer Rouge → actor KHMGOV (" "$dyad" dict lookup "Khmer Rouge" --date 1977-01-01
exits_with 0 "Khmer Rouge → actor (no code on this date)" "$dyad" dict lookup "Khmer Rouge" --date 2006-11-20
exits_with 0 "Western European Union → actor IGOEURWEU (" "$dyad" dict lookup "Western European Union" --date 1997-04-01
exits_with 0 "UNTAES → actor IGOUNOPKO (" "$dyad" dict lookup UNTAES
exits_with 0 "James Wolfensohn → actor IGOQRT (" "$dyad" dict lookup "James Wolfensohn" --date 2005-11-15
exits_with 0 "Alexander Litvinenko → actor RUSOPP (" "$dyad" dict lookup "Alexander Litvinenko" --date 2005-01-01
exits_with 0 "Litvinenko → actor (no code on this date)" "$dyad" dict lookup "Litvinenko" --date 2006-12-10
exits_with 0 "Ante Gotovina → actor HRVMIL (" "$dyad" dict lookup "Ante Gotovina" --date 1995-08-05
exits_with 0 "Gotovina → actor (no code on this date)" "$dyad" dict lookup "Gotovina" --date 2005-12-10
exits_with 0 "Sheikh Nawaf → actor KWTGOV (" "$dyad" dict lookup "Sheikh Nawaf" --date 2021-01-01
exits_with 0 "Special Branch → agent ~COP" "$dyad" dict lookup "Special Branch"
exits_with 0 "paratrooper → agent ~MIL" "$dyad" dict lookup "paratrooper"
exits_with 0 "tribesman → agent ~CVL" "$dyad" dict lookup "tribesman"
exits_with 0 "exporter → agent ~BUS" "$dyad" dict lookup "exporter"
exits_with 0 "USAID → actor USAGOVDEV (" "$dyad" dict lookup "USAID" --date 2006-11-20
exits_with 0 "DFID → actor GBRGOVDEV (" "$dyad" dict lookup "DFID" --date 2006-11-20
exits_with 0 "DFID → actor (no code on this date)" "$dyad" dict lookup "DFID" --date 2021-01-01
exits_with 0 "WWF → actor NGOENVWWF (" "$dyad" dict lookup "WWF"
exits_with 0 "Laurent Desire Kabila → actor CODREB (" "$dyad" dict lookup "Laurent Desire Kabila" --date 1997-04-10
exits_with 0 "Guardians Council → actor IRNGOV (" "$dyad" dict lookup "Guardians Council"
exits_with 0 "Gerry Adams → actor IRLOPP (" "$dyad" dict lookup "Gerry Adams" --date 2005-12-16
exits_with 0 "Martin McGuinness → actor GBRGOV (" "$dyad" dict lookup "Martin McGuinness" --date 2010-01-01
exits_with 0 "Komei Party → actor JPNOPP (" "$dyad" dict lookup "Komei Party" --date 2005-11-23
exits_with 0 "New Party Sakigake → actor JPNOPP (" "$dyad" dict lookup "New Party Sakigake" --date 1997-04-03
exits_with 0 "RBI → actor INDGOVBUS (" "$dyad" dict lookup "RBI" --date 1997-04-16
exits_with 0 "Bank of Ayudhya → actor THABUS (" "$dyad" dict lookup "Bank of Ayudhya"
exits_with 0 "Bank of Melbourne → actor AUSBUS (" "$dyad" dict lookup "Bank of Melbourne"
exits_with 0 "Emirates Islamic Bank → actor AREBUS (" "$dyad" dict lookup "Emirates Islamic Bank"
exits_with 0 "Human Sciences Research Council → actor ZAFEDU (" "$dyad" dict lookup "Human Sciences Research Council"
exits_with 0 "Morgan Stanley → actor USABUS (" "$dyad" dict lookup "Morgan Stanley"
exits_with 0 "Cheung Kong → actor HKGBUS (" "$dyad" dict lookup "Cheung Kong"
exits_with 0 "Air France-KLM → actor FRABUS (" "$dyad" dict lookup "Air France-KLM"
exits_with 0 "Folli Follie → actor GRCBUS (" "$dyad" dict lookup "Folli Follie"
exits_with 0 "Pfizer → actor USABUS (" "$dyad" dict lookup "Pfizer"
exits_with 0 "GlaxoSmithKline → actor GBRBUS (" "$dyad" dict lookup "GlaxoSmithKline"
exits_with 0 "SOCAR → actor AZEBUS (" "$dyad" dict lookup "SOCAR"
exits_with 0 "Lee Hamilton → actor USALEG (" "$dyad" dict lookup "Lee Hamilton" --date 1997-04-01
exits_with 0 "Lee Hamilton → actor USAELI (" "$dyad" dict lookup "Lee Hamilton" --date 2006-12-06
exits_with 0 "David Trimble → actor GBRGOV (" "$dyad" dict lookup "David Trimble" --date 1999-01-01
exits_with 0 "Ian Paisley → actor (no code on this date)" "$dyad" dict lookup "Ian Paisley" --date 2015-01-01
exits_with 0 "Nicola Sturgeon → actor GBRGOV (" "$dyad" dict lookup "Nicola Sturgeon" --date 2020-01-01
exits_with 0 "Carles Puigdemont → actor ESPOPP (" "$dyad" dict lookup "Carles Puigdemont" --date 2019-01-01
exits_with 0 "John Swinney → actor GBRGOV (" "$dyad" dict lookup "John Swinney" --date 2025-01-01
exits_with 0 "Zhu Rongji → actor CHNGOV (" "$dyad" dict lookup "Zhu Rongji" --date 1997-04-14
exits_with 0 "Robin Cook → actor GBROPP (" "$dyad" dict lookup "Robin Cook" --date 1997-04-14
exits_with 0 "Kim Dae-jung → actor KOROPP (" "$dyad" dict lookup "Kim Dae-jung" --date 1997-04-14
exits_with 0 "Vajpayee → actor INDOPP (" "$dyad" dict lookup "Vajpayee" --date 1997-04-14
exits_with 0 "Ahmad Tejan Kabbah → actor SLEGOV (" "$dyad" dict lookup "Ahmad Tejan Kabbah" --date 1997-04-14
exits_with 0 "Charles Taylor → actor LBRREB (" "$dyad" dict lookup "Charles Taylor" --date 1997-04-14
exits_with 0 "Rafael Correa → actor ECUOPP (" "$dyad" dict lookup "Rafael Correa" --date 2006-06-15
exits_with 0 "Samir Geagea → actor LBNOPP (" "$dyad" dict lookup "Samir Geagea" --date 2006-06-15
exits_with 0 "Rene Preval → actor HTIGOV (" "$dyad" dict lookup "Rene Preval" --date 1997-04-15
exits_with 0 "Bertie Ahern → actor IRLOPP (" "$dyad" dict lookup "Bertie Ahern" --date 1997-04-15
exits_with 0 "Joschka Fischer → actor DEUOPP (" "$dyad" dict lookup "Joschka Fischer" --date 1997-04-15
exits_with 0 "Ivan Kostov → actor BGROPP (" "$dyad" dict lookup "Ivan Kostov" --date 1997-04-15
exits_with 0 "Igor Sergeyev → actor RUSMIL (" "$dyad" dict lookup "Igor Sergeyev" --date 1997-04-15
exits_with 0 "Richard Holbrooke → actor USAGOV (" "$dyad" dict lookup "Richard Holbrooke" --date 2000-01-15
exits_with 0 "Sheikh Sharif → actor SOMREB (" "$dyad" dict lookup "Sheikh Sharif" --date 2006-06-15
exits_with 0 "Said Siam → actor PSEGOV (" "$dyad" dict lookup "Said Siam" --date 2006-06-15
exits_with 0 "Arthur Mutambara → actor ZWEOPP (" "$dyad" dict lookup "Arthur Mutambara" --date 2006-06-15
exits_with 0 "Ayman Nour → actor EGYOPP (" "$dyad" dict lookup "Ayman Nour" --date 2006-06-15
exits_with 0 "Tony Leon → actor ZAFOPP (" "$dyad" dict lookup "Tony Leon" --date 2006-06-15
exits_with 0 "Mustafa Barghouti → actor PSEOPP (" "$dyad" dict lookup "Mustafa Barghouti" --date 2006-06-15
exits_with 0 "spokeswoman → agent ~GOV" "$dyad" dict lookup "Russian spokeswoman"
exits_with 0 "met → verb MEET, default 040" "$dyad" dict lookup met
exits_with 0 "horoscope → discard (story)" "$dyad" dict lookup horoscope
exits_with 1 "xyzzy → not in the dictionaries" "$dyad" dict lookup xyzzy

phoenix=../shared/dictionaries/phoenix
[ -d "$phoenix" ] || phoenix=/work/shared/dictionaries/phoenix
if [ -d "$phoenix" ]; then
    exits_with 1 "CAMEO event codes have a pattern or a verb default" "$dyad" dict check --stats --dicts "$phoenix"
    exits_with 0 "Vladimir Putin → actor RUSGOV (RUSELI@1970-01-01..1999-08-09" \
        "$dyad" dict lookup "Vladimir Putin" --date 2021-10-15 --dicts "$phoenix"
else
    echo "dict.sh: no Phoenix dictionaries in ../shared: Phoenix checks skipped" >&2
fi

finish
