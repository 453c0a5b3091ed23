/*
 * quotes.h — direct quotations and who said them.
 *
 * Works on raw story text: every position is a byte offset into the text
 * given.  Nothing is allocated; the caller owns every buffer.
 */
#ifndef DYAD_ATTRIB_QUOTES_H
#define DYAD_ATTRIB_QUOTES_H

#include <stddef.h>

typedef struct {
    size_t begin, end;                  /* the quotation, without its marks */
    size_t speaker_begin, speaker_end;  /* 0,0 when unknown */
    size_t via_begin, via_end;          /* relaying medium ("TASS"); 0,0 if none */
} dyad_quote;

/* Finds the quotations of a story, in text order, and attributes each one.
 * Straight and curly double quotes delimit quotations; single quotes
 * inside them are nested quotations; a curly ‘…’ outside them is one too.
 * A quotation that runs over several paragraphs (a paragraph ending with
 * no closing mark, the next opening with a mark) is one entry whose span
 * contains the paragraph break and the repeated mark.  A "he" or "she"
 * speaker is replaced by the most recent named speaker before it.
 * Stores at most `max` entries; returns how many it stored. */
size_t dyad_quotes_find(const char *text, size_t len, dyad_quote *out, size_t max);

/* Reported speech in one sentence: the speaker of "X said (that) ...",
 * "according to X", "X quoted Y as saying", "X said quoting Y", "..., X
 * reported" and the medium (via) that relays it.  Quoted stretches inside
 * the sentence are skipped.  A news medium with no one else speaking is
 * returned as via only.  Returns 1 when a speaker or a via was found;
 * unfound spans are set to 0,0.  A pronoun speaker ("He") is returned as
 * is: dyad_attrib_is_pronoun() tells the caller to resolve it.  So is an
 * "it" or "they" in a tag after a comma or a quotation (", it said."). */
int dyad_attrib_sentence(const char *sentence, size_t len, size_t *speaker_begin,
                         size_t *speaker_end, size_t *via_begin, size_t *via_end);

/* 1 when the word is a verb of saying ("said", "noted", "warned"; any case). */
int dyad_attrib_is_speech_verb(const char *word, size_t len);
/* 1 when the word is "he" or "she" (any case). */
int dyad_attrib_is_pronoun(const char *word, size_t len);

#endif
