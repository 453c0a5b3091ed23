/* reader.c — the first stage: turns input bytes into dated stories.
 *
 * The reader streams: it holds one line and one story at a time, so memory
 * does not grow with the input.  A record that cannot be read is reported
 * (story id, file and line, reason) and skipped; the caller never sees it. */
#include "read/read_internal.h"
#include "util/calendar.h"
#include "util/utf8.h"
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void dyad_limits_default(dyad_limits *lim)
{
    lim->max_story_bytes = 16u << 20;
    lim->max_sentence_tokens = 400;
}

/* Slack past max_story_bytes for what a line holds besides story text (a
 * "date YYYY-MM-DD" prefix, JSON keys and escapes). */
#define LINE_SLACK 65536

/* The longest line kept whole.  A story cannot be longer than
 * max_story_bytes, so in the line formats a line longer than that and the
 * slack cannot make a good story: it is kept only up to the cap (the story
 * is then rejected as too long) and the rest is read and dropped, so memory
 * stays bounded whatever the input.  XML may hold many records on one line,
 * so its lines are kept whole. */
static size_t line_cap_for(const dyad_reader *r)
{
    size_t max = r->lim.max_story_bytes;
    if (r->fmt == DYAD_INPUT_PETRXML || max > ((size_t)-1) - LINE_SLACK)
        return (size_t)-1;
    return max + LINE_SLACK;
}

/* Makes room for `need` bytes in r->line. */
static void line_reserve(dyad_reader *r, size_t need)
{
    if (need <= r->line_cap)
        return;
    size_t cap = r->line_cap ? r->line_cap : 256;
    while (cap < need)
        cap *= 2;
    char *p = realloc(r->line, cap);
    if (!p)
        abort();
    r->line = p;
    r->line_cap = cap;
}

static void line_put(dyad_reader *r, size_t n, int c)
{
    line_reserve(r, n + 2);
    r->line[n] = (char)c;
}

/* Reads one line into r->line, without its end.  A line ends at LF, CRLF,
 * or a lone CR (old Mac files).  Returns 0 at end of input.  A read error is
 * reported once, as a record: what was read before it is still handed out. */
static int read_line(dyad_reader *r)
{
    size_t n = 0, cap = line_cap_for(r);
    int c, any = 0;
    r->line_cut = 0;
    while ((c = getc_unlocked(r->fp)) != EOF) {
        any = 1;
        if (c == '\n')
            break;
        if (c == '\r') {
            int d = getc_unlocked(r->fp);
            if (d != '\n' && d != EOF)
                ungetc(d, r->fp);
            break;
        }
        if (n < cap)
            line_put(r, n++, c);
        else
            r->line_cut = 1;
    }
    if (c == EOF && ferror(r->fp) && !r->read_failed) {
        r->read_failed = 1;
        reader_reject(r, NULL, r->line_no + 1, "read error: %s; the rest of the input was not read",
                      strerror(errno));
    }
    if (!any)
        return 0;
    line_put(r, n, 0);
    r->line_len = n;
    return 1;
}

int reader_peek_line(dyad_reader *r)
{
    if (r->have_line)
        return 1;
    if (r->eof || !read_line(r)) {
        r->eof = 1;
        return 0;
    }
    r->line_no++;
    /* Skip a UTF-8 byte-order mark on the first line. */
    if (r->line_no == 1 && r->line_len >= 3 && memcmp(r->line, "\xEF\xBB\xBF", 3) == 0) {
        memmove(r->line, r->line + 3, r->line_len - 2);
        r->line_len -= 3;
    }
    if (strspn(r->line, " \t") < r->line_len)
        r->saw_content = 1;
    r->have_line = 1;
    return 1;
}

int reader_join_line(dyad_reader *r)
{
    buf head;
    buf_init(&head);
    buf_add(&head, r->line, r->line_len);
    r->have_line = 0;
    int got = reader_peek_line(r);
    if (got) {
        size_t tail = r->line_len, n = head.len + 1 + tail;
        line_reserve(r, n + 1);
        memmove(r->line + head.len + 1, r->line, tail);
        if (head.len)
            memcpy(r->line, head.data, head.len);
        r->line[head.len] = ' ';
        r->line_len = n;
    } else {
        /* End of input: the line stays as it was, still pending. */
        line_reserve(r, head.len + 1);
        if (head.len)
            memcpy(r->line, head.data, head.len);
        r->line_len = head.len;
        r->have_line = 1;
    }
    r->line[r->line_len] = 0;
    buf_free(&head);
    return got;
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

void reader_no_records(dyad_reader *r, const char *what)
{
    if (r->n_stories || r->rejected || !r->saw_content || r->said_no_records)
        return;
    r->said_no_records = 1;
    reader_reject(r, NULL, 1, "no %s in the input (is it in another format? see --input-format)", what);
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
    r->text_line = r->line_no;
}

void reader_add_text(dyad_reader *r, const char *s, size_t n)
{
    if (r->too_long)
        return;
    if (r->text.len + n > r->lim.max_story_bytes) {
        r->too_long = 1;
        return;
    }
    if (!r->text.len && n)
        r->text_line = r->line_no;
    buf_add(&r->text, s, n);
}

void reader_add_line(dyad_reader *r, const char *s, size_t n)
{
    reader_add_text(r, s, n);
    if (r->line_cut)
        r->too_long = 1;
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

/* The input line of byte `at` of the story text, for messages about a bad
 * byte deep in a long story.  Dated text and XML put one '\n' in the text
 * per input line; JSON (escapes) and TABARI (blank lines dropped) do not,
 * so there the story's own line is all we know. */
static long line_of_byte(const dyad_reader *r, size_t at)
{
    if (r->fmt != DYAD_INPUT_DATED && r->fmt != DYAD_INPUT_PETRXML)
        return r->story_line;
    long line = r->text_line;
    for (size_t i = 0; i < at; i++)
        line += r->text.data[i] == '\n';
    return line;
}

/* ", on line N" when the bad byte is not on the story's first line. */
static const char *on_line(const dyad_reader *r, size_t at, char *out, size_t cap)
{
    long line = line_of_byte(r, at);
    out[0] = 0;
    if (line != r->story_line)
        snprintf(out, cap, ", on line %ld", line);
    return out;
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
    char where[40];
    const char *nul = memchr(r->text.data, 0, r->text.len);
    if (nul) {
        reader_reject(r, id, r->story_line, "story text contains a NUL byte%s",
                      on_line(r, (size_t)(nul - r->text.data), where, sizeof where));
        return 0;
    }
    size_t bad = utf8_invalid_at(r->text.data, r->text.len);
    if (bad < r->text.len) {
        reader_reject(r, id, r->story_line, "invalid UTF-8 at byte %zu of the story text%s", bad,
                      on_line(r, bad, where, sizeof where));
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
    /* The first line was read before the format was known, with the cap of
     * the line formats; an XML file's first line may not be cut silently. */
    if (r->fmt == DYAD_INPUT_PETRXML && r->have_line && r->line_cut)
        reader_reject(r, NULL, r->line_no, "line longer than %zu bytes: its rest was not read",
                      r->lim.max_story_bytes + LINE_SLACK);
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
