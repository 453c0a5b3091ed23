/* test_regress.c — inputs that the fuzz targets (fuzz/) and the bad-input
 * table (tests/e2e/bad_input.sh) found to break dyad, each reduced to the
 * smallest case and checked for the right outcome.  Run under `make asan`
 * they also check that the bug itself is gone. */
#include "check.h"
#include "dict/dict.h"
#include "dyad.h"

#include <stdlib.h>
#include <unistd.h>

/* Writes `text` to a temporary file named with `suffix`; returns its path. */
static const char *temp_file(const char *text, const char *suffix)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/dyad-regress-%ld%s", (long)getpid(), suffix);
    FILE *fp = fopen(path, "w");
    if (!fp)
        return NULL;
    fputs(text, fp);
    fclose(fp);
    return path;
}

/* Loads one dictionary file in slot `slot` (0 verbs, 1 actors, 2 agents,
 * 3 discards, 4 own). */
static dyad_dicts *load_one(const char *text, int slot, char *err, size_t errlen)
{
    const char *path = temp_file(text, slot == 4 ? ".dyad" : ".txt");
    const char *list[] = {path, NULL};
    dyad_dict_files f = {NULL, NULL, NULL, NULL, NULL};
    const char *const **slots[] = {&f.verbs, &f.actors, &f.agents, &f.discards, &f.own};
    *slots[slot] = list;
    dyad_dicts *d = dyad_dicts_load(&f, err, errlen);
    unlink(path);
    return d;
}

/* fuzz dict_actors: a date of 90 digits in an actor's code block overflowed
 * the int it was read into (UBSan: signed integer overflow).  Such a code
 * is skipped and counted, like any malformed date. */
static void test_actor_date_of_many_digits(void)
{
    char err[512] = "";
    dyad_dicts *d = load_one("GOLLUM\n\t[HOB < 950601]\n"
                             "\t[HOBGOV 950601 - 990815777777777777777777777777777777777777777777777777777777]\n",
                             1, err, sizeof err);
    CHECK(d != NULL);
    if (!d) {
        fprintf(stderr, "load failed: %s\n", err);
        return;
    }
    CHECK(d->n_actors == 1);
    CHECK(d->n_skipped_codes == 1);
    dyad_dicts_free(d);
}

int main(void)
{
    test_actor_date_of_many_digits();
    return check_summary();
}
