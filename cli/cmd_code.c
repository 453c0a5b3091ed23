/* cmd_code.c — `dyad code`: stories in, events out, counts on stderr.
 *
 * Exit status: 0 on success (rejected stories are reported, not fatal,
 * unless --strict), 1 when a story was rejected under --strict, 2 on a
 * usage or dictionary error, 3 on a write error.  The closing counts line
 * is written only when the whole output was written.  A reader that goes
 * away (`dyad code | head`) ends the run quietly, as SIGPIPE does. */
#include "cli.h"
#include "store/store.h"
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

typedef struct run_stats {
    unsigned long stories, coded, no_event, rejected, sentences, events, skipped;
    unsigned long country_sentences, country_sentences_coded;
    int write_failed, write_errno;
    dyad_output_format fmt;
    dyad_store *db;          /* --db: events go to the store instead */
    int resume;              /* --resume: skip stories the store already has */
} run_stats;

static void on_event(void *user, const dyad_event *ev)
{
    run_stats *st = user;
    if (st->write_failed)
        return;
    if (st->db ? dyad_store_add_event(st->db, ev) < 0 : dyad_write_event(stdout, st->fmt, ev) < 0) {
        st->write_failed = 1;
        st->write_errno = errno;
    }
    st->events++;
}

/* Codes one story, inside its own store transaction with --db, so that a
 * killed run leaves every story fully stored or not at all. */
static long code_one(dyad_coder *coder, const dyad_story *s, run_stats *st, char *err, size_t errlen)
{
    if (!st->db)
        return dyad_code_story(coder, s, on_event, st, err, errlen);
    if (st->resume && dyad_store_has_story(st->db, s->id) == 1) {
        st->skipped++;
        return -2;
    }
    if (dyad_store_begin_story(st->db, s) < 0) {
        st->write_failed = 1;
        return 0;
    }
    long n = dyad_code_story(coder, s, on_event, st, err, errlen);
    if (dyad_store_end_story(st->db) < 0)
        st->write_failed = 1;
    return n;
}

static void on_reject(void *user, const char *story_id, const char *where, const char *message)
{
    (void)user;
    if (story_id)
        fprintf(stderr, "dyad: %s: story %s rejected: %s\n", where, story_id, message);
    else
        fprintf(stderr, "dyad: %s: record rejected: %s\n", where, message);
}

static void usage(FILE *out)
{
    fputs("usage: dyad code [options] [FILE...]   (no FILE or '-': standard input)\n\n"
          "  --input-format F     auto (default), dated, jsonl, xml, tabari\n"
          "  --format F           jsonl (default) or tsv\n"
          "  --max-story-bytes N  reject longer stories (default 16777216)\n"
          "  --max-sentence-tokens N  cut longer sentences (default 400)\n"
          "  --strict             exit 1 when any story was rejected\n"
          "  --db FILE            write stories and events into an SQLite event store\n"
          "                       (re-coding a story replaces its events; see docs/schema.md)\n"
          "  --resume             with --db: skip stories the store already holds\n"
          "  --quiet              no closing counts line\n"
          "  --coverage           also report how many sentences naming a country gave an event\n", out);
    fputs(dict_options_help, out);
}

static int parse_input_format(const char *s, dyad_input_format *f)
{
    static const char *const names[] = {"auto", "dated", "jsonl", "xml", "tabari"};
    for (int i = 0; i < 5; i++)
        if (!strcmp(s, names[i])) {
            *f = (dyad_input_format)i;
            return 0;
        }
    return -1;
}

static int code_file(dyad_coder *coder, FILE *fp, const char *name, dyad_input_format fmt,
                     const dyad_limits *lim, run_stats *st)
{
    dyad_reader *r = dyad_reader_open(fp, name, fmt, lim, on_reject, NULL);
    if (!r)
        return -1;
    dyad_story s;
    char err[256];
    while (!st->write_failed && dyad_reader_next(r, &s)) {
        st->stories++;
        long n = code_one(coder, &s, st, err, sizeof err);
        if (n == -2)
            continue;                 /* already in the store (--resume) */
        if (n < 0) {
            fprintf(stderr, "dyad: %s:%ld: story %s rejected: %s\n", name, s.line, s.id, err);
            st->rejected++;
            continue;
        }
        st->sentences += (unsigned long)dyad_coder_sentences(coder);
        st->country_sentences += (unsigned long)dyad_coder_country_sentences(coder);
        st->country_sentences_coded += (unsigned long)dyad_coder_country_sentences_coded(coder);
        int cut = dyad_coder_cut_sentences(coder);
        if (cut)
            fprintf(stderr, "dyad: %s:%ld: story %s: sentences longer than %zu tokens cut %d time%s "
                    "(--max-sentence-tokens)\n", name, s.line, s.id, lim->max_sentence_tokens, cut,
                    cut == 1 ? "" : "s");
        if (n > 0)
            st->coded++;
        else
            st->no_event++;
    }
    unsigned long rej = dyad_reader_rejected(r);
    st->stories += rej;
    st->rejected += rej;
    dyad_reader_close(r);
    return 0;
}

int cmd_code(int argc, char **argv)
{
    dict_options dopt;
    memset(&dopt, 0, sizeof dopt);
    dyad_input_format in_fmt = DYAD_INPUT_AUTO;
    run_stats st;
    memset(&st, 0, sizeof st);
    dyad_limits lim;
    dyad_limits_default(&lim);
    int strict = 0, quiet = 0, nfiles = 0, coverage = 0;
    const char *db_path = NULL;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    for (int i = 1; i < argc; i++) {
        int r = dict_option(&dopt, argc, argv, &i);
        if (r < 0) { free(files); return 2; }
        if (r) continue;
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); free(files); return 0; }
        else if (!strcmp(a, "--strict")) strict = 1;
        else if (!strcmp(a, "--quiet")) quiet = 1;
        else if (!strcmp(a, "--resume")) st.resume = 1;
        else if (!strcmp(a, "--coverage")) coverage = 1;
        else if (!strcmp(a, "--db") && val) { db_path = val; i++; }
        else if (!strcmp(a, "--input-format") && val && parse_input_format(val, &in_fmt) == 0) i++;
        else if (!strcmp(a, "--format") && val && (!strcmp(val, "jsonl") || !strcmp(val, "tsv"))) {
            st.fmt = !strcmp(val, "tsv") ? DYAD_OUTPUT_TSV : DYAD_OUTPUT_JSONL;
            i++;
        } else if (!strcmp(a, "--max-story-bytes") && val && atol(val) > 0) { lim.max_story_bytes = (size_t)atol(val); i++; }
        else if (!strcmp(a, "--max-sentence-tokens") && val && atol(val) > 0) { lim.max_sentence_tokens = (size_t)atol(val); i++; }
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad code: bad option or value: %s\n", a);
            usage(stderr);
            free(files);
            return 2;
        } else files[nfiles++] = argv[i];
    }
    dyad_dicts *d = dict_options_load(&dopt, "dyad code");
    if (!d) { free(files); return 2; }
    if (db_path) {
        char err[512];
        st.db = dyad_store_open(db_path, err, sizeof err);
        if (!st.db) {
            fprintf(stderr, "dyad code: %s\n", err);
            dyad_dicts_free(d);
            free(files);
            return 2;
        }
    }
    dyad_coder *coder = dyad_coder_new(d, &lim);
    if (st.fmt == DYAD_OUTPUT_TSV && !st.db)
        dyad_write_tsv_header(stdout);
    int status = 0;
    if (nfiles == 0)
        code_file(coder, stdin, "-", in_fmt, &lim, &st);
    for (int k = 0; k < nfiles && !st.write_failed; k++) {
        FILE *fp = strcmp(files[k], "-") ? fopen(files[k], "r") : stdin;
        if (!fp) {
            fprintf(stderr, "dyad code: %s: %s\n", files[k], strerror(errno));
            status = 2;
            continue;
        }
        code_file(coder, fp, files[k], in_fmt, &lim, &st);
        if (fp != stdin)
            fclose(fp);
    }
    if (!st.write_failed && (fflush(stdout) != 0 || ferror(stdout))) {
        st.write_failed = 1;
        st.write_errno = errno;
    }
    if (st.write_failed && !st.db && st.write_errno == EPIPE) {
        /* The reader went away (`dyad code | head`): end as a SIGPIPE would
         * have ended us, had the parent not ignored it — quietly. */
        signal(SIGPIPE, SIG_DFL);
        raise(SIGPIPE);
    }
    if (st.write_failed && st.db) {
        fprintf(stderr, "dyad code: error writing the event store: %s\n", dyad_store_error(st.db));
        status = 3;
    } else if (st.write_failed) {
        fprintf(stderr, "dyad code: error writing output: %s\n", strerror(st.write_errno));
        status = 3;
    } else if (!quiet)
        fprintf(stderr, "dyad: %lu stories read, %lu sentences, %lu events, %lu stories coded, "
                "%lu with no event, %lu rejected\n", st.stories, st.sentences, st.events, st.coded,
                st.no_event, st.rejected);
    if (!status && strict && st.rejected)
        status = 1;
    if (coverage && !st.write_failed)
        fprintf(stderr, "dyad: %lu sentences name a country, %lu of them (%.1f%%) gave an event\n",
                st.country_sentences, st.country_sentences_coded,
                st.country_sentences ? 100.0 * (double)st.country_sentences_coded / (double)st.country_sentences : 0.0);
    if (st.skipped && !quiet)
        fprintf(stderr, "dyad: %lu stories already in %s were skipped (--resume)\n", st.skipped, db_path);
    dyad_store_close(st.db);
    dyad_coder_free(coder);
    dyad_dicts_free(d);
    free(files);
    return status;
}
