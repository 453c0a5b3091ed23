/* timex.c — finds time expressions in news text and normalises them to
 * TimeML TIMEX3 values (see timex.h and docs/time.md).
 *
 * The text is read as a stream of tokens (letter runs, digit runs, single
 * punctuation bytes) that are re-scanned on demand from byte offsets, so
 * nothing is allocated.  At each token a set of matchers, one per kind of
 * expression, is tried; the longest match wins and scanning resumes after
 * it.  A matcher reads tokens through a cursor, resolves what it read
 * against the story date (or, for anaphora such as "a year earlier", the
 * last date the text mentioned) and writes the TIMEX3 value. */
#include "time/timex.h"
#include "util/calendar.h"

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ calendar */

/* The next digit of a number that may be any length in hostile text: past
 * nine digits the value stops growing (no date field is that long, and
 * every caller range-checks it), so int never overflows. */
static int add_digit(int v, int digit)
{
    return v > 99999999 ? v : v * 10 + digit;
}

/* 1 = Monday … 7 = Sunday (ISO 8601); 1970-01-01 was a Thursday. */
static int weekday_of(long day)
{
    long w = (day + 3) % 7;
    return (int)(w < 0 ? w + 7 : w) + 1;
}

/* ISO week: the week belongs to the year of its Thursday. */
static void iso_week(long day, int *year, int *week)
{
    long thursday = day - weekday_of(day) + 4;
    int m, d;
    cal_civil_from_days(thursday, year, &m, &d);
    *week = (int)((thursday - cal_days_from_civil(*year, 1, 1)) / 7) + 1;
}

/* Floor division and its remainder: a shift before year 0 ("5000 years
 * ago" in a hostile text) must still give a month 1-12, which found_when
 * then refuses. */
static int floor_div(int a, int b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }
static int floor_mod(int a, int b) { return a - b * floor_div(a, b); }

static long add_months(long day, int months)
{
    int y, m, d;
    cal_civil_from_days(day, &y, &m, &d);
    int index = y * 12 + (m - 1) + months;
    y = floor_div(index, 12);
    m = floor_mod(index, 12) + 1;
    if (d > cal_days_in_month(y, m))
        d = cal_days_in_month(y, m);
    return cal_days_from_civil(y, m, d);
}

/* ------------------------------------------------------------- points */

/* What a date expression denotes, at its own granularity. */
typedef enum {
    G_NONE, G_CENTURY, G_DECADE, G_YEAR, G_HALF, G_SEASON, G_QUARTER,
    G_MONTH, G_WEEK, G_WEEKEND, G_DAY
} granularity;

typedef struct {
    granularity g;
    int y;     /* year; first year of a decade or century */
    int n;     /* half 1-2, season 0-3, quarter 1-4, month 1-12 */
    long day;  /* G_WEEK, G_WEEKEND, G_DAY: any day of it */
} when;

static when when_day(long day) { when w = {G_DAY, 0, 0, day}; return w; }
static when when_of(granularity g, int y, int n) { when w = {g, y, n, 0}; return w; }

enum unit {
    U_SECOND, U_MINUTE, U_HOUR, U_DAY, U_WEEK, U_WEEKEND, U_FORTNIGHT, U_MONTH, U_QUARTER,
    U_YEAR, U_DECADE, U_CENTURY, N_UNITS
};

/* Moves `w` by k units, keeping its granularity ("a year earlier" than a
 * quarter is the same quarter of the year before). */
static when when_shift(when w, int unit, int k)
{
    if (k > 100000 || k < -100000)   /* far outside any year found_when writes; no int overflow */
        k = k > 0 ? 100000 : -100000;
    int months = unit == U_MONTH ? k : unit == U_QUARTER ? 3 * k : unit == U_YEAR ? 12 * k
               : unit == U_DECADE ? 120 * k : unit == U_CENTURY ? 1200 * k : 0;
    int days = unit == U_DAY ? k : unit == U_WEEK || unit == U_WEEKEND ? 7 * k : unit == U_FORTNIGHT ? 14 * k : 0;
    switch (w.g) {
    case G_DAY: case G_WEEK: case G_WEEKEND:
        w.day = add_months(w.day + days, months);
        break;
    case G_MONTH: {
        if (days) {
            w = when_day(cal_days_from_civil(w.y, w.n, 1) + days);
            break;
        }
        int index = w.y * 12 + w.n - 1 + months;
        w.y = floor_div(index, 12);
        w.n = floor_mod(index, 12) + 1;
        break;
    }
    case G_QUARTER: {
        int index = w.y * 4 + w.n - 1 + months / 3;
        w.y = floor_div(index, 4);
        w.n = floor_mod(index, 4) + 1;
        break;
    }
    case G_HALF: {
        int index = w.y * 2 + w.n - 1 + months / 6;
        w.y = floor_div(index, 2);
        w.n = floor_mod(index, 2) + 1;
        break;
    }
    default:
        w.y += months / 12;
        break;
    }
    return w;
}

static void when_format(when w, char out[32])
{
    static const char *const season[4] = {"SP", "SU", "FA", "WI"};
    int y, m, d, wk;
    switch (w.g) {
    case G_CENTURY: snprintf(out, 32, "%02d", w.y / 100); break;
    case G_DECADE:  snprintf(out, 32, "%03d", w.y / 10); break;
    case G_YEAR:    snprintf(out, 32, "%04d", w.y); break;
    case G_HALF:    snprintf(out, 32, "%04d-H%d", w.y, w.n); break;
    case G_SEASON:  snprintf(out, 32, "%04d-%s", w.y, season[w.n & 3]); break;
    case G_QUARTER: snprintf(out, 32, "%04d-Q%d", w.y, w.n); break;
    case G_MONTH:   snprintf(out, 32, "%04d-%02d", w.y, w.n); break;
    case G_WEEK:
        iso_week(w.day, &y, &wk);
        snprintf(out, 32, "%04d-W%02d", y, wk);
        break;
    case G_WEEKEND:
        iso_week(w.day, &y, &wk);
        snprintf(out, 32, "%04d-W%02d-WE", y, wk);
        break;
    case G_DAY:
        cal_civil_from_days(w.day, &y, &m, &d);
        snprintf(out, 32, "%04d-%02d-%02d", y, m, d);
        break;
    default: snprintf(out, 32, "XXXX"); break;
    }
}

/* ------------------------------------------------------------- tokens */

enum { T_END, T_WORD, T_NUM, T_PUNCT };

typedef struct { size_t b, e; int kind; } token;

/* The tokens of a sentence-sized text, read once, and for every byte
 * offset the index of the first token ending after it, so that a matcher
 * finds the token at an offset in constant time. */
enum { MAX_TABLE_BYTES = 2048, MAX_TABLE_TOKENS = 512 };
struct token_table {
    struct { uint16_t b, e; uint8_t kind; } toks[MAX_TABLE_TOKENS];
    size_t n;
    uint16_t first_after[MAX_TABLE_BYTES + 1];
};

typedef struct {
    const char *text;
    size_t len;
    long story;   /* the story date, in days */
    when anchor;  /* the last date the text mentioned (G_NONE before any) */
    size_t anchor_end;  /* where the expression that set it ends */
    when report;  /* the first of the last four quarters it named: the one it reports on */
    int by_year;  /* the last period named is a year ("in the first nine months", "last year") */
    const struct token_table *table;  /* NULL for a text too long to index */
    int setting;  /* the anchor opened its sentence years back: a history's time ("In May 1940 ...") */
} ctx;

typedef struct { const ctx *c; size_t pos; } cursor;

static int is_alpha(int ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }
static int is_digit(int ch) { return ch >= '0' && ch <= '9'; }
static int is_alnum(int ch) { return is_alpha(ch) || is_digit(ch); }
static int lower(int ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }
static int is_space(int ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

static int byte_at(const ctx *c, size_t i) { return i < c->len ? (unsigned char)c->text[i] : 0; }

/* A hyphen between two letters or digits joins words ("third-quarter",
 * "two-year", "mid-1990s"); treating it as a space lets one rule cover both
 * spellings. */
static size_t skip_space(const ctx *c, size_t pos)
{
    while (pos < c->len) {
        int ch = byte_at(c, pos);
        if (is_space(ch) || (ch == '-' && pos > 0 && is_alnum(byte_at(c, pos - 1))
                             && is_alnum(byte_at(c, pos + 1))))
            pos++;
        else
            break;
    }
    return pos;
}

static token scan_token(const ctx *c, size_t pos)
{
    token t;
    t.b = t.e = skip_space(c, pos);
    t.kind = T_END;
    if (t.b >= c->len)
        return t;
    int ch = byte_at(c, t.b);
    if (is_alpha(ch)) {
        while (is_alpha(byte_at(c, t.e))) t.e++;
        t.kind = T_WORD;
    } else if (is_digit(ch) || (ch == '\'' && is_digit(byte_at(c, t.b + 1)))) {
        t.e++;
        while (is_digit(byte_at(c, t.e))) t.e++;
        while (is_alpha(byte_at(c, t.e))) t.e++;   /* "1990s", "20th" */
        t.kind = T_NUM;
    } else {
        t.e++;
        if (ch >= 0xC0)   /* a whole UTF-8 sequence is one punctuation token */
            while ((byte_at(c, t.e) & 0xC0) == 0x80) t.e++;
        t.kind = T_PUNCT;
    }
    return t;
}

/* The first token at or after `pos`: looked up in the token table, scanned
 * when there is no table or `pos` falls inside a token. */
static token token_at(const ctx *c, size_t pos)
{
    const struct token_table *tt = c->table;
    if (!tt || pos > c->len)
        return scan_token(c, pos);
    size_t i = tt->first_after[pos];
    if (i == tt->n) {
        token end = {c->len, c->len, T_END};
        return end;
    }
    token t = {tt->toks[i].b, tt->toks[i].e, tt->toks[i].kind};
    return t.b >= pos ? t : scan_token(c, pos);
}

/* Fills the table for a text of at most MAX_TABLE_BYTES.  Returns 0 when
 * the text is longer or has more than MAX_TABLE_TOKENS tokens: tokens are
 * then scanned on demand. */
static int index_tokens(const ctx *c, struct token_table *tt)
{
    if (c->len > MAX_TABLE_BYTES)
        return 0;
    size_t pos = 0;
    tt->n = 0;
    for (token t = scan_token(c, 0); t.kind != T_END; t = scan_token(c, t.e)) {
        if (tt->n == MAX_TABLE_TOKENS)
            return 0;
        tt->toks[tt->n].b = (uint16_t)t.b;
        tt->toks[tt->n].e = (uint16_t)t.e;
        tt->toks[tt->n].kind = (uint8_t)t.kind;
        while (pos < t.e)
            tt->first_after[pos++] = (uint16_t)tt->n;
        tt->n++;
    }
    while (pos <= c->len)
        tt->first_after[pos++] = (uint16_t)tt->n;
    return 1;
}

static token peek(const cursor *k) { return token_at(k->c, k->pos); }

/* Whether the token is the lower-case `word`.  A shorter word fails at its
 * NUL, so the word's length is never needed. */
static int token_is(const ctx *c, token t, const char *word)
{
    if (t.kind != T_WORD)
        return 0;
    const char *s = c->text + t.b;
    size_t n = t.e - t.b;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)s[i]) != word[i])
            return 0;
    return word[n] == '\0';
}

static int is_capitalised(const ctx *c, token t) { return t.kind == T_WORD && byte_at(c, t.b) <= 'Z'; }

/* Whether the text at `at` (where a token begins) starts with one of the
 * letters in `firsts`, in either case: a test that lets a matcher give up
 * before reading a token. */
static int starts_with_any(const ctx *c, size_t at, const char *firsts)
{
    int ch = lower(byte_at(c, at));
    return ch && strchr(firsts, ch) != NULL;
}

/* Whether the text at `at` starts with the first letter of a word of the
 * list: a matcher whose expressions open with one of those words gives up
 * at once on any other token. */
static int starts_like_any(const ctx *c, size_t at, const char *const *list)
{
    int ch = lower(byte_at(c, at));
    for (int i = 0; ch && list[i]; i++)
        if (list[i][0] == ch)
            return 1;
    return 0;
}

/* Index of the token's word in a NULL-terminated list, or -1. */
static int token_in(const ctx *c, token t, const char *const *list)
{
    if (t.kind != T_WORD)
        return -1;
    int first = lower(byte_at(c, t.b));   /* most words differ at once */
    for (int i = 0; list[i]; i++)
        if (list[i][0] == first && token_is(c, t, list[i]))
            return i;
    return -1;
}

static int take(cursor *k, const char *word)
{
    token t = peek(k);
    if (!token_is(k->c, t, word))
        return 0;
    k->pos = t.e;
    return 1;
}

static int take_in(cursor *k, const char *const *list)
{
    token t = peek(k);
    int i = token_in(k->c, t, list);
    if (i >= 0)
        k->pos = t.e;
    return i;
}

static int take_punct(cursor *k, int ch)
{
    token t = peek(k);
    if (t.kind != T_PUNCT || byte_at(k->c, t.b) != ch)
        return 0;
    k->pos = t.e;
    return 1;
}

/* "'s" or "’s" */
static int take_possessive(cursor *k)
{
    cursor save = *k;
    token t = peek(k);
    if (t.kind == T_PUNCT && (byte_at(k->c, t.b) == '\'' || t.e - t.b == 3)) {
        k->pos = t.e;
        if (take(k, "s"))
            return 1;
    }
    *k = save;
    return 0;
}

/* A plain number: digits only, no suffix, not part of "1,000" or "2.5". */
/* How many groups of a comma and three digits follow the one to three
 * digits of `t` ("1,000", "10,000,000"); 0 for none or another shape
 * ("1,2", "1,0000"). */
static size_t thousands_groups(const ctx *c, token t)
{
    size_t groups = 0, end = t.e;
    if (t.e - t.b > 3)
        return 0;
    while (byte_at(c, end) == ',' && is_digit(byte_at(c, end + 1)) && is_digit(byte_at(c, end + 2))
           && is_digit(byte_at(c, end + 3)) && !is_alnum(byte_at(c, end + 4)) && groups < 2)
        groups++, end += 4;
    return groups;
}

static int take_digits(cursor *k, int *value, size_t *ndigits)
{
    token t = peek(k);
    if (t.kind != T_NUM || !is_digit(byte_at(k->c, t.b)) || t.e - t.b > 9)
        return 0;
    for (size_t i = t.b; i < t.e; i++)
        if (!is_digit(byte_at(k->c, i)))
            return 0;
    int before = t.b >= 2 ? byte_at(k->c, t.b - 1) : 0;
    if ((before == ',' || before == '.') && is_digit(byte_at(k->c, t.b - 2)))
        return 0;   /* the tail of "1,000" or "2.5", no number of its own */
    int v = 0;
    for (size_t i = t.b; i < t.e; i++)
        v = add_digit(v, byte_at(k->c, i) - '0');
    size_t end = t.e, groups = thousands_groups(k->c, t);
    for (size_t g = 0; g < groups; g++, end += 4)
        for (size_t i = end + 1; i < end + 4; i++)
            v = add_digit(v, byte_at(k->c, i) - '0');
    int after = byte_at(k->c, end);
    if ((after == ',' || after == '.' || after == '/') && is_digit(byte_at(k->c, end + 1)))
        return 0;
    *value = v;
    if (ndigits)
        *ndigits = t.e - t.b;
    k->pos = end;
    return 1;
}

/* ----------------------------------------------------------- lexicons */

static const char *const month_abbr[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", NULL};
static const char *const weekday_plurals[] = {
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", NULL};
static const char *const small_numbers[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", NULL};
static const char *const tens_numbers[] = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", NULL};
static const char *const decade_words[] = {
    "", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
    "eighties", "nineties", NULL};
static const char *const ordinals[] = {
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", NULL};
/* Words that may follow a time expression that cannot take a noun after it. */
static const char *const adverb_followers[] = {
    "and", "or", "in", "on", "at", "by", "for", "from", "since", "until", "to", "but", NULL};
static const char *const seasons[] = {"spring", "summer", "fall", "winter", "autumn", NULL};
static const char *const day_parts[] = {"morning", "afternoon", "evening", "night", NULL};
static const char *const day_part_codes[] = {"MO", "AF", "EV", "NI"};

typedef struct {
    const char *one, *many;
    const char *code;   /* TIMEX3 duration letter(s) */
    int clock;          /* hours, minutes, seconds take "PT" */
    int scale;          /* a decade is written P10Y, a century P100Y */
} unit_def;

static const unit_def units[N_UNITS] = {
    [U_SECOND]  = {"second", "seconds", "S", 1, 1},
    [U_MINUTE]  = {"minute", "minutes", "M", 1, 1},
    [U_HOUR]    = {"hour", "hours", "H", 1, 1},
    [U_DAY]     = {"day", "days", "D", 0, 1},
    [U_WEEK]    = {"week", "weeks", "W", 0, 1},
    [U_WEEKEND] = {"weekend", "weekends", "WE", 0, 1},
    [U_FORTNIGHT] = {"fortnight", "fortnights", "W", 0, 2},   /* British and wire English: P2W */
    [U_MONTH]   = {"month", "months", "M", 0, 1},
    [U_QUARTER] = {"quarter", "quarters", "Q", 0, 1},
    [U_YEAR]    = {"year", "years", "Y", 0, 1},
    [U_DECADE]  = {"decade", "decades", "Y", 0, 10},
    [U_CENTURY] = {"century", "centuries", "Y", 0, 100},
};

/* A time unit word; *plural tells "years" from "year". */
static int take_unit(cursor *k, int *unit, int *plural)
{
    token t = peek(k);
    if (t.kind != T_WORD)
        return 0;
    int first = lower(byte_at(k->c, t.b));
    for (int u = 0; u < N_UNITS; u++) {
        if (units[u].one[0] != first)
            continue;
        if (token_is(k->c, t, units[u].one) || token_is(k->c, t, units[u].many)) {
            *unit = u;
            if (plural)
                *plural = token_is(k->c, t, units[u].many);
            k->pos = t.e;
            return 1;
        }
    }
    return 0;
}

/* "twenty", "twenty four", "seven" → value. */
static int take_number_word(cursor *k, int *value)
{
    if (!starts_with_any(k->c, token_at(k->c, k->pos).b, "ztofsen"))
        return 0;   /* no number word begins otherwise */
    int tens = take_in(k, tens_numbers);
    if (tens >= 2) {
        cursor save = *k;
        int unit = take_in(k, small_numbers);
        if (unit >= 1 && unit <= 9) {
            *value = tens * 10 + unit;
            return 1;
        }
        *k = save;
        *value = tens * 10;
        return 1;
    }
    int small = take_in(k, small_numbers);
    if (small < 0)
        return 0;
    *value = small;
    return 1;
}

/* A count before a unit: "3", "three", "twenty-four", "a", "an",
 * "a hundred", "a couple of", "a dozen".  Returns 0 when absent. */
static int take_count(cursor *k, int *value)
{
    cursor save = *k;
    token t = peek(k);
    if (t.kind == T_NUM)
        return take_digits(k, value, NULL);
    if (t.kind != T_WORD)
        return 0;
    if (token_is(k->c, t, "a") || token_is(k->c, t, "an")) {
        if (token_is(k->c, token_at(k->c, t.e), "few"))
            return 0;   /* "a few" is vague */
        k->pos = t.e;
        if (take(k, "couple")) {
            take(k, "of");
            *value = 2;
        } else if (take(k, "dozen")) {
            *value = 12;
        } else if (take(k, "hundred")) {
            *value = 100;
        } else if (take(k, "thousand")) {
            *value = 1000;
        } else {
            *value = 1;
        }
        return 1;
    }
    if (token_is(k->c, t, "couple") && token_is(k->c, token_at(k->c, t.e), "of")) {
        k->pos = token_at(k->c, t.e).e;   /* "the past couple of years" */
        *value = 2;
        return 1;
    }
    if (take_number_word(k, value)) {
        if (take(k, "hundred"))
            *value *= 100;
        if (take(k, "thousand"))   /* "two thousand years ago", "five hundred thousand" */
            *value *= 1000;
        return 1;
    }
    *k = save;
    return 0;
}

/* "several", "a few", "few", "many", "some", "a number of". */
static int take_vague_count(cursor *k)
{
    static const char *const vague[] = {"several", "few", "many", "some", "numerous", NULL};
    cursor save = *k;
    take(k, "a");
    if (take_in(k, vague) >= 0)
        return 1;
    *k = save;
    return 0;
}

/* A month name: full ("October", "May") or abbreviated ("Oct.", "Sept.").
 * Month names must be capitalised; the abbreviations that are also words
 * ("Mar", "May") need their period or a following day number. */
static int take_month(cursor *k, int *month)
{
    token t = peek(k);
    if (!is_capitalised(k->c, t))
        return 0;
    int m = token_in(k->c, t, cal_month_names);
    if (m < 0 && token_is(k->c, t, "sept"))
        m = 8;
    if (m < 0)
        m = token_in(k->c, t, month_abbr);
    if (m < 0)
        return 0;
    k->pos = t.e;
    if (token_in(k->c, t, cal_month_names) < 0)   /* an abbreviation */
        take_punct(k, '.');
    *month = m + 1;
    return 1;
}

/* A day of the month: "20", "20th", "1st". */
static int take_day_number(cursor *k, int *day)
{
    cursor save = *k;
    int v;
    if (take_digits(k, &v, NULL) && v >= 1 && v <= 31) {
        *day = v;
        return 1;
    }
    *k = save;
    token t = peek(k);
    if (t.kind != T_NUM || t.e - t.b < 3 || t.e - t.b > 4)
        return 0;
    v = 0;
    size_t i = t.b;
    while (is_digit(byte_at(k->c, i)))
        v = add_digit(v, byte_at(k->c, i++) - '0');
    static const char *const suffix[] = {"st", "nd", "rd", "th", NULL};
    token s = {i, t.e, T_WORD};
    if (i == t.b || i - t.b > 2 || token_in(k->c, s, suffix) < 0 || v < 1 || v > 31)
        return 0;
    *day = v;
    k->pos = t.e;
    return 1;
}

/* A day said as an ordinal, as broadcast transcripts write it after a
 * month: "eighth", "twenty-first", "thirtieth" → 8, 21, 30.  Not before a
 * hyphen ("the January second-round vote"). */
static int take_spoken_day(cursor *k, int *day)
{
    static const char *const teens[] = {"thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", NULL};
    static const char *const tens[] = {"twentieth", "thirtieth", NULL};
    cursor save = *k;
    int v = take_in(k, ordinals), t, d = 0;
    if (v > 0)
        d = v;
    else if ((v = take_in(k, teens)) >= 0)
        d = 13 + v;
    else if ((v = take_in(k, tens)) >= 0)
        d = 20 + 10 * v;
    else if ((t = take_in(k, tens_numbers)) == 2 || t == 3)
        d = (v = take_in(k, ordinals)) > 0 && v < 10 ? 10 * t + v : 0;
    if (d < 1 || d > 31 || byte_at(k->c, k->pos) == '-') {
        *k = save;
        return 0;
    }
    *day = d;
    return 1;
}

/* "20th", "third" → 20, 3. */
/* An ordinal in words past "twelfth": "thirteenth" .. "nineteenth",
 * "twentieth" .. "ninetieth", and "twenty-first" .. "ninety-ninth" (the
 * hyphen between words reads as a space), so that "the twenty-first
 * century" is not "first century" read from its second half. */
static int take_long_ordinal(cursor *k, int *n)
{
    static const char *const teens[] = {"thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", NULL};
    static const char *const tenths[] = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth",
        "sixtieth", "seventieth", "eightieth", "ninetieth", NULL};
    token t = peek(k);
    int last = lower(byte_at(k->c, t.e - 1));
    if (t.kind != T_WORD || t.e - t.b < 5 || (last != 'h' && last != 'y'))
        return 0;   /* "-th" or a tens word ending in "-y": most tokens give up here */
    cursor save = *k;
    int v;
    if ((v = take_in(k, teens)) >= 0) {
        *n = 13 + v;
        return 1;
    }
    if ((v = take_in(k, tenths)) >= 2) {
        *n = 10 * v;
        return 1;
    }
    int tens = take_in(k, tens_numbers);
    int unit = tens >= 2 && byte_at(k->c, k->pos) == '-' ? take_in(k, ordinals) : -1;
    if (unit >= 1 && unit <= 9) {
        *n = 10 * tens + unit;
        return 1;
    }
    *k = save;
    return 0;
}

static int take_ordinal(cursor *k, int *n)
{
    int v = take_in(k, ordinals);
    if (v > 0) {
        *n = v;
        return 1;
    }
    if (take_long_ordinal(k, n))
        return 1;
    return take_day_number(k, n) && (byte_at(k->c, k->pos - 1) > '9');
}

/* A four-digit year 1000-2999 written in digits. */
static int take_year(cursor *k, int *year)
{
    cursor save = *k;
    size_t nd;
    int v;
    if (take_digits(k, &v, &nd) && nd == 4 && v >= 1000 && v < 3000) {
        *year = v;
        return 1;
    }
    *k = save;
    return 0;
}

/* A year said in words: "nineteen ninety-six", "two thousand (and) one". */
static int take_spoken_year(cursor *k, int *year)
{
    cursor save = *k;
    int hundreds = take_in(k, small_numbers), rest;
    if (hundreds >= 10 && take_number_word(k, &rest) && rest >= 10) {
        *year = hundreds * 100 + rest;
        return 1;
    }
    *k = save;
    if (take(k, "two") && take(k, "thousand")) {
        cursor tail = *k;
        take(k, "and");
        if (take_number_word(k, &rest) && rest < 100) {
            *year = 2000 + rest;
            return 1;
        }
        *k = tail;
        *year = 2000;
        return 1;
    }
    *k = save;
    return 0;
}

static int take_day_part(cursor *k, const char **code)
{
    int i = take_in(k, day_parts);
    if (i < 0)
        return 0;
    *code = day_part_codes[i];
    return 1;
}

/* ------------------------------------------------------------ matches */

typedef struct {
    size_t b, e;
    int type;
    char value[32];
    when point;     /* the date it denotes, if any */
    int anaphoric;  /* it refers back ("a year earlier") and must not become the anchor */
} match;

static int found(match *m, size_t b, size_t e, int type, const char *value)
{
    m->b = b;
    m->e = e;
    m->type = type;
    snprintf(m->value, sizeof m->value, "%s", value);
    m->point.g = G_NONE;
    m->anaphoric = 0;
    return 1;
}

/* Whether a formatted value has a year TIMEX3 can write, four digits from
 * 0000 to 9999: not "-001-W52" nor "10000-01-01TMO" ("5000 years ago",
 * "9000 years from now", a count that is no count, a story dated 9999). */
static int year_fits(const char *value)
{
    return value[0] != '-' && !(is_digit(value[0]) && is_digit(value[1]) && is_digit(value[2])
                                && is_digit(value[3]) && is_digit(value[4]));
}

static int found_when(match *m, size_t b, size_t e, when w)
{
    char value[32];
    when_format(w, value);
    if (!year_fits(value))
        return 0;
    m->b = b;
    m->e = e;
    m->type = DYAD_TIMEX_DATE;
    memcpy(m->value, value, sizeof value);
    m->point = w;
    m->anaphoric = 0;
    return 1;
}

static int found_anaphor(match *m, size_t b, size_t e, when w)
{
    if (!found_when(m, b, e, w))
        return 0;
    m->anaphoric = 1;
    return 1;
}

/* A date with a part of day or clock time: "2021-10-15TMO", "…T10:00". */
static int found_time(match *m, size_t b, size_t e, long day, const char *suffix)
{
    char date[32];
    when_format(when_day(day), date);
    m->b = b;
    m->e = e;
    m->type = DYAD_TIMEX_TIME;
    snprintf(m->value, sizeof m->value, "%.10sT%.8s", date, suffix);
    if (!year_fits(m->value))
        return 0;
    m->point = when_day(day);
    m->anaphoric = 0;
    return 1;
}

static int found_duration(match *m, size_t b, size_t e, int unit, int count)
{
    const unit_def *u = &units[unit];
    char num[24];   /* "%lld" of a count up to 10^9 times 100 */
    if (count < 0)
        snprintf(num, sizeof num, "X");
    else
        snprintf(num, sizeof num, "%lld", (long long)count * u->scale);   /* counts reach 10^9 */
    const char *code = u->code;
    if (count < 0 && unit == U_DECADE)
        code = "E";
    else if (count < 0 && unit == U_CENTURY)
        code = "C";
    else if (unit == U_WEEKEND)
        code = "D", snprintf(num, sizeof num, "%lld", count < 0 ? 2 : 2LL * count);
    m->b = b;
    m->e = e;
    m->type = DYAD_TIMEX_DURATION;
    snprintf(m->value, sizeof m->value, "P%s%s%s", u->clock ? "T" : "", num, code);
    m->point.g = G_NONE;
    m->anaphoric = 0;
    return 1;
}

/* Where the word before `at` begins, or `at` when there is none. */
static size_t previous_word_start(const ctx *c, size_t at)
{
    size_t p = at;
    while (p > 0 && is_space(byte_at(c, p - 1)))
        p--;
    size_t q = p;
    while (q > 0 && is_alnum(byte_at(c, q - 1)))
        q--;
    return q < p ? q : at;
}

/* The word (letters and digits) that ends right before `at`, across
 * spaces and a hyphen ("from 1509 to", "mid- October"); empty (b == e)
 * when there is none. */
static token word_ending_before(const ctx *c, size_t at)
{
    size_t p = at;
    while (p > 0 && (is_space(byte_at(c, p - 1)) || byte_at(c, p - 1) == '-'))
        p--;
    size_t q = p;
    while (q > 0 && is_alnum(byte_at(c, q - 1)))
        q--;
    return (token){q, p, T_WORD};
}

/* Whether the word just before `at` is in `list`. */
static int previous_word_in(const ctx *c, size_t at, const char *const *list)
{
    token prev = word_ending_before(c, at);
    return prev.b < prev.e && token_in(c, prev, list) >= 0;
}

/* --------------------------------------------------------------- tense */

/* Where a sentence begins: after ". ", "? ", "! " or a blank line, looking
 * back at most a few hundred bytes. */
static size_t sentence_start(const ctx *c, size_t at)
{
    size_t limit = at > 400 ? at - 400 : 0;
    for (size_t i = at; i > limit; i--) {
        int ch = byte_at(c, i - 1);
        if ((ch == '.' || ch == '?' || ch == '!') && i < at && is_space(byte_at(c, i))
            && !(i >= 3 && is_alpha(byte_at(c, i - 2)) && !is_alpha(byte_at(c, i - 3))))
            return i;
        if (ch == '\n' && i >= 2 && byte_at(c, i - 2) == '\n')
            return i;
    }
    return limit;
}

/* +1 when the nearest tense marker speaks of the future ("will",
 * "would"), -1 when it speaks of the past ("was", "said"), 0 when the
 * sentence has none.  Looks back to the sentence start, then forward to
 * its end.  Only unambiguous markers count: "expected" or "scheduled" are
 * as often past as future. */
/* "would have": what might have been, a past ("Kim would have been 85
 * on April 15"), not a future as "would" alone is.  Read before the date
 * only: after it, it is often another clause's ("on July 1, which would
 * have been her 46th birthday"). */
static int would_have(const ctx *c, token t)
{
    return token_is(c, t, "would") && token_is(c, token_at(c, t.e), "have");
}

static int is_past_form(const ctx *c, token t);

/* Whether `t` is a past verb right after "who" or "which", the verb of a
 * relative clause told in the past: "will play Motherwell, who drew at
 * home to Celtic on Saturday" (not "that", as often a conjunction). */
static int relative_past(const ctx *c, token t)
{
    static const char *const relatives[] = {"who", "which", NULL};
    return t.kind == T_WORD && is_past_form(c, t) && previous_word_in(c, t.b, relatives);
}

/* "Last" after a modal or "to" is the verb ("the truce will last until
 * Friday", "is expected to last 48 hours"), no "last week" of the past. */
static int verb_last(const ctx *c, token t)
{
    static const char *const before_verb[] = {
        "will", "ll", "would", "shall", "should", "could", "can", "may", "might", "must", "to", NULL};
    return token_is(c, t, "last") && previous_word_in(c, t.b, before_verb);
}

/* Curly double quotation marks in UTF-8: E2 80 9C opens, E2 80 9D closes. */
enum { CURLY_OPEN = 0x9C, CURLY_CLOSE = 0x9D };

/* CURLY_OPEN or CURLY_CLOSE for a curly double quotation mark at byte i,
 * else 0. */
static int curly_quote_at(const ctx *c, size_t i)
{
    int last = byte_at(c, i + 2);
    return byte_at(c, i) == 0xE2 && byte_at(c, i + 1) == 0x80 && (last == CURLY_OPEN || last == CURLY_CLOSE)
           ? last : 0;
}

/* A straight or curly double quotation mark. */
static int is_quote_mark(const ctx *c, token t)
{
    return byte_at(c, t.b) == '"' || curly_quote_at(c, t.b);
}

enum { TENSE_AHEAD = 3 };   /* tokens looked at after the expression */
static int tense_near(const ctx *c, size_t b, size_t e)
{
    static const char *const future[] = {
        "will", "ll", "shall", "would", "tomorrow", "next", NULL};
    static const char *const past[] = {
        "was", "were", "had", "did", "said", "ago", "last", "yesterday", NULL};
    int seen = 0, before_quote = 0, quoted = 0;
    for (token t = token_at(c, sentence_start(c, b)); t.kind != T_END && t.b < b; t = token_at(c, t.e)) {
        if (t.kind == T_PUNCT && is_quote_mark(c, t)) {
            /* a closed quotation is another speaker's tense: '"We will
             * win," he told reporters on Monday' tells of the past Monday */
            if (!quoted)
                before_quote = seen;
            else
                seen = before_quote;
            quoted = !quoted;
        } else if (would_have(c, t))
            seen = -1;
        else if (token_in(c, t, future) >= 0)
            seen = 1;
        else if ((token_in(c, t, past) >= 0 && !verb_last(c, t)) || relative_past(c, t))
            seen = -1;
    }
    if (seen)
        return seen;
    /* (a conjunction right before a modal opens another verb phrase of
     * the subject: "met Erdogan on Monday and will sign on Friday" tells
     * of the past Monday; not "on Friday and Saturday will bring") */
    static const char *const conjunctions[] = {"and", "but", "or", NULL};
    int ahead = 0;
    size_t from = e;
    if (byte_at(c, e) == '\'' && lower(byte_at(c, e + 1)) == 's' && !is_alnum(byte_at(c, e + 2)))
        from = e + 2;   /* "Saturday's celebrations will be": the possessive is no word of its own */
    for (token t = token_at(c, from); t.kind != T_END && ahead++ < TENSE_AHEAD; t = token_at(c, t.e)) {
        if ((t.kind == T_PUNCT && byte_at(c, t.b) == '.' && is_space(byte_at(c, t.e)))
            || (token_in(c, t, conjunctions) >= 0 && token_in(c, token_at(c, t.e), future) >= 0))
            break;
        if (token_in(c, t, future) >= 0)
            return 1;
        if (token_in(c, t, past) >= 0)
            return -1;
    }
    return 0;
}

/* Whether the expression at `b` opens its sentence, but for a preposition
 * or two ("In May 1940 Germany invaded France", "Early in 1942"): a
 * history sets the time of what follows so, where news names an old year
 * in passing ("the 1987 crash", "fell from 1998 levels"). */
static int opens_sentence(const ctx *c, size_t b)
{
    static const char *const leads[] = {
        "in", "on", "by", "during", "until", "through", "throughout", "after", "early", "late", NULL};
    size_t start = sentence_start(c, b);
    while (is_space(byte_at(c, start)) || byte_at(c, start) == '"')
        start++;
    for (int words = 0; words < 2 && b > start && previous_word_in(c, b, leads); words++)
        b = previous_word_start(c, b);
    return b == start;
}

/* The year of the history's setting (c->setting) for a month or "the
 * year" at `b`..`e` that no future marker ties to the report, else 0:
 * "In May 1940 ... By June" is 1940's June, a month before the setting's
 * the next year's ("In May 1940 ... In March" is 1941's). */
static int setting_year(const ctx *c, size_t b, size_t e, int month)
{
    if (!c->setting || tense_near(c, b, e) > 0)
        return 0;
    int y = c->anchor.y, mo = 0, d;
    if (c->anchor.g == G_DAY)
        cal_civil_from_days(c->anchor.day, &y, &mo, &d);
    else if (c->anchor.g == G_MONTH)
        mo = c->anchor.n;
    return month && month < mo ? y + 1 : y;
}

/* Whether an infinitive governs the expression at `b`: "is scheduled to
 * close Monday", "is to resume trading in Paris Tuesday".  What is still to
 * be done lies ahead of the report, unless the sentence is in the past
 * perfect ("had been scheduled to expire Friday"), which tense_near sees. */
/* Participles that look ahead: "elections scheduled for March", "talks
 * postponed to May", "the report is due Tuesday". */
static const char *const ahead[] = {"scheduled", "rescheduled", "expected", "planned", "slated",
    "proposed", "postponed", "delayed", "deferred", "timed", "targeted", "aimed", "set", "due",
    "needed", "intended", "designed", "earmarked", NULL};

static const char *const aspect_past[] = {"started", "began", "begun", "continued", "tried", "managed",
    "failed", "refused", "attempted", "ceased", "rushed", "happened", NULL};

static int is_past_form(const ctx *c, token t);

/* Whether "be" at `be` opens a passive infinitive: "to be (formally)
 * signed", an act still to be done; not "to be illegal", a state. */
static int passive_be(const ctx *c, token be)
{
    if (!token_is(c, be, "be"))
        return 0;
    token t = token_at(c, be.e);
    if (t.kind == T_WORD && t.e - t.b > 4 && byte_at(c, t.e - 2) == 'l' && byte_at(c, t.e - 1) == 'y')
        t = token_at(c, t.e);   /* an adverb: "formally" */
    return is_past_form(c, t);
}

/* Whether `t`, before "to be" and a participle, reports rather than
 * plans: "was found to be injured on Tuesday", "is said to be held"
 * (a past form that does not look ahead, as "expected" or "set" do). */
static int reported_passive(const ctx *c, token t)
{
    static const char *const reports[] = {"said", "found", "thought", "known", "seen", "shown", NULL};
    return token_in(c, t, reports) >= 0 || (is_past_form(c, t) && token_in(c, t, ahead) < 0);
}

/* Whether one of the n words before `at` is in `list`. */
static int word_within_before(const ctx *c, size_t at, const char *const *list, int n)
{
    for (size_t p = at; n-- > 0;) {
        size_t q = previous_word_start(c, p);
        if (q == p)
            return 0;
        if (token_in(c, token_at(c, q), list) >= 0)
            return 1;
        p = q;
    }
    return 0;
}

/* Whether a past verb of going or meeting stands up to four words before
 * the "to" at `to`, which then opens what the going was for: "went to
 * Paris to sign the treaty on Thursday", "leaders met to discuss the
 * crisis Monday" tell when the signing and the talks were, as "agreed to
 * sign" or "is to sign" do not. */
static int purpose_of_past_going(const ctx *c, size_t to)
{
    static const char *const went[] = {"went", "came", "flew", "travelled", "traveled", "arrived",
        "returned", "headed", "met", "gathered", "convened", "assembled", "marched", NULL};
    return word_within_before(c, to, went, 4);
}

static int infinitive_before(const ctx *c, size_t b)
{
    static const char *const not_verbs[] = {"the", "a", "an", "its", "their", "his", "her", "be", NULL};
    static const char *const present_be[] = {"is", "are", NULL};
    int since = -1, reach = 4;   /* tokens since the last "to" + verb, and how far it reaches */
    token prev = {0, 0, T_END}, prev2 = prev;
    for (token t = token_at(c, sentence_start(c, b)); t.kind != T_END && t.b < b;
         prev2 = prev, prev = t, t = token_at(c, t.e)) {
        if (since >= 0)
            since++;
        token next = token_at(c, t.e);
        if (token_is(c, t, "to") && next.kind == T_WORD && !is_capitalised(c, next)
            && (token_in(c, next, not_verbs) < 0
                || (passive_be(c, next) && !reported_passive(c, prev)))) {
            /* (a past verb of aspect makes the infinitive past too: "started
             * to recruit volunteers on Thursday") */
            since = token_in(c, prev, aspect_past) >= 0 || purpose_of_past_going(c, t.b) ? -1 : 0;
            /* "is to" + verb is a plan, whose object may be long ("is to
             * pay a short visit to Taiwan Wednesday"), and so is "is
             * expected to" ("is expected to sign an agreement with the
             * United States on its entry into the WTO on Sunday") */
            reach = token_in(c, prev, present_be) >= 0 || (token_in(c, prev, ahead) >= 0 && token_in(c, prev2, present_be) >= 0)
                    ? 16 : passive_be(c, next) ? 7 : 4;   /* "to be published in the paper Friday" */
        }
    }
    return since >= 0 && since <= reach && tense_near(c, b, b) >= 0;
}

/* Words after which a date can only lie behind the story: "since March",
 * "the year ended Jan. 31". */
static const char *const past_only[] = {"since", "ended", NULL};

/* Whether the expression at `b` is in a clause opened by one of `words`
 * (up to the next comma): "Since KKR bought RJR in February, ..." tells of
 * something behind the story; "If the government fell on Dec. 8" of a
 * condition, whose past tense says nothing of when. */
static int clause_with(const ctx *c, size_t b, const char *const *words)
{
    int in = 0;
    for (token t = token_at(c, sentence_start(c, b)); t.kind != T_END && t.b < b; t = token_at(c, t.e)) {
        if (t.kind == T_PUNCT && (byte_at(c, t.b) == ',' || byte_at(c, t.b) == ';'))
            in = 0;
        else if (token_in(c, t, words) >= 0)
            in = 1;
    }
    return in;
}

static const char *const since_word[] = {"since", NULL};

/* Whether the date at `b` is a deadline still to be met: "by", "until",
 * "before" right before it in a clause that obliges ("the rebels must
 * disarm by March", "should be repaid before Friday", "the deadline for
 * bids is by June") or after "has until" ("has until March to disarm"),
 * whatever the tense of the rest; not "must have" or "should have". */
static int deadline_before(const ctx *c, size_t b)
{
    static const char *const limits[] = {"by", "until", "till", "before", NULL};
    static const char *const obliging[] = {"must", "should", "deadline", "ultimatum", NULL};
    static const char *const given[] = {"has", "have", "given", NULL};
    if (!previous_word_in(c, b, limits))
        return 0;
    size_t limit = previous_word_start(c, b);
    if (token_is(c, token_at(c, limit), "until") && previous_word_in(c, limit, given))
        return 1;
    int obliged = 0;
    for (token t = token_at(c, sentence_start(c, b)); t.kind != T_END && t.b < limit; t = token_at(c, t.e)) {
        if (t.kind == T_PUNCT && (byte_at(c, t.b) == ',' || byte_at(c, t.b) == ';'))
            obliged = 0;
        else if (token_in(c, t, obliging) >= 0)
            obliged = !token_is(c, token_at(c, t.e), "have");
    }
    return obliged;
}

static const char *const conditionals[] = {"if", "unless", NULL};

/* Verbs of a schedule whose present tense in news tells what is still to
 * come: "Biden travels to Paris on Monday", "the talks resume Tuesday",
 * "voters go to the polls Sunday" (a past event would be "travelled",
 * "resumed", "went").  Not "visit" nor "report", more often nouns ("paid
 * an official visit to China Nov. 3", "reports Tuesday said"). */
static const char *const schedule_verbs[] = {
    "travel", "travels", "meet", "meets", "resume", "resumes", "begin", "begins", "start", "starts",
    "end", "ends", "conclude", "concludes",
    "open", "opens", "reopen", "reopens", "arrive", "arrives", "leave", "leaves", "go", "goes",
    "fly", "flies", "head", "heads", "convene", "convenes", "reconvene", "reconvenes", "expire",
    "expires", "testify", "testifies", "hold", "holds", "host", "hosts", "kick", "kicks", "wrap",
    "wraps", "face", "faces", "attend", "attends", "gather", "gathers",
    "return", "returns", "sit", "sits", "unveil", "unveils", "take", "takes", "include", "includes",
    "run", "runs", "play", "plays",   /* "the exhibition runs until Sunday", "the team plays on Saturday" */
    "expect", "expects", NULL};   /* "forecasters expect rain on Thursday": what is expected is to come */

/* The same verbs in the progressive, which news uses for a plan ("a UN
 * envoy is traveling to Somalia on Tuesday", "the leaders are meeting
 * Friday"); after "is", "are" only, as "was meeting" tells of the past. */
static const char *const schedule_progressives[] = {
    "traveling", "travelling", "meeting", "resuming", "beginning", "starting", "opening",
    "reopening", "arriving", "leaving", "going", "flying", "heading", "convening", "reconvening",
    "testifying", "hosting", "attending", "gathering", "returning", "visiting", "coming",
    /* and a plan pressed for or braced for: "the senator is pushing for a
     * vote on Thursday", "unions are calling a strike Monday" */
    "holding", "staging", "pushing", "pressing", "calling", "lobbying", "campaigning", "bracing",
    "gearing", "preparing", "planning", NULL};

/* Whether a schedule governs the expression at `b`, a few words before it
 * in its clause: a present-tense verb of the list above ("the talks resume
 * Tuesday"), a look-ahead participle after "is"/"are" ("the report is due
 * Tuesday", "the vote is scheduled for Monday") or one of the verbs in
 * the progressive ("is traveling to Somalia on Tuesday").  A determiner or a
 * preposition before the verb makes it a noun ("his return Monday", "fired
 * shots in return on Tuesday"); a past verb after it moves
 * the clause back ("meet again after talks collapsed Tuesday"), and so does
 * the past perfect ("had been due to arrive Tuesday"). */
enum { SCHEDULE_WINDOW = 80 };   /* bytes */
static int schedule_before(const ctx *c, size_t b)
{
    static const char *const present_be[] = {"is", "are", "s", NULL};
    static const char *const progressive_be[] = {"is", "are", NULL};
    static const char *const determiners[] = {"the", "a", "an", "his", "her", "its", "their", "our",
        "my", "your", "this", "that", "these", "those", "in", "on", "at", "upon", "of", NULL};
    /* (pressing for a plan reaches further, over the plan's own object:
     * "is pushing for a UN Security Council vote imposing sanctions on
     * Iran on Thursday") */
    static const char *const pressing[] = {"pushing", "pressing", "lobbying", "campaigning", NULL};
    int words = 0, at_verb = 0, perfect = 0, reach = 6;
    token prev = {0, 0, T_END};
    /* six words and the past perfect lie within a short window: no need to
     * read the sentence from its start */
    size_t from = sentence_start(c, b);
    if (b > from + SCHEDULE_WINDOW)
        from = previous_word_start(c, b - SCHEDULE_WINDOW);
    for (token t = token_at(c, from); t.kind != T_END && t.b < b; prev = t, t = token_at(c, t.e)) {
        /* (a full stop after a single letter is an abbreviation's: "8 p.m.", "U.S.") */
        if (byte_at(c, t.b) == '.' && prev.kind == T_WORD && prev.e - prev.b == 1)
            continue;
        if (t.kind == T_PUNCT && byte_at(c, t.b) != '\'') {
            /* (the colon of "15:30" joins one word: no clause break, no word of its own) */
            if (!(t.b > 0 && is_digit(byte_at(c, t.b - 1)) && is_digit(byte_at(c, t.e))))
                words = 0, at_verb = 0, perfect = 0;   /* a new clause or an aside, not "9.30" */
            continue;
        }
        words++;
        size_t len = t.e - t.b;
        if (token_is(c, t, "had"))
            perfect = 1;
        if (perfect)
            at_verb = 0;
        else if (token_in(c, t, schedule_verbs) >= 0 && !is_capitalised(c, t) && token_in(c, prev, determiners) < 0)
            at_verb = words;
        else if (token_in(c, t, ahead) >= 0 && token_in(c, prev, present_be) >= 0)
            at_verb = words;
        else if (token_in(c, t, schedule_progressives) >= 0 && token_in(c, prev, progressive_be) >= 0) {
            at_verb = words;   /* not after "'s", which may be a possessive ("the day's meeting") */
            reach = token_in(c, t, pressing) >= 0 && token_is(c, token_at(c, t.e), "for") ? 12 : 6;
        }
        else if (len > 3 && byte_at(c, t.e - 2) == 'e' && byte_at(c, t.e - 1) == 'd')
            at_verb = 0;
    }
    return at_verb && words - at_verb < reach;
}

/* Past forms of verbs that do not end in "-ed". */
static const char *const irregular[] = {"took", "came", "met", "made", "won", "lost", "held", "began",
    "fell", "rose", "left", "sent", "gave", "went", "saw", "led", "fought", "broke",
    "struck", "shot", "built", "bought", "sold", "paid", "spent", "brought", "caught", "stood",
    "wrote", "became", "ran", "hit", "quit", "flew", "drew", "threw", "froze", "seized", "begun",
    "told", "found", "got", "kept", "heard", "felt", "knew", "thought", "sought", "spoke", "fled",
    "chose", "drove", "swore", "forgot", "stole", "died", "tied", "hid", "dug", "sank", "shook", "woke",
    "tore", "wept", "slept", "swept", "dealt", "meant", "bled", "sped", "hung", "swung", "rode", "arose",
    "withdrew", "overthrew", "undertook", "forbade", NULL};

/* A past tense or participle in lower case: "arrived", "begun". */
static int is_past_form(const ctx *c, token t)
{
    size_t len = t.e - t.b;
    if (t.kind != T_WORD || is_capitalised(c, t))
        return 0;
    return (len > 4 && byte_at(c, t.e - 2) == 'e' && byte_at(c, t.e - 1) == 'd') || token_in(c, t, irregular) >= 0;
}

/* Whether a plan told in the past governs the weekday at `b`: "the
 * council was expected to hold rates on Thursday", "results were due
 * Saturday", "he was to be flown home on Wednesday".  Reported from a
 * day or two before, such a plan still lies ahead of the story (a week
 * back it would be news of what happened); not in the past perfect ("had
 * been scheduled to expire Friday"), nor "was set in motion". */
enum { PLAN_WORDS = 10 };   /* words from the participle to the weekday */
static int past_plan_before(const ctx *c, size_t b)
{
    static const char *const past_be[] = {"was", "were", NULL};
    static const char *const plans[] = {"expected", "scheduled", "rescheduled", "slated", "due",
        "set", "planned", "to", NULL};
    static const char *const new_clause[] = {"but", "after", "when", "before", "had", "because", NULL};
    static const char *const passive_be[] = {"be", "been", "being", NULL};
    size_t from = sentence_start(c, b);
    if (b > from + 2 * SCHEDULE_WINDOW)
        from = previous_word_start(c, b - 2 * SCHEDULE_WINDOW);
    int words = 0, at = 0;
    token prev = {0, 0, T_END};
    for (token t = token_at(c, from); t.kind != T_END && t.b < b; prev = t, t = token_at(c, t.e)) {
        if ((t.kind == T_PUNCT && byte_at(c, t.b) != '\'') || token_in(c, t, new_clause) >= 0) {
            words = 0, at = 0;
            continue;
        }
        words++;
        token next = token_at(c, t.e);
        if (token_in(c, t, plans) >= 0 && token_in(c, prev, past_be) >= 0) {
            /* not "was set in motion", nor the plan that failed, "was to have begun" */
            if (token_is(c, t, "set") ? token_is(c, next, "to") || token_is(c, next, "for")
                                      : !token_is(c, next, "have"))
                at = words;
        } else if (is_past_form(c, t) && token_in(c, prev, passive_be) < 0) {
            at = 0;   /* "were to complete work begun in the prior walk Thursday" */
        }
    }
    return at && words - at < PLAN_WORDS;
}

/* Whether an intention or an agreement to act governs the weekday at
 * `b`, further back than infinitive_before looks: "the two leaders agreed
 * to meet in Geneva with their aides on Friday", "Iran has promised to
 * hand over its reply to the agency on Monday".  What was agreed to be
 * done lies ahead, whatever the tense of the agreeing; not in the past
 * perfect ("had agreed to meet on Friday", told of a plan now past), nor
 * past a comma or a new clause. */
static int intention_before(const ctx *c, size_t b)
{
    static const char *const intend[] = {"agreed", "agree", "agrees", "decided", "decides", "promised",
        "promises", "pledged", "pledges", "vowed", "vows", "plans", "planned", "intends", "intend",
        "arranged", "hopes", "hope", "threatened", "threatens", "threaten", NULL};
    static const char *const new_clause[] = {"but", "after", "when", "before", "because", "which", "who",
        "that", NULL};
    size_t from = sentence_start(c, b);
    if (b > from + 2 * SCHEDULE_WINDOW)
        from = previous_word_start(c, b - 2 * SCHEDULE_WINDOW);
    int words = 0, at = 0, perfect = 0;
    token prev = {0, 0, T_END};
    for (token t = token_at(c, from); t.kind != T_END && t.b < b; prev = t, t = token_at(c, t.e)) {
        if ((t.kind == T_PUNCT && byte_at(c, t.b) != '\'') || token_in(c, t, new_clause) >= 0) {
            words = 0, at = 0, perfect = 0;
            continue;
        }
        words++;
        if (token_is(c, t, "had"))
            perfect = 1;
        else if (token_is(c, t, "to") && token_in(c, prev, intend) >= 0 && !perfect)
            at = words;
    }
    return at && words - at < PLAN_WORDS;
}

/* Whether a prospect governs the weekday or weekend at `b`: "raised the
 * possibility of a meeting on Monday", "plans for talks on Friday", "an
 * invitation to a summit on Sunday", "gearing up for the summit over the
 * weekend", "a possible meeting over the weekend".  What is in prospect lies ahead,
 * whatever the tense of the clause; the weekday must follow the noun
 * closely, in the same clause. */
enum { PROSPECT_WORDS = 6 };   /* words from "of", "for" or "to" to the weekday */
static int prospect_before(const ctx *c, size_t b)
{
    static const char *const articles[] = {"a", "an", "the", NULL};
    static const char *const prospects[] = {"possibility", "possibilities", "prospect", "prospects",
        "plan", "plans", "proposal", "proposals", "invitation", "chance", "chances", "hopes",
        "preparations", "preparing", "prepared", "prepare", "prepares", NULL};
    static const char *const readying[] = {"gearing", "geared", "warming", "warmed", "run", NULL};   /* + "up" */
    static const char *const links[] = {"of", "for", "to", NULL};
    static const char *const likely[] = {"possible", "likely", "expected", NULL};   /* "a possible meeting" */
    size_t from = sentence_start(c, b);
    if (b > from + SCHEDULE_WINDOW)
        from = previous_word_start(c, b - SCHEDULE_WINDOW);
    int words = 0, at = 0;
    token prev = {0, 0, T_END}, prev2 = prev;
    for (token t = token_at(c, from); t.kind != T_END && t.b < b; prev2 = prev, prev = t, t = token_at(c, t.e)) {
        if (t.kind == T_PUNCT && byte_at(c, t.b) != '\'') {
            words = 0, at = 0;
            continue;
        }
        words++;
        int readied = token_is(c, prev, "up") && token_in(c, prev2, readying) >= 0;   /* not "up for grabs" */
        if ((token_in(c, t, links) >= 0 && (token_in(c, prev, prospects) >= 0 || readied))
            || (token_in(c, t, likely) >= 0 && token_in(c, prev, articles) >= 0))
            at = words;
        else if (at && is_past_form(c, t))
            at = 0;   /* "plans for talks that collapsed on Monday" */
    }
    return at && words - at < PROSPECT_WORDS;
}

/* Whether a verb in the past tense governs the expression at `b`, a few
 * words before it in its clause: "took power in March", "was signed in
 * July".  Participles that look ahead do not count ("elections scheduled
 * for March", "talks postponed to May"), nor the verbs of `except` (NULL
 * for none). */
static int past_verb_before(const ctx *c, size_t b, const char *const *except)
{
    /* (nor a present or future passive: "is delivered on Feb. 1", "might
     * not be finalised until April", nor a present perfect, which names no
     * past time: "have called a shutdown on May 3" is a plan) */
    static const char *const not_past[] = {"be", "is", "are", "been", "being", "to", "will", "has", "have",
        NULL};
    static const char *const articles[] = {"the", "a", "an", NULL};
    static const char *const seats_of_power[] = {"power", "office", NULL};
    static const char *const within[] = {"during", "in", "at", NULL};
    if (previous_word_in(c, b, articles) && !previous_word_in(c, previous_word_start(c, b), within))
        return 0;                          /* "the June elections": a name, no time; but "voted
                                            * in the June elections", "made during a February 22
                                            * response" tell when it was done */
    int words = 0, past = 0, before_is_present = 0;
    for (token t = token_at(c, sentence_start(c, b)); t.kind != T_END && t.b < b; t = token_at(c, t.e)) {
        if (t.kind == T_PUNCT) {
            words = 0, past = 0;           /* a new clause or an aside */
            continue;
        }
        words++;
        size_t len = t.e - t.b;
        int ed = len > 4 && byte_at(c, t.e - 2) == 'e' && byte_at(c, t.e - 1) == 'd' && !is_capitalised(c, t);
        int excepted = except && token_in(c, t, except) >= 0;
        /* ("to" before "power" or "office" is a preposition, no infinitive:
         * "after Hamas came to power in March") */
        int preposition = token_is(c, t, "to") && token_in(c, token_at(c, t.e), seats_of_power) >= 0;
        if (((ed && token_in(c, t, ahead) < 0) || token_in(c, t, irregular) >= 0) && !before_is_present
            && !excepted)
            past = words;
        else if (token_in(c, t, ahead) >= 0 || (token_in(c, t, not_past) >= 0 && !preposition) || excepted)
            past = 0;
        before_is_present = token_in(c, t, not_past) >= 0;
    }
    return past && words - past < 6;
}

/* Where the word before `at` begins, looking past up to three words of
 * `fillers`; `at` when the text starts, punctuation comes first or the
 * fillers run on. */
static size_t word_before(const ctx *c, size_t at, const char *const *fillers)
{
    size_t p = at;
    for (int i = 0; i < 4; i++) {
        size_t q = previous_word_start(c, p);
        if (q == p || token_in(c, token_at(c, q), fillers) < 0)
            return q == p ? at : q;
        p = q;
    }
    return at;
}

static const char *const saying[] = {"saying", "adding", "telling", "announcing", "stating", "noting",
    "claiming", "insisting", "warning", "declaring", "arguing", NULL};

/* Whether the word at `q` is a participle of saying that a comma sets
 * off: "Russia criticised the plan, saying on Monday that it would ...".
 * It tells when the statement was made, as "said on Monday" does, and the
 * future of what was said is not the day's. */
static int reporting_participle(const ctx *c, size_t q)
{
    size_t p = q;
    while (p > 0 && is_space(byte_at(c, p - 1)))
        p--;
    return p > 0 && byte_at(c, p - 1) == ',' && token_in(c, token_at(c, q), saying) >= 0;
}

/* Whether a verb in the past tense stands right before the expression at
 * `at`, but for "on", "in", "here", the particle of a phrasal verb and the
 * like: "a committee official announced here Monday", "the Times reported
 * Thursday", "rules issued on Wednesday", "fighting broke out in January",
 * "the vote took place in November".  It tells when that was done, even in
 * a sentence about the future ("... will be available later in 2006, an
 * official announced Monday"); a passive after "be" ("will be elected on
 * Sunday") and a participle that looks ahead ("scheduled Monday") do not
 * count. */
static int past_verb_right_before(const ctx *c, size_t at)
{
    static const char *const fillers[] = {"on", "in", "here", "there", "late", "early", "also",
        "out", "up", "off", "back", "place", NULL};
    static const char *const not_past[] = {"be", "been", "being", "is", "are", "to", "will", "would", NULL};
    size_t q = word_before(c, at, fillers);
    token t = token_at(c, q);
    if (q != at && reporting_participle(c, q))
        return 1;
    /* (not after a prefix: "would be re-introduced on") */
    return q != at && is_past_form(c, t) && token_in(c, t, ahead) < 0 && byte_at(c, q - 1) != '-'
           && !previous_word_in(c, q, not_past);
}

/* Past verbs of saying, telling or making known, whose "that" opens what
 * was said: "told reporters on Thursday that he would run". */
static const char *const told[] = {"said", "told", "announced", "warned", "stressed", "insisted",
    "vowed", "pledged", "promised", "assured", "informed", "reiterated", "confirmed", "denied", "argued",
    "claimed", "declared", "indicated", "signalled", "signaled", "acknowledged", "admitted", "conceded",
    "charged", "alleged", "reported", "wrote", "hinted", "predicted", "cautioned", "suggested",
    "agreed", "added", "noted", "explained", "replied", "repeated", "complained", "urged", NULL};
enum { TOLD_WORDS = 8 };   /* words back to the verb: "made it clear in his first day in office Thursday" */

/* Whether "to" at `to` and the word after it at `verb` say what a past
 * going public was for: "went on television to vow", "appeared on state
 * radio to announce", "took to the airwaves to deny": the saying was then,
 * unlike "is expected to announce" or "agreed to announce", which look
 * ahead.  A past verb of appearing up to four words before "to". */
static int went_public_to_say(const ctx *c, size_t to, size_t verb)
{
    static const char *const say[] = {"say", "tell", "announce", "vow", "declare", "warn", "insist", "deny",
        "stress", "pledge", "promise", "assure", "reiterate", "confirm", "urge", "accuse", "reject", NULL};
    static const char *const appeared[] = {"went", "appeared", "took", "came", "stepped", "used", NULL};
    if (!token_is(c, token_at(c, to), "to") || token_in(c, token_at(c, verb), say) < 0)
        return 0;
    return word_within_before(c, to, appeared, 4);
}

/* Whether a past verb of saying (or "made (it) clear", "made known")
 * stands a few words before `at` in its clause, with no modal, infinitive
 * or verb of being between ("will tell reporters Monday", "is expected
 * to announce Monday" look ahead), or a verb of saying after a past going
 * public ("went on television to vow late on Thursday that"). */
static int told_before(const ctx *c, size_t at)
{
    static const char *const made_what[] = {"clear", "plain", "known", NULL};
    static const char *const stops[] = {"to", "will", "would", "shall", "be", "is", "are", "has", "have", NULL};
    size_t p = at;
    for (int i = 0; i < TOLD_WORDS; i++) {
        size_t q = previous_word_start(c, p);
        if (q == p)
            return 0;   /* the text starts, or punctuation comes between */
        token t = token_at(c, q);
        if (token_in(c, t, told) >= 0 && !is_capitalised(c, t))
            return 1;
        if (token_in(c, t, made_what) >= 0) {
            size_t r = previous_word_start(c, q);
            if (r != q && token_is(c, token_at(c, r), "it"))
                r = previous_word_start(c, r);
            if (r != q && token_is(c, token_at(c, r), "made"))
                return 1;
        }
        if (token_in(c, t, stops) >= 0)
            return went_public_to_say(c, q, p);
        p = q;
    }
    return 0;
}

/* The day the sentence at `at` is told from: a day of the week before
 * the story named earlier in it ("Layton said on that day he would
 * consider the proposal over the weekend", that day a Friday: the weekend
 * after it), else the story's. */
static long told_day(const ctx *c, size_t at)
{
    long day = c->anchor.day;
    if (c->anchor.g != G_DAY || c->anchor_end > at || c->anchor_end < sentence_start(c, at)
        || day >= c->story || c->story - day > 6)
        return c->story;
    return day;
}

/* Whether "that" follows the weekday ending at `e` and a participle of
 * saying stands right before it at `at` ("with its chief of staff
 * claiming on Tuesday that Tehran would ...") or a past verb of saying a
 * few words before ("made it clear Thursday that", "told his French hosts
 * Tuesday that"): the day of the statement, as "said on Tuesday that" is,
 * whatever the future of what was said. */
static int saying_that(const ctx *c, size_t at, size_t e)
{
    static const char *const on[] = {"on", NULL};
    size_t q = word_before(c, at, on);
    return token_is(c, token_at(c, e), "that")
           && ((q != at && token_in(c, token_at(c, q), saying) >= 0) || told_before(c, at));
}

/* Whether a verb in the past tense follows the weekday that ends at `e`:
 * "Saddam's lawyer on Monday criticised the proceedings", "the rebels on
 * Friday extended their truce", in a sentence about the future too; not a
 * participle that looks ahead ("the vote Sunday expected to ..."), nor
 * one before "by" ("expected in Lima early Thursday accompanied by ..."). */
static int past_verb_right_after(const ctx *c, size_t e)
{
    token t = token_at(c, e);
    return t.b > e && (is_past_form(c, t) || token_is(c, t, "said")) && token_in(c, t, ahead) < 0
           && !token_is(c, token_at(c, t.e), "by");
}

/* Whether a passive infinitive governs the weekday at `at`: "an interview
 * to be broadcast Monday", "accords due to be signed Tuesday", "likely to
 * be announced on Monday": what is still to be done lies ahead. */
static int passive_infinitive_before(const ctx *c, size_t at)
{
    static const char *const fillers[] = {"on", "late", "early", "later", NULL};
    static const char *const to[] = {"to", NULL};
    static const char *const participles[] = {"broadcast", "shown", "given", "taken", "sworn", "seen",
        "done", "chosen", "flown", "broken", "spoken", "written", NULL};   /* (beyond is_past_form) */
    size_t q = word_before(c, at, fillers), b = previous_word_start(c, q);
    token t = token_at(c, q);
    if (q == at || b == q || !(is_past_form(c, t) || token_in(c, t, participles) >= 0)
        || !token_is(c, token_at(c, b), "be") || !previous_word_in(c, b, to))
        return 0;
    size_t to_at = previous_word_start(c, b);   /* (not a report: "was found to be injured Monday") */
    return to_at == b || !reported_passive(c, token_at(c, previous_word_start(c, to_at)));
}

/* Whether a plan told right after the weekday ending at `e` governs it:
 * "On Saturday he is scheduled to meet", "and on Saturday was expected to
 * fly", "Monday, the two are to sign": a few words on, a form of "be",
 * then a participle that looks ahead and "to", or "to" itself.  Not after
 * a possessive: "Saturday's vote was expected to" may tell of a vote gone. */
enum { PLAN_AFTER_WORDS = 5 };
static int plan_right_after(const ctx *c, size_t e)
{
    static const char *const be[] = {"is", "are", "was", "were", NULL};
    static const char *const plans[] = {"scheduled", "slated", "due", "expected", "set", "planned", NULL};
    static const char *const clause_openers[] = {"that", "and", "but", "or", "which", "who", "when", NULL};
    token t = token_at(c, e);
    if (t.kind == T_PUNCT && byte_at(c, t.b) == ',')
        t = token_at(c, t.e);
    for (int words = 0; words < PLAN_AFTER_WORDS && t.kind == T_WORD; words++, t = token_at(c, t.e)) {
        /* (another verb's plan: "said on Tuesday that prices were set to
         * fall", "began on Thursday and are to be carried out") */
        if (token_in(c, t, clause_openers) >= 0 || token_is(c, t, "said") || is_past_form(c, t))
            return 0;
        if (token_in(c, t, be) < 0)
            continue;
        token next = token_at(c, t.e);
        if (token_in(c, next, plans) >= 0)
            next = token_at(c, next.e);
        return token_is(c, next, "to");
    }
    return 0;
}

static const char *const range_words[] = {"to", "through", "thru", "till", "until", "and", "or", NULL};

/* Whether a participle that looks ahead governs the weekday at `at`
 * directly, with "for" or "on" between: "the vote slated for Friday",
 * "talks scheduled on Monday", and "due", "expected", "starting",
 * "beginning", "opening" with nothing but "here" or "there" between
 * ("results due Tuesday", "a four-day match starting Thursday", "a summit
 * opening here Saturday"; not "the opening Saturday", a noun); not opening a sentence, where it may tell of
 * the past ("Starting on Saturday, toys have opened a marketing blitz").
 * The day lies ahead whatever the tense of the clause ("the meeting set
 * for Monday was called off", "said the vote scheduled for Monday had been
 * postponed"), but not a day first planned
 * ("originally scheduled for Monday", since moved), nor a bare "scheduled
 * Friday" ("failed to show up for meetings scheduled Friday"); "set",
 * "planned" and "timed" take "for" only: "the fire was set on Monday" tells
 * when it was done. */
static int plan_right_before(const ctx *c, size_t at)
{
    static const char *const plans_bare[] = {"due", "expected", "starting", "beginning", "opening", NULL};
    static const char *const places[] = {"here", "there", NULL};
    static const char *const determiners[] = {"the", "a", "an", "its", "his", "her", "their", "this", "that", NULL};
    static const char *const plans[] = {"scheduled", "rescheduled", "slated", "due", "expected", "starting",
        "beginning", NULL};
    static const char *const plans_for[] = {"set", "planned", "timed", "pencilled", "penciled", NULL};
    static const char *const first_plan[] = {"originally", "initially", "previously", "first", NULL};
    size_t p = previous_word_start(c, at);
    if (p == at)
        return 0;
    token t = token_at(c, p);
    if (token_in(c, t, places) >= 0 && previous_word_start(c, p) < p) {   /* "opening here Saturday" */
        p = previous_word_start(c, p);
        t = token_at(c, p);
    }
    int by_for = token_is(c, t, "for");
    if (!by_for && !token_is(c, t, "on"))
        return token_in(c, t, plans_bare) >= 0 && !is_capitalised(c, t) && !previous_word_in(c, p, first_plan)
               && !previous_word_in(c, p, determiners);   /* "the opening Saturday": a noun */
    size_t q = previous_word_start(c, p);
    if (q == p)
        return 0;
    t = token_at(c, q);
    return (token_in(c, t, plans) >= 0 || (by_for && token_in(c, t, plans_for) >= 0)) && !is_capitalised(c, t)
           && !previous_word_in(c, q, first_plan);
}

/* Whether "ahead of" a gathering or a vote stands a few words before the
 * weekday at `at` ("made the appeal ahead of a summit Thursday of EU
 * leaders", "ahead of Sunday's vote" is m_weekday's own day): what an act
 * was done ahead of still lies ahead when the story is written. */
enum { AHEAD_OF_WORDS = 4 };   /* words from "of" to the weekday */
static int ahead_of_before(const ctx *c, size_t at)
{
    size_t p = at;
    for (int i = 0; i < AHEAD_OF_WORDS; i++) {
        size_t q = previous_word_start(c, p);
        if (q == p)
            return 0;   /* the text starts, or punctuation comes between */
        if (token_is(c, token_at(c, q), "of")) {
            size_t r = previous_word_start(c, q);
            return r < q && token_is(c, token_at(c, r), "ahead");
        }
        p = q;
    }
    return 0;
}

/* The tense of the verb a date leads to when it opens its sentence before
 * a comma: -1 for "In January, the firm brought in a new chief", "On March
 * 3, police said ...", +1 for "In March, the firm will open a plant", 0
 * otherwise.  The verb comes after the date here, beyond what tense_near
 * and past_verb_before read. */
enum { FRONTED_WORDS = 10 };
static int fronted_tense(const ctx *c, size_t b, size_t e)
{
    static const char *const past[] = {"was", "were", "had", "said", "did", NULL};
    static const char *const future[] = {"will", "would", "shall", "ll", NULL};
    static const char *const present[] = {"is", "are", "has", "have", "to", NULL};
    static const char *const openers[] = {"in", "on", "by", "during", "until", "till", NULL};
    size_t from = sentence_start(c, b);
    token t = token_at(c, from);
    if (t.b < b && token_in(c, t, openers) >= 0)
        t = token_at(c, t.e);
    cursor k = {c, e};
    if (t.b != b || !take_punct(&k, ','))
        return 0;
    int words = 0;
    for (t = peek(&k); t.kind != T_END && words < FRONTED_WORDS; t = token_at(c, t.e), words++) {
        if ((t.kind == T_PUNCT && (byte_at(c, t.b) == '.' || byte_at(c, t.b) == ';'))
            || token_in(c, t, present) >= 0)
            return 0;
        if (token_in(c, t, future) >= 0)
            return 1;
        if (is_past_form(c, t) || token_in(c, t, past) >= 0)
            return -1;
    }
    return 0;
}

/* The year of a month (and day) written without one: the next such date
 * when the sentence speaks of the future; otherwise the nearer of the last
 * and the next, counting the future as twice as far because news reports
 * more than it announces.  Past markers are not trusted here: "had been
 * set to expire Nov. 6" has a past verb and a future date. */
/* Whether the date from `b` to `e` stands with "in" between a subject that
 * is a name or a pronoun and its past verb: "Iran in February stopped
 * applying the protocol", "He in March resigned".  Not a noun's phrase
 * ("crude for delivery in January gained 45 cents", "a cut from February
 * showed"), whose verb is the whole subject's. */
static int subject_date_verb(const ctx *c, size_t b, size_t e)
{
    static const char *const in[] = {"in", NULL};
    static const char *const pronouns[] = {"he", "she", "they", "it", "we", NULL};
    if (!previous_word_in(c, b, in) || !past_verb_right_after(c, e))
        return 0;
    size_t q = previous_word_start(c, previous_word_start(c, b));
    token subject = token_at(c, q);
    return q < b && subject.e < b && (is_capitalised(c, subject) || token_in(c, subject, pronouns) >= 0);
}

/* Whether the date from `b` to `e` stands between "the" and a noun of a
 * deed that is over once told ("the Feb. 14 assassination of Hariri", "the
 * Nov. 13 blast", "the Aug. 15 Helsinki peace accord"): it lies behind the story, whatever the verb's tense
 * ("should aim to put to light all behind the Feb. 14 assassination").  A
 * vote or a summit may lie either way. */
static int dates_a_deed_done(const ctx *c, size_t b, size_t e)
{
    static const char *const the[] = {"the", NULL};
    static const char *const deeds[] = {"assassination", "killing", "killings", "murder", "attack", "attacks",
        "bombing", "bombings", "blast", "blasts", "explosion", "massacre", "coup", "invasion", "crash",
        "shooting", "raid", "raids", "uprising", "earthquake", "quake", "accord", "accords", NULL};
    if (!previous_word_in(c, b, the))
        return 0;
    /* (two words may stand between: "the Aug. 15 Helsinki peace accord") */
    token t = token_at(c, e);
    for (int words = 0; words < 3 && t.kind == T_WORD; words++, t = token_at(c, t.e))
        if (token_in(c, t, deeds) >= 0)
            return 1;
    return 0;
}

static int m_this_last_next(const ctx *c, size_t at, match *m);

static int year_for(const ctx *c, size_t b, size_t e, int month, int day);

/* The year of a month that opens a span or a pair, `e` after it: the
 * year of the last, or the year that puts it before the last ("between
 * January and October" in a story of November, "from January to
 * September 2020", "between March and May last year" in a story of March,
 * whose March is not the story's); 0 when no later month follows. */
static int span_start_year(const ctx *c, size_t e, int month)
{
    cursor span = {c, e};
    int last_month, last_year;
    take_in(&span, range_words);
    if (!take_month(&span, &last_month) || last_month <= month)
        return 0;
    cursor year = span;
    take_punct(&year, ',');
    match relative;
    if (take_year(&year, &last_year))
        return last_year;
    if (m_this_last_next(c, peek(&year).b, &relative) && relative.point.g == G_YEAR)
        return relative.point.y;   /* "held in August and December last year" */
    return year_for(c, span.pos, span.pos, last_month, 0);
}

static int postponed_until(const ctx *c, size_t at);
static int take_relative_year(const ctx *c, cursor *k, int *year);

/* The year that "last year", "this year" or "next year" names a few words
 * after `e` in the same clause and verb phrase: "Independence Day falls on
 * a Sunday this year", "Christmas fell on a Friday last year" (not after
 * punctuation or a conjunction: "born on May 5 and died last year"). */
enum { YEAR_AFTER_WORDS = 6 };
static int relative_year_after(const ctx *c, size_t e)
{
    static const char *const conjunctions[] = {"and", "but", "or", "while", "when", "after", "before", NULL};
    cursor k = {c, e};
    int year;
    for (int i = 0; i < YEAR_AFTER_WORDS; i++) {
        token t = peek(&k);
        if (take_relative_year(c, &k, &year))
            return year;
        if ((t.kind != T_WORD && t.kind != T_NUM) || token_in(c, t, conjunctions) >= 0)
            return 0;
        k.pos = t.e;
    }
    return 0;
}

/* A year in digits right after "in" or "of" at `e`, or 0: "on Christmas
 * Eve in 2000", "on March 3 of 2001" (the year is a timex of its own,
 * as TimeBank tags it, but it dates the day before it). */
static int stated_year_after(const ctx *c, size_t e)
{
    cursor k = {c, e};
    int year;
    return (take(&k, "in") || take(&k, "of")) && take_year(&k, &year) ? year : 0;
}

static int year_for(const ctx *c, size_t b, size_t e, int month, int day)
{
    int y, m, d;
    cal_civil_from_days(c->story, &y, &m, &d);
    long story = c->story;
    int dd = day ? day : 15;
    int set = setting_year(c, b, e, month);
    if (set)
        return set;
    int named = stated_year_after(c, e);
    if (!named)
        named = relative_year_after(c, e);
    if (named)
        return named;
    int span = day ? 0 : span_start_year(c, e, month);
    if (!day && month == m && !span)
        return y;
    long this_year = cal_days_from_civil(y, month, dd > cal_days_in_month(y, month) ? cal_days_in_month(y, month) : dd);
    int next_y = this_year > story ? y : y + 1;   /* the next such date is in next_y */
    long next = cal_days_from_civil(next_y, month, dd > cal_days_in_month(next_y, month) ? cal_days_in_month(next_y, month) : dd);
    long last = cal_days_from_civil(next_y - 1, month, dd > cal_days_in_month(next_y - 1, month) ? cal_days_in_month(next_y - 1, month) : dd);
    if (day && this_year == story)
        return y;
    if (previous_word_in(c, b, past_only) || clause_with(c, b, since_word) || dates_a_deed_done(c, b, e))
        return next_y - 1;
    /* (a date put off to more than two months back would have been told of as past) */
    if (deadline_before(c, b) || (postponed_until(c, b) && story - last > 60))
        return next_y;
    /* (a schedule for a date a few weeks back is a slip or a plan that slipped, "would" after
     * it reported speech: "On Oct. 29, an official said he would visit") */
    if (span)
        return span;
    int fronted = fronted_tense(c, b, e);
    /* (a past verb right before says it is done, unless the date is days
     * away: a story dated in one time zone may name the next day of another) */
    if (next - story > 7 && (past_verb_right_before(c, b) || subject_date_verb(c, b, e))
        && !clause_with(c, b, conditionals))
        return next_y - 1;
    /* (and a plan told in the past may be one that slipped: "the dialogue
     * had been scheduled for July 25") */
    int tense = tense_near(c, b, e);
    if (tense > 0 || (story - last > 31 && (fronted > 0 || schedule_before(c, b)
                                           || (tense == 0 && plan_right_before(c, b)))))
        return next_y;
    /* (a date a month or two ahead is as likely planned as done, unless
     * "in" or "on" ties it to a past verb of doing: "began negotiations in
     * February", not "reached an agreement for April 17", "suspended
     * operations until January", "announced a payment on Dec. 1") */
    static const char *const in_on[] = {"in", "on", "during", "at", "over", NULL};
    static const char *const plan_verbs[] = {"announced", "agreed", "decided", "approved", "called",
        "ordered", "promised", "pledged", "proposed", "declared", "unveiled", "urged", "sought",
        "requested", "demanded", "vowed", "threatened", "offered", "invited", "fixed", "set", "arranged",
        "organised", "organized", NULL};
    if (next - story > 60 ? past_verb_before(c, b, NULL) || fronted < 0
                          : next - story > 7 && previous_word_in(c, b, in_on) && !clause_with(c, b, conditionals)
                                && (past_verb_before(c, b, plan_verbs) || fronted < 0))
        return next_y - 1;
    return 2 * (next - story) < story - last ? next_y : next_y - 1;
}

/* The weekday `wd` nearest the reference day in the direction given:
 * dir < 0 the last one on or before, dir > 0 the first on or after;
 * `strict` excludes the reference day itself. */
static long weekday_near(long ref, int wd, int dir, int strict)
{
    int today = weekday_of(ref);
    if (dir <= 0) {
        int back = (today - wd + 7) % 7;
        if (back == 0 && strict) back = 7;
        return ref - back;
    }
    int ahead = (wd - today + 7) % 7;
    if (ahead == 0 && strict) ahead = 7;
    return ref + ahead;
}

static int story_year(const ctx *c)
{
    int y, m, d;
    cal_civil_from_days(c->story, &y, &m, &d);
    return y;
}

static int story_month(const ctx *c)
{
    int y, m, d;
    cal_civil_from_days(c->story, &y, &m, &d);
    return m;
}

static int story_quarter(const ctx *c) { return (story_month(c) - 1) / 3 + 1; }

/* The point of the story date at the granularity of a unit. */
static when story_at(const ctx *c, int unit)
{
    switch (unit) {
    case U_YEAR:    return when_of(G_YEAR, story_year(c), 0);
    case U_DECADE:  return when_of(G_DECADE, story_year(c) / 10 * 10, 0);
    case U_CENTURY: return when_of(G_CENTURY, story_year(c) / 100 * 100, 0);
    case U_QUARTER: return when_of(G_QUARTER, story_year(c), story_quarter(c));
    case U_MONTH:   return when_of(G_MONTH, story_year(c), story_month(c));
    case U_WEEK:    { when w = when_day(c->story); w.g = G_WEEK; return w; }
    case U_WEEKEND: { when w = when_day(c->story); w.g = G_WEEKEND; return w; }
    default:        return when_day(c->story);
    }
}

/* The last date the text mentioned, or the story date. */
static when anchor_or_story(const ctx *c, int unit)
{
    return c->anchor.g != G_NONE ? c->anchor : story_at(c, unit);
}

/* `w` seen at the granularity of `unit` ("the following year" after "May
 * 1996" is 1997); `fallback` when `w` is coarser than the unit. */
static when when_at_unit(when w, int unit, when fallback)
{
    int y = w.y, mo = 0, d;
    if (w.g == G_DAY || w.g == G_WEEK || w.g == G_WEEKEND) cal_civil_from_days(w.day, &y, &mo, &d);
    else if (w.g == G_MONTH) mo = w.n;
    else if (w.g == G_QUARTER) mo = 3 * w.n - 2;
    else if (w.g == G_HALF) mo = 6 * w.n - 5;
    switch (unit) {
    case U_YEAR:    return w.g >= G_YEAR ? when_of(G_YEAR, y, 0) : fallback;
    case U_DECADE:  return w.g >= G_DECADE ? when_of(G_DECADE, y / 10 * 10, 0) : fallback;
    case U_CENTURY: return w.g >= G_CENTURY ? when_of(G_CENTURY, y / 100 * 100, 0) : fallback;
    case U_MONTH:   return mo && w.g >= G_MONTH ? when_of(G_MONTH, y, mo) : fallback;
    case U_WEEK:    if (w.g >= G_WEEK) { w.g = G_WEEK; return w; } return fallback;
    default:        return fallback;
    }
}

/* ----------------------------------------------------------- matchers */

typedef int (*matcher)(const ctx *c, size_t at, match *m);

/* "04/03/2026" reads as April 3 in American copy and as 4 March in most
 * other, and the text does not say which.  A reading within a month and a
 * half of the story and less than half as far from it as the other is the
 * one meant (news is of the days around it); otherwise only the year is
 * certain. */
enum { NUMERIC_NEAR = 45 };   /* days */
static int found_either_order(const ctx *c, match *m, size_t b, size_t e, int y, int first, int second)
{
    long us = cal_days_from_civil(y, first, second), dm = cal_days_from_civil(y, second, first);
    long us_off = labs(us - c->story), dm_off = labs(dm - c->story);
    if (us_off <= NUMERIC_NEAR && 2 * us_off < dm_off)
        return found_when(m, b, e, when_day(us));
    if (dm_off <= NUMERIC_NEAR && 2 * dm_off < us_off)
        return found_when(m, b, e, when_day(dm));
    return found_when(m, b, e, when_of(G_YEAR, y, 0));
}

/* Two digits at `s` that are at most `max`: an hour or a minute. */
static int two_digits_upto(const char *s, int max)
{
    return is_digit((unsigned char)s[0]) && is_digit((unsigned char)s[1])
           && (s[0] - '0') * 10 + (s[1] - '0') <= max;
}

/* The clock time of an ISO 8601 date-time after its date: "T10:00",
 * "T10:00:30Z", "T10:00+03:00", "T10:00-0500" (a zone is read and left out of the value,
 * as TIMEX3 values carry none).  Its length, or 0; `clock` gets "10:00". */
static size_t iso_clock(const char *s, size_t room, char clock[9])
{
    if (room < 6 || s[0] != 'T' || !two_digits_upto(s + 1, 23) || s[3] != ':' || !two_digits_upto(s + 4, 59))
        return 0;
    size_t n = 6;
    if (room >= n + 3 && s[n] == ':' && two_digits_upto(s + n + 1, 59))
        n += 3;
    memcpy(clock, s + 1, n - 1);
    clock[n - 1] = '\0';
    if (n < room && s[n] == 'Z')
        n++;
    else if (room >= n + 3 && (s[n] == '+' || s[n] == '-') && two_digits_upto(s + n + 1, 14)) {
        size_t colon = room >= n + 6 && s[n + 3] == ':';   /* "+03:00" or "-0500" */
        n += room >= n + 5 + colon && two_digits_upto(s + n + 3 + colon, 59) ? 5 + colon : 3;
    }
    return n < room && is_alnum((unsigned char)s[n]) ? 0 : n;
}

/* "2021-10-20", "10/20/2021" and "20/10/2021" (a number above 12 is the
 * day); "10/11/2021" is found_either_order's. */
static int m_numeric_date(const ctx *c, size_t at, match *m)
{
    const char *s = c->text + at;
    size_t room = c->len - at, n = 0;
    int v[3] = {0, 0, 0}, width[3] = {0, 0, 0}, field = 0;
    char sep = 0;
    while (n < room && field < 3) {
        int ch = (unsigned char)s[n];
        if (is_digit(ch)) {
            v[field] = add_digit(v[field], ch - '0');
            width[field]++;
            n++;
        } else if (field < 2 && width[field] && (ch == '-' || ch == '/' || ch == '.') && (!sep || sep == ch)) {
            sep = (char)ch;
            field++;
            n++;
        } else {
            break;
        }
    }
    char clock[9] = "";
    size_t clock_len = sep == '-' && width[0] == 4 ? iso_clock(s + n, room - n, clock) : 0;
    if (field != 2 || !width[2] || (!clock_len && n < room && is_alnum((unsigned char)s[n])))
        return 0;
    int y, mo, d;
    if ((sep == '-' && width[0] == 4 && width[1] == 2 && width[2] == 2)
        || (sep == '/' && width[0] == 4 && width[1] <= 2 && width[2] <= 2)) {
        y = v[0], mo = v[1], d = v[2];   /* "2021-03-04", "2021/03/04" (East Asian copy) */
    } else if (sep == '.' && width[0] <= 2 && width[1] <= 2 && width[2] == 4) {
        d = v[0], mo = v[1], y = v[2];   /* "20.10.2021": dots are written day first */
    } else if ((sep == '/' || (sep == '-' && width[2] == 4)) && width[0] <= 2 && width[1] <= 2
               && (width[2] == 4 || width[2] == 2)) {   /* "10-11-2021" as "10/11/2021" */
        mo = v[0], d = v[1], y = v[2];
        if (mo > 12 && d <= 12)   /* "29/11/2021": only the day may come first */
            mo = v[1], d = v[0];
        if (width[2] == 2) {   /* the century that puts it nearest the story */
            y += story_year(c) / 100 * 100;
            if (y > story_year(c) + 20) y -= 100;
        }
        if (mo != d && mo <= 12 && d <= 12)
            return found_either_order(c, m, at, at + n, y, mo, d);
    } else {
        return 0;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > cal_days_in_month(y, mo))
        return 0;
    if (clock_len)   /* "2024-03-15T10:00Z": ISO 8601 date and time */
        return found_time(m, at, at + n + clock_len, cal_days_from_civil(y, mo, d), clock);
    return found_when(m, at, at + n, when_day(cal_days_from_civil(y, mo, d)));
}

/* The last day of a range of days in one month after its first day `low`:
 * "Oct. 28-29", "March 3 to 5", "Oct. 3 and 4" (a hyphen between digits
 * reads as a space; an en dash is a token of its own).  0 when absent. */
static int take_range_day(cursor *k, int low, int *high)
{
    cursor save = *k;
    token t = peek(k);
    if (t.kind == T_PUNCT && t.e - t.b == 3 && byte_at(k->c, t.b) == 0xE2)
        k->pos = t.e;   /* "28–29" */
    else
        take_in(k, range_words);
    if (take_day_number(k, high) && *high > low)
        return 1;
    *k = save;
    return 0;
}

/* The year written after a range that begins with day `low`, or 0:
 * "Oct. 28-29, 2019" dates both days. */
static int range_year(cursor k, int low)
{
    int high, year;
    if (!take_range_day(&k, low, &high))
        return 0;
    take_punct(&k, ',');
    return take_year(&k, &year) ? year : 0;
}

/* "last", "this", "next": before "year" the story's year -1, 0, +1 (the
 * index less one). */
static const char *const year_relatives[] = {"last", "this", "next", NULL};

static int m_this_last_next(const ctx *c, size_t at, match *m);

/* "(of) that year", "the following year", "the same year" after a month:
 * the year of the date in context, which m_this_last_next reads; the year
 * (k moved past it), or 0.  "In December 1976 ... In September that year"
 * is 1976's September, not the story's. */
static int take_year_anaphor(const ctx *c, cursor *k)
{
    static const char *const relations[] = {"following", "previous", "preceding", "prior", "same", NULL};
    cursor of = *k;
    take(&of, "of");
    cursor words = of;
    match year;
    if (!(take(&words, "that") || (take(&words, "the") && take_in(&words, relations) >= 0))
        || !m_this_last_next(c, peek(&of).b, &year) || year.point.g != G_YEAR)
        return 0;
    k->pos = year.e;
    return year.point.y;
}

/* "last year", "this year", "next year", "(of) this year" at the cursor:
 * the year it names; moves past it. */
static int take_relative_year(const ctx *c, cursor *k, int *year)
{
    cursor words = *k;
    take(&words, "of");
    int r = take_in(&words, year_relatives);
    if (r < 0 || !take(&words, "year"))
        return 0;
    *year = story_year(c) + r - 1;
    *k = words;
    return 1;
}

/* "October 20", "Oct. 20, 2021", "20 Oct 2021", "Friday, Oct. 13",
 * "August 1988", "June last year", "September that year", and a bare
 * "October". */
static int m_calendar_date(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    int month, day = 0, year = 0;
    int relation = take_in(&k, year_relatives);
    if (relation >= 0) {   /* "last October", "this September" */
        if (!take_month(&k, &month))
            return 0;
        int y = story_year(c), now = story_month(c);
        if (relation == 0 && month >= now) y--;
        if (relation == 2 && month <= now) y++;
        return found_when(m, at, k.pos, when_of(G_MONTH, y, month));
    }
    if (take_in(&k, cal_weekday_names) >= 0)
        take_punct(&k, ',');
    cursor start = k;
    /* "the first of December", not a name: "Second of May Square" (read
     * only before "of" or a hyphen: most words give up here) */
    token first = peek(&k);
    int spoken_of = first.kind == T_WORD && !is_capitalised(c, first)
                    && (byte_at(c, first.e) == '-' || token_is(c, token_at(c, first.e), "of"));
    if (!spoken_of || !(take_spoken_day(&k, &day) && take(&k, "of"))) {
        k = start;
        day = 0;
    }
    if (day || take_day_number(&k, &day)) {
        take(&k, "of");
        if (!take_month(&k, &month))
            return 0;
    } else if (take_month(&k, &month)) {
        cursor after_month = k;
        if (!take_day_number(&k, &day) && !take_spoken_day(&k, &day))
            k = after_month;
    } else {
        return 0;
    }
    cursor before_year = k;
    take_punct(&k, ',');
    take(&k, "of");
    if (!take_year(&k, &year) && !take_spoken_year(&k, &year))   /* "January nineteen ninety-seven" */
        k = before_year;
    if (day && !year)
        year = range_year(k, day);   /* "Oct. 28-29, 2019": the year ends the range */
    if (day && day > cal_days_in_month(year ? year : 2000, month))
        return 0;
    if (!year && !take_relative_year(c, &k, &year))   /* "June last year", "November of this year" */
        year = take_year_anaphor(c, &k);
    if (!day && !year && start.pos != at)
        return 0;   /* "Friday, March" is not a date */
    if (!year)
        year = year_for(c, at, k.pos, month, day);
    if (day)
        return found_when(m, at, k.pos, when_day(cal_days_from_civil(year, month, day)));
    return found_when(m, at, k.pos, when_of(G_MONTH, year, month));
}

/* A bare month name is a date only where a date is expected: "in May",
 * "last March", "by October"; "May" is also a verb and "March" a noun. */
static const char *const month_determiners[] = {"the", "a", "its", "their", "his", "her", NULL};

static int m_month_guarded(const ctx *c, size_t at, match *m)
{
    static const char *const cue[] = {
        "in", "since", "until", "till", "by", "through", "during", "before", "after",
        "from", "to", "of", "last", "this", "next", "early", "late", "mid", "and", "or",
        "between", "end", "beginning", "middle", "start", "each", "every", "for", "on", "that", NULL};
    if (!m_calendar_date(c, at, m))
        return 0;
    cursor k = {c, at};
    int month;
    if (!take_month(&k, &month) || k.pos != m->e)
        return 1;   /* a day or a year came with it */
    token first = token_at(c, at);
    if (token_in(c, first, cal_month_names) < 0)
        return 0;   /* a lone "Jan." is too short to trust */
    if (month == 5 || month == 3) {
        size_t p = at;
        while (p > 0 && (is_space(byte_at(c, p - 1)) || byte_at(c, p - 1) == '-')) p--;
        size_t q = p;
        while (q > 0 && is_alpha(byte_at(c, q - 1))) q--;
        token prev = {q, p, T_WORD}, next = token_at(c, m->e);
        /* (or a determiner before and a lower-case word after: "the May
         * presidential elections", "its March surplus"; not "Long March",
         * "Theresa May") */
        int modifier = token_in(c, prev, month_determiners) >= 0 && next.kind == T_WORD && !is_capitalised(c, next);
        /* (or the end of a span of months: "in January-March") */
        int span_end = p < at && byte_at(c, p) == '-' && token_in(c, prev, cal_month_names) >= 0;
        if (q == p || (token_in(c, prev, cue) < 0 && !modifier && !span_end))
            return 0;
    }
    return 1;
}

/* The month a day written without one ("on the 12th") falls in: the month
 * the text last named, else the story's month, or the one before or
 * after when the day has passed or is still to come in the other sense. */
static int day_ahead(const ctx *c, size_t b, size_t e);

static long month_of_day(const ctx *c, size_t b, size_t e, int day)
{
    int y = story_year(c), mo = story_month(c), d;
    if (c->anchor.g == G_DAY)
        cal_civil_from_days(c->anchor.day, &y, &mo, &d);
    else if (c->anchor.g == G_MONTH)
        y = c->anchor.y, mo = c->anchor.n;
    else {
        int dir = day_ahead(c, b, e) ? 1 : -1;   /* as for a weekday: "the parliament meets on the 2nd" */
        cal_civil_from_days(c->story, &y, &mo, &d);
        if ((dir < 0 && day > d) || (dir > 0 && day < d)) {
            long moved = add_months(cal_days_from_civil(y, mo, 1), dir);
            cal_civil_from_days(moved, &y, &mo, &d);
        }
    }
    return day <= cal_days_in_month(y, mo) ? cal_days_from_civil(y, mo, day) : -1;
}

/* "on the 12th", "by the 3rd", "the 12th of October": a day of the month
 * with its suffix, after a preposition that takes a date; "the 12th round",
 * "the 20th century" are ordinals of something else. */
/* "the 3rd of next month", "the 28th of last month", "the 20th of this
 * month": `k` after the day. */
static int day_of_near_month(const ctx *c, size_t at, cursor k, int day, match *m)
{
    static const char *const shifts[] = {"last", "this", "next", NULL};
    int shift = take(&k, "of") ? take_in(&k, shifts) : -1;
    if (shift < 0 || !take(&k, "month"))
        return 0;
    int y, mo, d;
    cal_civil_from_days(c->story, &y, &mo, &d);
    int months = y * 12 + mo - 1 + shift - 1;   /* "last" is -1, "this" 0, "next" 1 */
    y = months / 12;
    mo = months % 12 + 1;
    return day <= cal_days_in_month(y, mo) && found_when(m, at, k.pos, when_day(cal_days_from_civil(y, mo, day)));
}

static int m_ordinal_day(const ctx *c, size_t at, match *m)
{
    static const char *const preps[] = {
        "on", "by", "until", "till", "since", "from", "to", "before", "after", "through", "for", NULL};
    if (!starts_with_any(c, at, "t"))
        return 0;
    cursor k = {c, at};
    int day;
    if (!take(&k, "the"))
        return 0;
    size_t day_at = peek(&k).b;
    /* (a day in words only before its month, "the first of October": alone
     * it is a hole, a leg or a day of a match, "birdies on the second") */
    int spoken = !is_digit(byte_at(c, day_at));
    if (!(spoken ? take_spoken_day(&k, &day) : take_ordinal(&k, &day)))
        return 0;
    if (token_is(c, peek(&k), "of") && m_calendar_date(c, day_at, m) && m->point.g == G_DAY) {
        m->b = at;   /* "the 12th of October", after any word ("set for the 1st of April") */
        return 1;
    }
    if (!previous_word_in(c, at, preps))
        return 0;
    if (!spoken && day_of_near_month(c, at, k, day, m))
        return 1;
    if (spoken)
        return 0;
    static const char *const clause_words[] = {"that", "when", "after", "before", "as", "amid", "while", "with", NULL};
    token next = peek(&k);
    if (next.kind == T_WORD && !previous_word_in(c, next.e, adverb_followers) && token_in(c, next, clause_words) < 0)
        return 0;
    long date = month_of_day(c, at, k.pos, day);
    return date >= 0 && found_when(m, at, k.pos, when_day(date));
}

/* The last day of a range whose first day was just named: the "29" of
 * "Oct. 28-29" and of "from Oct. 28 to 29", in the month and year of the
 * first (TimeBank tags the two ends of a range apart).  A noun after the
 * number makes it a count ("Oct. 3 and 5 others"); a year after it is the
 * range's. */
static int m_range_day(const ctx *c, size_t at, match *m)
{
    if (c->anchor.g != G_DAY || c->anchor_end > at || !is_digit(byte_at(c, at)))
        return 0;
    int y, mo, first, day, year;
    cal_civil_from_days(c->anchor.day, &y, &mo, &first);
    cursor k = {c, c->anchor_end};
    if (!take_range_day(&k, first, &day) || k.pos != token_at(c, at).e || day > cal_days_in_month(y, mo))
        return 0;
    token next = peek(&k);
    int month;
    cursor month_at = k;
    if (take_month(&month_at, &month)
        || (next.kind == T_WORD && !is_capitalised(c, next) && !previous_word_in(c, next.e, adverb_followers)))
        return 0;
    cursor tail = k;
    if (!(take_punct(&k, ',') && take_year(&k, &year)))
        k = tail;
    return found_when(m, at, k.pos, when_day(cal_days_from_civil(y, mo, day)));
}

/* The first day of a range written day first, whose month comes after
 * its last day: the "7th" of "from 7th to 9th December", the "7" of "7-9
 * December", "the 7th" of "from the 7th to the 9th of December" (in the
 * last day's month and year; m_calendar_date reads the last day). */
static int m_day_range_start(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    int low, high;
    int the = take(&k, "the");
    if (!take_day_number(&k, &low))
        return 0;
    size_t end = k.pos;
    if (the && !take(&k, "to") && !take(&k, "and"))
        return 0;
    if (!the && !take_range_day(&k, low, &high))
        return 0;
    size_t last_at = k.pos;
    match last;
    if (the && !(take(&k, "the") && (last_at = k.pos, m_calendar_date(c, last_at, &last))))
        return 0;
    while (!the && is_alnum(byte_at(c, last_at - 1)))
        last_at--;   /* back to the start of "9th" */
    if (!the && !m_calendar_date(c, last_at, &last))
        return 0;
    if (last.point.g != G_DAY)
        return 0;
    int y, mo, d;
    cal_civil_from_days(last.point.day, &y, &mo, &d);
    return low < d && found_when(m, at, end, when_day(cal_days_from_civil(y, mo, low)));
}

/* How a holiday's date is found in a given year. */
enum holiday_rule {
    H_FIXED,     /* month/day */
    H_NTH,       /* the day-th weekday `wd` of the month; day -1 the last */
    H_AFTER_NTH, /* the day after that (the US Election Day) */
    H_EASTER,    /* `day` days after Western Easter Sunday */
    H_ORTHODOX,  /* `day` days after Orthodox Easter Sunday */
    H_COUNTRY,   /* a country's own day: country_day(), month/day where none is named */
    H_LUNAR      /* the first day of the Chinese lunar year: lunar_new_year() */
};

/* The first day of the Chinese lunar year, the new moon between January
 * 21 and February 20, from the published calendars (it follows no rule
 * as short as Easter's); NO_DAY outside the years listed. */
enum { LUNAR_FIRST_YEAR = 1990, LUNAR_LAST_YEAR = 2035 };
#define NO_DAY LONG_MIN
static long lunar_new_year(int y)
{
    static const unsigned char jan_day[LUNAR_LAST_YEAR - LUNAR_FIRST_YEAR + 1] = {
        /* days after December 31: 32 is February 1 */
        27, 46, 35, 23, 41, 31, 50, 38, 28, 47,    /* 1990-1999 */
        36, 24, 43, 32, 22, 40, 29, 49, 38, 26,    /* 2000-2009 */
        45, 34, 23, 41, 31, 50, 39, 28, 47, 36,    /* 2010-2019 */
        25, 43, 32, 22, 41, 29, 48, 37, 26, 44,    /* 2020-2029 */
        34, 23, 42, 31, 50, 39};                   /* 2030-2035 */
    if (y < LUNAR_FIRST_YEAR || y > LUNAR_LAST_YEAR)
        return NO_DAY;
    return cal_days_from_civil(y, 1, 1) + jan_day[y - LUNAR_FIRST_YEAR] - 1;
}

/* Western Easter Sunday of `y` (the Gregorian computus, Meeus/Jones/Butcher). */
static long easter(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int n = h + l - 7 * m + 114;
    return cal_days_from_civil(y, n / 31, n % 31 + 1);
}

/* Orthodox Easter Sunday of `y`: the Julian computus, moved to the
 * Gregorian calendar (13 days between 1900 and 2099). */
static long orthodox_easter(int y)
{
    int d = (19 * (y % 19) + 15) % 30, e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
    int n = d + e + 114;
    return cal_days_from_civil(y, n / 31, n % 31 + 1) + 13;
}

/* Independence Days by the country, as the words of its name or people
 * begin ("Ukraine's", "Ukrainians"); month 0 for a country whose day
 * moves in its own calendar (Israel's, in the Hebrew one).  A world fact,
 * kept to countries whose day is called so in English copy. */
struct country_day {
    const char *stem;
    int month, day;
};
static const struct country_day independence_days[] = {
    {"US", 7, 4}, {"U.S", 7, 4}, {"America", 7, 4}, {"Ukrain", 8, 24}, {"India", 8, 15},
    {"Pakistan", 8, 14}, {"Bangladesh", 3, 26}, {"Indonesia", 8, 17}, {"Philippin", 6, 12},
    {"Filipino", 6, 12}, {"Vietnam", 9, 2}, {"Malaysia", 8, 31}, {"Mexic", 9, 16}, {"Brazil", 9, 7},
    {"Argentin", 7, 9}, {"Colombia", 7, 20}, {"Venezuela", 7, 5}, {"Peru", 7, 28}, {"Chile", 9, 18},
    {"Kenya", 12, 12}, {"Nigeria", 10, 1}, {"Ghana", 3, 6}, {"Algeria", 7, 5}, {"Morocc", 11, 18},
    {"Tunisia", 3, 20}, {"Tanzania", 12, 9}, {"Uganda", 10, 9}, {"Zimbabwe", 4, 18},
    {"Mozambi", 6, 25}, {"Angola", 11, 11}, {"Belarus", 7, 3}, {"Armenia", 9, 21},
    {"Kazakh", 12, 16}, {"Uzbek", 9, 1}, {"Moldova", 8, 27}, {"Estonia", 2, 24}, {"Finland", 12, 6},
    {"Finnish", 12, 6}, {"Poland", 11, 11}, {"Polish", 11, 11}, {"Leban", 11, 22}, {"Palestin", 11, 15},
    {"Israel", 0, 0}, {NULL, 0, 0},
};

/* Victory Days: May 9 in Russia and most of the former USSR (the default:
 * English copy names it so mostly of them), May 8 in the West of Europe,
 * where the German surrender was signed and took effect that evening;
 * others are the days of their own wars' ends. */
static const struct country_day victory_days[] = {
    {"France", 5, 8}, {"French", 5, 8}, {"Brit", 5, 8}, {"UK", 5, 8}, {"U.K", 5, 8}, {"Europe", 5, 8},
    {"German", 5, 8}, {"Czech", 5, 8}, {"Slovak", 5, 8}, {"Poland", 5, 8}, {"Polish", 5, 8},
    {"Norw", 5, 8}, {"Bangladesh", 12, 16}, {"Turkey", 8, 30}, {"Turkish", 8, 30}, {"Croatia", 8, 5}, {NULL, 0, 0},
};

static const struct country_day *const country_days[] = {independence_days, victory_days};

/* Holidays wire copy dates events by.  A name word written with a capital
 * must be capitalised in the text ("May Day", not "may day"; "day" and
 * "eve" are often written small); "'s" after a
 * word is a possessive that must be there, "?" one that may ("Presidents'
 * Day", "Presidents Day").  Moving dates are computed for the year, so no
 * table of years is kept.  US holidays are in it where the name is the
 * US's own (Memorial, Labor, Columbus Day), and "Election Day" in title
 * case, as US copy writes its own (the Tuesday after the first Monday of
 * November; "election day" of another country is written small);
 * "Independence Day" and "Victory Day" are the country's named before
 * them, else the US's and Russia's;
 * "Labour Day" differs by country too, and is left out. */
static const struct holiday {
    const char *name;
    enum holiday_rule rule;
    int month, day, wd;   /* for H_COUNTRY, wd is the index of its table in country_days */
} holidays[] = {
    {"Christmas eve", H_FIXED, 12, 24, 0},  {"Christmas day", H_FIXED, 12, 25, 0},
    {"Christmas", H_FIXED, 12, 25, 0},      {"Orthodox Christmas", H_FIXED, 1, 7, 0},
    {"New Year's eve", H_FIXED, 12, 31, 0}, {"New Year's day", H_FIXED, 1, 1, 0},
    {"New Year's", H_FIXED, 1, 1, 0},       {"Boxing day", H_FIXED, 12, 26, 0},
    {"Valentine's day", H_FIXED, 2, 14, 0}, {"Halloween", H_FIXED, 10, 31, 0},
    {"May Day", H_FIXED, 5, 1, 0},          {"the Fourth of July", H_FIXED, 7, 4, 0},
    {"July Fourth", H_FIXED, 7, 4, 0},      {"Bastille day", H_FIXED, 7, 14, 0},
    {"St . Patrick's day", H_FIXED, 3, 17, 0}, {"Veterans? day", H_FIXED, 11, 11, 0},
    {"Armistice day", H_FIXED, 11, 11, 0},  {"Remembrance day", H_FIXED, 11, 11, 0},
    {"Thanksgiving day", H_NTH, 11, 4, 4},  {"Thanksgiving", H_NTH, 11, 4, 4},
    {"Memorial day", H_NTH, 5, -1, 1},      {"Labor day", H_NTH, 9, 1, 1},
    {"Mother's day", H_NTH, 5, 2, 7},       {"Father's day", H_NTH, 6, 3, 7},
    {"Martin Luther King Jr . day", H_NTH, 1, 3, 1}, {"Martin Luther King day", H_NTH, 1, 3, 1},
    {"MLK day", H_NTH, 1, 3, 1},            {"Presidents? day", H_NTH, 2, 3, 1},
    {"Columbus day", H_NTH, 10, 2, 1},      {"Election Day", H_AFTER_NTH, 11, 1, 1},
    {"Easter Sunday", H_EASTER, 0, 0, 0},   {"Easter Monday", H_EASTER, 0, 1, 0},
    {"Easter", H_EASTER, 0, 0, 0},          {"Good Friday", H_EASTER, 0, -2, 0},
    {"Palm Sunday", H_EASTER, 0, -7, 0},    {"Ash Wednesday", H_EASTER, 0, -46, 0},
    {"Pentecost", H_EASTER, 0, 49, 0},      {"Orthodox Easter", H_ORTHODOX, 0, 0, 0},
    {"Independence day", H_COUNTRY, 7, 4, 0}, {"Victory day", H_COUNTRY, 5, 9, 1},
    {"VE day", H_FIXED, 5, 8, 0},           {"German Unity day", H_FIXED, 10, 3, 0},
    {"Lunar New Year", H_LUNAR, 0, 0, 0},   {"Chinese New Year", H_LUNAR, 0, 0, 0},
    {"Spring Festival", H_LUNAR, 0, 0, 0},
};

/* The month and day of a country's holiday `h` at `at`: the country's
 * named nearest before it in its sentence ("Ukraine's Independence Day",
 * "Ukrainians marked Independence Day"), the holiday's default when none
 * is (the US's Independence Day is the US's own in its copy).  0 when the
 * country's day moves. */
static int country_day(const ctx *c, size_t at, const struct holiday *h, int *month, int *day)
{
    *month = h->month;
    *day = h->day;
    for (token t = token_at(c, sentence_start(c, at)); t.kind != T_END && t.b < at; t = token_at(c, t.e)) {
        if (!is_capitalised(c, t))
            continue;
        for (const struct country_day *cd = country_days[h->wd]; cd->stem; cd++) {
            size_t n = strlen(cd->stem);
            if (n <= c->len - t.b && memcmp(c->text + t.b, cd->stem, n) == 0
                && (n > 2 || t.e - t.b == 2)) {   /* "US" whole, not "USSR" */
                *month = cd->month;
                *day = cd->day;
            }
        }
    }
    return *month != 0;
}

/* The first words of the holiday names, for the starter set and to give up early. */
static const char *const holiday_firsts[] = {
    "christmas", "orthodox", "new", "boxing", "valentine", "halloween", "may", "the", "july",
    "bastille", "st", "veterans", "armistice", "remembrance", "thanksgiving", "memorial",
    "labor", "mother", "father", "martin", "mlk", "presidents", "columbus", "election", "easter", "good",
    "palm", "ash", "pentecost", "independence", "victory", "ve", "german", "lunar", "chinese", "spring", NULL};

/* The n-th weekday `wd` of a month, in days; n -1 the last. */
static long nth_weekday(int y, int month, int n, int wd)
{
    if (n < 0) {
        long last = cal_days_from_civil(y, month, cal_days_in_month(y, month));
        return last - (weekday_of(last) - wd + 7) % 7;
    }
    long first = cal_days_from_civil(y, month, 1);
    return first + (wd - weekday_of(first) + 7) % 7 + 7 * (n - 1);
}

/* The date of holiday `h` in year `y`, in days. */
static long holiday_day(const struct holiday *h, int y)
{
    switch (h->rule) {
    case H_EASTER:   return easter(y) + h->day;
    case H_ORTHODOX: return orthodox_easter(y) + h->day;
    case H_LUNAR:    return lunar_new_year(y);
    case H_AFTER_NTH: return nth_weekday(y, h->month, h->day, h->wd) + 1;
    case H_NTH:      return nth_weekday(y, h->month, h->day, h->wd);
    default:         return cal_days_from_civil(y, h->month, h->day);
    }
}

/* Whether the text at the cursor spells the holiday's name; moves past it. */
static int take_holiday_name(cursor *k, const char *name)
{
    char word[16];
    while (*name) {
        size_t n = strcspn(name, " ");
        if (n >= sizeof word)
            return 0;
        int need_cap = name[0] >= 'A' && name[0] <= 'Z';
        int possessive = n > 2 && name[n - 2] == '\'' ? 2 : name[n - 1] == '?' ? 1 : 0;
        size_t len = n - (size_t)possessive;
        for (size_t i = 0; i < len; i++)
            word[i] = (char)lower((unsigned char)name[i]);
        word[len] = '\0';
        token t = peek(k);
        if (word[0] == '.') {
            if (!take_punct(k, '.'))
                return 0;
        } else if (!token_is(k->c, t, word) || (need_cap && !is_capitalised(k->c, t))) {
            return 0;
        } else {
            k->pos = t.e;
        }
        if (possessive == 2 && !take_possessive(k))
            return 0;
        if (possessive == 1 && !take_possessive(k))
            take_punct(k, '\'');   /* "Presidents' Day" */
        name += n;
        while (*name == ' ')
            name++;
    }
    return 1;
}

/* Nouns that name a holiday's own time: "the Easter holiday", "the
 * Thanksgiving weekend" date by the holiday. */
static const char *const holiday_nouns[] = {
    "holiday", "holidays", "weekend", "break", "recess", "eve", "day", NULL};

/* Whether the noun or possessive after a one-word holiday name (`after`
 * past it) makes the name its modifier: "Christmas trees", "Easter
 * Island", "Easter's". */
static int modifies_next(const ctx *c, cursor after)
{
    token next = peek(&after);
    if (take_possessive(&after))
        return 1;
    return next.kind == T_WORD && (is_capitalised(c, next) ? token_is(c, next, "island")
                                                           : !previous_word_in(c, next.e, adverb_followers)
                                                                 && token_in(c, next, holiday_nouns) < 0);
}

/* Whether a one-word holiday name is some other noun's modifier or a
 * name: "Christmas trees", "Easter Island", "Jermaine Easter's goal". */
static int one_word_modifier(const ctx *c, size_t at, cursor after)
{
    static const char *const preps[] = {
        "on", "at", "by", "since", "until", "till", "before", "after", "over", "for", "during",
        "in", "of", "from", "through", "around", "last", "this", "next", NULL};
    /* (a verb after a name that opens its clause makes it the subject:
     * "Christmas falls on a Saturday this year"; not "the spirit of
     * Christmas is not dead") */
    static const char *const subject_verbs[] = {"is", "was", "will", "would", "falls", "fell", "comes", "came",
        "approaches", "approached", "nears", "neared", "passed", NULL};
    if (previous_word_start(c, at) == at && token_in(c, peek(&after), subject_verbs) >= 0)
        return 0;
    if (modifies_next(c, after))
        return 1;
    size_t q = previous_word_start(c, at);
    token prev = token_at(c, q);
    return q < at && is_capitalised(c, prev) && token_in(c, prev, preps) < 0;   /* a first name */
}

/* A holiday of a fixed day after "every" or "each" ("every Christmas",
 * "each New Year's Eve"): its month and day, which recur; moving holidays
 * recur on no one day and are left out. */
static int take_fixed_holiday(cursor *k, int *month, int *day)
{
    for (size_t i = 0; i < sizeof holidays / sizeof holidays[0]; i++) {
        cursor name = *k;
        if (holidays[i].rule == H_FIXED && take_holiday_name(&name, holidays[i].name)
            && (strchr(holidays[i].name, ' ') || !modifies_next(k->c, name))) {
            *k = name;
            *month = holidays[i].month;
            *day = holidays[i].day;
            return 1;
        }
    }
    return 0;
}

/* Holidays: "Christmas Eve", "New Year's Day", "Easter", "Good Friday",
 * "Labor Day", "last Christmas", "Easter 2020".  The year is given, or
 * follows "last"/"this"/"next", or is chosen as for a month and day.  A
 * one-word name before another noun is a modifier ("Christmas trees",
 * "Easter eggs", "Easter Island"): no date. */
static int m_holiday(const ctx *c, size_t at, match *m)
{
    static const char *const rels[] = {"last", "this", "next", NULL};
    cursor k = {c, at};
    int rel = take_in(&k, rels);
    token first = peek(&k);
    if (!is_capitalised(c, first) && !(token_is(c, first, "the") && is_capitalised(c, token_at(c, first.e))))
        return 0;   /* every name begins with a capital, but for "the Fourth of July" */
    if (!starts_like_any(c, first.b, holiday_firsts) || token_in(c, first, holiday_firsts) < 0)
        return 0;
    size_t n = first.e - first.b;
    for (size_t i = 0; i < sizeof holidays / sizeof holidays[0]; i++) {
        const struct holiday *h = &holidays[i];
        cursor name = k;
        if (lower((unsigned char)h->name[0]) != lower(byte_at(c, first.b)) || strcspn(h->name, " '?") != n
            || !take_holiday_name(&name, h->name))
            continue;   /* most names differ in the length or first letter of their first word */
        cursor tail = name;
        int year, relative = rel < 0 && take_relative_year(c, &tail, &year);   /* "Christmas last year" */
        if (!relative && !strchr(h->name, ' ') && one_word_modifier(c, at, name))
            return 0;
        struct holiday country = *h;
        if (h->rule == H_COUNTRY) {
            if (!country_day(c, at, h, &country.month, &country.day))
                return 0;
            country.rule = H_FIXED;
            h = &country;
        }
        int y = story_year(c);
        long day = holiday_day(h, y);
        if (day == NO_DAY)
            return 0;
        if (relative) {
            name = tail;
            y = year;
        } else if (rel < 0 && take_year(&name, &year)) {   /* "Easter 2020" */
            y = year;
        } else if (rel >= 0) {   /* the last one before the story, this year's, the next one after */
            name = tail;
            y += rel == 0 ? (day < c->story ? 0 : -1) : rel == 2 ? (day > c->story ? 0 : 1) : 0;
        } else {
            int mo, d;
            name = tail;
            cal_civil_from_days(day, &year, &mo, &d);
            y = year_for(c, at, name.pos, mo, d);
        }
        day = holiday_day(h, y);
        return day != NO_DAY && found_when(m, at, name.pos, when_day(day));
    }
    return 0;
}

/* "last week", "next week" or "this week" after a weekday, or "of last
 * week": the week's distance from the story's, the cursor moved past it
 * ("Thursday last week", "Monday of next week"; not "Monday last week's
 * talks", whose week names the talks). */
static int take_week_after(cursor *k, int *weeks)
{
    cursor t = *k;
    take(&t, "of");
    int rel = take(&t, "last") ? -1 : take(&t, "next") ? 1 : take(&t, "this") ? 0 : 2;
    if (rel == 2 || !take(&t, "week"))
        return 0;
    cursor after = t;
    if (take_possessive(&after))
        return 0;
    *k = t;
    *weeks = rel;
    return 1;
}

/* "last Friday", "next Friday", "Friday", "Friday morning",
 * "the previous Friday", "this coming Sunday". */

/* Whether the date at `at` is the day something was put off or drawn
 * out until: "talks were adjourned until Monday", "the court adjourned the
 * session until Tuesday", "pilots extended the strike till Monday", "the
 * vote was postponed until after Easter".  That day lies ahead of the
 * story whatever the tense (but not after a noun: "a week-long
 * adjournment until Monday" may be told of a past one). */
enum { POSTPONE_WORDS = 5 };   /* words from the verb to "until" */
static int postponed_until(const ctx *c, size_t at)
{
    static const char *const untils[] = {"until", "till", NULL};
    static const char *const after[] = {"after", NULL};
    static const char *const postpone[] = {"adjourned", "adjourn", "adjourns", "postponed", "postpone",
        "postpones", "delayed", "delay", "delays", "deferred", "defer", "defers", "suspended", "suspend",
        "suspends", "extended", "extend", "extends", "recessed", "off", "back", NULL};
    if (previous_word_in(c, at, after))   /* "postponed until after Easter" */
        at = previous_word_start(c, at);
    if (!previous_word_in(c, at, untils))
        return 0;
    size_t p = previous_word_start(c, at);
    for (int i = 0; i < POSTPONE_WORDS; i++) {
        size_t q = previous_word_start(c, p);
        if (q == p)
            return 0;   /* the text starts, or punctuation comes between */
        if (token_in(c, token_at(c, q), postpone) >= 0)
            return 1;
        p = q;
    }
    return 0;
}

/* Whether the weekday `wd` (1-7) at `at` ends a range or a pair of days
 * whose first is the anchor just before it, and is then the first of its
 * name after that day, whatever the tense says: "from Thursday through
 * Saturday", "adjourned Monday until Wednesday", "Monday-Friday", "talks
 * set for Tuesday and Wednesday", "on show Friday and Saturday".  A range
 * runs forward when its first day is near the story ("from Sept. 14 to
 * Thursday" is not); a list may run backward ("statements made Friday and
 * Thursday", "last Wednesday and Tuesday's run-offs"), so it counts only
 * when its first day is still ahead or the second is the day after. */
static int ends_day_pair(const ctx *c, size_t at, int wd)
{
    static const char *const ranges[] = {"to", "through", "thru", "till", "until", NULL};
    static const char *const lists[] = {"and", "or", NULL};
    static const char *const fillers[] = {"on", "early", "late", NULL};
    if (c->anchor.g != G_DAY || c->anchor_end > at || at - c->anchor_end > 12)
        return 0;
    long first = c->anchor.day;
    int range = first - c->story <= 7 && c->story - first <= 7;
    int list = first > c->story || weekday_of(first + 1) == wd;
    cursor k = {c, c->anchor_end};
    token t = peek(&k);
    if (byte_at(c, c->anchor_end) == '-')
        return range && t.b == at;   /* "Monday-Friday": the tokens skip a hyphen between words */
    int dash = t.kind == T_PUNCT && (byte_at(c, t.b) == '-' || (t.e - t.b == 3 && byte_at(c, t.b) == 0xE2));
    if (dash && range)
        k.pos = t.e;   /* "Monday - Friday", "Monday–Friday" */
    else if (dash || (!(range && take_in(&k, ranges) >= 0) && !(list && take_in(&k, lists) >= 0)))
        return 0;
    take_in(&k, fillers);
    return peek(&k).b == at;
}

/* Whether the day told at `b` (a weekday, "the weekend"; the words after
 * it begin at `e`) lies ahead of the story: a plan, a schedule, an
 * infinitive or a future governs it, and no past verb right before or
 * after it, nor a verb of saying with "that", says when it was done. */
static int day_ahead(const ctx *c, size_t b, size_t e)
{
    return plan_right_before(c, b) || passive_infinitive_before(c, b) || ahead_of_before(c, b)
           || plan_right_after(c, e) || deadline_before(c, b)
           || ((tense_near(c, b, e) > 0 || infinitive_before(c, b) || schedule_before(c, b)
                || past_plan_before(c, b) || intention_before(c, b) || prospect_before(c, b))
               && !past_verb_right_before(c, b) && !past_verb_right_after(c, e) && !saying_that(c, b, e));
}

/* Whether the weekday at `at` (`after` past it) is any one of its name,
 * "on a Sunday" with no noun after it ("the holiday falls on a Sunday this
 * year", "if it happens on a Friday"): TIMEX3 gives no day, XXXX-WXX-7.
 * Before a noun the article is the noun's, and the day the one in context
 * ("after a Wednesday landslide"). */
static int any_such_day(const ctx *c, size_t at, cursor after)
{
    static const char *const on[] = {"on", NULL};
    static const char *const a[] = {"a", NULL};
    token next = peek(&after);
    size_t article = previous_word_start(c, at);
    return previous_word_in(c, at, a) && previous_word_in(c, article, on)
           && (next.kind != T_WORD || previous_word_in(c, next.e, adverb_followers)
               || token_in(c, next, year_relatives) >= 0);
}

/* The weekday at `at`, its tense read at `told_at`, where the expression
 * it dates begins: "is threatening to close the strait at 10 a.m. Monday"
 * is read from "10", as "to close the strait Monday" is read from
 * "Monday" (the infinitive reaches four words). */
static int weekday_told_at(const ctx *c, size_t at, size_t told_at, match *m)
{
    cursor k = {c, at};
    int dir = 0, strict = 0;
    long ref = c->story;
    if (take(&k, "last") || take(&k, "past")) {
        dir = -1, strict = 1;
    } else if (take(&k, "next") || take(&k, "coming")) {
        dir = 1, strict = 1;
    } else if (take(&k, "this")) {
        /* "this past Friday" said on a Friday is a week ago; a bare "this Friday" may be today */
        if (take(&k, "past")) dir = -1, strict = 1;
        else dir = 1, strict = take(&k, "coming");
    } else if (take(&k, "the")) {
        if (take(&k, "previous") || take(&k, "preceding")) dir = -1;
        else if (take(&k, "following") || take(&k, "next")) dir = 1;
        else return 0;
        strict = 1;
        if (c->anchor.g == G_DAY) ref = c->anchor.day;
    }
    token t = peek(&k);
    int wd = token_in(c, t, cal_weekday_names);
    if (wd < 0 || !is_capitalised(c, t))
        return 0;
    k.pos = t.e;
    static const char *const parts_plural[] = {"mornings", "afternoons", "evenings", "nights", NULL};
    int recurring = dir == 0 ? take_in(&k, parts_plural) : -1;
    if (recurring >= 0) {   /* "Tuesday nights": every Tuesday night */
        char v[32];
        snprintf(v, sizeof v, "XXXX-WXX-%dT%s", wd + 1, day_part_codes[recurring]);
        return found(m, at, k.pos, DYAD_TIMEX_SET, v);
    }
    int weeks;
    if (!dir && take_week_after(&k, &weeks)) {   /* "on Thursday last week" */
        long monday = weekday_near(c->story, 1, -1, 0);   /* of the story's week */
        return found_when(m, at, k.pos, when_day(monday + 7L * weeks + wd));
    }
    if (!dir && any_such_day(c, at, k)) {   /* "falls on a Sunday this year" */
        char v[32];
        snprintf(v, sizeof v, "XXXX-WXX-%d", wd + 1);
        return found(m, at, k.pos, DYAD_TIMEX_DATE, v);
    }
    if (!dir && ends_day_pair(c, at, wd + 1))
        dir = 1, strict = 1, ref = c->anchor.day;
    if (!dir && postponed_until(c, told_at))
        dir = 1, strict = 1;
    if (!dir)
        dir = day_ahead(c, told_at, k.pos) ? 1 : -1;
    long day = weekday_near(ref, wd + 1, dir, strict);
    cursor tail = k;
    match date;
    if (take_punct(&tail, ',') && m_calendar_date(c, peek(&tail).b, &date)
        && date.point.g == G_DAY && weekday_of(date.point.day) == weekday_of(day))
        return found_when(m, at, date.e, date.point);   /* "this coming Sunday, March eighth" */
    tail = k;
    const char *part;
    if (take_day_part(&k, &part))
        return found_time(m, at, k.pos, day, part);
    k = tail;
    return found_when(m, at, k.pos, when_day(day));
}

static int m_weekday(const ctx *c, size_t at, match *m)
{
    return weekday_told_at(c, at, at, m);
}

/* Where the quotation that holds `at` opens, within its paragraph, or
 * SIZE_MAX when `at` is not quoted: the nearest quotation mark before it
 * is an opening curly one, or an odd straight one. */
enum { QUOTE_REACH = 400 };   /* bytes looked back for the opening mark */
static size_t quotation_open(const ctx *c, size_t at)
{
    size_t open = SIZE_MAX, straight = 0;
    for (size_t i = at; i > 0 && at - i < QUOTE_REACH; i--) {
        int ch = byte_at(c, i - 1);
        if (ch == '\n')
            return straight % 2 ? open : SIZE_MAX;
        int curly = i >= 3 ? curly_quote_at(c, i - 3) : 0;   /* (ending at i - 1) */
        if (curly) {
            if (!straight)
                return curly == CURLY_OPEN ? i - 3 : SIZE_MAX;
        } else if (ch == '"' && !straight++) {
            open = i - 1;
        }
    }
    return straight % 2 && at <= QUOTE_REACH ? open : SIZE_MAX;
}

/* Where the quotation that opened at `open` closes after `at`, or SIZE_MAX. */
static size_t quotation_close(const ctx *c, size_t open, size_t at)
{
    int curly = byte_at(c, open) == 0xE2;
    for (size_t i = at; i < c->len && i - at < QUOTE_REACH; i++) {
        int ch = byte_at(c, i);
        if (ch == '\n')
            break;
        if (curly ? curly_quote_at(c, i) == CURLY_CLOSE : ch == '"')
            return i + (curly ? 3 : 1);
    }
    return SIZE_MAX;
}

/* The day a verb of saying in [from, to), up to the end of its sentence,
 * names a few words after it:
 * "said on Monday", "told reporters in Tehran Monday", "said
 * yesterday"; 0 when there is none. */
enum { SPEECH_DAY_WORDS = 6 };
static int speech_day_in(const ctx *c, size_t from, size_t to, long *day)
{
    static const char *const saying[] = {"said", "says", "told", "added", "declared", "stated", "insisted",
        "stressed", "explained", "replied", "wrote", "noted", NULL};
    int since_verb = -1, wd;
    for (token t = token_at(c, from); t.kind != T_END && t.b < to; t = token_at(c, t.e)) {
        if (t.kind == T_PUNCT && byte_at(c, t.b) == '.' && (is_space(byte_at(c, t.e)) || t.e >= c->len))
            break;   /* the sentence ends */
        if (token_in(c, t, saying) >= 0)
            since_verb = 0;
        else if (since_verb < 0 || ++since_verb > SPEECH_DAY_WORDS)
            since_verb = -1;
        else if (token_is(c, t, "yesterday") || token_is(c, t, "today"))
            return *day = token_is(c, t, "today") ? c->story : c->story - 1, 1;
        else if ((wd = token_in(c, t, cal_weekday_names)) >= 0 && is_capitalised(c, t))
            return *day = weekday_near(c->story, wd + 1, -1, 0), 1;   /* said: the past one */
    }
    return 0;
}

/* The day a quotation holding `at` was spoken, against which its
 * "yesterday" and "tomorrow" count: the day a verb of saying names just
 * before it ('He said on Monday: "We met them yesterday."') or just after
 * it ('"We will meet tomorrow," he said on Monday.'); else the story's. */
static long speaking_day(const ctx *c, size_t at)
{
    size_t open = quotation_open(c, at), close;
    long day;
    if (open == SIZE_MAX)
        return c->story;
    if (speech_day_in(c, sentence_start(c, open), open, &day))
        return day;
    close = quotation_close(c, open, at);
    if (close != SIZE_MAX && speech_day_in(c, close, c->len, &day))
        return day;
    return c->story;
}

/* "today", "yesterday", "tomorrow" → that day, counted from the day of
 * speaking in a quotation. */
static int take_relative_day(const ctx *c, cursor *k, long *day)
{
    size_t at = peek(k).b;
    if (take(k, "today")) *day = 0;
    else if (take(k, "yesterday")) *day = -1;
    else if (take(k, "tomorrow")) *day = 1;
    else return 0;
    *day += speaking_day(c, at);
    return 1;
}

/* The day the story is telling of: the last day it named when that was in
 * the week before the report ("stocks closed lower Friday after overnight
 * losses in New York": the night before Friday), else the report's day. */
static long recent_day(const ctx *c)
{
    long day = c->anchor.day;
    return c->anchor.g == G_DAY && day <= c->story && day >= c->story - 7 ? day : c->story;
}

/* The day a part of the day at `at` is in when none is named with it
 * ("in the morning", "late evening", "at dawn"): the last day named,
 * unless that lies more than a week ahead of the story and no future
 * marker ties the sentence to it ("will face Australia on June 12. ...
 * spent all night at bars to see the draw live in the early morning" is
 * the report's morning), else the report's day. */
static long context_day(const ctx *c, size_t at)
{
    if (c->anchor.g != G_DAY || (c->anchor.day > c->story + 7 && tense_near(c, at, at) <= 0))
        return c->story;
    return c->anchor.day;
}

/* "today", "yesterday", "tomorrow", "tonight", "this morning",
 * "last night", "yesterday afternoon", "afternoon yesterday",
 * "mid-afternoon yesterday". */
static int take_clock_day(const ctx *c, cursor *k, long *day, size_t told_at);

/* Whether the day in context was named in a clause of its own that
 * "after" or "following" opens before `at` in its sentence ("After
 * ordering the roundup of strike leaders Monday, police arrested more
 * teachers overnight"): what the main clause tells came after that day. */
static int day_named_after(const ctx *c, size_t at)
{
    static const char *const after[] = {"after", "following", NULL};
    return c->anchor.g == G_DAY && c->anchor_end <= at && c->anchor_end >= sentence_start(c, at)
           && clause_with(c, c->anchor_end, after);
}

/* The night of "overnight" (k after it, at its start): "overnight Sunday",
 * "overnight on Oct. 3" is that day's night, as "Sunday night" is;
 * "overnight into Tuesday" the night before that day, the day an
 * expression of its own; alone, the night before the day the story tells
 * of ("On Monday, overnight strikes hit Kyiv": Sunday's night), but the
 * night of a day an "after" clause named ("After talks failed on Monday,
 * rebels shelled the city overnight": Monday's). */
static int found_overnight(const ctx *c, cursor *k, size_t at, match *m)
{
    cursor after = *k, into = *k;
    match day;
    if (take(&into, "into")) {
        token next = peek(&into);
        if (next.kind != T_END && (m_weekday(c, next.b, &day) || m_calendar_date(c, next.b, &day))
            && day.point.g == G_DAY)
            return found_time(m, at, after.pos, day.point.day - 1, "NI");
    }
    take(k, "on");
    token t = peek(k);
    if (t.kind != T_END && (m_weekday(c, t.b, &day) || m_calendar_date(c, t.b, &day)) && day.point.g == G_DAY)
        return found_time(m, at, day.e, day.point.day, "NI");
    return found_time(m, at, after.pos, recent_day(c) - !day_named_after(c, at), "NI");
}

static int m_relative_day(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    long day = c->story;
    const char *part = NULL;
    if (take_relative_day(c, &k, &day)) {
        cursor tail = k;
        if (take_day_part(&k, &part))
            return found_time(m, at, k.pos, day, part);
        k = tail;
        return found_when(m, at, k.pos, when_day(day));
    }
    if (take(&k, "tonight"))
        return found_time(m, at, k.pos, c->story, "NI");
    /* (not a bank's "overnight rate" nor "an overnight stop": a kind of
     * loan or stay, not last night; "an overnight raid" was one) */
    static const char *const kinds[] = {"rate", "rates", "interest", "call", "lending", "deposit", "deposits",
        "stop", "stops", "stopover", "stay", "stays", NULL};
    if (take(&k, "overnight"))
        return token_in(c, peek(&k), kinds) < 0 && found_overnight(c, &k, at, m);
    if (take(&k, "this") && take_day_part(&k, &part))
        return found_time(m, at, k.pos, c->story, part);
    k.pos = at;
    if (take(&k, "last") && take(&k, "night"))
        return found_time(m, at, k.pos, c->story - 1, "NI");
    k.pos = at;
    int mid = take(&k, "mid");
    /* "in late morning trading", "by late afternoon", "in the early morning
     * local time": the part of the day in context, as "in the morning" is;
     * not the compound "late-night" */
    int shade = !mid && byte_at(c, token_at(c, at).e) != '-' && (take(&k, "early") || take(&k, "late"));
    if (!take_day_part(&k, &part) || (shade && byte_at(c, k.pos) == '-'))
        return 0;
    cursor tail = k;
    if (take_relative_day(c, &k, &day))
        return found_time(m, at, k.pos, day, part);
    if (!mid && !shade)
        return 0;   /* a bare "afternoon" is no date */
    k = tail;
    if (shade) {   /* "late evening March 29", "early morning of March 30", "late afternoon Tuesday" */
        static const char *const shades[] = {"early", "late", "mid", NULL};
        take(&k, "of");
        /* (never a shaded part again: "early morning early morning ..." would nest a call per word) */
        if (token_in(c, peek(&k), shades) < 0 && take_clock_day(c, &k, &day, at))
            return found_time(m, at, k.pos, day, part);
        k = tail;
        day = context_day(c, at);
    }
    return found_time(m, at, k.pos, day, part);
}

/* "Oct. 12, the day before the plunge": after a comma and the day just
 * named, "before" takes an object and "the day" is that day again. */
static int appositive_day(const ctx *c, size_t at, const cursor *after_day)
{
    size_t p = at;
    while (p > 0 && is_space(byte_at(c, p - 1)))
        p--;
    if (p == 0 || byte_at(c, p - 1) != ',' || c->anchor.g != G_DAY)
        return 0;
    cursor k = *after_day;
    return (take(&k, "before") || take(&k, "after")) && peek(&k).kind == T_WORD;
}

/* "earlier in the day", "later in the day": the day in context, as
 * TimeBank tags "the day" in "arrived in Philadelphia later in the day". */
static int within_the_day(const ctx *c, size_t at)
{
    static const char *const in[] = {"in", NULL};
    static const char *const shading[] = {"earlier", "later", "early", "late", NULL};
    size_t in_at = previous_word_start(c, at);
    return in_at < at && previous_word_in(c, at, in) && previous_word_in(c, in_at, shading);
}

/* "three years to the day after the coup": "to the day" after a length
 * says the length is exact; "the day after" is then no day of its own. */
static int to_the_day(const ctx *c, size_t at)
{
    static const char *const to[] = {"to", NULL};
    static const char *const units[] = {"year", "years", "month", "months", "week", "weeks", "decade", "decades",
        "century", NULL};
    return previous_word_in(c, at, to) && previous_word_in(c, previous_word_start(c, at), units);
}

static int match_core(const ctx *c, size_t at, match *best);

/* A day named after "the day before" or "after": "Christmas", "Oct. 12".
 * Not after "the", which keeps "the day after the day after ..." from
 * reading the text again at each "the". */
static int take_named_day(const ctx *c, cursor *k, long *day)
{
    match named;
    token t = peek(k);
    if (t.kind == T_END || token_is(c, t, "the") || !match_core(c, t.b, &named) || named.point.g != G_DAY || named.b != t.b)
        return 0;
    *day = named.point.day;
    k->pos = named.e;
    return 1;
}

/* The day a clause dates, read from the cursor to its end (a comma, a
 * semicolon or a full stop, at most 16 tokens): "Abe took office on Sept.
 * 26" after "the day after". */
static int day_in_clause(const ctx *c, cursor k, long *day)
{
    token first = peek(&k);
    if (first.e - first.b > 4 && strncmp(c->text + first.e - 3, "ing", 3) == 0)
        return 0;   /* "rest for the day after campaigning ... Sunday": another reading */
    for (int n = 0; n < 16; n++) {
        token t = peek(&k);
        if (t.kind == T_END || (t.kind == T_PUNCT && strchr(",;.", byte_at(c, t.b)) && t.e - t.b == 1))
            return 0;
        match named;
        if ((t.kind == T_WORD || t.kind == T_NUM) && !token_is(c, t, "the") && match_core(c, t.b, &named)
            && named.point.g == G_DAY && named.b == t.b) {
            *day = named.point.day;
            return 1;
        }
        k.pos = t.e;
    }
    return 0;
}

/* "the day before", "the next day", "that day": relative to the last day
 * the text named.  With no such day, "the previous day" is the day before
 * the report; "that day" is then not a date at all. */
/* "The same day", "that day" told in the past (the expression at
 * [b, e)) is no day ahead of the story: a day in context still to come
 * ("her decision, due on Sunday night. ... She said earlier the same day")
 * gives way to the story's. */
static long past_same_day(const ctx *c, size_t b, size_t e, long day)
{
    return day > c->story && tense_near(c, b, e) < 0 ? c->story : day;
}

static int m_anaphoric_day(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    long day = c->anchor.g == G_DAY ? c->anchor.day : c->story;
    if (take(&k, "the")) {
        if (take(&k, "next") || take(&k, "following")) {
            if (!take(&k, "day")) return 0;
            day++;
        } else if (take(&k, "previous")) {
            if (!take(&k, "day")) return 0;
            day--;
        } else if (take(&k, "day")) {
            if (to_the_day(c, at))
                return 0;
            cursor noun = k;
            if (appositive_day(c, at, &noun))
                return found_when(m, at, noun.pos, when_day(day));
            int step = take(&k, "before") ? -1 : take(&k, "after") ? 1 : 0;
            if (!step && within_the_day(c, at))
                return found_when(m, at, noun.pos, when_day(day));
            if (!step)
                return 0;
            /* "the day before yesterday" counts from the day it names, not from the anchor */
            cursor from = k;
            if (!take_relative_day(c, &from, &day) && !take_named_day(c, &from, &day)) {
                /* (after an event with no day in context, "the day after the attack",
                 * it is that event's day, which the text does not give, unless
                 * its clause dates it: "the day after Abe took office on Sept. 26") */
                if (peek(&k).kind == T_WORD && !day_in_clause(c, k, &day) && c->anchor.g != G_DAY)
                    return 0;
                from = k;
            }
            k = from;
            day += step;
        } else if (take(&k, "same")) {
            if (!take(&k, "day")) return 0;
            return found_when(m, at, k.pos, when_day(past_same_day(c, at, k.pos, day)));
        } else {
            return 0;
        }
    } else if (take(&k, "that")) {
        /* points back at an event, not at the report ("that same day" too) */
        take(&k, "same");
        if (!take(&k, "day") || c->anchor.g != G_DAY) return 0;
        return found_when(m, at, k.pos, when_day(past_same_day(c, at, k.pos, day)));
    } else {
        return 0;
    }
    return found_when(m, at, k.pos, when_day(day));
}

/* "the first week of November", "the last week of October": the ISO week
 * that holds the 4th (11th, ...) of the month, or its fourth-last day, so
 * that a week mostly in the month before or after is not the one meant. */
/* "the week of March 9": the ISO week holding that day, one expression,
 * as schedules and markets name a week ("the week of Oct. 23"); `after`
 * is the end of "week".  "The week of the vote" names no day. */
static int week_of_day(const ctx *c, size_t at, size_t after, match *m)
{
    cursor k = {c, after};
    match day;
    if (!token_is(c, token_at(c, at), "the") || !take(&k, "of") || !m_calendar_date(c, peek(&k).b, &day)
        || day.point.g != G_DAY)
        return 0;
    when w = day.point;
    w.g = G_WEEK;
    return found_when(m, at, day.e, w);
}

static int m_this_last_next(const ctx *c, size_t at, match *m);

static int m_week_of_month(const ctx *c, size_t at, match *m)
{
    static const char *const last[] = {"last", "final", NULL};
    if (!starts_with_any(c, at, "t"))
        return 0;
    cursor k = {c, at};
    int n = 0;
    token second = token_at(c, token_at(c, at).e);
    if (token_is(c, second, "week"))
        return week_of_day(c, at, second.e, m);
    if (!token_is(c, token_at(c, second.e), "week"))
        return 0;   /* the word after next: most "the" give up here */
    if (!take(&k, "the") || (take_in(&k, last) < 0 && !take_ordinal(&k, &n)) || n > 5
        || !take(&k, "week") || !take(&k, "of"))
        return 0;
    match month;   /* "of November", "of next month" */
    size_t month_at = peek(&k).b;
    if (!(m_calendar_date(c, month_at, &month) || m_this_last_next(c, month_at, &month))
        || month.point.g != G_MONTH)
        return 0;
    int y = month.point.y, mo = month.point.n;
    int day = n ? 7 * (n - 1) + 4 : cal_days_in_month(y, mo) - 3;
    if (day > cal_days_in_month(y, mo))
        return 0;
    when w = when_day(cal_days_from_civil(y, mo, day));
    w.g = G_WEEK;
    return found_when(m, at, month.e, w);
}

/* "of December", "of October 2020" at k: the month, and the year given
 * or chosen as for that month and day `probe_day`; *e past what was read. */
static int take_of_month(const ctx *c, size_t at, cursor *k, int probe_day, int *month, int *year, size_t *e)
{
    if (!take(k, "of") || !take_month(k, month))
        return 0;
    *e = k->pos;
    take_punct(k, ',');
    if (take_year(k, year))
        *e = k->pos;
    else
        *year = year_for(c, at, *e, *month, probe_day);
    return 1;
}

/* "a second day", "the third straight day", "the eighth day of the
 * blockade": wire copy counts the days of a running event, and the day
 * counted is the one it reports (TimeBank: 2 of 2).  "The first day of
 * October" is another day, left alone. */
/* "the first day of October", "the last day of March": that day of the
 * month, its year chosen as for a month and day.  The first or last day
 * of anything else ("of the summit") has no date here. */
static int month_end_day(const ctx *c, size_t at, token ord, match *m)
{
    cursor k = {c, ord.e};
    int month, year;
    size_t e;
    if (!take(&k, "day") || !take_of_month(c, at, &k, token_is(c, ord, "first") ? 1 : 28, &month, &year, &e))
        return 0;
    int day = token_is(c, ord, "first") ? 1 : cal_days_in_month(year, month);
    return found_when(m, at, e, when_day(cal_days_from_civil(year, month, day)));
}

/* "The first Sunday of December", "the last Friday of October 2020": the
 * n-th (or last) such weekday of the month, `ord` the ordinal after "the";
 * the year as for a month and day, or given. */
static int weekday_of_month(const ctx *c, size_t at, token ord, match *m)
{
    cursor k = {c, ord.b};
    int n = -1, month, year;
    if (!take(&k, "last") && (!take_ordinal(&k, &n) || n > 5))
        return 0;
    token t = peek(&k);
    int wd = token_in(c, t, cal_weekday_names);
    if (wd < 0 || !is_capitalised(c, t))
        return 0;
    k.pos = t.e;
    size_t e;
    if (!take_of_month(c, at, &k, n > 0 ? 7 * n - 3 : 25, &month, &year, &e))
        return 0;
    long day = nth_weekday(year, month, n, wd + 1);
    int y, mo, d;
    cal_civil_from_days(day, &y, &mo, &d);
    return mo == month && found_when(m, at, e, when_day(day));   /* no fifth Sunday: none */
}

static int m_nth_day(const ctx *c, size_t at, match *m)
{
    static const char *const dets[] = {"the", "a", "its", "their", NULL};
    static const char *const runs[] = {"straight", "consecutive", "successive", NULL};
    if (!starts_like_any(c, at, dets))
        return 0;
    token det = token_at(c, at), ord = token_at(c, det.e);
    if (token_is(c, det, "the") && weekday_of_month(c, at, ord, m))
        return 1;
    if (token_in(c, det, dets) >= 0 && (token_is(c, ord, "first") || token_is(c, ord, "last")))
        return month_end_day(c, at, ord, m);
    if (token_in(c, det, dets) < 0 || (ord.kind != T_NUM && token_in(c, ord, ordinals) < 2))
        return 0;   /* most determiners are followed by neither */
    cursor k = {c, ord.b};
    int n;
    if (!take_ordinal(&k, &n) || n < 2)
        return 0;
    take_in(&k, runs);
    if (byte_at(c, peek(&k).b - 1) == '-' || !take(&k, "day"))
        return 0;   /* "the Seventh-day Adventists", "second-day losses": compounds */
    cursor of = k;
    int unit, month;
    if (take(&of, "of")) {
        take_in(&of, dets);
        static const char *const rel[] = {"this", "next", "last", NULL};
        take_in(&of, rel);
        if (take_unit(&of, &unit, NULL) || take_month(&of, &month) || take_year(&of, &month))
            return 0;
    }
    return found_when(m, at, k.pos, when_day(c->story));
}

/* Whether "the present" before `k` is an adjective: a number or a word
 * other than a function word, a verb of being or "day" follows ("the
 * present 22-member council", "the present government"; not "up to the
 * present, ...", "the present is", "the present day"). */
static int adjective_present(const ctx *c, cursor k)
{
    static const char *const after_noun[] = {"and", "or", "to", "in", "is", "was", "will", "would", "but",
        "when", "with", "as", "for", "at", "by", "day", "time", "moment", "it", "there", "we", "they",
        "he", "she", "the", "a", "an", "this", "that", "than", "if", "where", "because", "while", "has",
        "had", "have", "are", "were", "can", "could", "may", "might", "should", "must", "from", "on",
        "into", "through", NULL};
    token next = peek(&k);
    return next.kind == T_NUM || (next.kind == T_WORD && !is_capitalised(c, next) && token_in(c, next, after_noun) < 0);
}

/* PRESENT_REF, PAST_REF and FUTURE_REF words and phrases. */
/* Whether "late" at `first` is the adverb of "of late" ("have grown bolder
 * of late", "of late, prices have risen"): it ends its clause or an
 * auxiliary follows, where the adjective takes a noun or a year ("the
 * widow of late President Kennedy", "a return of late 2020"). */
static int of_late(const ctx *c, size_t at, token first)
{
    static const char *const of[] = {"of", NULL};
    static const char *const auxiliaries[] = {"has", "have", "had", "is", "are", "was", "were", "been", "and",
        "but", NULL};
    token next = token_at(c, first.e);
    return token_is(c, first, "late") && previous_word_in(c, at, of) && byte_at(c, first.e) != '-'
           && (next.kind == T_PUNCT || next.kind == T_END || token_in(c, next, auxiliaries) >= 0);
}

static int m_reference(const ctx *c, size_t at, match *m)
{
    static const struct { const char *words[4]; const char *value; } refs[] = {
        {{"now"}, "PRESENT_REF"},
        {{"right", "now"}, "PRESENT_REF"},
        {{"currently"}, "PRESENT_REF"},
        {{"presently"}, "PRESENT_REF"},
        {{"nowadays"}, "PRESENT_REF"},
        {{"these", "days"}, "PRESENT_REF"},
        {{"at", "present"}, "PRESENT_REF"},
        {{"the", "present"}, "PRESENT_REF"},
        {{"more", "recently"}, "PAST_REF"},
        {{"most", "recently"}, "PAST_REF"},
        {{"recently"}, "PAST_REF"},
        {{"lately"}, "PAST_REF"},
        {{"the", "past"}, "PAST_REF"},
        {{"the", "near", "future"}, "FUTURE_REF"},
        {{"the", "immediate", "future"}, "FUTURE_REF"},
        {{"the", "distant", "future"}, "FUTURE_REF"},
        {{"the", "future"}, "FUTURE_REF"},
        {{"soon"}, "FUTURE_REF"},
        {{"the", "near", "term"}, "FUTURE_REF"},
        {{"the", "short", "term"}, "FUTURE_REF"},
        {{"the", "long", "term"}, "FUTURE_REF"},
        {{"a", "later", "date"}, "FUTURE_REF"},
        {{"as", "soon", "as", "possible"}, "FUTURE_REF"},
    };
    static const char *const as[] = {"as", NULL};
    static const char *const soon_relative[] = {"after", "before", "afterwards", "afterward", "thereafter", NULL};
    token first = token_at(c, at);
    if (of_late(c, at, first))
        return found(m, at, first.e, DYAD_TIMEX_DATE, "PAST_REF");
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++) {
        if (!token_is(c, first, refs[i].words[0]))
            continue;
        cursor k = {c, first.e};
        int ok = 1;
        for (int w = 1; w < 4 && refs[i].words[w] && ok; w++)
            ok = take(&k, refs[i].words[w]);
        if (!ok)
            continue;
        int unit;
        cursor tail = k;
        if (take_unit(&k, &unit, NULL))  /* "the past year", "future quarters" belong elsewhere */
            return 0;
        k = tail;
        if (token_is(c, peek(&k), "of"))
            return 0;   /* "the future of our peoples": its prospects, no point in time */
        if (token_is(c, first, "the") && token_is(c, token_at(c, first.e), "present") && adjective_present(c, k))
            return 0;

        if (k.pos > 5 && byte_at(c, k.pos - 5) == '-' && peek(&k).kind == T_WORD)
            return 0;   /* "the long-term savings": an adjective */
        if (token_is(c, first, "soon") && previous_word_in(c, at, as) && token_is(c, peek(&k), "as"))
            return 0;   /* "as soon as trading opened": a conjunction, no point in time */
        if (token_is(c, first, "soon") && token_in(c, peek(&k), soon_relative) >= 0)
            return 0;   /* "soon after the rescue": a time told from an event, not the future (TimeBank tags none) */
        return found(m, at, k.pos, DYAD_TIMEX_DATE, refs[i].value);
    }
    return 0;
}

/* "current" and "recent" before a noun: TimeBank marks "a recent filing"
 * and "its current position" (but not "the current system"). */
static int m_reference_adjective(const ctx *c, size_t at, match *m)
{
    static const char *const determiners[] = {"the", "most", "more", NULL};
    cursor k = {c, at};
    const char *value = take(&k, "current") ? "PRESENT_REF" : take(&k, "recent") ? "PAST_REF" : NULL;
    int unit;
    if (!value || previous_word_in(c, at, determiners) || peek(&k).kind != T_WORD)
        return 0;
    cursor next = k;
    if (take_unit(&next, &unit, NULL) || take(&next, "fiscal"))
        return 0;
    return found(m, at, k.pos, DYAD_TIMEX_DATE, value);
}

/* "recent years", "coming months", "past years": vague references.
 * "Recent weeks", "recent months" are spans reaching up to the story
 * (TimeBank: PXW, PXM each time), "recent years" and "recent days" a
 * past reference (TimeBank: PAST_REF mostly). */
static int m_vague_period(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    int the = take(&k, "the"), unit, plural;
    const char *value;
    int recent = 0;
    cursor ahead = k;
    if (the && token_is(c, token_at(c, peek(&k).e), "ahead") && take_unit(&ahead, &unit, &plural) && plural
        && take(&ahead, "ahead"))
        return found_duration(m, at, ahead.pos, unit, -1);   /* "the weeks ahead": TimeBank PXW */
    if (take(&k, "recent")) value = "PAST_REF", recent = 1;
    else if (take(&k, "past")) value = "PAST_REF";
    else if (take(&k, "coming") || take(&k, "future")) value = "FUTURE_REF";
    else return 0;
    if (!take_unit(&k, &unit, &plural) || !plural)
        return 0;
    cursor pair = k;
    int unit2;
    if ((take(&pair, "and") || take(&pair, "or")) && take_unit(&pair, &unit2, &plural) && plural)
        return found(m, at, pair.pos, DYAD_TIMEX_DATE, value);   /* "recent weeks and months": no one span */
    if (recent && (unit == U_WEEK || unit == U_MONTH || unit == U_QUARTER))
        return found_duration(m, at, k.pos, unit, -1);
    return found(m, at, k.pos, DYAD_TIMEX_DATE, value);
}

/* Whether the expression at `at` opens a quoted title: ABC's "This Week"
 * is a programme.  A title-case unit word after an opening quote. */
static int quoted_title(const ctx *c, size_t at, token unit_word)
{
    size_t p = at;
    while (p > 0 && is_space(byte_at(c, p - 1)))
        p--;
    int quote = p > 0 && (byte_at(c, p - 1) == '"' || byte_at(c, p - 1) == '`'
                          || (p >= 3 && curly_quote_at(c, p - 3) == CURLY_OPEN));
    return quote && is_capitalised(c, unit_word) && byte_at(c, unit_word.b + 1) >= 'a';   /* not all caps */
}

/* Nouns an award of the year names in lower case too: "was named player
 * of the year", "coach of the year", "album of the year". */
static const char *const award_nouns[] = {"player", "coach", "manager", "footballer", "athlete", "rookie",
    "sportsman", "sportswoman", "goal", "album", "song", "record", NULL};

/* Whether "the Year" at `at` ends the name of an award: "European Player
 * of the Year", "Goal of the Month". */
static int award_title(const ctx *c, size_t at, token unit_word)
{
    static const char *const of[] = {"of", NULL};
    if (!previous_word_in(c, at, of))
        return 0;
    size_t p = previous_word_start(c, at), q = previous_word_start(c, p);
    if (q == p)
        return 0;
    token noun = token_at(c, q);
    return is_capitalised(c, unit_word) ? is_capitalised(c, noun) : token_in(c, noun, award_nouns) >= 0;
}

/* Whether "to" or "through" and a month follow: "(the year) to September",
 * "to end-March", "through March 31". */
static int year_to_month(cursor k)
{
    int month;
    if (!take(&k, "to") && !take(&k, "through"))
        return 0;
    if (byte_at(k.c, token_at(k.c, k.pos).e) == '-')
        take(&k, "end");
    return take_month(&k, &month);
}

/* "The year before, ...", "the month after.": a unit before "before" or
 * "after" that ends its clause is the one before (-1) or after (+1) the
 * date last named, as TimeBank tags "the day" of "the day before" with
 * that day.  Not before a noun or a clause ("the year before the
 * election": an act with no date here, 0).  "The year before last" (-2)
 * and "the week after next" (+2) count from the story; `k` is then moved
 * past "before last" or "after next", the only cases whose extent takes
 * the words. */
static int side_of_anchor(const ctx *c, cursor *k)
{
    cursor after = *k;
    int step = take(&after, "before") ? -1 : take(&after, "after") ? 1 : 0;
    if ((step < 0 && take(&after, "last")) || (step > 0 && take(&after, "next"))) {
        *k = after;
        return 2 * step;
    }
    token t = peek(&after);
    return t.kind == T_END || (t.kind == T_PUNCT && byte_at(c, t.b) != '\'') ? step : 0;
}

/* Whether a bare unit at `at`, the cursor after it, is counted from an
 * event the words after it tell: "the week after the vote", "the month
 * before Bush won", which name no date here (as "the day after the
 * attack"); not "the year before last", a unit ending its clause (which
 * side_of_anchor reads), a gerund ("rose over the week before closing":
 * this week), nor a unit inside "the end of the year after ...". */
static int unit_before_event(const ctx *c, size_t at, cursor k)
{
    static const char *const parts_of[] = {"of", NULL};
    if (previous_word_in(c, at, parts_of) || (!take(&k, "before") && !take(&k, "after")))
        return 0;
    token t = peek(&k);
    size_t n = t.e - t.b;
    int gerund = n > 4 && strncmp(c->text + t.e - 3, "ing", 3) == 0;
    return t.kind == T_WORD && !gerund && !token_is(c, t, "last");
}

/* Whether `at` follows a comma right after the date last named: "in
 * 1981, the year before ...". */
static int right_after_anchor(const ctx *c, size_t at)
{
    size_t p = at;
    while (p > 0 && is_space(byte_at(c, p - 1)))
        p--;
    return p > 0 && byte_at(c, p - 1) == ',' && c->anchor.g != G_NONE && c->anchor_end + 1 >= p - 1
           && c->anchor_end <= p - 1;
}

/* Whether the year that ends at the cursor is of another calendar: "1443
 * AH", "the year 1443 Hijri", "2078 BS", "the year 1400 in the Iranian
 * calendar".  It is no Gregorian year, and a story that gives the
 * Gregorian date gives it apart ("22 Bahman 1357 (February 11, 1979)"). */
static int other_calendar(cursor k)
{
    static const char *const marks[] = {"ah", "sh", "bs", "hijri", "hijra", "hegira", NULL};
    static const char *const calendars[] = {"iranian", "persian", "islamic", "hijri", "muslim",
        "jewish", "hebrew", "buddhist", "thai", "nepali", "ethiopian", NULL};
    static const char *const ins[] = {"in", "on", "of", "by", "according", NULL};
    if (take_in(&k, marks) >= 0)
        return 1;
    if (take_in(&k, ins) < 0)
        return 0;
    take(&k, "to");
    return take(&k, "the") && take_in(&k, calendars) >= 0 && take(&k, "calendar");
}

/* "this week", "last month", "next year", "the past year", "the current
 * fiscal year", "the following month", "the weekend", "the year". */
static int m_this_last_next(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    int shift = 0, from_anchor = 0, the = take(&k, "the"), bare = 0;
    int plain_this = 0;
    if (take(&k, "this")) {
        shift = take(&k, "past") ? -1 : take(&k, "coming") ? 1 : 0;   /* "this past weekend" */
        plain_this = !shift;
    } else if (take(&k, "current") || take(&k, "present")) shift = 0;
    else if (take(&k, "last") || take(&k, "past") || take(&k, "latest")) shift = -1;
    else if (take(&k, "previous") || take(&k, "preceding") || take(&k, "prior")) shift = -1, from_anchor = 1;
    else if (take(&k, "next") || take(&k, "coming")) shift = 1;
    else if (take(&k, "following") || take(&k, "subsequent")) shift = 1, from_anchor = 1;
    else if (take(&k, "same") || (!the && take(&k, "that"))) {
        from_anchor = 1;
        take(&k, "same");   /* "that same year" */
    }
    else if (take(&k, "full") || take(&k, "whole") || take(&k, "entire")) shift = 0;
    else if (the) bare = 1;
    else return 0;
    take(&k, "fiscal");
    take(&k, "calendar");
    int unit, plural;
    token unit_word = peek(&k);
    if (!take_unit(&k, &unit, &plural) || plural || quoted_title(c, at, unit_word)
        || (bare && award_title(c, at, unit_word)))
        return 0;
    if (byte_at(c, k.pos) == '-' && token_is(c, token_at(c, k.pos), "old"))
        return 0;   /* "the decade-old conflict": an age */
    if (unit < U_WEEK || unit == U_QUARTER || unit == U_FORTNIGHT)
        return 0;   /* days are m_anaphoric_day's, quarters m_quarter's; no calendar fortnight */
    /* "met this weekend" in a story of Monday to Friday: a past verb right
     * before it puts it in the weekend just past, as "the weekend" is */
    if (unit == U_WEEKEND && plain_this && weekday_of(c->story) <= 5 && past_verb_right_before(c, at))
        shift = -1;
    if (unit == U_WEEKEND && bare) {
        /* "the weekend": the one just past (the one under way on a Sunday),
         * the coming one when the sentence speaks of the future ("talks
         * will resume over the weekend"); "the weekend before last" the
         * one before the one just past, as "the year before last", and
         * "the weekend after next" the one after the coming one */
        cursor after = k;
        int side = side_of_anchor(c, &after);
        int two_off = side == -2 || side == 2;
        int ahead = side == 2 || (!two_off && day_ahead(c, at, k.pos));
        when w = when_day(weekday_near(ahead ? told_day(c, at) : c->story, 6, ahead ? 1 : -1, 0)
                          + (two_off ? side / 2 * 7 : 0));
        w.g = G_WEEKEND;
        if (two_off)
            k = after;   /* "the weekend before last": the one before that */
        return found_when(m, at, k.pos, w);
    }
    static const char *const ended[] = {"ended", "ending", NULL};
    static const char *const spanning[] = {"throughout", "over", NULL};
    /* "the year ended March 31" is a length, a year measured back from the
     * date that follows (TimeML's endPoint), and so are "the year to
     * September" (British and Reuters) and "throughout the year"; "for the year" and "in the year" name the year in context,
     * as results stories use them ("For the year, volume was flat"). */
    cursor number = {c, peek(&k).e};
    if (bare && unit == U_YEAR && peek(&k).kind == T_NUM && other_calendar(number))
        return 0;   /* "the year 1443 Hijri": a year m_year refused */
    if (bare && unit == U_YEAR && (token_in(c, peek(&k), ended) >= 0 || previous_word_in(c, at, spanning)
                                   || year_to_month(k)))
        return found_duration(m, at, k.pos, unit, 1);
    token end_date = token_at(c, peek(&k).e);
    if (bare && (unit == U_WEEK || unit == U_MONTH) && token_in(c, peek(&k), ended) >= 0
        && (end_date.kind == T_NUM || is_capitalised(c, end_date)))
        return found_duration(m, at, k.pos, unit, 1);   /* "the week ending Oct. 9", as the year; not "the week ended with" */
    when base = story_at(c, unit);
    int set = bare && unit == U_YEAR ? setting_year(c, at, k.pos, 0) : 0;
    if (set)
        base.y = set;   /* "In 1998 the bank collapsed. At the end of the year, ..." */
    int side = bare && unit != U_WEEKEND ? side_of_anchor(c, &k) : 0;
    if (bare && !side && unit_before_event(c, at, k)) {
        /* "in 1981, the year before the massacre", "In October, the
         * month after the coup": an apposition to the date just named */
        when named = when_at_unit(c->anchor, unit, (when){G_NONE, 0, 0, 0});
        return right_after_anchor(c, at) && named.g != G_NONE && found_when(m, at, k.pos, named);
    }
    if (side == -2 || side == 2)
        return found_when(m, at, k.pos, when_shift(base, unit, side));   /* "the year before last" */
    if (side)
        shift = side, from_anchor = 1;
    if (from_anchor && c->anchor.g >= G_YEAR)
        base = when_at_unit(c->anchor, unit, base);
    if (from_anchor)
        return found_anaphor(m, at, k.pos, when_shift(base, unit, shift));
    return found_when(m, at, k.pos, when_shift(base, unit, shift));
}

/* "year end", "year-end", "year's end". */
static int m_year_end(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    if (!take(&k, "year"))
        return 0;
    take_possessive(&k);
    if (!take(&k, "end"))
        return 0;
    return found_when(m, at, k.pos, when_of(G_YEAR, story_year(c), 0));
}

/* "in the new year", "the first half of the new year": the year about to
 * begin when the story is from the second half of one, else the one just
 * begun.  A noun after it makes it the holiday ("the New Year
 * festival", "the New Year's weekend", "celebrate the New Year together"). */
static int m_new_year(const ctx *c, size_t at, match *m)
{
    static const char *const followers[] = {"and", "or", "but", "in", "as", "when", "will", "would", "is", "was", NULL};
    cursor k = {c, at};
    if (!take(&k, "the") || !take(&k, "new") || !take(&k, "year"))
        return 0;
    token next = peek(&k);
    if ((next.kind == T_WORD && token_in(c, next, followers) < 0) || byte_at(c, k.pos) == '\'' || byte_at(c, k.pos) == '-')
        return 0;
    return found_when(m, at, k.pos, when_of(G_YEAR, story_year(c) + (story_month(c) >= 7), 0));
}

/* "the Year of the Horse": the year of the Chinese zodiac named, the
 * one nearest the story (the zodiac's twelve animals recur in that order,
 * the Rat's years being 2020, 2032, ...).  Named as the calendar year it
 * mostly lies in, as "the new year" is. */
static int m_zodiac_year(const ctx *c, size_t at, match *m)
{
    static const char *const animals[] = {"rat", "ox", "tiger", "rabbit", "dragon", "snake", "horse", "goat",
        "monkey", "rooster", "dog", "pig", "hare", "sheep", "ram", "boar", NULL};
    static const int sign_of[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 3, 7, 7, 11};
    enum { ZODIAC_RAT_YEAR = 2020 };
    cursor k = {c, at};
    if (!take(&k, "the") || !is_capitalised(c, peek(&k)) || !take(&k, "year") || !take(&k, "of")
        || !take(&k, "the"))
        return 0;
    token animal = peek(&k);
    int i = token_in(c, animal, animals);
    if (i < 0 || !is_capitalised(c, animal))
        return 0;
    int y = story_year(c);
    int ahead = ((sign_of[i] - (y - ZODIAC_RAT_YEAR)) % 12 + 12) % 12;   /* years to the next such year */
    return found_when(m, at, animal.e, when_of(G_YEAR, y + (ahead > 6 ? ahead - 12 : ahead), 0));
}

/* The second year of a two-year span written short, as seasons, fiscal
 * and school years are: "22" in "2021-22", "the 2022-23 season", "fiscal
 * 2024-25", "the 2025/26 season" (the first year is an expression of its
 * own, as the two ends of "Oct. 28-29" are).  Only the year right after the first, so that a code
 * like "2021-23" or "2021-22-23" is none. */
static int m_year_span_end(const ctx *c, size_t at, match *m)
{
    token t = token_at(c, at);
    if (t.kind != T_NUM || t.e - t.b != 2 || !is_digit(byte_at(c, at + 1)) || at < 5)
        return 0;
    size_t dash = byte_at(c, at - 1) == '-' || byte_at(c, at - 1) == '/' ? at - 1 : at;
    if (dash == at && at >= 7 && byte_at(c, at - 3) == 0xE2 && byte_at(c, at - 2) == 0x80 && byte_at(c, at - 1) == 0x93)
        dash = at - 3;   /* an en dash */
    if (dash == at || dash < 4 || (dash > 4 && (is_alnum(byte_at(c, dash - 5)) || byte_at(c, dash - 5) == '/')))
        return 0;
    int first = 0;
    for (size_t i = dash - 4; i < dash; i++) {
        if (!is_digit(byte_at(c, i)))
            return 0;
        first = first * 10 + byte_at(c, i) - '0';
    }
    int next = byte_at(c, t.e);
    if (first < 1800 || first >= 2100 || ((next == '-' || next == '/') && is_digit(byte_at(c, t.e + 1))))
        return 0;
    int second = (byte_at(c, at) - '0') * 10 + byte_at(c, at + 1) - '0';
    if (second != (first + 1) % 100)
        return 0;
    return found_when(m, at, t.e, when_of(G_YEAR, first + 1, 0));
}

/* "FY2023", "FY 2023", "FY23": a fiscal year as company and budget
 * reports abbreviate it (two digits are this century's). */
static int m_fiscal_code(const ctx *c, size_t at, match *m)
{
    if (byte_at(c, at) != 'F')
        return 0;
    cursor k = {c, at};
    token t = peek(&k);
    if (t.kind != T_WORD || t.e - t.b != 2 || byte_at(c, t.b + 1) != 'Y')
        return 0;
    k.pos = t.e;
    int year;
    size_t nd;
    if (take_year(&k, &year))
        return found_when(m, at, k.pos, when_of(G_YEAR, year, 0));
    if (byte_at(c, t.e) == '\'')
        k.pos++;   /* "FY'23" */
    if (!is_digit(byte_at(c, k.pos)) || !take_digits(&k, &year, &nd) || nd != 2)
        return 0;
    return found_when(m, at, k.pos, when_of(G_YEAR, 2000 + year, 0));
}

/* A fiscal year written as a code after a quarter or a half ("Q1 FY2025",
 * "the first quarter of FY2025"): the quarter is that year's. */
static int take_fiscal_code(cursor *k, int *year)
{
    match code;
    if (!m_fiscal_code(k->c, peek(k).b, &code))
        return 0;
    k->pos = code.e;
    *year = code.point.y;
    return 1;
}

/* Whether four digits count heads or things rather than name a year: a
 * noun that is counted follows ("sent 2000 troops", "killed 1945
 * people", "about 1500 tonnes"), not as a possessive ("2006 women's
 * volleyball"), and no determiner or preposition of time stands before
 * the number ("the 1994 elections", "in 1945 people fled"). */
static int counts_heads(const ctx *c, size_t at, size_t end)
{
    static const char *const counted[] = {"people", "persons", "troops", "soldiers", "civilians", "men",
        "women", "children", "refugees", "police", "policemen", "officers", "workers", "students",
        "residents", "families", "prisoners", "fighters", "militants", "rebels", "demonstrators",
        "protesters", "victims", "casualties", "deaths", "dead", "tonnes", "tons", "dollars", "euros",
        "votes", "jobs", "homes", "houses", "cases", "members", "pilgrims", "migrants", "marines",
        "peacekeepers", "employees", "staff", "personnel", "delegates", "patients", "passengers",
        "visitors", "tourists", "weapons", "rifles", "guns", "rockets", "missiles", "shells", "mines",
        "vehicles", "cars", "trucks", "tanks", "barrels", "hectares", "acres", "kilometres", "kilometers",
        "miles", "metres", "meters", "points", "shares", "seats", "units", "villages", NULL};
    static const char *const year_openers[] = {"the", "a", "an", "its", "their", "his", "her", "our",
        "in", "since", "during", "until", "till", "through", "before", "after", "s", NULL};
    cursor k = {c, end};
    if (take_in(&k, counted) < 0 || take_possessive(&k))
        return 0;
    return !previous_word_in(c, at, year_openers);
}

/* The four-digit number whose token ends right before `at` (skipping
 * spaces and a hyphen), or -1: the first year of "from 1509 to 1547". */
static int number_before(const ctx *c, size_t at, size_t *start)
{
    token prev = word_ending_before(c, at);
    if (prev.e - prev.b != 4)
        return -1;
    for (size_t i = prev.b; i < prev.e; i++)
        if (!is_digit(byte_at(c, i)))
            return -1;
    *start = prev.b;
    return atoi(c->text + prev.b);
}

/* Whether the year `year` at [at, end) is an end of a span of years that
 * "from" or "between" opens, the second no more than a century after the
 * first ("from 1509 to 1547", "between 1618 and 1648"). */
static int old_year_span(const ctx *c, size_t at, size_t end, int year)
{
    static const char *const opens[] = {"from", "between", NULL};
    static const char *const joins[] = {"to", "and", "until", "till", NULL};
    /* (after a verb of change the numbers are amounts: "rose from 1150 to 1200") */
    static const char *const changes[] = {"rose", "fell", "climbed", "dropped", "increased", "decreased",
        "jumped", "slipped", "gained", "grew", "declined", "rising", "falling", "up", "down", NULL};
    size_t first_at;
    cursor k = {c, end};
    int other;
    if (previous_word_in(c, at, opens)) {   /* the first year: the second must follow */
        if (byte_at(c, end) != '-' && take_in(&k, joins) < 0)
            return 0;
        if (byte_at(c, end) == '-')
            k.pos = end + 1;
        return take_year(&k, &other) && other > year && other - year <= 100
               && !previous_word_in(c, previous_word_start(c, at), changes);
    }
    size_t before = at;
    if (previous_word_in(c, at, joins))
        before = previous_word_start(c, at);
    else if (!(at > 0 && byte_at(c, at - 1) == '-'))
        return 0;
    other = number_before(c, before, &first_at);
    return other >= 1000 && other < year && year - other <= 100 && previous_word_in(c, first_at, opens)
           && !previous_word_in(c, previous_word_start(c, first_at), changes);
}

/* Whether four digits 1000-1799 at [at, end) are a year of history: a
 * preposition of time before them ("in 1648", "since 1492", "until
 * 1789", "in late 1789") or an end of a span of years ("from 1509 to
 * 1547"), and no lower-case word after them but a function word ("in 1648
 * the treaty", not "in 1500 cases"). Bare, or after "by", "of" or a
 * "from" with no year to follow, such numbers are more often counts,
 * prices or points ("fell from 1200 to 1150 points"). */
static int old_year(const ctx *c, size_t at, size_t end, int year)
{
    static const char *const openers[] = {"in", "since", "until", "till", "before", "after", "during",
        "circa", NULL};
    static const char *const parts[] = {"early", "late", "mid", NULL};
    static const char *const function_words[] = {"the", "a", "an", "and", "or", "to", "when", "after",
        "before", "by", "in", "on", "at", "with", "as", "but", "he", "she", "it", "they", "we", "was",
        "were", "had", "until", "onwards", "onward", NULL};
    cursor k = {c, end};
    token next = peek(&k);
    if (next.kind == T_WORD && !is_capitalised(c, next) && token_in(c, next, function_words) < 0
        && byte_at(c, end) != '-')
        return 0;
    size_t head = at;
    if (previous_word_in(c, at, parts)) {   /* "in late 1789", "in mid-1648" */
        while (head > 0 && byte_at(c, head - 1) == '-')
            head--;
        head = previous_word_start(c, head);
    }
    return previous_word_in(c, head, openers) || old_year_span(c, at, end, year);
}

/* Whether the year at `at` ends a proper name: "Windows 2000", "Euro
 * 2004", "a venture called Orion 1980", "Resolution 1973", which TimeML
 * leaves untagged (TimeBank's "Orion 1980").  The word right before is
 * capitalised in title case (not a shouted headline's "IN 2005"), not the
 * first of its sentence ("Since 2000") and no word of time or preposition
 * (a headline's "Sales Rise In 2005", "Christmas 2019", "Spring 2005",
 * "restless: Will 2007 be the year"). */
static int ends_name(const ctx *c, size_t at)
{
    static const char *const not_names[] = {"in", "since", "by", "until", "till", "from", "to", "through",
        "before", "after", "during", "of", "for", "at", "on", "and", "or", "but", "than", "between",
        "around", "about", "circa", "early", "late", "mid", "end", "fiscal", "year", "summer", "winter",
        "spring", "autumn", "fall", "sept", "the", "this", "last", "next", "ad", "ce", "will", "would",
        "is", "was", "be", "can", "could", "should", "did", "does", "as", "with", "like", "unlike", "only",
        "then", "that", "if", "when", "while", "within", "beyond", "toward", "towards", "into", NULL};
    size_t b = previous_word_start(c, at);
    if (b == at)
        return 0;
    token prev = {b, at, T_WORD};
    while (prev.e > prev.b && is_space(byte_at(c, prev.e - 1)))
        prev.e--;
    if (!is_capitalised(c, prev) || prev.e - prev.b < 2 || byte_at(c, prev.b + 1) < 'a'
        || token_in(c, prev, not_names) >= 0 || token_in(c, prev, cal_month_names) >= 0
        || token_in(c, prev, month_abbr) >= 0 || token_in(c, prev, holiday_firsts) >= 0
        || token_in(c, prev, cal_weekday_names) >= 0)
        return 0;
    size_t start = sentence_start(c, b);
    while (start < b && !is_alnum(byte_at(c, start)))
        start++;
    return start < b;
}

/* Whether the year at `at` is joined by a hyphen to a capitalised word,
 * a name's ("APEC-2006", "Euro-2008", "Expo-2010"), not a word of time
 * ("Mid-2006", "Pre-2003", "End-2005" opening a sentence). */
static int hyphened_name(const ctx *c, size_t at)
{
    static const char *const time_words[] = {"mid", "end", "pre", "post", "early", "late", "fy", "fiscal", "sept",
        "ad", "ce", "bc", "bce", "year", "since", "from", "until", "to", NULL};
    if (at < 3 || byte_at(c, at - 1) != '-')
        return 0;
    token prev = word_ending_before(c, at);
    for (size_t i = prev.b; i < prev.e; i++)
        if (!is_alpha(byte_at(c, i)))
            return 0;   /* "1975-1990", "Q3-2006": a span, a period */
    return prev.e - prev.b >= 2 && is_capitalised(c, prev) && token_in(c, prev, time_words) < 0
           && token_in(c, prev, cal_month_names) < 0 && token_in(c, prev, month_abbr) < 0
           && token_in(c, prev, seasons) < 0;
}

/* Whether the four digits at `at` are the first year of a span written
 * with a slash, "2025/26" or "2025/2026" (a season, a school or fiscal
 * year), which take_digits refuses as it refuses "1/2" and "10/20/2021":
 * the year after it must follow the slash, and no third number. */
static int slash_span_first(const ctx *c, size_t at, int *year)
{
    token t = token_at(c, at);
    if (t.kind != T_NUM || t.e - t.b != 4 || byte_at(c, t.e) != '/' || (t.b > 0 && byte_at(c, t.b - 1) == '/'))
        return 0;
    int first = 0, second = 0;
    for (size_t i = t.b; i < t.e; i++) {
        if (!is_digit(byte_at(c, i)))
            return 0;
        first = first * 10 + byte_at(c, i) - '0';
    }
    size_t i = t.e + 1, n = 0;
    for (; is_digit(byte_at(c, i)); i++, n++)
        second = add_digit(second, byte_at(c, i) - '0');
    if (first < 1800 || first >= 2100 || is_alpha(byte_at(c, i)) || byte_at(c, i) == '/'
        || !((n == 2 && second == (first + 1) % 100) || (n == 4 && second == first + 1)))
        return 0;
    *year = first;
    return 1;
}

/* The first year of a slash span at the cursor, taken alone: "1941" of
 * "1941/42" (the caller decides what the second year adds). */
static int take_slash_span_first(cursor *k, int *year)
{
    token t = peek(k);
    if (!slash_span_first(k->c, t.b, year))
        return 0;
    k->pos = t.e;
    return 1;
}

/* "1990", "fiscal 1989", "the year 2000", "nineteen ninety-six". */
static int m_year(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    int the = take(&k, "the"), year, fiscal = take(&k, "fiscal");
    int the_year = (the || fiscal) && take(&k, "year");   /* "the (fiscal) year 2026" */
    if (!fiscal && !the_year)
        k.pos = at;
    if (take_year(&k, &year)) {
        token prev_end = token_at(c, k.pos);
        if (prev_end.kind == T_PUNCT && byte_at(c, prev_end.b) == '%')
            return 0;
        if (at > 0 && byte_at(c, at - 1) == '$')
            return 0;
        if (byte_at(c, k.pos) == '-' && is_digit(byte_at(c, k.pos + 1)) && is_digit(byte_at(c, k.pos + 2))
            && byte_at(c, k.pos + 3) == '-' && is_digit(byte_at(c, k.pos + 4)))
            return 0;   /* "2021-13-45": a date m_numeric_date refused, or a code */
        if (byte_at(c, k.pos) == '-' && is_alpha(byte_at(c, k.pos + 1))
            && !token_is(c, token_at(c, k.pos + 1), "end"))
            return 0;   /* "a Mirage 2000-D jet", "a 2000-strong force": a name or a count ("2005-end" is a year) */
        if (!fiscal && !the_year && (year > 2100 || (year < 1800 && !old_year(c, at, k.pos, year))))
            return 0;
        if (!fiscal && !the_year && (counts_heads(c, at, k.pos) || ends_name(c, at) || hyphened_name(c, at)))
            return 0;
        if (other_calendar(k))
            return 0;
    } else if (slash_span_first(c, k.pos, &year)) {
        return found_when(m, at, token_at(c, k.pos).e, when_of(G_YEAR, year, 0));
    } else if (!take_spoken_year(&k, &year) || (!the_year && year == 2000)) {
        return 0;
    }
    return found_when(m, at, k.pos, when_of(G_YEAR, year, 0));
}

/* Whether a decade at `at` follows a possessive, so is an age: "in his
 * 70s", "in their early twenties", "in her mid-40s" (the modifier may have
 * been read first). */
static int owned_age(const ctx *c, size_t at)
{
    static const char *const part[] = {"early", "mid", "late", NULL};
    static const char *const owners[] = {"his", "her", "their", "my", "your", "our", "whose", NULL};
    size_t before = at;
    if (previous_word_in(c, at, part)) {   /* back over "mid-" or "early " */
        while (before > 0 && (is_space(byte_at(c, before - 1)) || byte_at(c, before - 1) == '-'))
            before--;
        before = previous_word_start(c, before);
    }
    return previous_word_in(c, before, owners);
}

/* "the 1990s", "the '80s", "the nineties", "the early 1980s",
 * "the 20th century". */
/* The end of an "'s" (or "’s") at `at` that makes a plural of a number,
 * as older and hurried copy writes a decade ("the 1990's", "the '80's");
 * 0 when, with no "the" before the number, a word follows that makes it
 * a possessive ("1995's budget", "1990's budget" but "1970's."). */
static size_t plural_apostrophe(const ctx *c, size_t at, int the)
{
    size_t s = byte_at(c, at) == '\'' ? at + 1
             : byte_at(c, at) == 0xE2 && byte_at(c, at + 1) == 0x80 && byte_at(c, at + 2) == 0x99 ? at + 3 : 0;
    if (!s || lower(byte_at(c, s)) != 's' || is_alnum(byte_at(c, s + 1)))
        return 0;
    token next = token_at(c, s + 1);
    if (!the && next.kind == T_WORD && !is_capitalised(c, next) && token_in(c, next, adverb_followers) < 0)
        return 0;
    return s + 1;
}

/* An era after a year or century: 1 for "AD", "A.D.", "CE", -1 for "BC",
 * "B.C.", "BCE", 0 for none.  Capitals only ("ad" is a word). */
static int take_era(cursor *k)
{
    static const char *const ad[] = {"AD", "CE", "A.D.", "C.E.", NULL};
    static const char *const bc[] = {"BC", "BCE", "B.C.", "B.C.E.", NULL};
    const ctx *c = k->c;
    token t = peek(k);
    if (t.kind != T_WORD || !is_capitalised(c, t))
        return 0;
    for (int era = 0; era < 2; era++)
        for (const char *const *e = era ? bc : ad; *e; e++) {
            size_t n = strlen(*e);
            if (t.b + n <= c->len && strncmp(c->text + t.b, *e, n) == 0 && !is_alnum(byte_at(c, t.b + n))) {
                k->pos = t.b + n;
                return era ? -1 : 1;
            }
        }
    return 0;
}

static int m_decade(const ctx *c, size_t at, match *m)
{
    static const char *const part[] = {"early", "mid", "late", NULL};
    cursor k = {c, at};
    int the = take(&k, "the"), mid = take_in(&k, part) == 1;
    token t = peek(&k);
    int decade = -1, n;
    size_t end = 0;   /* the end of "'s" in "the 1990's" */
    int w = take_in(&k, decade_words);
    if (w >= 2) {
        decade = 1900 + w * 10;
    } else if (t.kind == T_NUM && (lower(byte_at(c, t.e - 1)) == 's' || (end = plural_apostrophe(c, t.e, the)))) {
        size_t digits = 0;
        int v = 0;
        for (size_t i = t.b; i < t.e; i++)
            if (is_digit(byte_at(c, i))) v = add_digit(v, byte_at(c, i) - '0'), digits++;
        int apostrophe = byte_at(c, t.b) == '\'';
        if (t.e - t.b != digits + !end + (size_t)apostrophe || v % 10 != 0 || (end && digits == 2 && !apostrophe))
            return 0;   /* "their 40's and 50's" are ages */
        if (digits == 4 && v % 100 == 0 && v < 1900)   /* "the 1600s": a century, none calls a decade so */
            return found_when(m, at, end ? end : t.e, when_of(G_CENTURY, v, 0));
        if (digits == 4) decade = v;
        else if (digits == 2) decade = (v + 1900 > story_year(c) + 10 ? 1800 : 1900) + v;
        else return 0;
        k.pos = end ? end : t.e;
    } else if (take_ordinal(&k, &n) && take(&k, "century")) {
        if (n < 1 || n > 30) return 0;
        if (take_era(&k) < 0) {   /* "the third century BC": TIMEX2's "BC02" */
            char v[32];
            snprintf(v, sizeof v, "BC%02d", n - 1);
            return found(m, at, k.pos, DYAD_TIMEX_DATE, v);
        }
        return found_when(m, at, k.pos, when_of(G_CENTURY, (n - 1) * 100, 0));
    } else if (mid && token_is(c, t, "century") && byte_at(c, t.b - 1) == '-') {
        /* "by mid-century": this century's middle; not "mid-century
         * furniture", an adjective */
        k.pos = t.e;
        if (peek(&k).kind == T_WORD)
            return 0;
        return found_when(m, at, k.pos, when_of(G_CENTURY, story_year(c) / 100 * 100, 0));
    } else {
        return 0;
    }
    if (!the && w >= 2)
        return 0;   /* "nineties" alone is more often an age */
    if (!the && owned_age(c, at))
        return 0;
    return found_when(m, at, k.pos, when_of(G_DECADE, decade, 0));
}

/* A year with its era: "44 BC", "AD 1066", "1948 AD", "500 B.C." (a year
 * before Christ is TIMEX2's "BC0044"; one after, a plain year).  A year
 * in digits must be no later than the story's. */
static int m_era(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    int era = take_era(&k), year;
    size_t nd;
    if (!take_digits(&k, &year, &nd) || nd > 4 || year < 1
        || (era == 0 && (era = take_era(&k)) == 0) || (era > 0 && year > story_year(c)))
        return 0;
    token next = peek(&k);   /* "2000 BC shares": British Columbia, a firm */
    if (next.kind == T_WORD && !is_capitalised(c, next) && token_in(c, next, adverb_followers) < 0)
        return 0;
    char v[32];
    snprintf(v, sizeof v, era < 0 ? "BC%04d" : "%04d", year);
    return found(m, at, k.pos, DYAD_TIMEX_DATE, v);
}

/* "the turn of the century" (or "of the millennium"): the year that ends
 * one century and opens the next, the one nearest the story, so 2000 both
 * in a story of 1997 and of 2021.  "The turn of the 20th century" is left
 * alone: writers differ on whether it is 1900 or 2000. */
static int m_century_turn(const ctx *c, size_t at, match *m)
{
    static const char *const spans[] = {"century", "millennium", NULL};
    cursor k = {c, at};
    if (!take(&k, "the") || !take(&k, "turn") || !take(&k, "of") || !take(&k, "the") || take_in(&k, spans) < 0)
        return 0;
    return found_when(m, at, k.pos, when_of(G_YEAR, (story_year(c) + 50) / 100 * 100, 0));
}

/* "the interwar years", "the inter-war period": the two decades between
 * the world wars, 1918-1939, whose value at the precision that holds them
 * is the 20th century, "19" (as "the 1990s" is "199"). */
static int m_interwar(const ctx *c, size_t at, match *m)
{
    static const char *const spans[] = {"years", "period", "era", "decades", NULL};
    cursor k = {c, at};
    if (!take(&k, "the") || !(take(&k, "interwar") || (take(&k, "inter") && take(&k, "war")))
        || take_in(&k, spans) < 0)
        return 0;
    return found_when(m, at, k.pos, when_of(G_CENTURY, 1900, 0));
}

static int match_core(const ctx *c, size_t at, match *best);

/* "the eve of Christmas", "the eve of Oct. 20": the day before a day
 * named.  "The eve of the summit" names no day and is left alone (nor is
 * the event's date known); so is a "the" after "of", which also keeps
 * "the eve of the eve of ..." from reading the text again at each "the". */
static int m_eve(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    match day;
    if (!take(&k, "the") || !take(&k, "eve") || !take(&k, "of") || token_is(c, peek(&k), "the")
        || !match_core(c, peek(&k).b, &day)
        || day.point.g != G_DAY || day.b != peek(&k).b)
        return 0;
    return found_when(m, at, day.e, when_day(day.point.day - 1));
}

/* The count of an anniversary: "tenth", "twenty-fifth", "10th", "88th",
 * "101st". */
static int take_count_ordinal(cursor *k, int *n)
{
    static const char *const suffix[] = {"st", "nd", "rd", "th", NULL};
    if (take_ordinal(k, n))
        return 1;
    token t = peek(k);
    size_t i = t.b;
    int v = 0;
    while (i < t.e && i - t.b < 4 && is_digit(byte_at(k->c, i)))
        v = add_digit(v, byte_at(k->c, i++) - '0');
    token s = {i, t.e, T_WORD};
    if (t.kind != T_NUM || i == t.b || v < 1 || token_in(k->c, s, suffix) < 0)
        return 0;
    *n = v;
    k->pos = t.e;
    return 1;
}

/* Whether the text of [b, e) writes a year in four digits ("Oct. 12,
 * 2011", not "Oct. 12"). */
static int writes_year(const ctx *c, size_t b, size_t e)
{
    int run = 0;
    for (size_t i = b; i < e && run < 4; i++)
        run = is_digit(byte_at(c, i)) ? run + 1 : 0;
    return run == 4;
}

/* "the 88th anniversary of the 1917 Revolution", "the tenth anniversary
 * of the Oct. 12, 2011 coup": the date of what is remembered, a few words
 * after "of", moved on by the count (a year or a day).  With no date of it,
 * no expression: "the tenth anniversary of the coup" is a day the story
 * does not give, and its events are not dated by it.  A day written with
 * no year ("the first anniversary of the Oct. 7 attack") is the nearest
 * such day already. */
static int m_anniversary(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    int n;
    if (!take(&k, "the") || !take_count_ordinal(&k, &n) || !take(&k, "anniversary") || !take(&k, "of"))
        return 0;
    for (int words = 0; words < 6; words++) {
        token t = peek(&k);
        match date;
        if (t.kind == T_END || (t.kind == T_PUNCT && !take_possessive(&k) && !take_punct(&k, '\'')))
            return 0;
        if (t.kind == T_PUNCT)
            continue;   /* "of Israel's 2006 war", "of the students' uprising in 1973" */
        if (m_calendar_date(c, t.b, &date) || m_year(c, t.b, &date)) {
            when w = date.point;
            if (w.g != G_DAY && w.g != G_MONTH && w.g != G_YEAR)
                return 0;
            if (!writes_year(c, date.b, date.e))
                return found_when(m, at, date.e, w);
            int y, mo, d;
            if (w.g == G_DAY) {
                cal_civil_from_days(w.day, &y, &mo, &d);
                if (d > cal_days_in_month(y + n, mo))
                    d = cal_days_in_month(y + n, mo);   /* Feb. 29 */
                return found_when(m, at, date.e, when_day(cal_days_from_civil(y + n, mo, d)));
            }
            w.y += n;
            return found_when(m, at, date.e, w);
        }
        k.pos = t.e;
    }
    return 0;
}

/* "quarter-century", "quarter-point", "quarter-to-quarter": a quarter of
 * something else ("quarter-end" is still the quarter's end). */
static int quarter_compound(const ctx *c, size_t quarter_end)
{
    if (byte_at(c, quarter_end) != '-' || !is_alpha(byte_at(c, quarter_end + 1)))
        return 0;
    return !token_is(c, token_at(c, quarter_end), "end");
}

/* Whether `w` is one of the last four quarters before the story (or the
 * current one): a results story reports on such a quarter. */
static int is_recent_quarter(const ctx *c, when w)
{
    if (w.g != G_QUARTER)
        return 0;
    int back = (story_year(c) * 4 + story_quarter(c)) - (w.y * 4 + w.n);
    return back >= 0 && back <= 4;
}

/* The quarter in context: the one the story reports on (the first recent
 * quarter it named: "after a flat second quarter" does not displace "the
 * third quarter" of the lead), else the last quarter named, else none.
 * None either when the last period named is a year ("for the nine
 * months", "last year"): year-ago anaphora then compare years. */
static when quarter_in_context(const ctx *c)
{
    if (c->by_year) {
        when none = {G_NONE, 0, 0, 0};
        return none;
    }
    if (c->report.g == G_QUARTER)
        return c->report;
    return c->anchor.g == G_QUARTER ? c->anchor : c->report;
}

/* The quarter an anaphoric "the quarter" refers to: the one in context,
 * else the last one completed before the story (results season). */
static when quarter_context(const ctx *c)
{
    when q = quarter_in_context(c);
    return q.g == G_QUARTER ? q : when_shift(story_at(c, U_QUARTER), U_QUARTER, -1);
}

/* "year-earlier", "year-ago": the quarter in context a year back, or the
 * year before the story when no quarter is in context. */
static when year_ago_point(const ctx *c)
{
    when q = quarter_in_context(c);
    return q.g == G_QUARTER ? when_shift(q, U_YEAR, -1) : when_of(G_YEAR, story_year(c) - 1, 0);
}

/* "this year's", "last year's", "next year's" → that year; 0 if absent. */
static int take_year_possessive(const ctx *c, cursor *k)
{
    static const char *const rels[] = {"last", "this", "next", NULL};
    cursor save = *k;
    int r = take_in(k, rels);
    if (r >= 0 && take(k, "year") && take_possessive(k))
        return story_year(c) + r - 1;
    *k = save;
    return 0;
}

/* "of 1990", "of fiscal 1990", "of this year" after a quarter or half. */
static void take_of_year(const ctx *c, cursor *k, int *year)
{
    static const char *const rels[] = {"last", "this", "next", NULL};
    cursor save = *k;
    if (!take(k, "of") && !take(k, "in"))
        return;
    take(k, "fiscal");
    if (take_year(k, year) || take_fiscal_code(k, year))
        return;
    int r = take_in(k, rels);
    if (r >= 0 && take(k, "year")) {
        *year = story_year(c) + r - 1;
        return;
    }
    match next;
    if (r < 0 && m_new_year(c, peek(k).b, &next)) {   /* "the first half of the new year" */
        k->pos = next.e;
        *year = next.point.y;
        return;
    }
    if (r < 0 && take(k, "the") && take(k, "year")) {   /* "the second half of the year": the story's */
        *year = story_year(c);
        return;
    }
    *k = save;
}

enum quarter_kind { Q_CONTEXT, Q_CURRENT, Q_LATEST, Q_NEXT };

static enum quarter_kind take_quarter_relation(cursor *k)
{
    static const char *const latest[] = {"latest", "previous", "past", "last", "recent", NULL};
    if (take(k, "this") || take(k, "current"))
        return Q_CURRENT;
    if (take_in(k, latest) >= 0 || (take(k, "most") && take(k, "recent")))
        return Q_LATEST;
    if (take(k, "next") || take(k, "coming"))
        return Q_NEXT;
    if (!take(k, "same") && !take(k, "comparable"))
        take(k, "corresponding");
    return Q_CONTEXT;
}

enum { FORECAST_WORDS = 6 };   /* words from the verb of forecasting to the period */

/* Whether a verb of forecasting governs the period at `b`, a few words
 * back in its clause: "expects growth in the second half", "forecast a
 * recovery in the fourth quarter".  What is expected lies ahead of the
 * forecast, whatever its tense (not "than expected" or "as forecast", a
 * comparison with a forecast). */
static int forecast_before(const ctx *c, size_t b)
{
    static const char *const forecasts[] = {"expect", "expects", "expected", "expecting", "forecast",
        "forecasts", "forecasting", "predict", "predicts", "predicted", "projects", "projected",
        "anticipates", "anticipated", "sees", NULL};
    static const char *const comparisons[] = {"than", "as", NULL};
    int words = 0, seen = -1;
    for (token t = token_at(c, sentence_start(c, b)); t.kind != T_END && t.b < b; t = token_at(c, t.e)) {
        if (t.kind == T_PUNCT) {
            seen = -1;
            continue;
        }
        words++;
        if (token_in(c, t, forecasts) >= 0 && !previous_word_in(c, t.b, comparisons))
            seen = words;
    }
    return seen >= 0 && words - seen < FORECAST_WORDS;
}

/* The quarter or half an ordinal names when no year is given: this
 * year's, unless it has not begun yet and the sentence is not about the
 * future ("profits fell in the second half" in a February story); an
 * infinitive that governs it looks ahead as a future does ("expects
 * margins to improve in the third quarter", "plans to cut jobs in Q3"). */
static when ordinal_period(const ctx *c, size_t b, size_t e, int g, int ord)
{
    int y = story_year(c);
    int current = g == G_HALF ? (story_month(c) - 1) / 6 + 1 : story_quarter(c);
    if (ord > current && tense_near(c, b, e) <= 0 && !infinitive_before(c, b) && !forecast_before(c, b))
        y--;
    return when_of(g, y, ord);
}

static when ordinal_quarter(const ctx *c, size_t b, size_t e, int ord)
{
    return ordinal_period(c, b, e, G_QUARTER, ord);
}

/* Where a quarter expression begins: after its determiner when it ends in
 * a compound adjective ("its third-quarter profit", "the year-ago
 * results": the determiner is the noun's, as TimeML extents have it). */
static size_t compound_start(const ctx *c, size_t at, size_t after_det, size_t head)
{
    return head > 0 && byte_at(c, head - 1) == '-' ? after_det : at;
}

/* "this quarter": the story's, except "this quarter's loss" in a story
 * reporting on a quarter just ended: the results are that quarter's. */
static when current_quarter(const ctx *c, cursor after)
{
    if (take_possessive(&after) && is_recent_quarter(c, c->report))
        return c->report;
    return story_at(c, U_QUARTER);
}

/* A half (`k` after it): of a year, as a TIMEX3 half, or "of" a decade
 * or century, that one ("the last half of the '80s", TimeBank; "the first
 * half of the 20th century"), else none: "the first half of the game". */
/* Whether the sentence around a bare "first half" or "third quarter" at
 * `at` tells of a game, whose half or quarter it is, not the year's ("a
 * first-half goal ruled out", "15 minutes into the second half", "scored
 * on a six-yard run with 3:57 left in the fourth quarter"): a word of a
 * match in it. */
enum { GAME_REACH = 40 };   /* tokens read after the half */
static int part_of_a_game(const ctx *c, size_t at)
{
    static const char *const game_words[] = {"goal", "goals", "scored", "scorer", "scoring", "match",
        "game", "penalty", "whistle", "striker", "tries", "try", "keeper", "goalkeeper", "header",
        "equaliser", "equalizer", "card", "substitute", "kick", "corner", "halftime", "minutes", "minute",
        "shot", "referee", "lead", "innings", "pitch", "played", "dominated", "rallied", "rebounds",
        "touchdown", "touchdowns", "yards", "seconds", "assists", "fouls", "victory", "scores", "shots",
        "comeback", "basket", "baskets", "quarterback", "dunk", "interception", "fumble", "wicket", "wickets",
        "tackle", NULL};
    int after = 0;
    for (token t = token_at(c, sentence_start(c, at)); t.kind != T_END && after < GAME_REACH; t = token_at(c, t.e)) {
        if (t.b > at && (after++, t.kind == T_PUNCT) && byte_at(c, t.b) == '.' && is_space(byte_at(c, t.e)))
            break;
        if (token_in(c, t, game_words) >= 0)
            return 1;
    }
    return 0;
}

static int half_of(const ctx *c, size_t at, cursor k, int year, int half, match *m)
{
    match period;
    if (!take(&k, "of")) {
        if (!year && part_of_a_game(c, at))
            return 0;
        return found_when(m, at, k.pos, year ? when_of(G_HALF, year, half) : ordinal_period(c, at, k.pos, G_HALF, half));
    }
    if (!m_decade(c, k.pos, &period))
        return 0;
    period.b = at;
    *m = period;
    return 1;
}

/* "the third quarter", "third-quarter", "the fiscal first quarter", "the
 * 1988 third quarter", "next year's first quarter", "the latest quarter",
 * "the quarter", "the first half of 1990", "the year-ago quarter", "the
 * year-earlier period", "year-earlier". */
static int m_quarter(const ctx *c, size_t at, match *m)
{
    static const char *const dets[] = {"the", "its", "their", "that", NULL};
    static const char *const verbs_of_that[] = {"says", "say", "expects", "expect", "believes", "believe",
        "thinks", "think", "estimates", "estimate", "predicts", "predict", "forecast", "forecasts", "shows",
        "show", "hopes", "hope", "warns", "warn", NULL};
    cursor k = {c, at};
    token before = word_ending_before(c, at);
    if (token_is(c, token_at(c, at), "that") && before.b < before.e
        && (is_past_form(c, before) || token_in(c, before, verbs_of_that) >= 0))
        return 0;   /* "estimated that fourth quarter output will grow": "that" opens a clause */
    int det = take_in(&k, dets) >= 0, ord = 0, half = 0;
    size_t after_det = token_at(c, k.pos).b;
    int year = take_year_possessive(c, &k);
    enum quarter_kind which = year ? Q_CONTEXT : take_quarter_relation(&k);
    cursor save = k;
    int year_ago = take(&k, "year") && (take(&k, "ago") || take(&k, "earlier"));
    size_t year_ago_head = year_ago ? token_at(c, save.pos).e + 1 : 0;   /* "ago" in "year-ago" */
    if (!year_ago)
        k = save;
    take(&k, "fiscal");
    if (take_year(&k, &year))
        take_possessive(&k);
    take(&k, "fiscal");
    save = k;
    if (!(take_ordinal(&k, &ord) && ord >= 1 && ord <= 4)) {
        k = save;
        ord = take(&k, "final") ? 4 : take(&k, "latter") ? 2 : 0;
    }
    take(&k, "fiscal");
    token t = peek(&k);
    if (token_is(c, t, "half") && (ord == 1 || ord == 2 || which == Q_LATEST)) {
        half = ord ? ord : 2;
    } else if (token_is(c, t, "period")) {
        if (ord || !(det || year_ago || year))
            return 0;
    } else if (!token_is(c, t, "quarter")) {
        if (year_ago && !ord)
            return found_anaphor(m, compound_start(c, at, after_det, year_ago_head), k.pos, year_ago_point(c));
        return 0;
    }
    k.pos = t.e;
    if (!half && quarter_compound(c, t.e))
        return 0;
    take_of_year(c, &k, &year);
    if (half)
        return half_of(c, at, k, year, half, m);
    when w;
    int anaphoric = year_ago;
    if (ord && year) w = when_of(G_QUARTER, year, ord);
    else if (ord && part_of_a_game(c, at)) return 0;
    else if (ord) w = ordinal_quarter(c, at, k.pos, ord);
    else if (which == Q_CURRENT) w = current_quarter(c, k);
    else if (which == Q_LATEST) w = when_shift(story_at(c, U_QUARTER), U_QUARTER, -1);
    else if (which == Q_NEXT) w = when_shift(story_at(c, U_QUARTER), U_QUARTER, 1);
    else if (!det && !year && !year_ago) return 0;
    else if (token_is(c, t, "period") && !year && !year_ago && !c->by_year && c->anchor.g != G_HALF
             && quarter_in_context(c).g != G_QUARTER) return 0;   /* "since last April ... during the same period": a span of its own */
    else {
        w = quarter_context(c);
        if (c->by_year && token_is(c, t, "period"))   /* "In the nine months ... the 1988 period" */
            w = when_of(G_YEAR, story_year(c), 0);
        else if (c->anchor.g == G_HALF && token_is(c, t, "period"))   /* "the first half ... the same period" */
            w = c->anchor;
        if (year) w.y = year;
        anaphoric = 1;
    }
    if (year_ago)
        w = when_shift(w, U_YEAR, -1);
    save = k;   /* "the quarter a year ago", "the same period last year" */
    if ((take(&k, "a") && take(&k, "year") && (take(&k, "ago") || take(&k, "earlier")))
        || (k = save, take(&k, "last") && take(&k, "year"))) {
        w = when_shift(w, U_YEAR, -1);
        anaphoric = 1;
    } else {
        k = save;
    }
    at = compound_start(c, at, after_det, t.b);
    return anaphoric ? found_anaphor(m, at, k.pos, w) : found_when(m, at, k.pos, w);
}

/* "the July-September quarter", "the April-June period": a quarter named
 * by its first and last month, as Japanese and Indian results and much
 * wire copy name it; "the December quarter" by its last (Australian and
 * US company results). */
static int m_month_span_quarter(const ctx *c, size_t at, match *m)
{
    static const char *const dets[] = {"the", "its", "their", NULL};
    static const char *const heads[] = {"quarter", "period", NULL};
    token t = token_at(c, at);
    if (token_in(c, t, dets) >= 0)
        t = token_at(c, t.e);
    if (t.kind == T_NUM)
        t = token_at(c, t.e);
    int span = byte_at(c, t.e) == '-';
    if (!is_capitalised(c, t) || (!span && !token_is(c, token_at(c, t.e), "quarter")))
        return 0;   /* no "July-" where the first month must be, nor "June quarter" */
    cursor k = {c, at};
    int first, last, year = 0;
    take_in(&k, dets);
    take_year(&k, &year);
    if (!take_month(&k, &first))
        return 0;
    if (!span) {   /* "the December quarter": the quarter that ends in the month */
        if (first % 3 || !take(&k, "quarter"))
            return 0;
        last = first;
    } else {
        int dash = byte_at(c, k.pos) == '-';
        take(&k, "to");   /* "the July-to-September quarter" */
        if (!dash || !take_month(&k, &last) || last != first + 2 || first % 3 != 1 || take_in(&k, heads) < 0)
            return 0;
    }
    take_of_year(c, &k, &year);
    when q = year ? when_of(G_QUARTER, year, last / 3) : ordinal_quarter(c, at, k.pos, last / 3);
    return found_when(m, at, k.pos, q);
}

/* The season `s` (0-3, spring to winter) said of the date in context, the
 * story's when none: "the following spring" is the first spring after it
 * (`rel` 1), "the previous autumn" the last before it (-1), "that summer",
 * "the same winter" the one of its year (0).  After a year alone ("In
 * 1942 ... the following spring") the next year's. */
static when season_in_context(const ctx *c, int s, int rel)
{
    when a = c->anchor.g >= G_YEAR ? c->anchor : when_day(c->story);
    int y = a.y, mo = 0, d, pos = -1;
    if (a.g == G_DAY || a.g == G_WEEK || a.g == G_WEEKEND) cal_civil_from_days(a.day, &y, &mo, &d);
    else if (a.g == G_MONTH) mo = a.n;
    else if (a.g == G_QUARTER) mo = 3 * a.n - 1;
    else if (a.g == G_SEASON) pos = a.n;
    if (rel == 0)
        return when_of(G_SEASON, y, s);
    int season_year = y;
    if (mo)   /* spring is March-May; January and February end the winter of the year before */
        pos = mo >= 3 && mo <= 11 ? (mo - 3) / 3 : 3, season_year = mo <= 2 ? y - 1 : y;
    if (rel > 0)
        return when_of(G_SEASON, season_year + (pos < 0 || s <= pos), s);
    return when_of(G_SEASON, season_year - (pos < 0 || s >= pos), s);
}

/* "that summer", "the following spring", "the previous autumn", "the
 * same winter", "that same fall": `rel` as season_in_context wants it,
 * `k` past the words; 0 if none of these. */
static int take_season_anaphor(cursor *k, int *rel)
{
    cursor save = *k;
    if (take(k, "that")) {
        take(k, "same");
        *rel = 0;
        return 1;
    }
    if (take(k, "the")) {
        if (take(k, "following") || take(k, "next") || take(k, "subsequent")) *rel = 1;
        else if (take(k, "previous") || take(k, "preceding") || take(k, "prior")) *rel = -1;
        else if (take(k, "same")) *rel = 0;
        else { *k = save; return 0; }
        return 1;
    }
    return 0;
}

static int m_this_last_next(const ctx *c, size_t at, match *m);

/* "the autumn of that year", "the spring of the following year", "the
 * winter of last year": the year an anaphor or a relative names. */
static int take_of_relative_year(const ctx *c, cursor *k, int *year)
{
    cursor save = *k;
    match sub;
    if (take(k, "of") && (m_this_last_next(c, peek(k).b, &sub) || m_new_year(c, peek(k).b, &sub))
        && sub.point.g == G_YEAR) {
        k->pos = sub.e;
        *year = sub.point.y;
        return 1;
    }
    *k = save;
    return 0;
}

/* "-42", "/42" or "-1942" right after the year `year`: the year after it,
 * which a winter spans. */
static int take_next_year(cursor *k, int year)
{
    size_t p = k->pos;
    if (byte_at(k->c, p) != '-' && byte_at(k->c, p) != '/')
        return 0;
    token t = token_at(k->c, p + 1);
    if (t.b != p + 1 || t.kind != T_NUM || is_alnum(byte_at(k->c, t.e)))
        return 0;
    int n = 0;
    for (size_t i = t.b; i < t.e; i++)
        n = n * 10 + byte_at(k->c, i) - '0';
    if (!(t.e - t.b == 2 && n == (year + 1) % 100) && !(t.e - t.b == 4 && n == year + 1))
        return 0;
    k->pos = t.e;
    return 1;
}

/* The year a season shares with the one coordinated after it: "the
 * summer" of "the summer and autumn of 1942" (the second is an expression
 * of its own).  Leaves *year alone when there is none. */
static void paired_season_year(cursor k, int *year)
{
    static const char *const pairs[] = {"and", "or", NULL};
    int y;
    if (take_in(&k, pairs) < 0)
        return;
    take(&k, "early");
    take(&k, "late");
    if (take_in(&k, seasons) >= 0 && take(&k, "of") && (take_year(&k, &y) || take_slash_span_first(&k, &y)))
        *year = y;
}

/* "last summer", "this fall", "the winter of 1994", "spring next year",
 * "summer", "the following spring", "that summer". */
/* The year a bare spring, summer or fall (`s` 0-2) is moved by from the
 * story's: -1 after a past verb when this year's has not begun ("the
 * offensive began in the spring" in a January story), +1 in a sentence
 * about the future when this year's is over ("talks will resume in the
 * spring" in November, "is scheduled for spring"), else 0.  (TimeBank's
 * "the summer" is the story's year otherwise.) */
static int season_side(const ctx *c, size_t at, size_t e, int s)
{
    int first_month = 3 + 3 * s, month = story_month(c);
    if (s > 2)
        return 0;   /* a winter spans two years */
    if (first_month > month + 1 && past_verb_right_before(c, at))
        return -1;
    return first_month + 2 < month && (tense_near(c, at, e) > 0 || schedule_before(c, at));
}

static int m_season(const ctx *c, size_t at, match *m)
{
    static const char *const cue[] = {"in", "during", "by", "until", "since", "through", "over", "this", "last", "next",
                                      "early", "late", "mid", NULL};
    /* (these only with no noun after the season: "scheduled for spring",
     * not "demand for winter coal", "set for spring break") */
    static const char *const bare_cue[] = {"for", "before", "after", "from", "till", NULL};
    static const char *const joins[] = {"and", "or", "to", "in", "when", "as", "until", NULL};
    static const char *const season_refs[] = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"};
    cursor k = {c, at};
    int shift = 0, determined = 1, relative = 0, rel;
    cursor anaphor = k;
    if (take_season_anaphor(&anaphor, &rel)) {
        int bare_that = rel == 0 && token_is(c, token_at(c, at), "that") && anaphor.pos == token_at(c, at).e;
        int s = take_in(&anaphor, seasons);
        static const char *const noun_tails[] = {"in", "of", NULL};
        if (s < 0 || (s == 2 && (bare_that || token_in(c, peek(&anaphor), noun_tails) >= 0)))
            return 0;   /* "prices that fall", "the next fall in prices": the verb or the noun */
        return found_anaphor(m, at, anaphor.pos, season_in_context(c, s == 4 ? 2 : s, rel));
    }
    if (take(&k, "last")) shift = -1, relative = 1;
    else if (take(&k, "next")) shift = 1, relative = 1;
    else if (take(&k, "this")) relative = !take(&k, "past");
    else if (!take(&k, "the")) determined = 0;
    /* "this season", "last season": a sports or farming season, not one of
     * the four; when it ran is unknown, only which side of now it lies */
    if (relative && take(&k, "season"))
        return found(m, at, k.pos, DYAD_TIMEX_DATE, season_refs[shift + 1]);
    take(&k, "early");
    take(&k, "late");
    token season = peek(&k);
    int s = take_in(&k, seasons);
    if (s < 0 || (!relative && is_capitalised(c, season) && is_capitalised(c, peek(&k))))
        return 0;   /* a season in a name: "the Spring Festival", "the Summer Olympics" */
    if (s == 4) s = 2;   /* autumn */
    int year = story_year(c) + shift;
    cursor tail = k;
    if (take(&k, "of") && (take_year(&k, &year) || take_spoken_year(&k, &year) || take_slash_span_first(&k, &year))) {
        if (s == 3)
            take_next_year(&k, year);   /* "the winter of 1941-42" (or "1941/42") is one winter, 1941's */
        return found_when(m, at, k.pos, when_of(G_SEASON, year, s));
    }
    k = tail;
    if (take_of_relative_year(c, &k, &year))
        return found_when(m, at, k.pos, when_of(G_SEASON, year, s));
    static const char *const noun_tails[] = {"in", "of", NULL};
    if (s == 2 && !relative && token_is(c, token_at(c, at), "the") && token_in(c, peek(&k), noun_tails) >= 0
        && token_is(c, token_at(c, token_at(c, at).e), "fall"))
        return 0;   /* "the fall of Saddam Hussein", "led the fall in banking stocks": a noun */
    int r = take_in(&k, year_relatives);
    if (r >= 0 && take(&k, "year"))   /* "spring next year", "summer last year" */
        return found_when(m, at, k.pos, when_of(G_SEASON, story_year(c) + r - 1, s));
    k = tail;
    if (!take_year(&k, &year)) {
        k = tail;
        if (!relative)
            paired_season_year(k, &year);
        if (!relative && year == story_year(c))
            year += season_side(c, at, k.pos, s);
        if (!determined) {
            size_t p = at;
            while (p > 0 && is_space(byte_at(c, p - 1))) p--;
            size_t q = p;
            while (q > 0 && is_alpha(byte_at(c, q - 1))) q--;
            token prev = {q, p, T_WORD}, after = peek(&k);
            int bare = token_in(c, prev, bare_cue) >= 0 && (after.kind != T_WORD || token_in(c, after, joins) >= 0);
            if (q == p || (token_in(c, prev, cue) < 0 && !bare) || s == 2) return 0;
        }
    }
    return found_when(m, at, k.pos, when_of(G_SEASON, year, s));
}

/* The upper end of a range of counts: "two to three weeks", "10 or 12
 * days".  The range is one expression whose value is its lower bound, as
 * TimeBank gives "two to three weeks" P2W. */
static int take_range_end(cursor *k, int low)
{
    cursor save = *k;
    int high;
    if ((take(k, "to") || take(k, "or")) && take_count(k, &high) && high > low)
        return 1;
    *k = save;
    return 0;
}

/* Shifts for "two years ago", "a year earlier", "three days later". */
/* "and a half" or "1/2" after a count or a unit: "two and a half years",
 * "2 1/2 years", "a minute and a half". */
static int take_half(cursor *k)
{
    cursor save = *k;
    if (take(k, "and") && take(k, "a") && take(k, "half"))
        return 1;
    *k = save;
    token t = peek(k);
    if (t.kind == T_NUM && t.e == t.b + 1 && byte_at(k->c, t.b) == '1' && byte_at(k->c, t.e) == '/'
        && byte_at(k->c, t.e + 1) == '2' && !is_alnum(byte_at(k->c, t.e + 2))) {
        k->pos = t.e + 2;
        return 1;
    }
    return 0;
}

/* "a year and a half ago", "two and a half years ago": the month that
 * far back, as a year and a half is no whole count of years; "three and a
 * half months ago" the day.  Shorter units are left to the duration. */
static int half_ago(const ctx *c, size_t at, cursor k, int unit, int n, match *m)
{
    if (!take(&k, "ago") || (unit != U_YEAR && unit != U_MONTH))
        return 0;
    if (n > 100000)
        return 0;   /* no date that far back has a four-digit year */
    int y, mo, d;
    cal_civil_from_days(c->story, &y, &mo, &d);
    if (unit == U_MONTH)
        return found_anaphor(m, at, k.pos, when_day(add_months(c->story - 15, -n)));
    return found_anaphor(m, at, k.pos, when_shift(when_of(G_MONTH, y, mo), U_MONTH, -(12 * n + 6)));
}

/* The unit of "today", "this week", "this month" after "ago" ("ten years
 * ago today", "two years ago this week": anniversary copy), which the
 * shift keeps as its granularity; -1, and `k` unmoved, when none follows
 * or the unit is not finer than the shift's ("three days ago this week"). */
static int ago_same_time(cursor *k, int shift_unit)
{
    cursor save = *k;
    int unit = U_DAY, plural;
    if (take(k, "today")
        || (take(k, "this") && take_unit(k, &unit, &plural) && !plural
            && (unit == U_WEEK || unit == U_WEEKEND || unit == U_MONTH))) {
        if (unit < shift_unit)
            return unit;
    }
    *k = save;
    return -1;
}

/* A right single quotation mark in UTF-8 (E2 80 99), the apostrophe of
 * typeset copy. */
static int curly_apostrophe_at(const ctx *c, size_t i)
{
    return byte_at(c, i) == 0xE2 && byte_at(c, i + 1) == 0x80 && byte_at(c, i + 2) == 0x99;
}

/* "' time" or "'s time" after "in" and a count of a unit, `k` at the
 * apostrophe: "in two years' time", "in a week's time" name the date that
 * far ahead, as "two years from now" does. */
static int time_from_now(const ctx *c, size_t at, cursor *k)
{
    static const char *const in[] = {"in", NULL};
    cursor save = *k;
    size_t p = k->pos;
    size_t mark = byte_at(c, p) == '\'' ? 1 : curly_apostrophe_at(c, p) ? 3 : 0;
    if (!mark || !previous_word_in(c, at, in))
        return 0;
    p += mark;
    k->pos = p + (lower(byte_at(c, p)) == 's' && !is_alnum(byte_at(c, p + 1)));
    if (take(k, "time"))
        return 1;
    *k = save;
    return 0;
}

/* The day a shift of `n` units counts from when a day follows it, `k`
 * after "ago" (dir -1) or "from" (dir 1): "a week ago Sunday", "two weeks
 * ago Friday" (American; the last such weekday), "a week ago yesterday",
 * "a week from Friday" (the coming one), "a year from today".  Days and
 * weeks only, but for "today", which any unit may count from. */
static int day_after_shift(const ctx *c, cursor *k, int unit, int n, int dir, when *day)
{
    cursor save = *k;
    token t = peek(k);
    int wd = token_in(c, t, cal_weekday_names);
    long from;
    if (wd >= 0 && is_capitalised(c, t) && byte_at(c, t.e) != '\'' && !curly_apostrophe_at(c, t.e)) {
        k->pos = t.e;   /* (not "a week from Friday's close": a level) */
        from = weekday_near(c->story, wd + 1, dir, 0);
    } else if (!take_relative_day(c, k, &from)) {
        return 0;
    }
    if (unit != U_DAY && unit != U_WEEK && (from != c->story || unit < U_DAY)) {
        *k = save;
        return 0;
    }
    *day = when_shift(when_day(from), unit, dir * n);
    return 1;
}

/* "a week from Friday", "two weeks from today", `k` after the unit: that
 * far past the day.  Not a length over a span ("open for two days from
 * Tuesday to Thursday"). */
static int shift_from_day(const ctx *c, size_t at, cursor *k, int unit, int n, when *day)
{
    static const char *const for_[] = {"for", NULL}, *const span_ends[] = {"to", "until", "till", "through", NULL};
    cursor save = *k;
    if (take(k, "from") && !previous_word_in(c, at, for_) && day_after_shift(c, k, unit, n, 1, day)) {
        cursor after = *k;
        if (take_in(&after, span_ends) < 0)
            return 1;
    }
    *k = save;
    return 0;
}

/* Whether "in" before a count of days or longer (`at` at the count, `e`
 * after the unit) names the date that far ahead, as "in two years' time"
 * does: only in a sentence about the future ("would be redeemed in five
 * years", TimeBank's 1994 in a story of 1989); in the past or after a
 * superlative in its clause it measures a span ("finished the job in three
 * weeks", "the first visit by top leaders in ten years"). */
static int in_so_long_ahead(const ctx *c, size_t at, size_t e, int unit)
{
    static const char *const in[] = {"in", NULL};
    static const char *const spans[] = {"time", "first", "highest", "lowest", "biggest", "largest",
        "smallest", "best", "worst", "strongest", "weakest", "fastest", "slowest", "longest", "ever",
        "once", "twice", "times", NULL};
    if (unit < U_DAY || unit == U_WEEKEND || !previous_word_in(c, at, in))
        return 0;
    token next = token_at(c, e);
    if (byte_at(c, e) == '-' || byte_at(c, e) == '\'' || curly_apostrophe_at(c, e) || token_is(c, next, "of")
        || token_is(c, next, "or") || clause_with(c, at, spans))
        return 0;   /* "cram in a month's training", "will end in a year or less": lengths */
    return tense_near(c, at, e) > 0;
}

static int m_ago(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    int n = 0, unit, plural, half = 0;
    if (take_count(&k, &n)) {
        take_range_end(&k, n);   /* "four or five years ago" */
        half = take_half(&k);    /* "two and a half years ago" */
    } else {
        /* "a few years ago", or bare "years ago" */
        if (!take_vague_count(&k) && !token_is(c, token_at(c, peek(&k).e), "ago"))
            return 0;
        n = -1;
    }
    if (!take_unit(&k, &unit, &plural) || (unit < U_DAY && n >= 0) || unit == U_WEEKEND || (n < 0 && !plural))
        return 0;
    if (n >= 1 && !half)
        half = take_half(&k);    /* "a year and a half ago" */
    cursor before_or = k;
    if (!(take(&k, "or") && take(&k, "so")))
        k = before_or;   /* "the next year or so", not "in a year or less" */
    if (byte_at(c, peek(&k).b - 1) == '-')
        return 0;   /* "a year-earlier loss": the adjective is m_quarter's */
    if (half)
        return half_ago(c, at, k, unit, n, m);
    if (unit == U_FORTNIGHT && n > 0) {
        unit = U_WEEK;   /* "a fortnight ago" is "two weeks ago", a week */
        n *= 2;
    }
    int dir = -1, at_unit;
    when base;
    if (take(&k, "ago")) {
        if (n > 0 && day_after_shift(c, &k, unit, n, -1, &base))
            return found_anaphor(m, at, k.pos, base);
        if (n > 0 && (at_unit = ago_same_time(&k, unit)) >= 0)
            base = story_at(c, at_unit);   /* "ten years ago today": that day ten years back */
        else if (unit == U_YEAR && n == 1 && is_recent_quarter(c, quarter_in_context(c)))
            base = quarter_in_context(c);   /* results: "a year ago" is the quarter's year-ago quarter */
        else
            base = story_at(c, unit);
    } else if (take(&k, "earlier")) {
        if (token_is(c, peek(&k), "than"))
            return 0;   /* "left two days earlier than planned": a length ("two days") */
        base = anchor_or_story(c, unit);
    } else if (n > 0 && shift_from_day(c, at, &k, unit, n, &base)) {
        return found_anaphor(m, at, k.pos, base);
    } else if ((take(&k, "from") && take(&k, "now")) || time_from_now(c, at, &k)
               || (n > 0 && in_so_long_ahead(c, at, k.pos, unit))) {
        dir = 1;
        base = story_at(c, unit);
    } else {
        return 0;   /* "three days later" is a duration in TimeML */
    }
    if (n < 0)
        return found(m, at, k.pos, DYAD_TIMEX_DATE, dir < 0 ? "PAST_REF" : "FUTURE_REF");
    /* (a length of days or weeks counts from a day or a week: "valued at
     * 1.22 billion ringgit a day earlier" after "since February" is the
     * day before the story's) */
    int by_days = unit == U_DAY || unit == U_WEEK || unit == U_FORTNIGHT;
    if (base.g < G_YEAR || (unit < U_YEAR && base.g < G_MONTH) || (by_days && base.g < G_WEEK))
        base = story_at(c, unit);
    base = when_shift(base, unit, dir * n);
    if (unit == U_DAY && base.g == G_WEEKEND)
        base.g = G_WEEK;   /* "this weekend ... two days earlier": a day of that week */
    return found_anaphor(m, at, k.pos, base);   /* a shift is no anchor: "a year ago ... a year earlier" */
}

/* A count and a half of a unit, written in the next smaller unit
 * ("P2Y6M", "PT1M30S"); 0 for a unit with no such unit (weeks, quarters). */
static int found_and_half(match *m, size_t b, size_t e, int unit, int count)
{
    static const struct { int unit; const char *format; } halves[] = {
        {U_YEAR, "P%dY6M"}, {U_MONTH, "P%dM15D"}, {U_DAY, "P%dDT12H"},
        {U_HOUR, "PT%dH30M"}, {U_MINUTE, "PT%dM30S"},
    };
    for (size_t i = 0; i < sizeof halves / sizeof halves[0]; i++) {
        if (halves[i].unit != unit)
            continue;
        found_duration(m, b, e, unit, count);
        snprintf(m->value, sizeof m->value, halves[i].format, count);
        return 1;
    }
    return 0;
}

/* "will one day", "could someday": an indefinite future, not a length. */
static int m_someday(const ctx *c, size_t at, match *m)
{
    static const char *const modal[] = {
        "will", "ll", "would", "could", "can", "may", "might", "should", "must", NULL};
    cursor k = {c, at};
    if (!take(&k, "someday") && !(take(&k, "one") && take(&k, "day")))
        return 0;
    if (!previous_word_in(c, at, modal))
        return 0;
    return found(m, at, k.pos, DYAD_TIMEX_DATE, "FUTURE_REF");
}

/* Whether bare "hours", "minutes" at `at` measure a time: "hours later",
 * "minutes after the blast", "within hours", "for hours"; alone they are
 * as often a schedule ("opening hours") or a record ("the minutes"). */
static int clock_units_measured(const ctx *c, size_t at, cursor after)
{
    static const char *const shifts[] = {"later", "earlier", "after", "before", "ago", NULL};
    static const char *const spans[] = {"within", "for", NULL};
    return take_in(&after, shifts) >= 0 || previous_word_in(c, at, spans);
}

/* "half an hour", "half a day", "a half-hour", "half a century": half a
 * unit, written in the next smaller unit where it has no fraction. */
static int m_half_unit(const ctx *c, size_t at, match *m)
{
    static const char *const halves[N_UNITS] = {
        [U_MINUTE] = "PT30S", [U_HOUR] = "PT30M", [U_DAY] = "PT12H", [U_WEEK] = "P3DT12H",
        [U_MONTH] = "P15D", [U_YEAR] = "P6M", [U_DECADE] = "P5Y", [U_CENTURY] = "P50Y"};
    if (!starts_with_any(c, at, "ha"))
        return 0;
    token first = token_at(c, at);
    if (!token_is(c, first, "half") && !token_is(c, first, "a") && !token_is(c, first, "an"))
        return 0;
    cursor k = {c, at};
    int unit;
    if (take(&k, "half")) {
        if (!take(&k, "a") && !take(&k, "an"))
            return 0;
    } else if (!((take(&k, "a") || take(&k, "an")) && take(&k, "half"))) {
        return 0;
    }
    token unit_word = peek(&k);
    if (!take_unit(&k, &unit, NULL) || !halves[unit] || token_is(c, unit_word, units[unit].many))
        return 0;
    found_duration(m, at, k.pos, unit, 1);
    snprintf(m->value, sizeof m->value, "%s", halves[unit]);
    return 1;
}

static const char *const as_list[] = {"as", NULL};

/* "three days", "the past two years", "the first nine months", "a
 * decade", "two-year", "several weeks", "years", "weeks or months". */
/* "2.5 years", "1.5 hours", "30.8 minutes": a count with a decimal
 * fraction.  A half is written as "2 1/2 years" is (P2Y6M, PT1H30M);
 * any other fraction as ISO 8601 allows on the last unit (PT30.8M, and a
 * decade's P15Y for "1.5 decades").  Read from the whole part; a number
 * such as "1.2.5" or "3,2.5" is left alone. */
enum { DECIMAL_DIGITS = 3 };   /* digits after the point: "30.8", "0.25" */
static int m_decimal_duration(const ctx *c, size_t at, match *m)
{
    token whole = token_at(c, at);
    if (whole.kind != T_NUM || whole.e - whole.b > 4 || byte_at(c, whole.e) != '.' || !is_digit(byte_at(c, whole.e + 1))
        || (at > 0 && (byte_at(c, at - 1) == '.' || byte_at(c, at - 1) == ',')))
        return 0;
    char digits[16];
    size_t n = 0, i = whole.b;
    for (; i < whole.e; i++)
        if (!is_digit(byte_at(c, i)))
            return 0;
    size_t frac = whole.e + 1, e = frac;
    while (is_digit(byte_at(c, e)) && e - frac <= DECIMAL_DIGITS)
        e++;
    if (e - frac > DECIMAL_DIGITS || byte_at(c, e) == '.' || byte_at(c, e) == ',' || is_alpha(byte_at(c, e)))
        return 0;
    for (i = whole.b; i < e; i++)
        digits[n++] = (char)byte_at(c, i);
    digits[n] = '\0';
    cursor k = {c, e};
    int unit, plural;
    if (!take_unit(&k, &unit, &plural) || unit == U_WEEKEND || unit == U_QUARTER)
        return 0;
    double amount = strtod(digits, NULL) * units[unit].scale;
    int count = (int)amount;
    if (count > 0 && amount - count == 0.5 && found_and_half(m, at, k.pos, unit, count))
        return 1;
    found_duration(m, at, k.pos, unit, count);
    snprintf(m->value, sizeof m->value, "P%s%g%s", units[unit].clock ? "T" : "", amount, units[unit].code);
    return 1;
}

/* "nights" after a count of two or more ("three nights", "two straight
 * nights"): a stay or a siege counted in days, P3D, as TIMEX3 has no
 * unit of nights; "a night", "one night" are as often a date ("one night
 * in 1942") and left alone. */
static int take_nights(cursor *k, int *unit, int *plural)
{
    if (!take(k, "nights"))
        return 0;
    *unit = U_DAY;
    *plural = 1;
    return 1;
}

/* Whether the age that ends at `e` ("8-month-old") is that of a state of
 * affairs named next: how long a truce or a war has run is a duration
 * ("the 8-month-old truce", as TimeBank tags it), the age of a person or
 * a thing ("the 80-year-old", "a 20-year-old student") no time. */
static int ages_a_state(const ctx *c, size_t e)
{
    static const char *const states[] = {"truce", "ceasefire", "war", "conflict", "insurgency", "uprising",
        "rebellion", "siege", "blockade", "occupation", "embargo", "ban", "boycott", "moratorium", "strike",
        "standoff", "stalemate", "dispute", "feud", "crisis", "deadlock", "impasse", "freeze", "drought",
        "recession", "slump", "rally", "violence", "campaign", "protest", "protests", "talks", NULL};
    return token_in(c, token_at(c, e), states) >= 0;
}

static int m_duration(const ctx *c, size_t at, match *m)
{
    static const char *const frame[] = {
        "past", "last", "next", "first", "coming", "previous", "latest", "final",
        "remaining", "following", "initial", "preceding", "ensuing", NULL};
    static const char *const filler[] = {
        "more", "additional", "extra", "further", "trading", "business", "working",
        "straight", "consecutive", "full", "long", "remaining", NULL};
    static const char *const verb_cues[] = {
        "will", "ll", "would", "could", "can", "may", "might", "should", "must", "shall", "to",
        "not", "did", "does", "do", NULL};
    cursor k = {c, at};
    int the = take(&k, "the");
    int frame_word = take_in(&k, frame), framed = frame_word >= 0;
    if (frame_word == 1 && !the && previous_word_in(c, at, verb_cues))
        return 0;   /* "the strike will last 48 hours": the verb, and "48 hours" alone */
    int n, unit, plural;
    cursor before_count = k;
    static const char *const many[] = {"many", NULL};
    if (!take_count(&k, &n)) {
        k = before_count;
        token t = peek(&k);
        if (token_is(c, t, "many") && previous_word_in(c, t.b, as_list))
            return 0;   /* "the third attack in as many days": a count of events */
        if (take_vague_count(&k)) n = -1;
        else if (the || framed) return 0;
        else n = -2;   /* a bare plural: "years" */
    }
    int ranged = n >= 1 && take_range_end(&k, n);
    int half = n >= 1 && take_half(&k);
    if (n == 1 && token_is(c, token_at(c, before_count.pos), "a")) take_in(&k, filler);
    else if (n != -2) take_in(&k, filler);
    size_t unit_at = peek(&k).b;
    if (!take_unit(&k, &unit, &plural) && !(n >= 2 && take_nights(&k, &unit, &plural)))
        return 0;
    if (n == -2 && !plural && !(byte_at(c, k.pos) == '-' && token_is(c, peek(&k), "long")))
        return 0;
    static const char *const shifts[] = {"ago", "earlier", NULL};
    if (byte_at(c, k.pos) == '-' && token_in(c, peek(&k), shifts) >= 0)
        return 0;   /* "a year-earlier loss": the adjective is m_quarter's */
    if (byte_at(c, k.pos) == '-' && token_is(c, peek(&k), "night"))
        return 0;   /* "a day-night match": played into the night, no length */
    static const char *const compared[] = {"on", "over", NULL};
    if (byte_at(c, k.pos) == '-' && token_in(c, peek(&k), compared) >= 0)
        return 0;   /* "a year-on-year rise", "month-over-month": a comparison, no length */
    int long_compound = byte_at(c, k.pos) == '-' && token_is(c, peek(&k), "long");
    if (n == -2 && !plural && long_compound)
        n = 1;   /* "decade-long" */
    if (n == -2) {
        if ((unit < U_DAY && !clock_units_measured(c, at, k)) || unit == U_WEEKEND || unit == U_QUARTER)
            return 0;   /* bare "quarters" are as often lodgings or circles ("in some quarters") */
        if (unit_at > 0 && byte_at(c, unit_at - 1) == '-')
            return 0;   /* the tail of a compound: "three-quarters", "man-days", "light-years" */
        if (previous_word_in(c, at, many) && previous_word_in(c, previous_word_start(c, at), as_list))
            return 0;   /* "as many days", read from "days" */
        n = -1;
    }
    if (n == 1 && plural && !half && !ranged) return 0;
    cursor before_half = k;
    if (n >= 1 && !half && !(half = take_half(&k)))
        k = before_half;
    if (half)
        return found_and_half(m, at, k.pos, unit, n) || found_duration(m, at, before_half.pos, unit, n);
    token after = peek(&k);
    if (unit == U_SECOND && n == 1 && after.kind == T_WORD && !is_capitalised(c, after)
        && !previous_word_in(c, after.e, adverb_followers))
        return 0;   /* "a second group", "one second round": an ordinal */
    if (unit == U_QUARTER && n >= 1 && token_is(c, peek(&k), "of")
        && (n == 1 || byte_at(c, unit_at - 1) == '-'))
        return 0;   /* "a quarter of the market", "three-quarters of its food": fractions */
    if (unit == U_QUARTER && quarter_compound(c, k.pos))
        return 0;
    cursor tail = k;
    int other;
    if (!(take(&k, "or") && take_unit(&k, &other, NULL))) {
        k = tail;
        if (!(take(&k, "or") && take(&k, "so")))
            k = tail;
    }
    if (long_compound) {
        take(&k, "long");
    } else if (take(&k, "old") && !ages_a_state(c, k.pos)) {
        return 0;   /* "37 years old", "the 80-year-old": ages, which TimeBank leaves out */
    }
    /* "the two-week strike": the determiner is the noun's, the time
     * expression only the compound adjective (TimeML extents) */
    size_t begin = the && !framed && byte_at(c, unit_at - 1) == '-' ? before_count.pos : at;
    static const char *const articles[] = {"a", "an", NULL};
    if (long_compound && n == 1 && token_in(c, token_at(c, begin), articles) >= 0)
        begin = unit_at;   /* "a year-long siege", "a decade-long war": the article is the noun's */
    found_duration(m, token_at(c, begin).b, k.pos, unit, n);
    if (the && (frame_word == 3 || !framed) && n >= 2 && (unit == U_MONTH || unit == U_QUARTER))
        m->point = story_at(c, U_YEAR);   /* "the (first) nine months" of this year: what "a year earlier" shifts */
    return 1;
}

/* Whether the word before `at` is an amount a rate is given for: "$5
 * million a year", "twice a day", "24 hours a day", "seven days a week". */
static int after_amount(const ctx *c, size_t at)
{
    static const char *const amount[] = {
        "million", "billion", "percent", "twice", "once", "thrice", "times", "dollars", "cents",
        "euros", "pounds", "tons", "tonnes", "barrels", "miles", "kilometres", "kilometers", "people", NULL};
    size_t p = at;
    while (p > 0 && is_space(byte_at(c, p - 1))) p--;
    size_t q = p;
    while (q > 0 && is_alnum(byte_at(c, q - 1))) q--;
    if (q == p)
        return 0;
    if (is_digit(byte_at(c, q)))
        return 1;
    token prev = {q, p, T_WORD};
    cursor unit_word = {c, q};
    int unit, plural;
    return token_in(c, prev, amount) >= 0 || (take_unit(&unit_word, &unit, &plural) && plural);
}

/* Whether "daily" or "weekly" at `at` is a newspaper, a noun: after a
 * determiner or a word that describes a paper ("told the daily", "the
 * business daily", "the tabloid weekly"), or after a name that no
 * preposition governs ("the Mainichi Shimbun daily", "told Le Figaro daily
 * on Friday"; not "flies to Nairobi daily"). */
static int names_a_paper(const ctx *c, size_t at)
{
    static const char *const before_paper[] = {"the", "a", "an", "this", "that", "another", "local",
        "business", "financial", "tabloid", "leading", "national", "official", "economic", "independent",
        "popular", "influential", "conservative", "liberal", "regional", "evening", "morning", "biggest",
        "selling", "circulation", "language", "run", "owned", "english", "news", NULL};
    static const char *const governing[] = {"to", "from", "in", "at", "for", "between", "into", "of", NULL};
    size_t q = previous_word_start(c, at);
    if (q == at)
        return 0;
    token prev = token_at(c, q);
    if (token_in(c, prev, before_paper) >= 0)
        return 1;
    return is_capitalised(c, prev) && q > sentence_start(c, at) + 1 && !previous_word_in(c, q, governing);
}

/* "daily", "weekly", "annually": sets when they modify a verb. */
static int m_set_adverb(const ctx *c, size_t at, match *m)
{
    static const char *const words[] = {
        "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly", "nightly", NULL};
    static const char *const values[] = {"P1D", "P1W", "P1M", "P3M", "P1Y", "P1Y", "PT1H", "P1D"};
    token t = token_at(c, at);
    int i = token_in(c, t, words);   /* one look at the token, not one per adverb */
    if (i < 0)
        return 0;
    /* "traded daily" is a set; "a daily newspaper", "the quarterly
     * dividend" are not time expressions */
    token next = token_at(c, t.e);
    if (next.kind == T_WORD && !previous_word_in(c, next.e, adverb_followers))
        return 0;
    /* (capitalised inside a sentence it names a paper: "published by
     * People's Daily on Friday", "the China Daily said") */
    size_t start = sentence_start(c, at);
    while (start < at && !is_alnum(byte_at(c, start)))
        start++;
    if ((is_capitalised(c, t) && start < at) || (i <= 1 && names_a_paper(c, at)))
        return 0;
    return found(m, at, t.e, DYAD_TIMEX_SET, values[i]);
}

/* "Mondays", "on weekends": a plural day recurs.  "Weekends" needs its
 * preposition ("weekends off" is no time). */
static int m_set_plural_day(const ctx *c, size_t at, match *m)
{
    static const char *const on[] = {"on", "at", NULL};
    cursor k = {c, at};
    int wd = take_in(&k, weekday_plurals);
    if (wd >= 0 && is_capitalised(c, token_at(c, at))) {
        char v[32];
        snprintf(v, sizeof v, "XXXX-WXX-%d", wd + 1);
        return found(m, at, k.pos, DYAD_TIMEX_SET, v);
    }
    if (take(&k, "weekends") && previous_word_in(c, at, on))
        return found(m, at, k.pos, DYAD_TIMEX_SET, "XXXX-WXX-WE");
    return 0;
}

/* What "every" recurs on when it is no unit: "every Monday", "each July",
 * "every morning", "every weekend"; 0 if none. */
static int take_recurring_point(cursor *k, int every, char v[32])
{
    int wd = take_in(k, cal_weekday_names), month;
    const char *part;
    if (wd >= 0)
        return snprintf(v, 32, "XXXX-WXX-%d", wd + 1), 1;
    int day;
    if (every && take_fixed_holiday(k, &month, &day))
        return snprintf(v, 32, "XXXX-%02d-%02d", month, day), 1;   /* "every Christmas", "every May Day" */
    if (every && take_month(k, &month))
        return take_day_number(k, &day) && day <= cal_days_in_month(2000, month)   /* "every Oct. 15" */
                   ? snprintf(v, 32, "XXXX-%02d-%02d", month, day)
                   : snprintf(v, 32, "XXXX-%02d", month), 1;
    if (every && take_day_part(k, &part))
        return snprintf(v, 32, "XXXX-XX-XXT%s", part), 1;
    if (every && take(k, "weekend"))
        return snprintf(v, 32, "XXXX-WXX-WE"), 1;
    static const char *const season_codes[] = {"SP", "SU", "FA", "WI", "FA"};
    int season = every ? take_in(k, seasons) : -1;
    if (season >= 0)
        return snprintf(v, 32, "XXXX-%s", season_codes[season]), 1;
    return 0;
}

/* Sets: "every Monday", "each year", "every other week", "twice a year",
 * "$5 a year". */
static int m_set(const ctx *c, size_t at, match *m)
{
    if (m_set_adverb(c, at, m) || m_set_plural_day(c, at, m))
        return 1;
    cursor k = {c, at};
    int every = take(&k, "every") || take(&k, "each") || take(&k, "per");
    if (!every && (!(take(&k, "a") || take(&k, "an") || take(&k, "per")) || !after_amount(c, at)))
        return 0;
    int n = 1, unit, other = take(&k, "other");   /* "every other week": every second one */
    char v[32];
    if (take_recurring_point(&k, every, v))
        return found(m, at, k.pos, DYAD_TIMEX_SET, v);
    cursor before = k;
    if (every && take_vague_count(&k))
        n = -1;   /* "every few weeks": PXW */
    else if (every && !take_count(&k, &n))
        k = before;
    if (!take_unit(&k, &unit, NULL) || unit == U_WEEKEND)
        return 0;
    found_duration(m, at, k.pos, unit, other && n > 0 && n < 1000000 ? 2 * n : n);
    m->type = DYAD_TIMEX_SET;
    return 1;
}

/* "twice a week", "once a month", "three times a year": the count of a
 * set belongs to its extent (TimeML puts it in freq), when the longest
 * expression after it is a set ("three times a year ago" is no set). */
static int m_frequency(const ctx *c, size_t at, match *m)
{
    static const char *const times[] = {"once", "twice", "thrice", NULL};
    if (!is_digit(byte_at(c, at)) && !starts_with_any(c, at, "otfsenz"))
        return 0;   /* once, twice, thrice, a number ("a times" is none) */
    cursor k = {c, at};
    int n;
    token second = token_at(c, token_at(c, at).e);
    if (take_in(&k, times) < 0
        && !((token_is(c, second, "times") || token_is(c, token_at(c, second.e), "times"))
             && take_count(&k, &n) && take(&k, "times")))
        return 0;   /* "times" is looked for first: counts are read slowly */
    match inner;
    if (!match_core(c, peek(&k).b, &inner) || inner.type != DYAD_TIMEX_SET)
        return 0;
    *m = inner;
    m->b = at;
    return 1;
}

/* The day a clock time is on: "Wednesday", "today", "Nov. 9", or none;
 * a weekday's tense is read at `told_at`, where the expression begins. */
static int take_clock_day(const ctx *c, cursor *k, long *day, size_t told_at)
{
    match inner;
    token t = peek(k);
    if (t.kind == T_END)
        return 0;
    if (weekday_told_at(c, t.b, told_at, &inner) || m_relative_day(c, t.b, &inner) || m_calendar_date(c, t.b, &inner)) {
        if (inner.point.g != G_DAY)
            return 0;
        *day = inner.point.day;
        k->pos = inner.e;
        return 1;
    }
    return 0;
}

/* The day of "the night of Oct. 12", and of "the night of 9-10
 * November", "the night of June 5-6": a night told by the two days it
 * spans (joined by a dash) is the first's. */
static int take_night_day(const ctx *c, cursor *k, long *day)
{
    cursor save = *k;
    int first, y, mo, d;
    size_t nd;
    if (take_digits(k, &first, &nd) && nd <= 2 && byte_at(c, k->pos) == '-'
        && take_clock_day(c, k, day, peek(k).b)) {
        cal_civil_from_days(*day, &y, &mo, &d);
        if (d == first + 1) {
            (*day)--;
            return 1;
        }
    }
    *k = save;
    if (!take_clock_day(c, k, day, peek(k).b))
        return 0;
    cal_civil_from_days(*day, &y, &mo, &d);
    cursor second = *k;
    if (byte_at(c, k->pos) == '-' && take_digits(&second, &first, &nd) && first == d + 1) {
        *k = second;
        int year;
        take_punct(&second, ',');
        if (take_year(&second, &year) && year == y)
            *k = second;   /* "June 5-6, 1944", whose year the date read */
    }
    return 1;
}

/* "early hours", "small hours", "wee hours", "early morning hours" (after "the"): the hours
 * after midnight, which British and wire copy tie to the morning ("the
 * early hours of Sunday morning"). */
static int take_small_hours(cursor *k, const char **code)
{
    static const char *const small[] = {"early", "small", "wee", NULL};
    cursor save = *k;
    if (take_in(k, small) >= 0 && (take(k, "morning"), take(k, "hours"))) {   /* "the early morning hours" too */
        *code = "MO";
        return 1;
    }
    *k = save;
    return 0;
}

/* "in the morning", "through the night", "the next morning", "the night
 * of Oct. 12": a part of the day last named (else of the report's day),
 * as TimeBank has "placed orders in the morning" after Friday.  A noun
 * after it makes it a modifier ("the evening news", "the morning
 * session"), and "the morning of the vote" dates by an event. */
/* "that night", "that morning": the part of the day last named ("On
 * Tuesday rebels attacked. That night troops fired."); with no day named
 * before it, none.  `k` is after "that". */
static int that_day_part(const ctx *c, size_t at, cursor k, match *m)
{
    const char *part;
    take(&k, "same");   /* "that same evening" */
    if (c->anchor.g != G_DAY || !take_day_part(&k, &part) || byte_at(c, k.pos) == '-' || byte_at(c, k.pos) == '\'')
        return 0;   /* "that night-time raid", "that morning's meeting" */
    return found_time(m, at, k.pos, c->anchor.day, part);
}

static int m_the_day_part(const ctx *c, size_t at, match *m)
{
    if (!starts_with_any(c, at, "t"))
        return 0;
    cursor k = {c, at};
    if (take(&k, "that"))
        return that_day_part(c, at, k, m);
    if (!take(&k, "the") || !starts_with_any(c, peek(&k).b, "nfpmaesw"))
        return 0;   /* next, following, previous, morning, afternoon, evening, night; early, small, wee hours */
    long anchor_day = context_day(c, at), day = anchor_day;
    if (take(&k, "next") || take(&k, "following"))
        day++;
    else if (take(&k, "previous"))
        day--;
    token word = peek(&k);
    const char *part;
    if (!take_small_hours(&k, &part) && (is_capitalised(c, word) || !take_day_part(&k, &part) || byte_at(c, k.pos) == '-'))
        return 0;   /* "the Night of the Long Knives", "the morning-after pill" */
    cursor of = k;
    if (take(&of, "of")) {   /* "the night of Oct. 12", "the early hours of Saturday (morning)" */
        if (!take_night_day(c, &of, &day))
            return 0;
        cursor more = of;
        const char *again;
        if (take_day_part(&more, &again) && again[0] == part[0])
            of = more;
        return found_time(m, at, of.pos, day, part);
    }
    /* "the night the plane went down", "the night he died": a relative
     * clause makes it the time of an event; after "the next morning" a
     * subject opens the main clause */
    static const char *const no_nouns[] = {
        "when", "as", "after", "before", "while", "with", "was", "were", "is", "are", "local", NULL};
    static const char *const subjects[] = {"he", "she", "it", "they", "we", "i", "you", "there",
        "the", "a", "an", "his", "her", "their", "its", "our", NULL};   /* "The next morning the army withdrew" */
    token next = peek(&k);
    if (next.kind == T_WORD && !previous_word_in(c, next.e, adverb_followers) && token_in(c, next, no_nouns) < 0
        && !(day != anchor_day && (token_in(c, next, subjects) >= 0 || is_capitalised(c, next))))
        return 0;
    return found_time(m, at, k.pos, day, part);
}

/* "at dawn Sunday", "before dawn on Monday", "at dusk": the morning or
 * evening of the day named after it, else of the day in context, as "in
 * the morning" is (TIMEX2 puts dawn in the morning).  Only after a
 * preposition: "a dusk-to-dawn curfew", "Alba means dawn" are none. */
static int m_dawn(const ctx *c, size_t at, match *m)
{
    static const char *const names[] = {"dawn", "daybreak", "dusk", "nightfall", "first", NULL};
    static const char *const codes[] = {"MO", "MO", "EV", "EV", "MO"};
    static const char *const preps[] = {"at", "before", "around", "after", "until", "till", "by", "since", NULL};
    if (!starts_with_any(c, at, "dnf"))
        return 0;
    cursor k = {c, at};
    int i = take_in(&k, names);
    if (i == 4 && !take(&k, "light"))   /* "at first light" */
        return 0;
    if (i < 0 || is_capitalised(c, token_at(c, at)) || (at > 0 && byte_at(c, at - 1) == '-')
        || !previous_word_in(c, at, preps))
        return 0;
    /* (a day after "on" dates it and stays an expression of its own, as
     * in "3 p.m. on Thursday") */
    long day = context_day(c, at);
    cursor after = k;
    int on = take(&after, "on");
    if (take_clock_day(c, &after, &day, on ? peek(&after).b : at) && !on)
        k = after;
    return found_time(m, at, k.pos, day, codes[i]);
}

static const char *const time_zones[] = {
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "gmt", "utc", "bst",
    "cet", "cest", "eet", "eest", NULL};

static const char *const universal[] = {"gmt", "utc", NULL};

/* "1145GMT": four digits and the zone in one token, as Reuters writes it. */
static int take_glued_hhmm(cursor *k, int *value)
{
    token t = peek(k), zone = {t.b + 4, t.e, T_WORD};
    if (t.kind != T_NUM || t.e - t.b != 7 || token_in(k->c, zone, universal) < 0)
        return 0;
    int v = 0;
    for (size_t i = t.b; i < zone.b; i++) {
        if (!is_digit(byte_at(k->c, i)))
            return 0;
        v = add_digit(v, byte_at(k->c, i) - '0');
    }
    *value = v;
    k->pos = t.e;
    return 1;
}

/* "0400 hours", "at 1430 hrs": the military clock of war reports and
 * histories.  A count of hours has no leading zero and no "at" before it
 * ("1000 hours of footage", "after 2000 hours in the air"). */
static int take_military_hours(cursor *k, size_t at)
{
    static const char *const hours[] = {"hours", "hrs", NULL};
    static const char *const preps[] = {"at", "until", "till", NULL};
    cursor save = *k;
    if (token_in(k->c, peek(k), hours) >= 0 && (byte_at(k->c, at) == '0' || previous_word_in(k->c, at, preps))) {
        take_in(k, hours);
        return 1;
    }
    *k = save;
    return 0;
}

/* Whether a zone in capitals follows ("ET", "EDT", "CET"), and moves past
 * it: after four digits only capitals make a zone ("1200 pt" is a score). */
static int take_capital_zone(cursor *k)
{
    token t = peek(k);
    for (size_t i = t.b; i < t.e; i++)
        if (byte_at(k->c, i) >= 'a')
            return 0;
    return take_in(k, time_zones) >= 0;
}

/* "1400 GMT", "0830 UTC", "1145GMT", "0930 ET": wire copy gives the hour
 * in four digits with the zone it is in; without a zone four digits are a
 * year or an amount. */
static int take_zoned_hhmm(cursor *k, int *hour, int *minute)
{
    cursor save = *k;
    size_t at = peek(k).b, nd;
    int v;
    if ((take_glued_hhmm(k, &v)
         || (take_digits(k, &v, &nd) && nd == 4
             && (take_capital_zone(k) || (take(k, "local") && take(k, "time"))   /* "2130 local time" */
                 || take_military_hours(k, at))))
        && v / 100 <= 23 && v % 100 <= 59) {
        *hour = v / 100;
        *minute = v % 100;
        return 1;
    }
    *k = save;
    return 0;
}

/* Whether a US zone named in full follows: "Eastern", "Pacific time",
 * "Eastern Standard Time", "Central Daylight Time" (not the region of
 * "noon Eastern Europe", nor "Central Bank"). */
static int take_us_zone_name(cursor *k)
{
    static const char *const regions[] = {"eastern", "central", "mountain", "pacific", NULL};
    static const char *const seasons[] = {"standard", "daylight", NULL};
    cursor save = *k;
    if (!is_capitalised(k->c, peek(k)) || take_in(k, regions) < 0)
        return 0;
    cursor named = *k;
    take_in(k, seasons);
    if (take(k, "time"))
        return 1;
    *k = named;
    if (!is_capitalised(k->c, peek(k)))
        return 1;
    *k = save;
    return 0;
}

/* Whether a zone follows: "GMT", "EST", "local time", "Eastern". */
static int take_zone(cursor *k)
{
    cursor save = *k;
    if (take_in(k, time_zones) >= 0 || (take(k, "local") && take(k, "time")) || take_us_zone_name(k))
        return 1;
    *k = save;
    return 0;
}

/* "23:45 GMT", "11:45 local time", "at 14:30", "at 09:00", "scheduled
 * for 15:30": the 24-hour
 * clock of European and Asian wire copy.  Without a zone the hour must be
 * one no 12-hour clock has (13-23, or a leading zero) and a preposition
 * must come before it: "won 2:30" or "John 3:16" are no times. */
static int take_24_hour(const ctx *c, size_t at, cursor *k, int *hour, int *minute)
{
    static const char *const preps[] = {
        "at", "around", "about", "by", "until", "till", "from", "before", "after", "since", "to", "for", NULL};
    cursor save = *k;
    size_t nd_h, nd_m;
    if (take_digits(k, hour, &nd_h) && nd_h <= 2 && *hour <= 23 && take_punct(k, ':')
        && take_digits(k, minute, &nd_m) && nd_m == 2 && *minute <= 59) {
        cursor zone = *k;
        if (take_zone(&zone))
            return 1;
        if ((*hour >= 13 || (nd_h == 2 && byte_at(c, at) == '0')) && previous_word_in(c, at, preps))
            return 1;
    }
    *k = save;
    return 0;
}

/* A number of one or two digits at the cursor, and what touches it:
 * *suffix the "am"/"pm" of "9am", "30pm" (0 'a', 'p', or -1 none).  Read
 * by hand, as "9.30" and "9am" are no plain numbers for take_digits. */
static int take_clock_field(cursor *k, int *value, size_t *ndigits, int *suffix)
{
    token t = peek(k);
    size_t i = t.b, n = 0;
    if (t.kind != T_NUM)
        return 0;
    for (*value = 0; is_digit(byte_at(k->c, i)) && n < 3; i++, n++)
        *value = *value * 10 + byte_at(k->c, i) - '0';
    if (n == 0 || n > 2)
        return 0;
    *ndigits = n;
    *suffix = -1;
    if (i < t.e) {   /* letters touch the digits: only "am", "pm" */
        int ch = lower(byte_at(k->c, i));
        if (t.e - i != 2 || (ch != 'a' && ch != 'p') || lower(byte_at(k->c, i + 1)) != 'm')
            return 0;
        *suffix = ch;
    }
    k->pos = t.e;
    return 1;
}

/* "am", "a.m.", "pm", "p.m." after the number: 'a', 'p', or 0. */
static int take_meridiem(const ctx *c, cursor *k)
{
    cursor save = *k;
    token t = peek(k);
    if (token_is(c, t, "am") || token_is(c, t, "pm")) {
        k->pos = t.e;   /* a full stop after "pm" ends the sentence, not the time */
        return lower(byte_at(c, t.b));
    }
    if ((token_is(c, t, "a") || token_is(c, t, "p")) && (k->pos = t.e, take_punct(k, '.')) && take(k, "m")) {
        take_punct(k, '.');
        return lower(byte_at(c, t.b));
    }
    *k = save;
    return 0;
}

/* "10 a.m.", "7:15 p.m.", "9am", "9.30pm" (British), "9 o'clock": the hour
 * in 24-hour form, or 0. */
static int take_twelve_hour(const ctx *c, cursor *k, int *hour, int *minute)
{
    int suffix, mer = 0;
    size_t nd, b = peek(k).b;
    int before = byte_at(c, b - 1);
    if (b >= 2 && (before == '.' || before == ':' || before == ',') && is_digit(byte_at(c, b - 2)))
        return 0;   /* the "3pm" of "9.3pm" */
    if (!take_clock_field(k, hour, &nd, &suffix))
        return 0;
    if (suffix < 0 && (byte_at(c, k->pos) == ':' || byte_at(c, k->pos) == '.') && is_digit(byte_at(c, k->pos + 1))) {
        k->pos++;
        if (!take_clock_field(k, minute, &nd, &suffix) || nd != 2 || *minute > 59)
            return 0;
        if (is_digit(byte_at(c, k->pos + 1)) && (byte_at(c, k->pos) == '.' || byte_at(c, k->pos) == ','))
            return 0;   /* "9.301" or "9.30.5": a number */
    }
    if (suffix >= 0)
        mer = suffix;
    else if (!(mer = take_meridiem(c, k))) {
        if (!(take(k, "o") && take_punct(k, '\'') && take(k, "clock")))
            return 0;
        mer = 'a';
    }
    if (*hour > 12 || *hour == 0) return 0;
    if (mer == 'p' && *hour < 12) *hour += 12;
    if (mer == 'a' && *hour == 12) *hour = 0;
    return 1;
}

/* The day a clock time without its own day is on: the day named just
 * before it ("the blast happened Tuesday at 3 a.m.", "Tuesday, around 3
 * a.m."), else the story's.  A day further back is often a comparison
 * ("gained 300 points from Monday ... at 10 a.m."), so at most a comma and
 * two words may lie between. */
static long clock_default_day(const ctx *c, size_t at)
{
    if (c->anchor.g != G_DAY || c->anchor_end > at)
        return c->story;
    int between = 0;
    for (token t = token_at(c, c->anchor_end); t.b < at && t.kind != T_END; t = token_at(c, t.e)) {
        /* (a possessive too: "against Thursday's 5 p.m. quotes") */
        int possessive = t.b == c->anchor_end && (byte_at(c, t.b) == '\'' || byte_at(c, t.b + 2) == 0x99);
        /* (and a time in brackets right after it, the same moment in
         * another zone: "7 p.m. Thursday (1600 GMT)") */
        int bracket = between == 0 && byte_at(c, t.b) == '(';
        if ((t.kind == T_PUNCT && byte_at(c, t.b) != ',' && !possessive && !bracket) || ++between > 3)
            return c->story;
    }
    return c->anchor.day;
}

/* The day named after "on" behind a clock time: "3 p.m. on Thursday",
 * "1400 GMT on Thursday", "7 a.m. (0400 GMT) on Sunday", the day both
 * clock times of the pair are on.  The day stays an expression of its
 * own, as TimeBank tags a day after a preposition. */
static int day_after_on(const ctx *c, cursor k, long *day)
{
    int paren = take_punct(&k, '(');
    if (paren) {   /* the same time in another zone */
        int words = 0;
        while (!take_punct(&k, ')')) {
            token t = peek(&k);
            if (t.kind == T_END || ++words > 4)
                return 0;
            k.pos = t.e;
        }
    } else {
        paren = take_punct(&k, ')');   /* "(0400 GMT) on Sunday" read from inside */
    }
    /* after a parenthesis the day may follow bare: "at 00:01 (0801 GMT) Tuesday" */
    return (take(&k, "on") || paren) && take_clock_day(c, &k, day, peek(&k).b);
}

/* "half past nine", "a quarter past 10", "quarter to six p.m.": the
 * British clock in words.  "Quarter to" needs "at" before it or "a.m."/"p.m."
 * after it ("rose a quarter to 12 dollars" is no time); the hour is 1-12,
 * read as "9 o'clock" is when no "a.m." or "p.m." follows. */
static int take_clock_words(const ctx *c, size_t at, cursor *k, int *hour, int *minute)
{
    static const char *const at_word[] = {"at", NULL};
    cursor save = *k;
    int a = take(k, "a"), quarter = take(k, "quarter"), half = !a && !quarter && take(k, "half");
    int to = quarter && take(k, "to");
    size_t nd;
    if ((!quarter && !half) || (!to && !take(k, "past"))
        || (!take_number_word(k, hour) && !(peek(k).kind == T_NUM && take_digits(k, hour, &nd)))
        || *hour < 1 || *hour > 12) {
        *k = save;
        return 0;
    }
    int mer = take_meridiem(c, k);
    if (to && !mer && !previous_word_in(c, at, at_word)) {
        *k = save;
        return 0;
    }
    *minute = half ? 30 : to ? 45 : 15;
    if (to)
        *hour = *hour == 1 ? 12 : *hour - 1;
    if (mer == 'p' && *hour < 12)
        *hour += 12;
    if (mer == 'a' && *hour == 12)
        *hour = 0;
    return 1;
}

/* "10 a.m.", "7:15 p.m.", "5 p.m. EST Nov. 9", "noon Thursday",
 * "midnight Friday", "10 p.m. Wednesday", "10:30 a.m. local time",
 * "1400 GMT". */
static int m_clock(const ctx *c, size_t at, match *m)
{
    token first = token_at(c, at);
    if (first.kind != T_NUM && first.kind != T_WORD)
        return 0;
    cursor k = {c, at};
    int hour, minute = 0;
    char hhmm[8];
    if (first.kind == T_NUM) {
        if (!take_zoned_hhmm(&k, &hour, &minute) && !take_twelve_hour(c, &k, &hour, &minute)
            && (k.pos = at, !take_24_hour(c, at, &k, &hour, &minute)))
            return 0;
    } else if (take(&k, "noon") || take(&k, "midday")) {
        hour = 12;
    } else if (take(&k, "midnight")) {
        hour = 24;
    } else if (!take_clock_words(c, at, &k, &hour, &minute)) {
        return 0;
    }
    snprintf(hhmm, sizeof hhmm, "%02d:%02d", hour % 100, minute % 100);
    take_zone(&k);
    cursor tail = k;
    take_punct(&k, ',');
    long day = clock_default_day(c, at);
    if (!take_clock_day(c, &k, &day, at)) {
        k = tail;
        day_after_on(c, k, &day);
    }
    return found_time(m, at, k.pos, day, hhmm);
}

/* ---------------------------------------------------------- modifiers */

/* Words that shade an expression and belong to its extent: "almost two
 * months", "early next year", "the end of 1990", "late yesterday". */
enum modifier { MOD_NONE, MOD_APPROX, MOD_BOUND, MOD_POSITION };

/* The words "this time" may shade: "this time last year", "this time tomorrow". */
static const char *const time_of_shift[] = {"last", "next", "yesterday", "tomorrow", NULL};

/* Words after which "over" means "more than" and joins the extent ("for
 * over a month", "the first time in over two years", "lasted over a
 * week", "just over a year"); after other words it is the preposition of
 * a span, left out as TimeML leaves out prepositions ("spread over three
 * years", "has evolved over several years", "a rate over five years"). */
static const char *const over_as_more[] = {"for", "after", "in", "of", "within", "just", "than", "last",
    "lasts", "lasted", "lasting", "took", "take", "takes", "taking", "wait", "waited", "spent", "spend",
    "spends", "ago", "only", "well", NULL};

static enum modifier take_modifier(const ctx *c, size_t at, size_t *inner)
{
    static const char *const approx[] = {"about", "around", "nearly", "almost", "approximately", "roughly", NULL};
    static const char *const bound[] = {"over", NULL};
    static const char *const position[] = {"early", "late", "mid", "earlier", "later", NULL};
    static const char *const edge[] = {"end", "beginning", "start", "middle", "close", NULL};
    cursor k = {c, at};
    enum modifier kind = MOD_NONE;
    int p;
    if (take_in(&k, approx) >= 0)
        kind = MOD_APPROX;
    else if ((p = take_in(&k, position)) >= 0) {
        kind = MOD_POSITION;
        if (p != 2)
            take(&k, "on");   /* "early on Thursday", "earlier on Wednesday": the same shading */
    }
    else if ((k.pos = at, take(&k, "more") || take(&k, "less") || take(&k, "fewer")) && take(&k, "than"))
        kind = MOD_BOUND;
    else if ((k.pos = at, take(&k, "at")) && (take(&k, "least") || take(&k, "most")))
        kind = MOD_BOUND;
    else if ((k.pos = at, take(&k, "up")) && take(&k, "to"))
        kind = MOD_BOUND;
    else if ((k.pos = at, take(&k, "no")) && take(&k, "more") && take(&k, "than"))
        kind = MOD_BOUND;
    else if ((k.pos = at, take_in(&k, bound) >= 0) && !token_is(c, peek(&k), "the")
             && previous_word_in(c, at, over_as_more))
        kind = MOD_BOUND;   /* "lasted over a week", but "over the weekend", "spread over three years" */
    else if ((k.pos = at, take(&k, "the"), take_in(&k, edge) >= 0) && take(&k, "of"))
        kind = MOD_POSITION;
    else if ((k.pos = at, take(&k, "end")) && byte_at(c, k.pos) == '-')
        kind = MOD_POSITION;   /* "by end-March", "end-2022": Reuters' "the end of" */
    else if (starts_with_any(c, at, "t") && (k.pos = at, take(&k, "this") || (take(&k, "the") && take(&k, "same")))
             && take(&k, "time")
             && token_in(c, peek(&k), time_of_shift) >= 0)
        kind = MOD_POSITION;   /* "this time last year", "the same time next week" */
    *inner = kind == MOD_NONE ? at : token_at(c, k.pos).b;
    return kind;
}

/* Whether a modifier may extend an expression of this type and value:
 * "almost two months" but not "about future", "early next year" but not
 * "early two years". */
static int modifier_fits(enum modifier kind, const match *inner)
{
    int reference = strstr(inner->value, "_REF") != NULL;   /* "PAST_REF" begins like "P2M" */
    switch (kind) {
    case MOD_APPROX:   return !reference;
    case MOD_BOUND:    return inner->type == DYAD_TIMEX_DURATION;
    case MOD_POSITION: return inner->type == DYAD_TIMEX_DATE || inner->type == DYAD_TIMEX_TIME;
    default:           return 0;
    }
}

/* "3Q 2021", "2H21", "3Q": the digit first, as analysts write it; the
 * letter ends the number token, and a year may follow, spaced in full or
 * glued in two digits (this century's). */
static int digit_first_code(const ctx *c, token t, int *letter, int *n, cursor *k)
{
    *letter = byte_at(c, t.b + 1);
    *n = byte_at(c, t.b) - '0';
    if (t.kind != T_NUM || t.e - t.b != 2 || (*letter != 'Q' && *letter != 'H'))
        return 0;
    k->pos = t.e;
    int year;
    size_t nd;
    if (is_digit(byte_at(c, t.e))) {
        if (!take_digits(k, &year, &nd) || nd != 2 || is_alpha(byte_at(c, k->pos)))
            return 0;
        return 2000 + year;
    }
    return take_year(k, &year) ? year : -1;
}

/* "Q3 2020", "H1": a quarter or half written the way budgets and company
 * reports write it.  The capital letter and the digit touch ("H1N1" and
 * "Q35" are something else); without a year it is the story's year. */
static int m_period_code(const ctx *c, size_t at, match *m)
{
    cursor k = {c, at};
    token t = peek(&k);
    int letter = byte_at(c, t.b), n = byte_at(c, t.e) - '0', year = 0;
    if (t.kind == T_NUM) {
        if (!(year = digit_first_code(c, t, &letter, &n, &k)))
            return 0;
        if (year < 0)
            year = 0;
    } else {
        if (t.kind != T_WORD || t.e - t.b != 1 || (letter != 'Q' && letter != 'H'))
            return 0;
        if (is_alpha(byte_at(c, t.e + 1)) || is_digit(byte_at(c, t.e + 1)))
            return 0;
        k.pos = t.e + 1;
        if (!take_year(&k, &year))
            take_fiscal_code(&k, &year);
    }
    if (n < 1 || n > (letter == 'Q' ? 4 : 2))
        return 0;
    int g = letter == 'Q' ? G_QUARTER : G_HALF;
    return found_when(m, at, k.pos, year ? when_of(g, year, n) : ordinal_period(c, at, k.pos, g, n));
}

static const matcher matchers[] = {
    m_day_range_start, m_numeric_date, m_month_guarded,   /* m_month_guarded runs m_calendar_date */ m_ordinal_day, m_range_day, m_holiday, m_weekday, m_relative_day, m_the_day_part, m_dawn,
    m_anaphoric_day, m_nth_day, m_week_of_month, m_reference, m_reference_adjective, m_vague_period, m_this_last_next, m_year_end, m_new_year, m_zodiac_year,
    m_year, m_year_span_end, m_fiscal_code, m_decade, m_era, m_century_turn, m_interwar, m_eve, m_anniversary, m_quarter, m_month_span_quarter, m_period_code, m_season, m_ago, m_set, m_frequency, m_someday, m_clock, m_duration, m_decimal_duration, m_half_unit,   /* the clock first: "0400 hours" */
};

/* The longest expression starting at `at`, without modifiers. */
static int match_core(const ctx *c, size_t at, match *best)
{
    int any = 0;
    for (size_t i = 0; i < sizeof matchers / sizeof matchers[0]; i++) {
        match m;
        if (matchers[i](c, at, &m) && m.e > at && (!any || m.e > best->e)) {
            *best = m;
            any = 1;
        }
    }
    return any;
}

/* Tails that bound or blur an expression and belong to its extent
 * (TimeML puts them in a mod attribute): "the next year or so", "1994 or
 * later", "1990 and beyond", "five years or more". */
static void take_tail(const ctx *c, match *m)
{
    static const char *const or_tails[] = {"so", "later", "earlier", "more", "longer", "less", NULL};
    cursor k = {c, m->e};
    if (strstr(m->value, "_REF"))
        return;
    if ((take(&k, "or") && take_in(&k, or_tails) >= 0) || (k.pos = m->e, take(&k, "and") && take(&k, "beyond")))
        m->e = k.pos;
}

static int match_at(const ctx *c, size_t at, match *best)
{
    int any = match_core(c, at, best);
    size_t inner_at;
    enum modifier kind = take_modifier(c, at, &inner_at);
    match inner;
    if (kind != MOD_NONE && match_core(c, inner_at, &inner) && modifier_fits(kind, &inner)
        && (!any || inner.e > best->e)) {
        *best = inner;
        best->b = at;
        any = 1;
    }
    if (any)
        take_tail(c, best);
    return any;
}

/* ------------------------------------------------------------ driver */

/* Most tokens cannot begin an expression; `may_start` rejects them before
 * the matchers run.  A token may begin one when it is a number or one of
 * the words a matcher or a modifier reads first (every optional leading
 * word counts, as the matcher may also begin at what follows it).  These
 * words and the lexicons above go once into a small hash set. */
static const char *const starter_words[] = {
    /* m_calendar_date, m_weekday, m_relative_day, m_anaphoric_day */
    "last", "this", "next", "past", "coming", "the", "sept", "today", "yesterday",
    "tomorrow", "tonight", "overnight", "mid", "that",
    /* m_reference, m_reference_adjective, m_vague_period */
    "now", "currently", "presently", "nowadays", "these", "at", "more", "most", "recently",
    "lately", "soon", "a", "as", "current", "recent", "future", "right", "someday",
    /* m_this_last_next, m_year_end, m_year */
    "present", "latest", "previous", "preceding", "prior", "following", "subsequent",
    "same", "full", "whole", "entire", "year", "fiscal", "fy",
    /* m_decade, m_quarter, m_season */
    "early", "late", "its", "their", "comparable", "corresponding", "final", "half",
    "period", "quarter", "q", "h",
    /* m_ago, m_set, m_duration */
    "an", "several", "few", "many", "some", "numerous", "daily", "weekly", "monthly",
    "quarterly", "annually", "yearly", "hourly", "nightly", "every", "each", "per",
    "first", "remaining", "initial", "ensuing",
    /* m_clock, m_frequency */
    "noon", "midday", "midnight", "once", "twice", "thrice",
    /* m_dawn, m_era */
    "dawn", "daybreak", "dusk", "nightfall", "first", "ad",
    /* take_modifier */
    "about", "around", "nearly", "almost", "approximately", "roughly", "earlier", "later",
    "less", "fewer", "up", "no", "over", "end", "beginning", "start", "middle", "close",
    NULL};

static const char *const *const starter_lexicons[] = {
    starter_words, cal_month_names, month_abbr, cal_weekday_names, weekday_plurals, small_numbers,
    tens_numbers, decade_words, ordinals, seasons, day_parts, holiday_firsts};

/* Open addressing over a power of two at most half full. */
enum { STARTER_SLOTS = 512 };
static const char *starters[STARTER_SLOTS];
static pthread_once_t starters_once = PTHREAD_ONCE_INIT;

/* FNV-1a over the lower-cased bytes. */
static unsigned word_hash(const char *s, size_t n)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned)lower((unsigned char)s[i])) * 16777619u;
    return h;
}

/* The slot of a word that is in the set, or of the empty slot where it would go. */
static size_t starter_slot(const char *s, size_t n)
{
    size_t i = word_hash(s, n) & (STARTER_SLOTS - 1);
    while (starters[i]) {
        const char *w = starters[i];
        size_t j = 0;
        while (j < n && w[j] == lower((unsigned char)s[j]))
            j++;
        if (j == n && w[n] == '\0')
            return i;
        i = (i + 1) & (STARTER_SLOTS - 1);
    }
    return i;
}

static void add_starter(const char *word)
{
    size_t n = strlen(word);
    if (n)
        starters[starter_slot(word, n)] = word;
}

static void fill_starters(void)
{
    for (size_t i = 0; i < sizeof starter_lexicons / sizeof starter_lexicons[0]; i++)
        for (const char *const *w = starter_lexicons[i]; *w; w++)
            add_starter(*w);
    for (int u = 0; u < N_UNITS; u++) {
        add_starter(units[u].one);
        add_starter(units[u].many);
    }
}

/* Whether the date `m`, just named, sets a history's time: a year, month
 * or day two or more years before the story, opening its sentence. */
static int is_setting(const ctx *c, match m)
{
    int y = m.point.y, mo, d;
    if (m.point.g == G_DAY)
        cal_civil_from_days(m.point.day, &y, &mo, &d);
    else if (m.point.g != G_YEAR && m.point.g != G_MONTH)
        return 0;
    return y <= story_year(c) - 2 && opens_sentence(c, m.b);
}

static int may_start(const ctx *c, token t)
{
    if (t.kind == T_NUM)
        return 1;
    if (t.kind != T_WORD)
        return 0;
    return starters[starter_slot(c->text + t.b, t.e - t.b)] != NULL;
}

static int parse_story_date(const char *s, long *day)
{
    if (!s || strlen(s) < 10)
        return 0;
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : !is_digit((unsigned char)s[i]))
            return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (m < 1 || m > 12 || d < 1 || d > cal_days_in_month(y, m))
        return 0;
    *day = cal_days_from_civil(y, m, d);
    return 1;
}

/* Whether a day names the body or the place after it: "the March 14
 * movement", "the March 8 alliance", "the 6th of October Bridge", "the
 * 26th of July Movement" are named after a day and tell of no time
 * (TimeML leaves names alone).  A place only in a name's capitals or
 * after a day written before its month, as such names are: "the Oct. 5
 * bridge collapse" is a date. */
static int names_a_body(const ctx *c, match m)
{
    static const char *const bodies[] = {"movement", "movements", "alliance", "coalition", "forces", "camp",
        "bloc", "brigade", "brigades", NULL};
    static const char *const places[] = {"bridge", "city", "street", "avenue", "road", "square", "stadium",
        "university", NULL};
    if (m.point.g != G_DAY)
        return 0;
    token next = token_at(c, m.e);
    token last = word_ending_before(c, m.e);
    return token_in(c, next, bodies) >= 0
           || (token_in(c, next, places) >= 0
               && (is_capitalised(c, next) || token_in(c, last, cal_month_names) >= 0));
}

size_t dyad_timex_find(const char *text, size_t len, const char *story_date,
                       dyad_timex *out, size_t max)
{
    ctx c = {text, len, 0, {G_NONE, 0, 0, 0}, 0, {G_NONE, 0, 0, 0}, 0, NULL, 0};
    if (!text || !parse_story_date(story_date, &c.story))
        return 0;
    pthread_once(&starters_once, fill_starters);
    struct token_table table;   /* a sentence's worth: about 8 KB of stack */
    if (index_tokens(&c, &table))
        c.table = &table;
    size_t count = 0, pos = 0;
    for (token t = token_at(&c, pos); t.kind != T_END; t = token_at(&c, pos)) {
        match m;
        /* expressions start at a word or number, never inside one */
        int starts_word = t.b == 0 || !is_alnum(byte_at(&c, t.b - 1));
        if (starts_word && may_start(&c, t) && match_at(&c, t.b, &m)) {
            if (names_a_body(&c, m)) {
                pos = m.e;   /* "the March 14 movement": no date, nor any part of it */
                continue;
            }
            if (count < max) {
                out[count].begin = m.b;
                out[count].end = m.e;
                out[count].type = m.type;
                memcpy(out[count].value, m.value, sizeof out[count].value);
            }
            count++;
            if (m.point.g >= G_YEAR && !m.anaphoric) {
                c.anchor = m.point;
                c.anchor_end = m.e;
                c.setting = is_setting(&c, m);
            } else if (m.anaphoric && m.point.g == G_YEAR && m.point.y != c.anchor.y) {
                c.setting = 0;   /* "the following year": the history moved on by an amount a month cannot place */
            }
            if (c.report.g == G_NONE && !m.anaphoric && is_recent_quarter(&c, m.point))
                c.report = m.point;
            if (m.point.g == G_QUARTER || (m.point.g == G_YEAR && !m.anaphoric))
                c.by_year = m.point.g == G_YEAR;
            pos = m.e;
        } else {
            pos = t.e;
        }
    }
    return count;
}

/* ------------------------------------------------------------ context */

/* The words whose value may count from a date named before them: shifts
 * ("two days later", "a year earlier", "the previous Friday", "the same
 * day", "the following year"), parts of the day in context ("in the
 * morning", "the small hours", "at dawn", "overnight") and the quarter of
 * a results story ("the quarter", "the year-earlier period", "the first
 * half ... the same period"). */
static const char *const refers_back_words[] = {
    "previous", "preceding", "prior", "following", "subsequent", "same", "next", "earlier", "later",
    "overnight", "morning", "afternoon", "evening", "night", "hours", "dawn", "daybreak", "dusk",
    "nightfall", "light", "day", "quarter", "period", "half", NULL};

static int word_is(const char *w, size_t n, const char *name)
{
    /* (the first byte first: most words fail there, spared a strlen) */
    return n && name[0] == w[0] && strncmp(name, w, n) == 0 && name[n] == '\0';
}

/* Whether the word w[0..n) (lower case) after `prev` may refer back. */
static int word_refers_back(const char *prev, size_t prev_n, const char *w, size_t n, int after_digit,
                            int before_punct)
{
    if (after_digit)   /* "on the 12th": in the month last named */
        return word_is(w, n, "th") || word_is(w, n, "st") || word_is(w, n, "nd") || word_is(w, n, "rd");
    for (const char *const *x = refers_back_words; *x; x++)
        if (word_is(w, n, *x))
            return 1;
    if (word_is(prev, prev_n, "year") && word_is(w, n, "ago"))
        return 1;   /* "a year ago" in a results story: the reported quarter's */
    if ((word_is(w, n, "before") || word_is(w, n, "after")) && before_punct)
        return 1;   /* "the year before." */
    if (!word_is(prev, prev_n, "that"))
        return 0;
    for (int u = 0; u < N_UNITS; u++)   /* "that week", "that year" */
        if (word_is(w, n, units[u].one))
            return 1;
    for (const char *const *x = seasons; *x; x++)   /* "that summer" */
        if (word_is(w, n, *x))
            return 1;
    return 0;
}

/* Whether the word text[0..n), `rest` after it, names a month without its
 * year ("In June", "on June 10", not "June 2021" or "June 10, 1940"): a
 * history's setting before it may give the year ("In May 1940, ... In
 * June, ..."). */
static int yearless_month(const char *w, size_t n, const char *rest, size_t rest_len)
{
    char month[10];
    if (n < 3 || n > sizeof month || w[0] < 'A' || w[0] > 'Z')
        return 0;
    for (size_t i = 0; i < n; i++)
        month[i] = (char)lower((unsigned char)w[i]);
    int named = 0;
    for (const char *const *x = cal_month_names; *x && !named; x++)
        named = word_is(month, n, *x);
    if (!named)
        return 0;
    size_t i = 0;
    while (i < rest_len && (is_digit((unsigned char)rest[i]) || rest[i] == ',' || rest[i] == ' '))
        i++;   /* the day and the year after it: "10, 1940" */
    return !(i >= 4 && is_digit((unsigned char)rest[i - 1]) && is_digit((unsigned char)rest[i - 4])
             && (i == 4 || !is_digit((unsigned char)rest[i - 5])));
}

int dyad_timex_refers_back(const char *text, size_t len)
{
    char prev[16] = "", word[16];
    size_t prev_n = 0;
    int month = 0;
    for (size_t i = 0; i < len;) {
        if (!is_alpha((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t b = i, n = 0;
        for (; i < len && is_alpha((unsigned char)text[i]); i++)
            if (n < sizeof word)
                word[n++] = (char)lower((unsigned char)text[i]);
        if (i - b > sizeof word)
            n = 0;   /* longer than any word of the list */
        size_t next = i;
        while (next < len && text[next] == ' ')
            next++;
        int after_digit = b > 0 && is_digit((unsigned char)text[b - 1]);
        int before_punct = next == len || (!is_alnum((unsigned char)text[next]) && !is_space((unsigned char)text[next]));
        if (n && word_refers_back(prev, prev_n, word, n, after_digit, before_punct))
            return DYAD_TIMEX_REFERS_BACK;
        month = month || (n && yearless_month(text + b, i - b, text + next, len - next));
        memcpy(prev, word, n);
        prev_n = n;
    }
    return month ? DYAD_TIMEX_REFERS_SETTING : 0;
}

const char *dyad_timex_type_name(int type)
{
    switch (type) {
    case DYAD_TIMEX_DATE: return "DATE";
    case DYAD_TIMEX_TIME: return "TIME";
    case DYAD_TIMEX_DURATION: return "DURATION";
    case DYAD_TIMEX_SET: return "SET";
    default: return "?";
    }
}
