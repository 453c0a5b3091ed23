/* tokens.c — tokeniser for wire copy.
 *
 * Handles what news text throws at a coder: abbreviations and initials
 * ("U.S.", "Gen.", "George W. Bush"), possessives ("Russia's" → RUSSIA 'S),
 * straight, curly and TeX-style quotes, dashes, numbers with separators
 * ("1,200", "1.1"), hyphenated words ("post-Soviet") and UTF-8 letters,
 * which are folded to their ASCII base for matching ("Erdoğan" → ERDOGAN). */
#include "tokens/tokens.h"
#include "util/text.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Abbreviations that take a period; the period belongs to the word. */
static const char *const abbreviations[] = {
    "MR", "MRS", "MS", "DR", "PROF", "GEN", "LT", "COL", "MAJ", "CAPT", "CMDR", "ADM", "SGT",
    "CPL", "PVT", "GOV", "SEN", "REP", "REV", "GEN", "BRIG", "ST", "JR", "SR", "GOV", "PRES",
    "AMB", "SEC", "HON", "SUPT", "INSP", "FR",
    "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
    "INC", "CORP", "LTD", "CO", "BROS", "VS", "ETC", "APPROX", "DEPT",
    "EST", "GOVT", "INT", "MT", "FT", "AVE", "BLVD", "RD", "MLN", "BLN", NULL
};

/* Abbreviations that only ever stand before a number ("No. 10", "Art. 5"):
 * anywhere else the period ends a sentence ("She said no. Then ..."). */
static const char *const number_abbreviations[] = {"NO", "NOS", "VOL", "FIG", "ART", NULL};

/* Abbreviations that, written in capitals, are time zones ("3 p.m. EST.",
 * "9 a.m. MT."), whose period ends the sentence; "est." and "Mt. Everest"
 * keep theirs.  Other zones (GMT, UTC, EDT) are no abbreviation at all. */
static const char *const zone_abbreviations[] = {"EST", "MT", NULL};

static int listed(const char *const *list, const char *up, size_t len)
{
    /* (the first letters compared before the call: most differ there) */
    for (int i = 0; list[i]; i++)
        if (list[i][0] == up[0] && strncmp(list[i], up, len) == 0 && list[i][len] == '\0')
            return 1;
    return 0;
}


/* Quotation marks and dashes that are punctuation in any script. */
static int is_quote_seq(const unsigned char *s, size_t k)
{
    if (k == 1)
        return s[0] == '"';
    /* “ ” ‘ ’ „ « » */
    if (k == 3 && s[0] == 0xE2 && s[1] == 0x80)
        return s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x98 || s[2] == 0x99 || s[2] == 0x9E;
    return k == 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB);
}

static int is_dash_seq(const unsigned char *s, size_t k)
{
    return k == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94);
}

/* Bytes of a Unicode blank at s, else 0: U+0085, U+00A0, U+1680,
 * U+2000-U+200A, U+2028, U+2029, U+202F, U+205F and U+3000 end a word as
 * an ASCII blank does (pasted text, CJK-formatted copy and typesetting put
 * them between words: U+3000 used to glue two words, the others made a
 * punctuation token that broke "United Nations" in two).  U+200B, the
 * zero-width space, is not among them: see invisible(). */
static size_t unicode_blank(const unsigned char *s, size_t n)
{
    if (n >= 2 && s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0))
        return 2;
    if (n < 3 || s[2] < 0x80 || s[2] > 0xBF)
        return 0;
    if (s[0] == 0xE2 && s[1] == 0x80)
        return s[2] <= 0x8A || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF ? 3 : 0;
    if ((s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) || (s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80)
        || (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80))
        return 3;
    return 0;
}

/* Bytes of an invisible format character at s, else 0: the soft hyphen
 * U+00AD, U+200B-U+200D (zero-width space, non-joiner and joiner), U+2060
 * (word joiner), U+FEFF, and the bidirectional marks that copy from pages
 * mixing Arabic or Hebrew with English leaves around names (U+061C,
 * U+200E-U+200F, U+202A-U+202E, U+2066-U+2069).  None of them shows a gap, and web copy
 * leaves them inside words ("Tali\u00ADban"): they are skipped, and inside
 * a word they join its two halves instead of splitting it.  U+200B is a
 * line-break opportunity by its definition, but in English news it is a
 * CMS's hint for wrapping long words and links ("Mos\u200Bcow") or a
 * leftover beside a space: the reader sees one word, so dyad reads one. */
static size_t invisible(const unsigned char *s, size_t n)
{
    if (n >= 2 && ((s[0] == 0xC2 && s[1] == 0xAD) || (s[0] == 0xD8 && s[1] == 0x9C)))
        return 2;
    if (n < 3)
        return 0;
    if (s[0] == 0xE2 && s[1] == 0x80 && ((s[2] >= 0x8B && s[2] <= 0x8F) || (s[2] >= 0xAA && s[2] <= 0xAE)))
        return 3;
    if (s[0] == 0xE2 && s[1] == 0x81 && (s[2] == 0xA0 || (s[2] >= 0xA6 && s[2] <= 0xA9)))
        return 3;
    return s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
}

/* Non-ASCII sequences that are letters for our purposes: everything but
 * quotes, dashes, fullwidth punctuation and the general punctuation block
 * (U+2000-U+206F). */
static int is_letter_seq(const unsigned char *s, size_t k)
{
    if (k == 1)
        return isalnum(s[0]);
    if (utf8_fullwidth_punct(s, k))
        return 0;
    if (k == 2 && s[0] == 0xC2)
        return 0;                       /* Latin-1 punctuation, NBSP */
    if (k == 3 && s[0] == 0xE2 && s[1] >= 0x80 && s[1] <= 0x81)
        return 0;
    return 1;
}


typedef struct scan {
    const unsigned char *s;
    size_t n, i;
    arena *mem;
    token_list *out;
    int para;               /* a blank line came before the next token */
    size_t longest_line;    /* bytes of the text's longest line */
    size_t line_start;      /* where the current line began */
} scan;

static token *push_token(scan *sc, size_t begin, size_t end, uint16_t flags)
{
    token_list *tl = sc->out;
    if (tl->n == tl->cap) {
        size_t cap = tl->cap ? tl->cap * 2 : 256;
        token *v;
        if (tl->heap) {
            v = realloc(tl->v, cap * sizeof *v);
            if (!v) {
                fputs("dyad: out of memory\n", stderr);
                abort();
            }
        } else {
            v = arena_alloc(sc->mem, cap * sizeof *v);
            if (tl->n)
                memcpy(v, tl->v, tl->n * sizeof *v);
        }
        tl->v = v;
        tl->cap = cap;
    }
    token *t = &tl->v[tl->n++];
    memset(t, 0, sizeof *t);
    t->begin = (uint32_t)begin;
    t->end = (uint32_t)end;
    t->flags = flags | (sc->para ? TOK_PARA : 0);
    sc->para = 0;
    return t;
}

/* Upper-case, accent-folded copy of s[b..e); apostrophes become '. */
static void set_form(scan *sc, token *t, size_t b, size_t e)
{
    char *up = arena_bytes(sc->mem, e - b + 1);
    size_t n = 0;
    int letters = 0, uppers = 0, digits = 0;
    for (size_t i = b; i < e;) {
        size_t k = 1;
        char c = 0;
        if (sc->s[i] < 0x80) {
            /* (ASCII, most bytes of news: nothing invisible or to fold) */
            if (sc->s[i] == ' ') {
                i++;                /* the space of a broken hyphen or decimal */
                continue;
            }
            c = (char)sc->s[i];
        } else {
            k = utf8_seq_len(sc->s + i, e - i);
            if (invisible(sc->s + i, e - i)) {
                i += k;
                continue;
            }
            if (k == 1)
                c = (char)sc->s[i];
            else if (k == 3 && sc->s[i] == 0xE2 && sc->s[i + 1] == 0x80 && sc->s[i + 2] == 0x99)
                c = '\'';
            else
                c = utf8_fold_latin(sc->s + i, k);
        }
        if (c) {
            /* (ASCII by hand: <ctype.h> asks the locale for every byte) */
            unsigned char a = (unsigned char)c;
            if (a >= 'a' && a <= 'z') {
                letters++;
                a = (unsigned char)(a - 'a' + 'A');
            } else if (a >= 'A' && a <= 'Z') {
                letters++;
                uppers++;
            } else {
                digits += a >= '0' && a <= '9';
            }
            up[n++] = (char)a;
        } else {
            memcpy(up + n, sc->s + i, k);   /* other scripts: kept as written */
            n += k;
        }
        i += k;
    }
    up[n] = 0;
    t->up = up;
    t->len = (uint16_t)(n < 65535 ? n : 65535);
    if (letters && isupper((unsigned char)sc->s[b]))
        t->flags |= TOK_CAP;
    else if (letters && sc->s[b] >= 0xC0 && up[0] && isalpha((unsigned char)up[0]))
        t->flags |= (utf8_fold_latin(sc->s + b, 2) && isupper((unsigned char)utf8_fold_latin(sc->s + b, 2))) ? TOK_CAP : 0;
    if ((letters > 1 || (letters == 1 && digits)) && uppers == letters)
        t->flags |= TOK_ALLCAP;           /* "NATO", and "M23", "G7" */
    if (uppers)
        t->flags |= TOK_SOMECAP;
}

static int apostrophe_at(const unsigned char *s, size_t n, size_t i, size_t *k)
{
    if (s[i] == '\'') { *k = 1; return 1; }
    if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x99) { *k = 3; return 1; }
    return 0;
}

static int letter_at(const scan *sc, size_t i)
{
    if (i >= sc->n)
        return 0;
    if (sc->s[i] < 0x80)
        return isalnum(sc->s[i]);
    const unsigned char *s = sc->s + i;
    size_t k = utf8_seq_len(s, sc->n - i);
    return is_letter_seq(s, k) && !is_quote_seq(s, k) && !is_dash_seq(s, k) && !unicode_blank(s, sc->n - i)
           && !invisible(s, sc->n - i);
}

/* Offset of the "n't" of a negative contraction in s[b..e), or 0. */
static size_t negative_contraction(const unsigned char *s, size_t b, size_t e)
{
    size_t ak = 0;
    if (e - b < 4 || (s[e - 1] != 't' && s[e - 1] != 'T'))
        return 0;
    if (s[e - 2] == '\'')
        ak = 1;
    else if (e - b >= 6 && s[e - 4] == 0xE2 && s[e - 3] == 0x80 && s[e - 2] == 0x99)
        ak = 3;
    else
        return 0;
    size_t n = e - 1 - ak - 1;                  /* the 'n' before the apostrophe */
    if (n <= b || (s[n] != 'n' && s[n] != 'N'))
        return 0;
    return n;
}

/* Whether the word s[b..i) is a bare "anti" or "pro" (after any earlier
 * hyphen of the word). */
static int prefix_before(const unsigned char *s, size_t b, size_t i)
{
    size_t f = i;
    while (f > b && s[f - 1] != '-')
        f--;
    return (i - f == 4 && strncasecmp((const char *)s + f, "anti", 4) == 0)
           || (i - f == 3 && strncasecmp((const char *)s + f, "pro", 3) == 0);
}

/* Whether the hyphen at i, in the word begun at b, is a line-break hyphen
 * that lost its line: a hyphen right after a word fragment, one space, then
 * a letter ("Roh Moo- hyun", "self- dependence", "Lashkar-e- Tayyeba" in
 * Xinhua copy).  A suspended hyphen before a conjunction stays apart ("pro-
 * and anti-Syrian"), and so does a dash between blanks, which never follows
 * a letter directly.  A detached "anti-" or "pro-" before a name stays a
 * prefix of its own: the field's texts and parses write "an anti- Gondor
 * parade" so, the name an actor of its own. */
static int broken_hyphen(const scan *sc, size_t b, size_t i)
{
    static const char *const conjunctions[] = {"and ", "or ", "nor ", NULL};
    const unsigned char *s = sc->s;
    if (s[i] != '-' || i + 2 >= sc->n || s[i + 1] != ' ' || !letter_at(sc, i + 2))
        return 0;
    if (isupper(s[i + 2]) && prefix_before(s, b, i))
        return 0;
    for (int c = 0; conjunctions[c]; c++) {
        size_t k = strlen(conjunctions[c]);
        if (i + 2 + k <= sc->n && memcmp(s + i + 2, conjunctions[c], k) == 0)
            return 0;
    }
    return 1;
}

/* Whether the period at i, after digits, is a decimal point a line break
 * turned into ". " ("slipped 1. 2 percent", "at 14,555. 96"): one space,
 * then fewer than four digits.  A sentence does not open on a bare number
 * in news style, but it may on a year ("... in 2005. 2006 will ..."), which
 * is why four digits stay a number of their own. */
static int broken_decimal(const scan *sc, size_t i)
{
    const unsigned char *s = sc->s;
    size_t d = i + 2;
    if (s[i] != '.' || i + 2 >= sc->n || s[i + 1] != ' ')
        return 0;
    while (d < sc->n && isdigit(s[d]))
        d++;
    return d > i + 2 && d - (i + 2) < 4 && !letter_at(sc, d);
}

/* Whether the word s[b, i), followed by a period at i, is an abbreviation
 * that keeps the period. */
static int keeps_period(const scan *sc, size_t b, size_t i)
{
    const unsigned char *s = sc->s;
    char up[16];
    size_t len = 0;
    if (i - b >= 8)
        return 0;
    for (size_t k = b; k < i; k++)
        up[len++] = (char)toupper(s[k]);
    up[len] = 0;
    if (listed(number_abbreviations, up, len)) {
        size_t j = i + 1;
        while (j < sc->n && s[j] == ' ')
            j++;
        return j < sc->n && isdigit(s[j]);
    }
    if (listed(zone_abbreviations, up, len) && isupper(s[b]) && isupper(s[b + 1]))
        return 0;
    return listed(abbreviations, up, len);
}

/* Scans a word or number starting at sc->i and pushes it (and a split-off
 * possessive). */
static void scan_word(scan *sc)
{
    const unsigned char *s = sc->s;
    size_t b = sc->i, i = b, part = b, ak;
    int digits_only = 1, dots = 0;
    while (i < sc->n) {
        /* (an ASCII letter or digit, most bytes of a word, the short way:
         * what the branches below would do with it) */
        if (s[i] < 0x80 && isalnum(s[i])) {
            if (!isdigit(s[i]))
                digits_only = 0;
            i++;
            continue;
        }
        size_t k = utf8_seq_len(s + i, sc->n - i), hidden = invisible(s + i, sc->n - i);
        if (hidden && letter_at(sc, i + hidden)) {
            i += hidden;                             /* Tali\u00ADban: one word */
        } else if (letter_at(sc, i)) {
            if (!isdigit(s[i])) digits_only = 0;
            i += k;
        } else if ((s[i] == '-' || s[i] == '&' || s[i] == '/') && letter_at(sc, i + 1) && i > b) {
            digits_only = 0;
            part = ++i;
        } else if (i > b && !digits_only && broken_hyphen(sc, b, i)) {
            i += 2;                                  /* Moo- hyun → MOO-HYUN */
        } else if ((s[i] == ',' || s[i] == '.' || s[i] == ':') && digits_only && i + 1 < sc->n && isdigit(s[i + 1])) {
            i++;                                     /* 1,200  1.1  10:30 */
        } else if (digits_only && i > b && broken_decimal(sc, i)) {
            i += 2;                                  /* 1. 2 percent → 1.2 */
        } else if (s[i] == '.' && i + 1 < sc->n && isalpha(s[i + 1]) && i + 2 <= sc->n
                   && (i + 2 == sc->n || s[i + 2] == '.') && i - part == 1) {
            i++;                                     /* U.S  U.N  D-N.Y (dots added below) */
            dots++;
        } else if (apostrophe_at(s, sc->n, i, &ak) && letter_at(sc, i + ak)
                   && !((s[i + ak] == 's' || s[i + ak] == 'S') && !letter_at(sc, i + ak + 1))) {
            i += ak;                                 /* O'Brien, didn't (not the possessive) */
        } else
            break;
    }
    /* A period that belongs to the word: initials, acronyms, abbreviations. */
    size_t e = i;
    if (i < sc->n && s[i] == '.') {
        int initial = i - b == 1 && isupper(s[b]);
        if (dots || initial || keeps_period(sc, b, i))
            e = i + 1;
    }
    /* "didn't" → DID N'T, "can't" → CA N'T: the Penn Treebank split that
     * the field's dictionaries are written against. */
    size_t neg = negative_contraction(s, b, e);
    if (neg) {
        token *base = push_token(sc, b, neg, TOK_WORD);
        set_form(sc, base, b, neg);
        b = neg;
    }
    token *t = push_token(sc, b, e, digits_only ? TOK_NUM : TOK_WORD);
    set_form(sc, t, b, e);
    if (e > i)
        t->flags |= TOK_ABBREV;
    sc->i = e;
    /* Possessive: "Russia's", "Taliban’s"; plural possessive "officials'". */
    if (apostrophe_at(s, sc->n, sc->i, &ak)) {
        size_t j = sc->i + ak;
        if (j < sc->n && (s[j] == 's' || s[j] == 'S') && !letter_at(sc, j + 1)) {
            token *p = push_token(sc, sc->i, j + 1, TOK_WORD | TOK_POSS);
            p->up = "'S";
            p->len = 2;
            sc->i = j + 1;
        } else if (t->len && t->up[t->len - 1] == 'S' && !letter_at(sc, j)) {
            sc->i = j;                               /* officials' → officials */
            t->flags |= TOK_PLURAL_POSS;
        }
    }
}

static void scan_punct(scan *sc)
{
    const unsigned char *s = sc->s;
    size_t b = sc->i, k = utf8_seq_len(s + b, sc->n - b);
    uint16_t flags = TOK_PUNCT;
    size_t e = b + k;
    if (is_quote_seq(s + b, k))
        flags |= TOK_QUOTE;
    else if ((s[b] == '`' || s[b] == '\'') && b + 1 < sc->n && s[b + 1] == s[b]) {
        flags |= TOK_QUOTE;                          /* TeX/PTB quotes `` and '' */
        e = b + 2;
    } else if (s[b] == '\'')
        flags |= TOK_QUOTE;
    else if (s[b] == '-' && b + 1 < sc->n && s[b + 1] == '-')
        e = b + 2;
    token *t = push_token(sc, b, e, flags);
    if (is_dash_seq(s + b, k) || (s[b] == '-' && e == b + 2)) {
        t->up = "--";
        t->len = 2;
    } else if (flags & TOK_QUOTE) {
        t->up = "\"";
        t->len = 1;
    } else if (utf8_fullwidth_punct(s + b, k)) {
        char *up = arena_bytes(sc->mem, 2);     /* "．" ends a sentence as "." does */
        up[0] = utf8_fullwidth_punct(s + b, k);
        up[1] = 0;
        t->up = up;
        t->len = 1;
    } else
        set_form(sc, t, b, e);
    sc->i = e;
}

static size_t longest_line(const unsigned char *s, size_t n)
{
    size_t longest = 0, start = 0;
    for (size_t i = 0; i <= n; i++)
        if (i == n || s[i] == '\n') {
            if (i - start > longest)
                longest = i - start;
            start = i + 1;
        }
    return longest;
}

/* "Israel strikes Hezbollah targets in Beirut\nTrump slaps tariffs on ...":
 * a line that ends in a letter, a digit or ')' with no full stop, well
 * shorter than the text's longest line, before a line that opens with a
 * capital or a digit, is a headline, a dateline or a line of its own, and
 * the line break ends it as a blank line would.  Text wrapped at a width
 * has its lines near that width, so a wrapped sentence goes on. */
static int line_of_its_own(const scan *sc, size_t nl, size_t next)
{
    size_t e = nl;
    while (e > sc->line_start && isspace(sc->s[e - 1]))
        e--;
    if (e == sc->line_start || next >= sc->n || (e - sc->line_start) * 10 > sc->longest_line * 7)
        return 0;
    unsigned char last = sc->s[e - 1], first = sc->s[next];
    return (isalnum(last) || last == ')') && (isupper(first) || isdigit(first));
}

size_t tokenize(const char *text, size_t len, arena *mem, token_list *out)
{
    scan sc = {(const unsigned char *)text, len, 0, mem, out, 1, 0, 0};
    sc.longest_line = longest_line(sc.s, len);
    out->n = 0;
    while (sc.i < sc.n) {
        unsigned char c = sc.s[sc.i];
        if (c == '\n') {
            /* A blank line (maybe with blanks on it) starts a paragraph. */
            size_t j = sc.i + 1;
            while (j < sc.n && (sc.s[j] == ' ' || sc.s[j] == '\t' || sc.s[j] == '\r'))
                j++;
            if ((j < sc.n && sc.s[j] == '\n') || line_of_its_own(&sc, sc.i, j))
                sc.para = 1;
            sc.i++;
            sc.line_start = sc.i;
            continue;
        }
        /* An underscore joins words in the field's test texts ("Dol_Amroth"),
         * as it does in its dictionaries: it separates words here too. */
        if (isspace(c) || c == '_') {
            sc.i++;
            continue;
        }
        size_t skip = c < 0x80 ? 0 : unicode_blank(sc.s + sc.i, sc.n - sc.i);
        if (!skip && c >= 0x80)
            skip = invisible(sc.s + sc.i, sc.n - sc.i);
        if (skip) {
            /* U+2029, the paragraph separator, starts a paragraph. */
            sc.para |= skip == 3 && c == 0xE2 && sc.s[sc.i + 1] == 0x80 && sc.s[sc.i + 2] == 0xA9;
            sc.i += skip;
            continue;
        }
        if (letter_at(&sc, sc.i))
            scan_word(&sc);
        else
            scan_punct(&sc);
    }
    return out->n;
}
