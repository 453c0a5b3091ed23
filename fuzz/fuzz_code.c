/* fuzz_code.c — the whole `dyad code` pipeline on arbitrary bytes: format
 * detection, reading, tokens, sentences, syntax, actors, patterns, events,
 * time, place, attribution, and both writers.  The dictionaries are loaded
 * once: dyad's own (dict/), or with -DFUZZ_PETRARCH_SET the PETRARCH
 * validation set of ../shared, whose synsets and patterns take other paths. */
#include "fuzz_common.h"
#include <stdint.h>
#include <stdio.h>

static dyad_dicts *dicts;
static dyad_coder *coder;
static FILE *devnull;

static void load_dicts(void)
{
    char err[512];
#ifdef FUZZ_PETRARCH_SET
    const char *dir = getenv("DYAD_FUZZ_PETRARCH_DIR");
    dicts = dyad_dicts_load_dir(dir ? dir : FUZZ_PETRARCH, err, sizeof err);
#else
    dicts = dyad_dicts_load_default(err, sizeof err);
#endif
    if (!dicts) {
        fprintf(stderr, "fuzz_code: %s\n", err);
        exit(1);
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_use_repo_dicts();
    load_dicts();
    dyad_limits lim;
    dyad_limits_default(&lim);
    lim.max_sentence_tokens = 60; /* reach the sentence cut with short inputs */
    coder = dyad_coder_new(dicts, &lim);
    devnull = fopen("/dev/null", "w");
    return 0;
}

static void on_event(void *user, const dyad_event *ev)
{
    (void)user;
    fuzz_touch(ev->sentence_text);
    fuzz_touch(ev->date_text);
    fuzz_touch(ev->source.text);
    fuzz_touch(ev->target.text);
    fuzz_touch(ev->verb_text);
    fuzz_touch(ev->pattern);
    /* Foreign dictionaries may use codes outside CAMEO (the PETRARCH
     * validation set's "025?"): those events carry root and quad class 0. */
    if (ev->root < 0 || ev->root > 20 || ev->quad_class < 0 || ev->quad_class > 4
        || (ev->root == 0) != (ev->quad_class == 0))
        abort();
    dyad_write_event(devnull, DYAD_OUTPUT_JSONL, ev);
    dyad_write_event(devnull, DYAD_OUTPUT_TSV, ev);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    FILE *fp = fmemopen((void *)data, size, "r");
    if (!fp)
        return 0;
    dyad_reader *r = dyad_reader_open(fp, "fuzz", DYAD_INPUT_AUTO, NULL, fuzz_on_error, NULL);
    dyad_story s;
    char err[256];
    while (dyad_reader_next(r, &s))
        if (dyad_code_story(coder, &s, on_event, NULL, err, sizeof err) < 0)
            fuzz_touch(err);
    dyad_reader_close(r);
    fclose(fp);
    return 0;
}
