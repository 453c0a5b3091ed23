/*
 * query.c — the reports of `dyad query` (events, a series by period, top
 * actors, top dyads) and the series a chart draws.
 *
 * Each report is one statement over the filtered, de-duplicated events
 * (dedup.c), named `r` in a WITH clause.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_internal.h"

int dyad_period_parse(const char *name, dyad_period *out)
{
    static const char *const names[] = {"day", "week", "month", "year"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(name, names[i])) {
            *out = (dyad_period)(DYAD_PERIOD_DAY + i);
            return 0;
        }
    return -1;
}

#define QUAD_COUNTS                                                                    \
    ", sum(r.quad_class = 1) AS quad1, sum(r.quad_class = 2) AS quad2,"                \
    " sum(r.quad_class = 3) AS quad3, sum(r.quad_class = 4) AS quad4"

static void add_limit(store_sql *q, long limit)
{
    if (limit > 0) {
        store_sql_add(q, " LIMIT ?");
        store_sql_bind_int(q, limit);
    }
}

static void build_events(store_sql *q, const dyad_query *qu)
{
    store_sql_add(q, "WITH r AS (");
    store_sql_events(q, &qu->filter, 1);
    store_sql_add(q, ") SELECT r.story_id, r.sentence, r.date, r.source, r.target, r.cameo,"
                     " r.quad_class, r.goldstein, r.plover");
    if (qu->filter.dedup == DYAD_DEDUP_GROUP)
        store_sql_add(q, ", r.location, r.location_country, r.mentions, r.stories, r.sources");
    store_sql_add(q, ", r.sentence_text FROM r"
                     " ORDER BY r.date, r.story_rowid, r.sentence, r.event_id");
    add_limit(q, qu->limit);
}

/* Columns: period, events, goldstein_sum, goldstein_mean, quad1..quad4 and,
 * when de-duplicating, the mentions the events stand for. */
static void build_series(store_sql *q, const dyad_filter *f, dyad_period by)
{
    char period[96];
    store_period_sql(by, "r.date", period, sizeof period);
    store_sql_add(q, "WITH r AS (");
    store_sql_events(q, f, 0);
    store_sql_add(q, ") SELECT ");
    store_sql_add(q, period);
    store_sql_add(q, " AS period, count(*) AS events, round(sum(r.goldstein), 3) AS goldstein_sum,"
                     " round(avg(r.goldstein), 3) AS goldstein_mean" QUAD_COUNTS);
    if (f->dedup != DYAD_DEDUP_NONE)
        store_sql_add(q, ", sum(r.mentions) AS mentions");
    store_sql_add(q, " FROM r GROUP BY period ORDER BY period");
}

/* An event counts once for its source and once for its target. */
static void build_top_actors(store_sql *q, const dyad_query *qu)
{
    store_sql_add(q, "WITH r AS (");
    store_sql_events(q, &qu->filter, 0);
    store_sql_add(q, ") SELECT actor, count(*) AS events, sum(role = 's') AS as_source,"
                     " sum(role = 't') AS as_target FROM ("
                     "SELECT r.source AS actor, 's' AS role FROM r WHERE r.source IS NOT NULL"
                     " UNION ALL "
                     "SELECT r.target, 't' FROM r WHERE r.target IS NOT NULL)"
                     " GROUP BY actor ORDER BY events DESC, actor");
    add_limit(q, qu->limit);
}

/* Directed dyads of full actor codes. */
static void build_top_dyads(store_sql *q, const dyad_query *qu)
{
    store_sql_add(q, "WITH r AS (");
    store_sql_events(q, &qu->filter, 0);
    store_sql_add(q, ") SELECT r.source, r.target, count(*) AS events,"
                     " round(sum(r.goldstein), 3) AS goldstein_sum" QUAD_COUNTS
                     " FROM r WHERE r.source IS NOT NULL AND r.target IS NOT NULL"
                     " GROUP BY r.source, r.target ORDER BY events DESC, r.source, r.target");
    add_limit(q, qu->limit);
}

static void build_report(store_sql *q, const dyad_query *qu)
{
    store_sql_init(q);
    switch (qu->report) {
    case DYAD_REPORT_EVENTS:
        build_events(q, qu);
        break;
    case DYAD_REPORT_SERIES:
        build_series(q, &qu->filter, qu->by);
        break;
    case DYAD_REPORT_TOP_ACTORS:
        build_top_actors(q, qu);
        break;
    case DYAD_REPORT_TOP_DYADS:
        build_top_dyads(q, qu);
        break;
    }
}

long dyad_query_run(const char *path, const dyad_query *qu, dyad_table_format fmt, FILE *out,
                    char *err, size_t errlen)
{
    sqlite3 *db = store_open_readonly(path, err, errlen);
    if (!db)
        return -1;
    store_sql q;
    build_report(&q, qu);
    sqlite3_stmt *stmt = store_sql_prepare(db, &q, err, errlen);
    long rows = stmt ? store_write_rows(stmt, fmt, out, err, errlen) : -1;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

/* --------------------------------------------------------------- series */

typedef struct series {
    dyad_series_point *points;
    long n, cap;
} series;

static dyad_series_point *series_push(series *s)
{
    if (s->n == s->cap) {
        long cap = s->cap ? 2 * s->cap : 64;
        dyad_series_point *grown = realloc(s->points, (size_t)cap * sizeof *grown);
        if (!grown)
            return NULL;
        s->points = grown;
        s->cap = cap;
    }
    dyad_series_point *p = &s->points[s->n++];
    memset(p, 0, sizeof *p);
    return p;
}

/* Pushes empty periods from after the last point until just before
 * `label`, then a point for `label`. */
static dyad_series_point *series_push_at(series *s, dyad_period by, const char *label)
{
    while (s->n > 0) {
        char next[12];
        if (store_period_next(by, s->points[s->n - 1].label, next) < 0 || strcmp(next, label) >= 0)
            break;
        dyad_series_point *gap = series_push(s);
        if (!gap)
            return NULL;
        memcpy(gap->label, next, sizeof next);
    }
    dyad_series_point *p = series_push(s);
    if (p)
        snprintf(p->label, sizeof p->label, "%s", label);
    return p;
}

static int read_point(sqlite3_stmt *stmt, series *s, dyad_period by)
{
    const char *label = (const char *)sqlite3_column_text(stmt, 0);
    dyad_series_point *p = series_push_at(s, by, label ? label : "");
    if (!p)
        return -1;
    p->events = sqlite3_column_int64(stmt, 1);
    p->goldstein_sum = sqlite3_column_double(stmt, 2);
    for (int k = 0; k < 4; k++)
        p->quad[k] = sqlite3_column_int64(stmt, 4 + k);
    return 0;
}

long dyad_series_load(const char *path, const dyad_filter *filter, dyad_period by,
                      dyad_series_point **points, char *err, size_t errlen)
{
    *points = NULL;
    sqlite3 *db = store_open_readonly(path, err, errlen);
    if (!db)
        return -1;
    store_sql q;
    store_sql_init(&q);
    build_series(&q, filter, by);
    sqlite3_stmt *stmt = store_sql_prepare(db, &q, err, errlen);
    series s = {0};
    int rc = SQLITE_ERROR;
    if (stmt) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            if (read_point(stmt, &s, by) < 0) {
                snprintf(err, errlen, "out of memory reading the series");
                break;
            }
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            snprintf(err, errlen, "%s: %s", path, sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    if (rc != SQLITE_DONE) {
        free(s.points);
        return -1;
    }
    *points = s.points;
    return s.n;
}
