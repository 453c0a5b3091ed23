/* test_cache.c — the reader of the compiled dictionary cache: an image the
 * cache wrote reads back to the same tables, and an image altered in one
 * index (a synset that refers to itself, a node naming a verb past the
 * last, a string past its section, a pattern past the elements) or cut
 * short is refused, so the load goes back to the text.  The cache folder
 * is a temporary one. */
#include "check.h"
#include "dict/dict.h"
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[] = "/tmp/dyad-unit-cache.XXXXXX";
static char cache[64], small[64];

static void write_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "w");
    if (!fp || fputs(text, fp) < 0 || fclose(fp) != 0)
        abort();
}

/* The path of the one image in the cache folder ("" if none). */
static void image_file(char *path, size_t cap)
{
    DIR *dp = opendir(cache);
    struct dirent *e;
    path[0] = 0;
    while (dp && (e = readdir(dp)) != NULL)
        if (strncmp(e->d_name, "dicts-", 6) == 0)
            snprintf(path, cap, "%s/%s", cache, e->d_name);
    if (dp)
        closedir(dp);
}

/* The bytes of the one image in the cache folder, 64-byte aligned. */
static char *read_image(size_t *len)
{
    char path[128];
    image_file(path, sizeof path);
    FILE *fp = path[0] ? fopen(path, "rb") : NULL;
    if (!fp)
        return NULL;
    fseek(fp, 0, SEEK_END);
    *len = (size_t)ftell(fp);
    rewind(fp);
    void *p = NULL;
    if (posix_memalign(&p, 64, *len) != 0 || fread(p, 1, *len, fp) != *len)
        abort();
    fclose(fp);
    return p;
}

static char *copy_of(const char *image, size_t len)
{
    void *p = NULL;
    if (posix_memalign(&p, 64, len) != 0)
        abort();
    memcpy(p, image, len);
    return p;
}

/* Decodes a copy of the image with `len` bytes and the uint32_t at `at`
 * (if not SIZE_MAX) set to v: whether it is accepted. */
static int accepted(const char *image, size_t len, size_t at, uint32_t v)
{
    char *p = copy_of(image, len);
    if (at != SIZE_MAX)
        memcpy(p + at, &v, sizeof v);
    dyad_dicts *d = dict_image_decode(p, len, 0);
    if (!d) {
        free(p);
        return 0;
    }
    dyad_dicts_free(d);
    return 1;
}

/* Whether tables loaded from the image are still those of the text once
 * every byte of the image has been read (a fault there kills the test). */
static int still_whole(const dyad_dicts *d, const dyad_dicts *text)
{
    unsigned sum = 0;
    for (size_t i = 0; i < d->image_len; i++)
        sum += ((const unsigned char *)d->image)[i];
    return sum != 0 && dict_word_find(d, "MOSCOW", 6) == dict_word_find(text, "MOSCOW", 6)
        && strcmp(d->pats[0].text, text->pats[0].text) == 0
        && dict_verb_block(d, "ATTACK") == dict_verb_block(text, "ATTACK");
}

/* Loads the files (from the image, which must be there), then does to the
 * image file what another program might while dyad runs: the tables
 * loaded must not change or fault. */
static int survives(const dyad_dict_files *files, const dyad_dicts *text, const char *how)
{
    char err[512], path[128];
    dyad_dicts *d = dyad_dicts_load(files, err, sizeof err);
    image_file(path, sizeof path);
    if (!d || !d->image || !path[0])
        return 0;
    size_t len = d->image_len;
    if (strcmp(how, "cut") == 0) {
        if (truncate(path, 0) != 0)
            abort();
    } else {                        /* written over in place, at its size */
        FILE *fp = fopen(path, "r+b");
        for (size_t i = 0; fp && i < len; i++)
            putc(0xA5, fp);
        if (!fp || fclose(fp) != 0)
            abort();
    }
    int ok = still_whole(d, text);
    dyad_dicts_free(d);
    unlink(path);
    dyad_dicts_free(dyad_dicts_load(files, err, sizeof err));     /* a good image again */
    return ok;
}

/* Where a field of the decoded tables lies in the image. */
static size_t offset_in(const char *image, const void *field)
{
    return (size_t)((const char *)field - image);
}

int main(void)
{
    if (!mkdtemp(dir))
        abort();
    snprintf(cache, sizeof cache, "%s/cache", dir);
    snprintf(small, sizeof small, "%s/small.dyad", dir);
    mkdir(cache, 0700);
    setenv("DYAD_CACHE_DIR", cache, 1);
    unsetenv("DYAD_NO_CACHE");
    write_file(small, "synset &B : arms | weapons\n"
                      "synset &A : heavy &B | guns\n"
                      "verb 190 : attack\n"
                      "pattern 195 : * + with &A\n"
                      "actor RUS : Russia | Moscow\n");
    sleep(2);   /* a file younger than a second (this one, the binary) is not cached */
    const char *own[] = {small, NULL};
    dyad_dict_files files = {NULL, NULL, NULL, NULL, own};
    char err[512];
    dyad_dicts *text = dyad_dicts_load(&files, err, sizeof err);
    CHECK(text != NULL);
    size_t len = 0;
    char *image = read_image(&len);
    CHECK(image != NULL);
    if (!text || !image)
        return check_summary();

    /* The image read back: the same tables. */
    char *good = copy_of(image, len);
    dyad_dicts *d = dict_image_decode(good, len, 0);
    CHECK(d != NULL);
    if (!d)
        return check_summary();
    CHECK(d->n_words == text->n_words && d->n_nodes == text->n_nodes && d->n_synsets == 2);
    CHECK(dict_word_find(d, "MOSCOW", 6) == dict_word_find(text, "MOSCOW", 6));
    CHECK(dict_word_find(d, "MOSCOW", 6) != 0);
    CHECK_STR(d->pats[0].text, text->pats[0].text);
    CHECK_STR(dyad_cameo_lookup(d, "195")->name, dyad_cameo_lookup(text, "195")->name);
    CHECK(dict_verb_block(d, "ATTACK") == dict_verb_block(text, "ATTACK"));

    /* A member of &A refers to &B: made to refer to &A itself. */
    uint32_t a = 1, ref = NONE;
    for (uint32_t k = 0; k < d->synsets[a].n; k++)
        for (uint32_t i = 0; i < d->synsets[a].member_len[k]; i++)
            if (d->elems[d->synsets[a].members[k] + i].kind == PE_SYNSET)
                ref = d->synsets[a].members[k] + i;
    CHECK(ref != NONE);
    size_t word_at = offset_in(good, &d->elems[ref].word);
    CHECK(accepted(image, len, word_at, 0));          /* to &B (index 0): fine */
    CHECK(!accepted(image, len, word_at, a));         /* to itself: a cycle */
    CHECK(!accepted(image, len, word_at, 2));         /* past the last synset */

    /* A node naming a verb past the last; a pattern past the elements. */
    CHECK(!accepted(image, len, offset_in(good, &d->nodes[1].verb), d->n_verbs));
    CHECK(!accepted(image, len, offset_in(good, &d->pats[0].first_elem), d->n_elems));
    /* A word's string offset past the string section. */
    CHECK(!accepted(image, len, offset_in(good, &d->words[1]), (uint32_t)len));
    /* A vocabulary value past the last word. */
    for (size_t i = 0; i < d->vocab.cap; i++)
        if (d->vocab.keys[i]) {
            CHECK(!accepted(image, len, offset_in(good, &d->vocab.vals[i]), d->n_words));
            break;
        }
    /* A CAMEO row with root 21. */
    CHECK(!accepted(image, len, offset_in(good, &d->cameo[0].info.root), 21));
    /* Cut short anywhere: refused. */
    int refused = 1;
    for (size_t cut = 0; cut < len; cut += len / 61 + 1)
        refused &= !accepted(image, cut, SIZE_MAX, 0);
    CHECK(refused);

    /* The image file cut short or written over while its tables are in
     * use (a mapping of the file would fault, SIGBUS, or change under the
     * checks); then the load after each goes back to the text. */
    CHECK(survives(&files, text, "cut"));
    CHECK(survives(&files, text, "overwrite"));

    dyad_dicts_free(d);
    dyad_dicts_free(text);
    free(image);
    unlink(small);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
    return check_summary();
}
