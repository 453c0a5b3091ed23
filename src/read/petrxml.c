/* petrxml.c — PETRARCH validation and input XML:
 *
 *   <Sentence date="20080804" id="AFP0808020625_4" ...>
 *   <EventCoding sourcecode="USA" targetcode="CHN" eventcode="042"/>
 *   <Text> ... </Text>
 *   <Parse> ... </Parse>
 *   </Sentence>
 *
 * Files of the field are often not well-formed (a `#` comment block outside
 * any element, `<Sentence .../>` closed early, attributes with spaces around
 * `=`), so this is a tolerant scanner for the few elements that matter, not
 * a general XML parser.  Entities and CDATA in the text are decoded. */
#include "read/read_internal.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { OUTSIDE, IN_SENTENCE, IN_TEXT, IN_PARSE };

/* The length of an attribute value written without quotes, as HTML allows
 * (`id=x11`: its record was rejected for "no date"): it runs to a blank or
 * the tag's end, a '/' that closes the tag not included. */
static size_t unquoted_value_len(const char *v, size_t n)
{
    size_t len = 0;
    while (len < n && !isspace((unsigned char)v[len]) && v[len] != '>')
        len++;
    if (len > 0 && len < n && v[len] == '>' && v[len - 1] == '/')
        len--;
    return len;
}

/* Finds the value of attribute `name` in tag[0..n): sets *val and *len
 * to it, as written (entities not decoded). */
static int tag_attr_span(const char *tag, size_t n, const char *name, const char **val, size_t *len)
{
    size_t name_len = strlen(name);
    for (size_t i = 0; i + name_len < n; i++) {
        if (strncmp(tag + i, name, name_len) != 0 || (i > 0 && !isspace((unsigned char)tag[i - 1])))
            continue;
        size_t k = i + name_len;
        while (k < n && isspace((unsigned char)tag[k])) k++;
        if (k >= n || tag[k] != '=') continue;
        k++;
        while (k < n && isspace((unsigned char)tag[k])) k++;
        if (k >= n) continue;
        if (tag[k] != '"' && tag[k] != '\'') {
            size_t v_len = unquoted_value_len(tag + k, n - k);
            if (!v_len) continue;
            *val = tag + k;
            *len = v_len;
            return 1;
        }
        char q = tag[k++];
        const char *end = memchr(tag + k, q, n - k);
        *val = tag + k;
        *len = end ? (size_t)(end - *val) : n - k;
        return 1;
    }
    return 0;
}

/* Copies the value of attribute `name` into out (size cap), cut to fit:
 * for dates, codes and flags, which are short or wrong. */
static int tag_attr(const char *tag, size_t n, const char *name, char *out, size_t cap)
{
    const char *v;
    size_t len;
    if (!tag_attr_span(tag, n, name, &v, &len))
        return 0;
    if (len >= cap)
        len = cap - 1;
    memcpy(out, v, len);
    out[len] = 0;
    return 1;
}

/* The code point of a character reference "&#N;" or "&#xH;" of elen
 * bytes, or -1.  Only digits may stand between "&#" and ';' ("&#65abc;" and
 * "&# 65;" are not references, though strtol would read 65 in them). */
static long char_ref(const char *s, size_t elen)
{
    int hex = s[2] == 'x' || s[2] == 'X';
    size_t from = hex ? 3 : 2, n = elen - 1 - from;
    if (elen < from + 2 || n > 8)
        return -1;
    for (size_t k = from; k < elen - 1; k++)
        if (hex ? !isxdigit((unsigned char)s[k]) : !isdigit((unsigned char)s[k]))
            return -1;
    return strtol(s + from, NULL, hex ? 16 : 10);
}

/* Appends code point cp as UTF-8; returns 0 when it is no character. */
static int put_code_point(buf *out, long cp)
{
    if (cp > 0 && cp < 0x80) {
        char c = (char)cp;
        buf_add(out, &c, 1);
    } else if (cp >= 0x80 && cp < 0x800) {
        char u[2] = {(char)(0xC0 | cp >> 6), (char)(0x80 | (cp & 0x3F))};
        buf_add(out, u, 2);
    } else if (cp >= 0x800 && cp < 0x10000 && (cp < 0xD800 || cp > 0xDFFF)) {
        char u[3] = {(char)(0xE0 | cp >> 12), (char)(0x80 | ((cp >> 6) & 0x3F)), (char)(0x80 | (cp & 0x3F))};
        buf_add(out, u, 3);
    } else if (cp >= 0x10000 && cp <= 0x10FFFF) {
        char u[4] = {(char)(0xF0 | cp >> 18), (char)(0x80 | ((cp >> 12) & 0x3F)),
                     (char)(0x80 | ((cp >> 6) & 0x3F)), (char)(0x80 | (cp & 0x3F))};
        buf_add(out, u, 4);
    } else
        return 0;
    return 1;
}

/* The code point of the HTML entity named s[0..n) ("nbsp", "mdash",
 * "eacute"), or -1.  XML defines five entities only, but text scraped from
 * web pages into PETRARCH files keeps HTML's: "Russia&nbsp;met" would be
 * one word, "&mdash;" a word of its own.  These are HTML's Latin-1 names
 * (U+00A0-U+00FF, in order) and its common punctuation. */
static long html_entity(const char *s, size_t n)
{
    static const char *const latin1[96] = {
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo",
        "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
        "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",
        "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute",
        "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash",
        "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde",
        "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc",
        "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave",
        "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml"};
    static const struct { const char *name; long cp; } punct[] = {
        {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009}, {"ndash", 0x2013}, {"mdash", 0x2014},
        {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
        {"bdquo", 0x201E}, {"bull", 0x2022}, {"hellip", 0x2026}, {"euro", 0x20AC}, {"trade", 0x2122}};
    for (int i = 0; i < 96; i++)
        if (strlen(latin1[i]) == n && memcmp(latin1[i], s, n) == 0)
            return 0xA0 + i;
    for (size_t i = 0; i < sizeof punct / sizeof punct[0]; i++)
        if (strlen(punct[i].name) == n && memcmp(punct[i].name, s, n) == 0)
            return punct[i].cp;
    return -1;
}

/* Appends s[0..n) to out with XML entities decoded, and HTML's named ones
 * (see html_entity). */
static void decode_entities(buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (i < n && s[i] != '&')
            i++;
        buf_add(out, s + run, i - run);
        if (i >= n)
            break;
        /* An entity is a name of a few letters or digits then ';': "&amp
         * &lt;" is a bare '&' and an entity, not one entity of 10 bytes. */
        size_t k = i + 1;
        while (k < n && k - i < 12 && s[k] != ';' && s[k] != '&' && !isspace((unsigned char)s[k]))
            k++;
        const char *semi = k < n && s[k] == ';' ? s + k : NULL;
        if (!semi) {
            buf_add(out, "&", 1);
            i++;
            continue;
        }
        size_t elen = (size_t)(semi - (s + i)) + 1;
        static const char *const names[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"};
        static const char chars[] = "&<>\"'";
        int done = 0;
        for (int k = 0; k < 5 && !done; k++)
            if (strlen(names[k]) == elen && memcmp(names[k], s + i, elen) == 0) {
                buf_add(out, &chars[k], 1);
                done = 1;
            }
        if (!done)
            done = put_code_point(out, s[i + 1] == '#' ? char_ref(s + i, elen) : html_entity(s + i + 1, elen - 2));
        if (!done) /* unknown entity: keep it as written */
            buf_add(out, s + i, elen);
        i += elen;
    }
}

/* Appends text with XML entities decoded. */
static void add_decoded(dyad_reader *r, const char *s, size_t n)
{
    buf_clear(&r->scratch);
    decode_entities(&r->scratch, s, n);
    reader_add_text(r, r->scratch.data, r->scratch.len);
}

/* Sets `out` to the decoded value of attribute `name`, whole: an id or a
 * source must come out as the file wrote it ("AT&amp;T" is "AT&T"). */
static int tag_attr_decoded(const char *tag, size_t n, const char *name, buf *out)
{
    const char *v;
    size_t len;
    if (!tag_attr_span(tag, n, name, &v, &len))
        return 0;
    buf_clear(out);
    decode_entities(out, v, len);
    return 1;
}

/* Longest tag read across lines: a stray '<' in text must not swallow the
 * rest of a file. */
#define MAX_TAG_BYTES 65536

/* A tag with no '>' on its line that is worth joining with the next line:
 * it names an element ("<Sentence", "</Text"), it is not a stray '<'. */
static int tag_may_span(const char *tag, size_t n)
{
    return n < MAX_TAG_BYTES && (isalpha((unsigned char)tag[1]) || tag[1] == '/');
}

/* The length of tag `name` ("<Text", "</Text") at s when s holds it, with
 * attributes or blanks before its '>' ("<Text lang=\"en\">", "<Text >":
 * their records were rejected for "no text"); 0 otherwise. */
static size_t tag_named(const char *s, size_t n, const char *name)
{
    size_t name_len = strlen(name);
    if (n <= name_len || strncmp(s, name, name_len) != 0)
        return 0;
    if (s[name_len] != '>' && s[name_len] != '/' && !isspace((unsigned char)s[name_len]))
        return 0;
    const char *gt = memchr(s + name_len, '>', n - name_len);
    return gt ? (size_t)(gt - s) + 1 : 0;
}

/* Whether tag[0..n) is a <Sentence> tag with a namespace prefix
 * ("<p:Sentence date=...>"). */
static int prefixed_sentence_tag(const char *tag, size_t n)
{
    size_t name = strcspn(tag + 1, " \t/>");
    const char *colon = memchr(tag + 1, ':', name);
    return name < n && colon && colon > tag + 1 && tag + 1 + name - colon == 9
        && strncmp(colon + 1, "Sentence", 8) == 0;
}

/* Whether tag[0..n) is a <Sentence> tag in another case ("<sentence",
 * "<SENTENCE"): XML names are case-sensitive, so it is no record, but a
 * file written so means records, not markup inside text. */
static int sentence_tag_in_other_case(const char *tag, size_t n)
{
    return n > 10 && strncasecmp(tag, "<Sentence", 9) == 0 && strncmp(tag, "<Sentence", 9) != 0
        && (tag[9] == '>' || tag[9] == '/' || isspace((unsigned char)tag[9]));
}

/* Rejects the record a tag that is not <Sentence> opens, saying why.  (The
 * caller then takes the rejection as this record's: the next record was
 * dropped as rejected, without a word.) */
static void skip_record(dyad_reader *r, const char *tag, const char *why)
{
    r->n_stories++;
    reader_reject(r, NULL, r->line_no, "a <%.*s> element: %s; the record was skipped",
                  (int)strcspn(tag + 1, " \t/>"), tag + 1, why);
}

/* Starts a record at its <Sentence> tag, which began at input line `line`
 * (the tag may span lines). */
static void start_sentence(dyad_reader *r, const char *tag, size_t n, long line)
{
    reader_reset_story(r);
    r->story_line = line;
    r->n_stories++;
    char flag[16];
    if (!tag_attr_decoded(tag, n, "id", &r->id) || !r->id.len)
        buf_printf(&r->id, "%s:%lu", r->name, r->n_stories);
    /* (date="" is no date, said when the record ends, as JSON's "".)  The
     * date is entity-decoded as the id is ("2021&#45;10&#45;15"). */
    buf date;
    buf_init(&date);
    if (tag_attr_decoded(tag, n, "date", &date) && date.len) {
        char iso[11];
        const char *why;
        if (reader_parse_date(date.data, date.len, iso, &why) == 0)
            buf_adds(&r->date, iso);
        else
            reader_reject(r, r->id.data, line, "bad date \"%.40s\": %s", date.data, why);
    }
    buf_free(&date);
    if ((tag_attr(tag, n, "evaluate", flag, sizeof flag) || tag_attr(tag, n, "sentence", flag, sizeof flag))
        && (flag[0] == 'f' || flag[0] == 'F'))
        r->evaluate = 0;
    tag_attr_decoded(tag, n, "source", &r->source);
}

/* Whether tag[0..n) holds attribute `name` in another case ("EventCode"). */
static int attr_in_other_case(const char *tag, size_t n, const char *name)
{
    size_t name_len = strlen(name);
    for (size_t i = 0; i + name_len < n; i++)
        if (strncasecmp(tag + i, name, name_len) == 0)
            return 1;
    return 0;
}

/* Copies attribute `name` of an <EventCoding> into out, whole: one missing,
 * empty or too long to hold is noted as the record's fault (it was dropped,
 * or cut, without a word, and the record scored against what was left). */
static int coding_attr(dyad_reader *r, const char *tag, size_t n, const char *name, char *out, size_t cap)
{
    const char *v;
    size_t len;
    if (!tag_attr_span(tag, n, name, &v, &len)) {
        reader_expect_error(r, "<EventCoding> has no %s%s", name, attr_in_other_case(tag, n, name)
                            ? " (it has one in another case: XML names are case-sensitive)" : "");
        return 0;
    }
    if (!len) {
        reader_expect_error(r, "<EventCoding> has an empty %s", name);
        return 0;
    }
    if (len >= cap) {
        reader_expect_error(r, "the %s of <EventCoding> has %zu bytes, too long for a code", name, len);
        return 0;
    }
    memcpy(out, v, len);
    out[len] = 0;
    return 1;
}

/* Reads an <EventCoding>: a coding, noevents="True", or PETRARCH's
 * error="..." (a record it refuses: no event either).  Any other shape is
 * the record's fault, for `dyad validate` to report. */
static void event_coding(dyad_reader *r, const char *tag, size_t n)
{
    char src[64], tgt[64], code[16], none[16] = "";
    const char *v;
    size_t len;
    if (tag_attr(tag, n, "noevents", none, sizeof none) && (none[0] == 'T' || none[0] == 't')) {
        if (r->n_expected)
            reader_expect_error(r, "noevents=\"%s\" and an event coding in one record", none);
        r->expect_none = 1;
        return;
    }
    if (tag_attr_span(tag, n, "error", &v, &len))
        return;
    if (!coding_attr(r, tag, n, "eventcode", code, sizeof code) || !coding_attr(r, tag, n, "sourcecode", src, sizeof src)
        || !coding_attr(r, tag, n, "targetcode", tgt, sizeof tgt))
        return;
    if (!reader_event_code_shape(code))
        reader_expect_error(r, "eventcode \"%s\" is not an event code", code);
    else if (r->expect_none)
        reader_expect_error(r, "noevents and an event coding in one record");
    else
        reader_add_expected(r, src, tgt, code);
}

/* Finishes the current sentence: 1 when it is a good story, 0 when the
 * record was rejected or empty (already reported). */
static int end_sentence(dyad_reader *r, int had_date_error, int text_in_other_case)
{
    if (had_date_error)
        return 0;
    if (text_in_other_case && !r->text.len && r->date.len) {
        reader_reject(r, r->id.data, r->story_line,
                      "story has no text (its <text> is not <Text>: XML names are case-sensitive)");
        return 0;
    }
    return reader_finish_story(r);
}

/* Consumes the first `i` bytes of the current line and keeps the rest
 * pending, so the next call resumes there. */
static void keep_line_from(dyad_reader *r, size_t i)
{
    memmove(r->line, r->line + i, r->line_len - i + 1);
    r->line_len -= i;
    r->have_line = 1;
}

int read_petrxml(dyad_reader *r)
{
    int state = OUTSIDE, in_comment = 0, in_cdata = 0, text_in_other_case = 0;
    long comment_line = 0;
    unsigned long rejected_before = r->rejected;
    while (reader_peek_line(r)) {
        if (state == OUTSIDE && !in_comment && !r->piece) {
            const char *other = reader_foreign_record(r, r->line);
            if (other) {
                reader_reject_foreign(r, other);
                rejected_before = r->rejected;
                reader_take_line(r);
                continue;
            }
        }
        long first_line = r->line_no;   /* where the line began, if joined */
        const char *s = r->line;
        size_t n = r->line_len, i = 0;
        while (i < n) {
            if (in_comment) {
                const char *end = strstr(s + i, "-->");
                if (!end) break;
                i = (size_t)(end - s) + 3;
                in_comment = 0;
                continue;
            }
            if (state == IN_TEXT) {
                if (in_cdata) {
                    const char *end = strstr(s + i, "]]>");
                    size_t stop = end ? (size_t)(end - s) : n;
                    reader_add_text(r, s + i, stop - i);
                    i = end ? stop + 3 : n;
                    in_cdata = !end;
                    continue;
                }
                const char *lt = memchr(s + i, '<', n - i);
                size_t stop = lt ? (size_t)(lt - s) : n;
                add_decoded(r, s + i, stop - i);
                i = stop;
                if (!lt) break;
                if (strncmp(s + i, "<![CDATA[", 9) == 0) { in_cdata = 1; i += 9; continue; }
                size_t end_len = tag_named(s + i, n - i, "</Text");
                if (end_len) { state = IN_SENTENCE; i += end_len; continue; }
                /* "</Sentence>" with no "</Text>" before it ends the text
                 * too, as an early-closed tag (the record was rejected for
                 * an unclosed <Text>, "</Sentence>" a word of its text). */
                if (tag_named(s + i, n - i, "</Sentence")) { state = IN_SENTENCE; continue; }
                /* Comments and processing instructions are no text of
                 * the story (XML's rule; a CMS leaves "<!-- ad -->"). */
                if (strncmp(s + i, "<!--", 4) == 0) {
                    in_comment = 1;
                    comment_line = r->line_no;
                    i += 4;
                    continue;
                }
                /* A <Text> inside the text (nested, or a "</Text>" lost
                 * before it) is markup, not words: "Moscow.<Text>Iran" was
                 * one sentence.  It parts the text as a new line does. */
                size_t inner_len = tag_named(s + i, n - i, "<Text");
                if (inner_len) { reader_add_text(r, "\n", 1); i += inner_len; continue; }
                const char *pi_end = strncmp(s + i, "<?", 2) == 0 ? strstr(s + i + 2, "?>") : NULL;
                if (pi_end) { i = (size_t)(pi_end - s) + 2; continue; }
                if (reader_is_sentence_tag(s + i)) {
                    /* The next record begins: this one's text never ended
                     * (one message per record: a bad date said it already). */
                    if (r->rejected == rejected_before)
                        reader_reject(r, r->id.data, r->story_line, "unclosed <Text> before the next <Sentence>");
                    rejected_before = r->rejected;
                    state = OUTSIDE;
                    continue;
                }
                reader_add_text(r, "<", 1);
                i++;
                continue;
            }
            const char *lt = memchr(s + i, '<', n - i);
            if (!lt) break;
            i = (size_t)(lt - s);
            if (strncmp(s + i, "<!--", 4) == 0) {
                in_comment = 1;
                comment_line = r->line_no;
                i += 4;
                continue;
            }
            const char *gt = memchr(s + i, '>', n - i);
            /* (A <Sentence cut short in a record closes that record first.) */
            if (!gt && state != IN_PARSE && tag_may_span(s + i, n - i)
                && !(state != OUTSIDE && reader_is_sentence_tag(s + i))) {
                if (reader_join_line(r)) {
                    /* `<Sentence` with its attributes on the next lines. */
                    s = r->line; n = r->line_len;
                    continue;
                }
                /* The input ends inside the tag: the file was cut short.
                 * An open record goes with it (said here, once). */
                reader_reject(r, state != OUTSIDE ? r->id.data : NULL, r->line_no,
                              "the input ends inside a tag (\"%.24s\"): is the file cut short?", r->line + i);
                break;
            }
            size_t tag_end = gt ? (size_t)(gt - s) + 1 : n;
            const char *tag = s + i;
            size_t tag_len = tag_end - i;
            if (state == IN_PARSE) {
                if (strncmp(tag, "</Parse>", 8) == 0) state = IN_SENTENCE;
                i = tag_end;
                continue;
            }
            if (reader_is_sentence_tag(tag)) {
                if (state != OUTSIDE && r->id.len) {
                    /* A new record before </Sentence>: close the old one
                     * here, and resume at the new one's tag. */
                    keep_line_from(r, i);
                    state = OUTSIDE;
                    if (end_sentence(r, r->rejected != rejected_before, text_in_other_case))
                        return 1;
                    rejected_before = r->rejected;
                    s = r->line; n = r->line_len; i = 0;
                    continue;
                }
                start_sentence(r, tag, tag_len, first_line);
                state = IN_SENTENCE;
                text_in_other_case = 0;
            } else if (state == OUTSIDE && prefixed_sentence_tag(tag, tag_len)) {
                /* "<p:Sentence>" of a file written with a namespace prefix:
                 * said, as it is not read (it was skipped without a word). */
                skip_record(r, tag, "dyad reads <Sentence> with no namespace prefix");
                rejected_before = r->rejected;
            } else if (state == OUTSIDE && sentence_tag_in_other_case(tag, tag_len)) {
                skip_record(r, tag, "XML names are case-sensitive and dyad reads <Sentence>");
                rejected_before = r->rejected;
            } else if (state != OUTSIDE && strncmp(tag, "<EventCoding", 12) == 0) {
                event_coding(r, tag, tag_len);
            } else if (state != OUTSIDE && tag_named(tag, tag_len, "<Text")) {
                /* (An empty element, "<Text/>", holds no text.) */
                if (tag[tag_len - 2] != '/') {
                    state = IN_TEXT;
                    if (r->text.len) reader_add_text(r, "\n", 1);
                }
            } else if (state != OUTSIDE && tag_len >= 6 && strncasecmp(tag, "<text", 5) == 0
                       && (tag[5] == '>' || isspace((unsigned char)tag[5]))) {
                /* "<text>", "<TEXT>": said if the record ends with no text. */
                text_in_other_case = 1;
            } else if (state != OUTSIDE && strncmp(tag, "<Parse", 6) == 0) {
                state = IN_PARSE;
            } else if (state != OUTSIDE && strncmp(tag, "</Sentence>", 11) == 0) {
                state = OUTSIDE;
                keep_line_from(r, tag_end);
                if (end_sentence(r, r->rejected != rejected_before, text_in_other_case))
                    return 1;
                rejected_before = r->rejected;
                s = r->line; n = r->line_len; i = 0;
                continue;
            }
            i = tag_end;
        }
        /* A piece of a line ended to bound its length is not a line end. */
        if (state == IN_TEXT && !in_comment && !r->soft_break) reader_add_text(r, "\n", 1);
        reader_take_line(r);
    }
    if (in_comment)
        reader_reject(r, NULL, comment_line, "unclosed <!-- comment: the rest of the file was skipped");
    reader_no_records(r, "<Sentence> element");
    if (state != OUTSIDE && r->id.len) {
        if (state == IN_TEXT) {
            if (r->rejected == rejected_before)
                reader_reject(r, r->id.data, r->line_no, "unclosed <Text> at end of file");
        } else if (end_sentence(r, r->rejected != rejected_before, text_in_other_case))
            return 1;
    }
    return 0;
}
