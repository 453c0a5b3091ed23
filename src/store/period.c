/*
 * period.c — dates and the periods a series is counted by (day, ISO week,
 * month, year), in SQL for the database and in C to fill empty periods.
 */
#include <stdio.h>
#include "util/calendar.h"
#include <string.h>

#include "store/store_internal.h"

/* Reads exactly `n` digits. */
static int read_digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

/* Parses YYYY, YYYY-MM or YYYY-MM-DD; missing parts are 0. */
static int parse_partial_date(const char *s, int *y, int *m, int *d)
{
    size_t len = strlen(s);
    *m = *d = 0;
    if ((len != 4 && len != 7 && len != 10) || read_digits(s, 4, y) < 0)
        return -1;
    if (len >= 7 && (s[4] != '-' || read_digits(s + 5, 2, m) < 0 || *m < 1 || *m > 12))
        return -1;
    if (len == 10 && (s[7] != '-' || read_digits(s + 8, 2, d) < 0 || *d < 1 ||
                      *d > cal_days_in_month(*y, *m)))
        return -1;
    return 0;
}

int store_date_parse(const char *s, int *y, int *m, int *d)
{
    if (strlen(s) != 10)
        return -1;
    return parse_partial_date(s, y, m, d);
}

static void format_date(char out[11], int y, int m, int d)
{
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
             (unsigned)d % 100u);
}

int store_date_bound(const char *value, int after, char out[11])
{
    int y, m, d;
    if (parse_partial_date(value, &y, &m, &d) < 0)
        return -1;
    if (after) {
        if (d)
            cal_civil_from_days(cal_days_from_civil(y, m, d) + 1, &y, &m, &d);
        else if (m) {
            y += m == 12;
            m = m % 12 + 1;
            d = 1;
        } else {
            y++;
            m = d = 1;
        }
    }
    format_date(out, y, m ? m : 1, d ? d : 1);
    return 0;
}

void store_period_sql(dyad_period by, const char *date_column, char *expr, size_t len)
{
    /* Labels sort as text in time order, so GROUP BY / ORDER BY on them
     * gives the series in order.  SQLite's 'weekday 0' moves forward to a
     * Sunday; six days back is the Monday that starts the ISO week. */
    switch (by) {
    case DYAD_PERIOD_WEEK:
        snprintf(expr, len, "date(%s, 'weekday 0', '-6 days')", date_column);
        break;
    case DYAD_PERIOD_MONTH:
        snprintf(expr, len, "substr(%s, 1, 7)", date_column);
        break;
    case DYAD_PERIOD_YEAR:
        snprintf(expr, len, "substr(%s, 1, 4)", date_column);
        break;
    default:
        snprintf(expr, len, "%s", date_column);
        break;
    }
}

int store_period_next(dyad_period by, const char *label, char next[12])
{
    int y, m, d;
    if (parse_partial_date(label, &y, &m, &d) < 0)
        return -1;
    switch (by) {
    case DYAD_PERIOD_YEAR:
        snprintf(next, 12, "%04u", (unsigned)(y + 1) % 10000u);
        return m ? -1 : 0;
    case DYAD_PERIOD_MONTH:
        if (!m || d)
            return -1;
        snprintf(next, 12, "%04u-%02u", (unsigned)(y + (m == 12)) % 10000u,
                 (unsigned)(m % 12 + 1));
        return 0;
    case DYAD_PERIOD_DAY:
    case DYAD_PERIOD_WEEK:
        if (!d)
            return -1;
        cal_civil_from_days(cal_days_from_civil(y, m, d) + (by == DYAD_PERIOD_WEEK ? 7 : 1),
                              &y, &m, &d);
        format_date(next, y, m, d);
        return 0;
    default:
        return -1;
    }
}
