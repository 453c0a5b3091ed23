/* events.h — the event stage: coding one sentence into events. */
#ifndef DYAD_EVENTS_H
#define DYAD_EVENTS_H
#include "actors/actors.h"
#include "patterns/patterns.h"
#include "sentences/sentences.h"
#include "attrib/quotes.h"
#include "time/timex.h"

typedef struct story_ctx {
    const dyad_dicts *d;
    const dyad_story *story;
    int32_t date;
    arena *mem;                /* the story's: tokens, events and their strings */
    arena *scratch;            /* the sentence's: its parse; reset per sentence */
    const dyad_limits *lim;
    dyad_event *events;
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
    const char *countries[32]; /* countries named so far: place context */
    size_t n_countries;
    int country_sentences;     /* sentences naming a country */
    int country_sentences_coded;  /* ... that gave an event */
} story_ctx;

/* context.c: when, where and who said so. */
void context_story(story_ctx *ctx);
void context_event(story_ctx *ctx, const parse *p, const verb_group *vg, dyad_event *ev);
void context_note_countries(story_ctx *ctx, const parse *p);
/* The actor code of the speaker of the quotation holding byte `at`, or NULL. */
const char *context_speaker_code(story_ctx *ctx, size_t at);

/* Codes tokens [first, last) as sentence number `no`, appending events. */
void code_sentence(story_ctx *ctx, token *t, size_t first, size_t last, int no);
#endif
