/*
 * store_commands.h — the subcommands over an event store, for cli/main.c.
 *
 * Each takes the arguments after "dyad" (argv[0] is the subcommand name),
 * prints --help, and returns the exit status: 0 success, 1 failure (the
 * store cannot be read, the chart cannot be written), 2 bad usage.
 */
#ifndef DYAD_STORE_COMMANDS_H
#define DYAD_STORE_COMMANDS_H

/* dyad query DB [filters] [--by PERIOD | --top-actors N | --top-dyads N] */
int cmd_query(int argc, char **argv);

/* dyad plot DB [--dyad A:B [--both] | --actor X] [filters] [--by PERIOD] -o FILE */
int cmd_plot(int argc, char **argv);

#endif
