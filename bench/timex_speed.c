/* timex_speed.c — throughput of dyad_timex_find on real wire copy.
 *
 * Reads every story of a JSON Lines file (default
 * ../shared/text/wire-stories.jsonl) into memory, then calls
 * dyad_timex_find once per paragraph (text between blank lines), as the
 * pipeline calls it once per sentence: short texts, many calls.  The pass
 * is repeated until it has run for at least a second; the best of three
 * such runs is printed as MB/s and calls/s, with the number of
 * expressions found as a check that two builds did the same work.
 *
 * Build and run (from the repository root):
 *   make build/libdyad.a
 *   cc -O2 -std=c11 -Iinclude -Isrc bench/timex_speed.c build/libdyad.a -o build/timex_speed -lpthread
 *   build/timex_speed [-once] [file.jsonl]
 * -once makes a single pass, for counting instructions with
 * `valgrind --tool=callgrind`: on a busy machine wall time is noisy. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include "dyad.h"
#include "time/timex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    const char *text;   /* points into the owning story's copy */
    size_t len;
    char date[11];
} paragraph;

typedef struct {
    paragraph *items;
    size_t n, cap;
    size_t bytes;
} corpus;

static int add_paragraph(corpus *c, const char *text, size_t len, const char *date)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 1024;
        paragraph *bigger = realloc(c->items, cap * sizeof *bigger);
        if (!bigger)
            return 0;
        c->items = bigger;
        c->cap = cap;
    }
    paragraph *p = &c->items[c->n++];
    p->text = text;
    p->len = len;
    snprintf(p->date, sizeof p->date, "%.10s", date);
    c->bytes += len;
    return 1;
}

/* Splits a private copy of the story text at blank lines. */
static int add_story(corpus *c, const dyad_story *s)
{
    char *copy = malloc(s->text_len + 1);
    if (!copy)
        return 0;
    memcpy(copy, s->text, s->text_len);
    copy[s->text_len] = '\0';
    const char *p = copy, *end = copy + s->text_len;
    while (p < end) {
        const char *blank = strstr(p, "\n\n");
        const char *stop = blank ? blank : end;
        if (stop > p && !add_paragraph(c, p, (size_t)(stop - p), s->date))
            return 0;
        p = blank ? blank + 2 : end;
    }
    return 1;
}

static int load(corpus *c, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return 0;
    dyad_reader *r = dyad_reader_open(fp, path, DYAD_INPUT_JSONL, NULL, NULL, NULL);
    dyad_story s;
    int ok = r != NULL;
    while (ok && dyad_reader_next(r, &s))
        ok = add_story(c, &s);
    if (r)
        dyad_reader_close(r);
    fclose(fp);
    return ok && c->n > 0;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One pass over every paragraph; returns the expressions found. */
static size_t pass(const corpus *c)
{
    dyad_timex out[64];
    size_t found = 0;
    for (size_t i = 0; i < c->n; i++)
        found += dyad_timex_find(c->items[i].text, c->items[i].len, c->items[i].date, out, 64);
    return found;
}

int main(int argc, char **argv)
{
    int once = argc > 1 && strcmp(argv[1], "-once") == 0;
    const char *path = argc > 1 + once ? argv[1 + once] : "../shared/text/wire-stories.jsonl";
    corpus c = {0};
    if (!load(&c, path)) {
        printf("skipped: cannot read %s\n", path);
        return 0;
    }
    double best = 0;
    size_t found = 0, passes = 0;
    if (once) {
        printf("%zu paragraphs, %zu expressions\n", c.n, pass(&c));
        return 0;
    }
    for (int run = 0; run < 3; run++) {
        double start = now_seconds(), elapsed;
        size_t n = 0;
        do {
            found = pass(&c);
            n++;
            elapsed = now_seconds() - start;
        } while (elapsed < 1.0);
        double per_pass = elapsed / (double)n;
        if (best == 0 || per_pass < best) {
            best = per_pass;
            passes = n;
        }
    }
    printf("%zu paragraphs, %.2f MB, %zu expressions per pass (%zu passes in the best run)\n",
           c.n, (double)c.bytes / 1e6, found, passes);
    printf("%.2f MB/s, %.0f calls/s, %.2f us per call\n", (double)c.bytes / 1e6 / best,
           (double)c.n / best, best / (double)c.n * 1e6);
    return 0;
}
