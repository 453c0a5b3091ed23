/* grow.h — doubling growth of a malloc'd array, aborting when memory runs
 * out (a dictionary that cannot be loaded whole is of no use). */
#ifndef DYAD_GROW_H
#define DYAD_GROW_H
#include <stdio.h>
#include <stdlib.h>

#define GROW(arr, n, cap) do { \
    if ((n) >= (cap)) { \
        (cap) = (cap) ? (cap) * 2 : 64; \
        void *p_ = realloc((arr), (size_t)(cap) * sizeof *(arr)); \
        if (!p_) { fputs("dyad: out of memory\n", stderr); abort(); } \
        (arr) = p_; \
    } \
} while (0)
#endif
