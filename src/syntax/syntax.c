/* syntax.c — verb groups and clause spans of one sentence.
 *
 * Verbs are the dictionary's verb phrases found in the text, minus the ones
 * that are nouns here ("the attack", "a meeting"), plus the reporting verbs
 * of the lexicon, which matter as clause boundaries.  Each verb gets its
 * auxiliary chain (voice, negation, modality, "to"), and a clause span:
 * the stretch of the sentence where its subject and objects may be found. */
#include "syntax/syntax.h"
#include "syntax/tagger.h"
#include "util/text.h"
#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* The id and stems of token tk, whose prefixes hash to prefix_hash[1..len]. */
static void look_up_word(const dyad_dicts *d, token *tk, const uint64_t *prefix_hash)
{
    uint32_t id = strmap_get_hashed(&d->vocab, tk->up, tk->len, hash_finish(prefix_hash[tk->len]));
    tk->id = id == UINT32_MAX ? 0 : id;
    for (uint32_t k = tk->len - 1; k > 0 && k >= d->stem_min_len && tk->n_stem < 3; k--) {
        if (!(d->stem_lengths >> k & 1))
            continue;             /* no stem that long: no probe */
        uint64_t hash = hash_finish(prefix_hash[k]);
        if (!dict_may_be_stem(d, hash))
            continue;
        uint32_t s = strmap_get_hashed(&d->vocab, tk->up, k, hash);
        if (s != UINT32_MAX && d->is_stem[s])
            tk->stem[tk->n_stem++] = s;
    }
}

/* The id and stems of token tk, from its cache slot when it holds the word. */
static void look_up_cached(const dyad_dicts *d, token *tk, const uint64_t *prefix_hash, word_cache *cache)
{
    word_cache_slot *c = &cache->slot[hash_finish(prefix_hash[tk->len]) % WORD_CACHE_SLOTS];
    if (c->len == tk->len && memcmp(c->up, tk->up, tk->len) == 0) {
        tk->id = c->id;
        tk->n_stem = c->n_stem;
        memcpy(tk->stem, c->stem, sizeof c->stem);
        return;
    }
    look_up_word(d, tk, prefix_hash);
    memcpy(c->up, tk->up, tk->len);
    c->len = (uint8_t)tk->len;
    c->id = tk->id;
    c->n_stem = tk->n_stem;
    memcpy(c->stem, tk->stem, sizeof c->stem);
}

void syntax_lookup_words(const dyad_dicts *d, token *t, uint32_t n, word_cache *cache)
{
    uint64_t prefix_hash[64];
    for (uint32_t i = 0; i < n; i++) {
        token *tk = &t[i];
        tk->n_stem = 0;
        if (tk->len >= 64 || tk->len == 0) {
            tk->tag = (uint8_t)word_class_of(tk);
            tk->id = dict_word_find(d, tk->up, tk->len);
            continue;
        }
        /* Every prefix hashed in one pass: the word itself (for its class
         * too) and each dictionary stem that begins it. */
        uint64_t h = HASH_SEED;
        for (uint32_t k = 0; k < tk->len; k++)
            prefix_hash[k + 1] = h = hash_step(h, (unsigned char)tk->up[k]);
        tk->tag = (uint8_t)word_class_hashed(tk, hash_finish(prefix_hash[tk->len]));
        if (cache && tk->len <= WORD_CACHE_LEN)
            look_up_cached(d, tk, prefix_hash, cache);
        else
            look_up_word(d, tk, prefix_hash);
    }
}

int syntax_is_be(const token *t)
{
    static const char *const be[] = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM",
                                     "GET", "GOT", "GETS", "GOTTEN", NULL};
    for (int i = 0; be[i]; i++)
        if (strcmp(t->up, be[i]) == 0)
            return 1;
    return 0;
}

static int is_modal(const token *t)
{
    static const char *const future[] = {"WILL", "WOULD", "SHALL", "WO", "'LL", NULL};
    static const char *const maybe[] = {"SHOULD", "CAN", "CA", "COULD", "MAY", "MIGHT", "MUST", NULL};
    for (int i = 0; future[i]; i++)
        if (strcmp(t->up, future[i]) == 0)
            return MODAL_FUTURE;
    for (int i = 0; maybe[i]; i++)
        if (strcmp(t->up, maybe[i]) == 0)
            return MODAL_MAYBE;
    return MODAL_NONE;
}

int token_ends_with(const token *t, const char *s)
{
    size_t n = strlen(s);
    return t->len >= n && memcmp(t->up + t->len - n, s, n) == 0;
}

/* A past participle by its form; irregular participles that do not end in
 * -ED/-EN/-N are listed (those that news uses in the passive). */
static int looks_participle(const token *t)
{
    static const char *const irregular[] = {"SHOT", "HIT", "HELD", "MET", "LEFT", "CAUGHT",
        "BROUGHT", "FOUGHT", "SOUGHT", "TOLD", "SAID", "SENT", "BUILT", "PUT", "SET", "CUT",
        "HURT", "STRUCK", "WON", "LOST", "FOUND", "BOUGHT", "KEPT", "LED", "FLED", "FED",
        "READ", "MADE", "PAID", "LAID", "HUNG", "BURNT", "SHUT", "SPLIT", "SPREAD", "BOUND",
        "HEARD", "TAUGHT", "THOUGHT", "SOLD", "DEALT", "MEANT", "STUCK", "SWEPT", "WOUND",
        "SLAIN", "TORN", "SWORN", "WORN", "BEGUN", "RUN", "OVERRUN", "DUG", "FLUNG", "STUNG", "SPUN", "SUNK",
        "BURST", "CAST", "LIT", "SPENT", "LENT", "BENT", "FELT", "SHED", "THRUST", "UPSET", "UPHELD",
        "WITHHELD", "REBUILT", "UNDERCUT", NULL};
    if (token_ends_with(t, "ED") || token_ends_with(t, "EN") || token_ends_with(t, "WN") || token_ends_with(t, "NE"))
        return 1;
    for (int i = 0; irregular[i]; i++)
        if (strcmp(t->up, irregular[i]) == 0)
            return 1;
    return 0;
}

static int plain_form(const token *v)
{
    return !token_ends_with(v, "S") && !token_ends_with(v, "ED") && !token_ends_with(v, "ING") && !token_ends_with(v, "EN");
}

/* A verb form inside a noun phrase: after a number ("two artillery shells",
 * "an 800 million ducat trade protocol"), or a plain form after a
 * determiner and a singular noun ("the trade protocol" — with a singular
 * subject the verb would need its -s). */
static int noun_compound(const parse *p, uint32_t i)
{
    const token *t = p->t;
    uint32_t k = i, words = 0;
    while (k > 0 && words < 3) {
        const token *prev = &t[k - 1];
        if (prev->flags & TOK_NUM)
            return 1;
        if (prev->tag == WC_DET)
            return words > 0 && plain_form(&t[i]) && !token_ends_with(&t[i - 1], "S");
        if (prev->tag != WC_OTHER || (prev->flags & TOK_CAP))
            return 0;
        k--;
        words++;
    }
    return 0;
}

/* An auxiliary or modal that some dictionaries list as a verb ("HAVE",
 * "SHOULD") is no main verb when a verb follows it. */
static int auxiliary_here(const parse *p, uint32_t i)
{
    if (p->t[i].tag != WC_AUX)
        return 0;
    for (uint32_t k = i + 1; k < p->n && k < i + 4; k++) {
        const token *t = &p->t[k];
        if (t->tag == WC_AUX || t->tag == WC_NEG || t->tag == WC_ADV)
            continue;
        /* ("had talks with": a noun the tagger sees, though a verb's word) */
        if (p->tags && (p->tags[k] == TAG_NNS || p->tags[k] == TAG_NN))
            return 0;
        return t->tag == WC_OTHER && !(t->flags & TOK_CAP)
            && (token_ends_with(t, "ED") || token_ends_with(t, "EN") || token_ends_with(t, "ING") || t->id != 0);
    }
    return 0;
}

/* "met leading investors", "a leading Chinese businessman": "leading"
 * before a noun or an adjective ranks it, and leads nothing ("leading a
 * delegation", "leading the attack", "leading to").  So do participles of
 * force that say which side ("resisted the invading Ethiopian army",
 * "fought invading troops", "the government and occupying forces") after
 * an article, a conjunction, a preposition or a verb (after a noun they
 * tell what it does: "forces occupying Palestinian land"). */
static int common_noun_or_adjective(uint8_t tag)
{
    return tag == TAG_JJ || tag == TAG_JJS || tag == TAG_NN || tag == TAG_NNS;
}

static int side_participle(const parse *p, uint32_t i)
{
    static const char *const sides[] = {"INVADING", "OCCUPYING", "ATTACKING", "ADVANCING", "RETREATING", NULL};
    return i + 1 < p->n && p->tags && str_in(p->t[i].up, sides) && common_noun_or_adjective(p->tags[i + 1]);
}

/* "faces mounting protests", "amid growing tension": an -ing form of
 * growth before a noun is how much there is of it, unless an auxiliary, a
 * verb that takes an -ing form or "by" governs it ("are mounting attacks",
 * "began mounting raids", "by mounting protests"). */
static int growth_participle(const parse *p, uint32_t i)
{
    static const char *const growth[] = {"MOUNTING", "GROWING", "INCREASING", "RISING", "ESCALATING",
        "WORSENING", "DEEPENING", "INTENSIFYING", NULL};
    static const char *const governors[] = {"BEG", "START", "CONTINU", "KEEP", "KEPT", "STOP", "RESUM",
        "AVOID", "RISK", "CONSIDER", "FINISH", "HALT", "SUSPEND", NULL};
    if (!str_in(p->t[i].up, growth) || !common_noun_or_adjective(p->tags[i + 1]))
        return 0;
    const token *before = i > 0 ? &p->t[i - 1] : NULL;
    return !before || (before->tag != WC_AUX && strcmp(before->up, "BY") != 0 && !str_prefix_in(before->up, governors));
}

static int adjective_participle(const parse *p, uint32_t i)
{
    if (i + 1 >= p->n || !p->tags)
        return 0;
    if (growth_participle(p, i))
        return 1;
    uint8_t next = p->tags[i + 1];
    if (strcmp(p->t[i].up, "LEADING") == 0)
        return common_noun_or_adjective(next)
               || ((next == TAG_NNP || next == TAG_NNPS) && !(i + 2 < p->n && p->tags[i + 2] == TAG_POS));
    if (i == 0 || !side_participle(p, i) || p->t[i - 1].tag == WC_AUX)
        return 0;                     /* ("is occupying Palestinian land") */
    uint8_t prev = p->tags[i - 1];
    return prev == TAG_DT || prev == TAG_CC || prev == TAG_IN || (dyad_tag_is_verb(prev) && prev != TAG_VBG)
           || p->t[i - 1].tag == WC_DET;
}

/* Whether a dictionary verb at i is used as a noun or adjective here. */
static int verb_is_nominal(const parse *p, uint32_t i)
{
    const token *t = p->t;
    const token *v = &t[i];
    if (i > 0 && (v->flags & TOK_CAP) && !(v->flags & TOK_ALLCAP) && !(t[i - 1].flags & TOK_QUOTE)
        && t[i - 1].up[0] != ':')
        return 1;                               /* "To Restore": capitalised mid-sentence */
    if (i == 0)
        return 0;
    const token *prev = &t[i - 1];
    if (prev->tag == WC_DET || (prev->flags & TOK_NUM))
        return 1;                               /* "the attack", "its meeting", "two visits" */
    if (strcmp(prev->up, "TO") == 0 || prev->tag == WC_AUX || prev->tag == WC_NEG || prev->tag == WC_PRON)
        return 0;
    if (noun_compound(p, i))
        return 1;
    /* "held talks", "seeks visits": a plural right after a verb is its object. */
    if (token_ends_with(v, "S") && p->n_verbs && p->verbs[p->n_verbs - 1].verb_end == i)
        return 1;
    /* "-ing" and plain forms right after a name or another noun are nouns:
     * "the Moscow format meeting", "arms sales". */
    if (token_ends_with(v, "ING") && (prev->flags & TOK_CAP) && i + 1 < p->n && p->t[i + 1].tag == WC_AUX)
        return 1;
    if (i + 1 < p->n && strcmp(t[i + 1].up, "OF") == 0 && (token_ends_with(v, "ING") || token_ends_with(v, "S"))
        && prev->tag != WC_OTHER)
        return 1;                               /* "a meeting of", "talks of" */
    return 0;
}

static void add_verb(parse *p, arena *mem, uint32_t i, uint32_t end, uint32_t block)
{
    if (p->n_verbs == p->cap_verbs) {
        p->cap_verbs = p->cap_verbs ? p->cap_verbs * 2 : 16;
        verb_group *v = arena_alloc_unset(mem, p->cap_verbs * sizeof *v);
        if (p->n_verbs)
            memcpy(v, p->verbs, p->n_verbs * sizeof *v);
        p->verbs = v;
    }
    verb_group *vg = &p->verbs[p->n_verbs++];
    memset(vg, 0, sizeof *vg);
    vg->verb = i;
    vg->verb_end = end;
    vg->block = block;
    vg->subject = -1;
}

/* "King Abdullah II met": the number of a monarch or pope ends a name. */
int syntax_is_regnal_number(const token *t)
{
    if (!(t->flags & TOK_CAP) || t->len > 6)
        return 0;
    for (size_t k = 0; k < t->len; k++)
        if (!strchr("IVXL", t->up[k]))
            return 0;
    return 1;
}

/* Whether token i opens a noun phrase: what follows a verb is then its
 * object. */
static int starts_object(const parse *p, uint32_t i)
{
    static const char *const about[] = {"AT", "MORE", "UP", "NEARLY", "ALMOST", "ABOUT", "AROUND", "OVER",
                                        "SOME", "ROUGHLY", "APPROXIMATELY", NULL};
    if (i >= p->n)
        return 0;
    uint8_t tag = p->tags[i];
    if (tag == TAG_DT || tag == TAG_CD || tag == TAG_PRP_S || tag == TAG_PRP || tag == TAG_JJ
        || dyad_tag_is_noun(tag))
        return 1;
    /* "troops killed what the army described as gunmen": a free relative */
    if (tag == TAG_WP && strcmp(p->t[i].up, "WHAT") == 0)
        return 1;
    /* "arrested impeached President Yoon", "freed jailed journalists", "fired
     * warning shots": a participle before a noun is its adjective */
    if ((tag == TAG_VBN || tag == TAG_VBG) && i + 1 < p->n && dyad_tag_is_noun(p->tags[i + 1]))
        return 1;
    /* "killed at least 30 people", "more than 20": a number after a word
     * or two of quantity. */
    for (int a = 0; about[a]; a++)
        if (strcmp(p->t[i].up, about[a]) == 0)
            return (i + 1 < p->n && p->tags[i + 1] == TAG_CD) || (i + 2 < p->n && p->tags[i + 2] == TAG_CD);
    return 0;
}

/* Token k, or the one after it when k is the particle of a verb before it
 * ("shot down 50 drones", "shot dead two policemen"). */
static uint32_t past_particle(const parse *p, uint32_t k)
{
    static const char *const particles[] = {"DOWN", "DEAD", "UP", "OFF", "OUT", "BACK", NULL};
    return k + 1 < p->n && str_in(p->t[k].up, particles) ? k + 1 : k;
}

/* "10 Russian soldiers killed in Ukraine": a participle of harm right after
 * a plural noun, with no auxiliary, tells what happened to them. */
static int victim_participle(const parse *p, const verb_group *vg)
{
    static const char *const harm[] = {"KILLED", "WOUNDED", "INJURED", "ARRESTED", "DETAINED",
        "CAPTURED", "ABDUCTED", "KIDNAPPED", "EXECUTED", "HELD", "JAILED", "IMPRISONED", "EXPELLED",
        "DEPORTED", "SHOT", "BEATEN", "TORTURED", "MASSACRED", NULL};
    if (vg->first != vg->verb || vg->verb == 0)
        return 0;
    const token *prev = &p->t[vg->verb - 1];
    if (prev->tag != WC_OTHER || !token_ends_with(prev, "S") || (prev->flags & TOK_PUNCT))
        return 0;
    uint32_t after = vg->verb_end;
    if (after < p->n && syntax_is_day_name(&p->t[after]))
        after++;                    /* "nine Palestinians wounded Wednesday in ..." */
    after = past_particle(p, after);    /* "air defences shot down 50 drones", "gunmen shot dead two" */
    if (p->tags && starts_object(p, after))
        return 0;                   /* "Hezbollah attacks killed three civilians" */
    for (int i = 0; harm[i]; i++)
        if (strcmp(p->t[vg->verb].up, harm[i]) == 0)
            return 1;
    /* "deported Georgians accused of staying in Russia": what follows at
     * once is what they are accused of, so they are the accused */
    static const char *const charged[] = {"ACCUSED", "SUSPECTED", "CONVICTED", "CHARGED", NULL};
    return str_in(p->t[vg->verb].up, charged) && vg->verb_end < p->n
           && (strcmp(p->t[vg->verb_end].up, "OF") == 0 || strcmp(p->t[vg->verb_end].up, "WITH") == 0);
}

/* "not only tipped off the lawyer but also ...": the act is affirmed. */
static int not_only(const token *next)
{
    static const char *const only[] = {"ONLY", "MERELY", "JUST", "SIMPLY", NULL};
    return str_in(next->up, only);
}

static uint32_t verb_match(const parse *p, uint32_t i, uint32_t *end);

/* Whether token k, right after "to", is an infinitive.  The tagger's
 * word alone is not enough: it tags "open to cooperation" and "open to
 * talks" as infinitives; a plural or a noun's ending says otherwise. */
static int infinitive_at(const parse *p, uint32_t k)
{
    static const char *const noun_endings[] = {"TION", "SION", "MENT", "ITY", "ISM", "SHIP", NULL};
    if (p->t[k].tag == WC_ADV || p->tags[k] == TAG_RB)
        return 1;                     /* "ready to quickly sign" */
    if (p->tags[k] != TAG_VB || (token_ends_with(&p->t[k], "S") && !token_ends_with(&p->t[k], "SS")))
        return 0;
    uint32_t end;
    if (verb_match(p, k, &end) != NONE)
        return 1;                     /* "willing to implement" */
    for (const char *const *e = noun_endings; *e; e++)
        if (token_ends_with(&p->t[k], *e))
            return 0;
    return 1;
}

/* "China is firmly opposed to the arms sales": a subject "opposed to"
 * something is the one who opposes it, no one's object (the participle is
 * an adjective; "was opposed by" stays passive). */
static int opposed_to(const parse *p, uint32_t i)
{
    return strcmp(p->t[i].up, "OPPOSED") == 0 && i + 1 < p->n && strcmp(p->t[i + 1].up, "TO") == 0;
}

/* So is one "ready for talks with Kyiv" or "open to dialogue with the US"
 * ready for them: the adjective, which the dictionaries list as a verb of
 * stance, is the verb.  Before an infinitive it is not: "ready to
 * negotiate with Kyiv" is the infinitive's, with the subject of "be". */
static int ready_for(const parse *p, uint32_t i)
{
    static const char *const ready[] = {"READY", "WILLING", "OPEN", "EAGER", "KEEN", NULL};
    if (i + 1 >= p->n || !p->tags || p->tags[i] != TAG_JJ || !str_in(p->t[i].up, ready))
        return 0;
    const char *next = p->t[i + 1].up;
    if (strcmp(next, "FOR") == 0)
        return 1;
    return strcmp(next, "TO") == 0 && i + 2 < p->n && !infinitive_at(p, i + 2);
}

/* "The Japanese prime minister is due in Washington next week": one due
 * somewhere is to arrive there, and "due", which the dictionaries list with
 * the verbs of travel, is the verb ("due to arrive" keeps the infinitive's;
 * "due to the war" is a preposition). */
static int due_in(const parse *p, uint32_t i)
{
    return p->tags && p->tags[i] == TAG_JJ && strcmp(p->t[i].up, "DUE") == 0 && i + 1 < p->n
           && strcmp(p->t[i + 1].up, "IN") == 0;
}

/* Whether a form of "be" (or "remain") comes right before token i,
 * adverbs between. */
static int after_be(const parse *p, uint32_t i)
{
    static const char *const remain[] = {"REMAIN", "REMAINS", "REMAINED", NULL};
    uint32_t k = i;
    while (k > 0 && p->tags && p->tags[k - 1] == TAG_RB)
        k--;
    return k > 0 && (syntax_is_be(&p->t[k - 1]) || str_in(p->t[k - 1].up, remain));
}

/* "believed", "reported", "feared", ... between "were" and a participle. */
static int hearsay_participle(const parse *p, uint32_t k)
{
    static const char *const said[] = {"BELIEVED", "REPORTED", "REPORTEDLY", "FEARED", "THOUGHT", "PRESUMED",
        "SAID", "UNDERSTOOD", "CONFIRMED", "KNOWN", NULL};
    return k > 0 && str_in(p->t[k].up, said) && p->t[k - 1].tag == WC_AUX && syntax_is_be(&p->t[k - 1]);
}

/* Token k comes right after an auxiliary or "not", or after an opening
 * quote that does: "was reportedly", "were \"ethnically". */
static int follows_aux(const parse *p, uint32_t k)
{
    if (k > 0 && p->tags && p->tags[k - 1] == TAG_LQUOTE)
        k--;
    return k > 0 && (p->t[k - 1].tag == WC_AUX || p->t[k - 1].tag == WC_NEG);
}

/* "and" or "or" at token k joins two adverbs inside a verb chain, before
 * the verb at v: "was cowardly and brutally murdered". */
static int joins_adverbs(const parse *p, uint32_t k, uint32_t v)
{
    return p->tags && k > 0 && k + 1 < v && p->t[k].tag == WC_CONJ
        && (strcmp(p->t[k].up, "AND") == 0 || strcmp(p->t[k].up, "OR") == 0)
        && p->tags[k - 1] == TAG_RB && p->tags[k + 1] == TAG_RB;
}

/* A comma at k before "as" or a subordinator: ", as both countries need
 * each other" opens a clause, no aside of the verb before it. */
static int comma_then_as(const parse *p, uint32_t k)
{
    return k + 1 < p->n && (p->t[k + 1].tag == WC_SUBORD || strcmp(p->t[k + 1].up, "AS") == 0);
}

/* The auxiliary chain before the verb: voice, negation, modality, "to". */
static void read_aux_chain(parse *p, verb_group *vg)
{
    static const char *const failed[] = {"FAIL", "FAILS", "FAILED", "FAILING", NULL};
    static const char *const could_not[] = {"MANAGE", "MANAGED", "AFFORD", NULL};
    const token *t = p->t;
    uint32_t j = vg->verb;
    int be = 0, have = 0;
    vg->finite = 1;
    while (j > 0) {
        const token *prev = &t[j - 1];
        if (prev->tag == WC_AUX) {
            be |= syntax_is_be(prev);
            /* "the resolution that would have condemned": what would,
             * could or might have been done was not ("should have acted"
             * is a reproach, and coded) */
            if (have && (strcmp(prev->up, "WOULD") == 0 || strcmp(prev->up, "COULD") == 0
                         || strcmp(prev->up, "MIGHT") == 0))
                vg->negated = NEG_SCOPE;
            have |= strcmp(prev->up, "HAVE") == 0 || strcmp(prev->up, "'VE") == 0;
            if (!vg->modal)
                vg->modal = (uint8_t)is_modal(prev);
        } else if (prev->tag == WC_NEG) {
            if (!not_only(&t[j]))
                vg->negated = NEG_VERB;
        } else if (prev->tag == WC_ADV
                   || (p->tags && p->tags[j - 1] == TAG_RB && prev->tag == WC_OTHER && follows_aux(p, j - 1))) {
            /* adverbs inside the chain: "has also condemned", "is often
             * targeted by", "was reportedly attacked by" */
        } else if (joins_adverbs(p, j - 1, vg->verb)) {
            /* two of them joined: "was cowardly and brutally murdered" */
        } else if (p->tags && p->tags[j - 1] == TAG_LQUOTE && follows_aux(p, j - 1)) {
            /* scare quotes inside the chain: refugees who were "ethnically
             * cleansed" are the victims, as without the quotes */
        } else if (hearsay_participle(p, j - 1)) {
            /* "were believed killed", "are reported captured": what is
             * said of the subject is done to it */
        } else if (strcmp(prev->up, "TO") == 0) {
            vg->infinitive = 1;
            vg->finite = 0;
            j--;
            /* "no haste to recognise", "not to attack": negation governs
             * the infinitive too. */
            for (uint32_t k = j, steps = 0; k > 0 && steps < 3; k--, steps++)
                if (t[k - 1].tag == WC_NEG) {
                    vg->negated = strcmp(t[k - 1].up, "NO") == 0 ? NEG_SCOPE : NEG_VERB;
                    break;
                } else if (t[k - 1].tag == WC_PUNCT || t[k - 1].tag == WC_SUBORD)
                    break;
            /* "the Security Council failed to agree": nothing was done;
             * nor was it by one who "did not manage to" or "could not
             * afford to" do it, which says no refusal. */
            if (j > 0 && (str_in(t[j - 1].up, failed) || (vg->negated && str_in(t[j - 1].up, could_not))))
                vg->negated = NEG_SCOPE;
            break;
        } else
            break;
        j--;
    }
    vg->first = j;
    if (be && looks_participle(&t[vg->verb]) && !token_ends_with(&t[vg->verb], "ING")
        && !opposed_to(p, vg->verb) && !ready_for(p, vg->verb))
        vg->passive = 1;
    if (!be && victim_participle(p, vg))
        vg->passive = 1;
    /* "Wijers is not welcome", "investors are welcome": the adjective
     * "welcome" after "be" says that the subject is the one welcomed. */
    if (be && strcmp(t[vg->verb].up, "WELCOME") == 0)
        vg->passive = 1;

    /* (", but warned that": a verb right after "but" shares a subject too) */
    if (j > 0 && (strcmp(t[j - 1].up, "AND") == 0 || strcmp(t[j - 1].up, "OR") == 0 || strcmp(t[j - 1].up, "BUT") == 0))
        vg->conjoined = 1;
    /* "has no intention of attacking", "no plans for invading": negation
     * governs the gerund after the noun it denies. */
    if (j == vg->verb && token_ends_with(&t[vg->verb], "ING")) {
        uint32_t k = j;               /* back over "attacking or" */
        while (k >= 2 && t[k - 1].tag == WC_CONJ && token_ends_with(&t[k - 2], "ING"))
            k -= 2;
        if (k >= 3 && t[k - 1].tag == WC_PREP
            && (strcmp(t[k - 3].up, "NO") == 0 || (k >= 4 && strcmp(t[k - 4].up, "NO") == 0)))
            vg->negated = NEG_SCOPE;
    }
    if (!vg->infinitive && token_ends_with(&t[vg->verb], "ING") && !be)
        vg->finite = 0;                         /* "..., saying", "by promoting" */
}

static int adverbs_only(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to; k++)
        if (p->t[k].tag != WC_ADV && !(p->tags && p->tags[k] == TAG_RB))
            return 0;
    return 1;
}

/* Whether "and" at token k - 1 follows a passive participle of its clause
 * ("was caught off guard and"): a past participle right after a form of
 * "be", a few words back, with no punctuation or other verb between. */
static int passive_before(const parse *p, uint32_t k)
{
    if (k < 3 || p->t[k - 1].tag != WC_CONJ)
        return 0;
    for (uint32_t j = k - 1, n = 0; j-- > 1 && n < 5; n++) {
        if (p->t[j].tag == WC_PUNCT)
            return 0;
        if (p->tags[j] == TAG_VBN)
            return syntax_is_be(&p->t[j - 1]);
        if (dyad_tag_is_verb(p->tags[j]))
            return 0;
    }
    return 0;
}

/* "was caught off guard and killed by the rebels": a participle joined
 * to a passive verb the dictionaries do not know (the verb group before, if
 * any, is not passive or is more than eight words back) is passive too. */
static void unknown_passive_before(parse *p, verb_group *vg)
{
    if (p->tags && p->tags[vg->verb] == TAG_VBN && passive_before(p, vg->first))
        vg->passive = 1;
}

/* "did not attack Georgia or bomb Ukraine", "will attack Georgia and
 * bomb Ukraine": a bare verb joined to one with auxiliaries (not by "but")
 * shares them, and so their negation and modality; and a participle
 * joined to a negated one by "or" ("has not attacked Georgia or bombed
 * Ukraine"), or to what would have been done ("would have barred trade
 * and slapped restrictions"), is negated with it.  Returns 1 when vg took
 * the chain. */
static int shares_auxiliaries(parse *p, uint32_t v)
{
    verb_group *vg = &p->verbs[v];
    const verb_group *pv = &p->verbs[v - 1];
    const char *conj = p->t[vg->first - 1].up;
    if (!p->tags || pv->first == pv->verb || pv->infinitive || pv->passive || strcmp(conj, "BUT") == 0
        || pv->verb_end + 20 < vg->first)
        return 0;
    if (p->tags[vg->verb] == TAG_VB) {
        vg->negated = pv->negated;
        vg->modal = pv->modal;
        return 1;
    }
    if ((p->tags[vg->verb] == TAG_VBN || p->tags[vg->verb] == TAG_VBD)
        && (pv->negated == NEG_SCOPE || (pv->negated && strcmp(conj, "OR") == 0))) {
        vg->negated = pv->negated;
        return 1;
    }
    return 0;
}

/* "were captured and killed by the Taliban": a participle joined to a
 * passive verb, with no auxiliary of its own, is passive too. */
static void share_voice(parse *p, uint32_t v)
{
    verb_group *vg = &p->verbs[v];
    if (!vg->conjoined || !adverbs_only(p, vg->first, vg->verb))
        return;
    if (v == 0) {
        unknown_passive_before(p, vg);
        return;
    }
    /* "refused to renounce violence or recognise Israel": a bare verb
     * joined to an infinitive is one too, under the same negation. */
    if (p->verbs[v - 1].infinitive && p->tags && p->tags[vg->verb] == TAG_VB) {
        vg->infinitive = 1;
        vg->finite = 0;
        vg->negated = p->verbs[v - 1].negated;
        return;
    }
    if (shares_auxiliaries(p, v))
        return;
    /* "no intention of attacking or invading": one denial for both */
    if (p->verbs[v - 1].negated == NEG_SCOPE && token_ends_with(&p->t[vg->verb], "ING")) {
        vg->negated = NEG_SCOPE;
        return;
    }
    if (!p->verbs[v - 1].passive || p->verbs[v - 1].verb_end + 8 < vg->first) {
        unknown_passive_before(p, vg);
        return;
    }
    /* "condemned a bombing in which five Israelis were killed and called
     * on ...": after a relative clause "and" goes back to the main one (but
     * a past participle stays in it: "who was shot and burned in his car"). */
    for (uint32_t k = p->verbs[v - 1].first, n = 0; k-- > 0 && n < 8; n++) {
        if (p->t[k].tag == WC_PUNCT)
            break;
        if (p->tags && (p->tags[k] == TAG_WDT || p->tags[k] == TAG_WP)
            && (p->tags[vg->verb] != TAG_VBN || starts_object(p, vg->verb_end)))
            return;                   /* (nor one with an object: "in which five Israelis
                                         were killed and called on Palestinians to") */
    }
    const token *t = &p->t[vg->verb];
    if (p->tags ? p->tags[vg->verb] == TAG_VBN || p->tags[vg->verb] == TAG_VBD : looks_participle(t)) {
        vg->passive = 1;
        vg->modal = p->verbs[v - 1].modal;
        vg->negated = p->verbs[v - 1].negated;
    }
}

static int is_boundary_punct(const token *t)
{
    return t->tag == WC_PUNCT && (t->up[0] == ';' || t->up[0] == ':' || strcmp(t->up, "--") == 0
                                  || t->up[0] == '(' || t->up[0] == ')');
}

/* "the roads leading into Mordor": an -ing form right after a noun
 * modifies it; the clause of the verb before goes on through it. */
static int reduced_relative(const parse *p, uint32_t vi)
{
    const verb_group *vg = &p->verbs[vi];
    return vg->first == vg->verb && vg->verb > 0 && token_ends_with(&p->t[vg->verb], "ING")
        && p->t[vg->verb - 1].tag == WC_OTHER && !(p->t[vg->verb - 1].flags & TOK_PUNCT);
}

/* Past where or when talks were held, between them and whom they were
 * held with: "here", "there", "in Rome", "on Monday" ("said after talks
 * here with Bildt", "after talks in Stockholm with Bildt"). */
static uint32_t past_where_or_when(const parse *p, uint32_t j)
{
    static const char *const adverbs[] = {"HERE", "THERE", "TODAY", "YESTERDAY", NULL};
    static const char *const preps[] = {"IN", "ON", "AT", NULL};
    if (j < p->n && str_in(p->t[j].up, adverbs))
        return j + 1;
    if (j + 1 >= p->n || !str_in(p->t[j].up, preps) || p->tags[j + 1] != TAG_NNP)
        return j;
    uint32_t e = j + 1;
    while (e < p->n && e < j + 5 && p->tags[e] == TAG_NNP)
        e++;
    /* ("after talks in Amman, Jordan, with Maliki": a town and its country) */
    uint32_t c = e + 1;
    while (c < p->n && c < e + 4 && p->tags[c] == TAG_NNP)
        c++;
    if (c > e + 1 && c < p->n && strcmp(p->t[e].up, ",") == 0 && strcmp(p->t[c].up, ",") == 0)
        return c + 1;
    return e;
}

/* "said after talks with Blair that ...", "arrived after visits to
 * Beijing": "after" or "before" with a noun phrase and no verb of its own,
 * what was done with or to someone, is a preposition, and the clause goes
 * on ("after the talks ended" is a clause of its own; "after the defection
 * of Japan" or "after a victory over Benfica" does not go on: what they
 * name is no party to the act).  Gives the index of that "with" or "to",
 * or 0. */
static uint32_t subordinator_as_preposition(const parse *p, uint32_t k)
{
    if (!p->tags || (strcmp(p->t[k].up, "AFTER") != 0 && strcmp(p->t[k].up, "BEFORE") != 0))
        return 0;
    uint32_t j = k + 1;
    while (j < p->n && j < k + 6
           && (dyad_tag_is_noun(p->tags[j]) || p->tags[j] == TAG_DT || p->tags[j] == TAG_JJ
               || p->tags[j] == TAG_PRP_S || p->tags[j] == TAG_CD || p->tags[j] == TAG_POS))
        j++;
    if (j == k + 1)
        return 0;
    j = past_where_or_when(p, j);
    return j < p->n && (strcmp(p->t[j].up, "WITH") == 0 || strcmp(p->t[j].up, "TO") == 0) ? j : 0;
}

/* Whether the comma at k goes on a list of names that "and" or "or" closes
 * ("recognized Albania, Croatia and Macedonia as aspirant countries"): the
 * list is one object, and what follows it is still the verb's.  A name is
 * capitalised words, "the" allowed before them; a comma between a lower-case
 * word and a name ("met Putin, the Russian president", "on its programme,
 * Russia and China balked") is no such list. */
static int comma_in_name_list(const parse *p, uint32_t k)
{
    if (k == 0 || !(p->t[k - 1].flags & TOK_CAP) || (p->t[k - 1].flags & TOK_PUNCT))
        return 0;                       /* a name before the comma, too */
    uint32_t names = 0;
    for (uint32_t j = k + 1; j < p->n && j < k + 16; j++) {
        const token *tk = &p->t[j];
        if ((strcmp(tk->up, "AND") == 0 || strcmp(tk->up, "OR") == 0) && names > 0)
            return j + 1 < p->n && (p->t[j + 1].flags & TOK_CAP) && !(p->t[j + 1].flags & TOK_PUNCT);
        if (tk->flags & TOK_CAP && !(tk->flags & TOK_PUNCT))
            names++;
        else if (!(tk->tag == WC_PUNCT && tk->up[0] == ',') && strcmp(tk->up, "THE") != 0)
            return 0;
    }
    return 0;
}

/* "Saddam's demise -- on December 26 a court ordered his execution -- has
 * been welcomed": an aside between dashes at `open` and `close` with a
 * finite verb of its own, not after a relative pronoun, is a sentence
 * within the sentence, and no apposition. */
static int sentence_aside(const parse *p, uint32_t open, uint32_t close)
{
    if (p->tags && (p->tags[open + 1] == TAG_WDT || p->tags[open + 1] == TAG_WP || p->tags[open + 1] == TAG_WP_S))
        return 0;
    for (uint32_t v = 0; v < p->n_verbs; v++)
        if (p->verbs[v].verb > open && p->verbs[v].verb < close && p->verbs[v].finite)
            return 1;
    return 0;
}

/* "Russia -- a veto-wielding member of the council -- criticized": a dash
 * at k right before a verb group, closing an aside a dash opened before it
 * (within 20 words, no other stop between), gives the opening dash, which
 * the clause going left steps over as it does a comma's aside, be it a
 * relative clause ("Fujimori -- who ordered the operation -- arrived");
 * whom the aside names is no subject (roles.c, subject_before_apposition).
 * A lone dash ("The talks failed -- Russia walked out") gives k, a
 * boundary, and so does a dash further from the verb ("the six countries
 * -- the permanent members plus Germany -- over the sanctions to impose"). */
static uint32_t opening_dash(const parse *p, uint32_t k, const verb_group *vg)
{
    if (k == 0 || k + 1 != vg->first || p->t[k].tag != WC_PUNCT || strcmp(p->t[k].up, "--") != 0)
        return k;
    for (uint32_t j = k - 1; j > 0 && j + 20 > k; j--) {
        if (strcmp(p->t[j].up, "--") == 0)
            return j + 1 < k && p->t[j].tag == WC_PUNCT && !sentence_aside(p, j, k) ? j : k;
        if (is_boundary_punct(&p->t[j]))
            return k;
    }
    return k;
}

/* "toured the residence and embraced the freed hostages": "and" before a
 * past or present tense no dictionary knows as a verb still opens a clause
 * of its own, whose object is none of the verb before's. */
static int and_unknown_verb(const parse *p, uint32_t k)
{
    if (!p->tags || k + 2 >= p->n || strcmp(p->t[k].up, "AND") != 0 || (p->named && p->named[k + 1]))
        return 0;
    if (p->tags[k + 1] != TAG_VBD && p->tags[k + 1] != TAG_VBZ)
        return 0;
    /* (not a plural the tagger took for a verb, "and representatives of
     * Kabila", nor a participle before its noun, "pledged tanks and armoured
     * vehicles": the verb's object opens with a determiner, a pronoun, a
     * name, a number, or it is a preposition or adverb after it) */
    uint8_t next = p->tags[k + 2];
    return strcmp(p->t[k + 2].up, "OF") != 0
        && (next == TAG_DT || next == TAG_PRP || next == TAG_PRP_S || next == TAG_NNP || next == TAG_CD
            || next == TAG_IN || next == TAG_TO || next == TAG_RB);
}

/* Words that open a subordinate clause at the head of a sentence. */
static const char *const clause_openers[] = {"AS", "WHILE", "WHEN", "WHENEVER", "IF", "ONCE", "BECAUSE",
    "ALTHOUGH", "THOUGH", "UNLESS", "WHEREAS", "AFTER", "BEFORE", "SINCE", "UNTIL", "INSTEAD", "DESPITE",
    "BESIDES", NULL};

/* Whether the clause of vg, which begins at token left, opens the
 * sentence with a subordinator ("As Iraqis step up, ...", "Instead of
 * halting ..., ..."), after an opening quote if any: such a clause ends at
 * its comma, even right after its verb. */
static int opens_sentence(const parse *p, const verb_group *vg, uint32_t left)
{
    static const char *const as_phrases[] = {"A", "AN", "PART", "WELL", "SUCH", "OF", "FOR", "FAR", "LONG", "SOON",
        "MUCH", "MANY", "USUAL", NULL};
    uint32_t opening = 0;
    while (opening < vg->first && p->t[opening].tag == WC_PUNCT)
        opening++;
    if (!strcmp(p->t[opening].up, "AS") && opening + 1 < p->n && str_in(p->t[opening + 1].up, as_phrases))
        return 0;                     /* "As a result of ...", "As part of ..." */
    return (left == opening + 1 && p->t[opening].tag == WC_SUBORD)
           || (left <= opening && str_in(p->t[opening].up, clause_openers));
}

/* Whether the comma at `comma` ends an opening clause whose verb no
 * dictionary knows: "As Fujimori surveyed the scene, the remains of the
 * rebels lay": its subject is none of the main clause's. */
static int ends_opening_clause(const parse *p, uint32_t comma)
{
    if (!p->tags || comma < 3 || !str_in(p->t[0].up, clause_openers))
        return 0;
    int finite = 0;
    for (uint32_t k = 1; k < comma; k++) {
        if (p->t[k].tag == WC_PUNCT)
            return 0;
        finite |= dyad_tag_is_finite(p->tags[k]);
    }
    return finite;
}

/* The end of a complement that opens at token k: the first boundary mark,
 * subordinator, verb of saying, comma or full stop, or `next` (the
 * complement's own verb, when it tells an act). */
static uint32_t complement_end(const parse *p, uint32_t k, uint32_t next)
{
    const token *t = p->t;
    while (k < p->n && k < next && !is_boundary_punct(&t[k]) && t[k].tag != WC_SUBORD && t[k].tag != WC_REPORT
           && !(t[k].tag == WC_PUNCT && (t[k].up[0] == ',' || t[k].up[0] == '.')))
        k++;
    return k;
}

/* Clause span: from the previous clause boundary to the next one. */
static void clause_span(parse *p, uint32_t vi)
{
    verb_group *vg = &p->verbs[vi];
    const token *t = p->t;
    uint32_t left = vg->first;
    while (left > 0) {
        const token *prev = &t[left - 1];
        /* A parenthesis going left ("the European Union (EU) agree") is
         * stepped over whole. */
        if (prev->up[0] == ')' && prev->tag == WC_PUNCT) {
            uint32_t k = left - 1;
            while (k > 0 && t[k].up[0] != '(')
                k--;
            if (t[k].up[0] == '(' && left - 1 - k < 12) {
                left = k;
                continue;
            }
        }
        uint32_t dash = opening_dash(p, left - 1, vg);
        if (dash != left - 1) {
            left = dash;
            continue;
        }
        if (is_boundary_punct(prev) || prev->tag == WC_SUBORD)
            break;
        if (vi > 0 && left - 1 < p->verbs[vi - 1].verb_end && left - 1 >= p->verbs[vi - 1].verb)
            break;                              /* the previous verb */
        /* ("Instead of halting rocket fire by militants, Israeli shells
         * killed": not past the comma that ends an opening clause) */
        if (vi > 0 && prev->up[0] == ',' && prev->tag == WC_PUNCT && p->verbs[vi - 1].right == left - 1
            && opens_sentence(p, &p->verbs[vi - 1], p->verbs[vi - 1].left))
            break;
        if (prev->tag == WC_REPORT && !(vi > 0 && p->verbs[vi - 1].verb == left - 1))
            break;
        if (prev->up[0] == ',' && prev->tag == WC_PUNCT && ends_opening_clause(p, left - 1))
            break;
        left--;
    }
    vg->left = left;
    int subordinate = opens_sentence(p, vg, left);
    uint32_t right = vg->verb_end;
    while (right < p->n) {
        const token *tk = &t[right];
        /* ... and so is an aside going right, one of figures or small words
         * ("provide aid of five million yuan (600,000 dollars) to
         * Mauritius"), not the acronym of a name ("... Tamil Eelam (LTTE)") */
        if (tk->up[0] == '(' && tk->tag == WC_PUNCT && right + 1 < p->n && !(t[right + 1].flags & TOK_CAP)) {
            uint32_t k = right + 1;
            while (k < p->n && k < right + 12 && t[k].up[0] != ')' && t[k].up[0] != '(')
                k++;
            if (k < p->n && t[k].up[0] == ')' && k + 1 < p->n && t[k + 1].tag != WC_PUNCT) {
                right = k + 1;
                continue;
            }
        }
        /* (the clause goes on to the "with" or "to" of the talks or
         * visits, past the commas of "in Amman, Jordan,") */
        uint32_t partner = tk->tag == WC_SUBORD ? subordinator_as_preposition(p, right) : 0;
        if (partner) {
            right = partner;
            continue;
        }
        if (is_boundary_punct(tk) || tk->tag == WC_SUBORD || tk->tag == WC_REPORT)
            break;
        if (tk->tag == WC_AUX && right > vg->verb_end)
            break;
        /* "insists on its right to enrich uranium but the United States
         * charges ...": "but" opens a clause of its own. */
        if (right > vg->verb_end && strcmp(tk->up, "BUT") == 0)
            break;
        if (right > vg->verb_end && and_unknown_verb(p, right))
            break;
        if (vi + 1 < p->n_verbs && right >= p->verbs[vi + 1].first && !reduced_relative(p, vi + 1))
            break;
        /* A comma after the verb's complements ends them: what follows is
         * an apposition, a participle clause or a reporting tail — but not
         * a list of adjectives ("restore complete, full ties").  (A comma
         * right after the verb may open an aside: "signed, on Tuesday, a
         * deal".) */
        if (tk->tag == WC_PUNCT && tk->up[0] == ',' && (right > vg->verb_end || subordinate || comma_then_as(p, right))
            && !(right + 1 < p->n && t[right + 1].tag == WC_OTHER && !(t[right + 1].flags & TOK_CAP)
                 && (!p->tags || p->tags[right + 1] == TAG_JJ))
            && !comma_in_name_list(p, right))
            break;
        right++;
    }
    vg->right = right;
    vg->reach = right;
    /* (A "that" the tagger reads as a relative pronoun opens no complement:
     * "its campaign against the group that has seized ..."; nor does
     * hearsay its object names: "dismissed a report that it would sign"
     * (the verb "charges" or "claims" does open one); nor does the "that"
     * of a participle in between: "backed a resolution asserting that ...".) */
    int participle_between = vi + 1 < p->n_verbs && p->verbs[vi + 1].first < right;
    if (right < p->n && right <= vg->verb_end + 6 && !(p->tags && p->tags[right] == TAG_WDT) && !participle_between
        && !(right > vg->verb_end && syntax_is_hearsay_noun(&t[right - 1]))
        && (strcmp(t[right].up, "THAT") == 0 || strcmp(t[right].up, "WHETHER") == 0)) {
        /* (up to the complement's own verb when it tells an act, with a
         * modal or a tense: "warned that Russia could attack NATO" is
         * Russia's attack, no attack the warner names; a bare verb asked
         * for is the asker's pattern: "suggesting that Mobutu stand down",
         * "suggested that the president should resign"; and so is one's own
         * act told by a pronoun: "claimed that they had attacked Iraq") */
        static const char *const asked[] = {"SHOULD", "MUST", NULL};
        uint32_t next = p->n;
        const verb_group *told = vi + 1 < p->n_verbs ? &p->verbs[vi + 1] : NULL;
        if (told && p->tags && !str_in(t[told->first].up, asked) && told->first > 0
            && t[told->first - 1].tag != WC_PRON && (told->modal || p->tags[told->verb] != TAG_VB))
            next = told->first;
        vg->reach = complement_end(p, right + 1, next);
    }
    /* "said Russia was behind the sabotage": a copula and "behind" right
     * after the object open a complement the verb's patterns may read (who
     * is said to be behind an attack is accused of it). */
    if (right + 1 < p->n && right > vg->verb_end && syntax_is_be(&t[right])
        && strcmp(t[right + 1].up, "BEHIND") == 0)
        vg->reach = complement_end(p, right + 2, p->n);
    /* "denounced what it called "blatant aggression" against Iran": the
     * words a free relative of naming gives are the verb's own object. */
    if (vi + 1 < p->n_verbs && right == p->verbs[vi + 1].first && syntax_names_what(p, &p->verbs[vi + 1]))
        vg->reach = complement_end(p, p->verbs[vi + 1].verb_end, p->n);
}

/* "if China launched an assault", "until it recognises Israel": what a
 * condition clause says has not happened; it is only possible (and so is
 * what "before" or "once" opens with "will" or "would"). */
static void mark_condition(parse *p, uint32_t v)
{
    static const char *const conditions[] = {"IF", "UNLESS", "UNTIL", "WHETHER", NULL};
    verb_group *vg = &p->verbs[v];
    /* "and agree to form a government" after "if Hamas were to soften":
     * what is joined to a condition or governed by it is one too. */
    if (v > 0 && p->verbs[v - 1].conditional && (vg->conjoined || vg->infinitive)) {
        vg->conditional = 1;
        return;
    }
    uint32_t s = vg->left;
    if (s > 0 && p->t[s - 1].tag == WC_PUNCT && (p->t[s - 1].up[0] == '"' || p->t[s - 1].up[0] == '\''))
        s--;                          /* if the EU "wants to ..." */
    if (s == 0 || p->t[s - 1].tag != WC_SUBORD)
        return;
    /* "until it recognises" is a condition, "until now, ..." a time. */
    if (strcmp(p->t[s - 1].up, "UNTIL") == 0 && p->t[vg->left].tag != WC_PRON)
        return;
    /* ("a top US condition before Washington will ease its embargo": what
     * will be done before, or once, something else is, waits on it) */
    int awaited = vg->modal == MODAL_FUTURE
                  && (strcmp(p->t[s - 1].up, "BEFORE") == 0 || strcmp(p->t[s - 1].up, "ONCE") == 0);
    /* (the "as" of "as long as" and "as soon as" is a subordinator only
     * there: what waits on it has not happened either, unless it is told in
     * the past: "organized a meeting as soon as it received the message") */
    int awaits_as = strcmp(p->t[s - 1].up, "AS") == 0 && p->tags && p->tags[vg->first] != TAG_VBD;
    if (str_in(p->t[s - 1].up, conditions) || awaited || awaits_as) {
        vg->modal = MODAL_MAYBE;
        vg->conditional = 1;
    }
}

/* "Neither France nor Germany would comment", "condemned neither China nor
 * Russia": a "neither" subject or object denies the act of its clause.  The
 * subject is looked for right before the verb group, up to a comma or
 * another verb, so that an earlier clause's "neither" stays its own. */
static void mark_neither(parse *p, uint32_t v)
{
    verb_group *vg = &p->verbs[v];
    const token *t = p->t;
    for (uint32_t k = vg->first; k > vg->left; k--) {
        const token *prev = &t[k - 1];
        if (strcmp(prev->up, "NEITHER") == 0) {
            vg->negated = NEG_VERB;
            return;
        }
        if (prev->tag == WC_PUNCT || prev->tag == WC_AUX || prev->tag == WC_REPORT)
            break;
    }
    if (vg->verb_end < p->n && strcmp(t[vg->verb_end].up, "NEITHER") == 0)
        vg->negated = NEG_VERB;
}

/* The tagger model (dict/tagger.model), loaded once and shared read-only
 * by every thread.  Without it the rules above decide noun or verb. */
static dyad_tagger *tagger;
static pthread_once_t tagger_once = PTHREAD_ONCE_INIT;

static void load_tagger(void)
{
    char path[4096], err[256];
    snprintf(path, sizeof path, "%s/tagger.model", dict_data_dir());
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return;
    fclose(fp);
    tagger = dyad_tagger_load(path, err, sizeof err);
    if (!tagger)
        fprintf(stderr, "dyad: %s (tagging by rules instead)\n", err);
}

/* "Ethiopia departs from Libya", "Russia attacks the town": right after a
 * name that opens the sentence and before an article or preposition, a
 * verb form is the verb, whatever a tagger trained on web prose thinks. */
static int headline_verb(const parse *p, uint32_t i)
{
    if (i == 0 || i + 1 >= p->n || !(p->t[i - 1].flags & TOK_CAP) || (p->t[i].flags & TOK_CAP))
        return 0;
    if (p->tags && p->tags[i - 1] == TAG_JJ
        && (p->tags[i] == TAG_NNS || (p->tags[i] == TAG_NN && token_ends_with(&p->t[i], "ING"))))
        return 0;                   /* "Armenian forces in the region", "Israeli shelling in" */
    uint32_t k = i;
    while (k > 0 && (p->t[k - 1].flags & TOK_CAP) && p->t[k - 1].tag == WC_OTHER)
        k--;
    if (k > 0)
        return 0;                   /* "the Afghanistan talks in Moscow" */
    int next = p->t[i + 1].tag;
    if (next != WC_DET && next != WC_PREP)
        return 0;
    /* "UN plans for the identification of voters have been on hold": an
     * auxiliary of the clause further on makes the word its subject. */
    for (uint32_t k = i + 1; k < p->n && p->t[k].tag != WC_PUNCT && p->t[k].tag != WC_SUBORD
                             && p->t[k].tag != WC_CONJ; k++)
        if (p->t[k].tag == WC_AUX)
            return 0;
    return 1;
}

/* Whether the "to" at token k is a preposition: "thanks (largely) to",
 * "owing to", "according to" ("due to" may be either: "due to arrive"). */
static int to_preposition(const parse *p, uint32_t k)
{
    static const char *const before[] = {"THANKS", "OWING", "ACCORDING", "CONTRARY", NULL};
    if (strcmp(p->t[k].up, "TO") != 0)
        return 0;
    for (uint32_t b = k; b > 0 && b + 3 > k; b--)
        if (str_in(p->t[b - 1].up, before))
            return 1;
    /* ("open to talks with": after an adjective of readiness) */
    return k > 0 && ready_for(p, k - 1);
}

/* "was sentenced to jail by a court", "returned to power after": a noun
 * (as the tagger says) after "to" that follows a verb of sentencing or of
 * going is where one is sent or goes, no verb. */
static int to_place_noun(const parse *p, uint32_t i)
{
    static const char *const sent[] = {"SENTENCED", "SENTENCE", "SENTENCES", "SENTENCING", "CONDEMNED",
        "RETURNED", "RETURN", "RETURNS", "RETURNING", "RESTORED", "CAME", "COME", "WENT", "GO", "GOES", "GOING",
        "BROUGHT", "SENT", NULL};
    return i >= 2 && p->tags && p->tags[i] == TAG_NN && strcmp(p->t[i - 1].up, "TO") == 0
           && str_in(p->t[i - 2].up, sent);
}

/* After a modal, "do", "not" or "to" comes a verb ("won't clash", "can't
 * ever meet"), whatever the tagger says. */
static int after_modal(const parse *p, uint32_t i)
{
    static const char *const modal[] = {"WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY",
                                        "MIGHT", "MUST", "DO", "DOES", "DID", "WO", "CA", "TO", NULL};
    uint32_t k = i;
    while (k > 0 && (p->t[k - 1].tag == WC_ADV || p->t[k - 1].tag == WC_NEG))
        k--;
    if (k == 0)
        return 0;
    if (k < i && p->t[k].tag == WC_NEG)
        return 1;
    /* "due to riots", "to attacks": after "to" a plural the tagger calls a
     * noun stays one; so does anything after "thanks to", "due to",
     * "owing to", "according to" ("thanks largely to support from"). */
    if (strcmp(p->t[k - 1].up, "TO") == 0 && p->tags && p->tags[i] == TAG_NNS)
        return 0;
    if (to_preposition(p, k - 1))
        return 0;
    for (int m = 0; modal[m]; m++)
        if (strcmp(p->t[k - 1].up, modal[m]) == 0)
            return 1;
    return 0;
}

/* Whether a dictionary phrase of the kinds `want` asks for ends right
 * before token i (starting at most four words back): an agent's words
 * are the noun of "the Israeli military struck Gaza", whatever adjective
 * the tagger took "military" for. */
static int phrase_ends_at(const parse *p, uint32_t i, unsigned want)
{
    for (uint32_t k = i < 4 ? 0 : i - 4; k < i; k++) {
        uint32_t e;
        if (dict_match(p->d, p->t, p->n, k, want, &e) != NONE && e == i)
            return 1;
    }
    return 0;
}

/* "the minister met with", "its aircraft struck Hezbollah targets": between
 * a noun and a determiner, preposition, name or number, an irregular past
 * form is the verb the tagger, which has seen it rarely, may take for a
 * noun or an adjective.  Only while the sentence (or what is reported in it) still wants
 * its verb: after one, "an agreement struck with France" is a participle. */
static int past_after_noun(const parse *p, uint32_t i)
{
    if (i == 0 || i + 1 >= p->n || (p->t[i].flags & TOK_CAP)
        || !(dyad_tag_is_noun(p->tags[i]) || p->tags[i] == TAG_JJ)
        || !inflect_is_irregular_past(p->t[i].up, p->t[i].len))
        return 0;
    if (p->n_verbs && p->t[p->verbs[p->n_verbs - 1].verb].tag != WC_REPORT)
        return 0;
    uint32_t k = past_particle(p, i + 1);       /* ("its forces shot down 120 drones") */
    /* ("India struck militant camps", "rebels fought invading troops", "the
     * air force struck what it said were hideouts") */
    if (!(p->t[k].tag == WC_PREP || starts_object(p, k) || side_participle(p, k) || strcmp(p->t[k].up, "WHAT") == 0))
        return 0;
    /* (a name the tagger took for an adjective counts as the noun: "Ukraine
     * shot down 50 drones"; so does an agent's word: "the Israeli military
     * struck"; the dictionary is asked last, as the dearest test) */
    return dyad_tag_is_noun(p->tags[i - 1])
           || (p->tags[i - 1] == TAG_JJ && ((p->t[i - 1].flags & TOK_CAP) || phrase_ends_at(p, i, WANT_AGENT)));
}

/* "delivered food aid to displaced families", "sold arms to armed groups":
 * after "to", a past form the tagger takes for an adjective or a
 * participle, right before a noun, is that noun's adjective (no base form
 * of a verb ends in -ed and is tagged so). */
static int adjective_after_to(const parse *p, uint32_t i)
{
    return p->tags && i > 0 && i + 1 < p->n && strcmp(p->t[i - 1].up, "TO") == 0
           && (p->tags[i] == TAG_JJ || p->tags[i] == TAG_VBN) && token_ends_with(&p->t[i], "ED")
           && dyad_tag_is_noun(p->tags[i + 1]);
}

/* "Trump cancelled a summit with Putin and imposed sanctions on Russia's
 * oil companies": after "and" that follows a past verb's phrase (no
 * comma or clause between but one right before "and"), an -ed form
 * before its object is that verb's twin, though the tagger took it for an
 * adjective. */
static int past_after_and(const parse *p, uint32_t i)
{
    if (i < 3 || i + 1 >= p->n || !p->n_verbs || strcmp(p->t[i - 1].up, "AND") != 0
        || !(p->tags[i] == TAG_JJ || p->tags[i] == TAG_VBN) || !token_ends_with(&p->t[i], "ED"))
        return 0;
    const verb_group *before = &p->verbs[p->n_verbs - 1];
    if (p->tags[before->verb] != TAG_VBD || p->t[before->verb].tag == WC_REPORT)
        return 0;
    for (uint32_t k = before->verb_end; k + 1 < i; k++)
        if (((p->t[k].flags & TOK_PUNCT) && !(p->t[k].flags & TOK_QUOTE) && k + 2 < i)
            || p->t[k].tag == WC_SUBORD || syntax_is_verb_at(p, k))
            return 0;                 /* (quotation marks are no break: 'a "milestone" and urged') */
    return starts_object(p, i + 1);
}

/* A verb phrase is a verb when the tagger tags one of its words as one:
 * "wire tapped" has its verb last, "stir up" first. */
static int tagged_verb(const parse *p, uint32_t i, uint32_t end)
{
    for (uint32_t k = i; k < end; k++)
        if (dyad_tag_is_verb(p->tags[k]))
            return 1;
    return 0;
}

int syntax_is_day_name(const token *t)
{
    static const char *const days[] = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                                       "SUNDAY", NULL};
    return str_in(t->up, days);
}

int syntax_month_number(const token *t)
{
    static const char *const months[] = {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
        "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", NULL};
    const char *w = t->up;
    size_t len = strlen(w), stem = len - (len > 0 && w[len - 1] == '.');
    if (stem < 3)
        return 0;
    for (int m = 0; months[m]; m++)
        if (strncmp(w, months[m], stem) == 0
            && (stem == strlen(months[m]) || stem == 3 || (stem == 4 && m == 8)))   /* "Sept" */
            return m + 1;
    return 0;
}

/* "after the museum shooting last week", "in Israeli tank shelling in the
 * east": an -ing form closing a noun phrase (article or adjective, then a
 * singular noun) with no object after it is a noun. */
static int gerund_noun(const parse *p, uint32_t i)
{
    if (i < 2 || p->tags[i] != TAG_VBG)
        return 0;
    /* "500 million dollars in financing for Kenya": money "in" an -ing
     * form says what kind it is */
    static const char *const money[] = {"DOLLARS", "EUROS", "POUNDS", "YUAN", "YEN", "RUPEES", "FRANCS",
                                        "MILLION", "BILLION", "TRILLION", NULL};
    if (!strcmp(p->t[i - 1].up, "IN") && str_in(p->t[i - 2].up, money))
        return 1;
    /* "warned its citizens against travelling to Japan": a journey advised
     * against is the warning's object (a travel warning), no visit made. */
    static const char *const journeys[] = {"TRAVELLING", "TRAVELING", NULL};
    if (!strcmp(p->t[i - 1].up, "AGAINST") && str_in(p->t[i].up, journeys) && i + 1 < p->n
        && !strcmp(p->t[i + 1].up, "TO"))
        return 1;
    /* "the policy of targeted killing", "its continued shelling of Gaza",
     * "the Tueni killing": an adjective (or participle, or a name after an
     * article) between an article, a possessive or a preposition and the
     * -ing form makes it a noun. */
    if ((p->tags[i - 1] == TAG_JJ || p->tags[i - 1] == TAG_VBN || (p->tags[i - 1] == TAG_NNP && p->tags[i - 2] == TAG_DT))
        && (p->tags[i - 2] == TAG_DT || p->tags[i - 2] == TAG_IN || p->tags[i - 2] == TAG_PRP_S))
        return 1;
    if (p->tags[i - 1] != TAG_NN)
        return 0;
    uint8_t before = p->tags[i - 2];
    /* "in Israeli tank shelling": a name used as an adjective, after a
     * preposition or article, also opens the phrase. */
    int name = (before == TAG_NNP || before == TAG_NNPS) && i >= 3
               && (p->tags[i - 3] == TAG_IN || p->tags[i - 3] == TAG_DT);
    if (before != TAG_DT && before != TAG_JJ && before != TAG_PRP_S && before != TAG_POS && before != TAG_CD && !name)
        return 0;
    if (i + 1 >= p->n || p->t[i + 1].tag == WC_PUNCT || p->tags[i + 1] == TAG_CC)
        return 1;
    /* Only where or when may follow ("a motion criticising China", "a
     * resolution calling on Bush" are verbs with their objects). */
    static const char *const where[] = {"IN", "AT", "NEAR", "DURING", "LAST", "THIS", "ACROSS", "OUTSIDE",
                                        "INSIDE", "EARLIER", "ON", "AFTER", "BEFORE", NULL};
    for (int k = 0; where[k]; k++)
        if (strcmp(p->t[i + 1].up, where[k]) == 0)
            return strcmp(where[k], "ON") != 0 || (i + 2 < p->n && syntax_is_day_name(&p->t[i + 2]));
    return 0;
}

/* "Hungary vetoed the package", "Hungary blocked EU aid": a past tense
 * after a capitalised word the tagger took for an adjective, with a
 * determiner, a name or a number after it, is the verb of that name. */
static int name_then_past(const parse *p, uint32_t i)
{
    if (i + 1 >= p->n || !(p->t[i - 1].flags & TOK_CAP))
        return 0;
    uint8_t next = p->tags[i + 1];
    int object = next == TAG_DT || next == TAG_PRP_S || next == TAG_NNP || next == TAG_NNPS || next == TAG_CD;
    /* (after a name the dictionaries know, a preposition may follow too:
     * "Erdogan spoke with Putin", "Erdogan" taken for an adjective) */
    int named = p->named && p->named[i - 1];
    if (p->tags[i] == TAG_VBD && p->tags[i - 1] == TAG_JJ)
        return object || (named && (next == TAG_IN || next == TAG_TO));
    /* "The EU imposed sanctions": a past form the tagger took for an
     * adjective, between a name and a plural noun (not the adjectives of
     * "Albanian armed forces", "the disputed territories"). */
    static const char *const adjectives[] = {"ARMED", "UNITED", "ALLIED", "OCCUPIED", "DISPUTED", "ELECTED",
        "DEVELOPED", "ORGANIZED", "ORGANISED", "RELATED", "BASED", "DIVIDED", "RESTRICTED", "CONCERNED",
        "INTERESTED", "REGISTERED", "DISPLACED", "TALENTED", "SKILLED", "RETIRED", NULL};
    /* (a capitalised plural too, as after a country's adjective: "Israeli
     * Officials accused Hamas") */
    return p->tags[i] == TAG_JJ && token_ends_with(&p->t[i], "ED") && !str_in(p->t[i].up, adjectives)
           && (p->tags[i - 1] == TAG_NNP || p->tags[i - 1] == TAG_NNPS || p->tags[i - 1] == TAG_NNS)
           && (object || next == TAG_NNS);
}

/* Whether a person the dictionaries know is named by tokens ending at i
 * ("Erdogan hosts Zelensky": the tagger's adjective is a name). */
static int person_ends_at(const parse *p, uint32_t i)
{
    for (uint32_t k = i > 3 ? i - 3 : 0; k < i; k++) {
        uint32_t end, node = dict_match(p->d, p->t, p->n, k, WANT_ACTOR, &end);
        if (node != NONE && end == i && dict_actor_is_person(p->d, p->d->nodes[node].actor))
            return 1;
    }
    return 0;
}

/* Whether the run of names ending at token k opens its clause: "The EU
 * insists that Iran ..." (name_then_present), not "rejected US demands
 * that Iran halt enrichment", a noun after a verb, nor "of Russian claims
 * that", after a preposition. */
static int name_begins_clause(const parse *p, uint32_t k)
{
    while (k > 0 && p->named[k - 1])
        k--;
    if (k > 0 && p->tags[k - 1] == TAG_DT)
        k--;
    return k == 0 || p->t[k - 1].tag == WC_PUNCT || p->t[k - 1].tag == WC_CONJ || p->t[k - 1].tag == WC_SUBORD;
}

/* "Abdel Aziz al-Hakim meets Bush": a lower-case -s word after a name the
 * dictionaries know, with a name or a determiner after it, is the name's
 * verb, whatever plural the tagger took it for in the run of names (not
 * after a capitalised adjective, "Asian champions Iran", but for a known
 * person's name the tagger took for one).  Before "that" too, when the
 * name opens its clause ("The EU insists that Iran ..."). */
static int name_then_present(const parse *p, uint32_t i)
{
    if (i == 0 || i + 1 >= p->n || !p->named || !p->named[i - 1]
        || (p->tags[i - 1] == TAG_JJ && (p->t[i - 1].flags & TOK_CAP) && !person_ends_at(p, i))
        || (p->t[i].flags & TOK_CAP) || !token_ends_with(&p->t[i], "S")
        || (p->tags[i] != TAG_NNPS && p->tags[i] != TAG_NNS))
        return 0;
    uint8_t next = p->tags[i + 1];
    if (!strcmp(p->t[i + 1].up, "THAT"))
        return name_begins_clause(p, i - 1);
    /* (and at the end of a relative clause on a claim: "..., a charge
     * Kigali denies.", "..., which Moscow rejects,") */
    if (p->t[i + 1].tag == WC_PUNCT) {
        uint32_t k = i - 1;
        while (k > 0 && p->named[k - 1])
            k--;
        return k > 0 && (syntax_is_hearsay_noun(&p->t[k - 1]) || !strcmp(p->t[k - 1].up, "WHICH"));
    }
    return (next == TAG_NNP || next == TAG_DT) && !syntax_is_day_name(&p->t[i + 1]);
}

/* "Thousands of Lebanese protested", "the British shelled the post office":
 * a demonym that is also its own plural noun (-ese, -ish, French, Dutch,
 * Swiss), after "of", an article or a word of quantity (or opening the
 * sentence), heads its phrase: the past form after it is its verb. */
static int demonym_as_noun(const parse *p, uint32_t k)
{
    static const char *const plain[] = {"FRENCH", "DUTCH", "SWISS", "WELSH", "IRISH", NULL};
    static const char *const before[] = {"OF", "THE", "MANY", "MOST", "SOME", "SEVERAL", "ALL", "FEW", "MORE",
        NULL};
    const token *t = &p->t[k];
    if (p->tags[k] != TAG_JJ || !(t->flags & TOK_CAP) || !p->named || !p->named[k]
        || !(token_ends_with(t, "ESE") || token_ends_with(t, "ISH") || str_in(t->up, plain)))
        return 0;
    return k == 0 || str_in(p->t[k - 1].up, before);
}

/* Whether a name has a demonym's ending: -an, -ese, -ish, -i, -ic
 * ("Iranian", "Israeli"), -ch ("French"), -ss ("Swiss").  Not the names of
 * states that end so: "Azerbaijan demanded", "Pakistan ruled out". */
static int demonym_ending(const token *t)
{
    static const char *const endings[] = {"AN", "ESE", "ISH", "I", "IC", "CH", "SS", NULL};
    static const char *const states[] = {"IRAN", "SUDAN", "JAPAN", "OMAN", "TAIWAN", "BHUTAN", "JORDAN",
        "AZERBAIJAN", "VATICAN", "TEHRAN", "AMMAN", "YEREVAN", "MALI", "MALAWI", "BURUNDI", "HAITI", "FIJI",
        "BRUNEI", "DJIBOUTI", "DELHI", "TBILISI", "HELSINKI", "NAIROBI", "HANOI", "REPUBLIC", NULL};
    if (token_ends_with(t, "STAN") || str_in(t->up, states))
        return 0;
    for (int e = 0; endings[e]; e++)
        if (token_ends_with(t, endings[e]))
            return 1;
    return 0;
}

int syntax_is_headline(const parse *p)
{
    if (p->n == 0)
        return 0;
    const token *last = &p->t[p->n - 1];
    /* (the stop of "in Group D." is the abbreviation's) */
    return !((last->tag == WC_PUNCT && last->up[0] && strchr(".!?\"", last->up[0])) || token_ends_with(last, "."));
}

/* "Congo, Rwanda sign peace deal in Washington", "Ukraine hits Russian
 * refinery with drones": in a headline (no closing stop), the first word in
 * lower case after an opening run of names (joined by commas or "and") is
 * the verb, whatever the tagger made of it in a text so unlike its own. */
static int headline_subject_verb(const parse *p, uint32_t i)
{
    if (i == 0 || i + 1 >= p->n || (p->t[i].flags & TOK_CAP) || !(p->t[i].flags & TOK_WORD)
        || !syntax_is_headline(p))
        return 0;
    /* (a present form agrees with its subject: one name and an -s, or
     * names joined and none: not "UN torture rapporteur's China tour") */
    int joined = 0;
    for (uint32_t k = 0; k < i; k++) {
        const token *t = &p->t[k];
        int joint = (t->tag == WC_PUNCT && t->up[0] == ',' && k > 0) || (t->tag == WC_CONJ && k > 0);
        if (!joint && !((t->flags & TOK_CAP) && t->tag == WC_OTHER))
            return 0;
        joined |= joint;
    }
    if (demonym_ending(&p->t[i - 1]))
        return 0;                     /* ("Syrian forces clash with ...": an adjective and its noun) */
    int s_form = token_ends_with(&p->t[i], "S") && !token_ends_with(&p->t[i], "SS");
    return joined != s_form;
}

/* "Hungary ruled out sending troops": a name the tagger calls an
 * adjective by its ending (-ary as in "military") with no demonym's
 * ending ("Iranian backed militias") is a noun, and the past form after
 * it its verb. */
static int name_read_as_adjective(const parse *p, uint32_t k)
{
    const token *t = &p->t[k];
    if (p->tags[k] != TAG_JJ || !(t->flags & TOK_CAP) || (t->flags & TOK_ALLCAP) || !p->named || !p->named[k])
        return 0;
    return !demonym_ending(t);
}

/* Whether a token tagged as a past form can be one: it ends in -ed or is
 * an irregular past ("raid" cannot). */
static int past_shaped(const parse *p, uint32_t i)
{
    return p->tags[i] == TAG_VBG || token_ends_with(&p->t[i], "ED")
           || inflect_is_irregular_past(p->t[i].up, p->t[i].len);
}

/* "the Israeli raid on Al-Aqsa": a demonym after an article that the
 * tagger called a name ("Israeli"/NNP) is the adjective of the noun after
 * it, when that noun is no past form whatever its tag and a preposition
 * or a stop follows it ("raid"/VBD), or an article when a verb opens the
 * phrase ("called the Israeli strike a crime"; not "the Taliban seized", nor "the
 * Israeli raid left policemen injured", where the tagger's "left" is no
 * verb either).  Not a name with no adjective's ending: "the US said". */
static int demonym_after_article(const parse *p, uint32_t k)
{
    const token *t = &p->t[k];
    return k > 0 && p->tags[k] == TAG_NNP && p->t[k - 1].tag == WC_DET && p->named && p->named[k]
           && !(t->flags & TOK_ALLCAP) && demonym_ending(t);
}

/* "Many Lebanese blame Damascus": after such a demonym, a verb the tagger
 * took for a noun is the verb when an object follows it at once (not "the
 * Japanese attack on Pearl Harbor", "the British press reported", nor an
 * -ing form: "Japanese trading house Mitsubishi", nor a noun before a
 * common noun: "the Chinese trade delegation arrived"). */
static int demonyms_then_verb(const parse *p, uint32_t i, uint32_t end)
{
    if (i == 0 || end >= p->n)
        return 0;
    int compound = p->tags[i] == TAG_NN && (p->tags[end] == TAG_NN || p->tags[end] == TAG_NNS)
                   && !(p->t[end].flags & TOK_CAP);
    return !(p->t[i].flags & TOK_CAP) && !token_ends_with(&p->t[i], "ING") && !compound
           && demonym_as_noun(p, i - 1) && starts_object(p, end);
}

/* "Myanmar's military detained Aung San Suu Kyi", "the military seized
 * power": an adjective heading its noun phrase (after an article or a
 * possessive), then a past tense with an object after it, is that phrase's
 * verb. */
static int adjective_head_then_past(const parse *p, uint32_t i)
{
    /* (a regular past the tagger took for a participle there counts too,
     * after "the" or a possessive: "The military seized power in
     * Guinea-Bissau", not "a formal signed agreement") */
    int participle = p->tags[i] == TAG_VBN && token_ends_with(&p->t[i], "ED");
    if (i < 2 || (p->tags[i] != TAG_VBD && !participle) || p->tags[i - 1] != TAG_JJ)
        return 0;
    uint32_t k = i - 1;               /* (adjectives or a name before it: "the */
    while (k > 0 && (p->tags[k - 1] == TAG_JJ || p->tags[k - 1] == TAG_NNP) && k + 3 > i)
        k--;                          /* Chinese military", "the U.S. military") */
    if (k == 0 || (p->tags[k - 1] != TAG_DT && p->tags[k - 1] != TAG_POS))
        return 0;
    if (participle && (!strcmp(p->t[k - 1].up, "A") || !strcmp(p->t[k - 1].up, "AN")))
        return 0;
    /* ("held live-fire drills", "carried out strikes") */
    return starts_object(p, i + 1 + (i + 2 < p->n && p->tags[i + 1] == TAG_RP));
}

/* "M23 rebels destroyed a bridge", "Hamas militants fired rockets": a
 * plural the tagger took for a present verb, ending an actor or agent
 * phrase and followed by a past tense, is the subject noun. */
static int agent_before_past(const parse *p, uint32_t i, uint32_t end)
{
    if (p->tags[i] != TAG_VBZ || end >= p->n || (p->tags[end] != TAG_VBD && p->tags[end] != TAG_VBN))
        return 0;
    return phrase_ends_at(p, i + 1, WANT_AGENT | WANT_ACTOR);
}

const verb_group *syntax_verb_at(const parse *p, uint32_t i)
{
    for (uint32_t v = 0; v < p->n_verbs; v++)
        if (i >= p->verbs[v].verb && i < p->verbs[v].verb_end)
            return &p->verbs[v];
    return NULL;
}

const verb_group *syntax_verb_starting(const parse *p, uint32_t i)
{
    for (uint32_t v = 0; v < p->n_verbs; v++)
        if (p->verbs[v].first == i)
            return &p->verbs[v];
    return NULL;
}

int syntax_is_verb_at(const parse *p, uint32_t i)
{
    return syntax_verb_at(p, i) != NULL;
}

int syntax_verb_in(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++)
        if (syntax_is_verb_at(p, i))
            return 1;
    return 0;
}

int syntax_verb_code_in(const parse *p, uint32_t i, const char *const *roots, int unknown)
{
    const verb_group *vg = syntax_verb_at(p, i);
    if (!vg)
        return 0;
    return vg->block == NONE ? unknown : str_prefix_in(p->d->verbs[vg->block].code, roots);
}

/* "Russia and China both criticised Japan", "they all agreed", "the two
 * sides each accused": "both", "all" or "each" after the subject, before a
 * finite verb, is no determiner of it ("in both attacks", "suspended all
 * visits" are). */
static int floating_quantifier(const parse *p, uint32_t i)
{
    static const char *const words[] = {"BOTH", "ALL", "EACH", NULL};
    if (i < 2 || !p->tags || !str_in(p->t[i - 1].up, words))
        return 0;
    uint8_t verb = p->tags[i], before = p->tags[i - 2];
    return dyad_tag_is_finite(verb)
           && (before == TAG_NNP || before == TAG_NNPS || before == TAG_NNS || before == TAG_PRP);
}

/* Whether token i, a past form, stands between a verb (any form the
 * tagger gives, or an -ed word it took for a noun) and a noun phrase that
 * goes on at `end` (an adjective or a noun, no article). */
static int participle_after_verb(const parse *p, uint32_t i, uint32_t end)
{
    if (!p->tags || i == 0 || end >= p->n || !(p->tags[i] == TAG_VBN || p->tags[i] == TAG_VBD)
        || !token_ends_with(&p->t[i], "ED") || p->t[i - 1].tag == WC_AUX || (p->t[i].flags & TOK_CAP))
        return 0;
    uint8_t before = p->tags[i - 1], after = p->tags[end];
    /* ("freed jailed politician Demirtas", "will return looted artefacts") */
    /* (a present form only when it was read as the verb: "US airstrikes
     * killed dozens" is a plural's) */
    int present = before == TAG_VBZ && p->n_verbs && p->verbs[p->n_verbs - 1].verb_end == i;
    int verb = before == TAG_VBD || before == TAG_VBN || before == TAG_VB || before == TAG_VBP || present
               || (before == TAG_NN && token_ends_with(&p->t[i - 1], "ED") && !(p->t[i - 1].flags & TOK_CAP));
    /* (not a day: "appeared determined Wednesday to crush") */
    return verb && (after == TAG_JJ || dyad_tag_is_noun(after)) && !syntax_is_day_name(&p->t[end]);
}

/* "although both have criticized Rangoon", "and both criticized the US":
 * a past tense right after "both" or "each" standing alone is its verb. */
static int pronoun_determiner_then_past(const parse *p, uint32_t i)
{
    return i > 0 && p->tags[i] == TAG_VBD && (!strcmp(p->t[i - 1].up, "BOTH") || !strcmp(p->t[i - 1].up, "EACH"));
}

/* "The army said it struck more than 40 bombers": a verb the dictionaries
 * know right after a subject pronoun is a verb, whatever the tagger made
 * of it ("struck" an adverb before "more").  "it" is an object as often
 * ("gave it support"): only after a verb of saying or "that". */
static int after_subject_pronoun(const parse *p, uint32_t i)
{
    static const char *const subjects[] = {"HE", "SHE", "THEY", "WE", NULL};
    if (i == 0)
        return 0;
    if (str_in(p->t[i - 1].up, subjects))
        return 1;
    return i > 1 && strcmp(p->t[i - 1].up, "IT") == 0
           && (p->t[i - 2].tag == WC_REPORT || strcmp(p->t[i - 2].up, "THAT") == 0);
}

/* "The army said its troops killed 12 militants": right after a verb of
 * saying and a short noun phrase, an -ed form before a number
 * or an article is the reported clause's verb, though the tagger made it
 * an adjective or a participle ("killed 12 militants" is no noun's kind). */
static int reported_past(const parse *p, uint32_t i)
{
    if (i < 2 || i + 1 >= p->n || !(p->tags[i] == TAG_JJ || p->tags[i] == TAG_VBN) || !token_ends_with(&p->t[i], "ED")
        || !(p->tags[i + 1] == TAG_CD || p->tags[i + 1] == TAG_DT) || !dyad_tag_is_noun(p->tags[i - 1]))
        return 0;
    for (uint32_t k = i - 1, n = 0; k > 0 && n < 5; k--, n++) {
        uint8_t tag = p->tags[k - 1];
        if (p->t[k - 1].tag == WC_REPORT)
            return 1;
        if (!(dyad_tag_is_noun(tag) || tag == TAG_JJ || tag == TAG_PRP_S || tag == TAG_DT))
            return 0;
    }
    return 0;
}

/* "a forum called Doing Business with Vietnam", "an operation dubbed
 * Cast Lead": a participle of naming right after a common noun, before
 * the name (capitalised or quoted), gives the noun its name; it is no act
 * ("the ministry called Washington's move a mistake" is, in the past tense). */
static int names_after_noun(const parse *p, uint32_t i)
{
    static const char *const naming[] = {"CALLED", "DUBBED", "NAMED", "CODENAMED", "CODE-NAMED", "TITLED",
                                         "ENTITLED", "NICKNAMED", NULL};
    if (!p->tags || i == 0 || i + 1 >= p->n || p->tags[i] != TAG_VBN || !str_in(p->t[i].up, naming))
        return 0;
    if (!(p->tags[i - 1] == TAG_NN || p->tags[i - 1] == TAG_NNS) || (p->t[i - 1].flags & TOK_CAP))
        return 0;
    if (!((p->t[i + 1].flags & TOK_CAP) || p->tags[i + 1] == TAG_LQUOTE))
        return 0;
    /* The noun is an object or indefinite, not the clause's subject: "a
     * forum", "include the forum", "in the town" (not "The ministry"). */
    uint32_t k = i - 1;
    while (k > 0 && (dyad_tag_is_noun(p->tags[k - 1]) || p->tags[k - 1] == TAG_JJ || p->tags[k - 1] == TAG_CC))
        k--;
    if (k > 0 && p->tags[k - 1] == TAG_DT && (strcmp(p->t[k - 1].up, "A") == 0 || strcmp(p->t[k - 1].up, "AN") == 0))
        return 1;
    if (k > 0 && (p->tags[k - 1] == TAG_DT || p->tags[k - 1] == TAG_PRP_S))
        k--;
    return k > 0 && (p->t[k - 1].tag == WC_PREP || dyad_tag_is_verb(p->tags[k - 1]));
}

static int used_as_verb(const parse *p, uint32_t i, uint32_t end)
{
    if (auxiliary_here(p, i))
        return 0;
    /* "the U.S.-led coalition", "U.N.-backed": a participle joined by a
     * hyphen to the abbreviation before it (which the tokenizer splits off
     * for its full stop) is one adjective with it, as "Saudi-led" is. */
    if (i >= 2 && p->tags && p->tags[i] == TAG_VBN && strcmp(p->t[i - 1].up, "-") == 0)
        return 0;
    if (names_after_noun(p, i))
        return 0;
    /* "killed in the air raid.": a plain form the tagger calls a past
     * tense, after an article and a noun and before a stop or a
     * preposition, is the last noun of that phrase (a plain past has an
     * object: "a car bomb hit a police patrol") */
    if (p->tags && p->tags[i] == TAG_VBD && !past_shaped(p, i) && noun_compound(p, i)
        && (end >= p->n || p->t[end].tag == WC_PUNCT || p->t[end].tag == WC_PREP))
        return 0;
    /* "called Japan's remarks a provocation": after a possessive, a noun */
    if (p->tags && i > 0 && p->tags[i - 1] == TAG_POS && p->tags[i] == TAG_VBZ)
        return 0;
    /* ("is strongly opposed to": the tagger's adjective, a verb of stance) */
    if ((opposed_to(p, i) || ready_for(p, i) || due_in(p, i)) && after_be(p, i))
        return 1;
    if ((i > 0 && to_preposition(p, i - 1)) || to_place_noun(p, i) || adjective_after_to(p, i))
        return 0;                     /* "thanks to support from" */
    if (i + 1 < p->n && to_preposition(p, i + 1))
        return 0;                     /* "according to": a preposition itself */
    if (p->tags && after_modal(p, i) && !(p->t[i].flags & TOK_CAP))
        return 1;
    /* ("the court freed jailed politician Demirtas": the -ed word the
     * tagger took for a noun before such a participle is the verb) */
    if (p->tags && p->tags[i] == TAG_NN && i + 2 < p->n && participle_after_verb(p, i + 1, i + 2))
        return 1;
    /* "the two exiled dissidents", "the ruling party": a participle after an
     * article, a number or an adjective is an adjective. */
    /* ... also with an adverb between ("the internationally recognised
     * government"). */
    uint32_t a = i;
    while (p->tags && a > 1 && p->tags[a - 1] == TAG_RB && (p->tags[a - 2] == TAG_DT || p->tags[a - 2] == TAG_PRP_S))
        a--;
    if (p->tags && a > 0
        && (p->tags[i] == TAG_VBN || p->tags[i] == TAG_VBG || p->tags[i] == TAG_VBD)
        && (p->t[a - 1].tag == WC_DET || (p->t[a - 1].flags & TOK_NUM) || p->tags[a - 1] == TAG_JJ
            || (a == i && demonym_after_article(p, a - 1) && !past_shaped(p, i) && i + 1 < p->n
                && (p->t[i + 1].tag == WC_PREP || p->t[i + 1].tag == WC_PUNCT
                    || (p->t[i + 1].tag == WC_DET && a >= 3 && dyad_tag_is_verb(p->tags[a - 3]))))
            || (p->tags[a - 1] == TAG_CD && !syntax_is_regnal_number(&p->t[a - 1])))
        && !name_then_past(p, i) && !adjective_head_then_past(p, i) && !floating_quantifier(p, i)
        && !pronoun_determiner_then_past(p, i)
        && !(a == i && p->tags[i] != TAG_VBG && (demonym_as_noun(p, i - 1) || name_read_as_adjective(p, i - 1))))
        return 0;
    if (p->tags && (gerund_noun(p, i) || agent_before_past(p, i, end)))
        return 0;
    /* ", fighting resumed", "heavy shelling continued", "Clashes broke out":
     * an -ing or -s form that opens its clause right before a past tense is
     * that verb's subject; so is an -ing form before "between" ("Fighting
     * between the army and the rebels erupted"). */
    if (p->tags && (p->tags[i] == TAG_VBG || p->tags[i] == TAG_VBZ) && end < p->n
        && (p->tags[end] == TAG_VBD || (p->tags[i] == TAG_VBG && (p->tags[end] == TAG_VBZ || p->tags[end] == TAG_VBN))
            || (p->tags[i] == TAG_VBG && !strcmp(p->t[end].up, "BETWEEN")))
        && (i == 0 || p->t[i - 1].tag == WC_PUNCT || p->t[i - 1].tag == WC_DET || p->tags[i - 1] == TAG_JJ))
        return 0;
    /* "met with visiting Russian Foreign Minister Lavrov": an -ing form
     * between "with" and a noun phrase is an adjective. */
    if (p->tags && i > 0 && p->tags[i] == TAG_VBG && strcmp(p->t[i - 1].up, "WITH") == 0 && end < p->n
        && (p->tags[end] == TAG_JJ || dyad_tag_is_noun(p->tags[end])))
        return 0;
    /* "the UN monitoring mission", "the EU negotiating team": an -ing form
     * between a name and the body it names is what the body is for. */
    static const char *const bodies[] = {"MISSION", "MISSIONS", "TEAM", "TEAMS", "COMMITTEE", "COMMISSION",
        "PANEL", "BODY", "DELEGATION", "AGENCY", "OPERATION", "OPERATIONS", "UNIT", "SQUAD", "OFFICE",
        "CENTRE", "CENTER", "GROUP", "PARTY", NULL};
    if (p->tags && i > 0 && p->tags[i] == TAG_VBG && (p->tags[i - 1] == TAG_NNP || p->tags[i - 1] == TAG_NNPS)
        && end < p->n && str_in(p->t[end].up, bodies))
        return 0;
    /* "to share missile warning data", "on money laundering charges": an
     * -ing form of those that name trades and activities, between two
     * common nouns, is a word of their compound (a verb's participle there
     * has an object: "a bombing campaign targeting churches"; and after a
     * noun that names an actor or agent it is that one's act: "the army
     * training rebels"). */
    static const char *const activities[] = {"WARNING", "LAUNDERING", "TRAFFICKING", "SMUGGLING", "MONITORING",
        "PEACEKEEPING", "TRAINING", "PROCESSING", "MANUFACTURING", "REFINING", "SHIPPING", "MINING", "FISHING",
        "BANKING", "HOUSING", "FUNDING", "SHARING", "BUILDING", "SPENDING", "TESTING", "PLANNING", "POLLING",
        "LENDING", "SPYING", "HACKING", "JAMMING", "POLICING", NULL};
    if (p->tags && i > 0 && p->tags[i] == TAG_VBG && p->tags[i - 1] == TAG_NN && !(p->t[i - 1].flags & TOK_CAP)
        && end < p->n && (p->tags[end] == TAG_NN || p->tags[end] == TAG_NNS) && str_in(p->t[i].up, activities)
        && !phrase_ends_at(p, i, WANT_AGENT | WANT_ACTOR))
        return 0;
    /* "Police arrested exiled opposition leader Ali Salman", "the court
     * freed jailed politician Demirtas": a participle right after a past
     * form and before its noun is an adjective. */
    if (participle_after_verb(p, i, end) || adjective_participle(p, i))
        return 0;
    /* "a tax on imported rubber", "widow of assassinated former premier
     * Rajiv Gandhi": a participle between a preposition and its noun
     * phrase is an adjective (no clause starts with a participle there; a
     * preposition by the lexicon too: the tagger calls "a US drone strike
     * killed" one). */
    if (p->tags && i > 0 && p->tags[i] == TAG_VBN && p->tags[i - 1] == TAG_IN && p->t[i - 1].tag == WC_PREP && end < p->n
        && (p->tags[end] == TAG_JJ || dyad_tag_is_noun(p->tags[end])) && !syntax_is_day_name(&p->t[end]))
        return 0;
    /* "warned fighting could worsen", "the shelling has killed": an -ing
     * form right before an auxiliary is the subject, a noun. */
    if (p->tags && p->tags[i] == TAG_VBG && end < p->n && p->t[end].tag == WC_AUX && i > 0
        && p->t[i - 1].tag != WC_AUX)
        return 0;
    /* Right after a verb, its object: "held talks", "supply arms" (a
     * plural), "blocked aid deliveries" (a word the tagger calls a
     * participle that has no participle's form). */
    if (i > 0 && p->n_verbs && p->verbs[p->n_verbs - 1].verb_end == i) {
        if (token_ends_with(&p->t[i], "S") && p->t[i - 1].tag != WC_AUX)
            return 0;
        if (p->tags && p->tags[i] == TAG_VBN && !looks_participle(&p->t[i])
            && !inflect_is_irregular_past(p->t[i].up, p->t[i].len))
            return 0;
    }
    if (p->named && p->named[i])
        return 0;                   /* "Security forces in Pakistan killed" */
    if (p->tags && !tagged_verb(p, i, end) && !headline_verb(p, i) && !headline_subject_verb(p, i) && !past_after_noun(p, i)
        && !(i > 0 && name_then_past(p, i)) && !demonyms_then_verb(p, i, end) && !name_then_present(p, i)
        && !after_subject_pronoun(p, i) && !reported_past(p, i) && !past_after_and(p, i))
        return 0;
    return p->tags ? 1 : !verb_is_nominal(p, i);
}

void syntax_mark_named(uint8_t *named, const token *t, uint32_t first, uint32_t end)
{
    for (uint32_t k = first; k < end; k++)
        named[k] = t[k].tag == WC_OTHER && (t[k].flags & TOK_WORD) && !(t[k].flags & TOK_POSS);
}

void syntax_parse(parse *p, const dyad_dicts *d, const char *text, token *t, uint32_t n, int32_t date,
                  arena *mem)
{
    syntax_parse_named(p, d, text, t, n, date, NULL, NULL, mem);
}

/* Marks the tokens between an opening quotation mark and its closing one
 * in the sentence.  A quote left open (one running on from the sentence
 * before, or into the next) marks nothing: which side is quoted is not
 * sure. */
static void mark_quotes(parse *p)
{
    for (uint32_t i = 0; i < p->n; i++)
        p->t[i].in_quote = 0;
    for (uint32_t i = 0; p->tags && i < p->n; i++) {
        if (p->tags[i] != TAG_LQUOTE)
            continue;
        uint32_t close = i + 1;
        while (close < p->n && p->tags[close] != TAG_RQUOTE && p->tags[close] != TAG_LQUOTE)
            close++;
        if (close == p->n || p->tags[close] != TAG_RQUOTE)
            continue;
        for (uint32_t k = i + 1; k < close; k++)
            p->t[k].in_quote = 1;
        i = close;
    }
}

/* "would not disarm as long as Israel occupies ...", "as soon as the
 * troops leave": the last "as" of these opens a clause, when a finite verb
 * follows before any punctuation ("as long as two years" opens none), and
 * the verb before stops at it. */
static void mark_compound_subordinators(parse *p)
{
    static const char *const measures[] = {"LONG", "SOON", NULL};
    if (!p->tags)
        return;
    for (uint32_t k = 2; k + 1 < p->n; k++) {
        if (strcmp(p->t[k].up, "AS") != 0 || !str_in(p->t[k - 1].up, measures)
            || (strcmp(p->t[k - 2].up, "AS") != 0 && strcmp(p->t[k - 2].up, "SO") != 0))
            continue;
        for (uint32_t j = k + 1; j < p->n && j < k + 7 && p->t[j].tag != WC_PUNCT && p->tags[j] != TAG_CD; j++) {
            if (dyad_tag_is_finite(p->tags[j])) {
                p->t[k].tag = WC_SUBORD;
                break;
            }
        }
    }
}

/* dict_match for a verb from token i, or what was found before the parse. */
static uint32_t verb_match(const parse *p, uint32_t i, uint32_t *end)
{
    if (p->matched && p->matched[i].known) {
        *end = p->matched[i].verb_end;
        return p->matched[i].verb;
    }
    return dict_match(p->d, p->t, p->n, i, WANT_VERB, end);
}

void syntax_parse_named(parse *p, const dyad_dicts *d, const char *text, token *t, uint32_t n, int32_t date,
                        const uint8_t *named, const token_match *matched, arena *mem)
{
    memset(p, 0, sizeof *p);
    p->d = d;
    p->t = t;
    p->n = n;
    p->date = date;
    p->matched = matched;
    pthread_once(&tagger_once, load_tagger);
    if (tagger && n) {
        p->tags = arena_alloc(mem, n);
        p->named = named;
        dyad_tagger_tag_names(tagger, text, t, n, named, p->tags);
    }
    mark_quotes(p);
    mark_compound_subordinators(p);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t end;
        uint32_t node = verb_match(p, i, &end);
        if (node != NONE && used_as_verb(p, i, end)) {
            int guessed = p->tags && !tagged_verb(p, i, end) && past_after_noun(p, i);
            add_verb(p, mem, i, end, d->nodes[node].verb);
            p->verbs[p->n_verbs - 1].guessed = (uint8_t)guessed;
            i = end - 1;
        } else if (t[i].tag == WC_REPORT) {
            add_verb(p, mem, i, i + 1, NONE);
        }
    }
    for (uint32_t v = 0; v < p->n_verbs; v++) {
        read_aux_chain(p, &p->verbs[v]);
        share_voice(p, v);
    }
    for (uint32_t v = 0; v < p->n_verbs; v++) {
        clause_span(p, v);
        mark_condition(p, v);
        mark_neither(p, v);
    }
}

int syntax_aimed_subject(const parse *p, const verb_group *vg)
{
    static const char *const aimed[] = {"AGAINST", "ON", "TO", "WITH", "FOR", NULL};
    if (!p->tags || vg->first == 0 || vg->first == vg->verb || vg->reduced != REDUCED_NONE)
        return -1;
    int32_t g = p->group_of[vg->first - 1];
    if (g < 0 || !p->groups[g].in_pp || p->groups[g].last != vg->first || !str_in(p->t[p->groups[g].prep].up, aimed))
        return -1;
    uint32_t noun = p->groups[g].prep;
    if (noun == 0 || !(p->tags[noun - 1] == TAG_NN || p->tags[noun - 1] == TAG_NNS))
        return -1;
    for (uint32_t k = vg->left; k < noun; k++)
        if (p->group_of[k] >= 0 || dyad_tag_is_verb(p->tags[k]) || p->t[k].flags & TOK_PUNCT)
            return -1;
    return g;
}

int syntax_in_parentheses(const parse *p, uint32_t first, uint32_t last)
{
    uint32_t k = first;
    while (k > 0 && first - k < 6 && !(p->t[k - 1].flags & TOK_PUNCT))
        k--;
    if (k == 0 || p->t[k - 1].up[0] != '(')
        return 0;
    for (k = last; k < p->n && k < last + 6; k++)
        if (p->t[k].flags & TOK_PUNCT)
            return p->t[k].up[0] == ')';
    return 0;
}

/* Attacks and operations, their makers' acts. */
int syntax_is_attack_noun(const token *t)
{
    static const char *const attacks[] = {"ATTACK", "ATTACKS", "STRIKE", "STRIKES", "AIRSTRIKE", "AIRSTRIKES",
        "RAID", "RAIDS", "OFFENSIVE", "OPERATION", "OPERATIONS", "CAMPAIGN", "ASSAULT", "BOMBING",
        "BOMBINGS", "SHELLING", "BOMBARDMENT", "BARRAGE", "MISSILES", "ROCKETS", "DRONES", "INCURSION",
        "INCURSIONS", "TURNS", NULL};         /* ("TURNS": "take turns patrolling") */
    return str_in(t->up, attacks);
}

int syntax_is_hearsay_noun(const token *t)
{
    static const char *const nouns[] = {"REPORT", "REPORTS", "CLAIM", "CLAIMS", "ALLEGATION", "ALLEGATIONS",
        "ACCUSATION", "ACCUSATIONS", "CHARGE", "CHARGES", "ASSERTION", "ASSERTIONS", "RUMOUR", "RUMOURS",
        "RUMOR", "RUMORS", "SPECULATION", "SUGGESTION", "SUGGESTIONS", "POSSIBILITY", "LIKELIHOOD", "PROSPECT",
        "IDEA", "NOTION", NULL};
    return str_in(t->up, nouns);
}

int syntax_is_denial(const token *t)
{
    static const char *const verbs[] = {"DENY", "DENIES", "DENIED", "DENYING", NULL};
    return str_in(t->up, verbs);
}

const token *syntax_bare_pronoun_before(const parse *p, const verb_group *vg)
{
    uint32_t k = vg->first;
    return k > 0 && p->t[k - 1].tag == WC_PRON && p->group_of[k - 1] < 0 ? &p->t[k - 1] : NULL;
}

int syntax_names_what(const parse *p, const verb_group *vg)
{
    static const char *const naming[] = {"CALLED", "CALLS", "TERMED", "TERMS", "DESCRIBED", "DESCRIBES",
                                         "DUBBED", "LABELLED", "LABELED", "BRANDED", NULL};
    /* ("struck what it said were militant hideouts": a verb of saying with
     * a copula after it names too) */
    static const char *const saying[] = {"SAID", "SAYS", "CLAIMED", "CLAIMS", NULL};
    int says_was = str_in(p->t[vg->verb].up, saying) && vg->verb_end < p->n && syntax_is_be(&p->t[vg->verb_end]);
    if (!(str_in(p->t[vg->verb].up, naming) || says_was) || vg->passive)
        return 0;
    /* (... when the "what" is the object of the verb right before it, or
     * what force is aimed at: "blamed the hostage-takers for what it said
     * were casualties" names no target, "air strikes against what it said
     * were hideouts of militants" does) */
    static const char *const aimed[] = {"AGAINST", "AT", "ON", NULL};
    for (uint32_t k = vg->first; k-- > 0 && vg->first - k <= 4;)
        if (strcmp(p->t[k].up, "WHAT") == 0)
            return !says_was || (k > 0 && (syntax_is_verb_at(p, k - 1) || str_in(p->t[k - 1].up, aimed)));
        else if (p->t[k].tag == WC_PUNCT || syntax_is_verb_at(p, k))
            return 0;
    return 0;
}
