/* cmd_text.c — `dyad times` and `dyad quotes`: the time expressions and
 * the quotations of each story, as JSON Lines, without event coding. */
#include "cli.h"
#include "attrib/quotes.h"
#include "time/timex.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void json_text(FILE *out, const char *s, size_t n)
{
    putc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            putc(c, out);
    }
    putc('"', out);
}

static void on_reject(void *user, const char *story_id, const char *where, const char *message)
{
    (void)user;
    fprintf(stderr, "dyad: %s: story %s rejected: %s\n", where, story_id ? story_id : "-", message);
}

static void print_times(const dyad_story *s)
{
    dyad_timex buf[256];
    size_t n = dyad_timex_find(s->text, s->text_len, s->date, buf, 256);
    for (size_t i = 0; i < n && i < 256; i++) {
        fputs("{\"story_id\":", stdout);
        json_text(stdout, s->id, strlen(s->id));
        fputs(",\"text\":", stdout);
        json_text(stdout, s->text + buf[i].begin, buf[i].end - buf[i].begin);
        printf(",\"begin\":%zu,\"end\":%zu,\"type\":\"%s\",\"value\":", buf[i].begin, buf[i].end,
               dyad_timex_type_name(buf[i].type));
        json_text(stdout, buf[i].value, strlen(buf[i].value));
        fputs("}\n", stdout);
    }
}

static void span_or_null(const dyad_story *s, size_t b, size_t e)
{
    if (e > b)
        json_text(stdout, s->text + b, e - b);
    else
        fputs("null", stdout);
}

/* The actor code of a speaker, by the dictionaries: code the phrase as a
 * one-sentence story and take the first actor group. */
static const char *speaker_code(dyad_coder *coder, const dyad_story *s, size_t b, size_t e, char *out,
                                size_t cap)
{
    return dyad_code_phrase(coder, s->text + b, e - b, s->date, out, cap);
}

static void print_quotes(dyad_coder *coder, const dyad_story *s)
{
    dyad_quote buf[256];
    size_t n = dyad_quotes_find(s->text, s->text_len, buf, 256);
    for (size_t i = 0; i < n; i++) {
        const dyad_quote *q = &buf[i];
        char code[32];
        fputs("{\"story_id\":", stdout);
        json_text(stdout, s->id, strlen(s->id));
        fputs(",\"quote\":", stdout);
        json_text(stdout, s->text + q->begin, q->end - q->begin);
        printf(",\"begin\":%zu,\"end\":%zu,\"speaker\":", q->begin, q->end);
        span_or_null(s, q->speaker_begin, q->speaker_end);
        fputs(",\"speaker_code\":", stdout);
        const char *c = q->speaker_end > q->speaker_begin
            ? speaker_code(coder, s, q->speaker_begin, q->speaker_end, code, sizeof code) : NULL;
        if (c)
            json_text(stdout, c, strlen(c));
        else
            fputs("null", stdout);
        fputs(",\"via\":", stdout);
        span_or_null(s, q->via_begin, q->via_end);
        fputs("}\n", stdout);
    }
}

static int run(int argc, char **argv, int quotes)
{
    dict_options dopt;
    memset(&dopt, 0, sizeof dopt);
    int nfiles = 0, status = 0;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    for (int i = 1; i < argc; i++) {
        int r = dict_option(&dopt, argc, argv, &i);
        if (r < 0) { free(files); return 2; }
        if (r) continue;
        if (!strcmp(argv[i], "--help")) {
            printf("usage: dyad %s [options] [FILE...]\n\n%s", quotes ? "quotes" : "times",
                   quotes ? "Prints each quotation as JSON Lines: story_id, quote, begin, end (byte offsets\n"
                            "into the story text), speaker, speaker_code, via.\n\n"
                          : "Prints each time expression as JSON Lines: story_id, text, begin, end (byte\n"
                            "offsets into the story text), type (DATE, TIME, DURATION, SET), value (TIMEX3).\n");
            if (quotes)
                fputs(dict_options_help, stdout);
            free(files);
            return 0;
        }
        if (unknown_option(argv[i], quotes ? "dyad quotes" : "dyad times")) {
            free(files);
            return 2;
        }
        files[nfiles++] = argv[i];
    }
    dyad_dicts *d = quotes ? dict_options_load(&dopt, "dyad quotes") : NULL;
    if (quotes && !d) { free(files); return 2; }
    dyad_coder *coder = d ? dyad_coder_new(d, NULL) : NULL;
    if (!nfiles)
        files[nfiles++] = "-";
    for (int k = 0; k < nfiles; k++) {
        FILE *fp = open_input(files[k], "dyad");
        if (!fp) {
            status = 2;
            continue;
        }
        dyad_reader *r = dyad_reader_open(fp, files[k], DYAD_INPUT_AUTO, NULL, on_reject, NULL);
        dyad_story s;
        while (dyad_reader_next(r, &s)) {
            if (quotes)
                print_quotes(coder, &s);
            else
                print_times(&s);
        }
        dyad_reader_close(r);
        if (fp != stdin)
            fclose(fp);
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "dyad: error writing output: %s\n", strerror(errno));
        status = 3;
    }
    dyad_coder_free(coder);
    dyad_dicts_free(d);
    free(files);
    return status;
}

int cmd_times(int argc, char **argv)
{
    return run(argc, argv, 0);
}

int cmd_quotes(int argc, char **argv)
{
    return run(argc, argv, 1);
}
