/*
 * filter.c — which events a query takes: the command-line options, checked
 * as they are read, and the WHERE clause they become.
 *
 * Code and date ranges are written as `col >= low AND col < high` rather
 * than LIKE or substr(), so that SQLite can answer them from the indexes.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "store/store_internal.h"

/* Actor codes are upper-case letters and digits: "RUS", "RUSGOV", "IGOUNO". */
static int is_actor_code(const char *s, size_t max)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (!isalnum((unsigned char)s[n]))
            return 0;
    return n >= 1 && n <= max;
}

static int is_cameo_prefix(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (!isdigit((unsigned char)s[n]))
            return 0;
    return n >= 1 && n <= 4;
}

/* Splits "A:B" at the colon; 0 when it is not two codes of 3..31 bytes. */
static int split_dyad(const char *value, char a[32], char b[32])
{
    const char *colon = strchr(value, ':');
    if (!colon)
        return 0;
    size_t la = (size_t)(colon - value), lb = strlen(colon + 1);
    if (la < 3 || la > 31 || lb < 3 || lb > 31)
        return 0;
    memcpy(a, value, la);
    a[la] = 0;
    memcpy(b, colon + 1, lb + 1);
    return is_actor_code(a, 31) && is_actor_code(b, 31);
}

static int set_dyad(dyad_filter *f, const char *value, char *err, size_t errlen)
{
    char a[32], b[32];
    if (!split_dyad(value, a, b)) {
        snprintf(err, errlen, "--dyad \"%s\": want SOURCE:TARGET, each a country (RUS) or an"
                 " actor code (RUSGOV)", value);
        return -1;
    }
    f->dyad = value;
    return 0;
}

static int check_date(const char *name, const char *value, char *err, size_t errlen)
{
    char bound[11];
    if (store_date_bound(value, 0, bound) < 0) {
        snprintf(err, errlen, "--%s \"%s\": want YYYY, YYYY-MM or YYYY-MM-DD", name, value);
        return -1;
    }
    return 0;
}

static int set_code(const char **member, const char *name, const char *value, char *err,
                    size_t errlen)
{
    if (!is_actor_code(value, 31)) {
        snprintf(err, errlen, "--%s \"%s\": want an actor code or its prefix (RUS, RUSGOV)",
                 name, value);
        return -1;
    }
    *member = value;
    return 0;
}

static int set_quad(dyad_filter *f, const char *value, char *err, size_t errlen)
{
    if (strlen(value) != 1 || value[0] < '1' || value[0] > '4') {
        snprintf(err, errlen, "--quad \"%s\": want 1, 2, 3 or 4", value);
        return -1;
    }
    f->quad_class = value[0] - '0';
    return 0;
}

static int set_cameo(dyad_filter *f, const char *value, char *err, size_t errlen)
{
    if (!is_cameo_prefix(value)) {
        snprintf(err, errlen, "--cameo \"%s\": want a CAMEO code or prefix (04, 043)", value);
        return -1;
    }
    f->cameo = value;
    return 0;
}

static int set_dedup(dyad_filter *f, const char *value, char *err, size_t errlen)
{
    if (dyad_dedup_parse(value, &f->dedup) < 0) {
        snprintf(err, errlen, "--dedup \"%s\": want none, daily or group", value);
        return -1;
    }
    return 0;
}

/* Sets the member for an option that takes a value. */
static int set_valued(dyad_filter *f, const char *name, const char *value, char *err,
                      size_t errlen)
{
    if (!strcmp(name, "source"))
        return set_code(&f->source, name, value, err, errlen);
    if (!strcmp(name, "target"))
        return set_code(&f->target, name, value, err, errlen);
    if (!strcmp(name, "actor"))
        return set_code(&f->actor, name, value, err, errlen);
    if (!strcmp(name, "dyad"))
        return set_dyad(f, value, err, errlen);
    if (!strcmp(name, "cameo"))
        return set_cameo(f, value, err, errlen);
    if (!strcmp(name, "quad"))
        return set_quad(f, value, err, errlen);
    if (!strcmp(name, "dedup"))
        return set_dedup(f, value, err, errlen);
    if (!strcmp(name, "from") || !strcmp(name, "to")) {
        if (check_date(name, value, err, errlen) < 0)
            return -1;
        *(name[0] == 'f' ? &f->from : &f->to) = value;
        return 0;
    }
    if (!strcmp(name, "plover"))
        f->plover = value;
    else
        f->text = value;
    return 0;
}

int dyad_filter_option(dyad_filter *f, const char *name, const char *value, char *err,
                       size_t errlen)
{
    static const char *const valued[] = {"source", "target", "actor", "dyad", "cameo", "quad",
                                         "dedup",  "from",   "to",    "plover", "text"};
    if (!strcmp(name, "both")) {
        f->both_directions = 1;
        return 1;
    }
    for (size_t i = 0; i < sizeof valued / sizeof *valued; i++) {
        if (strcmp(name, valued[i]))
            continue;
        if (!value) {
            snprintf(err, errlen, "--%s needs a value", name);
            return -1;
        }
        return set_valued(f, name, value, err, errlen) < 0 ? -1 : 2;
    }
    return 0;
}

int dyad_dedup_parse(const char *name, dyad_dedup *out)
{
    static const char *const names[] = {"none", "daily", "group"};
    for (int i = 0; i < 3; i++)
        if (!strcmp(name, names[i])) {
            *out = (dyad_dedup)i;
            return 0;
        }
    return -1;
}

/* ------------------------------------------------------------- WHERE */

/* An upper-cased copy in the statement's pool. */
static const char *keep_upper(store_sql *q, const char *s)
{
    char *copy = store_sql_keep(q, s, strlen(s));
    for (char *p = copy; p && *p; p++)
        *p = (char)toupper((unsigned char)*p);
    return copy ? copy : "";
}

/* `column` starts with `prefix`: the range [prefix, prefix with its last
 * byte raised by one). */
static void where_prefix(store_sql *q, const char *column, const char *prefix)
{
    const char *low = keep_upper(q, prefix);
    size_t n = strlen(low);
    char *high = store_sql_keep(q, low, n);
    if (high && n)
        high[n - 1]++;
    char clause[96];
    snprintf(clause, sizeof clause, " AND %s >= ? AND %s < ?", column, column);
    store_sql_add(q, clause);
    store_sql_bind_text(q, low);
    store_sql_bind_text(q, high ? high : "");
}

/* One side of a dyad: a three-letter value is a country, a longer one a
 * full actor code.  `side` is "source" or "target". */
static void side_match(store_sql *q, const char *side, const char *value)
{
    char clause[64];
    snprintf(clause, sizeof clause, strlen(value) == 3 ? "e.%s_country = ?" : "e.%s = ?", side);
    store_sql_add(q, clause);
    store_sql_bind_text(q, keep_upper(q, value));
}

static void where_pair(store_sql *q, const char *a, const char *b)
{
    store_sql_add(q, "(");
    side_match(q, "source", a);
    store_sql_add(q, " AND ");
    side_match(q, "target", b);
    store_sql_add(q, ")");
}

static void where_dyad(store_sql *q, const dyad_filter *f)
{
    char a[32], b[32];
    if (!split_dyad(f->dyad, a, b)) {
        q->overflow = 1;    /* dyad_filter_option refuses such a value */
        return;
    }
    store_sql_add(q, " AND (");
    where_pair(q, a, b);
    if (f->both_directions) {
        store_sql_add(q, " OR ");
        where_pair(q, b, a);
    }
    store_sql_add(q, ")");
}

static void where_actor(store_sql *q, const char *actor)
{
    store_sql_add(q, " AND (");
    side_match(q, "source", actor);
    store_sql_add(q, " OR ");
    side_match(q, "target", actor);
    store_sql_add(q, ")");
}

static void where_dates(store_sql *q, const dyad_filter *f)
{
    char bound[11];
    if (f->from && store_date_bound(f->from, 0, bound) == 0) {
        store_sql_add(q, " AND e.date >= ?");
        store_sql_bind_text(q, store_sql_keep(q, bound, 10));
    }
    if (f->to && store_date_bound(f->to, 1, bound) == 0) {
        store_sql_add(q, " AND e.date < ?");
        store_sql_bind_text(q, store_sql_keep(q, bound, 10));
    }
}

/* LIKE with its wildcards escaped, so "50%" means the three characters. */
static void where_text(store_sql *q, const char *text)
{
    size_t n = strlen(text);
    char *pattern = store_sql_reserve(q, 2 * n + 2);
    if (!pattern)
        return;
    char *p = pattern;
    *p++ = '%';
    for (const char *s = text; *s; s++) {
        if (*s == '%' || *s == '_' || *s == '\\')
            *p++ = '\\';
        *p++ = *s;
    }
    *p++ = '%';
    *p = 0;
    store_sql_add(q, " AND e.sentence_text LIKE ? ESCAPE '\\'");
    store_sql_bind_text(q, pattern);
}

void store_sql_where(store_sql *q, const dyad_filter *f)
{
    store_sql_add(q, " WHERE 1");
    if (f->source)
        where_prefix(q, "e.source", f->source);
    if (f->target)
        where_prefix(q, "e.target", f->target);
    if (f->dyad)
        where_dyad(q, f);
    if (f->actor)
        where_actor(q, f->actor);
    if (f->cameo)
        where_prefix(q, "e.cameo", f->cameo);
    if (f->quad_class) {
        store_sql_add(q, " AND e.quad_class = ?");
        store_sql_bind_int(q, f->quad_class);
    }
    if (f->plover) {
        store_sql_add(q, " AND e.plover = ? COLLATE NOCASE");
        store_sql_bind_text(q, f->plover);
    }
    where_dates(q, f);
    if (f->text)
        where_text(q, f->text);
}
