/* test_read.c — the story readers: every format, and every rejection. */
#include "check.h"
#include "dyad.h"
#include "util/buf.h"

#include <stdlib.h>

typedef struct errors {
    char text[16][256];
    int n;
} errors;

static void on_error(void *user, const char *story_id, const char *where, const char *message)
{
    errors *e = user;
    if (e->n < 16)
        snprintf(e->text[e->n++], 256, "%s|%s|%s", where, story_id ? story_id : "-", message);
}

/* Reads all stories of `input`; returns the count and keeps the last
 * story's id/date/text in the given buffers. */
static int read_all(const char *input, size_t len, dyad_input_format fmt, errors *e, char *id, char *date,
                    char *text)
{
    FILE *fp = fmemopen((void *)input, len, "r");
    dyad_reader *r = dyad_reader_open(fp, "t.txt", fmt, NULL, on_error, e);
    dyad_story s;
    int n = 0;
    while (dyad_reader_next(r, &s)) {
        n++;
        snprintf(id, 64, "%s", s.id);
        snprintf(date, 16, "%s", s.date);
        snprintf(text, 256, "%s", s.text);
    }
    dyad_reader_close(r);
    fclose(fp);
    return n;
}

#define READ(input, fmt) read_all(input, sizeof(input) - 1, fmt, &e, id, date, text)

static void test_dated(void)
{
    errors e = {.n = 0};
    char id[64], date[16], text[256];
    CHECK(READ(" date 2021-10-15 Putin said.\nMore text.\ndate 2021-10-16\nSecond story.\n", DYAD_INPUT_AUTO) == 2);
    CHECK_STR(id, "t.txt:2");
    CHECK_STR(date, "2021-10-16");
    CHECK_STR(text, "Second story.");
    CHECK(e.n == 0);

    e.n = 0;
    CHECK(READ("date 2021-10-15 First line\nsecond line\n", DYAD_INPUT_DATED) == 1);
    CHECK_STR(text, "First line\nsecond line");

    e.n = 0;
    CHECK(READ("date 2021-02-30 Bad.\ndate 1850-01-01 Old.\ndate 2021-13-01 X.\ndate 2021-10-15 Good.\n", DYAD_INPUT_DATED) == 1);
    CHECK(e.n == 3);
    CHECK(strstr(e.text[0], "t.txt:1|t.txt:1|bad date \"2021-02-30\": no such day") != NULL);
    CHECK(strstr(e.text[1], "year outside 1900-2100") != NULL);
    CHECK_STR(id, "t.txt:4");

    /* Hand-made variants of the date line; a word after "Date" stays text. */
    e.n = 0;
    CHECK(READ("Date: 2021-10-15 One.\nDate palms grew.\nDATE 2021-10-16 Two.\ndate 2021-10-17T10:00:00Z Three.\n",
               DYAD_INPUT_DATED) == 3);
    CHECK(e.n == 0);
    CHECK_STR(date, "2021-10-17");
    CHECK_STR(text, "Three.");
    /* Dates in words are as many words as they take; the rest is text. */
    e.n = 0;
    CHECK(READ("date 18 October 2021\nText.\n", DYAD_INPUT_DATED) == 1 && e.n == 0);
    CHECK_STR(date, "2021-10-18");
    CHECK(READ("Date: Mon, Oct. 18, 2021, Moscow - Text.\n", DYAD_INPUT_DATED) == 1 && e.n == 0);
    CHECK_STR(date, "2021-10-18");
    CHECK_STR(text, "Moscow - Text.");
    CHECK(READ("date 31 September 2021 Text.\n", DYAD_INPUT_DATED) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "bad date \"31 September 2021\": no such day") != NULL);

    e.n = 0;
    CHECK(READ("orphan text\ndate 2021-10-15\n\ndate 2021-10-16 ok\n", DYAD_INPUT_DATED) == 1);
    CHECK(e.n == 2);
    CHECK(strstr(e.text[0], "t.txt:1|-|text with no \"date YYYY-MM-DD\" line") != NULL);
    CHECK(strstr(e.text[1], "t.txt:2|t.txt:1|story has no text") != NULL);

    e.n = 0;
    CHECK(READ("\xEF\xBB\xBF" "date 2021-10-15 BOM and CRLF\r\nline two\r\n", DYAD_INPUT_AUTO) == 1);
    CHECK_STR(text, "BOM and CRLF\nline two");
    CHECK(e.n == 0);

    e.n = 0;
    CHECK(READ("date 2021-10-15 bad \xC0\xAF overlong\n", DYAD_INPUT_DATED) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "invalid UTF-8 at byte 4") != NULL);

    e.n = 0;
    CHECK(READ("date 2021-10-15 nul \0 byte\n", DYAD_INPUT_DATED) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "NUL byte") != NULL);
}

static void test_jsonl(void)
{
    errors e = {.n = 0};
    char id[64], date[16], text[256];
    CHECK(READ("{\"id\": \"a1\", \"date\": \"2021-10-15\", \"text\": \"Caf\\u00e9 \\ud83d\\ude00 \\\"q\\\"\", \"x\": [1, {\"y\": null}]}\n", DYAD_INPUT_AUTO) == 1);
    CHECK_STR(id, "a1");
    CHECK_STR(text, "Caf\xC3\xA9 \xF0\x9F\x98\x80 \"q\"");
    CHECK(e.n == 0);

    e.n = 0;
    CHECK(READ("{\"id\": 7, \"date\": \"20211015\", \"text\": \"numeric id\"}\n", DYAD_INPUT_JSONL) == 1);
    CHECK_STR(id, "7");
    CHECK_STR(date, "2021-10-15");

    e.n = 0;
    const char bad[] =
        "{\"id\": \"b1\", \"date\": \"2021-10-15\", \"text\": \"trunc\n"
        "{\"id\": \"b2\", \"id\": \"b3\", \"date\": \"2021-10-15\", \"text\": \"dup\"}\n"
        "{\"id\": {\"no\": 1}, \"date\": \"2021-10-15\", \"text\": \"obj id\"}\n"
        "{\"id\": \"b4\", \"text\": \"no date\"}\n"
        "[1, 2]\n"
        "{\"id\": \"b5\", \"date\": \"2021-10-15\", \"text\": \"ok\"} trailing\n"
        "{\"id\": \"b6\", \"date\": \"2021-10-15\", \"text\": \"\"}\n"
        "{\"id\": \"ok\", \"date\": \"2021-10-15\", \"text\": \"fine\"}\n";
    CHECK(read_all(bad, sizeof bad - 1, DYAD_INPUT_JSONL, &e, id, date, text) == 1);
    CHECK_STR(id, "ok");
    CHECK(e.n == 7);
    CHECK(strstr(e.text[0], "t.txt:1|b1|bad JSON at column") && strstr(e.text[0], "unterminated string"));
    CHECK(strstr(e.text[1], "t.txt:2|b2|") && strstr(e.text[1], "duplicate key"));
    CHECK(strstr(e.text[2], "neither a string nor a number") != NULL);
    CHECK(strstr(e.text[3], "t.txt:4|b4|story has no date") != NULL);
    CHECK(strstr(e.text[4], "line is a JSON array, not an object") != NULL);
    CHECK(strstr(e.text[5], "text after the JSON object") != NULL);
    CHECK(strstr(e.text[6], "story has no text") != NULL);

    /* Nesting deeper than the limit is refused, not recursed into. */
    char deep[400];
    size_t n = (size_t)snprintf(deep, sizeof deep, "{\"id\":\"d\",\"date\":\"2021-10-15\",\"text\":\"x\",\"z\":");
    for (int i = 0; i < 100; i++) deep[n++] = '[';
    deep[n++] = '\n';
    e.n = 0;
    CHECK(read_all(deep, n, DYAD_INPUT_JSONL, &e, id, date, text) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "nested deeper than 64") != NULL);
}

static void test_petrxml(void)
{
    errors e = {.n = 0};
    char id[64], date[16], text[256];
    const char xml[] =
        "<Sentences>\n# a comment block outside any element\n"
        "<Sentence date=\"20080804\" id=\"S1\" category=\"AFP\" evaluate=\"true\"/>\n"
        "<EventCoding sourcecode=\"USA\" targetcode=\"CHN\" eventcode=\"042\" />\n"
        "<Text>\nAT&amp;T &lt;said&gt; &#233;t&#xE9; <![CDATA[a < b]]>\n</Text>\n"
        "<Parse>\n(S (NP x))\n</Parse>\n</Sentence>\n"
        "<Sentence date = \"2008-08-05\" id =\"S2\">\n<Text>Unclosed";
    FILE *fp = fmemopen((void *)xml, sizeof xml - 1, "r");
    dyad_reader *r = dyad_reader_open(fp, "t.xml", DYAD_INPUT_AUTO, NULL, on_error, &e);
    dyad_story s;
    CHECK(dyad_reader_format(r) == DYAD_INPUT_PETRXML);
    CHECK(dyad_reader_next(r, &s) == 1);
    CHECK_STR(s.id, "S1");
    CHECK_STR(s.date, "2008-08-04");
    CHECK(strstr(s.text, "AT&T <said> \xC3\xA9t\xC3\xA9 a < b") != NULL);
    CHECK(s.n_expected == 1);
    CHECK_STR(s.expected[0], "USA CHN 042");
    CHECK(dyad_reader_next(r, &s) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "S2|unclosed <Text>") != NULL);
    dyad_reader_close(r);
    fclose(fp);
    (void)id; (void)date; (void)text;
}

static void test_tabari(void)
{
    errors e = {.n = 0};
    const char tab[] =
        "# header\n\n950101  DEMO-01\nArnor is about to restore ties\nwith Gondor.\n"
        "/*\\n-----\n\\n{ ARN / GON / 064 } 950101\n\\n{ GON / ARN / 064 } */\n\n"
        "950102  DEMO-02\nNothing here.\n/*\\n{+++} */\n"
        "950103  DEMO-03\nArnor signed a protocol./* \\n{ ARN / DAG / 085 } */\n"
        "950104  DEMO-04\nArnor withdrew.\n /*\\n-----\n\\n{ ARN / GON / 084 } */\n";
    FILE *fp = fmemopen((void *)tab, sizeof tab - 1, "r");
    dyad_reader *r = dyad_reader_open(fp, "v.text", DYAD_INPUT_AUTO, NULL, on_error, &e);
    dyad_story s;
    CHECK(dyad_reader_format(r) == DYAD_INPUT_TABARI);
    CHECK(dyad_reader_next(r, &s) == 1);
    CHECK_STR(s.id, "DEMO-01");
    CHECK_STR(s.date, "1995-01-01");
    CHECK_STR(s.text, "Arnor is about to restore ties\nwith Gondor.");
    CHECK(s.n_expected == 2);
    CHECK_STR(s.expected[1], "GON ARN 064");
    CHECK(dyad_reader_next(r, &s) == 1);
    CHECK(s.expect_none == 1);
    /* A comment after the text on its line, and an indented comment. */
    CHECK(dyad_reader_next(r, &s) == 1);
    CHECK_STR(s.text, "Arnor signed a protocol.");
    CHECK(s.n_expected == 1 && strcmp(s.expected[0], "ARN DAG 085") == 0);
    CHECK(dyad_reader_next(r, &s) == 1);
    CHECK_STR(s.text, "Arnor withdrew.");
    CHECK(s.n_expected == 1 && strcmp(s.expected[0], "ARN GON 084") == 0);
    CHECK(dyad_reader_next(r, &s) == 0);
    CHECK(e.n == 0);
    dyad_reader_close(r);
    fclose(fp);
}

static void test_limits(void)
{
    errors e = {.n = 0};
    dyad_limits lim;
    dyad_limits_default(&lim);
    lim.max_story_bytes = 10;
    const char in[] = "date 2021-10-15 this story is too long\ndate 2021-10-16 short\n";
    FILE *fp = fmemopen((void *)in, sizeof in - 1, "r");
    dyad_reader *r = dyad_reader_open(fp, "t", DYAD_INPUT_AUTO, &lim, on_error, &e);
    dyad_story s;
    CHECK(dyad_reader_next(r, &s) == 1);
    CHECK_STR(s.text, "short");
    CHECK(dyad_reader_rejected(r) == 1);
    CHECK(e.n == 1 && strstr(e.text[0], "longer than 10 bytes") != NULL);
    dyad_reader_close(r);
    fclose(fp);
}

/* The remaining rejection messages, one case each. */
static void test_other_rejections(void)
{
    errors e = {.n = 0};
    char id[64], date[16], text[256];
    CHECK(READ("<Sentences>\n<Sentence id=\"N1\">\n<Text>No date here.</Text>\n</Sentence>\n", DYAD_INPUT_AUTO) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "N1|story has no date") != NULL);

    e.n = 0;
    CHECK(READ("<Sentences>\n<Sentence id=\"N2\" date=\"20211399\">\n<Text>Bad.</Text>\n</Sentence>\n", DYAD_INPUT_AUTO) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "N2|bad date \"20211399\"") != NULL);

    e.n = 0;
    CHECK(READ("951399  BAD-01\nText of a record.\n\n950101  OK-01\nGood record.\n", DYAD_INPUT_TABARI) == 1);
    CHECK(e.n == 1 && strstr(e.text[0], "BAD-01|bad date \"951399\"") != NULL);
    CHECK_STR(id, "OK-01");

    dyad_limits lim;
    dyad_limits_default(&lim);
    lim.max_story_bytes = 20;
    const char in[] = "{\"id\": \"long\", \"date\": \"2021-10-15\", \"text\": \"far too long a line\"}\n";
    FILE *fp = fmemopen((void *)in, sizeof in - 1, "r");
    e.n = 0;
    dyad_reader *r = dyad_reader_open(fp, "t", DYAD_INPUT_JSONL, &lim, on_error, &e);
    dyad_story st;
    CHECK(dyad_reader_next(r, &st) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "line longer than 20 bytes") != NULL);
    dyad_reader_close(r);
    fclose(fp);
    (void)date; (void)text;
}

/* Malformed input met after the first round: tags across lines, a file in
 * another format, a line far past the story limit. */
static void test_robustness(void)
{
    errors e = {.n = 0};
    char id[64], date[16], text[256];
    CHECK(READ("<Sentence\n date=\"20211015\"\n id=\"S1\">\n<Text>Hello.</Text></Sentence>\n", DYAD_INPUT_AUTO) == 1);
    CHECK(e.n == 0);
    CHECK_STR(id, "S1");
    CHECK_STR(date, "2021-10-15");
    CHECK_STR(text, "Hello.");

    /* A stray '<' in text is not joined with the lines after it. */
    e.n = 0;
    CHECK(READ("<Sentence date=\"20211015\" id=\"S2\"><Text>a <b\n</Text></Sentence>\n", DYAD_INPUT_PETRXML) == 1);
    CHECK(e.n == 0);
    CHECK_STR(text, "a <b\n");

    e.n = 0;
    CHECK(READ("date 2021-10-15 Hello.\n", DYAD_INPUT_PETRXML) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "t.txt:1|-|no <Sentence> element in the input") != NULL);
    e.n = 0;
    CHECK(READ("date 2021-10-15 Hello.\n", DYAD_INPUT_TABARI) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "t.txt:1|-|no \"YYMMDD ID\" record in the input") != NULL);
    e.n = 0;
    CHECK(READ("\n  \n", DYAD_INPUT_TABARI) == 0);
    CHECK(e.n == 0);

    /* Lone CR at the very end, CRLF, LF: three stories, lines 1-3. */
    e.n = 0;
    CHECK(READ("date 2021-10-15 A.\r\ndate 2021-10-16 B.\ndate 2021-10-17 C.\r", DYAD_INPUT_AUTO) == 3);
    CHECK(e.n == 0);
    CHECK_STR(text, "C.");

    /* A line far past the limit is cut (not held whole), rejected, and the
     * next line read as the next story. */
    dyad_limits lim;
    dyad_limits_default(&lim);
    lim.max_story_bytes = 10;
    size_t big = 200000;
    char *in = malloc(big + 64);
    int k = snprintf(in, 64, "date 2021-10-15 ");
    memset(in + k, 'a', big);
    snprintf(in + k + big, 64, "\ndate 2021-10-16 short\n");
    FILE *fp = fmemopen(in, strlen(in), "r");
    e.n = 0;
    dyad_reader *r = dyad_reader_open(fp, "t", DYAD_INPUT_AUTO, &lim, on_error, &e);
    dyad_story st;
    CHECK(dyad_reader_next(r, &st) == 1);
    CHECK_STR(st.text, "short");
    CHECK(st.line == 2);
    CHECK(e.n == 1 && strstr(e.text[0], "t:1|t:1|story longer than 10 bytes") != NULL);
    dyad_reader_close(r);
    fclose(fp);
    free(in);
}

/* An XML line is read in pieces ended after a '>': the text of a record
 * that straddles a piece end is kept as written (no line break put in),
 * and line numbers stay those of the input. */
static void test_xml_line_in_pieces(void)
{
    buf in;
    buf_init(&in);
    for (int i = 0; i < 200; i++)
        buf_printf(&in, "<Sentence date=\"20211015\" id=\"s%d\"><Text>a > b &amp; c</Text></Sentence>", i);
    buf_adds(&in, "\n<Sentence date=\"20210230\" id=\"bad\"><Text>x</Text></Sentence>\n");
    FILE *fp = fmemopen(in.data, in.len, "r");
    errors e = {.n = 0};
    dyad_reader *r = dyad_reader_open(fp, "t", DYAD_INPUT_AUTO, NULL, on_error, &e);
    dyad_story st;
    int n = 0, same = 1;
    while (dyad_reader_next(r, &st)) {
        n++;
        same &= strcmp(st.text, "a > b & c") == 0 && st.line == 1;
    }
    CHECK(n == 200);
    CHECK(same);
    CHECK(e.n == 1 && strstr(e.text[0], "t:2|bad|bad date") != NULL);
    dyad_reader_close(r);
    fclose(fp);
    buf_free(&in);
}

/* Reads XML `in` with --max-story-bytes 100 (a line cap of 65,636
 * bytes); returns the number of stories, the last one's id in `last`. */
static int read_xml_capped(const buf *in, errors *e, char last[64])
{
    dyad_limits lim;
    dyad_limits_default(&lim);
    lim.max_story_bytes = 100;
    FILE *fp = fmemopen(in->data, in->len, "r");
    dyad_reader *r = dyad_reader_open(fp, "t", DYAD_INPUT_PETRXML, &lim, on_error, e);
    dyad_story st;
    int n = 0;
    while (dyad_reader_next(r, &st)) {
        n++;
        snprintf(last, 64, "%s", st.id);
    }
    dyad_reader_close(r);
    fclose(fp);
    return n;
}

/* A run of XML with no '>' is ended near the line cap, but never inside a
 * token the reader looks for: "</Parse>", "-->" or an entity that
 * straddles the cap, at every offset, is still seen. */
static void test_xml_run_without_gt_at_the_cap(void)
{
    const size_t cap = 100 + 65536;
    static const char *const ends[] = {"</Parse>", "-->"};
    int all = 1;
    for (int t = 0; t < 2; t++) {
        for (size_t k = 0; k <= strlen(ends[t]); k++) {
            buf in;
            buf_init(&in);
            buf_adds(&in, "<Sentence date=\"20211015\" id=\"a\"><Text>Hello.</Text>");
            buf_adds(&in, t == 0 ? "<Parse>\n" : "</Sentence><!--\n");
            /* The token's first k bytes fall before the cap. */
            for (size_t i = 0; i < cap - k; i++)
                buf_addc(&in, i % 7 ? '(' : ' ');
            buf_adds(&in, ends[t]);
            buf_adds(&in, t == 0 ? "</Sentence>" : "");
            buf_adds(&in, "<Sentence date=\"20211016\" id=\"b\"><Text>T&amp;T.</Text></Sentence>\n");
            errors e = {.n = 0};
            char last[64] = "";
            int n = read_xml_capped(&in, &e, last);
            all &= n == 2 && strcmp(last, "b") == 0 && e.n == 0;
            buf_free(&in);
        }
    }
    CHECK(all);

    /* An entity across the cap: the text is decoded whole.  Entities
     * shrink it to a fifth, so with --max-story-bytes 20000 (a cap of
     * 85,536) it can be a good story. */
    int ok = 1;
    for (size_t k = 0; k <= 5; k++) {
        buf in;
        buf_init(&in);
        buf_adds(&in, "<Sentence date=\"20211015\" id=\"a\"><Text>\n");
        size_t cap2 = 20000 + 65536, pad = (cap2 - k) % 5, q = (cap2 - k) / 5;
        for (size_t i = 0; i < pad; i++)
            buf_addc(&in, ' ');
        for (size_t i = 0; i <= q; i++)
            buf_adds(&in, "&amp;");
        buf_adds(&in, "</Text></Sentence>\n");
        FILE *fp = fmemopen(in.data, in.len, "r");
        dyad_limits lim;
        dyad_limits_default(&lim);
        lim.max_story_bytes = 20000;
        errors e = {.n = 0};
        dyad_reader *r = dyad_reader_open(fp, "t", DYAD_INPUT_PETRXML, &lim, on_error, &e);
        dyad_story st;
        ok &= dyad_reader_next(r, &st) && e.n == 0 && !strchr(st.text, 'a')
              && strspn(st.text, " \n") + q + 1 == strspn(st.text, " \n&");
        dyad_reader_close(r);
        fclose(fp);
        buf_free(&in);
    }
    CHECK(ok);
}

/* Input that is not UTF-8 text is refused whole, in one message; the format
 * is told by the first line that shows one. */
static void test_sniffing(void)
{
    errors e = {.n = 0};
    char id[64], date[16], text[256];
    CHECK(READ("\xff\xfe" "d\0a\0t\0e\0", DYAD_INPUT_AUTO) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "t.txt:1|-|the input is UTF-16 or UTF-32 (byte-order mark FF FE)") != NULL);
    e.n = 0;
    CHECK(READ("\x1f\x8b\x08\0\0\0", DYAD_INPUT_DATED) == 0);
    CHECK(e.n == 1 && strstr(e.text[0], "gzip-compressed") != NULL);
    e.n = 0;
    CHECK(READ("Preamble.\n[1]\n950101 S1\nHello.\n", DYAD_INPUT_AUTO) == 1);
    CHECK_STR(id, "S1");
    CHECK(e.n == 1 && strstr(e.text[0], "t.txt:1|-|text with no \"YYMMDD ID\" record header before it") != NULL);
    e.n = 0;
    CHECK(READ("[Reuters]\n\ndate 2021-10-15 Hello.\n", DYAD_INPUT_AUTO) == 1);
    CHECK_STR(text, "Hello.");
    CHECK(e.n == 1 && strstr(e.text[0], "t.txt:1|-|text with no") != NULL);
}

/* Blank lines before the first text are counted, not held: 100,000 of
 * them (more than the bytes read ahead to tell the format) before a JSON
 * line leave it JSON Lines, and later lines keep their numbers. */
static void test_blank_lines_before_the_first_record(void)
{
    errors e = {.n = 0};
    char id[64], date[16], text[256];
    const char *ends[] = {"\n", "\r\n", "\r", " \t\n"};
    for (int k = 0; k < 4; k++) {
        buf in;
        buf_init(&in);
        for (int i = 0; i < 100000; i++)
            buf_adds(&in, ends[k]);
        buf_adds(&in, "  {\"id\":\"a\",\"date\":\"2021-10-15\",\"text\":\"Hello.\"}\n{\"id\":\"b\"}\n");
        e.n = 0;
        CHECK(read_all(in.data, in.len, DYAD_INPUT_AUTO, &e, id, date, text) == 1);
        CHECK_STR(id, "a");
        CHECK(e.n == 1 && strstr(e.text[0], "t.txt:100002|b|") != NULL);
        buf_free(&in);
    }
}

/* "date:" with no blank before the date starts a story: it was text of
 * the story before it (its own date lost), or at the file start a
 * rejection.  "Date:2021 was ..." and a bare "date:" stay text. */
static void test_date_colon_without_blank(void)
{
    errors e = {.n = 0};
    char id[64], date[16], text[256];
    CHECK(READ("date 2021-10-14 Z.\ndate:2021-10-15 A.\nDATE:October 16, 2021 B.\nDate:2021 was hard.\ndate:\n",
               DYAD_INPUT_AUTO) == 3);
    CHECK(e.n == 0);
    CHECK_STR(id, "t.txt:3");
    CHECK_STR(date, "2021-10-16");
    CHECK_STR(text, "B.\nDate:2021 was hard.\ndate:");
}

/* XML comments and processing instructions inside <Text> are no text (a
 * CMS's "<!-- ad -->" split "met" from "the Taliban" by a word), a comment
 * over lines leaves no line break; CDATA still keeps what looks like one. */
static void test_xml_comment_in_text(void)
{
    errors e = {.n = 0};
    char id[64], date[16], text[256];
    CHECK(READ("<Sentence date=\"20211015\" id=\"c\"><Text>Russia <?cms x?>met <!-- an\nad --> the Taliban"
               "<![CDATA[ <!-- kept -->]]></Text></Sentence>\n", DYAD_INPUT_AUTO) == 1);
    CHECK(e.n == 0);
    CHECK_STR(text, "Russia met  the Taliban <!-- kept -->");
}

/* A time of day after the date of a date line is the dateline's: it was
 * the first words of the story's text. */
static void test_time_on_a_date_line(void)
{
    errors e = {.n = 0};
    char id[64], date[16], text[256];
    static const char *const lines[][2] = {
        {"date 2021-10-15 08:00 Russia met.\n", "Russia met."},
        {"date 2021-10-15 08:00:00+02:00, Russia met.\n", "Russia met."},
        {"date 2021-10-15 08:00 GMT Russia met.\n", "Russia met."},
        {"date 15 October 2021 23:59:60Z UTC: Russia met.\n", "Russia met."},
        {"date 2021-10-15 08:00 US forces met.\n", "US forces met."},
        {"date 2021-10-15 25:00 Russia met.\n", "25:00 Russia met."},
        {"date 2021-10-15 12 people met.\n", "12 people met."}};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        CHECK(read_all(lines[i][0], strlen(lines[i][0]), DYAD_INPUT_AUTO, &e, id, date, text) == 1);
        CHECK_STR(date, "2021-10-15");
        CHECK_STR(text, lines[i][1]);
    }
    CHECK(e.n == 0);
}

/* A form feed or vertical tab at a line start is a page break, as a
 * paginated file has before a story: the date line after it starts a
 * story (it was text of the story before it, with the wrong date, and
 * at the file start a rejection), a line of it alone is blank. */
static void test_page_breaks(void)
{
    errors e = {.n = 0};
    char id[64], date[16], text[256];
    CHECK(READ("\f\fdate 2021-10-14 A.\ndate 2021-10-15 B.\n\f\n\fdate 2021-10-16 C.\n\v\f\xEF\xBB\xBF"
               "date 2021-10-17 D.\n", DYAD_INPUT_AUTO) == 4);
    CHECK(e.n == 0);
    CHECK_STR(id, "t.txt:4");
    CHECK_STR(date, "2021-10-17");
    CHECK_STR(text, "D.");
    CHECK(READ("\f211015 T1\nA.\n\f\n\f211016 T2\nB.\n", DYAD_INPUT_AUTO) == 2);
    CHECK(e.n == 0);
    CHECK_STR(id, "T2");
    CHECK(READ("\f{\"id\":\"j\",\"date\":\"2021-10-15\",\"text\":\"A.\"}\n", DYAD_INPUT_AUTO) == 1);
    CHECK(e.n == 0);
    CHECK_STR(id, "j");
}

int main(void)
{
    test_xml_line_in_pieces();
    test_xml_run_without_gt_at_the_cap();
    test_sniffing();
    test_blank_lines_before_the_first_record();
    test_page_breaks();
    test_time_on_a_date_line();
    test_xml_comment_in_text();
    test_date_colon_without_blank();
    test_robustness();
    test_other_rejections();
    test_dated();
    test_jsonl();
    test_petrxml();
    test_tabari();
    test_limits();
    return check_summary();
}
