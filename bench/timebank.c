/* timebank.c — scores dyad_timex_find against TimeBank (TempEval-3 TBAQ).
 *
 * Each .tml document has a creation time (<DCT><TIMEX3 value="...">) and
 * gold <TIMEX3 type value> inside <TEXT>.  The tags are stripped to give
 * the plain text with gold offsets; dyad_timex_find runs on that text
 * against the DCT, and the scores follow TempEval-3: extent precision,
 * recall and F1, strict (same offsets) and relaxed (overlap); value and
 * type accuracy over relaxed matches; value F1 = relaxed F1 × accuracy.
 *
 * Build and run (from the repository root):
 *   cc -O2 -std=c11 -Iinclude -Isrc bench/timebank.c src/time/timex.c src/util/calendar.c \
 *      -o build/timebank -lpthread
 *   build/timebank [-v] [-split N] [../shared/validation/timebank]
 * The first N (default 150) documents in name order are the development
 * split, the rest the test split.  -v lists every miss, false alarm and
 * wrong value. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include "time/timex.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TB_MAX_TIMEX 1024

typedef struct {
    size_t gold, sys;          /* expressions in the gold data and found */
    size_t strict;             /* found with exactly the gold offsets */
    size_t relaxed;            /* found overlapping a gold one (one to one) */
    size_t value_ok, type_ok;  /* among the relaxed matches */
} tb_counts;

typedef struct {
    double strict_p, strict_r, strict_f1, relaxed_p, relaxed_r, relaxed_f1;
    double value_acc, value_f1, type_acc;
} tb_scores;

typedef struct {
    char *text;
    size_t len;
    char dct[16];
    dyad_timex gold[TB_MAX_TIMEX];
    size_t n_gold;
} tb_doc;

static char *tb_read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = realloc(buf, 2 * cap + 1);
            if (!bigger) { free(buf); buf = NULL; break; }
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(fp);
    if (buf) { buf[n] = '\0'; *len = n; }
    return buf;
}

/* Copies attribute `name`="..." of the tag starting at `tag` into out. */
static void tb_attribute(const char *tag, const char *tag_end, const char *name, char *out, size_t cap)
{
    size_t n = strlen(name);
    out[0] = '\0';
    for (const char *p = tag; p + n + 2 < tag_end; p++) {
        if (p[-1] == ' ' && strncmp(p, name, n) == 0 && p[n] == '=' && p[n + 1] == '"') {
            const char *v = p + n + 2, *e = strchr(v, '"');
            size_t len = e && e < tag_end ? (size_t)(e - v) : 0;
            if (len >= cap) len = cap - 1;
            memcpy(out, v, len);
            out[len] = '\0';
            return;
        }
    }
}

static int tb_type_code(const char *type)
{
    static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
    for (int i = 0; i < 4; i++)
        if (strcmp(type, names[i]) == 0)
            return i;
    return -1;
}

/* Strips the tags of <TEXT>…</TEXT> in place, decoding the five XML
 * entities, and records the gold TIMEX3 spans in plain-text offsets. */
static int tb_parse(char *file, tb_doc *doc)
{
    const char *dct = strstr(file, "<DCT>"), *text = strstr(file, "<TEXT>");
    const char *text_end = text ? strstr(text, "</TEXT>") : NULL;
    if (!dct || !text || !text_end)
        return 0;
    const char *dct_tag_end = strchr(dct, '>');
    dct_tag_end = dct_tag_end ? strchr(dct_tag_end + 1, '>') : NULL;
    if (!dct_tag_end)
        return 0;
    tb_attribute(dct + 5, dct_tag_end, "value", doc->dct, sizeof doc->dct);
    static const struct { const char *entity; char ch; } entities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    char *out = file;   /* the plain text overwrites the file from its start */
    size_t n = 0;
    doc->n_gold = 0;
    for (const char *p = text + 6; p < text_end;) {
        if (*p == '<') {
            const char *e = strchr(p, '>');
            if (!e) break;
            if (strncmp(p, "<TIMEX3", 7) == 0 && doc->n_gold < TB_MAX_TIMEX) {
                dyad_timex *g = &doc->gold[doc->n_gold];
                char type[16];
                tb_attribute(p, e, "type", type, sizeof type);
                tb_attribute(p, e, "value", g->value, sizeof g->value);
                g->type = tb_type_code(type);
                g->begin = n;
            } else if (strncmp(p, "</TIMEX3", 8) == 0 && doc->n_gold < TB_MAX_TIMEX) {
                doc->gold[doc->n_gold++].end = n;
            }
            p = e + 1;
            continue;
        }
        char ch = *p++;
        if (ch == '&')
            for (size_t i = 0; i < sizeof entities / sizeof entities[0]; i++) {
                size_t el = strlen(entities[i].entity);
                if (strncmp(p - 1, entities[i].entity, el) == 0) {
                    ch = entities[i].ch;
                    p += el - 1;
                    break;
                }
            }
        out[n++] = ch;
    }
    out[n] = '\0';
    doc->text = file;
    doc->len = n;
    return 1;
}

static int tb_overlap(const dyad_timex *a, const dyad_timex *b)
{
    return a->begin < b->end && b->begin < a->end;
}

static void tb_show(FILE *v, const char *what, const char *name, const tb_doc *doc, const dyad_timex *x, const char *other)
{
    fprintf(v, "%s\t%s:%zu\t%.*s\t%s\t%s\t%s\n", what, name, x->begin, (int)(x->end - x->begin), doc->text + x->begin,
            dyad_timex_type_name(x->type), x->value, other ? other : "");
}

/* Scores one document into `counts`; lists errors on `verbose`. */
static void tb_score_doc(const char *name, const tb_doc *doc, tb_counts *counts, FILE *verbose)
{
    static dyad_timex sys[TB_MAX_TIMEX];
    size_t n_sys = dyad_timex_find(doc->text, doc->len, doc->dct, sys, TB_MAX_TIMEX);
    if (n_sys > TB_MAX_TIMEX)
        n_sys = TB_MAX_TIMEX;
    char used[TB_MAX_TIMEX] = {0};
    counts->gold += doc->n_gold;
    counts->sys += n_sys;
    for (size_t i = 0; i < n_sys; i++) {
        size_t j = 0;
        while (j < doc->n_gold && (used[j] || !tb_overlap(&sys[i], &doc->gold[j])))
            j++;
        if (j == doc->n_gold) {
            if (verbose) tb_show(verbose, "FP", name, doc, &sys[i], doc->dct);
            continue;
        }
        const dyad_timex *g = &doc->gold[j];
        used[j] = 1;
        counts->relaxed++;
        counts->strict += g->begin == sys[i].begin && g->end == sys[i].end;
        counts->value_ok += strcmp(g->value, sys[i].value) == 0;
        counts->type_ok += g->type == sys[i].type;
        if (verbose && strcmp(g->value, sys[i].value) != 0) {
            char want[96];
            snprintf(want, sizeof want, "want %.*s = %s (dct %s)", (int)(g->end - g->begin),
                     doc->text + g->begin, g->value, doc->dct);
            tb_show(verbose, "VALUE", name, doc, &sys[i], want);
        } else if (verbose && (g->begin != sys[i].begin || g->end != sys[i].end)) {
            char want[96];
            snprintf(want, sizeof want, "want %.*s", (int)(g->end - g->begin), doc->text + g->begin);
            tb_show(verbose, "EXTENT", name, doc, &sys[i], want);
        }
    }
    for (size_t j = 0; verbose && j < doc->n_gold; j++)
        if (!used[j])
            tb_show(verbose, "FN", name, doc, &doc->gold[j], doc->dct);
}

static int tb_compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Scores the documents [first, last) of `dir` in name order.  Returns the
 * number of documents read, or -1 when the folder cannot be opened. */
static int timebank_run(const char *dir, size_t first, size_t last, tb_counts *counts, FILE *verbose)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    char *names[1024] = {NULL};
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d)) && n < 1024;) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".tml") == 0)
            if ((names[n] = strdup(e->d_name)) != NULL) n++;
    }
    closedir(d);
    qsort(names, n, sizeof names[0], tb_compare_names);
    memset(counts, 0, sizeof *counts);
    static tb_doc doc;
    int read = 0;
    for (size_t i = 0; i < n; i++) {
        if (i >= first && i < last) {
            char path[4096];
            size_t len;
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            char *file = tb_read_file(path, &len);
            if (file && tb_parse(file, &doc)) {
                tb_score_doc(names[i], &doc, counts, verbose);
                read++;
            }
            free(file);
        }
        free(names[i]);
    }
    return read;
}

static double tb_ratio(size_t a, size_t b) { return b ? (double)a / (double)b : 0.0; }
static double tb_f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

static tb_scores timebank_scores(const tb_counts *k)
{
    tb_scores s;
    s.strict_p = tb_ratio(k->strict, k->sys);
    s.strict_r = tb_ratio(k->strict, k->gold);
    s.strict_f1 = tb_f1(s.strict_p, s.strict_r);
    s.relaxed_p = tb_ratio(k->relaxed, k->sys);
    s.relaxed_r = tb_ratio(k->relaxed, k->gold);
    s.relaxed_f1 = tb_f1(s.relaxed_p, s.relaxed_r);
    s.value_acc = tb_ratio(k->value_ok, k->relaxed);
    s.type_acc = tb_ratio(k->type_ok, k->relaxed);
    s.value_f1 = s.relaxed_f1 * s.value_acc;
    return s;
}

#ifndef TIMEBANK_NO_MAIN
static void tb_print(const char *label, int docs, const tb_counts *k)
{
    tb_scores s = timebank_scores(k);
    printf("%-5s %3d docs %4zu gold %4zu found | strict P %5.1f R %5.1f F1 %5.1f | "
           "relaxed P %5.1f R %5.1f F1 %5.1f | value acc %5.1f F1 %5.1f | type acc %5.1f\n",
           label, docs, k->gold, k->sys, 100 * s.strict_p, 100 * s.strict_r, 100 * s.strict_f1,
           100 * s.relaxed_p, 100 * s.relaxed_r, 100 * s.relaxed_f1, 100 * s.value_acc,
           100 * s.value_f1, 100 * s.type_acc);
}

int main(int argc, char **argv)
{
    const char *dir = "../shared/validation/timebank";
    size_t split = 150;
    FILE *verbose = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0) verbose = stdout;
        else if (strcmp(argv[i], "-split") == 0 && i + 1 < argc) split = (size_t)atol(argv[++i]);
        else dir = argv[i];
    }
    tb_counts dev, test, all;
    int n_dev = timebank_run(dir, 0, split, &dev, verbose);
    if (n_dev < 0) {
        fprintf(stderr, "timebank: cannot open %s\n", dir);
        return 1;
    }
    int n_test = timebank_run(dir, split, (size_t)-1, &test, NULL);
    int n_all = timebank_run(dir, 0, (size_t)-1, &all, NULL);
    tb_print("dev", n_dev, &dev);
    tb_print("test", n_test, &test);
    tb_print("all", n_all, &all);
    return 0;
}
#endif
