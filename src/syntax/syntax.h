/* syntax.h — dyad's shallow parse of one sentence.
 *
 * The parse is what an event coder needs and no more: word classes from a
 * closed-class lexicon, actor groups (noun phrases naming actors, with
 * compounds), verb groups (auxiliaries, negation, voice), and for each verb
 * the span of its clause.  It is rule-based, in the tradition of TABARI's
 * shallow parser, and runs in time linear in the sentence; docs/syntax.md
 * records why (speed and measured accuracy against the alternatives). */
#ifndef DYAD_SYNTAX_H
#define DYAD_SYNTAX_H
#include "dict/dict.h"
#include "tokens/tokens.h"

enum word_class {
    WC_OTHER = 0,
    WC_DET,        /* the, a, this, its, their */
    WC_PREP,       /* of, in, with, by, to ... */
    WC_CONJ,       /* and, or, but */
    WC_SUBORD,     /* that, which, who, because, while, although ... */
    WC_AUX,        /* is, was, has, will, would, should, can ... */
    WC_NEG,        /* not, n't, never, no */
    WC_PRON,       /* he, she, it, they, we */
    WC_PUNCT,
    WC_REPORT,     /* said, says, told, added: reporting verbs */
    WC_ADV         /* also, however, reportedly, on Friday is handled apart */
};

#define MAX_GROUP_ACTORS 8

enum { NEG_NONE = 0, NEG_VERB, NEG_SCOPE };

typedef struct actor_ref {
    char code[24];        /* resolved code, e.g. RUSGOV */
    uint32_t first, last; /* tokens of the words that named it */
    uint8_t agent_repeats; /* the agent only repeats the name's own sector ("M23 rebels") */
} actor_ref;

typedef struct actor_group {
    uint32_t first, last;           /* token span [first, last) */
    actor_ref actors[MAX_GROUP_ACTORS];
    uint8_t n;                      /* number of actors (>1: compound) */
    uint8_t in_pp;                  /* object of a preposition */
    char agent[16];                 /* sector code of the group's agent, "" if none */
    uint8_t agent_first;            /* the agent came before the actor ("ambassadors of X") */
    uint8_t owner_pronoun;          /* "its government": an agent owned by a pronoun */
    uint8_t named_again;            /* NAMED_FORCE: "the attack" told before, its
                                       attacker; NAMED_ACT: "the proposal", its author */
    uint32_t prep;                  /* that preposition's token, or NONE */
} actor_group;

enum { MODAL_NONE, MODAL_FUTURE, MODAL_MAYBE };
enum { NAMED_NONE, NAMED_FORCE, NAMED_ACT };
enum { REDUCED_NONE, REDUCED_RELATIVE, REDUCED_APPOSITION };

typedef struct verb_group {
    uint32_t first;       /* first token of the verb group (aux, "to") */
    uint32_t verb;        /* the main verb's first token */
    uint32_t verb_end;    /* past the verb phrase (multi-word verbs) */
    uint32_t block;       /* verb block in the dictionary, or NONE */
    uint8_t passive, infinitive, finite, conjoined;
    uint8_t modal;        /* MODAL_FUTURE ("will meet"), MODAL_MAYBE ("could attack") */
    uint8_t negated;      /* NEG_NONE, NEG_VERB ("did not attack"), NEG_SCOPE ("no haste to") */
    uint8_t inherited;    /* the subject was taken from the governing verb */
    uint8_t reduced;      /* a participle modifying the noun before it
                             ("rebels backed by Turkey"; REDUCED_APPOSITION:
                             "Denmark, backed by the US,"): passive, and its
                             subject is that noun (set by the roles stage) */
    uint8_t guessed;      /* a verb the tagger took for a noun: its subject
                             must come right before it */
    uint8_t conditional;  /* in an "if"/"unless" clause: hypothetical */
    uint32_t left, right; /* clause span around the verb: [left, right) */
    uint32_t reach;       /* end of what its patterns may match: past a
                             "that" complement ("confirmed that preparations
                             for talks ..."), or short of the clause's end
                             before what its object does ("clashed with
                             protesters demanding jobs": the roles stage) */
    uint32_t objects_from; /* where its patterns' objects may begin when past
                             verb_end: past an inverted subject and its
                             apposition ("said Vranitzky, head of the
                             mission, after talks with Dini"); else 0 */
    int32_t subject;      /* actor group index or -1 */
} verb_group;

/* What the dictionaries name from each token of a sentence, when found
 * before the parse: deciding whether a sentence is worth parsing walks the
 * trie from its tokens, and the parse (verbs) and the actors (mentions)
 * would walk it again from the same tokens. */
#define WANT_MENTION (WANT_ACTOR | WANT_AGENT | WANT_DISCARD)
typedef struct token_match {
    uint8_t known;                  /* 0: not looked for (the rest unset) */
    uint32_t mention, mention_end;  /* dict_match for WANT_MENTION */
    uint32_t verb, verb_end;        /* dict_match for WANT_VERB */
} token_match;

typedef struct parse {
    const dyad_dicts *d;
    token *t;
    uint32_t n;
    int32_t date;          /* story date yyyymmdd */
    actor_group *groups;
    uint32_t n_groups, cap_groups;
    verb_group *verbs;
    uint32_t n_verbs, cap_verbs;
    int32_t *group_at;     /* token → actor group starting there, or -1 */
    int32_t *group_of;     /* token → actor group covering it, or -1 */
    uint32_t discard;      /* 1: sentence discard, 2: story discard */
    uint8_t *tags;         /* part-of-speech tag per token (tagger.h), or NULL
                              when no tagger model is installed */
    const uint8_t *named;  /* per token: a word of an actor or agent phrase
                              (tagged as a noun or adjective), or NULL */
    const token_match *matched;    /* per token, or NULL */
    int debug;             /* DYAD_DEBUG: the coder traces its decisions */
} parse;

/* Classifies a token (closed-class lexicon). */
int word_class_of(const token *t);
/* The same, given hash_bytes(t->up, t->len). */
int word_class_hashed(const token *t, uint64_t hash);

/* The dictionary ids of recently seen short words, with their stems: a
 * few thousand words make most of the news, and each look-up in the
 * vocabulary is a cache miss.  One per coder (thread); zeroed to start. */
#define WORD_CACHE_SLOTS 4096
#define WORD_CACHE_LEN 16
typedef struct word_cache_slot {
    char up[WORD_CACHE_LEN];
    uint8_t len, n_stem;             /* len 0: empty */
    uint32_t id, stem[3];
} word_cache_slot;

typedef struct word_cache {
    word_cache_slot slot[WORD_CACHE_SLOTS];
} word_cache;

/* Looks up dictionary ids for the tokens (exact word and stems); `cache`
 * may be NULL. */
void syntax_lookup_words(const dyad_dicts *d, token *t, uint32_t n, word_cache *cache);

/* Runs the shallow parse of t[0..n), tokens of `text` (the NUL-terminated
 * story text their offsets point into); memory from `mem`. */
void syntax_parse(parse *p, const dyad_dicts *d, const char *text, token *t, uint32_t n, int32_t date,
                  arena *mem);
/* The same, knowing which tokens are words of actor and agent phrases
 * (named[i] set, by syntax_mark_named; NULL: none known): the tagger gives
 * them noun or adjective tags, and none is a verb.  `matched` (or NULL):
 * the phrases found from each token already, kept in p->matched. */
void syntax_parse_named(parse *p, const dyad_dicts *d, const char *text, token *t, uint32_t n, int32_t date,
                        const uint8_t *named, const token_match *matched, arena *mem);
/* Whether t is a monarch's or pope's number ("Abdullah II"). */
int syntax_is_regnal_number(const token *t);
/* Marks the content words of the phrase t[first, end) in named[]. */
void syntax_mark_named(uint8_t *named, const token *t, uint32_t first, uint32_t end);

/* True when token i is a dictionary word `w` or an inflection of it. */
static inline int token_is_word(const dyad_dicts *d, const token *t, uint32_t w)
{
    return t->id == w || (t->id && d->base_of[t->id] == w);
}
/* An attack or an operation, its maker's act: "strikes", "raid". */
int syntax_is_attack_noun(const token *t);
/* A noun whose "that" clause is hearsay: "a report that", "claims that". */
int syntax_is_hearsay_noun(const token *t);
/* A form of "be" (or the "get" of "got killed"). */
int syntax_is_be(const token *t);
/* "Monday" ... "Sunday". */
int syntax_is_day_name(const token *t);
/* 1 to 12 for a month's name, whole or cut to its first three letters
 * ("Dec.", "Sep", and "Sept."); 0 for any other word ("Marc"). */
int syntax_month_number(const token *t);
/* Whether the sentence is a headline: no closing stop (nor an
 * abbreviation's full stop at its end). */
int syntax_is_headline(const parse *p);
/* "deny", "denied": what is denied that is not asserted. */
int syntax_is_denial(const token *t);
/* Whether vg is the verb of naming in a free relative: "what it called
 * aggression", "what he described as a provocation".  It tells no act;
 * what it names is the object of the verb before. */
int syntax_names_what(const parse *p, const verb_group *vg);
/* The pronoun right before vg ("they encountered") when no actor group
 * stands for it, or NULL. */
const token *syntax_bare_pronoun_before(const parse *p, const verb_group *vg);
/* The verb group whose verb phrase covers token i, or NULL. */
const verb_group *syntax_verb_at(const parse *p, uint32_t i);
/* The verb group whose first token (auxiliary or verb) is token i, or NULL. */
const verb_group *syntax_verb_starting(const parse *p, uint32_t i);
/* Whether token i lies in a verb phrase of the parse. */
int syntax_is_verb_at(const parse *p, uint32_t i);
/* Whether any token of [from, to) lies in a verb phrase. */
int syntax_verb_in(const parse *p, uint32_t from, uint32_t to);
/* Whether token i is a verb whose CAMEO code starts with one of `roots`
 * (NULL-terminated); `unknown` for a verb the dictionary does not code. */
int syntax_verb_code_in(const parse *p, uint32_t i, const char *const *roots, int unknown);
/* Whether tokens [first, last) lie inside parentheses: "(6.6 million US)",
 * "(Israeli)"; a clause steps over those, and what they name is no object. */
int syntax_in_parentheses(const parse *p, uint32_t first, uint32_t last);
/* "New sanctions against Iran were imposed by the EU", "Evidence against
 * Russia was presented by the US": in a finite passive whose subject opens
 * the clause and is no actor but a thing aimed at one (a noun, then
 * against/on/to/with/for and the actor, right before the verb group), the
 * group of that actor; else -1. */
int syntax_aimed_subject(const parse *p, const verb_group *vg);
/* Whether the token's folded form ends with s ("ING"). */
int token_ends_with(const token *t, const char *s);
#endif
