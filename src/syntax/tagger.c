/* tagger.c — greedy averaged-perceptron part-of-speech tagging.
 *
 * Each token is scored left to right: its features (word, affixes, shape,
 * neighbouring words, the two tags just chosen) are hashed to 64-bit keys,
 * each key has a row of weights, one per tag, and the tag with the highest
 * sum wins.  Words that were unambiguous in training (the tag dictionary)
 * skip the scoring.  The rows of the frequent words' features are summed
 * at load time; the features that do not depend on the tags are scored
 * for a block of tokens first, their table look-ups issued together so
 * that the memory fetches overlap; the greedy pass then adds only the tag
 * features.  docs/syntax.md describes the model file and the measurements. */
#include "syntax/tagger.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

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

int dyad_tag_is_finite(uint8_t tag)
{
    return tag == TAG_VBD || tag == TAG_VBZ || tag == TAG_VBP;
}

int dyad_tag_is_noun(uint8_t tag)
{
    return tag >= TAG_NN && tag <= TAG_NNPS;
}

/* ---------------------------------------------------------------- features */

/* splitmix64's finaliser: a bijection that spreads every input bit over
 * the whole word, which the model's hash table indexes by. */
static uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* s[0..n), n <= 8, as a little-endian integer (the same on every host). */
static uint64_t load_bytes(const char *s, size_t n)
{
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++)
        v |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return v;
}

/* Four bytes, little-endian: compilers make this one load. */
static uint64_t load4(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    return (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 | (uint64_t)u[3] << 24;
}

static uint64_t load8(const char *s)
{
    return load4(s) | load4(s + 4) << 32;
}

/* Words are short: their bytes are read in two overlapping loads (as
 * wyhash does; exact, given the length) and mixed once or twice. */
static uint64_t hash_word(const char *s, size_t n)
{
    uint64_t h = n * 0x9e3779b97f4a7c15ULL;
    for (; n > 16; s += 16, n -= 16)
        h = mix(mix(h ^ load8(s)) ^ load8(s + 8));
    if (n > 8)
        return mix(mix(h ^ load8(s)) ^ load8(s + n - 8));
    if (n >= 4)
        return mix(h ^ load4(s) ^ load4(s + n - 4) << 32);
    return mix(h ^ load_bytes(s, n));
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
    uint64_t key = mix(a ^ (b * 0x9e3779b97f4a7c15ULL) ^ ((uint64_t)tp << 56));
    return key ? key : 1;       /* 0 marks "no key" in the trainer's tables */
}

/* The shape mark of an ASCII byte: X, x, d, or the byte itself
 * (compilers make this conditional moves, not branches). */
static char ascii_mark(unsigned char c)
{
    char m = (char)c;
    m = (unsigned)(c - '0') < 10 ? 'd' : m;
    m = (unsigned)(c - 'a') < 26 ? 'x' : m;
    m = (unsigned)(c - 'A') < 26 ? 'X' : m;
    return m;
}

/* Shape from the original spelling: "Attack" Xxxx, "U.S." X.X., "1,200"
 * d,ddd; runs are cut at three so that length matters only when short.
 * A letter outside ASCII is x (X when first and the token is capitalised);
 * at most 16 marks.  Each mark is stored and kept (k advances) unless it
 * extends a run past three: no branch per byte. */
static uint64_t shape_of(const char *s, size_t n, int cap)
{
    char buf[17];
    size_t k = 0, run = 0;
    char last = 0;
    for (size_t i = 0; i < n && k < 16; i++) {
        unsigned char c = (unsigned char)s[i];
        char m = ascii_mark(c);
        if (c >= 0x80) {
            if (c < 0xC0)
                continue;                       /* UTF-8 continuation byte */
            m = i == 0 && cap ? 'X' : 'x';
        }
        run = last == m ? run + 1 : 1;
        last = m;
        buf[k] = m;
        k += run <= 3;
    }
    return hash_word(buf, k);
}

static int is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* The word and its affixes: an affix is its own bytes (tagged with its
 * length), no hashing needed; a word no longer than the affix stands for it. */
static void describe_spelling(tagger_word *w, const char *up, size_t n)
{
    w->word = hash_word(up, n);
    if (n > 3) {
        uint64_t last4 = load4(up + n - 4);
        w->suffix[0] = last4 >> 24 | (uint64_t)1 << 40;
        w->suffix[1] = last4 >> 16 | (uint64_t)2 << 40;
        w->suffix[2] = last4 >> 8 | (uint64_t)3 << 40;
    } else {
        for (size_t k = 1; k <= 3; k++)
            w->suffix[k - 1] = n > k ? load_bytes(up + n - k, k) | (uint64_t)k << 40 : w->word;
    }
    w->prefix = (unsigned char)up[0] | (uint64_t)1 << 44;
}

const char *tagger_spelling(const token *t, size_t *len)
{
    static const char year[] = "!YEAR", num[] = "!NUM";
    if (!(t->flags & TOK_NUM)) {
        *len = t->len;
        return t->up;
    }
    *len = t->len == 4 ? sizeof year - 1 : sizeof num - 1;  /* told apart by shape */
    return t->len == 4 ? year : num;
}

static void describe_word(tagger_word *w, const char *text, const token *t)
{
    size_t len;
    const char *spelling = tagger_spelling(t, &len);
    describe_spelling(w, spelling, len);
    w->shape = shape_of(text + t->begin, t->end - t->begin, t->flags & TOK_CAP);
    w->glue = (uint8_t)((t->begin > 0 && !is_space(text[t->begin - 1]))
                        | ((text[t->end] && !is_space(text[t->end])) << 1));
}

/* Sentinels past either end of the sentence, one per distance. */
enum edge { START2, START1, END1, END2 };

static void describe_edge(tagger_word *w, enum edge e)
{
    memset(w, 0, sizeof *w);
    w->word = mix(0x5eed0000ULL + (uint64_t)e);
    for (int k = 0; k < 3; k++)
        w->suffix[k] = w->word;
    w->prefix = w->shape = w->word;
}

/* Fills slot `slot` of the window with token j of the sentence (or an edge). */
static void window_fill(tagger_window *win, int slot, size_t j, int before)
{
    if (before)
        describe_edge(&win->w[slot], slot == 0 ? START2 : START1);
    else if (j >= win->n)
        describe_edge(&win->w[slot], j == win->n ? END1 : END2);
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
    win->w[0] = win->w[1];          /* copied inline: no library call per token */
    win->w[1] = win->w[2];
    win->w[2] = win->w[3];
    win->w[3] = win->w[4];
    win->i++;
    window_fill(win, 4, win->i + 2, 0);
}

/* The word features in groups, by the window position whose word they
 * need: the tagger sums each group once per word type in advance (see
 * word_rows) for the frequent words. */
enum group { G_SPELLING, G_LEFT2, G_LEFT1, G_RIGHT1, G_RIGHT2, N_GROUPS };
static const int group_size[N_GROUPS] = {5, 1, 2, 2, 1};

static int group_keys(enum group g, const tagger_word *w, uint64_t *keys)
{
    switch (g) {
    case G_SPELLING:
        keys[0] = feature(F_WORD, w->word, 0);
        keys[1] = feature(F_SUF1, w->suffix[0], 0);
        keys[2] = feature(F_SUF2, w->suffix[1], 0);
        keys[3] = feature(F_SUF3, w->suffix[2], 0);
        keys[4] = feature(F_PRE1, w->prefix, 0);
        break;
    case G_LEFT2:
        keys[0] = feature(F_WORD_L2, w->word, 0);
        break;
    case G_LEFT1:
        keys[0] = feature(F_WORD_L1, w->word, 0);
        keys[1] = feature(F_SUF3_L1, w->suffix[2], 0);
        break;
    case G_RIGHT1:
        keys[0] = feature(F_WORD_R1, w->word, 0);
        keys[1] = feature(F_SUF3_R1, w->suffix[2], 0);
        break;
    default:
        keys[0] = feature(F_WORD_R2, w->word, 0);
        break;
    }
    return group_size[g];
}

/* The features of the shape, which varies between tokens of one spelling:
 * its own, and paired with its neighbours'. */
static void own_shape_keys(uint64_t shape, size_t i, uint64_t *keys)
{
    keys[0] = feature(F_SHAPE, shape, 0);
    keys[1] = feature(F_FIRST_SHAPE, shape, i == 0);
}

static void shape_pair_keys(const tagger_word *around, uint64_t *keys)
{
    keys[0] = feature(F_SHAPE_L1, around[1].shape, around[2].shape);
    keys[1] = feature(F_SHAPE_R1, around[3].shape, around[2].shape);
}

/* Whether the word is glued to the text before and after it. */
static uint64_t glue_key(const tagger_word *w, unsigned glue)
{
    return feature(F_GLUE, w->word, glue);
}

/* The window slot whose word each group reads. */
static const int group_slot[N_GROUPS] = {2, 0, 1, 3, 4};

void tagger_static_features(const tagger_window *win, uint64_t *keys)
{
    size_t k = 0;
    for (int g = 0; g < N_GROUPS; g++)
        k += (size_t)group_keys((enum group)g, &win->w[group_slot[g]], keys + k);
    own_shape_keys(win->w[2].shape, win->i, keys + k);
    shape_pair_keys(win->w, keys + k + 2);
    keys[k + 4] = glue_key(&win->w[2], win->w[2].glue);
}

static uint64_t tag1_word_key(const tagger_word *w, unsigned t1)
{
    return feature(F_TAG1_WORD, w->word, t1);
}

static uint64_t tag1_suffix_key(const tagger_word *w, unsigned t1)
{
    return feature(F_TAG1_SUF3, w->suffix[2], t1);
}

/* The first three depend on the tags alone: the tagger sums them per tag
 * pair once, at load time. */
void tagger_tag_features(const tagger_word *w, unsigned t1, unsigned t2, uint64_t *keys)
{
    keys[0] = feature(F_BIAS, 0, 0);
    keys[1] = feature(F_TAG1, t1, 0);
    keys[2] = feature(F_TAG12, t1, t2);
    keys[3] = w ? tag1_word_key(w, t1) : 0;
    keys[4] = w ? tag1_suffix_key(w, t1) : 0;
}

size_t tagger_features(const tagger_window *win, const uint8_t *tags, uint64_t *keys)
{
    unsigned t1 = win->i > 0 ? tags[win->i - 1] : TAGGER_START1;
    unsigned t2 = win->i > 1 ? tags[win->i - 2] : TAGGER_START2;
    tagger_static_features(win, keys);
    tagger_tag_features(&win->w[2], t1, t2, keys + TAGGER_STATIC_FEATURES);
    return TAGGER_MAX_FEATURES;
}

static uint64_t dict_key(const tagger_word *w)
{
    return feature(F_DICT, w->word, 0);
}

uint64_t tagger_dict_key(const tagger_window *win)
{
    return dict_key(&win->w[2]);
}

/* ---------------------------------------------------------------- model */

/* Hash tables of 8-byte entries keyed by a 64-bit key: its high 32 bits
 * are stored to check a match, its low bits give the home slot.  The
 * feature table's entries name a row of weights, one 16-bit weight per tag
 * (row 0 is all zeros: what a missing feature adds), so that one probe
 * gives every tag's weight and rows are summed with vector additions, no
 * branch per weight.  The trainer scales the weights so that a sum of
 * TAGGER_MAX_FEATURES rows cannot overflow 16 bits.  The tag-dictionary
 * table gives a word's tag, the word table a frequent word's word_rows. */
typedef struct entry {
    uint32_t check;         /* key >> 32 */
    uint32_t value;         /* row, tag + 1 or word + 1; 0: empty slot */
} entry;

typedef struct table {
    entry *slot;
    size_t mask;
} table;

#define ROW 56                          /* N_TAGS weights, padded for vectors */
typedef int16_t row[ROW];

/* What a frequent word (one the model lists) brings to the tokens around
 * it, found at load time: the sum of the rows of each feature group, the
 * row of each way of gluing, the rows of its tag features by previous tag,
 * and its tag if it is in the tag dictionary.  Most tokens then need two
 * look-ups (the shape pairs) rather than twenty. */
enum tag_group { TG_WORD, TG_SUFFIX, N_TAG_GROUPS };

typedef struct word_rows {
    const int16_t *group[N_GROUPS];
    /* The word in its usual shape, glued to nothing, not first: the sum
       of the spelling group and the shape and glue features. */
    uint64_t usual_shape;
    const int16_t *usual;
    const int16_t *glue[4];
    /* Bit t1 set: the row of previous tag t1 is tag_rows[first + the
       number of bits set below t1]. */
    uint64_t tag_mask[N_TAG_GROUPS];
    uint32_t tag_first[N_TAG_GROUPS];
    uint8_t dict_tag;
} word_rows;

#define NO_TAG 255
/* The score of a padding lane: real sums stay above it (TAGGER_MAX_WEIGHT). */
#define PADDING INT16_MIN
/* Sum of the bias, previous-tag and previous-two-tags rows, per tag pair. */
#define HISTORY_ROW(t1, t2) ((size_t)(t1) * (N_TAGS + 2) + (t2))
#define HISTORY_ROWS ((N_TAGS + 1) * (N_TAGS + 2))

struct dyad_tagger {
    table features, dict, words;
    row *rows;              /* [0]: zeros, then one per feature */
    size_t n_rows;
    row *history;
    word_rows *word;        /* the sentence edges, then the listed words */
    size_t n_words;
    row *sums;              /* group sums of the words */
    size_t n_sums;
    const int16_t **tag_rows;   /* the words' tag-feature rows */
    size_t n_tag_rows, tag_rows_cap;
};

static uint32_t lookup(const table *tb, uint64_t key)
{
    uint32_t check = (uint32_t)(key >> 32);
    for (size_t h = key & tb->mask;; h = (h + 1) & tb->mask) {
        entry e = tb->slot[h];
        if (e.value == 0 || e.check == check)
            return e.value;
    }
}

static const int16_t *feature_row(const dyad_tagger *tg, uint64_t key)
{
    return tg->rows[lookup(&tg->features, key)];
}

static const word_rows *word_rows_of(const dyad_tagger *tg, const tagger_word *w)
{
    uint32_t v = lookup(&tg->words, w->word);
    return v ? &tg->word[v - 1] : NULL;
}

static void prefetch_slot(const table *tb, uint64_t key)
{
    __builtin_prefetch(&tb->slot[key & tb->mask]);
}

static void prefetch_row(const int16_t *r)
{
    __builtin_prefetch(r);
    __builtin_prefetch(r + ROW - 1);
}

/* out = r[0] + ... + r[n-1], eight lanes at a time, each lane summed in a
 * register (compilers make the inner loop one vector addition). */
static void sum_rows(int16_t *restrict out, const int16_t *const *r, int n)
{
    for (int c = 0; c < ROW; c += 8) {
        int16_t lanes[8];
        memcpy(lanes, r[0] + c, sizeof lanes);
        for (int k = 1; k < n; k++)
            for (int l = 0; l < 8; l++)
                lanes[l] = (int16_t)(lanes[l] + r[k][c + l]);
        memcpy(out + c, lanes, sizeof lanes);
    }
}

/* The highest score; the lowest tag of equal ones.  Each of eight lanes
 * keeps its highest score and the first group of eight tags it came from
 * (compilers make this vector compares and selects); the padding lanes
 * hold PADDING (see sum_history), below any real score. */
static uint8_t best_tag(const int16_t *score)
{
    int16_t lane_max[8], lane_at[8] = {0};
    memcpy(lane_max, score, sizeof lane_max);
    for (int16_t at = 8; at < ROW; at += 8)
        for (int l = 0; l < 8; l++) {
            int higher = score[at + l] > lane_max[l];
            lane_max[l] = higher ? score[at + l] : lane_max[l];
            lane_at[l] = higher ? at : lane_at[l];
        }
    int best = 0;
    for (int l = 1; l < 8; l++)
        if (lane_max[l] > lane_max[best]
            || (lane_max[l] == lane_max[best] && lane_at[l] + l < lane_at[best] + best))
            best = l;
    return (uint8_t)(lane_at[best] + best);
}

/* The window, with the word_rows of its five words (NULL: not listed). */
typedef struct context {
    tagger_window win;
    const word_rows *known[5];
} context;

static void context_init(const dyad_tagger *tg, context *cx, const char *text, const token *t, size_t n)
{
    tagger_window_init(&cx->win, text, t, n);
    for (int s = 0; s < 5; s++)
        cx->known[s] = word_rows_of(tg, &cx->win.w[s]);
}

static void context_next(const dyad_tagger *tg, context *cx)
{
    tagger_window_next(&cx->win);
    for (int s = 0; s < 4; s++)
        cx->known[s] = cx->known[s + 1];
    cx->known[4] = word_rows_of(tg, &cx->win.w[4]);
}

/* Tokens are scored in blocks, in stages that each go over every token of
 * the block before the next begins, so that the fetches a stage asks for
 * are in flight together: the keys (prefetching their table slots), the
 * rows (prefetching them), the sums of the word-feature rows, and last the
 * tags one by one. */
#define BLOCK 32

typedef struct block {
    tagger_word word[BLOCK];
    const word_rows *known[BLOCK];
    uint8_t dict_tag[BLOCK];
    uint8_t scored[BLOCK];          /* the model scores it: no tag of the
                                       dictionary, or one a name cannot have */
    uint8_t n_keys[BLOCK], n_rows[BLOCK];
    uint64_t keys[BLOCK][TAGGER_STATIC_FEATURES];
    const int16_t *rows[BLOCK][TAGGER_STATIC_FEATURES];
    row score[BLOCK];               /* word features only */
} block;

static int is_nominal_tag(unsigned tag)
{
    return tag == TAG_NN || tag == TAG_NNS || tag == TAG_NNP || tag == TAG_NNPS || tag == TAG_JJ;
}

static uint8_t dict_tag_at(const dyad_tagger *tg, const context *cx)
{
    if (cx->known[2])
        return cx->known[2]->dict_tag;
    uint32_t v = lookup(&tg->dict, dict_key(&cx->win.w[2]));
    return v ? (uint8_t)(v - 1) : NO_TAG;
}

/* Slot b's rows that the window's listed words give, and the keys of the
 * rest of its word features. */
static void token_keys(const dyad_tagger *tg, const context *cx, block *bk, size_t b)
{
    const tagger_word *w = &cx->win.w[2];
    const word_rows *self = cx->known[2];
    int usual = self && w->shape == self->usual_shape && w->glue == 0 && cx->win.i > 0;
    int nk = 0, nr = 0;
    for (int g = 0; g < N_GROUPS; g++) {
        const word_rows *known = cx->known[group_slot[g]];
        if (g == G_SPELLING && usual)
            bk->rows[b][nr++] = self->usual;
        else if (known)
            bk->rows[b][nr++] = known->group[g];
        else
            nk += group_keys((enum group)g, &cx->win.w[group_slot[g]], bk->keys[b] + nk);
    }
    shape_pair_keys(cx->win.w, bk->keys[b] + nk);
    nk += 2;
    if (!usual) {
        own_shape_keys(w->shape, cx->win.i, bk->keys[b] + nk);
        nk += 2;
        if (self)
            bk->rows[b][nr++] = self->glue[w->glue];
        else
            bk->keys[b][nk++] = glue_key(w, w->glue);
    }
    for (int k = 0; k < nk; k++)
        prefetch_slot(&tg->features, bk->keys[b][k]);
    bk->n_keys[b] = (uint8_t)nk;
    bk->n_rows[b] = (uint8_t)nr;
}

/* (named: the block's marks of names, or NULL) */
static void block_keys(const dyad_tagger *tg, context *cx, block *bk, size_t len, int first,
                       const uint8_t *named)
{
    for (size_t b = 0; b < len; b++) {
        if (b > 0 || !first)
            context_next(tg, cx);
        bk->word[b] = cx->win.w[2];
        bk->known[b] = cx->known[2];
        bk->dict_tag[b] = dict_tag_at(tg, cx);
        bk->scored[b] = bk->dict_tag[b] == NO_TAG || (named && named[b] && !is_nominal_tag(bk->dict_tag[b]));
        if (bk->scored[b])
            token_keys(tg, cx, bk, b);
    }
}

static void block_rows(const dyad_tagger *tg, block *bk, size_t len)
{
    for (size_t b = 0; b < len; b++) {
        if (!bk->scored[b])
            continue;
        for (int k = 0; k < bk->n_keys[b]; k++) {
            const int16_t *r = feature_row(tg, bk->keys[b][k]);
            bk->rows[b][bk->n_rows[b]++] = r;
            prefetch_row(r);
        }
    }
}

static void block_scores(block *bk, size_t len)
{
    for (size_t b = 0; b < len; b++)
        if (bk->scored[b])
            sum_rows(bk->score[b], bk->rows[b], bk->n_rows[b]);
}

/* Without a popcount instruction in the baseline instruction set,
 * compilers call a library function for __builtin_popcountll: this is
 * the usual bit-parallel count, inline. */
static uint32_t bits_set(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return (uint32_t)((x * 0x0101010101010101ULL) >> 56);
}

/* The row of a listed word's tag feature after previous tag t1. */
static const int16_t *known_tag_row(const dyad_tagger *tg, const word_rows *known, enum tag_group g,
                                    unsigned t1)
{
    uint64_t mask = known->tag_mask[g];
    if (!(mask >> t1 & 1))
        return tg->rows[0];
    uint64_t below = mask & ((UINT64_C(1) << t1) - 1);
    return tg->tag_rows[known->tag_first[g] + bits_set(below)];
}

/* The best of the noun and adjective tags. */
static uint8_t best_nominal_tag(const int16_t *score)
{
    static const uint8_t nominal[] = {TAG_NN, TAG_NNS, TAG_NNP, TAG_NNPS, TAG_JJ};
    uint8_t best = nominal[0];
    for (size_t k = 1; k < sizeof nominal; k++)
        if (score[nominal[k]] > score[best])
            best = nominal[k];
    return best;
}

/* The tag of slot b, the tags before it being chosen. */
static uint8_t choose_tag(const dyad_tagger *tg, const block *bk, size_t b, unsigned t1, unsigned t2,
                          int nominal)
{
    if (!bk->scored[b])
        return bk->dict_tag[b];
    const word_rows *known = bk->known[b];
    const int16_t *parts[4] = {bk->score[b], tg->history[HISTORY_ROW(t1, t2)], NULL, NULL};
    if (known) {
        parts[2] = known_tag_row(tg, known, TG_WORD, t1);
        parts[3] = known_tag_row(tg, known, TG_SUFFIX, t1);
    } else {
        parts[2] = feature_row(tg, tag1_word_key(&bk->word[b], t1));
        parts[3] = feature_row(tg, tag1_suffix_key(&bk->word[b], t1));
    }
    row score;
    sum_rows(score, parts, 4);
    return nominal ? best_nominal_tag(score) : best_tag(score);
}

void dyad_tagger_tag(const dyad_tagger *tg, const char *text, const token *t, size_t n,
                     uint8_t *tags_out)
{
    dyad_tagger_tag_names(tg, text, t, n, NULL, tags_out);
}

void dyad_tagger_tag_names(const dyad_tagger *tg, const char *text, const token *t, size_t n,
                           const uint8_t *named, uint8_t *tags_out)
{
    if (n == 0)
        return;
    context cx;
    block bk;
    context_init(tg, &cx, text, t, n);
    for (size_t start = 0; start < n; start += BLOCK) {
        size_t len = n - start < BLOCK ? n - start : BLOCK;
        block_keys(tg, &cx, &bk, len, start == 0, named ? named + start : NULL);
        block_rows(tg, &bk, len);
        block_scores(&bk, len);
        for (size_t b = 0, i = start; b < len; b++, i++) {
            unsigned t1 = i > 0 ? tags_out[i - 1] : TAGGER_START1;
            unsigned t2 = i > 1 ? tags_out[i - 2] : TAGGER_START2;
            tags_out[i] = choose_tag(tg, &bk, b, t1, t2, named && named[i]);
        }
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

/* Refuses a key whose check collides with one already on its probe path:
 * the look-up could not tell them apart (about one model in 10^5). */
static int insert(table *tb, uint64_t key, uint32_t value)
{
    uint32_t check = (uint32_t)(key >> 32);
    size_t h = key & tb->mask;
    for (; tb->slot[h].value != 0; h = (h + 1) & tb->mask)
        if (tb->slot[h].check == check)
            return -1;
    tb->slot[h] = (entry){check, value};
    return 0;
}

/* The tables and rows are read at random, a few MB of them: on 2 MB pages
 * (where the system gives them on request) the look-ups miss the TLB far
 * less often. */
#define HUGE_PAGE ((size_t)2 << 20)

static void *huge_alloc(size_t size)
{
    size = (size + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
    void *p = aligned_alloc(HUGE_PAGE, size);
#ifdef MADV_HUGEPAGE
    if (p)
        madvise(p, size, MADV_HUGEPAGE);
#endif
    return p;
}

/* At most half full: short probes, and most misses end at once. */
static int table_init(table *tb, size_t n)
{
    size_t cap = 16;
    while (cap < n * 2)
        cap *= 2;
    tb->slot = huge_alloc(cap * sizeof *tb->slot);
    tb->mask = cap - 1;
    if (tb->slot)
        memset(tb->slot, 0, cap * sizeof *tb->slot);
    return tb->slot ? 0 : -1;
}

/* Counts the feature keys and the tag-dictionary words, and checks every
 * key record, before anything is allocated. */
static int count_keys(reader r, uint32_t n_keys, uint32_t n_pairs, size_t *n_features, size_t *n_dict,
                      char *err, size_t errlen)
{
    size_t first = 0;
    *n_features = *n_dict = 0;
    for (uint32_t k = 0; k < n_keys; k++) {
        uint64_t key = read_le(&r, 8);
        uint8_t n = (uint8_t)read_le(&r, 1), dict_tag = (uint8_t)read_le(&r, 1);
        int is_dict = dict_tag != NO_TAG;
        if (first + n > n_pairs || key == 0 || (dict_tag >= N_TAGS && is_dict) || is_dict == (n > 0)) {
            snprintf(err, errlen, "model key %u is corrupt", k);
            return -1;
        }
        first += n;
        *n_features += !is_dict;
        *n_dict += is_dict;
    }
    return 0;
}

/* Cardinal number words, tagged CD (their plurals NNS) whatever the
 * model learnt: the web text it was trained on seldom opens a sentence
 * with one, and it took "Twelve" for a verb and "Hundreds" for a verb's
 * -s form ("Twelve people were killed").  "One" is left to the model
 * ("one of them").  Tens and units join by hyphen: "Forty-two". */
static const char *const unit_words[] = {"ZERO", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT",
    "NINE", "TEN", "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN",
    "EIGHTEEN", "NINETEEN", "HUNDRED", "THOUSAND", "MILLION", "BILLION", "TRILLION", NULL};
static const char *const ten_words[] = {"TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY",
    "NINETY", NULL};
static const char *const number_plurals[] = {"TENS", "DOZENS", "HUNDREDS", "THOUSANDS", "MILLIONS",
    "BILLIONS", NULL};
static const char *const digit_words[] = {"ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT",
    "NINE", NULL};
/* (the words of the lists, and every tens-unit pair; each list ends in NULL) */
#define LISTED(a) (sizeof(a) / sizeof(a)[0] - 1)
#define NUMBER_WORDS \
    (LISTED(unit_words) + LISTED(number_plurals) + LISTED(ten_words) * (1 + LISTED(digit_words)))

/* Word w tagged `tag` unless the model's tag dictionary has it. */
static void add_closed_word(dyad_tagger *tg, const char *w, uint8_t tag)
{
    tagger_word tw;
    describe_spelling(&tw, w, strlen(w));
    uint64_t key = dict_key(&tw);
    if (!lookup(&tg->dict, key))
        (void)insert(&tg->dict, key, tag + 1u);   /* (a check colliding on the path: left to the model) */
}

static void add_number_words(dyad_tagger *tg)
{
    for (int i = 0; unit_words[i]; i++)
        add_closed_word(tg, unit_words[i], TAG_CD);
    for (int i = 0; number_plurals[i]; i++)
        add_closed_word(tg, number_plurals[i], TAG_NNS);
    for (int i = 0; ten_words[i]; i++) {
        add_closed_word(tg, ten_words[i], TAG_CD);
        for (int j = 0; digit_words[j]; j++) {
            char w[32];
            snprintf(w, sizeof w, "%s-%s", ten_words[i], digit_words[j]);
            add_closed_word(tg, w, TAG_CD);
        }
    }
}

static int allocate(dyad_tagger *tg, size_t n_features, size_t n_dict)
{
    tg->n_rows = n_features + 1;
    tg->rows = huge_alloc(tg->n_rows * sizeof(row));
    tg->history = malloc(HISTORY_ROWS * sizeof(row));
    if (!tg->rows || !tg->history || table_init(&tg->features, n_features) < 0
        || table_init(&tg->dict, n_dict + NUMBER_WORDS) < 0)
        return -1;
    memset(tg->rows, 0, tg->n_rows * sizeof(row));
    memset(tg->history, 0, HISTORY_ROWS * sizeof(row));
    return 0;
}

/* Spreads a key's (tag, weight) pairs over its row. */
static int fill_row(int16_t *r, const unsigned char *pairs, uint8_t n)
{
    for (uint8_t i = 0; i < n; i++, pairs += 3) {
        int16_t w = (int16_t)(uint16_t)(pairs[1] | pairs[2] << 8);
        if (pairs[0] >= N_TAGS || w > TAGGER_MAX_WEIGHT || w < -TAGGER_MAX_WEIGHT)
            return -1;
        r[pairs[0]] = w;
    }
    return 0;
}

/* Keys and their pair counts, then the pairs, in the same order. */
static int read_weights(dyad_tagger *tg, reader *r, char *err, size_t errlen)
{
    uint32_t n_keys = (uint32_t)read_le(r, 4);
    uint32_t n_pairs = (uint32_t)read_le(r, 4);
    size_t n_features, n_dict;
    if (r->bad || (size_t)(r->end - r->p) < (size_t)n_keys * 10 + (size_t)n_pairs * 3) {
        snprintf(err, errlen, "model is truncated");
        return -1;
    }
    if (count_keys(*r, n_keys, n_pairs, &n_features, &n_dict, err, errlen) < 0)
        return -1;
    if (allocate(tg, n_features, n_dict) < 0) {
        snprintf(err, errlen, "out of memory for %u model keys", n_keys);
        return -1;
    }
    const unsigned char *pairs = r->p + (size_t)n_keys * 10;
    uint32_t n_rows = 1;
    for (uint32_t k = 0; k < n_keys; k++) {
        uint64_t key = read_le(r, 8);
        uint8_t n = (uint8_t)read_le(r, 1), dict_tag = (uint8_t)read_le(r, 1);
        int bad = dict_tag != NO_TAG ? insert(&tg->dict, key, dict_tag + 1u)
                                     : insert(&tg->features, key, n_rows);
        if (bad) {
            snprintf(err, errlen, "model key %u collides with another: retrain with another seed", k);
            return -1;
        }
        if (n > 0 && fill_row(tg->rows[n_rows++], pairs, n) < 0) {
            snprintf(err, errlen, "model key %u has a bad weight", k);
            return -1;
        }
        pairs += 3 * (size_t)n;
    }
    r->p = pairs;
    return 0;
}

/* Sums the bias, previous-tag and previous-two-tags rows of every tag pair
 * the greedy pass can meet (TAGGER_START1/2 at the sentence start).  Every
 * score passes through one of these rows: their padding lanes make those
 * of the score PADDING. */
static void sum_history(dyad_tagger *tg)
{
    for (unsigned t1 = 0; t1 <= TAGGER_START1; t1++)
        for (unsigned t2 = 0; t2 <= TAGGER_START2; t2++) {
            int16_t *h = tg->history[HISTORY_ROW(t1, t2)];
            uint64_t keys[TAGGER_TAG_FEATURES];
            tagger_tag_features(NULL, t1, t2, keys);
            const int16_t *parts[3] = {feature_row(tg, keys[0]), feature_row(tg, keys[1]),
                                       feature_row(tg, keys[2])};
            sum_rows(h, parts, 3);
            for (int c = N_TAGS; c < ROW; c++)
                h[c] = PADDING;
        }
}

/* The sum of a group's rows: a row of the model when at most one of them
 * is not zero, else a new row. */
static const int16_t *group_sum(dyad_tagger *tg, enum group g, const tagger_word *w)
{
    uint64_t keys[TAGGER_STATIC_FEATURES];
    const int16_t *parts[TAGGER_STATIC_FEATURES];
    int n = group_keys(g, w, keys), m = 0;
    for (int k = 0; k < n; k++)
        if (lookup(&tg->features, keys[k]) != 0)
            parts[m++] = feature_row(tg, keys[k]);
    if (m <= 1)
        return m ? parts[0] : tg->rows[0];
    sum_rows(tg->sums[tg->n_sums], parts, m);
    return tg->sums[tg->n_sums++];
}

/* The rows of a word's tag features, by previous tag (TAGGER_START1 at
 * the sentence start: 51 bits). */
static int add_tag_rows(dyad_tagger *tg, word_rows *wr, enum tag_group g, const tagger_word *w,
                        uint64_t candidates)
{
    wr->tag_mask[g] = 0;
    wr->tag_first[g] = (uint32_t)tg->n_tag_rows;
    for (unsigned t1 = 0; t1 <= TAGGER_START1; t1++) {
        if (!(candidates >> t1 & 1))
            continue;
        uint64_t key = g == TG_WORD ? tag1_word_key(w, t1) : tag1_suffix_key(w, t1);
        if (lookup(&tg->features, key) == 0)
            continue;
        if (tg->n_tag_rows == tg->tag_rows_cap) {
            size_t cap = tg->tag_rows_cap ? tg->tag_rows_cap * 2 : 4096;
            const int16_t **grown = realloc(tg->tag_rows, cap * sizeof *grown);
            if (!grown)
                return -1;
            tg->tag_rows = grown;
            tg->tag_rows_cap = cap;
        }
        tg->tag_rows[tg->n_tag_rows++] = feature_row(tg, key);
        wr->tag_mask[g] |= UINT64_C(1) << t1;
    }
    return 0;
}

/* The rows of a word's spelling, glue and shape features, for a token in
 * the word's usual shape, glued to nothing, not the first. */
static const int16_t *usual_sum(dyad_tagger *tg, const tagger_word *w)
{
    uint64_t keys[TAGGER_STATIC_FEATURES];
    const int16_t *parts[TAGGER_STATIC_FEATURES];
    int n = group_keys(G_SPELLING, w, keys);
    own_shape_keys(w->shape, 1, keys + n);
    keys[n + 2] = glue_key(w, 0);
    n += 3;
    parts[0] = tg->rows[0];             /* for cppcheck, which cannot see that n > 0 */
    for (int k = 0; k < n; k++)
        parts[k] = feature_row(tg, keys[k]);
    sum_rows(tg->sums[tg->n_sums], parts, n);
    return tg->sums[tg->n_sums++];
}

/* `candidates`: the previous tags whose tag features the word may have
 * in the model.  Returns -1 when out of memory, -2 when the word is listed
 * twice. */
static int add_word(dyad_tagger *tg, const tagger_word *w, const uint64_t candidates[N_TAG_GROUPS])
{
    word_rows *wr = &tg->word[tg->n_words];
    for (int g = 0; g < N_GROUPS; g++)
        wr->group[g] = group_sum(tg, (enum group)g, w);
    wr->usual_shape = w->shape;
    wr->usual = usual_sum(tg, w);
    for (unsigned glue = 0; glue < 4; glue++)
        wr->glue[glue] = feature_row(tg, glue_key(w, glue));
    for (int g = 0; g < N_TAG_GROUPS; g++)
        if (add_tag_rows(tg, wr, (enum tag_group)g, w, candidates[g]) < 0)
            return -1;
    uint32_t tag = lookup(&tg->dict, dict_key(w));
    wr->dict_tag = tag ? (uint8_t)(tag - 1) : NO_TAG;
    return insert(&tg->words, w->word, (uint32_t)++tg->n_words) < 0 ? -2 : 0;
}

/* Groups with more than one feature: a word needs at most this many sums. */
#define SUMS_PER_WORD 4         /* and the usual sum */

/* The frequent words: their count, then each NUL-terminated and followed
 * by the hash of its usual shape and the masks of previous tags of its two
 * tag features (8 bytes each). */
static int read_words(dyad_tagger *tg, reader *r, char *err, size_t errlen)
{
    uint32_t n = (uint32_t)read_le(r, 4);
    if (r->bad || n > (size_t)(r->end - r->p)) {
        snprintf(err, errlen, "model is truncated");
        return -1;
    }
    size_t cap = (size_t)n + 4;                 /* and the sentence edges */
    tg->word = malloc(cap * sizeof *tg->word);
    tg->sums = huge_alloc(cap * SUMS_PER_WORD * sizeof *tg->sums);
    if (!tg->word || !tg->sums || table_init(&tg->words, cap) < 0) {
        snprintf(err, errlen, "out of memory for %u model words", n);
        return -1;
    }
    tagger_word w;
    const uint64_t every_tag[N_TAG_GROUPS] = {~UINT64_C(0), ~UINT64_C(0)};
    for (int e = START2; e <= END2; e++) {
        describe_edge(&w, (enum edge)e);
        if (add_word(tg, &w, every_tag) < 0) {
            snprintf(err, errlen, "out of memory for %u model words", n);
            return -1;
        }
    }
    for (uint32_t i = 0; i < n; i++) {
        size_t len = strnlen((const char *)r->p, (size_t)(r->end - r->p));
        const unsigned char *spelling = take(r, len + 1);
        uint64_t shape = read_le(r, 8), candidates[N_TAG_GROUPS];
        for (int g = 0; g < N_TAG_GROUPS; g++)
            candidates[g] = read_le(r, 8);
        if (!spelling || r->bad || len == 0) {
            snprintf(err, errlen, spelling ? "model word %u is empty" : "model is truncated", i);
            return -1;
        }
        memset(&w, 0, sizeof w);
        describe_spelling(&w, (const char *)spelling, len);
        w.shape = shape;
        int bad = add_word(tg, &w, candidates);
        if (bad < 0) {
            snprintf(err, errlen, bad == -2 ? "model word %u is listed twice" : "out of memory at model word %u", i);
            return -1;
        }
    }
    return 0;
}

static int parse_model(dyad_tagger *tg, const unsigned char *buf, size_t len, char *err, size_t errlen)
{
    reader r = {buf, buf + len, 0};
    const unsigned char *magic = take(&r, 8);
    if (!magic || memcmp(magic, "DYADTAG2", 8) != 0) {
        snprintf(err, errlen, "not a dyad tagger model (bad magic)");
        return -1;
    }
    if (read_tag_names(&r, err, errlen) < 0 || read_weights(tg, &r, err, errlen) < 0)
        return -1;
    add_number_words(tg);
    sum_history(tg);
    if (read_words(tg, &r, err, errlen) < 0)
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
    free(tg->features.slot);
    free(tg->dict.slot);
    free(tg->words.slot);
    free(tg->word);
    free(tg->sums);
    free(tg->tag_rows);
    free(tg->rows);
    free(tg->history);
    free(tg);
}
