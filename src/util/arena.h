/* arena.h — bump allocator for per-story and per-dictionary memory.
 *
 * Everything a story needs (sentences, tokens, mentions, event strings) is
 * carved out of one arena that is reset after the story, so the hot path
 * makes no malloc per token and memory stays flat over millions of stories. */
#ifndef DYAD_ARENA_H
#define DYAD_ARENA_H
#include <stddef.h>

typedef struct arena_block arena_block;
typedef struct arena {
    arena_block *head;
    size_t block_size;
} arena;

void arena_init(arena *a, size_t block_size);
/* Returns zeroed memory aligned for any type; aborts when out of memory. */
void *arena_alloc(arena *a, size_t n);
/* The same, not zeroed: for arrays the caller fills before it reads them
 * (zeroing a sentence's or a story's tables costs more than filling them). */
void *arena_alloc_unset(arena *a, size_t n);
/* Unaligned bytes, not zeroed: for strings, which need no alignment. */
char *arena_bytes(arena *a, size_t n);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
/* Frees all blocks but the first, which is kept for reuse. */
void arena_reset(arena *a);
void arena_free(arena *a);
#endif
