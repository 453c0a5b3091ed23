/* jsonl.c — JSON Lines stories: one object per line with "id", "date" and
 * "text"; "title", "source" and "url" are optional.  Other keys are skipped.
 *
 * The parser is a strict recursive-descent reader of RFC 8259 with a depth
 * limit, so a hostile line can neither overflow the stack nor be half
 * accepted: a line is either a whole story or one rejection message. */
#include "read/read_internal.h"
#include <string.h>
#include <strings.h>

#define MAX_DEPTH 64

typedef struct json {
    const char *p, *end;
    const char *err;
} json;

static void skip_ws(json *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
        j->p++;
}

static int fail(json *j, const char *why)
{
    if (!j->err)
        j->err = why;
    return -1;
}

static int hex4(json *j, unsigned *out)
{
    if (j->end - j->p < 4)
        return fail(j, "truncated \\u escape");
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = j->p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return fail(j, "bad \\u escape");
    }
    j->p += 4;
    *out = v;
    return 0;
}

static void put_utf8(buf *b, unsigned cp)
{
    char s[4];
    size_t n;
    if (cp < 0x80) { s[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { s[0] = (char)(0xC0 | cp >> 6); s[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | cp >> 12); s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        s[0] = (char)(0xF0 | cp >> 18); s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); s[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    buf_add(b, s, n);
}

static int unicode_escape(json *j, buf *out)
{
    unsigned cp;
    if (hex4(j, &cp) < 0)
        return -1;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        unsigned lo;
        if (j->end - j->p < 2 || j->p[0] != '\\' || j->p[1] != 'u')
            return fail(j, "unpaired surrogate in \\u escape");
        j->p += 2;
        if (hex4(j, &lo) < 0)
            return -1;
        if (lo < 0xDC00 || lo > 0xDFFF)
            return fail(j, "unpaired surrogate in \\u escape");
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF)
        return fail(j, "unpaired surrogate in \\u escape");
    if (cp == 0)
        return fail(j, "\\u0000 in a string");
    if (out)
        put_utf8(out, cp);
    return 0;
}

/* Parses a string; appends its value to `out` unless out is NULL. */
static int parse_string(json *j, buf *out)
{
    if (j->p < j->end && *j->p == '\'')
        return fail(j, "a string in single quotes (JSON takes double quotes)");
    /* (Only a key is looked for at the end: a value is checked before.) */
    if (j->p >= j->end)
        return fail(j, "truncated or malformed object");
    if (*j->p != '"')
        return fail(j, "expected a string");
    j->p++;
    while (j->p < j->end) {
        const char *run = j->p;
        while (j->p < j->end && *j->p != '"' && *j->p != '\\' && (unsigned char)*j->p >= 0x20)
            j->p++;
        if (out)
            buf_add(out, run, (size_t)(j->p - run));
        if (j->p >= j->end)
            break;
        char c = *j->p++;
        if (c == '"')
            return 0;
        if (c != '\\')
            return fail(j, "control character in a string");
        if (j->p >= j->end)
            break;
        c = *j->p++;
        const char *simple = strchr("\"\\/bfnrt", c);
        if (c && simple) {
            static const char repl[] = "\"\\/\b\f\n\r\t";
            if (out)
                buf_addc(out, repl[simple - "\"\\/bfnrt"]);
        } else if (c == 'u') {
            if (unicode_escape(j, out) < 0)
                return -1;
        } else
            return fail(j, "bad escape in a string");
    }
    return fail(j, "unterminated string");
}

static int parse_value(json *j, int depth, buf *out);

static size_t skip_digits(json *j)
{
    const char *start = j->p;
    while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
        j->p++;
    return (size_t)(j->p - start);
}

/* A number as RFC 8259 writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static int parse_number(json *j, buf *out)
{
    const char *start = j->p;
    if (j->p < j->end && *j->p == '-')
        j->p++;
    const char *int_part = j->p;
    size_t n = skip_digits(j);
    if (n > 1 && *int_part == '0')
        return fail(j, "a number with a leading zero is not JSON (write a code such as 007 as a string)");
    int ok = n > 0;
    if (ok && j->p < j->end && *j->p == '.') {
        j->p++;
        ok = skip_digits(j) > 0;
    }
    if (ok && j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
        j->p++;
        if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
            j->p++;
        ok = skip_digits(j) > 0;
    }
    if (!ok)
        return fail(j, "bad value");
    if (out)
        buf_add(out, start, (size_t)(j->p - start));
    return 0;
}

/* Steps past the comma between two members.  One before the closing
 * bracket ({"a": 1,}, which JavaScript and Python write) is named, rather
 * than read as a member missing. */
static int next_member(json *j, char close)
{
    j->p++;
    skip_ws(j);
    if (j->p < j->end && *j->p == close)
        return fail(j, close == '}' ? "a comma before '}' (JSON allows none after the last member)"
                                    : "a comma before ']' (JSON allows none after the last member)");
    return 0;
}

/* Whether the value at j->p is a number of JavaScript that JSON lacks. */
static int not_a_json_number(const json *j)
{
    static const char *const words[] = {"NaN", "Infinity", "-Infinity"};
    for (int i = 0; i < 3; i++) {
        size_t n = strlen(words[i]);
        if ((size_t)(j->end - j->p) >= n && memcmp(j->p, words[i], n) == 0)
            return 1;
    }
    return 0;
}

static int parse_container(json *j, int depth, char close)
{
    if (depth > MAX_DEPTH)
        return fail(j, "nested deeper than 64 levels");
    j->p++;
    skip_ws(j);
    if (j->p < j->end && *j->p == close) {
        j->p++;
        return 0;
    }
    for (;;) {
        skip_ws(j);
        if (close == '}') {
            if (parse_string(j, NULL) < 0)
                return -1;
            skip_ws(j);
            if (j->p >= j->end || *j->p++ != ':')
                return fail(j, "expected ':'");
        }
        if (parse_value(j, depth + 1, NULL) < 0)
            return -1;
        skip_ws(j);
        if (j->p < j->end && *j->p == ',') {
            if (next_member(j, close) < 0)
                return -1;
            continue;
        }
        if (j->p < j->end && *j->p == close) {
            j->p++;
            return 0;
        }
        return fail(j, "truncated or malformed object or array");
    }
}

static int parse_literal(json *j, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(j->end - j->p) < n || memcmp(j->p, word, n) != 0)
        return fail(j, "bad value");
    j->p += n;
    return 0;
}

static int parse_value(json *j, int depth, buf *out)
{
    skip_ws(j);
    if (j->p >= j->end)
        return fail(j, "truncated value");
    switch (*j->p) {
    case '"': return parse_string(j, out);
    case '{': return parse_container(j, depth, '}');
    case '[': return parse_container(j, depth, ']');
    case 't': return parse_literal(j, "true");
    case 'f': return parse_literal(j, "false");
    case 'n': return parse_literal(j, "null");
    default:
        if (not_a_json_number(j))
            return fail(j, "NaN and Infinity are not JSON (write null)");
        return parse_number(j, out);
    }
}

/* The story fields we keep, in the order of `seen` bits, and what a value
 * of the wrong type is told. */
static const struct {
    const char *name, *wrong_type;
} fields[] = {{"id", "\"id\" is neither a string nor a number"}, {"date", "\"date\" is not a string"},
              {"text", "\"text\" is not a string"}, {"title", "\"title\" is not a string"},
              {"source", "\"source\" is not a string"}, {"url", "\"url\" is not a string"}};

/* The buffer of story field `key`, or NULL for a key dyad skips; `*field`
 * is its index. */
static buf *field_buf(dyad_reader *r, const char *key, size_t n, int *field)
{
    buf *const bufs[] = {&r->id, &r->date, &r->text, &r->title, &r->source, &r->url};
    for (int i = 0; i < 6; i++)
        if (strlen(fields[i].name) == n && memcmp(fields[i].name, key, n) == 0) {
            *field = i;
            return bufs[i];
        }
    return NULL;
}

/* Said of a field missing when its key was written in another case (JSON
 * keys are case-sensitive; "Date" may mean "date" or something else). */
#define CASE_HINT(key) " (\"" key "\" is written in another case: JSON keys are case-sensitive)"

/* The bit of the story field that `key` names in another case ("Date",
 * "TEXT"), or 0: said when that field is then missing. */
static int field_in_other_case(const char *key, size_t n)
{
    for (int i = 0; i < 6; i++)
        if (strlen(fields[i].name) == n && strncasecmp(fields[i].name, key, n) == 0)
            return 1 << i;
    return 0;
}

/* What a line (or a member of a JSON array) that is not an object starts
 * with, for the message. */
static const char *not_object(const json *j, int member)
{
    static const char *const says[][2] = {
        {"line is a JSON array, not an object", "array member is a JSON array, not an object"},
        {"line is a JSON string, not an object", "array member is a JSON string, not an object"},
        {"line is a JSON number, not an object", "array member is a JSON number, not an object"},
        {"line is JSON null, not an object", "array member is JSON null, not an object"},
        {"line is a JSON boolean, not an object", "array member is a JSON boolean, not an object"},
        {"line is not a JSON object", "array member is not a JSON object"},
        {"line is a comment: JSON has none", "array member is a comment: JSON has none"}};
    size_t n = (size_t)(j->end - j->p);
    char c = n ? *j->p : 0;
    int kind = 5;
    if (c == '[') kind = 0;
    else if (c == '"') kind = 1;
    else if ((c >= '0' && c <= '9') || c == '-') kind = 2;
    else if (n >= 4 && memcmp(j->p, "null", 4) == 0) kind = 3;
    else if ((n >= 4 && memcmp(j->p, "true", 4) == 0) || (n >= 5 && memcmp(j->p, "false", 5) == 0)) kind = 4;
    else if (n >= 2 && c == '/' && (j->p[1] == '/' || j->p[1] == '*')) kind = 6;
    return says[kind][member != 0];
}

/* Parses a story object into the reader's fields (its date into
 * date_raw); *other_case gets the bits of fields whose key was written in
 * another case. */
static int parse_story(dyad_reader *r, json *j, buf *date_raw, int *other_case)
{
    skip_ws(j);
    if (j->p >= j->end || *j->p != '{')
        return fail(j, not_object(j, r->json_array));
    j->p++;
    skip_ws(j);
    if (j->p < j->end && *j->p == '}') {
        /* "{}" is an object of no fields: a story with no date (it was
         * "expected a string"). */
        j->p++;
        return 0;
    }
    int seen = 0;
    buf key;
    buf_init(&key);
    int status = 0;
    for (;;) {
        skip_ws(j);
        buf_clear(&key);
        if (parse_string(j, &key) < 0) { status = -1; break; }
        skip_ws(j);
        if (j->p >= j->end || *j->p++ != ':') { status = fail(j, "expected ':'"); break; }
        int field = -1;
        buf *target = field_buf(r, key.data, key.len, &field);
        if (!target)
            *other_case |= field_in_other_case(key.data, key.len);
        int bit = target ? 1 << field : 0;
        if (target == &r->date)
            target = date_raw;
        if (bit & seen) { status = fail(j, "duplicate key"); break; }
        seen |= bit;
        skip_ws(j);
        /* A string (or null, for no value); an id may be a number too. */
        int number = j->p < j->end && ((*j->p >= '0' && *j->p <= '9') || *j->p == '-');
        if (target && j->p < j->end && *j->p != '"' && (field == 0 ? !number : *j->p != 'n')) {
            status = fail(j, fields[field].wrong_type);
            break;
        }
        if (parse_value(j, 1, target) < 0) { status = -1; break; }
        skip_ws(j);
        if (j->p < j->end && *j->p == ',') {
            if (next_member(j, '}') < 0) { status = -1; break; }
            continue;
        }
        if (j->p < j->end && *j->p == '}') { j->p++; break; }
        status = fail(j, "truncated or malformed object");
        break;
    }
    buf_free(&key);
    return status;
}

/* Checks what follows a story object: nothing, another object, or in a
 * JSON array a comma or the array's ']'.  Members or objects after it on
 * the same line are left in r->line as its next line to read (`more`). */
static int object_end(dyad_reader *r, json *j, int *more)
{
    skip_ws(j);
    *more = 0;
    if (r->json_array && j->p < j->end && *j->p == ',') {
        j->p++;
        skip_ws(j);
        *more = j->p < j->end;
        return 0;
    }
    if (r->json_array && j->p < j->end && *j->p == ']') {
        r->json_array = 0;
        j->p++;
        skip_ws(j);
    }
    if (j->p == j->end)
        return 0;
    /* Objects one after another on a line with nothing between ("}{", as
     * jq -j writes them): each is a record, read next (the ones after the
     * first were lost with a message that named only the first). */
    if (*j->p == '{' && !r->json_array && j->end == r->line + r->line_len) {
        *more = 1;
        return 0;
    }
    return fail(j, *j->p == ',' ? "a comma after the JSON object (JSON Lines has one object a line, "
                                  "nothing between)" : "text after the JSON object");
}

/* Reads the brackets of a file that is one JSON array of stories (written
 * by json.dump(list) or jq -s), whose members are one a line, several, or
 * printed over lines: a '[' before an object or alone on its line opens
 * it, and is dropped from the line; a ']' alone closes it.  Returns 1
 * when nothing is left of the line ("[", "]", "[]"). */
static int array_brackets(dyad_reader *r)
{
    size_t lead = strspn(r->line, " \t");
    if (r->json_array && r->line[lead] == ',') {
        /* The comma between members printed "}, {" (what is left of the
         * line after the member's '}'). */
        reader_drop_prefix(r, lead + 1);
        lead = strspn(r->line, " \t");
        if (lead == r->line_len)
            return 1;
    }
    const char *p = r->line + lead;
    size_t after = 1 + strspn(p + 1, " \t");
    if (*p == '[' && p[after] == ']' && !p[after + 1 + strspn(p + after + 1, " \t")])
        return 1; /* an array of no stories */
    if (*p == '[' && !r->json_array && (p[after] == '{' || !p[after])) {
        r->json_array = 1;
        reader_drop_prefix(r, lead + after);
        return !r->line_len;
    }
    if (*p == ']' && r->json_array && !p[after]) {
        r->json_array = 0;
        return 1;
    }
    return 0;
}

/* Whether the line is `c` alone ("{", "}", or "}," when `comma`) after
 * exactly `indent` blanks, trailing blanks aside. */
static int alone_at(const dyad_reader *r, size_t indent, char c, int comma)
{
    size_t n = r->line_len;
    while (n > indent && (r->line[n - 1] == ' ' || r->line[n - 1] == '\t'))
        n--;
    return strspn(r->line, " \t") == indent && r->line[indent] == c
           && (n == indent + 1 || (comma && n == indent + 2 && r->line[indent + 1] == ','));
}

/* Whether the pending line is indented no deeper than `indent` (blank
 * lines aside): no member line of an object printed at that indent is. */
static int outdented(const dyad_reader *r, size_t indent)
{
    size_t lead = strspn(r->line, " \t");
    return lead < r->line_len && lead <= indent;
}

/* Whether the pending line closes an object whose '{' was at `indent`: its
 * '}' alone at that indent ("}," too).  In a JSON array, a '}' at that
 * indent or less followed by more of the array ("}, {", "}]", as "[{"
 * opening a file prints them) closes it too. */
static int closes_object(const dyad_reader *r, size_t indent)
{
    size_t lead = strspn(r->line, " \t");
    if (r->json_array)
        return lead <= indent && r->line[lead] == '}';
    return alone_at(r, indent, '}', 1);
}

/* Reads an object printed over several lines, as jq and json.dumps(indent=2)
 * write it: its '{' alone on the current line, to the line that closes it
 * (closes_object(); a comma after it outside an array is then reported).
 * In an array, what follows the '}' on its line is left as the next line.
 * The lines are joined in r->scratch with their line ends.  An object that
 * never closes ends before the next line as little indented as its '{' (the
 * next record), or at the end of the input, and fails to parse.  Returns 0
 * when it passed the story limit (the rest of it is read and dropped). */
static int read_object_lines(dyad_reader *r)
{
    size_t indent = strspn(r->line, " \t");
    int fits = 1;
    buf_clear(&r->scratch);
    buf_add(&r->scratch, r->line, r->line_len);
    while (reader_peek_line(r) && (!outdented(r, indent) || closes_object(r, indent))) {
        reader_take_line(r);
        int closing = closes_object(r, indent);
        size_t take = closing && r->json_array ? strspn(r->line, " \t") + 1 : r->line_len;
        fits &= !r->line_cut && r->scratch.len + 1 + take <= r->lim.max_story_bytes;
        if (fits) {
            buf_addc(&r->scratch, '\n');
            buf_add(&r->scratch, r->line, take);
        }
        if (closing) {
            if (take < r->line_len) {
                reader_drop_prefix(r, take);
                r->have_line = 1;
            }
            break;
        }
    }
    return fits;
}

/* When more members of an array, or more objects, follow the one just
 * read on its line (`more`), leaves them as the next line to read. */
static void keep_members(dyad_reader *r, const json *j, const char *rec, int more)
{
    if (more && rec == r->line) {
        reader_drop_prefix(r, (size_t)(j->p - r->line));
        r->have_line = 1;
    }
}

/* Where the JSON value at p ends, told by its brackets and strings alone:
 * the ',' or ']' after it at its level, or NULL.  A bad member of an array
 * is skipped so, to read the members after it on its line. */
static const char *member_end(const char *p, const char *end)
{
    int depth = 0, in_string = 0;
    for (size_t i = 0; i < (size_t)(end - p); i++) {
        char c = p[i];
        if (in_string) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_string = 0;
        } else if (c == '"')
            in_string = 1;
        else if (c == '{' || c == '[')
            depth++;
        else if ((c == '}' || c == ']') && depth-- == 0)
            return c == ']' ? p + i : NULL;
        else if (c == ',' && depth == 0)
            return p + i;
    }
    return NULL;
}

/* Reports a JSON error at j->p in the record rec (which may span lines,
 * or follow other members of an array on its line).  In an array, the
 * members after a bad one on its line are read when its end can be found
 * (*resume), else the message says they were skipped. */
static void reject_json(dyad_reader *r, const json *j, const char *rec, const char **resume)
{
    long line = r->story_line;
    const char *col = rec - r->line_col;
    for (const char *p = rec; p < j->p; p++)
        if (*p == '\n')
            line++, col = p + 1;
    int several = r->json_array && rec == r->line;
    *resume = several ? member_end(rec, j->end) : NULL;
    int lost = several && !*resume && j->p < j->end && memchr(j->p + 1, '{', (size_t)(j->end - j->p - 1));
    reader_reject(r, r->id.len ? r->id.data : NULL, line, "bad JSON at column %ld: %s%s", (long)(j->p - col) + 1,
                  j->err, lost ? " (the rest of the line, a JSON array's members, was skipped)" : "");
}

int read_jsonl(dyad_reader *r)
{
    buf date_raw;
    buf_init(&date_raw);
    int got = 0;
    while (!got && reader_peek_line(r)) {
        reader_take_line(r);
        if (strspn(r->line, " \t") == r->line_len || array_brackets(r))
            continue;
        reader_reset_story(r);
        r->n_stories++;
        buf_clear(&date_raw);
        const char *other = r->line[strspn(r->line, " \t")] != '{' ? reader_foreign_record(r, r->line) : NULL;
        if (other) {
            reader_reject_foreign(r, other);
            continue;
        }
        json j = {r->line, r->line + r->line_len, NULL};
        if (alone_at(r, strspn(r->line, " \t"), '{', 0)) {
            /* (Its first line may follow an object or a '[' on its input
             * line: the column of its '{' holds for the message.) */
            size_t first_col = r->line_col;
            int fits = read_object_lines(r);
            r->line_col = first_col;
            if (!fits) {
                reader_reject(r, NULL, r->story_line, "object longer than %zu bytes (--max-story-bytes)",
                              r->lim.max_story_bytes);
                continue;
            }
            j.p = r->scratch.data;
            j.end = r->scratch.data + r->scratch.len;
        } else if (r->line_len > r->lim.max_story_bytes && (!r->json_array || r->line_cut)) {
            /* (An array's line holds many stories: each is measured.) */
            reader_reject(r, NULL, r->line_no, "line longer than %zu bytes (--max-story-bytes)",
                          r->lim.max_story_bytes);
            continue;
        }
        const char *rec = j.p, *resume;
        int more, other_case = 0;
        if (parse_story(r, &j, &date_raw, &other_case) < 0 || object_end(r, &j, &more) < 0) {
            reject_json(r, &j, rec, &resume);
            j.p = resume;
            j.err = NULL;
            if (resume && object_end(r, &j, &more) == 0)
                keep_members(r, &j, rec, more);
            continue;
        }
        size_t len = (size_t)(j.p - rec);
        keep_members(r, &j, rec, more);
        if (!r->id.len)
            buf_printf(&r->id, "%s:%lu", r->name, r->n_stories);
        if (len > r->lim.max_story_bytes) {
            reader_reject(r, r->id.data, r->story_line, "story longer than %zu bytes (--max-story-bytes)",
                          r->lim.max_story_bytes);
            continue;
        }
        char iso[11];
        const char *why;
        /* No "date", null or "": said as XML says it (was `bad date "": missing`). */
        if (!date_raw.len) {
            reader_reject(r, r->id.data, r->story_line, "story has no date%s",
                          other_case & 2 ? CASE_HINT("date") : "");
            continue;
        }
        if (reader_parse_date(date_raw.data, date_raw.len, iso, &why) < 0) {
            reader_reject(r, r->id.data, r->story_line, "bad date \"%.40s\": %s", date_raw.data, why);
            continue;
        }
        buf_adds(&r->date, iso);
        if (!r->text.len && other_case & 4) {
            reader_reject(r, r->id.data, r->story_line, "story has no text%s", CASE_HINT("text"));
            continue;
        }
        got = reader_finish_story(r);
    }
    buf_free(&date_raw);
    return got;
}
