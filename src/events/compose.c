/* compose.c — codes that depend on more than one verb or on negation:
 * a refused act (CAMEO 12), an intention to act (03), an appeal to act (02),
 * and the actor between a verb and the infinitive it governs (an appeal,
 * not an act). */
#include "events/events.h"
#include "syntax/tagger.h"
#include "util/text.h"
#include <string.h>

/* A table of code classes and what each becomes: the first prefix that
 * matches wins, so the longer ones come first. */
typedef struct code_rule {
    const char *prefix, *code;
} code_rule;

static const char *by_prefix(const code_rule *table, size_t n, const char *lower)
{
    for (size_t i = 0; i < n; i++)
        if (strncmp(lower, table[i].prefix, strlen(table[i].prefix)) == 0)
            return table[i].code;
    return NULL;
}

/* A cooperative act refused is a rejection (CAMEO 12): "would not provide
 * support" is 121, "did not agree to meet" 125.  Returns 0 when the
 * negated act codes nothing (a conflict act that did not happen). */
int negate_code(char *code, char *code2)
{
    static const code_rule table[] = {
        {"081", "1241"}, {"082", "1242"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"},
        {"087", "1246"}, {"08", "124"}, {"061", "1211"}, {"062", "1212"}, {"06", "121"},
        {"07", "121"}, {"04", "125"}, {"036", "125"}, {"038", "126"}, {"057", "127"},
        {"05", "120"}, {"03", "120"},
    };
    const char *refused = by_prefix(table, sizeof table / sizeof table[0], code);
    if (!refused)
        return 0;
    strcpy(code, refused);
    code2[0] = 0;
    return 1;
}

/* "Express intent to X" (CAMEO 03) for an intent verb governing the
 * infinitive X: "seeking to deepen ties" is 031, "plans to meet" 036.
 * Returns the composed code, or NULL to keep X's own code. */
const char *intent_code(const char *lower)
{
    static const code_rule table[] = {
        {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06", "031"},
        {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
        {"081", "0351"}, {"082", "0352"}, {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"},
        {"0834", "0344"}, {"083", "034"}, {"084", "0353"}, {"085", "0354"},
        {"086", "0355"}, {"087", "0356"}, {"08", "035"}, {"045", "039"}, {"04", "036"}, {"05", "032"},
    };
    const char *code = by_prefix(table, sizeof table / sizeof table[0], lower);
    if (code)
        return code;
    return strcmp(lower, "15") >= 0 && strcmp(lower, "21") < 0 ? threat_code(lower) : NULL;
}

/* A threat to do X (CAMEO 13): "threatened to impose sanctions" 1312,
 * "threatened to expel" 136; force is 138, as coders of CAMEO data code
 * it ("threatened to attack"; troops sent, 074, are sent as force:
 * "threatened to send troops to Nigeria"), but for a blockade (1381:
 * "threatened to close the Strait of Hormuz") and an occupation (1382),
 * which CAMEO names apart. */
const char *threat_code(const char *lower)
{
    static const code_rule table[] = {
        {"191", "1381"}, {"192", "1382"}, {"15", "138"}, {"18", "138"}, {"19", "138"}, {"20", "138"}, {"074", "138"},
        {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "134"},
        {"165", "135"}, {"166", "136"}, {"16", "131"}, {"1721", "1321"}, {"1722", "1322"},
        {"1723", "1323"}, {"1724", "1324"}, {"172", "132"}, {"17", "137"}, {"14", "133"},
    };
    const char *code = by_prefix(table, sizeof table / sizeof table[0], lower);
    return code ? code : "130";
}

/* An appeal to someone to do X (CAMEO 02) for an appeal verb, its
 * addressee and the infinitive X: "urged Russia to withdraw its troops"
 * is 0256, "asked Obama to help Iran" 023.  NULL: no closer code. */
const char *appeal_code(const char *lower)
{
    static const code_rule table[] = {
        {"061", "0211"}, {"062", "0212"}, {"063", "0213"}, {"064", "0214"}, {"06", "021"},
        {"071", "0231"}, {"072", "0232"}, {"073", "0233"}, {"074", "0234"}, {"07", "023"},
        {"0831", "0241"}, {"0832", "0242"}, {"0833", "0243"}, {"0834", "0244"}, {"083", "024"},
        {"081", "0251"}, {"082", "0252"}, {"084", "0253"}, {"085", "0254"}, {"086", "0255"},
        {"087", "0256"}, {"08", "025"}, {"045", "028"}, {"04", "026"}, {"05", "022"},
    };
    return by_prefix(table, sizeof table / sizeof table[0], lower);
}

/* A demand that someone do X (CAMEO 10) for a demand verb, its addressee
 * and the infinitive X: "demanded Sharon resign" is 1041, "demanded Iran
 * release the sailors" 1053, "demanded the rebels withdraw" 106.  NULL: no
 * closer code (nor for meetings: "ordered teachers to discuss" is none). */
const char *demand_code(const char *lower)
{
    static const code_rule table[] = {
        {"061", "1011"}, {"062", "1012"}, {"063", "1013"}, {"064", "1014"},
        {"071", "1031"}, {"072", "1032"}, {"073", "1033"}, {"074", "1034"},
        {"0831", "1041"}, {"0832", "1042"}, {"0833", "1043"}, {"0834", "1044"}, {"083", "104"},
        {"081", "1051"}, {"082", "1052"}, {"084", "1053"}, {"085", "1054"}, {"086", "1055"},
        {"0871", "107"}, {"0874", "106"}, {"087", "1056"},
    };
    return by_prefix(table, sizeof table / sizeof table[0], lower);
}

/* An accusation of doing X (CAMEO 112): of force, aggression (1123:
 * "accused Angolan troops of attacking"); of mass killing, war crimes
 * (1124: "of massacring civilians"); of repression, abduction or torture,
 * human rights abuses (1122: "of persecuting its opponents"); of rape, a
 * crime (1121).  NULL: no closer code ("of imposing restrictions"). */
const char *accusation_code(const char *act)
{
    static const code_rule table[] = {
        {"1821", "1121"}, {"1822", "1122"}, {"181", "1122"}, {"18", "1123"}, {"19", "1123"},
        {"15", "1123"}, {"20", "1124"}, {"173", "1122"}, {"174", "1122"}, {"175", "1122"},
    };
    return by_prefix(table, sizeof table / sizeof table[0], act);
}

/* An actor between a verb and the infinitive it governs ("urged Russia to
 * withdraw", "gave permission to Russia to help"); with places_too, also
 * where the verb was done ("arrived in Cairo to brief Mubarak"). */
int object_between(const parse *p, const verb_group *upper, const verb_group *lower, int places_too)
{
    static const char *const objects[] = {"THEM", "HIM", "HER", "US", "ME", NULL};
    /* (Not one who is only there: "reached an agreement in front of Bush
     * to hold an assembly".) */
    for (uint32_t g = 0; g < p->n_groups; g++) {
        const actor_group *ag = &p->groups[g];
        if (ag->first >= upper->verb_end && ag->first < lower->first && !circumstance_of(p, ag)
            && (places_too || !(place_object(p, ag) && actor_group_is_place(ag))))
            return 1;
    }
    /* "asked them to help Iraq": a pronoun object is someone else too. */
    return lower->first == upper->verb_end + 1 && str_in(p->t[upper->verb_end].up, objects);
}

int recipients_between(const parse *p, const verb_group *upper, const verb_group *lower)
{
    /* (Not whom a message or an invitation is to: "extended an invitation
     * to the Zimbabwean delegation to attend" asks them to come; nor the
     * object of a verb no dictionary knows: "to convince automakers to".) */
    static const char *const asking[] = {"INVITATION", "INVITATIONS", "CALL", "CALLS", "APPEAL", "APPEALS",
        "REQUEST", "REQUESTS", "PLEA", "PLEAS", "ULTIMATUM", "MESSAGE", "SIGNAL", "ORDER", "ORDERS", NULL};
    int seen = 0;
    for (uint32_t g = 0; g < p->n_groups; g++) {
        const actor_group *ag = &p->groups[g];
        if (ag->first < upper->verb_end || ag->first >= lower->first)
            continue;
        /* ("accepted the invitation of the Nepali government to observe
         * the talks", "an invitation from Haiti to send police": the one
         * who invites asks, and is not asked) */
        if (ag->in_pp && (strcmp(p->t[ag->prep].up, "OF") == 0 || strcmp(p->t[ag->prep].up, "FROM") == 0) && ag->prep > 0
            && str_in(p->t[ag->prep - 1].up, asking)) {
            seen = 1;
            continue;
        }
        if (!ag->in_pp || strcmp(p->t[ag->prep].up, "TO") != 0 || ag->prep == 0
            || str_in(p->t[ag->prep - 1].up, asking) || (p->tags && p->tags[ag->prep + 1] == TAG_VB))
            return 0;
        seen = 1;
    }
    return seen;
}

int clause_between(const parse *p, const verb_group *upper, const verb_group *lower)
{
    for (uint32_t k = upper->verb_end; k < lower->first; k++)
        if (p->t[k].tag == WC_AUX && strcmp(p->t[k].up, "TO") != 0)
            return 1;
    return 0;
}
