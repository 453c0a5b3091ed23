/* lexicon.c — the closed-class words the shallow parse relies on.  These
 * are properties of English, not of any dictionary, so they live here; the
 * open classes (actors, agents, verbs) come from the dictionaries. */
#include "syntax/syntax.h"
#include <pthread.h>
#include <string.h>

typedef struct lex_entry {
    const char *word;
    int cls;
} lex_entry;

static const lex_entry lexicon[] = {
    {"THE", WC_DET}, {"A", WC_DET}, {"AN", WC_DET}, {"THIS", WC_DET}, {"THESE", WC_DET},
    {"THOSE", WC_DET}, {"ITS", WC_DET}, {"HIS", WC_DET}, {"HER", WC_DET}, {"THEIR", WC_DET},
    {"OUR", WC_DET}, {"MY", WC_DET}, {"YOUR", WC_DET}, {"SOME", WC_DET}, {"ANY", WC_DET},
    {"EACH", WC_DET}, {"EVERY", WC_DET}, {"BOTH", WC_DET}, {"ALL", WC_DET}, {"'S", WC_DET},
    {"SEVERAL", WC_DET}, {"MANY", WC_DET}, {"FEW", WC_DET}, {"ANOTHER", WC_DET}, {"OTHER", WC_DET},

    {"OF", WC_PREP}, {"IN", WC_PREP}, {"ON", WC_PREP}, {"AT", WC_PREP}, {"WITH", WC_PREP},
    {"BY", WC_PREP}, {"FOR", WC_PREP}, {"FROM", WC_PREP}, {"TO", WC_PREP}, {"INTO", WC_PREP},
    {"AGAINST", WC_PREP}, {"OVER", WC_PREP}, {"UNDER", WC_PREP}, {"DURING", WC_PREP},
    {"BETWEEN", WC_PREP}, {"AMONG", WC_PREP}, {"ABOUT", WC_PREP}, {"THROUGH", WC_PREP},
    {"NEAR", WC_PREP}, {"TOWARD", WC_PREP}, {"TOWARDS", WC_PREP}, {"ACROSS", WC_PREP},
    {"AMID", WC_PREP}, {"DESPITE", WC_PREP}, {"VIA", WC_PREP}, {"WITHIN", WC_PREP},
    {"WITHOUT", WC_PREP}, {"OUTSIDE", WC_PREP}, {"INSIDE", WC_PREP}, {"UPON", WC_PREP},
    {"ALONG", WC_PREP}, {"ALONGSIDE", WC_PREP}, {"BEYOND", WC_PREP}, {"BEHIND", WC_PREP}, {"ONTO", WC_PREP},
    {"AROUND", WC_PREP}, {"LIKE", WC_PREP}, {"PER", WC_PREP}, {"ABOARD", WC_PREP},
    {"INCLUDING", WC_PREP}, {"FOLLOWING", WC_PREP}, {"REGARDING", WC_PREP}, {"AS", WC_PREP},

    {"AND", WC_CONJ}, {"OR", WC_CONJ}, {"BUT", WC_CONJ}, {"NOR", WC_CONJ}, {"YET", WC_CONJ},

    {"THAT", WC_SUBORD}, {"WHICH", WC_SUBORD}, {"WHO", WC_SUBORD}, {"WHOM", WC_SUBORD},
    {"WHOSE", WC_SUBORD}, {"WHEN", WC_SUBORD}, {"WHILE", WC_SUBORD}, {"BECAUSE", WC_SUBORD},
    {"ALTHOUGH", WC_SUBORD}, {"THOUGH", WC_SUBORD}, {"IF", WC_SUBORD}, {"SINCE", WC_SUBORD},
    {"AFTER", WC_SUBORD}, {"BEFORE", WC_SUBORD}, {"WHERE", WC_SUBORD}, {"WHETHER", WC_SUBORD},
    {"UNLESS", WC_SUBORD}, {"UNTIL", WC_SUBORD}, {"WHEREAS", WC_SUBORD}, {"ONCE", WC_SUBORD},

    {"IS", WC_AUX}, {"ARE", WC_AUX}, {"WAS", WC_AUX}, {"WERE", WC_AUX}, {"BE", WC_AUX},
    {"BEEN", WC_AUX}, {"BEING", WC_AUX}, {"AM", WC_AUX}, {"HAS", WC_AUX}, {"HAVE", WC_AUX},
    {"HAD", WC_AUX}, {"HAVING", WC_AUX}, {"DO", WC_AUX}, {"DOES", WC_AUX}, {"DID", WC_AUX},
    {"WILL", WC_AUX}, {"WOULD", WC_AUX}, {"SHALL", WC_AUX}, {"SHOULD", WC_AUX}, {"CAN", WC_AUX},
    {"COULD", WC_AUX}, {"MAY", WC_AUX}, {"MIGHT", WC_AUX}, {"MUST", WC_AUX}, {"GET", WC_AUX},
    {"GOT", WC_AUX}, {"GETS", WC_AUX}, {"WO", WC_AUX}, {"CA", WC_AUX}, {"'LL", WC_AUX}, {"WON'T", WC_NEG}, {"CAN'T", WC_NEG}, {"CANNOT", WC_NEG},
    {"DIDN'T", WC_NEG}, {"DOESN'T", WC_NEG}, {"DON'T", WC_NEG}, {"ISN'T", WC_NEG},
    {"AREN'T", WC_NEG}, {"WASN'T", WC_NEG}, {"WEREN'T", WC_NEG}, {"HASN'T", WC_NEG},
    {"HAVEN'T", WC_NEG}, {"HADN'T", WC_NEG}, {"WOULDN'T", WC_NEG}, {"SHOULDN'T", WC_NEG},
    {"COULDN'T", WC_NEG}, {"N'T", WC_NEG},
    {"NOT", WC_NEG}, {"NEVER", WC_NEG}, {"NO", WC_NEG},

    {"HE", WC_PRON}, {"SHE", WC_PRON}, {"IT", WC_PRON}, {"THEY", WC_PRON}, {"WE", WC_PRON},
    {"I", WC_PRON}, {"YOU", WC_PRON}, {"HIM", WC_PRON}, {"THEM", WC_PRON}, {"US", WC_PRON},
    {"THERE", WC_PRON},

    {"SAID", WC_REPORT}, {"SAYS", WC_REPORT}, {"SAY", WC_REPORT}, {"SAYING", WC_REPORT},
    {"TOLD", WC_REPORT}, {"ADDED", WC_REPORT}, {"ADDING", WC_REPORT}, {"REPORTED", WC_REPORT}, {"STATED", WC_REPORT},
    {"ANNOUNCED", WC_REPORT}, {"QUOTED", WC_REPORT}, {"ACCORDING", WC_REPORT},

    {"ALSO", WC_ADV}, {"HOWEVER", WC_ADV}, {"REPORTEDLY", WC_ADV}, {"ALREADY", WC_ADV},
    {"NOW", WC_ADV}, {"STILL", WC_ADV}, {"JUST", WC_ADV}, {"EVEN", WC_ADV}, {"ONLY", WC_ADV},
    {"RECENTLY", WC_ADV}, {"FORMALLY", WC_ADV}, {"OFFICIALLY", WC_ADV}, {"FINALLY", WC_ADV},
    {"TODAY", WC_ADV}, {"YESTERDAY", WC_ADV}, {"TOMORROW", WC_ADV}, {"THEN", WC_ADV},
    {"AGAIN", WC_ADV}, {"ALMOST", WC_ADV}, {"NEARLY", WC_ADV}, {"FURTHER", WC_ADV},
    {"HERE", WC_ADV}, {"SO", WC_ADV}, {"MEANWHILE", WC_ADV}, {"REPEATEDLY", WC_ADV},
    {"EVER", WC_ADV}, {"SOON", WC_ADV}, {"LATER", WC_ADV}, {"TWICE", WC_ADV},
    {NULL, 0}
};

static strmap lex_map;
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

static void lex_init(void)
{
    strmap_init(&lex_map);
    for (int i = 0; lexicon[i].word; i++)
        strmap_put(&lex_map, lexicon[i].word, strlen(lexicon[i].word), (uint32_t)lexicon[i].cls);
}

/* Words in -ly that are not adverbs ("supply arms", "rally"). */
static int not_adverb(const char *w)
{
    static const char *const words[] = {"SUPPLY", "APPLY", "REPLY", "COMPLY", "IMPLY", "MULTIPLY",
                                        "RALLY", "TALLY", "FAMILY", "ASSEMBLY", "ANOMALY", "MONOPOLY",
                                        "BULLY", "FOLLY", "RESUPPLY", "ITALY", "JULY", "HOLY", NULL};
    for (int i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0)
            return 1;
    return 0;
}

int word_class_of(const token *t)
{
    return word_class_hashed(t, hash_bytes(t->up, t->len));
}

int word_class_hashed(const token *t, uint64_t hash)
{
    if (t->flags & TOK_PUNCT)
        return WC_PUNCT;
    pthread_once(&lex_once, lex_init);
    uint32_t c = strmap_get_hashed(&lex_map, t->up, t->len, hash);
    if (c != UINT32_MAX)
        return (int)c;
    if (t->len > 4 && t->up[t->len - 1] == 'Y' && t->up[t->len - 2] == 'L' && !(t->flags & TOK_CAP)
        && !not_adverb(t->up))
        return WC_ADV;       /* -ly adverbs: "strongly condemned" */
    return WC_OTHER;
}
