/* test_write.c — the event writers keep their structure whatever the
 * strings of an event hold: a TSV event is one line of 22 columns, a JSON
 * event one line with no raw control character or Unicode line end. */
#include "check.h"
#include "dyad.h"

#include <stdlib.h>

/* Every character that could break a line or a column: C0 controls, DEL,
 * C1 controls (NEL U+0085), the line and paragraph separators. */
#define HOSTILE "a\tb\nc\rd\ve\ff\x1c" "g\x1e" "h\x1bi\x7fj\xc2\x85k\xc2\x9fl\xe2\x80\xa8m\xe2\x80\xa9n"

/* Writes one event whose every string field is `text`; returns the output
 * (malloc'd). */
static char *write_one(dyad_output_format fmt, const char *text)
{
    dyad_story story = {0};
    story.id = text;
    story.date = "2021-10-15";
    story.text = text;
    story.title = text;
    story.source = text;
    story.url = text;
    dyad_location loc = {text, "RUS", text, 55.75, 37.62, 524901};
    dyad_attribution att = {text, text, text, text, 1};
    dyad_event ev = {0};
    ev.story = &story;
    ev.sentence = 1;
    ev.sentence_text = text;
    snprintf(ev.date, sizeof ev.date, "2021-10-15");
    ev.date_text = text;
    snprintf(ev.source.code, sizeof ev.source.code, "RUS");
    ev.source.text = text;
    snprintf(ev.target.code, sizeof ev.target.code, "AFG");
    ev.target.text = text;
    ev.has_target = 1;
    snprintf(ev.cameo, sizeof ev.cameo, "040");
    ev.root = 4;
    ev.quad_class = 1;
    ev.plover = text;
    ev.verb_text = text;
    ev.pattern = text;
    ev.location = &loc;
    ev.attribution = &att;
    char *out = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&out, &len);
    CHECK(dyad_write_event(fp, fmt, &ev) == 0);
    fclose(fp);
    return out;
}

static size_t count(const char *s, const char *what)
{
    size_t n = 0, k = strlen(what);
    for (const char *p = s; (p = strstr(p, what)) != NULL; p += k)
        n++;
    return n;
}

static void test_tsv_keeps_its_columns(void)
{
    char *out = write_one(DYAD_OUTPUT_TSV, HOSTILE);
    size_t len = strlen(out);
    CHECK(count(out, "\t") == 21);
    CHECK(count(out, "\n") == 1 && out[len - 1] == '\n');
    int raw = 0;
    for (size_t i = 0; i + 1 < len; i++)
        raw |= (unsigned char)out[i] < 0x20 && out[i] != '\t';
    CHECK(!raw);
    CHECK(count(out, "\x7f") == 0 && count(out, "\xc2\x85") == 0 && count(out, "\xc2\x9f") == 0);
    CHECK(count(out, "\xe2\x80\xa8") == 0 && count(out, "\xe2\x80\xa9") == 0);
    /* Each hostile character became one blank; the letters stay. */
    CHECK(strstr(out, "a b c d e f g h i j k l m n\t") != NULL);
    free(out);

    /* Text that is already clean is written as it is, UTF-8 included. */
    out = write_one(DYAD_OUTPUT_TSV, "Moscow \xe2\x80\x99s talks \xc3\xa9");
    CHECK(strstr(out, "\tMoscow \xe2\x80\x99s talks \xc3\xa9\n") != NULL);
    free(out);
}

static void test_json_escapes_controls(void)
{
    char *out = write_one(DYAD_OUTPUT_JSONL, HOSTILE);
    size_t len = strlen(out);
    CHECK(count(out, "\n") == 1 && out[len - 1] == '\n');
    int raw = 0;
    for (size_t i = 0; i + 1 < len; i++)
        raw |= (unsigned char)out[i] < 0x20;
    CHECK(!raw);
    CHECK(strstr(out, "\"sentence_text\":\"a\\tb\\nc\\rd\\u000be\\u000cf\\u001cg\\u001eh\\u001bi") != NULL);
    /* DEL, the C1 controls and U+2028/2029 are escaped too: raw, they are
     * line ends to Python's splitlines() and JavaScript before ES2019. */
    CHECK(count(out, "\x7f") == 0 && count(out, "\xc2\x85") == 0 && count(out, "\xc2\x9f") == 0);
    CHECK(count(out, "\xe2\x80\xa8") == 0 && count(out, "\xe2\x80\xa9") == 0);
    CHECK(strstr(out, "i\\u007fj\\u0085k\\u009fl\\u2028m\\u2029n\"") != NULL);
    free(out);

    /* Other UTF-8 is written as it is. */
    out = write_one(DYAD_OUTPUT_JSONL, "Moscow \xe2\x80\x99s talks \xc3\xa9 \xc2\xa0");
    CHECK(strstr(out, "\"sentence_text\":\"Moscow \xe2\x80\x99s talks \xc3\xa9 \xc2\xa0\"") != NULL);
    free(out);
}

int main(void)
{
    test_tsv_keeps_its_columns();
    test_json_escapes_controls();
    return check_summary();
}
