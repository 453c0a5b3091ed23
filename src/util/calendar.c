/* calendar.c — see calendar.h. */
#include "util/calendar.h"

#include <stddef.h>

const char *const cal_month_names[13] = {"january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", NULL};
const char *const cal_weekday_names[8] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", NULL};

int cal_weekday(int y, int m, int d)
{
    /* Sakamoto's method (0 = Sunday), shifted so that 0 is Monday. */
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y--;
    return ((y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) + 6) % 7;
}
