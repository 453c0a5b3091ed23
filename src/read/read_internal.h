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

    char *line;          /* current line, without its line end */
    size_t line_cap;
    size_t line_len;
    long line_no;
    int have_line;       /* `line` holds a line not yet consumed */
    int eof;
    int line_cut;        /* the line was longer than the line cap: its rest was dropped */
    int soft_break;      /* XML: the line was ended after a '>' to bound its length, not at a line end */
    int piece;           /* the current line is not a line start: it follows a soft break */
    buf head;            /* the first bytes of the input, read to sniff its kind, served first */
    size_t head_pos;
    int byte_from_head;  /* the last byte read came from `head` (for un-reading it) */
    int read_failed;     /* a read error was reported */
    int saw_content;     /* a non-blank line was read (for "no record in the input") */
    int said_no_records; /* ... and that was reported */
    int json_array;      /* JSON: inside a '[' whose members are stories */
    size_t line_col;     /* JSON: the column of line[0] in its input line, when
                            members of an array follow one another on a line */
    int format_shown;    /* a line of the input's own format came first (not a
                            guess, nor a '#' comment): records of another
                            format are reported even before its first record */
    char encoding[32];   /* XML: the encoding its declaration names, when not
                            UTF-8 (for the message on a byte that is not) */

    unsigned long rejected;
    unsigned long n_stories;    /* stories started, for "<file>:<n>" ids */

    /* the story being built */
    buf id, date, text, title, source, url;
    buf expected_text;          /* expected codings, NUL-separated */
    buf scratch;                /* XML: text decoded before it is added */
    const char *expected[MAX_EXPECTED];
    size_t n_expected;
    int expect_none;
    char expect_error[160];     /* the first fault in the expected codings, "" when none */
    int evaluate;
    long story_line;
    long text_line;             /* input line of the first byte of `text` */
    buf line_starts;            /* TABARI: (text offset, input line) of each text line, as
                                   blank lines are dropped from the text */
    int too_long;               /* the story passed max_story_bytes */
};

/* Reads the next line into r->line (without its line end) unless one is
 * pending.  Returns 0 at end of input. */
int reader_peek_line(dyad_reader *r);
/* Appends the next line to the pending one, joined by a space (for an XML
 * tag that spans lines).  Returns 0, leaving the line as it was, at end of
 * input. */
int reader_join_line(dyad_reader *r);
/* Drops the first n bytes of the current line (read bytes of a JSON
 * array's line: the rest is its next member). */
void reader_drop_prefix(dyad_reader *r, size_t n);
/* Marks the pending line as consumed. */
void reader_take_line(dyad_reader *r);
/* Reports a rejected record and counts it. */
void reader_reject(dyad_reader *r, const char *story_id, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Empties the story fields. */
void reader_reset_story(dyad_reader *r);
/* Appends text to the story, enforcing max_story_bytes. */
void reader_add_text(dyad_reader *r, const char *s, size_t n);
/* Appends the current line's text (s, n: all or the end of r->line): a
 * line cut at the line cap makes the story too long. */
void reader_add_line(dyad_reader *r, const char *s, size_t n);
/* Notes that the story text's next byte comes from the current input
 * line (for formats whose text does not keep one '\n' per line). */
void reader_mark_line(dyad_reader *r);
/* Records an expected coding "SRC TGT CODE". */
void reader_add_expected(dyad_reader *r, const char *src, const char *tgt, const char *code);
/* Notes that the record's expected codings are malformed (the first fault
 * is kept): `dyad validate` reports the record, `dyad code` ignores it. */
void reader_expect_error(dyad_reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Whether `code` has the shape of an event code: two to four letters or
 * digits, a digit first ("042", "1721", the validation files' "174K"). */
int reader_event_code_shape(const char *code);
/* Checks the finished story (date, UTF-8, size, empty text).  Returns 1 when
 * it may be handed out, else reports it and returns 0. */
int reader_finish_story(dyad_reader *r);
/* At the end of input of a format that skips what is not a record (XML,
 * TABARI): when nothing in a non-blank input was a record and nothing was
 * reported, says so once, so
 * that a file in another format is not dropped without a word. */
void reader_no_records(dyad_reader *r, const char *what);
/* Parses the date s[0..n) into the canonical form YYYY-MM-DD: ISO's order
 * (YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, maybe with an ISO time; YYYYMMDD;
 * YYMMDD) or a date in words (reader_date_in_words, maybe with a time).
 * Day and month in digits in another order are refused, not guessed.
 * Returns 0 on success, or -1 with a reason. */
int reader_parse_date(const char *s, size_t n, char out[11], const char **why);
/* A date in words at the start of s[0..n), as news and feeds write it:
 * "15 October 2021", "October 15, 2021", "Oct. 15 2021", "15th Oct 2021",
 * maybe after a weekday ("Fri, 15 Oct 2021", RFC 2822's order).  Returns
 * the bytes it takes (to the end of the year) and sets y, m, d (not yet
 * checked against the calendar), or 0 when it is none. */
size_t reader_date_in_words(const char *s, size_t n, int *y, int *m, int *d);

/* The length of a time of day after a date on a date line, blanks before
 * it counted ("date 2021-10-15 08:00 GMT Moscow -", "08:00:00+02:00,"):
 * the dateline's, not text; 0 when none.  Of zone names only GMT and UTC
 * are taken: "08:00 US forces ..." keeps its "US". */
size_t reader_time_after_date(const char *s);

/* Whether `tag` starts with a "<Sentence" tag, a PETRARCH XML record. */
int reader_is_sentence_tag(const char *tag);
/* What record of a format other than the reader's the line is ("a JSON
 * Lines record"), or NULL. */
const char *reader_foreign_record(const dyad_reader *r, const char *line);
/* Rejects the current line, a record of another format (`what`). */
void reader_reject_foreign(dyad_reader *r, const char *what);
/* The date after "date" when `line` is a dated-text story line, else NULL. */
const char *read_dated_date_line(const char *line);

int read_dated(dyad_reader *r);
int read_jsonl(dyad_reader *r);
int read_petrxml(dyad_reader *r);
int read_tabari(dyad_reader *r);
#endif
