/* actors.h — actor mentions and actor groups of a parsed sentence. */
#ifndef DYAD_ACTORS_H
#define DYAD_ACTORS_H
#include "syntax/syntax.h"

/* Finds actor and agent mentions, combines them into actor groups (noun
 * phrases with their country, sector and compounds), resolves dated codes
 * by the story date, and flags discards.  Fills p->groups, p->group_at,
 * p->group_of and p->discard.  Run after syntax_parse. */
void actors_find(parse *p, arena *mem);

/* Splits a CAMEO actor code into country (ISO-3) and sector. */
void actor_code_parts(const char *code, char country[4], char sector[16]);
/* Whether a three-letter code is a sector of people (GOV, MIL, MED ...),
 * not a region of a country (PSE"GZA": Gaza). */
int actor_sector_known(const char *sector);
/* Whether the code's root is a region of several states ("EURGOV",
 * "AFR", "WST"): no state and no organisation. */
int actor_code_is_region(const char *code);
/* Whether a three-letter sector (or role) stands in the code after its
 * country: "RUSMED" has MED, "SOMREB" REB, "---MED" MED. */
int actor_code_has(const char *code, const char *piece);
/* Whether one code is the other with more pieces after it: IGOUNO and
 * IGOUNOMIL (or the two are the same). */
int actor_codes_nested(const char *a, const char *b);
/* Whether group g names a country or a region of one ("in Gaza City",
 * coded PSEGZA), not a body of people. */
int actor_group_is_place(const actor_group *g);
/* Whether tokens from k are the name of someone no dictionary knows ("met
 * Litvinenko in London"): capitalised words no actor group has taken (no
 * day or month, no city the gazetteer knows), ending a noun phrase (not
 * "Tornado reconnaissance planes", "Saddam's regime", "Maoist rebels").
 * Run after actors_find. */
int actors_unknown_person(const parse *p, uint32_t k);
/* The actor that owns, flags, leads or runs what token t names
 * ("US-owned", "US-led": USA), or NONE. */
uint32_t actors_owner_prefix(const dyad_dicts *d, const token *t);
/* Whether the name dictionary node `node` matched over tokens [i, end) is
 * one written with a capital at its end that the text lacks ("an Islamic
 * state"): actors_find then tries a shorter name from i, unless the
 * sentence is all capitals. */
int actors_may_shorten(const dyad_dicts *d, const token *t, uint32_t i, uint32_t node, uint32_t end);
/* What the mention of node over tokens [i, end) discards: 2 the story, 1
 * the sentence, 0 nothing (nor does a sea's name, "the Gulf of ..."). */
uint32_t actors_discard_kind(const dyad_dicts *d, const token *t, uint32_t n, uint32_t i, uint32_t node,
                             uint32_t end);
#endif
