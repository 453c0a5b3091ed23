/* fuzz_common.h — helpers shared by the libFuzzer targets.
 *
 * Every callback the library hands strings to reads them whole, so a
 * pointer past its buffer or a missing NUL shows up under AddressSanitizer
 * in the target that produced it rather than later. */
#ifndef DYAD_FUZZ_COMMON_H
#define DYAD_FUZZ_COMMON_H
#include "dyad.h"
#include <stdlib.h>
#include <string.h>

static volatile size_t fuzz_sink;

static inline void fuzz_touch(const char *s)
{
    if (s)
        fuzz_sink += strlen(s);
}

static inline void fuzz_on_error(void *user, const char *story_id, const char *where, const char *message)
{
    (void)user;
    fuzz_touch(story_id);
    fuzz_touch(where);
    fuzz_touch(message);
}

static inline void fuzz_touch_story(const dyad_story *s)
{
    fuzz_touch(s->id);
    fuzz_touch(s->date);
    fuzz_touch(s->title);
    fuzz_touch(s->source);
    fuzz_touch(s->url);
    if (strlen(s->text) != s->text_len)
        abort(); /* the reader promises NUL-free text of text_len bytes */
    for (size_t i = 0; i < s->n_expected; i++)
        fuzz_touch(s->expected[i]);
}

/* Points the library at the repository's dict/ (for cameo.tsv) unless the
 * caller chose another folder, and keeps the targets off the dictionary
 * cache: they compile the text and write nothing to ~/.cache. */
static inline void fuzz_use_repo_dicts(void)
{
    setenv("DYAD_DICT", FUZZ_DICT_DIR, 0);
    dyad_dicts_use_cache(0);
}
#endif
