/* dict.c — building the compiled dictionary tables; see dict.h. */
#include "dict/dict.h"
#include "util/grow.h"
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>


void dict_error(dict_loader *ld, const char *fmt, ...)
{
    if (ld->failed)
        return;
    ld->failed = 1;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(ld->err, ld->errlen, "%s:%ld: %s", ld->file, ld->line, msg);
}

static uint32_t new_node(dyad_dicts *d, uint8_t depth)
{
    GROW(d->nodes, d->n_nodes, d->cap_nodes);
    trie_node *n = &d->nodes[d->n_nodes];
    n->actor = n->agent = n->verb = n->discard = NONE;
    n->story_discard = 0;
    n->acronym = 0;
    n->proper = 0;
    n->depth = depth;
    return d->n_nodes++;
}

dyad_dicts *dict_new(void)
{
    dyad_dicts *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    arena_init(&d->mem, 1 << 20);
    strmap_init(&d->vocab);
    u64map_init(&d->edges);
    strmap_init(&d->synset_names);
    strmap_init(&d->verb_names);
    strmap_init(&d->cameo_index);
    dict_word(d, "", 0);     /* id 0: unknown */
    new_node(d, 0);          /* node 0: root */
    d->stem_min_len = 1000;
    return d;
}

void dict_mark_stem(dyad_dicts *d, uint32_t w, size_t n)
{
    d->is_stem[w] = 1;
    uint32_t bit = stem_filter_bit(hash_bytes(d->words[w], n));
    d->stem_filter[bit / 64] |= (uint64_t)1 << (bit % 64);
    if (n < d->stem_min_len)
        d->stem_min_len = (uint32_t)n;
    if (n < 64)
        d->stem_lengths |= (uint64_t)1 << n;
}

uint32_t dict_word_find(const dyad_dicts *d, const char *w, size_t n)
{
    uint32_t id = strmap_get(&d->vocab, w, n);
    return id == UINT32_MAX ? 0 : id;
}

uint32_t dict_word(dyad_dicts *d, const char *w, size_t n)
{
    uint32_t id = strmap_get(&d->vocab, w, n);
    if (id != UINT32_MAX)
        return id;
    uint32_t old_cap = d->cap_words;
    GROW(d->words, d->n_words, d->cap_words);
    if (d->cap_words != old_cap) {
        uint8_t *p = realloc(d->is_stem, d->cap_words);
        if (!p) abort();
        memset(p + old_cap, 0, d->cap_words - old_cap);
        d->is_stem = p;
        uint8_t *r = realloc(d->below_root, d->cap_words);
        if (!r) abort();
        memset(r + old_cap, 0, d->cap_words - old_cap);
        d->below_root = r;
        uint32_t *rc = realloc(d->root_child, d->cap_words * 2 * sizeof *rc);
        if (!rc) abort();
        d->root_child = rc;
        uint32_t *b = realloc(d->base_of, d->cap_words * sizeof *b);
        if (!b) abort();
        memset(b + old_cap, 0, (d->cap_words - old_cap) * sizeof *b);
        d->base_of = b;
        uint32_t *l = realloc(d->word_len, d->cap_words * sizeof *l);
        if (!l) abort();
        d->word_len = l;
    }
    const char *copy = arena_strndup(&d->mem, w, n);
    d->words[d->n_words] = copy;
    d->word_len[d->n_words] = (uint32_t)n;
    d->is_stem[d->n_words] = 0;
    d->below_root[d->n_words] = 0;
    d->root_child[2 * d->n_words + MATCH_EXACT] = d->root_child[2 * d->n_words + MATCH_PREFIX] = NONE;
    strmap_put(&d->vocab, copy, n, d->n_words);
    return d->n_words++;
}

static uint64_t edge_key(uint32_t node, uint32_t word, int kind)
{
    /* +1 keeps the key non-zero (0 marks an empty slot). */
    return ((uint64_t)node << 33 | (uint64_t)word << 1 | (uint64_t)kind) + 1;
}

uint32_t dict_trie_step(const dyad_dicts *d, uint32_t node, uint32_t word, int kind)
{
    if (node == 0)
        return d->root_child[2 * word + (uint32_t)kind];
    if (!(d->below_root[word] & (1u << kind)))
        return NONE;
    uint32_t child = u64map_get(&d->edges, edge_key(node, word, kind));
    return child == UINT32_MAX ? NONE : child;
}

uint32_t dict_trie_child(dyad_dicts *d, uint32_t node, uint32_t word, int kind)
{
    uint32_t child = dict_trie_step(d, node, word, kind);
    if (child != NONE)
        return child;
    uint8_t depth = d->nodes[node].depth;
    child = new_node(d, depth < 255 ? depth + 1 : 255);
    if (node == 0) {
        d->root_child[2 * word + (uint32_t)kind] = child;
    } else {
        u64map_put(&d->edges, edge_key(node, word, kind), child);
        d->below_root[word] |= (uint8_t)(1u << kind);
    }
    return child;
}

static int word_sep(char c)
{
    return c == ' ' || c == '_' || c == '\t';
}

uint32_t dict_add_phrase(dyad_dicts *d, const char *phrase, int stem_last)
{
    uint32_t node = 0;
    const char *p = phrase;
    int words = 0;
    while (*p) {
        while (word_sep(*p))
            p++;
        if (!*p)
            break;
        const char *start = p;
        while (*p && !word_sep(*p))
            p++;
        size_t n = (size_t)(p - start);
        const char *q = p;
        while (*q == ' ' || *q == '\t')
            q++;
        int last = *q == 0 || (*q == '_' && q[1] == 0);
        int kind = MATCH_EXACT;
        /* Short stems ("KU", "AU") would swallow KUWAIT and AUSTRALIAN. */
        if (last && stem_last && *p != '_' && n >= 5) {
            kind = MATCH_PREFIX;
        }
        uint32_t w = dict_word(d, start, n);
        if (kind == MATCH_PREFIX)
            dict_mark_stem(d, w, n);
        node = dict_trie_child(d, node, w, kind);
        words++;
    }
    if (!words)
        return NONE;
    d->n_phrases++;
    return node;
}

/* snprintf(dst, size, "%s", src) without the format machinery: the
 * loaders copy a code for each of tens of thousands of entries. */
static void copy_code(char *dst, size_t size, const char *src)
{
    size_t n = strnlen(src, size - 1);
    memcpy(dst, src, n);
    dst[n] = 0;
}

void dict_join_words(char *out, size_t cap, const char *form, const char *rest)
{
    size_t n = strnlen(form, cap - 1);
    memcpy(out, form, n);
    if (rest[0] && n + 1 < cap) {
        out[n++] = ' ';
        size_t m = strnlen(rest, cap - 1 - n);
        memcpy(out + n, rest, m);
        n += m;
    }
    out[n] = 0;
}

uint32_t dict_new_actor(dyad_dicts *d, dict_loader *ld)
{
    GROW(d->actors, d->n_actors, d->cap_actors);
    actor_entry *a = &d->actors[d->n_actors];
    memset(a, 0, sizeof *a);          /* padding too: the cache writes the bytes */
    a->first_code = d->n_codes;
    a->n_codes = 0;
    a->line = ld ? (uint32_t)ld->line : 0;
    a->file = ld ? ld->file_index : 0;
    return d->n_actors++;
}

void dict_actor_add_code(dyad_dicts *d, const char *code, int32_t from, int32_t until)
{
    GROW(d->codes, d->n_codes, d->cap_codes);
    dated_code *c = &d->codes[d->n_codes++];
    memset(c, 0, sizeof *c);          /* the bytes past the code's NUL too */
    copy_code(c->code, sizeof c->code, code);
    c->from = from;
    c->until = until;
    d->actors[d->n_actors - 1].n_codes++;
}

uint32_t dict_new_agent(dyad_dicts *d, const char *code, int prefix)
{
    GROW(d->agents, d->n_agents, d->cap_agents);
    agent_entry *a = &d->agents[d->n_agents];
    memset(a, 0, sizeof *a);
    copy_code(a->code, sizeof a->code, code);
    a->prefix = (uint8_t)prefix;
    return d->n_agents++;
}

uint32_t dict_new_verb(dyad_dicts *d, const char *name, const char *code, const char *code2)
{
    GROW(d->verbs, d->n_verbs, d->cap_verbs);
    verb_block *v = &d->verbs[d->n_verbs];
    memset(v, 0, sizeof *v);
    copy_code(v->code, sizeof v->code, code);
    copy_code(v->code2, sizeof v->code2, code2);
    v->name = arena_strdup(&d->mem, name);
    return d->n_verbs++;
}

uint32_t dict_verb_block(const dyad_dicts *d, const char *verb)
{
    uint32_t node = 0;
    for (const char *w = verb; *w;) {
        size_t n = strcspn(w, " _");
        uint32_t id = dict_word_find(d, w, n);
        node = id ? dict_trie_step(d, node, id, MATCH_EXACT) : NONE;
        if (node == NONE)
            return NONE;
        w += n;
        w += strspn(w, " _");
    }
    return node ? d->nodes[node].verb : NONE;
}

void dict_code_class(const char *code, char out[8])
{
    size_t n = strlen(code);
    while (n > 2 && code[n - 1] == '0')
        n--;                          /* 190 → 19; 010 → 01; 186 stays */
    snprintf(out, 8, "%.*s", (int)n, code);
}

void dict_add_transform(dyad_dicts *d, const transform *t)
{
    GROW(d->transforms, d->n_transforms, d->cap_transforms);
    transform *n = &d->transforms[d->n_transforms++];
    memcpy(n, t, sizeof *n);          /* callers zero theirs, padding too */
    n->text = arena_strdup(&d->mem, t->text);
}

int dict_split_code(const char *s, char code[8], char code2[8])
{
    const char *colon = strchr(s, ':');
    size_t n = colon ? (size_t)(colon - s) : strlen(s);
    if ((n == 0 && !colon) || n > 7)
        return -1;
    memcpy(code, s, n);
    code[n] = 0;
    if (n == 0)
        strcpy(code, "---");          /* "[:173]": only the reverse event */
    code2[0] = 0;
    if (colon) {
        size_t m = strlen(colon + 1);
        if (m == 0 || m > 7)
            return -1;
        memcpy(code2, colon + 1, m + 1);
    }
    return 0;
}

uint32_t dict_synset(dyad_dicts *d, const char *name)
{
    size_t len = strlen(name);
    while (len > 1 && name[len - 1] == '_')
        len--;                        /* "&AUXVERB1_" is "&AUXVERB1" */
    uint32_t s = strmap_get(&d->synset_names, name, len);
    if (s != UINT32_MAX)
        return s;
    GROW(d->synsets, d->n_synsets, d->cap_synsets);
    synset *syn = &d->synsets[d->n_synsets];
    memset(syn, 0, sizeof *syn);
    syn->name = arena_strndup(&d->mem, name, len);
    strmap_put(&d->synset_names, syn->name, len, d->n_synsets);
    return d->n_synsets++;
}

static void push_elem(dyad_dicts *d, int kind, int adjacent, uint32_t word)
{
    GROW(d->elems, d->n_elems, d->cap_elems);
    pattern_elem *e = &d->elems[d->n_elems++];
    memset(e, 0, sizeof *e);
    e->kind = (uint8_t)kind;
    e->adjacent = (uint8_t)adjacent;
    e->word = word;
}

/* Length of the synset reference at p ("&NAME"): the longest run of name
 * characters that names a known synset, cut back at underscores, because
 * '_' both occurs in names (&FIGHT_OF_WORDS) and joins a reference to the
 * next word (NEW_&TIETYPES_RELATIONS).  Returns 0 when none is known. */
static size_t synset_ref_len(const dyad_dicts *d, const char *p)
{
    size_t n = 1;
    while (p[n] && (isalnum((unsigned char)p[n]) || p[n] == '_' || p[n] == '-'))
        n++;
    for (;;) {
        size_t m = n;
        while (m > 1 && p[m - 1] == '_')
            m--;
        if (strmap_get(&d->synset_names, p, m) != UINT32_MAX)
            return m;
        while (n > 1 && p[n - 1] != '_')
            n--;
        if (n <= 1)
            return 0;
        n--;
    }
}

/* Parses pattern text into elements.  Tokens are separated by blanks; '_'
 * joins words that must be adjacent.  PETRARCH's parentheses (a
 * prepositional phrase) are dropped: the words inside keep their order.
 * TABARI's "{ A | B }" alternatives become an anonymous synset. */
static int parse_elems(dict_loader *ld, const char *text, int own_format, int in_synset)
{
    dyad_dicts *d = ld->d;
    const char *p = text;
    int adjacent = 0, verbs = 0, depth = 0;
    while (*p) {
        if (*p == '(' || *p == ')') {
            depth += *p == '(' ? 1 : -1;
            if (own_format && (depth < 0 || depth > 1)) {
                dict_error(ld, depth < 0 ? "unbalanced ')' in \"%s\"" : "nested '(' in \"%s\"", text);
                return -1;
            }
        }
        if (*p == ' ' || *p == '\t' || *p == '(' || *p == ')') {
            /* "*_(with +)": the phrase's first word joins the verb */
            adjacent = adjacent && *p == '(';
            p++;
            continue;
        }
        if (*p == '_') {
            adjacent = 1;
            p++;
            continue;
        }
        if (*p == '{' && strchr(p, '|') && strchr(p, '}') && strchr(p, '|') < strchr(p, '}')) {
            const char *close = strchr(p, '}');
            char name[32];
            snprintf(name, sizeof name, "&{%u}", d->n_synsets);
            uint32_t syn = dict_synset(d, name);
            char *inner = arena_strndup(&d->mem, p + 1, (size_t)(close - p - 1));
            for (char *alt = strtok(inner, "|"); alt; alt = strtok(NULL, "|"))
                if (dict_synset_add(ld, syn, alt, own_format) < 0)
                    return -1;
            push_elem(d, PE_SYNSET, adjacent, syn);
            adjacent = 0;
            p = close + 1;
            continue;
        }
        if (*p == '{' || *p == '}') {
            p++;
            continue;
        }
        int kind = -1;
        if (*p == '*') kind = PE_VERB, verbs++;
        else if (*p == '$') kind = PE_SOURCE;
        else if (*p == '+') kind = PE_TARGET;
        else if (*p == '%') kind = PE_COMPOUND;
        else if (*p == '^') kind = PE_SKIP;
        if (kind >= 0) {
            push_elem(d, kind, adjacent, 0);
            adjacent = 0;
            p++;
            continue;
        }
        if (*p == '&') {
            size_t n = synset_ref_len(d, p);
            if (!n) {
                /* The Phoenix verbs refer to synsets they never define
                 * (&WEATHER): foreign files skip such a pattern, ours fail. */
                if (!own_format)
                    return -2;
                dict_error(ld, "unknown synset %.*s", (int)strcspn(p, " \t_()"), p);
                return -1;
            }
            uint32_t syn = strmap_get(&d->synset_names, p, n);
            push_elem(d, PE_SYNSET, adjacent, syn);
            adjacent = 0;
            p += n;
            continue;
        }
        const char *start = p;
        while (*p && !strchr(" \t_(){}", *p))
            p++;
        size_t n = (size_t)(p - start);
        int exact = *p == '_' || own_format;
        /* A stem of one or two letters would match almost anything. */
        if (n <= 3)
            exact = 1;
        uint32_t w = dict_word(d, start, n);
        if (!exact)
            dict_mark_stem(d, w, n);
        push_elem(d, exact ? PE_WORD : PE_PREFIX, adjacent, w);
        adjacent = 0;
        if (*p == '_' && (p[1] == 0 || p[1] == ' ' || p[1] == ')')) {
            p++; /* trailing '_' marks an exact word, not a join */
        }
    }
    if (own_format && depth != 0) {
        dict_error(ld, "unbalanced '(' in \"%s\"", text);
        return -1;
    }
    if (!in_synset && verbs != 1) {
        /* TABARI's master verbs have "* COMMIT * AID": skip such a foreign
         * pattern as we skip unknown synsets; in our own files it is an error. */
        if (!own_format)
            return -2;
        dict_error(ld, "pattern \"%s\" must have exactly one '*'", text);
        return -1;
    }
    return 0;
}

int dict_add_pattern(dict_loader *ld, uint32_t verb, const char *text, const char *code,
                     const char *code2, int own_format)
{
    dyad_dicts *d = ld->d;
    uint32_t first = d->n_elems;
    int rc = parse_elems(ld, text, own_format, 0);
    if (rc == -2) {
        d->n_elems = first;
        d->n_skipped_patterns++;
        return 0;
    }
    if (rc < 0)
        return -1;
    GROW(d->pats, d->n_pats, d->cap_pats);
    pattern *pt = &d->pats[d->n_pats];
    memset(pt, 0, sizeof *pt);
    pt->first_elem = first;
    pt->n_elem = d->n_elems - first;
    copy_code(pt->code, sizeof pt->code, code);
    copy_code(pt->code2, sizeof pt->code2, code2);
    pt->text = arena_strdup(&d->mem, text);
    pt->strict_objects = (uint8_t)own_format;
    if (verb != NONE)
        dict_verb_add_pattern_ref(d, verb, d->n_pats);
    d->n_pats++;
    return 0;
}

void dict_verb_add_pattern_ref(dyad_dicts *d, uint32_t verb, uint32_t pat)
{
    verb_block *v = &d->verbs[verb];
    GROW(v->pats, v->n_pats, v->cap_pats);
    v->pats[v->n_pats++] = pat;
}

/* True when synset `from` refers to synset `target` through other synsets.
 * Iterative, and each synset is visited once, so a long chain of synsets
 * neither overflows the stack nor takes more than one pass. */
static int synset_reaches(const dyad_dicts *d, uint32_t from, uint32_t target)
{
    uint8_t *seen = calloc(d->n_synsets, 1);
    uint32_t *todo = malloc(d->n_synsets * sizeof *todo);
    if (!seen || !todo) abort();
    size_t n = 0;
    int found = from == target;
    todo[n++] = from;
    seen[from] = 1;
    while (n && !found) {
        const synset *s = &d->synsets[todo[--n]];
        for (uint32_t k = 0; k < s->n && !found; k++)
            for (uint32_t i = 0; i < s->member_len[k] && !found; i++) {
                const pattern_elem *e = &d->elems[s->members[k] + i];
                if (e->kind != PE_SYNSET || seen[e->word])
                    continue;
                found = e->word == target;
                seen[e->word] = 1;
                todo[n++] = e->word;
            }
    }
    free(seen);
    free(todo);
    return found;
}

int dict_synset_add(dict_loader *ld, uint32_t syn, const char *member, int own_format)
{
    dyad_dicts *d = ld->d;
    uint32_t first = d->n_elems;
    int rc = parse_elems(ld, member, own_format, 1);
    if (rc == -2) {
        d->n_elems = first;
        return 0;
    }
    if (rc < 0)
        return -1;
    if (d->n_elems == first)
        return 0;
    /* A cycle would send pattern matching round it: refuse it here. */
    for (uint32_t i = first; i < d->n_elems; i++) {
        if (d->elems[i].kind != PE_SYNSET)
            continue;
        uint32_t via = d->elems[i].word;
        if (via == syn) {
            dict_error(ld, "synset %s refers to itself", d->synsets[syn].name);
            return -1;
        }
        if (synset_reaches(d, via, syn)) {
            dict_error(ld, "synset %s refers to itself through %s", d->synsets[syn].name, d->synsets[via].name);
            return -1;
        }
    }
    synset *s = &d->synsets[syn];
    if (s->n >= s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->members = realloc(s->members, s->cap * sizeof *s->members);
        s->member_len = realloc(s->member_len, s->cap * sizeof *s->member_len);
        if (!s->members || !s->member_len) abort();
    }
    s->members[s->n] = first;
    s->member_len[s->n] = d->n_elems - first;
    s->n++;
    return 0;
}

/* "Iraqi" in Phoenix's file is IRQ before 2003-03-20 and after 2006-05-20,
 * and IRQOCC between, in a code whose date has a typo (and is dropped): a
 * country's periods that all name it leave it that country on any date.
 * A person's do not (out of office, no actor).  NULL when none. */
static const char *country_between_periods(const dyad_dicts *d, const actor_entry *e)
{
    const char *country = NULL;
    for (uint32_t i = 0; i < e->n_codes; i++) {
        const char *code = d->codes[e->first_code + i].code;
        if (strlen(code) == 3 && !country)
            country = code;
    }
    for (uint32_t i = 0; country && i < e->n_codes; i++)
        if (strncmp(d->codes[e->first_code + i].code, country, 3) != 0)
            return NULL;
    return country;
}

const char *dict_actor_code(const dyad_dicts *d, uint32_t a, int32_t date)
{
    const actor_entry *e = &d->actors[a];
    const char *undated = NULL;
    for (uint32_t i = 0; i < e->n_codes; i++) {
        const dated_code *c = &d->codes[e->first_code + i];
        if (!c->from && !c->until) {
            if (!undated)
                undated = c->code;
            continue;
        }
        if ((!c->from || date >= c->from) && (!c->until || date <= c->until))
            return c->code;
    }
    return undated ? undated : country_between_periods(d, e);
}

/* Phoenix's file lists "President Bush" under both Bushes, the elder
 * first, whose entry has the younger's years only as its default (USAELI):
 * the first entry to list a phrase kept it, and "President Bush" in 2008
 * was an elder statesman.  Where two people's entries list one phrase, it
 * names a new actor holding the first's terms, then the second's: a term
 * of either that covers the date wins over the first's undated code (see
 * dict_actor_code), and on a date neither covers the first's default
 * stands.  Not so when either entry is a place's or a group's, with no
 * dated term: "Albanian" stays Albania's though Rugova's entry lists it. */
void dict_merge_homonyms(dyad_dicts *d)
{
    for (uint32_t i = 0; i < d->n_homonyms; i++) {
        uint32_t node = d->homonyms[i].word, later = d->homonyms[i].ref;
        uint32_t first = d->nodes[node].actor;
        if (!dict_actor_is_person(d, first) || !dict_actor_is_person(d, later))
            continue;
        uint32_t merged = dict_new_actor(d, NULL);
        d->actors[merged].line = d->actors[first].line;
        d->actors[merged].file = d->actors[first].file;
        const uint32_t from[2] = {first, later};
        for (int k = 0; k < 2; k++)
            for (uint32_t c = 0; c < d->actors[from[k]].n_codes; c++) {
                /* (a copy: adding a code may move d->codes) */
                dated_code term = d->codes[d->actors[from[k]].first_code + c];
                dict_actor_add_code(d, term.code, term.from, term.until);
            }
        d->nodes[node].actor = merged;
    }
    free(d->homonyms);
    d->homonyms = NULL;
    d->n_homonyms = d->cap_homonyms = 0;
}

int dict_actor_is_person(const dyad_dicts *d, uint32_t a)
{
    const actor_entry *e = &d->actors[a];
    const char *path = e->file < d->n_files ? d->files[e->file] : "";
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t len = strlen(base);
    if (len > 5 && strcmp(base + len - 5, ".dyad") == 0)
        return strncmp(base, "people", 6) == 0;
    for (uint32_t i = 0; i < e->n_codes; i++)
        if (d->codes[e->first_code + i].from || d->codes[e->first_code + i].until)
            return 1;
    return 0;
}

static void add_last_name(dyad_dicts *d, const char *start, const char *end, uint32_t actor)
{
    uint32_t w = dict_word_find(d, start, (size_t)(end - start));
    if (w == 0)
        return;
    GROW(d->last_names, d->n_last_names, d->cap_last_names);
    d->last_names[d->n_last_names].word = w;
    d->last_names[d->n_last_names].ref = actor;
    d->n_last_names++;
}

/* (The first word of a two-word name is noted too: Chinese, Korean and
 * Vietnamese names put the family name first, "Hu Jintao", "President
 * Hu"; in longer ones it is mostly a title or a given name.) */
void dict_note_last_name(dyad_dicts *d, const char *phrase, uint32_t actor)
{
    while (word_sep(*phrase))
        phrase++;
    const char *end = phrase + strlen(phrase);
    while (end > phrase && (word_sep(end[-1]) || end[-1] == '_'))
        end--;
    const char *start = end;
    while (start > phrase && !word_sep(start[-1]))
        start--;
    if (start == phrase || start == end)
        return;                       /* one word: no first name before it */
    add_last_name(d, start, end, actor);
    const char *first_end = phrase;
    while (first_end < end && !word_sep(*first_end))
        first_end++;
    if (first_end < start && first_end + 1 >= start)   /* two words: "Hu Jintao" */
        add_last_name(d, phrase, first_end, actor);
}

static int word_ref_cmp(const void *a, const void *b)
{
    const word_ref *x = a, *y = b;
    if (x->word != y->word)
        return x->word < y->word ? -1 : 1;
    return x->ref < y->ref ? -1 : x->ref > y->ref;
}

/* The loaders note names actor after actor, so a stable sort by word alone
 * gives the order by word and actor: a counting sort, linear in the names
 * and the vocabulary (qsort was a twelfth of the Phoenix load).  Names
 * noted out of that order take qsort. */
void dict_sort_last_names(dyad_dicts *d)
{
    uint32_t n = d->n_last_names;
    word_ref *v = d->last_names;
    uint32_t in_order = 1;
    for (uint32_t i = 1; i < n && in_order; i++)
        in_order = v[i - 1].ref <= v[i].ref;
    if (!in_order) {
        qsort(v, n, sizeof *v, word_ref_cmp);
        return;
    }
    uint32_t *at = calloc((size_t)d->n_words + 1, sizeof *at);
    word_ref *out = malloc(((size_t)n + 1) * sizeof *out);
    if (!at || !out) abort();
    for (uint32_t i = 0; i < n; i++)
        at[v[i].word + 1]++;
    for (uint32_t w = 0; w < d->n_words; w++)
        at[w + 1] += at[w];
    for (uint32_t i = 0; i < n; i++)
        out[at[v[i].word]++] = v[i];
    free(at);
    free(v);
    d->last_names = out;
    d->cap_last_names = n + 1;
}

static void index_synset(dyad_dicts *d, synset *s)
{
    size_t n = s->n ? s->n : 1;
    s->by_word = arena_alloc(&d->mem, n * sizeof *s->by_word);
    s->by_stem = arena_alloc(&d->mem, n * sizeof *s->by_stem);
    s->others = arena_alloc(&d->mem, n * sizeof *s->others);
    s->n_by_word = s->n_by_stem = s->n_others = 0;
    for (uint32_t k = 0; k < s->n; k++) {
        const pattern_elem *e = &d->elems[s->members[k]];
        if (e->kind == PE_WORD)
            s->by_word[s->n_by_word++] = (word_ref){e->word, k};
        else if (e->kind == PE_PREFIX)
            s->by_stem[s->n_by_stem++] = (word_ref){e->word, k};
        else
            s->others[s->n_others++] = k;
    }
    qsort(s->by_word, s->n_by_word, sizeof *s->by_word, word_ref_cmp);
    qsort(s->by_stem, s->n_by_stem, sizeof *s->by_stem, word_ref_cmp);
    s->n_indexed = s->n;
}

void dict_index_synsets(dyad_dicts *d)
{
    for (uint32_t i = 0; i < d->n_synsets; i++)
        index_synset(d, &d->synsets[i]);
}

const word_ref *dict_word_range(const word_ref *v, uint32_t n, uint32_t w, uint32_t *found)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (v[mid].word < w)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t k = lo;
    while (k < n && v[k].word == w)
        k++;
    *found = k - lo;
    return v + lo;
}

const word_ref *dict_last_name(const dyad_dicts *d, uint32_t w, uint32_t *n)
{
    return dict_word_range(d->last_names, d->n_last_names, w, n);
}

void dyad_dicts_free(dyad_dicts *d)
{
    if (!d)
        return;
    if (d->image) {
        dict_image_release(d);
        return;
    }
    for (uint32_t i = 0; i < d->n_verbs; i++)
        free(d->verbs[i].pats);
    for (uint32_t i = 0; i < d->n_synsets; i++) {
        free(d->synsets[i].members);
        free(d->synsets[i].member_len);
    }
    free(d->words);
    free(d->is_stem);
    free(d->below_root);
    free(d->root_child);
    free(d->base_of);
    free(d->verb_listed);
    buf_free(&d->spellings);
    free(d->homonyms);
    free(d->last_names);
    free(d->word_len);
    free(d->nodes);
    free(d->codes);
    free(d->actors);
    free(d->agents);
    free(d->verbs);
    free(d->pats);
    free(d->elems);
    free(d->synsets);
    free(d->transforms);
    free(d->cameo);
    free(d->files);
    strmap_free(&d->vocab);
    strmap_free(&d->synset_names);
    strmap_free(&d->verb_names);
    strmap_free(&d->cameo_index);
    u64map_free(&d->edges);
    arena_free(&d->mem);
    free(d);
}
