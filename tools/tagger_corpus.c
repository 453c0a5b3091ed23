/* tagger_corpus.c — reads CoNLL-U and PETRARCH/Penn Treebank records and
 * carries their gold tags over to dyad's tokens (see tagger_corpus.h). */
#include "tagger_corpus.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A corpus token found in the sentence text. */
typedef struct span {
    uint32_t begin, end;
    uint8_t tag;
    uint8_t amod;       /* modifies a noun (UD amod): a hyphenated compound is JJ */
} span;

typedef struct span_list {
    span v[512];
    size_t n;
    int bad;            /* a token was not found where the text says */
} span_list;

void tc_init(tc_corpus *c)
{
    memset(c, 0, sizeof *c);
    arena_init(&c->mem, 1 << 20);
}

void tc_free(tc_corpus *c)
{
    free(c->s);
    arena_free(&c->mem);
}

/* One gold tag for a dyad token over several corpus tokens.  Hyphenated
 * compounds ("radiation-induced", "Al-Zaman") take the tag of their last
 * part, JJ when that part modifies a noun (as the Penn Treebank tags
 * "well-known"); contractions dyad keeps whole ("don't") take the first. */
static uint8_t merge_tags(const span *p, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (p[k].tag == TAG_HYPH) {
            const span *last = &p[n - 1];
            if (last->tag == TAG_HYPH)
                return NO_GOLD;
            return last->amod && (dyad_tag_is_verb(last->tag) || last->tag == TAG_JJ) ? TAG_JJ : last->tag;
        }
    return p[0].tag;
}

static void add_sentence(tc_corpus *c, const char *text, size_t len, const span_list *sp)
{
    if (sp->bad || sp->n == 0) {
        c->skipped++;
        return;
    }
    char *own = arena_strndup(&c->mem, text, len);
    token_list tl = {0};
    size_t n = tokenize(own, len, &c->mem, &tl);
    uint8_t *gold = arena_alloc(&c->mem, n + 1);
    size_t s = 0;
    for (size_t j = 0; j < n; j++) {
        const token *t = &tl.v[j];
        while (s < sp->n && sp->v[s].end <= t->begin)
            s++;
        size_t e = s;
        while (e < sp->n && sp->v[e].begin < t->end)
            e++;
        gold[j] = e == s ? NO_GOLD : e == s + 1 ? sp->v[s].tag : merge_tags(&sp->v[s], e - s);
        c->merged += e > s + 1;
    }
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 1024;
        c->s = realloc(c->s, c->cap * sizeof *c->s);
        if (!c->s)
            abort();
    }
    c->s[c->n++] = (tc_sentence){own, tl.v, gold, n};
}

static int is_blank(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* Finds `form` at the next non-blank position of text from *pos. */
static void place_span(span_list *sp, const char *text, size_t *pos, const char *form, size_t flen,
                       int tag, int amod)
{
    while (text[*pos] && is_blank(text[*pos]))
        (*pos)++;
    if (!text[*pos] && sp->n)
        return;                 /* the parse goes on past the text: keep what matched */
    if (sp->bad || sp->n == sizeof sp->v / sizeof sp->v[0] || strncmp(text + *pos, form, flen) != 0) {
        sp->bad = 1;
        return;
    }
    sp->v[sp->n++] = (span){(uint32_t)*pos, (uint32_t)(*pos + flen), tag < 0 ? NO_GOLD : (uint8_t)tag,
                            (uint8_t)amod};
    *pos += flen;
}

/* ---------------------------------------------------------------- CoNLL-U */

/* A multiword token ("Today's", "don't") and the words it is made of. */
typedef struct multiword {
    char form[64];
    unsigned last;              /* id of its last word; 0: not inside one */
    char words[8][64];
    int tag[8], amod[8];
    size_t n;
} multiword;

typedef struct conllu_state {
    char text[8192];
    size_t pos;
    span_list sp;
    multiword mw;
} conllu_state;

/* Places the words of a multiword token one by one when they spell it
 * ("Today" + "'s"), so that dyad's split of the possessive keeps both
 * tags; otherwise places it whole with the tag of its first word. */
static void place_multiword(conllu_state *st)
{
    multiword *mw = &st->mw;
    char joined[64 * 8] = "";
    for (size_t k = 0; k < mw->n; k++)
        strcat(joined, mw->words[k]);
    if (strcmp(joined, mw->form) == 0)
        for (size_t k = 0; k < mw->n; k++)
            place_span(&st->sp, st->text, &st->pos, mw->words[k], strlen(mw->words[k]), mw->tag[k], mw->amod[k]);
    else
        place_span(&st->sp, st->text, &st->pos, mw->form, strlen(mw->form), mw->n ? mw->tag[0] : -1, 0);
    mw->last = 0;
}

static void conllu_word(conllu_state *st, char **col)
{
    unsigned id = (unsigned)strtoul(col[0], NULL, 10);
    multiword *mw = &st->mw;
    if (strchr(col[0], '.'))
        return;                                  /* empty node: no text */
    if (strchr(col[0], '-')) {
        mw->last = (unsigned)strtoul(strchr(col[0], '-') + 1, NULL, 10);
        mw->n = 0;
        snprintf(mw->form, sizeof mw->form, "%s", col[1]);
        return;
    }
    int tag = dyad_tag_from_name(col[4]), amod = strncmp(col[7], "amod", 4) == 0;
    if (!mw->last) {
        place_span(&st->sp, st->text, &st->pos, col[1], strlen(col[1]), tag, amod);
        return;
    }
    if (mw->n < 8) {
        snprintf(mw->words[mw->n], sizeof mw->words[0], "%s", col[1]);
        mw->tag[mw->n] = tag;
        mw->amod[mw->n++] = amod;
    }
    if (id == mw->last)
        place_multiword(st);
}

int tc_read_conllu(tc_corpus *c, const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    char line[16384];
    conllu_state st;
    memset(&st, 0, sizeof st);
    while (fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\r\n")] = 0;
        if (strncmp(line, "# text = ", 9) == 0) {
            size_t n = strnlen(line + 9, sizeof st.text - 1);
            memcpy(st.text, line + 9, n);
            st.text[n] = 0;
        } else if (line[0] == 0) {
            if (st.text[0])
                add_sentence(c, st.text, strlen(st.text), &st.sp);
            memset(&st, 0, sizeof st);
        } else if (line[0] != '#') {
            char *col[10] = {0};
            char *p = line;
            for (int k = 0; k < 10 && p; k++) {
                col[k] = p;
                p = strchr(p, '\t');
                if (p)
                    *p++ = 0;
            }
            if (col[7])
                conllu_word(&st, col);
            else
                st.sp.bad = 1;
        }
    }
    if (st.text[0] && st.sp.n)
        add_sentence(c, st.text, strlen(st.text), &st.sp);
    fclose(fp);
    return 0;
}

/* ---------------------------------------------------------------- Penn Treebank */

/* Tags of this parser that the Penn Treebank writes otherwise: AUXZ "has". */
static int ptb_tag(const char *name)
{
    static const char *const aux[][2] = {{"AUX", "VB"}, {"AUXB", "VB"}, {"AUXD", "VBD"},
        {"AUXG", "VBG"}, {"AUXN", "VBN"}, {"AUXP", "VBP"}, {"AUXZ", "VBZ"}};
    for (size_t i = 0; i < sizeof aux / sizeof aux[0]; i++)
        if (strcmp(name, aux[i][0]) == 0)
            return dyad_tag_from_name(aux[i][1]);
    return dyad_tag_from_name(name);
}

/* Places a leaf, trying the spellings the treebank normalised away. */
static void place_leaf(span_list *sp, const char *text, size_t *pos, const char *form, int tag)
{
    static const char *const brackets[][2] = {{"-LRB-", "("}, {"-RRB-", ")"}, {"-LCB-", "{"},
                                              {"-RCB-", "}"}, {"-LSB-", "["}, {"-RSB-", "]"}};
    static const char *const quotes[] = {"``", "''", "\"", "\xe2\x80\x9c", "\xe2\x80\x9d", "'", "`",
                                         "\xe2\x80\x98", "\xe2\x80\x99"};
    for (size_t i = 0; i < sizeof brackets / sizeof brackets[0]; i++)
        if (strcmp(form, brackets[i][0]) == 0)
            form = brackets[i][1];
    if (strcmp(form, "``") == 0 || strcmp(form, "''") == 0 || strcmp(form, "'") == 0) {
        while (text[*pos] && is_blank(text[*pos]))
            (*pos)++;
        for (size_t i = 0; i < sizeof quotes / sizeof quotes[0]; i++)
            if (strncmp(text + *pos, quotes[i], strlen(quotes[i])) == 0) {
                form = quotes[i];
                break;
            }
    }
    place_span(sp, text, pos, form, strlen(form), tag, 0);
}

/* Leaves "(TAG word)" of a bracketed parse, in order. */
static void read_leaves(span_list *sp, const char *text, const char *parse, const char *end)
{
    size_t pos = 0;
    for (const char *p = parse; p < end && !sp->bad; p++) {
        if (*p != '(')
            continue;
        const char *tag = p + 1, *sp1 = tag;
        while (sp1 < end && *sp1 != ' ' && *sp1 != '(' && *sp1 != ')')
            sp1++;
        if (sp1 >= end || *sp1 != ' ' || sp1 == tag)
            continue;
        const char *word = sp1 + 1, *close = word;
        while (close < end && *close != ')' && *close != '(' && *close != ' ')
            close++;
        if (close >= end || *close != ')' || close == word)
            continue;
        char tname[16], form[128];
        snprintf(tname, sizeof tname, "%.*s", (int)(sp1 - tag), tag);
        snprintf(form, sizeof form, "%.*s", (int)(close - word), word);
        place_leaf(sp, text, &pos, form, ptb_tag(tname));
    }
}

/* Copies XML character data, decoding the five predefined entities. */
static size_t xml_text(char *out, size_t cap, const char *s, const char *end)
{
    static const char *const ent[][2] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"},
                                         {"&quot;", "\""}, {"&apos;", "'"}};
    size_t n = 0;
    while (s < end && n + 1 < cap) {
        size_t i = 0;
        while (i < 5 && strncmp(s, ent[i][0], strlen(ent[i][0])) != 0)
            i++;
        if (i < 5) {
            out[n++] = ent[i][1][0];
            s += strlen(ent[i][0]);
        } else
            out[n++] = *s++;
    }
    out[n] = 0;
    return n;
}

static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n - 1, fp)) > 0) {
        n += got;
        if (n + 1 == cap) {
            char *b = realloc(buf, cap *= 2);
            if (!b)
                free(buf);
            buf = b;
        }
    }
    fclose(fp);
    if (buf)
        buf[n] = 0;
    return buf;
}

int tc_read_ptb_xml(tc_corpus *c, const char *path)
{
    char *doc = slurp(path);
    if (!doc)
        return -1;
    static char text[8192];
    for (char *p = strstr(doc, "<Sentence"); p; p = strstr(p + 1, "<Sentence")) {
        char *next = strstr(p + 1, "<Sentence");
        char *t0 = strstr(p, "<Text>"), *t1 = t0 ? strstr(t0, "</Text>") : NULL;
        char *p0 = t1 ? strstr(t1, "<Parse>") : NULL, *p1 = p0 ? strstr(p0, "</Parse>") : NULL;
        if (!p1 || (next && p1 > next))
            continue;
        size_t len = xml_text(text, sizeof text, t0 + 6, t1);
        span_list sp;
        sp.n = 0;
        sp.bad = 0;
        read_leaves(&sp, text, p0 + 7, p1);
        add_sentence(c, text, len, &sp);
    }
    free(doc);
    return 0;
}
