/* timex.h — finds time expressions in news text and normalises them.
 *
 * Values follow TimeML TIMEX3 as used by TempEval-3 / TimeBank: "2021-10-20",
 * "2021-10", "2021-W42", "2021-Q3", "2020-SU", "199" (the 1990s), "PAST_REF",
 * "2021-10-15TMO", "P2M", "XXXX-WXX-1" and so on.  Relative expressions
 * ("yesterday", "last month", "on Friday") are resolved against the story
 * date; anaphoric ones ("the quarter", "a year earlier") against the last
 * date the text itself mentioned.  Extents follow TimeML: a leading
 * preposition is left out ("on Friday" → "Friday"), a determiner or a
 * modifier is kept ("the third quarter", "early next year", "almost two
 * months"). */
#ifndef DYAD_TIMEX_H
#define DYAD_TIMEX_H

#include <stddef.h>

enum {
    DYAD_TIMEX_DATE = 0,
    DYAD_TIMEX_TIME,
    DYAD_TIMEX_DURATION,
    DYAD_TIMEX_SET
};

typedef struct dyad_timex {
    size_t begin, end;  /* byte offsets into the text: [begin, end) */
    int type;           /* DYAD_TIMEX_DATE, _TIME, _DURATION or _SET */
    char value[32];     /* TIMEX3 value, NUL-terminated */
} dyad_timex;

/* Finds the time expressions in text[0..len) and normalises them against
 * `story_date` ("YYYY-MM-DD"; anything after the tenth byte, such as a
 * "T14:57:00" clock time, is ignored).  Writes the first `max` results to
 * `out` in text order, without overlaps, and returns how many it found,
 * which may be more than `max` (call again with a bigger buffer).  Returns 0
 * when `story_date` is not a valid date.  Allocates nothing. */
size_t dyad_timex_find(const char *text, size_t len, const char *story_date,
                       dyad_timex *out, size_t max);

/* Whether text[0..len) holds a word whose value may count from a date
 * named before the text ("the next day", "two days later", "that week",
 * "in the morning", "the year-ago quarter", "on the 12th"): a cheap scan,
 * so that a caller reads the text before it only when this says so.  Of
 * the text before, only the last date named, the quarter a results story
 * reports on and a history's setting ("In May 1940, ...") change what
 * dyad_timex_find finds here.  Returns DYAD_TIMEX_REFERS_BACK for such a
 * word, else DYAD_TIMEX_REFERS_SETTING when a month without its year
 * ("In June", "on June 10") is all there is: only a setting's year, two
 * or more years before the story, can change it, so the text before is
 * worth reading only when it names such a year; else 0. */
enum { DYAD_TIMEX_REFERS_BACK = 1, DYAD_TIMEX_REFERS_SETTING = 2 };
int dyad_timex_refers_back(const char *text, size_t len);

/* "DATE", "TIME", "DURATION", "SET"; "?" for an unknown type. */
const char *dyad_timex_type_name(int type);

#endif
