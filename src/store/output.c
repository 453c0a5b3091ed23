/*
 * output.c — writes the rows of a query as an aligned table, TSV, CSV or
 * JSON lines.  Column names come from the statement, so every report uses
 * the same writer.
 *
 * TSV escapes tab, newline and backslash as \t \n \\ so a row stays one
 * line; CSV quotes as RFC 4180 says; JSON writes integers and reals as
 * numbers and SQL NULL as null.  The aligned table is for people: it reads
 * every row first to size the columns and cuts long text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_internal.h"

/* Text wider than this is cut in the aligned table. */
#define TABLE_MAX_WIDTH 60

int dyad_table_format_parse(const char *name, dyad_table_format *out)
{
    static const char *const names[] = {"table", "tsv", "csv", "jsonl"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(name, names[i])) {
            *out = (dyad_table_format)i;
            return 0;
        }
    return -1;
}

/* Reals as the shortest text that reads back the same for the values a
 * store holds (Goldstein weights and their rounded sums). */
static void format_real(double v, char out[32])
{
    snprintf(out, 32, "%.15g", v);
}

static const char *cell_text(sqlite3_stmt *stmt, int col, char num[32])
{
    switch (sqlite3_column_type(stmt, col)) {
    case SQLITE_NULL:
        return "";
    case SQLITE_FLOAT:
        format_real(sqlite3_column_double(stmt, col), num);
        return num;
    default:
        return (const char *)sqlite3_column_text(stmt, col);
    }
}

/* ---------------------------------------------------------------- TSV, CSV */

static void write_tsv_cell(FILE *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '\t')
            fputs("\\t", out);
        else if (*s == '\n')
            fputs("\\n", out);
        else if (*s == '\r')
            fputs("\\r", out);
        else if (*s == '\\')
            fputs("\\\\", out);
        else
            fputc(*s, out);
    }
}

static void write_csv_cell(FILE *out, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static void write_delimited(sqlite3_stmt *stmt, dyad_table_format fmt, FILE *out, int header)
{
    int n = sqlite3_column_count(stmt);
    char sep = fmt == DYAD_TABLE_CSV ? ',' : '\t';
    for (int c = 0; c < n; c++) {
        char num[32];
        const char *s = header ? sqlite3_column_name(stmt, c) : cell_text(stmt, c, num);
        if (c)
            fputc(sep, out);
        if (fmt == DYAD_TABLE_CSV)
            write_csv_cell(out, s);
        else
            write_tsv_cell(out, s);
    }
    fputc('\n', out);
}

/* -------------------------------------------------------------------- JSON */

static void write_json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", out);
        else if (*p == '\t')
            fputs("\\t", out);
        else if (*p < 0x20)
            fprintf(out, "\\u%04x", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

static void write_jsonl(sqlite3_stmt *stmt, FILE *out)
{
    int n = sqlite3_column_count(stmt);
    fputc('{', out);
    for (int c = 0; c < n; c++) {
        char num[32];
        if (c)
            fputc(',', out);
        write_json_string(out, sqlite3_column_name(stmt, c));
        fputc(':', out);
        switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_NULL:
            fputs("null", out);
            break;
        case SQLITE_INTEGER:
        case SQLITE_FLOAT:
            fputs(cell_text(stmt, c, num), out);
            break;
        default:
            write_json_string(out, (const char *)sqlite3_column_text(stmt, c));
        }
    }
    fputs("}\n", out);
}

/* ------------------------------------------------------------ aligned table */

/* The cells of every row, kept to measure the columns before printing. */
typedef struct table {
    int ncol;
    char *text;          /* cells, each NUL-terminated */
    size_t len, cap;
    size_t *cell;        /* offset of each cell in text */
    unsigned char *numeric;
    size_t ncell, cellcap;
    int *width;
} table;

static int table_reserve(table *t, size_t more_text)
{
    if (t->len + more_text > t->cap) {
        size_t cap = t->cap ? t->cap : 4096;
        while (cap < t->len + more_text)
            cap *= 2;
        char *grown = realloc(t->text, cap);
        if (!grown)
            return -1;
        t->text = grown;
        t->cap = cap;
    }
    if (t->ncell == t->cellcap) {
        size_t cap = t->cellcap ? 2 * t->cellcap : 256;
        size_t *cells = realloc(t->cell, cap * sizeof *cells);
        if (cells)
            t->cell = cells;
        unsigned char *numeric = realloc(t->numeric, cap);
        if (numeric)
            t->numeric = numeric;
        if (!cells || !numeric)
            return -1;
        t->cellcap = cap;
    }
    return 0;
}

/* Display width in code points (UTF-8 continuation bytes do not count). */
static int utf8_width(const char *s, size_t len)
{
    int w = 0;
    for (size_t i = 0; i < len; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/* Bytes of `s` that hold at most `max` code points. */
static size_t utf8_prefix(const char *s, int max)
{
    size_t i = 0;
    for (int w = 0; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && w++ == max)
            break;
    }
    return i;
}

static int table_add(table *t, const char *s, int numeric)
{
    size_t len = strlen(s);
    int cut = utf8_width(s, len) > TABLE_MAX_WIDTH;
    if (cut)
        len = utf8_prefix(s, TABLE_MAX_WIDTH - 3);
    if (table_reserve(t, len + 4) < 0)
        return -1;
    t->cell[t->ncell] = t->len;
    t->numeric[t->ncell++] = (unsigned char)numeric;
    for (size_t i = 0; i < len; i++)    /* a newline would break the row */
        t->text[t->len + i] = s[i] == '\n' || s[i] == '\t' ? ' ' : s[i];
    t->len += len;
    if (cut) {
        memcpy(t->text + t->len, "...", 3);
        t->len += 3;
    }
    t->text[t->len++] = 0;
    int w = utf8_width(t->text + t->cell[t->ncell - 1], len + (cut ? 3 : 0));
    int *width = &t->width[(t->ncell - 1) % (size_t)t->ncol];
    if (w > *width)
        *width = w;
    return 0;
}

static int table_add_row(table *t, sqlite3_stmt *stmt, int header)
{
    for (int c = 0; c < t->ncol; c++) {
        char num[32];
        int type = header ? SQLITE_TEXT : sqlite3_column_type(stmt, c);
        int numeric = type == SQLITE_INTEGER || type == SQLITE_FLOAT;
        const char *s = header ? sqlite3_column_name(stmt, c) : cell_text(stmt, c, num);
        if (table_add(t, s, numeric) < 0)
            return -1;
    }
    return 0;
}

static void table_print(const table *t, FILE *out)
{
    for (size_t i = 0; i < t->ncell; i++) {
        int col = (int)(i % (size_t)t->ncol);
        const char *s = t->text + t->cell[i];
        int pad = t->width[col] - utf8_width(s, strlen(s));
        int last = col == t->ncol - 1;
        if (col)
            fputs("  ", out);
        if (t->numeric[i])
            fprintf(out, "%*s%s", pad, "", s);
        else
            fprintf(out, "%s%*s", s, last ? 0 : pad, "");
        if (last)
            fputc('\n', out);
    }
}

static void table_free(table *t)
{
    free(t->text);
    free(t->cell);
    free(t->numeric);
    free(t->width);
}

/* ------------------------------------------------------------------ rows */

long store_write_rows(sqlite3_stmt *stmt, dyad_table_format fmt, FILE *out, char *err,
                      size_t errlen)
{
    table t = {.ncol = sqlite3_column_count(stmt)};
    if (fmt == DYAD_TABLE_ALIGNED) {
        t.width = calloc((size_t)t.ncol + 1, sizeof *t.width);
        if (!t.width || table_add_row(&t, stmt, 1) < 0)
            goto nomem;
    } else if (fmt != DYAD_TABLE_JSONL) {
        write_delimited(stmt, fmt, out, 1);
    }
    long rows = 0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        rows++;
        if (fmt == DYAD_TABLE_ALIGNED) {
            if (table_add_row(&t, stmt, 0) < 0)
                goto nomem;
        } else if (fmt == DYAD_TABLE_JSONL) {
            write_jsonl(stmt, out);
        } else {
            write_delimited(stmt, fmt, out, 0);
        }
    }
    if (rc != SQLITE_DONE) {
        snprintf(err, errlen, "query failed: %s", sqlite3_errmsg(sqlite3_db_handle(stmt)));
        table_free(&t);
        return -1;
    }
    table_print(&t, out);
    table_free(&t);
    if (ferror(out)) {
        snprintf(err, errlen, "cannot write the rows");
        return -1;
    }
    return rows;
nomem:
    snprintf(err, errlen, "out of memory while reading the rows");
    table_free(&t);
    return -1;
}
