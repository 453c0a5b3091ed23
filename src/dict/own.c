/* own.c — reader for dyad's own dictionary format (docs/dictionaries.md):
 *
 *     KIND CODES : phrase | phrase | ...
 *
 * KIND is actor, agent, discard, synset, verb or pattern.  Words are
 * case-insensitive and matched whole; a word ending in '*' is a stem.
 * Verb lemmas are inflected here (regular rules and WordNet's irregular
 * forms) and every form records its lemma in base_of, so patterns written
 * with lemmas match any inflection. */
#include "dict/dict.h"
#include "util/calendar.h"
#include "util/text.h"
#include "util/utf8.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Adds a phrase of space-separated words; "AFGHAN*" is a stem.  A leading
 * "THE" is dropped: the article is optional in the text.  The phrase is
 * left as it is. */
static uint32_t own_phrase(dyad_dicts *d, const char *phrase)
{
    const char *p = phrase;
    while (blank(*p))
        p++;
    if (strncmp(p, "THE ", 4) == 0 && p[4 + strspn(p + 4, " \t")])
        p += 4;
    uint32_t node = 0;
    int words = 0;
    for (;;) {
        while (blank(*p))
            p++;
        if (!*p)
            break;
        const char *w = p;
        while (*p && !blank(*p))
            p++;
        size_t n = (size_t)(p - w);
        int kind = MATCH_EXACT;
        /* The tokeniser splits a possessive off ("People's" → PEOPLE 'S)
         * and drops a plural one ("Workers'"): phrases must agree. */
        int possessive = n > 2 && w[n - 2] == '\'' && w[n - 1] == 'S';
        if (possessive)
            n -= 2;
        else if (n > 1 && w[n - 1] == '\'')
            n--;
        if (n > 1 && w[n - 1] == '*') {
            kind = MATCH_PREFIX;
            n--;
        }
        uint32_t id = dict_word(d, w, n);
        if (kind == MATCH_PREFIX)
            dict_mark_stem(d, id, n);
        node = dict_trie_child(d, node, id, kind);
        if (possessive)
            node = dict_trie_child(d, node, dict_word(d, "'S", 2), MATCH_EXACT);
        words++;
    }
    if (!words)
        return NONE;
    d->n_phrases++;
    return node;
}

/* The number s[0..n) writes in decimal digits, or -1. */
static int digits(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* Parses "YYYY-MM-DD" into yyyymmdd; empty gives 0 (open). */
static int iso_date(const char *s, size_t n, int32_t *out)
{
    if (n == 0) {
        *out = 0;
        return 0;
    }
    int y, m, dd;
    char tail;
    char tmp[16];
    if (n >= sizeof tmp)
        return -1;
    memcpy(tmp, s, n);
    tmp[n] = 0;
    /* Our people files hold thousands of dates, nearly all written in
     * full, which need no sscanf; it takes the rest ("2021-1-5"). */
    int full = n == 10 && tmp[4] == '-' && tmp[7] == '-' && (y = digits(tmp, 4)) >= 0
        && (m = digits(tmp + 5, 2)) >= 0 && (dd = digits(tmp + 8, 2)) >= 0;
    if (!full && sscanf(tmp, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3)
        return -1;
    if (m < 1 || m > 12 || dd < 1 || dd > cal_days_in_month(y, m))
        return -1;
    *out = y * 10000 + m * 100 + dd;
    return 0;
}

/* One "CODE" or "CODE@from..until". */
static int own_code(dict_loader *ld, char *tok)
{
    char *at = strchr(tok, '@');
    int32_t from = 0, until = 0;
    if (at) {
        *at = 0;
        char *dots = strstr(at + 1, "..");
        if (!dots || iso_date(at + 1, (size_t)(dots - at - 1), &from) < 0
            || iso_date(dots + 2, strlen(dots + 2), &until) < 0) {
            dict_error(ld, "bad validity period \"@%s\" (want @YYYY-MM-DD..YYYY-MM-DD)", at + 1);
            return -1;
        }
        if (from && until && from > until) {
            dict_error(ld, "validity period of %s ends before it starts", tok);
            return -1;
        }
    }
    /* "---": words that contain an actor's name but name no actor ("South
     * China Sea"), as PETRARCH's [---]. */
    if (strcmp(tok, "---") != 0
        && (strlen(tok) < 3 || strspn(tok, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != strlen(tok))) {
        dict_error(ld, "bad actor code \"%s\"", tok);
        return -1;
    }
    dict_actor_add_code(ld->d, tok, from, until);
    return 0;
}

/* Two entries listing the same phrase agree when their codes do. */
static int same_codes(const dyad_dicts *d, uint32_t a, uint32_t b)
{
    const actor_entry *x = &d->actors[a], *y = &d->actors[b];
    if (x->n_codes != y->n_codes)
        return 0;
    for (uint32_t i = 0; i < x->n_codes; i++) {
        const dated_code *p = &d->codes[x->first_code + i], *q = &d->codes[y->first_code + i];
        if (strcmp(p->code, q->code) || p->from != q->from || p->until != q->until)
            return 0;
    }
    return 1;
}

/* Spellings of one Arabic or Russian given name that agencies
 * transliterate each their own way ("Mohammed bin Salman", "Mohamed bin
 * Salman"; "Abdel Fattah al-Burhan", "Abdul Fattah al-Burhan"; "Dmitry
 * Peskov", "Dmitri Peskov"): an actor named with one is named with each,
 * so a dictionary lists one. */
static const char *const spellings[][7] = {
    {"MOHAMMED", "MOHAMMAD", "MUHAMMAD", "MOHAMED", "MUHAMMED", "MOHAMAD", NULL},
    {"AHMED", "AHMAD", NULL},
    {"ABDEL", "ABDUL", NULL},
    {"HUSSEIN", "HUSSAIN", "HUSAIN", NULL},
    {"DMITRY", "DMITRI", "DMITRIY", NULL},
    {"SERGEI", "SERGEY", NULL},
    {"YURI", "YURY", "YURIY", NULL},
    {"ALEXEI", "ALEXEY", "ALEKSEI", "ALEKSEY", NULL},
    {"NIKOLAI", "NIKOLAY", NULL},
    {"VALERY", "VALERIY", "VALERI", NULL},
    {"YEVGENY", "YEVGENIY", "EVGENY", NULL},
    {"ANATOLY", "ANATOLIY", "ANATOLI", NULL},
    {"GENNADY", "GENNADIY", "GENNADI", NULL},
    {"ANDRIY", "ANDRII", NULL},
};

/* The row of spellings word w[0..n) is in, or -1. */
static int spelling_row(const char *w, size_t n)
{
    for (size_t r = 0; r < sizeof spellings / sizeof spellings[0]; r++)
        for (int k = 0; spellings[r][k]; k++)
            if (spellings[r][k][0] == w[0] && strlen(spellings[r][k]) == n && !memcmp(spellings[r][k], w, n))
                return (int)r;
    return -1;
}

/* Notes the phrase at `node` with its word at [at, at+n) spelt as
 * `spelling`, for dict_add_spellings. */
static void note_spelling(dyad_dicts *d, uint32_t node, const char *phrase, size_t at, size_t n,
                          const char *spelling)
{
    char number[16];
    buf_add(&d->spellings, number, (size_t)snprintf(number, sizeof number, "%u\t", node));
    buf_add(&d->spellings, phrase, at);
    buf_adds(&d->spellings, spelling);
    buf_adds(&d->spellings, phrase + at + n);
    buf_addc(&d->spellings, '\n');
}

/* Notes each other spelling of the phrase at `node`: one word respelt at a
 * time, and an article "al-" before a name as "el-" ("el-Sisi") and back. */
static void note_spellings(dyad_dicts *d, uint32_t node, const char *phrase)
{
    for (size_t at = 0; phrase[at];) {
        size_t n = strcspn(phrase + at, " \t");
        int row = spelling_row(phrase + at, n);
        for (int k = 0; row >= 0 && spellings[row][k]; k++)
            if (strlen(spellings[row][k]) != n || memcmp(spellings[row][k], phrase + at, n))
                note_spelling(d, node, phrase, at, n, spellings[row][k]);
        if (n > 3 && (!memcmp(phrase + at, "AL-", 3) || !memcmp(phrase + at, "EL-", 3)))
            note_spelling(d, node, phrase, at, 3, phrase[at] == 'A' ? "EL-" : "AL-");
        at += n;
        at += strspn(phrase + at, " \t");
    }
}

/* Once every dictionary is read, the spellings noted name the actor of the
 * phrase they respell, where no phrase a dictionary lists is spelt so (a
 * listed phrase wins, whichever file lists it).  They count as no phrase
 * of the dictionaries. */
void dict_add_spellings(dyad_dicts *d)
{
    char *line = d->spellings.data;
    while (line && *line) {
        char *end = strchr(line, '\n');
        *end = 0;
        char *tab = strchr(line, '\t');
        uint32_t from = (uint32_t)strtoul(line, NULL, 10);
        uint32_t node = own_phrase(d, tab + 1);
        d->n_phrases--;
        if (node != NONE && d->nodes[node].actor == NONE) {
            d->nodes[node].actor = d->nodes[from].actor;
            d->nodes[node].acronym = d->nodes[from].acronym;
            d->nodes[node].proper = d->nodes[from].proper;
        }
        line = end + 1;
    }
    buf_free(&d->spellings);
}

static int own_actor(dict_loader *ld, char *codes, char *phrases, uint64_t acronyms, uint64_t proper)
{
    dyad_dicts *d = ld->d;
    uint32_t actor = dict_new_actor(d, ld);
    for (char *c = strtok(codes, " \t"); c; c = strtok(NULL, " \t"))
        if (own_code(ld, c) < 0)
            return -1;
    if (!d->actors[actor].n_codes) {
        dict_error(ld, "actor has no code");
        return -1;
    }
    char *save = NULL;
    int k = 0;
    for (char *p = strtok_r(phrases, "|", &save); p; p = strtok_r(NULL, "|", &save), k++) {
        const char *phrase = str_trim(p);
        uint32_t node = own_phrase(d, phrase);
        if (node == NONE)
            continue;
        if (k < 64 && (acronyms >> k & 1))
            d->nodes[node].acronym = 1;
        if (k < 64 && (proper >> k & 1))
            d->nodes[node].proper = 1;
        uint32_t other = d->nodes[node].actor;
        if (other != NONE && other != actor && !same_codes(d, other, actor)) {
            dict_error(ld, "phrase \"%s\" is already an actor with other codes (%s:%u)", phrase,
                       d->files[d->actors[other].file], d->actors[other].line);
            return -1;
        }
        if (other == NONE) {
            d->nodes[node].actor = actor;
            dict_note_last_name(d, phrase, actor);
        }
        note_spellings(d, node, phrase);
    }
    return 0;
}

static int own_agent(dict_loader *ld, char *codes, char *phrases)
{
    char *code = str_trim(codes);
    /* "~SPY after-actor": the option follows the code. */
    char *option = code + strcspn(code, " \t");
    if (*option)
        *option++ = '\0';
    option = str_trim(option);
    int after_actor = strcmp(option, "AFTER-ACTOR") == 0;
    if (*option && !after_actor) {
        dict_error(ld, "bad agent option \"%s\" (want after-actor)", option);
        return -1;
    }
    int prefix = code[0] != '~';
    char sector[16];
    snprintf(sector, sizeof sector, "%.*s", (int)strcspn(prefix ? code : code + 1, "~"),
             prefix ? code : code + 1);
    if (strlen(sector) < 2 || strspn(sector, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != strlen(sector)
        || (prefix && code[strlen(code) - 1] != '~')) {
        dict_error(ld, "bad agent code \"%s\" (want ~XXX or XXX~)", code);
        return -1;
    }
    uint32_t agent = dict_new_agent(ld->d, sector, prefix);
    ld->d->agents[agent].after_actor = (uint8_t)after_actor;
    char *save = NULL;
    for (char *p = strtok_r(phrases, "|", &save); p; p = strtok_r(NULL, "|", &save)) {
        uint32_t node = own_phrase(ld->d, p);
        if (node != NONE && ld->d->nodes[node].agent == NONE)
            ld->d->nodes[node].agent = agent;
    }
    return 0;
}

static int own_discard(dict_loader *ld, char *codes, char *phrases)
{
    int story = strcmp(str_trim(codes), "STORY") == 0;
    if (!story && *str_trim(codes)) {
        dict_error(ld, "discard takes no code but \"story\"");
        return -1;
    }
    char *save = NULL;
    for (char *p = strtok_r(phrases, "|", &save); p; p = strtok_r(NULL, "|", &save)) {
        uint32_t node = own_phrase(ld->d, p);
        if (node == NONE)
            continue;
        ld->d->nodes[node].discard = DISCARD_ANYWHERE;
        ld->d->nodes[node].story_discard |= (uint8_t)story;
    }
    return 0;
}

static int valid_event_code(dict_loader *ld, const char *code)
{
    if (strcmp(code, "---") == 0 || dyad_cameo_lookup(ld->d, code))
        return 1;
    dict_error(ld, "\"%s\" is not a CAMEO event code", code);
    return 0;
}

/* ---------------------------------------------------------------- verbs */

#define MAX_GROUP 64

typedef struct own_state {
    uint32_t group[MAX_GROUP];   /* verb blocks of the current `verb` line */
    int n_group;
} own_state;

typedef struct own_form {
    dyad_dicts *d;
    uint32_t block, base;
    const char *rest;
} own_form;

static void own_add_form(void *user, const char *form)
{
    own_form *f = user;
    char phrase[256];
    dict_join_words(phrase, sizeof phrase, form, f->rest);
    uint32_t w = dict_word(f->d, form, strlen(form));
    if (!f->d->base_of[w] && w != f->base)
        f->d->base_of[w] = f->base;
    uint32_t node = own_phrase(f->d, phrase);
    if (node != NONE && f->d->nodes[node].verb == NONE)
        f->d->nodes[node].verb = f->block;
}

static uint32_t own_verb_block(dyad_dicts *d, const char *lemma, const char *code, const char *code2)
{
    uint32_t b = strmap_get(&d->verb_names, lemma, strlen(lemma));
    if (b != UINT32_MAX) {
        /* The same lemma in another file: one block, the first real code wins. */
        if (strcmp(d->verbs[b].code, "---") == 0 && strcmp(code, "---") != 0) {
            snprintf(d->verbs[b].code, sizeof d->verbs[b].code, "%s", code);
            snprintf(d->verbs[b].code2, sizeof d->verbs[b].code2, "%s", code2);
        }
        return b;
    }
    b = dict_new_verb(d, lemma, code, code2);
    strmap_put(&d->verb_names, d->verbs[b].name, strlen(d->verbs[b].name), b);
    return b;
}

static int own_verb(dict_loader *ld, own_state *st, char *codes, char *phrases)
{
    char code[8], code2[8];
    if (dict_split_code(str_trim(codes), code, code2) < 0 || !valid_event_code(ld, code)
        || (code2[0] && !valid_event_code(ld, code2))) {
        if (!ld->failed)
            dict_error(ld, "bad verb code \"%s\"", codes);
        return -1;
    }
    st->n_group = 0;
    char *save = NULL;
    for (char *p = strtok_r(phrases, "|", &save); p; p = strtok_r(NULL, "|", &save)) {
        char lemma[128];
        snprintf(lemma, sizeof lemma, "%s", str_trim(p));
        if (!lemma[0])
            continue;
        uint32_t block = own_verb_block(ld->d, lemma, code, code2);
        if (st->n_group < MAX_GROUP)
            st->group[st->n_group++] = block;
        char *space = strchr(lemma, ' ');
        const char *rest = "";
        if (space) {
            *space = 0;
            rest = space + 1;
        }
        own_form f = {ld->d, block, dict_word(ld->d, lemma, strlen(lemma)), rest};
        own_add_form(&f, lemma);
        inflect_verb(lemma, own_add_form, &f);
        inflect_irregular(lemma, own_add_form, &f);
    }
    return 0;
}

/* The governing verbs of a transform, "say | claim", into t->outer. */
static int transform_verbs(dict_loader *ld, char *text, transform *t)
{
    char *save = NULL;
    for (char *v = strtok_r(text, "|", &save); v; v = strtok_r(NULL, "|", &save)) {
        uint32_t b = strmap_get(&ld->d->verb_names, str_trim(v), strlen(str_trim(v)));
        if (b == UINT32_MAX || t->n_outer == TRANSFORM_MAX) {
            dict_error(ld, b == UINT32_MAX ? "transform names \"%s\", which no verb line has before it"
                                           : "transform has more than 8 verbs at \"%s\"", str_trim(v));
            return -1;
        }
        t->outer[t->n_outer++] = b;
    }
    return 0;
}

/* What follows "> ": "self", "other" or "none", then the classes of the
 * told act, "18 | 19 | 20", into t->who and t->inner. */
static int transform_classes(dict_loader *ld, char *rest, transform *t)
{
    static const char *const who_words[] = {"SELF", "OTHER", "NONE"};
    size_t n = strcspn(rest, " \t");
    int who = -1;
    for (int k = 0; k < 3; k++)
        if (n == strlen(who_words[k]) && !strncmp(rest, who_words[k], n))
            who = k;
    if (who < 0 || !t->n_outer) {
        dict_error(ld, "transform needs verbs, then \"> self\", \"> other\" or \"> none\" and codes");
        return -1;
    }
    t->who = (uint8_t)who;
    char *save = NULL;
    for (char *c = strtok_r(rest + n, "|", &save); c; c = strtok_r(NULL, "|", &save)) {
        c = str_trim(c);
        if (t->n_inner == TRANSFORM_MAX || strlen(c) < 2 || strlen(c) > 3 || strspn(c, "0123456789") != strlen(c)) {
            dict_error(ld, "transform class \"%s\": expected two or three digits", c);
            return -1;
        }
        snprintf(t->inner[t->n_inner++], 8, "%s", c);
    }
    if (!t->n_inner) {
        dict_error(ld, "transform names no event class");
        return -1;
    }
    return 0;
}

/* "transform 112 : say | claim > other 18 | 19 | 20": a verb of the left
 * list whose subject comes first tells another's act of one of the right
 * classes: one event 112 of that subject replaces both (see dict.h). */
static int own_transform(dict_loader *ld, char *codes, char *text)
{
    transform t = {0};
    char code2[8], written[256];
    snprintf(written, sizeof written, "transform %s : %s", str_trim(codes), str_trim(text));
    char *gt = strchr(text, '>');
    if (dict_split_code(str_trim(codes), t.code, code2) < 0 || code2[0] || !valid_event_code(ld, t.code)
        || !gt) {
        if (!ld->failed)
            dict_error(ld, "expected \"transform CODE : verbs > self|other|none CODES\"");
        return -1;
    }
    *gt = 0;
    if (transform_verbs(ld, text, &t) < 0 || transform_classes(ld, str_trim(gt + 1), &t) < 0)
        return -1;
    t.text = written;
    dict_add_transform(ld->d, &t);
    return 0;
}

/* Nouns in patterns match their plural: register the plural's base. */
static void register_plurals(dyad_dicts *d, uint32_t first_elem)
{
    for (uint32_t i = first_elem; i < d->n_elems; i++) {
        if (d->elems[i].kind != PE_WORD)
            continue;
        char pl[128];
        const char *w = d->words[d->elems[i].word];
        inflect_noun_plural(w, pl, sizeof pl);
        if (!pl[0])
            continue;
        uint32_t p = dict_word(d, pl, strlen(pl));
        if (!d->base_of[p])
            d->base_of[p] = d->elems[i].word;
    }
}

static int own_pattern(dict_loader *ld, own_state *st, char *codes, char *text)
{
    char code[8], code2[8];
    if (!st->n_group) {
        dict_error(ld, "pattern before any verb line");
        return -1;
    }
    if (dict_split_code(str_trim(codes), code, code2) < 0 || !valid_event_code(ld, code)
        || (code2[0] && !valid_event_code(ld, code2))) {
        if (!ld->failed)
            dict_error(ld, "bad pattern code \"%s\"", codes);
        return -1;
    }
    /* "pattern 036 : * (with +) | * + (for talks)": one pattern each. */
    char *save = NULL;
    for (char *alt = strtok_r(text, "|", &save); alt; alt = strtok_r(NULL, "|", &save)) {
        uint32_t first = ld->d->n_elems;
        if (dict_add_pattern(ld, st->group[0], str_trim(alt), code, code2, 1) < 0)
            return -1;
        register_plurals(ld->d, first);
        for (int i = 1; i < st->n_group; i++)
            dict_verb_add_pattern_ref(ld->d, st->group[i], ld->d->n_pats - 1);
    }
    return 0;
}

static int own_synset(dict_loader *ld, char *codes, char *phrases)
{
    char *name = str_trim(codes);
    if (name[0] != '&' || strlen(name) < 2) {
        dict_error(ld, "synset name must start with '&'");
        return -1;
    }
    uint32_t syn = dict_synset(ld->d, name);
    uint32_t first = ld->d->n_elems;
    char *save = NULL;
    for (char *p = strtok_r(phrases, "|", &save); p; p = strtok_r(NULL, "|", &save))
        if (*str_trim(p) && dict_synset_add(ld, syn, str_trim(p), 1) < 0)
            return -1;
    register_plurals(ld->d, first);
    return 0;
}

/* The colon that ends the codes: " : " (codes such as ":030" hold one),
 * or the first one when the line has no codes ("discard: x"). */
static char *codes_end(char *s)
{
    for (char *c = strstr(s, " :"); c; c = strstr(c + 1, " :"))
        if (c[2] == 0 || c[2] == ' ' || c[2] == '\t')
            return c;
    if (s[strcspn(s, " \t")] && strchr(s, ':'))
        return strchr(s, ':') - 1;
    return NULL;
}

/* Bit k set when phrase k (of at most 64) is an acronym as written: one
 * word of two to six capitals or digits ("SADR", "RAI", "NATO"). */
static uint64_t acronym_mask(const char *phrases)
{
    uint64_t mask = 0;
    int k = 0;
    for (const char *p = phrases; *p && k < 64; k++) {
        size_t n = strcspn(p, "|");
        size_t b = strspn(p, " \t"), e = n;
        while (e > b && (p[e - 1] == ' ' || p[e - 1] == '\t'))
            e--;
        size_t caps = 0, letters = 0;
        for (size_t i = b; i < e; i++) {
            caps += (p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= '0' && p[i] <= '9');
            letters++;
        }
        if (letters >= 2 && letters <= 6 && caps == letters)
            mask |= (uint64_t)1 << k;
        p += n + (p[n] == '|');
    }
    return mask;
}

/* Bit k set when phrase k (of at most 64) is a proper name as written:
 * more than one word, the last capitalised ("Islamic State", not "Jewish
 * state"), so the text must capitalise it too ("an Islamic state" is no
 * Islamic State). */
static uint64_t proper_mask(const char *phrases)
{
    uint64_t mask = 0;
    int k = 0;
    for (const char *p = phrases; *p && k < 64; k++) {
        size_t n = strcspn(p, "|");
        size_t e = n;
        while (e > 0 && (p[e - 1] == ' ' || p[e - 1] == '\t'))
            e--;
        size_t w = e;
        while (w > 0 && p[w - 1] != ' ' && p[w - 1] != '\t')
            w--;
        size_t b = strspn(p, " \t");
        if (w > b && w < e && p[w] >= 'A' && p[w] <= 'Z')
            mask |= (uint64_t)1 << k;
        p += n + (p[n] == '|');
    }
    return mask;
}

int own_split_line(char *line, char **kind, char **codes, char **phrases, uint64_t *acronyms, uint64_t *proper)
{
    line[strcspn(line, "#")] = 0;
    char *s = str_trim(line);
    if (!*s)
        return 0;
    char *colon = codes_end(s);
    if (!colon)
        return -1;
    colon[1] = 0;
    *phrases = colon + 2;
    if (acronyms)
        *acronyms = acronym_mask(*phrases);
    if (proper)
        *proper = proper_mask(*phrases);
    str_upcase(s);
    str_upcase(*phrases);
    *kind = s;
    *codes = s + strcspn(s, " \t");
    if (**codes)
        *(*codes)++ = 0;
    return 1;
}

/* dyad's own files are UTF-8 text (foreign ones may be Latin-1 and hold a
 * DOS ^Z, and are taken as they are): a bad byte or a control character
 * makes a phrase that no text can match, as the readers keep story text
 * to UTF-8 and blank its controls. */
static int own_line_ok(dict_loader *ld, const char *line, size_t n)
{
    size_t plain = 0;                 /* printable ASCII: most lines, whole */
    while (plain < n && line[plain] >= 0x20 && line[plain] < 0x7F)
        plain++;
    if (plain == n)
        return 1;
    size_t bad = utf8_invalid_at(line, n);
    if (bad < n) {
        dict_error(ld, "invalid UTF-8 at column %zu (dyad dictionaries are UTF-8)", bad + 1);
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)line[i];
        if ((c < 0x20 && c != '\t') || c == 0x7F) {
            dict_error(ld, "control character U+%04X at column %zu", c, i + 1);
            return 0;
        }
    }
    return 1;
}

int dict_read_own(dict_loader *ld)
{
    own_state st = {{0}, 0};
    char *line;
    size_t n;
    while (!ld->failed && (line = dict_getline(ld, &n)) != NULL) {
        char *s, *codes, *phrases;
        uint64_t acronyms, proper;
        if (!own_line_ok(ld, line, n))
            break;
        int split = own_split_line(line, &s, &codes, &phrases, &acronyms, &proper);
        if (split == 0)
            continue;
        if (split < 0) {
            dict_error(ld, "expected \"KIND CODES : phrases\"");
            break;
        }
        if (!phrases[strspn(phrases, " \t|")]) {
            dict_error(ld, "no phrase after ':'");
            break;
        }
        const char *bracket = strcmp(s, "PATTERN") ? strpbrk(phrases, "[]{}") : NULL;
        if (bracket) {
            /* PETRARCH's "[CODE]" and "{forms}" are no part of a phrase
             * here: "Russia [" loaded as a phrase that never matched. */
            dict_error(ld, "'%c' in a phrase: phrases are words (codes go before ':')", *bracket);
            break;
        }
        if (!strcmp(s, "ACTOR")) own_actor(ld, codes, phrases, acronyms, proper);
        else if (!strcmp(s, "AGENT")) own_agent(ld, codes, phrases);
        else if (!strcmp(s, "DISCARD")) own_discard(ld, codes, phrases);
        else if (!strcmp(s, "SYNSET")) own_synset(ld, codes, phrases);
        else if (!strcmp(s, "VERB")) own_verb(ld, &st, codes, phrases);
        else if (!strcmp(s, "PATTERN")) own_pattern(ld, &st, codes, phrases);
        else if (!strcmp(s, "TRANSFORM")) own_transform(ld, codes, phrases);
        else dict_error(ld, "unknown entry kind \"%s\"", s);
    }
    return ld->failed ? -1 : 0;
}
