/* test_quotes.c — quotations and attribution, one construction at a time,
 * then the canonical Putin–Taliban story. */
#include "check.h"
#include "attrib/quotes.h"

#include <stdlib.h>
#include <time.h>

static char span_buf[4][256];

static const char *span(const char *s, size_t b, size_t e, int slot)
{
    snprintf(span_buf[slot], sizeof span_buf[slot], "%.*s", (int)(e - b), s + b);
    return span_buf[slot];
}

/* Byte offset of `want` inside the first occurrence of `context` in s. */
static size_t offset_in(const char *s, const char *context, const char *want)
{
    const char *c = strstr(s, context);
    const char *w = c ? strstr(c, want) : NULL;
    return w ? (size_t)(w - s) : (size_t)-1;
}

/* The span [b, e) is exactly `want` where it occurs inside `context`. */
#define CHECK_SPAN(s, b, e, context, want) do { \
    size_t at_ = offset_in((s), (context), (want)); \
    CHECK_STR(span((s), (b), (e), 0), (want)); \
    CHECK((b) == at_ && (e) == at_ + strlen(want)); \
} while (0)

#define CHECK_NO_SPAN(b, e) CHECK((b) == 0 && (e) == 0)

static size_t quotes(const char *s, dyad_quote *q, size_t max)
{
    return dyad_quotes_find(s, strlen(s), q, max);
}

static void test_said_after(void)
{
    const char *s = "\"We will act,\" Putin said.";
    dyad_quote q[4];
    CHECK(quotes(s, q, 4) == 1);
    CHECK(q[0].begin == 1 && q[0].end == 13);
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "Putin said", "Putin");
    CHECK_NO_SPAN(q[0].via_begin, q[0].via_end);
}

static void test_said_before(void)
{
    const char *s = "Putin said: \"We will act.\" Then he left.";
    dyad_quote q[4];
    CHECK(quotes(s, q, 4) == 1);
    CHECK_STR(span(s, q[0].begin, q[0].end, 1), "We will act.");
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "Putin said", "Putin");
}

static void test_said_adding(void)
{
    const char *s = "\"A is true,\" Putin said, adding, \"B is false.\"";
    dyad_quote q[4];
    CHECK(quotes(s, q, 4) == 2);
    CHECK_STR(span(s, q[1].begin, q[1].end, 1), "B is false.");
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "Putin said", "Putin");
    CHECK_SPAN(s, q[1].speaker_begin, q[1].speaker_end, "Putin said", "Putin");
}

static void test_quoted_as_saying(void)
{
    const char *s = "\"No haste,\" TASS quoted Putin as saying at the summit.";
    dyad_quote q[4];
    CHECK(quotes(s, q, 4) == 1);
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "Putin as", "Putin");
    CHECK_SPAN(s, q[0].via_begin, q[0].via_end, "TASS quoted", "TASS");
}

static void test_said_quoting(void)
{
    const char *s = "\u201cNo haste,\u201d TASS said quoting Putin.";
    dyad_quote q[4];
    CHECK(quotes(s, q, 4) == 1);
    CHECK_STR(span(s, q[0].begin, q[0].end, 1), "No haste,");
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "quoting Putin", "Putin");
    CHECK_SPAN(s, q[0].via_begin, q[0].via_end, "TASS said", "TASS");
}

static void test_further_said_and_inverted(void)
{
    const char *s = "\"We can help,\" Putin further said. \u201cWe are ready,\u201d said "
                    "Foreign Minister Sergei Lavrov.";
    dyad_quote q[4];
    CHECK(quotes(s, q, 4) == 2);
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "Putin further", "Putin");
    CHECK_SPAN(s, q[1].speaker_begin, q[1].speaker_end, "said Foreign",
               "Foreign Minister Sergei Lavrov");
}

/* '"...", Zhao said.': the comma after the closing mark. */
static void test_comma_after_closing_mark(void)
{
    const char *s = "\"Wen will meet Slovak leaders\", Zhao said.";
    dyad_quote q[4];
    CHECK(dyad_quotes_find(s, strlen(s), q, 4) == 1);
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "Zhao", "Zhao");
}

static void test_speaker_with_adjectives(void)
{
    const char *s = "\"We will not go,\" a senior Taliban official told Reuters.";
    dyad_quote q[2];
    CHECK(quotes(s, q, 2) == 1);
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "senior", "senior Taliban official");
}

/* A new sentence after a closed quotation is not its attribution. */
static void test_no_speaker(void)
{
    const char *s = "\"We are ready.\" The talks resumed on Monday, officials said.";
    dyad_quote q[2];
    CHECK(quotes(s, q, 2) == 1);
    CHECK_NO_SPAN(q[0].speaker_begin, q[0].speaker_end);
    CHECK_NO_SPAN(q[0].via_begin, q[0].via_end);
}

static void test_pronoun_speaker(void)
{
    const char *s = "Lavrov spoke first. \"We are ready,\" Putin said. He added, "
                    "\"Talks will go on.\"";
    dyad_quote q[4];
    CHECK(quotes(s, q, 4) == 2);
    CHECK_SPAN(s, q[1].speaker_begin, q[1].speaker_end, "Putin said", "Putin");
}

static void test_pronoun_from_reported_speech(void)
{
    const char *s = "Foreign Minister Sergei Lavrov told reporters the talks went well.\n\n"
                    "\"We are ready,\" he said. \"Talks will go on.\"";
    dyad_quote q[4];
    CHECK(quotes(s, q, 4) == 2);
    /* he -> Lavrov; the second part of the split quotation borrows it. */
    const char *lavrov = "Foreign Minister Sergei Lavrov";
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, lavrov, lavrov);
    CHECK_SPAN(s, q[1].speaker_begin, q[1].speaker_end, lavrov, lavrov);
}

static void test_unresolved_pronoun_stays(void)
{
    const char *s = "\"Enough,\" she said.";
    dyad_quote q[2];
    CHECK(quotes(s, q, 2) == 1);
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "she", "she");
}

static void test_nested(void)
{
    const char *s = "\u201cHe told me \u2018never\u2019 twice,\u201d Lavrov said. "
                    "\"They chanted 'no war' all day,\" the spokesman said.";
    dyad_quote q[4];
    CHECK(quotes(s, q, 4) == 2);
    CHECK_STR(span(s, q[0].begin, q[0].end, 1), "He told me \u2018never\u2019 twice,");
    CHECK_STR(span(s, q[1].begin, q[1].end, 1), "They chanted 'no war' all day,");
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "Lavrov", "Lavrov");
    CHECK_SPAN(s, q[1].speaker_begin, q[1].speaker_end, "spokesman", "spokesman");
}

static void test_multi_paragraph(void)
{
    const char *s = "Lavrov said: \"First part.\n\n\"Second part,\" he added.\n\n"
                    "\"Open quote\n\nNext paragraph.";
    dyad_quote q[4];
    CHECK(quotes(s, q, 4) == 2);
    CHECK_STR(span(s, q[0].begin, q[0].end, 1), "First part.\n\n\"Second part,");
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "Lavrov", "Lavrov");
    /* A paragraph left open with no mark on the next one ends there. */
    CHECK_STR(span(s, q[1].begin, q[1].end, 1), "Open quote");
}

static void test_partial_quote_and_apostrophes(void)
{
    const char *s = "Putin stressed that the Taliban's government \"failed to reflect\" "
                    "Afghan society. Russia's envoy said it's fine.";
    dyad_quote q[4];
    CHECK(quotes(s, q, 4) == 1);
    CHECK_STR(span(s, q[0].begin, q[0].end, 1), "failed to reflect");
    CHECK_SPAN(s, q[0].speaker_begin, q[0].speaker_end, "Putin", "Putin");
}

/* Reported speech in one sentence: speaker and via spans. */
static void check_attrib(const char *s, const char *speaker, const char *via)
{
    size_t sb, se, vb, ve;
    int r = dyad_attrib_sentence(s, strlen(s), &sb, &se, &vb, &ve);
    CHECK(r == (speaker || via));
    if (speaker)
        CHECK_SPAN(s, sb, se, speaker, speaker);
    else
        CHECK_NO_SPAN(sb, se);
    if (via)
        CHECK_SPAN(s, vb, ve, via, via);
    else
        CHECK_NO_SPAN(vb, ve);
}

static void test_reported_speech(void)
{
    check_attrib("Presidential spokesman Dmitry Peskov confirmed that preparations were "
                 "underway, TASS reported.", "Presidential spokesman Dmitry Peskov", "TASS");
    check_attrib("Earlier, Russian Foreign Ministry spokeswoman Maria Zakharova said that "
                 "Moscow was expecting a delegation.",
                 "Russian Foreign Ministry spokeswoman Maria Zakharova", NULL);
    check_attrib("According to Interior Minister Ahmad Vahidi, the attack killed five.",
                 "Interior Minister Ahmad Vahidi", NULL);
    check_attrib("The strike killed five, TASS reported.", NULL, "TASS");
    check_attrib("Talks will resume soon, Lavrov said.", "Lavrov", NULL);
    check_attrib("Lavrov was quoted by Interfax as saying talks will resume.", "Lavrov",
                 "Interfax");
    check_attrib("RIA Novosti quoted Lavrov as saying talks will resume.", "Lavrov",
                 "RIA Novosti");
    /* ... also with an apposition after the one quoted */
    check_attrib("The Daily Star quoted Ali Hassan, a senior party official in Basra, as saying talks will resume.",
                 "Ali Hassan", "Daily Star");
    check_attrib("TASS reported, citing Peskov, that talks will resume.", "Peskov", "TASS");
    check_attrib("Putin has said the talks will resume.", "Putin", NULL);
    check_attrib("He told reporters the talks will resume.", "He", NULL);
    check_attrib("\"They said no,\" the ministry said.", "ministry", NULL);
    check_attrib("The talks will resume next week.", NULL, NULL);
    check_attrib("Officials in the United States declined to comment.", NULL, NULL);
    check_attrib("Pakistan dismissed Indian reports of an increase in firing.", NULL, NULL);
    check_attrib("Indian officials reported that firing had increased.", "Indian officials", NULL);
    /* a closing ", X said." names the speaker whatever the words' case */
    check_attrib("Troops fired back, wounding three, witnesses said.", "witnesses", NULL);
    /* ... also when the speaker goes on in a participle ("adding", "noting") */
    check_attrib("Troops seized the house, witnesses said, adding the soldiers arrested his sister.", "witnesses",
                 NULL);
    check_attrib("Two militants were killed overnight, Palestinian medics said on Sunday.",
                 "Palestinian medics", NULL);
    check_attrib("Police raided the home of a priest, a US-based pressure group said Wednesday.",
                 "US-based pressure group", NULL);
    /* ... a closing "it" is returned for the caller to resolve */
    check_attrib("Troops killed two rebels, it said.", "it", NULL);
    check_attrib("Troops killed two militants, they added on Monday.", "they", NULL);
    check_attrib("Iran rejected the plan because it said Iraq had attacked.", NULL, NULL);
    check_attrib("Troops killed two militants, and then they said.", NULL, NULL);
    /* "according to" a source in lower case, a document and its issuer,
     * a medium that relays the speaker of the sentence */
    check_attrib("Troops killed two militants, according to witnesses.", "witnesses", NULL);
    check_attrib("The ministers meet on Monday, according to a schedule distributed by the "
                 "Foreign Ministry.", "Foreign Ministry", NULL);
    check_attrib("The leaders meet on Thursday, according to the summit timetable issued here.",
                 "summit timetable", NULL);
    check_attrib("He said Colombia had a plan, according to Reuters.", "He", "Reuters");
    /* a comma closing a quotation before the closing speaker; a medium */
    check_attrib("Prodi visited Vlore, telling townspeople he \"shared their pain,\" witnesses said.",
                 "witnesses", NULL);
    check_attrib("Jiji Press said the minister would visit Japan.", NULL, "Jiji Press");
    /* a spokesman "for" someone; the medium told relays it */
    check_attrib("A spokesman for the ministry told Reuters the talks would resume.",
                 "spokesman for the ministry", "Reuters");
    check_attrib("The army killed five rebels, a police officer told Xinhua.", "police officer", "Xinhua");
    check_attrib("Lavrov told reporters the talks would resume.", "Lavrov", NULL);
    /* a closing speaker whose words end with where they were given, one who
     * speaks for someone ("their lawyer"), one who confirmed or announced, or
     * told a medium or reporters */
    check_attrib("Troops killed four militants, the coalition said in a statement.", "coalition", NULL);
    check_attrib("The court jailed two activists, their lawyer said.", "their lawyer", NULL);
    check_attrib("A missile hit a car in Gaza, medics confirmed.", "medics", NULL);
    check_attrib("The deal will be signed soon, a local power company announced on Saturday.",
                 "local power company", NULL);
    check_attrib("Gunmen ambushed a patrol, a local journalist told Xinhua.", "local journalist", "Xinhua");
    check_attrib("Gunmen ambushed a patrol, a local man told reporters.", "local man", NULL);
    check_attrib("Troops killed four militants, witnesses said in a statement that they had left.", NULL, NULL);
}

/* Speakers the first rules cut short or took from the wrong side. */
static void test_speaker_edges(void)
{
    /* a name holding a word of time */
    check_attrib("The Sydney Morning Herald reported that war criminals had entered.",
                 NULL, "Sydney Morning Herald");
    /* a name after a verb that opens its clause; a Chinese "He" */
    check_attrib("China will train more engineers for Kenya, said Hu.", "Hu", NULL);
    check_attrib("Cooperation should grow, said He Guoqiang, head of the department.", "He Guoqiang", NULL);
    /* ... but a clause after it is what was said, and whom one tells is no speaker */
    check_attrib("Putin, however, said Russia would attack.", "Putin", NULL);
    check_attrib("\"We will stay,\" General John Abizaid told the Senate Armed Services Committee.",
                 "General John Abizaid", NULL);
    /* a document speaks for whoever issued it */
    check_attrib("According to a press release from the Ugandan Foreign Ministry, the team arrived.",
                 "Ugandan Foreign Ministry", NULL);
    /* ... and an unnamed one is a speaker of its own */
    check_attrib("Police arrested 24 students, a report said Thursday.", "report", NULL);
    check_attrib("A White House statement said the talks would resume.", "White House statement", NULL);
    /* whom one asks is no speaker either, after a comma too */
    check_attrib("Kenya, which helped form the government in 2004, asked Ethiopia to withdraw.", "Kenya", NULL);
    /* the speaker comes before a relative clause, a participle or an apposition */
    check_attrib("Rubin, who is the first US treasury secretary to visit Vietnam, said the talks went well.",
                 "Rubin", NULL);
    check_attrib("Bashkim Fino, speaking after a meeting in the town of Gjirokaster, said: \"Albania is ready.\"",
                 "Bashkim Fino", NULL);
    check_attrib("Nestor Kirchner, in a joint appearance with President Bush, warned that aid must help.",
                 "Nestor Kirchner", NULL);
    check_attrib("Avex, a music label that has expanded its business to movies, said it would invest.", "Avex", NULL);
    check_attrib("Zhao Jun, director of the ministry's European Department, said Japan criticised Russia.",
                 "Zhao Jun", NULL);
    /* ... also a subject in lower case, not the subject of what was said */
    check_attrib("The delegate, who is attending the meeting in Abuja, said Sudan rejected the plan.", "delegate",
                 NULL);
    check_attrib("Ajay Burman, counsel for Shailendra Mahato, a leader of a tribal party, told a court so.", NULL,
                 NULL);
    check_attrib("In Gaza, Hamas said the truce held.", "Hamas", NULL);
    /* an envoy "to" a country, and a short form in brackets */
    check_attrib("Relations will grow, Malaysian ambassador to Zimbabwe Shaharuddin Som said.",
                 "Malaysian ambassador to Zimbabwe Shaharuddin Som", NULL);
    /* a place or a body after a title word says where the speaker is */
    check_attrib("Israel blocked the mission, a United Nations official in Geneva said Monday.",
                 "United Nations official in Geneva", NULL);
    check_attrib("Growth will slow, an analyst at the Kiel Institute said.", "analyst at the Kiel Institute", NULL);
    check_attrib("Police in the Indonesian district of Solo said they had ordered churches to dig holes.",
                 "Police in the Indonesian district of Solo", NULL);
    check_attrib("Talks were held in Geneva, officials said.", "officials", NULL);
    /* "of the" inside the phrase, a plural possessive, and "U.S." with its last dot. */
    check_attrib("Staff will return to work, the head of the Palestinian judges' council said.",
                 "head of the Palestinian judges' council", NULL);
    check_attrib("The visiting U.S. president said this on Friday.", "U.S. president", NULL);
    check_attrib("Trade will grow, South African Revenue Services (SARS) said on Tuesday.",
                 "South African Revenue Services (SARS)", NULL);
    /* ... but a bracket ending an apposition is not the speaker's name: the
     * apposition, opened by a title in lower case, is skipped */
    check_attrib("Hakim, head of the Supreme Council in Iraq (SCIRI), told reporters he had talks.", "Hakim", NULL);
    check_attrib("Kirill Barsky, Russia's deputy chief of mission here, said Moscow would help.", "Kirill Barsky",
                 NULL);
    check_attrib("China and Russia pledged to deepen cooperation in space, said the space experts.", "space experts",
                 NULL);
    check_attrib("Ana Ruiz, director general for trade at the Economy Secretary, told Xinhua so.", "Ana Ruiz",
                 "Xinhua");
    /* the object of an opening preposition is no speaker */
    check_attrib("In Paris, ministry spokesman Jean Dupont, asked if France backed it, said no.",
                 "ministry spokesman Jean Dupont", NULL);
    /* a whole subject with lower-case words, up to the verb */
    check_attrib("The head of the country's election commission said the vote would go ahead.",
                 "head of the country's election commission", NULL);
    check_attrib("Officials from Norway's ruling party told reporters the pact was dead.",
                 "Officials from Norway's ruling party", NULL);
    check_attrib("Many of Chile's leading trade partners said they would not follow.",
                 "Many of Chile's leading trade partners", NULL);
    check_attrib("In a separate statement, the Dutch embassy said the pact stands.", "Dutch embassy", NULL);
    check_attrib("Assistant Secretary of State for South and Central Asian Affairs Ann Lee told reporters.",
                 "Assistant Secretary of State for South and Central Asian Affairs Ann Lee", NULL);
    check_attrib("The All Nepal Students Front (ANSF) said in a statement that it would march.",
                 "All Nepal Students Front (ANSF)", NULL);
    check_attrib("Spokesman Tom Wu reluctantly confirmed the visit.", "Spokesman Tom Wu", NULL);
    /* ... not an act, nor a phrase with a verb of its own */
    check_attrib("Rebel groups continued launching rockets at the town.", NULL, NULL);
    check_attrib("The army sent troops and said the town was calm.", NULL, NULL);
    check_attrib("Regarding the reconstruction Dino said the camps would close.", "Dino", NULL);
    /* a mark closing a quotation opened in an earlier sentence */
    check_attrib("It is no excuse to put it aside,\" Merkel, who is in Brussels, told reporters.", "Merkel", NULL);
    check_attrib("We will stay,\" Harper told the House of Commons on Wednesday.", "Harper", NULL);
    /* a reporting verb after the comma, then the speaker, ends the sentence */
    check_attrib("Ministers agreed on new measures, said the joint statement.", "joint statement", NULL);
    check_attrib("Troops killed two rebels, said the army spokesman on Monday.", "army spokesman", NULL);
    check_attrib("Lee, a senior aide, said the Korean and Japanese leaders \"are meeting\"", "Lee", NULL);
    /* "reports" before a reporting verb is a noun */
    check_attrib("Press reports Tuesday said the speaker was resisting.", "Press reports", NULL);
    check_attrib("Police have taken over a town in the south, reports here said Sunday.", "reports", NULL);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[1 << 16];
    *len = fread(buf, 1, sizeof buf - 1, f);
    buf[*len] = 0;
    fclose(f);
    return buf;
}

/* The sentence of `text` that starts with `start`. */
static void check_story_sentence(const char *text, const char *start, const char *speaker,
                                 const char *via)
{
    const char *b = strstr(text, start);
    const char *e = b ? strstr(b, ". ") : NULL;
    CHECK(b && e);
    if (!b || !e)
        return;
    char sentence[512];
    snprintf(sentence, sizeof sentence, "%.*s", (int)(e + 1 - b), b);
    check_attrib(sentence, speaker, via);
}

static void time_story(const char *text, size_t len)
{
    dyad_quote q[16];
    const int rounds = 2000;
    size_t total = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < rounds; i++)
        total += dyad_quotes_find(text, len, q, 16);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    fprintf(stderr, "quotes_find: %.1f MB/s on the seed story\n", (double)len * rounds / secs / 1e6);
    CHECK(total == 7u * rounds);
}

static void test_seed_story(void)
{
    size_t len;
    const char *text = read_file("../shared/seed/putin-taliban-2021-10-15.txt", &len);
    if (!text) {
        fprintf(stderr, "skip: ../shared/seed/putin-taliban-2021-10-15.txt not found (no ../shared)\n");
        return;
    }
    dyad_quote q[16];
    size_t n = dyad_quotes_find(text, len, q, 16);
    CHECK(n == 7);
    for (size_t i = 0; i < n; i++) {
        CHECK_STR(span(text, q[i].speaker_begin, q[i].speaker_end, 0), "Putin");
        int via_tass = i == 0 || i == 4;   /* "TASS quoted Putin", "TASS said quoting Putin" */
        CHECK_STR(span(text, q[i].via_begin, q[i].via_end, 1), via_tass ? "TASS" : "");
    }
    /* "He added, ..." resolves to the Putin of "Putin further said". */
    CHECK(n == 7 && q[6].speaker_begin == offset_in(text, "Putin further", "Putin"));
    CHECK(n == 7 && strncmp(text + q[1].begin, "regrettably failed", 18) == 0);
    check_story_sentence(text, "Noting that", "Russian President Vladimir Putin", NULL);
    check_story_sentence(text, "Earlier, Russian",
                         "Russian Foreign Ministry spokeswoman Maria Zakharova", NULL);
    check_story_sentence(text, "Presidential spokesman", "Presidential spokesman Dmitry Peskov",
                         "TASS");
    time_story(text, len);
}

int main(void)
{
    test_said_after();
    test_said_before();
    test_said_adding();
    test_quoted_as_saying();
    test_said_quoting();
    test_further_said_and_inverted();
    test_speaker_with_adjectives();
    test_comma_after_closing_mark();
    test_no_speaker();
    test_pronoun_speaker();
    test_pronoun_from_reported_speech();
    test_unresolved_pronoun_stays();
    test_nested();
    test_multi_paragraph();
    test_partial_quote_and_apostrophes();
    test_reported_speech();
    test_speaker_edges();
    test_seed_story();
    return check_summary();
}
