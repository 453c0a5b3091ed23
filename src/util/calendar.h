/* calendar.h — Gregorian calendar facts used by the readers, the event
 * dates and the store. */
#ifndef DYAD_CALENDAR_H
#define DYAD_CALENDAR_H

int cal_is_leap(int y);
/* Days in month m (1-12) of year y. */
int cal_days_in_month(int y, int m);
/* Day of the week, 0 = Monday. */
int cal_weekday(int y, int m, int d);
#endif
