/* inflect.c — English inflection for dictionary words.
 *
 * Dictionaries list base forms; the text has "met", "meets", "meeting".
 * Regular forms follow the spelling rules below; irregular ones come from
 * WordNet's exception list (Debian's wordnet-base, /usr/share/wordnet/
 * verb.exc: "inflected base" per line), read once on first use. */
#include "dict/dict.h"
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static int is_vowel(char c)
{
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

/* Consonant-vowel-consonant endings double the consonant: PLAN → PLANNED.
 * Applied to short words only, where the stress is on the last syllable. */
static int doubles_final(const char *w, size_t n)
{
    if (n < 3 || n > 5)
        return 0;
    char c = w[n - 1];
    return !is_vowel(c) && c != 'W' && c != 'X' && c != 'Y' && isalpha((unsigned char)c)
        && is_vowel(w[n - 2]) && !is_vowel(w[n - 3]);
}

/* Passes base[0..keep) + suffix to fn (the loaders inflect every verb of
 * a dictionary: no format machinery here).  keep is at most 100. */
static void form(const char *base, size_t keep, const char *suffix, form_fn fn, void *user)
{
    char f[128];
    size_t m = strlen(suffix);
    memcpy(f, base, keep);
    memcpy(f + keep, suffix, m + 1);
    fn(user, f);
}

void inflect_verb(const char *base, form_fn fn, void *user)
{
    size_t n = strlen(base);
    if (n == 0 || n > 100)
        return;
    char last = base[n - 1];
    if (last == 'E') {
        form(base, n, "S", fn, user);
        form(base, n, "D", fn, user);
        if (n > 2 && base[n - 2] == 'E')
            form(base, n, "ING", fn, user);             /* AGREE → AGREEING */
        else
            form(base, n - 1, "ING", fn, user);
        return;
    }
    if (last == 'Y' && n > 1 && !is_vowel(base[n - 2])) {
        form(base, n - 1, "IES", fn, user);
        form(base, n - 1, "IED", fn, user);
        form(base, n, "ING", fn, user);
        return;
    }
    int sibilant = last == 'S' || last == 'X' || last == 'Z'
        || (n > 1 && (base[n - 2] == 'C' || base[n - 2] == 'S') && last == 'H');
    form(base, n, sibilant ? "ES" : "S", fn, user);
    form(base, n, "ED", fn, user);
    form(base, n, "ING", fn, user);
    if (doubles_final(base, n)) {
        char ed[] = {last, 'E', 'D', 0}, ing[] = {last, 'I', 'N', 'G', 0};
        form(base, n, ed, fn, user);
        form(base, n, ing, fn, user);
    }
}

void inflect_noun_plural(const char *base, char *out, size_t cap)
{
    size_t n = strlen(base);
    out[0] = 0;
    if (n == 0 || n + 3 >= cap)
        return;
    char last = base[n - 1];
    if (last == 'S' || !isalpha((unsigned char)last))
        return;                                /* already plural, or "U.S." */
    /* Articles and pronouns have no plural, and their spellings with an S
     * are other words: a pattern's "a" must not match "as", nor "it" "its". */
    static const char *const no_plural[] = {"A", "AN", "THE", "IT", "HER", "HE", "I", NULL};
    if (str_in(base, no_plural))
        return;
    if (last == 'Y' && n > 1 && !is_vowel(base[n - 2]))
        snprintf(out, cap, "%.*sIES", (int)n - 1, base);
    else if (last == 'X' || last == 'Z' || (n > 1 && base[n - 2] == 'C' && last == 'H')
             || (n > 1 && base[n - 2] == 'S' && last == 'H'))
        snprintf(out, cap, "%sES", base);
    else if (n > 2 && base[n - 2] == 'A' && base[n - 1] == 'N' && base[n - 3] == 'M'
             && strcmp(base + (n >= 5 ? n - 5 : 0), "HUMAN") != 0)
        snprintf(out, cap, "%.*sEN", (int)n - 2, base);   /* CHAIRMAN → CHAIRMEN */
    else
        snprintf(out, cap, "%sS", base);
}

/* ---------------------------------------------------- WordNet exceptions */

typedef struct exception_list {
    char *text;            /* the file, upper-cased, lines split in place */
    const char **inflected, **base;
    size_t n;
    strmap by_base;        /* base → first index in the sorted arrays */
    strmap by_inflected;   /* inflected form → index */
    strmap also_lemma;     /* inflected forms that are verbs' base forms too */
    strmap unchanged;      /* pasts that are their own base form ("hit") */
} exception_list;

static exception_list verb_exc;
static pthread_once_t verb_exc_once = PTHREAD_ONCE_INIT;

static int by_base_cmp(const void *a, const void *b)
{
    const size_t *x = a, *y = b;
    int c = strcmp(verb_exc.base[*x], verb_exc.base[*y]);
    return c ? c : (*x > *y) - (*x < *y);
}

const char *inflect_exceptions_path(void)
{
    const char *path = getenv("DYAD_WORDNET_VERB_EXC");
    return path ? path : "/usr/share/wordnet/verb.exc";
}

/* "found", "saw", "fell", "wound": past forms that are base forms of
 * other verbs ("found a party").  WordNet's index.verb, next to verb.exc,
 * lists every verb lemma; the forms of verb.exc it names go in also_lemma. */
static void mark_lemmas(const char *exc_path)
{
    char path[1024];
    const char *slash = strrchr(exc_path, '/');
    int dir = slash ? (int)(slash - exc_path) : 0;
    snprintf(path, sizeof path, "%.*s%sindex.verb", dir, exc_path, slash ? "/" : "");
    FILE *fp = fopen(path, "r");
    if (!fp)
        return;
    char line[512];
    while (fgets(line, sizeof line, fp)) {
        size_t n = strcspn(line, " \n");
        for (size_t i = 0; i < n; i++)
            line[i] = (char)toupper((unsigned char)line[i]);
        uint32_t i = strmap_get(&verb_exc.by_inflected, line, n);
        if (i != UINT32_MAX)
            strmap_put(&verb_exc.also_lemma, verb_exc.inflected[i], n, 1);
    }
    fclose(fp);
}

/* "hit", "cut", "put": verbs whose past is their base form.  WordNet's
 * exception list leaves them out (the inflected form is the lemma), but a
 * past they are. */
static void load_unchanged_pasts(void)
{
    static const char *const forms[] = {"HIT", "CUT", "PUT", "SET", "SHUT", "HURT", "CAST", "LET", "BEAT",
        "SPREAD", "BURST", "BID", "QUIT", "COST", "SHED", "SPLIT", "THRUST", "UPSET", "BROADCAST", "FORECAST",
        "RID", "BET", "SLIT", NULL};
    strmap_init(&verb_exc.unchanged);
    for (const char *const *f = forms; *f; f++)
        strmap_put(&verb_exc.unchanged, *f, strlen(*f), 1);
}

static int unchanged_past(const char *form, size_t len)
{
    return strmap_get(&verb_exc.unchanged, form, len) != UINT32_MAX;
}

static void load_verb_exceptions(void)
{
    const char *path = inflect_exceptions_path();
    FILE *fp = fopen(path, "r");
    strmap_init(&verb_exc.by_base);
    strmap_init(&verb_exc.by_inflected);
    strmap_init(&verb_exc.also_lemma);
    load_unchanged_pasts();
    if (!fp)
        return;
    size_t cap = 1 << 16, len = 0;
    char *text = malloc(cap);
    size_t got;
    while (text && (got = fread(text + len, 1, cap - len - 1, fp)) > 0) {
        len += got;
        if (len + 1 >= cap) {
            char *p = realloc(text, cap *= 2);
            if (!p) { free(text); text = NULL; break; }
            text = p;
        }
    }
    fclose(fp);
    if (!text)
        return;
    text[len] = 0;
    size_t lines = 0;
    for (size_t i = 0; i < len; i++) {
        text[i] = (char)toupper((unsigned char)text[i]);
        if (text[i] == '\n') lines++;
    }
    const char **infl = calloc(lines + 1, sizeof *infl), **base = calloc(lines + 1, sizeof *base);
    size_t *order = calloc(lines + 1, sizeof *order);
    size_t n = 0;
    for (char *line = strtok(text, "\n"); line && infl && base && n <= lines; line = strtok(NULL, "\n")) {
        char *sp = strchr(line, ' ');
        if (!sp) continue;
        *sp = 0;
        char *b = sp + 1;
        b[strcspn(b, " \r")] = 0;
        infl[n] = line;
        base[n] = b;
        n++;
    }
    verb_exc.text = text;
    verb_exc.inflected = infl;
    verb_exc.base = base;
    verb_exc.n = n;
    if (!order)
        return;
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    qsort(order, n, sizeof *order, by_base_cmp);
    const char **si = calloc(n + 1, sizeof *si), **sb = calloc(n + 1, sizeof *sb);
    if (si && sb) {
        for (size_t i = 0; i < n; i++) {
            si[i] = infl[order[i]];
            sb[i] = base[order[i]];
        }
        free(infl);
        free(base);
        verb_exc.inflected = si;
        verb_exc.base = sb;
        for (size_t i = n; i-- > 0;) {
            strmap_put(&verb_exc.by_base, sb[i], strlen(sb[i]), (uint32_t)i);
            strmap_put(&verb_exc.by_inflected, si[i], strlen(si[i]), (uint32_t)i);
        }
        mark_lemmas(path);
    } else {
        free(si);
        free(sb);
    }
    free(order);
}

void inflect_irregular(const char *base, form_fn fn, void *user)
{
    pthread_once(&verb_exc_once, load_verb_exceptions);
    uint32_t i = strmap_get(&verb_exc.by_base, base, strlen(base));
    if (i == UINT32_MAX)
        return;
    for (size_t k = i; k < verb_exc.n && strcmp(verb_exc.base[k], base) == 0; k++)
        fn(user, verb_exc.inflected[k]);
}

/* "met", "struck", "held", "hit": an irregular past form (WordNet lists
 * "-ing" and "-s" forms with doubled consonants too; those are not past). */
int inflect_is_irregular_past(const char *form, size_t len)
{
    pthread_once(&verb_exc_once, load_verb_exceptions);
    if (len < 2 || strmap_get(&verb_exc.by_inflected, form, len) == UINT32_MAX)
        return unchanged_past(form, len);
    return !(len > 3 && memcmp(form + len - 3, "ING", 3) == 0) && form[len - 1] != 'S';
}

/* "froze", "struck", "met": an irregular past form that is no verb's base
 * form, so never a plain form whatever the tagger says ("which considers
 * Hamas a terrorist organization, froze direct aid", "froze" tagged VB). */
int inflect_is_past_only(const char *form, size_t len)
{
    return inflect_is_irregular_past(form, len) && !unchanged_past(form, len)
           && strmap_get(&verb_exc.also_lemma, form, len) == UINT32_MAX;
}
