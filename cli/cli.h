/* cli.h — shared pieces of the dyad command-line tool.  Each subcommand
 * lives in its own file and only parses options and calls libdyad. */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H
#include "dyad.h"
#include <stdio.h>

#define MAX_DICT_FILES 32

/* Dictionary options common to code, validate and dict. */
typedef struct dict_options {
    const char *dir;
    const char *verbs[MAX_DICT_FILES], *actors[MAX_DICT_FILES], *agents[MAX_DICT_FILES];
    const char *discards[MAX_DICT_FILES], *own[MAX_DICT_FILES];
    int nv, nac, nag, nd, no;
} dict_options;

/* Consumes a dictionary option at argv[*i] (advancing *i past its value;
 * --no-cache has none and turns the cache off for the process);
 * returns 1 if it was one, 0 if not, -1 (said on stderr) on a missing value
 * or too many files. */
int dict_option(dict_options *o, int argc, char **argv, int *i);
/* Loads the selected dictionaries (default: dyad's own); prints the error
 * and returns NULL on failure. */
dyad_dicts *dict_options_load(const dict_options *o, const char *prog);
/* Help text for the dictionary options. */
extern const char dict_options_help[];

/* Whether arg is an option none of PROG's handlers took ("--bogus"; "-" is
 * standard input): said on stderr, for the caller to exit 2, rather than
 * read as a file name or skipped. */
int unknown_option(const char *arg, const char *prog);

/* Opens an input file ("-": standard input).  A file that cannot be opened,
 * or a directory (which fopen accepts on Linux but cannot be read), is
 * reported as "PROG: NAME: reason" and gives NULL. */
FILE *open_input(const char *name, const char *prog);

int cmd_code(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_times(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
#endif
