/*
 * dedup.c — the events a query counts, after query-time de-duplication.
 *
 * Many stories report the same event, and one story may repeat it.  The
 * store keeps every mention; a query chooses how to count them:
 *
 *   none   every stored event;
 *   daily  the "one-a-day" filter of the field: one event per (date,
 *          source, target, cameo), whatever the place or the story;
 *   group  duplicate groups in the manner of GDELT, which also tells events
 *          at different places apart: one row per (date, source, target,
 *          cameo, location), with `mentions` (events in the group, like
 *          NumMentions), `stories` (distinct stories, like NumArticles) and
 *          `sources` (distinct publishers, like NumSources).
 *
 * A group is represented by its first mention: the one of the story stored
 * first, and in it the first sentence.  Not the smallest event_id, which
 * changes when a story is re-coded; a story keeps its story_rowid.  SQLite
 * takes the bare columns of a min() aggregate from the row holding the
 * minimum; sentences are far below 2^20, so the key orders by story first.
 */
#include "store/store_internal.h"

#define EVENT_COLUMNS "e.date, e.source, e.target, e.cameo, e.quad_class, e.goldstein"
#define STORY_COLUMNS                                                           \
    ", e.story_rowid, s.story_id, e.sentence, e.plover, e.sentence_text, e.location," \
    " e.location_country"

static void add_from(store_sql *q, const dyad_filter *f, int with_story)
{
    store_sql_add(q, " FROM event e");
    if (with_story)
        store_sql_add(q, " JOIN story s ON s.story_rowid = e.story_rowid");
    store_sql_where(q, f);
}

void store_sql_events(store_sql *q, const dyad_filter *f, int with_story)
{
    /* Counting publishers needs the story table whatever the caller wants. */
    with_story |= f->dedup == DYAD_DEDUP_GROUP;
    store_sql_add(q, f->dedup == DYAD_DEDUP_NONE
                         ? "SELECT e.event_id AS event_id, "
                         : "SELECT min(e.story_rowid * 1048576 + e.sentence) AS first_mention,"
                           " e.event_id AS event_id, ");
    store_sql_add(q, EVENT_COLUMNS);
    if (with_story)
        store_sql_add(q, STORY_COLUMNS);
    switch (f->dedup) {
    case DYAD_DEDUP_NONE:
        store_sql_add(q, ", 1 AS mentions");
        add_from(q, f, with_story);
        break;
    case DYAD_DEDUP_DAILY:
        store_sql_add(q, ", count(*) AS mentions");
        add_from(q, f, with_story);
        store_sql_add(q, " GROUP BY e.date, e.source, e.target, e.cameo");
        break;
    case DYAD_DEDUP_GROUP:
        store_sql_add(q, ", count(*) AS mentions, count(DISTINCT e.story_rowid) AS stories,"
                         " count(DISTINCT s.source) AS sources");
        add_from(q, f, with_story);
        store_sql_add(q, " GROUP BY e.date, e.source, e.target, e.cameo, e.location,"
                         " e.location_country");
        break;
    }
}
