/* arena.c — bump allocator; see arena.h. */
#include "util/arena.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
    arena_block *next;
    size_t size, used;
    max_align_t data[];
};

static arena_block *block_new(size_t size)
{
    arena_block *b = malloc(sizeof *b + size);
    if (!b) {
        fputs("dyad: out of memory\n", stderr);
        abort();
    }
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

void arena_init(arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
}

void *arena_alloc(arena *a, size_t n)
{
    void *p = arena_alloc_unset(a, n);
    memset(p, 0, n);
    return p;
}

void *arena_alloc_unset(arena *a, size_t n)
{
    const size_t align = sizeof(max_align_t);
    n = (n + align - 1) / align * align;
    /* Strings (arena_bytes) may have left the block unaligned. */
    size_t at = a->head ? (a->head->used + align - 1) / align * align : 0;
    if (!a->head || at > a->head->size || a->head->size - at < n) {
        size_t size = n > a->block_size ? n : a->block_size;
        arena_block *b = block_new(size);
        b->next = a->head;
        a->head = b;
        at = 0;
    }
    void *p = (char *)a->head->data + at;
    a->head->used = at + n;
    return p;
}

char *arena_bytes(arena *a, size_t n)
{
    if (!a->head || a->head->size - a->head->used < n) {
        size_t size = n > a->block_size ? n : a->block_size;
        arena_block *b = block_new(size);
        b->next = a->head;
        a->head = b;
    }
    char *p = (char *)a->head->data + a->head->used;
    a->head->used += n;
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = arena_bytes(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

void arena_reset(arena *a)
{
    if (!a->head)
        return;
    /* Keep the oldest block (the last in the list): it is the common size. */
    arena_block *b = a->head;
    while (b->next) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    b->used = 0;
    a->head = b;
}

void arena_free(arena *a)
{
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}
