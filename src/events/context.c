/* context.c — when, where and who said so, for each event.
 *
 * The story is scanned once for time expressions (src/time) and direct
 * quotations (src/attrib); each event then takes
 *   - the date of a time expression inside its clause (nearest the verb),
 *   - the place named in its clause (src/place, disambiguated by the
 *     countries the story has named so far),
 *   - the speaker: of the quotation it sits in, else of the reported-speech
 *     frame of its sentence ("X said that ...", "according to X"), with the
 *     medium that relays it ("TASS quoted Putin as saying"). */
#include "events/events.h"
#include "place/gazetteer.h"
#include "syntax/tagger.h"
#include "util/calendar.h"
#include "util/text.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_TIMEX 512
#define MAX_QUOTES 256

void context_story(story_ctx *ctx)
{
    ctx->timex_sentence = 0;
    ctx->quotes = NULL;
    ctx->n_quotes = 0;
    ctx->has_dateline = dyad_place_dateline(ctx->story->text, ctx->story->text_len, &ctx->dateline);
}

/* Quotations are found when the story first needs them: most stories have
 * no event, and then no one to attribute. */
static void need_quotes(story_ctx *ctx)
{
    if (ctx->quotes)
        return;
    ctx->quotes = arena_alloc_unset(ctx->mem, MAX_QUOTES * sizeof *ctx->quotes);
    ctx->n_quotes = dyad_quotes_find(ctx->story->text, ctx->story->text_len, ctx->quotes, MAX_QUOTES);
}

/* The countries a story names, for role words with no country of their
 * own and for places.  A news agency or paper tells no country of the
 * story: "the rebels attacked, a Reuters correspondent said" is no British
 * rebels' attack. */
void context_note_country(story_ctx *ctx, const char *code)
{
    char country[4], sector[16];
    actor_code_parts(code, country, sector);
    if (!country[0] || strcmp(sector, "MED") == 0 || ctx->n_countries >= 32)
        return;
    for (size_t i = 0; i < ctx->n_countries; i++)
        if (strcmp(ctx->countries[i], country) == 0)
            return;
    ctx->countries[ctx->n_countries++] = arena_strdup(ctx->mem, country);
}

void context_note_countries(story_ctx *ctx, const parse *p)
{
    for (uint32_t g = 0; g < p->n_groups; g++)
        for (int k = 0; k < p->groups[g].n; k++)
            context_note_country(ctx, p->groups[g].actors[k].code);
}

/* ------------------------------------------------------------------ when */

/* Monday of ISO week w of year y. */
static void iso_week_monday(int y, int w, int *oy, int *om, int *od)
{
    /* January 4th is always in week 1. */
    int jan4_wd = cal_weekday(y, 1, 4);
    int day = 4 - jan4_wd + (w - 1) * 7;    /* day of year (1-based) of that Monday */
    int m = 1;
    while (day < 1) {
        y--;
        m = 12;
        day += 31;                          /* back into December */
        *oy = y; *om = m; *od = day;
        return;
    }
    while (day > cal_days_in_month(y, m)) {
        day -= cal_days_in_month(y, m);
        if (++m > 12) { m = 1; y++; }
    }
    *oy = y; *om = m; *od = day;
}

/* The years an event may be dated in: history from the time stage's
 * first year ("in 1648", "on 4 July 1776") to the end of its range. */
static int event_year(int y)
{
    return y >= 1000 && y <= 2100;
}

/* The first day of a TIMEX3 date value, a decade's too ("198": 1980-01-01),
 * or 0 when it names no calendar period ("PAST_REF", "XXXX-WXX-1", a
 * duration, a century). */
static int value_to_day(const char *v, char out[16])
{
    int y, m, d, w;
    char c;
    if (strspn(v, "0123456789") < (strlen(v) == 3 ? 3 : 4))
        return 0;
    if (sscanf(v, "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= cal_days_in_month(y, m)) {
    } else if (sscanf(v, "%4d-W%2d", &y, &w) == 2 && w >= 1 && w <= 53) {
        iso_week_monday(y, w, &y, &m, &d);
        if (strcmp(v + 8, "-WE") == 0)    /* a weekend starts on Saturday */
            cal_civil_from_days(cal_days_from_civil(y, m, d) + 5, &y, &m, &d);
    } else if (sscanf(v, "%4d-Q%1d", &y, &w) == 2 && w >= 1 && w <= 4) {
        m = (w - 1) * 3 + 1, d = 1;
    } else if (sscanf(v, "%4d-H%1d", &y, &w) == 2 && w >= 1 && w <= 2) {   /* a half year */
        m = (w - 1) * 6 + 1, d = 1;
    } else if (sscanf(v, "%4d-%2d%c", &y, &m, &c) >= 2 && m >= 1 && m <= 12 && v[7] != '-') {
        d = 1;
    } else if (sscanf(v, "%4d-%c", &y, &c) == 2 && strchr("SWF", c)) {
        static const char *const seasons[] = {"SP", "SU", "FA", "WI"};
        m = 0;
        for (int k = 0; k < 4; k++)
            if (strncmp(v + 5, seasons[k], 2) == 0)
                m = 3 + 3 * k;
        if (!m)
            return 0;
        d = 1;
    } else if (strlen(v) == 4) {
        y = atoi(v), m = 1, d = 1;
    } else if (strlen(v) == 3 && strspn(v, "0123456789") == 3) {   /* a decade, "198": 1980 */
        y = atoi(v) * 10, m = 1, d = 1;
    } else
        return 0;
    if (!event_year(y))
        return 0;
    snprintf(out, 16, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
    return 1;
}

static int nearest_date(story_ctx *ctx, const parse *p, const verb_group *vg, const verb_group *act,
                        size_t begin, size_t end, dyad_event *ev);
static int joined_after(const parse *p, const verb_group *vg);
static int reporting(const parse *p, const verb_group *vg);

/* A day ("YYYY-MM-DD") moved by `sign` times a duration value ("P2M",
 * "P3Y", "P10D", "P2W"), at the duration's grain: "two months" before
 * 2021-10-15 is 2021-08, "two days" after it 2021-10-17. */
static int date_shift(const char *day, const char *duration, int sign, char *out, size_t cap)
{
    /* (a length of years and months together, "three-and-a-half years"
     * P3Y6M, moves by months; one of weeks or days by days) */
    long years = 0, months = 0, days = 0;
    const char *v = duration[0] == 'P' ? duration + 1 : "";
    if (!*v)
        return 0;
    while (*v) {
        char *unit;
        long n = strtol(v, &unit, 10);
        if (unit == v || n <= 0 || n > 1000)
            return 0;
        if (*unit == 'Y') years = n;
        else if (*unit == 'M') months = n;
        else if (*unit == 'W') days = 7 * n;
        else if (*unit == 'D') days = n;
        else return 0;
        v = unit + 1;
    }
    if (days && (years || months))
        return 0;
    int y = atoi(day), m = atoi(day + 5), d = atoi(day + 8);
    if (!months && !days) {
        y += sign * (int)years;
        snprintf(out, cap, "%04d", y);
        return event_year(y);
    }
    if (!days) {
        int total = y * 12 + (m - 1) + sign * (int)(years * 12 + months);
        snprintf(out, cap, "%04d-%02d", total / 12, total % 12 + 1);
        return event_year(total / 12);
    }
    cal_civil_from_days(cal_days_from_civil(y, m, d) + sign * days, &y, &m, &d);
    snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
    return event_year(y);
}

/* "It has been almost two months since the Taliban captured Kabul": what
 * the clause after "since" tells happened that long before the story. */
static int since_date(story_ctx *ctx, const parse *p, const verb_group *vg, dyad_event *ev)
{
    if (vg->left == 0 || strcmp(p->t[vg->left - 1].up, "SINCE") != 0)
        return 0;
    size_t since = p->t[vg->left - 1].begin;
    for (size_t i = 0; i < ctx->n_timex; i++) {
        const dyad_timex *tx = &ctx->timex[i];
        char value[16], day[16];
        if (tx->type != DYAD_TIMEX_DURATION || tx->end > since || since - tx->end > 2
            || !date_shift(ctx->story->date, tx->value, -1, value, sizeof value) || !value_to_day(value, day))
            continue;
        snprintf(ev->date, sizeof ev->date, "%s", day);
        snprintf(ev->date_value, sizeof ev->date_value, "%s", value);
        ev->date_text = arena_strndup(ctx->mem, ctx->story->text + tx->begin, since + 5 - tx->begin);
        return 1;
    }
    return 0;
}

/* Where the text read for a sentence's time expressions begins: the start
 * of a sentence up to CONTEXT_BACK bytes before it, so that what the
 * sentence dates by anaphora ("The next morning, they withdrew", "A year
 * earlier, ...", "that night") counts from the date the sentences before
 * it named, as a reader counts, not from the story date.  The time stage
 * reads tense within a sentence, so the sentences before change no other
 * value of this one. */
#define CONTEXT_BACK 600

static size_t context_begin(const char *text, size_t s_begin)
{
    size_t k = s_begin > CONTEXT_BACK ? s_begin - CONTEXT_BACK : 0;
    if (k == 0)
        return 0;
    for (; k + 1 < s_begin; k++)
        if ((text[k] == '.' || text[k] == '\n') && (text[k + 1] == ' ' || text[k + 1] == '\n'))
            return k + 1;
    return s_begin;
}

/* Whether text[0..len) holds a year in digits two or more years before
 * `story_year`, which a history's setting needs ("In May 1940, ..."): a
 * scan of the bytes, cheaper than finding the time expressions there. */
static int names_old_year(const char *text, size_t len, int story_year)
{
    for (size_t i = 0; i + 4 <= len; i++) {
        if (!isdigit((unsigned char)text[i]) || (i > 0 && isdigit((unsigned char)text[i - 1])))
            continue;
        size_t n = 0;
        int year = 0;
        for (; i + n < len && isdigit((unsigned char)text[i + n]) && n < 5; n++)
            year = year * 10 + text[i + n] - '0';
        if (n == 4 && year >= 1000 && year <= story_year - 2)
            return 1;
        i += n;
    }
    return 0;
}

/* "Two days later", "five years later", "minutes later": TimeML has the
 * span a duration, but the act is done that long after the date last
 * named (`anchor`), at the span's grain, which the anchor must have: a
 * day for days, weeks and hours, a month for months.  `after` is the text
 * right after the span. */
static void date_after(const char *after, const char *anchor, dyad_timex *tx)
{
    while (*after == ' ')
        after++;
    if (strncmp(after, "later", 5) != 0 || isalnum((unsigned char)after[5]))
        return;
    const char *v = tx->value;
    size_t grain = strlen(anchor) < 10 ? strspn(anchor, "0123456789-") : 10;
    char day[16], out[16];
    if (v[0] != 'P' || !value_to_day(anchor, day))
        return;
    if (v[1] == 'T' && grain == 10)
        snprintf(out, sizeof out, "%s", day);
    else if (grain < 4 || (strchr(v, 'M') && grain < 7) || ((strchr(v, 'W') || strchr(v, 'D')) && grain < 10)
             || !date_shift(day, v, 1, out, sizeof out))
        return;
    tx->type = DYAD_TIMEX_DATE;
    snprintf(tx->value, sizeof tx->value, "%s", out);
}

/* The time expressions of text[s_begin, s_end), read with the sentences
 * before it (context_begin) when a word of it may refer back to them, with
 * offsets into the story text.  Most sentences have no such word, and
 * reading the context costs a pass over up to CONTEXT_BACK more bytes. */
static void find_sentence_timex(story_ctx *ctx, size_t s_begin, size_t s_end)
{
    const char *text = ctx->story->text;
    int refers = dyad_timex_refers_back(text + s_begin, s_end - s_begin);
    size_t w = refers ? context_begin(text, s_begin) : s_begin;
    if (refers == DYAD_TIMEX_REFERS_SETTING && !names_old_year(text + w, s_begin - w, atoi(ctx->story->date)))
        w = s_begin;
    size_t n = dyad_timex_find(text + w, s_end - w, ctx->story->date, ctx->timex, MAX_TIMEX);
    if (n > MAX_TIMEX) {    /* too many to keep: the sentence alone */
        w = s_begin;
        n = dyad_timex_find(text + w, s_end - w, ctx->story->date, ctx->timex, MAX_TIMEX);
    }
    size_t kept = 0;
    char anchor[sizeof ctx->timex->value] = "", day[16];
    for (size_t i = 0; i < n && i < MAX_TIMEX; i++) {
        dyad_timex tx = ctx->timex[i];
        tx.begin += w;
        tx.end += w;
        if (tx.type == DYAD_TIMEX_DURATION && anchor[0])
            date_after(text + tx.end, anchor, &tx);
        if ((tx.type == DYAD_TIMEX_DATE || tx.type == DYAD_TIMEX_TIME) && value_to_day(tx.value, day))
            memcpy(anchor, tx.value, sizeof anchor);
        if (tx.begin >= s_begin)
            ctx->timex[kept++] = tx;
    }
    ctx->n_timex = kept;
}

/* "The IEA, which coordinates energy policy for Europe, revised its
 * forecast for 2005", "the sea area, which is now controlled by Chile": a
 * relative clause set off by a comma, in the present, tells what holds now; a date of the clause it hangs on is not
 * its own. */
static int habit_aside(const parse *p, const verb_group *vg)
{
    static const char *const relatives_after_comma[] = {"WHICH", "WHO", NULL};
    return p->tags && vg->modal == MODAL_NONE && vg->first >= 2
           && (p->tags[vg->first] == TAG_VBZ || p->tags[vg->first] == TAG_VBP)
           && str_in(p->t[vg->first - 1].up, relatives_after_comma) && strcmp(p->t[vg->first - 2].up, ",") == 0;
}

/* The end of what is told after the act's verb: the sentence's, or the
 * start of a verb of saying after it (its subject included, back to a
 * comma). */
static size_t told_until(const parse *p, const verb_group *vg)
{
    const verb_group *end = p->verbs + p->n_verbs;
    for (const verb_group *v = vg + 1; v < end; v++)
        if (reporting(p, v)) {
            uint32_t k = v->first;
            while (k > vg->verb_end && strcmp(p->t[k - 1].up, ",") != 0)
                k--;
            return p->t[k].begin;
        }
    return p->t[p->n - 1].end;
}

/* The date of the time expression nearest the verb inside its clause, or
 * failing that inside its sentence ("... meetings in Moscow, in October"). */
static void event_date(story_ctx *ctx, const parse *p, const verb_group *vg, const verb_group *act,
                       dyad_event *ev)
{
    /* Time expressions are looked for in a sentence when it has an event:
     * most sentences have none, and the search is the costliest step. */
    size_t s_begin = p->t[0].begin, s_end = p->t[p->n - 1].end;
    if (ctx->timex_sentence != s_begin + 1) {
        if (!ctx->timex)
            ctx->timex = arena_alloc_unset(ctx->mem, MAX_TIMEX * sizeof *ctx->timex);
        find_sentence_timex(ctx, s_begin, s_end);
        ctx->timex_sentence = s_begin + 1;
    }
    size_t begin = p->t[vg->left].begin, end = p->t[vg->right > 0 ? vg->right - 1 : 0].end;
    /* (a verb joined after a dated one looks past its clause for a date of
     * its own first, up to a verb of saying: "began his visit on Nov. 1 and
     * attended the summit held from Nov. 4 to 5", not "will visit Japan
     * from Dec. 13 and hold talks with Abe, Kyodo reported Tuesday") */
    if (joined_after(p, vg) && nearest_date(ctx, p, vg, act, p->t[vg->verb].begin, told_until(p, vg), ev))
        return;
    if (!nearest_date(ctx, p, vg, act, begin, end, ev) && !since_date(ctx, p, vg, ev)
        && !habit_aside(p, vg))
        nearest_date(ctx, p, vg, act, p->t[0].begin, p->t[p->n - 1].end, ev);
}

/* A year between a determiner and its noun, "survivors of the 1994
 * genocide", "criticised the 2003 invasion", "China's 1989 crackdown",
 * "the 1994 Rwandan genocide", "the 2003 Iraq war": it dates the noun,
 * not the act of the clause. */
static int year_modifier(const parse *p, uint32_t k, uint32_t after, const dyad_timex *tx)
{
    if (!p->tags || k == 0 || after >= p->n || strlen(tx->value) != 4 || p->t[k].begin != tx->begin
        || p->t[k].end != tx->end)
        return 0;
    int before = p->tags[k - 1], next = p->tags[after];
    /* (a whole token, not the end of a span, "its 1980-1988 war": the act
     * may be dated by its ends) */
    return (before == TAG_DT || before == TAG_POS || before == TAG_PRP_S) && p->t[after].up[0] >= 'A'
           && (next == TAG_NN || next == TAG_NNS || next == TAG_JJ || next == TAG_NNP || next == TAG_NNPS);
}

/* A date that modifies a noun after the verb, "lamented Monday's exchange
 * of fire", "condemned the March 3 attack", "criticised last week's
 * talks", "the probe of February's killing": it dates the noun, not the
 * act.  Not before the verb, where the noun is often the act itself
 * ("Sunday's attack killed 20 people"), nor after a preposition of time
 * or place, which ties the act to it ("killed in Tuesday's unrest",
 * "invaded following the September 11 attacks"), nor after "a" ("arrested
 * in an overnight operation"). */
static int object_of(const parse *p, const verb_group *vg, uint32_t k)
{
    if (k > vg->verb)
        return 1;
    /* (or in the object of a verb the act's is joined to: "lamented
     * Monday's exchange of fire and called on Israel to ...") */
    for (uint32_t v = 0; vg->conjoined && v < p->n_verbs; v++)
        if (p->verbs[v].verb < k && &p->verbs[v] != vg && p->verbs[v].verb_end <= k)
            return 1;
    return 0;
}

static int object_modifier(const parse *p, const verb_group *vg, uint32_t k, uint32_t after)
{
    static const char *const ties[] = {"IN", "DURING", "AT", "ON", "AMID", "AFTER", "FOLLOWING", "BEFORE",
        "SINCE", "UNTIL", "BY", "THROUGHOUT", NULL};
    if (!p->tags || k < 2 || after + 1 >= p->n)
        return 0;
    /* (before the verb too after "of the": "confirmed Kabila was the winner
     * of the October 29 run-off, rejecting the challenge") */
    int complement = k > 2 && strcmp(p->t[k - 1].up, "THE") == 0 && strcmp(p->t[k - 2].up, "OF") == 0;
    if (!complement && !object_of(p, vg, k))
        return 0;
    uint32_t noun = after, det = k;
    if (strcmp(p->t[after].up, "'S") == 0)
        noun++;
    else if (strcmp(p->t[k - 1].up, "THE") == 0 || strcmp(p->t[k - 1].up, "'S") == 0 || p->tags[k - 1] == TAG_PRP_S)
        det = k - 1;   /* "the", "Israel's", "its March 3 attack" */
    else
        return 0;
    int tag = p->tags[noun];
    /* (a proper adjective before the noun, "Monday's Israeli raid") */
    if (tag == TAG_NNP && noun + 1 < p->n
        && (p->tags[noun + 1] == TAG_NN || p->tags[noun + 1] == TAG_NNS))
        tag = TAG_NN;
    return !str_in(p->t[det - 1].up, ties) && p->t[noun].up[0] >= 'A'
           && (tag == TAG_NN || tag == TAG_NNS || tag == TAG_JJ);
}

/* "the largest event between China and Africa since 1949", "since the
 * Tiananmen Square massacre in 1989": a date in a phrase of "since" starts
 * a period that runs to now; it is not when the act was done.  But "since
 * 1974, when Turkish troops invaded" dates what the "when" clause after it
 * tells (a verb after the date, `tx`). */
static const char *const gathering_nouns[] = {"SUMMIT", "MEETING", "CONFERENCE", "TALKS", "SESSION", "FORUM",
    "CEREMONY", "VISIT", "GAMES", "OLYMPICS", "SUMMITS", "MEETINGS", "TOUR", "CONGRESS", "ASSEMBLY", NULL};

static int is_noun_tag(int tag) { return tag == TAG_NN || tag == TAG_NNS || tag == TAG_NNP || tag == TAG_NNPS; }

/* The noun a participle at `w` follows, right before it or before a
 * comma that sets the participle off ("the parliament, elected in
 * September"); `w` itself when there is none. */
static uint32_t noun_before_participle(const parse *p, uint32_t w)
{
    if (w > 0 && is_noun_tag(p->tags[w - 1]))
        return w - 1;
    if (w > 1 && strcmp(p->t[w - 1].up, ",") == 0 && is_noun_tag(p->tags[w - 2]))
        return w - 2;
    return w;
}

/* "accused Washington of using sanctions, announced by Albright in
 * Washington on Tuesday": a past participle and its agent after a comma
 * that follows a noun, a passive clause set off as an aside, owns a date
 * further on than a bare participle does. */
static int comma_passive_participle(const parse *p, const verb_group *vg, uint32_t w)
{
    return p->tags && p->tags[w] == TAG_VBN && w + 1 < p->n && strcmp(p->t[w + 1].up, "BY") == 0
           && w >= 2 && w - 1 > vg->verb_end && noun_before_participle(p, w) == w - 2;
}

enum { ASIDE_REACH = 10 };   /* tokens from a comma's participle to its date */

/* "pressed Pyongyang to continue discussions begun a year ago": a past
 * participle (or "due": "elections due in January") right after a noun,
 * or set off after it by a comma ("warned that the parliament, elected
 * in September, would become a target"), between the act and its date,
 * opens a clause of its own, whether or not the dictionaries know its
 * verb. */
static int participle_owns(const parse *p, const verb_group *vg, uint32_t k)
{
    for (uint32_t w = k; w-- > vg->verb_end && k - w <= ASIDE_REACH;) {
        if (comma_passive_participle(p, vg, w))
            return 1;
        if (k - w <= 3 && p->tags && (p->tags[w] == TAG_VBN || strcmp(p->t[w].up, "DUE") == 0)) {
            uint32_t noun = noun_before_participle(p, w);
            if (noun < w && noun + 1 >= vg->verb_end)
                return !str_in(p->t[noun].up, gathering_nouns); /* (but "talks on the sidelines
                                                   of a summit held at the weekend" were then) */
        }
        if (p->t[w].flags & TOK_PUNCT)
            return 0;
    }
    return 0;
}

/* The first token of p at or after text offset `at` (p->n when none). */
static uint32_t token_at(const parse *p, size_t at)
{
    uint32_t k = 0;
    while (k < p->n && p->t[k].begin < at)
        k++;
    return k;
}

/* "the attack that killed 20 people on Monday": "that" after a noun
 * opens a relative clause, as "which" does; after a verb ("said that
 * troops attacked on Monday") it opens what was said, whose time is the
 * act's. */
static int relative_that(const parse *p, uint32_t k)
{
    if (k == 0 || !p->tags || strcmp(p->t[k].up, "THAT") != 0)
        return 0;
    /* (a comma may stand between: "a bomb attack in Khobar, Saudi Arabia,
     * that killed 19 US servicemen in June") */
    if (k > 1 && strcmp(p->t[k - 1].up, ",") == 0)
        k--;
    int before = p->tags[k - 1];
    return before == TAG_NN || before == TAG_NNS || before == TAG_NNP || before == TAG_NNPS;
}

static const char *const relatives[] = {"WHO", "WHICH", "WHOSE", "WHERE", NULL};

/* "was expected to brief Arafat on his talks last month", "praised their
 * meeting on Monday": a date right after a gathering someone's own, after
 * the act's verb, dates the gathering. */
static int owned_gathering(const parse *p, const verb_group *vg, uint32_t k)
{
    return p->tags && k >= 2 && k - 1 > vg->verb_end && str_in(p->t[k - 1].up, gathering_nouns)
           && (p->tags[k - 2] == TAG_PRP_S || p->tags[k - 2] == TAG_POS);
}

/* "the Korean War of 1950-53", "the attack of March 3", "signed an accord
 * on the ceasefire of 1995": a date after "of" and a noun dates the noun,
 * wherever the noun stands, but for a noun of time (its "of" names a part
 * of the date: "the end of 2006", "the week of") and a noun the act is
 * tied to by a preposition ("killed in the clashes of March 3"). */
static int noun_of_date(const parse *p, const verb_group *vg, uint32_t k)
{
    static const char *const time_nouns[] = {"END", "START", "BEGINNING", "MIDDLE", "REST", "REMAINDER",
        "PART", "HALF", "COURSE", "DAY", "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS", "YEAR", "YEARS", "NIGHT",
        "MORNING", "EVENING", "AFTERNOON", "SPRING", "SUMMER", "AUTUMN", "FALL", "WINTER", "QUARTER", "PERIOD",
        "EVE", "DAWN", "AS", "TIME", "DATE", NULL};
    static const char *const ties[] = {"IN", "DURING", "AT", "AMID", "THROUGHOUT", NULL};
    if (!p->tags || k < 2 || strcmp(p->t[k - 1].up, "OF") != 0 || !is_noun_tag(p->tags[k - 2])
        || str_in(p->t[k - 2].up, time_nouns))
        return 0;
    uint32_t w = k - 2;
    while (w > 0 && (is_noun_tag(p->tags[w - 1]) || p->tags[w - 1] == TAG_JJ || p->tags[w - 1] == TAG_DT
                     || p->tags[w - 1] == TAG_POS || p->tags[w - 1] == TAG_PRP_S || p->tags[w - 1] == TAG_CD))
        w--;
    if (w == 0 || !str_in(p->t[w - 1].up, ties))
        return 1;
    /* (the tie is another verb's when one stands between: "talks on the
     * remains of troops killed during the Korean War of 1950-53") */
    for (uint32_t v = vg->verb_end; v + 1 < w; v++)
        if (syntax_is_verb_at(p, v))
            return 1;
    return 0;
}

/* "has supported the government, though ties were frayed earlier this
 * year", "will continue providing support despite disappointment with its
 * performance in 1996": a date after a word of concession that follows
 * the act tells of another fact. */
static int conceded_date(const parse *p, const verb_group *vg, uint32_t k)
{
    static const char *const concessions[] = {"THOUGH", "ALTHOUGH", "DESPITE", "WHEREAS", NULL};
    for (uint32_t w = vg->verb_end; w < k; w++)
        if (str_in(p->t[w].up, concessions))
            return 1;
    return 0;
}

/* "the first visit since Paris and Beijing established relations in
 * 1964, Millon has invited ...": a date in a clause that "since" or
 * "until" opens, before a comma, is not the time of an act outside the
 * clause. */
static int in_since_clause(const parse *p, const verb_group *vg, uint32_t k, uint32_t date_end)
{
    static const char *const openers[] = {"SINCE", "UNTIL", NULL};
    uint32_t w = k;
    while (w > 0 && !(p->t[w - 1].flags & TOK_PUNCT) && !str_in(p->t[w - 1].up, openers))
        w--;
    if (w == 0 || !str_in(p->t[w - 1].up, openers) || (vg->verb >= w && vg->verb < k))
        return 0;
    /* (a verb joined after the date with no comma is still in the clause:
     * "since the PLA stormed the square on June 4, 1989 and fired") */
    for (uint32_t v = date_end; v < vg->verb; v++)
        if (p->t[v].flags & TOK_PUNCT)
            return 1;
    return vg->verb < k;
}

/* "Merkel, who is to be elected chancellor on Nov. 22, has indicated she
 * would ...": a date in a relative clause set off by commas is the
 * clause's, whether or not the dictionaries know its verb, and not the
 * time of an act outside the commas. */
static int in_aside(const parse *p, const verb_group *vg, uint32_t k, uint32_t date_end)
{
    uint32_t open = k, close = date_end;
    while (open > 0 && !(p->t[open - 1].flags & TOK_PUNCT))
        open--;
    while (close < p->n && !(p->t[close].flags & TOK_PUNCT))
        close++;
    if (open < 2 || strcmp(p->t[open - 1].up, ",") != 0 || !str_in(p->t[open].up, relatives)
        || (close < p->n && strcmp(p->t[close].up, ",") != 0))
        return 0;
    return vg->verb < open || vg->verb > close;
}

/* Whether the gerund at `g` is the object of "of" or "for" or follows a
 * possessive, an adverb or two between them ("congratulated Vietnam for
 * successfully organizing the meeting on Saturday"). */
static int gerund_head(const parse *p, uint32_t g)
{
    static const char *const heads[] = {"OF", "FOR", NULL};
    uint32_t w = g;
    while (w > 0 && g - w < 2 && p->tags[w - 1] == TAG_RB)
        w--;
    return w > 0 && (str_in(p->t[w - 1].up, heads) || p->tags[w - 1] == TAG_PRP_S);
}

/* "thought Bush was doing a good job compared with 37 percent in a
 * previous poll in October": a date in what the act is compared with is
 * the time of that, not of the act. */
static int compared_with(const parse *p, uint32_t k)
{
    return k + 1 < p->n && strcmp(p->t[k].up, "COMPARED") == 0
           && (strcmp(p->t[k + 1].up, "WITH") == 0 || strcmp(p->t[k + 1].up, "TO") == 0);
}

/* Whether `tx` ends a range that "from" or "between" opens a few words
 * before with another of the sentence's dates ("From 1879 to 1883, Chile
 * fought", "talks from Monday to Wednesday", "between late November and
 * early December"): an act told over a range is dated by its start. */
static int ends_range(const story_ctx *ctx, const parse *p, const dyad_timex *tx)
{
    static const char *const joins[] = {"TO", "THROUGH", "THRU", "AND", NULL};
    static const char *const opens[] = {"FROM", "BETWEEN", NULL};
    uint32_t k = token_at(p, tx->begin), b = k > 1 ? k - 2 : 0;
    if (k < 3 || !str_in(p->t[k - 1].up, joins))
        return 0;
    while (b > 0 && k - 1 - b <= 4 && !str_in(p->t[b - 1].up, opens))
        if (!isalnum((unsigned char)p->t[--b].up[0]))
            return 0;   /* a comma or another clause between */
    if (b == 0 || !str_in(p->t[b - 1].up, opens))
        return 0;
    for (size_t i = 0; i < ctx->n_timex; i++)
        if (ctx->timex[i].begin >= p->t[b].begin && ctx->timex[i].end <= p->t[k - 1].begin)
            return 1;
    return 0;
}

/* Whether the date at token `k`, after the act's verb, tells when a
 * prospect would come about: "consult with the North Koreans on the
 * possibility of a meeting on Monday", "discussed plans for talks on
 * Friday": the meeting's time, not the act's.  A prospect noun and "of"
 * or "for" up to five words before the date, no verb between.  An
 * intention (CAMEO 03) is dated by the act it is about, so it keeps it. */
static int prospect_date(const parse *p, const verb_group *vg, uint32_t k, const dyad_event *ev)
{
    static const char *const prospects[] = {"POSSIBILITY", "PROSPECT", "PROSPECTS", "CHANCE", "CHANCES",
        "HOPES", "PLANS", "PLAN", "PROPOSAL", "INVITATION", NULL};
    static const char *const links[] = {"OF", "FOR", NULL};
    if (strncmp(ev->cameo, "03", 2) == 0)
        return 0;
    for (uint32_t back = 0; k > vg->verb_end + 1 && back < 6; back++, k--) {
        const token *t = &p->t[k - 1];
        if ((t->flags & TOK_PUNCT) || syntax_is_verb_at(p, k - 1))
            return 0;
        if (str_in(t->up, links) && str_in(p->t[k - 2].up, prospects))
            return 1;
    }
    return 0;
}

static int not_when_done(const parse *p, const verb_group *vg, const dyad_timex *tx)
{
    uint32_t k = token_at(p, tx->begin), after = token_at(p, tx->end);
    if (year_modifier(p, k, after, tx) || object_modifier(p, vg, k, after) || owned_gathering(p, vg, k)
        || participle_owns(p, vg, k)
        || noun_of_date(p, vg, k) || (vg->verb < k && conceded_date(p, vg, k)))
        return 1;
    if (after < p->n && p->t[after].up[0] == ',')
        after++;
    if (after < p->n && strcmp(p->t[after].up, "WHEN") == 0 && vg->verb > after)
        return 0;
    if (in_since_clause(p, vg, k, token_at(p, tx->end)) || in_aside(p, vg, k, token_at(p, tx->end)))
        return 1;
    /* ("will withdraw by 2008", "until the end of the year": a deadline or
     * an end is not when the act is done either; "before" is left out:
     * "monitors are not slated to start arriving before next month") */
    static const char *const ends[] = {"BY", "UNTIL", "TILL", NULL};
    if (k > 0 && str_in(p->t[k - 1].up, ends))
        return 1;
    /* (nor a bound: "met ahead of Sunday's vote", "will be assisted
     * between now and next July") */
    if (k > 1 && ((strcmp(p->t[k - 2].up, "AHEAD") == 0 && strcmp(p->t[k - 1].up, "OF") == 0)
                  || (strcmp(p->t[k - 2].up, "NOW") == 0 && strcmp(p->t[k - 1].up, "AND") == 0)))
        return 1;
    /* (nor the time of a noun after "after" or "following", which the act
     * follows: "disarmed rebels ... after debacles in the 1990s",
     * "imposed a curfew following the transfer of the city in January";
     * a date right after the word is the bound: "after Monday's vote";
     * nor of what it is compared with;
     * nor of a gerund after "of" or "for": "accused German companies of
     * providing Iraq with weapons technology in the 1980s"; nor of one
     * after a possessive: "his waging war against Iran in 1980-1988") */
    static const char *const follows[] = {"AFTER", "FOLLOWING", NULL};
    int act_before = p->t[vg->verb].begin < tx->begin;
    for (uint32_t back = 0; k > 0 && back < 16; back++, k--) {
        const token *t = &p->t[k - 1];
        if (strcmp(t->up, "SINCE") == 0 || compared_with(p, k - 1))
            return 1;
        if (act_before && back > 0 && k - 1 > vg->verb && str_in(t->up, follows))
            return 1;
        if (act_before && k > 1 && k - 1 > vg->verb && p->tags && p->tags[k - 1] == TAG_VBG
            && gerund_head(p, k - 1))
            return 1;
        /* (nor of a relative clause after the object whose verb comes
         * after the date: "released two settlers whose slaying of a man in
         * Hebron Tuesday sparked clashes"; "the WHO" is a name) */
        if (act_before && k - 1 > vg->verb && (relative_that(p, k - 1) || (str_in(t->up, relatives)
            && !(k > 1 && strcmp(p->t[k - 2].up, "THE") == 0))))
            return 1;
        if ((t->flags & TOK_PUNCT) || syntax_is_verb_at(p, k - 1))
            return 0;
    }
    return 0;
}

/* Past tense (VBD, VBN), or not: the tense of a verb group's first word. */
static int past_tense(const parse *p, const verb_group *vg)
{
    return p->tags && (p->tags[vg->first] == TAG_VBD || p->tags[vg->first] == TAG_VBN);
}

/* "the meeting which begins on Tuesday", "a summit held at the weekend":
 * a clause telling when a gathering was is when those at it did what they
 * did there.  A gathering noun a few words before the verb, no verb between. */
static int dates_a_gathering(const parse *p, const verb_group *owner)
{
    for (uint32_t k = owner->first; k > 0 && k + 9 > owner->first; k--) {
        if (str_in(p->t[k - 1].up, gathering_nouns))
            return 1;
        if (syntax_is_verb_at(p, k - 1))
            return 0;
    }
    return 0;
}

enum { GATHERING_OF_REACH = 8 };   /* tokens back from the infinitive to its gathering */

/* "will attend the summit to be held in Hanoi from Nov. 17": an infinitive
 * right after a gathering noun tells when the gathering is, which is when
 * those at it act (unlike "agreed to resume talks in January"). */
static int gathering_infinitive(const parse *p, const verb_group *owner)
{
    if (!owner->infinitive || owner->first == 0)
        return 0;
    /* (over the gathering's "of" phrase too: "an informal meeting of the
     * APEC leaders to be held in Hanoi on Nov. 18") */
    int of = 0;
    for (uint32_t w = owner->first; w-- > 0 && owner->first - w <= GATHERING_OF_REACH;) {
        if (str_in(p->t[w].up, gathering_nouns) && (of || w + 1 == owner->first))
            return 1;
        if ((p->t[w].flags & TOK_PUNCT) || syntax_is_verb_at(p, w))
            return 0;
        of |= strcmp(p->t[w].up, "OF") == 0;
    }
    return 0;
}

/* "end the diplomatic spat set off when Georgia arrested four soldiers
 * in September": a "when" clause right after a participle that follows a
 * noun tells the time of the participle's deed, not of the act (whose
 * time a "when" clause right after its own verb shares).  The tagger
 * reads many such participles as past verbs ("the dispute triggered
 * when"), which come to the same: a clause of its own after the act.
 * `w` is the "when", `after` the first token past the act's verb. */
static int participle_when(const parse *p, uint32_t w, uint32_t after)
{
    if (!p->tags || strcmp(p->t[w].up, "WHEN") != 0 || w < after + 2)
        return 0;
    uint32_t participle = w - 1;
    if (p->tags[participle] == TAG_RP)
        participle--;   /* "set off", "stirred up" */
    if (participle <= after || (p->tags[participle] != TAG_VBN && p->tags[participle] != TAG_VBD))
        return 0;
    uint32_t noun = noun_before_participle(p, participle);
    return noun < participle && noun >= after;
}

/* "Bush, who arrived on Monday", "Kenya, whose government helped shape":
 * a verb a relative pronoun opens the clause of, a few words before it;
 * with `after` (a token index, 0 for none), also a subordinator of another
 * time standing at or after it ("the first to visit Taiwan since
 * Washington established ties in 1979"; "when" and "while" clauses share
 * the time of the act), a few more words back, as one may stand before a
 * longer subject ("after a deadly suicide bomb attack killed six Israelis
 * last month"). */
static int in_relative_clause(const parse *p, const verb_group *vg, uint32_t after)
{
    static const char *const subordinators[] = {"SINCE", "AFTER", "BEFORE", "UNTIL", "BECAUSE", NULL};
    for (uint32_t k = vg->first; k > after && k + (after ? 8 : 4) > vg->first; k--) {
        if ((k + 4 > vg->first && (str_in(p->t[k - 1].up, relatives) || relative_that(p, k - 1)))
            || (after && (str_in(p->t[k - 1].up, subordinators) || participle_when(p, k - 1, after))))
            return 1;
        if ((p->t[k - 1].flags & TOK_PUNCT) || syntax_is_verb_at(p, k - 1))
            return 0;
    }
    return 0;
}

int reporting_word(const token *t)
{
    return t->tag == WC_REPORT || dyad_attrib_is_speech_verb(t->up, t->len);
}

static int reporting(const parse *p, const verb_group *vg)
{
    return reporting_word(&p->t[vg->verb]);
}

/* A verb of saying, intending, appealing or threatening ("announced it
 * would free"). */
static int states(const parse *p, const verb_group *vg)
{
    static const char *const statements[] = {"01", "02", "03", "13", NULL};
    return reporting(p, vg) || syntax_verb_code_in(p, vg->verb, statements, 0);
}

/* "Georgia freed the officers in October, but the United States has been
 * urging Moscow": a comma and a word of contrast between a date and the
 * act's verb (tokens [from, to)) close the clause the date belongs to. */
static int contrast_between(const parse *p, uint32_t from, uint32_t to)
{
    static const char *const contrasts[] = {"BUT", "WHILE", "WHEREAS", "YET", NULL};
    for (uint32_t w = from; w + 1 < to; w++)
        if (strcmp(p->t[w].up, ",") == 0 && str_in(p->t[w + 1].up, contrasts))
            return 1;
    return 0;
}

/* Whether the infinitive after `vg` tells what its deed, done in the
 * past, was for: "mobilized riot police to end a stoppage by pilots in
 * August", "met the negotiators ... late Tuesday to inform them": the
 * purpose is served at the deed's time, so a date in it dates the deed.
 * Not past a comma, nor after a statement or an intention, whose infinitive tells a deed
 * of its own time ("agreed to resume talks in January"). */
static int purpose_done(const parse *p, const verb_group *vg, const verb_group *infinitive)
{
    if (!past_tense(p, vg) || vg->modal != MODAL_NONE || states(p, vg))
        return 0;
    for (uint32_t k = vg->verb_end; k < infinitive->first; k++)
        if (p->t[k].flags & TOK_PUNCT)
            return 0;   /* another clause's: "met up with a unit, while troops are due to arrive" */
    return 1;
}

/* The auxiliaries of the present perfect. */
static const char *const have[] = {"HAS", "HAVE", "'VE", NULL};

/* Whether the verb group `vg` is in the present perfect ("who have been
 * trying to broker", "which has held"): that tense names no day of the past, so a
 * past day after it ("met the negotiators who have been trying to broker
 * an agreement ... late Tuesday") is another verb's; not after "since",
 * which the perfect takes ("who have lived there since May 3"). */
static int perfect_takes_no_day(const parse *p, const verb_group *vg, const dyad_timex *tx,
                                const char *story_date)
{
    uint32_t at = token_at(p, tx->begin);
    if (strlen(tx->value) < 10 || strncmp(tx->value, story_date, 10) >= 0
        || (at > 0 && strcmp(p->t[at - 1].up, "SINCE") == 0))
        return 0;   /* not a day of the past */
    /* (the auxiliaries may be another group's, or none the tagger took:
     * "have been trying to broker" is read back from "broker") */
    for (uint32_t k = vg->verb; k > 0 && k + 6 > vg->verb; k--) {
        const token *t = &p->t[k - 1];
        if (str_in(t->up, have))
            return 1;
        if ((t->flags & TOK_PUNCT) || str_in(t->up, relatives))
            return 0;
    }
    return 0;
}

/* Whether the act, told in the present perfect ("have arrested"), cannot
 * take the date: a year over before the story's, which that tense does
 * not name ("gendarmes have arrested a paratrooper accused of sadism ...
 * in 1993": the sadism's year).  Not a month or a day: wire copy puts
 * them on a perfect ("reported that the army has paraded prisoners on
 * Monday", "On June 28, warplanes have shelled"), nor after "since". */
static int perfect_act_past_date(const parse *p, const verb_group *vg, const dyad_timex *tx,
                                 const char *story_date)
{
    uint32_t at = token_at(p, tx->begin);
    if (strlen(tx->value) != 4 || strspn(tx->value, "0123456789") != 4 || strncmp(tx->value, story_date, 4) >= 0
        || (at > 0 && strcmp(p->t[at - 1].up, "SINCE") == 0))
        return 0;
    for (uint32_t k = vg->first; k < vg->verb; k++)
        if (str_in(p->t[k].up, have))
            return 1;
    return 0;
}

/* A date may be another verb's time, the verb right before it: a relative
 * clause's ("met Bush, who arrived on Monday"; "Kenya, whose government
 * helped shape the regime in 2004, said ..."), and after the event's verb a
 * participle's ("attack the government formed in April"; before it,
 * "troops backed by Afghan forces this week launched" is as often the
 * event's time), a clause of another time ("visit Taiwan since Washington
 * established ties in 1979"), a verb joined in another tense ("already
 * cooperate and signed a treaty in 1995"), or the act a statement is about
 * ("agreed to resume talks in January", "announced it would free prisoners
 * on Sunday": the statement is now).  Not a reporting verb's, nor a verb's
 * going on with the act in the same tense ("attacked the town and killed 20
 * people on Monday"). */
static int other_verbs_date(const parse *p, const verb_group *vg, const dyad_timex *tx, const char *story_date)
{
    const verb_group *owner = NULL;
    for (uint32_t v = 0; v < p->n_verbs; v++)
        if (p->t[p->verbs[v].verb].begin < tx->begin && (!owner || p->verbs[v].verb > owner->verb))
            owner = &p->verbs[v];
    if (!owner || owner->verb == vg->verb || reporting(p, owner))
        return 0;
    /* (a verb helped by the one before: "helped shape") */
    const verb_group *head = owner > p->verbs && owner[-1].verb_end == owner->first ? owner - 1 : owner;
    /* (a verb joined to the owner is in its clause: "since the PLA stormed
     * the square on June 4, 1989 and fired on demonstrators") */
    if (owner->verb < vg->verb && vg->conjoined && past_tense(p, owner) == past_tense(p, vg)
        && owner->modal == vg->modal)
        return 0;
    /* (but not into a future of its own: "arrived on Monday and will meet
     * Erdogan on Sunday", whose "will meet" is not Monday's; "will arrive
     * on Sunday and meet Erdogan" shares the first's "will") */
    if (owner->verb < vg->verb && vg->conjoined && vg->modal == MODAL_FUTURE && owner->modal != MODAL_FUTURE)
        return 1;
    if (owner->verb < vg->verb && vg->finite && contrast_between(p, token_at(p, tx->end), vg->first)
        && past_tense(p, owner) != past_tense(p, vg))
        return 1;
    /* (the clause of another time opens after the act's verb: "after
     * Ethiopian troops began attacking them on December 20" is the act's) */
    /* (the owner may be the participle itself: "end the dispute
     * triggered when soldiers shot three guards in August", whose "shot"
     * the tagger did not take for a verb) */
    uint32_t when = owner->verb_end + (owner->verb_end < p->n && p->tags && p->tags[owner->verb_end] == TAG_RP);
    if (owner->verb > vg->verb && when < p->n && participle_when(p, when, vg->verb_end))
        return 1;
    if (in_relative_clause(p, head, owner->verb > vg->verb ? vg->verb_end : 0)
        || (owner->reduced && owner->verb > vg->verb))
        return !dates_a_gathering(p, owner) && !perfect_takes_no_day(p, head, tx, story_date);
    if (owner->verb < vg->verb)
        return 0;
    /* (a date of what a denial denies is the denied act's: "denied that it
     * had attacked Ukraine last month" was denied today) */
    if (syntax_is_denial(&p->t[vg->verb]))
        return 1;
    /* (what a verb of saying after the act tells is not the act's: "Hill,
     * arriving in Japan, said he will meet Kim on Sunday", "\"A contingent
     * has arrived,\" an official said, adding that troops visited China in
     * 2004"; but "leaders attending the summit will discuss Darfur on
     * Thursday") */
    for (const verb_group *between = vg + 1; between < owner; between++)
        if (reporting(p, between))
            return 1;
    if (owner->conjoined && past_tense(p, owner) != past_tense(p, vg))
        return 1;
    return owner == vg + 1 && ((owner->infinitive && !gathering_infinitive(p, owner) && !purpose_done(p, vg, owner))
                               || (owner->modal != MODAL_NONE && states(p, vg)));
}

/* Whether the event is something said, wanted, agreed or threatened
 * (CAMEO 01-03, 10-13): dated when said, not when it would be done. */
static int said_or_meant(const dyad_event *ev)
{
    static const char *const statements[] = {"01", "02", "03", "10", "11", "12", "13", NULL};
    return str_prefix_in(ev->cameo, statements);
}

/* "announced on Tuesday, Hu will pay state visits ... from Nov. 15",
 * "said Thursday that Russia and NATO will sign an agreement ... on May
 * 27", "On Oct. 29, an official told Xinhua that Meshaal would visit Egypt
 * soon": a reporting verb's date is the act's when the act is told as done
 * or as said ("said Tuesday troops attacked", "said last week Israel would
 * never allow"), not when it is a deed still to come. */
static int reported_future(const parse *p, const verb_group *vg, const dyad_event *ev, const dyad_timex *tx)
{
    if (vg->modal != MODAL_FUTURE || said_or_meant(ev))
        return 0;
    const verb_group *owner = NULL;
    for (uint32_t v = 0; v < p->n_verbs; v++)
        if (p->t[p->verbs[v].verb].begin < tx->begin && (!owner || p->verbs[v].verb > owner->verb))
            owner = &p->verbs[v];
    /* (a date in front is the first verb's: "On Oct. 29, an official told
     * Xinhua that Meshaal would visit Egypt soon") */
    if (!owner && p->n_verbs)
        owner = &p->verbs[0];
    return owner && owner->verb < vg->verb && owner->modal != MODAL_FUTURE && reporting(p, owner);
}

/* "expressed his appreciation for the expected visit of Putin next
 * February", "invited China to talks next month": what a simple past tells
 * was done by the story's date; a date after it is another act's.  (Not a
 * past with an auxiliary: "said Moscow was expecting a delegation next
 * week" tells of next week in reported speech.) */
static int past_act_ahead(const story_ctx *ctx, const parse *p, const verb_group *vg, const char *day)
{
    if (!vg->finite || vg->modal != MODAL_NONE || !p->tags || strncmp(day, ctx->story->date, 10) <= 0)
        return 0;
    uint32_t first = vg->first;
    while (first < vg->verb && p->tags[first] == TAG_RB)
        first++;   /* "also extended an invitation to the session next year" */
    if (first == vg->verb)
        return p->tags[vg->verb] == TAG_VBD;
    /* (a present perfect is done by now too, an adverb or two between:
     * "four ministers have quit ahead of January's elections", "Tehran has
     * allocated 120 million dollars to the government for 2007", "has
     * indefinitely postponed a visit that had been scheduled for Sunday";
     * not the past perfect, whose agreement is dated by what it agrees:
     * "had almost reached an agreement for a summit on April 17") */
    static const char *const perfect[] = {"HAS", "HAVE", NULL};
    uint32_t w = first + 1;
    while (w < vg->verb && p->tags[w] == TAG_RB)
        w++;
    return w == vg->verb && p->tags[vg->verb] == TAG_VBN && str_in(p->t[first].up, perfect);
}

/* "Iran was demanding a meeting with the IAEA in May": what is said,
 * asked, demanded, refused or threatened (CAMEO 01, 02, 10-13) in a finite
 * verb with no future of its own is said by the story's date; a date ahead
 * of it is what the words are about.  An intention or agreement (03) is
 * dated by the act it intends, as in the seed story ("Moscow was expecting
 * the arrival of a large Taliban delegation ... next week").  (Not
 * "will ask the Cabinet Tuesday", nor an act another verb dates: "is
 * expected to sign ... on Sunday", "look forward to informing", nor a
 * participle: "will publish an editorial on Monday, asking ...".) */
static int statement_ahead(const story_ctx *ctx, const verb_group *vg, const verb_group *act,
                           const dyad_event *ev, const char *day)
{
    return act == vg && vg->finite && vg->modal == MODAL_NONE && !vg->infinitive && said_or_meant(ev)
           && strncmp(ev->cameo, "03", 2) != 0 && strncmp(day, ctx->story->date, 10) > 0;
}

/* "was expected to brief Arafat on his talks last month", "will meet the
 * leader of the rebels, who seized the town last month": a deed told with
 * "will" or "would" is still to come; a day, month or year over before the
 * story's is another act's, but for a quotation's "tomorrow".  (Not what is said, meant or threatened, dated
 * when said: "said last week that Israel would never allow ...".) */
static int future_act_behind(const story_ctx *ctx, const verb_group *vg, const dyad_event *ev,
                             const dyad_timex *tx)
{
    size_t len = strlen(tx->value);
    int calendar = len == 4 || (len == 7 && tx->value[4] == '-' && tx->value[5] != 'W')
                   || (len >= 10 && tx->value[7] == '-');
    /* ("tomorrow" is ahead of its speaking, which a quotation may put
     * before the story: '"We will meet tomorrow," he said on Monday') */
    return vg->modal == MODAL_FUTURE && calendar && !said_or_meant(ev)
           && strncmp(tx->value, ctx->story->date, len < 10 ? len : 10) < 0
           && strncasecmp(ctx->story->text + tx->begin, "tomorrow", 8) != 0;
}

static long day_number(const char *day)
{
    int y = 0, m = 0, d = 0;
    if (sscanf(day, "%d-%d-%d", &y, &m, &d) != 3)
        return 0;
    return cal_days_from_civil(y, m, d);
}

/* "a court implicated Iranian leaders in the killing of four men in
 * 1982", "complained about the bank's lack of activity during 1996",
 * "defended the administration's decision three years ago": what is said,
 * asked, blamed or praised is said now; a date more than half a year old
 * after the words said (a noun between) is the time of what they are
 * about.  Not a passive ("was rejected by voters last year": a vote), nor
 * support, which lasts ("backed Saddam's regime through the 1980s"). */
static int comment_on_the_past(const story_ctx *ctx, const parse *p, const verb_group *vg, uint32_t k,
                               const char *day)
{
    static const char *const comments[] = {"01", "02", "052", "10", "11", "13", NULL};
    if (!p->tags || vg->passive || k <= vg->verb_end || !syntax_verb_code_in(p, vg->verb, comments, 0)
        || day_number(day) + 180 > day_number(ctx->story->date))
        return 0;
    for (uint32_t w = vg->verb_end; w + 1 < k; w++)
        if (is_noun_tag(p->tags[w]))
            return p->tags[k - 1] == TAG_IN || is_noun_tag(p->tags[k - 1]);
    return 0;
}

/* "The strike, one of the deadliest this year, drew condemnation", "has
 * been at its fiercest this year": a time right after a superlative bounds
 * the record it sets, not when anything was done. */
static int after_superlative(const parse *p, uint32_t k)
{
    if (!p->tags || k == 0)
        return 0;
    uint32_t w = k - 1;
    if (p->tags[w] == TAG_IN && w > 0)
        w--;                          /* ("the worst in a decade") */
    return p->tags[w] == TAG_JJS || (w > 0 && p->tags[w - 1] == TAG_JJS && is_noun_tag(p->tags[w]));
}

/* "attended the meeting in October 2001 and paid a visit to China in
 * February 2002": a verb joined by "and" or "but" to what went before
 * takes a date before the conjunction (the first verb's, which it shares
 * when it has none: "stormed the square on June 4, 1989 and fired on
 * demonstrators") only when none follows it. */
static int joined_after(const parse *p, const verb_group *vg)
{
    uint32_t w = vg->first;
    while (w > 0 && p->tags && p->tags[w - 1] == TAG_RB)
        w--;   /* "and then paid", "and also" */
    return w > 0 && (strcmp(p->t[w - 1].up, "AND") == 0 || strcmp(p->t[w - 1].up, "BUT") == 0);
}

/* "The cabinet took the decision on December 6, a day after a bomber
 * killed five Israelis", "took over command in 2003, two years after
 * US-led forces overthrew the Taliban": an act told after a length and
 * "after" (or "before") that stand between the date it takes and its
 * verb, in the clause "after" opens, was that long before (or after) the
 * date.  A vague length ("hours after") leaves the date as it is. */
static int shifted_from(const story_ctx *ctx, const parse *p, const verb_group *vg, const dyad_timex *date,
                        const char *day, char out[16])
{
    size_t verb = p->t[vg->first].begin;
    for (size_t i = 0; i < ctx->n_timex; i++) {
        const dyad_timex *tx = &ctx->timex[i];
        if (tx->type != DYAD_TIMEX_DURATION || tx->begin < date->end || tx->end > verb)
            continue;
        uint32_t k = token_at(p, tx->end);
        if (k >= p->n || p->t[k].begin > tx->end + 1)
            continue;
        int sign = strcmp(p->t[k].up, "AFTER") == 0 ? -1 : strcmp(p->t[k].up, "BEFORE") == 0 ? 1 : 0;
        /* (the act in the clause "after" opens, no comma between: "On June
         * 28, three days after militants kidnapped a soldier, warplanes
         * shelled ..." shelled on June 28; but a pair of commas sets off
         * an aside inside the clause: "three days after militants, led by
         * Hamas, abducted a soldier" abducted three days before) */
        int commas = 0;
        for (uint32_t w = k; w < vg->first; w++)
            if (p->t[w].flags & TOK_PUNCT) {
                if (strcmp(p->t[w].up, ",") != 0)
                    return 0;
                commas++;
            }
        return sign && commas % 2 == 0 && date_shift(day, tx->value, sign, out, 16);
    }
    return 0;
}

/* The first day of the part of a month, year or decade that "mid",
 * "middle", "late" or "end" names in the words `text` of a date whose
 * first day is `day` ("mid-October" 2021-10-11, "late last year" 2020-09-01,
 * "the late 1990s" 1997-01-01): its middle or last third, as the whole
 * period is dated by its first day. The value keeps the period. */
static void shade_day(const char *text, size_t len, const char *value, char day[16])
{
    static const char *const middle[] = {"mid", "middle", NULL}, *const last[] = {"late", "end", NULL};
    if (len > 4 && strncasecmp(text, "the ", 4) == 0)
        text += 4, len -= 4;
    int third = 0;
    for (int k = 0; !third && k < 2; k++)
        for (const char *const *w = k ? last : middle; *w; w++) {
            size_t n = strlen(*w);
            if (len > n && strncasecmp(text, *w, n) == 0 && !isalpha((unsigned char)text[n]))
                third = k + 1;
        }
    size_t digits = strspn(value, "0123456789");
    int y = atoi(day);
    if (!third)
        return;
    if (digits == 4 && value[4] == '-' && strspn(value + 5, "0123456789") == 2 && !value[7])
        snprintf(day + 8, 8, "%02d", third == 1 ? 11 : 21);   /* a month */
    else if (digits == 4 && !value[4])
        snprintf(day + 5, 11, "%02d-01", third == 1 ? 5 : 9);   /* a year: May, September */
    else if (digits == 3 && !value[3])
        snprintf(day, 16, "%04d-01-01", (y + (third == 1 ? 4 : 7)) % 10000);   /* a decade */
}

static int nearest_date(story_ctx *ctx, const parse *p, const verb_group *vg, const verb_group *act,
                        size_t begin, size_t end, dyad_event *ev)
{
    size_t verb = p->t[vg->verb].begin, best_dist = (size_t)-1;
    const dyad_timex *best = NULL;
    char day[16];
    for (size_t i = 0; i < ctx->n_timex; i++) {
        const dyad_timex *tx = &ctx->timex[i];
        if (tx->begin < begin || tx->end > end)
            continue;
        if ((tx->type != DYAD_TIMEX_DATE && tx->type != DYAD_TIMEX_TIME) || !value_to_day(tx->value, day))
            continue;
        /* (the filters see the day the event would take: "late November"
         * is past a story of Nov. 10) */
        shade_day(ctx->story->text + tx->begin, tx->end - tx->begin, tx->value, day);
        if (not_when_done(p, vg, tx) || other_verbs_date(p, vg, tx, ctx->story->date)
            || perfect_act_past_date(p, vg, tx, ctx->story->date)
            || prospect_date(p, vg, token_at(p, tx->begin), ev) || reported_future(p, vg, ev, tx)
            || past_act_ahead(ctx, p, vg, day) || statement_ahead(ctx, vg, act, ev, day)
            || future_act_behind(ctx, vg, ev, tx) || ends_range(ctx, p, tx)
            || comment_on_the_past(ctx, p, vg, token_at(p, tx->begin), day))
            continue;
        size_t dist = tx->begin > verb ? tx->begin - verb : verb - tx->begin;
        if (tx->end <= verb && joined_after(p, vg))
            dist += end - begin;   /* only when the verb has none of its own */
        if (dist < best_dist) {
            best_dist = dist;
            best = tx;
        }
    }
    if (!best || after_superlative(p, token_at(p, best->begin)))
        return 0;                     /* (nor is another time of the sentence) */
    value_to_day(best->value, day);
    char shifted[16];
    const char *value = best->value;
    if (shifted_from(ctx, p, vg, best, day, shifted)) {
        value = shifted;
        value_to_day(shifted, day);
    } else {
        shade_day(ctx->story->text + best->begin, best->end - best->begin, value, day);
    }
    snprintf(ev->date, sizeof ev->date, "%s", day);
    snprintf(ev->date_value, sizeof ev->date_value, "%s", value);
    ev->date_text = arena_strndup(ctx->mem, ctx->story->text + best->begin, best->end - best->begin);
    return 1;
}

/* ----------------------------------------------------------------- where */

/* The countries that tell which of several towns a name means: those the
 * story has named so far, and the dateline's ("SAN JOSE, Costa Rica" is
 * a story told from Costa Rica, whose "San Jose" is its capital).  The
 * dateline's is kept out of ctx->countries, which also tells the country
 * of actors the story names. */
int context_find_place(story_ctx *ctx, size_t begin, size_t end, dyad_place *out, size_t *pb, size_t *pe)
{
    if (end <= begin)
        return 0;
    const char *countries[sizeof ctx->countries / sizeof *ctx->countries + 1];   /* and the dateline's */
    size_t n = ctx->n_countries;
    memcpy(countries, ctx->countries, n * sizeof *countries);
    if (ctx->has_dateline && ctx->dateline.country[0])
        countries[n++] = ctx->dateline.country;
    int found = dyad_place_find(ctx->story->text + begin, end - begin, countries, n, out, pb, pe);
    if (found)
        dyad_country_on(out->country, ctx->date);   /* (Malakal in 2006 is in Sudan) */
    return found;
}

int context_lookup_place(const story_ctx *ctx, const char *name, size_t len, dyad_place *out)
{
    const char *countries[sizeof ctx->countries / sizeof *ctx->countries];
    memcpy(countries, ctx->countries, ctx->n_countries * sizeof *countries);
    if (!dyad_place_lookup(name, len, countries, ctx->n_countries, out))
        return 0;
    dyad_country_on(out->country, ctx->date);
    return 1;
}

int context_clause_country(story_ctx *ctx, const parse *p, const verb_group *vg, char country[4])
{
    size_t begin = p->t[vg->left].begin, end = p->t[vg->right > 0 ? vg->right - 1 : 0].end;
    dyad_place place;
    size_t pb, pe;
    if (context_find_place(ctx, begin, end, &place, &pb, &pe) != 2)
        return 0;
    memcpy(country, place.country, 4);
    return country[0] != 0;
}

static int common_noun(const parse *p, uint32_t k)
{
    return p->tags && k < p->n && (p->tags[k] == TAG_NN || p->tags[k] == TAG_NNS);
}

/* "officials from the United States opened a conference here", "received
 * assistance from France": where people or things come from is not where
 * the act was done (but force "fired from Lebanon" and a retreat "from
 * Gaza" were).  After a noun it never is, whatever the act: "a suicide
 * bomber from Jenin killed five", "independence from India", "heroin from
 * the "Golden Crescent"".  `at` is the place's offset in the text; returns
 * 2 for "from" after a noun, 1 for another "from", 0 for none. */
static int came_from(const parse *p, size_t at)
{
    uint32_t k = token_at(p, at);
    while (k > 0 && ((p->t[k - 1].flags & TOK_QUOTE) || strcmp(p->t[k - 1].up, "THE") == 0))
        k--;
    if (k == 0 || strcmp(p->t[k - 1].up, "FROM") != 0)
        return 0;
    return k >= 2 && common_noun(p, k - 2) ? 2 : 1;
}

/* Token k is an adjective or participle in lower case ("western",
 * "neighbouring", "occupied"). */
static int lower_adjective(const parse *p, uint32_t k)
{
    int tag = p->tags ? p->tags[k] : 0;
    return !(p->t[k].flags & TOK_CAP) && (tag == TAG_JJ || tag == TAG_VBG || tag == TAG_VBN);
}

/* Nouns of a part of a country: "the West Bank city of Jenin". */
static const char *const place_nouns[] = {"CITY", "CITIES", "TOWN", "TOWNS", "VILLAGE", "VILLAGES", "CAPITAL",
    "PORT", "PROVINCE", "PROVINCES", "REGION", "REGIONS", "DISTRICT", "DISTRICTS", "AREA", "AREAS", "COAST",
    "BORDER", "TERRITORY", "CAMP", "CAMPS", NULL};

/* "hit out at US suggestions", "a reduction in US troops": a country's
 * name before a common noun qualifies the noun; it is not where the act
 * was done (a town's name often is: "in a Baghdad market"; and so is a
 * country's before a place noun: "in the West Bank town of Nablus").
 * "Today" and "yesterday" are nouns that do not count.  `end` is the
 * name's end. */
static int qualifies_a_noun(const parse *p, const dyad_place *place, size_t end)
{
    static const char *const times[] = {"TODAY", "YESTERDAY", "TONIGHT", "TOMORROW", "NOW", "OVERNIGHT", NULL};
    /* (times, and "amid", which the tagger may take for an adjective) */
    static const char *const not_qualifying[] = {"LAST", "NEXT", "EARLY", "LATE", "EARLIER", "LATER", "THIS",
                                                 "AMID", "AMIDST", NULL};
    uint32_t k = token_at(p, end);
    if (k >= p->n)
        return 0;                     /* (a name ends a headline with no full stop) */
    /* ("target US and Iraqi military patrols": a second qualifier joined) */
    if (k + 2 < p->n && (strcmp(p->t[k].up, "AND") == 0 || strcmp(p->t[k].up, "OR") == 0)
        && (p->t[k + 1].flags & TOK_CAP))
        k += 2;
    if (k + 1 < p->n && lower_adjective(p, k) && !str_in(p->t[k].up, not_qualifying))
        k++;   /* "at US financial sanctions" (not "in Iraq last week") */
    /* ("in Rakhine state on Tuesday", "in Bihar state": a state of the
     * country; not "US state media") */
    int a_state = (strcmp(p->t[k].up, "STATE") == 0 || strcmp(p->t[k].up, "STATES") == 0)
                  && !(k + 1 < p->n && common_noun(p, k + 1));
    return place->geonames_id == 0 && !place->admin1 && common_noun(p, k) && !str_in(p->t[k].up, times)
           && !str_in(p->t[k].up, place_nouns) && !a_state;
}

/* "India and Pakistan have fought three wars", "rebels fighting
 * Khartoum": whom one fights is an adversary, not a place. */
static int fights(const parse *p, const verb_group *vg)
{
    const char *v = p->t[vg->verb].up;
    return strncmp(v, "FIGHT", 5) == 0 || strncmp(v, "FOUGHT", 6) == 0 || strncmp(v, "BATTL", 5) == 0;
}

/* Whether the word at text[0, len) is in the list. */
static int word_listed(const char *text, size_t len, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == len && strncasecmp(text, list[i], len) == 0)
            return 1;
    return 0;
}

/* "support China in the Taiwan issue", "at the Kosovo talks": a place
 * naming what is at issue is no place where the act was done; nor is one
 * whose possessive heads a topic ("assistance in Uganda's economic
 * development", "at Vietnam's accession to the WTO"; not "in Egypt's Red
 * Sea resort", "in Hebron's central market").  `after` is the text right
 * after the place's name. */
static int names_an_issue(const char *after)
{
    static const char *const issues[] = {"issue", "issues", "question", "problem", "dispute", "case", "file",
        "affair", "policy", "matter", "talks", "conflict", "crisis", NULL};
    static const char *const topics[] = {"development", "construction", "reconstruction", "economy",
        "elections", "election", "cooperation", "accession", "affairs", "efforts", "growth", "independence",
        "sovereignty", "stability", "membership", "bid", "reform", "reforms", "entry", "policy", "programme",
        "program", NULL};
    while (*after == ' ')
        after++;
    int possessive = strncmp(after, "'s ", 3) == 0;
    size_t len = 0;
    if (possessive) {
        /* (the head of up to three words in lower case after it) */
        const char *head = NULL;
        after += 3;
        for (int w = 0; w < 3 && islower((unsigned char)*after); w++) {
            for (len = 0; after[len] && isalpha((unsigned char)after[len]); len++)
                ;
            head = after;
            if (after[len] != ' ')
                break;
            after += len + 1;
        }
        return head && (word_listed(head, len, topics) || word_listed(head, len, issues));
    }
    while (after[len] && after[len] != ' ' && after[len] != ',' && after[len] != '.' && len < 16)
        len++;
    return word_listed(after, len, issues);
}

/* "arrived here on Monday": the clause of vg says its act was done where
 * the story was filed.  A statement was also made there when the verb
 * that reports it does ("Russia criticised the plan, Lavrov told
 * reporters here"): "here" anywhere in the sentence of a verbal event
 * (CAMEO quad classes 1 and 3). */
static int says_here(const parse *p, const verb_group *vg, const dyad_event *ev)
{
    int verbal = ev->quad_class == 1 || ev->quad_class == 3;
    uint32_t from = verbal ? 0 : vg->left, to = verbal ? p->n : vg->right;
    for (uint32_t k = from; k < to && k < p->n; k++)
        if (strcmp(p->t[k].up, "HERE") == 0)
            return 1;
    return 0;
}

/* "MUSCAT, Nov 4 (Reuters) - Iranian and American envoys held talks on
 * Tuesday": a statement or talks of the day the story was
 * filed, or the day before, in a sentence that names no place, were made
 * where the story was filed.  Not a future act ("Wen will hold talks with
 * Villepin", told from Beijing, is in France), nor an older one ("Earlier
 * this year, Sao Tome invited Angola"), nor a material act: a Kabul
 * dateline heads attacks all over Afghanistan. */
static int made_at_dateline(story_ctx *ctx, const parse *p, const verb_group *vg, const dyad_event *ev)
{
    dyad_place place;
    size_t pb, pe;
    long ago = day_number(ctx->story->date) - day_number(ev->date);
    if (!ctx->has_dateline || (ev->quad_class != 1 && ev->quad_class != 3) || vg->modal != MODAL_NONE
        || vg->infinitive || vg->conditional || ago < 0 || ago > 1)
        return 0;
    /* (the dateline itself, in capitals, opens the story's first sentence) */
    uint32_t from = 0;
    while (from + 1 < p->n && (p->t[from].flags & TOK_ALLCAP) && p->t[from].len > 3)
        from++;
    return !context_find_place(ctx, p->t[from].begin, p->t[p->n - 1].end, &place, &pb, &pe);
}

/* "criticised the training of police by German experts in the United Arab
 * Emirates", "called on the new government in Turkmenistan", "does not
 * recognize the outcome of the referendum in South Ossetia": in what a
 * statement, an appeal, praise, a demand, a criticism, a rejection or a
 * threat is about, a place after a noun says where that noun is, not
 * where the words were spoken; and a place addressed right after the
 * verb ("pointed the finger at Syria"; not "at the Washington meeting")
 * is an actor.  Not so for intents and
 * meetings (CAMEO 03-04), signatures (057) and protests (14), done where
 * they name ("agreed to hold talks in Moscow", "signed eight agreements
 * in Beijing"), nor for a noun one is at ("decided at a summit in
 * Riga").  text[at, end) is the place's name. */
/* "hold discussions with their counterparts on security threats posed by
 * the forces in eastern DRC", "signing an agreement on the development of
 * the oil field in southern Iraq": a place inside a phrase of "on",
 * "about", "over" or "regarding" a common noun after the verb of vg,
 * once an "of" or a participle has led on from that noun, is what talks
 * or an agreement are about, not where they are held ("met on Sunday in
 * Kabul", "a meeting on bird flu in Vietnam", "on the sidelines of the
 * forum in Hanoi" are).  Token `in` is the "in" before the place. */
static int subject_of_talks(const parse *p, const verb_group *vg, uint32_t in)
{
    static const char *const about[] = {"ON", "ABOUT", "OVER", "REGARDING", "CONCERNING", NULL};
    static const char *const margins[] = {"SIDELINES", "SIDELINE", "MARGINS", "MARGIN", "OCCASION", NULL};
    for (uint32_t w = in; w-- > vg->verb_end && !(p->t[w].flags & TOK_PUNCT);) {
        if (strcmp(p->t[w].up, "AT") == 0 || strcmp(p->t[w].up, "DURING") == 0)
            return 0;
        if (!str_in(p->t[w].up, about))
            continue;
        uint32_t n = w + 1;
        while (n < in && (strcmp(p->t[n].up, "THE") == 0 || strcmp(p->t[n].up, "A") == 0 || lower_adjective(p, n)))
            n++;
        if (n >= in || !common_noun(p, n) || str_in(p->t[n].up, margins))
            return 0;
        for (uint32_t m = n + 1; m < in; m++)
            if (strcmp(p->t[m].up, "OF") == 0 || (p->tags && (p->tags[m] == TAG_VBN || p->tags[m] == TAG_VBG)))
                return 1;
        return 0;
    }
    return 0;
}

/* "told a crowd in central Lima", "said in a speech in Cairo", "told
 * reporters in Ramallah": the place of the audience or the occasion of
 * words is where they were spoken, not what they are about. */
static const char *const speaking_occasions[] = {"SPEECH", "ADDRESS", "CROWD", "RALLY", "REPORTERS",
    "JOURNALISTS", "NEWSMEN", "CORRESPONDENTS", "INTERVIEW", "BRIEFING", "AUDIENCE", "STATEMENT",
    "SERMON", "LECTURE", "BROADCAST", NULL};

/* "discussed sectarian violence in Iraq", "is to debate the situation in
 * Burundi": what one discusses or debates is a topic, whatever the code of
 * the meeting. */
static int discusses(const parse *p, const verb_group *vg)
{
    const char *v = p->t[vg->verb].up;
    return strncmp(v, "DISCUSS", 7) == 0 || strncmp(v, "DEBAT", 5) == 0;
}

/* Token w opens an occasion the words were spoken at ("at a news
 * conference", "during the debate"): "at" or "during" before a common
 * noun, not before a name ("expressed their anger at President Bush and
 * their frustration with the war in Iraq" is not said at Bush). */
static int occasion_at(const parse *p, uint32_t w)
{
    if (strcmp(p->t[w].up, "AT") != 0 && strcmp(p->t[w].up, "DURING") != 0)
        return 0;
    uint32_t n = w + 1;
    while (n < p->n && (strcmp(p->t[n].up, "THE") == 0 || strcmp(p->t[n].up, "A") == 0 || lower_adjective(p, n)))
        n++;
    return n < p->n && common_noun(p, n);
}

/* "warned the United States against interfering in Taiwan", "accused
 * Syria of meddling in Lebanon": a gerund after a preposition, at token
 * k, names an act the words are about (not "condemned the remarks,
 * speaking in Brussels", set off by a comma). */
static int topic_gerund(const parse *p, uint32_t k)
{
    return p->tags && p->tags[k] == TAG_VBG && k > 0 && p->tags[k - 1] == TAG_IN;
}

static int what_words_are_about(const parse *p, const verb_group *vg, const dyad_event *ev, size_t at,
                                size_t end, int addressed)
{
    /* (information shared, 064, is words too: "briefed the king on the
     * latest developments in Lebanon") */
    if (ev->quad_class != 1 && ev->quad_class != 3 && strcmp(ev->cameo, "064") != 0)
        return 0;
    uint32_t k = token_at(p, at);
    for (int w = 0; w < 3 && k > 0 && (strcmp(p->t[k - 1].up, "THE") == 0 || lower_adjective(p, k - 1)); w++)
        k--;   /* "in the referendum in breakaway South Ossetia", "in western Sudan" */
    int in = k > 0 && strcmp(p->t[k - 1].up, "IN") == 0;
    if ((ev->root == 3 || ev->root == 4 || ev->root == 14 || strcmp(ev->cameo, "057") == 0) && !discusses(p, vg))
        return in && k >= 2 && common_noun(p, k - 2) && subject_of_talks(p, vg, k - 1);
    if (addressed && !in && k >= vg->verb_end && k - vg->verb_end <= 3 && !common_noun(p, token_at(p, end)))
        return 1;
    if (!in || k < 2 || k - 2 < vg->verb_end || !(common_noun(p, k - 2) || topic_gerund(p, k - 2))
        || str_in(p->t[k - 2].up, speaking_occasions))
        return 0;
    for (uint32_t w = k - 2; w-- > vg->verb && k - w <= 10 && !(p->t[w].flags & TOK_PUNCT);)
        if (occasion_at(p, w))
            return 0;
    return 1;
}

static void set_location(story_ctx *ctx, const dyad_place *place, dyad_event *ev)
{
    dyad_location *loc = arena_alloc(ctx->mem, sizeof *loc);
    loc->name = place->name;
    memcpy(loc->country, place->country, sizeof loc->country);
    loc->admin1 = place->admin1;
    loc->lat = place->lat;
    loc->lon = place->lon;
    loc->geonames_id = place->geonames_id;
    ev->location = loc;
}

/* Whether the actor text `actor` is the name text[0, len). */
static int names(const char *actor, const char *text, size_t len)
{
    return strlen(actor) == len && strncmp(actor, text, len) == 0;
}

/* "suspended talks following the train blasts in Mumbai", "invaded Cyprus
 * in response to a coup in Nicosia", "because of the fighting in Gaza": a
 * place in a phrase of what caused the act, after its verb and with no
 * punctuation between, is where that other event was, not the act.  Not
 * "after" ("said after talks in Rome": the talks are often the act
 * coded), nor a noun without its "in" ("staged a protest in Gaza").
 * Token k is the place's first. */
static int place_of_other_event(const parse *p, const verb_group *vg, uint32_t k)
{
    static const char *const in_causes[] = {"RESPONSE", "RETALIATION", "REPRISAL", "REVENGE", "PROTEST", "WAKE",
                                            NULL};
    for (uint32_t w = k; w-- > vg->verb_end && !(p->t[w].flags & TOK_PUNCT);) {
        const char *before = w > 0 ? p->t[w - 1].up : "";
        /* (not "met the following day in Paris") */
        if (strcmp(p->t[w].up, "FOLLOWING") == 0 && strcmp(before, "THE") != 0)
            return 1;
        if (strcmp(p->t[w].up, "BECAUSE") == 0 && strcmp(p->t[w + 1].up, "OF") == 0)
            return 1;
        if (strcmp(before, "THE") == 0 && w > 1)
            before = p->t[w - 2].up;   /* ("in the wake of") */
        if (str_in(p->t[w].up, in_causes) && strcmp(before, "IN") == 0)
            return 1;
    }
    return 0;
}

/* Whether the place text[pb, pe) of the clause of vg is where its act was
 * done, or only where someone came from ("a suicide bomber from Jenin"),
 * what is at issue ("in the Taiwan issue") or a country qualifying a noun
 * ("at US suggestions").  `text` is the story's text. */
static int place_of_act(const parse *p, const dyad_event *ev, const dyad_place *place, const char *text,
                        size_t pb, size_t pe)
{
    int retreat = strncmp(ev->cameo, "087", 3) == 0;
    int from = !retreat ? came_from(p, pb) : 0;
    if (from == 2 || (from == 1 && ev->root < 18))
        return 0;
    return !names_an_issue(text + pe) && !qualifies_a_noun(p, place, pe);
}

/* Whether a verb, a comma or other punctuation lies between the texts at
 * offsets `from` and `to`: "diplomats from North Korea were to meet in New
 * York" (New York is where they met), but "marines from the US bases in
 * Okinawa" (Okinawa is where they came from too). */
static int clause_moves_on(const parse *p, size_t from, size_t to)
{
    for (uint32_t k = token_at(p, from); k < p->n && p->t[k].begin < to; k++)
        if ((p->t[k].flags & TOK_PUNCT) || (p->tags && p->tags[k] >= TAG_VB && p->tags[k] <= TAG_VBZ))
            return 1;
    return 0;
}

/* A visit is paid where the one visited is: "Rice will travel to Germany,
 * Romania, Ukraine and Belgium" (the visit to Ukraine is in Ukraine),
 * "Haniya, who came to Qatar from Egypt", "Abuja has been hosting
 * talks".  Only a name that stands for itself: not a word in lower case
 * ("a visit to the university"), a short acronym of a town ("UN"), nor a
 * country qualifying a noun ("visiting U.S. diplomats").  `visited` is
 * the name of the actor visited, named after text[left] in the sentence
 * (a list may run past the clause: "to Germany, Romania, Ukraine"). */
static int visited_place(story_ctx *ctx, const parse *p, const dyad_event *ev, const char *visited, size_t left,
                         dyad_place *out)
{
    if (!visited || (strcmp(ev->cameo, "042") != 0 && strcmp(ev->cameo, "043") != 0))
        return 0;
    size_t len = strlen(visited), end = p->t[p->n - 1].end;
    const char *text = ctx->story->text, *at = strstr(text + left, visited);
    const char *initial = strncmp(visited, "the ", 4) == 0 ? visited + 4 : visited;
    if (!at || (size_t)(at - text) + len > end || !isupper((unsigned char)*initial))
        return 0;
    if (!context_lookup_place(ctx, visited, len, out))
        return 0;
    if (len <= 3 && !(out->geonames_id == 0 && !out->admin1))
        return 0;
    return !qualifies_a_noun(p, out, (size_t)(at - text) + len);
}

/* Whether text[from, to) only separates the items of a list of names:
 * commas, "and", "the" and capitalised words ("Bolivia, Cape Verde,
 * Guinea Bissau and", "Canada and the"). */
static int list_between(const char *text, size_t from, size_t to)
{
    size_t i = from;
    int names = 0;
    while (i < to) {
        if (text[i] == ',' || text[i] == ' ') {
            i++;
            continue;
        }
        size_t w = i;
        while (i < to && text[i] != ' ' && text[i] != ',')
            i++;
        int and_word = i - w == 3 && (strncmp(text + w, "and", 3) == 0 || strncmp(text + w, "the", 3) == 0);
        if (!and_word && !isupper((unsigned char)text[w]))
            return 0;
        names += !and_word;
    }
    return text[to - 1] == ' ' && (names || from < to);
}

/* The first copy of word[0, len) inside text[from, to), or NULL. */
static const char *find_between(const char *text, size_t from, size_t to, const char *word, size_t len)
{
    for (size_t i = from; len && i + len <= to; i++)
        if (text[i] == word[0] && memcmp(text + i, word, len) == 0)
            return text + i;
    return NULL;
}

/* "provide education in Bolivia, Cape Verde and East Timor", "visiting
 * ports in the United States, Canada and the Philippines": the place of
 * an act whose target is a later item of the list its place opens is
 * that item (the list may run past the clause).  text[at, end) follows
 * the place found; *out may change. */
static void target_in_list(story_ctx *ctx, const dyad_event *ev, size_t at, size_t end, dyad_place *out)
{
    /* (a visit hosted, 043, is to its source) */
    const char *target = strcmp(ev->cameo, "043") == 0 ? ev->source.text : ev->target.text;
    const char *text = ctx->story->text;
    const char *initial = target && strncmp(target, "the ", 4) == 0 ? target + 4 : target;
    if (!target || !isupper((unsigned char)*initial) || at >= end || (text[at] != ',' && text[at] != ' '))
        return;
    size_t len = strlen(target);
    /* (only up to the sentence's end: not a scan of the rest of the story) */
    const char *hit = find_between(text, at, end, target, len);
    /* (a whole word: "Russia" is no item of "..., Russian news agencies") */
    if (!hit || isalpha((unsigned char)hit[len]) || !list_between(text, at, (size_t)(hit - text)))
        return;
    dyad_place item;
    if (context_lookup_place(ctx, target, len, &item))
        *out = item;
}

/* "paid an official visit to Afghan capital Kabul", "began a tour of
 * Asia": the token of the "to" or "of" after a visit named within four
 * words from token k, the verb's end; else 0. */
static uint32_t visit_noun_to(const parse *p, uint32_t k)
{
    static const char *const visits[] = {"VISIT", "VISITS", "TRIP", "TOUR", "JOURNEY", NULL};
    for (uint32_t w = k; w + 1 < p->n && w < k + 4 && !(p->t[w].flags & TOK_PUNCT); w++)
        if (str_in(p->t[w].up, visits))
            return strcmp(p->t[w + 1].up, "OF") == 0 || strcmp(p->t[w + 1].up, "TO") == 0 ? w + 1 : 0;
    return 0;
}

/* "headed for Jordan", "flew into southern Albania", "would head for the
 * Nigerian capital Abuja": where a visit goes, named after a preposition
 * of direction right after its verb and up to three words.  `at` is
 * where the name starts. */
static int goes_to(const parse *p, const verb_group *vg, size_t at)
{
    static const char *const toward[] = {"FOR", "TO", "INTO", "TOWARD", "TOWARDS", NULL};
    uint32_t k = vg->verb_end, name = token_at(p, at);
    if (k == 0 || k >= p->n || (!str_in(p->t[k].up, toward) && (k = visit_noun_to(p, k)) == 0)
        || name <= k || name - k > 4)
        return 0;
    for (uint32_t w = k + 1; w < name; w++)
        if (p->t[w].flags & TOK_PUNCT)
            return 0;
    return 1;
}

/* "met his Libyan counterpart, Shukri Ghanem, in Zagreb": a name of up to
 * four capitalised words between commas right after the clause of vg,
 * followed by a preposition of place, is in apposition to the clause's
 * last words, and the place after it is still the act's.  Returns the end
 * of that phrase of place (up to punctuation or a verb), else `end`. */
static size_t past_apposition(const parse *p, const verb_group *vg, size_t end)
{
    static const char *const locatives[] = {"IN", "AT", "NEAR", NULL};
    uint32_t k = vg->right, j = k + 1;
    if (k >= p->n || strcmp(p->t[k].up, ",") != 0)
        return end;
    while (j < p->n && j - k <= 4 && (p->t[j].flags & TOK_CAP) && !(p->t[j].flags & TOK_PUNCT))
        j++;
    if (j == k + 1 || j + 2 >= p->n || strcmp(p->t[j].up, ",") != 0 || !str_in(p->t[j + 1].up, locatives))
        return end;
    uint32_t e = j + 2;
    while (e < p->n && !(p->t[e].flags & TOK_PUNCT) && !(p->tags && p->tags[e] >= TAG_VB && p->tags[e] <= TAG_VBZ))
        e++;
    return p->t[e - 1].end;
}

/* The end of the phrase from token e on, up to punctuation or a verb. */
static size_t phrase_end(const parse *p, uint32_t e)
{
    uint32_t start = e;
    while (e < p->n && !(p->t[e].flags & TOK_PUNCT) && !(p->tags && p->tags[e] >= TAG_VB && p->tags[e] <= TAG_VBZ))
        e++;
    return p->t[e > start ? e - 1 : start].end;
}

/* Token k opens a bracket that only spells out the name before it:
 * "the World Trade Organization (WTO)". */
static int acronym_bracket(const parse *p, uint32_t k)
{
    return k > 0 && k + 2 < p->n && strcmp(p->t[k].up, "(") == 0 && (p->t[k - 1].flags & TOK_CAP)
           && (p->t[k + 1].flags & TOK_CAP) && strcmp(p->t[k + 2].up, ")") == 0;
}

/* "signed an agreement on accession to the World Trade Organization (WTO)
 * on the sidelines of the APEC meeting in Hanoi": a bracket that spells
 * out a name does not end the clause of vg, whose phrase runs on past it
 * (up to punctuation or a verb).  Returns the end of that phrase, else
 * `end`. */
static size_t past_acronyms(const parse *p, const verb_group *vg, size_t end)
{
    uint32_t e = vg->right;
    while (acronym_bracket(p, e)) {
        e += 3;
        while (e < p->n && !(p->t[e].flags & TOK_PUNCT) && !(p->tags && p->tags[e] >= TAG_VB && p->tags[e] <= TAG_VBZ))
            e++;
    }
    return e > vg->right ? p->t[e - 1].end : end;
}

/* "killed two militants in the village of Qabatia, near Jenin", "in
 * Mina, outside Mecca": a clause of vg ending in a phrase of place on a
 * name, followed by a comma and "near" or "outside" a second place, still
 * names where the act was done: the town the gazetteer has when it lacks
 * the village is close enough ("80 km north of Baghdad" is not, as it is
 * not without the village).  Returns the end of that second phrase, else
 * `end`. */
static size_t past_place_aside(const parse *p, const verb_group *vg, size_t end)
{
    static const char *const locatives[] = {"IN", "AT", "NEAR", NULL};
    static const char *const close_by[] = {"NEAR", "OUTSIDE", NULL};
    uint32_t k = vg->right, w = k;
    if (k < 2 || k + 2 >= p->n || strcmp(p->t[k].up, ",") != 0 || !(p->t[k - 1].flags & TOK_CAP)
        || !str_in(p->t[k + 1].up, close_by))
        return end;
    while (w-- > vg->verb_end && k - w <= 6 && !(p->t[w].flags & TOK_PUNCT) && !str_in(p->t[w].up, locatives))
        ;
    if (w < vg->verb_end || k - w > 6 || !str_in(p->t[w].up, locatives))
        return end;   /* (the clause does not end in a phrase of place) */
    return phrase_end(p, k + 2);
}

/* "will attend an informal meeting of APEC leaders to be held in Hanoi",
 * "to participate in the SAARC summit to be held in Dhaka": a gathering
 * the clause of an intent or a meeting (CAMEO 03-04) names, followed by
 * "held" ("to be held", "being held") and a phrase of place, is where
 * one meets; that phrase still belongs to the clause.  Returns its end,
 * else `end`. */
static size_t past_gathering_held(const parse *p, const verb_group *vg, const dyad_event *ev, size_t end)
{
    uint32_t k = vg->right, w = k;
    if (ev->root != 3 && ev->root != 4)
        return end;
    if (k + 2 < p->n && strcmp(p->t[k].up, "TO") == 0 && strcmp(p->t[k + 1].up, "BE") == 0)
        k += 2;
    else if (k < p->n && strcmp(p->t[k].up, "BEING") == 0)
        k++;
    if (k + 2 >= p->n || strcmp(p->t[k].up, "HELD") != 0
        || (strcmp(p->t[k + 1].up, "IN") != 0 && strcmp(p->t[k + 1].up, "AT") != 0))
        return end;
    while (w-- > vg->verb_end && !(p->t[w].flags & TOK_PUNCT) && !str_in(p->t[w].up, gathering_nouns))
        ;
    return w >= vg->verb_end && str_in(p->t[w].up, gathering_nouns) ? phrase_end(p, k + 1) : end;
}

static int contrast_at(const parse *p, uint32_t k);

/* "a resolution each year since the massacre in Beijing in 1989, but
 * France this year blocked it": the clause of vg opens after the last
 * "but" before its verb.  Returns the offset it opens at. */
static size_t after_but(const parse *p, const verb_group *vg)
{
    uint32_t left = vg->left;
    for (uint32_t k = vg->left; k < vg->verb; k++)
        if (strcmp(p->t[k].up, "BUT") == 0 && contrast_at(p, k))
            left = k + 1;
    return p->t[left].begin;
}

/* The place named in the clause of vg that is where its act was done:
 * fills *out and returns 1, or returns 0. */
/* "M23 rebels seized Goma in eastern Congo": force on a town named before
 * the country it lies in happened in the town.  `at` is where the
 * country's name begins; *out, the country, may change. */
static void taken_town_in(story_ctx *ctx, const dyad_event *ev, size_t left, size_t at, dyad_place *out)
{
    if (ev->root < 18 || !ev->has_target || out->geonames_id != 0 || out->admin1)
        return;
    const char *town = ev->target.text, *text = ctx->story->text;
    size_t len = town ? strlen(town) : 0;
    const char *seen = len ? find_between(text, left, at, town, len) : NULL;
    dyad_place place;
    if (!seen || !isupper((unsigned char)*town)
        || !dyad_place_lookup(town, len, NULL, 0, &place))
        return;
    if (place.geonames_id != 0 && strcmp(place.country, out->country) == 0)
        *out = place;
}

/* "Sudanese army drones struck Nyala", "shelled the town of Nyala": force
 * (CAMEO 19-20) with no target, as on a town of one's own country, fell
 * on the place named right after its verb, at offset pb, or after the
 * "on" of the attack its subject names. */
static int struck_place(const parse *p, const verb_group *vg, const dyad_event *ev, size_t pb)
{
    if (ev->root < 19 || vg->passive)
        return 0;
    uint32_t k = token_at(p, pb), at = vg->verb_end;
    /* "A Russian missile attack on Kyiv killed 23 civilians": force that
     * the subject's noun names fell where its "on" says, when no one of a
     * known country was struck */
    uint32_t on = attacked_before(p, vg);
    if (on && k == on && (!ev->has_target || !ev->target.country[0]))
        return 1;
    if (vg->verb_end >= p->n)
        return 0;
    if (strcmp(p->t[at].up, "THE") == 0)
        at++;
    /* ("shelled the southern city of Kherson", "the Ukrainian city of
     * Zaporizhzhia": a country named there is the target, and the city
     * where it was struck) */
    uint32_t noun = at;
    while (noun < k && p->tags && p->tags[noun] == TAG_JJ)
        noun++;
    int country_adjective = noun > at && p->group_at[at] >= 0 && p->groups[p->group_at[at]].last == noun;
    if (noun + 2 <= k && str_in(p->t[noun].up, place_nouns) && strcmp(p->t[noun + 1].up, "OF") == 0
        && (noun == at || !ev->has_target || country_adjective))
        at = noun + 2;
    else if (ev->has_target)
        return 0;
    return k == at;
}

static int clause_place(story_ctx *ctx, const parse *p, const verb_group *vg, const dyad_event *ev,
                        dyad_place *out)
{
    size_t left = after_but(p, vg), end = p->t[vg->right > 0 ? vg->right - 1 : 0].end, begin = left;
    end = past_place_aside(p, vg, past_apposition(p, vg, past_acronyms(p, vg, end)));
    end = past_gathering_held(p, vg, ev, end);
    /* What was attacked, taken or visited comes after the verb: look there
     * first ("Rwanda attacked Bukavu" is not about a place called Rwanda). */
    int taken_or_visited = ev->root >= 18 || strcmp(ev->cameo, "042") == 0;   /* "visited Shenyang" */
    /* (a visit hosted, 043, is to its source: "Hu will pay a visit to the
     * United States", "wraps up a visit to France") */
    int hosted = strcmp(ev->cameo, "043") == 0;
    const char *visited = hosted ? ev->source.text : taken_or_visited ? ev->target.text : NULL;
    if (visited && vg->verb_end > 0 && p->t[vg->verb_end - 1].begin < end)
        begin = p->t[vg->verb_end - 1].begin;
    size_t pb, pe;
    int found = context_find_place(ctx, begin, end, out, &pb, &pe);
    if (!found && begin > left)
        found = context_find_place(ctx, begin = left, end, out, &pb, &pe);
    const char *target = ev->target.text;
    /* A name after "in", "at", "near" is where it happened.  A bare name
     * is the place only when it is what was attacked or taken ("captured
     * Kabul", CAMEO 18-20): "Russia met China" happened nowhere in
     * particular, and sanctions on Iran are not imposed in Iran.  A name
     * that is not where the act was done gives way to a later one ("were
     * to meet Wednesday in New York" after "diplomats from North Korea");
     * so does what words are about ("condemned the attack in Gaza at a
     * news conference in Cairo"). */
    size_t not_here = 0;   /* the end of the last name that was not where the act was done */
    for (; found; found = context_find_place(ctx, begin += pe, end, out, &pb, &pe)) {
        const char *text = ctx->story->text + begin;
        /* (a bare name that is not the place may come before one that is:
         * "Russia's attack on Kyiv killed 12") */
        if (found != 2 && !(visited && !fights(p, vg) && names(visited, text + pb, pe - pb))
            && !((hosted || strcmp(ev->cameo, "042") == 0) && goes_to(p, vg, begin + pb))
            && !struck_place(p, vg, ev, begin + pb))
            continue;
        if (what_words_are_about(p, vg, ev, begin + pb, begin + pe, target && names(target, text + pb, pe - pb))
            || place_of_other_event(p, vg, token_at(p, begin + pb)))
            continue;
        if ((!not_here || clause_moves_on(p, not_here, begin + pb))
            && place_of_act(p, ev, out, ctx->story->text, begin + pb, begin + pe)) {
            target_in_list(ctx, ev, begin + pe, p->t[p->n - 1].end, out);
            taken_town_in(ctx, ev, left, begin + pb, out);
            return 1;
        }
        not_here = begin + pe;
    }
    return visited_place(ctx, p, ev, visited, left, out);
}

/* Token k opens where someone went: "arrived in", "arriving at"; or a
 * visit the sentence tells its talks were held during ("during his visit
 * to China", "on a three-day trip to Japan", "on a tour of", "during his
 * stay in"), or that they opened or closed ("Kicking off a four-day stay
 * in Washington, he met", "Concluding a trip to Greece, the envoy said").
 * Returns 2 for an arrival (a name after a locative follows), 1 for a
 * visit (a bare name follows "to"), 0 otherwise. */
static int went_to(const parse *p, uint32_t k)
{
    static const char *const visits[] = {"VISIT", "TRIP", "TOUR", "STAY", NULL};
    static const char *const to[] = {"TO", "OF", "IN", NULL};
    static const char *const within[] = {"DURING", "ON", "KICKING", "STARTING", "BEGINNING", "OPENING",
                                         "CONCLUDING", "ENDING", "WRAPPING", "PAYING", "MAKING", NULL};
    if (strncmp(p->t[k].up, "ARRIV", 5) == 0)
        return strcmp(p->t[k + 1].up, "IN") == 0 || strcmp(p->t[k + 1].up, "AT") == 0 ? 2 : 0;
    if (!str_in(p->t[k].up, visits) || !str_in(p->t[k + 1].up, to))
        return 0;
    for (uint32_t w = k; w-- > 0 && k - w <= 5 && !(p->t[w].flags & TOK_PUNCT);)
        if (str_in(p->t[w].up, within))
            return 1;
    return 0;
}

/* "will visit Japan from Dec. 13 and hold talks with Abe", "visited
 * Kenya and met Kibaki": token k is a verb of visiting whose clause is
 * joined by "and" (then only a modal, an adverb or "to") to the verb at
 * token `verb`, in the same form: the same one visits and acts there
 * (not "had visited Kenya and would meet Sudanese leaders soon"). */
static int visit_joined(const parse *p, uint32_t k, uint32_t verb)
{
    static const char *const visiting[] = {"VISIT", "VISITS", "VISITED", "VISITING", NULL};
    if (!p->tags || k + 2 >= verb || !str_in(p->t[k].up, visiting) || p->tags[k] < TAG_VB || p->tags[k] > TAG_VBZ
        || p->tags[k] != p->tags[verb])
        return 0;
    uint32_t w = verb;
    while (w > k + 2 && (p->tags[w - 1] == TAG_MD || p->tags[w - 1] == TAG_RB || p->tags[w - 1] == TAG_TO))
        w--;
    if (strcmp(p->t[w - 1].up, "AND") != 0)
        return 0;
    for (uint32_t j = k + 1; j + 1 < w; j++)
        if (p->t[j].flags & TOK_PUNCT)
            return 0;
    return 1;
}

/* Token k is a comma and another comma closes the aside it opens before
 * token b: returns that comma, else k. */
static uint32_t aside_end(const parse *p, uint32_t k, uint32_t b)
{
    if (strcmp(p->t[k].up, ",") != 0)
        return k;
    for (uint32_t c = k + 1; c < b; c++)
        if (strcmp(p->t[c].up, ",") == 0)
            return c;
    return k;
}

/* Whether a word that opens another clause ("amid fears here that", "who",
 * "while") lies between tokens a and b: a visit named there is not the
 * one the act of the other clause was done during.  A relative clause
 * between commas that only tells more of the visit does not count
 * ("Kicking off a stay in Washington, which includes talks with Cheney,
 * Nogaideli met"). */
static int opener_between(const parse *p, uint32_t a, uint32_t b)
{
    static const char *const openers[] = {"AMID", "WHO", "WHOM", "WHOSE", "WHICH", "WHILE", "WHEREAS", "BECAUSE",
                                          "ALTHOUGH", "THOUGH", "IF", "WHEN", "WHERE", "UNTIL", "UNLESS", NULL};
    static const char *const relatives_of_visit[] = {"WHICH", "WHERE", NULL};
    uint32_t last = a < b ? b : a;
    for (uint32_t k = a < b ? a : b; k < last; k++) {
        if (a < b && k + 1 < last && str_in(p->t[k + 1].up, relatives_of_visit) && aside_end(p, k, last) != k) {
            k = aside_end(p, k, last);
            continue;
        }
        if (str_in(p->t[k].up, openers))
            return 1;
    }
    return 0;
}

/* "moments after arriving in Ankara, saying he backed the candidacy",
 * "Stanishev arrived in Beijing on Sunday where he held talks", "during a
 * meeting with Douste-Blazy, who arrived in Khartoum", "During his visit
 * to China, Putin met Hu", "will visit Japan and hold talks": talks and statements (CAMEO 01-05, but for the
 * visits 042-043, which have their own places) are held where the
 * sentence tells someone arrived or was visiting.  Not an arrival in a
 * clause of "since" or "before", which tells of another time, nor a visit
 * named in another clause than the act's ("during a trip to Berlin amid
 * fears here that the US may shift course").  Fills
 * *out and returns 1, or returns 0. */
static int arrival_place(story_ctx *ctx, const parse *p, const verb_group *vg, const dyad_event *ev,
                         dyad_place *out)
{
    if (ev->root < 1 || ev->root > 5 || strcmp(ev->cameo, "042") == 0 || strcmp(ev->cameo, "043") == 0)
        return 0;
    for (uint32_t k = 0; k + 1 < p->n; k++) {
        int went = went_to(p, k);
        if (!went)
            went = visit_joined(p, k, vg->verb);
        if (!went || (went == 1 && opener_between(p, k, vg->verb)))
            continue;
        int other_time = 0;
        for (uint32_t w = k; w-- > 0 && !(p->t[w].flags & TOK_PUNCT) && !other_time;)
            other_time = strcmp(p->t[w].up, "SINCE") == 0 || strcmp(p->t[w].up, "BEFORE") == 0;
        size_t pb, pe, after = p->t[k + 1].end;
        int found = other_time ? 0 : context_find_place(ctx, p->t[k + 1].begin, p->t[p->n - 1].end, out, &pb, &pe);
        if (found >= went && p->t[k + 1].begin + pb <= after + 5)
            return 1;
    }
    return 0;
}

/* "Bagram, 50 km north of Kabul, where a plane crashed": a name at token
 * k after a compass word and "of" is only where a distance is measured
 * from. */
static int measured_from(const parse *p, uint32_t k)
{
    static const char *const compass[] = {"NORTH", "SOUTH", "EAST", "WEST", "NORTHEAST", "NORTHWEST",
                                          "SOUTHEAST", "SOUTHWEST", NULL};
    while (k > 0 && strcmp(p->t[k - 1].up, "THE") == 0)
        k--;
    return k >= 2 && strcmp(p->t[k - 1].up, "OF") == 0 && str_in(p->t[k - 2].up, compass);
}

/* "flew on to South Korea where he will meet the US commander", "in the
 * West Bank city of Nablus, where militants threw a bomb": an act in a
 * clause of "where" (with no punctuation between it and the verb of vg)
 * was done at the place named right before "where".  Fills *out and
 * returns 1, or returns 0. */
static int where_place(story_ctx *ctx, const parse *p, const verb_group *vg, dyad_place *out)
{
    uint32_t w = vg->verb;
    while (w > 0 && !(p->t[w - 1].flags & TOK_PUNCT) && strcmp(p->t[w - 1].up, "WHERE") != 0)
        w--;
    if (w < 2 || strcmp(p->t[w - 1].up, "WHERE") != 0)
        return 0;
    uint32_t name_end = w - 1;   /* (the name ends before "where", or before its comma) */
    if (strcmp(p->t[name_end - 1].up, ",") == 0)
        name_end--;
    if (name_end == 0)
        return 0;
    size_t begin = p->t[name_end > 6 ? name_end - 6 : 0].begin, end = p->t[name_end - 1].end, pb, pe;
    dyad_place place;
    for (int found = context_find_place(ctx, begin, end, &place, &pb, &pe); found;
         found = context_find_place(ctx, begin += pe, end, &place, &pb, &pe))
        if (begin + pe == end) {
            *out = place;
            return !measured_from(p, token_at(p, begin + pb));
        }
    return 0;
}

/* "In Tokyo, Prime Minister Hashimoto said ... that he hoped to visit
 * Fujimori soon": a sentence that opens with "in" and a place, set off by
 * a comma (a word such as "overnight" may follow the name), tells where
 * its words were spoken.  Only the phrase's own head counts: not "In
 * response to the bombing in Kabul,".  Fills *out and returns 1, or 0. */
static int opening_place(story_ctx *ctx, const parse *p, dyad_place *out)
{
    uint32_t c = 1;
    if (p->n < 4 || strcmp(p->t[0].up, "IN") != 0)
        return 0;
    while (c < p->n && c <= 6 && strcmp(p->t[c].up, ",") != 0)
        c++;
    size_t pb, pe;
    if (c >= p->n || c > 6 || context_find_place(ctx, p->t[0].begin, p->t[c].begin, out, &pb, &pe) != 2)
        return 0;
    uint32_t first = token_at(p, p->t[0].begin + pb), last = token_at(p, p->t[0].begin + pe - 1);
    return first <= 3 && last + 2 >= c;
}

/* "The army intensified its offensive on the Gaza Strip, killing 44
 * Palestinians": a participle of result after a comma, whose subject is
 * that of the act before it, happened where that act did.  Returns that
 * act's place, or NULL. */
static const dyad_location *place_of_act_before(const story_ctx *ctx, const parse *p, const verb_group *vg,
                                                const dyad_event *ev)
{
    if (vg->finite || vg->infinitive || !vg->inherited || vg->first == 0 || !p->tags
        || p->tags[vg->verb] != TAG_VBG || strcmp(p->t[vg->first - 1].up, ",") != 0)
        return NULL;
    for (size_t k = ctx->n_events; k-- > 0 && ctx->events[k].sentence == ev->sentence;)
        if (ctx->events[k].location && strcmp(ctx->events[k].source.code, ev->source.code) == 0)
            return ctx->events[k].location;
    return NULL;
}

/* Where the act of vg was done: the place its clause names, else the one
 * its clause of "where" refers to, else the dateline's when the clause
 * says "here" or tells words or talks of the filing day, else, for words,
 * the place the sentence opens with, else where the sentence tells its
 * speakers arrived, else, for a participle of result, the place of the act
 * before it. */
static void event_place(story_ctx *ctx, const parse *p, const verb_group *vg, dyad_event *ev)
{
    dyad_place place;
    int verbal = ev->quad_class == 1 || ev->quad_class == 3;
    if (clause_place(ctx, p, vg, ev, &place) || where_place(ctx, p, vg, &place))
        set_location(ctx, &place, ev);
    else if (ctx->has_dateline && (says_here(p, vg, ev) || made_at_dateline(ctx, p, vg, ev)))
        set_location(ctx, &ctx->dateline, ev);
    else if (verbal && opening_place(ctx, p, &place))
        set_location(ctx, &place, ev);
    else if (arrival_place(ctx, p, vg, ev, &place))
        set_location(ctx, &place, ev);
    else
        ev->location = place_of_act_before(ctx, p, vg, ev);
}

/* ------------------------------------------------------------ who said so */

/* The actor code of the words in text[begin, end), by the dictionaries. */
static const char *code_of_span(story_ctx *ctx, size_t begin, size_t end)
{
    /* Tokens are in text order: find the first at or after `begin`. */
    size_t first = 0, hi = ctx->n_tokens;
    while (first < hi) {
        size_t mid = first + (hi - first) / 2;
        if (ctx->tokens[mid].begin < begin)
            first = mid + 1;
        else
            hi = mid;
    }
    size_t last = first;
    while (last < ctx->n_tokens && ctx->tokens[last].end <= end)
        last++;
    if (last <= first)
        return NULL;
    token *t = ctx->tokens + first;
    uint32_t n = (uint32_t)(last - first);
    syntax_lookup_words(ctx->d, t, n, ctx->words);
    parse sp;
    syntax_parse(&sp, ctx->d, ctx->story->text, t, n, ctx->date, ctx->scratch);
    actors_find(&sp, ctx->scratch);
    if (!sp.n_groups)
        return NULL;
    /* "Canada's small New Democratic Party": the phrase's head is its last
     * actor (not one after a preposition), when of the first one's country
     * and more than it (CANOPP, not CAN). */
    const char *code = sp.groups[0].actors[0].code;
    for (uint32_t g = 1; g < sp.n_groups; g++) {
        const char *c = sp.groups[g].actors[0].code;
        if (!sp.groups[g].in_pp && strlen(code) == 3 && strlen(c) > 3 && strncmp(c, code, 3) == 0)
            code = c;
    }
    return arena_strdup(ctx->mem, code);
}

static const char *span_copy(story_ctx *ctx, size_t begin, size_t end)
{
    return end > begin ? arena_strndup(ctx->mem, ctx->story->text + begin, end - begin) : NULL;
}

/* Reported speech in text[begin, end): fills the speaker's and the
 * medium's spans (offsets in the story) and returns 1, or returns 0. */
static int reported_in(story_ctx *ctx, size_t begin, size_t end, size_t *sb, size_t *se, size_t *vb, size_t *ve)
{
    size_t b1, e1, b2, e2;
    if (end <= begin || !dyad_attrib_sentence(ctx->story->text + begin, end - begin, &b1, &e1, &b2, &e2))
        return 0;
    *sb = e1 > b1 ? begin + b1 : 0, *se = e1 > b1 ? begin + e1 : 0;
    *vb = e2 > b2 ? begin + b2 : 0, *ve = e2 > b2 ? begin + e2 : 0;
    return 1;
}

/* Tokens after a speaker that closes the sentence: "said on Friday." */
#define CLOSING_TOKENS 5

/* Whether token k joins two statements in contrast: "while", "whereas",
 * "but" (not "not only ... but also", "all but", "nothing but"). */
static int contrast_at(const parse *p, uint32_t k)
{
    static const char *const not_contrast[] = {"NOT", "ALL", "NOTHING", "ANYTHING", "NONE", "LAST", NULL};
    const char *w = p->t[k].up;
    if (strcmp(w, "WHILE") == 0 || strcmp(w, "WHEREAS") == 0)
        return 1;
    return strcmp(w, "BUT") == 0 && k > 0 && !str_in(p->t[k - 1].up, not_contrast)
        && !(k + 1 < p->n && strcmp(p->t[k + 1].up, "ALSO") == 0);
}

/* "One day after Israel announced the end of the operation, shells struck
 * houses", "three years after Slovenia declared independence": a speaker
 * at token k in a clause of "after", "before", "since" or "until" tells of
 * another time, and says nothing of an act outside that clause (up to its
 * next punctuation), such as the one at token `verb`. */
static int told_at_another_time(const parse *p, uint32_t k, uint32_t verb)
{
    static const char *const times[] = {"AFTER", "BEFORE", "SINCE", "UNTIL", NULL};
    if (k == 0 || !str_in(p->t[k - 1].up, times))
        return 0;
    uint32_t end = k;
    while (end < p->n && !(p->t[end].flags & TOK_PUNCT))
        end++;
    return verb < k || verb >= end;
}

/* Whether an actor the dictionaries know stands in tokens [from, to). */
static int actor_between(const parse *p, uint32_t from, uint32_t to)
{
    for (uint32_t g = 0; g < p->n_groups; g++)
        if (p->groups[g].first >= from && p->groups[g].last <= to)
            return 1;
    return 0;
}

/* Who said what the sentence of p tells at its verb `verb`.  In a
 * sentence of two statements in contrast each has its own ("Palestinian
 * sources said they had arrested three while Israel said its forces had
 * arrested another"), and a speaker in a later one says nothing of an
 * earlier act ("Bulgaria and Romania celebrated joining the EU, but
 * leaders warned reforms were needed"), unless it closes the sentence
 * (", officials said.", '"in progress," the White House said.'). */
static int reported(story_ctx *ctx, const parse *p, uint32_t verb, size_t *sb, size_t *se, size_t *vb, size_t *ve)
{
    uint32_t first = 0, last = p->n;
    for (uint32_t k = 1; k + 1 < p->n; k++)
        if (contrast_at(p, k)) {
            if (k < verb)
                first = k + 1;
            else if (last == p->n)
                last = k;
        }
    size_t begin = p->t[first].begin, end = p->t[last - 1].end;
    if ((first > 0 || last < p->n) && reported_in(ctx, begin, end, sb, se, vb, ve))
        return 1;
    if (!reported_in(ctx, p->t[0].begin, p->t[p->n - 1].end, sb, se, vb, ve))
        return 0;
    size_t at = *se > *sb ? *sb : *vb, after = *se > *vb ? *se : *ve;
    uint32_t k = token_at(p, at);
    while (k > 0 && (strcmp(p->t[k - 1].up, "THE") == 0 || strcmp(p->t[k - 1].up, "A") == 0))
        k--;
    if (p->n - token_at(p, after) <= CLOSING_TOKENS)
        return 1;
    if (told_at_another_time(p, k, verb))
        return 0;
    /* "Iran insists on its right, but the United States charges that
     * Tehran is hiding work": an act after the contrast that brings in
     * what is said ("charges that") is its own subject's statement, not
     * one the speaker before the contrast reports. */
    if (first > 0 && at < begin && verb + 1 < p->n && strcmp(p->t[verb + 1].up, "THAT") == 0
        && actor_between(p, first, verb))
        return 0;
    return at < end || (k > 0 && strcmp(p->t[k - 1].up, ",") == 0);
}

/* ("The ministry said the jets had struck twice.  They fired eight times
 * this year, it said."): an "it" or "they" closing a sentence speaks on
 * for the speaker of the sentence before, when that one names one (not
 * a pronoun).  Returns its code, or NULL. */
static int it_or_they(const char *w, size_t n)
{
    return (n == 2 && strncasecmp(w, "it", 2) == 0) || (n == 4 && strncasecmp(w, "they", 4) == 0);
}

static const char *previous_speaker_code(story_ctx *ctx, size_t sb, size_t se)
{
    size_t psb, pse, pvb, pve;
    if (!it_or_they(ctx->story->text + sb, se - sb) || ctx->previous_begin >= ctx->sentence_begin
        || !reported_in(ctx, ctx->previous_begin, ctx->sentence_begin, &psb, &pse, &pvb, &pve) || pse <= psb)
        return NULL;
    const char *pw = ctx->story->text + psb;
    if (dyad_attrib_is_pronoun(pw, pse - psb) || it_or_they(pw, pse - psb))
        return NULL;
    return code_of_span(ctx, psb, pse);
}

/* Whether text[b, e) opens a noun phrase in apposition: a word in lower
 * case ("former president of", "a resident of"), also after a possessive
 * ("Russia's deputy chief of mission"), but not a relative
 * pronoun, a participle or a verb form ("who arrived in", "arriving in",
 * "adding that"). */
static int opens_apposition(const char *text, size_t b, size_t e)
{
    static const char *const clause_words[] = {"who", "whom", "whose", "which", "that", "where", "when", NULL};
    size_t n = 0;
    while (b + n < e && isalpha((unsigned char)text[b + n]))
        n++;
    /* ("Russia's deputy chief of mission": a possessive, then such a word) */
    if (n && b + n + 3 < e && text[b + n] == '\'' && text[b + n + 1] == 's' && text[b + n + 2] == ' ')
        return opens_apposition(text, b + n + 3, e);
    if (!n || !islower((unsigned char)text[b]) || (n > 4 && strncmp(text + b + n - 3, "ing", 3) == 0)
        || (n > 3 && strncmp(text + b + n - 2, "ed", 2) == 0))
        return 0;
    for (size_t i = 0; clause_words[i]; i++)
        if (strlen(clause_words[i]) == n && strncmp(text + b, clause_words[i], n) == 0)
            return 0;
    return 1;
}

/* "Suth Dina, former president of Khmer Front Party, told": a speaker
 * whose name has no code takes that of the noun phrase in apposition
 * between commas right after it (up to the sentence's end, `end`).
 * Returns it, or NULL. */
static const char *apposition_code(story_ctx *ctx, const parse *p, size_t se, size_t end)
{
    const char *text = ctx->story->text;
    if (se + 2 >= end || text[se] != ',' || text[se + 1] != ' ' || !opens_apposition(text, se + 2, end))
        return NULL;
    const char *comma = memchr(text + se + 2, ',', end - se - 2);
    if (!comma)
        return NULL;
    /* (a finite verb, or a colon or a quotation mark, makes it a clause:
     * "According to the EC, the EU would reiterate") */
    for (uint32_t k = token_at(p, se + 2); k < p->n && p->t[k].begin < (size_t)(comma - text); k++)
        if ((p->t[k].flags & TOK_QUOTE) || strcmp(p->t[k].up, ":") == 0
            || (p->tags && (p->tags[k] == TAG_MD || p->tags[k] == TAG_VBD || p->tags[k] == TAG_VBP
                            || p->tags[k] == TAG_VBZ)))
            return NULL;
    return code_of_span(ctx, se + 2, (size_t)(comma - text));
}

/* The kinds of state body, or of speaker for one, in official_words[]
 * order (the three words for a spokesman are one kind). */
/* ("a senior Egyptian official told Xinhua ... The official said": one
 * official, after one of a single country was named) */
static const char *const official_words[] = {"ministry", "government", "embassy", "minister",
    "official", "spokesman", "spokeswoman", "spokesperson", NULL};

static int official_kind_of(size_t word)
{
    return word < 5 ? (int)word : 5;
}

/* The kinds of official the words of text[b, e) name, as bits ("Foreign
 * Ministry spokesman": ministry and spokesman), and in *last the kind of
 * the last word when it is one (-1 otherwise). */
static unsigned official_kinds(const char *text, size_t b, size_t e, int *last)
{
    unsigned kinds = 0;
    *last = -1;
    for (size_t i = b; i < e; i++) {
        if (!isalpha((unsigned char)text[i]) || (i > b && isalpha((unsigned char)text[i - 1])))
            continue;
        size_t n = 0;
        while (i + n < e && isalpha((unsigned char)text[i + n]))
            n++;
        int kind = -1;
        char first = (char)tolower((unsigned char)text[i]);
        for (size_t w = 0; official_words[w] && kind < 0 && strchr("mgeos", first); w++)
            if (official_words[w][0] == first && strlen(official_words[w]) == n
                && strncasecmp(text + i, official_words[w], n) == 0)
                kind = official_kind_of(w);
        if (kind >= 0)
            kinds |= 1u << kind;
        *last = i + n == e ? kind : -1;
        i += n - 1;                   /* (on to the next word) */
    }
    return kinds;
}

static void note_official(story_ctx *ctx, size_t b, size_t e, const char *code)
{
    int last;
    unsigned kinds = official_kinds(ctx->story->text, b, e, &last);
    char country[4], sector[16];
    if (!kinds || !code)
        return;
    actor_code_parts(code, country, sector);
    for (int k = 0; country[0] && k < 6; k++) {
        struct official_kind *o = &ctx->officials[k];
        if (!(kinds & (1u << k)) || strcmp(o->country, country) == 0 || o->countries > 1)
            continue;
        memcpy(o->country, country, sizeof country);
        o->countries++;
    }
}

/* Words of a title, which end the run of a person's name before them. */
static int title_word(const char *up)
{
    static const char *const titles[] = {"MINISTER", "MINISTRY", "PRESIDENT", "PREMIER", "SPOKESMAN",
        "SPOKESWOMAN", "SPOKESPERSON", "SECRETARY", "GENERAL", "AMBASSADOR", "ENVOY", "CHIEF", "HEAD",
        "LEADER", "COMMANDER", "GOVERNOR", "MAYOR", "SENATOR", "OFFICIAL", "DIRECTOR", "CHAIRMAN",
        "CHAIRWOMAN", "KING", "QUEEN", "PRINCE", "EMIR", "SHEIKH", "CHANCELLOR", "DEPUTY", "VICE",
        "COLONEL", "MAJOR", "CAPTAIN", "LIEUTENANT", "SPEAKER", "REPRESENTATIVE", "MINISTER-COUNSELOR",
        "NEGOTIATOR", "ADVISER", "ADVISOR", "AIDE", "DIPLOMAT", "COMMISSIONER", "PROSECUTOR", "JUDGE",
        "LAWMAKER", "ADMIRAL", NULL};
    return str_in(up, titles);
}

static void remember_name(story_ctx *ctx, const char *a, const char *b, const char *code);

/* Whether token k may be a word of a person's name. */
static int name_word(const parse *p, uint32_t k)
{
    return k < p->n && (p->t[k].flags & TOK_CAP) && !(p->t[k].flags & TOK_PUNCT) && p->tags
           && p->tags[k] == TAG_NNP && !title_word(p->t[k].up);
}

/* Remembers the name after a title that ends actor group ag, or follows
 * it when no group does, when the group has a code with a country:
 * "Iraqi Interior Minister Bayan Baqer Sulagh" (IRQGOV) gives BAYAN and
 * SULAGH. */
static void note_titled_name(story_ctx *ctx, const parse *p, const actor_group *ag)
{
    const char *code = ag->n ? ag->actors[ag->n - 1].code : NULL;   /* (the last of "Hu and Abe") */
    /* (a particle inside a name: "Maria do Carmo Silveira") */
    static const char *const particles[] = {"DO", "DA", "DE", "DOS", "DEL", "VAN", "VON", "BIN", "BEN", NULL};
    uint32_t first = ag->last, last = ag->last;
    while (first > ag->first
           && (name_word(p, first - 1)
               || (first - 1 > ag->first && first < ag->last && !(p->t[first - 1].flags & TOK_CAP)
                   && str_in(p->t[first - 1].up, particles) && name_word(p, first - 2))))
        first--;
    if (first == last)                /* ("Minister Bayan Sulagh" outside the group) */
        while (name_word(p, last))
            last++;
    for (uint32_t g = 0; g < p->n_groups; g++)
        if (p->groups[g].first >= ag->last && p->groups[g].first < last)
            return;
    if (!code || strncmp(code, "---", 3) == 0 || first == last || first == ag->first
        || !title_word(p->t[first - 1].up) || p->t[first].len >= 24 || p->t[last - 1].len >= 24)
        return;
    remember_name(ctx, p->t[first].up, p->t[last - 1].up, code);
}

/* Remembers a person of first and last name a and b (upper case) whom a
 * title or an apposition gave `code`. */
static void remember_name(story_ctx *ctx, const char *a, const char *b, const char *code)
{
    for (size_t k = 0; k < ctx->n_titled_names; k++) {
        struct titled_name *tn = &ctx->titled_names[k];
        int same = !strcmp(tn->first, a) && !strcmp(tn->last, b);
        if ((same || !strcmp(tn->last, b) || !strcmp(tn->first, a)) && strcmp(tn->code, code) != 0)
            tn->code[0] = 0;          /* two people, or one with two codes: neither is meant alone */
        if (same)
            return;
    }
    if (ctx->n_titled_names == sizeof ctx->titled_names / sizeof ctx->titled_names[0])
        return;
    struct titled_name *tn = &ctx->titled_names[ctx->n_titled_names++];
    snprintf(tn->first, sizeof tn->first, "%s", a);
    snprintf(tn->last, sizeof tn->last, "%s", b);
    snprintf(tn->code, sizeof tn->code, "%s", code);
}

/* text[0, n) folded to upper case in out[cap] as the tokenizer folds a
 * token ("Ouédraogo" as OUEDRAOGO), to meet the tokens' forms; 0 when it
 * does not fit. */
static int upcase_span(char *out, size_t cap, const char *text, size_t n)
{
    if (n >= cap)
        return 0;
    memcpy(out, text, n);
    out[n] = 0;
    str_upcase(out);
    return 1;
}

/* The code of the person named after a title whom text[b, e), capitalised
 * words ending with a first or last name of theirs, means; else NULL. */
static const char *titled_name_code(story_ctx *ctx, size_t b, size_t e)
{
    const char *text = ctx->story->text;
    size_t w = e;
    while (w > b && text[w - 1] != ' ')
        w--;
    char up[24];
    size_t n = e - w;
    if (n == 0 || !isupper((unsigned char)text[w]) || dyad_attrib_is_pronoun(text + w, n)
        || !upcase_span(up, sizeof up, text + w, n))
        return NULL;
    const char *found = NULL;
    for (size_t k = 0; k < ctx->n_titled_names; k++) {
        const struct titled_name *tn = &ctx->titled_names[k];
        /* (a first name alone only as the whole speaker: "Zhao said") */
        if (!strcmp(tn->last, up) || (w == b && !strcmp(tn->first, up))) {
            if (!tn->code[0] || (found && strcmp(found, tn->code) != 0))
                return NULL;
            found = tn->code;
        }
    }
    /* (a copy: a later namesake clears tn->code, and the events of the
     * story are written after all its sentences) */
    return found ? arena_strdup(ctx->mem, found) : NULL;
}

/* "Zhao Jun, director of the Chinese Foreign Ministry's European
 * Department, said ... Zhao said": a speaker coded by the apposition after
 * their name, text[sb, se), is remembered as one named after a title. */
static void remember_apposed(story_ctx *ctx, size_t sb, size_t se, const char *code)
{
    const char *text = ctx->story->text;
    size_t a_end = sb, b_begin = se;
    while (a_end < se && text[a_end] != ' ')
        a_end++;
    while (b_begin > sb && text[b_begin - 1] != ' ')
        b_begin--;
    char a[24], b[24];
    if (!isupper((unsigned char)text[sb]) || !isupper((unsigned char)text[b_begin]) || strncmp(code, "---", 3) == 0
        || !upcase_span(a, sizeof a, text + sb, a_end - sb) || !upcase_span(b, sizeof b, text + b_begin, se - b_begin))
        return;
    remember_name(ctx, a, b, code);
}

void context_note_officials(story_ctx *ctx, const parse *p)
{
    for (uint32_t g = 0; g < p->n_groups; g++) {
        const actor_group *ag = &p->groups[g];
        note_official(ctx, p->t[ag->first].begin, p->t[ag->last - 1].end, ag->actors[0].code);
        note_titled_name(ctx, p, ag);
    }
    /* (the speaker is looked for only in a sentence that names an
     * official of some kind: finding it costs a pass of its own) */
    size_t sb, se, vb, ve;
    int last;
    if (p->n && official_kinds(ctx->story->text, p->t[0].begin, p->t[p->n - 1].end, &last)
        && reported_in(ctx, p->t[0].begin, p->t[p->n - 1].end, &sb, &se, &vb, &ve) && se > sb)
        note_official(ctx, sb, se, code_of_span(ctx, sb, se));
}

/* "The Turkish Foreign Ministry said ... Turkey is ready to help, the
 * ministry added": a speaker that is "the" and a state body or its
 * spokesman (the last word), with no country, speaks for the one country
 * whose officials of that kind have spoken before in the story (not "a
 * spokesman", who may be anyone's, nor "the spokeswoman Emma Udwin", nor
 * when two countries' have).  A ministry or a government of that kind
 * the story has not yet named is the dateline's ("MOSCOW (Reuters) -
 * Lavrov will travel to Beijing, the foreign ministry said": Russia's); an
 * embassy, a minister or a spokesman there may be a visitor's.  Returns
 * the code with that country, or NULL. */
static const char *official_of_story(story_ctx *ctx, size_t sb, size_t se, const char *code)
{
    const char *text = ctx->story->text;
    int last;
    if (!code || strncmp(code, "---", 3) != 0 || sb < 4 || strncasecmp(text + sb - 4, "the ", 4) != 0
        || (sb > 4 && isalpha((unsigned char)text[sb - 5])))
        return NULL;
    official_kinds(text, sb, se, &last);
    if (last < 0)
        return NULL;
    const char *country = ctx->officials[last].country;
    int state_body = last == 0 || last == 1;   /* (official_words[]: "ministry", "government") */
    if (ctx->officials[last].countries == 0 && state_body && ctx->has_dateline)
        country = ctx->dateline.country;
    else if (ctx->officials[last].countries != 1)
        return NULL;
    if (!country[0])
        return NULL;
    char owned[24];
    snprintf(owned, sizeof owned, "%s%s", country, code + 3);
    return arena_strdup(ctx->mem, owned);
}

/* Sentence ends (a period, "!" or "?" before a space) in text[from, to). */
static int sentence_ends_in(const char *text, size_t from, size_t to)
{
    int n = 0;
    for (size_t i = from; i + 1 < to; i++)
        n += (text[i] == '.' || text[i] == '!' || text[i] == '?') && isspace((unsigned char)text[i + 1]);
    return n;
}

/* "Blair stood shoulder to shoulder with Maliki. He told the Iraqi leader
 * that Britain will "stand four square behind you"": a quotation inside a
 * sentence that "he" or "she" opens, whose speaker the quotation finder
 * took from two or more sentences before, is the words of the person the
 * coder takes that pronoun for (the last person named), not of the last
 * speaker named (here "a security official", five sentences up).  A
 * speaker in the sentence just before stays ("..., Liu said. He stressed
 * "China will ..."": the last person named may be someone Liu spoke of). */
static int opened_by_he(const story_ctx *ctx, const parse *p, const dyad_quote *q)
{
    return p->n > 0 && ctx->he_before[0] && (!strcmp(p->t[0].up, "HE") || !strcmp(p->t[0].up, "SHE"))
           && p->t[0].begin < q->begin && q->speaker_end > q->speaker_begin && q->speaker_end < p->t[0].begin
           && sentence_ends_in(ctx->story->text, q->speaker_end, p->t[0].begin) >= 2;
}

/* The code the sentence's parse gives a speaker in it, text[sb, se), when
 * one group of known country overlaps it (holds the span or lies in it: the
 * span may be the head alone, "leader"): the phrase parsed alone may lose
 * what the sentence gave it ("Iran rejected the plan. Its foreign ministry
 * said": IRNGOV by the sentence before; "The British trade and industry
 * leader said", where "trade" alone reads as a verb).  NULL otherwise. */
static const char *parsed_speaker_code(story_ctx *ctx, const parse *p, size_t sb, size_t se)
{
    if (p->n == 0 || sb < p->t[0].begin || se > p->t[p->n - 1].end)
        return NULL;
    const actor_group *found = NULL;
    for (uint32_t g = 0; g < p->n_groups; g++) {
        const actor_group *ag = &p->groups[g];
        if (p->t[ag->last - 1].end <= sb || p->t[ag->first].begin >= se)
            continue;
        if (found)
            return NULL;
        found = ag;
    }
    if (!found || found->n != 1 || !strncmp(found->actors[0].code, "---", 3))
        return NULL;
    return arena_strdup(ctx->mem, found->actors[0].code);
}

/* "Pakistan shot down several Indian jets, its military said": a speaker
 * of no country that "its" owns, after the sentence's opening actor, is
 * that actor's: the state's own body (PAKMIL), or a group's whole (Hamas
 * for "its spokesman").  Not "their" ("An Indonesian court jailed two
 * activists, their lawyer said").  NULL when the sentence opens with
 * none, or the speaker opens it. */
static const char *owned_speaker_code(story_ctx *ctx, const parse *p, size_t sb, size_t se, const char *code)
{
    static const char *const state[] = {"", "GOV", "MIL", "COP", NULL};
    size_t n = se - sb;
    const char *s = ctx->story->text + sb;
    if (n <= 4 || strncasecmp(s, "its ", 4) != 0 || !code || strncmp(code, "---", 3) != 0)
        return NULL;
    const actor_group *opener = opening_group(p);
    if (!opener || opener->n != 1 || p->t[opener->last - 1].end >= sb)
        return NULL;
    const char *owner = opener->actors[0].code;
    char country[4], sector[16];
    actor_code_parts(owner, country, sector);
    if (!country[0])
        return NULL;
    if (!str_in(sector, state))
        return arena_strdup(ctx->mem, owner);
    char buf[24];
    snprintf(buf, sizeof buf, "%s%s", country, code + 3);
    return arena_strdup(ctx->mem, buf);
}

static void event_attribution(story_ctx *ctx, const parse *p, const verb_group *vg, dyad_event *ev)
{
    size_t at = p->t[vg->verb].begin;
    size_t sb = 0, se = 0, vb = 0, ve = 0;
    int quoted = 0, said_by_he = 0;
    need_quotes(ctx);
    for (size_t i = 0; i < ctx->n_quotes; i++)
        if (at >= ctx->quotes[i].begin && at < ctx->quotes[i].end) {
            sb = ctx->quotes[i].speaker_begin, se = ctx->quotes[i].speaker_end;
            vb = ctx->quotes[i].via_begin, ve = ctx->quotes[i].via_end;
            quoted = 1;
            said_by_he = opened_by_he(ctx, p, &ctx->quotes[i]);
        }
    if (said_by_he)
        sb = p->t[0].begin, se = p->t[0].end;
    /* (a quotation whose speaker is not found may be one the sentence
     * names: '"... in Pakistan" on an exercise, a senior military official
     * said') */
    if (se <= sb && ve <= vb && !reported(ctx, p, vg->verb, &sb, &se, &vb, &ve))
        return;
    if (se <= sb && ve <= vb)
        return;
    dyad_attribution *a = arena_alloc(ctx->mem, sizeof *a);
    a->speaker = span_copy(ctx, sb, se);
    a->speaker_code = said_by_he ? arena_strdup(ctx->mem, ctx->he_before) : se > sb ? code_of_span(ctx, sb, se) : NULL;
    /* ("Talks will resume, he said."): "he" or "she" is the last person
     * named before the sentence, when the sentence names none itself ("...
     * over what he said were attacks" may mean someone it names) */
    if (!a->speaker_code && se > sb && ctx->he_before[0] && !strcmp(ctx->he_before, ctx->last_person)
        && dyad_attrib_is_pronoun(ctx->story->text + sb, se - sb))
        a->speaker_code = arena_strdup(ctx->mem, ctx->he_before);
    if (!a->speaker_code && se > sb && (a->speaker_code = apposition_code(ctx, p, se, p->t[p->n - 1].end)))
        remember_apposed(ctx, sb, se, a->speaker_code);
    if (!a->speaker_code && se > sb)
        a->speaker_code = previous_speaker_code(ctx, sb, se);
    if (!a->speaker_code && se > sb)
        a->speaker_code = titled_name_code(ctx, sb, se);
    if (a->speaker_code && !strncmp(a->speaker_code, "---", 3)) {
        const char *parsed = parsed_speaker_code(ctx, p, sb, se);
        a->speaker_code = parsed ? parsed : a->speaker_code;
    }
    const char *mine = se > sb ? owned_speaker_code(ctx, p, sb, se, a->speaker_code) : NULL;
    if (mine)
        a->speaker_code = mine;
    const char *owned = se > sb ? official_of_story(ctx, sb, se, a->speaker_code) : NULL;
    if (owned)
        a->speaker_code = owned;
    a->via = span_copy(ctx, vb, ve);
    a->via_code = ve > vb ? code_of_span(ctx, vb, ve) : NULL;
    a->quoted = quoted;
    ev->attribution = a;
}

const char *context_speaker_code(story_ctx *ctx, size_t at)
{
    need_quotes(ctx);
    for (size_t i = 0; i < ctx->n_quotes; i++) {
        const dyad_quote *q = &ctx->quotes[i];
        if (at >= q->begin && at < q->end && q->speaker_end > q->speaker_begin)
            return code_of_span(ctx, q->speaker_begin, q->speaker_end);
    }
    return NULL;
}

void context_event(story_ctx *ctx, const parse *p, const verb_group *vg, const verb_group *dated_by,
                   dyad_event *ev)
{
    event_date(ctx, p, dated_by, vg, ev);
    event_place(ctx, p, vg, ev);
    event_attribution(ctx, p, vg, ev);
}
