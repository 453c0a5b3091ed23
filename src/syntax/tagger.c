/* tagger.c — greedy averaged-perceptron part-of-speech tagging.
 *
 * Each token is scored left to right: its features (word, affixes, shape,
 * neighbouring words, the two tags just chosen) are hashed to 64-bit keys,
 * each key carries a few (tag, weight) pairs, and the tag with the highest
 * sum wins.  Words that were unambiguous in training (the tag dictionary)
 * skip the scoring.  The model file is described in docs/syntax.md. */
#include "syntax/tagger.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const tag_names[N_TAGS] = {
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS",
    "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$",
    "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG",
    "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "$", "#",
    "``", "''", "-LRB-", "-RRB-", ",", ".", ":",
    "HYPH", "NFP", "ADD", "GW", "AFX"
};

const char *dyad_tag_name(uint8_t tag)
{
    return tag < N_TAGS ? tag_names[tag] : "?";
}

int dyad_tag_from_name(const char *name)
{
    for (int i = 0; i < N_TAGS; i++)
        if (strcmp(tag_names[i], name) == 0)
            return i;
    return -1;
}

int dyad_tag_is_verb(uint8_t tag)
{
    return tag >= TAG_VB && tag <= TAG_VBZ;
}

int dyad_tag_is_noun(uint8_t tag)
{
    return tag >= TAG_NN && tag <= TAG_NNPS;
}

/* ---------------------------------------------------------------- features */

/* FNV-1a: the strings are short (words, affixes, shapes). */
static uint64_t hash_str(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* splitmix64's finaliser: spreads FNV's weak low bits over the whole key,
 * which the model's open-addressing table indexes by. */
static uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x ? x : 1;           /* 0 marks an empty slot */
}

/* Feature templates.  Their numbers are hashed into the keys, so changing
 * them (or what they hash) needs a retrained model. */
enum template {
    F_BIAS = 1, F_WORD, F_SUF1, F_SUF2, F_SUF3, F_PRE1, F_SHAPE, F_FIRST_SHAPE, F_GLUE,
    F_TAG1, F_TAG12, F_TAG1_WORD, F_WORD_L1, F_SUF3_L1, F_WORD_L2, F_WORD_R1, F_SUF3_R1,
    F_WORD_R2, F_DICT, F_SHAPE_L1, F_SHAPE_R1, F_TAG1_SUF3
};

static uint64_t feature(enum template tp, uint64_t a, uint64_t b)
{
    return mix(a ^ (b * 0x9e3779b97f4a7c15ULL) ^ ((uint64_t)tp << 56));
}

/* Shape from the original spelling: "Attack" Xxxx, "U.S." X.X., "1,200"
 * d,ddd; runs are cut at three so that length matters only when short. */
static uint64_t shape_of(const char *s, size_t n, int cap)
{
    char buf[16];
    size_t k = 0, run = 0;
    for (size_t i = 0; i < n && k < sizeof buf; i++) {
        unsigned char c = (unsigned char)s[i];
        char m;
        if (c >= 0x80 && c < 0xC0)
            continue;                           /* UTF-8 continuation byte */
        if (c >= 'A' && c <= 'Z')
            m = 'X';
        else if ((c >= 'a' && c <= 'z') || c >= 0x80)
            m = (c >= 0x80 && i == 0 && cap) ? 'X' : 'x';
        else if (c >= '0' && c <= '9')
            m = 'd';
        else
            m = (char)c;
        run = (k > 0 && buf[k - 1] == m) ? run + 1 : 1;
        if (run <= 3)
            buf[k++] = m;
    }
    return hash_str(buf, k);
}

static int is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

static void describe_word(tagger_word *w, const char *text, const token *t)
{
    const char *up = t->up;
    size_t n = t->len;
    if (t->flags & TOK_NUM) {
        up = n == 4 ? "!YEAR" : "!NUM";         /* numbers are told apart by shape */
        n = strlen(up);
    }
    w->word = hash_str(up, n);
    for (size_t k = 1; k <= 3; k++)
        w->suffix[k - 1] = n > k ? hash_str(up + n - k, k) : w->word;
    w->prefix = hash_str(up, 1);
    w->shape = shape_of(text + t->begin, t->end - t->begin, t->flags & TOK_CAP);
    w->glue = (uint8_t)((t->begin > 0 && !is_space(text[t->begin - 1]))
                        | ((text[t->end] && !is_space(text[t->end])) << 1));
}

/* Sentinels past either end of the sentence, one per distance. */
static void describe_edge(tagger_word *w, const char *name)
{
    memset(w, 0, sizeof *w);
    w->word = hash_str(name, strlen(name));
    for (int k = 0; k < 3; k++)
        w->suffix[k] = w->word;
    w->prefix = w->shape = w->word;
}

/* Fills slot `slot` of the window with token j of the sentence (or an edge). */
static void window_fill(tagger_window *win, int slot, size_t j, int before)
{
    if (before)
        describe_edge(&win->w[slot], slot == 0 ? "-START2-" : "-START-");
    else if (j >= win->n)
        describe_edge(&win->w[slot], j == win->n ? "-END-" : "-END2-");
    else
        describe_word(&win->w[slot], win->text, &win->t[j]);
}

void tagger_window_init(tagger_window *win, const char *text, const token *t, size_t n)
{
    win->text = text;
    win->t = t;
    win->n = n;
    win->i = 0;
    for (int s = 0; s < 5; s++)
        window_fill(win, s, (size_t)s - 2, s < 2);
}

void tagger_window_next(tagger_window *win)
{
    memmove(&win->w[0], &win->w[1], 4 * sizeof win->w[0]);
    win->i++;
    window_fill(win, 4, win->i + 2, 0);
}

size_t tagger_features(const tagger_window *win, const uint8_t *tags, uint64_t *keys)
{
    const tagger_word *l2 = &win->w[0], *l1 = &win->w[1], *w = &win->w[2];
    const tagger_word *r1 = &win->w[3], *r2 = &win->w[4];
    uint64_t t1 = win->i > 0 ? tags[win->i - 1] : N_TAGS;
    uint64_t t2 = win->i > 1 ? tags[win->i - 2] : N_TAGS + 1;
    size_t k = 0;
    keys[k++] = feature(F_BIAS, 0, 0);
    keys[k++] = feature(F_WORD, w->word, 0);
    keys[k++] = feature(F_SUF1, w->suffix[0], 0);
    keys[k++] = feature(F_SUF2, w->suffix[1], 0);
    keys[k++] = feature(F_SUF3, w->suffix[2], 0);
    keys[k++] = feature(F_PRE1, w->prefix, 0);
    keys[k++] = feature(F_SHAPE, w->shape, 0);
    keys[k++] = feature(F_FIRST_SHAPE, w->shape, win->i == 0);
    keys[k++] = feature(F_GLUE, w->word, w->glue);
    keys[k++] = feature(F_TAG1, t1, 0);
    keys[k++] = feature(F_TAG12, t1, t2);
    keys[k++] = feature(F_TAG1_WORD, w->word, t1);
    keys[k++] = feature(F_WORD_L1, l1->word, 0);
    keys[k++] = feature(F_SUF3_L1, l1->suffix[2], 0);
    keys[k++] = feature(F_WORD_L2, l2->word, 0);
    keys[k++] = feature(F_WORD_R1, r1->word, 0);
    keys[k++] = feature(F_SUF3_R1, r1->suffix[2], 0);
    keys[k++] = feature(F_WORD_R2, r2->word, 0);
    keys[k++] = feature(F_SHAPE_L1, l1->shape, w->shape);
    keys[k++] = feature(F_SHAPE_R1, r1->shape, w->shape);
    keys[k++] = feature(F_TAG1_SUF3, w->suffix[2], t1);
    return k;
}

uint64_t tagger_dict_key(const tagger_window *win)
{
    return feature(F_DICT, win->w[2].word, 0);
}

/* ---------------------------------------------------------------- model */

typedef struct slot {
    uint64_t key;           /* 0: empty */
    uint32_t first;         /* first (tag, weight) pair */
    uint8_t n;              /* number of pairs */
    uint8_t dict_tag;       /* tag-dictionary entry, or NO_TAG */
} slot;

typedef struct weight {
    int16_t w;
    uint8_t tag;
} weight;

#define NO_TAG 255

struct dyad_tagger {
    slot *table;
    size_t mask;
    weight *weights;
    size_t n_weights;
};

static const slot *lookup(const dyad_tagger *tg, uint64_t key)
{
    for (size_t h = key & tg->mask;; h = (h + 1) & tg->mask) {
        const slot *s = &tg->table[h];
        if (s->key == key)
            return s;
        if (s->key == 0)
            return NULL;
    }
}

static uint8_t predict(const dyad_tagger *tg, const tagger_window *win, const uint8_t *tags)
{
    const slot *d = lookup(tg, tagger_dict_key(win));
    if (d && d->dict_tag != NO_TAG)
        return d->dict_tag;
    uint64_t keys[TAGGER_MAX_FEATURES];
    size_t nk = tagger_features(win, tags, keys);
    int32_t score[N_TAGS] = {0};
    for (size_t k = 0; k < nk; k++) {
        const slot *s = lookup(tg, keys[k]);
        if (!s)
            continue;
        for (const weight *p = &tg->weights[s->first], *e = p + s->n; p < e; p++)
            score[p->tag] += p->w;
    }
    uint8_t best = 0;
    for (uint8_t c = 1; c < N_TAGS; c++)
        if (score[c] > score[best])
            best = c;
    return best;
}

void dyad_tagger_tag(const dyad_tagger *tg, const char *text, const token *t, size_t n,
                     uint8_t *tags_out)
{
    if (n == 0)
        return;
    tagger_window win;
    tagger_window_init(&win, text, t, n);
    for (;;) {
        tags_out[win.i] = predict(tg, &win, tags_out);
        if (win.i + 1 == n)
            break;
        tagger_window_next(&win);
    }
}

/* ---------------------------------------------------------------- loading */

typedef struct reader {
    const unsigned char *p, *end;
    int bad;
} reader;

static const unsigned char *take(reader *r, size_t n)
{
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = 1;
        return NULL;
    }
    const unsigned char *at = r->p;
    r->p += n;
    return at;
}

static uint64_t read_le(reader *r, size_t n)
{
    const unsigned char *b = take(r, n);
    uint64_t v = 0;
    for (size_t i = 0; b && i < n; i++)
        v |= (uint64_t)b[i] << (8 * i);
    return v;
}

static int read_tag_names(reader *r, char *err, size_t errlen)
{
    uint32_t n = (uint32_t)read_le(r, 4);
    if (!r->bad && n != N_TAGS) {
        snprintf(err, errlen, "model has %u tags, this dyad knows %d", n, N_TAGS);
        return -1;
    }
    for (uint32_t i = 0; i < n && !r->bad; i++) {
        size_t len = strnlen((const char *)r->p, (size_t)(r->end - r->p));
        const unsigned char *name = take(r, len + 1);
        if (name && strcmp((const char *)name, tag_names[i]) != 0) {
            snprintf(err, errlen, "model tag %u is %s, this dyad expects %s", i,
                     (const char *)name, tag_names[i]);
            return -1;
        }
    }
    return 0;
}

static void insert(dyad_tagger *tg, uint64_t key, uint32_t first, uint8_t n, uint8_t dict_tag)
{
    size_t h = key & tg->mask;
    while (tg->table[h].key != 0)
        h = (h + 1) & tg->mask;
    tg->table[h] = (slot){key, first, n, dict_tag};
}

/* Keys and their pair counts, then the pairs, in the same order. */
static int read_weights(dyad_tagger *tg, reader *r, char *err, size_t errlen)
{
    uint32_t n_keys = (uint32_t)read_le(r, 4);
    uint32_t n_pairs = (uint32_t)read_le(r, 4);
    if (r->bad || (size_t)(r->end - r->p) < (size_t)n_keys * 10 + (size_t)n_pairs * 3) {
        snprintf(err, errlen, "model is truncated");
        return -1;
    }
    size_t cap = 16;
    while (cap < (size_t)n_keys * 2)     /* at most half full: short probes */
        cap *= 2;
    tg->table = calloc(cap, sizeof *tg->table);
    tg->weights = malloc(((size_t)n_pairs + 1) * sizeof *tg->weights);
    if (!tg->table || !tg->weights) {
        snprintf(err, errlen, "out of memory for %u model keys", n_keys);
        return -1;
    }
    tg->mask = cap - 1;
    const unsigned char *pairs = r->p + (size_t)n_keys * 10;
    uint32_t first = 0;
    for (uint32_t k = 0; k < n_keys; k++) {
        uint64_t key = read_le(r, 8);
        uint8_t n = (uint8_t)read_le(r, 1), dict_tag = (uint8_t)read_le(r, 1);
        if (first + n > n_pairs || key == 0 || (dict_tag >= N_TAGS && dict_tag != NO_TAG)) {
            snprintf(err, errlen, "model key %u is corrupt", k);
            return -1;
        }
        insert(tg, key, first, n, dict_tag);
        first += n;
    }
    for (uint32_t i = 0; i < n_pairs; i++, pairs += 3) {
        tg->weights[i].tag = pairs[0] < N_TAGS ? pairs[0] : 0;
        tg->weights[i].w = (int16_t)(uint16_t)(pairs[1] | pairs[2] << 8);
    }
    r->p = pairs;
    tg->n_weights = n_pairs;
    return 0;
}

static int parse_model(dyad_tagger *tg, const unsigned char *buf, size_t len, char *err, size_t errlen)
{
    reader r = {buf, buf + len, 0};
    const unsigned char *magic = take(&r, 8);
    if (!magic || memcmp(magic, "DYADTAG1", 8) != 0) {
        snprintf(err, errlen, "not a dyad tagger model (bad magic)");
        return -1;
    }
    if (read_tag_names(&r, err, errlen) < 0 || read_weights(tg, &r, err, errlen) < 0)
        return -1;
    const unsigned char *end = take(&r, 4);
    if (!end || memcmp(end, "END!", 4) != 0) {
        snprintf(err, errlen, "model is truncated");
        return -1;
    }
    return 0;
}

static unsigned char *read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(err, errlen, "%s: cannot open", path);
        return NULL;
    }
    unsigned char *buf = NULL;
    long size = fseek(fp, 0, SEEK_END) == 0 ? ftell(fp) : -1;
    if (size >= 0 && fseek(fp, 0, SEEK_SET) == 0 && (buf = malloc((size_t)size + 1)) != NULL
        && fread(buf, 1, (size_t)size, fp) != (size_t)size) {
        free(buf);
        buf = NULL;
    }
    fclose(fp);
    if (!buf)
        snprintf(err, errlen, "%s: cannot read", path);
    *len = (size_t)size;
    return buf;
}

dyad_tagger *dyad_tagger_load(const char *path, char *err, size_t errlen)
{
    size_t len;
    unsigned char *buf = read_file(path, &len, err, errlen);
    if (!buf)
        return NULL;
    dyad_tagger *tg = calloc(1, sizeof *tg);
    char why[160] = "out of memory";
    if (!tg || parse_model(tg, buf, len, why, sizeof why) < 0) {
        snprintf(err, errlen, "%s: %s", path, why);
        dyad_tagger_free(tg);
        tg = NULL;
    }
    free(buf);
    return tg;
}

void dyad_tagger_free(dyad_tagger *tg)
{
    if (!tg)
        return;
    free(tg->table);
    free(tg->weights);
    free(tg);
}
