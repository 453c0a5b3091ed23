/* tagger_corpus.h — tagged sentences for training and measuring the tagger.
 *
 * Gold tags come with the corpus's own tokenisation (UD EWT splits
 * "don't" and "Al-Zaman"; Penn Treebank parses write `` and -LRB-).  dyad
 * tags its own tokens, so each sentence is re-tokenised with tokenize()
 * and every dyad token gets the gold tag of the corpus token(s) under it:
 * training sees exactly what tagging will see. */
#ifndef DYAD_TAGGER_CORPUS_H
#define DYAD_TAGGER_CORPUS_H
#include "syntax/tagger.h"
#include "util/arena.h"

#define NO_GOLD 255     /* a dyad token with no gold tag (not counted) */

typedef struct tc_sentence {
    const char *text;   /* NUL-terminated */
    token *tok;         /* dyad tokens */
    uint8_t *gold;      /* gold tag of each dyad token, or NO_GOLD */
    size_t n;
} tc_sentence;

typedef struct tc_corpus {
    tc_sentence *s;
    size_t n, cap;
    size_t skipped;     /* sentences whose text did not match their tokens */
    size_t merged;      /* dyad tokens covering several corpus tokens */
    arena mem;
} tc_corpus;

void tc_init(tc_corpus *c);
void tc_free(tc_corpus *c);
/* Reads a CoNLL-U file (gold tag: XPOS).  Returns -1 when unreadable. */
int tc_read_conllu(tc_corpus *c, const char *path);
/* Reads PETRARCH <Sentence> records: <Text> with its Penn Treebank <Parse>. */
int tc_read_ptb_xml(tc_corpus *c, const char *path);
#endif
