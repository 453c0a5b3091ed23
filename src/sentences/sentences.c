/* sentences.c — where one sentence ends and the next begins.
 *
 * A sentence ends at '.', '!' or '?' (with any closing quotes or brackets
 * after it) when the next token could start a sentence, and always at a
 * paragraph break.  The tokeniser has already kept abbreviation periods
 * ("Gen.", "Oct.", "U.S.") inside their words; such a word ends a sentence
 * only when an obvious sentence opener follows ("... in the U.S. The ..."). */
#include "sentences/sentences.h"
#include "util/calendar.h"
#include <string.h>
#include <strings.h>

static const char *const openers[] = {
    "THE", "A", "AN", "HE", "SHE", "IT", "THEY", "WE", "I", "IN", "ON", "BUT", "AND", "THIS",
    "THAT", "THESE", "THOSE", "HIS", "HER", "ITS", "THEIR", "THERE", "MEANWHILE", "HOWEVER",
    "AT", "AS", "AFTER", "EARLIER", "LATER", "ON", "WHEN", "WHILE", NULL
};

static int is_opener(const token *t)
{
    for (int i = 0; openers[i]; i++)
        if (strcmp(t->up, openers[i]) == 0)
            return 1;
    return 0;
}

static int named_in(const char *const *names, const char *up)
{
    for (int i = 0; names[i]; i++)
        if (strcasecmp(up, names[i]) == 0)
            return 1;
    return 0;
}

/* "at 9 a.m. Officials said": after a clock time a capitalised word opens
 * a sentence unless it goes on with the time: a weekday or month ("9 a.m.
 * Monday"), a zone in capitals ("GMT"), or a place's time ("Moscow time"). */
static int opens_after_clock(const token *t, size_t n, size_t e)
{
    if (!(t[e].flags & TOK_CAP) || (t[e].flags & TOK_ALLCAP) || (t[e].flags & TOK_NUM))
        return 0;
    if (named_in(cal_weekday_names, t[e].up) || named_in(cal_month_names, t[e].up))
        return 0;
    return !(e + 1 < n && strcmp(t[e + 1].up, "TIME") == 0);
}

/* (this runs on every token: the length turns most away) */
static int is_clock_suffix(const token *t)
{
    return t->len == 4 && (strcmp(t->up, "A.M.") == 0 || strcmp(t->up, "P.M.") == 0);
}

static int is_closer(const token *t)
{
    return (t->flags & TOK_QUOTE) || strcmp(t->up, ")") == 0 || strcmp(t->up, "]") == 0;
}

static int can_start(const token *t)
{
    return (t->flags & (TOK_CAP | TOK_NUM | TOK_QUOTE)) || t->up[0] == '(' || t->up[0] == '[';
}

static int is_terminal(const token *t)
{
    return (t->flags & TOK_PUNCT) && (t->up[0] == '.' || t->up[0] == '!' || t->up[0] == '?') && t->len == 1;
}

/* Index just past the end of the sentence that ends at or after i, or 0
 * when the token at i does not end one. */
static size_t sentence_end_after(const token *t, size_t n, size_t i)
{
    size_t e = i + 1;
    if (is_terminal(&t[i])) {
        /* A closing quote right after the period belongs to this sentence,
         * but an opening quote of the next does not: a quote is closing when
         * no space separates it from the period. */
        while (e < n && is_closer(&t[e]) && t[e].begin == t[e - 1].end)
            e++;
        if (e >= n || (t[e].flags & TOK_PARA) || can_start(&t[e]))
            return e;
        return 0;
    }
    if ((t[i].flags & TOK_ABBREV) && t[i].len > 2 && e < n && is_opener(&t[e]) && (t[e].flags & TOK_CAP))
        return e;
    if (is_clock_suffix(&t[i]) && e < n && opens_after_clock(t, n, e))
        return e;
    return 0;
}

size_t split_sentences(const token *t, size_t n, sentence_span *out, size_t max, size_t max_tokens)
{
    size_t count = 0, start = 0;
    for (size_t i = 0; i < n && count < max; i++) {
        size_t end = 0;
        int cut = 0;
        if (i + 1 < n && (t[i + 1].flags & TOK_PARA))
            end = i + 1;
        else {
            end = sentence_end_after(t, n, i);
            if (end && end > i + 1)
                i = end - 1;
        }
        if (!end && max_tokens && i + 1 - start >= max_tokens)
            end = i + 1, cut = 1;
        if (end) {
            out[count].first = start;
            out[count].last = end;
            out[count].cut = cut;
            count++;
            start = end;
        }
    }
    if (start < n && count < max) {
        out[count].first = start;
        out[count].last = n;
        out[count].cut = 0;
        count++;
    }
    return count;
}
