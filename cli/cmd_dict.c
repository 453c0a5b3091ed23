/* cmd_dict.c — `dyad dict`: lint dictionaries, look up phrases. */
#include "cli.h"
#include <stdio.h>
#include <string.h>

int cmd_dict(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("dyad dict: not yet available\n", stderr);
    return 2;
}
