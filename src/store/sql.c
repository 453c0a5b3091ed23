/*
 * sql.c — builds query statements in fixed storage and binds their
 * parameters.  Every value a user gives goes through a parameter, never
 * into the SQL text.
 */
#include <stdio.h>
#include <string.h>

#include "store/schema.h"
#include "store/store_internal.h"

void store_sql_init(store_sql *q)
{
    q->len = 0;
    q->text[0] = 0;
    q->n_binds = 0;
    q->pool_len = 0;
    q->overflow = 0;
}

void store_sql_add(store_sql *q, const char *text)
{
    size_t n = strlen(text);
    if (q->len + n >= sizeof q->text) {
        q->overflow = 1;
        return;
    }
    memcpy(q->text + q->len, text, n + 1);
    q->len += n;
}

static store_bind *next_bind(store_sql *q)
{
    if (q->n_binds == STORE_SQL_BINDS) {
        q->overflow = 1;
        return NULL;
    }
    return &q->binds[q->n_binds++];
}

void store_sql_bind_text(store_sql *q, const char *value)
{
    store_bind *b = next_bind(q);
    if (b)
        *b = (store_bind){.is_int = 0, .text = value};
}

void store_sql_bind_int(store_sql *q, long value)
{
    store_bind *b = next_bind(q);
    if (b)
        *b = (store_bind){.is_int = 1, .ival = value};
}

char *store_sql_reserve(store_sql *q, size_t len)
{
    if (q->pool_len + len + 1 > sizeof q->pool) {
        q->overflow = 1;
        return NULL;
    }
    char *space = q->pool + q->pool_len;
    memset(space, 0, len + 1);
    q->pool_len += len + 1;
    return space;
}

char *store_sql_keep(store_sql *q, const char *s, size_t len)
{
    char *copy = store_sql_reserve(q, len);
    if (copy)
        memcpy(copy, s, len);
    return copy;
}

sqlite3_stmt *store_sql_prepare(sqlite3 *db, store_sql *q, char *err, size_t errlen)
{
    if (q->overflow) {
        snprintf(err, errlen, "query too long (more than %d bytes or %d values)",
                 STORE_SQL_MAX, STORE_SQL_BINDS);
        return NULL;
    }
    sqlite3_stmt *stmt;
    if (sqlite3_prepare_v2(db, q->text, -1, &stmt, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "cannot prepare the query: %s", sqlite3_errmsg(db));
        return NULL;
    }
    for (int i = 0; i < q->n_binds; i++) {
        const store_bind *b = &q->binds[i];
        if (b->is_int)
            sqlite3_bind_int64(stmt, i + 1, b->ival);
        else
            sqlite3_bind_text(stmt, i + 1, b->text, -1, SQLITE_STATIC);
    }
    return stmt;
}

sqlite3 *store_open_readonly(const char *path, char *err, size_t errlen)
{
    sqlite3 *db = NULL;
    char why[300];
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        snprintf(why, sizeof why, "%s", db ? sqlite3_errmsg(db) : "out of memory");
    } else if (store_schema_check(db, why, sizeof why) == 0) {
        sqlite3_busy_timeout(db, 5000);
        return db;
    }
    snprintf(err, errlen, "%s: %s", path, why);
    sqlite3_close(db);
    return NULL;
}
