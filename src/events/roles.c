/* roles.c — who does what to whom in a clause: the subject of each verb
 * (with the inheritance rules of docs/coding.md, section 3) and its object
 * (direct, prepositional, passive agent, place). */
#include "events/events.h"
#include "syntax/tagger.h"
#include "util/text.h"
#include <ctype.h>
#include <string.h>

/* Locative prepositions name where, not whom: "talks in Moscow". */
static int locative(const token *t)
{
    static const char *const words[] = {"IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "ACROSS",
                                        "AROUND", "DURING", "THROUGHOUT", "WITHIN",
                                        "AS", "LIKE", "INCLUDING", "AMONG", "AMID", "DESPITE",
                                        "SINCE", "BEYOND", "ALONG", "BENEATH", "UNDERNEATH", "UNDER", NULL};
    for (int i = 0; words[i]; i++)
        if (strcmp(t->up, words[i]) == 0)
            return 1;
    return 0;
}

/* People who stand for whom they are "of": "supporters of Hamas", the
 * head of a body whom the dictionaries do not name ("the chief of the
 * Pakistani army" speaks for the army), and parts sent out: "a fleet of
 * the PLA Navy", "a delegation of the CPC". */
static int followers_of(const token *t)
{
    static const char *const words[] = {"OPPONENTS", "SUPPORTERS", "MEMBERS", "CRITICS", "FOLLOWERS",
                                        "LOYALISTS", "PARTISANS", "SYMPATHIZERS", "SYMPATHISERS", "BACKERS",
                                        "ADHERENTS", "ALLIES", "FLEET", "DELEGATION", "CONTINGENT",
                                        "SQUADRON", "DETACHMENT", "BATTALION", "UNIT", "UNITS", "WING", "WINGS",
                                        "FIGHTERS", "ACTIVISTS", "HEAD", "HEADS", "CHIEF", "CHIEFS",
                                        "CHAIRMAN", "CHAIRWOMAN", "DIRECTOR", NULL};
    return str_in(t->up, words);
}

/* ... and those sent "from" whom they stand for: "a delegation from Hamas
 * arrived in Cairo". */
static int sent_from(const token *t)
{
    static const char *const words[] = {"DELEGATION", "DELEGATIONS", "CONTINGENT", "TEAM", "MISSION", "ENVOY",
                                        "ENVOYS", "NEGOTIATORS", "REPRESENTATIVES", NULL};
    return str_in(t->up, words);
}

/* Whether the words of [from, head) are a determiner and at most two
 * adjectives ("The military wings of Hamas"): head opens its clause. */
static int only_modifiers(const parse *p, uint32_t from, uint32_t head)
{
    if (head > from + 3)
        return 0;
    for (uint32_t k = from; k < head; k++)
        if (p->t[k].tag != WC_DET && !(p->tags && p->tags[k] == TAG_JJ && p->t[k].tag == WC_OTHER))
            return 0;
    return 1;
}

/* "Pakistan, a key US ally, on Saturday described ...": a group inside an
 * apposition stands for the one it is apposed to. */
static int32_t apposed_to(const parse *p, int32_t g, const verb_group *vg)
{
    const actor_group *ag = &p->groups[g];
    int closed = 0;
    for (uint32_t k = ag->last; k < vg->first; k++)
        closed |= p->t[k].up[0] == ',' && p->t[k].tag == WC_PUNCT;
    if (!closed)
        return g;
    uint32_t k = ag->first;
    while (k > 0 && (p->t[k - 1].tag == WC_OTHER || p->t[k - 1].tag == WC_DET) && !(p->t[k - 1].flags & TOK_PUNCT))
        k--;
    if (k < 2 || k == ag->first || p->t[k - 1].up[0] != ',' || p->t[k].tag != WC_DET)
        return g;
    int32_t h = p->group_of[k - 2];
    return h >= 0 && p->groups[h].last == k - 1 && !p->groups[h].in_pp ? h : g;
}

/* Whether token k is a verb the tagger sees and no dictionary knows. */
static int unknown_verb_word(const parse *p, uint32_t k)
{
    return p->tags && p->t[k].tag == WC_OTHER && !syntax_is_verb_at(p, k);
}

/* Whether token k is a finite verb the tagger sees and no dictionary
 * knows ("departed", "lasted"). */
static int unknown_finite_verb(const parse *p, uint32_t k)
{
    return unknown_verb_word(p, k) && dyad_tag_is_finite(p->tags[k]);
}

/* The first token of the verb chain ending at verb k: its modal and the
 * adverbs around it ("would also interview"), or k itself when it is no
 * base form after a modal. */
static uint32_t modal_chain_start(const parse *p, uint32_t k)
{
    if (p->tags[k] != TAG_VB)
        return k;
    uint32_t j = k;
    while (j > 0 && p->tags[j - 1] == TAG_RB)
        j--;
    if (j == 0 || p->tags[j - 1] != TAG_MD)
        return k;
    j--;
    while (j > 0 && p->tags[j - 1] == TAG_RB)
        j--;
    return j;
}

/* Whether token k is a verb of a clause no dictionary knows: finite
 * ("interviewed") or after a modal ("would interview"). */
static int unknown_clause_verb(const parse *p, uint32_t k)
{
    return unknown_finite_verb(p, k) || (unknown_verb_word(p, k) && modal_chain_start(p, k) != k);
}

/* "Sheikh Hasina resigned and fled to India": a finite verb no dictionary
 * knows, a past tense right after "and" or "but" in tokens [from, to),
 * begins an act of its own, and what follows it is not the first verb's.
 * (Not a present: the tagger reads "and representatives of" as one.)
 * Returns the first such verb, or `to`. */
static uint32_t conjoined_unknown_verb(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t k = from > 1 ? from : 2; k < to; k++) {
        if (!unknown_verb_word(p, k) || p->tags[k] != TAG_VBD || p->t[k - 1].tag != WC_CONJ)
            continue;
        /* (between nouns it is an adjective: "tanks and armoured vehicles") */
        if (!(dyad_tag_is_noun(p->tags[k - 2]) && k + 1 < p->n && dyad_tag_is_noun(p->tags[k + 1])))
            return k;
    }
    return to;
}

/* "Bush departed Washington for Mar del Plata to attend the summit": a
 * name right after a finite verb the dictionaries do not know is that
 * verb's object, and the subject is the name before that verb (when there
 * is one: a participle opening the sentence, "Duped investors", is no
 * verb of a clause). */
static int object_of_unknown_verb(const parse *p, const actor_group *ag, const verb_group *vg)
{
    /* ("I know Africa and China have been helping each other": a name
     * right before the verb is its subject, in a clause of its own) */
    return ag->first > 0 && !vg->reduced && (vg->finite || vg->infinitive) && ag->last != vg->first
           && unknown_clause_verb(p, ag->first - 1);
}

static int32_t subject_of_unknown_verb(const parse *p, uint32_t verb)
{
    int32_t g = p->group_of[verb - 1];
    return g >= 0 && !p->groups[g].in_pp && p->groups[g].last == verb ? g : -1;
}

/* The subject of the clause of unknown verb `verb`, right before its verb
 * chain ("Putin will interview Blair"): -1 when a noun no dictionary knows
 * stands there ("The group interviewed Blair"), -2 when nothing does. */
static int32_t chain_subject(const parse *p, uint32_t verb)
{
    uint32_t start = modal_chain_start(p, verb);
    if (start == 0)
        return -2;
    int32_t g = subject_of_unknown_verb(p, start);
    if (g >= 0 || p->group_of[start - 1] >= 0)
        return g >= 0 ? g : -2;
    return dyad_tag_is_noun(p->tags[start - 1]) ? -1 : -2;
}

/* "... violates Nepal's obligations, the Geneva-based group said": a
 * noun phrase no dictionary knows, after a comma and right before the
 * verb, is its subject; an actor further back is not.  So is a name no
 * dictionary knows ("... the Middle East peace process, Abdullah told"). */
static int unknown_subject_after(const parse *p, uint32_t after, const verb_group *vg)
{
    if (!p->tags || vg->first == 0)
        return 0;
    uint32_t k = vg->first - 1;
    int name = p->tags[k] == TAG_NNP || p->tags[k] == TAG_NNPS;
    if (!dyad_tag_is_noun(p->tags[k]) || p->group_of[k] >= 0 || syntax_is_day_name(&p->t[k]))
        return 0;
    while (k > after && (dyad_tag_is_noun(p->tags[k - 1]) || p->tags[k - 1] == TAG_JJ
                         || p->tags[k - 1] == TAG_DT || p->tags[k - 1] == TAG_CD)
           && p->group_of[k - 1] < 0)
        k--;
    /* (but a name after an actor and a comma is in apposition to it: "the
     * EU's representative in Skopje, Erwan Fouere invited") */
    return k > after && strcmp(p->t[k - 1].up, ",") == 0 && !(name && k >= 2 && p->group_of[k - 2] >= 0);
}

/* Where group ag is the object of a verb in a clause that modifies an
 * earlier noun ("the envoy who met Putin", "a man suspected of attacking US
 * troops", "a teacher believed to have recruited suicide bombers"): the
 * token of that noun, the head the verb after it belongs to; -1 otherwise. */
static int32_t embedded_head(const parse *p, const actor_group *ag)
{
    /* (not after a copula: "Hydara, who was AFP's correspondent, ...") */
    if (ag->first < 2 || !dyad_tag_is_verb(p->tags[ag->first - 1]) || p->t[ag->first - 1].tag == WC_AUX)
        return -1;
    uint32_t k = ag->first - 1;       /* back over the chain "believed to have recruited" */
    int to_or_of = 0;
    while (k > 0) {
        const uint8_t tag = p->tags[k - 1];
        int of_gerund = p->tags[k] == TAG_VBG && strcmp(p->t[k - 1].up, "OF") == 0;
        if (!(dyad_tag_is_verb(tag) || tag == TAG_TO || tag == TAG_RB || p->t[k - 1].tag == WC_AUX || of_gerund))
            break;
        to_or_of |= tag == TAG_TO || of_gerund;
        k--;
    }
    if (k == 0)
        return -1;
    uint32_t before = k - 1;
    if (p->tags[before] == TAG_WP || p->tags[before] == TAG_WDT) {
        if (before == 0)
            return -1;
        before--;                     /* "the envoy who", "the envoy, who" */
        if (p->tags[before] == TAG_COMMA && before > 0)
            before--;
    } else if (!(p->tags[k] == TAG_VBN || p->tags[k] == TAG_VBG || (p->tags[k] == TAG_VBD && to_or_of))) {
        return -1;                    /* "Officials said Russia attacked" */
    }
    /* (the tagger takes some nouns of people for adjectives: "a militant
     * accused of") */
    int nominal = dyad_tag_is_noun(p->tags[before]) || p->tags[before] == TAG_JJ;
    return nominal || p->group_of[before] >= 0 ? (int32_t)before : -1;
}

/* Whether the verb group is finite for sure: a participle with no
 * auxiliary may itself be a reduced relative ("executed rebels captured
 * alive"). */
static int main_verb(const parse *p, const verb_group *vg)
{
    return p->tags && vg->finite && !vg->infinitive && (vg->first < vg->verb || p->tags[vg->verb] != TAG_VBN);
}

/* Whether group g is a pair phrase ("the two countries", "both sides":
 * add_pair_groups gives it two actors on its own words), appended after
 * the groups of the parse, with a group of them that no preposition takes
 * between it and the verb group: that group is the nearer. */
static int pair_behind(const parse *p, int32_t g, const verb_group *vg)
{
    const actor_group *ag = &p->groups[g];
    if (ag->n < 2)
        return 0;
    for (int k = 0; k < ag->n; k++)
        if (ag->actors[k].first != ag->first || ag->actors[k].last != ag->last)
            return 0;
    for (uint32_t k = ag->last; k < vg->first && k < p->n; k++) {
        int32_t h = p->group_of[k];
        if (h >= 0 && h < g && !p->groups[h].in_pp && p->groups[h].first >= ag->last)
            return 1;
    }
    return 0;
}

/* "An attack by the Islamic State group killed 12 soldiers", "The attack,
 * claimed by the Islamic State group, killed ...": the one "by" whom an
 * attack heading vg's subject was made or claimed did what the attack
 * did. */
static int attack_made_by(const parse *p, const actor_group *ag, const verb_group *vg)
{
    if (!ag->in_pp || ag->prep < 2 || strcmp(p->t[ag->prep].up, "BY") != 0 || vg->passive || !p->tags
        || syntax_verb_in(p, ag->last, vg->first))
        return 0;
    uint32_t k = ag->prep - 1;
    if (strcmp(p->t[k].up, "OUT") == 0)                 /* ("carried out by") */
        k--;
    if (p->tags[k] == TAG_VBN && k > 1) {               /* ("claimed by") */
        k--;
        if (p->t[k].up[0] == ',')
            k--;
    }
    if (!syntax_is_attack_noun(&p->t[k]))
        return 0;
    uint32_t start = k;                                 /* ("A deadly suicide attack") */
    while (start > 0 && k - start < 4
           && (p->t[start - 1].tag == WC_DET || p->tags[start - 1] == TAG_JJ || p->tags[start - 1] == TAG_NN))
        start--;
    return start == 0 || (p->t[start - 1].flags & TOK_PUNCT);
}

/* "Several countries, including France and Germany, condemned ...": the
 * members named between commas after a plural no dictionary names, opening
 * the clause, act for it. */
static int members_of_subject(const parse *p, const actor_group *ag, const verb_group *vg)
{
    if (!ag->in_pp || strcmp(p->t[ag->prep].up, "INCLUDING") != 0 || ag->prep < vg->left + 2 || !p->tags
        || strcmp(p->t[ag->prep - 1].up, ",") != 0 || ag->last + 1 != vg->first
        || strcmp(p->t[ag->last].up, ",") != 0)
        return 0;
    uint32_t head = ag->prep - 2;
    return p->tags[head] == TAG_NNS && p->group_of[head] < 0 && only_modifiers(p, vg->left, head);
}

static int pronoun_agrees(const parse *p, const char *pr, int32_t g);

/* "As Israeli soldiers fanned out through ..., they encountered": the
 * pronoun opening the main clause (after a comma) stands for the subject
 * of a clause before it, whose verb no dictionary knows; -1 when there is
 * none. */
static int32_t earlier_clause_subject(const parse *p, uint32_t pronoun)
{
    for (uint32_t k = pronoun; p->tags && k-- > 1;)
        if (unknown_verb_word(p, k) && dyad_tag_is_verb(p->tags[k]) && p->tags[k] != TAG_VBG
            && p->t[k - 1].tag != WC_AUX) {
            int32_t g = subject_of_unknown_verb(p, k);
            if (g >= 0)
                return g;
        }
    return -1;
}

/* The subject: the nearest group before the verb group in its clause that
 * is not the object of a preposition. */
static int32_t find_subject(const parse *p, const verb_group *vg)
{
    /* "told reporters he would meet": the subject is "he", not "reporters"
     * (resolve_subjects refers it to the verb before, if there is one). */
    /* ("China is a powerhouse, and we have contacted our embassy": "we",
     * "I" and "you" are never a name before them, even for the first verb) */
    static const char *const speakers[] = {"WE", "I", "YOU", NULL};
    const token *pronoun = syntax_bare_pronoun_before(p, vg);
    if (pronoun && (vg != &p->verbs[0] || str_in(pronoun->up, speakers)))
        return -1;
    if (pronoun && vg->first > 1 && p->t[vg->first - 2].up[0] == ',') {
        int32_t s = earlier_clause_subject(p, vg->first - 1);
        if (s >= 0 && pronoun_agrees(p, pronoun->up, s))
            return s;
    }
    int32_t of_head = -1;
    for (int32_t g = (int32_t)p->n_groups - 1; g >= 0; g--) {
        const actor_group *ag = &p->groups[g];
        if (ag->last > vg->first || ag->first < vg->left || pair_behind(p, g, vg))
            continue;
        /* (a name in a slogan or quote the verb is not in: "chanting
         * 'Bush, get out of Argentina', set fire to a shop") */
        if (p->t[ag->first].in_quote && !p->t[vg->verb].in_quote)
            continue;
        if (!ag->in_pp && object_of_unknown_verb(p, ag, vg) && ag->first - 1 > vg->left) {
            int32_t s = chain_subject(p, ag->first - 1);
            if (s >= -1)
                return s;
        }
        if (!ag->in_pp && main_verb(p, vg)) {
            int32_t head = embedded_head(p, ag);
            if (head >= 0) {          /* the head's actor, or none that we know */
                int32_t h = p->group_of[head];
                return h >= 0 && !p->groups[h].in_pp ? h : -1;
            }
        }
        if (!ag->in_pp)
            return unknown_subject_after(p, ag->last, vg) ? -1 : apposed_to(p, g, vg);
        if (attack_made_by(p, ag, vg) || members_of_subject(p, ag, vg))
            return g;
        /* "Opponents of Rwanda's Senate protested": followers whom the
         * dictionaries do not name stand for the actor they are "of". */
        if (ag->prep > vg->left
            && ((strcmp(p->t[ag->prep].up, "OF") == 0 && followers_of(&p->t[ag->prep - 1]))
                || (strcmp(p->t[ag->prep].up, "FROM") == 0 && sent_from(&p->t[ag->prep - 1])))
            && only_modifiers(p, vg->left, ag->prep - 1))
            of_head = g;
    }
    return of_head;
}

/* "victims killed by the Malaysia Airlines flight MH17 crash": a name
 * that only says whose the accident was is no agent. */
static int accident_after(const parse *p, uint32_t i)
{
    static const char *const accidents[] = {"CRASH", "CRASHES", "ACCIDENT", "ACCIDENTS", "EARTHQUAKE",
        "QUAKE", "FLOOD", "FLOODS", "FLOODING", "STORM", "LANDSLIDE", "COLLAPSE", "BLAZE",
        "TSUNAMI", "CYCLONE", "TYPHOON", "HURRICANE", "OUTBREAK", "EPIDEMIC", NULL};
    for (uint32_t k = i; k < p->n && k < i + 4; k++) {
        if (str_in(p->t[k].up, accidents))
            return 1;
        /* only the rest of its noun phrase ("... flight MH17 crash") */
        if (!p->tags || !(dyad_tag_is_noun(p->tags[k]) || p->tags[k] == TAG_JJ || p->tags[k] == TAG_CD))
            return 0;
    }
    return 0;
}

/* "killed in Israeli air strikes", "wounded in a Russian missile attack":
 * an attack named right after an actor is that actor's act, and the one
 * who did a passive verb that happened in it. */
static int attack_after(const parse *p, uint32_t i)
{
    static const char *const attack[] = {"ATTACK", "ATTACKS", "STRIKE", "STRIKES", "AIRSTRIKE",
        "AIRSTRIKES", "RAID", "RAIDS", "SHELLING", "BOMBING", "BOMBINGS", "BOMBARDMENT",
        "FIRE", "GUNFIRE", "ASSAULT", "OFFENSIVE", "AMBUSH", "SHOOTING", "BARRAGE", "OPERATION",
        "OPERATIONS", "INCURSION", "INVASION", NULL};
    for (uint32_t k = i; k < p->n && k < i + 3; k++) {
        if (p->t[k].tag == WC_PUNCT || p->t[k].tag == WC_PREP)
            return 0;
        if (str_in(p->t[k].up, attack))
            return 1;
    }
    return 0;
}

/* The preposition before a group that only says where: a country or a
 * place after "in", "at", "near" ("in Beit Hanoun", "in Khobar, Saudi
 * Arabia"), or NONE. */
static uint32_t where_prep(const parse *p, int32_t g)
{
    static const char *const at[] = {"IN", "AT", "NEAR", NULL};
    const actor_group *ag = &p->groups[g];
    if (ag->n != 1 || !actor_group_is_place(ag))
        return NONE;
    if (ag->in_pp)
        return str_in(p->t[ag->prep].up, at) ? ag->prep : NONE;
    /* "a bomb attack in Khobar, Saudi Arabia, that killed": the country
     * of a town named after "in" */
    uint32_t k = ag->first;
    if (k < 3 || p->t[k - 1].up[0] != ',' || !(p->t[k - 2].flags & TOK_CAP) || p->group_of[k - 2] >= 0)
        return NONE;
    k -= 2;
    while (k > 0 && (p->t[k - 1].flags & TOK_CAP) && p->t[k - 1].tag == WC_OTHER && p->group_of[k - 1] < 0)
        k--;
    return k > 0 && str_in(p->t[k - 1].up, at) ? k - 1 : NONE;
}

/* Whether group g only says where. */
static int where_of(const parse *p, int32_t g)
{
    return where_prep(p, g) != NONE;
}

/* "in the south of Afghanistan": a country or region after "of". */
static int place_of_name(const parse *p, int32_t g)
{
    const actor_group *ag = &p->groups[g];
    return ag->in_pp && ag->n == 1 && !ag->agent[0] && strcmp(p->t[ag->prep].up, "OF") == 0
           && dyad_country_by_iso3(ag->actors[0].code) != NULL;
}

/* "an Israeli attack in Beit Hanoun that killed 19 civilians": what the
 * relative clause says is of the attack, whose actor comes before the
 * place; -1 when none does. */
static int32_t attacker_before(const parse *p, int32_t g)
{
    uint32_t k = where_prep(p, g);
    /* (back over places the dictionaries do not know: "an Israeli attack
     * in Beit Hanoun in northern Gaza that killed") */
    while (k > 0 && (p->t[k - 1].tag == WC_OTHER || p->t[k - 1].tag == WC_DET || !strcmp(p->t[k - 1].up, "IN"))
           && !(p->t[k - 1].flags & TOK_PUNCT) && p->group_of[k - 1] < 0)
        k--;
    int32_t a = k > 0 ? p->group_of[k - 1] : -1;
    return a >= 0 && !where_of(p, a) && attack_after(p, p->groups[a].last) ? a : -1;
}

/* Whether a common noun after a break lies in [from, to): "Germany or
 * Austria -- comments that were condemned" relates "that" to the comments
 * ("the Zairean rebel alliance, which" keeps the alliance's name). */
static int noun_between(const parse *p, uint32_t from, uint32_t to)
{
    int broken = 0;
    for (uint32_t k = from; k < to; k++) {
        if (p->t[k].flags & TOK_PUNCT)
            broken = 1;
        else if (broken && p->t[k].tag == WC_OTHER && !(p->t[k].flags & TOK_CAP))
            return 1;
    }
    return 0;
}

/* Antecedent of a relative pronoun at token r: the group just before it,
 * unless that only says where. */
static int32_t antecedent(const parse *p, uint32_t r)
{
    for (int32_t g = (int32_t)p->n_groups - 1; g >= 0; g--) {
        if (p->groups[g].last > r || r - p->groups[g].last > 8)
            continue;
        if (r - p->groups[g].last <= 2 && !noun_between(p, p->groups[g].last, r))
            return where_of(p, g) ? attacker_before(p, g) : g;
        /* "an Israeli attack in Beit Hanoun that killed": the attack's
         * actor, a few words back. */
        if (attack_after(p, p->groups[g].last) && !syntax_verb_in(p, p->groups[g].last, r))
            return g;
    }
    return -1;
}

/* Among prepositional objects "against" names the target most surely
 * ("bans on travel to Canada against four Russian officers"); otherwise
 * the first one is taken, as PETRARCH does. */
static int prep_rank(const token *t)
{
    return strcmp(t->up, "AGAINST") == 0 ? 0 : 1;
}

int tells_addressee(const token *t)
{
    static const char *const words[] = {"TOLD", "TELL", "TELLS", "TELLING", "INFORMED", "INFORM", "INFORMS",
                                        "BRIEFED", "BRIEF", "BRIEFS", "ASSURED", "ASSURE", "ASSURES",
                                        "ADDRESSED", "ADDRESS", "ADDRESSES", "ADDRESSING", NULL};
    return str_in(t->up, words);
}

/* Where, as a last resort for whom: PETRARCH codes "will meet in Zurich"
 * with Switzerland as the target. */
static int place_preposition(const token *t)
{
    return strcmp(t->up, "IN") == 0 || strcmp(t->up, "AT") == 0;
}

/* "met in the Cuban capital of Havana", "at the town of Goma": the name
 * after "of" and a place noun that is itself where something happened. */
static int place_of(const parse *p, const actor_group *g)
{
    static const char *const places[] = {"CAPITAL", "CITY", "TOWN", "VILLAGE", "PORT", "PROVINCE",
        "REGION", "DISTRICT", "AREA", "OUTSKIRTS", "SUBURBS", "SUBURB", "STREETS", "CENTRE", "CENTER", "RESORT",
        "HEART", "HEADQUARTERS", NULL};
    if (!g->in_pp || strcmp(p->t[g->prep].up, "OF") != 0 || g->prep == 0 || !str_in(p->t[g->prep - 1].up, places))
        return 0;
    for (uint32_t k = g->prep - 1; k-- > 0 && k + 5 > g->prep;)
        if (place_preposition(&p->t[k]))
            return 1;
    return 0;
}

/* "claimed responsibility for the attack on the concert hall near Moscow":
 * a place named after "near" (not a country's word before a noun: "near
 * the Syrian border") is where the attack claimed was.  (Only for claims:
 * two sides that "clashed near Kathmandu" did not clash with it.) */
static int near_place(const parse *p, const actor_group *g)
{
    return strcmp(p->t[g->prep].up, "NEAR") == 0
           && !(g->last < p->n && p->tags && dyad_tag_is_noun(p->tags[g->last]));
}

int place_object(const parse *p, const actor_group *g)
{
    return g->in_pp && (place_preposition(&p->t[g->prep]) || place_of(p, g));
}

static const char *const weapon_nouns[] = {"MISSILE", "MISSILES", "ROCKET", "ROCKETS", "SHELL", "SHELLS",
    "BOMB", "BOMBS", "DRONE", "DRONES", "MORTAR", "MORTARS", "GRENADE", "GRENADES", "MINE", "MINES",
    "BULLET", "BULLETS", "TORPEDO", "ARTILLERY", NULL};
uint32_t attacked_before(const parse *p, const verb_group *vg)
{
    if (vg->subject < 0 || !p->tags || vg->first > p->groups[vg->subject].last + 10)
        return 0;
    uint32_t on = 0;
    for (uint32_t k = p->groups[vg->subject].last; k < vg->first; k++) {
        if ((p->t[k].flags & TOK_PUNCT) || syntax_is_verb_at(p, k))
            return 0;
        if (!on && (!strcmp(p->t[k].up, "ON") || !strcmp(p->t[k].up, "AGAINST") || !strcmp(p->t[k].up, "IN"))
            && syntax_is_attack_noun(&p->t[k - 1]))
            on = k;
    }
    if (!on || on + 1 >= vg->first)
        return 0;
    return strcmp(p->t[on + 1].up, "THE") == 0 && on + 2 < vg->first ? on + 2 : on + 1;
}

int arms_word(const token *t)
{
    static const char *const craft[] = {"WARPLANE", "WARPLANES", "AIRCRAFT", "JETS", "WARSHIP", "WARSHIPS",
        "GUNBOAT", "GUNBOATS", "GUNSHIPS", "BOMBERS", NULL};
    return str_in(t->up, weapon_nouns) || str_in(t->up, craft);
}

/* "was blown up by a missile believed to be fired by pro-Russia rebels",
 * "killed by a rocket launched by Hamas": a weapon as the agent stands for
 * whoever fired it.  Returns that group or -1. */
static int32_t weapon_agent(const parse *p, const verb_group *vg)
{
    static const char *const fired[] = {"FIRED", "LAUNCHED", "DROPPED", "PLANTED", "THROWN", "SHOT", NULL};
    uint32_t k = vg->verb_end;
    while (k < vg->right && strcmp(p->t[k].up, "BY") != 0)
        k++;
    uint32_t end = k + 14 < p->n ? k + 14 : p->n;
    int weapon = 0, fire = 0;
    for (k++; k < end; k++) {
        if (p->t[k].tag == WC_PUNCT)
            return -1;
        weapon |= str_in(p->t[k].up, weapon_nouns);
        fire |= weapon && str_in(p->t[k].up, fired);
        if (fire && strcmp(p->t[k].up, "BY") == 0)   /* "by (the) (pro-Russia) rebels" */
            for (uint32_t j = k + 1; j < p->n && j <= k + 3; j++)
                if (p->group_at[j] >= 0)
                    return p->group_at[j];
    }
    return -1;
}

/* Written documents, which speak for whoever makes or issues them, and
 * texts agreed or proposed. */
static const char *const documents[] = {"RESOLUTION", "RESOLUTIONS", "LETTER", "STATEMENT", "REPORT",
    "MOTION", "DECLARATION", "COMMUNIQUE", "DECREE", "STUDY", "DOCUMENT", "MEMO", "MEMORANDUM",
    "ANNOUNCEMENT", "NOTE", NULL};
static const char *const texts[] = {"DEAL", "DEALS", "AGREEMENT", "AGREEMENTS", "ACCORD", "TREATY", "BILL",
    "LAW", "PLAN", "PROPOSAL", "DECISION", "DRAFT", "MEASURE", "MEASURES", "ORDER", NULL};

/* "met on Saturday with both leaders expressing ...": "with" and a clause
 * is a circumstance, not a companion; not the "with" right after vg's verb
 * ("clashed with protesters demanding jobs"), nor one before an -ing word
 * that is a preposition ("suspended talks with Pakistan following the
 * blasts"), nor one after a text, which the -ing word tells of ("signed a
 * document with the United States guaranteeing the ceasefire"). */
int absolute_with(const parse *p, const verb_group *vg, const actor_group *ag)
{
    static const char *const prepositions[] = {"FOLLOWING", "INCLUDING", "REGARDING", "CONCERNING", "DURING",
        NULL};
    return ag->in_pp && strcmp(p->t[ag->prep].up, "WITH") == 0 && ag->prep != vg->verb_end && ag->last < p->n
           && syntax_is_verb_at(p, ag->last) && token_ends_with(&p->t[ag->last], "ING")
           && !str_in(p->t[ag->last].up, prepositions)
           && !str_in(p->t[ag->prep - 1].up, documents) && !str_in(p->t[ag->prep - 1].up, texts);
}

/* Whether every member of ag is forces of no named country ("police and
 * troops"; militias too when mobilised, 15), or for a withdrawal (087)
 * people of any kind ("withdrawing settlers and troops"). */
static int unnamed_forces(const actor_group *ag, const char *code)
{
    int withdrawal = strncmp(code, "087", 3) == 0;
    int posture = strncmp(code, "15", 2) == 0;   /* ("helped militants" is aid to them) */
    for (int k = 0; k < ag->n; k++) {
        const char *c = ag->actors[k].code;
        if (strncmp(c, "---", 3) != 0 || (!withdrawal && !actor_code_has(c, "MIL") && !actor_code_has(c, "COP")
                                             && !(posture && actor_code_has(c, "UAF"))))
            return 0;
    }
    return ag->n > 0 && ag->agent[0];
}

/* Whether token k is the "to" of an infinitive, split by an adverb too
 * ("to jointly produce"): a "by" after one is in its clause ("were put on
 * high alert to prevent any activity by the bombers"), and forces after
 * one are what it moves ("offered to lead a police force to Haiti"). */
static int infinitive_at(const parse *p, uint32_t k)
{
    return strcmp(p->t[k].up, "TO") == 0
           && (p->tags[k + 1] == TAG_VB || (p->tags[k + 1] == TAG_RB && k + 2 < p->n && p->tags[k + 2] == TAG_VB));
}

/* Whether an infinitive of purpose of a verb no dictionary knows begins
 * in tokens (from, to): after a phrase that is no common noun's (whose
 * infinitive noun_infinitive_between reads).  Right after the verb it is
 * the verb's own complement: "threatens to wipe Israel off the map"
 * threatens Israel. */
static int unknown_infinitive_within(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t k = from + 1; p->tags && k + 1 < to; k++)
        if (infinitive_at(p, k) && unknown_verb_word(p, p->tags[k + 1] == TAG_VB ? k + 1 : k + 2)
            && p->tags[k - 1] != TAG_NN && p->tags[k - 1] != TAG_NNS && p->tags[k - 1] != TAG_RB
            && !syntax_is_day_name(&p->t[k - 1]))
            return 1;
    return 0;
}

/* "provide 1,000 troops to the UN force", "deploy police to the south",
 * "agreed to disengage troops", "promised 700 troops": forces of no named country that are given,
 * sent, deployed or withdrawn are what the act moves, not whom it is aimed
 * at. */
static int sent_force(const parse *p, const actor_group *ag, const char *code)
{
    static const char *const moves[] = {"03", "07", "15", "087", NULL};   /* "pull back troops", "promised 700 troops" */
    /* "up to 1,000 troops", "between 3,000 and 4,000 troops", "the
     * withdrawal of troops" */
    static const char *const about[] = {"BETWEEN", "TO", "ABOUT", "AROUND", "OVER", "NEARLY", "ALMOST", NULL};
    int counted = ag->in_pp && str_in(p->t[ag->prep].up, about) && ag->prep + 1 < p->n
                  && isdigit((unsigned char)p->t[ag->prep + 1].up[0]);
    int object = !ag->in_pp || strcmp(p->t[ag->prep].up, "OF") == 0
                 || (ag->prep > 0 && strcmp(p->t[ag->prep - 1].up, "UP") == 0) || counted
                 || (p->tags && infinitive_at(p, ag->prep));   /* ("offered to lead a police force") */
    return str_prefix_in(code, moves) && object && unnamed_forces(ag, code);
}

const actor_group *opening_group(const parse *p)
{
    int32_t g = p->n > 0 ? p->group_at[0] : -1;
    if (g < 0 && p->n > 1 && p->t[0].tag == WC_DET)
        g = p->group_at[1];
    return g >= 0 && !p->groups[g].in_pp ? &p->groups[g] : NULL;
}

int verb_chain_tag(uint8_t tag)
{
    return dyad_tag_is_verb(tag) || tag == TAG_MD || tag == TAG_RB || tag == TAG_TO;
}

int names_person(const parse *p, const actor_group *g)
{
    const dyad_dicts *d = p->d;
    for (uint32_t k = g->first; k < g->last; k++) {
        uint32_t end, node = dict_match(d, p->t, p->n, k, WANT_ACTOR, &end);
        if (node != NONE && d->nodes[node].actor != NONE && dict_actor_is_person(d, d->nodes[node].actor))
            return 1;
    }
    return 0;
}

/* A country or organisation named on its own as the subject ("the United
 * States would talk", not "North Korea's top ideologue Hwang"). */
static int bare_state(const parse *p, const actor_group *g)
{
    if (g->n != 1 || g->agent[0] || !dyad_country_by_iso3(g->actors[0].code) || p->t[g->first].tag == WC_PRON
        || names_person(p, g))
        return 0;
    if (g->last >= p->n)
        return 1;
    const token *next = &p->t[g->last];
    if (!strcmp(next->up, "'S") || !strcmp(next->up, "'"))
        return 0;                     /* a possessive: someone of that country */
    return next->tag != WC_OTHER || syntax_is_verb_at(p, g->last);
}

/* "a Japanese woman charged he raped her": "he" is not the woman. */
static int other_gender(const parse *p, const char *pr, const actor_group *g)
{
    static const char *const women[] = {"WOMAN", "WOMEN", "GIRL", "GIRLS", "MOTHER", "WIFE", "WIDOW",
        "DAUGHTER", "SISTER", "QUEEN", "SPOKESWOMAN", "CHAIRWOMAN", "BUSINESSWOMAN", NULL};
    static const char *const men[] = {"MAN", "MEN", "BOY", "BOYS", "FATHER", "HUSBAND", "WIDOWER", "SON",
        "BROTHER", "KING", "SPOKESMAN", "CHAIRMAN", "BUSINESSMAN", NULL};
    const char *head = p->t[g->last - 1].up;
    return str_in(head, !strcmp(pr, "HE") ? women : men);
}

/* "Police said they had arrested a man claiming he wanted to kill the
 * pope": "he" is one person, not a plural or a body of people. */
static int many_or_body(const parse *p, const actor_group *g)
{
    static const char *const bodies[] = {"POLICE", "GOVERNMENT", "ARMY", "MINISTRY", "PARTY", "COUNCIL",
        "PARLIAMENT", "COMMITTEE", "COURT", "COMPANY", "MILITARY", "CABINET", "ADMINISTRATION", NULL};
    if (names_person(p, g))
        return 0;                     /* (a name the tagger takes for a plural: "Meles") */
    uint32_t head = g->last - 1;
    return str_in(p->t[head].up, bodies) || (p->tags && (p->tags[head] == TAG_NNS || p->tags[head] == TAG_NNPS));
}

/* Whether pronoun `pr` can stand for group g: "it" is no person ("Chavez
 * said the FTAA is dead as it only helps US companies"), "he" and "she"
 * are no country ("the United States would talk after he met Netanyahu"). */
static int pronoun_agrees(const parse *p, const char *pr, int32_t g)
{
    if (g < 0)
        return 1;
    if ((!strcmp(pr, "IT") || !strcmp(pr, "HE") || !strcmp(pr, "SHE")) && p->groups[g].n > 1)
        return 0;                     /* "the EU and the US ... when it took power" */
    if (!strcmp(pr, "IT"))
        return !names_person(p, &p->groups[g]);
    if (!strcmp(pr, "HE") || !strcmp(pr, "SHE"))
        return !bare_state(p, &p->groups[g]) && !other_gender(p, pr, &p->groups[g])
               && !many_or_body(p, &p->groups[g]);
    return 1;
}

/* Whether group g, after a comma, is the speaker of a reporting verb right
 * after it: the clause that tells the source, not an object. */
static int trailing_speaker(const parse *p, const actor_group *g)
{
    uint32_t k = g->first;
    while (k > 0 && (p->t[k - 1].tag == WC_DET || (p->tags && p->tags[k - 1] == TAG_JJ)))
        k--;
    /* ("..., witnesses and an AFP reporter said": speakers joined) */
    if (k > 1 && p->tags && p->t[k - 1].tag == WC_CONJ) {
        uint32_t joined = k - 1;
        while (joined > 0 && joined + 5 > k && (dyad_tag_is_noun(p->tags[joined - 1]) || p->tags[joined - 1] == TAG_JJ))
            joined--;
        if (joined + 1 < k)
            k = joined;
    }
    return k > 0 && !strcmp(p->t[k - 1].up, ",") && g->last < p->n && p->t[g->last].tag == WC_REPORT;
}

/* The "of" before a group in a prepositional phrase, maybe inside the
 * phrase its outer preposition opens ("on behalf of the Zairean
 * government" is "on" it); 0 when there is none. */
static uint32_t of_inside(const parse *p, const actor_group *ag)
{
    if (!ag->in_pp)
        return 0;
    for (uint32_t k = ag->first; k-- > ag->prep && k > 0;)
        if (strcmp(p->t[k].up, "OF") == 0)
            return k;
    return 0;
}

int circumstance_of(const parse *p, const actor_group *ag)
{
    static const char *const nouns[] = {"FRONT", "PRESENCE", "AHEAD", "SIDELINES", "WAKE", "INSTEAD",
        "BECAUSE", "REGARDLESS", "SPITE", "BEHALF", "MARGINS", "ABSENCE", "PRESSURE", NULL};
    uint32_t of = of_inside(p, ag);
    return of && str_in(p->t[of - 1].up, nouns);
}

/* "opened an investigation following a complaint from Ukraine", "after a
 * request by the prosecutors", "amid pressure from Washington", "withdrew
 * from Uvira under pressure from Washington": whose
 * request or complaint set off the act is not whom it is done to. */
static int cause_from(const parse *p, const actor_group *ag)
{
    static const char *const causes[] = {"FOLLOWING", "AFTER", "AMID", "AMIDST", "DESPITE", "UNDER", NULL};
    if (!ag->in_pp || !p->tags || (strcmp(p->t[ag->prep].up, "FROM") != 0 && strcmp(p->t[ag->prep].up, "BY") != 0))
        return 0;
    uint32_t k = ag->prep;
    while (k > 0 && ag->prep - k < 5
           && (dyad_tag_is_noun(p->tags[k - 1]) || p->tags[k - 1] == TAG_JJ || p->tags[k - 1] == TAG_DT))
        k--;
    return k < ag->prep && k > 0 && str_in(p->t[k - 1].up, causes);
}

/* Whether one of `words` opens, after the verb and in its clause, the
 * phrase group ag is in, with no verb between them.  (The words are few
 * and rare: they are sought first, the verbs only then.) */
static int phrase_opened_by(const parse *p, const verb_group *vg, const actor_group *ag, const char *const *words)
{
    uint32_t k = ag->first;
    while (k-- > vg->verb_end && p->t[k].tag != WC_PUNCT && p->t[k].tag != WC_SUBORD)
        if (str_in(p->t[k].up, words)) {
            for (uint32_t j = k + 1; j < ag->first; j++)
                if (syntax_is_verb_at(p, j))
                    return 0;
            return 1;
        }
    return 0;
}

/* "decided to resign amid criticism of his performance during the war
 * with Hezbollah", "despite pressure from Washington": an actor in the
 * phrase "amid" or "despite" opens after the verb is part of the
 * circumstance, not whom the act is done to. */
static int amid_phrase(const parse *p, const verb_group *vg, const actor_group *ag)
{
    static const char *const amid[] = {"AMID", "AMIDST", "DESPITE", NULL};
    return phrase_opened_by(p, vg, ag, amid);
}

/* "Rumsfeld resigned over his handling of the Iraq war": what one yields
 * or resigns over (CAMEO 083) is the cause, not whom one yields to. */
static int yielded_over(const parse *p, const verb_group *vg, const actor_group *ag, const char *code)
{
    static const char *const over[] = {"OVER", NULL};
    return strncmp(code, "083", 3) == 0 && phrase_opened_by(p, vg, ag, over);
}

/* "met in Doha at the invitation of the Emir of Qatar": who invited is not
 * whom one met (but "accepted the invitation of the Nepali government" is
 * whose invitation; and a visit paid at someone's invitation is to them). */
static int inviter(const parse *p, const actor_group *ag, const char *code)
{
    static const char *const nouns[] = {"INVITATION", "BEHEST", NULL};
    if (!strcmp(code, "042") || !strcmp(code, "043"))
        return 0;
    uint32_t of = of_inside(p, ag);
    return of >= 3 && str_in(p->t[of - 1].up, nouns) && strcmp(p->t[of - 3].up, "AT") == 0;
}

/* "improve India's relations with Pakistan": the owner of the relations is
 * one side of them; the other, after "with", is the one acted towards. */
static int own_relations(const parse *p, const actor_group *ag)
{
    static const char *const relations[] = {"RELATIONS", "RELATIONSHIP", "TIES", "COOPERATION",
        "FRIENDSHIP", "PARTNERSHIP", "DIALOGUE", "CONTACTS", "LINKS", "DEALINGS", "TRADE", NULL};
    uint32_t k = ag->last;
    if (ag->in_pp || k + 2 >= p->n || (strcmp(p->t[k].up, "'S") != 0 && strcmp(p->t[k].up, "'") != 0))
        return 0;
    for (k++; k < p->n && k <= ag->last + 3; k++)
        if (str_in(p->t[k].up, relations))
            return k + 1 < p->n && strcmp(p->t[k + 1].up, "WITH") == 0;
    return 0;
}

/* The group whose preposition governs group g: g itself, or the group
 * before it when g is the second of a pair ("between moderate Iraqi Shiites
 * and Sunnis": the second is named apart). */
static const actor_group *governing_pp(const parse *p, uint32_t g)
{
    const actor_group *ag = &p->groups[g];
    if (!ag->in_pp && g > 0 && p->groups[g - 1].in_pp && ag->first - p->groups[g - 1].last <= 3
        && strcmp(p->t[ag->first - 1].up, "AND") == 0)
        return &p->groups[g - 1];
    return ag;
}

/* "prepared the ground for a meeting between Cyprus and Turkey", "promote
 * ties between China and ASEAN", "help defuse tensions between the
 * refugees and the local population": those a "between" or "among" phrase
 * relates are not whom the actor's cooperation or restriction (03, 05 but
 * praise, 06-08, 12, 16, 17) is with or aimed at.  They are whom a third
 * party's words about their dealings address ("called for negotiations
 * between Somalia's factions", "welcomed talks between ...", "indignation
 * at a meeting between Clinton and the Dalai Lama"), and with whom a
 * meeting is held (04: "attend the summit between China and ASEAN"). */
static int among_others(const parse *p, uint32_t g, const char *code)
{
    static const char *const among[] = {"BETWEEN", "AMONG", NULL};
    static const char *const acts[] = {"030", "031", "032", "033", "034", "035", "036", "037", "038",
        "050", "052", "053", "054", "055", "056", "057", "06", "07", "08", "12", "16", "17", NULL};
    const actor_group *ag = governing_pp(p, g);
    return ag->in_pp && str_in(p->t[ag->prep].up, among) && str_prefix_in(code, acts);
}

/* "the violence at the Rafah crossing between Egypt and Gaza", "barred
 * the road between the capital and Kipchak": those a way or a border
 * runs between only say where it is; so does the one a border is "with"
 * in a phrase of place ("seized the Heglig oil field on the border with
 * South Sudan", "near its border with Afghanistan"; not "closed its border
 * with Belarus"). */
static int route_between(const parse *p, uint32_t g, const char *code)
{
    static const char *const routes[] = {"CROSSING", "CROSSINGS", "BORDER", "BORDERS", "FRONTIER", "BOUNDARY",
        "ROAD", "ROADS", "HIGHWAY", "RAILWAY", "ROUTE", "CORRIDOR", "BRIDGE", "LINE", NULL};
    static const char *const at[] = {"ON", "NEAR", "ALONG", "AT", "BY", NULL};
    const actor_group *ag = governing_pp(p, g);
    if (!ag->in_pp || ag->prep == 0 || !str_in(p->t[ag->prep - 1].up, routes))
        return 0;
    if (strcmp(p->t[ag->prep].up, "BETWEEN") == 0)
        return 1;
    uint32_t k = ag->prep - 1;
    while (k > 0 && (p->t[k - 1].tag == WC_DET || p->group_of[k - 1] >= 0 || !strcmp(p->t[k - 1].up, "COMMON")))
        k--;
    return strcmp(p->t[ag->prep].up, "WITH") == 0 && k > 0 && str_in(p->t[k - 1].up, at)
           && strncmp(code, "15", 2) != 0;   /* (force shown "on its border with Israel" is to it) */
}

/* "vowed to hunt down the killers of aid worker David Haines": the victim
 * after the killers' "of" is not whom the act is aimed at. */
static int victim_of_perpetrators(const parse *p, const actor_group *ag)
{
    static const char *const perpetrators[] = {"KILLERS", "KILLER", "MURDERERS", "MURDERER", "ATTACKERS",
        "ATTACKER", "KIDNAPPERS", "KIDNAPPER", "ABDUCTORS", "CAPTORS", "ASSASSINS", "ASSASSIN", "PERPETRATORS",
        "BOMBERS", NULL};
    uint32_t k = ag->first;
    while (k > 0 && p->t[k - 1].tag == WC_DET)
        k--;
    return k >= 2 && strcmp(p->t[k - 1].up, "OF") == 0 && str_in(p->t[k - 2].up, perpetrators);
}

/* "marched from Belgrade to Novi Sad", "paraded through Tehran": a place a
 * protest (CAMEO 14) moves from, through or into is its way, not its target. */
static int protest_route(const parse *p, const actor_group *ag, const char *code)
{
    static const char *const ways[] = {"FROM", "THROUGH", "INTO", "ACROSS", "TOWARD", "TOWARDS", "ALONG", NULL};
    if (strncmp(code, "14", 2) != 0 || !ag->in_pp || !actor_group_is_place(ag))
        return 0;
    /* ("took to the streets of Caracas", "poured into the streets of") */
    int streets = ag->first >= 2 && !strcmp(p->t[ag->first - 1].up, "OF") && !strcmp(p->t[ag->first - 2].up, "STREETS");
    return streets || str_in(p->t[ag->prep].up, ways);
}

/* Whether group g, right after "and" or "but", comes right before a finite
 * verb of its own: the subject of a new clause. */
static int subject_of_next_clause(const parse *p, const actor_group *g)
{
    if (g->first == 0 || (strcmp(p->t[g->first - 1].up, "AND") != 0 && strcmp(p->t[g->first - 1].up, "BUT") != 0))
        return 0;
    const verb_group *next = syntax_verb_starting(p, g->last);
    return (next && next->finite) || (g->last < p->n && p->t[g->last].tag == WC_AUX);
}

/* Whether group g names what follows: "killed what the army described as
 * Hamas gunmen" (the army is the free relative's subject, no object). */
static int names_what_follows(const parse *p, const actor_group *g)
{
    const verb_group *next = syntax_verb_starting(p, g->last);
    return next && syntax_names_what(p, next);
}

/* Whether a participle or gerund ("condemning", "sending") starts in
 * tokens [from, to). */
static int nonfinite_within(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t v = 0; v < p->n_verbs; v++)
        if (p->verbs[v].verb >= from && p->verbs[v].verb < to && !p->verbs[v].finite
            && !visiting_title(p, &p->verbs[v]))
            return 1;
    return 0;
}

/* Participles that stand before a name as adjectives ("met with visiting
 * US Secretary of State Rice", "called on ruling Fatah"). */
static const char *const name_participles[] = {"VISITING", "RULING", "OUTGOING", "INCOMING", "LEADING",
    "GOVERNING", "NEIGHBOURING", "NEIGHBORING", "WARRING", "OPPOSING", "RISING", "REMAINING", "DEPARTING",
    "SERVING", "SITTING", "RETIRING", "EXISTING", "PARTICIPATING", "FIGHTING", NULL};

/* "arrested two men suspected of spying for Russia": what a noun is
 * suspected, accused or convicted of is said of that noun, and the phrases
 * after it are not the verb's.  Nor is the phrase whose preposition is the
 * charge's own (to): "people suspected of smuggling migrants from Libya",
 * a group the preposition governing its people took in. */
static int charge_within(const parse *p, uint32_t from, uint32_t to)
{
    static const char *const charged[] = {"SUSPECTED", "ACCUSED", "CHARGED", "CONVICTED", "WANTED", "JAILED",
        "SENTENCED", NULL};
    static const char *const of[] = {"OF", "WITH", "FOR", NULL};
    for (uint32_t k = from; p->tags && k > 0 && k + 1 <= to && k + 1 < p->n; k++)
        if (str_in(p->t[k].up, charged) && str_in(p->t[k + 1].up, of) && dyad_tag_is_noun(p->tags[k - 1]))
            return 1;
    return 0;
}

/* Where the noun phrase of group ag starts: its determiners, adjectives
 * and numbers ("the two Chinese engineers") are its own. */
static uint32_t group_phrase_start(const parse *p, const actor_group *ag)
{
    uint32_t k = ag->first;
    while (k > 0 && p->tags && (p->tags[k - 1] == TAG_DT || p->tags[k - 1] == TAG_JJ || p->tags[k - 1] == TAG_CD))
        k--;
    return k;
}

/* "arrested a suspect in the killing of a Chinese businessman": the one
 * "of" a crime is its victim, not whom custody is taken of. */
static int victim_of_crime(const parse *p, const actor_group *ag)
{
    static const char *const crimes[] = {"KILLING", "KILLINGS", "MURDER", "MURDERS", "DEATH", "DEATHS",
        "ASSASSINATION", "KIDNAPPING", "ABDUCTION", "RAPE", "SHOOTING", "STABBING", "BEATING", "ROBBERY", NULL};
    uint32_t k = group_phrase_start(p, ag);
    return k >= 2 && strcmp(p->t[k - 1].up, "OF") == 0 && str_in(p->t[k - 2].up, crimes);
}

/* "marched in Belgrade demanding the resignation of the government": a
 * place does nothing; an -ing form after it goes on with the clause's own
 * verb, and what it names is that verb's. */
static int place_before(const parse *p, uint32_t k)
{
    int32_t g = p->group_of[k - 1];
    return g >= 0 && p->groups[g].in_pp && actor_group_is_place(&p->groups[g]);
}

/* Whether an -ing participle after a noun starts in tokens [from, to):
 * "went on the rampage waiting for Haniya", "said aboard the plane
 * bringing her to Berlin" (but "proposed holding talks with" is the verb's
 * own gerund, with no noun before it).  When texts_act, one after a text
 * is left to the verb (below); a text signed binds its signers to each
 * other, not to whom it is about. */
static int participle_within(const parse *p, uint32_t from, uint32_t to, int texts_act)
{
    /* ("to provide aid totalling five million yuan to Mauritius": an
     * amount says how much, and the rest is the verb's) */
    static const char *const amounts[] = {"TOTALLING", "TOTALING", "AMOUNTING", "COSTING", "NUMBERING",
        "RANGING", "WEIGHING", "LASTING", "STARTING", "BEGINNING", "ENDING", NULL};
    /* ("seized a craft belonging to the Navy", "agreements pertaining to
     * Hong Kong": whose it is or what it is about names the noun's) */
    static const char *const relating[] = {"BELONGING", "PERTAINING", "RELATING", "INCLUDING", "INVOLVING",
        "CONCERNING", "REGARDING", "FOLLOWING", "ACCORDING", NULL};
    /* ("resumed military aid and intelligence sharing with Ukraine": a
     * noun made of a noun and an -ing form) */
    static const char *const nominal[] = {"SHARING", "KEEPING", "MAKING", "BUILDING", "TRAFFICKING",
        "SMUGGLING", "LAUNDERING", "RAISING", "DRILLING", "MINING", "TRADING", "MONITORING", "TESTING",
        "SPENDING", "FUNDING", "FINANCING", "LENDING", "HOUSING", "CLEARING", NULL};
    /* ("vetoed a resolution backing UN membership for Palestine", "brokered
     * a deal restoring ties between Saudi Arabia and Iran": what a text or
     * a deal does is the act of whoever makes or takes a stand on it) */
    if (!p->tags || from == 0)
        return 0;
    for (uint32_t k = from; k < to && k + 1 < p->n; k++) {
        if (p->tags[k] != TAG_VBG || !dyad_tag_is_noun(p->tags[k - 1]) || p->group_of[k] >= 0
            || str_in(p->t[k].up, amounts) || str_in(p->t[k].up, relating) || str_in(p->t[k].up, nominal)
            || str_in(p->t[k].up, name_participles)
            || (texts_act && (str_in(p->t[k - 1].up, documents) || str_in(p->t[k - 1].up, texts)))
            || place_before(p, k))
            continue;
        /* a verb, not a noun ("the Tueni killing Monday"): what follows it
         * is its object or phrase */
        uint8_t next = p->tags[k + 1];
        if (next == TAG_IN || next == TAG_DT || next == TAG_PRP || next == TAG_PRP_S || next == TAG_CD
            || next == TAG_TO || syntax_verb_starting(p, k))
            return 1;
    }
    return 0;
}

/* The gerund whose phrase the group is in, when it is in one ("lashed
 * out at the US for exploiting the Security Council", "pleaded guilty to
 * smuggling cigarettes from Indonesia", "with its experience of doing
 * business with Chinese firms"): a gerund right after a preposition
 * between the verb and the group, with no comma between; 0 when there is
 * none. */
static uint32_t gerund_object(const parse *p, const verb_group *vg, const actor_group *ag)
{
    if (!ag->in_pp || !p->tags)
        return 0;
    uint32_t gerund = 0;
    for (uint32_t k = vg->verb_end + 1; k < ag->first; k++) {
        if (p->t[k].tag == WC_PUNCT)
            gerund = 0;
        else if (p->tags[k] == TAG_VBG && p->t[k - 1].tag == WC_PREP && !str_in(p->t[k].up, name_participles)
                 && !strchr(p->t[k].up, '-'))
            gerund = k;
    }
    return gerund;
}

/* Aid "in rebuilding the army" or "for training the police" goes to whom
 * the gerund serves; "a base with experience of doing business with
 * Chinese firms" is given to no one there. */
static int gerund_aided(const parse *p, uint32_t gerund)
{
    return !strcmp(p->t[gerund - 1].up, "IN") || !strcmp(p->t[gerund - 1].up, "FOR");
}

int visiting_title(const parse *p, const verb_group *vg)
{
    if (vg->first != vg->verb || strcmp(p->t[vg->verb].up, "VISITING") != 0 || vg->verb_end >= p->n)
        return 0;
    /* ("told visiting Quartet envoy James Wolfensohn", "the visiting
     * minister") */
    const token *before = vg->verb > 0 ? &p->t[vg->verb - 1] : NULL;
    if (before && (tells_addressee(before) || before->tag == WC_DET))
        return 1;
    /* (adjectives may come first: "visiting senior U.S. diplomats") */
    uint32_t k = vg->verb_end;
    while (k + 1 < p->n && p->tags && p->tags[k] == TAG_JJ && p->group_at[k] < 0)
        k++;
    return p->group_at[k] >= 0 && p->groups[p->group_at[k]].agent[0];
}

/* The first token of a date that ends right before token k ("in
 * October", "on Tuesday", "last week", "Monday", "in 2005"), else k. */
static uint32_t date_before(const parse *p, uint32_t k)
{
    static const char *const spans[] = {"WEEK", "MONTH", "YEAR", "WEEKEND", NULL};
    static const char *const which[] = {"LAST", "THIS", "NEXT", "EARLIER", NULL};
    static const char *const preps[] = {"IN", "ON", NULL};
    if (k < 2)
        return k;
    const token *w = &p->t[k - 1];
    uint32_t start = k;
    if (syntax_is_day_name(w) || syntax_month_number(w) || (w->len == 4 && (w->flags & TOK_NUM)))
        start = k - 1;
    else if ((w->flags & TOK_NUM) && w->len <= 2 && syntax_month_number(&p->t[k - 2]))
        start = k - 2;                /* "on March 3" */
    else if (str_in(w->up, spans) && str_in(p->t[k - 2].up, which))
        return k - 2;
    if (start < k && start > 0 && str_in(p->t[start - 1].up, preps))
        start--;
    return start;
}

/* "Afghan law enforcing personnel": "law" names a text only after an
 * article or an adjective of its own ("a law banning", "a new law"). */
static int law_compound(const parse *p, uint32_t k)
{
    if (strcmp(p->t[k].up, "LAW") != 0 && strcmp(p->t[k].up, "LAWS") != 0)
        return 0;
    return k == 0 || !(p->tags[k - 1] == TAG_DT || (p->tags[k - 1] == TAG_JJ && p->group_of[k - 1] < 0));
}

/* "would not support the annual resolution condemning China": an -ing
 * form right after a common noun tells what that thing does, and it is
 * no actor's act.  Attacks and operations are their makers' ("launched
 * strikes targeting the grid"). */
static int thing_participle(const parse *p, uint32_t v)
{
    /* Documents and protests speak for whoever makes them ("presented a
     * resolution condemning Burma", "held protests demanding a solution"),
     * unless the verb takes a stand on them ("would not support the
     * resolution condemning China": 05, 11, 12).  A protest speaks for
     * those who hold it, not for those who break it up ("police dispersed
     * a rally demanding his resignation"). */
    /* (Not a report or study: "an interim report implicating Syrian
     * officials" is no one's act.) */
    static const char *const voices[] = {"RESOLUTION", "RESOLUTIONS", "LETTER", "STATEMENT",
        "JUDGEMENT", "JUDGMENT", "RULING", "MOTION", "DECLARATION", "DRAFT", "COMMUNIQUE", "MESSAGE",
        "NOTE", "DECREE", "DECREES", "ORDER", "PETITION", "APPEAL", "TREATY", "TREATIES", "LAW", "LAWS",
        "BILL", NULL};
    static const char *const stands[] = {"05", "11", "12", NULL};
    static const char *const protests[] = {"PROTEST", "PROTESTS", "DEMONSTRATION", "DEMONSTRATIONS", "RALLY",
        "RALLIES", "MARCH", "MARCHES", "STRIKE", "STRIKES", "SIT-IN", NULL};
    static const char *const holding[] = {"HOLD", "HELD", "STAG", "ORGANI", "LEAD", "LED", "JOIN", "CALL",
        "MOUNT", "LAUNCH", "START", "BEGIN", "BEGAN", "PLAN", NULL};
    const verb_group *vg = &p->verbs[v];
    /* (the noun, not a date after it: "arrested a man Saturday claiming") */
    uint32_t n = vg->first == vg->verb ? date_before(p, vg->verb) : vg->verb;
    if (vg->finite || vg->infinitive || vg->first != vg->verb || n == 0 || !p->tags
        || !token_ends_with(&p->t[vg->verb], "ING") || p->group_of[n - 1] >= 0
        || !(p->tags[n - 1] == TAG_NN || p->tags[n - 1] == TAG_NNS))
        return 0;
    const verb_group *gov = v > 0 ? &p->verbs[v - 1] : NULL;
    /* Attacks are their makers' ("launched raids killing 12"), but not
     * those of one a passive says they were made on ("a lawmaker was
     * killed, the latest in a wave of attacks targeting critics"). */
    if (syntax_is_attack_noun(&p->t[n - 1]))
        return gov && gov->passive;
    if (str_in(p->t[n - 1].up, protests))
        return gov && !str_prefix_in(p->t[gov->verb].up, holding);
    if (!str_in(p->t[n - 1].up, voices) || law_compound(p, n - 1))
        return 1;
    /* (a bill or a draft is not law yet: what it would do beyond words is
     * not done, "gave preliminary approval to a bill annexing the West
     * Bank") */
    static const char *const proposed[] = {"BILL", "DRAFT", NULL};
    static const char *const words[] = {"01", "02", "10", "11", "12", "13", NULL};
    if (str_in(p->t[n - 1].up, proposed) && !syntax_verb_code_in(p, vg->verb, words, 1))
        return 1;
    /* (nor when the verb governing the text is negated: "failed to reach
     * consensus on a statement calling for a withdrawal" issued none; nor
     * when it defeats the text: "decided to kill a US-backed motion
     * criticizing China" speaks against China for no one who killed it) */
    static const char *const defeats[] = {"KILL", "DEFEAT", "BLOCK", "VETO", "SCRAP", "SHELV", "OVERTURN",
                                          "OVERRUL", "WITHDR", NULL};
    return gov && (gov->negated || (gov->block != NONE && str_prefix_in(p->d->verbs[gov->block].code, stands))
                   || str_prefix_in(p->t[gov->verb].up, defeats));
}

/* Whether "for" or "over" opens, after the verb, the phrase that ends
 * with place group g: what was said is about something there. */
static int about_place(const parse *p, const verb_group *vg, const actor_group *g)
{
    for (uint32_t k = vg->verb_end; k < g->prep && k < vg->verb_end + 4; k++)
        if (!strcmp(p->t[k].up, "FOR") || !strcmp(p->t[k].up, "OVER"))
            return 1;
    return 0;
}

int document_participle(const parse *p, const verb_group *vg)
{
    return !vg->finite && !vg->infinitive && vg->first == vg->verb && vg->verb > 0
           && str_in(p->t[vg->verb - 1].up, documents);
}

/* "a United Nations Security Council draft resolution condemning the
 * attacks", "a Security Council resolution in October calling on Syria":
 * an -ing form after a document (and the date it was made) whose noun
 * phrase names its maker is the maker's.  -1 when there is none. */
static int32_t document_maker(const parse *p, const verb_group *vg)
{
    uint32_t n = vg->verb;
    if (!vg->finite && !vg->infinitive && vg->first == n)
        n = date_before(p, n);
    if (vg->finite || vg->infinitive || vg->first != vg->verb || n < 2 || !str_in(p->t[n - 1].up, documents))
        return -1;
    for (uint32_t k = n - 1; k-- > 0 && k + 4 >= n;) {
        if (p->group_of[k] >= 0)
            return p->group_of[k];
        if (p->t[k].tag != WC_OTHER || (p->t[k].flags & TOK_PUNCT))
            return -1;
    }
    return -1;
}

/* "a resolution adopted yesterday by the General Assembly deploring the
 * offensive": an -ing form right after the maker a "by" names for a
 * document is the maker's (not "offenses by US servicemen visiting the
 * Philippines": what people do there is no text's). */
static int by_document_maker(const parse *p, const verb_group *vg, int32_t maker)
{
    if (vg->finite || vg->infinitive || maker < 0 || p->groups[maker].last != vg->first
        || !p->groups[maker].in_pp || strcmp(p->t[p->groups[maker].prep].up, "BY") != 0
        || !token_ends_with(&p->t[vg->verb], "ING"))
        return 0;
    for (uint32_t k = p->groups[maker].prep; k-- > 0 && k + 8 > p->groups[maker].prep;) {
        if (str_in(p->t[k].up, documents))
            return 1;
        if ((p->t[k].flags & TOK_PUNCT) || p->t[k].tag == WC_AUX
            || (syntax_is_verb_at(p, k) && !(p->tags && p->tags[k] == TAG_VBN)))
            return 0;
    }
    return 0;
}

/* "A delegation headed by Pakistan's foreign secretary left for New Delhi",
 * "a team led by Blix arrived": a body its leader heads, the subject of a
 * finite verb right after the leader's name, acts as the leader's. */
static int led_body(const parse *p, const verb_group *vg, int32_t leader)
{
    static const char *const bodies[] = {"DELEGATION", "DELEGATIONS", "TEAM", "TEAMS", "MISSION", "MISSIONS",
        "FORCE", "FORCES", "COALITION", "PANEL", "COMMISSION", "COMMITTEE", "GROUP", "GOVERNMENT", NULL};
    static const char *const led[] = {"HEADED", "LED", NULL};
    if (!vg->finite || leader < 0 || p->groups[leader].last != vg->first || !p->groups[leader].in_pp
        || strcmp(p->t[p->groups[leader].prep].up, "BY") != 0)
        return 0;
    uint32_t by = p->groups[leader].prep;
    return by >= 2 && str_in(p->t[by - 1].up, led) && str_in(p->t[by - 2].up, bodies);
}

/* "met her Chinese counterpart": "her" before a word of a noun phrase is a
 * possessive ("accused her of", "told her that" are objects). */
int possessive_her(const parse *p, uint32_t i)
{
    if (strcmp(p->t[i].up, "HER") != 0 || i + 1 >= p->n)
        return 0;
    const token *next = &p->t[i + 1];
    return next->tag == WC_OTHER && !(next->flags & TOK_PUNCT);
}

/* "a position which China and Russia supported in the Security Council":
 * in a relative clause whose subject comes right after the pronoun, the
 * verb's object is the noun the clause qualifies, not the place after it.
 * ("That" is left out: the tagger takes too many "charges that ..." for
 * relative pronouns.) */
static int object_relative(const parse *p, const verb_group *vg)
{
    if (vg->left == 0 || vg->subject < 0 || p->groups[vg->subject].first != vg->left)
        return 0;
    const token *pronoun = &p->t[vg->left - 1];
    return !strcmp(pronoun->up, "WHICH") || !strcmp(pronoun->up, "WHOM");
}

/* "fought for the government", "Cuban troops fought for Angola": whom
 * one fights for is the beneficiary, not the enemy.  (Raids, hunts and
 * searches "for" militants are aimed at them, and so is a fight "for the
 * independence of Ethiopia's Ogaden region".) */
static int fights_for(const parse *p, const verb_group *vg, const actor_group *ag)
{
    static const char *const fighting[] = {"FIGHT", "BATTLE", NULL};
    return ag->in_pp && ag->prep == vg->verb_end && ag->first <= ag->prep + 2
           && strcmp(p->t[ag->prep].up, "FOR") == 0 && vg->block != NONE && str_in(p->d->verbs[vg->block].name, fighting);
}

/* The object of the verb: a direct object before any prepositional one,
 * else the first prepositional object that is not a place or time, else
 * the place. */
/* "launched attacks from Sudan", "fired rockets from Lebanon", "attacked
 * from the north": force comes from there, right after the verb or the
 * weapon, and is aimed elsewhere.  (But "a vessel from South Korea" is
 * Korean, and ground is retaken "from the rebels": 192.) */
static int fired_from(const parse *p, const verb_group *vg, const actor_group *ag, const char *code)
{
    if (strcmp(code, "192") == 0 || !ag->in_pp || strcmp(p->t[ag->prep].up, "FROM") != 0)
        return 0;
    const token *before = &p->t[ag->prep - 1];
    return ag->prep == vg->verb_end || str_in(before->up, weapon_nouns) || syntax_is_attack_noun(before);
}

static int infinitive_between(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t k = from + 1; p->tags && k + 1 < to; k++)  /* ("assisted to go home by
                                                             the IOM": the verb's own) */
        if (infinitive_at(p, k))
            return 1;
    return 0;
}

/* "rejected any link between Chinese efforts to funnel donations to US
 * campaigns", "defended the decision to ditch an inquiry into a deal with
 * Saudi Arabia": a phrase after the infinitive of a noun is that
 * infinitive's, not the verb's (but "vowed to continue the war against
 * the government" is the verb's own infinitive, and so is "agreed to
 * release the money in order to help the Palestinian people"). */
static int noun_infinitive_between(const parse *p, uint32_t from, uint32_t to)
{
    /* A noun of the subject's stance is the verb's own ("expressed
     * reluctance to become involved in Ithilen's affairs", like "was
     * reluctant to"). */
    static const char *const stances[] = {"RELUCTANCE", "WILLINGNESS", "UNWILLINGNESS", "READINESS",
        "DETERMINATION", "DESIRE", "EAGERNESS", "INTENTION", "INTENT", "RESOLVE", "REFUSAL", "WISH",
        "HOPE", "HOPES", "COMMITMENT", "PLEDGE", "PROMISE", NULL};
    /* (or a date closing the object: "violated the flight embargo in 1995
     * and 1996 to transport pilgrims to Saudi Arabia"; with no object, the
     * infinitive is the verb's own: "vowed on Thursday to wage war on") */
    int object = 0;
    for (uint32_t k = from + 1; p->tags && k + 1 < to; k++) {
        object |= p->tags[k - 1] == TAG_NN || p->tags[k - 1] == TAG_NNS;
        if (infinitive_at(p, k)
            && (p->tags[k - 1] == TAG_NN || p->tags[k - 1] == TAG_NNS
                || (object && (p->tags[k - 1] == TAG_CD || syntax_is_day_name(&p->t[k - 1]))))
            && !str_in(p->t[k - 1].up, stances) && !(strcmp(p->t[k - 1].up, "ORDER") == 0 && strcmp(p->t[k - 2].up, "IN") == 0))
            return 1;
    }
    return 0;
}

/* "resumed talks to discuss the demand by Hezbollah for a unity
 * government": the maker of what is talked about is no party to the
 * talks (but "rejected the demand by Hezbollah" rejects Hezbollah). */
static int made_by(const parse *p, const actor_group *ag, const char *code)
{
    return strncmp(code, "04", 2) == 0 && ag->in_pp && ag->prep > 0 && strcmp(p->t[ag->prep].up, "BY") == 0
           && p->tags && (p->tags[ag->prep - 1] == TAG_NN || p->tags[ag->prep - 1] == TAG_NNS);
}

/* "condemned the murder of Lebanese minister Pierre Gemayel", "the attack
 * on the US embassy", "opposed any violation of Iran's sovereignty": whom
 * violence, custody or a breach of its rights was done to.  Disapproval
 * (CAMEO 11) of the act is aimed at its doers, not at them (but "blamed
 * the attack on the rebels" blames them). */
static int harm_noun(const token *t)
{
    static const char *const harms[] = {"MURDER", "MURDERS", "KILLING", "KILLINGS", "ASSASSINATION", "DEATH",
        "DEATHS", "ABDUCTION", "KIDNAPPING", "EXECUTION", "EXECUTIONS", "ARREST", "ARRESTS", "DETENTION",
        "JAILING", "IMPRISONMENT", "BEHEADING", "SHOOTING", "TORTURE", "MASSACRE", "VIOLATION", "VIOLATIONS",
        "INVASION", "OCCUPATION", "ANNEXATION", "BLOCKADE", "SIEGE", NULL};
    return str_in(t->up, harms) || syntax_is_attack_noun(t);
}

static int harmed_in(const parse *p, const verb_group *vg, const actor_group *ag)
{
    static const char *const preps[] = {"OF", "ON", "AGAINST", NULL};
    if (!ag->in_pp || ag->prep == 0 || !str_in(p->t[ag->prep].up, preps))
        return 0;
    if (strcmp(p->t[ag->prep].up, "ON") == 0 && strncmp(p->t[vg->verb].up, "BLAM", 4) == 0)
        return 0;
    /* (the group's own preposition may end a chain the first one opened:
     * "voiced condemnation on the assassination of Pierre Gemayel") */
    uint32_t own = group_phrase_start(p, ag);
    int chained = own >= 2 && own - 1 > ag->prep && str_in(p->t[own - 1].up, preps);
    return harm_noun(&p->t[ag->prep - 1]) || (chained && harm_noun(&p->t[own - 2]));
}

static int relation_in(const parse *p, uint32_t from, uint32_t to);

/* Whether group g is a region of no state ("the Caribbean", "the Middle
 * East", "Africa") after "in". */
static int region_in(const parse *p, const actor_group *g)
{
    char country[4], sector[16];
    actor_code_parts(g->actors[0].code, country, sector);
    return g->n == 1 && g->in_pp && !strcmp(p->t[g->prep].up, "IN") && !sector[0]
           && actor_code_is_region(g->actors[0].code);
}

/* "met Thomas Shannon, the visiting US Deputy Secretary of State", "met
 * with John Smith, the British foreign secretary, on Monday": an object no
 * dictionary knows, a proper name (after a preposition, maybe) that ends
 * the clause, is the actor its apposition names.  Not a relation ("met
 * Jones, a critic of Chavez"), nor a speaker ("met Jones, the ministry
 * said"). */
static int32_t apposed_object(const parse *p, const verb_group *vg)
{
    uint32_t comma = vg->right, name = comma;
    if (!p->tags || comma + 2 >= p->n || strcmp(p->t[comma].up, ",") != 0)
        return -1;
    while (name > vg->verb_end && (p->tags[name - 1] == TAG_NNP || p->tags[name - 1] == TAG_NNPS))
        name--;
    if (name == comma || (name > vg->verb_end && p->t[name - 1].tag != WC_PREP)
        || !actors_unknown_person(p, name))
        return -1;
    for (uint32_t k = vg->verb_end; k < comma; k++)
        if (p->group_of[k] >= 0)
            return -1;
    uint32_t s = comma + 1;           /* "the visiting US Deputy Secretary" */
    while (s < comma + 4 && s < p->n && p->group_of[s] < 0
           && (p->tags[s] == TAG_DT || p->tags[s] == TAG_JJ || p->tags[s] == TAG_VBG
               || strcmp(p->t[s].up, "VISITING") == 0))
        s++;
    int32_t g = s < p->n ? p->group_of[s] : -1;
    if (g < 0 || p->groups[g].in_pp || p->groups[g].first != s)
        return -1;
    /* a place is no one's apposition, but "Kong Hung, a Cambodian," is one,
     * and so is "Edan Alexander, the last living American hostage" */
    static const char *const persons[] = {"HOSTAGE", "CAPTIVE", "DETAINEE", "PRISONER", "NATIONAL", "MAN",
        "WOMAN", "TOURIST", "CITIZEN", NULL};
    uint32_t after = p->groups[g].last;
    if (actor_group_is_place(&p->groups[g]) && !(strcmp(p->t[s - 1].up, "A") == 0 && after == s + 1)
        && !(after < p->n && str_in(p->t[after].up, persons)))
        return -1;
    /* the apposition runs to the next punctuation: no relation, no verb
     * ("Lubumbashi, Zaire's second city", "Jones, the ministry said") */
    uint32_t end = p->groups[g].last;
    if (end < p->n && p->t[end].up[0] == '\'')
        return -1;
    for (uint32_t k = s; k < p->n && p->t[k].tag != WC_PUNCT; k++)
        if (relation_in(p, k, k + 1) || (k >= end && (p->t[k].tag == WC_REPORT || dyad_tag_is_verb(p->tags[k]))))
            return -1;
    return g;
}

/* Whether group g is "in" a place right after the verb's object noun:
 * "discussed the war in Ukraine" (determiners, adjectives and nouns only
 * between; not "holding meetings within the framework of these mechanisms
 * in Moscow", where the place is the meetings'). */
static int place_after_object(const parse *p, const verb_group *vg, const actor_group *g)
{
    static const int object_tags[] = {TAG_DT, TAG_PRP_S, TAG_CD, TAG_JJ, TAG_JJR, TAG_JJS, TAG_NN, TAG_NNS, -1};
    if (!p->tags || !g->in_pp || g->prep <= vg->verb_end || strcmp(p->t[g->prep].up, "IN") != 0
        || (p->tags[g->prep - 1] != TAG_NN && p->tags[g->prep - 1] != TAG_NNS))
        return 0;
    for (uint32_t k = vg->verb_end; k < g->prep; k++) {
        int ok = 0;
        for (int i = 0; object_tags[i] >= 0 && !ok; i++)
            ok = p->tags[k] == object_tags[i];
        if (!ok)
            return 0;
    }
    return 1;
}

/* "rejected the ultimatum imposed by Kabila", "welcomed a plan proposed by
 * France", "the proposal put forward by Egypt": a stand taken on a thing
 * (CAMEO 050-053, 11, 12) whose maker a participle right after it (with
 * its particle) names with "by" is taken on the maker.  -1 when there is
 * none.  Not a pact signed or ties restored (054-057): "signed a deal
 * brokered by China" binds no one to the broker. */
static int32_t maker_of_object(const parse *p, const verb_group *vg, const char *code)
{
    static const char *const stances[] = {"050", "051", "052", "053", "11", "12", NULL};
    uint32_t k = vg->right;
    if (!p->tags || !str_prefix_in(code, stances) || k <= vg->verb_end || k + 2 >= p->n
        || p->tags[k] != TAG_VBN || !dyad_tag_is_noun(p->tags[k - 1]))
        return -1;
    uint32_t by = k + 1;
    if ((p->tags[by] == TAG_RP || p->tags[by] == TAG_RB) && by + 2 < p->n)
        by++;
    if (strcmp(p->t[by].up, "BY") != 0)
        return -1;
    for (uint32_t j = by + 1; j < p->n && j < by + 4; j++) {
        int32_t g = p->group_of[j];
        if (g >= 0)
            return p->groups[g].in_pp && p->groups[g].prep == by ? g : -1;
    }
    return -1;
}

/* Whether the place named after tokens [from, to) says nothing of who
 * took someone into custody: a "by" phrase comes between, an agent the
 * dictionaries do not know ("arrested by paramilitary Rangers in
 * Islamabad"); or the place is of something else told there, after a verb
 * form or a preposition of cause or time ("was detained in a sweep
 * following bomb attacks in Riyadh", "arrested for his part in the attacks
 * in Bali"). */
static int place_not_the_captors(const parse *p, uint32_t from, uint32_t to)
{
    static const char *const ties[] = {"BY", "FOLLOWING", "AFTER", "BEFORE", "SINCE", "AMID", "OVER", "FOR",
                                       "DURING", NULL};
    for (uint32_t k = from; k < to; k++)
        if (str_in(p->t[k].up, ties) || (p->tags && dyad_tag_is_verb(p->tags[k])))
            return 1;
    return 0;
}

int offshore(const parse *p, const actor_group *ag)
{
    static const char *const coasts[] = {"COAST", "COASTS", "COASTLINE", "SHORE", "SHORES", NULL};
    if (!ag->in_pp)
        return 0;
    if (strcmp(p->t[ag->prep].up, "OFF") == 0)
        return 1;
    uint32_t k = ag->prep;
    if (strcmp(p->t[k].up, "OF") != 0 || k < 2 || !str_in(p->t[k - 1].up, coasts))
        return 0;
    k--;
    while (k > 0 && (p->t[k - 1].tag == WC_DET || (p->tags && p->tags[k - 1] == TAG_JJ)))
        k--;
    return k > 0 && strcmp(p->t[k - 1].up, "OFF") == 0;
}

/* "police clashed with protesters demanding jobs": what the people a verb
 * acts on are doing (verb v, an -ing form whose subject they are) is no
 * word of that verb's patterns ("fought * job" is politics). */
static void end_reach_before(parse *p, uint32_t v)
{
    const verb_group *vg = &p->verbs[v];
    for (uint32_t u = 0; u < v; u++)
        if (p->verbs[u].verb_end <= p->groups[vg->subject].first && p->verbs[u].reach > vg->first
            && p->verbs[u].right > vg->first)
            p->verbs[u].reach = vg->first;
}

/* "met Erdogan and urged him to help": an object pronoun after a verb
 * joined to the one before stands for that verb's object, the one person
 * (or, for "them", group) of a known side named right after it; -1 when
 * there is none. */
static int32_t object_named_before(const parse *p, const verb_group *vg)
{
    if (!vg->conjoined || vg <= p->verbs)
        return -1;
    const verb_group *before = vg - 1;
    int32_t g = -1;
    for (uint32_t k = before->verb_end; k < vg->first && g < 0; k++)
        g = p->group_at[k];
    if (g < 0 || p->groups[g].in_pp || p->groups[g].last >= vg->first)
        return -1;
    const actor_group *ag = &p->groups[g];
    if (strncmp(ag->actors[0].code, "---", 3) == 0)
        return -1;                    /* ("rescued five people and took them to hospital") */
    if (strcmp(p->t[vg->verb_end].up, "THEM") == 0) {
        int plural = ag->n > 1 || (p->tags && p->tags[ag->last - 1] == TAG_NNS);
        return plural ? g : -1;
    }
    return ag->n == 1 && names_person(p, ag) ? g : -1;
}

/* "China's ambassador to Japan was summoned", "two Russian diplomats in
 * Poland were expelled": with no agent named, what is done to an envoy is
 * done by the country that hosts them, named right after; -1 when none. */
int32_t envoy_host(const parse *p, const actor_group *envoy)
{
    static const char *const envoys[] = {"AMBASSADOR", "ENVOY", "DIPLOMAT", "DIPLOMATS", "ENVOYS",
        "AMBASSADORS", "ATTACHE", "CONSUL", NULL};
    static const char *const hosted[] = {"TO", "IN", NULL};
    uint32_t k = envoy->last;
    if (envoy->in_pp || k + 1 >= p->n || !str_in(p->t[k - 1].up, envoys) || !str_in(p->t[k].up, hosted))
        return -1;
    int32_t g = p->group_at[k + 1];
    return g >= 0 && p->groups[g].first == k + 1 && p->groups[g].n == 1 ? g : -1;
}

int32_t find_object(const parse *p, const verb_group *vg, int passive_agent, const char *code)
{
    int32_t pp = -1, place = -1, from = -1;
    int gapped = !passive_agent && object_relative(p, vg), others = 0;
    /* (A claim of responsibility, 015, is aimed at whom the attack was:
     * "claimed responsibility for an attack in Kenya's capital".) */
    int statement = strncmp(code, "01", 2) == 0 && strcmp(code, "015") != 0;
    /* "rockets were fired from Lebanon": force comes from its actor. */
    static const char *const force_codes[] = {"19", "20", NULL};
    int force = str_prefix_in(code, force_codes);
    int custody = strncmp(code, "17", 2) == 0;
    /* ("a Russian diplomat was expelled from Poland": the state expelled
     * from expels, 161 and 174; not one recalled from a post, whom the
     * envoy's own state recalls) */
    static const char *const expel_words[] = {"EXPEL", "DEPORT", "BANISH", NULL};
    int expelled = (strcmp(code, "161") == 0 || strcmp(code, "174") == 0)
                   && str_prefix_in(p->t[vg->verb].up, expel_words);
    int recalled = strcmp(code, "161") == 0 && strncmp(p->t[vg->verb].up, "RECALL", 6) == 0;
    /* ("killed in Israeli air strikes", "during the Israeli operation") */
    static const char *const within[] = {"IN", "DURING", NULL};
    /* "accusing him of complicity with the Israelis": a pronoun right after
     * the verb is its object, one we may not be able to name (when the
     * sentence before names them, the pronoun has its group); what follows
     * is not. */
    static const char *const object_pronouns[] = {"HIM", "HER", "THEM", "ME", NULL};
    if (!passive_agent && vg->verb_end < p->n && str_in(p->t[vg->verb_end].up, object_pronouns)
        && !possessive_her(p, vg->verb_end))
        return p->group_at[vg->verb_end] >= 0 ? p->group_at[vg->verb_end] : object_named_before(p, vg);
    /* ... and so is a name no dictionary knows: "Russians who met
     * Litvinenko in London" did not meet Britain (but "celebrate Tabaski
     * with Eriador" is with Eriador). */
    int unnamed = !passive_agent && !statement && vg->verb_end < vg->right
                  && actors_unknown_person(p, vg->verb_end);
    int32_t apposed = passive_agent || statement ? -1 : apposed_object(p, vg);
    if (apposed >= 0)
        return apposed;
    /* "told visiting US Secretary of State Blinken that": the title's
     * participle starts no clause of its own. */
    uint32_t right = vg->right;
    const verb_group *title = right < p->n ? syntax_verb_starting(p, right) : NULL;
    if (title && visiting_title(p, title))
        right = title->right;
    /* In text order: groups named by a person's one name ("Katsav") are
     * added after the others. */
    right = conjoined_unknown_verb(p, vg->verb_end, right);
    for (uint32_t k = vg->verb_end; k < right; k++) {
        int32_t g = p->group_at[k];
        if (g < 0)
            continue;
        const actor_group *ag = &p->groups[g];
        /* ("a missile and drone attack on Ternopil": a weapon named before
         * the attack is its kind, not whom it hits) */
        if (!ag->in_pp && ag->last < p->n && syntax_is_attack_noun(&p->t[ag->last]) && strncmp(ag->actors[0].code, "---", 3) == 0)
            continue;
        /* (but drills off a coast are aimed at it: 15) */
        if (syntax_in_parentheses(p, ag->first, ag->last) || (offshore(p, ag) && strncmp(code, "15", 2) != 0))
            continue;
        if (passive_agent) {
            if (ag->in_pp && strcmp(p->t[ag->prep].up, "BY") == 0 && !accident_after(p, ag->last)
                && !infinitive_between(p, vg->verb_end, ag->prep))
                return g;
            if (ag->in_pp && str_in(p->t[ag->prep].up, within) && pp < 0 && attack_after(p, ag->last))
                pp = g;
            if (ag->in_pp && from < 0 && strcmp(p->t[ag->prep].up, "FROM") == 0
                && (force || (expelled && actor_group_is_place(ag))))
                from = g;
            /* "Watson was arrested at Amsterdam's Schiphol airport": those
             * who arrest, detain or seize with no agent named are the
             * authorities of where it happened. */
            if (custody && place < 0 && ag->in_pp && place_preposition(&p->t[ag->prep]) && actor_group_is_place(ag)
                && !place_not_the_captors(p, vg->verb_end, ag->prep))
                place = g;
            continue;
        }
        /* "would not support the resolution condemning China": past a
         * participle, a direct object is the participle's. */
        if (!ag->in_pp && nonfinite_within(p, vg->verb_end, ag->first))
            continue;
        /* ... and past an infinitive of purpose no dictionary knows, any
         * phrase is the infinitive's ("were to meet in New York to hear
         * Pyongyang's answer to a US proposal") */
        if (unknown_infinitive_within(p, vg->verb_end, ag->first))
            continue;
        if (noun_infinitive_between(p, vg->verb_end, ag->in_pp ? ag->prep : ag->first))
            continue;                 /* (the object too: "signed a deal to produce fighter jet engines") */
        if (ag->in_pp && (participle_within(p, vg->verb_end, ag->prep, strcmp(code, "057") != 0)
                          || charge_within(p, vg->verb_end, ag->prep) || (custody && victim_of_crime(p, ag))))
            continue;
        /* ... and "lashed out at the US for exploiting the Security
         * Council": the gerund's, not the preposition's. */
        uint32_t gerund = gerund_object(p, vg, ag);
        if (gerund && !(strncmp(code, "07", 2) == 0 && gerund_aided(p, gerund)))
            continue;                 /* (aid "in rebuilding the army" is to it) */
        if (!ag->in_pp && (subject_of_next_clause(p, ag) || names_what_follows(p, ag)))
            continue;                 /* "failed to quell violence and Jaafari could lose" */
        if (ag->owner_pronoun)
            continue;                 /* "his official visit" is the subject's own */
        if (trailing_speaker(p, ag))
            break;                    /* "..., wounding 30 more, medical officials said" */
        if ((circumstance_of(p, ag) && strncmp(code, "14", 2) != 0) || inviter(p, ag, code) || cause_from(p, ag)
            || amid_phrase(p, vg, ag) || yielded_over(p, vg, ag, code))
            continue;                 /* (protests "in front of the US embassy" are at it) */
        if (own_relations(p, ag) || (unnamed && !(ag->in_pp && strcmp(p->t[ag->prep].up, "WITH") == 0)))
            continue;
        /* "teamed up with the SDP against the main opposition", "welcomed
         * a resolution mandating sanctions against Tehran", "pledged
         * support for Russia's war against Ukraine": whom diplomatic or
         * material cooperation (05, 06), or the intent to it (03), is
         * against is not whom it is with.  (Eased sanctions and probes
         * opened "against" someone are theirs: 08, 09.) */
        if (code[0] == '0' && (code[1] == '3' || code[1] == '5' || code[1] == '6') && ag->in_pp
            && strcmp(p->t[ag->prep].up, "AGAINST") == 0)
            continue;
        if (fights_for(p, vg, ag) || made_by(p, ag, code))
            continue;
        if (force && fired_from(p, vg, ag, code))
            continue;
        if (strncmp(code, "11", 2) == 0 && harmed_in(p, vg, ag))
            continue;
        if (among_others(p, (uint32_t)g, code)) {
            others = 1;               /* ("a meeting in Helsinki between Cyprus and Turkey": */
            continue;                 /*  the place is theirs, too) */
        }
        if (sent_force(p, ag, code) || route_between(p, (uint32_t)g, code) || protest_route(p, ag, code)
            || victim_of_perpetrators(p, ag))
            continue;
        if (absolute_with(p, vg, ag))
            continue;
        /* A statement's object is its addressee, right after the verb
         * ("told Russia", "said to Russia"); further on is what was said,
         * and so is a bare noun after "said" ("said Russian forces had"). */
        if (statement && ag->first > vg->verb_end + 3) {
            if (place < 0 && place_object(p, ag) && about_place(p, vg, ag))
                place = g;
            break;
        }
        /* (but an accusation denied, named again, is its author's: "Beijing
         * rejected the accusation") */
        if (statement && !ag->in_pp && !ag->named_again && !tells_addressee(&p->t[vg->verb]))
            continue;
        /* "said through a spokesman", "holding indirect talks through
         * Turkish mediators": the channel, not the one addressed; "met in
         * Brussels without Rubio": one left out takes no part */
        static const char *const no_party[] = {"THROUGH", "VIA", "WITHOUT", NULL};
        if (ag->in_pp && str_in(p->t[ag->prep].up, no_party))
            continue;
        /* ... "said to Russia", not "said his meeting with Abbas". */
        if (statement && p->t[vg->verb].tag == WC_REPORT && ag->in_pp && ag->prep > vg->verb_end
            && p->t[ag->prep - 1].tag != WC_ADV
            && !syntax_is_verb_at(p, ag->prep - 1))
            continue;
        /* "Petro recalled the ambassador to Washington": an envoy of no
         * country named, recalled, is called home from the host state. */
        int32_t host = recalled && !ag->in_pp && pp < 0 && !strncmp(ag->actors[0].code, "---", 3)
                       ? envoy_host(p, ag) : -1;
        if (host >= 0)
            return host;
        if (!ag->in_pp && pp < 0)
            return g;
        /* (force or blame "at" people is aimed at them: "fired one missile
         * at two Hamas militants east of Jabalia refugee camp") */
        int aimed_at = (force || strncmp(code, "11", 2) == 0) && ag->in_pp && !strcmp(p->t[ag->prep].up, "AT")
                       && !actor_group_is_place(ag);
        if (ag->in_pp && (!locative(&p->t[ag->prep]) || aimed_at) && !companion_with(p, ag->prep) && !place_of(p, ag)
            && (pp < 0 || prep_rank(&p->t[ag->prep]) < prep_rank(&p->t[p->groups[pp].prep])))
            pp = g;
        /* (force "inside", "across" or "throughout" a country is force
         * there, as "in" it: "carried out retaliatory strikes inside Iran",
         * "resumed air strikes across Gaza") */
        static const char *const over[] = {"INSIDE", "ACROSS", "THROUGHOUT", NULL};
        if (place < 0 && (place_object(p, ag) || (force && ag->in_pp && str_in(p->t[ag->prep].up, over))
                          || (!strcmp(code, "015") && ag->in_pp && near_place(p, ag))))
            place = g;
    }
    if (passive_agent)
        return pp >= 0 ? pp : from >= 0 ? from : place >= 0 ? place : weapon_agent(p, vg);
    int32_t maker = pp < 0 ? maker_of_object(p, vg, code) : -1;
    if (maker >= 0)
        return maker;
    /* Statements are made at a place, not to it; but sorrow or praise "for
     * the shootings in South Carolina" is about the place's country. */
    if (pp < 0 && statement && !(place >= 0 && about_place(p, vg, &p->groups[place])))
        return -1;
    /* Seizing property and arresting (171, 173) are done to what or whom
     * is taken: "arrested another in Afghanistan's Khost province" is not
     * done to Afghanistan ... */
    /* ... and so is disapproval of what was done somewhere (CAMEO 11):
     * "condemned the bomb attacks on three hotels in Jordan" condemns the
     * bombers, not Jordan. */
    static const char *const taking[] = {"171", "173", NULL};
    if (place >= 0 && str_prefix_in(code, taking) && actor_group_is_place(&p->groups[place]))
        place = -1;
    if (place >= 0 && strncmp(code, "11", 2) == 0 && actor_group_is_place(&p->groups[place])
        && p->groups[place].in_pp && strcmp(p->t[p->groups[place].prep].up, "IN") == 0)
        place = -1;                   /* (but "pointed the finger at Syria") */
    /* ... and force "in" a region or a sea is done there, not to it: "struck
     * a drug boat in the Caribbean" is no attack on the Caribbean's states
     * (a country there is: "shelled villages in Lebanon"). */
    if (place >= 0 && force && region_in(p, &p->groups[place]))
        place = -1;
    /* ... and a place after the noun a meeting or talks (CAMEO 040, 041,
     * 044-046) are about is the topic's, no partner: "discussed the war in
     * Ukraine" (but what is visited is in the place's country: "visiting
     * four ports in Canada", 042) */
    static const char *const visits[] = {"042", "043", NULL};
    if (place >= 0 && strncmp(code, "04", 2) == 0 && !str_prefix_in(code, visits)
        && place_after_object(p, vg, &p->groups[place]))
        place = -1;
    return pp >= 0 ? pp : gapped || others || unnamed ? -1 : place;
}

/* Whether a "by" phrase follows the verb within its clause ("forced on
 * the wealthy Gulf state by Saudi Arabia"). */
static int agent_follows(const parse *p, const verb_group *vg)
{
    /* (a means is no agent: "the prime minister spoke to Zelenskiy by
     * phone", "arrived by plane") */
    static const char *const means[] = {"PHONE", "TELEPHONE", "VIDEO", "VIDEOLINK", "LETTER", "EMAIL",
        "E-MAIL", "MAIL", "FAX", "CAR", "PLANE", "AIR", "ROAD", "SEA", "LAND", "TRAIN", "BOAT", "HELICOPTER",
        "HAND", "FORCE", "CHANCE", "MISTAKE", "ACCIDENT", "NOW", "THEN", "FAR", "MAJORITY", "DECREE", NULL};
    for (uint32_t k = vg->verb_end; k < p->n && k < vg->verb_end + 8; k++) {
        if (strcmp(p->t[k].up, "BY") == 0)
            return k + 1 >= p->n || !str_in(p->t[k + 1].up, means);
        if (p->t[k].tag == WC_PUNCT || p->t[k].tag == WC_SUBORD || syntax_is_verb_at(p, k)
            || dyad_tag_is_verb(p->tags[k]))
            return 0;
    }
    return 0;
}

/* Whether tokens [from, to) are at most two adverbs. */
static int adverbs_only(const parse *p, uint32_t from, uint32_t to)
{
    if (to - from > 2)
        return 0;
    for (uint32_t k = from; k < to; k++)
        if (p->tags[k] != TAG_RB)
            return 0;
    return 1;
}

/* A past participle right after a noun, with no auxiliary and no object
 * of its own ("rebels backed by Turkey", not "Iran accused 24 companies"),
 * that the tagger reads as a participle: it may modify the noun. */
static int participle_after_noun(const parse *p, const verb_group *vg)
{
    if (!p->tags || vg->first == 0 || !adverbs_only(p, vg->first, vg->verb))
        return 0;
    /* A past tense (VBD) reads so only after a common noun with a "by"
     * phrase to come: "soldiers jailed in secret by Pakistan". */
    uint32_t noun = vg->first - 1;    /* (an adverb may come between: "a
                                         parliament never convened by the junta") */
    if (!(p->tags[vg->verb] == TAG_VBN
          || (p->tags[vg->verb] == TAG_VBD && (p->tags[noun] == TAG_NN || p->tags[noun] == TAG_NNS)
              && agent_follows(p, vg))))
        return 0;
    const token *prev = &p->t[noun];
    if (prev->tag != WC_OTHER || (prev->flags & TOK_PUNCT) || !dyad_tag_is_noun(p->tags[noun]))
        return 0;
    if (vg->verb_end >= p->n)
        return 1;
    uint8_t next = p->tags[vg->verb_end];
    return next != TAG_DT && next != TAG_CD && next != TAG_PRP_S && next != TAG_PRP && !dyad_tag_is_noun(next);
}

static int starts_noun_phrase(uint8_t tag)
{
    return tag == TAG_DT || tag == TAG_CD || tag == TAG_PRP_S || tag == TAG_PRP || dyad_tag_is_noun(tag);
}

/* "Rumsfeld, blamed for the mess in Iraq, was given a send-off": the
 * tagger may call the participle a past tense; the verb of the sentence
 * right after the closing comma shows it is not. */
static int verb_after_comma(const parse *p, uint32_t from)
{
    for (uint32_t k = from; k + 1 < p->n && k < from + 12; k++) {
        if (p->t[k].tag == WC_SUBORD || p->t[k].tag == WC_REPORT)
            return 0;
        if (strcmp(p->t[k].up, ",") == 0) {
            uint8_t next = p->tags[k + 1];
            return p->t[k + 1].tag == WC_AUX || dyad_tag_is_finite(next);
        }
    }
    return 0;
}

/* "Denmark, backed by the United States, filed a resolution", "Tim Spicer,
 * freed in Papua New Guinea, said": a participle with no object, set off
 * by a comma right after an actor. */
static int appositive_participle(const parse *p, const verb_group *vg)
{
    if (!p->tags || vg->first != vg->verb || vg->verb < 2
        || (p->tags[vg->verb] != TAG_VBN && !(p->tags[vg->verb] == TAG_VBD && verb_after_comma(p, vg->verb_end)))
        || strcmp(p->t[vg->verb - 1].up, ",") != 0 || vg->verb_end >= p->n
        || starts_noun_phrase(p->tags[vg->verb_end]))
        return 0;
    /* The actor may open its noun phrase: "British mercenary boss Tim
     * Spicer, freed in ...". */
    for (uint32_t k = vg->verb - 1; k-- > 0;) {
        int32_t g = p->group_of[k];
        if (g >= 0)
            return !p->groups[g].in_pp;
        if (!(dyad_tag_is_noun(p->tags[k]) || p->tags[k] == TAG_JJ))
            return 0;
    }
    return 0;
}

/* Whether tokens [from, to) run on without a comma, subordinator or
 * reporting verb: ", the agency reported" starts a clause of its own.
 * `commas` commas are allowed (the one closing an apposition).  A word of
 * time with no verb after it is a preposition ("sanctions imposed after
 * its nuclear test must be lifted"). */
static int one_clause(const parse *p, uint32_t from, uint32_t to, int commas)
{
    static const char *const time_words[] = {"AFTER", "BEFORE", "SINCE", "UNTIL", NULL};
    for (uint32_t k = from; k < to; k++) {
        if (p->t[k].tag == WC_PUNCT && p->t[k].up[0] == ',' && commas-- > 0)
            continue;
        if (p->t[k].tag == WC_SUBORD && str_in(p->t[k].up, time_words) && !syntax_verb_in(p, k + 1, to))
            continue;
        if (p->t[k].tag == WC_PUNCT || p->t[k].tag == WC_SUBORD || p->t[k].tag == WC_REPORT)
            return 0;
    }
    return 1;
}

/* "Beijing, angered by the visit, cut off talks": the verb right after the
 * comma that closes an apposition is the clause's own, whatever form the
 * tagger gave it ("cut", "put" and "set" are past, participle and base
 * alike); not another passive apposition ("..., backed by France,"). */
static int closes_apposition(const parse *p, uint32_t v)
{
    const verb_group *vg = &p->verbs[v];
    return v > 0 && p->verbs[v - 1].reduced == REDUCED_APPOSITION && vg->first > 0
           && !strcmp(p->t[vg->first - 1].up, ",") && vg->verb_end < p->n && strcmp(p->t[vg->verb_end].up, "BY") != 0;
}

/* "European ministers meeting in Luxembourg called on Kabila": an -ing
 * form right after its subject, no auxiliary between, and a preposition
 * after it, modifies that noun (a reduced relative); the finite verb after
 * it shares the subject.  (With an object after the -ing form, "voters
 * leaving the polls said", "troops containing some tanks stormed", the
 * subject went wrong more often than right on wire news.) */
static int active_participle_after_subject(const parse *p, const verb_group *u)
{
    return p->tags && !u->finite && u->subject >= 0 && u->first == u->verb && p->tags[u->verb] == TAG_VBG
           && p->groups[u->subject].last == u->first && u->verb_end < p->n && p->tags[u->verb_end] == TAG_IN;
}

/* "Jihadists linked to al-Qaeda killed", "militias allied with the army":
 * a participle of affiliation right after a noun, before "to" or "with",
 * says what the noun is tied to; it is no verb of the clause (whatever the
 * tagger's tense). */
static int affiliation_participle(const parse *p, const verb_group *vg)
{
    static const char *const tied[] = {"LINKED", "ALLIED", "AFFILIATED", "CONNECTED", "TIED", "ALIGNED", "ATTACHED",
        NULL};
    if (!p->tags || vg->first != vg->verb || vg->verb == 0 || vg->verb_end >= p->n || !str_in(p->t[vg->verb].up, tied))
        return 0;
    const char *next = p->t[vg->verb_end].up;
    /* (a verb of the clause must follow: "Arnor aligned with Gondor." is
     * the sentence's own verb) */
    const verb_group *last = &p->verbs[p->n_verbs - 1];
    return (!strcmp(next, "TO") || !strcmp(next, "WITH")) && dyad_tag_is_noun(p->tags[vg->verb - 1])
           && !(p->t[vg->verb - 1].flags & TOK_PUNCT) && last->verb > vg->verb;
}

/* Whether a noun phrase starts right after verb group vg: "(the army)
 * attacked villages" is past, whatever the tagger's participle. */
static int object_follows(const parse *p, const verb_group *vg)
{
    if (!p->tags || vg->verb_end >= p->n)
        return 0;
    uint8_t next = p->tags[vg->verb_end];
    return dyad_tag_is_noun(next) || next == TAG_DT || next == TAG_JJ || next == TAG_CD || next == TAG_PRP_S;
}

/* Whether token k is a common noun no actor group has taken. */
static int bare_common_noun(const parse *p, uint32_t k)
{
    return p->tags && p->group_of[k] < 0 && (p->tags[k] == TAG_NN || p->tags[k] == TAG_NNS);
}

/* Where the noun phrase an actor group opens ends: past the common nouns
 * it modifies ("Palestinian prisoners freed by Israel": the prisoners are
 * Palestinian). */
static uint32_t common_head_end(const parse *p, const actor_group *g)
{
    uint32_t end = g->last;
    while (end < p->n && bare_common_noun(p, end))
        end++;
    return end;
}

/* "The civilians imprisoned for acting against Moscow were released",
 * "rebels backed by Turkey captured Afrin": a finite verb with no subject
 * of its own takes the noun a reduced relative before it modified (only
 * non-finite verbs between); the participle is passive.  The noun may be a
 * common one an actor is of: "UN sanctions imposed after its nuclear test
 * must be lifted". */
static int32_t reduced_head(parse *p, uint32_t v)
{
    const verb_group *vg = &p->verbs[v];
    uint8_t tag = p->tags ? p->tags[vg->verb] : TAG_VBN;
    if (vg->first == vg->verb && !dyad_tag_is_finite(tag) && !closes_apposition(p, v)
        && !(tag == TAG_VBN && object_follows(p, vg)))
        return -1;                    /* a participle itself: "an exercise held here" */
    while (v-- > 0) {
        verb_group *u = &p->verbs[v];
        if (u->reduced == REDUCED_APPOSITION)
            return u->subject >= 0 && one_clause(p, u->verb_end, vg->first, 1) ? u->subject : -1;
        if (participle_after_noun(p, u) || affiliation_participle(p, u)) {
            if (u->subject < 0 || common_head_end(p, &p->groups[u->subject]) != u->first
                || !one_clause(p, u->verb_end, vg->first, 0))
                return -1;
            u->reduced = REDUCED_RELATIVE;
            u->passive = 1;
            u->finite = 0;
            return u->subject;
        }
        if (active_participle_after_subject(p, u) && one_clause(p, u->verb_end, vg->first, 0))
            return u->subject;
        if (u->finite && !u->passive)
            return -1;
    }
    return -1;
}

/* Whether the verb at token k is one of saying or thinking, whose object
 * may be a clause ("said Arroyo met with commanders"). */
static int takes_clause_verb(const parse *p, uint32_t k)
{
    static const char *const roots[] = {"01", "02", "11", NULL};
    return syntax_verb_code_in(p, k, roots, 1);
}

static const char *const leave_words[] = {"LEFT", "LEAVE", "LEAVES", "LEAVING", NULL};

/* The first token of the noun phrase that ends right before token k
 * ("three US-led coalition soldiers", "his son"): an actor group and the
 * words before it, a few at most. */
static uint32_t phrase_start(const parse *p, uint32_t k)
{
    int32_t object = k > 0 ? p->group_of[k - 1] : -1;
    uint32_t first = object >= 0 ? p->groups[object].first : k;
    while (first > 0 && p->tags && first + 6 > k && !str_in(p->t[first - 1].up, leave_words)
           && (dyad_tag_is_noun(p->tags[first - 1]) || p->tags[first - 1] == TAG_PRP_S
               || p->tags[first - 1] == TAG_DT || p->tags[first - 1] == TAG_CD || p->tags[first - 1] == TAG_JJ))
        first--;
    return first;
}

/* "an attack that left his son injured", "leaving two soldiers wounded",
 * "with an action plan discussed and passed": a participle after the
 * object of "leave" or "with" tells the state the object was left in; it
 * is passive, with no agent of its own. */
static int left_in_state(const parse *p, const verb_group *vg)
{
    uint32_t first = phrase_start(p, vg->verb);
    /* (with no object of its own, also when the tagger calls it a past
     * tense: not "the troops who left the camp attacked a village", "a
     * Nigerian living with AIDS told delegates") */
    int participle = p->tags && (p->tags[vg->verb] == TAG_VBN || p->tags[vg->verb] == TAG_VBD)
                     && (vg->verb_end >= p->n || !starts_noun_phrase(p->tags[vg->verb_end]));
    return participle && vg->first == vg->verb && first > 0 && first < vg->verb
           && (str_in(p->t[first - 1].up, leave_words) || !strcmp(p->t[first - 1].up, "WITH"));
}

/* "a clash which also left three soldiers injured", "left 12 people
 * dead": leaving someone in a state is no departure from them. */
static int leaves_in_state(const parse *p, uint32_t v)
{
    static const char *const states[] = {"DEAD", "HOMELESS", "INJURED", "WOUNDED", "STRANDED", "HOSPITALISED",
                                         "HOSPITALIZED", "MISSING", NULL};
    const verb_group *vg = &p->verbs[v];
    if (!str_in(p->t[vg->verb].up, leave_words) || vg->verb_end + 1 >= p->n)
        return 0;
    if (v + 1 < p->n_verbs && left_in_state(p, &p->verbs[v + 1]) && phrase_start(p, p->verbs[v + 1].verb) == vg->verb_end)
        return 1;
    for (uint32_t k = vg->verb_end + 1; k < p->n && k < vg->verb_end + 7; k++)
        if (str_in(p->t[k].up, states))
            return phrase_start(p, k) == vg->verb_end;
    return 0;
}

/* "Fighting erupted in Khartoum", "a Chinese delegation arrived in
 * Kabul": what erupts, flares or happens, and who arrives, travels, flees
 * or dies, has no doer to be passive to, whatever participle the tagger
 * read after a noun. */
static int intransitive_participle(const token *t)
{
    static const char *const forms[] = {"ERUPTED", "FLARED", "RAGED", "PERSISTED", "OCCURRED", "HAPPENED",
        "EMERGED", "ARISEN", "SUBSIDED", "ESCALATED", "ARRIVED", "TRAVELLED", "TRAVELED", "FLED", "DIED", NULL};
    return str_in(t->up, forms);
}

/* Whether the sentence has a finite verb or a modal outside verb group
 * vg: with none, a participle after a noun is the sentence's verb ("The
 * talks between Hamas and Egyptian officials focused on the soldier"),
 * but not in a headline, which drops its auxiliaries ("Victims' families
 * compensated following colliery flood"). */
static int finite_elsewhere(const parse *p, const verb_group *vg)
{
    if (syntax_is_headline(p))
        return 1;
    for (uint32_t k = 0; k < p->n; k++)
        if ((k < vg->first || k >= vg->verb_end) && (dyad_tag_is_finite(p->tags[k]) || p->tags[k] == TAG_MD))
            return 1;
    return 0;
}

/* "helicopters, worth 400 million dollars and sought by the Brazilian
 * government": a participle after "and" that follows a noun, with its
 * agent right after, describes that noun when a comma sets it apart from
 * the verb before (which it is not joined to: "was caught off guard and
 * killed by the rebels"). */
static int noun_and_participle(const parse *p, const verb_group *vg, uint32_t v)
{
    uint32_t k = vg->verb, by = vg->verb_end;
    if (!p->tags || v == 0 || p->verbs[v - 1].passive || vg->first != k || k < 2 || p->tags[k] != TAG_VBN
        || p->t[k - 1].tag != WC_CONJ || !(dyad_tag_is_noun(p->tags[k - 2]) || p->tags[k - 2] == TAG_CD)
        || by >= p->n || strcmp(p->t[by].up, "BY") != 0)
        return 0;
    uint32_t c = p->verbs[v - 1].verb_end;
    while (c < k && strcmp(p->t[c].up, ",") != 0)
        c++;
    if (c == k)
        return 0;
    for (uint32_t a = by + 1; a < p->n && a <= by + 3; a++)
        if (p->group_at[a] >= 0)
            return p->groups[p->group_at[a]].in_pp && p->groups[p->group_at[a]].prep == by;
    return 0;
}

/* "troops backed by Russia", "an agreement forced on Qatar by Saudi
 * Arabia": a participle after its noun with an agent is passive whatever
 * follows. */
static void mark_agent_participle(parse *p, uint32_t v)
{
    verb_group *vg = &p->verbs[v];
    /* "deported Georgians accused of staying in Russia illegally": a
     * participle (as the tagger sees it) right after an object or a
     * prepositional object and before a preposition other than "by" is
     * passive with no agent named. */
    int32_t noun = vg->verb > 0 ? p->group_of[vg->verb - 1] : -1;
    uint32_t before = noun >= 0 ? p->groups[noun].first : 0;
    int object = before > 0 && syntax_is_verb_at(p, before - 1) && p->t[before - 1].tag != WC_REPORT
                 && !takes_clause_verb(p, before - 1);
    /* (after a common noun too: "a bank accused of laundering money") */
    int thing = noun < 0 && vg->verb > 0 && p->tags && (p->tags[vg->verb - 1] == TAG_NN || p->tags[vg->verb - 1] == TAG_NNS);
    uint32_t e = vg->verb_end;
    int quantity = e + 1 < p->n && !strcmp(p->t[e].up, "AT")
                   && (!strcmp(p->t[e + 1].up, "LEAST") || !strcmp(p->t[e + 1].up, "MOST"));   /* "jailed at least 30" */
    int sure = p->tags && vg->first == vg->verb && vg->verb_end < p->n && !quantity
               && p->t[vg->verb_end].tag == WC_PREP && strcmp(p->t[vg->verb_end].up, "BY") != 0
               && strcmp(p->t[vg->verb_end].up, "TO") != 0
               && p->tags[vg->verb] == TAG_VBN && (thing || (noun >= 0 && (object || p->groups[noun].in_pp)))
               && !intransitive_participle(&p->t[vg->verb]) && finite_elsewhere(p, vg);
    if (sure || left_in_state(p, vg) || affiliation_participle(p, vg)) {
        vg->reduced = REDUCED_RELATIVE;
        vg->passive = 1;
        vg->finite = 0;
    } else if ((participle_after_noun(p, vg) && agent_follows(p, vg)) || noun_and_participle(p, vg, v)) {
        vg->reduced = REDUCED_RELATIVE;
        vg->passive = 1;
        vg->finite = 0;
    } else if (appositive_participle(p, vg)) {
        vg->reduced = REDUCED_APPOSITION;
        vg->passive = 1;
        vg->finite = 0;
    } else if (p->tags && vg->first == vg->verb && vg->verb > 1 && !strcmp(p->t[vg->verb - 1].up, ",")
               && p->tags[vg->verb] == TAG_VBN && vg->verb_end < p->n && !strcmp(p->t[vg->verb_end].up, "BY")
               && !((p->tags[vg->verb - 2] == TAG_NN || p->tags[vg->verb - 2] == TAG_NNS)
                    && p->group_of[vg->verb - 2] < 0)) {
        /* "left on a flight bound for Paris, escorted by two Indian
         * officials": what the agent did to the subject of the clause
         * before (participle_subject); after a common noun it is the noun's
         * ("economic sanctions, announced by Albright"). */
        vg->passive = 1;
        vg->finite = 0;
    }
}

/* The actor group whose noun phrase (common_head_end) ends at end, or -1.
 * Not one "in", "at", "into" ... somewhere, which says where the noun is
 * ("a coup in Nicosia backed by the junta", "a ban into Somalia declared
 * by"). */
static int32_t group_of_head(const parse *p, uint32_t end)
{
    uint32_t k = end;
    while (k > 0 && bare_common_noun(p, k - 1))
        k--;
    int32_t g = k > 0 ? p->group_of[k - 1] : -1;
    if (g < 0 || p->groups[g].last != k || p->groups[g].n > 1)
        return -1;                    /* (not "Hamas and Fatah led by Abbas": the last one's) */
    const token *prep = p->groups[g].in_pp ? &p->t[p->groups[g].prep] : NULL;
    return prep && (locative(prep) || !strcmp(prep->up, "INTO") || !strcmp(prep->up, "FROM")) ? -1 : g;
}

/* The subject a participle after a comma takes from the finite verb
 * before it, -1 when that verb has none (the nearest noun is no better),
 * or NOT_A_PARTICIPLE_CLAUSE. */
#define NOT_A_PARTICIPLE_CLAUSE (-2)

/* "Japan and Australia said they would not impose sanctions, although
 * both have criticized Rangoon": "both" opening a clause is the last pair
 * of actors named as one subject before it; -1 if it is not that. */
static int32_t both_subject(const parse *p, const verb_group *vg)
{
    uint32_t k = vg->first;
    if (k < 2 || strcmp(p->t[k - 1].up, "BOTH") != 0
        || !(p->t[k - 2].tag == WC_SUBORD || p->t[k - 2].tag == WC_PUNCT || !strcmp(p->t[k - 2].up, "AND")))
        return -1;
    for (int32_t g = (int32_t)p->n_groups - 1; g >= 0; g--)
        if (p->groups[g].last < k && !p->groups[g].in_pp && p->groups[g].n > 1)
            return g;
    return -1;
}

/* Whether a pronoun is the verb's subject, before its auxiliaries ("in
 * which he is to meet": he, not what "which" stands for). */
static int pronoun_subject(const parse *p, const verb_group *vg)
{
    uint32_t k = vg->first;
    while (k > 0 && (p->t[k - 1].tag == WC_AUX || p->t[k - 1].tag == WC_ADV || !strcmp(p->t[k - 1].up, "TO")))
        k--;
    return k > 0 && p->t[k - 1].tag == WC_PRON;
}

/* "reports from Tokyo that Jiang would offer the post": a name no
 * dictionary knows between a "that" or "which" and the verb is the verb's
 * subject, so the noun before the pronoun is not. */
static int name_opens_clause(const parse *p, const verb_group *vg)
{
    if (!p->tags || vg->left >= vg->first)
        return 0;
    for (uint32_t k = vg->left; k < vg->first; k++)
        if (p->group_of[k] >= 0 || !(p->t[k].flags & TOK_CAP)
            || (p->tags[k] != TAG_NNP && p->tags[k] != TAG_NNPS))
            return 0;
    return 1;
}

/* Whether an actor group stands between the start of token k's clause and
 * k ("representatives from the 21 APEC member economies wrapped up"). */
static int actor_in_clause_before(const parse *p, uint32_t k)
{
    while (k-- > 0) {
        if (p->t[k].tag == WC_SUBORD || (p->t[k].tag == WC_PUNCT && strchr(";:.", p->t[k].up[0])))
            return 0;
        if (p->group_of[k] >= 0)
            return 1;
    }
    return 0;
}

/* Whether verb u opens a relative clause ("which have fought"). */
static int in_relative_clause(const parse *p, const verb_group *u)
{
    uint32_t k = u->first;
    while (k > 0 && (p->t[k - 1].tag == WC_AUX || p->t[k - 1].tag == WC_ADV))
        k--;
    return k > 0 && (!strcmp(p->t[k - 1].up, "WHICH") || !strcmp(p->t[k - 1].up, "WHO"));
}

/* The actor group right before a finite verb the tagger sees and the
 * dictionaries do not know, in tokens [from, to); -1 if none. */
static int32_t unknown_verb_subject(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; p->tags && k < to; k++)
        if ((p->tags[k] == TAG_VBD || p->tags[k] == TAG_VBZ) && !syntax_is_verb_at(p, k) && p->t[k].tag == WC_OTHER
            && k > 0 && p->group_of[k - 1] >= 0 && !p->groups[p->group_of[k - 1]].in_pp)
            return p->group_of[k - 1];
    return -1;
}

/* "During a State Department visit that lasted an hour, the Dalai Lama
 * also met": a finite verb no dictionary knows in [from, to) is the
 * relative clause's own, and the verb after it the main clause's, whose
 * subject is no name in a prepositional phrase ("Blair, who touched down
 * in Cairo, welcomed" keeps Blair). */
static int finite_unknown_in(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to; k++)
        if (unknown_finite_verb(p, k))
            return 1;
    return 0;
}

/* Whether a finite verb the tagger sees and the dictionaries do not know
 * stands in tokens [from, to), right after a word no actor group holds. */
static int unknown_verb_between(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t v = 0; v < p->n_verbs; v++)
        if (p->verbs[v].verb_end <= to && p->verbs[v].verb_end > from)
            from = p->verbs[v].verb_end;   /* after the last verb we know */
    for (uint32_t k = from > 0 ? from : 1; k < to; k++) {
        if (!unknown_verb_word(p, k) || !dyad_tag_is_noun(p->tags[k - 1]))
            continue;
        /* a past tense the tagger read as a participle: "troops seized the town" */
        int participle_before_name = p->tags[k] == TAG_VBN && k + 1 < to
                                     && (p->tags[k + 1] == TAG_NNP || p->tags[k + 1] == TAG_DT);
        if ((dyad_tag_is_finite(p->tags[k]) || participle_before_name) && !actor_in_clause_before(p, k))
            return 1;
    }
    return 0;
}


static int32_t participle_subject(const parse *p, uint32_t v)
{
    static const char *const statement_roots[] = {"01", "02", NULL};
    const verb_group *vg = &p->verbs[v];
    if (vg->finite || vg->infinitive || vg->first == 0 || strcmp(p->t[vg->first - 1].up, ",") != 0
        || !(token_ends_with(&p->t[vg->verb], "ING") || (vg->passive && !vg->reduced)))
        return NOT_A_PARTICIPLE_CLAUSE;
    /* "in the south of Afghanistan, invaded by US-led forces": force is
     * done to the place right before the comma. */
    int32_t place = vg->first >= 2 ? p->group_of[vg->first - 2] : -1;
    static const char *const force[] = {"17", "18", "19", "20", NULL};
    if (vg->passive && place >= 0 && (where_of(p, place) || place_of_name(p, place)) && vg->block != NONE
        && str_prefix_in(p->d->verbs[vg->block].code, force))
        return place;
    uint32_t stop = 0;
    while (v-- > 0) {
        const verb_group *u = &p->verbs[v];
        if (in_relative_clause(p, u))
            continue;                 /* "the LRA, which have fought ..., urging": not the LRA */
        if (u->finite && !u->reduced) {
            /* ("Iran fired missiles at Tel Aviv, Israel's military said,
             * wounding dozens": past a speaker after a comma, the clause
             * told; but "..., the ministry said, adding that" is the
             * speaker's own) */
            if (p->t[u->verb].tag == WC_REPORT && u->subject >= 0 && trailing_speaker(p, &p->groups[u->subject])
                && p->t[vg->verb].tag != WC_REPORT && !syntax_verb_code_in(p, vg->verb, statement_roots, 1))
                continue;
            if (p->t[u->verb].tag == WC_REPORT)
                return NOT_A_PARTICIPLE_CLAUSE;
            stop = u->verb_end;
            if (!unknown_verb_between(p, stop, vg->first))
                return u->subject;
            break;
        }
    }
    /* "Three bomb explosions rocked Thailand's south, injuring three
     * soldiers": the clause's verb is one the dictionaries do not know,
     * with no actor as its subject; "a suicide attacker ploughed a car bomb
     * into a checkpoint, killing 11": with one, it is that actor's. */
    int32_t actor = unknown_verb_subject(p, stop, vg->first);
    if (actor >= 0)
        return actor;
    return unknown_verb_between(p, stop, vg->first) ? -1 : NOT_A_PARTICIPLE_CLAUSE;
}

/* The word that names a group's people: its last, or the one before the
 * city that places them ("protesters in Jakarta"). */
static uint32_t people_head(const parse *p, const actor_group *g)
{
    static const char *const places[] = {"IN", "FROM", NULL};
    for (uint32_t k = g->first + 1; k + 1 < g->last; k++)
        if (str_in(p->t[k].up, places))
            return k - 1;
    return g->last - 1;
}

/* "Interfax reported earlier that Rybkin would meet": a "that" a verb
 * governs (a word or two before it) opens what was said, not a relative
 * clause of the noun before it. */
static int complementizer(const parse *p, uint32_t that)
{
    /* ("adopted a resolution that imposes sanctions": a document's) */
    if (that > 0 && str_in(p->t[that - 1].up, documents))
        return 0;
    for (uint32_t v = 0; v < p->n_verbs; v++)
        if (p->verbs[v].verb_end <= that && that - p->verbs[v].verb_end <= 2)
            return 1;
    /* a verb the dictionaries do not know: "detectives believe that" */
    return p->tags && that > 0 && dyad_tag_is_verb(p->tags[that - 1]);
}

/* "The Syrian Observatory for Human Rights, a UK-based group that tracks
 * the war, said", "Haniya, on his first trip to Iran, met", "Taro Aso,
 * currently visiting Washington, is to meet": the actor
 * before an apposition or a phrase between commas (a noun phrase between
 * commas, a relative clause and all) is the subject of the verb after it;
 * NO_SUBJECT when that head is a noun no dictionary knows.
 * So is a head with its place ("The US commander in Iraq, General David
 * Petraeus, held talks"): the role the story gives is the one that day. */
#define NO_SUBJECT (-2)

/* Whether [from, to) holds a noun of a relation to someone ("a US foe",
 * "a critic of China") or of a thing ("the U.S. navy base"), not of who
 * one is ("a US citizen"). */
static int relation_in(const parse *p, uint32_t from, uint32_t to)
{
    static const char *const nouns[] = {"FOE", "ALLY", "CRITIC", "OPPONENT", "ENEMY", "RIVAL", "ADVERSARY",
        "NEMESIS", "FRIEND", "PARTNER", "SUPPORTER", "BACKER", "ADMIRER", "DETRACTOR",
        "BASE", "CAMP", "PRISON", "FACILITY", "COMPANY", "FIRM", "BANK", "NEWSPAPER", "DAILY", NULL};
    for (uint32_t k = from; k < to; k++)
        if (str_in(p->t[k].up, nouns))
            return 1;
    return 0;
}

/* The first token of the name that ends at token i: its proper nouns,
 * nouns and adjectives ("Lebanese Environment Minister Yaacoub Sarraf"). */
static uint32_t name_start(const parse *p, uint32_t i)
{
    while (i > 0 && (p->tags[i - 1] == TAG_NNP || p->tags[i - 1] == TAG_NN || p->tags[i - 1] == TAG_JJ))
        i--;
    return i;
}

/* The actor a name in [from, to) is titled with ("Lebanese Environment
 * Minister" before an unknown name), or NO_SUBJECT. */
static int32_t titled_name(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t j = to; j-- > from;)
        if (p->group_of[j] >= 0 && !p->groups[p->group_of[j]].in_pp)
            return p->group_of[j];
    return NO_SUBJECT;
}

/* The head an apposition between commas, or between dashes ("Putin --
 * who has ruled Russia since 2000 -- met Xi"), stands beside. */
/* Where the words of time (date_before) or the adverbs right before token
 * first begin: "(Pope Benedict, who hopes to visit the Holy Land,) on
 * Wednesday met", "..., last week visited", "..., also said". */
static uint32_t before_time_words(const parse *p, uint32_t first)
{
    for (;;) {
        uint32_t start = date_before(p, first);
        if (start == first && first > 0 && p->tags[first - 1] == TAG_RB && p->t[first - 1].tag != WC_NEG)
            start = first - 1;
        if (start == first)
            return first;
        first = start;
    }
}

/* "Farooq Feroze Khan, chairman of Pakistan's joint chiefs of staff
 * committee,": an apposition [from, to) that names an office held in a
 * body gives the body, whose actor the name then is.  -1 when it names no
 * such office: a relation ("a critic of China", "the son of"), an office
 * no longer held ("former head of"), or an office "to" someone ("envoy to
 * China" is not China's). */
static int32_t office_in_body(const parse *p, uint32_t from, uint32_t to)
{
    static const char *const offices[] = {"CHAIRMAN", "CHAIRWOMAN", "CHAIR", "HEAD", "CHIEF", "LEADER",
        "PRESIDENT", "SECRETARY", "GENERAL", "MINISTER", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON",
        "DIRECTOR", "COMMANDER", "GOVERNOR", "MEMBER", "SPEAKER", "DEPUTY", "ENVOY", "AMBASSADOR",
        "REPRESENTATIVE", NULL};
    static const char *const formers[] = {"FORMER", "EX", "LATE", NULL};
    uint32_t k = from < to && p->tags[from] == TAG_DT ? from + 1 : from;
    uint32_t title = k;
    for (; k < to && p->group_of[k] < 0 && (p->tags[k] == TAG_NN || p->tags[k] == TAG_NNP || p->tags[k] == TAG_JJ); k++)
        if (str_in(p->t[k].up, formers))
            return -1;
    if (k == title || k + 1 >= to || !str_in(p->t[k - 1].up, offices)
        || (strcmp(p->t[k].up, "OF") != 0 && strcmp(p->t[k].up, "FOR") != 0))
        return -1;
    int32_t g = p->group_of[k + 1];
    if (g < 0 || !p->groups[g].in_pp || p->groups[g].prep != k)
        return -1;
    for (uint32_t j = p->groups[g].last; j < to; j++)
        if (!dyad_tag_is_noun(p->tags[j]))
            return -1;
    return g;
}

static int32_t subject_before_apposition(const parse *p, const verb_group *vg)
{
    if (!p->tags || vg->first < 3)
        return -1;
    uint32_t first = before_time_words(p, vg->first);
    if (first < 3)
        return -1;
    const char *mark = p->t[first - 1].up;
    if (strcmp(mark, ",") != 0 && strcmp(mark, "--") != 0)
        return -1;
    for (uint32_t k = first - 1; k-- > 1 && first - k < 24;) {
        if (strcmp(p->t[k].up, mark) != 0)
            continue;
        int32_t g = p->group_of[k - 1];
        uint32_t end = k;             /* where the head's own words end */
        if (g >= 0 && p->groups[g].in_pp && p->groups[g].last == k && p->groups[g].prep > 0) {
            end = p->groups[g].prep;
            g = p->group_of[end - 1];
            if (g >= 0 && !p->groups[g].agent[0])
                return -1;
        }
        uint8_t tag = p->tags[k + 1];
        if (tag == TAG_WP_S)          /* "Nazarbayev, whose rule has ...," */
            tag = TAG_WP;
        /* "The group, which includes one woman but no children, claims":
         * a head no dictionary knows is still the subject. */
        if (g < 0 && (tag == TAG_WDT || tag == TAG_WP) && (p->tags[k - 1] == TAG_NN || p->tags[k - 1] == TAG_NNS))
            return NO_SUBJECT;
        /* "The West, which considers Hamas a terrorist organization, is
         * demanding": nor is a name it does not know (but its title may
         * be: "Interior Minister Xu, who met Putin, said"; and "Rubin, who
         * is the first US treasury secretary to visit" says who he is). */
        if (g < 0 && (tag == TAG_WDT || tag == TAG_WP) && (p->tags[k - 1] == TAG_NNP || p->tags[k - 1] == TAG_NNPS)
            && !(syntax_is_be(&p->t[k + 2]) && p->tags[k + 3] != TAG_VBG && p->tags[k + 3] != TAG_VBN))
            return titled_name(p, name_start(p, k - 1), k);
        if (g < 0 && p->tags[k - 1] == TAG_NNP) {
            int32_t body = office_in_body(p, k + 1, first - 1);
            if (body >= 0)
                return body;
        }
        /* "Sandinista leader Daniel Ortega, a U.S. Cold War foe, is heading":
         * a name the dictionaries do not know is not the actor its
         * apposition relates it to (but "Nguyen, a 25-year-old Australian"
         * is Australian; "On Monday, ..." is no head at all). */
        if (g < 0 && tag == TAG_DT && p->tags[k - 1] == TAG_NNP && relation_in(p, k + 1, first - 1)) {
            uint32_t s = name_start(p, k - 1);
            /* ("Three men released from Guantanamo Bay, the U.S. navy base
             * in Cuba, have arrived": the apposition is the place's) */
            return s > 0 && p->t[s - 1].tag == WC_PREP ? NO_SUBJECT : titled_name(p, s, k);
        }
        if (g < 0 || p->groups[g].in_pp || p->groups[g].last != end
            || !(tag == TAG_DT || tag == TAG_JJ || tag == TAG_PRP_S || tag == TAG_IN || tag == TAG_VBG
                 || tag == TAG_RB || tag == TAG_WP || tag == TAG_WDT || dyad_tag_is_noun(tag)))
            return -1;
        return g;
    }
    return -1;
}

/* "Taro Aso, currently visiting Washington, is scheduled to meet
 * Rumsfeld", "Russia was ready to sign": an infinitive after "be" and an
 * adjective or participle the dictionaries do not know as a verb takes
 * the subject of "be".  -1 when that is not the case. */
static int32_t copula_subject(const parse *p, const verb_group *vg)
{
    if (!vg->infinitive || !p->tags || vg->first < 3)
        return -1;
    uint32_t adj = vg->first - 1, be = adj - 1;
    if (!(p->tags[adj] == TAG_VBN || p->tags[adj] == TAG_JJ) || syntax_is_verb_at(p, adj) || p->t[be].tag != WC_AUX)
        return -1;
    verb_group at = *vg;
    at.first = be;
    int32_t g = subject_before_apposition(p, &at);
    if (g >= 0)
        return g;
    g = p->group_of[be - 1];
    return g >= 0 && !p->groups[g].in_pp && p->groups[g].last == be ? g : -1;
}

/* "A statement issued by the Kremlin said", "a report released Tuesday in
 * the Rwandan capital alleged": a document speaks for whoever issued it,
 * named by "by", else by where it was issued. */
static int32_t document_issuer(const parse *p, uint32_t v)
{
    const verb_group *vg = &p->verbs[v], *u = v > 0 ? &p->verbs[v - 1] : NULL;
    if (!u || !vg->finite || !p->tags || u->first != u->verb || u->first == 0
        || !(p->tags[u->verb] == TAG_VBN || p->tags[u->verb] == TAG_VBD) || !str_in(p->t[u->first - 1].up, documents))
        return -1;
    for (uint32_t k = u->verb_end; k < vg->first; k++)
        if (p->t[k].tag == WC_SUBORD || p->t[k].tag == WC_PRON)
            return -1;                /* "... issued in Nairobi that he had been" */
    int32_t where = -1;
    for (uint32_t g = 0; g < p->n_groups; g++) {
        const actor_group *ag = &p->groups[g];
        if (ag->first < u->verb_end || ag->last > vg->first || !ag->in_pp)
            continue;
        if (strcmp(p->t[ag->prep].up, "BY") == 0)
            return (int32_t)g;
        if (where < 0 && (strcmp(p->t[ag->prep].up, "IN") == 0 || strcmp(p->t[ag->prep].up, "FROM") == 0))
            where = (int32_t)g;
    }
    return where;
}

/* "The Security Council adopted a resolution which imposes sanctions on
 * Iran": a relative clause about a document that a verb of making or
 * passing took as object is the maker's act, as "a resolution imposing"
 * is (not one welcomed or criticised: whoever welcomes it did not write
 * it).  The group of the maker, else -1. */
static int32_t made_document_subject(const parse *p, uint32_t v, uint32_t pronoun)
{
    static const char *const making[] = {"ADOPT", "ADOPTS", "ADOPTED", "PASS", "PASSES", "PASSED", "ISSUE",
        "ISSUES", "ISSUED", "APPROVE", "APPROVES", "APPROVED", "ENACT", "ENACTS", "ENACTED", "PUBLISH",
        "PUBLISHES", "PUBLISHED", "RELEASE", "RELEASES", "RELEASED", "UNVEIL", "UNVEILS", "UNVEILED",
        "DRAFT", "DRAFTS", "DRAFTED", "TABLE", "TABLES", "TABLED", "SPONSOR", "SPONSORS", "SPONSORED", NULL};
    uint32_t j = pronoun;
    if (j > 0 && p->tags[j - 1] == TAG_COMMA)
        j--;
    if (j < 2 || !str_in(p->t[j - 1].up, documents))
        return -1;
    uint32_t k = j - 1;              /* back over the document's noun phrase */
    while (k > 0 && p->group_of[k - 1] < 0
           && (p->tags[k - 1] == TAG_DT || p->tags[k - 1] == TAG_JJ || p->tags[k - 1] == TAG_CD
               || dyad_tag_is_noun(p->tags[k - 1])))
        k--;
    for (uint32_t u = 0; u < v; u++)
        if (p->verbs[u].verb_end == k && str_in(p->t[p->verbs[u].verb].up, making) && !p->verbs[u].passive)
            return p->verbs[u].subject;
    return -1;
}

/* Whether verb u is of a relative clause with a subject of its own ("a
 * bombing in which five Israelis were killed"): a verb joined to it by
 * "and" with no subject goes back to the main clause ("... and called on
 * Palestinians to act" is the condemner's). */
static int relative_own_subject(const parse *p, const verb_group *u)
{
    for (uint32_t k = u->first, n = 0; k-- > 1 && n < 6; n++) {
        if (p->t[k].tag == WC_PUNCT || syntax_is_verb_at(p, k))
            return 0;
        if (!strcmp(p->t[k].up, "WHICH") || !strcmp(p->t[k].up, "WHOM"))
            return k + 1 < u->first && p->t[k - 1].tag == WC_PREP;
    }
    return 0;
}

/* The verb a conjoined verb v is joined to: the one before, but past
 * infinitives when v is a past or present form ("has invited Chinese
 * officials to study in France and called for more visits": Millon
 * called, not the officials), and past a relative clause with a subject
 * of its own when v is active. */
static uint32_t conjunct_of(const parse *p, uint32_t v)
{
    uint32_t u = v - 1;
    uint8_t tag = p->tags ? p->tags[p->verbs[v].verb] : 0;
    if (!(tag == TAG_VBD || tag == TAG_VBZ || tag == TAG_VBN))
        return u;
    /* ("was alleged to have entered the room and assaulted her": after a
     * perfect or passive infinitive the form is its participle; nor is a
     * gerund what a past form is joined to: "accused the United States of
     * plotting to kill him and expelled three diplomats") */
    /* ... nor the bare form after a modal: "The Kremlin said Putin would
     * study the proposal, but warned that": the Kremlin warned) */
    while (u > 0 && ((p->verbs[u].infinitive && p->verbs[u].verb == p->verbs[u].first + 1)
                     || (!p->verbs[u].finite && p->tags[p->verbs[u].verb] == TAG_VBG && p->verbs[u].first == p->verbs[u].verb)
                     || (tag == TAG_VBD && p->tags[p->verbs[u].verb] == TAG_VB && p->verbs[u].first < p->verbs[u].verb
                         && p->tags[p->verbs[u].first] == TAG_MD)))
        u--;
    if (u > 0 && !p->verbs[v].passive && relative_own_subject(p, &p->verbs[u]) && p->verbs[u - 1].finite)
        u--;
    return u;
}

/* "Egypt, the first Arab country to sign a peace treaty with Israel,": an
 * infinitive in an apposition "the first / only / last ... <noun>" tells
 * the record that sets the noun apart, not an act of the day ("Shalom is
 * the first Israeli minister to visit Tunisia" may well be one). */
static int record_infinitive(const parse *p, const verb_group *vg)
{
    static const char *const ranks[] = {"FIRST", "ONLY", "LAST", "SECOND", "THIRD", NULL};
    uint32_t to = vg->first;
    if (!vg->infinitive || !p->tags || to < 3 || strcmp(p->t[to].up, "TO") != 0
        || !dyad_tag_is_noun(p->tags[to - 1]))
        return 0;
    for (uint32_t k = to - 1; k-- > 0 && to - k <= 5;) {
        if (str_in(p->t[k].up, ranks))
            return k > 1 && p->t[k - 1].tag == WC_DET && strcmp(p->t[k - 2].up, ",") == 0;
        if (p->t[k].tag == WC_PUNCT || p->t[k].tag == WC_DET)
            return 0;
    }
    return 0;
}

/* "President Bush enunciated his support ... when talking with Chinese
 * leaders": the clause before has a verb the dictionaries do not know (no
 * verb group); its subject is the actor right before that verb, the
 * nearest finite verb before token `end`.  -1 when none. */
static int32_t unknown_clause_subject(const parse *p, uint32_t end)
{
    /* (or a finite "be": "the marines were on leave when they raped") */
    for (uint32_t k = end; k-- > 1;)
        if (unknown_finite_verb(p, k) || (p->tags && dyad_tag_is_finite(p->tags[k]) && syntax_is_be(&p->t[k])))
            return subject_of_unknown_verb(p, k);
    return -1;
}

/* The actor right before the verb of the clause a "by" at token `by`
 * ends, whatever the tagger calls that verb's form ("Russia reacted
 * angrily by": "reacted" read as a participle); -1 when none, or when the
 * verb is a passive one ("had been mined by retreating Serb mercenaries"). */
static int32_t means_subject(const parse *p, uint32_t by)
{
    for (uint32_t k = by; k-- > 1 && !(p->t[k].flags & TOK_PUNCT) && p->tags;) {
        if (p->tags[k] == TAG_VBN || dyad_tag_is_finite(p->tags[k]))
            return p->t[k - 1].tag == WC_AUX || syntax_is_be(&p->t[k - 1]) ? -1 : subject_of_unknown_verb(p, k);
        if (p->tags[k] == TAG_VB || p->tags[k] == TAG_VBG)
            return -1;                /* ("a decision to punish X for bribing Y by barring it") */
    }
    return -1;
}

/* "Russia retaliated by expelling two British diplomats", "Azerbaijan
 * reacted by threatening to cut exports": the means "by" names, right
 * after a clause, is what that clause's subject did.  Only when the verb
 * right before is the clause's own and active: after an infinitive the
 * means is the infinitive's, whose doer may be another ("urged the
 * companies to grow by taking ...", "refuses to implement the protocol by
 * opening its ports"), and after a passive "by" names the agent. */
static void means_subject_of(parse *p, uint32_t v)
{
    verb_group *vg = &p->verbs[v];
    if (vg->subject >= 0 || vg->finite || vg->infinitive || vg->first < 2 || strcmp(p->t[vg->first - 1].up, "BY") != 0
        || !p->tags || p->tags[vg->verb] != TAG_VBG)
        return;
    /* (A lone participle is the tagger's reading of a past tense,
     * "retaliated"; a lone active form, a gerund, is a clause of its own.) */
    const verb_group *u = v > 0 ? &p->verbs[v - 1] : NULL;
    int lone = u && u->first == u->verb && !u->finite;
    if (u && (u->infinitive || u->negated || (lone ? !u->passive : u->passive)))
        return;
    /* (a verb no dictionary knows in between makes the clause its own:
     * "must use the airstrip because the runway had been mined by") */
    uint32_t k = u ? u->verb_end : vg->first;
    while (k < vg->first - 1 && !(p->tags[k] >= TAG_VB && p->tags[k] <= TAG_VBZ))
        k++;
    if (u && u->subject >= 0 && !u->passive && k == vg->first - 1)
        vg->subject = u->subject;
    else
        vg->subject = means_subject(p, vg->first - 1);
    vg->inherited = vg->subject >= 0;
}

/* "While meeting with Kazakh President Nazarbayev, Hu said ...", "...,
 * after talks with Putin": an -ing form after "while", "when", "after" or
 * "before" is what the subject of the clause it leans on did, the clause
 * after it when it opens the sentence, else the one before. */
static void time_adjunct_subject(parse *p, uint32_t v)
{
    static const char *const when[] = {"WHILE", "WHEN", "AFTER", "BEFORE", NULL};
    verb_group *vg = &p->verbs[v];
    if (vg->subject >= 0 || vg->finite || vg->infinitive || vg->first == 0
        || !str_in(p->t[vg->first - 1].up, when))
        return;
    const verb_group *main = NULL;
    if (vg->first == 1) {
        for (uint32_t u = v + 1; u < p->n_verbs && !main; u++)
            if (p->verbs[u].finite)
                main = &p->verbs[u];
    } else {
        /* ("accused the RSF of killing civilians after seizing El Fasher":
         * past a gerund of a preposition, the adjunct leans on the gerund,
         * whose doer the clause does not name as subject) */
        for (uint32_t u = v; u-- > 0 && !main;) {
            const verb_group *w = &p->verbs[u];
            if (w->finite)
                main = w;
            else if (!w->infinitive && w->first == w->verb && w->first > 0 && p->t[w->first - 1].tag == WC_PREP)
                return;
        }
    }
    if (main && main->subject >= 0 && !main->passive) {
        vg->subject = main->subject;
        vg->inherited = 1;
    } else if (!main && vg->first > 1) {
        vg->subject = unknown_clause_subject(p, vg->first - 1);
        vg->inherited = vg->subject >= 0;
    }
}

/* "Criticizing the U.S. veto, Moussa said ...": an -ing clause that opens
 * the sentence and ends at a comma is what the subject right after that
 * comma did (not a passive's: "Citing the report, the talks were
 * delayed" says nothing of the talks). */
static void opening_participle_subject(parse *p, uint32_t v)
{
    verb_group *vg = &p->verbs[v];
    uint32_t start = 0;
    while (start < p->n && (p->t[start].flags & TOK_QUOTE))
        start++;
    if (vg->subject >= 0 || vg->finite || vg->infinitive || vg->first != start || vg->verb != start || !p->tags
        || p->tags[vg->verb] != TAG_VBG)
        return;
    /* (not a gerund subject: "Discussing energy security without Russia
     * would be unproductive, Lavrov said") */
    uint32_t comma = vg->verb_end;
    while (comma < p->n && strcmp(p->t[comma].up, ",") != 0 && !(p->t[comma].flags & TOK_PUNCT)) {
        if (p->tags[comma] == TAG_MD || dyad_tag_is_finite(p->tags[comma]))
            return;
        comma++;
    }
    if (comma >= p->n || strcmp(p->t[comma].up, ",") != 0)
        return;
    for (uint32_t u = v + 1; u < p->n_verbs; u++) {
        const verb_group *main = &p->verbs[u];
        if (!main->finite)
            continue;
        if (main->subject >= 0 && !main->passive && p->groups[main->subject].first == comma + 1
            && !p->groups[main->subject].in_pp) {
            vg->subject = main->subject;
            vg->inherited = 1;
        }
        return;
    }
}

/* Whether tokens [from, to) are one noun phrase and nothing else (quotes
 * aside): "his party", "the two sides". */
static int noun_phrase_only(const parse *p, uint32_t from, uint32_t to)
{
    int nouns = 0;
    for (uint32_t k = from; p->tags && k < to; k++) {
        uint8_t t = p->tags[k];
        if (dyad_tag_is_noun(t))
            nouns++;
        else if (t != TAG_DT && t != TAG_PRP_S && t != TAG_JJ && t != TAG_CD && !(p->t[k].flags & TOK_QUOTE))
            return 0;
    }
    return nouns > 0;
}

/* Whether tokens [from, to), from a relative pronoun's clause to its verb,
 * hold no pronoun and no comma: the verb is the clause's own ("which is to
 * be approved"), not one after a clause of its own ("who they would be,
 * but went out of his way to praise"). */
static int own_clause(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to; k++)
        if (p->t[k].tag == WC_PRON || p->t[k].tag == WC_PUNCT)
            return 0;
    return 1;
}

/* The actor group right after vg's verb and its articles ("warned the
 * diplomat"), or -1. */
static int32_t group_after_verb(const parse *p, const verb_group *vg)
{
    uint32_t k = vg->verb_end;
    while (k < p->n && p->t[k].tag == WC_DET)
        k++;
    return k < p->n ? p->group_at[k] : -1;
}

/* Whether vg is a finite verb of speech opening its group right after a
 * comma or a closing quotation mark, where its speaker may follow it
 * ("..., warned the diplomat"); not "tell", which takes its hearer there
 * ("..., General John Abizaid told the Senate"). */
static int inverted_speech_verb(const parse *p, const verb_group *vg)
{
    static const char *const tell[] = {"TOLD", "TELLS", NULL};
    const token *verb = &p->t[vg->verb];
    if (vg->first != vg->verb || !vg->finite || vg->first < 1
        || (p->t[vg->first - 1].up[0] != ',' && !(p->tags && p->tags[vg->first - 1] == TAG_RQUOTE)))
        return 0;
    return dyad_attrib_is_speech_verb(verb->up, verb->len) && !str_in(verb->up, tell);
}

/* '"... turned the page," agreed academic Mustapha Cherif': a verb (not
 * one of reporting, which attribution reads) right after a quotation
 * closed by a comma, its subject right after it, only says whose words
 * the quotation is: it does nothing to anyone before it. */
static int closes_quotation(const parse *p, const verb_group *vg)
{
    if (!p->tags || vg->first < 2 || vg->first != vg->verb || !vg->finite || p->t[vg->verb].tag == WC_REPORT)
        return 0;
    /* (the subject right after: not "set fire on a shop", nor a
     * participle, "..., adding that") */
    if (group_after_verb(p, vg) < 0)
        return 0;
    uint32_t k = vg->first;
    return (p->tags[k - 1] == TAG_RQUOTE && p->tags[k - 2] == TAG_COMMA)
        || (p->tags[k - 1] == TAG_COMMA && p->tags[k - 2] == TAG_RQUOTE);
}

/* "Europe might be losing its influence, warned the diplomat": a verb of
 * speech right after a comma, its subject right after it and ending the
 * sentence, when no actor stands between it and the finite verb of the
 * clause before, is the inverted "the diplomat warned": it says whose
 * words the clause before is (attribution reads it), and does nothing to
 * anyone in it.  Not "tell", which takes its hearer ("..., General John
 * Abizaid told the Senate"), and not "..., Abizaid, commander of the
 * Central Command, told ..." (an actor between). */
static int closes_reported_clause(const parse *p, const verb_group *vg)
{
    if (!inverted_speech_verb(p, vg) || p->t[vg->first - 1].up[0] != ',')
        return 0;
    int32_t g = group_after_verb(p, vg);
    if (g < 0 || (p->groups[g].last < p->n && !(p->t[p->groups[g].last].flags & TOK_PUNCT)))
        return 0;
    /* (back to the finite verb before: no actor on the way) */
    for (uint32_t k = vg->first - 1; p->tags && k-- > 0;) {
        if (p->group_of[k] >= 0)
            return 0;
        if (dyad_tag_is_finite(p->tags[k]) || p->tags[k] == TAG_MD)
            return 1;
    }
    return 0;
}

/* '"It has to be done quickly," said Vranitzky, head of the OSCE mission,
 * after talks in Rome with Dini': the speaker named right after an
 * inverted verb of speech is its subject when a phrase of talks with
 * someone or a visit to a place follows him (past an apposition and a
 * day): what he said tells of those talks, as in "Vranitzky said after
 * talks with Dini".  -1 otherwise: the inverted verb only says whose the
 * words are (closes_quotation).  *from is then where the talks phrase
 * opens and *end past it: the verb's patterns read there, across the
 * apposition's commas. */
static int32_t speaker_at_talks(const parse *p, const verb_group *vg, uint32_t *from, uint32_t *end)
{
    static const char *const openers[] = {"AFTER", "DURING", "AT", "IN", "FOLLOWING", NULL};
    static const char *const here_and_now[] = {"HERE", "TODAY", "YESTERDAY", NULL};
    int32_t g = inverted_speech_verb(p, vg) ? group_after_verb(p, vg) : -1;
    if (g < 0 || p->groups[g].in_pp)
        return -1;
    uint32_t k = p->groups[g].last;
    if (k < p->n && p->t[k].up[0] == ',') {          /* (", head of the OSCE mission,") */
        uint32_t close = k + 1;
        while (close < p->n && close < k + 24 && p->t[close].up[0] != ',' && !syntax_is_verb_at(p, close))
            close++;
        if (close >= p->n || p->t[close].up[0] != ',')
            return -1;
        k = close + 1;
    }
    while (k + 1 < p->n && (syntax_is_day_name(&p->t[k]) || str_in(p->t[k].up, here_and_now)
                            || (strcmp(p->t[k].up, "ON") == 0 && syntax_is_day_name(&p->t[k + 1]))))
        k++;                          /* (", Tuesday during his visit to Shanghai") */
    if (k >= p->n || !str_in(p->t[k].up, openers))
        return -1;
    *from = k;
    int partner = 0;                  /* (talks "with" someone, a visit "to" a place) */
    for (*end = k + 1; *end < p->n && !(p->t[*end].flags & TOK_PUNCT); (*end)++)
        partner |= *end < k + 8 && (strcmp(p->t[*end].up, "WITH") == 0 || strcmp(p->t[*end].up, "TO") == 0);
    return partner ? g : -1;
}

/* Whether the infinitive vg follows "for" and a noun phrase naming those
 * who would act ("set the date for the five experts to visit", "called for
 * the international community to help", "for Iraqi officials to visit"):
 * *subject is then the actor group that phrase names, or -1.  Not a time
 * ("offered for the first time to meet") nor acts ("pressed for talks to
 * resume", "invited Meshaal for a visit to broker"), which leave the
 * governing verb's subject its act. */
static int for_subject(const parse *p, const verb_group *vg, int32_t *subject)
{
    static const char *const people[] = {"WORLD", "COMMUNITY", "GOVERNMENT", "COUNTRY", NULL};
    static const char *const not_actors[] = {"TALKS", "NEGOTIATIONS", "EFFORTS", "ELECTIONS", "MEASURES", "STEPS",
        "SANCTIONS", "RELATIONS", "TIES", "YEARS", "MONTHS", "WEEKS", "DAYS", "HOURS", "TIMES", "DECADES",
        "TIME", NULL};
    uint32_t k = vg->first;
    while (k > 0 && k + 8 > vg->first && p->tags && (dyad_tag_is_noun(p->tags[k - 1]) || p->tags[k - 1] == TAG_JJ
                                                      || p->tags[k - 1] == TAG_DT || p->tags[k - 1] == TAG_CD)) {
        if (str_in(p->t[k - 1].up, not_actors))
            return 0;
        k--;
    }
    if (k == vg->first || k == 0 || strcmp(p->t[k - 1].up, "FOR") != 0)
        return 0;
    uint32_t head = vg->first - 1;
    int32_t g = p->group_of[head];
    if (g < 0 && p->tags[head] != TAG_NNS && p->tags[head] != TAG_NNPS && !str_in(p->t[head].up, people))
        return 0;
    *subject = g >= 0 && p->groups[g].last == vg->first ? g : -1;
    return 1;
}

/* Whether the clause of the verb at token k opens right before its
 * subject: a subordinator or relative word ("as hordes of protesters
 * packed", "when Pinochet lost", "which features"), a comma or the start. */
/* "nearly 200 militants", "more than 50": words that modify the number
 * after them. */
static int number_modifier(const parse *p, uint32_t k)
{
    static const char *const words[] = {"NEARLY", "ABOUT", "AROUND", "SOME", "ALMOST", "APPROXIMATELY",
        "MORE", "LESS", "FEWER", "THAN", NULL};
    uint32_t next = k + 1;
    while (next < p->n && str_in(p->t[next].up, words))
        next++;
    return str_in(p->t[k].up, words) && next < p->n && p->tags[next] == TAG_CD;
}

static int opens_clause(const parse *p, uint32_t k)
{
    /* (not a verb right after a comma: "Youths set fire to bins, smashed
     * windows and hurled bottles", "personnel, who are deployed there,
     * rushed to the site and cordoned off" go on with the subject before) */
    if (k > 0 && p->t[k - 1].up[0] == ',')
        return 0;
    static const char *const openers[] = {"AS", "WHEN", "WHILE", "BECAUSE", "AFTER", "BEFORE", "SINCE",
        "UNTIL", "IF", "THAT", "WHERE", NULL};
    while (k > 0 && (dyad_tag_is_noun(p->tags[k - 1]) || p->tags[k - 1] == TAG_JJ || p->tags[k - 1] == TAG_DT
                     || p->tags[k - 1] == TAG_CD || p->tags[k - 1] == TAG_POS || p->tags[k - 1] == TAG_PRP_S
                     || strcmp(p->t[k - 1].up, "OF") == 0 || number_modifier(p, k - 1)))
        k--;
    /* (a clause reported: "police said supporters chanted") */
    return k == 0 || p->t[k - 1].tag == WC_SUBORD || str_in(p->t[k - 1].up, openers) || p->t[k - 1].up[0] == ','
           || p->tags[k - 1] == TAG_WDT || p->tags[k - 1] == TAG_WP || p->t[k - 1].tag == WC_REPORT;
}

/* "troops were deployed as protesters packed streets and surrounded the
 * offices": a verb no dictionary knows, opening a clause of its own
 * between the verb group before and "and" (no punctuation after it), is the
 * conjunct; the subject is the actor right before it (-1 when none).
 * NO_UNKNOWN_CONJUNCT when there is no such verb in [from, and_at). */
#define NO_UNKNOWN_CONJUNCT (-2)
static int32_t unknown_conjunct(const parse *p, uint32_t from, uint32_t and_at)
{
    /* (and_at is the conjoined verb's first token, "and" is right before it) */
    int serial_comma = 0, series = 0;
    for (uint32_t k = and_at; p->tags && k-- > from;) {
        int verb = unknown_verb_word(p, k) && (dyad_tag_is_finite(p->tags[k]) || p->tags[k] == TAG_VBN);
        int after_comma = k > from && p->t[k - 1].up[0] == ',';
        /* A series "chanted slogans, smashed cars and vans, and ransacked
         * shops": its verbs share the first one's subject; a comma before
         * "and" with no series ("said protesters smashed cars, and
         * arrested two") ends the search as other punctuation does. */
        if (p->t[k].tag == WC_PUNCT) {
            int quote = p->tags[k] == TAG_LQUOTE || p->tags[k] == TAG_RQUOTE;   /* chanted "no Ershad", */
            if ((p->t[k].up[0] == ',' || quote) && (k + 2 == and_at || (k + 2 < and_at && series)))
                serial_comma |= k + 2 == and_at;
            else
                return NO_UNKNOWN_CONJUNCT;
        } else if (verb && after_comma && (serial_comma || series)) {
            series = 1;
        } else if (verb) {
            if (serial_comma && !series)
                return NO_UNKNOWN_CONJUNCT;
            return opens_clause(p, k) ? subject_of_unknown_verb(p, k) : NO_UNKNOWN_CONJUNCT;
        }
    }
    return NO_UNKNOWN_CONJUNCT;
}

/* Whether group g ends right before token k, or a day between them
 * ("Russian troops on Tuesday fought", "Israeli jets Monday struck",
 * "police yesterday shot"): the tagger takes an irregular past after a
 * day's name for a noun, and the verb it guessed has its subject there.
 * So too when g is an adjective ("Israeli") and the common noun it
 * qualifies, with no determiner, stands between, and an object follows
 * the verb: "Israeli aircraft struck targets" (not "a Russian deal struck
 * with Iran", "the Chinese agreement struck last year"). */
static int right_before(const parse *p, const actor_group *g, uint32_t k)
{
    static const char *const days[] = {"YESTERDAY", "TODAY", "TONIGHT", NULL};
    uint32_t at = g->last;
    if (p->tags && at + 1 == k && at > g->first && p->tags[at - 1] == TAG_JJ
        && !(g->first > 0 && p->tags[g->first - 1] == TAG_DT)
        && (p->tags[at] == TAG_NN || p->tags[at] == TAG_NNS) && !(p->t[at].flags & TOK_CAP)
        && k + 1 < p->n && p->t[k + 1].tag != WC_PREP)
        return 1;
    if (at < k && strcmp(p->t[at].up, "ON") == 0)
        at++;
    if (at < k && (syntax_is_day_name(&p->t[at]) || str_in(p->t[at].up, days)))
        at++;
    return at == k;
}

/* "Putin visited Beijing on Friday to attend the summit": the place a
 * visitor goes to does not do what the infinitive says, the visitor does
 * (after "urged Russia to withdraw" the object acts). */
int visit_purpose(const parse *p, uint32_t v)
{
    if (v == 0 || !p->verbs[v].infinitive || p->verbs[v - 1].block == NONE)
        return 0;
    return strncmp(p->d->verbs[p->verbs[v - 1].block].code, "042", 3) == 0;
}

/* "Yudhoyono visited the Russian city of Saint Petersburg and on Friday is
 * set to address a forum": after "and", a finite verb no dictionary knows,
 * with no name between, shares the subject of the finite verb before the
 * "and"; the name found (the object before "and") is not the subject.
 * Returns that subject, or -1. */
static int32_t elided_subject(const parse *p, uint32_t v)
{
    const verb_group *vg = &p->verbs[v];
    uint32_t k = p->groups[vg->subject].last;
    while (k < vg->first && strcmp(p->t[k].up, "AND") != 0)
        k++;
    if (k >= vg->first || !p->tags)
        return -1;
    int finite = 0;
    for (uint32_t j = k + 1; j < vg->first; j++) {
        if (p->group_of[j] >= 0 || (p->t[j].flags & TOK_PUNCT) || p->tags[j] == TAG_PRP || p->tags[j] == TAG_WDT)
            return -1;
        finite |= dyad_tag_is_finite(p->tags[j]) || p->tags[j] == TAG_MD;
    }
    for (uint32_t u = v; finite && u-- > 0;)
        if (p->verbs[u].verb < k && p->verbs[u].finite)
            return p->verbs[u].subject;
    return -1;
}

/* The pronoun that is the verb's subject, right before it or before the
 * verbs it follows ("he had tried to attack"), or an adjective after "be"
 * ("it was ready to lift"); "" when there is none. */
static const char *clause_pronoun(const parse *p, const verb_group *vg)
{
    /* (an opening quote may come between: 'that it "strongly condemns"') */
    uint32_t first = vg->first;
    if (first > 1 && p->tags && p->tags[first - 1] == TAG_LQUOTE)
        first--;
    if (first > 0 && p->t[first - 1].tag == WC_PRON)
        return p->t[first - 1].up;
    if (!p->tags || !vg->infinitive || vg->left >= vg->first || p->t[vg->left].tag != WC_PRON)
        return "";
    for (uint32_t k = vg->left + 1; k < vg->first; k++)
        if (!verb_chain_tag(p->tags[k]) && !(p->tags[k] == TAG_JJ && syntax_is_be(&p->t[k - 1])))
            return "";
    return p->t[vg->left].up;
}

/* The one actor named after verb pv and before the subordinator that opens
 * vg's clause, whom pronoun subject `pr` of vg agrees with; -1 when there is
 * none, more than one, an agent ("by"), or no subordinator. */
static int32_t sole_actor_before_subordinator(const parse *p, const verb_group *pv, const verb_group *vg,
                                              const char *pr)
{
    static const char *const subordinators[] = {"AFTER", "BECAUSE", "WHEN", "UNTIL", "UNLESS", "IF", "SINCE",
        "AS", NULL};
    if (vg->first < 2 || !str_in(p->t[vg->first - 2].up, subordinators))
        return -1;
    int32_t found = -1;
    for (uint32_t k = pv->verb_end; k < vg->first - 2; k++) {
        int32_t g = p->group_at[k];
        if (g < 0)
            continue;
        if (found >= 0 || (p->groups[g].in_pp && strcmp(p->t[p->groups[g].prep].up, "BY") == 0))
            return -1;
        found = g;
    }
    return pronoun_agrees(p, pr, found) ? found : -1;
}

/* "Sanctions were imposed on Iraq after it invaded Kuwait": a pronoun
 * subject right after a subordinator stands for the one actor named in the
 * passive clause before it, which names no agent; -1 when there is none or
 * more than one. */
static int32_t passive_sufferer(const parse *p, const verb_group *pv, const verb_group *vg, const char *pr)
{
    return pv->passive && pv->subject < 0 ? sole_actor_before_subordinator(p, pv, vg, pr) : -1;
}

/* "The UN imposed sanctions on Iraq after it invaded Kuwait", "condemned
 * Israel because it had bombed a school": a pronoun subject right after a
 * subordinator, past a verb that condemns, cuts ties or coerces (CAMEO 11,
 * 16, 17 by its verb's own code), stands for the one actor it names after
 * it, for what that one did; -1 when there is none or more than one (or,
 * for "it", when that one is people of a state). */
static int32_t punished_one(const parse *p, const verb_group *pv, const verb_group *vg, const char *pr)
{
    static const char *const punishing[] = {"11", "16", "17", NULL};
    if (pv->passive || pv->subject < 0 || pv->block == NONE
        || !str_prefix_in(p->d->verbs[pv->block].code, punishing))
        return -1;
    int32_t g = sole_actor_before_subordinator(p, pv, vg, pr);
    /* ("expelled Russian diplomats after it accused Moscow": "it" is a
     * state or a body named, not people of one) */
    return g >= 0 && strcmp(pr, "IT") == 0 && p->groups[g].agent[0] ? -1 : g;
}

/* "Pakistani troops using heavy artillery stepped up attacks": a finite
 * verb right after an -ing phrase that tells how its subject acts, with
 * no comma, conjunction or subordinator between, has that subject; its
 * clause began after the phrase.  -1 when there is none. */
static int32_t subject_past_gerund(const parse *p, uint32_t v)
{
    const verb_group *vg = &p->verbs[v], *pv = v > 0 ? &p->verbs[v - 1] : NULL;
    if (!pv || !vg->finite || vg->infinitive || pv->finite || pv->infinitive || pv->subject < 0
        || !token_ends_with(&p->t[pv->verb], "ING") || pv->verb_end >= vg->first)
        return -1;
    const actor_group *s = &p->groups[pv->subject];
    /* (an opening quote may come between: troops "using heavy artillery
     * stepped up attacks ...") */
    uint32_t quote = s->last < pv->first && p->tags && p->tags[s->last] == TAG_LQUOTE;
    if (s->in_pp || s->last + quote != pv->first)
        return -1;
    for (uint32_t k = pv->verb_end; k < vg->first; k++)
        if (p->t[k].tag == WC_PUNCT || p->t[k].tag == WC_CONJ || p->t[k].tag == WC_SUBORD || p->t[k].tag == WC_AUX)
            return -1;
    return pv->subject;
}

/* "Khamenei was quoted as saying at a meeting with Talabani": who was
 * quoted (or cited) as saying something is the one who says it; -1 when
 * vg is no such gerund. */
static int32_t quoted_as_subject(const parse *p, uint32_t v)
{
    static const char *const quoted[] = {"QUOTED", "CITED", NULL};
    const verb_group *vg = &p->verbs[v], *pv = v > 0 ? &p->verbs[v - 1] : NULL;
    if (!pv || !pv->passive || vg->finite || vg->infinitive || pv->verb_end + 1 != vg->first
        || strcmp(p->t[vg->first - 1].up, "AS") != 0 || !str_in(p->t[pv->verb].up, quoted))
        return -1;
    return pv->subject;
}

void resolve_subjects(parse *p)
{
    for (uint32_t v = 0; v < p->n_verbs; v++) {
        verb_group *vg = &p->verbs[v];
        mark_agent_participle(p, v);
        uint32_t talks_from, talks_end;
        int32_t speaker = speaker_at_talks(p, vg, &talks_from, &talks_end);
        if (speaker >= 0) {
            vg->subject = speaker;
            vg->objects_from = talks_from;
            vg->right = vg->reach = talks_end > vg->reach ? talks_end : vg->reach;
            continue;
        }
        if (closes_quotation(p, vg) || closes_reported_clause(p, vg)) {
            vg->subject = -1;
            continue;
        }
        int32_t quoted = quoted_as_subject(p, v);
        if (quoted >= 0) {
            vg->subject = quoted;
            vg->inherited = 1;
            continue;
        }
        if (record_infinitive(p, vg) || leaves_in_state(p, v)) {
            vg->subject = -1;
            continue;
        }
        /* "jailed a student for helping militants": a gerund after a
         * preposition or subordinator is background, with no subject
         * ("moving towards holding talks" is not: it is where one goes). */
        int adjunct = !vg->finite && !vg->infinitive && vg->first > 0
            && (p->t[vg->first - 1].tag == WC_SUBORD
                || (p->t[vg->first - 1].tag == WC_PREP && strncmp(p->t[vg->first - 1].up, "TOWARD", 6) != 0));
        /* "accused the guard of trying to assassinate": so is an infinitive
         * after such a gerund. */
        adjunct |= vg->infinitive && p->tags && vg->first >= 2 && p->tags[vg->first - 1] == TAG_VBG
                   && p->t[vg->first - 2].tag == WC_PREP;
        /* "killed four militants and arrested ten": a conjoined verb shares
         * the subject of the verb before, not the object in between. */
        if (vg->conjoined && v > 0 && !adjunct && !vg->reduced) {
            uint32_t u = conjunct_of(p, v);
            int32_t unknown = unknown_conjunct(p, p->verbs[u].verb_end, vg->first);
            vg->subject = unknown != NO_UNKNOWN_CONJUNCT ? unknown : p->verbs[u].subject;
            vg->inherited = 1;
            continue;
        }
        /* "A bomber attacked an army convoy, killing seven soldiers": a
         * participle after a comma tells more of what the subject of the
         * clause before did, not what the nearest noun did. */
        int32_t main = participle_subject(p, v);
        if (main != NOT_A_PARTICIPLE_CLAUSE) {
            vg->subject = main;
            vg->inherited = 1;
            continue;
        }
        /* "among Chechen rebels fighting Russian authority": an -ing form
         * right after a group of people ("rebels", "troops") is what they
         * do (not after "Dubai using", "accused of gang raping", nor a
         * noun after their possessive: "the APEC leaders' meeting"). */
        int32_t noun = vg->first > 0 ? p->group_of[vg->first - 1] : -1;
        if (!adjunct && !vg->finite && !vg->infinitive && noun >= 0 && p->groups[noun].last == vg->first
            && !(p->t[vg->first - 1].flags & TOK_PLURAL_POSS)
            && p->groups[noun].agent[0] && token_ends_with(&p->t[people_head(p, &p->groups[noun])], "S")
            && token_ends_with(&p->t[vg->verb], "ING")) {
            vg->subject = noun;
            end_reach_before(p, v);
            continue;
        }
        if (!adjunct && (by_document_maker(p, vg, noun) || led_body(p, vg, noun))) {
            vg->subject = noun;
            continue;
        }
        vg->subject = adjunct ? -1 : find_subject(p, vg);
        if (vg->subject < 0 && !adjunct)
            vg->subject = subject_past_gerund(p, v);
        if (vg->subject >= 0 && visit_purpose(p, v) && p->groups[vg->subject].first >= p->verbs[v - 1].verb_end) {
            vg->subject = p->verbs[v - 1].subject;
            vg->inherited = 1;
            continue;
        }
        int32_t elided = vg->subject >= 0 ? elided_subject(p, v) : -1;
        if (elided >= 0) {
            vg->subject = elided;
            vg->inherited = 1;
            continue;
        }
        /* "Russia, a country that has long opposed China, attacked": not
         * China, the object inside the apposition. */
        int32_t apposed = vg->finite && !adjunct ? subject_before_apposition(p, vg) : -1;
        if (apposed >= 0)
            vg->subject = apposed;
        if (apposed == NO_SUBJECT) {
            vg->subject = -1;
            continue;
        }
        int32_t copula = adjunct ? -1 : copula_subject(p, vg);
        if (copula >= 0)
            vg->subject = copula;
        int32_t maker = document_maker(p, vg);
        if (maker >= 0) {
            vg->subject = maker;
            continue;
        }
        if (thing_participle(p, v)) {
            vg->subject = -1;
            continue;
        }
        /* "a statement issued by the EU": what was issued is the noun
         * right before, not an actor; nothing is done to anyone. */
        if (vg->reduced) {
            /* (the noun may be a common one the actor is of, "Palestinian
             * prisoners freed by Israel", and a preposition's, "in exchange
             * for 90 Palestinian prisoners freed by Israel"; but who leads
             * or rules a body does nothing to it: "a Ugandan delegation led
             * by", "the government led by Hamas") */
            static const char *const leading[] = {"LED", "HEADED", "CHAIRED", "RULED", "GOVERNED", "COMMANDED",
                "RUN", NULL};
            int acted_on = vg->reduced == REDUCED_RELATIVE && !str_in(p->t[vg->verb].up, leading);
            uint32_t head_end = vg->reduced == REDUCED_APPOSITION ? vg->first - 1 : vg->first;
            if (vg->subject >= 0
                && (acted_on ? common_head_end(p, &p->groups[vg->subject]) : p->groups[vg->subject].last) != head_end)
                vg->subject = -1;
            if (vg->subject < 0 && acted_on)
                vg->subject = group_of_head(p, head_end);
            continue;
        }
        /* "an agreement struck with France": no actor right before a guessed
         * verb, no verb. */
        if (vg->guessed && (vg->subject < 0 || !right_before(p, &p->groups[vg->subject], vg->first))) {
            vg->subject = -1;
            continue;
        }
        if (vg->subject >= 0 || adjunct)
            continue;
        if ((vg->subject = document_issuer(p, v)) >= 0)
            continue;
        if (vg->finite && !(vg->first > 0 && p->t[vg->first - 1].tag == WC_PRON)
            && (vg->subject = reduced_head(p, v)) >= 0)
            continue;
        const token *before = vg->left > 0 && !pronoun_subject(p, vg) && !name_opens_clause(p, vg)
                                  ? &p->t[vg->left - 1] : NULL;
        int that = before && strcmp(before->up, "THAT") == 0;
        if (before && (strcmp(before->up, "WHICH") == 0 || strcmp(before->up, "WHO") == 0
                       || (that && !complementizer(p, vg->left - 1))))
        {
            /* ("a letter to President Sharma that his party resolved to":
             * a noun between the pronoun and the verb is the subject) */
            if (that && noun_phrase_only(p, vg->left, vg->first)) {
                vg->subject = -1;
                continue;
            }
            vg->subject = antecedent(p, vg->left - 1);   /* its own subject, not inherited */
            if (vg->subject < 0)
                vg->subject = made_document_subject(p, v, vg->left - 1);
            if (vg->subject >= 0 && p->groups[vg->subject].in_pp && finite_unknown_in(p, vg->left, vg->first))
                vg->subject = -1;
            /* ("drew up the budget which is to be approved by parliament":
             * a relative clause about no actor is not the drafter's act) */
            if (vg->subject >= 0 || (!that && own_clause(p, vg->left, vg->first)))
                continue;
        }
        int32_t pair = both_subject(p, vg);
        if (pair >= 0) {
            vg->subject = pair;
            vg->inherited = 1;
            continue;
        }
        /* "agreed to meet", "met and signed", "..., saying": the subject of
         * the governing verb; a pronoun subject ("Russia said it would")
         * refers to the subject of the verb before. */
        const char *pr = clause_pronoun(p, vg);
        int pronoun = !strcmp(pr, "IT") || !strcmp(pr, "HE") || !strcmp(pr, "SHE") || !strcmp(pr, "THEY");
        if (pr[0] && !pronoun)
            continue;                 /* "I would ask": a speaker we cannot name */
        /* "set the date for the five experts to visit Guantanamo": after
         * "for" and a noun phrase, the infinitive is that phrase's act (an
         * actor's, or one we cannot name), not the governing verb's subject. */
        if (vg->infinitive && for_subject(p, vg, &vg->subject))
            continue;
        /* One level only: "called on Gondor to be allowed to leave" gives
         * "leave" no subject of its own.  (A pronoun after a verb joined to
         * the one before by "and" has that verb's subject: "called for free
         * elections and said it was ready to lift sanctions".) */
        int chained = v > 0 && p->verbs[v - 1].inherited && !(pronoun && p->verbs[v - 1].conjoined)
                      && vg->infinitive;
        if (vg->subject < 0 && v > 0 && pronoun && vg->finite)
            vg->subject = punished_one(p, &p->verbs[v - 1], vg, pr);
        if (vg->subject < 0 && v > 0 && !chained
            && (vg->infinitive || vg->conjoined || !vg->finite || pronoun)
            && pronoun_agrees(p, pr, p->verbs[v - 1].subject)) {
            vg->subject = p->verbs[v - 1].subject;
            vg->inherited = 1;
        }
        if (vg->subject < 0 && v > 0 && pronoun && vg->finite)
            vg->subject = passive_sufferer(p, &p->verbs[v - 1], vg, pr);
        /* ("Ahmadinejad caused a backlash when he called for ...": with no
         * listed verb before, the subject of the unlisted one) */
        if (vg->subject < 0 && v == 0 && pronoun) {
            int32_t g = unknown_clause_subject(p, vg->first);
            if (pronoun_agrees(p, pr, g))
                vg->subject = g;
        }
    }
    for (uint32_t v = 0; v < p->n_verbs; v++) {
        time_adjunct_subject(p, v);
        opening_participle_subject(p, v);
        means_subject_of(p, v);
    }
}
