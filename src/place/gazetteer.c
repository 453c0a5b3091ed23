/*
 * gazetteer.c — place names to places.
 *
 * On first use every city of libgeonames, every country of countries.c and
 * their aliases go into one hash table keyed by a folded form of the name
 * (lower case, accents and apostrophes dropped, hyphens as spaces, no
 * leading "the").  Each key holds its candidates best first: a country,
 * then an alias, then cities by population.  After that the tables are
 * never written again, which is what makes lookups thread-safe.
 *
 * libgeonames exposes a city as a GVariant (its header says so); the
 * GeoNames id is the first field of that tuple, read only when the tuple
 * has the layout we know.
 */
#include "place/gazetteer.h"
#include "util/text.h"

#include <geonames/geonames.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define KEY_MAX 128   /* longer "names" are not place names */
#define FIND_MAX_TOKENS 256
#define NAME_MAX_TOKENS 6
#define RANK_COUNTRY (3ull << 40)
#define RANK_ALIAS (2ull << 40)
#define BARE_START_MIN_POPULATION 1000000u

typedef struct {
    uint32_t name, admin1;   /* arena offsets; NO_TEXT when absent */
    double lat, lon;
    uint32_t population;
    long geonames_id;
    char iso3[4];
    uint8_t is_country, is_capital;   /* is_country: also a region (dyad_regions) */
    uint8_t is_water;                 /* a sea, river or range (dyad_waters) */
} place_rec;

typedef struct {
    uint32_t place;
    uint8_t upper_only;
} candidate;

typedef struct {
    uint64_t hash;           /* 0: empty slot */
    uint32_t key, key_len;   /* arena offset of the folded key */
    uint32_t first, count;   /* range in g.cands */
} slot;

/* One name before the table is built. */
typedef struct {
    uint64_t hash, rank;
    uint32_t key, key_len, place;
    uint8_t upper_only;
} name_entry;

#define NO_TEXT UINT32_MAX

static struct {
    char *arena;
    size_t arena_len, arena_cap;
    place_rec *places;
    size_t n_places, cap_places;
    name_entry *names;
    size_t n_names, cap_names;
    candidate *cands;
    slot *slots;
    size_t slot_mask;
    int16_t iso2_to_country[26 * 26];
} g;

static pthread_once_t g_once = PTHREAD_ONCE_INIT;

/* ------------------------------------------------------------- folding */

/* Latin-1 Supplement (U+00C0..U+00FF) and Latin Extended-A (U+0100..U+017F)
 * letters without their accents; '\0' drops the character. */
static const char latin1_base[65] =
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
static const char latin_ext_a_base[129] =
    "aaaaaaccccccccdd" "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "iiiijjkkklllllll"
    "lllnnnnnnnnnoooo" "oooorrrrrrssssss" "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";

static int is_space_like(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == ',';
}

/* Appends one output byte, collapsing runs of spaces. */
static int put_folded(char *dst, size_t *n, size_t cap, char c)
{
    if (c == ' ' && (*n == 0 || dst[*n - 1] == ' '))
        return 1;
    if (*n + 1 >= cap)
        return 0;
    dst[(*n)++] = c;
    return 1;
}

/* Bytes consumed by one multi-byte character, its folded letter in *out
 * ('\0' to drop it). */
static size_t fold_multibyte(const unsigned char *s, size_t left, char *out)
{
    *out = 0;
    if (left >= 2 && (s[0] == 0xC3 || s[0] == 0xC4 || s[0] == 0xC5) && (s[1] & 0xC0) == 0x80) {
        unsigned cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
        if (cp >= 0xC0 && cp <= 0xFF)
            *out = latin1_base[cp - 0xC0];
        else if (cp >= 0x100 && cp <= 0x17F)
            *out = latin_ext_a_base[cp - 0x100];
        return 2;
    }
    /* Romanian ș ț with a comma below (U+0218..U+021B): "Chișinău" */
    if (left >= 2 && s[0] == 0xC8 && s[1] >= 0x98 && s[1] <= 0x9B) {
        *out = s[1] <= 0x99 ? 's' : 't';
        return 2;
    }
    /* ʻ ʼ (U+02BB, U+02BC) and combining accents (U+0300..U+036F) vanish. */
    if (left >= 2 && ((s[0] == 0xCA && (s[1] == 0xBB || s[1] == 0xBC)) ||
                      (s[0] == 0xCC) || (s[0] == 0xCD && s[1] < 0xB0)))
        return 2;
    /* ‘ ’ (U+2018, U+2019) vanish like the ASCII apostrophe. */
    if (left >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x98 || s[2] == 0x99))
        return 3;
    *out = (char)s[0];   /* other scripts are kept byte for byte */
    return 1;
}

/* Writes the folded key of s[0..len) into dst; returns its length, or 0
 * when it is empty or longer than cap - 1. */
static size_t fold_name(const char *s, size_t len, char *dst, size_t cap)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = u[i];
        char out;
        if (c < 0x80) {
            i++;
            if (c == '\'' || c == '.')
                continue;
            out = is_space_like(c) ? ' ' : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : (char)c;
        } else {
            i += fold_multibyte(u + i, len - i, &out);
            if (!out)
                continue;
        }
        if (!put_folded(dst, &n, cap, out))
            return 0;
    }
    if (n && dst[n - 1] == ' ')
        n--;
    if (n > 4 && memcmp(dst, "the ", 4) == 0) {
        memmove(dst, dst + 4, n - 4);
        n -= 4;
    }
    return n;
}

static uint64_t hash_key(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;   /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h ? h : 1;
}

/* ------------------------------------------------------------ building */

static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return p;
    size_t c = *cap ? *cap : 256;
    while (c < need)
        c *= 2;
    void *q = realloc(p, c * size);
    if (!q)
        abort();   /* the tables are built once at start-up; nothing to recover */
    *cap = c;
    return q;
}

static uint32_t arena_add(const char *s, size_t n)
{
    g.arena = grow(g.arena, &g.arena_cap, g.arena_len + n + 1, 1);
    uint32_t off = (uint32_t)g.arena_len;
    memcpy(g.arena + off, s, n);
    g.arena[off + n] = 0;
    g.arena_len += n + 1;
    return off;
}

static uint32_t add_place(const char *name, const char *admin1, const char *iso3, double lat,
                          double lon, uint32_t population, long gid)
{
    g.places = grow(g.places, &g.cap_places, g.n_places + 1, sizeof *g.places);
    place_rec *p = &g.places[g.n_places];
    memset(p, 0, sizeof *p);
    p->name = arena_add(name, strlen(name));
    p->admin1 = admin1 ? arena_add(admin1, strlen(admin1)) : NO_TEXT;
    p->lat = lat;
    p->lon = lon;
    p->population = population;
    p->geonames_id = gid;
    strncpy(p->iso3, iso3, 3);   /* "" for waters states share */
    return (uint32_t)g.n_places++;
}

static void add_name(const char *name, uint32_t place, uint64_t rank, int upper_only)
{
    char key[KEY_MAX];
    size_t n = fold_name(name, strlen(name), key, sizeof key);
    if (!n)
        return;
    g.names = grow(g.names, &g.cap_names, g.n_names + 1, sizeof *g.names);
    name_entry *e = &g.names[g.n_names++];
    e->hash = hash_key(key, n);
    e->key = arena_add(key, n);
    e->key_len = (uint32_t)n;
    e->place = place;
    e->rank = rank;
    e->upper_only = (uint8_t)upper_only;
}

static const dyad_country *country_of_iso2(const char *iso2)
{
    if (!iso2 || iso2[0] < 'A' || iso2[0] > 'Z' || iso2[1] < 'A' || iso2[1] > 'Z' || iso2[2])
        return NULL;
    int i = g.iso2_to_country[(iso2[0] - 'A') * 26 + (iso2[1] - 'A')];
    return i < 0 ? NULL : &dyad_countries[i];
}

/* Regions of our own tables, each under its one name, before any city. */
static void index_regions(const dyad_region *table, size_t n, int water)
{
    for (size_t i = 0; i < n; i++) {
        const dyad_region *r = &table[i];
        uint32_t p = add_place(r->name, NULL, r->iso3, r->lat, r->lon, 0, 0);
        g.places[p].is_country = 1;
        g.places[p].is_water = (uint8_t)water;
        add_name(r->name, p, RANK_COUNTRY, 0);
    }
}

static void index_landmarks(void)
{
    for (size_t i = 0; i < dyad_n_landmarks; i++) {
        const dyad_landmark *l = &dyad_landmarks[i];
        add_name(l->name, add_place(l->name, l->admin1, l->iso3, l->lat, l->lon, 0, 0), RANK_ALIAS, 0);
    }
}

static void index_countries(void)
{
    memset(g.iso2_to_country, 0xff, sizeof g.iso2_to_country);   /* all -1 */
    for (size_t i = 0; i < dyad_n_countries; i++) {
        const dyad_country *c = &dyad_countries[i];
        g.iso2_to_country[(c->iso2[0] - 'A') * 26 + (c->iso2[1] - 'A')] = (int16_t)i;
        uint32_t p = add_place(c->name, NULL, c->iso3, c->lat, c->lon, 0, 0);
        g.places[p].is_country = 1;
        add_name(c->name, p, RANK_COUNTRY, 0);
    }
    for (size_t i = 0; i < dyad_n_country_aliases; i++) {
        const dyad_country_alias *a = &dyad_country_aliases[i];
        const dyad_country *c = dyad_country_by_iso3(a->iso3);
        if (c)   /* country i is place i: countries are added first */
            add_name(a->alias, (uint32_t)(c - dyad_countries), RANK_COUNTRY, a->upper_only);
    }
    /* A region is its own place, at its own centre, but the rules read its
     * name as a country's (no town competes with it, "in the Gaza Strip
     * town of ..." leads on to the town), as they did when it was an
     * alias of its country.  So are seas, rivers and ranges ("in the Red
     * Sea resort of"); air bases are read as towns. */
    index_regions(dyad_regions, dyad_n_regions, 0);
    index_regions(dyad_waters, dyad_n_waters, 1);
    index_landmarks();
}

/* What dyad keeps of a libgeonames city. */
typedef struct city_fields {
    const char *name, *state, *country_code;
    uint32_t population;
    double lat, lon;
    long geonames_id;
} city_fields;

/* libgeonames 0.3 stores a city as the tuple (id, name, admin1 code, state,
 * country code, country, time zone, population, latitude, longitude).  Its
 * getters each take the tuple apart again, which made reading the 24,000
 * cities a third of dyad's start-up; one g_variant_get reads them all.  The
 * layout is not public, so it is trusted only when the type matches and the
 * getters agree on the first city (fast_layout_checked). */
#define CITY_TUPLE "(sssssssudd)"

static void read_city_slow(GeonamesCity *city, city_fields *f)
{
    f->name = geonames_city_get_name(city);
    f->state = geonames_city_get_state(city);
    f->country_code = geonames_city_get_country_code(city);
    f->population = geonames_city_get_population(city);
    f->lat = geonames_city_get_latitude(city);
    f->lon = geonames_city_get_longitude(city);
    f->geonames_id = 0;
}

static int read_city_fast(GeonamesCity *city, city_fields *f)
{
    if (strcmp(g_variant_get_type_string(city), CITY_TUPLE) != 0)
        return 0;
    const char *id, *admin1_code, *country, *timezone;
    g_variant_get(city, "(&s&s&s&s&s&s&sudd)", &id, &f->name, &admin1_code, &f->state,
                  &f->country_code, &country, &timezone, &f->population, &f->lat, &f->lon);
    f->geonames_id = strtol(id, NULL, 10);
    return 1;
}

/* GVariant's framing offset of `w` bytes at d: little-endian always. */
static size_t framing_offset(const unsigned char *d, size_t w)
{
    size_t v = 0;
    for (size_t i = 0; i < w; i++)
        v |= (size_t)d[i] << (8 * i);
    return v;
}

/* read_city_fast straight from the tuple's bytes: g_variant_get makes a
 * child value for each of the ten fields, which was most of building the
 * gazetteer.  The layout is GVariant's serialisation format (the
 * documented one): the seven strings one after the other, each ending in a
 * NUL, then the population (aligned to 4) and the two coordinates (to 8);
 * the strings' ends are framing offsets at the end of the tuple, the
 * first string's last, each of the width the tuple's size needs.  Any
 * bytes that do not fit that exactly are left to g_variant_get. */
static int read_city_bytes(GeonamesCity *city, city_fields *f)
{
    enum { STRINGS = 7 };
    if (strcmp(g_variant_get_type_string(city), CITY_TUPLE) != 0)
        return 0;
    const unsigned char *d = g_variant_get_data(city);
    size_t size = g_variant_get_size(city);
    size_t w = (uint64_t)size > 0xffffffffu ? 8 : size > 0xffff ? 4 : size > 0xff ? 2 : 1;
    if (!d || size < STRINGS * w)
        return 0;
    size_t fixed_end = size - STRINGS * w;       /* where the offsets begin */
    const char *str[STRINGS];
    size_t at = 0;
    for (size_t i = 0; i < STRINGS; i++) {
        size_t end = framing_offset(d + size - (i + 1) * w, w);
        if (end <= at || end > fixed_end || d[end - 1] != '\0')
            return 0;
        str[i] = (const char *)d + at;
        at = end;
    }
    at = (at + 3) & ~(size_t)3;
    size_t lat_at = (at + 4 + 7) & ~(size_t)7;
    if (lat_at + 16 != fixed_end)
        return 0;
    memcpy(&f->population, d + at, 4);
    memcpy(&f->lat, d + lat_at, 8);
    memcpy(&f->lon, d + lat_at + 8, 8);
    /* (id, name, admin1 code, state, country code, country, time zone) */
    f->name = str[1];
    f->state = str[3];
    f->country_code = str[4];
    f->geonames_id = strtol(str[0], NULL, 10);
    return 1;
}

static int same_text(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Does the fast reading give what the getters give, on city 0?  And
 * *bytes_ok: does read_city_bytes give what the fast reading gives? */
static int fast_layout_checked(int *bytes_ok)
{
    *bytes_ok = 0;
    GeonamesCity *city = geonames_get_city(0);
    if (!city)
        return 0;
    city_fields bytes, fast, slow;
    int ok = read_city_fast(city, &fast);
    read_city_slow(city, &slow);
    ok = ok && same_text(fast.name, slow.name) && same_text(fast.state, slow.state)
         && same_text(fast.country_code, slow.country_code)
         && fast.population == slow.population && fast.lat == slow.lat && fast.lon == slow.lon;
    *bytes_ok = ok && read_city_bytes(city, &bytes) && same_text(bytes.name, fast.name)
                && same_text(bytes.state, fast.state) && same_text(bytes.country_code, fast.country_code)
                && bytes.population == fast.population && bytes.lat == fast.lat && bytes.lon == fast.lon
                && bytes.geonames_id == fast.geonames_id;
    geonames_city_free(city);
    return ok;
}

/* Names of continents and world regions: in news "in Asia" is the
 * continent, never Asia, a town of the Philippines. */
static int names_a_region(const char *name)
{
    static const char *const regions[] = {"Asia", "Europe", "Africa", "America", "Americas", "Oceania",
        "Antarctica", "Arctic", "Caribbean", "Balkans", "Caucasus", NULL};
    for (size_t i = 0; regions[i]; i++)
        if (strcmp(name, regions[i]) == 0)
            return 1;
    return 0;
}

static void index_cities(void)
{
    int n = geonames_get_n_cities();
    int bytes, fast = fast_layout_checked(&bytes);
    for (int i = 0; i < n; i++) {
        GeonamesCity *city = geonames_get_city(i);
        if (!city)
            continue;
        city_fields f;
        if (!fast || (!(bytes && read_city_bytes(city, &f)) && !read_city_fast(city, &f)))
            read_city_slow(city, &f);
        const dyad_country *c = country_of_iso2(f.country_code);
        if (c && !names_a_region(f.name)) {
            uint32_t p = add_place(f.name, f.state, c->iso3, f.lat, f.lon, f.population,
                                   f.geonames_id);
            add_name(f.name, p, f.population, 0);
        }
        geonames_city_free(city);
    }
}

static int compare_names(const void *a, const void *b)
{
    const name_entry *x = a, *y = b;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    if (x->key_len != y->key_len)
        return x->key_len < y->key_len ? -1 : 1;
    int c = memcmp(g.arena + x->key, g.arena + y->key, x->key_len);
    if (c)
        return c;
    if (x->rank != y->rank)
        return x->rank > y->rank ? -1 : 1;
    return x->place < y->place ? -1 : (x->place > y->place);
}

static int same_key(const name_entry *a, const name_entry *b)
{
    return a->hash == b->hash && a->key_len == b->key_len &&
           memcmp(g.arena + a->key, g.arena + b->key, a->key_len) == 0;
}

static slot *slot_for(uint64_t hash, const char *key, size_t len)
{
    for (size_t i = hash & g.slot_mask;; i = (i + 1) & g.slot_mask) {
        slot *s = &g.slots[i];
        if (!s->hash || (s->hash == hash && s->key_len == len &&
                         memcmp(g.arena + s->key, key, len) == 0))
            return s;
    }
}

/* Sorts the names and lays each key's candidates out contiguously. */
static void build_table(void)
{
    qsort(g.names, g.n_names, sizeof *g.names, compare_names);
    size_t cap = 1024;
    while (cap < g.n_names * 2)
        cap *= 2;
    g.slots = calloc(cap, sizeof *g.slots);
    g.cands = malloc((g.n_names ? g.n_names : 1) * sizeof *g.cands);
    if (!g.slots || !g.cands)
        abort();
    g.slot_mask = cap - 1;
    uint32_t nc = 0;
    for (size_t i = 0; i < g.n_names;) {
        const name_entry *e = &g.names[i];
        slot *s = slot_for(e->hash, g.arena + e->key, e->key_len);
        s->hash = e->hash;
        s->key = e->key;
        s->key_len = e->key_len;
        s->first = nc;
        for (; i < g.n_names && same_key(e, &g.names[i]); i++)
            g.cands[nc++] = (candidate){g.names[i].place, g.names[i].upper_only};
        s->count = nc - s->first;
    }
}

static const slot *find_key(const char *key, size_t len)
{
    const slot *s = slot_for(hash_key(key, len), key, len);
    return s->hash ? s : NULL;
}

/* City aliases point at the libgeonames city of that name in that country. */
static void index_city_aliases(void)
{
    for (size_t i = 0; i < dyad_n_city_aliases; i++) {
        const dyad_city_alias *a = &dyad_city_aliases[i];
        const dyad_country *c = country_of_iso2(a->iso2);
        char key[KEY_MAX];
        size_t n = fold_name(a->name, strlen(a->name), key, sizeof key);
        const slot *s = n && c ? find_key(key, n) : NULL;
        for (uint32_t k = 0; s && k < s->count; k++) {
            uint32_t p = g.cands[s->first + k].place;
            if (!g.places[p].is_country && memcmp(g.places[p].iso3, c->iso3, 3) == 0) {
                add_name(a->alias, p, RANK_ALIAS, 0);
                break;
            }
        }
    }
}

static void mark_capitals(void)
{
    for (size_t i = 0; i < dyad_n_countries; i++) {
        char key[KEY_MAX];
        size_t n = fold_name(dyad_countries[i].capital, strlen(dyad_countries[i].capital), key,
                             sizeof key);
        const slot *s = n ? find_key(key, n) : NULL;
        for (uint32_t k = 0; s && k < s->count; k++) {
            place_rec *p = &g.places[g.cands[s->first + k].place];
            if (!p->is_country && memcmp(p->iso3, dyad_countries[i].iso3, 3) == 0) {
                p->is_capital = 1;
                break;
            }
        }
    }
}

static void build_once(void)
{
    index_countries();
    index_cities();
    build_table();
    /* Aliases need the table to find their city; then it is rebuilt whole. */
    index_city_aliases();
    free(g.slots);
    free(g.cands);
    build_table();
    mark_capitals();
    free(g.names);
    g.names = NULL;
}

size_t dyad_place_init(void)
{
    pthread_once(&g_once, build_once);
    return g.n_names;
}

/* ------------------------------------------------------------- lookups */

static int written_in_capitals(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
    return 1;
}

static int in_context(const char *iso3, const char *const *ctx, size_t n_ctx)
{
    for (size_t i = 0; ctx && i < n_ctx; i++)
        if (ctx[i] && strncmp(ctx[i], iso3, 3) == 0)
            return 1;
    return 0;
}

static void fill_place(const place_rec *p, dyad_place *out)
{
    out->name = g.arena + p->name;
    memcpy(out->country, p->iso3, 4);
    out->admin1 = p->admin1 == NO_TEXT ? NULL : g.arena + p->admin1;
    out->lat = p->lat;
    out->lon = p->lon;
    out->geonames_id = p->geonames_id;
}

/* "Paris" in a story that names the United States is still the French
 * capital, not Paris, Texas: a candidate in a context country is dwarfed by
 * the most populous one, and gives way to it, when it has less than a
 * twentieth of its people (Alexandria, Virginia), when that one is a
 * capital and it is a town of fewer than 150,000 (Athens, Georgia), or
 * when it is a small town of fewer than 50,000 with less than a fifth of
 * that one's people (Geneva, Illinois, 21,000, for Geneva's 184,000: a
 * context country tells little, since nearly every story names the
 * United States).  Tripoli, Lebanon (229,000, a fifth of Tripoli, Libya)
 * and San Jose in the Philippines (119,000, a ninth of San Jose,
 * California) keep their place; so does a capital (Hamilton, Bermuda). */
#define DWARFED_RATIO 20
#define DWARFED_BY_CAPITAL 150000
#define SMALL_TOWN 50000
#define SMALL_TOWN_RATIO 5

static int dwarfed(const place_rec *p, const place_rec *top)
{
    return p != top && !top->is_country && !p->is_capital
           && ((uint64_t)p->population * DWARFED_RATIO < top->population
               || (top->is_capital && p->population < DWARFED_BY_CAPITAL)
               || (p->population < SMALL_TOWN && (uint64_t)p->population * SMALL_TOWN_RATIO < top->population));
}

/* The chosen candidate's record, or NULL.  Candidates are best first, so
 * a country comes first and the first in context is the most populous. */
static const place_rec *resolve(const char *name, size_t len, const char *const *ctx,
                                size_t n_ctx)
{
    char key[KEY_MAX];
    size_t n = fold_name(name, len, key, sizeof key);
    const slot *s = n ? find_key(key, n) : NULL;
    if (!s)
        return NULL;
    int upper = written_in_capitals(name, len);
    const place_rec *first = NULL;
    for (uint32_t k = 0; k < s->count; k++) {
        const candidate *c = &g.cands[s->first + k];
        const place_rec *p = &g.places[c->place];
        if (c->upper_only && !upper)
            continue;
        if (!first)
            first = p;
        if (p->is_country || (in_context(p->iso3, ctx, n_ctx) && !dwarfed(p, first)))
            return p;
    }
    return first;
}

int dyad_place_lookup(const char *name, size_t len, const char *const *ctx_countries,
                      size_t n_ctx, dyad_place *out)
{
    dyad_place_init();
    const place_rec *p = resolve(name, len, ctx_countries, n_ctx);
    if (p)
        fill_place(p, out);
    return p != NULL;
}

/* --------------------------------------------------------- in sentences */

typedef struct {
    uint32_t begin, end;
} span;

static int is_word_byte(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Typographic punctuation (U+2010..U+206F: quotes, dashes, ellipsis) and
 * fullwidth punctuation ("Moscow\uFF0E") separate words although their
 * bytes are >= 0x80. */
static int is_punct_seq(const unsigned char *s, size_t left)
{
    return left >= 3 && ((s[0] == 0xE2 && (s[1] == 0x80 || s[1] == 0x81)) || utf8_fullwidth_punct(s, 3));
}

static int is_apostrophe_s(const unsigned char *s, size_t left)
{
    if (left >= 2 && s[0] == '\'' && (s[1] == 's' || s[1] == 'S'))
        return 1;
    return left >= 4 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99 && s[3] == 's';
}

/* Length of the word at s: letters, digits, inner hyphens, apostrophes
 * and dots ("Port-au-Prince", "N'Djamena", "U.S."); stops before a
 * possessive 's. */
static size_t word_length(const unsigned char *s, size_t left)
{
    size_t i = 0, dots = 0;
    while (i < left) {
        if (is_punct_seq(s + i, left - i)) {
            if (s[i + 2] != 0x99 || i + 3 >= left || !is_word_byte(s[i + 3]) ||
                is_apostrophe_s(s + i, left - i))
                break;
            i += 3;   /* ’ inside a word */
        } else if (is_word_byte(s[i])) {
            i++;
        } else if ((s[i] == '-' || s[i] == '\'' || s[i] == '.') && i > 0 && i + 1 < left &&
                   is_word_byte(s[i + 1]) && !is_apostrophe_s(s + i, left - i)) {
            dots += s[i] == '.';
            i++;
        } else {
            break;
        }
    }
    if (dots && i < left && s[i] == '.')
        i++;   /* the closing dot of an abbreviation */
    return i;
}

static size_t tokenize_words(const char *text, size_t len, span *tok, size_t max)
{
    const unsigned char *u = (const unsigned char *)text;
    size_t n = 0;
    for (size_t i = 0; i < len && n < max;) {
        size_t w = is_punct_seq(u + i, len - i) ? 0 : word_length(u + i, len - i);
        if (w == 0) {
            i += is_punct_seq(u + i, len - i) ? 3 : 1;
            continue;
        }
        tok[n++] = (span){(uint32_t)i, (uint32_t)(i + w)};
        i += w;
    }
    return n;
}

/* Upper-case ASCII or Latin-1 (À..Þ) first letter. */
static int is_capitalised(const char *text, span t)
{
    unsigned char c = (unsigned char)text[t.begin];
    if (c != 0xC3 || t.end - t.begin < 2)
        return c >= 'A' && c <= 'Z';
    unsigned char d = (unsigned char)text[t.begin + 1];
    return d >= 0x80 && d <= 0x9E;
}

static int word_is(const char *text, span t, const char *w)
{
    size_t n = strlen(w);
    if (t.end - t.begin != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = text[t.begin + i];
        if ((c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) != w[i])
            return 0;
    }
    return 1;
}

/* Token t is w, with the same letter case ("Iraqi", not "iraqi"). */
static int word_is_cased(const char *text, span t, const char *w)
{
    size_t n = strlen(w);
    return t.end - t.begin == n && strncmp(text + t.begin, w, n) == 0;
}

static int word_in(const char *text, span t, const char *const *list)
{
    for (; *list; list++)
        if (word_is(text, t, *list))
            return 1;
    return 0;
}

/* ("along the Dnieper", "off Somalia": by a river, a coast) */
static const char *const locative_words[] = {"in", "at", "near", "from", "outside", "inside",
                                             "across", "throughout", "around", "along", "off", NULL};
/* Towns share these names ("March" in England, "May" in Texas), but news
 * that says "in March" means the month. */
static const char *const calendar_words[] = {"january", "february", "march", "april", "may",
                                             "june", "july", "august", "september", "october",
                                             "november", "december", "monday", "tuesday",
                                             "wednesday", "thursday", "friday", "saturday",
                                             "sunday", NULL};
static const char *const region_words[] = {"state", "province", "region", "governorate", NULL};
static const char *const name_connectors[] = {"of", "and", "the", "de", "del", "da", "do", "dos",
                                              "al", "el", "la", "le", "les", "du", "des",
                                              "y", NULL};

/* Only spaces between two tokens: they belong to one name. */
static int adjacent(const char *text, span a, span b)
{
    for (uint32_t i = a.end; i < b.begin; i++)
        if (text[i] != ' ')
            return 0;
    return 1;
}

/* A capitalised word, or an Arabic article joined to one as news write
 * it ("el-Balah" of Deir el-Balah, "ez-Zor" of Deir ez-Zor): a word a
 * name may go on with. */
static int name_word(const char *text, span t)
{
    if (is_capitalised(text, t))
        return 1;
    uint32_t i = t.begin;
    while (i < t.end && i - t.begin < 3 && text[i] >= 'a' && text[i] <= 'z')
        i++;
    return i > t.begin && i + 1 < t.end && text[i] == '-' && text[i + 1] >= 'A' && text[i + 1] <= 'Z';
}

/* The longest known name starting at token i; returns its token count. */
static size_t longest_name(const char *text, const span *tok, size_t n, size_t i,
                           const char *const *ctx, size_t n_ctx, const place_rec **found)
{
    size_t best = 0;
    for (size_t k = i; k < n && k < i + NAME_MAX_TOKENS; k++) {
        if (k > i && !adjacent(text, tok[k - 1], tok[k]))
            break;
        int cap = name_word(text, tok[k]);
        /* ("in Niger state": a region's word written in lower case after
         * its name ends the name, when the gazetteer knows the whole) */
        int region = !cap && k > i && word_in(text, tok[k], region_words);
        if (!cap && !region) {
            if (!word_in(text, tok[k], name_connectors))
                break;
            continue;
        }
        const place_rec *p = resolve(text + tok[i].begin, tok[k].end - tok[i].begin, ctx, n_ctx);
        if (p) {
            *found = p;
            best = k - i + 1;
        }
        if (region)
            break;
    }
    return best;
}

/* A capitalised word touching tokens [a, b); a leading "The" does not count. */
static int capitalised_neighbour(const char *text, const span *tok, size_t n, size_t a, size_t b)
{
    return (a > 0 && adjacent(text, tok[a - 1], tok[a]) && is_capitalised(text, tok[a - 1]) &&
            !word_is(text, tok[a - 1], "the")) ||
           (b < n && adjacent(text, tok[b - 1], tok[b]) && is_capitalised(text, tok[b]));
}

/* "in the east of the Gaza Strip", "near the border of Syria": a direction
 * or part after a locative preposition, then "of", leads to the place. */
static const char *const parts[] = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                    "southwest", "centre", "center", "outskirts", "heart", "border",
                                    "edge", "rest", "part", "parts", "region", "city", "town",
                                    "village", "province", "district", "capital", "port", "streets", NULL};

/* Parts that may come right before the place's name ("the capital Kabul",
 * but not "the East China Sea"). */
static const char *const apposed_parts[] = {"city", "town", "village", "province", "district", "capital", "port",
                                            "resort", NULL};

/* Words in lower case that tell which part or kind of a place is meant
 * ("in southern Lebanon", "in neighbouring Chad", "in the occupied West
 * Bank", "in downtown Istanbul", "in far western Nepal"); a capitalised
 * one starts a name of its own ("in Central Asia"). */
static const char *const place_qualifiers[] = {"northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest",
    "neighbouring", "neighboring", "nearby", "occupied", "restive", "troubled", "volatile", "remote",
    "rural", "war-torn", "downtown", "suburban", "coastal", "mountainous", "impoverished", "lawless",
    "embattled", "besieged", "far", "northernmost", "southernmost", "easternmost", "westernmost", NULL};

/* After a locative word, skipping up to two of those qualifiers, "the", and a part that leads to the
 * place: "in the east of", "in the capital Kabul", or one qualified by up
 * to three words, "in the Croatian capital Zagreb", "at the Israeli town
 * of Kfar Azza", "in the restive southern city of Kandahar". */
static int after_locative(const char *text, const span *tok, size_t i)
{
    /* (a part may be one of many: "in a village of Panjwai district of
     * Kandahar province") */
    static const char *const articles[] = {"the", "a", "an", NULL};
    for (int w = 0; w < 2 && i > 1 && !is_capitalised(text, tok[i - 1]) && word_in(text, tok[i - 1], place_qualifiers); w++)
        i--;
    if (i > 0 && word_is(text, tok[i - 1], "the"))
        i--;
    int part = 1;
    if (i > 2 && word_is(text, tok[i - 1], "of") && word_in(text, tok[i - 2], parts)) {
        /* (streets are where, whatever leads to them: "took to the streets
         * of Caracas", "filled the streets of Tbilisi") */
        if (word_is(text, tok[i - 2], "streets"))
            return 1;
        i -= 2;
    }
    else if (i > 1 && word_in(text, tok[i - 1], apposed_parts) && !word_in(text, tok[i - 2], locative_words))
        i -= 1;
    else
        part = 0;
    for (int w = 0; part && w < 3 && i > 1 && !word_in(text, tok[i - 1], articles)
                    && !word_in(text, tok[i - 1], locative_words); w++)
        i--;
    if (part && i > 0 && word_in(text, tok[i - 1], articles))
        i--;
    return i > 0 && word_in(text, tok[i - 1], locative_words);
}

/* "the Gulf of Aden", "the Sea of Japan": the name of a sea, not of the
 * place after its "of". */
static int names_water(const char *text, const span *tok, size_t i)
{
    static const char *const water[] = {"gulf", "sea", "bay", "strait", "straits", NULL};
    return i >= 2 && word_is(text, tok[i - 1], "of") && word_in(text, tok[i - 2], water);
}

/* A name standing alone counts when nothing capitalised touches it; at the
 * start of a sentence, where every word is capitalised, only a country, a
 * capital or a big city does. */
static int bare_name_counts(const char *text, const span *tok, size_t n, size_t i, size_t k,
                            const place_rec *p)
{
    if (capitalised_neighbour(text, tok, n, i, i + k))
        return 0;
    return i > 0 || p->is_country || p->is_capital || p->population >= BARE_START_MIN_POPULATION;
}

/* "in the UN Security Council": a short word in capitals is an acronym,
 * not a town written otherwise ("Un", in India).  (Countries have their
 * acronyms as names of their own: "UAE", "DRC".) */
static int acronym_of_other(const char *text, span t, const place_rec *p)
{
    const char *name = g.arena + p->name;
    return !p->is_country && t.end - t.begin <= 3 && written_in_capitals(text + t.begin, t.end - t.begin)
        && !written_in_capitals(name, strlen(name));
}

/* "in the Iraqi capital" with no city named after it: the capital of
 * the country the adjective at token i names.  Returns the capital's
 * record, or NULL ("the Iraqi capital Baghdad", "the Iraqi capital of
 * Baghdad" find the name itself). */
static const place_rec *capital_of_adjective(const char *text, const span *tok, size_t n, size_t i)
{
    if (i + 1 >= n || !word_is(text, tok[i + 1], "capital") || !adjacent(text, tok[i], tok[i + 1]))
        return NULL;
    size_t next = i + 2 < n && word_is(text, tok[i + 2], "of") ? i + 3 : i + 2;
    if (next < n && is_capitalised(text, tok[next]) && !word_in(text, tok[next], calendar_words))
        return NULL;
    for (size_t d = 0; d < dyad_n_demonyms; d++) {
        if (!word_is_cased(text, tok[i], dyad_demonyms[d].alias))
            continue;
        const dyad_country *c = dyad_country_by_iso3(dyad_demonyms[d].iso3);
        if (!c || !c->capital || !c->capital[0])
            return NULL;
        const char *ctx[1] = {c->iso3};
        const place_rec *p = resolve(c->capital, strlen(c->capital), ctx, 1);
        return p && !p->is_country ? p : NULL;
    }
    return NULL;
}

/* "all key cities apart from the capital Kinshasa", "except in Baghdad":
 * a name excluded from what the sentence tells is no place of it.  Looks
 * at up to four words before token i. */
static int excluded(const char *text, const span *tok, size_t i)
{
    static const char *const except[] = {"except", "excluding", "besides", NULL};
    for (size_t k = i; k-- > 0 && i - k <= 4;) {
        if (word_in(text, tok[k], except))
            return 1;
        if (k > 0 && ((word_is(text, tok[k], "from") && word_is(text, tok[k - 1], "apart"))
                      || (word_is(text, tok[k], "than") && word_is(text, tok[k - 1], "other"))))
            return 1;
    }
    return 0;
}

/* "in Central Java", "in Central Asia", "near Fort Davis Mountain": a known
 * town's name (tokens [i, j)) followed by a capitalised word is the start
 * of a longer name that is not known, unless that word is a date ("in
 * Moscow Tuesday") or a kind of place ("in Gaza City", "in Helmand
 * Province", "at Beijing International Airport").  (After a country's name the word is more often a name of
 * its own: "during his visit in Vietnam Rubin said".) */
static int starts_longer_name(const char *text, const span *tok, size_t n, size_t j)
{
    static const char *const kinds[] = {"city", "town", "province", "district", "region", "state",
                                        "governorate", "prefecture", "county", "airport", NULL};
    /* ("at Beijing International Airport", "at Bagram Air Base") */
    int airport = j + 1 < n && ((word_is(text, tok[j], "international") && word_is(text, tok[j + 1], "airport"))
                                || (word_is(text, tok[j], "air") && word_is(text, tok[j + 1], "base")));
    return j < n && adjacent(text, tok[j - 1], tok[j]) && is_capitalised(text, tok[j])
        && !word_in(text, tok[j], calendar_words) && !word_in(text, tok[j], kinds) && !airport;
}

/* "blasted the Liberal party", "a Beijing newspaper", "the Bush
 * administration": a name right before a word in lower case for a party,
 * a paper, a team or a government (token j) names that body, not a place
 * (Liberal is a town in Kansas, Bush one in Egypt). */
static int names_a_body(const char *text, const span *tok, size_t n, size_t j, const place_rec *p)
{
    static const char *const bodies[] = {"party", "parties", "movement", "newspaper", "newspapers", "daily",
        "weekly", "magazine", "club", "team", "faction", "bloc", "government", "administration", "regime", NULL};
    /* A country's name before a capitalised word for a state body names
     * that body too: "at the US Treasury", "at the French Embassy" (an
     * embassy is not in its own country). */
    static const char *const state_bodies[] = {"treasury", "department", "embassy", "consulate", "congress",
        "senate", "parliament", "ministry", "mission", "army", "navy", NULL};
    if (j >= n || !adjacent(text, tok[j - 1], tok[j]))
        return 0;
    if (is_capitalised(text, tok[j]))
        return p->is_country && word_in(text, tok[j], state_bodies);
    return word_in(text, tok[j], bodies);
}

/* "at North Korea's request", "at Washington's invitation": after "at",
 * a name whose possessive heads a request is who asked, not a place.
 * Tokens [i, j) are the name. */
static int whose_request(const char *text, size_t len, const span *tok, size_t n, size_t i, size_t j)
{
    static const char *const asking[] = {"request", "invitation", "behest", "urging", "initiative",
                                         "suggestion", "insistence", "expense", NULL};
    size_t at = i > 0 && word_is(text, tok[i - 1], "the") ? i - 1 : i;
    return at > 0 && word_is(text, tok[at - 1], "at") && j + 1 < n
        && is_apostrophe_s((const unsigned char *)text + tok[j - 1].end, len - tok[j - 1].end)
        && word_is(text, tok[j], "s") && word_in(text, tok[j + 1], asking);
}

/* "in Sri Lanka's capital Colombo", "in Turkey's largest city of
 * Istanbul": tokens [i, i + *k) name a place whose part is named next;
 * when that part is a known place it is the more precise one, and *p and
 * *k become its record and length from the returned token.  So is a town
 * named after a country's or region's name with no possessive ("in the
 * West Bank city of Jenin", "in the small South Carolina town of
 * Barnwell"), but not a province after a town ("the Kandahar province of
 * Afghanistan").  Returns i otherwise. */
static size_t part_named_next(const char *text, size_t len, const span *tok, size_t n, size_t i, size_t *k,
                              const char *const *ctx, size_t n_ctx, const place_rec **p)
{
    size_t j = i + *k;
    int possessive = j + 2 < n && is_apostrophe_s((const unsigned char *)text + tok[j - 1].end, len - tok[j - 1].end)
                     && word_is(text, tok[j], "s");
    if (!possessive && (!(*p)->is_country || j + 1 >= n || !adjacent(text, tok[j - 1], tok[j])))
        return i;
    for (j += possessive; j + 1 < n && j < i + *k + 4 && !word_in(text, tok[j], apposed_parts); j++)
        if (is_capitalised(text, tok[j]) || !possessive)
            return i;   /* ("largest", "port": small words only) */
    if (j + 1 >= n || !word_in(text, tok[j], apposed_parts))
        return i;
    while (j + 2 < n && word_in(text, tok[j + 1], apposed_parts))
        j++;   /* ("port city of Busan") */
    if (word_is(text, tok[j + 1], "of"))
        j++;
    const place_rec *part = NULL;
    size_t kp = j + 1 < n && is_capitalised(text, tok[j + 1]) ? longest_name(text, tok, n, j + 1, ctx, n_ctx, &part) : 0;
    if (!kp || (!possessive && part->is_country))
        return i;
    *p = part;
    *k = kp;
    return j + 1;
}

/* "at the Danube River town", "in a Black Sea port": a water's name before
 * a word for a settlement (token j) names a town on its shore, which is
 * not at the water's centre; when the town is not named after it
 * (part_named_next) the place is unknown. */
static int town_on_water(const char *text, const span *tok, size_t n, size_t j, const place_rec *p)
{
    static const char *const settlements[] = {"town", "city", "port", "village", "resort", "harbour", "harbor",
                                              NULL};
    return p->is_water && j < n && word_in(text, tok[j], settlements);
}

int dyad_place_find(const char *sentence, size_t len, const char *const *ctx_countries,
                    size_t n_ctx, dyad_place *out, size_t *begin, size_t *end)
{
    dyad_place_init();
    span tok[FIND_MAX_TOKENS];
    size_t n = tokenize_words(sentence, len, tok, FIND_MAX_TOKENS);
    const place_rec *bare = NULL;
    span bare_span = {0, 0};
    for (size_t i = 0; i < n; i++) {
        const place_rec *p = NULL;
        if (!is_capitalised(sentence, tok[i]) || word_is(sentence, tok[i], "the"))
            continue;   /* "The Hague" is found as "Hague", without the article */
        size_t k = longest_name(sentence, tok, n, i, ctx_countries, n_ctx, &p);
        if (!k && (p = capital_of_adjective(sentence, tok, n, i)) != NULL)
            k = 2;
        if (!k || (k == 1 && word_in(sentence, tok[i], calendar_words)) || names_water(sentence, tok, i)
            || (k == 1 && acronym_of_other(sentence, tok[i], p)))
            continue;
        if (excluded(sentence, tok, i) || names_a_body(sentence, tok, n, i + k, p)) {
            i += k - 1;
            continue;
        }
        span s = {tok[i].begin, tok[i + k - 1].end};
        if (after_locative(sentence, tok, i)) {
            if ((!p->is_country && starts_longer_name(sentence, tok, n, i + k)) || whose_request(sentence, len, tok, n, i, i + k)) {
                i += k - 1;
                continue;
            }
            size_t at = part_named_next(sentence, len, tok, n, i, &k, ctx_countries, n_ctx, &p);
            if (at == i && town_on_water(sentence, tok, n, i + k, p)) {
                i += k - 1;
                continue;
            }
            s = (span){tok[at].begin, tok[at + k - 1].end};
            fill_place(p, out);
            *begin = s.begin;
            *end = s.end;
            return 2;
        }
        /* (a name and "City" is the town the gazetteer may know by the name
         * alone: "bombed Gaza City"; the span takes in "City") */
        size_t city = i + k < n && adjacent(sentence, tok[i + k - 1], tok[i + k])
                      && word_is_cased(sentence, tok[i + k], "City");
        if (!bare && bare_name_counts(sentence, tok, n, i, k + city, p)) {
            bare = p;
            bare_span = (span){s.begin, tok[i + k + city - 1].end};
        }
        i += k - 1;
    }
    if (!bare)
        return 0;
    fill_place(bare, out);
    *begin = bare_span.begin;
    *end = bare_span.end;
    return 1;
}

/* ----------------------------------------------------------- datelines */

static int is_upper_ascii(char c)
{
    return c >= 'A' && c <= 'Z';
}

/* End of a word written in capitals at text[i] ("SAN", "AL-ARISH",
 * "ST."), or i when the word has a small letter or a digit. */
static size_t capital_word_end(const char *text, size_t len, size_t i)
{
    size_t e = i;
    while (e < len && (is_upper_ascii(text[e]) || (e > i && text[e] && strchr(".'-", text[e]))))
        e++;
    if (e == i || (e < len && (is_word_byte((unsigned char)text[e]))))
        return i;
    return e;
}

/* "SAN JOSE, Costa Rica (AP) -": the country named after a dateline's
 * comma, up to a bracket, a comma or a dash, into iso3 (left "" when
 * none).  It tells which San Jose the dateline means. */
static void dateline_country(const char *text, size_t len, char iso3[4])
{
    dyad_place_init();
    size_t b = 0, e;
    while (b < len && text[b] == ' ')
        b++;
    for (e = b; e < len && e < b + 40 && text[e] && !strchr("(,-\n", text[e]); e++)
        ;
    while (e > b && text[e - 1] == ' ')
        e--;
    const place_rec *p = e > b ? resolve(text + b, e - b, NULL, 0) : NULL;
    if (p && p->is_country)
        memcpy(iso3, p->iso3, 3), iso3[3] = 0;
}

/* "MOSCOW (Reuters) -", "JAKARTA, Nov. 6 (Xinhua) --", "KABUL, Afghanistan
 * (AP) --", "JERUSALEM:", "HONG KONG -": a place written in capitals at the
 * start of a story, before a comma, a colon, a bracket, a slash or a
 * dash.  Four letters at least, so that "US, EU agree" is no dateline. */
int dyad_place_dateline(const char *text, size_t len, dyad_place *out)
{
    size_t b = 0;
    while (b < len && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t'))
        b++;
    size_t e = b, next;
    while ((next = capital_word_end(text, len, e)) > e) {
        e = next;
        if (e + 1 < len && text[e] == ' ' && capital_word_end(text, len, e + 1) > e + 1)
            e++;
    }
    size_t name_end = e;
    while (name_end > b && text[name_end - 1] && strchr(".-", text[name_end - 1]))
        name_end--;
    while (e < len && text[e] == ' ')
        e++;
    int dash = e < len && (text[e] == '-' || is_punct_seq((const unsigned char *)text + e, len - e));
    if (name_end < b + 4 || e >= len || ((!text[e] || !strchr(",:(/", text[e])) && !dash))
        return 0;
    char iso3[4] = "";
    const char *ctx[1] = {iso3};
    if (text[e] == ',')
        dateline_country(text + e + 1, len - e - 1, iso3);
    return dyad_place_lookup(text + b, name_end - b, ctx, iso3[0] ? 1 : 0, out);
}
