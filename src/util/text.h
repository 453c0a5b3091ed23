/* text.h — small in-place string helpers shared by the dictionary readers
 * and the dictionary checker. */
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H
#include <stddef.h>
#include <stdint.h>

/* Skips leading blanks and cuts trailing ones; returns the new start. */
char *str_trim(char *s);
/* ASCII upper case, in place. */
void str_upcase(char *s);
/* Cuts a dictionary line at its comment: '#' or ';' outside a [code]
 * block (TABARI writes codes such as [###]). */
void str_strip_comment(char *s);
/* A PETRARCH/TABARI date, YYMMDD (1930-2029) or YYYYMMDD, as yyyymmdd;
 * -1 when s[0..n) is not one. */
int32_t dict_date_number(const char *s, size_t n);
#endif
