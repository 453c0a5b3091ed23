#!/bin/sh
# Constructions of wire copy, coded with dyad's own dictionaries: each
# sentence (written for this test) with the event it must give and the ones
# it must not.  docs/coding.md explains each rule.
dyad=${1:-./dyad}
. "$(dirname "$0")/lib/check.sh"

# code DATE TEXT: the events of one story in $out.
code() { out=$(printf 'date %s\n%s\n' "$1" "$2" | "$dyad" code 2>/dev/null); }

code 2014-08-27 "Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday."
has_event "a leading speaker's claim of an attack is an accusation" '"source":{"code":"ISR"' '"target":{"code":"PSEGZA"' '"cameo":"112"'
lacks_event "... and the claimed attack is no event of its own" '"cameo":"19'

# 2024-2026 diplomacy and trade: deals struck, trade truces, accessions approved,
# proposals accepted or weighed, sovereignty handed over, restraint urged
code 2025-07-22 "Japan and the United States struck a trade deal that lowers tariffs on Japanese cars."
has_event "a deal struck by two sides binds each to the other" '"source":{"code":"JPN"' '"target":{"code":"USA"' '"cameo":"057"'
has_event "... both ways" '"source":{"code":"USA"' '"target":{"code":"JPN"' '"cameo":"057"'

code 2025-07-27 "The European Union and the United States reached a trade deal setting a 15% tariff on most EU goods."
has_event "a deal reached by a compound subject is each side's with the other" '"source":{"code":"USA"' '"target":{"code":"IGOEUREEC"' '"cameo":"030"'
has_event "... the Union's with the United States too" '"source":{"code":"IGOEUREEC"' '"target":{"code":"USA"' '"cameo":"030"'

code 2025-10-30 "Trump and Xi agreed to a one-year trade truce in Busan."
has_event "a trade truce agreed eases tariffs, it stops no fighting" '"source":{"code":"USAGOV"' '"target":{"code":"CHNGOV"' '"cameo":"0354"'
lacks_event "... no military de-escalation" '"cameo":"0356"'

code 2025-08-11 "Trump extended the tariff truce with China by another 90 days."
has_event "a tariff truce extended eases the tariffs" '"source":{"code":"USAGOV"' '"target":{"code":"CHN"' '"cameo":"085"'

code 2024-02-26 "Hungary's parliament approved Sweden's accession to NATO on Monday."
has_event "an accession approved endorses the state that joins" '"source":{"code":"HUNLEG"' '"target":{"code":"SWE"' '"cameo":"051"'

code 2025-03-12 "Hamas accepted Egypt's proposal for a 60-day truce."
has_event "a truce proposed by another and accepted is agreed with its author" '"source":{"code":"PSEREB"' '"target":{"code":"EGY"' '"cameo":"0356"'

code 2025-03-12 "Russia said it would study the U.S. ceasefire proposal."
has_event "a proposal weighed is its author's" '"source":{"code":"RUS"' '"target":{"code":"USA"' '"cameo":"014"'

code 2024-10-03 "Britain agreed to hand sovereignty of the Chagos Islands to Mauritius."
has_event "sovereignty handed to someone returns property to them" '"source":{"code":"GBR"' '"target":{"code":"MUS"' '"cameo":"0353"'

code 2025-06-13 "The United Nations Secretary-General Antonio Guterres called on Israel and Iran to show maximum restraint."
has_event "a call to show restraint is an appeal to de-escalate" '"source":{"code":"IGOUNO"' '"target":{"code":"IRN"' '"cameo":"0256"'

code 2025-03-12 "Kabul accepted Qatar's offer of mediation."
has_event "an offer accepted keeps what it offers: mediation accepted" '"source":{"code":"AFG"' '"target":{"code":"QAT"' '"cameo":"038"'

code 2025-03-12 "Iran accepted Washington's demands."
has_event "demands accepted from their author accede to them" '"source":{"code":"IRN"' '"target":{"code":"USA"' '"cameo":"083"'

code 2025-03-25 "Russia and Ukraine agreed to halt strikes on energy infrastructure and in the Black Sea, the White House said."
has_event "strikes on something halted are military, no labour strike" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"0356"'
lacks_event "... no dissent eased" '"cameo":"0352"'

code 2025-02-19 "Trump called Zelenskiy a dictator without elections."
has_event "one called a name of abuse is denounced" '"source":{"code":"USAGOV"' '"target":{"code":"UKRGOV"' '"cameo":"111"'
lacks_event "... no telephone call" '"cameo":"041"'

code 2025-04-09 "Beijing called Washington's tariffs a mistake."
has_event "someone's act called a mistake is criticised" '"source":{"code":"CHN"' '"target":{"code":"USA"' '"cameo":"111"'

code 2025-02-19 "Modi called the United States a key partner."
has_event "one called a partner is praised" '"source":{"code":"INDGOV"' '"target":{"code":"USA"' '"cameo":"051"'

code 2024-12-10 "The World Bank will lend Ukraine \$1 billion to support its budget."
has_event "money lent is economic aid" '"source":{"code":"IGOUNODEVWBK"' '"target":{"code":"UKR"' '"cameo":"071"'

code 2024-12-10 "France lent its support to the Moroccan autonomy plan."
has_event "support lent is endorsement, no aid" '"source":{"code":"FRA"' '"target":{"code":"MAR"' '"cameo":"051"'

code 2024-11-18 "Lula welcomed G20 leaders to Rio de Janeiro for a summit."
has_event "leaders welcomed for a summit are hosted" '"source":{"code":"BRAGOV"' '"target":{"code":"IGOGTW"' '"cameo":"043"'

code 2025-02-13 "Xi welcomed Putin's call for talks."
has_event "someone's call for talks welcomed is praised" '"source":{"code":"CHNGOV"' '"target":{"code":"RUSGOV"' '"cameo":"051"'
lacks_event "... no visit hosted" '"cameo":"043"'

code 2021-03-02 "Russian forces shelled Kharkiv overnight, Ukraine said."
has_event "a trailing speaker only attributes the attack" '"source":{"code":"RUSMIL"' '"cameo":"19' '"speaker":"Ukraine"'
lacks_event "... and accuses no one" '"cameo":"112"'

code 2022-03-02 "Russia said its forces struck military targets in Kharkiv."
lacks_event "a speaker's own side's attack is no accusation" '"cameo":"112"'

code 2014-09-16 "The Syrian Observatory for Human Rights, a UK-based group that tracks the war, said eight people were killed in an air strike by government forces."
has_event "the subject before an apposition with a relative clause" '"source":{"code":"SYROPPHRI"' '"target":{"code":"---MIL"' '"cameo":"112"'

code 2005-11-14 "Al-Qaida claimed responsibility for the bombings of three Amman hotels, which killed 57 people."
lacks_event "a relative clause is no told act" '"cameo":"112"'

code 2006-11-01 "Kirill Barsky, Russia's deputy chief of mission, said Moscow was happy to help Indonesia fight the haze."
lacks_event "an act helped to is no told act" '"cameo":"112"'

code 2006-11-27 "The United States charges that Tehran is hiding secret work on nuclear weapons."
has_event "'charges that' is an accusation" '"source":{"code":"USA"' '"target":{"code":"IRN"' '"cameo":"112"'

code 2006-11-27 "Iran insists on its right to enrich uranium but the United States charges that Tehran is hiding secret work."
lacks_event "'but' ends the clause before it" '"source":{"code":"IRN"' '"target":{"code":"USA"'

code 1997-04-29 "British mercenary boss Tim Spicer, freed in Papua New Guinea on Tuesday, arrived back in Britain on Wednesday."
lacks_event "a participle set off by commas after a noun phrase is passive" '"cameo":"084"'

code 1997-04-10 "France is expected to provide up to 1,000 troops to the multinational force in Albania."
lacks_event "troops provided are not the target" '"target":{"code":"---MIL"'
code 1997-04-10 "Greece, Italy and Romania are expected to deploy troops to the south."
lacks_event "troops deployed are not the target" '"target":{"code":"---MIL"'

code 2008-08-20 "A statement issued by the Kremlin criticised Ukraine."
has_event "a document speaks for whoever issued it" '"source":{"code":"RUS' '"target":{"code":"UKR"' '"cameo":"111"'

code 2012-11-08 "The US commander in Iraq, General David Petraeus, held talks with Lebanese President Michel Suleiman in Beirut."
has_event "a head with its place before an apposed name is the subject" '"source":{"code":"USAMIL"' '"target":{"code":"LBNGOV"' '"cameo":"046"'
has_event "talks held with someone go both ways" '"source":{"code":"LBNGOV"' '"target":{"code":"USAMIL"' '"cameo":"046"'
code 2003-04-10 "A spokesman for Bush said he has contacted the leaders of Jordan and Kuwait and asked them to help Iraq establish a new government."
has_event "a spokesman for someone speaks for him" '"source":{"code":"USAGOV"' '"target":{"code":"JORGOV"' '"cameo":"040"'
lacks_event "what those asked are to do is not the asker's act" '"target":{"code":"IRQ"'

code 2006-12-15 "Hamas has accused the presidential guard of trying to assassinate Prime Minister Ismail Haniya."
lacks_event "the act one is accused of trying is not the accuser's" '"cameo":"185"'
code 2006-11-10 "Indonesia on Friday dismissed a report that it would sign a security pact with Australia."
lacks_event "what a report says is hearsay" '"target":{"code":"AUS"'
code 2006-11-10 "Israeli Defense Minister Amir Peretz vowed to avenge the rocket attack by Hamas."
lacks_event "an agent's sector is added once" 'ISRGOVGOV'

code 2006-11-10 "Algerian President Abdelaziz Bouteflika called Chinese business people to play a larger role in bilateral exchanges."
has_event "a call to do something is an appeal" '"source":{"code":"DZAGOV"' '"target":{"code":"CHNBUS"' '"cameo":"020"'
code 2013-09-22 "The Somali militant group al-Shabab is claiming responsibility for a deadly attack at an upscale mall in Kenya's capital."
has_event "a claim of responsibility is aimed where the attack was" '"source":{"code":"SOMREB"' '"target":{"code":"KEN"' '"cameo":"015"'
code 2014-07-20 "The Malaysia Airlines flight MH17 was blown up over eastern Ukraine by a missile believed to be fired by pro-Russia rebels."
has_event "a weapon as the agent stands for whoever fired it" '"source":{"code":"---REB"' '"target":{"code":"MYSBUS"'
code 2014-09-14 "Qatar has expelled leaders of Egypt's Muslim Brotherhood."
has_event "a movement's leaders are the movement" '"source":{"code":"QAT"' '"target":{"code":"EGYOPPMUS"'
code 2022-03-01 "Israeli air strikes killed 12 people in Gaza on Sunday, health officials said."
lacks_event "a comma before a lower-case noun ends the clause" '"target":{"code":"PSEGOVHLH"'

code 2022-03-01 "The Kremlin denied that Russian troops had shelled the nuclear plant."
lacks_event "what is denied is not asserted" '"cameo":"19'

code 2022-03-01 "India and China agreed to disengage troops along their disputed border."
has_event "troops withdrawn are not the target; an agreed yielding is mutual" '"source":{"code":"IND"' '"target":{"code":"CHN"' '"cameo":"0356"'
code 2023-08-01 "Niger's junta ordered the French ambassador to leave the country."
has_event "ordering a diplomat out is an expulsion" '"source":{"code":"NERGOV"' '"target":{"code":"FRAGOV"' '"cameo":"161"'

code 2022-11-09 "Putin ordered the withdrawal of troops from Kherson."
has_event "troops of a withdrawal are no target; the place is" '"source":{"code":"RUSGOV"' '"target":{"code":"UKR"' '"cameo":"0874"'

code 2023-03-11 "Thousands of Israelis protested against the judicial overhaul in Tel Aviv."
has_event "protest in one's own country has no target" '"source":{"code":"ISR"' '"target":null' '"cameo":"141"'
code 2023-06-01 "President Biden called on Congress to approve more aid for Ukraine."
has_event "a legislature addressed with no country is the speaker's own" '"source":{"code":"USAGOV"' '"target":{"code":"USALEG"' '"cameo":"020"'
code 2024-01-12 "The United States and Britain struck Houthi targets in Yemen."
has_event "an actor's targets are struck by force" '"source":{"code":"GBR"' '"target":{"code":"YEMREB"' '"cameo":"19'

code 2023-12-15 "Hungary blocked EU aid to Ukraine."
has_event "a past tense after a name the tagger took for an adjective is a verb" '"source":{"code":"HUN"'
code 2006-11-01 "But Abbas said that if Hamas were to soften its stance and agree to form a unity government, early elections would not be necessary."
lacks_event "what is joined to a condition is hypothetical too" '"cameo":"03'
code 2006-11-01 "Wahhabism has a strong following among Chechen rebels fighting Russian authority in the Caucasus."
has_event "an -ing form right after a noun group is that group's act" '"source":{"code":"RUSREB"' '"cameo":"190"'
code 2006-10-08 "Chinese President Hu Jintao and Japanese Prime Minister Shinzo Abe met on Saturday with both leaders expressing the willingness to improve ties."
has_event "'with' and a clause is no companion" '"source":{"code":"CHNGOV"' '"target":{"code":"JPNGOV"' '"cameo":"040"'
code 2006-12-01 "Noland said Seoul should insist that its embassies help refugees."
lacks_event "what should be said is not said" '"cameo":"10'
code 2008-08-02 "Moscow and Beijing have resisted taking a harder line on Iran."
lacks_event "what one resists doing is not done" '"source":{"code":"RUS"'
code 2014-07-20 "Interpol will send a team to help identify victims killed by the Malaysia Airlines flight MH17 crash."
lacks_event "an accident is no agent" '"source":{"code":"MYSBUS"'
code 2025-01-27 "M23 rebels captured Goma, Congolese officials said."
has_event "rebels taking a city of their own country act against it" '"source":{"code":"CODREB"' '"target":{"code":"COD"' '"cameo":"192"' '"location":{"name":"Goma"'

code 2025-02-16 "Rwanda attacked Bukavu, Congolese officials said."
has_event "a town right after the verb is a place, however small" '"source":{"code":"RWA"' '"target":{"code":"COD"' '"location":{"name":"Bukavu"'

code 2005-12-01 "A former rebel jailed by Jakarta has won a landslide victory in the elections for governor of Aceh."
has_event "only an accident in the agent's own phrase makes it no agent" '"source":{"code":"IDN"' '"cameo":"173"'
code 2025-02-01 "Rwanda denied supporting the rebels."
lacks_event "what one denies doing is not done" '"cameo":"051"'
has_event "... and the denial is aimed at whom it would have been done to" '"source":{"code":"RWA"' '"target":{"code":"---REB"' '"cameo":"016"'

code 2025-03-01 "Russian drones struck energy facilities in Odesa overnight, Ukrainian officials said."
has_event "drones are the military; today's spelling of a city" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"' '"location":{"name":"Odessa"'
code 2025-03-01 "Zelensky said Ukraine was ready to sign a minerals deal with the United States."
has_event "ready to act is an intention" '"source":{"code":"UKR"' '"target":{"code":"USA"' '"cameo":"03'
code 2025-03-01 "Russia is likely to attack Ukraine."
lacks_event "likely to act is no act" '"source":{"code":"RUS"'

code 2025-03-22 "Protesters clashed with police in Istanbul after the arrest of the city's mayor."
has_event "a clash of unnamed sides takes the country of its place" '"source":{"code":"TUROPP"' '"target":{"code":"TURCOP"' '"cameo":"145"'
code 2026-05-01 "Venezuelan President Nicolas Maduro accused the United States of preparing a military invasion."
has_event "a person's dated code says whether in office" '"source":{"code":"VENELI"' '"target":{"code":"USA"' '"cameo":"112"'

code 2026-05-01 "Mexican troops arrested a cartel leader in Sinaloa."
has_event "a cartel's leader is a criminal, not a government" '"source":{"code":"MEXMIL"' '"target":{"code":"MEXCRM"' '"cameo":"173"'

code 2025-03-15 "Serbian students protested against the government."
has_event "protesters protest against their own government" '"source":{"code":"SRBEDU"' '"target":{"code":"SRBGOV"' '"cameo":"141"'
code 2006-11-01 "There are reports that Mongolia is preparing to receive Korean refugees."
lacks_event "what hearsay says is governed, too, is hearsay" '"source":{"code":"MNG"'
code 2024-06-01 "Three Palestinians were killed by Israeli fire in the West Bank, the Palestinian health ministry said."
has_event "fire by someone is their act" '"source":{"code":"ISR"' '"target":{"code":"PSE"' '"cameo":"190"'

code 2024-06-01 "Sudanese refugees fled to Chad to escape fighting in Darfur."
lacks_event "fighting one flees is not one's act" '"cameo":"190"'

code 2024-06-01 "The EU imposed sanctions on Russian shadow fleet tankers."
has_event "a past form read as an adjective after a name is a verb" '"source":{"code":"IGOEUREEC"' '"target":{"code":"RUS"' '"cameo":"163"'

code 2024-06-01 "Greece would help in rebuilding the Albanian armed forces."
has_event "... but not 'armed forces'" '"target":{"code":"ALBMIL"'

code 2025-04-24 "India suspended the Indus Waters Treaty with Pakistan."
has_event "suspending a treaty reduces relations" '"source":{"code":"IND"' '"target":{"code":"PAK"' '"cameo":"160"'

code 2024-06-01 "The US ambassador was summoned by the Russian foreign ministry."
has_event "a diplomat summoned, in the passive" '"source":{"code":"RUSGOV"' '"target":{"code":"USAGOV"' '"cameo":"114"'
code 2023-10-18 "Jordan cancelled a summit with Biden after the hospital blast in Gaza."
has_event "a summit cancelled reduces relations" '"source":{"code":"JOR"' '"target":{"code":"USAGOV"' '"cameo":"160"'

code 2023-10-25 "Turkish President Erdogan called Hamas a liberation group."
lacks_event "naming is no telephone call" '"cameo":"041"'
code 2025-02-12 "The Kremlin said Putin and Trump discussed Ukraine in a phone call."
has_event "what is discussed is a topic; the partners are the compound" '"source":{"code":"RUSGOV"' '"target":{"code":"USAGOV"' '"cameo":"041"'
lacks_event "... and the topic is no target" '"target":{"code":"UKR"'

code 2005-11-20 "Lebanese Prime Minister Rafik Hariri canceled a planned visit to Alberta on doctor's advice."
lacks_event "a cancelled visit needs whom it was to" '"cameo":"160"'
code 2025-10-10 "The Vatican praised the ceasefire in Gaza."
has_event "praising a truce is praise" '"source":{"code":"VAT"' '"cameo":"051"'
code 2024-01-23 "Turkey's parliament ratified Sweden's NATO membership."
has_event "an organisation that says what a bid is for leaves the group to its owner" '"source":{"code":"TURLEG"' '"target":{"code":"SWE"' '"cameo":"057"'
code 2025-06-13 "Israel launched strikes on Iran's nuclear facilities early Friday, Israeli officials said."
has_event "strikes on someone are force" '"source":{"code":"ISR"' '"target":{"code":"IRN"' '"cameo":"190"'

code 2025-06-13 "Iran responded with waves of ballistic missiles on Tel Aviv."
has_event "a response with missiles is force" '"source":{"code":"IRN"' '"target":{"code":"ISR"' '"cameo":"194"'
code 2006-11-01 "Liberian President Ellen Johnson Sirleaf visited Shenyang, an old industrial base in north China."
has_event "a visit to a town is a visit to its country" '"source":{"code":"LBRGOV"' '"target":{"code":"CHN"' '"cameo":"042"' '"location":{"name":"Shenyang"'
code 2006-11-01 "UN peacekeepers, fighting alongside the Congolese army, shelled the rebels."
lacks_event "fighting alongside someone is not fighting them" '"target":{"code":"CODMIL"' '"root":19'
has_event "... it is cooperating with them militarily" '"target":{"code":"CODMIL"' '"cameo":"062"'
code 2005-11-02 "Five aid organizations in Denmark have joined forces to raise funds."
lacks_event "joining forces is no act on 'forces'" '"target":{"code":"---MIL"'
code 2005-11-16 "Only two Arab countries, Egypt and Jordan, have signed peace treaties with the Jewish state."
has_event "a partner named after 'with' is the target, the Jewish state Israel" '"source":{"code":"EGY"' '"target":{"code":"ISR"' '"cameo":"057"'
lacks_event "... so the compound did not act among itself" '"source":{"code":"EGY"' '"target":{"code":"JOR"'
code 2005-11-16 "Egypt and Jordan signed a treaty with the aim of ending the dispute."
has_event "'with the aim of' names no partner" '"source":{"code":"EGY"' '"target":{"code":"JOR"' '"cameo":"057"'
code 2005-11-08 "The ICTR spokesman not only tipped off the French lawyer but also informed his friend."
lacks_event "'not only' negates nothing" '"cameo":"121"'
has_event "... the tip-off is coded" '"target":{"code":"FRAJUD"' '"cameo":"064"'
code 2005-11-05 "Venezuelan President Hugo Chavez has said the trade pact is dead as it only helps large US companies."
lacks_event "'it' is no person" '"source":{"code":"VENGOV"' '"cameo":"070"'
code 1997-04-07 "Clinton said the United States would talk with the Palestinians after he met Israeli Prime Minister Netanyahu."
lacks_event "'he' is no country" '"source":{"code":"USA"' '"target":{"code":"ISRGOV"'
code 1997-04-26 "He was the first defector since North Korea's top ideologue Pak Chol-jun arrived in Seoul, 67 days after he sought asylum in Beijing."
has_event "... but may be a country's man" '"source":{"code":"PRK"' '"cameo":"023"'
code 2006-12-11 "A senior intelligence officer said Damascus was preparing for war with the Jewish state."
has_event "preparing for war readies force" '"source":{"code":"SYR"' '"target":{"code":"ISR"' '"cameo":"154"'
lacks_event "... no intent to cooperate" '"cameo":"030"'
code 1997-04-05 "Ankara's reaction damages relations with Germany, the lawmaker said."
lacks_event "damaged relations are no destroyed property" '"cameo":"1712"'
code 2024-02-20 "M23 rebels attacked the town of Sake in eastern Congo."
has_event "a plural agent before a past tense is the subject, not a verb" '"source":{"code":"CODREB"' '"cameo":"190"'
code 2006-12-18 "Gates was sworn in three days after his predecessor Donald Rumsfeld, blamed for the mess in Iraq, was given a send-off."
lacks_event "a participle between commas the tagger calls a past tense is still passive" '"source":{"code":"USAGOV"' '"cameo":"112"'
code 2006-12-02 "The EU imposed an aid freeze, citing the refusal of Hamas to renounce violence or recognize past peace deals with Israel."
has_event "'the refusal of X to' is X's rejection, also of the verb joined to the first" '"source":{"code":"PSEREB"' '"target":{"code":"ISR"' '"cameo":"120"'
lacks_event "... and no recognition" '"cameo":"054"'
code 2006-11-02 "The presidency wants to avert a crisis, following Ankara's refusal to meet its EU obligations and open its ports to Cyprus."
has_event "a possessor's refusal governs both joined infinitives" '"source":{"code":"TUR"' '"target":{"code":"CYP"' '"cameo":"1246"'
code 1997-04-02 "Italy will provide 2,000 soldiers; Greece has promised up to 700 troops."
lacks_event "troops promised are what is given, no target" '"target":{"code":"---MIL"'
code 2006-12-20 "Swiss authorities have confiscated more than 3.3 million Swiss francs held in a local bank."
lacks_event "a currency is no actor" '"target":{"code":"CHE"'
code 2005-11-17 "FIFA officials inspected Margarita Island's training center."
lacks_event "an island is not Iceland" '"target":{"code":"ISL"'
code 2005-11-29 "Zambian President Levy Mwanawasa complained at the summit in the Mediterranean island country Malta that prices were low."
lacks_event "the Mediterranean island is a place, not the region's actor" '"target":{"code":"MDT"'
code 2006-12-14 "Haniya had cut short his first foreign trip to deal with tensions in Gaza."
lacks_event "a trip cut short reduces no relations" '"cameo":"160"'
code 2022-03-01 "The US condemned Russia and China criticized Japan."
lacks_event "a name before a verb of its own after an object opens a clause: no compound" '"source":{"code":"USA"' '"target":{"code":"CHN"'
has_event "... China is the subject of its verb" '"source":{"code":"CHN"' '"target":{"code":"JPN"' '"cameo":"111"'
code 2022-03-01 "The US warned Russia and China would pay a price."
has_event "... but after a verb of warning the pair stays one object" '"source":{"code":"USA"' '"target":{"code":"CHN"' '"cameo":"130"'
code 2006-11-26 "Progress in ending bloodshed between Israelis and the Palestinians could provide relief for Washington."
lacks_event "... and a pair after a preposition stays one" '"source":{"code":"PSE"'
code 2006-11-13 "President Pervez Musharraf and Indian Prime Minister Manmohan Singh, who met in the Cuban capital of Havana, directed their foreign secretaries to resume dialogue."
has_event "a compound is the relative clause's own subject; 'the capital of Havana' is a place" '"source":{"code":"PAKGOV"' '"target":{"code":"INDGOV"' '"cameo":"040"'
lacks_event "... not the target" '"target":{"code":"CUB"'
code 2006-12-17 "British detectives believe that the radioactive substance used to kill former Russian spy Alexander Litvinenko cost ten million dollars."
lacks_event "'that' after a verb the dictionaries do not know opens a clause, no relative" '"source":{"code":"GBRCOP"'
code 2006-11-18 "The leaders also discussed and endorsed the Hanoi Action Plan to implement the Busan Roadmap."
lacks_event "a place opening the name of a document is no actor" '"target":{"code":"VNM"'
code 2006-12-28 "Washington, which accuses the Islamists of links to Al-Qaeda, put its weight behind Addis Ababa."
has_event "the Islamists are a movement (MUS), whom the accusation is about" '"source":{"code":"USA"' '"target":{"code":"---MUS"' '"cameo":"112"'
code 2006-11-22 "China's cabinet moved to tighten controls on social security funds."
lacks_event "social security is welfare, no police posture" '"cameo":"151"'
code 1997-04-01 "France announced it would not support the annual resolution condemning China's human rights record."
lacks_event "an -ing form after a thing is the thing's, and a stand on a document is not its content" '"source":{"code":"FRA"' '"cameo":"111"'
code 1997-04-08 "The European Union is expected to present a resolution condemning Burma to the commission."
has_event "... but a document presented speaks for its maker" '"source":{"code":"IGOEUREEC"' '"target":{"code":"MMR"' '"cameo":"111"'
code 1997-04-02 "Hungary on Wednesday ruled out sending troops to Albania."
has_event "ruling out an act governs its -ing form: a refusal aimed where the act was" '"source":{"code":"HUN"' '"target":{"code":"ALB"' '"cameo":"121"'
lacks_event "... and the troops sent are no target" '"target":{"code":"---MIL"'
code 2006-12-24 "Olmert said his meeting with Abbas could mark an opening for a better future."
lacks_event "'said' addresses a phrase right after it, not one inside what was said" '"target":{"code":"PSEGOV"'
code 1997-04-04 "Israeli shelling in response to Hezbollah attacks killed three Lebanese civilians."
has_event "an -ing noun after a nationality is the subject: the shelling killed civilians" '"source":{"code":"ISR"' '"target":{"code":"LBNCVL"' '"cameo":"194"'
lacks_event "... and shelled no one" '"target":{"code":"LBNREB"'
code 2006-12-16 "The European Union and the United States imposed an aid freeze on the Palestinian government when it took power in March."
lacks_event "'it' is no compound of two" '"source":{"code":"IGOEUREEC"' '"cameo":"180"'
code 2005-11-14 "Moeller promised that Denmark would offer aid to the independent media."
lacks_event "an intention toward the media is no event with them" '"target":{"code":"---MED"'
code 2005-11-08 "Israel said that the policy of targeted killing against Palestinian militants has proven effective."
lacks_event "an -ing form after an article or preposition and an adjective is a noun" '"cameo":"190"'
code 2005-11-08 "Unknown gunmen opened fire at a car carrying two lawyers in Baghdad, killing Adel Muhammed Abbas."
lacks_event "a one-word name after two unknown names is someone else's" '"target":{"code":"PSEGOV"'
code 2006-12-13 "Iranian President Mahmud Ahmadinejad, who has threatened to wipe Israel off the map, spoke in Tehran."
has_event "... but a first name spelt differently does not hide the person" '"source":{"code":"IRNGOV"' '"target":{"code":"ISR"' '"cameo":"138"'
code 2005-11-08 "On Monday Abbas met Olmert in Jerusalem."
has_event "a day ends the phrase of 'on': the name after it is the subject" '"source":{"code":"PSEGOV"' '"target":{"code":"ISRGOV"' '"cameo":"040"'
code 2006-12-18 "Blair's successor will have to develop closer relations with Europe."
lacks_event "a name's successor (son, widow, killers) is someone else" '"source":{"code":"GBRGOV"'
code 2006-12-11 "Haniya, on his first trip to Iran as prime minister, met on Sunday with supreme leader Ayatollah Ali Khamenei."
has_event "the subject before a phrase between commas" '"source":{"code":"PSEGOV"' '"target":{"code":"IRNGOVREL"' '"cameo":"040"'
code 2006-11-21 "President Hamid Karzai and his Pakistani counterpart Pervez Musharraf reached an agreement in front of US President Bush to hold a grand assembly."
lacks_event "one 'in front of' whom it happens is no target" '"target":{"code":"USAGOV"'
has_event "... the compound agreed among itself" '"source":{"code":"AFGGOV"' '"target":{"code":"PAKGOV"'
code 1997-04-02 "Franz Vranitzky, the former Austrian chancellor heading the OSCE mission to Albania, told journalists that the soldiers would arrive soon."
lacks_event "heading a mission leads it: no journey" '"cameo":"042"'
code 2006-12-16 "Thousands of armed Hamas and Fatah supporters staged competing protests in central Gaza City late Saturday."
lacks_event "a protest in a region of one's own country has no target" '"target":{"code":"PSEGZA"'
# A story names a person in full, then by one name (Li Peng: "Hu" alone is listed for his years as leader).
code 1997-04-07 "Chinese Premier Li Peng will visit India next week. Premier Li will also meet Pakistani leaders. Later Peng met Nawaz Sharif in Islamabad."
has_event "a title and a name of someone the story named in full is that person (Chinese names put the family name first)" '"source":{"code":"CHNGOV"' '"target":{"code":"PAKGOV"' '"cameo":"040"' '"text":"Premier Li"'
has_event "... and the last name alone too" '"source":{"code":"CHNGOV","country":"CHN","sector":"GOV","text":"Peng"'
code 2006-11-07 "Brazilian President Luiz Inacio Lula da Silva met Chavez. Cavaco Silva attended the summit in the Uruguayan capital of Montevideo."
lacks_event "another first name before the last name is someone else" '"text":"Silva"'
code 2005-11-12 "Rivals said his administration has failed to quell violence and Prime Minister Ibrahim Jaafari could lose his job."
lacks_event "a name after 'and' before a verb of its own is no object" '"cameo":"175"'
code 2006-12-02 "But the US had shot back that it was not talking to Cuba."
lacks_event "shooting back that is a retort" '"cameo":"193"'
code 2005-07-01 "Syria pulled its last troops from Lebanon in April."
has_event "troops withdrawn from a country are the actor's: the target is the country" '"source":{"code":"SYR"' '"target":{"code":"LBN"' '"cameo":"0874"'
code 1997-04-24 "Rebels are seeking to topple President Mobutu Sese Seko."
has_event "seeking to topple a ruler threatens force" '"target":{"code":"CODGOV"' '"cameo":"138"'
code 2005-11-15 "Insurgents frequently target Iraqi police in a bid to topple the government."
lacks_event "a bid to do something is no deed" '"cameo":"180"'
code 2005-12-01 "Japanese Foreign Minister Taro Aso, currently visiting Washington, is scheduled to meet US Secretary of Defense Donald Rumsfeld on Saturday."
has_event "the subject of 'is scheduled to' is before the participle phrase between commas" '"source":{"code":"JPNGOV"' '"target":{"code":"USAGOVMIL"' '"cameo":"040"'
lacks_event "... not the place visited" '"source":{"code":"USA"' '"cameo":"040"'
code 2005-12-01 "Taro Aso will discuss the realignment of US forces in Japan."
lacks_event "what is discussed 'of' someone is a topic" '"cameo":"040"'
code 2015-06-01 "Boko Haram has launched many attacks during its campaign for a strict Islamic state in northeastern Nigeria."
lacks_event "a name written with a capital at its end needs one in the text: an Islamic state is no Islamic State" '"target":{"code":"IMGMUSISI"'
code 2015-06-01 "The United States launched an air strike against an Islamic State target in Iraq."
has_event "... the Islamic State is" '"source":{"code":"USA"' '"target":{"code":"IMGMUSISI"'
has_event "an air strike against someone is air force, not force in general" '"source":{"code":"USA"' '"cameo":"195"'
code 2015-11-14 "Putin expressed condolences for the victims of the attacks in Paris."
has_event "sorrow 'for' something in a place is about the place's country" '"source":{"code":"RUSGOV"' '"target":{"code":"FRA"' '"cameo":"018"'
code 2015-11-14 "Putin said in Paris that peace was near."
lacks_event "... but a statement made in a place is not to it" '"target":{"code":"FRA"'
code 2006-11-11 "The United States vetoed a draft resolution that would have condemned an Israeli attack in Beit Hanoun in northern Gaza that killed at least 19 Palestinian civilians."
has_event "what an attack in a place did is the attacker's, past places the dictionaries do not know" '"source":{"code":"ISR"' '"target":{"code":"PSECVL"' '"cameo":"190"'
code 2006-11-29 "Lebanon saw a political crisis blew up following the resignation of six ministers from Hezbollah."
lacks_event "a crisis that blew up is no bombing" '"cameo":"183"'
code 2005-11-15 "Foreign ministers of the Asia-Pacific Economic Cooperation (APEC) began their meeting in Busan."
lacks_event "one organisation named twice is one member" '"target":{"code":"IGOASAAPC"'
code 2005-09-12 "Israel withdrew settlers and troops from the entire Gaza Strip in September."
has_event "those withdrawn from a place are the actor's" '"source":{"code":"ISR"' '"target":{"code":"PSEGZA"' '"cameo":"0874"'
code 2006-11-03 "Kagame recognized the effective cooperation between Rwanda and China in agriculture."
lacks_event "recognising cooperation is no diplomatic recognition" '"cameo":"054"'
code 2006-11-30 "China levied an anti-dumping tax on imported rubber from Russia and Japan."
lacks_event "a participle between a preposition and its noun is an adjective" '"cameo":"061"'
code 2006-12-27 "Hours after the UN Security Council failed to agree on the withdrawal of foreign troops, fighting resumed."
lacks_event "what one failed to do was not done" '"source":{"code":"IGOUNO"'
code 2006-12-04 "Pakistan has deployed 80,000 troops along the frontier to stop militants launching attacks in Afghanistan."
lacks_event "those stopped from doing something do not do it" '"cameo":"190"'
code 2005-11-16 "The development was a positive step, Abdullah told visiting Quartet envoy James Wolfensohn."
lacks_event "'told visiting' someone is no visit" '"cameo":"042"'
code 2006-11-04 "Israeli troops arrested three Palestinians accused of planning attacks on Israel."
lacks_event "a participle after an object, before a preposition, is passive with no agent" '"cameo":"112"'
code 1997-04-07 "The 52-year-old French national left on an Air France flight bound for Paris, escorted by two Indian soldiers, a witness said."
has_event "a participle with 'by' after a comma: the agent did it to the clause's subject" '"source":{"code":"INDMIL"' '"target":{"code":"FRA"' '"cameo":"074"'
code 2006-12-27 "British-led forces struggle against Taliban insurgents in the south of Afghanistan, invaded by US-led forces in 2001."
has_event "... force is done to the place right before the comma" '"target":{"code":"AFG"' '"cameo":"192"'
code 2006-11-27 "The rebel soldiers began to retreat from the town of Sake under the pressure of UN attack helicopters."
lacks_event "one under whose pressure something is done is not its target" '"target":{"code":"IGOUNOMIL"'
code 2005-12-01 "In 2003, African heads of state committed their governments in the Maputo Declaration to allocating funds."
lacks_event "a capital opening a document's name is no actor, inside a group too" '"target":{"code":"MOZGOV"'
code 1997-04-30 "The group, which includes one woman but no children, claims the United States illegally annexed the state in 1845."
lacks_event "a head no dictionary knows before a relative clause between commas is still the subject" '"cameo":"112"'
code 2006-11-14 "Leaders of rival Hamas and Fatah movements are holding dialogue on the formation of a new government."
has_event "what talks are 'on' is their topic: the compound talks among itself" '"source":{"code":"PSEREB"' '"target":{"code":"PSEGOV"' '"cameo":"040"'
code 2006-11-19 "Russia and the United States signed a bilateral agreement on Russia's accession to the World Trade Organization."
lacks_event "... an agreement on someone's accession is not with them" '"target":{"code":"IGOBUSWTO"'
code 2006-11-16 "Three bomb explosions rocked Thailand's southern province of Narathiwat on Friday, injuring three soldiers and 11 civilians."
lacks_event "a participle after a clause whose verb and subject no dictionary knows has no actor" '"source":{"code":"THA"'
code 1997-04-01 "Gingrich is to pay a visit to Taiwan in which he is to meet with President Lee Teng-hui."
lacks_event "a pronoun subject inside a relative clause beats what 'which' stands for" '"source":{"code":"TWN"' '"cameo":"040"'
code 2006-11-16 "The ministers recognized that the Bogor Goals remain important for APEC."
lacks_event "recognising that something is true is no diplomatic recognition" '"cameo":"054"'
code 2006-11-11 "Arab League chief Amr Moussa regretted the US veto against a United Nations Security Council draft resolution condemning the Israeli attacks."
has_event "a document whose noun phrase names its maker speaks for the maker" '"source":{"code":"IGOUNO"' '"target":{"code":"ISR"' '"cameo":"111"'
code 1997-04-23 "Palestinian President Yasser Arafat headed for Jordan on Wednesday for talks with King Hussein."
has_event "King Hussein of Jordan" '"target":{"code":"JORGOV"' '"cameo":"042"'
code 2006-12-29 "The leader will take office on Monday, thanks largely to support from the millions of Brazilians."
lacks_event "after 'thanks to' a word is a noun" '"cameo":"051"'
code 1997-04-15 "An Israeli millionaire accused of selling chemical arms material to Iran has been missing for weeks."
lacks_event "a participle after a noun and before a preposition is passive with no agent" '"cameo":"112"'
code 2006-11-13 "Singaporean President Sellapan Rama Nathan is due to arrive in Egypt on Tuesday."
has_event "... but 'due to' may govern a verb" '"target":{"code":"EGY"' '"cameo":"042"'
code 2006-11-16 "It welcomed the talks between the Ugandan government and the LRA, which have fought a civil war for 20 years, urging the rebel group to release all women."
lacks_event "a participle after a comma is not the act of a relative clause's subject" '"source":{"code":"UGAREB"' '"cameo":"0253"'
code 1997-04-28 "The three-day forum is headed by Iraq's ambassador to UNESCO, Abdel Amir al-Anbari."
lacks_event "headed by someone is led, no journey" '"cameo":"042"'
code 2006-12-20 "A suicide attacker ploughed a car bomb into a police checkpoint protecting Baghdad University on Wednesday, killing at least 11 people and wounding 30 more, medical officials said."
lacks_event "an -ing form after a thing is the thing's even after an actor; speakers of a trailing 'said' are no target" '"source":{"code":"IRQEDU"'
lacks_event "... and the checkpoint protects, not the attacker" '"cameo":"074"'
code 2005-11-08 "The crossing was shut down shortly before Israel completed withdrawing settlers and troops from the coastal strip in September."
lacks_event "people withdrawn are what the act moves" '"target":{"code":"---CVL"'
code 2006-12-14 "The EU froze direct aid to the Palestinian government, demanding that Hamas renounce violence and recognize Israel."
lacks_event "what a demand asks for is not done" '"cameo":"054"'
code 1997-04-29 "European foreign ministers meeting in Luxembourg also called on Kabila to guarantee access to conflict zones."
lacks_event "several sides meeting somewhere meet each other, not the place" '"target":{"code":"LUX"'
code 2006-12-22 "Japanese Prime Minister Shinzo Abe spoke in Tokyo. He visited Japan amid turmoil in the region."
lacks_event "a government does not visit its own country" '"target":{"code":"JPN"' '"cameo":"042"'
code 2006-12-21 "The government revised down third quarter US gross domestic product to a 2.0 percent growth rate."
lacks_event "revising figures is no policy change" '"cameo":"0832"'
code 1997-04-15 "However, neither the Dutch foreign nor economic ministries would comment on China's decision."
lacks_event "a 'neither ... nor' subject denies the act" '"cameo":"010"'
code 1997-04-15 "France condemned neither China nor Russia."
lacks_event "... and so does a 'neither' object" '"cameo":"111"'
code 1997-04-24 "Another hostage said he saw a rebel captured alive by the Peruvian forces."
has_event "a person captured in the passive is arrested, as in the active" '"source":{"code":"PERMIL"' '"target":{"code":"PERREB"' '"cameo":"173"'
code 2023-05-20 "The Ukrainian town of Bakhmut was captured by Russian forces."
has_event "... and a town captured is still occupied" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"' '"cameo":"192"'
code 2006-11-06 "Leftist Sandinista leader Daniel Ortega, a U.S. Cold War foe, criticised Japan."
lacks_event "an unknown name is not the actor its apposition relates it to" '"source":{"code":"USA'
code 2006-11-06 "Lebanese Environment Minister Yaacoub Sarraf, an ally of Lebanese President Emile Lahoud, criticised Syria."
has_event "... the title before it is" '"source":{"code":"LBNGOV' '"target":{"code":"SYR"' '"cameo":"111"'
code 2006-11-06 "Nguyen, a 25-year-old Australian, criticised Singapore."
has_event "... and an apposition saying who it is names it" '"source":{"code":"AUS' '"target":{"code":"SGP"'
code 2006-11-06 "Leftist Sandinista leader Daniel Ortega is heading for victory in Nicaragua's presidential elections."
lacks_event "heading for an outcome is no journey" '"cameo":"042"'
code 2006-11-22 "Former U.S. president Jimmy Carter wrote a letter to Prime Minister Girija Prasad Koirala."
has_event "an office once held is an elite" '"source":{"code":"USAELI"'
code 2006-11-22 "The former Russian defence minister criticised Israel."
has_event "... also with a title of two pieces" '"source":{"code":"RUSELI"' '"target":{"code":"ISR"'
code 1997-04-13 "France will not refuse to meet Iran."
lacks_event "a refusal denied is no refusal" '"cameo":"12'
lacks_event "... nor a meeting" '"cameo":"04'
code 2005-08-09 "Iranian chief nuclear negotiator Ali Larijani rejected the EU call to stop the uranium conversion and condemned the EU for having gone too far."
has_event "a finite verb joined after an infinitive shares the subject of the verb governing it" '"source":{"code":"IRNGOV"' '"target":{"code":"IGOEUREEC"' '"cameo":"111"'
code 1997-04-07 "During his visit, Millon has invited Chinese defence officials to study in France and called for more visits from the Chinese navy."
lacks_event "... not the infinitive's subject" '"source":{"code":"CHNGOV"'
code 2006-11-27 "Chinese city governments will sign an agreement on the protection of the rights of migrant workers."
lacks_event "what an agreement is on, through phrases of 'of', is a topic" '"target":{"code":"---CVL"'
code 2006-11-20 "Ahtisaari said that he expected the direct talks between Belgrade and Pristina to start early next year."
lacks_event "talks expected between others are a forecast, no appeal" '"cameo":"02'
code 2006-09-20 "Chavez called Bush the devil."
lacks_event "calling someone a name is no telephone call" '"cameo":"041"'
code 2005-03-10 "Kosovo's Ramush Haradinaj resigned as prime minister and surrendered to the tribunal."
lacks_event "a role after 'as' is no target, even before a verb joined by 'and'" '"target":{"code":"---GOV"'
code 2006-11-20 "Three men released from Guantanamo Bay, the U.S. navy base in Cuba, have arrived in Albania, a government spokesman said."
lacks_event "an apposition naming a thing is no one's" '"source":{"code":"USAMIL"'
code 2005-11-03 "Bush departed Washington early Thursday for Mar del Plata to attend the summit and will visit Brazil and Panama subsequently."
has_event "the object of a verb no dictionary knows is not the subject of what follows" '"source":{"code":"USAGOV"' '"target":{"code":"PAN"' '"cameo":"042"'
code 1997-04-13 "Officials said Indian troops traded fire with Pakistani forces on Sunday."
lacks_event "a speaker of no known country accuses no one" '"cameo":"112"'
has_event "... and the told act stays" '"source":{"code":"INDMIL"' '"target":{"code":"PAKMIL"' '"cameo":"190"'
code 2014-07-18 "The Malaysia Airlines flight MH17 was blown up over Eastern Ukraine by a surface-to-air missile fired by pro-Russia rebels."
has_event "blown up by a missile is military force, not a bombing" '"target":{"code":"MYSBUS"' '"cameo":"194"'
code 1997-04-30 "British mercenary boss Tim Spicer arrived back in Britain on Wednesday."
lacks_event "anyone visiting their own country as a whole goes home" '"cameo":"042"'
code 1997-04-30 "The runway had been mined by Serb mercenaries fighting on behalf of the Zairean government."
lacks_event "on behalf of whom one fights names no target" '"target":{"code":"CODGOV"'
code 2006-11-13 "Japanese Prime Minister Shinzo Abe and U.S. President George W. Bush will hold talks on the sidelines of the Asia-Pacific Economic Cooperation forum."
has_event "... nor does the forum on whose sidelines they meet" '"source":{"code":"JPNGOV"' '"target":{"code":"USAGOV"'
code 1997-04-30 "Australian Foreign Minister Alexander Downer said through a spokesman that Canberra had imposed restrictions."
lacks_event "a statement through a spokesman is not addressed to the spokesman" '"target":{"code":"---GOV"'
code 2005-11-28 "A US congressman pleaded guilty Monday to bribe charges that he sold his home to a defense contractor."
lacks_event "a plea of guilty is no arrest and no appeal" '"source":{"code":"USALEG"'
code 1997-04-09 "While enthusiastically praising France and its allies, China warned Tuesday that any country supporting the resolution would harm its relations with it."
lacks_event "a comma after 'and' closes what it joined: no compound of France and China" '"source":{"code":"FRA"'
code 2005-06-01 "The tensions were the most serious since the ANC took power in South Africa 11 years ago."
lacks_event "power taken is mostly won in elections, no coercion" '"cameo":"170"'
code 2005-11-08 "The Cuban government said the blockade has cost Cuba 80 billion dollars since the United States imposed it on the Caribbean country more than 40 years ago."
lacks_event "a region's adjective before 'country' is an epithet, not the region" '"target":{"code":"CRB"'
code 2005-12-14 "Last week he said Israel should be moved to Germany or Austria -- comments that were also condemned by the United Nations Security Council."
lacks_event "a noun after a break is the antecedent of 'that', not the name before it" '"target":{"code":"AUT"'
code 2005-11-28 "Sison said he could be abducted by the United States."
lacks_event "force one fears to suffer is no threat of the one who would use it" '"cameo":"138"'
code 2006-11-05 "China has also agreed to provide aid totalling five million yuan (600,000 dollars) to Mauritius, and trade officials signed a cooperation agreement."
has_event "a clause steps over an aside of figures; ', and' before a new subject opens a clause" '"source":{"code":"CHN"' '"target":{"code":"MUS"' '"cameo":"03'
code 1997-04-26 "A Singapore court imposed a record fine of 9.25 million Singapore dollars (6.6 million US) on a man who pleaded guilty."
lacks_event "what an aside in parentheses names is no object" '"target":{"code":"USA"'
code 2005-11-04 "In Beijing, Fradkov and Wen Jiabao held talks."
has_event "a name ending an opening phrase is no member of the subject list after it" '"source":{"code":"RUSGOV"' '"target":{"code":"CHNGOV"'
lacks_event "... so Beijing holds no talks" '"source":{"code":"CHN"'
code 1997-04-05 "Turkes had criticised efforts by Erbakan's ruling party to introduce Islamic practices in social life."
lacks_event "criticising is sentencing only with 'to death' or 'to life' right after" '"cameo":"116"'
code 2006-01-06 "Ayman al-Zawahiri questioned Abbas, accusing him of complicity with the Israelis and Americans."
lacks_event "an object pronoun is the object: nothing after it is the target" '"target":{"code":"ISR"'
code 2005-11-08 "PNA spokesman Nabil Abu Rudeineh accused Israel of escalation. His remarks answered Israeli chief of staff Dan Halutz, who said Israel would go on. Abu Rudeineh, meanwhile, demanded the Israeli government stop its incursions. He also demanded the Israeli government offer help."
lacks_event "one opening a sentence by one name is the last person named" '"source":{"code":"ISRMIL"'
code 1997-04-28 "Iran was behind a bomb attack in Khobar, Saudi Arabia, that killed 19 US servicemen in June."
lacks_event "the country of a town named after 'in' is where, no antecedent" '"source":{"code":"SAU"'
code 1997-04-23 "Arafat received an urgent telephone call from US Secretary of State Madeleine Albright."
has_event "the caller of a call received is the source" '"source":{"code":"USAGOV"' '"target":{"code":"PSEGOV"' '"cameo":"041"'
code 2005-11-03 "The United States affirms that it has no intention of attacking or invading the DPRK."
lacks_event "no intention of attacking or invading is no invasion" '"cameo":"19'
code 2006-12-29 "Chavez called US President George W. Bush \"the devil.\""
lacks_event "a name in quotation marks is naming too, no call" '"cameo":"041"'
code 1997-04-24 "During a State Department visit that lasted slightly more than an hour, the Dalai Lama also met with John Shattuck, assistant secretary of state."
lacks_event "a relative clause with a verb of its own in an opening phrase gives the main verb no subject" '"source":{"code":"USAGOV"'
code 2006-11-11 "The United States vetoed the UN Security Council draft resolution that would have condemned an Israeli attack in Gaza."
lacks_event "what would have been done was not" '"cameo":"111"'
code 2005-11-08 "The economic embargo on Cuba prevents it from receiving financial aid from the World Bank."
lacks_event "what one is prevented from doing is not done" '"target":{"code":"CUB"'
code 2006-11-28 "Incumbent President Hugo Chavez is favored to beat opposition candidate Manuel Rosales."
lacks_event "beating a candidate is winning an election" '"cameo":"182"'
code 2005-12-15 "The conference was to include a tribute to Norbert Zongo, a journalist who was shot and burned in his car in Burkina Faso."
lacks_event "a participle joined to a passive in a relative clause is passive too" '"source":{"code":"---MED"'
code 2005-11-11 "South Korea's second largest city, Busan, is aiming to become an international convention city through the hosting of this year's Asia-Pacific Economic Cooperation forum."
lacks_event "an intention to become something is no intention to act" '"cameo":"03'
code 2006-12-26 "Meles denied the Ethiopian forces planned to take Mogadishu or any other town."
lacks_event "a denial needs no 'that'" '"cameo":"13'
code 2006-12-26 "Anti-Syrian groups accused Damascus of backing the bombings, an accusation denied by Syria which later was forced to withdraw its army from Lebanon."
has_event "... and denies nothing of a relative clause after it" '"source":{"code":"SYR"' '"target":{"code":"LBN"' '"cameo":"087'
code 2005-12-07 "A Russian military transport entered Estonian airspace without permission on Tuesday."
lacks_event "entering someone's airspace opens nothing" '"cameo":"081"'
code 2006-12-26 "Meles said he had deployed between 3,000 to 4,000 troops."
lacks_event "troops sent, counted in a range, are the sender's own, no target" '"target":{"code":"---MIL"'
code 1997-04-25 "Maronite Cardinal Nasrallah Sfeir said he hopes Pope John Paul II's visit will help the country."
lacks_event "a known surname before an unknown name is someone else's first name" '"source":{"code":"LBNREB'
code 2006-11-04 "Moscow has deported Georgians accused of staying in Russia illegally."
lacks_event "those accused of something are the accused" '"source":{"code":"GEO"'
code 1997-04-18 "Five former border guard officers went on trial in Berlin on Friday."
lacks_event "going on trial arrests no one" '"cameo":"173"'
code 2006-11-23 "The IAEA Board of Governors decided that it would temporarily not provide technical assistance to Iran."
lacks_event "a decision is what its 'that' clause codes" '"cameo":"030"'
has_event "... which is coded" '"source":{"code":"IGOUNOIAE"' '"target":{"code":"IRN"' '"cameo":"12'
code 2006-11-18 "The leaders discussed issues relating to the World Trade Organization and the Doha Development Agenda."
lacks_event "a place opening the name of a process names no actor" '"target":{"code":"QAT"'
code 1991-11-20 "The town of Vukovar was captured by the Yugoslav army on Monday."
has_event "a passive subject that is a place is the target's country" '"target":{"code":"HRV"' '"cameo":"192"'
code 1997-04-11 "Colston, whose Brisbane home has been besieged by media crews for two days, was taken to hospital."
lacks_event "... not a place qualifying the subject's noun" '"target":{"code":"AUS"'
code 2015-06-20 "Evidence against Russia was presented by the US on Monday."
has_event "a passive subject may hold the words a pattern wants after the verb" '"source":{"code":"USA"' '"target":{"code":"RUS"' '"cameo":"112"'
code 2015-06-20 "Evidence against Russia was presented by the US along with new evidence."
has_event "... also when the pattern's first word comes again after the verb" '"source":{"code":"USA"' '"target":{"code":"RUS"' '"cameo":"112"'
code 2005-12-16 "The US Senate backed a resolution on Friday asserting that the Islamist movement Hamas should not take part in Palestinian elections."
lacks_event "the 'that' of a participle after the object is not the verb's complement" '"target":{"code":"PSE"'
code 1997-04-25 "Iraq called the flight humanitarian, a position which China and Russia supported in the UN Security Council."
lacks_event "an object relative clause's object is the noun it qualifies, not the place after the verb" '"target":{"code":"IGOUNO"'
code 1997-04-01 "He would not comment on reports from Tokyo that Jiang would offer the post to Taiwan's leader."
lacks_event "an unknown name between 'that' and the verb is its subject, not the noun before 'that'" '"source":{"code":"JPN"'
code 2006-11-13 "The EU presidency had prepared the ground for a meeting in Helsinki between Cyprus and Turkey."
lacks_event "those a 'between' phrase relates are not whom the actor acts with" '"target":{"code":"TUR"'
lacks_event "... nor is the place of their meeting" '"target":{"code":"FIN"'
code 1997-04-24 "Beijing voiced great indignation at a meeting between US President Bill Clinton and the Dalai Lama."
has_event "... but a third party's words about their dealings address them" '"source":{"code":"CHN"' '"target":{"code":"USAGOV"' '"cameo":"11'
code 2006-11-01 "US-led coalition forces arrested three suspected militants in Afghanistan's eastern Khost province."
lacks_event "an arrest in a country is not done to the country" '"target":{"code":"AFG"'
code 2005-11-08 "Palestinian militants threw a bomb at Israeli troops near Nablus."
has_event "... but an assault 'at' someone is aimed at them" '"target":{"code":"ISRMIL"' '"cameo":"18'
code 2005-11-04 "The Dutch defense ministry has ruled out the possibility that the aircraft was shot down by Taliban fighters."
lacks_event "the 'that' of a noun of possibility is no complement of the verb" '"cameo":"12'
code 2006-12-04 "The UN General Assembly on Monday expressed strong support for the Kimberley process."
lacks_event "a city before a document's or process's name in lower case names no actor" '"target":{"code":"ZAF"'
code 1997-04-20 "Indian Prime Minister Inder Kumar Gujral said he would improve India's relations with Pakistan."
has_event "the owner of relations is one side; the other, after 'with', is the target" '"target":{"code":"PAK"'
lacks_event "... not the owner" '"target":{"code":"IND"'
code 2006-12-08 "Kovtun was one of three Russians who met Litvinenko in London on November 1."
lacks_event "a name no dictionary knows right after the verb is its object: no place stands in" '"target":{"code":"GBR"'
code 2005-12-14 "The ICJ also called on Maoist rebels to respect human rights."
has_event "... but a name qualifying a noun after it is no object of its own" '"target":{"code":"---REB"' '"cameo":"02'
code 2006-01-20 "Israeli troops raided the Palestinian village of Beit Ummar on Monday."
has_event "a raid on a village is force" '"source":{"code":"ISRMIL"' '"target":{"code":"PSE"' '"cameo":"190"'
lacks_event "... that occupies nothing" '"cameo":"192"'
code 2006-01-20 "Ethiopian troops overran the Somali town of Burhakaba on Friday."
has_event "a town overrun is taken" '"source":{"code":"ETHMIL"' '"target":{"code":"SOM"' '"cameo":"192"'
code 2006-01-20 "Gunmen stormed a Shiite mosque in the Iraqi town of Balad."
lacks_event "a town where the stormed building stands is not taken" '"cameo":"192"'
code 2006-11-01 "Japan's prime minister drew criticism from China by visiting the shrine."
has_event "criticism drawn from someone is their criticism of the subject" '"source":{"code":"CHN"' '"target":{"code":"JPNGOV"' '"cameo":"111"'
code 2006-11-01 "Washington drew the ire of Moscow by deploying missile defences in Poland."
has_event "... and ire drawn of someone their disapproval" '"source":{"code":"RUS"' '"target":{"code":"USA"' '"cameo":"110"'
code 2006-11-01 "The Taliban launched an insurgency against the Afghan government in 2002."
has_event "an insurgency launched is fighting" '"source":{"code":"AFGREB"' '"target":{"code":"AFGGOV"' '"cameo":"190"'
code 2006-11-01 "Mahathir launched a tirade against Malaysian Prime Minister Abdullah Badawi on Sunday."
has_event "a tirade launched is criticism" '"target":{"code":"MYSGOV"' '"cameo":"111"'
lacks_event "... not force" '"cameo":"19'
code 2006-11-01 "Syria urged the Arab League to put an end to the Israeli offensive in Gaza."
lacks_event "an end put to an offensive is no attack" '"cameo":"19'
code 2006-11-01 "Olmert said Israel would do everything to reinforce Mahmoud Abbas."
lacks_event "a leader reinforced is no deployment" '"cameo":"154"'
code 2006-11-01 "Israel reinforced its troops along the Lebanese border."
has_event "... troops reinforced are" '"source":{"code":"ISR"' '"cameo":"154"'
code 2006-11-01 "Albanian Premier Bashkim Fino pledged to step up dialogue with the armed rebels."
lacks_event "dialogue stepped up with rebels is no force posture" '"cameo":"15'
lacks_event "... nor a threat" '"cameo":"13'
code 2006-11-01 "Turkish police confiscated 160 kg of heroin in Istanbul."
lacks_event "contraband confiscated is done to no one" '"cameo":"17'
code 2006-11-01 "The US Navy captured ten Somali pirates off the coast."
has_event "pirates captured are arrested" '"source":{"code":"USAMIL"' '"target":{"code":"SOMCRM"' '"cameo":"173"'
code 2006-11-01 "Japan issued a tsunami warning for Indonesia on Monday."
lacks_event "a tsunami warning threatens no one" '"cameo":"13'
code 2006-11-01 "North Korea fired two missiles during military exercises on Tuesday."
has_event "missiles fired in exercises are a show of force" '"source":{"code":"PRK"' '"cameo":"150"'
lacks_event "... not an attack" '"cameo":"19'
code 1997-04-23 "Israeli Prime Minister Benjamin Netanyahu angered the Palestinians by approving new settlements."
has_event "the one angered disapproves of the subject" '"source":{"code":"PSE"' '"target":{"code":"ISRGOV"' '"cameo":"110"'
code 2006-11-01 "Japan was angered by China's decision."
has_event "... and, passive, of the agent" '"source":{"code":"JPN"' '"target":{"code":"CHN"' '"cameo":"110"'
code 1997-04-10 "The Dutch embassy was summoned by the Chinese foreign ministry on Monday."
has_event "an embassy summoned is complained to" '"source":{"code":"CHNGOV"' '"target":{"code":"NLDGOV"' '"cameo":"114"'
code 1997-04-30 "The sanctions imposed by Washington on Myanmar are for domestic consumption, the official said."
has_event "sanctions imposed by one on another, in a reduced relative" '"source":{"code":"USA"' '"target":{"code":"MMR"' '"cameo":"163"'
code 2006-11-01 "Three gunmen were killed by Iraqi police on Monday."
has_event "gunmen killed by police are the ones killed" '"source":{"code":"IRQCOP"' '"target":{"code":"IRQUAF"' '"cameo":"190"'
lacks_event "... not the assailants" '"cameo":"180"'
code 2006-11-27 "The Saudi oil minister warned that OPEC would cut production again at its next meeting."
lacks_event "output cut before a meeting breaks off no talks" '"cameo":"134"'
code 2006-11-29 "The Bangladeshi opposition staged a nationwide blockade on Sunday."
has_event "a nationwide blockade staged by a party obstructs passage" '"source":{"code":"BGDOPP"' '"cameo":"144"'
lacks_event "... it besieges no one" '"cameo":"191"'
code 2006-02-05 "Venezuelan President Hugo Chavez insulted the Mexican president on Sunday."
has_event "an insult is criticism" '"source":{"code":"VENGOV"' '"target":{"code":"MEXGOV"' '"cameo":"111"'
code 2006-02-05 "Rioters ransacked the Danish embassy in Damascus."
has_event "rioters ransacking an embassy riot" '"target":{"code":"DNKGOV"' '"cameo":"145"'
code 2006-12-05 "The Fijian army staged a coup against the government of Prime Minister Laisenia Qarase on Tuesday."
has_event "a coup staged is force outside war" '"source":{"code":"FJIMIL"' '"cameo":"180"'
code 2006-12-05 "Mutinous soldiers staged a revolt against the Ivorian government."
has_event "a revolt staged is rebellion" '"target":{"code":"CIVGOV"' '"cameo":"140"'
code 1997-04-12 "Liberian police seized a craft belonging to the Sierra Leone navy."
has_event "a craft seized is property confiscated" '"target":{"code":"SLEMIL"' '"cameo":"1711"'
lacks_event "... not territory" '"cameo":"192"'
code 2005-11-16 "The Nepali airline Cosmic Air will use its jet aircraft for mountain flights."
lacks_event "aircraft used for flights attack no one" '"cameo":"19'
code 2006-03-02 "The Italian contingent handed over its base to Afghan soldiers on Thursday."
has_event "a national contingent is the country's military" '"source":{"code":"ITAMIL"'
code 2006-04-10 "Gunmen kidnapped two Japanese nationals near the border."
has_event "nationals of a country are its civilians" '"target":{"code":"JPNCVL"'
code 2006-05-20 "Guinea's presidential guard fired on protesters in the capital."
has_event "a presidential guard is a military unit" '"source":{"code":"GINMIL"'
code 2006-05-21 "Maoists attacked a police post in western Nepal on Sunday."
has_event "Maoists are insurgents (of the country they attack in)" '"source":{"code":"NPLREB"' '"target":{"code":"NPLCOP"'
code 2005-11-30 "Police arrested three members of Jamaatul Mujahideen Bangladesh in Dhaka on Monday."
has_event "Bangladesh's JMB is an armed group" '"target":{"code":"BGDREB"' '"cameo":"173"'
code 2005-11-16 "The Palestinian Islamic Jihad criticised the PNA for arresting its members."
has_event "the PNA is the Palestinian Authority" '"target":{"code":"PSEGOV"'
code 1997-05-20 "The SLORC accused Thai troops of helping ethnic rebels."
has_event "the SLORC was Burma's junta" '"source":{"code":"MMRGOV"' '"cameo":"112"'
code 1997-04-15 "Indonesian troops clashed with the Papua New Guinea Defence Force on the border."
has_event "the PNGDF is Papua New Guinea's army" '"target":{"code":"PNGMIL"'
code 2006-05-20 "Somali warlords attacked the Islamic courts militia in Mogadishu."
has_event "warlords lead irregular armed forces" '"source":{"code":"SOMUAF"'
code 2006-05-20 "Kenya's electoral commission rejected the opposition's demand for a recount."
has_event "an electoral commission is a state body" '"source":{"code":"KENGOV"'
code 2006-05-20 "China's top procuratorate indicted three Chinese officials for corruption."
has_event "a procuratorate prosecutes" '"source":{"code":"CHNJUD"' '"cameo":"173"'
code 2006-12-10 "President Bush rejected the recommendations of the Iraq Study Group."
has_event "the Iraq Study Group is an American panel" '"target":{"code":"USAELI"'
lacks_event "... not Iraq" '"target":{"code":"IRQ"'
code 2006-12-10 "The US Commerce Department accused China of dumping steel."
has_event "a commerce department is the government's economic arm" '"source":{"code":"USAGOVBUS"' '"cameo":"112"'
code 1997-04-25 "The Asian Age accused the Pakistani government of backing militants."
has_event "the Asian Age is an Indian newspaper, not Asia" '"source":{"code":"INDMED"' '"cameo":"112"'
code 2005-12-11 "Greek coastguard officials arrested two Turkish fishermen."
has_event "coastguard officials are police" '"source":{"code":"GRCCOP"' '"cameo":"173"'
code 2006-05-20 "Nepal's monarchy rejected the Maoists' demands."
has_event "a monarchy governs" '"source":{"code":"NPLGOV"'
code 2006-12-10 "Iran accused European governments of bowing to American pressure."
has_event "European governments are Europe's" '"target":{"code":"EURGOV"' '"cameo":"112"'
code 1997-04-21 "Chirac wants a European single currency before Britain decides."
lacks_event "'European' alone opens the name of a process, no actor" '"target":{"code":"EUR'
code 2006-12-31 "Western governments condemned the Belarusian election."
has_event "Western governments are the West's" '"source":{"code":"WSTGOV"' '"cameo":"111"'
code 1997-04-10 "Zairean troops clashed with the AFDL near Kisangani."
has_event "Kabila's AFDL were rebels before they took Kinshasa" '"target":{"code":"CODREB"'
code 2006-10-10 "Angolan troops attacked FLEC positions in Cabinda."
has_event "FLEC are Cabinda's separatists" '"source":{"code":"AGOMIL"' '"target":{"code":"AGOSEP"'
code 1997-04-03 "The LDP has teamed up with the SDP against the main opposition New Frontier Party."
lacks_event "whom cooperation is against is not whom it is with" '"target":{"code":"---OPP"'
code 2006-11-22 "Egypt, the first Arab country to sign a peace treaty with Israel, maintains good relations with both sides."
lacks_event "an apposition's 'the first ... to' tells a record, not an act of the day" '"cameo":"057"'
code 2005-11-16 "Shalom is the first Israeli foreign minister to visit Tunisia."
has_event "... but a predicate's may be one" '"target":{"code":"TUN"' '"cameo":"042"'
code 1997-04-21 "UN plans for the identification of voters in the referendum have been on hold for months."
lacks_event "a noun opening the sentence is no headline verb when an auxiliary of its clause follows" '"cameo":"030"'
code 1997-04-23 "Peru's president on Wednesday visited the wounded hostages at a Lima hospital."
lacks_event "those of no known country host no visit" '"cameo":"043"'
code 1997-04-11 "Watson, a Canadian citizen, was arrested at Amsterdam's Schiphol airport on April 2."
has_event "an arrest with no agent named is by the authorities of where it happened" '"source":{"code":"NLD"' '"target":{"code":"CANCVL"' '"cameo":"173"'
code 2005-12-12 "Thirty people were killed in Baghdad on Monday."
lacks_event "... not a killing" '"source":{"code":"IRQ"'
code 2006-11-21 "India's foreign ministry on Tuesday protested the bombing. It has also frequently accused Pakistan of masterminding attacks within Indian territory."
has_event "'It' opening a sentence is the country or organisation that opened the one before" '"source":{"code":"IND' '"target":{"code":"PAK"' '"cameo":"112'
code 1997-04-30 "Israel welcomed the decision. It was highly appreciated by Hamas."
lacks_event "... when it acts, not in the passive" '"target":{"code":"ISR'
code 2005-11-10 "The French minister, who arrives from west Africa where she visited Benin and Nigeria, will hold talks with Kenyan authorities."
has_event "the actor before a relative clause between commas is the subject after it" '"source":{"code":"FRAGOV"' '"target":{"code":"KENGOV"' '"cameo":"046"'
lacks_event "... not what the clause names" '"source":{"code":"BEN"' '"cameo":"046"'
code 1997-04-02 "A US Navy petty officer was taken into custody after a local Japanese woman charged he raped her."
lacks_event "'he' is not the woman named before it" '"source":{"code":"JPNCVL"' '"cameo":"182'
code 2006-03-14 "The Brazilian foreign minister left for Caracas on Tuesday."
has_event "leaving for a country is travel to it" '"source":{"code":"BRAGOV"' '"target":{"code":"VEN"' '"cameo":"042"'
code 2006-03-14 "The Brazilian foreign minister left a few aides in Geneva to talk with Swiss officials."
lacks_event "... leaving someone behind is no journey" '"cameo":"042"'
code 2006-05-02 "The Iranian president reached out to Saudi Arabia on Tuesday."
has_event "reaching out to someone is an overture" '"source":{"code":"IRNGOV"' '"target":{"code":"SAU"' '"cameo":"030"'
code 2004-03-29 "Slovenia joined NATO on Monday."
has_event "joining a body of states is diplomatic cooperation with it" '"source":{"code":"SVN"' '"cameo":"050"'
code 2006-06-20 "Angola wants to join OPEC."
has_event "... and wanting to join one is the intent to" '"source":{"code":"AGO"' '"target":{"code":"IGOBUSOPC"' '"cameo":"032"'
code 2006-11-20 "Two US diplomats will join officials from the EU and Japan at the conference."
lacks_event "... not joining its officials somewhere" '"cameo":"050"'
code 2006-11-18 "The ministers discussed questions relating to the World Trade Organization."
lacks_event "what is discussed 'relating to' someone is a topic" '"target":{"code":"IGOBUSWTO"'
code 2006-11-18 "Putin discussed matters related to Ukraine with Bush."
has_event "... and the partner after 'with' is still met" '"source":{"code":"RUSGOV"' '"target":{"code":"USAGOV"' '"cameo":"040"'
code 2005-11-16 "A US judge halted the war crimes trial of a Canadian suspect."
lacks_event "halting a war crimes trial halts no war" '"cameo":"087"'
code 1997-04-08 "North Korea held missile talks with the United States in Berlin."
has_event "missile talks held are talks" '"source":{"code":"PRK"' '"target":{"code":"USA"' '"cameo":"046"'
lacks_event "... and no missile attack" '"cameo":"194"'
code 2005-11-29 "Denmark has received a request from NATO for more troops."
has_event "a request received is the requester's appeal" '"source":{"code":"IGOWSTNAT"' '"target":{"code":"DNK"' '"cameo":"020"'
code 1997-04-10 "The Danish motion received support from Norway."
has_event "... and support received the supporter's" '"source":{"code":"NOR"' '"target":{"code":"DNK"' '"cameo":"051"'
code 2005-11-10 "The Syrian prime minister sent a cable of condolence to his Jordanian counterpart Adnan Badran."
has_event "condolences sent to someone are sympathy with them" '"source":{"code":"SYRGOV"' '"target":{"code":"JORGOV"' '"cameo":"018"'
code 2005-11-10 "Syria sent a message of congratulations to Jordan."
has_event "... and congratulations sent are praise" '"source":{"code":"SYR"' '"target":{"code":"JOR"' '"cameo":"051"'
code 1997-04-02 "Vranitzky also told journalists \"we have a chance to avoid\" the errors committed in Bosnia, where there was no coordination."
lacks_event "mistakes committed are no commitment" '"cameo":"030"'
code 2005-11-30 "Kenyan women attending clinics in Uganda were tested."
lacks_event "attending a clinic in a country is no visit" '"cameo":"042"'
code 2005-11-25 "The Mongolian president will start a week-long visit to Japan on Sunday."
has_event "starting a visit to a country makes it" '"source":{"code":"MNGGOV"' '"target":{"code":"JPN"' '"cameo":"042"'
code 2006-12-01 "The Turkish president wrapped up a three-day visit to Greece on Friday."
has_event "... and so does wrapping one up" '"source":{"code":"TURGOV"' '"target":{"code":"GRC"' '"cameo":"042"'
code 2006-11-19 "The Vietnamese prime minister welcomed the first visit to Vietnam by the Japanese prime minister."
has_event "welcoming a visit by someone praises the visitor" '"source":{"code":"VNMGOV"' '"target":{"code":"JPNGOV"' '"cameo":"051"'
code 1997-04-04 "Burns stressed the support that the United States gives to democratic change in Serbia."
lacks_event "'give in' needs its particle next to the verb" '"cameo":"080"'
code 2006-01-01 "Israel gave in to Hamas demands."
has_event "... as here" '"source":{"code":"ISR"' '"cameo":"083"'
code 2005-11-18 "Larijani said a coming IAEA meeting will yield a favourable outcome for Iran."
lacks_event "a meeting that yields an outcome concedes nothing" '"cameo":"080"'
code 1997-04-21 "China Energy Resources began trading on the American Stock Exchange on Monday."
lacks_event "shares traded on an exchange trade with no one" '"cameo":"061"'
code 2006-12-31 "The French defence minister stressed France's strong support for the Lebanese government."
has_event "support for someone that is stressed or reaffirmed is support" '"source":{"code":"FRAGOVMIL"' '"target":{"code":"LBNGOV"' '"cameo":"051"'
code 2005-12-12 "The State Department would not say whether the United States supported a call by Lebanon for a UN inquiry."
lacks_event "... the noun, not a verb in what is said" '"target":{"code":"IGOUNO"'
code 2006-11-20 "Under the package, China has written off a substantial amount of Zambia's debt."
has_event "a debt written off is economic aid" '"source":{"code":"CHN"' '"target":{"code":"ZMB"' '"cameo":"071"'
code 2006-11-04 "Cuba has sent 300 doctors to Pakistan since the earthquake."
has_event "doctors sent are humanitarian aid" '"source":{"code":"CUB"' '"target":{"code":"PAK"' '"cameo":"073"'
code 2006-11-15 "Turkey will be seeking its first win against Italy at a friendly in Bergamo."
lacks_event "a win sought is no appeal" '"cameo":"020"'
code 1997-04-22 "The rebels are seeking to oust President Mobutu Sese Seko."
lacks_event "seeking to do what the dictionaries do not know is no intent to cooperate" '"cameo":"030"'
code 2006-01-01 "Georgia is seeking to join NATO."
has_event "... seeking to do what they know is" '"source":{"code":"GEO"' '"target":{"code":"IGOWSTNAT"' '"cameo":"032"'
code 2006-11-07 "Mexico is seeking to balance its trade with China."
has_event "... and so is seeking to do something with someone" '"source":{"code":"MEX"' '"target":{"code":"CHN"' '"cameo":"030"'
code 2005-11-26 "Belgrade wants to retain sovereignty over Kosovo."
lacks_event "wanting to do what the dictionaries do not know is no intent to cooperate" '"cameo":"030"'
code 2005-12-03 "West African governments want the WTO meeting to fix a date for ending cotton subsidies."
has_event "... wanting someone to do it is an appeal" '"target":{"code":"IGOBUSWTO"' '"cameo":"020"'
code 2006-12-01 "Indonesia intends to buy Russian submarines."
has_event "... intending to buy is economic cooperation intended" '"source":{"code":"IDN"' '"target":{"code":"RUS"' '"cameo":"0311"'
code 2006-01-01 "Most Americans approved of Bush."
has_event "approving of someone is approval (051), not an agreement" '"target":{"code":"USAGOV"' '"cameo":"051"'
code 2006-12-15 "Bolivia has also expressed a desire to join OPEC despite its modest oil production."
has_event "a noun of desire governing an infinitive is an intention" '"source":{"code":"BOL"' '"target":{"code":"IGOBUSOPC"' '"cameo":"03'
code 2005-11-15 "Insurgents frequently target Iraqi police and government officials in a bid to topple the government."
lacks_event "... but 'in a bid to' says why something else was done" '"cameo":"13'
code 2006-11-13 "Chinese Vice Premier Hui Liangyu on Monday met with visiting French Prime Minister Dominique de Villepin."
has_event "an -ing form between 'with' and a noun phrase is an adjective" '"source":{"code":"CHNGOV"' '"target":{"code":"FRAGOV"' '"cameo":"04'
code 2006-11-13 "Merkel said on Monday after meeting New Zealand's Prime Minister Helen Clark in Berlin that Germany would stay."
has_event "an -ing form after 'after', 'while', 'when' is what the subject of its clause did" '"source":{"code":"DEUGOV"' '"target":{"code":"NZLGOV"' '"cameo":"04'
code 1997-04-09 "While enthusiastically praising France and its allies, China warned that any country supporting the resolution would harm its relations."
has_event "... the clause after it when it opens the sentence" '"source":{"code":"CHN"' '"target":{"code":"FRA"' '"cameo":"051"'
code 2006-11-27 "Chiluba was supposed to leave for South Africa two weeks ago."
lacks_event "what one was supposed to do mostly did not happen" '"cameo":"042"'
code 2006-11-24 "Iraqi President Jalal Talabani said on Friday that he decided to postpone his planned visit to Iran."
lacks_event "putting a visit off is no intention to visit" '"target":{"code":"IRN"'
code 1997-04-10 "Viktor Chernomyrdin met Al Gore in Washington."
has_event "1990s Russian leaders are coded on the date: Chernomyrdin in office" '"source":{"code":"RUSGOV"' '"target":{"code":"USAGOV"' '"cameo":"04' 
code 2006-12-20 "Yeltsin criticised Putin on Monday."
has_event "... and Yeltsin after his presidency is elite" '"source":{"code":"RUSELI"' '"target":{"code":"RUSGOV"' '"cameo":"11'
code 1997-04-18 "Helmut Kohl welcomed Ryutaro Hashimoto in Bonn."
has_event "Kohl and Hashimoto, heads of government in 1997" '"source":{"code":"DEUGOV"' '"target":{"code":"JPNGOV"'
code 1997-04-26 "North Korea's former ideologue Hwang Jang-yop sought asylum in Beijing."
has_event "a defector is his country's opposition from the day he defects" '"source":{"code":"PRKOPP"' '"target":{"code":"CHN"'
code 2006-12-18 "Nancy Pelosi criticised Henry Paulson."
has_event "a congressional leader is LEG, a cabinet secretary GOV" '"source":{"code":"USALEG"' '"target":{"code":"USAGOV"' '"cameo":"11'
code 1997-04-08 "David Levy met Tansu Ciller in Ankara."
has_event "Israel's foreign minister of 1997" '"source":{"code":"ISRGOV"' '"target":{"code":"TURGOV"' '"cameo":"04'
code 2006-12-28 "Prime Minister Ali Mohamed Gedi held talks with clan elders."
has_event "Somalia's transitional prime minister" '"source":{"code":"SOMGOV"' '"cameo":"04'
code 1997-04-11 "Honore Ngbanda Nzambo criticised the United States."
has_event "Mobutu's adviser is Zaire's government in April 1997" '"source":{"code":"CODGOV"' '"target":{"code":"USA"' '"cameo":"11'
code 2006-11-20 "US envoy Christopher Hill met Wu Dawei in Beijing."
has_event "China's vice foreign minister and the US envoy on North Korea" '"source":{"code":"USAGOV"' '"target":{"code":"CHNGOV"' '"cameo":"04'
code 2006-12-14 "Junta chief Sonthi Boonyaratglin met army commanders in Pattani."
has_event "Thailand's 2006 coup leader is military" '"source":{"code":"THAMIL'
code 1997-04-08 "Assistant Secretary of State George Moose told Congress that Mobutu's regime was finished."
has_event "a 1997 US assistant secretary of state" '"source":{"code":"USAGOV"' '"target":{"code":"USALEG"'
code 1997-04-20 "Nabil Shaath met Dennis Ross in Jerusalem."
has_event "a Palestinian minister and the US peace envoy of 1997" '"source":{"code":"PSEGOV"' '"target":{"code":"USAGOV"' '"cameo":"04'
code 2006-06-10 "Viktor Khristenko met Chinese central bank governor Zhou Xiaochuan in Beijing."
has_event "Russia's energy minister and China's central bank governor in 2006" '"source":{"code":"RUSGOV"' '"target":{"code":"CHNGOV' '"cameo":"04'
code 1997-04-02 "More than 80 Albanian refugees were believed killed in the sinking of an Albanian boat."
lacks_event "'were believed killed' is passive: the refugees killed no one" '"source":{"code":"ALBREF"'
code 2006-12-12 "Three Afghan soldiers were reported killed by Taliban fighters on Monday."
has_event "... and its 'by' phrase is the source" '"source":{"code":"AFGREB"' '"target":{"code":"AFGMIL"' '"cameo":"19'
code 2005-12-14 "Iranian President Mahmoud Ahmadinejad launched a fresh attack against Israel on Wednesday, dismissing the Holocaust as a myth."
has_event "an attack followed by a participle of words said is verbal" '"source":{"code":"IRNGOV"' '"target":{"code":"ISR"' '"cameo":"111"'
code 2005-12-14 "Israeli forces launched a fresh attack against Hamas on Wednesday, saying militants had fired rockets."
has_event "... not one followed by what was said of it" '"source":{"code":"ISRMIL"' '"cameo":"19'
code 2010-06-20 "Obama is scheduled to attend a summit in Switzerland on the unrest in Iran."
has_event "a summit in a country on something else is a visit to the country" '"target":{"code":"CHE"' '"cameo":"042"'
lacks_event "... and not to the country it is on" '"target":{"code":"IRN"'
code 2006-11-15 "China's missile destroyer Qingdao visited Hawaii and California's San Diego."
has_event "a state of the union stands for the United States" '"target":{"code":"USA"' '"cameo":"042"'
code 2015-06-20 "The Russian building was demolished by a Ukrainian protestor."
has_event "what protesters destroy, also in the passive, is a violent protest" '"target":{"code":"RUS"' '"cameo":"145"'
code 2006-11-02 "The Finnish presidency is trying to avert a crisis following Ankara's refusal to meet its EU obligations."
lacks_event "meeting obligations is no meeting: refusing to is no refusal to meet" '"cameo":"125"'
code 2006-12-29 "Somalia's government plans to impose martial law now that Ethiopia-backed forces have arrived in Mogadishu."
lacks_event "no one hosts those of no known country" '"cameo":"043"'
code 2006-11-29 "Joaquin Almunia arrived in Nicosia for talks on the euro."
has_event "an EU commissioner of 2004-2014 visits" '"source":{"code":"IGOEUREEC"' '"target":{"code":"CYP"' '"cameo":"042"'
code 2006-12-11 "Zurab Nogaideli met Dick Cheney in Washington."
has_event "Georgia's prime minister in 2006" '"source":{"code":"GEOGOV"' '"target":{"code":"USAGOV"' '"cameo":"04'
code 2005-12-01 "Ellen Johnson-Sirleaf met Thabo Mbeki in Pretoria."
has_event "a hyphenated spelling of Liberia's president-elect" '"source":{"code":"LBROPP"' '"target":{"code":"ZAFGOV"' '"cameo":"04'
code 2006-12-12 "Infrastructure Minister Benjamin Ben-Eliezer criticised Hamas."
has_event "Israel's infrastructure minister in 2006" '"source":{"code":"ISRGOV"' '"cameo":"11'
code 2025-09-01 "Laurent Saint-Cyr criticised the United Nations."
has_event "Haiti's transitional council president of 2025" '"source":{"code":"HTIGOV"' '"target":{"code":"IGOUNO"' '"cameo":"11'
code 2026-02-20 "Laurent Saint-Cyr criticised the United Nations."
lacks_event "... and no longer after the council's mandate ended on 2026-02-07" '"source":{"code":"HTIGOV"'
code 2024-10-01 "Edmundo González criticised Nicolás Maduro."
has_event "Venezuela's exiled opposition candidate, without his second surname" '"source":{"code":"VENOPP"' '"target":{"code":"VENGOV"' '"cameo":"11'
code 2006-11-09 "Deputy Prime Minister K P Sharma Oli met Pranab Mukherjee in New Delhi."
has_event "Oli was Nepal's deputy prime minister and foreign minister in 2006" '"source":{"code":"NPLGOV"' '"target":{"code":"INDGOV"' '"cameo":"04'
code 2006-11-11 "Didymus Mutasa accused Britain of plotting against the government."
has_event "Zimbabwe's state security minister of 2006" '"source":{"code":"ZWEGOV"' '"target":{"code":"GBR"' '"cameo":"112"'
code 2006-11-13 "Joshua Bolten met Ehud Olmert in Washington."
has_event "the White House chief of staff of 2006" '"source":{"code":"USAGOV"' '"target":{"code":"ISRGOV"' '"cameo":"04'
code 2006-11-02 "Foreign Minister Ismail Hurreh denounced the Islamic Courts."
has_event "Somalia's transitional foreign minister of 2006" '"source":{"code":"SOMGOV"' '"target":{"code":"SOMREB"' '"cameo":"11'
code 2006-12-20 "Amr Mussa met Fouad Siniora in Beirut."
has_event "another spelling of the Arab League's secretary-general" '"source":{"code":"IGOMEAARL"' '"target":{"code":"LBNGOV"' '"cameo":"04'
code 2017-05-01 "Nouri al-Maliki met Hassan Rouhani in Tehran."
has_event "Iraq's vice presidents were reinstated by the courts from 2016 to 2018" '"source":{"code":"IRQGOV"' '"target":{"code":"IRNGOV"' '"cameo":"04'
code 2025-06-01 "Defence Minister Pedro Arnulfo Sanchez accused the ELN of attacking soldiers."
has_event "Colombia's defence minister, whose full name keeps him apart from Spain's prime minister" '"source":{"code":"COLGOV' '"target":{"code":"COLREB"' '"cameo":"1123"'
code 1997-04-12 "Prime Minister Rafik al-Hariri met Jacques Chirac in Paris."
has_event "Hariri's first term as prime minister, 1992-1998" '"source":{"code":"LBNGOV"' '"target":{"code":"FRAGOV"' '"cameo":"04'
code 1997-04-08 "Jibril Rajub accused Israel of provoking the settlers."
has_event "the Palestinian West Bank security chief of 1997" '"source":{"code":"PSEGOV"' '"target":{"code":"ISR"' '"cameo":"112"'
code 1997-04-13 "Romano Prodi visited Albania."
has_event "Prodi's first term as Italy's prime minister, 1996-1998" '"source":{"code":"ITAGOV"' '"target":{"code":"ALB"' '"cameo":"042"'
code 1997-04-20 "Shimon Peres criticised Benjamin Netanyahu."
has_event "Peres led the opposition in 1997" '"source":{"code":"ISROPP"' '"target":{"code":"ISRGOV"' '"cameo":"11'
code 2005-11-08 "Song Min-soon met Christopher Hill in Beijing."
has_event "South Korea's nuclear envoy of 2005 before he became foreign minister" '"source":{"code":"KORGOV"' '"target":{"code":"USAGOV"' '"cameo":"04'
code 1997-04-20 "Mahmoud Abbas met Dennis Ross in Ramallah."
has_event "Abbas as the PLO's negotiator in 1997" '"source":{"code":"PSEGOV"' '"target":{"code":"USAGOV"' '"cameo":"04'
code 1997-04-21 "Renato Ruggiero met Li Lanqing in Beijing."
has_event "the WTO's director-general in 1997" '"source":{"code":"IGOBUSWTO"' '"target":{"code":"CHNGOV"' '"cameo":"04'
code 2006-11-20 "Saad Hariri criticised Syria."
has_event "the leader of Lebanon's parliamentary majority in 2006, before he was prime minister" '"source":{"code":"LBNLEG"' '"target":{"code":"SYR"' '"cameo":"11'
code 2006-12-28 "Sudanese government forces backed by Chadian troops entered the town on Monday."
has_event "forces backed by another's troops: military cooperation, not praise" '"source":{"code":"TCDMIL"' '"target":{"code":"SDNMIL"' '"cameo":"062"'
code 2006-12-17 "Aid agencies warned of rising violence in northern Uganda."
lacks_event "a warning of violence ahead is a forecast, no threat" '"cameo":"130"'
code 1997-04-01 "Newt Gingrich attacked China for its arms sales to Iran."
has_event "attacking someone for what they did is criticism" '"source":{"code":"USALEG"' '"target":{"code":"CHN"' '"cameo":"111"'
code 2005-11-15 "Greek troops took over Kabul airport on Monday."
has_event "taking over a place occupies it" '"source":{"code":"GRCMIL"' '"cameo":"192"'
code 2005-11-15 "Greek officers will be sent to the area to take over the command of Kabul airport."
lacks_event "taking over a command is no occupation" '"cameo":"192"'
code 2006-12-13 "Nepal's government held talks with Maoist leaders on Wednesday."
has_event "Maoist leaders are rebels, not a government" '"source":{"code":"NPLGOV"' '"target":{"code":"NPLREB"' '"cameo":"046"'
code 1997-04-20 "Arafat met Palestinian strike leaders on Saturday."
has_event "strike leaders are labour" '"source":{"code":"PSEGOV"' '"target":{"code":"PSELAB"'
code 2006-11-20 "The US majority leader criticised Iran on Monday."
has_event "a majority leader is a legislator" '"source":{"code":"USALEG"' '"target":{"code":"IRN"'
code 2006-12-02 "Ethiopian officials protested the Eritrean deployment on Monday."
has_event "officials protesting complain officially (114)" '"source":{"code":"ETHGOV"' '"target":{"code":"ERI"' '"cameo":"114"'
code 2006-12-02 "Ethiopian students protested the Eritrean deployment on Monday."
has_event "students protesting demonstrate (141)" '"source":{"code":"ETHEDU"' '"cameo":"141"'
code 2006-11-15 "Turkey conceded two goals against Italy on Wednesday."
lacks_event "goals conceded in a match are sport" '"cameo":"08'
lacks_event "... nor a refusal" '"cameo":"12'
code 1997-04-02 "Italian sailors killed Albanian refugees in the sinking of their boat."
lacks_event "deaths in a sinking are an accident, no attack" '"cameo":"19'
code 2005-11-02 "The British police chief battled for more powers to detain Islamist militants."
lacks_event "battling for legal powers is no fighting" '"cameo":"19'
code 2005-11-02 "British troops battled Islamist militants near Basra."
has_event "... battling militants is" '"source":{"code":"GBRMIL"' '"cameo":"190"'
code 2006-12-30 "Kevin Rudd called the government's support for the execution hypocritical."
lacks_event "calling someone's act hypocritical is no telephone call" '"cameo":"041"'
code 2006-12-30 "Kevin Rudd called the Chinese premier on Monday to discuss his plan."
has_event "... calling someone is" '"source":{"code":"AUSOPP"' '"target":{"code":"CHNGOV"' '"cameo":"041"'
code 2006-12-31 "Slovenia acceded to the EU in 2004."
has_event "acceding to a body joins it" '"source":{"code":"SVN"' '"target":{"code":"IGOEUREEC"' '"cameo":"050"'
code 2006-11-01 "The Nepalese king will inspect the Nepalese peacekeeping contingent in Burundi."
lacks_event "inspecting a contingent is a ceremony, no investigation" '"cameo":"090"'
code 2006-11-01 "Chinese Premier Wen Jiabao inquired about Kenyan farmers' harvests."
lacks_event "inquiring about something asks a question" '"cameo":"090"'
code 2006-11-01 "The Kenyan parliament will inquire into the Chinese loans."
has_event "inquiring into something investigates it" '"source":{"code":"KENLEG"' '"target":{"code":"CHN"' '"cameo":"090"'
code 2006-11-01 "The government announced its response to an inquiry into Australia's banks."
lacks_event "a response to another's inquiry is no investigation" '"cameo":"090"'
code 1997-04-02 "Foreign mercenaries are seeking to destroy Sudanese unity."
lacks_event "unity destroyed is no property: no threat of force" '"cameo":"1'
code 1997-04-02 "Foreign mercenaries destroyed a Sudanese village."
has_event "... a village destroyed is" '"source":{"code":"---UAF"' '"target":{"code":"SDN"' '"cameo":"1712"'
code 2006-11-02 "Finland is working on a draft proposal, providing for opening of the Turkish port."
lacks_event "a text providing for something stipulates it, no aid" '"cameo":"07'
code 2006-11-02 "Finland provided funds for the establishment of a Turkish school."
has_event "... funds provided are aid" '"source":{"code":"FIN"' '"target":{"code":"TUR"' '"cameo":"07'
code 2005-11-07 "The Canadian health minister provided Iraq with a proposal on public health care."
lacks_event "a proposal provided is no aid" '"cameo":"07'
code 2005-11-29 "The Malaysian government will protect the rights of Chinese citizens."
lacks_event "rights protected are no armed protection" '"cameo":"07'
code 2005-11-29 "Malaysian troops will protect Chinese citizens in Aceh."
has_event "... people protected by troops are" '"source":{"code":"MYSMIL"' '"target":{"code":"CHNCVL"' '"cameo":"074"'
code 2005-11-15 "The Taliban vowed to continue the holy war against the Afghan government."
has_event "vowing to go on with a holy war threatens force" '"source":{"code":"AFGREB"' '"target":{"code":"AFGGOV"' '"cameo":"138"'
code 2005-11-15 "Jordan vowed to hunt down the Iraqi attackers."
has_event "vowing to hunt someone down threatens" '"source":{"code":"JOR"' '"cameo":"130"'
code 2005-11-15 "Jordan vowed to end the fighting with Iraqi rebels."
has_event "... vowing to end fighting is still de-escalation" '"source":{"code":"JOR"' '"cameo":"0356"'
code 2006-11-02 "Turkey will meet its EU obligations."
has_event "obligations met are complied with, no meeting" '"source":{"code":"TUR"' '"target":{"code":"IGOEUREEC"' '"cameo":"083"'
code 2006-11-20 "Militants in police uniforms stormed an Iraqi ministry in Baghdad."
has_event "militants disguised in police uniforms storm by force" '"source":{"code":"IRQREB"' '"target":{"code":"IRQGOV"' '"cameo":"190"'
code 2006-11-20 "Iraqi police stormed a mosque in Baghdad."
has_event "... police who storm coerce" '"source":{"code":"IRQCOP"' '"cameo":"170"'
code 2006-11-20 "An Indonesian rescue team evacuated the bodies of twelve Australian passengers."
lacks_event "bodies recovered are no humanitarian aid" '"cameo":"07'
code 2006-11-20 "An Indonesian rescue team evacuated twelve Australian passengers."
has_event "... people evacuated are" '"source":{"code":"IDN"' '"target":{"code":"AUSCVL"' '"cameo":"073"'
code 2006-11-26 "Gunmen were encouraged by Hezbollah's ability to fight Israel."
lacks_event "an owned noun governs its infinitive: ability to fight is no fight" '"cameo":"19'
code 1997-04-30 "The US envoy went out of his way to praise Nigerian President Olusegun Obasanjo."
has_event "... but going out of one's way to praise is praise" '"target":{"code":"NGAGOV"' '"cameo":"051"'
code 2005-12-14 "The decree breaks Nepal's own laws, the London-based watchdog said, urging the government to drop it."
lacks_event "an unknown noun phrase after a comma right before the verb is its subject" '"source":{"code":"NPL"'
code 2005-12-14 "The decree breaks Nepal's own laws, Amnesty International said, urging the government to drop it."
has_event "... a known one is the source" '"source":{"code":"NGOHRIAMN"' '"cameo":"02'
code 1997-04-02 "One of the NLD candidates was elected to a parliament never convened by the junta."
lacks_event "a participle after its noun with an adverb between modifies the noun" '"source":{"code":"MMROPP"'
code 1997-04-29 "Chidambaram drew up the Indian budget for 1997-98 which is to be approved by parliament this week."
lacks_event "a relative clause about no actor does not inherit the subject before it" '"target":{"code":"INDGOV"'
code 1997-04-29 "Chidambaram drafted the budget and is to present it to parliament this week."
has_event "... a verb joined to it does" '"source":{"code":"INDGOV"' '"target":{"code":"INDLEG"'
code 1997-04-25 "Washington imposed the exclusion zone in the south together with London and Paris."
lacks_event "together with, away from the verb, names a companion" '"target":{"code":"FRA"'
code 2005-11-11 "China is willing to work together with the new German government."
has_event "... right after the verb, the one worked with" '"source":{"code":"CHN"' '"target":{"code":"DEUGOV"'
code 2005-11-25 "The World Health Organization warned Asian countries that there is a serious risk that the virus will spread."
has_event "a warning that there is a danger is a forecast, no threat" '"cameo":"012"'
code 2005-11-14 "The Japanese foreign minister flew into Hanoi on Tuesday."
has_event "flying into a capital is a visit" '"source":{"code":"JPNGOV"' '"target":{"code":"VNM"' '"cameo":"042"'
code 2005-11-14 "After the meeting the Japanese foreign minister went on to Seoul for talks."
has_event "going on to a capital is a visit" '"source":{"code":"JPNGOV"' '"target":{"code":"KOR"' '"cameo":"042"'
code 2006-12-20 "The Japanese lawyers said they would be going to the supreme court."
lacks_event "... going to a court is no visit" '"cameo":"042"'
code 2006-11-13 "The European Union formally launched talks with Croatia on Monday."
has_event "launching talks begins negotiations" '"source":{"code":"IGOEUREEC"' '"target":{"code":"HRV"' '"cameo":"046"'
code 2005-11-23 "Tanzania will strengthen its relationship with China."
has_event "a relationship is ties" '"source":{"code":"TZA"' '"target":{"code":"CHN"' '"cameo":"050"'
code 2005-11-03 "China and the European Union signed a declaration on climate change."
has_event "a declaration signed together is an agreement" '"source":{"code":"CHN"' '"target":{"code":"IGOEUREEC"' '"cameo":"057"'
code 1997-04-29 "The German ambassador made strong representations to the Chinese foreign ministry."
has_event "representations made are a formal complaint" '"source":{"code":"DEUGOV"' '"target":{"code":"CHNGOV"' '"cameo":"114"'
code 2006-11-07 "China and Laos forged diplomatic ties in 1961."
has_event "diplomatic ties forged are established" '"source":{"code":"CHN"' '"target":{"code":"LAO"' '"cameo":"054"'
code 2006-11-16 "He said possibilities exist in forging good cooperation between Latvia and Poland."
lacks_event "... cooperation forged is no recognition" '"cameo":"054"'
code 2006-11-07 "The Japanese prime minister showed strong support for Vietnam on Tuesday."
has_event "support shown is support voiced" '"source":{"code":"JPNGOV"' '"target":{"code":"VNM"' '"cameo":"051"'
code 2006-11-07 "Seychellois President James Michel showed great interest in cooperation with China."
has_event "... interest shown is an intention" '"source":{"code":"SYCGOV"' '"target":{"code":"CHN"' '"cameo":"030"'
code 2005-11-14 "Insurgents targeted an Iraqi police patrol with roadside bombs on Monday."
has_event "armed groups who target someone use force (roadside bombs: 1833)" '"source":{"code":"IRQREB"' '"target":{"code":"IRQCOP"' '"cameo":"1833"'
code 2006-12-13 "The Japanese firm will target the Chinese market with a new phone."
lacks_event "... a market targeted is business" '"cameo":"190"'
code 2006-12-20 "The US envoy persuaded Sudan to accept the joint peacekeeping force."
has_event "persuading someone to accept a force asks them to" '"source":{"code":"USAGOV"' '"target":{"code":"SDN"' '"cameo":"02'
code 2006-12-29 "Belarus sent a senior energy official to Moscow on Friday."
has_event "an official sent somewhere visits it" '"source":{"code":"BLR"' '"target":{"code":"RUS"' '"cameo":"042"'
code 2005-11-23 "Chinese Premier Wen Jiabao spoke highly of Tanzania's achievements."
has_event "speaking highly of someone praises them" '"source":{"code":"CHNGOV"' '"target":{"code":"TZA"' '"cameo":"051"'
code 2005-11-25 "Israel hammered out an agreement with Egypt on the Rafah crossing."
has_event "an agreement hammered out is concluded" '"source":{"code":"ISR"' '"target":{"code":"EGY"' '"cameo":"057"'
code 2006-11-03 "The Israeli army launched a large-scale operation in the Gaza Strip on Friday."
has_event "an operation launched by an army is force" '"source":{"code":"ISRMIL"' '"target":{"code":"PSEGZA"' '"cameo":"190"'
code 2006-11-03 "The Indonesian army launched a rescue operation for Australian tourists."
lacks_event "... a rescue operation is not" '"cameo":"190"'
code 2006-12-01 "Egyptian police have been holding three suspected Palestinian militants since Friday."
has_event "suspects held are detained" '"source":{"code":"EGYCOP"' '"target":{"code":"PSEREB"' '"cameo":"173"'
code 2006-12-01 "Israeli troops launched an attack on suspected Palestinian militants."
has_event "... an attack on suspects stays an attack" '"source":{"code":"ISRMIL"' '"cameo":"190"'
code 2006-11-20 "The Federal Reserve criticised the Chinese government's currency policy."
has_event "a central bank named on its own is its state's GOVBUS" '"source":{"code":"USAGOVBUS"' '"target":{"code":"CHNGOV"' '"cameo":"111"'
code 2006-11-20 "China's Taiwan Affairs Office condemned the Taiwanese leader."
has_event "Beijing's office for Taiwan is China's government, not Taiwan's" '"source":{"code":"CHNGOV"' '"target":{"code":"TWNGOV"' '"cameo":"111"'
code 1997-06-20 "Labour leader Ehud Barak criticised Prime Minister Benjamin Netanyahu."
has_event "a leader dated in opposition between his terms is OPP" '"source":{"code":"ISROPP"' '"target":{"code":"ISRGOV"' '"cameo":"111"'
code 1997-04-20 "Tung Chee-hwa met Chinese Premier Li Peng in Beijing."
has_event "a leader-designate before the handover is an elite, not yet GOV" '"source":{"code":"HKGELI"' '"target":{"code":"CHNGOV"' '"cameo":"040"'
code 2006-11-26 "Mongolian Prime Minister Miegombyn Enkhbold met Chinese Premier Wen Jiabao."
has_event "a leader's name as the wires spell it" '"source":{"code":"MNGGOV"' '"text":"Miegombyn Enkhbold"' '"target":{"code":"CHNGOV"' '"cameo":"040"'
code 1997-04-14 "President Alberto Fujimori met Archbishop Juan Luis Cipriani."
has_event "a named churchman is his country's REL" '"source":{"code":"PERGOV"' '"target":{"code":"PERREL"' '"cameo":"040"'
code 1997-04-11 "Prime Minister John Howard criticised Senator Mal Colston."
has_event "a senator the 1997 wires name is his country's LEG" '"source":{"code":"AUSGOV"' '"target":{"code":"AUSLEG"' '"text":"Mal Colston"' '"cameo":"111"'
code 2006-12-10 "US envoy Andrew Natsios met Sudanese Foreign Minister Lam Akol in Khartoum."
has_event "an envoy the dictionaries date is his government's" '"source":{"code":"USAGOV"' '"text":"Andrew Natsios"' '"target":{"code":"SDNGOV"' '"cameo":"040"'
code 1997-04-20 "Anthony Vincent met President Alberto Fujimori."
has_event "a guarantor of the Lima siege is his government's while it lasts" '"source":{"code":"CANGOV"' '"target":{"code":"PERGOV"' '"cameo":"040"'
code 1998-04-20 "Anthony Vincent met President Alberto Fujimori."
lacks_event "... and no one's after it" '"source":{"code":"CANGOV"'
code 2010-06-01 "Narendra Modi criticised Prime Minister Manmohan Singh."
has_event "a state's chief minister takes his party's national code, not GOV" '"source":{"code":"INDOPP"' '"target":{"code":"INDGOV"' '"cameo":"111"'
code 1997-04-12 "Alberta Premier Ralph Klein criticised Prime Minister Jean Chretien."
has_event "a provincial premier of the federal opposition is OPP" '"source":{"code":"CANOPP"' '"target":{"code":"CANGOV"' '"cameo":"111"'
code 2006-11-27 "Kosit Panpiemras met Malaysian Prime Minister Abdullah Ahmad Badawi."
has_event "a minister of the 2006 interim government named alone" '"source":{"code":"THAGOV"' '"target":{"code":"MYSGOV"' '"cameo":"040"'
code 1997-04-20 "Local Serb leader Vojislav Stanimirovic criticised the Croatian government."
has_event "a Croatian Serb leader is Croatia's, not Serbia's" '"source":{"code":"HRVOPP"' '"target":{"code":"HRVGOV"' '"cameo":"111"'
code 1997-04-04 "US Secretary of State Madeleine Albright met members of the Zajedno coalition."
has_event "an opposition coalition named by its own name is OPP" '"source":{"code":"USAGOV"' '"target":{"code":"SRBOPP"' '"cameo":"040"'
code 2015-06-18 "President Obama expressed sorrow for the shootings in South Carolina."
has_event "sympathy with one's own people is an event; the place where it happened its target" '"source":{"code":"USAGOV"' '"target":{"code":"USA"' '"cameo":"018"'
code 2015-06-18 "Putin expressed condolences over the earthquake in Turkey."
has_event "... condolences over a disaster in a country" '"source":{"code":"RUSGOV"' '"target":{"code":"TUR"' '"cameo":"018"'
code 1997-04-18 "Kesri said in a letter to President Shankar Dayal Sharma that his party resolved to extend support to the new government."
lacks_event "that + a noun phrase + verb: the noun phrase is the subject, not the name before that" '"source":{"code":"INDGOV"'
code 1997-01-10 "The leader of the Kenyan opposition criticized President Daniel arap Moi."
has_event "the opposition's leader is the opposition, not a government" '"source":{"code":"KENOPP"' '"cameo":"111"'
code 2005-11-26 "Israeli Prime Minister Ariel Sharon spoke on Monday. After quitting the Likud party he co-founded decades ago, Sharon announced the formation of a new centrist party."
lacks_event "quitting one's party is no resignation (0831)" '"cameo":"0831"'
code 2005-11-26 "The government also pledges its utmost to reduce pollution beyond China's borders."
lacks_event "a country named beyond, along or beneath something is where, not a target" '"target":{"code":"CHN"'
code 2015-01-01 "Kenya's State Department criticized Uganda on Monday."
has_event "a state institution filed under one country is its owner's when another owns it" '"source":{"code":"KENGOV"' '"target":{"code":"UGA"'
code 2006-11-25 "Hamas warned on Saturday that the Palestinian government could collapse."
has_event "a warning that something could collapse is a forecast (012), no threat" '"source":{"code":"PSEREB"' '"cameo":"012"'
code 2005-11-26 "Israeli President Moshe Katsav spoke on Friday. Egyptian President Hosni Mubarak asked Katsav to dissolve parliament on Monday."
has_event "the object is the first group after the verb in the text, also one named by a last name" '"source":{"code":"EGYGOV"' '"target":{"code":"ISRGOV"'
lacks_event "... not a group further on" '"target":{"code":"EGYLEG"'
code 2021-10-15 "It has been ten days since Russia attacked Ukraine."
has_event "a clause after 'since' that a duration precedes happened that long before the story" '"cameo":"190"' '"date":"2021-10-05","date_value":"2021-10-05"'
code 2021-10-15 "It has been two weeks since Russia attacked Ukraine on Oct. 12."
has_event "... unless it names its own date" '"cameo":"190"' '"date":"2021-10-12"'
code 2005-12-13 "Asked if France would block Macedonia's bid, the minister said no."
lacks_event "a question with 'if' under a modal asserts nothing" '"cameo":"120"'
code 2005-11-02 "It is unclear whether South Korean President Roh will hold a summit with Junichiro Koizumi."
lacks_event "... nor does 'whether'" '"cameo":"040"'
code 2005-11-02 "South Korean President Roh will hold a summit with Junichiro Koizumi."
has_event "... the same clause with no condition is coded" '"source":{"code":"KORGOV"' '"cameo":"040"'
code 2005-11-14 "Jordan's King Abdullah II met Condoleezza Rice in Amman. The king urged Israel to resume talks with the Palestinians."
has_event "a bare title is the person the story gave it to" '"source":{"code":"JORGOV"' '"target":{"code":"ISR"' '"cameo":"026"'
code 2005-11-14 "King Abdullah II met King Mohammed VI. The king urged Israel to resume talks with the Palestinians."
lacks_event "... not when the story gave it to two people" '"source":{"code":"JORGOV"' '"target":{"code":"ISR"'
lacks_event "..." '"source":{"code":"MARGOV"' '"target":{"code":"ISR"'
code 1997-04-15 "The Dutch government would not comment on China's decision on Tuesday to postpone all exchanges with Denmark and to block a trip by a Dutch minister."
has_event "an owned decision governs its infinitives, past a day and an 'and to'" '"source":{"code":"CHN"' '"cameo":"144"'
lacks_event "... the subject of the main clause does not" '"source":{"code":"NLDGOV"' '"cameo":"144"'
code 2005-12-07 "One man was killed and nine other Palestinians wounded Wednesday in an Israeli air strike on a car."
has_event "a participle of harm after a plural, then a day, is passive: the strike's owner did it" '"source":{"code":"ISR"' '"target":{"code":"PSE"'
lacks_event "... the victims did not" '"source":{"code":"PSE"'
code 2006-12-27 "Diplomats met in Kenya, whose government helped shape Somalia's interim regime in 2004."
has_event "an agent owned by 'whose' is the actor's named before it" '"source":{"code":"KENGOV"' '"target":{"code":"SOMGOV"'
code 2005-11-16 "Sri Lanka's president vowed a tough line on the Tamil rebels."
has_event "the Tamil rebels are the LTTE" '"target":{"code":"LKASEP"'
code 2006-12-24 "Nigeria's Action Congress criticised President Olusegun Obasanjo on Sunday."
has_event "Atiku's Action Congress is an opposition party, not the legislature" '"source":{"code":"NGAOPP"' '"target":{"code":"NGAGOV"'
code 2006-12-01 "Cardinal Joseph Zen criticised China on Friday."
has_event "Hong Kong's Catholic bishop is a religious figure of Hong Kong" '"source":{"code":"HKGREL"' '"target":{"code":"CHN"' '"cameo":"111"'
code 1987-06-10 "Rajiv Gandhi criticised Pakistan on Wednesday."
has_event "a prime minister of the 1980s in his term" '"source":{"code":"INDGOV"' '"target":{"code":"PAK"'
code 1989-07-16 "Benazir Bhutto criticised India on Sunday."
has_event "Benazir Bhutto in her first term is Pakistan's government" '"source":{"code":"PAKGOV"' '"target":{"code":"IND"'
code 1991-01-10 "President George Bush warned Iraq on Thursday."
has_event "George Bush in 1989-1993 is the father, then president" '"source":{"code":"USAGOV"' '"target":{"code":"IRQ"'
code 2000-01-01 "Chechen rebels attacked Russian troops."
has_event "a word of an actor's name is no adverb to the tagger, so the verb after it is a verb" '"source":{"code":"RUSREB"' '"target":{"code":"RUSMIL"' '"cameo":"190"'
code 2005-01-01 "Security forces in Pakistan killed six militants."
has_event "an agent phrase is no verb ('forces')" '"source":{"code":"PAKCOP"' '"cameo":"190"'
code 2006-11-07 "US envoy Richard Boucher met President Pervez Musharraf on Tuesday. He also met Foreign Minister Khurshid Kasuri."
has_event "'he' is the first person named in the sentence before, mostly its subject" '"source":{"code":"USAGOV"' '"target":{"code":"PAKGOV"' '"sentence":2'
lacks_event "... not the last" '"source":{"code":"PAKGOV"' '"sentence":2'
code 2008-08-02 "President Bush prepared to attend the opening of the Olympics in Beijing."
has_event "one getting ready to visit is about to: the visit keeps its code" '"source":{"code":"USAGOV"' '"cameo":"042"'
lacks_event "... no intention" '"cameo":"036"'
code 2008-08-02 "Germany is prepared to send troops to Afghanistan."
has_event "... one prepared (willing) to act intends to" '"source":{"code":"DEU"' '"cameo":"0334"'
code 2005-11-12 "India and the United States agreed to double bilateral trade by 2008."
has_event "a deadline ('by 2008') is not when the act was done" '"source":{"code":"IND"' '"date":"2005-11-12"'
code 2005-11-12 "India and Pakistan have fought three wars since independence in 1947."
has_event "... nor is the start of a period ('since ... 1947')" '"source":{"code":"IND"' '"cameo":"190"' '"date":"2005-11-12"'
code 2005-11-12 "Cyprus has been divided since 1974, when Turkish troops invaded Cyprus."
has_event "... but a 'when' clause after it happened then" '"source":{"code":"TURMIL"' '"date":"1974-01-01"'
code 1997-04-07 "Iran received technical assistance from France."
has_event "where help comes from is not where the act was done" '"source":{"code":"FRA"' '"location":null'
code 2005-09-12 "Israeli forces withdrew from Gaza on Monday."
has_event "... but a retreat from a place was done there" '"cameo":"0874"' '"location":{"name":"Gaza"'
code 2005-11-24 "Togo will support China in the Taiwan issue."
has_event "a place naming what is at issue is no location" '"source":{"code":"TGO"' '"location":null'
code 2006-11-03 "An Israeli helicopter fired two missiles at Hamas militants in the northern Gaza Strip."
has_event "a missile fired from an aircraft at someone is an aerial attack (195), not small arms" '"source":{"code":"ISR"' '"target":{"code":"PSEREB"' '"cameo":"195"'
code 2006-11-03 "Syrian troops fired artillery shells at Lebanese soldiers on Friday."
has_event "artillery fired at troops is 194" '"source":{"code":"SYRMIL"' '"target":{"code":"LBNMIL"' '"cameo":"194"'
code 2006-11-03 "Hezbollah vowed to wipe Israel off the map."
has_event "vowing or threatening to wipe a state off the map is a threat of force (138)" '"source":{"code":"LBNREB"' '"target":{"code":"ISR"' '"cameo":"138"'
code 2006-12-04 "Hamas gave Israel two weeks to lift the blockade of the Gaza Strip."
has_event "giving someone weeks to act is an ultimatum (139)" '"source":{"code":"PSEREB"' '"target":{"code":"ISR"' '"cameo":"139"'
code 2006-12-04 "India sent police reinforcements more than a week ago to Bihar."
lacks_event "... not a time after the object with a 'to' further on" '"cameo":"139"'
code 1997-04-14 "A Kenyan court ordered the release of three Ugandan journalists."
has_event "a court ordering someone's release releases them (0841)" '"source":{"code":"KENJUD"' '"cameo":"0841"'
code 1997-04-20 "The Kenyan opposition called Sunday for President Daniel arap Moi to resign."
has_event "a call with a day between it and 'for' someone to act is an appeal, composed with the act (0241)" '"target":{"code":"KENGOV"' '"cameo":"0241"'
code 1997-04-20 "France called the affair a serious reversal for the prospects of an EU foreign policy."
lacks_event "... not a naming with a 'for' further on" '"cameo":"020"'
code 2005-12-13 "The United States stepped up pressure on Iran over its nuclear programme."
has_event "pressure stepped up or put on someone is a demand (100)" '"source":{"code":"USA"' '"target":{"code":"IRN"' '"cameo":"100"'
code 2006-12-14 "Palestinian Prime Minister Ismail Haniya arrived home in Gaza from Cairo."
lacks_event "flying or arriving home is no visit" '"cameo":"042"'
code 2006-12-14 "Hundreds of Somali refugees arrived in Yemen on Thursday."
lacks_event "refugees arriving somewhere make no visit" '"cameo":"042"'
code 2005-11-28 "The European Union will discuss the situation in Burundi on Monday."
lacks_event "discussing the situation in a country is no meeting with it" '"target":{"code":"BDI"'
code 2005-11-28 "Mbeki discussed with Chirac the situation in Ivory Coast."
has_event "... the partner after 'with' still is" '"source":{"code":"ZAFGOV"' '"target":{"code":"FRAGOV"' '"cameo":"040"'
code 2006-12-27 "Ethiopian troops backing Somali government forces advanced on Mogadishu."
has_event "troops backing another's forces cooperate militarily (062), no praise" '"source":{"code":"ETHMIL"' '"target":{"code":"SOMMIL"' '"cameo":"062"'
code 2005-11-30 "The European Union granted market economy status to Ukraine on Thursday."
has_event "a market or trade status granted is economic cooperation (061), not unspecified aid" '"source":{"code":"IGOEUREEC"' '"target":{"code":"UKR"' '"cameo":"061"'
code 1997-04-15 "Turkish troops will provide security for Tirana airport in Albania."
has_event "security provided for a place is protection (074)" '"source":{"code":"TURMIL"' '"target":{"code":"ALB"' '"cameo":"074"'
code 2005-11-18 "Suspected insurgents gunned down a Thai policeman in Yala province."
has_event "gunning someone down is shooting, small arms (193)" '"cameo":"193"'
code 2005-11-22 "UNICEF will provide access to anti-AIDS drugs in Bolivia."
lacks_event "access to drugs provided is no international involvement allowed (086)" '"cameo":"086"'
code 2005-11-22 "Sudan will provide access to UN investigators in Darfur."
has_event "... access given to someone is" '"source":{"code":"SDN"' '"cameo":"086"'
code 2005-11-12 "Pakistani Prime Minister Shaukat Aziz handed over the chair of SAARC to Bangladesh."
lacks_event "handing over the chair of a body releases no one (084)" '"cameo":"084"'
code 2006-11-01 "Singapore has trained 140 Namibian officials in public administration."
has_event "officials or professionals trained for another country are aid (070), not military cooperation" '"source":{"code":"SGP"' '"cameo":"070"'
lacks_event "... not 062" '"cameo":"062"'
code 2005-11-29 "Turkey offered aid to the quake-stricken Pakistan on Tuesday."
has_event "aid offered for a disaster is humanitarian (0333), not unspecified" '"source":{"code":"TUR"' '"target":{"code":"PAK"' '"cameo":"0333"'
code 2005-12-16 "The World Bank approved a 400 million dollar credit for Pakistan on Friday."
has_event "a loan or credit approved for a country is economic aid given (071)" '"source":{"code":"IGOUNODEVWBK"' '"target":{"code":"PAK"' '"cameo":"071"'
code 2005-11-04 "Chile suspended trade negotiations with Peru on Friday."
has_event "trade talks suspended are halted negotiations (164), no embargo (163)" '"source":{"code":"CHL"' '"target":{"code":"PER"' '"cameo":"164"'
code 2005-11-16 "Taliban militants rammed a car laden with explosives into a US military convoy in Kandahar."
has_event "ramming a car bomb into someone is a car bombing (1832)" '"cameo":"1832"'
code 1994-07-20 "A Sea Shepherd boat rammed a Norwegian coast guard vessel."
lacks_event "... ramming a boat is none" '"cameo":"1832"'
code 2006-12-17 "Blair stood shoulder to shoulder with Iraqi Prime Minister Nuri al-Maliki."
has_event "standing with or behind someone backs them (051)" '"source":{"code":"GBRGOV"' '"target":{"code":"IRQGOV"' '"cameo":"051"'
code 2005-11-22 "The European Commission expressed unease over Poland's budget plans."
has_event "unease or misgivings expressed are concern (012), no plain statement" '"source":{"code":"IGOEUREEC"' '"target":{"code":"POL"' '"cameo":"012"'
code 2006-12-18 "Iraqi Red Crescent aid workers suspended work in Baghdad on Monday."
lacks_event "'aid workers' is a noun phrase, no aid given (070)" '"cameo":"070"'
code 2005-11-12 "The opposition demanded President Kurmanbek Bakiyev resign."
has_event "a demand for what the infinitive codes: a resignation" '"target":{"code":"KGZGOV"' '"cameo":"1041"'
code 2005-11-12 "Russia demanded Georgia pull its troops out of South Ossetia."
has_event "... a withdrawal" '"source":{"code":"RUS"' '"target":{"code":"GEO"' '"cameo":"106"'
code 2005-11-12 "Iran demanded Britain apologize."
has_event "... and with nothing closer, a demand" '"source":{"code":"IRN"' '"cameo":"100"'
code 2005-11-24 "Istanbul police arrested four PKK members on Tuesday."
has_event "a big city before an agent gives it its country" '"source":{"code":"TURCOP"' '"cameo":"173"'
code 2005-11-24 "Police in Karachi arrested three Taliban militants."
has_event "... so does a city after its 'in' before the verb" '"source":{"code":"PAKCOP"' '"cameo":"173"'
code 2005-11-24 "The governor of Kirkuk accused Turkey of meddling."
has_event "... and after its 'of'" '"source":{"code":"IRQGOV"' '"target":{"code":"TUR"' '"cameo":"112"'
code 2005-11-24 "Suffolk police arrested two Russian men."
lacks_event "a small city's name before an agent may be a county's: no country" '"source":{"code":"USACOP"'
code 2005-11-24 "Hyderabad police arrested two Taliban militants."
lacks_event "a city of two countries gives none" '"source":{"code":"INDCOP"'
code 2005-11-24 "Young farmers accused China of dumping."
lacks_event "a word that is also a town's name gives no country" '"source":{"code":"URY'
code 2005-11-24 "Troops in Kandahar killed five Taliban militants."
lacks_event "troops in a city are not always its country's" '"source":{"code":"AFGMIL"'
code 2005-11-24 "Officials in Brussels criticised Russia."
lacks_event "officials in Brussels are no Belgians" '"source":{"code":"BELGOV"'
code 2003-06-01 "Lawyers of Taylor accused Nigeria of betrayal."
lacks_event "a person's staff 'of' a name a town shares are not that town's" '"source":{"code":"USAJUD"'
code 2010-01-01 "Georgetown students accused China of abuse."
lacks_event "a capital named like better-known places gives no country" '"source":{"code":"GUY'
code 2006-11-17 "President Arroyo met Vietnamese leaders in Hanoi."
has_event "a title and a last name the dictionaries know only in full are the one holder of such an office" '"source":{"code":"PHLGOV"'
code 2006-11-07 "President Hu will visit Pakistan."
has_event "... also a Chinese family name, which comes first" '"source":{"code":"CHNGOV"' '"target":{"code":"PAK"'
code 2006-11-07 "Foreign Minister Khurshid Ahmed visited India."
has_event "... not the first word of a name the dictionaries do not know" '"source":{"code":"---GOV"' '"target":{"code":"IND"'
code 2006-11-09 "Britain has some 7,200 troops deployed in southern Iraq."
has_event "troops a country 'has' are its own" '"source":{"code":"GBRMIL"' '"target":{"code":"IRQ"'
code 2006-11-07 "US envoy Richard Boucher met President Pervez Musharraf on Tuesday. He also met Foreign Minister Khurshid Kasuri. The United States will help Pakistan, he said."
has_event "'he said' is the first person of the sentences before, also after a sentence that opens with 'he'" '"sentence":3' '"speaker":"he","speaker_code":"USAGOV"'
code 2006-12-10 "Twenty-two civilians were killed in western Sudan on Saturday. The government blamed the attack on Darfur rebels."
has_event "in a story naming one country, 'the government' is that country's" '"source":{"code":"SDNGOV"' '"cameo":"112"'
code 2006-11-16 "Leaders of China and Vietnam met in Hanoi on Thursday. The government blamed the rebels."
lacks_event "... not when the story has named two" '"source":{"code":"CHNGOV"' '"cameo":"112"'
code 2005-06-20 "The IMF chief flew to Nairobi on Monday and will finalise discussions with the Kenyan government this week."
has_event "finishing discussions with someone is negotiation" '"target":{"code":"KENGOV"' '"cameo":"046"'
lacks_event "... and no agreement signed" '"cameo":"057"'
code 2006-07-10 "The Indian army has warned of fresh attacks by Kashmiri militants during the pilgrimage."
has_event "attacks by others warned of are a pessimistic forecast" '"source":{"code":"INDMIL"' '"cameo":"012"'
lacks_event "... and no threat by the army" '"cameo":"138'
code 2006-11-29 "Algeria supplies most of the natural gas consumed in Spain."
has_event "gas supplied is trade, economic cooperation" '"source":{"code":"DZA"' '"target":{"code":"ESP"' '"cameo":"061"'
lacks_event "... and no aid" '"cameo":"070"'
code 2006-12-28 "Kenya called for a resumption of power-sharing talks between Sudan's rival parties."
has_event "a call for talks to resume asks for negotiations" '"source":{"code":"KEN"' '"cameo":"026"'
lacks_event "... whatever they are about" '"cameo":"0244"'
code 2005-11-07 "Jordanian officials will inspect the border crossing with some Israeli officials on Monday."
lacks_event "a companion after 'with' is not whom one inspects" '"cameo":"090"' '"target":{"code":"ISR'
code 2005-11-07 "Russian prosecutors investigated Chechen rebels with French police."
has_event "... an actor right after the verb still is" '"source":{"code":"RUSJUD"' '"target":{"code":"RUSREB"' '"cameo":"090"'
code 2006-11-30 "Khartoum has declined the deployment of UN peacekeepers in Darfur."
has_event "declining peacekeepers refuses them" '"source":{"code":"SDN"' '"cameo":"1224"'
lacks_event "... no comment declined" '"cameo":"011"'
code 2006-11-23 "Gunmen stormed the Iraqi ministry on Tuesday, prompting fierce clashes with Iraqi police."
lacks_event "'fierce clashes' is a noun: no protest nor fight of the ministry" '"source":{"code":"IRQGOV"'
code 2005-11-24 "Vietnam released Cambodian prisoners jailed in Vietnam since 1998."
has_event "a release of prisoners" '"source":{"code":"VNM' '"cameo":"0841"'
lacks_event "... 'prisoners jailed in' describes them, no arrest" '"cameo":"173"'
code 1997-04-15 "The Red Cross launched an appeal for 20 million dollars to help Bangladesh after the cyclone."
lacks_event "money appealed for to help a country is no aid given" '"cameo":"07'
code 2006-11-02 "Gaza sources said Israeli tanks, helicopters and fighting drones surrounded the town of Beit Hanoun."
lacks_event "'fighting drones' are drones: no fight" '"cameo":"190"'
code 2006-01-10 "Seoul rejected a North Korean proposal for talks on the border."
has_event "a proposal of talks rejected refuses to meet" '"source":{"code":"KOR"' '"target":{"code":"PRK"' '"cameo":"125"'
lacks_event "... no plan rejected" '"cameo":"127"'
code 2006-11-29 "Putin agreed that Iran should suspend uranium enrichment."
has_event "agreeing that something should be done is accord" '"source":{"code":"RUSGOV"' '"cameo":"019"'
lacks_event "... no intent to cooperate" '"cameo":"030"'
code 2006-07-04 "Uganda has offered amnesty to the rebel fighters of the Lord's Resistance Army."
has_event "amnesty offered is an intent to ease sanctions" '"source":{"code":"UGA"' '"cameo":"0351"'
code 2006-12-29 "Kenyan troops arrived in Somalia on Friday."
lacks_event "troops arriving are deployed, no visit" '"cameo":"042"'
code 2006-11-04 "Vietnamese President Nguyen Minh Triet held a banquet on Friday to welcome the Japanese guests attending the forum."
has_event "guests welcomed are hosted" '"source":{"code":"VNMGOV"' '"target":{"code":"JPN"' '"cameo":"043"'
code 2006-11-21 "Jordan on Tuesday strongly condemned killing of Lebanese Industry Minister Pierre Gemayel by Syrian agents."
has_event "the condemnation, of the killers" '"source":{"code":"JOR"' '"target":{"code":"SYR' '"cameo":"111"'
lacks_event "'killing of' is a noun: no killing by the condemner" '"cameo":"190"'
code 2006-11-15 "An Israeli man was wounded in the southern town of Sderot by a rocket attack from the Gaza Strip."
has_event "the weapon after 'by' decides the code, however far from the verb" '"source":{"code":"PSEGZA"' '"cameo":"194"'
code 2005-11-18 "Vietnam will strengthen cooperation with Cambodia in law enforcement."
has_event "ties in law enforcement are judicial cooperation" '"source":{"code":"VNM"' '"target":{"code":"KHM"' '"cameo":"063"'
code 2005-03-10 "An aide to Prime Minister Sharon met Egyptian officials in Cairo."
has_event "an aide to a titled leader is the leader's" '"source":{"code":"ISRGOV"' '"target":{"code":"EGYGOV"' '"cameo":"040"'
code 2005-03-10 "A spokesman for President Putin criticized Japan."
has_event "a spokesman for a titled leader is the leader's" '"source":{"code":"RUSGOV"' '"target":{"code":"JPN"'
code 2005-11-07 "Canada's New Democratic Party said it will withdraw its support for the minority Liberal government."
has_event "'the' institution after the one country named in the sentence" '"source":{"code":"CANOPP"' '"target":{"code":"CANGOV"'
code 2005-11-07 "The Japanese government and the army of Iraq signed an accord. The government praised Russia."
has_event "no owner once two countries are named" '"source":{"code":"---GOV"' '"target":{"code":"RUS"' '"cameo":"051"'
code 2005-11-23 "Egypt and Pakistan already cooperate against terrorism and signed an extradition treaty in 1995."
has_event "a date after a verb joined in another tense is that verb's" '"cameo":"060"' '"date":"2005-11-23"'
code 2005-11-23 "Putin met Bush, who arrived in Moscow on Monday."
has_event "a relative clause's date is its own" '"source":{"code":"RUSGOV"' '"cameo":"040"' '"date":"2005-11-23"'
has_event "... and its own event has it" '"cameo":"042"' '"date":"2005-11-21"'
code 2005-11-23 "Iran agreed to resume talks with Britain in January."
has_event "an intention is dated when stated" '"cameo":"036"' '"date":"2005-11-23"'
code 2005-11-23 "Israel attacked Gaza and killed 20 people on Monday."
has_event "a verb going on with the act in the same tense shares its date" '"cameo":"190"' '"date":"2005-11-21"'
code 2005-11-23 "Bush attended the summit in Beijing, which closed on Sunday."
has_event "a clause that dates a gathering dates those at it" '"cameo":"042"' '"date":"2005-11-20"'
code 2006-12-27 "The White House urged the Islamic Republic to suspend uranium enrichment."
has_event "the Islamic Republic is Iran" '"source":{"code":"USAGOV"' '"target":{"code":"IRN"'
code 1997-04-02 "Gingrich visited Taiwan, the first speaker to do so since Washington established diplomatic ties with Beijing in 1979."
has_event "a date in a clause of 'since' after the verb is that clause's" '"cameo":"042"' '"date":"1997-04-02"'
code 1997-04-07 "The visit is the first since the PLA stormed Tiananmen Square on June 4, 1989 and fired on unarmed demonstrators."
has_event "a verb joined in the same tense shares the clause's date" '"cameo":"175"' '"date":"1989-06-04"'
code 2008-08-02 "Israel announced it would free 150 Palestinian prisoners on Sunday."
has_event "future cooperation its actor announces is an intention, dated when announced" '"source":{"code":"ISR"' '"cameo":"0353"' '"date":"2008-08-02"'
code 2008-08-02 "Putin will meet Erdogan next week."
has_event "future cooperation told by others keeps its code" '"cameo":"040"'
code 2006-11-14 "The Czech ambassador said he would meet Zimbabwe's tourism authorities to find new opportunities."
has_event "an announced meeting with a purpose is no appeal" '"cameo":"036"'
lacks_event "... to the one met" '"cameo":"020"'
code 2005-11-02 "The Thai government pledged to improve the business climate for Japanese companies."
lacks_event "one's own business climate improved is no economic cooperation" '"cameo":"031'
code 2005-11-02 "Chinese investors who begin their business in Vietnam will pay lower taxes."
lacks_event "a business begun is a firm's own, no trade" '"cameo":"061"'
code 2006-11-26 "Lebanese troops began patrolling along the border with Israel on Monday."
lacks_event "a border along which something begins is where it happens: nothing opened" '"cameo":"081"'
code 2006-11-26 "Indian troops opened fire across the border at Pakistani positions on Sunday."
has_event "... while fire opened across a border stays force" '"source":{"code":"INDMIL"' '"target":{"code":"PAK"' '"cameo":"19'
code 2005-11-02 "The Iranian government will cede shares of state companies to poor Iranian families."
lacks_event "shares ceded are no concession" '"cameo":"08'
code 2006-11-20 "The Israeli town of Kiryat Shmona was targeted by Hezbollah rockets on Sunday."
has_event "a place targeted by rockets is artillery fire" '"source":{"code":"LBNREB' '"cameo":"194"'
code 2006-11-20 "Taliban fighters targeted an Afghan army convoy with a roadside bomb."
has_event "a target hit with a roadside bomb is a roadside bombing" '"source":{"code":"AFGREB"' '"cameo":"1833"'
code 2006-11-20 "Taliban insurgents stepped up suicide attacks on Afghan police this month."
has_event "suicide attacks stepped up are suicide bombings" '"source":{"code":"AFGREB"' '"target":{"code":"AFGCOP"' '"cameo":"1831"'
code 2006-11-20 "Israel intensified air strikes on Hezbollah positions in southern Lebanon."
has_event "air strikes intensified are aerial weapons" '"source":{"code":"ISR"' '"cameo":"195"'
code 2006-07-13 "Italian soldiers will turn over their base in Nasiriyah to Iraqi forces."
has_event "a base turned over by troops is a military retreat" '"source":{"code":"ITAMIL"' '"target":{"code":"IRQMIL"' '"cameo":"0874"'
code 2005-11-29 "Denmark will meet a NATO request for more troops in Afghanistan."
has_event "a request met is yielded to" '"source":{"code":"DNK"' '"target":{"code":"IGOWSTNAT"' '"cameo":"080"'
lacks_event "... no meeting with NATO" '"cameo":"040"'
code 2006-11-07 "Mexican companies could meet Chinese demand for beef."
lacks_event "market demand met is no meeting" '"cameo":"03'
code 2005-11-28 "Angry Fatah gunmen burned tires in Gaza on Monday."
has_event "tyres burned are a violent protest" '"cameo":"145"'
lacks_event "... no property destroyed" '"cameo":"1712"'
code 2005-12-12 "Iraqi soldiers punched the air as Iraqi voters queued outside polling stations."
lacks_event "the air punched is a gesture, no assault" '"cameo":"182"'
code 2006-12-14 "Israel and Egypt reached a compromise on the Rafah crossing on Thursday."
has_event "a compromise reached is an agreement reached" '"source":{"code":"ISR"' '"target":{"code":"EGY"' '"cameo":"030"'
code 2006-01-01 "The United States may change its policy toward Iran."
has_event "an intent to change a policy keeps the policy in its code" '"source":{"code":"USA"' '"cameo":"0342"'
code 2006-08-01 "The Iraqi convoy was reportedly attacked by Taliban fighters."
has_event "an adverb between the auxiliary and the participle keeps the passive" '"source":{"code":"AFGREB"' '"target":{"code":"IRQ"' '"cameo":"190"'
code 1997-04-09 "Iran has always demonstrated a dignified attitude toward Iraq."
lacks_event "an attitude demonstrated is no protest" '"cameo":"141"'
code 2006-12-27 "The African Union told Ethiopia to pull out its troops from Somalia."
has_event "told someone to act is a demand" '"source":{"code":"IGOAFRAFU"' '"target":{"code":"ETH"' '"cameo":"106"'
code 2006-12-27 "A Palestinian official told AFP that Hamas wanted to meet Israel."
lacks_event "told a listener something is no demand" '"source":{"code":"PSEGOV"' '"cameo":"100"'
code 1997-04-25 "Congo accused Angolan troops of attacking its villages."
has_event "an accusation of force is one of aggression" '"source":{"code":"COD"' '"target":{"code":"AGOMIL"' '"cameo":"1123"'
lacks_event "... and the alleged attack codes nothing" '"cameo":"190"'
code 2005-11-02 "The United States accused Turkey of imposing unfair restrictions on rice."
has_event "an accusation of another act stays 112" '"source":{"code":"USA"' '"cameo":"112"'
code 1997-04-18 "Malaysia has hanged 214 drug traffickers since the introduction of the mandatory death penalty in 1980."
has_event "a date in a long 'since' phrase starts a period" '"source":{"code":"MYS"' '"date":"1997-04-18"'
code 1997-04-30 "Iran has decided to halt talks with the European Union."
has_event "a decision to halt talks is the halt" '"source":{"code":"IRN"' '"cameo":"164"'
code 1997-04-30 "Iran plans to halt talks with the European Union."
has_event "a plan to halt talks stays a threat" '"source":{"code":"IRN"' '"cameo":"134"'
code 1997-04-18 "The United States protested China's plans to dissolve the elected legislature."
has_event "'to' before a verb is no preposition of 'protested to'" '"source":{"code":"USA"' '"target":{"code":"CHN"'
code 2005-01-01 "A spokesman for the rebels criticized Japan."
has_event "a spokesman for role words takes their sector" '"source":{"code":"---REB"' '"target":{"code":"JPN"'
code 1997-04-02 "The rebels fought for the Sudanese government against the mercenaries."
lacks_event "whom one fights for is no target" '"target":{"code":"SDNGOV"'
code 1997-04-02 "The rebels fought for the independence of Ethiopia's Ogaden region."
has_event "a fight for a region's independence is aimed at its state" '"target":{"code":"ETH"'
code 2006-11-23 "Iraqi leaders met in Baghdad. The Interior Ministry imposed a curfew on the city."
has_event "'the' ministry of a one-country story is its government" '"source":{"code":"IRQGOV"'
code 2005-11-24 "Chinese police arrested five drug traffickers in Shanghai on Tuesday."
has_event "an unnamed side facing a state's police at home is of that state" '"source":{"code":"CHNCOP"' '"target":{"code":"CHNCRM"'
code 2005-11-08 "Gunmen ambushed an Iraqi army patrol near Fallujah."
has_event "gunmen ambushing an army at home are of its country" '"source":{"code":"IRQUAF"' '"target":{"code":"IRQMIL"'
code 2005-12-04 "France, which has 4,000 troops deployed in Ivory Coast, wants a new prime minister appointed."
lacks_event "troops with no country are not of where they are" '"code":"CIVMIL"'
code 2005-11-24 "Turkish voters went to the polls on Sunday. Police arrested 12 members of the PKK."
has_event "police with no article are the story's one country's" '"source":{"code":"TURCOP"' '"target":{"code":"TURREB"'
code 2005-10-31 "US military commanders have warned that Sunni insurgents will step up their attacks in Iraq."
has_event "a warning about what others will do is a forecast" '"source":{"code":"USAMIL"' '"cameo":"012"'
lacks_event "a warning about what others will do is no threat" '"cameo":"130"'
code 2006-12-28 "Israel warned that Hamas leaders would be targeted if the rocket fire continued."
has_event "a conditional warning stays a threat" '"target":{"code":"PSEREB"' '"cameo":"130"'
code 2006-12-28 "Japan warned Russia that a failure to deliver gas would set back relations."
has_event "a warning told to someone stays a threat" '"source":{"code":"JPN"' '"target":{"code":"RUS"' '"cameo":"130"'
code 2005-11-10 "Australian Prime Minister John Howard on Thursday condemned the bomb attacks on three hotels in Jordan."
lacks_event "condemning what was done in a place does not condemn its country" '"target":{"code":"JOR"'
code 2005-12-12 "Jumblatt pointed the finger at Syria over the bombing."
has_event "disapproval 'at' a country is aimed at it" '"target":{"code":"SYR"'
code 2006-11-08 "Iran's supreme leader Ali Khamenei said during a meeting with Iraqi President Jalal Talabani that Iran backed Iraq's unity."
has_event "words said during a meeting with someone tell the meeting" '"source":{"code":"IRNGOV"' '"target":{"code":"IRQGOV"' '"cameo":"040"'
code 2006-11-01 "Cambodian Prime Minister Hun Sen made the remarks in a meeting with Chinese Premier Wen Jiabao."
has_event "remarks made in a meeting with someone tell the meeting" '"source":{"code":"KHMGOV"' '"target":{"code":"CHNGOV"' '"cameo":"040"'
code 2006-11-09 "Kofi Annan held a discussion with Rwandan President Paul Kagame on Thursday."
has_event "a discussion held with someone is a meeting" '"source":{"code":"IGOUNO"' '"target":{"code":"RWAGOV"' '"cameo":"040"'
code 2006-11-02 "Direct talks between Serbia and Kosovo will start next year."
has_event "talks between two sides that start are their negotiation" '"source":{"code":"SRB"' '"target":{"code":"XKX"' '"cameo":"046"'
code 2006-12-14 "Russia has sold fighter planes and weapons to Venezuela."
has_event "arms sold to a country are military cooperation" '"source":{"code":"RUS"' '"target":{"code":"VEN"' '"cameo":"062"'
code 2006-12-02 "Armenia buys most of its gas from Russia."
has_event "goods bought from a country are trade" '"source":{"code":"ARM"' '"target":{"code":"RUS"' '"cameo":"061"'
code 1997-04-22 "The bank sold a controlling stake to a Chinese businessman."
lacks_event "a stake sold to a person of a country is no trade with it" '"cameo":"061"'
code 2006-11-22 "Norway has played the role of mediator between Sri Lanka and the Tamil Tigers."
has_event "playing a mediator's role between two sides mediates between them" '"source":{"code":"NOR"' '"target":{"code":"LKA"' '"cameo":"045"'
code 2006-11-22 "Qatar played a key role in the talks."
lacks_event "another role played is no mediation" '"cameo":"045"'
code 2006-11-05 "Gunmen shot at a convoy of US troops in Baghdad on Saturday."
has_event "shooting at someone is shooting them" '"target":{"code":"USAMIL"' '"cameo":"193"'
code 2024-04-14 "Iran launched more than 300 drones and missiles at Israel."
has_event "drones launched at a country are aimed at it, not at themselves" '"source":{"code":"IRN"' '"target":{"code":"ISR"' '"cameo":"195"'
code 2025-03-16 "Hegseth ordered strikes against the Houthis."
has_event "force ordered is force used" '"target":{"code":"YEMREB"' '"cameo":"190"'
code 2023-10-09 "Israeli Defence Minister Yoav Gallant ordered a complete siege of the Gaza Strip."
has_event "a siege ordered is a blockade" '"source":{"code":"ISRGOV' '"cameo":"191"'
code 1997-04-21 "Arafat ordered the roundup of 23 strike leaders on Monday."
lacks_event "a labour strike ordered is no attack" '"cameo":"190"'
code 2023-06-22 "Labour leader Keir Starmer attacked Rishi Sunak over the economy."
has_event "attacked over an issue is criticism" '"source":{"code":"GBROPP"' '"target":{"code":"GBRGOV"' '"cameo":"111"'
code 2023-06-22 "Russian forces attacked Ukrainian positions over the weekend."
has_event "'over the weekend' is no issue, and the weekend starts on Saturday" '"cameo":"190"' '"date":"2023-06-17"'
code 2025-10-30 "The United States cut tariffs on Chinese goods."
has_event "tariffs cut are eased sanctions" '"source":{"code":"USA"' '"target":{"code":"CHN"' '"cameo":"085"'
code 2025-04-02 "The United States raised tariffs on Chinese goods."
has_event "tariffs raised on someone are imposed on them" '"target":{"code":"CHN"' '"cameo":"163"'
code 2025-06-22 "US bombers struck three Iranian nuclear sites."
has_event "bombers are their country's military" '"source":{"code":"USAMIL"' '"target":{"code":"IRN"'
code 2025-05-07 "Indian missiles struck targets in Pakistan."
has_event "targets struck in a country are its" '"source":{"code":"INDMIL"' '"target":{"code":"PAK"' '"cameo":"19'
code 2025-06-22 "Russia launched missiles and drones at Ukraine."
has_event "a compound of arms launched is the means" '"source":{"code":"RUS"' '"target":{"code":"UKR"'
code 2025-03-18 "Kagame and Tshisekedi met in Doha at the invitation of the Emir of Qatar."
has_event "who invited is not whom one met" '"source":{"code":"RWAGOV"' '"target":{"code":"CODGOV"' '"cameo":"040"'
lacks_event "who invited is not whom one met" '"target":{"code":"QATGOV"'
code 2021-02-01 "Myanmar's military detained Aung San Suu Kyi and seized power."
has_event "an adjective heading its phrase before a past tense is a noun and its subject" '"source":{"code":"MMRMIL"' '"target":{"code":"MMROPP"' '"cameo":"173"'
code 2005-11-04 "Fradkov and his Chinese counterpart Wen Jiabao held the 10th Sino-Russian Prime Ministers' Meeting."
has_event "a compound meets among its members, not a bare agent of its kind" '"source":{"code":"RUSGOV"' '"target":{"code":"CHNGOV"' '"cameo":"040"'
lacks_event "a compound meets among its members, not a bare agent of its kind" '"target":{"code":"---GOV"'
code 2006-11-18 "King Abdullah expressed his appreciation for the expected visit of Russian President Vladimir Putin to Jordan next February."
has_event "a past act is not dated by a date ahead of the story" '"target":{"code":"RUSGOV"' '"date":"2006-11-18"'
code 2006-12-15 "The United States invited China to talks next month."
has_event "an invitation made is dated when made, not when the talks will be" '"target":{"code":"CHN"' '"date":"2006-12-15"'
code 2025-05-07 "India struck militant camps in Pakistan."
has_event "an irregular past before an adjective and noun is the verb" '"source":{"code":"IND"' '"target":{"code":"PAK"' '"cameo":"19'
code 2024-10-14 "The Chinese military held live-fire drills near Taiwan."
has_event "adjectives heading a phrase before a past tense: the phrase is the subject" '"source":{"code":"CHNMIL"' '"target":{"code":"TWN"' '"cameo":"150"'
code 2024-06-22 "Ukrainian air defences shot down 50 Russian drones overnight."
has_event "'shot down' with an object after it is active" '"source":{"code":"UKRMIL"' '"target":{"code":"RUSMIL"'
code 2024-06-22 "Three Palestinians shot dead by Israeli troops."
has_event "'shot dead by' is passive" '"source":{"code":"ISRMIL"' '"target":{"code":"PSE"'
code 2006-11-06 "Japan proposed holding talks with China and Russia."
has_event "a proposal to meet is the event" '"source":{"code":"JPN"' '"target":{"code":"CHN"' '"cameo":"036"'
lacks_event "talks only proposed are not held" '"cameo":"046"'
code 2005-11-27 "Israel is considering releasing Marwan Barghouti."
lacks_event "a release only considered is not done" '"cameo":"084'
code 1996-09-02 "The Moro National Liberation Front signed a peace treaty with the government."
has_event "the government rebels face is their country's" '"source":{"code":"PHLREB"' '"target":{"code":"PHLGOV"' '"cameo":"057"'
code 2006-11-06 "Arab leaders met Hamas officials."
lacks_event "a bare agent after a capitalised word may be foreign" '"source":{"code":"PSEGOV"'
code 2005-11-23 "Troops clashed with Abu Sayyaf rebels."
lacks_event "troops facing rebels may be foreign" '"source":{"code":"PHLMIL"'
code 2005-11-23 "Government troops clashed with Abu Sayyaf rebels."
has_event "... but the government's troops are the rebels' state's" '"source":{"code":"PHLMIL"'
code 2024-01-12 "The Houthis fired a ballistic missile at a US-owned cargo ship."
has_event "a ship a country owns is its" '"source":{"code":"YEMREB"' '"target":{"code":"USA"'
code 2023-04-27 "Iran seized a Marshall Islands-flagged tanker and a Liberian-flagged oil tanker."
has_event "a ship flying a country's flag is its" '"source":{"code":"IRN"' '"target":{"code":"LBR"'
code 2013-09-01 "The Syrian Observatory, a UK-based monitor, accused Russia of war crimes."
lacks_event "what is based in a country is not its" '"code":"GBR"'
code 2024-01-12 "The Houthis fired missiles at ships in the Gulf of Aden."
lacks_event "the Gulf of Aden is no target in Yemen" '"target":{"code":"YEM"'
code 2005-11-24 "Police seized 12 hand guns and 200 bullets in the homes of three PKK members."
has_event "guns and bullets seized are property confiscated" '"target":{"code":"TURREB"' '"cameo":"1711"'
lacks_event "guns and bullets seized are no territory occupied" '"cameo":"192"'
code 2005-11-16 "Israeli soldiers seized computers and mobile phones from Hamas members."
has_event "computers and phones seized are property confiscated" '"source":{"code":"ISRMIL"' '"target":{"code":"PSEREB"' '"cameo":"1711"'
lacks_event "computers and phones seized are property confiscated" '"cameo":"192"'
code 1997-04-09 "A former governor general of New Zealand recommended 45 open seats as opposed to 25 seats in a new parliament."
lacks_event "'as opposed to' compares and opposes no one" '"cameo":"110"'
code 2005-12-12 "Allawi has accused the government of deepening divisions and marching the country to the brink of war."
lacks_event "marching a country to the brink is no protest" '"cameo":"141"'
code 2005-11-11 "Australia supports the US-led war on Iraq."
lacks_event "a war supported on a country is no support for it" '"target":{"code":"IRQ"' '"cameo":"051"'
code 2006-12-14 "The EU leaders have decided that their entry into Europe's rich club will be the last."
lacks_event "deciding that something is so is no intention" '"cameo":"030"'
code 1997-04-25 "Iraq flew more than 100 Iraqis to Saudi Arabia for the pilgrimage."
lacks_event "people flown somewhere are carried: the carrier visits no one" '"cameo":"042"'
code 2005-11-26 "Algerian President Abdelaziz Bouteflika went to Paris on Saturday for medical treatment."
has_event "going to a capital is travel to its country" '"source":{"code":"DZAGOV"' '"target":{"code":"FRA"' '"cameo":"042"'
code 1997-04-30 "US President Bill Clinton went out of his way to praise South African President Nelson Mandela."
has_event "'went out of his way' is no journey and keeps the praise" '"target":{"code":"ZAFGOV"' '"cameo":"051"'
code 2006-01-01 "Russia threatened to cut off gas supplies to Ukraine."
has_event "gas cut off threatened is an embargo threatened" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"1312"'
code 2006-01-01 "Gazprom cut gas deliveries to Belarus on Monday."
has_event "gas cut off is an embargo, no blockade" '"target":{"code":"BLR"' '"cameo":"163"'
code 1997-04-04 "Zaire's new premier Etienne Tshisekedi fought to save his job on Friday."
lacks_event "fighting to save one's job is no battle" '"cameo":"190"'
code 2005-11-30 "The European Union encouraged the Ukrainian government to cooperate with the IMF."
has_event "encouraging someone to act is an appeal to them" '"source":{"code":"IGOEUREEC"' '"target":{"code":"UKRGOV"' '"cameo":"021"'
code 2006-11-15 "China is encouraging foreign banks to set up subsidiaries."
lacks_event "encouraging banks to invest is economic policy, no appeal" '"cameo":"02'
code 2005-11-23 "Israeli soldiers encountered fire from Palestinian gunmen in Jenin."
has_event "fire encountered from someone is their attack" '"source":{"code":"PSE' '"target":{"code":"ISRMIL"' '"cameo":"190"'
code 2005-12-06 "Iraqi Interior Minister Bayan Baqer Sulagh criticised the training of Iraqi police recruits by German experts."
has_event "an act criticised names its doer after 'by'" '"source":{"code":"IRQGOV"' '"target":{"code":"DEU"' '"cameo":"111"'
lacks_event "an act criticised names its doer after 'by'" '"target":{"code":"IRQCOP"'
code 2006-11-01 "France condemned the attack on Lebanon by Israel."
has_event "the attacker after 'by' is condemned, not the attacked" '"source":{"code":"FRA"' '"target":{"code":"ISR"' '"cameo":"111"'
lacks_event "the attacker after 'by' is condemned, not the attacked" '"target":{"code":"LBN"'
code 2006-11-01 "Israel was condemned by France on Monday."
has_event "a passive 'condemned by' keeps its sides" '"source":{"code":"FRA"' '"target":{"code":"ISR"' '"cameo":"111"'
code 2006-11-20 "The United States rejects the interference in the affairs of Lebanon by Syria."
has_event "what is rejected names its doer after 'by'" '"source":{"code":"USA"' '"target":{"code":"SYR"' '"cameo":"120"'
code 1997-04-25 "The ministry rejected the allegations by India's consul general in Jeddah."
has_event "allegations rejected are denied (016), their author the target" '"target":{"code":"IND' '"cameo":"016"'
code 2006-11-10 "Israeli Defense Minister Amir Peretz vowed to avenge the rocket attack by Hamas."
has_event "vowing to avenge an act by someone threatens them with force" '"target":{"code":"PSEREB"' '"cameo":"138"'

code 2006-07-20 "Syrian-backed militants fired rockets at Israel."
lacks_event "who fires at a country is not of it" '"source":{"code":"ISRREB"'
code 2006-11-22 "Israeli Prime Minister Ehud Olmert ordered Hamas to free the captured soldier."
has_event "an order to another actor is a demand for what is ordered" '"source":{"code":"ISRGOV"' '"target":{"code":"PSEREB"' '"cameo":"1053"'
code 2006-11-22 "The Burmese junta ordered the International Committee of the Red Cross to shut its field offices."
has_event "an order to an organisation is a demand" '"target":{"code":"NGOHLHIRC"' '"cameo":"100"'
code 2006-11-22 "Israeli Prime Minister Ehud Olmert ordered the army to pull back from Gaza."
lacks_event "one's own army ordered to act is no demand" '"cameo":"10'
code 2006-11-22 "Egypt's foreign minister expressed deep regret for the United States' veto of the draft."
has_event "regret over another's act disapproves of it" '"source":{"code":"EGYGOV"' '"target":{"code":"USA"' '"cameo":"110"'
lacks_event "... and is no apology" '"cameo":"055"'
code 2006-11-22 "Japan expressed regret to South Korea for the collision."
has_event "regret conveyed to someone is an apology" '"source":{"code":"JPN"' '"target":{"code":"KOR"' '"cameo":"055"'
code 2006-11-22 "The Vietnamese prime minister expressed his wish for the Japanese government to continue expanding investment."
has_event "a wish that someone act appeals to them" '"source":{"code":"VNMGOV"' '"target":{"code":"JPNGOV"' '"cameo":"020"'
code 2005-12-15 "A British bank made a cash offer of 500 pence per share for the Tokyo Stock Exchange."
lacks_event "a cash offer for shares is business, no offer of cooperation" '"cameo":"030"'
code 1997-04-22 "Commandos ended the siege at the Japanese embassy in Lima after four months."
lacks_event "a hostage siege ended is no blockade eased" '"cameo":"0872"'
code 2022-03-30 "Russian forces ended their siege of Chernihiv."
has_event "a siege of a place ended is still eased" '"source":{"code":"RUSMIL"' '"cameo":"0872"'
code 2006-11-22 "The Chancellor of Germany extended her condolences in a phone call to Lebanese Prime Minister Fouad Siniora."
has_event "condolences extended in a call to someone go to them" '"target":{"code":"LBNGOV"' '"cameo":"018"'
code 2006-11-22 "Havana expressed readiness for negotiations with the United States."
has_event "readiness for talks with someone is the intent to meet" '"source":{"code":"CUB"' '"target":{"code":"USA"' '"cameo":"036"'
code 2006-11-22 "Mexico extradited a cartel leader to the United States."
has_event "the state a person is extradited to is the target" '"source":{"code":"MEX"' '"target":{"code":"USA"' '"cameo":"063"'
code 2006-11-22 "Tehran rejected the American allegations as lies."
has_event "allegations rejected, their author before the noun, are denied" '"source":{"code":"IRN"' '"target":{"code":"USA"' '"cameo":"016"'
code 1997-04-16 "Greece has received some 5,000 Albanian refugees since March."
has_event "refugees received are given refuge" '"source":{"code":"GRC"' '"target":{"code":"ALBREF"' '"cameo":"075"'
code 1995-07-12 "Bosnian Serb troops overran Zepa."
has_event "a town overrun is taken" '"source":{"code":"BIH' '"cameo":"192"'
code 1997-04-13 'A Filipino nurse Maria Santos evacuated with the Americans told reporters: "The city is calm."'
lacks_event "one evacuated with others is no rescuer" '"cameo":"073"'
code 2004-04-23 "Washington lifted its travel ban on Libya."
has_event "a ban on a state lifted eases an administrative sanction" '"source":{"code":"USA"' '"target":{"code":"LBY"' '"cameo":"081"'
lacks_event "... not one on a political party" '"cameo":"0812"'
code 2006-11-22 "Israel charged that Syria was arming Hezbollah."
has_event "a charge that another acted is an accusation" '"source":{"code":"ISR"' '"target":{"code":"SYR"' '"cameo":"112"'
lacks_event "... and the act charged is no event of its own" '"source":{"code":"SYR"'
code 2006-11-22 "Islamabad denied Indian accusations of sheltering militants."
has_event "the author of accusations denied, before the noun, is the target" '"source":{"code":"PAK"' '"target":{"code":"IND"' '"cameo":"016"'
code 2021-10-13 "Rwandan survivors of the 1994 genocide condemned France."
has_event "a year modifying a noun dates the noun, not the act" '"source":{"code":"RWA"' '"cameo":"111"' '"date":"2021-10-13"'
code 2021-10-13 "Russia accused the rebels that attacked the town on Monday."
has_event "a date in a relative clause opened by 'that' is its own" '"source":{"code":"RUS"' '"cameo":"112"' '"date":"2021-10-13"'
code 2021-10-13 "Russia condemned the Ukrainian attack that killed 20 civilians in Donetsk on Monday."
has_event "... and its own event has it" '"cameo":"190"' '"date":"2021-10-11"'
code 2021-10-13 "The Taliban criticised the United States, saying on Monday that Washington would pay."
has_event "a participle of saying dates the statement, not what it says of the future" '"cameo":"111"' '"date":"2021-10-11"'
code 2006-12-11 "Iran has allocated 120 million dollars to the Palestinian government for 2007."
has_event "a present perfect is done by now, not in the year it is for" '"cameo":"071"' '"date":"2006-12-11"'
code 2006-12-11 "Russia will meet Ukrainian leaders ahead of Sunday's vote."
has_event "a day the act is 'ahead of' is no date of the act" '"cameo":"040"' '"date":"2006-12-11"'
code 2006-12-11 "The United Nations will assist Sudanese refugees between now and next July."
has_event "... nor is the end of 'between now and'" '"cameo":"070"' '"date":"2006-12-11"'
code 2021-10-15 "Opposition supporters rallied in Belgrade."
has_event "protesters with no country are of where they protest" '"source":{"code":"SRBOPP"' '"cameo":"141"' '"target":null'
code 2021-10-15 "Thousands of students protested in Tehran on Sunday."
has_event "students protesting at home, no target" '"source":{"code":"IRNEDU"' '"cameo":"141"' '"target":null'
code 2006-11-22 'German Chancellor Angela Merkel met Lebanese Prime Minister Fouad Siniora on Tuesday. "We want to see an independent Lebanon," she told the German parliament.'
has_event "a 'she' right after a quote is its speaker, named before" '"source":{"code":"DEUGOV"' '"target":{"code":"DEULEG"' '"cameo":"010"'
code 2005-11-04 'The demonstrators, chanting "Bush, get out of Argentina", set fire to a shop.'
lacks_event "a name in a slogan is not the subject of the verb outside it" '"source":{"code":"USAGOV"'
code 2006-11-20 "Thousands of Lebanese protested in Beirut."
has_event "a demonym that is its own plural heads the phrase before its verb" '"source":{"code":"LBN"' '"cameo":"141"'
code 2006-11-20 "Bush called Putin to discuss Iran."
has_event "a call to discuss something is a call, not an appeal" '"source":{"code":"USAGOV"' '"target":{"code":"RUSGOV"' '"cameo":"041"'
code 1997-04-01 "Beijing told Washington to stay clear."
has_event "telling someone to act is a demand, the verb unknown" '"source":{"code":"CHN"' '"target":{"code":"USA"' '"cameo":"100"'
code 2006-11-20 "The Belarusian opposition leader was sentenced to jail by a court in Minsk."
has_event "'sentenced to jail by' a court: the court sentences" '"source":{"code":"BLRJUD"' '"target":{"code":"BLROPP"' '"cameo":"116"'
lacks_event "'to jail' after 'sentenced' is no verb" '"source":{"code":"BLROPP"'
code 2006-12-12 "Olmert won backing for sanctions from Chancellor Angela Merkel."
has_event "support won from someone is theirs" '"source":{"code":"DEUGOV"' '"target":{"code":"ISRGOV"' '"cameo":"051"'
lacks_event "a verb inside the words a pattern matched is no event of its own" '"source":{"code":"ISRGOV"'
code 2005-11-05 "Malaysian Prime Minister Abdullah Badawi urged the international community to continue giving assistance to Pakistani people."
lacks_event "aid urged is not given by the one urging" '"cameo":"070"'
code 2006-01-01 "Russian troops attacked rebels near the UN headquarters."
has_event "an attack near a building of the UN" '"source":{"code":"RUSMIL"' '"cameo":"190"'
lacks_event "a short word in capitals is an acronym, not a town written otherwise" '"name":"Un"'

code 2006-11-18 "Venezuelan President Hugo Chavez accused the opposition of working with the United States."
has_event "a government and 'the opposition' face each other at home" '"source":{"code":"VENGOV"' '"target":{"code":"VENOPP"' '"cameo":"112"'
code 2005-12-12 "The Iraqi opposition accused the government of exacerbating sectarian divisions."
has_event "... and the opposition and 'the government'" '"source":{"code":"IRQOPP"' '"target":{"code":"IRQGOV"' '"cameo":"112"'

code 2006-12-26 "The United States on Tuesday called Saddam Hussein's confirmed death sentence a milestone for Iraqis."
lacks_event "calling someone's act something is no telephone call" '"cameo":"041"'
code 2006-12-26 "Bush called Israel's prime minister on Monday."
has_event "... a person telephoned still is one" '"source":{"code":"USAGOV"' '"target":{"code":"ISRGOV"' '"cameo":"041"'
code 2006-11-21 "The U.S. envoy ignored the fact that agreements had been reached with the Sudanese government."
lacks_event "a fact ignored defies no one" '"cameo":"128"'
code 1997-04-13 "Paris has suggested that Mobutu should resign."
has_event "a leader's resignation suggested is asked for" '"source":{"code":"FRA"' '"target":{"code":"CODGOV"' '"cameo":"0241"'
code 2006-12-24 "Somali Islamists declared jihad on Ethiopia."
has_event "jihad declared on someone threatens force" '"target":{"code":"ETH"' '"cameo":"138"'
lacks_event "... no statement" '"cameo":"010"'
code 2006-12-24 "Mexico declared war on drugs."
lacks_event "a war declared on drugs threatens no one" '"cameo":"138"'
code 2006-08-27 "Israel and Hamas reached a truce on Sunday."
has_event "a truce reached by both sides binds each" '"source":{"code":"ISR"' '"target":{"code":"PSEREB"' '"cameo":"0871"'
has_event "... both ways" '"source":{"code":"PSEREB"' '"target":{"code":"ISR"' '"cameo":"0871"'
code 2005-12-15 "The new campaign for the Myanmar junta to release opposition leader Aung San Suu Kyi is unlikely to succeed."
lacks_event "an act after 'for' and its doer is wanted, not done" '"cameo":"0841"'
code 1997-04-20 "Opposition leader Shimon Peres called Sunday for Israeli Prime Minister Benjamin Netanyahu to resign."
has_event "... but a call for someone to act is still the appeal" '"target":{"code":"ISRGOV"' '"cameo":"0241"'

code 1997-04-15 "US officials pressed Pyongyang to continue discussions on the issue begun a year ago in Berlin."
has_event "a participle after a noun owns the date after it" '"cameo":"026"' '"date":"1997-04-15"'
code 2005-12-04 "Mbeki discussed Ivory Coast in talks with French President Jacques Chirac on the sidelines of a summit held at the weekend in Bamako."
lacks_event "... but a gathering's date is that of the talks at it" '"date":"2005-12-04"'

code 2005-11-20 "Bangladeshi police have been put on high alert across the country to prevent attacks by the suicide bombers of JMB."
lacks_event "a 'by' after an infinitive of purpose is not the passive's agent" '"source":{"code":"BGDREB"'
code 2005-11-20 "Bangladeshi police were put on high alert across the country by the government."
has_event "... a 'by' with no infinitive before it is" '"source":{"code":"BGDGOV"' '"target":{"code":"BGDCOP"' '"cameo":"152"'

code 2006-12-01 "Chadian rebels launched attacks from Sudan."
lacks_event "force comes 'from' a place, it is not aimed at it" '"target":{"code":"SDN"'
code 2006-12-01 "Palestinian militants fired rockets from the Gaza Strip at Israel."
has_event "... it is aimed 'at'" '"source":{"code":"PSEREB"' '"target":{"code":"ISR"' '"cameo":"194"'
code 1995-08-01 "The Croatian army retook the town from the rebels."
has_event "... but ground is retaken 'from' its holders" '"source":{"code":"HRVMIL"' '"target":{"code":"HRVREB"' '"cameo":"192"'
code 1997-04-07 "Moslem militants are fighting for Kashmir's independence from India."
has_event "... and independence is fought for 'from' a state" '"target":{"code":"IND"' '"cameo":"190"'

code 2005-12-12 "Many Lebanese blame Damascus for the killing."
has_event "a present verb after a demonym that heads its phrase, an object after it" '"source":{"code":"LBN"' '"target":{"code":"SYR"' '"cameo":"112'
code 2005-12-12 "The Japanese attack on Pearl Harbor angered Washington."
lacks_event "... but not a noun with a preposition after it" '"cameo":"19'

# Agents with no actor, joined by "and", are two sides.
code 2005-11-21 "The army and rebels clashed near Kathmandu on Sunday."
has_event "two unnamed sides of a clash" '"source":{"code":"NPLMIL"' '"target":{"code":"NPLREB"' '"cameo":"190"'
code 2005-11-21 "Security forces and guerrillas clashed in Nepal on Sunday."
has_event "security forces and guerrillas are two sides" '"source":{"code":"NPLREB"' '"target":{"code":"NPLCOP"' '"cameo":"190"'
code 2005-11-27 "The Interior Ministry of Russia deployed 24,000 police and troops to provide security."
lacks_event "forces deployed are what is moved, not a target" '"target":{"code":"---MIL"'
code 2005-12-12 "A vocal anti-Syrian newspaper boss and lawmaker was killed in a car bombing in Lebanon."
lacks_event "a boss and lawmaker is one person, no two sides" '"source":{"code":"---LEG"'

# Disapproval of violence is aimed at its doers, not at the harmed.
code 2006-11-22 "Germany condemned the murder of Lebanese Industry Minister Pierre Gemayel."
lacks_event "the victim of a murder condemned is no target" '"source":{"code":"DEU' '"cameo":"111"'
code 2011-05-01 "Germany condemned Syria's killing of protesters."
has_event "... its doer is" '"source":{"code":"DEU"' '"target":{"code":"SYR"' '"cameo":"111"'

code 2006-12-26 "Ethiopian Prime Minister Meles Zenawi said more than 1,000 people have been killed in fighting between his troops backing Somali government forces."
has_event "'his troops' are those of the nearest subject before" '"source":{"code":"ETHMIL"' '"target":{"code":"SOMMIL"' '"cameo":"062"'
# Surnames alone that father and son (or two namesakes) held in turn
# (dict/people.dyad): the surname has a line of its own with both terms.
code 1997-04-01 "Assad criticised Israel on Tuesday."
has_event "'Assad' alone before 2000 is Hafez al-Assad" '"source":{"code":"SYRGOV"' '"target":{"code":"ISR"' '"cameo":"111"'
code 1998-03-01 "Aliyev met Russian President Boris Yeltsin in Moscow."
has_event "'Aliyev' alone before 2003 is Heydar Aliyev" '"source":{"code":"AZEGOV"' '"target":{"code":"RUSGOV"' '"cameo":"040"'
code 1997-04-04 "Tshisekedi criticised the rebels."
has_event "Etienne Tshisekedi was Mobutu's prime minister in April 1997" '"source":{"code":"CODGOV"' '"cameo":"111"'
code 2010-04-04 "Tshisekedi criticised the government."
has_event "... and the opposition leader before and after" '"source":{"code":"CODOPP"' '"target":{"code":"CODGOV"' '"cameo":"111"'
code 2002-05-01 "Kadyrov accused Chechen rebels of killing civilians."
has_event "'Kadyrov' alone before 2004 is Akhmad Kadyrov" '"source":{"code":"RUSGOV"' '"target":{"code":"RUSREB"' '"cameo":"112'
code 1996-05-01 "Herzog met Polish President Aleksander Kwasniewski in Berlin."
has_event "'Herzog' alone in the 1990s is Germany's president" '"source":{"code":"DEUGOV"' '"target":{"code":"POLGOV"' '"cameo":"040"'
code 2005-05-01 "Mahama met Nigerian President Olusegun Obasanjo in Abuja."
has_event "'Mahama' alone in 2001-2009 is vice president Aliu Mahama" '"source":{"code":"GHAGOV"' '"target":{"code":"NGAGOV"' '"cameo":"040"'
code 2004-05-01 "Maduro met US President George W. Bush in Washington."
has_event "'Maduro' alone in 2002-2006 is Honduras's president" '"source":{"code":"HNDGOV"' '"target":{"code":"USAGOV"' '"cameo":"040"'
code 2001-05-01 "Noboa met Colombian President Andres Pastrana in Quito."
has_event "'Noboa' alone in 2000-2003 is Gustavo Noboa" '"source":{"code":"ECUGOV"' '"target":{"code":"COLGOV"' '"cameo":"040"'
code 1992-05-01 "Karamanlis met Turkish President Turgut Ozal in Athens."
has_event "'Karamanlis' alone in 1990-1995 is the president" '"source":{"code":"GRCGOV"' '"cameo":"040"'
code 1995-05-01 "Papandreou criticised Turkey on Tuesday."
has_event "'Papandreou' alone in the 1990s is Andreas Papandreou" '"source":{"code":"GRCGOV"' '"target":{"code":"TUR"' '"cameo":"111"'
code 1993-05-01 "Mitterrand met German Chancellor Helmut Kohl in Paris."
has_event "'Mitterrand' alone to 1995 is the president" '"source":{"code":"FRAGOV"' '"target":{"code":"DEUGOV"' '"cameo":"040"'
code 2010-05-01 "Kenyatta met Chinese Premier Wen Jiabao in Beijing."
has_event "Uhuru Kenyatta was deputy prime minister before he was president" '"source":{"code":"KENGOV"' '"target":{"code":"CHNGOV"' '"cameo":"040"'
code 1997-05-02 "Zairean President Mobutu Sese Seko will meet with rebel leader Laurent Kabila on Friday."
has_event "Laurent Kabila led the AFDL rebels before he took power" '"source":{"code":"CODGOV"' '"target":{"code":"CODREB"' '"cameo":"04'

# People the wire names that the dictionaries lacked (a count of the events
# Phoenix's dictionaries found there and ours did not).
code 2005-11-24 "Tomaz Salomao arrived in Zimbabwe on Thursday after visiting Namibia."
has_event "Tomaz Salomao heads the SADC secretariat" '"source":{"code":"IGOSAFSAD"' '"target":{"code":"ZWE"' '"cameo":"042"'
code 2006-11-26 "Alistair Darling will visit Beijing next week."
has_event "Alistair Darling, a cabinet minister" '"source":{"code":"GBRGOV' '"target":{"code":"CHN"' '"cameo":"042"'
code 2006-11-23 "Jimmy Carter will visit Nepal during the election."
has_event "Jimmy Carter, a former president, is an elder" '"source":{"code":"USAELI"' '"target":{"code":"NPL"' '"cameo":"042"'
code 2006-11-23 "The Carter Center urged Nepal to hold the election on time."
has_event "the Carter Center is a non-governmental organisation" '"source":{"code":"NGO' '"target":{"code":"NPL"' '"cameo":"02'
code 2005-11-28 "Prime Minister Maria do Carmo Silveira met Angolan President Jose Eduardo dos Santos in Luanda."
has_event "Maria do Carmo Silveira, Sao Tome's prime minister in 2005-2006" '"source":{"code":"STPGOV"' '"target":{"code":"AGOGOV"' '"cameo":"04'
code 2005-11-15 "Chinese State Councilor Chen Zhili met with Oh Myung, South Korea's deputy prime minister."
has_event "Oh Myung, South Korea's deputy prime minister" '"target":{"code":"KORGOV"' '"cameo":"040"'
code 1993-05-01 "Albert Reynolds met John Major in London."
has_event "Albert Reynolds, taoiseach 1992-1994" '"source":{"code":"IRLGOV"' '"target":{"code":"GBRGOV"' '"cameo":"040"'
code 1986-05-01 "Soviet leader Mikhail Gorbachev criticised President Ronald Reagan."
has_event "Ronald Reagan, president 1981-1989" '"target":{"code":"USAGOV"' '"cameo":"111"'
code 2006-12-14 "The EU froze talks on closer ties with Belgrade in May."
has_event "talks frozen are halted negotiations, whatever ties they were about" '"source":{"code":"IGOEUREEC"' '"target":{"code":"SRB"' '"cameo":"164"'
code 2005-11-16 "Israel decided to freeze high-level contacts with the Palestinians."
has_event "... contacts frozen are ties reduced" '"target":{"code":"PSE"' '"cameo":"161"'
code 2023-10-20 "Hamas broke off ceasefire talks with Israel."
has_event "ceasefire talks broken off are halted negotiations" '"source":{"code":"PSEREB"' '"target":{"code":"ISR"' '"cameo":"164"'
lacks_event "... no ceasefire violated" '"cameo":"196"'
code 2006-12-16 "The funds related to the 1996 World Cup which India hosted jointly with Pakistan and Sri Lanka."
lacks_event "a sporting event hosted jointly with others is no visit received" '"cameo":"043"'
code 2002-06-01 "Japan hosted the World Cup with South Korea."
lacks_event "... nor is a sporting event hosted" '"cameo":"043"'
code 2023-04-20 "France evacuated its citizens from Sudan."
lacks_event "a state evacuating its own citizens gives the country no aid" '"cameo":"073"'
code 2023-06-23 "The EU approved its 11th package of sanctions against Russia."
has_event "sanctions approved against a state are imposed on it" '"source":{"code":"IGOEUREEC"' '"target":{"code":"RUS"' '"cameo":"163"'
code 2023-06-23 "The EU agreed to ease sanctions against Cuba."
has_event "... sanctions agreed to be eased are eased" '"target":{"code":"CUB"' '"cameo":"0354"'
code 2023-06-23 "Russia and Ukraine agreed a prisoner swap."
has_event "a prisoner swap agreed is the intent to release persons, each to the other" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"0353"'
has_event "... both ways" '"source":{"code":"UKR"' '"target":{"code":"RUS"' '"cameo":"0353"'

code 2006-12-29 "Gazprom is threatening to switch off natural gas supplies to Belarus."
has_event "gas threatened to be switched off to a country is a threatened embargo" '"source":{"code":"RUSBUS"' '"target":{"code":"BLR"' '"cameo":"1312"'
code 2009-01-07 "Russia shut off gas supplies to Ukraine."
has_event "... and gas shut off to it an embargo" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"163"'

code 2024-01-17 "The United States designated the Houthis a terrorist organisation."
has_event "a group designated terrorist is sanctioned by listing" '"source":{"code":"USA"' '"target":{"code":"YEMREB"' '"cameo":"172"'
code 2013-12-25 "Egypt declared the Muslim Brotherhood a terrorist organisation."
has_event "... as one declared terrorist" '"source":{"code":"EGY"' '"target":{"code":"EGYOPPMUS"' '"cameo":"172"'
code 2023-01-01 "Russia declared the Dutch ambassador persona non grata."
has_event "a diplomat declared persona non grata is expelled" '"source":{"code":"RUS"' '"target":{"code":"NLDGOV"' '"cameo":"161"'

code 2005-03-20 "The European Union held up membership talks with Croatia."
has_event "talks held up are halted" '"source":{"code":"IGOEUREEC"' '"target":{"code":"HRV"' '"cameo":"164"'
lacks_event "... not held" '"cameo":"046"'

code 2023-08-10 "ECOWAS threatened military intervention in Niger."
has_event "military intervention threatened is a threat of force" '"source":{"code":"IGOWAFWAS"' '"target":{"code":"NER"' '"cameo":"138"'
code 2022-02-17 "Mali expelled French troops."
has_event "foreign troops expelled are withdrawn" '"source":{"code":"MLI"' '"target":{"code":"FRAMIL"' '"cameo":"166"'
lacks_event "... no individuals deported" '"cameo":"174"'
code 2023-03-10 "Iran and Egypt resumed diplomatic relations."
has_event "ties resumed by a compound subject are restored to each other" '"source":{"code":"IRN"' '"target":{"code":"EGY"' '"cameo":"054"'
has_event "... both ways" '"source":{"code":"EGY"' '"target":{"code":"IRN"' '"cameo":"054"'

code 1997-04-06 "Ichiro Ozawa promised to support the bill in parliament."
lacks_event "a bill backed in parliament is no support of the house" '"target":{"code":"JPNLEG"'
code 2009-01-18 "Egypt hosted a conference on Gaza."
lacks_event "a gathering hosted does not host its subject" '"target":{"code":"PSEGZA"'
code 2005-12-10 "Kuwait is hosting the OPEC conference on oil prices."
has_event "... but the body it names is hosted" '"source":{"code":"KWT"' '"target":{"code":"IGOBUSOPC"' '"cameo":"043"'
code 2004-11-06 "France destroyed the air force of Ivory Coast."
has_event "an air force destroyed is fought, no property damaged" '"source":{"code":"FRA"' '"target":{"code":"CIVMIL"' '"cameo":"190"'

code 2006-01-01 "The Hong Kong garrison held a joint exercise with the Hong Kong police."
has_event "Hong Kong's garrison is the PLA's since 1993" '"source":{"code":"CHNMIL"' '"cameo":"062"'
code 1990-01-01 "The Hong Kong garrison held a joint exercise with the Hong Kong police."
has_event "... and was Britain's before" '"source":{"code":"GBRMIL"' '"cameo":"062"'

code 2006-11-22 "Former US President Jimmy Carter met Nepal's king on Monday. He also informed that 10 observers will soon arrive in Kathmandu."
lacks_event "whom one informs is the object, not a place in what was said" '"target":{"code":"NPL"' '"cameo":"064"'
code 2006-11-22 "Jimmy Carter informed Nepal's king that 10 observers will soon arrive."
has_event "... the one informed is" '"source":{"code":"USAELI"' '"target":{"code":"NPLGOV"' '"cameo":"064"'

code 1997-04-09 "Hong Kong Democratic Party leader Martin Lee rejected any link between Chinese efforts to funnel illicit donations to US congressional campaigns and his own fundraising."
lacks_event "a phrase after a noun's infinitive is that infinitive's" '"target":{"code":"USA"'
code 2006-12-15 "Tony Blair defended the decision to ditch a fraud inquiry into a weapons deal with Saudi Arabia."
lacks_event "... 'the decision to drop' an inquiry into a deal with Saudi Arabia" '"target":{"code":"SAU"'
code 2005-11-15 "Taliban militants have vowed to continue the holy war against the Karzai government."
has_event "... but the verb's own infinitive's phrase is the verb's" '"source":{"code":"AFGREB"' '"target":{"code":"AFGGOV"' '"cameo":"138"'
code 2006-12-15 "Britain expressed willingness to become a partner of Zimbabwe."
has_event "... and so is that of a noun of the subject's stance" '"source":{"code":"GBR"' '"target":{"code":"ZWE"' '"cameo":"030"'
code 2006-12-24 "Olmert agreed to release the money in order to help the Palestinian people."
has_event "... and so is 'in order to' (agreed to: an intent to aid, now that Olmert is read as a name)" '"source":{"code":"ISRGOV"' '"target":{"code":"PSE"' '"cameo":"033"'
code 2006-12-20 "Ansar al-Sunna threatened students at Baghdad University."
has_event "Ansar al-Sunna in 2006 is Iraq's insurgent group" '"source":{"code":"IRQREB"' '"cameo":"13'
code 2020-08-12 "Ansar al-Sunna attacked the port of Mocimboa da Praia."
has_event "... and Mozambique's insurgents from 2017" '"source":{"code":"MOZREB"' '"target":{"code":"MOZ"' '"cameo":"19'
lacks_event "Mocimboa da Praia is no Cape Verde" '"target":{"code":"CPV"'
code 1997-04-03 "The Congress (I) party withdrew its support from the government."
has_event "Congress (I) is India's Congress party, OPP in 1997" '"source":{"code":"INDOPP"' '"cameo":"16'
code 2006-12-26 "The supreme court rejected a plea by Hussain Mohammad Ershad."
has_event "Ershad after his fall leads the Jatiya Party in opposition" '"target":{"code":"BGDOPP"' '"cameo":"12'
code 1988-06-01 "President Ershad met Indian Prime Minister Rajiv Gandhi in Dhaka."
has_event "... and governed Bangladesh to 1990" '"source":{"code":"BGDGOV"' '"target":{"code":"INDGOV"' '"cameo":"04'
code 2005-11-04 "Russian Prime Minister Mikhail Yefimovich Fradkov left Beijing on Friday afternoon, ending his official visit to China."
has_event "Fradkov named with his patronymic" '"source":{"code":"RUSGOV"' '"target":{"code":"CHN"' '"cameo":"042"'
code 2005-12-17 "Radmila Sekerinska met EU enlargement commissioner Olli Rehn in Brussels."
has_event "Sekerinska was Macedonia's deputy prime minister 2002-2006" '"source":{"code":"MKDGOV"' '"cameo":"04'
code 2024-06-10 "Edgard Leblanc Fils called on Kenya to send its police force quickly."
has_event "Leblanc Fils, Haiti's Transitional Presidential Council" '"source":{"code":"HTIGOV"' '"target":{"code":"KEN'
code 2005-12-21 "The Islamic Defenders Front attacked a church in West Java."
has_event "Indonesia's Islamic Defenders Front, a vigilante movement" '"source":{"code":"IDNRAD"' '"cameo":"19'
code 2024-01-17 "Jaysh al-Adl attacked Iranian border guards near Saravan."
has_event "Jaysh al-Adl spelt with a y" '"source":{"code":"IRNREB"' '"target":{"code":"IRNCOP"' '"cameo":"19'

code 2012-05-14 "Police in Santiago de Cuba arrested two dissidents."
has_event "Santiago de Cuba is Cuba's, no Chile's capital" '"source":{"code":"CUBCOP"' '"cameo":"173"'
code 2012-05-14 "Gunmen in the northern Lebanese city of Tripoli attacked the army."
has_event "the Lebanese city of Tripoli is Lebanon's, no Libya's capital" '"source":{"code":"LBN' '"target":{"code":"LBNMIL"'
lacks_event "... and names no Libyan" '"source":{"code":"LBY'
# Verb patterns of round verb11 (docs/dictionaries.md, "Verb patterns").
code 1997-04-09 "German prosecutors have linked Iranian President Ali Akbar Hashemi Rafsanjani with the 1992 assassinations."
has_event "someone linked with a misdeed is accused of it" '"source":{"code":"DEUJUD"' '"target":{"code":"IRNGOV"' '"cameo":"1121"'
code 2006-12-01 "The pipeline links China with Kazakhstan."
lacks_event "a link of any other kind is no accusation" '"cameo":"112'
code 2006-12-01 "South Africa, India and Brazil have agreed to enhance their cooperation on tax and customs."
has_event "cooperation on tax and customs is economic" '"source":{"code":"ZAF"' '"target":{"code":"IND"' '"cameo":"0311"'
code 2006-12-23 "Iran will seriously revise the nature of its relationship with the International Atomic Energy Agency."
lacks_event "ties revised yield to no demand" '"cameo":"083'
code 1997-04-23 "ASEAN would discuss the issue further at a special foreign ministers meeting next month."
lacks_event "those at a meeting named for them are no partner in discussing" '"cameo":"040"'
code 2019-12-01 "Putin discussed Syria with Erdogan at the summit."
has_event "... the partner after 'with' still is" '"source":{"code":"RUSGOV"' '"target":{"code":"TURGOV"' '"cameo":"040"'

code 2005-11-11 "Hu Jintao is to pay state visits as guest of Indian President Abdul Kalam."
has_event "a visit paid as someone's guest is to them" '"source":{"code":"CHNGOV"' '"target":{"code":"INDGOV"' '"cameo":"042"'
has_event "... and they host it" '"source":{"code":"INDGOV"' '"target":{"code":"CHNGOV"' '"cameo":"043"'

code 2005-12-05 "Indonesian minister Aburizal Bakrie has shifted to be coordinating minister for people's welfare."
lacks_event "a coordinating minister is a title, no act of coordination" '"cameo":"060"'
code 2005-12-05 "Indonesia coordinated its response with Malaysia."
has_event "... coordinating with someone is" '"source":{"code":"IDN"' '"target":{"code":"MYS"' '"cameo":"060"'

code 2006-12-16 "The West, which considers Hamas a terrorist organization, is demanding that the movement recognize Israel."
lacks_event "a name no dictionary knows before 'which' is the subject, not the actor in its relative clause" '"source":{"code":"PSEREB"'
code 2006-11-14 "South Korean Vice Defense Minister Hwang Kyu-sik, who left for the UAE on Tuesday, will sign an agreement with UAE officials on Wednesday."
has_event "... but its title is" '"source":{"code":"KORGOVMIL"' '"target":{"code":"AREGOV"' '"cameo":"057"'

code 2006-12-15 "Hamas gunmen went on the rampage waiting for Ismail Haniya to cross back into the strip."
lacks_event "a phrase after a participle that follows a noun is the participle's" '"target":{"code":"PSEGOV"'
has_event "... the act itself stays" '"source":{"code":"PSEREBUAF"' '"cameo":"145"'
code 1997-04-15 "China has agreed to provide aid totalling five million yuan to Mauritius."
has_event "... not after an amount ('totalling')" '"source":{"code":"CHN"' '"target":{"code":"MUS"'
code 1997-04-12 "Liberian security officials seized a craft belonging to the Sierra Leone Navy on Friday."
has_event "... nor after 'belonging to'" '"source":{"code":"LBRCOP"' '"target":{"code":"SLEMIL"' '"cameo":"1711"'
code 2006-11-06 "Japan proposed holding talks with China on the sidelines of the summit."
has_event "... and the verb's own gerund keeps its phrase" '"source":{"code":"JPN"' '"target":{"code":"CHN"' '"cameo":"036"'
code 2006-12-14 "The EU deplored the violence at the crossing between Egypt and Gaza on Thursday."
lacks_event "those a crossing or border runs between only say where" '"target":{"code":"EGY"'
code 2006-11-06 "The accord, signed between Kenyan Trade Minister Mukhisa Kituyi and Indian Commerce Minister Kamal Nath, cuts tariffs."
has_event "a pact signed between two sides binds each to the other" '"source":{"code":"KENGOV' '"target":{"code":"INDGOV' '"cameo":"057"'
has_event "... both ways" '"source":{"code":"INDGOV' '"target":{"code":"KENGOV' '"cameo":"057"'
code 2005-11-12 "Ghana's foreign minister spoke to reporters while talking about a recent visit to Tokyo by the vice-president."
lacks_event "a visit talked about is no talk with its host" '"target":{"code":"JPN"'
code 2005-11-12 "Putin spoke about Iran with Bush."
has_event "... one talked with still is a partner" '"source":{"code":"RUSGOV"' '"target":{"code":"USAGOV"' '"cameo":"040"'
code 1997-04-23 "Indian and Pakistani officials will sit down for talks on Kashmir in May."
has_event "sitting down for talks negotiates" '"source":{"code":"IND' '"target":{"code":"PAK' '"cameo":"046"'
code 2005-04-23 "Putin will sit down with Bush on Monday."
has_event "... and so does sitting down with someone, both ways" '"source":{"code":"USAGOV"' '"target":{"code":"RUSGOV"' '"cameo":"046"'
code 2006-12-02 "Haniya, who came to Qatar from Egypt on his first trip abroad, met the emir."
has_event "coming to a place visits it" '"source":{"code":"PSEGOV"' '"target":{"code":"QAT"' '"cameo":"042"'
has_event "... and the place hosts the visit" '"source":{"code":"QAT"' '"target":{"code":"PSEGOV"' '"cameo":"043"'
code 2006-12-02 "Russia came to Serbia's defence at the United Nations."
lacks_event "coming to someone's defence visits no one" '"cameo":"04'
code 2006-12-31 "Slovenia is coming closer to the European Union."
lacks_event "... nor does coming closer to a union" '"cameo":"04'

code 2006-05-01 "The talks between Iran and Iraq focused on oil and refugees."
has_event "talks between two sides that focused on something were held by each with the other" '"source":{"code":"IRN"' '"target":{"code":"IRQ"' '"cameo":"046"'
has_event "... both ways" '"source":{"code":"IRQ"' '"target":{"code":"IRN"' '"cameo":"046"'
code 2006-05-01 "The meeting between Putin and Bush lasted two hours."
has_event "a meeting between two that lasted was held" '"source":{"code":"RUSGOV"' '"target":{"code":"USAGOV"' '"cameo":"040"'
code 2006-05-01 "Putin will focus on Iran at the summit."
lacks_event "... but focusing on someone meets no one" '"target":{"code":"IRN"'

code 2025-03-18 "Turkey offered to mediate between Russia and Ukraine."
has_event "an intent to mediate is 039, not 036" '"source":{"code":"TUR"' '"target":{"code":"UKR"' '"cameo":"039"'
code 2025-03-18 "Egypt urged Qatar to mediate between Hamas and Israel."
has_event "... and an appeal to mediate 028" '"source":{"code":"EGY"' '"target":{"code":"QAT"' '"cameo":"028"'
# Actors of round actors12 (docs/dictionaries.md).
code 2006-12-12 "US-led security forces shot dead four suspected Taliban militants."
has_event "forces 'US-led' are the United States'" '"source":{"code":"USA' '"target":{"code":"AFGREB"' '"cameo":"19'
code 2006-11-23 "The Nepal Workers' and Peasants' Party criticised the government."
has_event "Nepal's Workers' and Peasants' Party is a party" '"source":{"code":"NPLOPP"' '"target":{"code":"NPLGOV"' '"cameo":"11'
lacks_event "... not workers and peasants" '"code":"---AGR"'
code 2006-11-23 "Nepal Workers' and Peasants' Party (NWPP) decided not to join the interim government."
lacks_event "... nor a Nepalese labour sector" '"code":"NPLLAB"'
code 2023-06-14 "The Karenni Nationalities Defense Force attacked a junta base in Kayah State."
has_event "Karenni armed groups are Myanmar's rebels" '"source":{"code":"MMRREB"' '"cameo":"19'
code 2023-11-20 "Chin National Army fighters ambushed junta troops."
has_event "Chin armed groups too" '"source":{"code":"MMRREB"' '"cameo":"19'
code 2025-03-01 "Twirwaneho fighters attacked Congolese soldiers in South Kivu."
has_event "Twirwaneho are Congo's rebels" '"source":{"code":"CODREB"' '"target":{"code":"CODMIL"' '"cameo":"19'

code 2019-04-01 "Ansarul Islam fighters attacked a police post in northern Burkina Faso."
has_event "Ansarul Islam is Burkina Faso's rebels" '"source":{"code":"BFAREB"' '"cameo":"19'
code 2016-02-11 "The Southern Movement accused the government of neglecting Aden."
has_event "Yemen's Southern Movement is a separatist movement" '"source":{"code":"YEMSEP"' '"target":{"code":"YEMGOV"' '"cameo":"112'
code 2022-01-20 "The Giants Brigades attacked Houthi positions in Shabwa."
has_event "the Giants Brigades fight the Houthis on the government's side" '"source":{"code":"YEMUAF"' '"target":{"code":"YEMREB"' '"cameo":"19'
code 2015-04-25 "Jaish al-Fatah fighters attacked government troops near Jisr al-Shughur."
has_event "Jaish al-Fatah is Syria's rebels" '"source":{"code":"SYRREB"' '"cameo":"19'
code 2024-01-10 "The Restoration Council of Shan State accused the junta of shelling villages."
has_event "Shan armed groups are Myanmar's rebels" '"source":{"code":"MMRREB"' '"target":{"code":"MMRGOV"' '"cameo":"112'

code 2016-05-01 "King Philippe met Emmanuel Macron in Paris."
has_event "King Philippe is Belgium's head of state" '"source":{"code":"BELGOV"' '"target":{"code":"FRAGOV"' '"cameo":"040"'
code 2010-05-01 "King Albert met Nicolas Sarkozy in Paris."
has_event "King Albert before 2013 too" '"source":{"code":"BELGOV"' '"target":{"code":"FRAGOV"' '"cameo":"040"'
code 2016-05-01 "King Carl Gustaf met Barack Obama."
has_event "King Carl Gustaf, his regnal number left out, is Sweden's" '"source":{"code":"SWEGOV"' '"target":{"code":"USAGOV"' '"cameo":"040"'
code 2010-05-01 "King Juan Carlos met Barack Obama."
has_event "King Juan Carlos is Spain's" '"source":{"code":"ESPGOV"' '"target":{"code":"USAGOV"' '"cameo":"040"'
code 2020-05-01 "Prince Charles met Emmanuel Macron in Paris."
has_event "Prince Charles before his accession is Britain's elite" '"source":{"code":"GBRELI"' '"target":{"code":"FRAGOV"' '"cameo":"040"'
code 2024-03-01 "Queen Margrethe met Emmanuel Macron in Paris."
has_event "a queen who abdicated is her country's elite" '"source":{"code":"DNKELI"' '"target":{"code":"FRAGOV"' '"cameo":"040"'
code 2025-05-01 "Queen Elizabeth had met Barack Obama in London."
lacks_event "a dead queen is no government" '"code":"---GOV"'
lacks_event "... of Britain either" '"code":"GBRGOV"'

code 2006-12-16 "Russia and China both criticised Japan."
has_event "a verb after 'both' that follows its subject is a verb" '"source":{"code":"CHN"' '"target":{"code":"JPN"' '"cameo":"111"'

code 1996-05-01 'Serbs fear the return of Croat refugees who were "ethnically cleansed" in 1991.'
lacks_event "refugees who were \"cleansed\" in scare quotes are victims" '"source":{"code":"HRVREF"'
code 1996-05-01 'Rebels were "brutally attacked" by the Russian army.'
has_event "... and the agent after the quoted participle is the source" '"source":{"code":"RUSMIL"' '"target":{"code":"RUSREB"' '"cameo":"190"'

code 2006-01-01 "The envoy who met Putin criticised China."
has_event "the verb after a relative clause is its head's" '"source":{"code":"---GOV"' '"target":{"code":"CHN"' '"cameo":"111"'
lacks_event "... not the relative clause's object's" '"source":{"code":"RUSGOV"' '"cameo":"111"'
code 2006-01-01 "A Briton believed to have helped Taliban fighters was detained by Pakistani police."
has_event "a reduced relative ('believed to have helped') between head and verb" '"source":{"code":"PAKCOP"' '"target":{"code":"GBR"' '"cameo":"173"'
code 2006-01-01 "A man suspected of attacking US troops was arrested by Iraqi police."
lacks_event "the object of 'suspected of attacking' was not arrested" '"target":{"code":"USAMIL"'
code 2006-01-01 "Hamas, which has controlled Gaza since 2007, fired rockets at Israel."
has_event "... nor is it the subject after the clause" '"source":{"code":"PSEREB"' '"target":{"code":"ISR"' '"cameo":"19'
code 2006-01-01 "Officials believe Russia attacked Ukraine."
has_event "a clause after a verb of thinking keeps its own subject" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"190"'

code 2006-12-19 "Olmert said after talks with Blair that Israel would help."
has_event "words said after talks with someone tell the talks" '"source":{"code":"ISRGOV"' '"target":{"code":"GBRGOV"' '"cameo":"046"'
has_event "... held by both sides" '"source":{"code":"GBRGOV"' '"target":{"code":"ISRGOV"' '"cameo":"046"'
code 2005-11-23 "Merkel told reporters after a meeting with European Commission President Jose Manuel Barroso."
has_event "... and after a meeting, a meeting" '"source":{"code":"DEUGOV"' '"target":{"code":"IGOEUREEC"' '"cameo":"040"'
code 2006-11-25 "The Mongolian prime minister arrived in Xi'an on Nov. 25 after visits to Beijing and Urumqi."
has_event "'after visits to' a capital goes on with the clause" '"source":{"code":"MNGGOV"' '"target":{"code":"CHN"' '"cameo":"042"'
code 1997-04-10 "Diplomats said no Asian country was willing to back the text after the defection of Japan."
lacks_event "'after the defection of Japan' is a clause of its own" '"target":{"code":"JPN"'
code 2006-12-19 "After talks with Blair, Olmert said Israel would help."
has_event "a phrase fronted before the subject is matched as if it followed the verb" '"source":{"code":"ISRGOV"' '"target":{"code":"GBRGOV"' '"cameo":"046"'
code 2005-11-15 "In a separate meeting with Indian Defense Minister Pranab Mukherjee, Sergei Ivanov said military cooperation would grow."
has_event "... 'in a meeting with'" '"source":{"code":"RUSGOV"' '"target":{"code":"INDGOV' '"cameo":"040"'
code 2005-11-15 "In Moscow, Ivanov said military cooperation would grow."
lacks_event "... but a bare place fronted is no one met" '"cameo":"04'
code 2005-11-15 "During a meeting in which he criticised Iran, Ivanov said military cooperation would grow."
lacks_event "... nor a fronted phrase with a clause of its own" '"target":{"code":"IRN"'
code 2006-05-10 "During a telephone conversation with Bush, Hu Jintao said ties were good."
has_event "words said in a call with someone tell the call" '"source":{"code":"CHNGOV"' '"target":{"code":"USAGOV"' '"cameo":"041"'
code 2006-11-20 "Mahmud Zahar said during a visit to Tehran that Iran had donated 120 million dollars."
has_event "... and words said during a visit to a country, the visit" '"source":{"code":"PSEGOV"' '"target":{"code":"IRN"' '"cameo":"042"'
code 1997-04-25 "KCNA said that Kim Jong-Il went on a visit to a KPA unit."
lacks_event "... not a visit the said clause tells of" '"source":{"code":"PRKMED"' '"cameo":"042"'
code 2006-12-27 "At the same time Israel will work with the Palestinian Authority."
has_event "a noun of time ends the phrase of a preposition" '"source":{"code":"ISR"' '"target":{"code":"PSEGOV"' '"cameo":"06'
code 1997-04-07 "This will be done by the time Prime Minister Hashimoto meets President Clinton."
has_event "... 'by the time' too" '"source":{"code":"JPNGOV"' '"target":{"code":"USAGOV"' '"cameo":"040"'
code 2005-11-12 "Busan is aiming to become a convention city through the successful hosting of this year's APEC forum."
lacks_event "... but not a possessive one, part of the name after it" '"target":{"code":"IGOASAAPC"'
# Surnames alone, dated to the years the news means one person by them
# (docs/dictionaries.md, "Surnames alone").
code 2005-11-29 "Annan urged Iran to cooperate fully with the IAEA."
has_event "Annan alone is the UN secretary-general" '"source":{"code":"IGOUNO"' '"target":{"code":"IRN"' '"cameo":"02'
code 1997-04-23 "Fujimori praised the commandos who stormed the residence."
has_event "Fujimori alone is Alberto while president" '"source":{"code":"PERGOV"' '"cameo":"051"'
code 2012-06-01 "Fujimori accused the government of persecuting her family."
lacks_event "Fujimori alone once Keiko is in politics is no one" '"code":"PER'
code 2003-05-20 "Koizumi met Bush at his ranch in Crawford."
has_event "Koizumi alone is the prime minister in 2003" '"source":{"code":"JPNGOV"' '"target":{"code":"USAGOV"' '"cameo":"040"'
code 2012-05-20 "Koizumi criticised the government over the nuclear plant."
lacks_event "Koizumi alone in 2012 is no one" '"code":"JPN'
code 2006-08-01 "Kaczynski accused Germany of rewriting history."
has_event "Kaczynski alone while both twins govern" '"source":{"code":"POLGOV"' '"target":{"code":"DEU"' '"cameo":"112"'
code 2009-02-01 "Kaczynski accused Germany of rewriting history."
lacks_event "Kaczynski alone in 2009: president or opposition leader" '"code":"POL'
code 2016-02-01 "Kaczynski accused the European Commission of interfering in Poland's affairs."
has_event "Kaczynski alone after 2010 is Jaroslaw" '"source":{"code":"POLELI"' '"target":{"code":"IGOEUREEC"' '"cameo":"112"'
code 2008-06-01 "Mutharika accused the opposition of plotting to topple his government."
has_event "Mutharika alone in 2008 is Bingu, president" '"source":{"code":"MWIGOV"' '"cameo":"112"'
code 2013-06-01 "Mutharika accused the government of mismanaging the economy."
has_event "Mutharika alone in 2013 is Peter, in opposition" '"source":{"code":"MWIOPP"' '"cameo":"112"'
code 2013-01-01 "Kilman thanked China for its aid to Vanuatu."
has_event "Kilman alone is Vanuatu's prime minister" '"source":{"code":"VUTGOV"' '"target":{"code":"CHN"' '"cameo":"051"'

# Short and variant names of armed groups (docs/dictionaries.md)
code 2005-11-20 "The al-Aqsa Brigades fired rockets at Israel."
has_event "the al-Aqsa Brigades are Fatah's armed wing" '"source":{"code":"PSEREB"' '"target":{"code":"ISR"' '"cameo":"194"'
code 2006-07-20 "India accused Lashkar-e-Tayyeba of carrying out the train blasts."
has_event "Lashkar-e-Tayyeba is Lashkar-e-Taiba" '"source":{"code":"IND"' '"target":{"code":"PAKREB"' '"cameo":"112'

# A paper named after its country is that country's media, not the state
code 2008-03-01 "The Kuwait Times accused the government of hiding the budget deficit."
has_event "the Kuwait Times is Kuwait's media" '"source":{"code":"KWTMED"' '"cameo":"112"'
lacks_event "... not the state of Kuwait" '"source":{"code":"KWT"'
code 2008-03-01 "The Myanmar Times criticised Thailand over the border closure."
has_event "the Myanmar Times is Myanmar's media" '"source":{"code":"MMRMED"' '"target":{"code":"THA"' '"cameo":"111"'
code 1997-04-04 "President Kabila dismissed the parliament on Monday."
lacks_event "a parliament dismissed is removed, not rejected" '"cameo":"12'
code 2006-03-01 "Iran rejected the Iraqi minister's plan."
has_event "a minister's plan rejected is a plan rejected" '"source":{"code":"IRN"' '"target":{"code":"IRQGOV"' '"cameo":"127"'
code 2006-03-01 "Mugabe dismissed the British government's offer."
has_event "an offer dismissed names its author, not an office removed" '"source":{"code":"ZWEGOV"' '"target":{"code":"GBRGOV"' '"cameo":"127"'
code 2006-03-01 "Putin dismissed the British minister's remarks."
has_event "remarks dismissed are rejected" '"source":{"code":"RUSGOV"' '"target":{"code":"GBRGOV"' '"cameo":"120"'
code 2006-12-27 "The clerics vowed to dig in for a long war with Ethiopian troops."
has_event "a war vowed is a threat of force" '"target":{"code":"ETHMIL"' '"cameo":"138"'
lacks_event "... no intent to cooperate" '"cameo":"030"'
code 2006-03-01 "Manila sent a diplomatic protest to Beijing."
has_event "a protest sent is a complaint" '"source":{"code":"PHL"' '"target":{"code":"CHN"' '"cameo":"114"'
code 2006-03-01 "Japan looks forward to closer cooperation with China."
has_event "cooperation looked forward to is the intent to cooperate" '"source":{"code":"JPN"' '"target":{"code":"CHN"' '"cameo":"030"'
code 2006-03-01 "Russian troops defended Abkhazia against Georgian attacks."
has_event "one defended against attacks is protected by force" '"source":{"code":"RUSMIL"' '"cameo":"074"'
code 2006-03-01 "Russia defended Iran at the Security Council."
has_event "one defended in words is supported verbally" '"source":{"code":"RUS"' '"target":{"code":"IRN"' '"cameo":"052"'

code 1997-04-01 "Gingrich said the United States would defend Taiwan if China launched a military assault."
has_event "a state that would defend another promises it protection" '"source":{"code":"USA"' '"target":{"code":"TWN"' '"cameo":"0334"'
code 2006-03-01 "Russia will defend Iran's right to nuclear energy."
lacks_event "a right to be defended is no protection promised" '"cameo":"0334"'
code 2006-11-21 "Tanzania quit COMESA in 2000."
has_event "a state quitting a body withdraws from it" '"source":{"code":"TZA"' '"cameo":"166"'
lacks_event "... and hands no office over" '"cameo":"0831"'
code 2006-11-08 "Rumsfeld has been under pressure to resign over his handling of the Iraq war."
lacks_event "a minister resigning over a war leaves no body" '"cameo":"166"'

code 2005-11-25 "Mongolia attaches great importance to its relations with China."
has_event "importance attached to ties with someone endorses them" '"source":{"code":"MNG"' '"target":{"code":"CHN"' '"cameo":"051"'
code 2005-11-25 "China values its friendship with Pakistan."
has_event "a friendship valued endorses the friend" '"source":{"code":"CHN"' '"target":{"code":"PAK"' '"cameo":"051"'
code 2005-11-15 "The Chinese government attaches great importance to the safety of foreign nationals in China."
lacks_event "those whose safety matters are not endorsed" '"cameo":"051"'

code 2005-11-30 "Hu Jintao exchanged views with Vladimir Putin on the Korean issue."
has_event "views exchanged with someone are a consultation" '"source":{"code":"CHNGOV"' '"target":{"code":"RUSGOV"' '"cameo":"040"'
has_event "... each with the other" '"source":{"code":"RUSGOV"' '"target":{"code":"CHNGOV"' '"cameo":"040"'
code 2005-11-30 "China and Russia reached consensus on the issue."
has_event "consensus reached by a compound subject is accord, each with the other" '"source":{"code":"RUS"' '"target":{"code":"CHN"' '"cameo":"019"'
code 2005-11-22 "Chinese Foreign Minister Li Zhaoxing had a telephone conversation with his Syrian counterpart Faruk al-Shareh."
has_event "a telephone conversation had with someone is a call" '"source":{"code":"CHNGOV"' '"target":{"code":"SYRGOV"' '"cameo":"041"'
code 2006-11-22 "Indonesia had so far cooperated with Singapore in parts supply."
has_event "'had' before a verb is its auxiliary" '"source":{"code":"IDN"' '"target":{"code":"SGP"' '"cameo":"060"'

code 2006-01-10 "Japan renewed its call on North Korea to return to the talks."
has_event "a call renewed on someone appeals to them, as a call does (a return to talks: 026)" '"source":{"code":"JPN"' '"target":{"code":"PRK"' '"cameo":"026"'
code 2006-01-10 "Japan reiterated its call on North Korea to return to the talks."
has_event "a call reiterated on someone appeals to them" '"source":{"code":"JPN"' '"target":{"code":"PRK"' '"cameo":"026"'
lacks_event "... no mere statement" '"cameo":"010"'
code 2006-01-10 "India reaffirmed its commitment to cooperation with Russia."
has_event "a commitment to ties reaffirmed is the intent to cooperate" '"source":{"code":"IND"' '"target":{"code":"RUS"' '"cameo":"030"'
code 2006-01-10 "The EU renewed its sanctions on Belarus."
has_event "sanctions renewed are imposed" '"target":{"code":"BLR"' '"cameo":"163"'

code 1997-04-07 "Paris wants to open a new chapter of ties with Beijing."
has_event "a new chapter of ties wanted is the intent of diplomatic cooperation" '"source":{"code":"FRA"' '"target":{"code":"CHN"' '"cameo":"032"'
code 2006-11-20 "China and Japan opened a new chapter in their relations."
has_event "a new chapter opened by a compound subject binds each to the other" '"source":{"code":"JPN"' '"target":{"code":"CHN"' '"cameo":"050"'

code 2006-11-20 "The Arab League kept in touch with the Somali government."
has_event "the one kept in touch with is consulted" '"source":{"code":"IGOMEAARL"' '"target":{"code":"SOMGOV"' '"cameo":"040"'

code 2006-01-01 "Putin hopes to meet Erdogan next month."
has_event "a hope to meet is an intent to meet" '"source":{"code":"RUSGOV"' '"target":{"code":"TURGOV"' '"cameo":"036"'
code 2006-11-03 "Uganda hopes to expand cooperation with China."
has_event "... a hope to expand cooperation an intent to cooperate" '"source":{"code":"UGA"' '"target":{"code":"CHN"' '"cameo":"032"'

code 2006-01-01 "China had talks with Russia on Monday."
has_event "talks had with someone were held with them" '"source":{"code":"CHN"' '"target":{"code":"RUS"' '"cameo":"046"'
has_event "... by both" '"source":{"code":"RUS"' '"target":{"code":"CHN"' '"cameo":"046"'
code 2006-01-01 "Putin had a meeting with Erdogan."
has_event "a meeting had with someone" '"source":{"code":"RUSGOV"' '"target":{"code":"TURGOV"' '"cameo":"040"'
code 2006-01-01 "China had cooperated with Russia."
has_event "'had' before a participle stays an auxiliary" '"source":{"code":"CHN"' '"target":{"code":"RUS"' '"cameo":"0'

code 2006-01-01 "Russia said Ukraine must withdraw its troops."
has_event "what one says another must do is demanded of them" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"106"'
lacks_event "... and not done" '"cameo":"0874"'
code 2006-01-01 "China said the United States must withdraw its troops."
has_event "... also after an article" '"source":{"code":"CHN"' '"target":{"code":"USA"' '"cameo":"106"'
code 2006-01-01 "The UN said that Israel should release the prisoners."
has_event "... with 'that' and 'should'" '"source":{"code":"IGOUNO"' '"target":{"code":"ISR"' '"cameo":"1053"'
code 2006-01-01 "Russia said it must defend Syria."
lacks_event "what the speaker says it must do itself is no demand" '"cameo":"10'

# International bodies named by their missions and groups (dict/organisations.dyad)
code 2016-04-05 "The Minsk Group urged Armenia and Azerbaijan to respect the ceasefire."
has_event "the OSCE's Minsk Group is the OSCE" '"source":{"code":"IGOEURSCE"' '"target":{"code":"ARM"'
lacks_event "... and its name no Belarus" '"code":"BLR"'
code 2006-12-15 "Hamas accused Force 17 of trying to kill Haniya."
has_event "Force 17, the Palestinian presidential guard, is PSEMIL" '"source":{"code":"PSEREB"' '"target":{"code":"PSEMIL"' '"cameo":"112"'
code 2008-01-10 "UNMIN criticised the Maoists for recruiting children."
has_event "UNMIN, the UN mission in Nepal, is the UN" '"source":{"code":"IGOUNO"' '"cameo":"111"'
code 2009-07-01 "SICA suspended Honduras."
has_event "SICA, the Central American Integration System, is a Latin American IGO" '"source":{"code":"IGOLAM"' '"target":{"code":"HND"'
code 1999-04-01 "The UN Commission on Human Rights criticised China."
has_event "the UN Commission on Human Rights is the UN's rights body" '"source":{"code":"IGOUNOHRI"' '"target":{"code":"CHN"' '"cameo":"111"'
code 2009-01-10 "EULEX arrested a Serbian official in Kosovo."
has_event "EULEX, the EU's mission in Kosovo, is the EU" '"source":{"code":"IGOEUREEC"' '"cameo":"173"'
code 2010-01-10 "The Bolivarian Alliance for the Americas condemned the United States."
has_event "ALBA by its other English name" '"source":{"code":"IGOLAMALB"' '"target":{"code":"USA"' '"cameo":"111"'

# Papers named after a state or its capital are that state's media, not the state
code 2015-06-01 "The Washington Times criticised Iran."
has_event "the Washington Times is USAMED" '"source":{"code":"USAMED"' '"target":{"code":"IRN"' '"cameo":"111"'
code 2015-06-01 "The Manila Times criticised China."
lacks_event "the Manila Times is no act of the Philippines" '"source":{"code":"PHL"'
code 2015-06-01 "The China Times accused Beijing of intimidation."
has_event "the China Times is Taiwan's paper" '"source":{"code":"TWNMED"' '"target":{"code":"CHN"' '"cameo":"112"'
code 2006-11-30 "Germany has insisted that Iran has the right to nuclear power."
lacks_event "what one insists is so is a statement, no demand" '"cameo":"10'
code 2006-01-01 "Russia insisted Ukraine must withdraw its troops."
has_event "... what one insists another must do is demanded of them" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"106"'
code 2006-01-01 "Israel insisted on a ceasefire with Hamas."
has_event "... and what one insists on is demanded" '"source":{"code":"ISR"' '"cameo":"107"'

code 2005-11-18 "Russia said it was unfair to blame China for the rise in oil prices."
lacks_event "a blame called unfair is denied, not laid" '"cameo":"112'
code 2005-11-18 "Russia said it was too early to accuse China of the attack."
lacks_event "... as is one called too early" '"cameo":"112'
code 2005-11-18 "Russia blamed China for the attack."
has_event "... and a blame laid is an accusation" '"source":{"code":"RUS"' '"target":{"code":"CHN"' '"cameo":"112'

code 2006-11-30 "Prodi promised the withdrawal of Italian forces from Iraq."
has_event "a withdrawal promised is from the place after 'from'" '"source":{"code":"ITA' '"target":{"code":"IRQ"' '"cameo":"0356"'
lacks_event "... not of the troops withdrawn" '"target":{"code":"ITAMIL"'

code 2006-11-20 "Japan maintained its economic aid to China."
has_event "aid maintained for someone is given" '"source":{"code":"JPN"' '"target":{"code":"CHN"' '"cameo":"071"'
code 2006-11-20 "Russia keeps up its military assistance to Syria."
has_event "... as is aid kept up" '"source":{"code":"RUS"' '"target":{"code":"SYR"' '"cameo":"072"'

code 2006-12-14 "India sought Japanese financing for a proposed railway."
has_event "financing sought is an appeal for economic aid" '"source":{"code":"IND' '"target":{"code":"JPN"' '"cameo":"0231"'
code 2006-12-14 "India sought financing from Japan."
lacks_event "... and the noun is no act of financing" '"cameo":"071"'

code 1997-04-22 "Indian police fired on a rampaging mob on Tuesday."
has_event "police act at home: the crowd they face is of their country" '"source":{"code":"INDCOP"' '"target":{"code":"INDCVL"'

code 1997-04-08 "The settlers were detained by Israeli police."
has_event "... also in the passive" '"source":{"code":"ISRCOP"' '"target":{"code":"ISRCVL"'

code 1997-04-15 "South Korea's parliamentary speaker was resisting prosecutors' demands that he be questioned."
has_event "a legislature and prosecutors of no named country face each other at home" '"source":{"code":"KORLEG"' '"target":{"code":"KORJUD"'

code 2006-12-17 "US soldiers wounded two civilians on Monday."
lacks_event "an army acts abroad: the civilians it faces are not of its country" '"target":{"code":"USACVL"'

code 2006-12-05 "Abdullah Gul said after talks here with his Swedish counterpart Carl Bildt that the proposal was unacceptable."
has_event "words said after talks held here tell the talks" '"source":{"code":"TURGOV"' '"target":{"code":"SWEGOV"' '"cameo":"046"'

code 2006-12-05 "Blair told reporters after talks in Rome with Prodi that Europe must act."
has_event "... and after talks held in a named place" '"source":{"code":"GBRGOV"' '"target":{"code":"ITAGOV"' '"cameo":"046"'

code 2006-01-06 "The dispute should not be politicised, Russian President Vladimir Putin said Friday after a telephone discussion with Ukrainian counterpart Viktor Yushchenko."
has_event "words said after a telephone discussion tell the call" '"source":{"code":"RUSGOV"' '"target":{"code":"UKRGOV"' '"cameo":"041"'

code 1997-04-15 "Iran criticised the Clinton administration on Monday."
has_event "'Clinton' alone is the president while he is in office" '"source":{"code":"IRN"' '"target":{"code":"USAGOV"' '"cameo":"111"'

code 2006-04-15 "Iran criticised Clinton on Monday."
lacks_event "... and no one after it (Bill or Hillary)" '"target":{"code":"USA'

code 2006-11-18 "Chinese President Hu Jintao met Japanese Prime Minister Shinzo Abe on Saturday. The two sides agreed to resume talks on the gas fields."
has_event "'the two sides' are those of the last event between two countries" '"source":{"code":"JPNGOV"' '"target":{"code":"CHNGOV"' '"cameo":"036"'

code 2006-11-18 "Vietnam and China signed a border treaty on Monday. Both countries pledged to expand trade."
has_event "... 'both countries' the countries alone" '"source":{"code":"VNM"' '"target":{"code":"CHN"' '"cameo":"0311"'

code 2006-11-18 "Chinese President Hu Jintao met US President George W. Bush on Monday. Croatian Prime Minister Ivo Sanader met his Libyan counterpart, Shukri Ghanem, in Zagreb on Friday and the two leaders pledged to revitalize economic ties."
has_event "... the two a sentence names before the phrase come first" '"source":{"code":"LBYGOV"' '"target":{"code":"HRVGOV"' '"cameo":"0311"'
lacks_event "... not the pair of the story's last event" '"cameo":"0311"' '"target":{"code":"USAGOV"'

code 2006-11-18 "Chinese President Hu Jintao met US President George W. Bush on Monday. Officials from the two countries discussed trade."
lacks_event "... 'from the two countries' says whose the officials are" '"sentence":2'
code 2006-05-01 "Diplomats from Japan and China will meet on Friday in Geneva to discuss trade."
has_event "where people come from gives way to where they meet" '"source":{"code":"JPNGOV"' '"cameo":"040"' '"location":{"name":"Geneva"'
code 2006-05-01 "Philippine police handed over two marines from the US bases in Okinawa to the US embassy."
has_event "... but not to a place in the same phrase as where they came from" '"cameo":"0874"' '"location":null'
code 2006-05-01 "The minister will travel to Peru, Chile and Bolivia next week."
has_event "each country of a list visited is the place of its visit" '"target":{"code":"BOL"' '"cameo":"042"' '"location":{"name":"Bolivia"'
code 2006-05-01 "Nairobi has been hosting talks on Somalia."
has_event "... and a host named by its city is the place" '"source":{"code":"KEN"' '"cameo":"043"' '"location":{"name":"Nairobi"'
code 2006-05-01 "Japanese Foreign Minister Taro Aso and visiting senior U.S. diplomats agreed on Monday that North Korea should abandon all nuclear programs."
lacks_event "a country qualifying a noun is no place visited" '"location":{"name":"United States"'
code 2006-05-01 "The Iraqi prime minister paid a visit to the university on Tuesday."
has_event "a common noun visited is no town's name" '"cameo":"042"' '"location":null'
code 2006-05-01 "Sudanese and Chadian officials began talks on Monday at Egypt's request."
has_event "who asked for talks is not where they are held" '"source":{"code":"SDNGOV"' '"cameo":"046"' '"location":null'
code 2006-05-01 "British Prime Minister Tony Blair met President George W. Bush at the White House on Monday."
has_event "a seat of government is in its city" '"source":{"code":"GBRGOV"' '"cameo":"040"' '"location":{"name":"Washington D.C."'

code 2006-05-01 "Palestinian security sources said they had arrested three Jihad members in the Tulkarem area while Israel said its forces had arrested another Jihad activist in a refugee camp near Nablus."
has_event "of two statements in contrast, each has its own speaker" '"source":{"code":"ISRMIL"' '"cameo":"173"' '"speaker":"Israel"'
code 2006-05-01 "Bulgaria and Romania celebrated joining the European Union, but leaders warned reforms were still needed."
has_event "a speaker in a later statement in contrast says nothing of an earlier act" '"source":{"code":"BGR"' '"cameo":"050"' '"attribution":null'
code 2006-05-01 "Bulgaria and Romania celebrated joining the European Union, a moment that drew thousands to concerts but leaders warned reforms were still needed."
has_event "... also with no comma before 'but'" '"source":{"code":"BGR"' '"cameo":"050"' '"attribution":null'
code 2006-05-01 "Israel attacked Gaza on Monday, but Hamas did not respond, officials said."
has_event "... unless the speaker closes the sentence" '"source":{"code":"ISR"' '"speaker":"officials"'
code 2006-05-01 '"Israeli troops killed two militants in Gaza" on Monday, a senior Palestinian security official said.'
has_event "a quotation with no speaker of its own takes the sentence's" '"source":{"code":"ISRMIL"' '"cameo":"190"' '"speaker":"senior Palestinian security official"'
code 2006-05-01 "Israeli soldiers fired back at the militants, wounding three, witnesses said."
has_event "a closing speaker in lower case" '"source":{"code":"ISRMIL"' '"speaker":"witnesses"'

code 2006-05-01 "During his visit to China, Russian President Vladimir Putin met Chinese President Hu Jintao."
has_event "talks held during a visit are in the country visited" '"source":{"code":"RUSGOV"' '"cameo":"040"' '"location":{"name":"China"'
code 2006-05-01 "Bush, who will visit China next week, met Koizumi on Monday."
has_event "... but not a visit the sentence does not hold them during" '"source":{"code":"USAGOV"' '"cameo":"040"' '"location":null'
# Dating: the date of a noun, a concession, a "since" clause, a joined verb.
code 2006-12-20 "Israel signed an accord with Syria on the ceasefire of 1995."
has_event "a date after 'of' and a noun dates the noun, not the act" '"source":{"code":"ISR"' '"cameo":"057"' '"date":"2006-12-20"'
code 2006-12-20 "In the war of 1967, Israel seized land from Syria."
has_event "... but a noun the act is tied to dates it" '"source":{"code":"ISR"' '"date":"1967-01-01"'
code 2006-12-20 "Japan has firmly backed the Iraqi government, though relations were strained earlier this year by a row over oil."
has_event "a date after a concession that follows the act tells another fact" '"source":{"code":"JPN"' '"date":"2006-12-20"'
code 2006-12-20 "The World Bank will keep lending to Kenya despite anger over its debt default in 2004."
has_event "... as after 'despite'" '"source":{"code":"IGOUNODEVWBK"' '"date":"2006-12-20"'
code 2006-12-20 "On his first trip since Cairo and Ankara restored ties in 1988, Erdogan has invited Egyptian ministers to Turkey."
has_event "a date in a clause 'since' opens is not the main clause's" '"source":{"code":"TURGOV"' '"cameo":"036"' '"date":"2006-12-20"'
code 2006-12-20 "It was the worst clash since Indian troops seized the town on May 9, 1998 and attacked Pakistani soldiers."
has_event "... but a verb joined after the date is in the clause" '"source":{"code":"INDMIL"' '"target":{"code":"PAKMIL"' '"date":"1998-05-09"'
code 2006-12-20 "Merkel attended a summit in Paris in March 2003, and paid a visit to Russia in June 2004."
has_event "a verb joined by 'and' takes its own date after it" '"target":{"code":"RUS"' '"date":"2004-06-01"'
code 2006-12-20 "Egypt will offer aid to Jordan for the elections due in March."
has_event "a date after 'due' is the noun's" '"source":{"code":"EGY"' '"cameo":"033"' '"date":"2006-12-20"'
code 2006-12-20 "Iran demanded a trial of Saddam, citing his invading Kuwait in 1990."
has_event "a gerund after a possessive has its own date" '"source":{"code":"IRN"' '"date":"2006-12-20"'

code 2006-12-20 "A Dutch court has implicated Iranian officials in the bombing of a Paris cafe in 1986."
has_event "what is said, blamed or praised now: an old date after its noun is what it is about" '"source":{"code":"NLDJUD"' '"cameo":"112"' '"date":"2006-12-20"'
code 2006-12-20 "Poland complained about the World Bank's poor lending during 2004."
has_event "... as a complaint about a past year" '"source":{"code":"POL"' '"cameo":"114"' '"date":"2006-12-20"'
code 2006-12-20 "The French government was criticised by Algeria over its policies in 2005."
has_event "... but not in the passive" '"source":{"code":"DZA"' '"date":"2005-01-01"'
code 2006-12-20 "Iran backed the Syrian government throughout the 1990s."
has_event "... nor support, which lasts" '"source":{"code":"IRN"' '"cameo":"051"' '"date":"1990-01-01"'

code 2005-11-16 "The German leader, who is to be elected chancellor on Nov. 22, has indicated she would repair ties with Poland."
has_event "a date in a relative clause set off by commas is the clause's, known verb or not" '"source":{"code":"DEUGOV"' '"cameo":"050"' '"date":"2005-11-16"'
code 2005-11-16 "A car bomb exploded Sunday near the hall where Iraq's parliament will meet next week, killing two Iraqi soldiers."
has_event "... and so is one in a clause 'where' opens" '"target":{"code":"IRQMIL"' '"cameo":"190"' '"date":"2005-11-13"'
code 2005-11-16 "Egypt also extended an invitation to Jordan to attend the session that will be hosted by Qatar next year."
has_event "an act in the simple past, an adverb before it, is done by now" '"source":{"code":"EGY"' '"cameo":"026"' '"date":"2005-11-16"'

code 2006-12-20 "The cabinet met on March 6, a day after Hamas gunmen killed three Israeli soldiers."
has_event "an act a length 'after' another's date was that long before it" '"target":{"code":"ISRMIL"' '"cameo":"180"' '"date":"2006-03-05"'
code 2006-12-20 "Egypt recalled its envoy in 2003, two years after Israeli troops attacked Lebanon."
has_event "... at the length's grain" '"source":{"code":"ISRMIL"' '"date":"2001-01-01"'
code 2006-12-20 "The cabinet met on March 6, hours after Hamas gunmen killed three Israeli soldiers."
has_event "... a vague length leaves the date" '"target":{"code":"ISRMIL"' '"date":"2006-03-06"'
code 2006-12-20 "On June 28, three days after Hamas gunmen kidnapped an Israeli soldier, Israeli troops shelled Gaza."
has_event "... and an act after the clause's comma keeps the date" '"source":{"code":"ISRMIL"' '"date":"2006-06-28"'
has_event "... while the act in the clause moves" '"cameo":"181"' '"date":"2006-06-25"'
code 2006-12-20 "Germany and Italy want an explicit statement from the European Union on enlargement."
lacks_event "a thing wanted is no intent to cooperate with whoever its words name" '"cameo":"030"'
code 2005-12-03 "France wanted a new prime minister appointed in Ivory Coast."
has_event "... but someone wanted to act is appealed to" '"source":{"code":"FRA"' '"target":{"code":"CIVGOV"' '"cameo":"020"'
code 2006-12-20 "Romania wants a closer partnership with Moldova."
has_event "... and what is wanted with someone is the intent to cooperate" '"source":{"code":"ROU"' '"target":{"code":"MDA"' '"cameo":"030"'
code 2006-12-21 "Romania is planning to resend to Afghanistan a team of 200 engineers."
lacks_event "an unknown act done to someone is no intent to cooperate with them" '"cameo":"030"'
code 2006-12-11 "Shell, which runs a gas project off Russia's coast, hit a deadlock in talks with Gazprom."
lacks_event "a deadlock hit is no force" '"cameo":"190"'
code 2005-11-12 "The Liberian opposition leader protested to the NEC on Tuesday."
lacks_event "a protest to a body the dictionaries do not know is no demonstration" '"cameo":"141"'

code 2006-11-16 "Ukraine secured gas supplies from Turkmenistan for next year."
has_event "supplies secured from a country are trade with it" '"source":{"code":"UKR"' '"target":{"code":"TKM"' '"cameo":"061"'
code 2006-11-16 "The French president began an Asian tour in Hanoi."
has_event "a tour named for a region visits it" '"source":{"code":"FRAGOV"' '"target":{"code":"ASA"' '"cameo":"042"'

code 2006-11-16 "Poland wants more weight in the decisions of the European Commission."
lacks_event "... nor is a thing wanted whose words name someone after 'of'" '"cameo":"030"'

code 2006-11-16 "The European Union is willing to grant Croatia a transition period for its farm rules."
lacks_event "a period granted is no aid" '"cameo":"03'
lacks_event "... nor aid given" '"cameo":"07'

code 2006-12-21 "Russia's state gas monopoly Gazprom wants to increase the price for gas sold to Armenia."
lacks_event "a price raised for goods sold is no intent to trade or cooperate" '"cameo":"03'
# Actors and agents of the news the dictionaries knew no name for (dict/*.dyad).
code 2006-11-20 "Jordan urged the Middle East Quartet to revive the stalled peace process."
has_event "the Quartet on the Middle East is an IGO of its own" '"source":{"code":"JOR' '"target":{"code":"IGOQRT"' '"cameo":"02'
code 1997-04-24 "China sharply criticised the Dalai Lama on Thursday."
has_event "the Dalai Lama is Tibet's religious leader" '"source":{"code":"CHN' '"target":{"code":"CHNREL"' '"cameo":"11'
code 2006-11-28 "Some Chinese schools expelled pupils with poor grades."
has_event "schools are education" '"source":{"code":"CHNEDU"'
code 2005-11-16 "Italian police arrested 40 illegal immigrants on Wednesday."
has_event "immigrants are civilians" '"source":{"code":"ITACOP"' '"target":{"code":"---CVL"' '"cameo":"173"'
code 2006-12-29 "A Somali warlord attacked government troops near Baidoa."
has_event "a warlord is an irregular armed actor" '"source":{"code":"SOMUAF"'
code 2006-11-20 "The Chinese Politburo criticised Japan on Monday."
has_event "a politburo governs" '"source":{"code":"CHNGOV"' '"target":{"code":"JPN"'
code 1997-04-20 "The United Front criticised the Bharatiya Janata Party on Sunday."
has_event "India's United Front governed in 1996-1998" '"source":{"code":"INDGOV"' '"target":{"code":"INDOPP"'
code 2006-04-20 "The United Front criticised the Bharatiya Janata Party on Sunday."
lacks_event "... and is no actor after" '"source":{"code":"INDGOV"'
code 1997-04-16 "Tony Blair criticised John Major on Wednesday."
has_event "Blair led the opposition before May 1997" '"source":{"code":"GBROPP"' '"target":{"code":"GBRGOV"'
code 2006-11-20 "Abbas met Secretary Rice in Ramallah on Monday."
has_event "'Secretary Rice' is the secretary of state" '"source":{"code":"PSEGOV"' '"target":{"code":"USAGOV"' '"cameo":"04'
code 2006-10-10 "Kim Jung Il accused Japan of hostility."
has_event "Kim Jong Il spelt Jung" '"source":{"code":"PRKGOV"' '"target":{"code":"JPN"'

code 2006-11-20 "The Brookings Institution criticised the Pentagon on Monday."
has_event "a think tank is its country's EDU" '"source":{"code":"USAEDU"'
code 2006-11-20 "The Confederation of Indian Industry welcomed the budget proposals of the Finance Ministry."
has_event "a business federation is its country's BUS" '"source":{"code":"INDBUS"'
code 2006-11-20 "China's Ministry of Commerce accused Japan of dumping steel."
has_event "a ministry of commerce is GOVBUS" '"source":{"code":"CHNGOVBUS"' '"target":{"code":"JPN"'
code 2006-11-20 "Chinese public security bureaus arrested 12 smugglers on Tuesday."
has_event "China's public security bureaus are police" '"source":{"code":"CHNCOP"' '"target":{"code":"CHNCRM"'
code 2005-12-20 "South Korean prosecutors accused Hwang Woo-suk of fraud on Tuesday."
has_event "Hwang Woo-suk is a scientist" '"target":{"code":"KOREDU"'

code 2006-11-20 "Iraqi Lt. Gen. Abdul Qader Jassim accused Syria of arming insurgents."
has_event "an abbreviated rank is the military" '"source":{"code":"IRQMIL"' '"target":{"code":"SYR"'

code 2006-11-17 "The Association of Muslim Scholars urged Sunni politicians to quit the government."
has_event "Iraq's Association of Muslim Scholars is a body of clerics" '"source":{"code":"IRQREL"'
code 2006-12-20 "Ethiopia backs the Transitional Federal Government against the Islamists."
has_event "Somalia's Transitional Federal Government governed 2004-2012" '"target":{"code":"SOMGOV"'
code 1997-04-20 "Khmer Rouge guerrillas attacked government troops near Anlong Veng."
has_event "the Khmer Rouge were rebels before their end in 1999" '"source":{"code":"KHMREB"'

code 2005-12-07 "Palestinian security sources said they had arrested three gunmen in Tulkarem."
has_event "security sources are the security forces" '"source":{"code":"PSECOP"' '"cameo":"173"'
code 2005-12-16 "Police shot dead a suicide attacker near the parliament in Kabul."
has_event "a suicide attacker is a militant" '"target":{"code":"AFGREB"'

code 2006-11-20 "Lebanese intelligence sources accused Syria of arming the militants."
has_event "intelligence sources are the intelligence services" '"source":{"code":"LBNSPY"' '"target":{"code":"SYR"'
code 2006-11-20 "Iraqi parliamentary sources accused Iran of arming the militias."
has_event "parliamentary sources are the legislature" '"source":{"code":"IRQLEG"'

code 2006-11-28 "Turkish Prime Minister Recep Tayyip Erdogan met the pope at the airport."
has_event "'the pope' in lower case is the Holy See's head" '"source":{"code":"TURGOV"' '"target":{"code":"VATGOV"' '"cameo":"040"'

code 2006-12-01 "Pope Benedict's words and gestures about Muslims \"turned the page on the sorry episode of Regensburg,\" agreed Algerian academic and thinker Mustapha Cherif."
lacks_event "a verb after a closing quotation, its subject after it, says whose the words are" '"cameo":"030"'
code 2006-12-14 "OPEC accepted Angola as a new member on Thursday."
has_event "a body accepting a state as a member cooperates with it" '"target":{"code":"AGO"' '"cameo":"050"'
code 2006-11-15 "India will accept applications from foreign banks next month."
lacks_event "applications accepted are no act towards anyone" '"cameo":"0'
code 2005-11-11 "Envoys of Brazil and Mozambique, who are not attending the Angolan festivities, arrived on Friday."
lacks_event "festivities not attended are no meeting refused" '"cameo":"125"'
code 2006-12-01 "Three Chinese bishops recognised by the Holy See were detained last week."
lacks_event "bishops recognised by the Vatican are no state recognised" '"cameo":"054"'
code 2006-11-28 "NATO has recognized Georgia and Ukraine as aspirant countries."
has_event "a state recognised as an aspirant is let closer, not recognised" '"target":{"code":"GEO"' '"cameo":"050"'
code 2005-11-29 "The donors discussed how the European Union could help Sudan."
lacks_event "help whose means are discussed is not given" '"target":{"code":"SDN"'
code 1997-04-16 "The opposition leader seized on divisions in the French cabinet over Europe."
lacks_event "seizing on divisions takes no territory" '"cameo":"192"'

code 2006-11-06 "Spain announced new restrictions on Moroccan fishermen on Monday."
has_event "restrictions announced on a people are imposed on them" '"source":{"code":"ESP"' '"cameo":"172"'
code 2006-11-06 "Israel announced the lifting of restrictions on Palestinian workers."
has_event "the lifting of restrictions announced eases them" '"source":{"code":"ISR"' '"cameo":"081"'
code 1997-04-17 "Chaowalit Yongchaiyudh criticised Burma on Thursday."
has_event "Chavalit is also spelled Chaowalit" '"source":{"code":"THAGOV"' '"target":{"code":"MMR"'
code 1997-04-24 "The Dalai Lama met John Shattuck in Washington."
has_event "John Shattuck was a US assistant secretary of state 1993-1998" '"target":{"code":"USAGOV"'
code 2006-11-22 "Hamas militants kidnapped Gilad Shalit in June."
has_event "Gilad Shalit was an Israeli soldier" '"target":{"code":"ISRMIL"'
code 1997-04-15 "Economics Minister Hans Wijers criticised China's decision."
has_event "Hans Wijers was the Dutch economics minister 1994-1998" '"source":{"code":"NLDGOV"'
code 1997-04-24 "Gustave Feissel praised the Turkish Cypriot leader."
has_event "Gustave Feissel headed the UN mission in Cyprus" '"source":{"code":"IGOUNO"'
code 1997-02-10 "Jacques de Larosiere praised Poland's reforms."
has_event "de Larosiere was EBRD president 1993-1998" '"source":{"code":"IGOEURDEVEBR"'
code 2005-12-06 "Presiding judge Rizgar Mohammed Amin warned Saddam Hussein on Tuesday."
has_event "Rizgar Mohammed Amin presided over the Dujail trial" '"source":{"code":"IRQJUD"'
code 2006-03-01 "Barzan al-Tikriti accused the court of bias."
has_event "Barzan al-Tikriti, Saddam's half-brother, was a former official" '"source":{"code":"IRQELI"'
code 1997-04-09 "The Refounded Communists criticised Prodi's plan."
has_event "Italy's Communist Refoundation, a party outside Prodi's cabinet, is OPP" '"source":{"code":"ITAOPP"'
code 1997-04-09 "G.K. Moopanar criticised the Congress party."
has_event "Moopanar led the Tamil Maanila Congress, a regional party" '"source":{"code":"INDOPP"'

code 1997-05-01 "King Fahd met Bill Clinton on Monday."
has_event "King Fahd is Saudi Arabia's king until 2005" '"source":{"code":"SAUGOV"'
code 2003-05-01 "Sheikh Zayed criticised Israel on Monday."
has_event "Sheikh Zayed is the UAE's president until 2004" '"source":{"code":"AREGOV"'
code 1998-05-01 "Sheikh Jaber criticised Iraq on Monday."
has_event "Sheikh Jaber is Kuwait's emir until 2006" '"source":{"code":"KWTGOV"'
code 2002-05-01 "Crown Prince Abdullah met Bill Clinton on Monday."
has_event "Crown Prince Abdullah is Saudi Arabia's" '"source":{"code":"SAUGOV"'
code 1997-05-01 "King Hassan criticised Algeria on Monday."
has_event "King Hassan is Morocco's king until 1999" '"source":{"code":"MARGOV"'

code 1997-04-10 "Frank Borotra criticised the European Commission on Thursday."
has_event "Franck Borotra was France's industry minister 1995-1997" '"source":{"code":"FRAGOV"'
code 1997-04-10 "Philippe Maystadt criticised Germany on Thursday."
has_event "Philippe Maystadt was Belgium's finance minister" '"source":{"code":"BELGOV"'
code 1992-04-10 "Jacques Attali praised Poland on Thursday."
has_event "Jacques Attali was the EBRD's first president" '"source":{"code":"IGOEURDEVEBR"'
code 1997-04-10 "Major-General Victor Malu accused Charles Taylor's fighters of looting."
has_event "Victor Malu commanded ECOMOG" '"source":{"code":"IGOWAFWASMIL"'
code 2010-04-10 "Hamid Ansari met Hu Jintao on Thursday."
has_event "Hamid Ansari was India's vice president 2007-2017" '"source":{"code":"INDGOV"'

code 1997-04-10 "The Northern League criticised Prodi's government on Thursday."
has_event "the Northern League is an Italian party" '"source":{"code":"ITAOPP"'
code 2005-11-23 "The State Environmental Protection Administration criticised PetroChina on Wednesday."
has_event "SEPA is a Chinese government agency" '"source":{"code":"CHNGOV"'
code 2005-11-23 "The Communist Youth League praised Laos on Wednesday."
has_event "the Communist Youth League is the CPC's youth wing" '"source":{"code":"CHNGOV"'
code 1997-04-10 "The Black Watch handed over its barracks to the PLA."
has_event "the Black Watch is a British regiment" '"source":{"code":"GBRMIL"'

code 2006-11-20 "Filippo Grandi criticised Israel on Monday."
has_event "Filippo Grandi was UNRWA's deputy head from 2005" '"source":{"code":"IGOUNOREFRWA"'

# A state institution joined by "and" to a state actor of a country is that country's.
code 2006-05-01 "Bush and the Congress criticized Iran on Monday."
has_event "the Congress beside Bush is the US Congress" '"source":{"code":"USALEG"'
lacks_event "no Congress of no country" '"source":{"code":"---LEG"'
code 2006-05-01 "Blair and other leaders met Putin on Monday."
has_event "other leaders keep no country" '"source":{"code":"---GOV"'

# A verb of speech after a comma, its subject after it, closes a reported clause.
code 2006-05-01 "Europe might be losing some of its influence, warned the diplomat."
lacks_event "the diplomat warned; Europe did not threaten him" '"cameo":"130"'
code 2006-05-01 "Europe might be losing some of its influence, Iran warned the diplomat."
has_event "with the subject before the verb, the diplomat is warned" '"source":{"code":"IRN"' '"cameo":"130"'

# Those who clash with one another fight no place: the place says whose they are.
code 2006-05-01 "Police and guerrillas clashed at Sapsu Khola area of Nepal on Monday."
has_event "the police clash with the guerrillas, both of Nepal" '"source":{"code":"NPLCOP"' '"target":{"code":"NPLREB"' '"cameo":"190"'
lacks_event "Nepal is where they clashed, not whom" '"target":{"code":"NPL"'

# A gerund after "when" leans on a clause whose verb no dictionary knows.
code 2006-11-20 "President Bush enunciated his support for the policy when talking with Chinese leaders on Monday."
has_event "Bush talked with the Chinese leaders" '"source":{"code":"USAGOV"' '"target":{"code":"CHNGOV"' '"cameo":"040"'

# After "for" and a noun phrase of people, the infinitive is their act.
code 2006-11-18 "The United States had set the date for the five experts to visit Cuba on Dec. 6."
lacks_event "the experts visit, not the United States" '"source":{"code":"USA"' '"cameo":"042"'
code 2006-11-18 "Russia offered for the first time to meet Georgia on Monday."
has_event "a time after for leaves Russia the meeting" '"source":{"code":"RUS"' '"target":{"code":"GEO"'

# "On" after talks opens their topic.
code 2006-11-17 "Russia and Sri Lanka signed an agreement on the completion of talks on Russia's entry into the WTO."
has_event "the signing is between the two" '"source":{"code":"RUS"' '"target":{"code":"LKA"' '"cameo":"057"'
has_event "... both ways" '"source":{"code":"LKA"' '"target":{"code":"RUS"' '"cameo":"057"'

# A participle joined by "and" to a passive one is passive too, also after a
# verb no dictionary knows and with an adverb between.
code 2006-12-01 "The Rwandan minister was caught off guard and killed by Congolese rebels."
has_event "the rebels killed the minister" '"source":{"code":"CODREB"' '"target":{"code":"RWAGOV"' '"cameo":"190"'
lacks_event "... not the other way round" '"source":{"code":"RWAGOV"'
code 2006-12-01 "The Rwandan minister was arrested and later released by Kenyan police."
has_event "the police released the minister" '"source":{"code":"KENCOP"' '"target":{"code":"RWAGOV"' '"cameo":"0841"'
code 2006-12-10 "The premier will seek support for Israel during a trip to Berlin amid fears here that the United States may soon shift course in the Middle East."
has_event "an act told in another clause than a visit's is not done during it" '"source":{"code":"USA"' '"location":null'
has_event "... while the act of the visit's own clause is" '"cameo":"022"' '"location":{"name":"Berlin"'

code 2006-11-09 "Canadian jets bombed rebel units in the south of Afghanistan on Monday, the defence ministry in Ottawa said on Thursday. In the past four months, Canadian aircraft have opened fire eight times in Afghanistan, it said."
has_event "a closing 'it said' speaks on for the speaker of the sentence before" '"cameo":"195"' '"speaker":"it","speaker_code":"CANGOV'
code 2006-11-09 "The defence ministry said on Thursday that the talks had failed. Iran rejected the plan because it said Iraq had attacked Kuwait."
lacks_event "... not an 'it' inside the sentence, whose subject it is" '"speaker":"it","speaker_code":"'

code 2006-11-07 "UNICEF will provide AIDS drugs in Bolivia, Cape Verde and East Timor."
has_event "an act on a later item of the list its place opens is in that item" '"target":{"code":"CPV"' '"location":{"name":"Cabo Verde"'
has_event "... and the first item keeps its own" '"target":{"code":"BOL"' '"location":{"name":"Bolivia"'

code 1997-04-23 "Palestinian President Yasser Arafat headed for Jordan on Wednesday for talks with King Hussein."
has_event "a visit goes where the preposition after its verb points" '"source":{"code":"PSEGOV"' '"cameo":"042"' '"location":{"name":"Jordan"'
code 2005-11-30 "Secretary of State Condoleezza Rice will also travel to Germany, Romania and Belgium next month."
has_event "... and a list there gives each host its own place" '"source":{"code":"ROU"' '"cameo":"043"' '"location":{"name":"Romania"'
code 2021-06-14 "Egypt's foreign ministry announced on Monday, President Sisi will visit Kenya and Uganda from June 20 to 24."
has_event "a deed still to come is not dated by the reporting verb before it" '"source":{"code":"EGYGOV"' '"cameo":"042"' '"date":"2021-06-20"'
code 2021-06-14 "Egypt's foreign minister said on Friday that Egypt would never accept the Ethiopian plan."
has_event "... but what is said is dated when said" '"cameo":"120"' '"date":"2021-06-11"'

code 2021-06-14 "Kenya released the jailed activists in March, but Britain has been urging Nairobi to repeal the law."
has_event "a date before a comma and 'but' is not the date of an act in another tense after it" '"source":{"code":"GBR"' '"cameo":"020"' '"date":"2021-06-14"'
has_event "... and stays the first clause's" '"cameo":"0841"' '"date":"2021-03-01"'

code 2021-06-14 "Britain said that if Syria was behind the car bomb in Tripoli, Lebanon, that killed five soldiers in March, London would push for United Nations sanctions against Damascus."
has_event "a relative clause opened by 'that' after a comma keeps its date" '"source":{"code":"GBR"' '"cameo":"020"' '"date":"2021-06-14"'

code 2021-01-26 "Egyptian police clashed with protesters in Cairo on the tenth anniversary of the January 25, 2011 uprising."
has_event "an anniversary of a dated event is that date moved on by the count" '"cameo":"190"' '"date":"2021-01-25"'

code 2021-03-10 "Iran was demanding a meeting with the IAEA in May."
has_event "what is demanded is said by the story's date, not on the date ahead it is about" '"source":{"code":"IRN"' '"date":"2021-03-10"'
code 2021-03-10 "China said it was looking forward to the French president's visit in May."
has_event "an intention is dated by the act it intends (as the seed's delegation next week)" '"cameo":"036"' '"date":"2021-05-01"'
code 2021-03-10 "Japan and South Korea had almost reached an agreement for a summit on April 17."
has_event "... and so is what was agreed to do" '"cameo":"030"' '"date":"2021-04-17"'
code 2021-03-10 "The newspapers will publish an editorial on Monday, asking Biden to fire his defence secretary."
has_event "... but an appeal still to come is dated when it comes" '"cameo":"020"' '"date":"2021-03-15"'

code 2021-06-14 "On June 2, a senior Egyptian official told reporters that the Hamas leader would visit Egypt soon."
has_event "... nor by a date in front of the reporting verb" '"source":{"code":"PSEREB"' '"cameo":"042"' '"date":"2021-06-14"'

code 2021-06-14 "Japan praised Vietnam for successfully hosting the regional summit on Saturday."
has_event "a gerund after 'for' and an adverb keeps its date from the act" '"cameo":"051"' '"date":"2021-06-14"'

code 2021-06-16 "Police arrested 300 protesters in Minsk, compared with 200 at a rally in May."
has_event "a date in what the act is compared with is not the act's" '"cameo":"173"' '"date":"2021-06-16"'

code 2021-06-16 "Egypt will host talks between the Sudanese rivals on the accord they signed in March."
has_event "a deed still to come is not dated by a month already over" '"source":{"code":"EGY"' '"cameo":"043"' '"date":"2021-06-16"'

code 2021-06-16 "Jordan's King Abdullah was expected to brief Abbas on his talks last week with Biden."
has_event "a date right after a gathering someone's own dates the gathering" '"cameo":"064"' '"date":"2021-06-16"'
code 2006-05-01 "A Sri Lankan naval officer told immigration officials he had fought the rebels."
has_event "a naval officer is military" '"source":{"code":"LKAMIL"'
code 2006-05-01 "Myanmar's junta freed 200 political prisoners on Tuesday."
has_event "political prisoners are the opposition" '"target":{"code":"MMROPP"' '"cameo":"0841"'
code 2006-05-01 "Official sources said India and Pakistan would discuss terrorism."
has_event "official sources speak for the government" '"speaker_code":"---GOV"'
code 2005-11-23 "The CPC will strengthen cooperation with the Revolutionary Party of Tanzania."
has_event "Tanzania's ruling party in English is its CCM" '"target":{"code":"TZAGOV"'
code 1997-04-18 "The Indian People's Party criticised Deve Gowda's budget."
has_event "the BJP by its English name" '"source":{"code":"INDOPP"'
code 2005-11-01 "DPR Korea criticised Japan on Tuesday."
has_event "DPR Korea is the North" '"source":{"code":"PRK"'
code 1995-06-01 "The Serb Republic criticised Croatia on Thursday."
has_event "wartime Republika Srpska is separatist, not Serbia" '"source":{"code":"BIHSEP"'
code 2000-06-01 "The Serb Republic criticised Croatia on Thursday."
has_event "after Dayton it is Bosnia's entity" '"source":{"code":"BIH"'
code 1998-06-01 "The Muslim-Croat Federation criticised Croatia on Thursday."
has_event "the Federation is Bosnia's" '"source":{"code":"BIH"'
code 2006-12-10 "Scotland Yard criticised Russia on Sunday."
has_event "Scotland Yard is London's police" '"source":{"code":"GBRCOP"'
code 2006-12-10 "Air France criticised Israel on Sunday."
has_event "Air France is a French company" '"source":{"code":"FRABUS"'
code 1997-04-23 "The Voice of Palestine criticised Israel on Monday."
has_event "Voice of Palestine is Palestinian media" '"source":{"code":"PSEMED"'
code 2010-05-01 "Sheikh Sabah criticised Iran on Monday."
has_event "Sheikh Sabah is Kuwait's emir, not Malaysia's Sabah" '"source":{"code":"KWTGOV"'
code 2024-05-01 "Sheikh Mishal met Mohammed bin Salman on Monday."
has_event "Sheikh Mishal is Kuwait's emir, not Hamas's Meshaal" '"source":{"code":"KWTGOV"'
code 1997-04-23 "Tupac Amaru guerrillas attacked a police post."
has_event "Tupac Amaru alone is the MRTA" '"source":{"code":"PERREB"'

code 2005-11-29 "The Ministry of Energy signed a deal with the Japan International Cooperation Agency."
has_event "JICA is Japan's aid agency" '"target":{"code":"JPNGOVDEV"'
code 2005-11-30 "Action Aid criticised Britain on Wednesday."
has_event "ActionAid is an aid NGO" '"source":{"code":"NGODEV"'

code 2006-05-01 "A Chinese carmaker criticised Britain on Monday."
has_event "a carmaker is business" '"source":{"code":"CHNBUS"'
code 2006-05-01 "The assistant secretary criticised Iran on Monday."
has_event "an assistant secretary is government" '"source":{"code":"---GOV"'
code 2006-05-01 "New Zealand's Reserve Bank criticised Australia on Monday."
has_event "a reserve bank is the central bank" '"source":{"code":"NZLGOVBUS"'
code 2006-05-01 "China's space agency criticised Japan on Monday."
has_event "a space agency is government" '"source":{"code":"CHNGOV"'
code 2006-05-01 "Chinese regulators criticised Japan on Monday."
has_event "regulators are government" '"source":{"code":"CHNGOV"'

code 2005-12-12 "The Serb entity criticised Croatia on Monday."
has_event "Bosnia's Serb entity is not Serbia" '"source":{"code":"BIH"'

code 2010-05-01 "Emir Sabah criticised Iran on Monday."
has_event "the emir by title and name is Kuwait's, not Malaysia's Sabah" '"source":{"code":"KWTGOV"'
code 2025-05-01 "Emir Mishal criticised Iran on Monday."
has_event "Emir Mishal is Kuwait's emir from 2023" '"source":{"code":"KWTGOV"'

# A role word right after a name and its acronym in brackets is that name's; a
# fleet of it stands for it; no country hosts its own.
code 2006-11-07 "A fleet of the Chinese People's Liberation Army (PLA) Navy arrived in Qingdao on Tuesday after visiting ports in Canada."
has_event "the PLA Navy visited Canada" '"source":{"code":"CHNMIL"' '"target":{"code":"CAN"' '"cameo":"042"'
lacks_event "China hosts not its own navy" '"source":{"code":"CHN"' '"cameo":"043"'
code 2006-03-14 "France sponsored a resolution critical of Iran at the United Nations."
has_event "a resolution critical of someone sponsored is criticism of them" '"source":{"code":"FRA"' '"target":{"code":"IRN"' '"cameo":"111"'
code 2006-03-14 "France sponsored a resolution on Iran at the United Nations."
lacks_event "... a resolution merely on them is none" '"cameo":"111"'
code 2006-03-14 "Venezuela took aim at the United States over its policy in Latin America."
has_event "aim taken at someone is criticism" '"source":{"code":"VEN"' '"target":{"code":"USA"' '"cameo":"111"'
code 2006-03-14 "Israel sealed off the Gaza Strip."
has_event "a territory sealed off is blockaded (191)" '"source":{"code":"ISR"' '"target":{"code":"PSEGZA"' '"cameo":"191"'
code 2006-03-14 "Israeli troops reoccupied the town of Jenin."
has_event "reoccupying is occupying (192)" '"source":{"code":"ISRMIL"' '"cameo":"192"'
code 2006-03-14 "Chinese authorities put the Tibetan monk on trial."
has_event "one put on trial is charged (173)" '"source":{"code":"CHNGOV"' '"cameo":"173"'
code 2006-03-14 "Pakistan handed over intelligence to Britain."
has_event "intelligence handed over is shared (064)" '"source":{"code":"PAK"' '"target":{"code":"GBR"' '"cameo":"064"'
code 2005-11-11 "Botswana President Festus Mogae extended an invitation to the Zimbabwean delegation to attend the session that will be hosted by Botswana next year."
has_event "an invitation to attend a session asks them to meet (026)" '"source":{"code":"BWAGOV"' '"target":{"code":"ZWE"' '"cameo":"026"'

code 2006-03-14 "Israel and Hamas announced a truce."
has_event "a truce announced by a compound subject binds each to the other" '"source":{"code":"ISR"' '"target":{"code":"PSEREB"' '"cameo":"0871"'
code 2006-03-14 "The World Bank withheld loans from Chad."
has_event "aid withheld from someone is stopped (1621)" '"source":{"code":"IGOUNODEVWBK"' '"target":{"code":"TCD"' '"cameo":"1621"'
code 2006-03-14 "Uzbekistan evicted United States troops from its air base."
has_event "foreign troops evicted are expelled (166)" '"source":{"code":"UZB"' '"target":{"code":"USAMIL"' '"cameo":"166"'
code 2006-03-14 "Russia took Georgia to task for its policy."
has_event "one taken to task is criticised (111)" '"source":{"code":"RUS"' '"target":{"code":"GEO"' '"cameo":"111"'

code 2006-03-14 "Japan bowed to pressure from China."
lacks_event "pressure bowed to is no demand made by the one who yields" '"source":{"code":"JPN"' '"cameo":"100"'

code 2006-12-16 "Abbas called for early elections as a way to resolve a months-long standoff with Hamas."
lacks_event "a standoff resolved with someone is no intent to cooperate with them" '"target":{"code":"PSEREB"' '"cameo":"030"'

code 2006-03-14 "Iran threatened Israel with a crushing response."
has_event "a crushing response threatened is force (138)" '"source":{"code":"IRN"' '"target":{"code":"ISR"' '"cameo":"138"'
lacks_event "... no violent repression" '"cameo":"137"'
code 2006-03-14 "Afghanistan asked Japan for more reconstruction aid."
has_event "reconstruction aid asked for is economic aid (0231)" '"source":{"code":"AFG"' '"target":{"code":"JPN"' '"cameo":"0231"'

code 2006-11-21 "Nigeria is to host a summit on food security in Africa next month."
lacks_event "a region a hosted summit is held in or about is no guest" '"target":{"code":"AFR"' '"cameo":"043"'
code 2006-11-21 "Kuwait is hosting the OPEC conference at a hotel in Kuwait City."
has_event "... a body whose conference is hosted still is" '"source":{"code":"KWT"' '"target":{"code":"IGOBUSOPC"' '"cameo":"043"'

# An irregular past after "on" and a day, which the tagger takes for a noun.
code 2006-11-21 "Russian troops on Tuesday fought Chechen rebels near Grozny."
has_event "the troops fought the rebels" '"source":{"code":"RUSMIL"' '"target":{"code":"RUSREB"' '"cameo":"190"'

# A speaker's code is the head of its phrase, the last actor of the first one's country.
code 2005-11-28 "Canada's small New Democratic Party said it would criticize Britain."
has_event "the party speaks, not Canada" '"speaker_code":"CANOPP"'
code 2006-12-05 "The Finnish telecoms group Ericsson signed a contract with Vietnam on Tuesday."
has_event "a company is its home country's business sector, whatever the adjective before it" '"source":{"code":"SWEBUS"' '"target":{"code":"VNM"'
code 2006-12-05 "Siemens criticised Russia on Tuesday."
has_event "Siemens is German business" '"source":{"code":"DEUBUS"'
code 2006-11-26 "The Europe-Latin America summit criticised Britain on Sunday."
lacks_event "a hyphenated pair of regions is not America" '"source":{"code":"USA"'
code 2006-12-12 "Defence Minister Amir Peretz told army radio that he had ordered the army to halt air strikes."
lacks_event "Israel's army radio is a station, not soldiers" '"target":{"code":"---MIL"'
code 2005-12-16 "Toyota's 2004 debut brought quick success as Tom Brown of New Zealand won the first race in Miami and captured the season crown."
lacks_event "motor racing is no politics" '"cameo":"192"'

code 2006-12-14 "The Organisation of Petroleum Exporting Countries criticised Nigeria on Thursday."
has_event "OPEC in British spelling, without 'the'" '"source":{"code":"IGOBUSOPC"'
code 2006-12-14 "Rating agency Standard and Poor's on Thursday criticised Turkey."
has_event "a rating agency is business" '"source":{"code":"USABUS"'
code 2006-12-14 "Deutsche Boerse criticised Britain on Thursday."
has_event "Deutsche Boerse is German business" '"source":{"code":"DEUBUS"'
code 2006-12-31 "Sergei Kupriyanov criticised Belarus on Sunday."
has_event "Gazprom's spokesman speaks for Gazprom" '"source":{"code":"RUSBUS"' '"target":{"code":"BLR"'
code 2006-05-04 "The Liberal Democrats criticised Blair on Thursday."
has_event "the Lib Dems are in opposition before 2010" '"source":{"code":"GBROPP"'
code 2012-05-04 "The Liberal Democrats criticised Russia on Thursday."
has_event "... and in government in the 2010-2015 coalition" '"source":{"code":"GBRGOV"'
code 2006-03-14 "Air France will start flying to Chile in April."
lacks_event "flying an airline starts is a route, no visit" '"cameo":"042"'
code 2006-03-14 "The first UN observers began arriving in Sudan this week."
lacks_event "arriving that begins is a mass arrival, no visit" '"cameo":"042"'
code 2006-03-14 "The Kenyan president welcomed four presidents of Asian countries in Nairobi on Monday."
has_event "heads of state welcomed are hosted (043)" '"source":{"code":"KENGOV"' '"cameo":"043"'
lacks_event "... not praised" '"cameo":"051"'
code 2006-03-14 "Hezbollah is considered a terrorist group by Canada."
lacks_event "one considered a terrorist is labelled, no option weighed" '"cameo":"014"'
code 2006-03-14 "Israeli soldiers stormed a house where a commander of Hamas' armed wing Ezzedine al-Qassam Brigades was hiding."
lacks_event "an armed wing is an adjective, no weapons given" '"cameo":"072"'
code 2006-03-14 "The talks must resume soon, said Meshaal, who is exiled in Syria."
lacks_event "one exiled in a country is not expelled by it" '"cameo":"174"'

code 2006-03-14 "Uganda has aligned with Sudan against the rebels."
has_event "aligning with someone is siding with them (051)" '"source":{"code":"UGA"' '"target":{"code":"SDN"' '"cameo":"051"'
code 2006-03-14 "Russia aligned its laws with those of Germany."
lacks_event "... laws aligned with another's are no side taken" '"cameo":"051"'

code 2006-03-14 "The rebels handed the hostages back to Colombia."
has_event "hostages handed back to someone are released to them (0841)" '"target":{"code":"COL"' '"cameo":"0841"'
code 2006-03-14 "The Sudanese refugees came back to Chad last week."
lacks_event "refugees coming to a country are no visit" '"cameo":"042"'

code 2006-11-18 "Egypt welcomed a resolution by the UN General Assembly deploring the Israeli offensive."
has_event "what a document deplores is the act of its maker named by \"by\"" '"source":{"code":"IGOUNO"' '"cameo":"111"' '"target":{"code":"ISR"'
lacks_event "... not of the one who welcomed it" '"source":{"code":"EGY"' '"cameo":"111"'
code 2006-11-18 "Syria passed on a resolution adopted by the UN General Assembly condemning Israel."
has_event "... also after a participle" '"source":{"code":"IGOUNO"' '"cameo":"111"'

code 2006-12-14 "Hamas accused the guard of trying to kill Prime Minister Ismail Haniya after an attack on his convoy that left his son injured."
lacks_event "one left injured by an attack is no attacker" '"cameo":"190"'
code 2006-12-14 "Egypt condemned President Mahmud Abbas after a raid that left his bodyguard wounded."
lacks_event "... also when the tagger reads the participle as a past tense" '"source":{"code":"PSEGOV"' '"cameo":"190"'
code 2006-12-14 "The Israeli troops who left the camp attacked a Palestinian village."
has_event "a past tense with its own object after \"left\" is a verb" '"source":{"code":"ISRMIL"' '"cameo":"190"'

code 2006-11-19 "Col. Abdul Haque, commander of the 10th Battalion of the Bangladeshi peacekeeping troops, told Liberians to work hard."
has_event "the commander of a unit of a country's troops is that country's military" '"source":{"code":"BGDMIL"' '"target":{"code":"LBR"'
code 2006-11-19 "The commander of the battalion told Liberians to work hard."
has_event "... a unit of no country leaves the commander none" '"source":{"code":"---MIL"'

code 2006-01-01 "Hong Kong provides a base with its experience of doing business with Chinese firms."
lacks_event "whom a gerund deep in the object deals with is given nothing" '"target":{"code":"CHNBUS"'
lacks_event "... nor is its object" '"target":{"code":"---BUS"'

code 2006-12-31 "Russia edged closer Sunday to cutting gas supplies to Belarus."
lacks_event "what one edges closer to is not done" '"cameo":"163"'
code 2006-12-31 "The two firms are close to signing an agreement with Iraq."
lacks_event "... nor what one is close to" '"cameo":"057"'
code 2006-12-31 "Russia came close to attacking Georgia."
lacks_event "... also when no pattern of the verb matched" '"cameo":"190"'

code 2006-12-22 "The full UN monitoring mission arrives in Nepal next week."
lacks_event "an -ing form between a name and the body it names is no verb" '"cameo":"090"'
code 2006-12-22 "Syria was monitoring Lebanon closely."
has_event "... but an -ing form with an object is" '"source":{"code":"SYR"' '"cameo":"090"' '"target":{"code":"LBN"'

code 2006-11-03 "Three conferences have been held in Beijing and Addis Ababa, with an action plan discussed and passed."
lacks_event "a participle after \"with\" and its noun is a state, not the places' talks" '"cameo":"040"'
code 2006-11-03 "Cliff, a Nigerian living with AIDS, told Kenyan delegates about his life."
has_event "... but not one with an object of its own" '"source":{"code":"NGA"' '"cameo":"010"'

code 2006-12-19 "Bush has ruled out working with Iraq's neighbours Iran and Syria."
lacks_event "a country's neighbours are not that country" '"target":{"code":"IRQ"'
has_event "... the names apposed to them are" '"target":{"code":"IRN"'
code 2006-12-19 "The United States called for talks between Somalia's rival factions."
has_event "\"rival\" before a noun is an adjective, the owner still the actor" '"target":{"code":"SOM"'
code 2021-10-15 "Sweden invaded Poland in 1655, when the kingdom was weak."
has_event "a year of history before 1900 dates the act" '"cameo":"192"' '"date":"1655-01-01"'

code 2021-10-15 "Sweden attacked Poland in mid-September."
has_event "'mid-' dates the act at the month's middle third" '"cameo":"19' '"date":"2021-09-11","date_value":"2021-09"'

code 2021-10-15 "Sweden attacked Poland late last year."
has_event "'late' dates the act at the year's last third" '"cameo":"19' '"date":"2020-09-01","date_value":"2020"'

code 2021-10-15 "From 1961 to 1965, Sweden fought Poland."
has_event "an act over a range is dated by its start" '"cameo":"190"' '"date":"1961-01-01"'

code 2021-10-15 "The Swedish prime minister will visit Poland from 8th to 10th November."
has_event "... a range written day first too" '"cameo":"042"' '"date":"2021-11-08"'

code 2021-10-15 "The court confirmed on Monday that Smith was the winner of the October 3 presidential run-off, rejecting the challenge by the Kenyan government."
has_event "a date between 'of the' and a noun dates the noun, before the verb too" '"cameo":"12' '"date":"2021-10-11"'

code 2021-10-15 "Sweden has already sent troops to Poland for the joint exercise next week."
has_event "a present perfect with an adverb between was done by the story's date" '"cameo":"074"' '"date":"2021-10-15"'
code 2006-03-14 "Portugal handed Macau back to China in 1999."
has_event "a territory handed back is returned to whom it goes (0842)" '"source":{"code":"PRT"' '"target":{"code":"CHN"' '"cameo":"0842"'
code 2006-03-14 "Hamid Karzai was received by Indian President Abdul Kalam in New Delhi."
has_event "one received by someone is their guest (043)" '"source":{"code":"INDGOV"' '"target":{"code":"AFGGOV"' '"cameo":"043"'
code 2006-03-14 "The opposition leader vowed to replace President Omar Bongo in the elections."
lacks_event "a vow to replace a leader is no intent to cooperate with him" '"cameo":"030"'
code 2006-03-14 "The ministers vowed to accelerate ASEAN's work on bird flu."
lacks_event "a vow to accelerate someone's work is no intent to cooperate with them" '"cameo":"030"'
code 2006-03-14 "Kenya and Tanzania pledged to revitalize economic ties."
has_event "... ties revitalised are ties strengthened (0311 as an intention)" '"cameo":"0311"'

code 2006-03-14 "Amnesty International called for the immediate release of the jailed Iranian sailors."
lacks_event "those whose release an appeal asks for are no one asked" '"target":{"code":"IRN"'
code 2006-03-14 "Egypt is seeking the extradition of a Libyan businessman."
lacks_event "... nor those whose extradition is sought" '"target":{"code":"LBY'
code 2006-03-14 "Tehran urged London to release the sailors."
has_event "... the one asked is the target" '"source":{"code":"IRN"' '"target":{"code":"GBR"' '"cameo":"0253"'
code 2006-03-14 "The Albanian opposition called for the resignation of President Sali Berisha."
has_event "... and so is the one asked to resign (0241)" '"target":{"code":"ALBGOV"' '"cameo":"0241"'

code 2006-03-14 "Japan and the United States agreed that North Korea should abandon its nuclear programmes."
has_event "a compound subject agreeing that something should be done shares a view, each with the other (019)" '"source":{"code":"JPN"' '"target":{"code":"USA"' '"cameo":"019"'
lacks_event "... not with the one the clause names" '"target":{"code":"PRK"'
code 2006-03-14 "The ministers agreed that ASEAN would draft a charter by 2007."
lacks_event "agreeing that a body will act is no intent to cooperate with it" '"target":{"code":"IGOSEAASN"'
code 2006-03-14 "Sudan and the United Nations have agreed that refugees will be assisted."
has_event "a compound subject agreeing that something will be done agrees each with the other (030)" '"source":{"code":"SDN"' '"target":{"code":"IGOUNO"' '"cameo":"030"'

code 2006-03-14 "The Thai prime minister took part in the ASEAN summit on Monday."
has_event "taking part in a summit attends it (044)" '"source":{"code":"THAGOV"' '"target":{"code":"IGOSEAASN"' '"cameo":"044"'
code 2006-03-14 "Cambodian troops took part in the massacre of Vietnamese villagers."
lacks_event "... taking part in a massacre is no meeting" '"cameo":"044"'

code 2006-03-14 "Ecuador sent a letter to the World Trade Organization on Thursday."
has_event "a letter sent to someone tells them (010)" '"source":{"code":"ECU"' '"target":{"code":"IGOBUSWTO"' '"cameo":"010"'

code 2006-03-14 "Greenpeace urged Japan to tackle climate change."
lacks_event "climate change is no political reform asked for" '"cameo":"024"'
code 2006-03-14 "The opposition demanded democratic change in Burma."
has_event "... democratic change is" '"cameo":"104"'
# Companies of the wires of 1997 and 2005-2006 are their home country's business.
code 2006-11-08 "The government criticised De Beers for its hiring on Tuesday."
has_event "De Beers is South African business" '"target":{"code":"ZAFBUS"'
code 2006-11-08 "Qantas and Westpac criticised Japan on Tuesday."
has_event "Qantas is Australian business" '"source":{"code":"AUSBUS"' '"target":{"code":"JPN"'
code 1997-04-08 "Sandline International criticised Papua New Guinea on Tuesday."
has_event "Sandline International is British business" '"source":{"code":"GBRBUS"' '"target":{"code":"PNG"'
code 1997-04-08 "Hanbo and Daewoo criticised the United States on Tuesday."
has_event "Hanbo is Korean business" '"source":{"code":"KORBUS"'
code 2006-11-08 "The US court criticised Yukos and Alitalia on Tuesday."
has_event "Yukos is Russian business" '"target":{"code":"RUSBUS"'
has_event "Alitalia is Italian business" '"target":{"code":"ITABUS"'
# A defence agency is its state's defence ministry (Japan's until January 2007).
code 2006-11-06 "The Japanese Defense Agency criticised China on Monday."
has_event "the Defense Agency is JPNGOVMIL" '"source":{"code":"JPNGOVMIL"'
# Nepal's Seven Party Alliance opposed the king's rule and governed from April 2006.
code 2006-01-10 "The Seven Party Alliance criticised King Gyanendra on Tuesday."
has_event "the alliance is in opposition before April 2006" '"source":{"code":"NPLOPP"'
code 2006-06-10 "The Seven Party Alliance criticised the Maoists on Saturday."
has_event "... and the government after" '"source":{"code":"NPLGOV"'

# Surnames alone that two presidents bore in turn, or that the news gives one person in
# their term only, are dated to those terms.
code 1997-04-13 "Kabila criticised Mobutu on Sunday."
has_event "Kabila in 1997 is the rebel leader" '"source":{"code":"CODREB"'
code 2005-04-13 "Kabila criticised Rwanda on Sunday."
has_event "... and in 2005 his son the president" '"source":{"code":"CODGOV"' '"target":{"code":"RWA"'
code 2005-11-12 "Roh criticised Japan on Saturday."
has_event "Roh in 2005 is Roh Moo-hyun" '"source":{"code":"KORGOV"'
code 1997-04-12 "Roh criticised Japan on Saturday."
lacks_event "... and no one between the two presidents" '"source":{"code":"KORGOV"'
code 2005-11-02 "Arroyo criticised China on Wednesday."
has_event "Arroyo in her term is the president" '"source":{"code":"PHLGOV"'
code 2015-11-02 "Arroyo criticised China on Wednesday."
lacks_event "... and no one after it" '"source":{"code":"PHLGOV"'
code 2006-11-03 "Vieira criticised Senegal on Friday."
has_event "Vieira in 2006 is Guinea-Bissau's president" '"source":{"code":"GNBGOV"'
code 2024-11-03 "Vieira criticised Argentina on Friday."
lacks_event "... not Brazil's foreign minister" '"source":{"code":"GNBGOV"'
code 2006-12-01 "Beshir criticised the United Nations on Friday."
has_event "Beshir is Sudan's Bashir" '"source":{"code":"SDNGOV"'
code 2005-12-15 "Razali criticised Myanmar on Thursday."
has_event "Razali is the UN envoy (a Malay name has no surname)" '"source":{"code":"IGOUNO"' '"target":{"code":"MMR"'

# Military authorities are the military's; police and security authorities the police's.
code 2006-11-14 "Israeli military authorities arrested two Palestinians on Tuesday."
has_event "military authorities are MIL, not GOV" '"source":{"code":"ISRMIL"' '"cameo":"173"'
code 2006-11-14 "Turkish police authorities arrested two Syrians on Tuesday."
has_event "police authorities are COP" '"source":{"code":"TURCOP"'
code 2006-11-14 "Egyptian security authorities arrested two Syrians on Tuesday."
has_event "security authorities are COP, as security officials are" '"source":{"code":"EGYCOP"'

# Names the wires write in other forms than the dictionaries had.
code 2006-11-12 "President al-Bashir thanked France for its efforts."
has_event "al-Bashir alone is Sudan's president" '"source":{"code":"SDNGOV"' '"target":{"code":"FRA"'
code 2006-11-30 "The UIC has seized Somalia's capital Mogadishu."
has_event "the UIC is the Union of Islamic Courts" '"source":{"code":"SOMREB"'
code 2006-11-30 "The Supreme Council of Islamic Revolution in Iraq criticised Syria on Thursday."
has_event "SCIRI with 'of' is SCIRI" '"source":{"code":"IRQOPP"'
code 2006-11-30 "Moody's Investors Service criticised Japan on Thursday."
has_event "Moody's is a rating agency, business" '"source":{"code":"USABUS"'
code 2006-11-30 "Eni criticised Nigeria on Thursday."
has_event "Eni is Italian business" '"source":{"code":"ITABUS"' '"target":{"code":"NGA"'

# A pro-democracy group or camp is the opposition, as pro-democracy activists are.
code 2006-11-29 "A Thai pro-democracy group criticised the government on Wednesday."
has_event "a pro-democracy group is OPP" '"source":{"code":"THAOPP"' '"target":{"code":"THAGOV"'

# A civil aviation authority or an anti-corruption commission is the government's.
code 2006-12-05 "The Nigerian Civil Aviation Authority criticised the airline on Tuesday and accused Britain of delays."
has_event "an aviation authority is GOV" '"source":{"code":"NGAGOV"'
code 2006-12-05 "Kenya's Anti-Corruption Commission accused Britain of delays on Tuesday."
has_event "an anti-corruption commission is GOV" '"source":{"code":"KENGOV"' '"target":{"code":"GBR"'
# The PDI is Indonesia's Democracy Party, in opposition under Suharto.
code 1997-04-20 "The PDI criticised Golkar on Sunday."
has_event "the PDI is IDNOPP" '"source":{"code":"IDNOPP"' '"target":{"code":"IDNGOV"'

# Hu and Wen alone are Hu Jintao and Wen Jiabao while they led China (the family name
# comes first, so the story's reading by last name does not find them).
code 2006-11-03 "Hu told Kibaki that China would help Kenya."
has_event "Hu in 2006 is China's president" '"source":{"code":"CHNGOV"' '"target":{"code":"KENGOV"'
code 2005-12-07 "Wen told his French hosts that more effort was needed."
has_event "Wen in 2005 is China's premier" '"source":{"code":"CHNGOV"' '"target":{"code":"FRA"'
code 1997-04-07 "Jiang told Chirac that China would help France."
has_event "Jiang in 1997 is Jiang Zemin" '"source":{"code":"CHNGOV"' '"target":{"code":"FRAGOV"'
code 2016-11-03 "Hu told Kibaki that China would help Kenya."
lacks_event "... and Hu names no one after Hu Jintao's term" '"source":{"code":"CHNGOV"'

code 2006-12-18 "The Israeli raid left three Palestinian policemen injured."
lacks_event "those left injured did no injuring" '"source":{"code":"PSECOP"'
has_event "... the raid is still the raiders'" '"source":{"code":"ISR"' '"cameo":"190"'
code 2006-03-14 "The presidents of Sudan and Chad met in southern Libya on Monday."
has_event "a place qualified by a compass adjective after a locative" '"cameo":"04' '"location":{"name":"Libya"'
code 2006-03-14 "The Sudanese president met Chadian rebel leaders in neighbouring Libya on Monday."
has_event "... or by 'neighbouring'" '"location":{"name":"Libya"'
code 2006-03-14 "The Spanish foreign minister will pay an official visit to Moroccan capital Rabat next week."
has_event "the 'to' of a visit noun after the verb says where the visit goes" '"cameo":"042"' '"location":{"name":"Rabat"'
code 2006-03-14 "The Spanish foreign minister on Monday condemned the violence in southern Morocco."
lacks_event "what words are about, also after a compass adjective" '"location":{"name":"Morocco"'
code 2006-03-14 "Venezuela walked out of the trade talks in protest at US agricultural subsidies."
lacks_event "a country qualifying an adjective and its noun is no place" '"location":{"name":"United States"'

code 2006-03-14 "Two days after Russia announced a ceasefire, Chechen rebels attacked a police post."
lacks_event "a speaker in a clause of 'after' says nothing of the act outside it" '"cameo":"19' '"speaker":"Russia"'
code 2006-03-14 "The talks resumed after Russia said it would withdraw its troops from Georgia."
has_event "... but does of the act in that clause" '"cameo":"0356"' '"speaker":"Russia"'

code 2006-03-14 "Juan Perez, director general of trade at the Mexican Economy Ministry, told reporters that Mexico would seek closer ties with China."
has_event "an apposition opened by a title in lower case is skipped: the speaker is the name" '"cameo":"030"' '"speaker":"Juan Perez"'
code 2006-03-14 "Pedro Alvarez, a senior Mexican trade official, said Mexico would seek closer ties with China."
has_event "a speaker's name with no code takes the code of its apposition" '"speaker":"Pedro Alvarez","speaker_code":"MEXGOV"'
code 2006-03-14 "In Paris, foreign ministry spokesman Jean Dupont, asked if France backed the plan, said France would seek closer ties with Lebanon."
lacks_event "the object of an opening preposition is no speaker" '"speaker":"Paris"'

code 2006-03-14 "The Rwandan president held talks with Ugandan leaders on the threats posed by militias in southern Sudan."
lacks_event "a place after 'on' a noun and a participle is what talks are about" '"cameo":"04' '"location":{"name":"Sudan"' 
code 2006-03-14 "The Rwandan president signed an agreement on the development of oil fields in southern Sudan."
lacks_event "... or, after 'of', what an agreement is about" '"cameo":"057"' '"location":{"name":"Sudan"' 
code 2006-03-14 "The Rwandan president held talks with Ugandan leaders on Sunday in Kampala."
has_event "... not a place after 'on' a day" '"cameo":"04' '"location":{"name":"Kampala"'

code 2006-01-01 "Turkey and Israel, whose relations remained dormant during decades of the Arab-Israeli conflict and the Cold War, boosted their ties last year."
has_event "a long relative clause with \"whose\" after the subject still leaves it the subject" '"source":{"code":"TUR"' '"target":{"code":"ISR"'
# A hyphen that ended a line and lost it joins its word: "Lashkar-e- Tayyeba" is the
# group, "rebel- held" an adjective (not the rebels as the target).
code 2006-11-13 "India accused Lashkar-e- Tayyeba of the attack on Monday."
has_event "a line-break hyphen joins the name" '"source":{"code":"IND"' '"target":{"code":"PAKREB"'
code 2006-11-13 "The Italian premier visited the rebel- held town of Vlore in Albania on Sunday."
lacks_event "... and a rebel- held town is no rebel" '"target":{"code":"---REB"'
# A phone call made to someone consults them; the infinitive after it asks nothing of them.
code 2006-11-25 "Abbas made a phone call to Olmert on Saturday to inform him of the agreement."
has_event "a phone call made to someone is a consultation" '"source":{"code":"PSEGOV"' '"target":{"code":"ISRGOV"' '"cameo":"040"'
lacks_event "... and no appeal" '"cameo":"02'
# The need of or for someone to act is an appeal to them, no statement aimed at them.
code 2005-11-16 "The ministers expressed the need of APEC to promote free trade."
has_event "the need of someone to act is an appeal to them" '"target":{"code":"IGOASAAPC"' '"cameo":"02'
lacks_event "... not a statement" '"cameo":"010"'
# The return of ambassadors restores relations: ruling it out is a rejection, not a refusal to free anyone.
code 1997-04-30 "Iran ruled out the early return of the French ambassador on Wednesday."
has_event "refusing an ambassador's return is a rejection" '"source":{"code":"IRN"' '"cameo":"120"'
lacks_event "... not a refusal to release" '"cameo":"1243"'
# A result helped by the market is help from no one.
code 2005-12-07 "Japan Airlines suffered a loss in June, but net profit rose 20 percent in the third quarter, helped by demand from Chinese tourists."
lacks_event "helped by demand is no help" '"cameo":"070"'

# Support stated for ties or trade with someone endorses them.
code 2006-11-17 "Bush on Friday reiterated his support for normal trade relations with Vietnam."
has_event "support for trade relations with someone endorses them" '"source":{"code":"USAGOV"' '"target":{"code":"VNM"' '"cameo":"051"'

# Sanctions agreed over or in response to what someone did are imposed on them.
code 2006-12-23 "The EU agreed new sanctions in response to Syria's refusal to cooperate."
has_event "sanctions agreed in response to someone are imposed on them" '"source":{"code":"IGOEUREEC"' '"target":{"code":"SYR"' '"cameo":"163"'
code 2006-12-23 "Britain and France agreed new sanctions on Tuesday."
has_event "... with no one named, a compound subject still agrees" '"source":{"code":"GBR"' '"target":{"code":"FRA"' '"cameo":"030"'

# Understanding expressed for someone's position endorses it.
code 2006-11-12 "The French foreign minister expressed his complete understanding for Sudan's position on Darfur."
has_event "understanding for someone's position endorses them" '"source":{"code":"FRAGOV"' '"target":{"code":"SDN"' '"cameo":"051"'

# Troops given to a war someone leads cooperate with them; no protection is given to them.
code 2003-04-02 "Poland contributed 200 troops to the US-led war against Saddam Hussein."
has_event "troops for a war someone leads are military cooperation with them" '"source":{"code":"POL"' '"target":{"code":"USA"' '"cameo":"062"'
lacks_event "... no protection given to the leader" '"cameo":"074"'

# Heading into talks goes into them: talks each with the other, no journey.
code 2006-05-08 "Abbas was heading into talks with Olmert on Monday."
has_event "heading into talks is talks" '"source":{"code":"PSEGOV"' '"target":{"code":"ISRGOV"' '"cameo":"046"'
lacks_event "... not a visit" '"cameo":"042"'

code 2006-01-01 "Mbeki has telephoned Liberian President Ellen Johnson Sirleaf to congratulate her."
has_event "a telephone call made for a reason stays a call (041)" '"source":{"code":"ZAFGOV"' '"cameo":"041"'
lacks_event "... no appeal" '"cameo":"022"'
code 2006-01-01 "The Maoists would lay down their arms under UN supervision."
lacks_event "under whose supervision something is done is no target" '"target":{"code":"IGOUNO"'

code 2006-01-01 "The UN Security Council failed to agree on a statement condemning Israel."
lacks_event "a text its makers failed to agree on says nothing" '"cameo":"111"'
code 2006-01-01 "The UN Security Council adopted a statement condemning Israel."
has_event "... a text adopted speaks for them" '"source":{"code":"IGOUNO"' '"cameo":"111"'

code 2006-01-01 "Lebanese leaders met to discuss the proposal by Syria."
lacks_event "the maker of what is discussed is no party to the talks" '"target":{"code":"SYR"'
code 2006-01-01 "Lebanon rejected the proposal by Syria."
has_event "... but one rejects the maker of a proposal" '"cameo":"120"' '"target":{"code":"SYR"'

code 2006-11-06 "Japanese Foreign Minister Taro Aso and visiting senior U.S. diplomats agreed on Monday that sanctions would remain."
lacks_event "\"visiting\" before adjectives and role words is an adjective" '"cameo":"042"'

code 2005-11-23 "Chinese Foreign Minister Li Zhaoxing arrived in Paris on Monday. Li met French President Jacques Chirac on Tuesday."
has_event "a family name that comes first names the person alone (\"Li met\")" '"sentence":2' '"source":{"code":"CHNGOV"' '"target":{"code":"FRAGOV"'
code 2000-06-14 "South Korean President Kim Dae-jung met North Korean leader Kim Jong Il in Pyongyang. Kim praised Japan on Wednesday."
lacks_event "... not when two people of different codes share it" '"sentence":2'

code 1997-05-01 "Chinese Foreign Ministry spokesman Shen Guofang said Wijers is not welcome in China."
lacks_event "one who \"is not welcome\" rejects nobody" '"source":{"code":"NLDGOV"'
code 1997-05-01 "Syria said the Egyptian envoy is welcome in Damascus."
lacks_event "... and one who \"is welcome\" welcomes nobody" '"source":{"code":"EGYGOV"'

code 2006-12-03 "Iran beat Iraq 17-0 on Saturday."
lacks_event "a score after the one beaten is a game, not a battle" '"target":{"code":"IRQ"'
code 2006-12-03 "Iran beat Iraq on Saturday."
has_event "... without one it is a beating" '"source":{"code":"IRN"' '"target":{"code":"IRQ"'
code 2005-11-04 "Fradkov paid an official visit to China November 3-4."
has_event "... but a range of days after a place is none" '"cameo":"042"' '"target":{"code":"CHN"'

code 2006-05-01 "Israel will attack Iran if it enriches uranium."
has_event "force one will use on a condition is a threat (138)" '"source":{"code":"ISR"' '"cameo":"138"' '"target":{"code":"IRN"'
code 2006-05-01 "If Hamas fires rockets, Israel would strike Gaza, Olmert said."
has_event "... also when the condition comes first" '"source":{"code":"ISR"' '"cameo":"138"'
lacks_event "... and the condition is no act" '"source":{"code":"PSEREBHMS"'
code 2006-05-01 "Israel will attack Iran."
lacks_event "... without one, a forecast codes nothing" '"target":{"code":"IRN"'

code 2006-05-01 "A Palestinian was killed and two others wounded by Israeli troops in Gaza."
has_event "a passive joined to another of its kind shares its agent" '"source":{"code":"ISRMIL"' '"cameo":"190"' '"target":{"code":"PSE"'
code 2006-05-01 "Three Iraqi farmers were shot dead and their bodies were found by Kurdish police."
lacks_event "... not one of another kind" '"source":{"code":"IRQCOP"'

code 2006-05-01 "Putin met John Smith, a senior British diplomat, in Moscow on Monday."
has_event "an unknown name's apposition says who was met" '"source":{"code":"RUSGOV"' '"cameo":"040"' '"target":{"code":"GBRGOV"'
code 2006-05-01 "Putin met John Smith, a critic of the British government."
lacks_event "... not a relation" '"target":{"code":"GBRGOV"'
code 2006-05-01 "Putin met John Smith, the British foreign ministry said."
lacks_event "... nor a speaker" '"target":{"code":"GBRGOV"'

code 2006-05-01 "Fighting broke out after nearly 200 militants crossed the border from Pakistan and attacked a police post in Afghanistan."
has_event "a number's modifier does not hide the subject of an unknown verb" '"source":{"code":"---REB"' '"cameo":"190"' '"target":{"code":"AFGCOP"'
lacks_event "... and a verb with its object between does not make the militants Pakistani" '"source":{"code":"PAKREB"'
code 2006-06-10 "Iran promised new aid to the Hamas-led government on Saturday."
has_event "what a group leads is its country's, not the group" '"target":{"code":"PSEGOV"'
code 2006-11-06 "Serbia criticised the U.N.-run Kosovo administration."
has_event "\"U.N.-run\", split at its point, gives way to the name after it" '"target":{"code":"XKXGOV"'
code 1997-04-10 "Albania welcomed the Italian-led multinational force on Thursday."
has_event "... with the role after it" '"target":{"code":"ITA'
code 2006-11-06 "The U.S.-backed rebels attacked the capital."
lacks_event "what a country backs is not the country" '"code":"USA"'

code 2006-05-01 "Iraqi troops killed an insurgent near Ramadi on Monday."
has_event "a role word the tagger takes for an adjective is a noun where its phrase ends" '"target":{"code":"IRQREB"'
code 2006-05-01 "Israeli soldiers shot dead a Palestinian militant in Nablus."
has_event "one militant is a rebel as militants are" '"target":{"code":"PSEREB"'
code 2006-11-07 "Hu will attend the APEC summit to be held in Hanoi from Nov. 17 to 19."
has_event "an infinitive after a gathering dates the gathering, when those at it act" '"cameo":"044"' '"date":"2006-11-17"'
code 2006-11-07 "China agreed to hold talks with Japan on Nov. 17."
has_event "... not an act agreed on, dated when agreed" '"cameo":"03' '"date":"2006-11-07"'

code 2006-11-10 "Russia, which supplies gas to Ukraine, raised its prices in January."
has_event "a relative clause in the present after a comma takes no date of the clause it hangs on" '"cameo":"061"' '"date":"2006-11-10"'

code 2005-11-10 "Japan has supplied aid to Indonesia for the summit in late November."
has_event "a present perfect is done by now, also before a shaded month still ahead ('late November')" '"cameo":"070"' '"date":"2005-11-10"'

code 2006-12-11 "China sent troops to Pakistan, an official said, adding that India sent troops to China in 2004."
has_event "what a verb of saying after the act tells is not the act's date" '"source":{"code":"CHN"' '"cameo":"074"' '"date":"2006-12-11"'
has_event "... but its own act's" '"source":{"code":"IND"' '"cameo":"074"' '"date":"2004-01-01"'

code 2006-11-07 "Hu arrived in Vietnam on Nov. 1 and attended the APEC summit held in Hanoi from Nov. 4 to 5."
has_event "a verb joined after a dated one takes a date of its own past its clause" '"cameo":"044"' '"date":"2006-11-04"'
has_event "... the first keeps its own" '"cameo":"042"' '"date":"2006-11-01"'
code 2006-11-21 "Putin will visit Japan from Dec. 13 and hold talks with Japanese Prime Minister Shinzo Abe, Kyodo News reported Tuesday."
has_event "... but not a date of a verb of saying after it" '"cameo":"046"' '"date":"2006-12-13"'
code 2006-11-14 "The Turkish Foreign Ministry condemned the killing on Tuesday. Turkey will help Lebanon rebuild its roads, the ministry added."
has_event "a bare \"the ministry\" speaks for the one country whose ministry spoke before" '"sentence":2' '"speaker":"ministry","speaker_code":"TURGOV"'
code 2006-11-14 "The Turkish Foreign Ministry condemned the killing. The Greek Foreign Ministry praised the troops. Turkey will help Lebanon rebuild its roads, the ministry added."
lacks_event "... not when two countries' ministries did" '"speaker_code":"TURGOV"'
code 2006-11-14 "The Turkish Foreign Ministry condemned the killing on Tuesday. Turkey will help Lebanon rebuild its roads, a spokesman said."
lacks_event "... nor for \"a spokesman\", nor one of another kind than spoke" '"sentence":2' '"speaker_code":"TURGOV"'

code 2006-05-01 "Fujimori criticised Chile in a speech in central Lima on Monday."
has_event "the place of a speech is where the words were spoken" '"cameo":"111"' '"location":{"name":"Lima"'
code 2006-05-01 "Fujimori told a crowd in Lima that he would never cave in."
has_event "... and so is the place of the crowd one tells" '"cameo":"010"' '"location":{"name":"Lima"'

code 2006-05-01 "Insurgents frequently target US and Iraqi military patrols with car bombs."
lacks_event "a country qualifying a noun with a second qualifier joined is no place" '"location":{"name":"United States"'

code 2006-11-01 "Kirill Barsky, Russia's deputy chief of mission here, said the country was happy to help Indonesia fight the haze."
has_event "an apposition that opens with a possessive and a title gives a speaker with no code its own" '"speaker":"Kirill Barsky","speaker_code":"RUS"'

code 2006-05-01 "US envoys met Iraqi officials in Alexandria on Monday."
has_event "a big city is not given up for a namesake town a twentieth its size in a context country" '"location":{"name":"Alexandria","country":"EGY"'
# Attacks stepped up that are named after who makes them are attacks, no posture.
code 2006-12-18 "The Taliban have stepped up insurgent attacks on Afghan security forces."
has_event "attacks stepped up are attacks (19x), though named after their makers" '"source":{"code":"AFGREB"' '"target":{"code":"AFGCOP"' '"cameo":"190"'
lacks_event "... no mobilisation (154)" '"cameo":"154"'

# A bill approved is law-making, no appeal to those it obliges; the author's bill is agreed.
code 2006-12-27 "The Kenyan parliament approved a bill obliging the government to hold elections."
lacks_event "a bill approved is no appeal to those it obliges" '"target":{"code":"KENGOV"'
code 2006-11-19 "The Italian parliament on Sunday approved the government's budget for next year."
has_event "... but the author of a bill approved is agreed with" '"source":{"code":"ITALEG"' '"target":{"code":"ITAGOV"' '"cameo":"030"'

# A decision taken at a meeting asks nothing of where it met; a question decided asks no one.
code 2006-10-20 "OPEC decided at a meeting in Caracas to cut output by one million barrels."
lacks_event "the place of the meeting that decided is asked nothing" '"target":{"code":"VEN"'
code 2006-01-01 "The Egyptian court will decide whether the Kenyan sailors can stay."
lacks_event "a question decided asks no one" '"cameo":"020"'

# Speaking well of one's ties with someone praises them.
code 2006-11-03 "Kenyan President Mwai Kibaki spoke highly of his country's cooperation with Japan."
has_event "speaking highly of ties with someone praises them" '"source":{"code":"KENGOV"' '"target":{"code":"JPN"' '"cameo":"051"'

# Gloom expressed is pessimism, no intent to meet.
code 2005-11-15 "The French minister expressed gloom about the coming talks with Brazil."
lacks_event "gloom about talks is no intent to meet" '"cameo":"036"'
has_event "... it is pessimism (012)" '"source":{"code":"FRAGOV"' '"cameo":"012"'

# One escorted by police or officials is in custody, no armed protection.
code 1997-04-07 "The Swiss man was deported, escorted by three Thai police officers."
lacks_event "escorted by police is no protection (074)" '"cameo":"074"'

# Positions coordinated: with a partner, diplomacy; a body's own members on a round, nothing with the body.
code 2005-11-23 "Kenya will coordinate its position with Uganda on the Doha round."
has_event "positions coordinated with a partner are diplomatic cooperation" '"source":{"code":"KEN"' '"target":{"code":"UGA"' '"cameo":"050"'
code 2005-11-23 "The African Union decided to coordinate member states stance on the coming World Trade Organization round."
lacks_event "... a stance on a round of a body is no cooperation with the body" '"target":{"code":"IGOBUSWTO"'

# A meeting opened in a place or on a subject has no partner there.
code 2006-11-14 "ASEAN foreign ministers opened their two-day meeting in Thailand's capital on Tuesday."
lacks_event "a meeting opened in a place meets no one there" '"target":{"code":"THA"'
code 2006-11-20 "Officials from Japan and Norway opened a conference on Monday regarding Nepal's peace process."
lacks_event "... nor one opened about a subject" '"target":{"code":"NPL"'
code 2006-12-09 "African leaders and French President Jacques Chirac opened a two-day summit on Saturday."
has_event "... a meeting opened by a compound subject meets each with the other" '"source":{"code":"FRAGOV"' '"cameo":"040"'

# Another's attacks halted are no de-escalation of one's own.
code 2006-11-15 "Egypt wants to halt Israeli attacks on the Palestinians."
lacks_event "another's attacks halted, their maker named, are no de-escalation towards them" '"target":{"code":"ISR"'

# Surrender to a court or the police is giving oneself up to justice, no military surrender.
code 2005-12-16 "The former Bosnian Serb commander surrendered to the UN tribunal in The Hague."
lacks_event "surrender to a tribunal is no military surrender (0874)" '"cameo":"0874"'
code 2005-12-16 "The Iraqi soldiers surrendered to American troops."
has_event "... surrender to troops is" '"source":{"code":"IRQMIL"' '"target":{"code":"USAMIL"' '"cameo":"0874"'

# Students or tourists who come to a country travel for themselves: no visit.
code 2006-11-20 "More than 5,000 Korean students came to Japan last year."
lacks_event "students coming to a country are no visit" '"cameo":"042"'

code 2006-05-01 "The World Bank expects China to grow by 9 percent next year."
lacks_event "what one expects of another is a forecast, no appeal" '"cameo":"020"'

code 2006-11-29 "NATO leaders agreed at a summit in Riga to send more troops to Afghanistan."
lacks_event "an intention formed in a place asks nothing of the place" '"target":{"code":"LVA"'
has_event "... it is the intention to do what follows" '"source":{"code":"IGOWSTNAT"' '"target":{"code":"AFG"'

code 2005-11-14 "Denmark promises an aid package to help the Palestinians."
has_event "help right after the aid promised says whom it is for" '"source":{"code":"DNK"' '"cameo":"033"' '"target":{"code":"PSE"'
code 2006-11-15 "The government has introduced a card system to help foreign investors."
lacks_event "... not after a thing that is no aid" '"cameo":"040"'

code 2006-05-01 "In 2001, Japanese Prime Minister Junichiro Koizumi met Jiang Zemin in Beijing."
has_event "a sentence opening with an earlier year names its people as they were then" '"target":{"code":"CHNGOV"'
code 2006-05-01 "In Dec. 1999, Keizo Obuchi visited China."
has_event "... also a month and year (no code at the story's date)" '"source":{"code":"JPNGOV"' '"cameo":"042"'
code 2006-05-01 "Jiang Zemin met Koizumi in Beijing."
has_event "... without one, as at the story's date" '"source":{"code":"CHNELI"'

code 2006-12-11 "The buyout firm Texas Pacific Group said it planned a joint bid with Macquarie."
has_event "Texas Pacific Group is a company, not the state of Texas" '"source":{"code":"USABUS"' '"cameo":"030"'
code 2006-12-11 "The airline said it would bomb the rebels using a Boeing 777-200 aircraft."
lacks_event "an aircraft type is no target (Boeing 777-200)" '"target":{"code":"USABUS"'
code 2006-12-11 "The European Union accused Boeing of taking illegal state aid."
has_event "... but Boeing alone is the American company" '"target":{"code":"USABUS"' '"cameo":"112"'
code 1997-04-14 "The court ordered the release of leaders of Hadep."
has_event "Turkey's pro-Kurdish Hadep is an opposition party" '"target":{"code":"TUROPP"'

code 2006-12-04 "Pfizer urged clinical investigators to stop the trial."
has_event "clinical investigators are health workers, not police" '"source":{"code":"USABUS"' '"target":{"code":"---HLH"'
code 2006-12-04 "Israeli troops killed two gunmen in Gaza, the newspaper Ha'aretz reported."
has_event "Ha'aretz spelt with its apostrophe is the Israeli paper" '"via_code":"ISRMED"'
# Financial or banking services sold to clients are business, no aid.
code 2006-05-01 "The Dutch bank provides financial services to Japanese companies in Asia."
lacks_event "financial services provided are no aid" '"cameo":"070"'
code 2006-05-01 "The Netherlands provides aid to Japanese companies in Asia."
has_event "... aid provided is" '"source":{"code":"NLD"' '"cameo":"070"'

# Meeting someone at another's request is a meeting, no request met (080).
code 2006-05-01 "The Kenyan president agreed to meet the rebel leader at the request of the Ethiopian prime minister."
has_event "a meeting at someone's request is the intent to meet" '"source":{"code":"KENGOV"' '"cameo":"036"'
code 2006-05-01 "Britain will meet a NATO request to send more troops."
has_event "... a request met is yielded to" '"source":{"code":"GBR"' '"cameo":"080"'

# A multinational or international force provided protects (074), as peacekeepers do.
code 2006-05-01 "Canada will provide most of the multinational force in Haiti."
has_event "a multinational force provided is protection" '"source":{"code":"CAN"' '"cameo":"074"'
code 2006-05-01 "Somalia wanted the proposed Ethiopian-led international force to be sent immediately."
has_event "... and one asked for is asked for protection" '"source":{"code":"SOM"' '"cameo":"0234"'

# A pronoun with no listed verb before it stands for the subject of the
# first verb no dictionary knows.
code 2006-01-10 "The Iranian president caused a backlash when he called for Israel to hold a referendum."
has_event "he is the president whose unlisted verb came first" '"source":{"code":"IRNGOV"' '"cameo":"020"' '"target":{"code":"ISR"'
code 2006-01-10 "The Japanese team battled to a 2-2 draw against Brazil."
lacks_event "a score a result follows is a game" '"cameo":"190"'

# A document's maker speaks through it past the date it was made.
code 2006-01-10 "The report led to a Security Council resolution in October calling on Iran to cooperate."
has_event "a resolution in October calling on Iran is the Council's call" '"source":{"code":"IGOUNO"' '"target":{"code":"IRN"'
code 2006-01-10 "Egypt backed an Arab League resolution last week condemning Israel."
has_event "a resolution last week condemning Israel is the League's" '"source":{"code":"IGOMEAARL"' '"cameo":"111"' '"target":{"code":"ISR"'

# An act whose anniversary is marked happened long before.
code 2006-11-13 "The visit marks the 40th anniversary of establishing diplomatic ties between Egypt and Singapore."
lacks_event "ties established 40 years ago are not established now" '"cameo":"054"'
code 2006-11-13 "This year marks the 45th anniversary since China and Laos forged diplomatic ties."
lacks_event "... nor ties forged 45 years ago" '"cameo":"054"'
code 2006-11-13 "China and Laos forged diplomatic ties in 1961."
has_event "... which are, told as such" '"cameo":"054"'

# "We" is never a name before it, even for a sentence's first listed verb.
code 2006-11-27 "\"China is a big country, and we have contacted the Qatari embassy,\" Karimi said."
lacks_event "we who contacted the embassy are not China" '"source":{"code":"CHN"'
code 2006-11-27 "\"China is a big country, and we have contacted the Qatari embassy,\" the Afghan official said."
has_event "... but the speaker" '"source":{"code":"AFGGOV"' '"cameo":"040"'
# One's own embassy "in" a country is one's own
code 2006-11-27 "\"China is a big country, and we have contacted our embassy in Doha,\" the Afghan official said."
lacks_event "contacted our embassy in Doha: no contact with Qatar" '"target":{"code":"QATGOV"'

# Whom an offer or a promise goes to ("to X") is no one asked to act.
code 2006-01-10 "China promised aid to Pakistan to help earthquake victims."
has_event "aid promised to Pakistan to help is an intent to give aid" '"source":{"code":"CHN"' '"cameo":"033"' '"target":{"code":"PAK"'
lacks_event "... not an appeal for aid" '"cameo":"023"'
code 2006-01-10 "Botswana extended an invitation to the Zimbabwean delegation to attend the session."
has_event "... but an invitation to someone to attend asks them to" '"source":{"code":"BWA"' '"cameo":"026"'
# A sentence or penalty sought or demanded in court is legal action (173), no appeal;
# clemency sought for those facing one stays an appeal.
code 1997-04-14 "The Turkish prosecutor has sought 22-year prison sentences for Hadep officials."
has_event "a sentence sought is legal action" '"source":{"code":"TURJUD"' '"cameo":"173"' '"target":{"code":"TUROPP"'
code 1997-04-14 "Turkish prosecutors demanded a 15-year prison sentence for Hadep officials."
has_event "... as is one demanded" '"source":{"code":"TURJUD"' '"cameo":"173"' '"target":{"code":"TUROPP"'
code 2006-12-30 "Canberra regularly seeks clemency for Australian nationals facing the death penalty overseas."
has_event "... clemency sought stays an appeal" '"source":{"code":"AUS"' '"cameo":"020"'
lacks_event "... and brings no legal action" '"cameo":"173"'

# The victims of a disaster helped are given humanitarian aid (073).
code 2005-11-29 "Japan helped Pakistani quake victims."
has_event "quake victims helped are given humanitarian aid" '"source":{"code":"JPN"' '"cameo":"073"' '"target":{"code":"PAK"'

# A confirmation or clarification provided is words, no aid.
code 2006-11-09 "Russia wanted Iran to provide a detailed confirmation of its plans."
has_event "a confirmation asked for is an appeal" '"source":{"code":"RUS"' '"cameo":"020"'
lacks_event "... not one for aid" '"cameo":"023"'

# Cooperation projects offered are material cooperation promised (031).
code 2006-11-02 "China offered more cooperation projects to Africa."
has_event "cooperation projects offered are material cooperation promised" '"source":{"code":"CHN"' '"cameo":"031"' '"target":{"code":"AFR"'

# Remarks made after a meeting or talks with someone tell that meeting; charges or
# accusations restated accuse; military training provided is military cooperation.
code 2005-11-20 "Solana made the remarks after talks with Palestinian leader Mahmoud Abbas."
has_event "remarks made after talks tell the talks" '"source":{"code":"IGOEUREEC"' '"cameo":"046"' '"target":{"code":"PSEGOV"'
code 2005-11-20 "Solana made the remarks after a meeting with Palestinian leader Mahmoud Abbas."
has_event "... and after a meeting the meeting" '"source":{"code":"IGOEUREEC"' '"cameo":"040"' '"target":{"code":"PSEGOV"'
code 2006-11-01 "Syria reiterated its accusations against Israel."
has_event "accusations restated accuse" '"source":{"code":"SYR"' '"cameo":"112"' '"target":{"code":"ISR"'
code 2006-11-01 "Britain provides military training to the Afghan army."
has_event "military training provided is military cooperation" '"source":{"code":"GBR"' '"cameo":"062"' '"target":{"code":"AFGMIL"'
lacks_event "... no aid" '"cameo":"070"'
code 2006-11-01 "Russia will give military training to Syrian troops."
has_event "... as is military training given" '"source":{"code":"RUS"' '"cameo":"062"' '"target":{"code":"SYRMIL"'

# A contract or an order won from someone is business with them (061).
code 2006-11-01 "Hitachi has won a big order from a Chinese company."
has_event "an order won from a company is business with it" '"source":{"code":"JPNBUS"' '"cameo":"061"' '"target":{"code":"CHNBUS"'

# A blessing sought is support asked for (022), as backing is.
code 2006-12-14 "Indian Prime Minister Manmohan Singh sought Japan's blessing for the pact."
has_event "a blessing sought is support asked for" '"source":{"code":"INDGOV"' '"cameo":"022"' '"target":{"code":"JPN"'

# Force "at" people is aimed at them, whatever place follows.
code 2006-11-04 "An Israeli drone fired one missile at two Hamas militants east of Jabalia refugee camp."
has_event "the missile was fired at the militants" '"source":{"code":"ISRMIL"' '"target":{"code":"PSEREB"'
lacks_event "... not at the refugees of the camp near them" '"target":{"code":"---REF"'
code 2006-03-10 "Confederation of Indian Industry (CII) president Ravi Kant welcomed the government's budget."
has_event "a role word after a name and an unknown acronym in brackets is that name's" '"source":{"code":"INDBUS"' '"cameo":"051"'
code 2006-11-29 "President Professor Iajuddin Ahmed told the UN envoy that the elections would be free."
has_event "an academic title before a known person leaves the person's code" '"source":{"code":"BGDGOV"' '"target":{"code":"IGOUNO"'
lacks_event "... with no EDU sector" 'BGDGOVEDU'
code 2006-11-29 "Prof. Iajuddin Ahmed told the UN envoy that the elections would be free."
has_event "... and so does the abbreviated title" '"source":{"code":"BGDGOV"' '"target":{"code":"IGOUNO"'
code 2006-11-29 "Prof. Gilles Hug criticised the government of Egypt."
has_event "an academic title, abbreviated too, before an unknown name is EDU" '"source":{"code":"---EDU"' '"target":{"code":"EGY'

code 2005-11-04 "The French Communist Party on Friday urged Interior Minister Nicolas Sarkozy to step down."
has_event "the French Communist Party is FRAOPP, not France" '"source":{"code":"FRAOPP"' '"target":{"code":"FRAGOV'
code 1997-05-20 "Hong Kong's Democratic Party criticised China over the new legislature."
has_event "Hong Kong's Democratic Party is HKGOPP" '"source":{"code":"HKGOPP"' '"target":{"code":"CHN'
code 1997-04-30 "The French Greens accused the government of Alain Juppe of betraying voters."
has_event "the French Greens are FRAOPP" '"source":{"code":"FRAOPP"' '"cameo":"112"'

code 1997-04-25 "Maronite Cardinal Nasrallah Sfeir criticised Syria over its troops in Lebanon."
has_event "the Maronite patriarch is LBNREL, not Hezbollah's Nasrallah" '"source":{"code":"LBNREL"' '"target":{"code":"SYR'
code 2005-11-03 "The embassy said the Visiting Forces Agreement (VFA), signed in 1998 between the Philippine and US governments, allows US troops to return."
lacks_event "a role word in the capitalised name of a document is no one" '"source":{"code":"---MIL"'
has_event "... and the parties named sign it" '"source":{"code":"PHL' '"target":{"code":"USAGOV"' '"cameo":"057"'

code 2005-12-07 "Israeli troops arrested five Islamic Jihad activists in the West Bank."
has_event "the activists of an armed group are the group, no opposition of their own" '"target":{"code":"PSEREB"' '"cameo":"173"'

code 1997-04-30 "Germany's Green party criticised the government of Helmut Kohl."
has_event "a country's Green party is its OPP" '"source":{"code":"DEUOPP"' '"target":{"code":"DEUGOV"' '"cameo":"111"'
code 1997-04-30 "Leaders of France's small Greens party accused President Jacques Chirac of arrogance."
has_event "... and so are its leaders" '"source":{"code":"FRAOPP"' '"target":{"code":"FRAGOV"'
# A quotation's "yesterday" and "tomorrow" count from the day it was spoken.
code 2006-05-03 'The Iranian foreign minister said on Monday: "We met the Russian envoy yesterday."'
has_event "a quoted day counts from the day of speaking before the quotation" '"source":{"code":"IRNGOV"' '"cameo":"040"' '"date":"2006-04-30"'
code 2006-05-03 '"We will meet the Russian envoy tomorrow," the Iranian foreign minister told reporters in Tehran on Monday.'
has_event "... or after it, and a quoted tomorrow is ahead of its speaking" '"source":{"code":"IRNGOV"' '"cameo":"040"' '"date":"2006-05-02"'

# A summit "opening here Saturday" is still to come: what is told of it is said by the story's date.
code 2006-11-03 'The Chinese president told the Kenyan president who is in Beijing for a three-day meeting of the forum opening here Saturday.'
has_event "a statement about a summit to come is dated when said" '"source":{"code":"CHNGOV"' '"target":{"code":"KENGOV"' '"date":"2006-11-03"'
# A name in apposition between commas leaves the clause of a meeting open to its place.
code 2006-05-01 "The Kenyan president met his Ugandan counterpart, Yoweri Museveni, in Arusha on Monday."
has_event "the place after a name in apposition is the meeting's" '"source":{"code":"KENGOV"' '"cameo":"040"' '"location":{"name":"Arusha"'
# A province named alone is in its country; a small namesake gives way to the world city.
code 2006-05-01 "Taliban fighters attacked a police post in Helmand on Monday."
has_event "a province is a place of its own, in its country" '"cameo":"190"' '"location":{"name":"Helmand","country":"AFG"'
code 2006-05-01 "The American envoy was in Geneva to lobby against a Chinese motion."
has_event "Geneva is in Switzerland, not Illinois" '"location":{"name":"Geneva","country":"CHE"'

code 2006-05-01 "The Chinese premier was greeted at Siem Reap International Airport by the Cambodian foreign minister."
has_event "a town's international airport is in the town" '"cameo":"043"' '"location":{"name":"Siem Reap"'

# A person the story named after a coded title speaks with that code by the last name alone.
code 2006-05-01 "Iraqi Interior Minister Bayan Sulagh criticised Germany for its training of police recruits. Sulagh said Iraq rejected the German plan."
has_event "a last name alone is the person named after a title" '"cameo":"127"' '"speaker":"Sulagh","speaker_code":"IRQGOV"'

# What is discussed is a topic: its place is not the meeting's.
code 2006-05-01 "The Kenyan president discussed the violence in Somalia with the Ethiopian prime minister."
has_event "a place of what is discussed is no place of the talks" '"cameo":"040"' '"location":null'
code 2006-05-01 "The Kenyan president discussed the violence with the Ethiopian prime minister at a meeting in Nairobi."
has_event "... the place of the meeting is" '"cameo":"040"' '"location":{"name":"Nairobi"'

# A country whose possessive heads a topic is no place.
code 2006-05-01 "China offered assistance in Uganda's economic development."
has_event "a place whose possessive heads a topic is none" '"cameo":"033"' '"location":null'
code 2006-05-01 "Israeli troops killed two militants in Hebron's central market."
has_event "... one heading a place is" '"location":{"name":"Hebron"'

# A promise to withdraw is not made where the troops are.
code 2006-05-01 "The Italian prime minister promised the withdrawal of Italian forces from Iraq."
has_event "a promise to withdraw is no retreat from a place" '"cameo":"0356"' '"location":null'

code 2006-05-01 "US chief negotiator Christopher Hill criticised North Korea on Friday. Hill said Russia criticised Japan."
has_event "... also after a negotiator's title" '"speaker":"Hill","speaker_code":"USAGOV"'
code 2006-05-01 "Zhao Jun, director of the Chinese Foreign Ministry's European Department, said Japan criticised Russia. Zhao said Russia criticised Japan."
has_event "... or the title in apposition after the name; a name and a verb in -ed after said are what was said" '"speaker":"Zhao Jun","speaker_code":"CHNGOV"'
has_event "... whose first name alone is the person then" '"speaker":"Zhao","speaker_code":"CHNGOV"'

code 2006-05-01 "Sao Tome Prime Minister Maria do Carmo Silveira criticised Angola on Friday. Silveira said Russia criticised Japan."
has_event "... a particle inside the name too" '"speaker":"Silveira","speaker_code":"STP'

# The means "by" names after a clause is what its subject did.
code 2006-01-10 "Russia reacted angrily by expelling two British diplomats."
has_event "Russia reacted by expelling: Russia expelled them" '"source":{"code":"RUS"' '"cameo":"161"' '"target":{"code":"GBRGOV"'
code 2006-01-10 "Azerbaijan reacted by threatening to cut oil exports to Russia."
has_event "Azerbaijan reacted by threatening: Azerbaijan threatened" '"source":{"code":"AZE"' '"target":{"code":"RUS"'
code 2006-01-10 "The runway had been mined by retreating Serb mercenaries."
lacks_event "... but after a passive, by names the agent" '"cameo":"0874"'
code 2006-01-10 "Turkey refuses to implement the protocol by opening its ports to Cypriot vessels."
lacks_event "... and after an infinitive the means is the infinitive's" '"source":{"code":"TUR"' '"target":{"code":"CYP"'
# A probe named in the clause that is announced is that clause's: its own verb codes it.
code 2006-05-01 "British prosecutors announced that the investigation into BAE Systems was being dropped."
lacks_event "an inquiry announced as dropped is no investigation" '"cameo":"090"'
code 2006-05-01 "British prosecutors announced an investigation into BAE Systems."
has_event "... an inquiry announced is" '"source":{"code":"GBRJUD"' '"cameo":"090"' '"target":{"code":"GBRBUS"'

# Punishing someone coerces them; "punishing duties" are a tariff, no punishment.
code 2006-05-01 "China punished Japanese companies for the boycott."
has_event "punishing is coercion" '"source":{"code":"CHN"' '"cameo":"170"' '"target":{"code":"JPNBUS"'
code 2006-05-01 "The WTO ordered the United States to reduce punishing duties on Canada."
lacks_event "... punishing duties are none" '"cameo":"170"'

# Charges recommended against someone accuse them; recommending that someone act advises them.
code 2006-05-01 "Israeli police recommended charges against the Palestinian foreign minister."
has_event "charges recommended against someone accuse them" '"source":{"code":"ISRCOP"' '"cameo":"112"' '"target":{"code":"PSEGOV"'
code 2006-05-01 "The European Union recommended that Turkey open its ports to Cypriot ships."
has_event "... recommending that someone act advises them" '"source":{"code":"IGOEUREEC"' '"cameo":"020"' '"target":{"code":"TUR"'
lacks_event "... and what is recommended is not done" '"cameo":"0872"'

# A country's name the tagger reads as an adjective (-ary) is still a noun.
code 2006-01-10 "Hungary ruled out sending troops to Iraq."
has_event "Hungary ruled out sending troops: a refusal" '"source":{"code":"HUN"' '"cameo":"121"'
lacks_event "... no troops sent" '"cameo":"074"'
code 2006-01-10 "Iranian backed militias attacked the base."
lacks_event "... but an adjective of nationality stays one (no backing by Iran)" '"cameo":"051"'
# A name that ends in a title is the person's, not the title's: Adel Imam, the Egyptian
# comedy actor, is no cleric.
code 1997-04-22 "Adel Imam, the best-known comedy actor of the Arab world, paid tribute to the Lebanese killed in the shelling."
has_event "a name that ends in a title is the person" '"source":{"code":"EGY"' '"cameo":"051"'
# A yearly forum named after a region is no actor.
code 2006-11-07 "The Seychelles president visited the Boao Forum for Asia."
lacks_event "a forum named after a region is not the region" '"target":{"code":"ASA"'
# The Philippine communists with their armed wing are rebels ("CPP" alone is also Cambodia's party).
code 2005-12-12 "Arroyo has suspended peace talks with the CPP-NPA after the rebels refused a ceasefire."
has_event "the CPP-NPA are the Philippines' rebels" '"cameo":"164"' '"target":{"code":"PHLREB"'
code 2006-12-27 "Abdirahman Dinari accused Eritrea of arming the Islamists."
has_event "Somalia's transitional government spokesman in 2006" '"source":{"code":"SOMGOV"' '"target":{"code":"ERI"'

# Dated office holders found in the wire sample: the Anfal trial's presiding judge, the
# Philippine armed forces chief of 1997.
code 2006-12-04 "Muhammad Ureibi accused Syria of harbouring the defendants."
has_event "the Anfal trial's presiding judge is Iraq's judiciary" '"source":{"code":"IRQJUD"' '"cameo":"112"'
code 1997-04-29 "Arnulfo Acedera accused China of sending warships near the islands."
has_event "the Philippine armed forces chief in 1997 is its military" '"source":{"code":"PHLMIL"' '"target":{"code":"CHN"'

# A bid or application approved is endorsed: no appeal to the applicant, no intent of the
# approver's own.
code 2024-01-23 "Turkey's parliament approved Sweden's bid to join NATO."
has_event "a bid approved backs the bidder" '"source":{"code":"TURLEG"' '"cameo":"051"' '"target":{"code":"SWE"'
lacks_event "approving a bid asks nothing of the bidder" '"cameo":"022"'

# The verb right after the comma closing an apposition is the clause's, whatever form
# the tagger gave it ("cut" is past, participle and base alike).
code 2023-08-05 "Beijing, angered by the visit, cut off climate talks with Washington."
has_event "the apposition's noun is the subject" '"source":{"code":"CHN"' '"cameo":"164"' '"target":{"code":"USA"'

# "downtown", "far" and the like qualify a place as "southern" does.
code 2013-06-01 "Police clashed with protesters in downtown Istanbul."
has_event "the clash is placed in Istanbul and its sides are Turkey's" '"source":{"code":"TURCOP"' '"target":{"code":"TUROPP"' '"location":{"name":"Istanbul"'

# A past form after "and" is joined to the finite verb, past a gerund and its infinitive.
code 2019-01-20 "Venezuela's President Nicolas Maduro accused the United States of plotting to assassinate him and expelled three American diplomats."
has_event "the accuser expels" '"source":{"code":"VENGOV"' '"cameo":"161"' '"target":{"code":"USAGOV"'

# "visiting" before a title starts no clause: the one told is the visitor.
code 2023-06-19 "Xi told visiting US Secretary of State Antony Blinken that the two countries should be partners."
has_event "the visitor is the one told" '"source":{"code":"CHNGOV"' '"cameo":"010"' '"target":{"code":"USAGOV"'
code 2005-12-07 "The South Korean government mobilized riot police to break up a strike by dock workers in August."
has_event "a past deed's purpose, told in its infinitive, dates the deed" '"source":{"code":"KORGOV"' '"cameo":"153"' '"date":"2005-08-01"'
code 2005-12-07 "The Kenyan army deployed troops in the north, while the main force is due to arrive in the week ahead."
has_event "... not past a comma" '"source":{"code":"KENMIL"' '"date":"2005-12-07"'
# verb25: welcoming someone to visit invites them (036); interrogation is investigation
# unless by police or soldiers or of suspects (173); a ban on goods is an embargo (163);
# a peacekeeping mission undertaken is peacekeeping provided (074), no promise.
code 2006-11-10 "The Tanzanian president welcomed the Chinese premier to visit Tanzania."
has_event "welcomed to visit: an invitation" '"source":{"code":"TZAGOV"' '"target":{"code":"CHNGOV"' '"cameo":"036"'
lacks_event "... no praise" '"cameo":"051"'
code 2006-05-01 "The Indian commission interrogated Pakistani officials about the contracts."
has_event "a commission interrogating investigates" '"source":{"code":"IND"' '"cameo":"090"'
code 2006-05-01 "Indian police interrogated the Pakistani suspect for six hours."
has_event "police interrogating a suspect: legal action" '"source":{"code":"INDCOP"' '"cameo":"173"'
code 2006-05-01 "Many Palestinians were interrogated by Israeli soldiers."
has_event "... and so by soldiers" '"source":{"code":"ISRMIL"' '"cameo":"173"'
code 2005-12-11 "Russia imposed a ban on imports of Georgian wine."
has_event "a ban on imports is an embargo" '"source":{"code":"RUS"' '"target":{"code":"GEO"' '"cameo":"163"'
code 2005-12-11 "Japan banned Canadian beef."
has_event "... and so goods banned" '"source":{"code":"JPN"' '"target":{"code":"CAN"' '"cameo":"163"'
code 2006-11-12 "The African Union troops are undertaking the peacekeeping mission in Darfur."
has_event "peacekeeping undertaken is provided" '"source":{"code":"IGOAFRAFUMIL"' '"cameo":"074"'

code 2006-05-01 "German soldiers will support the NATO operation in Afghanistan."
has_event "troops supporting a military operation cooperate militarily" '"source":{"code":"DEUMIL"' '"cameo":"062"'
lacks_event "... no praise" '"cameo":"051"'

code 2006-05-01 "A Kenyan judge rejected Britain's claim to the land."
has_event "a judge rejecting a claim rules against its maker" '"source":{"code":"KENJUD"' '"target":{"code":"GBR"' '"cameo":"120"'
lacks_event "... no denial" '"cameo":"016"'

code 2006-05-01 "The accord, signed by Kenya and India, cuts tariffs."
has_event "a pact signed by two sides binds each to the other" '"source":{"code":"KEN"' '"target":{"code":"IND"' '"cameo":"057"'
code 2006-05-01 "Vietnam joined the World Bank in 1993."
has_event "joining a body of states: the World Bank" '"source":{"code":"VNM"' '"cameo":"050"'

code 2006-05-01 "The Kenyan opposition filed a petition in the Kenyan High Court against the president."
has_event "a petition filed in court against someone is legal action" '"source":{"code":"KENOPP"' '"target":{"code":"KENGOV"' '"cameo":"115"'
code 2006-05-01 "The Israeli opposition filed an appeal to the Israeli supreme court."
has_event "... and so an appeal filed to a court" '"source":{"code":"ISROPP"' '"cameo":"115"'

code 2006-12-15 "The Red Cross sought the Burmese junta's permission to resume its prison visits."
has_event "someone's permission sought is a request of them" '"source":{"code":"NGOHLHIRC"' '"target":{"code":"MMRGOV"' '"cameo":"020"'
lacks_event "... no regime change asked for" '"cameo":"0244"'

code 2006-11-04 "Moscow has imposed an economic blockade on Tbilisi by cutting transport links."
has_event "an economic blockade is an embargo" '"source":{"code":"RUS"' '"target":{"code":"GEO"' '"cameo":"163"'
lacks_event "... no military blockade" '"cameo":"191"'

code 2005-11-13 "Police said the Pakistani man was brought to Delhi and was interrogated by senior Indian officials."
has_event "one interrogated in the passive is questioned in custody" '"cameo":"173"'
lacks_event "... no investigation" '"cameo":"090"'
code 2005-11-13 "The Pakistani minister was interrogated by the Indian parliamentary commission."
has_event "... unless by a commission" '"cameo":"090"'

# A thing given, told in the passive, goes to whom it went "to".
code 2005-10-20 "The medicines were donated by Malaysia to Pakistan after the earthquake."
has_event "the giver is the agent, the receiver the one after to" '"source":{"code":"MYS"' '"cameo":"07' '"target":{"code":"PAK"'
# Places: talks held on the opening or closing of a stay (docs/place-and-attribution.md).
code 2006-12-11 "Kicking off a three-day stay in Paris, which includes talks on Tuesday with the French president, Japanese Prime Minister Shinzo Abe also met German Chancellor Angela Merkel."
has_event "talks held as a stay opens are where the stay is" '"source":{"code":"JPNGOV"' '"cameo":"040"' '"location":{"name":"Paris"'
code 2006-12-11 "Wrapping up a visit to Egypt, Annan met Arab League chief Amr Moussa."
has_event "... and as it closes" '"cameo":"040"' '"location":{"name":"Egypt"'

# Speakers: "the official" after one official of a single country was named.
code 2006-11-22 "A senior Egyptian official told reporters on Sunday that talks would resume. The official, speaking on condition of anonymity, said Hamas leader Khaled Meshaal would visit Cairo next week."
has_event "'the official' speaks for the country of the official named before" '"cameo":"042"' '"speaker":"official","speaker_code":"EGYGOV"'
code 2006-11-22 "An Israeli official told reporters that the crossing would open. A senior Egyptian official said talks would resume. The official said Hamas leader Khaled Meshaal would visit Cairo next week."
lacks_event "... not when officials of two countries were named" '"speaker_code":"EGYGOV"'

# Places: an act in a clause of "where" is at the place named before it.
code 2006-12-17 "The prime minister flew on to Albania where he met Albanian President Alfred Moisiu on Sunday."
has_event "an act in a clause of 'where' is at the place before it" '"cameo":"040"' '"location":{"name":"Albania"'
code 2006-12-17 "The plane landed at Bagram, 50 km north of Kabul, where Taliban rebels attacked a convoy."
lacks_event "... not a place a distance is measured from" '"location":{"name":"Kabul"'
# Agents: parliamentary leaders are the legislature (not the GOV of "leaders"), a
# party head the party, a permanent representative his state's diplomat.
code 2008-03-04 "Jamaican parliamentary leaders will visit China at the invitation of the National People's Congress."
has_event "parliamentary leaders are LEG" '"source":{"code":"JAMLEG"' '"cameo":"042"'
code 2008-03-04 "A Turkish party head urged the government to resign."
has_event "a party head is PTY" '"source":{"code":"TURPTY"' '"target":{"code":"TURGOV"'
code 2008-03-04 "Brazil's deputy permanent representative to the WTO met Chinese officials in Geneva on Tuesday."
has_event "a permanent representative is GOV" '"source":{"code":"BRAGOV"' '"target":{"code":"CHNGOV"' '"cameo":"040"'

# People named with a title on the wires of 1997-2006 that the dictionaries lacked:
# Greenspan (Fed, GOVBUS), Fukui (Bank of Japan), Vilsack (a Democratic governor
# under Bush: OPP; then agriculture secretary), Farouk Hosni, Soe Win the prime
# minister (a namesake general is MIL from 2011), and bare "Leavitt": Mike Leavitt
# in the Bush cabinet, ELI after 2009.
code 2004-02-11 "Greenspan warned Congress on Tuesday that the deficit threatened the economy."
has_event "Greenspan is the Fed's chairman in 2004" '"source":{"code":"USAGOVBUS"'
code 2006-12-19 "Toshihiko Fukui met US Treasury Secretary Henry Paulson in Tokyo."
has_event "Fukui is the Bank of Japan's governor in 2006" '"source":{"code":"JPNGOVBUS"' '"cameo":"040"'
code 2005-05-10 "Iowa Governor Tom Vilsack met Chinese officials in Beijing."
has_event "Vilsack, a Democratic governor in 2005, is OPP" '"source":{"code":"USAOPP"'
code 2010-05-10 "Tom Vilsack met Chinese officials in Beijing."
has_event "Vilsack is agriculture secretary in 2010" '"source":{"code":"USAGOV"'
code 2009-06-10 "Farouk Hosni criticised Israel on Wednesday."
has_event "Farouk Hosni is EGYGOV in 2009" '"source":{"code":"EGYGOV"' '"target":{"code":"ISR"'
code 2006-11-10 "Soe Win met Thai Prime Minister Surayud Chulanont in Naypyidaw."
has_event "Soe Win is Myanmar's prime minister in 2006" '"source":{"code":"MMRGOV"' '"target":{"code":"THAGOV"'
code 2006-07-11 "Leavitt met Chinese health officials in Beijing on Tuesday."
has_event "Leavitt alone is Mike Leavitt in 2006" '"source":{"code":"USAGOV"'
code 2012-07-11 "Leavitt met Chinese health officials in Beijing on Tuesday."
has_event "... and a former secretary in 2012" '"source":{"code":"USAELI"'
code 2005-11-03 "William Clinton met Chinese officials in Beijing on Thursday."
has_event "William Clinton, a form the wires write, is the former president in 2005" '"source":{"code":"USAELI"'

code 2006-11-14 "South Korean and Japanese foreign ministers met in Hanoi on Monday."
has_event "an agent after two country adjectives is both's, the first of two words" '"source":{"code":"KORGOV"' '"target":{"code":"JPNGOV"' '"cameo":"040"'

# Force used by a compound subject on a thing is not among its members; a fight named
# as the object still is.
code 2006-01-01 "American and British forces raided a house in Basra."
lacks_event "allies raiding a house do not attack each other" '"target":{"code":"GBRMIL"'
has_event "... each raids in Iraq, as one alone would" '"source":{"code":"GBRMIL"' '"cameo":"190"' '"target":{"code":"IRQ"'
code 2006-01-01 "Hamas and Fatah gunmen fought a fierce gun battle in Gaza."
has_event "... but a gun battle fought is between them" '"cameo":"190"'
code 2006-05-03 "The Kenyan president met the Sudanese mediators who have been trying to broker a peace deal late Monday to discuss the talks."
has_event "the present perfect of a relative clause takes no past day: the day is the meeting's" '"cameo":"040"' '"date":"2006-05-01"'
code 2006-05-03 "The Kenyan president met the Sudanese mediators who have worked in Darfur since Monday."
lacks_event "... but a day after 'since' is the perfect's" '"date":"2006-05-01"'

code 2006-05-01 "Dutch police have arrested a third soldier accused of abuse against Iraqi people during an operation in the country in 2004, officials said."
has_event "an act in the present perfect takes no past year: the arrest is now" '"cameo":"173"' '"date":"2006-05-01"'
lacks_event "... the year is the abuse's" '"date":"2004-01-01"'

code 2006-05-05 "The French envoy stayed in Geneva to consult with the Iranian negotiators on the possibility of a meeting on Monday."
has_event "a day after a prospect and 'of' is the prospect's, not the act's" '"cameo":"040"' '"date":"2006-05-05"'
lacks_event "... no consulting next Monday" '"date":"2006-05-08"'

# Agents named as a pair by the pattern act with each other in the passive too.
code 2006-11-19 "The trade agreement was signed by Japan and Mexico in Tokyo."
has_event "the pair of signers signed with each other" '"source":{"code":"JPN"' '"cameo":"057"' '"target":{"code":"MEX"'
code 2024-07-09 "Ukraine hacked the servers of the Russian central bank."
has_event "a computer system hacked is a cyberattack" '"source":{"code":"UKR"' '"target":{"code":"RUSGOVBUS"' '"cameo":"180"'
code 2024-05-01 "Militiamen hacked 20 Congolese villagers to death with machetes."
has_event "... one hacked to death is killed by physical assault" '"cameo":"1823"'
lacks_event "... no cyberattack" '"cameo":"180"'
code 2024-06-20 "Canada listed the Iranian Revolutionary Guards as a terrorist organisation."
has_event "a group listed as terrorist is sanctioned as one designated" '"source":{"code":"CAN"' '"target":{"code":"IRNMIL"' '"cameo":"172"'
code 2023-08-03 "Niger ordered French troops to leave the country."
has_event "foreign troops ordered to leave the country: withdrawal demanded" '"source":{"code":"NER"' '"target":{"code":"FRAMIL"' '"cameo":"106"'
code 2024-05-01 "Putin ordered Russian troops to leave Kherson."
lacks_event "... troops ordered to leave a place may be one's own" '"cameo":"106"'
code 2025-02-03 "The United States paused tariffs on Mexico for 30 days."
has_event "tariffs paused on someone are eased" '"source":{"code":"USA"' '"target":{"code":"MEX"' '"cameo":"085"'
code 2024-05-01 "Ukrainian forces downed 40 Russian drones overnight."
has_event "drones downed are force used against their senders, as intercepted" '"source":{"code":"UKRMIL"' '"target":{"code":"RUSMIL"' '"cameo":"190"'

code 2006-05-01 "\"Based on reports we have received from the heads of districts and Ugandan election commissions, I can announce that the vote was valid,\" the Kenyan president said."
lacks_event "things received from someone are no visit" '"cameo":"043"'
code 2006-05-01 "Hu Jintao received a delegation from Vietnam on Monday."
has_event "... a delegation received from somewhere is" '"source":{"code":"CHNGOV"' '"target":{"code":"VNM"' '"cameo":"043"'

code 2006-05-01 "The Kenyan president received two ministers from the Ugandan government."
has_event "... as ministers received from a government are" '"source":{"code":"KENGOV"' '"target":{"code":"UGAGOV"' '"cameo":"043"'

# A participle between a past form and its noun is an adjective, not a verb of its own.
code 2020-01-01 "The court freed jailed Kurdish politician Selahattin Demirtas."
has_event "freed, not jailed" '"source":{"code":"TURJUD"' '"cameo":"0841"' '"target":{"code":"TUROPP"'
lacks_event "... no arrest" '"cameo":"173"'
code 2016-06-01 "Police arrested exiled opposition leader Ali Salman in Manama."
has_event "the arrest reaches the exiled leader" '"cameo":"173"' '"target":{"code":"BHROPP"'

# What those called on are asked to do is not done, named or not.
code 2006-12-19 "Blair appealed to the international community to back the Palestinian president."
lacks_event "an appeal to the world is no backing by Blair" '"cameo":"051"'
lacks_event "... nor support" '"cameo":"032"'
code 2006-12-19 "Blair called on the donors to back the Palestinian president."
lacks_event "nor is a call on donors" '"cameo":"051"'
code 2016-05-21 "Abu Mohammed al-Adnani called on Muslims to attack the United States."
has_event "a call on followers to attack someone threatens them" '"source":{"code":"IMGMUSISI"' '"cameo":"138"' '"target":{"code":"USA"'
code 2023-12-01 "Israel resumed its offensive in Gaza after the truce with Hamas collapsed."
lacks_event "a truce named after the object begins nothing" '"cameo":"0871"'
code 2006-12-19 "Blair arrived in the capital to back the Palestinian president."
has_event "but a purpose after a place is the subject's own" '"source":{"code":"GBRGOV"' '"cameo":"051"'

# An -ing clause opening the sentence is what the subject after its comma did.
code 2005-11-01 "Criticizing the U.S. veto, Amr Moussa said the veto was wrong."
has_event "the opening participle is the Arab League chief's" '"source":{"code":"IGOMEAARL"' '"cameo":"111"' '"target":{"code":"USA"'
code 2005-11-01 "Accusing Israel of aggression, Amr Moussa called for an emergency meeting."
has_event "... an accusation too" '"source":{"code":"IGOMEAARL"' '"cameo":"1123"' '"target":{"code":"ISR"'
code 2006-11-29 "Discussing energy security without Russia would be unproductive, Russian Foreign Minister Sergei Lavrov said."
lacks_event "a gerund that is a subject is no one's act" '"cameo":"046"'
lacks_event "... nor a meeting" '"cameo":"040"'

# A verb right after "but" shares the subject of the verb it is joined to, past a
# bare form after a modal in the clause reported in between.
code 2025-03-12 "The Kremlin said President Vladimir Putin would study the US proposal, but warned that any deal must address Moscow's security concerns."
lacks_event "the US proposal warns no one" '"source":{"code":"USA"'
code 2005-12-17 "The opposition leader welcomed the decision, but called the Macedonian government to increase its efforts."
has_event "the opposition leader called on the government" '"cameo":"020"' '"target":{"code":"MKDGOV"'
code 2005-11-05 "Residents of central Israel said militants would fire rockets at their towns, and called the Israeli army to protect them."
has_event "the residents called on the army, not the militants" '"source":{"code":"ISRCVL"' '"cameo":"0234"' '"target":{"code":"ISRMIL"'
# A passive participle set off by a comma owns the date after its agent.
code 2010-03-03 "The Iranian minister criticised Britain for the new visa rules, unveiled by the home secretary in London on Monday, to curb migration."
has_event "the criticism is not dated by the unveiling" '"source":{"code":"IRNGOV"' '"cameo":"111"' '"date":"2010-03-03"'
has_event "... which keeps its Monday" '"cameo":"010"' '"date":"2010-03-01"'

# An infinitive after a gathering's "of" phrase tells when the gathering is.
code 2010-06-02 "The premier will attend a special session of the African Union leaders to be held in Kampala on June 20."
has_event "attending is the session's day" '"cameo":"044"' '"date":"2010-06-20"'
# A government's supporters in the street are civilians: not the government, nor the
# opposition that "demonstrators" alone would make them.
code 2019-02-01 "Pro-government demonstrators attacked opposition protesters in Caracas."
has_event "pro-government demonstrators are VENCVL" '"source":{"code":"VENCVL"' '"target":{"code":"VENOPP"'
code 2019-02-01 "Opposition protesters clashed with government supporters in Dhaka."
has_event "government supporters are BGDCVL" '"source":{"code":"BGDOPP"' '"target":{"code":"BGDCVL"'
lacks_event "... not BGDGOV" '"code":"BGDGOV"'
# verb27: impeachment, arms sales approved, expectations, invitations accepted.
code 2024-12-14 "South Korea's parliament impeached President Yoon Suk Yeol on Saturday."
has_event "a president impeached is charged by the legislature" '"source":{"code":"KORLEG"' '"target":{"code":"KORGOV"' '"cameo":"173"'
code 2025-03-01 "The State Department approved the sale of fighter jets to Taiwan."
has_event "an arms sale approved is the intent to cooperate militarily" '"source":{"code":"USAGOV"' '"target":{"code":"TWN"' '"cameo":"0312"'
lacks_event "... no military aid" '"cameo":"0332"'
code 2024-10-01 "Russian commanders expect to seize the town of Pokrovsk within weeks."
lacks_event "an act expected by its own actor is no deed" '"cameo":"192"'
code 2025-02-01 "Israel expects to free 90 Palestinian prisoners on Sunday."
has_event "... but an intention" '"source":{"code":"ISR"' '"target":{"code":"PSE' '"cameo":"0353"'
code 2025-02-01 "Putin is expected to meet Erdogan in Istanbul next week."
has_event "... while what others are expected to do keeps its code" '"source":{"code":"RUSGOV"' '"target":{"code":"TURGOV"' '"cameo":"040"'
code 2025-02-01 "The Sudanese army accepted the invitation of the Saudi government to attend the talks in Jeddah."
has_event "an invitation accepted from someone is the intent to meet them" '"source":{"code":"SDNMIL"' '"target":{"code":"SAUGOV"' '"cameo":"036"'
lacks_event "... no appeal to the one who invites" '"cameo":"02'

code 2024-12-03 "South Korean President Yoon Suk Yeol declared martial law on Tuesday."
has_event "martial law declared by a government binds its own country" '"source":{"code":"KORGOV"' '"target":{"code":"KOR"' '"cameo":"1724"'
code 2024-12-03 "The Israeli army imposed a curfew on Tuesday."
lacks_event "... an army's curfew may be on a land it occupies" '"target":{"code":"ISR"'
code 2024-12-01 "Chad ended its defence cooperation agreement with France."
has_event "cooperation ended with someone reduces relations" '"source":{"code":"TCD"' '"target":{"code":"FRA"' '"cameo":"160"'
code 2025-01-19 "Israel and Hamas began a ceasefire in Gaza."
has_event "a truce begun by a compound subject binds each side" '"source":{"code":"ISR"' '"target":{"code":"PSEREB"' '"cameo":"0871"'
has_event "... both ways" '"source":{"code":"PSEREB"' '"target":{"code":"ISR"' '"cameo":"0871"'
code 2024-12-10 "Chinese hackers breached the US Treasury Department."
has_event "what hackers breach is a cyberattack" '"source":{"code":"CHN"' '"cameo":"180"'
lacks_event "... no norm defied" '"cameo":"128"'
code 2025-03-21 "The Sudanese army recaptured the presidential palace in Khartoum from the Rapid Support Forces."
has_event "what is recaptured from someone is taken from them" '"source":{"code":"SDNMIL"' '"target":{"code":"SDNREB"' '"cameo":"192"'
lacks_event "... not from the presidency the building names" '"target":{"code":"SDNGOV"'

code 2024-01-18 "Iran's Revolutionary Guards test fired two ballistic missiles on Thursday."
has_event "missiles test fired are force shown" '"source":{"code":"IRNMIL"' '"cameo":"150"'
lacks_event "... no artillery fight" '"cameo":"194"'

code 2024-08-06 "Ukrainian troops crossed into Russia's Kursk region on Tuesday."
has_event "troops crossing into a country are an incursion" '"source":{"code":"UKRMIL"' '"target":{"code":"RUS"' '"cameo":"190"'
code 2024-08-06 "A convoy carrying the prime minister crossed into the Gaza Strip from Egypt."
lacks_event "... a convoy crossing is none" '"cameo":"190"'

code 2025-02-28 "Trump and Zelensky clashed in a heated Oval Office meeting."
has_event "a clash in a meeting is one of words" '"source":{"code":"USAGOV"' '"target":{"code":"UKRGOV"' '"cameo":"111"'
lacks_event "... no battle" '"cameo":"190"'
code 2025-02-28 "Sudanese troops and RSF fighters clashed in El Fasher."
has_event "... a clash in a town stays one of arms" '"source":{"code":"SDNMIL"' '"cameo":"190"'

# A place in South Sudan was in Sudan before 2011-07-09.
code 2006-12-10 "Sudanese troops attacked rebels in Malakal."
has_event "Malakal in 2006 is Sudan's" '"target":{"code":"SDNREB"' '"country":"SDN"'
lacks_event "... not South Sudan's" '"country":"SSD"'
code 2014-01-10 "Sudanese troops attacked rebels in Malakal."
has_event "... and South Sudan's in 2014" '"target":{"code":"SSDREB"'

# An infinitive joined to one that codes nothing is the intention of the verb governing both.
code 2025-03-12 "Friedrich Merz pledged to boost defence spending and to support Ukraine."
has_event "a pledge to support is an intention" '"cameo":"032"' '"target":{"code":"UKR"'
lacks_event "... not the support itself" '"cameo":"051"'

# After a verb of causing, the one between does the infinitive's act.
code 2025-03-12 "Houthi rebels fired ballistic missiles at Israel, prompting Israeli jets to strike the port of Hodeidah."
has_event "the jets struck Yemen" '"source":{"code":"ISRMIL"' '"cameo":"195"' '"target":{"code":"YEM"'
code 2022-11-11 "Ukraine launched a counteroffensive, forcing Russian troops to withdraw from Kherson."
has_event "the troops withdrew" '"source":{"code":"RUSMIL"' '"cameo":"0874"' '"target":{"code":"UKR"'
code 2025-03-12 "The US urged Israeli officials to halt strikes on Lebanon."
lacks_event "but those urged did nothing yet" '"source":{"code":"ISRGOV"'

# One actor and a place the dictionaries do not name is a sentence worth parsing.
code 2025-03-12 "Israeli jets struck the port of Hodeidah."
has_event "force on a place with one actor named" '"source":{"code":"ISRMIL"' '"cameo":"195"' '"target":{"code":"YEM"'
code 2024-05-12 "Russian forces shelled Kharkiv overnight."
has_event "... shelling a city" '"source":{"code":"RUSMIL"' '"cameo":"194"' '"target":{"code":"UKR"'
code 2006-11-26 "Indiana shot a dismal 37.2 percent from the field."
lacks_event "but a place that is the one actor's own name is none" '"cameo":"19'

# What a noun is suspected or accused of is said of that noun, not the verb's target.
code 2025-06-20 "Ukraine's security service said it had arrested two men suspected of spying for Russia."
lacks_event "the suspects are not Russia" '"target":{"code":"RUS"'

# What a rejected text would say, no one said.
code 2025-06-20 "The United States vetoed a UN resolution condemning Israel."
lacks_event "a vetoed resolution condemns no one" '"cameo":"111"'
has_event "... the veto stays" '"source":{"code":"USA"' '"cameo":"129"'
code 2025-06-20 "The UN Security Council adopted a resolution condemning Israel."
has_event "an adopted one does" '"source":{"code":"IGOUNO"' '"cameo":"111"' '"target":{"code":"ISR"'

# Force named by the subject's noun is aimed where its "on" says.
code 2024-11-20 "A Russian missile strike on the city of Dnipro killed at least 10 people, according to Ukrainian officials."
has_event "a strike on Dnipro is against Ukraine" '"source":{"code":"RUS"' '"cameo":"194"' '"target":{"code":"UKR"'

# A place a protest moves from or through is its way, not its target.
code 2026-02-10 "Thousands of Serbian students marched from Belgrade to Novi Sad to protest against corruption."
has_event "a march is a protest with no target" '"source":{"code":"SRBEDU"' '"cameo":"141"' '"target":null'
code 2025-05-01 "The Rapid Support Forces threatened on Sunday to attack Port Sudan."
has_event "rebels threatening a city of their country threaten its state" '"source":{"code":"SDNREB"' '"target":{"code":"SDN"' '"cameo":"138"'
code 2025-05-01 "M23 rebels accused Kinshasa of bombing villages near Goma."
has_event "rebels accusing their capital accuse their state" '"source":{"code":"CODREB"' '"target":{"code":"COD"' '"cameo":"1123"'
code 2025-05-01 "Hamas praised the Palestinians for their steadfastness."
lacks_event "... other words of theirs about their own people are no dyad" '"target":{"code":"PSE"'

code 2025-05-01 "Mali revoked the exploration licence of a Canadian gold company."
has_event "a licence revoked is an administrative sanction on its holder" '"source":{"code":"MLI"' '"target":{"code":"CANBUS"' '"cameo":"172"'
code 2025-05-01 "The junta revoked Orano's uranium permit in Niger."
has_event "... a permit too, its holder before it" '"target":{"code":"FRABUS"' '"cameo":"172"'

code 2025-05-01 "The president withdrew Argentina from the World Health Organization."
lacks_event "a country withdrawn from a body by its leader is not what the leader acts on" '"target":{"code":"ARG"'
code 2006-05-01 "Israeli troops killed two Palestinian militants in the village of Qabatia, near Jenin."
has_event "a village the gazetteer lacks is placed at the town it lies near" '"source":{"code":"ISRMIL"' '"cameo":"190"' '"location":{"name":"Jenin"'
code 2006-05-01 "Iraqi gunmen kidnapped six Iranian pilgrims in the village of Yathrib, some 80 km north of Baghdad."
has_event "... but not at a town far from it" '"source":{"code":"IRQUAF"' '"cameo":"181"' '"location":null'
code 2006-11-08 "American voters expressed their anger at President Bush and their frustration with the war in Iraq."
has_event "words 'at' a person are not spoken at an occasion: the war's place is a topic" '"source":{"code":"USACVL"' '"cameo":"111"' '"location":null'

code 2006-11-28 "Solana briefed the ministers on the latest developments in Lebanon."
has_event "information shared is words: the place of what it is about is no location" '"cameo":"064"' '"location":null'

# A passive takes "to": a present form after its agent is no bare infinitive.
code 2014-09-15 "Iraqi forces backed by US air strikes retook the Haditha dam from jihadists, officials said."
has_event "the Iraqi forces retook the dam" '"source":{"code":"IRQMIL"' '"cameo":"192"'

# The victim after the killers' "of" is not whom the act is aimed at.
code 2014-09-15 "Britain vowed to hunt down the killers of aid worker David Haines."
lacks_event "the aid worker is not threatened" '"target":{"code":"---NGO"'
code 2014-09-15 "Pakistan arrested the killers of the Chinese engineers."
lacks_event "nor are the engineers arrested" '"target":{"code":"CHN'

# A price or revenge to be exacted from someone threatens them.
code 2024-04-15 "Benny Gantz said Israel would exact a price from Iran at a time of its choosing."
has_event "exacting a price is a threat" '"source":{"code":"ISR"' '"cameo":"130"' '"target":{"code":"IRN"'
code 2024-04-15 "The minister exacted a promise from the rebels."
lacks_event "a promise exacted is none" '"cameo":"130"'

# The object after a noun's infinitive (split by an adverb too) is that infinitive's.
code 2023-06-20 "The United States and India signed a deal to jointly produce fighter jet engines."
has_event "the two signed with each other" '"source":{"code":"USA"' '"cameo":"057"' '"target":{"code":"IND"'
lacks_event "... not with fighter jets" '"target":{"code":"---MIL"'

# "the Wagner group", "the Minsk group" in lower case, as wire copy writes them.
code 2015-06-01 "The Minsk group co-chairs met Aliyev in Baku."
has_event "the Minsk group is the OSCE's" '"source":{"code":"IGOEURSCE"'
lacks_event "... not Belarus" '"source":{"code":"BLR"'
code 2023-06-24 "The Wagner group seized military facilities in Rostov-on-Don during its short-lived mutiny."
has_event "Wagner mutinied against Russia (its military's facilities there)" '"source":{"code":"RUSREB"' '"cameo":"192"' '"target":{"code":"RUSMIL"'

# The victims of a participle after an attack are of the country of those attacked.
code 2008-08-20 "Taliban insurgents ambushed French troops east of Kabul, killing ten soldiers."
has_event "the ambush is on French troops" '"source":{"code":"AFGREB"' '"cameo":"190"' '"target":{"code":"FRAMIL"'
lacks_event "the soldiers killed are French, not of no country" '"target":{"code":"---MIL"'

# After "to", a past form before a noun is its adjective, no infinitive.
code 2025-03-05 "The UN World Food Programme delivered food aid to displaced families in Darfur."
has_event "aid delivered to the displaced" '"source":{"code":"IGOUNOWFP"' '"cameo":"073"' '"target":{"code":"SDNREF"'

# A government toppled in a vote fell by no force; by rebels it is force.
code 2024-12-04 "French lawmakers toppled the government of Prime Minister Michel Barnier in a no-confidence vote."
lacks_event "a vote is no force" '"cameo":"180"'
code 2013-03-25 "Seleka rebels toppled the government of President Francois Bozize."
has_event "rebels toppling is force" '"source":{"code":"CAFREB"' '"cameo":"180"' '"target":{"code":"CAFGOV"'

# Drones fired are aerial weapons, as drones launched.
code 2026-05-20 "Russian forces fired 120 drones at Kyiv overnight."
has_event "drones are aerial weapons" '"source":{"code":"RUSMIL"' '"cameo":"195"' '"target":{"code":"UKR"'

# An attack repelled is force against the attackers; a challenge fought off is not.
code 2026-03-12 "Ukrainian forces repelled a Russian attack on Pokrovsk."
has_event "repelling is fighting" '"source":{"code":"UKRMIL"' '"cameo":"190"' '"target":{"code":"RUS"'
code 2026-03-12 "President Macron fought off a challenge from French lawmakers."
lacks_event "a challenge fought off is no force" '"cameo":"190"'

# A quotation in a sentence "he" opens is that person's, not a speaker's named sentences before.
code 2006-12-17 "Gunmen kidnapped 25 aid workers, a security official said. The victims were taken away. Talks went on. British Prime Minister Tony Blair met Nuri al-Maliki in Baghdad. He told the Iraqi leader that Britain will \"stand four square behind Iraq\"."
has_event "the quoted pledge is Blair's" '"sentence":5' '"speaker":"He","speaker_code":"GBRGOV","via":null,"via_code":null,"quoted":true'
lacks_event "... not the security official's" '"speaker":"security official"'

# After a demand and a name, a plain form tagged as a past tense is the bare infinitive.
code 2026-06-02 "The UN demanded Russia withdraw its troops from Ukraine."
has_event "a demand for withdrawal" '"source":{"code":"IGOUNO"' '"cameo":"106"' '"target":{"code":"RUS"'
lacks_event "... not Russia withdrawing" '"cameo":"0874"'

# A ban proposed threatens sanctions, no economic cooperation.
code 2026-06-02 "The European Commission proposed a ban on Russian gas imports."
has_event "a ban proposed" '"source":{"code":"IGOEUREEC"' '"cameo":"1312"' '"target":{"code":"RUS"'
lacks_event "... no trade promised" '"cameo":"0311"'

# A superlative before "economy" is a periphrasis of one country, not the region;
# written in lower case ("the world's ...") it still names it.
code 2006-03-10 "Australia urged Asia's largest economy to open its rice market."
has_event "Asia's largest economy was Japan in 2006" '"source":{"code":"AUS"' '"target":{"code":"JPN"'
lacks_event "... not Asia" '"target":{"code":"ASA"'
code 2019-03-10 "Canada criticised the world's second-largest economy over its steel exports."
has_event "the world's second-largest economy is China after 2010" '"target":{"code":"CHN"'
code 2024-03-10 "Pakistan accused the world's most populous nation of meddling."
has_event "the world's most populous nation is India from 2023" '"target":{"code":"IND"'
code 2015-03-10 "Pakistan accused the world's most populous nation of meddling."
has_event "... China before" '"target":{"code":"CHN"'
code 2019-03-10 "Nigeria thanked Africa's largest economy for its support."
lacks_event "Africa's largest economy has changed: no actor, not Africa" '"target":{"code":"AFR"'

# A role word in a ship's name is no one.
code 2024-02-10 "Yemeni fighters attacked the Ocean Leader cargo ship near Hodeidah."
lacks_event "Leader is the ship's name, not Yemen's government" '"target":{"code":"YEMGOV"'
code 2024-02-10 "Somali pirates hijacked the MV Sea Commander off Eyl."
lacks_event "nor is Commander an army" '"target":{"code":"---MIL"'

# Myanmar's National Unity Government is the junta's opponents; the AFC is the M23's front from 2023.
code 2023-05-10 "Myanmar's National Unity Government accused Thailand of helping the junta."
has_event "the NUG is in opposition" '"source":{"code":"MMROPP"'
lacks_event "... not the government" '"source":{"code":"MMRGOV"'
code 2025-02-16 "The AFC accused Burundi of sending troops to Uvira."
has_event "the AFC is the M23's" '"source":{"code":"CODREB"' '"target":{"code":"BDI"'
code 2025-02-16 "AFC/M23 fighters attacked Congolese troops near Goma."
has_event "so is AFC/M23" '"source":{"code":"CODREB","country":"COD","sector":"REB","text":"AFC/M23"' '"target":{"code":"CODMIL"'

# The fighters of a movement in power are its forces, not rebels of the government.
code 2023-06-10 "Taliban fighters raided a village in Panjshir province."
has_event "Taliban fighters are the Taliban government's" '"source":{"code":"AFGGOV"'
lacks_event "... not AFGGOVREB" '"source":{"code":"AFGGOVREB"'
code 2018-06-10 "Taliban fighters raided a village in Panjshir province."
has_event "before 2021 they are rebels" '"source":{"code":"AFGREB"'

# A role word with no actor of its own, before "and" and an actor, is a side apart.
code 2005-11-29 "The army and Russia signed a deal on weapons."
lacks_event "the army is not Russia's" '"source":{"code":"RUSMIL"'
code 2005-11-29 "The envoy said his government and the Europeans would help Somalia."
lacks_event "the Europeans are no government" '"source":{"code":"EURGOV"'
code 2005-11-29 "The ambassadors of France, Italy and Spain met Abbas in Ramallah."
has_event "an agent before the actors still distributes" '"source":{"code":"ESPGOV"'

# Dating (the twenty-first time round): a length of years and months before
# "after" moves the act too, and a noun after "following" far from its date.
code 2006-12-20 "Egypt recalled its envoy in June 2005, two and a half years after Israeli troops attacked Lebanon."
has_event "a length of years and months 'after' another's date moves the act by both" '"source":{"code":"ISRMIL"' '"date":"2002-12-01"'
code 1997-04-08 "Israeli troops imposed a curfew on the part of Hebron still under their control following the handover of most of the flashpoint West Bank city to Palestinian rule in January."
has_event "a date after 'following' and a noun far before it is the noun's" '"source":{"code":"ISRMIL"' '"date":"1997-04-08"'

# A participle of aiming after the weapon names whom it was aimed at.
code 2025-06-14 "Iran retaliated on Saturday with a barrage of ballistic missiles fired at Tel Aviv."
has_event "the missiles fired at Tel Aviv are aimed at Israel" '"source":{"code":"IRN"' '"cameo":"194"' '"target":{"code":"ISR"'
code 2025-06-14 "Russia attacked with drones supplied by Iran."
lacks_event "weapons supplied by a country are not aimed at it" '"target":{"code":"IRN"'

# A country a leader takes out of a body is the source; the body is the target.
code 2025-01-21 "Trump withdrew the United States from the World Health Organization."
has_event "the United States leaves the WHO" '"source":{"code":"USA"' '"cameo":"166"' '"target":{"code":"IGOUNOHLHWHO"'

# A multinational police force offered is peacekeeping, aimed where it goes.
code 2023-07-30 "Kenya offered to lead a multinational police force to Haiti."
has_event "an offer of peacekeeping to Haiti" '"source":{"code":"KEN"' '"cameo":"0334"' '"target":{"code":"HTI"'
lacks_event "... not to Kenya's police" '"target":{"code":"KENCOP"'

# A goal hit or struck is sport, no force.
code 2006-12-20 "The Ivory Coast striker hit the winner against Ghana on Sunday."
lacks_event "hitting the winner is no attack" '"cameo":"190"'
code 2025-06-14 "Russian drones hit Kharkiv overnight."
has_event "a city hit is still force" '"cameo":"19'

# A city before a topic word and a document word in lower case names the document.
code 2025-01-21 "The United States withdrew from the Paris climate agreement."
lacks_event "Paris is the agreement's, not France" '"target":{"code":"FRA"'

# Force in a region of no state is done there, not to it.
code 2026-10-01 "US forces struck a drug boat in the Caribbean, killing three people."
has_event "the strike is coded" '"source":{"code":"USAMIL"' '"cameo":"190"'
lacks_event "... not against the Caribbean" '"target":{"code":"CRB"'

# A clash in the Oval Office is one of words.
code 2025-03-01 "Zelensky and Trump clashed in the Oval Office."
has_event "a clash of words" '"source":{"code":"UKRGOV"' '"cameo":"111"' '"target":{"code":"USAGOV"'
lacks_event "... no battle" '"cameo":"190"'

# Passives: what missiles destroyed was struck; sanctions lifted are eased.
code 2026-11-20 "A Ukrainian power plant was destroyed by Russian missiles overnight."
has_event "struck by missiles" '"source":{"code":"RUSMIL"' '"cameo":"194"' '"target":{"code":"UKR"'
code 2026-11-20 "The sanctions on Syria were lifted by the United States in May."
has_event "sanctions lifted" '"source":{"code":"USA"' '"cameo":"085"' '"target":{"code":"SYR"'
code 2026-11-20 "Aid to Gaza has been blocked by Israel since March."
has_event "aid blocked" '"source":{"code":"ISR"' '"cameo":"191"' '"target":{"code":"PSEGZA"'

# Blanks fired hit no one: a drill or a show of force.
code 2006-05-01 "Russian soldiers fired blanks from assault rifles to repel an imagined landing."
has_event "blanks fired show force" '"source":{"code":"RUSMIL"' '"cameo":"150"'
lacks_event "... no shooting" '"cameo":"193"'

# Someone welcomed to a podium or stage is introduced, not praised.
code 2006-12-14 "The Japanese speaker welcomed the Indian prime minister to the podium."
lacks_event "welcomed to the podium is no praise" '"cameo":"051"'
code 2006-12-14 "The Japanese speaker welcomed the Indian prime minister's decision."
has_event "a decision welcomed is still praise" '"cameo":"051"'

# Protesters arrested or detained are arrested (173), not violently repressed.
code 2006-05-01 "Egyptian police detained dozens of protesters in Cairo."
has_event "protesters detained are arrested" '"source":{"code":"EGYCOP"' '"cameo":"173"'
lacks_event "... no violent repression" '"cameo":"175"'

# Election results rejected are rejected (120), no reform refused (123).
code 2006-05-01 "The Venezuelan opposition rejected the government's election results."
has_event "results rejected" '"source":{"code":"VENOPP"' '"cameo":"120"' '"target":{"code":"VENGOV"'
lacks_event "... no reform refused" '"cameo":"123"'
code 2006-05-01 "The Venezuelan government rejected opposition demands for an election."
has_event "an election demanded and refused is still 123" '"cameo":"123"'

# Armed men of a title and a person the dictionaries know are the person's side.
code 1997-03-20 "The troops of rebel leader Laurent Kabila shelled the army garrison."
has_event "Kabila's troops, not nobody's" '"source":{"code":"CODREB"' '"cameo":"19'
code 1999-03-20 "The soldiers of President Kabila attacked the rebels."
has_event "the president's soldiers" '"source":{"code":"CODGOVMIL"' '"cameo":"19'
code 1997-03-20 "The lawyers of President Mobutu denounced the newspaper."
lacks_event "only armed men join the person after a title" '"source":{"code":"CODGOVJUD"'

# A government's fighters are its forces, not rebels.
code 2016-03-20 "Syrian government fighters shelled rebel positions near Aleppo."
has_event "the government's forces" '"source":{"code":"SYRMIL"' '"cameo":"19'

# A short line of its own (a headline) ends at its line break.
code 2025-08-06 "Israel strikes Hezbollah targets in Beirut
Trump slaps 25% tariff on Indian goods
The two moves came on the same day, as markets and governments around the world watched closely."
has_event "the tariff is Trump's" '"source":{"code":"USAGOV"' '"cameo":"163"' '"target":{"code":"IND"'
lacks_event "... not Hezbollah's" '"source":{"code":"LBNREB"' '"cameo":"163"'

code 2025-04-11 "Israeli Prime Minister Benjamin Netanyahu said Israel would strike Iran's nuclear sites."
has_event "an official saying his state will use force threatens it" '"source":{"code":"ISR"' '"cameo":"138"' '"target":{"code":"IRN"'
code 2025-04-11 "Secretary of State Marco Rubio said Washington will sanction Iranian oil buyers."
has_event "... and sanctions his state will impose are threatened" '"cameo":"1312"'
code 2025-04-11 "President Vladimir Putin said Russia would meet Taliban leaders next week."
lacks_event "... but a meeting his state will hold keeps its code, as field coders code it" '"cameo":"036"'

code 2025-06-14 'Saudi Arabia denounced what it called "blatant Israeli aggression" against Iran.'
has_event "what a free relative of naming gives is the object of the verb before" '"source":{"code":"SAU"' '"cameo":"111"' '"target":{"code":"ISR"'
lacks_event "... and calling it so is no call on anyone" '"cameo":"041"'
code 2025-06-14 "China condemned what it described as provocations by the Philippines."
has_event "... 'described as' too" '"source":{"code":"CHN"' '"cameo":"111"' '"target":{"code":"PHL"'

code 2026-05-20 "The Supreme Court struck down Trump's tariffs."
lacks_event "a court striking down a measure rules on it, with no force" '"cameo":"19'

code 2026-05-20 "Mali's junta dissolved all political parties."
has_event "parties dissolved by decree are banned" '"source":{"code":"MLIGOV"' '"cameo":"1722"'
code 2026-05-20 "The president dissolved parliament and called early elections."
lacks_event "... a parliament dissolved is no sanction" '"cameo":"17'

code 2026-08-02 "Ukraine's military intelligence said its drones struck a Russian oil refinery in Ryazan overnight."
has_event "after a verb of saying a verb the tagger took for a present form is no bare infinitive" '"cameo":"195"' '"target":{"code":"RUS"'
code 2026-08-02 "Israeli jets fired missiles at a Syrian army post."
has_event "jets of a country are its military aircraft" '"source":{"code":"ISR' '"cameo":"195"' '"target":{"code":"SYRMIL"'
code 2006-11-18 "The Japanese prime minister suggested the two sides hold a ministerial meeting with China."
lacks_event "... but a meeting suggested is not held" '"cameo":"040"'
# A country's "intelligence" right after its name is its intelligence service;
# alone, or before a noun, the word is information.
code 2024-05-01 "Ukrainian intelligence said Russia attacked a port in Odesa."
has_event "Ukrainian intelligence speaks" '"speaker_code":"UKRSPY"'
code 2024-05-01 "Russian intelligence accused Britain of spying."
has_event "Russian intelligence accuses" '"source":{"code":"RUSSPY"' '"target":{"code":"GBR"'
code 2024-05-01 "Britain's intelligence accused Russia of sabotage."
has_event "a possessive country's intelligence" '"source":{"code":"GBRSPY"'
code 2024-05-01 "Ukraine's intelligence reports said Russia attacked a port in Odesa."
lacks_event "intelligence reports are no service" 'UKRSPY'
code 2024-05-01 "Israel attacked Hamas on Monday based on intelligence."
lacks_event "intelligence alone is information" '---SPY'

# "Its" opening a sentence stands for the state that opened the one before.
code 2024-05-01 "Iran rejected the proposal on Monday. Its foreign ministry said Israel attacked a consulate in Damascus."
has_event "its foreign ministry speaks for Iran" '"speaker_code":"IRNGOV"'
code 2024-05-01 "Iran rejected the proposal on Monday. Its army attacked Kurdish rebels in Iraq."
has_event "its army is Iran's" '"source":{"code":"IRNMIL"'
code 2024-05-01 "NATO rejected the proposal on Monday. Its foreign ministry said Israel attacked a consulate in Damascus."
lacks_event "an organisation has no foreign ministry" '"speaker_code":"IGO'

# Critics and opponents of a state's leader or body are its opposition.
code 1997-04-01 "Critics of President Mobutu accused the government of corruption."
has_event "critics of Mobutu are the opposition" '"source":{"code":"CODOPP"' '"target":{"code":"CODGOV"'
code 1997-04-01 "Opponents of Rwanda's Senate protested in Kigali."
has_event "opponents of a senate are the opposition" '"source":{"code":"RWAOPP"' '"cameo":"14'
code 2024-04-01 "Police arrested critics of President Vladimir Putin in Moscow."
has_event "critics of Putin arrested" '"source":{"code":"RUSCOP"' '"target":{"code":"RUSOPP"'

# A speaker is coded as the sentence codes it, not as its words alone.
code 2006-11-11 "The British trade and industry leader said Britain and China could cooperate to curb climate change."
has_event "the British trade leader speaks for Britain" '"speaker_code":"GBRGOV"'
code 2005-12-15 "Authorities in Madagascar have arrested an opposition leader, police said Thursday."
has_event "police of the country the sentence names" '"speaker_code":"MDGCOP"'

# The House of Commons is Britain's, or Canada's in a story of Canada.
code 2006-11-22 "Harper told the House of Commons that Quebecers form a nation."
has_event "Harper's House of Commons" '"source":{"code":"CANGOV"' '"target":{"code":"CANLEG"'
code 2024-05-01 "The House of Commons condemned Russia on Tuesday."
has_event "the House of Commons alone" '"source":{"code":"GBRLEG"'
code 2024-05-01 "Trudeau told the British House of Commons that Russia must pay."
has_event "the British House of Commons" '"target":{"code":"GBRLEG"'

# A crowd counted by a quantity word alone, before a protest verb, is protesters.
code 2024-05-01 "Thousands protested in Belgrade on Sunday."
has_event "thousands in Belgrade" '"source":{"code":"SRBOPP"' '"cameo":"14'
code 2024-05-01 "Thousands of people protested in Belgrade against President Aleksandar Vucic."
has_event "thousands of people against Vucic" '"source":{"code":"SRBOPP"' '"target":{"code":"SRBGOV"'
code 2024-05-01 "The army killed thousands in Darfur."
lacks_event "thousands killed are no protesters" 'OPP"'

# "The president" in a story of one country is its own.
code 2006-12-11 "Bangladesh's election commission met on Monday. The president deployed the army in Dhaka."
has_event "the president of a one-country story" '"source":{"code":"BGDGOV"' '"cameo":"154"'
# A date in a clause another verb opens after the act is that verb's.
code 2014-11-13 "Kenya warned Uganda that the new council, formed in October, would fail."
has_event "a participle set off by commas after a noun owns its date" '"target":{"code":"UGA"' '"date":"2014-11-13"'
code 2014-11-13 "Egypt urged Israel to end the dispute triggered when Israeli soldiers shot three Egyptian guards in August."
has_event "a 'when' clause after a noun's participle tells the participle's time" '"target":{"code":"ISR"' '"date":"2014-11-13"'
code 2014-11-13 "Israeli troops killed three Egyptian guards when they opened fire in August."
has_event "... but one after the act's own verb shares its time" '"cameo":"19' '"date":"2014-08-01"'
code 2006-08-14 "Police arrested nine drug smugglers on Monday in northwest Pakistan's tribal belt."
has_event "a compound compass word qualifies a place as 'northern' does" '"cameo":"173"' '"location":{"name":"Pakistan"'

code 2007-03-02 "Soldiers killed four militants in a village of Zhari district of Kandahar province on Friday."
has_event "a part named with 'a' leads to the place as with 'the'" '"cameo":"19' '"location":{"name":"Kandahar"'

code 2006-11-19 "Japan and Chile signed a trade pact on Saturday on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit in Hanoi."
has_event "a bracket spelling out a name does not end the phrase of place" '"cameo":"057"' '"location":{"name":"Hanoi"'

code 2006-11-17 "Russia and Chile signed a protocol on Friday in the Chilean capital Santiago, Russian officials said."
lacks_event "a country's name inside a longer word is no item of a list of places" '"location":{"name":"Russia"'
has_event "... so the signing stays where it was done" '"source":{"code":"CHL"' '"cameo":"057"' '"location":{"name":"Santiago"'

code 2008-03-05 "A senior official at the US Treasury, Robert Kimmitt, praised the reforms of the Egyptian government."
lacks_event "a country's name before a state body names the body, not a place" '"location":{"name":"United States"'

code 2008-11-28 "India suspended its peace talks with Pakistan following the attacks on hotels in Mumbai."
has_event "a place in a phrase of what caused the act is no place of it" '"source":{"code":"IND"' '"cameo":"164"' '"location":null'

code 2006-08-02 "Israeli troops raided the town of Jenin in retaliation for a rocket attack in Sderot."
lacks_event "... so the raid is not in the town the rockets hit" '"location":{"name":"Sderot"'

code 2006-05-10 "Israeli and Palestinian negotiators met the following day in Cairo."
has_event "... but 'the following day' is a time, not a cause" '"cameo":"04' '"location":{"name":"Cairo"'

code 2007-04-03 "Iran's foreign minister, who is paying a two-day visit to Lebanon, has urged Israel to release its Lebanese prisoners."
has_event "a visit being paid is where the visitor's words are spoken" '"source":{"code":"IRNGOV"' '"cameo":"02' '"location":{"name":"Lebanon"'

code 2007-05-10 "South Korean Foreign Minister Kim Sung-hwan arrived in Beijing on Thursday. Kim said South Korea would expand its trade with China. North Korean Vice Foreign Minister Kim Kye-gwan also met Chinese officials."
has_event "a namesake named later does not take back the code of one who spoke before" '"speaker":"Kim","speaker_code":"KORGOV"'

code 2008-04-02 "Moscow warned NATO on Wednesday against meddling in Ukraine."
has_event "a gerund after a preposition names what a warning is about, not where it was given" '"source":{"code":"RUS"' '"cameo":"13' '"location":null'

code 2007-03-28 "The EU has condemned Sudan each year since the massacres in Darfur in 2003, but Russia this year blocked a joint EU statement."
has_event "a place before 'but' tells of the clause before it" '"source":{"code":"RUS"' '"cameo":"1' '"location":null'
# Crowd-control weapons fired at someone are repression (175), not small arms (193).
code 2011-01-28 "Egyptian police fired rubber bullets at protesters in Cairo."
has_event "rubber bullets fired at protesters" '"source":{"code":"EGYCOP"' '"cameo":"175"'
lacks_event "... no small-arms fire" '"cameo":"193"'
code 2011-01-28 "Turkish police fired tear gas and water cannon at Kurdish demonstrators."
has_event "tear gas fired" '"source":{"code":"TURCOP"' '"cameo":"175"'

# A state's delegation welcomed is hosted (043), the visitors visit (042).
code 2006-05-01 "France welcomed the Chinese delegation to Paris on Monday."
has_event "welcomed delegation hosted" '"source":{"code":"FRA"' '"cameo":"043"' '"target":{"code":"CHN"'
has_event "... and the delegation visits" '"source":{"code":"CHN"' '"cameo":"042"'

# A border or crossing opened eases restrictions (081); deploying along one does not.
code 2006-05-01 "Egypt reopened the Rafah crossing with the Gaza Strip on Tuesday."
has_event "crossing reopened" '"source":{"code":"EGY"' '"cameo":"081"' '"target":{"code":"PSEGZA"'
code 2006-05-01 "Palestinian police began deploying along the border with Israel."
lacks_event "deploying along a border opens nothing" '"cameo":"081"'

# A state blocking a common stance rejects it (120), no obstruction of passage (144).
code 2006-05-01 "France blocked a common EU stance on China."
has_event "stance blocked" '"source":{"code":"FRA"' '"cameo":"120"'
lacks_event "... not obstruction" '"cameo":"144"'

# Force that could come on a condition, told by a warning, is a threat (138);
# told as a guess it is nothing.
code 2012-02-01 "Israel may strike Iran's nuclear sites if the talks fail, Israeli officials warned."
has_event "conditional strike warned of" '"source":{"code":"ISR"' '"cameo":"138"' '"target":{"code":"IRN"'
code 2012-02-01 "Israel may strike Iran's nuclear sites if the talks fail, analysts said."
lacks_event "... a guess is no threat" '"cameo":"138"'

# A headline's comma between two names opening it stands for "and".
code 2006-05-01 "Syria, Turkey to hold talks on water"
has_event "headline pair, one way" '"source":{"code":"SYR"' '"cameo":"046"' '"target":{"code":"TUR"'
has_event "... and the other" '"source":{"code":"TUR"' '"cameo":"046"' '"target":{"code":"SYR"'

# A pronoun with no listed verb before it stands for the subject of a finite "be".
code 2005-11-07 "Four US marines were on leave in the Philippines when they raped a Filipina woman."
has_event "they are the marines" '"source":{"code":"USAMIL"' '"cameo":"1821"' '"target":{"code":"PHLCVL"'

# One a passive infinitive follows is not the one asked.
code 2005-12-14 "The Iranian president has called for Israel to be wiped off the map."
lacks_event "no appeal to Israel" '"cameo":"020"' '"target":{"code":"ISR"'
code 2005-12-14 "The EU urged Iran to be more transparent."
has_event "an adjective after to be still asks" '"source":{"code":"IGOEUREEC"' '"cameo":"020"' '"target":{"code":"IRN"'

# The setting of an event attended hosts no visit; a country visited does.
hosts=$(mktemp -d /tmp/dyad-news.XXXXXX)
printf 'actor USAGOV : Obama\nactor RUS : Russia | Sochi\nactor CHE : Switzerland\nverb 042 : attend | visit\npattern 042:043 : * + | * (in +)\n' > "$hosts/hosts.dyad"
code_hosts() { out=$(printf 'date %s\n%s\n' "$1" "$2" | "$dyad" code --dicts "$hosts" 2>/dev/null); }
code_hosts 2013-10-20 "Obama will attend the Sochi Olympics."
has_event "the place in an event's name is where one goes" '"source":{"code":"USAGOV"' '"cameo":"042"' '"target":{"code":"RUS"'
lacks_event "... but it hosts no visit" '"cameo":"043"'
code_hosts 2013-10-20 "Obama will attend a summit in Switzerland on the crisis."
has_event "the place of a summit attended is where one goes" '"source":{"code":"USAGOV"' '"cameo":"042"' '"target":{"code":"CHE"'
lacks_event "... but it hosts no visit" '"cameo":"043"'
code_hosts 2013-10-20 "Obama visited Russia on Monday."
has_event "a country visited hosts the visit" '"source":{"code":"RUS"' '"cameo":"043"' '"target":{"code":"USAGOV"'
rm -rf "$hosts"
# Event dates by holidays of the country, a relative year after a holiday, a day of the month in a schedule.
code 2021-10-15 "Putin will meet Lukashenko in Moscow on Victory Day."
has_event "Victory Day is May 9 in Russia, the next one ahead" '"source":{"code":"RUSGOV"' '"cameo":"040"' '"date":"2022-05-09"'
code 2021-10-15 "Lukashenko visited Moscow on Victory Day."
has_event "... this year's one back" '"source":{"code":"BLRGOV"' '"cameo":"042"' '"date":"2021-05-09"'
code 2021-10-15 "Putin met Lukashenko in Sochi at Christmas last year."
has_event "'Christmas last year' is last year's Christmas, not a year" '"source":{"code":"RUSGOV"' '"cameo":"040"' '"date":"2020-12-25"'
code 2021-10-15 "Russian and Ukrainian negotiators meet again in Minsk on the 2nd."
has_event "a schedule's present puts a day of the month ahead" '"cameo":"040"' '"date":"2021-11-02"'

code 2021-10-15 "After ordering the arrest of 12 union leaders Monday, the Palestinian Authority arrested several more teachers overnight."
lacks_event "'overnight' after an 'after' clause's Monday is Monday's night, not the night before it" '"cameo":"173"' '"date":"2021-10-10"'
# A region named alone is a place of its own, at its own centre, not its country's.
code 2006-11-02 "Israeli troops shot dead two Palestinian gunmen in the northern Gaza Strip on Thursday."
has_event "the Gaza Strip is placed in the Gaza Strip" '"cameo":"19' '"location":{"name":"Gaza Strip","country":"PSE","admin1":null,"lat":31.4000,"lon":34.4000'
code 2006-11-02 "Sudanese troops attacked a rebel base in Darfur on Thursday, the army said."
lacks_event "... and Darfur is not at Sudan's centre" '"location":{"name":"Sudan"'
has_event "... but in Darfur" '"location":{"name":"Darfur","country":"SDN"'

# A gathering "to be held" in a place is where one attends it or agrees to meet.
code 2006-11-11 "Thai Prime Minister Surayud Chulanont will attend a meeting of ASEAN leaders to be held in Jakarta next month."
has_event "a meeting attended is where it is to be held" '"cameo":"044"' '"location":{"name":"Jakarta","country":"IDN"'
code 2006-11-11 "Indonesia and Malaysia agreed to hold talks with Thailand at a conference to be held in Bangkok on Friday."
has_event "... and so are talks agreed at a conference held there" '"cameo":"036"' '"location":{"name":"Bangkok","country":"THA"'

# Talks joined by "and" to a visit in the same form are held where the visit is paid.
code 2006-11-21 "Indonesian President Susilo Bambang Yudhoyono will visit Australia next week and hold talks with Prime Minister John Howard."
has_event "talks joined to a visit are held in the country visited" '"source":{"code":"IDNGOV"' '"cameo":"046"' '"location":{"name":"Australia"'
code 2006-11-21 "The minister said he had visited Kenya and would meet Sudanese leaders soon."
lacks_event "... not a meeting to come after a visit paid" '"cameo":"040"' '"location":{"name":"Kenya"'

# A sentence that opens with "In" a place, then a comma, tells where its words were spoken.
code 2006-11-21 "In Nairobi, the Kenyan foreign minister said his government would urge Somalia to resume peace talks."
has_event "words told after an opening place were spoken there" '"source":{"code":"KENGOV"' '"cameo":"026"' '"location":{"name":"Nairobi"'

# "state" after a region's name is a place noun, as "province" is.
code 2025-11-04 "Myanmar's military bombed a village in Rakhine state on Tuesday, residents said."
has_event "a region before 'state' is the place" '"cameo":"195"' '"location":{"name":"Rakhine","country":"MMR"'
code 2025-11-04 "Iran condemned US state media on Tuesday."
lacks_event "... but not a country before 'state' and a noun" '"location":{"name":"United States"'

# A country's formal name ("the Republic of Kenya") is the country.
code 2005-11-11 "The Nepalese king will visit the Republic of Kenya and the Arab Republic of Egypt next month."
has_event "a formal name is its country's place" '"cameo":"042"' '"target":{"code":"KEN"' '"location":{"name":"Kenya"'
# An official of the actor's side speaking after a comma tells a threat, as
# one speaking before does; another side's official only forecasts.
code 2025-06-20 "Israel will strike Iran again if it rebuilds its nuclear sites, Netanyahu said on Sunday."
has_event "a trailing official's own-side force is a threat" '"source":{"code":"ISR"' '"cameo":"138"' '"target":{"code":"IRN"'
code 2025-06-20 "Israel will strike Iran again, Netanyahu said."
has_event "... with no condition too" '"source":{"code":"ISR"' '"cameo":"138"' '"target":{"code":"IRN"'
code 2025-06-20 "Russia will attack Ukraine again, U.S. officials said."
lacks_event "... another side's forecast is no threat" '"cameo":"138"'

# Arms a pattern names, or weapons with no country as the object of an act short
# of force, are things given, asked for or traded: no target.
code 2025-10-20 "Kyiv asked for Tomahawk missiles to strike deep inside Russia."
lacks_event "missiles asked for are no target" '"target":{"code":"---MIL"'
code 2025-10-20 "Ukraine asked the United States for long-range missiles."
has_event "... the one asked is" '"source":{"code":"UKR"' '"cameo":"0232"' '"target":{"code":"USA"'
code 2025-10-20 "Vietnam imported the warplanes last year."
lacks_event "warplanes imported are no target" '"target":{"code":"---MIL"'
code 2025-10-20 "Iran sold drones to Russia."
has_event "... whom they go to is" '"source":{"code":"IRN"' '"target":{"code":"RUS"'

# Disapproval of a breach of one's rights is aimed at whoever breaches them.
code 2025-06-14 "China opposed any violation of Iran's sovereignty."
lacks_event "the one whose sovereignty is violated is no target" '"target":{"code":"IRN"'
code 2025-06-14 "Turkey condemned the occupation of Syrian land."
lacks_event "... nor the occupied" '"target":{"code":"SYR"'

# A state that protests lodges a complaint (114); people demonstrate (141).
code 2025-08-25 "China protested Japan's plans to release treated water into the sea."
has_event "a state protesting complains" '"source":{"code":"CHN"' '"cameo":"114"' '"target":{"code":"JPN"'
lacks_event "... and does not demonstrate" '"cameo":"141'
code 2025-08-25 "Kenyan students protested the government's plans to raise fees."
has_event "people protesting demonstrate" '"cameo":"141'

# Whom a demand asks to be released is not who is asked.
code 2025-09-03 "The European Union demanded the immediate release of the jailed Georgian opposition leader."
lacks_event "one to be released is not the one demanded of" '"target":{"code":"GEOOPP"'
code 2025-09-03 "The European Union demanded that Tbilisi release the jailed opposition leader."
has_event "... the one to release is" '"source":{"code":"IGOEUREEC"' '"cameo":"10' '"target":{"code":"GEO'
code 2024-05-01 "Fighting flared again in Sudan on Monday. The army said its jets bombed the rebels."
has_event "a sentence with no event names the story's country: the army and its jets" '"source":{"code":"SDNMIL"' '"cameo":"195"'
code 2009-05-12 "The Pakistani army said its troops stormed a militant compound in the Swat valley."
has_event "its troops storming a place are the speaker's forces" '"source":{"code":"PAKMIL"' '"cameo":"190"'
code 1997-04-14 "The PKK has been waging a separatist war in southeastern Turkey since 1984."
lacks_event "a separatist war is a kind of war, no separatist party to it" '"code":"TURSEP"'
has_event "... the PKK wages it" '"source":{"code":"TURREB"' '"cameo":"190"'

# Weapons given as military aid by their names alone.
code 2025-10-20 "Trump said he would not give Tomahawks to Ukraine."
has_event "aid refused by name is rejected" '"source":{"code":"USAGOV"' '"cameo":"121"' '"target":{"code":"UKR"'
code 2024-08-04 "The Netherlands delivered F-16s to Ukraine."
has_event "jets delivered by name are military aid" '"source":{"code":"NLD"' '"cameo":"072"' '"target":{"code":"UKR"'

# What one hopes or fears another will do is not done.
code 2006-05-01 "Beijing hoped Washington would help Taiwan."
lacks_event "an act hoped for is not done" '"cameo":"070"'
code 2006-05-01 "Israel fears Iran will attack it."
lacks_event "an act feared is not done" '"cameo":"19'

# A verb joined to a negated one shares its auxiliaries.
code 2006-05-01 "Russia did not attack Georgia or bomb Ukraine."
lacks_event "a bare verb joined to a negated one is negated" '"cameo":"19'
code 2006-05-01 "Russia has not attacked Georgia or bombed Ukraine."
lacks_event "a participle joined by 'or' to a negated one is negated" '"cameo":"19'
code 2006-05-01 "Russia has attacked Georgia and bombed Ukraine."
has_event "... and a joined participle with no negation is done" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"195"'

# "decline" alone is declining to comment (011): an attack declined is no attack.
code 2006-05-01 "Syria declined to attack Israel."
lacks_event "a conflict act declined is not done" '"cameo":"190"'
# Fire exchanged or traded by a compound subject: each side attacks the other (with
# heavy arms when the fire is artillery, 194).
code 2025-07-24 "Thailand and Cambodia exchanged artillery fire along their disputed border."
has_event "the first side fires on the second" '"source":{"code":"THA"' '"cameo":"194"' '"target":{"code":"KHM"'
has_event "... and the second on the first" '"source":{"code":"KHM"' '"cameo":"194"' '"target":{"code":"THA"'
code 2025-05-07 "Indian and Pakistani troops traded gunfire across the Line of Control."
has_event "gunfire traded is an attack on the other side" '"source":{"code":"INDMIL"' '"cameo":"190"' '"target":{"code":"PAKMIL"'

# A list of names closed by "and" is one object: what follows it is still the verb's.
code 2025-03-01 "The European Union recognized Moldova, Ukraine and Georgia as candidates for membership."
has_event "states recognised as candidates are let closer" '"source":{"code":"IGOEUREEC"' '"cameo":"050"' '"target":{"code":"GEO"'
lacks_event "... not recognised as states" '"cameo":"054"'
code 2025-03-01 "Iran agreed to suspend enrichment and resume talks on its programme, Russia and China said."
lacks_event "a list after a comma that follows a lower-case word is another clause" '"target":{"code":"RUS"'

# Arms counted by a noun before "of" are still the means of force, not its target.
code 2025-08-21 "Ukraine launched a wave of drones at an oil refinery in southern Russia."
has_event "the drones' target is the place they were launched at" '"source":{"code":"UKR"' '"cameo":"195"' '"target":{"code":"RUS"'
lacks_event "... not the drones" '"target":{"code":"RUSMIL"'

# Money given "in" aid of a kind is aid of that kind.
code 2025-06-20 "Germany pledged 500 million euros in humanitarian aid to Sudan."
has_event "money pledged in humanitarian aid" '"source":{"code":"DEU"' '"cameo":"0333"' '"target":{"code":"SDN"'
code 2025-06-20 "Japan will provide 10 million dollars in emergency aid to Myanmar."
has_event "money provided in emergency aid" '"source":{"code":"JPN"' '"cameo":"073"' '"target":{"code":"MMR"'
code 2025-06-20 "Washington announced 400 million dollars in military aid to Kyiv."
has_event "money announced in military aid" '"source":{"code":"USA' '"cameo":"0332"' '"target":{"code":"UKR"'
code 2025-03-10 "Iranian commandos attacked a Greek tanker in the Strait of Hormuz on Monday."
has_event "a strait is where an event at sea happened" '"source":{"code":"IRNMIL"' '"location":{"name":"Strait of Hormuz","country":null' '"lat":26.6'

code 2025-03-10 "Chinese coast guard vessels rammed a Philippine supply boat in the South China Sea."
has_event "a sea is a place, though no state owns it" '"target":{"code":"PHL"' '"location":{"name":"South China Sea"'

code 2025-03-10 "Ukrainian forces shelled Russian troops along the Dnieper River on Tuesday."
has_event "along a river is a place" '"source":{"code":"UKRMIL"' '"location":{"name":"Dnieper River","country":"UKR"'

code 2025-03-10 "Pirates hijacked a Chinese fishing vessel off Somalia."
has_event "off a coast is a place" '"target":{"code":"CHN"' '"location":{"name":"Somalia"'

code 2025-03-10 "US troops killed three militants at Bagram air base."
has_event "an air base libgeonames lacks is a place" '"source":{"code":"USAMIL"' '"location":{"name":"Bagram","country":"AFG","admin1":"Parwan"'

code 2025-03-10 "Israeli police arrested two Palestinian activists at Ben Gurion airport on Monday."
has_event "an airport is a place" '"source":{"code":"ISRCOP"' '"location":{"name":"Ben Gurion"'

code 2025-03-10 "Israeli police arrested two Palestinian students at the Ben Gurion University on Monday."
lacks_event "a university named after a person is no airport" '"location":{"name":"Ben Gurion"'

code 2025-03-10 "Israeli troops attacked Palestinian militants in the Red Sea resort of Eilat."
has_event "a resort named on a sea is the resort" '"location":{"name":"Eilat"'

code 2005-12-12 "Serb troops overwhelmed Croat defenders at the Danube River town."
lacks_event "a town on a river is not at the river's centre" '"location":{"name":"Danube'

code 2025-06-10 "Kazakh President Kassym-Jomart Tokayev held a rally with supporters in Astana on Sunday."
has_event "a capital's name of today for GeoNames' older one" '"location":{"name":"Nur-Sultan","country":"KAZ"'

code 2025-06-10 "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov at the Diaoyutai State Guesthouse on Tuesday."
has_event "a state guesthouse stands for its city" '"source":{"code":"CHNGOV"' '"location":{"name":"Beijing"'

code 2025-06-10 "Algeria recalled its ambassador to France on Tuesday over remarks by a French minister."
has_event "recalling an ambassador is an act" '"source":{"code":"DZA"' '"cameo":"161"'
lacks_event "... and no words: Algeria is no speaker of it" '"speaker":"Algeria"'

code 2025-07-15 "Syrian government forces clashed with Druze fighters in Sweida on Tuesday."
has_event "a Syrian city under the spelling of today's news" '"location":{"name":"As-Suwayda","country":"SYR"'
# Role words of those who act at home take the country of the event's place,
# else the story's one country, never the other party's without a place.
code 2006-11-20 "British troops battled Islamist militants near Basra on Monday."
has_event "foes of foreign troops are of the place's country" '"source":{"code":"GBRMIL"' '"target":{"code":"IRQREB"' '"cameo":"190"'
code 2025-04-02 "Suicide bombers struck a police station in Peshawar on Tuesday."
has_event "bombers with no target country are of the place's" '"source":{"code":"PAKREB"' '"cameo":"190"'
code 2024-05-01 "Fighting flared again in Sudan on Monday. Gunmen killed four villagers."
has_event "gunmen in a story of one country are that country's" '"source":{"code":"SDNUAF"' '"cameo":"18'
code 2006-11-20 "Iraq's government extended a curfew in Baghdad. US troops killed five insurgents on Monday."
lacks_event "... not once a second country is named" '"target":{"code":"IRQREB"'
lacks_event "... nor the other party's" '"target":{"code":"USAREB"'
code 2006-12-27 "Somalia's government asked for help. The Islamists agreed to attend talks in Nairobi on Thursday."
lacks_event "the venue of talks is not the country of those who attend" '"code":"KENMUS"'
code 2006-12-28 "Pro-government fighters took control of the airport in Mogadishu."
lacks_event "pro-government fighters are no rebels" '"sector":"REB"'

code 2025-05-01 "Israeli Officials accused Hamas of lying."
has_event "a capitalised plural after a country's adjective is no name: the past form after it is its verb" '"source":{"code":"ISRGOV"' '"cameo":"112"'
# What is expected, or counted two weeks on, lies ahead of the story.
code 2026-03-11 "Iranian and French diplomats expect talks in Paris on Thursday."
has_event "a present 'expect' puts the weekday ahead" '"cameo":"036"' '"date":"2026-03-12"'
code 2026-03-11 "The Iranian foreign minister will visit Paris the week after next."
has_event "'the week after next' dates the visit two weeks on" '"cameo":"042"' '"date":"2026-03-23"'

# A place named before "in" is what was taken; the one after, where it lies.
code 2025-01-27 "M23 rebels seized Goma in eastern Congo."
has_event "a place before 'in' is the target" '"source":{"code":"CODREB"' '"target":{"code":"COD"' '"cameo":"192"'
has_event "... and where it happened" '"cameo":"192"' '"location":{"name":"Goma"'

# One actor and a place: the actor's own name is a place too.
code 2024-05-01 "Russia bombed Kharkiv on Monday."
has_event "a state's name is no place that hides the city after it" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"195"'

# A claim of responsibility is aimed at whom the claimed act struck.
code 2025-03-10 "Al-Shabaab claimed responsibility for an attack that killed six Kenyan soldiers near the border."
has_event "a relative clause tells whom a claimed attack struck" '"source":{"code":"SOMREB"' '"target":{"code":"KENMIL"' '"cameo":"015"'
code 2025-03-10 "Al-Shabaab claimed responsibility for a bombing targeting Kenyan police in Mandera."
has_event "so does a participle" '"target":{"code":"KENCOP"' '"cameo":"015"'
lacks_event "... and the act is the claim's" '"cameo":"19'

# A passive subject that is a thing aimed at an actor: the actor is the target.
code 2025-06-02 "New sanctions against Iran were imposed by the European Union on Monday."
has_event "sanctions against a state, imposed in the passive" '"source":{"code":"IGOEUREEC"' '"target":{"code":"IRN"' '"cameo":"163"'
code 2025-06-02 "Emergency aid to Haiti was pledged by Japan."
has_event "... and the noun before the preposition is the pattern's object" '"source":{"code":"JPN"' '"target":{"code":"HTI"' '"cameo":"033'

# An act of the past is done by whom its actor was on the event's date.
code 2026-03-04 "The Taliban attacked Kunduz in 2015."
has_event "the Taliban of 2015 are rebels" '"source":{"code":"AFGREB"' '"cameo":"190"'
code 2026-03-04 "George W. Bush visited Iraq in 2003."
has_event "a former president named for a visit of his term is the president" '"source":{"code":"USAGOV"' '"target":{"code":"IRQ"' '"cameo":"042"'
code 2026-03-04 "George W. Bush visited Iraq last week."
has_event "... and a former one the week before the story" '"source":{"code":"USAELI"' '"cameo":"042"'

# Own forces ordered to act do what the infinitive codes; an invasion ordered is one.
code 2026-03-04 "Putin ordered Russian troops to invade Ukraine."
has_event "forces of the orderer's side do what they are ordered to" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"' '"cameo":"192"'
code 2026-03-04 "Netanyahu ordered the army to attack Gaza."
has_event "forces of no named side: the orderer's side" '"source":{"code":"ISR' '"target":{"code":"PSEGZA"' '"cameo":"190"'
code 2026-03-04 "Netanyahu ordered Hamas to release the hostages."
has_event "... an order to another is a demand" '"cameo":"1053"'
code 2026-03-04 "Putin ordered an invasion of Ukraine."
has_event "an invasion ordered" '"source":{"code":"RUSGOV"' '"target":{"code":"UKR"' '"cameo":"192"'

# Joint drills begun or launched are military cooperation, as held ones are.
code 2026-03-04 "The United States and the Philippines began joint military exercises."
has_event "joint exercises begun" '"source":{"code":"USA"' '"target":{"code":"PHL"' '"cameo":"062"'
code 2026-03-04 "Japan launched naval drills with India."
has_event "drills launched with another" '"source":{"code":"JPN"' '"target":{"code":"IND"' '"cameo":"062"'

# One removed from office is sanctioned by whoever removed them.
code 2026-03-04 "South Korea's Constitutional Court removed President Yoon Suk Yeol from office."
has_event "a court that removes a president from office" '"source":{"code":"KORJUD"' '"target":{"code":"KOR' '"cameo":"172"'
# Force on a town named before the country after "in": the town is the place.
code 2024-05-01 "Russian forces shelled Kharkiv in eastern Ukraine on Tuesday."
has_event "a town before 'in' and its country is where force fell" '"target":{"code":"UKR"' '"cameo":"194"' '"location":{"name":"Kharkiv"'

# A statement after a contrast with its own subject and "that" is that subject's.
code 2025-06-10 "Tehran insists its nuclear work is peaceful, but Washington charges that Iran is hiding weapons research."
has_event "the earlier speaker does not report a later charge" '"source":{"code":"USA"' '"cameo":"112"' '"attribution":null'

# Force with no target on a town named right after the verb fell there.
code 2025-10-22 "Sudanese army drones struck the city of Nyala on Wednesday."
has_event "force on a town of one's own country is placed in the town" '"source":{"code":"SDNMIL"' '"cameo":"195"' '"location":{"name":"Nyala"'

# A monarch's royal court speaks for the government, not the judiciary.
code 2025-11-04 "King Abdullah met the Israeli prime minister in Amman on Tuesday, the royal court said."
has_event "the royal court is the government" '"cameo":"04' '"speaker":"royal court","speaker_code":"---GOV"'

# Talks and statements of the filing day in a sentence that names no place
# were made at the dateline; attacks under a dateline may be anywhere.
code 2025-11-04 "MUSCAT, Nov 4 (Reuters) - Iranian and American envoys held indirect talks on Tuesday."
has_event "talks of the day under a dateline are at the dateline" '"cameo":"046"' '"location":{"name":"Muscat"'
code 2025-11-04 "KABUL, Nov 4 (Reuters) - Taliban fighters attacked a police post on Tuesday, killing four officers."
lacks_event "an attack under a dateline is not placed there" '"location":{"name":"Kabul"'
code 2025-11-04 "MUSCAT, Nov 4 (Reuters) - Iranian and American envoys will hold indirect talks on Friday."
lacks_event "talks to come are not placed at the dateline" '"location":{"name":"Muscat"'

# A participle of result after a comma happened where the act before it did.
code 2025-10-20 "Russian missiles hit the centre of Kharkiv on Sunday, killing four civilians."
has_event "', killing' is placed where the strike was" '"cameo":"190"' '"location":{"name":"Kharkiv"'
# An aside between a pair of commas stays inside the clause "after" opens.
code 2006-12-20 "Israel resumed its offensive on June 28, three days after Hamas gunmen, backed by other groups, kidnapped an Israeli soldier."
has_event "the act after an aside in the 'after' clause is dated that long before" '"cameo":"181"' '"date":"2006-06-25"'
# Missed events: a visit told by the return from it, a datelined departure.
code 2025-06-12 "The Egyptian president returned home on Thursday after a three-day visit to Japan."
has_event "returning after a visit to a country made it" '"source":{"code":"EGYGOV"' '"cameo":"042"' '"target":{"code":"JPN"'
code 2025-06-12 "The Kenyan president returned to Nairobi after visits to Ghana and Senegal."
has_event "... each country of the visits" '"cameo":"042"' '"target":{"code":"SEN"'
code 2025-06-12 "Chinese Foreign Minister Wang Yi left here on Monday for Brazil to attend the climate talks."
has_event "'left here' with the day between goes where 'for' says" '"source":{"code":"CHNGOV"' '"cameo":"042"' '"target":{"code":"BRA"'
code 2025-06-12 "The Lebanese president returned to Beirut on Monday."
lacks_event "returning home visits no one" '"cameo":"042"'
code 2025-06-12 "During a phone talk with Turkish President Recep Tayyip Erdogan, the Egyptian president said that Gaza needed aid."
has_event "a phone talk fronted before 'the' and the subject is a call" '"source":{"code":"EGYGOV"' '"cameo":"041"' '"target":{"code":"TURGOV"'
# A call fronted before "the" and the subject is still the call.
code 2025-06-12 "During a phone call with Turkish President Recep Tayyip Erdogan, the Egyptian president said that Gaza needed aid."
has_event "a call fronted before the subject's article is still the call" '"source":{"code":"EGYGOV"' '"cameo":"041"' '"target":{"code":"TURGOV"'
code 2025-06-12 "In Cairo, the Egyptian president met Turkish President Recep Tayyip Erdogan."
lacks_event "... a bare place fronted is still no visit" '"cameo":"042"'
# A bare role word facing a state's police, court or legislature is of that
# state; facing its government or army, when the story named that country
# only; never people from elsewhere.
code 2024-05-01 "Indonesian police arrested three suspected militants on Tuesday, Australian officials said."
has_event "militants arrested by a state's police are its own" '"source":{"code":"IDNCOP"' '"target":{"code":"IDNREB"'
code 2025-03-12 "A Kenyan court jailed two Islamist militants for life, a Somali official said."
has_event "militants a state's court jails are its own" '"source":{"code":"KENJUD"' '"target":{"code":"KENREB"'
code 2025-06-02 "Militants opened fire on Nigerian police near a market, Chadian officials said."
has_event "... and so are those who attack its police" '"source":{"code":"NGAREB"' '"target":{"code":"NGACOP"'
code 2025-07-14 "Maoist leaders rejected the Nepali government's offer of talks."
has_event "role words against their own state in a story of one country" '"source":{"code":"NPLREB"' '"target":{"code":"NPLGOV"'
code 2025-02-03 "Uganda's army said on Monday it had killed 20 rebels."
has_event "... and the rebels its army killed" '"source":{"code":"UGAMIL"' '"target":{"code":"UGAREB"'
code 2025-02-03 "Opposition leaders accused the Zimbabwean government of rigging the vote, British officials said."
lacks_event "... not a government once a second country is named" '"source":{"code":"ZWEOPP"'
code 2025-02-03 "Somalia's prime minister warned foreign \"terrorists\" to leave the country."
lacks_event "... nor people from elsewhere, past a quotation mark" '"target":{"code":"SOMREB"'

# Local people a visitor from abroad acts on in a place, named with no
# country, are of its country, whatever the act; at home they stay blank.
code 2025-05-01 "French President Emmanuel Macron visited workers at a car plant in Guangzhou on Friday."
has_event "people a visitor acts on where they live are of its country" '"source":{"code":"FRAGOV"' '"target":{"code":"CHNLAB"'
code 2025-05-01 "Spanish police offered an amnesty to drug dealers in Marbella."
lacks_event "... not those a state's own body acts on at home" '"target":{"code":"ESPCRM"'
# Forces sent to lead a security mission keep the peace; no show of force.
code 2024-06-25 "Kenya deployed police officers to Haiti to lead a multinational security mission."
has_event "forces deployed to lead a security mission are peacekeeping" '"source":{"code":"KEN"' '"target":{"code":"HTI"' '"cameo":"074"'
lacks_event "... no police posture against the host" '"cameo":"153"'
code 2024-06-25 "Russia deployed troops to the border to lead an offensive."
has_event "... but troops sent to lead an offensive are a show of force" '"cameo":"154"'

# A participle after a preposition, before its noun phrase, is an adjective.
code 2024-05-21 "He is known to be close to Sonia Gandhi, widow of assassinated former premier Rajiv Gandhi."
lacks_event "a participle after 'of' is no verb of the clause" '"cameo":"186"'

# A denial with a date or an adverbial before its "that" still denies.
code 2025-03-04 "The White House denied on Tuesday that it had imposed new tariffs on Canadian steel."
lacks_event "what is denied after 'on Tuesday that' is not asserted" '"cameo":"163"'
code 2025-03-04 "The White House said on Tuesday that it had imposed new tariffs on Canadian steel."
has_event "... what is said after it is" '"source":{"code":"USAGOV"' '"cameo":"163"'

# The executive branch is the government.
code 2025-02-11 "Malawian lawmakers asked the executive branch to fill the vacancies in the National Assembly."
has_event "the executive branch asked is the government" '"source":{"code":"MWILEG"' '"target":{"code":"MWIGOV"' '"cameo":"020"'

# Attacks after a passive are not made by the one the passive acted on.
code 2025-02-11 "A Russian journalist was killed in Kyiv on Sunday, the latest in a series of strikes hitting Ukrainian cities."
lacks_event "strikes after a passive are not its subject's" '"source":{"code":"RUSMED"'
code 2025-02-11 "Taliban fighters launched raids killing 12 Afghan soldiers."
has_event "... but raids launched are their launcher's" '"target":{"code":"AFGMIL"' '"cameo":"190"'

code 2024-03-14 "Belarus denied that its troops had crossed into Lithuania last week."
has_event "a denial of one's own act is aimed where the act would have been, dated today" '"source":{"code":"BLR"' '"target":{"code":"LTU"' '"cameo":"016"' '"date":"2024-03-14"'
lacks_event "... and the denied act is no event" '"cameo":"19'

code 2024-03-14 "Minsk denied that Lithuanian troops had crossed the border."
lacks_event "a denial of another side's act takes no target from it" '"target":{"code":"LTU'

code 2024-03-14 "Opposition supporters took to the streets of Caracas on Sunday."
has_event "a protest in the streets of a city is held there" '"source":{"code":"VENOPP"' '"target":null' '"cameo":"141"' '"location":{"name":"Caracas"'
lacks_event "... and is aimed at no country" '"target":{"code":"VEN"'

code 2025-06-14 "The Israeli army said it had killed a Hezbollah commander in southern Lebanon. The group vowed to retaliate against Israel."
has_event "'The group' opening a sentence is the armed group named just before" '"source":{"code":"LBNREB"' '"target":{"code":"ISR"' '"cameo":"138"'

code 2025-06-14 "Al-Shabaab fighters stormed a hotel in Mogadishu. The militants later killed five Kenyan soldiers."
has_event "'The militants' opening a sentence are the armed group named just before" '"source":{"code":"SOMREB"' '"target":{"code":"KENMIL"'

code 2025-06-14 "Hamas fired rockets at Israel. The talks broke down. Egypt tried again. Qatar tried too. The militants attacked Israeli troops."
lacks_event "... not when it was named three sentences back or more" '"source":{"code":"PSEREB"' '"target":{"code":"ISRMIL"'

code 2014-10-01 "The United States struck Islamic State near Baghdad, expanding its campaign against the militant group that has seized parts of Iraq."
has_event "'the militant group' further on is the armed group named before it in the sentence" '"source":{"code":"IMGMUSISI"' '"target":{"code":"IRQ"' '"cameo":"192"'
lacks_event "... not an armed group of no country" '"source":{"code":"---REB"'

code 2014-10-01 "Rebels seized the town of Goma, and Hamas fired rockets at Israel."
lacks_event "a bare role word with no 'the' is nobody named before" '"source":{"code":"PSEREB","country":"PSE","sector":"REB","text":"Rebels"'

code 2006-11-26 "The military wings of Hamas and Islamic Jihad claimed responsibility for the continued rocket fire on Israel."
has_event "the military wings of a group stand for the group" '"source":{"code":"PSEREB"' '"target":{"code":"ISR"' '"cameo":"015"'

code 2024-01-18 "Pakistan carried out retaliatory strikes inside Iran."
has_event "strikes named retaliatory are force, and force inside a country is aimed at it" '"source":{"code":"PAK"' '"target":{"code":"IRN"' '"cameo":"190"'

code 2024-01-18 "Russia launched missile strikes on Ukrainian cities."
has_event "missile strikes on someone are aerial weapons" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"195"'

code 2024-01-18 "Riot police were deployed around the court inside the Dhaka Central Jail."
lacks_event "a place 'inside' is no target of what is no force" '"target":{"code":"BGDCOP"'

code 2024-01-30 "Iran denied any involvement in the attack on US troops in Jordan."
has_event "involvement denied in an attack is denied to its victims" '"source":{"code":"IRN"' '"target":{"code":"USAMIL"' '"cameo":"016"'

code 2024-02-23 "Armenia suspended its participation in the CSTO."
has_event "participation in an organisation suspended reduces relations" '"source":{"code":"ARM"' '"target":{"code":"IGOCASCST"' '"cameo":"160"'

code 2005-12-06 "Russian Foreign Minister Sergei Lavrov attacked the ODIHR on Monday, saying it had an unacceptable autonomy in monitoring elections."
has_event "a person who attacks, saying why, attacks in words" '"source":{"code":"RUSGOV"' '"cameo":"111"' '"target":{"code":"IGOEURSCE"'
code 1997-04-23 "The Chinese government attacked the Dalai Lama's human rights record, saying his laws were cruel."
has_event "a government that attacks, saying why, attacks in words" '"source":{"code":"CHNGOV"' '"cameo":"111"'
code 2024-01-12 "Israeli jets attacked a depot in Lebanon, saying it stored rockets."
has_event "forces that attack, saying why, attack with arms" '"source":{"code":"ISRMIL"' '"cameo":"195"' '"target":{"code":"LBN"'

code 2006-12-16 "China is strongly opposed to the US arms sales to Taiwan."
has_event "a subject opposed to something opposes it" '"source":{"code":"CHN"' '"cameo":"110"' '"target":{"code":"USA"'
code 2006-12-16 "Iran has always been opposed to the presence of US forces in the region."
has_event "opposed to what someone does, opposed to them" '"source":{"code":"IRN"' '"cameo":"110"' '"target":{"code":"USAMIL"'
code 2022-04-20 "Germany is opposed to delivering weapons to Ukraine."
lacks_event "what one is opposed to doing is not done" '"cameo":"07'
code 2013-09-01 "Russia opposed sending troops to Syria."
lacks_event "what one opposed doing is not done" '"cameo":"074"'

code 2006-01-01 "Bush pointed to an effort by Beijing to block a UN resolution on China's human rights record."
lacks_event "an effort by someone to act: not the speaker's act, and not done" '"cameo":"129"'

code 2006-01-01 "The chief of the Pakistani army met Iraqi officials."
has_event "the head of a body the dictionaries do not name speaks for it" '"source":{"code":"PAKMIL"' '"cameo":"040"' '"target":{"code":"IRQGOV"'
code 2006-01-01 "Leaders of the Afghan opposition met Iranian officials."
has_event "a leader of the opposition is of the opposition" '"source":{"code":"AFGOPP"' '"cameo":"040"'
lacks_event "... not of its government" '"source":{"code":"AFGGOV"'

code 2006-01-01 "Kenya could not afford to send troops to Somalia."
lacks_event "what one could not afford to do is no refusal" '"cameo":"12'
code 2006-01-01 "Iran did not manage to reach an agreement with Iraq."
lacks_event "what one did not manage to do is no refusal" '"cameo":"12'

code 2016-11-30 "Putin -- who has ruled Russia since 2000 -- met Xi Jinping on Monday."
has_event "a relative clause between dashes is stepped over to its head" '"source":{"code":"RUSGOV"' '"cameo":"040"' '"target":{"code":"CHNGOV"'
lacks_event "... and whom it names is not the subject" '"source":{"code":"RUS"'
code 2006-11-30 "Russia -- a veto-wielding member of the council -- criticized the United States."
has_event "an apposition between dashes is stepped over to its head" '"source":{"code":"RUS"' '"cameo":"111"' '"target":{"code":"USA"'
code 2005-12-14 "The EU big-three -- Britain, France and Germany -- are expected to meet Iranian officials on December 21."
has_event "the members an aside between dashes lists act for an unknown head" '"source":{"code":"GBR"' '"cameo":"040"' '"target":{"code":"IRNGOV"'
code 2006-12-28 "Saddam's imminent demise -- on December 26 a court ordered his execution within 30 days -- has been welcomed by Washington."
lacks_event "a sentence between dashes is no apposition" '"cameo":"051"'
code 2006-01-01 "Estonia, Latvia and Lithuania joined the alliance in 2004."
lacks_event "joining an alliance is nothing done among the joiners" '"cameo":"062"'
code 1997-04-23 "Then Fujimori arrived to tour the residence and embraced the freed hostages."
lacks_event "and before a verb the dictionaries do not know opens a clause of its own" '"target":{"code":"---CVL"'
code 1997-04-04 "Officials prepared for the talks between Mobutu's envoy and representatives of Kabila."
has_event "... but not before a plural the tagger took for a verb" '"cameo":"030"' '"target":{"code":"CODREB"'

code 2006-11-30 "\"We'll be in Iraq until the job is complete,\" Bush said Thursday after talks in Amman, Jordan, with Iraqi Prime Minister Nuri al-Maliki."
has_event "talks held in a town and its country, then with whom" '"source":{"code":"USAGOV"' '"cameo":"046"' '"target":{"code":"IRQGOV"'
code 2005-11-11 "Danish Foreign Minister Per Stig Moeller on Friday condemned the bombings against three hotels in Amman, Jordan, Ritzau News Bureau reported."
lacks_event "the country of the town where bombs went off is no target" '"target":{"code":"JOR"'

code 2006-11-02 "Senior officials from China and 48 African countries concluded a two-day meeting in the Chinese capital Thursday."
has_event "a meeting concluded by two sides was held between them" '"source":{"code":"CHNGOV"' '"cameo":"040"' '"target":{"code":"AFRGOV"'
code 2006-11-02 "China concluded a meeting with Japan."
has_event "a meeting concluded with someone is a meeting, no deal" '"cameo":"040"' '"target":{"code":"JPN"'
lacks_event "... not a signed agreement" '"cameo":"057"'
code 2006-11-02 "China and Japan wrapped up two days of talks in Tokyo."
has_event "talks wrapped up were held" '"source":{"code":"CHN"' '"cameo":"046"' '"target":{"code":"JPN"'

code 2006-11-09 "A French Mirage 2000-D warplane used a laser-guided bomb against Taliban units in the south of Afghanistan."
has_event "a guided bomb used against someone is an air strike" '"source":{"code":"FRAMIL"' '"cameo":"195"' '"target":{"code":"AFGREB"'
code 2013-09-01 "Syrian forces used barrel bombs against rebels."
has_event "barrel bombs are aerial weapons" '"source":{"code":"SYRMIL"' '"cameo":"195"'

code 2006-12-22 "Jordan's King Abdullah II warned Friday that chances were running out for peace. Abdullah said he supported Japan's bid for greater involvement in the region."
has_event "a monarch named again without the number" '"source":{"code":"JORGOV"' '"cameo":"051"' '"target":{"code":"JPN"'

code 2006-12-01 "China will work towards improving ties with Japan."
has_event "what one works towards is intended" '"source":{"code":"CHN"' '"cameo":"03' '"target":{"code":"JPN"'
lacks_event "... not done" '"cameo":"05'
code 2006-12-01 "The bishop urged Beijing to work towards restoring ties with the Vatican."
lacks_event "what one is urged to work towards is neither done nor intended" '"target":{"code":"VAT"'
code 2023-01-20 "Britain pledged tanks and armoured vehicles to Ukraine."
has_event "a participle before its noun after and opens no clause" '"source":{"code":"GBR"' '"cameo":"0332"' '"target":{"code":"UKR"'

code 1997-04-08 "Curbing the spread of North Korean missile technology remains a top US condition before Washington will ease its embargo against Pyongyang."
lacks_event "what will be done before something else is waits on it" '"cameo":"085"'
code 2006-11-08 "Putin met Xi Jinping before he flew to India."
has_event "... but what was done before is done" '"cameo":"042"' '"target":{"code":"IND"'

code 2006-11-23 "Russia opened an investigation following a complaint from Ukraine."
lacks_event "whose complaint set off the act is not its target" '"target":{"code":"UKR"'

code 2006-12-01 "Shiite leader Abdel Aziz al-Hakim meets Bush in Washington on Monday."
has_event "a present tense the tagger took for a plural in a run of names is the verb" '"source":{"code":"IRQLEG"' '"cameo":"040"' '"target":{"code":"USAGOV"'
code 2005-12-09 "Three-time Asian champions Iran have a tough draw."
lacks_event "... not a plural after a capitalised adjective" '"cameo":"051"'

code 2006-12-01 "Japan and Australia said they would not impose sanctions on Burma, although both have criticized Rangoon for its human rights record."
has_event "both opening a clause is the pair named before" '"source":{"code":"AUS"' '"cameo":"111"' '"target":{"code":"MMR"'
code 2006-12-01 "China and Russia held talks on Monday, and both criticized the United States."
has_event "a past tense after both is its verb" '"source":{"code":"RUS"' '"cameo":"111"' '"target":{"code":"USA"'

code 2006-11-13 "An eight-member delegation headed by Pakistan's foreign secretary Riaz Mohammad Khan left for New Delhi on Monday."
has_event "a delegation headed by someone acts as theirs" '"source":{"code":"PAKGOV"' '"cameo":"042"' '"target":{"code":"IND"'

code 1997-04-08 "The United States rejected the ultimatum imposed by Kabila."
has_event "a stand on a thing is taken on its maker a participle names" '"source":{"code":"USA"' '"cameo":"120"' '"target":{"code":"CODREB"'
code 2005-11-08 "Iran rejected a recent statement issued by the European Union."
has_event "... a statement issued by someone" '"source":{"code":"IRN"' '"cameo":"120"' '"target":{"code":"IGOEUREEC"'

code 2006-11-15 "China and Vietnam will co-chair the meeting."
has_event "a meeting two co-chair is held between them" '"source":{"code":"CHN"' '"cameo":"040"' '"target":{"code":"VNM"'
code 2005-12-03 "President Viktor Yushchenko chaired an emergency government meeting on Saturday."
lacks_event "one chair alone meets no one named" '"cameo":"040"'

code 1997-04-15 "Denmark then took the initiative to put forward its own resolution damning Beijing's rights record."
has_event "a resolution damning someone is its maker's criticism" '"source":{"code":"DNK"' '"cameo":"111"' '"target":{"code":"CHN"'
code 1997-04-15 "A damning report on Iran was released by the UN."
lacks_event "a damning report is no act of damning" '"cameo":"111"'

code 2023-04-15 "Fighting erupted in Khartoum between the Sudanese army and the paramilitary Rapid Support Forces."
has_event "fighting that erupted between two sides is each side's against the other" '"source":{"code":"SDNMIL"' '"target":{"code":"SDNREB"' '"cameo":"190"'
has_event "... both ways" '"source":{"code":"SDNREB"' '"target":{"code":"SDNMIL"' '"cameo":"190"'
code 2023-04-15 "Fighting between the Sudanese army and the Rapid Support Forces erupted in Khartoum."
has_event "what erupts is no participle of a passive" '"source":{"code":"SDNMIL"' '"target":{"code":"SDNREB"' '"cameo":"190"'
code 2007-06-10 "Clashes broke out between Hamas and Fatah in Gaza."
has_event "clashes that broke out are a noun, the subject of the verb" '"source":{"code":"PSEREB"' '"target":{"code":"PSEGOV"' '"cameo":"190"'
code 2007-06-10 "Heavy fighting between Hamas and Fatah killed 10 people."
has_event "fighting between two sides that killed is theirs" '"source":{"code":"PSEGOV"' '"target":{"code":"PSEREB"' '"cameo":"190"'

code 2023-10-07 "Hamas gunmen took more than 200 hostages in a surprise attack."
has_event "hostages taken are no one's by their captors" '"source":{"code":"PSEREB' '"target":{"code":"---CVL"' '"cameo":"181"'
lacks_event "... so not Palestinian" '"target":{"code":"PSECVL"'

code 2023-03-10 "Saudi Arabia and Iran signed a deal brokered by China."
has_event "a pact's broker is no party to it" '"source":{"code":"SAU"' '"target":{"code":"IRN"' '"cameo":"057"'
lacks_event "... so nothing signed with China" '"target":{"code":"CHN"'
code 2023-03-10 "Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China."
has_event "ties restored in a brokered deal are restored with each other" '"source":{"code":"IRN"' '"target":{"code":"SAU"'
lacks_event "... not with the broker" '"target":{"code":"CHN"'

code 2024-02-27 "Macron refused to rule out sending Western troops to Ukraine."
lacks_event "a refusal refused neither refuses nor does the act" '"cameo":"12'
lacks_event "... nor sends troops" '"cameo":"07'
code 2024-02-27 "Macron did not rule out sending troops to Ukraine."
lacks_event "what one does not rule out doing is not done" '"cameo":"07'
code 2024-02-27 "Macron declined to rule out talks with Putin."
lacks_event "talks not ruled out are not rejected" '"cameo":"12'
code 2024-02-27 "Macron ruled out sending troops to Ukraine."
has_event "what is ruled out is rejected" '"source":{"code":"FRAGOV"' '"target":{"code":"UKR"' '"cameo":"12'

code 2024-03-10 "China sent 25 warplanes into Taiwan's air defence zone, Taipei said."
has_event "warplanes sent into a country's zone show force" '"source":{"code":"CHN"' '"target":{"code":"TWN"' '"cameo":"150"'
lacks_event "... no military aid" '"cameo":"072"'
code 2008-08-08 "Russia sent troops into Georgia."
has_event "troops sent into a country occupy" '"source":{"code":"RUS"' '"target":{"code":"GEO"' '"cameo":"192"'

code 2024-04-30 "Georgian police used water cannon and tear gas to disperse protesters outside parliament."
has_event "the means used may be several" '"source":{"code":"GEOCOP"' '"target":{"code":"GEOOPP"' '"cameo":"175"'

code 2024-06-25 "Kenyan police fired tear gas to disperse protesters in Nairobi."
has_event "what is fired to do something is the means it is done by" '"source":{"code":"KENCOP"' '"target":{"code":"KENOPP"' '"cameo":"175"'

code 2024-05-06 "Hamas said it was ready to accept a ceasefire proposal from Egypt and Qatar."
has_event "ready to do what is an intention already is that intention" '"source":{"code":"PSEREB"' '"target":{"code":"EGY"' '"cameo":"0356"'

code 2024-04-14 "Turkey reserves the right to retaliate against Syria, the foreign ministry said."
has_event "the right to use force reserved threatens it" '"source":{"code":"TUR"' '"target":{"code":"SYR"' '"cameo":"138"'

code 2024-04-14 "The company reserves the right to refuse service to anyone."
lacks_event "a right reserved to do no harm threatens no one" '"cameo":"13'

code 2006-11-02 "The Israeli army forces stormed early on Wednesday morning the town of Beit Hanoun in a large-scale military operation."
has_event "a Gaza town in the spelling of the news is where it is" '"source":{"code":"ISRMIL"' '"target":{"code":"PSE"' '"cameo":"192"'

code 2006-11-01 "Two Hamas members were arrested in Cairo by police on Monday."
has_event "the police of the place named right before them" '"source":{"code":"EGYCOP"' '"target":{"code":"PSEREB"' '"cameo":"173"'

code 2024-03-17 "The junta in Niger revoked a military accord with the United States."
has_event "a pact with someone revoked reduces relations with them" '"source":{"code":"NERGOV"' '"target":{"code":"USA"' '"cameo":"160"'

code 2006-12-13 "Pope Benedict XVI, who hopes one day to visit the Holy Land, on Wednesday met Israeli Prime Minister Ehud Olmert, in Italy."
has_event "a day between an aside and its verb keeps the subject" '"source":{"code":"VATGOV"' '"target":{"code":"ISRGOV"' '"cameo":"040"'
code 2005-12-13 "The United States, which has joined world condemnation of the murder, on Tuesday urged the United Nations to turn the heat on Damascus."
has_event "... as after a relative clause" '"source":{"code":"USA"' '"target":{"code":"IGOUNO"' '"cameo":"020"'

code 2005-11-10 "The statement stressed Iraq's readiness to actively cooperate with the Jordanian government."
has_event "an owned noun of intention as an object is the owner's intention" '"source":{"code":"IRQ"' '"target":{"code":"JORGOV"' '"cameo":"03'
code 2006-12-11 "Russia vehemently opposes Georgia's bid to join NATO."
has_event "... as the owner's bid" '"source":{"code":"GEO"' '"target":{"code":"IGOWSTNAT"' '"cameo":"03'

code 2006-12-23 "After weeks of diplomatic wrangling, the UN Security Council on Saturday adopted the resolution which imposes restrictions on Iran's nuclear industry."
has_event "a relative clause about a document is the act of the one who adopted it" '"source":{"code":"IGOUNO"' '"target":{"code":"IRN"' '"cameo":"172"'
code 2006-12-23 "The Security Council adopted a resolution that imposes sanctions on Iran."
has_event "... with that" '"source":{"code":"IGOUNO"' '"target":{"code":"IRN"' '"cameo":"163"'
code 2006-12-23 "The US welcomed a resolution that condemns North Korea."
lacks_event "a document welcomed is not the welcomer's" '"cameo":"111"'

code 2006-12-02 "A powerful Islamic movement on Saturday seized control of a key Somali township, officials said."
has_event "an Islamic movement is an Islamist one" '"source":{"code":"---MUS"' '"target":{"code":"SOM"' '"cameo":"192"'

code 2008-08-02 "Israel and Syria are holding indirect peace talks through Turkish mediators."
has_event "talks held through mediators are with each other" '"source":{"code":"ISR"' '"target":{"code":"SYR"' '"cameo":"046"'
lacks_event "... not with the mediators" '"target":{"code":"TUR"'

code 2008-08-20 "Poland and the United States signed a deal to host a US missile defence base."
has_event "a foreign base hosted is military cooperation" '"source":{"code":"POL"' '"target":{"code":"USA"' '"cameo":"0312"'
lacks_event "... no visit" '"cameo":"036"'

code 2008-08-06 "Mauritania's army seized power in a coup, detaining the president and prime minister."
has_event "the president and prime minister are the one country's named" '"source":{"code":"MRTMIL"' '"target":{"code":"MRTGOV"' '"cameo":"173"'

code 2022-05-18 "Finland and Sweden formally applied to join NATO on Wednesday."
has_event "applying to join is an intention" '"source":{"code":"FIN"' '"target":{"code":"IGOWSTNAT"' '"cameo":"032"'
lacks_event "... not a joining" '"cameo":"050"'
code 2022-05-18 "The US applied pressure on Iran."
lacks_event "what is applied on someone is no intention" '"cameo":"030"'

code 2025-03-18 "Israel resumed air strikes on Gaza, shattering a two-month ceasefire."
has_event "air strikes resumed are air strikes" '"source":{"code":"ISR"' '"target":{"code":"PSEGZA"' '"cameo":"195"'

code 2022-05-20 "Turkey objected to Finland and Sweden joining NATO."
has_event "an objection to someone's act is aimed at them" '"source":{"code":"TUR"' '"target":{"code":"FIN"' '"cameo":"110"'
lacks_event "... and the act objected to is not done" '"cameo":"050"'
code 2022-05-20 "The US expressed concern over Iran developing missiles."
lacks_event "what a concern is over is no act of its subject" '"source":{"code":"IRN"'

code 2023-03-04 "Police said they had arrested a man Saturday claiming he wanted to kill the pope."
lacks_event "a man named after a date is who wants to kill, not the police" '"cameo":"138"'
code 2023-03-04 "The Kenyan police said he had tried to attack the Israeli embassy."
lacks_event "\"he\" is one person, not the police" '"source":{"code":"KENCOP"' '"cameo":"190"'
code 2023-03-04 "The Russian president said he had decided to visit China."
has_event "\"he\" can be the president" '"source":{"code":"RUSGOV"' '"target":{"code":"CHN"' '"cameo":"036"'

code 2023-03-04 "Pakistani police broke up a demonstration demanding the resignation of the prime minister."
lacks_event "a protest broken up speaks for its marchers, not the police" '"source":{"code":"PAKCOP"' '"cameo":"1041"'
code 2023-03-04 "Kenyan students held a rally demanding the resignation of President Ruto."
has_event "a protest held speaks for those who hold it" '"source":{"code":"KENEDU"' '"target":{"code":"KENGOV"' '"cameo":"1411"'

code 2024-10-01 "Iran launched about 180 ballistic missiles at Israel."
has_event "\"about\" before a number opens no phrase: the missiles are not the target" '"source":{"code":"IRN"' '"target":{"code":"ISR"' '"cameo":"194"'
code 2006-12-18 "Around 129,000 US troops are fighting insurgents in Iraq."
has_event "a subject opened by \"around\" and a number is the subject" '"source":{"code":"USAMIL"' '"cameo":"190"'

code 2024-12-08 "Syrian rebels seized Damascus and President Bashar al-Assad fled to Moscow."
has_event "the city seized is the target" '"source":{"code":"SYRREB"' '"target":{"code":"SYR"' '"cameo":"192"'
lacks_event "a name before a verb no dictionary knows opens a clause: Assad was not seized" '"target":{"code":"SYRGOV"'

code 2022-09-30 "Putin signed treaties annexing four Ukrainian regions."
has_event "a treaty speaks for whoever signs it" '"source":{"code":"RUSGOV"' '"target":{"code":"UKR"' '"cameo":"192"'
code 2024-10-28 "The Knesset passed a law banning UNRWA from operating in Israel."
has_event "a law speaks for whoever passes it" '"source":{"code":"ISRLEG"' '"cameo":"172"'
code 2005-11-27 "The trend would also affect Afghan law enforcing personnel."
lacks_event "\"law enforcing\" is no law that enforces" '"cameo":"170"'
code 2025-01-15 "South Korean investigators arrested impeached President Yoon Suk Yeol."
has_event "a participle before a name is an adjective: the arrest is active" '"source":{"code":"KORCOP"' '"target":{"code":"KORGOV"' '"cameo":"173"'
code 2024-08-05 "Sheikh Hasina resigned and fled to India as protesters stormed her residence."
lacks_event "where one fled after resigning is not whom one resigned to" '"target":{"code":"IND"'
code 2025-10-01 "The UN reimposed sanctions on Iran."
has_event "sanctions reimposed are sanctions" '"source":{"code":"IGOUNO"' '"target":{"code":"IRN"' '"cameo":"163"'

code 2025-03-01 "The PKK declared a ceasefire with Turkey."
has_event "insurgents make a truce with their own state" '"source":{"code":"TURREB"' '"target":{"code":"TUR"' '"cameo":"0871"'
code 2025-03-04 "Zelensky called the Oval Office meeting regrettable and offered to work with Trump."
lacks_event "an act judged is no telephone call" '"cameo":"041"'
has_event "... and the offer is coded" '"source":{"code":"UKRGOV"' '"target":{"code":"USAGOV"' '"cameo":"031"'

code 2025-08-29 "A Russian missile attack on Kyiv killed 23 civilians."
has_event "victims of an attack on a city are of its country" '"source":{"code":"RUS"' '"target":{"code":"UKRCVL"' '"cameo":"194"'
code 2025-08-29 "A Russian drone attack on Kyiv killed three."
has_event "an attack on a city the dictionaries know is against it" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"' '"cameo":"195"'

code 2024-06-17 "Chinese coast guard personnel attacked Filipino sailors with axes and knives."
has_event "an attack with blades is a physical assault" '"source":{"code":"CHNCOP"' '"target":{"code":"PHL"' '"cameo":"182"'
lacks_event "... and kills no one" '"cameo":"1823"'

code 2026-09-23 "Trump addressed the UN General Assembly and criticised European migration policies."
has_event "one addressed is the one spoken to" '"source":{"code":"USAGOV"' '"target":{"code":"IGOUNO"' '"cameo":"010"'
code 2006-12-01 "Yudhoyono has already visited the northern Russian city of Saint Petersburg and on Friday is set to address a business forum."
has_event "after \"and\", a verb with no subject of its own shares the one before" '"source":{"code":"IDNGOV"' '"cameo":"010"'
lacks_event "... not the object before \"and\"" '"source":{"code":"RUS"' '"cameo":"010"'

code 2026-03-15 "Russian troops shelled the Ukrainian city of Zaporizhzhia overnight, killing four civilians."
has_event "the city of a country named before it is where it was struck" '"cameo":"194"' '"location":{"name":"Zaporizhzhya"'
has_event "... and the victims there are of that country" '"target":{"code":"UKRCVL"' '"cameo":"190"'

code 2024-03-23 "Islamic State claimed responsibility for the attack on the concert hall near Moscow."
has_event "a claim is aimed at the place near which the attack was" '"source":{"code":"IMGMUSISI"' '"target":{"code":"RUS"' '"cameo":"015"'
code 2006-12-01 "Iraqi police found 14 Kurdish farmers murdered in a field near the Syrian border."
lacks_event "... not at a country's word before a noun" '"target":{"code":"SYR"'
code 2025-05-13 "Hamas freed Edan Alexander, the last living American hostage in Gaza."
has_event "an unknown name's apposition of a country and a hostage names its country" '"source":{"code":"PSEREB"' '"target":{"code":"USA"'

code 2005-12-10 "Angry demonstrators set fire to cars in Zagreb overnight, police said."
has_event "damage done by protesters is a riot" '"source":{"code":"HRVOPP"' '"cameo":"145"'

code 2024-01-08 "Blinken visited Israel on Monday to meet Netanyahu."
has_event "a visitor does what the visit is for, not the place visited" '"source":{"code":"USAGOV"' '"target":{"code":"ISRGOV"' '"cameo":"040"'
code 2022-04-07 "The UN General Assembly voted to suspend Russia from the Human Rights Council."
has_event "one suspended from a body is the target, not the body" '"source":{"code":"IGOUNO"' '"target":{"code":"RUS"' '"cameo":"160"'
lacks_event "... so the council is not" '"target":{"code":"IGOUNOHRI"'

code 2023-04-15 "Fighting broke out in Khartoum between the army and the Rapid Support Forces."
has_event "the army fighting a state's insurgents is that state's" '"source":{"code":"SDNMIL"' '"target":{"code":"SDNREB"'
lacks_event "... on both sides of the clash" '"source":{"code":"---MIL"'

code 2024-01-12 "US and British warplanes struck Houthi targets in Yemen."
has_event "force that warplanes use is aerial" '"source":{"code":"USAMIL"' '"target":{"code":"YEMREB"' '"cameo":"195"'

code 2022-09-30 "Putin announced the annexation of four regions of Ukraine at a Kremlin ceremony."
has_event "an annexation announced is a seizure of territory" '"source":{"code":"RUSGOV"' '"target":{"code":"UKR"' '"cameo":"192"'
code 2022-02-21 "Russia recognised the independence of the Donetsk and Luhansk People's Republics."
has_event "the two republics named together are the separatists" '"source":{"code":"RUS"' '"target":{"code":"UKRSEP"' '"cameo":"054"'

code 2024-04-14 "Israel's air defences intercepted most of the drones and missiles launched by Iran."
lacks_event "arms launched by someone are not whom they struck" '"target":{"code":"---MIL"'

code 1997-04-23 "The ban was due to severe restrictions imposed by the military on the activities of opposition leader Aung San Suu Kyi."
has_event "a state body coercing a country's opposition is that country's" '"source":{"code":"MMRMIL"' '"target":{"code":"MMROPP"' '"cameo":"172"'

code 2023-05-09 "Former Pakistani prime minister Imran Khan was arrested by paramilitary Rangers in Islamabad."
lacks_event "a place is not who arrested when an agent is named" '"source":{"code":"PAK"'
code 2023-05-09 "Imran Khan was arrested in Islamabad."
has_event "... but is when none is" '"source":{"code":"PAK"' '"cameo":"173"'
code 2024-01-28 "Three US soldiers were killed in a drone attack on a base in Jordan."
lacks_event "a drone of no one's is no source" '"source":{"code":"---MIL"'
code 2025-06-13 "Israel launched strikes against Iran's nuclear facilities and killed senior military commanders."
has_event "those killed by a verb joined to an attack are of the country attacked" '"target":{"code":"IRNMIL"' '"cameo":"190"'

code 2025-06-01 "Ukraine's security service said it struck more than 40 Russian strategic bombers with drones."
has_event "a known verb after a subject pronoun is a verb whatever the tagger said" '"target":{"code":"RUSMIL"' '"cameo":"195"'

code 2025-08-07 "Trump doubled tariffs on Indian goods to 50 percent over India's purchases of Russian oil."
has_event "tariffs doubled on someone are imposed on them" '"source":{"code":"USAGOV"' '"target":{"code":"IND"' '"cameo":"163"'

code 2025-03-18 "Israel resumed air strikes across Gaza, ending a two-month ceasefire with Hamas."
has_event "force across a territory is force on it, as in it" '"source":{"code":"ISR"' '"target":{"code":"PSEGZA"' '"cameo":"195"'

code 2006-12-01 "Twelve Afghan soldiers were slain by Taliban fighters in Helmand."
has_event "an irregular participle after be is passive" '"source":{"code":"AFGREB"' '"target":{"code":"AFGMIL"'

code 2006-12-14 "The European Union, which considers Hamas a terrorist organization, froze direct aid to the Palestinian government."
has_event "a past form that is no verb's base form is past, whatever the tagger said" '"source":{"code":"IGOEUREEC"' '"target":{"code":"PSEGOV"' '"cameo":"162"'

code 2006-12-14 "The EU froze aid after the Islamists formed a cabinet, demanding that they renounce violence and recognize Israel."
lacks_event "what is demanded of a pronoun is not demanded of the object after it" '"cameo":"100"' '"target":{"code":"ISR"'
code 1997-04-20 "Israeli opposition MPs announced that they will file an appeal to the supreme court."
has_event "... but what they announce they will do is theirs" '"cameo":"020"'

code 1997-04-15 "Albright regretted a decision by the UN Human Rights Commission to kill a US-backed motion criticizing China's human rights record."
lacks_event "a text that the governing verb defeats speaks for no one" '"cameo":"111"'
code 2006-01-01 "France submitted a resolution condemning Syria."
has_event "... a text submitted speaks for its maker" '"source":{"code":"FRA"' '"target":{"code":"SYR"' '"cameo":"111"'

code 2006-12-14 "The newspaper reported that the deal involves 30 Russian helicopters, worth 400 million dollars and sought by the Brazilian government."
lacks_event "a participle after a noun and 'and', set off by a comma, describes the noun" '"target":{"code":"BRAGOV"'
code 1997-04-14 "The Rwandan minister was caught off guard and killed by the rebels."
has_event "... not one joined to a passive before it" '"target":{"code":"RWAGOV"' '"cameo":"190"'

code 2026-01-05 "The UN Security Council held an emergency meeting on the US military operation in Venezuela."
lacks_event "a pattern's object word is not sought in the topic after 'meeting on'" '"cameo":"190"'
code 2006-12-16 "Hamas has rejected Abbas's call for elections."
has_event "... but is after 'call for'" '"source":{"code":"PSEREB"' '"cameo":"1234"'

code 2026-02-03 "The Pakistani army said its troops killed 12 militants in a raid in North Waziristan."
has_event "an -ed form after 'said' and a short noun phrase, before a number, is the reported verb" '"source":{"code":"PAKMIL"' '"cameo":"190"'

code 2025-10-21 "Thousands of Serbian students marched in Belgrade demanding the resignation of the government."
has_event "an -ing form after a place goes on with the clause's verb" '"source":{"code":"SRBEDU"' '"target":{"code":"SRBGOV"' '"cameo":"1411"'

code 2025-09-09 "Israel struck Hamas leaders in Doha, drawing condemnation from Qatar."
has_event "a participle after a comma takes the clause's subject for its pattern's actor before the verb" '"source":{"code":"QAT"' '"target":{"code":"ISR"' '"cameo":"111"'

code 2006-11-01 "The Israeli Knesset (parliament) condemned Iran."
lacks_event "a bracketed gloss naming only a member's sector is that member" '"source":{"code":"---LEG"'
has_event "... which acts once" '"source":{"code":"ISRLEG"' '"cameo":"111"'

code 2025-09-25 "Trump told Erdogan at the White House that Turkey should stop buying Russian oil."
has_event "what one tells another a third should do, after 'that', is demanded of the third" '"source":{"code":"USAGOV"' '"target":{"code":"TUR"' '"cameo":"100"'
code 2006-11-04 "Russian Foreign Minister Sergei Lavrov said on Saturday that Georgia must back up its words with deeds."
has_event "... also with a time between the verb and 'that'" '"source":{"code":"RUSGOV"' '"target":{"code":"GEO"' '"cameo":"100"'

code 2006-11-12 "Israeli General Gal Hirsch decided to resign amid criticism of his performance during the war with Hezbollah."
lacks_event "an actor in a phrase 'amid' opens is part of the circumstance, not the target" '"target":{"code":"LBNREB"'

code 2006-12-14 "OPEC accepted African producer Angola as a new member."
has_event "a region's word, a common noun and a country name the country" '"target":{"code":"AGO"'
lacks_event "... not the region" '"target":{"code":"AFR"'

code 1997-04-02 "Farooq Feroze Khan, chairman of Pakistan's joint chiefs of staff committee, went straight into talks with President Hosni Mubarak."
has_event "an unknown name set beside an office held in a body is the body's actor; going into talks holds them" '"source":{"code":"PAKMIL"' '"target":{"code":"EGYGOV"' '"cameo":"046"'
has_event "... with each other" '"source":{"code":"EGYGOV"' '"target":{"code":"PAKMIL"' '"cameo":"046"'
code 1997-04-02 "Farooq Feroze Khan, former head of Pakistan's army, met President Hosni Mubarak on Monday."
lacks_event "an office no longer held gives no actor" '"source":{"code":"PAKMIL"'
code 1997-04-02 "John Smith, a critic of Pakistan's army, met President Hosni Mubarak on Monday."
lacks_event "a relation to a body is no office in it" '"source":{"code":"PAKMIL"'

code 1997-04-10 "South African Deputy Foreign Minister Aziz Pahad said Thursday that rule in Zaire was no longer possible, suggesting that President Mobutu Sese Seko stand down."
has_event "a leader's standing down suggested is asked for" '"source":{"code":"ZAFGOV"' '"target":{"code":"CODGOV"' '"cameo":"0241"'
code 2005-11-29 "The AU mission will be proceeding to Burundi after visiting Uganda."
has_event "proceeding to a country goes there" '"target":{"code":"BDI"' '"cameo":"042"'
code 2005-11-29 "Police proceeded to arrest Chinese protesters."
lacks_event "... proceeding to act goes nowhere" '"cameo":"042"'
code 2006-11-07 "China has also expressed the willingness to allow more Mexican exports."
has_event "a country's goods allowed in ease a ban, here an intent" '"source":{"code":"CHN"' '"target":{"code":"MEX"' '"cameo":"0354"'
code 2006-11-07 "Japan allowed imports of US beef on Monday."
has_event "... and done" '"source":{"code":"JPN"' '"target":{"code":"USA"' '"cameo":"085"'

code 1997-04-11 "The United States has led calls for Mobutu to step down."
has_event "calls led are the leader's own appeal, refined by what is called for" '"source":{"code":"USA"' '"target":{"code":"CODGOV"' '"cameo":"0241"'
code 1997-04-11 "The United States repeated its call on North Korea to return to the talks."
has_event "... and so are calls restated" '"source":{"code":"USA"' '"target":{"code":"PRK"' '"cameo":"026"'

code 2026-03-07 "India and Pakistan restored the ceasefire along the Line of Control."
has_event "a truce restored by a compound subject is declared by each to the other" '"source":{"code":"IND"' '"target":{"code":"PAK"' '"cameo":"0871"'
code 2026-03-07 "India and Pakistan agreed to restore the ceasefire."
has_event "... and agreed to, an intent to de-escalate" '"source":{"code":"PAK"' '"target":{"code":"IND"' '"cameo":"0356"'

code 2026-04-01 "Israeli forces raided the Jenin refugee camp."
has_event "a town after 'the' before an agent is where the agent is from, if no other country has one of its name" '"target":{"code":"PSEREF"'
code 2005-11-07 "Canada's Layton is still bargaining with the Liberal government."
lacks_event "... not an adjective that names a town elsewhere" '"target":{"code":"USAGOV"'

code 2026-05-12 "Putin and Xi signed a joint statement criticising the deployment of US missiles in Asia."
has_event "a text signed by two sides binds each to the other" '"source":{"code":"RUSGOV"' '"target":{"code":"CHNGOV"' '"cameo":"057"'
has_event "... and what it does is theirs" '"source":{"code":"CHNGOV"' '"target":{"code":"USAMIL"' '"cameo":"111"'
lacks_event "... not a pact with whom it is about" '"target":{"code":"USAMIL"' '"cameo":"057"'
code 2026-05-12 "Russia signed a declaration criticising the deployment of US missiles in Asia."
lacks_event "... signed by one side neither" '"target":{"code":"USAMIL"' '"cameo":"057"'
code 2006-11-06 "Algeria and Sudan signed MOUs with China on Sunday."
has_event "... but one signed with someone binds each to that one" '"source":{"code":"SDN"' '"target":{"code":"CHN"' '"cameo":"057"'
lacks_event "... and not to each other" '"source":{"code":"SDN"' '"target":{"code":"DZA"'

code 2026-01-20 "Palestinian prisoners freed by Israel arrived in Ramallah."
has_event "a participle with an agent acts on the noun the actor before it is of" '"source":{"code":"ISR"' '"target":{"code":"PSE' '"cameo":"0841"'
code 2026-01-20 "Hamas released three Israeli hostages in exchange for 90 Palestinian prisoners freed by Israel."
has_event "... also when the noun is a preposition's" '"source":{"code":"ISR"' '"target":{"code":"PSE' '"cameo":"0841"'
code 1997-04-15 "The island has been divided since a coup in Nicosia backed by the junta then ruling Greece."
lacks_event "... but not where the noun is" '"target":{"code":"CYP"'
code 1997-04-13 "Bashir met members of a Ugandan delegation led by Foreign Minister Eriya Kategaya."
lacks_event "who leads a body does nothing to it" '"source":{"code":"---GOV"'

code 2026-01-20 "Netanyahu threatened to resume fighting if Hamas violated the agreement."
has_event "a threat is aimed at the subject of the condition after it" '"source":{"code":"ISRGOV"' '"target":{"code":"PSEREB"' '"cameo":"138"'
code 2025-01-26 "Trump threatened to impose tariffs unless Mexico stopped the flow of migrants."
has_event "... 'unless' too" '"source":{"code":"USAGOV"' '"target":{"code":"MEX"' '"cameo":"1312"'

out=$(printf 'date 2026-01-20\nIsrael freed 90 Palestinian prisoners on Sunday.\nEgypt'"'"'s foreign minister called on both sides to respect the deal.\n' | "$dyad" code 2>/dev/null)
has_event "both sides called on by a third party are the story's pair" '"source":{"code":"EGYGOV"' '"target":{"code":"ISR"' '"cameo":"020"'
has_event "... each of them" '"source":{"code":"EGYGOV"' '"target":{"code":"PSE' '"cameo":"020"'

code 2026-02-11 "Putin will visit China in the first half of next year."
has_event "a half year dates an event from its first day" '"date":"2027-01-01"' '"date_value":"2027-H1"'

code 2025-06-16 "Iranian missiles slammed into Tel Aviv."
has_event "missiles that slam into a place hit it, no criticism" '"source":{"code":"IRNMIL"' '"target":{"code":"ISR"' '"cameo":"194"'
code 2025-06-16 "Russian drones slammed into apartment blocks in Kyiv, killing three people."
has_event "... drones, where the place is named after what they hit" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"' '"cameo":"195"'
code 2025-06-16 "Trump slammed Iran for its nuclear programme."
has_event "... a state slammed is still criticised" '"source":{"code":"USAGOV"' '"target":{"code":"IRN"' '"cameo":"111"'
code 2025-07-04 "Russia pummeled Kyiv with more than 500 drones and missiles overnight."
has_event "a city pummeled is bombarded" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"195"'
code 2025-06-15 "Iran rained missiles on Israeli cities overnight."
has_event "missiles rained on a place are fired at it" '"source":{"code":"IRN"' '"target":{"code":"ISR"' '"cameo":"194"'
code 2025-06-15 "Israeli jets rained bombs on Gaza City."
has_event "... bombs, from the air" '"source":{"code":"ISRMIL"' '"target":{"code":"PSEGZA"' '"cameo":"195"'
code 2025-06-15 "Criticism rained down on the Israeli government."
lacks_event "... with no weapon nothing is fired" '"cameo":"19'

code 2025-03-18 "Israel resumed airstrikes on the Gaza Strip, shattering the ceasefire with Hamas."
has_event "a ceasefire shattered is violated" '"source":{"code":"ISR"' '"target":{"code":"PSEREB"' '"cameo":"196"'
code 2025-03-18 "Israeli strikes shattered the fragile ceasefire in Gaza."
has_event "... by the strikes of a state" '"source":{"code":"ISR"' '"target":{"code":"PSEGZA"' '"cameo":"196"'
code 2025-03-18 "Russia wrecked the truce with Ukraine."
has_event "... and so is one wrecked, no property destroyed" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"196"'
code 2025-03-18 "The Israeli strike shattered hopes of a deal with Hamas."
lacks_event "... hopes shattered are none" '"cameo":"196"'

code 2025-03-04 "Trump paused all U.S. military aid to Ukraine."
has_event "aid paused to someone is cut to them, though its giver is named before it" '"source":{"code":"USAGOV"' '"target":{"code":"UKR"' '"cameo":"1622"'
code 2025-03-04 "The Netherlands froze U.S. military aid to Ukraine."
has_event "... frozen, the recipient is the target" '"source":{"code":"NLD"' '"target":{"code":"UKR"' '"cameo":"1622"'
lacks_event "... not the state the aid comes from" '"target":{"code":"USA"' '"cameo":"1622"'

code 2005-12-12 "The rebels of the New People's Army want Manila to remove them from the list."
has_event "rebels appeal to their own state named by its seat" '"source":{"code":"PHLREB"' '"target":{"code":"PHL"' '"cameo":"02'

code 2025-02-18 "Rubio met Lavrov in Riyadh and discussed the war in Ukraine."
has_event "a meeting with its partner" '"source":{"code":"USAGOV"' '"target":{"code":"RUSGOV"' '"cameo":"040"'
lacks_event "a place after the noun talks are about is no partner" '"target":{"code":"UKR"'

code 2025-06-14 "Putin met Xi Jinping in Beijing and signed a gas deal."
has_event "an agreement signed right after a meeting is with whom one met" '"source":{"code":"RUSGOV"' '"target":{"code":"CHNGOV"' '"cameo":"057"'

code 2025-06-14 "Erdogan called Netanyahu and condemned the strikes."
lacks_event "... not criticism" '"cameo":"11'

code 2014-08-02 "The civilians imprisoned for acting against Moscow were released yesterday by Putin himself."
has_event "a passive pattern's object may be the subject's head before a participle phrase" '"source":{"code":"RUSGOV"' '"target":{"code":"---CVL"' '"cameo":"0841"'

code 2006-12-14 '"How can I fight people in military uniforms?" he asked. Will Russia attack Ukraine? Did China send weapons to Russia?'
lacks_event "a question asks about an act and tells none" '"cameo":"190"'
lacks_event "... nor a question put with its auxiliary first" '"cameo":"07'

code 2021-10-15 "Why did Israel bomb the embassy in Damascus?"
has_event "... but one with a question word and a tense tells it" '"source":{"code":"ISR"' '"cameo":"195"'

code 2023-10-15 "Government troops killed 20 Tamil Tiger rebels in the north."
has_event "government troops fighting a state's insurgents are its troops" '"source":{"code":"LKAMIL"' '"target":{"code":"LKASEP"' '"cameo":"190"'

code 2024-03-14 "Israeli aircraft struck targets in southern Lebanon overnight."
has_event "a demonym and the noun it qualifies are the subject of a past the tagger took for a noun" '"source":{"code":"ISR"' '"cameo":"195"'
code 2024-03-14 "The Chinese agreement struck last year with Iran angered Israel. A Russian deal struck with Iran angered Israel."
lacks_event "... not after a determiner, nor before a preposition" '"cameo":"19'

code 2025-07-24 "Iran exported rockets to Russia."
lacks_event "... rockets sold abroad are not" '"cameo":"194"'

code 2024-03-14 "Taliban authorities banned women from universities."
has_event "people of no named country a state body coerces are its own" '"source":{"code":"AFGGOV"' '"target":{"code":"AFGCVL"' '"cameo":"172"'
code 2024-03-14 "China expelled three journalists."
lacks_event "... not those it expels" '"target":{"code":"CHNMED"'

code 2006-12-02 "Armenia fought Azerbaijan in 1992. Armenia got petrol from its neighbour Azerbaijan, but after the two countries plunged into a war over Nagorny Karabakh, Armenia cut ties with both Azerbaijan and Turkey."
has_event "the actor right before the verb is its subject, not a pair phrase before it" '"source":{"code":"ARM"' '"target":{"code":"TUR"' '"cameo":"161"'
lacks_event "... which cuts no ties" '"source":{"code":"AZE"' '"cameo":"161"'

# Dictionaries that lack the verb of asking (PETRARCH's has no "urge"):
# what the one asked is urged to do is still not done.
small=$(mktemp -d /tmp/dyad-news.XXXXXX)
printf 'actor GBR : Britain\nactor DEU : Germany\nactor AFG : Afghanistan\nactor USA : United States\nactor IGOUNO : UN Security Council\nactor EGY : Egypt\nactor FRA : France\nverb 062 : send\nverb 111 : lash out\nverb 050 : support | maintain\nverb 042 : attend\nverb 060 : accord\nverb --- : refuse\nverb 051 : recognize\nverb --- : vow\nverb 190 : destroy\n' > "$small/small.dyad"
code_small() { out=$(printf 'date %s\n%s\n' "$1" "$2" | "$dyad" code --dicts "$small" 2>/dev/null); }
code_small 2006-12-01 "Britain urged Germany to send troops to Afghanistan."
lacks_event "an act urged is not done, the verb of urging unknown" '"cameo":"062"'
code_small 2006-12-01 "Britain called on Germany to send troops to Afghanistan."
lacks_event "an act called for is not done, the verb unknown" '"cameo":"062"'
code_small 2006-12-01 "Britain allowed Germany to send troops to Afghanistan."
has_event "an act allowed is not an act asked for" '"source":{"code":"DEU"' '"target":{"code":"AFG"' '"cameo":"062"'
# A verb with no pattern takes the first prepositional object, not the
# object of a gerund after it.
code_small 2006-12-01 "Britain lashed out at the United States for exploiting the UN Security Council."
has_event "the object of a gerund after a preposition is the gerund's" '"source":{"code":"GBR"' '"target":{"code":"USA"' '"cameo":"111"'
# Acts of a compound subject among its members: support goes to the thing
# named, a bond is mutual, attending is no visit to one another.
code_small 1997-04-27 "Iraq defended the flight, a position which Egypt and France supported."
lacks_event "support for a thing before 'which' is not given to one another" '"source":{"code":"EGY"' '"target":{"code":"FRA"'
code_small 1997-04-27 "Egypt and France supported the plan."
lacks_event "support for a thing named after the verb is not given to one another" '"target":{"code":"FRA"'
code_small 1997-04-27 "Egypt and France maintained close ties."
has_event "a bond maintained is mutual" '"source":{"code":"EGY"' '"target":{"code":"FRA"' '"cameo":"050"'
code_small 2006-11-19 "Egypt and France attended the summit."
lacks_event "those who attend together do not visit one another" '"cameo":"042"'
# A refusal the dictionary leaves uncoded (PETRARCH's REFUSE is "---")
# still refuses the act its infinitive names.
code_small 2006-12-01 "Egypt refuses to recognize France."
has_event "an act refused, the verb of refusing uncoded" '"source":{"code":"EGY"' '"target":{"code":"FRA"' '"cameo":"120"'
lacks_event "... is not done" '"cameo":"051"'
# So does a vow the dictionary leaves uncoded (PETRARCH's VOW is "---").
code_small 2006-12-01 "Egypt vowed to destroy France."
has_event "an act vowed, the verb of vowing uncoded, is a threat" '"source":{"code":"EGY"' '"target":{"code":"FRA"' '"cameo":"138"'
lacks_event "... and not done" '"cameo":"190"'
# "according to" is a preposition, whatever verb "accord" may code.
code_small 2006-11-20 "Britain sent troops to Afghanistan, according to the United States."
has_event "an act told 'according to' a source" '"source":{"code":"GBR"' '"target":{"code":"AFG"' '"cameo":"062"'
lacks_event "'according to' is no verb" '"cameo":"060"'
rm -rf "$small"
# Event dates (docs/coding.md, section 5): a date that modifies a noun in
# the object dates the noun; a conjoined verb with a future of its own and
# a future told after a verb of saying are not the first act's time.
code 2021-10-15 "On Wednesday, Britain condemned Monday's attack by Russia on Ukraine."
has_event "a day's possessive in the object dates the noun, not the act" '"cameo":"111"' '"date":"2021-10-13"'
code 2021-10-15 "Britain condemned Russia for the Oct. 3 attack on Kiev."
has_event "... and so does a date after 'the'" '"cameo":"111"' '"date":"2021-10-15"'
code 2021-10-15 "France condemned Israel's March 3 attack on Gaza."
has_event "... and so does a date after a possessive name" '"cameo":"111"' '"date":"2021-10-15"'
code 2021-10-15 "Russia condemned Monday's Israeli attack on Gaza."
has_event "... and a day's possessive before a proper adjective and its noun" '"cameo":"111"' '"date":"2021-10-15"'
code 2021-10-15 "Britain criticised Russia over last week's attack on Ukraine."
has_event "... with no other date the act is the story's" '"cameo":"111"' '"date":"2021-10-15"'
code 2021-10-15 "Russian forces killed 20 people in Tuesday's attack on Kharkiv."
has_event "... but after 'in' it ties the act to the noun" '"cameo":"190"' '"date":"2021-10-12"'
code 2021-10-15 "Lavrov arrived in Ankara on Monday and will meet Erdogan on Sunday."
has_event "a conjoined verb with its own future takes its own date" '"cameo":"040"' '"date":"2021-10-17"'
has_event "... and the first verb keeps its" '"cameo":"042"' '"date":"2021-10-11"'
code 2021-10-15 "Lavrov will arrive in Ankara on Sunday and meet Erdogan."
has_event "a conjoined verb without an auxiliary shares the first's future and date" '"cameo":"040"' '"date":"2021-10-17"'
code 2021-10-15 "Lavrov, arriving in Ankara, said he will meet Erdogan on Sunday."
has_event "a future told after a verb of saying does not date the act before it" '"cameo":"042"' '"date":"2021-10-15"'
code 2005-11-13 "Israeli forces have stepped up raids on Gaza after a deadly suicide bomb attack killed six Israelis last month."
has_event "a clause of another time after the act, its subject long, keeps its date" '"cameo":"190"' '"date":"2005-11-13"'
code 2006-12-28 "Fighters seized the airport once Islamists had withdrawn after Ethiopian troops and aircraft began attacking them on December 20."
has_event "... but one the act's own verb is in dates it" '"source":{"code":"ETHMIL"' '"date":"2006-12-20"'
code 2021-10-15 "Britain criticised Sunday's attack and condemned Russia."
has_event "... and so does one in the object of the verb the act is joined to" '"cameo":"111"' '"date":"2021-10-15"'
code 2005-11-28 "The UN envoy is traveling to Kenya on Tuesday to meet President Mwai Kibaki."
has_event "a schedule verb in the progressive dates the act on the coming weekday" '"cameo":"042"' '"date":"2005-11-29"'
code 1997-04-01 "Gingrich is to pay a two-day visit to Taiwan Wednesday to meet President Lee Teng-hui."
has_event "'is to' and a verb reach a weekday eight words on" '"cameo":"042"' '"date":"1997-04-02"'
# A sentence's anaphoric dates count from the sentences before it
# (docs/coding.md, section 5), and "N days later" from the date last named.
code 2021-10-15 "Russian troops crossed the border on Oct. 3. The next morning, Russia attacked Ukraine."
has_event "'the next morning' counts from the date the sentence before named" '"cameo":"19' '"date":"2021-10-04"'
code 2021-10-15 "Five ministers resigned on Oct. 11. Two days later, Russia criticised Ukraine."
has_event "'two days later' is two days after the date last named" '"cameo":"11' '"date":"2021-10-13"'
code 2021-10-15 "Russia criticised Ukraine two days later."
has_event "... with no date named it is no date" '"cameo":"11' '"date":"2021-10-15"'
code 2021-10-15 "The war ended in 1991. Five years later, Russia attacked Ukraine."
has_event "... at the span's grain: years after a year" '"cameo":"19' '"date":"1996-01-01"'
# A decade dates an act at its first day; the time of a noun after "after"
# or "following", or of a gerund after "of", is not the act's.
code 2021-10-15 "In the early 1980s Malaysia called for Antarctica to become a UN trust territory."
has_event "a decade dates the act" '"cameo":"020"' '"date":"1980-01-01","date_value":"198"'
code 2021-10-15 "Russian troops attacked Ukrainian forces after debacles in the 1990s."
has_event "the time of a noun after 'after' is not the act's" '"cameo":"190"' '"date":"2021-10-15"'
code 2021-10-15 "Russian troops attacked Ukrainian forces after the 1990s."
has_event "... but a date right after it bounds the act" '"cameo":"190"' '"date":"1990-01-01"'
code 2021-10-15 "Iran accused 24 German companies of providing Iraq with weapons in the 1980s."
has_event "the time of a gerund after 'of' is not the act's" '"cameo":"112"' '"date":"2021-10-15"'
code 2021-10-15 "Bush angered Europe by abandoning the 1997 Kyoto Protocol."
has_event "a year before a proper noun dates the noun ('the 1997 Kyoto Protocol'), not the act" '"date":"2021-10-15"'
lacks_event "... so the act keeps the story's date" '"date":"1997-01-01"'
code 2005-11-12 "Rebels have been fighting Khartoum since 1983."
has_event "whom one fights is an adversary, not the place of the fighting" '"cameo":"190"' '"location":null'
code 2006-11-01 "A suicide bomber from Jenin killed five Israelis last month."
has_event "where someone after a noun comes from is not where the act was done" '"cameo":"18' '"location":null'
code 1997-04-25 "A top aide to President Mobutu hit out Friday at US suggestions that his rule was over."
has_event "a country's name qualifying a noun is no place" '"cameo":"11' '"location":null'
code 2006-11-01 "Israeli soldiers shot dead a Hamas leader in the West Bank town of Nablus."
has_event "... but a country's name before a place noun is" '"cameo":"19' '"location":{"name":"'
code 2006-11-01 "Israeli troops arrested 24 Palestinians in Nablus, a statement said."
has_event "an unnamed statement is who said so" '"cameo":"173"' '"speaker":"statement"'
code 2006-11-01 "Malaysia will strengthen relations with Zimbabwe, Malaysian ambassador to Zimbabwe Shaharuddin Som said."
has_event "an ambassador 'to' a country speaks for his own" '"speaker":"Malaysian ambassador to Zimbabwe Shaharuddin Som","speaker_code":"MYS'
code 2006-11-01 "Kenya, which helped form the Somali government in 2004, asked Ethiopia to cease military operations."
lacks_event "whom one asks is no speaker" '"speaker":"Ethiopia"'
code 2006-11-06 "JAKARTA, Nov. 6 (Xinhua) -- Indonesian President Susilo Bambang Yudhoyono met Chinese Premier Wen Jiabao here on Monday."
has_event "'here' is the dateline's place" '"cameo":"04' '"location":{"name":"Jakarta","country":"IDN"'
code 2006-11-06 "MOSCOW (Reuters) - Russia criticised the United States on Friday, Foreign Minister Sergei Lavrov told reporters here."
has_event "... and a statement reported 'here' was made there" '"cameo":"111"' '"location":{"name":"Moscow"'
code 2006-11-06 "MOSCOW (Reuters) - Russia criticised the United States on Friday."
has_event "... but a dateline is no place of its own" '"cameo":"111"' '"location":null'
code 2005-11-20 "Chinese President Hu Jintao will pay a visit to the United States early next year."
has_event "a visit hosted (043) is where its host is" '"cameo":"043"' '"location":{"name":"United States"'
code 2005-12-06 "Iraqi Interior Minister Bayan Baqer Sulagh has criticised the training of Iraqi police recruits by German experts in the United Arab Emirates."
has_event "a place after a noun in what a criticism is about is no place of the criticism" '"cameo":"111"' '"location":null'
code 2006-11-06 "The United States on Monday called on the new government in Turkmenistan to hold free elections."
has_event "... nor of an appeal" '"cameo":"020"' '"location":null'
code 2005-12-13 "Druze leader Walid Jumblatt pointed the finger at Syria over the bombing."
has_event "a place addressed right after the verb is an actor, not a place" '"cameo":"112"' '"location":null'
code 2006-11-06 "Egypt condemned the Israeli attack in Gaza at a news conference in Cairo."
has_event "... but a place after what the words are about is where they were spoken" '"cameo":"111"' '"location":{"name":"Cairo"'
code 2006-11-06 "China and Russia signed eight agreements in Beijing on Thursday."
has_event "agreements are signed where the clause says" '"cameo":"057"' '"location":{"name":"Beijing"'
code 2006-11-29 "NATO leaders praised Australia at a summit in Riga."
has_event "... and so is what is done at a gathering in a place" '"cameo":"051"' '"location":{"name":"Riga"'
code 2006-12-04 "Karzai proposed convening a jirga at the Washington meeting."
has_event "... and a town qualifying a noun is still a place" '"location":{"name":"Washington'
code 2006-11-06 "Talabani arrived in the Iranian capital Tehran on Monday for a three-day visit."
has_event "a capital named after a qualified part is where one arrived" '"cameo":"042"' '"location":{"name":"Tehran"'
code 2006-11-17 "The visiting U.S. president said this when meeting with Vietnamese State President Nguyen Minh Triet."
has_event "a speaker's 'U.S.' keeps its last dot, and so its country" '"cameo":"040"' '"speaker":"U.S. president","speaker_code":"USAGOV"'
code 2006-11-06 "QUEZON CITY - Communist rebels attacked an army post in San Jose on Monday."
has_event "the dateline's country tells which town a name means" '"cameo":"19' '"location":{"name":"San Jose","country":"PHL"'
code 2006-11-06 "Stanishev arrived in Beijing on Sunday where he held talks with Chinese Premier Wen Jiabao."
has_event "talks are held where the sentence tells their side arrived" '"cameo":"04' '"location":{"name":"Beijing"'
code 1997-04-26 "He was the first defector since Hwang Jang-Yop arrived in Seoul on April 20, 67 days after he sought political asylum from China."
lacks_event "... but not an arrival in a clause of another time" '"cameo":"023"' '"location":{"name":"Seoul"'
code 2021-10-15 "In May 1940, Germany attacked France. In June, Germany attacked Britain."
has_event "a month without its year after a history's setting is in the setting's year" '"target":{"code":"GBR"' '"date":"1940-06-01"'
code 2021-10-15 "In May 1940, Germany attacked France. On June 10, 2021, Germany attacked Britain."
has_event "... but a full date of the act's own is kept" '"target":{"code":"GBR"' '"date":"2021-06-10"'
code 2021-10-15 "Germany attacked France in May 1940. In June, Germany attacked Britain."
has_event "... and a year named in passing sets nothing" '"target":{"code":"GBR"' '"date":"2021-06-01"'
code 1997-04-09 "Israeli police released two settlers whose killing of a Palestinian man in Hebron on Tuesday sparked clashes."
has_event "a date in a relative clause whose verb comes after it is the clause's" '"cameo":"084' '"date":"1997-04-09"'
code 2006-12-11 "Israel has blocked a UN fact-finding mission into the killing of 19 Palestinians, a United Nations official in Geneva said Monday."
has_event "the speaker is the official in a city, not the city" '"speaker":"United Nations official in Geneva","speaker_code":"IGOUNO"'
code 2006-11-01 "Gunmen attacked a police station in the Iraqi capital on Tuesday, killing five people."
has_event "'the Iraqi capital' with no city named is Baghdad" '"cameo":"18' '"location":{"name":"Baghdad","country":"IRQ"'
code 1997-04-22 "The rebels have seized all key cities apart from the capital Kinshasa."
has_event "a city excluded from what was seized is no place of the seizure" '"cameo":"192"' '"location":null'
code 2006-11-25 "Mongolian President Nambaryn Enkhbayar, who will start a week-long visit to China on Sunday, said that his country is willing to promote relations with China."
has_event "the speaker comes before a relative clause, not at its end" '"speaker":"Mongolian President Nambaryn Enkhbayar","speaker_code":"MNGGOV"'
code 2006-11-14 "The APEC Business Advisory Council met Japanese officials in Vietnam's capital Hanoi on Tuesday."
has_event "a country's capital named after its possessive is the place" '"cameo":"04' '"location":{"name":"Hanoi","country":"VNM"'
# conflict verbs: investigations, listings, reserved rights, emergencies, advances
code 2024-05-01 "French prosecutors placed Nicolas Sarkozy under investigation on Wednesday."
has_event "one placed under investigation is investigated" '"source":{"code":"FRAJUD"' '"target":{"code":"FRAELI"' '"cameo":"090"'
lacks_event "... no posture of forces placed" '"cameo":"15'
code 2024-05-01 "Italian magistrates placed Berlusconi under investigation for bribery."
has_event "... for a crime, a criminal investigation" '"source":{"code":"ITAJUD"' '"target":{"code":"ITAELI"' '"cameo":"091"'
code 2024-05-01 "Sarkozy was placed under formal investigation by French judges."
has_event "... told in the passive, by whom" '"source":{"code":"FRAJUD"' '"target":{"code":"FRAELI"' '"cameo":"090"'
code 2024-05-01 "Russian investigators put Navalny under investigation."
lacks_event "... one placed under investigation whom no dictionary names is no target, the investigators neither" '"cameo":"09'
code 2024-05-01 "The United States added Huawei to its entity list on Thursday."
has_event "one added to an entity list is sanctioned" '"source":{"code":"USA"' '"target":{"code":"CHNBUS"' '"cameo":"163"'
lacks_event "... no statement added" '"cameo":"010"'
code 2024-05-01 "The United States put Iran's central bank on its sanctions list."
has_event "one put on a sanctions list is sanctioned" '"source":{"code":"USA"' '"target":{"code":"IRNGOVBUS"' '"cameo":"163"'
lacks_event "... no administrative sanction" '"cameo":"172"'
code 2024-05-01 "The European Union put Hamas on its terrorist list."
has_event "one put on a terrorist list is designated, as by 'designate'" '"source":{"code":"IGOEUREEC"' '"target":{"code":"PSEREB"' '"cameo":"172"'
code 2024-05-01 "Putin added that the United States had to stop the war."
lacks_event "'added' telling what one said sanctions no one" '"cameo":"163"'
code 2024-05-01 "The Thai government extended a state of emergency in the south."
has_event "a state of emergency extended is imposed anew" '"source":{"code":"THAGOV"' '"target":{"code":"THA"' '"cameo":"1724"'
code 2024-05-01 "Egypt's government renewed the state of emergency for three months."
has_event "... renewed too" '"source":{"code":"EGYGOV"' '"target":{"code":"EGY"' '"cameo":"1724"'
code 2024-05-01 "The EU extended sanctions against Russia."
lacks_event "... but sanctions extended stay sanctions" '"cameo":"1724"'
code 2025-03-05 "Canada vowed to fight U.S. tariffs."
has_event "tariffs fought are opposed, their author the target" '"source":{"code":"CAN"' '"target":{"code":"USA"' '"cameo":"110"'
lacks_event "... no threat of force" '"cameo":"138"'
code 2024-05-01 "Ukraine vowed to fight Russia."
has_event "... but a country fought is still force vowed" '"source":{"code":"UKR"' '"target":{"code":"RUS"' '"cameo":"138"'
code 2024-05-01 "Russian troops advanced on the city of Kharkiv."
has_event "forces advancing on a place attack it" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"' '"cameo":"190"'
code 2024-05-01 "Rebels are advancing on Goma."
has_event "... a place the gazetteer knows standing for its country" '"target":{"code":"COD"' '"cameo":"190"' '"location":{"name":"Goma"'
code 2024-05-01 "Russian forces pushed towards the town of Pokrovsk."
has_event "... pushing towards it too" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"' '"cameo":"190"'
code 2024-05-01 "China and Japan advanced on the Taiwan issue."
lacks_event "... but an advance on an issue is no force" '"cameo":"19'
code 2025-08-28 "Britain, France and Germany triggered the snapback of UN sanctions on Iran."
has_event "the snapback of sanctions triggered imposes them" '"source":{"code":"FRA"' '"target":{"code":"IRN"' '"cameo":"163"'
code 2025-08-28 "Germany activated the snap-back mechanism against Tehran."
has_event "... activated or invoked too" '"source":{"code":"DEU"' '"target":{"code":"IRN"' '"cameo":"163"'
code 2025-08-28 "The government activated the emergency response plan."
lacks_event "... but a plan activated sanctions no one" '"cameo":"163"'

# Victims the dictionaries do not name, killed in a passive clause: the
# force is on the country where it struck, as in the active clause
code 2024-03-12 "12 people were killed in an Israeli strike on a house in Rafah."
has_event "people killed in a strike in a town: force on the town's country" '"source":{"code":"ISR"' '"target":{"code":"PSE"' '"cameo":"190"'
code 2024-03-12 "Twelve people were killed in an Israeli strike on a house in Rafah."
has_event "... with the number spelled out at the sentence's start" '"source":{"code":"ISR"' '"target":{"code":"PSE"' '"cameo":"190"'
code 2024-03-12 "Twenty people were killed in Russian shelling in Kharkiv."
has_event "... by shelling" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"194"'
code 2024-03-12 "Dozens of people were arrested in Paris."
lacks_event "... force only: people arrested in a city are no act on its country" '"target":{"code":"FRA"'

# "pulled out of" as "withdrew from": a place is a retreat, a body left 166,
# talks left 164; "of" right after the verb only
code 2021-08-31 "The United States pulled out of Afghanistan."
has_event "forces pulled out of a country retreat from it" '"source":{"code":"USA"' '"target":{"code":"AFG"' '"cameo":"0874"'
code 2023-12-02 "Mali pulled out of the G5 Sahel."
has_event "a state pulled out of a body leaves it" '"source":{"code":"MLI"' '"cameo":"166"'
code 2019-06-01 "Iran pulled out of talks with the United States."
has_event "talks pulled out of are halted" '"source":{"code":"IRN"' '"target":{"code":"USA"' '"cameo":"164"'
code 2005-12-12 "In April Damascus pulled out the last of its troops from Lebanese soil."
lacks_event "... not the troops the verb's object names after a noun" '"target":{"code":"SYRMIL"'

# Fighting alongside someone is military cooperation with them, not a fight
# with them nor with the place; the enemy named, it is the fight
code 2025-04-10 "North Korean troops have been deployed to fight alongside Russian forces in Kursk."
has_event "troops fighting alongside another's cooperate with them" '"source":{"code":"PRKMIL"' '"target":{"code":"RUSMIL"' '"cameo":"062"'
lacks_event "... and strike no blow at the place where they fight" '"cameo":"190"'
code 2017-03-01 "Iraqi troops fought alongside Kurdish fighters against Islamic State in Mosul."
has_event "... unless an enemy is named" '"source":{"code":"IRQMIL"' '"target":{"code":"IMGMUSISI"' '"cameo":"190"'

# One act told twice in a sentence, first with no target: one event, with it
code 1997-04-25 "Peruvian troops stormed the compound on Tuesday, killing all 14 rebels."
has_event "the storming and the killing are one act on the rebels" '"source":{"code":"PERMIL"' '"target":{"code":"PERREB"' '"cameo":"190"' '"verb":"stormed"'
lacks_event "... not a second one on no one" '"cameo":"190"' '"target":null'

# Force planned is a threat of it, force prepared a mobilisation: neither is an
# intent to cooperate with its target
code 2024-11-20 "Russia is planning attacks on Ukrainian energy infrastructure."
has_event "attacks planned threaten force" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"138"'
lacks_event "... no intent to cooperate" '"cameo":"030"'
code 2024-11-20 "Russia is preparing a new offensive against Ukraine."
has_event "an offensive prepared readies force" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"154"'
code 2024-11-20 "China is preparing a trade deal with Brazil."
has_event "... a deal prepared is still an intention to cooperate" '"source":{"code":"CHN"' '"target":{"code":"BRA"' '"cameo":"030"'

# A threat of force against a place the dictionaries do not know is against
# its country, as the force itself would be
code 2024-11-20 "Israel threatened to invade Rafah."
has_event "a town threatened with invasion: its country threatened with occupation" '"source":{"code":"ISR"' '"target":{"code":"PSE"' '"cameo":"1382"'
code 2024-11-20 "Israel intends to launch a ground offensive in Rafah."
has_event "... an offensive intended in it too" '"source":{"code":"ISR"' '"target":{"code":"PSE"' '"cameo":"138"'

# An -ing phrase between a subject and its verb tells how it acts; the verb
# after it keeps the subject
code 1999-06-01 "Pakistani troops using heavy artillery stepped up attacks on Indian villages."
has_event "the subject before 'using heavy artillery' attacks (one act, the artillery's 194)" '"source":{"code":"PAKMIL"' '"target":{"code":"IND"' '"cameo":"194"'

# Forces sent to help or support a state protect it, as forces sent to it do;
# only a finite sending counts, and only to help
code 2022-01-06 "Russia sent troops to help Kazakhstan restore order."
has_event "troops sent to help a state protect it" '"source":{"code":"RUS"' '"target":{"code":"KAZ"' '"cameo":"074"'
code 2013-01-15 "Chad dispatched soldiers to support Cameroon."
has_event "... soldiers dispatched to support one too" '"source":{"code":"TCD"' '"target":{"code":"CMR"' '"cameo":"074"'
code 2005-11-16 "Schroeder has refused to send any troops to join the US force in Iraq."
lacks_event "... not troops one refused to send" '"cameo":"074"'

# A demonym after an article is the adjective of the noun after it, which no
# past form is, whatever the tagger says ("the Israeli raid"/VBD)
code 2024-04-02 "The Arab League denounced the Israeli raid on Al-Aqsa."
has_event "a raid denounced is disapproval of the raiders" '"target":{"code":"ISR"' '"cameo":"111"'
lacks_event "... and no raid of its own" '"cameo":"190"'

# Billions deposited in a state's central bank are aid to it; a treaty's
# instruments deposited with the UN are not
code 2025-09-15 "Saudi Arabia deposited \$3 billion in Pakistan's central bank."
has_event "money deposited in a central bank is economic aid" '"source":{"code":"SAU"' '"cameo":"071"' '"country":"PAK"'
code 2025-09-15 "Iran deposited its instruments of ratification with the United Nations."
lacks_event "... instruments of ratification are no aid" '"cameo":"071"'
# Ready, willing or open "for"/"to" talks after "be" states the intent to
# meet; before an infinitive the infinitive is the verb, as before
code 2026-11-20 "Kremlin spokesman Dmitry Peskov said Moscow was ready for talks with Kyiv."
has_event "ready for talks is the intent to meet" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"036"'
code 2026-11-20 "Iran remains open to talks with Washington."
has_event "... and so is open to talks ('talks' no verb of its own)" '"source":{"code":"IRN"' '"target":{"code":"USA"' '"cameo":"036"'
lacks_event "... with no meeting" '"cameo":"040"'
code 2026-11-20 "Russia is open to cooperation with China."
has_event "open to cooperation is the intent to cooperate (not passive)" '"source":{"code":"RUS"' '"target":{"code":"CHN"' '"cameo":"030"'
code 2006-11-23 "The Mongolian government is willing to implement the UN resolution on Korea."
has_event "willing to do something leaves the infinitive the verb" '"source":{"code":"MNGGOV"' '"cameo":"030"'
# A protest held somewhere "to protest against" someone is against them: the
# place between the two verbs is where, no one asked to act; the crowd that
# took to the streets is the protesters
code 2026-11-20 "Thousands of people took to the streets of Belgrade on Saturday to protest against President Aleksandar Vucic."
has_event "took to the streets to protest against someone" '"source":{"code":"SRBOPP"' '"target":{"code":"SRBGOV"' '"cameo":"141"'
code 2026-11-20 "Thousands of people rallied in Belgrade on Saturday to protest against President Aleksandar Vucic."
has_event "... rallied somewhere to protest against someone" '"source":{"code":"SRBOPP"' '"target":{"code":"SRBGOV"' '"cameo":"141"'
# A truce between two sides that takes effect binds each to the other
code 2026-06-24 "A ceasefire between Israel and Iran took effect on Tuesday."
has_event "a truce between two sides took effect" '"source":{"code":"ISR"' '"target":{"code":"IRN"' '"cameo":"0871"'
has_event "... both ways" '"source":{"code":"IRN"' '"target":{"code":"ISR"' '"cameo":"0871"'
code 2026-06-24 "The new tariffs took effect on Monday."
lacks_event "... tariffs taking effect are no truce" '"cameo":"0871"'

# "U.S.-backed": the tokenizer splits the abbreviation off; the participle
# after the hyphen is an adjective, not the sentence's verb
code 2017-06-06 "U.S.-backed Syrian forces attacked Raqqa."
has_event "a participle hyphened to an abbreviation is no verb" '"source":{"code":"SYRMIL"' '"cameo":"190"'
lacks_event "... and no support of its own" '"cameo":"051"'
# A clause a subordinator opens the sentence with ends at its comma, even
# right after its verb: the subject of the main clause is no object of it
code 2005-12-04 "\"As Iraqis step up, the coalition forces can step back and ultimately, come home."
lacks_event "'step up, the coalition forces': forces of the next clause are not stepped up" '"cameo":"154"'
code 2005-12-04 "As Iraqis step up, the coalition forces can step back."
lacks_event "... nor without the opening quote" '"cameo":"154"'
# A truce announced "between" two sides binds them, whoever announces it;
# one brokered between them is the broker's mediation
code 2025-06-24 "Trump announced a ceasefire between Israel and Iran."
has_event "a truce announced between two sides binds each" '"source":{"code":"ISR"' '"target":{"code":"IRN"' '"cameo":"0871"'
has_event "... both ways" '"source":{"code":"IRN"' '"target":{"code":"ISR"' '"cameo":"0871"'
lacks_event "... the announcer declared no truce with either" '"source":{"code":"USAGOV"' '"cameo":"0871"'
code 2025-06-24 "The United States brokered a ceasefire between Israel and Iran."
has_event "... one brokered is mediation" '"source":{"code":"USA"' '"target":{"code":"IRN"' '"cameo":"045"'
# An order to evacuate with no one to evacuate is an order to leave, a
# demand (100), no demand for humanitarian aid; with an object it is one
code 2025-09-09 "The Israeli army ordered residents of northern Gaza to evacuate ahead of a new offensive."
has_event "ordered to evacuate: a demand" '"source":{"code":"ISRMIL"' '"cameo":"100"'
lacks_event "... for no aid" '"cameo":"1033"'
code 2025-09-09 "The UN urged Israel to evacuate wounded children from Gaza."
has_event "... urged to evacuate children: an appeal for aid" '"source":{"code":"IGOUNO"' '"target":{"code":"ISR"' '"cameo":"0233"'
# Artefacts returned are property returned (0842); a participle between a
# verb and its noun is an adjective whatever the verb's form
code 2025-02-10 "The Netherlands will return looted artefacts to Nigeria."
has_event "looted artefacts returned are property returned" '"source":{"code":"NLD"' '"target":{"code":"NGA"' '"cameo":"0842"'
lacks_event "... 'looted' is no verb of its own" '"cameo":"145"'
# Followers no dictionary names called on to use force threaten its target;
# called on to cut ties, they threaten no one
code 2026-11-20 "Al-Qaeda called on Muslims to attack the United States."
has_event "a call on followers to attack threatens the target" '"target":{"code":"USA"' '"cameo":"138"'
code 2026-11-20 "In a statement, Hamas called on Arab states to cut ties with Israel."
lacks_event "... a call on others to cut ties is no threat to break relations" '"cameo":"1313"'
# An attack claimed is responsibility claimed (015), against whom it struck,
# in the passive as in the active
code 2026-11-20 "The attack on the police station in Balochistan was claimed by the Baloch Liberation Army."
has_event "an attack claimed by a group, passive" '"source":{"code":"PAKSEP"' '"target":{"code":"PAKCOP"' '"cameo":"015"'
lacks_event "... no statement" '"cameo":"010"'
code 2026-11-20 "The Baloch Liberation Army claimed the attack on the police station in Balochistan."
has_event "... and active" '"source":{"code":"PAKSEP"' '"target":{"code":"PAKCOP"' '"cameo":"015"'
# The clause after an opening "Instead of ..." begins after its comma: words
# of the opener ("rocket firing") are not the main verb's subject
code 2006-11-15 "Instead of halting rocket firing by Palestinian militants, Israeli artillery shells killed some 19 civilians in Beit Hanoun."
has_event "the main clause after an opener's comma" '"source":{"code":"ISR"' '"target":{"code":"PSECVL"' '"cameo":"194"'
# Air defences are the military; a past form with a particle after a
# plural noun ("its forces shot down") is the verb, whatever the tagger says
code 2026-11-20 "Russia said its air defences shot down 120 Ukrainian drones overnight."
has_event "air defences shooting down drones" '"source":{"code":"RUSMIL"' '"target":{"code":"UKRMIL"' '"cameo":"190"'
code 2026-11-20 "Russia said its forces shot down 120 Ukrainian drones overnight."
has_event "... 'shot down' after 'its forces' is the verb" '"source":{"code":"RUSMIL"' '"target":{"code":"UKRMIL"' '"cameo":"190"'
# Force not ruled out is threatened; ruled out, it is not
code 2026-11-20 "The United States has not ruled out military action against Venezuela."
has_event "force not ruled out is a threat" '"source":{"code":"USA"' '"target":{"code":"VEN"' '"cameo":"138"'
code 2026-11-20 "Israel ruled out military action against Iran."
lacks_event "... ruled out, no threat" '"cameo":"138"'
# A participle of affiliation after a noun ("linked to", "allied with")
# says what the noun is tied to; the finite verb after it keeps the noun as
# its subject
code 2026-11-20 "Jihadists linked to al-Qaeda killed dozens of soldiers in an attack on an army post in Burkina Faso."
has_event "'Jihadists linked to al-Qaeda killed': the jihadists kill" '"source":{"code":"BFAREB"' '"target":{"code":"BFAMIL"' '"cameo":"190"'
# Air power lent in support is military cooperation, as troops are
code 2026-11-20 "Somali forces backed by U.S. airstrikes recaptured the town of Adan Yabaal from al-Shabaab."
has_event "forces backed by airstrikes: military cooperation" '"source":{"code":"USA"' '"target":{"code":"SOMMIL"' '"cameo":"062"'
# Force named by the subject's noun is aimed where its "on" or "in" says,
# also at an actor the dictionaries know there; Gaza's towns are Gaza
code 2026-11-20 "An Israeli airstrike on a school in Gaza City killed 15 people."
has_event "an airstrike on a school in a known city strikes that city's country" '"source":{"code":"ISR"' '"target":{"code":"PSEGZA"' '"cameo":"195"'
code 2026-11-20 "An Israeli strike in Khan Younis killed twelve people."
has_event "... a strike in a town of Gaza" '"source":{"code":"ISR"' '"target":{"code":"PSEGZA"' '"cameo":"190"'
# Victims no dictionary names, killed in a passive clause, are of the place
# the dictionaries know where it struck; weapons fired somewhere are not
code 2006-11-02 "Four Palestinian militants were killed on Thursday night in two separate airstrikes carried out by Israeli army aircraft in northern Gaza Strip."
has_event "killed in airstrikes in a known place" '"source":{"code":"ISRMIL"' '"target":{"code":"PSEGZA"' '"cameo":"195"'
code 2006-12-27 "Olmert referred to the homemade rockets fired by Palestinian militants in the Gaza Strip."
lacks_event "... rockets fired from a place are not fired at it" '"cameo":"194"'
# Force told first with no target and then, of the same root, with one is
# one act against that target; a generic code told second adds nothing
code 2026-11-20 "Palestinian gunmen opened fire at a checkpoint near Jerusalem, wounding two Israeli soldiers."
has_event "fire opened, wounding soldiers: the shooting is at them" '"source":{"code":"PSEUAF"' '"target":{"code":"ISRMIL"' '"cameo":"193"'
lacks_event "... and no second, generic event" '"cameo":"190"'
# A forceful response to come is a threat of force; a merciless response
# warned of is one too
code 2026-11-20 "Pakistan said it would respond forcefully to any Indian aggression."
has_event "a forceful response said to come threatens force" '"source":{"code":"PAK"' '"target":{"code":"IND"' '"cameo":"138"'
code 2026-11-20 "North Korea warned of a \"merciless\" response to the U.S.-South Korean drills."
has_event "... a merciless response warned of" '"source":{"code":"PRK"' '"target":{"code":"USA"' '"cameo":"138"'
code 2026-11-20 "Israel responded forcefully to the Hezbollah attack."
has_event "... a forceful response made is force" '"source":{"code":"ISR"' '"target":{"code":"LBNREB"' '"cameo":"190"'
# A journey advised against is a travel warning against the country (160),
# no visit and no appeal to one's own citizens
code 2026-11-20 "Beijing warned its citizens against travelling to Japan."
has_event "warned citizens against travelling to a country: a travel warning" '"source":{"code":"CHN"' '"target":{"code":"JPN"' '"cameo":"160"'
code 1997-04-09 "On Tuesday, the German foreign ministry advised its nationals against travelling to Iran."
has_event "... advised against travelling there" '"source":{"code":"DEUGOV"' '"target":{"code":"IRN"' '"cameo":"160"'
lacks_event "... no appeal to its nationals" '"cameo":"020"'
# Two adverbs joined inside a passive chain keep it passive: the victim
# is no source
code 2006-12-10 "A British citizen was cowardly and brutally murdered on British soil."
lacks_event "was cowardly and brutally murdered: the victim does not murder" '"source":{"code":"GBRCVL"'
code 2026-11-20 "Iran openly, explicitly and publicly threatens to wipe Israel off the map."
has_event "... nor do three adverbs joined before a verb hide it" '"source":{"code":"IRN"' '"target":{"code":"ISR"' '"cameo":"138"'
# A series of verbs no dictionary knows after a reported clause goes on
# with that clause's subject, not the reporter's
code 2006-12-28 "Police said supporters of the former dictator chanted \"no Ershad, no elections\", smashed cars and vans, and ransacked shops in Rangpur."
lacks_event "said supporters chanted, smashed, and ransacked: the police did not" '"source":{"code":"---COP"'
code 2006-12-28 "Police said the Taliban fighters fled the village, burned houses, and attacked Afghan soldiers."
has_event "... the series' subject attacks" '"source":{"code":"AFGREB"' '"target":{"code":"AFGMIL"' '"cameo":"190"'
code 2006-12-28 "Police raided the house in Kabul, and arrested two Taliban fighters."
has_event "... a comma before 'and' with no series keeps the first subject" '"source":{"code":"AFGCOP"' '"target":{"code":"AFGREB"' '"cameo":"173"'
# A noun given its name ("a forum called ...") is no call; a ministry that
# called something a mistake still criticised
code 2006-11-12 "The week will include an investment forum called Doing Business with Vietnam, which drew business executives."
lacks_event "a forum called by its name: no appeal" '"cameo":"041"'
code 2006-11-12 "The Chinese ministry called Washington's decision a mistake."
has_event "... the subject that called a decision a mistake criticised" '"source":{"code":"CHNGOV"' '"target":{"code":"USA"' '"cameo":"111"'
# Troops to be withdrawn from two countries are the actor's own; both
# countries are left
code 2005-12-06 "Russia promised to withdraw troops from Georgia and Moldova."
has_event "intent to withdraw troops from Georgia" '"source":{"code":"RUS"' '"target":{"code":"GEO"' '"cameo":"0356"'
has_event "... and from Moldova" '"source":{"code":"RUS"' '"target":{"code":"MDA"' '"cameo":"0356"'
lacks_event "... not their troops" '"target":{"code":"MDAMIL"'
# Where the authorities of a place detain: a place told of something else
# names none
code 2005-12-14 "An American man was detained in a sweep following bomb attacks in Riyadh."
lacks_event "detained in a sweep following attacks in Riyadh: no Saudi arrest" '"source":{"code":"SAU"'
code 2005-12-14 "An American man was detained in Riyadh."
has_event "... detained in Riyadh: the Saudi authorities" '"source":{"code":"SAU"' '"target":{"code":"USA"' '"cameo":"173"'
# Rallying to an administration is no protest against it
code 2006-12-29 "Aidid, a Somali clan warlord who has rallied to the transitional administration, said the parliament will meet."
lacks_event "rallied to the administration: no protest" '"cameo":"141"'
code 2006-12-29 "Thousands of Somalis rallied in Mogadishu against the transitional government."
has_event "... rallied against it is one" '"source":{"code":"SOM"' '"target":{"code":"SOMGOV"' '"cameo":"141"'
# After a reduced relative, a participle-shaped verb with an object is the
# clause's own verb, its subject the noun the relative modified
code 2024-05-01 "Sudanese militias allied with the army attacked villages in Chad."
has_event "militias allied with the army attacked" '"source":{"code":"SDNUAF"' '"target":{"code":"TCD"' '"cameo":"190"'
code 2024-05-01 "Militias backed by the army attacked Chadian villages."
has_event "... militias backed by the army attacked" '"source":{"code":"---UAF"' '"target":{"code":"TCD"' '"cameo":"190"'
# Air power or weight put behind someone backs them
code 2006-12-28 "Ethiopian forces openly put their air power and heavy artillery behind Somalia's government."
has_event "air power put behind a government: military cooperation" '"source":{"code":"ETHMIL"' '"target":{"code":"SOMGOV"' '"cameo":"062"'
lacks_event "... no air strike" '"cameo":"195"'
code 2006-12-28 "Germany put its weight behind the French plan."
has_event "... weight put behind a plan backs it" '"source":{"code":"DEU"' '"target":{"code":"FRA"' '"cameo":"051"'
code 2026-11-20 "Clashes erupted behind Russian lines near Kupiansk."
lacks_event "... fighting that erupts behind lines backs no one" '"cameo":"051"'
# An opening clause "As X did Y," gives its subject to a pronoun that opens
# the main clause; its subject acts in no other clause
code 2005-11-23 "As Israeli soldiers fanned out through Jabal Abu Dheir, Jenin Refugee Camp and the Eastern neighborhoods, they encountered arms fire from Palestinian armed men."
has_event "as soldiers fanned out, they came under fire: the soldiers are fired at" '"source":{"code":"PSEUAF"' '"target":{"code":"ISRMIL"' '"cameo":"190"'
lacks_event "... not a refugee camp" '"target":{"code":"---REF"'
code 1997-04-23 "As Fujimori surveyed the scene, the remains of the rebels lay on the lawn of the residence they had seized December 17."
lacks_event "as Fujimori surveyed the scene: he seized nothing" '"source":{"code":"PERGOV"'
code 2005-11-30 "As Schroeder now steps down, as both the United States and Germany need each other, the two are expected to keep their alliance."
lacks_event "a comma and 'as' end the clause of the verb before them" '"target":{"code":"USA"'
# A reaction warned of threatens whom it answers
code 2024-07-11 "Russia warned that it would react to the deployment of US missiles."
has_event "warned it would react to a deployment: a threat" '"source":{"code":"RUS"' '"target":{"code":"USAMIL"' '"cameo":"130"'
# The victim of a crime someone is arrested in is not the one arrested
code 2026-11-20 "Peruvian police arrested a suspect in the killing of a Chinese businessman in Lima."
lacks_event "arrested a suspect in the killing of a businessman: not the businessman" '"target":{"code":"CHNBUS"'
code 2026-11-20 "Indian police arrested three Pakistani militants in the killing of an Indian soldier."
has_event "... those arrested still are" '"source":{"code":"INDCOP"' '"target":{"code":"PAKREB"' '"cameo":"173"'
# Two sides that de-escalate with no one named de-escalate with each other;
# allies withdrawing together do not withdraw from each other
code 2026-11-20 "Indian and Chinese troops disengaged from friction points along the border."
has_event "Indian and Chinese troops disengaged: from each other" '"source":{"code":"INDMIL"' '"target":{"code":"CHNMIL"' '"cameo":"087"'
code 2006-11-20 "American and British troops withdrew from Basra."
lacks_event "... allies withdrawing do not withdraw from each other" '"target":{"code":"GBRMIL"'
# A verb joined to a denial is the denier's own next act, not denied
code 2026-03-10 "India denied the allegation and called on Pakistan to stop harbouring terrorists."
has_event "denied and called on: the call stands" '"source":{"code":"IND"' '"target":{"code":"PAK"' '"cameo":"020"'
code 2026-03-10 "India denied the allegation and criticised Pakistan."
has_event "denied and criticised: the criticism stands" '"source":{"code":"IND"' '"target":{"code":"PAK"' '"cameo":"111"'
# A threat with no target is aimed at the one whose act the condition names
# ("if the United States attacked"), or who is to be beaten ("until ...")
code 2026-03-10 "Iran threatened to close the Strait of Hormuz if the United States attacked its nuclear facilities."
has_event "threatened to close a strait if the US attacked: a blockade threatened at the US" '"source":{"code":"IRN"' '"target":{"code":"USA"' '"cameo":"1381"'
code 2026-03-10 "Sudan's army chief vowed to fight on until the RSF is defeated."
has_event "vowed to fight on until the RSF is defeated" '"source":{"code":"SDNMIL"' '"target":{"code":"SDNREB"' '"cameo":"138"'
code 2026-03-10 "Netanyahu vowed to continue the war until Hamas is destroyed."
has_event "vowed to continue the war until Hamas is destroyed" '"source":{"code":"ISRGOV"' '"target":{"code":"PSEREB"' '"cameo":"138"'
code 2026-03-10 "Israel threatened to resume fighting if Hamas violated the agreement."
has_event "... the subject of an 'if' clause still is" '"target":{"code":"PSEREB"' '"cameo":"138"'
# Leading a mission, a delegation or talks somewhere; sending a party to act
code 2026-03-10 "Kenya led a police mission to Haiti to fight armed gangs."
has_event "led a police mission to Haiti: protection" '"source":{"code":"KEN"' '"target":{"code":"HTI"' '"cameo":"074"'
code 2026-03-10 "Russian Foreign Minister Sergei Lavrov led a delegation to Beijing."
has_event "led a delegation to Beijing: a visit" '"source":{"code":"RUSGOV"' '"target":{"code":"CHN"' '"cameo":"042"'
code 2026-03-10 "Chinese Premier Li Qiang will lead a delegation to visit Russia next week."
has_event "will lead a delegation to visit Russia: the leader visits" '"source":{"code":"CHNGOV"' '"target":{"code":"RUS"' '"cameo":"042"'
code 2026-03-10 "Qatar dispatched an envoy to mediate between Israel and Hamas."
has_event "dispatched an envoy to mediate: the sender mediates" '"source":{"code":"QAT"' '"target":{"code":"PSEREB"' '"cameo":"045"'
lacks_event "... the envoy is no Palestinian" '"source":{"code":"PSEGOV"'
code 2026-03-10 "Putin met leading Chinese businessmen in Moscow."
has_event "met leading businessmen: 'leading' ranks them" '"source":{"code":"RUSGOV"' '"target":{"code":"CHNBUS"' '"cameo":"040"'
code 2026-03-10 "He led the country for 20 years."
lacks_event "led a country: no event" '"cameo"'
code 2024-06-25 "Kenya deployed police officers to Haiti to join a multinational security mission."
has_event "forces deployed to join a security mission keep the peace there" '"source":{"code":"KEN"' '"target":{"code":"HTI"' '"cameo":"074"'
code 1997-04-01 "A 5,000-strong multinational force led by Italy could be deployed within 10 days."
lacks_event "a force led by Italy: Italy protects no one in it" '"cameo":"074"'
# One of a pair named again in what they talked about is no target of theirs
code 2026-05-14 "The United States and Iran held indirect talks in Oman on Iran's nuclear programme."
has_event "the US and Iran held talks on Iran's programme: Iran talked with the US" '"source":{"code":"IRN"' '"target":{"code":"USA"' '"cameo":"046"'
has_event "... and the US with Iran" '"source":{"code":"USA"' '"target":{"code":"IRN"' '"cameo":"046"'
# A participle of force before a noun says which side, no act of its own
code 2005-12-16 "Somalis resisted the invading Ethiopian army."
lacks_event "the invading Ethiopian army: no invasion coded" '"cameo":"192"'
code 2005-12-16 "The rebels fought invading Ethiopian troops."
has_event "fought invading troops: the fight is coded" '"target":{"code":"ETHMIL"' '"cameo":"190"'
code 2005-12-16 "Israel is occupying Palestinian land."
has_event "... after 'is' it is the verb" '"source":{"code":"ISR"' '"target":{"code":"PSE"' '"cameo":"192"'
# One described as a name of abuse is denounced; as a friend, praised
code 2006-11-07 "Iran described former Iraqi leader Saddam Hussein as a criminal who deserved to die."
has_event "described Saddam as a criminal: a denunciation" '"source":{"code":"IRN"' '"target":{"code":"IRQELI"' '"cameo":"111"'
code 2006-11-07 "Putin described Xi Jinping as a close friend."
has_event "described Xi as a close friend: praise" '"source":{"code":"RUSGOV"' '"target":{"code":"CHNGOV"' '"cameo":"051"'
# Being on a visit somewhere visits it
code 2005-11-26 "South Korean Prime Minister Lee Hae-chan, who is on a three-day visit to Kuwait, met Kuwaiti officials."
has_event "who is on a visit to Kuwait: a visit" '"source":{"code":"KORGOV"' '"target":{"code":"KWT"' '"cameo":"042"'
code 2005-11-20 "Hu Jintao said that it is in the common interest of both China and the United States to oppose Taiwan independence."
has_event "it is in the interest of China to oppose: the opposition stands" '"source":{"code":"CHNGOV"' '"target":{"code":"TWN"' '"cameo":"110"'
# Fighting expanded is fighting; a plan approved to expand it threatens it
code 2026-05-14 "Israel's security cabinet approved a plan to expand the military operation in Gaza."
has_event "approved a plan to expand the operation in Gaza: force intended" '"source":{"code":"ISRGOV"' '"target":{"code":"PSEGZA"' '"cameo":"138"'
code 2026-05-14 "Russia expanded its offensive in eastern Ukraine."
has_event "expanded its offensive in Ukraine: force" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"190"'
code 2026-05-14 "China and Laos agreed to expand cooperation."
lacks_event "... cooperation expanded is no force" '"cameo":"190"'
# A war or a campaign renewed, stepped up or escalated is fought; a trade war
# is fought with tariffs
code 2005-12-13 "The Syrian regime has renewed its war on Lebanon."
has_event "renewed its war on Lebanon: force" '"source":{"code":"SYRGOV"' '"target":{"code":"LBN"' '"cameo":"190"'
code 2024-05-14 "Israel intensified its war on Gaza."
has_event "intensified its war on Gaza: force" '"source":{"code":"ISR"' '"target":{"code":"PSEGZA"' '"cameo":"190"'
code 2024-05-14 "Sudan's army intensified its military campaign against the RSF."
has_event "intensified a military campaign: force" '"source":{"code":"SDNMIL"' '"target":{"code":"SDNREB"' '"cameo":"190"'
code 2025-04-14 "President Trump escalated his trade war with China."
has_event "escalated a trade war with China: sanctions" '"source":{"code":"USAGOV"' '"target":{"code":"CHN"' '"cameo":"163"'
lacks_event "... no force" '"cameo":"190"'
code 2006-11-28 "The LTTE leader's speech has renewed fears of full scale war resuming in Sri Lanka's Northern provinces."
lacks_event "renewed fears of war: no war" '"cameo":"190"'
code 2025-04-14 "Mexico stepped up its war on drugs."
lacks_event "a war on drugs fights no one" '"cameo":"190"'
# Troops cut or reduced are demobilised where they serve; gas cut, an embargo;
# tariffs reduced, eased
code 2005-11-23 "The US Defense Department tentatively plans to reduce the number of US forces in Iraq in early 2006."
has_event "plans to reduce US forces in Iraq: intent to de-escalate" '"source":{"code":"USAMIL"' '"target":{"code":"IRQ"' '"cameo":"0356"'
code 2005-11-23 "Britain cut its troops in Iraq."
has_event "cut its troops in Iraq: Iraq is where they serve" '"source":{"code":"GBR"' '"target":{"code":"IRQ"' '"cameo":"0873"'
code 2006-01-01 "Russia reduced gas supplies to Ukraine."
has_event "reduced gas supplies to Ukraine: an embargo" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"163"'
code 2025-05-14 "China reduced its tariffs on US goods."
has_event "reduced its tariffs on US goods: eased" '"source":{"code":"CHN"' '"target":{"code":"USA"' '"cameo":"085"'
# One's own people "in" a country are one's own, serving there
code 2025-05-14 "France closed its embassy in Kabul."
has_event "its embassy in Kabul: France's, in Afghanistan" '"source":{"code":"FRA"' '"target":{"code":"AFG"' '"cameo":"161"'
code 2006-01-01 "Condoleezza Rice met her counterpart in Iraq."
has_event "her counterpart in Iraq is Iraq's" '"source":{"code":"USAGOV"' '"target":{"code":"IRQ"' '"cameo":"040"'
# An agreement reached to act, by a pair or with a partner, is the intention
# to act of each; the partner is asked for nothing
code 2005-11-16 "Israel and the Palestinians reached an agreement to end the fighting."
has_event "a pair reached an agreement to end fighting: Israel to the Palestinians" '"source":{"code":"ISR"' '"target":{"code":"PSE"' '"cameo":"0356"'
has_event "... and the Palestinians to Israel" '"source":{"code":"PSE"' '"target":{"code":"ISR"' '"cameo":"0356"'
code 2005-11-16 "Israel reached an agreement with the Palestinians to reopen the Rafah crossing."
has_event "an agreement with the Palestinians to reopen: Israel's intention" '"source":{"code":"ISR"' '"target":{"code":"PSE"' '"cameo":"0351"'
lacks_event "... no appeal to the Palestinians" '"cameo":"0251"'
code 2025-05-14 "Egypt brokered a deal with Hamas to release the hostages."
has_event "brokered a deal with Hamas: mediation" '"source":{"code":"EGY"' '"target":{"code":"PSEREB"' '"cameo":"045"'
lacks_event "... Egypt releases no one" '"cameo":"0841"'
# One handed over to a court or a state for trial: judicial cooperation
code 2025-03-12 "The Philippines handed former president Rodrigo Duterte over to the International Criminal Court."
has_event "handed Duterte over to the ICC" '"source":{"code":"PHL"' '"target":{"code":"IGOJUDICC"' '"cameo":"063"'
code 2025-03-12 "Hamas handed the hostages over to the Red Cross."
has_event "hostages handed over: released" '"source":{"code":"PSEREB"' '"cameo":"0841"'
# The sea off a country's coast is where, not whom
code 2025-03-12 "Israel attacked a ship off the coast of Malta."
lacks_event "a ship attacked off Malta: no attack on Malta" '"target":{"code":"MLT"'
code 2025-03-12 "The ship was attacked by the Houthis off the coast of Yemen."
lacks_event "... nor on Yemen" '"target":{"code":"YEM"'
code 2025-03-12 "Chinese warships held drills off the coast of Taiwan."
has_event "drills off Taiwan's coast are aimed at it" '"source":{"code":"CHNMIL"' '"target":{"code":"TWN"' '"cameo":"150"'
# Welcoming a visitor hosts them; thanking one for talks praises them
code 2025-10-01 "Zelensky thanked Trump for the talks."
has_event "thanked Trump for the talks: praise" '"source":{"code":"UKRGOV"' '"target":{"code":"USAGOV"' '"cameo":"051"'
lacks_event "... no visit hosted" '"cameo":"043"'
code 2025-10-01 "Xi welcomed Modi for talks."
has_event "welcomed Modi for talks: hosted" '"source":{"code":"CHNGOV"' '"target":{"code":"INDGOV"' '"cameo":"043"'
# An adjective heading its phrase before a regular past the tagger took for a
# participle: the phrase and its verb; power seized is a coup (180)
code 2025-11-27 "The military seized power in Guinea-Bissau."
has_event "the military seized power: a coup" '"source":{"code":"---MIL"' '"cameo":"180"'
code 2006-12-28 "The Iraqi High Tribunal published a formal written judgement rejecting Saddam's appeal."
has_event "... not after 'a' ('a formal written judgement')" '"source":{"code":"IRQJUD"' '"target":{"code":"IRQELI"' '"cameo":"120"'
# A name the tagger took for an adjective is a noun before its past verb
code 2025-11-20 "Ukraine shot down 50 Russian drones."
has_event "Ukraine shot down drones" '"source":{"code":"UKR"' '"target":{"code":"RUSMIL"' '"cameo":"190"'
# A weapon named before an attack is its kind, not whom it hits
code 2025-11-20 "Russian forces launched a massive missile and drone attack on the western city of Ternopil overnight."
has_event "a drone attack on Ternopil hits Ukraine" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"'
lacks_event "... not the drone" '"target":{"code":"---MIL"'
# After "and" that follows a past verb's phrase, an -ed form before its object
# is that verb's twin
code 2025-11-20 "Last month, Trump cancelled a planned summit with Putin in Budapest and imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil."
has_event "cancelled a summit ... and imposed sanctions: the sanctions" '"source":{"code":"USAGOV"' '"target":{"code":"RUSBUS"' '"cameo":"163"'
has_event "... and the summit cancelled" '"source":{"code":"USAGOV"' '"target":{"code":"RUSGOV"' '"cameo":"160"'
# An act called unfair, unjustified or a provocation is condemned; a word
# after a possessive is a noun
code 2025-08-07 "India called the US tariffs unfair and unjustified."
has_event "called the US tariffs unfair: criticism" '"source":{"code":"IND"' '"target":{"code":"USA"' '"cameo":"111"'
code 2025-11-14 "China called Japan's remarks a provocation."
has_event "called Japan's remarks a provocation" '"source":{"code":"CHN"' '"target":{"code":"JPN"' '"cameo":"111"'
# A proposal's maker named after a participle with its particle is whom its
# rejection is aimed at
code 2025-05-14 "Israel rejected the ceasefire proposal put forward by Egypt."
has_event "rejected the proposal put forward by Egypt" '"source":{"code":"ISR"' '"target":{"code":"EGY"'
# Money "in" an -ing form is of that kind: the financing approved for Kenya
code 2025-05-14 "The World Bank approved 500 million dollars in financing for Kenya."
has_event "approved dollars in financing for Kenya: economic aid" '"source":{"code":"IGOUNODEVWBK"' '"target":{"code":"KEN"' '"cameo":"071"'
# An object pronoun after a verb joined to one before stands for its object
code 2025-11-20 "Zelensky met Turkish President Recep Tayyip Erdogan and urged him to help secure a prisoner exchange with Russia."
has_event "met Erdogan and urged him: the appeal is to Erdogan" '"source":{"code":"UKRGOV"' '"target":{"code":"TURGOV"' '"cameo":"023"'
code 2006-12-05 "Maliki also bitterly criticised Annan for likening the situation in Iraq to a civil war and accused him of polishing the image of the former regime."
has_event "criticised Annan and accused him" '"source":{"code":"IRQGOV"' '"target":{"code":"IGOUNO"' '"cameo":"112"'
code 2025-11-20 "Israel arrested two Hamas leaders and interrogated them."
has_event "arrested two Hamas leaders and interrogated them: them" '"source":{"code":"ISR"' '"target":{"code":"PSEREB"' '"cameo":"090"'
code 2006-11-12 "Fire crews and the Chilean police rescued five people and took them to the regional hospital."
lacks_event "... but people of no side taken to hospital are not seized" '"cameo":"171"'
# A headline ending in a place with no full stop (once read past the last
# token)
code 2025-09-01 "Putin meets Xi in Beijing"
has_event "a headline with no full stop ending in a place" '"source":{"code":"RUSGOV"' '"target":{"code":"CHNGOV"' '"cameo":"040"'
# A known person's name the tagger took for an adjective, before a present form
code 2025-07-14 "Erdogan hosts Zelensky in Istanbul for talks on grain deal"
has_event "Erdogan hosts Zelensky: a visit hosted" '"source":{"code":"TURGOV"' '"target":{"code":"UKRGOV"' '"cameo":"043"'
code 2025-07-14 "Asian champions Iran beat Japan."
lacks_event "... not a capitalised adjective of no person (champions: no praise)" '"cameo":"051"'
# What one says or does after an opening phrase of talks with someone is done
# with them
code 2025-10-13 "In a phone call with Saudi Crown Prince Mohammed bin Salman, Putin discussed oil prices."
has_event "in a phone call with MBS, Putin discussed: with him" '"source":{"code":"RUSGOV"' '"target":{"code":"SAUGOV"' '"cameo":"041"'
code 2025-10-13 "During talks with Xi in Beijing, Lula signed 20 agreements."
has_event "during talks with Xi in Beijing, Lula signed: with Xi" '"source":{"code":"BRAGOV"' '"target":{"code":"CHNGOV"' '"cameo":"057"'
code 2005-11-11 "During his meeting with designated chancellor Angela Merkel, Hu congratulated her on becoming the first woman chancellor."
has_event "... and congratulated her: the one met" '"source":{"code":"CHNGOV"' '"target":{"code":"DEUOPP"' '"cameo":"051"'
# Arriving "at" a capital or the seat of a government is arriving there
code 2006-11-06 "Sudanese President Bashir arrived Monday at Beijing airport."
has_event "arrived at Beijing airport: a visit to China" '"source":{"code":"SDNGOV"' '"target":{"code":"CHN"' '"cameo":"042"'
code 2006-11-06 "The two sides arrived at a compromise."
lacks_event "arrived at a compromise: no visit" '"cameo":"042"'
# A threat with no one named, joined to a blame of someone, is aimed at them
code 2025-06-13 "Iran condemned Israel and vowed revenge."
has_event "condemned Israel and vowed revenge: the threat is Israel's" '"source":{"code":"IRN"' '"target":{"code":"ISR"' '"cameo":"1384"'
code 2025-06-13 "Hezbollah blamed Israel for the attack and threatened to respond."
has_event "blamed Israel and threatened to respond" '"source":{"code":"LBNREB"' '"target":{"code":"ISR"' '"cameo":"130"'
code 2025-06-13 "Russia welcomed Turkey's proposal and threatened to deploy missiles."
lacks_event "... not after praise: no threat to Turkey" '"target":{"code":"TUR"' '"cameo":"138"'
# Retaliation vowed on a condition is a threat to whom the condition names;
# retaliation done with no one named is no event
code 2025-04-05 "China vowed to retaliate if Washington imposed new tariffs."
has_event "vowed to retaliate if Washington imposed tariffs: a threat" '"source":{"code":"CHN"' '"target":{"code":"USA"' '"cameo":"130"'
code 2025-04-05 "China threatened to retaliate against Japan."
has_event "threatened to retaliate against Japan" '"source":{"code":"CHN"' '"target":{"code":"JPN"' '"cameo":"138"'
code 1997-04-15 "Beijing retaliated immediately, saying it will postpone exchanges of visits with Denmark."
lacks_event "retaliated immediately, with no one named: no untargeted force" '"cameo":"190"'
# One due in a capital is to visit it; in court, no one
code 2005-11-10 "French Minister for Foreign Trade Christine Lagarde is due in Kenya on Friday for a two-day visit."
has_event "due in Kenya for a visit" '"source":{"code":"FRAGOV"' '"target":{"code":"KEN"' '"cameo":"042"'
code 2025-05-01 "Netanyahu is due in court on Tuesday."
lacks_event "due in court: no visit" '"cameo":"042"'
# Speakers joined after a comma tell the act, they are not its object; a news
# agency tells no country of the story
code 2006-12-04 "Police opened fire, witnesses and an AFP reporter said."
lacks_event "... witnesses and an AFP reporter said: no target, no French police" '"cameo":"193"'
code 2006-12-04 "The rebels attacked the town, residents and a Reuters correspondent said."
lacks_event "... a Reuters correspondent said: no British rebels" '"code":"GBRREB"'
# A pronoun after a subordinator stands for the one actor of the agentless
# passive before it
code 1997-04-28 "International sanctions were imposed on Iraq after it invaded Kuwait in August 1990."
has_event "imposed on Iraq after it invaded Kuwait: Iraq invaded" '"source":{"code":"IRQ"' '"target":{"code":"KWT"' '"cameo":"192"'
code 1997-04-28 "Sanctions were imposed on Iraq by the United Nations after it invaded Kuwait."
lacks_event "... with an agent named, the pronoun is not the sufferer's" '"source":{"code":"IRQ"' '"cameo":"192"'
# Balking at a plan rejects it, and its drafters named after "by"
code 2006-12-02 "Russia and China have balked at the terms of a draft resolution drawn up by Britain and France."
has_event "balked at a draft drawn up by Britain" '"source":{"code":"RUS"' '"target":{"code":"GBR"' '"cameo":"12'
# Citizens travelling somewhere pay no visit of their state
code 1997-04-15 "One accord waives visa requirements for Chinese citizens travelling to Mauritius."
lacks_event "Chinese citizens travelling to Mauritius: no visit" '"cameo":"042"'
# The subject of an -ing phrase in quotes is the subject of the verb after it
code 1997-04-13 'One official alleged that Pakistani troops "using heavy artillery stepped up attacks on Indian villages near the Kargil sector."'
has_event "troops \"using heavy artillery stepped up attacks on Indian villages\"" '"source":{"code":"PAKMIL"' '"target":{"code":"IND"' '"cameo":"194"'
# The armed forces or police of no country a state's statement tells of are
# its own: no accusation of them, and their act is the state's
code 2025-11-20 "Pakistan said security forces killed 20 militants."
has_event "Pakistan said security forces killed militants: Pakistani police" '"source":{"code":"PAKCOP"' '"cameo":"190"'
lacks_event "... no accusation of its own forces" '"cameo":"112"'
code 2025-11-20 "Venezuela's defence minister Vladimir Padrino said the armed forces were ready to repel any US aggression."
has_event "the armed forces were ready to repel US aggression: a Venezuelan threat" '"source":{"code":"VENMIL"' '"target":{"code":"USA"' '"cameo":"138"'
code 2025-11-20 "Hamas said the troops fired at civilians in Gaza."
lacks_event "... a rebel's statement tells of the state's troops, not its own" '"source":{"code":"PSEMIL"'
# What is done to an envoy with no agent named is done by the country that
# hosts them
code 2025-11-14 "China's ambassador to Japan was summoned over the remarks."
has_event "China's ambassador to Japan was summoned: by Japan" '"source":{"code":"JPN"' '"target":{"code":"CHNGOV"' '"cameo":"114"'
code 2025-11-14 "The US ambassador to Turkey was summoned by the Turkish foreign ministry."
lacks_event "... by the foreign ministry named: not the bare host" '"source":{"code":"TUR"' '"cameo":"114"'
# A plural the tagger took for a present verb makes no participle after it
# an adjective
code 2025-11-20 "Somali forces backed by US airstrikes killed dozens of al-Shabaab fighters."
has_event "forces backed by US airstrikes killed al-Shabaab fighters" '"source":{"code":"SOMMIL"' '"target":{"code":"SOMREB"' '"cameo":"19'
# A "that" complement with its own subject and a modal or tense tells that
# subject's act: no attack the warner names
code 2025-11-20 "Germany's Merz warned that Russia could attack NATO before 2029."
lacks_event "warned that Russia could attack NATO: no threat by Merz" '"source":{"code":"DEUGOV"' '"cameo":"1384"'
has_event "... a pessimistic forecast about Russia" '"source":{"code":"DEUGOV"' '"target":{"code":"RUS"' '"cameo":"012"'
# An armed group's camps destroyed are fought, in the country they lie in
code 2025-05-07 "The Indian army said it had destroyed nine terror camps in Pakistan."
has_event "destroyed terror camps in Pakistan: force" '"source":{"code":"INDMIL"' '"target":{"code":"PAK"' '"cameo":"190"'
# A protest or blame with no one named is aimed at the subject of the "after"
# or "when" clause right after it
code 2025-11-14 "Japan protested after a Chinese diplomat in Osaka posted a threatening message about Takaichi."
has_event "protested after a Chinese diplomat posted: at China" '"source":{"code":"JPN"' '"target":{"code":"CHNGOV"' '"cameo":"114"'
code 1997-04-15 "The Netherlands reacted furiously when France refused to back an EU motion."
has_event "reacted furiously when France refused" '"source":{"code":"NLD"' '"target":{"code":"FRA"' '"cameo":"111"'
code 2025-11-14 "Thousands of Serbians protested after a canopy collapsed."
lacks_event "... no actor in the clause after: no target" '"target":{"code":"SRB'
# The agent after "X and Y" is both's when Y opens with a name or a noun too
code 1997-04-22 "US and South Korean officials also held informal contacts with the North Koreans."
has_event "US and South Korean officials: the US officials" '"source":{"code":"USAGOV"' '"cameo":"040"'
code 2006-11-08 "Iraqi and US troops killed 10 insurgents."
has_event "Iraqi and US troops: Iraqi troops" '"source":{"code":"IRQMIL"' '"cameo":"190"'
# What one resigns over is the cause, no one yielded to
code 2006-11-08 "Rumsfeld resigned over his handling of the Iraq war."
lacks_event "resigned over the Iraq war: Iraq is no target" '"target":{"code":"IRQ"'
# Past an infinitive of purpose after a dated object, a group is the infinitive's
code 1997-04-04 "Libya also violated the flight embargo in 1995 and 1996 to transport pilgrims to Saudi Arabia."
lacks_event "violated the embargo ... to transport pilgrims to Saudi Arabia: no defiance of the Saudis" '"target":{"code":"SAU"'
# Headlines: the first lower-case word after an opening run of names is the
# verb when it agrees with them
code 2025-06-27 "Congo, Rwanda sign peace deal in Washington"
has_event "headline: Congo, Rwanda sign peace deal" '"source":{"code":"COD"' '"target":{"code":"RWA"' '"cameo":"057"'
code 2025-06-27 "Ukraine hits Russian refinery with drones"
has_event "headline: Ukraine hits Russian refinery" '"source":{"code":"UKR"' '"target":{"code":"RUS"' '"cameo":"195"'
code 2005-11-29 "UN torture rapporteur's China tour \"smooth\": Chinese FM spokesman"
lacks_event "... not a noun that does not agree: UN torture rapporteur's tour" '"cameo":"1822"'
code 2005-12-09 "Three-time Asian champions Iran have a tough draw in Group D."
lacks_event "... nor in a sentence closed by an abbreviation's stop" '"cameo":"051"'
code 2025-06-13 "Iran vowed on Thursday to wage war on Israel."
has_event "... but with no object, the infinitive after a day is the verb's own" '"source":{"code":"IRN"' '"target":{"code":"ISR"'
# A threat or blame with no one named after which an attack is named is aimed
# at the attacker
code 2025-06-13 "Hezbollah vows revenge after Israeli strike"
has_event "vows revenge after Israeli strike: at Israel" '"source":{"code":"LBNREB"' '"target":{"code":"ISR"' '"cameo":"1384"'
code 2024-04-02 "Iran condemned the killing following the US attack."
has_event "condemned the killing following the US attack" '"source":{"code":"IRN"' '"target":{"code":"USA"' '"cameo":"111"'
# A state's name with a demonym's ending, taken for an adjective, is the
# subject and the past form after it the verb
code 2025-11-20 "Azerbaijan demanded that Armenia change its constitution."
has_event "Azerbaijan demanded that Armenia change its constitution" '"source":{"code":"AZE"' '"target":{"code":"ARM"' '"cameo":"104'
code 2025-11-20 "Syrian forces clash with Tunisian rioters"
lacks_event "... not after a demonym, whose noun it is: Syrian forces clash" '"evidence":{"verb":"forces"'
# A pronoun subject with an opening quote before its verb is still the subject
code 2026-01-04 "China's foreign ministry said in a statement that it \"strongly condemns\" the US strikes on Venezuela."
has_event "that it \"strongly condemns\" the US strikes: China condemns" '"source":{"code":"CHNGOV"' '"target":{"code":"USA"' '"cameo":"111"'
# A market that missiles hit is struck by force
code 2025-11-20 "At least 20 people were killed when Russian missiles hit a market in Kharkiv."
has_event "Russian missiles hit a market in Kharkiv" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"' '"cameo":"190"'
code 2025-11-20 "Oil prices hit a record high."
lacks_event "... but prices hitting a high strike no one" '"cameo":"190"'
# Forces of no country that strike an object in a place strike its country
code 2025-11-20 "Moscow said its troops struck targets in Kyiv."
has_event "its troops struck targets in Kyiv: Ukraine" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"' '"cameo":"190"'
code 2025-11-20 "Protesters clashed in Kyiv."
lacks_event "... but plurals that clash in a place clash among themselves" '"target":{"code":"UKR"'
# Police and peacekeepers arriving on a mission protect the place, no visit
code 2024-06-25 "Kenyan police officers arrived in Haiti to lead a multinational security mission."
lacks_event "police officers arrived in Haiti: no visit" '"cameo":"042"'
has_event "... but protection of Haiti" '"source":{"code":"KENCOP"' '"target":{"code":"HTI"' '"cameo":"074"'
# One who arrives, travels or flees after a noun is no passive participle
code 2025-11-20 "A Chinese delegation arrived in Kabul on Monday."
has_event "a Chinese delegation arrived in Kabul: a visit" '"source":{"code":"CHN"' '"target":{"code":"AFG"' '"cameo":"042"'
# A people named by its demonym that travels visits no one
code 1997-04-04 "Since March 13, around 13,000 Albanians have arrived in Italy by boat."
lacks_event "13,000 Albanians have arrived in Italy: no visit" '"cameo":"042"'
lacks_event "... and no host" '"cameo":"043"'
# A denial of an -ing act of one's own is aimed at whom the act was done to
code 2025-11-20 "Iran denied supplying drones to Russia."
has_event "Iran denied supplying drones to Russia" '"source":{"code":"IRN"' '"target":{"code":"RUS"' '"cameo":"016"'
lacks_event "... and the supply is not asserted" '"cameo":"072"'
# An -s verb after a name that opens its clause, before "that", is the verb;
# what one insists another do is demanded
code 2005-11-18 "The EU insists that Iran implement the IAEA resolution before the reopening of nuclear talks."
has_event "the EU insists that Iran implement: a demand" '"source":{"code":"IGOEUR' '"target":{"code":"IRN"' '"cameo":"100"'
lacks_event "... and the act only demanded codes nothing" '"cameo":"030"'
code 2006-11-16 "Washington insisted that Moscow withdraw its troops."
has_event "insisted that Moscow withdraw: a demand" '"source":{"code":"USA"' '"target":{"code":"RUS"' '"cameo":"10'
code 2006-11-16 "Iran rejected US demands that it halt enrichment."
has_event "rejected US demands that: a noun after a verb" '"source":{"code":"IRN"' '"target":{"code":"USA"' '"cameo":"120"'
# A claim told by its verb is an actor's accusation; with no actor saying it,
# hearsay
code 2025-11-20 "Russia claims that Ukraine attacked the plant."
has_event "Russia claims that Ukraine attacked: an accusation" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"112"'
code 2006-12-02 "The book also claims that the Russian secret services organised a number of assassinations."
lacks_event "the book claims that: hearsay" '"cameo":"186"'
# A verb joined by "and" to a relative clause with its own subject goes back
# to the main clause, active when it has an object
code 2005-12-05 "US Secretary of State Condoleezza Rice Monday condemned a suicide bombing in which five Israelis were killed and called on Palestinians to act."
has_event "condemned a bombing in which five Israelis were killed and called on Palestinians: Rice's appeal" '"source":{"code":"USAGOV"' '"target":{"code":"PSE"' '"cameo":"020"'
lacks_event "... not the Israelis'" '"source":{"code":"ISR"' '"cameo":"020"'
# Police, troops and spies coerce with no one named too; others need a target
code 2005-12-15 "Australian police arrested 19 people during a night of unrest in Sydney."
has_event "Australian police arrested 19 people: an arrest" '"source":{"code":"AUSCOP"' '"cameo":"173"'
code 1997-04-11 "A Spanish businessman charged with illegally exporting US food products to Cuba pleaded not guilty."
lacks_event "a businessman charged with exporting arrests no one" '"cameo":"173"'
code 2005-11-14 "Slovak police destroyed a network for illegal immigration on Tuesday."
lacks_event "... nor is property destroyed with no one named" '"cameo":"1712"'
# A European draft or plan is the Europeans'
code 2006-12-11 "Russia and China objected to an earlier European draft as too harsh."
has_event "objected to the European draft: Europe disapproved of" '"source":{"code":"RUS"' '"target":{"code":"EUR"' '"cameo":"110"'
# Talks advanced are negotiated, an intention when hoped for
code 2006-11-17 "Howard said Australia hoped to advance the FTA talks with China through further discussions."
has_event "hoped to advance the talks with China" '"source":{"code":"AUS"' '"target":{"code":"CHN"' '"cameo":"036"'
# Quotation marks do not part an -ed form after "and" from the verb before
code 2006-11-13 "Russia on Monday called the referendum on independence for Georgia's breakaway region of South Ossetia a \"milestone\" and urged Georgia and Western countries not to underestimate its importance."
has_event "a \"milestone\" and urged Georgia: an appeal" '"source":{"code":"RUS"' '"target":{"code":"GEO"' '"cameo":"020"'
# With no finite verb elsewhere, a participle after a noun is the verb
code 2006-11-02 "The talks between Hamas and Egyptian officials focused on the soldier's issue."
has_event "talks between Hamas and Egyptian officials focused on: talks" '"source":{"code":"PSEREB"' '"target":{"code":"EGYGOV"' '"cameo":"046"'
code 2005-11-29 "Victims' families compensated following north China colliery flood"
lacks_event "... but not in a headline, which drops its auxiliaries" '"source":{"code":"---CVL"'
# Oblasts no town of GeoNames names are places of their state
code 2025-11-20 "Russian forces captured the village of Dachne in the Dnipropetrovsk region."
has_event "captured a village in the Dnipropetrovsk region: Ukraine" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"' '"cameo":"192"'
# An agent's word the tagger took for an adjective is the noun before an
# irregular past
code 2025-11-20 "The Israeli military struck Gaza."
has_event "the Israeli military struck Gaza" '"source":{"code":"ISRMIL"' '"target":{"code":"PSE' '"cameo":"190"'
# Killed during an operation named after its actor: that actor killed
code 2006-11-09 "More than 60 Palestinians were killed and more than 250 others wounded during the Israeli operation."
has_event "killed during the Israeli operation: Israel" '"source":{"code":"ISR"' '"target":{"code":"PSE"' '"cameo":"190"'
code 2006-11-09 "Two soldiers were wounded during a police operation in Kabul."
lacks_event "... a police operation names no actor" '"cameo":"190"'
# A pattern's object actor is, in the passive, the subject
code 1997-04-11 "Muhammad bin Muhammad Taib, chief minister of Malaysia's central state of Selangor, was ordered by an Australian court to attend a committal hearing."
has_event "ordered by an Australian court to attend: a demand" '"source":{"code":"AUSJUD"' '"target":{"code":"MYSGOV"' '"cameo":"100"'
# "both the countries" is the pair named before
code 2006-11-16 "Addressing a joint press conference with Pakistani Foreign Minister Khurshid Mahmood Kasuri, visiting Russian Foreign Minister Sergey Lavrov said both the countries have agreed to cooperate."
has_event "both the countries: Pakistan and Russia" '"source":{"code":"PAK"' '"target":{"code":"RUS"' '"cameo":"031"'
# A compound subject's place after it does not part it from its verb
code 2006-11-26 "Israel and the Palestinian factions in Gaza officially began the cease-fire at 6 a.m. on Sunday."
has_event "Israel and the factions in Gaza began the ceasefire" '"source":{"code":"ISR"' '"target":{"code":"PSE"' '"cameo":"0871"'
code 2006-11-21 "The US envoy ignored the fact that agreements had been reached at the joint meeting of the UN, the AU and the Sudanese government in Addis Ababa on most of the questions it discussed."
lacks_event "... but a compound after a preposition is no subject" '"cameo":"040"'
# Drills with another's forces are military cooperation
code 2006-11-24 "Singapore and Australia armed forces participated in a four-day joint exercise."
has_event "Singapore and Australia in a joint exercise" '"source":{"code":"SGPMIL"' '"target":{"code":"AUSMIL"' '"cameo":"062"'
# Losses inflicted on an enemy are force used
code 2006-12-26 "Ethiopia's government said its forces had inflicted heavy human and material losses on the Islamists in Somalia."
has_event "inflicted losses on the Islamists" '"source":{"code":"ETHMIL"' '"cameo":"190"'
# An acronym in brackets that spells the name before it is that name's
code 2006-11-24 "The Singapore Armed Forces (SAF) attacked the camp."
lacks_event "Singapore Armed Forces (SAF): not Sudan's army" '"source":{"code":"SDNMIL"'
# Strikes carried out in a place are force; workers' strikes are a protest
code 2025-10-15 "Pakistan carried out strikes in Kabul, the Taliban said."
has_event "carried out strikes in Kabul" '"source":{"code":"PAK"' '"target":{"code":"AFG"' '"cameo":"190"'
code 2025-10-15 "French workers staged strikes in Paris."
has_event "workers staged strikes: a labour strike" '"source":{"code":"FRALAB"' '"cameo":"143"'
lacks_event "... no force" '"cameo":"190"'
# European troops are Europe's military
code 2025-12-01 "Kremlin spokesman Dmitry Peskov warned that any deployment of European troops in Ukraine would be a legitimate target."
has_event "European troops: EURMIL" '"source":{"code":"RUSGOV"' '"target":{"code":"EURMIL"'
# Who was quoted as saying something says it
code 2005-11-22 "\"Iran is proud of Iraq's progress,\" Khamenei was quoted as saying at a meeting with visiting Iraqi President Jalal Talabani."
has_event "Khamenei quoted as saying at a meeting with Talabani" '"source":{"code":"IRNGOV"' '"target":{"code":"IRQGOV"' '"cameo":"040"'
# Abe alone is Japan's prime minister in his years
code 2006-11-20 "Abe congratulated Vietnam for successfully organizing the APEC meeting."
has_event "Abe congratulated Vietnam" '"source":{"code":"JPNGOV"' '"target":{"code":"VNM"' '"cameo":"051"'
# Rallying behind someone backs them
code 2006-12-18 "Washington also rallied behind the Palestinian president on Monday."
has_event "rallied behind the Palestinian president: support" '"source":{"code":"USA"' '"target":{"code":"PSEGOV"' '"cameo":"051"'
# Counter-tariffs are sanctions
code 2025-03-13 "Canada retaliated with counter-tariffs on American steel."
has_event "retaliated with counter-tariffs: sanctions" '"source":{"code":"CAN"' '"target":{"code":"USA"' '"cameo":"163"'
# Nigeria's states are places of Nigeria; Niger State is not Niger
code 2025-11-21 "Gunmen kidnapped more than 300 students from a Catholic school in Niger State."
has_event "a school in Niger State: Nigeria's gunmen and students" '"source":{"code":"NGAUAF"' '"cameo":"181"' '"location":{"name":"Niger State","country":"NGA"'
code 2025-11-21 "Boko Haram fighters attacked a village in Borno on Friday."
has_event "a village in Borno is in Nigeria" '"location":{"name":"Borno","country":"NGA"'
# "its" before a verb's subject owns no noun after the verb
code 2025-12-01 "The Pakistani army said its forces killed 30 militants."
has_event "its forces killed 30 militants: the militants are the target" '"source":{"code":"PAKMIL"' '"target":{"code":"PAKREB"' '"cameo":"190"'
# An armed group's own forces are the group
code 2025-12-01 "The Houthis said their forces fired a missile at Tel Aviv."
has_event "the Houthis' forces: the Houthis" '"source":{"code":"YEMREB"' '"target":{"code":"ISR"'
lacks_event "... not Yemen's army" '"source":{"code":"YEMMIL"'
# An inverted speaker after whom talks with someone are named held them
code 1997-04-02 "\"It has to be done quickly,\" said Vranitzky, head of the OSCE mission to Albania, after talks in Rome with Italian Foreign Minister Lamberto Dini."
has_event "said Vranitzky, head of ..., after talks with Dini" '"source":{"code":"AUTELI"' '"target":{"code":"ITAGOV"' '"cameo":"046"'
code 2025-11-12 "China and Togo enjoy profound friendship, said Xi Jinping during a meeting with Togolese President Faure Gnassingbe."
has_event "said Xi during a meeting with Gnassingbe" '"source":{"code":"CHNGOV"' '"target":{"code":"TGOGOV"' '"cameo":"040"'
code 2025-11-12 "\"The pause is no excuse,\" Merkel, who is in Brussels, told reporters after brief talks with Ursula von der Leyen."
lacks_event "told reporters: the reporters held no talks" '"source":{"code":"---MED"'
code 2025-11-12 "\"We will not retreat,\" said Zelensky in Kyiv."
lacks_event "said Zelensky in Kyiv: no event" '"cameo"'
# Arriving somewhere the gazetteer knows is a visit to its country
code 2005-11-17 "Hu arrived on Thursday in Busan, the second largest city in South Korea, to attend the APEC meeting."
has_event "arrived in Busan: a visit to South Korea" '"source":{"code":"CHNGOV"' '"target":{"code":"KOR"' '"cameo":"042"'
code 1997-04-09 "The French troops are expected to arrive in Durres on Friday."
has_event "troops to arrive in Durres: Albania" '"source":{"code":"FRAMIL"' '"target":{"code":"ALB"' '"cameo":"042"'
# ... not flying people home, travelling between places or with someone, nor where one comes from
code 2006-12-19 "The UN refugee agency has begun to fly home 1,800 Angolan refugees from Congo."
lacks_event "fly home refugees: no visit" '"cameo":"042"'
code 2005-12-13 "Israel should also allow convoys of trucks to travel between Gaza and the West Bank."
lacks_event "travel between Gaza and the West Bank: no visit" '"cameo":"042"'
code 2005-11-10 "The French minister, who arrives from west Africa, will hold talks with Kenyan authorities."
lacks_event "arrives from west Africa: no visit to Africa" '"target":{"code":"AFR"'
code 2006-12-26 "The spokesman told reporters traveling with President George W. Bush to Texas."
lacks_event "reporters traveling with Bush: no visit" '"cameo":"042"'
# An award received is no guest
code 2005-12-16 "Muhammed Ali arrived in Berlin on Friday to receive a major German peace prize."
lacks_event "receive a German prize: no host" '"target":{"code":"DEU"'
# Staff seized by rebels are abducted
code 2025-11-20 "Houthi rebels seized United Nations staff in Sanaa, the UN said."
has_event "rebels seized UN staff: abduction" '"source":{"code":"YEMREB"' '"target":{"code":"IGOUNO"' '"cameo":"181"'
# Homes demolished in a refugee camp are property destroyed, no camp of fighters
code 2025-11-20 "The Israeli army demolished homes in the Nur Shams refugee camp in the West Bank."
has_event "demolished homes in a refugee camp: 1712" '"source":{"code":"ISRMIL"' '"cameo":"1712"'
lacks_event "... no military force" '"cameo":"190"'
# Schoolgirls are of education
code 2025-11-20 "Gunmen abducted more than 20 schoolgirls in Kebbi state, police said."
has_event "abducted schoolgirls: the schoolgirls are the target" '"source":{"code":"NGAUAF"' '"target":{"code":"NGAEDU"' '"cameo":"181"'
# Roads blocked by protesting students obstruct passage
code 2025-11-20 "Serbian students blocked roads in Belgrade to demand early elections."
has_event "students blocked roads: 144" '"source":{"code":"SRBEDU"' '"cameo":"144"'
lacks_event "... no military blockade" '"cameo":"191"'
# Who made or claimed an attack did what the attack did
code 2025-11-20 "The attack, claimed by the Islamic State group, killed 12 worshippers at a mosque in Niger."
has_event "attack claimed by IS killed worshippers" '"source":{"code":"IMGMUSISI"' '"cameo":"190"'
code 2025-11-20 "A drone attack carried out by Russian forces killed three civilians in Kherson."
has_event "attack carried out by Russian forces" '"source":{"code":"RUSMIL"' '"target":{"code":"UKRCVL"'
code 2025-11-20 "Survivors of the attack by the Islamic State said they were afraid."
lacks_event "survivors of the attack said: the attackers said nothing" '"source":{"code":"IMGMUSISI"'
# One wanted by a court is sought: no appeal
code 2025-11-20 "Israeli Prime Minister Benjamin Netanyahu, who is wanted by the ICC, flew to Washington on Sunday."
lacks_event "wanted by the ICC: no appeal" '"source":{"code":"IGOJUDICC"'
has_event "... his flight to Washington is a visit" '"source":{"code":"ISRGOV"' '"cameo":"042"'
# A town or country entered by troops or fighters is taken
code 2025-11-20 "Rebels of the M23 group entered the city of Uvira in eastern Congo."
has_event "M23 entered the city of Uvira: 192" '"source":{"code":"CODREB"' '"cameo":"192"'
code 2022-02-24 "Russian troops entered Ukraine on Thursday."
has_event "Russian troops entered Ukraine: 192" '"source":{"code":"RUSMIL"' '"target":{"code":"UKR"' '"cameo":"192"'
code 2006-12-13 "The process will involve the rebels entering government and parliament."
lacks_event "rebels entering government: nothing taken" '"cameo":"192"'
# Talks between two sides that ended were held
code 2025-11-20 "Talks between Iran and the United States ended without agreement."
has_event "talks between Iran and the US ended: 046" '"source":{"code":"IRN"' '"target":{"code":"USA"' '"cameo":"046"'
code 2025-11-20 "The meeting between Abbas and Netanyahu concluded late on Tuesday."
has_event "meeting between Abbas and Netanyahu concluded: 040" '"source":{"code":"ISRGOV"' '"target":{"code":"PSEGOV"' '"cameo":"040"'
# Another disarmed is coerced; a vow to disarm them threatens them
code 2025-11-20 "Israel's Netanyahu vowed to disarm Hamas by force if necessary."
has_event "vowed to disarm Hamas: a threat" '"source":{"code":"ISRGOV"' '"target":{"code":"PSEREB"' '"cameo":"137"'
lacks_event "... no demobilisation" '"cameo":"0873"'
code 2025-11-20 "Nigerian troops disarmed the militants."
has_event "troops disarmed the militants: coerced" '"source":{"code":"NGAMIL"' '"cameo":"170"'
# Talks by telephone named in an opening phrase are 041; a topic's place is no partner
code 2025-11-20 "In a phone call with Erdogan, Putin discussed the situation in Syria."
has_event "In a phone call with Erdogan, Putin discussed: 041" '"source":{"code":"RUSGOV"' '"target":{"code":"TURGOV"' '"cameo":"041"'
lacks_event "... Syria is the topic" '"target":{"code":"SYR"'
# The object of a verb no dictionary knows, after a modal or not, is no subject of the next verb
code 2006-11-14 "The group would also interview British Prime Minister Tony Blair by videoconference and meet with Democratic leaders on Tuesday."
lacks_event "interview Blair and meet leaders: Blair meets no one" '"source":{"code":"GBRGOV"'
code 2006-11-14 "The panel interviewed Tony Blair and met with French leaders."
lacks_event "interviewed Blair and met French leaders: Blair meets no one" '"source":{"code":"GBRGOV"'
code 2006-11-14 "Putin will also interview Tony Blair and meet Chirac."
has_event "Putin will interview Blair and meet Chirac" '"source":{"code":"RUSGOV"' '"target":{"code":"FRAGOV"' '"cameo":"040"'
# A plain form the tagger calls a past tense, ending a noun phrase, is no verb
code 2006-12-17 "He said Taliban commanders Mullah Abdul Wali and Mullah Sher Jan were among those killed in the air raid."
lacks_event "killed in the air raid: the Taliban raided no one" '"source":{"code":"AFGREB"'
code 2005-10-31 "In the southern Iraqi city of Basra, a car bomb hit a police patrol Monday evening, killing at least 20 people."
lacks_event "a car bomb hit a police patrol: police killed no one" '"source":{"code":"IRQCOP"'
# A verb whose past is its base form is a past; "the air force hit" is the verb
code 2024-01-10 "Israel said the air force hit Hamas positions in Gaza."
has_event "the air force hit Hamas positions: force" '"source":{"code":"ISRMIL"' '"target":{"code":"PSEREB"' '"cameo":"195"'
# What an owned decision decides is done by its owner, not asked of them
code 2006-12-11 "The US welcomed Russia's decision to withdraw its troops from Georgia."
has_event "Russia's decision to withdraw from Georgia: 0874" '"source":{"code":"RUS"' '"target":{"code":"GEO"' '"cameo":"0874"'
has_event "... welcomed" '"source":{"code":"USA"' '"target":{"code":"RUS"' '"cameo":"051"'
code 2006-12-30 "Australia said it respected Iraq's decision to execute former dictator Saddam Hussein."
has_event "Iraq's decision to execute Saddam" '"source":{"code":"IRQ"' '"cameo":"1823"'
# Two expected to meet or sign act with each other, as two due to
code 2006-11-14 "South Korea and the United Arab Emirates are expected to sign a military agreement this week."
has_event "KOR and UAE expected to sign: 057" '"source":{"code":"KOR"' '"target":{"code":"ARE"' '"cameo":"057"'
code 2006-11-14 "South Korea and Japan are expected to meet this week."
has_event "KOR and JPN expected to meet: 040" '"source":{"code":"JPN"' '"target":{"code":"KOR"' '"cameo":"040"'
code 2006-11-14 "Obama and Putin said they will attack Iraq."
lacks_event "Obama and Putin said: no statement to each other" '"target":{"code":"RUSGOV"'
# A name and an indefinite article with no comma between are two phrases
code 2025-11-20 "Trump called Petro a drug leader."
lacks_event "called Petro a drug leader: no telephone call" '"cameo":"041"'
code 2025-11-20 "Erdogan called Netanyahu a terrorist leader."
has_event "called Netanyahu a terrorist leader: 111" '"source":{"code":"TURGOV"' '"target":{"code":"ISRGOV"' '"cameo":"111"'
# The "to" of "in response to" is no pattern's "(to +)"
code 2025-11-20 "Denmark said it would buy long-range weapons in response to the Russian threat."
lacks_event "buy weapons in response to the Russian threat: no deal with Russia" '"target":{"code":"RUS"'
code 2006-12-23 "Western countries have sought to agree the sanctions in response to Tehran's refusal to suspend uranium enrichment."
has_event "agree the sanctions in response to Tehran: spelled out, kept" '"target":{"code":"IRN"' '"cameo":"1312"'
# Past an infinitive of purpose no dictionary knows, a phrase is the infinitive's
code 1997-04-16 "Senior diplomats from North Korea, South Korea, and the United States were to meet Wednesday in New York to hear Pyongyang's answer to their proposal."
has_event "three sides to meet: among them" '"source":{"code":"USAGOV"' '"target":{"code":"PRKGOV"' '"cameo":"040"'
lacks_event "... not Pyongyang, whose answer they hear" '"target":{"code":"PRK"'
code 2006-12-12 "Iran openly threatens to wipe Israel off the map."
has_event "threatens to wipe Israel off the map: the threat's own" '"source":{"code":"IRN"' '"target":{"code":"ISR"' '"cameo":"138"'
# "the group" told of by a verb of saying is the armed group named before it
code 2025-11-20 "A Houthi spokesman said the group launched a ballistic missile at Ben Gurion airport."
has_event "Houthi spokesman said the group launched a missile" '"source":{"code":"YEMREB"' '"target":{"code":"ISR"' '"cameo":"194"'
# A congratulatory message sent to someone praises them
code 2025-11-20 "Putin sent a congratulatory message to Erdogan."
has_event "congratulatory message to Erdogan: 051" '"source":{"code":"RUSGOV"' '"target":{"code":"TURGOV"' '"cameo":"051"'
lacks_event "... no mere statement" '"cameo":"010"'
# Appreciation expressed "on" someone is for them
code 2005-11-28 "Wen Jiabao expressed appreciation on Romania for its consistent adherence to the one-China policy."
has_event "appreciation on Romania: 051" '"source":{"code":"CHNGOV"' '"target":{"code":"ROU"' '"cameo":"051"'
# "its" before a state's territory, acted on by another country's forces, is
# the state the sentence opens with; warplanes entering airspace show force
code 2025-11-20 "Estonia said three Russian MiG-31 jets entered its airspace without permission."
has_event "jets entered its airspace: Estonia's" '"source":{"code":"RUSMIL"' '"target":{"code":"EST"' '"cameo":"150"'
code 2025-11-20 "Poland shot down Russian drones that violated its airspace."
has_event "drones violated its airspace: Poland's" '"source":{"code":"RUSMIL"' '"target":{"code":"POL"' '"cameo":"150"'
code 2025-11-20 "Russia violated its airspace."
lacks_event "Russia violated its airspace: no one's but its own" '"target":{"code":"RUS"'
code 2005-12-07 "A Russian military transport entered Estonian airspace without permission."
has_event "entered Estonian airspace: 150" '"source":{"code":"RUS' '"target":{"code":"EST"' '"cameo":"150"'
code 2006-12-11 "Syria has deployed anti-tank rockets on its border with Israel."
has_event "its border with Israel: Syria's own" '"source":{"code":"SYR"' '"target":{"code":"ISR"' '"cameo":"154"'
code 2025-11-20 "Israel said Hezbollah fired rockets from its territory."
lacks_event "rockets fired from its territory: not Israel's territory" '"target":{"code":"ISR"' '"cameo":"19'
# Condemnation, criticism, opposition and support restated or renewed
code 2005-12-14 "The European Union renewed its condemnation on Wednesday of Iranian President Mahmoud Ahmadinejad's verbal attacks on Israel."
has_event "renewed its condemnation of Ahmadinejad's attacks: 111" '"source":{"code":"IGOEUREEC"' '"target":{"code":"IRNGOV"' '"cameo":"111"'
code 2025-11-20 "China reiterated its strong opposition to Japan's remarks."
has_event "reiterated its strong opposition: 110" '"source":{"code":"CHN"' '"target":{"code":"JPN"' '"cameo":"110"'
lacks_event "... no mere statement" '"cameo":"010"'
code 2025-11-20 "The EU renewed its support for Ukraine."
has_event "renewed its support for Ukraine: 051" '"source":{"code":"IGOEUREEC"' '"target":{"code":"UKR"' '"cameo":"051"'
# An investment ban on a country is an embargo
code 1997-04-22 "The US imposed an investment ban on Burma."
has_event "investment ban on Burma: 163" '"source":{"code":"USA"' '"target":{"code":"MMR"' '"cameo":"163"'
# Those killed or wounded in clashes with someone fought them, each the other
code 2005-11-23 "Three Israeli soldiers were wounded in clashes with Palestinian gunmen in Nablus."
has_event "soldiers wounded in clashes with gunmen: gunmen fought them" '"source":{"code":"PSEUAF"' '"target":{"code":"ISRMIL"' '"cameo":"190"'
has_event "... and they the gunmen" '"source":{"code":"ISRMIL"' '"target":{"code":"PSEUAF"' '"cameo":"190"'
code 2005-11-23 "Israeli troops killed two Palestinians in clashes with protesters."
has_event "troops killed two in clashes with protesters: fought the protesters" '"source":{"code":"ISRMIL"' '"target":{"code":"---OPP"' '"cameo":"190"'
lacks_event "... not protesters who killed Palestinians" '"source":{"code":"---OPP"' '"target":{"code":"PSE"'
# A politician arrested, charged or sentenced by no one named was so by the
# police or courts at home, or of the place named; not what is only asked
code 2025-11-20 "Tanzania's opposition leader Tundu Lissu was charged with treason."
has_event "Lissu charged: Tanzania's courts" '"source":{"code":"TZAJUD"' '"target":{"code":"TZAOPP"' '"cameo":"173"'
code 2021-02-02 "Russian opposition leader Alexei Navalny was arrested on his return."
has_event "Navalny arrested: Russia's police" '"source":{"code":"RUSCOP"' '"target":{"code":"RUSOPP"' '"cameo":"173"'
code 1997-04-18 "Police recommended that Netanyahu be indicted for fraud."
lacks_event "recommended that Netanyahu be indicted: not done" '"cameo":"173"'
code 2006-12-03 "Others say the pain will continue until Pinochet is convicted in court."
lacks_event "until Pinochet is convicted: to come" '"cameo":"116"'
code 2025-11-20 "A Russian journalist was detained last week."
lacks_event "a journalist detained: where, untold" '"cameo":"173"'
# Forces deployed to a country protect it; sent or deployed to its border, face it
code 2025-11-20 "Britain and France agreed to deploy a reassurance force to Ukraine after a ceasefire."
has_event "agreed to deploy a force to Ukraine: intent to protect" '"source":{"code":"GBR"' '"target":{"code":"UKR"' '"cameo":"0334"'
lacks_event "... no threat" '"cameo":"138"'
code 2025-11-20 "Russia sent troops to the Ukrainian border."
has_event "troops sent to the Ukrainian border: posture" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"154"'
lacks_event "... no protection" '"cameo":"074"'
# Representations lodged with someone are China's formal complaint
code 2025-11-20 "The Chinese foreign ministry said Beijing had lodged stern representations with Washington."
has_event "lodged stern representations with Washington: 114" '"source":{"code":"CHN"' '"target":{"code":"USA"' '"cameo":"114"'
# "it" after a subordinator, past a verb that sanctions or condemns, is the one sanctioned
code 1997-04-28 "The United Nations imposed sanctions on Iraq after it invaded Kuwait in 1990."
has_event "sanctions on Iraq after it invaded Kuwait: Iraq invaded" '"source":{"code":"IRQ"' '"target":{"code":"KWT"' '"cameo":"192"'
lacks_event "... not the UN" '"source":{"code":"IGOUNO"' '"target":{"code":"KWT"'
code 2025-11-20 "The US expelled Russian diplomats after it accused Moscow of spying."
has_event "expelled diplomats after it accused Moscow: the US accused" '"source":{"code":"USA"' '"target":{"code":"RUS"' '"cameo":"1125"'
code 2025-11-20 "Russia met Ukraine after it proposed talks."
lacks_event "met Ukraine after it proposed: no punishment, the subject's" '"source":{"code":"UKR"'
# One said to be behind an attack or sabotage is accused of it
code 2025-11-20 "Poland said Russia was behind the sabotage of the railway line."
has_event "said Russia was behind the sabotage: 112" '"source":{"code":"POL"' '"target":{"code":"RUS"' '"cameo":"112"'
code 2025-11-20 "Israel said that Iran was behind the attack."
has_event "said that Iran was behind the attack: 112" '"source":{"code":"ISR"' '"target":{"code":"IRN"' '"cameo":"112"'
code 2025-11-20 "He said Russia was behind Ukraine in the rankings."
lacks_event "behind Ukraine in the rankings: no accusation" '"cameo":"112"'
# People of no named side sent to help are the sender's aid to the one helped
code 2006-12-02 "Ethiopia sent military advisers to assist the Somali government."
has_event "sent military advisers to assist Somalia: military aid" '"source":{"code":"ETH"' '"target":{"code":"SOMGOV"' '"cameo":"072"'
lacks_event "... not aid to the advisers" '"target":{"code":"---GOV"'
code 2010-01-20 "Cuba sent doctors to help Haiti."
has_event "sent doctors to help Haiti: humanitarian aid" '"source":{"code":"CUB"' '"target":{"code":"HTI"' '"cameo":"073"'
code 2025-11-20 "Ethiopia sent troops to help the Somali government."
has_event "sent troops to help: still protection" '"source":{"code":"ETH"' '"target":{"code":"SOMGOV"' '"cameo":"074"'
# Intelligence sharing suspended reduces relations; own weapons handed over are disarmament
code 2025-11-20 "Colombia suspended intelligence sharing with the United States over the boat strikes."
has_event "suspended intelligence sharing with the US: 160" '"source":{"code":"COL"' '"target":{"code":"USA"' '"cameo":"160"'
code 2025-11-20 "Hezbollah handed over its weapons to the Lebanese army."
has_event "handed over its weapons: demobilisation" '"source":{"code":"LBNREB"' '"target":{"code":"LBNMIL"' '"cameo":"0873"'
code 2025-11-20 "Hezbollah refused to hand over its weapons to the Lebanese army."
has_event "refused to hand over its weapons: refused de-escalation" '"source":{"code":"LBNREB"' '"target":{"code":"LBNMIL"' '"cameo":"1246"'
# Force used to stop someone is used on them
code 2006-12-27 "Islamist fighters opened fire to stop Somali and Ethiopian troops from advancing."
has_event "opened fire to stop Ethiopian troops: fired on them" '"target":{"code":"ETHMIL"' '"cameo":"193"'
code 2006-12-27 "Israeli soldiers opened fire to stop Palestinian gunmen."
has_event "opened fire to stop Palestinian gunmen" '"source":{"code":"ISRMIL"' '"target":{"code":"PSEUAF"' '"cameo":"193"'
code 2006-12-27 "Israeli soldiers opened fire to stop the rockets."
lacks_event "opened fire to stop the rockets: no one fired on" '"target":{'
# A release asked for is asked of those who hold the people, when named
code 2025-11-20 "Israel called for the release of the hostages held by Hamas."
has_event "release of hostages held by Hamas: asked of Hamas" '"source":{"code":"ISR"' '"target":{"code":"PSEREB"' '"cameo":"0253"'
code 2025-11-20 "France demanded the release of two French citizens held in Iran."
has_event "release of French citizens held in Iran: demanded of Iran" '"source":{"code":"FRA"' '"target":{"code":"IRN"' '"cameo":"1053"'
code 2025-11-20 "France demanded the release of two French citizens."
lacks_event "release of two French citizens: they are not asked" '"target":{"code":"FRACVL"'
code 2025-11-20 "Britain called for the release of two British aid workers held by the Taliban."
has_event "release of aid workers held by the Taliban" '"source":{"code":"GBR"' '"target":{"code":"AFGGOV"' '"cameo":"0253"'
code 2025-11-20 "The United States sought the extradition of a Mexican drug lord held in Colombia."
has_event "extradition of one held in Colombia: asked of Colombia" '"source":{"code":"USA"' '"target":{"code":"COL"' '"cameo":"0213"'
# Something called something is named, no one telephoned; "a" in a pattern is no "as"
code 2005-11-18 "China and the United States agreed to cooperate. Calling the law enforcement cooperation as an important part of Sino-US relations, Luo Gan said China would continue."
lacks_event "calling the law enforcement cooperation as...: no call" '"cameo":"041"'
code 2025-11-20 "Trump called the Chinese trade deal a great victory."
lacks_event "called the Chinese trade deal a victory: no call" '"cameo":"041"'
code 2015-11-20 "Obama called Putin as the crisis deepened."
has_event "called Putin as the crisis deepened: a call" '"source":{"code":"USAGOV"' '"target":{"code":"RUSGOV"' '"cameo":"041"'
# A demonym's noun before a common noun is a compound, no verb
code 2025-11-20 "The Chinese trade delegation arrived in Washington."
has_event "the Chinese trade delegation arrived: trade is no verb" '"source":{"code":"CHN"' '"target":{"code":"USA"' '"cameo":"042"'
# A state's administrative sanctions fall on its own parties and press, not on foreigners
code 2025-11-20 "Mali's junta suspended the activities of all political parties."
has_event "suspended the activities of all parties: its own" '"source":{"code":"MLIGOV"' '"target":{"code":"MLIPTY"' '"cameo":"1722"'
code 2025-11-20 "The Chinese government restricted journalists."
has_event "restricted journalists: its own press" '"source":{"code":"CHNGOV"' '"target":{"code":"CHNMED"'
code 1997-04-15 "The Malaysian government banned foreign airlines from holding equity in local carriers."
lacks_event "banned foreign airlines: not its own" '"target":{"code":"MYSBUS"'
# A strike on a thing is force with no one named; a walkout is on a day
code 2025-11-20 "The United States carried out a strike on a boat it said was carrying drugs in the Caribbean."
has_event "carried out a strike on a boat: force" '"source":{"code":"USA"' '"cameo":"190"'
code 2025-11-20 "Teachers staged a strike on Monday over pay."
lacks_event "staged a strike on Monday: no force" '"cameo":"190"'
# A fine imposed by a regulator is a penalty
code 2025-09-05 "The European Commission fined Google 2.9 billion euros for abusing its dominance in advertising technology."
has_event "fined Google" '"source":{"code":"IGOEUREEC"' '"target":{"code":"USABUS"' '"cameo":"116"'
code 2025-11-20 "Russia carried out a missile strike on a train station in Ukraine."
has_event "a missile strike on a thing stays aerial" '"source":{"code":"RUS"' '"target":{"code":"UKR"' '"cameo":"195"'
# One praised for a part in a fight is praised, not the one fought
code 2025-11-20 "Somalia's president praised Turkey for its support in the fight against al-Shabaab."
has_event "praised Turkey for its support in the fight against al-Shabaab" '"source":{"code":"SOMGOV"' '"target":{"code":"TUR"' '"cameo":"051"'
code 2003-03-20 "Australia supports the US-led war on Iraq."
lacks_event "supports the war on Iraq: no support of Iraq" '"cameo":"051"'
# A region's word in lower case ends its name: Niger state is Nigeria's
code 2025-11-20 "Gunmen abducted more than 300 pupils from a Catholic school in Niger state."
has_event "in Niger state: Nigeria" '"source":{"code":"NGAUAF"' '"target":{"code":"NGAEDU"' '"cameo":"181"' '"location":{"name":"Niger State"'
code 2025-11-20 "The Venezuelan government called the US military buildup in the Caribbean a threat to peace."
lacks_event "called the US military buildup a threat: no call" '"cameo":"041"'
# A state's security service is its intelligence
code 2025-11-20 "Ukraine's security service claimed responsibility for the attack on the Russian base."
has_event "Ukraine's security service claimed an attack" '"source":{"code":"UKRSPY"' '"target":{"code":"RUS"' '"cameo":"015"'
# A visa revoked takes a permission away: an administrative sanction
code 2025-09-27 "The United States revoked the visa of Colombian President Gustavo Petro."
has_event "revoked the visa of Petro" '"source":{"code":"USA"' '"target":{"code":"COLGOV"' '"cameo":"172"'
code 2025-09-27 "Russia lifted visa requirements for Chinese tourists."
lacks_event "lifted visa requirements: no sanction" '"cameo":"172"'
code 2005-11-18 "Zarqawi, the top militant wanted in Iraq by the United States with a 25-million-dollar bounty on his head, also vowed more attacks."
lacks_event "a pattern's words joined to the verb (*_+) follow it: one wanted by the US is asked nothing" '"cameo":"020"'
code 2005-11-18 "Iran was urged by Russia to freeze enrichment."
has_event "... but a passive's subject still fills a loose object slot" '"code":"RUS"' '"cameo":"020"' '"target":{"code":"IRN"'

code 2025-10-20 "Argentina's President Javier Milei received a 20 billion dollar currency swap line from the US Treasury."
has_event "a loan or swap line received is economic aid from its giver" '"code":"USAGOVBUS"' '"cameo":"071"' '"target":{"code":"ARGGOV"'
code 2024-07-12 "Pakistan secured a 7 billion dollar loan from the International Monetary Fund."
has_event "... and one secured" '"code":"IGOBUSIMF"' '"cameo":"071"' '"target":{"code":"PAK"'
code 1997-04-15 "Press reports said the speaker faced allegations he also received money from Hanbo."
lacks_event "... but money received may be a bribe" '"cameo":"071"'
code 2025-10-13 "The Netherlands seized control of Chinese-owned chipmaker Nexperia, citing security concerns."
has_event "a company whose control is seized is property confiscated" '"code":"NLD"' '"cameo":"1711"'
lacks_event "... no territory taken" '"cameo":"192"'
code 2025-11-20 "Rebels seized control of Goma."
has_event "... while a city's is" '"cameo":"192"' '"target":{"code":"COD"'
code 2025-11-02 "Trump ordered the Pentagon to prepare for possible military action in Nigeria."
has_event "forces readied for military action are mobilised" '"code":"USAMIL"' '"cameo":"154"' '"target":{"code":"NGA"'
code 2025-11-02 "Russia is planning military action against Ukraine."
has_event "... and military action planned is threatened" '"code":"RUS"' '"cameo":"138"' '"target":{"code":"UKR"'

code 2025-04-12 "Talks between Iran and the United States were held in Oman on Saturday."
has_event "talks between two sides that were held were held by each with the other" '"code":"IRN"' '"cameo":"046"' '"target":{"code":"USA"'
has_event "... both ways" '"code":"USA"' '"cameo":"046"' '"target":{"code":"IRN"'
code 2025-08-16 "The meeting between Putin and Trump in Alaska ended without an agreement on Ukraine."
has_event "a place may follow the pair a meeting was between" '"code":"RUSGOV"' '"cameo":"040"' '"target":{"code":"USAGOV"'
code 2025-04-12 "A deal between Israel and Hamas was rejected on Sunday."
lacks_event "... but a thing between two that was rejected by no one named is no act of theirs" '"target":{'

code 2025-11-18 "The British prime minister spoke to Zelenskiy by phone on Tuesday."
has_event "a means after 'by' is no agent: the verb before it is no participle" '"code":"GBRGOV"' '"cameo":"041"' '"target":{"code":"UKRGOV"'
code 2024-12-05 "Chinese hackers targeted US telecommunications companies, the FBI said."
has_event "what hackers target they attack by unconventional means" '"code":"CHN"' '"cameo":"180"' '"target":{"code":"USABUS"'
code 2024-11-05 "Kim Jong Un sent thousands of soldiers to fight alongside Russian forces."
has_event "forces sent to fight alongside another's cooperate with them as the sender's" '"code":"PRKGOV"' '"cameo":"062"' '"target":{"code":"RUSMIL"'
code 2024-11-05 "The US sent troops to fight the Islamic State."
lacks_event "... not forces sent to fight someone" '"cameo":"074"'

code 2025-11-20 "Israeli aircraft bombed Gaza City."
has_event "a place's name and City is where the gazetteer's town of that name lies" '"cameo":"195"' '"location":{"name":"Gaza"'
code 2025-11-20 "Israeli aircraft bombed Gaza City Hall."
lacks_event "... not a longer name" '"location":{'

code 2025-11-20 "Russia's attack on Kyiv overnight killed at least 12 people."
has_event "a bare name that is not the place may come before the one attacked" '"cameo":"190"' '"location":{"name":"Kyiv"'

code 2025-11-20 "Settlers attacked a Palestinian village near Ramallah, setting cars on fire."
lacks_event "settlers are not of the land they settle: no place lends them its country" '"code":"PSECVL"'
code 1997-04-08 "The settlers were detained by Israeli police."
has_event "... but their state facing them does" '"code":"ISRCOP"' '"cameo":"173"' '"target":{"code":"ISRCVL"'
code 2006-11-13 "Twenty-seven foreign drug traffickers have been arrested this year in northwest China's Xinjiang Uygur Autonomous Region."
lacks_event "people from elsewhere take no country from where they act" '"target":{"code":"CHNCRM"'

code 2025-11-20 "Egyptian mediators presented a new proposal to Hamas."
has_event "a proposal presented to someone is offered to them; mediators are a state's" '"code":"EGYGOV"' '"cameo":"030"' '"target":{"code":"PSEREB"'
code 2025-11-20 "Egypt put forward a new proposal to Hamas."
has_event "... and one put forward" '"code":"EGY"' '"cameo":"030"' '"target":{"code":"PSEREB"'
code 2005-11-18 "About 500 demonstrators gathered at the city hall to submit a petition to the Thai governor."
has_event "a petition submitted asks" '"cameo":"020"' '"target":{"code":"THAGOV"'
code 2006-11-23 "The spokesman announced the president's planned visit to Russia."
lacks_event "... not a planned visit announced" '"cameo":"030"'

code 2025-11-20 "Congo and M23 rebels signed a framework for peace in Doha."
has_event "an agent that is only what a named group is stays that group's" '"code":"COD"' '"cameo":"057"' '"target":{"code":"CODREB"'
lacks_event "... and is no rebel of the state before it" '"source":{"code":"CODREB","country":"COD","sector":"REB","text":"Congo"'
code 2025-11-20 "Israeli and Hamas negotiators met in Cairo."
has_event "... while one no group is shared" '"code":"ISRGOV"' '"cameo":"040"'

code 2025-11-20 "Greek police arrested three people suspected of smuggling migrants from Libya."
lacks_event "the phrase a charge's own preposition opens is the charge's, not the arrest's" '"target":{"code":"LBYCVL"'
has_event "... the arrest stands" '"code":"GRCCOP"' '"cameo":"173"'

code 2025-11-20 "Ethiopia rejected accusations that it was preparing to invade Eritrea."
lacks_event "what an accusation says is not asserted" '"cameo":"1382"'
code 2006-12-14 "A British military probe has found insufficient proof to back charges that British troops raped Kenyan women."
lacks_event "... nor what charges say" '"cameo":"1821"'
code 2006-12-15 "The United States charges that Tehran is hiding secret work on nuclear weapons."
has_event "... but the verb charges accuses" '"code":"USA"' '"cameo":"112"' '"target":{"code":"IRN"'

code 2025-11-20 "Arab states condemned Israel's strike on Hamas leaders in Doha."
has_event "the Arab states as a whole are an actor (ARB)" '"code":"ARB"' '"cameo":"111"' '"target":{"code":"ISR"'
code 2025-11-20 "Arab Israelis protested in Haifa."
lacks_event "... not an Arab alone" '"code":"ARB"'

code 2025-11-20 "US and Chinese officials resumed trade talks in Geneva on Saturday."
has_event "trade talks resumed are negotiations" '"code":"USAGOV"' '"cameo":"046"' '"target":{"code":"CHNGOV"'
code 2025-11-20 "China and Australia resumed trade."
has_event "... trade resumed is economic cooperation" '"cameo":"061"'

code 2025-11-20 "Russian missiles hit a residential building in Dnipro, killing four people."
has_event "an attack with its target" '"code":"RUSMIL"' '"cameo":"194"'
lacks_event "... told again by a participle with no target is the one attack" '"cameo":"190"'
code 2006-11-23 "Militants in police uniforms stormed a building of the Iraqi ministry in central Baghdad, kidnapping about 100 people."
has_event "... but people taken away are an abduction of its own" '"cameo":"181"'

code 2025-11-20 "The European Union imposed anti-dumping duties on Chinese electric vehicles."
has_event "anti-dumping duties imposed are an embargo" '"code":"IGOEUREEC"' '"cameo":"163"' '"target":{"code":"CHN"'

code 2025-11-20 "Indian troops fired across the border into Pakistan-administered Kashmir."
has_event "each side of the Line of Control named as such is one state's" '"code":"INDMIL"' '"target":{"code":"PAK"'

code 2025-11-20 "The United States expelled South Africa's ambassador, calling him a race-baiting politician."
lacks_event "one named by a pronoun is no one telephoned" '"cameo":"041"'
code 2025-11-20 "Putin called him and Erdogan on Monday."
has_event "... but a pronoun and a name called are" '"cameo":"041"' '"target":{"code":"TURGOV"'

code 2025-11-20 "Russia dismissed the European sanctions as illegitimate."
has_event "European sanctions are the Europeans'" '"code":"RUS"' '"target":{"code":"EUR"'

code 2025-11-20 "Azerbaijan closed the Russian news agency Sputnik's office in Baku."
has_event "a news agency closed is a restriction of political freedoms" '"code":"AZE"' '"cameo":"1721"' '"target":{"code":"RUSMED"'

code 2006-11-21 "Meanwhile, Lebanese President Emile Lahoud called on the Lebanese people to unite and start dialogue."
has_event "a country's people addressed as such are its civilians" '"code":"LBNGOV"' '"cameo":"020"' '"target":{"code":"LBNCVL"'
code 2005-11-20 "In a televised address to the nation, Kibaki urged Kenyans to come out and vote."
has_event "... and so are they named by a plural demonym" '"code":"KENGOV"' '"cameo":"020"' '"target":{"code":"KENCVL"'
code 2006-11-21 "Lahoud called on Lebanon to unite."
lacks_event "... not the country by its name" '"cameo":"020"'

code 2021-10-15 "Afghan soldiers taken after the riots were released by Putin."
has_event "a reduced relative's head noun, past a phrase of time, is the subject of the verb after it" '"code":"RUSGOV"' '"cameo":"0841"' '"target":{"code":"AFGMIL"'

code 2025-11-21 "The U.S. military carried out strikes on Islamic State targets in Nigeria."
has_event "an adjective heading its phrase after a name, then a past with a particle, is the phrase's verb" '"code":"USAMIL"' '"cameo":"190"' '"target":{"code":"IMG'

code 2025-11-21 "Trump signed an executive order imposing sanctions on the International Criminal Court."
has_event "an order signed that imposes sanctions imposes them" '"code":"USAGOV"' '"cameo":"163"' '"target":{"code":"IGOJUDICC"'

code 2025-11-21 "Kim Jong Un hosted Russian Security Council Secretary Sergei Shoigu in Pyongyang."
has_event "a state's own security council is its government's" '"code":"PRKGOV"' '"cameo":"043"' '"target":{"code":"RUSGOV"'
lacks_event "... not the UN's" '"code":"IGOUNO"'

code 2025-11-21 "Israeli settlers set fire to a mosque in a village near Nablus, Palestinian officials said."
has_event "property destroyed in a place is its country's" '"code":"ISRCVL"' '"cameo":"1712"' '"target":{"code":"PSE"'

code 2025-11-21 "A Russian diplomat was expelled from Poland on espionage charges."
has_event "the state one is expelled from expels" '"code":"POL"' '"cameo":"161"' '"target":{"code":"RUSGOV"'
code 2025-11-21 "The French ambassador was recalled from Algiers for consultations."
lacks_event "... not the post an envoy is recalled from" '"code":"DZA"'

code 2025-11-20 "Israeli forces detained at least 20 Palestinians in overnight raids across the occupied West Bank."
has_event "\"at least\" before a number opens no phrase: the object is the verb's" '"code":"ISRMIL"' '"cameo":"173"' '"target":{"code":"PSE'

code 2025-11-20 "The Kremlin said Putin was open to meeting Zelensky only in Moscow."
has_event "one open to meeting another intends to meet them" '"code":"RUSGOV"' '"cameo":"036"' '"target":{"code":"UKRGOV"'

code 2025-11-20 "Colombia's President Gustavo Petro recalled the ambassador to Washington."
has_event "an envoy of no named country recalled is called home from the host state" '"code":"COLGOV"' '"cameo":"161"' '"target":{"code":"USA"'
code 2025-11-20 "Bolivia expelled the ambassador to La Paz."
lacks_event "... recalled, not expelled" '"target":{"code":"BOL"'

code 2025-11-20 "Cuba released 553 prisoners under a deal brokered by the Vatican."
has_event "prisoners a state frees, of no named country, are its own" '"code":"CUB"' '"cameo":"0841"' '"target":{"code":"CUBCVL"'
code 2025-11-20 "Libya detained 500 migrants off its coast."
lacks_event "... not migrants" '"target":{"code":"LBYCVL"'
code 2005-11-24 "The Chinese government released Japanese war prisoners jailed in China."
has_event "war prisoners are soldiers" '"code":"CHNGOV"' '"cameo":"0841"' '"target":{"code":"JPNMIL"'

code 2025-11-20 "Indonesian police fired tear gas at protesters in Jakarta demanding lower allowances for lawmakers."
has_event "an -ing form after people placed in a city is what they do" '"code":"IDNOPP"' '"cameo":"100"'
lacks_event "... not the police's" '"source":{"code":"IDNCOP"' '"cameo":"100"'

code 2025-11-20 "Thailand suspended the peace declaration with Cambodia after a landmine wounded Thai soldiers."
has_event "a peace declaration suspended reduces relations" '"code":"THA"' '"cameo":"160"' '"target":{"code":"KHM"'

code 2006-12-14 "In Kandahar, a man was shot dead by militants."
has_event "a place in a phrase opening a passive's clause is where it struck" '"code":"AFGREB"' '"cameo":"193"' '"target":{"code":"AFG"'
code 2006-12-14 "In Washington, the plan was rejected by Congress."
lacks_event "... only force" '"target":{"code":"USA"'

code 2025-11-20 "The Ukrainian parliament approved the minerals deal with the United States."
has_event "an agreement approved with someone is ratified" '"code":"UKRLEG"' '"cameo":"057"' '"target":{"code":"USA"'
lacks_event "... no shared view" '"cameo":"019"'

code 2025-11-20 "Kim Jong Un pledged full support for Russia's war against Ukraine."
has_event "support pledged for a war is military support for the side that wages it" '"code":"PRKGOV"' '"cameo":"0332"' '"target":{"code":"RUS"'
lacks_event "... no threat" '"cameo":"138"'
lacks_event "... nor support for whom the war is against" '"target":{"code":"UKR"'

code 2025-11-20 "Chinese fighter jets locked radar on Japanese aircraft near Okinawa, Japan's defence ministry said."
has_event "radar locked on another's aircraft is a show of force at them" '"code":"CHNMIL"' '"cameo":"150"' '"target":{"code":"JPN'

code 2025-11-20 "The Sudanese army accused the RSF of killing more than 1,500 civilians after seizing El Fasher."
has_event "an accusation of killing" '"code":"SDNMIL"' '"cameo":"1123"' '"target":{"code":"SDNREB"'
lacks_event "... and the time adjunct after the gerund is not the accuser's" '"cameo":"192"'

code 2025-11-20 "Argentina designated Hamas and Hezbollah as terrorist organizations."
has_event "groups designated terrorist organizations (plural) are listed" '"code":"ARG"' '"cameo":"172"' '"target":{"code":"LBNREB"'

code 2025-11-20 "The United States resumed intelligence sharing with Ukraine."
has_event "intelligence sharing resumed with someone is shared" '"code":"USA"' '"cameo":"064"' '"target":{"code":"UKR"'
code 2025-11-20 "Washington resumed military aid to Ukraine."
has_event "... and military aid resumed is given" '"code":"USA"' '"cameo":"072"' '"target":{"code":"UKR"'

code 2025-11-20 "Venezuelan President Nicolas Maduro spoke on Monday. Washington accused him of drug trafficking."
has_event "an object 'him' in a sentence naming no one is the person the sentence before named" '"code":"USA"' '"cameo":"112' '"target":{"code":"VENGOV"'
code 2025-11-20 "Venezuelan President Nicolas Maduro spoke on Monday. Police arrested a man. Washington accused him of drug trafficking."
lacks_event "... not one named further back" '"target":{"code":"VENGOV"'
code 2025-11-20 "Venezuelan President Nicolas Maduro spoke on Monday. Donaldson said Washington had accused him of lying."
lacks_event "... nor when the sentence names someone the dictionaries do not know" '"target":{"code":"VENGOV"'

code 2025-11-20 "Trump threatened to send US troops to Nigeria."
has_event "troops threatened to be sent to a country are a threat of force" '"code":"USAGOV"' '"cameo":"138"' '"target":{"code":"NGA"'

code 2005-11-29 "Khartoum and the rebels started peace talks in the Nigerian capital of Abuja."
has_event "talks between two in a third country's capital" '"code":"SDN"' '"cameo":"046"'
lacks_event "... make neither side of that country" '"code":"NGAREB"'

code 2025-11-20 "Moroccan police clashed with protesters demanding jobs."
has_event "people clashed with, doing something, are whom the clash is with" '"code":"MARCOP"' '"cameo":"190"' '"target":{"code":"MAROPP"'
lacks_event "... and what they do gives the clash no words ('fought * job' is politics)" '"code":"MARCOP","country":"MAR","sector":"COP","text":"Moroccan"},"target":null'

code 2025-09-09 "Nepal's prime minister resigned after security forces killed 19 protesters."
has_event "forces of no country named repressing a country's protesters are its own" '"code":"NPLCOP"' '"cameo":"175"' '"target":{"code":"NPLOPP"'

code 2005-11-19 "Bush attended the APEC economic leaders' meeting in Shanghai."
has_event "an -ing noun after a plural possessive is no verb of the people before it" '"code":"USAGOV"' '"cameo":"044"' '"target":{"code":"IGOASAAPC"'

code 2006-12-10 "Moscow had refused to allow British police to question him."
has_event "an act that codes nothing, refused, rejects whom it would be done to" '"code":"RUS"' '"cameo":"120"' '"target":{"code":"GBRCOP"'
code 2005-12-06 "Germany refused to send German troops to the country."
lacks_event "... not one's own" '"target":{"code":"DEUMIL"'
code 2006-12-10 "The Security Council failed to allow British police to question him."
lacks_event "... and a failure is no refusal" '"target":{"code":"GBRCOP"'

code 2025-11-20 "India seeks stronger ties with Japan."
has_event "closer ties sought with someone are an intention to cooperate" '"code":"IND"' '"cameo":"030"' '"target":{"code":"JPN"'

code 2006-11-30 "Italy will contribute to the training of Iraqi security forces."
has_event "what is given to the training of someone's forces is military aid" '"code":"ITA"' '"cameo":"072"' '"target":{"code":"IRQCOP"'
code 2006-11-30 "Italy sent soldiers to train Iraqi police."
has_event "... and forces sent to train others cooperate with them" '"code":"ITA"' '"cameo":"062"' '"target":{"code":"IRQCOP"'

code 2025-11-20 "Colombia's President Gustavo Petro called Trump a \"barbarian\" after the strike."
has_event "one called a barbarian, in quotation marks, is denounced" '"code":"COLGOV"' '"cameo":"111"' '"target":{"code":"USAGOV"'

code 2025-11-20 "Chinese and Russian bombers conducted a joint patrol near Japan."
has_event "a patrol near another's territory shows force at it" '"code":"CHNMIL"' '"cameo":"150"' '"target":{"code":"JPN"'
code 2025-11-20 "Russia and China conducted joint patrols in the Pacific."
has_event "... and a joint patrol is military cooperation between those who fly it" '"code":"RUS"' '"cameo":"062"' '"target":{"code":"CHN"'

code 2025-11-20 "A delegation from Hamas arrived in Cairo."
has_event "a delegation from someone stands for them" '"code":"PSEREB"' '"cameo":"042"' '"target":{"code":"EGY"'

code 2025-11-20 "A Russian missile strike on Ternopil killed 26 people."
has_event "force whose 'on' names a town of under a million is aimed at its country" '"code":"RUS"' '"cameo":"19' '"target":{"code":"UKR"'
has_event "... and the town is where it struck" '"name":"Ternopil"'

code 2025-11-20 "Ukrainian President Volodymyr Zelensky spoke in Kyiv. On Monday, he accused Russia of stalling the talks."
has_event "a 'he' opening the main clause after an opening phrase is the person named before" '"code":"UKRGOV"' '"cameo":"112"' '"target":{"code":"RUS"'
code 2025-11-20 "Ukrainian President Volodymyr Zelensky spoke in Kyiv. Speaking to reporters, he accused Russia of stalling the talks."
has_event "... after a participle's phrase naming people by their role alone" '"code":"UKRGOV"' '"cameo":"112"' '"target":{"code":"RUS"'
code 2025-11-20 "Ukrainian President Volodymyr Zelensky spoke in Kyiv. Later he met Polish President Karol Nawrocki."
has_event "... and after an adverb" '"code":"UKRGOV"' '"cameo":"040"' '"target":{"code":"POLGOV"'
code 2025-11-20 "Ukrainian President Volodymyr Zelensky spoke in Kyiv. After Putin called Trump, he accused Russia of stalling the talks."
lacks_event "... not after a phrase that names someone else" '"code":"UKRGOV","country":"UKR","sector":"GOV","text":"he"'

code 1997-04-25 "Pope John Paul II arrived in Prague. In 1995, however, he was mostly met with indifference by the country's inhabitants."
lacks_event "one met with indifference was received so, not met" '"cameo":"040"'

code 2025-10-13 "The Dutch government took control of Chinese-owned chipmaker Nexperia."
has_event "a company taken over by a state is property confiscated" '"code":"NLDGOV"' '"cameo":"1711"' '"target":{"code":"CHN'

code 2025-11-20 "South Korean troops fired warning shots at North Korean soldiers."
has_event "warning shots fired at someone are force shown them" '"code":"KORMIL"' '"cameo":"150"' '"target":{"code":"PRKMIL"'
lacks_event "... no shot at them" '"cameo":"193"'
code 2025-11-20 "South Korea's military fired warning shots at North Korean soldiers."
has_event "... also after 'South Korea's military', a past tense before an -ing modifier and its noun being the verb" '"code":"KORMIL"' '"cameo":"150"' '"target":{"code":"PRKMIL"'

code 2006-12-10 "Syrian President Bashar al-Assad was preparing his forces for a military conflict with Israel."
has_event "forces readied for a conflict with someone are force made ready against them" '"code":"SYRGOV"' '"cameo":"154"' '"target":{"code":"ISR"'
lacks_event "... and not asked anything" '"cameo":"020"'
code 2025-11-20 "Russia is preparing troops for an invasion of Ukraine."
has_event "... also troops readied for an invasion" '"code":"RUS"' '"cameo":"154"' '"target":{"code":"UKR"'

code 2025-11-20 "Saudi Crown Prince Mohammed bin Salman visited the White House, where Trump praised him as a friend."
has_event "an object 'him' whose clause names its subject right before its verb is the one other person named before" '"code":"USAGOV"' '"cameo":"051"' '"target":{"code":"SAUGOV"'
code 2025-11-20 "Trump called Putin and told him to stop the war."
lacks_event "... not when the clause names no subject of its own" '"code":"USAGOV","country":"USA","sector":"GOV","text":"him"'
code 2025-11-20 "Trump met Putin and Xi, where Modi praised him."
lacks_event "... nor when two people are named before" '"text":"him"'

code 2025-11-20 "Kyrgyzstan and Tajikistan opened their border after signing a border treaty."
has_event "an -ing verb right after 'after' shares its clause's compound subject, whose members do a mutual act with one another" '"code":"KGZ"' '"cameo":"057"' '"target":{"code":"TJK"'
code 2025-11-20 "Russia and China vetoed the resolution after criticizing it."
lacks_event "... not an act done to a thing" '"target":{"code":"CHN"'

code 2025-11-21 "Putin warned that Russian forces would continue to advance if Kyiv rejected it."
lacks_event "a threat's own forces are what it threatens with, not whom" '"target":{"code":"RUSMIL"'
code 2006-12-02 "Somali watchers have warned that an all-out war in Somalia would suck in Addis Ababa's chief rival, Eritrea."
lacks_event "... a country where war is told of is no force of the one warning" '"target":{"code":"ETH"'

code 2025-11-21 "European leaders, including French President Emmanuel Macron and German Chancellor Friedrich Merz, spoke with Zelensky by phone."
has_event "a group of no side followed by ', including' members of a side is those members" '"code":"FRAGOV"' '"cameo":"041"' '"target":{"code":"UKRGOV"'
has_event "... each of them" '"code":"DEUGOV"' '"cameo":"041"' '"target":{"code":"UKRGOV"'
code 2025-11-21 "Several countries, including France and Germany, condemned the Russian attack."
has_event "... also after a plural no dictionary names, opening the clause" '"code":"DEU"' '"cameo":"111"' '"target":{"code":"RUS"'
code 2025-11-21 "Trump met European leaders, including Macron, at the White House."
has_event "... also as an object" '"code":"USAGOV"' '"cameo":"040"' '"target":{"code":"FRAGOV"'

code 2025-10-14 "US President Donald Trump, who attended a summit on Gaza in Sharm el-Sheikh on Monday with Egyptian President Abdel Fattah al-Sisi, said Hamas would be disarmed."
has_event "the one with whom a summit on a topic is attended, named after the topic, takes part in it" '"code":"USAGOV"' '"cameo":"044"' '"target":{"code":"EGYGOV"'
lacks_event "... the topic does not" '"target":{"code":"PSEGZA"'

code 2025-10-14 "Ukrainian forces routed Russian troops near Kharkiv."
has_event "forces routed are force used against them" '"code":"UKRMIL"' '"cameo":"190"' '"target":{"code":"RUSMIL"'
code 2025-10-14 "Iraqi forces defeated Islamic State militants in Mosul."
has_event "fighters defeated are force used against them" '"code":"IRQMIL"' '"cameo":"190"' '"target":{"code":"IMGMUSISI'
code 2005-11-10 "Amir Peretz was elected leader of the Labor Party, defeating Vice Premier Shimon Peres."
lacks_event "... a politician defeated is beaten in a vote" '"cameo":"190"'
code 2005-11-08 "Sharon was defeated by the opposition rebels of his own party."
lacks_event "... and the agent of a passive is no one defeated" '"cameo":"190"'

code 2025-05-10 "India struck Pakistan on Wednesday. China, Pakistan's closest ally, urged both sides to exercise restraint."
has_event "the two sides urged by one of the two countries a sentence names are the story's pair" '"code":"CHN"' '"cameo":"0256"' '"target":{"code":"IND"'

code 2025-05-10 "Pakistan denied any role in the attack and shot down several Indian jets, its military said."
has_event "a speaker of no country owned by 'its' is the opening state's own body" '"cameo":"190"' '"speaker":"its military","speaker_code":"PAKMIL"'
code 1997-04-22 "An Indonesian court in East Java handed down jail sentences for two pro-democracy activists accused of subversion, their lawyer said."
lacks_event "... not one owned by 'their'" '"speaker_code":"IDNJUD"'

code 2025-11-03 "Sudan's paramilitary Rapid Support Forces said on Monday they had agreed to a humanitarian truce proposed by the United States, Saudi Arabia, Egypt and the United Arab Emirates."
has_event "a truce agreed whose author a participle after it names answers that author" '"code":"SDNREB"' '"cameo":"0356"' '"target":{"code":"USA"'
has_event "... each of them" '"code":"SDNREB"' '"cameo":"0356"' '"target":{"code":"ARE"'
code 2025-11-03 "Russia rejected a peace plan drafted by Britain."
has_event "... and a plan rejected, its author" '"code":"RUS"' '"cameo":"12' '"target":{"code":"GBR"'

code 2026-01-12 "The European Union called for free elections and said it was ready to lift sanctions on Venezuelan officials."
has_event "a pronoun before 'be' and an adjective after a verb joined by 'and' is that verb's subject" '"code":"IGOEUREEC"' '"cameo":"0354"' '"target":{"code":"VENGOV"'
code 2026-01-12 "The European Union called for free elections in Venezuela."
has_event "free elections called for are a leadership change asked" '"code":"IGOEUREEC"' '"cameo":"0241"' '"target":{"code":"VEN"'
lacks_event "... no release" '"cameo":"0253"'

code 2026-01-12 "Opposition leader Maria Corina Machado returned to Venezuela and met with supporters in Caracas."
lacks_event "a meeting with people no dictionary names in one's own country has no target" '"cameo":"040"'
code 2026-01-12 "Putin met Lukashenko in Moscow."
has_event "... one with a named person has" '"code":"RUSGOV"' '"cameo":"040"' '"target":{"code":"BLRGOV"'

code 2026-01-05 "US forces captured Nicolas Maduro in a raid on Caracas."
has_event "a person captured is arrested" '"code":"USAMIL"' '"cameo":"173"' '"target":{"code":"VEN'
lacks_event "... no territory occupied" '"cameo":"192"'
code 2025-10-27 "The RSF captured El Fasher."
has_event "... a town captured is" '"code":"SDNREB"' '"cameo":"192"' '"target":{"code":"SDN"'

code 2006-11-21 "Lebanese leaders voiced condemnation on the assassination of Industry Minister Pierre Gemayel."
lacks_event "the victim of a killing condemned is no target, also after a chain of prepositions" '"cameo":"111"'
code 2006-11-21 "Lebanese leaders voiced condemnation on the policies of Syria."
has_event "... what a state does is condemned in it" '"code":"LBNGOV"' '"cameo":"111"' '"target":{"code":"SYR"'

code 2025-10-22 "Colombia recalled its ambassador from Washington after Trump called Petro an illegal drug leader."
has_event "one called a drug leader is denounced" '"code":"USAGOV"' '"cameo":"111"' '"target":{"code":"COLGOV"'

code 2025-10-10 "China imposed export controls on rare earths, prompting Trump to threaten new tariffs."
has_event "a hostile answer prompted by an act is aimed at its doer" '"code":"USAGOV"' '"cameo":"13' '"target":{"code":"CHN"'
code 2025-09-10 "Israel struck Hamas leaders in Doha, prompting Qatar to suspend its mediation."
has_event "... a mediation suspended" '"code":"QAT"' '"cameo":"16' '"target":{"code":"ISR"'
code 2025-09-10 "Floods hit Pakistan, prompting the United Nations to send aid."
lacks_event "... not a cooperative one" '"target":{"code":"PAK"' '"code":"IGOUNO"'

code 2025-11-23 "Israel's military said it had struck Hezbollah's chief of staff in Beirut."
has_event "a chief of staff struck is a commander" '"code":"ISRMIL"' '"cameo":"19' '"target":{"code":"LBNREB"'

code 2025-10-12 "The Philippine coast guard said Chinese vessels had rammed one of its ships near Thitu island."
has_event "'its' ship rammed by another country's is the opening actor's" '"code":"CHN"' '"cameo":"171"' '"target":{"code":"PHL"'
code 2025-10-12 "Japan said China had withdrawn its ships from the area."
lacks_event "... not one's own ships withdrawn" '"target":{"code":"JPN"'

code 2025-03-19 "Turkey detained the mayor of Istanbul, Ekrem Imamoglu, on Wednesday."
has_event "a role filled by a name set off by commas is that person" '"code":"TUR"' '"cameo":"173"' '"target":{"code":"TUROPP"'
code 2025-03-19 "Turkey detained the mayor of Istanbul, a leading critic of Erdogan."
has_event "... an apposition naming no one leaves the role" '"code":"TUR"' '"cameo":"173"' '"target":{"code":"TURGOV"'

code 2025-03-02 "European leaders met Zelensky in London."
has_event "European leaders are Europe's governments" '"code":"EURGOV"' '"cameo":"040"' '"target":{"code":"UKRGOV"'
code 2025-03-02 "European leaders, including Macron and Starmer, met Zelensky in London."
has_event "... and the members ', including' names" '"code":"GBRGOV"' '"cameo":"040"' '"target":{"code":"UKRGOV"'
lacks_event "... not the region" '"code":"EURGOV"'

code 2025-10-13 "Egypt, Qatar and Turkey signed a document with the United States guaranteeing the ceasefire."
has_event "'with' after a text signed names the partner, the -ing word telling of the text" '"code":"QAT"' '"cameo":"057"' '"target":{"code":"USA"'
lacks_event "... the signers are not each other's partners" '"code":"EGY"' '"cameo":"057"' '"target":{"code":"QAT"'
code 2025-10-13 "India held talks on Monday with Pakistan expressing hope."
lacks_event "... but 'with' and a clause after talks is a circumstance" '"target":{"code":"PAK"'

code 2025-11-20 "Russia returned 1,000 bodies of Ukrainian soldiers to Ukraine."
has_event "what is returned goes to the one it is returned to" '"code":"RUS"' '"cameo":"084' '"target":{"code":"UKR"'
lacks_event "... not to whose it was" '"target":{"code":"UKRMIL"'

code 2025-11-20 "Russia said its forces had taken control of Pokrovsk."
has_event "control taken of a place the gazetteer knows is territory of its country" '"code":"RUSMIL"' '"cameo":"192"' '"target":{"code":"UKR"'
code 2025-11-20 "M23 rebels took control of Goma."
has_event "... a city in eastern Congo" '"code":"CODREB"' '"cameo":"192"' '"target":{"code":"COD"'
code 2025-11-20 "The opposition took control of the situation in parliament."
lacks_event "... not control of a state of affairs" '"cameo":"192"'
code 2025-11-20 "Republicans took control of the US Senate."
lacks_event "... nor of a legislature" '"cameo":"192"'

code 2025-11-20 "Gang leaders in Haiti threatened to kill the prime minister."
has_event "a role of no country that a gang faces is the gang's country's" '"code":"HTICRM"' '"cameo":"138"' '"target":{"code":"HTIGOV"'

code 2003-09-20 "China levied an anti-dumping tax on imported rubber from Russia and Japan."
has_event "an anti-dumping tax levied on another's goods is a sanction" '"code":"CHN"' '"cameo":"163"' '"target":{"code":"JPN"'
code 2025-11-20 "The government levied new taxes on Ghana's farmers."
lacks_event "... not a tax levied at home" '"cameo":"163"'

code 2025-11-20 "Russia launched a massive missile attack on Kyiv overnight. Zelensky condemned the attack."
has_event "an attack named again in the next sentence and condemned is the attacker's" '"code":"UKRGOV"' '"cameo":"111"' '"target":{"code":"RUS"'
code 2025-11-20 "Israeli jets struck a building in Gaza City. The army said it targeted militants. Egypt condemned Sunday's airstrike."
has_event "... two sentences on, a day's attack" '"code":"EGY"' '"cameo":"111"' '"target":{"code":"ISRMIL"'
code 2025-11-20 "Russian missiles struck Kyiv overnight. Ukrainian police are investigating the attack."
lacks_event "... not what else is done to it" '"target":{"code":"RUS'
code 2025-11-20 "Israeli jets struck a building in Gaza City. An Israeli opposition leader criticised the strike."
lacks_event "... nor by one of the attacker's own country" '"cameo":"111"'
code 2025-11-20 "Russian missiles struck Kyiv overnight. Power was cut in the city. Trains were delayed. Zelensky condemned the attack."
lacks_event "... nor three sentences on" '"code":"UKRGOV"'

code 2025-11-23 "Israeli forces killed a senior Hezbollah commander in a strike on Beirut. Iran called the strike a cowardly crime."
has_event "... and an attack named again called a crime is condemned" '"code":"IRN"' '"cameo":"111"' '"target":{"code":"ISRMIL"'
code 2025-11-23 "Iran called the Israeli strike a cowardly crime."
has_event "a demonym's noun before an article after a verb is no verb ('the Israeli strike a crime')" '"code":"IRN"' '"cameo":"111"' '"target":{"code":"ISR"'
lacks_event "... and no telephone call" '"cameo":"041"'

code 2025-12-08 "The RSF said they had seized the Heglig oil field on the border with South Sudan."
lacks_event "the one a border is 'with' in a phrase of place only says where" '"target":{"code":"SSD"'
code 2025-12-08 "Poland closed its border with Belarus."
has_event "... not a border closed with another" '"code":"POL"' '"cameo":"191"' '"target":{"code":"BLR"'
code 2006-12-11 "Syria has deployed anti-tank rockets on its border with Israel."
has_event "... nor force shown on it" '"code":"SYR"' '"cameo":"15' '"target":{"code":"ISR"'

code 2025-12-04 "Russian President Vladimir Putin arrived in New Delhi on Thursday. Indian Prime Minister Narendra Modi welcomed him at the airport."
has_event "an object 'him' of the one person a sentence names is the person named before" '"code":"INDGOV"' '"target":{"code":"RUSGOV"'
code 2025-12-04 "Russian President Vladimir Putin arrived in New Delhi on Thursday. The weather was fine. Indian Prime Minister Narendra Modi welcomed him at the airport."
lacks_event "... in the sentence right before" '"code":"INDGOV"' '"target":{"code":"RUSGOV"'

code 2025-12-09 "Fidan said Turkey was ready to host talks. Ukraine's foreign minister Andrii Sybiha thanked him for Turkey's support."
has_event "... also with an actor named after 'him'" '"code":"UKRGOV"' '"cameo":"051"' '"target":{"code":"TURGOV"'
code 2025-12-10 "Chinese warships and aircraft surrounded Taiwan in large-scale drills on Monday. Taipei condemned the exercises as a provocation."
has_event "a place surrounded in drills is force shown to it" '"code":"CHNMIL"' '"cameo":"150"' '"target":{"code":"TWN"'
has_event "... and the drills named again and condemned are the one's who held them" '"code":"TWN"' '"cameo":"111"' '"target":{"code":"CHNMIL"'

code 2026-11-23 "Hezbollah said it would not disarm as long as Israel occupies Lebanese territory."
lacks_event "what 'as long as' opens is a condition: no act of its own" '"cameo":"192"'
lacks_event "... nor the object of the verb before it" '"target":{"code":"ISR"'
code 2006-12-20 "The terror group will not stop attacks on US soil as long as the United States strikes Muslims on their land."
lacks_event "... so the strikes it waits on are none" '"code":"USA"' '"cameo":"190"'
code 2005-11-15 "Chinese police organized a meeting as soon as they received the message from the US embassy."
lacks_event "'as soon as' told in the past opens a clause of its own" '"target":{"code":"CHN'
code 2026-11-21 "Rebels of the M23 group withdrew from the town of Uvira under pressure from Washington."
has_event "who a retreat is 'under pressure from' is not its target" '"code":"CODREB"' '"cameo":"0874"'
lacks_event "... (Washington)" '"target":{"code":"USA"'
code 2026-02-23 "The Pakistani air force struck what it said were Taliban hideouts in Afghanistan's Khost province."
has_event "a past form the tagger takes for a noun before 'what' is the verb, and what it said were is its object" '"code":"PAKMIL"' '"cameo":"195"' '"target":{"code":"AFG'
code 1997-04-22 "The United States blamed leftist hostage-takers Tuesday for what it said were casualties suffered as Peruvian security forces ended the siege."
lacks_event "... but not what is said after another object" '"target":{"code":"PERCOP"'

code 2026-03-10 "Ukraine proposed a 30-day ceasefire on Monday. The Kremlin rejected the proposal."
has_event "an act named again in the next sentence and rejected is its author's (who opened the sentence before)" '"code":"RUSGOV"' '"cameo":"12' '"target":{"code":"UKR"'
code 2026-03-10 "Israeli Prime Minister Benjamin Netanyahu said Israel would annex parts of the West Bank. Jordan condemned the statement."
has_event "... condemned: the official a title joins to the opening country" '"code":"JOR"' '"cameo":"111"' '"target":{"code":"ISRGOV"'
code 2022-08-03 "US House Speaker Nancy Pelosi arrived in Taipei on Tuesday. China condemned the visit as a provocation."
has_event "... a visit condemned is the visitor's" '"code":"CHN"' '"cameo":"111"' '"target":{"code":"USALEG"'
code 2026-03-10 "Iran offered to resume nuclear talks with Washington. The White House welcomed the offer."
has_event "... welcomed" '"code":"USAGOV"' '"cameo":"05' '"target":{"code":"IRN"'
code 2026-03-10 "Iran offered to resume nuclear talks with Washington. Officials met in Geneva. The White House welcomed the offer."
lacks_event "... only right after it is told" '"target":{"code":"IRN"'
code 1997-04-15 "The Netherlands reacted furiously this month. Denmark then took the initiative to put forward its own resolution damning Beijing's rights record."
lacks_event "... not after a verb that does not answer it ('took the initiative')" '"code":"NLD"'

code 2026-04-16 "Israeli settlers set fire to a mosque in a village near Ramallah, the Palestinian foreign ministry said."
has_event "property destroyed near a place the dictionaries know is its country's" '"code":"ISRCVL"' '"cameo":"1712"' '"target":{"code":"PSE"'
code 2026-04-16 "Russian drones struck a power plant near Kyiv."
has_event "... and so is force on a thing there" '"code":"RUSMIL"' '"cameo":"19' '"target":{"code":"UKR"'
code 2026-04-16 "Hamas fired rockets from Gaza."
lacks_event "... not where weapons were fired from" '"target":{"code":"PSE'

code 2026-05-01 "Iran fired missiles at a US air base in Qatar on Monday, the Pentagon said."
has_event "a country's air base is its military" '"code":"IRN"' '"cameo":"19' '"target":{"code":"USAMIL"'
code 2026-07-08 "Ukrainian forces struck a Russian ammunition depot in the Bryansk region."
has_event "... and so is its ammunition depot" '"code":"UKRMIL"' '"target":{"code":"RUSMIL"'
code 1997-04-21 "Major-General Zhou Borong arrived at the high-rise barracks on the waterfront on Hong Kong Island."
lacks_event "... but barracks named with no country are a place, no actor" '"target":{"code":"---MIL"'

code 2026-06-27 "Belarus freed 14 political prisoners after a visit by a US envoy."
has_event "opponents a state frees are its own" '"code":"BLR"' '"cameo":"0841"' '"target":{"code":"BLROPP"'
code 2026-06-27 "Belarus arrested dozens of opposition activists after a visit by a US envoy."
has_event "... as are those a state (named by its name alone) arrests" '"code":"BLR"' '"cameo":"173"' '"target":{"code":"BLROPP"'
code 2008-08-20 "The civilians imprisoned for acting against Moscow were released yesterday by Putin himself."
lacks_event "... but freed civilians are as often foreigners" '"target":{"code":"RUSCVL"'

code 2026-09-09 "Iran called the IAEA resolution politically motivated."
has_event "a resolution called politically motivated is condemned" '"code":"IRN"' '"cameo":"111"' '"target":{"code":"IGOUNOIAE"'
lacks_event "... no telephone call" '"cameo":"041"'
code 2026-09-09 "China called the US arms sales to Taiwan a provocation."
has_event "... and arms sales called a provocation" '"code":"CHN"' '"cameo":"111"' '"target":{"code":"USA"'
code 2026-09-09 "The EU imposed new sanctions on Russia on Friday. Moscow condemned the sanctions."
has_event "sanctions named again and condemned are who imposed them" '"code":"RUS"' '"cameo":"111"' '"target":{"code":"IGOEUREEC"'
code 2026-09-09 "The Taliban banned women from universities. The UN condemned the ban."
has_event "... and so is a ban" '"code":"IGOUNO"' '"cameo":"111"' '"target":{"code":"AFGGOV"'

code 2026-10-19 "Fighters loyal to the Syrian government clashed with Druze militias in Sweida."
has_event "armed men loyal to a government are its forces" '"code":"SYRMIL"' '"cameo":"190"'
code 2026-10-19 "Forces loyal to Khalifa Haftar attacked Tripoli."
has_event "... loyal to a leader, his" '"code":"LBYREB"' '"cameo":"190"'
code 2026-10-19 "Militias loyal to Iran attacked US forces in Syria."
has_event "... loyal to a state named alone, its armed men of the kind named" '"code":"IRNUAF"' '"target":{"code":"USAMIL"'

code 2026-10-03 "Al-Shabaab claimed an attack on a hotel in Mogadishu."
has_event "an attack claimed by rebels is aimed at their country where it struck" '"code":"SOMREB"' '"cameo":"015"' '"target":{"code":"SOM"'
code 2026-10-03 "The Baloch Liberation Army claimed the attack in Quetta."
has_event "... and 'claimed the attack' is a claim of responsibility" '"code":"PAKSEP"' '"cameo":"015"' '"target":{"code":"PAK"'
code 2026-10-03 "Iran claimed the attack was carried out by Israel."
lacks_event "... not an attack said to be another's" '"cameo":"015"'

code 2026-10-18 "Erdogan spoke with Putin."
has_event "a past form after a known name the tagger took for an adjective is its verb, before a preposition too" '"code":"TURGOV"' '"cameo":"040"' '"target":{"code":"RUSGOV"'
code 2026-10-18 "Zelenskyy and Trump discussed air defence during a phone call on Sunday."
has_event "what is discussed during a phone call is discussed by telephone" '"code":"UKRGOV"' '"cameo":"041"' '"target":{"code":"USAGOV"'

code 2026-09-14 "Malaysian Prime Minister Anwar Ibrahim urged Thailand and Cambodia to show restraint and offered to mediate."
has_event "mediation offered with no parties named is between those the same actor just addressed" '"code":"MYSGOV"' '"cameo":"039"' '"target":{"code":"KHM"'
code 2026-09-14 "Malaysian Prime Minister Anwar Ibrahim offered to mediate."
lacks_event "... none when no verb before addressed anyone" '"cameo":"039"'

code 2026-05-10 "The US Navy intercepted an Iranian weapons shipment bound for Yemen."
has_event "a shipment intercepted at sea is property seized" '"code":"USAMIL"' '"cameo":"1711"' '"target":{"code":"IRN"'
code 2026-05-10 "Ukraine's air defences intercepted 40 Russian drones overnight."
lacks_event "... but drones intercepted are force, no seizure" '"cameo":"1711"'
code 2026-05-10 "China sent warships around Taiwan."
has_event "warships sent around a country show it force" '"code":"CHN"' '"cameo":"150"' '"target":{"code":"TWN"'
code 2026-05-10 "Georgia suspended talks on EU membership."
has_event "talks on membership of a body are halted with it" '"code":"GEO"' '"cameo":"164"' '"target":{"code":"IGOEUREEC"'
code 2026-04-12 "Iran's foreign minister arrived in Muscat for talks with the United States."
has_event "arriving in a place for talks with another visits the place" '"code":"IRNGOV"' '"cameo":"042"' '"target":{"code":"OMN"'
lacks_event "... not the partner in the talks" '"target":{"code":"USA"'
code 2026-04-12 "Netanyahu arrived for talks with Trump."
has_event "... with no place named, the partner is visited" '"code":"ISRGOV"' '"cameo":"042"' '"target":{"code":"USAGOV"'

code 2026-11-20 "MOSCOW, Nov 20 (Reuters) - Russian Foreign Minister Sergei Lavrov will travel to Beijing next Tuesday for talks with Wang Yi, the foreign ministry said on Thursday."
has_event "a ministry of no country, the first the story names, is the dateline's" '"speaker":"foreign ministry","speaker_code":"RUSGOV"'
code 2026-11-20 "Russian Foreign Minister Sergei Lavrov will travel to Beijing next Tuesday for talks with Wang Yi, the foreign ministry said on Thursday."
has_event "... with no dateline it stays of no country" '"speaker":"foreign ministry","speaker_code":"---GOV"'
code 2026-11-20 "MOSCOW, Nov 20 (Reuters) - US Secretary of State Marco Rubio will travel to Beijing next Tuesday for talks with Wang Yi, the embassy said on Thursday."
lacks_event "... but not an embassy, which may be a visitor's" '"speaker_code":"RUS'

code 2026-04-12 "Trump accused China of conspiring against the United States. Beijing rejected the accusation."
has_event "an accusation rejected in the next sentence is denied to its author" '"code":"CHN"' '"cameo":"016"' '"target":{"code":"USAGOV"'
code 2026-04-12 "Russia denied the allegations."
lacks_event "... none when no one accused before" '"cameo":"016"'
code 2026-09-03 "Kim Jong Un held talks with Xi Jinping after the parade, state broadcaster CCTV reported."
has_event "CCTV is China's broadcaster" '"via":"state broadcaster CCTV","via_code":"CHNMED"'
code 2026-09-03 "CCTV footage showed Russian soldiers beating Ukrainian prisoners."
lacks_event "... but CCTV footage is no one's" '"code":"CHNMED"'

code 2026-10-14 "Israel and Hamas began exchanging hostages and prisoners on Monday."
has_event "a pair that begins exchanging prisoners exchanges them with each other" '"code":"ISR"' '"cameo":"0841"' '"target":{"code":"PSEREB"'
lacks_event "... not with its own people" '"target":{"code":"ISRCVL"'
code 2026-04-12 "Israel began bombing Gaza."
has_event "a gerund after the verb that governs it keeps its target" '"code":"ISR"' '"cameo":"195"' '"target":{"code":"PSEGZA"'

code 2026-11-05 "The Russian central bank sued Euroclear in a Moscow court."
has_event "Euroclear, the depository holding Russia's frozen reserves, is a Belgian business" '"cameo":"115"' '"target":{"code":"BELBUS"'

code 2026-06-10 "Kenya's president, who faces mounting protests, met opposition leaders on Monday."
lacks_event "an -ing form of growth before a noun is an adjective, no act" '"cameo":"141"'
has_event "... and the clause's verb still codes" '"code":"KENGOV"' '"cameo":"040"' '"target":{"code":"KENOPP"'
code 2026-06-10 "Hamas is mounting attacks against Israel."
has_event "... but after an auxiliary it is the verb" '"code":"PSEREB"' '"cameo":"190"' '"target":{"code":"ISR"'

code 2026-10-01 "A court in Hong Kong convicted Jimmy Lai of collusion with foreign forces."
has_event "Jimmy Lai is Hong Kong's opposition" '"code":"HKGJUD"' '"cameo":"116"' '"target":{"code":"HKGOPP"'

code 2026-10-01 "China agreed to buy American soybeans."
has_event "farm goods bought from a country are trade with it" '"code":"CHN"' '"cameo":"0311"' '"target":{"code":"USA"'
code 2026-10-01 "China banned Japanese seafood."
has_event "... and banned, an embargo" '"code":"CHN"' '"cameo":"163"' '"target":{"code":"JPN"'

code 2026-12-03 "NATO foreign ministers met in Brussels without Rubio."
lacks_event "one an act is done without takes no part in it" '"target":{"code":"USAGOV"'
code 2026-12-03 "Putin met Trump without Zelensky."
has_event "... and the one it is done with still does" '"code":"RUSGOV"' '"cameo":"040"' '"target":{"code":"USAGOV"'
lacks_event "... not the one left out" '"target":{"code":"UKRGOV"'

code 2026-10-02 "Israel struck what it described as Hezbollah targets in Lebanon."
has_event "what a free relative of naming names is the verb's object" '"code":"ISR"' '"cameo":"190"' '"target":{"code":"LBNREB"'
code 2026-10-02 "Israeli troops killed what the army described as Hamas gunmen."
has_event "... also after a noun subject of its own, which is no target" '"code":"ISRMIL"' '"cameo":"190"' '"target":{"code":"PSEREB'
code 2026-10-02 "Pakistan carried out air strikes against what it said were hideouts of Pakistani Taliban militants."
has_event "... and after force aimed against it" '"code":"PAK"' '"cameo":"195"' '"target":{"code":"PAKREB"'
code 2026-10-02 "Russia blamed Ukraine for what it said were attacks on civilians in Kursk."
has_event "... but blame for it stays with the one blamed" '"code":"RUS"' '"cameo":"112"' '"target":{"code":"UKR"'
lacks_event "... not the ones it names" '"target":{"code":"RUSCVL"'

code 2026-10-02 "Israel carried out drone strikes in Lebanon."
has_event "air strikes in a country are aerial force there" '"code":"ISR"' '"cameo":"195"' '"target":{"code":"LBN"'
lacks_event "... the strikes are not the country's forces" '"target":{"code":"LBNMIL"'
code 2026-10-02 "Gunmen attacked an army base in Mali."
has_event "... but a base in a country is its army's" '"cameo":"180"' '"target":{"code":"MLIMIL"'

code 2026-10-14 "Pakistan and Afghanistan held talks mediated by Qatar and Turkey."
has_event "talks a pair holds are between them" '"code":"PAK"' '"cameo":"046"' '"target":{"code":"AFG"'
lacks_event "... not with their mediator" '"cameo":"046"' '"target":{"code":"QAT"'
has_event "... and the mediator mediates between them" '"code":"TUR"' '"cameo":"045"' '"target":{"code":"AFG"'
code 2026-10-14 "Israel agreed to a ceasefire brokered by Egypt."
has_event "a truce brokered by a third party is mediation for its one party named" '"code":"EGY"' '"cameo":"045"' '"target":{"code":"ISR"'

code 2026-11-20 "Merz warned that Russia was waging a hybrid war against Europe."
has_event "one who warns that another is using force accuses them" '"code":"DEUGOV"' '"cameo":"112"' '"target":{"code":"RUS"'
lacks_event "... and the force, only alleged, is no event of its own" '"cameo":"190"'
code 2026-11-20 "Merz warned that Russia could attack Europe."
lacks_event "... but not what they could do" '"cameo":"112"'

code 2026-10-14 "Trump praised Munir as his favourite field marshal."
has_event "Munir, Pakistan's army chief, by his surname" '"code":"USAGOV"' '"cameo":"051"' '"target":{"code":"PAKMIL"'

code 2026-11-20 "The European Parliament voted to lift the immunity of a Hungarian opposition lawmaker."
has_event "a lawmaker's immunity lifted is an administrative sanction" '"cameo":"172"' '"target":{"code":"HUNOPPLEG"'
code 2026-11-20 "Bahrain stripped dozens of activists of their citizenship."
has_event "... and so is citizenship stripped" '"code":"BHR"' '"cameo":"172"' '"target":{"code":"BHROPP"'

code 2008-08-26 "Russia recognised Abkhazia and South Ossetia as independent states."
has_event "a breakaway state recognised is its separatists, not the state it broke from" '"code":"RUS"' '"cameo":"054"' '"target":{"code":"GEOSEP"'
lacks_event "... no recognition of Georgia" '"target":{"code":"GEO",'
code 2008-08-08 "Georgian troops shelled South Ossetia."
has_event "... and force against it is no state's force against itself" '"code":"GEOMIL"' '"target":{"code":"GEOSEP"'
code 2026-01-05 "Israel recognised Somaliland."
has_event "Somaliland, self-declared since 1991, is Somalia's separatists" '"code":"ISR"' '"cameo":"054"' '"target":{"code":"SOMSEP"'
code 2026-01-05 "Turkish Cypriots protested in Nicosia."
has_event "Turkish Cypriots are a people of Cyprus ..." '"code":"CYP"' '"cameo":"141"'
lacks_event "... no breakaway state" '"code":"CYPSEP'

code 2026-09-10 "ASEAN admitted Timor-Leste as its 11th member."
has_event "a state admitted to a body as a member: the body's diplomatic cooperation" '"code":"IGOSEAASN"' '"cameo":"050"' '"target":{"code":"TLS"'
lacks_event "... no admission of guilt" '"cameo":"015"'
code 2026-09-10 "Indonesia joined BRICS as a full member."
has_event "... and joining BRICS is too" '"code":"IDN"' '"cameo":"050"' '"target":{"code":"IGOBRC"'
code 2026-09-10 "Cambodia nominated Trump for the Nobel Peace Prize."
has_event "one nominated for a peace prize is praised" '"code":"KHM"' '"cameo":"051"' '"target":{"code":"USAGOV"'
code 2026-09-10 "Malaysia's Anwar hosted the ASEAN summit in Kuala Lumpur."
has_event "Anwar, Malaysia's prime minister, by the name news uses" '"code":"MYSGOV"' '"cameo":"043"'
code 2005-12-11 "Anwar was freed in September 2004 and is now storming back onto Malaysia's political landscape."
lacks_event "storming back onto a landscape is a comeback, no assault" '"cameo":"190"'
code 2026-09-10 "Protesters stormed the parliament in Kathmandu."
has_event "... while a building stormed by protesters is a riot" '"cameo":"145"' '"target":{"code":"NPLLEG"'

code 2026-11-12 "Seoul and Tokyo agreed to share real-time missile warning data with Washington."
has_event "an -ing form of an activity inside a compound noun is no verb: the data are shared with the partner named" '"code":"KOR"' '"cameo":"0314"' '"target":{"code":"USA"'
lacks_event "... not between the pair" '"target":{"code":"JPN"'
code 2026-09-10 "Malaysia arrested Najib on money laundering charges."
has_event "Najib, Malaysia's former prime minister, by the name news uses" '"code":"MYS"' '"cameo":"173"' '"target":{"code":"MYSELI"'

code 2026-09-10 "The killing of two soldiers prompted Israel to launch strikes on Gaza."
has_event "one a verb of causing names does its infinitive's act" '"code":"ISR"' '"cameo":"190"' '"target":{"code":"PSEGZA"'

code 2026-06-20 "Iran on Friday warned the United States against joining Israel's military campaign, as Israeli jets struck nuclear sites near Isfahan."
has_event "what an \"as\" clause after a comma tells is not what was said" '"code":"IRN"' '"cameo":"130"' '"target":{"code":"USA"'
has_event "... it is told as it happened" '"code":"ISRMIL"' '"cameo":"195"' '"target":{"code":"IRN"'
lacks_event "... no accusation" '"cameo":"112"'
code 2026-06-20 "Iran fired ballistic missiles at Tel Aviv overnight, Israel's military said, wounding dozens."
has_event "a participle after a trailing speaker goes on with the clause attributed" '"code":"IRN"' '"cameo":"194"' '"target":{"code":"ISR"'
lacks_event "... not the speaker's act" '"code":"ISRMIL"'
code 2026-06-20 "Russia attacked Kyiv overnight, the Ukrainian air force said, adding that it shot down 40 drones."
has_event "... but the speaker's own word after it is the speaker's" '"code":"RUS"' '"cameo":"190"' '"target":{"code":"UKR"'
has_event "... and what it adds is told by it" '"source":{"code":"UKRMIL"' '"cameo":"190"' '"verb":"shot"'

code 2026-06-20 "Congo accuses Rwanda of backing the M23, a charge Kigali denies."
has_event "an accusation denied by the accused in the same sentence is denied to the accuser" '"code":"RWA"' '"cameo":"016"' '"target":{"code":"COD"'
code 2026-06-20 "Ukraine accused Russia of the attack, which Moscow denied."
has_event "... also in a relative clause" '"code":"RUS"' '"cameo":"016"' '"target":{"code":"UKR"'
code 2005-11-18 "The United States accuses Iran of developing nuclear weapons secretly, a charge rejected by Tehran as politically motivated."
has_event "... and rejected in the passive" '"code":"IRN"' '"cameo":"016"' '"target":{"code":"USA"'
code 2026-06-20 "Congo accuses Rwanda of backing the M23, an accusation Kigali rejects."
has_event "... a rejection of it is a denial" '"code":"RWA"' '"cameo":"016"' '"target":{"code":"COD"'
lacks_event "... no rejection of anything else" '"cameo":"120"'

code 2026-11-20 "Russian missiles struck an apartment block in Ternopil overnight, killing at least 30 people. The strike, one of the deadliest this year, drew condemnation from European leaders."
has_event "force named again opening a sentence that draws a reaction is the doer's" '"sentence":2' '"cameo":"111"' '"target":{"code":"RUSMIL"'
has_event "... and a time after a superlative bounds the record, no date of the act" '"sentence":2' '"date":"2026-11-20"' '"cameo":"111"'

code 2026-11-28 "Israel blocked aid deliveries to northern Gaza."
has_event "aid deliveries kept from a place close it (a word tagged a participle with no participle's form is the object)" '"code":"ISR"' '"cameo":"191"' '"target":{"code":"PSEGZA"'
code 2026-11-28 "Israel obstructed humanitarian access to Gaza."
has_event "... as access kept from it does" '"code":"ISR"' '"cameo":"191"' '"target":{"code":"PSEGZA"'
code 2026-11-28 "Protesters blocked access to the airport in Belgrade."
has_event "... but protesters blocking access obstruct passage" '"cameo":"144"'
code 2026-11-28 "Israel's parliament gave preliminary approval to a bill annexing the West Bank."
lacks_event "what a bill would do beyond words is not done" '"cameo":"192"'
code 2022-10-04 "Russia's parliament passed a law annexing four Ukrainian regions."
has_event "... what a law does is" '"code":"RUSLEG"' '"cameo":"192"' '"target":{"code":"UKR"'

code 2026-11-01 "Ushakov met Witkoff in Moscow."
has_event "Putin's aide Ushakov by his surname" '"code":"RUSGOV"' '"cameo":"040"' '"target":{"code":"USAGOV"'
code 2026-11-01 "Al-Hayya met Egyptian mediators in Cairo."
has_event "Hamas's negotiator al-Hayya by the name news uses" '"code":"PSEREB"' '"cameo":"040"' '"target":{"code":"EGYGOV"'

finish
