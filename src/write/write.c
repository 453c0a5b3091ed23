/* write.c — event writers: JSON Lines (default) and TSV.
 *
 * Field names are the ones used throughout dyad (docs and C structs):
 * story_id, sentence, sentence_text, story_date, date, date_text, source,
 * target, cameo, root, quad_class, goldstein, plover, evidence, location,
 * attribution.  TSV follows the ICEWS/Phoenix column order. */
#include "dyad.h"
#include <string.h>

/* The length of a character that must not reach an output line raw, at
 * p: a control character (C0, DEL, or C1 as UTF-8 C2 80..9F) or the
 * Unicode line and paragraph separators.  Tabs and line ends would break a
 * TSV row's columns; the others are line ends to some readers (Python's
 * splitlines() ends lines at \v, \f, \x1c-\x1e, U+0085, U+2028), so a
 * JSON line holding one raw is two lines to them. */
static size_t line_unsafe(const unsigned char *p)
{
    if (*p < 0x20 || *p == 0x7F)
        return 1;
    if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
        return 2;
    if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
        return 3;
    return 0;
}

/* The code point of a character line_unsafe() measured as n bytes. */
static unsigned unsafe_code_point(const unsigned char *p, size_t n)
{
    if (n == 1)
        return p[0];
    if (n == 2)
        return p[1];
    return 0x2000u | (p[2] & 0x3Fu);
}

static void json_string(FILE *out, const char *s)
{
    if (!s) {
        fputs("null", out);
        return;
    }
    putc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t unsafe = line_unsafe(p);
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (unsafe)
                fprintf(out, "\\u%04x", unsafe_code_point(p, unsafe));
            else
                putc(*p, out);
        }
        p += unsafe ? unsafe : 1;
    }
    putc('"', out);
}

/* One "key":value pair; `key` carries its own leading comma and colon. */
static void json_member(FILE *out, const char *key, const char *value)
{
    fputs(key, out);
    json_string(out, value);
}

static void json_actor(FILE *out, const dyad_actor *a)
{
    json_member(out, "{\"code\":", a->code);
    json_member(out, ",\"country\":", a->country[0] ? a->country : NULL);
    json_member(out, ",\"sector\":", a->sector[0] ? a->sector : NULL);
    json_member(out, ",\"text\":", a->text);
    putc('}', out);
}

static void json_location(FILE *out, const dyad_location *l)
{
    if (!l) {
        fputs("null", out);
        return;
    }
    json_member(out, "{\"name\":", l->name);
    json_member(out, ",\"country\":", l->country[0] ? l->country : NULL);
    json_member(out, ",\"admin1\":", l->admin1);
    fprintf(out, ",\"lat\":%.4f,\"lon\":%.4f,\"geonames_id\":", l->lat, l->lon);
    if (l->geonames_id)
        fprintf(out, "%ld}", l->geonames_id);
    else
        fputs("null}", out);
}

static void json_attribution(FILE *out, const dyad_attribution *a)
{
    if (!a) {
        fputs("null", out);
        return;
    }
    json_member(out, "{\"speaker\":", a->speaker);
    json_member(out, ",\"speaker_code\":", a->speaker_code);
    json_member(out, ",\"via\":", a->via);
    json_member(out, ",\"via_code\":", a->via_code);
    fprintf(out, ",\"quoted\":%s}", a->quoted ? "true" : "false");
}

static void write_json(FILE *out, const dyad_event *ev)
{
    const dyad_story *s = ev->story;
    json_member(out, "{\"story_id\":", s->id);
    fprintf(out, ",\"sentence\":%d,\"sentence_text\":", ev->sentence);
    json_string(out, ev->sentence_text);
    json_member(out, ",\"story_date\":", s->date);
    json_member(out, ",\"date\":", ev->date);
    json_member(out, ",\"date_value\":", ev->date_value[0] ? ev->date_value : NULL);
    json_member(out, ",\"date_text\":", ev->date_text);
    fputs(",\"source\":", out);
    json_actor(out, &ev->source);
    fputs(",\"target\":", out);
    if (ev->has_target)
        json_actor(out, &ev->target);
    else
        fputs("null", out);
    json_member(out, ",\"cameo\":", ev->cameo);
    fprintf(out, ",\"root\":%d,\"quad_class\":%d,\"goldstein\":%.1f,\"plover\":", ev->root,
            ev->quad_class, ev->goldstein);
    json_string(out, ev->plover);
    json_member(out, ",\"evidence\":{\"verb\":", ev->verb_text);
    json_member(out, ",\"pattern\":", ev->pattern);
    fputs("},\"location\":", out);
    json_location(out, ev->location);
    fputs(",\"attribution\":", out);
    json_attribution(out, ev->attribution);
    if (s->title) {
        json_member(out, ",\"title\":", s->title);
    }
    if (s->source) {
        json_member(out, ",\"story_source\":", s->source);
    }
    if (s->url) {
        json_member(out, ",\"url\":", s->url);
    }
    fputs("}\n", out);
}

/* A TSV field: every character line_unsafe() names becomes a space, so that
 * a field is always one column of one line, whatever the story held. */
static void tsv_field(FILE *out, const char *s, int last)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    while (*p) {
        size_t bad = line_unsafe(p);
        putc(bad ? ' ' : *p, out);
        p += bad ? bad : 1;
    }
    putc(last ? '\n' : '\t', out);
}

void dyad_write_tsv_header(FILE *out)
{
    fputs("story_id\tsentence\tdate\tsource\tsource_country\tsource_sector\tcameo\ttarget\t"
          "target_country\ttarget_sector\troot\tquad_class\tgoldstein\tplover\tlocation\t"
          "latitude\tlongitude\tspeaker\tsource_text\ttarget_text\tverb\tsentence_text\n", out);
}

static void write_tsv(FILE *out, const dyad_event *ev)
{
    char num[64];
    tsv_field(out, ev->story->id, 0);
    snprintf(num, sizeof num, "%d", ev->sentence);
    tsv_field(out, num, 0);
    tsv_field(out, ev->date, 0);
    tsv_field(out, ev->source.code, 0);
    tsv_field(out, ev->source.country, 0);
    tsv_field(out, ev->source.sector, 0);
    tsv_field(out, ev->cameo, 0);
    tsv_field(out, ev->has_target ? ev->target.code : "", 0);
    tsv_field(out, ev->has_target ? ev->target.country : "", 0);
    tsv_field(out, ev->has_target ? ev->target.sector : "", 0);
    snprintf(num, sizeof num, "%d", ev->root);
    tsv_field(out, num, 0);
    snprintf(num, sizeof num, "%d", ev->quad_class);
    tsv_field(out, num, 0);
    snprintf(num, sizeof num, "%.1f", ev->goldstein);
    tsv_field(out, num, 0);
    tsv_field(out, ev->plover, 0);
    tsv_field(out, ev->location ? ev->location->name : "", 0);
    if (ev->location) {
        snprintf(num, sizeof num, "%.4f", ev->location->lat);
        tsv_field(out, num, 0);
        snprintf(num, sizeof num, "%.4f", ev->location->lon);
        tsv_field(out, num, 0);
    } else {
        tsv_field(out, "", 0);
        tsv_field(out, "", 0);
    }
    tsv_field(out, ev->attribution ? ev->attribution->speaker_code : "", 0);
    tsv_field(out, ev->source.text, 0);
    tsv_field(out, ev->has_target ? ev->target.text : "", 0);
    tsv_field(out, ev->verb_text, 0);
    tsv_field(out, ev->sentence_text, 1);
}

int dyad_write_event(FILE *out, dyad_output_format fmt, const dyad_event *ev)
{
    if (fmt == DYAD_OUTPUT_TSV)
        write_tsv(out, ev);
    else
        write_json(out, ev);
    return ferror(out) ? -1 : 0;
}
