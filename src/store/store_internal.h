/*
 * store_internal.h — what the files of src/store share: date arithmetic,
 * the SQL builder of queries, and the table writer.
 */
#ifndef DYAD_STORE_INTERNAL_H
#define DYAD_STORE_INTERNAL_H

#include <sqlite3.h>

#include "store/store.h"

/* ------------------------------------------------------------ period.c */

/* Parses "YYYY-MM-DD" (exactly).  Returns 0, or -1 when it is not a date. */
int store_date_parse(const char *s, int *y, int *m, int *d);

/* Writes into `expr` the SQL expression naming the period of a date column. */
void store_period_sql(dyad_period by, const char *date_column, char *expr, size_t len);

/* Writes into `next` (12 bytes) the label of the period after `label`.
 * Returns 0, or -1 when `label` is not a label of that period. */
int store_period_next(dyad_period by, const char *label, char next[12]);

/* Turns a --from / --to value (YYYY, YYYY-MM, YYYY-MM-DD) into the first
 * date it covers, or the first date after it (`after` set).  Returns 0, or
 * -1 when the value is not such a date. */
int store_date_bound(const char *value, int after, char out[11]);

/* --------------------------------------------------------------- sql.c */

#define STORE_SQL_MAX 4096
#define STORE_SQL_BINDS 32
#define STORE_SQL_POOL 2048

typedef struct store_bind {
    int is_int;
    long ival;
    const char *text;
} store_bind;

/* A statement under construction with its parameters, in fixed storage: a
 * query has a bounded number of filters, so nothing here needs the heap.
 * Values made while building (range bounds, LIKE patterns) live in `pool`. */
typedef struct store_sql {
    char text[STORE_SQL_MAX];
    size_t len;
    store_bind binds[STORE_SQL_BINDS];
    int n_binds;
    char pool[STORE_SQL_POOL];
    size_t pool_len;
    int overflow;
} store_sql;

void store_sql_init(store_sql *q);
void store_sql_add(store_sql *q, const char *text);
void store_sql_bind_text(store_sql *q, const char *value);
void store_sql_bind_int(store_sql *q, long value);
/* Zeroed room for a string of `len` bytes in the pool; NULL when it is full. */
char *store_sql_reserve(store_sql *q, size_t len);
/* Copies `len` bytes of `s` into the pool; NULL when it is full. */
char *store_sql_keep(store_sql *q, const char *s, size_t len);

/* Prepares the statement and binds its parameters, which point into `q`:
 * keep `q` until the statement is finalized.  NULL with a message in err. */
sqlite3_stmt *store_sql_prepare(sqlite3 *db, store_sql *q, char *err, size_t errlen);

/* Appends " WHERE ..." for the filter's conditions on event `e`. */
void store_sql_where(store_sql *q, const dyad_filter *f);

/* Appends the SELECT of the filtered, de-duplicated events (dedup.c).  Its
 * rows carry event_id, date, source, target, cameo, quad_class, goldstein,
 * mentions; with `with_story` (needed by event lists, implied by
 * DYAD_DEDUP_GROUP) also story_rowid, story_id, sentence, plover,
 * sentence_text, location, location_country; with DYAD_DEDUP_GROUP also
 * stories and sources. */
void store_sql_events(store_sql *q, const dyad_filter *f, int with_story);

/* Opens the database read-only.  NULL with a message in err. */
sqlite3 *store_open_readonly(const char *path, char *err, size_t errlen);

/* ------------------------------------------------------------ output.c */

/* Writes every row of `stmt` to `out`.  Returns the number of rows, or -1
 * with a message in err. */
long store_write_rows(sqlite3_stmt *stmt, dyad_table_format fmt, FILE *out,
                      char *err, size_t errlen);

#endif
