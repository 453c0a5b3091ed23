/*
 * gazetteer.h — where events happen: place names resolved to coordinates.
 *
 * Cities come from Debian's libgeonames (GeoNames cities of 15,000 people
 * or more, about 24,000 places); countries from dyad's own table
 * (countries.c).  The tables are built once, on first use, and are
 * read-only afterwards, so every function here is thread-safe.
 */
#ifndef DYAD_PLACE_GAZETTEER_H
#define DYAD_PLACE_GAZETTEER_H

#include <stddef.h>

typedef struct {
    const char *name;    /* canonical name; lives as long as the process */
    char country[4];     /* ISO-3 ("KSV" for Kosovo) */
    const char *admin1;  /* state / province, NULL for a country */
    double lat, lon;
    long geonames_id;    /* 0 for a country */
} dyad_place;

typedef struct {
    const char *iso3, *iso2, *name, *capital;
    double lat, lon;     /* approximate centre */
} dyad_country;

typedef struct {
    const char *alias, *iso3;
    int upper_only;      /* matches only when written in capitals ("US") */
} dyad_country_alias;

typedef struct {
    const char *alias, *name, *iso2;  /* alias of libgeonames' `name` in `iso2` */
} dyad_city_alias;

typedef struct {
    const char *name, *iso3;   /* "Darfur", "SDN" */
    double lat, lon;           /* approximate centre */
} dyad_region;

typedef struct {
    const char *name, *admin1, *iso3;   /* "Bagram", "Parwan", "AFG" */
    double lat, lon;
} dyad_landmark;

extern const dyad_country dyad_countries[];
extern const size_t dyad_n_countries;
extern const dyad_country_alias dyad_country_aliases[];
extern const size_t dyad_n_country_aliases;
extern const dyad_region dyad_regions[];   /* provinces, states, regions */
extern const size_t dyad_n_regions;
extern const dyad_region dyad_waters[];    /* seas, straits, rivers, ranges; iso3 "" if shared */
extern const size_t dyad_n_waters;
extern const dyad_landmark dyad_landmarks[]; /* air bases and airports, read as towns */
extern const size_t dyad_n_landmarks;
extern const dyad_city_alias dyad_city_aliases[];
extern const size_t dyad_n_city_aliases;
extern const dyad_country_alias dyad_demonyms[];   /* "Iraqi" -> IRQ */
extern const size_t dyad_n_demonyms;

const dyad_country *dyad_country_by_iso3(const char *iso3);
const dyad_country *dyad_country_by_iso2(const char *iso2);
/* Rewrites iso3 to the state its land belonged to on `date` (YYYYMMDD):
 * SSD before 2011-07-09 is SDN. */
void dyad_country_on(char iso3[4], long date);

/* Builds the tables (about 0.1 s).  Optional: the functions below call it
 * on first use.  Returns the number of names indexed. */
size_t dyad_place_init(void);

/* Resolves a place name as written in news ("Moscow", "Dushanbe", "the
 * Netherlands") in a story whose countries mentioned are ctx_countries
 * (ISO-3 codes; may be NULL / 0).  A country name always means the
 * country; otherwise the most populous candidate in a context country
 * wins, else the most populous of all.  Returns 1 and fills *out, or 0. */
int dyad_place_lookup(const char *name, size_t len, const char *const *ctx_countries,
                      size_t n_ctx, dyad_place *out);

/* Scans a sentence for a place: the first name after "in / at / near /
 * from / outside / inside / across / throughout / around" (optionally "the"), else the first capitalised name that
 * stands alone (not part of a longer capitalised run such as "Vladimir
 * Putin").  Fills *out and the byte span [*begin, *end) of the name in the
 * sentence and returns 2 for a name after a preposition of place, 1 for a
 * name standing alone; 0 when none is found. */
int dyad_place_find(const char *sentence, size_t len, const char *const *ctx_countries,
                    size_t n_ctx, dyad_place *out, size_t *begin, size_t *end);

/* The place of a story's dateline ("MOSCOW (Reuters) -", "JAKARTA, Nov. 6
 * (Xinhua) --"): a known place written in capitals, of four letters or
 * more, opening the text before a comma, colon, bracket, slash or dash.
 * Returns 1 and fills *out, or 0 when the text opens with none. */
int dyad_place_dateline(const char *text, size_t len, dyad_place *out);

#endif
