/* tokens.h — words, numbers and punctuation of a story, with the
 * upper-case, accent-folded form the dictionaries are matched against. */
#ifndef DYAD_TOKENS_H
#define DYAD_TOKENS_H
#include "util/arena.h"
#include <stddef.h>
#include <stdint.h>

enum token_flag {
    TOK_WORD = 1 << 0,     /* letters (maybe digits, hyphens, apostrophes) */
    TOK_NUM = 1 << 1,      /* a number: 12, 1,200, 1.1, 2021 */
    TOK_PUNCT = 1 << 2,    /* anything else */
    TOK_CAP = 1 << 3,      /* first letter upper-case */
    TOK_QUOTE = 1 << 4,    /* a quotation mark (any style) */
    TOK_PARA = 1 << 5,     /* first token of a paragraph */
    TOK_ABBREV = 1 << 6,   /* ends with an abbreviation's period */
    TOK_POSS = 1 << 7,     /* the possessive 's split off a word */
    TOK_ALLCAP = 1 << 8,   /* every letter upper-case (acronyms) */
    TOK_SOMECAP = 1 << 9,  /* some letter upper-case ("iSrael", "McCain") */
    TOK_PLURAL_POSS = 1 << 10  /* a plural possessive, its apostrophe dropped ("leaders'") */
};

typedef struct token {
    uint32_t begin, end;   /* byte offsets into the story text */
    const char *up;        /* upper-case, accent-folded form (NUL-terminated) */
    uint16_t len;          /* strlen(up) */
    uint16_t flags;
    uint32_t id;           /* dictionary word id, 0 when unknown */
    uint32_t stem[3];      /* ids of dictionary stems that prefix this word */
    uint8_t n_stem;
    uint8_t tag;           /* syntax class, set by the syntax stage */
    uint8_t in_quote;      /* inside a direct quotation */
    uint8_t pad;
} token;

typedef struct token_list {
    token *v;
    size_t n, cap;
    int heap;              /* v is malloc'd and kept between calls (the coder's
                              list: no copies left behind as it grows); else
                              it comes from the arena */
} token_list;

/* Tokenises text[0..len) into `out` (memory from `mem`).  Returns the
 * number of tokens; `max` caps the count (0: no cap). */
size_t tokenize(const char *text, size_t len, arena *mem, token_list *out);
#endif
