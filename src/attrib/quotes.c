/*
 * quotes.c — direct quotations, reported speech and their speakers.
 *
 * Two passes over the story.  The first pairs quotation marks with a
 * small stack (so nested and multi-paragraph quotations come out whole).
 * The second looks for the speaker of each quotation in the clause that
 * follows it ("...," Putin said), then in the clause before it (Putin
 * said: "..."), then borrows it from the quotation just before in the same
 * paragraph ("...," he said. "...").  Clauses are read by
 * dyad_attrib_sentence(), which matches a handful of reporting
 * constructions on a flat token list: no parser is needed for them.
 */
#include "attrib/quotes.h"

#include "util/hash.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#define MAX_TOKENS 256
#define MAX_DEPTH 8
#define SHORT_CLAUSE_TOKENS 5
#define MAX_LEADING_WORDS 3
#define MAX_CLOSING_WORDS 5
#define MAX_OCCASION_WORDS 6

/* --------------------------------------------------------------- words */

static const char *const speech_verbs[] = {
    "said", "says", "say", "added", "adds", "stressed", "stresses", "noted", "notes", "told",
    "tells", "stated", "confirmed", "confirms", "announced", "announces", "declared", "declares",
    "warned", "warns", "insisted", "insists", "explained", "explains", "emphasised",
    "emphasized", "emphasises", "emphasizes", "underlined", "underlines", "remarked", "replied",
    "replies", "wrote", "writes", "tweeted", "argued", "argues", "claimed", "asserted",
    "asserts", "reported", "reports", "observed", "acknowledged", "admitted", "asked", "asks",
    "continued", "recalled", "commented", "clarified", "reiterated", NULL};
/* Verbs with which a medium relays what someone else said. */
static const char *const relay_verbs[] = {"reported", "reports", "said", "says", "wrote",
                                          "writes", "added", NULL};
/* Lower-case words that still belong to a speaker's noun phrase. */
static const char *const title_words[] = {
    "president", "vice", "prime", "minister", "ministers", "foreign", "defence", "defense",
    "interior", "deputy", "secretary", "general", "spokesman", "spokeswoman", "spokesperson",
    "official", "officials", "envoy", "ambassador", "chief", "head", "leader", "leaders",
    "commander", "chairman", "chairwoman", "director", "representative", "adviser", "advisor",
    "aide", "governor", "mayor", "senator", "lawmaker", "diplomat", "diplomats", "source",
    "sources", "analyst", "ministry", "government", "military", "police", "presidential",
    "press", "service", "office", "agency", "news", "state", "media", "television", "radio",
    "newspaper", "broadcaster", "channel", "daily", "army", "council", "committee", "member",
    "delegation", "senior", "former", "top", "statement", "report", "reports", "communique", "officer", "officers",
    "correspondent", "expert", "experts", "analysts", NULL};
/* Capitalised words that do not name anyone. */
static const char *const stop_words[] = {
    "the", "a", "an", "it", "its", "they", "we", "i", "you", "this", "that", "these", "those",
    "there", "here", "but", "and", "or", "so", "if", "when", "while", "after", "before", "as",
    "in", "on", "at", "for", "from", "with", "by", "of", "to", "meanwhile", "earlier", "later",
    "however", "also", "then", "now", "today", "yesterday", "last", "next", "according",
    "although", "though", "since", "because", "what", "which", "who", "our", "their", "his",
    "her", "my", "your", "all", "some", "many", "most", "both", "each", "noting", "asked",
    "speaking", "addressing", NULL};
/* Words that may stand between a speaker and the verb: "Putin further
 * said", "Putin on Friday, however, said", "Putin has said". */
static const char *const skippable[] = {
    "further", "also", "later", "earlier", "then", "again", "previously", "separately",
    "reportedly", "however", "meanwhile", "too", "once", "has", "have", "had", "will", "would",
    "could", "may", "might", "did", "does", "on", "last", "this", "today", "yesterday",
    "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
    NULL};
static const char *const media_words[] = {
    "tass", "itar-tass", "ria", "novosti", "interfax", "sputnik", "rt", "reuters", "afp", "ap",
    "xinhua", "ani", "pti", "ians", "irna", "isna", "fars", "tasnim", "anadolu", "yonhap",
    "kyodo", "kcna", "sana", "wafa", "bernama", "antara", "bbc", "cnn", "bloomberg",
    "tolonews", "pajhwok", "ukrinform", "unian", "mena", "spa", "wam", "qna", "kuna", "efe",
    "ansa", "nhk", "jiji", "unb", "bta", "petra", "ritzau", "agency", "media", "television", "tv", "radio", "newspaper", "broadcaster",
    "channel", "daily", "herald", "times", "post", "journal", "gazette", "tribune", "telegraph", NULL};
static const char *const abbreviations[] = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st",
    "prof", "jr", "sr", "no", "inc", "ltd", "co", "corp", "vs", "maj", "adm", "brig", "cmdr",
    "rev", "hon", "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec", NULL};

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Case-insensitive: does s[0..n) spell w? */
static int spells(const char *s, size_t n, const char *w)
{
    size_t i = 0;
    for (; i < n && w[i]; i++)
        if (lower((unsigned char)s[i]) != w[i])
            return 0;
    return i == n && !w[i];
}

static int spelled_in(const char *s, size_t n, const char *const *list)
{
    if (n == 0)
        return 0;
    /* Most words of a list differ from s in the first letter: test it here
     * before the call (this runs for every word of a story with events). */
    int first = lower((unsigned char)s[0]);
    for (; *list; list++)
        if ((*list)[0] == first && spells(s, n, *list))
            return 1;
    return 0;
}

/* The lists above a word is in, as bits.  Every word of a clause is
 * tested against them again and again (scanning the lists each time was
 * 5% of the coder's instructions), so tokenize() finds a word's bits once,
 * in a table of all their words made on first use. */
enum {
    IN_SPEECH = 1 << 0, IN_RELAY = 1 << 1, IN_TITLE = 1 << 2, IN_STOP = 1 << 3,
    IN_SKIPPABLE = 1 << 4, IN_MEDIA = 1 << 5, IN_ABBREVIATION = 1 << 6
};

#define LIST_SLOTS 1024   /* a power of two, over twice the words of the lists */

static struct {
    const char *word[LIST_SLOTS];   /* NULL: empty slot */
    uint8_t len[LIST_SLOTS], bits[LIST_SLOTS];
    size_t longest;
} lists;

static pthread_once_t lists_once = PTHREAD_ONCE_INIT;

/* The slot of s[0..n), lower-cased as spells() compares it, or of the
 * empty slot where it would go. */
static size_t list_slot(const char *s, size_t n)
{
    uint64_t h = HASH_SEED;
    for (size_t i = 0; i < n; i++)
        h = hash_step(h, (unsigned char)lower((unsigned char)s[i]));
    for (size_t k = hash_finish(h) & (LIST_SLOTS - 1);; k = (k + 1) & (LIST_SLOTS - 1))
        if (!lists.word[k] || (lists.len[k] == n && spells(s, n, lists.word[k])))
            return k;
}

static void add_list(const char *const *list, uint8_t bit)
{
    for (; *list; list++) {
        size_t n = strlen(*list), k = list_slot(*list, n);
        lists.word[k] = *list;
        lists.len[k] = (uint8_t)n;
        lists.bits[k] |= bit;
        if (n > lists.longest)
            lists.longest = n;
    }
}

static void make_lists(void)
{
    add_list(speech_verbs, IN_SPEECH);
    add_list(relay_verbs, IN_RELAY);
    add_list(title_words, IN_TITLE);
    add_list(stop_words, IN_STOP);
    add_list(skippable, IN_SKIPPABLE);
    add_list(media_words, IN_MEDIA);
    add_list(abbreviations, IN_ABBREVIATION);
}

/* The IN_ bits of s[0..n): spelled_in() of each list at once. */
static uint8_t lists_of(const char *s, size_t n)
{
    pthread_once(&lists_once, make_lists);
    if (n == 0 || n > lists.longest)
        return 0;
    size_t k = list_slot(s, n);
    return lists.word[k] ? lists.bits[k] : 0;
}

int dyad_attrib_is_speech_verb(const char *word, size_t len)
{
    return (lists_of(word, len) & IN_SPEECH) != 0;
}

int dyad_attrib_is_pronoun(const char *word, size_t len)
{
    return spells(word, len, "he") || spells(word, len, "she");
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int is_letter(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0;
}

/* Upper-case ASCII or Latin-1 (À..Þ) first letter of s[0..n). */
static int starts_upper(const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[0];
    if (c == 0xC3 && n >= 2)
        return (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9E;
    return c >= 'A' && c <= 'Z';
}

/* U+2018..U+201D and the dashes and ellipsis around them. */
static int is_e280(const char *s, size_t i, size_t len, unsigned char third)
{
    return i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
           (unsigned char)s[i + 2] == third;
}
#define LQUOTE 0x9C  /* “ */
#define RQUOTE 0x9D  /* ” */
#define LSINGLE 0x98 /* ‘ */
#define RSINGLE 0x99 /* ’ */

/* -------------------------------------------------------------- tokens */

enum tok_kind { T_WORD, T_COMMA, T_COLON, T_END, T_QUOTE, T_PAREN, T_DASH, T_OTHER };

typedef struct {
    uint32_t b, e;
    uint8_t kind;
    uint8_t in;           /* a word's lists (IN_ bits) */
} token;

typedef struct {
    const char *s;
    token t[MAX_TOKENS];
    size_t n;
} tokens;

static size_t word_end(const char *s, size_t i, size_t len)
{
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && is_e280(s, i, len, RSINGLE) && i + 3 < len &&
            is_letter((unsigned char)s[i + 3]))
            i += 3;   /* ’ inside a word: Afghanistan’s */
        else if (c == 0xE2)
            break;
        else if (is_letter(c) || (c >= '0' && c <= '9') || c >= 0x80)
            i++;
        else if ((c == '-' || c == '\'' || c == '.') && i + 1 < len &&
                 is_letter((unsigned char)s[i + 1]))
            i++;
        else if (c == '.' && i >= 2 && s[i - 2] == '.' && s[i - 1] >= 'A' && s[i - 1] <= 'Z')
            i++;      /* the last dot of "U.S.", "U.N." */
        else
            break;
    }
    return i;
}

/* End of a quoted stretch opened at i (mark of mlen bytes), or len. */
static size_t skip_quoted(const char *s, size_t i, size_t len, size_t mlen)
{
    for (size_t k = i + mlen; k < len; k++) {
        if (mlen == 1 && s[k] == '"')
            return k + 1;
        if (mlen == 3 && is_e280(s, k, len, RQUOTE))
            return k + 3;
    }
    return len;
}

static size_t skip_parens(const char *s, size_t i, size_t len)
{
    int depth = 0;
    for (size_t k = i; k < len; k++) {
        depth += s[k] == '(';
        depth -= s[k] == ')';
        if (depth == 0)
            return k + 1;
    }
    return len;
}

/* One token starting at i (not a space); returns its end. */
static size_t next_token(const char *s, size_t i, size_t len, uint8_t *kind)
{
    unsigned char c = (unsigned char)s[i];
    *kind = T_OTHER;
    /* (a straight mark right after a word closes a quotation opened in an
     * earlier sentence: 'aside," Merkel, who is in Brussels, told') */
    if (c == '"' && i > 0 && (is_letter((unsigned char)s[i - 1]) || strchr(",.!?", s[i - 1]))) {
        *kind = T_QUOTE;
        return i + 1;
    }
    if (c == '"' || is_e280(s, i, len, LQUOTE)) {
        *kind = T_QUOTE;
        return skip_quoted(s, i, len, c == '"' ? 1 : 3);
    }
    if (c == '(') {
        *kind = T_PAREN;
        return skip_parens(s, i, len);
    }
    if (c == 0xE2 && (is_e280(s, i, len, 0x93) || is_e280(s, i, len, 0x94))) {
        *kind = T_DASH;
        return i + 3;
    }
    if (c == 0xE2)
        return i + 3 <= len ? i + 3 : len;
    size_t e = word_end(s, i, len);
    if (e > i) {
        *kind = T_WORD;
        return e;
    }
    *kind = c == ',' ? T_COMMA : c == ':' ? T_COLON : c == '-' ? T_DASH
          : (c == '.' || c == '!' || c == '?' || c == ';') ? T_END : T_OTHER;
    return i + 1;
}

static void tokenize(const char *s, size_t len, tokens *tk)
{
    tk->s = s;
    tk->n = 0;
    for (size_t i = 0; i < len && tk->n < MAX_TOKENS;) {
        if (is_space((unsigned char)s[i])) {
            i++;
            continue;
        }
        uint8_t kind;
        size_t e = next_token(s, i, len, &kind);
        uint8_t in = kind == T_WORD ? lists_of(s + i, e - i) : 0;
        tk->t[tk->n++] = (token){(uint32_t)i, (uint32_t)e, kind, in};
        i = e;
    }
}

static int tok_in(const tokens *tk, size_t i, const char *const *list)
{
    return i < tk->n && tk->t[i].kind == T_WORD &&
           spelled_in(tk->s + tk->t[i].b, tk->t[i].e - tk->t[i].b, list);
}

/* Whether token i is a word of the lists of `bits` (IN_ bits). */
static int tok_has(const tokens *tk, size_t i, uint8_t bits)
{
    return i < tk->n && (tk->t[i].in & bits);
}

static int tok_is(const tokens *tk, size_t i, const char *w)
{
    return i < tk->n && tk->t[i].kind == T_WORD &&
           spells(tk->s + tk->t[i].b, tk->t[i].e - tk->t[i].b, w);
}

static int tok_upper(const tokens *tk, size_t i)
{
    return i < tk->n && tk->t[i].kind == T_WORD &&
           starts_upper(tk->s + tk->t[i].b, tk->t[i].e - tk->t[i].b);
}

/* A lower-case reporting verb ("Said" opening a sentence is rare and
 * "States" in "United States" is a name). */
static int is_speech_verb(const tokens *tk, size_t i)
{
    /* ("dismissed Indian reports of an increase": a noun) */
    if (tok_is(tk, i, "reports") && tok_is(tk, i + 1, "of"))
        return 0;
    /* ("Press reports Tuesday said", "reports here said": a noun) */
    if (tok_is(tk, i, "reports")) {
        size_t k = i + 1;
        while (tok_has(tk, k, IN_SKIPPABLE) || tok_is(tk, k, "here"))
            k++;
        if (!tok_upper(tk, k) && tok_has(tk, k, IN_SPEECH))
            return 0;
    }
    /* ("Iran recalled its ambassador": a diplomat called home, no words) */
    static const char *const owners[] = {"its", "his", "her", "their", "the", NULL};
    static const char *const envoys[] = {"ambassador", "ambassadors", "envoy", "envoys", "diplomats",
                                         "consul", "charge", NULL};
    if (tok_is(tk, i, "recalled") && tok_in(tk, i + 1, owners)
        && (tok_in(tk, i + 2, envoys) || tok_in(tk, i + 3, envoys)))
        return 0;
    return !tok_upper(tk, i) && tok_has(tk, i, IN_SPEECH);
}

static int is_pronoun_tok(const tokens *tk, size_t i)
{
    return i < tk->n && tk->t[i].kind == T_WORD &&
           dyad_attrib_is_pronoun(tk->s + tk->t[i].b, tk->t[i].e - tk->t[i].b);
}

/* A word of a speaker's noun phrase: a name or a title. */
static int np_word(const tokens *tk, size_t i)
{
    if (i >= tk->n || tk->t[i].kind != T_WORD || is_speech_verb(tk, i))
        return 0;
    if (tok_has(tk, i, IN_TITLE))
        return 1;
    return tok_upper(tk, i) && !tok_has(tk, i, IN_STOP) && !tok_has(tk, i, IN_SKIPPABLE);
}

/* ------------------------------------------------------- noun phrases */

typedef struct {
    size_t first, last;   /* token range, inclusive; first > last when empty */
} np;

static int np_empty(np p)
{
    return p.first > p.last;
}

/* "The Sydney Morning Herald": a capitalised word that would be a time
 * ("Morning", "May") inside a name, between two of its words. */
static int name_inner_word(const tokens *tk, size_t i)
{
    return i > 0 && i + 1 < tk->n && tok_upper(tk, i) && tok_has(tk, i, IN_SKIPPABLE) && tok_upper(tk, i - 1)
           && np_word(tk, i - 1) && tok_upper(tk, i + 1) && np_word(tk, i + 1);
}

/* "of" between words of a phrase ("head of the delegation", with its
 * "the"), "to" after an envoy ("Malaysian ambassador to Zimbabwe
 * Shaharuddin Som") and "for" after a spokesman ("a spokesman for the
 * ministry"). */
static int joins_np(const tokens *tk, size_t i)
{
    if (i > 1 && tok_is(tk, i, "the") && (tok_is(tk, i - 1, "of") || tok_is(tk, i - 1, "for")))
        i--;
    if (i == 0 || !np_word(tk, i - 1))
        return 0;
    static const char *const spokesmen[] = {"spokesman", "spokeswoman", "spokesperson", NULL};
    return tok_is(tk, i, "of") || (tok_is(tk, i, "to") && (tok_is(tk, i - 1, "ambassador") || tok_is(tk, i - 1, "envoy")))
        || (tok_is(tk, i, "for") && tok_in(tk, i - 1, spokesmen));
}

/* "the Palestinian judges' council": the apostrophe at token i ends a
 * plural possessive, whose word belongs to the phrase. */
static int plural_possessive(const tokens *tk, size_t i)
{
    const token *t = &tk->t[i];
    return i > 0 && t->e - t->b == 1 && tk->s[t->b] == '\'' && tk->t[i - 1].kind == T_WORD && tk->t[i - 1].e == t->b
           && tk->s[t->b - 1] == 's';
}

/* "a United Nations official in Geneva said", "an analyst at the Kiel
 * Institute said": a place or a body after a title word tells where the
 * speaker is, not who: the phrase starts at its head.  `first` is the
 * phrase's first token; returns the head's first token, or `first`. */
static size_t located_head(const tokens *tk, size_t first)
{
    /* ("Police in the Indonesian district of Solo said": the place named
     * after a kind of place and "of") */
    static const char *const place_kinds[] = {"district", "province", "city", "town", "village", "region",
                                              "state", "county", "capital", "port", NULL};
    size_t k = first;
    if (k > 1 && tok_is(tk, k - 1, "of") && tok_in(tk, k - 2, place_kinds))
        for (k -= 2; k > 0 && np_word(tk, k - 1) && !tok_has(tk, k - 1, IN_TITLE);)
            k--;
    if (k > 0 && tok_is(tk, k - 1, "the"))
        k--;
    if (k < 2 || !(tok_is(tk, k - 1, "in") || tok_is(tk, k - 1, "at")) || !tok_has(tk, k - 2, IN_TITLE))
        return first;
    k -= 2;
    while (k > 0 && (np_word(tk, k - 1) || joins_np(tk, k - 1)))
        k--;
    return k;
}

/* The speaker phrase ending just before token `verb`, skipping adverbs,
 * times and commas in between.  A pronoun is a phrase of its own. */
static np np_before(const tokens *tk, size_t verb)
{
    np none = {1, 0};
    size_t i = verb;
    int comma = 0;
    while (i > 0 && (tk->t[i - 1].kind == T_COMMA || tok_has(tk, i - 1, IN_SKIPPABLE)))
        comma |= tk->t[--i].kind == T_COMMA;
    if (i == 0)
        return none;
    if (is_pronoun_tok(tk, i - 1))
        return (np){i - 1, i - 1};
    /* (", it said.", ", they added.": a tag after the words told, whose
     * "it" the caller may resolve; "but it said" has the clause's own) */
    if ((tok_is(tk, i - 1, "it") || tok_is(tk, i - 1, "they")) && i > 1
        && (tk->t[i - 2].kind == T_COMMA || tk->t[i - 2].kind == T_QUOTE))
        return (np){i - 1, i - 1};
    size_t last = i - 1, first = i;
    /* ("South African Revenue Services (SARS) said": the bracket is the
     * name's short form; after a comma it ends an apposition, "Hakim, head
     * of the Supreme Council ... (SCIRI), told", whose head is not known) */
    if (!comma && tk->t[last].kind == T_PAREN && last > 0 && np_word(tk, last - 1))
        first = last;
    while (first > 0) {
        if (np_word(tk, first - 1) || name_inner_word(tk, first - 1) || joins_np(tk, first - 1))
            first--;
        else if (first > 1 && first <= last && plural_possessive(tk, first - 1))
            first -= 2;
        else
            break;
    }
    if (first <= last)
        first = located_head(tk, first);
    return first <= last ? (np){first, last} : none;
}

/* Token i, or the one after it when it is an article. */
static size_t past_article(const tokens *tk, size_t i)
{
    return tok_is(tk, i, "the") || tok_is(tk, i, "a") || tok_is(tk, i, "an") ? i + 1 : i;
}

/* The phrase starting at token i, after an optional article. */
static np np_after(const tokens *tk, size_t i)
{
    np none = {1, 0};
    i = past_article(tk, i);
    /* ("said He Guoqiang": a capitalised "He" before a name is a name) */
    if (is_pronoun_tok(tk, i) && !(i > 0 && tok_upper(tk, i) && tok_upper(tk, i + 1) && np_word(tk, i + 1)))
        return (np){i, i};
    size_t k = i;
    while (np_word(tk, k) || (tok_is(tk, k, "of") && np_word(tk, k + 1)))
        k++;
    return k > i ? (np){i, k - 1} : none;
}

static int np_is_medium(const tokens *tk, np p)
{
    for (size_t i = p.first; !np_empty(p) && i <= p.last; i++)
        if (tok_has(tk, i, IN_MEDIA))
            return 1;
    return 0;
}

/* ---------------------------------------------------------- attribution */

typedef struct {
    np speaker, via;
    size_t anchor;   /* first token of the construction */
} attribution;

static void attribution_init(attribution *a)
{
    a->speaker = a->via = (np){1, 0};
    a->anchor = SIZE_MAX;
}

static int found(const attribution *a)
{
    return !np_empty(a->speaker) || !np_empty(a->via);
}

/* ", the coalition said in a statement.", "said at a news conference":
 * from token i, a phrase of where or how the words were given, up to the
 * end of the sentence (a few words, none a reporting verb nor "that"). */
static int occasion_to_end(const tokens *tk, size_t i)
{
    static const char *const occasions[] = {"in", "at", "during", NULL};
    if (!tok_in(tk, i, occasions))
        return 0;
    size_t k = i + 1;
    while (k < tk->n && k - i <= MAX_OCCASION_WORDS && tk->t[k].kind == T_WORD && !tok_is(tk, k, "that")
           && !is_speech_verb(tk, k))
        k++;
    return k > i + 1 && (k >= tk->n || tk->t[k].kind == T_END);
}

/* Only times, full stops and brackets from token i to the end. */
static int nothing_after(const tokens *tk, size_t i)
{
    /* (", adding the soldiers arrested his sister", ", noting that ...":
     * the same speaker goes on) */
    static const char *const going_on[] = {"adding", "saying", "noting", "stressing", "explaining", "insisting",
                                           NULL};
    for (; i < tk->n; i++) {
        if (tk->t[i].kind == T_COMMA && i + 1 < tk->n && tok_in(tk, i + 1, going_on))
            return 1;
        if (occasion_to_end(tk, i))
            return 1;
        if (tk->t[i].kind != T_END && tk->t[i].kind != T_PAREN && !tok_has(tk, i, IN_SKIPPABLE))
            return 0;
    }
    return 1;
}

/* "X quoting Y" / "X, citing Y": speaker Y, via X. */
static int match_quoting(const tokens *tk, size_t lo, size_t hi, attribution *a)
{
    for (size_t i = lo; i < hi; i++) {
        if (!(tok_is(tk, i, "quoting") || tok_is(tk, i, "citing")))
            continue;
        np y = np_after(tk, i + 1);
        if (np_empty(y))
            continue;
        size_t v = i;
        while (v > lo && (tk->t[v - 1].kind == T_COMMA || tok_has(tk, v - 1, IN_RELAY)))
            v--;
        a->speaker = y;
        a->via = np_before(tk, v);
        a->anchor = np_empty(a->via) ? i : a->via.first;
        return 1;
    }
    return 0;
}

/* Token i, or when it opens an apposition between commas ("quoted Nezzar
 * Rayan, a senior Hamas official in Gaza, as saying"), the token after
 * the closing comma. */
static size_t after_apposition(const tokens *tk, size_t i)
{
    if (i >= tk->n || tk->t[i].kind != T_COMMA)
        return i;
    for (size_t k = i + 1; k < tk->n && k < i + 20; k++) {
        if (tk->t[k].kind == T_COMMA)
            return k + 1;
        if (tk->t[k].kind != T_WORD && tk->t[k].kind != T_PAREN)
            return i;
    }
    return i;
}

/* "X quoted Y as saying" (speaker Y, via X) and "Y was quoted (by X) as
 * saying" (speaker Y, via X when named). */
static int match_quoted(const tokens *tk, size_t lo, size_t hi, attribution *a)
{
    for (size_t i = lo; i < hi; i++) {
        if (!(tok_is(tk, i, "quoted") || tok_is(tk, i, "cited")))
            continue;
        if (i > lo && (tok_is(tk, i - 1, "was") || tok_is(tk, i - 1, "is"))) {
            a->speaker = np_before(tk, i - 1);
            size_t k = i + 1;
            if (tok_is(tk, k, "as") && tok_is(tk, k + 1, "saying"))
                k += 2;
            a->via = tok_is(tk, k, "by") ? np_after(tk, k + 1) : (np){1, 0};
            a->anchor = np_empty(a->speaker) ? i : a->speaker.first;
            return !np_empty(a->speaker);
        }
        np y = np_after(tk, i + 1);
        if (np_empty(y) || !tok_is(tk, after_apposition(tk, y.last + 1), "as"))
            continue;
        a->speaker = y;
        a->via = np_before(tk, i);
        a->anchor = np_empty(a->via) ? i : a->via.first;
        return 1;
    }
    return 0;
}

/* A lower-case word in -ed ("issued", "distributed"). */
static int participle_ed(const tokens *tk, size_t i)
{
    const token *t = &tk->t[i];
    return t->kind == T_WORD && !tok_upper(tk, i) && t->e - t->b > 3 && strncmp(tk->s + t->e - 2, "ed", 2) == 0;
}

/* "according to a press release from the Ugandan Foreign Ministry", "a
 * statement by the army", "a schedule distributed by the ministry": a
 * document speaks for whoever issued it. */
static np issuer(const tokens *tk, np x)
{
    static const char *const documents[] = {"release", "statement", "statements", "report", "reports",
        "communique", "announcement", "notice", "letter", "bulletin", "schedule", "timetable", NULL};
    size_t k = x.last + 1;
    if (tok_in(tk, k, documents))
        k++;
    else if (!tok_in(tk, x.last, documents))
        return x;
    if (participle_ed(tk, k))
        k++;
    if (!(tok_is(tk, k, "from") || tok_is(tk, k, "by") || tok_is(tk, k, "of")))
        return x;
    np by = np_after(tk, k + 1);
    return np_empty(by) ? x : by;
}

/* "according to witnesses", "according to a schedule distributed by the
 * ministry", "according to the summit timetable issued here": what
 * follows "according to" is a source whatever its case, up to a
 * participle, a preposition or the end of the phrase. */
static np np_source(const tokens *tk, size_t i)
{
    np x = np_after(tk, i);
    if (!np_empty(x))
        return x;
    i = past_article(tk, i);
    size_t k = i;
    while (k < tk->n && k - i < MAX_CLOSING_WORDS && tk->t[k].kind == T_WORD
           && (!tok_has(tk, k, IN_STOP) || (k > i && tok_is(tk, k, "and"))) && !tok_has(tk, k, IN_SKIPPABLE)
           && !is_speech_verb(tk, k) && !participle_ed(tk, k))
        k++;
    while (k > i && tok_is(tk, k - 1, "and"))
        k--;
    return k > i ? (np){i, k - 1} : (np){1, 0};
}

static int match_according_to(const tokens *tk, size_t lo, size_t hi, attribution *a)
{
    for (size_t i = lo; i + 1 < hi; i++) {
        if (!tok_is(tk, i, "according") || !tok_is(tk, i + 1, "to"))
            continue;
        np x = np_source(tk, i + 2);
        if (np_empty(x))
            continue;
        a->speaker = issuer(tk, x);
        a->anchor = i;
        return 1;
    }
    return 0;
}

/* Whether token i ends the phrase before it: a comma, a bracket or the
 * end ("said He Guoqiang, head of ...", not "said Russia attacked"). */
static int closes_clause(const tokens *tk, size_t i)
{
    return i >= tk->n || tk->t[i].kind == T_COMMA || tk->t[i].kind == T_END || tk->t[i].kind == T_PAREN;
}

/* Whether token i is a word ending in "'s" or "’s" ("Russia's"). */
static int possessive(const tokens *tk, size_t i)
{
    if (i >= tk->n || tk->t[i].kind != T_WORD || tk->t[i].e - tk->t[i].b < 3)
        return 0;
    const char *end = tk->s + tk->t[i].e;
    return end[-1] == 's' && (end[-2] == '\''
                              || (tk->t[i].e - tk->t[i].b > 4 && (unsigned char)end[-2] == 0x99
                                  && (unsigned char)end[-3] == 0x80 && (unsigned char)end[-4] == 0xE2));
}

static size_t subject_start(const tokens *tk, size_t lo, size_t verb);
static int subject_word(const tokens *tk, size_t i, size_t first);

/* "The delegate, who is attending the meeting in Abuja, said": a subject
 * in lower case that the comma at token c ends, when all its words are
 * words of a subject; else an empty phrase. */
static np subject_before(const tokens *tk, size_t lo, size_t c)
{
    np none = {1, 0};
    size_t first = subject_start(tk, lo, c);
    if (first >= c || c - first > 4 || tk->t[c - 1].kind != T_WORD || tok_has(tk, c - 1, IN_STOP))
        return none;
    for (size_t k = first; k < c; k++)
        if (!subject_word(tk, k, first))
            return none;
    return (np){first, c - 1};
}

/* "Rubin, who is the first US treasury secretary to visit Vietnam, said",
 * "Fino, speaking after a meeting in Gjirokaster, said", "Avex, a music
 * label that expanded its business, said", "Hakim, head of the Supreme
 * Council, told": a relative clause, a participle or an apposition (with
 * an article or a title word in lower case) between commas right before the verb
 * ends with words of its own; the speaker is the phrase before it.
 * Returns that phrase, or an empty one. */
static np speaker_before_inserted(const tokens *tk, size_t lo, size_t verb)
{
    static const char *const openers[] = {"who", "which", "whose", "a", "an", NULL};
    np none = {1, 0};
    if (verb < 2 || tk->t[verb - 1].kind != T_COMMA)
        return none;
    for (size_t c = verb - 1; c-- > lo && verb - c < 40;) {
        uint8_t kind = tk->t[c].kind;
        if (kind == T_END || kind == T_QUOTE || kind == T_COLON)
            return none;
        if (kind != T_COMMA)
            continue;
        const token *w = &tk->t[c + 1];
        int participle = w->kind == T_WORD && w->e - w->b > 4 && strncmp(tk->s + w->e - 3, "ing", 3) == 0;
        /* ("Barradas, director general for negotiations at the Economy
         * Secretary, told": a title in lower case opens an apposition too) */
        int title = !tok_upper(tk, c + 1) && tok_has(tk, c + 1, IN_TITLE);
        /* ("Kirill Barsky, Russia's deputy chief of mission, said": or
         * with a possessive and such a title) */
        title = title || (possessive(tk, c + 1) && !tok_upper(tk, c + 2) && tok_has(tk, c + 2, IN_TITLE));
        /* ("Kirchner, in a joint appearance with President Bush, warned":
         * or a prepositional phrase, whose object is no speaker) */
        static const char *const prepositions[] = {"in", "at", "during", "after", "before", NULL};
        int phrase = !tok_upper(tk, c + 1) && tok_in(tk, c + 1, prepositions);
        if (c == lo || !(participle || title || phrase || tok_in(tk, c + 1, openers)))
            return none;
        /* ("Burman, counsel for Mahato, a party leader, told", "In Paris,
         * foreign ministry spokesman X, asked if ..., declared": the object
         * of a preposition is no speaker) */
        static const char *const objects_of[] = {"for", "to", "with", "by", "against", "in", "at", "on", "from",
                                                 NULL};
        np x = np_word(tk, c - 1) ? np_before(tk, c) : subject_before(tk, lo, c);
        return !np_empty(x) && x.first > 0 && tok_in(tk, x.first - 1, objects_of) ? none : x;
    }
    return none;
}

/* Where the subject of a clause starting at token lo begins: after its
 * article, or after an opening phrase that a comma ends ("In a separate
 * statement, the US embassy said"). */
static size_t subject_start(const tokens *tk, size_t lo, size_t verb)
{
    static const char *const openers[] = {"in", "on", "at", "after", "meanwhile", "earlier", "later", "separately", NULL};
    while (lo < verb && (tk->t[lo].kind == T_COMMA || tk->t[lo].kind == T_QUOTE))
        lo++;
    if (tok_in(tk, lo, openers))
        for (size_t c = lo + 1; c < verb; c++)
            if (tk->t[c].kind == T_COMMA) {
                lo = c + 1;
                break;
            }
    return past_article(tk, lo);
}

/* Whether token i ends with `suffix` after at least three letters of its
 * own ("firmly", "leading"; not "fly", "king"). */
static int ends_with(const tokens *tk, size_t i, const char *suffix)
{
    size_t n = strlen(suffix);
    const token *t = &tk->t[i];
    return t->e - t->b > n + 2 && strncmp(tk->s + t->e - n, suffix, n) == 0;
}

/* A word of a subject that is no name: "Many of Burma's leading trade
 * partners said", "the head of the country's election commission said",
 * "Officials from Thailand's ruling party told".  Not a word that would
 * make it a clause of its own: a verb form in -ed, a pronoun, "to",
 * "that", "and" (its verb is unknown: "Israel sent troops and said"). */
static int subject_word(const tokens *tk, size_t i, size_t first)
{
    static const char *const quantities[] = {"many", "some", "most", "several", "all", NULL};
    static const char *const links[] = {"of", "for", "from", NULL};
    static const char *const clause_words[] = {"is", "was", "are", "were", "be", "been", "not", "no", NULL};
    if (i >= tk->n || tk->t[i].kind != T_WORD || is_speech_verb(tk, i) || participle_ed(tk, i)
        || tok_in(tk, i, clause_words) || (!tok_upper(tk, i) && ends_with(tk, i, "ly"))
        || (i == first && ends_with(tk, i, "ing")))
        return 0;
    if (tok_in(tk, i, links))
        return i > first;
    if (tok_is(tk, i, "the"))
        return i > first && tok_in(tk, i - 1, links);
    /* ("for South and Central Asian Affairs": "and" inside a name after
     * "of" or "for"; "Bhutan and Nepal said" is two speakers) */
    if (tok_is(tk, i, "and")) {
        int linked = 0;
        for (size_t k = first; k < i; k++)
            linked |= tok_in(tk, k, links);
        return linked && tok_upper(tk, i - 1) && tok_upper(tk, i + 1);
    }
    if (i == first && tok_in(tk, i, quantities))
        return 1;
    return !tok_has(tk, i, IN_STOP) && !tok_has(tk, i, IN_SKIPPABLE);
}

#define MAX_SUBJECT_WORDS 14

/* The whole subject of the clause from token lo when it runs with no
 * comma up to the verb and holds words np_before() does not take (lower
 * case nouns, "from", "and" in a name).  Returns it when it ends where
 * x (the speaker found so far, maybe empty) ends; else returns x. */
static np subject_phrase(const tokens *tk, size_t lo, size_t verb, np x)
{
    /* (not "continued", "asked", "claimed": "militant groups continued
     * launching rockets" tells an act, not whose words) */
    static const char *const reporting[] = {"said", "says", "say", "told", "tells", "added", "adds", "stated",
        "announced", "announces", "reported", "reports", "noted", "stressed", "confirmed", "declared",
        "warned", "insisted", "explained", "emphasised", "emphasized", "wrote", "reiterated", NULL};
    if (!tok_in(tk, verb, reporting))
        return x;
    size_t end = verb;
    /* ("Sean McCormack reluctantly confirmed") */
    while (end > lo && (tok_has(tk, end - 1, IN_SKIPPABLE) || (!tok_upper(tk, end - 1) && ends_with(tk, end - 1, "ly"))))
        end--;
    size_t first = subject_start(tk, lo, end);
    if (first >= end || end - first > MAX_SUBJECT_WORDS || (!np_empty(x) && (x.last + 1 != end || x.first <= first)))
        return x;
    for (size_t k = first; k < end; k++)
        if (!subject_word(tk, k, first) && !(k + 1 == end && k > first && tk->t[k].kind == T_PAREN))
            return x;
    if (tok_has(tk, end - 1, IN_STOP))
        return x;
    return (np){first, end - 1};
}

/* The first reporting verb with a speaker before it ("Putin said"), or
 * right after it when the verb opens the clause (", said Putin"). */
static int match_speech_verb(const tokens *tk, size_t lo, size_t hi, attribution *a)
{
    for (size_t i = lo; i < hi; i++) {
        if (!is_speech_verb(tk, i))
            continue;
        /* ("Iran attacked Iraq, said He Guoqiang": after a comma, a name
         * right after the verb is the speaker, not the clause's last word) */
        int opens = i == lo || tk->t[i - 1].kind == T_COMMA || tk->t[i - 1].kind == T_QUOTE;
        /* (", told the Senate committee": whom one tells is no speaker) */
        int tells = tok_is(tk, i, "told") || tok_is(tk, i, "tells") || tok_is(tk, i, "asked") || tok_is(tk, i, "asks");
        np x = opens && !tells ? np_after(tk, i + 1) : (np){1, 0};
        if (!np_empty(x) && !(x.first == x.last && is_pronoun_tok(tk, x.first)) && closes_clause(tk, x.last + 1)) {
            a->speaker = x;
            a->anchor = i;
            return 1;
        }
        x = speaker_before_inserted(tk, lo, i);
        if (np_empty(x))
            x = subject_phrase(tk, lo, i, np_before(tk, i));
        if (!np_empty(x) && x.first >= lo) {
            a->speaker = x;
            a->anchor = x.first;
            /* ("a spokesman told Reuters": the medium told relays it) */
            np told = tells ? np_after(tk, i + 1) : (np){1, 0};
            if (!np_empty(told) && np_is_medium(tk, told))
                a->via = told;
            return 1;
        }
        if (opens && !tells) {
            x = np_after(tk, i + 1);
            if (!np_empty(x)) {
                a->speaker = x;
                a->anchor = i;
                return 1;
            }
        }
    }
    return 0;
}

/* ", witnesses said.", ", Palestinian medics said.", ", a US-based pressure
 * group said.": the words between a comma and a reporting verb that
 * closes the sentence name the speaker, whatever their case.  Tokens
 * [i, end) after an article; an empty phrase unless they are a few
 * words that are not a pronoun ("it said", "they said"). */
static np np_closing(const tokens *tk, size_t i, size_t end)
{
    static const char *const whose[] = {"his", "her", "their", "its", NULL};
    np none = {1, 0};
    i = past_article(tk, i);
    /* (", their lawyer said.", ", his family said.": one who speaks for
     * someone named before) */
    size_t first = tok_in(tk, i, whose) && i + 1 < end ? i + 1 : i;
    if (i >= end || end - i > MAX_CLOSING_WORDS || tok_has(tk, first, IN_STOP))
        return none;
    for (size_t k = first; k < end; k++)
        if (tk->t[k].kind != T_WORD || is_speech_verb(tk, k)
            || (tok_has(tk, k, IN_STOP) && !tok_is(tk, k, "and") && !tok_is(tk, k, "of")))
            return none;
    return (np){i, end - 1};
}

/* ", a local journalist told Xinhua.", ", an officer told reporters.":
 * "told" at token v, then a medium or reporters, closes the sentence.
 * Returns the medium (an empty phrase for reporters), or sets *none. */
static np told_to_end(const tokens *tk, size_t v, int *none)
{
    static const char *const press[] = {"reporters", "journalists", NULL};
    np medium = np_after(tk, v + 1);
    *none = 0;
    if (tok_is(tk, v, "told") && tok_in(tk, v + 1, press) && nothing_after(tk, v + 2))
        return (np){1, 0};
    if (tok_is(tk, v, "told") && !np_empty(medium) && np_is_medium(tk, medium) && nothing_after(tk, medium.last + 1))
        return medium;
    *none = 1;
    return (np){1, 0};
}

/* Verbs that close a sentence after the one who spoke: those that relay,
 * and ", medics confirmed.", ", the company announced on Saturday.",
 * ", a local journalist told Xinhua.". */
static int closing_verb(const tokens *tk, size_t v)
{
    static const char *const also[] = {"announced", "confirmed", "stated", "told", NULL};
    return is_speech_verb(tk, v) && (tok_has(tk, v, IN_RELAY) || tok_in(tk, v, also));
}

/* The phrase of np_closing() between the comma at token c and a
 * reporting verb that closes the sentence, skipping adverbs before the
 * verb (", a senior official has said."); sets *verb. */
static np closing_phrase(const tokens *tk, size_t c, size_t *verb)
{
    size_t v = c + 1;
    int not_told;
    while (v < tk->n && v - c <= MAX_CLOSING_WORDS + 1 && !closing_verb(tk, v))
        v++;
    if (v >= tk->n || !closing_verb(tk, v))
        return (np){1, 0};
    told_to_end(tk, v, &not_told);
    if (tok_is(tk, v, "told") ? not_told : !nothing_after(tk, v + 1))
        return (np){1, 0};
    size_t end = v;
    while (end > c + 1 && (tok_has(tk, end - 1, IN_SKIPPABLE) || tok_is(tk, end - 1, "here")))
        end--;
    *verb = v;
    return np_closing(tk, c + 1, end);
}

/* ", said the joint statement.": a reporting verb right after the comma
 * at token c, then the words of np_closing() to the end of the sentence
 * (times aside), ending with a title or a name; sets *verb. */
static np inverted_closing(const tokens *tk, size_t c, size_t *verb)
{
    size_t v = c + 1, end = v + 1;
    if (!(tok_has(tk, v, IN_RELAY) && is_speech_verb(tk, v)))
        return (np){1, 0};
    while (end < tk->n && tk->t[end].kind == T_WORD && !tok_has(tk, end, IN_SKIPPABLE)) {
        /* (a name and a verb in -ed make a clause: ", said Japan
         * criticised Russia." tells what was said) */
        if (participle_ed(tk, end) && tok_upper(tk, end - 1))
            return (np){1, 0};
        end++;
    }
    /* (its head is a title or a name: not "Rubin, who ..., said the talks
     * went well.") */
    size_t stop = end;
    while (stop < tk->n && tok_has(tk, stop, IN_SKIPPABLE))
        stop++;
    /* (a full stop ends it: before a quotation, ", said the Palestinian and
     * Jordanian leaders "are meeting"" is what was said) */
    if (stop >= tk->n || tk->t[stop].kind != T_END || !np_word(tk, end - 1))
        return (np){1, 0};
    *verb = v;
    return np_closing(tk, v + 1, end);
}

/* A quotation that ends with a comma ('he "shared their pain,"
 * witnesses said'): the comma goes on after the closing mark. */
static int quote_ends_with_comma(const tokens *tk, size_t i)
{
    const token *t = &tk->t[i];
    if (t->kind != T_QUOTE || t->e - t->b < 3)
        return 0;
    size_t mark = tk->s[t->e - 1] == '"' ? 1 : 3;
    return t->e - t->b > mark && tk->s[t->e - mark - 1] == ',';
}

/* "..., TASS reported." closing the sentence: via TASS, and the rest of
 * the sentence (before the comma) may still name the speaker.  Returns
 * the token where the rest ends. */
static size_t match_trailing_relay(const tokens *tk, attribution *a)
{
    for (size_t c = tk->n; c-- > 0;) {
        if (tk->t[c].kind != T_COMMA && !quote_ends_with_comma(tk, c))
            continue;
        np x = np_after(tk, c + 1);
        size_t v = np_empty(x) ? c + 1 : x.last + 1;
        int inverted = 0;
        if (np_empty(x) || !tok_has(tk, v, IN_RELAY)) {
            x = closing_phrase(tk, c, &v);
            if (np_empty(x)) {
                x = inverted_closing(tk, c, &v);
                inverted = !np_empty(x);
            }
            if (np_empty(x))
                continue;
        }
        int not_told;
        np told = told_to_end(tk, v, &not_told);
        if (!inverted && not_told && !nothing_after(tk, v + 1) && !match_quoting(tk, v + 1, tk->n, a))
            continue;
        if (tok_is(tk, v, "reported") || tok_is(tk, v, "reports") || np_is_medium(tk, x))
            a->via = x;
        else
            a->speaker = x;   /* "..., Putin said." */
        if (!np_empty(told))
            a->via = told;   /* (", a local journalist told Xinhua.") */
        a->anchor = c + 1;
        return c;
    }
    return tk->n;
}

/* A medium named as the only speaker relays rather than speaks. */
static void medium_to_via(const tokens *tk, attribution *a)
{
    if (np_empty(a->via) && !np_empty(a->speaker) && np_is_medium(tk, a->speaker)) {
        a->via = a->speaker;
        a->speaker = (np){1, 0};
    }
}

/* "He said ..., according to Reuters": a medium one reads something
 * "according to" relays what the speaker named before it said; *hi
 * becomes the end of the words before it. */
static int according_to_medium(const tokens *tk, size_t *hi, attribution *a)
{
    if (!match_according_to(tk, 0, *hi, a))
        return 0;
    if (!np_is_medium(tk, a->speaker))
        return 1;
    a->via = a->speaker;
    a->speaker = (np){1, 0};
    *hi = a->anchor;
    return 0;
}

static void attribute_tokens(const tokens *tk, attribution *a)
{
    attribution_init(a);
    size_t hi = match_trailing_relay(tk, a);
    if (np_empty(a->speaker) &&
        !match_quoted(tk, 0, hi, a) && !match_quoting(tk, 0, hi, a) &&
        !according_to_medium(tk, &hi, a)) {
        attribution inner;
        attribution_init(&inner);
        if (match_speech_verb(tk, 0, hi, &inner)) {
            a->speaker = inner.speaker;
            if (np_empty(a->via))
                a->via = inner.via;
            if (a->anchor == SIZE_MAX || inner.anchor < a->anchor)
                a->anchor = inner.anchor;
        }
    }
    medium_to_via(tk, a);
}

static void np_span(const tokens *tk, np p, size_t base, size_t *b, size_t *e)
{
    if (np_empty(p)) {
        *b = *e = 0;
        return;
    }
    *b = base + tk->t[p.first].b;
    *e = base + tk->t[p.last].e;
}

int dyad_attrib_sentence(const char *sentence, size_t len, size_t *speaker_begin,
                         size_t *speaker_end, size_t *via_begin, size_t *via_end)
{
    tokens tk;
    attribution a;
    tokenize(sentence, len, &tk);
    attribute_tokens(&tk, &a);
    np_span(&tk, a.speaker, 0, speaker_begin, speaker_end);
    np_span(&tk, a.via, 0, via_begin, via_end);
    return found(&a);
}

/* ----------------------------------------------------- sentence bounds */

static int is_abbreviation_dot(const char *s, size_t dot)
{
    size_t b = dot;
    while (b > 0 && is_letter((unsigned char)s[b - 1]))
        b--;
    size_t n = dot - b;
    if (n == 1 && starts_upper(s + b, n))
        return 1;   /* an initial: "J. Smith", "U.S." */
    return (lists_of(s + b, n) & IN_ABBREVIATION) != 0;
}

/* Is s[i] the last character of a sentence? */
static int ends_sentence(const char *s, size_t i, size_t len)
{
    char c = s[i];
    if (c != '.' && c != '!' && c != '?')
        return 0;
    if (i + 1 < len && !is_space((unsigned char)s[i + 1]))
        return 0;
    return c != '.' || !is_abbreviation_dot(s, i);
}

static int blank_line_at(const char *s, size_t i, size_t len)
{
    if (s[i] != '\n')
        return 0;
    for (size_t k = i + 1; k < len && is_space((unsigned char)s[k]); k++)
        if (s[k] == '\n')
            return 1;
    return 0;
}

/* Start of the sentence holding position pos, not before lo. */
static size_t sentence_start(const char *s, size_t lo, size_t pos, size_t len)
{
    size_t k = pos;
    while (k > lo && !ends_sentence(s, k - 1, len) && !blank_line_at(s, k - 1, len))
        k--;
    while (k < pos && is_space((unsigned char)s[k]))
        k++;
    return k;
}

/* End of the sentence that goes on at pos (just past its final mark), not
 * after hi. */
static size_t sentence_end(const char *s, size_t pos, size_t hi, size_t len)
{
    for (size_t k = pos; k < hi; k++) {
        if (blank_line_at(s, k, len))
            return k;
        if (ends_sentence(s, k, len))
            return k + 1;
    }
    return hi;
}

/* ---------------------------------------------------------- quotations */

typedef struct {
    const char *s;
    size_t len;
    dyad_quote *out;
    size_t n, max;
    uint8_t stack[MAX_DEPTH];   /* '"' for a double quote, '\'' for a single */
    size_t depth, open_begin;
} quote_scan;

static int opens_before(unsigned char c)
{
    return is_space(c) || c == '(' || c == '[' || c == '-' || c == '"' || c == '\'' || c == '/';
}

/* A straight mark opens when it follows a space and precedes a word. */
static int straight_opens(const char *s, size_t i, size_t len)
{
    unsigned char prev = i ? (unsigned char)s[i - 1] : ' ';
    unsigned char next = i + 1 < len ? (unsigned char)s[i + 1] : ' ';
    return (opens_before(prev) || (prev >= 0x80 && i >= 3 && is_e280(s, i - 3, len, 0x94))) &&
           !is_space(next);
}

static int straight_closes(const char *s, size_t i, size_t len)
{
    unsigned char prev = i ? (unsigned char)s[i - 1] : ' ';
    unsigned char next = i + 1 < len ? (unsigned char)s[i + 1] : ' ';
    return !is_space(prev) && !is_letter(next) && !(next >= '0' && next <= '9');
}

static void emit(quote_scan *q, size_t end)
{
    if (q->n < q->max) {
        dyad_quote *d = &q->out[q->n++];
        memset(d, 0, sizeof *d);
        d->begin = q->open_begin;
        d->end = end;
    }
    q->depth = 0;
}

static void push(quote_scan *q, uint8_t kind, size_t after_mark)
{
    if (q->depth == 0)
        q->open_begin = after_mark;
    if (q->depth < MAX_DEPTH)
        q->stack[q->depth++] = kind;
}

/* Closes the innermost quotation of `kind` at mark position i. */
static void pop(quote_scan *q, uint8_t kind, size_t i)
{
    while (q->depth > 0 && q->stack[q->depth - 1] != kind)
        q->depth--;
    if (q->depth == 0)
        return;
    if (--q->depth == 0)
        emit(q, i);
}

/* An opening double mark at i?  Returns its length or 0. */
static size_t double_opener_at(const char *s, size_t i, size_t len)
{
    if (is_e280(s, i, len, LQUOTE))
        return 3;
    return s[i] == '"' && straight_opens(s, i, len) ? 1 : 0;
}

/* At a line break inside a quotation: the next paragraph may carry it on
 * with a fresh opening mark; a blank line without one ends it.  Returns
 * where scanning resumes. */
static size_t paragraph_break(quote_scan *q, size_t i)
{
    size_t j = i;
    while (j < q->len && is_space((unsigned char)q->s[j]))
        j++;
    size_t m = j < q->len ? double_opener_at(q->s, j, q->len) : 0;
    if (m) {
        q->depth = 1;   /* a nested quotation does not survive the break */
        return j + m;
    }
    if (blank_line_at(q->s, i, q->len)) {
        size_t end = i;
        while (end > q->open_begin && is_space((unsigned char)q->s[end - 1]))
            end--;
        emit(q, end);
        return j;
    }
    return i + 1;
}

static size_t scan_straight_double(quote_scan *q, size_t i)
{
    int inside_double = q->depth > 0 && memchr(q->stack, '"', q->depth);
    if (inside_double && straight_closes(q->s, i, q->len))
        pop(q, '"', i);
    else if (straight_opens(q->s, i, q->len))
        push(q, '"', i + 1);
    return i + 1;
}

static size_t scan_single(quote_scan *q, size_t i, size_t mlen)
{
    unsigned char prev = i ? (unsigned char)q->s[i - 1] : ' ';
    unsigned char next = i + mlen < q->len ? (unsigned char)q->s[i + mlen] : ' ';
    int opening = mlen == 3 ? is_e280(q->s, i, q->len, LSINGLE) : 1;
    int top_single = q->depth > 0 && q->stack[q->depth - 1] == '\'';
    if (top_single && !is_space(prev) && !is_letter(next) && (mlen == 1 || !opening))
        pop(q, '\'', i);
    else if (opening && (opens_before(prev) || prev >= 0x80) && is_letter(next) &&
             (q->depth > 0 || mlen == 3))
        push(q, '\'', i + mlen);   /* a lone straight ' is an apostrophe */
    return i + mlen;
}

static size_t scan_curly_double(quote_scan *q, size_t i)
{
    if (is_e280(q->s, i, q->len, LQUOTE))
        push(q, '"', i + 3);
    else
        pop(q, '"', i);
    return i + 3;
}

static void scan_marks(quote_scan *q)
{
    const char *s = q->s;
    for (size_t i = 0; i < q->len && q->n < q->max;) {
        if (s[i] == '"')
            i = scan_straight_double(q, i);
        else if (is_e280(s, i, q->len, LQUOTE) || is_e280(s, i, q->len, RQUOTE))
            i = scan_curly_double(q, i);
        else if (is_e280(s, i, q->len, LSINGLE) || is_e280(s, i, q->len, RSINGLE))
            i = scan_single(q, i, 3);
        else if (s[i] == '\'')
            i = scan_single(q, i, 1);
        else if (s[i] == '\n' && q->depth > 0)
            i = paragraph_break(q, i);
        else
            i++;
    }
    if (q->depth > 0 && q->n < q->max)
        emit(q, q->len);
}

/* --------------------------------------------------- quote attribution */

static size_t mark_len_at(const char *s, size_t i, size_t len)
{
    if (i >= len)
        return 0;
    return (s[i] == '"' || s[i] == '\'') ? 1 : ((unsigned char)s[i] == 0xE2 ? 3 : 0);
}

static size_t open_mark_start(const char *s, size_t begin)
{
    if (begin == 0)
        return 0;
    return (s[begin - 1] == '"' || s[begin - 1] == '\'') ? begin - 1 : begin - 3;
}

/* The last character inside the quotation tells whether the sentence
 * goes on after it ("...," he said) or ended inside it ("....") */
static int sentence_goes_on(const char *s, const dyad_quote *q)
{
    size_t k = q->end;
    while (k > q->begin && is_space((unsigned char)s[k - 1]))
        k--;
    if (k == q->begin)
        return 0;
    char c = s[k - 1];
    return c == ',' || c == '?' || c == '!' || c == '-' || c == ':' ||
           (unsigned char)c == 0x94 || (unsigned char)c == 0xA6;   /* — … */
}

static void set_spans(const tokens *tk, const attribution *a, size_t base, dyad_quote *d)
{
    np_span(tk, a->speaker, base, &d->speaker_begin, &d->speaker_end);
    np_span(tk, a->via, base, &d->via_begin, &d->via_end);
}

/* Only an article or adjectives ("a senior ...") lie between tokens
 * `first` and `anchor`. */
static int opens_clause(const tokens *tk, size_t first, size_t anchor)
{
    if (anchor - first > MAX_LEADING_WORDS)
        return 0;
    for (size_t i = first; i < anchor; i++)
        if (tk->t[i].kind != T_WORD || tok_upper(tk, i) || is_speech_verb(tk, i))
            return 0;
    return 1;
}

/* The clause after the closing mark: '"...," Putin said'. */
static int attribute_after(const char *s, size_t len, dyad_quote *d, size_t next_open)
{
    size_t from = d->end + mark_len_at(s, d->end, len);
    size_t to = sentence_end(s, from, next_open, len);
    tokens tk;
    attribution a;
    tokenize(s + from, to - from, &tk);
    attribute_tokens(&tk, &a);
    /* ('"...", Zhao said.': the comma after the closing mark goes on too) */
    int comma = tk.n > 0 && tk.t[0].kind == T_COMMA;
    if (!found(&a) || a.anchor < (size_t)comma || !opens_clause(&tk, comma, a.anchor))
        return 0;
    if (!comma && !sentence_goes_on(s, d) && tk.n > SHORT_CLAUSE_TOKENS)
        return 0;
    set_spans(&tk, &a, from, d);
    return 1;
}

/* The clause before the opening mark: 'Putin said: "..."', or a partial
 * quotation inside reported speech. */
static int attribute_before(const char *s, size_t len, dyad_quote *d, size_t prev_close)
{
    size_t to = open_mark_start(s, d->begin);
    size_t from = sentence_start(s, prev_close, to, len);
    tokens tk;
    attribution a;
    tokenize(s + from, to - from, &tk);
    attribute_tokens(&tk, &a);
    if (!found(&a))
        return 0;
    set_spans(&tk, &a, from, d);
    return 1;
}

static int has_speaker(const dyad_quote *d)
{
    return d->speaker_end > d->speaker_begin;
}

/* '"...," he said. "..."': the second part borrows the first one's
 * speaker when at most one sentence lies between them. */
static void inherit(const char *s, size_t len, dyad_quote *d, const dyad_quote *prev)
{
    size_t from = prev->end + mark_len_at(s, prev->end, len), to = open_mark_start(s, d->begin);
    int sentences = 0;
    for (size_t k = from; k < to; k++) {
        if (blank_line_at(s, k, len))
            return;
        sentences += ends_sentence(s, k, len);
    }
    if (sentences <= 1) {
        d->speaker_begin = prev->speaker_begin;
        d->speaker_end = prev->speaker_end;
        d->via_begin = prev->via_begin;
        d->via_end = prev->via_end;
    }
}

typedef struct {
    size_t begin, end;
} named;

/* Remembers named speakers of reported speech in s[from, to). */
static void scan_named_speakers(const char *s, size_t from, size_t to, size_t len, named *last)
{
    while (from < to) {
        size_t e = sentence_end(s, from, to, len);
        if (e == from)
            e = from + 1;
        size_t sb, se, vb, ve;
        if (dyad_attrib_sentence(s + from, e - from, &sb, &se, &vb, &ve) && se > sb &&
            !dyad_attrib_is_pronoun(s + from + sb, se - sb)) {
            last->begin = from + sb;
            last->end = from + se;
        }
        from = e;
    }
}

static int pronoun_speaker(const char *s, const dyad_quote *d)
{
    return has_speaker(d) && dyad_attrib_is_pronoun(s + d->speaker_begin, d->speaker_end - d->speaker_begin);
}

static void resolve_pronoun(dyad_quote *d, const named *last)
{
    if (last->end > last->begin && last->end <= d->speaker_begin) {
        d->speaker_begin = last->begin;
        d->speaker_end = last->end;
    }
}

/* A quotation's named speaker is the last one named before a later "he
 * said" may stand for. */
static void note_quote_speaker(const char *s, const dyad_quote *d, named *last)
{
    if (has_speaker(d) && d->speaker_begin >= last->begin && !pronoun_speaker(s, d)) {
        last->begin = d->speaker_begin;
        last->end = d->speaker_end;
    }
}

/* Where the text between quotation i - 1 and quotation i starts. */
static size_t gap_start(const char *s, size_t len, const dyad_quote *q, size_t i)
{
    return i ? q[i - 1].end + mark_len_at(s, q[i - 1].end, len) : 0;
}

/* The speaker last named before quotation i, in `last`: every sentence
 * between quotations must be read to know it, and only a quotation said
 * by "he" or "she" needs it, so the reading waits for one and then catches
 * up, in text order, from quotation `*read` on. */
static void catch_up_speakers(const char *s, size_t len, const dyad_quote *q, size_t i, size_t *read,
                              named *last)
{
    for (; *read <= i; ++*read) {
        size_t k = *read;
        scan_named_speakers(s, gap_start(s, len, q, k), open_mark_start(s, q[k].begin), len, last);
        if (k < i)
            note_quote_speaker(s, &q[k], last);
    }
}

static void attribute_quotes(const char *s, size_t len, dyad_quote *q, size_t n)
{
    named last = {0, 0};
    size_t read = 0;
    for (size_t i = 0; i < n; i++) {
        dyad_quote *d = &q[i];
        size_t next_open = i + 1 < n ? open_mark_start(s, q[i + 1].begin) : len;
        if (!attribute_after(s, len, d, next_open) && !attribute_before(s, len, d, gap_start(s, len, q, i)) &&
            i > 0 && has_speaker(&q[i - 1]))
            inherit(s, len, d, &q[i - 1]);
        if (pronoun_speaker(s, d)) {
            catch_up_speakers(s, len, q, i, &read, &last);
            resolve_pronoun(d, &last);
            note_quote_speaker(s, d, &last);
        }
    }
}

size_t dyad_quotes_find(const char *text, size_t len, dyad_quote *out, size_t max)
{
    quote_scan q;
    memset(&q, 0, sizeof q);
    q.s = text;
    q.len = len;
    q.out = out;
    q.max = max;
    scan_marks(&q);
    attribute_quotes(text, len, out, q.n);
    return q.n;
}
