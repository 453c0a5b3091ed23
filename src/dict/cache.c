/* cache.c — the compiled dictionary cache: an image of the tables of a
 * dictionary set, written after a text load and read back by the next load
 * of the same files instead of compiling them again (docs/dictionaries.md,
 * "Loading").
 *
 * The image is the arrays of struct dyad_dicts as they are in memory, the
 * hash tables' slot arrays included, so nothing is rehashed on reading;
 * pointers are written as offsets (plus one, 0 being NULL): into the data
 * section for arrays, into the string section for strings.  Reading fixes
 * them up in place in one buffer that the dicts then own.
 *
 * The image is input like any other file: a header names the format and the
 * sizes of the structures, a key names the loader (the executable) and
 * every source file (path, size, times, inode), a checksum covers the rest,
 * and every array, string and index is checked before use.  Whatever fails
 * sends the load back to the text. */
#include "dict/dict.h"
#include "util/buf.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define IMAGE_MAGIC "dyadimg"
#define IMAGE_VERSION 2u   /* 2: discards between blanks */
#define IMAGE_ENDIAN 0x01020304u
#define IMAGE_ALIGN 16u
#define IMAGE_MAX ((size_t)1 << 31)      /* offsets are kept in 32 bits */
/* A source changed less than this long ago may change again within one
 * tick of the file system's clock, unseen by its times: such a load is
 * not cached ("racy" files, as git calls them). */
#define RACY_NS 1000000000LL

typedef struct image_header {
    char magic[8];
    uint32_t version, endian;
    uint32_t sizes[8];          /* of the structures written as they are */
    uint64_t checksum;          /* of every byte after the header */
    uint64_t key_len;           /* the key follows the header */
    uint64_t data_off, data_len, strs_off, strs_len;
} image_header;

static void struct_sizes(uint32_t s[8])
{
    s[0] = sizeof(dyad_dicts);
    s[1] = sizeof(trie_node);
    s[2] = sizeof(pattern);
    s[3] = sizeof(verb_block);
    s[4] = sizeof(synset);
    s[5] = sizeof(transform);
    s[6] = sizeof(cameo_row);
    s[7] = sizeof(void *) << 8 | sizeof(size_t);
}

static int use_cache = -1;      /* -1: not decided, $DYAD_NO_CACHE decides */

void dyad_dicts_use_cache(int on)
{
    use_cache = on != 0;
}

static int cache_enabled(void)
{
    if (use_cache >= 0)
        return use_cache;
    const char *env = getenv("DYAD_NO_CACHE");
    return !(env && *env && strcmp(env, "0") != 0);
}

/* Fletcher's sums over 64-bit words, in four lanes, then the tail: it
 * catches a torn, truncated or altered image (not a forged one: that is
 * for the checks of every index), at the speed of memory. */
static uint64_t checksum(const unsigned char *p, size_t n)
{
    uint64_t a[4] = {1, 2, 3, 4}, b[4] = {0, 0, 0, 0};
    size_t i = 0;
    for (; i + 32 <= n; i += 32)
        for (int l = 0; l < 4; l++) {
            uint64_t w;
            memcpy(&w, p + i + 8 * l, 8);
            a[l] += w;
            b[l] += a[l];
        }
    uint64_t r = hash_bytes((const char *)p + i, n - i) ^ n;
    for (int l = 0; l < 4; l++)
        r = hash_finish((r ^ a[l]) * 0x100000001b3ULL ^ b[l]);
    return r;
}

/* ------------------------------------------------------------------ key */

typedef struct cache_key {
    buf text;                   /* the whole key, written into the image */
    uint64_t name;              /* hash of the paths only: the image's name */
    int usable;                 /* every source was found */
    int racy;                   /* one changed too lately to be cached */
} cache_key;

static int64_t ns_of(struct timespec t)
{
    return (int64_t)t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* Adds a source file: its role and absolute path name the image; its
 * size, times and inode tell whether the image is still its compilation. */
static void key_file(cache_key *k, const char *role, const char *path, int required)
{
    char abs[PATH_MAX];
    struct stat st;
    if (!realpath(path, abs) || stat(abs, &st) != 0) {
        if (required)
            k->usable = 0;
        buf_printf(&k->text, "%s %s absent\n", role, path);
        return;
    }
    size_t from = k->text.len;
    buf_printf(&k->text, "%s %s", role, abs);
    k->name = (k->name ^ hash_bytes(k->text.data + from, k->text.len - from)) * 0x100000001b3ULL;
    buf_printf(&k->text, " %lld %lld %lld %llu %llu\n", (long long)st.st_size, (long long)ns_of(st.st_mtim),
               (long long)ns_of(st.st_ctim), (unsigned long long)st.st_ino, (unsigned long long)st.st_dev);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    if (ns_of(st.st_ctim) > ns_of(now) - RACY_NS || ns_of(st.st_mtim) > ns_of(now) - RACY_NS)
        k->racy = 1;
}

static void key_list(cache_key *k, const char *role, const char *const *files)
{
    for (size_t i = 0; files && files[i]; i++)
        key_file(k, role, files[i], 1);
}

/* The executable is part of the key: another build may compile the same
 * files into other tables. */
static void cache_key_init(cache_key *k, const dyad_dict_files *f)
{
    buf_init(&k->text);
    k->usable = 1;
    k->racy = 0;
    k->name = IMAGE_VERSION;
    buf_printf(&k->text, "dyad dictionary image %u\n", IMAGE_VERSION);
    key_file(k, "exe", "/proc/self/exe", 1);
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/cameo.tsv", dict_data_dir());
    key_file(k, "cameo", path, 1);
    key_file(k, "verb.exc", inflect_exceptions_path(), 0);
    key_list(k, "own", f->own);
    key_list(k, "verbs", f->verbs);
    key_list(k, "actors", f->actors);
    key_list(k, "agents", f->agents);
    key_list(k, "discards", f->discards);
}

/* The cache folder: $DYAD_CACHE_DIR as it is, else $XDG_CACHE_HOME/dyad or
 * ~/.cache/dyad, made when `make` is set.  0 when there is none. */
static int cache_dir(char *out, size_t cap, int make)
{
    const char *env = getenv("DYAD_CACHE_DIR");
    if (env && *env)
        return snprintf(out, cap, "%s", env) < (int)cap;
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    if (xdg && xdg[0] == '/') {
        if (snprintf(out, cap, "%s/dyad", xdg) >= (int)cap)
            return 0;
    } else if (home && home[0] == '/') {
        if (snprintf(out, cap, "%s/.cache", home) >= (int)cap)
            return 0;
        if (make)
            mkdir(out, 0700);
        if (snprintf(out, cap, "%s/.cache/dyad", home) >= (int)cap)
            return 0;
    } else {
        return 0;
    }
    if (make)
        mkdir(out, 0700);         /* it may exist; a failure shows at open */
    return 1;
}

static int image_path(const cache_key *k, char *out, size_t cap, int make)
{
    char dir[PATH_MAX];
    if (!cache_dir(dir, sizeof dir, make))
        return 0;
    return snprintf(out, cap, "%s/dicts-%016llx.img", dir, (unsigned long long)k->name) < (int)cap;
}

/* --------------------------------------------------------------- writing */

/* The file is laid out in `file` as it will be written: the header and
 * key, then the data section from `base` (offsets count from there), then
 * the strings, gathered apart in `strs` and appended at the end: the
 * tables are copied once, into the buffer that is written. */
typedef struct writer {
    buf file, strs;
    size_t base;                /* where the data section begins in file */
    u64map interned;            /* string address → its offset in strs */
} writer;

#define OFFSET(off) ((void *)(uintptr_t)(off))

/* Where the array at offset `at` (plus one, as put_array returns it) is. */
static char *data_at(writer *w, uint64_t at)
{
    return w->file.data + w->base + at - 1;
}

static uint64_t put_str(writer *w, const char *s)
{
    if (!s)
        return 0;
    uint32_t at = u64map_get(&w->interned, (uintptr_t)s);
    if (at != UINT32_MAX)
        return (uint64_t)at + 1;
    at = (uint32_t)w->strs.len;
    buf_add(&w->strs, s, strlen(s) + 1);
    u64map_put(&w->interned, (uintptr_t)s, at);
    return (uint64_t)at + 1;
}

static uint64_t put_array(writer *w, const void *p, size_t n, size_t size)
{
    if (!p)
        return 0;
    static const char zeros[IMAGE_ALIGN];
    buf_add(&w->file, zeros, (IMAGE_ALIGN - w->file.len % IMAGE_ALIGN) % IMAGE_ALIGN);   /* base is aligned */
    uint64_t at = w->file.len - w->base;
    buf_add(&w->file, p, n * size);
    return at + 1;
}

/* An array of strings, as an array of their offsets (of a pointer's size:
 * the reader replaces them in place). */
static uint64_t put_strs(writer *w, const char *const *v, size_t n)
{
    if (!v)
        return 0;
    uint64_t at = put_array(w, v, n, sizeof *v);
    for (size_t i = 0; i < n; i++) {
        uintptr_t off = (uintptr_t)put_str(w, v[i]);
        memcpy(data_at(w, at) + i * sizeof off, &off, sizeof off);
    }
    return at;
}

static void put_strmap(writer *w, strmap *out, const strmap *m)
{
    *out = *m;
    out->keys = OFFSET(put_strs(w, m->keys, m->cap));
    out->lens = OFFSET(put_array(w, m->lens, m->cap, sizeof *m->lens));
    out->vals = OFFSET(put_array(w, m->vals, m->cap, sizeof *m->vals));
}

/* Arrays of structures with pointers: the array first, then what its
 * elements point to, in order (the reader checks that every array begins
 * past the one before: none overlaps another); each element is put in
 * place once its pointers are offsets.  (Copies are memcpy's, padding and
 * all: the loaders zero their elements whole, and the image is written
 * byte for byte.) */
#define PUT_ELEMENT(w, at, i, elem) memcpy(data_at(w, at) + (i) * sizeof (elem), &(elem), sizeof (elem))

static uint64_t put_verbs(writer *w, const dyad_dicts *d)
{
    uint64_t at = put_array(w, d->verbs, d->n_verbs, sizeof *d->verbs);
    for (uint32_t i = 0; i < d->n_verbs; i++) {
        verb_block v;
        memcpy(&v, &d->verbs[i], sizeof v);
        v.name = OFFSET(put_str(w, v.name));
        v.pats = OFFSET(put_array(w, v.pats, v.n_pats, sizeof *v.pats));
        v.cap_pats = v.n_pats;
        PUT_ELEMENT(w, at, i, v);
    }
    return at;
}

static uint64_t put_patterns(writer *w, const dyad_dicts *d)
{
    uint64_t at = put_array(w, d->pats, d->n_pats, sizeof *d->pats);
    for (uint32_t i = 0; i < d->n_pats; i++) {
        pattern p;
        memcpy(&p, &d->pats[i], sizeof p);
        p.text = OFFSET(put_str(w, p.text));
        PUT_ELEMENT(w, at, i, p);
    }
    return at;
}

static uint64_t put_synsets(writer *w, const dyad_dicts *d)
{
    uint64_t at = put_array(w, d->synsets, d->n_synsets, sizeof *d->synsets);
    for (uint32_t i = 0; i < d->n_synsets; i++) {
        synset s;
        memcpy(&s, &d->synsets[i], sizeof s);
        s.name = OFFSET(put_str(w, s.name));
        s.members = OFFSET(put_array(w, s.members, s.n, sizeof *s.members));
        s.member_len = OFFSET(put_array(w, s.member_len, s.n, sizeof *s.member_len));
        s.by_word = OFFSET(put_array(w, s.by_word, s.n_by_word, sizeof *s.by_word));
        s.by_stem = OFFSET(put_array(w, s.by_stem, s.n_by_stem, sizeof *s.by_stem));
        s.others = OFFSET(put_array(w, s.others, s.n_others, sizeof *s.others));
        s.cap = s.n;
        PUT_ELEMENT(w, at, i, s);
    }
    return at;
}

static uint64_t put_transforms(writer *w, const dyad_dicts *d)
{
    uint64_t at = put_array(w, d->transforms, d->n_transforms, sizeof *d->transforms);
    for (uint32_t i = 0; i < d->n_transforms; i++) {
        transform t;
        memcpy(&t, &d->transforms[i], sizeof t);
        t.text = OFFSET(put_str(w, t.text));
        PUT_ELEMENT(w, at, i, t);
    }
    return at;
}

static uint64_t put_cameo(writer *w, const dyad_dicts *d)
{
    uint64_t at = put_array(w, d->cameo, d->n_cameo, sizeof *d->cameo);
    for (uint32_t i = 0; i < d->n_cameo; i++) {
        cameo_row c;
        memcpy(&c, &d->cameo[i], sizeof c);
        c.info.code = OFFSET(put_str(w, c.info.code));
        c.info.name = OFFSET(put_str(w, c.info.name));
        c.info.plover = OFFSET(put_str(w, c.info.plover));
        PUT_ELEMENT(w, at, i, c);
    }
    return at;
}

/* The strings are copied up to their NUL: a table that counts bytes past
 * one (a key or word with a NUL inside) cannot be imaged. */
static int lengths_are_strlen(const dyad_dicts *d)
{
    for (uint32_t i = 0; i < d->n_words; i++)
        if (strlen(d->words[i]) != d->word_len[i])
            return 0;
    const strmap *maps[] = {&d->vocab, &d->synset_names, &d->verb_names, &d->cameo_index};
    for (size_t m = 0; m < sizeof maps / sizeof *maps; m++)
        for (size_t i = 0; i < maps[m]->cap; i++)
            if (maps[m]->keys[i] && strlen(maps[m]->keys[i]) != maps[m]->lens[i])
                return 0;
    return 1;
}

/* Lays out the image of d in w: the dicts structure first, its pointers
 * made offsets, then every array it points to, in the order the reader
 * takes them (read_arrays). */
static void put_dicts(writer *w, const dyad_dicts *d)
{
    dyad_dicts top;
    memcpy(&top, d, sizeof top);      /* with its padding: the bytes are written */
    uint64_t at = put_array(w, &top, 1, sizeof top);     /* put in place at the end */
    memset(&top.mem, 0, sizeof top.mem);
    top.image = NULL;
    top.image_len = 0;
    top.image_mapped = 0;
    top.words = OFFSET(put_strs(w, d->words, d->n_words));
    top.is_stem = OFFSET(put_array(w, d->is_stem, d->n_words, 1));
    top.root_child = OFFSET(put_array(w, d->root_child, 2 * (size_t)d->n_words, sizeof *d->root_child));
    top.below_root = OFFSET(put_array(w, d->below_root, d->n_words, 1));
    top.base_of = OFFSET(put_array(w, d->base_of, d->n_words, sizeof *d->base_of));
    top.word_len = OFFSET(put_array(w, d->word_len, d->n_words, sizeof *d->word_len));
    top.cap_words = d->n_words;
    put_strmap(w, &top.vocab, &d->vocab);
    top.nodes = OFFSET(put_array(w, d->nodes, d->n_nodes, sizeof *d->nodes));
    top.cap_nodes = d->n_nodes;
    top.edges.keys = OFFSET(put_array(w, d->edges.keys, d->edges.cap, sizeof *d->edges.keys));
    top.edges.vals = OFFSET(put_array(w, d->edges.vals, d->edges.cap, sizeof *d->edges.vals));
    top.codes = OFFSET(put_array(w, d->codes, d->n_codes, sizeof *d->codes));
    top.cap_codes = d->n_codes;
    top.actors = OFFSET(put_array(w, d->actors, d->n_actors, sizeof *d->actors));
    top.cap_actors = d->n_actors;
    top.agents = OFFSET(put_array(w, d->agents, d->n_agents, sizeof *d->agents));
    top.cap_agents = d->n_agents;
    top.verbs = OFFSET(put_verbs(w, d));
    top.cap_verbs = d->n_verbs;
    top.pats = OFFSET(put_patterns(w, d));
    top.cap_pats = d->n_pats;
    top.elems = OFFSET(put_array(w, d->elems, d->n_elems, sizeof *d->elems));
    top.cap_elems = d->n_elems;
    top.synsets = OFFSET(put_synsets(w, d));
    top.cap_synsets = d->n_synsets;
    top.transforms = OFFSET(put_transforms(w, d));
    top.cap_transforms = d->n_transforms;
    put_strmap(w, &top.synset_names, &d->synset_names);
    put_strmap(w, &top.verb_names, &d->verb_names);
    top.cameo = OFFSET(put_cameo(w, d));
    put_strmap(w, &top.cameo_index, &d->cameo_index);
    top.last_names = OFFSET(put_array(w, d->last_names, d->n_last_names, sizeof *d->last_names));
    top.cap_last_names = d->n_last_names;
    top.files = OFFSET(put_strs(w, d->files, d->n_files));
    memcpy(data_at(w, at), &top, sizeof top);
}

/* Writes the image to a temporary file in the folder and renames it over
 * `path`: a reader sees the old image or the new one, never half of one,
 * and two writers at once each rename a whole image. */
static void write_file(const char *path, const void *bytes, size_t n)
{
    char tmp[PATH_MAX + 16];
    if (snprintf(tmp, sizeof tmp, "%s.XXXXXX", path) >= (int)sizeof tmp)
        return;
    int fd = mkstemp(tmp);
    if (fd < 0)
        return;
    int ok = write(fd, bytes, n) == (ssize_t)n;
    ok = close(fd) == 0 && ok;
    if (!ok || rename(tmp, path) != 0)
        unlink(tmp);
}

/* The file: header, key, the data section (aligned), the string section. */
static void cache_save(const dyad_dicts *d, const cache_key *k)
{
    char path[PATH_MAX];
    if (!k->usable || k->racy || !lengths_are_strlen(d) || !image_path(k, path, sizeof path, 1))
        return;
    image_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, IMAGE_MAGIC, sizeof h.magic);
    h.version = IMAGE_VERSION;
    h.endian = IMAGE_ENDIAN;
    struct_sizes(h.sizes);
    h.key_len = k->text.len;
    h.data_off = (sizeof h + k->text.len + IMAGE_ALIGN - 1) / IMAGE_ALIGN * IMAGE_ALIGN;
    writer w;
    buf_init(&w.file);
    buf_init(&w.strs);
    u64map_init(&w.interned);
    buf_add(&w.file, (const char *)&h, sizeof h);     /* written again below, complete */
    buf_add(&w.file, k->text.data, k->text.len);
    while (w.file.len < h.data_off)
        buf_addc(&w.file, 0);
    w.base = w.file.len;
    put_dicts(&w, d);
    buf_addc(&w.strs, 0);     /* the section ends with a NUL: every string in it is terminated */
    h.data_len = w.file.len - w.base;
    h.strs_off = w.file.len;
    h.strs_len = w.strs.len;
    buf_add(&w.file, w.strs.data, w.strs.len);
    if (w.file.len < IMAGE_MAX) {
        h.checksum = checksum((unsigned char *)w.file.data + sizeof h, w.file.len - sizeof h);
        memcpy(w.file.data, &h, sizeof h);
        write_file(path, w.file.data, w.file.len);
    }
    buf_free(&w.file);
    buf_free(&w.strs);
    u64map_free(&w.interned);
}

/* --------------------------------------------------------------- reading */

typedef struct reader {
    char *data;                 /* the data section */
    uint64_t data_len, next;    /* next: where the next array may begin */
    const char *strs;
    uint64_t strs_len;
    int bad;
} reader;

/* The array an offset names, of n elements: it must lie in the data
 * section, aligned, past the array before.  NULL (and r->bad) when not. */
static void *get_array(reader *r, const void *field, uint64_t n, size_t size)
{
    uint64_t off = (uintptr_t)field;
    if (!off) {
        r->bad |= n != 0;
        return NULL;
    }
    off--;
    if (off % IMAGE_ALIGN || off < r->next || off > r->data_len || n > (r->data_len - off) / size) {
        r->bad = 1;
        return NULL;
    }
    r->next = off + n * size;
    return r->data + off;
}

/* The string an offset names, NUL-terminated by the section's last byte. */
static const char *get_str(reader *r, const void *field, int nullable)
{
    uint64_t off = (uintptr_t)field;
    if (!off || off - 1 >= r->strs_len) {
        r->bad |= !(nullable && !off);
        return NULL;
    }
    return r->strs + off - 1;
}

/* Whether n bytes from string s lie in the string section. */
static int str_has(const reader *r, const char *s, uint64_t n)
{
    return n <= (uint64_t)(r->strs + r->strs_len - s);
}

/* An array of string offsets, made an array of strings in place. */
static const char **get_strs(reader *r, const void *field, uint64_t n)
{
    uintptr_t *v = get_array(r, field, n, sizeof *v);
    const char **s = (const char **)v;
    for (uint64_t i = 0; v && i < n && !r->bad; i++)
        s[i] = get_str(r, (const void *)v[i], 0);
    return r->bad ? NULL : s;
}

static int power_of_two(size_t n)
{
    return (n & (n - 1)) == 0 && n < IMAGE_MAX;
}

/* A table must keep at most half its slots (lookups stop at an empty one)
 * and values below n_vals. */
static void get_strmap(reader *r, strmap *m, uint32_t n_vals)
{
    uintptr_t *keys = get_array(r, m->keys, m->cap, sizeof *keys);
    m->lens = get_array(r, m->lens, m->cap, sizeof *m->lens);
    m->vals = get_array(r, m->vals, m->cap, sizeof *m->vals);
    if (r->bad || !power_of_two(m->cap)) {
        r->bad = 1;
        return;
    }
    m->keys = (const char **)keys;
    size_t count = 0;
    for (size_t i = 0; i < m->cap && !r->bad; i++) {
        if (!keys[i])
            continue;
        const char *s = get_str(r, (const void *)keys[i], 0);
        r->bad |= !s || !str_has(r, s, m->lens[i]) || m->vals[i] >= n_vals;
        m->keys[i] = s;
        count++;
    }
    r->bad |= count != m->count || count * 2 > m->cap;
}

static void get_u64map(reader *r, u64map *m, uint32_t n_vals)
{
    m->keys = get_array(r, m->keys, m->cap, sizeof *m->keys);
    m->vals = get_array(r, m->vals, m->cap, sizeof *m->vals);
    if (r->bad || !power_of_two(m->cap)) {
        r->bad = 1;
        return;
    }
    size_t count = 0;
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) {
            r->bad |= m->vals[i] >= n_vals;
            count++;
        }
    r->bad |= count != m->count || count * 2 > m->cap;
}

static void get_verbs(reader *r, dyad_dicts *d)
{
    d->verbs = get_array(r, d->verbs, d->n_verbs, sizeof *d->verbs);
    for (uint32_t i = 0; i < d->n_verbs && !r->bad; i++) {
        verb_block *v = &d->verbs[i];
        v->name = get_str(r, v->name, 0);
        v->pats = get_array(r, v->pats, v->n_pats, sizeof *v->pats);
        v->cap_pats = v->n_pats;
    }
}

static void get_patterns(reader *r, dyad_dicts *d)
{
    d->pats = get_array(r, d->pats, d->n_pats, sizeof *d->pats);
    for (uint32_t i = 0; i < d->n_pats && !r->bad; i++)
        d->pats[i].text = get_str(r, d->pats[i].text, 0);
}

static void get_synsets(reader *r, dyad_dicts *d)
{
    d->synsets = get_array(r, d->synsets, d->n_synsets, sizeof *d->synsets);
    for (uint32_t i = 0; i < d->n_synsets && !r->bad; i++) {
        synset *s = &d->synsets[i];
        s->name = get_str(r, s->name, 0);
        s->members = get_array(r, s->members, s->n, sizeof *s->members);
        s->member_len = get_array(r, s->member_len, s->n, sizeof *s->member_len);
        s->by_word = get_array(r, s->by_word, s->n_by_word, sizeof *s->by_word);
        s->by_stem = get_array(r, s->by_stem, s->n_by_stem, sizeof *s->by_stem);
        s->others = get_array(r, s->others, s->n_others, sizeof *s->others);
        s->cap = s->n;
    }
}

static void get_transforms(reader *r, dyad_dicts *d)
{
    d->transforms = get_array(r, d->transforms, d->n_transforms, sizeof *d->transforms);
    for (uint32_t i = 0; i < d->n_transforms && !r->bad; i++)
        d->transforms[i].text = get_str(r, d->transforms[i].text, 0);
}

static void get_cameo(reader *r, dyad_dicts *d)
{
    d->cameo = get_array(r, d->cameo, d->n_cameo, sizeof *d->cameo);
    for (uint32_t i = 0; i < d->n_cameo && !r->bad; i++) {
        dyad_cameo_info *c = &d->cameo[i].info;
        c->code = get_str(r, c->code, 0);
        c->name = get_str(r, c->name, 0);
        c->plover = get_str(r, c->plover, 1);
    }
}

/* Every pointer of d made an address in the image, in put_dicts' order. */
static int read_arrays(reader *r, dyad_dicts *d)
{
    d->words = get_strs(r, d->words, d->n_words);
    d->is_stem = get_array(r, d->is_stem, d->n_words, 1);
    d->root_child = get_array(r, d->root_child, 2 * (uint64_t)d->n_words, sizeof *d->root_child);
    d->below_root = get_array(r, d->below_root, d->n_words, 1);
    d->base_of = get_array(r, d->base_of, d->n_words, sizeof *d->base_of);
    d->word_len = get_array(r, d->word_len, d->n_words, sizeof *d->word_len);
    d->cap_words = d->n_words;
    get_strmap(r, &d->vocab, d->n_words);
    d->nodes = get_array(r, d->nodes, d->n_nodes, sizeof *d->nodes);
    d->cap_nodes = d->n_nodes;
    get_u64map(r, &d->edges, d->n_nodes);
    d->codes = get_array(r, d->codes, d->n_codes, sizeof *d->codes);
    d->actors = get_array(r, d->actors, d->n_actors, sizeof *d->actors);
    d->agents = get_array(r, d->agents, d->n_agents, sizeof *d->agents);
    get_verbs(r, d);
    get_patterns(r, d);
    d->elems = get_array(r, d->elems, d->n_elems, sizeof *d->elems);
    get_synsets(r, d);
    get_transforms(r, d);
    get_strmap(r, &d->synset_names, d->n_synsets);
    get_strmap(r, &d->verb_names, d->n_verbs);
    get_cameo(r, d);
    get_strmap(r, &d->cameo_index, d->n_cameo);
    d->last_names = get_array(r, d->last_names, d->n_last_names, sizeof *d->last_names);
    d->files = get_strs(r, d->files, d->n_files);
    d->cap_codes = d->n_codes, d->cap_actors = d->n_actors, d->cap_agents = d->n_agents;
    d->cap_verbs = d->n_verbs, d->cap_pats = d->n_pats, d->cap_elems = d->n_elems;
    d->cap_synsets = d->n_synsets, d->cap_transforms = d->n_transforms;
    d->cap_last_names = d->n_last_names;
    return !r->bad;
}

/* ------------------------------------------------------ index checks */

static int terminated(const char *s, size_t cap)
{
    return memchr(s, 0, cap) != NULL;
}

static int below(uint32_t i, uint32_t n)
{
    return i == NONE || i < n;
}

static int words_ok(const reader *r, const dyad_dicts *d)
{
    for (uint32_t i = 0; i < d->n_words; i++)
        if (!str_has(r, d->words[i], d->word_len[i]) || d->base_of[i] >= d->n_words
            || !below(d->root_child[2 * i], d->n_nodes) || !below(d->root_child[2 * i + 1], d->n_nodes))
            return 0;
    for (uint32_t i = 0; i < d->n_nodes; i++) {
        const trie_node *n = &d->nodes[i];
        if (!below(n->actor, d->n_actors) || !below(n->agent, d->n_agents) || !below(n->verb, d->n_verbs))
            return 0;
    }
    for (uint32_t i = 0; i < d->n_last_names; i++)
        if (d->last_names[i].word >= d->n_words || d->last_names[i].ref >= d->n_actors)
            return 0;
    return 1;
}

static int actors_ok(const dyad_dicts *d)
{
    for (uint32_t i = 0; i < d->n_codes; i++)
        if (!terminated(d->codes[i].code, sizeof d->codes[i].code))
            return 0;
    for (uint32_t i = 0; i < d->n_actors; i++) {
        const actor_entry *a = &d->actors[i];
        if (a->first_code > d->n_codes || a->n_codes > d->n_codes - a->first_code)
            return 0;
    }
    for (uint32_t i = 0; i < d->n_agents; i++)
        if (!terminated(d->agents[i].code, sizeof d->agents[i].code))
            return 0;
    return 1;
}

static int elems_ok(const dyad_dicts *d, uint32_t first, uint32_t n)
{
    if (first > d->n_elems || n > d->n_elems - first)
        return 0;
    for (uint32_t i = first; i < first + n; i++) {
        const pattern_elem *e = &d->elems[i];
        if (e->kind > PE_VERB || ((e->kind == PE_WORD || e->kind == PE_PREFIX) && e->word >= d->n_words)
            || (e->kind == PE_SYNSET && e->word >= d->n_synsets))
            return 0;
    }
    return 1;
}

static int verbs_ok(const dyad_dicts *d)
{
    for (uint32_t i = 0; i < d->n_verbs; i++) {
        const verb_block *v = &d->verbs[i];
        if (!terminated(v->code, sizeof v->code) || !terminated(v->code2, sizeof v->code2))
            return 0;
        for (uint32_t k = 0; k < v->n_pats; k++)
            if (v->pats[k] >= d->n_pats)
                return 0;
    }
    for (uint32_t i = 0; i < d->n_pats; i++) {
        const pattern *p = &d->pats[i];
        if (!terminated(p->code, sizeof p->code) || !terminated(p->code2, sizeof p->code2)
            || !elems_ok(d, p->first_elem, p->n_elem))
            return 0;
    }
    for (uint32_t i = 0; i < d->n_transforms; i++) {
        const transform *t = &d->transforms[i];
        if (t->who > TR_NONE || t->n_inner > TRANSFORM_MAX || t->n_outer > TRANSFORM_MAX
            || !terminated(t->code, sizeof t->code))
            return 0;
        for (uint32_t k = 0; k < t->n_inner; k++)
            if (!terminated(t->inner[k], sizeof t->inner[k]))
                return 0;
        for (uint32_t k = 0; k < t->n_outer; k++)
            if (t->outer[k] >= d->n_verbs)
                return 0;
    }
    return 1;
}

static int refs_ok(const word_ref *v, uint32_t n, uint32_t n_words, uint32_t n_members)
{
    for (uint32_t i = 0; i < n; i++)
        if (v[i].word >= n_words || v[i].ref >= n_members)
            return 0;
    return 1;
}

/* Each synset's members: elements in range, indexes naming members, and
 * no more elements in all than there are (members do not share them). */
static int synsets_ok(const dyad_dicts *d)
{
    uint64_t total = 0;
    for (uint32_t i = 0; i < d->n_synsets; i++) {
        const synset *s = &d->synsets[i];
        for (uint32_t k = 0; k < s->n; k++) {
            total += s->member_len[k];
            if (!elems_ok(d, s->members[k], s->member_len[k]))
                return 0;
        }
        if (!refs_ok(s->by_word, s->n_by_word, d->n_words, s->n) || !refs_ok(s->by_stem, s->n_by_stem, d->n_words, s->n))
            return 0;
        for (uint32_t k = 0; k < s->n_others; k++)
            if (s->others[k] >= s->n)
                return 0;
    }
    return total <= d->n_elems;
}

/* Counts the references between synsets (pending[s]: those synset s
 * makes; start[t + 2]: those made to t), or, given `by`, lists who refers
 * to t at by[start[t + 1]++]. */
static void synset_refs(const dyad_dicts *d, uint32_t *pending, uint32_t *start, uint32_t *by)
{
    for (uint32_t s = 0; s < d->n_synsets; s++)
        for (uint32_t k = 0; k < d->synsets[s].n; k++)
            for (uint32_t i = 0; i < d->synsets[s].member_len[k]; i++) {
                const pattern_elem *e = &d->elems[d->synsets[s].members[k] + i];
                if (e->kind != PE_SYNSET)
                    continue;
                if (by) {
                    by[start[e->word + 1]++] = s;
                } else {
                    pending[s]++;
                    start[e->word + 2]++;
                }
            }
}

/* Synsets refer to synsets and matching follows the references, so they
 * must not go round.  Kahn's order: a synset is settled once all it refers
 * to are; any left unsettled lie on a cycle. */
static int synsets_acyclic(const dyad_dicts *d)
{
    size_t n = d->n_synsets;
    uint32_t *pending = calloc(n + 1, sizeof *pending), *start = calloc(n + 2, sizeof *start);
    uint32_t *by = malloc((size_t)d->n_elems * sizeof *by + 1), *queue = malloc(n * sizeof *queue + 1);
    if (!pending || !start || !by || !queue) abort();
    synset_refs(d, pending, start, NULL);
    for (size_t t = 0; t < n; t++)
        start[t + 2] += start[t + 1];
    synset_refs(d, pending, start, by);        /* t's are by[start[t]..start[t + 1]) */
    size_t head = 0, tail = 0;
    for (uint32_t s = 0; s < n; s++)
        if (!pending[s])
            queue[tail++] = s;
    while (head < tail) {
        uint32_t t = queue[head++];
        for (uint32_t j = start[t]; j < start[t + 1]; j++)
            if (--pending[by[j]] == 0)
                queue[tail++] = by[j];
    }
    free(pending);
    free(start);
    free(by);
    free(queue);
    return tail == n;
}

/* The CAMEO rows keep what the table's reader keeps: events promise a
 * root of 1-20 and a quad class of 1-4 for a CAMEO code. */
static int cameo_ok(const dyad_dicts *d)
{
    for (uint32_t i = 0; i < d->n_cameo; i++) {
        const dyad_cameo_info *c = &d->cameo[i].info;
        if (c->root < 1 || c->root > 20 || c->quad_class < 1 || c->quad_class > 4)
            return 0;
    }
    return 1;
}

static int indexes_ok(const reader *r, const dyad_dicts *d)
{
    return words_ok(r, d) && actors_ok(d) && verbs_ok(d) && synsets_ok(d) && synsets_acyclic(d)
        && cameo_ok(d);
}

static int header_ok(reader *r, const char *image, size_t len, image_header *h)
{
    uint32_t sizes[8];
    struct_sizes(sizes);
    if (len < sizeof *h || (uintptr_t)image % IMAGE_ALIGN)
        return 0;
    memcpy(h, image, sizeof *h);
    if (memcmp(h->magic, IMAGE_MAGIC, sizeof h->magic) || h->version != IMAGE_VERSION
        || h->endian != IMAGE_ENDIAN || memcmp(h->sizes, sizes, sizeof sizes))
        return 0;
    /* Header, key, data and strings in that order, and nothing after. */
    if (h->key_len > len - sizeof *h || h->data_off < sizeof *h + h->key_len || h->data_off % IMAGE_ALIGN
        || h->data_off > len || h->data_len > len - h->data_off || h->strs_off < h->data_off + h->data_len
        || h->strs_off > len || h->strs_len != len - h->strs_off || h->strs_len == 0
        || h->data_len < sizeof(dyad_dicts))
        return 0;
    r->data = (char *)image + h->data_off;
    r->data_len = h->data_len;
    r->next = sizeof(dyad_dicts);
    r->strs = image + h->strs_off;
    r->strs_len = h->strs_len;
    r->bad = 0;
    return r->strs[r->strs_len - 1] == 0;
}

dyad_dicts *dict_image_decode(void *image, size_t len, int mapped)
{
    reader r;
    image_header h;
    dyad_dicts *d = NULL;
    if (header_ok(&r, image, len, &h) && (d = malloc(sizeof *d)) != NULL) {
        memcpy(d, r.data, sizeof *d);
        arena_init(&d->mem, 0);
        d->image = image;
        d->image_len = len;
        d->image_mapped = (uint8_t)mapped;
        if (read_arrays(&r, d) && indexes_ok(&r, d))
            return d;
    }
    free(d);
    return NULL;
}

void dict_image_release(dyad_dicts *d)
{
    if (d->image_mapped)
        munmap(d->image, d->image_len);
    else
        free(d->image);
    free(d);
}

/* Whether exactly n bytes were left to read from fd. */
static int read_whole(int fd, char *p, size_t n)
{
    while (n > 0) {
        ssize_t got = read(fd, p, n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return 0;
        p += got;
        n -= (size_t)got;
    }
    char more;
    return read(fd, &more, 1) == 0;
}

/* Makes the pages of a fresh mapping in one call, huge where the system
 * can: faulted one by one in the copy, Phoenix's 9 MB took 25-50 ms on
 * this project's virtual machine, made at once 3-9 ms.  Hints both: an
 * error is no matter. */
static void make_pages(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
    madvise(p, n, MADV_HUGEPAGE);
#endif
#ifdef MADV_POPULATE_WRITE
    madvise(p, n, MADV_POPULATE_WRITE);
#endif
    (void)p, (void)n;
}

/* The image read into pages of its own (anonymous, made at once), when it
 * is a regular file of a sane size.  Not mapped from the file: pages of a
 * file cut short under its mapping fault (SIGBUS) when touched, written
 * ones too, and a file written in place changes the pages not yet written
 * after they were checked; dyad never does either (it renames a new image
 * over the old), but another program may.  A read is a copy of the file as
 * it is then: cut short or grown meanwhile, it does not come out at the
 * size stat gave and is refused; written in place meanwhile, the checksum
 * refuses it.  (Phoenix's image is 9 MB: one copy from the page cache.) */
static void *read_image(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    void *p = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && (uint64_t)st.st_size < IMAGE_MAX) {
        *len = (size_t)st.st_size;
        p = mmap(NULL, *len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED) {
            p = NULL;
        } else if (make_pages(p, *len), !read_whole(fd, p, *len)) {
            munmap(p, *len);
            p = NULL;
        }
    }
    close(fd);
    return p;
}

/* The image of the files of the key, or NULL: none, another key, or a
 * corrupt or hostile one. */
static dyad_dicts *cache_load(const cache_key *k)
{
    char path[PATH_MAX];
    size_t len = 0;
    char *image = k->usable && image_path(k, path, sizeof path, 0) ? read_image(path, &len) : NULL;
    if (!image)
        return NULL;
    image_header h;
    dyad_dicts *d = NULL;
    if (len >= sizeof h + k->text.len) {
        memcpy(&h, image, sizeof h);
        if (h.key_len == k->text.len && memcmp(image + sizeof h, k->text.data, k->text.len) == 0
            && h.checksum == checksum((unsigned char *)image + sizeof h, len - sizeof h))
            d = dict_image_decode(image, len, 1);
    }
    if (!d)
        munmap(image, len);
    return d;
}

dyad_dicts *dyad_dicts_load(const dyad_dict_files *f, char *err, size_t errlen)
{
    if (!cache_enabled())
        return dict_load_text(f, err, errlen);
    cache_key k;
    cache_key_init(&k, f);
    dyad_dicts *d = cache_load(&k);
    if (!d) {
        d = dict_load_text(f, err, errlen);
        if (d)
            cache_save(d, &k);
    }
    buf_free(&k.text);
    return d;
}
