/* calendar.c — see calendar.h. */
#include "util/calendar.h"

int cal_is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int cal_days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && cal_is_leap(y) ? 29 : days[m - 1];
}

int cal_weekday(int y, int m, int d)
{
    /* Sakamoto's method (0 = Sunday), shifted so that 0 is Monday. */
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y--;
    return ((y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) + 6) % 7;
}
