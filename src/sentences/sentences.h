/* sentences.h — sentence boundaries over a story's tokens. */
#ifndef DYAD_SENTENCES_H
#define DYAD_SENTENCES_H
#include "tokens/tokens.h"

typedef struct sentence_span {
    size_t first, last;   /* token indices, inclusive..exclusive */
    int cut;              /* ends at max_tokens, not at a sentence end */
} sentence_span;

/* Splits tokens[0..n) into sentences; writes at most `max` spans into out
 * and returns the count.  A sentence longer than max_tokens is cut into
 * pieces of that size (the caller reports it). */
size_t split_sentences(const token *t, size_t n, sentence_span *out, size_t max, size_t max_tokens);
#endif
