/* text.c — see text.h. */
#include "util/text.h"
#include "util/calendar.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

char *str_trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = 0;
    return s;
}

void str_copy(char *out, size_t cap, const char *s)
{
    size_t n = strnlen(s, cap - 1);
    memcpy(out, s, n);
    out[n] = '\0';
}

void str_append(char *out, size_t cap, const char *s)
{
    size_t len = strlen(out);
    str_copy(out + len, cap - len, s);
}

int str_in(const char *s, const char *const *list)
{
    /* (the first letters compared before the call: most words of the
     * text differ from every word of the list there) */
    for (; *list; list++)
        if ((*list)[0] == s[0] && strcmp(s, *list) == 0)
            return 1;
    return 0;
}

int str_prefix_in(const char *s, const char *const *prefixes)
{
    for (; *prefixes; prefixes++)
        if (strncmp(s, *prefixes, strlen(*prefixes)) == 0)
            return 1;
    return 0;
}

/* The ASCII mark of a fullwidth punctuation mark (U+FF01-U+FF5E that are
 * not letters or digits) or of the ideographic comma and full stop
 * (U+3001, U+3002) at s, else 0.  Text typed with an East Asian input
 * method has them ("Moscow\uFF0E Iran ..."): they glued themselves to the
 * word before, and the sentence went on. */
char utf8_fullwidth_punct(const unsigned char *s, size_t k)
{
    if (k != 3)
        return 0;
    if (s[0] == 0xE3 && s[1] == 0x80 && (s[2] == 0x81 || s[2] == 0x82))
        return s[2] == 0x81 ? ',' : '.';
    if (s[0] != 0xEF || (s[1] != 0xBC && s[1] != 0xBD) || s[2] < 0x80 || s[2] > 0xBF)
        return 0;
    unsigned c = 0x20 + (s[1] == 0xBD ? 0x40 : 0) + (s[2] - 0x80);
    return c > 0x20 && c < 0x7F && !isalnum((int)c) ? (char)c : 0;
}

char utf8_fold_latin(const unsigned char *s, size_t k)
{
    /* Only a well-formed pair: dictionaries reach here unvalidated. */
    if (k != 2 || s[1] < 0x80 || s[1] > 0xBF)
        return 0;
    static const char latin1[] = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTSaaaaaaaceeeeiiiidnooooo/ouuuuyty";
    if (s[0] == 0xC3)
        return latin1[s[1] - 0x80];
    /* Latin Extended-A, U+0100-U+017F, in pairs of upper and lower case. */
    static const char ext_a[] = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    unsigned cp = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    if (cp >= 0x100 && cp < 0x180)
        return ext_a[cp - 0x100];
    /* A few letters of Latin Extended-B and IPA that names carry: Romanian
     * comma-below (Țoiu, Șoșoacă), Azerbaijani schwa (Əliyev), Vietnamese
     * horned O and U (Nguyễn's ư, ơ). */
    switch (cp) {
    case 0x218: return 'S';
    case 0x219: return 's';
    case 0x21A: return 'T';
    case 0x21B: return 't';
    case 0x18F: return 'A';
    case 0x259: return 'a';
    case 0x1A0: return 'O';
    case 0x1A1: return 'o';
    case 0x1AF: return 'U';
    case 0x1B0: return 'u';
    default: return 0;
    }
}

/* Eight ASCII bytes upper-cased at once: a byte of 'a'..'z' loses 0x20.
 * (Every byte is below 0x80, so no sum carries into the next byte.) */
static uint64_t upcase8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ULL;
    uint64_t lower = (x + ones * (0x80 - 'a')) & ~(x + ones * (0x80 - 'z' - 1)) & ones * 0x80;
    return x - (lower >> 2);
}

/* Folds as the tokenizer does, so that "Ouédraogo" in a dictionary meets
 * OUEDRAOGO in the text; the result is never longer than the input.  Runs
 * of ASCII go eight bytes at a time (every line of a dictionary comes
 * here). */
void str_upcase(char *s)
{
    char *out = s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        const unsigned char *u = (const unsigned char *)s + i;
        uint64_t word;
        if (n - i >= 8 && (memcpy(&word, u, 8), !(word & 0x8080808080808080ULL))) {
            word = upcase8(word);     /* out never passes u: a safe store */
            memcpy(out, &word, 8);
            out += 8;
            i += 8;
            continue;
        }
        if (u[0] < 0x80) {            /* ASCII, nearly every byte of a dictionary */
            *out++ = (char)(u[0] >= 'a' && u[0] <= 'z' ? u[0] - 'a' + 'A' : u[0]);
            i++;
            continue;
        }
        size_t k = utf8_seq_len(u, n - i);
        char c = k == 1 ? (char)u[0] : utf8_fold_latin(u, k);
        if (k == 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x99)
            c = '\'';
        if (c)
            *out++ = (char)toupper((unsigned char)c);
        else {
            memmove(out, u, k);
            out += k;
        }
        i += k;
    }
    *out = 0;
}

char *str_strip_comment(char *s)
{
    int depth = 0;
    /* (strpbrk skips the plain text between marks faster than a loop) */
    for (; (s = strpbrk(s, "[]#;")) != NULL; s++) {
        if (*s == '[')
            depth++;
        else if (*s == ']' && depth)
            depth--;
        else if ((*s == '#' || *s == ';') && !depth) {
            *s = 0;
            return s + 1;
        }
    }
    return NULL;
}

int32_t dict_date_number(const char *s, size_t n)
{
    if (n != 6 && n != 8)
        return -1;      /* checked first: more digits would overflow v */
    int32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    if (n == 6)
        v += v / 10000 < 30 ? 20000000 : 19000000;
    /* A day not in the calendar ("210230") is a typo as "9008223" is: it
     * was kept, a code dated from 30 February. */
    int y = v / 10000, m = v / 100 % 100, d = v % 100;
    return d >= 1 && d <= cal_days_in_month(y, m) ? v : -1;
}

void text_lines_init(text_lines *tl, FILE *fp)
{
    memset(tl, 0, sizeof *tl);
    tl->fp = fp;
    tl->pos = 1;
}

/* getline reads up to an LF through stdio's small buffer (a large file is
 * not read whole into fresh pages, each a page fault); a lone CR inside
 * what it read ends a line too, so an old Mac file is many lines. */
char *text_lines_next(text_lines *tl, size_t *n)
{
    if (tl->pos > tl->len) {
        ssize_t got = getline(&tl->buf, &tl->cap, tl->fp);
        if (got < 0)
            return NULL;
        tl->len = (size_t)got;
        if (tl->len && tl->buf[tl->len - 1] == '\n')
            tl->buf[--tl->len] = 0;
        tl->pos = 0;
        if (tl->lines == 0 && tl->len >= 3 && memcmp(tl->buf, "\xEF\xBB\xBF", 3) == 0)
            tl->pos = 3;              /* the byte-order mark */
    }
    char *line = tl->buf + tl->pos;
    const char *cr = memchr(line, '\r', tl->len - tl->pos);
    size_t k = cr ? (size_t)(cr - line) : tl->len - tl->pos;
    line[k] = 0;
    tl->pos += k + 1;
    /* A CR that ends what getline read is the line's end (CRLF, or a last
     * line ending in CR), not the start of an empty line. */
    if (cr && tl->pos == tl->len)
        tl->pos++;
    tl->lines++;
    *n = k;
    return line;
}

void text_lines_free(text_lines *tl)
{
    free(tl->buf);
    memset(tl, 0, sizeof *tl);
}
