/* cmd_code.c — `dyad code`: stories in, events out, counts on stderr.
 *
 * Exit status: 0 on success (rejected stories are reported, not fatal,
 * unless --strict), 1 when a story was rejected under --strict, 2 on a
 * usage or dictionary error, 3 on a write error.  The closing counts line
 * is written only when the whole output was written.  A reader that goes
 * away (`dyad code | head`) ends the run quietly, as SIGPIPE does. */
#include "cli.h"
#include "store/store.h"
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
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
          "  --threads N          code with N threads (1-64; output identical, in input order;\n"
          "                       with --db one thread writes the store)\n"
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

/* ------------------------------------------------------------ threads */

/* --threads N: stories are read in batches, coded by N coders at once,
 * each into its own memory stream (or, with --db, a copy of its events),
 * and written in input order, so the output is the same bytes, and the
 * store the same rows, as with one thread. */
#define BATCH 512

typedef struct job {
    dyad_story story;          /* owned copies of the reader's strings */
    char *id, *date, *text, *title, *source, *url;
    long n;                    /* events, or -1 (err) */
    char err[256];
    int sentences, country, country_coded, cut;
    char *out;                 /* the events, written */
    size_t out_len;
    unsigned long events;
    int failed;
    dyad_output_format fmt;
    FILE *mem;
    int keep;                  /* --db: keep the events themselves (kept_event) */
    int skip;                  /* --resume: the store already has the story */
    struct kept_event *kept;
    size_t n_kept, cap_kept;
} job;

/* An event with copies of the strings it points to in the coder's memory,
 * for a store written after the batch is coded.  ev.location and ev.attribution are pointed at
 * loc and attr (when set) only when it is written: the array moves as it
 * grows. */
typedef struct kept_event {
    dyad_event ev;
    dyad_location loc;
    dyad_attribution attr;
    char *strings[10];
    int n_strings;
} kept_event;

typedef struct pool {
    dyad_coder **coders;
    job *jobs;
    int n_jobs, n_threads, next;
    pthread_mutex_t lock;
} pool;

static char *copy_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void job_take(job *j, const dyad_story *s)
{
    memset(j, 0, sizeof *j);
    j->id = strdup(s->id);
    j->date = strdup(s->date);
    j->text = malloc(s->text_len + 1);
    if (!j->id || !j->date || !j->text)
        abort();
    memcpy(j->text, s->text, s->text_len + 1);
    j->title = copy_or_null(s->title);
    j->source = copy_or_null(s->source);
    j->url = copy_or_null(s->url);
    j->story = *s;
    j->story.id = j->id;
    j->story.date = j->date;
    j->story.text = j->text;
    j->story.title = j->title;
    j->story.source = j->source;
    j->story.url = j->url;
}

static const char *keep_string(kept_event *k, const char *s)
{
    if (!s)
        return NULL;
    char *copy = strdup(s);
    if (!copy)
        abort();
    k->strings[k->n_strings++] = copy;
    return copy;
}

static void keep_event(job *j, const dyad_event *ev)
{
    if (j->n_kept == j->cap_kept) {
        j->cap_kept = j->cap_kept ? 2 * j->cap_kept : 16;
        j->kept = realloc(j->kept, j->cap_kept * sizeof *j->kept);
        if (!j->kept)
            abort();
    }
    kept_event *k = &j->kept[j->n_kept++];
    memset(k, 0, sizeof *k);
    k->ev = *ev;
    k->ev.story = &j->story;
    k->ev.sentence_text = keep_string(k, ev->sentence_text);
    k->ev.date_text = keep_string(k, ev->date_text);
    k->ev.source.text = keep_string(k, ev->source.text);
    k->ev.target.text = keep_string(k, ev->target.text);
    k->ev.verb_text = keep_string(k, ev->verb_text);
    /* plover and pattern point into the dictionaries, which outlive the run. */
    if (ev->location) {
        k->loc = *ev->location;
        k->loc.name = keep_string(k, ev->location->name);
        k->loc.admin1 = keep_string(k, ev->location->admin1);
    }
    if (ev->attribution) {
        k->attr = *ev->attribution;
        k->attr.speaker = keep_string(k, ev->attribution->speaker);
        k->attr.speaker_code = keep_string(k, ev->attribution->speaker_code);
        k->attr.via = keep_string(k, ev->attribution->via);
        k->attr.via_code = keep_string(k, ev->attribution->via_code);
    }
}

static void job_free(job *j)
{
    for (size_t i = 0; i < j->n_kept; i++)
        for (int k = 0; k < j->kept[i].n_strings; k++)
            free(j->kept[i].strings[k]);
    free(j->kept);
    free(j->id);
    free(j->date);
    free(j->text);
    free(j->title);
    free(j->source);
    free(j->url);
    free(j->out);
}

static void on_job_event(void *user, const dyad_event *ev)
{
    job *j = user;
    if (j->keep)
        keep_event(j, ev);
    else if (dyad_write_event(j->mem, j->fmt, ev) < 0)
        j->failed = 1;
    j->events++;
}

static void code_job(dyad_coder *coder, job *j)
{
    if (j->skip)
        return;
    if (!j->keep && !(j->mem = open_memstream(&j->out, &j->out_len))) {
        j->failed = 1;
        return;
    }
    j->n = dyad_code_story(coder, &j->story, on_job_event, j, j->err, sizeof j->err);
    j->sentences = dyad_coder_sentences(coder);
    j->country = dyad_coder_country_sentences(coder);
    j->country_coded = dyad_coder_country_sentences_coded(coder);
    j->cut = dyad_coder_cut_sentences(coder);
    if (j->mem && fclose(j->mem) != 0)
        j->failed = 1;
}

static void *worker(void *arg)
{
    pool *pl = ((void **)arg)[0];
    dyad_coder *coder = ((void **)arg)[1];
    for (;;) {
        pthread_mutex_lock(&pl->lock);
        int i = pl->next++;
        pthread_mutex_unlock(&pl->lock);
        if (i >= pl->n_jobs)
            return NULL;
        code_job(coder, &pl->jobs[i]);
    }
}

static void run_batch(pool *pl)
{
    pthread_t th[64];
    void *args[64][2];
    pl->next = 0;
    for (int t = 0; t < pl->n_threads; t++) {
        args[t][0] = pl;
        args[t][1] = pl->coders[t];
        pthread_create(&th[t], NULL, worker, args[t]);
    }
    for (int t = 0; t < pl->n_threads; t++)
        pthread_join(th[t], NULL);
}

/* --db: a coded story into the store, as code_one() stores one. */
static void store_job(job *j, run_stats *st)
{
    if (dyad_store_begin_story(st->db, &j->story) < 0) {
        st->write_failed = 1;
        return;
    }
    for (size_t k = 0; k < j->n_kept && !st->write_failed; k++) {
        kept_event *e = &j->kept[k];
        if (e->ev.location)
            e->ev.location = &e->loc;
        if (e->ev.attribution)
            e->ev.attribution = &e->attr;
        if (dyad_store_add_event(st->db, &e->ev) < 0)
            st->write_failed = 1;
    }
    if (dyad_store_end_story(st->db) < 0)
        st->write_failed = 1;
}

/* Writes a coded batch in input order, with its messages and counts. */
static void flush_batch(pool *pl, const char *name, const dyad_limits *lim, run_stats *st)
{
    for (int i = 0; i < pl->n_jobs; i++) {
        job *j = &pl->jobs[i];
        st->stories++;
        if (j->skip) {
            st->skipped++;
            job_free(j);
            continue;
        }
        if (st->db && !st->write_failed)
            store_job(j, st);
        if (j->n < 0) {
            fprintf(stderr, "dyad: %s:%ld: story %s rejected: %s\n", name, j->story.line, j->id, j->err);
            st->rejected++;
        } else {
            st->sentences += (unsigned long)j->sentences;
            st->country_sentences += (unsigned long)j->country;
            st->country_sentences_coded += (unsigned long)j->country_coded;
            if (j->cut)
                fprintf(stderr, "dyad: %s:%ld: story %s: sentences longer than %zu tokens cut %d time%s "
                        "(--max-sentence-tokens)\n", name, j->story.line, j->id, lim->max_sentence_tokens,
                        j->cut, j->cut == 1 ? "" : "s");
            if (j->n > 0)
                st->coded++;
            else
                st->no_event++;
            st->events += j->events;
            if (!st->db && !st->write_failed
                && (j->failed || fwrite(j->out, 1, j->out_len, stdout) != j->out_len)) {
                st->write_failed = 1;
                st->write_errno = errno;
            }
        }
        job_free(j);
    }
    pl->n_jobs = 0;
}

static int code_file_threads(pool *pl, FILE *fp, const char *name, dyad_input_format fmt,
                             const dyad_limits *lim, run_stats *st)
{
    dyad_reader *r = dyad_reader_open(fp, name, fmt, lim, on_reject, NULL);
    if (!r)
        return -1;
    dyad_story s;
    int more = 1;
    while (more && !st->write_failed) {
        while (pl->n_jobs < BATCH && (more = dyad_reader_next(r, &s))) {
            job *j = &pl->jobs[pl->n_jobs++];
            job_take(j, &s);
            j->fmt = st->fmt;
            j->keep = st->db != NULL;
            j->skip = st->db && st->resume && dyad_store_has_story(st->db, s.id) == 1;
        }
        run_batch(pl);
        flush_batch(pl, name, lim, st);
    }
    unsigned long rej = dyad_reader_rejected(r);
    st->stories += rej;
    st->rejected += rej;
    dyad_reader_close(r);
    return 0;
}

/* Limits of the numeric options: far above any sane run, low enough that
 * the reader's line cap and the coder's arrays cannot overflow. */
#define MAX_STORY_BYTES (1ull << 30)
#define MAX_SENTENCE_TOKENS 1000000ull

/* A count option's value: digits only, 1..max ("10x", "2.5", "-1" and
 * overflowing values are errors, not 10, 2, or a huge number). */
static int count_value(const char *s, unsigned long long max, unsigned long long *out)
{
    if (!isdigit((unsigned char)s[0]))
        return 0;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v == 0 || v > max)
        return 0;
    *out = v;
    return 1;
}

/* What the options that take a value set. */
typedef struct code_options {
    dyad_input_format in_fmt;
    dyad_output_format fmt;
    dyad_limits lim;
    int threads;
    const char *db_path;
} code_options;

/* The options that take a value, and what each wants (said when the value
 * is missing or wrong). */
static const struct { const char *name, *want; } value_options[] = {
    {"--input-format", "auto, dated, jsonl, xml or tabari"},
    {"--format", "jsonl or tsv"},
    {"--max-story-bytes", "a whole number from 1 to 1073741824"},
    {"--max-sentence-tokens", "a whole number from 1 to 1000000"},
    {"--threads", "a whole number from 1 to 64"},
    {"--db", "a file name"},
};
enum { OPT_INPUT_FORMAT, OPT_FORMAT, OPT_STORY_BYTES, OPT_SENTENCE_TOKENS, OPT_THREADS, OPT_DB, N_VALUE_OPTIONS };

/* Sets value option k from v; 0 when v is not a value it takes. */
static int set_value(code_options *o, int k, const char *v)
{
    unsigned long long n;
    switch (k) {
    case OPT_INPUT_FORMAT: return parse_input_format(v, &o->in_fmt) == 0;
    case OPT_FORMAT:
        if (strcmp(v, "tsv") != 0 && strcmp(v, "jsonl") != 0)
            return 0;
        o->fmt = !strcmp(v, "tsv") ? DYAD_OUTPUT_TSV : DYAD_OUTPUT_JSONL;
        return 1;
    case OPT_STORY_BYTES:
        if (!count_value(v, MAX_STORY_BYTES, &n))
            return 0;
        o->lim.max_story_bytes = (size_t)n;
        return 1;
    case OPT_SENTENCE_TOKENS:
        if (!count_value(v, MAX_SENTENCE_TOKENS, &n))
            return 0;
        o->lim.max_sentence_tokens = (size_t)n;
        return 1;
    case OPT_THREADS:
        if (!count_value(v, 64, &n))
            return 0;
        o->threads = (int)n;
        return 1;
    default:
        o->db_path = v;
        return 1;
    }
}

/* Reads the value option at argv[*i], if it is one: 1 when set, 0 when
 * argv[*i] is no value option, -1 (said on stderr) when its value is
 * missing or wrong.  A missing value is named as such, not taken from the
 * next option or file ("--format in.txt" is a bad value, shown). */
static int value_option(code_options *o, int argc, char **argv, int *i)
{
    for (int k = 0; k < N_VALUE_OPTIONS; k++) {
        if (strcmp(argv[*i], value_options[k].name) != 0)
            continue;
        if (*i + 1 >= argc) {
            fprintf(stderr, "dyad code: %s needs a value: %s\n", argv[*i], value_options[k].want);
            return -1;
        }
        const char *v = argv[++*i];
        if (!set_value(o, k, v)) {
            fprintf(stderr, "dyad code: bad value for %s: \"%s\" (want %s)\n", argv[*i - 1], v,
                    value_options[k].want);
            return -1;
        }
        return 1;
    }
    return 0;
}

static int stdin_listed_twice(char **files, int nfiles)
{
    int dashes = 0;
    for (int k = 0; k < nfiles; k++)
        dashes += strcmp(files[k], "-") == 0;
    return dashes > 1;
}

int cmd_code(int argc, char **argv)
{
    dict_options dopt;
    memset(&dopt, 0, sizeof dopt);
    run_stats st;
    memset(&st, 0, sizeof st);
    code_options o = {DYAD_INPUT_AUTO, DYAD_OUTPUT_JSONL, {0, 0}, 1, NULL};
    dyad_limits_default(&o.lim);
    int strict = 0, quiet = 0, nfiles = 0, coverage = 0;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    for (int i = 1; i < argc; i++) {
        int r = dict_option(&dopt, argc, argv, &i);
        if (!r)
            r = value_option(&o, argc, argv, &i);
        if (r < 0) { free(files); return 2; }
        if (r) continue;
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); free(files); return 0; }
        else if (!strcmp(a, "--strict")) strict = 1;
        else if (!strcmp(a, "--quiet")) quiet = 1;
        else if (!strcmp(a, "--resume")) st.resume = 1;
        else if (!strcmp(a, "--coverage")) coverage = 1;
        else if (!strcmp(a, "--")) {
            /* Files after it, whatever their names ("-x.txt"). */
            while (++i < argc)
                files[nfiles++] = argv[i];
        } else if (unknown_option(a, "dyad code")) {
            usage(stderr);
            free(files);
            return 2;
        } else files[nfiles++] = argv[i];
    }
    if (stdin_listed_twice(files, nfiles)) {
        /* The second '-' read an input already at its end, without a word. */
        fputs("dyad code: standard input (-) given twice: it can be read once\n", stderr);
        free(files);
        return 2;
    }
    st.fmt = o.fmt;
    dyad_dicts *d = dict_options_load(&dopt, "dyad code");
    if (!d) { free(files); return 2; }
    if (o.db_path) {
        char err[512];
        st.db = dyad_store_open(o.db_path, err, sizeof err);
        if (!st.db) {
            fprintf(stderr, "dyad code: %s\n", err);
            dyad_dicts_free(d);
            free(files);
            return 2;
        }
    }
    dyad_coder *coder = dyad_coder_new(d, &o.lim);
    pool pl = {NULL, NULL, 0, o.threads, 0, PTHREAD_MUTEX_INITIALIZER};
    if (o.threads > 1) {
        pl.coders = calloc((size_t)o.threads, sizeof *pl.coders);
        pl.jobs = calloc(BATCH, sizeof *pl.jobs);
        pl.coders[0] = coder;
        for (int t = 1; t < o.threads; t++)
            pl.coders[t] = dyad_coder_new(d, &o.lim);
    }
    if (st.fmt == DYAD_OUTPUT_TSV && !st.db)
        dyad_write_tsv_header(stdout);
    int status = 0;
    for (int k = 0; k < (nfiles ? nfiles : 1) && !st.write_failed; k++) {
        const char *name = nfiles ? files[k] : "-";
        FILE *fp = open_input(name, "dyad code");
        if (!fp) {
            status = 2;
            continue;
        }
        if (o.threads > 1)
            code_file_threads(&pl, fp, name, o.in_fmt, &o.lim, &st);
        else
            code_file(coder, fp, name, o.in_fmt, &o.lim, &st);
        /* The reader reported the read error; the file was not read whole. */
        if (ferror(fp))
            status = 2;
        if (fp != stdin)
            fclose(fp);
    }
    for (int t = 1; t < o.threads; t++)
        dyad_coder_free(pl.coders[t]);
    free(pl.coders);
    free(pl.jobs);
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
        fprintf(stderr, "dyad: %lu stories already in %s were skipped (--resume)\n", st.skipped, o.db_path);
    dyad_store_close(st.db);
    dyad_coder_free(coder);
    dyad_dicts_free(d);
    free(files);
    return status;
}
