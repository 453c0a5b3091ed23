/* patterns.c — PETRARCH/TABARI verb patterns over dyad's shallow parse.
 *
 * A pattern is a sequence of elements around the verb ('*'): words, stems,
 * synsets, and the actor slots $ (source), + (target) and % (compound).
 * Elements after the verb are matched left to right in the rest of the
 * clause, elements before it right to left; other words may come between
 * unless '_' joins two elements.  Of all the patterns that match, the one
 * that matched the most elements wins (TABARI's "longest pattern first"),
 * and an earlier pattern wins a tie. */
#include "patterns/patterns.h"
#include "syntax/tagger.h"
#include <string.h>

/* How many words may separate two elements of a pattern after the verb:
 * enough for a noun phrase ("signed a sweeping trade agreement"), not so
 * many that a word far down the clause completes an unrelated pattern. */
#ifndef MAX_GAP
#define MAX_GAP 6
#endif

/* Results of synset_at forward of the verb, for all the patterns of one
 * verb: a verb such as SAY has hundreds, and they test the same synsets at
 * the same tokens over and over.  Direct-mapped; a clash overwrites. */
#define MEMO_SLOTS 512
typedef struct synset_memo {
    uint32_t hi;                /* the clause reach the results hold for */
    uint64_t key[MEMO_SLOTS];   /* (token << 32 | synset) + 1; 0: empty */
    uint32_t end[MEMO_SLOTS];
} synset_memo;

typedef struct cursor {
    const parse *p;
    synset_memo *memo;
    uint32_t lo, hi;            /* tokens available: [lo, hi) */
    int32_t source, target;
    int compound;
    int score;
    int negation;               /* an element matched a negation word */
    int modal;                  /* an element matched an auxiliary ("NOTED WOULD *") */
    uint32_t end;               /* past the last token matched after the verb */
    int strict;                 /* the pattern's strict_objects */
    uint32_t first;             /* where the first element after the verb matched */
    int32_t distant_subject;    /* the subject, when a nearer actor before the verb is not it, or -1 */
    uint32_t verb_first;        /* where the verb group begins */
} cursor;

int companion_with(const parse *p, uint32_t k)
{
    if (strcmp(p->t[k].up, "ALONGSIDE") == 0)
        return 1;
    if (k == 0 || strcmp(p->t[k].up, "WITH") != 0)
        return 0;
    if (strcmp(p->t[k - 1].up, "ALONG") == 0)
        return 1;
    /* "imposed the zone in the south together with London and Paris", but
     * "worked (hard) together with Pakistan" is with whom one works */
    return strcmp(p->t[k - 1].up, "TOGETHER") == 0 && k >= 2 && p->tags
        && !dyad_tag_is_verb(p->tags[k - 2]) && p->tags[k - 2] != TAG_RB;
}

static int word_matches(const parse *p, uint32_t i, const pattern_elem *e);

/* "... in response to the Russian threat", "according to Israel": the "to"
 * that ends a compound preposition is none of the pattern's "(TO +)",
 * unless the pattern spells the compound out ("(IN RESPONSE TO +)": the
 * word before it, `prev`, matched). */
static int compound_preposition_to(const parse *p, uint32_t i, const pattern_elem *prev)
{
    static const char *const heads[] = {"RESPONSE", "DUE", "ACCORDING", "THANKS", "PRIOR", "ADDITION", "REPLY",
        "OWING", "CONTRAST", "REGARD", "RELATION", "REFERENCE", NULL};
    return i > 0 && strcmp(p->t[i].up, "TO") == 0 && str_in(p->t[i - 1].up, heads)
           && !(prev && prev->kind == PE_WORD && word_matches(p, i - 1, prev));
}

/* "protested China's plans to dissolve the legislature": before a verb,
 * "to" marks an infinitive; a pattern's "(TO +)" wants the preposition of
 * "protested to X" (and not that of a compound preposition). */
static int preposition_wanted(const parse *p, uint32_t i, const pattern_elem *e, const pattern_elem *prev,
                              const pattern_elem *next)
{
    int group_next = next && (next->kind == PE_SOURCE || next->kind == PE_TARGET || next->kind == PE_COMPOUND);
    if (group_next && e->kind == PE_WORD && compound_preposition_to(p, i, prev))
        return 0;
    return !(group_next && p->tags && i + 1 < p->n && p->tags[i] == TAG_TO && p->tags[i + 1] == TAG_VB
             && e->kind == PE_WORD && strcmp(p->t[i].up, "TO") == 0);
}

static int word_matches(const parse *p, uint32_t i, const pattern_elem *e)
{
    const token *t = &p->t[i];
    /* ("(with +)" is not "along with X"; a pattern that spells "alongside"
     * out wants it) */
    if (e->kind == PE_WORD)
        return token_is_word(p->d, t, e->word) && (strcmp(t->up, "ALONGSIDE") == 0 || !companion_with(p, i));
    /* PE_PREFIX: the token begins with the stem.  The stems that begin a
     * token were found when it was looked up (syntax_lookup_words); only a
     * token with more than it keeps, or a very long one, needs comparing. */
    if (t->id == e->word)
        return 1;
    for (uint32_t k = 0; k < t->n_stem; k++)
        if (t->stem[k] == e->word)
            return 1;
    if (t->n_stem < 3 && t->len < 64)
        return 0;
    const char *stem = p->d->words[e->word];
    size_t n = p->d->word_len[e->word];
    return t->len >= n && memcmp(t->up, stem, n) == 0;
}

/* Matches synset member elements as consecutive tokens from i; returns the
 * index past the match or 0. */
static uint32_t member_at(const parse *p, uint32_t i, uint32_t hi, const pattern_elem *e, uint32_t n, int depth);

/* The farthest end of member k of synset s matched from token i (0: none). */
static uint32_t farther(const parse *p, uint32_t i, uint32_t hi, const synset *s, uint32_t k, int depth,
                        uint32_t best)
{
    uint32_t end = member_at(p, i, hi, &p->d->elems[s->members[k]], s->member_len[k], depth + 1);
    return end > best ? end : best;
}

/* The members of s listed in v[0..n) under word w, matched from token i. */
static uint32_t farthest_of(const parse *p, uint32_t i, uint32_t hi, const synset *s, const word_ref *v,
                            uint32_t n, uint32_t w, int depth, uint32_t best)
{
    uint32_t found;
    const word_ref *f = dict_word_range(v, n, w, &found);
    for (uint32_t k = 0; k < found; k++)
        best = farther(p, i, hi, s, f[k].ref, depth, best);
    return best;
}

/* The members of synset s beginning with a stem that token i may begin:
 * those word_matches can accept, its word or one of its stems, unless the
 * token is one that word_matches compares letter by letter. */
static uint32_t farthest_from_stems(const parse *p, uint32_t i, uint32_t hi, const synset *s, int depth,
                                    uint32_t best)
{
    const token *t = &p->t[i];
    if (t->n_stem >= 3 || t->len >= 64) {
        for (uint32_t k = 0; k < s->n_by_stem; k++)
            best = farther(p, i, hi, s, s->by_stem[k].ref, depth, best);
        return best;
    }
    if (t->id)
        best = farthest_of(p, i, hi, s, s->by_stem, s->n_by_stem, t->id, depth, best);
    for (uint32_t k = 0; k < t->n_stem; k++)
        best = farthest_of(p, i, hi, s, s->by_stem, s->n_by_stem, t->stem[k], depth, best);
    return best;
}

/* The farthest end of a member of synset syn matched from token i, or 0.
 * Which member ends it does not matter, so only the members the token can
 * begin are tried: those of an exact first word that is the token's word
 * or base form (token_is_word), those of a first stem it begins with, and
 * those that begin with a synset. */
static uint32_t synset_at(const parse *p, uint32_t i, uint32_t hi, uint32_t syn, int depth)
{
    if (depth > 8)
        return 0;                    /* circular references are refused at load; be safe */
    const synset *s = &p->d->synsets[syn];
    uint32_t best = 0;
    if (s->n_indexed != s->n) {      /* not indexed (dicts not built by dyad_dicts_load) */
        for (uint32_t k = 0; k < s->n; k++)
            best = farther(p, i, hi, s, k, depth, best);
        return best;
    }
    if (i >= hi)
        return 0;                    /* every member needs a token */
    for (uint32_t k = 0; k < s->n_others; k++)
        best = farther(p, i, hi, s, s->others[k], depth, best);
    uint32_t id = p->t[i].id;
    if (id) {
        best = farthest_of(p, i, hi, s, s->by_word, s->n_by_word, id, depth, best);
        uint32_t base = p->d->base_of[id];
        if (base && base != id)
            best = farthest_of(p, i, hi, s, s->by_word, s->n_by_word, base, depth, best);
    }
    return farthest_from_stems(p, i, hi, s, depth, best);
}

static uint32_t member_at(const parse *p, uint32_t i, uint32_t hi, const pattern_elem *e, uint32_t n, int depth)
{
    for (uint32_t k = 0; k < n; k++) {
        if (i >= hi)
            return 0;
        if (e[k].kind == PE_SYNSET) {
            uint32_t end = synset_at(p, i, hi, e[k].word, depth);
            if (!end)
                return 0;
            i = end;
        } else if (e[k].kind == PE_WORD || e[k].kind == PE_PREFIX) {
            if (!word_matches(p, i, &e[k]))
                return 0;
            i++;
        }
    }
    return i;
}

/* synset_at(c->p, i, c->hi, syn, 0), remembered. */
static uint32_t synset_forward(cursor *c, uint32_t i, uint32_t syn)
{
    if (c->hi != c->memo->hi)
        return synset_at(c->p, i, c->hi, syn, 0);
    uint64_t key = ((uint64_t)i << 32 | syn) + 1;
    uint32_t slot = (i * 31 + syn) % MEMO_SLOTS;
    if (c->memo->key[slot] != key) {
        c->memo->key[slot] = key;
        c->memo->end[slot] = synset_at(c->p, i, c->hi, syn, 0);
    }
    return c->memo->end[slot];
}

/* Group index starting at or after i (within [i, hi)); when `adjacent`,
 * only determiners may come first. */
static int32_t group_from(const parse *p, uint32_t i, uint32_t hi, int adjacent)
{
    for (uint32_t j = i; j < hi; j++) {
        if (p->group_at[j] >= 0)
            return p->group_at[j];
        if (p->group_of[j] >= 0 && j == i)
            return p->group_of[j];
        if (adjacent && p->t[j].tag != WC_DET)
            return -1;
    }
    return -1;
}

static void bind(cursor *c, int kind, int32_t g)
{
    if (kind == PE_SOURCE) c->source = g;
    else if (kind == PE_TARGET) c->target = g;
    else { c->source = c->target = g; c->compound = 1; }
}

/* '^' skips the noun phrase that comes next: an actor group ("IN ^ +":
 * past "in Osgiliath" to the target) or a run of articles, adjectives and
 * nouns ("THEIR ^ ABOUT +": past "populations"). */
static uint32_t skip_noun_phrase(const parse *p, uint32_t pos, uint32_t hi)
{
    uint32_t j = pos;
    while (j < hi && p->t[j].tag == WC_DET)
        j++;
    if (j < hi && p->t[j].tag == WC_OTHER && p->group_of[j] < 0) {
        while (j < hi && (p->t[j].tag == WC_OTHER || p->t[j].tag == WC_DET)
               && !(p->t[j].flags & TOK_PUNCT) && p->group_of[j] < 0)
            j++;
        return j;
    }
    int32_t g = group_from(p, pos, pos + MAX_GAP < hi ? pos + MAX_GAP : hi, 0);
    return g >= 0 ? p->groups[g].last : pos;
}

/* Whether pattern element e is a preposition ("WITH" of "(WITH +)"). */
static int preposition_elem(const parse *p, const pattern_elem *e)
{
    static const char *const preps[] = {"OF", "IN", "ON", "AT", "WITH", "BY", "FOR", "FROM", "TO", "INTO",
        "AGAINST", "OVER", "ABOUT", "BETWEEN", "AMONG", "UNDER", "THROUGH", "ACROSS", "NEAR", "TOWARD",
        "TOWARDS", "UPON", "ONTO", "WITHIN", "OUTSIDE", "INSIDE", "DURING", "AFTER", "BEFORE", NULL};
    return e->kind == PE_WORD && str_in(p->d->words[e->word], preps);
}

/* ("to vote Monday evening on a motion": a time is no object) */
static int time_noun(const token *t)
{
    static const char *const times[] = {"MORNING", "AFTERNOON", "EVENING", "NIGHT", "DAY", "DAYS", "WEEK",
        "WEEKS", "WEEKEND", "MONTH", "MONTHS", "YEAR", "YEARS", "TODAY", "TOMORROW", "YESTERDAY", NULL};
    return str_in(t->up, times);
}

/* A common noun (not an actor) followed by "on", "about", "over" or
 * "regarding" ends the object: what comes after is its topic, and no word of the pattern's
 * object lies there ("held an emergency meeting on the US military
 * operation" is a meeting, not an operation held), until "and" or a comma
 * opens another object ("demanding progress on political reforms and the
 * release of Suu Kyi"). */
static int topic_preposition(const parse *p, uint32_t j)
{
    static const char *const topic[] = {"ON", "ABOUT", "OVER", "REGARDING", NULL};
    return p->t[j].tag == WC_PREP && str_in(p->t[j].up, topic);
}

/* Whether token k is a common noun, not an actor's nor a time. */
static int common_noun(const parse *p, uint32_t k)
{
    return p->tags && (p->tags[k] == TAG_NN || p->tags[k] == TAG_NNS) && p->group_of[k] < 0 && !time_noun(&p->t[k]);
}

/* Matches elements e[0..n) forward from position `pos`. */
static int match_forward(cursor *c, const pattern_elem *e, uint32_t n, uint32_t pos)
{
    const parse *p = c->p;
    for (uint32_t k = 0; k < n; k++) {
        int adjacent = e[k].adjacent || (k == 0 && e[k].adjacent);
        if (e[k].kind == PE_SKIP) {
            pos = skip_noun_phrase(p, pos, c->hi);
            continue;
        }
        if (e[k].kind == PE_SOURCE || e[k].kind == PE_TARGET || e[k].kind == PE_COMPOUND) {
            int32_t g = group_from(p, pos, c->hi, adjacent);
            if (g < 0 || (e[k].kind == PE_COMPOUND && p->groups[g].n < 2)
                || syntax_in_parentheses(p, p->groups[g].first, p->groups[g].last))
                return 0;                 /* '%' is a compound: "with Fornost and Gondor" */
            /* In dyad's format "* +" is the object: a group behind a
             * preposition the pattern did not spell out ("received weapons
             * from X") is not it.  PETRARCH and TABARI allow it. */
            if (c->strict && p->groups[g].in_pp && p->groups[g].prep >= pos && !(k > 0 && e[k - 1].kind == PE_SKIP))
                return 0;
            /* ... nor is the object of another verb ("decide whether to
             * strike Iran"). */
            if (c->strict && syntax_verb_in(p, pos, p->groups[g].first))
                return 0;
            bind(c, e[k].kind, g);
            pos = p->groups[g].last;
            c->score += 1;
            continue;
        }
        uint32_t found = 0, j;
        /* a quotation mark joins as well as a space: called Bush "the devil" */
        while (adjacent && pos < c->hi && p->t[pos].up[0] == '"' && p->t[pos].tag == WC_PUNCT)
            pos++;
        uint32_t limit = pos + MAX_GAP + 1 < c->hi ? pos + MAX_GAP + 1 : c->hi;   /* MAX_GAP words between */
        int topic = 0, noun = 0;      /* a common noun in the object, up to `read` */
        uint32_t read = pos;
        int prep_elem = -1;           /* preposition_elem(p, &e[k]), when asked */
        for (j = pos; j < limit; j++) {
            uint32_t end = e[k].kind == PE_SYNSET ? synset_forward(c, j, e[k].word)
                         : (word_matches(p, j, &e[k]) ? j + 1 : 0);
            const pattern_elem *prev = k > 0 ? &e[k - 1] : NULL, *next = k + 1 < n ? &e[k + 1] : NULL;
            if (end && (topic || !preposition_wanted(p, j, &e[k], prev, next)))
                end = 0;
            if (end) {
                found = end;
                break;
            }
            if (adjacent)
                break;
            if (p->t[j].tag == WC_CONJ || (p->t[j].up[0] == ',' && p->t[j].up[1] == 0)) {
                topic = noun = 0;     /* another object begins */
                read = j + 1;
                continue;
            }
            if (topic || !topic_preposition(p, j))
                continue;
            for (; read < j && !noun; read++)   /* (each token read once) */
                noun = common_noun(p, read);
            if (noun && prep_elem < 0)
                prep_elem = preposition_elem(p, &e[k]);
            topic = noun && !prep_elem;
        }
        if (!found)
            return 0;
        if (c->first == UINT32_MAX)
            c->first = j;
        pos = found;
        c->score += 2;
    }
    c->end = pos;
    return 1;
}

/* "Israel and the Palestinian factions in Gaza began the ceasefire": group
 * g is one actor after a preposition that follows a compound at once, a
 * place of the compound's, which a compound subject's pattern ("% *")
 * passes. */
static int compound_then_place(const parse *p, int32_t g)
{
    const actor_group *place = &p->groups[g];
    if (place->n > 1 || !place->in_pp || place->prep == 0)
        return 0;
    uint32_t k = place->prep;        /* (past the head noun: "factions") */
    while (k > 0 && place->prep - k < 2 && p->group_of[k - 1] < 0 && p->tags && dyad_tag_is_noun(p->tags[k - 1]))
        k--;
    int32_t before = k > 0 ? p->group_of[k - 1] : -1;
    if (before < 0 || p->groups[before].n < 2 || p->groups[before].last != k)
        return 0;
    /* (a pair after "between" may be followed by a place too: "the meeting
     * between Putin and Trump in Alaska ended") */
    return !p->groups[before].in_pp || strcmp(p->t[p->groups[before].prep].up, "BETWEEN") == 0;
}

/* Matches elements e[0..n) backward, the last one ending before `pos`. */
static int match_backward(cursor *c, const pattern_elem *e, uint32_t n, uint32_t pos, int verb_joined)
{
    const parse *p = c->p;
    int adjacent_next = verb_joined;   /* e[k] must end right where the next began */
    for (uint32_t k = n; k-- > 0;) {
        if (e[k].kind == PE_SKIP) {
            adjacent_next = 0;
            continue;
        }
        uint32_t j = pos;
        int found = 0;
        /* "Israel struck Hamas leaders in Doha, drawing condemnation from
         * Qatar", "As soldiers fanned out ..., they encountered": the actor
         * right before the verb is not its subject (patterns_match). */
        if (c->distant_subject >= 0 && pos == c->verb_first
            && (e[k].kind == PE_SOURCE || e[k].kind == PE_TARGET
                || (e[k].kind == PE_COMPOUND && p->groups[c->distant_subject].n > 1))) {
            const actor_group *s = &p->groups[c->distant_subject];
            bind(c, e[k].kind, c->distant_subject);
            c->score += 1;
            pos = s->first < pos ? s->first : pos;
            adjacent_next = e[k].adjacent;
            continue;
        }
        while (j > c->lo) {
            j--;
            if (e[k].kind == PE_SOURCE || e[k].kind == PE_TARGET || e[k].kind == PE_COMPOUND) {
                int32_t g = p->group_of[j];
                /* ("Israel and the Palestinian factions in Gaza began the
                 * ceasefire": a place after a preposition is passed) */
                if (g >= 0 && e[k].kind == PE_COMPOUND && !adjacent_next && compound_then_place(p, g)) {
                    j = p->groups[g].prep;
                    continue;
                }
                if (g >= 0 && e[k].kind == PE_COMPOUND && p->groups[g].n < 2)
                    break;
                if (g >= 0) {
                    bind(c, e[k].kind, g);
                    j = p->groups[g].first;
                    found = 1;
                    c->score += 1;
                    break;
                }
            } else {
                uint32_t end = e[k].kind == PE_SYNSET ? synset_at(p, j, pos, e[k].word, 0)
                                                      : (word_matches(p, j, &e[k]) ? j + 1 : 0);
                /* Joined to what follows: a synset member of several words
                 * ("WO N'T") must end right there. */
                if (end && adjacent_next && e[k].kind == PE_SYNSET && end != pos)
                    end = 0;
                if (end) {
                    for (uint32_t q = j; q < end; q++) {
                        c->negation |= p->t[q].tag == WC_NEG || strcmp(p->t[q].up, "NEITHER") == 0;
                        c->modal |= p->t[q].tag == WC_AUX;
                    }
                    found = 1;
                    c->score += 2;
                    break;
                }
            }
            if (adjacent_next && p->t[j].tag != WC_DET && (e[k].kind != PE_SYNSET || pos - j >= 4))
                break;
        }
        if (!found)
            return 0;
        pos = j;
        adjacent_next = e[k].adjacent;
    }
    return 1;
}

/* Whether pattern element e matches words of [lo, end) that end at `end`,
 * within four words of it. */
static int object_ends_at(const cursor *c, const pattern_elem *e, uint32_t lo, uint32_t end)
{
    const parse *p = c->p;
    for (uint32_t j = end; j-- > lo && end - j <= 4;) {
        uint32_t found = e->kind == PE_SYNSET ? synset_at(p, j, end, e->word, 0)
                                              : (word_matches(p, j, e) ? j + 1 : 0);
        if (found == end)
            return 1;
    }
    return 0;
}

/* "The minister was ordered by a court to attend": a pattern's object
 * actor ("* +") is, in the passive, the subject before the verb group. */
static int passive_target(cursor *c, const verb_group *vg)
{
    const parse *p = c->p;
    if (vg->subject < 0 || p->groups[vg->subject].in_pp || p->groups[vg->subject].last > vg->first)
        return 0;
    bind(c, PE_TARGET, vg->subject);
    c->first = vg->verb_end;
    c->score += 1;
    return 1;
}

/* "A rebel was captured by Peruvian forces": in the passive what is acted on
 * is the subject, so a pattern's one object word ("* &PERSON") may be the
 * noun that ends right before the verb group, or the subject actor's head
 * noun when a participle phrase stands between ("The civilians imprisoned
 * for acting against Moscow were released by Putin"). */
static int passive_object(cursor *c, const verb_group *vg, const pattern_elem *e)
{
    const parse *p = c->p;
    if (e->kind == PE_TARGET)
        return passive_target(c, vg);
    if (e->kind != PE_WORD && e->kind != PE_PREFIX && e->kind != PE_SYNSET)
        return 0;
    /* ("Aid to Haiti was pledged by Japan": the noun before the one it is
     * aimed at) */
    int32_t aimed = syntax_aimed_subject(p, vg);
    uint32_t end = aimed >= 0 ? p->groups[aimed].prep : vg->first;
    int found = object_ends_at(c, e, c->lo, end);
    if (!found && aimed < 0 && vg->subject >= 0) {
        const actor_group *subject = &p->groups[vg->subject];
        found = !subject->in_pp && subject->last < vg->first && object_ends_at(c, e, subject->first, subject->last);
    }
    if (!found)
        return 0;
    c->first = vg->verb_end;
    c->score += 2;
    return 1;
}

/* "Evidence against Russia was presented by the US": in the passive the
 * words a pattern wants after the verb ("* EVIDENCE (AGAINST +)") may make
 * up the subject, ending right before the verb group. */
static int passive_subject(cursor *c, const cursor *start, const verb_group *vg, const pattern_elem *e, uint32_t n)
{
    if (n < 2 || (e[0].kind != PE_WORD && e[0].kind != PE_PREFIX && e[0].kind != PE_SYNSET))
        return 0;
    /* from the cursor as it was before the match after the verb failed */
    for (uint32_t j = vg->first; j-- > c->lo && vg->first - j <= 2 * MAX_GAP;) {
        cursor at = *start;
        at.hi = vg->first;
        if (match_forward(&at, e, n, j) && at.first == j && at.end == vg->first) {
            *c = at;
            c->hi = start->hi;
            c->first = c->end = vg->verb_end;
            return 1;
        }
    }
    return 0;
}

/* A phrase that opens vg's clause ahead of its subject and a comma ("During
 * a meeting with Museveni, Hu said ..."), as [*open, *comma), when the
 * pattern's words after the verb ("* (DURING &CONSULTN) (WITH +)") begin
 * with the preposition that opens it and name a noun before any actor slot:
 * the phrase is then matched as if it followed the verb.  A bare "(IN +)"
 * would take "In Kabul, the envoy met Karzai" for a visit. */
static int fronted_phrase(const parse *p, const verb_group *vg, const pattern_elem *e, uint32_t n,
                          uint32_t *open, uint32_t *comma)
{
    if (n < 3 || e[0].kind != PE_WORD || (e[1].kind != PE_WORD && e[1].kind != PE_SYNSET)
        || !p->tags || vg->subject < 0)
        return 0;
    /* the clause may begin after the word, taken for a subordinator ("After") */
    uint32_t o = vg->left;
    if (p->tags[o] != TAG_IN && o > 0 && p->tags[o - 1] == TAG_IN
        && (o == 1 || p->t[o - 2].flags & TOK_PUNCT))
        o--;
    if (p->tags[o] != TAG_IN || !word_matches(p, o, &e[0]))
        return 0;
    uint32_t subject = p->groups[vg->subject].first;
    if (subject >= vg->verb)
        return 0;
    /* the subject's article is its own ("During a phone call with Siniora,
     * the king said") */
    if (subject > 0 && p->tags[subject - 1] == TAG_DT)
        subject--;
    if (subject < o + 3 || strcmp(p->t[subject - 1].up, ",") != 0)
        return 0;
    for (uint32_t j = o + 1; j + 1 < subject; j++)
        if (p->t[j].flags & TOK_PUNCT || dyad_tag_is_verb(p->tags[j]))
            return 0;                 /* one phrase, no clause of its own */
    *open = o;
    *comma = subject - 1;
    return 1;
}

/* Matches the pattern's words after the verb in a phrase fronted before the
 * subject (fronted_phrase), from the cursor as it was before any match was
 * tried.  Such a match loses a tie to one after the verb. */
static int match_fronted(cursor *c, const cursor *start, const verb_group *vg,
                         const pattern_elem *e, uint32_t n)
{
    uint32_t open, comma;
    if (!fronted_phrase(c->p, vg, e, n, &open, &comma))
        return 0;
    cursor at = *start;
    at.hi = comma;
    if (!match_forward(&at, e, n, open))
        return 0;
    *c = at;
    c->hi = start->hi;
    c->first = UINT32_MAX - 1;
    c->end = vg->verb_end;            /* nothing matched after the verb */
    return 1;
}

static int try_pattern(const parse *p, const verb_group *vg, const pattern *pt, cursor *c,
                       synset_memo *memo, int32_t distant_subject)
{
    const pattern_elem *e = &p->d->elems[pt->first_elem];
    uint32_t v = 0;
    while (v < pt->n_elem && e[v].kind != PE_VERB)
        v++;
    if (v == pt->n_elem)
        return 0;
    c->p = p;
    c->memo = memo;
    c->lo = vg->left;
    c->hi = vg->reach;
    c->source = c->target = -1;
    c->compound = 0;
    c->score = 0;
    c->negation = 0;
    c->modal = 0;
    c->end = vg->verb_end;
    c->strict = pt->strict_objects;
    c->first = UINT32_MAX;
    c->verb_first = vg->first;
    c->distant_subject = distant_subject;
    const cursor start = *c;
    uint32_t after = pt->n_elem - v - 1;
    uint32_t objects = vg->objects_from > vg->verb_end ? vg->objects_from : vg->verb_end;
    /* (words joined to the verb, "*_+", follow it: the passive's subject
     * does not) */
    int from_subject = vg->passive && v == 0 && after > 0 && !e[v + 1].adjacent;
    if (!match_forward(c, e + v + 1, after, objects)
        && !(from_subject && after == 1 && passive_object(c, vg, &e[v + 1]))
        && !(from_subject && passive_subject(c, &start, vg, &e[v + 1], after))
        && !match_fronted(c, &start, vg, e + v + 1, after))
        return 0;
    /* Before the verb: the auxiliary chain is part of the verb group, so
     * start below it unless the pattern joins a word to the verb ("IN_*"). */
    return match_backward(c, e, v, vg->verb, e[v].adjacent);
}

/* The words of a verb's clause, as bits: a pattern that needs a word the
 * clause lacks is passed over without being tried (most of a verb's
 * patterns name some word or other). */
typedef struct word_filter {
    uint64_t bits[16];
    int stems_unsure;     /* a token word_matches compares letter by letter:
                             its stems are not all in the bits */
} word_filter;

static uint32_t filter_bit(uint32_t w)
{
    return (w * 0x9E3779B1u) >> 22;        /* 10 bits */
}

static void filter_add(word_filter *f, uint32_t w)
{
    uint32_t b = filter_bit(w);
    f->bits[b / 64] |= (uint64_t)1 << (b % 64);
}

static int filter_has(const word_filter *f, uint32_t w)
{
    uint32_t b = filter_bit(w);
    return f->bits[b / 64] >> (b % 64) & 1;
}

static void filter_add_tokens(const parse *p, uint32_t from, uint32_t to, word_filter *f)
{
    for (uint32_t j = from; j < to; j++) {
        const token *t = &p->t[j];
        filter_add(f, t->id);
        filter_add(f, p->d->base_of[t->id]);
        for (uint32_t k = 0; k < t->n_stem; k++)
            filter_add(f, t->stem[k]);
        f->stems_unsure |= t->n_stem >= 3 || t->len >= 64;
    }
}

/* Every token a pattern of vg may match lies in [vg->left, vg->reach), or
 * is the word before that opens a fronted phrase (fronted_phrase), or, in
 * the passive, is the subject actor's (passive_object); word_matches
 * accepts a token's word or its base form, and for a stem ("ATTACK*") one
 * the token begins with. */
static void filter_clause(const parse *p, const verb_group *vg, word_filter *f)
{
    memset(f, 0, sizeof *f);
    filter_add_tokens(p, vg->left > 0 ? vg->left - 1 : 0, vg->reach, f);
    if (vg->passive && vg->subject >= 0)
        filter_add_tokens(p, p->groups[vg->subject].first, p->groups[vg->subject].last, f);
}

static int words_present(const parse *p, const pattern *pt, const word_filter *f)
{
    const pattern_elem *e = &p->d->elems[pt->first_elem];
    for (uint32_t k = 0; k < pt->n_elem; k++)
        if ((e[k].kind == PE_WORD || (e[k].kind == PE_PREFIX && !f->stems_unsure)) && !filter_has(f, e[k].word))
            return 0;
    return 1;
}

int patterns_match(const parse *p, const verb_group *vg, pattern_match *m)
{
    if (vg->block == NONE)
        return 0;
    const verb_block *vb = &p->d->verbs[vg->block];
    int best_score = -1;
    uint32_t best_first = UINT32_MAX;
    synset_memo memo;
    memo.hi = vg->reach;
    memset(memo.key, 0, sizeof memo.key);
    word_filter words;
    filter_clause(p, vg, &words);
    /* The subject fills the slot right before the verb when an actor nearer
     * than it is not the verb's: a participle after a comma ("Israel struck
     * Hamas leaders in Doha, drawing ..."), or a pronoun that stands for it
     * ("As Israeli soldiers fanned out through ..., they encountered"); so
     * it does when the verb is a gerund whose clause opens right after the
     * verb governing it ("Israel and Hamas began exchanging prisoners"). */
    int32_t distant_subject = -1;
    int gerund = !vg->finite && !vg->infinitive && vg->first == vg->verb;
    if (vg->subject >= 0 && vg->first > 0
        && ((gerund && strcmp(p->t[vg->first - 1].up, ",") == 0)
            || (gerund && p->tags && dyad_tag_is_verb(p->tags[vg->first - 1]) && p->groups[vg->subject].last <= vg->left)
            || (syntax_bare_pronoun_before(p, vg) && p->groups[vg->subject].last < vg->first)))
        distant_subject = vg->subject;
    for (uint32_t k = 0; k < vb->n_pats; k++) {
        cursor c;
        const pattern *pt = &p->d->pats[vb->pats[k]];
        if (!words_present(p, pt, &words) || !try_pattern(p, vg, pt, &c, &memo, distant_subject)
            || c.score < best_score)
            continue;
        /* Of two patterns matching as much, the one whose words start
         * nearer the verb ("expressed appreciation for China's assistance"
         * is appreciation, not assistance); else the earlier one. */
        if (c.score == best_score && c.first >= best_first)
            continue;
        best_score = c.score;
        best_first = c.first;
        m->pattern = vb->pats[k];
        m->source = c.source;
        m->target = c.target;
        m->compound = c.compound;
        m->negation = c.negation;
        m->modal = c.modal;
        m->end = c.end;
    }
    return best_score >= 0;
}
