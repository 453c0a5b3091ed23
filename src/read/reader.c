/* reader.c — the first stage: turns input bytes into dated stories.
 *
 * The reader streams: it holds one line and one story at a time, so memory
 * does not grow with the input.  A record that cannot be read is reported
 * (story id, file and line, reason) and skipped; the caller never sees it. */
#include "read/read_internal.h"
#include "util/calendar.h"
#include "util/utf8.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void dyad_limits_default(dyad_limits *lim)
{
    lim->max_story_bytes = 16u << 20;
    lim->max_sentence_tokens = 400;
}

/* Makes sure unread bytes are in r->raw; 0 at end of input. */
static int fill_raw(dyad_reader *r)
{
    if (r->raw_pos < r->raw_len)
        return 1;
    ssize_t n = getline(&r->raw, &r->raw_cap, r->fp);
    if (n < 0)
        return 0;
    r->raw_len = (size_t)n;
    r->raw_pos = 0;
    return 1;
}

int reader_peek_line(dyad_reader *r)
{
    if (r->have_line)
        return 1;
    if (r->eof || !fill_raw(r)) {
        r->eof = 1;
        return 0;
    }
    /* A line ends at LF, CRLF, or a lone CR (old Mac files, where getline
     * would see the whole file as one line). */
    const char *s = r->raw + r->raw_pos;
    size_t avail = r->raw_len - r->raw_pos, n = 0;
    while (n < avail && s[n] != '\n' && s[n] != '\r')
        n++;
    if (n + 1 > r->line_cap) {
        char *p = realloc(r->line, n + 1);
        if (!p)
            abort();
        r->line = p;
        r->line_cap = n + 1;
    }
    memcpy(r->line, s, n);
    r->line[n] = 0;
    size_t end = n;
    if (end < avail && s[end] == '\r')
        end++;
    if (end < avail && s[end] == '\n')
        end++;
    r->raw_pos += end;
    r->line_len = n;
    r->line_no++;
    /* Skip a UTF-8 byte-order mark on the first line. */
    if (r->line_no == 1 && n >= 3 && memcmp(r->line, "\xEF\xBB\xBF", 3) == 0) {
        memmove(r->line, r->line + 3, n - 2);
        r->line_len -= 3;
    }
    r->have_line = 1;
    return 1;
}

void reader_take_line(dyad_reader *r)
{
    r->have_line = 0;
}

void reader_reject(dyad_reader *r, const char *story_id, long line, const char *fmt, ...)
{
    char msg[512], where[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(where, sizeof where, "%s:%ld", r->name, line);
    r->rejected++;
    if (r->on_error)
        r->on_error(r->user, story_id, where, msg);
}

void reader_reset_story(dyad_reader *r)
{
    buf_clear(&r->id);
    buf_clear(&r->date);
    buf_clear(&r->text);
    buf_clear(&r->title);
    buf_clear(&r->source);
    buf_clear(&r->url);
    buf_clear(&r->expected_text);
    r->n_expected = 0;
    r->expect_none = 0;
    r->evaluate = 1;
    r->too_long = 0;
    r->story_line = r->line_no;
}

void reader_add_text(dyad_reader *r, const char *s, size_t n)
{
    if (r->too_long)
        return;
    if (r->text.len + n > r->lim.max_story_bytes) {
        r->too_long = 1;
        return;
    }
    buf_add(&r->text, s, n);
}

void reader_add_expected(dyad_reader *r, const char *src, const char *tgt, const char *code)
{
    if (r->n_expected >= MAX_EXPECTED)
        return;
    /* Offsets, not pointers: the buffer may move as it grows. */
    r->expected[r->n_expected++] = (const char *)(uintptr_t)r->expected_text.len;
    buf_printf(&r->expected_text, "%s %s %s", src, tgt, code);
    buf_addc(&r->expected_text, 0);
}

static int digits(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int reader_parse_date(const char *s, size_t n, char out[11], const char **why)
{
    int y, m, d;
    /* An ISO date and time ("2021-10-18T10:00:00Z", as feeds write it) is
     * its date. */
    if (n > 10 && s[10] == 'T' && s[4] == '-' && s[7] == '-')
        n = 10;
    if (n == 10 && s[4] == '-' && s[7] == '-') {
        y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
    } else if (n == 8) {
        y = digits(s, 4), m = digits(s + 4, 2), d = digits(s + 6, 2);
    } else if (n == 6) {
        /* YYMMDD as in TABARI and old PETRARCH files: 1930-2029. */
        y = digits(s, 2), m = digits(s + 2, 2), d = digits(s + 4, 2);
        if (y >= 0)
            y += y < 30 ? 2000 : 1900;
    } else {
        *why = "not a date (want YYYY-MM-DD)";
        return -1;
    }
    if (y < 0 || m < 0 || d < 0) {
        *why = "not a date (want YYYY-MM-DD)";
        return -1;
    }
    if (y < 1900 || y > 2100) {
        *why = "year outside 1900-2100";
        return -1;
    }
    if (m < 1 || m > 12 || d < 1 || d > cal_days_in_month(y, m)) {
        *why = "no such day in the calendar";
        return -1;
    }
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
    return 0;
}

static int text_is_blank(const buf *b)
{
    for (size_t i = 0; i < b->len; i++)
        if (!isspace((unsigned char)b->data[i]))
            return 0;
    return 1;
}

int reader_finish_story(dyad_reader *r)
{
    const char *id = r->id.len ? r->id.data : NULL;
    if (r->too_long) {
        reader_reject(r, id, r->story_line, "story longer than %zu bytes (--max-story-bytes)",
                      r->lim.max_story_bytes);
        return 0;
    }
    if (!r->date.len) {
        reader_reject(r, id, r->story_line, "story has no date");
        return 0;
    }
    if (!r->text.len || text_is_blank(&r->text)) {
        reader_reject(r, id, r->story_line, "story has no text");
        return 0;
    }
    if (memchr(r->text.data, 0, r->text.len)) {
        reader_reject(r, id, r->story_line, "story text contains a NUL byte");
        return 0;
    }
    size_t bad = utf8_invalid_at(r->text.data, r->text.len);
    if (bad < r->text.len) {
        reader_reject(r, id, r->story_line, "invalid UTF-8 at byte %zu of the story text", bad);
        return 0;
    }
    return 1;
}

static dyad_input_format detect_format(dyad_reader *r)
{
    while (reader_peek_line(r)) {
        const char *p = r->line;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == 0) {
            reader_take_line(r);
            continue;
        }
        if (*p == '{')
            return DYAD_INPUT_JSONL;
        if (*p == '<')
            return DYAD_INPUT_PETRXML;
        if (isdigit((unsigned char)p[0]) && strspn(p, "0123456789") == 6 && (p[6] == ' ' || p[6] == '\t'))
            return DYAD_INPUT_TABARI;
        if (*p == '#')
            return DYAD_INPUT_TABARI;
        return DYAD_INPUT_DATED;
    }
    return DYAD_INPUT_DATED;
}

dyad_reader *dyad_reader_open(FILE *fp, const char *name, dyad_input_format fmt,
                              const dyad_limits *lim, dyad_error_fn on_error, void *user)
{
    dyad_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->fp = fp;
    r->name = strdup(name ? name : "-");
    if (lim)
        r->lim = *lim;
    else
        dyad_limits_default(&r->lim);
    r->on_error = on_error;
    r->user = user;
    buf_init(&r->id);
    buf_init(&r->date);
    buf_init(&r->text);
    buf_init(&r->title);
    buf_init(&r->source);
    buf_init(&r->url);
    buf_init(&r->expected_text);
    r->fmt = fmt == DYAD_INPUT_AUTO ? detect_format(r) : fmt;
    return r;
}

static const char *or_null(const buf *b)
{
    return b->len ? b->data : NULL;
}

int dyad_reader_next(dyad_reader *r, dyad_story *s)
{
    int got;
    switch (r->fmt) {
    case DYAD_INPUT_JSONL: got = read_jsonl(r); break;
    case DYAD_INPUT_PETRXML: got = read_petrxml(r); break;
    case DYAD_INPUT_TABARI: got = read_tabari(r); break;
    default: got = read_dated(r); break;
    }
    if (!got)
        return 0;
    for (size_t i = 0; i < r->n_expected; i++)
        r->expected[i] = r->expected_text.data + (uintptr_t)r->expected[i];
    memset(s, 0, sizeof *s);
    s->id = r->id.data;
    s->date = r->date.data;
    s->text = r->text.data;
    s->text_len = r->text.len;
    s->title = or_null(&r->title);
    s->source = or_null(&r->source);
    s->url = or_null(&r->url);
    s->line = r->story_line;
    s->expected = r->n_expected ? r->expected : NULL;
    s->n_expected = r->n_expected;
    s->expect_none = r->expect_none;
    s->evaluate = r->evaluate;
    return 1;
}

unsigned long dyad_reader_rejected(const dyad_reader *r)
{
    return r->rejected;
}

dyad_input_format dyad_reader_format(const dyad_reader *r)
{
    return r->fmt;
}

void dyad_reader_close(dyad_reader *r)
{
    if (!r)
        return;
    free(r->raw);
    free(r->line);
    free(r->name);
    buf_free(&r->id);
    buf_free(&r->date);
    buf_free(&r->text);
    buf_free(&r->title);
    buf_free(&r->source);
    buf_free(&r->url);
    buf_free(&r->expected_text);
    free(r);
}
