/*
 * schema.c — the tables and indexes of an event store (docs/schema.md
 * explains every column), created on first open and checked on later ones.
 */
#include <stdio.h>

#include "store/schema.h"

/* Bump when a change makes older programs misread the file; a store made
 * by a newer program is refused rather than half understood. */
#define STORE_SCHEMA_VERSION 1

static const char schema_sql[] =
    "CREATE TABLE IF NOT EXISTS story ("
    " story_rowid INTEGER PRIMARY KEY,"
    " story_id TEXT NOT NULL UNIQUE,"
    " date TEXT NOT NULL,"
    " title TEXT, source TEXT, url TEXT,"
    " events INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE IF NOT EXISTS event ("
    " event_id INTEGER PRIMARY KEY,"
    " story_rowid INTEGER NOT NULL REFERENCES story(story_rowid),"
    " sentence INTEGER NOT NULL, sentence_text TEXT,"
    " date TEXT NOT NULL, date_text TEXT,"
    " source TEXT, source_country TEXT, source_sector TEXT, source_text TEXT,"
    " target TEXT, target_country TEXT, target_sector TEXT, target_text TEXT,"
    " cameo TEXT NOT NULL, root INTEGER NOT NULL, quad_class INTEGER NOT NULL,"
    " goldstein REAL NOT NULL, plover TEXT, verb_text TEXT, pattern TEXT,"
    " location TEXT, location_country TEXT, location_admin1 TEXT,"
    " lat REAL, lon REAL, geonames_id INTEGER,"
    " speaker TEXT, speaker_code TEXT, via TEXT, via_code TEXT, quoted INTEGER);"
    "CREATE TABLE IF NOT EXISTS actor ("
    " code TEXT PRIMARY KEY, country TEXT, sector TEXT, first_text TEXT"
    ") WITHOUT ROWID;"
    /* Replacing a story deletes its events by story_rowid. */
    "CREATE INDEX IF NOT EXISTS event_story ON event(story_rowid);"
    /* Date ranges and series over every event. */
    "CREATE INDEX IF NOT EXISTS event_date ON event(date);"
    /* Actor code prefixes (--source, --target, full codes in --dyad). */
    "CREATE INDEX IF NOT EXISTS event_source ON event(source, date);"
    "CREATE INDEX IF NOT EXISTS event_target ON event(target, date);"
    /* Country dyads: covers the whole monthly series of a dyad (date,
     * quad_class, goldstein) so it is read from the index alone. */
    "CREATE INDEX IF NOT EXISTS event_dyad ON event(source_country, target_country, date,"
    " quad_class, goldstein);"
    /* A country as target, for --actor and --dyad --both. */
    "CREATE INDEX IF NOT EXISTS event_target_country ON event(target_country, date,"
    " quad_class, goldstein);";

static int read_version(sqlite3 *db, int *version)
{
    sqlite3_stmt *stmt;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK)
        return -1;
    int rc = sqlite3_step(stmt);
    *version = rc == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    return rc == SQLITE_ROW ? 0 : -1;
}

/* The number of tables in the database, or -1. */
static int count_tables(sqlite3 *db)
{
    sqlite3_stmt *stmt;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'", -1, &stmt,
                           NULL) != SQLITE_OK)
        return -1;
    int n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return n;
}

int store_schema_create(sqlite3 *db, char *err, size_t errlen)
{
    int version;
    if (read_version(db, &version) < 0) {
        snprintf(err, errlen, "cannot read the schema version: %s", sqlite3_errmsg(db));
        return -1;
    }
    /* Version 0 with tables is another program's database: dyad's
     * tables and version stamp must not be written into it. */
    int tables = version == 0 ? count_tables(db) : 0;
    if (tables != 0) {
        snprintf(err, errlen, tables < 0 ? "cannot read the database: %s"
                                         : "not a dyad store: the database holds other tables (give a new file)",
                 sqlite3_errmsg(db));
        return -1;
    }
    if (version > STORE_SCHEMA_VERSION) {
        snprintf(err, errlen, "schema version %d is newer than this dyad's (%d)", version,
                 STORE_SCHEMA_VERSION);
        return -1;
    }
    char *msg = NULL;
    char version_sql[64];
    snprintf(version_sql, sizeof version_sql, "PRAGMA user_version = %d", STORE_SCHEMA_VERSION);
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &msg) != SQLITE_OK ||
        sqlite3_exec(db, schema_sql, NULL, NULL, &msg) != SQLITE_OK ||
        sqlite3_exec(db, version_sql, NULL, NULL, &msg) != SQLITE_OK ||
        sqlite3_exec(db, "COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(err, errlen, "cannot create the schema: %s", msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return 0;
}

int store_schema_check(sqlite3 *db, char *err, size_t errlen)
{
    int version;
    if (read_version(db, &version) < 0) {
        snprintf(err, errlen, "not a dyad store: %s", sqlite3_errmsg(db));
        return -1;
    }
    if (version != STORE_SCHEMA_VERSION) {
        snprintf(err, errlen, version ? "schema version %d, this dyad reads %d"
                                      : "not a dyad store (schema version %d, want %d)",
                 version, STORE_SCHEMA_VERSION);
        return -1;
    }
    return 0;
}
