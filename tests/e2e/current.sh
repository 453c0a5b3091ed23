#!/bin/sh
# Current news (2020-2026), coded with dyad's own dictionaries: each sentence
# (written for this test, in the style of wire copy) with the actors it must
# give on its date, so that offices taken and left are tested on both sides
# (the Taliban before and after 2021-08-15, Starmer, Merz, Rubio, Vance and
# Hegseth before and after taking office, Kallas, Costa and Rutte before and
# after their EU and NATO posts).  Codes are checked as prefixes where an
# agent may add a sector ("Treasury Secretary Scott Bessent": USAGOVBUS).
dyad=${1:-./dyad}
. "$(dirname "$0")/lib/check.sh"

# code DATE TEXT: the events of one story in $out.
code() { out=$(printf 'date %s\n%s\n' "$1" "$2" | "$dyad" code 2>/dev/null); }

code 2022-03-07 "Ukrainian Foreign Minister Dmytro Kuleba accused Russia of shelling humanitarian corridors around Mariupol."
has_event "2022-03-07 UKRGOV 112 RUS" '"source":{"code":"UKRGOV' '"target":{"code":"RUS' '"cameo":"112'
code 2023-05-30 "Drones struck residential buildings in Moscow on Tuesday, and the Kremlin blamed Kyiv."
has_event "2023-05-30 RUSGOV 112 UKR" '"source":{"code":"RUSGOV' '"target":{"code":"UKR' '"cameo":"112'
code 2024-03-22 "Russian missiles hit Ukraine's largest dam and power plants across the country, Ukrainian officials said."
has_event "2024-03-22 RUS 19 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"19'
code 2025-06-01 "Ukraine's SBU security service struck Russian strategic bombers at airfields deep inside Russia with drones hidden in trucks."
has_event "2025-06-01 UKRSPY 19 RUS" '"source":{"code":"UKRSPY' '"target":{"code":"RUS' '"cameo":"19'
code 2024-09-12 "Ukrainian Foreign Minister Andrii Sybiha met Secretary of State Antony Blinken in Kyiv."
has_event "2024-09-12 UKRGOV 04 USAGOV" '"source":{"code":"UKRGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2024-09-12 "Sybiha urged Western allies to allow Ukraine to strike targets deep inside Russia."
has_event "2024-09-12 UKRGOV 02 WST" '"source":{"code":"UKRGOV' '"target":{"code":"WST' '"cameo":"02'
code 2023-02-20 "President Joe Biden made a surprise visit to Kyiv on Monday, meeting Zelensky."
has_event "2023-02-20 USAGOV 04 UKRGOV" '"source":{"code":"USAGOV' '"target":{"code":"UKRGOV' '"cameo":"04'
code 2025-02-28 "Trump and Vance berated Zelensky in the Oval Office on Friday."
has_event "2025-02-28 USAGOV 1 UKRGOV" '"source":{"code":"USAGOV' '"target":{"code":"UKRGOV' '"cameo":"1'
code 2025-03-11 "Ukraine accepted a US proposal for a 30-day ceasefire at talks with Rubio in Jeddah."
has_event "2025-03-11 UKR 03 USA" '"source":{"code":"UKR' '"target":{"code":"USA' '"cameo":"03'
code 2025-02-18 "Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh for talks on ending the war."
has_event "2025-02-18 USAGOV 04 RUSGOV" '"source":{"code":"USAGOV' '"target":{"code":"RUSGOV' '"cameo":"04'
code 2025-08-15 "Trump hosted Putin at a military base in Alaska for a summit on Ukraine."
has_event "2025-08-15 USAGOV 04 RUSGOV" '"source":{"code":"USAGOV' '"target":{"code":"RUSGOV' '"cameo":"04'
code 2025-08-06 "Putin met US envoy Steve Witkoff in the Kremlin for three hours."
has_event "2025-08-06 RUSGOV 04 USAGOV" '"source":{"code":"RUSGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2023-06-24 "Wagner chief Yevgeny Prigozhin accused Defence Minister Sergei Shoigu of ordering a strike on his fighters."
has_event "2023-06-24 RUSREB 112 RUSGOV" '"source":{"code":"RUSREB' '"target":{"code":"RUSGOV' '"cameo":"112'
lacks_event "2023-06-24 not source RUSMIL" '"source":{"code":"RUSMIL"'
code 2023-06-24 "Prigozhin's Wagner mercenaries seized the military headquarters in Rostov-on-Don."
has_event "2023-06-24 RUSREB 19 no one" '"source":{"code":"RUSREB' '"cameo":"19'
code 2025-05-23 "Russia and Ukraine exchanged 390 prisoners each on Friday in the first stage of a swap agreed in Istanbul."
has_event "2025-05-23 RUS 0 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"0'
code 2022-07-22 "Russia and Ukraine signed separate deals with Turkey and the United Nations to resume grain exports from Black Sea ports."
has_event "2022-07-22 RUS 05 TUR" '"source":{"code":"RUS' '"target":{"code":"TUR' '"cameo":"05'
code 2023-08-31 "Shoigu arrived in Pyongyang on a visit to North Korea."
has_event "2023-08-31 RUSGOV 04 PRK" '"source":{"code":"RUSGOV' '"target":{"code":"PRK' '"cameo":"04'
code 2024-06-19 "Putin signed a mutual defence pact with North Korean leader Kim Jong Un in Pyongyang."
has_event "2024-06-19 RUSGOV 05 PRKGOV" '"source":{"code":"RUSGOV' '"target":{"code":"PRKGOV' '"cameo":"05'
code 2025-07-17 "The Ukrainian parliament approved Yulia Svyrydenko as prime minister."
has_event "2025-07-17 UKRLEG 0 UKRGOV" '"source":{"code":"UKRLEG' '"target":{"code":"UKRGOV' '"cameo":"0'
code 2023-10-07 "Hamas fighters broke through the Gaza border fence and attacked Israeli towns."
has_event "2023-10-07 PSEREB 19 ISR" '"source":{"code":"PSEREB' '"target":{"code":"ISR' '"cameo":"19'
code 2023-11-24 "Hamas freed 24 hostages on Friday under a truce brokered by Qatar and Egypt."
has_event "2023-11-24 PSEREB 0841 no one" '"source":{"code":"PSEREB' '"cameo":"0841'
code 2024-01-26 "Israel accused 12 UNRWA employees of taking part in the October 7 attack."
has_event "2024-01-26 ISR 112 IGOUNOREFRWA" '"source":{"code":"ISR' '"target":{"code":"IGOUNOREFRWA' '"cameo":"112'
code 2024-07-31 "Hamas political chief Ismail Haniyeh was killed in an Israeli strike in Tehran."
has_event "2024-07-31 ISR 19 PSEREB" '"source":{"code":"ISR' '"target":{"code":"PSEREB' '"cameo":"19'
code 2024-10-17 "Israel said its troops had killed Hamas leader Yahya Sinwar in Rafah."
has_event "2024-10-17 ISR 1 PSEREB" '"source":{"code":"ISR' '"target":{"code":"PSEREB' '"cameo":"1'
code 2024-09-27 "Israeli jets bombed Hezbollah headquarters in Beirut's southern suburbs, killing Hassan Nasrallah."
has_event "2024-09-27 ISR 19 LBNREB" '"source":{"code":"ISR' '"target":{"code":"LBNREB' '"cameo":"19'
code 2025-01-15 "Qatar announced that Israel and Hamas had agreed to a ceasefire and hostage release deal."
has_event "2025-01-15 ISR 0 PSEREB" '"source":{"code":"ISR' '"target":{"code":"PSEREB' '"cameo":"0'
code 2025-03-18 "Israel launched heavy air strikes across Gaza, ending the ceasefire with Hamas."
has_event "2025-03-18 ISR 195 no one" '"source":{"code":"ISR' '"cameo":"195'
code 2024-01-12 "US and British warplanes struck Houthi targets in Yemen overnight."
has_event "2024-01-12 USAMIL 19 YEMREB" '"source":{"code":"USAMIL' '"target":{"code":"YEMREB' '"cameo":"19'
code 2024-10-01 "Iran fired about 180 ballistic missiles at Israel."
has_event "2024-10-01 IRN 19 ISR" '"source":{"code":"IRN' '"target":{"code":"ISR' '"cameo":"19'
code 2025-06-13 "Israel struck Iran's nuclear facilities and killed senior military commanders."
has_event "2025-06-13 ISR 19 IRN" '"source":{"code":"ISR' '"target":{"code":"IRN' '"cameo":"19'
code 2025-06-23 "Iran fired missiles at the US Al Udeid air base in Qatar."
has_event "2025-06-23 IRN 19 USA" '"source":{"code":"IRN' '"target":{"code":"USA' '"cameo":"19'
code 2024-08-21 "Iranian Foreign Minister Abbas Araghchi met his Omani counterpart in Muscat."
has_event "2024-08-21 IRNGOV 04 OMNGOV" '"source":{"code":"IRNGOV' '"target":{"code":"OMNGOV' '"cameo":"04'
code 2025-04-12 "Araghchi and Witkoff held indirect talks in Oman."
has_event "2025-04-12 IRNGOV 04 USAGOV" '"source":{"code":"IRNGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2024-12-15 "HTS leader Ahmed al-Sharaa met a UN envoy in Damascus."
has_event "2024-12-15 SYRGOV 04 IGOUNO" '"source":{"code":"SYRGOV' '"target":{"code":"IGOUNO' '"cameo":"04'
code 2025-05-14 "Trump met Syrian President Ahmed al-Sharaa in Riyadh."
has_event "2025-05-14 USAGOV 04 SYRGOV" '"source":{"code":"USAGOV' '"target":{"code":"SYRGOV' '"cameo":"04'
code 2025-01-01 "Syrian Foreign Minister Asaad al-Shaibani visited Saudi Arabia."
has_event "2025-01-01 SYRGOV 04 SAU" '"source":{"code":"SYRGOV' '"target":{"code":"SAU' '"cameo":"04'
code 2025-11-10 "Sharaa met Trump at the White House on Monday."
has_event "2025-11-10 SYRGOV 04 USAGOV" '"source":{"code":"SYRGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2023-06-01 "Army chief Abdel Fattah al-Burhan accused the RSF of looting homes in Khartoum."
has_event "2023-06-01 SDNGOV 112 SDNREB" '"source":{"code":"SDNGOV' '"target":{"code":"SDNREB' '"cameo":"112'
code 2025-10-27 "The Rapid Support Forces captured El Fasher, the army's last stronghold in Darfur."
has_event "2025-10-27 SDNREB 19 SDN" '"source":{"code":"SDNREB' '"target":{"code":"SDN' '"cameo":"19'
code 2024-01-02 "RSF commander Mohamed Hamdan Dagalo met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa."
has_event "2024-01-02 SDNREB 04 ETHGOV" '"source":{"code":"SDNREB' '"target":{"code":"ETHGOV' '"cameo":"04'
code 2025-01-07 "The United States accused the RSF of committing genocide in Darfur."
has_event "2025-01-07 USA 112 SDNREB" '"source":{"code":"USA' '"target":{"code":"SDNREB' '"cameo":"112'
code 2023-07-26 "Soldiers detained Niger's President Mohamed Bazoum in the presidential palace."
has_event "2023-07-26 someone 173 NERGOV" '"target":{"code":"NERGOV' '"cameo":"173'
code 2023-07-30 "ECOWAS threatened to use force against Niger's junta unless Bazoum was reinstated."
has_event "2023-07-30 IGOWAFWAS 13 NERGOV" '"source":{"code":"IGOWAFWAS' '"target":{"code":"NERGOV' '"cameo":"13'
code 2024-07-06 "Burkina Faso's Captain Ibrahim Traore hosted the first summit of the Alliance of Sahel States in Niamey."
has_event "2024-07-06 BFAGOV 04 IGOWAFAES" '"source":{"code":"BFAGOV' '"target":{"code":"IGOWAFAES' '"cameo":"04'
code 2022-02-17 "France announced the withdrawal of its troops from Mali."
has_event "2022-02-17 FRA 0 MLI" '"source":{"code":"FRA' '"target":{"code":"MLI' '"cameo":"0'
code 2021-05-24 "Malian soldiers detained President Bah Ndaw and Prime Minister Moctar Ouane."
has_event "2021-05-24 MLIMIL 17 MLIGOV" '"source":{"code":"MLIMIL' '"target":{"code":"MLIGOV' '"cameo":"17'
code 2024-07-27 "Tuareg rebels said they had killed dozens of Wagner mercenaries near Tinzaouaten in Mali."
has_event "2024-07-27 someone 19 RUSMIL" '"target":{"code":"RUSMIL' '"cameo":"19'
code 2025-03-01 "Mali's military leader Assimi Goita met Russian President Vladimir Putin in Moscow."
has_event "2025-03-01 MLIGOV 04 RUSGOV" '"source":{"code":"MLIGOV' '"target":{"code":"RUSGOV' '"cameo":"04'
code 2023-11-15 "The Arakan Army captured military posts in Rakhine State."
has_event "2023-11-15 MMRREB 19 no one" '"source":{"code":"MMRREB' '"cameo":"19'
code 2022-11-02 "Ethiopia and the TPLF signed a peace deal in Pretoria."
has_event "2022-11-02 ETH 057 ETHREB" '"source":{"code":"ETH' '"target":{"code":"ETHREB' '"cameo":"057'
code 2025-01-30 "Congolese President Felix Tshisekedi accused Rwanda of backing the M23."
has_event "2025-01-30 CODGOV 112 RWA" '"source":{"code":"CODGOV' '"target":{"code":"RWA' '"cameo":"112'
code 2025-06-27 "Foreign ministers of Congo and Rwanda signed a peace agreement at the State Department in Washington."
has_event "2025-06-27 COD 057 RWA" '"source":{"code":"COD' '"target":{"code":"RWA' '"cameo":"057'
code 2025-12-04 "Tshisekedi and Rwandan President Paul Kagame signed an accord in Washington."
has_event "2025-12-04 CODGOV 057 RWAGOV" '"source":{"code":"CODGOV' '"target":{"code":"RWAGOV' '"cameo":"057'
code 2024-03-11 "Haitian Prime Minister Ariel Henry agreed to resign as gangs took control of Port-au-Prince."
has_event "2024-03-11 HTIGOV 0 no one" '"source":{"code":"HTIGOV' '"cameo":"0'
code 2024-06-25 "The first Kenyan police officers arrived in Haiti to lead a multinational security mission."
has_event "2024-06-25 KENCOP 0 HTI" '"source":{"code":"KENCOP' '"target":{"code":"HTI' '"cameo":"0'
code 2025-09-02 "The US military struck a boat that had left Venezuela, killing 11 people."
has_event "2025-09-02 USAMIL 19 no one" '"source":{"code":"USAMIL' '"cameo":"19'
code 2023-04-08 "The People's Liberation Army launched drills around Taiwan after President Tsai Ing-wen met US House Speaker Kevin McCarthy."
has_event "2023-04-08 CHNMIL 15 no one" '"source":{"code":"CHNMIL' '"cameo":"15'
code 2025-04-01 "Chinese army and navy forces surrounded Taiwan in exercises, and Lai condemned the drills."
has_event "2025-04-01 CHNMIL 15 TWN (a place surrounded in exercises: force shown, as one encircled)" '"source":{"code":"CHNMIL' '"target":{"code":"TWN' '"cameo":"15'
code 2024-12-03 "President Yoon Suk Yeol declared martial law, accusing the opposition of anti-state activities."
has_event "2024-12-03 KORGOV 112 no one" '"source":{"code":"KORGOV' '"cameo":"112'
code 2025-08-25 "South Korean President Lee Jae-myung met Trump at the White House."
has_event "2025-08-25 KORGOV 04 USAGOV" '"source":{"code":"KORGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-05-07 "India struck nine sites in Pakistan and Pakistani Kashmir, saying they were militant camps."
has_event "2025-05-07 IND 19 PAK" '"source":{"code":"IND' '"target":{"code":"PAK' '"cameo":"19'
code 2025-05-10 "India and Pakistan agreed to a ceasefire after four days of fighting."
has_event "2025-05-10 IND 0 PAK" '"source":{"code":"IND' '"target":{"code":"PAK' '"cameo":"0'
code 2025-04-24 "India suspended the Indus Waters Treaty with Pakistan after the Pahalgam attack."
has_event "2025-04-24 IND 1 PAK" '"source":{"code":"IND' '"target":{"code":"PAK' '"cameo":"1'
code 2025-05-08 "Pakistan's army chief General Asim Munir vowed to retaliate against India."
has_event "2025-05-08 PAKMIL 1 IND" '"source":{"code":"PAKMIL' '"target":{"code":"IND' '"cameo":"1'
code 2023-09-19 "Azerbaijan launched a military operation in Nagorno-Karabakh."
has_event "2023-09-19 AZE 19 no one" '"source":{"code":"AZE' '"cameo":"19'
code 2025-08-08 "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace declaration at the White House."
has_event "2025-08-08 ARMGOV 05 AZEGOV" '"source":{"code":"ARMGOV' '"target":{"code":"AZEGOV' '"cameo":"05'
code 2025-02-01 "President Donald Trump imposed 25 percent tariffs on imports from Canada and Mexico."
has_event "2025-02-01 USAGOV 1 CAN" '"source":{"code":"USAGOV' '"target":{"code":"CAN' '"cameo":"1'
code 2025-02-14 "Vice President JD Vance criticised European leaders at the Munich Security Conference."
has_event "2025-02-14 USAGOV 111 no one" '"source":{"code":"USAGOV' '"cameo":"111'
code 2024-06-20 "Secretary of State Antony Blinken met Qatar's prime minister in Doha."
has_event "2024-06-20 USAGOV 04 QATGOV" '"source":{"code":"USAGOV' '"target":{"code":"QATGOV' '"cameo":"04'
code 2025-07-27 "Ursula von der Leyen and Trump reached a trade deal in Scotland."
has_event "2025-07-27 IGOEUREEC 0 USAGOV" '"source":{"code":"IGOEUREEC' '"target":{"code":"USAGOV' '"cameo":"0'
code 2025-06-25 "NATO Secretary General Mark Rutte praised Trump at the summit in The Hague."
has_event "2025-06-25 IGOWSTNAT 051 USAGOV" '"source":{"code":"IGOWSTNAT' '"target":{"code":"USAGOV' '"cameo":"051'
code 2023-10-25 "Israel demanded the resignation of UN Secretary General Antonio Guterres over his remarks on Gaza."
has_event "2023-10-25 ISR 1 IGOUNO" '"source":{"code":"ISR' '"target":{"code":"IGOUNO' '"cameo":"1'
code 2023-09-09 "Modi hosted G20 leaders in New Delhi."
has_event "2023-09-09 INDGOV 04 IGOGTW" '"source":{"code":"INDGOV' '"target":{"code":"IGOGTW' '"cameo":"04'
code 2024-10-22 "Putin hosted BRICS leaders in Kazan."
has_event "2024-10-22 RUSGOV 04 IGOBRC" '"source":{"code":"RUSGOV' '"target":{"code":"IGOBRC' '"cameo":"04'
code 2025-05-07 "German Chancellor Friedrich Merz visited Paris and Warsaw."
has_event "2025-05-07 DEUGOV 04 FRA" '"source":{"code":"DEUGOV' '"target":{"code":"FRA' '"cameo":"04'
code 2025-02-07 "Japanese Prime Minister Shigeru Ishiba met Trump in Washington."
has_event "2025-02-07 JPNGOV 04 USAGOV" '"source":{"code":"JPNGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-11-14 "China summoned Japan's ambassador over remarks by Takaichi on Taiwan."
has_event "2025-11-14 CHN 114 JPN" '"source":{"code":"CHN' '"target":{"code":"JPN' '"cameo":"114'
code 2025-05-06 "Canadian Prime Minister Mark Carney met Trump at the White House."
has_event "2025-05-06 CANGOV 04 USAGOV" '"source":{"code":"CANGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-04-13 "Indonesian President Prabowo Subianto met Putin in Moscow."
has_event "2025-04-13 IDNGOV 04 RUSGOV" '"source":{"code":"IDNGOV' '"target":{"code":"RUSGOV' '"cameo":"04'
code 2024-12-23 "Bangladesh asked India to send back former prime minister Sheikh Hasina."
has_event "2024-12-23 BGD 0 IND" '"source":{"code":"BGD' '"target":{"code":"IND' '"cameo":"0'
code 2025-11-17 "A Dhaka court sentenced Sheikh Hasina to death in absentia."
has_event "2025-11-17 BGDJUD 1 BGDELI" '"source":{"code":"BGDJUD' '"target":{"code":"BGDELI' '"cameo":"1'
code 2025-04-20 "Lebanese Prime Minister Nawaf Salam visited Damascus."
has_event "2025-04-20 LBNGOV 04 SYR" '"source":{"code":"LBNGOV' '"target":{"code":"SYR' '"cameo":"04'
code 2021-08-10 "Taliban fighters captured the city of Kunduz."
has_event "2021-08-10 AFGREB 19 AFG" '"source":{"code":"AFGREB' '"target":{"code":"AFG' '"cameo":"19'
code 2025-10-12 "Pakistan accused the Taliban of sheltering militants who attacked its troops."
has_event "2025-10-12 PAK 112 AFGGOV" '"source":{"code":"PAK' '"target":{"code":"AFGGOV' '"cameo":"112'
code 2025-07-24 "Thai and Cambodian troops clashed along their disputed border."
has_event "2025-07-24 THAMIL 19 KHMMIL" '"source":{"code":"THAMIL' '"target":{"code":"KHMMIL' '"cameo":"19'
code 2025-07-28 "Thai Prime Minister Phumtham Wechayachai met Cambodian Prime Minister Hun Manet in Malaysia."
has_event "2025-07-28 THAGOV 04 KHMGOV" '"source":{"code":"THAGOV' '"target":{"code":"KHMGOV' '"cameo":"04'
code 2023-10-09 "Brazilian President Luiz Inacio Lula da Silva called for a ceasefire in Gaza."
has_event "2023-10-09 BRAGOV 0 no one" '"source":{"code":"BRAGOV' '"cameo":"0'
code 2025-10-01 "Colombian President Gustavo Petro said the US had attacked Colombian fishermen."
has_event "2025-10-01 COLGOV 112 USA" '"source":{"code":"COLGOV' '"target":{"code":"USA' '"cameo":"112'
code 2024-02-14 "Russian Foreign Minister Sergei Lavrov met his Brazilian counterpart Mauro Vieira in Rio."
has_event "2024-02-14 RUSGOV 04 BRAGOV" '"source":{"code":"RUSGOV' '"target":{"code":"BRAGOV' '"cameo":"04'
code 2023-03-21 "Chinese President Xi Jinping held talks with Putin in Moscow."
has_event "2023-03-21 CHNGOV 04 RUSGOV" '"source":{"code":"CHNGOV' '"target":{"code":"RUSGOV' '"cameo":"04'
code 2025-09-03 "Xi hosted Putin and Kim Jong Un at a military parade in Beijing."
has_event "2025-09-03 CHNGOV 04 RUSGOV" '"source":{"code":"CHNGOV' '"target":{"code":"RUSGOV' '"cameo":"04'
code 2024-11-16 "Biden met Xi on the sidelines of the APEC summit in Lima."
has_event "2024-11-16 USAGOV 04 CHNGOV" '"source":{"code":"USAGOV' '"target":{"code":"CHNGOV' '"cameo":"04'
code 2025-10-30 "Trump met Xi Jinping in Busan and agreed to cut tariffs on China."
has_event "2025-10-30 USAGOV 04 CHNGOV" '"source":{"code":"USAGOV' '"target":{"code":"CHNGOV' '"cameo":"04'
code 2024-03-17 "Chinese Foreign Minister Wang Yi met his Australian counterpart Penny Wong in Canberra."
has_event "2024-03-17 CHNGOV 04 AUSGOV" '"source":{"code":"CHNGOV' '"target":{"code":"AUSGOV' '"cameo":"04'
code 2024-08-12 "Chinese foreign ministry spokesman Lin Jian criticised the Philippines."
has_event "2024-08-12 CHNGOV 111 PHL" '"source":{"code":"CHNGOV' '"target":{"code":"PHL' '"cameo":"111'
code 2024-04-11 "Philippine President Ferdinand Marcos Jr met Biden and Kishida at the White House."
has_event "2024-04-11 PHLGOV 04 USAGOV" '"source":{"code":"PHLGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2024-06-30 "Supreme Leader Ayatollah Ali Khamenei criticised the United States."
has_event "2024-06-30 IRNGOV 111 USA" '"source":{"code":"IRNGOV' '"target":{"code":"USA' '"cameo":"111'
code 2024-12-19 "The Houthis fired a ballistic missile at Tel Aviv."
has_event "2024-12-19 YEMREB 19 ISR" '"source":{"code":"YEMREB' '"target":{"code":"ISR' '"cameo":"19'
code 2025-05-06 "Oman said the United States and the Houthis had agreed to stop attacking each other."
has_event "2025-05-06 USA 0 YEMREB" '"source":{"code":"USA' '"target":{"code":"YEMREB' '"cameo":"0'
code 2025-10-13 "Hamas released the last 20 living hostages, and Israel freed nearly 2,000 Palestinian prisoners."
has_event "2025-10-13 ISR 0 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"0'
code 2023-03-17 "The International Criminal Court issued an arrest warrant for Putin."
has_event "2023-03-17 IGOJUDICC 17 RUSGOV" '"source":{"code":"IGOJUDICC' '"target":{"code":"RUSGOV' '"cameo":"17'
code 2024-11-13 "Biden hosted President-elect Donald Trump at the White House."
has_event "2024-11-13 USAGOV 043 USAELI" '"source":{"code":"USAGOV' '"target":{"code":"USAELI' '"cameo":"043'
code 2025-07-10 "Kaja Kallas said the EU had agreed with Israel to improve aid access to Gaza."
has_event "2025-07-10 IGOEUREEC 0 ISR" '"source":{"code":"IGOEUREEC' '"target":{"code":"ISR' '"cameo":"0'
code 2023-10-13 "EU foreign policy chief Josep Borrell urged Israel to protect civilians in Gaza."
has_event "2023-10-13 IGOEUREEC 0 ISR" '"source":{"code":"IGOEUREEC' '"target":{"code":"ISR' '"cameo":"0'
code 2024-06-13 "G7 leaders agreed to lend Ukraine 50 billion dollars backed by frozen Russian assets."
has_event "2024-06-13 IGOGOS 0 UKR" '"source":{"code":"IGOGOS' '"target":{"code":"UKR' '"cameo":"0'
code 2025-06-16 "Carney hosted G7 leaders in Kananaskis."
has_event "2025-06-16 CANGOV 04 IGOGOS" '"source":{"code":"CANGOV' '"target":{"code":"IGOGOS' '"cameo":"04'
code 2025-07-06 "BRICS leaders condemned the Israeli strikes on Iran at their summit in Rio de Janeiro."
has_event "2025-07-06 IGOBRC 1 ISR" '"source":{"code":"IGOBRC' '"target":{"code":"ISR' '"cameo":"1'
lacks_event "2025-07-06 no IGOBRC 1 IRN: the struck are not disapproved of" '"source":{"code":"IGOBRC' '"target":{"code":"IRN'
code 2025-04-12 "Treasury Secretary Scott Bessent criticised China over its export controls."
has_event "2025-04-12 USAGOV 111 CHN" '"source":{"code":"USAGOV' '"target":{"code":"CHN' '"cameo":"111'
code 2025-05-12 "Scott Bessent met Chinese Vice Premier He Lifeng in Geneva for trade talks."
has_event "2025-05-12 USAGOV 04 CHNGOV" '"source":{"code":"USAGOV' '"target":{"code":"CHNGOV' '"cameo":"04'
code 2025-03-10 "Commerce Secretary Howard Lutnick threatened Canada with higher tariffs."
has_event "2025-03-10 USAGOV 13 CAN" '"source":{"code":"USAGOV' '"target":{"code":"CAN' '"cameo":"13'
code 2025-03-20 "Attorney General Pam Bondi accused Venezuela's Tren de Aragua gang of invading the United States."
has_event "2025-03-20 USAGOV 112 no one" '"source":{"code":"USAGOV' '"cameo":"112'
code 2025-04-15 "Health Secretary Robert F. Kennedy Jr. criticised the World Health Organization."
has_event "2025-04-15 USAGOV 111 IGOUNOHLHWHO" '"source":{"code":"USAGOV' '"target":{"code":"IGOUNOHLHWHO' '"cameo":"111'
code 2025-04-07 "White House trade adviser Peter Navarro criticised Elon Musk."
has_event "2025-04-07 USAGOV 111 no one" '"source":{"code":"USAGOV' '"cameo":"111'
code 2025-02-05 "Border czar Tom Homan threatened to arrest officials who obstruct deportations."
has_event "2025-02-05 USAGOV 1 no one" '"source":{"code":"USAGOV' '"cameo":"1'
code 2023-11-10 "Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng in San Francisco."
has_event "2023-11-10 USAGOV 04 CHNGOV" '"source":{"code":"USAGOV' '"target":{"code":"CHNGOV' '"cameo":"04'
lacks_event "2023-11-10 not source ---GOVBUS" '"source":{"code":"---GOVBUS"'
code 2023-08-28 "Commerce Secretary Gina Raimondo arrived in Beijing for talks with Chinese officials."
has_event "2023-08-28 USAGOV 04 CHN" '"source":{"code":"USAGOV' '"target":{"code":"CHN' '"cameo":"04'
code 2022-03-30 "US Trade Representative Katherine Tai met Japan's trade minister."
has_event "2022-03-30 USAGOV 04 JPNGOV" '"source":{"code":"USAGOV' '"target":{"code":"JPNGOV' '"cameo":"04'
code 2024-01-10 "Senate Majority Leader Chuck Schumer urged Israel to hold new elections."
has_event "2024-01-10 USALEG 0 ISR" '"source":{"code":"USALEG' '"target":{"code":"ISR' '"cameo":"0'
lacks_event "2024-01-10 not source ---LEG" '"source":{"code":"---LEG"'
code 2024-03-14 "Chuck Schumer called on Netanyahu to hold new elections."
has_event "2024-03-14 USALEG 0 ISRGOV" '"source":{"code":"USALEG' '"target":{"code":"ISRGOV' '"cameo":"0'
code 2024-07-24 "House Speaker Mike Johnson criticised Kamala Harris over border policy."
has_event "2024-07-24 USALEG 111 USAGOV" '"source":{"code":"USALEG' '"target":{"code":"USAGOV' '"cameo":"111'
code 2023-05-30 "Senate Republican leader Mitch McConnell praised the debt deal with Biden."
has_event "2023-05-30 USALEG 051 USAGOV" '"source":{"code":"USALEG' '"target":{"code":"USAGOV' '"cameo":"051'
code 2023-02-01 "House Speaker Kevin McCarthy met Biden at the White House to discuss the debt limit."
has_event "2023-02-01 USALEG 04 USAGOV" '"source":{"code":"USALEG' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-04-01 "Senator Bernie Sanders criticised Trump over the tariffs."
has_event "2025-04-01 USALEG 111 USAGOV" '"source":{"code":"USALEG' '"target":{"code":"USAGOV' '"cameo":"111'
code 2025-03-14 "Senate Majority Leader John Thune praised Trump."
has_event "2025-03-14 USALEG 051 USAGOV" '"source":{"code":"USALEG' '"target":{"code":"USAGOV' '"cameo":"051'
code 2025-10-20 "House Democratic leader Hakeem Jeffries criticised Trump over the shutdown."
has_event "2025-10-20 USALEG 111 USAGOV" '"source":{"code":"USALEG' '"target":{"code":"USAGOV' '"cameo":"111'
code 2025-03-28 "Greenland's Prime Minister Mute Egede criticised the visit of JD Vance."
has_event "2025-03-28 GRLGOV 111 USAGOV" '"source":{"code":"GRLGOV' '"target":{"code":"USAGOV' '"cameo":"111'
code 2025-04-27 "Greenland's Prime Minister Jens-Frederik Nielsen met Danish Prime Minister Mette Frederiksen in Nuuk."
has_event "2025-04-27 GRLGOV 04 DNKGOV" '"source":{"code":"GRLGOV' '"target":{"code":"DNKGOV' '"cameo":"04'
code 2025-01-10 "Denmark rejected Trump's demand to buy Greenland."
has_event "2025-01-10 DNK 12 USAELI" '"source":{"code":"DNK' '"target":{"code":"USAELI' '"cameo":"12'
code 2025-01-10 "Danish Prime Minister Mette Frederiksen rejected Trump's demand to buy Greenland."
has_event "2025-01-10 DNKGOV 12 USAELI" '"source":{"code":"DNKGOV' '"target":{"code":"USAELI' '"cameo":"12'
code 2022-03-01 "Kyiv Mayor Vitaly Klitschko appealed to NATO for help."
has_event "2022-03-01 UKRGOV 0 IGOWSTNAT" '"source":{"code":"UKRGOV' '"target":{"code":"IGOWSTNAT' '"cameo":"0'
code 2023-06-14 "RSF leader Mohamed Hamdan Daglo accused the army of attacking civilians."
has_event "2023-06-14 SDNREB 112 no one" '"source":{"code":"SDNREB' '"cameo":"112'
code 2021-09-15 "Taliban Prime Minister Mohammad Hassan Akhund met Pakistan's foreign minister in Kabul."
has_event "2021-09-15 AFGGOV 04 PAKGOV" '"source":{"code":"AFGGOV' '"target":{"code":"PAKGOV' '"cameo":"04'
code 2024-03-20 "US envoy for Sudan Tom Perriello met Burhan in Port Sudan."
has_event "2024-03-20 USAGOV 04 SDNGOV" '"source":{"code":"USAGOV' '"target":{"code":"SDNGOV' '"cameo":"04'
code 2020-07-15 "Taliban fighters attacked an army checkpoint in Kunduz province."
has_event "2020-07-15 AFGREB 19 no one" '"source":{"code":"AFGREB' '"cameo":"19'
lacks_event "2020-07-15 not source AFGGOV" '"source":{"code":"AFGGOV"'
code 2022-07-20 "The Taliban government criticised Pakistan over air strikes."
has_event "2022-07-20 AFGGOV 111 PAK" '"source":{"code":"AFGGOV' '"target":{"code":"PAK' '"cameo":"111'
lacks_event "2022-07-20 not source AFGREB" '"source":{"code":"AFGREB"'
code 2023-06-20 "Labour leader Keir Starmer criticised Rishi Sunak over immigration."
has_event "2023-06-20 GBROPP 111 GBRGOV" '"source":{"code":"GBROPP' '"target":{"code":"GBRGOV' '"cameo":"111'
lacks_event "2023-06-20 not source GBRGOV" '"source":{"code":"GBRGOV"'
code 2024-12-05 "Prime Minister Keir Starmer met Ukrainian President Volodymyr Zelensky in London."
has_event "2024-12-05 GBRGOV 04 UKRGOV" '"source":{"code":"GBRGOV' '"target":{"code":"UKRGOV' '"cameo":"04'
lacks_event "2024-12-05 not source GBROPP" '"source":{"code":"GBROPP"'
code 2024-11-20 "Conservative leader Friedrich Merz criticised Chancellor Olaf Scholz over his call with Putin."
has_event "2024-11-20 DEUOPP 111 DEUGOV" '"source":{"code":"DEUOPP' '"target":{"code":"DEUGOV' '"cameo":"111'
lacks_event "2024-11-20 not source DEUGOV" '"source":{"code":"DEUGOV"'
code 2025-05-23 "Chancellor Friedrich Merz met Zelensky in Berlin."
has_event "2025-05-23 DEUGOV 04 UKRGOV" '"source":{"code":"DEUGOV' '"target":{"code":"UKRGOV' '"cameo":"04'
lacks_event "2025-05-23 not source DEUOPP" '"source":{"code":"DEUOPP"'
code 2024-03-08 "Taiwan's Vice President Lai Ching-te criticised China's military pressure."
has_event "2024-03-08 TWNGOV 111 CHN" '"source":{"code":"TWNGOV' '"target":{"code":"CHN' '"cameo":"111'
code 2024-06-10 "President Lai Ching-te thanked the United States for its support."
has_event "2024-06-10 TWNGOV 0 USA" '"source":{"code":"TWNGOV' '"target":{"code":"USA' '"cameo":"0'
code 2024-05-20 "China condemned Lai Ching-te's inauguration speech."
has_event "2024-05-20 CHN 1 TWNGOV" '"source":{"code":"CHN' '"target":{"code":"TWNGOV' '"cameo":"1'
code 2025-03-01 "Former Taiwanese President Tsai Ing-wen met Lithuanian lawmakers in Vilnius."
has_event "2025-03-01 TWNELI 04 LTULEG" '"source":{"code":"TWNELI' '"target":{"code":"LTULEG' '"cameo":"04'
lacks_event "2025-03-01 not source TWNGOV" '"source":{"code":"TWNGOV"'
code 2024-10-15 "Opposition leader Lee Jae-myung criticised President Yoon Suk Yeol."
has_event "2024-10-15 KOROPP 111 KORGOV" '"source":{"code":"KOROPP' '"target":{"code":"KORGOV' '"cameo":"111'
lacks_event "2024-10-15 not source KORGOV" '"source":{"code":"KORGOV"'
code 2025-07-01 "President Lee Jae-myung called on North Korea to resume dialogue."
has_event "2025-07-01 KORGOV 0 PRK" '"source":{"code":"KORGOV' '"target":{"code":"PRK' '"cameo":"0'
lacks_event "2025-07-01 not source KOROPP" '"source":{"code":"KOROPP"'
code 2024-09-20 "Prime Minister Fumio Kishida met Biden in Wilmington."
has_event "2024-09-20 JPNGOV 04 USAGOV" '"source":{"code":"JPNGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-11-10 "Chinese foreign ministry spokesman Lin Jian criticised Prime Minister Sanae Takaichi over her remarks on Taiwan."
has_event "2025-11-10 CHNGOV 111 JPNGOV" '"source":{"code":"CHNGOV' '"target":{"code":"JPNGOV' '"cameo":"111'
code 2025-01-15 "Canadian Prime Minister Justin Trudeau criticised Trump's tariff threat."
has_event "2025-01-15 CANGOV 111 USAELI" '"source":{"code":"CANGOV' '"target":{"code":"USAELI' '"cameo":"111'
lacks_event "2025-01-15 not target USAGOV" '"target":{"code":"USAGOV"'
code 2025-05-06 "Mark Carney told Trump that Canada was not for sale."
has_event "2025-05-06 CANGOV 0 USAGOV" '"source":{"code":"CANGOV' '"target":{"code":"USAGOV' '"cameo":"0'
code 2025-03-20 "Polish President Andrzej Duda met Trump in Washington."
has_event "2025-03-20 POLGOV 04 USAGOV" '"source":{"code":"POLGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-09-03 "President Karol Nawrocki met Trump at the White House."
has_event "2025-09-03 POLGOV 04 USAGOV" '"source":{"code":"POLGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2024-10-10 "French Prime Minister Michel Barnier met Italian Prime Minister Giorgia Meloni in Rome."
has_event "2024-10-10 FRAGOV 04 ITAGOV" '"source":{"code":"FRAGOV' '"target":{"code":"ITAGOV' '"cameo":"04'
code 2025-02-01 "French Prime Minister Francois Bayrou criticised Trump over tariffs."
has_event "2025-02-01 FRAGOV 111 USAGOV" '"source":{"code":"FRAGOV' '"target":{"code":"USAGOV' '"cameo":"111'
code 2025-03-10 "Mexican President Claudia Sheinbaum praised Trump after he delayed tariffs."
has_event "2025-03-10 MEXGOV 051 USAGOV" '"source":{"code":"MEXGOV' '"target":{"code":"USAGOV' '"cameo":"051'
code 2024-08-15 "President Andres Manuel Lopez Obrador criticised the US ambassador."
has_event "2024-08-15 MEXGOV 111 USAGOV" '"source":{"code":"MEXGOV' '"target":{"code":"USAGOV' '"cameo":"111'
code 2024-11-18 "Indonesian President Prabowo Subianto met Biden at the G20 summit in Rio."
has_event "2024-11-18 IDNGOV 04 USAGOV" '"source":{"code":"IDNGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2023-11-20 "Defence Minister Prabowo Subianto met his Chinese counterpart in Beijing."
has_event "2023-11-20 IDNGOV 04 CHNGOV" '"source":{"code":"IDNGOV' '"target":{"code":"CHNGOV' '"cameo":"04'
code 2024-08-20 "Muhammad Yunus asked India to extradite Sheikh Hasina."
has_event "2024-08-20 BGDGOV 02 IND" '"source":{"code":"BGDGOV' '"target":{"code":"IND' '"cameo":"02'
code 2024-06-21 "Prime Minister Sheikh Hasina met Narendra Modi in New Delhi."
has_event "2024-06-21 BGDGOV 04 INDGOV" '"source":{"code":"BGDGOV' '"target":{"code":"INDGOV' '"cameo":"04'
code 2025-03-01 "Lebanese President Joseph Aoun met Saudi Crown Prince Mohammed bin Salman in Riyadh."
has_event "2025-03-01 LBNGOV 04 SAUGOV" '"source":{"code":"LBNGOV' '"target":{"code":"SAUGOV' '"cameo":"04'
code 2024-10-20 "Lebanese army chief Joseph Aoun met US envoy Amos Hochstein."
has_event "2024-10-20 LBNMIL 04 USAGOV" '"source":{"code":"LBNMIL' '"target":{"code":"USAGOV' '"cameo":"04'
lacks_event "2024-10-20 not source LBNGOV" '"source":{"code":"LBNGOV"'
code 2025-02-20 "Prime Minister Nawaf Salam met the Emir of Qatar in Doha."
has_event "2025-02-20 LBNGOV 04 QATGOV" '"source":{"code":"LBNGOV' '"target":{"code":"QATGOV' '"cameo":"04'
code 2024-06-01 "Israeli Defence Minister Yoav Gallant met US Defense Secretary Lloyd Austin."
has_event "2024-06-01 ISRGOV 04 USAGOV" '"source":{"code":"ISRGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-03-20 "Defence Minister Israel Katz threatened Hamas with more strikes."
has_event "2025-03-20 ISRGOV 1 PSEREB" '"source":{"code":"ISRGOV' '"target":{"code":"PSEREB' '"cameo":"1'
code 2025-02-15 "Foreign Minister Gideon Saar criticised Turkey."
has_event "2025-02-15 ISRGOV 111 TUR" '"source":{"code":"ISRGOV' '"target":{"code":"TUR' '"cameo":"111'
code 2025-08-20 "Army chief Eyal Zamir warned Netanyahu against occupying all of Gaza."
has_event "2025-08-20 ISRMIL 1 ISRGOV" '"source":{"code":"ISRMIL' '"target":{"code":"ISRGOV' '"cameo":"1'
code 2025-06-13 "Iranian President Masoud Pezeshkian vowed revenge against Israel."
has_event "2025-06-13 IRNGOV 1 ISR" '"source":{"code":"IRNGOV' '"target":{"code":"ISR' '"cameo":"1'
code 2025-06-20 "Iranian Foreign Minister Abbas Araghchi met European ministers in Geneva."
has_event "2025-06-20 IRNGOV 04 no one" '"source":{"code":"IRNGOV' '"cameo":"04'
code 2024-02-10 "Iranian Foreign Minister Hossein Amir-Abdollahian met Hamas leader Ismail Haniyeh in Doha."
has_event "2024-02-10 IRNGOV 04 PSEREB" '"source":{"code":"IRNGOV' '"target":{"code":"PSEREB' '"cameo":"04'
code 2024-04-20 "President Ebrahim Raisi warned Israel against any attack on Iran."
has_event "2024-04-20 IRNGOV 1 ISR" '"source":{"code":"IRNGOV' '"target":{"code":"ISR' '"cameo":"1'
code 2024-10-18 "Hamas official Khalil al-Hayya said Yahya Sinwar had been killed by Israeli forces."
has_event "2024-10-18 PSEREB 112 ISRMIL" '"source":{"code":"PSEREB' '"target":{"code":"ISRMIL' '"cameo":"112'
code 2024-06-10 "Hamas leader Yahya Sinwar rejected the Israeli proposal."
has_event "2024-06-10 PSEREB 12 ISR" '"source":{"code":"PSEREB' '"target":{"code":"ISR' '"cameo":"12'
code 2024-08-25 "Hassan Nasrallah said Hezbollah had fired hundreds of rockets at Israel."
has_event "2024-08-25 LBNREB 19 ISR" '"source":{"code":"LBNREB' '"target":{"code":"ISR' '"cameo":"19'
code 2024-03-15 "Houthi leader Abdul-Malik al-Houthi threatened the United States."
has_event "2024-03-15 YEMREB 13 USA" '"source":{"code":"YEMREB' '"target":{"code":"USA' '"cameo":"13'
code 2025-05-15 "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Witkoff in Doha."
has_event "2025-05-15 QATGOV 04 USAGOV" '"source":{"code":"QATGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2024-08-15 "Egyptian Foreign Minister Badr Abdelatty met Blinken in Cairo."
has_event "2024-08-15 EGYGOV 04 USAGOV" '"source":{"code":"EGYGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-09-15 "Egyptian President Abdel Fattah al-Sisi criticised Israel over the strike on Doha."
has_event "2025-09-15 EGYGOV 111 ISR" '"source":{"code":"EGYGOV' '"target":{"code":"ISR' '"cameo":"111'
code 2024-09-10 "UNRWA chief Philippe Lazzarini criticised Israel."
has_event "2024-09-10 IGOUNO 111 ISR" '"source":{"code":"IGOUNO' '"target":{"code":"ISR' '"cameo":"111'
code 2024-05-26 "Israeli strikes on a camp in Rafah killed dozens of Palestinians, the Gaza health ministry said."
has_event "2024-05-26 ISR 19 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"19'
code 2025-01-10 "Syrian Foreign Minister Asaad al-Shaibani met Jordanian Foreign Minister Ayman Safadi in Amman."
has_event "2025-01-10 SYRGOV 04 JORGOV" '"source":{"code":"SYRGOV' '"target":{"code":"JORGOV' '"cameo":"04'
code 2025-02-20 "Syrian President Ahmed al-Shara met Turkish President Recep Tayyip Erdogan in Ankara."
has_event "2025-02-20 SYRGOV 04 TURGOV" '"source":{"code":"SYRGOV' '"target":{"code":"TURGOV' '"cameo":"04'
code 2023-05-19 "Syrian President Bashar al-Assad attended the Arab League summit in Jeddah, hosted by Saudi Arabia."
has_event "2023-05-19 SYRGOV 04 no one" '"source":{"code":"SYRGOV' '"cameo":"04'
code 2025-03-10 "Kurdish SDF commander Mazloum Abdi signed an agreement with Ahmed al-Sharaa."
has_event "2025-03-10 SYRREB 057 SYRGOV" '"source":{"code":"SYRREB' '"target":{"code":"SYRGOV' '"cameo":"057'
code 2024-05-15 "Sudan's army chief Abdel Fattah al-Burhan rejected talks with the RSF."
has_event "2024-05-15 SDNGOV 12 SDNREB" '"source":{"code":"SDNGOV' '"target":{"code":"SDNREB' '"cameo":"12'
code 2023-08-01 "Niger's junta leader General Abdourahamane Tiani warned ECOWAS against military intervention."
has_event "2023-08-01 NERGOV 1 IGOWAFWAS" '"source":{"code":"NERGOV' '"target":{"code":"IGOWAFWAS' '"cameo":"1'
code 2023-06-01 "Nigerien President Mohamed Bazoum met French President Emmanuel Macron in Paris."
has_event "2023-06-01 NERGOV 04 FRAGOV" '"source":{"code":"NERGOV' '"target":{"code":"FRAGOV' '"cameo":"04'
code 2024-02-01 "Burkina Faso's Captain Ibrahim Traore met Russian officials."
has_event "2024-02-01 BFAGOV 04 RUSGOV" '"source":{"code":"BFAGOV' '"target":{"code":"RUSGOV' '"cameo":"04'
code 2022-09-01 "Burkina Faso's President Paul-Henri Sandaogo Damiba met the ECOWAS mediator."
has_event "2022-09-01 BFAGOV 04 IGOWAFWAS" '"source":{"code":"BFAGOV' '"target":{"code":"IGOWAFWAS' '"cameo":"04'
code 2024-08-04 "Mali cut diplomatic ties with Ukraine after Kyiv suggested it had helped Tuareg rebels."
has_event "2024-08-04 MLI 16 UKR" '"source":{"code":"MLI' '"target":{"code":"UKR' '"cameo":"16'
code 2025-03-30 "Myanmar junta chief Min Aung Hlaing met Thai Prime Minister Paetongtarn Shinawatra in Bangkok."
has_event "2025-03-30 MMRGOV 04 THAGOV" '"source":{"code":"MMRGOV' '"target":{"code":"THAGOV' '"cameo":"04'
lacks_event "2025-03-30 not source MMRMIL" '"source":{"code":"MMRMIL"'
code 2020-11-10 "Myanmar's military chief Min Aung Hlaing criticised the election commission."
has_event "2020-11-10 MMRMIL 111 no one" '"source":{"code":"MMRMIL' '"cameo":"111'
lacks_event "2020-11-10 not source MMRGOV" '"source":{"code":"MMRGOV"'
code 2023-12-20 "The Arakan Army attacked junta troops in Rakhine State."
has_event "2023-12-20 MMRREB 19 MMR" '"source":{"code":"MMRREB' '"target":{"code":"MMR' '"cameo":"19'
code 2024-06-10 "Ethiopian Prime Minister Abiy Ahmed met Eritrean President Isaias Afwerki."
has_event "2024-06-10 ETHGOV 04 ERIGOV" '"source":{"code":"ETHGOV' '"target":{"code":"ERIGOV' '"cameo":"04'
code 2021-06-28 "Tigrayan forces captured Mekelle from the Ethiopian army."
has_event "2021-06-28 ETHREB 19 ETHMIL" '"source":{"code":"ETHREB' '"target":{"code":"ETHMIL' '"cameo":"19'
lacks_event "2021-06-28 not source ETHMIL" '"source":{"code":"ETHMIL"'
code 2025-03-01 "Congolese President Felix Tshisekedi met Kenyan President William Ruto."
has_event "2025-03-01 CODGOV 04 KENGOV" '"source":{"code":"CODGOV' '"target":{"code":"KENGOV' '"cameo":"04'
code 2025-02-20 "Rwandan President Paul Kagame criticised Belgium."
has_event "2025-02-20 RWAGOV 111 BEL" '"source":{"code":"RWAGOV' '"target":{"code":"BEL' '"cameo":"111'
code 2024-10-15 "Kenyan President William Ruto visited Haiti."
has_event "2024-10-15 KENGOV 04 HTI" '"source":{"code":"KENGOV' '"target":{"code":"HTI' '"cameo":"04'
code 2024-08-10 "Venezuelan President Nicolas Maduro accused the United States of plotting a coup."
has_event "2024-08-10 VENGOV 112 USA" '"source":{"code":"VENGOV' '"target":{"code":"USA' '"cameo":"112'
code 2024-08-10 "Opposition leader Maria Corina Machado urged the army to abandon Maduro."
has_event "2024-08-10 VENOPP 0 VENMIL" '"source":{"code":"VENOPP' '"target":{"code":"VENMIL' '"cameo":"0'
code 2025-01-10 "Opposition candidate Edmundo Gonzalez met Biden at the White House."
has_event "2025-01-10 VENOPP 04 USAGOV" '"source":{"code":"VENOPP' '"target":{"code":"USAGOV' '"cameo":"04'
code 2026-01-05 "Delcy Rodriguez criticised the United States over the capture of Maduro."
has_event "2026-01-05 VENGOV 111 USA" '"source":{"code":"VENGOV' '"target":{"code":"USA' '"cameo":"111'
code 2025-10-15 "Colombian President Gustavo Petro accused Trump of murder."
has_event "2025-10-15 COLGOV 112 USAGOV" '"source":{"code":"COLGOV' '"target":{"code":"USAGOV' '"cameo":"112'
code 2025-04-20 "Chinese President Xi Jinping met Malaysian Prime Minister Anwar Ibrahim in Kuala Lumpur."
has_event "2025-04-20 CHNGOV 04 MYSGOV" '"source":{"code":"CHNGOV' '"target":{"code":"MYSGOV' '"cameo":"04'
code 2023-04-06 "Chinese President Xi Jinping met Emmanuel Macron in Beijing."
has_event "2023-04-06 CHNGOV 04 FRAGOV" '"source":{"code":"CHNGOV' '"target":{"code":"FRAGOV' '"cameo":"04'
code 2024-03-07 "Chinese Foreign Minister Wang Yi criticised the United States over Taiwan."
has_event "2024-03-07 CHNGOV 111 USA" '"source":{"code":"CHNGOV' '"target":{"code":"USA' '"cameo":"111'
code 2023-06-20 "Foreign Minister Qin Gang met Blinken in Beijing."
has_event "2023-06-20 CHNGOV 04 USAGOV" '"source":{"code":"CHNGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-04-10 "Chinese Premier Li Qiang criticised US tariffs."
has_event "2025-04-10 CHNGOV 111 USA" '"source":{"code":"CHNGOV' '"target":{"code":"USA' '"cameo":"111'
code 2024-05-31 "Chinese Defence Minister Dong Jun met US Defense Secretary Lloyd Austin in Singapore."
has_event "2024-05-31 CHNGOV 04 USAGOV" '"source":{"code":"CHNGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2024-06-20 "North Korean leader Kim Jong Un praised Russia."
has_event "2024-06-20 PRKGOV 051 RUS" '"source":{"code":"PRKGOV' '"target":{"code":"RUS' '"cameo":"051'
code 2024-10-10 "Kim Yo Jong accused South Korea of sending drones over Pyongyang."
has_event "2024-10-10 PRKGOV 112 KOR" '"source":{"code":"PRKGOV' '"target":{"code":"KOR' '"cameo":"112'
code 2024-11-01 "North Korean Foreign Minister Choe Son Hui met Lavrov in Moscow."
has_event "2024-11-01 PRKGOV 04 RUSGOV" '"source":{"code":"PRKGOV' '"target":{"code":"RUSGOV' '"cameo":"04'
code 2025-05-12 "Indian Prime Minister Narendra Modi warned Pakistan against further attacks."
has_event "2025-05-12 INDGOV 1 PAK" '"source":{"code":"INDGOV' '"target":{"code":"PAK' '"cameo":"1'
code 2025-05-10 "Pakistani Prime Minister Shehbaz Sharif thanked Trump for brokering the ceasefire."
has_event "2025-05-10 PAKGOV 0 USAGOV" '"source":{"code":"PAKGOV' '"target":{"code":"USAGOV' '"cameo":"0'
code 2025-05-15 "Indian Foreign Minister Subrahmanyam Jaishankar criticised Pakistan."
has_event "2025-05-15 INDGOV 111 PAK" '"source":{"code":"INDGOV' '"target":{"code":"PAK' '"cameo":"111'
code 2025-06-18 "Trump hosted Pakistan's army chief Asim Munir for lunch at the White House."
has_event "2025-06-18 USAGOV 04 PAKMIL" '"source":{"code":"USAGOV' '"target":{"code":"PAKMIL' '"cameo":"04'
code 2024-05-10 "Jailed former prime minister Imran Khan criticised the army."
has_event "2024-05-10 PAKOPP 111 no one" '"source":{"code":"PAKOPP' '"cameo":"111'
code 2023-09-25 "Armenian Prime Minister Nikol Pashinyan criticised Russia."
has_event "2023-09-25 ARMGOV 111 RUS" '"source":{"code":"ARMGOV' '"target":{"code":"RUS' '"cameo":"111'
code 2024-11-12 "Azerbaijani President Ilham Aliyev criticised France at the climate summit in Baku."
has_event "2024-11-12 AZEGOV 111 FRA" '"source":{"code":"AZEGOV' '"target":{"code":"FRA' '"cameo":"111'
code 2024-06-15 "EU foreign policy chief Josep Borrell criticised Hungary."
has_event "2024-06-15 IGOEUREEC 111 HUN" '"source":{"code":"IGOEUREEC' '"target":{"code":"HUN' '"cameo":"111'
code 2025-02-20 "EU foreign policy chief Kaja Kallas criticised Russia."
has_event "2025-02-20 IGOEUREEC 111 RUS" '"source":{"code":"IGOEUREEC' '"target":{"code":"RUS' '"cameo":"111'
lacks_event "2025-02-20 not source ESTGOV" '"source":{"code":"ESTGOV"'
code 2024-06-15 "Estonian Prime Minister Kaja Kallas criticised Russia."
has_event "2024-06-15 ESTGOV 111 RUS" '"source":{"code":"ESTGOV' '"target":{"code":"RUS' '"cameo":"111'
lacks_event "2024-06-15 not source IGOEUREEC" '"source":{"code":"IGOEUREEC"'
code 2025-03-20 "European Council President Antonio Costa met Zelensky in Brussels."
has_event "2025-03-20 IGOEUREEC 04 UKRGOV" '"source":{"code":"IGOEUREEC' '"target":{"code":"UKRGOV' '"cameo":"04'
lacks_event "2025-03-20 not source PRTGOV" '"source":{"code":"PRTGOV"'
code 2023-06-01 "Portuguese Prime Minister Antonio Costa met Zelensky in Kyiv."
has_event "2023-06-01 PRTGOV 04 UKRGOV" '"source":{"code":"PRTGOV' '"target":{"code":"UKRGOV' '"cameo":"04'
lacks_event "2023-06-01 not source IGOEUREEC" '"source":{"code":"IGOEUREEC"'
code 2024-03-10 "European Commission President Ursula von der Leyen met Egyptian President Abdel Fattah al-Sisi in Cairo."
has_event "2024-03-10 IGOEUREEC 04 EGYGOV" '"source":{"code":"IGOEUREEC' '"target":{"code":"EGYGOV' '"cameo":"04'
code 2025-05-10 "NATO Secretary General Mark Rutte criticised Russia."
has_event "2025-05-10 IGOWSTNAT 111 RUS" '"source":{"code":"IGOWSTNAT' '"target":{"code":"RUS' '"cameo":"111'
lacks_event "2025-05-10 not source NLDGOV" '"source":{"code":"NLDGOV"'
code 2024-04-10 "Dutch Prime Minister Mark Rutte met Zelensky in Kharkiv."
has_event "2024-04-10 NLDGOV 04 UKRGOV" '"source":{"code":"NLDGOV' '"target":{"code":"UKRGOV' '"cameo":"04'
lacks_event "2024-04-10 not source IGOWSTNAT" '"source":{"code":"IGOWSTNAT"'
code 2024-06-10 "NATO Secretary General Jens Stoltenberg criticised China."
has_event "2024-06-10 IGOWSTNAT 111 CHN" '"source":{"code":"IGOWSTNAT' '"target":{"code":"CHN' '"cameo":"111'
code 2025-06-10 "UN Secretary-General Antonio Guterres criticised Israel over aid to Gaza."
has_event "2025-06-10 IGOUNO 111 ISR" '"source":{"code":"IGOUNO' '"target":{"code":"ISR' '"cameo":"111'
code 2025-03-05 "IAEA chief Rafael Grossi met Iranian Foreign Minister Abbas Araghchi in Tehran."
has_event "2025-03-05 IGOUNOIAE 04 IRNGOV" '"source":{"code":"IGOUNOIAE' '"target":{"code":"IRNGOV' '"cameo":"04'
code 2024-11-25 "The ICC issued arrest warrants for Netanyahu and Gallant."
has_event "2024-11-25 IGOJUDICC 17 ISRGOV" '"source":{"code":"IGOJUDICC' '"target":{"code":"ISRGOV' '"cameo":"17'
code 2024-06-01 "Turkish President Recep Tayyip Erdogan criticised Israel."
has_event "2024-06-01 TURGOV 111 ISR" '"source":{"code":"TURGOV' '"target":{"code":"ISR' '"cameo":"111'
code 2025-03-01 "Turkish Foreign Minister Hakan Fidan met Sybiha in Ankara."
has_event "2025-03-01 TURGOV 04 UKRGOV" '"source":{"code":"TURGOV' '"target":{"code":"UKRGOV' '"cameo":"04'
code 2025-04-10 "Kremlin spokesman Dmitry Peskov criticised the European Union."
has_event "2025-04-10 RUSGOV 111 IGOEUREEC" '"source":{"code":"RUSGOV' '"target":{"code":"IGOEUREEC' '"cameo":"111'
code 2025-04-10 "Foreign ministry spokeswoman Maria Zakharova criticised France."
has_event "2025-04-10 RUSGOV 111 FRA" '"source":{"code":"RUSGOV' '"target":{"code":"FRA' '"cameo":"111'
code 2024-06-01 "Defence Minister Andrei Belousov met his Chinese counterpart Dong Jun."
has_event "2024-06-01 RUSGOV 04 CHNGOV" '"source":{"code":"RUSGOV' '"target":{"code":"CHNGOV' '"cameo":"04'
code 2025-05-16 "Russian presidential aide Vladimir Medinsky met the Ukrainian delegation in Istanbul."
has_event "2025-05-16 RUSGOV 04 UKR" '"source":{"code":"RUSGOV' '"target":{"code":"UKR' '"cameo":"04'
code 2025-09-10 "Ukrainian Prime Minister Yulia Svyrydenko met Ursula von der Leyen in Brussels."
has_event "2025-09-10 UKRGOV 04 IGOEUREEC" '"source":{"code":"UKRGOV' '"target":{"code":"IGOEUREEC' '"cameo":"04'
code 2024-05-20 "Ukrainian Foreign Minister Dmytro Kuleba met Blinken in Kyiv."
has_event "2024-05-20 UKRGOV 04 USAGOV" '"source":{"code":"UKRGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-02-20 "Defence Minister Rustem Umerov met Hegseth in Brussels."
has_event "2025-02-20 UKRGOV 04 USAGOV" '"source":{"code":"UKRGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-11-20 "Rustem Umerov met Witkoff in Miami."
has_event "2025-11-20 UKRGOV 04 USAGOV" '"source":{"code":"UKRGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-02-10 "Vice President JD Vance met Ukrainian President Volodymyr Zelensky in Munich."
has_event "2025-02-10 USAGOV 04 UKRGOV" '"source":{"code":"USAGOV' '"target":{"code":"UKRGOV' '"cameo":"04'
code 2024-07-20 "Senator JD Vance criticised Ukraine."
has_event "2024-07-20 USALEG 111 UKR" '"source":{"code":"USALEG' '"target":{"code":"UKR' '"cameo":"111'
lacks_event "2024-07-20 not source USAGOV" '"source":{"code":"USAGOV"'
code 2024-10-10 "Fox News host Pete Hegseth criticised the Pentagon."
has_event "2024-10-10 USAMED 111 USAMIL" '"source":{"code":"USAMED' '"target":{"code":"USAMIL' '"cameo":"111'
lacks_event "2024-10-10 not source USAGOV" '"source":{"code":"USAGOV"'
code 2025-02-10 "Secretary of State Marco Rubio met Israeli Prime Minister Benjamin Netanyahu in Jerusalem."
has_event "2025-02-10 USAGOV 04 ISRGOV" '"source":{"code":"USAGOV' '"target":{"code":"ISRGOV' '"cameo":"04'
code 2024-10-01 "Senator Marco Rubio criticised Iran."
has_event "2024-10-01 USALEG 111 IRN" '"source":{"code":"USALEG' '"target":{"code":"IRN' '"cameo":"111'
lacks_event "2024-10-01 not source USAGOV" '"source":{"code":"USAGOV"'
code 2024-11-20 "President-elect Donald Trump threatened Mexico and Canada with tariffs."
has_event "2024-11-20 USAELI 13 MEX" '"source":{"code":"USAELI' '"target":{"code":"MEX' '"cameo":"13'
lacks_event "2024-11-20 not source USAGOV" '"source":{"code":"USAGOV"'
code 2024-10-10 "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi."
has_event "2024-10-10 USAGOV 04 CHNGOV" '"source":{"code":"USAGOV' '"target":{"code":"CHNGOV' '"cameo":"04'
code 2025-02-01 "Former Secretary of State Antony Blinken criticised Trump."
has_event "2025-02-01 USAELI 111 USAGOV" '"source":{"code":"USAELI' '"target":{"code":"USAGOV' '"cameo":"111'
lacks_event "2025-02-01 not source USAGOV" '"source":{"code":"USAGOV"'
code 2025-08-10 "Former President Joe Biden criticised Trump."
has_event "2025-08-10 USAELI 111 USAGOV" '"source":{"code":"USAELI' '"target":{"code":"USAGOV' '"cameo":"111'
lacks_event "2025-08-10 not source USAGOV" '"source":{"code":"USAGOV"'
code 2024-08-01 "Vice President Kamala Harris met Israeli Prime Minister Benjamin Netanyahu."
has_event "2024-08-01 USAGOV 04 ISRGOV" '"source":{"code":"USAGOV' '"target":{"code":"ISRGOV' '"cameo":"04'
code 2023-04-08 "The People's Liberation Army launched drills around Taiwan after President Tsai Ing-wen met US House Speaker Kevin McCarthy."
has_event "2023-04-08 TWNGOV 040 USALEG" '"source":{"code":"TWNGOV' '"target":{"code":"USALEG' '"cameo":"040'
code 2025-06-15 "Interior Minister Alexander Dobrindt met his Polish counterpart in Berlin."
has_event "2025-06-15 DEUGOV 04 POLGOV" '"source":{"code":"DEUGOV' '"target":{"code":"POLGOV' '"cameo":"04'
code 2025-10-01 "Home Secretary Shabana Mahmood criticised France over small boat crossings."
has_event "2025-10-01 GBRGOV 111 FRA" '"source":{"code":"GBRGOV' '"target":{"code":"FRA' '"cameo":"111'
code 2025-07-10 "Brazilian Finance Minister Fernando Haddad criticised Trump over the tariffs."
has_event "2025-07-10 BRAGOV 111 USAGOV" '"source":{"code":"BRAGOV' '"target":{"code":"USAGOV' '"cameo":"111'
code 2025-06-20 "Defence Minister Yisrael Katz threatened Iran's supreme leader."
has_event "2025-06-20 ISRGOV 13 IRNGOV" '"source":{"code":"ISRGOV' '"target":{"code":"IRNGOV' '"cameo":"13'
code 2025-07-01 "German Economy Minister Katherina Reiche met US Commerce Secretary Howard Lutnick in Washington."
has_event "2025-07-01 DEUGOV 04 USAGOV" '"source":{"code":"DEUGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-05-20 "Britain's business secretary criticised China over steel exports."
has_event "2025-05-20 GBRGOV 111 CHN" '"source":{"code":"GBRGOV' '"target":{"code":"CHN' '"cameo":"111'
lacks_event "2025-05-20 not source GBRBUS" '"source":{"code":"GBRBUS"'
code 2023-06-12 "US Trade Representative Katherine Tai met Indian Trade Minister Piyush Goyal in New Delhi."
has_event "2023-06-12 USAGOV 04 INDGOV" '"source":{"code":"USAGOV' '"target":{"code":"INDGOV' '"cameo":"04'
lacks_event "2023-06-12 not source USA" '"source":{"code":"USA"'
code 2025-03-20 "US Health Secretary Robert F. Kennedy Jr. met Argentina's health minister in Buenos Aires."
has_event "2025-03-20 USAGOVHLH 04 ARGGOVHLH" '"source":{"code":"USAGOVHLH' '"target":{"code":"ARGGOVHLH' '"cameo":"04'
code 2025-06-10 "US Homeland Security Secretary Kristi Noem criticised Mexico."
has_event "2025-06-10 USAGOV 111 MEX" '"source":{"code":"USAGOV' '"target":{"code":"MEX' '"cameo":"111'
code 2022-09-05 "Gazprom accused Germany's Siemens of delaying repairs to a turbine."
has_event "2022-09-05 RUSBUS 112 DEU" '"source":{"code":"RUSBUS' '"target":{"code":"DEU' '"cameo":"112'
code 2025-01-01 "Naftogaz accused Gazprom of breaking the transit contract."
has_event "2025-01-01 UKRBUS 112 RUSBUS" '"source":{"code":"UKRBUS' '"target":{"code":"RUSBUS' '"cameo":"112'
code 2024-02-15 "M23 rebels attacked FARDC positions near Sake."
has_event "2024-02-15 CODREB 19 CODMIL" '"source":{"code":"CODREB' '"target":{"code":"CODMIL' '"cameo":"19'
code 2024-01-02 "The Tagaddum coalition signed a declaration with the RSF in Addis Ababa."
has_event "2024-01-02 SDNOPP 057 SDNREB" '"source":{"code":"SDNOPP' '"target":{"code":"SDNREB' '"cameo":"057'
code 2025-03-19 "Turkish police detained Istanbul Mayor Ekrem Imamoglu, the main rival of President Recep Tayyip Erdogan."
has_event "2025-03-19 TURCOP 173 TUROPP" '"source":{"code":"TURCOP' '"target":{"code":"TUROPP' '"cameo":"173'
code 2025-03-23 "Ekrem Imamoglu accused Erdogan of a political coup."
has_event "2025-03-23 TUROPP 112 TURGOV" '"source":{"code":"TUROPP' '"target":{"code":"TURGOV' '"cameo":"112'
code 2025-05-18 "Pope Leo XIV met Ukrainian President Volodymyr Zelensky at the Vatican."
has_event "2025-05-18 VATGOV 04 UKRGOV" '"source":{"code":"VATGOV' '"target":{"code":"UKRGOV' '"cameo":"04'
code 2025-10-01 "Moldovan President Maia Sandu accused Russia of interfering in the election."
has_event "2025-10-01 MDAGOV 112 RUS" '"source":{"code":"MDAGOV' '"target":{"code":"RUS' '"cameo":"112'
code 2024-12-01 "Georgian Prime Minister Irakli Kobakhidze accused the opposition of planning a revolution."
has_event "2024-12-01 GEOGOV 112 GEOOPP (the opposition at home)" '"source":{"code":"GEOGOV' '"target":{"code":"GEOOPP' '"cameo":"112'
code 2025-10-20 "Colonel Michael Randrianirina met the African Union envoy in Antananarivo."
has_event "2025-10-20 MDGGOV 04 IGOAFRAFU" '"source":{"code":"MDGGOV' '"target":{"code":"IGOAFRAFU' '"cameo":"04'
code 2025-11-10 "Bolivian President Rodrigo Paz met US Deputy Secretary of State Christopher Landau in La Paz."
has_event "2025-11-10 BOLGOV 04 USAGOV" '"source":{"code":"BOLGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-09-15 "Ecuadorean President Daniel Noboa accused drug gangs of plotting to kill him."
has_event "2025-09-15 ECUGOV 112 no one" '"source":{"code":"ECUGOV' '"cameo":"112'
code 2025-12-20 "Chile's president-elect Jose Antonio Kast met Argentine President Javier Milei in Buenos Aires."
has_event "2025-12-20 CHLOPP 04 ARGGOV" '"source":{"code":"CHLOPP' '"target":{"code":"ARGGOV' '"cameo":"04'
lacks_event "2025-12-20 not source CHLGOV" '"source":{"code":"CHLGOV"'
code 2024-12-20 "Ukrainian forces attacked North Korean troops in the Kursk region."
has_event "2024-12-20 UKRMIL 19 PRKMIL" '"source":{"code":"UKRMIL' '"target":{"code":"PRKMIL' '"cameo":"19'
code 2025-07-16 "Israel struck the Syrian Defence Ministry in Damascus, saying it was protecting the Druze."
has_event "2025-07-16 ISR 19 SYRGOVMIL" '"source":{"code":"ISR' '"target":{"code":"SYRGOVMIL' '"cameo":"19'
code 2025-07-16 "Syrian President Ahmed al-Sharaa accused Israel of trying to divide Syria."
has_event "2025-07-16 SYRGOV 112 ISR" '"source":{"code":"SYRGOV' '"target":{"code":"ISR' '"cameo":"112'
code 2025-03-10 "The Syrian Democratic Forces signed an agreement with the government in Damascus."
has_event "2025-03-10 SYRREB 057 SYRGOV" '"source":{"code":"SYRREB' '"target":{"code":"SYRGOV' '"cameo":"057'
code 2025-05-13 "Trump said he would lift sanctions on Syria after meeting Saudi Crown Prince Mohammed bin Salman."
has_event "2025-05-13 USAGOV 04 SAUGOV" '"source":{"code":"USAGOV' '"target":{"code":"SAUGOV' '"cameo":"04'
code 2024-09-17 "Hezbollah blamed Israel for the explosion of thousands of pagers across Lebanon."
has_event "2024-09-17 LBNREB 112 ISR" '"source":{"code":"LBNREB' '"target":{"code":"ISR' '"cameo":"112'
code 2025-07-07 "Houthi rebels attacked the cargo ship Magic Seas in the Red Sea."
has_event "2025-07-07 YEMREB 19 no one" '"source":{"code":"YEMREB' '"cameo":"19'
code 2025-05-07 "Pakistan said it shot down five Indian fighter jets."
has_event "2025-05-07 PAK 19 INDMIL" '"source":{"code":"PAK' '"target":{"code":"INDMIL' '"cameo":"19'
code 2025-09-26 "Venezuelan Foreign Minister Yvan Gil accused the United States of preparing an invasion."
has_event "2025-09-26 VENGOV 112 USA" '"source":{"code":"VENGOV' '"target":{"code":"USA' '"cameo":"112'
code 2025-11-22 "South African President Cyril Ramaphosa criticised the US boycott of the G20 summit."
has_event "2025-11-22 ZAFGOV 111 USA" '"source":{"code":"ZAFGOV' '"target":{"code":"USA' '"cameo":"111'
code 2024-10-23 "Modi met Chinese President Xi Jinping in Kazan on the sidelines of the BRICS summit."
has_event "2024-10-23 INDGOV 04 CHNGOV" '"source":{"code":"INDGOV' '"target":{"code":"CHNGOV' '"cameo":"04'
code 2025-08-31 "Modi met Xi Jinping in Tianjin at the Shanghai Cooperation Organisation summit."
has_event "2025-08-31 INDGOV 04 CHNGOV" '"source":{"code":"INDGOV' '"target":{"code":"CHNGOV' '"cameo":"04'
code 2025-10-30 "Tanzanian police fired on protesters in Dar es Salaam after the election."
has_event "2025-10-30 TZACOP 17 TZAOPP" '"source":{"code":"TZACOP' '"target":{"code":"TZAOPP' '"cameo":"17'
code 2024-07-20 "Kenyan police fired tear gas at protesters in Nairobi."
has_event "2024-07-20 KENCOP 1 KENOPP" '"source":{"code":"KENCOP' '"target":{"code":"KENOPP' '"cameo":"1'
code 2026-01-20 "Danish Prime Minister Mette Frederiksen warned Trump against any attempt to seize Greenland."
has_event "2026-01-20 DNKGOV 1 USAGOV" '"source":{"code":"DNKGOV' '"target":{"code":"USAGOV' '"cameo":"1'
code 2025-03-04 "Trump suspended military aid to Ukraine after his clash with Zelensky."
has_event "2025-03-04 USAGOV 1 UKR" '"source":{"code":"USAGOV' '"target":{"code":"UKR' '"cameo":"1'
code 2025-07-14 "Trump threatened Russia with tariffs if it did not agree to a ceasefire within 50 days."
has_event "2025-07-14 USAGOV 13 RUS" '"source":{"code":"USAGOV' '"target":{"code":"RUS' '"cameo":"13'
code 2025-10-22 "The United States imposed sanctions on Rosneft and Lukoil."
has_event "2025-10-22 USA 163 RUSBUS" '"source":{"code":"USA' '"target":{"code":"RUSBUS' '"cameo":"163'
code 2025-02-12 "Trump spoke with Putin by telephone and agreed to start talks on Ukraine."
has_event "2025-02-12 USAGOV 0 RUSGOV" '"source":{"code":"USAGOV' '"target":{"code":"RUSGOV' '"cameo":"0'
code 2025-12-02 "Putin met Steve Witkoff and Jared Kushner in the Kremlin."
has_event "2025-12-02 RUSGOV 04 USAGOV" '"source":{"code":"RUSGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-11-30 "Rubio met a Ukrainian delegation led by Rustem Umerov in Florida."
has_event "2025-11-30 USAGOV 04 UKR" '"source":{"code":"USAGOV' '"target":{"code":"UKR' '"cameo":"04'
code 2024-06-15 "Zelensky hosted a peace summit in Switzerland, which Russia was not invited to."
has_event "2024-06-15 UKRGOV 04 no one" '"source":{"code":"UKRGOV' '"cameo":"04'
code 2024-04-01 "An Israeli strike killed seven World Central Kitchen aid workers in Gaza."
has_event "2024-04-01 ISR 19 NGO" '"source":{"code":"ISR' '"target":{"code":"NGO' '"cameo":"19'
code 2024-04-01 "Israel bombed the Iranian consulate in Damascus, killing senior Revolutionary Guards commanders."
has_event "2024-04-01 ISR 19 IRN" '"source":{"code":"ISR' '"target":{"code":"IRN' '"cameo":"19'
code 2025-03-15 "The United States launched strikes against the Houthis in Yemen."
has_event "2025-03-15 USA 19 YEMREB" '"source":{"code":"USA' '"target":{"code":"YEMREB' '"cameo":"19'
code 2025-06-24 "Qatar condemned Iran's missile attack on Al Udeid air base."
has_event "2025-06-24 QAT 111 IRN" '"source":{"code":"QAT' '"target":{"code":"IRN' '"cameo":"111'
code 2025-09-09 "Israel struck Hamas leaders in Doha."
has_event "2025-09-09 ISR 19 PSEREB" '"source":{"code":"ISR' '"target":{"code":"PSEREB' '"cameo":"19'
code 2025-09-09 "Qatar's prime minister condemned the Israeli strike on Doha."
has_event "2025-09-09 QATGOV 111 ISR" '"source":{"code":"QATGOV' '"target":{"code":"ISR' '"cameo":"111'
code 2026-03-20 "Chilean President Jose Antonio Kast met Argentine President Javier Milei in Santiago."
has_event "2026-03-20 CHLGOV 04 ARGGOV" '"source":{"code":"CHLGOV' '"target":{"code":"ARGGOV' '"cameo":"04'
lacks_event "2026-03-20 not source CHLOPP" '"source":{"code":"CHLOPP"'
code 2025-02-10 "Istanbul Mayor Ekrem Imamoglu criticised President Recep Tayyip Erdogan."
has_event "2025-02-10 TUROPP 111 TURGOV" '"source":{"code":"TUROPP' '"target":{"code":"TURGOV' '"cameo":"111'

# Verbs of 2020s conflict and diplomacy news: strikes, incursions, drills
# around Taiwan, blockades, hostage releases and swaps, truces brokered and
# agreed, peace deals signed or initialled, tariffs and sanctions, expulsions
# and recalled ambassadors, warrants sought and issued, vetoes, recognition of
# Palestine, ships seized, missiles intercepted, annexation, mobilisation,
# martial law, aid paused (CAMEO codes as a strict coder gives them).
code 2024-01-30 "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS."
has_event "2024-01-30 MLI 16 IGOWAFWAS" '"source":{"code":"MLI' '"target":{"code":"IGOWAFWAS' '"cameo":"16'
code 2024-11-04 "Zakharova denounced Poland's arrest of a Russian journalist."
has_event "2024-11-04 RUSGOV 111 POL" '"source":{"code":"RUSGOV' '"target":{"code":"POL' '"cameo":"111'
lacks_event "2024-11-04 no RUSGOV 111 RUSMED: the arrested are not denounced" '"target":{"code":"RUSMED'
code 2024-05-20 "The ICC prosecutor Karim Khan sought arrest warrants for Netanyahu and Gallant."
has_event "2024-05-20 IGO 1121 ISRGOV" '"source":{"code":"IGO' '"target":{"code":"ISRGOV' '"cameo":"1121'
code 2025-08-08 "Armenia and Azerbaijan initialled the peace agreement at the White House."
has_event "2025-08-08 ARM 057 AZE" '"source":{"code":"ARM' '"target":{"code":"AZE' '"cameo":"057'
code 2024-08-07 "Ukrainian troops pushed into Russia's Kursk region."
has_event "2024-08-07 UKRMIL 190 RUS" '"source":{"code":"UKRMIL' '"target":{"code":"RUS' '"cameo":"190'
code 2023-04-08 "The People's Liberation Army launched drills around Taiwan."
has_event "2023-04-08 CHNMIL 150 TWN" '"source":{"code":"CHNMIL' '"target":{"code":"TWN' '"cameo":"150'
code 2024-10-14 "China staged large-scale military drills around Taiwan on Monday."
has_event "2024-10-14 CHN 150 TWN" '"source":{"code":"CHN' '"target":{"code":"TWN' '"cameo":"150'
code 2022-08-04 "China fired ballistic missiles into waters near Taiwan."
has_event "2022-08-04 CHN 150 TWN" '"source":{"code":"CHN' '"target":{"code":"TWN' '"cameo":"150'
code 2024-05-23 "Chinese warships and fighter jets encircled Taiwan in a two-day exercise."
has_event "2024-05-23 CHNMIL 15 TWN" '"source":{"code":"CHNMIL' '"target":{"code":"TWN' '"cameo":"15'
code 2024-09-02 "Russia launched a missile strike on Poltava, killing dozens of Ukrainian soldiers."
has_event "2024-09-02 RUS 19 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"19'
code 2024-07-08 "Russian missiles struck a children's hospital in Kyiv."
has_event "2024-07-08 RUS 19 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"19'
code 2024-08-26 "Russia fired more than 100 missiles and drones at Ukraine overnight."
has_event "2024-08-26 RUS 19 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"19'
code 2024-04-14 "Iran launched hundreds of drones and missiles at Israel."
has_event "2024-04-14 IRN 19 ISR" '"source":{"code":"IRN' '"target":{"code":"ISR' '"cameo":"19'
code 2024-10-01 "Iran fired about 180 ballistic missiles at Israel on Tuesday."
has_event "2024-10-01 IRN 19 ISR" '"source":{"code":"IRN' '"target":{"code":"ISR' '"cameo":"19'
code 2024-10-26 "Israeli jets carried out air strikes on military targets in Iran."
has_event "2024-10-26 ISR 19 IRN" '"source":{"code":"ISR' '"target":{"code":"IRN' '"cameo":"19'
code 2025-06-13 "Israel launched strikes on Iranian nuclear facilities."
has_event "2025-06-13 ISR 19 IRN" '"source":{"code":"ISR' '"target":{"code":"IRN' '"cameo":"19'
code 2022-02-24 "Russian forces launched a full-scale invasion of Ukraine."
has_event "2022-02-24 RUSMIL 19 UKR" '"source":{"code":"RUSMIL' '"target":{"code":"UKR' '"cameo":"19'
code 2022-02-24 "Russia invaded Ukraine on Thursday."
has_event "2022-02-24 RUS 192 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"192'
code 2024-02-17 "Russian forces captured the town of Avdiivka from Ukrainian troops."
has_event "2024-02-17 RUSMIL 19 UKRMIL" '"source":{"code":"RUSMIL' '"target":{"code":"UKRMIL' '"cameo":"19'
code 2023-06-05 "Ukraine launched a counteroffensive against Russian forces in the south."
has_event "2023-06-05 UKR 19 RUSMIL" '"source":{"code":"UKR' '"target":{"code":"RUSMIL' '"cameo":"19'
code 2024-08-06 "Ukrainian forces launched a surprise incursion into Russia's Kursk region."
has_event "2024-08-06 UKRMIL 19 RUS" '"source":{"code":"UKRMIL' '"target":{"code":"RUS' '"cameo":"19'
code 2023-10-27 "Israeli troops pushed into northern Gaza."
has_event "2023-10-27 ISRMIL 19 PSE" '"source":{"code":"ISRMIL' '"target":{"code":"PSE' '"cameo":"19'
code 2023-07-12 "Russian artillery pounded Ukrainian positions near Bakhmut."
has_event "2023-07-12 RUS 19 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"19'
code 2024-09-23 "Hezbollah fired rockets at northern Israel."
has_event "2024-09-23 LBNREB 19 ISR" '"source":{"code":"LBNREB' '"target":{"code":"ISR' '"cameo":"19'
code 2024-09-27 "Israel killed Hezbollah leader Hassan Nasrallah in an air strike on Beirut."
has_event "2024-09-27 ISR 19 LBNREB" '"source":{"code":"ISR' '"target":{"code":"LBNREB' '"cameo":"19'
code 2024-01-12 "US and British warplanes struck Houthi targets in Yemen."
has_event "2024-01-12 USA 19 YEMREB" '"source":{"code":"USA' '"target":{"code":"YEMREB' '"cameo":"19'
code 2023-12-19 "Houthi rebels attacked commercial ships in the Red Sea with drones."
has_event "2023-12-19 YEMREB 19 no one" '"source":{"code":"YEMREB' '"cameo":"19'
code 2024-03-04 "Israel imposed a blockade on Gaza."
has_event "2024-03-04 ISR 191 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"191'
code 2023-10-09 "Israel ordered a complete siege of Gaza."
has_event "2023-10-09 ISR 191 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"191'
code 2025-03-02 "Israel cut off aid deliveries to Gaza."
has_event "2025-03-02 ISR 162 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"162'
code 2022-09-02 "Russia cut off gas supplies to Germany through Nord Stream."
# gas cut off is an embargo (163), as gas halted is (16x below); a blockade
# (191) is entry and exit stopped by force
has_event "2022-09-02 RUS 163 DEU" '"source":{"code":"RUS' '"target":{"code":"DEU' '"cameo":"163'
code 2022-04-27 "Gazprom halted gas supplies to Poland and Bulgaria."
has_event "2022-04-27 RUSBUS 16 POL" '"source":{"code":"RUSBUS' '"target":{"code":"POL' '"cameo":"16'
code 2023-11-24 "Hamas released 13 Israeli hostages on Friday."
has_event "2023-11-24 PSEREB 0841 ISR" '"source":{"code":"PSEREB' '"target":{"code":"ISR' '"cameo":"0841'
code 2025-01-19 "Israel freed 90 Palestinian prisoners in exchange for three hostages."
has_event "2025-01-19 ISR 0841 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"0841'
code 2023-11-22 "Israel and Hamas agreed to a four-day truce brokered by Qatar."
has_event "2023-11-22 ISR 035 PSEREB" '"source":{"code":"ISR' '"target":{"code":"PSEREB' '"cameo":"035'
code 2025-01-15 "Qatar mediated a ceasefire deal between Israel and Hamas."
has_event "2025-01-15 QAT 045 ISR" '"source":{"code":"QAT' '"target":{"code":"ISR' '"cameo":"045'
code 2025-01-15 "Qatar and Egypt brokered a ceasefire between Israel and Hamas."
has_event "2025-01-15 QAT 045 ISR" '"source":{"code":"QAT' '"target":{"code":"ISR' '"cameo":"045'
code 2024-11-26 "Israel and Hezbollah agreed to a ceasefire brokered by the United States and France."
has_event "2024-11-26 ISR 035 LBNREB" '"source":{"code":"ISR' '"target":{"code":"LBNREB' '"cameo":"035'
code 2025-03-18 "Israel accused Hamas of violating the ceasefire."
has_event "2025-03-18 ISR 112 PSEREB" '"source":{"code":"ISR' '"target":{"code":"PSEREB' '"cameo":"112'
code 2025-03-18 "Israel violated the ceasefire with Hamas."
has_event "2025-03-18 ISR 196 PSEREB" '"source":{"code":"ISR' '"target":{"code":"PSEREB' '"cameo":"196'
code 2025-10-09 "Israel and Hamas signed the first phase of a peace deal in Egypt."
has_event "2025-10-09 ISR 057 PSEREB" '"source":{"code":"ISR' '"target":{"code":"PSEREB' '"cameo":"057'
code 2025-08-08 "Armenia and Azerbaijan signed a peace deal in Washington."
has_event "2025-08-08 ARM 057 AZE" '"source":{"code":"ARM' '"target":{"code":"AZE' '"cameo":"057'
code 2025-06-27 "Congo and Rwanda signed a peace agreement in Washington."
has_event "2025-06-27 COD 057 RWA" '"source":{"code":"COD' '"target":{"code":"RWA' '"cameo":"057'
code 2022-11-02 "Ethiopia and the Tigray rebels signed a peace deal in Pretoria."
has_event "2022-11-02 ETH 057 ETHREB" '"source":{"code":"ETH' '"target":{"code":"ETHREB' '"cameo":"057'
code 2025-04-02 "Trump imposed sweeping tariffs on imports from China."
has_event "2025-04-02 USAGOV 163 CHN" '"source":{"code":"USAGOV' '"target":{"code":"CHN' '"cameo":"163'
code 2025-04-04 "China retaliated with tariffs on American goods."
has_event "2025-04-04 CHN 163 USA" '"source":{"code":"CHN' '"target":{"code":"USA' '"cameo":"163'
code 2022-10-07 "The United States imposed export controls on advanced chips to China."
has_event "2022-10-07 USA 163 CHN" '"source":{"code":"USA' '"target":{"code":"CHN' '"cameo":"163'
code 2025-05-12 "The United States and China agreed to cut tariffs for 90 days."
has_event "2025-05-12 USA 035 CHN" '"source":{"code":"USA' '"target":{"code":"CHN' '"cameo":"035'
code 2025-06-30 "Trump lifted sanctions on Syria."
has_event "2025-06-30 USAGOV 085 SYR" '"source":{"code":"USAGOV' '"target":{"code":"SYR' '"cameo":"085'
code 2025-05-20 "The European Union lifted economic sanctions on Syria."
has_event "2025-05-20 IGOEU 085 SYR" '"source":{"code":"IGOEU' '"target":{"code":"SYR' '"cameo":"085'
code 2022-02-28 "The European Union imposed sanctions on Russian banks."
has_event "2022-02-28 IGOEU 163 RUSBUS" '"source":{"code":"IGOEU' '"target":{"code":"RUSBUS' '"cameo":"163'
code 2023-07-28 "Niger's junta expelled the French ambassador."
has_event "2023-07-28 NER 16 FRAGOV" '"source":{"code":"NER' '"target":{"code":"FRAGOV' '"cameo":"16'
code 2022-04-05 "Germany expelled 40 Russian diplomats."
has_event "2022-04-05 DEU 16 RUSGOV" '"source":{"code":"DEU' '"target":{"code":"RUSGOV' '"cameo":"16'
code 2023-04-30 "Moldova expelled a Russian diplomat over the remarks."
has_event "2023-04-30 MDA 16 RUSGOV" '"source":{"code":"MDA' '"target":{"code":"RUSGOV' '"cameo":"16'
code 2023-10-03 "Canada recalled its ambassador from India."
has_event "2023-10-03 CAN 161 IND" '"source":{"code":"CAN' '"target":{"code":"IND' '"cameo":"161'
code 2024-05-01 "Turkey halted all trade with Israel."
has_event "2024-05-01 TUR 16 ISR" '"source":{"code":"TUR' '"target":{"code":"ISR' '"cameo":"16'
code 2023-11-03 "Bahrain recalled its ambassador from Israel and suspended economic ties."
has_event "2023-11-03 BHR 161 ISR" '"source":{"code":"BHR' '"target":{"code":"ISR' '"cameo":"161'
code 2023-10-31 "Bolivia severed diplomatic ties with Israel."
has_event "2023-10-31 BOL 161 ISR" '"source":{"code":"BOL' '"target":{"code":"ISR' '"cameo":"161'
code 2024-04-07 "Mexico broke off diplomatic relations with Ecuador after the embassy raid."
has_event "2024-04-07 MEX 161 ECU" '"source":{"code":"MEX' '"target":{"code":"ECU' '"cameo":"161'
code 2022-11-15 "Poland summoned the Russian ambassador after a missile landed in a village."
has_event "2022-11-15 POL 114 RUSGOV" '"source":{"code":"POL' '"target":{"code":"RUSGOV' '"cameo":"114'
code 2024-02-16 "Britain summoned the Russian ambassador over Navalny's death."
has_event "2024-02-16 GBR 114 RUSGOV" '"source":{"code":"GBR' '"target":{"code":"RUSGOV' '"cameo":"114'
code 2024-05-20 "The ICC prosecutor sought arrest warrants for Israeli and Hamas leaders."
has_event "2024-05-20 IGO 1121 ISR" '"source":{"code":"IGO' '"target":{"code":"ISR' '"cameo":"1121'
code 2023-03-17 "The International Criminal Court issued an arrest warrant for Putin."
has_event "2023-03-17 IGO 173 RUSGOV" '"source":{"code":"IGO' '"target":{"code":"RUSGOV' '"cameo":"173'
code 2024-11-21 "The ICC issued arrest warrants for Netanyahu."
has_event "2024-11-21 IGO 173 ISRGOV" '"source":{"code":"IGO' '"target":{"code":"ISRGOV' '"cameo":"173'
code 2023-06-08 "A federal grand jury indicted Trump over classified documents."
has_event "2023-06-08 any 173 USA" '"target":{"code":"USA' '"cameo":"173'
code 2025-09-25 "The Justice Department indicted former FBI director James Comey."
has_event "2025-09-25 any 173 USA" '"target":{"code":"USA' '"cameo":"173'
code 2023-10-18 "The United States vetoed a Security Council resolution on Gaza."
has_event "2023-10-18 USA 129 IGOUNO" '"source":{"code":"USA' '"target":{"code":"IGOUNO' '"cameo":"129'
code 2024-04-18 "The US vetoed a resolution backing full UN membership for Palestine."
has_event "2024-04-18 USA 129 no one" '"source":{"code":"USA' '"cameo":"129'
code 2022-09-30 "Russia vetoed a UN resolution condemning its annexation of Ukrainian regions."
has_event "2022-09-30 RUS 129 IGOUNO" '"source":{"code":"RUS' '"target":{"code":"IGOUNO' '"cameo":"129'
code 2024-05-28 "Spain, Ireland and Norway recognised Palestine as a state."
has_event "2024-05-28 ESP 054 PSE" '"source":{"code":"ESP' '"target":{"code":"PSE' '"cameo":"054'
code 2025-09-21 "Britain, Canada and Australia formally recognised a Palestinian state."
has_event "2025-09-21 GBR 054 PSE" '"source":{"code":"GBR' '"target":{"code":"PSE' '"cameo":"054'
code 2025-09-22 "France recognized the State of Palestine at the United Nations."
has_event "2025-09-22 FRA 054 PSE" '"source":{"code":"FRA' '"target":{"code":"PSE' '"cameo":"054'
code 2025-07-09 "Houthi fighters attacked and sank a Greek-owned cargo ship in the Red Sea."
has_event "2025-07-09 YEMREB 19 no one" '"source":{"code":"YEMREB' '"cameo":"19'
code 2022-09-30 "Putin annexed four regions of Ukraine."
has_event "2022-09-30 RUSGOV 192 UKR" '"source":{"code":"RUSGOV' '"target":{"code":"UKR' '"cameo":"192'
code 2022-09-30 "Russia annexed the Donetsk, Luhansk, Zaporizhzhia and Kherson regions of Ukraine."
has_event "2022-09-30 RUS 192 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"192'
code 2022-09-21 "Putin ordered the mobilisation of 300,000 reservists."
has_event "2022-09-21 RUSGOV 154 no one" '"source":{"code":"RUSGOV' '"cameo":"154'
code 2022-09-21 "Russia mobilised 300,000 reservists for the war in Ukraine."
has_event "2022-09-21 RUS 154 no one" '"source":{"code":"RUS' '"cameo":"154'
code 2023-10-08 "Israel called up 300,000 reservists after the Hamas attack."
has_event "2023-10-08 ISR 154 no one" '"source":{"code":"ISR' '"cameo":"154'
code 2022-02-24 "Zelensky declared martial law across Ukraine."
has_event "2022-02-24 UKRGOV 1724 UKR" '"source":{"code":"UKRGOV' '"target":{"code":"UKR' '"cameo":"1724'
code 2023-07-26 "Soldiers in Niger detained President Mohamed Bazoum in a coup."
has_event "2023-07-26 NERMIL 173 NERGOV" '"source":{"code":"NERMIL' '"target":{"code":"NERGOV' '"cameo":"173'
code 2024-02-13 "Poland deployed troops to its border with Belarus."
has_event "2024-02-13 POL 154 BLR" '"source":{"code":"POL' '"target":{"code":"BLR' '"cameo":"154'
code 2025-01-10 "Germany deployed soldiers to Lithuania."
has_event "2025-01-10 DEU 074 LTU (troops deployed to an ally protect it)" '"source":{"code":"DEU' '"target":{"code":"LTU' '"cameo":"074'
code 2023-06-12 "NATO launched its largest air exercise in Europe."
has_event "2023-06-12 IGOWSTNAT 150 no one" '"source":{"code":"IGOWSTNAT' '"cameo":"150'
code 2021-04-20 "Russia massed troops on the border with Ukraine."
has_event "2021-04-20 RUS 154 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"154'
code 2023-04-25 "Britain evacuated its diplomats from Sudan."
lacks_event "2023-04-25 codes nothing" '"cameo":'
code 2021-08-26 "The United States evacuated more than 100,000 people from Kabul."
has_event "2021-08-26 USA 073 AFG" '"source":{"code":"USA' '"target":{"code":"AFG' '"cameo":"073'
code 2024-02-19 "The United States accused Russia of launching cyberattacks on Ukraine."
has_event "2024-02-19 USA 112 RUS" '"source":{"code":"USA' '"target":{"code":"RUS' '"cameo":"112'
code 2024-03-25 "Britain accused China of cyberattacks on its election watchdog."
has_event "2024-03-25 GBR 112 CHN" '"source":{"code":"GBR' '"target":{"code":"CHN' '"cameo":"112'
code 2021-04-15 "The United States sanctioned Russia for interfering in the 2020 election."
has_event "2021-04-15 USA 163 RUS" '"source":{"code":"USA' '"target":{"code":"RUS' '"cameo":"163'
code 2024-09-04 "The Justice Department charged two Russian state media employees with election interference."
has_event "2024-09-04 any 173 RUS" '"target":{"code":"RUS' '"cameo":"173'
code 2022-03-02 "The UN General Assembly condemned Russia's invasion of Ukraine."
has_event "2022-03-02 IGOUNO 111 RUS" '"source":{"code":"IGOUNO' '"target":{"code":"RUS' '"cameo":"111'
code 2025-08-10 "Germany halted arms exports to Israel that could be used in Gaza."
has_event "2025-08-10 DEU 16 ISR" '"source":{"code":"DEU' '"target":{"code":"ISR' '"cameo":"16'
code 2024-05-09 "Biden paused a shipment of bombs to Israel."
has_event "2024-05-09 USAGOV 16 ISR" '"source":{"code":"USAGOV' '"target":{"code":"ISR' '"cameo":"16'
code 2023-04-15 "The Sudanese army and the Rapid Support Forces clashed in Khartoum."
has_event "2023-04-15 SDNMIL 19 SDN" '"source":{"code":"SDNMIL' '"target":{"code":"SDN' '"cameo":"19'
code 2025-01-26 "M23 rebels captured Goma, the largest city in eastern Congo."
has_event "2025-01-26 CODREB 19 COD" '"source":{"code":"CODREB' '"target":{"code":"COD' '"cameo":"19'
code 2024-12-08 "Syrian rebels seized Damascus and toppled President Bashar al-Assad."
has_event "2024-12-08 SYRREB 19 SYR" '"source":{"code":"SYRREB' '"target":{"code":"SYR' '"cameo":"19'
code 2022-10-08 "An explosion damaged the Kerch bridge linking Russia to Crimea."
lacks_event "2022-10-08 codes nothing" '"cameo":'
code 2023-01-20 "Western allies pledged tanks and armoured vehicles to Ukraine."
has_event "2023-01-20 WST 033 UKR" '"source":{"code":"WST' '"target":{"code":"UKR' '"cameo":"033'
code 2023-01-25 "Germany agreed to send Leopard tanks to Ukraine."
has_event "2023-01-25 DEU 03 UKR" '"source":{"code":"DEU' '"target":{"code":"UKR' '"cameo":"03'
code 2025-03-03 "The United States suspended military aid to Ukraine."
has_event "2025-03-03 USA 1622 UKR" '"source":{"code":"USA' '"target":{"code":"UKR' '"cameo":"1622'
code 2025-03-11 "The United States resumed military aid and intelligence sharing with Ukraine."
has_event "2025-03-11 USA 07 UKR" '"source":{"code":"USA' '"target":{"code":"UKR' '"cameo":"07'
code 2024-06-13 "Russian warships arrived in Havana for military exercises."
has_event "2024-06-13 RUSMIL 04 CUB" '"source":{"code":"RUSMIL' '"target":{"code":"CUB' '"cameo":"04'
code 2024-02-16 "Russia jailed opposition activist for treason."
has_event "2024-02-16 RUS 173 no one" '"source":{"code":"RUS' '"cameo":"173'
code 2025-05-16 "Russia and Ukraine held direct peace talks in Istanbul."
has_event "2025-05-16 RUS 046 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"046'
code 2023-06-06 "Ukraine accused Russia of blowing up the Kakhovka dam."
has_event "2023-06-06 UKR 112 RUS" '"source":{"code":"UKR' '"target":{"code":"RUS' '"cameo":"112'
code 2024-12-26 "Azerbaijan accused Russia of shooting down its passenger plane."
has_event "2024-12-26 AZE 112 RUS" '"source":{"code":"AZE' '"target":{"code":"RUS' '"cameo":"112'
code 2025-07-28 "Thailand and Cambodia agreed to an unconditional ceasefire."
has_event "2025-07-28 THA 035 KHM" '"source":{"code":"THA' '"target":{"code":"KHM' '"cameo":"035'
code 2025-05-10 "India and Pakistan agreed to a ceasefire after four days of fighting."
has_event "2025-05-10 IND 035 PAK" '"source":{"code":"IND' '"target":{"code":"PAK' '"cameo":"035'
code 2025-04-23 "India suspended the Indus Waters Treaty with Pakistan."
has_event "2025-04-23 IND 16 PAK" '"source":{"code":"IND' '"target":{"code":"PAK' '"cameo":"16'
code 2022-07-07 "Britain sanctioned Russian oligarchs."
has_event "2022-07-07 GBR 163 RUS" '"source":{"code":"GBR' '"target":{"code":"RUS' '"cameo":"163'
code 2023-11-20 "Houthi fighters seized a cargo ship and its crew in the Red Sea."
has_event "2023-11-20 YEMREB 181 no one" '"source":{"code":"YEMREB' '"cameo":"181'
code 2025-01-28 "Burkina Faso, Mali and Niger formally withdrew from ECOWAS."
has_event "2025-01-28 BFA 166 IGOWAFWAS" '"source":{"code":"BFA' '"target":{"code":"IGOWAFWAS' '"cameo":"166'
code 2024-01-26 "Russia pulled out of the Council of Europe's human rights convention."
has_event "2024-01-26 RUS 16 no one" '"source":{"code":"RUS' '"cameo":"16'
code 2025-05-25 "Ukraine's air force intercepted 40 Russian drones overnight."
has_event "2025-05-25 UKRMIL 190 RUSMIL" '"source":{"code":"UKRMIL' '"target":{"code":"RUSMIL' '"cameo":"190'
code 2025-04-11 "China retaliated with tariffs of 125 percent on US goods."
has_event "2025-04-11 CHN 163 USA" '"source":{"code":"CHN' '"target":{"code":"USA' '"cameo":"163'
code 2025-08-08 "The foreign ministers of Armenia and Azerbaijan initialled a peace treaty in Washington."
has_event "2025-08-08 ARMGOV 057 AZEGOV" '"source":{"code":"ARMGOV' '"target":{"code":"AZEGOV' '"cameo":"057'
code 2023-10-13 "Israeli forces pushed deeper into Gaza on Friday."
has_event "2023-10-13 ISRMIL 190 PSE" '"source":{"code":"ISRMIL' '"target":{"code":"PSE' '"cameo":"190'
code 2024-04-19 "Israel retaliated with an air strike on Iran."
has_event "2024-04-19 ISR 195 IRN" '"source":{"code":"ISR' '"target":{"code":"IRN' '"cameo":"195'
code 2024-10-14 "Taiwan condemned China's drills around the island."
has_event "2024-10-14 TWN 111 CHN" '"source":{"code":"TWN' '"target":{"code":"CHN' '"cameo":"111'
code 2024-04-14 "Iran vowed to retaliate against Israel for the strike on its consulate."
has_event "2024-04-14 IRN 13 ISR" '"source":{"code":"IRN' '"target":{"code":"ISR' '"cameo":"13'
code 2025-03-04 "China retaliated against US tariffs on Tuesday."
has_event "2025-03-04 CHN 163 USA" '"source":{"code":"CHN' '"target":{"code":"USA' '"cameo":"163'
code 2024-08-10 "Russian forces launched an offensive in the Kharkiv region against Ukrainian troops."
has_event "2024-08-10 RUSMIL 19 UKRMIL" '"source":{"code":"RUSMIL' '"target":{"code":"UKRMIL' '"cameo":"19'
code 2023-09-19 "Azerbaijan launched a military offensive against Armenian separatists in Nagorno-Karabakh."
has_event "2023-09-19 AZE 19 ARM" '"source":{"code":"AZE' '"target":{"code":"ARM' '"cameo":"19'
code 2022-08-01 "A US drone strike killed al-Qaeda leader Ayman al-Zawahiri in Kabul."
has_event "2022-08-01 USA 19 no one" '"source":{"code":"USA' '"cameo":"19'
code 2024-01-28 "A drone attack by Iran-backed militants killed three US soldiers in Jordan."
has_event "2024-01-28 any 19 USAMIL" '"target":{"code":"USAMIL' '"cameo":"19'
code 2025-06-21 "Trump ordered strikes on Iranian nuclear sites."
has_event "2025-06-21 USAGOV 19 IRN" '"source":{"code":"USAGOV' '"target":{"code":"IRN' '"cameo":"19'
code 2024-02-02 "US forces carried out strikes on Iranian-backed militias in Iraq and Syria."
has_event "2024-02-02 USAMIL 19 no one" '"source":{"code":"USAMIL' '"cameo":"19'
code 2024-03-11 "Ukrainian drones attacked Russian oil refineries."
has_event "2024-03-11 UKR 19 RUS" '"source":{"code":"UKR' '"target":{"code":"RUS' '"cameo":"19'
code 2025-07-04 "Russia hit Kyiv with hundreds of drones and missiles overnight."
has_event "2025-07-04 RUS 19 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"19'
code 2023-02-21 "Putin suspended Russia's participation in the New START treaty with the United States."
has_event "2023-02-21 RUSGOV 16 USA" '"source":{"code":"RUSGOV' '"target":{"code":"USA' '"cameo":"16'
code 2023-11-30 "Hamas handed over eight hostages to the Red Cross."
has_event "2023-11-30 PSEREB 0841 no one" '"source":{"code":"PSEREB' '"cameo":"0841'
code 2025-02-08 "Hamas freed three Israeli hostages in exchange for 183 Palestinian prisoners."
has_event "2025-02-08 PSEREB 0841 ISR" '"source":{"code":"PSEREB' '"target":{"code":"ISR' '"cameo":"0841'
code 2022-09-21 "Russia and Ukraine carried out a prisoner swap involving more than 200 people."
has_event "2022-09-21 RUS 0841 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"0841'
code 2024-08-01 "The United States and Russia completed the largest prisoner exchange since the Cold War."
has_event "2024-08-01 USA 0841 RUS" '"source":{"code":"USA' '"target":{"code":"RUS' '"cameo":"0841'
code 2023-12-01 "Israel resumed its offensive in Gaza after the truce with Hamas collapsed."
has_event "2023-12-01 ISR 19 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"19'
code 2024-11-27 "Israel accused Hezbollah of violating the ceasefire."
has_event "2024-11-27 ISR 112 LBNREB" '"source":{"code":"ISR' '"target":{"code":"LBNREB' '"cameo":"112'
code 2025-01-16 "Egypt and Qatar mediated talks between Israel and Hamas."
has_event "2025-01-16 EGY 045 ISR" '"source":{"code":"EGY' '"target":{"code":"ISR' '"cameo":"045'
code 2025-03-18 "Turkey offered to mediate between Russia and Ukraine."
has_event "2025-03-18 TUR 03 RUS" '"source":{"code":"TUR' '"target":{"code":"RUS' '"cameo":"03'
code 2023-03-10 "China brokered a deal restoring diplomatic ties between Saudi Arabia and Iran."
has_event "2023-03-10 CHN 045 SAU" '"source":{"code":"CHN' '"target":{"code":"SAU' '"cameo":"045'
code 2023-03-10 "Saudi Arabia and Iran agreed to restore diplomatic relations."
has_event "2023-03-10 SAU 03 IRN" '"source":{"code":"SAU' '"target":{"code":"IRN' '"cameo":"03'
code 2025-02-01 "Trump imposed 25 percent tariffs on Canada and Mexico."
has_event "2025-02-01 USAGOV 163 CAN" '"source":{"code":"USAGOV' '"target":{"code":"CAN' '"cameo":"163'
code 2025-03-04 "Canada imposed retaliatory tariffs on US goods."
has_event "2025-03-04 CAN 163 USA" '"source":{"code":"CAN' '"target":{"code":"USA' '"cameo":"163'
code 2024-12-03 "China banned exports of gallium and germanium to the United States."
has_event "2024-12-03 CHN 163 USA" '"source":{"code":"CHN' '"target":{"code":"USA' '"cameo":"163'
code 2023-10-17 "The United States tightened export controls on chips to China."
has_event "2023-10-17 USA 163 CHN" '"source":{"code":"USA' '"target":{"code":"CHN' '"cameo":"163'
code 2025-05-23 "The United States eased sanctions on Syria."
has_event "2025-05-23 USA 085 SYR" '"source":{"code":"USA' '"target":{"code":"SYR' '"cameo":"085'
code 2022-04-06 "The United States sanctioned Putin's adult daughters."
has_event "2022-04-06 USA 163 RUS" '"source":{"code":"USA' '"target":{"code":"RUS' '"cameo":"163'
code 2024-06-24 "The European Union adopted a 14th package of sanctions against Russia."
has_event "2024-06-24 IGOEU 163 RUS" '"source":{"code":"IGOEU' '"target":{"code":"RUS' '"cameo":"163'
code 2022-03-28 "Slovakia, Lithuania, Latvia and Estonia expelled Russian diplomats."
has_event "2022-03-28 SVK 16 RUSGOV" '"source":{"code":"SVK' '"target":{"code":"RUSGOV' '"cameo":"16'
code 2023-08-28 "France refused to withdraw its ambassador from Niger."
has_event "2023-08-28 FRA 12 NER" '"source":{"code":"FRA' '"target":{"code":"NER' '"cameo":"12'
code 2023-11-04 "Turkey recalled its ambassador to Israel for consultations."
has_event "2023-11-04 TUR 161 ISR" '"source":{"code":"TUR' '"target":{"code":"ISR' '"cameo":"161'
code 2024-10-14 "Canada expelled six Indian diplomats, including the high commissioner."
has_event "2024-10-14 CAN 16 INDGOV" '"source":{"code":"CAN' '"target":{"code":"INDGOV' '"cameo":"16'
code 2023-10-16 "China summoned the US ambassador over the Taiwan transit."
has_event "2023-10-16 CHN 114 USAGOV" '"source":{"code":"CHN' '"target":{"code":"USAGOV' '"cameo":"114'
code 2023-03-30 "Russia arrested Wall Street Journal reporter Evan Gershkovich on espionage charges."
has_event "2023-03-30 RUS 173 USAMED" '"source":{"code":"RUS' '"target":{"code":"USAMED' '"cameo":"173'
code 2023-08-01 "A federal grand jury indicted Donald Trump on charges of conspiring to overturn the 2020 election."
has_event "2023-08-01 any 173 USA" '"target":{"code":"USA' '"cameo":"173'
code 2024-02-01 "The Security Council condemned the Houthi attacks on shipping."
has_event "2024-02-01 IGOUNO 111 YEMREB" '"source":{"code":"IGOUNO' '"target":{"code":"YEMREB' '"cameo":"111'
code 2024-02-20 "The United States vetoed a UN Security Council resolution demanding a ceasefire in Gaza."
has_event "2024-02-20 USA 129 IGOUNO" '"source":{"code":"USA' '"target":{"code":"IGOUNO' '"cameo":"129'
code 2023-07-31 "Russia annexed Crimea in 2014."
has_event "2023-07-31 RUS 192 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"192'
code 2024-06-17 "The Chinese coast guard rammed a Philippine supply boat in the South China Sea."
has_event "2024-06-17 CHN 1 PHL" '"source":{"code":"CHN' '"target":{"code":"PHL' '"cameo":"1'
code 2023-12-10 "Chinese vessels fired water cannon at Philippine ships."
has_event "2023-12-10 CHN 1 PHL" '"source":{"code":"CHN' '"target":{"code":"PHL' '"cameo":"1'
code 2024-04-13 "Iran's navy seized the MSC Aries and its crew near the Strait of Hormuz."
has_event "2024-04-13 IRNMIL 181 no one" '"source":{"code":"IRNMIL' '"cameo":"181'
code 2024-12-09 "Israeli troops seized the buffer zone on the Syrian side of the Golan Heights."
has_event "2024-12-09 ISRMIL 192 SYR" '"source":{"code":"ISRMIL' '"target":{"code":"SYR' '"cameo":"192'
code 2022-02-21 "Putin recognised the independence of the Donetsk and Luhansk separatist regions."
has_event "2022-02-21 RUSGOV 054 no one" '"source":{"code":"RUSGOV' '"cameo":"054'
code 2024-05-28 "Norway formally recognised the State of Palestine."
has_event "2024-05-28 NOR 054 PSE" '"source":{"code":"NOR' '"target":{"code":"PSE' '"cameo":"054'
code 2021-12-06 "The United States announced a diplomatic boycott of the Beijing Winter Olympics."
has_event "2021-12-06 USA 1 CHN" '"source":{"code":"USA' '"target":{"code":"CHN' '"cameo":"1'
code 2024-07-15 "Russia's foreign ministry accused Britain of orchestrating a cyberattack."
has_event "2024-07-15 RUSGOV 112 GBR" '"source":{"code":"RUSGOV' '"target":{"code":"GBR' '"cameo":"112'
code 2025-11-21 "Mexico deployed 10,000 troops to its northern border."
has_event "2025-11-21 MEX 154 no one" '"source":{"code":"MEX' '"cameo":"154'
code 2024-10-01 "Israeli ground forces invaded southern Lebanon."
has_event "2024-10-01 ISRMIL 192 LBN" '"source":{"code":"ISRMIL' '"target":{"code":"LBN' '"cameo":"192'
code 2022-09-21 "Russia announced a partial mobilisation of reservists."
has_event "2022-09-21 RUS 154 no one" '"source":{"code":"RUS' '"cameo":"154'
code 2024-06-03 "Maldives banned Israeli passport holders from entering the country."
has_event "2024-06-03 MDV 1 ISR" '"source":{"code":"MDV' '"target":{"code":"ISR' '"cameo":"1'
code 2023-05-15 "Britain pledged hundreds of long-range attack drones to Ukraine."
has_event "2023-05-15 GBR 03 UKR" '"source":{"code":"GBR' '"target":{"code":"UKR' '"cameo":"03'
code 2024-10-20 "Israel carried out a drone strike on a car in southern Lebanon."
has_event "2024-10-20 ISR 19 LBN" '"source":{"code":"ISR' '"target":{"code":"LBN' '"cameo":"19'
code 2023-10-27 "Israel launched a ground offensive in the Gaza Strip."
has_event "2023-10-27 ISR 19 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"19'
code 2024-09-30 "Israel launched a ground invasion of southern Lebanon."
has_event "2024-09-30 ISR 192 LBN" '"source":{"code":"ISR' '"target":{"code":"LBN' '"cameo":"192'
code 2025-11-19 "Israel declared a unilateral ceasefire in Gaza."
has_event "2025-11-19 ISR 0871 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"0871'
code 2023-12-01 "Hamas broke the truce by firing rockets at Israel."
has_event "2023-12-01 PSEREB 196 no one" '"source":{"code":"PSEREB' '"cameo":"196'
code 2024-06-06 "Bolivia closed its embassy in Israel."
has_event "2024-06-06 BOL 16 ISR" '"source":{"code":"BOL' '"target":{"code":"ISR' '"cameo":"16'
code 2023-11-02 "Jordan recalled its ambassador from Israel and told the Israeli envoy not to return."
has_event "2023-11-02 JOR 161 ISR" '"source":{"code":"JOR' '"target":{"code":"ISR' '"cameo":"161'
code 2023-03-10 "Iran and Saudi Arabia restored diplomatic ties after seven years."
has_event "2023-03-10 IRN 05 SAU" '"source":{"code":"IRN' '"target":{"code":"SAU' '"cameo":"05'
code 2020-09-15 "The United Arab Emirates and Bahrain signed normalisation agreements with Israel at the White House."
has_event "2020-09-15 ARE 057 ISR" '"source":{"code":"ARE' '"target":{"code":"ISR' '"cameo":"057'
code 2020-08-13 "Israel and the United Arab Emirates agreed to normalise relations."
has_event "2020-08-13 ISR 03 ARE" '"source":{"code":"ISR' '"target":{"code":"ARE' '"cameo":"03'
code 2023-12-18 "The Houthis imposed a naval blockade on ships bound for Israel."
has_event "2023-12-18 YEMREB 191 ISR" '"source":{"code":"YEMREB' '"target":{"code":"ISR' '"cameo":"191'
code 2025-02-20 "Hamas handed over the bodies of four hostages to Israel."
has_event "2025-02-20 PSEREB 084 ISR" '"source":{"code":"PSEREB' '"target":{"code":"ISR' '"cameo":"084'
code 2024-11-26 "Israel released dozens of Palestinian detainees from Gaza."
has_event "2024-11-26 ISR 0841 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"0841'
code 2025-05-16 "Turkey hosted peace talks between Russia and Ukraine in Istanbul."
has_event "2025-05-16 TUR 04 RUS" '"source":{"code":"TUR' '"target":{"code":"RUS' '"cameo":"04'
code 2024-05-06 "Hamas accepted a ceasefire proposal from Egypt and Qatar."
has_event "2024-05-06 PSEREB 035 no one" '"source":{"code":"PSEREB' '"cameo":"035'
code 2025-03-27 "Trump threatened to impose tariffs on the European Union."
has_event "2025-03-27 USAGOV 1312 IGOEU" '"source":{"code":"USAGOV' '"target":{"code":"IGOEU' '"cameo":"1312'
code 2022-02-27 "Putin put Russia's nuclear forces on high alert."
has_event "2022-02-27 RUSGOV 152 no one" '"source":{"code":"RUSGOV' '"cameo":"152'
code 2023-09-03 "A Russian drone violated Romanian airspace."
has_event "2023-09-03 RUS 1 ROU" '"source":{"code":"RUS' '"target":{"code":"ROU' '"cameo":"1'
code 2022-03-04 "Russian forces shelled the Zaporizhzhia nuclear plant."
has_event "2022-03-04 RUSMIL 19 UKR" '"source":{"code":"RUSMIL' '"target":{"code":"UKR' '"cameo":"19'
code 2023-01-08 "Bolsonaro supporters stormed Brazil's Congress."
has_event "2023-01-08 BRA 1 BRALEG" '"source":{"code":"BRA' '"target":{"code":"BRALEG' '"cameo":"1'
code 2022-07-13 "Sri Lankan police fired tear gas at protesters in Colombo."
has_event "2022-07-13 LKACOP 175 LKA" '"source":{"code":"LKACOP' '"target":{"code":"LKA' '"cameo":"175'
code 2022-09-26 "Iranian security forces cracked down on protesters."
has_event "2022-09-26 IRNCOP 175 no one" '"source":{"code":"IRNCOP' '"cameo":"175'
code 2024-02-14 "Pakistan's election commission barred Imran Khan's party from using its symbol."
has_event "2024-02-14 PAK 172 PAKOPP" '"source":{"code":"PAK' '"target":{"code":"PAKOPP' '"cameo":"172'
code 2024-02-04 "A Pakistani court sentenced Imran Khan to 14 years in prison."
has_event "2024-02-04 PAKJUD 116 PAK" '"source":{"code":"PAKJUD' '"target":{"code":"PAK' '"cameo":"116'
code 2023-04-23 "France evacuated hundreds of people from Sudan."
has_event "2023-04-23 FRA 07 SDN" '"source":{"code":"FRA' '"target":{"code":"SDN' '"cameo":"07'
code 2024-07-31 "Denmark delivered the first F-16 fighter jets to Ukraine."
has_event "2024-07-31 DNK 07 UKR" '"source":{"code":"DNK' '"target":{"code":"UKR' '"cameo":"07'
code 2024-01-12 "Britain signed a security agreement with Ukraine."
has_event "2024-01-12 GBR 057 UKR" '"source":{"code":"GBR' '"target":{"code":"UKR' '"cameo":"057'
code 2022-02-28 "The European Union froze the assets of Russia's central bank."
has_event "2022-02-28 IGOEU 163 RUS" '"source":{"code":"IGOEU' '"target":{"code":"RUS' '"cameo":"163'
code 2025-04-25 "The United States seized Russian oligarch's superyacht in Fiji."
has_event "2025-04-25 USA 171 RUS" '"source":{"code":"USA' '"target":{"code":"RUS' '"cameo":"171'
code 2023-10-25 "A Russian court ordered the arrest of a US journalist."
has_event "2023-10-25 RUSJUD 173 USAMED" '"source":{"code":"RUSJUD' '"target":{"code":"USAMED' '"cameo":"173'
code 2024-03-06 "The Pentagon accused Russia of interfering in the US election."
has_event "2024-03-06 USA 112 RUS" '"source":{"code":"USA' '"target":{"code":"RUS' '"cameo":"112'
code 2024-09-05 "The United States sanctioned Russian state media executives over election interference."
has_event "2024-09-05 USA 163 RUS" '"source":{"code":"USA' '"target":{"code":"RUS' '"cameo":"163'
code 2025-01-06 "Russia accused Ukraine of cutting off gas transit to Europe."
has_event "2025-01-06 RUS 112 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"112'
code 2025-01-01 "Ukraine halted the transit of Russian gas to Europe."
has_event "2025-01-01 UKR 16 RUS" '"source":{"code":"UKR' '"target":{"code":"RUS' '"cameo":"16'
code 2024-08-21 "Modi visited Kyiv and met Zelensky."
has_event "2024-08-21 INDGOV 04 UKR" '"source":{"code":"INDGOV' '"target":{"code":"UKR' '"cameo":"04'
code 2025-02-14 "Vance criticised European leaders at the Munich Security Conference."
has_event "2025-02-14 USAGOV 111 no one" '"source":{"code":"USAGOV' '"cameo":"111'
code 2023-10-17 "Hamas and Israel blamed each other for the hospital blast."
has_event "2023-10-17 PSEREB 112 ISR" '"source":{"code":"PSEREB' '"target":{"code":"ISR' '"cameo":"112'
code 2024-08-01 "Russia freed Evan Gershkovich in a prisoner swap with the United States."
has_event "2024-08-01 RUS 0841 USA" '"source":{"code":"RUS' '"target":{"code":"USA' '"cameo":"0841'
code 2023-09-18 "Iran freed five Americans in a swap with the United States."
has_event "2023-09-18 IRN 0841 USA" '"source":{"code":"IRN' '"target":{"code":"USA' '"cameo":"0841'
code 2024-03-25 "Chinese state-backed hackers launched cyberattacks on British lawmakers."
has_event "2024-03-25 CHN 180 GBR" '"source":{"code":"CHN' '"target":{"code":"GBR' '"cameo":"180'
code 2022-01-14 "A massive cyberattack hit Ukrainian government websites."
lacks_event "2022-01-14 codes nothing" '"cameo":'
code 2024-07-19 "Britain accused Russia of interfering in Moldova's elections."
has_event "2024-07-19 GBR 112 RUS" '"source":{"code":"GBR' '"target":{"code":"RUS' '"cameo":"112'
code 2024-03-12 "Israel allowed aid trucks into northern Gaza."
has_event "2024-03-12 ISR 0863 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"0863'
code 2024-05-07 "Israel closed the Rafah crossing into Gaza."
has_event "2024-05-07 ISR 191 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"191'
code 2025-05-19 "Israel allowed a limited amount of food into Gaza."
has_event "2025-05-19 ISR 0863 PSE" '"source":{"code":"ISR' '"target":{"code":"PSE' '"cameo":"0863'
code 2025-02-01 "Egypt reopened the Rafah crossing for wounded Palestinians."
has_event "2025-02-01 EGY 0 PSE" '"source":{"code":"EGY' '"target":{"code":"PSE' '"cameo":"0'
code 2023-12-29 "South Africa filed a genocide case against Israel at the International Court of Justice."
has_event "2023-12-29 ZAF 115 ISR" '"source":{"code":"ZAF' '"target":{"code":"ISR' '"cameo":"115'
code 2023-10-12 "Blinken arrived in Israel to show US support after the Hamas attack."
has_event "2023-10-12 USAGOV 04 ISR" '"source":{"code":"USAGOV' '"target":{"code":"ISR' '"cameo":"04'
code 2024-07-01 "Hungary blocked an EU statement condemning Israel."
has_event "2024-07-01 HUN 12 IGOEU" '"source":{"code":"HUN' '"target":{"code":"IGOEU' '"cameo":"12'
code 2025-06-23 "Iran fired missiles at a US air base in Qatar."
has_event "2025-06-23 IRN 19 USA" '"source":{"code":"IRN' '"target":{"code":"USA' '"cameo":"19'
code 2025-06-24 "Israel and Iran agreed to a ceasefire brokered by Trump."
has_event "2025-06-24 ISR 035 IRN" '"source":{"code":"ISR' '"target":{"code":"IRN' '"cameo":"035'
code 2023-06-27 "Houthi rebels hijacked a commercial ship in the Red Sea."
has_event "2023-06-27 YEMREB 181 no one" '"source":{"code":"YEMREB' '"cameo":"181'
code 2022-03-16 "Russia released the mayor of Melitopol in exchange for nine Russian conscripts."
has_event "2022-03-16 RUS 0841 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"0841'
code 2023-09-18 "Iran released five detained Americans in a deal with the United States."
has_event "2023-09-18 IRN 0841 USA" '"source":{"code":"IRN' '"target":{"code":"USA' '"cameo":"0841'
code 2024-09-10 "Russia expelled six British diplomats accused of spying."
has_event "2024-09-10 RUS 16 GBRGOV" '"source":{"code":"RUS' '"target":{"code":"GBRGOV' '"cameo":"16'
code 2023-02-28 "The European Parliament condemned Russia's war against Ukraine."
has_event "2023-02-28 IGOEU 111 RUS" '"source":{"code":"IGOEU' '"target":{"code":"RUS' '"cameo":"111'
code 2025-04-02 "France recalled its ambassador from Algeria after the expulsion of French officials."
has_event "2025-04-02 FRA 161 DZA" '"source":{"code":"FRA' '"target":{"code":"DZA' '"cameo":"161'
code 2024-11-24 "Russia recaptured villages in the Kursk region from Ukrainian forces."
has_event "2024-11-24 RUS 192 UKRMIL" '"source":{"code":"RUS' '"target":{"code":"UKRMIL' '"cameo":"192'
code 2023-08-24 "Ukraine struck a Russian air defence system in Crimea."
has_event "2023-08-24 UKR 19 RUS" '"source":{"code":"UKR' '"target":{"code":"RUS' '"cameo":"19'
code 2025-06-01 "Ukrainian drones destroyed Russian bombers at four air bases."
has_event "2025-06-01 UKR 1 RUS" '"source":{"code":"UKR' '"target":{"code":"RUS' '"cameo":"1'
code 2024-10-01 "Iran launched a barrage of ballistic missiles at Israel."
has_event "2024-10-01 IRN 19 ISR" '"source":{"code":"IRN' '"target":{"code":"ISR' '"cameo":"19'
code 2024-04-01 "An Israeli air strike destroyed Iran's consulate in Damascus."
has_event "2024-04-01 ISR 1 IRN" '"source":{"code":"ISR' '"target":{"code":"IRN' '"cameo":"1'
code 2022-08-02 "China announced military drills around Taiwan after Pelosi's visit."
has_event "2022-08-02 CHN 150 TWN" '"source":{"code":"CHN' '"target":{"code":"TWN' '"cameo":"150'
code 2022-08-05 "China sanctioned Nancy Pelosi over her visit to Taiwan."
has_event "2022-08-05 CHN 163 USALEG" '"source":{"code":"CHN' '"target":{"code":"USALEG' '"cameo":"163'
code 2025-04-03 "China imposed sanctions on US defence companies over arms sales to Taiwan."
has_event "2025-04-03 CHN 163 USA" '"source":{"code":"CHN' '"target":{"code":"USA' '"cameo":"163'
code 2024-06-27 "Bolivian troops stormed the presidential palace in a failed coup."
has_event "2024-06-27 BOLMIL 190 no one" '"source":{"code":"BOLMIL' '"cameo":"190'
code 2021-08-15 "The Taliban seized Kabul on Sunday."
has_event "2021-08-15 AFG 192 AFG" '"source":{"code":"AFG' '"target":{"code":"AFG' '"cameo":"192'
code 2023-10-07 "Hamas militants took more than 200 hostages in Israel."
has_event "2023-10-07 PSEREB 181 ISR" '"source":{"code":"PSEREB' '"target":{"code":"ISR' '"cameo":"181'
code 2023-10-07 "Hamas gunmen abducted Israeli civilians from border communities."
has_event "2023-10-07 PSEREB 181 ISRCVL" '"source":{"code":"PSEREB' '"target":{"code":"ISRCVL' '"cameo":"181'
code 2022-02-15 "Russia launched a cyberattack against Ukrainian banks."
has_event "2022-02-15 RUS 180 UKR" '"source":{"code":"RUS' '"target":{"code":"UKR' '"cameo":"180'

# act6: actor names of real news (variant spellings, coalitions named after their
# leader, Somalia's Islamic Courts, US officials of 2017-2021 and 2025-).
code 2006-12-26 "The Islamic Court Union accused Ethiopia of invading Somalia."
has_event "2006-12-26 Islamic Court Union SOMREB 112 ETH" '"source":{"code":"SOMREB' '"target":{"code":"ETH' '"cameo":"112'
code 2006-12-26 "Fighters of the Council of Islamic Courts attacked Ethiopian troops near Baidoa."
has_event "2006-12-26 Council of Islamic Courts SOMREB 19 ETHMIL" '"source":{"code":"SOMREB' '"target":{"code":"ETHMIL' '"cameo":"19'
code 2006-12-12 "The US-led coalition killed four Taliban militants in eastern Afghanistan."
has_event "2006-12-12 US-led coalition USAMIL 19 AFGREB" '"source":{"code":"USAMIL' '"target":{"code":"AFGREB' '"cameo":"19'
code 2009-11-02 "NATO-led troops arrested two Taliban commanders in Kandahar."
has_event "2009-11-02 NATO-led troops IGOWSTNATMIL 173" '"source":{"code":"IGOWSTNATMIL' '"cameo":"173'
code 2009-06-10 "Qadhafi accused Britain of lying about the Lockerbie bomber."
has_event "2009-06-10 Qadhafi LBYGOV 112 GBR" '"source":{"code":"LBYGOV' '"target":{"code":"GBR' '"cameo":"112'
code 2008-05-14 "Ahmadi-Nejad accused Israel of crimes against the Palestinians."
has_event "2008-05-14 Ahmadi-Nejad IRNGOV 112 ISR" '"source":{"code":"IRNGOV' '"target":{"code":"ISR' '"cameo":"112'
code 2024-12-02 "Naim Kassem accused Israel of violating the ceasefire."
has_event "2024-12-02 Naim Kassem LBNREB 112 ISR" '"source":{"code":"LBNREB' '"target":{"code":"ISR' '"cameo":"112'
code 2009-02-10 "Khaled Mashal urged Egypt to open the Rafah crossing."
has_event "2009-02-10 Khaled Mashal PSEREB 0 EGY" '"source":{"code":"PSEREB' '"target":{"code":"EGY' '"cameo":"0'
code 2019-05-13 "Lighthizer accused China of backtracking on its commitments."
has_event "2019-05-13 Lighthizer USAGOV 112 CHN" '"source":{"code":"USAGOV' '"target":{"code":"CHN' '"cameo":"112'
code 2025-05-12 "Trade Representative Jamieson Greer met Chinese Vice Premier He Lifeng in Geneva."
has_event "2025-05-12 Jamieson Greer USAGOV 04 CHNGOV" '"source":{"code":"USAGOV' '"target":{"code":"CHNGOV' '"cameo":"04'
code 2025-06-20 "Huckabee urged Israel to allow more aid into Gaza."
has_event "2025-06-20 Huckabee USAGOV 0 ISR" '"source":{"code":"USAGOV' '"target":{"code":"ISR' '"cameo":"0'
code 2015-06-20 "Mike Huckabee met Netanyahu in Jerusalem."
lacks_event "2015-06-20 Huckabee before his embassy: not USAGOV" '"source":{"code":"USAGOV'
code 2024-11-19 "Amos Hochstein met Lebanese Speaker Nabih Berri in Beirut on a ceasefire proposal."
has_event "2024-11-19 Hochstein USAGOV 04 LBN" '"source":{"code":"USAGOV' '"target":{"code":"LBN' '"cameo":"04'
code 2025-11-25 "Army Secretary Dan Driscoll met Russian officials in Abu Dhabi."
has_event "2025-11-25 Driscoll USAGOV 04 RUS" '"source":{"code":"USAGOV' '"target":{"code":"RUS' '"cameo":"04'

code 2025-04-23 "The Resistance Front claimed the attack on tourists in Pahalgam."
has_event "2025-04-23 The Resistance Front INDREB" '"source":{"code":"INDREB'
code 2023-02-22 "Israeli forces killed two Lions' Den gunmen in Nablus."
has_event "2023-02-22 Lions' Den PSEREB target" '"source":{"code":"ISRMIL' '"target":{"code":"PSEREB' '"cameo":"19'
code 2020-08-06 "The United States imposed sanctions on Huawei and ByteDance."
has_event "2020-08-06 USA 163 Huawei CHNBUS" '"source":{"code":"USA' '"target":{"code":"CHNBUS' '"cameo":"163'
code 2019-06-14 "Iran accused Saudi Aramco of spreading lies about the tanker attacks."
has_event "2019-06-14 IRN 112 Aramco SAUBUS" '"source":{"code":"IRN' '"target":{"code":"SAUBUS' '"cameo":"112'
code 2024-03-25 "Russian missiles struck Ukrenergo substations in western Ukraine."
has_event "2024-03-25 RUS 19 Ukrenergo UKRBUS" '"source":{"code":"RUS' '"target":{"code":"UKRBUS' '"cameo":"19'

code 2025-11-10 "Tarique Rahman accused the interim government of delaying the election."
has_event "2025-11-10 Tarique Rahman BGDOPP before the election" '"source":{"code":"BGDOPP' '"cameo":"112'
code 2026-03-05 "Prime Minister Tarique Rahman met Indian Foreign Minister Subrahmanyam Jaishankar in Dhaka."
has_event "2026-03-05 Tarique Rahman BGDGOV 04 INDGOV" '"source":{"code":"BGDGOV' '"target":{"code":"INDGOV' '"cameo":"04'
code 2026-03-05 "Muhammad Yunus met French diplomats in Paris."
lacks_event "2026-03-05 Yunus no longer BGDGOV" '"source":{"code":"BGDGOV'
code 2026-04-10 "Rob Jetten met Ukrainian President Volodymyr Zelensky in The Hague."
has_event "2026-04-10 Jetten NLDGOV 04 UKRGOV" '"source":{"code":"NLDGOV' '"target":{"code":"UKRGOV' '"cameo":"04'

code 2024-05-23 "Taiwan Affairs Office spokesman Chen Binhua accused Lai Ching-te of provoking confrontation."
has_event "2024-05-23 Chen Binhua CHNGOV 112 TWNGOV" '"source":{"code":"CHNGOV' '"target":{"code":"TWNGOV' '"cameo":"112'
code 2023-10-20 "Pentagon press secretary Pat Ryder accused Iranian-backed militias of attacking US troops in Iraq and Syria."
has_event "2023-10-20 Pat Ryder USAGOV 112" '"source":{"code":"USAGOV' '"cameo":"112'
code 2024-11-12 "Ukraine's UN ambassador Andriy Melnyk accused Russia of war crimes in Kursk."
has_event "2024-11-12 Melnyk UKRGOV 112 RUS" '"source":{"code":"UKRGOV' '"target":{"code":"RUS' '"cameo":"112'
code 2025-03-20 "Barbara Woodward urged Israel to restore aid deliveries to Gaza."
has_event "2025-03-20 Barbara Woodward GBRGOV 0 ISR" '"source":{"code":"GBRGOV' '"target":{"code":"ISR' '"cameo":"0'

code 2023-06-05 "Deputy Foreign Minister Alexander Grushko accused NATO of preparing for a confrontation with Russia."
has_event "2023-06-05 Grushko RUSGOV 112 NATO" '"source":{"code":"RUSGOV' '"target":{"code":"IGOWSTNAT' '"cameo":"112'
code 2025-06-20 "Iran's deputy foreign minister Kazem Gharibabadi accused the IAEA of bias."
has_event "2025-06-20 Gharibabadi IRNGOV 112 IAEA" '"source":{"code":"IRNGOV' '"target":{"code":"IGOUNOIAE' '"cameo":"112'
code 2024-05-10 "Abdelrahim Dagalo accused the Sudanese army of bombing civilians in El Fasher."
has_event "2024-05-10 Abdelrahim Dagalo SDNREB 112 SDNMIL" '"source":{"code":"SDNREB' '"target":{"code":"SDNMIL' '"cameo":"112'
code 2025-05-10 "Mohsen al-Daeri accused the Houthis of shelling Taiz."
has_event "2025-05-10 al-Daeri YEMGOV 112 YEMREB" '"source":{"code":"YEMGOV' '"target":{"code":"YEMREB' '"cameo":"112'

code 2024-07-01 "$(printf 'UN special rapporteur Francesca Albanese accused Israel of genocide in Gaza.\n\nAlbanese also criticised the United States for arming Israel.')"
has_event "2024-07-01 'Albanese' after Francesca Albanese is the UN's rapporteur" '"sentence":2' '"source":{"code":"IGOUNOHRI"' '"target":{"code":"USA"' '"cameo":"111"'
lacks_event "2024-07-01 ... not Australia's prime minister" '"source":{"code":"AUSGOV"'

code 2022-05-01 "Defence Minister Mohammad Reza Gharaei Ashtiani warned Israel against any attack."
has_event "2022-05-01 Gharaei Ashtiani unhyphenated IRNGOV 13 ISR" '"source":{"code":"IRNGOV' '"target":{"code":"ISR' '"cameo":"13'
code 2019-03-01 "Abdul Aziz bin Habtoor accused Saudi Arabia of bombing civilians."
has_event "2019-03-01 bin Habtoor spelt Abdul Aziz YEMREB 112 SAU" '"source":{"code":"YEMREB' '"target":{"code":"SAU' '"cameo":"112'
code 2024-08-01 "Dominique Dupuy met Kenyan President William Ruto in Nairobi."
has_event "2024-08-01 Dominique Dupuy HTIGOV 04 KENGOV" '"source":{"code":"HTIGOV' '"target":{"code":"KENGOV' '"cameo":"04'
code 2025-02-01 "Jean-Victor Harvel Jean-Baptiste met US envoy Dorothy Shea in Port-au-Prince."
has_event "2025-02-01 Harvel Jean-Baptiste HTIGOV 04" '"source":{"code":"HTIGOV' '"cameo":"04'

code 2019-02-04 "Pope Francis met Sheikh Ahmed al-Tayeb in Abu Dhabi."
has_event "2019-02-04 Pope Francis VATGOV 04" '"source":{"code":"VATGOV' '"cameo":"04'
code 2026-03-01 "The late Pope Francis had urged Israel to end the war in Gaza."
lacks_event "2026-03-01 Pope Francis, dead since 2025-04-21, is no VATGOV" '"code":"VATGOV'
code 2026-03-01 "Pope Leo urged Israel to end the war in Gaza."
has_event "2026-03-01 Pope Leo VATGOV 0 ISR" '"source":{"code":"VATGOV' '"target":{"code":"ISR' '"cameo":"0'
code 2010-03-01 "Pope John Paul II had urged Israel to end the occupation."
lacks_event "2010-03-01 Pope John Paul II, dead since 2005, is no VATGOV" '"code":"VATGOV'
code 2023-10-20 "Abdallah Bouhabib accused Israel of shelling southern villages."
has_event "2023-10-20 Bouhabib spelt as one word LBNGOV 112 ISR" '"source":{"code":"LBNGOV' '"target":{"code":"ISR' '"cameo":"112'
code 2021-05-10 "Claude Joseph met UN envoy Helen La Lime in Port-au-Prince."
has_event "2021-05-10 Claude Joseph HTIGOV 04" '"source":{"code":"HTIGOV' '"cameo":"04'
code 2024-06-01 "Claude Joseph met Kenyan President William Ruto in Nairobi."
has_event "2024-06-01 Claude Joseph out of office HTIELI 04" '"source":{"code":"HTIELI' '"cameo":"04'
code 2019-04-30 "Leopoldo Lopez urged the armed forces to back Guaido."
has_event "2019-04-30 Leopoldo Lopez VENOPP 0" '"source":{"code":"VENOPP' '"cameo":"0'
code 2017-04-10 "Capriles accused Maduro of banning him from office."
has_event "2017-04-10 Capriles VENOPP 112 VENGOV" '"source":{"code":"VENOPP' '"target":{"code":"VENGOV' '"cameo":"112'
code 2016-05-21 "Abu Mohammed al-Adnani called on Muslims to attack the United States."
has_event "2016-05-21 al-Adnani spelt Mohammed IMGMUSISI USA" '"source":{"code":"IMGMUSISI' '"target":{"code":"USA'
code 2025-03-01 "Interior Minister Bruno Retailleau accused Algeria of refusing to take back its nationals."
has_event "2025-03-01 Retailleau FRAGOV 112 DZA" '"source":{"code":"FRAGOV' '"target":{"code":"DZA' '"cameo":"112'
code 2026-03-01 "Bruno Retailleau accused Algeria of refusing to take back its nationals."
has_event "2026-03-01 Retailleau out of government FRAELI 112 DZA" '"source":{"code":"FRAELI' '"target":{"code":"DZA' '"cameo":"112'
code 2024-06-01 "Laurent Nunez accused protesters of attacking police officers."
has_event "2024-06-01 Nunez, Paris police prefect, FRACOP 112" '"source":{"code":"FRACOP' '"cameo":"112'
code 2026-03-01 "Laurent Nunez accused protesters of attacking police officers."
has_event "2026-03-01 Nunez, interior minister, FRAGOV 112" '"source":{"code":"FRAGOV' '"cameo":"112'
code 2023-06-01 "General Christopher Cavoli warned Russia against attacking NATO territory."
has_event "2023-06-01 Cavoli, SACEUR, IGOWSTNATMIL 13 RUS" '"source":{"code":"IGOWSTNATMIL' '"target":{"code":"RUS' '"cameo":"13'
code 2025-10-01 "Grynkewich warned Russia against attacking NATO territory."
has_event "2025-10-01 Grynkewich, SACEUR, IGOWSTNATMIL 13 RUS" '"source":{"code":"IGOWSTNATMIL' '"target":{"code":"RUS' '"cameo":"13'
code 2025-03-01 "CIA Director John Ratcliffe accused China of spying on US companies."
has_event "2025-03-01 Ratcliffe, CIA director, USASPY 112 CHN" '"source":{"code":"USASPY' '"target":{"code":"CHN' '"cameo":"112'
code 2020-01-10 "Bortnikov accused Ukraine of plotting attacks in Crimea."
has_event "2020-01-10 Bortnikov, FSB director, RUSSPY 112 UKR" '"source":{"code":"RUSSPY' '"target":{"code":"UKR' '"cameo":"112'
code 2024-03-01 "David Barnea met Qatar's prime minister in Doha."
has_event "2024-03-01 Barnea, Mossad director, ISRSPY 04 QATGOV" '"source":{"code":"ISRSPY' '"target":{"code":"QATGOV' '"cameo":"04'
code 2019-05-01 "Hakan Fidan met Russian officials in Moscow."
has_event "2019-05-01 Fidan, intelligence chief, TURSPY 04" '"source":{"code":"TURSPY' '"cameo":"04'
code 2024-05-01 "Hakan Fidan met Russian officials in Moscow."
has_event "2024-05-01 Fidan, foreign minister, TURGOV 04" '"source":{"code":"TURGOV' '"cameo":"04'
code 2024-05-01 "Ibrahim Kalin met Hamas officials in Ankara."
has_event "2024-05-01 Kalin, intelligence chief, TURSPY 04" '"source":{"code":"TURSPY' '"cameo":"04'
code 2020-05-01 "Mohammed Ishtayeh accused Israel of annexing the Jordan Valley."
has_event "2020-05-01 Shtayyeh spelt Ishtayeh PSEGOV 112 ISR" '"source":{"code":"PSEGOV' '"target":{"code":"ISR' '"cameo":"112'
code 2024-02-01 "Hossam Badran accused Israel of blocking a ceasefire deal."
has_event "2024-02-01 Hossam Badran, Hamas, PSEREB 112 ISR" '"source":{"code":"PSEREB' '"target":{"code":"ISR' '"cameo":"112'
code 2024-02-01 "Ilham Ahmed accused Turkey of bombing power stations in northeast Syria."
has_event "2024-02-01 Ilham Ahmed SYRREB 112 TUR" '"source":{"code":"SYRREB' '"target":{"code":"TUR' '"cameo":"112'
code 2024-02-01 "Wafiq Safa warned Israel against widening the war."
has_event "2024-02-01 Wafiq Safa LBNREB 13 ISR" '"source":{"code":"LBNREB' '"target":{"code":"ISR' '"cameo":"13'
code 2023-02-01 "Leonid Slutsky accused the United States of waging a proxy war."
has_event "2023-02-01 Slutsky RUSLEG 112 USA" '"source":{"code":"RUSLEG' '"target":{"code":"USA' '"cameo":"112'
code 2024-02-01 "Yoav Kisch accused UNRWA of teaching hatred."
has_event "2024-02-01 Yoav Kisch ISRGOV 112" '"source":{"code":"ISRGOV' '"cameo":"112'
code 2024-02-01 "Nadav Shoshani accused Hamas of using hospitals as shields."
has_event "2024-02-01 Nadav Shoshani ISRMIL 112 PSEREB" '"source":{"code":"ISRMIL' '"target":{"code":"PSEREB' '"cameo":"112'
code 2018-03-01 "Tareck El Aissami accused the United States of sabotaging Venezuela's economy."
has_event "2018-03-01 El Aissami VENGOV 112 USA" '"source":{"code":"VENGOV' '"target":{"code":"USA' '"cameo":"112'
code 2024-08-01 "Alexei Dyumin met Kim Jong Un in Pyongyang."
has_event "2024-08-01 Dyumin RUSGOV 04 PRKGOV" '"source":{"code":"RUSGOV' '"target":{"code":"PRKGOV' '"cameo":"04'

# Surnames alone and initials of forces and services (docs/dictionaries.md)
code 2024-09-01 "Sinwar rejected Israel's demands in the ceasefire talks."
has_event "2024-09-01 Sinwar alone PSEREB" '"source":{"code":"PSEREB' '"target":{"code":"ISR' '"cameo":"12'
code 2025-01-05 "Qassem warned Israel that Hezbollah's patience could run out."
has_event "2025-01-05 Qassem alone LBNREB 13 ISR" '"source":{"code":"LBNREB' '"target":{"code":"ISR' '"cameo":"13'
code 2025-03-10 "Barrot urged Russia to accept the ceasefire proposal."
has_event "2025-03-10 Barrot alone FRAGOV 02 RUS" '"source":{"code":"FRAGOV' '"target":{"code":"RUS' '"cameo":"02'
code 2015-03-10 "Barrot urged Russia to accept the ceasefire proposal."
lacks_event "2015-03-10 Barrot alone, neither in office, no one" '"source":{"code":"'
code 2025-03-10 "Kallas accused Russia of stalling on a ceasefire."
has_event "2025-03-10 Kallas alone IGOEUREEC 112 RUS" '"source":{"code":"IGOEUREEC' '"target":{"code":"RUS' '"cameo":"112'
code 2018-03-10 "Kallas accused Russia of stalling on a ceasefire."
lacks_event "2018-03-10 Kallas alone, neither in office, no one" '"source":{"code":"'
code 2025-03-10 "Abdelatty met Rubio in Washington."
has_event "2025-03-10 Abdelatty EGYGOV 04 USAGOV" '"source":{"code":"EGYGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2019-02-10 "Padrino accused the United States of preparing an invasion."
has_event "2019-02-10 Padrino VENGOV 112 USA" '"source":{"code":"VENGOV' '"target":{"code":"USA' '"cameo":"112'
code 2024-11-10 "Iwaya met Chinese Foreign Minister Wang Yi in Lima."
has_event "2024-11-10 Iwaya JPNGOV 04 CHNGOV" '"source":{"code":"JPNGOV' '"target":{"code":"CHNGOV' '"cameo":"04'
code 2025-11-03 "Koizumi met US Defense Secretary Pete Hegseth in Tokyo."
has_event "2025-11-03 Koizumi alone, defence minister, JPNGOV 04" '"source":{"code":"JPNGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2016-05-10 "Julani accused the Syrian government of breaking the truce."
has_event "2016-05-10 Julani SYRREB 112 SYRGOV" '"source":{"code":"SYRREB' '"target":{"code":"SYRGOV' '"cameo":"112'
code 2024-01-10 "The HUR accused Russia of planning sabotage in Moldova."
has_event "2024-01-10 HUR UKRSPY 112 RUS" '"source":{"code":"UKRSPY' '"target":{"code":"RUS' '"cameo":"112'
code 2024-01-10 "The Hur accused Russia of planning sabotage in Moldova."
lacks_event "2024-01-10 Hur not in capitals is no actor" '"code":"UKRSPY'
code 2021-01-10 "The ENDF accused the TPLF of attacking a military base."
has_event "2021-01-10 ENDF ETHMIL 112 ETHREB" '"source":{"code":"ETHMIL' '"target":{"code":"ETHREB' '"cameo":"112'
code 2022-03-10 "FAMa soldiers killed civilians in Moura, witnesses said."
has_event "2022-03-10 FAMa MLIMIL 19" '"source":{"code":"MLIMIL' '"cameo":"19'
code 2023-10-10 "The KDF killed ten al-Shabaab fighters in Lamu."
has_event "2023-10-10 KDF KENMIL 19 SOMREB" '"source":{"code":"KENMIL' '"target":{"code":"SOMREB' '"cameo":"19'
code 2024-05-10 "The PNH arrested a gang leader in Port-au-Prince."
has_event "2024-05-10 PNH HTICOP 173" '"source":{"code":"HTICOP' '"cameo":"173'
code 2019-03-10 "Pakistan accused India's Research and Analysis Wing of financing militants."
has_event "2019-03-10 RAW INDSPY target" '"source":{"code":"PAK' '"target":{"code":"INDSPY' '"cameo":"112'
code 2019-03-10 "The NDS arrested three Taliban commanders in Kabul."
has_event "2019-03-10 NDS AFGSPY 173 AFGREB" '"source":{"code":"AFGSPY' '"target":{"code":"AFGREB' '"cameo":"173'
code 2022-03-10 "The NDS arrested three Taliban commanders in Kabul."
lacks_event "2022-03-10 NDS dissolved by the Taliban" '"code":"AFGSPY'

# Defence ministers of docs/people-checklist.tsv
code 2025-05-01 "Tore Sandvik met Pete Hegseth at the Pentagon."
has_event "2025-05-01 Sandvik, Norway's defence minister, NORGOV 04" '"source":{"code":"NORGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2023-05-01 "Bjorn Arild Gram met Lloyd Austin at the Pentagon."
has_event "2023-05-01 Gram, Norway's defence minister, NORGOV 04" '"source":{"code":"NORGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-05-01 "Bjorn Arild Gram met Pete Hegseth at the Pentagon."
lacks_event "2025-05-01 Gram out of office is no NORGOV" '"code":"NORGOV'
code 2024-05-01 "Sherali Mirzo met Andrei Belousov in Moscow."
has_event "2024-05-01 Mirzo, Tajikistan's defence minister, TJKGOV 04 RUSGOV" '"source":{"code":"TJKGOV' '"target":{"code":"RUSGOV' '"cameo":"04'

# Heads of the regions of Ukraine that Russia occupies; Libya's eastern prime minister
code 2023-06-01 "Vladimir Saldo accused Ukraine of shelling Nova Kakhovka."
has_event "2023-06-01 Saldo, Russian-installed, RUSGOV 112 UKR" '"source":{"code":"RUSGOV' '"target":{"code":"UKR' '"cameo":"112'
code 2023-06-01 "Yevgeny Balitsky accused Ukraine of shelling Enerhodar."
has_event "2023-06-01 Balitsky, Russian-installed, RUSGOV 112 UKR" '"source":{"code":"RUSGOV' '"target":{"code":"UKR' '"cameo":"112'
code 2016-06-01 "Sergei Aksyonov accused Ukraine of cutting power to Crimea."
has_event "2016-06-01 Aksyonov, Russian-installed, RUSGOV 112 UKR" '"source":{"code":"RUSGOV' '"target":{"code":"UKR' '"cameo":"112'
code 2024-01-10 "Osama Hamad accused the Tripoli government of squandering oil revenues."
has_event "2024-01-10 Osama Hamad spelt with one m LBYREB 112 LBYGOV" '"source":{"code":"LBYREB' '"target":{"code":"LBYGOV' '"cameo":"112'

# People of the wire stories that the dictionaries lacked (dated terms)
code 2007-03-01 "Ian Martin met Prachanda in Kathmandu."
has_event "2007-03-01 Ian Martin, head of UNMIN, IGOUNO 040" '"source":{"code":"IGOUNO"' '"cameo":"040'
code 2011-10-01 "Ian Martin met Mustafa Abdul Jalil in Tripoli."
has_event "2011-10-01 Ian Martin, head of UNSMIL, IGOUNO 040 LBYGOV" '"source":{"code":"IGOUNO"' '"target":{"code":"LBYGOV' '"cameo":"040'
code 2010-03-01 "Ian Martin met Prachanda in Kathmandu."
lacks_event "2010-03-01 Ian Martin between UN posts is no IGOUNO" '"code":"IGOUNO'
code 2006-11-01 "Christodoulos Pashiardis criticised Turkey."
has_event "2006-11-01 Pashiardis, Cyprus government spokesman, CYPGOV 111 TUR" '"source":{"code":"CYPGOV' '"target":{"code":"TUR' '"cameo":"111'
code 2009-11-01 "Christodoulos Pashiardis criticised Turkey."
lacks_event "2009-11-01 Pashiardis out of office is no CYPGOV" '"code":"CYPGOV'
code 2006-11-05 "Liaquat Jatoi invited Iran to invest in Pakistan."
has_event "2006-11-05 Jatoi, Pakistan's water and power minister, PAKGOV 02 IRN" '"source":{"code":"PAKGOV' '"target":{"code":"IRN' '"cameo":"02'
code 2025-03-01 "Mohamed Menfi met Recep Tayyip Erdogan in Ankara."
has_event "2025-03-01 Menfi without 'al-' is named in full, LBYGOV 040 TURGOV" '"source":{"code":"LBYGOV","country":"LBY","sector":"GOV","text":"Mohamed Menfi"}' '"target":{"code":"TURGOV' '"cameo":"040'
code 2025-03-01 "Abdullah al-Lafi criticised Khalifa Haftar."
has_event "2025-03-01 al-Lafi, deputy head of the Presidential Council, LBYGOV 111 LBYREB" '"source":{"code":"LBYGOV' '"target":{"code":"LBYREB' '"cameo":"111'

# Checklist slots filled in the nineteenth actor session: each office holder on a date of 2026.
code 2026-05-04 "Maka Botchorishvili criticised the European Union."
has_event "2026-05-04 Botchorishvili GEOGOV 111 EU" '"source":{"code":"GEOGOV' '"target":{"code":"IGOEUREEC'
code 2026-05-04 "Irakli Chikovani criticised Russia."
has_event "2026-05-04 Chikovani GEOGOV 111 RUS" '"source":{"code":"GEOGOV' '"target":{"code":"RUS'
code 2026-05-04 "Kang Yu-jung criticised Japan."
has_event "2026-05-04 Kang Yu-jung KORGOV 111 JPN" '"source":{"code":"KORGOV' '"target":{"code":"JPN'
code 2026-05-04 "Carlos Presti criticised Chile."
has_event "2026-05-04 Presti ARGGOV 111 CHL" '"source":{"code":"ARGGOV' '"target":{"code":"CHL'
code 2026-05-04 "Khaled Sehili criticised Libya."
has_event "2026-05-04 Sehili TUNGOV 111 LBY" '"source":{"code":"TUNGOV' '"target":{"code":"LBY'
code 2026-05-04 "Aisha Mohammed Musa criticised Eritrea."
has_event "2026-05-04 Aisha Mohammed ETHGOV 111 ERI" '"source":{"code":"ETHGOV' '"target":{"code":"ERI'
code 2026-05-04 "Celestin Simpore criticised Niger."
has_event "2026-05-04 Simpore BFAGOV 111 NER" '"source":{"code":"BFAGOV' '"target":{"code":"NER'

# Actors added in the twenty-sixth actor session: central bank governors (GOVBUS, as the
# banks), European commissioners, Chinese leaders, and 2025 actors in Haiti, Sudan, Syria.
code 2025-07-01 "Fed Chair Jerome Powell rejected Trump's call for lower interest rates."
has_event "2025-07-01 Powell USAGOVBUS 12 USAGOV" '"source":{"code":"USAGOVBUS' '"target":{"code":"USAGOV' '"cameo":"12'
code 2025-02-10 "Andrew Bailey met Chancellor Rachel Reeves in London."
has_event "2025-02-10 Bailey GBRGOVBUS 04 GBRGOV" '"source":{"code":"GBRGOVBUS' '"target":{"code":"GBRGOV' '"cameo":"04'
code 2025-08-10 "Kazuo Ueda met Ishiba in Tokyo."
has_event "2025-08-10 Ueda JPNGOVBUS 04 JPNGOV" '"source":{"code":"JPNGOVBUS' '"target":{"code":"JPNGOV' '"cameo":"04'
code 2020-08-10 "Kazuo Ueda met Abe in Tokyo."
lacks_event "2020-08-10 Ueda before the Bank of Japan is no JPNGOVBUS" '"code":"JPNGOVBUS'
code 2018-05-10 "Haruhiko Kuroda met Shinzo Abe in Tokyo."
has_event "2018-05-10 Kuroda JPNGOVBUS 04 JPNGOV" '"source":{"code":"JPNGOVBUS' '"target":{"code":"JPNGOV' '"cameo":"04'
code 2025-05-10 "Pan Gongsheng met Bessent in Geneva."
has_event "2025-05-10 Pan Gongsheng CHNGOVBUS 04 USAGOV" '"source":{"code":"CHNGOVBUS' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-03-10 "Elvira Nabiullina criticised the government's spending plans."
has_event "2025-03-10 Nabiullina RUSGOVBUS 111" '"source":{"code":"RUSGOVBUS' '"cameo":"111'
code 2010-03-10 "Elvira Nabiullina met Chinese officials in Beijing."
has_event "2010-03-10 Nabiullina, economy minister, RUSGOV 04 CHNGOV" '"source":{"code":"RUSGOV"' '"target":{"code":"CHNGOV' '"cameo":"04'
code 2025-06-10 "Sanjay Malhotra met Modi in New Delhi."
has_event "2025-06-10 Malhotra INDGOVBUS 04 INDGOV" '"source":{"code":"INDGOVBUS' '"target":{"code":"INDGOV' '"cameo":"04'
code 2025-04-10 "Maros Sefcovic met Howard Lutnick in Washington."
has_event "2025-04-10 Sefcovic IGOEUREEC 04 USAGOV" '"source":{"code":"IGOEUREEC' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-06-10 "Marta Kos met Maia Sandu in Chisinau."
has_event "2025-06-10 Kos IGOEUREEC 04 MDAGOV" '"source":{"code":"IGOEUREEC' '"target":{"code":"MDAGOV' '"cameo":"04'
code 2025-06-10 "Zhao Leji met a delegation of Vietnamese lawmakers in Beijing."
has_event "2025-06-10 Zhao Leji, NPC chairman, CHNLEG 04 VNMLEG" '"source":{"code":"CHNLEG' '"target":{"code":"VNMLEG' '"cameo":"04'
code 2025-06-10 "Ding Xuexiang met Kenyan President William Ruto in Beijing."
has_event "2025-06-10 Ding Xuexiang CHNGOV 04 KENGOV" '"source":{"code":"CHNGOV' '"target":{"code":"KENGOV' '"cameo":"04'
code 2025-04-20 "Gang leader Jimmy Cherizier threatened the Transitional Presidential Council."
has_event "2025-04-20 Cherizier 13 HTIGOV" '"source":{"code":"HTICRM' '"target":{"code":"HTIGOV' '"cameo":"13'
code 2025-04-20 "Cherizier's gangs attacked the police in Port-au-Prince."
has_event "2025-04-20 Cherizier alone HTICRM 19" '"source":{"code":"HTICRM' '"cameo":"19'
code 2025-04-20 "Kraze Barye gang members kidnapped missionaries in Croix-des-Bouquets."
has_event "2025-04-20 Kraze Barye HTICRM 18" '"source":{"code":"HTICRM' '"cameo":"18'
code 2025-04-20 "Vitel'homme Innocent threatened the Haitian police."
has_event "2025-04-20 Vitel'homme Innocent HTICRM 13 HTICOP" '"source":{"code":"HTICRM' '"target":{"code":"HTICOP' '"cameo":"13'
code 2025-03-10 "Tasis accused the army of bombing markets in Darfur."
has_event "2025-03-10 Tasis SDNREB 112 SDNMIL" '"source":{"code":"SDNREB' '"target":{"code":"SDNMIL' '"cameo":"112'
code 2025-05-10 "Hind Kabawat met UN officials in Damascus."
has_event "2025-05-10 Kabawat SYRGOV 04 IGOUNO" '"source":{"code":"SYRGOV' '"target":{"code":"IGOUNO' '"cameo":"04'
code 2025-07-20 "Sheikh Hikmat al-Hijri rejected the government's ceasefire terms."
has_event "2025-07-20 al-Hijri SYRREL 12" '"source":{"code":"SYRREL' '"cameo":"12'
code 2025-05-10 "Tundu Lissu accused the government of rigging the elections."
has_event "2025-05-10 Lissu TZAOPP 112" '"source":{"code":"TZAOPP' '"cameo":"112'
code 2025-05-10 "Nuhu Ribadu met US officials in Abuja."
has_event "2025-05-10 Ribadu NGAGOV 04 USAGOV" '"source":{"code":"NGAGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-05-10 "Yechiel Leiter met Mike Huckabee in Washington."
has_event "2025-05-10 Leiter ISRGOV 04 USAGOV" '"source":{"code":"ISRGOV' '"target":{"code":"USAGOV' '"cameo":"04'
code 2025-05-10 "Elise Stefanik criticised the United Nations."
has_event "2025-05-10 Stefanik USALEG 111 IGOUNO" '"source":{"code":"USALEG' '"target":{"code":"IGOUNO' '"cameo":"111'

code 2025-03-10 "Puan Maharani criticised the government's budget cuts."
has_event "2025-03-10 Puan Maharani IDNLEG 111" '"source":{"code":"IDNLEG' '"cameo":"111'
code 2025-03-10 "Tran Thanh Man met Chinese lawmakers in Hanoi."
has_event "2025-03-10 Tran Thanh Man VNMLEG 04" '"source":{"code":"VNMLEG' '"cameo":"04'
code 2022-03-10 "Vuong Dinh Hue met Cambodian officials in Hanoi."
has_event "2022-03-10 Vuong Dinh Hue VNMLEG 04 KHMGOV" '"source":{"code":"VNMLEG' '"target":{"code":"KHMGOV' '"cameo":"04'

code 2025-05-10 "Reform UK accused the government of betraying voters."
has_event "2025-05-10 Reform UK GBROPP 112 GBRGOV" '"source":{"code":"GBROPP' '"target":{"code":"GBRGOV' '"cameo":"112'

code 2025-10-10 "The Department of War ordered strikes on boats off Venezuela."
has_event "2025-10-10 Department of War USAMIL 190 VEN" '"source":{"code":"USAMIL' '"target":{"code":"VEN' '"cameo":"190'
code 2025-10-10 "The US war secretary warned Venezuela on Friday."
has_event "2025-10-10 war secretary USAGOVMIL 130" '"source":{"code":"USAGOVMIL' '"cameo":"130'
code 2025-03-10 "The Department of Government Efficiency criticised the Pentagon."
has_event "2025-03-10 DOGE USAGOV 111 USAMIL" '"source":{"code":"USAGOV' '"target":{"code":"USAMIL' '"cameo":"111'
code 2021-03-10 "Musk said Doge would rise against the dollar."
lacks_event "2021-03-10 Doge is a coin" '"source":{"code":"USAGOV'

# The PKK after its dissolution (2025-05-12): its fighters act under its name
code 2025-10-27 "Turkish intelligence officials met PKK commanders in northern Iraq."
has_event "2025-10-27 PKK commanders after the dissolution TURREB" '"target":{"code":"TURREB"' '"cameo":"04'
lacks_event "2025-10-27 an armed group's commanders are no MIL" '"code":"TURREBMIL"'

# 2025-2026 offices across regions (actors30)
code 2025-06-12 "General Dan Caine, chairman of the Joint Chiefs of Staff, briefed Hegseth on strikes against Iran."
has_event "2025-06-12 Caine chairman of the Joint Chiefs USAMIL" '"source":{"code":"USAMIL' '"cameo":"0'
lacks_event "2025-06-12 Caine not USAGOV" '"source":{"code":"USAGOV"'
code 2025-06-05 "Romanian President Nicusor Dan met Ukrainian President Volodymyr Zelensky in Bucharest."
has_event "2025-06-05 Nicusor Dan ROUGOV 04 UKRGOV" '"source":{"code":"ROUGOV' '"target":{"code":"UKRGOV' '"cameo":"04'
code 2025-09-20 "Foreign Minister Johann Wadephul urged Russia to agree to a ceasefire."
has_event "2025-09-20 Wadephul DEUGOV 02 RUS" '"source":{"code":"DEUGOV' '"target":{"code":"RUS' '"cameo":"02'
code 2025-10-15 "Prime Minister Sebastien Lecornu met union leaders in Paris."
has_event "2025-10-15 Lecornu FRAGOV 04" '"source":{"code":"FRAGOV' '"cameo":"04'
code 2025-08-20 "Defence Minister Denys Shmyhal signed an agreement with Denmark on drone production."
has_event "2025-08-20 Shmyhal UKRGOV 05 DNK" '"source":{"code":"UKRGOV' '"target":{"code":"DNK' '"cameo":"05'
code 2025-06-15 "Foreign Minister Anita Anand met Indian External Affairs Minister Subrahmanyam Jaishankar."
has_event "2025-06-15 Anand CANGOV 04 INDGOV" '"source":{"code":"CANGOV' '"target":{"code":"INDGOV' '"cameo":"04'
code 2025-03-10 "FBI Director Kash Patel accused China of stealing American technology."
has_event "2025-03-10 Patel USACOP 112 CHN" '"source":{"code":"USACOP' '"target":{"code":"CHN' '"cameo":"112'
code 2025-09-20 "Thai Prime Minister Anutin Charnvirakul met Cambodian Prime Minister Hun Manet."
has_event "2025-09-20 Anutin THAGOV 04 KHMGOV" '"source":{"code":"THAGOV' '"target":{"code":"KHMGOV' '"cameo":"04'
code 2025-09-20 "Interim Prime Minister Sushila Karki met Indian officials in Kathmandu."
has_event "2025-09-20 Karki NPLGOV 04 INDGOV" '"source":{"code":"NPLGOV' '"target":{"code":"INDGOV' '"cameo":"04'
code 2025-03-10 "Sri Lankan President Anura Kumara Dissanayake met Indian Prime Minister Narendra Modi."
has_event "2025-03-10 Dissanayake LKAGOV 04 INDGOV" '"source":{"code":"LKAGOV' '"target":{"code":"INDGOV' '"cameo":"04'
code 2025-06-10 "Namibian President Netumbo Nandi-Ndaitwah met Botswana's President Duma Boko."
has_event "2025-06-10 Nandi-Ndaitwah NAMGOV 04 BWAGOV" '"source":{"code":"NAMGOV' '"target":{"code":"BWAGOV' '"cameo":"04'
code 2025-04-10 "Ghanaian President John Mahama met Ivorian President Alassane Ouattara in Abidjan."
has_event "2025-04-10 Mahama GHAGOV 04 CIVGOV" '"source":{"code":"GHAGOV' '"target":{"code":"CIVGOV' '"cameo":"04'
code 2025-05-20 "African Union Commission chairman Mahmoud Ali Youssouf urged Sudan's warring parties to agree to a truce."
has_event "2025-05-20 Youssouf IGOAFRAFU 02" '"source":{"code":"IGOAFRAFU' '"cameo":"02'
code 2025-10-20 "General Assembly President Annalena Baerbock urged Israel to allow aid into Gaza."
has_event "2025-10-20 Baerbock IGOUNO 02 ISR" '"source":{"code":"IGOUNO' '"target":{"code":"ISR' '"cameo":"02'
code 2023-10-20 "Foreign Minister Annalena Baerbock urged Israel to allow aid into Gaza."
has_event "2023-10-20 Baerbock DEUGOV 02 ISR" '"source":{"code":"DEUGOV' '"target":{"code":"ISR' '"cameo":"02'
code 2025-07-10 "Nvidia agreed to sell chips to China after talks with the Trump administration."
has_event "2025-07-10 Nvidia USABUS 03 CHN" '"source":{"code":"USABUS' '"target":{"code":"CHN' '"cameo":"03'
code 2026-02-03 "OpenAI signed a deal with the Indian government on Tuesday."
has_event "2026-02-03 OpenAI USABUS 057 INDGOV" '"source":{"code":"USABUS' '"target":{"code":"INDGOV'
code 2026-02-03 "Chinese carmaker BYD criticised the European Commission on Tuesday."
has_event "2026-02-03 BYD CHNBUS 111" '"source":{"code":"CHNBUS' '"target":{"code":"IGOEUREEC'
code 2026-02-03 "Al-Shibani met Turkish officials in Ankara on Monday."
has_event "2026-02-03 al-Shibani SYRGOV 04 TURGOV" '"source":{"code":"SYRGOV' '"target":{"code":"TURGOV'

code 2024-03-10 "Israel transferred 100 million dollars in tax revenues to the Palestinian Authority on Sunday."
has_event "2024-03-10 transfer ISR 071 PSEGOV" '"source":{"code":"ISR"' '"target":{"code":"PSEGOV"' '"cameo":"071"'
code 2024-03-10 "The United States transferred four Guantanamo detainees to Oman."
has_event "2024-03-10 transfer USA 0841 OMN" '"source":{"code":"USA"' '"target":{"code":"OMN"' '"cameo":"0841"'
code 2024-03-10 "Navalny was transferred to a prison colony in the Arctic."
lacks_event "2024-03-10 a prisoner moved is no event" '"cameo":"08'

code 2024-03-10 "Israel will allow more aid into Gaza, Netanyahu said."
has_event "2024-03-10 aid allowed into ISR 0863 PSEGZA" '"source":{"code":"ISR"' '"target":{"code":"PSEGZA"' '"cameo":"0863"'
code 2024-03-10 "The United States allowed Ukraine to use American aid against Russia."
lacks_event "2024-03-10 aid one may use is no access allowed" '"cameo":"0863"'

code 2022-03-29 "Erdogan chaired talks between Russia and Ukraine in Istanbul."
has_event "2022-03-29 chaired between TURGOV 045 RUS" '"source":{"code":"TURGOV"' '"target":{"code":"RUS"' '"cameo":"045"'
has_event "2022-03-29 chaired between TURGOV 045 UKR" '"source":{"code":"TURGOV"' '"target":{"code":"UKR"' '"cameo":"045"'

code 2020-08-06 "France extended its solidarity with Lebanon after the blast."
has_event "2020-08-06 solidarity extended FRA 051 LBN" '"source":{"code":"FRA"' '"target":{"code":"LBN"' '"cameo":"051"'
code 2024-05-01 "Pakistan extended its gratitude to China for its support."
has_event "2024-05-01 gratitude extended PAK 051 CHN" '"source":{"code":"PAK"' '"target":{"code":"CHN"' '"cameo":"051"'

code 2022-08-17 "Israel and Turkey exchanged ambassadors on Wednesday."
has_event "2022-08-17 ambassadors exchanged ISR 054 TUR" '"source":{"code":"ISR"' '"target":{"code":"TUR"' '"cameo":"054"'
has_event "2022-08-17 ambassadors exchanged TUR 054 ISR" '"source":{"code":"TUR"' '"target":{"code":"ISR"' '"cameo":"054"'

# groupings of states named as one actor, from the day they formed
code 2025-08-28 "The E3 triggered the snapback of UN sanctions on Iran."
has_event "2025-08-28 the E3 is one actor" '"source":{"code":"IGOETR"' '"target":{"code":"IRN"' '"cameo":"163"'
code 2023-03-10 "China criticised the AUKUS pact."
has_event "2023-03-10 AUKUS is one actor" '"source":{"code":"CHN"' '"target":{"code":"IGOAUK"' '"cameo":"111"'
code 2024-09-22 "The quad bike crashed into a wall."
lacks_event "2024-09-22 a quad bike is no Quad" '"IGOQUD"'

finish
