/* hash.c — open-addressing tables with linear probing; see hash.h. */
#include "util/hash.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fputs("dyad: out of memory\n", stderr);
        abort();
    }
    return p;
}

uint64_t hash_finish(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

uint64_t hash_bytes(const char *s, size_t n)
{
    /* FNV-1a, then a final mix so that linear probing sees spread bits. */
    uint64_t h = HASH_SEED;
    for (size_t i = 0; i < n; i++)
        h = hash_step(h, (unsigned char)s[i]);
    return hash_finish(h);
}

static uint64_t mix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

void strmap_init(strmap *m)
{
    memset(m, 0, sizeof *m);
}

void strmap_free(strmap *m)
{
    free(m->slots);
    memset(m, 0, sizeof *m);
}

static size_t strmap_find(const strmap *m, const char *key, size_t n, uint64_t hash)
{
    size_t mask = m->cap - 1;
    size_t i = hash & mask;
    uint32_t tag = (uint32_t)(hash >> 32);
    for (const strmap_slot *s = &m->slots[i]; s->key; s = &m->slots[i]) {
        if (s->tag == tag && s->len == n && memcmp(s->key, key, n) == 0)
            break;
        i = (i + 1) & mask;
    }
    return i;
}

uint32_t strmap_get_hashed(const strmap *m, const char *key, size_t n, uint64_t hash)
{
    if (!m->cap)
        return UINT32_MAX;
    const strmap_slot *s = &m->slots[strmap_find(m, key, n, hash)];
    return s->key ? s->val : UINT32_MAX;
}

uint32_t strmap_get(const strmap *m, const char *key, size_t n)
{
    return strmap_get_hashed(m, key, n, hash_bytes(key, n));
}

static void strmap_grow(strmap *m)
{
    strmap old = *m;
    m->cap = old.cap ? old.cap * 2 : 1024;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
    m->count = 0;
    for (size_t i = 0; i < old.cap; i++)
        if (old.slots[i].key)
            strmap_put(m, old.slots[i].key, old.slots[i].len, old.slots[i].val);
    free(old.slots);
}

void strmap_put(strmap *m, const char *key, size_t n, uint32_t val)
{
    if ((m->count + 1) * 2 > m->cap)
        strmap_grow(m);
    uint64_t hash = hash_bytes(key, n);
    strmap_slot *s = &m->slots[strmap_find(m, key, n, hash)];
    if (!s->key) {
        s->key = key;
        s->len = (uint32_t)n;
        s->tag = (uint32_t)(hash >> 32);
        m->count++;
    }
    s->val = val;
}

void u64map_init(u64map *m)
{
    memset(m, 0, sizeof *m);
}

void u64map_free(u64map *m)
{
    free(m->slots);
    memset(m, 0, sizeof *m);
}

/* The slot holding `key`, or the empty slot where it would go. */
static u64map_slot *u64map_find(const u64map *m, uint64_t key)
{
    size_t mask = m->cap - 1;
    size_t i = mix64(key) & mask;
    while (m->slots[i].key && m->slots[i].key != key)
        i = (i + 1) & mask;
    return &m->slots[i];
}

uint32_t u64map_get(const u64map *m, uint64_t key)
{
    if (!m->cap)
        return UINT32_MAX;
    const u64map_slot *s = u64map_find(m, key);
    return s->key ? s->val : UINT32_MAX;
}

static void u64map_grow(u64map *m)
{
    u64map old = *m;
    m->cap = old.cap ? old.cap * 2 : 1024;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
    m->count = 0;
    for (size_t i = 0; i < old.cap; i++)
        if (old.slots[i].key)
            u64map_put(m, old.slots[i].key, old.slots[i].val);
    free(old.slots);
}

void u64map_put(u64map *m, uint64_t key, uint32_t val)
{
    if ((m->count + 1) * 2 > m->cap)
        u64map_grow(m);
    u64map_slot *s = u64map_find(m, key);
    if (!s->key) {
        s->key = key;
        m->count++;
    }
    s->val = val;
}
