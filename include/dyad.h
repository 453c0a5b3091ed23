/*
 * dyad.h — public interface of libdyad, a political event coder.
 *
 * dyad reads dated news stories and writes events: who did what to whom,
 * when, where and who said so, coded in CAMEO (with the PLOVER equivalent).
 *
 * Pipeline (one folder of src/ per stage):
 *   read → sentences → tokens → syntax → actors → patterns → events
 *        → time, place, attrib → write
 *
 * Ownership: every pointer handed to a callback (stories, events, errors) is
 * borrowed and valid only during the call; copy what you keep.  Objects made
 * by a *_new / *_open / *_load function are freed by the matching *_free /
 * *_close.  Functions that can fail return NULL or a negative value and write
 * a one-line message into the caller's `err` buffer.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

/* ---------------------------------------------------------------- stories */

/* A story as read from input.  Strings are NUL-terminated UTF-8. */
typedef struct dyad_story {
    const char *id;      /* "<file>:<n>" for dated text, the record id otherwise */
    const char *date;    /* story date, "YYYY-MM-DD" */
    const char *text;    /* article text */
    size_t text_len;
    const char *title;   /* optional: NULL when absent */
    const char *source;  /* optional */
    const char *url;     /* optional */
    long line;           /* input line where the story starts (1-based) */
    /* Expected codings carried by validation records (PETRARCH XML); NULL
     * otherwise.  Each entry is "SOURCE TARGET CODE"; `expect_none` is set
     * when the record says it should yield no event. */
    const char *const *expected;
    size_t n_expected;
    int expect_none;
    /* Why the record's expected codings cannot be trusted (an <EventCoding>
     * with no eventcode, a TABARI group that is not { SRC / TGT / CODE }):
     * `dyad validate` reports the record instead of scoring it; NULL when
     * they can. */
    const char *expect_error;
    int evaluate;        /* validation records: 0 when the record is marked to skip */
} dyad_story;

typedef enum dyad_input_format {
    DYAD_INPUT_AUTO = 0,
    DYAD_INPUT_DATED,    /* "date YYYY-MM-DD" then text */
    DYAD_INPUT_JSONL,    /* {"id","date","text",...} per line */
    DYAD_INPUT_PETRXML,  /* PETRARCH <Sentence date id ...><Text> */
    DYAD_INPUT_TABARI    /* TABARI "YYMMDD ID" records, as in Validate.text */
} dyad_input_format;

/* Called for each rejected record: `where` is "<file>:<line>", `story_id`
 * may be NULL when no id could be read. */
typedef void (*dyad_error_fn)(void *user, const char *story_id, const char *where,
                              const char *message);

typedef struct dyad_reader dyad_reader;

typedef struct dyad_limits {
    size_t max_story_bytes;     /* a longer story is rejected (default 16 MiB) */
    size_t max_sentence_tokens; /* longer sentences are reported and cut into parts (default 400) */
} dyad_limits;

void dyad_limits_default(dyad_limits *lim);

/* Opens a reader over `fp` (not closed by the reader).  `name` is used in
 * story ids and messages.  With DYAD_INPUT_AUTO the format is detected from
 * the first non-blank bytes. */
dyad_reader *dyad_reader_open(FILE *fp, const char *name, dyad_input_format fmt,
                              const dyad_limits *lim, dyad_error_fn on_error, void *user);

/* Reads the next story into *story (valid until the next call).  Returns 1
 * for a story, 0 at end of input.  Rejected records are reported through
 * on_error and skipped; dyad_reader_rejected() counts them. */
int dyad_reader_next(dyad_reader *r, dyad_story *story);
unsigned long dyad_reader_rejected(const dyad_reader *r);
dyad_input_format dyad_reader_format(const dyad_reader *r);
void dyad_reader_close(dyad_reader *r);

/* ----------------------------------------------------------- dictionaries */

typedef struct dyad_dicts dyad_dicts;

/* Which files make up a dictionary set.  Lists are NULL-terminated.  Files
 * may be in PETRARCH, TABARI or dyad format; the format is detected. */
typedef struct dyad_dict_files {
    const char *const *verbs;
    const char *const *actors;
    const char *const *agents;
    const char *const *discards;
    const char *const *own;    /* dyad-format files (any mix of sections) */
} dyad_dict_files;

/* Loads a dictionary set.  On error returns NULL and writes "file:line:
 * message" into err. */
dyad_dicts *dyad_dicts_load(const dyad_dict_files *files, char *err, size_t errlen);

/* Finds the dictionary files in `dir`: dyad's own (*.dyad), or PETRARCH /
 * TABARI files named as they are upstream.  Returns NULL and sets err when
 * the folder holds no dictionary. */
dyad_dicts *dyad_dicts_load_dir(const char *dir, char *err, size_t errlen);

/* The default dictionaries (dict/ of the source tree, or $DYAD_DICT). */
dyad_dicts *dyad_dicts_load_default(char *err, size_t errlen);
void dyad_dicts_free(dyad_dicts *d);
/* Whether loads go through the compiled cache (an image of the tables
 * kept in $DYAD_CACHE_DIR, else $XDG_CACHE_HOME/dyad or ~/.cache/dyad,
 * and read instead of the text while the files are unchanged).  On by
 * default unless $DYAD_NO_CACHE is set (and not "0"); call before loading. */
void dyad_dicts_use_cache(int on);

/* ----------------------------------------------------------------- events */

typedef struct dyad_actor {
    char code[32];       /* full CAMEO actor code, e.g. "RUSGOV"; "" when none */
    char country[4];     /* ISO 3166-1 alpha-3 or "" (IGOs, unknown) */
    char sector[16];     /* "GOV", "MIL", "REB", ... or "" */
    const char *text;    /* words matched, borrowed */
} dyad_actor;

typedef struct dyad_location {
    const char *name;
    char country[4];
    const char *admin1;
    double lat, lon;
    long geonames_id;    /* 0 when unknown */
} dyad_location;

typedef struct dyad_attribution {
    const char *speaker;      /* words naming the speaker */
    const char *speaker_code; /* actor code or NULL */
    const char *via;          /* relaying medium ("TASS") or NULL */
    const char *via_code;
    int quoted;               /* 1 inside a direct quotation */
} dyad_attribution;

typedef struct dyad_event {
    const dyad_story *story;
    int sentence;              /* 1-based within the story */
    const char *sentence_text;
    char date[16];             /* event date, YYYY-MM-DD: from a time expression of
                                  the clause (the first day of a coarser period),
                                  else the story date */
    char date_value[32];       /* that expression's TIMEX3 value at its own
                                  precision ("2021-W42", "2021-09"), "" if none */
    const char *date_text;     /* words the date came from, or NULL */
    dyad_actor source;
    dyad_actor target;         /* target.code[0] == 0: no target */
    int has_target;
    char cameo[8];             /* "036", "0874" */
    int root;                  /* 1..20; 0 for a code outside CAMEO (foreign
                                  dictionaries have some, e.g. "025?") */
    int quad_class;            /* 1..4; 0 likewise */
    double goldstein;
    const char *plover;        /* PLOVER event type, e.g. "CONSULT" */
    const char *verb_text;     /* evidence: the verb words */
    const char *pattern;       /* evidence: the pattern that fired */
    const dyad_location *location;       /* NULL when none */
    const dyad_attribution *attribution; /* NULL when the narrator asserts it */
} dyad_event;

typedef void (*dyad_event_fn)(void *user, const dyad_event *ev);

/* ------------------------------------------------------------------ coder */

typedef struct dyad_coder dyad_coder;

/* A coder holds per-thread scratch memory; the dictionaries are shared and
 * must outlive it. */
dyad_coder *dyad_coder_new(const dyad_dicts *d, const dyad_limits *lim);
void dyad_coder_free(dyad_coder *c);

/* Codes one story, calling `emit` for each event in order.  Returns the
 * number of events, or -1 with a message in err for a story that cannot be
 * coded (bad date). */
long dyad_code_story(dyad_coder *c, const dyad_story *s, dyad_event_fn emit,
                     void *user, char *err, size_t errlen);

/* Resolves a phrase ("Russian Foreign Ministry spokeswoman Maria
 * Zakharova") to an actor code as of `date`, writing it into out.  Returns
 * out, or NULL when the phrase names no actor. */
const char *dyad_code_phrase(dyad_coder *c, const char *text, size_t len, const char *date, char *out,
                             size_t cap);

/* Counters of the last dyad_code_story call: sentences; sentences cut at
 * max_sentence_tokens (coded in parts; the caller reports them); sentences
 * that name a country (an actor with a country code); and of those,
 * sentences that gave at least one event. */
int dyad_coder_sentences(const dyad_coder *c);
int dyad_coder_cut_sentences(const dyad_coder *c);
int dyad_coder_country_sentences(const dyad_coder *c);
int dyad_coder_country_sentences_coded(const dyad_coder *c);

/* ---------------------------------------------------------------- writers */

typedef enum dyad_output_format {
    DYAD_OUTPUT_JSONL = 0,
    DYAD_OUTPUT_TSV
} dyad_output_format;

/* Writes the TSV header line. */
void dyad_write_tsv_header(FILE *out);
/* Writes one event as one line.  Returns 0, or -1 on a write error. */
int dyad_write_event(FILE *out, dyad_output_format fmt, const dyad_event *ev);

/* ------------------------------------------------------------------ CAMEO */

typedef struct dyad_cameo_info {
    const char *code;
    const char *name;
    int root;
    int quad_class;
    double goldstein;
    const char *plover;
} dyad_cameo_info;

/* Looks up an event code ("036") in the CAMEO table loaded with the
 * dictionaries; NULL when it is not a CAMEO code. */
const dyad_cameo_info *dyad_cameo_lookup(const dyad_dicts *d, const char *code);
size_t dyad_cameo_count(const dyad_dicts *d);
const dyad_cameo_info *dyad_cameo_at(const dyad_dicts *d, size_t i);

#ifdef __cplusplus
}
#endif
#endif
