/* schema.h — creating and checking the tables of an event store. */
#ifndef DYAD_STORE_SCHEMA_H
#define DYAD_STORE_SCHEMA_H

#include <stddef.h>
#include <sqlite3.h>

/* Creates the tables and indexes that are missing.  Returns 0, or -1 with a
 * message in err (also when the file holds a newer schema). */
int store_schema_create(sqlite3 *db, char *err, size_t errlen);

/* Checks that a database opened for reading is a store of this version. */
int store_schema_check(sqlite3 *db, char *err, size_t errlen);

#endif
