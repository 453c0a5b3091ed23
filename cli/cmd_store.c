/*
 * cmd_store.c — `dyad query` and `dyad plot`: options in, library calls
 * out (src/store).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"
#include "store_commands.h"

#define FILTER_HELP                                                                     \
    "Filters (all optional, combined with AND):\n"                                      \
    "  --source CODE      source actor code or prefix (RUS, RUSGOV)\n"                  \
    "  --target CODE      target actor code or prefix\n"                                \
    "  --dyad A:B         source A, target B: each a country (RUS) or a full code\n"    \
    "  --both             with --dyad: either direction\n"                              \
    "  --actor X          X on either side: a country or a full code\n"                 \
    "  --cameo CODE       CAMEO event code or prefix (04, 043)\n"                       \
    "  --quad N           quad class: 1 verbal coop., 2 material coop.,\n"              \
    "                     3 verbal conflict, 4 material conflict\n"                     \
    "  --plover NAME      PLOVER event type (CONSULT)\n"                                \
    "  --from DATE        events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)\n"      \
    "  --to DATE          events on or before DATE\n"                                   \
    "  --text WORDS       sentences containing WORDS (ASCII case ignored)\n"            \
    "  --dedup MODE       none (default); daily: one event per date, source,\n"         \
    "                     target and CAMEO code; group: duplicate groups with\n"        \
    "                     their mentions, stories and sources\n"

static const char query_usage[] =
    "usage: dyad query DB [options]\n"
    "Lists the events of an event store, or counts them.\n\n" FILTER_HELP
    "\nReports (default: list the events):\n"
    "  --by PERIOD        per day, week, month or year: events, Goldstein sum and\n"
    "                     mean, events of each quad class\n"
    "  --top-actors N     the N actors in most events\n"
    "  --top-dyads N      the N most frequent source-target pairs\n"
    "  --limit N          list at most N events\n"
    "  --format FMT       table (default), tsv, csv or jsonl\n";

static const char plot_usage[] =
    "usage: dyad plot DB [--dyad A:B [--both] | --actor X] [options] -o FILE\n"
    "Charts events per period, stacked by quad class, with the Goldstein sum.\n\n"
    FILTER_HELP
    "\nChart:\n"
    "  --by PERIOD        day, week, month (default) or year\n"
    "  -o, --output FILE  the chart: FILE.svg or FILE.png\n"
    "  --title TEXT       the title (default: says what is drawn)\n";

typedef struct store_args {
    const char *db;
    dyad_query query;
    dyad_table_format format;
    const char *output;
    const char *title;
    int help;
} store_args;

static int parse_count(const char *name, const char *value, long *out, char *err, size_t errlen)
{
    char *end;
    errno = 0;
    long n = value ? strtol(value, &end, 10) : 0;
    if (!value || errno || *end || n < 1) {
        snprintf(err, errlen, "--%s \"%s\": want a positive number", name, value ? value : "");
        return -1;
    }
    *out = n;
    return 0;
}

static int set_report(store_args *a, dyad_report report, const char *name, char *err,
                      size_t errlen)
{
    if (a->query.report != DYAD_REPORT_EVENTS) {
        snprintf(err, errlen, "--%s: choose one of --by, --top-actors, --top-dyads", name);
        return -1;
    }
    a->query.report = report;
    return 0;
}

static int set_period(store_args *a, const char *value, char *err, size_t errlen)
{
    if (!value || dyad_period_parse(value, &a->query.by) < 0) {
        snprintf(err, errlen, "--by \"%s\": want day, week, month or year", value ? value : "");
        return -1;
    }
    return 0;
}

/* The options both commands read besides the filters.  Returns the
 * arguments used (2: option and value), 0 for an unknown option, -1. */
static int report_option(store_args *a, const char *name, const char *value, char *err,
                         size_t errlen)
{
    int ok;
    if (!strcmp(name, "by"))
        ok = set_report(a, DYAD_REPORT_SERIES, name, err, errlen) == 0 &&
             set_period(a, value, err, errlen) == 0;
    else if (!strcmp(name, "top-actors"))
        ok = set_report(a, DYAD_REPORT_TOP_ACTORS, name, err, errlen) == 0 &&
             parse_count(name, value, &a->query.limit, err, errlen) == 0;
    else if (!strcmp(name, "top-dyads"))
        ok = set_report(a, DYAD_REPORT_TOP_DYADS, name, err, errlen) == 0 &&
             parse_count(name, value, &a->query.limit, err, errlen) == 0;
    else if (!strcmp(name, "limit"))
        ok = parse_count(name, value, &a->query.limit, err, errlen) == 0;
    else if (!strcmp(name, "format")) {
        ok = value && dyad_table_format_parse(value, &a->format) == 0;
        if (!ok)
            snprintf(err, errlen, "--format \"%s\": want table, tsv, csv or jsonl",
                     value ? value : "");
    } else if (!strcmp(name, "output") || !strcmp(name, "o"))
        ok = (a->output = value) != NULL;
    else if (!strcmp(name, "title"))
        ok = (a->title = value) != NULL;
    else
        return 0;
    if (!ok && !*err)
        snprintf(err, errlen, "--%s needs a value", name);
    return ok ? 2 : -1;
}

/* Reads one option at argv[i]; returns the arguments it used or -1. */
static int parse_option(store_args *a, int argc, char **argv, int i, char *err, size_t errlen)
{
    const char *arg = argv[i];
    char name[32];
    const char *eq = strchr(arg, '=');
    const char *start = arg + (arg[1] == '-' ? 2 : 1);
    size_t len = eq ? (size_t)(eq - start) : strlen(start);
    if (len >= sizeof name) {
        snprintf(err, errlen, "unknown option %s", arg);
        return -1;
    }
    memcpy(name, start, len);
    name[len] = 0;
    const char *value = eq ? eq + 1 : i + 1 < argc ? argv[i + 1] : NULL;
    int used = dyad_filter_option(&a->query.filter, name, value, err, errlen);
    if (used == 0)
        used = report_option(a, name, value, err, errlen);
    if (used == 0)
        snprintf(err, errlen, "unknown option %s", arg);
    if (used <= 0)
        return -1;
    if (eq && used == 1) {
        snprintf(err, errlen, "%s takes no value", name);
        return -1;
    }
    return eq ? 1 : used;
}

static int parse_args(int argc, char **argv, store_args *a, char *err, size_t errlen)
{
    for (int i = 1; i < argc;) {
        const char *arg = argv[i];
        if (!strcmp(arg, "-h") || !strcmp(arg, "--help")) {
            a->help = 1;
            return 0;
        }
        if (arg[0] == '-' && arg[1]) {
            int used = parse_option(a, argc, argv, i, err, errlen);
            if (used < 0)
                return -1;
            i += used;
            continue;
        }
        if (a->db) {
            snprintf(err, errlen, "one store at a time (got %s and %s)", a->db, arg);
            return -1;
        }
        a->db = argv[i++];
    }
    if (!a->db) {
        snprintf(err, errlen, "which store? (dyad %s DB ...)", argv[0]);
        return -1;
    }
    return 0;
}

/* Parses; returns -1 to go on, or the exit status to return at once. */
static int parse_or_help(int argc, char **argv, store_args *a, const char *usage)
{
    char err[256] = "";
    if (parse_args(argc, argv, a, err, sizeof err) < 0) {
        fprintf(stderr, "dyad %s: %s\n%s", argv[0], err, usage);
        return 2;
    }
    if (a->help) {
        fputs(usage, stdout);
        return 0;
    }
    return -1;
}

int cmd_query(int argc, char **argv)
{
    store_args a = {0};
    int status = parse_or_help(argc, argv, &a, query_usage);
    if (status >= 0)
        return status;
    if (a.output || a.title) {
        fprintf(stderr, "dyad query: -o and --title are options of dyad plot\n");
        return 2;
    }
    char err[512];
    long rows = dyad_query_run(a.db, &a.query, a.format, stdout, err, sizeof err);
    if (rows >= 0 && fflush(stdout) != 0) {
        snprintf(err, sizeof err, "cannot write the output: %s", strerror(errno));
        rows = -1;
    }
    if (rows < 0) {
        fprintf(stderr, "dyad query: %s\n", err);
        return 1;
    }
    return 0;
}

/* "Events per month, RUS -> AFG", "... RUS <-> AFG, 2015 to 2017",
 * "... involving RUS (one a day)". */
static void default_title(const store_args *a, char *title, size_t len)
{
    static const char *const period[] = {"", "day", "week", "month", "year"};
    const dyad_filter *f = &a->query.filter;
    char what[96] = "all events", when[48] = "";
    if (f->dyad) {
        const char *colon = strchr(f->dyad, ':');
        snprintf(what, sizeof what, "%.*s %s %s", (int)(colon - f->dyad), f->dyad,
                 f->both_directions ? "<->" : "->", colon + 1);
    } else if (f->actor) {
        snprintf(what, sizeof what, "involving %s", f->actor);
    }
    if (f->from || f->to)
        snprintf(when, sizeof when, ", %s to %s", f->from ? f->from : "start",
                 f->to ? f->to : "end");
    snprintf(title, len, "Events per %s, %s%s%s%s", period[a->query.by], what, when,
             f->dedup == DYAD_DEDUP_DAILY ? " (one a day)" : "",
             f->dedup == DYAD_DEDUP_GROUP ? " (duplicate groups)" : "");
}

int cmd_plot(int argc, char **argv)
{
    store_args a = {0};
    int status = parse_or_help(argc, argv, &a, plot_usage);
    if (status >= 0)
        return status;
    if (!a.output || a.query.report == DYAD_REPORT_TOP_ACTORS ||
        a.query.report == DYAD_REPORT_TOP_DYADS || a.query.limit) {
        fprintf(stderr, "dyad plot: %s\n%s",
                a.output ? "--top-actors, --top-dyads and --limit are options of dyad query"
                         : "where to? (-o chart.svg or -o chart.png)",
                plot_usage);
        return 2;
    }
    if (a.query.report != DYAD_REPORT_SERIES)
        a.query.by = DYAD_PERIOD_MONTH;
    char title[160], err[512];
    if (a.title)
        snprintf(title, sizeof title, "%s", a.title);
    else
        default_title(&a, title, sizeof title);
    dyad_series_point *points;
    long n = dyad_series_load(a.db, &a.query.filter, a.query.by, &points, err, sizeof err);
    int ok = n >= 0 && dyad_plot_series(a.output, title, points, n, err, sizeof err) == 0;
    free(points);
    if (!ok) {
        fprintf(stderr, "dyad plot: %s\n", err);
        return 1;
    }
    return 0;
}
