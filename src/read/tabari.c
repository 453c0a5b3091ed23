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

static int record_header(const char *line)
{
    return strspn(line, "0123456789") == 6 && (line[6] == ' ' || line[6] == '\t');
}

static void trim_copy(char *out, size_t cap, const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) s++, n--;
    while (n && isspace((unsigned char)s[n - 1])) n--;
    if (n >= cap) n = cap - 1;
    memcpy(out, s, n);
    out[n] = 0;
}

/* Reads "{ SRC / TGT / CODE }" groups of a comment line. */
static void expected_groups(dyad_reader *r, const char *line)
{
    const char *p = line;
    while ((p = strchr(p, '{')) != NULL) {
        const char *close = strchr(p, '}');
        if (!close) return;
        const char *s1 = memchr(p, '/', (size_t)(close - p));
        const char *s2 = s1 ? memchr(s1 + 1, '/', (size_t)(close - s1 - 1)) : NULL;
        if (s1 && s2 && !(p > line && p[-1] == '-')) {
            char src[64], tgt[64], code[16];
            trim_copy(src, sizeof src, p + 1, (size_t)(s1 - p - 1));
            trim_copy(tgt, sizeof tgt, s1 + 1, (size_t)(s2 - s1 - 1));
            trim_copy(code, sizeof code, s2 + 1, (size_t)(close - s2 - 1));
            if (code[0] && strchr(code, ' ') == NULL)
                reader_add_expected(r, src, tgt, code);
        }
        p = close + 1;
    }
}

int read_tabari(dyad_reader *r)
{
    for (;;) {
        while (reader_peek_line(r) && !record_header(r->line))
            reader_take_line(r);
        if (!reader_peek_line(r)) {
            reader_no_records(r, "\"YYMMDD ID\" record");
            return 0;
        }
        reader_reset_story(r);
        r->n_stories++;
        const char *id = r->line + 6;
        while (*id == ' ' || *id == '\t') id++;
        if (*id)
            buf_add(&r->id, id, strcspn(id, " \t"));
        else
            buf_printf(&r->id, "%s:%lu", r->name, r->n_stories);
        char iso[11];
        const char *why;
        int date_ok = reader_parse_date(r->line, 6, iso, &why) == 0;
        if (date_ok)
            buf_adds(&r->date, iso);
        else
            reader_reject(r, r->id.data, r->line_no, "bad date \"%.6s\": %s", r->line, why);
        reader_take_line(r);
        int in_comment = 0;
        while (reader_peek_line(r) && !record_header(r->line)) {
            const char *line = r->line;
            if (!in_comment && strncmp(line, "/*", 2) == 0)
                in_comment = 1;
            if (in_comment) {
                expected_groups(r, line);
                if (strstr(line, "*/"))
                    in_comment = 2;
            } else if (strspn(line, " \t") < r->line_len) {
                if (r->text.len) reader_add_text(r, "\n", 1);
                reader_add_line(r, line, r->line_len);
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
