/*
 * store_bench.c — how fast the event store writes and answers.
 *
 * usage: store_bench DB [EVENTS [EVENTS_PER_STORY]]
 *
 * Writes EVENTS synthetic events (default 1,000,000) into a new store at DB,
 * EVENTS_PER_STORY to a story (default 8, one transaction each), with
 * dates spread over 2000-2020 and countries drawn with Zipf-like weights so
 * that a few dyads are frequent, as in news.  Then times the queries of
 * docs/schema.md, each the best of five runs (every run opens the store, as
 * `dyad query` does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/store.h"

static const char *const countries[] = {"USA", "RUS", "CHN", "AFG", "IRN", "GBR", "FRA", "DEU",
                                        "ISR", "PAK", "IND", "TUR", "SYR", "IRQ", "UKR", "JPN",
                                        "PRK", "KOR", "EGY", "SAU", "NGA", "BRA", "MEX", "CAN",
                                        "ITA", "ESP", "POL", "KEN", "ETH", "VEN"};
#define N_COUNTRIES (sizeof countries / sizeof *countries)
static const char *const sectors[] = {"GOV", "MIL", "REB", "BUS", "MED", "COP"};

static const struct {
    const char *code;
    int quad;
    double goldstein;
    const char *plover;
} cameo[] = {
    {"010", 1, 0.0, NULL},       {"036", 1, 4.0, "CONSULT"}, {"040", 1, 1.0, "CONSULT"},
    {"042", 1, 1.9, "CONSULT"},  {"043", 1, 2.8, "CONSULT"}, {"051", 1, 3.4, "COOPERATE"},
    {"057", 1, 8.0, "AGREE"},    {"061", 2, 6.4, "COOPERATE"}, {"071", 2, 7.4, "AID"},
    {"111", 3, -2.0, "ACCUSE"},  {"112", 3, -2.0, "ACCUSE"}, {"130", 3, -4.4, "THREATEN"},
    {"141", 3, -6.5, "PROTEST"}, {"173", 4, -5.0, "COERCE"}, {"190", 4, -10.0, "FIGHT"},
    {"193", 4, -10.0, "FIGHT"},
};
#define N_CAMEO (sizeof cameo / sizeof *cameo)

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A country index with weight 1/(rank+1). */
static size_t zipf_country(unsigned *seed)
{
    static double cumulative[N_COUNTRIES];
    if (cumulative[0] == 0) {
        double sum = 0;
        for (size_t i = 0; i < N_COUNTRIES; i++)
            cumulative[i] = sum += 1.0 / (double)(i + 1);
        for (size_t i = 0; i < N_COUNTRIES; i++)
            cumulative[i] /= sum;
    }
    double u = rand_r(seed) / ((double)RAND_MAX + 1);
    size_t i = 0;
    while (i + 1 < N_COUNTRIES && cumulative[i] < u)
        i++;
    return i;
}

static void make_actor(dyad_actor *a, unsigned *seed, size_t not_country)
{
    size_t c;
    do
        c = zipf_country(seed);
    while (c == not_country);
    const char *sector = sectors[rand_r(seed) % 6];
    snprintf(a->code, sizeof a->code, "%s%s", countries[c], sector);
    snprintf(a->country, sizeof a->country, "%s", countries[c]);
    snprintf(a->sector, sizeof a->sector, "%s", sector);
    a->text = a->code;
}

static size_t country_index(const char *code)
{
    for (size_t i = 0; i < N_COUNTRIES; i++)
        if (!strncmp(code, countries[i], 3))
            return i;
    return N_COUNTRIES;
}

static int write_story(dyad_store *st, long n, long per_story, unsigned *seed)
{
    char id[32], date[11], text[160];
    long day = 10957 + n % 7670;    /* 2000-01-01 + up to 21 years, shifted per story */
    time_t t = (time_t)day * 86400;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(date, sizeof date, "%Y-%m-%d", &tm);
    snprintf(id, sizeof id, "bench:%ld", n);
    dyad_story s = {.id = id, .date = date, .source = n % 3 ? "AFP" : "Xinhua"};
    if (dyad_store_begin_story(st, &s) < 0)
        return -1;
    for (long k = 0; k < per_story; k++) {
        dyad_event ev;
        memset(&ev, 0, sizeof ev);
        ev.story = &s;
        ev.sentence = (int)k + 1;
        snprintf(text, sizeof text, "Sentence %ld of story %ld, in which one state does "
                 "something to another as the wires report it.", k + 1, n);
        ev.sentence_text = text;
        memcpy(ev.date, date, sizeof date);
        make_actor(&ev.source, seed, N_COUNTRIES);
        make_actor(&ev.target, seed, country_index(ev.source.code));
        ev.has_target = 1;
        size_t c = (size_t)rand_r(seed) % N_CAMEO;
        snprintf(ev.cameo, sizeof ev.cameo, "%s", cameo[c].code);
        ev.root = atoi(cameo[c].code) / 10;
        ev.quad_class = cameo[c].quad;
        ev.goldstein = cameo[c].goldstein;
        ev.plover = cameo[c].plover;
        ev.verb_text = "met";
        if (dyad_store_add_event(st, &ev) < 0)
            return -1;
    }
    return dyad_store_end_story(st);
}

static int write_all(const char *path, long events, long per_story)
{
    char err[512];
    dyad_store *st = dyad_store_open(path, err, sizeof err);
    if (!st) {
        fprintf(stderr, "store_bench: %s\n", err);
        return -1;
    }
    unsigned seed = 12345;
    long stories = (events + per_story - 1) / per_story;
    double t0 = now();
    for (long n = 0; n < stories; n++)
        if (write_story(st, n, per_story, &seed) < 0) {
            fprintf(stderr, "store_bench: %s\n", dyad_store_error(st));
            dyad_store_close(st);
            return -1;
        }
    dyad_store_close(st);
    double secs = now() - t0;
    printf("write: %ld events in %ld stories (%ld a story): %.1f s, %.0f events/s, "
           "%.0f stories/s\n", stories * per_story, stories, per_story, secs,
           (double)(stories * per_story) / secs, (double)stories / secs);
    return 0;
}

typedef struct bench_query {
    const char *name;
    dyad_query query;
} bench_query;

static void time_query(const char *path, const bench_query *b)
{
    char err[512];
    double best = 1e9;
    long rows = 0;
    FILE *null = fopen("/dev/null", "w");
    for (int run = 0; run < 5; run++) {
        double t0 = now();
        rows = dyad_query_run(path, &b->query, DYAD_TABLE_TSV, null, err, sizeof err);
        double ms = (now() - t0) * 1000;
        if (rows < 0) {
            fprintf(stderr, "store_bench: %s: %s\n", b->name, err);
            break;
        }
        best = ms < best ? ms : best;
    }
    fclose(null);
    printf("query %-44s %6ld rows %8.1f ms\n", b->name, rows, best);
}

static void time_queries(const char *path)
{
    const bench_query queries[] = {
        {"--dyad RUS:AFG --by month",
         {.filter = {.dyad = "RUS:AFG"}, .report = DYAD_REPORT_SERIES, .by = DYAD_PERIOD_MONTH}},
        {"--dyad RUS:AFG --both --by month",
         {.filter = {.dyad = "RUS:AFG", .both_directions = 1}, .report = DYAD_REPORT_SERIES,
          .by = DYAD_PERIOD_MONTH}},
        {"--dyad USA:RUS --both --by week",
         {.filter = {.dyad = "USA:RUS", .both_directions = 1}, .report = DYAD_REPORT_SERIES,
          .by = DYAD_PERIOD_WEEK}},
        {"--dyad RUS:AFG --both --by month --dedup daily",
         {.filter = {.dyad = "RUS:AFG", .both_directions = 1, .dedup = DYAD_DEDUP_DAILY},
          .report = DYAD_REPORT_SERIES, .by = DYAD_PERIOD_MONTH}},
        {"--dyad RUSGOV:AFGGOV --by month",
         {.filter = {.dyad = "RUSGOV:AFGGOV"}, .report = DYAD_REPORT_SERIES,
          .by = DYAD_PERIOD_MONTH}},
        {"--actor AFG --by month",
         {.filter = {.actor = "AFG"}, .report = DYAD_REPORT_SERIES, .by = DYAD_PERIOD_MONTH}},
        {"--dyad RUS:AFG --from 2015 --to 2015 (events)",
         {.filter = {.dyad = "RUS:AFG", .from = "2015", .to = "2015"}}},
        {"--by year (all events)", {.report = DYAD_REPORT_SERIES, .by = DYAD_PERIOD_YEAR}},
        {"--top-dyads 10 (all events)", {.report = DYAD_REPORT_TOP_DYADS, .limit = 10}},
        {"--text \"story 4242,\" (scan)", {.filter = {.text = "story 4242,"}}},
    };
    for (size_t i = 0; i < sizeof queries / sizeof *queries; i++)
        time_query(path, &queries[i]);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: store_bench DB [EVENTS [EVENTS_PER_STORY]]\n");
        return 2;
    }
    long events = argc > 2 ? atol(argv[2]) : 1000000;
    long per_story = argc > 3 ? atol(argv[3]) : 8;
    if (events < 1 || per_story < 1) {
        fprintf(stderr, "store_bench: EVENTS and EVENTS_PER_STORY must be positive\n");
        return 2;
    }
    remove(argv[1]);
    if (write_all(argv[1], events, per_story) < 0)
        return 1;
    time_queries(argv[1]);
    return 0;
}
