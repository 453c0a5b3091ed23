/* sentence.c — coding one sentence: roles, codes, and the event records. */
#include "events/events.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Locative prepositions name where, not whom: "talks in Moscow". */
static int locative(const token *t)
{
    static const char *const words[] = {"IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "ACROSS",
                                        "AROUND", "DURING", "THROUGHOUT", "WITHIN", "BY", "ON",
                                        "AS", "LIKE", "INCLUDING", "AMONG", "AMID", "DESPITE",
                                        "OVER", "ABOUT", "SINCE", "OF", NULL};
    for (int i = 0; words[i]; i++)
        if (strcmp(t->up, words[i]) == 0)
            return 1;
    return 0;
}

/* The subject: the nearest group before the verb group in its clause that
 * is not the object of a preposition. */
static int32_t find_subject(const parse *p, const verb_group *vg)
{
    for (int32_t g = (int32_t)p->n_groups - 1; g >= 0; g--) {
        const actor_group *ag = &p->groups[g];
        if (ag->last > vg->first || ag->first < vg->left)
            continue;
        if (!ag->in_pp)
            return g;
    }
    return -1;
}

/* Antecedent of a relative pronoun at token r: the group just before it. */
static int32_t antecedent(const parse *p, uint32_t r)
{
    for (int32_t g = (int32_t)p->n_groups - 1; g >= 0; g--)
        if (p->groups[g].last <= r && r - p->groups[g].last <= 2)
            return g;
    return -1;
}

static int32_t find_object(const parse *p, const verb_group *vg, int passive_agent)
{
    int32_t pp = -1;
    for (uint32_t g = 0; g < p->n_groups; g++) {
        const actor_group *ag = &p->groups[g];
        if (ag->first < vg->verb_end || ag->first >= vg->right)
            continue;
        if (passive_agent) {
            if (ag->in_pp && strcmp(p->t[ag->prep].up, "BY") == 0)
                return (int32_t)g;
            continue;
        }
        if (!ag->in_pp)
            return (int32_t)g;
        if (pp < 0 && !locative(&p->t[ag->prep]))
            pp = (int32_t)g;
    }
    return passive_agent ? -1 : pp;
}

static void resolve_subjects(parse *p)
{
    for (uint32_t v = 0; v < p->n_verbs; v++) {
        verb_group *vg = &p->verbs[v];
        vg->subject = find_subject(p, vg);
        if (vg->subject >= 0)
            continue;
        const token *before = vg->left > 0 ? &p->t[vg->left - 1] : NULL;
        if (before && (strcmp(before->up, "WHICH") == 0 || strcmp(before->up, "WHO") == 0
                       || strcmp(before->up, "THAT") == 0))
            vg->subject = antecedent(p, vg->left - 1);
        /* "agreed to meet", "met and signed", "..., saying": the subject of
         * the governing verb; a pronoun subject ("Russia said it would")
         * refers to the subject of the verb before. */
        const char *pr = vg->first > 0 && p->t[vg->first - 1].tag == WC_PRON ? p->t[vg->first - 1].up : "";
        int pronoun = !strcmp(pr, "IT") || !strcmp(pr, "HE") || !strcmp(pr, "SHE") || !strcmp(pr, "THEY");
        if (pr[0] && !pronoun)
            continue;                 /* "I would ask": a speaker we cannot name */
        if (vg->subject < 0 && v > 0 && (vg->infinitive || vg->conjoined || !vg->finite || pronoun))
            vg->subject = p->verbs[v - 1].subject;
    }
}

static char *span_text(story_ctx *ctx, const token *t, uint32_t first, uint32_t last)
{
    if (last <= first)
        return arena_strdup(ctx->mem, "");
    uint32_t b = t[first].begin, e = t[last - 1].end;
    return arena_strndup(ctx->mem, ctx->story->text + b, e - b);
}

typedef struct sentence_ctx {
    story_ctx *ctx;
    parse *p;
    const char *text;
    int no;
} sentence_ctx;

static void push_event(story_ctx *ctx, const dyad_event *ev)
{
    for (size_t k = 0; k < ctx->n_events; k++) {
        const dyad_event *o = &ctx->events[k];
        if (o->sentence == ev->sentence && strcmp(o->cameo, ev->cameo) == 0
            && strcmp(o->source.code, ev->source.code) == 0 && strcmp(o->target.code, ev->target.code) == 0)
            return;                               /* same event twice in a sentence */
    }
    if (ctx->n_events == ctx->cap_events) {
        size_t cap = ctx->cap_events ? ctx->cap_events * 2 : 16;
        dyad_event *v = arena_alloc(ctx->mem, cap * sizeof *v);
        if (ctx->n_events)
            memcpy(v, ctx->events, ctx->n_events * sizeof *v);
        ctx->events = v;
        ctx->cap_events = cap;
    }
    ctx->events[ctx->n_events++] = *ev;
}

static void fill_actor(sentence_ctx *sc, dyad_actor *a, const actor_ref *r)
{
    snprintf(a->code, sizeof a->code, "%s", r->code);
    actor_code_parts(r->code, a->country, a->sector);
    a->text = span_text(sc->ctx, sc->p->t, r->first, r->last);
}

static void emit_one(sentence_ctx *sc, const verb_group *vg, const char *code, const char *pattern_text,
                     const actor_ref *src, const actor_ref *tgt)
{
    if (strcmp(src->code, tgt->code) == 0)
        return;
    dyad_event ev;
    memset(&ev, 0, sizeof ev);
    ev.story = sc->ctx->story;
    ev.sentence = sc->no;
    ev.sentence_text = sc->text;
    snprintf(ev.date, sizeof ev.date, "%s", sc->ctx->story->date);
    fill_actor(sc, &ev.source, src);
    fill_actor(sc, &ev.target, tgt);
    ev.has_target = 1;
    snprintf(ev.cameo, sizeof ev.cameo, "%s", code);
    const dyad_cameo_info *info = dyad_cameo_lookup(sc->ctx->d, code);
    if (info) {
        ev.root = info->root;
        ev.quad_class = info->quad_class;
        ev.goldstein = info->goldstein;
        ev.plover = info->plover;
    }
    ev.verb_text = span_text(sc->ctx, sc->p->t, vg->verb, vg->verb_end);
    ev.pattern = pattern_text;
    push_event(sc->ctx, &ev);
}

/* Codes between every member of the source and every member of the target
 * (compounds); a compound source with no target codes among its members. */
static void emit_events(sentence_ctx *sc, const verb_group *vg, const char *code, const char *code2,
                        const char *pattern_text, const actor_group *src, const actor_group *tgt)
{
    if (!tgt) {
        for (int i = 0; i < src->n; i++)
            for (int j = 0; j < src->n; j++)
                if (i != j)
                    emit_one(sc, vg, code, pattern_text, &src->actors[i], &src->actors[j]);
        return;
    }
    for (int i = 0; i < src->n; i++)
        for (int j = 0; j < tgt->n; j++) {
            emit_one(sc, vg, code, pattern_text, &src->actors[i], &tgt->actors[j]);
            if (code2[0] && strcmp(code2, "---") != 0)
                emit_one(sc, vg, code2, pattern_text, &tgt->actors[j], &src->actors[i]);
        }
}

static int null_code(const char *code)
{
    return !code[0] || strcmp(code, "---") == 0;
}

static void code_verb(sentence_ctx *sc, const verb_group *vg)
{
    const parse *p = sc->p;
    const dyad_dicts *d = p->d;
    if (vg->block == NONE || vg->negated)
        return;
    pattern_match m = {NONE, -1, -1, 0};
    int matched = patterns_match(p, vg, &m);
    const verb_block *vb = &d->verbs[vg->block];
    const char *code = matched ? d->pats[m.pattern].code : vb->code;
    const char *code2 = matched ? d->pats[m.pattern].code2 : vb->code2;
    if (getenv("DYAD_DEBUG"))
        fprintf(stderr, "  code %s: matched %d pattern %s src %d tgt %d\n", p->t[vg->verb].up, matched,
                matched ? d->pats[m.pattern].text : "-", m.source, m.target);
    if (null_code(code))
        return;
    int32_t src = m.source, tgt = m.target;
    if (src < 0 && !m.compound)
        src = vg->passive ? find_object(p, vg, 1) : vg->subject;
    if (tgt < 0 && !m.compound)
        tgt = vg->passive ? vg->subject : find_object(p, vg, 0);
    if (src < 0 || src == tgt)
        return;
    const actor_group *sg = &p->groups[src];
    const actor_group *tg = tgt >= 0 ? &p->groups[tgt] : NULL;
    if (!tg && sg->n < 2)
        return;
    const char *text = matched ? d->pats[m.pattern].text : vb->name;
    emit_events(sc, vg, code, code2, text, sg, tg);
}

/* DYAD_DEBUG=1: the parse on stderr, for dictionary and rule work. */
static void debug_parse(const parse *p)
{
    for (uint32_t g = 0; g < p->n_groups; g++) {
        const actor_group *ag = &p->groups[g];
        fprintf(stderr, "  group %u [%u,%u)%s%s:", g, ag->first, ag->last, ag->in_pp ? " pp:" : "",
                ag->in_pp ? p->t[ag->prep].up : "");
        for (int k = 0; k < ag->n; k++)
            fprintf(stderr, " %s", ag->actors[k].code);
        fputc('\n', stderr);
    }
    for (uint32_t v = 0; v < p->n_verbs; v++) {
        const verb_group *vg = &p->verbs[v];
        fprintf(stderr, "  verb %s [%u] clause [%u,%u) subj %d%s%s%s%s block %s\n", p->t[vg->verb].up,
                vg->verb, vg->left, vg->right, vg->subject, vg->passive ? " passive" : "",
                vg->negated ? " negated" : "", vg->infinitive ? " inf" : "", vg->finite ? "" : " nonfinite",
                vg->block == NONE ? "-" : p->d->verbs[vg->block].name);
    }
}

void code_sentence(story_ctx *ctx, token *t, size_t first, size_t last, int no)
{
    uint32_t n = (uint32_t)(last - first);
    token *st = t + first;
    syntax_lookup_words(ctx->d, st, n);
    parse p;
    syntax_parse(&p, ctx->d, st, n, ctx->date, ctx->mem);
    actors_find(&p, ctx->mem);
    if (p.discard == 2) {
        ctx->story_discarded = 1;
        return;
    }
    if (p.discard || n == 0)
        return;
    resolve_subjects(&p);
    if (ctx->debug)
        debug_parse(&p);
    sentence_ctx sc = {ctx, &p, NULL, no};
    sc.text = span_text(ctx, st, 0, n);
    for (uint32_t v = 0; v < p.n_verbs; v++)
        code_verb(&sc, &p.verbs[v]);
}
