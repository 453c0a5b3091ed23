/* patterns.h — matching a verb's dictionary patterns in its clause. */
#ifndef DYAD_PATTERNS_H
#define DYAD_PATTERNS_H
#include "syntax/syntax.h"

typedef struct pattern_match {
    uint32_t pattern;        /* index in d->pats, or NONE for the verb's default */
    int32_t source, target;  /* actor groups bound by $ and +, or -1 */
    int compound;            /* % bound: the group is both source and target */
    int negation;            /* the pattern itself spells out a negation ("DID N'T *") */
    int modal;               /* ... or an auxiliary ("NOTED WOULD *"): its code says it all */
    uint32_t end;            /* past the last token the pattern matched after the verb */
} pattern_match;

/* Finds the best pattern of verb group vg's block that matches; returns 1
 * and fills *m, or 0 when none does (the block default then applies). */
int patterns_match(const parse *p, const verb_group *vg, pattern_match *m);
/* "along with" or "alongside" at token k: a companion in the act, not the one it is done
 * with; so is "together with" unless it follows the verb ("worked together with
 * Pakistan"). */
int companion_with(const parse *p, uint32_t k);
#endif
