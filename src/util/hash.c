/* hash.c — open-addressing tables with linear probing; see hash.h. */
#include "util/hash.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* A zeroed table.  A table fills all over (a key in most of its pages), so
 * the pages of a large one are made in one call where the system can, not
 * faulted in one by one as keys arrive: a fault costs microseconds in a
 * virtual machine, and the Phoenix dictionaries' tables have 900 pages.
 * (calloc leaves a large block's fresh pages untouched, so they are made
 * here, zeroed, once.) */
static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fputs("dyad: out of memory\n", stderr);
        abort();
    }
#ifdef MADV_POPULATE_WRITE
    size_t bytes = (n ? n : 1) * size;
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t from = ((uintptr_t)p + page - 1) & ~(page - 1), to = ((uintptr_t)p + bytes) & ~(page - 1);
    if (bytes >= 64 * 1024 && to > from)
        madvise((void *)from, to - from, MADV_POPULATE_WRITE);   /* a hint: an error is no matter */
#endif
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
    free(m->keys);
    free(m->lens);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

static size_t strmap_slot_hashed(const strmap *m, const char *key, size_t n, uint64_t hash)
{
    size_t mask = m->cap - 1;
    size_t i = hash & mask;
    while (m->keys[i] && !(m->lens[i] == n && memcmp(m->keys[i], key, n) == 0))
        i = (i + 1) & mask;
    return i;
}

static size_t strmap_slot(const strmap *m, const char *key, size_t n)
{
    return strmap_slot_hashed(m, key, n, hash_bytes(key, n));
}

uint32_t strmap_get_hashed(const strmap *m, const char *key, size_t n, uint64_t hash)
{
    if (!m->cap)
        return UINT32_MAX;
    size_t i = strmap_slot_hashed(m, key, n, hash);
    return m->keys[i] ? m->vals[i] : UINT32_MAX;
}

uint32_t strmap_get(const strmap *m, const char *key, size_t n)
{
    return strmap_get_hashed(m, key, n, hash_bytes(key, n));
}

/* The capacity that holds n keys at most half full (a power of two). */
static size_t cap_for(size_t cap, size_t n)
{
    cap = cap ? cap : 1024;
    while (n * 2 > cap)
        cap *= 2;
    return cap;
}

static void strmap_rehash(strmap *m, size_t cap)
{
    strmap old = *m;
    m->cap = cap;
    m->keys = xcalloc(m->cap, sizeof *m->keys);
    m->lens = xcalloc(m->cap, sizeof *m->lens);
    m->vals = xcalloc(m->cap, sizeof *m->vals);
    m->count = 0;
    for (size_t i = 0; i < old.cap; i++)
        if (old.keys[i])
            strmap_put(m, old.keys[i], old.lens[i], old.vals[i]);
    free(old.keys);
    free(old.lens);
    free(old.vals);
}

void strmap_reserve(strmap *m, size_t n)
{
    if (cap_for(m->cap, n) > m->cap)
        strmap_rehash(m, cap_for(m->cap, n));
}

void strmap_put(strmap *m, const char *key, size_t n, uint32_t val)
{
    if ((m->count + 1) * 2 > m->cap)
        strmap_rehash(m, cap_for(m->cap, m->count + 1));
    size_t i = strmap_slot(m, key, n);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->lens[i] = (uint32_t)n;
        m->count++;
    }
    m->vals[i] = val;
}

void u64map_init(u64map *m)
{
    memset(m, 0, sizeof *m);
}

void u64map_free(u64map *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

uint32_t u64map_get(const u64map *m, uint64_t key)
{
    if (!m->cap)
        return UINT32_MAX;
    size_t mask = m->cap - 1;
    size_t i = mix64(key) & mask;
    while (m->keys[i]) {
        if (m->keys[i] == key)
            return m->vals[i];
        i = (i + 1) & mask;
    }
    return UINT32_MAX;
}

static void u64map_rehash(u64map *m, size_t cap)
{
    u64map old = *m;
    m->cap = cap;
    m->keys = xcalloc(m->cap, sizeof *m->keys);
    m->vals = xcalloc(m->cap, sizeof *m->vals);
    m->count = 0;
    for (size_t i = 0; i < old.cap; i++)
        if (old.keys[i])
            u64map_put(m, old.keys[i], old.vals[i]);
    free(old.keys);
    free(old.vals);
}

void u64map_reserve(u64map *m, size_t n)
{
    if (cap_for(m->cap, n) > m->cap)
        u64map_rehash(m, cap_for(m->cap, n));
}

void u64map_put(u64map *m, uint64_t key, uint32_t val)
{
    if ((m->count + 1) * 2 > m->cap)
        u64map_rehash(m, cap_for(m->cap, m->count + 1));
    size_t mask = m->cap - 1;
    size_t i = mix64(key) & mask;
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & mask;
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->count++;
    }
    m->vals[i] = val;
}
