/* events.h — the event stage: coding one sentence into events. */
#ifndef DYAD_EVENTS_H
#define DYAD_EVENTS_H
#include "actors/actors.h"
#include "patterns/patterns.h"
#include "sentences/sentences.h"

typedef struct story_ctx {
    const dyad_dicts *d;
    const dyad_story *story;
    int32_t date;
    arena *mem;
    const dyad_limits *lim;
    dyad_event *events;
    size_t n_events, cap_events;
    int story_discarded;
    int debug;                 /* DYAD_DEBUG set: print each parse */
} story_ctx;

/* Codes tokens [first, last) as sentence number `no`, appending events. */
void code_sentence(story_ctx *ctx, token *t, size_t first, size_t last, int no);
#endif
