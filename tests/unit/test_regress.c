/* test_regress.c — inputs that the fuzz targets (fuzz/) and the bad-input
 * table (tests/e2e/bad_input.sh) found to break dyad, each reduced to the
 * smallest case and checked for the right outcome.  Run under `make asan`
 * they also check that the bug itself is gone. */
#include "check.h"
#include "dict/dict.h"
#include "dyad.h"

#include <stdlib.h>
#include <unistd.h>

/* Writes `text` to a temporary file named with `suffix`; returns its path. */
static const char *temp_file(const char *text, const char *suffix)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/dyad-regress-%ld%s", (long)getpid(), suffix);
    FILE *fp = fopen(path, "w");
    if (!fp)
        return NULL;
    fputs(text, fp);
    fclose(fp);
    return path;
}

typedef struct report {
    char last[256];
    int n;
} report;

static void on_error(void *user, const char *story_id, const char *where, const char *message)
{
    report *rep = user;
    snprintf(rep->last, sizeof rep->last, "%s|%s|%s", where, story_id ? story_id : "-", message);
    rep->n++;
}

/* Reads `input` in format `fmt`; returns the number of stories handed out
 * and keeps the last one's text in `text`. */
static int read_text(const char *input, dyad_input_format fmt, report *rep, char *text, size_t cap)
{
    FILE *fp = fmemopen((void *)input, strlen(input), "r");
    dyad_reader *r = dyad_reader_open(fp, "t", fmt, NULL, on_error, rep);
    dyad_story s;
    int n = 0;
    text[0] = 0;
    while (n < 100 && dyad_reader_next(r, &s)) { /* 100: a reader that loops */
        snprintf(text, cap, "%s", s.text);
        n++;
    }
    dyad_reader_close(r);
    fclose(fp);
    return n;
}

/* Loads one dictionary file in slot `slot` (0 verbs, 1 actors, 2 agents,
 * 3 discards, 4 own). */
static dyad_dicts *load_one(const char *text, int slot, char *err, size_t errlen)
{
    const char *path = temp_file(text, slot == 4 ? ".dyad" : ".txt");
    const char *list[] = {path, NULL};
    dyad_dict_files f = {NULL, NULL, NULL, NULL, NULL};
    const char *const **slots[] = {&f.verbs, &f.actors, &f.agents, &f.discards, &f.own};
    *slots[slot] = list;
    dyad_dicts *d = dyad_dicts_load(&f, err, errlen);
    unlink(path);
    return d;
}

/* fuzz dict_actors: a date of 90 digits in an actor's code block overflowed
 * the int it was read into (UBSan: signed integer overflow).  Such a code
 * is skipped and counted, like any malformed date. */
static void test_actor_date_of_many_digits(void)
{
    char err[512] = "";
    dyad_dicts *d = load_one("GOLLUM\n\t[HOB < 950601]\n"
                             "\t[HOBGOV 950601 - 990815777777777777777777777777777777777777777777777777777777]\n",
                             1, err, sizeof err);
    CHECK(d != NULL);
    if (!d) {
        fprintf(stderr, "load failed: %s\n", err);
        return;
    }
    CHECK(d->n_actors == 1);
    CHECK(d->n_skipped_codes == 1);
    dyad_dicts_free(d);
}

/* bad_input.sh: JSON numbers were read as any run of digits, dots, signs
 * and exponents, so `"n": 1.2.3e+-` passed.  Numbers now follow RFC 8259. */
static void test_json_numbers_are_strict(void)
{
    static const char *const bad[] = {"1.2.3e+-", "0123", "1.", ".5", "-", "1e", "+1", "1e+"};
    static const char *const good[] = {"0", "-0", "1e5", "-1.5E-3", "10.25", "3e+2"};
    char line[256], text[256];
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        report rep = {"", 0};
        snprintf(line, sizeof line, "{\"id\":\"a\",\"date\":\"2021-10-15\",\"n\":%s,\"text\":\"x\"}\n", bad[i]);
        CHECK(read_text(line, DYAD_INPUT_JSONL, &rep, text, sizeof text) == 0);
        CHECK(rep.n == 1 && strstr(rep.last, "t:1|a|bad JSON at column") != NULL);
    }
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        report rep = {"", 0};
        snprintf(line, sizeof line, "{\"id\":\"a\",\"date\":\"2021-10-15\",\"n\":%s,\"text\":\"x\"}\n", good[i]);
        CHECK(read_text(line, DYAD_INPUT_JSONL, &rep, text, sizeof text) == 1);
        CHECK(rep.n == 0);
    }
}

/* bad_input.sh: a <Text> left open swallowed the next <Sentence> record,
 * markup and all, and handed both out as one story. */
static void test_xml_unclosed_text_before_next_record(void)
{
    report rep = {"", 0};
    char text[256];
    CHECK(read_text("<Sentence date=\"20211015\" id=\"u1\"><Text>Russia met\n"
                    "<Sentence date=\"20211015\" id=\"u2\"><Text>Iran met Iraq.</Text></Sentence>\n",
                    DYAD_INPUT_PETRXML, &rep, text, sizeof text) == 1);
    CHECK_STR(text, "Iran met Iraq.");
    CHECK_STR(rep.last, "t:1|u1|unclosed <Text> before the next <Sentence>");
}

/* A record with a bad date and an unclosed <Text> was rejected twice, and
 * the closing line counted one story too many. */
static void test_xml_one_rejection_per_record(void)
{
    report rep = {"", 0};
    char text[256];
    CHECK(read_text("<Sentence date=\"20211015\" id=\"a\"><Text>Iran met Iraq.</Text></Sentence>\n"
                    "<Sentence date=\"2008\" id=\"b\"><Text>Iran met",
                    DYAD_INPUT_PETRXML, &rep, text, sizeof text) == 1);
    CHECK(rep.n == 1);
    CHECK(strstr(rep.last, "|b|bad date") != NULL);
}

/* bad_input.sh: an unclosed <!-- skipped the rest of the file silently. */
static void test_xml_unclosed_comment_is_reported(void)
{
    report rep = {"", 0};
    char text[256];
    CHECK(read_text("\n<!-- a note\n<Sentence date=\"20211015\" id=\"n2\"><Text>x</Text></Sentence>\n",
                    DYAD_INPUT_PETRXML, &rep, text, sizeof text) == 0);
    CHECK_STR(rep.last, "t:2|-|unclosed <!-- comment: the rest of the file was skipped");
}

/* bad_input.sh: character references above U+FFFF were left as written. */
static void test_xml_astral_character_reference(void)
{
    report rep = {"", 0};
    char text[256];
    CHECK(read_text("<Sentence date=\"20211015\" id=\"e\"><Text>a &#128512; &#x1F600; &#x110000;</Text></Sentence>\n",
                    DYAD_INPUT_PETRXML, &rep, text, sizeof text) == 1);
    CHECK_STR(text, "a \xF0\x9F\x98\x80 \xF0\x9F\x98\x80 &#x110000;");
    CHECK(rep.n == 0);
}

/* bad_input.sh: synsets that refer to each other in a circle were accepted,
 * and matching a pattern over them took 30 s a sentence (a branching walk
 * cut only at depth 8).  The loader now refuses the cycle. */
static void test_circular_synsets_are_refused(void)
{
    char err[512] = "";
    dyad_dicts *d = load_one("synset &B : tanks\nsynset &A : missiles | &B\nsynset &C : &A\n"
                             "synset &B : &C\n", 4, err, sizeof err);
    CHECK(d == NULL);
    CHECK(strstr(err, ".dyad:4: synset &B refers to itself through &C") != NULL);
    dyad_dicts_free(d);
    d = load_one("synset &A : &A\n", 4, err, sizeof err);
    CHECK(d == NULL);
    CHECK(strstr(err, ".dyad:1: synset &A refers to itself") != NULL);
    /* A chain with no cycle is fine. */
    d = load_one("synset &B : tanks\nsynset &A : missiles | &B\nsynset &C : &A | &B\n", 4, err, sizeof err);
    CHECK(d != NULL);
    dyad_dicts_free(d);
}

/* TABARI's CAMEO.091003.master.verbs has the pattern "* COMMIT * AID",
 * which stopped the whole load.  A foreign pattern with two verbs is
 * skipped and counted; in dyad's own files it stays an error. */
static void test_foreign_pattern_with_two_verbs_is_skipped(void)
{
    char err[512] = "";
    dyad_dicts *d = load_one("PLEDGE  [033]\n- * COMMIT * AID  [033]\n- * AID TO +  [033]\n", 0, err, sizeof err);
    CHECK(d != NULL);
    if (d) {
        CHECK(d->n_skipped_patterns == 1);
        CHECK(d->n_pats == 1);
    } else
        fprintf(stderr, "load failed: %s\n", err);
    dyad_dicts_free(d);
    d = load_one("verb 033 : pledge\npattern 033 : * commit * aid\n", 4, err, sizeof err);
    CHECK(d == NULL);
    CHECK(strstr(err, ".dyad:2: pattern") != NULL && strstr(err, "must have exactly one '*'") != NULL);
}

/* fuzz read_petrxml (timeout): a second <Sentence> on the line of an
 * unclosed first one made the reader hand out the first record again and
 * again, for ever.  It now resumes at the second record's tag. */
static void test_xml_two_records_on_one_line(void)
{
    report rep = {"", 0};
    char text[256];
    CHECK(read_text("<Sentence date=\"20080804\"><Text>One.</Text><Sentence date=\"20080805\" id=\"b\">"
                    "<Text>Two.</Text></Sentence>\n<Sentence date=\"20080804\"><Text>!</Text><Sentence ",
                    DYAD_INPUT_PETRXML, &rep, text, sizeof text) == 3);
    CHECK_STR(text, "!");
    CHECK_STR(rep.last, "t:2|-|the input ends inside a tag (\"<Sentence \"): is the file cut short?");
}

/* fuzz read_dated, read_jsonl, read_petrxml (UBSan), first minute after
 * blank lines before the first text came to be counted, not kept: an
 * input of blank lines only left the head unallocated, and the encoding
 * check took NULL + 0.  (Seen under UBSan: make asan.) */
static void test_input_of_blank_lines_only(void)
{
    report rep = {"", 0};
    char text[256];
    dyad_input_format fmts[] = {DYAD_INPUT_AUTO, DYAD_INPUT_JSONL, DYAD_INPUT_PETRXML};
    for (int i = 0; i < 3; i++) {
        CHECK(read_text("\n\r\n \t\r", fmts[i], &rep, text, sizeof text) == 0);
        CHECK(rep.n == 0);
    }
}

/* bad_input.sh: a lone CR did not end a line (getline reads to LF only), so
 * in an old Mac file every story after the first was swallowed by it, date
 * line and all, and a JSON Lines file was one bad line. */
static void test_lone_cr_ends_a_line(void)
{
    report rep = {"", 0};
    char text[256];
    CHECK(read_text("date 2021-10-15 One.\rdate 2021-10-16 Two.\rmore\r\n", DYAD_INPUT_DATED, &rep, text,
                    sizeof text) == 2);
    CHECK_STR(text, "Two.\nmore");
    CHECK(rep.n == 0);
    CHECK(read_text("{\"date\":\"2021-10-15\",\"text\":\"a\"}\r{\"date\":\"2021-10-15\",\"text\":\"b\"}\r",
                    DYAD_INPUT_JSONL, &rep, text, sizeof text) == 2);
    CHECK_STR(text, "b");
    CHECK(rep.n == 0);
}

/* bad_input.sh: unbalanced parentheses in a pattern of dyad's own format
 * loaded silently (the parentheses were dropped).  They are errors now;
 * foreign files keep their tolerance. */
static void test_own_pattern_parentheses_must_balance(void)
{
    static const char *const bad[][2] = {
        {"verb 036 : meet\npattern 036 : * (with +\n", ".dyad:2: unbalanced '(' in \"* (WITH +\""},
        {"verb 036 : meet\npattern 036 : * with +)\n", ".dyad:2: unbalanced ')' in \"* WITH +)\""},
        {"verb 036 : meet\npattern 036 : * ((with +))\n", ".dyad:2: nested '(' in \"* ((WITH +))\""},
    };
    char err[512];
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        err[0] = 0;
        dyad_dicts *d = load_one(bad[i][0], 4, err, sizeof err);
        CHECK(d == NULL);
        CHECK(strstr(err, bad[i][1]) != NULL);
        dyad_dicts_free(d);
    }
    dyad_dicts *d = load_one("verb 036 : meet\npattern 036 : * (with +) (for talks)\n", 4, err, sizeof err);
    CHECK(d != NULL);
    dyad_dicts_free(d);
}

/* fuzz dict_own (after dictionary phrases were accent-folded): a lead
 * byte of a Latin letter followed by a byte that is no continuation
 * ("\xC3\xC3") indexed past the folding table.  Such bytes are kept as
 * written, and the phrase still loads. */
static void test_malformed_utf8_in_a_phrase(void)
{
    char err[512] = "";
    /* A PETRARCH actors file: dyad's own files now refuse bad UTF-8. */
    dyad_dicts *d = load_one("RU\xC3\xC3SSIA [RUS]\nR\xC3\xFF [RUS]\n", 1, err, sizeof err);
    CHECK(d != NULL);
    if (!d) {
        fprintf(stderr, "load failed: %s\n", err);
        return;
    }
    CHECK(d->n_actors >= 1);
    dyad_dicts_free(d);
}

static void no_event(void *user, const dyad_event *ev)
{
    (void)ev;
    ++*(int *)user;
}

/* fuzz (code): a sentence opening with an infinitive and another joined to
 * it ("To attack Iran and to bomb Iraq, ...") made the coder read the token
 * before the first one, at index -1. */
static void test_sentence_opening_with_joined_infinitives(void)
{
    char err[256];
    dyad_dicts *d = dyad_dicts_load_default(err, sizeof err);
    CHECK(d != NULL);
    if (!d)
        return;
    dyad_coder *c = dyad_coder_new(d, NULL);
    const char *text = "To attack Iran and to bomb Iraq, Russia sent troops to Syria.";
    dyad_story s = {.id = "t", .date = "2023-08-24", .text = text, .text_len = strlen(text)};
    int events = 0;
    CHECK(dyad_code_story(c, &s, no_event, &events, err, sizeof err) >= 0);
    dyad_coder_free(c);
    dyad_dicts_free(d);
}

int main(void)
{
    test_actor_date_of_many_digits();
    test_json_numbers_are_strict();
    test_xml_unclosed_text_before_next_record();
    test_xml_unclosed_comment_is_reported();
    test_xml_one_rejection_per_record();
    test_xml_astral_character_reference();
    test_xml_two_records_on_one_line();
    test_lone_cr_ends_a_line();
    test_input_of_blank_lines_only();
    test_circular_synsets_are_refused();
    test_foreign_pattern_with_two_verbs_is_skipped();
    test_own_pattern_parentheses_must_balance();
    test_malformed_utf8_in_a_phrase();
    test_sentence_opening_with_joined_infinitives();
    return check_summary();
}
