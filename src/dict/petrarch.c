/* petrarch.c — readers for the dictionary formats of PETRARCH and TABARI.
 *
 * The two formats are close relatives (PETRARCH's grew out of TABARI's), so
 * one set of readers handles both: `#` and `;` start comments, `<!-- -->`
 * lines are comments, and `_` joins the words of a phrase.  Everything is
 * upper-cased on the way in.  The readers are line-based and stop at the
 * first error, naming file and line. */
#include "dict/dict.h"
#include "util/grow.h"
#include "util/text.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct line_reader {
    dict_loader *ld;
    int in_xml_comment;
} line_reader;

/* Next line with comments removed, trimmed and upper-cased; NULL at end.
 * `indented` tells whether the raw line began with a blank; `comment`, if
 * wanted, gets the line's trailing comment, trimmed and upper-cased (""
 * when there is none). */
static char *next_line(line_reader *lr, int *indented, char **comment)
{
    for (;;) {
        size_t n;
        char *s = dict_getline(lr->ld, &n);
        if (!s)
            return NULL;
        if (indented)
            *indented = s[0] == ' ' || s[0] == '\t';
        if (lr->in_xml_comment) {
            char *end = strstr(s, "-->");
            if (!end)
                continue;
            lr->in_xml_comment = 0;
            s = end + 3;
        }
        char *open = strstr(s, "<!--");
        if (open) {
            char *end = strstr(open, "-->");
            if (end)
                memmove(open, end + 3, strlen(end + 3) + 1);
            else {
                *open = 0;
                lr->in_xml_comment = 1;
            }
        }
        char *note = str_strip_comment(s);
        if (comment) {
            *comment = note ? str_trim(note) : s + strlen(s);
            str_upcase(*comment);
        }
        s = str_trim(s);
        str_upcase(s);
        return s;
    }
}

/* ---------------------------------------------------------------- dates */

/* Whether the code has only capitals, digits and -~#+/ (a loop: strspn
 * builds a table of its accepted set on every call, and Phoenix's actors
 * have 60,000 codes). */
static int actor_code_chars(const char *code)
{
    for (; *code; code++)
        if (!(*code >= 'A' && *code <= 'Z') && !(*code >= '0' && *code <= '9') && !strchr("-~#+/", *code))
            return 0;
    return 1;
}

/* Parses one "[CODE]" / "[CODE 991231-080507]" / "[CODE >080508]" /
 * "[CODE <990809]" group and adds it to the current actor.  PETRARCH
 * dates are YYMMDD (TABARI: also YYYYMMDD). */
static int actor_code_group(dict_loader *ld, const char *g, size_t n)
{
    char text[128];
    if (n >= sizeof text) {
        dict_error(ld, "code block too long");
        return -1;
    }
    /* The code, then the date range with any blanks removed: the field's
     * files write "[HOB < 950601]" and "[X 19950601 - 19990815]". */
    size_t k = 0, i = 0;
    while (i < n && (g[i] == ' ' || g[i] == '\t')) i++;
    char code[32];
    size_t c = 0;
    while (i < n && g[i] != ' ' && g[i] != '\t' && c < sizeof code - 1)
        code[c++] = g[i++];
    code[c] = 0;
    for (; i < n; i++)
        if (g[i] != ' ' && g[i] != '\t')
            text[k++] = g[i];
    text[k] = 0;
    if (!code[0]) {
        dict_error(ld, "empty code block []");
        return -1;
    }
    if (!actor_code_chars(code)) {
        dict_error(ld, "bad actor code \"%s\"", code);
        return -1;
    }
    int32_t from = 0, until = 0;
    if (k) {
        char *dash = strchr(text, '-');
        if (text[0] == '>')
            from = dict_date_number(text + 1, k - 1);
        else if (text[0] == '<')
            until = dict_date_number(text + 1, k - 1);
        else if (dash) {
            from = dict_date_number(text, (size_t)(dash - text));
            until = dict_date_number(dash + 1, strlen(dash + 1));
        } else
            from = -1;
        if (from < 0 || until < 0 || (from && until && from > until)) {
            /* A typo in a date of the field's files ("9008223", a range
             * that ends before it starts) drops that one dated code, as
             * PETRARCH does, not the whole load. */
            ld->d->n_skipped_codes++;
            return 0;
        }
    }
    dict_actor_add_code(ld->d, code, from, until);
    return 0;
}

/* Reads every "[...]" group in s into the current actor; returns the
 * number of groups or -1. */
static int actor_code_groups(dict_loader *ld, const char *s)
{
    int groups = 0;
    while ((s = strchr(s, '[')) != NULL) {
        const char *close = strchr(s, ']');
        if (!close) {
            dict_error(ld, "unbalanced '[' in code block");
            return -1;
        }
        if (actor_code_group(ld, s + 1, (size_t)(close - s - 1)) < 0)
            return -1;
        groups++;
        s = close + 1;
    }
    return groups;
}

/* --------------------------------------------------------------- actors */

static void add_actor_phrase(dict_loader *ld, const char *phrase, uint32_t actor)
{
    dyad_dicts *d = ld->d;
    uint32_t node = dict_add_phrase(d, phrase, 1);
    if (node == NONE)
        return;
    if (d->nodes[node].actor == NONE) {
        d->nodes[node].actor = actor;
        dict_note_last_name(d, phrase, actor);
    } else if (d->nodes[node].actor != actor) {
        /* (whose codes follow its phrases: merged once all are read) */
        GROW(d->homonyms, d->n_homonyms, d->cap_homonyms);
        d->homonyms[d->n_homonyms].word = node;
        d->homonyms[d->n_homonyms].ref = actor;
        d->n_homonyms++;
    }
}

int dict_read_petrarch_actors(dict_loader *ld)
{
    line_reader lr = {ld, 0};
    char *s;
    uint32_t actor = NONE;
    while (!ld->failed && (s = next_line(&lr, NULL, NULL)) != NULL) {
        if (!*s || s[0] == '<')
            continue;
        if (s[0] == '[') {
            if (actor == NONE) {
                dict_error(ld, "code block before any actor");
                break;
            }
            actor_code_groups(ld, s);
            continue;
        }
        if (s[0] == '+') {
            if (actor == NONE) {
                dict_error(ld, "synonym before any actor");
                break;
            }
            char *bracket = strchr(s, '[');
            if (bracket)
                *bracket = 0;
            add_actor_phrase(ld, str_trim(s + 1), actor);
            continue;
        }
        actor = dict_new_actor(ld->d, ld);
        char *bracket = strchr(s, '[');
        if (bracket) {
            if (actor_code_groups(ld, bracket) < 0)
                break;
            *bracket = 0;
        }
        add_actor_phrase(ld, str_trim(s), actor);
    }
    return ld->failed ? -1 : 0;
}

/* --------------------------------------------------------------- agents */

#define MAX_MACROS 32

typedef struct macro {
    char name[32];
    char values[16][32];
    int n;
} macro;

static void add_agent_phrase(dict_loader *ld, const char *phrase, uint32_t agent)
{
    uint32_t node = dict_add_phrase(ld->d, phrase, 0);
    if (node != NONE && ld->d->nodes[node].agent == NONE)
        ld->d->nodes[node].agent = agent;
}

/* Adds `phrase` and its plural ("MINISTER" → "MINISTERS"). */
static void add_agent_forms(dict_loader *ld, const char *phrase, uint32_t agent, int plural)
{
    add_agent_phrase(ld, phrase, agent);
    if (!plural)
        return;
    char pl[256];
    inflect_noun_plural(phrase, pl, sizeof pl);
    if (pl[0])
        add_agent_phrase(ld, pl, agent);
}

/* Expands the first !MACRO! in phrase, recursively, then adds the forms. */
static void expand_agent(dict_loader *ld, const char *phrase, const macro *m, int nm,
                         uint32_t agent, int plural, int depth)
{
    const char *bang = strchr(phrase, '!');
    const char *end = bang ? strchr(bang + 1, '!') : NULL;
    if (!bang || !end || depth > 4) {
        add_agent_forms(ld, phrase, agent, plural);
        return;
    }
    for (int i = 0; i < nm; i++) {
        size_t n = (size_t)(end - bang + 1);
        if (strlen(m[i].name) != n || strncmp(m[i].name, bang, n) != 0)
            continue;
        for (int k = 0; k < m[i].n; k++) {
            char out[512];
            snprintf(out, sizeof out, "%.*s%s%s", (int)(bang - phrase), phrase, m[i].values[k], end + 1);
            /* The macro value supplies its own plural ("MEN"). */
            expand_agent(ld, out, m, nm, agent, 0, depth + 1);
        }
        return;
    }
    dict_error(ld, "unknown substitution %.*s", (int)(end - bang + 1), bang);
}

static int read_macro(dict_loader *ld, char *s, macro *m)
{
    char *eq = strchr(s, '=');
    *eq = 0;
    snprintf(m->name, sizeof m->name, "%s", str_trim(s));
    m->n = 0;
    for (char *v = strtok(eq + 1, ","); v && m->n < 16; v = strtok(NULL, ","))
        snprintf(m->values[m->n++], sizeof m->values[0], "%s", str_trim(v));
    if (!m->n) {
        dict_error(ld, "substitution %s has no values", m->name);
        return -1;
    }
    return 0;
}

int dict_read_petrarch_agents(dict_loader *ld)
{
    line_reader lr = {ld, 0};
    macro macros[MAX_MACROS];
    int n_macros = 0;
    char *s;
    while (!ld->failed && (s = next_line(&lr, NULL, NULL)) != NULL) {
        if (!*s || s[0] == '<')
            continue;
        if (s[0] == '!' && strchr(s, '=')) {
            if (n_macros < MAX_MACROS && read_macro(ld, s, &macros[n_macros]) == 0)
                n_macros++;
            continue;
        }
        char *open = strchr(s, '['), *close = open ? strpbrk(open, "]}") : NULL;
        if (!open) {
            ld->d->n_skipped_codes++;  /* Phoenix lists a few agents with no code */
            continue;
        }
        if (!close) {
            dict_error(ld, "agent code block not closed");
            break;
        }
        *close = 0;
        char *code = str_trim(open + 1);
        *open = 0;
        int prefix = code[0] != '~';
        char sector[16];
        const char *sec = prefix ? code : code + 1;
        snprintf(sector, sizeof sector, "%.*s", (int)strcspn(sec, "~ "), sec);
        if (!sector[0] || strspn(sector, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != strlen(sector)) {
            dict_error(ld, "bad agent code [%s]", code);
            break;
        }
        uint32_t agent = dict_new_agent(ld->d, sector, prefix);
        char *brace = strchr(s, '{');
        int plural = 1;
        if (brace) {
            char *bclose = strchr(brace, '}');
            if (!bclose) {
                dict_error(ld, "unbalanced '{'");
                break;
            }
            *bclose = 0;
            plural = 0;
            for (char *f = strtok(brace + 1, " \t"); f; f = strtok(NULL, " \t"))
                expand_agent(ld, f, macros, n_macros, agent, 0, 0);
            *brace = 0;
        }
        expand_agent(ld, str_trim(s), macros, n_macros, agent, plural, 0);
    }
    return ld->failed ? -1 : 0;
}

/* ------------------------------------------------------------- discards */

int dict_read_discards(dict_loader *ld)
{
    line_reader lr = {ld, 0};
    char *s;
    while (!ld->failed && (s = next_line(&lr, NULL, NULL)) != NULL) {
        if (!*s || s[0] == '<')
            continue;
        int story = s[0] == '+';
        if (story)
            s = str_trim(s + 1);
        s[strcspn(s, "[")] = 0;
        uint32_t node = dict_add_phrase(ld->d, str_trim(s), 0);
        if (node == NONE)
            continue;
        ld->d->nodes[node].discard = DISCARD_BETWEEN_BLANKS;
        if (story)
            ld->d->nodes[node].story_discard = 1;
    }
    return ld->failed ? -1 : 0;
}

/* ---------------------------------------------------------------- verbs */

typedef struct verb_state {
    uint32_t block;         /* current verb block */
    uint32_t syn;           /* synset being read, or NONE */
    char header_code[8], header_code2[8];
    int header_open;        /* a "--- NAME [code] ---" block is open */
    uint32_t group_first;   /* first verb block of that header */
    uint32_t header_block;  /* the block of its verbs with no code of their own */
    int skip_section;       /* inside <TIME>, <NOUN>, <ADJECTIVE> */
    uint32_t *owner;        /* by pattern index: the block its comment names */
    uint32_t n_owner, cap_owner;
} verb_state;

/* What a verb file made of the phrase at a trie node, by d->verb_listed:
 * the word of a verb line, or a form it lists in braces ("FIND {FINDS
 * FOUND FINDING}"); forms made by rule are not marked. */
enum { NOT_LISTED, LISTED_VERB, LISTED_FORM };

static int listed_as(const dyad_dicts *d, uint32_t node)
{
    return node < d->cap_verb_listed ? d->verb_listed[node] : NOT_LISTED;
}

static void mark_listed(dyad_dicts *d, uint32_t node, int how)
{
    if (node >= d->cap_verb_listed) {
        uint32_t cap = d->cap_verb_listed ? d->cap_verb_listed : 1024;
        while (cap <= node)
            cap *= 2;
        uint8_t *grown = realloc(d->verb_listed, cap);
        if (!grown)
            abort();
        memset(grown + d->cap_verb_listed, 0, cap - d->cap_verb_listed);
        d->verb_listed = grown;
        d->cap_verb_listed = cap;
    }
    if (d->verb_listed[node] != LISTED_VERB)
        d->verb_listed[node] = (uint8_t)how;
}

static void add_form(void *user, const char *form);

typedef struct form_ctx {
    dict_loader *ld;
    uint32_t block;
    const char *rest;       /* words after the verb in a multi-word verb */
} form_ctx;

static void add_form(void *user, const char *form)
{
    form_ctx *fc = user;
    char phrase[256];
    dict_join_words(phrase, sizeof phrase, form, fc->rest);
    uint32_t node = dict_add_phrase(fc->ld->d, phrase, 0);
    if (node != NONE && fc->ld->d->nodes[node].verb == NONE)
        fc->ld->d->nodes[node].verb = fc->block;
}

/* Adds a verb and its forms: "MEET {MEETS MET MEETING}" lists them all;
 * with no braces the regular forms are generated. */
static int read_verb_line(dict_loader *ld, char *s, verb_state *vs)
{
    char *code_open = strchr(s, '[');
    char code[8], code2[8];
    int own_code = 0;
    if (code_open) {
        char *close = strchr(code_open, ']');
        if (!close) {
            dict_error(ld, "unbalanced '['");
            return -1;
        }
        *close = 0;
        if (dict_split_code(str_trim(code_open + 1), code, code2) < 0) {
            dict_error(ld, "bad code [%s]", code_open + 1);
            return -1;
        }
        *code_open = 0;
        own_code = 1;
    }
    char *brace = strchr(s, '{');
    if (brace)
        *brace++ = 0;
    char *word = str_trim(s);
    for (char *p = word; *p; p++)
        if (*p == '+')
            *p = ' ';
    word = str_trim(word);
    if (!*word)
        return 0;
    const char *use_code = own_code ? code : vs->header_code;
    const char *use_code2 = own_code ? code2 : vs->header_code2;
    uint32_t node = dict_add_phrase(ld->d, word, 0);
    uint32_t existing = node == NONE ? NONE : ld->d->nodes[node].verb;
    if (existing != NONE && listed_as(ld->d, node) != LISTED_FORM) {
        /* A verb listed twice (the validation files do), or a form of one
         * listed on its own line (TABARI's "ATTACKED"): one block, so the
         * patterns of both apply, and a real default beats "---".  But an
         * irregular form a verb lists in braces is that verb's: "FOUND"
         * (to found) after "FIND {FINDS FOUND FINDING}" is another verb,
         * gives FIND's block no default, and keeps the word FIND's. */
        mark_listed(ld->d, node, LISTED_VERB);
        verb_block *vb = &ld->d->verbs[existing];
        if (strcmp(vb->code, "---") == 0 && strcmp(use_code, "---") != 0) {
            snprintf(vb->code, sizeof vb->code, "%s", use_code);
            snprintf(vb->code2, sizeof vb->code2, "%s", use_code2);
        }
        vs->block = existing;
        return 0;
    }
    if (existing == NONE && node != NONE)
        mark_listed(ld->d, node, LISTED_VERB);
    /* In "--- PHYSICAL_CONFLICT [190] ---", "+SHOT_AND [193]" is a block
     * of its own and "ATTACK" after it is the header's 190. */
    if (own_code || !vs->header_open)
        vs->block = dict_new_verb(ld->d, word, use_code, use_code2);
    else {
        if (vs->header_block == NONE)
            vs->header_block = dict_new_verb(ld->d, word, use_code, use_code2);
        vs->block = vs->header_block;
    }
    /* The first word inflects; the others ("STIR UP") follow it. */
    char base[128];
    snprintf(base, sizeof base, "%s", word);
    char *space = strpbrk(base, " _");
    const char *rest = "";
    if (space) {
        *space = 0;
        rest = space + 1;
    }
    form_ctx fc = {ld, vs->block, rest};
    add_form(&fc, base);
    if (brace) {
        char *close = strchr(brace, '}');
        if (!close) {
            dict_error(ld, "unbalanced '{'");
            return -1;
        }
        *close = 0;
        form_ctx whole = {ld, vs->block, ""};
        for (char *f = strtok(brace, " \t,"); f; f = strtok(NULL, " \t,")) {
            for (char *p = f; *p; p++)
                if (*p == '+' || *p == '_')
                    *p = ' ';
            add_form(&whole, str_trim(f));
            uint32_t form = dict_add_phrase(ld->d, str_trim(f), 0);
            if (form != NONE)
                mark_listed(ld->d, form, LISTED_FORM);
        }
    } else
        inflect_verb(base, add_form, &fc);
    return 0;
}

/* Whether two patterns are the same words, however spaced. */
static int same_words(const char *a, const char *b)
{
    for (;;) {
        a += strspn(a, " \t");
        b += strspn(b, " \t");
        size_t na = strcspn(a, " \t"), nb = strcspn(b, " \t");
        if (na != nb || strncmp(a, b, na))
            return 0;
        if (!na)
            return 1;
        a += na, b += nb;
    }
}

/* The verb block a pattern's comment names: the Phoenix verbs were merged
 * from TABARI's, whose patterns stood under one verb each, and the comment
 * keeps that verb ("- * MEMBERS [173] # ARREST").  NONE when the comment
 * names no verb. */
static uint32_t pattern_owner(const dyad_dicts *d, const char *comment)
{
    char verb[64];
    size_t n = strcspn(comment, " \t");
    if (n == 0 || n >= sizeof verb)
        return NONE;
    memcpy(verb, comment, n);
    verb[n] = 0;
    for (char *p = verb; *p; p++)
        if (*p == '+')
            *p = ' ';
    return dict_verb_block(d, str_trim(verb));
}

/* Notes the block that owns pattern pat (NONE: no verb named). */
static void note_owner(verb_state *vs, uint32_t pat, uint32_t block)
{
    while (vs->n_owner <= pat) {
        GROW(vs->owner, vs->n_owner, vs->cap_owner);
        vs->owner[vs->n_owner++] = NONE;
    }
    vs->owner[pat] = block;
}

/* Lets block b use pattern pat.  A pattern written again replaces the
 * earlier one, as in PETRARCH, whose pattern tree keeps the last code it
 * was given for the same words ("- * SANCTION [0351] # LIFT", later "- *
 * SANCTION [085] # LIFT").  But the merged blocks also repeat a pattern
 * with the codes of different verbs ("- * MEMBERS [173] # ARREST", "- *
 * MEMBERS [181] # CAPTURE"): a block keeps the one its own verb owns. */
static void share_pattern(dyad_dicts *d, const verb_state *vs, uint32_t b, uint32_t pat)
{
    verb_block *vb = &d->verbs[b];
    for (uint32_t k = 0; k < vb->n_pats; k++)
        if (same_words(d->pats[vb->pats[k]].text, d->pats[pat].text)) {
            if (vs->owner[pat] == b || vs->owner[vb->pats[k]] != b)
                vb->pats[k] = pat;
            return;
        }
    dict_verb_add_pattern_ref(d, b, pat);
}

static int read_pattern_line(dict_loader *ld, char *s, const char *comment, verb_state *vs)
{
    if (vs->block == NONE) {
        dict_error(ld, "pattern before any verb");
        return -1;
    }
    char *open = strrchr(s, '[');
    char *close = open ? strchr(open, ']') : NULL;
    if (!open || !close) {
        dict_error(ld, "pattern has no [code]");
        return -1;
    }
    *close = 0;
    char code[8], code2[8];
    if (dict_split_code(str_trim(open + 1), code, code2) < 0) {
        dict_error(ld, "bad code [%s]", open + 1);
        return -1;
    }
    *open = 0;
    uint32_t pat = ld->d->n_pats;
    if (dict_add_pattern(ld, NONE, str_trim(s + 1), code, code2, 0) < 0)
        return -1;
    if (ld->d->n_pats == pat)
        return 0;                     /* a foreign pattern skipped */
    note_owner(vs, pat, pattern_owner(ld->d, comment));
    share_pattern(ld->d, vs, vs->block, pat);
    if (vs->header_open)
        for (uint32_t b = vs->group_first; b < ld->d->n_verbs; b++)
            if (b != vs->block)
                share_pattern(ld->d, vs, b, pat);
    return 0;
}

/* "--- NAME [code] ---" opens a PETRARCH verb block. */
static int read_block_header(dict_loader *ld, char *s, verb_state *vs)
{
    char *open = strchr(s, '['), *close = open ? strchr(open, ']') : NULL;
    if (!open || !close) {
        dict_error(ld, "verb block header has no [code]");
        return -1;
    }
    *close = 0;
    if (dict_split_code(str_trim(open + 1), vs->header_code, vs->header_code2) < 0) {
        dict_error(ld, "bad code [%s]", open + 1);
        return -1;
    }
    vs->header_open = 1;
    vs->group_first = ld->d->n_verbs;
    vs->header_block = NONE;
    vs->block = NONE;
    vs->syn = NONE;
    return 0;
}

/* "~ a (b . ATTACK) SAY = a b 112": see transform in dict.h.  The inner
 * verb stands for the class of its code (ATTACK [190]: any 19x), the outer
 * for its block.  "a (a b Q) SAY = a b Q" keeps the inner code, which is
 * what dyad does with no transformation, so it adds nothing. */
static int read_transform(dict_loader *ld, char *s)
{
    char x[8], y[8], inner[64], outer[64], r1[8], r2[8], code[8];
    if (sscanf(s + 1, " A ( %7s %7s %63[^) ] ) %63s = %7s %7s %7s", x, y, inner, outer, r1, r2, code) != 7
        || strcmp(r1, "A") || strcmp(r2, "B")) {
        dict_error(ld, "transformation not understood (expected \"~ a (b . VERB) VERB = a b CODE\")");
        return -1;
    }
    transform t = {0};
    if (!strcmp(x, "A") && !strcmp(y, "B"))
        t.who = TR_SELF;
    else if (!strcmp(x, "B") && !strcmp(y, "."))
        t.who = TR_OTHER;
    else if (!strcmp(x, "_") && !strcmp(y, "B"))
        t.who = TR_NONE;
    else {
        dict_error(ld, "transformation actors \"(%s %s\" not understood", x, y);
        return -1;
    }
    if (!strcmp(inner, "Q"))
        return 0;
    uint32_t ib = dict_verb_block(ld->d, inner), ob = dict_verb_block(ld->d, outer);
    if (ib == NONE || ob == NONE) {
        dict_error(ld, "transformation names %s, which is no verb", ib == NONE ? inner : outer);
        return -1;
    }
    char code2[8];
    if (dict_split_code(code, t.code, code2) < 0 || code2[0]) {
        dict_error(ld, "bad transformation code %s", code);
        return -1;
    }
    dict_code_class(ld->d->verbs[ib].code, t.inner[0]);
    t.n_inner = 1;
    t.outer[0] = ob;
    t.n_outer = 1;
    t.text = str_trim(s);
    dict_add_transform(ld->d, &t);
    return 0;
}

static int read_section_tag(const char *s, verb_state *vs)
{
    if (s[0] != '<')
        return 0;
    if (!strcmp(s, "<TIME>") || !strcmp(s, "<NOUN>") || !strcmp(s, "<ADJECTIVE>"))
        vs->skip_section = 1;
    else if (s[1] == '/')
        vs->skip_section = 0;
    return 1;
}

int dict_read_petrarch_verbs(dict_loader *ld)
{
    line_reader lr = {ld, 0};
    verb_state vs = {NONE, NONE, "---", "", 0, 0, NONE, 0, NULL, 0, 0};
    char *s, *comment;
    while (!ld->failed && (s = next_line(&lr, NULL, &comment)) != NULL) {
        if (!*s) {
            vs.syn = NONE;
            continue;
        }
        if (read_section_tag(s, &vs) || vs.skip_section)
            continue;
        if (strncmp(s, "---", 3) == 0 && strchr(s, '[')) {
            read_block_header(ld, s, &vs);
        } else if (s[0] == '~') {
            if (s[1] != '~')          /* "~~FINISH": TABARI's end of file */
                read_transform(ld, s);
        } else if (s[0] == '&') {
            size_t n = strcspn(s, " \t");
            s[n] = 0;
            vs.syn = dict_synset(ld->d, s);
        } else if (s[0] == '+' && vs.syn != NONE) {
            dict_synset_add(ld, vs.syn, str_trim(s + 1), 0);
        } else if (s[0] == '-' && s[1] != '-') {
            vs.syn = NONE;
            read_pattern_line(ld, s, comment, &vs);
        } else {
            vs.syn = NONE;
            read_verb_line(ld, s, &vs);
        }
    }
    free(vs.owner);
    return ld->failed ? -1 : 0;
}
