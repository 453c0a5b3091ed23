/* dated.c — the plain "dated text" format of the seed story:
 *
 *     date 2021-10-15 Noting that the international community ...
 *     more text ...
 *     date 2021-10-16
 *     ...
 *
 * A story starts at a line whose first word (after blanks) is `date` followed
 * by a date, and runs to the next such line.  Text after the date on the
 * same line belongs to the story.  Story ids are "<file>:<n>". */
#include "read/read_internal.h"
#include <string.h>

static size_t date_words(const char *s, size_t n);

/* Whether s starts with something written as a whole date: digits and
 * separators holding six digits or more ("2021-10-15", "15/10/2021",
 * "20211015"), or a day and a month in words ("5 October 2021"). */
static int date_like(const char *s)
{
    size_t n = strspn(s, "0123456789-/."), digits = 0;
    for (size_t i = 0; i < n; i++)
        digits += s[i] >= '0' && s[i] <= '9';
    int y, m, d;
    return digits >= 6 || (digits && digits == n && n <= 2 && date_words(s, n) > n)
        || reader_date_in_words(s, strlen(s), &y, &m, &d);
}

/* If the line is a date line, returns the offset of the date word.  "Date"
 * and "DATE", and a colon after the word ("Date: 2021-10-15",
 * "date:2021-10-15"), are taken too when a whole date follows, as hand-made files write them: "Date
 * palms ..." and an article's "Date: 2021 was ..." stay text. */
const char *read_dated_date_line(const char *line)
{
    while (*line == ' ' || *line == '\t')
        line++;
    int exact = strncmp(line, "date", 4) == 0;
    if (!exact && strncmp(line, "Date", 4) != 0 && strncmp(line, "DATE", 4) != 0)
        return NULL;
    line += 4;
    /* After a colon the blank may be missing ("Date:2021-10-15"). */
    int colon = *line == ':';
    if (colon) {
        exact = 0;
        line++;
    }
    if (!colon && *line != ' ' && *line != '\t')
        return NULL;
    while (*line == ' ' || *line == '\t')
        line++;
    return exact || date_like(line) ? line : NULL;
}

/* The length of a date written in words that starts with the n bytes at s:
 * "18 October 2021", "Oct. 18, 2021" are shown whole when rejected. */
static size_t date_words(const char *s, size_t n)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec", NULL};
    size_t end = n;
    for (;;) {
        size_t k = end;
        while (s[k] == ' ' || s[k] == '\t' || s[k] == ',')
            k++;
        size_t w = strcspn(s + k, " \t,\r\n");
        int number = w > 0 && w <= 4 && strspn(s + k, "0123456789") == w;
        int month = 0;
        for (int i = 0; months[i] && !number; i++)
            month |= w >= 3 && strncmp(s + k, months[i], 3) == 0;
        if (!w || !(number || month))
            return end;
        end = k + w;
    }
}

static int start_story(dyad_reader *r, const char *date)
{
    reader_reset_story(r);
    r->n_stories++;
    buf_printf(&r->id, "%s:%lu", r->name, r->n_stories);
    /* Punctuation after the date is the dateline's ("date 2021-10-15,
     * Moscow -"), not the date's.  A date in words is as many words as it
     * takes ("date October 15, 2021, Moscow -"). */
    size_t n = strcspn(date, " \t"), len = n - (n > 1 && strchr(",;:.", date[n - 1]));
    int y, m, d;
    size_t words = reader_date_in_words(date, strlen(date), &y, &m, &d);
    if (words) {
        len = words;
        n = words + (date[words] && strchr(",;:.", date[words]));
    }
    char iso[11];
    const char *why;
    if (reader_parse_date(date, len, iso, &why) == 0)
        buf_adds(&r->date, iso);
    else {
        /* Keep reading the story's text so it is skipped as one record. */
        size_t shown = date_words(date, n);
        reader_reject(r, r->id.data, r->line_no, "bad date \"%.*s\": %s", (int)(shown > 40 ? 40 : shown), date, why);
        return 0;
    }
    const char *rest = date + n + reader_time_after_date(date + n);
    while (*rest == ' ' || *rest == '\t')
        rest++;
    reader_add_line(r, rest, r->line_len - (size_t)(rest - r->line));
    return 1;
}

/* Reports a run of text outside any story, which began at *line.  When it
 * is the whole input (`whole`), the input may be of another format, as
 * XML and TABARI readers say (--input-format dated on a JSON file). */
static void report_orphan(dyad_reader *r, long *line, int whole)
{
    if (*line)
        reader_reject(r, NULL, *line, "text with no \"date YYYY-MM-DD\" line before it%s",
                      whole ? " (no date line in the input: is it in another format? see --input-format)" : "");
    *line = 0;
}

/* Whether the pending line ends the story: a date line, or a record of
 * another format. */
static int story_ends(dyad_reader *r)
{
    return read_dated_date_line(r->line) || reader_foreign_record(r, r->line);
}

int read_dated(dyad_reader *r)
{
    for (;;) {
        /* Find the next date line; text before the first one is an error,
         * one per run of lines, and so is each record of another format. */
        long orphan_line = 0;
        while (reader_peek_line(r) && !read_dated_date_line(r->line)) {
            const char *other = reader_foreign_record(r, r->line);
            if (other) {
                report_orphan(r, &orphan_line, 0);
                reader_reject_foreign(r, other);
            } else if (!orphan_line && strspn(r->line, " \t") < r->line_len)
                orphan_line = r->line_no;
            reader_take_line(r);
        }
        int at_end = !reader_peek_line(r);
        report_orphan(r, &orphan_line, at_end && !r->n_stories && !r->rejected);
        if (at_end)
            return 0;
        int ok = start_story(r, read_dated_date_line(r->line));
        reader_take_line(r);
        while (reader_peek_line(r) && !story_ends(r)) {
            if (r->text.len)
                reader_add_text(r, "\n", 1);
            reader_add_line(r, r->line, r->line_len);
            reader_take_line(r);
        }
        if (ok && reader_finish_story(r))
            return 1;
    }
}
