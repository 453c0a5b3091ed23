/* sentence.c — coding one sentence: the code of each verb (pattern or
 * default, composed with the verbs around it) and the event records. */
#include "events/events.h"
#include "place/gazetteer.h"
#include "syntax/tagger.h"
#include "util/grow.h"
#include "util/text.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    const char *text;             /* the sentence's text, copied for its
                                     first event (NULL until then) */
    int no;
    const verb_group *dated_by;   /* the verb whose time the events being
                                     written take (set by emit_coding) */
} sentence_ctx;

/* What answers an act named again (CAMEO 05, 11, 12: "welcomed the
 * decision", "condemned the statement", "rejected the proposal"; 016:
 * "denied the allegations", "rejected the accusation"). */
static const char *const act_answers[] = {"05", "11", "12", "016", NULL};

/* Whether `then` tells again, by the same words and with its target, an
 * act `first` told with no one it was aimed at ("Peruvian troops stormed
 * the compound, killing all 14 rebels"), or force aimed only at a country
 * that a generic code of force then aims at one of its agents ("opened
 * fire at a checkpoint near Jerusalem, wounding two Israeli soldiers";
 * civilians stay an event of their own: "hit the centre of Kharkiv,
 * killing four civilians"). */
static int told_again_with_target(const dyad_event *first, const dyad_event *then)
{
    static const char *const victims[] = {"CVL", "PPL", NULL};
    int generic = strlen(then->cameo) == 3 && then->cameo[2] == '0' && strcmp(first->cameo, then->cameo) != 0;
    int only_country = first->root >= 18 && generic && first->has_target && !first->target.sector[0]
                       && then->target.sector[0] && !str_in(then->target.sector, victims)
                       && strcmp(first->target.country, then->target.country) == 0;
    return (!first->has_target || only_country) && then->has_target
           && strcmp(first->source.code, then->source.code) == 0 && strcmp(first->source.text, then->source.text) == 0;
}

/* "Insurgents bombarded a government-held part of Aleppo, killing at
 * least eight people": people, no more said of them (a dictionary's
 * "people" agent, PPL), killed where force struck a country's place (no
 * sector) are that act's victims, not a second target.  Civilians named
 * as such stay an event of their own ("shelled the city of Zaporizhzhia,
 * killing four civilians"). */
static int people_struck_there(const dyad_event *o, const dyad_event *ev)
{
    return !o->target.sector[0] && strcmp(o->target.country, ev->target.country) == 0
           && strcmp(ev->target.sector, "PPL") == 0;
}

static void push_event(story_ctx *ctx, const dyad_event *ev)
{
    /* Events come sentence by sentence: look back over this sentence only. */
    for (size_t k = ctx->n_events; k-- > 0 && ctx->events[k].sentence == ev->sentence;) {
        const dyad_event *o = &ctx->events[k];
        /* The act told first with no target is the one act, with the target,
         * on the day and at the place told first; so is force of one root
         * told with two codes ("opened fire at a checkpoint (193), wounding
         * two Israeli soldiers (190)"), where a generic second code adds
         * nothing. */
        int same_code = strcmp(o->cameo, ev->cameo) == 0;
        if (told_again_with_target(o, ev)
            && (same_code || (strncmp(o->cameo, ev->cameo, 2) == 0 && strcmp(o->cameo, "18") >= 0))) {
            ctx->events[k].target = ev->target;
            ctx->events[k].has_target = 1;
            if (same_code || (strlen(ev->cameo) == 3 && ev->cameo[2] == '0'))
                return;
            continue;
        }
        /* (the same words doing it to no one: "Insurgents bombarded part
         * of Aleppo, killing eight", whose country one of the two got; so
         * with force told by another code: "Russian missiles hit a building
         * in Dnipro (194), killing four people (190)"), though not people
         * taken away ("stormed a ministry, kidnapping 100 people": 181) */
        int both_force = o->root >= 18 && ev->root >= 18 && strcmp(ev->cameo, "181") != 0;
        if ((same_code || both_force) && (!ev->has_target || people_struck_there(o, ev)) && o->has_target
            && strcmp(o->source.text, ev->source.text) == 0)
            return;
        if (!same_code)
            continue;
        if (strcmp(o->source.code, ev->source.code) == 0 && strcmp(o->target.code, ev->target.code) == 0)
            return;                               /* same event twice in a sentence */
    }
    /* The coder's vector, reused across stories: grown in the arena, each
     * doubling left the last copy behind (a story of 250,000 one-event
     * sentences held 147 MB of them). */
    GROW(ctx->events, ctx->n_events, ctx->cap_events);
    ctx->events[ctx->n_events++] = *ev;
}

static void fill_actor(sentence_ctx *sc, dyad_actor *a, const actor_ref *r)
{
    str_copy(a->code, sizeof a->code, r->code);
    actor_code_parts(r->code, a->country, a->sector);
    a->text = span_text(sc->ctx, sc->p->t, r->first, r->last);
}

/* The event's date as yyyymmdd when a time expression gave it one (the
 * first day of a month or year named), else 0. */
static int32_t event_day(const dyad_event *ev)
{
    int y, m, d;
    if (!ev->date_value[0] || sscanf(ev->date, "%4d-%2d-%2d", &y, &m, &d) != 3)
        return 0;
    return y * 10000 + m * 100 + d;
}

/* "The Taliban captured Kabul in August 2021", told in 2026: an act of
 * the past is done by whom the actor was then (rebels, not the government
 * they became; "Bush visited Iraq in 2003": the president, not the former
 * one).  Actors are coded as of the sentence's date; an event dated before
 * it takes the code the named actor had on the event's date (the day the
 * output gives: a month or year named stands for its first day), keeping
 * what agents added after it. */
static void actor_then(const sentence_ctx *sc, dyad_actor *a, const actor_ref *r, int32_t day)
{
    const parse *p = sc->p;
    for (uint32_t i = r->first; i < r->last; i++) {
        uint32_t end;
        uint32_t node = dict_match(p->d, p->t, p->n, i, WANT_ACTOR, &end);
        if (node == NONE || p->d->nodes[node].actor == NONE || end > r->last)
            continue;
        uint32_t actor = p->d->nodes[node].actor;
        const char *now = dict_actor_code(p->d, actor, p->date), *then = dict_actor_code(p->d, actor, day);
        size_t len = now ? strlen(now) : 0;
        if (!len || !then || !strcmp(now, then) || strncmp(a->code, now, len) != 0)
            return;
        char code[sizeof a->code];
        snprintf(code, sizeof code, "%s%s", then, a->code + len);
        snprintf(a->code, sizeof a->code, "%s", code);
        actor_code_parts(a->code, a->country, a->sector);
        return;
    }
}

/* Actor a, named with no country ("---REB"), is of country. */
static void give_country(dyad_actor *a, const char *country)
{
    char code[sizeof a->code];
    snprintf(code, sizeof code, "%s%s", country, a->code + 3);
    snprintf(a->code, sizeof a->code, "%s", code);
    memcpy(a->country, country, sizeof a->country);
}

/* Actors named with no country who are most likely of where they are:
 * not armies, governments, spies, media or firms, which as often come
 * from abroad ("France, which has 4,000 troops deployed in Ivory Coast"). */
static int local_people(const char *code)
{
    static const char *const foreign[] = {"MIL", "GOV", "SPY", "MED", "BUS", NULL};
    return strncmp(code, "---", 3) == 0 && code[3] && !str_in(code + 3, foreign);
}

/* A group that fights a state or others: rebels, militias, international
 * militant groups (IMG...). */
static int armed_group(const char *code)
{
    return actor_code_has(code, "REB") || actor_code_has(code, "UAF") || strncmp(code, "IMG", 3) == 0;
}

/* "Four children were killed in Israeli shelling in the Gaza Strip": the
 * victims of violence (CAMEO 18-20) that the text gives no country are of
 * the country where it happened; so are local people a visitor from
 * abroad acts on in any way ("Macron visited workers in Guangzhou"; at
 * home the PETRARCH unit tests keep them blank: "Russian police arrested
 * students in Moscow", 212, RUSCOP ---EDU).  Not armed groups met with
 * abroad, who travel to talks ("Khartoum and the rebels started talks in
 * the Nigerian capital"). */
static void locate_victims(dyad_event *ev)
{
    if (!ev->has_target || !ev->location || !ev->location->country[0])
        return;
    int abroad = strcmp(ev->source.country, ev->location->country) != 0;
    if ((ev->root < 18 && !(abroad && local_people(ev->target.code) && !armed_group(ev->target.code)))
        || strncmp(ev->target.code, "---", 3) != 0 || !ev->target.sector[0])
        return;
    give_country(&ev->target, ev->location->country);
}

/* "Maoist leaders rejected the offer", "the Islamists accused the army":
 * rebels, separatists, the opposition, Islamist movements, gunmen and
 * criminals named with no country act at home. */
static int acts_at_home(const char *code)
{
    static const char *const home[] = {"---REB", "---SEP", "---OPP", "---MUS", "---UAF", "---CRM", NULL};
    return str_in(code, home);
}

/* Whether agent r names people from elsewhere: "illegal immigrants",
 * "foreign tourists", "Thai nationals"; or people of no country a place or
 * their captors lend: hostages and captives are as often foreigners
 * ("Hamas gunmen took more than 200 hostages" took no Palestinians). */
static int from_elsewhere(const parse *p, const actor_ref *r)
{
    static const char *const stems[] = {"IMMIGRANT", "MIGRANT", "EMIGRANT", "TOURIST", "FOREIGN", "NATIONALS",
        "EXPATRIATE", "EXPAT", "HOSTAGE", "CAPTIVE", NULL};
    uint32_t from = r->first;
    /* (the word before, past a quotation mark: foreign "terrorists") */
    if (from > 1 && (p->t[from - 1].flags & TOK_QUOTE))
        from--;
    for (uint32_t k = from > 0 ? from - 1 : 0; k < r->last && k < p->n; k++)
        for (int i = 0; stems[i]; i++)
            if (strncmp(p->t[k].up, stems[i], strlen(stems[i])) == 0)
                return 1;
    return 0;
}

/* Whether agent r is not of the place where it acts: people from
 * elsewhere, or settlers (whose state, facing them, lends them its
 * country, but not the land they settle: "Settlers attacked a Palestinian
 * village near Ramallah"). */
static int not_of_the_place(const parse *p, const actor_ref *r)
{
    for (uint32_t k = r->first; k < r->last && k < p->n; k++)
        if (strncmp(p->t[k].up, "SETTLER", 7) == 0)
            return 1;
    return from_elsewhere(p, r);
}

/* Whether actor a is a state's body that role words facing it with no
 * place named are at home with: its police, courts or legislature, which
 * act only at home ("Indian border guards shot dead two militants",
 * "an Indonesian court sentenced a militant"), or its government or army
 * when the story has named that country only ("the Sudanese army killed
 * 200 rebels"; not "Meles warned the Islamists" in a story of Somalia).
 * (Measured on the wire, a story of one country was not the foreign
 * troops' own; "US troops killed five insurgents" alone would be.) */
static int own_state(const story_ctx *ctx, const dyad_actor *a)
{
    static const char *const domestic[] = {"COP", "JUD", "LEG", NULL};
    static const char *const state[] = {"GOV", "MIL", NULL};
    char sector[4];
    snprintf(sector, sizeof sector, "%s", a->sector);
    if (!dyad_country_by_iso3(a->country))
        return 0;
    return str_in(sector, domestic)
           || (str_in(sector, state) && ctx->n_countries == 1 && strcmp(ctx->countries[0], a->country) == 0);
}

/* Gives role words with no country the country of the state body they
 * face (own_state); whether it did. */
static int at_home_with(const story_ctx *ctx, dyad_actor *role, const dyad_actor *state)
{
    if (!acts_at_home(role->code) || !own_state(ctx, state))
        return 0;
    give_country(role, state->country);
    return 1;
}

/* "Taliban authorities banned women from universities", "Iranian police
 * detained journalists", "Mali's junta dissolved all political parties",
 * "Belarus arrested opposition activists": people, parties and the
 * opposition of no named country whom a state, its government, army,
 * police or courts coerce (CAMEO 17: restrictions, bans, arrests,
 * repression) are its own, for coercion is done at home; so are the
 * opponents it frees (0841: "Belarus freed 14 political prisoners"; freed
 * civilians are as often foreigners, and left blank).  Not those
 * expelled (174), who are mostly foreigners ("expelled three
 * journalists"). */
static int coerced_at_home(const dyad_event *ev)
{
    static const char *const civil[] = {"---CVL", "---MED", "---EDU", "---LAB", "---REL", "---HLH", "---PPL", "---PTY",
        "---OPP", NULL};
    static const char *const state[] = {"", "GOV", "MIL", "COP", "JUD", NULL};
    char sector[4];
    snprintf(sector, sizeof sector, "%s", ev->source.sector);
    int coerced = ev->root == 17 && strcmp(ev->cameo, "174") != 0 && str_in(ev->target.code, civil);
    int freed = strcmp(ev->cameo, "0841") == 0 && strcmp(ev->target.code, "---OPP") == 0;
    return (coerced || freed) && ev->has_target && str_in(sector, state) && dyad_country_by_iso3(ev->source.country);
}

/* "restrictions imposed by the military on opposition leader Aung San
 * Suu Kyi": a state's body of no named country that coerces (CAMEO 17) a
 * country's opposition is that country's, for the opposition is coerced
 * at home (as its people are: coerced_at_home). */
static int coerces_own_opposition(const dyad_event *ev)
{
    static const char *const state[] = {"---GOV", "---MIL", "---COP", "---JUD", NULL};
    return ev->root == 17 && strcmp(ev->cameo, "174") != 0 && ev->has_target && str_in(ev->source.code, state)
           && dyad_country_by_iso3(ev->target.country) && actor_code_has(ev->target.code, "OPP");
}

/* Gives such role words of ev the country where the event happened
 * ("troops battled Islamist militants near Basra": IRQREB, after the place
 * stage), else their own state's when they face one (own_state), else
 * the one country the story has named.  Not the venue of talks ("the
 * Islamists agreed to attend talks in Nairobi"), nor people from elsewhere
 * ("foreign fighters"). */
static void home_of_role_words(const story_ctx *ctx, const parse *p, const actor_ref *src, const actor_ref *tgt,
                               dyad_event *ev)
{
    int talks = ev->root == 4 || strcmp(ev->cameo, "036") == 0;   /* (meetings and the will to meet) */
    int placed = ev->location && ev->location->country[0] && !talks;
    const char *country = placed ? ev->location->country : ctx->n_countries == 1 ? ctx->countries[0] : NULL;
    if (from_elsewhere(p, acts_at_home(ev->source.code) ? src : tgt))
        return;                       /* ("foreign terrorists had joined the rebels") */
    if (coerced_at_home(ev)) {
        give_country(&ev->target, ev->source.country);
        return;
    }
    if (coerces_own_opposition(ev)) {
        give_country(&ev->source, ev->target.country);
        return;
    }
    if (!placed && ev->has_target
        && (at_home_with(ctx, &ev->source, &ev->target) || at_home_with(ctx, &ev->target, &ev->source)))
        return;
    if (!country)
        return;
    if (acts_at_home(ev->source.code) && (!ev->has_target || strcmp(ev->target.country, country) != 0))
        give_country(&ev->source, country);
    else if (ev->has_target && acts_at_home(ev->target.code) && strcmp(ev->source.country, country) != 0) {
        give_country(&ev->target, country);
        if (coerces_own_opposition(ev))   /* ("Nepal ... security forces killed 19 protesters") */
            give_country(&ev->source, country);
    }
}

/* Rebels, separatists, insurgents: "M23 rebels captured Goma" is force
 * against their own country's state, which a place in it stands for. */
static int insurgents(const char *code)
{
    return strncmp(code, "---", 3) != 0
           && (actor_code_has(code, "REB") || actor_code_has(code, "SEP") || actor_code_has(code, "INS"));
}

/* Whether an insurgent appeals to, demands of, accuses, rejects or
 * threatens (CAMEO 02, 10-13), or talks, makes peace or a truce with (03-05,
 * 08: "the PKK declared a ceasefire with Turkey"), its own country named by
 * a proper name ("Kinshasa", "Port Sudan", "Sudan", "wants Manila to get
 * the group off the list"), its foe's seat; not "Palestinian" or "Afghan"
 * before a noun, nor a place where it acts ("intensified attacks in
 * Turkey"). */
static int insurgents_address_their_state(const parse *p, const char *code, const actor_ref *src,
                                          const actor_ref *tgt)
{
    static const char *const addressed[] = {"02", "03", "04", "05", "08", "10", "11", "12", "13", NULL};
    if (!insurgents(src->code))
        return 0;
    /* (an attack they claim is on their state where it struck: "Al-Shabaab
     * claimed an attack on a hotel in Mogadishu") */
    if (strcmp(code, "015") == 0)
        return 1;
    return str_prefix_in(code, addressed)
           && tgt->last > tgt->first && p->tags && p->tags[tgt->last - 1] == TAG_NNP
           && !(tgt->first > 0 && strcmp(p->t[tgt->first - 1].up, "IN") == 0);
}

/* The country of the place the clause of a conflictual act (CAMEO 14-20)
 * names, for those in it who are named with no country of their own. */
static int conflict_country(sentence_ctx *sc, const verb_group *vg, const char *code, char country[4])
{
    const dyad_cameo_info *info = dyad_cameo_lookup(sc->ctx->d, code);
    return info && info->root >= 14 && context_clause_country(sc->ctx, sc->p, vg, country);
}

/* Whether such an act involves an actor in its own country: the other
 * side, named with no country, is of that country too.  Not when the
 * actor is a country the act is aimed "at" or "into" ("militants fired
 * rockets at Israel": who fires at a country is not of it). */
static int at_home(sentence_ctx *sc, const verb_group *vg, const char *code, const actor_ref *known)
{
    static const char *const into[] = {"AT", "INTO", NULL};
    char country[4];
    if (strlen(known->code) == 3 && known->first > 0 && str_in(sc->p->t[known->first - 1].up, into))
        return 0;
    return strncmp(known->code, "---", 3) != 0 && conflict_country(sc, vg, code, country)
           && strncmp(known->code, country, 3) == 0;
}

/* Whether actor r, of a country alone, names a people rather than its
 * state: a state by its name ("China", "the United States"), a people by
 * an adjective or one plural word ("Lebanese", "Israelis"). */
static int named_as_people(const parse *p, const actor_ref *r)
{
    uint8_t tag = p->tags ? p->tags[r->last - 1] : TAG_JJ;
    return !(tag == TAG_NNP || (tag == TAG_NNPS && r->last > r->first + 1));
}

/* "called on the Lebanese people to unite", "urged Ukrainians to stay":
 * a country's people addressed as such (a plural demonym, or a demonym
 * before a word for a people), not its state. */
static int addressed_as_people(const parse *p, const actor_ref *r)
{
    static const char *const peoples[] = {"PEOPLE", "PEOPLES", "PUBLIC", "NATION", "POPULATION", "COMPATRIOTS",
                                          NULL};
    if (!p->tags || strlen(r->code) != 3 || r->last <= r->first)
        return 0;
    if (r->last < p->n && p->tags[r->last - 1] == TAG_JJ && str_in(p->t[r->last].up, peoples))
        return 1;
    return r->last == r->first + 1 && p->tags[r->first] == TAG_NNPS
           && (r->last == p->n || !dyad_tag_is_noun(p->tags[r->last]));
}

/* "The United States protested China's plans", "Canada walked away to
 * protest Washington's handling": a state or its government that protests
 * lodges an official complaint (114); demonstrations (141) are made by
 * people, and a people named by its demonym ("Thousands of Israelis
 * protested", "Lebanese protested") is no state.  Only the verb "protest": a government may
 * still stage a rally. */
static int state_protests(const parse *p, const verb_group *vg, const char *code, const actor_ref *src)
{
    char country[4], sector[16];
    actor_code_parts(src->code, country, sector);
    if (strncmp(code, "141", 3) != 0 || strncmp(p->t[vg->verb].up, "PROTEST", 7) != 0 || !country[0]
        || !dyad_country_by_iso3(country))
        return 0;
    if (sector[0])
        return strncmp(sector, "GOV", 3) == 0;
    return !named_as_people(p, src);
}

/* "13,000 Albanians have arrived in Italy", "Thousands of Afghans arrived
 * in Pakistan": a people that travels visits no one; only its state or
 * those who speak for it do ("The Iranians arrived in Geneva for talks"
 * names a delegation, and "a Chinese delegation" is one by its noun). */
static int people_travel(const parse *p, const char *code, const actor_ref *traveller)
{
    uint32_t k = traveller->first;
    return strcmp(code, "042") == 0 && strlen(traveller->code) == 3 && traveller->last == k + 1
           && !(k > 0 && strcmp(p->t[k - 1].up, "THE") == 0)
           && !(k + 1 < p->n && p->tags && dyad_tag_is_noun(p->tags[k + 1]))
           && named_as_people(p, traveller);
}

static void emit_one(sentence_ctx *sc, const verb_group *vg, const char *code, const char *pattern_text,
                     const actor_ref *src, const actor_ref *tgt)
{
    static const actor_ref nobody = {.code = ""};
    int has_target = tgt != NULL;
    if (state_protests(sc->p, vg, code, src))
        code = "114";
    if (people_travel(sc->p, code, src) || (tgt && !strcmp(code, "043") && people_travel(sc->p, "042", tgt)))
        return;
    if (!tgt)
        tgt = &nobody;
    else if (strcmp(src->code, tgt->code) == 0)
        return;
    actor_ref local_src, local_tgt;
    /* "Opposition supporters rallied in Belgrade": protesters named with
     * no country are of the country where they protest (not so armed men,
     * as often foreign). */
    char country[4];
    int protest = strncmp(code, "14", 2) == 0;
    if (!has_target && local_people(src->code) && protest
        && conflict_country(sc, vg, code, country)) {
        local_src = *src;
        memcpy(local_src.code, country, 3);
        src = &local_src;
    }
    /* An act with no one acted on needs a country behind it (role words
     * acting at home may get theirs once the event has a place). */
    int homeless = acts_at_home(src->code) || acts_at_home(tgt->code);
    if (!has_target && strncmp(src->code, "---", 3) == 0 && !homeless)
        return;
    /* "insurgents ... killing eight people": with no country on either
     * side an event says nothing an analyst can count, unless the place
     * of a clash says whose they are ("Protesters clashed with police in
     * Istanbul": TUROPP 145 TURCOP). */
    int both_bare = strncmp(src->code, "---", 3) == 0 && strncmp(tgt->code, "---", 3) == 0;
    if (both_bare && conflict_country(sc, vg, code, country)) {
        local_src = *src;
        local_tgt = *tgt;
        memcpy(local_src.code, country, 3);
        memcpy(local_tgt.code, country, 3);
        src = &local_src;
        tgt = &local_tgt;
    } else if (both_bare && !homeless) {
        return;
    } else if (has_target && local_people(tgt->code) && at_home(sc, vg, code, src)
               && !not_of_the_place(sc->p, tgt)) {
        local_tgt = *tgt;             /* "In Shanghai, police arrested five drug */
        memcpy(local_tgt.code, src->code, 3);   /* traffickers": CHNCOP 173 CHNCRM */
        tgt = &local_tgt;
    } else if (has_target && local_people(src->code) && at_home(sc, vg, code, tgt)
               && !not_of_the_place(sc->p, src)) {
        local_src = *src;             /* "In Sevran, young people threw rocks */
        memcpy(local_src.code, tgt->code, 3);   /* at police": FRAPPL 180 FRACOP */
        src = &local_src;
        if (protest && strlen(tgt->code) == 3) {
            has_target = 0;           /* "supporters rallied in Belgrade": */
            tgt = &nobody;            /* SRBOPP 141, protest at home */
        }
    }
    /* A news agency "saying" or "quoting" is the channel, not an event:
     * attribution records it. */
    if (strncmp(code, "01", 2) == 0 && actor_code_has(src->code, "MED"))
        return;

    char sector[16];
    actor_code_parts(src->code, country, sector);
    /* "Iran's Larijani warned that Iran would ...": words of an actor about
     * its own country as a whole are no dyad (acts on it are: the Taliban
     * capturing Kabul). */
    /* ... and so is cooperation with it as a whole ("Hamas seeks to bolster
     * ties with the Palestinians", "Abbas called for elections to resolve
     * the standoff in the territories"). */
    int verbal = code[0] == '0' ? code[1] != '4'
                                : (code[0] == '1' && code[1] <= '4');
    /* (sympathy with one's own people is: "Obama expressed sorrow for the
     * shootings in South Carolina"; so are the accusations and threats of
     * those who fight their country's state against a place that stands
     * for it: "M23 threatened to attack Kinshasa" 138, "accused Kinshasa
     * of attacking civilians" 1123; and their appeals, demands and
     * rejections) */
    /* (but its people addressed as such are its civilians: "Lahoud called
     * on the Lebanese people to unite", LBNGOV 020 LBNCVL) */
    if (verbal && strcmp(code, "018") != 0 && strlen(tgt->code) == 3 && strcmp(tgt->code, country) == 0
        && !insurgents_address_their_state(sc->p, code, src, tgt)) {
        if (!addressed_as_people(sc->p, tgt))
            return;
        local_tgt = *tgt;
        memcpy(local_tgt.code + 3, "CVL", 4);
        tgt = &local_tgt;
    }
    /* Anyone visiting or hosting their own country as a whole ("He visited
     * Japan", "he" a Japanese leader; "British mercenary boss Tim Spicer
     * arrived back in Britain") is a pronoun gone wrong or a trip home, no
     * dyad. */
    if ((!strcmp(code, "042") || !strcmp(code, "043")) && country[0]) {
        const char *other = strlen(tgt->code) == 3 ? src->code : strlen(src->code) == 3 ? tgt->code : "";
        const char *bare = strlen(tgt->code) == 3 ? tgt->code : src->code;
        if (*other && !strncmp(other, bare, 3)
            && (strcmp(code, "043") == 0 || (strcmp(other + 3, "MIL") != 0 && !insurgents(other))))
            return;                   /* (troops and rebels moving in their country do move;
                                         no country hosts its own) */
    }
    /* Telling reporters, or speaking to a news agency ("rebels who spoke to
     * AFP", "told Xinhua that Meshaal would visit"), is how news is made,
     * not an event. */
    static const char *const told[] = {"01", "03", "04", NULL};
    if (str_prefix_in(code, told) && actor_code_has(tgt->code, "MED"))
        return;
    dyad_event ev;
    memset(&ev, 0, sizeof ev);
    ev.story = sc->ctx->story;
    ev.sentence = sc->no;
    /* Copied once an event needs it: most sentences with actors code
     * nothing, and a long story's copies stayed in the arena to its end. */
    if (!sc->text)
        sc->text = span_text(sc->ctx, sc->p->t, 0, sc->p->n);
    ev.sentence_text = sc->text;
    snprintf(ev.date, sizeof ev.date, "%s", sc->ctx->story->date);
    fill_actor(sc, &ev.source, src);
    if (has_target)
        fill_actor(sc, &ev.target, tgt);
    ev.has_target = has_target;
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
    context_event(sc->ctx, sc->p, vg, sc->dated_by, &ev);
    int32_t day = event_day(&ev);
    if (day && day < sc->p->date) {
        actor_then(sc, &ev.source, src, day);
        if (has_target)
            actor_then(sc, &ev.target, tgt, day);
    }
    locate_victims(&ev);
    home_of_role_words(sc->ctx, sc->p, src, tgt, &ev);
    if (homeless && !strncmp(ev.source.code, "---", 3) && (!has_target || !strncmp(ev.target.code, "---", 3)))
        return;
    push_event(sc->ctx, &ev);
}

static int null_code(const char *code)
{
    return !code[0] || strcmp(code, "---") == 0;
}

/* "its government" of an owner coded `owner`: the owner's country with the
 * agent's sector (r->code is "---GOV").  Returns 0 when the owner has no
 * country. */
static int adopt_owner(actor_ref *r, const char *owner)
{
    char country[4], sector[16], code[24];
    actor_code_parts(owner, country, sector);
    if (!country[0])
        return 0;
    snprintf(code, sizeof code, "%s%s", country, r->code + 3);
    snprintf(r->code, sizeof r->code, "%s", code);
    return 1;
}

/* The same for what "its" or "their" owns, where an armed group's forces
 * are the group itself, not its country's army ("The Houthis said their
 * forces fired": YEMREB). */
static int adopt_pronoun_owner(actor_ref *r, const char *owner)
{
    static const char *const fighters[] = {"MIL", "UAF", "REB", NULL};
    if (!insurgents(owner) || !str_in(r->code + 3, fighters))
        return adopt_owner(r, owner);
    snprintf(r->code, sizeof r->code, "%s", owner);
    return 1;
}

/* "met his Omani counterpart": the counterpart holds the source's office
 * in the other country (IRNGOV meets OMNGOV). */
static void counterpart(const parse *p, const actor_group *tgt, const actor_ref *src, actor_ref *t)
{
    if (tgt->last >= p->n || strlen(t->code) != 3 || strncmp(p->t[tgt->last].up, "COUNTERPART", 11) != 0)
        return;
    char country[4], sector[16];
    actor_code_parts(src->code, country, sector);
    if (strlen(country) == 3 && sector[0] && strlen(src->code) > 3)
        snprintf(t->code + 3, sizeof t->code - 3, "%s", src->code + 3);
}

/* "Chinese and Senegalese experts and officials met": in a compound of
 * several countries, two members of one country (Senegal's experts and its
 * officials) are one side, not a dyad. */
static int compatriots(const actor_group *g, int i, int j)
{
    char ci[4], cj[4], sector[16];
    actor_code_parts(g->actors[i].code, ci, sector);
    actor_code_parts(g->actors[j].code, cj, sector);
    if (!ci[0] || strcmp(ci, cj) != 0)
        return 0;
    for (int k = 0; k < g->n; k++) {
        char ck[4];
        actor_code_parts(g->actors[k].code, ck, sector);
        if (ck[0] && strcmp(ck, ci) != 0)
            return 1;
    }
    return 0;
}

/* Whether words around agent r (named with no country) may place it abroad:
 * a capitalised word before it ("Arab leaders met Hamas", "the US-backed
 * government"; not "Panic-stricken residents" at the start), or "from"
 * after it ("officials from the Arab League").  Lighter than unqualified:
 * "the regime of President Mobutu" is at home. */
static int named_abroad(const parse *p, const actor_ref *r)
{
    if (r->last < p->n && strcmp(p->t[r->last].up, "FROM") == 0)
        return 1;
    if (r->first == 0)
        return 0;
    /* (The first word of a sentence is capitalised whatever it is: there
     * a compound such as "Panic-stricken" does not count; "Arab" does.) */
    uint32_t k = r->first - 1;
    return (p->t[k].flags & TOK_CAP) && p->t[k].tag != WC_DET && (k > 0 || !memchr(p->t[k].up, '-', p->t[k].len));
}

/* "Government troops killed 20 Tamil Tiger rebels", "pro-government forces
 * clashed with Houthi rebels": forces named as a government's (or a
 * regime's) by words of agent r or the word before it. */
static int government_forces(const parse *p, const actor_ref *r)
{
    static const char *const words[] = {"GOVERNMENT", "PRO-GOVERNMENT", "GOVERNMENT-LED", "REGIME", "PRO-REGIME",
                                        NULL};
    for (uint32_t k = r->first > 0 ? r->first - 1 : 0; k < r->last && k < p->n; k++)
        if (str_in(p->t[k].up, words))
            return 1;
    return 0;
}

/* "the army": a state's own army, as the news names it where the story
 * is ("fighting between the army and the Rapid Support Forces"); troops
 * or soldiers may be anyone's. */
static int the_army(const parse *p, const actor_ref *r)
{
    return r->last == r->first + 1 && r->first > 0 && !strcmp(p->t[r->first].up, "ARMY")
           && !strcmp(p->t[r->first - 1].up, "THE");
}

/* The country of a place named "in" or "at" right before "by" and agent r
 * ("arrested in New York by immigration authorities": USA), or NULL. */
static const char *place_before_agent(const parse *p, const actor_ref *r)
{
    static const char *const where[] = {"IN", "AT", NULL};
    if (r->first < 3 || strcmp(p->t[r->first - 1].up, "BY") != 0)
        return NULL;
    int32_t g = p->group_of[r->first - 2];
    if (g < 0 || p->groups[g].last != r->first - 1 || p->groups[g].n != 1 || p->groups[g].prep == NONE
        || !str_in(p->t[p->groups[g].prep].up, where) || !actor_group_is_place(&p->groups[g]))
        return NULL;
    return p->groups[g].actors[0].code;
}

/* "Kenyan police clashed with residents", "Iran's parliament obliged the
 * government to ...", "Zairean rebels fighting the regime", "the MNLF signed
 * a peace treaty with the government": police, courts, legislatures,
 * parties, the opposition, rebels, separatists, insurgents, civilians and
 * gangs act at home ("Gang leaders in Haiti threatened to kill the prime
 * minister"), so a government, police force, court, legislature, opposition
 * or crowd of no named country that faces one of them is of its country, and so are
 * forces named as the government's that face insurgents of a state
 * (insurgents fight at home: "Government troops killed 20 Tamil Tiger
 * rebels" are Sri Lanka's).  Not from a government or an army (they act
 * abroad: "Rice urged the government", "US soldiers wounded two
 * civilians"), nor from a company; nor to one
 * that words around it may place abroad, nor to people from elsewhere
 * ("Italian police arrested 40 illegal immigrants"). */
static void lend_home_country(const parse *p, actor_ref *a, const actor_ref *b)
{
    static const char *const home_sectors[] = {"COP", "JUD", "LEG", "PTY", "CVL", "EDU", "LAB", "ELI", "MED", "CRM",
                                               NULL};
    static const char *const local_sectors[] = {"GOV", "COP", "JUD", "LEG", "OPP", "CVL", NULL};
    char a_country[4], a_sector[16], b_country[4], b_sector[16];
    actor_code_parts(a->code, a_country, a_sector);
    actor_code_parts(b->code, b_country, b_sector);
    /* ("was arrested in New York by immigration authorities": those of the
     * place named right before them, wherever the one arrested is from) */
    const char *place = strncmp(a->code, "---", 3) == 0 && str_in(a_sector, local_sectors)
                        ? place_before_agent(p, a) : NULL;
    if (place) {
        adopt_owner(a, place);
        return;
    }
    /* (A country, not a region: the Polisario Front, NAFREB, is no state's.) */
    int local = str_in(a_sector, local_sectors)
                || (!strcmp(a_sector, "MIL") && insurgents(b->code) && (government_forces(p, a) || the_army(p, a)));
    if (strncmp(a->code, "---", 3) == 0 && local && dyad_country_by_iso3(b_country)
        && (str_in(b_sector, home_sectors) || insurgents(b->code) || actor_code_has(b->code, "OPP"))
        && !named_abroad(p, a) && !from_elsewhere(p, a))
        adopt_owner(a, b->code);
}

/* A target named with no country that is the source's own by what is
 * done to it:
 * - "Biden called on Congress to approve aid", "asked the police to
 *   investigate": a legislature, court or police force addressed with
 *   words or appeals;
 * - "Serbian students protested against the government": protesters
 *   protest against their own government (SRBEDU 141 SRBGOV);
 * - "Chavez accused the opposition": a government and "the opposition"
 *   face each other at home (VENOPP);
 * - "Cuba released 553 prisoners", "Iran detained two inmates": prisoners
 *   whom a state or its government, police or courts hold or free are in
 *   its custody.  (Others arrested may be from anywhere: "the civilians
 *   imprisoned were released by Putin" stays ---CVL, as the PETRARCH-2 gold
 *   codes it.) */
static void own_institution(const parse *p, const char *code, const actor_ref *src, actor_ref *t)
{
    static const char *const institutions[] = {"LEG", "JUD", "COP", NULL};
    static const char *const custody[] = {"173", "0841", NULL};
    static const char *const holders[] = {"", "GOV", "COP", "JUD", NULL};
    static const char *const prisoners[] = {"PRISONER", "DETAINEE", "INMATE", NULL};
    if (strncmp(t->code, "---", 3) != 0)
        return;
    char piece[4];                    /* (the first sector: "---COPSPY" is police) */
    snprintf(piece, sizeof piece, "%.3s", t->code + 3);
    char country[4], sector[16];
    actor_code_parts(src->code, country, sector);
    int protest = strncmp(code, "14", 2) == 0 && (str_in(piece, institutions) || !strcmp(piece, "GOV"));
    int home = (!strcmp(piece, "OPP") && !strncmp(sector, "GOV", 3))
        || (!strcmp(piece, "GOV") && !strncmp(sector, "OPP", 3));
    int held = str_in(code, custody) && !strcmp(piece, "CVL") && str_prefix_in(p->t[t->last - 1].up, prisoners)
               && str_in(sector, holders) && dyad_country_by_iso3(country) && !named_abroad(p, t);
    if (protest || home || held || (code[0] == '0' && str_in(piece, institutions)))
        adopt_owner(t, src->code);
}

/* Whether the target is the setting of an event the verb's object names
 * ("attend a summit in Switzerland", "attend the Beijing Olympics") rather
 * than the place one went to ("arrived in Beijing"): no one there hosts a
 * visit. */
static int target_is_setting(const parse *p, const verb_group *vg, const actor_group *tgt)
{
    static const char *const setting_preps[] = {"IN", "AT", NULL};
    if (!p->tags || tgt->first <= vg->verb_end)
        return 0;
    uint32_t prep = tgt->in_pp ? tgt->prep : NONE;
    if (prep != NONE && prep > vg->verb_end && str_in(p->t[prep].up, setting_preps)
        && (p->tags[prep - 1] == TAG_NN || p->tags[prep - 1] == TAG_NNS))
        return 1;
    for (uint32_t k = tgt->first; k < tgt->last; k++)
        if (p->tags[k] == TAG_POS)
            return 0;                     /* "China's Shandong Province": a place */
    const token *after = tgt->last < p->n ? &p->t[tgt->last] : NULL;   /* the name of an event */
    return after && p->tags[tgt->last - 1] == TAG_NNP && p->group_of[tgt->last] < 0
           && (p->tags[tgt->last] == TAG_NNP || p->tags[tgt->last] == TAG_NNPS)
           && !syntax_is_day_name(after) && !syntax_month_number(after);
}

/* Codes between every member of the source and every member of the target
 * (compounds); a compound source with no target codes among its members. */
static void emit_events(sentence_ctx *sc, const verb_group *vg, const char *code, const char *code2,
                        const char *pattern_text, const actor_group *src, const actor_group *tgt)
{
    if (!tgt) {
        if (null_code(code))
            return;
        for (int i = 0; i < src->n; i++)
            for (int j = 0; j < src->n; j++)
                if (i != j && !compatriots(src, i, j)) {
                    actor_ref a = src->actors[i], b = src->actors[j];
                    lend_home_country(sc->p, &a, &b);   /* ("the army and the RSF clashed") */
                    lend_home_country(sc->p, &b, &a);
                    emit_one(sc, vg, code, pattern_text, &a, &b);
                }
        return;
    }
    /* Force named again is the attacker's only as what is disapproved of
     * (CAMEO 11: "condemned the attack"), not what else is done to it
     * ("Police are investigating the attack"); an act named again is its
     * author's also as what is rejected or endorsed (12, 05: "rejected the
     * proposal", "welcomed the decision"), not what is carried out. */
    if ((tgt->named_again == NAMED_FORCE && strncmp(code, "11", 2) != 0)
        || (tgt->named_again == NAMED_ACT && !str_prefix_in(code, act_answers)))
        return;
    for (int i = 0; i < src->n; i++)
        for (int j = 0; j < tgt->n; j++) {
            actor_ref s = src->actors[i], t = tgt->actors[j];
            /* "the Taliban announced its government": its = the source's. */
            if (tgt->owner_pronoun && strncmp(t.code, "---", 3) == 0) {
                if (!adopt_pronoun_owner(&t, s.code) || !strncmp(s.code, t.code, strlen(t.code)))
                    continue;             /* no country, or itself */
            }
            counterpart(sc->p, tgt, &s, &t);
            own_institution(sc->p, code, &s, &t);
            lend_home_country(sc->p, &s, &t);
            lend_home_country(sc->p, &t, &s);
            if (!null_code(code))
                emit_one(sc, vg, code, pattern_text, &s, &t);
            /* The reverse of a visit is hosting it: those of no known
             * country ("visiting the wounded hostages", "refugee camps")
             * host no one, and no one hosts them ("forces arrived in
             * Mogadishu"); nor does the setting of an event attended. */
            if (!null_code(code2) && !(strcmp(code2, "043") == 0
                                       && (!strncmp(t.code, "---", 3) || !strncmp(src->actors[i].code, "---", 3)
                                           || target_is_setting(sc->p, vg, tgt))))
                emit_one(sc, vg, code2, pattern_text, &t, &s);
        }
}

/* Whether a word that can begin a complement follows the verb ("to
 * provide aid", "to help cover the cost"; not "to evacuate ahead of the
 * offensive" or "to evacuate."). */
static int object_after(const parse *p, const verb_group *vg)
{
    if (vg->verb_end >= p->n)
        return 0;
    const token *next = &p->t[vg->verb_end];
    return next->tag != WC_PUNCT && next->tag != WC_PREP && next->tag != WC_ADV && next->tag != WC_SUBORD
           && next->tag != WC_CONJ
           && !(p->tags && (p->tags[vg->verb_end] == TAG_RB || p->tags[vg->verb_end] == TAG_IN));
}

/* Whether group g is the object of "between": the parties to a truce. */
static int truce_parties(const parse *p, int32_t g)
{
    return g >= 0 && p->groups[g].in_pp && strcmp(p->t[p->groups[g].prep].up, "BETWEEN") == 0;
}

/* What one verb codes before events are written: its code(s), the pattern
 * that gave them, and the actor groups in the source and target roles. */
typedef struct verb_coding {
    int valid;
    char code[8], code2[8];
    const char *pattern;
    int32_t source, target;
    int composed;         /* an intent verb and its infinitive, as one */
    uint32_t consumed;    /* a pattern matched up to here, past the clause:
                             the verbs it covered code nothing of their own */
    int compound;         /* a % pattern: the group acts among its members */
    int spells_modal;     /* the pattern spelled out the verb's modal itself */
    int spells_before;    /* ... or words before the verb ("INCHING NEARER *") */
    int32_t told_by;      /* a transformation made it the act of this verb's
                             subject (index of that verb), or -1 */
    int32_t dated_by;     /* a statement about the act (an intention, a threat,
                             a refusal) is dated by its verb (index), or -1 */
    int32_t victims_of;   /* the group attacked by the act before, whose country
                             victims named with none are of (", killing ten
                             soldiers"), or -1 */
    int denied;           /* a refusal refused ("refused to rule out"): what it
                             governs is neither refused nor done */
} verb_coding;

/* Codes of acts done with one another: meeting, agreeing, cooperating,
 * fighting ("Armenia and Azerbaijan signed a peace deal", "... clashed"),
 * and the intentions to do them.  A compound subject with no target does
 * these among its members, and nothing else. */
static int mutual_code(const char *code)
{
    static const char *const mutual[] = {"030", "031", "032", "035", "036", "037", "040", "041", "044", "046",
        "050", "057", "06", "0871", "190", NULL};
    /* (de-escalation among those who faced each other, "Indian and Chinese
     * troops disengaged", but not a withdrawal of allies, 0874) */
    return str_prefix_in(code, mutual) || strcmp(code, "087") == 0;
}

/* The first token of a direct object after vg that names no actor ("a
 * house", "the plan"), past adverbs; NONE when there is none. */
static uint32_t thing_object(const parse *p, const verb_group *vg)
{
    uint32_t k = vg->verb_end;
    while (k < vg->right && p->t[k].tag == WC_ADV)
        k++;
    if (k >= vg->right || p->group_of[k] >= 0
        || !(p->t[k].tag == WC_DET || (p->tags && (p->tags[k] == TAG_NN || p->tags[k] == TAG_NNS))))
        return NONE;
    return k;
}

/* "American and British forces raided a house": force used by a compound
 * subject on a thing is not among its members, unless the thing is the
 * fight itself ("Hamas and Fatah fought a gun battle"). */
static int force_on_a_thing(const parse *p, const verb_group *vg, const char *code)
{
    static const char *const fights[] = {"BATTLE", "BATTLES", "GUNBATTLE", "GUNBATTLES", "WAR", "WARS",
        "SKIRMISH", "SKIRMISHES", "CLASHES", "FIGHT", "DUEL", "DUELS", NULL};
    uint32_t k = strncmp(code, "19", 2) == 0 ? thing_object(p, vg) : NONE;
    if (k == NONE)
        return 0;
    for (uint32_t j = k; j < vg->right && j < k + 6; j++)   /* ("a new round of clashes") */
        if (str_in(p->t[j].up, fights))
            return 0;
    return 1;
}

/* Support given by a compound subject goes to a thing it names ("China
 * and Russia supported the plan", "a position which Egypt and France
 * supported"), not to one another: a direct object after the verb, or a
 * relative pronoun before the subject, takes it. */
static int supports_a_thing(const parse *p, const verb_group *vg, const actor_group *sg, const char *code)
{
    if (strcmp(code, "050") != 0)
        return 0;
    if (sg->first > 0 && (!strcmp(p->t[sg->first - 1].up, "WHICH") || !strcmp(p->t[sg->first - 1].up, "THAT")))
        return 1;
    uint32_t k = thing_object(p, vg);
    if (k == NONE)
        return 0;
    /* ("maintained a close relationship": a bond is between them) */
    static const char *const bonds[] = {"RELATIONSHIP", "RELATIONS", "TIES", "COOPERATION", "CONTACTS",
        "FRIENDSHIP", "PARTNERSHIP", "DIALOGUE", "LINKS", "EXCHANGES", "COORDINATION", "SOLIDARITY", NULL};
    for (uint32_t j = k; j < vg->right && j < k + 5; j++)
        if (str_in(p->t[j].up, bonds))
            return 0;
    return 1;
}

/* "have been helping each other": whatever the act, it is mutual. */
static int each_other(const parse *p, const verb_group *vg)
{
    for (uint32_t k = vg->verb_end; k + 1 < vg->right && k < vg->verb_end + 4; k++)
        if ((!strcmp(p->t[k].up, "EACH") && !strcmp(p->t[k + 1].up, "OTHER"))
            || (!strcmp(p->t[k].up, "ONE") && !strcmp(p->t[k + 1].up, "ANOTHER")))
            return 1;
    return 0;
}

/* "with the aim of", "with the help of": a purpose or a means, no partner. */
static int purpose_after(const parse *p, uint32_t k, uint32_t end)
{
    static const char *const purpose[] = {"AIM", "GOAL", "PURPOSE", "OBJECTIVE", "VIEW", "INTENTION",
        "HOPE", "HELP", "SUPPORT", "BACKING", "ASSISTANCE", "MEDIATION", "PARTICIPATION", "EXCEPTION",
        "APPROVAL", "CONSENT", "BLESSING", NULL};
    for (uint32_t j = k; j < end && j < k + 3; j++)
        if (str_in(p->t[j].up, purpose))
            return 1;
    return 0;
}

/* "Egypt and Jordan have signed peace treaties with the Jewish state": a
 * partner named after "with" that is no known actor is still someone else
 * than the subject's members, so they did not act among themselves. */
static int partner_unknown(const parse *p, const verb_group *vg)
{
    for (uint32_t k = vg->verb_end; k + 1 < vg->right; k++) {
        if (strcmp(p->t[k].up, "WITH") != 0 || companion_with(p, k))
            continue;
        uint32_t n = k + 1;
        if (!strcmp(p->t[n].up, "EACH") || !strcmp(p->t[n].up, "ONE"))
            return 0;
        /* (a verb after it makes a clause, no partner: "with both leaders
         * expressing the willingness") */
        if (p->t[n].tag == WC_DET && p->group_of[n] < 0 && !purpose_after(p, n + 1, vg->right)
            && !syntax_verb_in(p, n, n + 5 < vg->right ? n + 5 : vg->right))
            return 1;
    }
    return 0;
}

/* "captured and killed two soldiers", "were captured and killed by the
 * Taliban": a verb followed at once by "and" and a verb of the same voice
 * shares that verb's object, or its agent. */
static const verb_group *next_conjunct(const parse *p, const verb_group *vg)
{
    size_t v = (size_t)(vg - p->verbs);
    if (v + 1 >= p->n_verbs)
        return NULL;
    const verb_group *next = &p->verbs[v + 1];
    if (!next->conjoined || next->first != vg->verb_end + 1 || next->passive != vg->passive)
        return NULL;
    return next;
}

/* "A Palestinian was killed and two others wounded by Israeli troops":
 * a passive verb joined by "and" to another passive of the same kind
 * (CAMEO root), with a short subject of its own between, shares the
 * other's agent; not "were shot dead and their bodies found by
 * relatives". */
static const verb_group *gapped_passive(const parse *p, const verb_group *vg, const char *code)
{
    size_t v = (size_t)(vg - p->verbs);
    if (!vg->passive || v + 1 >= p->n_verbs)
        return NULL;
    const verb_group *next = &p->verbs[v + 1];
    if (!next->passive || next->first <= vg->verb_end || next->first > vg->verb_end + 10 || next->block == NONE
        || strncmp(p->d->verbs[next->block].code, code, 2) != 0)
        return NULL;
    for (uint32_t k = next->first; k-- > vg->verb_end && k + 7 > next->first;) {
        if (p->t[k].tag == WC_PUNCT || (p->tags && dyad_tag_is_verb(p->tags[k])))
            return NULL;
        if (strcmp(p->t[k].up, "AND") == 0)
            return k + 1 < next->first ? next : NULL;
    }
    return NULL;
}

/* A compound, or a plural of no country ("European foreign ministers
 * meeting in Luxembourg"): several sides, who meet each other, not the
 * place. */
static int many(const parse *p, const actor_group *g)
{
    return g->n > 1 || (!strncmp(g->actors[0].code, "---", 3) && token_ends_with(&p->t[g->last - 1], "S"));
}

/* Whether target group t is a bare agent (no country) of the sector every
 * member of the compound source s has: the members themselves. */
static int themselves(const actor_group *s, const actor_group *t)
{
    if (t->n != 1 || strncmp(t->actors[0].code, "---", 3) != 0 || !t->actors[0].code[3])
        return 0;
    for (int i = 0; i < s->n; i++) {
        size_t len = strlen(s->actors[i].code);
        if (len < 6 || strcmp(s->actors[i].code + len - 3, t->actors[0].code + 3) != 0)
            return 0;
    }
    return 1;
}

/* Prepositions that open what words are about. */
static const char *const about_words[] = {"ON", "ABOUT", "REGARDING", "CONCERNING", NULL};

/* "signed an agreement on the completion of bilateral talks on Russia's
 * entry": what talks, meetings or statements are "on" or "about" is their
 * topic, not who takes part in a verbal act (sanctions "on" Iran are aimed
 * at it).  Except hosting and visits: the talks on Somalia that Nairobi
 * hosts are the Somalis' visit. */
static int talks_about(const parse *p, const actor_group *g, const char *code)
{
    static const char *const talks[] = {"TALKS", "TALK", "MEETING", "MEETINGS", "CONFERENCE", "SUMMIT",
        "NEGOTIATIONS", "DISCUSSIONS", "CONSULTATIONS", "DIALOGUE", "SEMINAR", "FORUM", "SYMPOSIUM",
        "WORKSHOP", "DEBATE", "VIEWS", "STATEMENT", "REPORT", "BRIEFING", NULL};
    return g->in_pp && code[0] == '0' && strcmp(code, "042") != 0 && strcmp(code, "043") != 0 && g->prep > 0
           && str_in(p->t[g->prep].up, about_words)
           && str_in(p->t[g->prep - 1].up, talks);
}

/* "attended a summit on Gaza in Sharm el-Sheikh on Monday with Egyptian
 * President Abdel Fattah al-Sisi": the one "with" whom talks on a topic
 * (group `topic`) were held, named later in the clause, before a comma or
 * another verb; -1 when none is. */
static int32_t partner_after_topic(const parse *p, const verb_group *vg, const actor_group *topic)
{
    for (uint32_t k = topic->last; k < vg->right && k < p->n; k++) {
        if ((p->t[k].flags & TOK_PUNCT) || syntax_is_verb_at(p, k))
            return -1;
        int32_t g = p->group_at[k];
        if (g >= 0 && p->groups[g].in_pp && strcmp(p->t[p->groups[g].prep].up, "WITH") == 0)
            return g;
    }
    return -1;
}

/* "signed an agreement on the rights of migrant workers": right after the
 * noun a pattern matched, "on" or "about" opens what cooperation is about,
 * not with whom.  (Sanctions and force "on" someone are aimed at them.) */
static int topic_of(const parse *p, const actor_group *g, uint32_t end, const char *code)
{
    /* ("lift the sanctions on Iran": aimed at Iran, whatever the code) */
    static const char *const aimed[] = {"SANCTION", "SANCTIONS", "EMBARGO", "BAN", "BANS", "RESTRICTIONS",
        "CURBS", "TARIFFS", "DUTIES", "BLOCKADE", "CURFEW", "PRESSURE", "FREEZE", NULL};
    if (!g->in_pp || code[0] != '0' || !str_in(p->t[g->prep].up, about_words) || g->prep < end
        || (end > 0 && str_in(p->t[end - 1].up, aimed)))
        return 0;
    for (uint32_t k = end; k < g->prep; k++)
        if (p->t[k].tag != WC_DET && p->t[k].tag != WC_ADV && !(p->tags && p->tags[k] == TAG_JJ))
            return 0;                 /* "agreement with Iran on": the phrase belongs to another word */
    return 1;
}

/* "urged the release of Iranian sailors", "called for the immediate release
 * of the jailed strikers", "sought the extradition of a militant",
 * "demanded the release of Suu Kyi": those whose release or handing over an
 * appeal or demand asks for ("of", right after the noun a pattern matched)
 * are what is asked for, not who is asked; with no addressee the appeal has
 * no target.  (Who is to resign or withdraw is: "called for
 * the resignation of Berisha" is aimed at him.) */
static int asked_for(const parse *p, const actor_group *g, uint32_t end, const char *code)
{
    static const char *const handed[] = {"0253", "0213", "1053", NULL};
    if (!str_in(code, handed) || end >= g->first || strcmp(p->t[end].up, "OF") != 0)
        return 0;
    for (uint32_t k = end + 1; k < g->first; k++)
        if (p->t[k].tag != WC_DET && !(p->t[k].flags & TOK_NUM)
            && !(p->tags && (p->tags[k] == TAG_JJ || p->tags[k] == TAG_VBN || p->tags[k] == TAG_CD)))
            return 0;                 /* ("the release of two French citizens") */
    return 1;
}

/* Those named as holding people right after them, whom a release is
 * asked of ("the release of the hostages held by Hamas", "of two French
 * citizens held in Iran", "of Palestinian prisoners held in Israeli
 * jails"); -1 when none is named. */
static int32_t holder_of(const parse *p, const actor_group *people)
{
    static const char *const held[] = {"HELD", "DETAINED", "JAILED", "IMPRISONED", "KIDNAPPED", "ABDUCTED",
        "CAPTURED", NULL};
    uint32_t k = people->last;
    while (k < p->n && p->tags && dyad_tag_is_noun(p->tags[k]) && p->group_of[k] < 0)
        k++;                          /* (the noun a demonym qualifies: "Palestinian prisoners") */
    const verb_group *vg = k < p->n ? syntax_verb_starting(p, k) : NULL;
    if (!vg || !str_in(p->t[vg->verb].up, held) || vg->verb_end + 1 >= p->n
        || (strcmp(p->t[vg->verb_end].up, "BY") != 0 && strcmp(p->t[vg->verb_end].up, "IN") != 0))
        return -1;
    uint32_t at = p->t[vg->verb_end + 1].tag == WC_DET ? vg->verb_end + 2 : vg->verb_end + 1;
    return p->group_at[at];
}

/* "called for Israel to be wiped off the map", "demanded Milosevic to be
 * handed over": one a passive infinitive follows is who the act asked for
 * is to be done to, not who is asked; the appeal or demand names no one
 * asked ("urged Iran to be more transparent" asks Iran). */
static int undergoes_asked_act(const parse *p, const actor_group *g, const char *code)
{
    static const char *const asking[] = {"02", "10", NULL};
    uint32_t k = g->last;
    return p->tags && str_prefix_in(code, asking) && k + 2 < p->n && strcmp(p->t[k].up, "TO") == 0
           && strcmp(p->t[k + 1].up, "BE") == 0 && p->tags[k + 2] == TAG_VBN;
}

/* "warned that Sunni insurgents will step up their attacks", "has warned
 * the Darfur region is falling into chaos": a warning about what others
 * will do or what will befall them is a pessimistic forecast (012), no
 * threat; a condition makes it one ("gas supplies to Belarus will be turned
 * off if Belarus does not agree"), and so does a warning to someone
 * ("warned Russia that"), whose target is no complement's. */
static int forecast(const parse *p, const verb_group *vg)
{
    static const char *const conditions[] = {"IF", "UNLESS", "OTHERWISE", NULL};
    if (strcmp(p->d->verbs[vg->block].name, "WARN") != 0)
        return 0;
    for (uint32_t k = vg->right; k < p->n; k++)
        if (str_in(p->t[k].up, conditions))
            return 0;
    return 1;
}

/* Whether code is an act of force (CAMEO 18-20). */
static int force_root(const parse *p, const char *code)
{
    const dyad_cameo_info *info = dyad_cameo_lookup(p->d, code);
    return info && info->root >= 18;
}

/* Whether a noun phrase follows the verb, past adverbs and particles: its
 * object ("struck targets", "work closely together in Thailand" has none;
 * nor has "arrived Sunday morning"). */
static int noun_object_follows(const parse *p, const verb_group *vg)
{
    uint32_t k = vg->verb_end;
    while (k < p->n && p->tags && (p->tags[k] == TAG_RB || p->tags[k] == TAG_RP))
        k++;
    if (k >= p->n || !p->tags || syntax_is_day_name(&p->t[k]))
        return 0;
    /* (not syntax's wider test of an object, which counts "killing at
     * least eight people": the parse reads that as a place after "at") */
    uint8_t tag = p->tags[k];
    return tag == TAG_DT || tag == TAG_NN || tag == TAG_NNS || tag == TAG_PRP_S || tag == TAG_JJ;
}

/* Whether group g is arms with no country of their own (all of them:
 * "drones and missiles"). */
static int arms_only(const actor_group *g)
{
    int arms = g->n > 0;
    for (int k = 0; k < g->n; k++)
        arms &= strcmp(g->actors[k].code, "---MIL") == 0;
    return arms;
}

/* Whether group g is arms of no one named: "the drones and missiles
 * launched by Iran" were what it used, not whom it struck; "a drone
 * attack" says no one's. */
static int launched_arms(const parse *p, const actor_group *g)
{
    if (!arms_only(g) || g->owner_pronoun)    /* ("its drones struck": the owner's) */
        return 0;
    for (int k = 0; k < g->n; k++)
        if (!arms_word(&p->t[g->actors[k].last - 1]))
            return 0;
    return 1;
}

/* Whether group g, arms with no country of their own, is a thing the act
 * uses, gives or asks for rather than whom it is aimed at: among the words
 * a pattern matched ("* DRONE" in "launched drones at Israel", "* &MILAID"
 * in "asked for Tomahawk missiles"), or weapons named as the object of an
 * act short of force ("Cambodia imported the missiles": weapons are no
 * party to trade, aid or talks). */
static int weapon_object(const parse *p, const actor_group *g, uint32_t end, const char *code)
{
    /* "attacked with drones", "asked for missiles"; "of" counts the arms
     * the object is made of: "launched a wave of drones at Russia" */
    static const char *const means[] = {"WITH", "FOR", "OF", NULL};
    if (!arms_only(g))
        return 0;
    if (g->first < end && (!g->in_pp || str_in(p->t[g->prep].up, means)))
        return 1;
    const dyad_cameo_info *info = dyad_cameo_lookup(p->d, code);
    return info && info->root < 14 && arms_word(&p->t[g->last - 1]);
}

/* "retaliated with waves of missiles fired at Tel Aviv": a participle of
 * aiming right after the weapon says whom it was aimed at (its own object),
 * or NULL.  (Only these: "missiles supplied by Iran" were not aimed at it.) */
static const verb_group *aiming_participle(const parse *p, uint32_t k)
{
    static const char *const aiming[] = {"FIRED", "LAUNCHED", "AIMED", "DIRECTED", "SHOT", NULL};
    const verb_group *v = k < p->n ? syntax_verb_starting(p, k) : NULL;
    return v && v->verb == k && v->passive && !v->finite && str_in(p->t[k].up, aiming) ? v : NULL;
}

/* "talks mediated by Qatar", "a truce brokered by Egypt": a participle
 * of a third party's good offices. */
static int mediation_participle(const parse *p, const verb_group *v)
{
    static const char *const offices[] = {"MEDIATED", "BROKERED", "FACILITATED", "HOSTED", "SPONSORED", NULL};
    return v->passive && !v->finite && str_in(p->t[v->verb].up, offices);
}

/* "agreed to a humanitarian truce proposed by the United States",
 * "rejected a plan drafted by Britain": a participle right after what a
 * pattern matched (token k) names its author, the one the act answers
 * (as "accepted Egypt's proposal" answers Egypt); -1 when none is named.
 * A mediator of what a pair of subjects does is neither's partner:
 * "Russia and Ukraine held talks hosted by Turkey" are held between them. */
static int32_t author_after(const parse *p, const verb_group *vg, uint32_t k, const char *code)
{
    const verb_group *v = k < p->n ? syntax_verb_starting(p, k) : NULL;
    if (!v || v->verb != k || !v->passive || v->finite || !(code[0] == '0' || !strncmp(code, "12", 2)))
        return -1;
    if (mediation_participle(p, v) && vg->subject >= 0 && p->groups[vg->subject].n > 1)
        return -1;
    return find_object(p, v, 1, code);
}

/* "held talks mediated by Qatar and Turkey": whom a participle of good
 * offices serves is the subject of the verb whose object it follows (a
 * noun of no actor: "talks", "a ceasefire"); -1 when there is none. */
static int32_t mediated_parties(const parse *p, const verb_group *vg)
{
    if (!mediation_participle(p, vg) || vg == p->verbs)
        return -1;
    const verb_group *pv = vg - 1;
    if (pv->passive || pv->subject < 0 || pv->right != vg->first)
        return -1;
    for (uint32_t k = pv->verb_end; k < vg->first; k++)
        if (p->group_at[k] >= 0 || p->t[k].tag == WC_PUNCT)
            return -1;
    return pv->subject;
}

/* "2-0", "89-78": a score, up to three digits a side. */
static int score_token(const token *t)
{
    const char *s = t->up;
    size_t a = strspn(s, "0123456789");
    if (a == 0 || a > 3 || s[a] != '-')
        return 0;
    size_t b = strspn(s + a + 1, "0123456789");
    return b > 0 && b <= 3 && s[a + 1 + b] == '\0';
}

/* "South Korea beat Mongolia 2-0", "lost to Syria 84-66", "beat us 17-0":
 * a score right after the one beaten is a game, not a battle, and so is
 * one a result follows ("battled to a 2-2 draw against Brazil").  (Not a
 * range of days, "visited China November 3-4", nor a model, "the Boeing
 * 777-200 aircraft": after a month no actor stands, and a noun follows
 * a model.) */
static int sports_result(const parse *p, const verb_group *vg)
{
    if (!p->tags)
        return 0;
    static const char *const results[] = {"DRAW", "TIE", "WIN", "VICTORY", "DEFEAT", "LOSS", NULL};
    for (uint32_t k = vg->verb_end + 1; k < p->n && k <= vg->verb_end + 6; k++)
        if (score_token(&p->t[k]))
            return (k + 1 < p->n && str_in(p->t[k + 1].up, results))
                   || ((p->group_of[k - 1] >= 0 || p->tags[k - 1] == TAG_PRP)
                       && !(k + 1 < p->n && dyad_tag_is_noun(p->tags[k + 1])));
    return 0;
}

/* "The aid was donated by Malaysia to Pakistan": a thing given (CAMEO
 * 06, 07) in a passive whose subject is no actor goes to whom it went
 * "to". */
static int32_t passive_recipient(const parse *p, const verb_group *vg, const char *code)
{
    if (code[0] != '0' || (code[1] != '6' && code[1] != '7'))
        return -1;
    /* (a finite passive only: "pistols issued by the United States to
     * Iraq's police" is a participle, told of the pistols) */
    if (!p->tags || vg->first == 0 || vg->first == vg->verb || vg->reduced != REDUCED_NONE
        || !(p->tags[vg->first - 1] == TAG_NN || p->tags[vg->first - 1] == TAG_NNS))
        return -1;
    for (uint32_t k = vg->verb_end; k < vg->right; k++) {
        int32_t g = p->group_at[k];
        if (g >= 0 && p->groups[g].in_pp && !strcmp(p->t[p->groups[g].prep].up, "TO"))
            return g;
    }
    return -1;
}

/* The noun a group stands for, past common nouns the dictionaries did not
 * know ("a Ukrainian protestor": the group is "Ukrainian"). */
static uint32_t group_noun(const parse *p, const actor_group *g)
{
    uint32_t k = g->last;
    while (p->tags && k < p->n && (p->tags[k] == TAG_NN || p->tags[k] == TAG_NNS))
        k++;
    return k - 1;
}

/* The code a deed takes from who did it, or NULL: the verb files code the
 * deed ("demolished" 1712, "struck" 190), the doer can say more.
 * - "Protesters torched police stations", "the building was demolished by
 *   a protestor": damage and assault by protesters is a riot (145).
 *   PLOVER's riot is protest whose "participants intend to cause physical
 *   injury and/or property damage".
 * - "Russian warplanes attacked rebel positions", "drones hit PKK targets":
 *   force that aircraft use is aerial (195). */
static const char *doer_code(const parse *p, const actor_group *g, const char *code)
{
    static const char *const riot_deeds[] = {"171", "1712", "180", "182", "190", NULL};
    static const char *const crowds[] = {"PROTESTER", "PROTESTERS", "PROTESTOR", "PROTESTORS", "DEMONSTRATOR",
        "DEMONSTRATORS", "RIOTER", "RIOTERS", "MOB", "MOBS", NULL};
    static const char *const air_deeds[] = {"180", "190", "193", NULL};
    /* (not "bombers": suicide bombers attack on foot) */
    static const char *const aircraft[] = {"JET", "JETS", "WARPLANE", "WARPLANES", "AIRCRAFT", "HELICOPTER",
        "HELICOPTERS", "GUNSHIP", "GUNSHIPS", "DRONE", "DRONES", NULL};
    const char *doer = p->t[group_noun(p, g)].up;
    if (str_in(code, riot_deeds) && str_in(doer, crowds))
        return "145";
    if (str_in(code, air_deeds) && str_in(doer, aircraft))
        return "195";
    return NULL;
}

/* "demanding that they renounce violence and recognize Israel": what is
 * demanded or appealed for (CAMEO 10, 02) is demanded of the complement's
 * subject; when that is a pronoun we cannot resolve, the complement's
 * object (Israel) is no target.  (Not after a verb of saying: "announced
 * that they will file an appeal to the supreme court" is their own.) */
static int demand_of_pronoun(const parse *p, const verb_group *vg, const char *code)
{
    static const char *const pronoun[] = {"HE", "SHE", "THEY", "IT", NULL};
    uint32_t k = vg->right;
    if (k < p->n && strcmp(p->t[k].up, "THAT") == 0)
        k++;
    return (strncmp(code, "10", 2) == 0 || strncmp(code, "02", 2) == 0) && p->t[vg->verb].tag != WC_REPORT
           && k < p->n && str_in(p->t[k].up, pronoun);
}

/* Who made the attack that arms of no one named stand for: "A drone
 * attack by Iran-backed militants killed three US soldiers" (the "by"
 * phrase between the arms and the verb), else no one ("killed in a drone
 * attack": whose drone is not said). */
static int32_t attack_by(const parse *p, const actor_group *arms, const verb_group *vg)
{
    for (uint32_t k = arms->last; k < vg->first && k < p->n; k++) {
        int32_t g = p->group_at[k];
        if (g >= 0 && p->groups[g].in_pp && strcmp(p->t[p->groups[g].prep].up, "BY") == 0)
            return g;
    }
    return -1;
}

/* Whether the actor of a told act is the speaker's side: the speaker,
 * its own ("its troops"), or of its country ("Ukraine said Ukrainian
 * forces shelled").  The armed forces or police of no country named are a
 * state speaker's own ("Venezuela's defence minister said the armed forces
 * were ready"); a rebel or opposition speaker's are the state's. */
static const char *const countryless_forces[] = {"---MIL", "---COP", NULL};

static int same_side(const actor_group *actor, const actor_group *speaker)
{
    static const char *const state[] = {"", "GOV", "MIL", "COP", "GOVMIL", NULL};
    const char *a = actor->actors[0].code, *b = speaker->actors[0].code;
    char c1[4], c2[4], s1[16], s2[16];
    actor_code_parts(a, c1, s1);
    actor_code_parts(b, c2, s2);
    return actor == speaker || actor->owner_pronoun || (c1[0] && !strcmp(c1, c2))
           || (a[0] != '-' && actor_codes_nested(a, b))    /* IGOUNO, IGOUNOMIL */
           || (!c1[0] && s1[0] && !strcmp(s1, s2))    /* "an army spokesman said the troops" */
           || (str_in(a, countryless_forces) && c2[0] && str_in(s2, state));
}

/* Whether group g is armed forces or police of the side of `side` ("its
 * troops", "Russian forces" of Putin's); not its country, which may be
 * where war is told of ("warned that an all-out war in Somalia would ..."). */
static int own_forces(const actor_group *g, const actor_group *side)
{
    static const char *const forces[] = {"MIL", "COP", NULL};
    char country[4], sector[16];
    actor_code_parts(g->actors[0].code, country, sector);
    return g->n == 1 && str_prefix_in(sector, forces) && same_side(g, side);
}

/* Whether group ag names a person of the dictionaries by a code with a
 * sector (the Phoenix dictionaries have bare states for people). */
static int sectored_person(const parse *p, const actor_group *ag)
{
    return strlen(ag->actors[0].code) > 3 && names_person(p, ag);
}

static void resolve_verb(const parse *p, const verb_group *vg, verb_coding *vc)
{
    const dyad_dicts *d = p->d;
    memset(vc, 0, sizeof *vc);
    vc->source = vc->target = vc->told_by = vc->dated_by = vc->victims_of = -1;
    if (vg->block == NONE || vg->negated == NEG_SCOPE || sports_result(p, vg))
        return;
    pattern_match m = {NONE, -1, -1, 0, 0, 0, 0};
    int matched = patterns_match(p, vg, &m);
    const verb_block *vb = &d->verbs[vg->block];
    str_copy(vc->code, sizeof vc->code, matched ? d->pats[m.pattern].code : vb->code);
    str_copy(vc->code2, sizeof vc->code2, matched ? d->pats[m.pattern].code2 : vb->code2);
    vc->pattern = matched ? d->pats[m.pattern].text : vb->name;
    if (p->debug)
        fprintf(stderr, "  code %s: %s pattern %s src %d tgt %d\n", p->t[vg->verb].up, vc->code,
                matched ? vc->pattern : "-", m.source, m.target);
    if (matched && m.end > vg->verb_end)
        vc->consumed = m.end;
    if (vg->negated && !m.negation && !negate_code(vc->code, vc->code2))
        return;
    if (null_code(vc->code) && null_code(vc->code2))
        return;                       /* "[:030]" codes only the reverse event */
    vc->source = m.source;
    vc->target = m.target >= 0 && absolute_with(p, vg, &p->groups[m.target]) ? -1 : m.target;
    vc->compound = m.compound;
    vc->spells_modal = m.modal;
    vc->spells_before = matched && vc->pattern[0] != '*';
    /* "Eriador agrees with the Philippines and France" (* WITH %): with a
     * subject of its own, the compound is the target.  Not that of a truce
     * "between" two sides: announced by a third, it binds them ("Trump
     * announced a ceasefire between Israel and Iran"). */
    if (m.compound && vg->subject >= 0 && vg->subject != m.source
        && !(strncmp(vc->code, "087", 3) == 0 && truce_parties(p, m.source))) {
        vc->source = vg->subject;
        vc->compound = 0;
    }
    const verb_group *shared = next_conjunct(p, vg);
    if (vc->source < 0 && !m.compound)
        vc->source = vg->passive ? find_object(p, shared ? shared : vg, 1, vc->code) : vg->subject;
    const verb_group *gapped = vc->source < 0 && !m.compound ? gapped_passive(p, vg, vc->code) : NULL;
    if (gapped)
        vc->source = find_object(p, gapped, 1, vc->code);
    /* "Three soldiers were wounded in clashes with gunmen": a passive's
     * subject, with the other side a mutual pattern names, is one side. */
    if (vc->source < 0 && vg->passive && vg->subject >= 0 && m.target >= 0 && vg->subject != m.target
        && !strcmp(vc->code, vc->code2))
        vc->source = vg->subject;
    if (vc->source < 0 && vg->passive && vg->subject >= 0)
        vc->source = envoy_host(p, &p->groups[vg->subject]);
    if (vc->target < 0 && !m.compound) {
        vc->target = !vg->passive ? find_object(p, vg, 0, vc->code) : vg->subject >= 0 ? vg->subject : passive_recipient(p, vg, vc->code);
        if (vg->passive && vc->target >= 0 && launched_arms(p, &p->groups[vc->target]))
            vc->target = -1;          /* ("the drones and missiles launched by Iran") */
        if (vc->target < 0 && vg->passive)
            vc->target = syntax_aimed_subject(p, vg);   /* ("sanctions against Iran were imposed") */
        if (vc->target < 0 && vg->passive)
            vc->target = mediated_parties(p, vg);
        if (!vg->passive && vc->target >= 0 && matched && m.end > vg->verb_end) {
            if (topic_of(p, &p->groups[vc->target], m.end, vc->code))
                vc->target = -1;
            else if (asked_for(p, &p->groups[vc->target], m.end, vc->code))
                vc->target = holder_of(p, &p->groups[vc->target]);
        }
        if (vc->target >= 0 && talks_about(p, &p->groups[vc->target], vc->code))
            vc->target = partner_after_topic(p, vg, &p->groups[vc->target]);
        else if (vc->target >= 0 && undergoes_asked_act(p, &p->groups[vc->target], vc->code))
            vc->target = -1;
        /* (after the arms the object names: "a barrage of missiles fired at") */
        int arms = vc->target >= 0 && arms_only(&p->groups[vc->target]);
        uint32_t weapon_end = arms && p->groups[vc->target].last > m.end ? p->groups[vc->target].last : m.end;
        const verb_group *aimed = matched && !vg->passive ? aiming_participle(p, weapon_end) : NULL;
        if (aimed && force_root(p, vc->code) && (vc->target < 0 || arms))
            vc->target = find_object(p, aimed, 0, vc->code);
        else if (vc->target < 0 && matched && !vg->passive)
            vc->target = author_after(p, vg, m.end, vc->code);
        else if (!vg->passive && vc->target >= 0 && weapon_object(p, &p->groups[vc->target], matched ? m.end : 0, vc->code)) {
            verb_group past = *vg;    /* "launched more than 300 drones and missiles at */
            past.verb_end = p->groups[vc->target].last;   /* Israel": at Israel, not the drones */
            vc->target = past.verb_end < past.right ? find_object(p, &past, 0, vc->code) : -1;
        }
        /* "Trump withdrew the United States from the World Health
         * Organization": a source the pattern found after the verb is not
         * its object too; whom it is done to comes after it. */
        if (!vg->passive && vc->target >= 0 && vc->target == m.source && p->groups[m.source].first >= vg->verb_end) {
            verb_group past = *vg;
            past.verb_end = p->groups[m.source].last;
            vc->target = past.verb_end < past.right ? find_object(p, &past, 0, vc->code) : -1;
        }
        if (vc->target < 0 && shared && !vg->passive) {
            int32_t g = find_object(p, shared, 0, vc->code);
            vc->target = g >= 0 && !p->groups[g].in_pp ? g : -1;   /* a direct object only */
        }
        /* "Armenia and Azerbaijan signed an agreement in Washington": a
         * compound subject acts among its members, not on the place. */
        /* ... nor on a bare agent of their own kind ("Fradkov and Wen Jiabao
         * held the 10th Sino-Russian Prime Ministers' Meeting"). */
        /* (a plural of no country that uses force does so only with no
         * object of its own: "protesters clashed in Kyiv", but "its troops
         * struck targets in Kyiv" struck Ukraine) */
        const actor_group *doers = vc->source >= 0 ? &p->groups[vc->source] : NULL;
        if (!vg->passive && vc->target >= 0 && doers && many(p, doers)
            && (doers->n > 1 || !force_root(p, vc->code) || !noun_object_follows(p, vg)) && mutual_code(vc->code)
            && (place_object(p, &p->groups[vc->target]) || themselves(doers, &p->groups[vc->target])))
            vc->target = -1;
    }
    /* A pattern that reached into a "that" complement ("expressed hopes
     * that Osgiliath ...") takes its target there; a verb whose object is
     * the one told does not ("informed that observers will arrive in
     * Kathmandu" told Kathmandu nothing). */
    if (vc->target < 0 && vg->reach > vg->right && (matched || strncmp(vc->code, "01", 2) != 0)
        && !tells_addressee(&p->t[vg->verb]) && !demand_of_pronoun(p, vg, vc->code)) {
        verb_group wider = *vg;
        wider.right = vg->reach;
        vc->target = find_object(p, &wider, 0, "---");   /* anywhere in the complement */
        /* ("Putin warned that Russian forces would continue to advance if
         * Kyiv rejected it": a threat's own forces are what it threatens
         * with, and whom it threatens is named after them) */
        while (vc->target >= 0 && vc->source >= 0 && !strncmp(vc->code, "13", 2)
               && own_forces(&p->groups[vc->target], &p->groups[vc->source])) {
            wider.verb_end = p->groups[vc->target].last;
            vc->target = wider.verb_end < wider.right ? find_object(p, &wider, 0, "---") : -1;
        }
        if (vc->target >= 0 && !matched && forecast(p, vg))
            snprintf(vc->code, sizeof vc->code, "012");
    }
    if (vc->source >= 0 && launched_arms(p, &p->groups[vc->source]))
        vc->source = attack_by(p, &p->groups[vc->source], vg);
    const char *by_doer = vc->source >= 0 ? doer_code(p, &p->groups[vc->source], vc->code) : NULL;
    if (by_doer)
        str_copy(vc->code, sizeof vc->code, by_doer);
    /* ("US forces captured Nicolas Maduro in a raid": a person seized is
     * arrested, no territory occupied; the Phoenix dictionaries, which have
     * states for people, by a code with a sector) */
    if (!strcmp(vc->code, "192") && vc->target >= 0 && p->groups[vc->target].n == 1
        && sectored_person(p, &p->groups[vc->target]))
        str_copy(vc->code, sizeof vc->code, "173");
    vc->valid = 1;
}



/* "decided to halt talks", "voted to expel the envoy": a decision to
 * reduce relations or to sanction (CAMEO 16, 17) is that act, announced;
 * no threat. */
static int decided_sanction(const parse *p, const verb_group *upper, const char *code)
{
    static const char *const decide[] = {"DECIDED", "DECIDES", "DECIDE", "VOTED", "VOTES", "VOTE", NULL};
    return !upper->modal && !upper->negated && str_in(p->t[upper->verb].up, decide)
           && (strncmp(code, "16", 2) == 0 || strncmp(code, "17", 2) == 0);
}

/* "told Washington to stay clear": "tell", its addressee right after it,
 * and the infinitive right after the addressee. */
static const char *const tell_words[] = {"TOLD", "TELL", "TELLS", "TELLING", NULL};

static int told_to(const parse *p, const verb_group *upper, const verb_group *lower)
{
    if (!lower->infinitive || !str_in(p->t[upper->verb].up, tell_words) || upper->verb_end >= p->n)
        return 0;
    int32_t g = p->group_of[upper->verb_end];
    if (g < 0 && upper->verb_end + 1 < p->n && strcmp(p->t[upper->verb_end].up, "THE") == 0)
        g = p->group_of[upper->verb_end + 1];
    return g >= 0 && p->groups[g].last == lower->first;
}

/* Whether "is" or "are" and a participle come at k: "until the RSF is
 * defeated" (a participle no verb group holds). */
static int beaten_after(const parse *p, uint32_t k)
{
    return p->tags && k + 1 < p->n && syntax_is_be(&p->t[k]) && p->tags[k + 1] == TAG_VBN;
}

/* The word after token k, past an article ("if the United States
 * attacked", "after a Chinese diplomat posted"). */
static uint32_t after_article(const parse *p, uint32_t k)
{
    return k + 1 + (k + 1 < p->n && p->t[k + 1].tag == WC_DET);
}

/* The subject of the finite clause that the word at k opens, named right
 * after it (past an article), of a verb in the given voice; -1 when there
 * is none. */
static int32_t clause_subject_after(const parse *p, uint32_t k, int passive)
{
    uint32_t s = after_article(p, k);
    for (uint32_t u = 0; u < p->n_verbs; u++) {
        const verb_group *c = &p->verbs[u];
        if (c->first > s && c->finite && c->subject >= 0 && c->passive == passive
            && p->groups[c->subject].first == s)
            return c->subject;
    }
    return -1;
}

/* "threatened to resume fighting if Hamas violated the agreement": whom a
 * threat is aimed at is the subject of the condition right after what is
 * threatened, or the one it is to go on until is beaten ("vowed to fight
 * on until the RSF is defeated"); -1 when there is none. */
static int32_t condition_subject(const parse *p, const verb_group *vg)
{
    static const char *const conditions[] = {"IF", "UNLESS", "UNTIL", NULL};
    uint32_t k = vg->right;
    if (k + 1 >= p->n || !str_in(p->t[k].up, conditions))
        return -1;
    int until = strcmp(p->t[k].up, "UNTIL") == 0;
    uint32_t s = after_article(p, k);
    int32_t g = s < p->n ? p->group_of[s] : -1;
    if (until && g >= 0 && p->groups[g].first == s && beaten_after(p, p->groups[g].last))
        return g;
    return clause_subject_after(p, k, until);
}

/* "Japan protested after a Chinese diplomat posted a threatening message":
 * a protest, complaint, blame or threat (CAMEO 11, 13, 14) with no one
 * named is aimed at the subject of the "after" or "when" clause right
 * after it, the act it answers, or at the attacker an attack named after
 * "after" belongs to ("vows revenge after Israeli strike"); -1 when there
 * is none. */
static int32_t answered_subject(const parse *p, const verb_group *vg)
{
    static const char *const answers[] = {"AFTER", "WHEN", "FOLLOWING", NULL};
    uint32_t k = vg->right;
    if (k + 1 >= p->n || !str_in(p->t[k].up, answers))
        return -1;
    uint32_t j = after_article(p, k);
    int32_t g = j < p->n ? p->group_at[j] : -1;
    if (g >= 0 && p->groups[g].last < p->n && syntax_is_attack_noun(&p->t[p->groups[g].last]))
        return g;
    return clause_subject_after(p, k, 0);
}

/* Whether `upper` states an intention to do `lower`: an intent verb (03),
 * a threat verb (13: "threatened to attack" is one threat, 1384), a hope
 * (013: "hopes to meet Erdogan" is 036, as "plans to meet"), or an appeal
 * verb with no one appealed to ("seeking to deepen ties" is an intention,
 * "urged Russia to withdraw" an appeal to Russia). */
static int intends(const parse *p, const verb_group *upper, const verb_group *lower, const verb_coding *uc)
{
    if (strncmp(uc->code, "03", 2) == 0 || strncmp(uc->code, "13", 2) == 0 || strcmp(uc->code, "013") == 0)
        return 1;
    if (strncmp(uc->code, "02", 2) != 0)
        return 0;
    return !object_between(p, upper, lower, 1);
}

/* "Busan is aiming to become a convention city": an intention to be
 * something is no intention to act with anyone. */
static int to_become(const parse *p, const verb_group *vg)
{
    static const char *const be[] = {"BE", "BECOME", "REMAIN", "STAY", NULL};
    return vg->verb_end + 1 < p->n && strcmp(p->t[vg->verb_end].up, "TO") == 0 && str_in(p->t[vg->verb_end + 1].up, be);
}

/* Assault, fighting, mass violence (CAMEO 18-20). */
static int violent(const parse *p, const char *code)
{
    const dyad_cameo_info *info = dyad_cameo_lookup(p->d, code);
    return info && info->root >= 18;
}

static int targetless_code(const parse *p, const char *code)
{
    const dyad_cameo_info *info = dyad_cameo_lookup(p->d, code);
    return info && (info->root == 14 || info->root == 15 || info->root >= 18);
}

/* "Australian police arrested 19 people", "the Israeli army imposed a
 * curfew", "Iranian police seized half a ton of opium": police, troops and
 * spies coerce (17) with no one named too.  Not others: "a businessman
 * charged with exporting", "Japan nabbed three golds"; nor property
 * destroyed (1712), which is as often their own ("destroyed a network"). */
static int policing(const parse *p, const char *code, const actor_group *sg)
{
    static const char *const security[] = {"COP", "MIL", "SPY", NULL};
    const dyad_cameo_info *info = dyad_cameo_lookup(p->d, code);
    if (!info || info->root != 17 || strcmp(code, "1712") == 0)
        return 0;
    for (int i = 0; i < sg->n; i++) {
        char country[4], sector[16];
        actor_code_parts(sg->actors[i].code, country, sector);
        if (!country[0] || !str_prefix_in(sector, security))
            return 0;
    }
    return sg->n > 0;
}

/* The prepositions that say where a thing acted on lies. */
static const char *const locatives[] = {"IN", "NEAR", "AT", NULL};

/* The first "in", "near" or "at" in tokens [from, to), or `to`. */
static uint32_t locative_after(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to; k++)
        if (str_in(p->t[k].up, locatives))
            return k;
    return to;
}

/* "Also in Narathiwat, a former village chief was shot dead by
 * militants": a place in a phrase that opens the clause ("in" or "at",
 * after adverbs only, up to a comma) is where a passive with no actor for
 * its subject happened, as one named after the verb would be. */
static int opening_place(const parse *p, const verb_group *vg, const actor_group *place)
{
    static const char *const at[] = {"IN", "AT", NULL};
    if (vg->subject >= 0 || place->first == 0 || place->last >= vg->first || !str_in(p->t[place->first - 1].up, at)
        || strcmp(p->t[place->last].up, ",") != 0)
        return 0;
    for (uint32_t k = vg->left; k + 1 < place->first; k++)
        if (p->t[k].tag != WC_ADV)
            return 0;
    return 1;
}

/* "A Russian missile strike on Ternopil": a name right after the "on" of
 * an attack (at token k, before token to) is a place there, however small
 * (the gazetteer trusts a bare name that opens its text only for a
 * city of millions).  [*pb, *pe): the name, from token k's start. */
static int place_named_at(const story_ctx *ctx, const parse *p, uint32_t k, uint32_t to, dyad_place *out, size_t *pb,
                          size_t *pe)
{
    uint32_t e = k;
    while (e < to && e < k + 4 && p->tags && p->tags[e] == TAG_NNP && p->group_of[e] < 0)
        e++;
    if (e == k)
        return 0;
    *pb = 0;
    *pe = p->t[e - 1].end - p->t[k].begin;
    return context_lookup_place(ctx, ctx->story->text + p->t[k].begin, *pe, out);
}

/* The place acted on in a clause's tokens before its verb (`before`: a
 * passive subject, "Vukovar was captured by the Yugoslav army") or after it,
 * as a country actor in `out`.  From the verb's last word on: a name right
 * after the verb is not at the start of a sentence, where only big places
 * count. */
static int place_acted_on(sentence_ctx *sc, const verb_group *vg, const dyad_cameo_info *info, int before,
                          actor_group *out)
{
    const parse *p = sc->p;
    uint32_t from = before ? vg->left : vg->verb_end, to = before ? vg->first : vg->right;
    if (from >= to)
        return 0;
    size_t begin = p->t[before ? from : from - 1].begin, end = p->t[to - 1].end;
    dyad_place place;
    size_t pb, pe;
    /* "seized Goma in eastern Congo": a place named before "in" or "near"
     * is what was taken; the one after, where it lies. */
    uint32_t in = before ? to : locative_after(p, from, to);
    if (in < to && in > from && context_find_place(sc->ctx, begin, p->t[in - 1].end, &place, &pb, &pe))
        to = in;
    else if (!context_find_place(sc->ctx, begin, end, &place, &pb, &pe)) {
        /* "A Russian missile strike on the city of Dnipro killed ten": force
         * named by the subject's noun is aimed where its "on" or "against"
         * says */
        uint32_t on = info->root < 19 || vg->passive ? 0 : attacked_before(p, vg);
        if (!on)
            return 0;
        /* (an actor the dictionaries know there too: "a drone attack on
         * Kyiv killed three", "an airstrike on a school in Gaza City") */
        for (uint32_t g = 0; g < p->n_groups; g++)
            if ((int32_t)g != vg->subject && p->groups[g].first >= on && p->groups[g].last <= vg->first) {
                *out = p->groups[g];
                return 1;
            }
        from = on, to = vg->first;
        begin = p->t[from].begin, end = p->t[to - 1].end;
        if (!context_find_place(sc->ctx, begin, end, &place, &pb, &pe)
            && !place_named_at(sc->ctx, p, on, to, &place, &pb, &pe))
            return 0;
    }
    if (!place.country[0])
        return 0;   /* waters no state owns are no actor ("shelled the Black Sea coast") */
    memset(out, 0, sizeof *out);
    out->first = out->last = UINT32_MAX;
    for (uint32_t k = from; k < to; k++) {
        if (p->t[k].begin < begin + pb || p->t[k].end > begin + pe)
            continue;
        if (p->group_of[k] >= 0) {
            /* an actor the dictionaries know: the place itself when it is
             * one and the victims are none ("Four militants were killed in
             * airstrikes by Israeli aircraft in northern Gaza Strip"); not
             * where weapons were fired from ("rockets fired by militants
             * in Gaza") */
            static const char *const fired[] = {"FIRED", "LAUNCHED", "DROPPED", NULL};
            const actor_group *known = &p->groups[p->group_of[k]];
            /* (... and, after an active verb, where what it struck lies:
             * "struck a power plant near Kyiv", "set fire to a mosque near
             * Ramallah") */
            int lies_in = !vg->passive && known->in_pp && str_in(p->t[known->prep].up, locatives);
            if ((vg->passive ? vg->subject >= 0 : !lies_in) || !actor_group_is_place(known)
                || str_in(p->t[vg->verb].up, fired) || offshore(p, known))
                return 0;
            *out = *known;
            return 1;
        }
        if (out->first == UINT32_MAX)
            out->first = k;
        out->last = k + 1;
    }
    /* A passive subject is the place only when the name ends it ("the
     * town of Vukovar was captured"), not when it qualifies another noun
     * ("whose Brisbane home was besieged by media crews"). */
    if (out->first == UINT32_MAX || (before && out->last != vg->first && !opening_place(p, vg, out)))
        return 0;
    out->n = 1;
    snprintf(out->actors[0].code, sizeof out->actors[0].code, "%s", place.country);
    out->actors[0].first = out->first;
    out->actors[0].last = out->last;
    return 1;
}

/* "shelled Kharkiv", "attacked the city of El Fasher": military force
 * (CAMEO 19-20) against a place the gazetteer knows and the dictionaries do
 * not is force against its country, a retreat from one (087) is from its
 * country, and a visit to one (042: "visited Shenyang") is to its country;
 * the place becomes the event's location; so does a threat of force (138:
 * "threatened to invade Rafah"), and property destroyed there is its
 * country's (1712: "settlers set fire to a mosque near Nablus"), as is
 * an attack claimed there (015).  Force on
 * victims the dictionaries do not name is on the country where it struck:
 * "Twelve people were killed in an Israeli strike in Rafah", as "an Israeli
 * strike in Rafah killed twelve people".
 * Assaults (18) are on people: "abducted her in Olongapo" is not against
 * the Philippines. */
static int place_target(sentence_ctx *sc, const verb_group *vg, const char *code, actor_group *out)
{
    /* (besides force: "withdrew from Kherson", "visited Shenyang",
     * "threatened to attack El Fasher", "set fire to a mosque near Nablus",
     * "claimed an attack on a hotel in Mogadishu") */
    static const char *const placed[] = {"087", "042", "138", "1712", "015", NULL};
    const dyad_cameo_info *info = dyad_cameo_lookup(sc->p->d, code);
    if (!info || (info->root < 19 && !str_prefix_in(code, placed)))
        return 0;
    if (!vg->passive)
        return place_acted_on(sc, vg, info, 0, out);
    return place_acted_on(sc, vg, info, 1, out)
           || (vg->subject < 0 && info->root >= 19 && place_acted_on(sc, vg, info, 0, out));
}

/* The country of the first place named after the verb in its clause ("in
 * Kashmir", "at the Sapsu Khola area of Khotang district"), or NULL. */
static const char *place_after_verb(const parse *p, const verb_group *vg)
{
    for (uint32_t g = 0; g < p->n_groups; g++) {
        const actor_group *ag = &p->groups[g];
        if (ag->first >= vg->verb_end && ag->last <= vg->right && ag->n == 1 && place_object(p, ag)
            && actor_group_is_place(ag))
            return ag->actors[0].code;
    }
    return NULL;
}

/* "Security forces and guerrillas clashed at Sapsu Khola area of Khotang
 * district": those who fight one another fight no place; the place says
 * whose those named with no country are (people of where they are, not
 * troops or governments: local_people).  Returns the group to code. */
static const actor_group *lend_place(const parse *p, const actor_group *sg, const char *country, actor_group *out)
{
    *out = *sg;
    for (int i = 0; i < out->n; i++)
        if (local_people(out->actors[i].code) && !not_of_the_place(p, &out->actors[i]))
            memcpy(out->actors[i].code, country, 3);
    return out;
}

/* "ambushed French troops east of Kabul, killing ten soldiers": victims
 * named with no country, of the sector of those the act before struck,
 * are of their country (tg as it is otherwise). */
static const actor_group *victims_country(const actor_group *tg, const actor_group *struck, actor_group *out)
{
    char country[4], sector[16], victim_country[4], victim_sector[16];
    if (tg->n != 1 || struck->n != 1)
        return tg;
    actor_code_parts(struck->actors[0].code, country, sector);
    actor_code_parts(tg->actors[0].code, victim_country, victim_sector);
    if (strncmp(tg->actors[0].code, "---", 3) != 0 || !dyad_country_by_iso3(country)
        || (sector[0] && strcmp(sector, victim_sector) != 0))
        return tg;
    *out = *tg;
    memcpy(out->actors[0].code, country, 3);
    return out;
}

/* "South Korea's president declared martial law": a curfew or a state of
 * emergency (1723, 1724) that names no one binds the imposer's own
 * country, whose code, written over the source's words, `home` becomes,
 * when the imposer is its state or government; an army's curfew is often
 * on a land it occupies ("the Israeli army imposed a curfew on the town"). */
static int imposed_at_home(const actor_group *sg, const char *code, actor_group *home)
{
    char country[4], sector[16];
    if (sg->n != 1 || (strcmp(code, "1723") != 0 && strcmp(code, "1724") != 0))
        return 0;
    actor_code_parts(sg->actors[0].code, country, sector);
    if (!country[0] || (sector[0] && strcmp(sector, "GOV") != 0) || !dyad_country_by_iso3(country))
        return 0;
    *home = *sg;
    snprintf(home->actors[0].code, sizeof home->actors[0].code, "%s", country);
    return 1;
}

/* The countries that troops or settlers withdrawn "from" them leave: the
 * group's actors without their sectors, each once ("settlers and troops
 * from Gaza" is one place). */
static const actor_group *places_left(const actor_group *withdrawn, actor_group *left)
{
    *left = *withdrawn;
    left->n = 0;
    for (uint8_t a = 0; a < withdrawn->n; a++) {
        actor_ref place = withdrawn->actors[a];
        for (size_t n = strlen(place.code); n > 3 && actor_sector_known(place.code + n - 3); n -= 3)
            place.code[n - 3] = 0;
        int seen = 0;
        for (uint8_t b = 0; b < left->n; b++)
            seen |= strcmp(left->actors[b].code, place.code) == 0;
        if (!seen)
            left->actors[left->n++] = place;
    }
    return left;
}

/* "Pakistan said security forces killed 20 militants": the forces of no
 * country a state's statement tells of are its own (same_side). */
static int own_forces_told(const parse *p, const actor_group *forces, const verb_group *told)
{
    return p->t[told->verb].tag == WC_REPORT && forces->n == 1 && !forces->in_pp
           && str_in(forces->actors[0].code, countryless_forces)
           && forces->first > told->verb && same_side(forces, &p->groups[told->subject]);
}

/* "The Israeli military said its aircraft struck": its = the speaker's;
 * the nearest verb before with a subject ("Meles said people were killed
 * in fighting between his troops backing ...").  Also when the act has no
 * target ("the army said its troops stormed a compound"). */
static const actor_group *owned_by_subject(const parse *p, const verb_group *vg, const verb_coding *vc,
                                           actor_group *owned)
{
    const actor_group *sg = &p->groups[vc->source];
    const verb_group *before = vg;
    while (before > p->verbs && before[-1].subject < 0)
        before--;
    int own = sg->owner_pronoun || (before > p->verbs && own_forces_told(p, sg, &before[-1]));
    if (own && sg->n == 1 && !strncmp(sg->actors[0].code, "---", 3) && before > p->verbs
        && before[-1].subject != vc->source) {
        *owned = *sg;
        if (adopt_pronoun_owner(&owned->actors[0], p->groups[before[-1].subject].actors[0].code))
            return owned;
    }
    return sg;
}

static int member_of(const actor_group *g, const char *code)
{
    for (int i = 0; i < g->n; i++)
        if (strcmp(g->actors[i].code, code) == 0)
            return 1;
    return 0;
}

static int expect_verb(const parse *p, const verb_group *vg)
{
    return vg->block != NONE && strcmp(p->d->verbs[vg->block].name, "EXPECT") == 0;
}

/* "South Korea and Japan are expected to meet": the subject of a passive
 * "expected" is that of the infinitive right after it, as its own. */
static int expected_to_do(const parse *p, const verb_group *vg)
{
    if (!vg->infinitive || vg == p->verbs)
        return 0;
    const verb_group *ev = vg - 1;
    return ev->passive && expect_verb(p, ev) && ev->subject == vg->subject && ev->verb_end == vg->first;
}

/* "Kyrgyzstan and Tajikistan opened their border after signing a border
 * treaty": an -ing verb right after "after" or "before" has the subject of
 * the clause it is part of as surely as a finite verb has its own. */
static int done_before_or_after(const parse *p, const verb_group *vg)
{
    static const char *const order[] = {"AFTER", "BEFORE", "UPON", NULL};
    return p->tags && vg->first == vg->verb && vg->verb > 0 && p->tags[vg->verb] == TAG_VBG
           && str_in(p->t[vg->verb - 1].up, order);
}

/* "Russian opposition leader Alexei Navalny was sentenced to 19 years",
 * "Tanzania's opposition leader Tundu Lissu was charged with treason": a
 * politician of a country who was arrested, charged or sentenced, by no one
 * named, was so by the police or courts of that country, or of the place
 * named after the verb ("was detained in Medina").  Not a journalist or a
 * citizen, as often held abroad; not what is only asked or to come ("that
 * Netanyahu be indicted", "until Pinochet is convicted", "should he be
 * charged"): the passive is told with "was", "were" or "been".  Returns
 * the source group in `out`, or NULL. */
static const actor_group *tried_at_home(sentence_ctx *sc, const verb_group *vg, const verb_coding *vc,
                                        actor_group *out)
{
    static const char *const political[] = {"OPP", "GOV", "ELI", "LEG", "PTY", NULL};
    static const char *const arrest[] = {"ARREST", "DETAIN", NULL};
    static const char *const done[] = {"WAS", "WERE", "BEEN", NULL};
    const parse *p = sc->p;
    if (!vg->passive || vc->target < 0 || vc->target != vg->subject || vg->verb == 0
        || !str_in(p->t[vg->verb - 1].up, done) || (strcmp(vc->code, "173") != 0 && strcmp(vc->code, "116") != 0))
        return NULL;
    const actor_group *tried = &p->groups[vc->target];
    char country[4], sector[16];
    actor_code_parts(tried->actors[0].code, country, sector);
    if (tried->n != 1 || !dyad_country_by_iso3(country) || !str_prefix_in(sector, political))
        return NULL;
    dyad_place place;
    size_t pb, pe;
    if (vg->verb_end < vg->right
        && context_find_place(sc->ctx, p->t[vg->verb_end].begin, p->t[vg->right - 1].end, &place, &pb, &pe)
        && place.country[0])
        memcpy(country, place.country, sizeof country);
    memset(out, 0, sizeof *out);
    out->n = 1;
    out->first = out->last = out->actors[0].first = out->actors[0].last = vg->verb;
    snprintf(out->actors[0].code, sizeof out->actors[0].code, "%s%s", country,
             str_prefix_in(p->t[vg->verb].up, arrest) ? "COP" : "JUD");
    return out;
}

/* Whether a meeting's verb vg has for object, or after "with", people
 * no dictionary names ("met with supporters", "met students"), past the
 * words its pattern matched ("holding meetings in Moscow" names none). */
static int met_unnamed(const parse *p, const verb_group *vg, const verb_coding *vc)
{
    uint32_t k = vc->consumed > vg->verb_end ? vc->consumed : vg->verb_end;
    if (strncmp(vc->code, "04", 2) != 0 || k >= p->n)
        return 0;
    if (strcmp(p->t[k].up, "WITH") == 0)
        k++;
    return k < p->n && p->group_of[k] < 0 && p->t[k].tag != WC_PREP && !(p->t[k].flags & TOK_PUNCT);
}

/* "Israel began bombing Gaza": a pattern of the verb before that took
 * this gerund right after it for a noun ("* &FIGHTING") names no one,
 * while the gerund itself codes the same kind of act at someone.  Then
 * the gerund's event replaces the one before: prev is made invalid and
 * 1 returned, the gerund to be kept though the pattern consumed it. */
static int gerund_replaces_targetless(const parse *p, uint32_t v, verb_coding *prev, const verb_coding *vc)
{
    const verb_group *vg = &p->verbs[v];
    if (v == 0 || !prev->valid || prev->target >= 0 || !vc->valid || vc->target < 0
        || p->verbs[v - 1].verb_end != vg->verb || vg->first != vg->verb || strncmp(prev->code, vc->code, 2) != 0)
        return 0;
    prev->valid = 0;
    return 1;
}

static void emit_coding(sentence_ctx *sc, const verb_group *vg, const verb_coding *vc)
{
    const parse *p = sc->p;
    actor_group court;
    const actor_group *tried = vc->valid && vc->source < 0 ? tried_at_home(sc, vg, vc, &court) : NULL;
    if (!vc->valid || (vc->source < 0 && !tried) || (vc->source == vc->target && !vc->compound))
        return;
    sc->dated_by = vc->dated_by >= 0 ? &p->verbs[vc->dated_by] : vg;
    actor_group owned;
    const actor_group *sg = tried ? tried : owned_by_subject(p, vg, vc, &owned);
    const actor_group *tg = vc->target >= 0 && !vc->compound ? &p->groups[vc->target] : NULL;
    actor_group victims;
    if (tg && vc->victims_of >= 0)
        tg = victims_country(tg, &p->groups[vc->victims_of], &victims);
    /* "Thousands of Israelis protested in Tel Aviv": one's own country
     * named as where a protest or violence happened is not its target;
     * nor where one met people no dictionary names ("Machado met with
     * supporters in Caracas").  Meetings "in Moscow" with no one else
     * named keep the place, as PETRARCH codes them. */
    if (tg && tg->n == 1 && (targetless_code(p, vc->code) || met_unnamed(p, vg, vc)) && place_object(p, tg)
        && actor_group_is_place(tg) && strncmp(tg->actors[0].code, sg->actors[0].code, 3) == 0)
        tg = NULL;
    /* "Syria pulled its last troops from Lebanon", "withdrew settlers
     * from Gaza", "a commitment to withdraw troops from Georgia and
     * Moldova": those withdrawn are the actor's, the countries they leave
     * are the target. */
    actor_group left;
    if (tg && (strcmp(vc->code, "0874") == 0 || strcmp(vc->code, "0356") == 0) && tg->agent_first
        && tg->agent[0] && strncmp(tg->actors[0].code, "---", 3) != 0)
        tg = places_left(tg, &left);
    actor_group place;
    actor_group locals;
    int among = sg->n > 1 && mutual_code(vc->code) && !force_on_a_thing(p, vg, vc->code);
    int clash = !vc->compound && among;
    /* (talks are often held abroad: "Khartoum and the rebels started talks
     * in the Nigerian capital" are no Nigerian rebels) */
    int venue = strncmp(vc->code, "04", 2) == 0 || strcmp(vc->code, "036") == 0;
    /* ("The US and Iran held talks in Oman on Iran's nuclear programme":
     * one of the pair named again is what they talked about) */
    if (clash && tg && tg->n == 1 && tg->in_pp && member_of(sg, tg->actors[0].code))
        tg = NULL;
    if (clash && tg && tg->n == 1 && place_object(p, tg) && actor_group_is_place(tg)) {
        if (!venue)
            sg = lend_place(p, sg, tg->actors[0].code, &locals);
        tg = NULL;
    } else if (clash && !tg && !venue) {
        const char *where = place_after_verb(p, vg);
        if (where || place_target(sc, vg, vc->code, &place))
            sg = lend_place(p, sg, where ? where : place.actors[0].code, &locals);
    }
    /* "Russian forces shelled Kharkiv in Ukraine": the country after "in"
     * is where the town lies; the town of that country named before it is
     * what was hit, and so the event's place. */
    if (tg && tg->n == 1 && !vc->compound && !vg->passive && place_object(p, tg) && actor_group_is_place(tg)
        && place_target(sc, vg, vc->code, &place) && place.last <= tg->first
        && strcmp(place.actors[0].code, tg->actors[0].code) == 0)
        tg = &place;
    if (!tg && !vc->compound && (!vg->passive || vg->subject < 0) && !clash
        && place_target(sc, vg, vc->code, &place)
        && (strncmp(place.actors[0].code, sg->actors[0].code, 3) != 0 || insurgents(sg->actors[0].code)))
        tg = &place;                  /* (in one's own country the place is only where,
                                         except for those who fight its state) */
    actor_group home;
    if (!tg && !vc->compound && !vg->passive && imposed_at_home(sg, vc->code, &home))
        tg = &home;
    /* Protest, shows of force and violence are events with no one named as
     * their target ("opposition supporters rallied in Belgrade", "Peruvian
     * troops stormed the residence"); anything else needs a target.  A
     * bare country name is trusted only right before its verb: on the wire
     * a "China" or "Lebanon" further off is mostly an earthquake in China
     * or a bombing in Lebanon. */
    if (!tg && !vc->compound && !vg->passive && (targetless_code(p, vc->code) || policing(p, vc->code, sg))
        && !among) {
        /* A bare country name counts only as the verb's own subject right
         * before it ("Azerbaijan launched an offensive"). */
        int own = !vg->inherited && vc->source == vg->subject && sg->last == vg->first;
        for (int i = 0; i < sg->n; i++)
            if (strlen(sg->actors[i].code) > 3 || own)
                emit_one(sc, vg, vc->code, vc->pattern, &sg->actors[i], NULL);
        return;
    }
    /* A compound subject with no target acts among its members ("Brazil and
     * the US seek to deepen ties") only when it is the verb's own subject,
     * not an agent ("a proposal offered by Clinton and Kim"), unless a
     * pattern names the agents as a pair ("The agreement was signed by the
     * United States and the Philippines": * (by %)), or as the pair a thing
     * held was between ("Talks between Iran and the US were held"). */
    int paired_agents = vc->compound && sg->in_pp
                        && (!strcmp(p->t[sg->prep].up, "BY") || !strcmp(p->t[sg->prep].up, "BETWEEN"));
    int inherited = vg->inherited && !expected_to_do(p, vg) && !done_before_or_after(p, vg);
    if (!tg && (sg->n < 2 || (vg->passive && !paired_agents) || (inherited && !vc->composed && !vc->compound)))
        return;
    /* "Obama and Putin said", "China and Russia supported the plan": only
     * what two do with each other is done among members. */
    /* (here a compound: `among` is whether its act is mutual) */
    if (!tg && !vc->compound && (!among || partner_unknown(p, vg) || supports_a_thing(p, vg, sg, vc->code))
        && !each_other(p, vg))
        return;
    emit_events(sc, vg, vc->code, vc->code2, vc->pattern, sg, tg);
}

/* Whether the verb `speaker` tells the act of vg, verb group right before
 * it, as the act of its own subject: "Russia said it would attack",
 * "warned it would cut ties" (a pronoun taking the subject of a statement
 * or threat verb).  With `side`, also the speaker's own side: "Netanyahu
 * said Israel would strike Iran", "Rubio said Washington will sanction
 * Iran" (an official speaks for the state: a threat).  Not for
 * cooperation, whose future told by a ministry ("announced that Premier
 * Wen will visit Malaysia") keeps its code. */
static int told_by_subject(const parse *p, const verb_group *vg, const verb_group *speaker, int side)
{
    if (vg->subject < 0 || speaker->subject < 0)
        return 0;
    /* The same subject counts when the pronoun inherited it; another one
     * when it is of the speaker's side and named, not inherited. */
    int told = speaker->subject == vg->subject
                   ? vg->inherited
                   : side && !vg->inherited
                         && same_side(&p->groups[vg->subject], &p->groups[speaker->subject]);
    if (!told)
        return 0;
    static const char *const statements[] = {"01", "13", NULL};
    return reporting_word(&p->t[speaker->verb]) || syntax_verb_code_in(p, speaker->verb, statements, 0);
}

/* Whether reporting verb vg closes the sentence after a comma with its
 * speaker, the clause before being what is said: "Israel will strike
 * Iran, Netanyahu said", "..., the prime minister said on Sunday". */
static int trailing_report(const parse *p, const verb_group *vg)
{
    if (vg->subject < 0 || !reporting_word(&p->t[vg->verb]))
        return 0;
    const actor_group *g = &p->groups[vg->subject];
    uint32_t opens = g->last == vg->first ? g->first : 0;
    while (opens > 0 && p->t[opens - 1].tag == WC_DET)
        opens--;
    return opens > 0 && !strcmp(p->t[opens - 1].up, ",");
}

/* The verb that tells verb v as its subject's own act, will or could
 * (told_by_subject): the verb before it, or a speaker after it
 * (trailing_report) for an act of the speaker's side; -1 when none. */
static int32_t said_by_subject(const parse *p, uint32_t v, int side)
{
    const verb_group *vg = &p->verbs[v];
    if (v > 0 && told_by_subject(p, vg, &p->verbs[v - 1], side))
        return (int32_t)(v - 1);
    if (side && v + 1 < p->n_verbs && trailing_report(p, &p->verbs[v + 1])
        && told_by_subject(p, vg, &p->verbs[v + 1], side))
        return (int32_t)(v + 1);
    return -1;
}

/* "will attack Iran if it enriches uranium", "If Hamas fires rockets,
 * Israel would strike Gaza": a condition ("if", "unless") right after the
 * verb's clause, or opening the sentence or clause before it and closed by
 * a comma.  What one will do on a condition is a threat or a promise, not
 * a forecast. */
static const char *const condition_words[] = {"IF", "UNLESS", NULL};

/* Whether a condition follows the verb's clause: "will attack Iran if it
 * enriches uranium". */
static int condition_follows(const parse *p, const verb_group *vg)
{
    uint32_t r = vg->right;
    if (r < p->n && p->t[r].up[0] == ',' && p->t[r].tag == WC_PUNCT)
        r++;
    return r < p->n && str_in(p->t[r].up, condition_words);
}

static int on_condition(const parse *p, const verb_group *vg)
{
    if (condition_follows(p, vg))
        return 1;
    int comma = 0;
    for (uint32_t k = vg->first; k > 0 && k + 30 > vg->first; k--) {
        const token *t = &p->t[k - 1];
        if (t->tag == WC_PUNCT && t->up[0] == ',')
            comma = 1;
        else if (t->tag == WC_REPORT || (t->tag == WC_PUNCT && t->up[0] && strchr(".;:\"", t->up[0])))
            return 0;
        else if (str_in(t->up, condition_words))
            return comma && (k == 1 || p->t[k - 2].tag == WC_PUNCT || p->t[k - 2].tag == WC_CONJ
                             || strcmp(p->t[k - 2].up, "THAT") == 0);
    }
    return 0;
}

/* "Israel may strike Iran if talks fail, officials warned": what could be
 * done on a condition is a threat when a verb of warning or threatening
 * tells it, as what will be done on one is; a guess otherwise ("Russia
 * could attack if ..., analysts said").  Only a condition after the verb
 * counts: an "if" before may be another clause's ("warned of consequences
 * if it were attacked, after a premier suggested Israel should ..."). */
static int warned_on_condition(const parse *p, uint32_t v)
{
    static const char *const threats[] = {"13", NULL};
    if (!condition_follows(p, &p->verbs[v]))
        return 0;
    for (uint32_t w = 0; w < p->n_verbs; w++)
        if (w != v && !p->verbs[w].negated && syntax_verb_code_in(p, p->verbs[w].verb, threats, 0))
            return 1;
    return 0;
}

/* A verb under "will", "would", "could", "may" tells no act that happened.
 * Force (15-20) is a threat when its actor says so ("said it would attack"
 * 138), else a forecast or a guess that codes nothing.  Possible
 * cooperation (04-08: "could meet", "may release") is an intention, as
 * CAMEO's 03 codes it, and so is future cooperation its actor announces
 * ("announced it would free 150 prisoners" 0353); future cooperation told
 * by others ("Putin will meet Erdogan", "will supply arms") keeps its code,
 * as PETRARCH and TABARI code it.  Verbal acts keep theirs. */
static void apply_modality(const parse *p, uint32_t v, verb_coding *vc)
{
    const verb_group *vg = &p->verbs[v];
    if (vc->valid && vg->conditional) {
        vc->valid = 0;                /* "if the EU wants to waste opportunities" */
        return;
    }
    if (!vc->valid || vg->modal == MODAL_NONE || vg->negated || vc->spells_modal)
        return;
    const dyad_cameo_info *info = dyad_cameo_lookup(p->d, vc->code);
    int root = info ? info->root : 0;
    /* Words that only may be, or should be, said are not said: "Seoul
     * should insist that ...", "might want Obama to head back". */
    if (vg->modal == MODAL_MAYBE && (root < 4 || (root > 8 && root < 15))) {
        vc->valid = 0;
        return;
    }
    int side = root >= 15 && vg->modal == MODAL_FUTURE;    /* "can defend the city" is no threat */
    int32_t teller = said_by_subject(p, v, side);
    int own_word = teller >= 0
                   || (vg->modal == MODAL_FUTURE ? on_condition(p, vg) : warned_on_condition(p, v));
    if (root < 4 || (root > 8 && root < 15) || (root <= 8 && vg->modal == MODAL_FUTURE && !own_word))
        return;
    const char *intent = intent_code(vc->code);
    /* (a passive one's actor is its agent: "said he could be abducted by
     * the United States" is no one's threat) */
    if (root >= 15 && (vg->passive || !own_word))
        intent = NULL;
    if (!intent) {
        vc->valid = 0;
        return;
    }
    snprintf(vc->code, sizeof vc->code, "%s", intent);
    vc->code2[0] = 0;
    /* (its own act, announced now: "said it would attack on Monday" is a
     * threat of today, no appeal to others) */
    if (teller >= 0) {
        vc->composed = 1;
        vc->dated_by = teller;
    }
}

/* Verbs whose -ing object is not done ("stop firing", "avoid attacking",
 * "fled fighting in Darfur", "opposed sending troops") ... */
static const char *const stop_words[] = {"STOP", "STOPS", "STOPPED", "STOPPING", "CEASE", "CEASED",
                                         "HALT", "HALTED", "QUIT", "END", "ENDED", "AVOID", "AVOIDED",
                                         "ESCAPE", "ESCAPED", "FLEE", "FLEES", "FLED", "FLEEING",
                                         "OPPOSE", "OPPOSES", "OPPOSED", "OPPOSING", "OBJECTED", NULL};
/* ... also with "to" between ("opposed to sending troops", "objected to
 * holding talks") */
static const char *const opposing_words[] = {"OPPOSED", "OBJECTED", NULL};
/* ... and these, after which it is only thought of or put off ("proposed
 * holding talks with China", "would consider sending troops"). */
static const char *const weigh_words[] = {"CONSIDER", "CONSIDERS", "CONSIDERED", "CONSIDERING", "CONTEMPLATE",
    "CONTEMPLATES", "CONTEMPLATED", "MULL", "MULLS", "MULLED", "MULLING", "WEIGH", "WEIGHS", "WEIGHED", "WEIGHING",
    "PROPOSE", "PROPOSES", "PROPOSED", "PROPOSING", "SUGGEST", "SUGGESTS", "SUGGESTED", "RECOMMEND",
    "RECOMMENDS", "RECOMMENDED", "ADVOCATE", "ADVOCATES", "ADVOCATED", "FAVOR", "FAVORS", "FAVORED", "FAVOUR",
    "FAVOURS", "FAVOURED", "ENVISAGE", "ENVISAGES", "ENVISAGED", "DISCUSS", "DISCUSSES", "DISCUSSED",
    "DISCUSSING", "EXPLORE", "EXPLORES", "EXPLORED", "POSTPONE", "POSTPONED", "DELAY", "DELAYED", NULL};
/* ... and these, which take no target from it either ("resisted taking a
 * harder line on Iran", "denied supporting the rebels"). */
static const char *const resist_words[] = {"RESIST", "RESISTS", "RESISTED", "DENY", "DENIES", "DENIED", NULL};
/* Verbs of refusing an act their infinitive names ("refuses to recognise
 * Israel", "declined to sign the accord"). */
static const char *const refuse_words[] = {"REFUSE", "REFUSES", "REFUSED", "REFUSING", "DECLINE", "DECLINES",
                                           "DECLINED", "DECLINING", NULL};

/* Whom the refused act vg, which codes nothing, would have been done to:
 * its object, when of a country other than the refuser's; else -1. */
static int32_t refused_one(const parse *p, const verb_group *vg, const char *code, const actor_group *refuser)
{
    int32_t g = find_object(p, vg, 0, code);
    char country[4], sector[16], own[4];
    if (g < 0)
        return -1;
    actor_code_parts(p->groups[g].actors[0].code, country, sector);
    actor_code_parts(refuser->actors[0].code, own, sector);
    return country[0] && strcmp(country, own) != 0 ? g : -1;
}

/* The act a refusal's infinitive names, refused (see its caller). */
static void refused_act(verb_coding *refusal, verb_coding *act, int32_t refusal_verb)
{
    char code2[8];
    if (strncmp(act->code, "01", 2) == 0) {
        act->valid = 0;               /* "declined to comment" */
        return;
    }
    refusal->valid = 0;
    if (!negate_code(act->code, code2)) {
        act->valid = 0;
        return;
    }
    act->code2[0] = 0;
    act->composed = 1;
    act->dated_by = refusal_verb;
}

/* "prevents it from receiving aid", "barred Iran from enriching": an -ing
 * form after "from" and the one kept from it (or stopped: stop_words) is
 * not done. */
static int prevented(const parse *p, uint32_t verb)
{
    static const char *const keep[] = {"PREVENT", "PREVENTS", "PREVENTED", "PREVENTING", "BAR", "BARS", "BARRED",
        "BARRING", "BAN", "BANS", "BANNED", "BANNING", "KEEP", "KEEPS", "KEPT", "BLOCK", "BLOCKS", "BLOCKED",
        "DETER", "DETERS", "DETERRED", "PROHIBIT", "PROHIBITS", "PROHIBITED", "DISCOURAGE", "DISCOURAGED",
        "REFRAIN", "REFRAINED", "REFRAINS", NULL};
    if (verb < 2 || strcmp(p->t[verb - 1].up, "FROM") != 0)
        return 0;
    for (uint32_t k = verb - 1; k-- > 0 && verb - k <= 8;) {
        if (str_in(p->t[k].up, keep) || str_in(p->t[k].up, stop_words))
            return 1;
        if (p->t[k].flags & TOK_PUNCT)
            return 0;
    }
    return 0;
}

/* The first token of the noun phrase ending at token n. */
static uint32_t phrase_start(const parse *p, uint32_t n)
{
    uint32_t k = n;
    while (k > 0 && (dyad_tag_is_noun(p->tags[k - 1]) || p->tags[k - 1] == TAG_JJ || p->tags[k - 1] == TAG_JJS
                     || p->tags[k - 1] == TAG_DT || p->tags[k - 1] == TAG_CD || p->tags[k - 1] == TAG_PRP_S
                     || p->tags[k - 1] == TAG_POS))
        k--;
    return k;
}

/* Verbs of asking or wanting someone to act, for dictionaries that lack
 * them (PETRARCH's has no "urge"). */
static const char *const ask_words[] = {"URGE", "URGES", "URGED", "URGING", "ASK", "ASKS", "ASKED", "ASKING",
    "PRESS", "PRESSES", "PRESSED", "PRESSING", "PRESSURE", "PRESSURES", "PRESSURED", "PRESSURING", "ENCOURAGE",
    "ENCOURAGES", "ENCOURAGED", "ENCOURAGING", "INVITE", "INVITES", "INVITED", "INVITING", "PERSUADE",
    "PERSUADES", "PERSUADED", "PERSUADING", "REQUEST", "REQUESTS", "REQUESTED", "REQUESTING", "IMPLORE",
    "IMPLORES", "IMPLORED", "IMPLORING", "EXHORT", "EXHORTS", "EXHORTED", "EXHORTING", "BEG", "BEGS", "BEGGED",
    "BEGGING", "ADVISE", "ADVISES", "ADVISED", "ADVISING", "WANT", "WANTS", "WANTED", "WANTING", "TELL", "TELLS",
    "TOLD", "TELLING", "ORDER", "ORDERS", "ORDERED", "ORDERING", "REQUIRE", "REQUIRES", "REQUIRED", "REQUIRING",
    NULL};
static const char *const call_words[] = {"CALL", "CALLS", "CALLED", "CALLING", "APPEAL", "APPEALS", "APPEALED",
    "APPEALING", NULL};

/* "will work towards improving ties with Japan", "took steps toward
 * normalising relations": what one works towards is intended, not done;
 * and nothing of the one asked to work towards it ("urged Beijing to work
 * towards restoring ties with the Vatican": the appeal is the event).
 * Only with a partner named, not a place: "moving towards holding meetings
 * in Moscow in October" stays the meetings Moscow hosts. */
static void aimed_at(const parse *p, uint32_t v, verb_coding *vc)
{
    const char *intent = intent_code(vc->code);
    int asked = 0;
    for (uint32_t u = v; u-- > 0 && !asked && v - u <= 2;)
        asked = str_in(p->t[p->verbs[u].verb].up, ask_words) || str_in(p->t[p->verbs[u].verb].up, call_words);
    if (!intent || asked) {
        vc->valid = 0;
        return;
    }
    str_copy(vc->code, sizeof vc->code, intent);
    vc->code2[0] = 0;
    vc->composed = 1;
}

/* "prompting Israeli jets to strike the port", "forcing Russian troops to
 * withdraw": after a verb of causing, the one between does the
 * infinitive's act; it is done, not asked for.  Returns the token of the
 * verb of causing, or NONE. */
static uint32_t cause_of(const parse *p, const verb_group *vg)
{
    static const char *const causes[] = {"PROMPT", "PROMPTS", "PROMPTED", "PROMPTING", "FORCE", "FORCES", "FORCED",
        "FORCING", "COMPEL", "COMPELS", "COMPELLED", "COMPELLING", "LEAD", "LEADS", "LED", "LEADING", "CAUSE",
        "CAUSES", "CAUSED", "CAUSING", "DRIVE", "DRIVES", "DROVE", "DRIVING", NULL};
    if (!vg->infinitive || !p->tags)
        return NONE;
    /* (back over the nouns a country's adjective qualifies: "Israeli jets") */
    uint32_t end = vg->first;
    while (end > 0 && vg->first - end < 3 && p->group_of[end - 1] < 0 && dyad_tag_is_noun(p->tags[end - 1]))
        end--;
    if (end == 0 || p->group_of[end - 1] < 0)
        return NONE;
    uint32_t k = p->groups[p->group_of[end - 1]].first;
    while (k > 0 && p->t[k - 1].tag == WC_DET)
        k--;
    return k > 0 && str_in(p->t[k - 1].up, causes) ? k - 1 : NONE;
}

/* "China imposed export controls, prompting Trump to threaten new
 * tariffs", "Israel struck Doha, prompting Qatar to suspend its
 * mediation": a hostile answer (CAMEO 10-20) with no one named, caused by
 * what the clause before the comma did, is aimed at that clause's subject.
 * Not a cooperative one: "prompting the UN to send aid" helps the victims. */
static void answer_prompted(const parse *p, uint32_t v, uint32_t cause, verb_coding *vc)
{
    const verb_group *vg = &p->verbs[v];
    if (!vc->valid || vc->target >= 0 || vc->code[0] != '1' || vg->subject < 0 || vg->passive || v == 0
        || cause == 0 || p->tags[cause] != TAG_VBG || strcmp(p->t[cause - 1].up, ",") != 0)
        return;
    /* (a place named after the verb is where the answer went: "prompting
     * Israeli jets to strike the port of Hodeidah") */
    for (uint32_t k = vg->verb_end; k < vg->right && k < p->n; k++)
        if (p->tags[k] == TAG_NNP || p->tags[k] == TAG_NNPS)
            return;
    const verb_group *before = &p->verbs[v - 1];
    if (before->verb == cause && v > 1)
        before--;                     /* (past the verb of causing, a verb group of its own) */
    if (before->verb < cause && before->subject >= 0 && before->subject != vg->subject && !before->passive
        && !p->groups[before->subject].in_pp)
        vc->target = before->subject;
}

static const char *const send_words[] = {"SEND", "SENDS", "SENT", "SENDING", "DISPATCH", "DISPATCHES",
                                         "DISPATCHED", "DISPATCHING", NULL};

/* Whether "alongside" or "beside" opens the phrase right after vg's verb:
 * forces sent "to fight alongside Russian forces" help them, as forces
 * sent to help do. */
static int alongside(const parse *p, const verb_group *vg)
{
    static const char *const beside[] = {"ALONGSIDE", "BESIDE", NULL};
    return vg->verb_end < p->n && str_in(p->t[vg->verb_end].up, beside);
}

/* "Putin ordered Russian troops to invade Ukraine", "ordered the army to
 * withdraw from Gaza", "Russia sent troops to help Kazakhstan": forces of
 * the orderer's or sender's own side (or of no named side), told or sent to
 * act, do what the infinitive codes; an order to another ("ordered Hamas to
 * release the soldier") is a demand.  People of no named side sent to help
 * ("sent military advisers to assist the Somali government", "doctors to
 * help Haiti") are the sender's aid.  Returns OWN_FORCES_SENT for forces
 * sent, OWN_PEOPLE_SENT for others sent, OWN_FORCES_ORDERED for forces
 * ordered, 0 for none. */
enum { OWN_FORCES_ORDERED = 1, OWN_FORCES_SENT, OWN_PEOPLE_SENT };
static int orders_own_forces(const parse *p, uint32_t v)
{
    static const char *const order_words[] = {"ORDER", "ORDERS", "ORDERED", "ORDERING", "COMMAND", "COMMANDS",
        "COMMANDED", "INSTRUCT", "INSTRUCTS", "INSTRUCTED", "DIRECT", "DIRECTS", "DIRECTED", NULL};
    static const char *const help_words[] = {"HELP", "AID", "ASSIST", "SUPPORT", "BACK", "PROTECT", "DEFEND",
        "TRAIN", NULL};
    const verb_group *vg = &p->verbs[v];
    if (v == 0 || !vg->infinitive || vg->subject < 0)
        return 0;
    const verb_group *ug = &p->verbs[v - 1];
    const char *told = p->t[ug->verb].up;
    /* (forces sent only by a finite verb, and only to help or train, or to
     * fight alongside someone: "to send troops to join the US force", "sending
     * troops to aid the rebels" and "sent warships to combat illegal
     * fishing" are wishes, others' acts or no act on anyone) */
    static const char *const fight_words[] = {"FIGHT", "SERVE", NULL};
    int sent = str_in(told, send_words) && ug->finite && !ug->infinitive && !ug->negated
               && (str_in(p->t[vg->verb].up, help_words) || (str_in(p->t[vg->verb].up, fight_words) && alongside(p, vg)));
    if (ug->subject < 0 || ug->subject == vg->subject || !(str_in(told, order_words) || sent))
        return 0;
    const actor_group *forces = &p->groups[vg->subject];
    char country[4], sector[16];
    actor_code_parts(forces->actors[0].code, country, sector);
    int armed = !strcmp(sector, "MIL") || !strcmp(sector, "COP");
    if (sent && !armed && sector[0] && !country[0] && forces->n == 1)
        return OWN_PEOPLE_SENT;
    if (!armed || (country[0] && !same_side(forces, &p->groups[ug->subject])))
        return 0;
    return sent ? OWN_FORCES_SENT : OWN_FORCES_ORDERED;
}

/* Whether the noun phrase ending at n is the one called on ("appealed to
 * the international community to back him", "called on Muslims to"). */
static int called_on(const parse *p, uint32_t n)
{
    static const char *const on[] = {"ON", "UPON", "TO", NULL};
    uint32_t k = phrase_start(p, n);
    return k >= 2 && str_in(p->t[k - 1].up, on) && str_in(p->t[k - 2].up, call_words);
}

/* Whether the infinitive after the noun phrase ending at n tells an act
 * that happened all the same: one governed from outside the phrase
 * ("agreed in principle to meet"), the first or only one to do it ("the
 * first Arab country to sign"), or the means used ("used tear gas to
 * disperse them", "fired tear gas to disperse them"). */
static int act_happens(const parse *p, uint32_t n)
{
    static const char *const rank[] = {"FIRST", "SECOND", "THIRD", "LAST", "ONLY", "LATEST", NULL};
    static const char *const use[] = {"USE", "USED", "USES", "USING", "FIRE", "FIRED", "FIRES", "FIRING", NULL};
    /* "in a bid to topple the government", "in an effort to end": a try,
     * wherever it stands. */
    static const char *const tries[] = {"BID", "BIDS", "EFFORT", "EFFORTS", "ATTEMPT", "ATTEMPTS", "DRIVE", "PUSH", NULL};
    if (str_in(p->t[n].up, tries))
        return 0;
    uint32_t k = phrase_start(p, n);
    /* ("emboldened by Hezbollah's ability to fight Israel": an owned noun
     * governs the infinitive itself, whatever stands before it) */
    int owned = 0;
    for (uint32_t i = k; i < n; i++)
        owned |= p->tags[i] == TAG_POS || p->tags[i] == TAG_PRP_S;
    /* ... but "went out of his way to praise Mandela" did praise him */
    if (owned && !strcmp(p->t[n].up, "WAY") && k >= 2 && !strcmp(p->t[k - 1].up, "OF")
        && !strcmp(p->t[k - 2].up, "OUT"))
        owned = 0;
    /* (the means may be several: "used water cannon and tear gas to
     * disperse them") */
    uint32_t means = k;
    while (means >= 2 && p->t[means - 1].tag == WC_CONJ && dyad_tag_is_noun(p->tags[means - 2])
           && p->group_of[means - 2] < 0 && means + 8 > k)
        means = phrase_start(p, means - 2);
    if (k > 0 && (((p->tags[k - 1] == TAG_IN || p->tags[k - 1] == TAG_RP) && !owned)
                  || (means > 0 && str_in(p->t[means - 1].up, use))))
        return 1;
    for (uint32_t i = k; i < n; i++)
        if (str_in(p->t[i].up, rank))
            return 1;
    return 0;
}

/* The actor whose noun token n is: "Ankara's refusal", "Russia's plan";
 * -1 when none. */
static int32_t possessor(const parse *p, uint32_t n)
{
    uint32_t k = n;
    while (k > 0 && (p->tags[k - 1] == TAG_JJ || p->tags[k - 1] == TAG_NN) && p->group_of[k - 1] < 0)
        k--;                              /* "Russia's latest plan" */
    if (k < 2 || !(p->t[k - 1].flags & TOK_POSS))
        return -1;
    return p->group_of[k - 1] >= 0 ? p->group_of[k - 1] : p->group_of[k - 2];
}

/* "faces pressure to withdraw", "efforts to capture the city": an
 * infinitive governed by a common noun tells no act done.  A noun of
 * intention makes it an intention (CAMEO 03: "its pledge to withdraw",
 * "plans to meet"); any other noun, nothing; "Russia's decision to
 * withdraw" keeps the act decided (and see act_happens); so does one a
 * verb of causing set in motion (`caused`: "prompting Israeli jets to
 * strike"). */
static const char *const intent_nouns[] = {"PLAN", "PLANS", "OFFER", "PLEDGE", "PROMISE", "READINESS",
    "WILLINGNESS", "INTENTION", "COMMITMENT", "AGREEMENT", "DEAL", "VOW", "HOPE", "DESIRE", "WISH",
    "INTEREST", "BID", "INVITATION", NULL};

/* Whether token n is a common noun no actor holds. */
static int free_common_noun(const parse *p, uint32_t n)
{
    return (p->tags[n] == TAG_NN || p->tags[n] == TAG_NNS) && p->group_of[n] < 0;
}

/* Whether token n is a common noun of intention no actor holds. */
static int intent_noun_at(const parse *p, uint32_t n)
{
    return free_common_noun(p, n) && str_in(p->t[n].up, intent_nouns);
}

/* "welcomed Iraq's readiness to cooperate with Jordan", "welcomed Russia's
 * decision to withdraw": an infinitive right after an owned noun of
 * intention or decision belongs to the noun (noun_infinitive), not to the
 * one named before it as if asked to act ("urged Iraq to cooperate"). */
static int owned_intent_infinitive(const parse *p, const verb_group *vg)
{
    if (!vg->infinitive || vg->first < 2 || !p->tags)
        return 0;
    uint32_t n = vg->first - 1;
    int decision = free_common_noun(p, n) && strcmp(p->t[n].up, "DECISION") == 0;
    return (intent_noun_at(p, n) || decision) && possessor(p, n) >= 0;
}

/* "reached an agreement with Ukraine to resume gas supplies": an
 * infinitive right after the partner of a noun of intention is what was
 * agreed with them, not what they are asked to do. */
static int partner_intent_infinitive(const parse *p, const verb_group *vg)
{
    if (!vg->infinitive || vg->first < 2 || !p->tags)
        return 0;
    int32_t g = p->group_of[vg->first - 1];
    if (g < 0 || !p->groups[g].in_pp || p->groups[g].last != vg->first || p->groups[g].prep == 0)
        return 0;
    const char *prep = p->t[p->groups[g].prep].up;
    return (!strcmp(prep, "WITH") || !strcmp(prep, "BETWEEN")) && intent_noun_at(p, p->groups[g].prep - 1);
}

static void noun_infinitive(const parse *p, const verb_group *vg, int caused, verb_coding *vc)
{
    if (!vc->valid || !vg->infinitive || vg->first == 0 || !p->tags || caused)
        return;
    /* "to renounce violence or recognise Israel": the noun before the
     * first infinitive governs the ones joined to it. */
    while (vg > p->verbs && vg->conjoined && vg[-1].infinitive)
        vg--;
    if (vg->first == 0)
        return;
    static const char *const refusal[] = {"REFUSAL", "REFUSALS", "RELUCTANCE", "UNWILLINGNESS", NULL};
    static const char *const failure[] = {"FAILURE", "FAILURES", "INABILITY", NULL};
    uint32_t n = vg->first - 1;
    /* ("reserved the right to respond": a noun of a verb's own phrase is
     * the verb's, which governs the infinitive as a verb does) */
    for (const verb_group *u = p->verbs; u < vg; u++)
        if (u->verb <= n && n < u->verb_end)
            return;
    /* "China's decision on Tuesday to postpone": a day between an owned
     * noun and its infinitive ("resumed talks on Tuesday to discuss" is
     * why the talks resumed). */
    if (n >= 3 && syntax_is_day_name(&p->t[n]) && !strcmp(p->t[n - 1].up, "ON") && possessor(p, n - 2) >= 0)
        n -= 2;
    /* "came close to cutting supplies", "edged closer Sunday to a deal":
     * what one nears is not done (unless a pattern with words before the
     * verb spelled out the nearing and coded it). */
    static const char *const near[] = {"CLOSE", "CLOSER", "NEAR", "NEARER", NULL};
    uint32_t m = n > 0 && syntax_is_day_name(&p->t[n]) ? n - 1 : n;
    if (str_in(p->t[m].up, near) && p->group_of[m] < 0 && !vc->spells_before) {
        vc->valid = 0;
        return;
    }
    /* "the refusal of Hamas to recognise Israel", "an effort by Beijing to
     * block a resolution": the noun before "of" or "by" governs, and the
     * actor after it owns the act. */
    int32_t of = p->group_of[n];
    if (of >= 0 && p->groups[of].in_pp && p->groups[of].prep > 0 && p->groups[of].last == n + 1) {
        const char *prep = p->t[p->groups[of].prep].up;
        uint32_t noun = p->groups[of].prep - 1;
        int common = free_common_noun(p, noun);
        if ((!strcmp(prep, "OF") && str_in(p->t[noun].up, refusal)) || (!strcmp(prep, "BY") && common))
            n = noun;
        else
            of = -1;
    } else {
        of = -1;
    }
    /* "was ready to sign" is an intention; "likely to", "unable to" tell
     * no act; "due to meet" keeps it. */
    static const char *const willing[] = {"READY", "WILLING", "PREPARED", "EAGER", "DETERMINED", "KEEN",
                                          "HAPPY", NULL};
    static const char *const unsure[] = {"LIKELY", "UNLIKELY", "ABLE", "UNABLE", "RELUCTANT", "UNWILLING",
                                         "HESITANT", "FREE", NULL};
    /* ("was supposed to leave" mostly did not) */
    if ((p->tags[n] == TAG_JJ && p->group_of[n] < 0 && str_in(p->t[n].up, unsure))
        || strcmp(p->t[n].up, "SUPPOSED") == 0) {
        vc->valid = 0;
        return;
    }
    if (p->tags[n] == TAG_JJ && p->group_of[n] < 0 && str_in(p->t[n].up, willing)) {
        /* ("ready to accept a truce proposal": ready to do what is an
         * intention already, 0356, is that intention) */
        if (strncmp(vc->code, "03", 2) != 0) {
            const char *code = intent_code(vc->code);
            vc->valid = code != NULL;
            if (!code)
                return;
            snprintf(vc->code, sizeof vc->code, "%s", code);
        }
        vc->code2[0] = 0;
        vc->composed = 1;             /* an intention to act, not one about others */
        return;
    }
    if (!free_common_noun(p, n))
        return;
    /* "its refusal to withdraw" is a refusal (12), "its failure to heed
     * the demands" nothing, wherever the noun stands. */
    int32_t owner = of >= 0 ? of : possessor(p, n);
    if (str_in(p->t[n].up, refusal)) {
        vc->valid = negate_code(vc->code, vc->code2);
        if (owner >= 0)
            vc->source = owner;           /* "Ankara's refusal to ..." */
        return;
    }
    if (str_in(p->t[n].up, failure)) {
        vc->valid = 0;
        return;
    }
    if (strcmp(p->t[n].up, "DECISION") == 0) {
        if (owner >= 0)
            vc->source = owner;           /* "Russia's decision to withdraw" */
        return;
    }
    /* What those called on are asked to do is not done; a call on them
     * (followers no dictionary names) to use force against someone
     * threatens that one ("called on Muslims to attack the United
     * States": 138; not "called on Arab states to cut ties with Israel",
     * which threatens no one). */
    if (called_on(p, n)) {
        const char *threat = strcmp(vc->code, "18") >= 0 && strcmp(vc->code, "21") < 0 ? threat_code(vc->code) : NULL;
        vc->valid = threat != NULL;
        if (threat) {
            snprintf(vc->code, sizeof vc->code, "%s", threat);
            vc->code2[0] = 0;
        }
        return;
    }
    if (act_happens(p, n))
        return;
    /* ("in a bid to topple the government" says why something else was
     * done: no intention of its own) */
    int purpose = n >= 2 && p->t[n - 1].tag == WC_DET && !strcmp(p->t[n - 2].up, "IN");
    const char *code = str_in(p->t[n].up, intent_nouns) && !purpose ? intent_code(vc->code) : NULL;
    if (!code) {
        vc->valid = 0;
        return;
    }
    snprintf(vc->code, sizeof vc->code, "%s", code);
    vc->code2[0] = 0;
    if (owner >= 0)
        vc->source = owner;               /* "Russia's plan to ..." */
}

/* "Turkey objected to Finland and Sweden joining NATO", "concern over Iran
 * developing missiles": an -ing form right after the actor a preposition
 * takes has that actor for subject, and tells what the stance is about,
 * no act done. */
static int topic_gerund(const parse *p, const verb_group *vg)
{
    static const char *const about[] = {"ABOUT", "AGAINST", "OVER", NULL};
    /* ("to" only after a stance: "the delegates attending the conference"
     * after "appealed to" did attend it) */
    static const char *const stances[] = {"OBJECT", "OPPOS", "RESIST", "AGREE", "CONSENT", NULL};
    if (vg->finite || vg->infinitive || vg->first != vg->verb || vg->verb == 0 || !p->tags
        || p->tags[vg->verb] != TAG_VBG)
        return 0;
    int32_t g = p->group_of[vg->verb - 1];
    if (g < 0 || !p->groups[g].in_pp || p->groups[g].last != vg->verb)
        return 0;
    uint32_t prep = p->groups[g].prep;
    if (prep + 1 < p->n && (p->t[prep + 1].flags & TOK_NUM))
        return 0;                     /* "over 62,000 Chinese students studying": a count */
    return str_in(p->t[prep].up, about)
           || (!strcmp(p->t[prep].up, "TO") && prep > 0 && str_prefix_in(p->t[prep - 1].up, stances));
}

/* "Denmark promises an aid package to help the Palestinians": help (07)
 * right after the noun an aid verb's pattern matched (promised or given
 * aid, 033 or 07) says whom the aid is for, though it is no act itself. */
static void aid_purpose(const parse *p, const verb_group *vg, const verb_coding *inf, verb_coding *upper)
{
    const verb_group *ug = vg - 1;
    if (!vg->infinitive || !upper->valid || upper->target >= 0 || inf->target < 0 || upper->consumed != vg->first
        || clause_between(p, ug, vg) || object_between(p, ug, vg, 1) || strncmp(inf->code, "07", 2) != 0
        || !(strncmp(upper->code, "033", 3) == 0 || strncmp(upper->code, "07", 2) == 0))
        return;
    upper->target = inf->target;
}

/* "opened fire to stop Ethiopian troops from advancing", "fired warning
 * shots to stop Palestinian protesters": force used to stop or drive back
 * someone is used on them, when it names no target of its own. */
static void force_to_stop(const parse *p, const verb_group *vg, verb_coding *upper)
{
    static const char *const stop_verbs[] = {"STOP", "HALT", "REPEL", "REPULSE", "BLOCK", "PREVENT", "DETER",
        NULL};
    if (!vg->infinitive || !upper->valid || upper->target >= 0 || !violent(p, upper->code)
        || !str_in(p->t[vg->verb].up, stop_verbs) || clause_between(p, vg - 1, vg))
        return;
    int32_t g = find_object(p, vg, 0, "---");
    if (g >= 0 && !p->groups[g].in_pp && !arms_only(&p->groups[g]))
        upper->target = g;
}

/* "deployed police officers to Haiti to lead a multinational security
 * mission", "sent troops to Somalia to join the peacekeeping force": forces
 * sent somewhere to keep the peace there protect it (074), no show of force
 * against it; the mission names no one itself. */
static int peacekeepers_sent(const parse *p, uint32_t v, const verb_coding *upper, const verb_coding *inf)
{
    if (v == 0 || !p->verbs[v].infinitive || !inf->valid || strcmp(inf->code, "074") != 0 || inf->target >= 0
        || !upper->valid || upper->target < 0)
        return 0;
    const dyad_cameo_info *info = dyad_cameo_lookup(p->d, upper->code);
    return info && (info->root == 15 || info->root == 7);
}

/* "Ahmadinejad launched a fresh attack against Israel, dismissing the
 * Holocaust as a myth": an attack (coded 19) followed by a participle of
 * words said about its target is verbal, a criticism (111).  A person, a
 * government, a legislature, a court or a party that attacks and goes on
 * "saying" or "arguing" attacked in words too ("Lavrov
 * attacked the ODIHR Monday, saying it had an unacceptable autonomy"),
 * where forces attack "saying" why ("Israeli jets attacked a depot, saying
 * it stored rockets"). */
static int civil_sector(const char *code)
{
    static const char *const civil[] = {"GOV", "LEG", "OPP", "JUD", "PTY", NULL};
    char country[4], sector[16];
    actor_code_parts(code, country, sector);
    return str_in(sector, civil);
}

static int verbal_attack(const parse *p, uint32_t v, const verb_coding *vc)
{
    static const char *const words[] = {"DISMISSING", "CALLING", "ACCUSING", "DESCRIBING", "BRANDING",
        "DENOUNCING", "LABELLING", "LABELING", "TERMING", "SLAMMING", "BLASTING", "CRITICISING",
        "CRITICIZING", "CONDEMNING", "RIDICULING", "MOCKING", NULL};
    static const char *const said[] = {"SAYING", "ARGUING", "CHARGING", "INSISTING", "CLAIMING", NULL};
    static const char *const attack[] = {"ATTACK", "ATTACKS", NULL};
    if (strncmp(vc->code, "19", 2) != 0 || v + 1 >= p->n_verbs)
        return 0;
    const verb_group *vg = &p->verbs[v];
    int by_person = vc->source >= 0 && (names_person(p, &p->groups[vc->source])
                                        || civil_sector(p->groups[vc->source].actors[0].code));
    int attacked = by_person && strncmp(p->t[vg->verb].up, "ATTACK", 6) == 0;
    uint32_t k = vg->verb_end;
    while (!attacked && k < vg->right && !str_in(p->t[k].up, attack))
        k++;
    if (!attacked && k == vg->right)
        return 0;
    const verb_group *next = &p->verbs[v + 1];
    const char *participle = p->t[next->verb].up;
    return !next->finite && next->first > 0 && strcmp(p->t[next->first - 1].up, ",") == 0
           && (str_in(participle, words) || (by_person && str_in(participle, said)))
           && next->first <= vg->right + 1;
}

/* Whether verb v is one of u's own conjoined verbs ("Russia said X and
 * attacked Y": the attack is Russia's, told by no one). */
static int conjunct_of(const parse *p, uint32_t u, uint32_t v)
{
    while (v > u && p->verbs[v].conjoined)
        v--;
    return v == u;
}

/* Whether transformation t applies to an act coded `code` of actor kind
 * `who` told by verb u.  An act with no actor of its own but the
 * speaker's ("wants to attack") fits a rule for none. */
static int transform_matches(const transform *t, const verb_group *u, int who, const char *code)
{
    int outer = 0, inner = 0;
    for (int i = 0; i < t->n_outer; i++)
        outer |= t->outer[i] == u->block;
    for (int i = 0; i < t->n_inner; i++)
        inner |= strncmp(code, t->inner[i], strlen(t->inner[i])) == 0;
    return outer && inner && (t->who == who || (t->who == TR_NONE && who == TR_SELF));
}

/* Whether a subordinate clause ("while", "when", "after"; "as" after a
 * comma: "warned the United States against joining the war, as Israeli
 * jets struck nuclear sites") opens between tokens from and to: what it
 * tells is not what was said. */
static int subordinate_between(const parse *p, uint32_t from, uint32_t to)
{
    static const char *const not_clauses[] = {"WELL", "PART", "SUCH", "MUCH", "MANY", "A", "AN", "OF", "IF",
                                              "USUAL", "EXPECTED", NULL};
    for (uint32_t k = from; k < to && k < p->n; k++) {
        if (p->t[k].tag == WC_SUBORD && strcmp(p->t[k].up, "THAT") != 0)
            return 1;
        if (k > from && strcmp(p->t[k].up, "AS") == 0 && strcmp(p->t[k - 1].up, ",") == 0 && k + 1 < to
            && !str_in(p->t[k + 1].up, not_clauses))
            return 1;
    }
    return 0;
}

/* Whether verb v tells what was said, not a relative clause ("bombings,
 * which killed 57") or a noun's modifier ("victims killed by the crash"). */
static int told_act(const parse *p, uint32_t v)
{
    const verb_group *vg = &p->verbs[v];
    if (vg->reduced || vg->modal != MODAL_NONE)
        return 0;
    /* "rebels fighting the regime": an -ing form after a noun modifies it;
     * after a comma it tells more of the clause ("..., killing five"). */
    if (!vg->finite && !vg->infinitive && vg->first > 0 && strcmp(p->t[vg->first - 1].up, ",") != 0)
        return 0;
    /* "a plot to fire rockets": an infinitive a common noun governs. */
    if (vg->infinitive && vg->first > 0 && p->tags && p->group_of[vg->first - 1] < 0
        && dyad_tag_is_noun(p->tags[vg->first - 1]))
        return 0;
    const token *before = vg->left > 0 ? &p->t[vg->left - 1] : NULL;
    /* (a "that" right after a verb opens what it says, whatever the
     * tagger made of it: "the EU insists that Iran ...") */
    return !(before && (!strcmp(before->up, "WHICH") || !strcmp(before->up, "WHO")
                        || (!strcmp(before->up, "THAT") && p->tags && p->tags[vg->left - 1] == TAG_WDT
                            && !(vg->left >= 2 && syntax_is_verb_at(p, vg->left - 2)))));
}

/* A news agency reports; what it says others did is no accusation.  (Its
 * first sector only: "a Taliban spokesman", AFGREBMED, speaks for the
 * Taliban.) */
static int is_media(const actor_group *g)
{
    char country[4], sector[16];
    actor_code_parts(g->actors[0].code, country, sector);
    return strcmp(sector, "MED") == 0;
}

/* The dictionaries' transformations (transform in dict.h): "Israel said
 * Hamas fired rockets" is Israel accusing Hamas, when the speaker comes
 * first.  "Hamas fired rockets, Israel said" is the narrator's report of
 * the attack, the speaker only its attribution.  Rewrites *vc (verb v) and
 * returns the governing verb, or -1 when none applies. */
static int32_t transform_told(const parse *p, uint32_t v, verb_coding *vc)
{
    const dyad_dicts *d = p->d;
    if (!vc->valid || !d->n_transforms || vc->compound || !told_act(p, v))
        return -1;
    /* An infinitive is told by the verb that governs it ("wants Putin to
     * attack"), not by one further back ("said it would help Indonesia
     * fight the haze"). */
    const verb_group *vg = &p->verbs[v];
    int governed = vg->infinitive || (p->tags && vg->first == vg->verb && p->tags[vg->verb] == TAG_VB);
    for (uint32_t u = v; u-- > 0 && !(governed && u + 1 < v);) {
        const verb_group *ug = &p->verbs[u];
        if (ug->block == NONE || ug->subject < 0 || ug->passive || ug->negated
            || p->groups[ug->subject].last > ug->first || conjunct_of(p, u, v) || is_media(&p->groups[ug->subject])
            || subordinate_between(p, ug->verb_end, vg->verb))
            continue;
        const actor_group *speaker = &p->groups[ug->subject];
        /* ("Iran fired missiles at Tel Aviv, Israel's military said,
         * wounding dozens": an act of one named before the speaker, told
         * after its verb, goes on with the clause the speaker attributes) */
        if (vc->source >= 0 && p->groups[vc->source].last <= speaker->first && vg->verb > ug->verb)
            continue;
        /* "Officials in Jammu said Indian troops traded fire": a speaker of
         * no known country may be on either side, and accuses no one; the
         * told act stays, attributed to them. */
        if (strncmp(speaker->actors[0].code, "---", 3) == 0)
            continue;
        int same = vc->source >= 0 && same_side(&p->groups[vc->source], speaker);
        int who = vc->source < 0 ? TR_NONE : same ? TR_SELF : TR_OTHER;
        for (uint32_t k = 0; k < d->n_transforms; k++) {
            const transform *t = &d->transforms[k];
            if (!transform_matches(t, ug, who, vc->code))
                continue;
            vc->target = who == TR_OTHER ? vc->source : vc->target;
            vc->source = ug->subject;
            snprintf(vc->code, sizeof vc->code, "%s", t->code);
            vc->code2[0] = 0;
            vc->pattern = t->text;
            vc->told_by = (int32_t)u;
            return (int32_t)u;
        }
    }
    return -1;
}

/* "Call" may ask someone to act ("called business people to play a
 * larger role"); "telephoned Sirleaf to congratulate her" is a call made
 * for a reason, no appeal. */
static int call_word(const token *t)
{
    return strncmp(t->up, "CALL", 4) == 0;
}

/* "called African business people to play a larger role": a call to do
 * something is an appeal (020), and "told Washington to stay clear" a
 * demand (100), also when the dictionaries do not know the verb (when
 * they do, code_verbs composes the two). */
static void call_to_do(const parse *p, const verb_group *vg, verb_coding *vc)
{
    if (!vc->valid || vc->target < 0 || !p->tags)
        return;
    int call = strcmp(vc->code, "041") == 0 && call_word(&p->t[vg->verb]);
    int told = strcmp(vc->code, "010") == 0 && str_in(p->t[vg->verb].up, tell_words)
               && p->groups[vc->target].first <= vg->verb_end + 1
               && !actor_code_has(p->groups[vc->target].actors[0].code, "MED");   /* ("told reporters to wait") */
    if (!call && !told)
        return;
    uint32_t k = p->groups[vc->target].last;
    if (k + 1 < p->n && strcmp(p->t[k].up, "TO") == 0 && p->tags[k + 1] == TAG_VB && !syntax_is_verb_at(p, k + 1))
        strcpy(vc->code, call ? "020" : "100");
}

/* Statements (01) and consultation (04). */
static int talk_code(const char *code)
{
    return code[0] == '0' && (code[1] == '1' || code[1] == '4');
}

/* Whether token k is a verb of demanding or appealing (CAMEO 10, 02): what
 * "demanding that they recognise Israel" asks for is not done. */
static int demanded(const parse *p, uint32_t k)
{
    static const char *const roots[] = {"10", "02", NULL};
    return syntax_verb_code_in(p, k, roots, 0);
}

/* "urged Germany to send troops", "called on the UN to send aid": the act
 * of an infinitive right after the one asked is asked for, not done.  When
 * the dictionaries know the verb of asking, code_verbs turns it into the
 * appeal; this catches the verbs they lack. */
static int asked_to_do(const parse *p, const verb_group *vg)
{
    if (vg->conjoined && vg > p->verbs && vg[-1].infinitive)
        return asked_to_do(p, vg - 1);
    if (!vg->infinitive || vg->first < 2 || p->group_of[vg->first - 1] < 0)
        return 0;
    const actor_group *g = &p->groups[p->group_of[vg->first - 1]];
    uint32_t k = g->first;
    if (k > 0 && strcmp(p->t[k - 1].up, "THE") == 0)
        k--;
    if (k == 0 || syntax_is_verb_at(p, k - 1))
        return 0;
    /* "the campaign for the junta to release Suu Kyi", "time for Iran to
     * cooperate": an act after "for" and its doer is wanted, not done. */
    if (g->in_pp && !strcmp(p->t[k - 1].up, "FOR"))
        return !(vg > p->verbs && (demanded(p, vg[-1].verb) || str_in(p->t[vg[-1].verb].up, call_words)
                                   || str_in(p->t[vg[-1].verb].up, ask_words)));
                                 /* ("called for X to resign": one appeal, coded by both) */
    if (g->in_pp)   /* only "called on X", "appealed to X" */
        return k >= 2 && (!strcmp(p->t[k - 1].up, "ON") || !strcmp(p->t[k - 1].up, "TO"))
               && str_in(p->t[k - 2].up, call_words) && !syntax_is_verb_at(p, k - 2);
    return str_in(p->t[k - 1].up, ask_words);
}

/* "denied on Tuesday that", "denied in a statement that": a denial stands
 * a short adverbial before the "that" of what it denies. */
static int denial_before_that(const parse *p, uint32_t that)
{
    for (uint32_t k = that; k-- > 0 && that - k <= 5;) {
        if (syntax_is_denial(&p->t[k]))
            return 1;
        if (p->t[k].tag == WC_PUNCT || syntax_is_verb_at(p, k))
            return 0;
    }
    return 0;
}

/* Whether token k ends the stretch of text a question may span: a full
 * stop, ";" or "!" after it, or (read backwards) its opening. */
static int question_bound(const parse *p, uint32_t k)
{
    const char *w = p->t[k].up;
    return strcmp(w, ".") == 0 || strcmp(w, ";") == 0 || strcmp(w, "!") == 0;
}

static int opens_question(const parse *p, uint32_t k)
{
    static const char *const marks[] = {",", ":", "(", "--", "\u2014", "\u2013", NULL};
    return question_bound(p, k) || (p->t[k].flags & TOK_QUOTE) || str_in(p->t[k].up, marks);
}

/* "Will Russia attack Ukraine?", "Did China send weapons to Russia?", "Is
 * Iran talking to the US?", "How can we negotiate with Hamas?": a question
 * that puts the verb's auxiliary first, or a modal after its question word,
 * asks whether the act is or will be done, and tells of none.  One that
 * opens with a question word and a tense presupposes the act ("Why did
 * Israel bomb the embassy?": it did), and "Russia attacked Ukraine, but
 * why?" tells it. */
static int asked_about(const parse *p, const verb_group *vg)
{
    static const char *const auxiliaries[] = {"WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY",
        "MIGHT", "MUST", "DO", "DOES", "DID", "IS", "ARE", "WAS", "WERE", "HAS", "HAVE", "HAD", NULL};
    static const char *const modals[] = {"WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT",
                                         "MUST", NULL};
    static const char *const question_words[] = {"WHY", "HOW", "WHEN", "WHERE", "WHAT", "WHO", "WHICH", NULL};
    static const char *const joins[] = {"AND", "BUT", "OR", "SO", "THEN", NULL};
    uint32_t end = vg->verb_end;
    while (end < p->n && !question_bound(p, end) && strcmp(p->t[end].up, "?") != 0)
        end++;
    if (end == p->n || strcmp(p->t[end].up, "?") != 0)
        return 0;
    uint32_t start = vg->first;
    while (start > 0 && !opens_question(p, start - 1))
        start--;
    while (start < vg->first && str_in(p->t[start].up, joins))
        start++;
    if (start >= vg->verb_end)
        return 0;
    /* (the auxiliary put first is the verb's own: "Have Gondor and Osgiliath
     * have renewed ties?" has a finite one of its own, and asks nothing) */
    for (uint32_t k = vg->first; k < vg->verb; k++)
        if (str_in(p->t[k].up, auxiliaries))
            return 0;
    if (str_in(p->t[start].up, auxiliaries))
        return 1;
    return start + 1 < vg->verb_end && str_in(p->t[start].up, question_words)
           && str_in(p->t[start + 1].up, modals);
}

/* Whether word k before "that" tells hearsay: a noun of it ("claims
 * that"), or its verb with no actor saying it ("the book claims that");
 * an actor's claim is its accusation (verbs-transforms.dyad), "Russia
 * claims that Ukraine attacked" RUS 112 UKR. */
static int hearsay_before_that(const parse *p, uint32_t k)
{
    const verb_group *claim = syntax_verb_at(p, k);
    return syntax_is_hearsay_noun(&p->t[k]) && !(claim && claim->subject >= 0);
}

/* "dismissed a report that it would sign", "denied claims that its forces
 * attacked", "denied that Russian troops had shelled the plant": what a
 * report, claim or rumour says, and what is denied, the sentence does not
 * assert. */
static int hearsay(const parse *p, const verb_group *vg)
{
    /* "rumours that Mongolia is preparing to receive refugees": so is what
     * a verb of the hearsay governs. */
    if ((vg->infinitive || vg->conjoined) && vg > p->verbs && hearsay(p, vg - 1))
        return 1;
    /* ("denied the allegation and called on Pakistan to act": a verb
     * joined to the denial is the denier's own next act) */
    if (vg->conjoined && vg > p->verbs && syntax_is_denial(&p->t[vg[-1].verb]))
        return 0;
    int relative = 0;
    for (uint32_t k = vg->first; k-- > 1 && vg->first - k <= 8;) {
        /* ("denied the Ethiopian forces planned to take Mogadishu": a denial
         * needs no "that", but "denied by Syria, which later was forced to
         * withdraw" denies nothing of the relative clause) */
        if (syntax_is_verb_at(p, k) && syntax_is_denial(&p->t[k]) && !relative
            && (k + 1 < vg->first || token_ends_with(&p->t[vg->verb], "ING")))
            return 1;                 /* (and "denied supplying drones") */
        relative |= p->t[k].tag == WC_SUBORD && strcmp(p->t[k].up, "THAT") != 0;
        if (p->t[k].tag == WC_PUNCT || syntax_is_verb_at(p, k))
            return 0;
        if (strcmp(p->t[k].up, "THAT") == 0)
            return hearsay_before_that(p, k - 1) || denial_before_that(p, k) || demanded(p, k - 1);
    }
    return 0;
}

/* "marked the 40th anniversary of establishing diplomatic ties", "marks
 * the 45th anniversary since China and Laos forged ties", "the anniversary
 * of Israel's shelling of a UN compound which killed 105 civilians": an
 * act whose anniversary is marked happened years before, not now. */
static int commemorated(const parse *p, const verb_group *vg)
{
    static const char *const since[] = {"OF", "SINCE", NULL};
    for (uint32_t k = vg->first; k-- > 1 && vg->first - k <= 14;) {
        if (!strcmp(p->t[k - 1].up, "ANNIVERSARY") && str_in(p->t[k].up, since))
            return 1;
        if ((p->t[k].tag == WC_PUNCT && strcmp(p->t[k].up, ",") != 0) || syntax_is_verb_at(p, k))
            return 0;
    }
    return 0;
}

/* "the US leader prepared to attend the Olympics": one getting ready to
 * meet, visit, cooperate or yield is about to, and the act keeps its code
 * as a future one does ("will attend"); "was prepared to" (willing) and
 * force prepared stay intentions. */
static int getting_ready(const parse *p, const verb_group *governor, const verb_coding *vc)
{
    static const char *const prepare[] = {"PREPARE", "PREPARES", "PREPARED", "PREPARING", NULL};
    if (governor->passive || governor->negated || !str_in(p->t[governor->verb].up, prepare))
        return 0;
    uint32_t k = governor->first;
    while (k > 0 && (p->t[k - 1].tag == WC_ADV || (p->t[k - 1].flags & TOK_QUOTE)))
        k--;                          /* (Germany is "prepared in principle" to send) */
    if (k > 0 && syntax_is_be(&p->t[k - 1]))
        return 0;
    const dyad_cameo_info *info = dyad_cameo_lookup(p->d, vc->code);
    return info && info->root >= 4 && info->root <= 8;
}

/* "Rebels expect to capture the city within days": one who expects to act
 * states an intention (03), tells no deed; "is expected to meet" and "the
 * leaders expected to attend" (a participle), the forecast of others, keep
 * the act (docs/coding.md, section 4). */
/* "Beijing hoped Washington would help Taiwan", "fears Russia will
 * attack": what one hopes or fears another will do, told by a modal in
 * the clause right after the verb, is not done. */
static int hoped_for(const parse *p, uint32_t v)
{
    static const char *const hope_words[] = {"HOPE", "HOPES", "HOPED", "HOPING", "WISH", "WISHES", "WISHED",
                                             "FEAR", "FEARS", "FEARED", "FEARING", NULL};
    const verb_group *vg = &p->verbs[v];
    if (v == 0 || !vg->modal || vg->infinitive)
        return 0;
    const verb_group *hv = &p->verbs[v - 1];
    if (!str_in(p->t[hv->verb].up, hope_words) || vg->first < hv->verb_end || vg->first > hv->verb_end + 10)
        return 0;
    for (uint32_t k = hv->verb_end; k < vg->first; k++)
        if (p->t[k].tag == WC_PUNCT)
            return 0;
    return 1;
}

/* Verbs of promising, planning and threatening an act their infinitive
 * names ("vowed to destroy Israel", "plans to meet"). */
static const char *const promise_words[] = {"VOW", "VOWS", "VOWED", "VOWING", "PLEDGE", "PLEDGES", "PLEDGED",
    "PLEDGING", "PROMISE", "PROMISES", "PROMISED", "PROMISING", "INTEND", "INTENDS", "INTENDED", "INTENDING",
    "PLAN", "PLANS", "PLANNED", "PLANNING", NULL};
static const char *const threaten_words[] = {"THREATEN", "THREATENS", "THREATENED", "THREATENING", NULL};

/* A promise, plan or threat the dictionaries leave uncoded (PETRARCH's
 * VOW is "---") still makes its infinitive an intention or a threat:
 * "Hamas has vowed to destroy Israel" is 138, not 190. */
static int uncoded_intent(const parse *p, const verb_group *governor, const verb_coding *gc)
{
    const char *w = p->t[governor->verb].up;
    return !gc->valid && !governor->negated && !governor->passive
           && (str_in(w, promise_words) || str_in(w, threaten_words));
}

static int expects_to(const parse *p, const verb_group *governor)
{
    return expect_verb(p, governor) && !governor->passive && !governor->negated && !governor->modal
           && !(p->tags && p->tags[governor->verb] == TAG_VBN);
}

/* "accused Angolan troops of attacking its villages": an accusation of
 * an act is the accusation of its kind (accusation_code), and the act,
 * only alleged, codes nothing of its own. */
static void accused_of(const parse *p, const verb_group *vg, verb_coding *prev, verb_coding *vc)
{
    if (!prev->valid || strcmp(prev->code, "112") != 0 || vg->first != vg->verb || vg->first == 0
        || strcmp(p->t[vg->first - 1].up, "OF") != 0 || !token_ends_with(&p->t[vg->verb], "ING"))
        return;
    const char *kind = vc->valid ? accusation_code(vc->code) : NULL;
    if (kind)
        snprintf(prev->code, sizeof prev->code, "%s", kind);
    vc->valid = 0;
}

/* "demanded Russia withdraw its troops": after a demand or an appeal (code
 * `asked`; or "insisted": said_must) and a name, a word the tagger takes
 * for a past tense that has no past form's shape (no -ed, not an
 * irregular past such as "withdrew") is the plain form.  (Elsewhere such
 * a word is as often a past tense WordNet lists no exception for:
 * "Armenia cut ties".) */
static int plain_form_tagged_past(const parse *p, uint32_t k)
{
    const token *t = &p->t[k];
    return k > 0 && (p->tags[k - 1] == TAG_NNP || p->tags[k - 1] == TAG_NNPS) && p->tags[k] == TAG_VBD
           && !token_ends_with(t, "ED") && !inflect_is_irregular_past(t->up, t->len);
}

static int plain_form_as_past(const parse *p, uint32_t k, const verb_coding *asked)
{
    return asked->valid && (!strncmp(asked->code, "10", 2) || !strncmp(asked->code, "02", 2))
           && plain_form_tagged_past(p, k);
}

/* "Russia said Ukraine must withdraw its troops": what one says another
 * must or should do (or insists they do) is demanded of them (CAMEO 10,
 * demand_code: 106), and the act, only required, codes nothing of its
 * own.  Not what the speaker says it must do itself ("said it must
 * defend itself"). */
static void said_must(const parse *p, uint32_t v, verb_coding *prev, verb_coding *vc)
{
    static const char *const must[] = {"MUST", "SHOULD", NULL};
    const verb_group *vg = &p->verbs[v], *ug = v > 0 ? &p->verbs[v - 1] : NULL;
    if (!ug || !prev->valid || !vc->valid || strcmp(prev->code, "010") != 0 || vg->inherited || vg->subject < 0
        || vg->subject == ug->subject || p->groups[vg->subject].in_pp)
        return;
    int obliged = 0;
    for (uint32_t k = vg->first; k < vg->verb && !obliged; k++)
        obliged = str_in(p->t[k].up, must);
    /* (and what one insists another do: "the EU insists that Iran
     * implement the resolution", a bare form with no auxiliary) */
    static const char *const insist[] = {"INSIST", "INSISTS", "INSISTED", "INSISTING", NULL};
    obliged |= str_in(p->t[ug->verb].up, insist) && p->tags && vg->first == vg->verb
               && (p->tags[vg->verb] == TAG_VB || plain_form_tagged_past(p, vg->verb));
    /* (the subject opens the said clause: "said Ukraine must", "said that
     * the United States should", "told Erdogan at the White House that
     * Turkey should") */
    uint32_t from = ug->verb_end;
    for (uint32_t k = ug->verb_end; k < vg->first; k++)
        if (strcmp(p->t[k].up, "THAT") == 0) {
            from = k + 1;
            break;
        }
    while (from < p->n && p->t[from].tag == WC_DET)
        from++;
    if (!obliged || p->groups[vg->subject].first != from)
        return;
    const char *demanded = demand_code(vc->code);
    snprintf(prev->code, sizeof prev->code, "%s", demanded ? demanded : "100");
    prev->code2[0] = 0;
    prev->target = vg->subject;
    vc->valid = 0;
}

/* "claimed responsibility for an attack that killed Kenyan soldiers",
 * "... for a bombing targeting the mall": the claimed act is told to say
 * whom the claim (015) is aimed at, and is the claim's, one event (as
 * "claimed that they had attacked" is). */
static int claimed_act(const parse *p, uint32_t v, const verb_coding *prev, const verb_coding *vc)
{
    if (v == 0 || !prev->valid || strcmp(prev->code, "015") != 0 || prev->target >= 0 || !vc->valid
        || vc->target < 0 || !violent(p, vc->code) || !p->tags)
        return 0;
    const verb_group *ug = &p->verbs[v - 1], *vg = &p->verbs[v];
    if (vg->subject >= 0 && vg->subject != ug->subject)
        return 0;
    int responsibility_for = 0;
    for (uint32_t k = ug->verb_end; k < vg->first; k++) {
        if (p->group_of[k] >= 0 || dyad_tag_is_verb(p->tags[k]))
            return 0;
        responsibility_for |= strcmp(p->t[k].up, "FOR") == 0;
    }
    return responsibility_for;
}

/* "Russia denied that it had attacked Ukraine", "denied its troops
 * shelled the town", "Iran denied supplying drones to Russia": a denial
 * (016) with no target of its own is aimed at whom the denied act would
 * have been done to, when that act is the denier's or its side's (as a
 * claim of responsibility is aimed: see claimed_act).  The act itself is
 * not asserted (hearsay). */
static void denied_act(const parse *p, uint32_t v, verb_coding *prev, const verb_coding *vc)
{
    if (v == 0 || !prev->valid || strcmp(prev->code, "016") != 0 || prev->target >= 0 || !vc->valid
        || vc->source < 0 || vc->target < 0 || null_code(vc->code))
        return;
    const verb_group *ug = &p->verbs[v - 1];
    if (ug->subject < 0 || !syntax_is_denial(&p->t[ug->verb]) || !hearsay(p, &p->verbs[v]))
        return;
    const actor_group *denier = &p->groups[ug->subject];
    if (same_side(&p->groups[vc->source], denier) && !same_side(&p->groups[vc->target], denier))
        prev->target = vc->target;
}

/* "Congo accuses Rwanda of backing the M23, a charge Kigali denies",
 * "Ukraine accused Russia of the attack, which Moscow denied": a denial or
 * rejection with no object named, by one an accusation (CAMEO 112) earlier
 * in the sentence was aimed at, denies it to the accuser (016).  done[]
 * holds the codings of the verbs before v. */
static void denied_accusation(const parse *p, uint32_t v, const verb_coding *done, verb_coding *vc)
{
    static const char *const rejections[] = {"REJECT", "REJECTS", "REJECTED", "REJECTING", "DISMISS", "DISMISSES",
        "DISMISSED", "DISMISSING", "REFUTE", "REFUTES", "REFUTED", "REFUTING", NULL};
    const token *verb = &p->t[p->verbs[v].verb];
    if (!vc->valid || vc->target >= 0 || vc->source < 0 || !(syntax_is_denial(verb) || str_in(verb->up, rejections)))
        return;
    for (uint32_t u = v; u-- > 0;) {
        const verb_coding *accusation = &done[u];
        if (accusation->valid && !strncmp(accusation->code, "112", 3) && accusation->target >= 0
            && accusation->source >= 0 && same_side(&p->groups[accusation->target], &p->groups[vc->source])) {
            vc->target = accusation->source;
            str_copy(vc->code, sizeof vc->code, "016");
            vc->code2[0] = 0;
            return;
        }
    }
}

/* "will lead a delegation to visit Russia", "sent an envoy to hold talks
 * with Iran": one who leads or sends a party to act acts through it; what
 * the party is to do is theirs, no appeal to the party. */
static int party_sent(const parse *p, uint32_t v)
{
    static const char *const lead_words[] = {"LEAD", "LEADS", "LED", "LEADING", "HEAD", "HEADS", "HEADED",
        "HEADING", NULL};
    static const char *const parties[] = {"DELEGATION", "DELEGATIONS", "TEAM", "TEAMS", "MISSION", "ENVOY",
        "ENVOYS", "EMISSARY", NULL};
    const verb_group *vg = &p->verbs[v];
    if (v == 0 || !vg->infinitive)
        return 0;
    const char *upper = p->t[p->verbs[v - 1].verb].up;
    if (!str_in(upper, lead_words) && !str_in(upper, send_words))
        return 0;
    for (uint32_t k = p->verbs[v - 1].verb_end; k < vg->first; k++)
        if (str_in(p->t[k].up, parties))
            return 1;
    return 0;
}

/* "took to the streets of Belgrade to protest against Vucic", "rallied in
 * Belgrade to protest against the war": a protest held somewhere against
 * someone is one protest; where it was held is no one asked to act. */
static int protest_purpose(const verb_coding *upper, const verb_coding *lower)
{
    return upper->valid && lower->valid && lower->target >= 0 && strncmp(upper->code, "14", 2) == 0
           && strncmp(lower->code, "14", 2) == 0;
}

/* "Putin met Xi Jinping and signed a gas deal", "Macron hosted Zelensky
 * and pledged more weapons": what one does with no one named right after
 * meeting, visiting or hosting someone (CAMEO 04) and cooperating (03,
 * 05-08: a pledge, an agreement, aid) is done with them. */
static void with_whom_met(const parse *p, uint32_t v, const verb_coding *prev, verb_coding *vc)
{
    const verb_group *vg = &p->verbs[v];
    if (v == 0 || !vg->conjoined || !vc->valid || vc->target >= 0 || vc->compound || !prev->valid || prev->compound
        || strncmp(prev->code, "04", 2) != 0 || prev->target < 0 || vc->code[0] != '0' || vc->code[1] < '3'
        || vc->code[1] > '8' || vc->code[1] == '4' || vg->subject != p->verbs[v - 1].subject)
        return;
    vc->target = prev->target;
}

/* "Pakistan accused India of an act of war and vowed to retaliate", "Iran
 * condemned Israel and vowed revenge": a threat with no one named, joined
 * to a blame or a rejection of someone by the same subject, is aimed at
 * them.  `head` is the verb the threat is told by (the vow, when the
 * threat is its infinitive). */
static void threat_after_blame(const parse *p, uint32_t head, const verb_coding *done, verb_coding *vc)
{
    if (!vc->valid || vc->target >= 0 || vc->compound || strncmp(vc->code, "13", 2) != 0 || head == 0
        || !p->verbs[head].conjoined || p->verbs[head].subject != p->verbs[head - 1].subject)
        return;
    const verb_coding *before = &done[head - 1];
    if (before->valid && before->target >= 0 && (!strncmp(before->code, "11", 2) || !strncmp(before->code, "12", 2)))
        vc->target = before->target;
}

/* "In a phone call with Mohammed bin Salman, Putin discussed oil prices",
 * "During talks with Xi in Beijing, Lula signed 20 agreements": what one
 * says or does in cooperation (CAMEO 01-08) with no one named, after an
 * opening phrase of talks with someone, is done with them. */
static void with_whom_talked(const parse *p, const verb_group *vg, verb_coding *vc)
{
    static const char *const talks[] = {"CALL", "CALLS", "TALKS", "MEETING", "MEETINGS", "CONVERSATION",
        "CONVERSATIONS", "DISCUSSIONS", "CONSULTATIONS", "SUMMIT", "VIDEOCONFERENCE", NULL};
    static const char *const openers[] = {"IN", "DURING", "AT", NULL};
    if (!vc->valid || vc->target >= 0 || vc->compound || vc->code[0] != '0' || vc->code[1] == '0'
        || vc->code[1] == '9' || vg->subject < 0 || vg->passive || vc->source != vg->subject)
        return;
    uint32_t s = p->groups[vg->subject].first;
    if (s < 4 || strcmp(p->t[s - 1].up, ",") != 0)
        return;
    int32_t g = p->group_of[s - 2];
    if (g >= 0 && p->groups[g].in_pp && p->groups[g].prep > 0 && place_object(p, &p->groups[g])
        && p->groups[g].last == s - 1) {
        s = p->groups[g].prep + 1;    /* ("with Xi in Beijing": the one before the place) */
        g = p->group_of[p->groups[g].prep - 1];
    }
    if (g < 0 || !p->groups[g].in_pp || p->groups[g].last != s - 1 || strcmp(p->t[p->groups[g].prep].up, "WITH") != 0)
        return;
    uint32_t k = p->groups[g].prep;
    if (k == 0 || !str_in(p->t[k - 1].up, talks))
        return;
    k--;                              /* (back over "a phone", "his", "their first") */
    while (k > 0 && k + 4 > p->groups[g].prep && p->t[k - 1].tag != WC_PREP && !(p->t[k - 1].flags & TOK_PUNCT))
        k--;
    if (k > 0 && str_in(p->t[k - 1].up, openers) && (k == 1 || (p->t[k - 2].flags & TOK_PUNCT))) {
        vc->target = g;
        /* (talks by telephone or video are 041: "In a phone call with
         * Erdogan, Putin discussed") */
        static const char *const remote[] = {"PHONE", "TELEPHONE", "CALL", "CALLS", "VIDEOCONFERENCE", NULL};
        for (uint32_t w = k; strcmp(vc->code, "040") == 0 && w < p->groups[g].prep; w++)
            if (str_in(p->t[w].up, remote))
                snprintf(vc->code, sizeof vc->code, "041");
    }
}

/* "Turkey detained the mayor of Istanbul, Ekrem Imamoglu, on Wednesday":
 * a role a name set off by commas right after it fills is that person,
 * whose own code (TUROPP) says more than the office's (TURGOV).  Returns
 * the person's group, or g. */
static int32_t person_apposed(const parse *p, int32_t g)
{
    if (g < 0)
        return g;
    const actor_group *role = &p->groups[g];
    uint32_t comma = role->last;
    if (!role->agent[0] || comma + 1 >= p->n || strcmp(p->t[comma].up, ",") != 0 || p->group_of[comma + 1] < 0)
        return g;
    int32_t named = p->group_of[comma + 1];
    const actor_group *person = &p->groups[named];
    uint32_t after = person->last;
    if (person->first != comma + 1 || person->n != 1 || role->n != 1
        || (after < p->n && strcmp(p->t[after].up, ",") != 0 && !(p->t[after].flags & TOK_PUNCT))
        || names_person(p, role) || !names_person(p, person))
        return g;
    char country[4], sector[16], own[4];
    actor_code_parts(role->actors[0].code, country, sector);
    actor_code_parts(person->actors[0].code, own, sector);
    return country[0] && strcmp(country, own) != 0 ? g : named;
}

/* "urged Thailand and Cambodia to show restraint and offered to mediate":
 * mediation (CAMEO 039, 045) that names no parties, told by a verb joined
 * to one before it of the same subject, is between those that verb was
 * aimed at.  `head` is the verb that tells the mediation (the intent verb
 * of a composed one); done[] holds the codings of the verbs before it. */
static void mediation_between_addressed(const parse *p, uint32_t head, const verb_coding *done, verb_coding *vc)
{
    static const char *const mediation[] = {"039", "045", NULL};
    if (!vc->valid || vc->target >= 0 || !str_in(vc->code, mediation) || head == 0 || !p->verbs[head].conjoined
        || p->verbs[head].subject < 0)
        return;
    for (uint32_t u = head; u-- > 0;)
        if (done[u].valid && done[u].target >= 0 && p->verbs[u].subject == p->verbs[head].subject) {
            vc->target = done[u].target;
            return;
        }
}

static void code_verbs(sentence_ctx *sc)
{
    const parse *p = sc->p;
    /* Codings are written once all are known: the next verb may compose
     * with or cancel the one before, a transformation one further back. */
    verb_coding *done = arena_alloc(sc->ctx->scratch, (p->n_verbs + 1) * sizeof *done);
    uint32_t consumed = 0;
    for (uint32_t v = 0; v < p->n_verbs; v++) {
        const verb_group *vg = &p->verbs[v];
        verb_coding none = {0}, *prev = v > 0 ? &done[v - 1] : &none;
        verb_coding vc;
        resolve_verb(p, vg, &vc);
        if (vc.valid) {
            vc.source = person_apposed(p, vc.source);
            vc.target = person_apposed(p, vc.target);
        }
        if (vc.valid && vc.target < 0 && strncmp(vc.code, "13", 2) == 0)
            vc.target = condition_subject(p, vg);   /* ("vowed to continue the war until Hamas is destroyed") */
        static const char *const answering[] = {"11", "13", "14", NULL};   /* (answered_subject) */
        if (vc.valid && vc.target < 0 && str_prefix_in(vc.code, answering))
            vc.target = answered_subject(p, vg);
        said_must(p, v, prev, &vc);
        apply_modality(p, v, &vc);
        denied_act(p, v, prev, &vc);
        denied_accusation(p, v, done, &vc);
        with_whom_met(p, v, prev, &vc);
        with_whom_talked(p, vg, &vc);
        if (hearsay(p, vg) || asked_about(p, vg) || commemorated(p, vg) || asked_to_do(p, vg) || syntax_names_what(p, vg) || (vc.valid && strncmp(vc.code, "03", 2) == 0 && to_become(p, vg)))
            vc.valid = 0;
        call_to_do(p, vg, &vc);
        int32_t teller = transform_told(p, v, &vc);
        if (teller >= 0) {
            done[teller].valid = 0;   /* one event replaces the teller's and the told act */
            done[v] = vc;
            continue;
        }
        if (vg->verb < consumed && !gerund_replaces_targetless(p, v, prev, &vc))
            vc.valid = 0;             /* "claimed that they had attacked": one event */
        if (claimed_act(p, v, prev, &vc)) {
            prev->target = vc.target;
            vc.valid = 0;
        }
        /* "asked Obama to help Iran": the help is asked for, not given; the
         * appeal is the event. */
        /* "helping militants join a group": a bare infinitive after an
         * object is caused or asked for, like one with "to". */
        /* (not after a passive, which takes "to": "Iraqi forces backed by
         * US air strikes retook the dam", "retook" tagged a present form;
         * nor after a verb of saying, which takes none: "Ukraine said its
         * drones struck a refinery", "struck" tagged a present form; but
         * "asked" and "insisted" do: "insisted Israel withdraw") */
        static const char *const mandative[] = {"ASKED", "ASKS", "INSISTED", "INSISTS", NULL};
        const token *vt = &p->t[vg->verb];
        int bare = !vg->infinitive && vg->first == vg->verb && p->tags
                   && (p->tags[vg->verb] == TAG_VB || p->tags[vg->verb] == TAG_VBP || plain_form_as_past(p, vg->verb, prev))
                   && !inflect_is_past_only(vt->up, vt->len)
                   && !(v > 0 && p->verbs[v - 1].passive)
                   && !(v > 0 && reporting_word(&p->t[p->verbs[v - 1].verb]) && !str_in(p->t[p->verbs[v - 1].verb].up, mandative));
        /* "to give a speech on US ties and meet with dissidents": a verb
         * joined to the one before is no infinitive governed by it. */
        int governed = v > 0 && !clause_between(p, &p->verbs[v - 1], vg);
        int sent_party = party_sent(p, v);
        if (governed && peacekeepers_sent(p, v, prev, &vc)) {
            snprintf(prev->code, sizeof prev->code, "074");
            prev->code2[0] = 0;
            vc.valid = 0;
        }
        /* ("agreed at a summit in Riga to send troops": an intention
         * where it was formed is no one's to do) */
        int intent = prev->valid && strncmp(prev->code, "03", 2) == 0;
        uint32_t cause = cause_of(p, vg);
        int caused = cause != NONE;
        if (caused)
            answer_prompted(p, v, cause, &vc);
        int own_forces = governed && !caused && vc.valid ? orders_own_forces(p, v) : 0;
        if (own_forces) {
            caused = 1;
            if (strncmp(p->groups[vg->subject].actors[0].code, "---", 3) == 0)
                vc.source = p->verbs[v - 1].subject;   /* ("ordered troops to": the orderer's) */
            /* (forces sent to help or support someone protect them: "sent
             * troops to help Mali", 074, as "sent troops to Mali") */
            if (own_forces == OWN_FORCES_SENT && strncmp(vc.code, "06", 2) != 0)
                snprintf(vc.code, sizeof vc.code, "074");
            /* (the aid their sending codes, one event: "sent military
             * advisers to assist": 072 to the one assisted) */
            if (own_forces == OWN_PEOPLE_SENT && prev->valid && vc.target >= 0) {
                if (strncmp(prev->code, "07", 2) == 0)
                    snprintf(vc.code, sizeof vc.code, "%s", prev->code);
                prev->valid = 0;
            }
        }
        if ((vg->infinitive || bare) && governed && !vg->conjoined && object_between(p, &p->verbs[v - 1], vg, !intent)
            && !caused && !owned_intent_infinitive(p, vg) && !(intent && partner_intent_infinitive(p, vg)) && !visit_purpose(p, v) && !protest_purpose(prev, &vc)
            && !sent_party) {
            /* "wants Putin to attack": an intention about someone else's
             * act is an appeal to them; "urged Russia to withdraw" an
             * appeal for what the infinitive codes. */
            if (prev->valid && strncmp(prev->code, "03", 2) == 0 && !prev->composed
                && !recipients_between(p, &p->verbs[v - 1], vg))
                strcpy(prev->code, "020");
            /* "called business people to play a larger role" is an appeal;
             * "called Putin to discuss Ukraine" stays a call. */
            /* ("called Putin to discuss Iran": a verb of talking, though
             * its topic codes nothing) */
            const char *told = vg->block != NONE ? p->d->verbs[vg->block].code : "";
            if (prev->valid && strcmp(prev->code, "041") == 0 && vg->infinitive && !talk_code(vc.code)
                && !talk_code(told) && call_word(&p->t[p->verbs[v - 1].verb]))
                strcpy(prev->code, "020");
            /* "told Ethiopia to pull out its troops" is a demand (not "told
             * AFP that they are ready to meet"). */
            if (prev->valid && strcmp(prev->code, "010") == 0 && told_to(p, &p->verbs[v - 1], vg))
                strcpy(prev->code, "100");
            /* ("ordered residents of northern Gaza to evacuate": aid with
             * no object is none asked for; they are to leave) */
            int no_aid = vc.valid && strncmp(vc.code, "07", 2) == 0 && !vg->passive && !object_after(p, vg);
            const char *asked = vc.valid && vg->infinitive && !no_aid ? appeal_code(vc.code) : NULL;
            if (prev->valid && strcmp(prev->code, "020") == 0 && asked)
                snprintf(prev->code, sizeof prev->code, "%s", asked);
            /* ("demanded Iran release the sailors", "demanded Israel to
             * withdraw": a demand for what the infinitive codes) */
            const char *demanded = vc.valid && !no_aid ? demand_code(vc.code) : NULL;
            if (prev->valid && strcmp(prev->code, "100") == 0 && demanded)
                snprintf(prev->code, sizeof prev->code, "%s", demanded);
            vc.valid = 0;
        }
        accused_of(p, vg, prev, &vc);
        verb_coding purpose = vc;
        if (!sent_party)
            noun_infinitive(p, vg, caused, &vc);
        else if (vc.source >= 0 && p->groups[vc.source].first >= p->verbs[v - 1].verb_end && p->verbs[v - 1].subject >= 0)
            vc.source = p->verbs[v - 1].subject;      /* (the party's act is its sender's) */
        if (!vc.valid && purpose.valid && v > 0)
            aid_purpose(p, vg, &purpose, prev);
        if (!vc.valid && v > 0)
            force_to_stop(p, vg, prev);
        if (vc.valid && (hoped_for(p, v) || topic_gerund(p, vg)))
            vc.valid = 0;
        if (vc.valid && visiting_title(p, vg))
            vc.valid = 0;
        /* "vetoed a UN resolution condemning Israel", "blocked a joint EU
         * statement condemning": what a text rejected would say, no one said */
        if (vc.valid && prev->valid && strncmp(prev->code, "12", 2) == 0 && !p->verbs[v - 1].negated
            && document_participle(p, vg))
            vc.valid = 0;
        if (vc.valid && verbal_attack(p, v, &vc))
            snprintf(vc.code, sizeof vc.code, "111");
        /* "were supposed to stop firing rockets": what stops is no act; and
         * "resisted taking a harder line on Iran" no rejection of Iran. */
        const char *before = vg->verb > 0 ? p->t[vg->verb - 1].up : "";
        /* ("to stop militants launching attacks": the one stopped between) */
        int32_t between = vg->verb > 0 ? p->group_of[vg->verb - 1] : -1;
        if (between >= 0 && p->groups[between].first > 0 && !p->groups[between].in_pp)
            before = p->t[p->groups[between].first - 1].up;
        /* ("is opposed to delivering weapons": the verb before "to") */
        int opposed = vg->verb > 1 && vg->first + 1 == vg->verb && strcmp(before, "TO") == 0
                      && str_in(p->t[vg->verb - 2].up, opposing_words);
        if (opposed)
            before = p->t[vg->verb - 2].up;
        int resisted = str_in(before, resist_words);
        if (token_ends_with(&p->t[vg->verb], "ING") && (vg->first == vg->verb || opposed)
            && (resisted || str_in(before, stop_words) || str_in(before, weigh_words) || prevented(p, vg->verb))) {
            vc.valid = 0;
            if (resisted && v > 0 && p->verbs[v - 1].verb_end == vg->verb
                && !(prev->target >= 0 && strcmp(prev->code, "016") == 0))
                prev->valid = 0;      /* (a denial aimed by denied_act stays) */
        }
        if (vc.valid && vc.target >= 0 && !place_object(p, &p->groups[vc.target])
            && token_ends_with(&p->t[vg->verb], "ING") && vg->first == vg->verb
            && (!strcmp(before, "TOWARDS") || !strcmp(before, "TOWARD")))
            aimed_at(p, v, &vc);
        /* "decided that it would not provide assistance to Iran": a decision
         * or intention is what its "that" clause codes, not an event of its
         * own */
        const verb_group *ug = v > 0 ? &p->verbs[v - 1] : NULL;
        if (ug && vc.valid && prev->valid && !prev->composed && strncmp(prev->code, "03", 2) == 0
            && ug->reach > ug->right && vg->verb < ug->reach
            && (prev->target < 0 || p->groups[prev->target].first >= ug->right))
            prev->valid = 0;          /* ("assured Putin that ...": Putin was assured) */
        if (vc.consumed > consumed)
            consumed = vc.consumed;
        /* "pledged to boost defence spending and to support Ukraine": an
         * infinitive joined to one that codes nothing is the intention of
         * the verb that governs that one (but "the two countries agreed to
         * extend cooperation and to ..." stays their agreement). */
        int32_t one = v >= 2 ? p->verbs[v - 2].subject : -1;
        if (vg->infinitive && vg->conjoined && one >= 0 && p->groups[one].n == 1 && !prev->valid
            && p->verbs[v - 1].infinitive && done[v - 2].valid && strncmp(done[v - 2].code, "03", 2) == 0)
            prev = &done[v - 2];
        /* An intent verb directly governing this infinitive: one composed
         * event replaces both. */
        /* "ruled out sending troops": an -ing form right after its verb is
         * governed as an infinitive is. */
        int gerund = v > 0 && p->verbs[v - 1].verb_end == vg->verb && vg->first == vg->verb
                     && token_ends_with(&p->t[vg->verb], "ING");
        /* "I cannot refuse to speak to him", "did not rule out sending
         * troops", "refused to rule out talks": a refusal denied says
         * neither that the act was refused nor that it was done. */
        if ((vg->infinitive || gerund) && governed && !prev->valid && strncmp(prev->code, "12", 2) == 0
            && (p->verbs[v - 1].negated || prev->denied))
            vc.valid = 0;
        if ((vg->infinitive || gerund) && governed && prev->valid && vc.valid && strncmp(prev->code, "12", 2) == 0
            && strncmp(vc.code, "12", 2) == 0 && !vg->negated && !p->verbs[v - 1].negated
            && !object_between(p, &p->verbs[v - 1], vg, 1)) {
            prev->valid = 0;
            vc.valid = 0;
            vc.denied = 1;
        }
        /* A refusal that codes no rejection (PETRARCH's REFUSE is "---",
         * our "decline" alone is 011) still refuses what its infinitive
         * names: "Iran refuses to recognize Israel" is a rejection (12), not
         * a recognition; a conflict act refused ("declined to attack")
         * codes nothing; "declined to comment" stays the verb's own. */
        if (vg->infinitive && governed && vc.valid && !p->verbs[v - 1].negated
            && !(prev->valid && strncmp(prev->code, "12", 2) == 0)
            && str_in(p->t[p->verbs[v - 1].verb].up, refuse_words))
            refused_act(prev, &vc, (int32_t)(v - 1));
        /* ("Moscow refused to allow British police to question him": an act
         * that codes nothing, refused, is a rejection of whom it would
         * have been done to, others of a named country; not "failed to",
         * and not one's own: "refused to send German troops") */
        if (vg->infinitive && governed && null_code(vc.code) && prev->valid && prev->target < 0
            && strncmp(prev->code, "12", 2) == 0 && !p->verbs[v - 1].negated
            && str_in(p->t[p->verbs[v - 1].verb].up, refuse_words) && p->verbs[v - 1].subject >= 0)
            prev->target = refused_one(p, vg, prev->code, &p->groups[p->verbs[v - 1].subject]);
        if ((vg->infinitive || gerund) && governed && prev->valid && strncmp(prev->code, "12", 2) == 0 && vc.valid
            && !object_between(p, &p->verbs[v - 1], vg, 1)) {
            /* "refused to back an EU motion": the refusal, aimed where the
             * refused act was. */
            char code[8], code2[8];
            snprintf(code, sizeof code, "%s", vc.code);
            if (!negate_code(code, code2))
                snprintf(code, sizeof code, "%s", prev->code);
            snprintf(vc.code, sizeof vc.code, "%s", code);
            vc.code2[0] = 0;
            vc.composed = 1;
            vc.dated_by = (int32_t)(v - 1);
            if (vc.target < 0)
                vc.target = prev->target;
            if (vc.source < 0)
                vc.source = prev->source;
            prev->valid = 0;
        } else if (vg->infinitive && governed && prev->valid && vc.valid && getting_ready(p, &p->verbs[v - 1], &vc)) {
            if (vc.target < 0)
                vc.target = prev->target;
            if (vc.source < 0)
                vc.source = prev->source;
            prev->valid = 0;
        } else if (vg->infinitive && governed && prev->valid && intends(p, &p->verbs[v - 1], vg, prev) && vc.valid) {
            char act[8];
            snprintf(act, sizeof act, "%s", vc.code);
            const char *composed = strncmp(prev->code, "13", 2) == 0 ? threat_code(act)
                                   : decided_sanction(p, &p->verbs[v - 1], act) ? act
                                                                                 : intent_code(act);
            /* ("reached an agreement to end the fighting": the noun made it
             * an intention already) */
            if (!composed && strncmp(act, "03", 2) == 0)
                composed = act;
            if (composed) {
                vc.composed = 1;
                vc.dated_by = (int32_t)(v - 1);
                snprintf(vc.code, sizeof vc.code, "%s", composed);
                vc.code2[0] = 0;
                /* ("Israel and the Palestinians reached an agreement to end
                 * the fighting": what a pair agreed on, each with the other) */
                if (vc.target < 0 && prev->compound)
                    vc.compound = 1;
                if (vc.target < 0)
                    vc.target = prev->target;
                if (vc.target < 0 && strncmp(composed, "13", 2) == 0)
                    vc.target = condition_subject(p, vg);
                if (vc.source < 0)
                    vc.source = prev->source;
            }
            prev->valid = 0;
        } else if (vg->infinitive && governed && vc.valid
                   && (expects_to(p, &p->verbs[v - 1]) || uncoded_intent(p, &p->verbs[v - 1], prev))) {
            const char *composed = str_in(p->t[p->verbs[v - 1].verb].up, threaten_words) ? threat_code(vc.code)
                                                                                         : intent_code(vc.code);
            vc.valid = composed != NULL;
            if (composed) {
                snprintf(vc.code, sizeof vc.code, "%s", composed);
                vc.code2[0] = 0;
                vc.composed = 1;
                vc.dated_by = (int32_t)(v - 1);
            }
        }
        uint32_t head = vc.composed && vc.dated_by >= 0 ? (uint32_t)vc.dated_by : v;
        threat_after_blame(p, head, done, &vc);
        mediation_between_addressed(p, head, done, &vc);
        /* ("..., killing ten soldiers": the participle's victims are those
         * the act before struck) */
        if (vc.valid && vc.target >= 0 && v > 0 && prev->valid && prev->target >= 0 && vg->inherited
            && (!vg->finite || vg->conjoined) && vg->subject == p->verbs[v - 1].subject && violent(p, vc.code)
            && violent(p, prev->code))
            vc.victims_of = prev->target;
        done[v] = vc;
    }
    for (uint32_t v = 0; v < p->n_verbs; v++)
        if (done[v].valid)
            emit_coding(sc, &p->verbs[done[v].told_by >= 0 ? (uint32_t)done[v].told_by : v], &done[v]);
}

/* Remembers a person named in full by tokens t[i, end). */
static void note_named(story_ctx *ctx, const token *t, uint32_t i, uint32_t end, const char *code)
{
    if (end - i < 2 || t[i].len >= 24 || t[end - 1].len >= 24)
        return;
    /* ("Jordan's King Abdullah II ... Abdullah said": a monarch is named
     * again without the number) */
    uint32_t last = syntax_is_regnal_number(&t[end - 1]) ? end - 2 : end - 1;
    for (size_t k = 0; k < ctx->n_named; k++) {
        struct named_person *np = &ctx->named[k];
        if (!strcmp(np->first, t[i].up) && !strcmp(np->last, t[last].up)) {
            snprintf(np->code, sizeof np->code, "%s", code);   /* the same person, today's code */
            return;
        }
        if (!strcmp(np->last, t[last].up) || !strcmp(np->first, t[i].up))
            np->code[0] = 0;          /* two people share a name: neither is meant alone */
    }
    if (ctx->n_named == sizeof ctx->named / sizeof ctx->named[0])
        return;
    struct named_person *np = &ctx->named[ctx->n_named++];
    snprintf(np->first, sizeof np->first, "%s", t[i].up);
    snprintf(np->last, sizeof np->last, "%s", t[last].up);
    snprintf(np->before_last, sizeof np->before_last, "%s", last > i && t[last - 1].len < 24 ? t[last - 1].up : "");
    snprintf(np->code, sizeof np->code, "%s", code);
}

/* Whether a person's first word is a Chinese, Korean or Vietnamese family
 * name, which such names put first and news uses alone ("Hu Jintao ... Hu
 * said", "Roh Moo-hyun ... Roh"); not those that are also English words
 * ("He", "Do", "Ban", "Moon"). */
static int family_name_first(const struct named_person *np)
{
    static const char *const family[] = {"LI", "WANG", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG",
        "ZHOU", "WU", "XU", "SUN", "HU", "ZHU", "GAO", "LIN", "GUO", "LUO", "LIANG", "ZHENG", "XIE",
        "TANG", "FENG", "DONG", "XIAO", "CHENG", "CAO", "YUAN", "DENG", "FU", "SHEN", "ZENG", "PENG",
        "JIANG", "CAI", "JIA", "DING", "WEI", "XUE", "YAN", "PAN", "DAI", "XIA", "ZHONG", "TIAN", "REN",
        "FAN", "FANG", "SHI", "YAO", "TAN", "LIAO", "ZOU", "XIONG", "QIAN", "QIAO", "WEN", "CUI", "MA",
        "KIM", "LEE", "PARK", "CHOI", "JUNG", "CHUNG", "KANG", "CHO", "YOON", "ROH", "CHUN", "KWON",
        "HWANG", "AHN", "SHIN", "HAN", "SONG", "YOO", "HONG", "NGUYEN", "TRAN", "PHAM", "HOANG", "PHAN",
        "VU", "DANG", "BUI", "NGO", "DUONG", NULL};
    return strcmp(np->first, np->last) != 0 && str_in(np->first, family);
}

/* The code of the person named before whom capitalised token t alone may
 * mean: the last name ("Musharraf"), either name after a title ("President
 * Hu"), or a family name that comes first ("Hu said"); NULL if none or if
 * two people share it. */
static const char *named_before(const story_ctx *ctx, const token *t, int titled)
{
    if (!(t->flags & TOK_CAP) || (t->flags & TOK_PUNCT) || t->tag != WC_OTHER)
        return NULL;
    const char *found = NULL;
    for (size_t k = 0; k < ctx->n_named; k++) {
        const struct named_person *np = &ctx->named[k];
        if (!strcmp(np->last, t->up) || ((titled || family_name_first(np)) && !strcmp(np->first, t->up))) {
            if (!np->code[0] || (found && strcmp(found, np->code) != 0))
                return NULL;
            found = np->code;
        }
    }
    return found;
}

/* The offices one person holds in a country, which news names by title
 * alone once it has named the holder: the length in tokens of the title at
 * t[i], 0 if none.  Its words, joined by blanks, go to key. */
static uint32_t title_at(const token *t, uint32_t n, uint32_t i, char key[24])
{
    static const char *const one_word[] = {"PRESIDENT", "KING", "QUEEN", "EMIR", "SULTAN", "PREMIER",
        "CHANCELLOR", "MONARCH", NULL};
    static const char *const before_minister[] = {"PRIME", "FOREIGN", "DEFENCE", "DEFENSE", "INTERIOR",
        "FINANCE", NULL};
    if (i + 1 < n && !strcmp(t[i + 1].up, "MINISTER") && str_in(t[i].up, before_minister)) {
        snprintf(key, 24, "%s MINISTER", t[i].up);
        return 2;
    }
    if (i + 1 < n && !strcmp(t[i].up, "CROWN") && !strcmp(t[i + 1].up, "PRINCE")) {
        snprintf(key, 24, "CROWN PRINCE");
        return 2;
    }
    if (str_in(t[i].up, one_word)) {
        snprintf(key, 24, "%s", t[i].up);
        return 1;
    }
    return 0;
}

/* Remembers the title right before (or opening) the name of a person whom
 * tokens t[i, end) name with `code`. */
static void note_titled(story_ctx *ctx, const token *t, uint32_t n, uint32_t i, uint32_t end, const char *code)
{
    char key[24];
    uint32_t len = 0;
    if (title_at(t, n, i, key) && i + 1 < end)
        len = 1;                      /* the dictionary's name holds it: "King Abdullah" */
    for (uint32_t back = 1; back <= 2 && !len && back <= i; back++)
        if (title_at(t, n, i - back, key) == back)
            len = back;
    if (!len)
        return;
    for (size_t k = 0; k < ctx->n_titled; k++) {
        struct titled_person *tp = &ctx->titled[k];
        if (!strcmp(tp->title, key)) {
            if (strcmp(tp->code, code) != 0)
                tp->code[0] = 0;      /* two people hold it: neither is meant alone */
            return;
        }
    }
    if (ctx->n_titled == sizeof ctx->titled / sizeof ctx->titled[0])
        return;
    struct titled_person *tp = &ctx->titled[ctx->n_titled++];
    snprintf(tp->title, sizeof tp->title, "%s", key);
    snprintf(tp->code, sizeof tp->code, "%s", code);
}

/* "the government", "the interim government", "the minority Liberal
 * government": "the" and at most two words before the group. */
static int the_before(const parse *p, const actor_group *ag)
{
    for (uint32_t k = ag->first; k > 0 && k + 3 > ag->first; k--) {
        const token *w = &p->t[k - 1];
        if (strcmp(w->up, "THE") == 0)
            return 1;
        /* (not "the four cabinet members": those are some of it) */
        if (w->tag != WC_OTHER || (w->flags & (TOK_PUNCT | TOK_NUM | TOK_POSS)) || p->group_of[k - 1] >= 0
            || (p->tags && p->tags[k - 1] == TAG_CD))
            return 0;
    }
    return 0;
}

/* The one country the story has named before the group, counting the
 * sentence's own groups before it ("Canada's New Democratic Party will
 * withdraw its support for the minority Liberal government"); NULL when
 * none or more than one. */
static const char *only_country_before(const story_ctx *ctx, const parse *p, const actor_group *ag,
                                       size_t countries_before)
{
    if (countries_before > 1)
        return NULL;
    const char *only = countries_before ? ctx->countries[0] : NULL;
    for (uint32_t g = 0; g < p->n_groups && p->groups[g].first < ag->first; g++)
        for (int k = 0; k < p->groups[g].n; k++) {
            char country[4], sector[16];
            actor_code_parts(p->groups[g].actors[k].code, country, sector);
            if (!country[0] || (only && strcmp(only, country) == 0))
                continue;
            if (only)
                return NULL;
            for (size_t i = 0; i < ctx->n_countries && !only; i++)
                if (strcmp(ctx->countries[i], country) == 0)
                    only = ctx->countries[i];
        }
    return only;
}

/* "Police clashed with youths", "security forces arrested 12 PKK
 * members": police with no article are the police of where the story
 * is (they act at home, unlike troops). */
static int local_police(const parse *p, const actor_group *ag)
{
    if (strcmp(ag->actors[0].code, "---COP") != 0)
        return 0;
    if (ag->first == 0)
        return 1;
    const token *before = &p->t[ag->first - 1];
    return (before->flags & TOK_PUNCT) || before->tag == WC_PREP || before->tag == WC_CONJ || strcmp(before->up, "THE") == 0;
}

/* Whether an actor code is a country's (not an organisation's): one of
 * "the two sides" (the EU monitors the crossing "the two sides" agreed on),
 * an owner "its" may stand for. */
static int state_code(const char *code)
{
    char country[4], sector[16];
    actor_code_parts(code, country, sector);
    return dyad_country_by_iso3(country) != NULL;
}

/* The country or person that owns a bare agent group (one agent, no
 * country), from what stands around it; NULL when nothing does.  The cases,
 * in order:
 * - "King Abdullah II ... The king urged Bush": "the" and a title alone is
 *   the one person the story gave it;
 * - "Kenya, whose government helped shape ...": an agent owned by "whose"
 *   is the actor's named right before it;
 * - "Britain has some 7,200 troops deployed in Iraq": an agent a country
 *   "has", a number between, is that country's;
 * - "Iran rejected the plan. Its foreign ministry said": an agent owned by
 *   "its" opening a sentence is the state's that opened the sentence before;
 * - "Fiji's leaders agreed ... The parliament will vote": in a story whose
 *   sentences before named one country only, "the" state institution (or
 *   "the president" alone, one office) is that country's (not people: "the ministers" at a summit, "the envoy"
 *   or "the delegates" are as often from elsewhere). */
static const char *bare_agent_owner(const story_ctx *ctx, const parse *p, const actor_group *ag,
                                    size_t countries_before, const char *last_opener, int *person)
{
    static const char *const quantity[] = {"SOME", "ABOUT", "AROUND", "MORE", "THAN", "NEARLY", "OVER",
        "ALMOST", "UP", "TO", "ROUGHLY", "APPROXIMATELY", "AN", "ESTIMATED", NULL};
    static const char *const have[] = {"HAS", "HAVE", "HAD", NULL};
    static const char *const institutions[] = {"GOVERNMENT", "ARMY", "MILITARY", "POLICE", "PARLIAMENT",
        "LEGISLATURE", "COURT", "JUDICIARY", "CABINET", "REGIME", "JUNTA", "SENATE",
        "MINISTRY", NULL};
    const token *t = p->t;
    int the = ag->first > 0 && strcmp(t[ag->first - 1].up, "THE") == 0;
    char key[24];
    *person = the && title_at(t, p->n, ag->first, key) == ag->last - ag->first;
    for (size_t k = 0; *person && k < ctx->n_titled; k++)
        if (!strcmp(ctx->titled[k].title, key) && ctx->titled[k].code[0])
            return ctx->titled[k].code;
    *person = 0;
    /* (adjectives between: "whose conservative government") */
    uint32_t k = ag->first;
    while (k > 0 && t[k - 1].tag == WC_OTHER && !(t[k - 1].flags & (TOK_CAP | TOK_PUNCT)) && k + 3 > ag->first)
        k--;
    if (k == 1 && ag->owner_pronoun && strcmp(t[0].up, "ITS") == 0)
        return state_code(last_opener) ? last_opener : NULL;
    int32_t owner = -1;
    if (k >= 2 && strcmp(t[k - 1].up, "WHOSE") == 0)
        owner = p->group_of[k >= 3 && t[k - 2].up[0] == ',' ? k - 3 : k - 2];
    /* (a number and words of quantity between: "has more than 7,000") */
    uint32_t numbers = 0;
    for (k = ag->first; owner < 0 && !ag->in_pp && k > 0 && k + 5 > ag->first
                        && ((t[k - 1].flags & TOK_NUM) || str_in(t[k - 1].up, quantity));)
        numbers += (t[--k].flags & TOK_NUM) != 0;
    if (owner < 0 && numbers && k >= 2 && str_in(t[k - 1].up, have) && p->group_of[k - 2] >= 0
        && !p->groups[p->group_of[k - 2]].in_pp)
        owner = p->group_of[k - 2];
    if (owner >= 0)
        return p->groups[owner].n == 1 ? p->groups[owner].actors[0].code : NULL;
    if (the_before(p, ag) && str_in(t[ag->last - 1].up, institutions))
        return only_country_before(ctx, p, ag, countries_before);
    /* (the president with no word between: "the FCD president", "the
     * woman president" of an association are someone else's; "the
     * president and prime minister" are both the country's) */
    if (ag->first > 0 && strcmp(t[ag->first - 1].up, "THE") == 0
        && (ag->last == ag->first + 1 || strcmp(t[ag->first + 1].up, "AND") == 0)
        && strcmp(t[ag->first].up, "PRESIDENT") == 0)
        return only_country_before(ctx, p, ag, countries_before);
    if (local_police(p, ag))
        return only_country_before(ctx, p, ag, countries_before);
    return NULL;
}

/* Gives each bare agent group the owner bare_agent_owner finds: a title's
 * holder is the owner's whole code, an owning country prefixes the agent's. */
static void own_bare_agents(const story_ctx *ctx, parse *p, size_t countries_before, const char *last_opener)
{
    for (uint32_t g = 0; g < p->n_groups; g++) {
        actor_group *ag = &p->groups[g];
        /* (a compound of bare agents, "the president and prime minister",
         * takes one country for all; a title's holder is one person) */
        int bare = ag->n >= 1;
        for (int k = 0; k < ag->n; k++)
            bare &= strncmp(ag->actors[k].code, "---", 3) == 0;
        if (!bare)
            continue;
        int person;
        const char *owner = bare_agent_owner(ctx, p, ag, countries_before, last_opener, &person);
        if (person && ag->n == 1)
            snprintf(ag->actors[0].code, sizeof ag->actors[0].code, "%s", owner);
        else if (owner && !person)
            for (int k = 0; k < ag->n; k++)
                adopt_owner(&ag->actors[k], owner);
    }
}

/* "Critics of President Mobutu attacked the government", "Opponents of
 * Rwanda's Senate protested": the leader or state body after "opponents
 * of" or "critics of" stands for them (find_subject), and they are that
 * country's opposition, not its government. */
static void opponents_of_state(parse *p)
{
    static const char *const opponents[] = {"OPPONENTS", "CRITICS", NULL};
    static const char *const state[] = {"GOV", "LEG", "JUD", NULL};
    for (uint32_t g = 0; g < p->n_groups; g++) {
        actor_group *ag = &p->groups[g];
        if (ag->n != 1 || !ag->in_pp || ag->prep == 0 || strcmp(p->t[ag->prep].up, "OF") != 0
            || !str_in(p->t[ag->prep - 1].up, opponents))
            continue;
        char country[4], sector[16];
        actor_code_parts(ag->actors[0].code, country, sector);
        if (dyad_country_by_iso3(country) && str_prefix_in(sector, state))
            snprintf(ag->actors[0].code, sizeof ag->actors[0].code, "%sOPP", country);
    }
}

/* "Forces loyal to Khalifa Haftar", "fighters loyal to the Syrian
 * government": armed men of no country named as loyal to someone are
 * theirs; loyal to a state's government or army they are its forces,
 * to a state named alone they are its armed men of the kind named.
 * (Loyalty told only of armed men: "supporters loyal to" a leader are
 * often no one's forces.) */
static void loyal_forces(parse *p)
{
    static const char *const armed[] = {"---MIL", "---REB", "---UAF", NULL};
    static const char *const state[] = {"GOV", "MIL", NULL};
    for (uint32_t g = 0; g + 1 < p->n_groups; g++) {
        actor_group *ag = &p->groups[g];
        const actor_group *lord = &p->groups[g + 1];
        uint32_t k = ag->last;
        if (ag->n != 1 || !str_in(ag->actors[0].code, armed) || k + 2 >= p->n || strcmp(p->t[k].up, "LOYAL") != 0
            || strcmp(p->t[k + 1].up, "TO") != 0 || lord->n != 1 || lord->first > k + 3)
            continue;
        char country[4], sector[16];
        actor_code_parts(lord->actors[0].code, country, sector);
        int of_state = dyad_country_by_iso3(country) != NULL;
        if (of_state && str_prefix_in(sector, state))
            snprintf(ag->actors[0].code, sizeof ag->actors[0].code, "%sMIL", country);
        else if (of_state && !sector[0])   /* ("militias loyal to Iran": IRNUAF) */
            memcpy(ag->actors[0].code, country, 3);
        else if (strncmp(lord->actors[0].code, "---", 3) != 0)
            memcpy(ag->actors[0].code, lord->actors[0].code, sizeof ag->actors[0].code);
    }
}

/* Whether a group of p other than `skip`, or a sentence of the story before
 * (its first countries_before countries), names country c. */
static int country_named(const story_ctx *ctx, const parse *p, size_t countries_before, uint32_t skip,
                         const char *c)
{
    for (size_t i = 0; i < countries_before; i++)
        if (!strcmp(ctx->countries[i], c))
            return 1;
    for (uint32_t g = 0; g < p->n_groups; g++)
        for (int k = 0; k < p->groups[g].n && g != skip; k++)
            if (!strncmp(p->groups[g].actors[k].code, c, 3))
                return 1;
    return 0;
}

/* Whether the tokens of group g are the words of `name`, upper case. */
static int group_words(const parse *p, const actor_group *g, const char *const *name)
{
    uint32_t k = g->first;
    for (; name[k - g->first]; k++)
        if (k >= g->last || strcmp(p->t[k].up, name[k - g->first]) != 0)
            return 0;
    return k == g->last;
}

/* A legislature two countries call by one name: the dictionaries file "the
 * House of Commons" under Britain, and it is Canada's in a story that has
 * named Canada and not Britain ("Harper told the House of Commons"). */
static void shared_legislature(const story_ctx *ctx, parse *p, size_t countries_before)
{
    static const char *const commons[] = {"HOUSE", "OF", "COMMONS", NULL};
    for (uint32_t g = 0; g < p->n_groups; g++) {
        actor_group *ag = &p->groups[g];
        if (ag->n == 1 && !strcmp(ag->actors[0].code, "GBRLEG") && group_words(p, ag, commons)
            && country_named(ctx, p, countries_before, g, "CAN")
            && !country_named(ctx, p, countries_before, g, "GBR"))
            memcpy(ag->actors[0].code, "CAN", 3);
    }
}

static int punctuation_between(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to; k++)
        if (p->t[k].flags & TOK_PUNCT)
            return 1;
    return 0;
}

/* "the US government and the Congress", "Chirac and the government": in a
 * compound, a state institution named with no country right after "and"
 * (or "and the") and a state actor of a country (no list before) is that
 * country's.  Not "Blair and other leaders", nor "Indian troops and
 * rebels" (words between, or a side of its own), nor "the Ethiopians and
 * government forces" (a people, not its state). */
static void own_conjoined_agents(parse *p)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "LEG", "JUD", NULL};
    for (uint32_t g = 0; g < p->n_groups; g++) {
        actor_group *ag = &p->groups[g];
        for (int i = 1; i < ag->n; i++) {
            actor_ref *r = &ag->actors[i];
            const actor_ref *before = &ag->actors[i - 1];
            char country[4], sector[16], own_country[4], own_sector[16];
            actor_code_parts(before->code, country, sector);
            actor_code_parts(r->code, own_country, own_sector);
            sector[3] = '\0';
            uint32_t k = r->first;
            if (k > 0 && strcmp(p->t[k - 1].up, "THE") == 0)
                k--;
            if (strncmp(r->code, "---", 3) == 0 && str_in(own_sector, state) && country[0]
                && str_in(sector, state) && k > before->last
                && strcmp(p->t[k - 1].up, "AND") == 0 && !punctuation_between(p, ag->first, k - 1))
                adopt_owner(r, before->code);
        }
    }
}

/* "European leaders, including French President Emmanuel Macron and German
 * Chancellor Friedrich Merz, spoke with Zelensky": a group of no side or
 * of a region (EURGOV), followed by ", including" and members of it each
 * of a side, is those members wherever it stands in the clause. */
static void members_included(parse *p)
{
    for (uint32_t g = 0; g < p->n_groups; g++) {
        actor_group *ag = &p->groups[g];
        uint32_t k = ag->last;
        int regional = !strncmp(ag->actors[0].code, "---", 3) || actor_code_is_region(ag->actors[0].code);
        if (ag->n != 1 || !regional || k + 2 >= p->n
            || strcmp(p->t[k].up, ",") != 0 || strcmp(p->t[k + 1].up, "INCLUDING") != 0)
            continue;
        int32_t h = p->group_at[k + 2];
        if (h < 0 || !p->groups[h].in_pp)
            continue;
        const actor_group *members = &p->groups[h];
        int sided = 1;
        for (int i = 0; i < members->n; i++)
            sided &= strncmp(members->actors[i].code, "---", 3) != 0;
        if (!sided)
            continue;
        memcpy(ag->actors, members->actors, sizeof ag->actors);
        ag->n = members->n;
    }
}

static int is_he_or_she(const token *t)
{
    return t->tag == WC_PRON && dyad_attrib_is_pronoun(t->up, strlen(t->up));
}

/* "On Monday, he accused Russia", "Later he met", "Speaking to reporters,
 * he said": a "he" or "she" at token i > 0 that opens the main clause
 * after an opening phrase (of a preposition, an adverb, a subordinator
 * or a participle, with no quotation in it), as one opening the sentence
 * does.  Whether the phrase names anyone, the caller tells. */
static int he_after_opener(const token *t, uint32_t n, uint32_t i)
{
    if (i == 0 || i >= n || i > 16 || !is_he_or_she(&t[i]))
        return 0;
    const token *first = &t[0];
    if (i == 1)
        return first->tag == WC_CONJ || first->tag == WC_ADV;
    int opener = first->tag == WC_PREP || first->tag == WC_ADV || first->tag == WC_SUBORD
                 || token_ends_with(first, "ING") || token_ends_with(first, "ED");
    if (!opener || strcmp(t[i - 1].up, ",") != 0)
        return 0;
    /* ("Developing ties serves both peoples, he said": what he said) */
    if (i + 2 < n && t[i + 1].tag == WC_REPORT && (t[i + 2].flags & TOK_PUNCT))
        return 0;
    for (uint32_t k = 0; k < i; k++)
        if (t[k].flags & TOK_QUOTE)
            return 0;
    return 1;
}

/* ------------------------------------------------------- "the two sides" */

enum { PAIR_NONE, PAIR_SIDES, PAIR_COUNTRIES, PAIR_LEADERS };

/* "the two sides", "both (the) countries", "the two leaders" at token i: the
 * kind of pair named, and *end past it; PAIR_NONE when none is, or when it
 * owns something ("the two countries' business organizations"). */
static int pair_phrase_at(const char *text, const token *t, uint32_t n, uint32_t i, uint32_t *end)
{
    static const char *const sides[] = {"SIDES", NULL};
    static const char *const countries[] = {"COUNTRIES", "NATIONS", "STATES", "NEIGHBOURS", "NEIGHBORS", NULL};
    static const char *const leaders[] = {"LEADERS", "PRESIDENTS", "GOVERNMENTS", "PREMIERS", NULL};
    uint32_t k = i;
    if (k + 1 < n && !strcmp(t[k].up, "THE") && !strcmp(t[k + 1].up, "TWO"))
        k += 2;
    else if (k < n && !strcmp(t[k].up, "BOTH"))
        k += k + 1 < n && !strcmp(t[k + 1].up, "THE") ? 2 : 1;   /* ("both the countries") */
    else
        return PAIR_NONE;
    if (k >= n)
        return PAIR_NONE;
    /* (the tokens leave out a plural's possessive mark: the text has it) */
    const char *after = text + t[k].end;
    if ((k + 1 < n && (t[k + 1].flags & TOK_POSS)) || after[0] == '\'' || !strncmp(after, "\xe2\x80\x99", 3))
        return PAIR_NONE;
    *end = k + 1;
    return str_in(t[k].up, sides) ? PAIR_SIDES : str_in(t[k].up, countries) ? PAIR_COUNTRIES
           : str_in(t[k].up, leaders) ? PAIR_LEADERS : PAIR_NONE;
}

/* Words that count a crowd: "Thousands protested" (protesting_crowds). */
static const char *const crowd_words[] = {"THOUSANDS", "HUNDREDS", "DOZENS", "SCORES", "MILLIONS", NULL};

/* Every crowd word is a plural of six letters or more: the length and the
 * last letter turn most tokens away before the list is read (this runs on
 * every token of every sentence). */
static int is_crowd_word(const token *t)
{
    return t->len >= 6 && t->up[t->len - 1] == 'S' && str_in(t->up, crowd_words);
}

/* Whether the sentence names a place that is not one of its actors'
 * names.  The first place found may be the actor ("Russia bombed
 * Kharkiv": Russia is a place too), so the search goes on past it. */
static int names_unnamed_place(story_ctx *ctx, const token *t, uint32_t n, const uint8_t *named)
{
    size_t begin = t[0].begin, end = t[n - 1].end;
    dyad_place place;
    size_t pb, pe;
    while (begin < end && context_find_place(ctx, begin, end, &place, &pb, &pe)) {
        int actor_name = 0;
        for (uint32_t k = 0; k < n && !actor_name; k++)
            actor_name = t[k].begin >= begin + pb && t[k].end <= begin + pe && named[k];
        if (!actor_name)
            return 1;
        begin += pe;
    }
    return 0;
}

static const char *const armed_group_words[] = {"GROUP", "MOVEMENT", "MILITIA", "ORGANISATION", "ORGANIZATION", NULL};

/* Whether sentence t opens "The group" soon after an armed group was
 * named (armed_group_again): an actor for worth_parsing. */
static int group_word_again(const story_ctx *ctx, const token *t, uint32_t n)
{
    return n >= 3 && ctx->last_armed[0] && ctx->sentence_no - ctx->last_armed_sentence <= 2
           && ctx->sentence_no != ctx->last_armed_sentence && !strcmp(t[0].up, "THE") && str_in(t[1].up, armed_group_words);
}

/* Nouns of force, besides the attacks of syntax_is_attack_noun, that a later
 * sentence names again ("Russia struck Kyiv overnight. Zelensky condemned
 * the killings"; "Chinese warships surrounded Taiwan in drills. Taipei
 * condemned the exercises"). */
static const char *const force_nouns[] = {"KILLING", "KILLINGS", "ASSASSINATION", "MASSACRE", "AMBUSH", "INVASION",
                                          "DRILLS", "EXERCISES", "MANOEUVRES", "MANEUVERS", NULL};

/* Nouns of what one says or decides that a later sentence names again,
 * for others to answer ("Ukraine proposed a ceasefire. The Kremlin
 * rejected the proposal"; "Pelosi visited Taiwan. China condemned the
 * visit"). */
static const char *const act_nouns[] = {"PROPOSAL", "PROPOSALS", "OFFER", "INITIATIVE", "STATEMENT", "REMARKS",
                                        "COMMENTS", "ANNOUNCEMENT", "DECISION", "MOVE", "ACCUSATION", "ACCUSATIONS",
                                        "ALLEGATION", "ALLEGATIONS", "CLAIM", "CLAIMS", "DEMAND", "DEMANDS",
                                        "ULTIMATUM", "DECREE", "VISIT", "TRIP", "THREAT", "THREATS", "SANCTIONS",
                                        "TARIFFS", "TARIFF", "BAN", "RESTRICTIONS", "PLAN", "RESOLUTION", NULL};

/* Whether `who` was noted by one of the `within` sentences before the one
 * being coded (note_force, worth_parsing).  An act is answered right after
 * it is told: a sentence between may tell who did it ("The ultimatum,
 * imposed by Kabila, ..."); force is often told on for a sentence. */
static int noted_recently(const story_ctx *ctx, const char *who, int sentence, int within)
{
    int gap = ctx->sentence_no - sentence;
    return who[0] && gap >= 1 && gap <= within;
}

static int force_noun(const token *t)
{
    return syntax_is_attack_noun(t) || str_in(t->up, force_nouns);
}

static int act_noun(const token *t)
{
    return str_in(t->up, act_nouns);
}

/* Whether t[i] opens "the attack", "this latest strike", "Sunday's
 * bombing", "the proposal": what is told of again, an actor for
 * worth_parsing when its doer was noted recently.  Returns the token of
 * its noun, or 0. */
static uint32_t named_again(const token *t, uint32_t n, uint32_t i, int (*noun)(const token *))
{
    static const char *const determiners[] = {"THE", "THIS", "THAT", "THESE", "THOSE", NULL};
    if (!(str_in(t[i].up, determiners) || (i > 0 && (t[i].flags & TOK_POSS))))
        return 0;
    for (uint32_t k = i + 1; k <= i + 3 && k < n; k++) {
        if (noun(&t[k]))
            return k;
        if (t[k].tag != WC_OTHER || (t[k].flags & TOK_CAP))
            return 0;
    }
    return 0;
}

/* The person named last is now `code`, named in the sentence being coded. */
static void name_last_person(story_ctx *ctx, const char *code)
{
    snprintf(ctx->last_person, sizeof ctx->last_person, "%s", code);
    ctx->last_person_sentence = ctx->sentence_no;
}

/* Whether an object "him" or "her" in the sentence being coded, which
 * names no one, may be last_person (object_pronoun). */
static int object_pronoun_may_be(const story_ctx *ctx, const char *last_person)
{
    return last_person[0] && !ctx->persons_named && ctx->sentence_no - ctx->last_person_sentence <= 1;
}

/* Whether the one person the sentence being coded names is someone else
 * than the person the sentence before named (he_before), whom an object
 * "him" of that person may then mean ("Putin arrived in New Delhi. Modi
 * welcomed him at the airport": add_pronoun_actors). */
static int other_person_before(const story_ctx *ctx)
{
    return ctx->persons_named == 1 && ctx->he_before[0] && ctx->sentence_no - ctx->he_before_sentence <= 1
           && strcmp(ctx->he_before, ctx->last_person) != 0;
}

/* Whether a name at t[i] opens its sentence ("Russia", "The Kremlin"). */
static int opens_at(const token *t, uint32_t i)
{
    return i == 0 || (i == 1 && !strcmp(t[0].up, "THE"));
}

/* Whether the words from `from` to `to` are all capitalised: a title
 * between a country and its official ("US House Speaker Nancy Pelosi"). */
static int titles_between(const token *t, uint32_t from, uint32_t to)
{
    if (from == 0 || to < from || to - from > 4)
        return 0;
    for (uint32_t k = from; k < to; k++)
        if (!(t[k].flags & TOK_CAP) || !(t[k].flags & TOK_WORD))
            return 0;
    return 1;
}

/* An event needs two actors, or one and a pronoun that stands for one: most
 * sentences of the news name fewer, and need no parse.  A story discard is
 * still noticed here, and so is the last person named (ctx->last_person).
 * What the dictionaries name from each token looked at goes in matched[].
 * A sentence discard spares the parse too, found as actors_find would find
 * it: while this walk reads the names that walk reads (until a pair phrase
 * is skipped or a name may be shortened), a discard it meets is one
 * actors_find would meet. */
static int worth_parsing(story_ctx *ctx, const token *t, uint32_t n, uint8_t *named, token_match *matched)
{
    int mentions = 0, pronoun = 0, him = 0, country = 0, person_seen = 0, walk_differs = 0, discarded = 0;
    const char *codes[4];             /* the actors named, for the story's countries */
    size_t n_codes = 0;
    /* ("He also met Foreign Minister Kasuri. He said ...": a sentence that
     * opens with "he" has its first person already, whoever it names next) */
    if (n > 0 && ctx->last_person[0] && is_he_or_she(&t[0])) {
        person_seen = 1;
        ctx->last_person_sentence = ctx->sentence_no;
    }
    char opener[sizeof ctx->last_opener] = "";
    uint32_t author_end = 0;          /* (the opener "US", then "US House Speaker Nancy Pelosi") */
    int force_before = noted_recently(ctx, ctx->last_force, ctx->last_force_sentence, 2);
    int author_before = noted_recently(ctx, ctx->last_author, ctx->last_author_sentence, 1);
    for (uint32_t i = 0; i < n; i++) {
        /* (the verbs' phrases found in the same walk, for the parse) */
        static const int wants[2] = {WANT_MENTION, WANT_VERB};
        uint32_t found[2], ends[2];
        dict_match_two(ctx->d, t, n, i, wants, found, ends);
        matched[i] = (token_match){1, found[0], ends[0], found[1], ends[1]};
        uint32_t node = found[0], end = ends[0];
        uint32_t pair_end;
        if (ctx->pair[0][0] && pair_phrase_at(ctx->story->text, t, n, i, &pair_end) != PAIR_NONE) {
            mentions += 2;            /* "the two sides" */
            i = pair_end - 1;
            walk_differs = 1;
            continue;
        }
        if (node == NONE) {
            pronoun |= t[i].tag == WC_PRON && (!strcmp(t[i].up, "WE") || !strcmp(t[i].up, "I"));
            pronoun |= i == 0 && ctx->last_person[0] && is_he_or_she(&t[i]);
            if (n_codes == 0 && !person_seen && ctx->last_person[0] && he_after_opener(t, n, i)) {
                pronoun = person_seen = 1;
                ctx->last_person_sentence = ctx->sentence_no;
            }
            him |= !strcmp(t[i].up, "HIM") || !strcmp(t[i].up, "HER");
            pronoun |= i == 0 && ctx->last_opener[0] && !strcmp(t[i].up, "IT");
            pronoun |= i == 1 && group_word_again(ctx, t, n);
            pronoun |= force_before && named_again(t, n, i, force_noun) != 0;
            pronoun |= author_before && named_again(t, n, i, act_noun) != 0;
            /* ("Abu Rudeineh, meanwhile, demanded ... He also demanded": a
             * person named again by one name to open a sentence is the last
             * person named; one named further on is more often an object) */
            mentions += actors_owner_prefix(ctx->d, &t[i]) != NONE;   /* "a US-owned ship" */
            mentions += is_crowd_word(&t[i]);   /* may be protesters */
            const char *named = named_before(ctx, &t[i], i > 0);
            if (named) {
                mentions++;
                if (i <= 1 && !person_seen++)
                    name_last_person(ctx, named);
            }
            continue;
        }
        if (ctx->d->nodes[node].story_discard && dict_discard_at(ctx->d, node, t, n, i, end)) {
            ctx->story_discarded = 1;
            return 0;
        }
        mentions++;
        walk_differs |= actors_may_shorten(ctx->d, t, i, node, end);
        discarded |= !walk_differs && actors_discard_kind(ctx->d, t, n, i, node, end) == 1;
        uint32_t actor = ctx->d->nodes[node].actor;
        if (actor != NONE || ctx->d->nodes[node].agent != NONE)
            syntax_mark_named(named, t, i, end);
        if (actor != NONE) {
            const char *code = dict_actor_code(ctx->d, actor, ctx->date);
            if (code && n_codes < sizeof codes / sizeof codes[0])
                codes[n_codes++] = code;
            if (!country) {
                char c[4], sector[16];
                actor_code_parts(code ? code : "", c, sector);
                country = c[0] != 0;
            }
            if (code && armed_group(code) && !dict_actor_is_person(ctx->d, actor)) {
                snprintf(ctx->last_armed, sizeof ctx->last_armed, "%s", code);
                ctx->last_armed_sentence = ctx->sentence_no;
            }
            if (code && dict_actor_is_person(ctx->d, actor)) {
                if (!person_seen++)
                    name_last_person(ctx, code);
                note_named(ctx, t, i, end, code);
                note_titled(ctx, t, n, i, end, code);
            } else if (code && opens_at(t, i)) {
                snprintf(opener, sizeof opener, "%s", code);
            }
            if (code && (n_codes == 1 ? opens_at(t, i)
                                      : n_codes == 2 && dict_actor_is_person(ctx->d, actor)
                                            && titles_between(t, author_end, i))) {
                snprintf(ctx->last_author, sizeof ctx->last_author, "%s", code);
                ctx->last_author_sentence = ctx->sentence_no;
                author_end = end;
            }
        }
        i = end - 1;
    }
    memcpy(ctx->last_opener, opener, sizeof opener);
    ctx->persons_named = person_seen;
    pronoun |= him && (object_pronoun_may_be(ctx, ctx->last_person) || other_person_before(ctx));
    int worth = mentions >= 2 || (mentions == 1 && pronoun);
    /* ("Israeli jets struck the port of Hodeidah": one actor and a place
     * the dictionaries do not name, which may be the target of force, a
     * retreat or a visit; not the actor's own name: "Indiana shot 37
     * percent from the field") */
    if (!worth && mentions == 1 && n > 0)
        worth = names_unnamed_place(ctx, t, n, named);
    if (!worth && country)
        ctx->country_sentences++;     /* names a country, cannot give an event */
    /* ("Fighting flared in Sudan. The army said its jets bombed the rebels":
     * a sentence with no event still says which countries the story is of) */
    for (size_t k = 0; !worth && k < n_codes; k++)
        context_note_country(ctx, codes[k]);
    return worth && !discarded;
}

/* Adds group g to the parse, over its tokens (which moves p->groups). */
static void append_group(story_ctx *ctx, parse *p, const actor_group *g)
{
    actor_group *v = arena_alloc_unset(ctx->scratch, (p->n_groups + 1) * sizeof *v);
    if (p->n_groups)
        memcpy(v, p->groups, p->n_groups * sizeof *v);
    v[p->n_groups] = *g;
    p->groups = v;
    p->cap_groups = p->n_groups + 1;
    p->group_at[g->first] = (int32_t)p->n_groups;
    for (uint32_t k = g->first; k < g->last; k++)
        p->group_of[k] = (int32_t)p->n_groups;
    p->n_groups++;
}

/* An actor group of tokens [first, last) the dictionaries left out,
 * standing for `code`. */
static void add_group(story_ctx *ctx, parse *p, uint32_t first, uint32_t last, const char *code)
{
    actor_group g;
    memset(&g, 0, sizeof g);
    g.first = first;
    g.last = last;
    g.n = 1;
    g.prep = NONE;
    snprintf(g.actors[0].code, sizeof g.actors[0].code, "%s", code);
    g.actors[0].first = first;
    g.actors[0].last = last;
    append_group(ctx, p, &g);
}

/* A one-token actor group for pronoun token i, standing for `code`. */
static void add_pronoun_group(story_ctx *ctx, parse *p, uint32_t i, const char *code)
{
    add_group(ctx, p, i, i + 1, code);
}

/* Whether actor group g is a bare armed group's anaphor: "the" and words
 * for one that name no country ("the militant group", "the terror group",
 * "the militants"; "the Palestinian group" is one of many).  Opening the
 * sentence, any role word of fighters will do ("The rebels said"); further
 * on, "the rebels" as often means others. */
static int bare_armed_anaphor(const parse *p, const actor_group *g)
{
    static const char *const heads[] = {"GROUP", "MOVEMENT", "MILITIA", "ORGANISATION", "ORGANIZATION", "MILITANTS",
                                        NULL};
    return g->n == 1 && g->first > 0 && strcmp(p->t[g->first - 1].up, "THE") == 0
           && strncmp(g->actors[0].code, "---", 3) == 0 && armed_group(g->actors[0].code)
           && (g->first == 1 || str_in(p->t[g->last - 1].up, heads));
}

/* "Hamas said ... The group said its militants fired", "al-Shabaab ... The
 * militants attacked", "its campaign against Islamic State ... against the
 * militant group that has seized parts of Iraq": a bare armed group with
 * "the" is the armed group named last before it, in its sentence or in one
 * of the two sentences before (further back, the words as often mean
 * fighters the story never named).  "The group" opening a sentence, or
 * right after a verb of saying, is one even with no agent word. */
static void armed_group_again(story_ctx *ctx, parse *p, const char *armed, int named_in)
{
    const char *before = ctx->sentence_no - named_in <= 2 && ctx->sentence_no != named_in ? armed : "";
    for (uint32_t i = 0; i < p->n; i++) {
        /* ("A Houthi spokesman said the group launched a missile"; no
         * actor after it: "the group Hamas") */
        if (before[0] && (i == 0 || p->t[i - 1].tag == WC_REPORT) && i + 2 < p->n && strcmp(p->t[i].up, "THE") == 0
            && p->group_of[i + 1] < 0 && str_in(p->t[i + 1].up, armed_group_words) && p->group_of[i + 2] < 0)
            add_group(ctx, p, i + 1, i + 2, before);
        int32_t g = p->group_at[i];
        if (g < 0)
            continue;
        actor_ref *a = &p->groups[g].actors[0];
        if (bare_armed_anaphor(p, &p->groups[g]) && before[0])
            snprintf(a->code, sizeof a->code, "%s", before);
        else if (p->groups[g].n == 1 && strncmp(a->code, "---", 3) != 0 && armed_group(a->code))
            before = a->code;
    }
}

/* "The strike, one of the deadliest this year, drew condemnation from
 * European leaders": force named again opening the sentence, before a verb
 * of drawing a reaction, is whom the reaction is to. */
static int draws_reaction(const parse *p, uint32_t noun)
{
    static const char *const drawing[] = {"DREW", "DRAWS", "DRAWN", "SPARKED", "SPARKS", "PROVOKED", "PROVOKES",
        "TRIGGERED", "TRIGGERS", "EARNED", "ATTRACTED", "INCURRED", NULL};
    for (uint32_t v = 0; v < p->n_verbs; v++)
        if (p->verbs[v].verb > noun)
            return str_in(p->t[p->verbs[v].verb].up, drawing);
    return 0;
}

/* "Russian missiles struck Kyiv overnight. Zelensky condemned the attack":
 * force named again right after a verb, in a sentence that names no one of
 * the doer's country, is the doer's, there to be disapproved of
 * (emit_events); so is an act named again ("Ukraine proposed a ceasefire.
 * The Kremlin rejected the proposal") right after a verb that answers it
 * ("took the initiative" does not: its initiative is no one's before). */
static void named_again_groups(story_ctx *ctx, parse *p, const char *doer, int kind)
{
    for (uint32_t g = 0; g < p->n_groups; g++)
        if (strncmp(p->groups[g].actors[0].code, doer, 3) == 0)
            return;
    for (uint32_t i = 0; i < p->n; i++) {
        uint32_t noun = named_again(p->t, p->n, i, kind == NAMED_FORCE ? force_noun : act_noun);
        /* ("condemned Sunday's attack"; not "Russia's attack") */
        uint32_t first = (p->t[i].flags & TOK_POSS) && i > 0 ? i - 1 : i;
        int opening = first == 0 && kind == NAMED_FORCE && noun && draws_reaction(p, noun);
        if (noun && (first > 0 || opening) && p->group_of[first] < 0 && p->group_of[noun] < 0
            && (opening || (syntax_is_verb_at(p, first - 1) && p->t[first - 1].tag != WC_REPORT
                            && (kind == NAMED_FORCE || syntax_verb_code_in(p, first - 1, act_answers, 0))))) {
            add_group(ctx, p, first, noun + 1, doer);
            p->groups[p->n_groups - 1].named_again = (uint8_t)kind;
        }
    }
}

/* "Thousands protested in Belgrade", "Hundreds of people rallied": a crowd
 * counted by a quantity word alone, right before a protest verb the
 * dictionaries know (or a verb whose infinitive is one), is protesters
 * (---OPP, as "protesters" is: the place where they protest gives the
 * country). */
static void protesting_crowds(story_ctx *ctx, parse *p)
{
    static const char *const protest[] = {"14", NULL};
    for (uint32_t v = 0; v < p->n_verbs; v++) {
        uint32_t k = p->verbs[v].first;
        if (k >= 3 && strcmp(p->t[k - 1].up, "PEOPLE") == 0 && strcmp(p->t[k - 2].up, "OF") == 0)
            k -= 2;                   /* "thousands of people" */
        /* ("took to the streets to protest": the infinitive says it) */
        int protesting = syntax_verb_code_in(p, p->verbs[v].verb, protest, 0)
                         || (v + 1 < p->n_verbs && p->verbs[v + 1].infinitive
                             && syntax_verb_code_in(p, p->verbs[v + 1].verb, protest, 0));
        if (k == 0 || !is_crowd_word(&p->t[k - 1]) || p->group_of[k - 1] >= 0
            || p->group_of[p->verbs[v].first - 1] >= 0 || !protesting)
            continue;
        add_group(ctx, p, k - 1, p->verbs[v].first, "---OPP");
    }
}

/* The code one of the pair has as the phrase names it: a country as it
 * is ("the two countries"), its government ("the two leaders"). */
static void pair_member(const char *code, int kind, char out[24])
{
    char country[4], sector[16];
    actor_code_parts(code, country, sector);
    if (kind == PAIR_COUNTRIES)
        snprintf(out, 24, "%s", country);
    else if (kind == PAIR_LEADERS && !sector[0])
        snprintf(out, 24, "%sGOV", country);
    else
        snprintf(out, 24, "%s", code);
}

/* Whether group g is where something is or happens ("in Iraq", "at the
 * border"), not a party. */
static int where_group(const parse *p, const actor_group *g)
{
    static const char *const where[] = {"IN", "AT", "ON", "NEAR", "INSIDE", "ACROSS", "AROUND", "THROUGHOUT", NULL};
    return g->in_pp && g->prep < p->n && str_in(p->t[g->prep].up, where);
}

/* The two countries a sentence names before token `before`, when it
 * names two and no more ("During a meeting with Museveni, Hu said ... the
 * two countries share mutual trust": the two are these, whatever the story
 * told before): returns how many it names (up to 3), and the first actor
 * of each of the two in pair.  Places do not count ("discussed violence in
 * Iraq"). */
static int sentence_pair(const parse *p, uint32_t before, char pair[2][24])
{
    int found = 0;
    for (uint32_t g = 0; g < p->n_groups; g++) {
        const actor_group *ag = &p->groups[g];
        if (ag->first >= before || where_group(p, ag))
            continue;
        for (int a = 0; a < ag->n; a++) {
            const char *code = ag->actors[a].code;
            if (!state_code(code) || (found >= 1 && !strncmp(pair[0], code, 3))
                || (found == 2 && !strncmp(pair[1], code, 3)))
                continue;
            if (found == 2)
                return 3;
            snprintf(pair[found++], 24, "%s", code);
        }
    }
    return found;
}

/* "China, Pakistan's closest ally, urged both sides to exercise restraint":
 * whether the pair phrase at token i is the object of the first verb of the
 * sentence, whose subject opening it is one of the two countries the
 * sentence names (two[]): that one speaks to the sides, and is none. */
static int urged_by_one_of(const parse *p, uint32_t i, char two[2][24])
{
    if (i == 0 || !syntax_is_verb_at(p, i - 1) || p->t[i - 1].tag == WC_REPORT)
        return 0;
    const actor_group *opener = opening_group(p);
    if (!opener || syntax_verb_in(p, opener->last, i - 1))
        return 0;
    const char *code = opener->actors[0].code;
    return !strncmp(code, two[0], 3) || !strncmp(code, two[1], 3);
}

/* Which two "the two sides" at token i means: the two countries the
 * sentence names before it, else those of the last event between two
 * countries the story told, unless the sentence named another before
 * (but one whose verb has the pair for object is a third party: "Egypt's
 * foreign minister called on both sides to respect the deal"; not "Aso
 * said the two nations agreed"). */
static int which_pair(const story_ctx *ctx, const parse *p, uint32_t i, char two[2][24])
{
    int named = sentence_pair(p, i, two);
    if (named == 2 && !urged_by_one_of(p, i, two))
        return 1;
    if (named == 3 || !ctx->pair[0][0])
        return 0;
    if (named == 1 && strncmp(two[0], ctx->pair[0], 3) && strncmp(two[0], ctx->pair[1], 3)
        && !(i > 0 && syntax_is_verb_at(p, i - 1) && p->t[i - 1].tag != WC_REPORT))
        return 0;
    memcpy(two, ctx->pair, sizeof ctx->pair);
    return 1;
}

/* "Hu met Koizumi on Monday. The two sides agreed to ...": the two sides,
 * countries or leaders (which_pair) as a compound group of the two; an
 * agent group the phrase already made ("the two leaders": ---GOV) gives
 * way to it.  Not after a preposition that makes them owners or a place
 * ("officials from the two countries", "radicals on both sides", "a date
 * proper for both sides"), unless it is the verb's own ("called on both
 * sides"). */
static void add_pair_groups(story_ctx *ctx, parse *p)
{
    static const char *const not_parties[] = {"FROM", "OF", "ON", "IN", "AT", "FOR", NULL};
    for (uint32_t i = 0; i < p->n; i++) {
        uint32_t end;
        char two[2][24];
        int kind = pair_phrase_at(ctx->story->text, p->t, p->n, i, &end);
        if (kind == PAIR_NONE || (i > 0 && str_in(p->t[i - 1].up, not_parties) && !syntax_is_verb_at(p, i - 1))
            || !which_pair(ctx, p, i, two))
            continue;
        int32_t g = p->group_of[end - 1];
        if (g >= 0 && !(p->groups[g].n == 1 && !strncmp(p->groups[g].actors[0].code, "---", 3)))
            continue;
        actor_group pair;
        memset(&pair, 0, sizeof pair);
        if (g >= 0)
            pair = p->groups[g];
        else {
            pair.first = i;
            pair.last = end;
            pair.prep = NONE;
            if (i > 0 && p->t[i - 1].tag == WC_PREP) {
                pair.in_pp = 1;
                pair.prep = i - 1;
            }
        }
        pair.n = 2;
        for (int k = 0; k < 2; k++) {
            pair_member(two[k], kind, pair.actors[k].code);
            pair.actors[k].first = i;
            pair.actors[k].last = end;
        }
        if (g >= 0)
            p->groups[g] = pair;
        else
            append_group(ctx, p, &pair);
        i = end - 1;
    }
}

/* After a sentence is coded: its last event between two countries is the
 * pair "the two sides" of the next sentences mean. */
static void note_pair(story_ctx *ctx, size_t events_before)
{
    for (size_t e = ctx->n_events; e-- > events_before;) {
        const dyad_event *ev = &ctx->events[e];
        if (ev->has_target && state_code(ev->source.code) && state_code(ev->target.code)
            && strncmp(ev->source.code, ev->target.code, 3) != 0) {
            snprintf(ctx->pair[0], sizeof ctx->pair[0], "%s", ev->source.code);
            snprintf(ctx->pair[1], sizeof ctx->pair[1], "%s", ev->target.code);
            return;
        }
    }
}

/* The source of the last event of force the sentence coded (CAMEO 18-20,
 * or shown: 15), of a known country or group: whom its attack or its
 * drills named again mean. */
static void note_force(story_ctx *ctx, size_t events_before)
{
    for (size_t e = ctx->n_events; e-- > events_before;) {
        const dyad_event *ev = &ctx->events[e];
        if ((ev->root >= 18 || ev->root == 15) && strncmp(ev->source.code, "---", 3) != 0) {
            snprintf(ctx->last_force, sizeof ctx->last_force, "%s", ev->source.code);
            ctx->last_force_sentence = ctx->sentence_no;
            return;
        }
    }
}

/* "Israel said a mortar bomb was fired at it": "it" after a preposition,
 * in what a country or an organisation says, is the speaker.  Returns the
 * speaker's group or -1. */
static int32_t it_speaker(const parse *p, uint32_t i)
{
    if (i < 3 || strcmp(p->t[i].up, "IT") != 0 || p->t[i - 1].tag != WC_PREP)
        return -1;
    for (uint32_t k = i - 1; k-- > 1;) {
        const token *t = &p->t[k];
        if (!reporting_word(t))
            continue;
        int32_t g = p->group_of[k - 1];
        if (g < 0 || p->groups[g].n != 1 || p->groups[g].in_pp || names_person(p, &p->groups[g]))
            return -1;
        return g;
    }
    return -1;
}

/* "The Philippines said Chinese vessels rammed one of its ships", "Iran
 * said Israel struck its nuclear facilities": "its" before a ship, a plane,
 * a facility or a post (a word or two between), that the verb before it
 * harms (CAMEO 17-20, or a verb only its patterns code: "ram"), is no
 * belonging of the one doing the harm.  (One's own ships are withdrawn or
 * sent, not attacked.) */
static int harmed_belonging(const parse *p, uint32_t i)
{
    static const char *const belongings[] = {"SHIP", "SHIPS", "VESSEL", "VESSELS", "BOAT", "BOATS", "AIRCRAFT",
        "PLANE", "PLANES", "FACILITY", "FACILITIES", "PLANT", "PLANTS", "INFRASTRUCTURE", "OUTPOST", "OUTPOSTS",
        "POSITIONS", "DIPLOMATS", "CONSULATE", NULL};
    static const char *const harm[] = {"17", "18", "19", "20", "---", NULL};
    uint32_t noun = i + 1;
    while (noun < i + 3 && noun + 1 < p->n && p->tags && (p->tags[noun] == TAG_JJ || p->tags[noun] == TAG_NN)
           && !str_in(p->t[noun].up, belongings))
        noun++;
    if (!str_in(p->t[noun].up, belongings))
        return 0;
    const verb_group *harmer = NULL;
    for (uint32_t v = 0; v < p->n_verbs && p->verbs[v].verb_end <= i; v++)
        harmer = &p->verbs[v];
    return harmer && !harmer->passive && harmer->block != NONE
           && str_prefix_in(p->d->verbs[harmer->block].code, harm);
}

/* "Estonia said Russian jets entered its airspace", "Poland shot down
 * drones that violated its airspace": "its" before a state's territory,
 * where another country's actor acts on it, is the state that opens the
 * sentence (not the nearest actor, who would violate its own borders; not
 * "fired rockets from its territory", which is the firer's).  Returns that
 * group or -1. */
static int32_t territory_owner(const parse *p, uint32_t i)
{
    static const char *const territory[] = {"AIRSPACE", "TERRITORY", "TERRITORIAL", "SOIL", "WATERS", "BORDER",
                                            "BORDERS", "EMBASSY", NULL};
    if (i < 3 || i + 1 >= p->n || strcmp(p->t[i].up, "ITS") != 0 || !strcmp(p->t[i - 1].up, "FROM")
        || !(str_in(p->t[i + 1].up, territory) || harmed_belonging(p, i)))
        return -1;
    int32_t first = -1, nearest = -1;
    for (uint32_t g = 0; g < p->n_groups; g++) {
        if (p->groups[g].last > i)
            continue;
        if (first < 0 || p->groups[g].first < p->groups[first].first)
            first = (int32_t)g;
        if (nearest < 0 || p->groups[g].first > p->groups[nearest].first)
            nearest = (int32_t)g;
    }
    if (first < 0 || first == nearest)
        return -1;
    const actor_group *owner = &p->groups[first];
    char country[4], sector[16], other[4];
    actor_code_parts(owner->actors[0].code, country, sector);
    actor_code_parts(p->groups[nearest].actors[0].code, other, sector);
    if (owner->n != 1 || owner->in_pp || owner->first > 1 || !state_code(owner->actors[0].code)
        || !other[0] || !strcmp(country, other))
        return -1;
    return first;
}

/* Whether the "It" opening a sentence acts: an active verb the
 * dictionaries know comes within a few words ("It has also frequently
 * accused", "It did, however, agree"), not "It was highly appreciated",
 * "It could have been better had ...". */
static int it_acts(const parse *p)
{
    if (p->n_verbs == 0)
        return 0;
    const verb_group *vg = &p->verbs[0];
    if (vg->block == NONE || vg->passive || vg->first > 6)
        return 0;
    for (uint32_t k = 1; k < vg->first; k++)
        if (syntax_is_be(&p->t[k]) || !strcmp(p->t[k].up, "'S")
            || (p->t[k].tag == WC_OTHER && !(p->t[k].flags & TOK_PUNCT) && !(p->tags && p->tags[k] == TAG_RB)))
            return 0;
    return 1;
}

/* The one object "him" or "her" outside quotations in the sentence of p,
 * with no name the dictionaries do not know and no "he" before it
 * ("Donaldson ... told RTE that British intelligence had begun paying
 * him": a name no dictionary knows may be a person's; "At first he was
 * surrounded by troops who were protecting him": "he" is whom it means);
 * NONE when there is none or two. */
static uint32_t lone_object_pronoun(story_ctx *ctx, const parse *p)
{
    if (!p->tags)
        return NONE;
    uint32_t found = NONE;
    for (uint32_t i = 1; i < p->n; i++) {
        int object = !strcmp(p->t[i].up, "HIM") || (!strcmp(p->t[i].up, "HER") && !possessive_her(p, i));
        if (!object || p->group_of[i] >= 0 || p->t[i].in_quote || context_speaker_code(ctx, p->t[i].begin))
            continue;
        if (found != NONE)
            return NONE;
        found = i;
    }
    for (uint32_t k = 0; found != NONE && k < found; k++)
        if ((p->tags[k] == TAG_NNP && p->group_of[k] < 0) || is_he_or_she(&p->t[k]))
            return NONE;
    return found;
}

/* "Maduro ... Washington accused him of drug trafficking": "him" or "her"
 * as an object, in a sentence that names no one (so opens with no "he"),
 * is the person the sentence before named (last_person), as a reader
 * takes it, when one other actor is named, who acts on them.  A person
 * named in the sentence may be whom it means (who that is, the Phoenix
 * dictionaries do not tell apart from a state), and a person named further
 * back may have been followed by others never named ("a man"); in a
 * quotation it may be anyone.  Returns its token, or NONE (also when there
 * are two). */
static uint32_t object_pronoun(story_ctx *ctx, const parse *p, const char *last_person)
{
    if (!object_pronoun_may_be(ctx, last_person) || p->n_groups != 1)
        return NONE;
    return lone_object_pronoun(ctx, p);
}

/* The actor group named right before the verbs that token k (an object
 * "him") follows: their subject, or -1. */
static int32_t subject_right_before(const parse *p, uint32_t k)
{
    int verbs = 0;
    while (k > 0 && p->group_of[k - 1] < 0 && verb_chain_tag(p->tags[k - 1]))
        verbs += dyad_tag_is_verb(p->tags[--k]);
    if (!verbs || k == 0 || p->group_of[k - 1] < 0 || p->groups[p->group_of[k - 1]].in_pp)
        return -1;
    return p->group_of[k - 1];
}

/* Whether the first actor group of the sentence is a person acting on
 * object "him" (token him), right before its verbs, and the sentence
 * names no other actor before it and no other person ("Modi welcomed him",
 * "Sybiha thanked him for Turkey's support"). */
static int person_acts_on(const parse *p, uint32_t him)
{
    if (subject_right_before(p, him) != 0 || !sectored_person(p, &p->groups[0]))
        return 0;
    for (uint32_t g = 1; g < p->n_groups; g++)
        if (p->groups[g].first < him || sectored_person(p, &p->groups[g]))
            return 0;
    return 1;
}

/* "Mohammed bin Salman visited the White House, where Trump praised him",
 * "Trump invited Putin to visit him": an object "him" or "her" whose own
 * clause has its subject named right before its verbs is someone else than
 * that subject, as a reader binds it: the one person the sentence names
 * before that subject.  Returns that person's group, or -1 (also when the
 * sentence names two: "Trump called Putin after Xi had met him"). */
static int32_t person_before_clause(const parse *p, uint32_t him)
{
    int32_t subject = subject_right_before(p, him), found = -1;
    if (subject < 0)
        return -1;
    for (int32_t g = 0; g < (int32_t)p->n_groups; g++) {
        const actor_group *ag = &p->groups[g];
        if (ag->last > p->groups[subject].first || !sectored_person(p, ag))
            continue;
        if (found >= 0)
            return -1;
        found = g;
    }
    if (found >= 0 && !strcmp(p->groups[found].actors[0].code, p->groups[subject].actors[0].code))
        return -1;
    return found;
}

/* Whether the phrase before token i may open a clause whose subject "he"
 * is the person named before: it names no actor of a known side (people
 * named by their role alone may be there: "Speaking to reporters, he
 * said"), and has no finite verb but a subordinate clause's ("Developing
 * ties conforms to their interests, he said" is what he said). */
static int opener_of_he(const parse *p, uint32_t i)
{
    for (uint32_t k = 0; k < i; k++) {
        if (p->group_of[k] >= 0 && strncmp(p->groups[p->group_of[k]].actors[0].code, "---", 3) != 0)
            return 0;
        if (p->tags && dyad_tag_is_finite(p->tags[k]) && p->t[0].tag != WC_SUBORD)
            return 0;
    }
    return 1;
}

/* Pronouns that stand for an actor.  "We" and "I" inside a quotation are
 * its speaker: in Putin's "We are moving towards holding meetings", "we" is
 * Putin's side.  "He" or "she" opening a sentence (or its main clause,
 * he_after_opener) outside quotations is the last person named before it
 * ("Pashinyan said ... He accused Azerbaijan"), and so may be an object
 * "him" (object_pronoun).  An "it" in what a country says may be that
 * country (it_speaker), and "its" before its territory the state the
 * sentence opens with (territory_owner). */
static void add_pronoun_actors(story_ctx *ctx, parse *p, const char *last_person, const char *last_opener)
{
    for (uint32_t i = 0; i < p->n; i++) {
        const token *t = &p->t[i];
        int we = t->tag == WC_PRON && (!strcmp(t->up, "WE") || !strcmp(t->up, "I"));
        /* ("'We will form the next government,' he told the UN envoy": a
         * "he" right after a quote is its speaker, named before) */
        int quoted = i >= 2 && p->tags && p->tags[0] == TAG_LQUOTE && p->tags[i - 1] == TAG_RQUOTE
                     && p->t[i - 2].in_quote;
        int he = (i == 0 || quoted || (he_after_opener(p->t, p->n, i) && opener_of_he(p, i))) && last_person[0]
                 && is_he_or_she(t);
        /* "Nepal's main opposition party ... It further demanded that
         * India withdraw": "It" opening a sentence is the country or
         * organisation that opened the one before. */
        if (i == 0 && last_opener[0] && !strcmp(t->up, "IT") && p->group_of[0] < 0
            && it_acts(p) && !context_speaker_code(ctx, t->begin)) {
            add_pronoun_group(ctx, p, 0, last_opener);
            continue;
        }
        int32_t owner = p->group_of[i] < 0 ? territory_owner(p, i) : -1;
        if (owner >= 0) {
            char country[4], sector[16];
            actor_code_parts(p->groups[owner].actors[0].code, country, sector);
            add_pronoun_group(ctx, p, i, country);
            continue;
        }
        int32_t it = p->group_of[i] < 0 ? it_speaker(p, i) : -1;
        if (it >= 0) {
            char code[sizeof p->groups[it].actors[0].code];
            memcpy(code, p->groups[it].actors[0].code, sizeof code);
            add_pronoun_group(ctx, p, i, code);   /* (which moves p->groups) */
            continue;
        }
        if (!(we || he) || p->group_of[i] >= 0)
            continue;
        const char *speaker = context_speaker_code(ctx, t->begin);
        if (we && speaker)
            add_pronoun_group(ctx, p, i, speaker);
        else if (he && !speaker)
            add_pronoun_group(ctx, p, i, last_person);
    }
    uint32_t him = object_pronoun(ctx, p, last_person);
    if (him != NONE) {
        add_pronoun_group(ctx, p, him, last_person);
        ctx->last_person_sentence = ctx->sentence_no;    /* (a pronoun keeps them in mind) */
        return;
    }
    him = ctx->persons_named ? lone_object_pronoun(ctx, p) : NONE;
    int32_t person = him != NONE ? person_before_clause(p, him) : -1;
    if (person >= 0) {
        char code[sizeof p->groups[person].actors[0].code];
        memcpy(code, p->groups[person].actors[0].code, sizeof code);
        add_pronoun_group(ctx, p, him, code);   /* (which moves p->groups) */
    } else if (him != NONE && other_person_before(ctx) && person_acts_on(p, him)) {
        add_pronoun_group(ctx, p, him, ctx->he_before);   /* ("Modi welcomed him") */
    }
}

/* "Cavaco Silva" is not Lula da Silva: a capitalised word before a last
 * name that is no rank and not the word before it in the full name
 * ("Nabil Abu Rudeineh ... Abu Rudeineh") names someone else. */
static int someone_else(const story_ctx *ctx, const token *prev, const token *name)
{
    static const char *const ranks[] = {"GENERAL", "GEN.", "MAJOR", "COLONEL", "COL.", "CAPTAIN", "LIEUTENANT",
        "ADMIRAL", "SHEIKH", "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "PRINCE", "KING", "QUEEN",
        "EMIR", "AYATOLLAH", "MULLAH", "SENATOR", "SEN.", NULL};
    if (!(prev->flags & TOK_CAP) || prev->tag != WC_OTHER || str_in(prev->up, ranks))
        return 0;
    for (size_t k = 0; k < ctx->n_named; k++)
        if (!strcmp(ctx->named[k].last, name->up) && !strcmp(ctx->named[k].before_last, prev->up))
            return 0;
    return 1;
}

/* "President Arroyo", "Prime Minister Koizumi": a title of no country and
 * a last name the dictionaries know only in full is the one person of that
 * name who holds an office of the title's sector on the story's date ("President
 * Bush" in 2005 is the son: the father is an elder, ELI). */
static const char *titled_last_name(const story_ctx *ctx, const token *name, const token *next,
                                    const actor_group *title)
{
    if (!(name->flags & TOK_CAP) || name->tag != WC_OTHER || name->id == 0)
        return NULL;
    /* ("Foreign Minister Khurshid Kasuri": a name of two words the
     * dictionaries do not know is someone else's, whatever its first) */
    if (next && (next->flags & TOK_CAP) && next->tag == WC_OTHER)
        return NULL;
    const char *sector = title->actors[0].code + 3;
    uint32_t n;
    const word_ref *ln = dict_last_name(ctx->d, name->id, &n);
    const char *found = NULL;
    for (uint32_t k = 0; k < n; k++) {
        if (!dict_actor_is_person(ctx->d, ln[k].ref))
            continue;
        const char *code = dict_actor_code(ctx->d, ln[k].ref, ctx->date);
        char country[4], sec[16];
        actor_code_parts(code ? code : "", country, sec);
        if (!country[0] || strcmp(sec, sector) != 0)
            continue;
        if (found && strcmp(found, code) != 0)
            return NULL;              /* two of that name hold such an office */
        found = code;
    }
    return found;
}

/* "Pervez Musharraf ... Musharraf said", "Hu Jintao ... President Hu will
 * visit": a name the dictionaries do not know alone, of someone the story
 * named in full, is that person; after a title with no country of its own
 * the two are one group. */
static void add_named_actors(story_ctx *ctx, parse *p)
{
    for (uint32_t i = 0; i < p->n; i++) {
        if (p->group_of[i] >= 0)
            continue;
        int32_t before = i > 0 ? p->group_of[i - 1] : -1;
        actor_group *title = before >= 0 && p->groups[before].last == i && p->groups[before].n == 1
                                 && !strncmp(p->groups[before].actors[0].code, "---", 3)
                                 ? &p->groups[before] : NULL;
        if (!title && i > 0 && p->group_of[i - 1] < 0 && someone_else(ctx, &p->t[i - 1], &p->t[i]))
            continue;
        const char *code = named_before(ctx, &p->t[i], title != NULL);
        if (!code && title)
            code = titled_last_name(ctx, &p->t[i], i + 1 < p->n ? &p->t[i + 1] : NULL, title);
        if (!code)
            continue;
        if (title) {
            snprintf(title->actors[0].code, sizeof title->actors[0].code, "%s", code);
            title->actors[0].last = title->last = i + 1;
            p->group_of[i] = before;
            continue;
        }
        char copy[24];
        snprintf(copy, sizeof copy, "%s", code);
        add_pronoun_group(ctx, p, i, copy);
        if (i > 0 && p->t[i - 1].tag == WC_PREP) {   /* "met with Musharraf" */
            actor_group *g = &p->groups[p->n_groups - 1];
            g->in_pp = 1;
            g->prep = i - 1;
        }
    }
}

/* DYAD_DEBUG=1: the parse on stderr, for dictionary and rule work. */
static void debug_parse(const parse *p)
{
    if (p->tags) {
        fputs("  tags:", stderr);
        for (uint32_t i = 0; i < p->n; i++)
            fprintf(stderr, " %.*s/%s", (int)p->t[i].len, p->t[i].up, dyad_tag_name(p->tags[i]));
        fputc('\n', stderr);
    }
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
        fprintf(stderr, "  verb %s [%u] clause [%u,%u) reach %u subj %d%s%s%s%s%s block %s\n", p->t[vg->verb].up,
                vg->verb, vg->left, vg->right, vg->reach, vg->subject, vg->passive ? " passive" : "",
                vg->negated ? " negated" : "", vg->infinitive ? " inf" : "", vg->finite ? "" : " nonfinite",
                vg->guessed ? " guessed" : "",
                vg->block == NONE ? "-" : p->d->verbs[vg->block].name);
    }
}

/* "In 2001, Koizumi met Jiang Zemin in Beijing", "On March 3, 1999,
 * ...": a sentence that opens with a date of an earlier year tells of
 * then, and its people hold the offices they held then (Jiang Zemin was
 * CHNGOV in 2001, not the elder he is at the story's date).  The date
 * (yyyymmdd; mid-month or mid-year when that is all it names), else the
 * story's. */
static int32_t actors_date(const story_ctx *ctx, const token *st, uint32_t n)
{
    static const char *const opens[] = {"IN", "ON", "BY", "DURING", NULL};
    if (n < 4 || !str_in(st[0].up, opens))
        return ctx->date;
    int month = 0;
    for (uint32_t k = 1; k < n && k < 6; k++) {
        const char *w = st[k].up;
        size_t len = strlen(w);
        if (len == 4 && strspn(w, "0123456789") == 4) {
            int32_t year = atoi(w);
            if (year < 1900 || year >= ctx->date / 10000 || k + 1 >= n || strcmp(st[k + 1].up, ",") != 0)
                return ctx->date;
            return year * 10000 + (month ? month * 100 + 15 : 701);
        }
        if (syntax_month_number(&st[k]))
            month = syntax_month_number(&st[k]);
        if (!(month || strcmp(w, ",") == 0 || (len <= 2 && strspn(w, "0123456789") == len)))
            return ctx->date;
    }
    return ctx->date;
}

void code_sentence(story_ctx *ctx, token *t, size_t first, size_t last, int no)
{
    uint32_t n = (uint32_t)(last - first);
    token *st = t + first;
    ctx->previous_begin = ctx->sentence_begin;
    ctx->sentence_begin = n ? st[0].begin : ctx->sentence_begin;
    syntax_lookup_words(ctx->d, st, n, ctx->words);
    /* worth_parsing() notes the people this sentence names; its "he" means
     * someone named before it. */
    char last_opener[sizeof ctx->last_opener], last_armed[sizeof ctx->last_armed];
    memcpy(ctx->he_before, ctx->last_person, sizeof ctx->he_before);
    ctx->he_before_sentence = ctx->last_person_sentence;
    memcpy(last_opener, ctx->last_opener, sizeof last_opener);
    memcpy(last_armed, ctx->last_armed, sizeof last_armed);
    int armed_named_in = ctx->last_armed_sentence;
    char last_author[sizeof ctx->last_author];   /* (worth_parsing notes this sentence's) */
    memcpy(last_author, ctx->last_author, sizeof last_author);
    int last_author_sentence = ctx->last_author_sentence;
    ctx->sentence_no = no;
    /* The parse lives only as long as the sentence: memory stays flat
     * however long the story. */
    arena_reset(ctx->scratch);
    uint8_t *named = arena_alloc(ctx->scratch, n + 1);
    token_match *matched = arena_alloc(ctx->scratch, (n + 1) * sizeof *matched);
    if (!worth_parsing(ctx, st, n, named, matched))
        return;
    parse p;
    syntax_parse_named(&p, ctx->d, ctx->story->text, st, n, actors_date(ctx, st, n), named, matched,
                       ctx->scratch);
    p.debug = ctx->debug;
    actors_find(&p, ctx->scratch);
    if (p.discard == 2) {
        ctx->story_discarded = 1;
        return;
    }
    if (p.discard || n == 0)
        return;
    size_t countries_before = ctx->n_countries;
    context_note_countries(ctx, &p);
    int names_country = 0;
    for (uint32_t g = 0; g < p.n_groups && !names_country; g++) {
        char country[4], sector[16];
        actor_code_parts(p.groups[g].actors[0].code, country, sector);
        names_country = country[0] != 0;
    }
    size_t events_before = ctx->n_events;
    add_named_actors(ctx, &p);
    armed_group_again(ctx, &p, last_armed, armed_named_in);
    if (noted_recently(ctx, ctx->last_force, ctx->last_force_sentence, 2))
        named_again_groups(ctx, &p, ctx->last_force, NAMED_FORCE);
    if (noted_recently(ctx, last_author, last_author_sentence, 1))
        named_again_groups(ctx, &p, last_author, NAMED_ACT);
    own_bare_agents(ctx, &p, countries_before, last_opener);
    own_conjoined_agents(&p);
    members_included(&p);
    opponents_of_state(&p);
    loyal_forces(&p);
    shared_legislature(ctx, &p, countries_before);
    protesting_crowds(ctx, &p);
    add_pronoun_actors(ctx, &p, ctx->he_before, last_opener);
    add_pair_groups(ctx, &p);
    resolve_subjects(&p);
    if (ctx->debug)
        debug_parse(&p);
    sentence_ctx sc = {ctx, &p, NULL, no, NULL};
    code_verbs(&sc);
    note_pair(ctx, events_before);
    note_force(ctx, events_before);
    context_note_officials(ctx, &p);
    if (ctx->debug)
        fprintf(stderr, "  events: %zu\n", ctx->n_events - events_before);
    if (names_country) {
        ctx->country_sentences++;
        ctx->country_sentences_coded += ctx->n_events > events_before;
    }
}
