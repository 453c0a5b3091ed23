/* load.c — assembling a dictionary set from files of any supported format.
 *
 * Order matters: the CAMEO table first (own-format files check their codes
 * against it), then synsets and verbs, then actors, agents and discards.
 * The first error stops the load and names file and line. */
#include "dict/dict.h"
#include "util/text.h"
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef int (*reader_fn)(dict_loader *ld);

char *dict_getline(dict_loader *ld, size_t *n)
{
    char *line = text_lines_next(&ld->lines, n);
    if (!line) {
        /* A directory opens but cannot be read: not an empty dictionary. */
        if (ferror(ld->lines.fp)) {
            ld->line++;
            dict_error(ld, "cannot read the dictionary: %s", strerror(errno));
        }
        return NULL;
    }
    ld->line++;
    const char *nul = memchr(line, 0, *n);
    if (nul) {
        /* A file saved as UTF-16 (as Windows editors offer) has a NUL in
         * every other byte: name the encoding, not the first NUL. */
        const unsigned char *u = (const unsigned char *)line;
        if (ld->line == 1 && *n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
            dict_error(ld, "the dictionary is UTF-16 or UTF-32 (byte-order mark %02X %02X); dyad reads UTF-8: "
                       "convert it first (iconv -t UTF-8)", u[0], u[1]);
        else
            dict_error(ld, "NUL byte in the line (column %zu)", (size_t)(nul - line) + 1);
        return NULL;
    }
    return line;
}

static uint16_t remember_file(dyad_dicts *d, const char *path)
{
    const char **p = realloc(d->files, (d->n_files + 1u) * sizeof *p);
    if (!p) abort();
    d->files = p;
    d->files[d->n_files] = arena_strdup(&d->mem, path);
    return d->n_files++;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int load_file(dyad_dicts *d, const char *path, reader_fn fn, char *err, size_t errlen)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        snprintf(err, errlen, "%s: cannot open dictionary", path);
        return -1;
    }
    dict_loader ld = {d, path, remember_file(d, path), 0, {0}, err, errlen, 0};
    if (ends_with(path, ".dyad"))
        fn = dict_read_own;
    text_lines_init(&ld.lines, fp);
    int rc = fn(&ld);
    /* An empty file is a download or a copy gone wrong, not a dictionary
     * with no entries: loaded, every story coded nothing without a word. */
    if (rc == 0 && ld.line == 0) {
        snprintf(err, errlen, "%s: the dictionary is empty (0 bytes)", path);
        rc = -1;
    }
    text_lines_free(&ld.lines);
    fclose(fp);
    return rc;
}

static int load_list(dyad_dicts *d, const char *const *files, reader_fn fn, char *err, size_t errlen)
{
    for (size_t i = 0; files && files[i]; i++)
        if (load_file(d, files[i], fn, err, errlen) < 0)
            return -1;
    return 0;
}

static int load_cameo_table(dyad_dicts *d, char *err, size_t errlen)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/cameo.tsv", dict_data_dir());
    return dict_load_cameo(d, path, err, errlen);
}

static size_t list_bytes(const char *const *files)
{
    size_t n = 0;
    struct stat st;
    for (size_t i = 0; files && files[i]; i++)
        if (stat(files[i], &st) == 0 && S_ISREG(st.st_mode))
            n += (size_t)st.st_size;
    return n;
}

/* Sizes the vocabulary and the trie's edge table for the files at once,
 * sparing the rehashes on the way (which hash every word again) and the
 * pages of the tables outgrown.  Our set and Phoenix's hold a new word per
 * 54-57 bytes and an edge per 46 (Phoenix) to 65 bytes (ours); an
 * estimate, never a limit. */
static void reserve_tables(dyad_dicts *d, const dyad_dict_files *f)
{
    size_t bytes = list_bytes(f->verbs) + list_bytes(f->actors) + list_bytes(f->agents)
        + list_bytes(f->discards) + list_bytes(f->own);
    strmap_reserve(&d->vocab, bytes / 48);
    u64map_reserve(&d->edges, bytes / 64);
}

dyad_dicts *dict_load_text(const dyad_dict_files *f, char *err, size_t errlen)
{
    dyad_dicts *d = dict_new();
    if (!d) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    reserve_tables(d, f);
    if (load_cameo_table(d, err, errlen) < 0 || load_list(d, f->own, dict_read_own, err, errlen) < 0
        || load_list(d, f->verbs, dict_read_petrarch_verbs, err, errlen) < 0
        || load_list(d, f->actors, dict_read_petrarch_actors, err, errlen) < 0
        || load_list(d, f->agents, dict_read_petrarch_agents, err, errlen) < 0
        || load_list(d, f->discards, dict_read_discards, err, errlen) < 0) {
        dyad_dicts_free(d);
        return NULL;
    }
    dict_add_spellings(d);
    free(d->verb_listed);             /* needed while reading verbs only */
    d->verb_listed = NULL;
    d->cap_verb_listed = 0;
    dict_merge_homonyms(d);
    dict_sort_last_names(d);
    dict_index_synsets(d);
    return d;
}

/* ------------------------------------------------------- folder layouts */

#define MAX_FILES 64

typedef struct file_lists {
    const char *verbs[MAX_FILES], *actors[MAX_FILES], *agents[MAX_FILES];
    const char *discards[MAX_FILES], *own[MAX_FILES];
    size_t nv, nac, nag, nd, no;
    char *names[5 * MAX_FILES];
    size_t n_names;
} file_lists;

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void push(const char **list, size_t *n, const char *path)
{
    if (*n + 1 < MAX_FILES)
        list[(*n)++] = path;
    list[*n] = NULL;
}

/* Sorts a file into its role by the names PETRARCH and TABARI use. */
static void classify(file_lists *fl, const char *dir, const char *name)
{
    if (fl->n_names >= 5 * MAX_FILES - 1)
        return;
    char *path = malloc(strlen(dir) + strlen(name) + 2);
    if (!path) abort();
    sprintf(path, "%s/%s", dir, name);
    fl->names[fl->n_names++] = path;
    if (ends_with(name, ".dyad"))
        push(fl->own, &fl->no, path);
    else if (strstr(name, "verbs") || strstr(name, "Verbs") || strncmp(name, "CAMEO.", 6) == 0)
        push(fl->verbs, &fl->nv, path);
    else if (strstr(name, "actors"))
        push(fl->actors, &fl->nac, path);
    else if (strstr(name, "agents"))
        push(fl->agents, &fl->nag, path);
    else if (strstr(name, "discards"))
        push(fl->discards, &fl->nd, path);
}

dyad_dicts *dyad_dicts_load_dir(const char *dir, char *err, size_t errlen)
{
    DIR *dp = opendir(dir);
    if (!dp) {
        snprintf(err, errlen, "%s: cannot open dictionary folder", dir);
        return NULL;
    }
    char *entries[5 * MAX_FILES] = {NULL};
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dp)) != NULL && n < 5 * MAX_FILES)
        if (e->d_name[0] != '.' && strcmp(e->d_name, "cameo.tsv") != 0)
            entries[n++] = strdup(e->d_name);
    closedir(dp);
    /* readdir order is arbitrary: sort for deterministic loading. */
    qsort(entries, n, sizeof *entries, name_cmp);
    file_lists fl;
    memset(&fl, 0, sizeof fl);
    for (size_t i = 0; i < n; i++) {
        classify(&fl, dir, entries[i]);
        free(entries[i]);
    }
    dyad_dicts *d = NULL;
    /* dyad's own files take precedence over foreign ones in one folder. */
    dyad_dict_files files = {fl.no ? NULL : fl.verbs, fl.no ? NULL : fl.actors,
                             fl.no ? NULL : fl.agents, fl.no ? NULL : fl.discards, fl.own};
    if (!fl.no && !fl.nv && !fl.nac)
        snprintf(err, errlen, "%s: no dictionary files (*.dyad, or PETRARCH/TABARI verbs and actors)", dir);
    else
        d = dyad_dicts_load(&files, err, errlen);
    for (size_t i = 0; i < fl.n_names; i++)
        free(fl.names[i]);
    return d;
}

dyad_dicts *dyad_dicts_load_default(char *err, size_t errlen)
{
    return dyad_dicts_load_dir(dict_data_dir(), err, errlen);
}
