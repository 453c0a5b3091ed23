/*
 * test_store.c — the event store: writing and re-writing stories, filters,
 * series and de-duplication with exact numbers, atomicity under SIGKILL,
 * and charts.
 *
 * The hand-made data set (events numbered as they are stored):
 *
 *   #  story  date        source  target  cameo quad goldstein plover  place
 *   1  a:1    2021-10-15  RUSGOV  AFGTAL  036   1     4.0     CONSULT Moscow
 *   2  a:1    2021-10-15  RUSGOV  AFGTAL  036   1     4.0     CONSULT Moscow
 *   3  a:1    2021-10-16  AFGTAL  RUSGOV  040   1     1.0     CONSULT -
 *   4  b:1    2021-10-15  RUSGOV  AFGTAL  036   1     4.0     CONSULT Moscow
 *   5  b:1    2021-11-02  USAGOV  AFGTAL  112   3    -2.0     ACCUSE  -
 *   6  b:1    2021-12-01  RUSMIL  AFGREB  190   4   -10.0     FIGHT   -
 *   7  c:1    2021-11-20  RUSGOV  AFGGOV  057   1     8.0     AGREE   -
 *   8  c:1    2021-11-20  RUSGOV  -       010   1     0.0     -       -
 *   9  c:1    2021-10-15  RUSGOV  AFGTAL  036   1     4.0     CONSULT Kabul
 *
 * Stories a:1 (TASS), b:1 and c:1 (AFP).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "check.h"
#include "store/store.h"

static char dir[64];

/* fontconfig, under cairo's text, keeps its configuration and font
 * patterns for the life of the process; LeakSanitizer (make asan) would
 * report them as leaks of this test.  Read only by LeakSanitizer. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n";
}

static const char *path_in_dir(const char *name)
{
    static char paths[8][128];
    static int next;
    char *p = paths[next++ % 8];
    snprintf(p, 128, "%s/%s", dir, name);
    return p;
}

static void set_actor(dyad_actor *a, const char *code)
{
    memset(a, 0, sizeof *a);
    if (!code)
        return;
    snprintf(a->code, sizeof a->code, "%s", code);
    snprintf(a->country, sizeof a->country, "%.3s", code);
    snprintf(a->sector, sizeof a->sector, "%s", code + 3);
    a->text = code;
}

typedef struct event_row {
    const char *date, *source, *target, *cameo;
    int quad;
    double goldstein;
    const char *plover, *place, *text;
} event_row;

static dyad_event make_event(const dyad_story *s, int sentence, const event_row *r,
                             dyad_location *loc)
{
    dyad_event ev;
    memset(&ev, 0, sizeof ev);
    ev.story = s;
    ev.sentence = sentence;
    ev.sentence_text = r->text;
    snprintf(ev.date, sizeof ev.date, "%s", r->date);
    set_actor(&ev.source, r->source);
    set_actor(&ev.target, r->target);
    ev.has_target = r->target != NULL;
    snprintf(ev.cameo, sizeof ev.cameo, "%s", r->cameo);
    ev.root = (r->cameo[0] - '0') * 10 + (r->cameo[1] - '0');
    ev.quad_class = r->quad;
    ev.goldstein = r->goldstein;
    ev.plover = r->plover;
    if (r->place) {
        memset(loc, 0, sizeof *loc);
        loc->name = r->place;
        snprintf(loc->country, sizeof loc->country, "%s",
                 !strcmp(r->place, "Moscow") ? "RUS" : "AFG");
        ev.location = loc;
    }
    return ev;
}

static const event_row story_a[] = {
    {"2021-10-15", "RUSGOV", "AFGTAL", "036", 1, 4.0, "CONSULT", "Moscow",
     "Russia hosted Taliban officials in Moscow."},
    {"2021-10-15", "RUSGOV", "AFGTAL", "036", 1, 4.0, "CONSULT", "Moscow",
     "Lavrov met the Taliban delegation, \"a first\"."},
    {"2021-10-16", "AFGTAL", "RUSGOV", "040", 1, 1.0, "CONSULT", NULL,
     "The Taliban consulted Moscow."},
};
static const event_row story_b[] = {
    {"2021-10-15", "RUSGOV", "AFGTAL", "036", 1, 4.0, "CONSULT", "Moscow",
     "Moscow hosted the Taliban."},
    {"2021-11-02", "USAGOV", "AFGTAL", "112", 3, -2.0, "ACCUSE", NULL,
     "Washington accused the Taliban of holding 50% of the aid."},
    {"2021-12-01", "RUSMIL", "AFGREB", "190", 4, -10.0, "FIGHT", NULL,
     "Russian forces struck rebels."},
};
static const event_row story_c[] = {
    {"2021-11-20", "RUSGOV", "AFGGOV", "057", 1, 8.0, "AGREE", NULL, "Russia signed a deal."},
    {"2021-11-20", "RUSGOV", NULL, "010", 1, 0.0, NULL, NULL, "Russia made a statement."},
    {"2021-10-15", "RUSGOV", "AFGTAL", "036", 1, 4.0, "CONSULT", "Kabul",
     "Russia had hosted the Taliban, Kabul said."},
};

static int write_story(dyad_store *st, const char *id, const char *date, const char *source,
                       const event_row *rows, size_t n)
{
    dyad_story s = {.id = id, .date = date, .source = source, .title = "t"};
    if (dyad_store_begin_story(st, &s) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        dyad_location loc;
        dyad_event ev = make_event(&s, (int)i + 1, &rows[i], &loc);
        if (dyad_store_add_event(st, &ev) < 0)
            return -1;
    }
    return dyad_store_end_story(st);
}

/* One integer from SQL on the database at `path`. */
static long sql_long(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *stmt;
    long v = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) == SQLITE_OK) {
        if (sqlite3_step(stmt) == SQLITE_ROW)
            v = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return v;
}

/* Runs `dyad query` with options given as "name", "value" pairs (value
 * NULL for --both); returns its output (valid until the next call). */
static const char *query(const char *db, dyad_report report, dyad_period by, long limit,
                         dyad_table_format fmt, const char *const *opts, long *rows)
{
    static char *text;
    static size_t len;
    free(text);
    text = NULL;
    dyad_query q = {.report = report, .by = by, .limit = limit};
    char err[256] = "";
    for (size_t i = 0; opts && opts[i]; i += 2)
        if (dyad_filter_option(&q.filter, opts[i], opts[i + 1], err, sizeof err) <= 0)
            fprintf(stderr, "option %s: %s\n", opts[i], err);
    FILE *out = open_memstream(&text, &len);
    long n = dyad_query_run(db, &q, fmt, out, err, sizeof err);
    fclose(out);
    if (n < 0)
        fprintf(stderr, "query: %s\n", err);
    if (rows)
        *rows = n;
    return text;
}

static long count_events(const char *db, const char *const *opts)
{
    long rows;
    query(db, DYAD_REPORT_EVENTS, DYAD_PERIOD_NONE, 0, DYAD_TABLE_TSV, opts, &rows);
    return rows;
}

#define OPTS(...) ((const char *const[]){__VA_ARGS__, NULL})

static const char *write_sample(void)
{
    const char *db = path_in_dir("sample.db");
    char err[256];
    dyad_store *st = dyad_store_open(db, err, sizeof err);
    CHECK(st != NULL);
    if (!st)
        return db;
    CHECK(write_story(st, "a:1", "2021-10-15", "TASS", story_a, 3) == 0);
    CHECK(write_story(st, "b:1", "2021-10-15", "AFP", story_b, 3) == 0);
    CHECK(write_story(st, "c:1", "2021-11-20", "AFP", story_c, 3) == 0);
    dyad_store_close(st);
    return db;
}

static void test_rewrite_replaces(void)
{
    const char *db = write_sample();
    CHECK(sql_long(db, "SELECT count(*) FROM event") == 9);
    CHECK(sql_long(db, "SELECT count(*) FROM story") == 3);
    CHECK(sql_long(db, "SELECT count(*) FROM actor") == 6);
    char err[256];
    dyad_store *st = dyad_store_open(db, err, sizeof err);
    /* Re-coded with one event: the three of the first coding go. */
    CHECK(write_story(st, "a:1", "2021-10-15", "TASS", story_a + 2, 1) == 0);
    dyad_store_close(st);
    CHECK(sql_long(db, "SELECT count(*) FROM event") == 7);
    CHECK(sql_long(db, "SELECT count(*) FROM story") == 3);
    CHECK(sql_long(db, "SELECT events FROM story WHERE story_id = 'a:1'") == 1);
    /* Twice the same coding: still no duplicate. */
    st = dyad_store_open(db, err, sizeof err);
    CHECK(write_story(st, "a:1", "2021-10-15", "TASS", story_a, 3) == 0);
    CHECK(write_story(st, "a:1", "2021-10-15", "TASS", story_a, 3) == 0);
    CHECK(dyad_store_has_story(st, "a:1") == 1);
    CHECK(dyad_store_has_story(st, "z:9") == 0);
    dyad_store_close(st);
    CHECK(sql_long(db, "SELECT count(*) FROM event") == 9);
    CHECK(sql_long(db, "SELECT count(*) FROM event e JOIN story s USING(story_rowid)"
                       " WHERE s.story_id = 'a:1'") == 3);
}

static void test_filters(const char *db)
{
    CHECK(count_events(db, NULL) == 9);
    CHECK(count_events(db, OPTS("dyad", "RUS:AFG")) == 6);
    CHECK(count_events(db, OPTS("dyad", "rus:afg", "both", NULL)) == 7);
    CHECK(count_events(db, OPTS("dyad", "RUSGOV:AFGTAL")) == 4);
    CHECK(count_events(db, OPTS("dyad", "AFG:RUS")) == 1);
    CHECK(count_events(db, OPTS("source", "RUS")) == 7);
    CHECK(count_events(db, OPTS("source", "RUSM")) == 1);
    CHECK(count_events(db, OPTS("target", "AFG")) == 7);
    CHECK(count_events(db, OPTS("actor", "USA")) == 1);
    CHECK(count_events(db, OPTS("actor", "RUSGOV")) == 7);
    CHECK(count_events(db, OPTS("cameo", "03")) == 4);
    CHECK(count_events(db, OPTS("cameo", "19")) == 1);
    CHECK(count_events(db, OPTS("quad", "1")) == 7);
    CHECK(count_events(db, OPTS("quad", "3")) == 1);
    CHECK(count_events(db, OPTS("plover", "consult")) == 5);
    CHECK(count_events(db, OPTS("from", "2021-11", "to", "2021-11")) == 3);
    CHECK(count_events(db, OPTS("to", "2021-10-15")) == 4);
    CHECK(count_events(db, OPTS("from", "2021-12-01")) == 1);
    CHECK(count_events(db, OPTS("from", "2022")) == 0);
    CHECK(count_events(db, OPTS("text", "50%")) == 1);
    CHECK(count_events(db, OPTS("text", "5_%")) == 0);  /* wildcards are literal */
    CHECK(count_events(db, OPTS("text", "TALIBAN")) == 6);
    CHECK(count_events(db, OPTS("dyad", "RUS:AFG", "quad", "4", "cameo", "190")) == 1);
}

static void test_filter_options(void)
{
    dyad_filter f = {0};
    char err[256];
    CHECK(dyad_filter_option(&f, "both", NULL, err, sizeof err) == 1);
    CHECK(dyad_filter_option(&f, "cameo", "04", err, sizeof err) == 2);
    CHECK(dyad_filter_option(&f, "format", "tsv", err, sizeof err) == 0);
    CHECK(dyad_filter_option(&f, "dyad", "RUSAFG", err, sizeof err) == -1);
    CHECK(strstr(err, "RUSAFG") != NULL);
    CHECK(dyad_filter_option(&f, "dyad", "RU:AFG", err, sizeof err) == -1);
    CHECK(dyad_filter_option(&f, "quad", "5", err, sizeof err) == -1);
    CHECK(dyad_filter_option(&f, "cameo", "0a", err, sizeof err) == -1);
    CHECK(dyad_filter_option(&f, "from", "2021-02-30", err, sizeof err) == -1);
    CHECK(dyad_filter_option(&f, "to", "2021-13", err, sizeof err) == -1);
    CHECK(dyad_filter_option(&f, "dedup", "weekly", err, sizeof err) == -1);
    CHECK(dyad_filter_option(&f, "source", NULL, err, sizeof err) == -1);
    CHECK_STR(err, "--source needs a value");
}

static void test_series(const char *db)
{
    const char *head = "period\tevents\tgoldstein_sum\tgoldstein_mean\tquad1\tquad2\tquad3\tquad4";
    char want[512];
    snprintf(want, sizeof want,
             "%s\n2021-10\t5\t17\t3.4\t5\t0\t0\t0\n2021-11\t1\t8\t8\t1\t0\t0\t0\n"
             "2021-12\t1\t-10\t-10\t0\t0\t0\t1\n", head);
    CHECK_STR(query(db, DYAD_REPORT_SERIES, DYAD_PERIOD_MONTH, 0, DYAD_TABLE_TSV,
                    OPTS("dyad", "RUS:AFG", "both", NULL), NULL), want);
    snprintf(want, sizeof want,
             "%s\n2021-10-11\t5\t17\t3.4\t5\t0\t0\t0\n2021-11-01\t1\t-2\t-2\t0\t0\t1\t0\n"
             "2021-11-15\t2\t8\t4\t2\t0\t0\t0\n2021-11-29\t1\t-10\t-10\t0\t0\t0\t1\n", head);
    CHECK_STR(query(db, DYAD_REPORT_SERIES, DYAD_PERIOD_WEEK, 0, DYAD_TABLE_TSV, NULL, NULL), want);
    snprintf(want, sizeof want, "%s\n2021\t9\t13\t1.444\t7\t0\t1\t1\n", head);
    CHECK_STR(query(db, DYAD_REPORT_SERIES, DYAD_PERIOD_YEAR, 0, DYAD_TABLE_TSV, NULL, NULL), want);
    CHECK_STR(query(db, DYAD_REPORT_SERIES, DYAD_PERIOD_DAY, 0, DYAD_TABLE_CSV,
                    OPTS("source", "USA"), NULL),
              "period,events,goldstein_sum,goldstein_mean,quad1,quad2,quad3,quad4\n"
              "2021-11-02,1,-2,-2,0,0,1,0\n");
    /* The aligned table: text left, numbers right. */
    CHECK_STR(query(db, DYAD_REPORT_SERIES, DYAD_PERIOD_YEAR, 0, DYAD_TABLE_ALIGNED, NULL, NULL),
              "period  events  goldstein_sum  goldstein_mean  quad1  quad2  quad3  quad4\n"
              "2021         9             13           1.444      7      0      1      1\n");
}

static void test_dedup(const char *db)
{
    const char *head = "period\tevents\tgoldstein_sum\tgoldstein_mean\tquad1\tquad2\tquad3\tquad4"
                       "\tmentions\n";
    char want[512];
    /* daily: {1,2,4,9} and {3} in October. */
    snprintf(want, sizeof want, "%s2021-10\t2\t5\t2.5\t2\t0\t0\t0\t5\n"
             "2021-11\t1\t8\t8\t1\t0\t0\t0\t1\n2021-12\t1\t-10\t-10\t0\t0\t0\t1\t1\n", head);
    CHECK_STR(query(db, DYAD_REPORT_SERIES, DYAD_PERIOD_MONTH, 0, DYAD_TABLE_TSV,
                    OPTS("dyad", "RUS:AFG", "both", NULL, "dedup", "daily"), NULL), want);
    /* group: Moscow {1,2,4}, Kabul {9}, no place {3}. */
    snprintf(want, sizeof want, "%s2021-10\t3\t9\t3\t3\t0\t0\t0\t5\n"
             "2021-11\t1\t8\t8\t1\t0\t0\t0\t1\n2021-12\t1\t-10\t-10\t0\t0\t0\t1\t1\n", head);
    CHECK_STR(query(db, DYAD_REPORT_SERIES, DYAD_PERIOD_MONTH, 0, DYAD_TABLE_TSV,
                    OPTS("dyad", "RUS:AFG", "both", NULL, "dedup", "group"), NULL), want);
    CHECK(count_events(db, OPTS("dedup", "daily")) == 6);
    CHECK(count_events(db, OPTS("dedup", "group")) == 7);
    CHECK_STR(query(db, DYAD_REPORT_EVENTS, DYAD_PERIOD_NONE, 0, DYAD_TABLE_TSV,
                    OPTS("dyad", "RUSGOV:AFGTAL", "dedup", "group"), NULL),
              "story_id\tsentence\tdate\tsource\ttarget\tcameo\tquad_class\tgoldstein\tplover"
              "\tlocation\tlocation_country\tmentions\tstories\tsources\tsentence_text\n"
              "a:1\t1\t2021-10-15\tRUSGOV\tAFGTAL\t036\t1\t4\tCONSULT\tMoscow\tRUS\t3\t2\t2"
              "\tRussia hosted Taliban officials in Moscow.\n"
              "c:1\t3\t2021-10-15\tRUSGOV\tAFGTAL\t036\t1\t4\tCONSULT\tKabul\tAFG\t1\t1\t1"
              "\tRussia had hosted the Taliban, Kabul said.\n");
}

static void test_top_and_formats(const char *db)
{
    CHECK_STR(query(db, DYAD_REPORT_TOP_ACTORS, DYAD_PERIOD_NONE, 3, DYAD_TABLE_TSV, NULL, NULL),
              "actor\tevents\tas_source\tas_target\nRUSGOV\t7\t6\t1\nAFGTAL\t6\t1\t5\n"
              "AFGGOV\t1\t0\t1\n");
    CHECK_STR(query(db, DYAD_REPORT_TOP_DYADS, DYAD_PERIOD_NONE, 2, DYAD_TABLE_TSV, NULL, NULL),
              "source\ttarget\tevents\tgoldstein_sum\tquad1\tquad2\tquad3\tquad4\n"
              "RUSGOV\tAFGTAL\t4\t16\t4\t0\t0\t0\nAFGTAL\tRUSGOV\t1\t1\t1\t0\t0\t0\n");
    CHECK_STR(query(db, DYAD_REPORT_EVENTS, DYAD_PERIOD_NONE, 1, DYAD_TABLE_JSONL,
                    OPTS("text", "a first"), NULL),
              "{\"story_id\":\"a:1\",\"sentence\":2,\"date\":\"2021-10-15\",\"source\":\"RUSGOV\","
              "\"target\":\"AFGTAL\",\"cameo\":\"036\",\"quad_class\":1,\"goldstein\":4,"
              "\"plover\":\"CONSULT\",\"sentence_text\":\"Lavrov met the Taliban delegation, "
              "\\\"a first\\\".\"}\n");
    const char *csv = query(db, DYAD_REPORT_EVENTS, DYAD_PERIOD_NONE, 0, DYAD_TABLE_CSV,
                            OPTS("text", "a first"), NULL);
    CHECK(strstr(csv, ",\"Lavrov met the Taliban delegation, \"\"a first\"\".\"\n") != NULL);
    const char *jsonl = query(db, DYAD_REPORT_EVENTS, DYAD_PERIOD_NONE, 0, DYAD_TABLE_JSONL,
                              OPTS("cameo", "010"), NULL);
    CHECK(strstr(jsonl, "\"target\":null,") != NULL);
    long rows;
    query(db, DYAD_REPORT_EVENTS, DYAD_PERIOD_NONE, 4, DYAD_TABLE_ALIGNED, NULL, &rows);
    CHECK(rows == 4);
}

static void test_series_load_fills_gaps(const char *db)
{
    dyad_filter f = {.source = "RUSGOV"};
    dyad_series_point *p;
    char err[256];
    long n = dyad_series_load(db, &f, DYAD_PERIOD_WEEK, &p, err, sizeof err);
    CHECK(n == 6);
    if (n == 6) {
        CHECK_STR(p[0].label, "2021-10-11");
        CHECK(p[0].events == 4 && p[0].quad[0] == 4 && p[0].goldstein_sum == 16);
        CHECK_STR(p[1].label, "2021-10-18");
        CHECK(p[1].events == 0);
        CHECK_STR(p[5].label, "2021-11-15");
        CHECK(p[5].events == 2 && p[5].goldstein_sum == 8);
    }
    free(p);
    dyad_filter none = {.actor = "CHN"};
    CHECK(dyad_series_load(db, &none, DYAD_PERIOD_MONTH, &p, err, sizeof err) == 0);
    free(p);
}

static int file_starts_with(const char *path, const char *magic, size_t n)
{
    char buf[512] = "";
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return 0;
    size_t got = fread(buf, 1, sizeof buf - 1, fp);
    fclose(fp);
    return got >= n && (memcmp(buf, magic, n) == 0 || (n == 4 && strstr(buf, magic)));
}

static void test_plot(const char *db)
{
    dyad_filter f = {.dyad = "RUS:AFG", .both_directions = 1};
    dyad_series_point *p;
    char err[256];
    long n = dyad_series_load(db, &f, DYAD_PERIOD_MONTH, &p, err, sizeof err);
    CHECK(n == 3);
    const char *png = path_in_dir("chart.png"), *svg = path_in_dir("chart.svg");
    CHECK(dyad_plot_series(png, "Events per month, RUS <-> AFG", p, n, err, sizeof err) == 0);
    CHECK(file_starts_with(png, "\x89PNG\r\n\x1a\n", 8));
    CHECK(dyad_plot_series(svg, "Events per month, RUS <-> AFG", p, n, err, sizeof err) == 0);
    CHECK(file_starts_with(svg, "<svg", 4));
    CHECK(dyad_plot_series(path_in_dir("chart.gif"), "x", p, n, err, sizeof err) == -1);
    CHECK(strstr(err, ".svg or .png") != NULL);
    CHECK(dyad_plot_series(path_in_dir("no/such/dir.png"), "x", p, n, err, sizeof err) == -1);
    CHECK(dyad_plot_series(png, "x", p, 0, err, sizeof err) == -1);
    free(p);
}

static void test_errors(void)
{
    char err[256];
    CHECK(dyad_store_open(dir, err, sizeof err) == NULL);     /* a directory */
    CHECK(strstr(err, dir) != NULL);
    const char *db = path_in_dir("errors.db");
    dyad_store *st = dyad_store_open(db, err, sizeof err);
    dyad_story s = {.id = "e:1", .date = "2021-10-15"};
    CHECK(dyad_store_begin_story(st, &s) == 0);
    CHECK(dyad_store_begin_story(st, &s) == -1);
    event_row bad = {"2021-13-01", "RUS", "AFG", "036", 1, 4.0, NULL, NULL, "x"};
    event_row good = {"2021-10-15", "RUS", "AFG", "036", 1, 4.0, NULL, NULL, "x"};
    dyad_event ev = make_event(&s, 1, &good, NULL);
    CHECK(dyad_store_add_event(st, &ev) == 0);
    ev = make_event(&s, 2, &bad, NULL);
    CHECK(dyad_store_add_event(st, &ev) == -1);
    CHECK(strstr(dyad_store_error(st), "2021-13-01") != NULL);
    CHECK(dyad_store_end_story(st) == -1);             /* rolled back, not partial */
    CHECK(dyad_store_has_story(st, "e:1") == 0);
    dyad_story undated = {.id = "e:2", .date = "15 Oct"};
    CHECK(dyad_store_begin_story(st, &undated) == -1);
    CHECK(dyad_store_end_story(st) == -1);
    /* Begun and never ended: closing rolls it back. */
    CHECK(dyad_store_begin_story(st, &s) == 0);
    ev = make_event(&s, 1, &good, NULL);
    CHECK(dyad_store_add_event(st, &ev) == 0);
    dyad_store_close(st);
    CHECK(sql_long(db, "SELECT count(*) FROM event") == 0);
    /* Not a store, and a store from a newer dyad. */
    dyad_query q = {0};
    CHECK(dyad_query_run(path_in_dir("missing.db"), &q, DYAD_TABLE_TSV, stdout, err,
                         sizeof err) == -1);
    /* Another program's database is left alone. */
    const char *other = path_in_dir("other.db");
    sqlite3 *odb;
    CHECK(sqlite3_open(other, &odb) == SQLITE_OK
          && sqlite3_exec(odb, "CREATE TABLE events(a, b)", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(odb);
    CHECK(dyad_store_open(other, err, sizeof err) == NULL);
    CHECK(strstr(err, "holds other tables") != NULL);
    CHECK(sql_long(other, "SELECT count(*) FROM sqlite_master") == 1);
    CHECK(sql_long(other, "PRAGMA user_version") == 0);
    CHECK(sql_long(db, "PRAGMA user_version = 99") == -1);
    CHECK(dyad_store_open(db, err, sizeof err) == NULL);
    CHECK(strstr(err, "newer") != NULL);
    CHECK(dyad_query_run(db, &q, DYAD_TABLE_TSV, stdout, err, sizeof err) == -1);
    CHECK(strstr(err, "99") != NULL);
}

/* ------------------------------------------------------------- atomicity */

#define KILL_STORIES 300
#define KILL_EVENTS 40

/* Writes stories [0, KILL_STORIES) of a fixed synthetic run, skipping the
 * stored ones when `resume`.  `die_at` >= 0: SIGKILL itself in the middle
 * of that story.  Returns 0 when every story was written. */
static int synthetic_run(const char *db, int resume, int die_at)
{
    char err[256], id[32], date[16], text[200];
    dyad_store *st = dyad_store_open(db, err, sizeof err);
    if (!st)
        return -1;
    static const char *const codes[] = {"RUSGOV", "AFGTAL", "USAGOV", "CHNGOV", "IRNMIL"};
    for (int i = 0; i < KILL_STORIES; i++) {
        snprintf(id, sizeof id, "run:%d", i);
        if (resume && dyad_store_has_story(st, id) == 1)
            continue;
        snprintf(date, sizeof date, "2021-%02d-%02d", 1 + i % 12, 1 + i % 28);
        dyad_story s = {.id = id, .date = date, .source = i % 2 ? "AFP" : "TASS"};
        if (dyad_store_begin_story(st, &s) < 0)
            return -1;
        for (int k = 0; k < KILL_EVENTS; k++) {
            if (i == die_at && k == KILL_EVENTS / 2)
                raise(SIGKILL);
            snprintf(text, sizeof text, "Sentence %d of story %d, long enough to fill pages "
                     "of the write-ahead log as a real sentence would.", k, i);
            event_row r = {date, codes[(i + k) % 5], codes[(i + 2 * k + 1) % 5], "036", 1, 4.0,
                           "CONSULT", NULL, text};
            dyad_event ev = make_event(&s, k + 1, &r, NULL);
            if (dyad_store_add_event(st, &ev) < 0)
                return -1;
        }
        if (dyad_store_end_story(st) < 0)
            return -1;
    }
    dyad_store_close(st);
    return 0;
}

static void sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* Forks a child that runs synthetic_run.  With `after_ms`, kills it that
 * long after it stored its fifth story (so that the kill lands mid-run
 * however slow the build, e.g. under a sanitizer); otherwise it dies by
 * itself (die_at).  Returns 1 when SIGKILL ended it. */
static int run_child_killed(const char *db, int die_at, int after_ms)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0)
        _exit(synthetic_run(db, 0, die_at) == 0 ? 0 : 1);
    if (after_ms > 0) {
        for (int waited = 0; waited < 20000 && sql_long(db, "SELECT count(*) FROM story") < 5;
             waited += 5)
            sleep_ms(5);
        sleep_ms(after_ms);
        kill(pid, SIGKILL);
    }
    int status;
    waitpid(pid, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

/* Every stored story is whole: its events are all there and match its count. */
static void check_whole_stories(const char *db, long *stories)
{
    char sql[256];
    *stories = sql_long(db, "SELECT count(*) FROM story");
    CHECK(sql_long(db, "SELECT count(*) FROM event") == *stories * KILL_EVENTS);
    snprintf(sql, sizeof sql, "SELECT count(*) FROM story s WHERE events != %d OR events !="
             " (SELECT count(*) FROM event e WHERE e.story_rowid = s.story_rowid)", KILL_EVENTS);
    CHECK(sql_long(db, sql) == 0);
}

/* Rows of one database missing from the other, story ids standing for
 * rowids (which a re-coding may change). */
static long differences(const char *a, const char *b)
{
    char sql[2048];
    const char *cols = "SELECT s.story_id, s.date, s.source, s.events, e.sentence, e.date, "
                       "e.source, e.target, e.cameo, e.goldstein, e.sentence_text "
                       "FROM %s.event e JOIN %s.story s USING(story_rowid)";
    char left[300], right[300];
    snprintf(left, sizeof left, cols, "main", "main");
    snprintf(right, sizeof right, cols, "other", "other");
    sqlite3 *db;
    sqlite3_open(a, &db);
    snprintf(sql, sizeof sql, "ATTACH '%s' AS other", b);
    sqlite3_exec(db, sql, NULL, NULL, NULL);
    snprintf(sql, sizeof sql, "SELECT (SELECT count(*) FROM (%s EXCEPT %s))"
             " + (SELECT count(*) FROM (%s EXCEPT %s))"
             " + (SELECT count(*) FROM (SELECT * FROM main.actor EXCEPT SELECT * FROM other.actor))"
             " + abs((SELECT count(*) FROM main.event) - (SELECT count(*) FROM other.event))",
             left, right, right, left);
    sqlite3_stmt *stmt;
    long n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) == SQLITE_OK) {
        if (sqlite3_step(stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return n;
}

static void test_kill_and_resume(void)
{
    const char *ref = path_in_dir("reference.db");
    CHECK(synthetic_run(ref, 0, -1) == 0);
    CHECK(sql_long(ref, "SELECT count(*) FROM event") == KILL_STORIES * KILL_EVENTS);

    /* Killed in the middle of story 117: only whole stories before it (the
     * store commits stories in batches, so maybe none), nothing of it. */
    const char *db = path_in_dir("killed.db");
    CHECK(run_child_killed(db, 117, 0));
    long stories;
    check_whole_stories(db, &stories);
    CHECK(stories <= 117);
    CHECK(sql_long(db, "SELECT count(*) FROM story WHERE story_id = 'run:117'") == 0);
    CHECK(synthetic_run(db, 1, -1) == 0);    /* resumed, skipping what is stored */
    CHECK(differences(db, ref) == 0);

    /* Killed from outside at an arbitrary moment, then run again in full. */
    const char *db2 = path_in_dir("killed2.db");
    int killed = run_child_killed(db2, -1, 30);
    check_whole_stories(db2, &stories);
    CHECK(stories <= KILL_STORIES);
    printf("# killed mid-run: %s, %ld whole stories stored\n",
           killed ? "yes" : "no (finished first)", stories);
    CHECK(synthetic_run(db2, 0, -1) == 0);
    CHECK(differences(db2, ref) == 0);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/dyad-store-XXXXXX");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    test_filter_options();
    test_rewrite_replaces();
    const char *db = path_in_dir("sample.db");
    test_filters(db);
    test_series(db);
    test_dedup(db);
    test_top_and_formats(db);
    test_series_load_fills_gaps(db);
    test_plot(db);
    test_errors();
    test_kill_and_resume();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_summary();
}
