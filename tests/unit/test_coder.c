/* test_coder.c — dictionaries (all three formats) and coding, on small
 * hand-made dictionaries: each construction with the events it must give
 * and must not give. */
#include "check.h"
#include "dyad.h"

#include <stdlib.h>
#include <unistd.h>

static char tmpdir[] = "/tmp/dyad-test-XXXXXX";

static const char *write_file(const char *name, const char *text)
{
    static char paths[16][256];
    static int n;
    char *path = paths[n++ % 16];
    snprintf(path, 256, "%s/%s", tmpdir, name);
    FILE *fp = fopen(path, "w");
    fputs(text, fp);
    fclose(fp);
    return path;
}

static const char own_dict[] =
    "# test dictionary\n"
    "actor RUS : Russia | Russian | Moscow\n"
    "actor AFG : Afghanistan | Afghan | Kabul\n"
    "actor USA : United States | U.S.\n"
    "actor CHN : China | Chinese\n"
    "actor PAK : Pakistan\n"
    "actor TUR : Türkiye\n"
    "actor HUN : Hungary\n"
    "actor IGOWSTNAT : NATO\n"
    "actor ITAMED : RAI\n"
    "actor --- : South China Sea\n"
    "actor IGOEUREEC : EU\n"
    "actor RUSGOV@2000-05-07.. RUSELI@..2000-05-06 : Vladimir Putin | Putin\n"
    "actor AFGREB@..2021-08-14 AFGGOV@2021-08-15.. : Taliban\n"
    "actor RUSMED : TASS\n"
    "agent ~GOV : government | foreign ministry | spokeswoman | minister\n"
    "agent ~MIL : troops | soldiers | army | forces\n"
    "agent ~REB : militants | militant\n"
    "discard : football match\n"
    "discard story : horoscope\n"
    "synset &CITY : city | town | capital\n"
    "verb 040 : meet | hold talks\n"
    "pattern 046 : * (with +) (for talks)\n"
    "verb 190 : attack\n"
    "verb --- : capture | seize\n"
    "pattern 192 : * + | * &CITY\n"
    "verb 042:043 : visit\n"
    "verb 030 : recognise | recognize\n"
    "verb --- : receive\n"
    "pattern :030 : * assurance\n"
    "verb 190 : strike\n"
    "verb 051 : back\n"
    "verb 173 : jail\n"
    "verb 084 : release\n"
    "pattern 0841 : * soldier\n"
    "verb 170 : force\n"
    "verb 020 : urge\n"
    "verb 071 : pay\n"
    "verb 193 : shoot\n"
    "verb 141 : protest\n"
    "verb 129 : veto\n"
    "verb 041 : call\n"
    "verb 110 : oppose\n"
    "verb 163 : impose\n"
    "verb 0874 : retreat\n"
    "verb 054 : establish\n"
    "pattern 054 : % * ties\n"
    "verb 130 : threaten\n"
    "verb 010 : say | tell\n"
    "verb 111 : criticise | criticize\n"
    "pattern 112 : * + (of)\n"
    "transform 112 : say > other 19\n";

typedef struct got {
    char codings[32][96];
    char texts[32][64];
    int n;
} got;

static void on_event(void *user, const dyad_event *ev)
{
    got *g = user;
    if (g->n < 32) {
        snprintf(g->codings[g->n], 96, "%s %s %s", ev->source.code, ev->has_target ? ev->target.code : "-", ev->cameo);
        snprintf(g->texts[g->n], 64, "%s|%s", ev->source.text, ev->verb_text);
        g->n++;
    }
}

static int has(const got *g, const char *coding)
{
    for (int i = 0; i < g->n; i++)
        if (!strcmp(g->codings[i], coding))
            return 1;
    return 0;
}

static got code(dyad_coder *c, const char *date, const char *text)
{
    got g = {.n = 0};
    dyad_story s = {.id = "t", .date = date, .text = text, .text_len = strlen(text)};
    char err[128];
    dyad_code_story(c, &s, on_event, &g, err, sizeof err);
    return g;
}

/* Loads dictionaries that must load; says why when they do not. */
static dyad_dicts *load_or_report(const dyad_dict_files *f)
{
    char err[256];
    dyad_dicts *d = dyad_dicts_load(f, err, sizeof err);
    CHECK(d != NULL);
    if (!d)
        fprintf(stderr, "%s\n", err);
    return d;
}

static void test_own_format(void)
{
    const char *path = write_file("test.dyad", own_dict);
    const char *own[] = {path, NULL};
    dyad_dict_files f = {.own = own};
    dyad_dicts *d = load_or_report(&f);
    if (!d)
        return;
    dyad_coder *c = dyad_coder_new(d, NULL);
    got g;

    g = code(c, "2021-10-15", "Russia attacked Afghanistan.");
    CHECK(g.n == 1 && has(&g, "RUS AFG 190"));
    CHECK_STR(g.texts[0], "Russia|attacked");

    /* Inflections come from the lemma: "met", "meeting". */
    g = code(c, "2021-10-15", "Putin met Chinese troops in Kabul.");
    CHECK(g.n == 1 && has(&g, "RUSGOV CHNMIL 040"));

    /* Patterns separate close codes; the PP object is the target. */
    g = code(c, "2021-10-15", "Russia met with China for talks.");
    CHECK(g.n == 1 && has(&g, "RUS CHN 046"));

    /* Dated codes resolve by the story date. */
    g = code(c, "2021-08-01", "The Taliban attacked Kabul.");
    CHECK(g.n == 1 && has(&g, "AFGREB AFG 190"));
    g = code(c, "2021-10-15", "The Taliban captured Kabul.");
    CHECK(g.n == 1 && has(&g, "AFGGOV AFG 192"));
    g = code(c, "1999-01-01", "Putin criticised China.");
    CHECK(g.n == 1 && has(&g, "RUSELI CHN 111"));

    /* Agents combine with the actor: "Russian Foreign Ministry spokeswoman". */
    g = code(c, "2021-10-15", "Russian Foreign Ministry spokeswoman criticised the Taliban.");
    CHECK(g.n == 1 && has(&g, "RUSGOV AFGGOV 111"));

    /* Compound actors give one event per actor. */
    g = code(c, "2021-10-15", "Russia, the United States and China criticised Pakistan.");
    CHECK(g.n == 3 && has(&g, "RUS PAK 111") && has(&g, "USA PAK 111") && has(&g, "CHN PAK 111"));

    /* Paired codes: a visit and the visit received. */
    g = code(c, "2021-10-15", "Putin visited China.");
    CHECK(g.n == 2 && has(&g, "RUSGOV CHN 042") && has(&g, "CHN RUSGOV 043"));

    /* Passive voice: the "by" phrase is the source. */
    g = code(c, "2021-10-15", "Afghanistan was attacked by Pakistan.");
    CHECK(g.n == 1 && has(&g, "PAK AFG 190"));

    /* Negation and "no haste to": nothing is coded. */
    g = code(c, "2021-10-15", "Russia did not attack Afghanistan.");
    CHECK(g.n == 0);
    g = code(c, "2021-10-15", "Putin said there should be no haste to recognise the Taliban.");
    CHECK(g.n == 0);

    /* Infinitives take the subject of the governing verb. */
    g = code(c, "2021-10-15", "Russia plans to recognise the Taliban.");
    CHECK(g.n == 1 && has(&g, "RUS AFGGOV 030"));

    /* The verb used as a noun is no event. */
    g = code(c, "2021-10-15", "The attack on Kabul angered China.");
    CHECK(g.n == 0);

    /* Discards: the sentence, or the whole story. */
    g = code(c, "2021-10-15", "Russia attacked China in a football match.");
    CHECK(g.n == 0);
    g = code(c, "2021-10-15", "Russia attacked China. Your horoscope for today.");
    CHECK(g.n == 0);

    /* "[:030]": only the reverse event, from the one who gave. */
    g = code(c, "2021-10-15", "Afghan troops received assurances from Russia.");
    CHECK(g.n == 1 && has(&g, "RUS AFGMIL 030"));

    /* An irregular past the tagger takes for a noun ("minister met") is the
     * verb when an actor comes right before it, not in "an agreement struck
     * with China". */
    g = code(c, "2021-10-15", "Russia's foreign minister met with China on Tuesday.");
    CHECK(g.n == 1 && has(&g, "RUSGOV CHN 040"));
    g = code(c, "2021-10-15", "Russia's policy goes back to an agreement struck with China.");
    CHECK(g.n == 0);

    /* A reduced relative ("troops backed by Russia") is passive, and the
     * noun it modifies is the subject of the verb after it. */
    g = code(c, "2021-10-15", "Afghan troops backed by Russia attacked Pakistan.");
    CHECK(g.n == 2 && has(&g, "RUS AFGMIL 051") && has(&g, "AFGMIL PAK 190"));
    /* (and the released are its head noun, "release soldiers": 0841) */
    g = code(c, "2021-10-15", "Afghan soldiers jailed by Pakistan were released by Putin.");
    CHECK(g.n == 2 && has(&g, "PAK AFGMIL 173") && has(&g, "RUSGOV AFGMIL 0841"));
    /* After a comma the later verb has a subject of its own. */
    g = code(c, "2021-10-15", "Afghan troops backed by Russia, China said, attacked Pakistan.");
    CHECK(!has(&g, "AFGMIL RUS 051") && !has(&g, "CHN PAK 190"));

    /* "troops jailed three soldiers": a harm verb after a plural is active
     * when an object follows it ("ten soldiers jailed in Kabul" is not). */
    g = code(c, "2021-10-15", "Afghan troops jailed three Russian soldiers.");
    CHECK(g.n == 1 && has(&g, "AFGMIL RUSMIL 173"));
    /* "Russian forces in Kabul": a noun after a demonym, not a headline verb. */
    g = code(c, "2021-10-15", "Russian forces in Kabul attacked Pakistan.");
    CHECK(g.n == 1 && has(&g, "RUSMIL PAK 190"));

    /* "Russian and Chinese troops": the agent after both is both's. */
    g = code(c, "2021-10-15", "Russian and Chinese troops attacked Pakistan.");
    CHECK(g.n == 2 && has(&g, "RUSMIL PAK 190") && has(&g, "CHNMIL PAK 190"));

    /* An appeal to someone to act codes what is asked for: release (084)
     * asked for is 0253, a meeting (04) 026. */
    g = code(c, "2021-10-15", "Russia urged China to release the Afghan soldiers.");
    CHECK(g.n == 1 && has(&g, "RUS CHN 0253"));
    g = code(c, "2021-10-15", "Russia urged Pakistan to meet China.");
    CHECK(g.n == 1 && has(&g, "RUS PAK 026"));

    /* "killed in Pakistani air strikes": the attack named after an actor is
     * the agent of a passive verb with no "by". */
    g = code(c, "2021-10-15", "Afghan soldiers were jailed in a Russian raid on Kabul.");
    CHECK(g.n == 1 && has(&g, "RUS AFGMIL 173"));
    /* With no attack named, those who jail are the authorities of where
     * it happened; those who kill are not known. */
    g = code(c, "2021-10-15", "Afghan soldiers were jailed in Russia.");
    CHECK(g.n == 1 && has(&g, "RUS AFGMIL 173"));
    g = code(c, "2021-10-15", "Afghan soldiers were killed in Russia.");
    CHECK(g.n == 0);

    /* Forces named as the government's that fight insurgents of a state
     * are its forces; other troops of no named country stay so. */
    g = code(c, "2020-10-15", "Pro-government forces attacked the Taliban.");
    CHECK(g.n == 1 && has(&g, "AFGMIL AFGREB 190"));
    g = code(c, "2020-10-15", "Pro-government forces attacked Pakistan.");
    CHECK(g.n == 1 && has(&g, "---MIL PAK 190"));
    g = code(c, "2020-10-15", "The government said troops attacked the Taliban.");
    CHECK(has(&g, "---MIL AFGREB 190"));

    /* A question with its auxiliary or a modal first asks about an act and
     * tells none; one with a question word and a tense presupposes it. */
    g = code(c, "2021-10-15", "Will Russia attack Pakistan?");
    CHECK(g.n == 0);
    g = code(c, "2021-10-15", "Did Russia attack Pakistan?");
    CHECK(g.n == 0);
    g = code(c, "2021-10-15", "\"How can Russia meet Pakistan?\" Putin said.");
    CHECK(!has(&g, "RUS PAK 040"));
    g = code(c, "2021-10-15", "Why did Russia attack Pakistan?");
    CHECK(g.n == 1 && has(&g, "RUS PAK 190"));
    g = code(c, "2021-10-15", "Russia attacked Pakistan, but why?");
    CHECK(g.n == 1 && has(&g, "RUS PAK 190"));
    g = code(c, "2021-10-15", "Russia attacked Pakistan. Will China meet Russia?");
    CHECK(g.n == 1 && has(&g, "RUS PAK 190"));

    /* Modality: a forecast or guess of force is no event; its actor saying
     * it would use force is a threat (138), as is "threatened to"; possible
     * cooperation is an intention; future cooperation keeps its code. */
    g = code(c, "2021-10-15", "Russia will attack Pakistan.");
    CHECK(g.n == 0);
    g = code(c, "2021-10-15", "Russia could attack Pakistan, China said.");
    CHECK(g.n == 0);
    g = code(c, "2021-10-15", "Russia said it would attack Pakistan.");
    CHECK(g.n == 1 && has(&g, "RUS PAK 138"));
    g = code(c, "2021-10-15", "Russia threatened to attack Pakistan.");
    CHECK(g.n == 1 && has(&g, "RUS PAK 138"));
    g = code(c, "2021-10-15", "Russia could meet China.");
    CHECK(g.n == 1 && has(&g, "RUS CHN 036"));
    g = code(c, "2021-10-15", "Russia will meet China.");
    CHECK(g.n == 1 && has(&g, "RUS CHN 040"));

    /* "his Russian counterpart Vladimir Putin" is Putin. */
    g = code(c, "2021-10-15", "Pakistan met his Russian counterpart Vladimir Putin.");
    CHECK(g.n == 1 && has(&g, "PAK RUSGOV 040"));

    /* A compound subject acts among its members only in a mutual act, and
     * then not on the place. */
    g = code(c, "2021-10-15", "Russia and China met in Kabul.");
    CHECK(g.n == 2 && has(&g, "RUS CHN 040") && has(&g, "CHN RUS 040"));
    g = code(c, "2021-10-15", "Russia and China criticised it.");
    CHECK(g.n == 0);

    /* "Russia said its troops struck Kabul": its = the speaker's; "struck",
     * which the tagger may take for a noun, is the verb before a name. */
    g = code(c, "2021-10-15", "Russia said its troops struck Pakistan.");
    CHECK(has(&g, "RUSMIL PAK 190"));

    /* An infinitive after a common noun is no act done ("pressure to
     * attack"), an intention after a noun of intention, and done after
     * "the first ... to". */
    g = code(c, "2021-10-15", "Russia faced pressure to attack Pakistan.");
    CHECK(g.n == 0);
    g = code(c, "2021-10-15", "Russia announced plans to meet China.");
    CHECK(g.n == 1 && has(&g, "RUS CHN 036"));
    g = code(c, "2021-10-15", "Russia was the first country to recognise the Taliban.");
    CHECK(g.n == 1 && has(&g, "RUS AFGGOV 030"));

    /* "said Russia ..." is what was said; "told Russia" addresses Russia. */
    g = code(c, "2021-10-15", "China said Russia had met Pakistan.");
    CHECK(!has(&g, "CHN RUS 010") && has(&g, "RUS PAK 040"));
    g = code(c, "2021-10-15", "China told Russia that it would help.");
    CHECK(has(&g, "CHN RUS 010"));
    /* "killed at least 30 people": an object after a harm verb, not a
     * victim participle. */
    g = code(c, "2021-10-15", "Russian strikes jailed at least 30 Afghan soldiers.");
    CHECK(has(&g, "RUS AFGMIL 173"));

    /* Force against a place the gazetteer knows is force against its
     * country, and the place is where it happened. */
    g = code(c, "2021-10-15", "Russian troops attacked the city of Kharkiv.");
    CHECK(g.n == 1 && has(&g, "RUSMIL UKR 190"));
    /* (not arrests, whose place is no target: troops jail with no one
     * named) */
    g = code(c, "2021-10-15", "Russian troops jailed three men in Kharkiv.");
    CHECK(g.n == 1 && has(&g, "RUSMIL - 173"));

    /* Conjoined verbs share voice, object and agent: "were jailed and
     * released by Pakistan", "attacked and jailed Afghan soldiers". */
    g = code(c, "2021-10-15", "Afghan soldiers were jailed and released by Pakistan.");
    CHECK(g.n == 2 && has(&g, "PAK AFGMIL 173") && has(&g, "PAK AFGMIL 0841"));
    g = code(c, "2021-10-15", "Russia attacked and jailed Afghan soldiers.");
    CHECK(g.n == 2 && has(&g, "RUS AFGMIL 190") && has(&g, "RUS AFGMIL 173"));

    /* "..., jailing three Afghan soldiers": the participle after a comma is
     * the main subject's act, not the nearest noun's. */
    g = code(c, "2021-10-15", "Russia attacked a Pakistani convoy, jailing three Afghan soldiers.");
    CHECK(has(&g, "RUS AFGMIL 173") && !has(&g, "PAK AFGMIL 173"));
    /* "Thousands of Afghans": the quantity is no preposition. */
    g = code(c, "2021-10-15", "Thousands of Afghan soldiers attacked Pakistan.");
    CHECK(g.n == 1 && has(&g, "AFGMIL PAK 190"));

    /* "is due to criticise the US over Pakistan and meet China": the
     * conjoined verb is no infinitive governed across the objects. */
    g = code(c, "2021-10-15", "Putin is due to criticise the United States over Pakistan and meet China.");
    CHECK(has(&g, "RUSGOV CHN 040"));

    /* Dictionary phrases are folded as the text is: "Türkiye" in the
     * dictionary meets "Turkiye" and "Türkiye" in the news. */
    g = code(c, "2021-10-15", "Turkiye attacked Pakistan.");
    CHECK(g.n == 1 && has(&g, "TUR PAK 190"));
    g = code(c, "2021-10-15", "Türkiye attacked Pakistan.");
    CHECK(g.n == 1 && has(&g, "TUR PAK 190"));

    /* "soldiers jailed in Kabul by Pakistan": the agent need not follow
     * the participle at once. */
    g = code(c, "2021-10-15", "Afghan soldiers jailed in secret by Pakistan were released by Putin.");
    CHECK(has(&g, "PAK AFGMIL 173") && has(&g, "RUSGOV AFGMIL 0841"));

    /* "Pakistan, jailed in Kabul, attacked China" is no jailing by Pakistan. */
    g = code(c, "2021-10-15", "Putin, jailed in Afghanistan, attacked China.");
    CHECK(!has(&g, "RUSGOV AFG 173"));

    /* "Pakistan, backed by Russia, attacked Kabul": an apposed participle
     * with its agent is passive, and its noun is the subject after it. */
    g = code(c, "2021-10-15", "Pakistan, backed by Russia, attacked China.");
    CHECK(g.n == 2 && has(&g, "RUS PAK 051") && has(&g, "PAK CHN 190"));

    /* "U.S. dollars" is a currency, not the United States. */
    g = code(c, "2021-10-15", "Russia paid 200 million U.S. dollars to Pakistan.");
    CHECK(g.n == 1 && has(&g, "RUS PAK 071"));

    /* Protest and force need no target; the actor must be more than a
     * country name; an -ing noun ("the museum shooting") is no verb. */
    g = code(c, "2021-10-15", "Afghan troops attacked overnight.");
    CHECK(g.n == 1 && has(&g, "AFGMIL - 190"));
    g = code(c, "2021-10-15", "The assault on Afghanistan attacked overnight, Pakistan said.");
    CHECK(g.n == 0);
    g = code(c, "2021-10-15", "Afghanistan attacked overnight, Pakistan said.");
    CHECK(g.n == 1 && has(&g, "AFG - 190"));
    g = code(c, "2021-10-15", "Russia criticised Pakistan after the museum shooting last week.");
    CHECK(g.n == 1 && has(&g, "RUS PAK 111"));

    /* "Supporters of the Taliban attacked Kabul": followers stand for whom
     * they are of; the killing of someone is no one. */
    g = code(c, "2021-10-15", "Supporters of the Taliban attacked Pakistan.");
    CHECK(g.n == 1 && has(&g, "AFGGOV PAK 190"));
    g = code(c, "2021-10-15", "The killing of Afghan soldiers attacked Pakistan.");
    CHECK(g.n == 0);

    /* '%' is a compound: a single subject leaves the pattern to others. */
    g = code(c, "2021-10-15", "Russia established ties with China.");
    CHECK(g.n == 1 && has(&g, "RUS CHN 054"));
    g = code(c, "2021-10-15", "Russia and China established ties.");
    CHECK(g.n == 2 && has(&g, "RUS CHN 054") && has(&g, "CHN RUS 054"));

    /* "Hungary vetoed the ...": a name the tagger took for an adjective
     * before a past tense and a determiner. */
    g = code(c, "2021-10-15", "Hungary vetoed the EU aid package.");
    CHECK(g.n == 1 && has(&g, "HUN IGOEUREEC 129"));

    /* "bans against four officers in the Afghan army": the army is whom the
     * bans are against, not a place; "in Kabul" stays a place. */
    g = code(c, "2021-10-15", "Russia imposed bans on travel to China against four officers in the Afghan army.");
    CHECK(g.n == 1 && has(&g, "RUS AFGMIL 163"));

    /* The victims of violence with no country of their own are of the
     * country where it happened. */
    g = code(c, "2021-10-15", "Russian troops attacked soldiers in the north of Kharkiv.");
    CHECK(g.n == 1 && has(&g, "RUSMIL UKRMIL 190"));

    /* A retreat from a place the gazetteer knows is from its country. */
    g = code(c, "2021-10-15", "Russian troops retreated from Kharkiv.");
    CHECK(g.n == 1 && has(&g, "RUSMIL UKR 0874"));

    /* "---" names no actor: the South China Sea is not China. */
    g = code(c, "2021-10-15", "Russian troops met in the South China Sea.");
    CHECK(g.n == 0);
    g = code(c, "2021-10-15", "Russian troops met in China.");
    CHECK(g.n == 1 && has(&g, "RUSMIL CHN 040"));

    /* "a Russian attack in Kharkiv that killed ...": the relative clause is
     * the attack's, whose actor comes before the place. */
    g = code(c, "2021-10-15", "China condemned a Russian attack in Kabul that jailed three Afghan soldiers.");
    CHECK(has(&g, "RUS AFGMIL 173") && !has(&g, "AFG AFGMIL 173"));

    /* "his Chinese counterpart" holds the source's office in China. */
    g = code(c, "2021-10-15", "Russian Foreign Ministry spokeswoman met her Chinese counterpart.");
    CHECK(g.n == 1 && has(&g, "RUSGOV CHNGOV 040"));

    /* "called China to attack Pakistan" is an appeal; "called China to
     * meet Pakistan" stays a call. */
    g = code(c, "2021-10-15", "Russia called China to attack Pakistan.");
    CHECK(g.n == 1 && has(&g, "RUS CHN 020"));
    g = code(c, "2021-10-15", "Russia called China to meet Pakistan.");
    CHECK(g.n == 1 && has(&g, "RUS CHN 041"));

    /* What a condition clause says has not happened. */
    g = code(c, "2021-10-15", "China would respond if Russia attacked Pakistan.");
    CHECK(!has(&g, "RUS PAK 190"));

    /* "Russia's refusal to release" is Russia's refusal (12); "its failure
     * to release" nothing. */
    g = code(c, "2021-10-15", "Pakistan condemned Russia's refusal to release the Afghan soldiers.");
    CHECK(has(&g, "RUS AFGMIL 1243") && !has(&g, "PAK AFGMIL 1243"));
    g = code(c, "2021-10-15", "Pakistan criticised the failure to release the Afghan soldiers.");
    CHECK(!has(&g, "PAK AFGMIL 084"));

    /* "Pakistan, a key Chinese ally, attacked ...": the apposition is not
     * the subject. */
    g = code(c, "2021-10-15", "Pakistan, a key Chinese ally, on Saturday attacked Afghanistan.");
    CHECK(g.n == 1 && has(&g, "PAK AFG 190"));

    /* "TASS reported that Rybkin would meet ...": the complement's subject
     * is no relative antecedent; an unknown subject is nobody. */
    g = code(c, "2021-10-15", "TASS reported earlier that Rybkin attacked Pakistan.");
    CHECK(g.n == 0);

    /* "agreed to stop attacking" stops no act; "attacking could worsen"
     * is a noun. */
    g = code(c, "2021-10-15", "Afghan troops said they would stop attacking Pakistan.");
    CHECK(!has(&g, "AFGMIL PAK 190"));
    g = code(c, "2021-10-15", "China warned attacking could harm Russia, Pakistan said.");
    CHECK(!has(&g, "CHN - 190") && !has(&g, "CHN RUS 190"));

    /* "A train struck workers near Kabul, jailing one": the participle's
     * subject is the train (no actor), not Kabul. */
    g = code(c, "2021-10-15", "A train struck two workers near the Afghan capital, Kabul, on Thursday, jailing one Russian.");
    CHECK(!has(&g, "AFG RUS 173"));

    /* "the internationally recognised government": an adjective. */
    g = code(c, "2021-10-15", "Russia attacked the internationally recognised Afghan government.");
    CHECK(g.n == 1 && has(&g, "RUS AFGGOV 190"));

    /* "Russia's TASS": the one owns the other; the owned is the actor. */
    g = code(c, "2021-10-15", "Putin criticised Russia's TASS.");
    CHECK(g.n == 1 && has(&g, "RUSGOV RUSMED 111"));

    /* "X-led": what X leads is X's country's, X's own roles aside ("the
     * Taliban-led government" is no rebel government); a name after it
     * wins; what X backs is not X's. */
    g = code(c, "2010-10-15", "Putin criticised the Taliban-led government.");
    CHECK(g.n == 1 && has(&g, "RUSGOV AFGGOV 111"));
    g = code(c, "2010-10-15", "Putin criticised NATO-led troops.");
    CHECK(g.n == 1 && has(&g, "RUSGOV IGOWSTNATMIL 111"));
    g = code(c, "2010-10-15", "Putin criticised the NATO-led Afghan army.");
    CHECK(g.n == 1 && has(&g, "RUSGOV AFGMIL 111"));
    g = code(c, "2010-10-15", "Putin criticised the U.S.-backed government.");
    CHECK(!has(&g, "RUSGOV USAGOV 111") && !has(&g, "RUSGOV USA 111"));

    /* An acronym written in capitals needs capitals in the text, or four
     * letters standing alone ("Nato"): "Rai" is a name. */
    g = code(c, "2021-10-15", "Rai criticised Russia and China.");
    CHECK(g.n == 0);
    g = code(c, "2021-10-15", "RAI criticised Russia.");
    CHECK(g.n == 1 && has(&g, "ITAMED RUS 111"));
    g = code(c, "2021-10-15", "Nato criticised Russia.");
    CHECK(g.n == 1 && has(&g, "IGOWSTNAT RUS 111"));

    /* "visiting Chinese troops" is an adjective; "visiting China" a visit. */
    g = code(c, "2021-10-15", "Putin criticised visiting Chinese troops.");
    CHECK(g.n == 1 && has(&g, "RUSGOV CHNMIL 111"));
    g = code(c, "2021-10-15", "Putin, visiting China, criticised Pakistan.");
    CHECK(has(&g, "RUSGOV CHN 042"));

    /* "along with" is a companion, not a partner. */
    g = code(c, "2021-10-15", "Russia criticised along with China.");
    CHECK(!has(&g, "RUS CHN 111"));

    /* Cooperation with one's own country as a whole is no dyad. */
    g = code(c, "2021-10-15", "Putin plans to recognise Russia.");
    CHECK(g.n == 0);

    /* "opposed to attacks by China": a plural noun after "to" is no verb. */
    g = code(c, "2021-10-15", "Russia remained opposed to attacks by China.");
    CHECK(g.n == 1 && has(&g, "RUS CHN 110"));
    /* ... and disapproval of attacks "on" China is not aimed at China. */
    g = code(c, "2021-10-15", "Russia remained opposed to attacks on China.");
    CHECK(g.n == 0);

    /* A lower-case word is not a proper name: "us" is not the United States. */
    g = code(c, "2021-10-15", "They attacked us, Russia said.");
    CHECK(g.n == 0);
    /* ... unless a capitalised title before it says it is one. */
    g = code(c, "2021-10-15", "Minister putin met China.");
    CHECK(g.n == 1 && has(&g, "RUSGOV CHN 040"));

    /* A transformation: what a speaker who comes first says another did
     * is the speaker's accusation; a trailing "Russia said" is only the
     * source of the narrator's report. */
    g = code(c, "2021-10-15", "Russia said China attacked Afghanistan.");
    CHECK(g.n == 1 && has(&g, "RUS CHN 112"));
    g = code(c, "2021-10-15", "China attacked Afghanistan, Russia said.");
    CHECK(g.n == 1 && has(&g, "CHN AFG 190"));
    g = code(c, "2021-10-15", "Russia said and attacked Afghanistan.");
    CHECK(!has(&g, "RUS RUS 112"));

    /* "it" after a preposition in what a country says is that country. */
    g = code(c, "2021-10-15", "Russia said the United States imposed sanctions on it.");
    CHECK(has(&g, "USA RUS 163"));

    /* A document speaks for whoever issued it. */
    g = code(c, "2021-10-15", "A statement released by Russia criticised China.");
    CHECK(g.n == 1 && has(&g, "RUS CHN 111"));
    g = code(c, "2021-10-15", "A report released on Monday in Kabul criticised China.");
    CHECK(g.n == 1 && has(&g, "AFG CHN 111"));

    /* A head with its place before an apposed name is the subject. */
    g = code(c, "2021-10-15", "The Russian troops in Kabul, Vladimir Putin, attacked Pakistan.");
    CHECK(g.n == 1 && has(&g, "RUSMIL PAK 190"));

    /* The actor before an apposition is the subject of the verb after it. */
    g = code(c, "2021-10-15", "Russia, a country that has long opposed China, attacked Afghanistan.");
    CHECK(has(&g, "RUS AFG 190") && !has(&g, "CHN AFG 190"));

    /* Force "inside" a country is aimed at it, as "in" it. */
    g = code(c, "2020-10-15", "Russian troops attacked a base inside Afghanistan.");
    CHECK(g.n == 1 && has(&g, "RUSMIL AFG 190"));

    /* "The military wings of X" stand for X, adjectives and all. */
    g = code(c, "2020-10-15", "The armed wings of the Taliban attacked Pakistan.");
    CHECK(g.n == 1 && has(&g, "AFGREB PAK 190"));

    /* "the militants" further on is the armed group named before it. */
    g = code(c, "2020-10-15", "Russia criticised the Taliban as the militants attacked Pakistan.");
    CHECK(has(&g, "AFGREB PAK 190") && !has(&g, "---REB PAK 190"));
    g = code(c, "2020-10-15", "Russia criticised China as militants attacked Pakistan.");
    CHECK(has(&g, "---REB PAK 190") && !has(&g, "AFGREB PAK 190"));

    /* An -ing form and a preposition right after the subject modify it:
     * the finite verb after them shares the subject. */
    g = code(c, "2020-10-15", "Russian troops gathering in Kabul attacked Pakistan.");
    CHECK(has(&g, "RUSMIL PAK 190"));

    dyad_coder_free(c);
    dyad_dicts_free(d);
}

static void test_petrarch_format(void)
{
    const char *verbs = write_file("t.verbs.txt",
        "&CURRENCY\n+DOLLAR\n+EURO\n\n"
        "--- ATTACK [190] ---\nATTACK\nRAID {RAIDS RAIDED RAIDING}\n"
        "- * + WITH &CURRENCY [171]  # money attack\n"
        "- + WAS * BY $ [195]\n"
        "--- MEET [040:040] ---\nMEET {MEETS MET MEETING}\n"
        "--- FIGHT [190] ---\n+SHOOT_AT [193]\nFIGHT {FIGHTS FOUGHT FIGHTING}\n"
        "--- COMMENT [010] ---\nSAY {SAYS SAID SAYING}\n"
        "~ a (a b ATTACK) SAY = a b 015\n~ a (b . ATTACK) SAY = a b 112\n~ a (a b Q) SAY = a b Q\n"
        "~~FINISH\n");
    const char *actors = write_file("t.actors.txt",
        "ARNOR_ [ARN]\n+ARNORIAN\nGONDOR [GON]\nDAGOLATH [DAG 950101-991231]\n\t[DAGREB >000101]\n"
        "ARGENTIN [ARG]\nAGENCE_FRANCE_PRESSE [MED]\n+AFP\n"
        "MORDOR_ [MOR <20030320]\n\t[MOROCC 1920030320-20060520]\n\t[MOR >20060520]\n"
        "SARUMAN_THE_WHITE [MORGOV 950101-991231]\n"
        "ISILDUR_\n+KING_OF_ARNOR_\n\t[ARNELI 420101-710216]\n\t[ARNGOV 890120-930120]\n\t[ARNELI]\n"
        "ELENDIL_\n+KING_OF_ARNOR_\n\t[ARNGOV 010120-090120]\n\t[ARNELI]\n"
        "ARAGORN_\n+ARNORIAN\n\t[ARNGOV 950101-991231]\n");
    const char *agents = write_file("t.agents.txt",
        "!PERSON! = MAN, MEN\nPOLICE {} [~COP]\nMINISTER [~GOV]\nCONGRESS!PERSON! [~LEG]\n");
    const char *discards = write_file("t.discards.txt", "YEARS AGO\n+FOOTBALL MATCH\n");
    const char *v[] = {verbs, NULL}, *a[] = {actors, NULL}, *g_[] = {agents, NULL}, *x[] = {discards, NULL};
    dyad_dict_files f = {.verbs = v, .actors = a, .agents = g_, .discards = x};
    dyad_dicts *d = load_or_report(&f);
    if (!d)
        return;
    dyad_coder *c = dyad_coder_new(d, NULL);
    got g;
    /* PETRARCH discards match the words between blanks: "years ago," is
     * no "YEARS AGO" (a story discard neither: "football match."). */
    g = code(c, "1995-01-01", "Arnor raided Gondor two years ago and left.");
    CHECK(g.n == 0);
    g = code(c, "1995-01-01", "Arnor raided Gondor two years ago, Argentina said.");
    CHECK(has(&g, "ARN GON 190"));
    g = code(c, "1995-01-01", "Arnor raided Gondor. It was a football match today.");
    CHECK(g.n == 0);
    g = code(c, "1995-01-01", "Arnor raided Gondor. It was no football match.");
    CHECK(g.n == 1);
    g = code(c, "1995-01-01", "Arnor raided Gondor with dollars.");
    CHECK(g.n == 1 && has(&g, "ARN GON 171"));
    g = code(c, "1995-01-01", "Gondor was attacked by the Arnorian ministers.");
    CHECK(g.n == 1 && has(&g, "ARNGOV GON 195"));
    g = code(c, "2001-01-01", "Argentine police met Dagolath congressmen.");
    CHECK(g.n == 2 && has(&g, "ARGCOP DAGREBLEG 040"));
    /* A verb after one with a code of its own takes the header's. */
    g = code(c, "1995-01-01", "Arnor fought Gondor.");
    CHECK(g.n == 1 && has(&g, "ARN GON 190"));
    /* The file's transformations. */
    g = code(c, "1995-01-01", "Gondor said Arnor raided Argentina.");
    CHECK(g.n == 1 && has(&g, "GON ARN 112"));
    g = code(c, "1995-01-01", "Gondor said it raided Argentina.");
    CHECK(g.n == 1 && has(&g, "GON ARG 015"));
    g = code(c, "1995-01-01", "Arnor raided Argentina, Gondor said.");
    CHECK(g.n == 1 && has(&g, "ARN ARG 190"));
    /* A bare sector code is a sector: "told AFP" (coded MED) is no event. */
    g = code(c, "1995-01-01", "Gondor said to AFP that it would fight.");
    CHECK(!has(&g, "GON MED 010"));
    g = code(c, "1995-01-01", "Gondor said to Arnor that it would fight.");
    CHECK(has(&g, "GON ARN 010"));
    /* A country whose periods all name it is that country between them
     * (the one dated code with a typo is dropped); a person out of office
     * is no actor. */
    g = code(c, "2005-01-01", "Mordor fought Gondor.");
    CHECK(g.n == 1 && has(&g, "MOR GON 190"));
    g = code(c, "2005-01-01", "Saruman the White fought Gondor.");
    CHECK(g.n == 0);
    /* A phrase two people's entries list is whichever's term covers the
     * date ("President Bush" of 2005 is the younger), else the first's
     * default; a place's name listed by a person stays the place's. */
    g = code(c, "2005-01-01", "The King of Arnor fought Gondor.");
    CHECK(g.n == 1 && has(&g, "ARNGOV GON 190"));
    g = code(c, "1990-01-01", "The King of Arnor fought Gondor.");
    CHECK(g.n == 1 && has(&g, "ARNGOV GON 190"));
    g = code(c, "2015-01-01", "The King of Arnor fought Gondor.");
    CHECK(g.n == 1 && has(&g, "ARNELI GON 190"));
    g = code(c, "1996-01-01", "Arnorian police fought Gondor.");
    CHECK(g.n == 1 && has(&g, "ARNCOP GON 190"));
    /* A passive attack with no "by" comes from its "from" phrase. */
    g = code(c, "1995-01-01", "Gondor said it was attacked from Arnor.");
    CHECK(g.n == 1 && has(&g, "GON ARN 112"));
    dyad_coder_free(c);
    dyad_dicts_free(d);
}

/* One sentence of Arnor and Gondor and the one event it must give ("" for
 * none). */
typedef struct {
    const char *text, *want;
} coding_case;

/* Codes each case with the PETRARCH verb file `verbs` and Arnor and Gondor
 * as actors. */
static void check_petrarch_verbs(const char *name, const char *verbs, const coding_case *cases, size_t n)
{
    const char *v[] = {write_file(name, verbs), NULL};
    const char *a[] = {write_file("ag.actors.txt", "ARNOR_ [ARN]\nGONDOR [GON]\n"), NULL};
    dyad_dict_files f = {.verbs = v, .actors = a};
    dyad_dicts *d = load_or_report(&f);
    if (!d)
        return;
    dyad_coder *c = dyad_coder_new(d, NULL);
    for (size_t i = 0; i < n; i++) {
        got g = code(c, "1995-01-01", cases[i].text);
        CHECK(*cases[i].want ? g.n == 1 && has(&g, cases[i].want) : g.n == 0);
    }
    dyad_coder_free(c);
    dyad_dicts_free(d);
}

/* A pattern written twice in a block: the later replaces the earlier, as in
 * PETRARCH, unless the earlier is the verb's own (its comment names it). */
static void test_petrarch_repeated_patterns(void)
{
    static const coding_case cases[] = {
        {"Arnor arrested Gondor members.", "ARN GON 173"},
        {"Arnor captured Gondor members.", "ARN GON 181"},
        {"Arnor lifted the sanction against Gondor.", "ARN GON 085"},
    };
    check_petrarch_verbs("r.verbs.txt",
                         "--- APPREHEND [171] ---\nARREST [173]\nCAPTURE\nLIFT\n"
                         "- * MEMBERS [173]  # ARREST\n- * MEMBERS [181]  # CAPTURE\n"
                         "- * SANCTION [0351]  # LIFT\n- *   SANCTION [085]  # LIFT\n",
                         cases, sizeof cases / sizeof cases[0]);
}

/* An irregular form a verb lists in braces stays that verb's when another
 * verb of that spelling is listed later ("FOUND", to found), and gives its
 * block no default; a regular form listed on its own line (TABARI's
 * "ATTACKED") joins its verb's block, patterns and all. */
static void test_petrarch_forms_listed_again(void)
{
    static const coding_case cases[] = {
        {"Arnor found Gondor guilty.", "ARN GON 173"},
        {"Arnor found Gondor.", ""},
        {"Arnor founded Gondor.", "ARN GON 060"},
        {"Arnor attacked the Gondor embassy.", "ARN GON 1822"},
    };
    check_petrarch_verbs("f.verbs.txt",
                         "--- DISCOVER [---] ---\nFIND {FINDS FOUND FINDING}\n- * GUILTY [173]\n"
                         "--- ENACT [060] ---\nESTABLISH\nFOUND\n"
                         "ATTACK [190]\nATTACKED [190]\n- * EMBASSY [1822]\n",
                         cases, sizeof cases / sizeof cases[0]);
}

/* The doer makes a deed the verb file codes generically more precise:
 * damage by protesters is a riot (145), force used by aircraft is aerial
 * (195); the same deeds by others keep their codes. */
static void test_doer_codes(void)
{
    static const coding_case cases[] = {
        {"The Gondor building was demolished by an Arnor protestor.", "ARN GON 145"},
        {"Arnor rioters torched the Gondor embassy.", "ARN GON 145"},
        {"Arnor soldiers demolished the Gondor building.", "ARN GON 1712"},
        {"Arnor soldiers torched the Gondor embassy.", "ARN GON 190"},
        {"Arnor helicopters torched the Gondor embassy.", "ARN GON 195"},
        {"An Arnor drone torched the Gondor embassy.", "ARN GON 195"},
        {"Arnor bombers torched the Gondor embassy.", "ARN GON 190"},
    };
    check_petrarch_verbs("p.verbs.txt", "--- DEMOLISH [1712] ---\nDEMOLISH\nTORCH [190]\n",
                         cases, sizeof cases / sizeof cases[0]);
}

/* In dyad's format '_' before a phrase joins its first word to the verb:
 * "*_(with +)" is "aligned with Gondor", not "aligned its policy with
 * Gondor". */
/* A dictionary of dyad's format written to `name` from `text`, loaded, and
 * a coder for it (NULL when it does not load: reported). */
static dyad_coder *own_coder(const char *name, const char *text, dyad_dicts **d)
{
    const char *own[] = {write_file(name, text), NULL};
    dyad_dict_files f = {.own = own};
    *d = load_or_report(&f);
    return *d ? dyad_coder_new(*d, NULL) : NULL;
}

static void test_own_adjacent_phrase(void)
{
    dyad_dicts *d;
    dyad_coder *c = own_coder("adjacent.dyad", "actor ARN : Arnor\nactor GON : Gondor\n"
                                               "verb --- : align\npattern 051 : *_(with +)\n", &d);
    if (!c)
        return;
    got g = code(c, "1995-01-01", "Arnor aligned with Gondor.");
    CHECK(g.n == 1 && has(&g, "ARN GON 051"));
    g = code(c, "1995-01-01", "Arnor aligned its policy with Gondor.");
    CHECK(g.n == 0);
    dyad_coder_free(c);
    dyad_dicts_free(d);
}

/* "with" and an -ing clause is a circumstance ("met with both leaders
 * expressing hope"), unless the -ing word is a preposition ("held talks
 * with Pakistan following the blasts"), even where a dictionary has it as
 * a verb. */
static void test_absolute_with(void)
{
    dyad_dicts *d;
    dyad_coder *c = own_coder("absolute.dyad", "actor IND : India\nactor PAK : Pakistan\n"
                                               "verb 040 : hold talks\npattern 046 : * (with +)\n"
                                               "verb --- : follow | express\n", &d);
    if (!c)
        return;
    got g = code(c, "2006-11-13", "India held talks on Monday with Pakistan following the blasts.");
    CHECK(has(&g, "IND PAK 046"));
    g = code(c, "2006-11-13", "India held talks on Monday with Pakistan expressing hope.");
    CHECK(!has(&g, "IND PAK 046"));
    dyad_coder_free(c);
    dyad_dicts_free(d);
}

/* A name is found in each way agencies spell it ("Mohamed", "Muhammad";
 * "el-Sisi"), one word respelt at a time; a phrase a dictionary lists
 * names its own actor, whichever line lists it. */
static void test_spellings(void)
{
    dyad_dicts *d;
    dyad_coder *c = own_coder("spellings.dyad", "actor SAUGOV : Mohammed bin Salman\n"
                                                "actor EGYGOV : Abdel Fattah al-Sisi\n"
                                                "actor SAUBUS : Mohamed bin Salman\n"
                                                "verb 040 : meet\n", &d);
    if (!c)
        return;
    got g = code(c, "2025-11-18", "Muhammad bin Salman met Abdul Fattah al-Sisi.");
    CHECK(g.n == 1 && has(&g, "SAUGOV EGYGOV 040"));
    g = code(c, "2025-11-18", "Mohammad bin Salman met Abdel Fattah el-Sisi.");
    CHECK(has(&g, "SAUGOV EGYGOV 040"));
    g = code(c, "2025-11-18", "Mohamed bin Salman met Abdel Fattah al-Sisi.");
    CHECK(has(&g, "SAUBUS EGYGOV 040") && !has(&g, "SAUGOV EGYGOV 040"));
    g = code(c, "2025-11-18", "Mohammed bin Salman met Abdul Fattah el-Sisi.");
    CHECK(g.n == 0);
    dyad_coder_free(c);
    dyad_dicts_free(d);
}

static void test_dictionary_errors(void)
{
    struct { const char *text; const char *want; } cases[] = {
        {"actor RUS : Russia\nactor XX : Nowhere\n", "bad.dyad:2: bad actor code \"XX\""},
        {"verb 999 : frobnicate\n", "bad.dyad:1: \"999\" is not a CAMEO event code"},
        {"verb 040 : meet\npattern 046 : * + * (with +)\n", "must have exactly one '*'"},
        {"actor RUS@2021-13-01.. : Russia\n", "bad.dyad:1: bad validity period"},
        {"actor RUS@2021-01-01..2020-01-01 : Russia\n", "ends before it starts"},
        {"actor RUS : Russia\nactor USA : Russia\n", "bad.dyad:2: phrase \"RUSSIA\" is already an actor with other codes"},
        {"pattern 040 : * +\n", "bad.dyad:1: pattern before any verb line"},
        {"verb 040 : meet\npattern 046 : * &NOPE\n", "unknown synset &NOPE"},
        {"synset &A : x | &A\n", "synset &A refers to itself"},
        {"nonsense line\n", "bad.dyad:1: expected \"KIND CODES : phrases\""},
        {"gadget X : y\n", "unknown entry kind \"GADGET\""},
        {"transform 112 : say > other 19\n", "transform names \"SAY\", which no verb line has before it"},
        {"verb 010 : say\ntransform 112 : say > someone 19\n", "bad.dyad:2: transform needs verbs"},
        {"verb 010 : say\ntransform 112 : say > other 1x\n", "transform class \"1X\""},
        {"verb 010 : say\ntransform 999 : say > other 19\n", "\"999\" is not a CAMEO event code"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *path = write_file("bad.dyad", cases[i].text);
        const char *own[] = {path, NULL};
        dyad_dict_files f = {.own = own};
        char err[512] = "";
        dyad_dicts *d = dyad_dicts_load(&f, err, sizeof err);
        CHECK(d == NULL);
        if (!strstr(err, cases[i].want))
            fprintf(stderr, "case %zu: got \"%s\"\n", i, err);
        CHECK(strstr(err, cases[i].want) != NULL);
        dyad_dicts_free(d);
    }
    const char *verbs = write_file("b.verbs.txt", "--- X [040] ---\nMEET\n- * WITH + \n");
    const char *v[] = {verbs, NULL};
    dyad_dict_files f = {.verbs = v};
    char err[512] = "";
    CHECK(dyad_dicts_load(&f, err, sizeof err) == NULL);
    CHECK(strstr(err, "b.verbs.txt:3: pattern has no [code]") != NULL);
    verbs = write_file("c.verbs.txt", "--- X [040] ---\nMEET\n~ a (b . FROB) MEET = a b 112\n");
    v[0] = verbs;
    CHECK(dyad_dicts_load(&f, err, sizeof err) == NULL);
    CHECK(strstr(err, "c.verbs.txt:3: transformation names FROB, which is no verb") != NULL);
    verbs = write_file("c.verbs.txt", "--- X [040] ---\nMEET\n~ a b = c\n");
    CHECK(dyad_dicts_load(&f, err, sizeof err) == NULL);
    CHECK(strstr(err, "c.verbs.txt:3: transformation not understood") != NULL);
}

int main(void)
{
    if (!mkdtemp(tmpdir))
        return 1;
    test_own_format();
    test_petrarch_format();
    test_petrarch_repeated_patterns();
    test_petrarch_forms_listed_again();
    test_doer_codes();
    test_own_adjacent_phrase();
    test_absolute_with();
    test_spellings();
    test_dictionary_errors();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0)
        return 1;
    return check_summary();
}
