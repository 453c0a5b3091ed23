/* fuzz_image.c — the reader of the compiled dictionary cache on arbitrary
 * bytes.  The header's key and checksum are checked before the reader
 * runs, but a forged image can carry any of them, so the target gives the
 * bytes to dict_image_decode itself: every array, string and index must be
 * checked there.  An image it accepts codes a few sentences, so a table
 * that passed the checks but would send the coder out of bounds shows too. */
#include "fuzz_common.h"
#include "dict/dict.h"
#include <stdint.h>
#include <stdio.h>

static const char text[] =
    "date 2021-10-15\n"
    "Russian President Vladimir Putin met Taliban officials in Moscow on Friday, and said Kabul "
    "must fight terrorism. Iran condemned the attack on its embassy. The United Nations urged "
    "Israel and Hamas to stop fighting, and the rebels accused the army of shelling villages.\n";

static void on_event(void *user, const dyad_event *ev)
{
    (void)user;
    fuzz_touch(ev->source.text);
    fuzz_touch(ev->target.text);
    fuzz_touch(ev->pattern);
    fuzz_touch(ev->verb_text);
    if (ev->root < 0 || ev->root > 20 || ev->quad_class < 0 || ev->quad_class > 4
        || (ev->root == 0) != (ev->quad_class == 0))
        abort();   /* as fuzz_code: the image's CAMEO rows are checked */
}

static void code_with(const dyad_dicts *d)
{
    dyad_limits lim;
    dyad_limits_default(&lim);
    dyad_coder *c = dyad_coder_new(d, &lim);
    FILE *fp = fmemopen((void *)text, sizeof text - 1, "r");
    if (!c || !fp)
        abort();
    dyad_reader *r = dyad_reader_open(fp, "fuzz", DYAD_INPUT_AUTO, NULL, fuzz_on_error, NULL);
    dyad_story s;
    char err[256];
    while (dyad_reader_next(r, &s))
        if (dyad_code_story(c, &s, on_event, NULL, err, sizeof err) < 0)
            fuzz_touch(err);
    dyad_reader_close(r);
    fclose(fp);
    dyad_coder_free(c);
    for (size_t i = 0; i < dyad_cameo_count(d); i++)
        fuzz_touch(dyad_cameo_at(d, i)->name);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_use_repo_dicts();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    void *image = NULL;
    if (posix_memalign(&image, 64, size ? size : 1) != 0)
        abort();
    memcpy(image, data, size);
    dyad_dicts *d = dict_image_decode(image, size, 0);
    if (!d) {
        free(image);
        return 0;
    }
    code_with(d);
    dyad_dicts_free(d);
    return 0;
}
