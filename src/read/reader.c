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
#include <strings.h>

void dyad_limits_default(dyad_limits *lim)
{
    lim->max_story_bytes = 16u << 20;
    lim->max_sentence_tokens = 400;
}

/* Slack past max_story_bytes for what a line holds besides story text (a
 * "date YYYY-MM-DD" prefix, JSON keys and escapes). */
#define LINE_SLACK 65536

/* The longest line kept whole.  A story cannot be longer than
 * max_story_bytes, so a line longer than that and the slack cannot make a
 * good story: it is kept only up to the cap (the story is then rejected as
 * too long) and the rest is read and dropped, so memory stays bounded
 * whatever the input.  (XML lines holding many records are read in pieces,
 * see XML_PIECE, so they never come near the cap.) */
static size_t line_cap_for(const dyad_reader *r)
{
    size_t max = r->lim.max_story_bytes;
    if (max > ((size_t)-1) - LINE_SLACK)
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

/* The next input byte: first the bytes read ahead to sniff the input. */
static int next_byte(dyad_reader *r)
{
    r->byte_from_head = r->head_pos < r->head.len;
    if (r->byte_from_head)
        return (unsigned char)r->head.data[r->head_pos++];
    return getc_unlocked(r->fp);
}

static void unread_byte(dyad_reader *r, int c)
{
    if (r->byte_from_head)
        r->head_pos--;
    else
        ungetc(c, r->fp);
}

/* An XML line is ended after a '>' once it holds this many bytes, so that
 * a file written as one line (tens of MB of records) is read in pieces
 * instead of whole.  No tag, entity or CDATA marker is cut: a '>' ends
 * them all. */
#define XML_PIECE 4096

/* Where to end an XML piece of n bytes that reached the line cap with no
 * '>' since XML_PIECE, so that no token the XML reader looks for is cut
 * in two: before a '<' or '&' in the last 16 bytes (its tag or entity may
 * go on: every tag name, entity and "<![CDATA[" it knows is shorter), else
 * before one or two final '-' or ']' (a "-->" or "]]>" may be coming).
 * Longer tags are joined across pieces by the XML reader. */
static size_t xml_cut(const char *s, size_t n)
{
    for (size_t i = n > 16 ? n - 16 : 0; i < n; i++)
        if (s[i] == '<' || s[i] == '&')
            return i;
    size_t cut = n;
    while (cut > 0 && n - cut < 2 && (s[cut - 1] == '-' || s[cut - 1] == ']'))
        cut--;
    return cut;
}

/* Serves the bytes s[0..n) again before the rest of the input. */
static void unread_bytes(dyad_reader *r, const char *s, size_t n)
{
    buf rest;
    buf_init(&rest);
    buf_add(&rest, s, n);
    if (r->head_pos < r->head.len)
        buf_add(&rest, r->head.data + r->head_pos, r->head.len - r->head_pos);
    buf_free(&r->head);
    r->head = rest;
    r->head_pos = 0;
}

/* Reads one line into r->line, without its end.  A line ends at LF, CRLF,
 * or a lone CR (old Mac files), and an XML line also after a '>' past
 * XML_PIECE bytes, or at the cap, where xml_cut() says (a soft break).
 * In the other formats bytes past the line cap are dropped (line_cut).
 * Returns 0 at end of input.  A read error is reported once, as a record:
 * what was read before it is still handed out. */
static int read_line(dyad_reader *r)
{
    size_t n = 0, cap = line_cap_for(r);
    int c, any = 0, xml = r->fmt == DYAD_INPUT_PETRXML;
    r->line_cut = 0;
    r->soft_break = 0;
    while ((c = next_byte(r)) != EOF) {
        any = 1;
        if (c == '\n')
            break;
        if (c == '\r') {
            int d = next_byte(r);
            if (d != '\n' && d != EOF)
                unread_byte(r, d);
            break;
        }
        if (n < cap)
            line_put(r, n++, c);
        else
            r->line_cut = 1;
        /* XML is never cut: the reader follows its state from piece to
         * piece, so a run with no '>' is ended near the cap instead. */
        if (xml && (c == '>' ? n >= XML_PIECE : n >= cap)) {
            r->soft_break = 1;
            if (c != '>') {
                size_t cut = xml_cut(r->line, n);
                if (cut < n)
                    unread_bytes(r, r->line + cut, n - cut);
                n = cut;
            }
            break;
        }
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

/* The length of what stands before a line's first word without being
 * text: byte-order marks (files joined with cat keep each one's mark) and
 * page breaks (the form feeds and vertical tabs of paginated text, which
 * a printout or an old archive puts before a story's date line).  Either
 * would hide a date line or a record header and make a JSON line no
 * object. */
static size_t line_lead(const char *s, size_t n)
{
    size_t i = 0;
    for (;;) {
        if (n - i >= 3 && memcmp(s + i, "\xEF\xBB\xBF", 3) == 0)
            i += 3;
        else if (i < n && (s[i] == '\f' || s[i] == '\v'))
            i++;
        else
            return i;
    }
}

/* Drops the line's lead (line_lead); the input's first mark is skipped
 * when sniffing. */
static void drop_lead(dyad_reader *r)
{
    size_t n = line_lead(r->line, r->line_len);
    if (n) {
        memmove(r->line, r->line + n, r->line_len - n + 1);
        r->line_len -= n;
    }
}

int reader_peek_line(dyad_reader *r)
{
    if (r->have_line)
        return 1;
    int soft = r->soft_break;
    if (r->eof || !read_line(r)) {
        r->eof = 1;
        return 0;
    }
    /* A piece after a soft break is the same input line. */
    r->piece = soft;
    r->line_col = 0;
    if (!soft) {
        r->line_no++;
        drop_lead(r);
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
    /* Pieces of one input line join as they were; input lines with a blank. */
    size_t gap = r->soft_break ? 0 : 1;
    int got = reader_peek_line(r);
    if (got) {
        size_t tail = r->line_len, n = head.len + gap + tail;
        line_reserve(r, n + 1);
        memmove(r->line + head.len + gap, r->line, tail);
        if (head.len)
            memcpy(r->line, head.data, head.len);
        if (gap)
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

void reader_drop_prefix(dyad_reader *r, size_t n)
{
    memmove(r->line, r->line + n, r->line_len - n + 1);
    r->line_len -= n;
    r->line_col += n;
}

void reader_take_line(dyad_reader *r)
{
    r->have_line = 0;
}

/* Copies s into out with control characters and bytes that are not UTF-8
 * written as \xHH: a message quotes ids and dates from the input, and one
 * holding a line break or a terminal escape must stay one plain line. */
static const char *printable(const char *s, char *out, size_t cap)
{
    size_t o = 0, n = strlen(s);
    for (size_t i = 0; i < n && o + 5 < cap;) {
        unsigned char c = (unsigned char)s[i];
        size_t ok = c >= 0x80 ? utf8_invalid_at(s + i, c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2) : 1;
        if (c < 0x20 || c == 0x7F || ok == 0 || i + ok > n) {
            o += (size_t)snprintf(out + o, cap - o, "\\x%02X", c);
            i++;
        } else {
            memcpy(out + o, s + i, ok);
            o += ok, i += ok;
        }
    }
    out[o] = 0;
    return out;
}

void reader_reject(dyad_reader *r, const char *story_id, long line, const char *fmt, ...)
{
    char msg[512], where[256], shown_msg[1024], shown_id[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(where, sizeof where, "%s:%ld", r->name, line);
    r->rejected++;
    if (r->on_error)
        r->on_error(r->user, story_id ? printable(story_id, shown_id, sizeof shown_id) : NULL, where,
                    printable(msg, shown_msg, sizeof shown_msg));
}

int reader_is_sentence_tag(const char *tag)
{
    return strncmp(tag, "<Sentence", 9) == 0 && (tag[9] == ' ' || tag[9] == '>' || tag[9] == '\t');
}

static const char *format_name(dyad_input_format fmt)
{
    switch (fmt) {
    case DYAD_INPUT_JSONL: return "JSON Lines";
    case DYAD_INPUT_PETRXML: return "PETRARCH XML";
    case DYAD_INPUT_TABARI: return "TABARI";
    default: return "dated text";
    }
}

/* Only a line that is plainly a record counts: a whole JSON object with a
 * key, a <Sentence> tag, a date line with a date ("<p>" or "{see below}"
 * in scraped text stays text).  In a file of one format such a line shows files of two
 * formats joined: read as text, it would be coded into the story before
 * it, or skipped without a word.  (TABARI headers, six digits and a word,
 * are too like text to tell.) */
const char *reader_foreign_record(const dyad_reader *r, const char *line)
{
    /* Before a record of the reader's own format, the whole input may be
     * of another (--input-format given wrong): that is told once, by
     * reader_no_records() or the dated reader's stray text, not per line.
     * But an input that showed its format first holds records of another
     * format from the start (a JSON line after "<Sentences>").  A JSON
     * Lines file rejects every bad line anyway. */
    if (r->fmt != DYAD_INPUT_JSONL && !r->n_stories && !r->format_shown)
        return NULL;
    line += strspn(line, " \t");
    const char *date;
    if (r->fmt != DYAD_INPUT_JSONL && line[0] == '{' && line[1 + strspn(line + 1, " \t")] == '"') {
        size_t n = strlen(line);
        while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
            n--;
        if (n >= 2 && line[n - 1] == '}')
            return "a JSON Lines record";
    }
    if (r->fmt != DYAD_INPUT_PETRXML && reader_is_sentence_tag(line))
        return "a PETRARCH XML record";
    if (r->fmt != DYAD_INPUT_DATED && (date = read_dated_date_line(line)) != NULL && isdigit((unsigned char)*date))
        return "a dated-text story";
    return NULL;
}

void reader_reject_foreign(dyad_reader *r, const char *what)
{
    reader_reject(r, NULL, r->line_no, "%s in a %s file: one format per file (see --input-format)", what,
                  format_name(r->fmt));
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
    buf_clear(&r->line_starts);
    r->n_expected = 0;
    r->expect_none = 0;
    r->expect_error[0] = 0;
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

typedef struct line_start {
    size_t at;
    long line;
} line_start;

void reader_mark_line(dyad_reader *r)
{
    line_start ls = {r->text.len, r->line_no};
    buf_add(&r->line_starts, (const char *)&ls, sizeof ls);
}

void reader_add_expected(dyad_reader *r, const char *src, const char *tgt, const char *code)
{
    if (r->n_expected >= MAX_EXPECTED) {
        reader_expect_error(r, "more than %d expected codings", MAX_EXPECTED);
        return;
    }
    /* Offsets, not pointers: the buffer may move as it grows. */
    r->expected[r->n_expected++] = (const char *)(uintptr_t)r->expected_text.len;
    buf_printf(&r->expected_text, "%s %s %s", src, tgt, code);
    buf_addc(&r->expected_text, 0);
}

void reader_expect_error(dyad_reader *r, const char *fmt, ...)
{
    if (r->expect_error[0])
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->expect_error, sizeof r->expect_error, fmt, ap);
    va_end(ap);
}

int reader_event_code_shape(const char *code)
{
    size_t n = strlen(code);
    if (n < 2 || n > 4 || !isdigit((unsigned char)code[0]))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)code[i]))
            return 0;
    return 1;
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

/* Whether s[0..n) is two digits of value at most `max`. */
static int two_digits(const char *s, size_t n, int max)
{
    return n >= 2 && digits(s, 2) >= 0 && digits(s, 2) <= max;
}

/* Whether s[0..n) is all an ISO 8601 time zone: Z, +HH, +HHMM, +HH:MM. */
static int iso_zone(const char *s, size_t n)
{
    if (n == 1 && s[0] == 'Z')
        return 1;
    if (!n || (s[0] != '+' && s[0] != '-') || !two_digits(s + 1, n - 1, 23))
        return 0;
    size_t i = 3;
    if (i < n && s[i] == ':')
        i++;
    if (i < n) {
        if (!two_digits(s + i, n - i, 59))
            return 0;
        i += 2;
    }
    return i == n;
}

/* Whether s[0..n) is all an ISO 8601 time: HH:MM, maybe :SS and a
 * fraction, maybe a zone (Z, +HH, +HHMM, +HH:MM). */
static int iso_time(const char *s, size_t n)
{
    size_t i = 5;
    if (!two_digits(s, n, 24) || n < 5 || s[2] != ':' || !two_digits(s + 3, n - 3, 59))
        return 0;
    if (i < n && s[i] == ':') {
        if (!two_digits(s + i + 1, n - i - 1, 60))
            return 0;
        i += 3;
        if (i < n && (s[i] == '.' || s[i] == ',')) {
            size_t f = strspn(s + i + 1, "0123456789");
            if (!f || i + 1 + f > n)
                return 0;
            i += 1 + f;
        }
    }
    return i == n || iso_zone(s + i, n - i);
}

/* Whether s[0..n) is all an ISO 8601 time in the basic form: HHMM or
 * HHMMSS, maybe a zone ("103000Z" of "20211015T103000Z"). */
static int basic_time(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k < 6 && isdigit((unsigned char)s[k]))
        k++;
    if ((k != 4 && k != 6) || !two_digits(s, k, 24) || !two_digits(s + 2, k - 2, 59)
        || (k == 6 && !two_digits(s + 4, 2, 60)))
        return 0;
    return k == n || iso_zone(s + k, n - k);
}

static int checked_date(int y, int m, int d, char out[11], const char **why);

/* The length of the word at s (blanks before it counted) when it is w, or
 * w with one mark of punctuation after it; else 0. */
static size_t word_is(const char *s, int (*w)(const char *, size_t))
{
    size_t i = strspn(s, " \t"), n = strcspn(s + i, " \t");
    if (!i || !n)
        return 0;
    if (w(s + i, n))
        return i + n;
    return n > 1 && strchr(",;:.", s[i + n - 1]) && w(s + i, n - 1) ? i + n : 0;
}

static int utc_word(const char *s, size_t n)
{
    return n == 3 && (strncmp(s, "GMT", 3) == 0 || strncmp(s, "UTC", 3) == 0);
}

size_t reader_time_after_date(const char *s)
{
    size_t t = word_is(s, iso_time);
    return t ? t + word_is(s + t, utc_word) : 0;
}

/* The month a word names ("October", "Oct", "Oct.", "Sept", any case),
 * 1-12, or 0. */
static int month_word(const char *s, size_t n)
{
    const char *const *names = cal_month_names;   /* January first */
    if (n > 3 && s[n - 1] == '.')
        n--;
    for (int i = 0; i < 12; i++)
        if ((n == 3 || n == strlen(names[i]) || (i == 8 && n == 4)) && strncasecmp(s, names[i], n) == 0)
            return i + 1;
    return 0;
}

/* The day a word gives ("5", "15", "15th", "1st"), or -1. */
static int day_word(const char *s, size_t n)
{
    size_t k = n > 2 && isalpha((unsigned char)s[n - 1]) ? n - 2 : n;
    static const char *const suffixes[] = {"st", "nd", "rd", "th"};
    int suffix_ok = k == n;
    for (int i = 0; i < 4 && !suffix_ok; i++)
        suffix_ok = strncasecmp(s + k, suffixes[i], 2) == 0;
    return k >= 1 && k <= 2 && suffix_ok ? digits(s, k) : -1;
}

static int weekday_word(const char *s, size_t n)
{
    for (int i = 0; i < 7; i++)
        if ((n == 3 || n == strlen(cal_weekday_names[i])) && strncasecmp(s, cal_weekday_names[i], n) == 0)
            return 1;
    return 0;
}

size_t reader_date_in_words(const char *s, size_t n, int *y, int *m, int *d)
{
    size_t at[4], len[4], k = 0, i = 0;
    while (k < 4) {                 /* the first four words; blanks and commas part them */
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == ','))
            i++;
        at[k] = i;
        while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != ',')
            i++;
        len[k] = i - at[k];
        if (!len[k])
            break;
        k++;
    }
    size_t w = k > 0 && weekday_word(s + at[0], len[0]);
    if (k < w + 3 || len[w + 2] != 4 || (*y = digits(s + at[w + 2], 4)) < 0)
        return 0;
    if ((*m = month_word(s + at[w + 1], len[w + 1])) > 0)
        *d = day_word(s + at[w], len[w]);
    else if ((*m = month_word(s + at[w], len[w])) > 0)
        *d = day_word(s + at[w + 1], len[w + 1]);
    return *m > 0 && *d >= 0 ? at[w + 2] + 4 : 0;
}

/* Whether s[0..n) is all a time after a date in words: blanks or a comma,
 * HH:MM, maybe seconds and a zone (ISO's, or a name: "GMT", "EDT"). */
static int time_after_words(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == ','))
        i++;
    if (i == n || i == 0)
        return i == n;
    size_t t = i + strcspn(s + i, " ");
    if (t > n || !iso_time(s + i, t - i))
        return 0;
    if (t == n)
        return 1;
    size_t z = n - t - 1, upper = 0;
    while (upper < z && isupper((unsigned char)s[t + 1 + upper]))
        upper++;
    return s[t] == ' ' && ((upper == z && z >= 1 && z <= 5) || iso_zone(s + t + 1, z));
}

/* Whether s[0..n) is ISO's order with a month or day of one digit
 * ("2021-1-5", "2021/10/5"): year first, so as plain as the padded form. */
static int unpadded_iso(const char *s, size_t n, int *y, int *m, int *d)
{
    if (n < 8 || n > 9 || !s[4] || !strchr("-/.", s[4]))
        return 0;
    const char *sep2 = memchr(s + 6, s[4], 2);
    if (!sep2)
        return 0;
    size_t m_len = (size_t)(sep2 - s) - 5, d_len = n - (size_t)(sep2 - s) - 1;
    *y = digits(s, 4), *m = digits(s + 5, m_len), *d = digits(sep2 + 1, d_len);
    return d_len >= 1 && d_len <= 2 && *y >= 0 && *m >= 0 && *d >= 0;
}

int reader_parse_date(const char *s, size_t n, char out[11], const char **why)
{
    int y, m, d;
    size_t words = reader_date_in_words(s, n, &y, &m, &d);
    if (words && time_after_words(s + words, n - words))
        return checked_date(y, m, d, out, why);
    /* YYYY/MM/DD and YYYY.MM.DD are ISO's order, other separators. */
    char sep = n >= 10 && s[4] && strchr("-/.", s[4]) && s[7] == s[4] ? s[4] : '-';
    /* An ISO date and time ("2021-10-18T10:00:00Z" as feeds write it,
     * "2021-10-18 10:00:00" as databases do) is its date, as written: a
     * time zone does not move it, since the story's own "today" is the
     * date where it was written.  So is a date with a zone and no time
     * ("2021-10-18+02:00", "2021-10-18Z"), as XML Schema's xs:date writes
     * it. */
    if (n > 10 && s[4] == sep && s[7] == sep
        && (((s[10] == 'T' || s[10] == ' ') && iso_time(s + 11, n - 11)) || iso_zone(s + 10, n - 10)))
        n = 10;
    /* So are ISO's basic form with a time ("20211015T103000Z", or with
     * colons "20211015T10:30") and the 14 digits of a timestamp
     * ("20211015103000", as GDELT writes it). */
    if (n > 8 && digits(s, 8) >= 0
        && ((s[8] == 'T' && (basic_time(s + 9, n - 9) || iso_time(s + 9, n - 9))) || (n == 14 && basic_time(s + 8, 6))))
        n = 8;
    if (n == 10 && s[4] == sep && s[7] == sep) {
        y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
    } else if (unpadded_iso(s, n, &y, &m, &d)) {
        return checked_date(y, m, d, out, why);
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
    return checked_date(y, m, d, out, why);
}

/* The date y-m-d in the canonical form, when the calendar has it. */
static int checked_date(int y, int m, int d, char out[11], const char **why)
{
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
 * per input line; TABARI (blank lines dropped) marks its lines; a JSON
 * story is one line. */
static long line_of_byte(const dyad_reader *r, size_t at)
{
    if (r->line_starts.len) {
        /* TABARI drops blank lines: its text lines were marked. */
        line_start ls;
        long line = r->story_line;
        for (size_t i = 0; i + sizeof ls <= r->line_starts.len; i += sizeof ls) {
            memcpy(&ls, r->line_starts.data + i, sizeof ls);
            if (ls.at > at)
                break;
            line = ls.line;
        }
        return line;
    }
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

/* Whether c is a control character (C0 but the blanks that text may
 * hold, and DEL).  In ids and other fields no blank but the space is
 * allowed. */
static int is_control(unsigned char c, int text)
{
    return (c < 0x20 && !(text && strchr("\t\n\r\f\v", c))) || c == 0x7F;
}

/* The offset of the first control character of b, or b->len. */
static size_t control_at(const buf *b, int text)
{
    for (size_t i = 0; i < b->len; i++)
        if (is_control((unsigned char)b->data[i], text))
            return i;
    return b->len;
}

/* Control characters in story text become blanks: old files hold some
 * (TABARI's validation records end in a DOS end-of-file ^Z), they carry
 * no words, and passed on they would reach TSV output and terminals.  In
 * a title, source or url (not `text`) line ends and tabs are blanked too. */
static void blank_controls(buf *b, int text)
{
    for (size_t at = control_at(b, text); at < b->len; at++)
        if (is_control((unsigned char)b->data[at], text))
            b->data[at] = ' ';
}

/* Drops U+FEFF from story text: a byte-order mark left inside a story by
 * joined files or an editor is invisible and no part of a word, and kept
 * it would glue itself to one ("\uFEFFRussia" is no Russia). */
static void drop_zwnbsp(buf *b)
{
    const char *p = memchr(b->data, 0xEF, b->len);
    size_t o = p ? (size_t)(p - b->data) : b->len;
    for (size_t i = o; i < b->len;) {
        if (i + 3 <= b->len && memcmp(b->data + i, "\xEF\xBB\xBF", 3) == 0) {
            i += 3;
            continue;
        }
        b->data[o++] = b->data[i++];
    }
    if (o < b->len) {
        b->len = o;
        b->data[o] = 0;
    }
}

/* Checks the story's id, title, source and url: they go to every event
 * (JSON, TSV, the store), so they must be UTF-8, and the id, which names
 * the story, without control characters.  (Those of a title, source or
 * url are blanked, as in the text: a title broken over two lines is no
 * reason to lose its story.) */
static int fields_ok(dyad_reader *r, const char *id)
{
    static const char *const names[] = {"id", "title", "source", "url"};
    const buf *const fields[] = {&r->id, &r->title, &r->source, &r->url};
    for (int i = 0; i < 4; i++) {
        const buf *b = fields[i];
        if (!b->len)
            continue;
        if (utf8_invalid_at(b->data, b->len) < b->len || memchr(b->data, 0, b->len)) {
            reader_reject(r, id, r->story_line, "story %s is not UTF-8 text", names[i]);
            return 0;
        }
        size_t at = control_at(b, 0);
        if (i == 0 && at < b->len) {
            reader_reject(r, id, r->story_line, "story %s contains a control character (U+%04X)", names[i],
                          (unsigned)(unsigned char)b->data[at]);
            return 0;
        }
    }
    return 1;
}

/* A hint when the bad byte at text[at] is of another encoding: the one an
 * XML declaration names, or a single-byte one: Windows-1252 punctuation
 * (0x80-0x9F: curly quotes 0x93 0x94, dashes), or a Latin-1 letter
 * (0xA0-0xFE) before an ASCII byte, as "caf\xE9 au". */
static const char *encoding_hint(const dyad_reader *r, const buf *b, size_t at, char *out, size_t cap)
{
    unsigned char c = (unsigned char)b->data[at];
    unsigned char next = at + 1 < b->len ? (unsigned char)b->data[at + 1] : 0;
    out[0] = 0;
    if (r->encoding[0])
        snprintf(out, cap, " (0x%02X: the file declares encoding \"%s\"; dyad reads UTF-8: convert it first: "
                 "iconv -f %s -t UTF-8)", c, r->encoding, r->encoding);
    else if (c <= 0x9F || (c <= 0xFE && next < 0x80))
        snprintf(out, cap, " (0x%02X: is the file Windows-1252? convert it first: iconv -f WINDOWS-1252 -t UTF-8)", c);
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
        char hint[200];
        reader_reject(r, id, r->story_line, "invalid UTF-8 at byte %zu of the story text%s%s", bad,
                      on_line(r, bad, where, sizeof where), encoding_hint(r, &r->text, bad, hint, sizeof hint));
        return 0;
    }
    if (!fields_ok(r, id))
        return 0;
    blank_controls(&r->text, 1);
    blank_controls(&r->title, 0);
    blank_controls(&r->source, 0);
    blank_controls(&r->url, 0);
    drop_zwnbsp(&r->text);
    return 1;
}

/* ------------------------------------------------ sniffing the input */

/* The most read ahead to tell what the input is. */
#define HEAD_BYTES 65536

/* Compressed and archive formats, by their first bytes: passed by mistake
 * they would otherwise be read as lines of noise. */
static const char *packed_kind(const unsigned char *p, size_t n)
{
    static const struct { const char *magic; size_t len; const char *name; } kinds[] = {
        {"\x1f\x8b", 2, "gzip-compressed"}, {"BZh", 3, "bzip2-compressed"},
        {"\xfd" "7zXZ", 5, "xz-compressed"}, {"\x28\xb5\x2f\xfd", 4, "zstd-compressed"},
        {"PK\x03\x04", 4, "a zip archive"}, {"%PDF-", 5, "a PDF file"}};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (n >= kinds[i].len && memcmp(p, kinds[i].magic, kinds[i].len) == 0)
            return kinds[i].name;
    return NULL;
}

/* Says why the input (its first n bytes) is not UTF-8 text, or NULL.  A
 * text with a NUL in every fourth byte or more is UTF-16 or UTF-32 without
 * a byte-order mark, or binary; a stray NUL in a story is that story's
 * problem. */
static const char *not_text(const unsigned char *p, size_t n, char *why, size_t cap)
{
    const char *packed = packed_kind(p, n);
    size_t nul = 0;
    if (packed) {
        snprintf(why, cap, "the input is %s, not text: unpack it first", packed);
        return why;
    }
    if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        snprintf(why, cap, "the input is UTF-16 or UTF-32 (byte-order mark %02X %02X); dyad reads UTF-8: "
                 "convert it first (iconv -t UTF-8)", p[0], p[1]);
        return why;
    }
    for (size_t i = 0; i < n; i++)
        nul += p[i] == 0;
    if (n >= 4 && nul * 4 >= n) {
        snprintf(why, cap, "the input is not UTF-8 text (%zu of its first %zu bytes are NUL): UTF-16 or "
                 "UTF-32 without a byte-order mark, or binary", nul, n);
        return why;
    }
    return NULL;
}

/* The format a line shows (leading blanks skipped), or AUTO when it tells
 * nothing (blank, or text that fits no format). */
static dyad_input_format line_format(const char *p)
{
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == '{' || (*p == '[' && strchr("{]", p[1 + strspn(p + 1, " \t")])))
        return DYAD_INPUT_JSONL;
    if (*p == '<')
        return DYAD_INPUT_PETRXML;
    if (isdigit((unsigned char)p[0]) && strspn(p, "0123456789") == 6 && (p[6] == ' ' || p[6] == '\t'))
        return DYAD_INPUT_TABARI;
    if (*p == '#')
        return DYAD_INPUT_TABARI;
    if (read_dated_date_line(p))
        return DYAD_INPUT_DATED;
    return DYAD_INPUT_AUTO;
}

/* Counts the blank lines at the start of the input and keeps in r->head
 * only the blanks that begin the first line with text: a million empty
 * lines must neither use up HEAD_BYTES (the format would go unseen, and a
 * JSON Lines file be read as dated text and lost in one rejection) nor
 * take memory.  A line end is LF, CRLF or CR, as in read_line(). */
static long skip_blank_lines(dyad_reader *r)
{
    long lines = 0;
    int c, after_cr = 0;
    while (r->head.len < HEAD_BYTES && (c = getc_unlocked(r->fp)) != EOF) {
        if (c == '\n' && after_cr) {
            after_cr = 0;
            continue;
        }
        after_cr = c == '\r';
        if (c == '\n' || c == '\r') {
            lines++;
            buf_clear(&r->head);
        } else if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
            buf_addc(&r->head, (char)c);
        else {
            ungetc(c, r->fp);
            break;
        }
    }
    return lines;
}

/* Reads the first lines of the input into r->head, up to the first one that
 * shows the format (when `want` is set) or just the first line, at most
 * HEAD_BYTES.  Looking past a first line that fits no format keeps a
 * JSON Lines file that starts with an array, or TABARI records after a
 * preamble, from being read as dated text and lost in one rejection.
 * Returns the format seen, or AUTO. */
static dyad_input_format read_head(dyad_reader *r, int want)
{
    buf line;
    buf_init(&line);
    dyad_input_format fmt = DYAD_INPUT_AUTO;
    int c;
    while (fmt == DYAD_INPUT_AUTO && r->head.len < HEAD_BYTES && (c = getc_unlocked(r->fp)) != EOF) {
        buf_addc(&r->head, (char)c);
        if (c != '\n' && c != '\r') {
            buf_addc(&line, (char)c);
            continue;
        }
        buf_addc(&line, 0);
        /* The lead is dropped from the lines read, not from this copy. */
        const char *p = line.data + line_lead(line.data, line.len - 1);
        fmt = line_format(p);
        r->format_shown = fmt != DYAD_INPUT_AUTO && p[strspn(p, " \t")] != '#';
        buf_clear(&line);
        if (!want)
            break;
    }
    if (fmt == DYAD_INPUT_AUTO && line.len) {
        buf_addc(&line, 0);
        fmt = line_format(line.data + line_lead(line.data, line.len - 1));
    }
    buf_free(&line);
    return fmt;
}

/* Keeps the encoding an XML declaration at the start of the head names
 * (<?xml version="1.0" encoding="ISO-8859-1"?>) when it is not UTF-8:
 * dyad reads UTF-8 whatever a file declares, and a byte of that encoding
 * is rejected with its name. */
static void declared_encoding(dyad_reader *r, const char *head, size_t n)
{
    const char *end = n > 5 && strncmp(head, "<?xml", 5) == 0 ? memchr(head, '>', n) : NULL;
    const char *at = end ? strstr(head, "encoding") : NULL;
    if (!at || at > end)
        return;
    at += 8 + strspn(at + 8, " \t");
    if (*at != '=')
        return;
    at += 1 + strspn(at + 1, " \t");
    char quote = *at++;
    size_t len = strspn(at, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:");
    if ((quote == '"' || quote == '\'') && at[len] == quote && len < sizeof r->encoding
        && strncasecmp(at, "UTF-8", len) != 0 && strncasecmp(at, "UTF8", len) != 0) {
        memcpy(r->encoding, at, len);
        r->encoding[len] = 0;
    }
}

/* Reads ahead, rejects input that is not UTF-8 text (the whole file, in
 * one message) and tells the format when it is not forced. */
static void sniff_input(dyad_reader *r, dyad_input_format forced)
{
    r->line_no = skip_blank_lines(r);
    dyad_input_format seen = read_head(r, forced == DYAD_INPUT_AUTO);
    r->fmt = forced != DYAD_INPUT_AUTO ? forced : seen != DYAD_INPUT_AUTO ? seen : DYAD_INPUT_DATED;
    r->format_shown &= seen == r->fmt;
    const unsigned char *p = (const unsigned char *)r->head.data;
    char why[200];
    if (r->head.len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        r->head_pos = 3;
    else if (not_text(p, r->head.len, why, sizeof why)) {
        reader_reject(r, NULL, r->line_no + 1, "%s", why);
        r->eof = 1;
    }
    /* (The head is empty, and unallocated, when the input is blank.) */
    if (r->head.len > r->head_pos)
        declared_encoding(r, r->head.data + r->head_pos, r->head.len - r->head_pos);
}

dyad_reader *dyad_reader_open(FILE *fp, const char *name, dyad_input_format fmt,
                              const dyad_limits *lim, dyad_error_fn on_error, void *user)
{
    dyad_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->fp = fp;
    /* Story ids ("<file>:<n>") and messages are made of the name: one with
     * a line break, a tab or a byte that is not UTF-8 is shown as \xHH, or
     * every story of the file would be rejected for its id and messages
     * would break across lines. */
    name = name ? name : "-";
    size_t cap = 4 * strlen(name) + 6;
    r->name = malloc(cap);
    if (!r->name) {
        free(r);
        return NULL;
    }
    printable(name, r->name, cap);
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
    buf_init(&r->scratch);
    buf_init(&r->line_starts);
    buf_init(&r->head);
    sniff_input(r, fmt);
    return r;
}

static const char *or_null(const buf *b)
{
    return b->len ? b->data : NULL;
}

/* The room a line buffer keeps between stories.  One long line (a 5.6 MB
 * story written on one line) grew the buffer to its size, and the buffer
 * stayed resident beside the story's text while the story was coded. */
#define LINE_KEEP ((size_t)1 << 20)

/* Gives back the room of a long line once it is consumed; a pending line
 * (the date line of the next story) is kept as it is. */
static void line_shrink(dyad_reader *r)
{
    size_t keep = r->have_line ? r->line_len + 1 : 256;
    if (r->line_cap <= LINE_KEEP || keep > LINE_KEEP)
        return;
    char *p = realloc(r->line, keep);
    if (!p)
        return;
    r->line = p;
    r->line_cap = keep;
    if (!r->have_line)
        r->line[r->line_len = 0] = 0;
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
    line_shrink(r);
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
    s->expect_error = r->expect_error[0] ? r->expect_error : NULL;
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
    buf_free(&r->scratch);
    buf_free(&r->line_starts);
    buf_free(&r->head);
    free(r);
}
