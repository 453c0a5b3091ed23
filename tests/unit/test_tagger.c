/* test_tagger.c — the committed tagger model on news sentences, and the
 * loader's errors. */
#include "check.h"
#include "syntax/tagger.h"
#include <stdlib.h>
#include <unistd.h>

#define MODEL DYAD_DICT_DIR "/tagger.model"

/* The tokens of `text`, made in `mem` (which the caller frees). */
static size_t tokenized(const char *text, arena *mem, token_list *tl)
{
    arena_init(mem, 4096);
    *tl = (token_list){0};
    return tokenize(text, strlen(text), mem, tl);
}

/* Tags `text` and returns the tag name of the token spelled `word`. */
static const char *tag_of(const dyad_tagger *tg, const char *text, const char *word)
{
    static char name[8];
    arena mem;
    token_list tl;
    size_t n = tokenized(text, &mem, &tl);
    uint8_t tags[64];
    snprintf(name, sizeof name, "(none)");
    if (n <= sizeof tags) {
        dyad_tagger_tag(tg, text, tl.v, n, tags);
        for (size_t i = 0; i < n; i++)
            if (tl.v[i].end - tl.v[i].begin == strlen(word)
                && strncmp(text + tl.v[i].begin, word, strlen(word)) == 0)
                snprintf(name, sizeof name, "%s", dyad_tag_name(tags[i]));
    }
    arena_free(&mem);
    return name;
}

/* Whether `word` in `text` is tagged as a verb (VBD and VBN alike). */
static int is_verb(const dyad_tagger *tg, const char *text, const char *word)
{
    return dyad_tag_is_verb((uint8_t)dyad_tag_from_name(tag_of(tg, text, word)));
}

static void test_nouns_and_verbs(const dyad_tagger *tg)
{
    const char *s1 = "The attack was condemned by the government.";
    CHECK_STR(tag_of(tg, s1, "attack"), "NN");
    CHECK_STR(tag_of(tg, s1, "condemned"), "VBN");
    CHECK_STR(tag_of(tg, s1, "government"), "NN");
    const char *s2 = "Rebels attack the town.";
    CHECK_STR(tag_of(tg, s2, "Rebels"), "NNS");
    CHECK_STR(tag_of(tg, s2, "attack"), "VBP");
    const char *s3 = "Peace talks between the two sides resumed in Geneva on Monday.";
    CHECK_STR(tag_of(tg, s3, "talks"), "NNS");
    CHECK(is_verb(tg, s3, "resumed"));        /* VBN here: see docs/syntax.md */
    CHECK_STR(tag_of(tg, s3, "Geneva"), "NNP");
    const char *s4 = "The minister says talks will resume next week.";
    CHECK_STR(tag_of(tg, s4, "says"), "VBZ");
    CHECK_STR(tag_of(tg, s4, "talks"), "NNS");
    CHECK_STR(tag_of(tg, s4, "resume"), "VB");
    const char *s5 = "Hamas released two hostages on Friday.";
    CHECK_STR(tag_of(tg, s5, "released"), "VBD");
    const char *s6 = "The release of the prisoners was welcomed by the UN.";
    CHECK_STR(tag_of(tg, s6, "release"), "NN");
    CHECK_STR(tag_of(tg, s6, "welcomed"), "VBN");
    const char *s7 = "Police fired tear gas at protesters who were meeting in the square.";
    CHECK(is_verb(tg, s7, "fired"));
    CHECK_STR(tag_of(tg, s7, "meeting"), "VBG");
    const char *s8 = "Russia's president will visit China to sign a trade deal.";
    CHECK_STR(tag_of(tg, s8, "'s"), "POS");
    CHECK_STR(tag_of(tg, s8, "will"), "MD");
    CHECK_STR(tag_of(tg, s8, "visit"), "VB");
    CHECK_STR(tag_of(tg, s8, "sign"), "VB");
    CHECK_STR(tag_of(tg, s8, "deal"), "NN");
    const char *s9 = "Israel launched air strikes on Gaza after rocket attacks.";
    CHECK_STR(tag_of(tg, s9, "launched"), "VBD");
    CHECK_STR(tag_of(tg, s9, "strikes"), "NNS");
    CHECK_STR(tag_of(tg, s9, "attacks"), "NNS");
}

static void test_tag_names(void)
{
    CHECK(dyad_tag_from_name("NN") == TAG_NN);
    CHECK(dyad_tag_from_name("PRP$") == TAG_PRP_S);
    CHECK(dyad_tag_from_name("-LRB-") == TAG_LRB);
    CHECK(dyad_tag_from_name("NNX") == -1);
    for (int t = 0; t < N_TAGS; t++)
        CHECK(dyad_tag_from_name(dyad_tag_name((uint8_t)t)) == t);
    CHECK_STR(dyad_tag_name(N_TAGS), "?");
    CHECK(dyad_tag_is_verb(TAG_VBN) && !dyad_tag_is_verb(TAG_MD) && !dyad_tag_is_verb(TAG_NN));
    CHECK(dyad_tag_is_noun(TAG_NNPS) && !dyad_tag_is_noun(TAG_VB));
}

/* Writes the first `len` bytes of the model (or `bytes` when given) to a
 * temporary file and returns the loader's verdict. */
static dyad_tagger *load_prefix(const char *bytes, long len, char *err, size_t errlen)
{
    char path[] = "/tmp/dyad-test-tagger-XXXXXX";
    int fd = mkstemp(path);
    FILE *out = fd >= 0 ? fdopen(fd, "wb") : NULL;
    FILE *in = fopen(MODEL, "rb");
    if (!out || !in)
        return NULL;
    if (bytes)
        fwrite(bytes, 1, (size_t)len, out);
    for (long i = 0; !bytes && i < len; i++)
        fputc(fgetc(in), out);
    fclose(in);
    fclose(out);
    dyad_tagger *tg = dyad_tagger_load(path, err, errlen);
    remove(path);
    return tg;
}

static void test_load_errors(void)
{
    char err[256] = "";
    CHECK(dyad_tagger_load("/nonexistent/tagger.model", err, sizeof err) == NULL);
    CHECK(strstr(err, "cannot open") != NULL);
    CHECK(load_prefix("DYADTAGX", 8, err, sizeof err) == NULL);
    CHECK(strstr(err, "bad magic") != NULL);
    CHECK(load_prefix(NULL, 2000, err, sizeof err) == NULL);
    CHECK(strstr(err, "truncated") != NULL);
    const char other_tags[] = "DYADTAG2\x02\0\0\0NN\0VB\0";
    CHECK(load_prefix(other_tags, sizeof other_tags - 1, err, sizeof err) == NULL);
    CHECK(strstr(err, "2 tags") != NULL);
}

/* The model file with its word list emptied: the tagger then looks up
 * every feature, where it otherwise takes the listed words' rows summed
 * at load time.  Writes it to `path`; returns 0 on success. */
static int write_without_words(const char *path)
{
    FILE *in = fopen(MODEL, "rb");
    static unsigned char buf[4 << 20];
    size_t len = in ? fread(buf, 1, sizeof buf, in) : 0;
    if (in)
        fclose(in);
    size_t at = 8 + 4;
    for (int t = 0; t < N_TAGS && at < len; t++)
        at += strnlen((const char *)buf + at, len - at) + 1;
    if (at + 8 > len)
        return -1;
    uint32_t keys = (uint32_t)(buf[at] | buf[at + 1] << 8 | buf[at + 2] << 16 | (uint32_t)buf[at + 3] << 24);
    uint32_t pairs = (uint32_t)(buf[at + 4] | buf[at + 5] << 8 | buf[at + 6] << 16
                                | (uint32_t)buf[at + 7] << 24);
    at += 8 + (size_t)keys * 10 + (size_t)pairs * 3;
    FILE *out = fopen(path, "wb");
    if (!out || at > len)
        return -1;
    fwrite(buf, 1, at, out);
    fwrite("\0\0\0\0END!", 1, 8, out);
    return fclose(out);
}

/* The listed words' summed rows, and the blocks a long sentence is scored
 * in, change no tag. */
static void test_fast_path_is_exact(const dyad_tagger *tg)
{
    char path[] = "/tmp/dyad-test-tagger-nowords-XXXXXX", err[256];
    int fd = mkstemp(path);
    CHECK(fd >= 0 && write_without_words(path) == 0);
    if (fd >= 0)
        close(fd);
    dyad_tagger *plain = dyad_tagger_load(path, err, sizeof err);
    remove(path);
    CHECK(plain != NULL);
    if (!plain)
        return;
    const char *text =
        "Police fired tear gas at protesters who were meeting in the square, and the minister says "
        "talks will resume next week; Russia's president will visit China to sign a 1,200-page "
        "trade deal after the U.S. Congress voted on Friday, officials in Al-Zaman said. "
        "\"We don't know,\" said Ms. Okonjo-Iweala, 64.";
    arena mem;
    token_list tl;
    size_t n = tokenized(text, &mem, &tl);
    uint8_t fast[128], slow[128];
    CHECK(n > 40 && n <= sizeof fast);           /* two blocks (32 tokens each) */
    for (size_t len = 1; len <= n && n <= sizeof fast; len += len < 8 ? 1 : 13) {
        dyad_tagger_tag(tg, text, tl.v, len, fast);
        dyad_tagger_tag(plain, text, tl.v, len, slow);
        CHECK(memcmp(fast, slow, len) == 0);
    }
    arena_free(&mem);
    dyad_tagger_free(plain);
}

/* Words marked as parts of names take noun or adjective tags; the others
 * are tagged as before, or better for it ("Chechen" read as an adverb made
 * "attacked" an adjective). */
static void test_named_words(const dyad_tagger *tg)
{
    const char *text = "Chechen rebels attacked Russian troops.";
    arena mem;
    token_list tl;
    size_t n = tokenized(text, &mem, &tl);
    CHECK(n == 6);
    uint8_t plain[6], named_tags[6];
    uint8_t named[6] = {1, 1, 0, 1, 1, 0};
    if (n == 6) {
        dyad_tagger_tag(tg, text, tl.v, n, plain);
        dyad_tagger_tag_names(tg, text, tl.v, n, named, named_tags);
        for (size_t i = 0; i < n; i++)
            if (named[i])
                CHECK(named_tags[i] == TAG_NN || named_tags[i] == TAG_NNS || named_tags[i] == TAG_NNP
                      || named_tags[i] == TAG_NNPS || named_tags[i] == TAG_JJ);
        CHECK(dyad_tag_is_verb(named_tags[2]));
        CHECK_STR(dyad_tag_name(named_tags[5]), dyad_tag_name(plain[5]));    /* the period */
    }
    arena_free(&mem);
}

/* Writes a pattern over the stack below the caller: memory a function
 * called next reads without writing shows as a change of its result. */
static __attribute__((noinline)) void scribble_stack(int rising)
{
    volatile unsigned char junk[1 << 16];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (unsigned char)(rising ? i * 7 : 255 - i * 13);
}

/* A name whose word the dictionary tags as no name is tagged ("Than" of
 * "Than Shwe" is a preposition there): the model scores it, from its own
 * features, the same whatever the stack held. */
static void test_named_word_off_the_dictionary(const dyad_tagger *tg)
{
    const char *text = "Than Shwe met Putin in Moscow.";
    uint8_t named[7] = {1, 1, 0, 1, 0, 1, 0}, first[7], second[7];
    arena mem;
    token_list tl;
    CHECK(tokenized(text, &mem, &tl) == sizeof named);
    if (tl.n == sizeof named) {
        scribble_stack(1);
        dyad_tagger_tag_names(tg, text, tl.v, tl.n, named, first);
        scribble_stack(0);
        dyad_tagger_tag_names(tg, text, tl.v, tl.n, named, second);
        CHECK(memcmp(first, second, sizeof first) == 0);
        CHECK(first[0] == TAG_NNP || first[0] == TAG_NN || first[0] == TAG_JJ);
    }
    arena_free(&mem);
}

/* Number words are CD (their plurals NNS) at the start of a sentence
 * too, where the model alone took "Twelve" for a verb, "Hundreds" for
 * a verb's -s form and "Forty-two" for an adverb. */
static void test_number_words(const dyad_tagger *tg)
{
    CHECK_STR(tag_of(tg, "Twelve people were killed in an Israeli strike.", "Twelve"), "CD");
    CHECK_STR(tag_of(tg, "Twenty soldiers were wounded.", "Twenty"), "CD");
    CHECK_STR(tag_of(tg, "Eleven Russian soldiers died in Ukraine.", "Eleven"), "CD");
    CHECK_STR(tag_of(tg, "Forty-two Russian soldiers died in Ukraine.", "Forty-two"), "CD");
    CHECK_STR(tag_of(tg, "Hundreds Russian soldiers died in Ukraine.", "Hundreds"), "NNS");
    CHECK_STR(tag_of(tg, "Tens of thousands marched in Paris.", "Tens"), "NNS");
    CHECK_STR(tag_of(tg, "Police said one of them was armed.", "one"), "CD");
}

int main(void)
{
    char err[256];
    dyad_tagger *tg = dyad_tagger_load(MODEL, err, sizeof err);
    CHECK(tg != NULL);
    if (!tg) {
        fprintf(stderr, "%s\n", err);
        return check_summary();
    }
    test_nouns_and_verbs(tg);
    test_fast_path_is_exact(tg);
    test_named_words(tg);
    test_named_word_off_the_dictionary(tg);
    test_number_words(tg);
    test_tag_names();
    test_load_errors();
    dyad_tagger_free(tg);
    return check_summary();
}
