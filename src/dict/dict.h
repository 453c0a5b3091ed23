/* dict.h — the compiled dictionaries shared by every coding stage.
 *
 * Whatever the source format (PETRARCH, TABARI or dyad's own), the loaders
 * produce the same tables:
 *   - a vocabulary of upper-case words (word id 0 is "unknown");
 *   - one phrase trie whose nodes may carry an actor, an agent, a verb form
 *     or a discard: matching the text is one walk per start position;
 *   - actors with date-bounded codes, agents with sector codes, verb blocks
 *     with their patterns, synsets, and the CAMEO table.
 * The trie edge is keyed (node, word, match kind) in one hash table, so a
 * lookup is a hash probe and nothing is allocated while coding. */
#ifndef DYAD_DICT_H
#define DYAD_DICT_H
#include "dyad.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/hash.h"
#include "util/text.h"
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#define NONE UINT32_MAX

enum match_kind { MATCH_EXACT = 0, MATCH_PREFIX = 1 };

typedef struct dated_code {
    char code[24];
    int32_t from, until;    /* yyyymmdd, inclusive; 0 = open */
} dated_code;

typedef struct actor_entry {
    uint32_t first_code, n_codes; /* into dicts->codes */
    uint32_t line;                /* for messages: file:line of the entry */
    uint16_t file;
} actor_entry;

typedef struct agent_entry {
    char code[16];          /* sector code(s) without the ~, e.g. "GOV", "GOVFRM" */
    uint8_t prefix;         /* "NGO~": goes before the country code */
    uint8_t after_actor;    /* a role only right after an actor, where its noun
                               phrase ends ("British intelligence said"); alone
                               the word is mostly something else ("intelligence
                               reports") */
} agent_entry;

enum elem_kind {
    PE_WORD,      /* a word, exact */
    PE_PREFIX,    /* a word stem: any word beginning with it */
    PE_SOURCE,    /* $ */
    PE_TARGET,    /* + */
    PE_COMPOUND,  /* % */
    PE_SYNSET,    /* &NAME */
    PE_SKIP,      /* ^ */
    PE_VERB       /* * */
};

typedef struct pattern_elem {
    uint8_t kind;
    uint8_t adjacent;       /* must directly follow the previous element */
    uint32_t word;          /* word id, or synset index for PE_SYNSET */
} pattern_elem;

typedef struct pattern {
    uint32_t first_elem, n_elem;  /* into dicts->elems; one is PE_VERB */
    char code[8], code2[8];       /* code2: the paired reverse event, "" if none */
    const char *text;             /* the pattern as written, for evidence */
    uint8_t strict_objects;       /* dyad format: a bare + or $ is not behind a
                                     preposition the pattern leaves out */
} pattern;

typedef struct verb_block {
    char code[8], code2[8];       /* default when no pattern fires; "---" none */
    const char *name;             /* the verb as written in the file */
    uint32_t *pats;               /* pattern indices, in file order */
    uint32_t n_pats, cap_pats;
} verb_block;

/* A word and what it leads to (a synset member that begins with it, an
 * actor whose name ends with it); arrays of them are sorted by word and
 * searched with dict_word_range. */
typedef struct word_ref {
    uint32_t word, ref;
} word_ref;

typedef struct synset {
    const char *name;             /* "&CURRENCY" */
    uint32_t *members;            /* each member: first elem index; */
    uint32_t *member_len;         /* and its length */
    uint32_t n, cap;
    /* Phoenix's synsets have dozens of members, and a token can begin only
     * those whose first element is its word, its base form or one of its
     * stems: the members that begin with an exact word and those that
     * begin with a stem, each sorted by that word, and the others (that
     * begin with a synset), for pattern matching to try just those.  Built
     * once loading ends (dict_index_synsets); n_indexed is the n they cover. */
    word_ref *by_word, *by_stem;
    uint32_t *others;
    uint32_t n_by_word, n_by_stem, n_others, n_indexed;
} synset;

/* A transformation: an event told inside the complement of another verb is
 * replaced by one event of the governing verb's subject.  PETRARCH's
 * "~ a (b . ATTACK) SAY = a b 112": "Israel said Hamas fired rockets" is
 * Israel accusing Hamas.  The inner event's actor is the speaker
 * (TR_SELF: "said it attacked"), another (TR_OTHER), or none of its own
 * (TR_NONE: "wants to attack"). */
enum transform_who { TR_SELF, TR_OTHER, TR_NONE };

#define TRANSFORM_MAX 8

typedef struct transform {
    uint8_t who;
    uint8_t n_inner, n_outer;
    char inner[TRANSFORM_MAX][8]; /* CAMEO classes of the inner event: "19"
                                     is any 19x, "186" only 186 */
    uint32_t outer[TRANSFORM_MAX];/* verb blocks of the governing verb */
    char code[8];                 /* the event coded instead */
    const char *text;             /* as written, for evidence */
} transform;

/* trie_node.discard: a discard of dyad's own files matches wherever its
 * words stand; one of a PETRARCH discards file only where the text has
 * blanks around it, as PETRARCH matches discards against the words between
 * blanks ("three years ago, a police officer said" holds no "YEARS AGO"). */
enum { DISCARD_ANYWHERE = 1, DISCARD_BETWEEN_BLANKS = 2 };

typedef struct trie_node {
    uint32_t actor, agent, verb, discard;  /* NONE when absent */
    uint8_t story_discard;                 /* discard applies to the story */
    uint8_t acronym;                       /* written in capitals ("SADR"): the
                                              text must be too, or nearly */
    uint8_t proper;                        /* a name whose last word is written
                                              capitalised ("Islamic State") */
    uint8_t depth;                         /* words from the root */
} trie_node;

typedef struct cameo_row {
    dyad_cameo_info info;
} cameo_row;

#define STEM_FILTER_BITS (1u << 18)
/* The filter's bit for a word's hash_bytes(). */
static inline uint32_t stem_filter_bit(uint64_t hash)
{
    return (uint32_t)(hash >> 46) & (STEM_FILTER_BITS - 1);
}

struct dyad_dicts {
    arena mem;                    /* strings and small objects */
    strmap vocab;                 /* upper-case word → id */
    const char **words;           /* id → word */
    uint8_t *is_stem;             /* id → used as a prefix somewhere */
    uint32_t *root_child;         /* id * 2 + match_kind → the root's child by
                                     that edge, NONE when none: every token
                                     starts a walk at the root, and an array
                                     is one fetch where the edge table is two */
    uint8_t *below_root;          /* id → bit (1 << match_kind): some edge
                                     below the root has it; most of a
                                     sentence's words have none, so most
                                     probes of the edge table are skipped */
    uint32_t *base_of;            /* id → id of its base form (plural, verb
                                     form), 0 when none is known */
    uint32_t n_words, cap_words;
    uint32_t stem_min_len;        /* shortest stem, to bound the token probe */
    uint64_t stem_lengths;        /* bit n: some stem has n bytes (n < 64) */
    uint64_t stem_filter[STEM_FILTER_BITS / 64]; /* a bit per stem's hash: most
                                     prefixes of a token are no stem, and this
                                     answers without probing the vocabulary */
    uint32_t *word_len;           /* id → strlen(words[id]) */

    trie_node *nodes;
    uint32_t n_nodes, cap_nodes;
    u64map edges;                 /* (node, word, kind) → child node, for
                                     nodes other than the root */

    dated_code *codes; uint32_t n_codes, cap_codes;
    actor_entry *actors; uint32_t n_actors, cap_actors;
    agent_entry *agents; uint32_t n_agents, cap_agents;
    verb_block *verbs; uint32_t n_verbs, cap_verbs;
    pattern *pats; uint32_t n_pats, cap_pats;
    pattern_elem *elems; uint32_t n_elems, cap_elems;
    synset *synsets; uint32_t n_synsets, cap_synsets;
    transform *transforms; uint32_t n_transforms, cap_transforms;
    strmap synset_names;          /* "&NAME" → synset index */
    strmap verb_names;            /* own format: lemma → verb block */
    uint8_t *verb_listed;         /* while loading PETRARCH and TABARI verbs: by
                                     trie node, 1 = the word of a verb line */
    uint32_t cap_verb_listed;
    buf spellings;                /* while loading own actors: "node\tphrase\n"
                                     of each other spelling (dict_add_spellings) */
    word_ref *homonyms;           /* while loading PETRARCH and TABARI actors:
                                     (trie node, a later entry naming it too) */
    uint32_t n_homonyms, cap_homonyms;

    cameo_row *cameo; uint32_t n_cameo;
    strmap cameo_index;

    /* The last word of every actor phrase of two words or more, sorted by
     * word once loading ends: whom "President Arroyo" may mean. */
    word_ref *last_names;         /* last (or first) name word → actor */
    uint32_t n_last_names, cap_last_names;

    const char **files; uint16_t n_files;  /* names for messages */
    uint32_t n_phrases;           /* statistics for `dyad dict check --stats` */
    uint32_t n_skipped_patterns;  /* foreign patterns naming unknown synsets */
    uint32_t n_skipped_codes;     /* foreign dated codes with malformed dates */
    void *image;                  /* read from the cache (cache.c): every array
                                     above lies in this one block, */
    size_t image_len;             /* of this size, */
    uint8_t image_mapped;         /* mapped (else malloc'd) */
};

/* Whether the prefix whose hash_bytes() is `hash` may be a stem: no when
 * its filter bit is clear, as it is for most prefixes of a word. */
static inline int dict_may_be_stem(const dyad_dicts *d, uint64_t hash)
{
    uint32_t bit = stem_filter_bit(hash);
    return d->stem_filter[bit / 64] >> (bit % 64) & 1;
}

/* Loader errors: a message "file:line: what" is written to err. */
typedef struct dict_loader {
    dyad_dicts *d;
    const char *file;
    uint16_t file_index;
    long line;
    text_lines lines;       /* the file's lines */
    char *err;
    size_t errlen;
    int failed;
} dict_loader;

void dict_error(dict_loader *ld, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The next line of the dictionary file (see text_lines_next: any line
 * end, a byte-order mark dropped), counted; the caller may edit it in
 * place.  A NUL byte is an error: the line would be cut there unseen.
 * (Bytes that are not UTF-8 stay readable: foreign files of the field hold
 * Latin-1.)  *n gets its length.  NULL at end of file or on error
 * (ld->failed). */
char *dict_getline(dict_loader *ld, size_t *n);

dyad_dicts *dict_new(void);
/* Adds the other spellings of names the own-format reader noted, where no
 * listed phrase is spelt so (own.c). */
void dict_add_spellings(dyad_dicts *d);
/* Compiles the files' text (dyad_dicts_load without the cache). */
dyad_dicts *dict_load_text(const dyad_dict_files *f, char *err, size_t errlen);
/* The dicts an image of the cache holds (its header, key and checksum
 * aside): every array, string and index is checked first; NULL when one
 * fails.  The image (16-byte aligned, mapped or malloc'd) is fixed up in
 * place and, on success, belongs to the dicts; on failure, to the caller. */
dyad_dicts *dict_image_decode(void *image, size_t len, int mapped);
/* Frees dicts that dict_image_decode made, and their image. */
void dict_image_release(dyad_dicts *d);
/* Word id for an upper-case word, added when absent. */
uint32_t dict_word(dyad_dicts *d, const char *w, size_t n);
/* Marks word `w` (of n bytes) as a stem: a prefix of the words it matches. */
void dict_mark_stem(dyad_dicts *d, uint32_t w, size_t n);
/* Word id or 0 when the word is unknown. */
uint32_t dict_word_find(const dyad_dicts *d, const char *w, size_t n);
/* Follows or makes the trie edge from `node`. */
uint32_t dict_trie_child(dyad_dicts *d, uint32_t node, uint32_t word, int kind);
uint32_t dict_trie_step(const dyad_dicts *d, uint32_t node, uint32_t word, int kind);

/* Adds a phrase given as upper-case words separated by spaces or
 * underscores; a final word without a trailing '_' is a stem when
 * `stem_last` is set.  Returns the trie node, or NONE for an empty phrase. */
uint32_t dict_add_phrase(dyad_dicts *d, const char *phrase, int stem_last);

uint32_t dict_new_actor(dyad_dicts *d, dict_loader *ld);
/* Adds a code to the most recent actor. */
void dict_actor_add_code(dyad_dicts *d, const char *code, int32_t from, int32_t until);
uint32_t dict_new_agent(dyad_dicts *d, const char *code, int prefix);
uint32_t dict_new_verb(dyad_dicts *d, const char *name, const char *code, const char *code2);
/* Parses a pattern written in PETRARCH/TABARI/dyad syntax (upper-cased) and
 * appends it to verb block `verb` (to none when NONE).  Returns 0 or -1
 * (error reported); a foreign pattern skipped adds nothing. */
int dict_add_pattern(dict_loader *ld, uint32_t verb, const char *text, const char *code,
                     const char *code2, int own_format);
/* Lets verb block `verb` use pattern `pat` too (PETRARCH blocks share
 * their patterns among all the verbs of the block). */
void dict_verb_add_pattern_ref(dyad_dicts *d, uint32_t verb, uint32_t pat);
/* Creates or finds synset `name` ("&X"); adds a member phrase. */
uint32_t dict_synset(dyad_dicts *d, const char *name);
int dict_synset_add(dict_loader *ld, uint32_t syn, const char *member, int own_format);

/* Builds every synset's member index; called once all files are read. */
void dict_index_synsets(dyad_dicts *d);
/* The entries of v[0..n) (sorted by word) for word w: *found of them. */
const word_ref *dict_word_range(const word_ref *v, uint32_t n, uint32_t w, uint32_t *found);

/* The verb block a verb (base form, upper case) opens or belongs to, or NONE. */
uint32_t dict_verb_block(const dyad_dicts *d, const char *verb);
/* The class a code names: "190" is every 19x code, "010" every 01x. */
void dict_code_class(const char *code, char out[8]);
/* Appends a transformation (its strings are copied). */
void dict_add_transform(dyad_dicts *d, const transform *t);

/* "form rest", or "form" when rest is empty, into out[0..cap) (cut as
 * snprintf cuts): a verb form and the words after it ("STIR" "UP"). */
void dict_join_words(char *out, size_t cap, const char *form, const char *rest);

/* Splits "036:043" or "036" into code and code2; returns 0 or -1. */
int dict_split_code(const char *s, char code[8], char code2[8]);

/* What a phrase match must carry. */
enum { WANT_ACTOR = 1, WANT_AGENT = 2, WANT_VERB = 4, WANT_DISCARD = 8 };

struct token;
/* Longest dictionary phrase starting at token i of t[0..n) whose trie node
 * carries one of `want`.  Returns the node (and *end, one past its last
 * token) or NONE. */
uint32_t dict_match(const dyad_dicts *d, const struct token *t, uint32_t n, uint32_t i,
                    int want, uint32_t *end);
/* dict_match for two wants in one walk of the trie (the walk is the same
 * for any want): node[w] and end[w] for want[w]. */
void dict_match_two(const dyad_dicts *d, const struct token *t, uint32_t n, uint32_t i, const int want[2],
                    uint32_t node[2], uint32_t end[2]);

/* Whether the phrase of `node`, matched at tokens [i, end) of t[0..n), is
 * a discard there (see DISCARD_BETWEEN_BLANKS). */
int dict_discard_at(const dyad_dicts *d, uint32_t node, const struct token *t, uint32_t n, uint32_t i,
                    uint32_t end);

/* Gives a phrase that two people's entries list (d->homonyms) an actor
 * holding both's terms; see dict.c. */
void dict_merge_homonyms(dyad_dicts *d);
/* Resolves actor `a` for a date (yyyymmdd); NULL when it has no code then. */
const char *dict_actor_code(const dyad_dicts *d, uint32_t a, int32_t date);
/* Whether actor `a` is a person, whom a later "he" or "she" can mean: an
 * entry of our people*.dyad files; in foreign formats, an entry with dated
 * codes (people change office, countries do not). */
int dict_actor_is_person(const dyad_dicts *d, uint32_t a);
/* Notes that actor `actor` is named by `phrase` (its last word, when the
 * phrase has two or more). */
void dict_note_last_name(dyad_dicts *d, const char *phrase, uint32_t actor);
/* Sorts what dict_note_last_name noted; called once all files are read. */
void dict_sort_last_names(dyad_dicts *d);
/* The actors named by a phrase ending with word id w: *n of them. */
const word_ref *dict_last_name(const dyad_dicts *d, uint32_t w, uint32_t *n);

/* CAMEO table (dict/cameo.tsv).  Returns 0 or -1 with err set. */
int dict_load_cameo(dyad_dicts *d, const char *path, char *err, size_t errlen);
/* The folder holding dyad's data (dict/): $DYAD_DICT or the build's. */
const char *dict_data_dir(void);

/* Readers of the formats of the field and of dyad's own. */
int dict_read_petrarch_verbs(dict_loader *ld);
int dict_read_petrarch_actors(dict_loader *ld);
int dict_read_petrarch_agents(dict_loader *ld);
int dict_read_discards(dict_loader *ld);
int dict_read_own(dict_loader *ld);
/* Splits an own-format line "KIND CODES : phrases" in place (upper-cased,
 * comment removed): 1, or 0 for a blank line, -1 when it has no colon.
 * *acronyms (if not NULL) gets bit k set when phrase k was written as an
 * acronym, *proper (if not NULL) when it was written as a name of several
 * words ending in a capital. */
int own_split_line(char *line, char **kind, char **codes, char **phrases, uint64_t *acronyms, uint64_t *proper);

/* Regular verb inflections and WordNet's irregular ones. */
typedef void (*form_fn)(void *user, const char *form);
void inflect_verb(const char *base, form_fn fn, void *user);
void inflect_noun_plural(const char *base, char *out, size_t cap);
/* Irregular forms of `base` from WordNet's verb.exc (loaded once). */
void inflect_irregular(const char *base, form_fn fn, void *user);
int inflect_is_irregular_past(const char *form, size_t len);
/* An irregular past that is no verb's base form ("froze", not "found"). */
int inflect_is_past_only(const char *form, size_t len);
/* The file inflect_irregular reads: $DYAD_WORDNET_VERB_EXC or WordNet's. */
const char *inflect_exceptions_path(void);
#endif
