/*
 * countries.c — dyad's own table of countries and territories.
 *
 * Written from public facts (ISO 3166-1 codes, English short names,
 * capitals) for every ISO 3166-1 country and territory: those libgeonames
 * uses, the few states it has no city for (Singapore, Vatican City, ...)
 * and the territories it leaves out (Niue, Pitcairn, Antarctica, ...).
 * A territory with no seat of government has an empty capital.  Coordinates
 * are approximate geographic centres, rounded to a tenth of a degree:
 * good enough to put a country on a map, not to measure distances.
 * Kosovo has no ISO code; it takes KSV, the code CAMEO dictionaries use.
 */
#include "place/gazetteer.h"

#include <string.h>

const dyad_country dyad_countries[] = {
    {"ABW", "AW", "Aruba", "Oranjestad", 12.5, -70.0},
    {"AFG", "AF", "Afghanistan", "Kabul", 33.9, 67.7},
    {"AGO", "AO", "Angola", "Luanda", -11.2, 17.9},
    {"AIA", "AI", "Anguilla", "The Valley", 18.2, -63.1},
    {"ALA", "AX", "Aland Islands", "Mariehamn", 60.2, 20.0},
    {"ALB", "AL", "Albania", "Tirana", 41.2, 20.2},
    {"AND", "AD", "Andorra", "Andorra la Vella", 42.5, 1.6},
    {"ARE", "AE", "United Arab Emirates", "Abu Dhabi", 23.4, 53.8},
    {"ARG", "AR", "Argentina", "Buenos Aires", -38.4, -63.6},
    {"ARM", "AM", "Armenia", "Yerevan", 40.1, 45.0},
    {"ASM", "AS", "American Samoa", "Pago Pago", -14.3, -170.7},
    {"ATA", "AQ", "Antarctica", "", -90.0, 0.0},
    {"ATF", "TF", "French Southern Territories", "Port-aux-Francais", -49.3, 69.3},
    {"ATG", "AG", "Antigua and Barbuda", "Saint John's", 17.1, -61.8},
    {"AUS", "AU", "Australia", "Canberra", -25.3, 133.8},
    {"AUT", "AT", "Austria", "Vienna", 47.5, 14.6},
    {"AZE", "AZ", "Azerbaijan", "Baku", 40.1, 47.6},
    {"BDI", "BI", "Burundi", "Gitega", -3.4, 29.9},
    {"BEL", "BE", "Belgium", "Brussels", 50.5, 4.5},
    {"BEN", "BJ", "Benin", "Porto-Novo", 9.3, 2.3},
    {"BES", "BQ", "Caribbean Netherlands", "Kralendijk", 12.2, -68.3},
    {"BFA", "BF", "Burkina Faso", "Ouagadougou", 12.2, -1.6},
    {"BGD", "BD", "Bangladesh", "Dhaka", 23.7, 90.4},
    {"BGR", "BG", "Bulgaria", "Sofia", 42.7, 25.5},
    {"BHR", "BH", "Bahrain", "Manama", 26.0, 50.6},
    {"BHS", "BS", "Bahamas", "Nassau", 25.0, -77.4},
    {"BIH", "BA", "Bosnia and Herzegovina", "Sarajevo", 43.9, 17.7},
    {"BLM", "BL", "Saint Barthelemy", "Gustavia", 17.9, -62.8},
    {"BLR", "BY", "Belarus", "Minsk", 53.7, 28.0},
    {"BLZ", "BZ", "Belize", "Belmopan", 17.2, -88.5},
    {"BMU", "BM", "Bermuda", "Hamilton", 32.3, -64.8},
    {"BOL", "BO", "Bolivia", "Sucre", -16.3, -63.6},
    {"BRA", "BR", "Brazil", "Brasilia", -14.2, -51.9},
    {"BRB", "BB", "Barbados", "Bridgetown", 13.2, -59.5},
    {"BRN", "BN", "Brunei", "Bandar Seri Begawan", 4.5, 114.7},
    {"BTN", "BT", "Bhutan", "Thimphu", 27.5, 90.4},
    {"BVT", "BV", "Bouvet Island", "", -54.4, 3.4},
    {"BWA", "BW", "Botswana", "Gaborone", -22.3, 24.7},
    {"CAF", "CF", "Central African Republic", "Bangui", 6.6, 20.9},
    {"CAN", "CA", "Canada", "Ottawa", 56.1, -106.3},
    {"CCK", "CC", "Cocos (Keeling) Islands", "West Island", -12.2, 96.8},
    {"CHE", "CH", "Switzerland", "Bern", 46.8, 8.2},
    {"CHL", "CL", "Chile", "Santiago", -35.7, -71.5},
    {"CHN", "CN", "China", "Beijing", 35.9, 104.2},
    {"CIV", "CI", "Ivory Coast", "Yamoussoukro", 7.5, -5.5},
    {"CMR", "CM", "Cameroon", "Yaounde", 7.4, 12.4},
    {"COD", "CD", "Democratic Republic of the Congo", "Kinshasa", -4.0, 21.8},
    {"COG", "CG", "Republic of the Congo", "Brazzaville", -0.2, 15.8},
    {"COK", "CK", "Cook Islands", "Avarua", -21.2, -159.8},
    {"COL", "CO", "Colombia", "Bogota", 4.6, -74.3},
    {"COM", "KM", "Comoros", "Moroni", -11.9, 43.9},
    {"CPV", "CV", "Cabo Verde", "Praia", 16.0, -24.0},
    {"CRI", "CR", "Costa Rica", "San Jose", 9.7, -83.8},
    {"CUB", "CU", "Cuba", "Havana", 21.5, -77.8},
    {"CUW", "CW", "Curacao", "Willemstad", 12.2, -69.0},
    {"CXR", "CX", "Christmas Island", "Flying Fish Cove", -10.5, 105.7},
    {"CYM", "KY", "Cayman Islands", "George Town", 19.3, -81.3},
    {"CYP", "CY", "Cyprus", "Nicosia", 35.1, 33.4},
    {"CZE", "CZ", "Czech Republic", "Prague", 49.8, 15.5},
    {"DEU", "DE", "Germany", "Berlin", 51.2, 10.5},
    {"DJI", "DJ", "Djibouti", "Djibouti", 11.8, 42.6},
    {"DMA", "DM", "Dominica", "Roseau", 15.4, -61.4},
    {"DNK", "DK", "Denmark", "Copenhagen", 56.3, 9.5},
    {"DOM", "DO", "Dominican Republic", "Santo Domingo", 18.7, -70.2},
    {"DZA", "DZ", "Algeria", "Algiers", 28.0, 1.7},
    {"ECU", "EC", "Ecuador", "Quito", -1.8, -78.2},
    {"EGY", "EG", "Egypt", "Cairo", 26.8, 30.8},
    {"ERI", "ER", "Eritrea", "Asmara", 15.2, 39.8},
    {"ESH", "EH", "Western Sahara", "Laayoune", 24.2, -12.9},
    {"ESP", "ES", "Spain", "Madrid", 40.5, -3.7},
    {"EST", "EE", "Estonia", "Tallinn", 58.6, 25.0},
    {"ETH", "ET", "Ethiopia", "Addis Ababa", 9.1, 40.5},
    {"FIN", "FI", "Finland", "Helsinki", 61.9, 25.7},
    {"FJI", "FJ", "Fiji", "Suva", -17.7, 178.1},
    {"FLK", "FK", "Falkland Islands", "Stanley", -51.8, -59.5},
    {"FRA", "FR", "France", "Paris", 46.2, 2.2},
    {"FRO", "FO", "Faroe Islands", "Torshavn", 61.9, -6.9},
    {"FSM", "FM", "Micronesia", "Palikir", 7.4, 150.6},
    {"GAB", "GA", "Gabon", "Libreville", -0.8, 11.6},
    {"GBR", "GB", "United Kingdom", "London", 55.4, -3.4},
    {"GEO", "GE", "Georgia", "Tbilisi", 42.3, 43.4},
    {"GGY", "GG", "Guernsey", "Saint Peter Port", 49.5, -2.6},
    {"GHA", "GH", "Ghana", "Accra", 7.9, -1.0},
    {"GIB", "GI", "Gibraltar", "Gibraltar", 36.1, -5.4},
    {"GIN", "GN", "Guinea", "Conakry", 9.9, -9.7},
    {"GLP", "GP", "Guadeloupe", "Basse-Terre", 16.3, -61.6},
    {"GMB", "GM", "Gambia", "Banjul", 13.4, -15.3},
    {"GNB", "GW", "Guinea-Bissau", "Bissau", 11.8, -15.2},
    {"GNQ", "GQ", "Equatorial Guinea", "Malabo", 1.7, 10.3},
    {"GRC", "GR", "Greece", "Athens", 39.1, 21.8},
    {"GRD", "GD", "Grenada", "Saint George's", 12.1, -61.7},
    {"GRL", "GL", "Greenland", "Nuuk", 71.7, -42.6},
    {"GTM", "GT", "Guatemala", "Guatemala City", 15.8, -90.2},
    {"GUF", "GF", "French Guiana", "Cayenne", 3.9, -53.1},
    {"GUM", "GU", "Guam", "Hagatna", 13.4, 144.8},
    {"GUY", "GY", "Guyana", "Georgetown", 4.9, -58.9},
    {"HKG", "HK", "Hong Kong", "Hong Kong", 22.3, 114.2},
    {"HMD", "HM", "Heard Island and McDonald Islands", "", -53.1, 73.5},
    {"HND", "HN", "Honduras", "Tegucigalpa", 15.2, -86.2},
    {"HRV", "HR", "Croatia", "Zagreb", 45.1, 15.2},
    {"HTI", "HT", "Haiti", "Port-au-Prince", 19.0, -72.3},
    {"HUN", "HU", "Hungary", "Budapest", 47.2, 19.5},
    {"IDN", "ID", "Indonesia", "Jakarta", -0.8, 113.9},
    {"IMN", "IM", "Isle of Man", "Douglas", 54.2, -4.5},
    {"IND", "IN", "India", "New Delhi", 20.6, 79.0},
    {"IOT", "IO", "British Indian Ocean Territory", "Diego Garcia", -7.3, 72.4},
    {"IRL", "IE", "Ireland", "Dublin", 53.4, -8.2},
    {"IRN", "IR", "Iran", "Tehran", 32.4, 53.7},
    {"IRQ", "IQ", "Iraq", "Baghdad", 33.2, 43.7},
    {"ISL", "IS", "Iceland", "Reykjavik", 65.0, -19.0},
    {"ISR", "IL", "Israel", "Jerusalem", 31.0, 34.9},
    {"ITA", "IT", "Italy", "Rome", 41.9, 12.6},
    {"JAM", "JM", "Jamaica", "Kingston", 18.1, -77.3},
    {"JEY", "JE", "Jersey", "Saint Helier", 49.2, -2.1},
    {"JOR", "JO", "Jordan", "Amman", 30.6, 36.2},
    {"JPN", "JP", "Japan", "Tokyo", 36.2, 138.3},
    {"KAZ", "KZ", "Kazakhstan", "Astana", 48.0, 66.9},
    {"KEN", "KE", "Kenya", "Nairobi", 0.0, 37.9},
    {"KGZ", "KG", "Kyrgyzstan", "Bishkek", 41.2, 74.8},
    {"KHM", "KH", "Cambodia", "Phnom Penh", 12.6, 105.0},
    {"KIR", "KI", "Kiribati", "Tarawa", 1.4, 173.0},
    {"KNA", "KN", "Saint Kitts and Nevis", "Basseterre", 17.4, -62.8},
    {"KOR", "KR", "South Korea", "Seoul", 35.9, 127.8},
    {"KSV", "XK", "Kosovo", "Pristina", 42.6, 20.9},
    {"KWT", "KW", "Kuwait", "Kuwait City", 29.3, 47.5},
    {"LAO", "LA", "Laos", "Vientiane", 19.9, 102.5},
    {"LBN", "LB", "Lebanon", "Beirut", 33.9, 35.9},
    {"LBR", "LR", "Liberia", "Monrovia", 6.4, -9.4},
    {"LBY", "LY", "Libya", "Tripoli", 26.3, 17.2},
    {"LCA", "LC", "Saint Lucia", "Castries", 13.9, -61.0},
    {"LIE", "LI", "Liechtenstein", "Vaduz", 47.2, 9.6},
    {"LKA", "LK", "Sri Lanka", "Colombo", 7.9, 80.8},
    {"LSO", "LS", "Lesotho", "Maseru", -29.6, 28.2},
    {"LTU", "LT", "Lithuania", "Vilnius", 55.2, 23.9},
    {"LUX", "LU", "Luxembourg", "Luxembourg", 49.8, 6.1},
    {"LVA", "LV", "Latvia", "Riga", 56.9, 24.6},
    {"MAC", "MO", "Macau", "Macau", 22.2, 113.5},
    {"MAF", "MF", "Saint Martin", "Marigot", 18.1, -63.1},
    {"MAR", "MA", "Morocco", "Rabat", 31.8, -7.1},
    {"MCO", "MC", "Monaco", "Monaco", 43.7, 7.4},
    {"MDA", "MD", "Moldova", "Chisinau", 47.4, 28.4},
    {"MDG", "MG", "Madagascar", "Antananarivo", -18.8, 46.9},
    {"MDV", "MV", "Maldives", "Male", 3.2, 73.2},
    {"MEX", "MX", "Mexico", "Mexico City", 23.6, -102.6},
    {"MHL", "MH", "Marshall Islands", "Majuro", 7.1, 171.2},
    {"MKD", "MK", "North Macedonia", "Skopje", 41.6, 21.7},
    {"MLI", "ML", "Mali", "Bamako", 17.6, -4.0},
    {"MLT", "MT", "Malta", "Valletta", 35.9, 14.4},
    {"MMR", "MM", "Myanmar", "Nay Pyi Taw", 21.9, 96.0},
    {"MNE", "ME", "Montenegro", "Podgorica", 42.7, 19.4},
    {"MNG", "MN", "Mongolia", "Ulaanbaatar", 46.9, 103.8},
    {"MNP", "MP", "Northern Mariana Islands", "Saipan", 15.1, 145.7},
    {"MOZ", "MZ", "Mozambique", "Maputo", -18.7, 35.5},
    {"MRT", "MR", "Mauritania", "Nouakchott", 21.0, -10.9},
    {"MSR", "MS", "Montserrat", "Plymouth", 16.7, -62.2},
    {"MTQ", "MQ", "Martinique", "Fort-de-France", 14.6, -61.0},
    {"MUS", "MU", "Mauritius", "Port Louis", -20.3, 57.6},
    {"MWI", "MW", "Malawi", "Lilongwe", -13.3, 34.3},
    {"MYS", "MY", "Malaysia", "Kuala Lumpur", 4.2, 102.0},
    {"MYT", "YT", "Mayotte", "Mamoudzou", -12.8, 45.2},
    {"NAM", "NA", "Namibia", "Windhoek", -23.0, 18.5},
    {"NCL", "NC", "New Caledonia", "Noumea", -20.9, 165.6},
    {"NER", "NE", "Niger", "Niamey", 17.6, 8.1},
    {"NFK", "NF", "Norfolk Island", "Kingston", -29.0, 168.0},
    {"NGA", "NG", "Nigeria", "Abuja", 9.1, 8.7},
    {"NIC", "NI", "Nicaragua", "Managua", 12.9, -85.2},
    {"NIU", "NU", "Niue", "Alofi", -19.1, -169.9},
    {"NLD", "NL", "Netherlands", "Amsterdam", 52.1, 5.3},
    {"NOR", "NO", "Norway", "Oslo", 60.5, 8.5},
    {"NPL", "NP", "Nepal", "Kathmandu", 28.4, 84.1},
    {"NRU", "NR", "Nauru", "Yaren", -0.5, 166.9},
    {"NZL", "NZ", "New Zealand", "Wellington", -40.9, 174.9},
    {"OMN", "OM", "Oman", "Muscat", 21.5, 55.9},
    {"PAK", "PK", "Pakistan", "Islamabad", 30.4, 69.3},
    {"PAN", "PA", "Panama", "Panama City", 8.5, -80.8},
    {"PCN", "PN", "Pitcairn Islands", "Adamstown", -25.1, -130.1},
    {"PER", "PE", "Peru", "Lima", -9.2, -75.0},
    {"PHL", "PH", "Philippines", "Manila", 12.9, 121.8},
    {"PLW", "PW", "Palau", "Ngerulmud", 7.5, 134.6},
    {"PNG", "PG", "Papua New Guinea", "Port Moresby", -6.3, 144.0},
    {"POL", "PL", "Poland", "Warsaw", 51.9, 19.1},
    {"PRI", "PR", "Puerto Rico", "San Juan", 18.2, -66.6},
    {"PRK", "KP", "North Korea", "Pyongyang", 40.3, 127.5},
    {"PRT", "PT", "Portugal", "Lisbon", 39.4, -8.2},
    {"PRY", "PY", "Paraguay", "Asuncion", -23.4, -58.4},
    {"PSE", "PS", "Palestine", "Ramallah", 31.9, 35.2},
    {"PYF", "PF", "French Polynesia", "Papeete", -17.7, -149.4},
    {"QAT", "QA", "Qatar", "Doha", 25.4, 51.2},
    {"REU", "RE", "Reunion", "Saint-Denis", -21.1, 55.5},
    {"ROU", "RO", "Romania", "Bucharest", 45.9, 25.0},
    {"RUS", "RU", "Russia", "Moscow", 61.5, 105.3},
    {"RWA", "RW", "Rwanda", "Kigali", -1.9, 29.9},
    {"SAU", "SA", "Saudi Arabia", "Riyadh", 23.9, 45.1},
    {"SDN", "SD", "Sudan", "Khartoum", 12.9, 30.2},
    {"SEN", "SN", "Senegal", "Dakar", 14.5, -14.5},
    {"SGP", "SG", "Singapore", "Singapore", 1.35, 103.8},
    {"SGS", "GS", "South Georgia and the South Sandwich Islands", "King Edward Point", -54.3, -36.5},
    {"SHN", "SH", "Saint Helena", "Jamestown", -16.0, -5.7},
    {"SJM", "SJ", "Svalbard and Jan Mayen", "Longyearbyen", 77.6, 23.7},
    {"SLB", "SB", "Solomon Islands", "Honiara", -9.6, 160.2},
    {"SLE", "SL", "Sierra Leone", "Freetown", 8.5, -11.8},
    {"SLV", "SV", "El Salvador", "San Salvador", 13.8, -88.9},
    {"SMR", "SM", "San Marino", "San Marino", 43.9, 12.5},
    {"SOM", "SO", "Somalia", "Mogadishu", 5.2, 46.2},
    {"SPM", "PM", "Saint Pierre and Miquelon", "Saint-Pierre", 46.9, -56.3},
    {"SRB", "RS", "Serbia", "Belgrade", 44.0, 21.0},
    {"SSD", "SS", "South Sudan", "Juba", 7.0, 30.5},
    {"STP", "ST", "Sao Tome and Principe", "Sao Tome", 0.2, 6.6},
    {"SUR", "SR", "Suriname", "Paramaribo", 3.9, -56.0},
    {"SVK", "SK", "Slovakia", "Bratislava", 48.7, 19.7},
    {"SVN", "SI", "Slovenia", "Ljubljana", 46.2, 15.0},
    {"SWE", "SE", "Sweden", "Stockholm", 60.1, 18.6},
    {"SWZ", "SZ", "Eswatini", "Mbabane", -26.5, 31.5},
    {"SXM", "SX", "Sint Maarten", "Philipsburg", 18.0, -63.1},
    {"SYC", "SC", "Seychelles", "Victoria", -4.7, 55.5},
    {"SYR", "SY", "Syria", "Damascus", 34.8, 39.0},
    {"TCA", "TC", "Turks and Caicos Islands", "Cockburn Town", 21.7, -71.8},
    {"TCD", "TD", "Chad", "N'Djamena", 15.5, 18.7},
    {"TGO", "TG", "Togo", "Lome", 8.6, 0.8},
    {"THA", "TH", "Thailand", "Bangkok", 15.9, 101.0},
    {"TJK", "TJ", "Tajikistan", "Dushanbe", 38.9, 71.3},
    {"TKL", "TK", "Tokelau", "", -9.2, -171.8},
    {"TKM", "TM", "Turkmenistan", "Ashgabat", 39.0, 59.6},
    {"TLS", "TL", "Timor-Leste", "Dili", -8.9, 125.7},
    {"TON", "TO", "Tonga", "Nuku'alofa", -21.2, -175.2},
    {"TTO", "TT", "Trinidad and Tobago", "Port of Spain", 10.7, -61.2},
    {"TUN", "TN", "Tunisia", "Tunis", 33.9, 9.5},
    {"TUR", "TR", "Turkey", "Ankara", 39.0, 35.2},
    {"TUV", "TV", "Tuvalu", "Funafuti", -8.5, 179.2},
    {"TWN", "TW", "Taiwan", "Taipei", 23.7, 121.0},
    {"TZA", "TZ", "Tanzania", "Dodoma", -6.4, 34.9},
    {"UGA", "UG", "Uganda", "Kampala", 1.4, 32.3},
    {"UKR", "UA", "Ukraine", "Kyiv", 48.4, 31.2},
    {"UMI", "UM", "United States Minor Outlying Islands", "", 19.3, 166.6},
    {"URY", "UY", "Uruguay", "Montevideo", -32.5, -55.8},
    {"USA", "US", "United States", "Washington D.C.", 37.1, -95.7},
    {"UZB", "UZ", "Uzbekistan", "Tashkent", 41.4, 64.6},
    {"VAT", "VA", "Vatican City", "Vatican City", 41.9, 12.5},
    {"VCT", "VC", "Saint Vincent and the Grenadines", "Kingstown", 13.0, -61.3},
    {"VEN", "VE", "Venezuela", "Caracas", 6.4, -66.6},
    {"VGB", "VG", "British Virgin Islands", "Road Town", 18.4, -64.6},
    {"VIR", "VI", "U.S. Virgin Islands", "Charlotte Amalie", 18.3, -64.9},
    {"VNM", "VN", "Vietnam", "Hanoi", 14.1, 108.3},
    {"VUT", "VU", "Vanuatu", "Port Vila", -15.4, 167.0},
    {"WLF", "WF", "Wallis and Futuna", "Mata-Utu", -13.8, -177.2},
    {"WSM", "WS", "Samoa", "Apia", -13.8, -172.1},
    {"YEM", "YE", "Yemen", "Sanaa", 15.6, 48.5},
    {"ZAF", "ZA", "South Africa", "Pretoria", -30.6, 22.9},
    {"ZMB", "ZM", "Zambia", "Lusaka", -13.1, 27.8},
    {"ZWE", "ZW", "Zimbabwe", "Harare", -19.0, 29.2},
};
const size_t dyad_n_countries = sizeof dyad_countries / sizeof dyad_countries[0];

/* Other names news use for a country.  `upper_only` marks abbreviations
 * that are ordinary words in lower case ("US" / "us"). */
const dyad_country_alias dyad_country_aliases[] = {
    {"United States of America", "USA", 0}, {"US", "USA", 1}, {"U.S.", "USA", 1},
    {"USA", "USA", 1}, {"U.S.A.", "USA", 1},
    {"Britain", "GBR", 0}, {"Great Britain", "GBR", 0}, {"UK", "GBR", 1}, {"U.K.", "GBR", 1},
    {"Russian Federation", "RUS", 0}, {"Republic of Korea", "KOR", 0},
    {"Democratic People's Republic of Korea", "PRK", 0}, {"DPRK", "PRK", 1},
    {"Democratic Republic of Congo", "COD", 0}, {"DR Congo", "COD", 0}, {"DRC", "COD", 1},
    /* Bare "Congo" is the DRC, which dominates the news (as in dict/states.dyad);
     * stories of the other say "Congo-Brazzaville" or "Republic of Congo". */
    {"Congo-Kinshasa", "COD", 0}, {"Congo", "COD", 0}, {"Congo-Brazzaville", "COG", 0},
    {"Congo Republic", "COG", 0},
    {"Cote d'Ivoire", "CIV", 0}, {"Czechia", "CZE", 0}, {"Burma", "MMR", 0},
    {"East Timor", "TLS", 0}, {"Swaziland", "SWZ", 0}, {"Macedonia", "MKD", 0},
    {"Cape Verde", "CPV", 0}, {"Holland", "NLD", 0}, {"Holy See", "VAT", 0},
    {"Vatican", "VAT", 0}, {"UAE", "ARE", 1}, {"Emirates", "ARE", 0},
    {"Palestinian Territories", "PSE", 0},
    {"Kyrgyz Republic", "KGZ", 0}, {"Turkiye", "TUR", 0}, {"Bosnia", "BIH", 0},
    {"Saint Vincent", "VCT", 0}, {"St Kitts and Nevis", "KNA", 0}, {"St Lucia", "LCA", 0},
    /* formal names, as official news agencies write them ("the King will visit
     * the United Republic of Tanzania, the Republic of Kenya"); not "Republic of
     * China", which is Taiwan but ends "People's Republic of China" */
    {"Democratic Republic of the Congo", "COD", 0}, {"Republic of the Congo", "COG", 0},
    {"Republic of Congo", "COG", 0}, {"Republic of Cyprus", "CYP", 0},
    {"United Republic of Tanzania", "TZA", 0}, {"Republic of Kenya", "KEN", 0},
    {"Republic of South Africa", "ZAF", 0}, {"Arab Republic of Egypt", "EGY", 0},
    {"Islamic Republic of Iran", "IRN", 0}, {"Republic of Ireland", "IRL", 0},
};
const size_t dyad_n_country_aliases = sizeof dyad_country_aliases / sizeof dyad_country_aliases[0];

/* Regions news name alone, each with its own approximate centre (to a
 * tenth of a degree), so that "in Darfur" is put in Darfur and not at
 * Sudan's centre 600 km away, nor "in the Gaza Strip" near Ramallah.  The
 * gazetteer takes a region as it takes a country's name (no town of that
 * name competes with it), under the state it is recognised as part of.
 * First the regions in the news of conflict (as dict/states.dyad codes
 * them).  Then provinces and states, which libgeonames lacks or keeps
 * only as a town of another country (Florida, Cuba; Bali, India;
 * Ontario, California).  None is also the name of a country or of a city
 * news name more often; regions two states share or dispute (Kashmir,
 * Punjab, Kurdistan) are left out, and so are Georgia (a country),
 * Washington and New York (cities). */
const dyad_region dyad_regions[] = {
    {"West Bank", "PSE", 31.9, 35.2}, {"Gaza Strip", "PSE", 31.4, 34.4},
    {"Nagorno-Karabakh", "AZE", 39.9, 46.6}, {"Karabakh", "AZE", 39.9, 46.6},
    {"Donbas", "UKR", 48.3, 38.5}, {"Donbass", "UKR", 48.3, 38.5}, {"Crimea", "UKR", 45.3, 34.4},
    /* (oblasts whose names no town of GeoNames carries: the city of
     * Dnipropetrovsk is Dnipro now, and Kropyvnytskyi was Kirovohrad) */
    {"Dnipropetrovsk", "UKR", 48.4, 35.1}, {"Kirovohrad", "UKR", 48.5, 32.3}, {"Volyn", "UKR", 50.9, 25.3},
    {"Darfur", "SDN", 13.0, 24.5}, {"Kordofan", "SDN", 12.5, 29.5},
    {"Tigray", "ETH", 14.0, 38.9}, {"Amhara", "ETH", 11.6, 38.2}, {"Ogaden", "ETH", 7.0, 44.0},
    {"Sinai", "EGY", 29.5, 33.8}, {"Golan Heights", "SYR", 33.0, 35.8},
    {"Xinjiang", "CHN", 41.1, 85.3}, {"Tibet", "CHN", 31.7, 88.1},
    {"Balochistan", "PAK", 28.5, 65.1}, {"Baluchistan", "PAK", 28.5, 65.1},
    {"Abkhazia", "GEO", 43.1, 41.0}, {"South Ossetia", "GEO", 42.3, 44.0},
    {"Transnistria", "MDA", 47.2, 29.4}, {"Chechnya", "RUS", 43.4, 45.7},
    {"Dagestan", "RUS", 43.0, 47.0}, {"Mindanao", "PHL", 7.5, 125.0},
    {"Rakhine", "MMR", 19.8, 93.8}, {"Cabo Delgado", "MOZ", -12.3, 39.3},
    {"Casamance", "SEN", 12.8, -15.5}, {"Cabinda", "AGO", -5.0, 12.4},
    {"Helmand", "AFG", 31.4, 64.0}, {"Badakhshan", "AFG", 36.7, 71.5},
    {"Paktika", "AFG", 32.5, 68.8}, {"Paktia", "AFG", 33.7, 69.4}, {"Kunar", "AFG", 34.9, 71.1},
    {"Nangarhar", "AFG", 34.2, 70.6}, {"Uruzgan", "AFG", 32.9, 66.0}, {"Oruzgan", "AFG", 32.9, 66.0},
    {"Zabul", "AFG", 32.2, 67.2}, {"Nuristan", "AFG", 35.3, 70.9},
    {"Anbar", "IRQ", 32.8, 41.6}, {"al-Anbar", "IRQ", 32.8, 41.6}, {"Diyala", "IRQ", 34.0, 45.0},
    {"Maysan", "IRQ", 31.9, 47.1}, {"Nineveh", "IRQ", 36.2, 42.5},
    {"Salahuddin", "IRQ", 34.5, 43.6}, {"Salaheddin", "IRQ", 34.5, 43.6}, {"Babil", "IRQ", 32.5, 44.5},
    {"Waziristan", "PAK", 32.6, 69.8}, {"North Waziristan", "PAK", 32.9, 70.0},
    {"South Waziristan", "PAK", 32.3, 69.7}, {"Sindh", "PAK", 26.0, 68.5},
    {"Khyber Pakhtunkhwa", "PAK", 34.4, 72.1},
    {"Guangdong", "CHN", 23.4, 113.4}, {"Guangxi", "CHN", 23.8, 108.8}, {"Hunan", "CHN", 27.6, 111.7},
    {"Hubei", "CHN", 30.9, 112.3}, {"Henan", "CHN", 33.9, 113.6}, {"Hebei", "CHN", 39.3, 116.0},
    {"Shandong", "CHN", 36.4, 118.2}, {"Shanxi", "CHN", 37.6, 112.3}, {"Shaanxi", "CHN", 35.2, 108.9},
    {"Jiangsu", "CHN", 33.0, 119.8}, {"Zhejiang", "CHN", 29.2, 120.1}, {"Fujian", "CHN", 26.1, 118.0},
    {"Anhui", "CHN", 31.8, 117.2}, {"Liaoning", "CHN", 41.3, 122.6}, {"Jilin", "CHN", 43.7, 126.2},
    {"Heilongjiang", "CHN", 47.9, 128.0}, {"Qinghai", "CHN", 35.7, 96.0}, {"Gansu", "CHN", 37.8, 101.5},
    {"Sichuan", "CHN", 30.6, 102.7}, {"Yunnan", "CHN", 24.5, 101.5}, {"Guizhou", "CHN", 26.8, 106.9},
    {"Hainan", "CHN", 19.2, 109.7}, {"Ningxia", "CHN", 37.3, 106.2},
    {"Inner Mongolia", "CHN", 44.1, 113.9},
    {"Bihar", "IND", 25.6, 85.6}, {"Assam", "IND", 26.2, 92.9}, {"Kerala", "IND", 10.4, 76.3},
    {"Gujarat", "IND", 22.3, 71.2}, {"Uttar Pradesh", "IND", 26.8, 80.9},
    {"West Bengal", "IND", 23.6, 87.9}, {"Tamil Nadu", "IND", 11.1, 78.7},
    {"Maharashtra", "IND", 19.5, 75.7}, {"Manipur", "IND", 24.7, 93.9}, {"Orissa", "IND", 20.5, 84.5},
    {"Odisha", "IND", 20.5, 84.5},
    {"Aceh", "IDN", 4.4, 96.7}, {"Java", "IDN", -7.4, 110.0}, {"Sumatra", "IDN", -0.5, 101.5},
    {"Sulawesi", "IDN", -2.0, 120.5}, {"Kalimantan", "IDN", -0.3, 114.0},
    {"Papua", "IDN", -4.3, 138.1}, {"Bali", "IDN", -8.4, 115.2}, {"Maluku", "IDN", -3.2, 129.5},
    {"Bicol", "PHL", 13.4, 123.4}, {"Luzon", "PHL", 16.0, 121.0},
    {"North Kivu", "COD", -0.8, 29.0}, {"South Kivu", "COD", -3.0, 28.3}, {"Ituri", "COD", 1.6, 29.6},
    {"Katanga", "COD", -8.9, 26.4},
    /* (Nigeria's states in the news of its conflicts; "Niger State" and
     * "the Niger Delta" are not the country Niger) */
    {"Borno", "NGA", 11.5, 13.0}, {"Yobe", "NGA", 12.3, 11.4}, {"Adamawa", "NGA", 9.3, 12.4},
    {"Zamfara", "NGA", 12.1, 6.2}, {"Kebbi", "NGA", 11.5, 4.2}, {"Benue", "NGA", 7.3, 8.7},
    {"Taraba", "NGA", 8.0, 10.8}, {"Plateau State", "NGA", 9.2, 9.5}, {"Niger State", "NGA", 9.9, 5.6},
    {"Niger Delta", "NGA", 5.0, 6.0},
    {"Ingushetia", "RUS", 43.2, 45.0}, {"Siberia", "RUS", 60.0, 100.0},
    {"Catalonia", "ESP", 41.8, 1.5}, {"Corsica", "FRA", 42.2, 9.1},
    {"Northern Ireland", "GBR", 54.6, -6.7}, {"Scotland", "GBR", 56.5, -4.2}, {"Wales", "GBR", 52.3, -3.7},
    {"Chiapas", "MEX", 16.5, -92.5}, {"Ontario", "CAN", 50.0, -85.0},
    {"British Columbia", "CAN", 53.7, -127.6}, {"Alberta", "CAN", 55.0, -115.0},
    {"Queensland", "AUS", -22.5, 144.5}, {"New South Wales", "AUS", -32.2, 147.0},
    {"Tasmania", "AUS", -42.0, 146.6},
    {"Alabama", "USA", 32.8, -86.8}, {"Alaska", "USA", 64.2, -152.5}, {"Arizona", "USA", 34.3, -111.7},
    {"Arkansas", "USA", 34.9, -92.4}, {"California", "USA", 37.2, -119.5},
    {"Colorado", "USA", 39.0, -105.5}, {"Connecticut", "USA", 41.6, -72.7},
    {"Delaware", "USA", 39.0, -75.5}, {"Florida", "USA", 28.6, -82.4}, {"Hawaii", "USA", 20.8, -156.3},
    {"Idaho", "USA", 44.4, -114.6}, {"Illinois", "USA", 40.0, -89.2}, {"Indiana", "USA", 39.9, -86.3},
    {"Iowa", "USA", 42.1, -93.5}, {"Kansas", "USA", 38.5, -98.4}, {"Kentucky", "USA", 37.5, -85.3},
    {"Louisiana", "USA", 31.1, -92.0}, {"Maine", "USA", 45.4, -69.2}, {"Maryland", "USA", 39.0, -76.8},
    {"Massachusetts", "USA", 42.3, -71.8}, {"Michigan", "USA", 44.3, -85.4},
    {"Minnesota", "USA", 46.3, -94.3}, {"Mississippi", "USA", 32.7, -89.7},
    {"Missouri", "USA", 38.4, -92.5}, {"Montana", "USA", 47.0, -109.6}, {"Nebraska", "USA", 41.5, -99.8},
    {"Nevada", "USA", 39.3, -116.6}, {"New Hampshire", "USA", 43.7, -71.6},
    {"New Jersey", "USA", 40.2, -74.7}, {"New Mexico", "USA", 34.4, -106.1},
    {"North Carolina", "USA", 35.6, -79.4}, {"North Dakota", "USA", 47.5, -100.5},
    {"Ohio", "USA", 40.3, -82.8}, {"Oklahoma", "USA", 35.6, -97.5}, {"Oregon", "USA", 43.9, -120.6},
    {"Pennsylvania", "USA", 40.9, -77.8}, {"Rhode Island", "USA", 41.7, -71.5},
    {"South Carolina", "USA", 33.9, -80.9}, {"South Dakota", "USA", 44.4, -100.2},
    {"Tennessee", "USA", 35.9, -86.4}, {"Texas", "USA", 31.5, -99.3}, {"Utah", "USA", 39.3, -111.7},
    {"Vermont", "USA", 44.1, -72.7}, {"Virginia", "USA", 37.5, -78.9},
    {"West Virginia", "USA", 38.6, -80.6}, {"Wisconsin", "USA", 44.6, -89.9},
    {"Wyoming", "USA", 43.0, -107.6},
};
const size_t dyad_n_regions = sizeof dyad_regions / sizeof dyad_regions[0];

/* Seas, straits, gulfs, rivers and mountain ranges where news puts events
 * ("seized a tanker in the Strait of Hormuz", "shelled villages along the
 * Dnieper", "hiding in the Hindu Kush"), each at an approximate centre (to
 * a tenth of a degree): for a long river or range, the stretch news of
 * conflict names most (the Dnieper's lower course through the front in
 * Ukraine).  Waters two or more states share have no country ("") so that
 * no actor takes one from them; a feature inside one state has its country.
 * The gazetteer reads these names as it reads a region's.  Only names no
 * other thing bears: "Baltic" alone is in "the Baltic states", "Pacific"
 * in "Asia-Pacific", "Jordan" is a country, "Dnipro" and "Kerch" cities. */
const dyad_region dyad_waters[] = {
    {"Red Sea", "", 20.0, 38.5}, {"Black Sea", "", 43.4, 34.0}, {"Caspian Sea", "", 41.9, 50.7},
    {"Mediterranean", "", 35.0, 18.0}, {"Mediterranean Sea", "", 35.0, 18.0},
    {"South China Sea", "", 12.0, 113.0}, {"East China Sea", "", 29.0, 125.0},
    {"Yellow Sea", "", 35.5, 123.5}, {"Bohai Sea", "CHN", 38.7, 119.8}, {"Sea of Japan", "", 40.0, 135.0},
    {"Philippine Sea", "", 20.0, 130.0}, {"Sea of Okhotsk", "", 55.0, 150.0},
    {"Arabian Sea", "", 15.0, 65.0}, {"Andaman Sea", "", 10.0, 96.0}, {"Baltic Sea", "", 58.0, 20.0},
    {"North Sea", "", 56.0, 3.0}, {"Barents Sea", "", 75.0, 40.0}, {"Bering Sea", "", 58.0, -178.0},
    {"Aegean Sea", "", 38.5, 25.0}, {"Aegean", "", 38.5, 25.0}, {"Adriatic Sea", "", 43.0, 15.5},
    {"Adriatic", "", 43.0, 15.5}, {"Ionian Sea", "", 38.0, 19.0}, {"Sea of Azov", "", 46.0, 36.5},
    {"Sea of Marmara", "TUR", 40.7, 28.2}, {"Dead Sea", "", 31.5, 35.5}, {"Caribbean Sea", "", 15.0, -75.0},
    {"Ross Sea", "", -75.0, -175.0}, {"Indian Ocean", "", -20.0, 80.0}, {"Pacific Ocean", "", 0.0, -160.0},
    {"Atlantic Ocean", "", 0.0, -30.0}, {"Arctic Ocean", "", 85.0, 0.0}, {"Southern Ocean", "", -60.0, 90.0},
    {"Gulf of Aden", "", 12.5, 48.0}, {"Gulf of Oman", "", 24.5, 58.5}, {"Sea of Oman", "", 24.5, 58.5},
    {"Persian Gulf", "", 27.0, 51.5}, {"Arabian Gulf", "", 27.0, 51.5},
    {"Gulf of Mexico", "", 25.0, -90.0}, {"Gulf of Guinea", "", 2.0, 3.0},
    {"Gulf of Thailand", "", 9.5, 102.0}, {"Gulf of Finland", "", 60.0, 26.5},
    {"Gulf of Aqaba", "", 28.8, 34.8}, {"Gulf of Tonkin", "", 20.0, 107.5}, {"Bay of Bengal", "", 15.0, 88.0},
    {"Gulf of Sidra", "LBY", 31.5, 18.0}, {"Gulf of Suez", "EGY", 28.8, 33.0},
    {"Strait of Hormuz", "", 26.6, 56.3}, {"Bab el-Mandeb", "", 12.6, 43.3}, {"Bab al-Mandab", "", 12.6, 43.3},
    {"Taiwan Strait", "", 24.5, 119.5}, {"Strait of Malacca", "", 2.5, 101.5}, {"Malacca Strait", "", 2.5, 101.5},
    {"Kerch Strait", "", 45.3, 36.6}, {"Korea Strait", "", 34.5, 129.0}, {"Strait of Gibraltar", "", 36.0, -5.6},
    {"English Channel", "", 50.2, -1.0}, {"Bosphorus", "TUR", 41.1, 29.1}, {"Dardanelles", "TUR", 40.2, 26.4},
    {"Suez Canal", "EGY", 30.6, 32.3}, {"Panama Canal", "PAN", 9.1, -79.7},
    {"Dnieper", "UKR", 47.5, 34.5}, {"Dnieper River", "UKR", 47.5, 34.5}, {"Dnipro River", "UKR", 47.5, 34.5},
    {"Euphrates", "", 35.0, 40.5}, {"Euphrates River", "", 35.0, 40.5}, {"Tigris", "", 34.5, 43.8},
    {"Tigris River", "", 34.5, 43.8}, {"Nile", "", 22.0, 31.5}, {"Nile River", "", 22.0, 31.5},
    {"Danube", "", 45.0, 22.0}, {"Danube River", "", 45.0, 22.0}, {"Mekong", "", 15.0, 105.5},
    {"Mekong River", "", 15.0, 105.5}, {"Yangtze", "CHN", 30.5, 112.0}, {"Yangtze River", "CHN", 30.5, 112.0},
    {"Yellow River", "CHN", 36.0, 110.0}, {"Songhua River", "CHN", 46.0, 127.5}, {"Songhua", "CHN", 46.0, 127.5},
    {"Volga", "RUS", 52.0, 47.0}, {"Volga River", "RUS", 52.0, 47.0}, {"Yalu River", "", 40.5, 125.0},
    {"Litani River", "LBN", 33.3, 35.4}, {"Rio Grande", "", 29.5, -104.0},
    {"Hindu Kush", "", 35.5, 70.5}, {"Himalayas", "", 28.5, 84.0}, {"Himalaya Mountains", "", 28.5, 84.0},
    {"Alps", "", 46.5, 10.0}, {"Andes Mountains", "", -15.0, -70.0}, {"Pyrenees", "", 42.7, 1.0},
    {"Caucasus Mountains", "", 42.7, 44.5}, {"Tora Bora", "AFG", 34.1, 70.2},
    {"Qandil Mountains", "IRQ", 36.4, 45.1}, {"Nuba Mountains", "SDN", 11.0, 30.0},
    {"Zagros Mountains", "IRN", 33.0, 47.5}, {"Atlas Mountains", "MAR", 31.5, -6.5},
};
const size_t dyad_n_waters = sizeof dyad_waters / sizeof dyad_waters[0];

/* Air bases and airports news names as places ("at Bagram air base", "at
 * Ben Gurion airport"): towns of less than 15,000 people or none, which
 * libgeonames lacks.  They are read as towns ("the Ben Gurion University"
 * is not the airport; "at Bagram air base" is not a country qualifying a
 * noun), each at its runway, with its province as admin1. */
const dyad_landmark dyad_landmarks[] = {
    {"Bagram", "Parwan", "AFG", 34.95, 69.27}, {"Ben Gurion", "Central District", "ISR", 32.01, 34.88},
    {"Incirlik", "Adana", "TUR", 37.0, 35.43}, {"Al Udeid", "Al Rayyan", "QAT", 25.12, 51.32},
    {"Hmeimim", "Latakia", "SYR", 35.41, 35.95}, {"Khmeimim", "Latakia", "SYR", 35.41, 35.95},
    {"Ain al-Asad", "Anbar", "IRQ", 33.8, 42.44}, {"Guantanamo Bay", "Guantanamo", "CUB", 19.9, -75.15},
    {"Ramstein", "Rhineland-Palatinate", "DEU", 49.44, 7.6}, {"Schiphol", "North Holland", "NLD", 52.31, 4.76},
    {"Heathrow", "England", "GBR", 51.47, -0.45}, {"Sheremetyevo", "Moscow Oblast", "RUS", 55.97, 37.41},
    {"Vnukovo", "Moscow", "RUS", 55.6, 37.27},
};
const size_t dyad_n_landmarks = sizeof dyad_landmarks / sizeof dyad_landmarks[0];

/* English names of cities that libgeonames keeps under another name, and
 * short forms news use for them. */
const dyad_city_alias dyad_city_aliases[] = {
    {"Kiev", "Kyiv", "UA"}, {"Washington", "Washington D.C.", "US"},
    {"Washington, D.C.", "Washington D.C.", "US"}, {"Mecca", "Makkah al Mukarramah", "SA"},
    {"Mazar-i-Sharif", "Mazari Sharif", "AF"}, {"Mazar-e-Sharif", "Mazari Sharif", "AF"},
    {"Saigon", "Ho Chi Minh City", "VN"}, {"Kuwait City", "Kuwait City", "KW"},
    {"Naypyidaw", "Nay Pyi Taw", "MM"}, {"Sana'a", "Sanaa", "YE"},
    {"Hague", "The Hague", "NL"}, {"Bombay", "Mumbai", "IN"}, {"Calcutta", "Kolkata", "IN"},
    {"Madras", "Chennai", "IN"}, {"Peking", "Beijing", "CN"}, {"Rangoon", "Yangon", "MM"},
    /* the spellings of today's news for GeoNames' older or other ones */
    {"Odesa", "Odessa", "UA"}, {"Mykolaiv", "Mykolayiv", "UA"}, {"Zaporizhzhia", "Zaporizhzhya", "UA"},
    {"Zaporizhia", "Zaporizhzhya", "UA"}, {"El Fasher", "Al-Fashir", "SD"}, {"El-Fasher", "Al-Fashir", "SD"},
    {"Al Fashir", "Al-Fashir", "SD"}, {"Khan Younis", "Khan Yunis", "PS"}, {"Mekelle", "Mek'ele", "ET"},
    {"Hodeidah", "Al Hudaydah", "YE"}, {"Hudaydah", "Al Hudaydah", "YE"}, {"Misrata", "Misratah", "LY"},
    {"Kismayu", "Kismayo", "SO"}, {"Astana", "Nur-Sultan", "KZ"}, {"Akmola", "Nur-Sultan", "KZ"},
    {"Abu Dhabi", "Abu Dhabi Island and Internal Islands City", "AE"},
    {"Sweida", "As-Suwayda", "SY"}, {"Suwayda", "As-Suwayda", "SY"}, {"Daraa", "Dar\u2018\u0101", "SY"},
    {"Raqqa", "Rakka", "SY"}, {"Deir ez-Zor", "Dayr az Zawr", "SY"}, {"Deir el-Zor", "Dayr az Zawr", "SY"},
    {"Deir al-Zor", "Dayr az Zawr", "SY"}, {"Hasakah", "Al \u1e28asakah", "SY"},
    {"Kobani", "\u2018Ayn al \u2018Arab", "SY"},
    {"Beit Hanoun", "Bayt \u1e28\u0101n\u016bn", "PS"}, {"Beit Hanun", "Bayt \u1e28\u0101n\u016bn", "PS"},
    {"Nuseirat", "An Nu\u015fayr\u0101t", "PS"}, {"Nusseirat", "An Nu\u015fayr\u0101t", "PS"}, {"Bureij", "Al Burayj", "PS"},
    {"Jabaliya", "Jabalia", "PS"}, {"Jabalya", "Jabalia", "PS"}, {"Bani Suheila", "Ban\u012b Suhayl\u0101", "PS"},
    {"Beit Jala", "Bayt J\u0101l\u0101", "PS"}, {"Qabatiya", "Qab\u0101\u0163\u012byah", "PS"}, {"Al-Bireh", "Al B\u012brah", "PS"},
    {"Nabatieh", "Nabat\u00eey\u00e9 et Tahta", "LB"}, {"Nabatiyeh", "Nabat\u00eey\u00e9 et Tahta", "LB"},
    {"Tartus", "Tartous", "SY"}, {"Khan Sheikhoun", "Khan Shaykhun", "SY"}, {"Derna", "Darnah", "LY"},
    {"Saada", "Sa'dah", "YE"}, {"Kupyansk", "Kupiansk", "UA"}, {"Kostiantynivka", "Kostyantynivka", "UA"},
    {"Izium", "Izyum", "UA"}, {"Balakliia", "Balakliya", "UA"}, {"Berdiansk", "Berdyansk", "UA"},
    {"Deir al-Balah", "Deir el-Balah", "PS"}, {"Deir al Balah", "Deir el-Balah", "PS"},
    {"Jableh", "Jablah", "SY"}, {"Quneitra", "Al Qunay\u0163irah", "SY"}, {"Ashkelon", "Ashquelon", "IL"},
    {"El Obeid", "Al-Ubayyid", "SD"}, {"El-Obeid", "Al-Ubayyid", "SD"}, {"Myawaddy", "Myawadi", "MM"},
    {"Gondar", "Gonder", "ET"}, {"Wad Madani", "Wad Medani", "SD"},
    {"El-Bireh", "Al B\u012brah", "PS"}, {"Halhul", "\u1e28al\u1e29\u016bl", "PS"}, {"Yatta", "Ya\u0163\u0163\u0101", "PS"},
    /* seats of government that news name for their city ("talks at the
     * White House", "a meeting in the Kremlin") */
    {"White House", "Washington D.C.", "US"}, {"Kremlin", "Moscow", "RU"},
    {"Downing Street", "London", "GB"}, {"Elysee", "Paris", "FR"}, {"Elysee Palace", "Paris", "FR"},
    {"Great Hall of the People", "Beijing", "CN"}, {"Diaoyutai State Guesthouse", "Beijing", "CN"},
    {"Zhongnanhai", "Beijing", "CN"},
};
const size_t dyad_n_city_aliases = sizeof dyad_city_aliases / sizeof dyad_city_aliases[0];

/* One-word adjectives of nationality, for "in the Iraqi capital" with no
 * city named: the capital of the country they name.  Not those of two
 * countries ("Congolese") nor "Palestinian", whose capital is disputed. */
const dyad_country_alias dyad_demonyms[] = {
    {"Afghan", "AFG", 0}, {"Albanian", "ALB", 0}, {"Algerian", "DZA", 0}, {"Angolan", "AGO", 0},
    {"Argentine", "ARG", 0}, {"Argentinian", "ARG", 0}, {"Armenian", "ARM", 0},
    {"Australian", "AUS", 0}, {"Austrian", "AUT", 0}, {"Azerbaijani", "AZE", 0},
    {"Bahraini", "BHR", 0}, {"Bangladeshi", "BGD", 0}, {"Belarusian", "BLR", 0},
    {"Belgian", "BEL", 0}, {"Bolivian", "BOL", 0}, {"Bosnian", "BIH", 0}, {"Brazilian", "BRA", 0},
    {"British", "GBR", 0}, {"Bulgarian", "BGR", 0}, {"Burmese", "MMR", 0}, {"Burundian", "BDI", 0},
    {"Cambodian", "KHM", 0}, {"Cameroonian", "CMR", 0}, {"Canadian", "CAN", 0},
    {"Chadian", "TCD", 0}, {"Chilean", "CHL", 0}, {"Chinese", "CHN", 0}, {"Colombian", "COL", 0},
    {"Croatian", "HRV", 0}, {"Cuban", "CUB", 0}, {"Cypriot", "CYP", 0},
    {"Czech", "CZE", 0}, {"Danish", "DNK", 0}, {"Dutch", "NLD", 0}, {"Ecuadorian", "ECU", 0},
    {"Egyptian", "EGY", 0}, {"Eritrean", "ERI", 0}, {"Estonian", "EST", 0}, {"Ethiopian", "ETH", 0},
    {"Filipino", "PHL", 0}, {"Finnish", "FIN", 0}, {"French", "FRA", 0}, {"Georgian", "GEO", 0},
    {"German", "DEU", 0}, {"Ghanaian", "GHA", 0}, {"Greek", "GRC", 0}, {"Guatemalan", "GTM", 0},
    {"Guinean", "GIN", 0}, {"Haitian", "HTI", 0}, {"Honduran", "HND", 0}, {"Hungarian", "HUN", 0},
    {"Icelandic", "ISL", 0}, {"Indian", "IND", 0}, {"Indonesian", "IDN", 0}, {"Iranian", "IRN", 0},
    {"Iraqi", "IRQ", 0}, {"Irish", "IRL", 0}, {"Israeli", "ISR", 0}, {"Italian", "ITA", 0},
    {"Ivorian", "CIV", 0}, {"Jamaican", "JAM", 0}, {"Japanese", "JPN", 0}, {"Jordanian", "JOR", 0},
    {"Kazakh", "KAZ", 0}, {"Kenyan", "KEN", 0}, {"Kuwaiti", "KWT", 0}, {"Kyrgyz", "KGZ", 0},
    {"Lao", "LAO", 0}, {"Laotian", "LAO", 0}, {"Latvian", "LVA", 0}, {"Lebanese", "LBN", 0},
    {"Liberian", "LBR", 0}, {"Libyan", "LBY", 0}, {"Lithuanian", "LTU", 0},
    {"Macedonian", "MKD", 0}, {"Malagasy", "MDG", 0}, {"Malawian", "MWI", 0},
    {"Malaysian", "MYS", 0}, {"Malian", "MLI", 0}, {"Mauritanian", "MRT", 0}, {"Mexican", "MEX", 0},
    {"Moldovan", "MDA", 0}, {"Mongolian", "MNG", 0}, {"Moroccan", "MAR", 0},
    {"Mozambican", "MOZ", 0}, {"Myanmar", "MMR", 0}, {"Namibian", "NAM", 0}, {"Nepalese", "NPL", 0},
    {"Nepali", "NPL", 0}, {"Nicaraguan", "NIC", 0}, {"Nigerian", "NGA", 0}, {"Nigerien", "NER", 0},
    {"Norwegian", "NOR", 0}, {"Omani", "OMN", 0}, {"Pakistani", "PAK", 0},
    {"Panamanian", "PAN", 0}, {"Paraguayan", "PRY", 0},
    {"Peruvian", "PER", 0}, {"Philippine", "PHL", 0}, {"Polish", "POL", 0},
    {"Portuguese", "PRT", 0}, {"Qatari", "QAT", 0}, {"Romanian", "ROU", 0}, {"Russian", "RUS", 0},
    {"Rwandan", "RWA", 0}, {"Salvadoran", "SLV", 0}, {"Saudi", "SAU", 0}, {"Senegalese", "SEN", 0},
    {"Serbian", "SRB", 0}, {"Slovak", "SVK", 0}, {"Slovenian", "SVN", 0}, {"Somali", "SOM", 0},
    {"Spanish", "ESP", 0}, {"Sudanese", "SDN", 0}, {"Swedish", "SWE", 0},
    {"Swiss", "CHE", 0}, {"Syrian", "SYR", 0}, {"Taiwanese", "TWN", 0}, {"Tajik", "TJK", 0},
    {"Tanzanian", "TZA", 0}, {"Thai", "THA", 0}, {"Tunisian", "TUN", 0}, {"Turkish", "TUR", 0},
    {"Turkmen", "TKM", 0}, {"Ugandan", "UGA", 0}, {"Ukrainian", "UKR", 0}, {"Uruguayan", "URY", 0},
    {"Uzbek", "UZB", 0}, {"Venezuelan", "VEN", 0}, {"Vietnamese", "VNM", 0}, {"Yemeni", "YEM", 0},
    {"Zambian", "ZMB", 0}, {"Zimbabwean", "ZWE", 0},
};
const size_t dyad_n_demonyms = sizeof dyad_demonyms / sizeof dyad_demonyms[0];

/* (Both compare the first letter before calling strcmp: the coder asks
 * whether a sector such as "MED" is a country thousands of times.) */
const dyad_country *dyad_country_by_iso3(const char *iso3)
{
    for (size_t i = 0; i < dyad_n_countries; i++)
        if (dyad_countries[i].iso3[0] == iso3[0] && strcmp(dyad_countries[i].iso3, iso3) == 0)
            return &dyad_countries[i];
    return NULL;
}

const dyad_country *dyad_country_by_iso2(const char *iso2)
{
    for (size_t i = 0; i < dyad_n_countries; i++)
        if (dyad_countries[i].iso2[0] == iso2[0] && strcmp(dyad_countries[i].iso2, iso2) == 0)
            return &dyad_countries[i];
    return NULL;
}

/* Land that was another state's before its independence: the gazetteer
 * names today's countries, and a place there on an earlier date was the
 * parent's (dict/states.dyad dates the names the same way: "Juba" is SDN
 * until 2011-07-08). */
void dyad_country_on(char iso3[4], long date)
{
    static const struct {
        const char *state, *parent;
        long since;
    } seceded[] = {{"SSD", "SDN", 20110709}};
    for (size_t i = 0; i < sizeof seceded / sizeof seceded[0]; i++)
        if (strcmp(iso3, seceded[i].state) == 0 && date < seceded[i].since)
            memcpy(iso3, seceded[i].parent, 4);
}
