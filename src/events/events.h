/* events.h — the event stage: coding one sentence into events. */
#ifndef DYAD_EVENTS_H
#define DYAD_EVENTS_H
#include "actors/actors.h"
#include "patterns/patterns.h"
#include "sentences/sentences.h"
#include "attrib/quotes.h"
#include "place/gazetteer.h"
#include "time/timex.h"

typedef struct story_ctx {
    const dyad_dicts *d;
    const dyad_story *story;
    int32_t date;
    arena *mem;                /* the story's: tokens, events and their strings */
    arena *scratch;            /* the sentence's: its parse; reset per sentence */
    word_cache *words;         /* the coder's (syntax_lookup_words) */
    const dyad_limits *lim;
    dyad_event *events;        /* malloc'd, the coder's (kept across stories) */
    size_t n_events, cap_events;
    int story_discarded;
    int debug;                 /* DYAD_DEBUG set: print each parse */
    token *tokens;             /* the whole story's tokens */
    size_t n_tokens;
    dyad_timex *timex;         /* time expressions of the story */
    size_t n_timex;
    size_t timex_sentence;     /* 1 + offset of the sentence timex[] holds, 0: none */
    dyad_quote *quotes;        /* direct quotations of the story */
    size_t n_quotes;
    dyad_place dateline;       /* the place of the story's dateline ... */
    int has_dateline;          /* ... when it has one: where "here" is */
    const char *countries[32]; /* countries named so far: place context */
    size_t n_countries;
    int country_sentences;     /* sentences naming a country */
    int country_sentences_coded;  /* ... that gave an event */
    char last_person[24];      /* code of the last person named: a sentence's "He" */
    char he_before[24];        /* last_person as the sentence being coded began:
                                  whom its opening "He" and its "he said" mean */
    int last_person_sentence;  /* the sentence that named last_person (or opened
                                  with "He" for them) */
    int he_before_sentence;    /* ... as the sentence being coded began */
    int persons_named;         /* people the sentence being coded names */
    size_t sentence_begin;     /* where the sentence being coded begins ... */
    size_t previous_begin;     /* ... and the one before it (0,0: none yet) */
    char last_opener[24];      /* a country or organisation opening the sentence
                                  before: the next one's opening "It" */
    char last_armed[24];       /* the last armed group named ("Hamas") ... */
    int last_armed_sentence;   /* ... in this sentence: "The group said" soon after */
    char last_force[24];       /* who used force in the last event of force with a
                                  known source ... */
    int last_force_sentence;   /* ... in this sentence: "condemned the attack" soon after */
    char last_author[24];      /* the actor that opened the last sentence opened by
                                  one ... */
    int last_author_sentence;  /* ... this one: "rejected the proposal" soon after */
    int sentence_no;           /* the sentence being coded (from 1) */
    char pair[2][24];          /* the two countries of the last event between two
                                  ("" when none yet): "the two sides" */
    /* People the story has named in full ("Hu Jintao"), whom a later title
     * and one of the names ("President Hu") or the last name alone mean. */
    struct named_person {
        char first[24], last[24]; /* upper-case first and last word */
        char before_last[24];     /* the word before the last ("Abu" Rudeineh) */
        char code[24];            /* "" once two people share a word */
    } named[16];
    size_t n_named;
    /* Titles the story has put before a person's name ("King Abdullah",
     * "Foreign Minister Li Zhaoxing"): a later bare "the king" is that
     * person, unless the story gave the title to two people. */
    struct titled_person {
        char title[24];           /* "KING", "FOREIGN MINISTER" */
        char code[24];            /* "" once two people hold it */
    } titled[8];
    size_t n_titled;
    /* For each kind of state body or speaker for one (ministry, government,
     * embassy, minister, official, spokesman): the country of those of that kind the
     * story has named so far ("the Turkish Foreign Ministry condemned"), and
     * how many countries that is, up to two.  Whom a later bare "the
     * ministry said" speaks for, when it is one. */
    struct official_kind {
        char country[4];
        int countries;
    } officials[6];
    /* People the story has named after a title the dictionaries code but
     * whom they do not know ("Iraqi Interior Minister Bayan Baqer Sulagh":
     * IRQGOV), whose first or last name alone may later be a speaker
     * ("Sulagh said", "Zhao said"). */
    struct titled_name {
        char first[24], last[24]; /* upper case */
        char code[24];            /* "" once two codes share a word */
    } titled_names[16];
    size_t n_titled_names;
} story_ctx;

/* context.c: when, where and who said so. */
void context_story(story_ctx *ctx);
/* dated_by: the verb whose time is the event's (vg, or the verb of a
 * statement about vg's act: "agreed to resume talks in January" is dated
 * by "agreed") */
void context_event(story_ctx *ctx, const parse *p, const verb_group *vg, const verb_group *dated_by,
                   dyad_event *ev);
void context_note_countries(story_ctx *ctx, const parse *p);
/* Notes the country of an actor code (none for an IGO or a bare agent). */
void context_note_country(story_ctx *ctx, const char *code);
/* A reporting verb: "said", "told", "announced". */
int reporting_word(const token *t);
/* dyad_place_find over text[begin, end) of the story, with the countries it
 * has named; 0 when the span is empty. */
int context_find_place(story_ctx *ctx, size_t begin, size_t end, dyad_place *out, size_t *pb, size_t *pe);
/* The place a name (name[0, len)) means, of the story's countries first. */
int context_lookup_place(const story_ctx *ctx, const char *name, size_t len, dyad_place *out);
/* The country of the place named after "in", "at", "near" in the clause
 * of vg; 0 when none is. */
int context_clause_country(story_ctx *ctx, const parse *p, const verb_group *vg, char country[4]);
/* Notes the countries of the state bodies and their spokesmen the sentence
 * of p names, as actors or as its speaker (after its events are coded). */
void context_note_officials(story_ctx *ctx, const parse *p);
/* The actor code of the speaker of the quotation holding byte `at`, or NULL. */
const char *context_speaker_code(story_ctx *ctx, size_t at);

/* roles.c: the subject of every verb of a parse, and the object of one.
 * `code` is the verb's code ("01x" statements address only what comes right
 * after the verb); passive_agent asks for the "by" phrase instead. */
void resolve_subjects(parse *p);
/* Whether group g is where, not whom: "in Zurich", "at the summit". */
int place_object(const parse *p, const actor_group *g);
/* "attacked a ship off the coast of Yemen", "off Malta": the sea off a
 * country is where, and no one's. */
int offshore(const parse *p, const actor_group *g);
/* Whether group g opens a "with" clause ("with both leaders expressing"). */
int absolute_with(const parse *p, const verb_group *vg, const actor_group *g);
/* Whether token i is "her" before a word of a noun phrase ("her Chinese
 * counterpart"), a possessive rather than an object. */
int possessive_her(const parse *p, uint32_t i);
/* Whether group g names a person of the dictionaries (whom "he" or "she"
 * can mean, and "it" cannot). */
int names_person(const parse *p, const actor_group *g);
/* The actor group opening the sentence of p (at its first word, or after
 * "the"), not a preposition's object; NULL when none does. */
const actor_group *opening_group(const parse *p);
/* Whether a tag may be in a run of verbs ("had", "not", "to", "would"). */
int verb_chain_tag(uint8_t tag);
/* The state hosting an unnamed envoy group ("the ambassador to Japan"), or -1. */
int32_t envoy_host(const parse *p, const actor_group *envoy);
int32_t find_object(const parse *p, const verb_group *vg, int passive_agent, const char *code);
/* Verbs of saying whose direct object is the one told ("told", "briefed"). */
int tells_addressee(const token *t);
/* "in front of Bush", "on the sidelines of the summit", "on behalf of the
 * donors": whether group g is in a phrase of "of" that says where, why or
 * for whom, not to whom. */
int circumstance_of(const parse *p, const actor_group *g);
/* "told visiting Romanian Foreign Minister X": "visiting" before a title
 * is an adjective, not a visit (a visit takes a place: "visiting Moscow"). */
int visiting_title(const parse *p, const verb_group *vg);
/* "a resolution condemning Israel": whether vg is an -ing form right after
 * a written document (which says what the participle tells). */
int document_participle(const parse *p, const verb_group *vg);
/* The first token, past "the", of what an attack named between the
 * subject of vg and its verb was "on" or "against" ("a Russian missile
 * strike on the city of Dnipro killed": "city"), or 0. */
uint32_t attacked_before(const parse *p, const verb_group *vg);
/* Whether verb v is the infinitive of a visit before it ("visited Beijing
 * to attend the summit"): the visitor does it. */
int visit_purpose(const parse *p, uint32_t v);
/* Whether t names weapons or war craft ("missiles", "drones", "warships"):
 * things, though the dictionaries make them their senders' military. */
int arms_word(const token *t);

/* compose.c: a negated act's code (0 when a negated act codes nothing), the
 * intent version of an infinitive's code (NULL to keep it), and whether an
 * actor stands between a verb and the infinitive it governs. */
int negate_code(char *code, char *code2);
const char *intent_code(const char *lower);
const char *appeal_code(const char *lower);
const char *demand_code(const char *lower);
const char *accusation_code(const char *act);
const char *threat_code(const char *lower);
int object_between(const parse *p, const verb_group *upper, const verb_group *lower, int places_too);
/* Whether the actors between them are all after "to": whom what is
 * offered goes to ("promised aid to Pakistan to help the victims"), or
 * after "of" or "from" an invitation or a call (its author), not one asked
 * to do the infinitive's act. */
int recipients_between(const parse *p, const verb_group *upper, const verb_group *lower);
/* Whether a clause of its own stands between them ("said Ukraine was ready
 * to sign": "said" governs no "sign"). */
int clause_between(const parse *p, const verb_group *upper, const verb_group *lower);

/* Codes tokens [first, last) as sentence number `no`, appending events. */
void code_sentence(story_ctx *ctx, token *t, size_t first, size_t last, int no);
#endif
