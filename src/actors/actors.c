/* actors.c — who is named in a sentence.
 *
 * Mentions are the longest dictionary phrases naming an actor or an agent.
 * Neighbouring mentions form one actor group, the way a noun phrase does:
 * "Russian Foreign Ministry spokeswoman Maria Zakharova" is one group whose
 * code is RUSGOV, "a court in Guyana" is GUYJUD.  Groups joined by commas
 * and "and" form compounds ("Russia, the United States and China"), which
 * code one event per member. */
#include "actors/actors.h"
#include "place/gazetteer.h"
#include "syntax/tagger.h"
#include "util/text.h"
#include <stdio.h>
#include <string.h>

typedef struct mention {
    uint32_t first, last;
    uint32_t actor, agent;   /* dictionary indices, NONE when absent */
    int led;                 /* "X-led": names what X leads, coded X's country */
} mention;

/* "On Monday Abbas met Olmert": the phrase of "on" ends with the day. */
static const char *const calendar_words[] = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
    "SATURDAY", "SUNDAY", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
    "OCTOBER", "NOVEMBER", "DECEMBER", "TODAY", "YESTERDAY", "TONIGHT", NULL};

/* Proper nouns start with a capital: an actor phrase must, too, unless the
 * whole sentence is in capitals (headlines, TABARI test records). */
static int sentence_all_caps(const parse *p)
{
    for (uint32_t i = 0; i < p->n; i++)
        if ((p->t[i].flags & TOK_WORD) && !(p->t[i].flags & TOK_ALLCAP) && p->t[i].len > 1)
            return 0;
    return 1;
}

/* An acronym of the dictionaries ("SADR", "RAI") in the text: in capitals,
 * or, four letters or more, as a word on its own ("Nato allies", not "Sadr
 * City" nor "Wafa Ahmed"). */
static int acronym_here(const parse *p, uint32_t i, uint32_t end)
{
    if (p->t[i].flags & TOK_ALLCAP)
        return 1;
    if (end != i + 1 || p->t[i].len < 4)
        return 0;
    int cap_before = i > 0 && (p->t[i - 1].flags & TOK_CAP) && !(p->t[i - 1].flags & TOK_PUNCT) && i - 1 > 0;
    int cap_after = end < p->n && (p->t[end].flags & TOK_CAP) && !(p->t[end].flags & TOK_PUNCT);
    return !cap_before && !cap_after;
}

/* A capitalised word that may be a name: no acronym, no day or month. */
static int name_token(const parse *p, uint32_t k)
{
    const token *t = &p->t[k];
    return (t->flags & TOK_CAP) && !(t->flags & TOK_ALLCAP) && t->tag == WC_OTHER && !str_in(t->up, calendar_words);
}

/* A capitalised name word no dictionary phrase has taken. */
static int unknown_name_word(const parse *p, const mention *out, uint32_t n, uint32_t k)
{
    return p->tags[k] == TAG_NNP && name_token(p, k) && !(n > 0 && out[n - 1].last > k);
}

/* Whether the one-word name of the dictionaries at token i is part of
 * someone else's name: after two capitalised words none of them knows it
 * ends it ("killing Adel Muhammed Abbas"; one may be a spelling of the
 * first name: "President Mahmud Ahmadinejad"), and before a capitalised
 * name they do not know it is its first name ("Maronite Cardinal
 * Nasrallah Sfeir"). */
static int someone_elses_name(const parse *p, const mention *out, uint32_t n, uint32_t i)
{
    if (!p->tags)
        return 0;
    uint32_t skip;
    if (i + 1 < p->n && unknown_name_word(p, out, n, i + 1)
        && dict_match(p->d, p->t, p->n, i + 1, WANT_ACTOR | WANT_AGENT, &skip) == NONE)
        return 1;
    if (i < 3 || (n > 0 && out[n - 1].last >= i - 1))
        return 0;
    return unknown_name_word(p, out, n, i - 1) && unknown_name_word(p, out, n, i - 2);
}

/* The text of tokens [i, end), words joined by spaces, into name[cap];
 * 0 when it does not fit or holds a word in capitals (an acronym: "UN"). */
static size_t phrase_text(const parse *p, uint32_t i, uint32_t end, char *name, size_t cap)
{
    size_t n = 0;
    for (uint32_t k = i; k < end; k++) {
        if (p->t[k].flags & TOK_ALLCAP)
            return 0;
        int w = snprintf(name + n, cap - n, "%s%s", k > i ? " " : "", p->t[k].up);
        if (w < 0 || (size_t)w >= cap - n)
            return 0;
        n += (size_t)w;
    }
    return n;
}

/* Whether the actor phrase [i, end) is a city the gazetteer knows (not a
 * country, nor an acronym that happens to spell one: "UN"). */
static int city_name(const parse *p, uint32_t i, uint32_t end)
{
    char name[96];
    size_t n = phrase_text(p, i, end, name, sizeof name);
    dyad_place place;
    return n && dyad_place_lookup(name, n, NULL, 0, &place) && place.geonames_id != 0;
}

/* "the Hanoi Action Plan", "the Minsk Agreements", "the Maputo Declaration":
 * a place or country opening the capitalised name of a document or process
 * names no actor; nor does a city before one written in lower case ("the
 * Helsinki agreement", "the Kimberley process", "the Paris climate
 * agreement": but "the Iran deal" is Iran's). */
static int document_name(const parse *p, uint32_t i, uint32_t end)
{
    static const char *const documents[] = {"AGREEMENT", "AGREEMENTS", "ACCORD", "ACCORDS", "PROTOCOL",
        "CONVENTION", "CONVENTIONS", "DECLARATION", "ACTION", "ROADMAP", "PROCESS", "FORMAT", "INITIATIVE",
        "TREATY", "CHARTER", "PACT", "STATUTE", "CONSENSUS", "DOCTRINE", "PRINCIPLES", "PLAN", "GOALS",
        "COMMUNIQUE", "FRAMEWORK", "AGENDA", "ROUND", NULL};
    /* (one capitalised word may come between: "the Doha Development Agenda") */
    for (uint32_t k = end; k < p->n && k < end + 2 && (p->t[k].flags & TOK_CAP); k++)
        if (str_in(p->t[k].up, documents))
            return 1;
    /* (one word in lower case may come between too: "the Paris climate
     * agreement", "the Dayton peace accords") */
    for (uint32_t k = end; k < p->n && k < end + 2 && !(p->t[k].flags & TOK_CAP); k++)
        if (str_in(p->t[k].up, documents))
            return city_name(p, i, end);
    return 0;
}

/* "the Galaxy Leader cargo ship", "the MV Ocean Guardian": a capitalised
 * role word after a capitalised name word no dictionary knows, before a
 * word for a ship (one word may come between) or after a ship's prefix,
 * is part of the ship's name. */
static int ship_name(const parse *p, const mention *out, uint32_t n, uint32_t i, uint32_t end)
{
    static const char *const ships[] = {"SHIP", "VESSEL", "TANKER", "FREIGHTER", "CARRIER", "BULKER", NULL};
    static const char *const prefixes[] = {"MV", "MT", "M/V", "M/T", NULL};
    if (!p->tags || i == 0 || !unknown_name_word(p, out, n, i - 1))
        return 0;
    for (uint32_t k = end; k < p->n && k < end + 2; k++)
        if (str_in(p->t[k].up, ships))
            return 1;
    return i >= 2 && str_in(p->t[i - 2].up, prefixes);
}

/* ... and, once the groups are made, one no actor group has taken. */
static int unknown_name_at(const parse *p, uint32_t k)
{
    return p->group_of[k] < 0 && (p->tags[k] == TAG_NNP || p->tags[k] == TAG_NNPS) && name_token(p, k);
}

int actors_unknown_person(const parse *p, uint32_t k)
{
    if (!p->tags)
        return 0;
    uint32_t end = k;
    while (end < p->n && end < k + 3 && unknown_name_at(p, end))
        end++;
    if (end == k || (end < p->n && unknown_name_at(p, end)))
        return 0;
    if (end < p->n) {
        const token *next = &p->t[end];
        int closes = next->tag == WC_PREP || next->tag == WC_SUBORD || next->tag == WC_REPORT
                     || (next->tag == WC_PUNCT && strcmp(next->up, "'") != 0);
        if (!closes)
            return 0;
    }
    return !city_name(p, k, end);
}

/* "the Gulf of Aden", "the Sea of Japan": a sea, not the place, from token i. */
static int water_name(const token *t, uint32_t i)
{
    static const char *const water_words[] = {"GULF", "SEA", "BAY", "STRAIT", "STRAITS", NULL};
    return i >= 2 && strcmp(t[i - 1].up, "OF") == 0 && str_in(t[i - 2].up, water_words);
}

int actors_may_shorten(const dyad_dicts *d, const token *t, uint32_t i, uint32_t node, uint32_t end)
{
    return d->nodes[node].proper && end > i + 1 && !(t[end - 1].flags & (TOK_CAP | TOK_SOMECAP));
}

uint32_t actors_discard_kind(const dyad_dicts *d, const token *t, uint32_t n, uint32_t i, uint32_t node,
                             uint32_t end)
{
    if (d->nodes[node].discard == NONE || water_name(t, i) || !dict_discard_at(d, node, t, n, i, end))
        return 0;
    return d->nodes[node].story_discard ? 2 : 1;
}

/* "a US-owned cargo ship", "a Liberian-flagged tanker": what a country
 * owns or flags is that country's.  "The US-led coalition", "the
 * Hamas-led government", "a Chinese-run factory": what X leads or runs is
 * X's country's, X's own roles aside (mention_code).  Any other mark names
 * no X: a US-backed government or a UK-based monitor is not the United
 * States or Britain. */
static const char *const owner_marks[] = {"OWNED", "FLAGGED", "REGISTERED", NULL};
static const char *const leader_marks[] = {"LED", "RUN", "RULED", NULL};

/* The actor X of a capitalised "X-mark" token, when the mark is one of
 * marks: "US-owned" gives USA. */
static uint32_t prefix_actor(const dyad_dicts *d, const token *t, const char *const *marks)
{
    if (!(t->flags & TOK_CAP))
        return NONE;
    const char *dash = strrchr(t->up, '-');
    if (!dash || dash == t->up || !str_in(dash + 1, marks))
        return NONE;
    uint32_t id = strmap_get(&d->vocab, t->up, (size_t)(dash - t->up));
    if (id == UINT32_MAX)
        return NONE;
    token word = *t;
    word.id = id;
    word.n_stem = 0;
    uint32_t end;
    uint32_t node = dict_match(d, &word, 1, 0, WANT_ACTOR, &end);
    return node == NONE ? NONE : d->nodes[node].actor;
}

uint32_t actors_owner_prefix(const dyad_dicts *d, const token *t)
{
    uint32_t owner = prefix_actor(d, t, owner_marks);
    return owner != NONE ? owner : prefix_actor(d, t, leader_marks);
}

enum { MARK_NONE, MARK_OWNER, MARK_LEADER, MARK_OTHER };

/* The mark after a name the tokenizer split off at its final point:
 * "U.S.-led" is "U.S.", "-", "led".  k is the token after the name. */
static int split_mark(const parse *p, uint32_t k)
{
    if (k == 0 || k + 1 >= p->n || strcmp(p->t[k].up, "-") != 0 || p->t[k - 1].end != p->t[k].begin
        || p->t[k].end != p->t[k + 1].begin)
        return MARK_NONE;
    const token *mark = &p->t[k + 1];
    if (mark->flags & (TOK_CAP | TOK_NUM | TOK_PUNCT))
        return MARK_NONE;   /* "U.S.-China talks", "U.N.-2" */
    if (str_in(mark->up, owner_marks))
        return MARK_OWNER;
    return str_in(mark->up, leader_marks) ? MARK_LEADER : MARK_OTHER;
}

/* Whether a noun phrase ends before token k: the sentence or a clause
 * ends, or a verb, preposition or clause word follows.  Not at a comma or
 * "and": "military, political and economic ties". */
static int noun_phrase_ends(const parse *p, uint32_t k)
{
    static const char *const stops[] = {".", "!", "?", ";", ":", NULL};
    if (k >= p->n || str_in(p->t[k].up, stops) || syntax_is_verb_at(p, k))
        return 1;
    /* (a finite verb as the tagger reads one, though no dictionary knows
     * it alone: "the military carried out strikes", "the military says") */
    if (p->tags && (p->tags[k] == TAG_VBD || p->tags[k] == TAG_VBZ))
        return 1;
    uint8_t c = p->t[k].tag;
    return c == WC_PREP || c == WC_SUBORD || c == WC_AUX || c == WC_REPORT;
}

/* "a separatist war", "insurgent violence", "a Maoist rebellion": a role
 * word right before a noun of conflict says what kind of conflict it is;
 * it is no party to it (who wages it is said apart: "the PKK waged a
 * separatist war in southeastern Turkey"). */
static int kind_of_conflict(const parse *p, uint32_t k)
{
    static const char *const conflicts[] = {"WAR", "WARS", "CONFLICT", "CONFLICTS", "INSURGENCY",
        "INSURGENCIES", "REBELLION", "UPRISING", "VIOLENCE", "STRUGGLE", NULL};
    return k < p->n && !(p->t[k].flags & TOK_CAP) && str_in(p->t[k].up, conflicts);
}

/* "the world's largest economy": a phrase of several words holding a
 * possessive is a description, which the news writes in lower case; it is
 * no common word mistaken for a name, as "us" would be. */
static int possessive_description(const parse *p, uint32_t i, uint32_t end)
{
    for (uint32_t k = i + 1; k + 1 < end; k++)
        if (p->t[k].flags & TOK_POSS)
            return 1;
    return 0;
}

/* Whether the agent phrase [i, end) follows an actor's name at once (or
 * its possessive) and ends its noun phrase: "British intelligence said",
 * "Ukraine's intelligence", "by Russian intelligence as"; not "intelligence
 * reports" nor "South African intelligence law". */
static int right_after_actor(const parse *p, const mention *out, uint32_t n, uint32_t i, uint32_t end)
{
    if (n == 0 || out[n - 1].actor == NONE)
        return 0;
    uint32_t gap = out[n - 1].last;
    if (gap < i && (p->t[gap].flags & TOK_POSS))
        gap++;
    if (gap != i)
        return 0;
    if (end >= p->n || !p->tags)
        return 1;
    uint8_t next = p->tags[end];
    return next != TAG_NN && next != TAG_NNS && next != TAG_NNP && next != TAG_NNPS;
}

/* dict_match for a mention from token i, or what was found before the parse. */
static uint32_t mention_match(const parse *p, uint32_t i, uint32_t *end)
{
    if (p->matched && p->matched[i].known) {
        *end = p->matched[i].mention_end;
        return p->matched[i].mention;
    }
    return dict_match(p->d, p->t, p->n, i, WANT_MENTION, end);
}

static uint32_t find_mentions(parse *p, mention *out, uint32_t max)
{
    const dyad_dicts *d = p->d;
    int caps = sentence_all_caps(p);
    uint32_t n = 0;
    for (uint32_t i = 0; i < p->n && n < max; i++) {
        uint32_t end;
        uint32_t node = mention_match(p, i, &end);
        /* "an Islamic state" is no Islamic State: a name written with a
         * capital at its end needs one in the text; a shorter phrase may
         * still match. */
        while (node != NONE && !caps && actors_may_shorten(d, p->t, i, node, end))
            node = dict_match(d, p->t, end - 1, i, WANT_MENTION, &end);
        if (node == NONE) {
            uint32_t owner = actors_owner_prefix(d, &p->t[i]);
            if (owner != NONE && n < max)
                out[n++] = (mention){i, i + 1, owner, NONE, prefix_actor(d, &p->t[i], leader_marks) != NONE};
            continue;
        }
        if (water_name(p->t, i)) {
            i = end - 1;
            continue;
        }
        uint32_t kind = actors_discard_kind(d, p->t, p->n, i, node, end);
        if (kind > p->discard)
            p->discard = kind;
        const trie_node *nd = &d->nodes[node];
        if (syntax_is_verb_at(p, i))
            continue;
        uint32_t actor = nd->actor;
        /* A lower-case word is no name ("us"), unless a capitalised title
         * right before says it is one ("President obama"), or it is the
         * title of an office one person in the world holds, after "the"
         * ("the pope met Erdogan"). */
        static const char *const sole_offices[] = {"POPE", "PONTIFF", NULL};
        int titled = n > 0 && out[n - 1].last == i && out[n - 1].agent != NONE
                     && (p->t[i - 1].flags & TOK_CAP);
        int sole = end == i + 1 && i > 0 && strcmp(p->t[i - 1].up, "THE") == 0 && str_in(p->t[i].up, sole_offices);
        if (actor != NONE && !(p->t[i].flags & (TOK_CAP | TOK_SOMECAP)) && !caps && !titled && !sole
            && !possessive_description(p, i, end))
            actor = NONE;
        if (actor != NONE && nd->acronym && !caps && !acronym_here(p, i, end))
            actor = NONE;
        /* "200 billion U.S. dollars", "Hong Kong dollars": a currency. */
        if (end < p->n && (strcmp(p->t[end].up, "DOLLARS") == 0 || strcmp(p->t[end].up, "DOLLAR") == 0)) {
            i = end - 1;
            continue;
        }
        if (actor != NONE && end == i + 1 && dict_actor_is_person(d, actor) && someone_elses_name(p, out, n, i))
            actor = NONE;
        if (actor != NONE && document_name(p, i, end))
            actor = NONE;
        int mark = actor != NONE ? split_mark(p, end) : MARK_NONE;
        if (mark == MARK_OTHER) {
            i = end + 1;    /* "the U.S.-backed government" */
            continue;
        }
        if (mark != MARK_NONE)
            end += 2;
        if (actor == NONE && nd->agent == NONE)
            continue;
        /* "the Visiting Forces Agreement": a role word in the capitalised
         * name of a document or a ship is no one. */
        if (actor == NONE && (p->t[i].flags & TOK_CAP)
            && (document_name(p, i, end) || ship_name(p, out, n, i, end)))
            continue;
        /* "an official visit", "a military parade": the tagger knows an
         * adjective from the noun an agent is (but not in "Myanmar's
         * military detained" or "killed an insurgent near Ramadi", where
         * the noun phrase ends). */
        if (actor == NONE && end == i + 1 && p->tags && p->tags[i] == TAG_JJ && !noun_phrase_ends(p, end))
            continue;
        if (actor == NONE && kind_of_conflict(p, end))
            continue;
        if (actor == NONE && d->agents[nd->agent].after_actor && !right_after_actor(p, out, n, i, end))
            continue;
        out[n].first = i;
        out[n].last = end;
        out[n].actor = actor;
        out[n].agent = actor == NONE ? nd->agent : NONE;
        out[n].led = mark == MARK_LEADER;
        n++;
        i = end - 1;
    }
    return n;
}

/* Tokens that may sit between two mentions of one noun phrase. */
static int np_filler(const parse *p, uint32_t i, int lowercase_ok)
{
    const token *t = &p->t[i];
    if (syntax_is_verb_at(p, i))
        return 0;
    /* "awful and evil minister": a conjunction between two adjectives. */
    if (t->tag == WC_CONJ && i > 0 && i + 1 < p->n && lowercase_ok && p->t[i - 1].tag == WC_OTHER
        && p->t[i + 1].tag == WC_OTHER && !(p->t[i - 1].flags & TOK_CAP) && !(p->t[i + 1].flags & TOK_CAP))
        return 1;
    if (t->tag == WC_DET || (t->flags & TOK_NUM) || (t->len == 1 && t->up[0] == '-'))
        return 1;
    if (t->tag != WC_OTHER)
        return 0;
    return (t->flags & TOK_CAP) || lowercase_ok;
}

int actor_sector_known(const char *sector)
{
    /* (four bytes at a time, the NUL with them: codes split hundreds of
     * thousands of times ask this of each) */
    static const char sectors[][4] = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED",
        "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "MOD", "RAD", "ELI", "AGR", "ENV", "HRI",
        "UAF", "SEP", "INS", "REL", "PPL", "MUS", "NGO", "IGO"};
    if (strnlen(sector, 4) != 3)
        return 0;
    for (size_t i = 0; i < sizeof sectors / sizeof sectors[0]; i++)
        if (memcmp(sectors[i], sector, 4) == 0)
            return 1;
    return 0;
}

int actor_codes_nested(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    return strncmp(a, b, na < nb ? na : nb) == 0;
}

int actor_group_is_place(const actor_group *g)
{
    char country[4], sector[16];
    actor_code_parts(g->actors[0].code, country, sector);
    return country[0] && !g->agent[0]
           && (!sector[0] || (strlen(g->actors[0].code) == 6 && !actor_sector_known(sector)));
}

/* snprintf(out, 4, "%.3s", s) without the format machinery: the coder
 * splits codes hundreds of thousands of times. */
static void first_three(char out[4], const char *s)
{
    size_t n = strnlen(s, 3);
    memcpy(out, s, n);
    out[n] = 0;
}

void actor_code_parts(const char *code, char country[4], char sector[16])
{
    country[0] = sector[0] = 0;
    if (strlen(code) < 3 || strcmp(code, "---") == 0)
        return;
    /* An agent with no actor ("---GOV"): no country, its sector. */
    if (strncmp(code, "---", 3) == 0) {
        first_three(sector, code + 3);
        return;
    }
    /* A sector code with no country (PETRARCH dictionaries code AFP "MED",
     * and an agent may follow: "AFP people", MEDPPL). */
    char first[4];
    first_three(first, code);
    if (actor_sector_known(first) && !dyad_country_by_iso3(first)) {
        first_three(sector, code);
        return;
    }
    /* IGOs, NGOs and the like have no country of their own. */
    if (strncmp(code, "IGO", 3) == 0 || strncmp(code, "NGO", 3) == 0 || strncmp(code, "IMG", 3) == 0
        || strncmp(code, "MNC", 3) == 0) {
        first_three(sector, code);
        return;
    }
    memcpy(country, code, 3);
    country[3] = 0;
    first_three(sector, code + 3);
}

int actor_code_is_region(const char *code)
{
    char country[4], sector[16];
    actor_code_parts(code, country, sector);
    return country[0] && strncmp(code, "IGO", 3) != 0 && !dyad_country_by_iso3(country);
}

int actor_code_has(const char *code, const char *piece)
{
    char country[4], sector[16];
    actor_code_parts(code, country, sector);
    return strstr(code + strlen(country), piece) != NULL;
}

typedef struct group_build {
    uint32_t first, last;
    int32_t actor_m[MAX_GROUP_ACTORS];   /* mention indices of actors */
    int n_actor;
    int32_t agent_m;                     /* first agent mention, -1 */
    int32_t agents_m[4];                 /* every agent mention, in order */
    int n_agent;
} group_build;

/* may_join's answers: JOIN_SPEAKER when the mention is whom the group's
 * speaker or aide works for ("a spokesman for the rebels"): its role words,
 * not the spokesman's, give the group's sector. */
enum { NO_JOIN, JOIN, JOIN_SPEAKER };

/* "the commander of the 10th Battalion of the Bangladeshi peacekeeping
 * troops": a military unit after the "of" of someone's role is the unit
 * they serve in, which carries on to the unit's own "of". */
static int unit_of(const parse *p, const token *of, const group_build *g, const mention *m)
{
    static const char *const units[] = {"BATTALION", "BATTALIONS", "BRIGADE", "BRIGADES", "DIVISION",
        "DIVISIONS", "REGIMENT", "REGIMENTS", "CONTINGENT", "UNIT", "UNITS", "PLATOON", "SQUADRON",
        "CORPS", "FLEET", "DETACHMENT", NULL};
    return strcmp(of->up, "OF") == 0 && g->agent_m >= 0 && m->actor == NONE && m->agent != NONE
           && str_in(p->t[m->last - 1].up, units);
}

/* "the troops of rebel leader Laurent Kabila", "the forces of President
 * Kabila": armed men of a title right before a name the dictionaries know
 * as a person's are that person's side.  Only armed role words: "critics"
 * or "opponents of President X" are not his. */
static int forces_of_titled_person(const parse *p, const token *of, const group_build *g,
                                   const mention *all, const mention *m, const mention *next)
{
    static const char *const armed[] = {"MIL", "COP", "REB", "UAF", "SPY", NULL};
    return strcmp(of->up, "OF") == 0 && g->agent_m >= 0 && str_in(p->d->agents[all[g->agent_m].agent].code, armed)
           && m->actor == NONE && m->agent != NONE && next && next->first == m->last && next->actor != NONE
           && dict_actor_is_person(p->d, next->actor);
}

/* Where the phrase that ends right before token k (articles, adjectives,
 * names) opens. */
static uint32_t phrase_opening(const parse *p, uint32_t k)
{
    while (k > 0 && (p->t[k - 1].tag == WC_DET || (p->t[k - 1].tag == WC_OTHER && !(p->t[k - 1].flags & TOK_PUNCT)
                                                    && !syntax_is_verb_at(p, k - 1))))
        k--;
    return k;
}

/* Whether that phrase is the object of a preposition ... */
static int after_preposition(const parse *p, uint32_t k)
{
    k = phrase_opening(p, k);
    return k > 0 && p->t[k - 1].tag == WC_PREP;
}

/* ... or of a verb. */
static int after_verb(const parse *p, uint32_t k)
{
    k = phrase_opening(p, k);
    return k > 0 && syntax_is_verb_at(p, k - 1);
}

/* m[k] is the mention that may join g; m[k + 1] follows it (k + 1 < nm). */
static int may_join(const parse *p, const group_build *g, const mention *all, uint32_t k, uint32_t nm)
{
    const mention *m = &all[k], *next = k + 1 < nm ? &all[k + 1] : NULL;
    uint32_t gap = m->first - g->last;
    if (gap > 4)
        return 0;
    int has_agent = g->agent_m >= 0 || m->agent != NONE;
    /* "called Netanyahu a terrorist leader": a name and an indefinite
     * article with no comma between are two phrases (an apposition takes
     * its comma: "Hamas, a militant group") */
    static const char *const indefinite[] = {"A", "AN", NULL};
    if (g->n_actor && gap > 0 && str_in(p->t[g->last].up, indefinite))
        return 0;
    int of_link = 0, lowercase = 0;   /* lowercase: a lower-case verb, adjective or number */
    for (uint32_t i = g->last; i < m->first; i++) {
        const token *t = &p->t[i];
        /* "a spokesman for Bush" speaks for him, "an aide to Abbas" works
         * for him (but "troops for Afghanistan" are not Afghan, nor is "an
         * envoy to Iraq" Iraqi). */
        static const char *const speakers[] = {"SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", NULL};
        static const char *const aides[] = {"AIDE", "AIDES", "ADVISER", "ADVISERS", "ADVISOR", "ADVISORS", NULL};
        /* "a leader of the rebels", "a spokesman of the army": the role
         * words after "of" say whose side the head is on. */
        static const char *const heads[] = {"LEADER", "LEADERS", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON",
                                            NULL};
        int for_speaker = i > 0 && ((strcmp(t->up, "FOR") == 0 && str_in(p->t[i - 1].up, speakers))
                                    || (strcmp(t->up, "TO") == 0 && str_in(p->t[i - 1].up, aides))
                                    || (strcmp(t->up, "OF") == 0 && str_in(p->t[i - 1].up, heads)
                                        && g->agent_m >= 0 && m->agent != NONE));
        /* "evacuated its citizens from Iran", "cut its troops in Iraq":
         * whose they are is said; "from" is where they leave, "in" where
         * they serve.  One's counterpart is the other side's ("his
         * counterpart in Iraq"). */
        static const char *const owners[] = {"ITS", "THEIR", "HIS", "HER", "OUR", NULL};
        static const char *const counterparts[] = {"COUNTERPART", "COUNTERPARTS", NULL};
        int owned = g->first > 0 && str_in(p->t[g->first - 1].up, owners) && i > 0
                    && !str_in(p->t[i - 1].up, counterparts);
        /* "carried out drone strikes in Lebanon": the strikes a verb's
         * object names are made there, not by its forces */
        int strikes_there = i > 0 && syntax_is_attack_noun(&p->t[i - 1]) && after_verb(p, g->first);
        if ((strcmp(t->up, "OF") == 0 || ((strcmp(t->up, "IN") == 0 || strcmp(t->up, "FROM") == 0) && !owned && !strikes_there)
             || for_speaker)
            && g->n_actor == 0
            && (m->actor != NONE || (for_speaker && m->agent != NONE) || unit_of(p, t, g, m)
                || forces_of_titled_person(p, t, g, all, m, next))) {
            of_link = for_speaker ? 2 : 1;
            continue;
        }
        if (!np_filler(p, i, has_agent))
            return 0;
        int lower = t->tag == WC_OTHER && !(t->flags & (TOK_CAP | TOK_PUNCT)) && p->tags;
        lowercase |= lower && (dyad_tag_is_verb(p->tags[i]) || p->tags[i] == TAG_JJ || p->tags[i] == TAG_CD);
        /* "militants crossed the border from Pakistan": a verb and its
         * object come between; the militants' origin is not said */
        if (lower && dyad_tag_is_verb(p->tags[i]) && i + 1 < m->first && p->t[i + 1].tag == WC_DET)
            return 0;
    }
    /* "Israeli troops wounded three Palestinians": after its head noun (the
     * agent) a phrase does not go on through a lower-case verb, adjective
     * or number to a name ("the media watchdog RSF" does). */
    if (g->agent_m >= 0 && m->actor != NONE && lowercase && !of_link)
        return 0;
    /* Two people or two countries side by side are two groups, but not
     * "London's Daily Telegraph", "Russia's Gazprom": the one owns the
     * other. */
    int owns = gap == 1 && (p->t[g->last].flags & TOK_POSS);
    if (g->n_actor && m->actor != NONE && gap > 0 && !has_agent && !owns)
        return 0;
    return of_link == 2 ? JOIN_SPEAKER : JOIN;
}

/* Appends the three-letter pieces of `add` that neither `out` nor `have`
 * (the actor's code) holds: "Israeli Defense Minister Amir Peretz" is
 * ISRGOV (his code) with the minister's GOVMIL: ISRGOVMIL, not
 * ISRGOVGOVMIL. */
static void append_pieces(char *out, size_t cap, const char *add, const char *have)
{
    for (size_t i = 0; add[i]; i += 3) {
        char piece[4];
        first_three(piece, add + i);
        /* A code with a sector of its own (a person's dated one) already
         * says whether in office: "President Maduro" after 2026-01-03 is
         * VENELI, not VENELIGOV. */
        if (strlen(have) > 3 && strcmp(piece, "GOV") == 0)
            continue;
        if (!strstr(out, piece) && !strstr(have, piece))
            str_append(out, cap, piece);
        if (strlen(add + i) < 3)
            break;
    }
}

static void append_code(char *out, size_t cap, const char *add)
{
    append_pieces(out, cap, add, "");
}

/* "leaders of Egypt's Muslim Brotherhood", "Hamas leaders": the leaders of
 * a movement or armed group are that group, not a government. */
static int movement_leaders(const parse *p, const mention *am, const agent_entry *a, const char *actor)
{
    static const char *const leader[] = {"LEADER", "LEADERS", NULL};
    static const char *const movements[] = {"OPP", "REB", "SEP", "INS", "UAF", "CRM", NULL};
    if (strcmp(a->code, "GOV") != 0 || !str_in(p->t[am->last - 1].up, leader))
        return 0;
    if (strncmp(actor, "IMG", 3) == 0)
        return 1;
    for (const char *const *m = movements; *m; m++)
        if (actor_code_has(actor, *m))
            return 1;
    return 0;
}

/* "Professor Iajuddin Ahmed": an academic title right before the name of
 * a person the dictionaries know is a form of address; the person's code
 * (BGDGOV, the president) says what he acts as. */
static int academic_title(const parse *p, const mention *title, const agent_entry *a, const mention *person)
{
    return person && strcmp(a->code, "EDU") == 0 && title->last == person->first
           && dict_actor_is_person(p->d, person->actor);
}

/* "the activists of the banned JMB", "Islamic Jihad activists": the
 * activists of an armed group are its members, no opposition of their
 * own; and its forces and commanders ("Kabila's forces", "PKK
 * commanders") are the group, no state's military. */
static int armed_group_activists(const agent_entry *a, const char *actor)
{
    static const char *const armed[] = {"REB", "SEP", "INS", NULL};
    if (strcmp(a->code, "OPP") != 0 && strcmp(a->code, "MIL") != 0)
        return 0;
    for (const char *const *k = armed; *k; k++)
        if (actor_code_has(actor, *k))
            return 1;
    return 0;
}

/* "Taliban fighters" after 2021, "HTS militants" after 2024: the fighters
 * of a movement in power (its code holds GOV) are its forces, no rebels. */
static int ruling_movement_fighters(const agent_entry *a, const char *actor)
{
    return strcmp(a->code, "REB") == 0 && strlen(actor) > 3 && actor_code_has(actor, "GOV");
}

/* Combines an actor code with the group's agents, in text order:
 * prefixes before ("MSF" NGO~ + ARN) and suffixes after (+ GOV), each once:
 * "An MSF Arnor diplomat" is NGOARNGOV.  person is the actor's mention,
 * NULL when the actor is a place. */
static void with_agents(char *out, size_t cap, const char *actor, const parse *p, const mention *m,
                        const group_build *g, const mention *person)
{
    char pre[24] = "", post[24] = "";
    /* The actor with all the group's agents: the leaders are a movement's
     * when either names one ("the leader of the Kenyan opposition"). */
    char whole[48];
    str_copy(whole, sizeof whole, actor);
    for (int k = 0; k < g->n_agent; k++)
        append_code(whole, sizeof whole, p->d->agents[m[g->agents_m[k]].agent].code);
    for (int k = 0; k < g->n_agent; k++) {
        const agent_entry *a = &p->d->agents[m[g->agents_m[k]].agent];
        if (academic_title(p, &m[g->agents_m[k]], a, person))
            continue;
        if (a->prefix)
            append_code(pre, sizeof pre, a->code);
        else if (!movement_leaders(p, &m[g->agents_m[k]], a, whole) && !armed_group_activists(a, actor)
                 && !ruling_movement_fighters(a, actor))
            append_pieces(post, sizeof post, a->code, strlen(actor) > 3 ? actor : "");
    }
    str_copy(out, cap, pre);
    str_append(out, cap, actor);
    str_append(out, cap, post);
}

/* "Danish media and government": two agents joined by a conjunction are
 * two actors of one country, a compound. */
static int agents_joined(const parse *p, const mention *m, const group_build *g)
{
    for (int k = 1; k < g->n_agent; k++)
        for (uint32_t i = m[g->agents_m[k - 1]].last; i < m[g->agents_m[k]].first; i++)
            if (p->t[i].tag == WC_CONJ)
                return 1;
    return 0;
}

/* One actor per agent.  With no actor (actor_m < 0, actor "---" or a
 * city's country) each member spans its own agent: "security forces and
 * rebels clashed" are two sides, ---COP and ---REB. */
/* With no actor, agents are two sides only when each follows the one
 * before right after a conjunction (and articles): "security forces and
 * rebels clashed", "police and the army".  Not "a newspaper boss and
 * lawmaker" (one person: a role word on a role word, "a" before both), nor
 * "teachers overnight and deployed police" (a verb the tagger missed). */
static int sides_joined(const parse *p, const mention *m, const group_build *g)
{
    uint32_t start = m[g->agents_m[0]].first;
    if (g->n_agent < 2 || (start > 0 && (!strcmp(p->t[start - 1].up, "A") || !strcmp(p->t[start - 1].up, "AN"))))
        return 0;
    for (int k = 1; k < g->n_agent; k++) {
        int conjunction = 0;
        for (uint32_t i = m[g->agents_m[k - 1]].last; i < m[g->agents_m[k]].first; i++) {
            if (p->t[i].tag == WC_CONJ)
                conjunction = 1;
            else if (p->t[i].tag != WC_DET)
                return 0;
        }
        if (!conjunction)
            return 0;
    }
    return 1;
}

static int split_agents(const parse *p, const mention *m, const group_build *g, const char *actor,
                        int actor_m, actor_group *ag)
{
    ag->n = 0;
    for (int k = 0; k < g->n_agent && ag->n < MAX_GROUP_ACTORS; k++) {
        const agent_entry *a = &p->d->agents[m[g->agents_m[k]].agent];
        actor_ref *r = &ag->actors[ag->n++];
        if (a->prefix && strcmp(actor, "---") != 0)
            snprintf(r->code, sizeof r->code, "%s%s", a->code, actor);
        else {
            snprintf(r->code, sizeof r->code, "%s", actor);
            append_code(r->code, sizeof r->code, a->code);
        }
        r->first = m[actor_m >= 0 ? actor_m : g->agents_m[k]].first;
        r->last = m[g->agents_m[k]].last;
    }
    return ag->n > 0;
}

/* Whether owner's "'s" is followed by an organisation and a word of
 * status: "Sweden's NATO bid", "Ukraine's EU membership". */
static int bid_for(const parse *p, const mention *owner, const mention *org)
{
    static const char *const status[] = {"BID", "BIDS", "MEMBERSHIP", "ACCESSION", "APPLICATION", "CANDIDACY",
        "ENTRY", "SEAT", "ASPIRATIONS", NULL};
    return owner->last < p->n && (p->t[owner->last].flags & TOK_POSS) && org->last < p->n
           && str_in(p->t[org->last].up, status);
}

/* "Opponents of Rwanda's Senate": a state institution a dictionary files
 * under one country (Phoenix's SENATE is the US Senate) is the owner's
 * when another country owns it.  Writes the owner's code into out. */
static int owned_institution(const parse *p, const mention *owner, const mention *inst, const char *code,
                             char *out, size_t cap)
{
    static const char *const state[] = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", NULL};
    const char *by = dict_actor_code(p->d, owner->actor, p->date);
    if (!by || strlen(by) != 3 || !dyad_country_by_iso3(by) || strlen(code) <= 3
        || !(p->t[owner->last].flags & TOK_POSS) || owner->last + 1 != inst->first
        || dict_actor_is_person(p->d, inst->actor) || !str_prefix_in(code + 3, state))
        return 0;
    char country[4];
    snprintf(country, sizeof country, "%.3s", code);
    if (!dyad_country_by_iso3(country) || !strcmp(country, by))
        return 0;
    snprintf(out, cap, "%s%s", by, code + 3);
    return 1;
}

/* "former U.S. president Jimmy Carter": an office once held, with the
 * country between "former" and the title, makes an elite (ELI), as the
 * titles "former president" and "ex-minister" do on their own.  A person
 * the dictionaries date keeps the code of the day. */
static int former_office(const parse *p, uint32_t first, const char *sector)
{
    static const char *const formers[] = {"FORMER", "EX", "ONETIME", "ONE-TIME", NULL};
    static const char *const offices[] = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", NULL};
    return first > 0 && str_in(p->t[first - 1].up, formers) && str_prefix_in(sector, offices);
}

/* A capitalised word that may be part of a city's name: a proper noun
 * (or the adjective the tagger makes of one: "Istanbul police") no
 * dictionary phrase starts at, no verb. */
static int city_word(const parse *p, uint32_t k)
{
    uint32_t skip;
    return p->tags && (p->tags[k] == TAG_NNP || p->tags[k] == TAG_NNPS || p->tags[k] == TAG_JJ)
           && name_token(p, k) && !syntax_is_verb_at(p, k)
           && dict_match(p->d, p->t, p->n, k, WANT_ACTOR | WANT_AGENT, &skip) == NONE;
}

/* Whether the city name[0, n) resolves, in a story of the countries ctx,
 * to a capital or a city of a million people (the only places
 * dyad_place_find lets stand alone at the start of a sentence). */
static int big_city(const char *name, size_t n, const char *const *ctx, size_t n_ctx)
{
    dyad_place place;
    size_t b, e;
    return dyad_place_find(name, n, ctx, n_ctx, &place, &b, &e) == 1 && b == 0 && e == n;
}

/* How sure the gazetteer is that the city named name[0, n) is top, with
 * no story to choose by: 2 for a capital or a city of a million that no
 * such city elsewhere rivals, 1 for a name no other country's city bears,
 * else 0 ("Hyderabad": India's and Pakistan's). */
static int city_sureness(const char *name, size_t n, const dyad_place *top)
{
    const char *others[320];
    size_t n_others = 0;
    for (size_t i = 0; i < dyad_n_countries && n_others < sizeof others / sizeof others[0]; i++)
        if (strcmp(dyad_countries[i].iso3, top->country) != 0)
            others[n_others++] = dyad_countries[i].iso3;
    /* (asked with every other country as the story's, the gazetteer
     * answers another country's city if it knows one) */
    dyad_place rival;
    int unique = !dyad_place_lookup(name, n, others, n_others, &rival) || !strcmp(rival.country, top->country);
    if (big_city(name, n, NULL, 0))
        return unique || !big_city(name, n, others, n_others) ? 2 : 0;
    return unique;
}

/* The country of the city named by the whole run of name words [i, end),
 * when the gazetteer is at least `need` sure of it (city_sureness).  Not a
 * city before a word for a region ("in Makamba province"), nor one of the
 * capitals dict/states.dyad leaves out on purpose: seats of international
 * bodies ("the parliament in Strasbourg", "officials in Brussels" are the
 * EU's more often than the host's), an English word ("Male workers") and
 * names shared with better-known places ("Georgetown students"). */
static int city_country(const parse *p, uint32_t i, uint32_t end, int need, char country[4])
{
    static const char *const regions[] = {"PROVINCE", "REGION", "DISTRICT", "COUNTY", "STATE", "GOVERNORATE",
        "PREFECTURE", NULL};
    static const char *const seats[] = {"BRUSSELS", "STRASBOURG", "GENEVA", "HAGUE", "MALE", "GEORGETOWN", "NASSAU",
        NULL};
    if (i == end || end - i > 3 || (i > 0 && city_word(p, i - 1)) || (end < p->n && city_word(p, end))
        || (end < p->n && str_in(p->t[end].up, regions)) || (end == i + 1 && str_in(p->t[i].up, seats)))
        return 0;
    for (uint32_t k = i; k < end; k++)
        if (!city_word(p, k))
            return 0;
    char name[96];
    size_t n = phrase_text(p, i, end, name, sizeof name);
    dyad_place place;
    if (!n || !dyad_place_lookup(name, n, NULL, 0, &place) || place.geonames_id == 0
        || city_sureness(name, n, &place) < need)
        return 0;
    memcpy(country, place.country, 4);
    return 1;
}

/* "Istanbul police", "Kharkiv's governor": a city right before an agent
 * written in lower case ("the Federal Prosecution Office", "Pittsburgh
 * Pirates" name institutions of their own).  Only a big city the
 * gazetteer is sure of: smaller ones share their names with counties
 * ("Suffolk police" are English, not Virginia's), words ("Young farmers")
 * and people ("the Martin government"). */
static int city_before(const parse *p, actor_group *ag, char country[4])
{
    uint32_t end = ag->first;
    if (p->t[end].flags & TOK_CAP)
        return 0;
    if (end > 0 && (p->t[end - 1].flags & TOK_POSS))
        end--;
    uint32_t first = end;
    while (first > 0 && end - first < 4 && city_word(p, first - 1))
        first--;
    /* (after "the", a proper name no other country's city bears will do:
     * "the Jenin refugee camp", "the Kherson city council"; not an
     * adjective, "the Liberal government" is no town in Kansas's) */
    int the = first > 0 && strcmp(p->t[first - 1].up, "THE") == 0 && p->tags;
    for (uint32_t k = first; k < end && the; k++)
        the = p->tags[k] == TAG_NNP;
    if (first == end || !city_country(p, first, end, the ? 1 : 2, country))
        return 0;
    ag->first = first;
    return 1;
}

/* Whether a verb (or a reporting word: "told journalists in ...") comes
 * before token k in its clause. */
static int verb_before(const parse *p, uint32_t k)
{
    while (k-- > 0) {
        const token *t = &p->t[k];
        if (t->tag == WC_REPORT || syntax_is_verb_at(p, k))
            return 1;
        if ((t->flags & TOK_PUNCT) || t->tag == WC_SUBORD)
            return 0;
    }
    return 0;
}

/* Those "in" a city who are often there from elsewhere: soldiers,
 * journalists, refugees, diplomats ("troops in Kandahar", "refugees in
 * Goma", "diplomats in Karachi"). */
static int posted_there(const parse *p, const actor_group *ag, const char *agent_code)
{
    static const char *const sectors[] = {"MIL", "MED", "REF", NULL};
    static const char *const envoys[] = {"DIPLOMAT", "ENVOY", "AMBASSADOR", "EMBASS", "CONSUL", NULL};
    return str_prefix_in(agent_code, sectors) || str_prefix_in(p->t[ag->last - 1].up, envoys);
}

/* Whether the agent group's head serves a person, whose name a town may
 * share: "lawyers of Taylor", "a spokesman of Martin". */
static int personal_staff(const parse *p, const actor_group *ag)
{
    static const char *const staff[] = {"SPOKES", "AIDE", "LAWYER", "ATTORNEY", "ADVIS", "NEGOTIAT", "BODYGUARD",
        "SECRETAR", NULL};
    return str_prefix_in(p->t[ag->last - 1].up, staff);
}

/* "the mayor of Mosul", "police in Karachi arrested", "a suicide bomber
 * from Jenin killed": a city after the agent's "of", or after its "in" or
 * "from" before the clause's verb; after a verb these mostly say where it
 * happened or whence someone went ("clashed with police in Istanbul",
 * "flew refugees from Kisangani").  Nor "in" on the object of a
 * preposition, where it may as well place the noun before ("the founder of
 * the gang in Los Angeles"). */
static int city_after(const parse *p, actor_group *ag, const char *agent_code, char country[4])
{
    static const char *const links[] = {"IN", "OF", "FROM", NULL};
    uint32_t k = ag->last;
    if (k + 1 >= p->n || !str_in(p->t[k].up, links))
        return 0;
    int of = strcmp(p->t[k].up, "OF") == 0;
    int in = strcmp(p->t[k].up, "IN") == 0;
    if ((!of && verb_before(p, ag->first)) || personal_staff(p, ag))
        return 0;
    if (in && (posted_there(p, ag, agent_code) || after_preposition(p, ag->first)))
        return 0;
    uint32_t last = k + 1;
    while (last < p->n && last - k < 5 && city_word(p, last))
        last++;
    if (!city_country(p, k + 1, last, 1, country))
        return 0;
    ag->last = last;
    return 1;
}

/* The code of mention m on the sentence's date.  "The Hamas-led
 * government" is the Palestinian government, not Hamas: an "X-led" mention
 * is X's country alone (into country); an organisation with none, as
 * NATO, keeps its code. */
static const char *mention_code(const parse *p, const mention *m, char country[4])
{
    const char *c = dict_actor_code(p->d, m->actor, p->date);
    if (!c || !m->led || strlen(c) <= 3)
        return c;
    snprintf(country, 4, "%.3s", c);
    return dyad_country_by_iso3(country) ? country : c;
}

/* Whether token k may stand in a noun phrase before its noun: anything
 * the tagger did not read as a finite verb or a base form (participles
 * are adjectives there: "its ruling party"); with no tagger, any word. */
static int modifier_tag(const parse *p, uint32_t k)
{
    if (!p->tags)
        return 1;
    uint8_t tag = p->tags[k];
    return !dyad_tag_is_finite(tag) && tag != TAG_VB && tag != TAG_MD;
}

/* The code of a simple group: the most specific actor, with its agent.
 * TABARI writes several codes as "FRO/BIL/SAM": they make a compound. */
static int group_code(const parse *p, const mention *m, const group_build *g, actor_group *ag)
{
    const dyad_dicts *d = p->d;
    const char *best = NULL;
    int best_m = -1;
    char best_country[4];
    for (int k = 0; k < g->n_actor; k++) {
        char country[4];
        const char *c = mention_code(p, &m[g->actor_m[k]], country);
        if (!c)
            continue;
        /* A person's full code (RUSGOV) beats the country (RUS), and the
         * name after "X-led" beats X ("the NATO-led ISAF" is ISAF). */
        int led_best = best_m >= 0 && m[best_m].led;
        if (!best || (strlen(c) > 3 && strlen(best) <= 3) || led_best) {
            best = c == country ? memcpy(best_country, country, sizeof country) : c;
            best_m = g->actor_m[k];
        }
    }
    /* "Sweden's NATO bid": an organisation that only says what the bid is
     * for leaves the group to its owner. */
    if (g->n_actor == 2 && best_m == g->actor_m[1] && bid_for(p, &m[g->actor_m[0]], &m[g->actor_m[1]])) {
        const char *c = dict_actor_code(d, m[g->actor_m[0]].actor, p->date);
        if (c) {
            best = c;
            best_m = g->actor_m[0];
        }
    }
    char owned[24];
    if (g->n_actor == 2 && best_m == g->actor_m[1]
        && owned_institution(p, &m[g->actor_m[0]], &m[g->actor_m[1]], best, owned, sizeof owned))
        best = owned;
    const agent_entry *agent = g->agent_m >= 0 ? &d->agents[m[g->agent_m].agent] : NULL;
    if (agent) {
        str_copy(ag->agent, sizeof ag->agent, agent->code);
        ag->agent_first = best_m < 0 || g->agent_m < best_m;
    }
    if (!best && agent) {
        /* An agent with no actor: "insurgents", "the government"; "its
         * government" belongs to whoever "its" is (the caller decides).
         * "women's rights", "a children's hospital": people as a class
         * that something is for, not anyone acting. */
        uint32_t after = m[g->agent_m].last;
        if (strcmp(agent->code, "CVL") == 0 && after < p->n && (p->t[after].flags & TOK_POSS))
            return 0;
        uint32_t f = m[g->agent_m].first;
        /* Back over adjectives and ordinals: "his first official visit"
         * (not over a verb and its subject: "its forces killed 30
         * militants" are not its militants). */
        while (f > 0 && p->t[f - 1].tag == WC_OTHER && !(p->t[f - 1].flags & (TOK_CAP | TOK_PUNCT))
               && f + 3 > m[g->agent_m].first && modifier_tag(p, f - 1))
            f--;
        if (f > 0) {
            const char *w = p->t[f - 1].up;
            ag->owner_pronoun = !strcmp(w, "ITS") || !strcmp(w, "THEIR") || !strcmp(w, "HIS")
                || !strcmp(w, "HER") || !strcmp(w, "OUR");
        }
        actor_ref *r = &ag->actors[0];
        char country[4];
        int located = !ag->owner_pronoun && (city_before(p, ag, country) || city_after(p, ag, agent->code, country));
        if (sides_joined(p, m, g))
            return split_agents(p, m, g, located ? country : "---", -1, ag);
        if (located)
            with_agents(r->code, sizeof r->code, country, p, m, g, NULL);
        else
            snprintf(r->code, sizeof r->code, "---%s", agent->code);
        r->first = m[g->agent_m].first;
        r->last = m[g->agent_m].last;
        ag->n = 1;
        return 1;
    }
    if (!best || strcmp(best, "---") == 0)
        return 0;
    if (agents_joined(p, m, g))
        return split_agents(p, m, g, best, best_m, ag);
    char codes[64];
    str_copy(codes, sizeof codes, best);
    ag->n = 0;
    int former = agent && former_office(p, ag->first, agent->code);
    for (char *save = NULL, *c = strtok_r(codes, "/", &save); c && ag->n < MAX_GROUP_ACTORS;
         c = strtok_r(NULL, "/", &save)) {
        actor_ref *r = &ag->actors[ag->n++];
        if (former && strlen(c) == 3)
            snprintf(r->code, sizeof r->code, "%sELI", c);
        else
            with_agents(r->code, sizeof r->code, c, p, m, g, &m[best_m]);
        r->first = m[best_m].first;
        r->last = m[best_m].last;
        r->agent_repeats = agent && strlen(c) > 3 && actor_code_has(c, agent->code);
    }
    return ag->n > 0;
}

static void push_group(parse *p, arena *mem, const actor_group *g)
{
    if (p->n_groups == p->cap_groups) {
        p->cap_groups = p->cap_groups ? p->cap_groups * 2 : 16;
        actor_group *v = arena_alloc_unset(mem, p->cap_groups * sizeof *v);
        if (p->n_groups)
            memcpy(v, p->groups, p->n_groups * sizeof *v);
        p->groups = v;
    }
    p->groups[p->n_groups++] = *g;
}

/* Whether tokens [from, to) are an acronym in brackets no dictionary
 * knows: "(CII)". */
static int unknown_bracketed_acronym(const parse *p, uint32_t from, uint32_t to)
{
    return to == from + 3 && to < p->n && p->t[from].up[0] == '(' && (p->t[from + 1].flags & TOK_WORD)
           && (p->t[from + 1].flags & TOK_ALLCAP) && p->t[from + 2].up[0] == ')';
}

/* "the Chinese People's Liberation Army (PLA) Navy", "the Revolutionary
 * Armed Forces of Colombia (FARC) rebels", "the Confederation of Indian
 * Industry (CII) president": a role word right after a name and its
 * acronym in brackets, known or not, is that name's (one actor). */
static int agent_after_acronym(const parse *p, const actor_group *prev, const actor_group *h)
{
    int known = h->first == prev->last && prev->last > 0 && p->t[prev->last - 1].up[0] == ')';
    return prev->n == 1 && h->n == 1 && (known || unknown_bracketed_acronym(p, prev->last, h->first))
           && strncmp(h->actors[0].code, "---", 3) == 0 && strncmp(prev->actors[0].code, "---", 3) != 0;
}

/* "The Singapore Armed Forces (SAF)": an acronym in brackets (h, right
 * after prev's opening bracket) that spells the initials of the
 * capitalised words of the name before it is that name's, whatever else
 * the dictionaries know it as (SAF is also Sudan's army).  One that does
 * not ("the Revolutionary Armed Forces of Colombia (FARC)", named in
 * Spanish) may say more than the name: it stays. */
static int acronym_of_name(const parse *p, const actor_group *prev, const actor_group *h)
{
    if (h->last != h->first + 1 || !(p->t[h->first].flags & TOK_ALLCAP))
        return 0;
    const char *acronym = p->t[h->first].up;
    size_t n = 0;
    for (uint32_t k = prev->first; k < prev->last; k++) {
        const token *t = &p->t[k];
        if (!(t->flags & TOK_CAP) || !(t->flags & TOK_WORD))
            continue;
        if (acronym[n] != t->up[0])
            return 0;
        n++;
    }
    return n >= 2 && acronym[n] == '\0';
}

static int conjunction_word(const token *t)
{
    static const char *const words[] = {"AND", "OR", "NOR", NULL};
    return str_in(t->up, words);
}

/* Separator between two groups that makes them one compound: a comma or
 * "and"/"or", with articles and adjectives ("Fornost and the evil Gondor"). */
static int compound_gap(const parse *p, uint32_t from, uint32_t to)
{
    int joiner = 0, conjunction = 0;
    for (uint32_t i = from; i < to; i++) {
        const token *t = &p->t[i];
        /* "praising France and its allies, China warned": a comma after the
         * conjunction closes what it joined; a list has its commas first */
        int is_conjunction = conjunction_word(t);
        if (t->up[0] == ',' && conjunction)
            return 0;
        conjunction |= is_conjunction;
        if (t->up[0] == ',' || is_conjunction)
            joiner = 1;
        else if (t->tag != WC_DET && !(joiner && t->tag == WC_OTHER && !syntax_is_verb_at(p, i)
                                       && !(t->flags & TOK_PUNCT)))
            return 0;
    }
    return joiner && to - from <= 5;
}

/* A list "A, B and C" needs its "and": "Putin, the Russian president" and
 * "militants, Reuters reports" are appositions, not compounds. */
static int has_conjunction(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++)
        if (conjunction_word(&p->t[i]))
            return 1;
    return 0;
}

/* Whether the list that continues at group i (after token `from`) is
 * closed by a conjunction somewhere: "A, B, C and D". */
static int list_has_conjunction(const parse *p, uint32_t from, uint32_t i)
{
    for (; i < p->n_groups && compound_gap(p, from, p->groups[i].first); i++) {
        if (has_conjunction(p, from, p->groups[i].first))
            return 1;
        from = p->groups[i].last;
    }
    return 0;
}

/* "Iran, US to hold talks", "China, Japan sign trade pact": a headline (a
 * line with no full stop) that opens with two names apart by a comma and
 * goes on to its verb writes the comma for "and".  In running text the
 * same comma opens an apposition ("Putin, the Russian president, said"). */
static int headline_pair(const parse *p, const actor_group *prev, const actor_group *h)
{
    if (prev->first != 0 || h->first != prev->last + 1 || p->t[prev->last].up[0] != ','
        || h->last >= p->n || p->t[p->n - 1].up[0] == '.')
        return 0;
    return strcmp(p->t[h->last].up, "TO") == 0 || syntax_is_verb_at(p, h->last);
}

/* "Blair's successor", "Arafat's widow", "Gemayel's killers", "Iraq's
 * neighbours Iran and Syria": someone else, whom the name does not code. */
static int relative_of(const parse *p, const actor_group *g)
{
    static const char *const others[] = {"SUCCESSOR", "PREDECESSOR", "WIFE", "WIDOW", "HUSBAND", "SON", "SONS",
        "DAUGHTER", "DAUGHTERS", "BROTHER", "SISTER", "FATHER", "MOTHER", "NEPHEW", "COUSIN", "FAMILY",
        "LAWYER", "LAWYERS", "KILLER", "KILLERS", "ASSASSIN", "ASSASSINS", "KIDNAPPERS", "CAPTORS",
        "NEIGHBOUR", "NEIGHBOURS", "NEIGHBOR", "NEIGHBORS", "RIVALS", "ENEMY", "ENEMIES", "FOE",
        "FOES", "ALLY", "ALLIES", "OPPONENT", "OPPONENTS", "CRITICS", NULL};
    return g->last + 1 < p->n && strcmp(p->t[g->last].up, "'S") == 0 && str_in(p->t[g->last + 1].up, others);
}

/* Whether the verb at token k may take a clause as its object: verbs of
 * saying, demanding, blaming and warning ("warned Russia and China would
 * pay"), by their CAMEO codes. */
static int takes_clause(const parse *p, uint32_t k)
{
    static const char *const roots[] = {"01", "02", "10", "112", "13", NULL};
    return syntax_verb_code_in(p, k, roots, 1);
}

/* "The US condemned Russia and China criticised Japan": a name right
 * before a finite verb of its own, after the object of a verb that is not
 * one of saying ("said Russia and China criticised" is one subject), opens
 * a new clause and joins no compound. */
/* The first token of group g with the articles before it. */
static uint32_t phrase_first(const parse *p, const actor_group *g)
{
    uint32_t k = g->first;
    while (k > 0 && p->t[k - 1].tag == WC_DET)
        k--;
    return k;
}

/* Whether a finite verb the dictionaries may not know starts at token k
 * ("and Assad fled to Moscow", "and Assad has fled"). */
static int finite_verb_at(const parse *p, uint32_t k)
{
    const verb_group *next = syntax_verb_starting(p, k);
    if (next)
        return next->finite && !next->passive;
    return k < p->n && p->tags && (p->tags[k] == TAG_VBD || p->tags[k] == TAG_VBZ || p->tags[k] == TAG_MD);
}

static int opens_clause(const parse *p, const actor_group *prev, const actor_group *h)
{
    if (!finite_verb_at(p, h->last))
        return 0;
    uint32_t k = phrase_first(p, prev);
    /* "between Israelis and the Palestinians could" is one phrase; "to
     * provide aid to Mauritius, and trade officials signed" two clauses */
    if (k > 0 && p->t[k - 1].tag == WC_PREP)
        return h->first >= prev->last + 2 && p->t[prev->last].up[0] == ',' && p->t[prev->last + 1].tag == WC_CONJ;
    while (k-- > 0) {
        const token *t = &p->t[k];
        if (t->tag == WC_PUNCT || t->tag == WC_SUBORD || t->tag == WC_REPORT)
            return 0;
        const verb_group *u = syntax_verb_at(p, k);
        if (u)
            return u->finite && !takes_clause(p, k);
    }
    return 0;
}

/* "During his stay in Beijing, Fradkov and his Chinese counterpart Wen
 * Jiabao held talks": a name ending an opening phrase (a preposition
 * before it, a comma after it) is not the first member of the list that
 * follows when that list is the subject of the verb right after it. */
static int subject_after_phrase(const parse *p, const actor_group *prev, uint32_t i)
{
    uint32_t k = phrase_first(p, prev);
    if (k == 0 || p->t[k - 1].tag != WC_PREP || p->t[prev->last].up[0] != ',')
        return 0;
    /* the phrase opens the sentence ("During his stay in Beijing,"), not a
     * noun's ("senior persons from the United States, Britain and France
     * would take part", "..., around 300 participants from Pakistan, India
     * and Nepal will") */
    uint32_t start = k - 1;
    while (start > 0 && !(p->t[start - 1].flags & TOK_PUNCT) && !syntax_is_verb_at(p, start - 1))
        start--;
    if (start > 0 || p->t[start].tag != WC_PREP)
        return 0;
    /* the list runs on, over commas and names, to its verb */
    for (uint32_t j = p->groups[i].last; j < p->n && j < p->groups[i].last + 16; j++) {
        const verb_group *next = syntax_verb_starting(p, j);
        if (next)
            return next->finite && !next->passive;
        const token *t = &p->t[j];
        if (syntax_is_verb_at(p, j) || t->tag == WC_SUBORD || ((t->flags & TOK_PUNCT) && t->up[0] != ','))
            return 0;
    }
    return 0;
}

/* "African producer Angola", "the Asian giant China": a region's word,
 * a common noun, then a country: the country, named more precisely. */
static int region_then_country(const actor_ref *a, const actor_ref *h)
{
    return strlen(a->code) == 3 && strlen(h->code) == 3 && strncmp(a->code, "---", 3) != 0
           && strncmp(a->code, "IGO", 3) != 0 && !dyad_country_by_iso3(a->code) && dyad_country_by_iso3(h->code);
}

/* "his Russian counterpart Vladimir Putin", "the Chinese leader Xi": a
 * country word, one or two common nouns (a title), then a name of that
 * country: one actor, the name.  So is a region's word before a country
 * (region_then_country). */
static int same_referent(const parse *p, const actor_ref *a, uint32_t a_end, const actor_group *h)
{
    if (h->n < 1 || h->first <= a_end || h->first > a_end + 2)
        return 0;
    int named = strncmp(h->actors[0].code, a->code, 3) == 0 && strlen(h->actors[0].code) > 3;
    if (!named && !region_then_country(a, &h->actors[0]))
        return 0;
    for (uint32_t k = a_end; k < h->first; k++)
        if (p->t[k].tag != WC_OTHER || (p->t[k].flags & (TOK_CAP | TOK_PUNCT)) || syntax_is_verb_at(p, k))
            return 0;
    return 1;
}

/* "South Korean", "US": a group that is one country's name and nothing
 * else, of one to three capitalised words. */
static int lone_country_name(const parse *p, const actor_group *g)
{
    if (g->n != 1 || g->agent[0] || strlen(g->actors[0].code) != 3 || g->last - g->first > 3)
        return 0;
    for (uint32_t k = g->first; k < g->last; k++)
        if (!(p->t[k].flags & TOK_CAP) || (p->t[k].flags & TOK_PUNCT))
            return 0;
    return 1;
}

/* "US and British activists", "South Korean and Japanese foreign
 * ministers", "Iraqi and US troops", "Afghan and coalition forces": the
 * group before is a lone country name right before the conjunction, and
 * the next opens with a modifier of its noun; the agent after both is
 * both's.  Not when that agent is only what the group the modifier names
 * is: "Congo and M23 rebels" are a state and a rebel movement
 * ("Moroccan and Polisario Front leaders" are both sides' leaders). */
static int shares_agent_after(const parse *p, const actor_group *g, const actor_group *h)
{
    uint8_t opener = p->tags ? p->tags[h->first] : TAG_DT;
    return p->tags && h->agent[0] && !h->agent_first && lone_country_name(p, g) && h->first == g->last + 1
        && strcmp(p->t[g->last].up, "AND") == 0 && h->last > h->first + 1
        && (opener == TAG_JJ || opener == TAG_NNP || opener == TAG_NN) && !h->actors[0].agent_repeats;
}

/* Adds h's members to compound g.  An agent written before the first
 * actor distributes: "the ambassadors of Arnor, Osgiliath and Gondor"; so
 * does one after a pair of adjectives (shares_agent_after).  An agent with
 * no actor of its own is a side apart: "the army and Russia", "his
 * government and the Europeans" are not Russia's army, nor a European
 * government. */
static void add_to_compound(const parse *p, actor_group *g, const actor_group *h)
{
    if (shares_agent_after(p, g, h))
        for (int j = 0; j < g->n; j++)
            if (strlen(g->actors[j].code) == 3)
                append_code(g->actors[j].code, sizeof g->actors[j].code, h->agent);
    for (int k = 0; k < h->n && g->n < MAX_GROUP_ACTORS; k++) {
        actor_ref r = h->actors[k];
        if (g->agent[0] && g->agent_first && !h->agent[0] && strlen(r.code) == 3
            && strncmp(g->actors[0].code, "---", 3) != 0)
            append_code(r.code, sizeof r.code, g->agent);
        /* "ministers of the Asia-Pacific Economic Cooperation (APEC)": one
         * organisation named twice, with and without its members' sector,
         * is one member. */
        /* ... and "Israeli Knesset (parliament)": a gloss in brackets that
         * names only the sector of a member is that member. */
        int dup = 0, gloss = syntax_in_parentheses(p, h->first, h->last) && !strncmp(r.code, "---", 3);
        for (int j = 0; j < g->n; j++)
            dup |= strcmp(g->actors[j].code, r.code) == 0
                   || (!strncmp(r.code, "IGO", 3) && actor_codes_nested(g->actors[j].code, r.code))
                   || (gloss && strlen(g->actors[j].code) > 3 && strcmp(g->actors[j].code + 3, r.code + 3) == 0);
        if (!dup)
            g->actors[g->n++] = r;
    }
    g->last = h->last;
}

/* "as the US leader prepared to attend": "as" opening a clause, whose
 * subject the group is, when a verb follows the group at once. */
static int as_clause(const parse *p, uint32_t prep, const actor_group *g)
{
    if (strcmp(p->t[prep].up, "AS") != 0)
        return 0;
    /* "struck what it described as Hezbollah targets": what a free
     * relative of naming names is the object of the verb before it */
    const verb_group *naming = prep > 0 ? syntax_verb_at(p, prep - 1) : NULL;
    if (naming && syntax_names_what(p, naming))
        return 1;
    /* ("resigned as prime minister and surrendered": "and" joins the verb
     * to the one before; the role is no clause's subject) */
    for (uint32_t v = 0; v < p->n_verbs; v++)
        if (p->verbs[v].first == g->last
            || (p->verbs[v].first == g->last + 1 && p->t[g->last].tag != WC_CONJ && p->t[g->last].tag != WC_PUNCT))
            return 1;
    /* ... nor does an "As" that opens the sentence or a clause, before a verb
     * no dictionary knows: "As Israeli soldiers fanned out ..., they" */
    int opens = prep == 0 || p->t[prep - 1].up[0] == ',';
    return opens && p->tags && g->last < p->n && dyad_tag_is_verb(p->tags[g->last]) && p->tags[g->last] != TAG_VBG;
}

/* "Thousands of Serbians protested", "dozens of UN troops": "of" after a
 * quantity makes no prepositional phrase; the group is the head. */
static int quantity_of(const parse *p, uint32_t prep)
{
    static const char *const many[] = {"THOUSANDS", "HUNDREDS", "DOZENS", "TENS", "MILLIONS", "SCORES",
                                       "MANY", "SEVERAL", "SOME", "MOST", "ALL", "FEW", "NUMBER", "GROUP",
                                       "CROWD", "CROWDS", "PERCENT", "MAJORITY", NULL};
    if (strcmp(p->t[prep].up, "OF") != 0 || prep == 0)
        return 0;
    const token *q = &p->t[prep - 1];
    if ((q->flags & TOK_NUM) || (p->tags && p->tags[prep - 1] == TAG_CD))
        return 1;
    return str_in(q->up, many);
}

static int in_some_group(const parse *p, uint32_t k)
{
    for (uint32_t g = 0; g < p->n_groups; g++)
        if (k >= p->groups[g].first && k < p->groups[g].last)
            return 1;
    return 0;
}

/* "sanctions against four senior officers in the Russian military": an
 * actor that only says whose the people are ("in", "of", "from" after a
 * common noun) takes the preposition that governs those people. */
static uint32_t outer_preposition(const parse *p, uint32_t prep)
{
    static const char *const inner[] = {"IN", "OF", "FROM", NULL};
    static const char *const outer[] = {"AGAINST", "ON", "WITH", "FOR", "TO", NULL};
    /* Up a chain of inner phrases: "on the protection of rights of migrant
     * workers" is "on" them. */
    for (uint32_t at = prep, depth = 0; depth < 3 && str_in(p->t[at].up, inner); depth++) {
        uint32_t j = at;
        while (j > 0 && (p->t[j - 1].tag == WC_DET || p->t[j - 1].tag == WC_OTHER)
               && !(p->t[j - 1].flags & (TOK_PUNCT | TOK_CAP)) && !syntax_is_verb_at(p, j - 1)
               && !in_some_group(p, j - 1))
            j--;
        if (j == at || j == 0 || p->t[j - 1].tag != WC_PREP)
            return prep;
        if (str_in(p->t[j - 1].up, outer))
            return j - 1;
        if (strcmp(p->t[j - 1].up, "OF") != 0)
            return prep;              /* "speaking to people in the province of X": in it */
        at = j - 1;
    }
    return prep;
}

/* Nouns that end a phrase of time: "at the same time Israel will ..." puts
 * Israel in no phrase of "at". */
static const char *const time_nouns[] = {"TIME", "TIMES", "MOMENT", "DAY", "DAYS", "WEEK", "WEEKS",
    "MONTH", "MONTHS", "YEAR", "YEARS", "WEEKEND", "MORNING", "AFTERNOON", "EVENING", "NIGHT",
    "HOUR", "HOURS", "PERIOD", "DECADE", "DECADES", NULL};

static int ends_time_phrase(const parse *p, uint32_t k)
{
    return str_in(p->t[k].up, time_nouns) && p->t[k + 1].up[0] != '\'';   /* "this year's APEC" */
}

/* "launched about 180 missiles at Israel", "freed over 150 prisoners",
 * "detained at least 20 Palestinians": a preposition before a number, or
 * "at" before "least" or "most", says how many, and opens no phrase. */
static int approximates(const parse *p, uint32_t k)
{
    static const char *const words[] = {"ABOUT", "AROUND", "OVER", "UNDER", NULL};
    static const char *const bounds[] = {"LEAST", "MOST", NULL};
    if (k + 1 >= p->n)
        return 0;
    if (!strcmp(p->t[k].up, "AT"))
        return str_in(p->t[k + 1].up, bounds);
    return (p->t[k + 1].flags & TOK_NUM) && str_in(p->t[k].up, words);
}

static void mark_prepositions(parse *p)
{
    for (uint32_t gi = 0; gi < p->n_groups; gi++) {
        actor_group *g = &p->groups[gi];
        uint32_t i = g->first;
        for (;;) {
            while (i > 0 && (p->t[i - 1].tag == WC_DET || (p->t[i - 1].tag == WC_OTHER && !syntax_is_verb_at(p, i - 1)
                                                          && !(p->t[i - 1].flags & TOK_PUNCT)
                                                          && !str_in(p->t[i - 1].up, calendar_words)
                                                          && !ends_time_phrase(p, i - 1))
                             || approximates(p, i - 1)))
                i--;
            if (i == 0 || !quantity_of(p, i - 1))
                break;
            i--;                      /* "at a group of militants": on to "at" */
        }
        g->prep = NONE;
        if (i > 0 && p->t[i - 1].tag == WC_PREP && !as_clause(p, i - 1, g)) {
            g->in_pp = 1;
            /* "in Helsinki" is where, whatever came before it. */
            int place = strcmp(p->t[i - 1].up, "IN") == 0 && g->n == 1 && strlen(g->actors[0].code) == 3;
            g->prep = place ? i - 1 : outer_preposition(p, i - 1);
        }
    }
}

static void index_groups(parse *p, arena *mem)
{
    p->group_at = arena_alloc_unset(mem, (p->n + 1) * sizeof *p->group_at);
    p->group_of = arena_alloc_unset(mem, (p->n + 1) * sizeof *p->group_of);
    for (uint32_t i = 0; i <= p->n; i++)
        p->group_at[i] = p->group_of[i] = -1;
    for (uint32_t g = 0; g < p->n_groups; g++) {
        p->group_at[p->groups[g].first] = (int32_t)g;
        for (uint32_t i = p->groups[g].first; i < p->groups[g].last; i++)
            p->group_of[i] = (int32_t)g;
    }
}

void actors_find(parse *p, arena *mem)
{
    mention *m = arena_alloc_unset(mem, (p->n + 1) * sizeof *m);
    uint32_t nm = find_mentions(p, m, p->n + 1);
    group_build g = {0, 0, {0}, 0, -1, {0}, 0};
    int open = 0;
    for (uint32_t k = 0; k <= nm; k++) {
        int join = open && k < nm ? may_join(p, &g, m, k, nm) : NO_JOIN;
        if (join != NO_JOIN) {
            g.last = m[k].last;
            if (join == JOIN_SPEAKER) {
                g.agent_m = -1;
                g.n_agent = 0;
            }
        } else {
            if (open) {
                actor_group ag;
                memset(&ag, 0, sizeof ag);
                ag.first = g.first;
                ag.last = g.last;
                if (group_code(p, m, &g, &ag) && !relative_of(p, &ag))
                    push_group(p, mem, &ag);
            }
            if (k == nm)
                break;
            open = 1;
            g.first = m[k].first;
            g.last = m[k].last;
            g.n_actor = 0;
            g.agent_m = -1;
            g.n_agent = 0;
        }
        if (m[k].actor != NONE && g.n_actor < MAX_GROUP_ACTORS)
            g.actor_m[g.n_actor++] = (int32_t)k;
        if (m[k].agent != NONE && g.agent_m < 0)
            g.agent_m = (int32_t)k;
        if (m[k].agent != NONE && g.n_agent < 4)
            g.agents_m[g.n_agent++] = (int32_t)k;
    }
    /* Compounds and parenthetical acronyms: merge neighbouring groups. */
    uint32_t out = 0;
    for (uint32_t i = 0; i < p->n_groups; i++) {
        actor_group *h = &p->groups[i];
        if (out > 0) {
            actor_group *prev = &p->groups[out - 1];
            int paren = h->first == prev->last + 1 && p->t[prev->last].up[0] == '('
                && h->last < p->n && p->t[h->last].up[0] == ')';
            if (prev->n == 1 && strlen(prev->actors[0].code) == 3 && same_referent(p, &prev->actors[0], prev->last, h)) {
                uint32_t first = prev->first;
                *prev = *h;
                prev->first = first;
                continue;
            }
            /* "Karzai and his Pakistani counterpart Pervez Musharraf": the
             * compound's last member is the name after it. */
            if (prev->n > 1 && h->n == 1 && prev->actors[prev->n - 1].last == prev->last
                && same_referent(p, &prev->actors[prev->n - 1], prev->last, h)) {
                prev->actors[prev->n - 1] = h->actors[0];
                prev->last = h->last;
                continue;
            }
            if (paren && prev->n == 1 && acronym_of_name(p, prev, h)) {
                prev->last = h->last + 1;
                continue;
            }
            if (agent_after_acronym(p, prev, h)) {
                append_pieces(prev->actors[0].code, sizeof prev->actors[0].code, h->actors[0].code + 3,
                              prev->actors[0].code);
                prev->last = h->last;
                continue;
            }
            if (paren || headline_pair(p, prev, h)
                || (compound_gap(p, prev->last, h->first) && list_has_conjunction(p, prev->last, i)
                    && !opens_clause(p, prev, h) && !(prev->n == 1 && subject_after_phrase(p, prev, i)))) {
                add_to_compound(p, prev, h);
                if (paren)
                    prev->last = h->last + 1;
                continue;
            }
        }
        p->groups[out++] = *h;
    }
    p->n_groups = out;
    mark_prepositions(p);
    index_groups(p, mem);
}
