/* fuzz_read.c — one story reader on arbitrary bytes.  Built once per input
 * format with -DFUZZ_FORMAT=DYAD_INPUT_DATED (JSONL, PETRXML, TABARI): the
 * format is forced, so detection cannot steer inputs away from a reader.
 * Small limits make the --max-story-bytes path reachable too. */
#include "fuzz_common.h"
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0; /* fmemopen refuses an empty buffer */
    FILE *fp = fmemopen((void *)data, size, "r");
    if (!fp)
        return 0;
    dyad_limits lim;
    dyad_limits_default(&lim);
    lim.max_story_bytes = 4096;
    dyad_reader *r = dyad_reader_open(fp, "fuzz", FUZZ_FORMAT, &lim, fuzz_on_error, NULL);
    dyad_story s;
    unsigned long stories = 0;
    while (dyad_reader_next(r, &s)) {
        fuzz_touch_story(&s);
        if (strlen(s.date) != 10 || s.text_len > lim.max_story_bytes)
            abort();
        stories++;
    }
    fuzz_sink += stories + dyad_reader_rejected(r);
    dyad_reader_close(r);
    fclose(fp);
    return 0;
}
