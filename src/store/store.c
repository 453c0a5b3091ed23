/*
 * store.c — writes coded stories into the SQLite event store.
 *
 * Each story is a savepoint inside a transaction that holds up to
 * STORIES_PER_COMMIT whole stories: the story row, the deletion of the
 * events of an earlier coding and the new events go in together or not at
 * all.  A run killed mid-story therefore leaves no partial story (it loses
 * at most the stories since the last commit, whole, and a resumed run codes
 * them again), and re-coding a story id replaces its events instead of
 * adding to them.  Committing every story alone cost a third of the coding
 * time on wire copy, where most stories have one event or none.
 *
 * WAL with synchronous=NORMAL: a commit appends to the WAL without an
 * fsync, which is what makes a transaction per story affordable (see the
 * figures in docs/schema.md).  A killed process loses nothing it committed;
 * only a power cut may lose the last commits, and never half a story.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/schema.h"
#include "store/store_internal.h"

#define STORIES_PER_COMMIT 200

enum statement {
    STMT_BEGIN,
    STMT_COMMIT,
    STMT_ROLLBACK,
    STMT_SAVEPOINT,
    STMT_RELEASE,
    STMT_ROLLBACK_TO,
    STMT_UPSERT_STORY,
    STMT_DELETE_EVENTS,
    STMT_INSERT_EVENT,
    STMT_INSERT_ACTOR,
    STMT_COUNT_EVENTS,
    STMT_HAS_STORY,
    STMT_COUNT
};

static const char *const statement_sql[STMT_COUNT] = {
    [STMT_BEGIN] = "BEGIN IMMEDIATE",
    [STMT_COMMIT] = "COMMIT",
    [STMT_ROLLBACK] = "ROLLBACK",
    [STMT_SAVEPOINT] = "SAVEPOINT story",
    [STMT_RELEASE] = "RELEASE story",
    [STMT_ROLLBACK_TO] = "ROLLBACK TO story",
    /* Keeps story_rowid of an earlier coding, so its old events are found
     * by it and deleted. */
    [STMT_UPSERT_STORY] =
        "INSERT INTO story(story_id, date, title, source, url) VALUES(?1, ?2, ?3, ?4, ?5)"
        " ON CONFLICT(story_id) DO UPDATE SET date = excluded.date, title = excluded.title,"
        " source = excluded.source, url = excluded.url, events = 0"
        " RETURNING story_rowid",
    [STMT_DELETE_EVENTS] = "DELETE FROM event WHERE story_rowid = ?1",
    [STMT_INSERT_EVENT] =
        "INSERT INTO event(story_rowid, sentence, sentence_text, date, date_text,"
        " source, source_country, source_sector, source_text,"
        " target, target_country, target_sector, target_text,"
        " cameo, root, quad_class, goldstein, plover, verb_text, pattern,"
        " location, location_country, location_admin1, lat, lon, geonames_id,"
        " speaker, speaker_code, via, via_code, quoted)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
        " ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)",
    [STMT_INSERT_ACTOR] = ("INSERT INTO actor(code, country, sector, first_text)"
                           " VALUES(?1, ?2, ?3, ?4) ON CONFLICT(code) DO NOTHING"),
    [STMT_COUNT_EVENTS] = "UPDATE story SET events = ?2 WHERE story_rowid = ?1",
    [STMT_HAS_STORY] = "SELECT 1 FROM story WHERE story_id = ?1",
};

struct dyad_store {
    sqlite3 *db;
    sqlite3_stmt *stmt[STMT_COUNT];
    sqlite3_int64 story_rowid;
    long story_events;
    int in_story;
    int story_failed;        /* rolled back already; end_story reports it */
    int in_batch;            /* a transaction is open */
    int batch_stories;       /* stories written in it */
    char story_id[128];      /* for messages */
    char error[512];
};

static void set_error(dyad_store *st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->error, sizeof st->error, fmt, ap);
    va_end(ap);
}

/* Runs a statement that returns no row we need, and resets it. */
static int run(dyad_store *st, enum statement which)
{
    sqlite3_stmt *stmt = st->stmt[which];
    int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : -1;
}

/* WAL + synchronous=NORMAL: see the top of this file.  A 64 MiB page cache
 * keeps the index pages a story touches in memory, and a WAL of up to 10000
 * pages before a checkpoint copies a page written by many stories back to
 * the database once instead of many times (about 15% faster writes). */
static const char pragmas[] = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                              " PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000;";

static int configure(sqlite3 *db, char *err, size_t errlen)
{
    char *msg = NULL;
    sqlite3_busy_timeout(db, 5000);
    if (sqlite3_exec(db, pragmas, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(err, errlen, "cannot set WAL mode: %s", msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static int prepare_all(dyad_store *st, char *err, size_t errlen)
{
    for (int i = 0; i < STMT_COUNT; i++) {
        if (sqlite3_prepare_v3(st->db, statement_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                               &st->stmt[i], NULL) != SQLITE_OK) {
            snprintf(err, errlen, "cannot prepare \"%.40s...\": %s", statement_sql[i],
                     sqlite3_errmsg(st->db));
            return -1;
        }
    }
    return 0;
}

dyad_store *dyad_store_open(const char *path, char *err, size_t errlen)
{
    dyad_store *st = calloc(1, sizeof *st);
    if (!st) {
        snprintf(err, errlen, "%s: out of memory", path);
        return NULL;
    }
    char why[400] = "";
    if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        snprintf(why, sizeof why, "%s", st->db ? sqlite3_errmsg(st->db) : "out of memory");
    } else if (configure(st->db, why, sizeof why) == 0 &&
               store_schema_create(st->db, why, sizeof why) == 0 &&
               prepare_all(st, why, sizeof why) == 0) {
        return st;
    }
    snprintf(err, errlen, "%s: %s", path, why);
    dyad_store_close(st);
    return NULL;
}

static void bind_text(sqlite3_stmt *stmt, int i, const char *s)
{
    /* Every bound string outlives the step that reads it, so SQLite need
     * not copy it.  Empty strings mean "none" in dyad_event: store NULL. */
    if (s && *s)
        sqlite3_bind_text(stmt, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(stmt, i);
}

/* Rolls the story back at once, so nothing of it can be committed later;
 * the stories before it in the transaction stay. */
static void fail_story(dyad_store *st)
{
    run(st, STMT_ROLLBACK_TO);
    run(st, STMT_RELEASE);
    st->story_failed = 1;
}

static int commit_batch(dyad_store *st)
{
    if (!st->in_batch)
        return 0;
    st->in_batch = 0;
    st->batch_stories = 0;
    if (run(st, STMT_COMMIT) < 0) {
        set_error(st, "cannot commit: %s", sqlite3_errmsg(st->db));
        run(st, STMT_ROLLBACK);
        return -1;
    }
    return 0;
}

static void abort_story(dyad_store *st, const char *what)
{
    set_error(st, "story %s: %s: %s", st->story_id, what, sqlite3_errmsg(st->db));
    fail_story(st);
}

static int upsert_story(dyad_store *st, const dyad_story *story)
{
    sqlite3_stmt *stmt = st->stmt[STMT_UPSERT_STORY];
    bind_text(stmt, 1, story->id);
    bind_text(stmt, 2, story->date);
    bind_text(stmt, 3, story->title);
    bind_text(stmt, 4, story->source);
    bind_text(stmt, 5, story->url);
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        st->story_rowid = sqlite3_column_int64(stmt, 0);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return rc == SQLITE_ROW ? 0 : -1;
}

int dyad_store_begin_story(dyad_store *st, const dyad_story *story)
{
    if (st->in_story) {
        set_error(st, "story %s: begun before story %s was ended", story->id, st->story_id);
        return -1;
    }
    int y, m, d;
    if (!story->id || !*story->id || !story->date || store_date_parse(story->date, &y, &m, &d)) {
        set_error(st, "story %s: needs an id and a YYYY-MM-DD date (got \"%s\")",
                  story->id ? story->id : "(no id)", story->date ? story->date : "");
        return -1;
    }
    snprintf(st->story_id, sizeof st->story_id, "%s", story->id);
    st->story_events = 0;
    st->story_failed = 0;
    if (!st->in_batch) {
        if (run(st, STMT_BEGIN) < 0) {
            set_error(st, "story %s: cannot begin: %s", st->story_id, sqlite3_errmsg(st->db));
            return -1;
        }
        st->in_batch = 1;
    }
    if (run(st, STMT_SAVEPOINT) < 0) {
        set_error(st, "story %s: cannot begin: %s", st->story_id, sqlite3_errmsg(st->db));
        return -1;
    }
    st->in_story = 1;
    if (upsert_story(st, story) < 0) {
        abort_story(st, "cannot write the story");
        return -1;
    }
    sqlite3_bind_int64(st->stmt[STMT_DELETE_EVENTS], 1, st->story_rowid);
    if (run(st, STMT_DELETE_EVENTS) < 0) {
        abort_story(st, "cannot remove the events of the earlier coding");
        return -1;
    }
    return 0;
}

/* Binds source (first = 6) or target (first = 10): code, country, sector,
 * words. */
static void bind_actor(sqlite3_stmt *stmt, int first, const dyad_actor *a)
{
    bind_text(stmt, first, a->code);
    bind_text(stmt, first + 1, a->country);
    bind_text(stmt, first + 2, a->sector);
    bind_text(stmt, first + 3, a->text);
}

static void bind_location(sqlite3_stmt *stmt, const dyad_location *loc)
{
    if (!loc)
        return;     /* cleared bindings are NULL */
    bind_text(stmt, 21, loc->name);
    bind_text(stmt, 22, loc->country);
    bind_text(stmt, 23, loc->admin1);
    sqlite3_bind_double(stmt, 24, loc->lat);
    sqlite3_bind_double(stmt, 25, loc->lon);
    if (loc->geonames_id)
        sqlite3_bind_int64(stmt, 26, loc->geonames_id);
}

static void bind_attribution(sqlite3_stmt *stmt, const dyad_attribution *at)
{
    if (!at)
        return;
    bind_text(stmt, 27, at->speaker);
    bind_text(stmt, 28, at->speaker_code);
    bind_text(stmt, 29, at->via);
    bind_text(stmt, 30, at->via_code);
    sqlite3_bind_int(stmt, 31, at->quoted);
}

static int insert_event(dyad_store *st, const dyad_event *ev)
{
    sqlite3_stmt *stmt = st->stmt[STMT_INSERT_EVENT];
    sqlite3_bind_int64(stmt, 1, st->story_rowid);
    sqlite3_bind_int(stmt, 2, ev->sentence);
    bind_text(stmt, 3, ev->sentence_text);
    bind_text(stmt, 4, ev->date);
    bind_text(stmt, 5, ev->date_text);
    bind_actor(stmt, 6, &ev->source);
    if (ev->has_target)
        bind_actor(stmt, 10, &ev->target);
    bind_text(stmt, 14, ev->cameo);
    sqlite3_bind_int(stmt, 15, ev->root);
    sqlite3_bind_int(stmt, 16, ev->quad_class);
    sqlite3_bind_double(stmt, 17, ev->goldstein);
    bind_text(stmt, 18, ev->plover);
    bind_text(stmt, 19, ev->verb_text);
    bind_text(stmt, 20, ev->pattern);
    bind_location(stmt, ev->location);
    bind_attribution(stmt, ev->attribution);
    return run(st, STMT_INSERT_EVENT);
}

/* The actor table is a catalogue of every code seen, with the words it was
 * first seen as; an existing code is left as it is. */
static int insert_actor(dyad_store *st, const dyad_actor *a)
{
    if (!a->code[0])
        return 0;
    sqlite3_stmt *stmt = st->stmt[STMT_INSERT_ACTOR];
    bind_text(stmt, 1, a->code);
    bind_text(stmt, 2, a->country);
    bind_text(stmt, 3, a->sector);
    bind_text(stmt, 4, a->text);
    return run(st, STMT_INSERT_ACTOR);
}

static int check_event(dyad_store *st, const dyad_event *ev)
{
    int y, m, d;
    if (store_date_parse(ev->date, &y, &m, &d) < 0) {
        set_error(st, "story %s, sentence %d: event date \"%s\" is not YYYY-MM-DD",
                  st->story_id, ev->sentence, ev->date);
        return -1;
    }
    if (!ev->cameo[0]) {
        set_error(st, "story %s, sentence %d: event without a CAMEO code", st->story_id,
                  ev->sentence);
        return -1;
    }
    return 0;
}

int dyad_store_add_event(dyad_store *st, const dyad_event *ev)
{
    if (!st->in_story) {
        set_error(st, "event added outside a story");
        return -1;
    }
    if (st->story_failed)
        return -1;
    if (check_event(st, ev) < 0) {
        fail_story(st);
        return -1;
    }
    if (insert_event(st, ev) < 0) {
        abort_story(st, "cannot write an event");
        return -1;
    }
    if (insert_actor(st, &ev->source) < 0 ||
        (ev->has_target && insert_actor(st, &ev->target) < 0)) {
        abort_story(st, "cannot write an actor");
        return -1;
    }
    st->story_events++;
    return 0;
}

int dyad_store_end_story(dyad_store *st)
{
    if (!st->in_story) {
        set_error(st, "story ended without being begun");
        return -1;
    }
    st->in_story = 0;
    if (st->story_failed)
        return -1;
    sqlite3_bind_int64(st->stmt[STMT_COUNT_EVENTS], 1, st->story_rowid);
    sqlite3_bind_int64(st->stmt[STMT_COUNT_EVENTS], 2, st->story_events);
    if (run(st, STMT_COUNT_EVENTS) < 0) {
        abort_story(st, "cannot count the events");
        return -1;
    }
    if (run(st, STMT_RELEASE) < 0) {
        abort_story(st, "cannot finish");
        return -1;
    }
    if (++st->batch_stories >= STORIES_PER_COMMIT)
        return commit_batch(st);
    return 0;
}

int dyad_store_has_story(dyad_store *st, const char *story_id)
{
    sqlite3_stmt *stmt = st->stmt[STMT_HAS_STORY];
    bind_text(stmt, 1, story_id);
    int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        set_error(st, "story %s: cannot look it up: %s", story_id, sqlite3_errmsg(st->db));
        return -1;
    }
    return rc == SQLITE_ROW;
}

const char *dyad_store_error(const dyad_store *st)
{
    return st->error;
}

void dyad_store_close(dyad_store *st)
{
    if (!st)
        return;
    if (st->in_story && !st->story_failed) {
        run(st, STMT_ROLLBACK_TO);
        run(st, STMT_RELEASE);
    }
    commit_batch(st);
    for (int i = 0; i < STMT_COUNT; i++)
        sqlite3_finalize(st->stmt[i]);
    sqlite3_close(st->db);
    free(st);
}
