/* check.c — `dyad dict check`: lint and statistics of dictionary files.
 *
 * Two views of the same files are compared.  The loader builds the tables
 * the coder uses and stops at the first syntax error; the scanner here
 * reads the files again, line by line, and keeps every phrase, code and
 * pattern with the place it was written, so that a duplicate can name
 * both places.  The scanner follows the loaders' reading rules (comments,
 * phrase joining, which verb a pattern belongs to) but builds nothing the
 * coder uses: everything it keeps lives in one arena and dies with it. */
#include "dict/check.h"
#include "util/grow.h"
#include "util/text.h"
#include "util/utf8.h"
#include "place/gazetteer.h"
#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>


/* ------------------------------------------------------------ file sets */

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

enum dict_role dict_file_role(const char *path)
{
    const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    if (ends_with(name, ".dyad"))
        return ROLE_OWN;
    if (strstr(name, "verbs") || strstr(name, "Verbs") || strncmp(name, "CAMEO.", 6) == 0)
        return ROLE_VERBS;
    if (strstr(name, "actors"))
        return ROLE_ACTORS;
    if (strstr(name, "agents"))
        return ROLE_AGENTS;
    if (strstr(name, "discards"))
        return ROLE_DISCARDS;
    return ROLE_UNKNOWN;
}

int dict_file_set_add(dict_file_set *s, enum dict_role role, const char *path)
{
    const char **list;
    int *n;
    switch (role) {
    case ROLE_OWN: list = s->own, n = &s->no; break;
    case ROLE_VERBS: list = s->verbs, n = &s->nv; break;
    case ROLE_ACTORS: list = s->actors, n = &s->nac; break;
    case ROLE_AGENTS: list = s->agents, n = &s->nag; break;
    case ROLE_DISCARDS: list = s->discards, n = &s->nd; break;
    default: return -1;
    }
    if (*n + 1 >= CHECK_MAX_FILES)
        return -1;
    list[(*n)++] = path;
    list[*n] = NULL;
    return 0;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorted names of the entries of dir, cameo.tsv and hidden files left out. */
static size_t list_dir(const char *dir, char **names, size_t max)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return (size_t)-1;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dp)) != NULL && n < max)
        if (e->d_name[0] != '.' && strcmp(e->d_name, "cameo.tsv") != 0)
            names[n++] = strdup(e->d_name);
    closedir(dp);
    qsort(names, n, sizeof *names, name_cmp);
    return n;
}

int dict_file_set_add_dir(dict_file_set *s, const char *dir)
{
    char *names[5 * CHECK_MAX_FILES];
    size_t n = list_dir(dir, names, 5 * CHECK_MAX_FILES);
    if (n == (size_t)-1)
        return -1;
    int own = 0, added = 0;
    for (size_t i = 0; i < n; i++)
        own |= dict_file_role(names[i]) == ROLE_OWN;
    for (size_t i = 0; i < n; i++) {
        enum dict_role role = dict_file_role(names[i]);
        /* dyad's own files take precedence over foreign ones in one folder. */
        if (role != ROLE_UNKNOWN && (role == ROLE_OWN || !own) && s->n_owned < 5 * CHECK_MAX_FILES) {
            char *path = malloc(strlen(dir) + strlen(names[i]) + 2);
            if (!path) abort();
            sprintf(path, "%s/%s", dir, names[i]);
            s->owned[s->n_owned++] = path;
            if (dict_file_set_add(s, role, path) == 0)
                added++;
        }
        free(names[i]);
    }
    return added;
}

void dict_file_set_free(dict_file_set *s)
{
    for (int i = 0; i < s->n_owned; i++)
        free(s->owned[i]);
    s->n_owned = 0;
}

dyad_dict_files dict_file_set_lists(const dict_file_set *s)
{
    dyad_dict_files f = {s->nv ? s->verbs : NULL, s->nac ? s->actors : NULL,
                         s->nag ? s->agents : NULL, s->nd ? s->discards : NULL,
                         s->no ? s->own : NULL};
    return f;
}

/* --------------------------------------------------------- scanner state */

enum phrase_kind { K_ACTOR, K_AGENT, K_DISCARD, K_VERB, K_MEMBER };

static const char *const kind_names[] = {"actor", "agent", "discard", "verb", "synset member"};

typedef struct src_phrase {
    uint8_t kind;
    uint8_t own;               /* written in dyad's format */
    uint16_t file;
    uint32_t line;
    uint32_t owner;            /* actor, or synset of a member */
    uint64_t def;              /* members: where this definition of the synset starts */
    const char *key;           /* normalised phrase */
    const char *code;          /* agent, verb and discard codes; actors: NULL */
} src_phrase;

typedef struct src_actor {
    uint16_t file;
    uint32_t line;
    uint32_t first_code, n_codes;
    const char *codes;         /* canonical text of all codes, for comparison */
} src_actor;

typedef struct src_pattern {
    uint16_t file;
    uint32_t line;
    uint32_t group;
    const char *text;          /* normalised */
    const char *written;       /* normalised, parentheses kept */
    char code[8], code2[8];
    uint8_t own;               /* in dyad's format (else PETRARCH's or TABARI's) */
} src_pattern;

typedef struct src_synset {
    const char *name;          /* "&NAME" */
    uint16_t file;
    uint32_t line;
    uint64_t seq;              /* load order of the definition */
    int used;
} src_synset;

typedef struct src_use {       /* "&NAME..." in a pattern or synset member */
    const char *ref;           /* the run of name characters after '&' */
    uint16_t file;
    uint32_t line;
    uint64_t seq;
    int own;
} src_use;

typedef struct checker {
    const dyad_dicts *cameo;   /* the CAMEO table (a set with nothing else) */
    dict_check_result *r;
    arena mem;
    const char **files;
    uint16_t n_files, cap_files;
    uint16_t file;             /* file being scanned */
    int own;                   /* it is in dyad's format */
    uint32_t line;
    long skip_line;            /* loader error line of this file, or -1 */
    const char *skip_file;

    src_phrase *phrases; uint32_t n_phrases, cap_phrases;
    src_actor *actors; uint32_t n_actors, cap_actors;
    dated_code *codes; uint32_t n_codes, cap_codes;
    uint32_t n_groups;         /* verb lines (dyad) or blocks (PETRARCH) */
    src_pattern *pats; uint32_t n_pats, cap_pats;
    src_synset *synsets; uint32_t n_synsets, cap_synsets;
    src_use *uses; uint32_t n_uses, cap_uses;
    strmap synset_names, roots_seen;
    uint32_t group;            /* current verb group, NONE before any */
    uint32_t synset;           /* synset being read (PETRARCH), NONE if none */
    uint64_t synset_def;       /* where the synset being read was (re)defined */
} checker;

/* ------------------------------------------------------------- findings */

static void add_finding(dict_check_result *r, const char *file, long line, int severity, const char *msg)
{
    GROW(r->findings, r->n_findings, r->cap_findings);
    dict_finding *f = &r->findings[r->n_findings++];
    f->file = file;
    f->line = line;
    f->severity = severity;
    f->message = strdup(msg);
    if (!f->message) abort();
    if (severity == FINDING_ERROR)
        r->n_errors++;
    else
        r->n_warnings++;
}

static void report(checker *c, uint16_t file, uint32_t line, int severity, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void report(checker *c, uint16_t file, uint32_t line, int severity, const char *fmt, ...)
{
    /* The loader has already said what is wrong with its error line. */
    if (c->skip_file && c->files[file] == c->skip_file && (long)line == c->skip_line)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    add_finding(c->r, c->files[file], line, severity, msg);
}

static const char *where(checker *c, uint16_t file, uint32_t line)
{
    char buf[4200];
    snprintf(buf, sizeof buf, "%s:%u", c->files[file], line);
    return arena_strdup(&c->mem, buf);
}

/* ---------------------------------------------------------- text helpers */

/* Words of a phrase joined by single blanks.  In dyad's format a leading
 * THE is dropped (the article is optional); in the field's formats '_'
 * joins words too, and an unterminated last word of five letters or more
 * is a stem, marked with '*' as in dyad's format. */
static const char *norm_phrase(checker *c, const char *s, int stem_last)
{
    char out[512];
    size_t n = 0;
    const char *seps = c->own ? " \t" : " \t_";
    while (*s && n < sizeof out - 2) {
        s += strspn(s, seps);
        size_t w = strcspn(s, seps);
        if (!w)
            break;
        if (n == 0 && c->own && w == 3 && !strncmp(s, "THE", 3) && s[w + strspn(s + w, seps)])
            s += w;
        else {
            int stem = stem_last && s[w] != '_' && !s[w + strspn(s + w, " \t")] && w >= 5;
            n += (size_t)snprintf(out + n, sizeof out - n, "%s%.*s%s", n ? " " : "", (int)w, s,
                                  stem ? "*" : "");
            s += w;
        }
    }
    out[n < sizeof out ? n : sizeof out - 1] = 0;
    return arena_strdup(&c->mem, out);
}

/* Pattern text as the loader reads it: parentheses dropped (unless
 * `parens`), blanks single. */
static const char *norm_pattern(checker *c, const char *s, int parens)
{
    char out[512];
    size_t n = 0;
    int blank = 1;
    for (; *s && n < sizeof out - 1; s++) {
        int sep = (!parens && (*s == '(' || *s == ')')) || isspace((unsigned char)*s);
        if (sep && !blank)
            out[n++] = ' ';
        else if (!sep)
            out[n++] = *s;
        blank = sep;
    }
    while (n && out[n - 1] == ' ')
        n--;
    out[n] = 0;
    return arena_strdup(&c->mem, out);
}

static uint64_t seq_here(const checker *c)
{
    return (uint64_t)c->file << 32 | c->line;
}

static void add_phrase(checker *c, int kind, uint32_t owner, const char *key, const char *code)
{
    if (!*key)
        return;
    GROW(c->phrases, c->n_phrases, c->cap_phrases);
    src_phrase *p = &c->phrases[c->n_phrases++];
    p->kind = (uint8_t)kind;
    p->own = (uint8_t)c->own;
    p->def = c->synset_def;
    p->file = c->file;
    p->line = c->line;
    p->owner = owner;
    p->key = key;
    p->code = code ? arena_strdup(&c->mem, code) : NULL;
}

/* Records each "&NAME" in a pattern or synset member. */
static void note_synset_uses(checker *c, const char *text)
{
    for (const char *p = strchr(text, '&'); p; p = strchr(p + 1, '&')) {
        size_t n = 1;
        while (p[n] && (isalnum((unsigned char)p[n]) || p[n] == '_' || p[n] == '-'))
            n++;
        if (n == 1)
            continue;
        GROW(c->uses, c->n_uses, c->cap_uses);
        src_use *u = &c->uses[c->n_uses++];
        u->ref = arena_strndup(&c->mem, p, n);
        u->file = c->file;
        u->line = c->line;
        u->seq = seq_here(c);
        u->own = c->own;
    }
}

static uint32_t define_synset(checker *c, const char *name)
{
    size_t len = strlen(name);
    while (len > 1 && name[len - 1] == '_')
        len--;
    uint32_t s = strmap_get(&c->synset_names, name, len);
    c->synset_def = seq_here(c);
    if (s != UINT32_MAX) {
        /* The loaders merge the members: say so once, not per member. */
        report(c, c->file, c->line, FINDING_WARNING,
               "synset %s is defined again (first at %s): the members are merged", c->synsets[s].name, where(c, c->synsets[s].file, c->synsets[s].line));
        return s;
    }
    GROW(c->synsets, c->n_synsets, c->cap_synsets);
    src_synset *syn = &c->synsets[c->n_synsets];
    syn->name = arena_strndup(&c->mem, name, len);
    syn->file = c->file;
    syn->line = c->line;
    syn->seq = seq_here(c);
    syn->used = 0;
    strmap_put(&c->synset_names, syn->name, len, c->n_synsets);
    return c->n_synsets++;
}

/* ----------------------------------------------------------- event codes */

/* "---" codes nothing; TABARI writes "###" for a verb not coded yet. */
static void check_event_code(checker *c, const char *code)
{
    int null = !strcmp(code, "---") || (!c->own && !strcmp(code, "###"));
    if (code[0] && !null && !dyad_cameo_lookup(c->cameo, code))
        report(c, c->file, c->line, FINDING_ERROR, "\"%s\" is not a CAMEO event code", code);
}

/* Splits and checks "036:043"; returns 0, or -1 when malformed. */
static int event_codes(checker *c, const char *text, char code[8], char code2[8])
{
    if (dict_split_code(text, code, code2) < 0)
        return -1;
    check_event_code(c, code);
    check_event_code(c, code2);
    return 0;
}

static void new_group(checker *c)
{
    c->group = c->n_groups++;
}

static void add_pattern(checker *c, const char *text, const char *code, const char *code2)
{
    if (c->group == NONE)
        return;
    GROW(c->pats, c->n_pats, c->cap_pats);
    src_pattern *p = &c->pats[c->n_pats++];
    p->file = c->file;
    p->line = c->line;
    p->group = c->group;
    p->text = norm_pattern(c, text, 0);
    p->written = norm_pattern(c, text, 1);
    snprintf(p->code, sizeof p->code, "%s", code);
    snprintf(p->code2, sizeof p->code2, "%s", code2);
    p->own = (uint8_t)c->own;
    note_synset_uses(c, text);
}

/* ------------------------------------------------------------ actor codes */

static void start_actor(checker *c)
{
    GROW(c->actors, c->n_actors, c->cap_actors);
    src_actor *a = &c->actors[c->n_actors++];
    a->file = c->file;
    a->line = c->line;
    a->first_code = c->n_codes;
    a->n_codes = 0;
    a->codes = "";
}

static void add_actor_code(checker *c, const char *code, int32_t from, int32_t until)
{
    GROW(c->codes, c->n_codes, c->cap_codes);
    dated_code *dc = &c->codes[c->n_codes++];
    snprintf(dc->code, sizeof dc->code, "%s", code);
    dc->from = from;
    dc->until = until;
    c->actors[c->n_actors - 1].n_codes++;
}

/* Roots CAMEO uses besides ISO 3166 alpha-3 country codes: regions (and
 * ARB, the Arab states as a whole, as the Phoenix dictionaries write it),
 * non-state actors, states that no longer exist, and the sector and
 * religion codes that may stand first in an actor with no country. */
static const char *const cameo_roots[] = {
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR",
    "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST", "ARB",
    "IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "INT",
    "SUN", "YUG", "DDR", "CSK", "ZAR", "SCG", "ANT", "XKX", "ROM", "TMP", "YMD", "BUR",
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS",
    "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "OPP", "PTY", "RAD", "REB", "REF", "SEP", "SPY",
    "UAF", "REL", "CHR", "MOS", "MUS", "JEW", "BUD", "HIN", "SIK",
    NULL
};

static int known_root(const char *root)
{
    if (dyad_country_by_iso3(root))
        return 1;
    for (const char *const *r = cameo_roots; *r; r++)
        if (strcmp(*r, root) == 0)
            return 1;
    return 0;
}

static void check_root(checker *c, const char *code)
{
    if (strlen(code) < 3 || strncmp(code, "---", 3) == 0)
        return;
    char root[4];
    memcpy(root, code, 3);
    root[3] = 0;
    if (strmap_get(&c->roots_seen, root, 3) != UINT32_MAX)
        return;
    strmap_put(&c->roots_seen, arena_strdup(&c->mem, root), 3, 1);
    if (!known_root(root))
        report(c, c->file, c->line, FINDING_WARNING,
               "actor code \"%s\": \"%s\" is not an ISO 3166 alpha-3 country or a CAMEO root", code, root);
}

void dict_code_text(const dated_code *dc, char *buf, size_t cap)
{
    char from[16] = "", until[16] = "";
    if (dc->from)
        snprintf(from, sizeof from, "%04d-%02d-%02d", dc->from / 10000, dc->from / 100 % 100, dc->from % 100);
    if (dc->until)
        snprintf(until, sizeof until, "%04d-%02d-%02d", dc->until / 10000, dc->until / 100 % 100,
                 dc->until % 100);
    if (dc->from || dc->until)
        snprintf(buf, cap, "%s@%s..%s", dc->code, from, until);
    else
        snprintf(buf, cap, "%s", dc->code);
}

static int periods_overlap(const dated_code *a, const dated_code *b)
{
    int32_t a_until = a->until ? a->until : INT32_MAX, b_until = b->until ? b->until : INT32_MAX;
    return a->from <= b_until && b->from <= a_until;
}

static void check_overlaps(checker *c, const src_actor *a)
{
    const dated_code *dc = &c->codes[a->first_code];
    for (uint32_t i = 0; i < a->n_codes; i++)
        for (uint32_t j = i + 1; j < a->n_codes; j++) {
            /* An undated code is the fallback, not a period. */
            int undated = (!dc[i].from && !dc[i].until) || (!dc[j].from && !dc[j].until);
            if (undated || !periods_overlap(&dc[i], &dc[j]))
                continue;
            char x[64], y[64];
            dict_code_text(&dc[i], x, sizeof x);
            dict_code_text(&dc[j], y, sizeof y);
            /* dyad's format forbids it; the field's files do it on purpose
             * (a career-long ELI code around GOV terms): the first wins. */
            int same = strcmp(dc[i].code, dc[j].code) == 0;
            report(c, a->file, a->line, same || !c->own ? FINDING_WARNING : FINDING_ERROR,
                   "validity periods of %s and %s overlap%s", x, y,
                   same     ? ""
                   : c->own ? ": the phrase has two codes on the same days"
                            : ": the first applies");
        }
}

/* Called when an actor's entry is complete: checks its codes and keeps
 * their canonical text to compare entries that share a phrase. */
static void finish_actor(checker *c)
{
    if (!c->n_actors)
        return;
    src_actor *a = &c->actors[c->n_actors - 1];
    char text[1024];
    size_t n = 0;
    text[0] = 0;
    for (uint32_t i = 0; i < a->n_codes && n < sizeof text - 1; i++) {
        char one[64];
        dict_code_text(&c->codes[a->first_code + i], one, sizeof one);
        n += (size_t)snprintf(text + n, sizeof text - n, "%s%s", i ? " " : "", one);
        check_root(c, c->codes[a->first_code + i].code);
    }
    a->codes = arena_strdup(&c->mem, text);
    check_overlaps(c, a);
}

/* --------------------------------------------------- dyad's own format */

static int iso_date(const char *s, size_t n, int32_t *out)
{
    int y, m, dd;
    char tail, tmp[16];
    *out = 0;
    if (n == 0)
        return 0;
    if (n >= sizeof tmp)
        return -1;
    memcpy(tmp, s, n);
    tmp[n] = 0;
    if (sscanf(tmp, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3 || m < 1 || m > 12 || dd < 1 || dd > 31)
        return -1;
    *out = y * 10000 + m * 100 + dd;
    return 0;
}

static void own_actor_code(checker *c, char *tok)
{
    int32_t from = 0, until = 0;
    char *at = strchr(tok, '@');
    if (at) {
        *at = 0;
        char *dots = strstr(at + 1, "..");
        if (!dots || iso_date(at + 1, (size_t)(dots - at - 1), &from) < 0
            || iso_date(dots + 2, strlen(dots + 2), &until) < 0)
            return;   /* a syntax error: the loader reports it */
    }
    add_actor_code(c, tok, from, until);
}

static void own_phrases(checker *c, int kind, uint32_t owner, char *phrases, const char *code)
{
    char *save = NULL;
    for (char *p = strtok_r(phrases, "|", &save); p; p = strtok_r(NULL, "|", &save)) {
        if (kind == K_MEMBER)
            note_synset_uses(c, p);
        add_phrase(c, kind, owner, norm_phrase(c, p, 0), code);
    }
}

static void own_verb(checker *c, char *codes, char *phrases)
{
    char code[8], code2[8], both[20];
    if (event_codes(c, str_trim(codes), code, code2) < 0)
        return;
    new_group(c);
    snprintf(both, sizeof both, "%s%s%s", code, code2[0] ? ":" : "", code2);
    own_phrases(c, K_VERB, 0, phrases, both);
}

static void own_pattern(checker *c, char *codes, char *text)
{
    char code[8], code2[8];
    if (event_codes(c, str_trim(codes), code, code2) < 0)
        return;
    char *save = NULL;
    for (char *alt = strtok_r(text, "|", &save); alt; alt = strtok_r(NULL, "|", &save))
        add_pattern(c, str_trim(alt), code, code2);
}

static void own_entry(checker *c, const char *kind, char *codes, char *phrases)
{
    if (!strcmp(kind, "ACTOR")) {
        start_actor(c);
        for (char *t = strtok(codes, " \t"); t; t = strtok(NULL, " \t"))
            own_actor_code(c, t);
        finish_actor(c);
        own_phrases(c, K_ACTOR, c->n_actors - 1, phrases, NULL);
    } else if (!strcmp(kind, "AGENT"))
        own_phrases(c, K_AGENT, 0, phrases, str_trim(codes));
    else if (!strcmp(kind, "DISCARD"))
        own_phrases(c, K_DISCARD, 0, phrases, *str_trim(codes) ? "story" : "sentence");
    else if (!strcmp(kind, "SYNSET") && str_trim(codes)[0] == '&')
        own_phrases(c, K_MEMBER, define_synset(c, str_trim(codes)), phrases, NULL);
    else if (!strcmp(kind, "VERB"))
        own_verb(c, codes, phrases);
    else if (!strcmp(kind, "PATTERN"))
        own_pattern(c, codes, phrases);
}

/* Splits a line the way dict_read_own does: "KIND CODES : phrases". */
static void scan_own_line(checker *c, char *line)
{
    char *kind, *codes, *phrases;
    if (own_split_line(line, &kind, &codes, &phrases, NULL, NULL) > 0)
        own_entry(c, kind, codes, phrases);
}

/* ------------------------------------------- PETRARCH and TABARI formats */

/* Removes comments ('#' or ';' outside [..], <!-- -->) as the loader does. */
static char *foreign_clean(char *s, int *in_xml)
{
    if (*in_xml) {
        char *end = strstr(s, "-->");
        if (!end)
            return s + strlen(s);
        *in_xml = 0;
        s = end + 3;
    }
    char *open = strstr(s, "<!--");
    if (open) {
        char *end = strstr(open, "-->");
        if (end)
            memmove(open, end + 3, strlen(end + 3) + 1);
        else {
            *open = 0;
            *in_xml = 1;
        }
    }
    str_strip_comment(s);
    s = str_trim(s);
    str_upcase(s);
    return s;
}

/* One "[CODE]", "[CODE 991231-080507]", "[CODE >080508]", "[CODE <990809]". */
static void foreign_code_group(checker *c, const char *g, size_t n)
{
    char code[32], dates[64];
    size_t i = strspn(g, " \t"), k = 0, m = 0;
    while (i < n && !isspace((unsigned char)g[i]) && k < sizeof code - 1)
        code[k++] = g[i++];
    code[k] = 0;
    for (; i < n && m < sizeof dates - 1; i++)
        if (!isspace((unsigned char)g[i]))
            dates[m++] = g[i];
    dates[m] = 0;
    if (!code[0])
        return;
    int32_t from = 0, until = 0;
    char *dash = strchr(dates, '-');
    if (dates[0] == '>')
        from = dict_date_number(dates + 1, m - 1);
    else if (dates[0] == '<')
        until = dict_date_number(dates + 1, m - 1);
    else if (dash) {
        from = dict_date_number(dates, (size_t)(dash - dates));
        until = dict_date_number(dash + 1, strlen(dash + 1));
    } else if (m)
        from = -1;
    if (from < 0 || until < 0) {
        report(c, c->file, c->line, FINDING_WARNING, "malformed date in [%.*s]: the loader drops this code",
               (int)n, g);
        return;
    }
    if (from && until && from > until) {
        report(c, c->file, c->line, FINDING_WARNING,
               "date range ends before it starts in [%.*s]: the loader drops this code", (int)n, g);
        return;
    }
    add_actor_code(c, code, from, until);
}

static void foreign_code_groups(checker *c, const char *s)
{
    while ((s = strchr(s, '[')) != NULL) {
        const char *close = strchr(s, ']');
        if (!close)
            return;
        foreign_code_group(c, s + 1, (size_t)(close - s - 1));
        s = close + 1;
    }
}

static void scan_actor_line(checker *c, char *s)
{
    if (!*s || s[0] == '<')
        return;
    if (s[0] == '[') {
        if (c->n_actors)
            foreign_code_groups(c, s);
        return;
    }
    int synonym = s[0] == '+';
    if (synonym && !c->n_actors)
        return;
    if (!synonym) {
        finish_actor(c);
        start_actor(c);
        if (strchr(s, '['))
            foreign_code_groups(c, strchr(s, '['));
    }
    s[strcspn(s, "[")] = 0;
    add_phrase(c, K_ACTOR, c->n_actors - 1, norm_phrase(c, synonym ? s + 1 : s, 1), NULL);
}

static void scan_agent_line(checker *c, char *s)
{
    char *open = strchr(s, '['), *close = open ? strpbrk(open, "]}") : NULL;
    if (!*s || s[0] == '<' || (s[0] == '!' && strchr(s, '=')) || !close)
        return;
    *close = 0;
    *open = 0;
    s[strcspn(s, "{")] = 0;
    add_phrase(c, K_AGENT, 0, norm_phrase(c, s, 0), str_trim(open + 1));
}

static void scan_discard_line(checker *c, char *s)
{
    if (!*s || s[0] == '<')
        return;
    int story = s[0] == '+';
    if (story)
        s++;
    s[strcspn(s, "[")] = 0;
    add_phrase(c, K_DISCARD, 0, norm_phrase(c, s, 0), story ? "story" : "sentence");
}

typedef struct verb_scan {
    char header_code[20];      /* code of the open "--- NAME [code] ---" */
    int header_open;
    int skip_section;          /* inside <TIME>, <NOUN>, <ADJECTIVE> */
} verb_scan;

static void scan_verb(checker *c, verb_scan *vs, char *s)
{
    char both[20];
    char *open = strchr(s, '[');
    if (open && strchr(open, ']')) {
        char code[8], code2[8];
        *strchr(open, ']') = 0;
        if (event_codes(c, str_trim(open + 1), code, code2) < 0)
            return;
        *open = 0;
        snprintf(both, sizeof both, "%s%s%s", code, code2[0] ? ":" : "", code2);
    } else
        snprintf(both, sizeof both, "%s", vs->header_code);
    /* A block's patterns belong to all its verbs; outside a block each
     * verb line starts a group of its own. */
    if (!vs->header_open || c->group == NONE)
        new_group(c);
    s[strcspn(s, "{")] = 0;
    for (char *p = s; *p; p++)
        if (*p == '+')
            *p = ' ';
    add_phrase(c, K_VERB, 0, norm_phrase(c, s, 0), both);
}

/* The pair of brackets, "{}" or "()", that a PETRARCH pattern leaves
 * unbalanced, or NULL.  The loader takes such a pattern as the field's
 * files need (the TABARI master has "{ WAS | WERE ]"): a lone bracket is
 * dropped, and the words of a broken "{ A | B }" are read as a sequence
 * with "|" a word in it, so the pattern never matches. */
static const char *unbalanced_pair(const char *text)
{
    static const char *const pairs[] = {"{}", "()"};
    for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
        int depth = 0;
        for (const char *p = text; *p && depth >= 0; p++)
            depth += (*p == pairs[k][0]) - (*p == pairs[k][1]);
        if (depth)
            return pairs[k];
    }
    return NULL;
}

static void scan_pattern_line(checker *c, char *s)
{
    char *open = strrchr(s, '['), *close = open ? strchr(open, ']') : NULL;
    char code[8], code2[8];
    if (!open || !close)
        return;
    *close = 0;
    if (event_codes(c, str_trim(open + 1), code, code2) < 0)
        return;
    *open = 0;
    char *text = str_trim(s + 1);
    /* PETRARCH matches a pattern around its verb: the loader skips one
     * with no '*' ("- [036]", words left out) or with two (TABARI's
     * "* COMMIT * AID") without a word at load, so say it here. */
    int verbs = 0;
    for (const char *p = text; *p; p++)
        verbs += *p == '*';
    if (verbs != 1)
        report(c, c->file, c->line, FINDING_WARNING, "pattern \"%s\" has %d '*' (want one, where the verb "
               "goes): it is skipped", text, verbs);
    const char *pair = unbalanced_pair(text);
    if (pair)
        report(c, c->file, c->line, FINDING_WARNING, "pattern \"%s\" has an unbalanced '%c' or '%c': the "
               "loader drops it%s", text, pair[0], pair[1],
               pair[0] == '{' && strchr(text, '|') ? ", and the pattern never matches ('|' is read as a word)" : "");
    add_pattern(c, text, code, code2);
}

static void scan_header(checker *c, verb_scan *vs, char *s)
{
    char *open = strchr(s, '['), *close = open ? strchr(open, ']') : NULL;
    char code[8], code2[8];
    if (!close)
        return;
    *close = 0;
    if (event_codes(c, str_trim(open + 1), code, code2) < 0)
        return;
    snprintf(vs->header_code, sizeof vs->header_code, "%s%s%s", code, code2[0] ? ":" : "", code2);
    vs->header_open = 1;
    new_group(c);
    /* The header's verbs are not read yet: a verb without its own code
     * joins this group and takes the header's default. */
}

static void scan_verb_line(checker *c, verb_scan *vs, char *s)
{
    if (!*s) {
        c->synset = NONE;
        return;
    }
    if (s[0] == '<') {
        if (!strcmp(s, "<TIME>") || !strcmp(s, "<NOUN>") || !strcmp(s, "<ADJECTIVE>"))
            vs->skip_section = 1;
        else if (s[1] == '/')
            vs->skip_section = 0;
        return;
    }
    if (vs->skip_section)
        return;
    if (strncmp(s, "---", 3) == 0 && strchr(s, '['))
        scan_header(c, vs, s);
    else if (s[0] == '&') {
        s[strcspn(s, " \t")] = 0;
        c->synset = define_synset(c, s);
    } else if (s[0] == '+' && c->synset != NONE) {
        note_synset_uses(c, s + 1);
        add_phrase(c, K_MEMBER, c->synset, norm_phrase(c, s + 1, 0), NULL);
    } else if (s[0] == '-' && s[1] != '-') {
        c->synset = NONE;
        scan_pattern_line(c, s);
    } else {
        c->synset = NONE;
        scan_verb(c, vs, s);
    }
}

/* ------------------------------------------------------------- scanning */

static void scan_file(checker *c, const char *path, enum dict_role role)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return;   /* the loader reports it */
    GROW(c->files, c->n_files, c->cap_files);
    c->file = c->n_files;
    c->files[c->n_files++] = path;
    c->own = role == ROLE_OWN || ends_with(path, ".dyad");
    c->line = 0;
    c->group = c->synset = NONE;
    verb_scan vs = {"---", 0, 0};
    int in_xml = 0;
    text_lines tl;
    char *line;
    size_t n;
    text_lines_init(&tl, fp);
    while ((line = text_lines_next(&tl, &n)) != NULL) {
        c->line++;
        if (c->own) {
            scan_own_line(c, line);
            continue;
        }
        /* The loader takes such a line (the field's files hold a few), but
         * its phrases can never match text, which is UTF-8. */
        size_t bad = utf8_invalid_at(line, n);
        if (bad < n)
            report(c, c->file, c->line, FINDING_WARNING, "invalid UTF-8 at column %zu (0x%02X): a phrase with it "
                   "never matches (is the file Windows-1252? iconv -f WINDOWS-1252 -t UTF-8)", bad + 1, (unsigned char)line[bad]);
        char *s = foreign_clean(line, &in_xml);
        if (role == ROLE_VERBS) scan_verb_line(c, &vs, s);
        else if (role == ROLE_ACTORS) scan_actor_line(c, s);
        else if (role == ROLE_AGENTS) scan_agent_line(c, s);
        else scan_discard_line(c, s);
    }
    if (!c->own && role == ROLE_ACTORS)
        finish_actor(c);
    text_lines_free(&tl);
    fclose(fp);
}

static void scan_list(checker *c, const char *const *files, enum dict_role role)
{
    for (size_t i = 0; files[i]; i++)
        scan_file(c, files[i], role);
}

/* ------------------------------------------------------------ duplicates */

static int phrase_codes_equal(const checker *c, const src_phrase *a, const src_phrase *b)
{
    if (a->kind == K_ACTOR)
        return strcmp(c->actors[a->owner].codes, c->actors[b->owner].codes) == 0;
    return !a->code || strcmp(a->code, b->code) == 0;
}

static const char *phrase_codes(const checker *c, const src_phrase *p)
{
    return p->kind == K_ACTOR ? c->actors[p->owner].codes : p->code ? p->code : "";
}

/* What the loaders keep when two entries give a phrase different codes:
 * the first, except that a real verb default beats "---" and a story
 * discard beats a sentence one. */
static const char *winning_code(const checker *c, const src_phrase *p, const src_phrase *first)
{
    if (p->kind == K_VERB && !strncmp(first->code, "---", 3))
        return p->code;
    if (p->kind == K_DISCARD)
        return "story";
    return phrase_codes(c, first);
}

static void report_duplicate(checker *c, const src_phrase *p, const src_phrase *first)
{
    const char *kind = kind_names[p->kind];
    char what[128];
    if (p->kind == K_MEMBER)
        snprintf(what, sizeof what, "synset %s member", c->synsets[p->owner].name);
    else
        snprintf(what, sizeof what, "%s phrase", kind);
    if (phrase_codes_equal(c, p, first))
        report(c, p->file, p->line, FINDING_WARNING, "duplicate %s \"%s\" (also at %s)", what, p->key,
               where(c, first->file, first->line));
    else if (p->kind == K_ACTOR && p->own)   /* dyad's loader rejects it */
        report(c, p->file, p->line, FINDING_ERROR, "%s \"%s\" is %s here and %s at %s", what, p->key,
               phrase_codes(c, p), phrase_codes(c, first), where(c, first->file, first->line));
    else
        report(c, p->file, p->line, FINDING_WARNING, "%s \"%s\" is %s here and %s at %s: %s applies", what,
               p->key, phrase_codes(c, p), phrase_codes(c, first), where(c, first->file, first->line),
               winning_code(c, p, first));
}

/* In dyad's format a verb's groups are one verb, their patterns joined:
 * "hold" has the conflict file's patterns and the cooperation file's, and
 * "verb 020 : seek" gives "seek" patterns of its own besides those of the
 * appeal verbs it is listed with.  That is no duplicate unless both groups
 * give it a default, and different ones. */
static int joined_verb(const checker *c, const src_phrase *p, const src_phrase *first)
{
    if (p->kind != K_VERB || !p->own || !first->own)
        return 0;
    return phrase_codes_equal(c, p, first) || !p->code || !first->code || !strncmp(p->code, "---", 3)
           || !strncmp(first->code, "---", 3);
}

static void check_duplicates(checker *c)
{
    strmap seen;
    strmap_init(&seen);
    for (uint32_t i = 0; i < c->n_phrases; i++) {
        const src_phrase *p = &c->phrases[i];
        char key[600];
        int n = snprintf(key, sizeof key, "%d.%u|%s", p->kind, p->kind == K_MEMBER ? p->owner : 0, p->key);
        if (n >= (int)sizeof key)
            continue;
        uint32_t first = strmap_get(&seen, key, (size_t)n);
        if (first == UINT32_MAX)
            strmap_put(&seen, arena_strdup(&c->mem, key), (size_t)n, i);
        else if (p->kind == K_MEMBER && p->def != c->phrases[first].def)
            continue;   /* a redefinition, reported once */
        else if (p->line == c->phrases[first].line && p->file == c->phrases[first].file)
            report(c, p->file, p->line, FINDING_WARNING, "phrase \"%s\" is listed twice", p->key);
        else if (joined_verb(c, p, &c->phrases[first]))
            continue;
        else
            report_duplicate(c, p, &c->phrases[first]);
    }
    strmap_free(&seen);
}

/* -------------------------------------------------------------- patterns */

static void check_patterns(checker *c)
{
    strmap seen;
    strmap_init(&seen);
    for (uint32_t i = 0; i < c->n_pats; i++) {
        const src_pattern *p = &c->pats[i];
        char key[600];
        int n = snprintf(key, sizeof key, "%u|%s", p->group, p->text);
        if (n >= (int)sizeof key)
            continue;
        uint32_t first = strmap_get(&seen, key, (size_t)n);
        if (first == UINT32_MAX) {
            strmap_put(&seen, arena_strdup(&c->mem, key), (size_t)n, i);
            continue;
        }
        const src_pattern *f = &c->pats[first];
        if (!strcmp(p->code, f->code) && !strcmp(p->code2, f->code2))
            report(c, p->file, p->line, FINDING_WARNING, "pattern \"%s\" never fires: same as %s", p->text,
                   where(c, f->file, f->line));
        else if (!p->own && !strcmp(p->written, f->written))   /* the loader keeps the last */
            report(c, p->file, p->line, FINDING_WARNING,
                   "pattern \"%s\" replaces %s (code %s%s%s) with code %s%s%s, except for a verb the "
                   "comment there names", p->text, where(c, f->file, f->line), f->code,
                   f->code2[0] ? ":" : "", f->code2, p->code, p->code2[0] ? ":" : "", p->code2);
        else
            report(c, p->file, p->line, FINDING_WARNING,
                   "pattern \"%s\" never fires: %s has it first, with code %s%s%s", p->text,
                   where(c, f->file, f->line), f->code, f->code2[0] ? ":" : "", f->code2);
    }
    strmap_free(&seen);
}

/* --------------------------------------------------------------- synsets */

/* The synset a reference names: the longest run of name characters that
 * is defined, cut back at underscores ("NEW_&TIETYPES_RELATIONS"). */
static uint32_t resolve_synset(const checker *c, const char *ref)
{
    size_t n = strlen(ref);
    for (;;) {
        size_t m = n;
        while (m > 1 && ref[m - 1] == '_')
            m--;
        uint32_t s = strmap_get(&c->synset_names, ref, m);
        if (s != UINT32_MAX)
            return s;
        while (n > 1 && ref[n - 1] != '_')
            n--;
        if (n <= 1)
            return NONE;
        n--;
    }
}

static void check_synsets(checker *c)
{
    for (uint32_t i = 0; i < c->n_uses; i++) {
        const src_use *u = &c->uses[i];
        uint32_t s = resolve_synset(c, u->ref);
        int sev = u->own ? FINDING_ERROR : FINDING_WARNING;
        const char *effect = u->own ? "" : ": the loader skips the pattern";
        if (s == NONE)
            report(c, u->file, u->line, sev, "synset %.*s is not defined%s", (int)strcspn(u->ref, "_"),
                   u->ref, effect);
        else if (c->synsets[s].seq > u->seq)
            report(c, u->file, u->line, sev, "synset %s is used before its definition at %s%s",
                   c->synsets[s].name, where(c, c->synsets[s].file, c->synsets[s].line), effect);
        else
            c->synsets[s].used = 1;
    }
    for (uint32_t i = 0; i < c->n_synsets; i++)
        if (!c->synsets[i].used)
            report(c, c->synsets[i].file, c->synsets[i].line, FINDING_WARNING, "synset %s is never used",
                   c->synsets[i].name);
}

/* ------------------------------------------------- checks on the tables */

static const src_phrase *verb_line_of(const checker *c, const char *name)
{
    char key[256];
    size_t n = 0;
    for (const char *p = name; *p && n < sizeof key - 1; p++)
        key[n++] = *p == '_' ? ' ' : *p;
    key[n] = 0;
    for (uint32_t i = 0; i < c->n_phrases; i++)
        if (c->phrases[i].kind == K_VERB && !strcmp(c->phrases[i].key, str_trim(key)))
            return &c->phrases[i];
    return NULL;
}

/* The verb block the trie gives the words of `name`, or NONE. */
static int same_block_content(const verb_block *a, const verb_block *b)
{
    return !strcmp(a->code, b->code) && !strcmp(a->code2, b->code2) && a->n_pats == b->n_pats
        && (!a->n_pats || !memcmp(a->pats, b->pats, a->n_pats * sizeof *a->pats));
}

/* A verb none of whose forms reaches its block (earlier verbs took them
 * all) is never matched: its default and its patterns never apply.  A
 * spelling of the same group ("co-ordinate" after "coordinate") loses
 * nothing and is left alone. */
static void check_unreachable_verbs(checker *c, const dyad_dicts *d)
{
    uint8_t *reached = calloc(d->n_verbs + 1, 1);
    if (!reached) abort();
    for (uint32_t i = 0; i < d->n_nodes; i++)
        if (d->nodes[i].verb != NONE)
            reached[d->nodes[i].verb] = 1;
    for (uint32_t v = 0; v < d->n_verbs; v++) {
        const verb_block *vb = &d->verbs[v];
        uint32_t owner = dict_verb_block(d, vb->name);
        if (reached[v] || (owner != NONE && same_block_content(vb, &d->verbs[owner])))
            continue;
        char msg[400];
        char taker[160] = "earlier verbs";
        if (owner != NONE)
            snprintf(taker, sizeof taker, "verb \"%s\"", d->verbs[owner].name);
        snprintf(msg, sizeof msg, "verb \"%s\" is never matched: its forms belong to %s, so its default %s "
                 "and %u patterns never apply", vb->name, taker, vb->code, vb->n_pats);
        const src_phrase *p = verb_line_of(c, vb->name);
        if (p)
            report(c, p->file, p->line, FINDING_WARNING, "%s", msg);
        else
            add_finding(c->r, "", 0, FINDING_WARNING, msg);
    }
    free(reached);
}

/* The source pattern of each compiled one: both lists are in load order,
 * the compiled one less the patterns the loader skipped. */
static void map_patterns(checker *c, const dyad_dicts *d, uint32_t *src_of)
{
    uint32_t j = 0;
    for (uint32_t k = 0; k < d->n_pats; k++) {
        const char *text = norm_pattern(c, d->pats[k].text, 0);
        uint32_t at = j;
        while (at < c->n_pats && strcmp(c->pats[at].text, text) != 0)
            at++;
        src_of[k] = at < c->n_pats ? at : NONE;
        if (at < c->n_pats)
            j = at + 1;
    }
}

static int is_lexical(const pattern_elem *e)
{
    return e->kind == PE_WORD || e->kind == PE_PREFIX || e->kind == PE_SYNSET;
}

/* Synsets may name synsets; a redefinition can even make a cycle. */
#define MAX_SYNSET_DEPTH 8

static int elems_overlap(const dyad_dicts *d, const pattern_elem *a, const pattern_elem *b, int depth);

/* Two word sequences can match at the same place: one begins the other. */
static int seqs_overlap(const dyad_dicts *d, const pattern_elem *a, uint32_t na, const pattern_elem *b,
                        uint32_t nb, int depth)
{
    for (uint32_t i = 0; i < na && i < nb; i++)
        if (!elems_overlap(d, &a[i], &b[i], depth))
            return 0;
    return 1;
}

static int member_overlaps(const dyad_dicts *d, uint32_t syn, const pattern_elem *seq, uint32_t n, int depth)
{
    const synset *s = &d->synsets[syn];
    for (uint32_t i = 0; i < s->n; i++)
        if (seqs_overlap(d, &d->elems[s->members[i]], s->member_len[i], seq, n, depth + 1))
            return 1;
    return 0;
}

/* Some text can match both elements at the same place. */
static int elems_overlap(const dyad_dicts *d, const pattern_elem *a, const pattern_elem *b, int depth)
{
    if (depth > MAX_SYNSET_DEPTH)
        return 0;
    if (a->kind == PE_SYNSET && b->kind == PE_SYNSET) {
        const synset *sb = &d->synsets[b->word];
        for (uint32_t i = 0; i < sb->n; i++)
            if (member_overlaps(d, a->word, &d->elems[sb->members[i]], sb->member_len[i], depth))
                return 1;
        return 0;
    }
    if (a->kind == PE_SYNSET)
        return member_overlaps(d, a->word, b, 1, depth);
    if (b->kind == PE_SYNSET)
        return member_overlaps(d, b->word, a, 1, depth);
    const char *x = d->words[a->word], *y = d->words[b->word];
    if (a->kind == PE_PREFIX)
        return strncmp(y, x, strlen(x)) == 0;
    if (b->kind == PE_PREFIX)
        return strncmp(x, y, strlen(y)) == 0;
    return a->word == b->word;
}

/* Whether `other` can match wherever the null pattern `np` does: each of
 * its words, on each side of the verb, overlaps one of np's in order. */
static int may_match_with(const dyad_dicts *d, const pattern *other, const pattern *np)
{
    const pattern_elem *o = &d->elems[other->first_elem], *n = &d->elems[np->first_elem];
    uint32_t j = 0;
    for (uint32_t i = 0; i < other->n_elem; i++) {
        if (o[i].kind == PE_VERB) {
            while (j < np->n_elem && n[j].kind != PE_VERB)
                j++;
            j++;
            continue;
        }
        if (!is_lexical(&o[i]))
            continue;
        while (j < np->n_elem && !(is_lexical(&n[j]) && elems_overlap(d, &o[i], &n[j], 0)))
            j++;
        if (j++ >= np->n_elem)
            return 0;
    }
    return 1;
}

static int is_null(const char *code, const char *code2)
{
    return !strcmp(code, "---") && !code2[0];
}

/* Whether a null pattern is "* (by +)", only the verb and its agent: for
 * a passive ("a force led by Italy") the words other patterns look for after
 * the verb are found before it, in its subject, so that pattern stops every
 * other one that names no words before the verb. */
static int agent_only(const dyad_dicts *d, const pattern *np)
{
    const pattern_elem *n = &d->elems[np->first_elem];
    return np->n_elem == 3 && n[0].kind == PE_VERB && n[1].kind == PE_WORD
           && strcasecmp(d->words[n[1].word], "BY") == 0 && n[2].kind == PE_TARGET;
}

static int after_verb_only(const dyad_dicts *d, const pattern *o)
{
    return o->n_elem > 0 && d->elems[o->first_elem].kind == PE_VERB;
}

/* Marks the null patterns of block v that block something: the block's
 * default, or another of its patterns. */
static void mark_blocking(const dyad_dicts *d, const verb_block *v, uint8_t *blocks)
{
    for (uint32_t i = 0; i < v->n_pats; i++) {
        const pattern *np = &d->pats[v->pats[i]];
        if (!is_null(np->code, np->code2) || blocks[v->pats[i]])
            continue;
        int found = !is_null(v->code, v->code2);
        for (uint32_t k = 0; k < v->n_pats && !found; k++) {
            const pattern *o = &d->pats[v->pats[k]];
            found = k != i && !is_null(o->code, o->code2)
                    && (may_match_with(d, o, np) || (agent_only(d, np) && after_verb_only(d, o)));
        }
        blocks[v->pats[i]] = (uint8_t)found;
    }
}

/* A "---" pattern matters only if it stops something: the default of a
 * verb it belongs to, or another pattern of that verb. */
static void check_null_patterns(checker *c, const dyad_dicts *d)
{
    uint8_t *blocks = calloc(d->n_pats + 1, 1);
    uint32_t *src_of = calloc(d->n_pats + 1, sizeof *src_of);
    if (!blocks || !src_of) abort();
    for (uint32_t v = 0; v < d->n_verbs; v++)
        mark_blocking(d, &d->verbs[v], blocks);
    map_patterns(c, d, src_of);
    for (uint32_t k = 0; k < d->n_pats; k++) {
        const src_pattern *p = src_of[k] == NONE ? NULL : &c->pats[src_of[k]];
        if (p && is_null(d->pats[k].code, d->pats[k].code2) && !blocks[k])
            report(c, p->file, p->line, FINDING_WARNING,
                   "null pattern \"%s\" shadows nothing: its verbs have no default code and no other "
                   "pattern that can match where it does", p->text);
    }
    free(blocks);
    free(src_of);
}

/* ---------------------------------------------------------------- driver */

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* "path:line: message" from the loader, as a finding on that line. */
static void loader_finding(checker *c, const dict_file_set *s, const char *err)
{
    dyad_dict_files f = dict_file_set_lists(s);
    const char *const *lists[] = {f.own, f.verbs, f.actors, f.agents, f.discards};
    for (size_t k = 0; k < 5; k++)
        for (size_t i = 0; lists[k] && lists[k][i]; i++) {
            const char *path = lists[k][i];
            size_t n = strlen(path);
            if (strncmp(err, path, n) != 0 || err[n] != ':')
                continue;
            char *end;
            long line = strtol(err + n + 1, &end, 10);
            int has_line = end > err + n + 1 && end[0] == ':';
            c->skip_file = path;
            c->skip_line = has_line ? line : 0;
            add_finding(c->r, path, c->skip_line, FINDING_ERROR, has_line ? end + 2 : err + n + 2);
            return;
        }
    add_finding(c->r, "", 0, FINDING_ERROR, err);
}

static int file_order(const checker *c, const char *file)
{
    for (uint16_t i = 0; i < c->n_files; i++)
        if (c->files[i] == file)
            return i;
    return c->n_files;
}

static int finding_cmp(const void *a, const void *b)
{
    const dict_finding *x = a, *y = b;
    if (x->order != y->order)
        return x->order - y->order;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return x->severity - y->severity;
}

static void checker_free(checker *c)
{
    free(c->files);
    free(c->phrases);
    free(c->actors);
    free(c->codes);
    free(c->pats);
    free(c->synsets);
    free(c->uses);
    strmap_free(&c->synset_names);
    strmap_free(&c->roots_seen);
    arena_free(&c->mem);
}

static void run_checks(checker *c, const dict_file_set *s)
{
    dyad_dict_files f = dict_file_set_lists(s);
    const char *const *lists[] = {f.own, f.verbs, f.actors, f.agents, f.discards};
    const enum dict_role roles[] = {ROLE_OWN, ROLE_VERBS, ROLE_ACTORS, ROLE_AGENTS, ROLE_DISCARDS};
    for (size_t k = 0; k < 5; k++)
        if (lists[k])
            scan_list(c, lists[k], roles[k]);
    check_duplicates(c);
    check_patterns(c);
    check_synsets(c);
    if (c->r->dicts) {
        check_unreachable_verbs(c, c->r->dicts);
        check_null_patterns(c, c->r->dicts);
    }
}

int dict_check(const dict_file_set *s, dict_check_result *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    dyad_dict_files none = {NULL, NULL, NULL, NULL, NULL};
    dyad_dicts *cameo = dict_load_text(&none, err, errlen);
    if (!cameo)
        return -1;
    checker c;
    memset(&c, 0, sizeof c);
    c.cameo = cameo;
    c.r = r;
    c.skip_line = -1;
    arena_init(&c.mem, 1 << 16);
    strmap_init(&c.synset_names);
    strmap_init(&c.roots_seen);
    dyad_dict_files f = dict_file_set_lists(s);
    char lerr[600];
    double t0 = now_ms();
    r->dicts = dict_load_text(&f, lerr, sizeof lerr);   /* lint reads the text, always */
    r->load_ms = now_ms() - t0;
    if (!r->dicts)
        loader_finding(&c, s, lerr);
    run_checks(&c, s);
    for (size_t i = 0; i < r->n_findings; i++)
        r->findings[i].order = file_order(&c, r->findings[i].file);
    if (r->n_findings)
        qsort(r->findings, r->n_findings, sizeof *r->findings, finding_cmp);
    checker_free(&c);
    dyad_dicts_free(cameo);
    return 0;
}

void dict_check_result_free(dict_check_result *r)
{
    for (size_t i = 0; i < r->n_findings; i++)
        free(r->findings[i].message);
    free(r->findings);
    dyad_dicts_free(r->dicts);
    memset(r, 0, sizeof *r);
}

/* ----------------------------------------------------------- statistics */

static void mark_code(const dyad_dicts *d, uint8_t *covered, const char *code)
{
    uint32_t i = strmap_get(&d->cameo_index, code, strlen(code));
    if (i != UINT32_MAX)
        covered[i] = 1;
}

/* A root ("01") is a heading: events of the root alone are coded with its
 * "not specified" code ("010"), so that code covers the root. */
static void cover_roots(const dyad_dicts *d, uint8_t *covered)
{
    for (uint32_t i = 0; i < d->n_cameo; i++) {
        const char *code = d->cameo[i].info.code;
        char unspecified[4];
        if (strlen(code) != 2)
            continue;
        snprintf(unspecified, sizeof unspecified, "%s0", code);
        uint32_t k = strmap_get(&d->cameo_index, unspecified, 3);
        if (k != UINT32_MAX && covered[k])
            covered[i] = 1;
    }
}

void dict_stats_compute(const dyad_dicts *d, dict_stats *st)
{
    memset(st, 0, sizeof *st);
    uint8_t *covered = calloc(d->n_cameo + 1, 1);
    st->missing = calloc(d->n_cameo + 1, sizeof *st->missing);
    if (!covered || !st->missing) abort();
    for (uint32_t v = 0; v < d->n_verbs; v++) {
        mark_code(d, covered, d->verbs[v].code);
        mark_code(d, covered, d->verbs[v].code2);
    }
    for (uint32_t p = 0; p < d->n_pats; p++) {
        mark_code(d, covered, d->pats[p].code);
        mark_code(d, covered, d->pats[p].code2);
    }
    st->cameo_total = d->n_cameo;
    cover_roots(d, covered);
    for (uint32_t i = 0; i < d->n_cameo; i++) {
        if (covered[i])
            st->cameo_covered++;
        else
            st->missing[st->n_missing++] = d->cameo[i].info.code;
    }
    free(covered);
    st->actors = d->n_actors;
    for (uint32_t a = 0; a < d->n_actors; a++)
        for (uint32_t k = 0; k < d->actors[a].n_codes; k++) {
            const dated_code *dc = &d->codes[d->actors[a].first_code + k];
            if (dc->from || dc->until) {
                st->dated_actors++;
                break;
            }
        }
    for (uint32_t i = 0; i < d->n_nodes; i++)
        st->discards += d->nodes[i].discard != NONE;
    for (uint32_t s = 0; s < d->n_synsets; s++)
        st->synsets += d->synsets[s].name[1] != '{';   /* not TABARI's anonymous { A | B } */
    st->phrases = d->n_phrases;
    st->agents = d->n_agents;
    st->verbs = d->n_verbs;
    st->patterns = d->n_pats;
    st->transforms = d->n_transforms;
}

void dict_stats_free(dict_stats *st)
{
    free(st->missing);
    st->missing = NULL;
}
