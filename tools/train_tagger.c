/* train_tagger — trains dyad's part-of-speech tagger (src/syntax/tagger.c).
 *
 *   train_tagger [-i ITER] [-p PRUNE] [-s SEED] [-w MIN_COUNT] -o MODEL TRAIN.conllu
 *
 * A greedy averaged perceptron (Collins 2002): each token is tagged with
 * the current weights, the tags chosen so far feed the next token's
 * features, and a wrong guess moves weight from the guess to the gold tag.
 * The model keeps the average of every weight over all steps, which
 * generalises far better than the last one.  Sentences are shuffled each
 * iteration with a fixed seed, so a run is reproducible.  Weights whose
 * average is under PRUNE are dropped and the rest stored as 16-bit
 * integers (format in docs/syntax.md).  Words seen MIN_COUNT times or more
 * (default 5) are listed, for the tagger to sum their features in advance. */
#include "tagger_corpus.h"
#include "util/hash.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* One (feature, tag) weight with what averaging needs: the running sum of
 * the weight over all steps, brought up to date lazily at `stamp`. */
typedef struct pweight {
    uint8_t tag;
    float w;
    double total;
    uint32_t stamp;
} pweight;

typedef struct pfeature {
    uint64_t key;
    pweight *v;
    uint8_t n, cap;
} pfeature;

typedef struct perceptron {
    u64map index;           /* key → feature */
    pfeature *f;
    size_t n, cap;
    uint32_t now;           /* tokens seen: the averaging clock */
} perceptron;

/* Unambiguous frequent words: tagged without scoring. */
typedef struct tagdict {
    u64map index;
    uint32_t (*count)[N_TAGS];
    uint64_t *key;
    size_t n, cap;
} tagdict;

/* Spellings seen in training with their counts: the frequent ones are
 * listed in the model, which sums their feature groups at load time. */
typedef struct wordlist {
    u64map index;           /* word hash → entry */
    const char **spelling;  /* NUL-terminated, owned by the corpus */
    uint32_t *count;
    tagger_word *desc;      /* the word's features (those of its spelling) */
    uint64_t *usual_shape;  /* its most frequent shape so far */
    uint32_t *usual_count;
    size_t n, cap;
    u64map shapes;          /* (word, shape) → its count */
} wordlist;

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p) {
        fprintf(stderr, "train_tagger: out of memory\n");
        exit(1);
    }
    return p;
}

/* ---------------------------------------------------------------- weights */

static pfeature *feature_get(perceptron *pc, uint64_t key, int create)
{
    uint32_t i = u64map_get(&pc->index, key);
    if (i != UINT32_MAX)
        return &pc->f[i];
    if (!create)
        return NULL;
    if (pc->n == pc->cap) {
        pc->cap = pc->cap ? pc->cap * 2 : 1 << 16;
        pc->f = xrealloc(pc->f, pc->cap * sizeof *pc->f);
    }
    u64map_put(&pc->index, key, (uint32_t)pc->n);
    pc->f[pc->n] = (pfeature){key, NULL, 0, 0};
    return &pc->f[pc->n++];
}

static void nudge(perceptron *pc, pfeature *f, uint8_t tag, float delta)
{
    pweight *w = NULL;
    for (uint8_t k = 0; k < f->n; k++)
        if (f->v[k].tag == tag)
            w = &f->v[k];
    if (!w) {
        if (f->n == f->cap) {
            f->cap = f->cap ? (uint8_t)(f->cap * 2 > N_TAGS ? N_TAGS : f->cap * 2) : 2;
            f->v = xrealloc(f->v, f->cap * sizeof *f->v);
        }
        w = &f->v[f->n++];
        *w = (pweight){tag, 0, 0, pc->now};
    }
    w->total += (double)(pc->now - w->stamp) * w->w;
    w->stamp = pc->now;
    w->w += delta;
}

static uint8_t guess(const perceptron *pc, const uint64_t *keys, size_t nk)
{
    float score[N_TAGS] = {0};
    for (size_t k = 0; k < nk; k++) {
        uint32_t i = u64map_get(&pc->index, keys[k]);
        if (i == UINT32_MAX)
            continue;
        const pfeature *f = &pc->f[i];
        for (uint8_t j = 0; j < f->n; j++)
            score[f->v[j].tag] += f->v[j].w;
    }
    uint8_t best = 0;
    for (uint8_t c = 1; c < N_TAGS; c++)
        if (score[c] > score[best])
            best = c;
    return best;
}

static void update(perceptron *pc, const uint64_t *keys, size_t nk, uint8_t gold, uint8_t guessed)
{
    for (size_t k = 0; k < nk; k++) {
        pfeature *f = feature_get(pc, keys[k], 1);
        nudge(pc, f, gold, 1);
        nudge(pc, f, guessed, -1);
    }
}

/* ---------------------------------------------------------------- tag dictionary */

static void tagdict_count(tagdict *td, uint64_t key, uint8_t tag)
{
    uint32_t i = u64map_get(&td->index, key);
    if (i == UINT32_MAX) {
        if (td->n == td->cap) {
            td->cap = td->cap ? td->cap * 2 : 1 << 14;
            td->count = xrealloc(td->count, td->cap * sizeof *td->count);
            td->key = xrealloc(td->key, td->cap * sizeof *td->key);
        }
        i = (uint32_t)td->n++;
        memset(td->count[i], 0, sizeof td->count[i]);
        td->key[i] = key;
        u64map_put(&td->index, key, i);
    }
    td->count[i][tag]++;
}

/* The word's tag when it is frequent (20+) and 97% one tag, else NO_GOLD. */
static uint8_t tagdict_tag(const tagdict *td, uint32_t i)
{
    uint32_t total = 0, best = 0;
    for (int c = 0; c < N_TAGS; c++) {
        total += td->count[i][c];
        if (td->count[i][c] > td->count[i][best])
            best = (uint32_t)c;
    }
    return total >= 20 && td->count[i][best] >= 0.97 * total ? (uint8_t)best : NO_GOLD;
}

static uint8_t tagdict_lookup(const tagdict *td, uint64_t key)
{
    uint32_t i = u64map_get(&td->index, key);
    return i == UINT32_MAX ? NO_GOLD : tagdict_tag(td, i);
}

static uint32_t wordlist_add(wordlist *wl, uint64_t key, const char *spelling, const tagger_word *w)
{
    if (wl->n == wl->cap) {
        wl->cap = wl->cap ? wl->cap * 2 : 1 << 14;
        wl->spelling = xrealloc(wl->spelling, wl->cap * sizeof *wl->spelling);
        wl->count = xrealloc(wl->count, wl->cap * sizeof *wl->count);
        wl->usual_shape = xrealloc(wl->usual_shape, wl->cap * sizeof *wl->usual_shape);
        wl->desc = xrealloc(wl->desc, wl->cap * sizeof *wl->desc);
        wl->usual_count = xrealloc(wl->usual_count, wl->cap * sizeof *wl->usual_count);
    }
    uint32_t i = (uint32_t)wl->n++;
    wl->spelling[i] = spelling;
    wl->desc[i] = *w;
    wl->count[i] = wl->usual_count[i] = 0;
    wl->usual_shape[i] = 0;
    u64map_put(&wl->index, key, i);
    return i;
}

/* Counts a token of the word, and of the word in its shape. */
static void wordlist_count(wordlist *wl, const tagger_word *w, const char *spelling)
{
    uint64_t key = w->word ? w->word : 1;   /* u64map keys are never 0 */
    uint32_t i = u64map_get(&wl->index, key);
    if (i == UINT32_MAX)
        i = wordlist_add(wl, key, spelling, w);
    wl->count[i]++;
    uint64_t pair = (w->word ^ (w->shape * 0x9e3779b97f4a7c15ULL)) | 1;
    uint32_t c = u64map_get(&wl->shapes, pair);
    c = c == UINT32_MAX ? 1 : c + 1;
    u64map_put(&wl->shapes, pair, c);
    if (c > wl->usual_count[i]) {
        wl->usual_count[i] = c;
        wl->usual_shape[i] = w->shape;
    }
}

static void tagdict_build(tagdict *td, wordlist *wl, const tc_corpus *c)
{
    for (size_t s = 0; s < c->n; s++) {
        const tc_sentence *st = &c->s[s];
        if (!st->n)
            continue;
        tagger_window win;
        tagger_window_init(&win, st->text, st->tok, st->n);
        for (size_t i = 0; i < st->n; i++, tagger_window_next(&win)) {
            size_t len;
            const char *spelling = tagger_spelling(&st->tok[i], &len);
            wordlist_count(wl, &win.w[2], spelling);
            if (st->gold[i] != NO_GOLD)
                tagdict_count(td, tagger_dict_key(&win), st->gold[i]);
        }
    }
}

/* ---------------------------------------------------------------- training */

/* Tags one sentence with the current weights, learning from each mistake.
 * Returns the number of correct tags (of tokens with a gold tag). */
static size_t train_sentence(perceptron *pc, const tagdict *td, const tc_sentence *st, uint8_t *tags,
                             size_t *counted)
{
    size_t correct = 0;
    tagger_window win;
    tagger_window_init(&win, st->text, st->tok, st->n);
    for (size_t i = 0; i < st->n; i++, tagger_window_next(&win)) {
        uint8_t g = st->gold[i];
        uint8_t t = tagdict_lookup(td, tagger_dict_key(&win));
        if (t == NO_GOLD) {
            uint64_t keys[TAGGER_MAX_FEATURES];
            size_t nk = tagger_features(&win, tags, keys);
            t = guess(pc, keys, nk);
            if (g != NO_GOLD && g != t)
                update(pc, keys, nk, g, t);
            pc->now++;
        }
        tags[i] = t;
        correct += g == t;
        *counted += g != NO_GOLD;
    }
    return correct;
}

/* xorshift64*: a fixed seed gives the same shuffles and the same model. */
static uint64_t next_random(uint64_t *state)
{
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * 0x2545f4914f6cdd1dULL;
}

static void shuffle(size_t *order, size_t n, uint64_t *state)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = next_random(state) % i, tmp = order[i - 1];
        order[i - 1] = order[j];
        order[j] = tmp;
    }
}

static void train(perceptron *pc, const tagdict *td, const tc_corpus *c, int iters, uint64_t seed)
{
    size_t *order = xrealloc(NULL, c->n * sizeof *order);
    uint8_t *tags = xrealloc(NULL, 4096);
    for (size_t i = 0; i < c->n; i++)
        order[i] = i;
    for (int it = 1; it <= iters; it++) {
        shuffle(order, c->n, &seed);
        size_t correct = 0, counted = 0;
        for (size_t i = 0; i < c->n; i++) {
            const tc_sentence *st = &c->s[order[i]];
            if (st->n > 4096)
                continue;
            correct += train_sentence(pc, td, st, tags, &counted);
        }
        fprintf(stderr, "iteration %d: %.2f%% of %zu training tokens right, %zu features\n", it,
                100.0 * (double)correct / (double)counted, counted, pc->n);
    }
    free(order);
    free(tags);
}

/* ---------------------------------------------------------------- model file */

static double average(const perceptron *pc, const pweight *w)
{
    return (w->total + (double)(pc->now - w->stamp) * w->w) / (double)pc->now;
}

static void put_le(FILE *fp, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        fputc((int)((v >> (8 * i)) & 0xff), fp);
}

typedef struct out_key {
    uint64_t key;
    uint32_t feature;       /* index into pc->f, or UINT32_MAX for a tag-dictionary word */
    uint8_t dict_tag;
} out_key;

static int key_cmp(const void *a, const void *b)
{
    uint64_t x = ((const out_key *)a)->key, y = ((const out_key *)b)->key;
    return x < y ? -1 : x > y;
}

/* Keeps the averaged weights of |w| >= prune; returns the count kept and
 * the largest |w|.  Pruned pairs get tag NO_GOLD. */
static size_t prune_weights(perceptron *pc, double prune, double *max_abs)
{
    size_t kept = 0;
    *max_abs = 0;
    for (size_t i = 0; i < pc->n; i++)
        for (uint8_t k = 0; k < pc->f[i].n; k++) {
            pweight *w = &pc->f[i].v[k];
            double a = average(pc, w);
            w->total = a;
            if (fabs(a) < prune) {
                w->tag = NO_GOLD;
                continue;
            }
            kept++;
            if (fabs(a) > *max_abs)
                *max_abs = fabs(a);
        }
    return kept;
}

static uint8_t kept_pairs(const pfeature *f)
{
    uint8_t n = 0;
    for (uint8_t k = 0; k < f->n; k++)
        n += f->v[k].tag != NO_GOLD;
    return n;
}

/* Features with a weight left, and tag-dictionary words, sorted by key so
 * that the same training gives the same file. */
static out_key *collect_keys(const perceptron *pc, const tagdict *td, size_t *n_out)
{
    out_key *k = xrealloc(NULL, (pc->n + td->n + 1) * sizeof *k);
    size_t n = 0;
    for (size_t i = 0; i < pc->n; i++)
        if (kept_pairs(&pc->f[i]))
            k[n++] = (out_key){pc->f[i].key, (uint32_t)i, 255};
    for (size_t i = 0; i < td->n; i++) {
        uint8_t t = tagdict_tag(td, (uint32_t)i);
        if (t != NO_GOLD)
            k[n++] = (out_key){td->key[i], UINT32_MAX, t};
    }
    qsort(k, n, sizeof *k, key_cmp);
    *n_out = n;
    return k;
}

static const wordlist *sorting;     /* for qsort's comparison */

static int spelling_cmp(const void *a, const void *b)
{
    return strcmp(sorting->spelling[*(const uint32_t *)a], sorting->spelling[*(const uint32_t *)b]);
}

/* The previous tags after which the word's tag feature `which` (3: with
 * the word, 4: with its suffix; see tagger_tag_features) has weights. */
static uint64_t tag_feature_mask(const perceptron *pc, const tagger_word *w, int which)
{
    uint64_t mask = 0;
    for (unsigned t1 = 0; t1 <= TAGGER_START1; t1++) {
        uint64_t keys[TAGGER_TAG_FEATURES];
        tagger_tag_features(w, t1, TAGGER_START2, keys);
        uint32_t f = u64map_get(&pc->index, keys[which]);
        if (f != UINT32_MAX && kept_pairs(&pc->f[f]))
            mask |= UINT64_C(1) << t1;
    }
    return mask;
}

/* The words seen at least `min_count` times, in byte order, each with the
 * hash of its usual shape and the masks of its tag features. */
static void write_words(FILE *fp, const perceptron *pc, const wordlist *wl, uint32_t min_count)
{
    uint32_t *list = xrealloc(NULL, (wl->n + 1) * sizeof *list);
    size_t n = 0;
    for (size_t i = 0; i < wl->n; i++)
        if (wl->count[i] >= min_count)
            list[n++] = (uint32_t)i;
    sorting = wl;
    qsort(list, n, sizeof *list, spelling_cmp);
    put_le(fp, n, 4);
    for (size_t i = 0; i < n; i++) {
        fwrite(wl->spelling[list[i]], 1, strlen(wl->spelling[list[i]]) + 1, fp);
        put_le(fp, wl->usual_shape[list[i]], 8);
        put_le(fp, tag_feature_mask(pc, &wl->desc[list[i]], 3), 8);
        put_le(fp, tag_feature_mask(pc, &wl->desc[list[i]], 4), 8);
    }
    fprintf(stderr, "words listed: %zu (seen %u+ times)\n", n, min_count);
    free(list);
}

static int write_model(const char *path, perceptron *pc, const tagdict *td, const wordlist *wl,
                       double prune, uint32_t min_count)
{
    double max_abs;
    size_t n_pairs = prune_weights(pc, prune, &max_abs);
    double scale = max_abs > 0 ? TAGGER_MAX_WEIGHT / max_abs : 1;
    size_t n_keys;
    out_key *keys = collect_keys(pc, td, &n_keys);
    FILE *fp = fopen(path, "wb");
    if (!fp) {
        free(keys);
        return -1;
    }
    fwrite("DYADTAG2", 1, 8, fp);
    put_le(fp, N_TAGS, 4);
    for (int t = 0; t < N_TAGS; t++)
        fwrite(dyad_tag_name((uint8_t)t), 1, strlen(dyad_tag_name((uint8_t)t)) + 1, fp);
    put_le(fp, n_keys, 4);
    put_le(fp, n_pairs, 4);
    for (size_t i = 0; i < n_keys; i++) {
        put_le(fp, keys[i].key, 8);
        put_le(fp, keys[i].feature == UINT32_MAX ? 0 : kept_pairs(&pc->f[keys[i].feature]), 1);
        put_le(fp, keys[i].dict_tag, 1);
    }
    for (size_t i = 0; i < n_keys; i++) {
        const pfeature *f = keys[i].feature == UINT32_MAX ? NULL : &pc->f[keys[i].feature];
        for (uint8_t k = 0; f && k < f->n; k++)
            if (f->v[k].tag != NO_GOLD) {
                put_le(fp, f->v[k].tag, 1);
                put_le(fp, (uint16_t)(int16_t)lrint(f->v[k].total * scale), 2);
            }
    }
    write_words(fp, pc, wl, min_count);
    fwrite("END!", 1, 4, fp);
    free(keys);
    fprintf(stderr, "model: %zu keys, %zu weights (pruned under %g), scale %.1f\n", n_keys, n_pairs,
            prune, scale);
    return fclose(fp) == 0 ? 0 : -1;
}

static void perceptron_free(perceptron *pc, tagdict *td, wordlist *wl)
{
    free(wl->spelling);
    free(wl->count);
    free(wl->usual_shape);
    free(wl->desc);
    free(wl->usual_count);
    u64map_free(&wl->index);
    u64map_free(&wl->shapes);
    for (size_t i = 0; i < pc->n; i++)
        free(pc->f[i].v);
    free(pc->f);
    u64map_free(&pc->index);
    free(td->count);
    free(td->key);
    u64map_free(&td->index);
}

static int usage(void)
{
    fprintf(stderr, "usage: train_tagger [-i ITER] [-p PRUNE] [-s SEED] [-w MIN_COUNT] -o MODEL TRAIN.conllu...\n");
    return 2;
}

int main(int argc, char **argv)
{
    int iters = 8, opt;
    uint32_t min_count = 5;
    double prune = 1.0;
    uint64_t seed = 20250101;
    const char *out = NULL;
    while ((opt = getopt(argc, argv, "i:p:s:w:o:")) != -1) {
        if (opt == 'i') iters = atoi(optarg);
        else if (opt == 'w') min_count = (uint32_t)atoi(optarg);
        else if (opt == 'p') prune = atof(optarg);
        else if (opt == 's') seed = strtoull(optarg, NULL, 10);
        else if (opt == 'o') out = optarg;
        else return usage();
    }
    if (!out || optind >= argc || iters < 1 || seed == 0)
        return usage();
    tc_corpus c;
    tc_init(&c);
    for (int a = optind; a < argc; a++)
        if (tc_read_conllu(&c, argv[a]) < 0) {
            fprintf(stderr, "train_tagger: %s: cannot read\n", argv[a]);
            return 1;
        }
    fprintf(stderr, "%zu sentences (%zu skipped: text and tokens disagree), %zu merged tokens\n",
            c.n, c.skipped, c.merged);
    perceptron pc;
    tagdict td;
    wordlist wl;
    memset(&pc, 0, sizeof pc);
    memset(&td, 0, sizeof td);
    memset(&wl, 0, sizeof wl);
    u64map_init(&pc.index);
    u64map_init(&td.index);
    u64map_init(&wl.index);
    u64map_init(&wl.shapes);
    tagdict_build(&td, &wl, &c);
    train(&pc, &td, &c, iters, seed);
    int rc = write_model(out, &pc, &td, &wl, prune, min_count);
    if (rc < 0)
        fprintf(stderr, "train_tagger: %s: cannot write\n", out);
    perceptron_free(&pc, &td, &wl);
    tc_free(&c);
    return rc < 0;
}
