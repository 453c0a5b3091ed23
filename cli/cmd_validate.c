/* cmd_validate.c — `dyad validate FILE`: code a PETRARCH validation XML
 * file or TABARI's Validate.text and compare with the expected codings.
 *
 * The dictionaries are the ones the file names (<Environment> in PETRARCH
 * XML, the .project file next to a TABARI text); they are looked for in
 * --dicts DIR, next to the file, and in ../dictionaries/<any>/ beside it,
 * which is where the field's suites keep them.  A record passes when the
 * set of (source, target, code) produced equals the set expected. */
#include "cli.h"
#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>

#define MAX_EVENTS 64
#define PATHLEN 4096
/* How much of the file is searched for <Environment>: the field's files put
 * a banner comment before it (2.5 KB in the unit records), and one past a
 * 16 KB search went unseen, the file validated with other dictionaries. */
#define HEADER_BYTES (1u << 20)

typedef struct produced {
    char codings[MAX_EVENTS][96];
    int n;
    int dropped;            /* events past the MAX_EVENTS-th distinct coding */
} produced;

static void on_event(void *user, const dyad_event *ev)
{
    produced *p = user;
    if (p->n >= MAX_EVENTS) {
        p->dropped++;
        return;
    }
    snprintf(p->codings[p->n], sizeof p->codings[0], "%s %s %s", ev->source.code,
             ev->has_target ? ev->target.code : "---", ev->cameo);
    for (int k = 0; k < p->n; k++)
        if (!strcmp(p->codings[k], p->codings[p->n]))
            return;
    p->n++;
}

static void on_reject(void *user, const char *story_id, const char *where, const char *message)
{
    (void)user;
    /* Worded as `dyad code` words it. */
    if (story_id)
        fprintf(stderr, "dyad validate: %s: story %s rejected: %s\n", where, story_id, message);
    else
        fprintf(stderr, "dyad validate: %s: record rejected: %s\n", where, message);
}

/* Finds `name` in the search folders; returns 1 and fills path. */
static int find_dict_file(const char *name, const char *dicts_dir, const char *file_dir, char *path)
{
    FILE *fp;
    const char *dirs[2] = {dicts_dir, file_dir};
    for (int i = 0; i < 2; i++) {
        if (!dirs[i])
            continue;
        snprintf(path, PATHLEN, "%s/%s", dirs[i], name);
        if ((fp = fopen(path, "r")) != NULL) {
            fclose(fp);
            return 1;
        }
    }
    char parent[PATHLEN / 2];
    snprintf(parent, sizeof parent, "%s/../dictionaries", file_dir);
    DIR *dp = opendir(parent);
    if (!dp)
        return 0;
    struct dirent *e;
    int found = 0;
    while (!found && (e = readdir(dp)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, PATHLEN, "%s/%s/%s", parent, e->d_name, name);
        if ((fp = fopen(path, "r")) != NULL) {
            fclose(fp);
            found = 1;
        }
    }
    closedir(dp);
    return found;
}

typedef struct named_files {
    char store[32][PATHLEN];
    int n;
    const char *verbs[8], *actors[8], *agents[8], *discards[8];
    int nv, nac, nag, nd;
} named_files;

/* Adds dictionary `name`, named at `where` ("FILE:LINE"), to list. */
static int add_named(named_files *nf, const char **list, int *n, const char *name,
                     const char *dicts_dir, const char *file_dir, const char *where)
{
    if (nf->n >= 32 || *n >= 7) {
        fprintf(stderr, "dyad validate: %s: too many dictionaries of one kind (at most 7)\n", where);
        return -1;
    }
    if (!find_dict_file(name, dicts_dir, file_dir, nf->store[nf->n])) {
        fprintf(stderr, "dyad validate: %s: dictionary %s not found next to the file or in "
                "../dictionaries/*/ beside it (use --dicts DIR)\n", where, name);
        return -1;
    }
    list[(*n)++] = nf->store[nf->n++];
    list[*n] = NULL;
    return 0;
}

/* Text of <Tag>...</Tag> in the header of `file`, comma-separated names. */
static int env_files(named_files *nf, const char *file, const char *header, const char *tag, const char **list,
                     int *n, const char *dicts_dir, const char *file_dir)
{
    char open[64], close[64];
    snprintf(open, sizeof open, "<%s>", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *a = strstr(header, open), *b = a ? strstr(a, close) : NULL;
    if (!a || !b)
        return 0;
    a += strlen(open);
    long line = 1;
    for (const char *c = header; c < a; c++)
        line += *c == '\n';
    char names[1024], where[PATHLEN + 32];
    snprintf(names, sizeof names, "%.*s", (int)(b - a), a);
    snprintf(where, sizeof where, "%s:%ld", file, line);
    for (char *s = strtok(names, ", \t\n"); s; s = strtok(NULL, ", \t\n"))
        if (add_named(nf, list, n, s, dicts_dir, file_dir, where) < 0)
            return -1;
    return 0;
}

static int petrarch_environment(named_files *nf, const char *file, const char *header, const char *dicts_dir,
                                const char *file_dir)
{
    if (env_files(nf, file, header, "Verbfile", nf->verbs, &nf->nv, dicts_dir, file_dir) < 0
        || env_files(nf, file, header, "Actorfile", nf->actors, &nf->nac, dicts_dir, file_dir) < 0
        || env_files(nf, file, header, "Agentfile", nf->agents, &nf->nag, dicts_dir, file_dir) < 0
        || env_files(nf, file, header, "Discardfile", nf->discards, &nf->nd, dicts_dir, file_dir) < 0)
        return -1;
    return 0;
}

/* TABARI: the *.project file in the text's folder whose <textfile> names
 * it.  Returns -1 when a dictionary it names is missing (said); with no
 * such project the caller takes the default dictionaries (it returned -1
 * and validate exited 2 without a word). */
static int tabari_project(named_files *nf, const char *text_name, const char *dicts_dir, const char *file_dir)
{
    DIR *dp = opendir(file_dir);
    if (!dp)
        return 0;
    struct dirent *e;
    int rc = 0, found = 0;
    while (!found && (e = readdir(dp)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 9 || strcmp(e->d_name + len - 8, ".project") != 0)
            continue;
        char path[PATHLEN], line[512];
        snprintf(path, sizeof path, "%s/%s", file_dir, e->d_name);
        FILE *fp = fopen(path, "r");
        if (!fp)
            continue;
        char verbs[256] = "", actors[256] = "", agents[256] = "", textfile[256] = "";
        long verbs_line = 0, actors_line = 0, agents_line = 0, line_no = 0;
        while (fgets(line, sizeof line, fp)) {
            char key[64], val[256];
            line_no++;
            if (sscanf(line, " <%63[^>]> %255s", key, val) != 2)
                continue;
            if (!strcmp(key, "verbsfile")) {
                snprintf(verbs, sizeof verbs, "%s", val);
                verbs_line = line_no;
            } else if (!strcmp(key, "actorsfile")) {
                snprintf(actors, sizeof actors, "%s", val);
                actors_line = line_no;
            } else if (!strcmp(key, "agentsfile")) {
                snprintf(agents, sizeof agents, "%s", val);
                agents_line = line_no;
            } else if (!strcmp(key, "textfile"))
                snprintf(textfile, sizeof textfile, "%s", val);
        }
        fclose(fp);
        if (strcmp(textfile, text_name) != 0)
            continue;
        found = 1;
        char where[3][PATHLEN + 32];
        snprintf(where[0], sizeof where[0], "%s:%ld", path, verbs_line);
        snprintf(where[1], sizeof where[1], "%s:%ld", path, actors_line);
        snprintf(where[2], sizeof where[2], "%s:%ld", path, agents_line);
        if ((verbs[0] && add_named(nf, nf->verbs, &nf->nv, verbs, dicts_dir, file_dir, where[0]) < 0)
            || (actors[0] && add_named(nf, nf->actors, &nf->nac, actors, dicts_dir, file_dir, where[1]) < 0)
            || (agents[0] && add_named(nf, nf->agents, &nf->nag, agents, dicts_dir, file_dir, where[2]) < 0))
            rc = -1;
    }
    closedir(dp);
    return rc;
}

static int in_list(char list[][96], int n, const char *s)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(list[i], s))
            return 1;
    return 0;
}

static int record_passes(const dyad_story *s, const produced *p)
{
    if (s->expect_none || s->n_expected == 0)
        return p->n == 0;
    char expected[MAX_EVENTS][96];
    int ne = 0;
    for (size_t i = 0; i < s->n_expected && ne < MAX_EVENTS; i++)
        if (!in_list(expected, ne, s->expected[i]))
            snprintf(expected[ne++], 96, "%s", s->expected[i]);
    if (ne != p->n)
        return 0;
    for (int i = 0; i < p->n; i++)
        if (!in_list(expected, ne, p->codings[i]))
            return 0;
    return 1;
}

static void print_failure(const dyad_story *s, const produced *p)
{
    printf("FAIL %s\n  text:     ", s->id);
    const char *t = s->text + strspn(s->text, " \n");
    for (int i = 0; i < 300 && t[i]; i++)
        putchar(t[i] == '\n' ? ' ' : t[i]);
    printf("\n  expected:");
    if (s->expect_none || !s->n_expected)
        printf(" (none)");
    for (size_t i = 0; i < s->n_expected; i++)
        printf(" [%s]", s->expected[i]);
    printf("\n  produced:");
    if (!p->n)
        printf(" (none)");
    for (int i = 0; i < p->n; i++)
        printf(" [%s]", p->codings[i]);
    printf("\n");
}

/* A file of dated text or JSON Lines has nothing to validate against:
 * every record would fail for the codings it does not hold.  (A blank
 * file, or one the reader refused whole, goes on to say 0 passed.) */
static int holds_no_codings(dyad_input_format fmt, const char *header, size_t len, const dyad_reader *r)
{
    if (fmt != DYAD_INPUT_DATED && fmt != DYAD_INPUT_JSONL)
        return 0;
    return strspn(header, " \t\r\n\f\v") < len && !dyad_reader_rejected(r);
}

int cmd_validate(int argc, char **argv)
{
    dict_options dopt;
    memset(&dopt, 0, sizeof dopt);
    const char *file = NULL;
    int quiet = 0;
    for (int i = 1; i < argc; i++) {
        int r = dict_option(&dopt, argc, argv, &i);
        if (r < 0) return 2;
        if (r) continue;
        if (!strcmp(argv[i], "--help")) {
            printf("usage: dyad validate [--quiet] [dictionary options] FILE\n%s", dict_options_help);
            return 0;
        }
        if (!strcmp(argv[i], "--quiet")) quiet = 1;
        else if (unknown_option(argv[i], "dyad validate")) return 2;
        else if (file) {
            /* One file a run: the second was taken, the first dropped. */
            fprintf(stderr, "dyad validate: one FILE at a time (%s, %s)\n", file, argv[i]);
            return 2;
        } else file = argv[i];
    }
    if (!file) {
        fputs("usage: dyad validate [dictionary options] FILE\n", stderr);
        return 2;
    }
    FILE *fp = fopen(file, "r");
    if (!fp) {
        fprintf(stderr, "dyad validate: %s: %s\n", file, strerror(errno));
        return 2;
    }
    char dir_buf[PATHLEN], base_buf[PATHLEN];
    snprintf(dir_buf, sizeof dir_buf, "%s", file);
    snprintf(base_buf, sizeof base_buf, "%s", file);
    const char *file_dir = dirname(dir_buf), *base = basename(base_buf);
    /* The header is read before the reader starts: rewinding after it had
     * read the first lines read them twice (a record on the first line was
     * counted twice, and every line number was one too high). */
    char *header = malloc(HEADER_BYTES + 1);
    if (!header)
        abort();
    size_t header_len = fread(header, 1, HEADER_BYTES, fp);
    header[header_len] = 0;
    rewind(fp);
    dyad_reader *r = dyad_reader_open(fp, file, DYAD_INPUT_AUTO, NULL, on_reject, NULL);
    dyad_input_format fmt = dyad_reader_format(r);
    if (holds_no_codings(fmt, header, header_len, r)) {
        fprintf(stderr, "dyad validate: %s: a %s file holds no expected codings; validate reads PETRARCH XML "
                "or TABARI records (dyad code codes this one)\n", file, fmt == DYAD_INPUT_JSONL ? "JSON Lines" : "dated text");
        dyad_reader_close(r);
        fclose(fp);
        free(header);
        return 2;
    }
    named_files *nf = calloc(1, sizeof *nf);
    const char *dicts_dir = dopt.dir;
    dopt.dir = NULL;
    dyad_dicts *d = NULL;
    int env_rc = 0;
    /* --dicts DIR or explicit files override the dictionaries the file names. */
    if (!(dopt.nv || dopt.nac || dopt.no || dicts_dir)) {
        env_rc = fmt == DYAD_INPUT_PETRXML ? petrarch_environment(nf, file, header, NULL, file_dir)
                                           : tabari_project(nf, base, NULL, file_dir);
    }
    if (env_rc == 0 && nf->nv + nf->nac > 0) {
        dyad_dict_files f = {nf->verbs, nf->actors, nf->agents, nf->discards, NULL};
        char err[512];
        d = dyad_dicts_load(&f, err, sizeof err);
        if (!d)
            fprintf(stderr, "dyad validate: %s\n", err);
    } else if (env_rc == 0) {
        dopt.dir = dicts_dir;
        d = dict_options_load(&dopt, "dyad validate");
    }
    free(header);
    if (!d) {
        dyad_reader_close(r);
        fclose(fp);
        free(nf);
        return 2;
    }
    dyad_coder *coder = dyad_coder_new(d, NULL);
    dyad_story s;
    long passed = 0, failed = 0, skipped = 0;
    unsigned long malformed = 0;
    char err[256];
    produced p;
    while (dyad_reader_next(r, &s)) {
        if (!s.evaluate) {
            skipped++;
            continue;
        }
        if (s.expect_error) {
            /* Scored against what could be read of it, it failed or passed
             * for the file's fault. */
            fprintf(stderr, "dyad validate: %s:%ld: story %s rejected: %s\n", file, s.line, s.id, s.expect_error);
            malformed++;
            continue;
        }
        p.n = p.dropped = 0;
        dyad_code_story(coder, &s, on_event, &p, err, sizeof err);
        /* More codings than any record expects (at most 32): the record
         * fails whatever the rest are, but they are not shown. */
        if (p.dropped)
            fprintf(stderr, "dyad validate: %s:%ld: story %s: more than %d distinct codings; %d more events not "
                    "compared or shown\n", file, s.line, s.id, MAX_EVENTS, p.dropped);
        if (record_passes(&s, &p))
            passed++;
        else {
            failed++;
            if (!quiet)
                print_failure(&s, &p);
        }
    }
    unsigned long unreadable = dyad_reader_rejected(r) + malformed;
    if (skipped || unreadable)
        printf("%ld records skipped (marked not to evaluate), %lu unreadable\n", skipped, unreadable);
    printf("%ld passed, %ld failed\n", passed, failed);
    /* A file with no record, or none readable (a directory, a gzip file),
     * passed with status 0, as if every record had. */
    int none = !passed && !failed && !skipped;
    if (none && !unreadable)
        fprintf(stderr, "dyad validate: %s: no validation records in the file\n", file);
    else if (none)
        fprintf(stderr, "dyad validate: %s: no record could be read to validate\n", file);
    dyad_coder_free(coder);
    dyad_dicts_free(d);
    dyad_reader_close(r);
    fclose(fp);
    free(nf);
    return none ? 2 : failed ? 1 : 0;
}
