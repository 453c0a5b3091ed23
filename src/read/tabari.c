/* tabari.c — TABARI text records, as in TABARI's Validate.text:
 *
 *     950101  DEMO-01
 *     Arnor is about to restore full diplomatic ties with Gondor ...
 *     (a comment block opened by slash-star, holding)
 *     \n{ ARN / GON / 064 }
 *
 * A record starts with a "YYMMDD ID" line; its text runs to a blank line or
 * a comment.  Expected codings, when present, are the "{ SRC / TGT / CODE }"
 * groups of the comment that follows; "{+++}" or no group means none. */
#include "read/read_internal.h"
#include <ctype.h>
#include <string.h>

/* Whether the words after an indented header's date are ids: at most
 * three (TABARI headers hold one or two: "FBIS-001-001 CEP2002"), none
 * starting with a small letter as the words of a sentence do. */
static int header_ids(const char *s)
{
    for (int words = 0;; words++) {
        s += strspn(s, " \t");
        if (!*s)
            return 1;
        if (words == 3 || islower((unsigned char)*s))
            return 0;
        s += strcspn(s, " \t");
    }
}

/* The length of the date of a record header "YYMMDD ID", or "YYYYMMDD ID"
 * (TABARI's YYYY option) when its 8 digits are a date: a text line may
 * start with a number too ("20000 people marched"), so 0 otherwise.  A
 * header whose id is missing is one still, and so is one indented when its
 * date is a date and ids follow it: read as text, either would join its
 * record to the one before ("  211015 people marched" stays text). */
static size_t record_header(const char *line)
{
    size_t lead = strspn(line, " \t"), n = strspn(line + lead, "0123456789");
    const char *end = line + lead + n;
    if (*end != ' ' && *end != '\t' && *end != 0)
        return 0;
    char iso[11];
    const char *why;
    int is_date = reader_parse_date(line + lead, n, iso, &why) == 0;
    if (lead && !header_ids(end))
        return 0;
    return (n == 6 && (!lead || is_date)) || (n == 8 && is_date) ? n : 0;
}

/* Where the date of a record header starts (after its indent). */
static const char *header_date(const char *line)
{
    return line + strspn(line, " \t");
}

/* Copies s[0..n) without its blanks into out; 0 when it does not fit. */
static int trim_copy(char *out, size_t cap, const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) s++, n--;
    while (n && isspace((unsigned char)s[n - 1])) n--;
    if (n >= cap)
        return 0;
    memcpy(out, s, n);
    out[n] = 0;
    return 1;
}

/* Whether the group s[0..n) (between its braces) holds no coding by
 * design: "+++" or "---" (no event), "###" (discarded), nothing, or an
 * option ("OPTION: SET: ..."). */
static int non_coding_group(const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) s++, n--;
    while (n && isspace((unsigned char)s[n - 1])) n--;
    return n == 0 || strncmp(s, "OPTION:", n < 7 ? n : 7) == 0
        || (n == 3 && (!memcmp(s, "+++", 3) || !memcmp(s, "---", 3) || !memcmp(s, "###", 3)));
}

/* Reads the group p[1..close) "SRC / TGT / CODE" into an expected coding;
 * 0 when it has another shape ("{ ARN / GON }", "{ ARN, GON, 064 }"). */
static int coding_group(dyad_reader *r, const char *p, const char *close)
{
    const char *s1 = memchr(p, '/', (size_t)(close - p));
    const char *s2 = s1 ? memchr(s1 + 1, '/', (size_t)(close - s1 - 1)) : NULL;
    if (!s2 || memchr(s2 + 1, '/', (size_t)(close - s2 - 1)))
        return 0;
    char src[64], tgt[64], code[16];
    if (!trim_copy(src, sizeof src, p + 1, (size_t)(s1 - p - 1)) || !trim_copy(tgt, sizeof tgt, s1 + 1, (size_t)(s2 - s1 - 1))) {
        /* It was cut to fit, and the record failed on a code it never held. */
        reader_expect_error(r, "expected coding \"%.40s...\" has an actor code longer than %zu bytes", p, sizeof src - 1);
        return 1;
    }
    if (!trim_copy(code, sizeof code, s2 + 1, (size_t)(close - s2 - 1)) || !src[0] || !tgt[0] || !reader_event_code_shape(code))
        return 0;
    reader_add_expected(r, src, tgt, code);
    return 1;
}

/* Reads the "{ SRC / TGT / CODE }" groups of a comment line.  "-{...}" is
 * a coding struck out; a group of another shape, or one whose '}' is not
 * on its line, is the record's fault (it was skipped without a word, and
 * the record scored as expecting no event). */
static void expected_groups(dyad_reader *r, const char *line)
{
    const char *p = line;
    while ((p = strchr(p, '{')) != NULL) {
        int struck = p > line && p[-1] == '-';
        const char *close = strchr(p, '}');
        if (!close) {
            if (!struck && !non_coding_group(p + 1, strlen(p + 1)))
                reader_expect_error(r, "expected coding \"%.40s\" has no '}' on its line", p);
            return;
        }
        if (!struck && !non_coding_group(p + 1, (size_t)(close - p - 1)) && !coding_group(r, p, close))
            reader_expect_error(r, "expected coding \"%.*s\" is not { SOURCE / TARGET / CODE }",
                                (int)(close - p + 1 < 60 ? close - p + 1 : 60), p);
        p = close + 1;
    }
}

/* Whether a line outside any record is text: not blank, not a '#'
 * comment (TABARI files frame their records with '#' banners). */
static int stray_text(const char *line)
{
    line += strspn(line, " \t");
    return *line && *line != '#';
}

/* Reports a paragraph of text outside any record, first line `line`.  A
 * line that starts like a header shows why it is none. */
static void report_stray(dyad_reader *r, long line, const char *first)
{
    size_t digits = strspn(first, "0123456789");
    if (digits >= 4 && (first[digits] == ' ' || first[digits] == '\t'))
        reader_reject(r, NULL, line, "\"%.*s\" is not a record header (want YYMMDD or YYYYMMDD, a blank and the "
                      "id): its record was skipped", (int)digits, first);
    else
        reader_reject(r, NULL, line, "text with no \"YYMMDD ID\" record header before it");
}

/* Skips to the next record header.  Text on the way (before the first
 * record, or after a record's comment) belongs to no record: it is
 * reported once per paragraph, naming its first line. */
static void skip_to_header(dyad_reader *r)
{
    long stray = 0;
    char first[48] = "";
    while (reader_peek_line(r) && !record_header(r->line)) {
        const char *other = reader_foreign_record(r, r->line);
        if (other) {
            if (stray)
                report_stray(r, stray, first);
            stray = 0;
            reader_reject_foreign(r, other);
        } else if (!stray && stray_text(r->line)) {
            stray = r->line_no;
            snprintf(first, sizeof first, "%s", r->line + strspn(r->line, " \t"));
        } else if (stray && strspn(r->line, " \t") == r->line_len) {
            report_stray(r, stray, first);
            stray = 0;
        }
        reader_take_line(r);
    }
    /* With no record at all, reader_no_records says more (another format?). */
    if (stray && (r->n_stories || reader_peek_line(r)))
        report_stray(r, stray, first);
}

int read_tabari(dyad_reader *r)
{
    for (;;) {
        skip_to_header(r);
        if (!reader_peek_line(r)) {
            reader_no_records(r, "\"YYMMDD ID\" record");
            return 0;
        }
        reader_reset_story(r);
        r->n_stories++;
        size_t date_len = record_header(r->line);
        const char *date = header_date(r->line), *id = date + date_len;
        while (*id == ' ' || *id == '\t') id++;
        if (*id)
            buf_add(&r->id, id, strcspn(id, " \t"));
        else
            buf_printf(&r->id, "%s:%lu", r->name, r->n_stories);
        char iso[11];
        const char *why;
        int date_ok = reader_parse_date(date, date_len, iso, &why) == 0;
        if (date_ok)
            buf_adds(&r->date, iso);
        else
            reader_reject(r, r->id.data, r->line_no, "bad date \"%.*s\": %s", (int)date_len, date, why);
        reader_take_line(r);
        int in_comment = 0;
        while (reader_peek_line(r) && !record_header(r->line)
               && (in_comment || !reader_foreign_record(r, r->line))) {
            const char *line = r->line;
            if (!in_comment) {
                /* A comment may follow text on its line, or be indented. */
                const char *open = strstr(line, "/*");
                size_t text_len = open ? (size_t)(open - line) : r->line_len;
                if (strspn(line, " \t") < text_len) {
                    if (r->text.len) reader_add_text(r, "\n", 1);
                    reader_mark_line(r);
                    reader_add_line(r, line, text_len);
                }
                if (open) {
                    in_comment = 1;
                    line = open;
                }
            }
            if (in_comment) {
                expected_groups(r, line);
                if (strstr(line, "*/"))
                    in_comment = 2;
            }
            reader_take_line(r);
            if (in_comment == 2)
                break;
        }
        if (!r->n_expected)
            r->expect_none = 1;
        if (date_ok && reader_finish_story(r))
            return 1;
    }
}
