/* test_text.c — tokens and sentences on the constructions of wire copy. */
#include "check.h"
#include "sentences/sentences.h"
#include "syntax/syntax.h"
#include "tokens/tokens.h"

static arena mem;

/* The upper-case forms of the tokens of s, space-separated. */
static const char *forms(const char *s)
{
    static char out[1024];
    token_list tl = {0};
    tokenize(s, strlen(s), &mem, &tl);
    out[0] = 0;
    for (size_t i = 0; i < tl.n; i++) {
        if (i)
            strcat(out, " ");
        strncat(out, tl.v[i].up, sizeof out - strlen(out) - 2);
    }
    return out;
}

/* The sentences of s, separated by " | ". */
static const char *sentences(const char *s)
{
    static char out[2048];
    token_list tl = {0};
    tokenize(s, strlen(s), &mem, &tl);
    sentence_span spans[64];
    size_t n = split_sentences(tl.v, tl.n, spans, 64, 400);
    out[0] = 0;
    for (size_t k = 0; k < n; k++) {
        if (k)
            strcat(out, " | ");
        uint32_t b = tl.v[spans[k].first].begin, e = tl.v[spans[k].last - 1].end;
        strncat(out, s + b, e - b);
    }
    return out;
}

static void test_tokens(void)
{
    CHECK_STR(forms("The U.S. and the U.N. met."), "THE U.S. AND THE U.N. MET .");
    CHECK_STR(forms("Gen. Petraeus met Mr. Smith on Oct. 5"), "GEN. PETRAEUS MET MR. SMITH ON OCT. 5");
    CHECK_STR(forms("George W. Bush"), "GEORGE W. BUSH");
    CHECK_STR(forms("Cruz, R-Tex., and Pakistan-U.S. ties"), "CRUZ , R-TEX . , AND PAKISTAN-U.S. TIES");
    CHECK_STR(forms("Russia's envoy; the Taliban’s delegation"), "RUSSIA 'S ENVOY ; THE TALIBAN 'S DELEGATION");
    CHECK_STR(forms("the officials' claims"), "THE OFFICIALS CLAIMS");
    CHECK_STR(forms("\u201cNo,\u201d he said -- \u2018maybe\u2019"), "\" NO , \" HE SAID -- \" MAYBE \"");
    CHECK_STR(forms("as`` unacceptable''"), "AS \" UNACCEPTABLE \"");
    CHECK_STR(forms("1,200 troops and 1.1 percent at 10:30"), "1,200 TROOPS AND 1.1 PERCENT AT 10:30");
    CHECK_STR(forms("post-Soviet intra-Afghan talks"), "POST-SOVIET INTRA-AFGHAN TALKS");
    CHECK_STR(forms("the Commonwealth of Independent States (CIS)"),
              "THE COMMONWEALTH OF INDEPENDENT STATES ( CIS )");
    CHECK_STR(forms("Erdo\u011fan and Jos\u00e9 in Bogot\u00e1"), "ERDOGAN AND JOSE IN BOGOTA");
    CHECK_STR(forms("Oana \u021aoiu, \u0218o\u0219oac\u0103 and \u018fliyev"), "OANA TOIU , SOSOACA AND ALIYEV");
    CHECK_STR(forms("O'Brien didn't go"), "O'BRIEN DID N'T GO");
    CHECK_STR(forms("We can\u2019t and won't"), "WE CA N'T AND WO N'T");
    /* A line-break hyphen whose line became a space joins its word; a
     * suspended hyphen and a dash between blanks do not. */
    CHECK_STR(forms("Roh Moo- hyun, Lashkar-e- Tayyeba and self- dependence"),
              "ROH MOO-HYUN , LASHKAR-E-TAYYEBA AND SELF-DEPENDENCE");
    CHECK_STR(forms("pro- and anti-Syrian, low- or mid-level"), "PRO - AND ANTI-SYRIAN , LOW - OR MID-LEVEL");
    CHECK_STR(forms("Hamas - the group - won"), "HAMAS - THE GROUP - WON");
    /* A decimal point broken the same way joins its number; a year after a
     * period starts a sentence. */
    CHECK_STR(forms("slipped 1. 2 percent to 14,555. 96 in 2005. 2006 was"),
              "SLIPPED 1.2 PERCENT TO 14,555.96 IN 2005 . 2006 WAS");
    CHECK_STR(forms("an anti- Gondor parade, anti- government"), "AN ANTI - GONDOR PARADE , ANTI-GOVERNMENT");
    CHECK_STR(forms("\u0391\u03b8\u03ae\u03bd\u03b1"), "\u0391\u03b8\u03ae\u03bd\u03b1");

    token_list tl = {0};
    tokenize("Russia's UN envoy", 17, &mem, &tl);
    CHECK(tl.n == 4);
    CHECK(tl.v[1].flags & TOK_POSS);
    CHECK(tl.v[0].flags & TOK_CAP);
    CHECK(tl.v[2].flags & TOK_ALLCAP);
    CHECK(tl.v[3].begin == 12 && tl.v[3].end == 17);
    /* A plural possessive keeps its word and says it was one. */
    tl.n = 0;
    tokenize("the leaders' meeting", 20, &mem, &tl);
    CHECK(tl.n == 3);
    CHECK(tl.v[1].flags & TOK_PLURAL_POSS);
    CHECK(!(tl.v[2].flags & TOK_PLURAL_POSS));
}

/* Unicode blanks end words; invisible format characters join them. */
static void test_unicode_blanks(void)
{
    static const char *const blanks[] = {"\u00a0", "\xc2\x85", "\u1680", "\u2000", "\u2002", "\u2009", "\u200a",
        "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"};
    char s[64];
    for (size_t i = 0; i < sizeof blanks / sizeof blanks[0]; i++) {
        snprintf(s, sizeof s, "United%sNations%s", blanks[i], blanks[i]);
        CHECK_STR(forms(s), "UNITED NATIONS");
    }
    static const char *const hidden[] = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"};
    for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++) {
        snprintf(s, sizeof s, "%sthe Tali%sban%s met", hidden[i], hidden[i], hidden[i]);
        CHECK_STR(forms(s), "THE TALIBAN MET");
    }
    /* Byte offsets stay those of the text; the paragraph separator starts
     * a paragraph. */
    token_list tl = {0};
    const char *t = "Tali\u00adban said\u2029Kabul";
    tokenize(t, strlen(t), &mem, &tl);
    CHECK(tl.n == 3 && tl.v[0].begin == 0 && tl.v[0].end == 9 && (tl.v[0].flags & TOK_CAP));
    CHECK(!(tl.v[1].flags & TOK_PARA) && (tl.v[2].flags & TOK_PARA));
}

static void test_sentences(void)
{
    CHECK_STR(sentences("Putin spoke. The Taliban listened."), "Putin spoke. | The Taliban listened.");
    CHECK_STR(sentences("Gen. Smith met Mr. Jones in Washington. He left."),
              "Gen. Smith met Mr. Jones in Washington. | He left.");
    CHECK_STR(sentences("It was made in the U.S. The talks ended."), "It was made in the U.S. | The talks ended.");
    CHECK_STR(sentences("The U.S. Army left."), "The U.S. Army left.");
    CHECK_STR(sentences("\"We will win,\" he said. \"Never.\" Then silence."),
              "\"We will win,\" he said. | \"Never.\" | Then silence.");
    CHECK_STR(sentences("Prices rose 1.1 percent. Shares fell."), "Prices rose 1.1 percent. | Shares fell.");
    CHECK_STR(sentences("Headline without a stop\n\nFirst paragraph."), "Headline without a stop | First paragraph.");
    /* a short line of its own ends at its line break; a wrapped line goes on */
    CHECK_STR(sentences("Israel strikes targets in Beirut\nTrump slaps tariffs on goods from India, the US and "
                        "many other countries."),
              "Israel strikes targets in Beirut | Trump slaps tariffs on goods from India, the US and many other "
              "countries.");
    CHECK_STR(sentences("The talks between the two leaders went on until late at night in\nMoscow on Friday."),
              "The talks between the two leaders went on until late at night in\nMoscow on Friday.");
    CHECK_STR(sentences("Talks were held in Moscow on Friday, and the leaders\nPutin and Xi signed a long list of deals."),
              "Talks were held in Moscow on Friday, and the leaders\nPutin and Xi signed a long list of deals.");
    CHECK_STR(sentences("Is it over? Yes! Done."), "Is it over? | Yes! | Done.");
    CHECK_STR(sentences("He met George W. Bush on Monday."), "He met George W. Bush on Monday.");
    CHECK_STR(sentences("Talks start on Oct. 20 in Moscow."), "Talks start on Oct. 20 in Moscow.");
    CHECK_STR(sentences("Stocks fell to 14,555. 96 on Wednesday. Prices rose in 2005. 2006 was calm."),
              "Stocks fell to 14,555. 96 on Wednesday. | Prices rose in 2005. | 2006 was calm.");

    /* Initials after a hyphen keep their periods ("D-N.Y.", "Sino-U.S."). */
    CHECK_STR(sentences("Sen. Chuck Schumer, D-N.Y., opposed it. Sino-U.S. ties improved."),
              "Sen. Chuck Schumer, D-N.Y., opposed it. | Sino-U.S. ties improved.");
    /* "No." and "Art." are abbreviations only before a number. */
    CHECK_STR(sentences("She met him at No. 10 and said no.\nApprox. 300 people came. Art. 5 applies."),
              "She met him at No. 10 and said no. | Approx. 300 people came. | Art. 5 applies.");
    /* The time zone in capitals is no abbreviation: its period ends the sentence. */
    CHECK_STR(sentences("The vote came at 3 p.m. EST. Officials said it passed."),
              "The vote came at 3 p.m. EST. | Officials said it passed.");
    /* After a clock time, a capitalised word opens a sentence unless it
     * goes on with the time. */
    CHECK_STR(sentences("The vote began at 9 a.m. Officials said turnout was high. Polls close at 8 p.m. "
                        "Monday, at 9 p.m. Moscow time and at 3 a.m. GMT on Friday."),
              "The vote began at 9 a.m. | Officials said turnout was high. | Polls close at 8 p.m. "
              "Monday, at 9 p.m. Moscow time and at 3 a.m. GMT on Friday.");
    CHECK_STR(sentences("Polls close at 7 p.m. MT. The climb of Mt. Everest est. 1953 stays."),
              "Polls close at 7 p.m. MT. | The climb of Mt. Everest est. 1953 stays.");

    /* A run-on text is cut at the token limit. */
    token_list tl = {0};
    const char *s = "a b c d e f g h i j";
    tokenize(s, strlen(s), &mem, &tl);
    sentence_span spans[8];
    CHECK(split_sentences(tl.v, tl.n, spans, 8, 4) == 3);
    CHECK(spans[1].first == 4 && spans[1].last == 8);
}

/* Month names, whole or cut ("Dec.", "Sept"), and words that only begin
 * like one. */
static void test_month_names(void)
{
    static const struct { const char *word; int month; } cases[] = {
        {"January", 1}, {"Dec.", 12}, {"Sept.", 9}, {"Sep", 9}, {"May", 5}, {"march", 3},
        {"Marc", 0}, {"Septem", 0}, {"Ju", 0}, {"Monday", 0}, {"Juneau", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        token_list tl = {0};
        tokenize(cases[i].word, strlen(cases[i].word), &mem, &tl);
        CHECK(syntax_month_number(&tl.v[0]) == cases[i].month);
    }
}

int main(void)
{
    arena_init(&mem, 0);
    test_tokens();
    test_unicode_blanks();
    test_sentences();
    test_month_names();
    arena_free(&mem);
    return check_summary();
}
