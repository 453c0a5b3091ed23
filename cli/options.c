/* options.c — dictionary options shared by several subcommands. */
#include "cli.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char dict_options_help[] =
    "  --dicts DIR          dictionary folder (dyad *.dyad files, or PETRARCH/TABARI files)\n"
    "  --verbs FILE         verb dictionary (repeatable; PETRARCH, TABARI or .dyad)\n"
    "  --actors FILE        actor dictionary (repeatable)\n"
    "  --agents FILE        agent dictionary (repeatable)\n"
    "  --discards FILE      discard list (repeatable)\n"
    "  --no-cache           compile the dictionaries from their text, not from the\n"
    "                       cache (also DYAD_NO_CACHE=1; the cache is in $DYAD_CACHE_DIR,\n"
    "                       else $XDG_CACHE_HOME/dyad or ~/.cache/dyad)\n"
    "  (default: dyad's own dictionaries in dict/, or $DYAD_DICT)\n";

static int add(const char **list, int *n, const char *opt, const char *value)
{
    if (*n + 1 >= MAX_DICT_FILES) {
        fprintf(stderr, "dyad: too many %s files (at most %d); put them in one folder for --dicts\n", opt,
                MAX_DICT_FILES - 1);
        return -1;
    }
    list[(*n)++] = value;
    list[*n] = NULL;
    return 1;
}

int dict_option(dict_options *o, int argc, char **argv, int *i)
{
    const char *opt = argv[*i];
    if (!strcmp(opt, "--no-cache")) {
        dyad_dicts_use_cache(0);   /* one command per process: for its every load */
        return 1;
    }
    const char **list = NULL;
    int *n = NULL;
    if (!strcmp(opt, "--verbs")) list = o->verbs, n = &o->nv;
    else if (!strcmp(opt, "--actors")) list = o->actors, n = &o->nac;
    else if (!strcmp(opt, "--agents")) list = o->agents, n = &o->nag;
    else if (!strcmp(opt, "--discards")) list = o->discards, n = &o->nd;
    else if (strcmp(opt, "--dicts") != 0)
        return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "dyad: %s needs a value\n", opt);
        return -1;
    }
    const char *value = argv[++*i];
    if (!list) {
        o->dir = value;
        return 1;
    }
    size_t len = strlen(value);
    if (len > 5 && !strcmp(value + len - 5, ".dyad"))
        return add(o->own, &o->no, opt, value);
    return add(list, n, opt, value);
}

dyad_dicts *dict_options_load(const dict_options *o, const char *prog)
{
    char err[512];
    dyad_dicts *d;
    if (o->nv || o->nac || o->nag || o->nd || o->no) {
        dyad_dict_files f = {o->verbs, o->actors, o->agents, o->discards, o->own};
        d = dyad_dicts_load(&f, err, sizeof err);
    } else if (o->dir)
        d = dyad_dicts_load_dir(o->dir, err, sizeof err);
    else
        d = dyad_dicts_load_default(err, sizeof err);
    if (!d)
        fprintf(stderr, "%s: %s\n", prog, err);
    return d;
}

int unknown_option(const char *arg, const char *prog)
{
    if (arg[0] != '-' || !arg[1])
        return 0;
    fprintf(stderr, "%s: unknown option %s\n", prog, arg);
    return 1;
}

FILE *open_input(const char *name, const char *prog)
{
    if (!strcmp(name, "-")) {
        /* Run with no file from a shell, dyad would wait without a word. */
        if (isatty(fileno(stdin)))
            fprintf(stderr, "%s: reading stories from the terminal; end with Ctrl-D (or give files)\n", prog);
        return stdin;
    }
    FILE *fp = fopen(name, "r");
    struct stat st;
    if (fp && fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(fp);
        fp = NULL;
        errno = EISDIR;
    }
    if (!fp)
        fprintf(stderr, "%s: %s: %s\n", prog, name, strerror(errno));
    return fp;
}
