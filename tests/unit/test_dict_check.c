/* test_dict_check.c — `dyad dict check` on small hand-made dictionaries.
 *
 * Each test writes one or two files to a temporary folder, runs the
 * checker and compares every finding, as "file:line: severity: message"
 * with the folder left out, against the exact list expected. */
#include "check.h"
#include "dict/check.h"
#include "dict/dict.h"
#include "util/hash.h"
#include "util/text.h"
#include <ctype.h>
#include <stdlib.h>
#include <unistd.h>

static char tmpdir[] = "/tmp/dyad-test-dict-check.XXXXXX";

static const char *write_file(const char *name, const char *text)
{
    static char paths[8][256];
    static int next;
    char *path = paths[next++ % 8];
    snprintf(path, 256, "%s/%s", tmpdir, name);
    FILE *fp = fopen(path, "w");
    if (!fp) {
        perror(path);
        exit(1);
    }
    fputs(text, fp);
    fclose(fp);
    return path;
}

/* The findings of one check, one per line, paths relative to tmpdir. */
static char *run(dict_file_set *set, dict_check_result *r)
{
    static char out[8192];
    char err[256];
    size_t n = 0;
    out[0] = 0;
    if (dict_check(set, r, err, sizeof err) < 0) {
        snprintf(out, sizeof out, "check failed: %s", err);
        return out;
    }
    for (size_t i = 0; i < r->n_findings && n < sizeof out; i++) {
        const dict_finding *f = &r->findings[i];
        n += (size_t)snprintf(out + n, sizeof out - n, "%s:%ld: %s: %s\n", f->file, f->line,
                              f->severity == FINDING_ERROR ? "error" : "warning", f->message);
    }
    /* Paths, in front and inside messages, relative to the folder. */
    char prefix[64];
    size_t k = (size_t)snprintf(prefix, sizeof prefix, "%s/", tmpdir);
    for (char *p = strstr(out, prefix); p; p = strstr(p, prefix))
        memmove(p, p + k, strlen(p + k) + 1);
    return out;
}

/* Checks one file of dyad's format; returns its findings. */
static char *check_own(const char *text, dict_check_result *r)
{
    dict_file_set set;
    memset(&set, 0, sizeof set);
    dict_file_set_add(&set, ROLE_OWN, write_file("t.dyad", text));
    return run(&set, r);
}

static void expect_own(const char *text, const char *want, size_t errors)
{
    dict_check_result r;
    CHECK_STR(check_own(text, &r), want);
    CHECK(r.n_errors == errors);
    dict_check_result_free(&r);
}

static void test_clean(void)
{
    expect_own("actor RUS : Russia | Russian Federation\n"
               "actor RUSGOV@2000-05-07..2008-05-07 RUSGOV@2012-05-07.. : Vladimir Putin\n"
               "agent ~GOV : government\n"
               "discard : football\n"
               "synset &TALK : talks | meeting\n"
               "verb 040 : meet\n"
               "pattern 043 : * &TALK\n", "", 0);
}

static void test_syntax_error(void)
{
    expect_own("actor RUS : Russia\nactr RUS : Moscow\n",
               "t.dyad:2: error: unknown entry kind \"ACTR\"\n", 1);
    /* The loader names the first bad code; the scanner every other one,
     * and the loader's line is not reported twice. */
    expect_own("verb 999 : meet\nverb 040 : gather\npattern 0999 : * here\n",
               "t.dyad:1: error: \"999\" is not a CAMEO event code\n"
               "t.dyad:3: error: \"0999\" is not a CAMEO event code\n", 2);
}

static void test_duplicates(void)
{
    expect_own("actor RUS : Russia | Moscow\nactor RUS : the Kremlin | Moscow\n",
               "t.dyad:2: warning: duplicate actor phrase \"MOSCOW\" (also at t.dyad:1)\n", 0);
    expect_own("actor RUS : Russia | Russia\n", "t.dyad:1: warning: phrase \"RUSSIA\" is listed twice\n", 0);
    expect_own("agent ~GOV : minister\nagent ~MIL : minister\n",
               "t.dyad:2: warning: agent phrase \"MINISTER\" is ~MIL here and ~GOV at t.dyad:1: ~GOV applies\n", 0);
    expect_own("discard : golf\ndiscard story : golf\n",
               "t.dyad:2: warning: discard phrase \"GOLF\" is story here and sentence at t.dyad:1: story applies\n", 0);
    expect_own("verb 040 : meet\nverb 036 : meet\n",
               "t.dyad:2: warning: verb phrase \"MEET\" is 036 here and 040 at t.dyad:1: 040 applies\n", 0);
    /* A verb's groups with one default, or one with none, are one verb
     * whose patterns are joined: no duplicate. */
    expect_own("verb 020 : appeal | seek\nverb 020 : seek\npattern --- : * to\n"
               "verb --- : hold\npattern 046 : * talks\nverb 173 : hold\n", "", 0);
}

/* The loader stops at the first conflict; the checker names all of them. */
static void test_actor_conflict(void)
{
    expect_own("actor RUS : Russia | Moscow\nactor SUN : Moscow\nactor UKR : Kyiv\nactor SUN : Kyiv\n",
               "t.dyad:2: error: phrase \"MOSCOW\" is already an actor with other codes (t.dyad:1)\n"
               "t.dyad:4: error: actor phrase \"KYIV\" is SUN here and UKR at t.dyad:3\n", 2);
}

static void test_actor_codes(void)
{
    expect_own("actor XQZGOV : Freedonia\nactor IGOUNO : United Nations\nactor AFR : Africa\n",
               "t.dyad:1: warning: actor code \"XQZGOV\": \"XQZ\" is not an ISO 3166 alpha-3 country or a "
               "CAMEO root\n", 0);
    expect_own("actor AFGREB@..2021-08-15 AFGGOV@2021-08-15.. : Taliban\n",
               "t.dyad:1: error: validity periods of AFGREB@..2021-08-15 and AFGGOV@2021-08-15.. overlap: "
               "the phrase has two codes on the same days\n", 1);
    expect_own("actor USAGOV@2009-01-20..2017-01-20 USAGOV@2016-01-01..2017-01-20 USAELI : Joe Biden\n",
               "t.dyad:1: warning: validity periods of USAGOV@2009-01-20..2017-01-20 and "
               "USAGOV@2016-01-01..2017-01-20 overlap\n", 0);
}

static void test_patterns(void)
{
    expect_own("verb 040 : meet\npattern 043 : * (with +)\npattern 043 : * with +\n",
               "t.dyad:3: warning: pattern \"* WITH +\" never fires: same as t.dyad:2\n", 0);
    expect_own("verb 040 : meet\npattern 043 : * + | * $\npattern 036 : * +\n",
               "t.dyad:3: warning: pattern \"* +\" never fires: t.dyad:2 has it first, with code 043\n", 0);
    /* Nothing to block: no default, and "* talks" never matches with "* game". */
    expect_own("verb --- : hold\npattern --- : * game\npattern 040 : * talks\n",
               "t.dyad:2: warning: null pattern \"* GAME\" shadows nothing: its verbs have no default code "
               "and no other pattern that can match where it does\n", 0);
    /* Blocks the default, or a pattern that would match ("* &TALK" has "talks"). */
    expect_own("verb 040 : meet\npattern --- : * game\n", "", 0);
    expect_own("synset &TALK : talks | meeting\nverb --- : hold\npattern --- : * talks (on football)\n"
               "pattern 040 : * &TALK\n", "", 0);
    /* A passive's agent: "a force led by Italy" matches "* force" before the verb. */
    expect_own("verb --- : lead\npattern 074 : * force\npattern --- : * (by +)\n", "", 0);
    expect_own("verb --- : lead\npattern 074 : force *\npattern --- : * (by +)\n",
               "t.dyad:3: warning: null pattern \"* BY +\" shadows nothing: its verbs have no default code "
               "and no other pattern that can match where it does\n", 0);
}

static void test_synsets(void)
{
    expect_own("synset &TALK : talks\nverb 040 : meet\n",
               "t.dyad:1: warning: synset &TALK is never used\n", 0);
    expect_own("synset &TALK : talks\nsynset &TALK : meeting | talks\nverb 040 : meet\npattern 043 : * &TALK\n",
               "t.dyad:2: warning: synset &TALK is defined again (first at t.dyad:1): the members are merged\n", 0);
    expect_own("verb 040 : meet\npattern 043 : * &TALK\n", "t.dyad:2: error: unknown synset &TALK\n", 1);
}

static void test_petrarch_verbs(void)
{
    dict_file_set set;
    memset(&set, 0, sizeof set);
    dict_file_set_add(&set, ROLE_VERBS,
                      write_file("Test.verbs.txt",
                                 "&CURRENCY\n+DOLLAR\n+EURO\n\n&UNUSED\n+THING\n\n"
                                 "---  MEET   [040]  ---\nMEET\nCONFER\n"
                                 "- * (WITH +)  [043]\n- * &WEATHER  [043]\n- * &CURRENCY  [1213]\n"
                                 "- * (WITH +)  [036]  # again\n"));
    dict_check_result r;
    CHECK_STR(run(&set, &r),
              "Test.verbs.txt:5: warning: synset &UNUSED is never used\n"
              "Test.verbs.txt:12: warning: synset &WEATHER is not defined: the loader skips the pattern\n"
              "Test.verbs.txt:13: error: \"1213\" is not a CAMEO event code\n"
              "Test.verbs.txt:14: warning: pattern \"* WITH +\" replaces Test.verbs.txt:11 (code 043) with "
              "code 036, except for a verb the comment there names\n");
    CHECK(r.n_errors == 1 && r.n_warnings == 3);
    CHECK(r.dicts != NULL);
    dict_check_result_free(&r);
}

static void test_petrarch_actors(void)
{
    dict_file_set set;
    memset(&set, 0, sizeof set);
    dict_file_set_add(&set, ROLE_ACTORS,
                      write_file("Test.actors.txt",
                                 "VLADIMIR_PUTIN_\n+PUTIN_\n[RUSELI 19520101-20991231]\n[RUSGOV 20000507-20080507]\n"
                                 "ARGENTIN [ARG]\nPUTIN_ [RUSGOV]\nFREEDONIA_ [FRDGOV 9001-]\n"));
    dict_check_result r;
    CHECK_STR(run(&set, &r),
              "Test.actors.txt:1: warning: validity periods of RUSELI@1952-01-01..2099-12-31 and "
              "RUSGOV@2000-05-07..2008-05-07 overlap: the first applies\n"
              "Test.actors.txt:6: warning: actor phrase \"PUTIN\" is RUSGOV here and "
              "RUSELI@1952-01-01..2099-12-31 RUSGOV@2000-05-07..2008-05-07 at Test.actors.txt:2: "
              "RUSELI@1952-01-01..2099-12-31 RUSGOV@2000-05-07..2008-05-07 applies\n"
              "Test.actors.txt:7: warning: malformed date in [FRDGOV 9001-]: the loader drops this code\n");
    CHECK(r.n_errors == 0);
    dict_check_result_free(&r);
}

static void test_stats(void)
{
    dict_check_result r;
    check_own("actor RUS : Russia\nactor RUSGOV@2000-05-07.. : Vladimir Putin | Putin\n"
              "agent ~GOV : government\ndiscard : football | golf\nsynset &TALK : talks\n"
              "verb 010 : say\nverb --- : hold\npattern 040 : * &TALK\npattern 0874 : * back\n", &r);
    CHECK(r.dicts != NULL);
    if (!r.dicts)
        return;
    dict_stats st;
    dict_stats_compute(r.dicts, &st);
    /* 010, 040, 0874, and roots 01 and 04 through 010 and 040 ("not specified"). */
    CHECK(st.cameo_total == 311);
    CHECK(st.cameo_covered == 5);
    CHECK(st.n_missing == 306);
    CHECK_STR(st.missing[0], "011");
    CHECK(st.actors == 2 && st.dated_actors == 1);
    CHECK(st.agents == 1 && st.discards == 2 && st.synsets == 1);
    CHECK(st.verbs == 2 && st.patterns == 2);
    CHECK(r.load_ms >= 0);
    dict_stats_free(&st);
    dict_check_result_free(&r);
}

static void test_file_sets(void)
{
    CHECK(dict_file_role("dict/states.dyad") == ROLE_OWN);
    CHECK(dict_file_role("x/CAMEO.2.0.txt") == ROLE_VERBS);
    CHECK(dict_file_role("x/Phoenix.agents.txt") == ROLE_AGENTS);
    CHECK(dict_file_role("x/Phoenix.IssueCoding.txt") == ROLE_UNKNOWN);
    dict_file_set set;
    memset(&set, 0, sizeof set);
    write_file("a.dyad", "actor RUS : Russia\n");
    write_file("Other.actors.txt", "RUSSIA [RUS]\n");
    /* dyad's own files win over foreign ones in one folder. */
    CHECK(dict_file_set_add_dir(&set, tmpdir) >= 1);
    CHECK(set.no >= 1 && set.nac == 0);
    dict_file_set_free(&set);
    CHECK(dict_file_set_add_dir(&set, "/nonexistent/dyad") == -1);
}

/* The lines of `len` bytes of text as the dictionary readers see them,
 * joined by '/' (a NUL shown as '0'); read from a file when `file`, else
 * from memory. */
static const char *lines_of(const char *text, size_t len, int file)
{
    static char out[256];
    FILE *fp;
    if (file) {
        fp = fopen(write_file("lines.txt", ""), "w+");
        fwrite(text, 1, len, fp);
        rewind(fp);
    } else
        fp = fmemopen((void *)text, len, "r");
    text_lines tl;
    text_lines_init(&tl, fp);
    out[0] = 0;
    char *line;
    size_t n, k = 0;
    while ((line = text_lines_next(&tl, &n)) != NULL && k + n + 2 < sizeof out) {
        for (size_t i = 0; i < n; i++)
            out[k++] = line[i] ? line[i] : '0';
        out[k++] = '/';
    }
    out[k] = 0;
    CHECK(!ferror(fp));
    text_lines_free(&tl);
    fclose(fp);
    return out;
}

static void test_lines(void)
{
    for (int file = 0; file < 2; file++) {
        CHECK_STR(lines_of("a\r\nb\rc\n\nd", 9, file), "a/b/c//d/");
        CHECK_STR(lines_of("\xEF\xBB\xBF" "x\r", 5, file), "x/");
        CHECK_STR(lines_of("a\0b\n\r\r\n", 7, file), "a0b///");
        CHECK_STR(lines_of("", 0, file), "");
        CHECK_STR(lines_of("abc\r\r", 5, file), "abc//");
        CHECK_STR(lines_of("\r", 1, file), "/");
    }
    /* An old Mac file of 300,000 lone-CR lines, one getline: each line is
     * found in constant time, not by a search of the rest of the file. */
    size_t len = 600000;
    char *mac = malloc(len);
    for (size_t i = 0; i < len; i += 2) {
        mac[i] = 'x';
        mac[i + 1] = '\r';
    }
    FILE *fp = fmemopen(mac, len, "r");
    text_lines tl;
    text_lines_init(&tl, fp);
    size_t lines = 0, n, good = 0;
    char *line;
    while ((line = text_lines_next(&tl, &n)) != NULL) {
        lines++;
        good += n == 1 && line[0] == 'x';
    }
    CHECK(lines == len / 2 && good == lines);
    text_lines_free(&tl);
    fclose(fp);
    free(mac);
}

/* Every ASCII byte, in runs long enough for the eight-at-a-time path and
 * shifted against it, then with accented letters among them. */
static void test_upcase(void)
{
    char in[200], want[200];
    int good = 1;
    for (int shift = 0; shift < 8; shift++) {
        size_t n = 0;
        for (int i = 0; i < shift; i++)
            in[n++] = 'q';
        for (int c = 1; c < 128; c++)
            in[n++] = (char)c;
        in[n] = 0;
        for (size_t i = 0; i <= n; i++)
            want[i] = (char)toupper((unsigned char)in[i]);
        str_upcase(in);
        good &= strcmp(in, want) == 0;
    }
    CHECK(good);
    char mixed[] = "president ouédraogo’s visit to bogotá and zürich, abcdefgh";
    str_upcase(mixed);
    CHECK_STR(mixed, "PRESIDENT OUEDRAOGO'S VISIT TO BOGOTA AND ZURICH, ABCDEFGH");
}

/* A table reserved for n keys takes them without growing (the loaders
 * size the vocabulary so) and finds every one, as does one that grows. */
static void test_reserve(void)
{
    static char keys[5000][8];
    strmap a, b;
    u64map e;
    strmap_init(&a);
    strmap_init(&b);
    u64map_init(&e);
    strmap_reserve(&a, 5000);
    u64map_reserve(&e, 5000);
    size_t cap = a.cap, ecap = e.cap;
    for (uint32_t i = 0; i < 5000; i++) {
        snprintf(keys[i], sizeof keys[i], "W%u", i);
        strmap_put(&a, keys[i], strlen(keys[i]), i);
        strmap_put(&b, keys[i], strlen(keys[i]), i);
        u64map_put(&e, (uint64_t)i * 7919 + 1, i);
    }
    CHECK(a.cap == cap && e.cap == ecap && cap == 16384 && b.cap == cap);
    int found = 1;
    for (uint32_t i = 0; i < 5000; i++)
        found &= strmap_get(&a, keys[i], strlen(keys[i])) == i && strmap_get(&b, keys[i], strlen(keys[i])) == i
            && u64map_get(&e, (uint64_t)i * 7919 + 1) == i;
    CHECK(found);
    CHECK(strmap_get(&a, "W5000", 5) == UINT32_MAX && u64map_get(&e, 2) == UINT32_MAX);
    strmap_free(&a);
    strmap_free(&b);
    u64map_free(&e);
}

/* The actors a last (or, of two words, first) name may mean, in the
 * order of the actors, whether the names were noted in that order (as the
 * loaders do) or not. */
static const char *named(int shuffled)
{
    static char out[64];
    static const char *const phrases[] = {"HU JINTAO", "GEORGE BUSH", "JEB BUSH", "LAURA BUSH KERR"};
    static const uint32_t in_order[] = {0, 1, 2, 3}, out_of_order[] = {3, 2, 0, 1};
    dyad_dicts *d = dict_new();
    for (int i = 0; i < 4; i++)
        dict_add_phrase(d, phrases[i], 0);
    for (int i = 0; i < 4; i++) {
        uint32_t a = shuffled ? out_of_order[i] : in_order[i];
        dict_note_last_name(d, phrases[a], a);
    }
    dict_sort_last_names(d);
    out[0] = 0;
    const char *words[] = {"BUSH", "HU", "JINTAO", "KERR", "LAURA"};
    for (int k = 0; k < 5; k++) {
        uint32_t n;
        const word_ref *r = dict_last_name(d, dict_word_find(d, words[k], strlen(words[k])), &n);
        for (uint32_t i = 0; i < n; i++)
            snprintf(out + strlen(out), sizeof out - strlen(out), "%u", r[i].ref);
        strcat(out, "/");
    }
    dyad_dicts_free(d);
    return out;
}

static void test_last_names(void)
{
    CHECK_STR(named(0), "12/0/0/3//");
    CHECK_STR(named(1), "12/0/0/3//");
}

/* Irregular past forms (WordNet's, and those like "hit" that it leaves
 * out as their own base form), and which of them are no verb's base form:
 * "froze" can only be past; "found" also founds a party. */
static void test_past_forms(void)
{
    CHECK(inflect_is_irregular_past("FROZE", 5));
    CHECK(inflect_is_past_only("FROZE", 5));
    CHECK(inflect_is_past_only("STRUCK", 6));
    CHECK(inflect_is_irregular_past("FOUND", 5));
    CHECK(!inflect_is_past_only("FOUND", 5));
    CHECK(!inflect_is_past_only("SAW", 3));
    CHECK(!inflect_is_past_only("FREEZE", 6));
    /* "hit" is its own past, and its own base form */
    CHECK(inflect_is_irregular_past("HIT", 3));
    CHECK(!inflect_is_past_only("HIT", 3));
    CHECK(inflect_is_irregular_past("CUT", 3));
    CHECK(!inflect_is_irregular_past("RAID", 4));
    CHECK(!inflect_is_irregular_past("HITS", 4));
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_clean();
    test_syntax_error();
    test_duplicates();
    test_actor_conflict();
    test_actor_codes();
    test_patterns();
    test_synsets();
    test_petrarch_verbs();
    test_petrarch_actors();
    test_stats();
    test_file_sets();
    test_lines();
    test_upcase();
    test_reserve();
    test_last_names();
    test_past_forms();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return check_summary();
}
