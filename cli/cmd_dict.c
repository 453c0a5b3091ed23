/* cmd_dict.c — `dyad dict`: lint dictionaries, look up phrases.
 *
 *   dyad dict check [--stats] [dictionary options] [FILE|DIR...]
 *   dyad dict lookup PHRASE [--date YYYY-MM-DD] [dictionary options]
 *
 * check exits 1 when it finds an error, 0 when it finds only warnings;
 * lookup exits 1 when no word of the phrase is in the dictionaries; both
 * exit 2 on bad usage. */
#include "cli.h"
#include "dict/check.h"
#include "dict/dict.h"
#include "syntax/syntax.h"
#include "tokens/tokens.h"
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static void usage(FILE *out)
{
    fputs("usage: dyad dict check [--stats] [options] [FILE|DIR...]\n"
          "       dyad dict lookup PHRASE [--date YYYY-MM-DD] [options]\n\n"
          "check: lint dictionary files (default: dyad's dict/); one line per finding,\n"
          "  FILE:LINE: error|warning: message.  Exit 1 on an error, 0 with warnings only.\n"
          "  --stats              CAMEO coverage, entry counts and load time\n"
          "lookup: show how a phrase resolves (actor codes for the date, agent, verb, discard).\n"
          "  --date YYYY-MM-DD    date that picks an actor's code (default: today)\n\n", out);
    fputs(dict_options_help, out);
}

/* ----------------------------------------------------------------- check */

/* Adds a FILE or DIR argument; returns 0 or -1 (message printed). */
static int add_path(dict_file_set *set, const char *path)
{
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        if (dict_file_set_add_dir(set, path) > 0)
            return 0;
        fprintf(stderr, "dyad dict: %s: no dictionary files in this folder\n", path);
        return -1;
    }
    enum dict_role role = dict_file_role(path);
    if (role == ROLE_UNKNOWN) {
        fprintf(stderr, "dyad dict: %s: cannot tell what the file holds: name it *.dyad, *verbs*, *actors*, "
                        "*agents* or *discards*, or use --verbs, --actors, --agents, --discards\n", path);
        return -1;
    }
    if (dict_file_set_add(set, role, path) < 0) {
        fprintf(stderr, "dyad dict: too many dictionary files\n");
        return -1;
    }
    return 0;
}

static int add_list(dict_file_set *set, enum dict_role role, const char *const *files, int n)
{
    for (int i = 0; i < n; i++)
        if (dict_file_set_add(set, role, files[i]) < 0) {
            fprintf(stderr, "dyad dict: %s: cannot add this dictionary file\n", files[i]);
            return -1;
        }
    return 0;
}

/* The files named by the dictionary options, when any. */
static int add_options(dict_file_set *set, const dict_options *o)
{
    if (o->dir && add_path(set, o->dir) < 0)
        return -1;
    if (add_list(set, ROLE_OWN, o->own, o->no) < 0 || add_list(set, ROLE_VERBS, o->verbs, o->nv) < 0
        || add_list(set, ROLE_ACTORS, o->actors, o->nac) < 0
        || add_list(set, ROLE_AGENTS, o->agents, o->nag) < 0
        || add_list(set, ROLE_DISCARDS, o->discards, o->nd) < 0)
        return -1;
    return 0;
}

static void print_finding(const dict_finding *f)
{
    const char *sev = f->severity == FINDING_ERROR ? "error" : "warning";
    if (!f->file[0])
        printf("%s: %s\n", sev, f->message);
    else if (!f->line)
        printf("%s: %s: %s\n", f->file, sev, f->message);
    else
        printf("%s:%ld: %s: %s\n", f->file, f->line, sev, f->message);
}

static void print_stats(const dict_check_result *r)
{
    if (!r->dicts) {
        puts("stats: not available, the dictionaries did not load");
        return;
    }
    dict_stats st;
    dict_stats_compute(r->dicts, &st);
    printf("coverage: %u/%u CAMEO event codes have a pattern or a verb default\n", st.cameo_covered,
           st.cameo_total);
    if (st.n_missing) {
        fputs("missing:", stdout);
        for (uint32_t i = 0; i < st.n_missing; i++)
            printf(" %s", st.missing[i]);
        putchar('\n');
    }
    printf("actors: %u (people with dated terms: %u)\nphrases: %u\nagents: %u\nverb groups: %u\n"
           "patterns: %u\nsynsets: %u\ntransformations: %u\ndiscards: %u\nload time: %.1f ms\n",
           st.actors, st.dated_actors, st.phrases, st.agents, st.verbs, st.patterns, st.synsets,
           st.transforms, st.discards, r->load_ms);
    dict_stats_free(&st);
}

static int run_check(dict_file_set *set, int stats)
{
    dict_check_result r;
    char err[512];
    if (dict_check(set, &r, err, sizeof err) < 0) {
        fprintf(stderr, "dyad dict: %s\n", err);
        return 2;
    }
    for (size_t i = 0; i < r.n_findings; i++)
        print_finding(&r.findings[i]);
    if (stats)
        print_stats(&r);
    printf("%zu error%s, %zu warning%s\n", r.n_errors, r.n_errors == 1 ? "" : "s", r.n_warnings,
           r.n_warnings == 1 ? "" : "s");
    int status = r.n_errors ? 1 : 0;
    dict_check_result_free(&r);
    return status;
}

static int cmd_check(int argc, char **argv)
{
    dict_options o;
    memset(&o, 0, sizeof o);
    dict_file_set set;
    memset(&set, 0, sizeof set);
    int stats = 0, status = 2;
    for (int i = 1; i < argc; i++) {
        int rc = dict_option(&o, argc, argv, &i);
        if (rc < 0)
            goto done;
        if (rc > 0)
            continue;
        if (!strcmp(argv[i], "--stats"))
            stats = 1;
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "dyad dict check: unknown option %s\n", argv[i]);
            goto done;
        } else if (add_path(&set, argv[i]) < 0)
            goto done;
    }
    if (add_options(&set, &o) < 0)
        goto done;
    if (!set.nv && !set.nac && !set.nag && !set.nd && !set.no && add_path(&set, dict_data_dir()) < 0)
        goto done;
    status = run_check(&set, stats);
done:
    dict_file_set_free(&set);
    return status;
}

/* ---------------------------------------------------------------- lookup */

static int32_t parse_date(const char *s)
{
    int y, m, d;
    char tail;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        return -1;
    return y * 10000 + m * 100 + d;
}

static int32_t today(void)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

static void print_actor(const dyad_dicts *d, uint32_t a, int32_t date)
{
    const actor_entry *e = &d->actors[a];
    const char *chosen = dict_actor_code(d, a, date);
    printf("actor %s (", chosen ? chosen : "(no code on this date)");
    for (uint32_t k = 0; k < e->n_codes; k++) {
        char text[64];
        dict_code_text(&d->codes[e->first_code + k], text, sizeof text);
        printf("%s%s", k ? " " : "", text);
    }
    printf(")");
    if (e->file < d->n_files)
        printf(" [%s:%u]", d->files[e->file], e->line);
}

static void print_verb(const dyad_dicts *d, uint32_t v)
{
    const verb_block *vb = &d->verbs[v];
    printf("verb %s, default %s%s%s, %u pattern%s", vb->name, vb->code, vb->code2[0] ? ":" : "",
           vb->code2, vb->n_pats, vb->n_pats == 1 ? "" : "s");
}

/* Prints what node `nd` carries for `want`, after the words matched. */
static void print_match(const dyad_dicts *d, const trie_node *nd, int want, const char *words, int len,
                        int32_t date)
{
    printf("%.*s → ", len, words);
    if (want == WANT_ACTOR)
        print_actor(d, nd->actor, date);
    else if (want == WANT_AGENT)
        printf("agent %s%s%s", d->agents[nd->agent].prefix ? "" : "~", d->agents[nd->agent].code,
               d->agents[nd->agent].prefix ? "~" : "");
    else if (want == WANT_VERB)
        print_verb(d, nd->verb);
    else
        printf("discard (%s)", nd->story_discard ? "story" : "sentence");
    putchar('\n');
}

/* Every dictionary match starting at token i; returns one past the
 * longest, or i when nothing matches there. */
static uint32_t lookup_at(const dyad_dicts *d, const char *text, const token *t, uint32_t n, uint32_t i,
                          int32_t date)
{
    static const int wants[] = {WANT_ACTOR, WANT_AGENT, WANT_VERB, WANT_DISCARD};
    uint32_t longest = i;
    for (size_t k = 0; k < sizeof wants / sizeof wants[0]; k++) {
        uint32_t end;
        uint32_t node = dict_match(d, t, n, i, wants[k], &end);
        if (node == NONE)
            continue;
        int len = (int)(t[end - 1].end - t[i].begin);
        print_match(d, &d->nodes[node], wants[k], text + t[i].begin, len, date);
        if (end > longest)
            longest = end;
    }
    return longest;
}

static int lookup_phrase(const dyad_dicts *d, const char *text, int32_t date)
{
    arena mem;
    arena_init(&mem, 1 << 16);
    token_list toks = {NULL, 0, 0, 0};
    tokenize(text, strlen(text), &mem, &toks);
    uint32_t n = (uint32_t)toks.n;
    syntax_lookup_words(d, toks.v, n, NULL);
    int found = 0;
    for (uint32_t i = 0; i < n;) {
        uint32_t next = lookup_at(d, text, toks.v, n, i, date);
        if (next == i) {
            printf("%.*s → not in the dictionaries\n", (int)(toks.v[i].end - toks.v[i].begin),
                   text + toks.v[i].begin);
            next = i + 1;
        } else
            found = 1;
        i = next;
    }
    arena_free(&mem);
    return found ? 0 : 1;
}

static int cmd_lookup(int argc, char **argv)
{
    dict_options o;
    memset(&o, 0, sizeof o);
    char phrase[1024] = "";
    size_t len = 0;
    int32_t date = today();
    for (int i = 1; i < argc; i++) {
        int rc = dict_option(&o, argc, argv, &i);
        if (rc < 0)
            return 2;
        if (rc > 0)
            continue;
        if (!strcmp(argv[i], "--date")) {
            if (i + 1 >= argc || (date = parse_date(argv[++i])) < 0) {
                fprintf(stderr, "dyad dict lookup: --date needs YYYY-MM-DD\n");
                return 2;
            }
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "dyad dict lookup: unknown option %s\n", argv[i]);
            return 2;
        } else
            len += (size_t)snprintf(phrase + len, len < sizeof phrase ? sizeof phrase - len : 0, "%s%s",
                                    len ? " " : "", argv[i]);
    }
    if (!len || len >= sizeof phrase) {
        fprintf(stderr, "dyad dict lookup: which phrase? (at most %zu bytes)\n", sizeof phrase - 1);
        return 2;
    }
    dyad_dicts *d = dict_options_load(&o, "dyad dict lookup");
    if (!d)
        return 2;
    int status = lookup_phrase(d, phrase, date);
    dyad_dicts_free(d);
    return status;
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "check"))
        return cmd_check(argc - 1, argv + 1);
    if (!strcmp(argv[1], "lookup"))
        return cmd_lookup(argc - 1, argv + 1);
    fprintf(stderr, "dyad dict: unknown subcommand '%s' (check or lookup)\n", argv[1]);
    usage(stderr);
    return 2;
}
