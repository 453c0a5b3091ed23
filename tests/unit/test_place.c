/* test_place.c — gazetteer: lookups, disambiguation, places in sentences. */
#include "check.h"
#include "place/gazetteer.h"

#include <geonames/geonames.h>
#include <math.h>
#include <pthread.h>
#include <time.h>

static int lookup(const char *name, const char *ctx, dyad_place *p)
{
    const char *c[1] = {ctx};
    return dyad_place_lookup(name, strlen(name), ctx ? c : NULL, ctx ? 1 : 0, p);
}

static const char *country_of(const char *name, const char *ctx)
{
    static char code[8];
    dyad_place p;
    snprintf(code, sizeof code, "%s", lookup(name, ctx, &p) ? p.country : "none");
    return code;
}

/* The first call races in several threads: initialisation must happen once. */
static void *lookup_moscow(void *arg)
{
    dyad_place p;
    *(int *)arg = lookup("Moscow", NULL, &p) && strcmp(p.country, "RUS") == 0;
    return NULL;
}

static void test_first_use_from_threads(void)
{
    pthread_t t[4];
    int ok[4] = {0};
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, lookup_moscow, &ok[i]);
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        CHECK(ok[i]);
    }
}

static void test_cities(void)
{
    dyad_place p;
    CHECK(lookup("Moscow", NULL, &p));
    CHECK_STR(p.country, "RUS");
    CHECK_STR(p.admin1, "Moscow");
    CHECK_STR(p.name, "Moscow");
    CHECK(p.geonames_id == 524901);
    CHECK(fabs(p.lat - 55.75) < 0.1 && fabs(p.lon - 37.62) < 0.1);
    CHECK_STR(country_of("Moscow", "USA"), "RUS");   /* Moscow, Idaho is dwarfed */
    CHECK_STR(country_of("Paris", "USA"), "FRA");
    CHECK_STR(country_of("Alexandria", "USA"), "EGY");
    CHECK_STR(country_of("Athens", "USA"), "GRC");   /* a capital's namesake under 150,000 */
    CHECK_STR(country_of("Geneva", "USA"), "CHE");   /* a small town, an eighth of Geneva */
    CHECK(lookup("Toledo", "USA", &p));              /* Toledo, Ohio is bigger than Spain's */
    CHECK_STR(p.admin1, "Ohio");
    CHECK(lookup("Victoria", "USA", &p));            /* not dwarfed by Victoria, Canada */
    CHECK_STR(p.admin1, "Texas");
    CHECK_STR(country_of("Dushanbe", NULL), "TJK");
    CHECK_STR(country_of("Kabul", NULL), "AFG");
    CHECK_STR(country_of("Tripoli", NULL), "LBY");
    CHECK_STR(country_of("Tripoli", "LBN"), "LBN");
    CHECK_STR(country_of("San Jose", NULL), "USA");
    CHECK_STR(country_of("San Jose", "CRI"), "CRI");
    CHECK_STR(country_of("Asia", NULL), "none");     /* the continent, not a town of the Philippines */
    CHECK_STR(country_of("Xyzzyville", NULL), "none");
    CHECK_STR(country_of("", NULL), "none");
}

static void test_spelling_variants(void)
{
    dyad_place p;
    CHECK(lookup("Bogota", NULL, &p));
    CHECK_STR(p.name, "Bogotá");
    CHECK(lookup("BOGOTÁ", NULL, &p));
    CHECK_STR(p.country, "COL");
    CHECK_STR(country_of("Sana'a", NULL), "YEM");
    CHECK_STR(country_of("Port au Prince", NULL), "HTI");
    CHECK(lookup("Kiev", NULL, &p));
    CHECK_STR(p.name, "Kyiv");
    CHECK(lookup("Washington", NULL, &p));
    CHECK_STR(p.name, "Washington D.C.");
    CHECK(lookup("The Hague", NULL, &p));
    CHECK_STR(p.country, "NLD");
    CHECK(lookup("Chisinau", NULL, &p));             /* GeoNames writes Chi\xc8\x99in\xc4\x83u */
    CHECK_STR(p.country, "MDA");
    CHECK(lookup("Abu Dhabi", NULL, &p));
    CHECK_STR(p.country, "ARE");
    CHECK(lookup("Mazar-i-Sharif", NULL, &p));
    CHECK_STR(p.name, "Mazari Sharif");
}

static void test_countries(void)
{
    dyad_place p;
    CHECK(lookup("Afghanistan", NULL, &p));
    CHECK_STR(p.country, "AFG");
    CHECK(p.admin1 == NULL && p.geonames_id == 0);
    CHECK_STR(country_of("the Netherlands", NULL), "NLD");
    CHECK_STR(country_of("US", NULL), "USA");
    CHECK_STR(country_of("U.S.", NULL), "USA");
    CHECK_STR(country_of("us", NULL), "none");
    CHECK_STR(country_of("Britain", NULL), "GBR");
    CHECK_STR(country_of("Kosovo", NULL), "KSV");
    CHECK_STR(country_of("Côte d'Ivoire", NULL), "CIV");
    /* A country name beats a city of the same name. */
    CHECK(lookup("Mexico", "PHL", &p));
    CHECK_STR(p.name, "Mexico");
    CHECK(p.admin1 == NULL);
    /* Provinces and states named alone are in their country, also where a
     * town of another country has the name (Florida, Cuba; Bali, India). */
    CHECK_STR(country_of("Helmand", NULL), "AFG");
    CHECK_STR(country_of("al-Anbar", NULL), "IRQ");
    CHECK_STR(country_of("Guangdong", NULL), "CHN");
    CHECK_STR(country_of("Florida", NULL), "USA");
    CHECK_STR(country_of("Bali", NULL), "IDN");
    CHECK_STR(country_of("Ontario", "USA"), "CAN");
    CHECK_STR(country_of("Kashmir", NULL), "none");   /* two states' region */
    /* Formal names; "Republic of China" is Taiwan, and not indexed (it ends
     * "People's Republic of China"). */
    CHECK_STR(country_of("the United Republic of Tanzania", NULL), "TZA");
    CHECK_STR(country_of("Democratic Republic of the Congo", NULL), "COD");
    CHECK_STR(country_of("Republic of China", NULL), "none");
    /* Bare "Congo" is the DRC, as for the actors; the other has its names. */
    CHECK_STR(country_of("Congo", NULL), "COD");
    CHECK_STR(country_of("Congo-Brazzaville", NULL), "COG");
    CHECK_STR(country_of("Congo Republic", NULL), "COG");
    /* A region is a place of its own, at its own centre: the Gaza Strip is
     * not at Palestine's centre by Ramallah. */
    CHECK(lookup("Gaza Strip", NULL, &p));
    CHECK_STR(p.name, "Gaza Strip");
    CHECK_STR(p.country, "PSE");
    CHECK(p.admin1 == NULL && p.geonames_id == 0 && p.lat < 31.6 && p.lon < 34.6);
}

static double km_between(double lat1, double lon1, double lat2, double lon2)
{
    const double r = M_PI / 180;
    double a = sin((lat2 - lat1) * r / 2), b = sin((lon2 - lon1) * r / 2);
    return 2 * 6371 * asin(sqrt(a * a + cos(lat1 * r) * cos(lat2 * r) * b * b));
}

/* Each capital resolves inside its country, near the country's centre:
 * catches a mistyped code, sign or coordinate in countries.c. */
static void test_country_table(void)
{
    int found = 0, far = 0;
    for (size_t i = 0; i < dyad_n_countries; i++) {
        const dyad_country *c = &dyad_countries[i];
        dyad_place p;
        CHECK(dyad_country_by_iso3(c->iso3) == c && dyad_country_by_iso2(c->iso2) == c);
        if (!lookup(c->capital, c->iso3, &p) || strcmp(p.country, c->iso3) != 0)
            continue;   /* a capital under 15,000 people is not in libgeonames */
        found++;
        if (km_between(p.lat, p.lon, c->lat, c->lon) > 3000 && strcmp(c->iso3, "RUS") != 0) {
            far++;
            fprintf(stderr, "capital %s of %s: %s at %.1f,%.1f\n", c->capital, c->iso3,
                    p.country, p.lat, p.lon);
        }
    }
    fprintf(stderr, "%zu countries, %d capitals in libgeonames\n", dyad_n_countries, found);
    CHECK(found >= 200);
    CHECK(far == 0);
    for (size_t i = 0; i < dyad_n_city_aliases; i++)
        CHECK_STR(country_of(dyad_city_aliases[i].alias, NULL),
                  dyad_country_by_iso2(dyad_city_aliases[i].iso2)->iso3);
}

#define MAX_REGIONS 256

/* Adds the coordinates of each libgeonames town to the sums of the region
 * whose state it is in (one pass: reading a town is the slow part). */
static void sum_region_towns(double *lat, double *lon, int *k)
{
    int n = geonames_get_n_cities();
    for (int j = 0; j < n; j++) {
        GeonamesCity *c = geonames_get_city(j);
        const char *state = geonames_city_get_state(c), *iso2 = geonames_city_get_country_code(c);
        for (size_t i = 0; state && i < dyad_n_regions; i++) {
            const dyad_region *r = &dyad_regions[i];
            if (strncmp(state, r->name, strlen(r->name)) == 0
                && strcmp(iso2, dyad_country_by_iso3(r->iso3)->iso2) == 0) {
                lat[i] += geonames_city_get_latitude(c);
                lon[i] += geonames_city_get_longitude(c);
                k[i]++;
            }
        }
        geonames_city_free(c);
    }
}

/* Each region's centre lies near the libgeonames cities of the state of
 * that name in its country ("Helmand Province", "Guangxi Zhuang Autonomous
 * Region"): catches a mistyped sign or coordinate in dyad_regions.  800 km
 * allows for the big ones whose towns lie at one end (Ontario). */
static void test_region_table(void)
{
    static double lat[MAX_REGIONS], lon[MAX_REGIONS];
    static int k[MAX_REGIONS];
    int checked = 0;
    CHECK(dyad_n_regions <= MAX_REGIONS);
    sum_region_towns(lat, lon, k);
    for (size_t i = 0; i < dyad_n_regions; i++) {
        if (!k[i])
            continue;   /* libgeonames names the state otherwise, or has no town there */
        checked++;
        double km = km_between(lat[i] / k[i], lon[i] / k[i], dyad_regions[i].lat, dyad_regions[i].lon);
        if (km > 800)
            fprintf(stderr, "region %s: %.0f km from its %d towns\n", dyad_regions[i].name, km, k[i]);
        CHECK(km <= 800);
    }
    fprintf(stderr, "%zu regions, %d checked against their towns\n", dyad_n_regions, checked);
    CHECK(checked >= 100);
}

/* A place in a state that seceded was its parent's before independence. */
static void test_country_on(void)
{
    static const struct {
        const char *before;
        long date;
        const char *after;
    } cases[] = {
        {"SSD", 20061210, "SDN"}, {"SSD", 20110708, "SDN"}, {"SSD", 20110709, "SSD"},
        {"SDN", 20061210, "SDN"}, {"FRA", 19500101, "FRA"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char iso3[4];
        memcpy(iso3, cases[i].before, 4);
        dyad_country_on(iso3, cases[i].date);
        CHECK_STR(iso3, cases[i].after);
    }
}

static const char *found_in(const char *s, const char *ctx, char *buf)
{
    dyad_place p;
    size_t b, e;
    const char *c[1] = {ctx};
    if (!dyad_place_find(s, strlen(s), ctx ? c : NULL, ctx ? 1 : 0, &p, &b, &e))
        return "none";
    snprintf(buf, 96, "%.*s/%s", (int)(e - b), s + b, p.country);
    return buf;
}

/* 2 when s names a place after a locative word, 1 for a bare name, 0. */
static int kind_of(const char *s)
{
    dyad_place p;
    size_t b, e;
    return dyad_place_find(s, strlen(s), NULL, 0, &p, &b, &e);
}

static void test_find(void)
{
    char buf[96];
    CHECK_STR(found_in("Clashes broke out in Kabul on Friday.", NULL, buf), "Kabul/AFG");
    CHECK_STR(found_in("It maintains contact with the Taliban regime in Afghanistan, Russian "
                       "President Vladimir Putin said.", NULL, buf), "Afghanistan/AFG");
    CHECK_STR(found_in("Russian President Vladimir Putin said so.", NULL, buf), "none");
    CHECK_STR(found_in("Talks were held in the Netherlands.", NULL, buf), "Netherlands/NLD");
    CHECK_STR(found_in("Delegates met at Moscow.", "USA", buf), "Moscow/RUS");
    CHECK_STR(found_in("Delegates met at Victoria.", "USA", buf), "Victoria/USA");
    CHECK_STR(found_in("Moscow was expecting a delegation.", NULL, buf), "Moscow/RUS");
    CHECK_STR(found_in("Police said two died.", NULL, buf), "none");
    CHECK_STR(found_in("A court issued the warrant in March.", NULL, buf), "none");
    CHECK_STR(found_in("They met in May in Kabul.", NULL, buf), "Kabul/AFG");
    CHECK_STR(found_in("Troops left Bosnia and Herzegovina.", NULL, buf),
              "Bosnia and Herzegovina/BIH");
    CHECK_STR(found_in("The group captured Kabul after an advance.", NULL, buf), "Kabul/AFG");
    /* a name and "City" is the town the gazetteer knows by the name alone */
    CHECK_STR(found_in("Israeli aircraft bombed Gaza City.", NULL, buf), "Gaza City/PSE");
    CHECK_STR(found_in("Israeli aircraft bombed Gaza City Hall.", NULL, buf), "none");
    /* an Arabic article joined to the next word goes on with the name */
    CHECK_STR(found_in("Strikes hit Deir el-Balah overnight.", NULL, buf), "Deir el-Balah/PSE");
    CHECK_STR(found_in("Clashes flared in Deir ez-Zor on Monday.", NULL, buf), "Deir ez-Zor/SYR");
    CHECK_STR(found_in("Troops entered Deir al-Balah.", NULL, buf), "Deir al-Balah/PSE");
    CHECK_STR(found_in("Afghanistan's neighbours met in Dushanbe.", NULL, buf), "Dushanbe/TJK");
    CHECK_STR(found_in("The envoy flew from Washington to Islamabad.", NULL, buf),
              "Washington/USA");
    CHECK_STR(found_in("The strike near Mazar-i-Sharif killed two.", NULL, buf),
              "Mazar-i-Sharif/AFG");
    CHECK_STR(found_in("after the US military drawdown", NULL, buf), "US/USA");
    CHECK_STR(found_in("The Moscow format meeting is due.", NULL, buf), "Moscow/RUS");
    CHECK_STR(found_in("The court sat in The Hague.", NULL, buf), "Hague/NLD");
    CHECK_STR(found_in("none of us went", NULL, buf), "none");
    /* A direction or part "of" a place after a locative preposition. */
    CHECK_STR(found_in("Shells fell in the east of the Gaza Strip, a medic said.", NULL, buf),
              "Gaza Strip/PSE");
    CHECK_STR(found_in("They camped on the outskirts of Kabul.", NULL, buf), "Kabul/AFG");
    CHECK_STR(found_in("Azerbaijan launched an offensive in Nagorno-Karabakh on Tuesday.", NULL, buf),
              "Nagorno-Karabakh/AZE");
    /* A part qualified by a few words, before the name or before "of". */
    CHECK(kind_of("Talabani arrived in the Iranian capital Tehran on Monday.") == 2);
    CHECK_STR(found_in("Talabani arrived in the Iranian capital Tehran on Monday.", NULL, buf), "Tehran/IRN");
    CHECK(kind_of("A bomb went off in the restive southern city of Kandahar.") == 2);
    CHECK(kind_of("He said in a statement the capital Kabul was calm.") == 1);
    /* (the streets of a place lead to it after any word) */
    CHECK(kind_of("Thousands took to the streets of Caracas on Sunday.") == 2);
    /* (a compass word before a name starts another name: the sea, not China) */
    CHECK_STR(found_in("Protesters backed claims to islands in the East China Sea.", NULL, buf),
              "East China Sea/");
    /* "the Iraqi capital" with no city named is the country's capital. */
    CHECK(kind_of("A bomb went off in the Iraqi capital on Tuesday.") == 2);
    CHECK_STR(found_in("A bomb went off in the Iraqi capital on Tuesday.", NULL, buf), "Iraqi capital/IRQ");
    CHECK_STR(found_in("They met in the Malaysian capital, Kuala Lumpur.", NULL, buf), "Kuala Lumpur/MYS");
    CHECK_STR(found_in("They met in the Cuban capital of Havana.", NULL, buf), "Havana/CUB");
    CHECK_STR(found_in("The iraqi capital fell.", NULL, buf), "none");
    /* A country's part named after its possessive is the more precise place. */
    CHECK_STR(found_in("They met in Sri Lanka's capital Colombo on Friday.", NULL, buf), "Colombo/LKA");
    CHECK_STR(found_in("Police raided a depot in Turkey's largest city of Istanbul.", NULL, buf), "Istanbul/TUR");
    CHECK_STR(found_in("Gunmen stormed a house in Baghdad's northern district of Adhamiyah.", NULL, buf),
              "Baghdad/IRQ");
    CHECK_STR(found_in("Protests spread in Iran's capital on Friday.", NULL, buf), "Iran/IRN");
    /* So is a town named after a country's or region's name, with no possessive; not a
     * country after a town's. */
    CHECK_STR(found_in("Troops shot a man in the West Bank city of Jenin on Monday.", NULL, buf), "Jenin/PSE");
    CHECK_STR(found_in("Two were hurt near the northern West Bank town of Nablus.", NULL, buf), "Nablus/PSE");
    CHECK_STR(found_in("Rebels hit a base in the Kandahar province of Afghanistan.", NULL, buf), "Kandahar/AFG");
    CHECK(kind_of("Police arrested him at the main Greek port of Piraeus.") == 2);
    /* A name right before a party, a paper or a government names that body. */
    CHECK_STR(found_in("The opposition blasted the Liberal party over the scandal.", NULL, buf), "none");
    CHECK_STR(found_in("The Bush administration said so in Cairo.", NULL, buf), "Cairo/EGY");
    CHECK_STR(found_in("A Beijing newspaper said so.", NULL, buf), "none");
    CHECK_STR(found_in("They met in a Beijing hotel.", NULL, buf), "Beijing/CHN");
    /* A name excluded from what the sentence tells is no place of it. */
    CHECK_STR(found_in("Rebels seized all key cities apart from the capital Kinshasa.", NULL, buf), "none");
    CHECK_STR(found_in("Attacks fell everywhere except in Baghdad, where two died in Basra.", NULL, buf),
              "Basra/IRQ");
    /* Up to two qualifiers in lower case between the locative and the name. */
    CHECK(kind_of("Rebels attacked a post in southern Lebanon.") == 2);
    CHECK(kind_of("Troops patrolled in the occupied West Bank.") == 2);
    CHECK(kind_of("Aid reached refugees in neighbouring Chad.") == 2);
    CHECK(kind_of("Growth slowed in key Lebanon markets.") == 1);
    /* A town's name that starts a longer unknown name is not the place. */
    CHECK_STR(found_in("Police in Central Java arrested 20 students.", NULL, buf), "none");
    CHECK_STR(found_in("Police in the Central Java town of Yogyakarta arrested 20 students.", NULL, buf),
              "Yogyakarta/IDN");
    CHECK_STR(found_in("They met in Beijing Tuesday.", NULL, buf), "Beijing/CHN");
    CHECK_STR(found_in("Talks opened in Iraq Sunday.", NULL, buf), "Iraq/IRQ");
    /* "at X's request" names who asked. */
    CHECK_STR(found_in("Talks began at North Korea's request.", NULL, buf), "none");
    CHECK_STR(found_in("They met at Egypt's Red Sea resort.", NULL, buf), "Egypt/EGY");
    /* Seats of government stand for their city. */
    CHECK_STR(found_in("Blair met Bush at the White House.", NULL, buf), "White House/USA");
    CHECK_STR(found_in("Sharon met Putin at the Kremlin.", NULL, buf), "Kremlin/RUS");
    /* A sea named after a place is the sea, not the place. */
    CHECK_STR(found_in("Missiles hit a ship in the Gulf of Aden.", NULL, buf), "Gulf of Aden/");
    CHECK_STR(found_in("Drills were held in the Sea of Japan near Vladivostok.", NULL, buf),
              "Sea of Japan/");
    CHECK_STR(found_in("Drills were held in the Gulf of Bothnia.", NULL, buf), "none");
}

static void test_speed(void)
{
    static const char *const names[] = {"Moscow", "Kabul", "Dushanbe", "Afghanistan",
                                        "Xyzzyville", "San Jose", "the Netherlands", "Bogotá"};
    const char *ctx[2] = {"RUS", "AFG"};
    const long n = 2000000;
    long hits = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < n; i++) {
        dyad_place p;
        const char *s = names[i & 7];
        hits += dyad_place_lookup(s, strlen(s), ctx, 2, &p);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    fprintf(stderr, "place lookups: %.0f per second\n", (double)n / secs);
    CHECK(hits == n / 8 * 7);
}

static void test_find_speed(void)
{
    static const char sentence[] =
        "Earlier, Russian Foreign Ministry spokeswoman Maria Zakharova said that Moscow was "
        "expecting the arrival of a large Taliban delegation for consultations next week.";
    const long n = 200000;
    long hits = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < n; i++) {
        dyad_place p;
        size_t b, e;
        hits += dyad_place_find(sentence, sizeof sentence - 1, NULL, 0, &p, &b, &e) != 0;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    fprintf(stderr, "place_find: %.0f sentences per second\n", (double)n / secs);
    CHECK(hits == n);
}

static void test_init_time(void)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    test_first_use_from_threads();
    clock_gettime(CLOCK_MONOTONIC, &t1);
    fprintf(stderr, "gazetteer built in %.0f ms, %zu names\n",
            (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6,
            dyad_place_init());
}

/* The dateline's place, "name/ISO3", or "none". */
static const char *dateline_of(const char *text, char *buf)
{
    dyad_place p;
    if (!dyad_place_dateline(text, strlen(text), &p))
        return "none";
    snprintf(buf, 96, "%s/%s", p.name, p.country);
    return buf;
}

static void test_dateline(void)
{
    char buf[96];
    CHECK_STR(dateline_of("MOSCOW (Reuters) - Russia said ...", buf), "Moscow/RUS");
    CHECK_STR(dateline_of("JAKARTA, Nov. 6 (Xinhua) --After it was delayed", buf), "Jakarta/IDN");
    CHECK_STR(dateline_of("WASHINGTON, Nov. 11 (Xinhua)-- US President", buf), "Washington D.C./USA");
    CHECK_STR(dateline_of("  HONG KONG - Shares fell", buf), "Hong Kong/HKG");
    CHECK_STR(dateline_of("JERUSALEM: Reaction to the decision", buf), "Jerusalem/ISR");
    CHECK_STR(dateline_of("KABUL, Afghanistan (AP) \xe2\x80\x94 Clashes", buf), "Kabul/AFG");
    /* The country after the comma tells which town the dateline means. */
    CHECK_STR(dateline_of("TRIPOLI, Lebanon (AP) - Clashes", buf), "Tripoli/LBN");
    CHECK_STR(dateline_of("TRIPOLI (AP) - Clashes", buf), "Tripoli/LBY");
    CHECK_STR(dateline_of("SAN JOSE, Costa Rica, Nov. 6 - Police", buf), "San Jos\xc3\xa9/CRI");
    CHECK_STR(dateline_of("MOSCOW Russia said", buf), "none");          /* no mark after it */
    CHECK_STR(dateline_of("US, EU agree on trade", buf), "none");        /* too short */
    CHECK_STR(dateline_of("HIV/AIDS is the leading cause", buf), "none");
    CHECK_STR(dateline_of("RAG, the German energy group", buf), "none"); /* no place */
    CHECK_STR(dateline_of("Moscow, Oct 15 - Russia said", buf), "none");  /* not in capitals */
    CHECK_STR(dateline_of("MOSCOWS, Oct 15", buf), "none");
}

/* Seas, straits, rivers and ranges are places at their own centres, with
 * no country when states share them; air bases are read as towns. */
static void test_waters(void)
{
    char buf[96];
    for (size_t i = 0; i < dyad_n_waters; i++)
        CHECK(fabs(dyad_waters[i].lat) <= 90 && fabs(dyad_waters[i].lon) <= 180);
    CHECK_STR(found_in("Iran seized a tanker in the Strait of Hormuz.", NULL, buf), "Strait of Hormuz/");
    CHECK_STR(found_in("Drones hit ships in the Gulf of Aden on Monday.", NULL, buf), "Gulf of Aden/");
    CHECK_STR(found_in("Troops dug in along the Dnieper River.", NULL, buf), "Dnieper River/UKR");
    CHECK_STR(found_in("Pirates seized a trawler off Somalia.", NULL, buf), "Somalia/SOM");
    CHECK_STR(found_in("Leaders met in the Baltic states.", NULL, buf), "none");
    CHECK_STR(found_in("Police met tourists in the Red Sea resort of Eilat.", NULL, buf), "Eilat/ISR");
    CHECK_STR(found_in("Defenders fell at the Danube River town.", NULL, buf), "none");
    CHECK_STR(found_in("A blast went off at Bagram Air Base on Monday.", NULL, buf), "Bagram/AFG");
    CHECK_STR(found_in("Two were held at Ben Gurion airport.", NULL, buf), "Ben Gurion/ISR");
    CHECK_STR(found_in("Students met at the Ben Gurion University.", NULL, buf), "none");
    CHECK_STR(found_in("They met in South Korea's southeastern port city of Busan.", NULL, buf), "Busan/KOR");
}

int main(void)
{
    test_dateline();
    test_init_time();
    test_cities();
    test_spelling_variants();
    test_countries();
    test_country_table();
    test_region_table();
    test_country_on();
    test_find();
    test_waters();
    test_speed();
    test_find_speed();
    return check_summary();
}
