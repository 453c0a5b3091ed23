/* check.h — lint and statistics for dictionary files (`dyad dict check`).
 *
 * The loaders stop at the first syntax error and keep only what coding
 * needs, so the checker also reads the files itself, line by line, to
 * know where every phrase, code and pattern was written.  Findings name
 * file and line; errors make a dictionary wrong or ambiguous (bad syntax,
 * a phrase with two different codes, an event code outside CAMEO), warnings
 * make it redundant or dead (duplicates, patterns that never fire, unused
 * synsets). */
#ifndef DYAD_DICT_CHECK_H
#define DYAD_DICT_CHECK_H
#include "dict/dict.h"

#define CHECK_MAX_FILES 64

/* The files of one dictionary set, by role, as NULL-terminated lists. */
typedef struct dict_file_set {
    const char *verbs[CHECK_MAX_FILES], *actors[CHECK_MAX_FILES], *agents[CHECK_MAX_FILES];
    const char *discards[CHECK_MAX_FILES], *own[CHECK_MAX_FILES];
    int nv, nac, nag, nd, no;
    char *owned[5 * CHECK_MAX_FILES];   /* paths this set allocated */
    int n_owned;
} dict_file_set;

enum dict_role { ROLE_UNKNOWN, ROLE_OWN, ROLE_VERBS, ROLE_ACTORS, ROLE_AGENTS, ROLE_DISCARDS };

/* The role of a file from its name, as the folder loader decides it. */
enum dict_role dict_file_role(const char *path);
/* Adds a file in `role`; returns 0, or -1 when the list is full. */
int dict_file_set_add(dict_file_set *s, enum dict_role role, const char *path);
/* Adds the dictionary files of a folder, choosing them as
 * dyad_dicts_load_dir does (dyad's own files win over foreign ones).
 * Returns the number of files added, or -1 when the folder cannot be read. */
int dict_file_set_add_dir(dict_file_set *s, const char *dir);
void dict_file_set_free(dict_file_set *s);
/* The set as the loader's lists (pointers into s). */
dyad_dict_files dict_file_set_lists(const dict_file_set *s);

enum { FINDING_ERROR, FINDING_WARNING };

typedef struct dict_finding {
    const char *file;          /* "" for the set as a whole */
    long line;                 /* 0 when the finding has no line */
    int severity;
    int order;                 /* load order of the file, for sorting */
    char *message;
} dict_finding;

typedef struct dict_check_result {
    dyad_dicts *dicts;         /* the loaded set; NULL when it did not load */
    double load_ms;
    dict_finding *findings;    /* sorted by file (load order) and line */
    size_t n_findings, cap_findings;
    size_t n_errors, n_warnings;
} dict_check_result;

/* Loads the set and lints its files.  Returns 0, or -1 when out of memory
 * or the CAMEO table cannot be read (message in err). */
int dict_check(const dict_file_set *s, dict_check_result *r, char *err, size_t errlen);
void dict_check_result_free(dict_check_result *r);

/* "RUSGOV@2000-05-07..2008-05-07", "AFGGOV@2021-08-15..", "RUS": a dated
 * code as dyad's format writes it. */
void dict_code_text(const dated_code *dc, char *buf, size_t cap);

/* Coverage and size of a loaded set. */
typedef struct dict_stats {
    uint32_t cameo_total, cameo_covered;
    const char **missing;      /* CAMEO codes with no pattern or default */
    uint32_t n_missing;
    uint32_t actors, dated_actors, phrases, agents, verbs, patterns, synsets, discards, transforms;
} dict_stats;

void dict_stats_compute(const dyad_dicts *d, dict_stats *st);
void dict_stats_free(dict_stats *st);
#endif
