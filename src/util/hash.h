/* hash.h — two open-addressing hash tables used by the dictionaries:
 * strmap (string → uint32, for the word vocabulary) and u64map (uint64 key →
 * uint32, for trie edges).  Keys are never deleted; tables grow at 50% load. */
#ifndef DYAD_HASH_H
#define DYAD_HASH_H
#include <stddef.h>
#include <stdint.h>

typedef struct strmap {
    const char **keys;  /* NULL = empty slot; keys are owned by the caller */
    uint32_t *lens;
    uint32_t *vals;
    size_t cap, count;
} strmap;

void strmap_init(strmap *m);
void strmap_free(strmap *m);
/* Returns the value for key[0..n) or UINT32_MAX when absent. */
uint32_t strmap_get(const strmap *m, const char *key, size_t n);
/* Inserts or replaces; `key` must stay valid for the table's life. */
void strmap_put(strmap *m, const char *key, size_t n, uint32_t val);
/* Makes room for n keys in all: a table filled in one go skips the
 * rehashes on the way (which rehash every key). */
void strmap_reserve(strmap *m, size_t n);

typedef struct u64map {
    uint64_t *keys;     /* 0 = empty: callers never use key 0 */
    uint32_t *vals;
    size_t cap, count;
} u64map;

void u64map_init(u64map *m);
void u64map_free(u64map *m);
uint32_t u64map_get(const u64map *m, uint64_t key);
void u64map_put(u64map *m, uint64_t key, uint32_t val);
void u64map_reserve(u64map *m, size_t n);

uint64_t hash_bytes(const char *s, size_t n);

/* hash_bytes in two steps, for hashing every prefix of a word in one pass:
 * hash_step folds in one byte, hash_finish mixes the state into the hash. */
#define HASH_SEED 1469598103934665603ULL
static inline uint64_t hash_step(uint64_t h, unsigned char c)
{
    return (h ^ c) * 1099511628211ULL;
}
uint64_t hash_finish(uint64_t h);
/* strmap_get with the key's hash_bytes already computed. */
uint32_t strmap_get_hashed(const strmap *m, const char *key, size_t n, uint64_t hash);
#endif
