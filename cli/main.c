/* main.c — the dyad command: git-style subcommands over libdyad. */
#include "cli.h"
#include "store_commands.h"
#include <stdio.h>
#include <string.h>

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
    {"code", cmd_code, "code stories into CAMEO events (JSON Lines or TSV)"},
    {"validate", cmd_validate, "run a PETRARCH or TABARI validation file"},
    {"dict", cmd_dict, "check dictionaries, look up how a phrase resolves"},
    {"times", cmd_times, "time expressions of each story, normalised (TIMEX3)"},
    {"quotes", cmd_quotes, "quotations of each story with speaker and relaying medium"},
    {"query", cmd_query, "count, filter and aggregate events in an event store"},
    {"plot", cmd_plot, "chart events per period from an event store (SVG or PNG)"},
    {NULL, NULL, NULL}
};

static void print_usage(FILE *out)
{
    fputs("usage: dyad <command> [options] [files]\n\ncommands:\n", out);
    for (const command *c = commands; c->name; c++)
        fprintf(out, "  %-10s %s\n", c->name, c->summary);
    fputs("\n'dyad <command> --help' describes a command's options.\n", out);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_usage(stderr);
        return 2;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        print_usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("dyad %s\n", DYAD_VERSION);
        return 0;
    }
    for (const command *c = commands; c->name; c++)
        if (!strcmp(argv[1], c->name))
            return c->run(argc - 1, argv + 1);
    fprintf(stderr, "dyad: unknown command '%s'\n", argv[1]);
    print_usage(stderr);
    return 2;
}
