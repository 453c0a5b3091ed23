/* tagger.h — a learned part-of-speech tagger for dyad tokens.
 *
 * A greedy averaged perceptron (Collins 2002, in the compact form Honnibal
 * popularised) that gives each token a Penn Treebank tag.  It exists to
 * tell nouns from verbs where the closed-class lexicon cannot: "the attack"
 * (NN) against "rebels attack" (VBP), "talks" NNS against VBZ.  The model
 * is trained by tools/train_tagger from UD English EWT and shipped as
 * dict/tagger.model; docs/syntax.md gives its format and accuracy.
 *
 * Tagging allocates nothing: the caller supplies the output buffer. */
#ifndef DYAD_TAGGER_H
#define DYAD_TAGGER_H
#include "tokens/tokens.h"
#include <stddef.h>
#include <stdint.h>

/* The Penn Treebank tags as used by UD EWT (XPOS), plus '#'.  The order is
 * part of the model format: the model lists its tag names and the loader
 * refuses a model whose list differs. */
enum dyad_tag {
    TAG_CC, TAG_CD, TAG_DT, TAG_EX, TAG_FW, TAG_IN, TAG_JJ, TAG_JJR, TAG_JJS, TAG_LS,
    TAG_MD, TAG_NN, TAG_NNS, TAG_NNP, TAG_NNPS, TAG_PDT, TAG_POS, TAG_PRP, TAG_PRP_S,
    TAG_RB, TAG_RBR, TAG_RBS, TAG_RP, TAG_SYM, TAG_TO, TAG_UH, TAG_VB, TAG_VBD, TAG_VBG,
    TAG_VBN, TAG_VBP, TAG_VBZ, TAG_WDT, TAG_WP, TAG_WP_S, TAG_WRB, TAG_DOLLAR, TAG_HASH,
    TAG_LQUOTE, TAG_RQUOTE, TAG_LRB, TAG_RRB, TAG_COMMA, TAG_PERIOD, TAG_COLON,
    TAG_HYPH, TAG_NFP, TAG_ADD, TAG_GW, TAG_AFX,
    N_TAGS
};

typedef struct dyad_tagger dyad_tagger;

/* Loads a model written by tools/train_tagger.  Returns NULL and writes a
 * one-line message into err on failure; free with dyad_tagger_free. */
dyad_tagger *dyad_tagger_load(const char *path, char *err, size_t errlen);
void dyad_tagger_free(dyad_tagger *tg);

/* Tags one sentence t[0..n) of `text` (the NUL-terminated story text the
 * tokens' begin/end offsets point into: the tagger reads the original case
 * there, and the byte after each token).  Writes n tags into tags_out. */
void dyad_tagger_tag(const dyad_tagger *tg, const char *text, const token *t, size_t n,
                     uint8_t *tags_out);
/* The same, with the words of names known beforehand: where named[i] is
 * set, token i takes a noun or adjective tag ("Chechen rebels attacked":
 * not Chechen/RB, and so not attacked/JJ after it). */
void dyad_tagger_tag_names(const dyad_tagger *tg, const char *text, const token *t, size_t n,
                           const uint8_t *named, uint8_t *tags_out);

/* "NN", "VBD", ...; "?" for a number that is not a tag. */
const char *dyad_tag_name(uint8_t tag);
/* The tag named `name`, or -1. */
int dyad_tag_from_name(const char *name);
/* VB, VBD, VBG, VBN, VBP, VBZ (not MD). */
int dyad_tag_is_verb(uint8_t tag);
/* A finite form: VBD, VBP, VBZ (not MD). */
int dyad_tag_is_finite(uint8_t tag);
/* NN, NNS, NNP, NNPS. */
int dyad_tag_is_noun(uint8_t tag);

/* ---- For tools/train_tagger: the features, so that training and tagging
 * cannot drift apart. */

/* What the features need of one token, hashed once. */
typedef struct tagger_word {
    uint64_t word, suffix[3], prefix, shape;
    uint8_t glue;       /* bit 0: no space before, bit 1: no space after */
} tagger_word;

/* A sliding view of tokens i-2 .. i+2 of a sentence. */
typedef struct tagger_window {
    const char *text;
    const token *t;
    size_t n, i;
    tagger_word w[5];
} tagger_window;

/* The features of a token come in two groups: those of the words in the
 * window alone, which the tagger scores for a whole run of tokens before
 * choosing any tag, and those of the tags just chosen. */
#define TAGGER_STATIC_FEATURES 16
#define TAGGER_TAG_FEATURES 5
#define TAGGER_MAX_FEATURES (TAGGER_STATIC_FEATURES + TAGGER_TAG_FEATURES)
/* The largest weight a model may hold: the tagger sums a token's weights
 * in 16 bits. */
#define TAGGER_MAX_WEIGHT (32767 / TAGGER_MAX_FEATURES)
/* The previous tag of the first token, and the one before it of the first two. */
#define TAGGER_START1 N_TAGS
#define TAGGER_START2 (N_TAGS + 1)

void tagger_window_init(tagger_window *win, const char *text, const token *t, size_t n);
void tagger_window_next(tagger_window *win);
/* The TAGGER_STATIC_FEATURES keys of token win->i. */
void tagger_static_features(const tagger_window *win, uint64_t *keys);
/* The TAGGER_TAG_FEATURES keys of token `w` after tags t1 (previous) and t2. */
void tagger_tag_features(const tagger_word *w, unsigned t1, unsigned t2, uint64_t *keys);
/* All feature keys of token win->i; tags[0..i) are the tags already chosen. */
size_t tagger_features(const tagger_window *win, const uint8_t *tags, uint64_t *keys);
/* The spelling the features read: the token's folded form, or !NUM / !YEAR
 * for a number.  The model lists its frequent words in this form. */
const char *tagger_spelling(const token *t, size_t *len);
/* Key of the token's word in the tag dictionary (unambiguous words). */
uint64_t tagger_dict_key(const tagger_window *win);
#endif
