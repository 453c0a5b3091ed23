/* text.h — small in-place string helpers shared by the dictionary readers
 * and the dictionary checker. */
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

/* Skips leading blanks and cuts trailing ones; returns the new start. */
char *str_trim(char *s);
/* snprintf(out, cap, "%s", s) without the format machinery (cap > 0): the
 * coder copies codes hundreds of thousands of times. */
void str_copy(char *out, size_t cap, const char *s);
/* The same appended to the string in out: snprintf(out + strlen(out),
 * cap - strlen(out), "%s", s). */
void str_append(char *out, size_t cap, const char *s);
/* Whether s is one of the NULL-terminated list (word lists of the rules). */
int str_in(const char *s, const char *const *list);
/* Whether s begins with one of the NULL-terminated list (CAMEO code
 * classes: "19" is every 19x code). */
int str_prefix_in(const char *s, const char *const *prefixes);
/* Upper case with Latin accents folded ("é" → "E") and the curly
 * apostrophe made straight, in place: the tokenizer's form of a word. */
void str_upcase(char *s);
/* Bytes in the UTF-8 sequence starting at s (1 for a stray byte). */
static inline size_t utf8_seq_len(const unsigned char *s, size_t n)
{
    size_t k = s[0] < 0x80 ? 1 : s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 1;
    return k <= n ? k : 1;
}
/* The ASCII base of a two-byte Latin letter with a diacritic; 0 if none. */
char utf8_fold_latin(const unsigned char *s, size_t k);
/* The ASCII mark of the fullwidth punctuation mark (U+FF01-U+FF5E, not a
 * letter or digit) or the ideographic comma or full stop (U+3001, U+3002)
 * that is the k-byte sequence s, else 0. */
char utf8_fullwidth_punct(const unsigned char *s, size_t k);
/* Cuts a dictionary line at its comment: '#' or ';' outside a [code]
 * block (TABARI writes codes such as [###]).  Returns the comment's text
 * (after the mark), or NULL when the line has none. */
char *str_strip_comment(char *s);
/* A PETRARCH/TABARI date, YYMMDD (1930-2029) or YYYYMMDD, as yyyymmdd;
 * -1 when s[0..n) is not one, or no day in the calendar. */
int32_t dict_date_number(const char *s, size_t n);
/* The lines of a file, one at a time, each in a buffer the caller may
 * edit until the next. */
typedef struct text_lines {
    FILE *fp;
    char *buf;          /* what getline read, its LF removed */
    size_t cap, len;
    size_t pos;         /* where the next line starts in buf; > len: read on */
    long lines;         /* lines handed out */
} text_lines;
void text_lines_init(text_lines *tl, FILE *fp);
/* The next line, NUL-terminated, without its end: LF, CRLF or a lone CR
 * (an old Mac file is many lines, not one), and the first without a UTF-8
 * byte-order mark.  *n gets its length (a NUL inside is kept: the caller
 * can see it).  NULL at end of file or on a read error (ferror tells: a
 * directory opens but cannot be read). */
char *text_lines_next(text_lines *tl, size_t *n);
void text_lines_free(text_lines *tl);
#endif