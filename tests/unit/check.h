/* check.h — the smallest test harness that does the job.
 *
 * Each unit-test program includes this, calls CHECK / CHECK_STR, and ends
 * with `return check_summary();`, which prints "N passed, M failed" for
 * tests/run.sh to add up. */
#ifndef DYAD_CHECK_H
#define DYAD_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond) do { \
    if (cond) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_STR(got, want) do { \
    const char *g_ = (got), *w_ = (want); \
    if (g_ && w_ && strcmp(g_, w_) == 0) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: FAILED: got \"%s\", want \"%s\"\n", \
                                   __FILE__, __LINE__, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } \
} while (0)

static inline int check_summary(void)
{
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}
#endif
