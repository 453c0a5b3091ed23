/* coder.c — from a story to its events: the pipeline driver.
 *
 *   tokens → sentences → syntax → actors → patterns → events
 *
 * For each verb of a sentence: its code comes from the best matching
 * pattern or the verb's default; its source and target from the pattern's
 * $ and + slots, else from the clause (subject; object or prepositional
 * object; the "by" phrase of a passive).  Negated verbs code nothing.
 * Events are collected for the whole story and handed out at the end, so a
 * story discard anywhere in the story suppresses all of them. */
#include "events/events.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct dyad_coder {
    const dyad_dicts *d;
    dyad_limits lim;
    arena mem;              /* per story, reset after each */
    arena scratch;          /* per sentence */
    token_list toks;
    dyad_event *events;     /* the story's events, reused across stories */
    size_t cap_events;
    word_cache *words;      /* ids of words seen, kept across stories */
    int sentences, country_sentences, country_sentences_coded;
    int cut_sentences;      /* sentences cut at max_sentence_tokens */
};

dyad_coder *dyad_coder_new(const dyad_dicts *d, const dyad_limits *lim)
{
    dyad_coder *c = calloc(1, sizeof *c);
    word_cache *words = calloc(1, sizeof *words);
    if (!c || !words) {
        free(c);
        free(words);
        return NULL;
    }
    c->d = d;
    c->words = words;
    if (lim)
        c->lim = *lim;
    else
        dyad_limits_default(&c->lim);
    arena_init(&c->mem, 256 * 1024);
    c->toks.heap = 1;
    arena_init(&c->scratch, 64 * 1024);
    return c;
}

void dyad_coder_free(dyad_coder *c)
{
    if (!c)
        return;
    arena_free(&c->mem);
    arena_free(&c->scratch);
    free(c->toks.v);
    free(c->events);
    free(c->words);
    free(c);
}

int dyad_coder_sentences(const dyad_coder *c)
{
    return c->sentences;
}

int dyad_coder_country_sentences(const dyad_coder *c)
{
    return c->country_sentences;
}

int dyad_coder_country_sentences_coded(const dyad_coder *c)
{
    return c->country_sentences_coded;
}

int dyad_coder_cut_sentences(const dyad_coder *c)
{
    return c->cut_sentences;
}

static int32_t date_number(const char *iso)
{
    return atoi(iso) * 10000 + atoi(iso + 5) * 100 + atoi(iso + 8);
}

/* A story longer than this is tokenised and coded a piece at a time, so
 * that its tokens (40 bytes each, one per 5 or 6 bytes of text) take
 * memory in proportion to a piece, not to the story: a 5 MB story with no
 * full stop held 900,000 of them.  Wire stories are a few KB: one piece. */
#define PIECE_BYTES ((size_t)256 * 1024)

/* The end of the last blank in text(lo, hi] that follows one of `before`
 * (any character when NULL), or 0. */
static size_t last_blank_after(const char *text, size_t lo, size_t hi, const char *before)
{
    for (size_t i = hi; i > lo + 1; i--)
        if (isspace((unsigned char)text[i - 1]) && (!before || (text[i - 2] && strchr(before, text[i - 2]))))
            return i;
    return 0;
}

/* Where the piece that starts at `from` ends: after the last sentence end
 * of its second half (wrapped text has line breaks inside sentences),
 * else after its last blank, else at the first blank past it, so that no
 * word is split (a 2 MB token is one word). */
static size_t piece_end(const char *text, size_t len, size_t from)
{
    if (len - from <= PIECE_BYTES)
        return len;
    size_t cap = from + PIECE_BYTES, half = from + PIECE_BYTES / 2;
    size_t end = last_blank_after(text, half, cap, ".!?");
    if (!end)
        end = last_blank_after(text, half, cap, NULL);
    if (!end)
        for (end = cap; end < len && !isspace((unsigned char)text[end]);)
            end++;
    return end;
}

/* Tokenises text[from, to) into the coder's list, offsets from the story's start. */
static void tokenize_piece(dyad_coder *c, const char *text, size_t from, size_t to)
{
    tokenize(text + from, to - from, &c->mem, &c->toks);
    for (size_t k = 0; k < c->toks.n && from; k++) {
        c->toks.v[k].begin += (uint32_t)from;
        c->toks.v[k].end += (uint32_t)from;
    }
}

/* Sentences are found a batch at a time, each batch coded before the next
 * is found: a span for every token of a story with no full stop (5 MB of
 * text, 900,000 tokens) cost more memory than the tokens.  A batch ends on
 * a sentence boundary, so the split is the one of the whole story.  After
 * a discard the sentences are still counted, not coded.  Returns whether
 * the last sentence was cut at max_sentence_tokens. */
static int code_sentences(dyad_coder *c, story_ctx *ctx)
{
    sentence_span spans[256];
    size_t done = 0;
    int last_cut = 0;
    while (done < c->toks.n) {
        size_t ns = split_sentences(c->toks.v + done, c->toks.n - done, spans, sizeof spans / sizeof *spans,
                                    c->lim.max_sentence_tokens);
        for (size_t k = 0; k < ns; k++) {
            c->sentences++;
            c->cut_sentences += spans[k].cut;
            if (!ctx->story_discarded)
                code_sentence(ctx, c->toks.v, done + spans[k].first, done + spans[k].last, c->sentences);
        }
        done += spans[ns - 1].last;
        last_cut = spans[ns - 1].cut;
    }
    return last_cut;
}

/* Whether a piece that ends at `end` ends after a sentence end (the blank
 * after '.', '!' or '?' that piece_end looks for first). */
static int piece_ends_sentence(const char *text, size_t end)
{
    return end >= 2 && text[end - 2] && strchr(".!?", text[end - 2]);
}

long dyad_code_story(dyad_coder *c, const dyad_story *s, dyad_event_fn emit, void *user,
                     char *err, size_t errlen)
{
    arena_reset(&c->mem);
    c->sentences = c->country_sentences = c->country_sentences_coded = 0;
    c->cut_sentences = 0;
    if (!s->date || strlen(s->date) != 10 || s->date[4] != '-' || s->date[7] != '-') {
        snprintf(err, errlen, "story date \"%s\" is not YYYY-MM-DD", s->date ? s->date : "");
        return -1;
    }
    story_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.d = c->d;
    ctx.story = s;
    ctx.date = date_number(s->date);
    ctx.mem = &c->mem;
    ctx.scratch = &c->scratch;
    ctx.words = c->words;
    ctx.lim = &c->lim;
    ctx.events = c->events;
    ctx.cap_events = c->cap_events;
    ctx.debug = getenv("DYAD_DEBUG") != NULL;
    context_story(&ctx);
    for (size_t from = 0, to; from < s->text_len; from = to) {
        to = piece_end(s->text, s->text_len, from);
        tokenize_piece(c, s->text, from, to);
        ctx.tokens = c->toks.v;
        ctx.n_tokens = c->toks.n;
        /* A piece that ends inside a sentence cuts it in two, as
         * max_sentence_tokens does (unless that cut fell at the same place):
         * it is counted with those cuts. */
        if (!code_sentences(c, &ctx) && to < s->text_len && !piece_ends_sentence(s->text, to))
            c->cut_sentences++;
    }
    c->events = ctx.events;
    c->cap_events = ctx.cap_events;
    c->country_sentences = ctx.country_sentences;
    c->country_sentences_coded = ctx.country_sentences_coded;
    if (ctx.story_discarded)
        return 0;
    for (size_t k = 0; k < ctx.n_events; k++)
        emit(user, &ctx.events[k]);
    return (long)ctx.n_events;
}

const char *dyad_code_phrase(dyad_coder *c, const char *text, size_t len, const char *date, char *out,
                             size_t cap)
{
    arena_reset(&c->mem);
    token_list tl = {NULL, 0, 0, 0};
    tokenize(text, len, &c->mem, &tl);
    if (!tl.n || !date || strlen(date) < 10)
        return NULL;
    syntax_lookup_words(c->d, tl.v, (uint32_t)tl.n, c->words);
    parse p;
    syntax_parse(&p, c->d, text, tl.v, (uint32_t)tl.n, date_number(date), &c->mem);
    actors_find(&p, &c->mem);
    if (!p.n_groups)
        return NULL;
    snprintf(out, cap, "%s", p.groups[0].actors[0].code);
    return out;
}
