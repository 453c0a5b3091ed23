/* text.c — see text.h. */
#include "util/text.h"
#include <ctype.h>
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

void str_upcase(char *s)
{
    for (; *s; s++)
        *s = (char)toupper((unsigned char)*s);
}

void str_strip_comment(char *s)
{
    int depth = 0;
    for (; *s; s++) {
        if (*s == '[')
            depth++;
        else if (*s == ']' && depth)
            depth--;
        else if ((*s == '#' || *s == ';') && !depth) {
            *s = 0;
            return;
        }
    }
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
        return (v / 10000 < 30 ? 20000000 : 19000000) + v;
    return n == 8 ? v : -1;
}
