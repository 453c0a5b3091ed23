/* fuzz_dict.c — one dictionary reader on arbitrary bytes.  Built once per
 * slot of dyad_dict_files with -DFUZZ_SLOT=verbs (actors, agents, discards,
 * own) and -DFUZZ_SUFFIX=".txt" (".dyad" for own: the loader picks dyad's
 * reader by that extension).  The loader reads files by name, so each
 * input is written to a temporary file. */
#include "fuzz_common.h"
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static char path[64];

static void remove_temp(void)
{
    unlink(path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_use_repo_dicts();
    snprintf(path, sizeof path, "/tmp/dyad-fuzz-%ld%s", (long)getpid(), FUZZ_SUFFIX);
    atexit(remove_temp);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *fp = fopen(path, "wb");
    if (!fp || fwrite(data, 1, size, fp) != size || fclose(fp) != 0)
        abort();
    const char *list[] = {path, NULL};
    dyad_dict_files files;
    memset(&files, 0, sizeof files);
    files.FUZZ_SLOT = list;
    char err[512];
    err[0] = 0;
    dyad_dicts *d = dyad_dicts_load(&files, err, sizeof err);
    if (!d && !err[0])
        abort(); /* a failed load must say why */
    fuzz_touch(err);
    dyad_dicts_free(d);
    return 0;
}
