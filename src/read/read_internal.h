/* read_internal.h — shared state of the story readers (dated text, JSON
 * Lines, PETRARCH XML, TABARI).  Each format file exports one function that
 * fills the reader's current story from the line stream. */
#ifndef DYAD_READ_INTERNAL_H
#define DYAD_READ_INTERNAL_H
#include "dyad.h"
#include "util/buf.h"

#define MAX_EXPECTED 32

struct dyad_reader {
    FILE *fp;
    char *name;
    dyad_input_format fmt;
    dyad_limits lim;
    dyad_error_fn on_error;
    void *user;

    char *raw;           /* getline buffer: one or more lines ending in LF */
    size_t raw_cap, raw_len, raw_pos;  /* raw_pos: start of the unread rest */
    char *line;          /* current line, without its line end */
    size_t line_cap;
    size_t line_len;
    long line_no;
    int have_line;       /* `line` holds a line not yet consumed */
    int eof;

    unsigned long rejected;
    unsigned long n_stories;    /* stories started, for "<file>:<n>" ids */

    /* the story being built */
    buf id, date, text, title, source, url;
    buf expected_text;          /* expected codings, NUL-separated */
    const char *expected[MAX_EXPECTED];
    size_t n_expected;
    int expect_none;
    int evaluate;
    long story_line;
    int too_long;               /* the story passed max_story_bytes */
};

/* Reads the next line into r->line (without its line end) unless one is
 * pending.  Returns 0 at end of input. */
int reader_peek_line(dyad_reader *r);
/* Marks the pending line as consumed. */
void reader_take_line(dyad_reader *r);
/* Reports a rejected record and counts it. */
void reader_reject(dyad_reader *r, const char *story_id, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Empties the story fields. */
void reader_reset_story(dyad_reader *r);
/* Appends text to the story, enforcing max_story_bytes. */
void reader_add_text(dyad_reader *r, const char *s, size_t n);
/* Records an expected coding "SRC TGT CODE". */
void reader_add_expected(dyad_reader *r, const char *src, const char *tgt, const char *code);
/* Checks the finished story (date, UTF-8, size, empty text).  Returns 1 when
 * it may be handed out, else reports it and returns 0. */
int reader_finish_story(dyad_reader *r);
/* Parses "YYYY-MM-DD" (or YYYYMMDD, or YYMMDD with `short_years`) at s into
 * the canonical form.  Returns 0 on success, or -1 with a reason. */
int reader_parse_date(const char *s, size_t n, char out[11], const char **why);

int read_dated(dyad_reader *r);
int read_jsonl(dyad_reader *r);
int read_petrxml(dyad_reader *r);
int read_tabari(dyad_reader *r);
#endif
