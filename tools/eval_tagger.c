/* eval_tagger — measures dyad's tagger against gold tags, and its speed.
 *
 *   eval_tagger conllu MODEL FILE.conllu...   token accuracy on UD EWT
 *   eval_tagger ptb MODEL FILE.xml...         accuracy on PETRARCH records with
 *                                             Penn Treebank parses, and noun-vs-verb
 *                                             on dictionary verbs: tagger and the
 *                                             rule-based shallow parse side by side
 *   eval_tagger bench MODEL FILE.conllu       load time and tokens per second
 *
 * Accuracy is over dyad's tokens (see tagger_corpus.h): what the coder sees. */
#include "tagger_corpus.h"
#include "dyad.h"
#include "syntax/syntax.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int read_corpus(tc_corpus *c, const char *path, int ptb)
{
    if ((ptb ? tc_read_ptb_xml(c, path) : tc_read_conllu(c, path)) < 0) {
        fprintf(stderr, "eval_tagger: %s: cannot read\n", path);
        return -1;
    }
    return 0;
}

static dyad_tagger *load_model(const char *path)
{
    char err[256];
    dyad_tagger *tg = dyad_tagger_load(path, err, sizeof err);
    if (!tg)
        fprintf(stderr, "eval_tagger: %s\n", err);
    return tg;
}

static void show_errors(const tc_sentence *st, const uint8_t *tags)
{
    for (size_t i = 0; i < st->n; i++)
        if (st->gold[i] != NO_GOLD && tags[i] != st->gold[i])
            fprintf(stderr, "  %.*s/%s (gold %s)\n", (int)(st->tok[i].end - st->tok[i].begin),
                    st->text + st->tok[i].begin, dyad_tag_name(tags[i]), dyad_tag_name(st->gold[i]));
}

/* Correct / counted tags of a corpus; EVAL_VERBOSE lists the errors. */
static void accuracy(const dyad_tagger *tg, const tc_corpus *c, size_t *correct, size_t *counted)
{
    uint8_t tags[4096];
    *correct = *counted = 0;
    for (size_t s = 0; s < c->n; s++) {
        const tc_sentence *st = &c->s[s];
        if (st->n > sizeof tags)
            continue;
        dyad_tagger_tag(tg, st->text, st->tok, st->n, tags);
        for (size_t i = 0; i < st->n; i++)
            if (st->gold[i] != NO_GOLD) {
                (*counted)++;
                *correct += tags[i] == st->gold[i];
            }
        if (getenv("EVAL_VERBOSE"))
            show_errors(st, tags);
    }
}

static int eval_conllu(const dyad_tagger *tg, int argc, char **argv)
{
    for (int a = 0; a < argc; a++) {
        tc_corpus c;
        tc_init(&c);
        if (read_corpus(&c, argv[a], 0) < 0)
            return 1;
        size_t correct, counted;
        accuracy(tg, &c, &correct, &counted);
        printf("%s: %zu sentences (%zu skipped), %zu tokens, accuracy %.2f%%\n", argv[a], c.n,
               c.skipped, counted, 100.0 * (double)correct / (double)counted);
        tc_free(&c);
    }
    return 0;
}

/* ---------------------------------------------------------------- news */

/* Noun-or-verb decisions on tokens that begin a dictionary verb phrase. */
typedef struct nv_count {
    size_t words, tagger_right, rules_right;
    size_t tagger_false_verb, rules_false_verb;     /* said verb, gold is not */
} nv_count;

static void noun_verb(const dyad_dicts *d, const tc_sentence *st, const uint8_t *tags, arena *mem,
                      nv_count *nv)
{
    syntax_lookup_words(d, st->tok, (uint32_t)st->n, NULL);
    parse p;
    syntax_parse(&p, d, st->text, st->tok, (uint32_t)st->n, 20080101, mem);
    for (uint32_t i = 0; i < st->n; i++) {
        uint32_t end;
        uint8_t g = st->gold[i];
        if (g == NO_GOLD || dict_match(d, st->tok, (uint32_t)st->n, i, WANT_VERB, &end) == NONE)
            continue;
        int rules_verb = 0;
        for (uint32_t v = 0; v < p.n_verbs; v++)
            rules_verb |= p.verbs[v].verb == i;
        int gold_verb = dyad_tag_is_verb(g);
        nv->words++;
        nv->rules_right += rules_verb == gold_verb;
        nv->tagger_right += dyad_tag_is_verb(tags[i]) == gold_verb;
        nv->rules_false_verb += rules_verb && !gold_verb;
        nv->tagger_false_verb += dyad_tag_is_verb(tags[i]) && !gold_verb;
    }
}

static int eval_ptb(const dyad_tagger *tg, int argc, char **argv)
{
    char err[256];
    dyad_dicts *d = dyad_dicts_load_default(err, sizeof err);
    if (!d) {
        fprintf(stderr, "eval_tagger: %s\n", err);
        return 1;
    }
    int verbose = getenv("EVAL_VERBOSE") != NULL;
    arena mem;
    arena_init(&mem, 1 << 16);
    for (int a = 0; a < argc; a++) {
        tc_corpus c;
        tc_init(&c);
        if (read_corpus(&c, argv[a], 1) < 0)
            return 1;
        size_t correct = 0, counted = 0;
        nv_count nv = {0, 0, 0, 0, 0};
        uint8_t tags[4096];
        for (size_t s = 0; s < c.n; s++) {
            const tc_sentence *st = &c.s[s];
            if (st->n > sizeof tags)
                continue;
            dyad_tagger_tag(tg, st->text, st->tok, st->n, tags);
            for (size_t i = 0; i < st->n; i++)
                if (st->gold[i] != NO_GOLD) {
                    counted++;
                    correct += tags[i] == st->gold[i];
                }
            noun_verb(d, st, tags, &mem, &nv);
            arena_reset(&mem);
            if (verbose)
                show_errors(st, tags);
        }
        printf("%s: %zu sentences (%zu skipped), %zu tokens, accuracy %.2f%%\n", argv[a], c.n,
               c.skipped, counted, 100.0 * (double)correct / (double)counted);
        printf("  noun or verb, on %zu dictionary-verb words: tagger %.1f%% (%zu errors, %zu of them false"
               " verbs), rules %.1f%% (%zu errors, %zu false verbs)\n", nv.words,
               100.0 * (double)nv.tagger_right / (double)nv.words, nv.words - nv.tagger_right,
               nv.tagger_false_verb, 100.0 * (double)nv.rules_right / (double)nv.words,
               nv.words - nv.rules_right, nv.rules_false_verb);
        tc_free(&c);
    }
    arena_free(&mem);
    dyad_dicts_free(d);
    return 0;
}

/* ---------------------------------------------------------------- speed */

/* The rule-based shallow parse over the same sentences, for comparison:
 * dictionary look-up of each word and the parse (verb groups, clauses). */
static void bench_rules(const tc_corpus *c)
{
    char err[256];
    dyad_dicts *d = dyad_dicts_load_default(err, sizeof err);
    if (!d) {
        fprintf(stderr, "eval_tagger: %s (no rule-based timing)\n", err);
        return;
    }
    arena mem;
    arena_init(&mem, 1 << 16);
    size_t tokens = 0, verbs = 0;
    double t0 = now_seconds(), elapsed = 0;
    while (elapsed < 2.0) {
        for (size_t s = 0; s < c->n; s++) {
            parse p;
            syntax_lookup_words(d, c->s[s].tok, (uint32_t)c->s[s].n, NULL);
            syntax_parse(&p, d, c->s[s].text, c->s[s].tok, (uint32_t)c->s[s].n, 20080101, &mem);
            arena_reset(&mem);
            tokens += c->s[s].n;
            verbs += p.n_verbs;
        }
        elapsed = now_seconds() - t0;
    }
    printf("rule-based look-up and shallow parse: %.2f million tokens/s (%zu verbs)\n",
           (double)tokens / elapsed / 1e6, verbs);
    arena_free(&mem);
    dyad_dicts_free(d);
}

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Tokens tagged per second of CPU time over half a second: on a shared
 * machine the best of a few such rounds is the least disturbed. */
static double tagging_rate(const dyad_tagger *tg, const tc_corpus *c, unsigned *sink)
{
    uint8_t tags[4096];
    size_t tokens = 0;
    double t0 = cpu_seconds(), elapsed = 0;
    while (elapsed < 0.5) {
        for (size_t s = 0; s < c->n; s++) {
            if (c->s[s].n > sizeof tags)
                continue;
            dyad_tagger_tag(tg, c->s[s].text, c->s[s].tok, c->s[s].n, tags);
            tokens += c->s[s].n;
            *sink += tags[0];
        }
        elapsed = cpu_seconds() - t0;
    }
    return (double)tokens / elapsed;
}

static int bench(const char *model, const char *corpus)
{
    const int loads = 20;
    double t0 = now_seconds();
    for (int k = 0; k < loads; k++) {
        dyad_tagger *tg = load_model(model);
        if (!tg)
            return 1;
        dyad_tagger_free(tg);
    }
    printf("load: %.1f ms\n", (now_seconds() - t0) * 1000 / loads);
    dyad_tagger *tg = load_model(model);
    tc_corpus c;
    tc_init(&c);
    if (read_corpus(&c, corpus, 0) < 0)
        return 1;
    double best = 0;
    unsigned sink = 0;
    for (int round = 0; round < 5; round++) {
        double rate = tagging_rate(tg, &c, &sink);
        best = rate > best ? rate : best;
    }
    printf("tagging: %.2f million tokens/s (best of 5 rounds of CPU time, checksum %u)\n", best / 1e6,
           sink);
    bench_rules(&c);
    tc_free(&c);
    dyad_tagger_free(tg);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: eval_tagger conllu|ptb|bench MODEL FILE...\n");
        return 2;
    }
    if (strcmp(argv[1], "bench") == 0)
        return bench(argv[2], argv[3]);
    dyad_tagger *tg = load_model(argv[2]);
    if (!tg)
        return 1;
    int rc = strcmp(argv[1], "ptb") == 0 ? eval_ptb(tg, argc - 3, argv + 3)
                                          : eval_conllu(tg, argc - 3, argv + 3);
    dyad_tagger_free(tg);
    return rc;
}
