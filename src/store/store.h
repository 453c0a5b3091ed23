/*
 * store.h — the event store: coded stories kept in SQLite, queried and
 * charted.
 *
 * The writer keeps each story atomic: dyad_store_begin_story opens one
 * transaction, dyad_store_end_story commits it.  A process killed in
 * between leaves the story out entirely, so a resumed run (re-coding every
 * story, or skipping those dyad_store_has_story reports) ends with the same
 * database as a run that was never interrupted.  Re-coding a story id
 * replaces its events.  The schema is documented in docs/schema.md.
 *
 * Errors: functions returning int give 0 on success and -1 on failure; the
 * message is then in dyad_store_error() (writer) or in the caller's `err`
 * buffer (queries and charts).
 */
#ifndef DYAD_STORE_H
#define DYAD_STORE_H

#include <stdio.h>

#include "dyad.h"

/* ----------------------------------------------------------------- writer */

typedef struct dyad_store dyad_store;

/* Opens (creating if needed) the database at `path` for writing.  Returns
 * NULL and writes a message into err when the file cannot be opened or holds
 * a schema newer than this program's. */
dyad_store *dyad_store_open(const char *path, char *err, size_t errlen);

/* Starts a story: opens its transaction and removes the events a previous
 * coding of the same story id left. */
int dyad_store_begin_story(dyad_store *st, const dyad_story *story);

/* Adds one event of the current story (and its actors to the catalogue). */
int dyad_store_add_event(dyad_store *st, const dyad_event *ev);

/* Commits the current story.  After any failure inside the story it rolls
 * back instead and returns -1: the story is then absent, never partial. */
int dyad_store_end_story(dyad_store *st);

/* 1 when a story with this id is stored, 0 when not, -1 on error.  Lets a
 * resumed run skip the stories it already wrote. */
int dyad_store_has_story(dyad_store *st, const char *story_id);

/* The message of the last failure. */
const char *dyad_store_error(const dyad_store *st);

/* Closes the store; a story begun and not ended is rolled back. */
void dyad_store_close(dyad_store *st);

/* ---------------------------------------------------------------- queries */

typedef enum dyad_dedup {
    DYAD_DEDUP_NONE = 0,
    DYAD_DEDUP_DAILY,   /* one event per (date, source, target, cameo) */
    DYAD_DEDUP_GROUP    /* one row per (date, source, target, cameo, place)
                           with its mentions, stories and sources */
} dyad_dedup;

typedef enum dyad_period {
    DYAD_PERIOD_NONE = 0,
    DYAD_PERIOD_DAY,
    DYAD_PERIOD_WEEK,   /* ISO weeks, labelled by their Monday */
    DYAD_PERIOD_MONTH,
    DYAD_PERIOD_YEAR
} dyad_period;

/* Which events a query or a chart takes.  NULL / 0 members do not filter.
 * Strings are borrowed for the life of the filter. */
typedef struct dyad_filter {
    const char *source;     /* source actor code prefix: "RUS", "RUSGOV" */
    const char *target;     /* target actor code prefix */
    const char *dyad;       /* "A:B", each side a country (3 letters) or a full code */
    int both_directions;    /* --both: A→B or B→A */
    const char *actor;      /* either side: a country or a full code */
    const char *cameo;      /* event code prefix: "04", "0874" */
    int quad_class;         /* 1..4 */
    const char *plover;     /* PLOVER event type, case-insensitive */
    const char *from, *to;  /* inclusive dates: YYYY, YYYY-MM or YYYY-MM-DD */
    const char *text;       /* substring of the sentence (ASCII case-insensitive) */
    dyad_dedup dedup;
} dyad_filter;

typedef enum dyad_table_format {
    DYAD_TABLE_ALIGNED = 0,
    DYAD_TABLE_TSV,
    DYAD_TABLE_CSV,
    DYAD_TABLE_JSONL
} dyad_table_format;

/* What `dyad query` prints: events (the default), a series by period, or
 * the most frequent actors or dyads. */
typedef enum dyad_report {
    DYAD_REPORT_EVENTS = 0,
    DYAD_REPORT_SERIES,
    DYAD_REPORT_TOP_ACTORS,
    DYAD_REPORT_TOP_DYADS
} dyad_report;

typedef struct dyad_query {
    dyad_filter filter;
    dyad_report report;
    dyad_period by;         /* for DYAD_REPORT_SERIES */
    long limit;             /* rows for the top-N reports and event lists; 0: all */
} dyad_query;

/* Sets a filter member from a command-line option: `name` without "--",
 * `value` the argument after it (NULL when there is none; the filter keeps
 * the pointer).  Returns the number of arguments used (1 for the flag
 * --both, 2 for an option with its value), 0 when `name` is not a filter
 * option, -1 with a message in err when the value is invalid. */
int dyad_filter_option(dyad_filter *f, const char *name, const char *value,
                       char *err, size_t errlen);

int dyad_period_parse(const char *name, dyad_period *out);
int dyad_table_format_parse(const char *name, dyad_table_format *out);
int dyad_dedup_parse(const char *name, dyad_dedup *out);

/* Runs a query on the database at `path` (opened read-only) and writes the
 * rows to `out`.  Returns the number of rows, or -1 with a message in err. */
long dyad_query_run(const char *path, const dyad_query *q, dyad_table_format fmt,
                    FILE *out, char *err, size_t errlen);

/* One period of a series.  `label` is the period's name: "2021-10-15",
 * "2021-10-11" (the week's Monday), "2021-10", "2021". */
typedef struct dyad_series_point {
    char label[12];
    long events;
    long quad[4];           /* events of quad classes 1..4 */
    double goldstein_sum;
} dyad_series_point;

/* Loads the series of `filter` by `by`, with a zero point for every empty
 * period between the first and the last.  On success *points is malloc'd
 * (free it) and the count is returned; -1 with a message in err. */
long dyad_series_load(const char *path, const dyad_filter *filter, dyad_period by,
                      dyad_series_point **points, char *err, size_t errlen);

/* ----------------------------------------------------------------- charts */

/* Draws the series as stacked bars by quad class with the Goldstein sum as a
 * line on a second axis.  The format follows the extension of `out_path`
 * (.svg or .png).  Returns 0, or -1 with a message in err. */
int dyad_plot_series(const char *out_path, const char *title, const dyad_series_point *points,
                     long n, char *err, size_t errlen);

#endif
