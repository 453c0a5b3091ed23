/* calendar.h — Gregorian calendar facts used by the readers, the time
 * stage, the event dates and the store. */
#ifndef DYAD_CALENDAR_H
#define DYAD_CALENDAR_H

static inline int cal_is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Days in month m (1-12) of year y; 0 for another m. */
static inline int cal_days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && cal_is_leap(y) ? 29 : days[m - 1];
}
/* Day of the week, 0 = Monday. */
int cal_weekday(int y, int m, int d);

/* The months' and weekdays' names in lower case, January and Monday
 * first, each list ending with NULL: the readers' dates in words and the
 * time stage's expressions read the same names. */
extern const char *const cal_month_names[13];
extern const char *const cal_weekday_names[8];

/* Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard
 * Hinnant's algorithms: exact for every year, no tables, no time zone as
 * mktime would apply).  Inline: the time stage calls them per expression. */
static inline long cal_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static inline void cal_civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}
#endif
