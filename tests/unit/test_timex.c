/* test_timex.c — time expressions found and normalised against a story date.
 *
 * The hand-made cases use a story dated Friday 2021-10-15 (ISO week 41)
 * and assert the exact extent, type and TIMEX3 value of each construction.
 * The last check scores the whole of TimeBank (../shared, read in place)
 * and fails if the value F1 falls below the measured floor. */
#define TIMEBANK_NO_MAIN
#include "../../bench/timebank.c"

#include <time.h>

#include "check.h"
#include "time/timex.h"

#define STORY "2021-10-15"
#define TIMEBANK_VALUE_F1_FLOOR 0.860

/* Finds `span` in `text`, then checks that dyad_timex_find reports exactly
 * that extent with the given type and value against the story date `story`. */
static void expect_dated(const char *story, const char *text, const char *span, int type, const char *value)
{
    dyad_timex found[16];
    size_t n = dyad_timex_find(text, strlen(text), story, found, 16);
    const char *at = strstr(text, span);
    size_t begin = at ? (size_t)(at - text) : (size_t)-1, end = begin + strlen(span);
    for (size_t i = 0; i < n && i < 16; i++) {
        if (found[i].begin != begin)
            continue;
        CHECK(found[i].end == end);
        if (found[i].type != type)
            fprintf(stderr, "type %s for \"%s\"\n", dyad_timex_type_name(found[i].type), span);
        CHECK(found[i].type == type);
        CHECK_STR(found[i].value, value);
        return;
    }
    fprintf(stderr, "no expression found at \"%s\" in \"%s\" (%zu found)\n", span, text, n);
    CHECK(!"expression found");
}

static void expect(const char *text, const char *span, int type, const char *value)
{
    expect_dated(STORY, text, span, type, value);
}

static void expect_none(const char *text)
{
    dyad_timex found[4];
    size_t n = dyad_timex_find(text, strlen(text), STORY, found, 4);
    if (n)
        fprintf(stderr, "unexpected \"%.*s\" in \"%s\"\n", (int)(found[0].end - found[0].begin),
                text + found[0].begin, text);
    CHECK(n == 0);
}

/* Exactly one expression in the text: what follows the first is none. */
static void expect_one(const char *text)
{
    dyad_timex found[4];
    CHECK(dyad_timex_find(text, strlen(text), STORY, found, 4) == 1);
}

static void explicit_dates(void)
{
    expect("The talks open on October 20 in Moscow.", "October 20", DYAD_TIMEX_DATE, "2021-10-20");
    expect("They met on 20 Oct 2021.", "20 Oct 2021", DYAD_TIMEX_DATE, "2021-10-20");
    expect("It was signed Oct. 20, 2021, in Doha.", "Oct. 20, 2021", DYAD_TIMEX_DATE, "2021-10-20");
    expect("Filed 10/20/2021 in court.", "10/20/2021", DYAD_TIMEX_DATE, "2021-10-20");
    expect("Filed 2021-10-20 in court.", "2021-10-20", DYAD_TIMEX_DATE, "2021-10-20");
    /* day first when the first number cannot be a month; ambiguous ones stay in US order */
    expect("Filed 29/11/2021 in court.", "29/11/2021", DYAD_TIMEX_DATE, "2021-11-29");
    expect("Filed 10/11/2021 in court.", "10/11/2021", DYAD_TIMEX_DATE, "2021-10-11");
    /* a day in words before its month, but not alone (a hole, a leg, a day of a match) */
    expect("They met on the first of October.", "the first of October", DYAD_TIMEX_DATE, "2021-10-01");
    expect("Prices rose since the fifteenth of September.", "the fifteenth of September", DYAD_TIMEX_DATE,
           "2021-09-15");
    expect_none("She made birdies on the second and the third.");
    expect("They rallied in the Second of May Square.", "May", DYAD_TIMEX_DATE, "2021-05");
    expect("The war began on Aug. 2, 1990.", "Aug. 2, 1990", DYAD_TIMEX_DATE, "1990-08-02");
    expect("He was born in August 1988.", "August 1988", DYAD_TIMEX_DATE, "1988-08");
    expect("They met Saturday, October 9.", "Saturday, October 9", DYAD_TIMEX_DATE, "2021-10-09");
    /* days said as ordinals (broadcast transcripts), a weekday with its date in apposition */
    expect("He died on May twenty-first.", "May twenty-first", DYAD_TIMEX_DATE, "2021-05-21");
    expect("Voters go to the polls next Sunday, Oct. 24.", "next Sunday, Oct. 24", DYAD_TIMEX_DATE,
           "2021-10-24");
    expect("They vote this coming Sunday, October twenty-fourth.",
           "this coming Sunday, October twenty-fourth", DYAD_TIMEX_DATE, "2021-10-24");
    expect("Turnout for the January second-round vote fell.", "January", DYAD_TIMEX_DATE, "2022-01");
    /* fixed-date holidays */
    expect("The truce will hold until New Year's Day.", "New Year's Day", DYAD_TIMEX_DATE, "2022-01-01");
    expect("Fireworks will mark New Year's Eve.", "New Year's Eve", DYAD_TIMEX_DATE, "2021-12-31");
    expect("Fireworks marked New Year's Eve.", "New Year's Eve", DYAD_TIMEX_DATE, "2020-12-31");
    expect("Talks resume after Christmas.", "Christmas", DYAD_TIMEX_DATE, "2021-12-25");
    expect("Shops will close on Thanksgiving.", "Thanksgiving", DYAD_TIMEX_DATE, "2021-11-25");
    expect_none("They sold Christmas trees.");
    /* moving holidays, computed for the year: Easter by the computus, the US Monday holidays */
    expect("Shops closed over Easter.", "Easter", DYAD_TIMEX_DATE, "2021-04-04");
    expect("Pilgrims will march on Good Friday.", "Good Friday", DYAD_TIMEX_DATE, "2022-04-15");
    expect("Churches filled on Orthodox Easter.", "Orthodox Easter", DYAD_TIMEX_DATE, "2021-05-02");
    expect("They will meet next Easter.", "next Easter", DYAD_TIMEX_DATE, "2022-04-17");
    expect("The parade was held on Memorial Day.", "Memorial Day", DYAD_TIMEX_DATE, "2021-05-31");
    expect("Strikers returned after Labor Day.", "Labor Day", DYAD_TIMEX_DATE, "2021-09-06");
    expect("Florists were busy on Mother's Day.", "Mother's Day", DYAD_TIMEX_DATE, "2021-05-09");
    expect("Markets will close on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day",
           DYAD_TIMEX_DATE, "2022-01-17");
    expect("Markets closed on Presidents' Day.", "Presidents' Day", DYAD_TIMEX_DATE, "2021-02-15");
    expect("Markets closed on Columbus Day.", "Columbus Day", DYAD_TIMEX_DATE, "2021-10-11");
    expect("Thanksgiving Day traffic was heavy.", "Thanksgiving Day", DYAD_TIMEX_DATE, "2021-11-25");
    expect("Traffic will rise over the Thanksgiving weekend.", "Thanksgiving", DYAD_TIMEX_DATE, "2021-11-25");
    expect("They marched on May Day.", "May Day", DYAD_TIMEX_DATE, "2021-05-01");
    expect("The war began on the Fourth of July.", "the Fourth of July", DYAD_TIMEX_DATE, "2021-07-04");
    expect("They met last Christmas.", "last Christmas", DYAD_TIMEX_DATE, "2020-12-25");
    expect("They met at Christmas 2019.", "Christmas 2019", DYAD_TIMEX_DATE, "2019-12-25");
    expect("Churches were bombed on Christmas Eve in 2000.", "Christmas Eve", DYAD_TIMEX_DATE, "2000-12-24");
    expect("Rebels attacked on New Year's Day in 2001.", "New Year's Day", DYAD_TIMEX_DATE, "2001-01-01");
    expect("Rebels attacked on March 3 in 2001.", "March 3", DYAD_TIMEX_DATE, "2001-03-03");
    expect("Rebels attacked on March 3 in 1,000 places.", "March 3", DYAD_TIMEX_DATE, "2021-03-03");
    expect("It will end on New Year's day.", "New Year's day", DYAD_TIMEX_DATE, "2022-01-01");
    expect_none("They sailed to Easter Island.");
    expect_none("Jermaine Easter's goal won it.");
    expect_none("Shoppers said Merry Christmas.");
    expect_none("It may day by day get worse.");
    expect_none("The New York talks failed.");
    /* a day without its month: the month in context, else the nearest in the tense's direction */
    expect("They met on the 12th.", "the 12th", DYAD_TIMEX_DATE, "2021-10-12");
    expect("They met on the 20th.", "the 20th", DYAD_TIMEX_DATE, "2021-09-20");
    expect("They will meet on the 20th.", "the 20th", DYAD_TIMEX_DATE, "2021-10-20");
    expect("He said on the 1st that it ended.", "the 1st", DYAD_TIMEX_DATE, "2021-10-01");
    expect("He arrived on Sept. 3 and left on the 5th.", "the 5th", DYAD_TIMEX_DATE, "2021-09-05");
    expect("The vote is on the 12th of November.", "the 12th of November", DYAD_TIMEX_DATE, "2021-11-12");
    /* a range of days in one month: two expressions, the second in the first's month and year */
    expect("The talks run from March 3 to 5.", "5", DYAD_TIMEX_DATE, "2022-03-05");   /* a schedule in the present: the next March */
    expect("The summit will be held on Oct. 28-29.", "29", DYAD_TIMEX_DATE, "2021-10-29");
    expect("The summit was held Oct. 28-29, 2019, in Oslo.", "Oct. 28", DYAD_TIMEX_DATE, "2019-10-28");
    expect("The summit was held Oct. 28-29, 2019, in Oslo.", "29, 2019", DYAD_TIMEX_DATE, "2019-10-29");
    expect("They meet on Nov. 4 and 5 in Lima.", "5", DYAD_TIMEX_DATE, "2021-11-05");
    expect("The fair ran Oct. 3\xE2\x80\x93" "5.", "5", DYAD_TIMEX_DATE, "2021-10-05");
    expect_one("On Oct. 3 and 5 others died.");   /* a count, not a day */
    expect_none("They fought until the 12th round.");
    expect_none("The 12th fleet sailed.");
}

static void weekdays(void)
{
    expect("Putin spoke on Friday.", "Friday", DYAD_TIMEX_DATE, "2021-10-15");
    expect("Talks were held on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("They will meet on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("They meet next Friday.", "next Friday", DYAD_TIMEX_DATE, "2021-10-22");
    expect("It happened last Friday.", "last Friday", DYAD_TIMEX_DATE, "2021-10-08");
    /* a weekday of the week named after it (the story is a Friday, 2021-10-15) */
    expect("He spoke on Thursday last week.", "Thursday last week", DYAD_TIMEX_DATE, "2021-10-07");
    expect("Talks resume on Monday next week.", "Monday next week", DYAD_TIMEX_DATE, "2021-10-18");
    expect("He left on Tuesday of last week.", "Tuesday of last week", DYAD_TIMEX_DATE, "2021-10-05");
    expect("On Monday last week's talks ended.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    expect("They met this past Friday.", "this past Friday", DYAD_TIMEX_DATE, "2021-10-08");
    expect("Rebels struck this past weekend.", "this past weekend", DYAD_TIMEX_DATE, "2021-W40-WE");
    expect("They meet this coming week.", "this coming week", DYAD_TIMEX_DATE, "2021-W42");
    expect("Troops left Friday morning.", "Friday morning", DYAD_TIMEX_TIME, "2021-10-15TMO");
    /* "early on", "late on" shade the day as "early", "late" do */
    expect("Rebels attacked early on Thursday.", "early on Thursday", DYAD_TIMEX_DATE, "2021-10-14");
    expect("Late on Wednesday the army said so.", "Late on Wednesday", DYAD_TIMEX_DATE, "2021-10-13");
    expect("Rebels attacked late Thursday.", "late Thursday", DYAD_TIMEX_DATE, "2021-10-14");
    /* "late March", "mid-March": the month, its year by the tense (past: this year's, ahead: the next) */
    expect("The fighting began in late March.", "late March", DYAD_TIMEX_DATE, "2021-03");
    expect("The vote is set for mid-March.", "mid-March", DYAD_TIMEX_DATE, "2022-03");
    expect("He spoke earlier on Thursday.", "earlier on Thursday", DYAD_TIMEX_DATE, "2021-10-14");
    /* "earlier in the day": "the day" is the day in context */
    expect("The envoy arrived on Tuesday. Earlier in the day, shells fell.", "the day", DYAD_TIMEX_DATE,
           "2021-10-12");
    expect("Results are expected later in the day.", "the day", DYAD_TIMEX_DATE, "2021-10-15");
    expect_none("He spoke in the day room.");
    /* "the early hours" after midnight: the morning of the day named, or in context */
    expect("The attack came in the early hours of Saturday.", "the early hours of Saturday",
           DYAD_TIMEX_TIME, "2021-10-09TMO");
    expect("Troops fled in the small hours of Sunday morning.", "the small hours of Sunday morning",
           DYAD_TIMEX_TIME, "2021-10-10TMO");
    expect("Gunmen struck in the early hours, police said.", "the early hours", DYAD_TIMEX_TIME,
           "2021-10-15TMO");
    expect_none("The early hours of trading were calm.");
    /* a schedule in the present tense lies ahead: "travels", "resume", "is due" */
    expect("Biden travels to Paris on Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("The talks resume Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("Voters go to the polls on Sunday.", "Sunday", DYAD_TIMEX_DATE, "2021-10-17");
    expect("The report is due Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("The vote is scheduled for Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("The trial opens in March.", "March", DYAD_TIMEX_DATE, "2022-03");
    /* ... not a noun, a past verb after it, the past perfect, nor a date just gone */
    expect("His return Monday was quiet.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    expect("Police fired shots in return on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("A deal is likely by spring next year.", "spring next year", DYAD_TIMEX_DATE, "2022-SP");
    expect("It ended in summer last year.", "summer last year", DYAD_TIMEX_DATE, "2020-SU");
    expect("They meet again after talks collapsed Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("He had been due to arrive on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("He starts his tour on Oct. 2.", "Oct. 2", DYAD_TIMEX_DATE, "2021-10-02");
    /* a plan told in the past still lies ahead: "was expected to", "were due", "was to" */
    expect("The bank was expected to hold rates at a meeting on Thursday.", "Thursday", DYAD_TIMEX_DATE,
           "2021-10-21");
    expect("Final results were due Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("He was to be flown home on Wednesday.", "Wednesday", DYAD_TIMEX_DATE, "2021-10-20");
    expect("A vote was scheduled for Tuesday, officials said.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    /* ... not a plan that failed, "set in motion", nor a past participle in between */
    expect("The service was to have begun on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2021-10-14");
    expect("The plan was set in motion on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("They were to finish work begun on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    /* a past verb right before the day tells when it was done, in a sentence about the future */
    expect("Funds will be ready in 2022, an official announced here Monday.", "Monday", DYAD_TIMEX_DATE,
           "2021-10-11");
    expect("Iran said it would talk, the Times reported Thursday.", "Thursday", DYAD_TIMEX_DATE,
           "2021-10-14");
    expect("The firm announced on Tuesday that it would cut jobs.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    /* ... not a passive after "be", nor a participle that looks ahead */
    expect("A new house will be elected on Sunday.", "Sunday", DYAD_TIMEX_DATE, "2021-10-17");
    expect("Leaders will attend the summit scheduled Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    /* the end of a range of days is the first of its name after the start */
    expect("Polls open from Thursday through Saturday.", "Saturday", DYAD_TIMEX_DATE, "2021-10-23");
    expect("The trial was adjourned Friday until Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("Shops shut Thursday-Saturday.", "Saturday", DYAD_TIMEX_DATE, "2021-10-16");
    expect("Pearls were to be shown on Friday and Saturday.", "Saturday", DYAD_TIMEX_DATE, "2021-10-16");
    /* ... but a list may run backward, and a range from a day far back ends near the story */
    expect("Statements were made Thursday and Wednesday.", "Wednesday", DYAD_TIMEX_DATE, "2021-10-13");
    expect("He bought shares from Sept. 14 to Thursday.", "Thursday", DYAD_TIMEX_DATE, "2021-10-14");
    /* a look-ahead participle right before the day: ahead whatever the clause's tense */
    expect("The vote slated for Monday was delayed.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("He said talks scheduled on Tuesday had been called off.", "Tuesday", DYAD_TIMEX_DATE,
           "2021-10-19");
    expect("The board meeting due Wednesday drew protests.", "Wednesday", DYAD_TIMEX_DATE, "2021-10-20");
    expect("The team in a four-day match starting Thursday includes Hayward.", "Thursday", DYAD_TIMEX_DATE,
           "2021-10-21");
    expect("Starting on Tuesday, toys have opened a sales blitz.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    /* ... not a day first planned, "set on" a day, nor a bare "scheduled" in a past clause */
    expect("The vote, originally scheduled for Monday, was postponed.", "Monday", DYAD_TIMEX_DATE,
           "2021-10-11");
    expect("The fire was set on Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    expect("Envoys skipped meetings scheduled Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    /* a past verb right after the day tells when it was done, in a sentence about the future too */
    expect("He says it will be hard, and on Tuesday criticised the court.", "Tuesday", DYAD_TIMEX_DATE,
           "2021-10-12");
    expect("He will arrive in Lima on Tuesday accompanied by aides.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    /* an award's name is no time */
    expect_none("He was voted European Player of the Year.");
    expect("It was his best game of the year.", "the year", DYAD_TIMEX_DATE, "2021");
    /* a passive infinitive: what is still to be done lies ahead */
    expect("He told the BBC in an interview to be broadcast Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("The 12 accords due to be signed Tuesday cover gas.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("A decision was likely to be announced on Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("The law was found to be illegal on Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    /* what is put off or drawn out "until" a day lasts until one ahead, the story's day excluded */
    expect("Talks were adjourned until Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("The court adjourned the session till Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("Pilots extended the strike until Friday.", "Friday", DYAD_TIMEX_DATE, "2021-10-22");
    /* ... not a stay that ended, nor a noun ("adjournment") */
    expect("He stayed until Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("It resumed after an adjournment until Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
}

static void relative_days(void)
{
    expect("Officials said today that", "today", DYAD_TIMEX_DATE, "2021-10-15");
    expect("The envoy arrived yesterday.", "yesterday", DYAD_TIMEX_DATE, "2021-10-14");
    expect("The envoy leaves tomorrow.", "tomorrow", DYAD_TIMEX_DATE, "2021-10-16");
    expect("The vote is tonight.", "tonight", DYAD_TIMEX_TIME, "2021-10-15TNI");
    expect("He spoke this morning.", "this morning", DYAD_TIMEX_TIME, "2021-10-15TMO");
    expect("He arrived on October 12 and the fighting began the day before.", "the day before",
           DYAD_TIMEX_DATE, "2021-10-11");
    expect("Rebels had shelled the town the previous day.", "the previous day", DYAD_TIMEX_DATE, "2021-10-14");
    /* an appositive "the day before X" is the day just named */
    expect("Eight days after Oct. 12, the day before the plunge, stocks fell.", "the day",
           DYAD_TIMEX_DATE, "2021-10-12");
    /* "the morning" is a part of the day last named, or of the report's */
    expect("Trading resumed in the afternoon.", "the afternoon", DYAD_TIMEX_TIME, "2021-10-15TAF");
    expect("They met on Tuesday. The next morning they left.", "The next morning", DYAD_TIMEX_TIME,
           "2021-10-13TMO");
    expect("Fighting erupted on the night of Oct. 12.", "the night of Oct. 12", DYAD_TIMEX_TIME,
           "2021-10-12TNI");
    /* "late morning", "early afternoon" without "the": the part of the day in context or named */
    expect("The dollar fell in late morning trading.", "late morning", DYAD_TIMEX_TIME, "2021-10-15TMO");
    expect("On Tuesday, by late afternoon, turnout was 40 percent.", "late afternoon", DYAD_TIMEX_TIME,
           "2021-10-12TAF");
    expect("The raid lasted from late evening Oct. 9 until early morning of Oct. 10.",
           "early morning of Oct. 10", DYAD_TIMEX_TIME, "2021-10-10TMO");
    expect("Taps ran dry from early morning last Wednesday.", "early morning last Wednesday",
           DYAD_TIMEX_TIME, "2021-10-13TMO");
    expect_none("They agreed a late-night ceasefire.");
    expect_none("He watched the evening news.");
    expect_none("Talks began on the morning of the vote.");
    expect_none("He took the morning-after pill.");
    /* "overnight" is the night before the day the story tells of */
    expect("Shares closed lower Tuesday after overnight losses in New York.", "overnight",
           DYAD_TIMEX_TIME, "2021-10-11TNI");
    expect("Rebels attacked overnight.", "overnight", DYAD_TIMEX_TIME, "2021-10-14TNI");
    expect("Shares closed lower Tuesday after overnight losses, down from the previous Friday.",
           "the previous Friday", DYAD_TIMEX_DATE, "2021-10-08");
    /* "the day before yesterday" counts from the day it names */
    /* the day a running event has reached is the day reported */
    expect("Protests continued for a third straight day.", "a third straight day", DYAD_TIMEX_DATE,
           "2021-10-15");
    expect("Today is the eighth day of the blockade.", "the eighth day", DYAD_TIMEX_DATE, "2021-10-15");
    expect("The second day of October was calm.", "October", DYAD_TIMEX_DATE, "2021-10");
    expect_none("The first day went well.");
    expect_none("He joined the Seventh-day Adventists.");
    expect("Rebels attacked on the day before yesterday.", "the day before yesterday",
           DYAD_TIMEX_DATE, "2021-10-13");
    expect("He arrived on October 12. Talks end the day after tomorrow.", "the day after tomorrow",
           DYAD_TIMEX_DATE, "2021-10-17");
}

static void relative_periods(void)
{
    expect("They will meet next week.", "next week", DYAD_TIMEX_DATE, "2021-W42");
    expect("They met this week.", "this week", DYAD_TIMEX_DATE, "2021-W41");
    expect("Prices rose last month.", "last month", DYAD_TIMEX_DATE, "2021-09");
    expect("Sales fell last year.", "last year", DYAD_TIMEX_DATE, "2020");
    expect("He left office two years ago.", "two years ago", DYAD_TIMEX_DATE, "2019");
    expect("It was agreed earlier this year.", "earlier this year", DYAD_TIMEX_DATE, "2021");
    expect("Output grew over the past year.", "the past year", DYAD_TIMEX_DATE, "2020");
    expect("Elections are due early next year.", "early next year", DYAD_TIMEX_DATE, "2022");
}

static void references(void)
{
    expect("The border is now closed.", "now", DYAD_TIMEX_DATE, "PRESENT_REF");
    expect("The rebels recently took the town.", "recently", DYAD_TIMEX_DATE, "PAST_REF");
    expect("Aid may resume in the future.", "the future", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect("Clashes in recent years killed many.", "recent years", DYAD_TIMEX_DATE, "PAST_REF");
    /* a shift of no stated length: "years ago" as "several years ago" */
    expect("The rebels struck months ago.", "months ago", DYAD_TIMEX_DATE, "PAST_REF");
    expect("They left hours ago.", "hours ago", DYAD_TIMEX_DATE, "PAST_REF");
    expect("Clashes in recent days killed many.", "recent days", DYAD_TIMEX_DATE, "PAST_REF");
    /* recent weeks and months are spans up to the story */
    expect("Clashes in recent weeks killed many.", "recent weeks", DYAD_TIMEX_DURATION, "PXW");
    expect("Clashes in recent months killed many.", "recent months", DYAD_TIMEX_DURATION, "PXM");
    expect("It rose in recent weeks and months.", "recent weeks and months", DYAD_TIMEX_DATE, "PAST_REF");
    expect("Prices may fall in coming months.", "coming months", DYAD_TIMEX_DATE, "FUTURE_REF");
    /* an approximator never joins a reference: "about" here governs the noun */
    expect("They were worried about recent changes.", "recent", DYAD_TIMEX_DATE, "PAST_REF");
}

static void months_and_years(void)
{
    expect("The deal was signed in 2017.", "2017", DYAD_TIMEX_DATE, "2017");
    expect("The summit opened in October.", "October", DYAD_TIMEX_DATE, "2021-10");
    expect("The rebels struck last October.", "last October", DYAD_TIMEX_DATE, "2020-10");
    expect("It ends in January.", "January", DYAD_TIMEX_DATE, "2022-01");
    /* a past verb right before a date weeks ahead puts it a year back, in a sentence about the future too */
    expect("Fighting broke out in November.", "November", DYAD_TIMEX_DATE, "2020-11");
    expect("The vote took place in early November.", "early November", DYAD_TIMEX_DATE, "2020-11");
    expect("Aid will flow to areas where floods struck on Nov. 3.", "Nov. 3", DYAD_TIMEX_DATE, "2020-11-03");
    /* ... and so does one a few words before, when "in" or "on" ties the date to it */
    expect("The envoy began negotiations in November with both sides.", "November", DYAD_TIMEX_DATE, "2020-11");
    expect("Rebels killed 19 soldiers on Nov. 2, the army said.", "Nov. 2", DYAD_TIMEX_DATE, "2020-11-02");
    expect("The sides reached an agreement for Nov. 20.", "Nov. 20", DYAD_TIMEX_DATE, "2021-11-20");
    expect("The firm suspended its operations until November.", "November", DYAD_TIMEX_DATE, "2021-11");
    expect("Unions have called a strike on Nov. 3.", "Nov. 3", DYAD_TIMEX_DATE, "2021-11-03");
    /* the first month of a span lies before the last */
    expect("Exports rose 5 percent from January to September.", "January", DYAD_TIMEX_DATE, "2021-01");
    expect("Trade grew between January and August 2020.", "January", DYAD_TIMEX_DATE, "2020-01");
    /* a look-ahead participle right before a date more than a month gone: the next one, unless told in the past */
    expect("Katsav called a snap election, scheduled for March 28.", "March 28", DYAD_TIMEX_DATE, "2022-03-28");
    expect("The dialogue had been scheduled for March 28.", "March 28", DYAD_TIMEX_DATE, "2021-03-28");
    /* ... not days ahead (time zones), a present passive, a prefixed verb after "be", nor a condition */
    expect("The deal was signed on Oct. 20.", "Oct. 20", DYAD_TIMEX_DATE, "2021-10-20");
    expect("Elections are held on Nov. 3.", "Nov. 3", DYAD_TIMEX_DATE, "2021-11-03");
    expect("The budget would be re-introduced on Nov. 3.", "Nov. 3", DYAD_TIMEX_DATE, "2021-11-03");
    expect("If the government fell on Nov. 30, polls would follow.", "Nov. 30", DYAD_TIMEX_DATE, "2021-11-30");
    expect("Inflation peaked in the 1990s.", "the 1990s", DYAD_TIMEX_DATE, "199");
    expect("Profit rose in the third quarter.", "the third quarter", DYAD_TIMEX_DATE, "2021-Q3");
    expect("Growth slowed in the second half of the year.", "the second half of the year", DYAD_TIMEX_DATE,
           "2021-H2");
    expect("Sales rose in the first half of the year from the same period of last year.",
           "the same period of last year", DYAD_TIMEX_DATE, "2020-H1");
    expect("Third-quarter profit rose.", "Third-quarter", DYAD_TIMEX_DATE, "2021-Q3");
    expect("Exports fell in Q3 2020.", "Q3 2020", DYAD_TIMEX_DATE, "2020-Q3");
    expect("Budget talks resume in H1, officials said.", "H1", DYAD_TIMEX_DATE, "2021-H1");
    expect("Crops failed last summer.", "last summer", DYAD_TIMEX_DATE, "2020-SU");
    expect("It was built in the 20th century.", "the 20th century", DYAD_TIMEX_DATE, "19");
    /* ordinals in words past "twelfth", not "first century" read from "twenty-first" */
    expect("Peace in the twenty-first century.", "the twenty-first century", DYAD_TIMEX_DATE, "20");
    expect("It dates from the fifteenth century.", "the fifteenth century", DYAD_TIMEX_DATE, "14");
    expect("Profit rose in fiscal 2020.", "fiscal 2020", DYAD_TIMEX_DATE, "2020");
    expect("Rates were high in the '80s.", "the '80s", DYAD_TIMEX_DATE, "198");
    expect("Growth slowed over the last decade.", "the last decade", DYAD_TIMEX_DATE, "201");
    expect("Harvests improve this fall.", "this fall", DYAD_TIMEX_DATE, "2021-FA");
    expect("Protests spread over the weekend.", "the weekend", DYAD_TIMEX_DATE, "2021-W40-WE");
    expect("Talks will resume over the weekend.", "the weekend", DYAD_TIMEX_DATE, "2021-W41-WE");
    expect("Talks resume this weekend.", "this weekend", DYAD_TIMEX_DATE, "2021-W41-WE");
    expect("Talks resumed last weekend.", "last weekend", DYAD_TIMEX_DATE, "2021-W40-WE");
    expect("Talks resume next weekend.", "next weekend", DYAD_TIMEX_DATE, "2021-W42-WE");
    expect("Output fell June last year.", "June last year", DYAD_TIMEX_DATE, "2020-06");
    expect("He was arrested on Oct. 23 last year.", "Oct. 23 last year", DYAD_TIMEX_DATE, "2020-10-23");
    expect("The trial resumes on January 23 next year.", "January 23 next year", DYAD_TIMEX_DATE, "2022-01-23");
    expect("Polls are set for December 14 this year.", "December 14 this year", DYAD_TIMEX_DATE, "2021-12-14");
    /* a week of a month: the ISO week holding its 4th (11th, ...) or its fourth-last day */
    expect("They met in the first week of November.", "the first week of November", DYAD_TIMEX_DATE,
           "2021-W44");
    expect("The vote is set for the last week of October.", "the last week of October", DYAD_TIMEX_DATE,
           "2021-W43");
    expect("Prices fell in the second week of January 2020.", "the second week of January 2020",
           DYAD_TIMEX_DATE, "2020-W02");
    /* four digits and the zone in one token, as Reuters writes it */
    expect("It landed at 4:20 am (0420GMT).", "0420GMT", DYAD_TIMEX_TIME, "2021-10-15T04:20");
    expect("Shelling began at 1145GMT.", "1145GMT", DYAD_TIMEX_TIME, "2021-10-15T11:45");
    expect_none("Code 2545GMT was sent.");
    /* "this time last year" is "last year" shaded, one expression */
    expect("Sales are up from this time last year.", "this time last year", DYAD_TIMEX_DATE, "2020");
    expect("Prices were lower at the same time last year.", "the same time last year", DYAD_TIMEX_DATE,
           "2020");
    expect_none("This time the rebels won.");
    /* two-year spans written short: each end is an expression, as in "Oct. 28-29" */
    expect("Profits rose in 2021-22.", "22", DYAD_TIMEX_DATE, "2022");
    expect("Profits rose in 2021-22.", "2021", DYAD_TIMEX_DATE, "2021");
    expect("The 2022-23 season opens soon.", "23", DYAD_TIMEX_DATE, "2023");
    expect("The budget for fiscal 2024-25 was passed.", "25", DYAD_TIMEX_DATE, "2025");
    expect("Output in 1999-00 fell.", "00", DYAD_TIMEX_DATE, "2000");
    expect_none("The code 2021-22-23 was used.");
    expect_one("The code 2021-23 was used.");
    /* quarters and fiscal years as results and budgets name them */
    expect("Profit rose in the July-September quarter.", "the July-September quarter",
           DYAD_TIMEX_DATE, "2021-Q3");
    expect("Profit rose in the April-June period of 2020.", "the April-June period of 2020",
           DYAD_TIMEX_DATE, "2020-Q2");
    expect("Profit rose in the June-August quarter.", "June", DYAD_TIMEX_DATE, "2021-06");
    expect("Sales fell in FY2023.", "FY2023", DYAD_TIMEX_DATE, "2023");
    expect("Sales fell in FY 2022.", "FY 2022", DYAD_TIMEX_DATE, "2022");
    expect("Sales fell in FY23.", "FY23", DYAD_TIMEX_DATE, "2023");
    expect_none("FY results were weak.");
}

static void clock_times(void)
{
    expect("The vote starts at 10 a.m. in Kabul.", "10 a.m.", DYAD_TIMEX_TIME, "2021-10-15T10:00");
    expect("Blasts were heard around 7:15 p.m. Thursday.", "around 7:15 p.m. Thursday",
           DYAD_TIMEX_TIME, "2021-10-14T19:15");
    expect("The ultimatum expired at noon Saturday.", "noon Saturday", DYAD_TIMEX_TIME, "2021-10-09T12:00");
    /* wire copy: a local time with its zone, the hour in GMT in four digits */
    expect("The vote opens at 10:30 a.m. local time.", "10:30 a.m. local time", DYAD_TIMEX_TIME,
           "2021-10-15T10:30");
    expect("The vote opens at 10 a.m. (0800 GMT).", "0800 GMT", DYAD_TIMEX_TIME, "2021-10-15T08:00");
    expect("The blast happened at 11 p.m. ET.", "11 p.m. ET", DYAD_TIMEX_TIME, "2021-10-15T23:00");
    expect("The ceasefire ended at midday.", "midday", DYAD_TIMEX_TIME, "2021-10-15T12:00");
    /* British copy: "9am", "9.30pm", "2pm"; a full stop after "pm" ends the sentence */
    expect("The meeting starts at 9am.", "9am", DYAD_TIMEX_TIME, "2021-10-15T09:00");
    expect("The show begins at 9.30pm on Saturday.", "9.30pm", DYAD_TIMEX_TIME, "2021-10-16T21:30");
    expect("The 2pm deadline passed.", "2pm", DYAD_TIMEX_TIME, "2021-10-15T14:00");
    expect("Polls close at 8 pm.", "8 pm", DYAD_TIMEX_TIME, "2021-10-15T20:00");
    expect("Polls closed at 9.30 a.m. in Kabul.", "9.30 a.m.", DYAD_TIMEX_TIME, "2021-10-15T09:30");
    expect_none("It rose 9.30 per cent to 9.3pm.");
    /* a clock time is on the day named just before it */
    expect("Police said the blast happened Tuesday at 3 a.m.", "3 a.m.", DYAD_TIMEX_TIME,
           "2021-10-12T03:00");
    expect("The blast occurred on Tuesday. At 3 p.m. police arrived.", "3 p.m.", DYAD_TIMEX_TIME,
           "2021-10-15T15:00");
    expect("Shares gained from Monday in the first hour to stand at 18,978 at 10 a.m.", "10 a.m.",
           DYAD_TIMEX_TIME, "2021-10-15T10:00");
    expect_none("The company has 1400 employees.");
    /* the 24-hour clock: with a zone, or an hour no 12-hour clock has after a preposition */
    expect("The blast occurred at 23:45 GMT.", "23:45 GMT", DYAD_TIMEX_TIME, "2021-10-15T23:45");
    expect("The blast occurred at 11:45 local time.", "11:45 local time", DYAD_TIMEX_TIME, "2021-10-15T11:45");
    expect("The blast occurred at 2130 local time.", "2130 local time", DYAD_TIMEX_TIME, "2021-10-15T21:30");
    expect("The blast occurred at 14:30 on Thursday.", "14:30", DYAD_TIMEX_TIME, "2021-10-14T14:30");
    expect("He will die at 00:01 (0801 GMT) Tuesday.", "00:01", DYAD_TIMEX_TIME, "2021-10-19T00:01");
    expect_none("He read John 3:16.");
    expect_none("The shop opened at 3:30.");
    /* a day after "on" dates the clock time before it, and stays an expression of its own */
    expect("The blast happened at 1400 GMT on Thursday.", "1400 GMT", DYAD_TIMEX_TIME, "2021-10-14T14:00");
    expect("The blast happened at 1400 GMT on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2021-10-14");
    expect("Police said the blast happened at 3 p.m. on Thursday.", "3 p.m.", DYAD_TIMEX_TIME,
           "2021-10-14T15:00");
    expect("Polls will open at 7 a.m. (0400 GMT) on Sunday.", "7 a.m.", DYAD_TIMEX_TIME, "2021-10-17T07:00");
    expect("Polls will open at 7 a.m. (0400 GMT) on Sunday.", "0400 GMT", DYAD_TIMEX_TIME, "2021-10-17T04:00");
    expect("The curfew starts at 10 p.m. on weekdays.", "10 p.m.", DYAD_TIMEX_TIME, "2021-10-15T22:00");
}

static void durations(void)
{
    expect("The siege lasted almost two months.", "almost two months", DYAD_TIMEX_DURATION, "P2M");
    expect("They talked for three days.", "three days", DYAD_TIMEX_DURATION, "P3D");
    expect("The war lasted a decade.", "a decade", DYAD_TIMEX_DURATION, "P10Y");
    expect("The first nine months were hard.", "The first nine months", DYAD_TIMEX_DURATION, "P9M");
    expect("A two-year truce was signed.", "two-year", DYAD_TIMEX_DURATION, "P2Y");
    /* a compound adjective leaves the noun's determiner out */
    expect("The two-week strike ended.", "two-week", DYAD_TIMEX_DURATION, "P2W");
    expect("It posted the 30-day figures.", "30-day", DYAD_TIMEX_DURATION, "P30D");
    expect("The talks took several weeks.", "several weeks", DYAD_TIMEX_DURATION, "PXW");
    expect("The strike will last 48 hours.", "48 hours", DYAD_TIMEX_DURATION, "PT48H");
    expect("It is expected to last two years.", "two years", DYAD_TIMEX_DURATION, "P2Y");
    expect("Prices fell in the last 24 hours.", "the last 24 hours", DYAD_TIMEX_DURATION, "PT24H");
    expect("Polls close within 18 hours or so.", "18 hours or so", DYAD_TIMEX_DURATION, "PT18H");
    expect("Talks are vital in the weeks ahead.", "the weeks ahead", DYAD_TIMEX_DURATION, "PXW");
    /* tails that bound or blur the expression belong to it */
    expect("It will take the next year or so.", "the next year or so", DYAD_TIMEX_DATE, "2022");
    expect("It runs to 2024 or later.", "2024 or later", DYAD_TIMEX_DATE, "2024");
    expect("Plans for 2030 and beyond were made.", "2030 and beyond", DYAD_TIMEX_DATE, "2030");
    expect("He served five years or more.", "five years or more", DYAD_TIMEX_DURATION, "P5Y");
    expect("It will end in a year or less.", "a year or less", DYAD_TIMEX_DURATION, "P1Y");
    /* a range is one expression valued at its lower bound */
    expect("It took two to three weeks.", "two to three weeks", DYAD_TIMEX_DURATION, "P2W");
    expect("He was jailed for 10 to 15 years.", "10 to 15 years", DYAD_TIMEX_DURATION, "P10Y");
    expect("It takes two or three days.", "two or three days", DYAD_TIMEX_DURATION, "P2D");
    expect("It took one to two years.", "one to two years", DYAD_TIMEX_DURATION, "P1Y");
    expect("He left four or five years ago.", "four or five years ago", DYAD_TIMEX_DATE, "2017");
    expect("Prices rose 2 to 3 percent in two years.", "two years", DYAD_TIMEX_DURATION, "P2Y");
    expect("He spent a fortnight in jail.", "a fortnight", DYAD_TIMEX_DURATION, "P2W");
    expect("They talked for half an hour.", "half an hour", DYAD_TIMEX_DURATION, "PT30M");
    expect("He spoke for a half-hour.", "a half-hour", DYAD_TIMEX_DURATION, "PT30M");
    expect("It lasted half a century.", "half a century", DYAD_TIMEX_DURATION, "P50Y");
    /* "-long" compounds drop the noun's article, as "-year" ones do */
    expect("Aid arrived after a year-long siege.", "year-long", DYAD_TIMEX_DURATION, "P1Y");
    expect("It ended a decade-long war.", "decade-long", DYAD_TIMEX_DURATION, "P10Y");
    expect("It ended the decades-long war.", "decades-long", DYAD_TIMEX_DURATION, "PXE");
    /* bare "hours", "minutes" only where they measure something */
    expect("The blast came hours later.", "hours", DYAD_TIMEX_DURATION, "PTXH");
    expect("Talks could collapse within hours.", "hours", DYAD_TIMEX_DURATION, "PTXH");
    expect_none("Shops keep opening hours.");
    expect_none("The minutes were read.");
}

static void sets(void)
{
    expect("Envoys meet every Monday.", "every Monday", DYAD_TIMEX_SET, "XXXX-WXX-1");
    expect("Prices are set daily.", "daily", DYAD_TIMEX_SET, "P1D");
    expect("Reports are filed annually.", "annually", DYAD_TIMEX_SET, "P1Y");
    /* the count of a set is in its extent (TimeML's freq) */
    expect("Rates are reviewed twice a week.", "twice a week", DYAD_TIMEX_SET, "P1W");
    expect("The board meets once a month.", "once a month", DYAD_TIMEX_SET, "P1M");
    expect("They meet three times a year.", "three times a year", DYAD_TIMEX_SET, "P1Y");
    expect("It rose three times a year ago.", "a year ago", DYAD_TIMEX_DATE, "2020");
    expect("It pays $5 million a year.", "a year", DYAD_TIMEX_SET, "P1Y");
    expect("Talks are held each July.", "each July", DYAD_TIMEX_SET, "XXXX-07");
    expect("The market closes Mondays.", "Mondays", DYAD_TIMEX_SET, "XXXX-WXX-1");
    expect("The show airs Tuesday nights.", "Tuesday nights", DYAD_TIMEX_SET, "XXXX-WXX-2TNI");
    expect("Envoys meet every other week.", "every other week", DYAD_TIMEX_SET, "P2W");
    expect("Envoys meet every few weeks.", "every few weeks", DYAD_TIMEX_SET, "PXW");
    expect("Polls are held every four years.", "every four years", DYAD_TIMEX_SET, "P4Y");
    expect("Guards patrol every morning.", "every morning", DYAD_TIMEX_SET, "XXXX-XX-XXTMO");
    expect("Envoys meet every weekend.", "every weekend", DYAD_TIMEX_SET, "XXXX-WXX-WE");
    expect("The offices close on weekends.", "weekends", DYAD_TIMEX_SET, "XXXX-WXX-WE");
    expect_none("He works weekends.");
    /* a rate after a measure: "24 hours a day", "barrels a day" */
    expect("It operates 24 hours a day.", "a day", DYAD_TIMEX_SET, "P1D");
    expect("It pumps 2 million barrels a day.", "a day", DYAD_TIMEX_SET, "P1D");
    expect("Troops marched 30 miles a day.", "a day", DYAD_TIMEX_SET, "P1D");
}

static void anaphora(void)
{
    expect("Profit rose in the third quarter, up from $3 million a year earlier.", "a year earlier",
           DYAD_TIMEX_DATE, "2020-Q3");
    expect("Profit rose in the third quarter. In the year-ago quarter it fell.", "the year-ago quarter",
           DYAD_TIMEX_DATE, "2020-Q3");
    expect("It said its third-quarter profit fell.", "third-quarter", DYAD_TIMEX_DATE, "2021-Q3");
    expect("Profit rose in the third quarter. The year-ago results included a gain.", "year-ago",
           DYAD_TIMEX_DATE, "2020-Q3");
    expect("Profit rose in the third quarter against a year-earlier loss.", "year-earlier",
           DYAD_TIMEX_DATE, "2020-Q3");
}

/* The scan that tells the event stage whether a sentence needs the
 * sentences before it: every word that counts from a date named earlier,
 * and none of the common sentences without one. */
static void refers_back(void)
{
    static const char *const back[] = {
        "Two days later, Russia criticised Ukraine.", "The same day, troops withdrew.",
        "That week the talks collapsed.", "In the morning, shelling resumed.",
        "The previous Friday, rebels attacked.", "Profit fell from a year ago.",
        "The year-earlier period had a loss.", "It rose in the quarter.", "They met on the 12th.",
        "Troops attacked at dawn.", "Overnight, the rebels fled.", "It had fallen the year before.",
        "The next day, he resigned.", "A year earlier it had risen.", NULL};
    static const char *const alone[] = {
        "Russia criticised Ukraine on Monday.", "The talks collapsed last week.",
        "Iran said that the year 2021 was hard.", "Putin met Erdogan in Sochi in October 2021.",
        "The rebels attacked before the talks.", "Prices rose 5% this year.", "They may meet.",
        "He left on June 10, 1940.", "", NULL};
    /* a month without its year: only a history's setting before it may place it */
    static const char *const setting[] = {
        "Putin met Erdogan in Sochi in October.", "On June 10, Italy declared war.", "In June 1940 and in May, it rained.", NULL};
    for (const char *const *t = back; *t; t++) {
        if (!dyad_timex_refers_back(*t, strlen(*t)))
            fprintf(stderr, "no word referring back found in \"%s\"\n", *t);
        CHECK(dyad_timex_refers_back(*t, strlen(*t)));
    }
    for (const char *const *t = alone; *t; t++) {
        if (dyad_timex_refers_back(*t, strlen(*t)))
            fprintf(stderr, "a word referring back found in \"%s\"\n", *t);
        CHECK(!dyad_timex_refers_back(*t, strlen(*t)));
    }
    for (const char *const *t = setting; *t; t++) {
        if (dyad_timex_refers_back(*t, strlen(*t)) != DYAD_TIMEX_REFERS_SETTING)
            fprintf(stderr, "no month without its year found in \"%s\"\n", *t);
        CHECK(dyad_timex_refers_back(*t, strlen(*t)) == DYAD_TIMEX_REFERS_SETTING);
    }
    CHECK(dyad_timex_refers_back("In June, two days later, it rained.", 35) == DYAD_TIMEX_REFERS_BACK);
}

static void not_time(void)
{
    expect_none("Prices may rise.");
    expect_none("The march ended in the square.");
    /* an age is no decade */
    expect_none("The victim was in his 70s.");
    expect_none("Both were in their early 30s.");
    expect_none("She is in her mid-40s.");
    expect_none("A daily newspaper printed the quarterly dividend.");
    expect_none("He sold 1,500 shares at 2.5 each.");
    expect_none("Howes, 37 years old when he was kidnapped, died.");
    expect_none("They could leave as soon as the threats ended.");
    expect_none("Iraq imports about three-quarters of its food.");
    expect_none("Funds hold more than a quarter of the market.");
    expect_none("Rates are near a quarter-century low.");
    expect_none("Cases of H1N1 rose.");
    expect_none("Markets closed early that day.");
    expect_none("The Q35 bus was attacked.");
    expect_none("The decade-old conflict goes on.");
    expect_none("It is the third attack in as many days.");
}

/* The rules above that reject on a following word keep their neighbours. */
static void near_misses(void)
{
    expect("It lasted several quarters of losses.", "several quarters", DYAD_TIMEX_DURATION, "PXQ");
    expect("It ended as soon as possible.", "as soon as possible", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect("In London at mid-afternoon yesterday, shares rose.", "mid-afternoon yesterday",
           DYAD_TIMEX_TIME, "2021-10-14TAF");
    expect("Shares fell late afternoon yesterday.", "late afternoon yesterday", DYAD_TIMEX_TIME,
           "2021-10-14TAF");
    expect("Sales rose in 1988. Imports that year fell.", "that year", DYAD_TIMEX_DATE, "1988");
}

/* Expressions of news checked in a round on news rather than TimeBank:
 * the new ones, and the ones that already worked, kept working. */
static void news_round(void)
{
    /* a sports season is no quarter of the year: only its side of now */
    expect("The team has struggled this season.", "this season", DYAD_TIMEX_DATE, "PRESENT_REF");
    expect("He retired last season.", "last season", DYAD_TIMEX_DATE, "PAST_REF");
    expect("It will play in next season's league.", "next season", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect("Built at the turn of the century, the bridge fell.", "the turn of the century",
           DYAD_TIMEX_DATE, "2000");
    /* the eve of a day named is the day before; of an event, unknown */
    expect("Talks open on the eve of Oct. 20.", "the eve of Oct. 20", DYAD_TIMEX_DATE, "2021-10-19");
    expect("Crowds will gather on the eve of Christmas.", "the eve of Christmas", DYAD_TIMEX_DATE,
           "2021-12-24");
    expect_none("Leaders met on the eve of the summit.");
    /* lunar holidays are not computed: no date rather than a wrong one */
    expect_none("Militants stepped up attacks during Ramadan.");
    /* four digits before a counted noun are a count, unless a determiner
     * or a preposition of time makes them a year */
    expect_none("The US sent 2000 troops to the region.");
    expect_none("The militia killed 1945 people in the attack.");
    expect("In 1945 people fled the city.", "1945", DYAD_TIMEX_DATE, "1945");
    expect("Survivors of the 1994 genocide marched.", "1994", DYAD_TIMEX_DATE, "1994");
    expect("It won the 2006 women's title.", "2006", DYAD_TIMEX_DATE, "2006");
    /* a participle of saying set off by a comma dates the statement */
    expect("Putin spoke to reporters, saying on Monday that talks would go on.", "Monday", DYAD_TIMEX_DATE,
           "2021-10-11");
    /* what was agreed or promised to be done lies ahead, far after "to" */
    expect("The two leaders agreed to meet in Geneva with their aides on Monday.", "Monday", DYAD_TIMEX_DATE,
           "2021-10-18");
    expect("Iran has promised to hand over its reply to the agency on Monday.", "Monday", DYAD_TIMEX_DATE,
           "2021-10-18");
    expect("They had agreed to meet in Geneva with their aides on Monday.", "Monday", DYAD_TIMEX_DATE,
           "2021-10-11");
    expect("They agreed to meet, but talks collapsed on Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    /* already read before this round */
    expect("Prices rose over the past decade.", "the past decade", DYAD_TIMEX_DATE, "201");
    expect("The plant will open in late 2027.", "late 2027", DYAD_TIMEX_DATE, "2027");
    expect("Troops will leave by the end of the decade.", "the end of the decade", DYAD_TIMEX_DATE, "202");
    expect("The talks began in the spring of 2020.", "the spring of 2020", DYAD_TIMEX_DATE, "2020-SP");
    expect("Violence has risen since the 1990s.", "the 1990s", DYAD_TIMEX_DATE, "199");
    expect("He was released 48 hours later.", "48 hours", DYAD_TIMEX_DURATION, "PT48H");
    expect("The cabinet may fall within days.", "days", DYAD_TIMEX_DURATION, "PXD");
    expect("The strike lasted three weeks.", "three weeks", DYAD_TIMEX_DURATION, "P3W");
    expect("Crowds will gather on New Year's Eve.", "New Year's Eve", DYAD_TIMEX_DATE, "2021-12-31");
    expect("Protesters gather every Monday.", "every Monday", DYAD_TIMEX_SET, "XXXX-WXX-1");
    expect("The council meets weekly.", "weekly", DYAD_TIMEX_SET, "P1W");
    expect_none("Iran may attack the tanker, officials said.");
    expect_none("Thousands joined a protest march through the capital.");
    expect_none("The Sun reported that the minister resigned.");
}

/* The list of the seventh round: each fixed here, or found already read. */
static void seventh_round(void)
{
    /* a conjunction before a modal opens another verb phrase: the date
     * before it keeps its own tense */
    expect("Putin met Erdogan on Monday and will sign a treaty on Friday.", "Monday", DYAD_TIMEX_DATE,
           "2021-10-11");
    expect("The talks on Monday and Tuesday will focus on trade.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    /* a unit before "before"/"after" that ends its clause: the date in context shifted */
    expect("In 2019 the talks failed. The year before, they had succeeded.", "The year", DYAD_TIMEX_DATE,
           "2018");
    expect("Talks failed in March. The month after, they resumed.", "The month", DYAD_TIMEX_DATE, "2021-04");
    expect("Prices rose the year before last.", "the year before last", DYAD_TIMEX_DATE, "2019");
    expect_none("He met her the week after the vote.");   /* no date here (the fifteenth round; it was this week) */
    /* a numeric date whose order the text does not give: the reading near the story, else the year */
    expect("The accord was signed on 10/11/2021.", "10/11/2021", DYAD_TIMEX_DATE, "2021-10-11");
    expect("The accord was signed on 11/10/2021.", "11/10/2021", DYAD_TIMEX_DATE, "2021-10-11");
    expect("The accord was signed on 03/04/2021.", "03/04/2021", DYAD_TIMEX_DATE, "2021");
    expect("The accord was signed on 10/20/2021.", "10/20/2021", DYAD_TIMEX_DATE, "2021-10-20");
    /* "overnight" before a kind of rate or stay is no night */
    expect_none("The bank raised its overnight rate.");
    expect_none("He arrived for an overnight stop.");
    expect("Troops arrested 20 men in an overnight raid.", "overnight", DYAD_TIMEX_TIME, "2021-10-14TNI");
    /* already read before this round */
    expect("The March 3 attack killed ten.", "March 3", DYAD_TIMEX_DATE, "2021-03-03");
    expect("Sunday's election was close.", "Sunday", DYAD_TIMEX_DATE, "2021-10-10");
    expect("Last week's talks failed.", "Last week", DYAD_TIMEX_DATE, "2021-W40");
    expect("The previous day, he left.", "The previous day", DYAD_TIMEX_DATE, "2021-10-14");
    expect("He came back the following Tuesday.", "the following Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("Talks will resume in mid-March.", "mid-March", DYAD_TIMEX_DATE, "2022-03");
    expect("Talks resume early next month.", "early next month", DYAD_TIMEX_DATE, "2021-11");
    expect("Prices fell at the end of last year.", "the end of last year", DYAD_TIMEX_DATE, "2020");
    expect("Spending will rise in fiscal 2027.", "fiscal 2027", DYAD_TIMEX_DATE, "2027");
    expect("Output will rise in Q3 2026.", "Q3 2026", DYAD_TIMEX_DATE, "2026-Q3");
    expect("Output rose in H1 2025.", "H1 2025", DYAD_TIMEX_DATE, "2025-H1");
    expect("Growth slowed in the 2020s.", "the 2020s", DYAD_TIMEX_DATE, "202");
    expect("The law took effect on 2026-03-04.", "2026-03-04", DYAD_TIMEX_DATE, "2026-03-04");
    expect("Troops crossed at 0800 GMT.", "0800 GMT", DYAD_TIMEX_TIME, "2021-10-15T08:00");
    expect("Polls closed at 10 a.m. local time.", "10 a.m. local time", DYAD_TIMEX_TIME, "2021-10-15T10:00");
    expect("Rebels attacked Sunday night.", "Sunday night", DYAD_TIMEX_TIME, "2021-10-10TNI");
    expect("Rebels attacked late Tuesday.", "late Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("Shops will close on Christmas Day.", "Christmas Day", DYAD_TIMEX_DATE, "2021-12-25");
    expect("He was released three days after the vote.", "three days", DYAD_TIMEX_DURATION, "P3D");
    expect_none("Crowds gathered for Eid al-Fitr.");
}

static void eighth_round(void)
{
    /* a verb of a schedule in the progressive after "is"/"are" is a plan */
    expect("A UN envoy is traveling to Somalia on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("The leaders are meeting in Geneva Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("The leaders were meeting in Geneva Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    expect("Police are investigating an attack on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    /* "is to" + verb reaches further than a bare infinitive */
    expect("Gingrich is to pay a short visit to Taiwan Wednesday.", "Wednesday", DYAD_TIMEX_DATE, "2021-10-20");
    expect("Russia is expected to sign an agreement with the United States on its entry into the WTO on Sunday.",
           "Sunday", DYAD_TIMEX_DATE, "2021-10-17");
    expect("He is scheduled to hold talks with Premier Li Peng on Tuesday, before leaving Beijing on Wednesday.",
           "Wednesday", DYAD_TIMEX_DATE, "2021-10-20");
    expect("Annan is scheduled to deliver his first major speech on avian flu Thursday.", "Thursday",
           DYAD_TIMEX_DATE, "2021-10-21");
    expect("The storm is expected to reach 350 kilometers east of Samar by Wednesday morning.",
           "Wednesday morning", DYAD_TIMEX_TIME, "2021-10-20TMO");
    /* what an act was done ahead of lies ahead */
    expect("He made the appeal ahead of a summit Thursday of EU leaders.", "Thursday", DYAD_TIMEX_DATE,
           "2021-10-21");
    expect("Polls ahead of Sunday's election favoured him.", "Sunday", DYAD_TIMEX_DATE, "2021-10-17");
    expect("He spoke ahead of the talks, and on Monday he left.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    /* a participle of saying before a weekday and "that" after it dates the statement */
    expect("Israel called for action, with its chief claiming on Tuesday that Iran would have a bomb.",
           "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    /* a past verb of aspect before "to" leaves the infinitive in the past */
    expect("Guangdong started to recruit volunteers on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2021-10-14");
    expect("Guangdong plans to recruit volunteers on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2021-10-21");
    /* a month between a named subject and its past verb lies behind */
    expect("Iran in November stopped applying the protocol.", "November", DYAD_TIMEX_DATE, "2020-11");
    expect("Crude for delivery in November gained 45 cents.", "November", DYAD_TIMEX_DATE, "2021-11");
    /* ... not after an "'s" that may be a possessive */
    expect("He wrapped up the day's meeting on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    /* a two-year span written with a slash: each end a year */
    expect("Lyon set the mark in the 1985/86 season.", "1985", DYAD_TIMEX_DATE, "1985");
    expect("Lyon set the mark in the 1985/86 season.", "86", DYAD_TIMEX_DATE, "1986");
    expect("Profits will rise in the 2021/2022 financial year.", "2021", DYAD_TIMEX_DATE, "2021");
    expect("Profits will rise in the 2021/2022 financial year.", "2022", DYAD_TIMEX_DATE, "2022");
    expect("Output fell in the year 2020/21.", "the year 2020", DYAD_TIMEX_DATE, "2020");
    expect("Output will fall in fiscal 2021/22.", "fiscal 2021", DYAD_TIMEX_DATE, "2021");
    expect_none("The ratio was 2021/25.");
    expect_none("It was filed as 1/2021/22.");
    /* the week of a day named */
    expect("A vote is possible as early as the week of Nov. 15.", "the week of Nov. 15", DYAD_TIMEX_DATE,
           "2021-W46");
    expect("He met her the week of the vote.", "the week", DYAD_TIMEX_DATE, "2021-W41");
    /* a shift "ago" with the unit of now after it keeps that unit */
    expect("Ten years ago today the war began.", "Ten years ago today", DYAD_TIMEX_DATE, "2011-10-15");
    expect("He died two years ago this week.", "two years ago this week", DYAD_TIMEX_DATE, "2019-W42");
    expect("A year ago this month prices fell.", "A year ago this month", DYAD_TIMEX_DATE, "2020-10");
    expect("It rained three days ago this week.", "three days ago", DYAD_TIMEX_DATE, "2021-10-12");
    /* only "a year ago" takes a results story's quarter */
    expect("Profit rose in the third quarter. Twenty years ago it was lower.", "Twenty years ago",
           DYAD_TIMEX_DATE, "2001");
    expect("Profit rose in the third quarter from a year ago.", "a year ago", DYAD_TIMEX_DATE, "2020-Q3");
    /* "the weekend before last" */
    expect("They met the weekend before last.", "the weekend before last", DYAD_TIMEX_DATE, "2021-W39-WE");
    /* dawn and dusk after a preposition: the morning or evening of the day */
    expect("Troops landed at dawn Sunday.", "dawn Sunday", DYAD_TIMEX_TIME, "2021-10-10TMO");
    expect("He escaped before dawn on Monday.", "dawn", DYAD_TIMEX_TIME, "2021-10-11TMO");
    expect("He escaped before dawn on Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    expect("Shelling began at dusk.", "dusk", DYAD_TIMEX_TIME, "2021-10-15TEV");
    expect_none("Police imposed a dusk-to-dawn curfew.");
    expect_none("It was the dawn of a new era.");
    /* "that night" is the night of the day last named */
    expect("On Tuesday rebels attacked. That night troops fired.", "That night", DYAD_TIMEX_TIME, "2021-10-12TNI");
    expect_none("That night was cold.");
    /* "May", "March" between a determiner and a lower-case word are months */
    expect("Parties will boycott the May presidential elections.", "May", DYAD_TIMEX_DATE, "2022-05");
    expect("He said the March surplus was small.", "March", DYAD_TIMEX_DATE, "2021-03");
    expect_none("The Long March rocket flew.");
    expect_none("He met Theresa May at home.");
    /* decades written with an apostrophe */
    expect("Prices rose in the 1990's and fell.", "the 1990's", DYAD_TIMEX_DATE, "199");
    expect("Prices rose in the early 1980\xe2\x80\x99s.", "the early 1980\xe2\x80\x99s", DYAD_TIMEX_DATE, "198");
    expect("Prices rose in the '80's.", "the '80's", DYAD_TIMEX_DATE, "198");
    expect("Prices rose in 1990's budget.", "1990", DYAD_TIMEX_DATE, "1990");
    expect_none("They are mostly in their 40's and 50's.");
    /* already read before this round (the brief's list) */
    expect("The attacks of Sept. 11, 2001 changed everything.", "Sept. 11, 2001", DYAD_TIMEX_DATE, "2001-09-11");
    expect("He arrived on 11 Sept 2001.", "11 Sept 2001", DYAD_TIMEX_DATE, "2001-09-11");
    expect("Growth will pick up by mid-2022.", "mid-2022", DYAD_TIMEX_DATE, "2022");
    expect("Prices fell in late 2020.", "late 2020", DYAD_TIMEX_DATE, "2020");
    expect("The war began in the early 1990s.", "the early 1990s", DYAD_TIMEX_DATE, "199");
    expect("FY2026 revenue rose.", "FY2026", DYAD_TIMEX_DATE, "2026");
    expect("Prices rose between 2019 and 2021.", "2019", DYAD_TIMEX_DATE, "2019");
    expect("The fair ran from March to May.", "March", DYAD_TIMEX_DATE, "2021-03");
    expect("The summit is March 3-5.", "5", DYAD_TIMEX_DATE, "2021-03-05");
    expect("In the past 48 hours ten died.", "the past 48 hours", DYAD_TIMEX_DURATION, "PT48H");
    expect("He left twenty-five years ago.", "twenty-five years ago", DYAD_TIMEX_DATE, "1996");
    expect("They met on the 3rd.", "the 3rd", DYAD_TIMEX_DATE, "2021-10-03");
    expect("Yesterday morning troops fired.", "Yesterday morning", DYAD_TIMEX_TIME, "2021-10-14TMO");
    expect("Every week he calls.", "Every week", DYAD_TIMEX_SET, "P1W");
    expect("They met over the weekend.", "the weekend", DYAD_TIMEX_DATE, "2021-W40-WE");
}

/* Each first word below must pass the filter that skips tokens which
 * cannot begin an expression (may_start in timex.c). */
/* The ninth round's list of news and history expressions (story Friday
 * 2021-10-15), those that already worked too. */
/* The tenth round's list: history prose and news expressions no round
 * tested before, those that already worked too, and the seasons counted
 * from the date in context ("In 1942 ... the following spring"). */
static void tenth_round(void)
{
    /* seasons in context, of a year, a month or the story */
    expect("In 1942 the army advanced. The following spring it retreated.", "The following spring",
           DYAD_TIMEX_DATE, "1943-SP");
    expect("In 1942 the army advanced. The next spring it retreated.", "The next spring", DYAD_TIMEX_DATE,
           "1943-SP");
    expect("In 1942 the army advanced. That summer it retreated.", "That summer", DYAD_TIMEX_DATE, "1942-SU");
    expect("In 1942 the army advanced. The previous winter had been harsh.", "The previous winter",
           DYAD_TIMEX_DATE, "1941-WI");
    expect("In June 1942 the army advanced. The following autumn it retreated.", "The following autumn",
           DYAD_TIMEX_DATE, "1942-FA");
    expect("In June 1942 the army advanced. The previous autumn it had retreated.", "The previous autumn",
           DYAD_TIMEX_DATE, "1941-FA");
    expect("In January 1943 the siege ended. The following spring the army advanced.", "The following spring",
           DYAD_TIMEX_DATE, "1943-SP");
    expect("In 1942 the army advanced. That same fall it retreated.", "That same fall", DYAD_TIMEX_DATE, "1942-FA");
    expect("In 1942 the army advanced. In the autumn of that year it retreated.", "the autumn of that year",
           DYAD_TIMEX_DATE, "1942-FA");
    expect("The harvest had failed the previous autumn.", "the previous autumn", DYAD_TIMEX_DATE, "2020-FA");
    expect("The army will attack the following spring.", "the following spring", DYAD_TIMEX_DATE, "2022-SP");
    /* a bare season after "for", "before" or "from", and a schedule's
     * spring when this year's is over (the story is of October) */
    expect("The referendum is scheduled for spring.", "spring", DYAD_TIMEX_DATE, "2022-SP");
    expect("Talks are planned before summer.", "summer", DYAD_TIMEX_DATE, "2022-SU");
    expect("Prices rose from spring to autumn.", "spring", DYAD_TIMEX_DATE, "2021-SP");
    expect_none("Surging demand for winter coal has spurred production.");
    expect_none("The rally was set for spring break.");
    expect_none("Stocks that fall sharply lose value.");
    expect_one("In 1942 the army advanced. Stocks that fall lost value.");
    /* history prose that already worked */
    expect("The offensive began in the summer of 1944.", "the summer of 1944", DYAD_TIMEX_DATE, "1944-SU");
    expect("Protests spread in the late 1960s.", "the late 1960s", DYAD_TIMEX_DATE, "196");
    expect("The city grew quickly at the turn of the century.", "the turn of the century", DYAD_TIMEX_DATE, "2000");
    expect("Production peaked in mid-1943.", "mid-1943", DYAD_TIMEX_DATE, "1943");
    expect_none("Troops landed on D-Day.");
    expect("Growth slowed in the 1990s and 2000s.", "2000s", DYAD_TIMEX_DATE, "200");
    expect("The empire collapsed in the early 20th century.", "the early 20th century", DYAD_TIMEX_DATE, "19");
    expect("The empire declined in the mid-19th century.", "the mid-19th century", DYAD_TIMEX_DATE, "18");
    expect("In 1942 the army advanced. Later that year it retreated.", "Later that year", DYAD_TIMEX_DATE, "1942");
    expect("In 1942 the army advanced. The same year it retreated.", "The same year", DYAD_TIMEX_DATE, "1942");
    expect("In April 1945 the army advanced. Earlier that month it had retreated.", "Earlier that month",
           DYAD_TIMEX_DATE, "1945-04");
    expect("The army attacked at dawn on June 6, 1944.", "dawn", DYAD_TIMEX_TIME, "1944-06-06TMO");
    expect("The peace deal was signed in Oslo in the autumn of 1993.", "the autumn of 1993", DYAD_TIMEX_DATE,
           "1993-FA");
    expect("During the winter of 1942-43 it froze.", "the winter of 1942-43", DYAD_TIMEX_DATE, "1942-WI");
    /* news that already worked */
    expect("Prices rose sharply earlier this month.", "earlier this month", DYAD_TIMEX_DATE, "2021-10");
    expect("Rebels must leave the town within 48 hours.", "48 hours", DYAD_TIMEX_DURATION, "PT48H");
    expect("As of Tuesday, 40 people had been arrested.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("The ceasefire holds through the end of March.", "the end of March", DYAD_TIMEX_DATE, "2022-03");
    expect("Inflation has doubled since early 2022.", "early 2022", DYAD_TIMEX_DATE, "2022");
    expect("The plant will close by year-end.", "year-end", DYAD_TIMEX_DATE, "2021");
    expect("Talks will resume in the coming weeks.", "the coming weeks", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect("Exports fell over the past decade.", "the past decade", DYAD_TIMEX_DATE, "201");
    expect("Dozens were killed in recent days.", "recent days", DYAD_TIMEX_DATE, "PAST_REF");
    expect("The team won for the first time since 2014.", "2014", DYAD_TIMEX_DATE, "2014");
    expect("Shelling resumed Sunday night.", "Sunday night", DYAD_TIMEX_TIME, "2021-10-10TNI");
    expect("Police raided the office late Friday.", "late Friday", DYAD_TIMEX_DATE, "2021-10-15");
    expect("Rioters stormed the Capitol on Jan. 6.", "Jan. 6", DYAD_TIMEX_DATE, "2021-01-06");
    expect("The ministry's FY2026 budget rose.", "FY2026", DYAD_TIMEX_DATE, "2026");
    expect("The talks resumed on Monday. Later that week they collapsed.", "Later that week", DYAD_TIMEX_DATE,
           "2021-W41");
    expect("Protesters gathered early Saturday morning.", "early Saturday morning", DYAD_TIMEX_TIME,
           "2021-10-09TMO");
    expect("Elections were held two years ago this month.", "two years ago this month", DYAD_TIMEX_DATE, "2019-10");
    expect("The deal was struck in the early hours of Monday.", "the early hours of Monday", DYAD_TIMEX_TIME,
           "2021-10-11TMO");
    expect("The lease expires in the second quarter of next year.", "the second quarter of next year",
           DYAD_TIMEX_DATE, "2022-Q2");
    expect("The Soviet Union collapsed in 1991, three decades ago.", "three decades ago", DYAD_TIMEX_DATE, "199");
    expect("The minister resigned late last month.", "late last month", DYAD_TIMEX_DATE, "2021-09");
    expect("The army withdrew at the end of last week.", "the end of last week", DYAD_TIMEX_DATE, "2021-W40");
    expect("The deal expires at midnight on Sunday.", "Sunday", DYAD_TIMEX_DATE, "2021-10-17");
}

/* The eleventh round's list (TempEval-3 style news and history prose no
 * round tested before): those it fixed, then a sample of those that
 * already worked. */
static void eleventh_round(void)
{
    /* fixed in this round */
    expect("The king died on 3 May 1520. That same evening the city rioted.", "That same evening", DYAD_TIMEX_TIME,
           "1520-05-03TEV");
    expect("The battle began on 4 June 1942. That same day the fleet withdrew.", "That same day", DYAD_TIMEX_DATE,
           "1942-06-04");
    expect("In 1942 the army advanced. That same year it retreated.", "That same year", DYAD_TIMEX_DATE, "1942");
    expect("Prices will rise in the immediate future.", "the immediate future", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect("Such a war lies in the distant future.", "the distant future", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect_none("The troops will stay for the foreseeable future.");   /* TimeBank: 2 of 2 untagged */
    expect("Troops froze during the winter of 1941-42.", "the winter of 1941-42", DYAD_TIMEX_DATE, "1941-WI");
    expect("Troops froze during the winter of 1941-1942.", "the winter of 1941-1942", DYAD_TIMEX_DATE, "1941-WI");
    expect("Troops froze during the winter of 1941-43.", "the winter of 1941", DYAD_TIMEX_DATE, "1941-WI");
    expect("The minister will visit on Oct. 20 or 21.", "21", DYAD_TIMEX_DATE, "2021-10-21");
    expect_one("The fire killed 20 people on Oct. 20 or 21 others.");
    expect("Sales rose in the December quarter.", "the December quarter", DYAD_TIMEX_DATE, "2021-Q4");
    expect("Sales rose in the June quarter.", "the June quarter", DYAD_TIMEX_DATE, "2021-Q2");
    expect("GM lost money in the July-to-September quarter.", "the July-to-September quarter", DYAD_TIMEX_DATE,
           "2021-Q3");
    expect("Sales rose in the November quarter.", "November", DYAD_TIMEX_DATE, "2021-11");
    expect("The hostages were held for three nights.", "three nights", DYAD_TIMEX_DURATION, "P3D");
    expect("Rockets fell for two straight nights.", "two straight nights", DYAD_TIMEX_DURATION, "P2D");
    expect_none("He spent a night in jail.");
    /* a history's setting: a date years back that opens its sentence */
    expect("In May 1940 Germany invaded France. By June, Paris had fallen.", "June", DYAD_TIMEX_DATE, "1940-06");
    expect("In May 1940 Germany invaded France. In March, Italy attacked.", "March", DYAD_TIMEX_DATE, "1941-03");
    expect("In 1998 the bank collapsed. At the end of the year, it was sold.", "the end of the year",
           DYAD_TIMEX_DATE, "1998");
    expect("In 1976 the pound slid, and ministers asked for a loan in September.", "September", DYAD_TIMEX_DATE,
           "1976-09");
    expect("In 1998 the bank collapsed. It will be sold by the end of the year.", "the end of the year",
           DYAD_TIMEX_DATE, "2021");
    expect("The 1987 crash hurt. Prices fell in June.", "June", DYAD_TIMEX_DATE, "2021-06");
    expect("In 2020 the bank collapsed. Prices fell in June.", "June", DYAD_TIMEX_DATE, "2021-06");
    expect("On May 22, 1995, he was promoted, and the following year he moved. He was arrested in December.",
           "December", DYAD_TIMEX_DATE, "2020-12");
    /* "the period" with no quarter, half or year in context is a span of its own */
    expect_one("Hezbollah launched 383 attacks since last April. Shelling killed three during the same period.");
    expect_none("This will not affect its period of operation.");
    expect("Profit rose in the third quarter. Sales in the period fell.", "the period", DYAD_TIMEX_DATE, "2021-Q3");
    /* already read before this round */
    expect("Profit rose 8% in the fourth quarter.", "the fourth quarter", DYAD_TIMEX_DATE, "2021-Q4");
    expect("Net income fell in the year-earlier period.", "the year-earlier period", DYAD_TIMEX_DATE, "2020-Q3");
    expect("Revenue rose 5% over the past 12 months.", "the past 12 months", DYAD_TIMEX_DURATION, "P12M");
    expect("At present there are no talks.", "At present", DYAD_TIMEX_DATE, "PRESENT_REF");
    expect("Crowds gathered this past weekend.", "this past weekend", DYAD_TIMEX_DATE, "2021-W40-WE");
    expect("The troops landed at dawn on 6 June 1944.", "6 June 1944", DYAD_TIMEX_DATE, "1944-06-06");
    expect("The town was founded in the 18th century.", "the 18th century", DYAD_TIMEX_DATE, "17");
    expect("The invasion began in the early hours of 1 September 1939.", "the early hours of 1 September 1939",
           DYAD_TIMEX_TIME, "1939-09-01TMO");
    expect("The bank earned $3 billion in fiscal 2021's third quarter.", "fiscal 2021's third quarter",
           DYAD_TIMEX_DATE, "2021-Q3");
    expect("The economy grew in the October-December quarter.", "the October-December quarter", DYAD_TIMEX_DATE,
           "2021-Q4");
    expect("Prices fell for three straight months.", "three straight months", DYAD_TIMEX_DURATION, "P3M");
    expect("Protests continued for two straight days.", "two straight days", DYAD_TIMEX_DURATION, "P2D");
    expect("He stayed a fortnight in Rome.", "a fortnight", DYAD_TIMEX_DURATION, "P2W");
    expect("The rebels were given 48 hours to leave.", "48 hours", DYAD_TIMEX_DURATION, "PT48H");
    expect("Talks lasted into the small hours of Thursday.", "the small hours of Thursday", DYAD_TIMEX_TIME,
           "2021-10-14TMO");
    expect("The bombing happened on the night of 14 November 1940.", "the night of 14 November 1940",
           DYAD_TIMEX_TIME, "1940-11-14TNI");
    expect("The war ended 76 years ago.", "76 years ago", DYAD_TIMEX_DATE, "1945");
    expect("The king reigned for nearly half a century.", "nearly half a century", DYAD_TIMEX_DURATION, "P50Y");
    expect("In 1942 the army advanced. The preceding year it had retreated.", "The preceding year", DYAD_TIMEX_DATE,
           "1941");
    expect("The army landed on 6 June 1944. Two days earlier, storms had hit.", "Two days earlier", DYAD_TIMEX_DATE,
           "1944-06-04");
    expect("The deficit will narrow in the current fiscal year.", "the current fiscal year", DYAD_TIMEX_DATE, "2021");
    expect("Production fell in the first quarter of fiscal 2022.", "the first quarter of fiscal 2022",
           DYAD_TIMEX_DATE, "2022-Q1");
    expect("By the mid-1980s, the economy had collapsed.", "the mid-1980s", DYAD_TIMEX_DATE, "198");
    expect("The city was besieged for 872 days.", "872 days", DYAD_TIMEX_DURATION, "P872D");
    expect("The deal is due by the end of next month.", "the end of next month", DYAD_TIMEX_DATE, "2021-11");
}

static void ninth_round(void)
{
    /* years with an era */
    expect("Caesar was killed in 44 BC.", "44 BC", DYAD_TIMEX_DATE, "BC0044");
    expect("The temple dates from 500 B.C.", "500 B.C.", DYAD_TIMEX_DATE, "BC0500");
    expect("William invaded England in AD 1066.", "AD 1066", DYAD_TIMEX_DATE, "1066");
    expect("The state was founded in 1948 AD.", "1948 AD", DYAD_TIMEX_DATE, "1948");
    expect("The town fell in the third century BC.", "the third century BC", DYAD_TIMEX_DATE, "BC02");
    expect("She bought 2000 BC shares.", "2000", DYAD_TIMEX_DATE, "2000");
    expect_none("He was a BC resident.");
    /* this century's middle */
    expect("Emissions must fall to zero by mid-century.", "mid-century", DYAD_TIMEX_DATE, "20");
    expect_none("The furniture was mid-century modern.");
    /* a fiscal year with its number is one expression */
    expect("The budget for the fiscal year 2026 was approved.", "the fiscal year 2026", DYAD_TIMEX_DATE, "2026");
    expect("Profit rose in fiscal year 2020.", "fiscal year 2020", DYAD_TIMEX_DATE, "2020");
    /* halves: "latter", and of a decade or century; of anything else none */
    expect("Prices climbed in the latter half of 2021.", "the latter half of 2021", DYAD_TIMEX_DATE, "2021-H2");
    expect("The first half of the 20th century was violent.", "The first half of the 20th century",
           DYAD_TIMEX_DATE, "19");
    expect("Sales slowed in the last half of the '80s.", "the last half of the '80s", DYAD_TIMEX_DATE, "198");
    expect_none("The first half of the game was dull.");
    expect("Prices fell in the first half of the year.", "the first half of the year", DYAD_TIMEX_DATE, "2021-H1");
    /* the first and last day of a month */
    expect("Voting ends on the last day of October.", "the last day of October", DYAD_TIMEX_DATE, "2021-10-31");
    expect("Voting ended on the last day of February, 2020.", "the last day of February, 2020",
           DYAD_TIMEX_DATE, "2020-02-29");
    expect("The law takes effect on the first day of January.", "the first day of January", DYAD_TIMEX_DATE,
           "2022-01-01");
    expect_none("The ceasefire was agreed on the first day of the summit.");
    /* seasons as sets; first light as dawn */
    expect("The festival runs every summer.", "every summer", DYAD_TIMEX_SET, "XXXX-SU");
    expect("The troops advanced at first light on Sunday.", "first light", DYAD_TIMEX_TIME, "2021-10-10TMO");
    expect_none("It was the first light aircraft.");
    /* the rest of the list, which already worked */
    expect("The siege began in the winter of 1941.", "the winter of 1941", DYAD_TIMEX_DATE, "1941-WI");
    expect("The dam was finished in 1998. The following year, floods hit.", "The following year",
           DYAD_TIMEX_DATE, "1999");
    expect("Troops crossed on Oct. 3. The next morning, they withdrew.", "The next morning", DYAD_TIMEX_TIME,
           "2021-10-04TMO");
    expect("The summit is set for the second week of March.", "the second week of March", DYAD_TIMEX_DATE,
           "2022-W10");
    expect("Revenue fell in Q3.", "Q3", DYAD_TIMEX_DATE, "2021-Q3");
    expect("He left a fortnight ago.", "a fortnight ago", DYAD_TIMEX_DATE, "2021-W39");
    expect("The law takes effect three weeks from now.", "three weeks from now", DYAD_TIMEX_DATE, "2021-W44");
    expect("The vote began at 10:30 a.m. EST.", "10:30 a.m. EST", DYAD_TIMEX_TIME, "2021-10-15T10:30");
    expect("The company reported results on Monday. The previous day, shares fell.", "The previous day",
           DYAD_TIMEX_DATE, "2021-10-10");
    expect("The ceasefire held through the night.", "the night", DYAD_TIMEX_TIME, "2021-10-15TNI");
    expect("The referendum took place in September last year.", "September last year", DYAD_TIMEX_DATE,
           "2020-09");
    expect("The town was rebuilt in the mid-18th century.", "the mid-18th century", DYAD_TIMEX_DATE, "17");
    expect("He died in the early hours of Monday.", "the early hours of Monday", DYAD_TIMEX_TIME,
           "2021-10-11TMO");
}

static void twelfth_round(void)
{
    /* fixed in this round */
    expect("The army froze in the winter of 1941/42.", "the winter of 1941/42", DYAD_TIMEX_DATE, "1941-WI");
    expect("The army froze in the winter of 1941/1942.", "the winter of 1941/1942", DYAD_TIMEX_DATE, "1941-WI");
    expect("The army froze in the winter of 1941/43.", "the winter", DYAD_TIMEX_DATE, "2021-WI");   /* no span */
    expect("The attack began at 0400 hours.", "0400 hours", DYAD_TIMEX_TIME, "2021-10-15T04:00");
    expect("At 1430 hours the tanks moved.", "1430 hours", DYAD_TIMEX_TIME, "2021-10-15T14:30");
    expect("At 0400 hours on 22 June 1941 the guns fired.", "0400 hours", DYAD_TIMEX_TIME, "1941-06-22T04:00");
    expect("He logged 1000 hours of flight.", "1000 hours", DYAD_TIMEX_DURATION, "PT1000H");
    expect("They worked 2000 hours last year.", "2000 hours", DYAD_TIMEX_DURATION, "PT2000H");
    expect("The army advanced in the summer and autumn of 1942.", "the summer", DYAD_TIMEX_DATE, "1942-SU");
    expect("In the spring and summer of 1944 the war turned.", "the spring", DYAD_TIMEX_DATE, "1944-SP");
    expect("Last summer and the autumn of 1942 were dry.", "Last summer", DYAD_TIMEX_DATE, "2020-SU");
    expect("Mobs attacked on the night of 9-10 November 1938.", "the night of 9-10 November 1938", DYAD_TIMEX_TIME,
           "1938-11-09TNI");
    expect("Mobs attacked on the night of November 9-10.", "the night of November 9-10", DYAD_TIMEX_TIME,
           "2021-11-09TNI");
    expect("Troops landed on the night of June 5-6, 1944.", "the night of June 5-6, 1944", DYAD_TIMEX_TIME,
           "1944-06-05TNI");
    expect("The offensive began on 22 June 1941. The next morning the army withdrew.", "The next morning",
           DYAD_TIMEX_TIME, "1941-06-23TMO");
    expect("On Monday rebels attacked. The following evening Smith resigned.", "The following evening",
           DYAD_TIMEX_TIME, "2021-10-12TEV");
    expect_none("The next morning session was cancelled.");
    expect("The list could be made public early in the new year.", "the new year", DYAD_TIMEX_DATE, "2022");
    expect("Talks should end in the first half of the new year.", "the first half of the new year",
           DYAD_TIMEX_DATE, "2022-H1");
    expect_none("They met at the New Year festival.");
    expect_none("Families celebrate the New Year together.");
    /* checked and right before */
    expect("Output should recover by mid-2025.", "mid-2025", DYAD_TIMEX_DATE, "2025");
    expect("More rain is expected in the coming days.", "the coming days", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect("The meeting starts at 14:00 GMT.", "14:00 GMT", DYAD_TIMEX_TIME, "2021-10-15T14:00");
    expect("The blast occurred at 0300 GMT.", "0300 GMT", DYAD_TIMEX_TIME, "2021-10-15T03:00");
    expect("The empire collapsed in the 5th century AD.", "the 5th century AD", DYAD_TIMEX_DATE, "04");
    expect("Rome was founded in 753 BC.", "753 BC", DYAD_TIMEX_DATE, "BC0753");
    expect("The deal closed in the second half of last year.", "the second half of last year", DYAD_TIMEX_DATE,
           "2020-H2");
    expect("Clashes erupted late Thursday night.", "late Thursday night", DYAD_TIMEX_TIME, "2021-10-14TNI");
    expect("The siege lasted nine hundred days.", "nine hundred days", DYAD_TIMEX_DURATION, "P900D");
    expect("In the early hours of Sunday, gunmen attacked.", "the early hours of Sunday", DYAD_TIMEX_TIME,
           "2021-10-10TMO");
    expect("By nightfall the town had fallen.", "nightfall", DYAD_TIMEX_TIME, "2021-10-15TEV");
    expect("In May 1940, Germany invaded France. That autumn the king died.", "That autumn", DYAD_TIMEX_DATE,
           "1940-FA");
    expect("In the late 19th century the city grew.", "the late 19th century", DYAD_TIMEX_DATE, "18");
    expect("In the early 1800s they came.", "the early 1800s", DYAD_TIMEX_DATE, "18");   /* a century: the fifteenth round */
    expect("On the morning of 7 December 1941 the planes attacked.", "the morning of 7 December 1941",
           DYAD_TIMEX_TIME, "1941-12-07TMO");
    expect("In the '70s prices rose.", "the '70s", DYAD_TIMEX_DATE, "197");
    expect("By 0600 hrs on 6 June 1944 the troops landed.", "0600 hrs", DYAD_TIMEX_TIME, "1944-06-06T06:00");
    expect("Inflation hit a 30-year high this year.", "30-year", DYAD_TIMEX_DURATION, "P30Y");
    expect("They met on Christmas Eve.", "Christmas Eve", DYAD_TIMEX_DATE, "2020-12-24");   /* the last one */
    expect("Earlier today he resigned.", "Earlier today", DYAD_TIMEX_DATE, "2021-10-15");
    expect("Late yesterday they met.", "Late yesterday", DYAD_TIMEX_DATE, "2021-10-14");
    expect("In the July-September period it grew.", "the July-September period", DYAD_TIMEX_DATE, "2021-Q3");
    expect("Next summer the games open.", "Next summer", DYAD_TIMEX_DATE, "2022-SU");
    expect("The following winter was harsh.", "The following winter", DYAD_TIMEX_DATE, "2021-WI");
    expect("The offensive began on 22 June 1941. Three days later Kiev fell.", "Three days", DYAD_TIMEX_DURATION,
           "P3D");   /* TimeML's duration; the event stage dates the act by it */
    expect("He left Thursday afternoon.", "Thursday afternoon", DYAD_TIMEX_TIME, "2021-10-14TAF");
    expect("The leaders met Tuesday evening.", "Tuesday evening", DYAD_TIMEX_TIME, "2021-10-12TEV");
    expect("Within weeks the army had collapsed.", "weeks", DYAD_TIMEX_DURATION, "PXW");
    expect("He served in the 1990s and early 2000s.", "early 2000s", DYAD_TIMEX_DATE, "200");
    expect("He ruled for forty years.", "forty years", DYAD_TIMEX_DURATION, "P40Y");
    expect("He has served since last March.", "last March", DYAD_TIMEX_DATE, "2021-03");
    expect("The summit will be held in late November.", "late November", DYAD_TIMEX_DATE, "2021-11");
    expect("The embassy reopened in mid-October.", "mid-October", DYAD_TIMEX_DATE, "2021-10");
    expect("The war ended in the middle of 1945.", "the middle of 1945", DYAD_TIMEX_DATE, "1945");
    expect("Results are expected in the second quarter of 2022.", "the second quarter of 2022", DYAD_TIMEX_DATE,
           "2022-Q2");
    expect("Since the 1600s the town has stood.", "the 1600s", DYAD_TIMEX_DATE, "16");
    expect("In the spring of 1945 the Soviets reached Berlin.", "the spring of 1945", DYAD_TIMEX_DATE, "1945-SP");
    expect("He said it would happen in the next few weeks.", "the next few weeks", DYAD_TIMEX_DURATION, "PXW");
    expect("Prices were flat in the three months to September.", "the three months", DYAD_TIMEX_DURATION, "P3M");
    expect("The index closed at a two-year high.", "two-year", DYAD_TIMEX_DURATION, "P2Y");
    expect("The plant closed late last year.", "late last year", DYAD_TIMEX_DATE, "2020");
    expect_none("Tensions rose in the run-up to the election.");   /* an event's time, not a date */
    expect_none("By the end of the war the city was in ruins.");
}

/* Story Friday 2021-10-15, as everywhere here. */
static void thirteenth_round(void)
{
    /* fixed in this round */
    expect("Profit rose in 3Q 2021.", "3Q 2021", DYAD_TIMEX_DATE, "2021-Q3");
    expect("The 2H21 outlook is weak.", "2H21", DYAD_TIMEX_DATE, "2021-H2");
    expect("Sales fell in 3Q, it said.", "3Q", DYAD_TIMEX_DATE, "2021-Q3");
    expect("Growth slows in 1H 2020.", "1H 2020", DYAD_TIMEX_DATE, "2020-H1");
    expect("Trade fell in the interwar years.", "the interwar years", DYAD_TIMEX_DATE, "19");
    expect("In the inter-war period the city grew.", "the inter-war period", DYAD_TIMEX_DATE, "19");
    expect_none("The budget for the year 1443 Hijri was passed.");
    expect_none("Elections are due in 2079 BS.");
    expect_none("The law dates from the year 1388 in the Iranian calendar.");
    expect("It fell on 22 Bahman 1357 (February 11, 1979).", "February 11, 1979", DYAD_TIMEX_DATE, "1979-02-11");
    expect("In the year 2000 it rained.", "the year 2000", DYAD_TIMEX_DATE, "2000");
    /* checked and right before: no date, or the right one */
    expect_none("Voters will go to the polls on election day.");
    expect_none("The shrine was built in 1443 AH.");
    expect_none("Shops close for the holidays.");
    expect_none("The ministry will reply in due course.");
    expect_none("The ban stays in place for the time being.");
    expect_none("Leaders met on the eve of the summit.");
    expect_none("Crowds gathered on the anniversary of the war.");
    expect("Rates fell at the turn of the century.", "the turn of the century", DYAD_TIMEX_DATE, "2000");
    expect("Demand will peak in the mid-2020s.", "the mid-2020s", DYAD_TIMEX_DATE, "202");
    expect("Gunmen struck in the early hours of Monday.", "the early hours of Monday", DYAD_TIMEX_TIME,
           "2021-10-11TMO");
    expect("The previous week, he resigned.", "The previous week", DYAD_TIMEX_DATE, "2021-W40");
    expect("He left a fortnight ago.", "a fortnight ago", DYAD_TIMEX_DATE, "2021-W39");
    expect("Output rose in Q3 2021.", "Q3 2021", DYAD_TIMEX_DATE, "2021-Q3");
    expect("Results for FY2024 were strong.", "FY2024", DYAD_TIMEX_DATE, "2024");
    expect("Crime fell in the 1990s.", "the 1990s", DYAD_TIMEX_DATE, "199");
    expect("Prices doubled over the past decade.", "the past decade", DYAD_TIMEX_DATE, "201");
    expect("The firm was sold late last year.", "late last year", DYAD_TIMEX_DATE, "2020");
    expect("Earlier this month the talks failed.", "Earlier this month", DYAD_TIMEX_DATE, "2021-10");
    expect("More strikes are likely in the coming days.", "the coming days", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect("Troops must leave within 48 hours.", "48 hours", DYAD_TIMEX_DURATION, "PT48H");
}

/* Fourteenth round (story Friday 2021-10-15). */
static void fourteenth_round(void)
{
    /* "overnight" and a day is that day's night, as "Sunday night" is */
    expect("Rebels shelled the town overnight Sunday.", "overnight Sunday", DYAD_TIMEX_TIME, "2021-10-10TNI");
    expect("Rebels shelled the town overnight on Oct. 3.", "overnight on Oct. 3", DYAD_TIMEX_TIME,
           "2021-10-03TNI");
    expect("Rebels shelled the town overnight Tuesday to Wednesday.", "overnight Tuesday", DYAD_TIMEX_TIME,
           "2021-10-12TNI");
    /* "to the day" after a length makes it exact; "the day after" is no day of its own */
    expect("The bombing came three years to the day after the coup.", "three years", DYAD_TIMEX_DURATION, "P3Y");
    expect_one("The bombing came three years to the day after the coup.");
    expect_one("It fell one year to the day before the vote.");
    /* an anniversary is a date when what it remembers is dated: that date moved on by the count */
    expect("Crowds marked the 10th anniversary of the October 12, 2011 coup.",
           "the 10th anniversary of the October 12, 2011", DYAD_TIMEX_DATE, "2021-10-12");
    expect("Crowds marked the 88th anniversary of the 1917 Revolution.", "the 88th anniversary of the 1917",
           DYAD_TIMEX_DATE, "2005");
    expect("Crowds marked the fifth anniversary of Israel's 2006 war.", "the fifth anniversary of Israel's 2006",
           DYAD_TIMEX_DATE, "2011");
    expect("Crowds marked the first anniversary of the Oct. 7 attack.", "the first anniversary of the Oct. 7",
           DYAD_TIMEX_DATE, "2021-10-07");
    expect_none("Crowds marked the tenth anniversary of the coup.");
    /* an ordinal day of last, this or next month */
    expect("Talks resume on the 3rd of next month.", "the 3rd of next month", DYAD_TIMEX_DATE, "2021-11-03");
    expect("Talks ended on the 28th of last month.", "the 28th of last month", DYAD_TIMEX_DATE, "2021-09-28");
    expect("Talks end on the 20th of this month.", "the 20th of this month", DYAD_TIMEX_DATE, "2021-10-20");
    expect("Talks end on the 31st of next month.", "next month", DYAD_TIMEX_DATE, "2021-11");
    /* "the day after" a day named is the day after it; after an event the text does not date, none */
    expect("The vote was moved to the day after Christmas.", "the day after Christmas", DYAD_TIMEX_DATE,
           "2021-12-26");
    expect("The vote is the day after Oct. 20.", "the day after Oct. 20", DYAD_TIMEX_DATE, "2021-10-21");
    expect_none("He spoke the day after the attack.");
    expect("He had arrived the day before.", "the day before", DYAD_TIMEX_DATE, "2021-10-14");
    /* "this weekend" after a past verb, in a story of Monday to Friday, is the one just past */
    expect("Leaders met this weekend.", "this weekend", DYAD_TIMEX_DATE, "2021-W40-WE");
    expect("Leaders meet this weekend.", "this weekend", DYAD_TIMEX_DATE, "2021-W41-WE");
    /* "would have" before a date is a past that might have been, not a future */
    expect("The king would have been 85 on October 2.", "October 2", DYAD_TIMEX_DATE, "2021-10-02");
    expect("Prices would have risen by 0.1 percent in July.", "July", DYAD_TIMEX_DATE, "2021-07");
    expect("The concert is due on Oct. 2, which would have been her birthday.", "Oct. 2", DYAD_TIMEX_DATE,
           "2022-10-02");
    /* a month and day between "the" and a deed that is over once told lie behind the story */
    expect("The council should shed light on the Oct. 20 assassination of the mayor.", "Oct. 20",
           DYAD_TIMEX_DATE, "2020-10-20");
    expect("The Oct. 20 election will be close.", "Oct. 20", DYAD_TIMEX_DATE, "2021-10-20");
    expect("Troops will leave under the Nov. 2 Helsinki peace accord.", "Nov. 2", DYAD_TIMEX_DATE, "2020-11-02");
    /* a bare season: before a past verb when this year's has not begun yet, ahead in a future when it is over */
    dyad_timex spring[2];
    const char *began = "The offensive began in the spring.";   /* in a January story: last year's */
    CHECK(dyad_timex_find(began, strlen(began), "2021-01-20", spring, 2) == 1);
    CHECK_STR(spring[0].value, "2020-SP");
    expect("Talks will resume in the spring.", "the spring", DYAD_TIMEX_DATE, "2022-SP");
    expect("Talks resumed in the spring.", "the spring", DYAD_TIMEX_DATE, "2021-SP");
    /* "the fall of" or "in" a thing is a noun */
    expect_none("Violence has raged since the fall of Saddam Hussein.");
    expect_none("Maybank led the fall in banking stocks.");
}

static void fifteenth_round(void)
{
    /* years of history before 1800 after a preposition of time; not a count after it, nor after "from" */
    expect("The treaty was signed in 1648.", "1648", DYAD_TIMEX_DATE, "1648");
    expect("The city grew after 1492, when trade came.", "1492", DYAD_TIMEX_DATE, "1492");
    expect("In 1750 the city grew.", "1750", DYAD_TIMEX_DATE, "1750");
    expect_none("Police seized drugs in 1500 raids.");
    expect_none("The index fell from 1200 to 1150 points.");
    expect_none("The index stood at 1750.");
    expect("Riots broke out in late 1789.", "late 1789", DYAD_TIMEX_DATE, "1789");
    expect("It was signed in mid-1648.", "mid-1648", DYAD_TIMEX_DATE, "1648");
    expect("He ruled from 1509 to 1547.", "1509", DYAD_TIMEX_DATE, "1509");
    expect("He ruled from 1509 to 1547.", "1547", DYAD_TIMEX_DATE, "1547");
    expect("The relic vanished between 1202 and 1204, carried off by knights.", "1204", DYAD_TIMEX_DATE, "1204");
    expect_none("The index rose from 1150 to 1200 points.");
    expect_none("Output grew from 1500 to 1600 tonnes.");
    /* "the 1600s" is a century; "the 1990s" a decade */
    expect("By the 1600s it was a town.", "the 1600s", DYAD_TIMEX_DATE, "16");
    expect("In the early 1800s it grew.", "the early 1800s", DYAD_TIMEX_DATE, "18");
    expect("In the 1990s it grew.", "the 1990s", DYAD_TIMEX_DATE, "199");
    /* a range written day first: the first day in the last day's month */
    expect("He will visit from 7th to 9th December.", "7th", DYAD_TIMEX_DATE, "2021-12-07");
    expect("He will visit 7-9 December 2022.", "7", DYAD_TIMEX_DATE, "2022-12-07");
    expect("He will visit from the 7th to the 9th of December.", "the 7th", DYAD_TIMEX_DATE, "2021-12-07");
    expect("He will visit from the 7th to the 9th of December.", "the 9th of December", DYAD_TIMEX_DATE,
           "2021-12-09");
    expect_none("Prices rose 7 to 9 percent.");
    /* a bare unit counted from an event the text does not date is none; in apposition to a date, that date */
    expect_none("They met the week after Bush won.");
    expect_none("Training is scheduled for the week before each match.");
    expect("She was held in 1981, the year before the massacre.", "the year", DYAD_TIMEX_DATE, "1981");
    expect("In October, the month after the coup, sales fell.", "the month", DYAD_TIMEX_DATE, "2021-10");
    expect("Shares rose over the week before closing for a holiday.", "the week", DYAD_TIMEX_DATE, "2021-W41");
    expect("Troops will leave by the end of the year after a long mandate.", "the end of the year",
           DYAD_TIMEX_DATE, "2021");
    /* a passive infinitive of a plan reaches as an active one does; after a report it is past */
    expect("The deal is expected to be formally signed by both leaders on Tuesday.", "Tuesday", DYAD_TIMEX_DATE,
           "2021-10-19");
    expect("A declaration is expected to be issued after they wrap up the meeting on Sunday.", "Sunday",
           DYAD_TIMEX_DATE, "2021-10-17");
    expect("He was found to be injured on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("The bill was said to be passed on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("An interview to be broadcast Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    /* numeric dates: dots are day first, a four-digit year first is year/month/day, hyphens read as slashes */
    expect("It happened on 20.10.2021.", "20.10.2021", DYAD_TIMEX_DATE, "2021-10-20");
    expect("It happened on 03.04.2021.", "03.04.2021", DYAD_TIMEX_DATE, "2021-04-03");
    expect("It happened on 2021/03/04.", "2021/03/04", DYAD_TIMEX_DATE, "2021-03-04");
    expect("It happened on 10-11-2021.", "10-11-2021", DYAD_TIMEX_DATE, "2021-10-11");
    expect("It happened on 03-04-2021.", "03-04-2021", DYAD_TIMEX_DATE, "2021");
    expect("It happened on 03/04/2021.", "03/04/2021", DYAD_TIMEX_DATE, "2021");
    /* "the day after" an event its clause dates: the day after that date */
    expect("They spoke the day after Abe took office on Sept. 26, officials said.", "the day after",
           DYAD_TIMEX_DATE, "2021-09-27");
    expect_none("They spoke the day after Abe took office, officials said.");
    /* a week of last, this or next month */
    expect("Talks open the first week of next month.", "the first week of next month", DYAD_TIMEX_DATE, "2021-W44");
    expect("Talks ended the last week of last month.", "the last week of last month", DYAD_TIMEX_DATE, "2021-W39");
}

static void sixteenth_round(void)
{
    /* a plan told right after a weekday puts it ahead (story Friday 2021-10-15) */
    expect("On Saturday he is scheduled to meet the king.", "Saturday", DYAD_TIMEX_DATE, "2021-10-16");
    expect("He held talks Friday and on Saturday was expected to fly home.", "Saturday", DYAD_TIMEX_DATE,
           "2021-10-16");
    expect("On Tuesday, the two leaders are to sign a pact.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    /* ... not another verb's plan, nor a weekday owned by a noun */
    expect("He said on Tuesday that prices were set to fall.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("The drills began on Tuesday and are to be held at sea.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("Tuesday's vote was expected to be close.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    /* a month with "that year", "the following year": the year of the date in context */
    expect("He wrote the December 1976 note. In September that year, he resigned.", "September that year",
           DYAD_TIMEX_DATE, "1976-09");
    expect("He was elected in 1976. In March of that year, he resigned.", "March of that year",
           DYAD_TIMEX_DATE, "1976-03");
    expect("He was elected in 1976. In June the following year, he resigned.", "June the following year",
           DYAD_TIMEX_DATE, "1977-06");
    expect("He was elected in March 1976 and quit in June the same year.", "June the same year",
           DYAD_TIMEX_DATE, "1976-06");
    expect("It fell in May the year.", "May", DYAD_TIMEX_DATE, "2021-05");
    /* a year joined by a hyphen to a word is a name or a count */
    expect("A Mirage 2000-D jet dropped a bomb on Oct. 3.", "Oct. 3", DYAD_TIMEX_DATE, "2021-10-03");
    expect_none("The 2000-strong force arrived.");
    expect("Debt rose by 2005-end.", "2005", DYAD_TIMEX_DATE, "2005");
}

/* The seventeenth round (story Friday 2021-10-15 unless told). */
static void seventeenth_round(void)
{
    /* a year that ends a name is no year: TimeML leaves names alone */
    expect("He bought Windows 2000 in 2001.", "2001", DYAD_TIMEX_DATE, "2001");
    expect_one("He bought Windows 2000 in 2001.");
    expect_none("Greece, the Euro 2004 champions, lost.");
    expect_none("It broke the Criminal Code Act 1995 twice.");
    expect("Sales Rise In 2005 as prices fall.", "2005", DYAD_TIMEX_DATE, "2005");
    expect("They wonder: Will 2007 be the year?", "2007", DYAD_TIMEX_DATE, "2007");
    expect("Since 2000 prices rose.", "2000", DYAD_TIMEX_DATE, "2000");
    /* a prospect governs the weekday: it lies ahead (story Friday 2021-10-15) */
    expect("He raised the possibility of a meeting on Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("He said before expressing hopes for a peaceful vote on Thursday.", "Thursday", DYAD_TIMEX_DATE,
           "2021-10-21");
    expect("He announced plans for talks that collapsed on Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    expect("On Monday he raised the possibility of a meeting.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    expect("Bremen warmed up for Tuesday's tussle with Barcelona.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("It prepared the ground for a possible meeting over the weekend.", "the weekend", DYAD_TIMEX_DATE,
           "2021-W41-WE");
    expect("Of the seats up for grabs in Tuesday's run-offs, rebels won ten.", "Tuesday", DYAD_TIMEX_DATE,
           "2021-10-12");
    /* a quotation's relative days count from the day it was spoken */
    expect("He said on Tuesday: \"We met them yesterday.\"", "yesterday", DYAD_TIMEX_DATE, "2021-10-11");
    expect("\"We will meet tomorrow,\" he told reporters in Paris on Tuesday.", "tomorrow", DYAD_TIMEX_DATE,
           "2021-10-13");
    expect("\"We will meet tomorrow,\" he told reporters in Paris on Tuesday.", "Tuesday", DYAD_TIMEX_DATE,
           "2021-10-12");
    expect("\u201cWe met them yesterday,\u201d he said on Tuesday.", "yesterday", DYAD_TIMEX_DATE, "2021-10-11");
    expect("He said: \"We met them yesterday.\"", "yesterday", DYAD_TIMEX_DATE, "2021-10-14");
    expect("He said on Tuesday that they met yesterday.", "yesterday", DYAD_TIMEX_DATE, "2021-10-14");
    /* a shift "earlier than" something is a length; days count from a day or a week */
    expect("He left two days earlier than planned.", "two days", DYAD_TIMEX_DURATION, "P2D");
    expect("Shares rose since February. Turnover was lower a day earlier.", "a day earlier", DYAD_TIMEX_DATE,
           "2021-10-14");
    expect("They met this weekend. Two days earlier, he left.", "Two days earlier", DYAD_TIMEX_DATE, "2021-W40");
    expect("They met on Oct. 3. Two days earlier, he left.", "Two days earlier", DYAD_TIMEX_DATE, "2021-10-01");
    /* "opening" right before a weekday, "here" between, looks ahead */
    expect("He is in Rome for a summit opening here Saturday.", "Saturday", DYAD_TIMEX_DATE, "2021-10-16");
    expect("The ship, due here Tuesday, carries 450 marines.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("He spoke at the opening Saturday.", "Saturday", DYAD_TIMEX_DATE, "2021-10-09");
    /* a part of the day takes a day in context more than a week ahead only in a sentence about the future */
    expect("They play on Dec. 12. Fans stayed up to watch the draw in the early morning.", "early morning",
           DYAD_TIMEX_TIME, "2021-10-15TMO");
    expect("They play on Dec. 12. Fans will gather in the morning.", "the morning", DYAD_TIMEX_TIME, "2021-12-12TMO");
    expect("They play on Oct. 18. Fans gather in the morning.", "the morning", DYAD_TIMEX_TIME, "2021-10-18TMO");
    /* "that" after a verb opens a clause: no determiner of the quarter */
    expect("The bank estimated that fourth quarter output will grow.", "fourth quarter", DYAD_TIMEX_DATE, "2021-Q4");
    expect("That fourth quarter profit rose.", "That fourth quarter", DYAD_TIMEX_DATE, "2021-Q4");
    /* "ends" is a verb of a schedule; a list of months takes the year told after the last */
    expect("The conference, which ends Sunday, calls for a deal.", "Sunday", DYAD_TIMEX_DATE, "2021-10-17");
    expect("Talks had been held in August and December last year.", "August", DYAD_TIMEX_DATE, "2020-08");
    expect("Talks will be held in March and June next year.", "March", DYAD_TIMEX_DATE, "2022-03");
    /* a half of a game is no half of the year */
    expect_none("His first-half goal was ruled out for offside.");
    expect("He scored 15 minutes into the second half.", "15 minutes", DYAD_TIMEX_DURATION, "PT15M");
    expect_one("He scored 15 minutes into the second half.");
    expect("Profit rose in the first half, the firm said.", "the first half", DYAD_TIMEX_DATE, "2021-H1");
    expect_none("He scored on a six-yard run with 3:57 left in the fourth quarter.");
    /* "the present" before a noun or a number is an adjective */
    expect_none("The king reshuffled the present 22-member council.");
    /* numbers with thousands separators are whole; the tail of a decimal is no number */
    expect("It was unveiled exactly 1,000 days before the games.", "1,000 days", DYAD_TIMEX_DURATION, "P1000D");
    expect("The temple was built about 1,300 years ago.", "about 1,300 years ago", DYAD_TIMEX_DATE, "0721");
    expect("He won the 100m in 9.88 seconds.", "9.88 seconds", DYAD_TIMEX_DURATION, "PT9.88S");
    expect_one("He won the 100m in 9.88 seconds.");
    /* a capitalised "Daily" inside a sentence names a paper; "day-night" is a kind of match */
    expect_none("The article was published by People's Daily.");
    expect("Flights resume daily.", "daily", DYAD_TIMEX_SET, "P1D");
    expect_none("The next match is a day-night match.");
    /* a clock time after a possessive day is on that day */
    expect("The euro was quoted against Thursday's 5 p.m. quotes.", "5 p.m.", DYAD_TIMEX_TIME, "2021-10-14T17:00");
    /* a past verb after "who" or "which" tells a relative clause in the past */
    expect("On Tuesday they will play Motherwell, who drew at home to Celtic on Saturday.", "Saturday",
           DYAD_TIMEX_DATE, "2021-10-09");
    expect("On Tuesday they will play Motherwell, who play at home on Saturday.", "Saturday", DYAD_TIMEX_DATE,
           "2021-10-16");
    /* a possessive day takes the tense of its noun's verb; a passive infinitive reaches past a place */
    expect("As always, Saturday's celebrations will be a mix of liturgy and dance.", "Saturday", DYAD_TIMEX_DATE,
           "2021-10-16");
    expect("The poll, to be published in the paper Monday, put Labour ahead.", "Monday", DYAD_TIMEX_DATE,
           "2021-10-18");
    /* "to power" is no infinitive: the past verb before it governs the month */
    expect("Aid was frozen after Hamas came to power in January.", "January", DYAD_TIMEX_DATE, "2021-01");
    expect("He decided to hold talks in December.", "December", DYAD_TIMEX_DATE, "2021-12");
    /* "of this year", "of last year" after a month are its year */
    expect("They had planned a launch in March of this year.", "March of this year", DYAD_TIMEX_DATE, "2021-03");
    expect("Attacks rose since mid-December of last year.", "mid-December of last year", DYAD_TIMEX_DATE,
           "2020-12");
    expect_none("Shares worth 1.1802 billion dollars changed hands.");
    expect_none("Under the present system, votes are weighted.");
    expect("Up to the present, nothing changed.", "the present", DYAD_TIMEX_DATE, "PRESENT_REF");
    expect("The present is calm.", "The present", DYAD_TIMEX_DATE, "PRESENT_REF");
    expect("Sales rose in the fourth quarter, the firm said.", "the fourth quarter", DYAD_TIMEX_DATE, "2021-Q4");
    expect("The team's goal is to grow in the first half of 2022.", "the first half of 2022", DYAD_TIMEX_DATE,
           "2022-H1");
}

/* The eighteenth round (story Friday 2021-10-15). */
static void nineteenth_round(void)
{
    /* modern formats, each with its story date */
    const char *march = "2024-03-20";   /* a Wednesday, in 2024-Q1 and 2024-H1 */
    expect_dated(march, "It was released on 2024-03-15 in Geneva.", "2024-03-15", DYAD_TIMEX_DATE, "2024-03-15");
    expect_dated(march, "The deal was signed on 15/03/2024.", "15/03/2024", DYAD_TIMEX_DATE, "2024-03-15");
    expect_dated(march, "The talks began on March 15th.", "March 15th", DYAD_TIMEX_DATE, "2024-03-15");
    expect_dated(march, "He arrived on the 15th, officials said.", "the 15th", DYAD_TIMEX_DATE, "2024-03-15");
    expect_dated(march, "The vote is due in mid-March.", "mid-March", DYAD_TIMEX_DATE, "2024-03");
    expect_dated(march, "Elections are due in early 2025.", "early 2025", DYAD_TIMEX_DATE, "2025");
    expect_dated(march, "Sales rose in Q3 2024.", "Q3 2024", DYAD_TIMEX_DATE, "2024-Q3");
    expect_dated(march, "Sales will rise in FY2025.", "FY2025", DYAD_TIMEX_DATE, "2025");
    expect_dated(march, "Costs rose in H1 2024.", "H1 2024", DYAD_TIMEX_DATE, "2024-H1");
    expect_dated(march, "Within 24 hours the rebels agreed.", "24 hours", DYAD_TIMEX_DURATION, "PT24H");
    expect_dated(march, "They agreed to a 48-hour ceasefire.", "48-hour", DYAD_TIMEX_DURATION, "PT48H");
    expect_dated(march, "Rebels attacked the town overnight.", "overnight", DYAD_TIMEX_TIME, "2024-03-19TNI");
    expect_dated(march, "Rebels attacked late Monday night.", "late Monday night", DYAD_TIMEX_TIME,
                 "2024-03-18TNI");
    expect_dated(march, "Shells fell in the early hours of Sunday.", "the early hours of Sunday", DYAD_TIMEX_TIME,
                 "2024-03-17TMO");
    expect_dated(march, "The leaders met this past weekend.", "this past weekend", DYAD_TIMEX_DATE, "2024-W11-WE");
    expect_dated(march, "They talked over the past week.", "the past week", DYAD_TIMEX_DATE, "2024-W11");
    /* a quarter or half in a company's code is dated as "the fourth quarter": last year's when not begun */
    expect_dated(march, "Profits fell in Q4.", "Q4", DYAD_TIMEX_DATE, "2023-Q4");
    expect_dated(march, "Profits fell in 4Q.", "4Q", DYAD_TIMEX_DATE, "2023-Q4");
    expect_dated(march, "Profits fell in H2.", "H2", DYAD_TIMEX_DATE, "2023-H2");
    expect_dated(march, "Profits fell in the second half.", "the second half", DYAD_TIMEX_DATE, "2023-H2");
    expect_dated(march, "Profits will rise in Q4.", "Q4", DYAD_TIMEX_DATE, "2024-Q4");
    expect_dated(march, "Profits rose in Q1.", "Q1", DYAD_TIMEX_DATE, "2024-Q1");
    /* ISO 8601 date and time; the zone is read and left out */
    expect_dated(march, "It said on 2024-03-15T10:00 that it had left.", "2024-03-15T10:00", DYAD_TIMEX_TIME,
                 "2024-03-15T10:00");
    expect_dated(march, "Posted 2024-03-15T10:00:30Z by staff.", "2024-03-15T10:00:30Z", DYAD_TIMEX_TIME,
                 "2024-03-15T10:00:30");
    expect_dated(march, "Posted 2024-03-15T10:00+03:00 by staff.", "2024-03-15T10:00+03:00", DYAD_TIMEX_TIME,
                 "2024-03-15T10:00");
    expect_dated(march, "Posted 2024-03-15T10:00-0500 by staff.", "2024-03-15T10:00-0500", DYAD_TIMEX_TIME,
                 "2024-03-15T10:00");
    expect_none("Posted 2021-03-15T25:00 by staff.");
    /* "last" after a modal is the verb, no marker of the past */
    expect("The truce will last until Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("It is expected to last 48 hours from Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    /* a weekend ahead of a day named earlier in the sentence comes after that day */
    expect_dated("2005-11-07", "Layton said on Friday he would consider the proposal over the weekend.",
                 "the weekend", DYAD_TIMEX_DATE, "2005-W44-WE");
    expect_dated("2005-11-07", "Layton said he would consider the proposal over the weekend.", "the weekend",
                 DYAD_TIMEX_DATE, "2005-W45-WE");
    /* "the" is the extent's before a day and its month, whatever word comes before */
    expect("The summit is set for the 1st of April.", "the 1st of April", DYAD_TIMEX_DATE, "2022-04-01");
    expect("We do not condemn the 27th of April.", "the 27th of April", DYAD_TIMEX_DATE, "2021-04-27");
    /* "overnight into Tuesday": the night before that day, the day an expression of its own */
    expect_dated(march, "Fighting continued overnight into Tuesday.", "overnight", DYAD_TIMEX_TIME, "2024-03-18TNI");
    expect_dated(march, "Fighting continued overnight into Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2024-03-19");
    /* "the same day" told in the past is no day still to come */
    expect("Her decision is due to be announced on Sunday night. She said earlier the same day that it was hard.",
           "earlier the same day", DYAD_TIMEX_DATE, "2021-10-15");
    expect("The vote is due on Sunday. Results will be known the same day.", "the same day", DYAD_TIMEX_DATE,
           "2021-10-17");
    /* a saying after a past going public dates the going */
    expect("He went on television to vow late on Thursday that he would stay.", "late on Thursday",
           DYAD_TIMEX_DATE, "2021-10-14");
    expect("He is expected to announce on Thursday that he would stay.", "Thursday", DYAD_TIMEX_DATE,
           "2021-10-21");
}

static void eighteenth_round(void)
{
    /* a day between a verb of saying and "that" dates the saying, whatever the tense of what was said */
    expect("The minister made it clear Thursday that talks would go on.", "Thursday", DYAD_TIMEX_DATE,
           "2021-10-14");
    expect("He told reporters on Monday that he would run.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    expect("Wen told his French hosts Tuesday that more effort was needed.", "Tuesday", DYAD_TIMEX_DATE,
           "2021-10-12");
    expect("He will tell reporters Monday that he would run.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("He is expected to announce Monday that he will run.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    /* the weekday of a clock time takes the tense read where the clock time begins */
    expect("Iran is threatening to close the strait at 10 a.m. Monday.", "10 a.m. Monday", DYAD_TIMEX_TIME,
           "2021-10-18T10:00");
    expect("The blast happened at 3 a.m. Tuesday.", "3 a.m. Tuesday", DYAD_TIMEX_TIME, "2021-10-12T03:00");
    /* a day that names a body or a place is no date; a year joined to a name is none */
    expect_none("Leaders of the March 14 movement met in Beirut.");
    expect_none("Traffic on the 6th of October bridge was halted.");
    expect_none("He lives in 6 October City.");
    expect("The Oct. 5 bridge collapse killed ten.", "Oct. 5", DYAD_TIMEX_DATE, "2021-10-05");
    expect_none("Delegates at APEC-2006 agreed on trade.");
    expect("Mid-2006 saw a rise.", "Mid-2006", DYAD_TIMEX_DATE, "2006");
    expect("Lebanon's 1975-1990 civil war ended.", "1990", DYAD_TIMEX_DATE, "1990");
    /* decimal counts: a half as "2 1/2" is written, other fractions on the last unit */
    expect("He served 2.5 years in prison.", "2.5 years", DYAD_TIMEX_DURATION, "P2Y6M");
    expect("It took 1.5 hours.", "1.5 hours", DYAD_TIMEX_DURATION, "PT1H30M");
    expect("He played 30.8 minutes a game.", "30.8 minutes", DYAD_TIMEX_DURATION, "PT30.8M");
    expect("The war lasted 1.5 decades.", "1.5 decades", DYAD_TIMEX_DURATION, "P15Y");
    expect("It lasted about 2.5 years.", "about 2.5 years", DYAD_TIMEX_DURATION, "P2Y6M");
    expect_none("Prices rose 2.5 percent.");
    /* a threat looks ahead as a promise does; "includes" tells a schedule */
    expect("The row threatened to disrupt gas supplies to Europe from Monday.", "Monday", DYAD_TIMEX_DATE,
           "2021-10-18");
    expect("He began a stay in Washington, which includes talks Tuesday with the vice president.", "Tuesday",
           DYAD_TIMEX_DATE, "2021-10-19");
    /* "thousand" multiplies a count in words */
    expect("They began to import books some two thousand years ago.", "two thousand years ago", DYAD_TIMEX_DATE,
           "0021");
    expect("It was built a thousand years ago.", "a thousand years ago", DYAD_TIMEX_DATE, "1021");
    expect("It lasted two thousand years.", "two thousand years", DYAD_TIMEX_DURATION, "P2000Y");
    /* vague and shaded periods, as TimeBank has them */
    expect("Violence has grown over the past decade.", "the past decade", DYAD_TIMEX_DATE, "201");
    expect("Prices will rise in the coming months.", "the coming months", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect("The plant closed late last year.", "late last year", DYAD_TIMEX_DATE, "2020");
    expect("The talks collapsed earlier this month.", "earlier this month", DYAD_TIMEX_DATE, "2021-10");
    expect("Fighting continued over the weekend.", "the weekend", DYAD_TIMEX_DATE, "2021-W40-WE");
    expect("Leaders will meet at the weekend.", "the weekend", DYAD_TIMEX_DATE, "2021-W41-WE");
    /* "the weekend" looks ahead by the rules of a weekday: a plan, a schedule, an infinitive */
    expect("With peace talks due to start in Pretoria at the weekend, the crisis came at a bad time.", "the weekend",
           DYAD_TIMEX_DATE, "2021-W41-WE");
    expect("Leaders are meeting at the weekend in Rome.", "the weekend", DYAD_TIMEX_DATE, "2021-W41-WE");
    expect("He told reporters at the weekend that he would resign.", "the weekend", DYAD_TIMEX_DATE, "2021-W40-WE");
}

/* The twentieth round: sixty expressions written for news in general,
 * each in its own sentence (story date Friday 2021-10-15), and the fixes
 * they asked for: fiscal codes after a quarter, "a fortnight ago" at week
 * granularity, "in two years' time", a purpose after a past going and a
 * plan pressed for in the progressive. */
static void twentieth_round(void)
{
    expect("The minister visited Kabul a fortnight ago to meet tribal elders.", "a fortnight ago", DYAD_TIMEX_DATE, "2021-W39");
    expect("Rebels shelled the town the day before yesterday, residents said.", "the day before yesterday", DYAD_TIMEX_DATE, "2021-10-13");
    expect("The parliament will vote on the budget two weeks from now.", "two weeks from now", DYAD_TIMEX_DATE, "2021-W43");
    expect("The two leaders are expected to meet later this year in Geneva.", "later this year", DYAD_TIMEX_DATE, "2021");
    expect("Elections are due next spring, the commission said.", "next spring", DYAD_TIMEX_DATE, "2022-SP");
    expect("Troops entered the village on Monday and withdrew the following day.", "the following day", DYAD_TIMEX_DATE, "2021-10-12");
    expect("The government said it would announce new measures within days.", "days", DYAD_TIMEX_DURATION, "PXD");
    expect("The country has been ruled by the military since 2019.", "2019", DYAD_TIMEX_DATE, "2019");
    expect("The ceasefire will hold until March, the mediators said.", "March", DYAD_TIMEX_DATE, "2022-03");
    expect("The two countries fought a border war in the 1990s.", "the 1990s", DYAD_TIMEX_DATE, "199");
    expect("Relations were restored in the late 1980s after years of hostility.", "the late 1980s", DYAD_TIMEX_DATE, "198");
    expect("The group was founded around the turn of the century.", "around the turn of the century", DYAD_TIMEX_DATE, "2000");
    expect("The president will address the nation before Christmas.", "Christmas", DYAD_TIMEX_DATE, "2021-12-25");
    expect("The curfew will be lifted on New Year's Eve.", "New Year's Eve", DYAD_TIMEX_DATE, "2021-12-31");
    expect("The ministry expects a deficit in fiscal 2022.", "fiscal 2022", DYAD_TIMEX_DATE, "2022");
    expect("The company reported weaker sales in Q1 FY2025.", "Q1 FY2025", DYAD_TIMEX_DATE, "2025-Q1");
    expect("The polls closed at 14:00 GMT on Friday.", "14:00 GMT", DYAD_TIMEX_TIME, "2021-10-15T14:00");
    expect("Protesters gathered outside the embassy at noon.", "noon", DYAD_TIMEX_TIME, "2021-10-15T12:00");
    expect("The curfew begins at midnight tonight.", "midnight tonight", DYAD_TIMEX_TIME, "2021-10-15T24:00");
    expect("Police raided the camp at dawn.", "dawn", DYAD_TIMEX_TIME, "2021-10-15TMO");
    expect("Opposition supporters have marched every Monday since June.", "every Monday", DYAD_TIMEX_SET, "XXXX-WXX-1");
    expect("The ministry publishes casualty figures daily.", "daily", DYAD_TIMEX_SET, "P1D");
    expect("The summit is held annually in Brussels.", "annually", DYAD_TIMEX_SET, "P1Y");
    expect("The prime minister began a three-day visit to Japan.", "three-day", DYAD_TIMEX_DURATION, "P3D");
    expect("The two clans have feuded for decades.", "decades", DYAD_TIMEX_DURATION, "PXE");
    expect("The army launched an offensive last week.", "last week", DYAD_TIMEX_DATE, "2021-W40");
    expect("The envoy met rebel leaders earlier this month.", "earlier this month", DYAD_TIMEX_DATE, "2021-10");
    expect("A decision is expected in the coming weeks.", "the coming weeks", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect("Troops will leave by the end of the year.", "the end of the year", DYAD_TIMEX_DATE, "2021");
    expect("The plant should open by mid-2022.", "mid-2022", DYAD_TIMEX_DATE, "2022");
    expect("Growth will pick up in the second half of next year.", "the second half of next year", DYAD_TIMEX_DATE, "2022-H2");
    expect("Thousands are expected to march this weekend.", "this weekend", DYAD_TIMEX_DATE, "2021-W41-WE");
    expect("The council will meet next Tuesday.", "next Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("Gunmen killed five soldiers on Sunday.", "Sunday", DYAD_TIMEX_DATE, "2021-10-10");
    expect("Explosions were heard in the capital on Monday night.", "Monday night", DYAD_TIMEX_TIME, "2021-10-11TNI");
    expect("The strike has lasted three months.", "three months", DYAD_TIMEX_DURATION, "P3M");
    expect("Exports have doubled over the past five years.", "the past five years", DYAD_TIMEX_DURATION, "P5Y");
    expect("The company hopes to list its shares in two years' time.", "two years' time", DYAD_TIMEX_DATE, "2023");
    expect("The rebels gave the army the next 48 hours to withdraw.", "the next 48 hours", DYAD_TIMEX_DURATION, "PT48H");
    expect("The talks collapsed in early October.", "early October", DYAD_TIMEX_DATE, "2021-10");
    expect("The court ruled late last month that the vote was valid.", "late last month", DYAD_TIMEX_DATE, "2021-09");
    expect("The attacks of Sept. 11, 2001 changed US policy.", "Sept. 11, 2001", DYAD_TIMEX_DATE, "2001-09-11");
    expect("The president arrived in Cairo this morning.", "this morning", DYAD_TIMEX_TIME, "2021-10-15TMO");
    expect("The quake struck at 6:30 a.m. local time.", "6:30 a.m. local time", DYAD_TIMEX_TIME, "2021-10-15T06:30");
    expect_none("The two sides hold weekly talks in Oslo.");   /* an adjective of frequency: TimeBank leaves "quarterly dividend" */
    expect("Inspectors visit the site twice a month.", "twice a month", DYAD_TIMEX_SET, "P1M");
    expect("Profit rose 12 percent from a year earlier.", "a year earlier", DYAD_TIMEX_DATE, "2020");
    expect("The dam was built two decades ago.", "two decades ago", DYAD_TIMEX_DATE, "200");
    expect("The protests began in the summer of 2020.", "the summer of 2020", DYAD_TIMEX_DATE, "2020-SU");
    expect("Gas supplies were cut last winter.", "last winter", DYAD_TIMEX_DATE, "2020-WI");
    expect("The economy shrank in the third quarter of 2020.", "the third quarter of 2020", DYAD_TIMEX_DATE, "2020-Q3");
    expect("At least 30 people were killed in the past 24 hours.", "the past 24 hours", DYAD_TIMEX_DURATION, "PT24H");
    expect("The minister resigned on Thursday evening.", "Thursday evening", DYAD_TIMEX_TIME, "2021-10-14TEV");
    expect("The treaty was signed in the mid-1990s.", "the mid-1990s", DYAD_TIMEX_DATE, "199");
    expect("The virus reached the country in January 2020.", "January 2020", DYAD_TIMEX_DATE, "2020-01");
    expect("The delegation will arrive the day after tomorrow.", "the day after tomorrow", DYAD_TIMEX_DATE, "2021-10-17");
    expect("The election will be held next month.", "next month", DYAD_TIMEX_DATE, "2021-11");
    expect("The bank raised its forecast for the fiscal year ending March 2022.", "the fiscal year", DYAD_TIMEX_DURATION, "P1Y");
    expect("The minister will travel to Moscow on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("Thousands of pilgrims visit the shrine every year.", "every year", DYAD_TIMEX_SET, "P1Y");
    expect("Sales fell in the first quarter of FY2025.", "the first quarter of FY2025", DYAD_TIMEX_DATE, "2025-Q1");
    expect("Costs rose in the second half of FY23.", "the second half of FY23", DYAD_TIMEX_DATE, "2023-H2");
    expect("Margins improved in Q3 FY 2024.", "Q3 FY 2024", DYAD_TIMEX_DATE, "2024-Q3");
    expect("He will be back a fortnight from now.", "a fortnight from now", DYAD_TIMEX_DATE, "2021-W43");
    expect("The plant will open in a week’s time.", "a week’s time", DYAD_TIMEX_DATE, "2021-W42");
    expect("He spent two years' time in jail.", "two years", DYAD_TIMEX_DURATION, "P2Y");
    expect("The minister went to Paris to sign the treaty on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2021-10-14");
    expect("Leaders met in Brussels to discuss the crisis on Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    expect("The minister will go to Paris to sign the treaty on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2021-10-21");
    expect("The senator is pushing for a vote on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2021-10-21");
    expect("Unions are calling a general strike on Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("The senator was pushing for a vote on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2021-10-14");
    expect("The senator is pushing for a vote on the new bill on sanctions on Thursday.", "Thursday", DYAD_TIMEX_DATE,
           "2021-10-21");
    expect("The blast happened at half past nine.", "half past nine", DYAD_TIMEX_TIME, "2021-10-15T09:30");
    expect("Talks began at a quarter past 10 on Monday.", "a quarter past 10", DYAD_TIMEX_TIME, "2021-10-11T10:15");
    expect("The polls closed at quarter to six p.m.", "quarter to six p.m.", DYAD_TIMEX_TIME, "2021-10-15T17:45");
    expect("He left at a quarter to one.", "a quarter to one", DYAD_TIMEX_TIME, "2021-10-15T12:45");
    expect("Shares rose a quarter to 12 dollars.", "a quarter", DYAD_TIMEX_DURATION, "P1Q");
    expect_none("The minister told the business daily.");
    expect_none("He told the Sabah daily that talks had failed.");
    expect_none("Officials spoke to the national news weekly.");
    expect("Flights leave for Nairobi daily.", "daily", DYAD_TIMEX_SET, "P1D");
    expect("Militants attack the convoy daily.", "daily", DYAD_TIMEX_SET, "P1D");
    expect_none("Sales posted a year-on-year rise of 5 percent.");
    expect_none("Prices showed a month-over-month fall.");
    expect("The bill covers the three remaining months of the year.", "the three remaining months",
           DYAD_TIMEX_DURATION, "P3M");
    expect_none("China closed the gap with two late shots in the fourth quarter.");
    expect_none("He added two scores late in the third quarter.");
    expect("The economy grew 2 percent in the fourth quarter.", "the fourth quarter", DYAD_TIMEX_DATE, "2021-Q4");
    expect_none("He was named player of the year.");
    expect_none("Dunleavy, a former coach of the year, earns more.");
    expect("It was the biggest deal of the year.", "the year", DYAD_TIMEX_DATE, "2021");
    expect("Police are calling for witnesses to the shooting of a guard on Thursday.", "Thursday", DYAD_TIMEX_DATE,
           "2021-10-14");
}

/* The twenty-first round: sixty expressions of its own in news sentences,
 * across month and year ends (stories of Monday 2021-11-01, Monday
 * 2022-01-03, Friday 2021-12-31) and on the usual Friday; ages and
 * comparisons that are no dates. */
static void twenty_first_round(void)
{
    expect("Fighting resumed this past weekend in the north.", "this past weekend", DYAD_TIMEX_DATE, "2021-W40-WE");
    expect("Rebels seized two towns over the weekend.", "the weekend", DYAD_TIMEX_DATE, "2021-W40-WE");
    expect("Police fired tear gas at protesters earlier in the day.", "the day", DYAD_TIMEX_DATE, "2021-10-15");
    expect("The blast shook the capital late last night.", "late last night", DYAD_TIMEX_TIME, "2021-10-14TNI");
    expect("Talks between the two sides broke down the previous week.", "the previous week", DYAD_TIMEX_DATE, "2021-W40");
    expect("Prices are expected to rise in the coming months.", "the coming months", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect("The plant is due to open by mid-2027.", "mid-2027", DYAD_TIMEX_DATE, "2027");
    expect("The bank expects growth to slow in the first half of next year.", "the first half of next year", DYAD_TIMEX_DATE, "2022-H1");
    expect("The army pledged to defeat the insurgency by the end of the decade.", "the end of the decade", DYAD_TIMEX_DATE, "202");
    expect("Revenue rose 8 percent in H1 2026.", "H1 2026", DYAD_TIMEX_DATE, "2026-H1");
    expect("The club finished third in the 2024-25 season.", "2024", DYAD_TIMEX_DATE, "2024");
    expect("The ceasefire was signed on 15 October 2021 in Doha.", "15 October 2021", DYAD_TIMEX_DATE, "2021-10-15");
    expect("The vote is scheduled for Oct. 25th.", "Oct. 25th", DYAD_TIMEX_DATE, "2021-10-25");
    expect("The delegation arrived in Kabul on the 12th.", "the 12th", DYAD_TIMEX_DATE, "2021-10-12");
    expect("The quake struck at 03:40 UTC.", "03:40 UTC", DYAD_TIMEX_TIME, "2021-10-15T03:40");
    expect_none("A 20-year-old student was killed in the clashes.");   /* a person's age */
    expect("The 1,000-day war ended in a truce.", "1,000-day", DYAD_TIMEX_DURATION, "P1000D");
    expect("The council meets every two weeks.", "every two weeks", DYAD_TIMEX_SET, "P2W");
    expect("He was sentenced to 15 years in prison.", "15 years", DYAD_TIMEX_DURATION, "P15Y");
    expect("Gunmen attacked a checkpoint on Wednesday night.", "Wednesday night", DYAD_TIMEX_TIME, "2021-10-13TNI");
    expect_dated("2021-11-01", "Militants attacked the convoy on Friday.", "Friday", DYAD_TIMEX_DATE, "2021-10-29");
    expect_dated("2021-11-01", "The talks will resume on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2021-11-04");
    expect_dated("2021-11-01", "The blast happened last Saturday.", "last Saturday", DYAD_TIMEX_DATE, "2021-10-30");
    expect_dated("2022-01-03", "Protesters clashed with police on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2021-12-30");
    expect_dated("2022-01-03", "The ministry announced the measures last week.", "last week", DYAD_TIMEX_DATE, "2021-W52");
    expect_dated("2022-01-03", "The vote took place last month.", "last month", DYAD_TIMEX_DATE, "2021-12");
    expect_dated("2022-01-03", "The government will present its budget next month.", "next month", DYAD_TIMEX_DATE, "2022-02");
    expect_dated("2022-01-03", "Inflation hit a record high last year.", "last year", DYAD_TIMEX_DATE, "2021");
    expect_dated("2021-12-31", "The parliament will reconvene on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2022-01-04");
    expect_dated("2021-12-31", "The new law takes effect next week.", "next week", DYAD_TIMEX_DATE, "2022-W01");
    expect_dated("2021-12-31", "The peace deal was signed in January.", "January", DYAD_TIMEX_DATE, "2021-01");
    expect_dated("2021-12-31", "Elections will be held in February.", "February", DYAD_TIMEX_DATE, "2022-02");
    expect("The first round of voting is set for Oct. 24.", "Oct. 24", DYAD_TIMEX_DATE, "2021-10-24");
    expect("The minister spoke at 9 a.m. EDT on Thursday.", "9 a.m. EDT", DYAD_TIMEX_TIME, "2021-10-14T09:00");
    expect("Shelling continued into the early hours of Saturday.", "the early hours of Saturday", DYAD_TIMEX_TIME, "2021-10-09TMO");
    expect("The president will visit Kenya in the spring.", "the spring", DYAD_TIMEX_DATE, "2022-SP");
    expect("The contract runs until the end of 2023.", "the end of 2023", DYAD_TIMEX_DATE, "2023");
    expect_none("The agency said output grew 3 percent year-on-year.");
    expect("Casualties have risen sharply in recent weeks.", "recent weeks", DYAD_TIMEX_DURATION, "PXW");
    expect("The party has ruled for nearly three decades.", "nearly three decades", DYAD_TIMEX_DURATION, "P30Y");
    expect("The team last played a week ago Sunday.", "a week ago Sunday", DYAD_TIMEX_DATE, "2021-10-03");
    expect("The rebels must disarm by March.", "March", DYAD_TIMEX_DATE, "2022-03");
    expect("The ruling party will hold its congress in three weeks.", "three weeks", DYAD_TIMEX_DATE, "2021-W44");
    expect("Americans will vote for a new Congress on Election Day.", "Election Day", DYAD_TIMEX_DATE, "2021-11-02");
    expect("The firm posted a loss for the quarter ended Sept. 30.", "Sept. 30", DYAD_TIMEX_DATE, "2021-09-30");
    expect("The curfew runs from 10 p.m. to 5 a.m.", "10 p.m.", DYAD_TIMEX_TIME, "2021-10-15T22:00");
    expect("The siege lasted 72 days.", "72 days", DYAD_TIMEX_DURATION, "P72D");
    expect("The bridge will be completed in late 2023.", "late 2023", DYAD_TIMEX_DATE, "2023");
    expect("He has been in custody since Sept. 3.", "Sept. 3", DYAD_TIMEX_DATE, "2021-09-03");
    expect("The opposition called a general strike for Oct. 20.", "Oct. 20", DYAD_TIMEX_DATE, "2021-10-20");
    expect("The country's 30-year civil war ended in 2009.", "30-year", DYAD_TIMEX_DURATION, "P30Y");
    expect("Negotiators worked through the night to reach a deal.", "the night", DYAD_TIMEX_TIME, "2021-10-15TNI");
    expect("The festival takes place every August.", "every August", DYAD_TIMEX_SET, "XXXX-08");
    expect("The assembly meets twice a year.", "twice a year", DYAD_TIMEX_SET, "P1Y");
    expect("The plane landed at 11:45 p.m. local time on Thursday.", "11:45 p.m. local time", DYAD_TIMEX_TIME, "2021-10-14T23:45");
    expect("Exports fell 4 percent in September from a year earlier.", "a year earlier", DYAD_TIMEX_DATE, "2020-09");
    expect("The reforms were announced on the 1st of October.", "the 1st of October", DYAD_TIMEX_DATE, "2021-10-01");
    expect_none("The embassy will remain closed until further notice.");
    expect("The old man, aged 85, died in hospital on Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12");
    expect("The UN envoy is due in Kabul at the weekend.", "the weekend", DYAD_TIMEX_DATE, "2021-W41-WE");
    /* not in the past perfect of obligation, nor a deadline already past */
    expect("The rebels should have disarmed by March.", "March", DYAD_TIMEX_DATE, "2021-03");
    expect("The rebels had until March to disarm.", "March", DYAD_TIMEX_DATE, "2021-03");
    expect("Under the deal, the rebels must disarm by Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect_dated("2021-10-13", "Expatriates have until Thursday to cast their ballots.", "Thursday", DYAD_TIMEX_DATE, "2021-10-14");
    /* "in" a count is a date ahead only in a sentence about the future, and no superlative */
    expect("The rebels withdrew in three weeks.", "three weeks", DYAD_TIMEX_DURATION, "P3W");
    expect("It will be the first visit by a Chinese leader in ten years.", "ten years", DYAD_TIMEX_DURATION, "P10Y");
    expect("We will try to cram in a month's training.", "a month", DYAD_TIMEX_DURATION, "P1M");
    expect("The stock would be redeemed in five years.", "five years", DYAD_TIMEX_DATE, "2026");
    /* an article after "during" or "in" no longer hides a past verb */
    expect_dated("2005-12-14", "The claims, made by the mayor during a February 22 response, angered many.", "February 22", DYAD_TIMEX_DATE, "2005-02-22");
    expect_none("Turnout on election day was high.");
    /* a time in brackets after a dated one is of its day; "early morning hours" */
    expect("Polls closed at 7 p.m. Thursday (1600 GMT).", "1600 GMT", DYAD_TIMEX_TIME, "2021-10-14T16:00");
    expect("The blast happened on Thursday (0800 GMT).", "0800 GMT", DYAD_TIMEX_TIME, "2021-10-14T08:00");
    expect("Clashes broke out in the early morning hours of Oct. 3.", "the early morning hours of Oct. 3", DYAD_TIMEX_TIME, "2021-10-03TMO");
    /* schedules: "runs", "plays"; the full stops of "p.m." are no clause's end */
    expect("The exhibition runs until Sunday.", "Sunday", DYAD_TIMEX_DATE, "2021-10-17");
    expect("The team plays on Saturday at 3pm.", "Saturday", DYAD_TIMEX_DATE, "2021-10-16");
    expect("The summit ends at 8 p.m. on Sunday.", "Sunday", DYAD_TIMEX_DATE, "2021-10-17");
    expect("He ran the race on Saturday.", "Saturday", DYAD_TIMEX_DATE, "2021-10-09");
    /* the n-th weekday of a month; a yearly day as a set */
    expect("The vote will be held on the first Sunday of December.", "the first Sunday of December", DYAD_TIMEX_DATE, "2021-12-05");
    expect("Talks were held on the last Friday of September.", "the last Friday of September", DYAD_TIMEX_DATE, "2021-09-24");
    expect("The vote is set for the second Tuesday of March 2022.", "the second Tuesday of March 2022", DYAD_TIMEX_DATE, "2022-03-08");
    expect("The country marks the anniversary every Oct. 15.", "every Oct. 15", DYAD_TIMEX_SET, "XXXX-10-15");
    /* a week or month measured back from its end, as "the year ended March 31" */
    expect("Rates averaged 6.3 percent in the week ending Oct. 9.", "the week", DYAD_TIMEX_DURATION, "P1W");
    expect("Sales rose in the month ended Sept. 30.", "the month", DYAD_TIMEX_DURATION, "P1M");
    expect("The week ended with a rally.", "The week", DYAD_TIMEX_DATE, "2021-W41");
}

/* The twenty-fifth round: ages, zones, zodiac years and dates of 2025-2026 news. */
static void twenty_fifth_round(void)
{
    expect_none("The 80-year-old told reporters he would run again.");
    expect_none("Police detained a 35-year-old French tourist.");
    expect("Both sides accused each other of breaking the 8-month-old truce.", "8-month-old", DYAD_TIMEX_DURATION, "P8M");
    /* US zones: four digits before a zone in capitals, a region named in full */
    expect("Trading in the shares resumed at 0930 ET.", "0930 ET", DYAD_TIMEX_TIME, "2021-10-15T09:30");
    expect_none("The index fell 1200 pt on the news.");
    expect("The president will speak at noon Eastern.", "noon Eastern", DYAD_TIMEX_TIME, "2021-10-15T12:00");
    expect("Polls close at 8 p.m. Eastern Standard Time.", "8 p.m. Eastern Standard Time", DYAD_TIMEX_TIME,
           "2021-10-15T20:00");
    expect("The talks opened at noon Central Asian time.", "noon", DYAD_TIMEX_TIME, "2021-10-15T12:00");
    expect("The hearing is scheduled for 15:30.", "15:30", DYAD_TIMEX_TIME, "2021-10-15T15:30");
    /* a forecast looks ahead: this year's half, though the story is in the first */
    expect_dated("2024-05-01", "The airline expects demand to recover in the second half.", "the second half",
                 DYAD_TIMEX_DATE, "2024-H2");
    expect_dated("2024-05-01", "The carmaker forecast a rebound in the fourth quarter.", "the fourth quarter",
                 DYAD_TIMEX_DATE, "2024-Q4");
    expect_dated("2024-05-01", "Exports were weaker than expected in the second half.", "the second half",
                 DYAD_TIMEX_DATE, "2023-H2");
    /* the zodiac's years, the nearest such one */
    expect_dated("2025-11-12", "Lion dancers will welcome the Year of the Horse in Hong Kong.", "the Year of the Horse",
                 DYAD_TIMEX_DATE, "2026");
    expect("Gold coins for the Year of the Tiger went on sale.", "the Year of the Tiger", DYAD_TIMEX_DATE, "2022");
    expect("She was born in the Year of the Rat.", "the Year of the Rat", DYAD_TIMEX_DATE, "2020");
    /* a short past form, and "at" or "over" before a day a few weeks ahead */
    expect_dated("2025-11-12", "The singer died on New Year's Eve.", "New Year's Eve", DYAD_TIMEX_DATE, "2024-12-31");
    expect_dated("2025-11-12", "Retail sales rose over Christmas.", "Christmas", DYAD_TIMEX_DATE, "2024-12-25");
    expect_dated("2025-11-12", "Gunmen attacked a church at Christmas.", "Christmas", DYAD_TIMEX_DATE, "2024-12-25");
    expect_dated("2025-11-12", "The shops will open over Christmas.", "Christmas", DYAD_TIMEX_DATE, "2025-12-25");
    /* the Chinese lunar new year, from the published calendar */
    expect_dated("2025-11-12", "Millions will travel home for the Spring Festival.", "Spring Festival", DYAD_TIMEX_DATE,
                 "2026-02-17");
    expect("Beijing held fireworks displays on Chinese New Year.", "Chinese New Year", DYAD_TIMEX_DATE, "2021-02-12");
    expect("Parliament will close for the Lunar New Year holiday.", "Lunar New Year", DYAD_TIMEX_DATE, "2022-02-01");
    expect_none("Tourists crowded the Summer Palace.");
}

static void leading_words(void)
{
    expect("The truce held for at least three days.", "at least three days", DYAD_TIMEX_DURATION, "P3D");
    expect("Talks may take up to two weeks.", "up to two weeks", DYAD_TIMEX_DURATION, "P2W");
    expect("It lasted no more than five years.", "no more than five years", DYAD_TIMEX_DURATION, "P5Y");
    expect("Rates rose for more than a decade.", "more than a decade", DYAD_TIMEX_DURATION, "P10Y");
    /* "over" is "more than" after "for", "in", "lasted", "just"; else the preposition of a span */
    expect("He has been jailed for over three years.", "over three years", DYAD_TIMEX_DURATION, "P3Y");
    expect("The strike lasted just over a week.", "over a week", DYAD_TIMEX_DURATION, "P1W");
    expect("The loan is spread over three years.", "three years", DYAD_TIMEX_DURATION, "P3Y");
    expect("The system evolved over several years.", "several years", DYAD_TIMEX_DURATION, "PXY");
    expect("The siege lasted roughly nine months.", "roughly nine months", DYAD_TIMEX_DURATION, "P9M");
    expect("It was built at the end of 1990.", "the end of 1990", DYAD_TIMEX_DATE, "1990");
    expect("Rates will peak by end-2022.", "end-2022", DYAD_TIMEX_DATE, "2022");
    expect("The deadline will be end-March.", "end-March", DYAD_TIMEX_DATE, "2022-03");
    expect_none("It was the end-game.");
    expect("They met on Sept. 3.", "Sept. 3", DYAD_TIMEX_DATE, "2021-09-03");
    expect("The talks were held overnight.", "overnight", DYAD_TIMEX_TIME, "2021-10-14TNI");
    expect("It lasted a couple of weeks.", "a couple of weeks", DYAD_TIMEX_DURATION, "P2W");
    expect("The rule took effect in the second half.", "the second half", DYAD_TIMEX_DATE, "2021-H2");
    expect("He served twenty-four years.", "twenty-four years", DYAD_TIMEX_DURATION, "P24Y");
    expect("It was founded in nineteen ninety-six.", "nineteen ninety-six", DYAD_TIMEX_DATE, "1996");
    expect("The price is 4,000 per month.", "per month", DYAD_TIMEX_SET, "P1M");
}

/* A sentence-sized text is read through a token table, a longer one (or one
 * with very many tokens) by scanning: both must find the same expressions. */
static void same_on_both_paths(const char *sentence)
{
    static char padded[4096];
    dyad_timex direct[16], long_text[16], many_tokens[16];
    size_t len = strlen(sentence);
    size_t n = dyad_timex_find(sentence, len, STORY, direct, 16);
    memset(padded, ' ', sizeof padded);
    memcpy(padded, sentence, len);   /* 4 KB: longer than any table */
    size_t n_long = dyad_timex_find(padded, sizeof padded, STORY, long_text, 16);
    memset(padded + len, ',', 1000);  /* 1,000 tokens in 1 KB */
    size_t n_many = dyad_timex_find(padded, len + 1000, STORY, many_tokens, 16);
    CHECK(n > 0 && n <= 16);
    CHECK(n_long == n && n_many == n);
    for (size_t i = 0; i < n && i < 16 && n_long == n && n_many == n; i++) {
        CHECK(direct[i].begin == long_text[i].begin && direct[i].end == long_text[i].end);
        CHECK(direct[i].begin == many_tokens[i].begin && direct[i].end == many_tokens[i].end);
        CHECK_STR(long_text[i].value, direct[i].value);
        CHECK_STR(many_tokens[i].value, direct[i].value);
    }
}

static void token_paths(void)
{
    same_on_both_paths("Profit rose in the third quarter, up from $3 million a year earlier, "
                       "and on Tuesday, Oct. 12, 2021, at 7:15 p.m. the board said that in "
                       "the past two years it had met every Monday since the mid-1990s.");
    same_on_both_paths("He arrived on October 12 and the fighting began the day before; "
                       "talks will resume next week, early next year or in the coming months.");
}

static void interface(void)
{
    const char *text = "Yesterday, last week and in 2017.";
    dyad_timex one[1];
    CHECK(dyad_timex_find(text, strlen(text), STORY, one, 1) == 3);   /* counts past `max` */
    CHECK(one[0].begin == 0 && one[0].end == 9);
    CHECK(dyad_timex_find(text, strlen(text), "15 Oct 2021", one, 1) == 0);
    CHECK(dyad_timex_find(text, strlen(text), "2021-02-30", one, 1) == 0);
    CHECK(dyad_timex_find(text, 0, STORY, one, 1) == 0);
    CHECK(dyad_timex_find(text, strlen(text), "2021-10-15T12:00:00", one, 1) == 3);
    CHECK_STR(dyad_timex_type_name(DYAD_TIMEX_DATE), "DATE");
    CHECK_STR(dyad_timex_type_name(DYAD_TIMEX_TIME), "TIME");
    CHECK_STR(dyad_timex_type_name(DYAD_TIMEX_DURATION), "DURATION");
    CHECK_STR(dyad_timex_type_name(DYAD_TIMEX_SET), "SET");
    CHECK_STR(dyad_timex_type_name(42), "?");
}

/* The floor is just under the value F1 measured on all 183 documents, 85.89
 * (see docs/time.md). */
static void timebank(void)
{
    tb_counts counts;
    int docs = timebank_run("../shared/validation/timebank", 0, (size_t)-1, &counts, NULL);
    if (docs < 0) {
        printf("skipped: ../shared absent\n");
        return;
    }
    tb_scores s = timebank_scores(&counts);
    printf("timebank: %d docs, relaxed F1 %.1f, value F1 %.1f\n", docs, 100 * s.relaxed_f1, 100 * s.value_f1);
    CHECK(docs == 183);
    CHECK(s.value_f1 >= TIMEBANK_VALUE_F1_FLOOR);
}

/* Rules drawn from the tense and wording around an expression. */
static void context_rules(void)
{
    /* "since" and "ended" put a date behind the story, however near the next one is */
    expect("Troops have patrolled since March.", "March", DYAD_TIMEX_DATE, "2021-03");
    expect("In the fiscal year ended Jan. 31, sales rose.", "Jan. 31", DYAD_TIMEX_DATE, "2021-01-31");
    expect("Since KKR bought RJR in February, it has sold assets.", "February", DYAD_TIMEX_DATE, "2021-02");
    expect("Since May, it has said it will pay in February.", "February", DYAD_TIMEX_DATE, "2022-02");
    /* a verb in the past tense right before puts a month far ahead behind the story */
    expect("Hamas took power in January.", "January", DYAD_TIMEX_DATE, "2021-01");
    expect("The court declared the firm bankrupt in January.", "January", DYAD_TIMEX_DATE, "2021-01");
    /* ... or after it, when the date opens the sentence */
    expect("In March, another plane crashed into the sea.", "March", DYAD_TIMEX_DATE, "2021-03");
    expect("On Feb. 3, the firm brought in a new chief.", "Feb. 3", DYAD_TIMEX_DATE, "2021-02-03");
    expect("In March, the firm will open a plant.", "March", DYAD_TIMEX_DATE, "2022-03");
    /* ... not a present passive, nor a month naming an event, nor a date a month or two ahead */
    expect("The report is delivered in January.", "January", DYAD_TIMEX_DATE, "2022-01");
    expect("They prepared for the January elections.", "January", DYAD_TIMEX_DATE, "2022-01");
    expect("The company announced a payment on Dec. 1.", "Dec. 1", DYAD_TIMEX_DATE, "2021-12-01");
    /* an infinitive puts a weekday ahead: what is still to be done */
    expect("The sale is scheduled to close Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-18");
    expect("The offer had been scheduled to expire Monday.", "Monday", DYAD_TIMEX_DATE, "2021-10-11");
    /* "the year ended March 31" is a year measured back from its end */
    expect("It earned $5 million in the year ended March 31.", "the year", DYAD_TIMEX_DURATION, "P1Y");
    expect("Sales rose throughout the fiscal year.", "the fiscal year", DYAD_TIMEX_DURATION, "P1Y");
    expect("Inflation in the year to September rose.", "the year", DYAD_TIMEX_DURATION, "P1Y");
    expect("Profit in the year to end-March fell.", "the year", DYAD_TIMEX_DURATION, "P1Y");
    /* "for the year" in a results story names the year in context */
    expect("For the year, pet food volume was flat.", "the year", DYAD_TIMEX_DATE, "2021");
    expect("It will cut earnings for the fiscal year.", "the fiscal year", DYAD_TIMEX_DATE, "2021");
    expect("A bomb exploded in January nineteen ninety-seven.", "January nineteen ninety-seven",
           DYAD_TIMEX_DATE, "1997-01");
    expect("He hopes Iraq will one day be free.", "one day", DYAD_TIMEX_DATE, "FUTURE_REF");
    expect("The talks lasted one day.", "one day", DYAD_TIMEX_DURATION, "P1D");
    expect("They are not happy right now.", "right now", DYAD_TIMEX_DATE, "PRESENT_REF");
    expect_none("It is vital to the future of our peoples.");
    expect_none("Investors fear for the long-term value of the firm.");
    expect_none("A second group of directors sued.");
    expect_none("Inspectors entered such quarters.");
    expect_none("Baker, speaking on ABC News' \"This Week,\" said no.");
    expect("Baker said \"this week is decisive.\"", "this week", DYAD_TIMEX_DATE, "2021-W41");
}

/* The quarter a results story reports on stays the one in context. */
static void reporting_quarter(void)
{
    expect("Net rose in the third quarter. After a flat second quarter, sales grew. "
           "Charges were taken in the year-earlier period.", "the year-earlier period",
           DYAD_TIMEX_DATE, "2020-Q3");
    expect("Third-quarter net rose. After a flat second quarter, costs fell from a year ago.",
           "a year ago", DYAD_TIMEX_DATE, "2020-Q3");
    /* a quarter years back is no reporting period: "ago" counts from the story */
    expect("Net rose as in the third quarter of 1984, but fell from a year ago.", "a year ago",
           DYAD_TIMEX_DATE, "2020");
    /* a shift is no anchor: "a year earlier" after "a year ago" is the same point */
    expect("Net rose in the third quarter from a year ago; sales fell from a year earlier.",
           "a year earlier", DYAD_TIMEX_DATE, "2020-Q3");
    expect("In the first nine months, net rose from $5 a year earlier.", "a year earlier",
           DYAD_TIMEX_DATE, "2020");
    /* after a year-long period, year-ago anaphora are years */
    expect("Net rose in the third quarter. For the nine months, net fell from year-earlier profit.",
           "year-earlier", DYAD_TIMEX_DATE, "2020");
    expect("Net rose in the third quarter. In the first nine months, net was $3, against $5 in the "
           "1988 period.", "the 1988 period", DYAD_TIMEX_DATE, "1988");
    expect("Net rose in the third quarter. Last year losses were small. The year-earlier results "
           "were restated.", "year-earlier", DYAD_TIMEX_DATE, "2020");
    expect("Sales will rise in 2022. Loans were $6 in the third quarter against $9 a year ago.",
           "a year ago", DYAD_TIMEX_DATE, "2020-Q3");
    /* "this quarter's" results are the reported quarter's */
    expect("Net fell in the third quarter. This quarter's loss includes charges.", "This quarter",
           DYAD_TIMEX_DATE, "2021-Q3");
    expect("Net fell in the third quarter. Sales will rise this quarter.", "this quarter",
           DYAD_TIMEX_DATE, "2021-Q4");
}

static void fractions(void)
{
    expect("It took a minute and a half.", "a minute and a half", DYAD_TIMEX_DURATION, "PT1M30S");
    expect("He served 2 1/2 years in jail.", "2 1/2 years", DYAD_TIMEX_DURATION, "P2Y6M");
    expect("He served two and a half years.", "two and a half years", DYAD_TIMEX_DURATION, "P2Y6M");
    expect("The siege lasted a year and a half.", "a year and a half", DYAD_TIMEX_DURATION, "P1Y6M");
    expect("Talks ran an hour and a half.", "an hour and a half", DYAD_TIMEX_DURATION, "PT1H30M");
    expect("It took a week and a half.", "a week", DYAD_TIMEX_DURATION, "P1W");
    /* "couple of" after "the past", "the next" is a count of two */
    expect("Prices doubled in the past couple of years.", "the past couple of years",
           DYAD_TIMEX_DURATION, "P2Y");
    expect("Talks resume in the next couple of weeks.", "the next couple of weeks", DYAD_TIMEX_DURATION,
           "P2W");
    expect_none("The couple of friends met.");
    /* "and a half ... ago": the month that far back (the day for months) */
    expect("She was hurt a year and a half ago.", "a year and a half ago", DYAD_TIMEX_DATE, "2020-04");
    expect("The feud began two and a half years ago.", "two and a half years ago", DYAD_TIMEX_DATE,
           "2019-04");
    expect("He fled 2 1/2 years ago.", "2 1/2 years ago", DYAD_TIMEX_DATE, "2019-04");
    expect("The pact was signed three and a half months ago.", "three and a half months ago",
           DYAD_TIMEX_DATE, "2021-06-30");
    expect("He left a day and a half ago.", "a day and a half", DYAD_TIMEX_DURATION, "P1DT12H");
}

/* Found by the fuzz smoke run of CI (code_petrarch): digit runs longer than
 * an int in a numeric date overflowed (UBSan). They must simply not match. */
static void long_digit_runs(void)
{
    const char *texts[] = {"On 888888888888-10-20 they met.", "In 10/20/88888888888888 they met.",
                           "the 99999999999999s", "on the 88888888888888th", "in 123456789012 days"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        dyad_timex out[8];
        size_t n = dyad_timex_find(texts[i], strlen(texts[i]), "2021-10-15", out, 8);
        for (size_t k = 0; k < n && k < 8; k++)
            CHECK(strstr(out[k].value, "88888") == NULL && strstr(out[k].value, "99999") == NULL);
        CHECK(n <= 8);
    }
}

/* Hostile text: nonsense dates are no dates, huge counts do not overflow,
 * a shift out of the years 0000-9999 is no expression, and a story dated
 * at the edge of the calendar writes no five-digit or negative year. */
static void nonsense_dates(void)
{
    expect_none("It was signed on Feb. 30.");
    expect_none("It was signed on April 31.");
    expect_none("The date 2021-13-45 and month 13 are wrong.");
    expect("It was signed Feb. 29, 2021.", "2021", DYAD_TIMEX_DATE, "2021");
    expect("It lasted 999999999 centuries.", "999999999 centuries", DYAD_TIMEX_DURATION, "P99999999900Y");
    expect("It happened 20211799 centuries ago.", "20211799 centuries", DYAD_TIMEX_DURATION, "P2021179900Y");
    const char *edge = "Tomorrow morning and next week he goes; this week and two years ago he went.";
    const char *stories[] = {"9999-12-31", "0000-01-01"};
    for (size_t i = 0; i < 2; i++) {
        dyad_timex out[8];
        size_t n = dyad_timex_find(edge, strlen(edge), stories[i], out, 8);
        for (size_t k = 0; k < n && k < 8; k++)
            CHECK(out[k].value[0] != '-' && !(out[k].value[4] >= '0' && out[k].value[4] <= '9'));
    }
}

/* Every expression lies inside the text, in order, without overlaps, and
 * its value is a NUL-terminated string; the count is no more than one
 * per byte. */
static void check_well_formed(const char *text, size_t len)
{
    dyad_timex out[64];
    size_t n = dyad_timex_find(text, len, STORY, out, 64);
    CHECK(n <= len);
    size_t last_end = 0;
    for (size_t i = 0; i < n && i < 64; i++) {
        CHECK(out[i].begin < out[i].end && out[i].end <= len && out[i].begin >= last_end);
        CHECK(memchr(out[i].value, '\0', sizeof out[i].value) != NULL);
        last_end = out[i].end;
    }
}

/* Malformed and extreme input: impossible dates, year 0, ordinals no
 * month has, clock times past 24:00, other scripts and broken UTF-8, NUL
 * bytes, a text ending inside an expression.  Nothing is invented from
 * them, and every result is well formed. */
static void hostile_input(void)
{
    expect_none("It was signed on February 30.");
    expect_none("They met on the 99th.");
    expect_none("The 99th day of the siege passed.");
    expect_none("It struck at 25:00 GMT.");
    expect_none("It struck at 12:99 GMT.");
    expect_none("It struck at 13 p.m.");
    expect_none("It cost 1e9 dollars.");
    expect("Records begin on 0000-01-01.", "0000-01-01", DYAD_TIMEX_DATE, "0000-01-01");
    expect("Leap day fell on Feb. 29, 2000.", "Feb. 29, 2000", DYAD_TIMEX_DATE, "2000-02-29");
    expect("Not a leap day: Feb. 29, 1900.", "1900", DYAD_TIMEX_DATE, "1900");
    /* a Cyrillic "М" and a fullwidth "Ｍ" make no month; Arabic-Indic digits no year */
    expect_none("\xd0\x9c" "arch 3 talks");
    expect_none("\xef\xbc\xad" "arch 3 talks");
    expect("\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa1 talks on March 3.", "March 3", DYAD_TIMEX_DATE, "2021-03-03");
    expect("Talks on March 3\xff\xfe ended.", "March 3", DYAD_TIMEX_DATE, "2021-03-03");
    const char *texts[] = {"Oct.", "the", "On Tuesday at 3", "the past", "twenty-", "a year and a",
        "from Monday to", "In March,", "was expected to", "\xe2\x80", "1/2", "ago", "-5 years ago"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        check_well_formed(texts[i], strlen(texts[i]));
    /* a NUL byte inside the text is a byte like another, not its end */
    const char nul[] = "On Tuesday\0 on Friday he left.";
    dyad_timex out[4];
    CHECK(dyad_timex_find(nul, sizeof nul - 1, STORY, out, 4) == 2);
    /* no buffer at all: only the count */
    CHECK(dyad_timex_find("Talks on Tuesday and Wednesday.", 31, STORY, NULL, 0) == 2);
}

/* A 100 KB "sentence" without a full stop, of words that start
 * expressions: it is read in time linear in its length (the matchers look
 * back and ahead a bounded window), whatever it repeats. */
static void long_sentence(void)
{
    static const char *const units[] = {"March 3 ", "Monday and ", "In March, ", "the past ", "a ",
                                        "over ", "and a half ", "was expected to ", "1",
                                        "early morning ", "late evening of ", "the eve of ",
                                        "agreed to ", ", saying ", "2000 troops ", "the turn of the "};
    enum { BIG = 100 * 1024 };
    static char big[BIG + 1];
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t len = strlen(units[u]);
        for (size_t i = 0; i < BIG; i++)
            big[i] = units[u][i % len];
        big[BIG] = '\0';
        clock_t t0 = clock();
        check_well_formed(big, BIG);
        double seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
        if (seconds > 2.0)
            fprintf(stderr, "100 KB of \"%s\" took %.2f s\n", units[u], seconds);
        CHECK(seconds < 5.0);   /* about 0.1 s at -O2; generous for sanitizers and a loaded machine */
    }
}

/* The twenty-second round: a shift counted from a named day. */
static void twenty_second_round(void)
{
    expect("The envoy said he had met the rebels a week ago yesterday.", "a week ago yesterday", DYAD_TIMEX_DATE, "2021-10-07");
    expect("The new cabinet will be sworn in a week from Monday.", "a week from Monday", DYAD_TIMEX_DATE, "2021-10-25");
    expect("The referendum will be held two weeks from today.", "two weeks from today", DYAD_TIMEX_DATE, "2021-10-29");
    expect("The truce expires a year from today.", "a year from today", DYAD_TIMEX_DATE, "2022-10-15");
    expect("Talks will resume three days from tomorrow.", "three days from tomorrow", DYAD_TIMEX_DATE, "2021-10-19");
    /* (a length over a span, and a level, are no shift) */
    expect("The border will open for two days from Tuesday to Thursday.", "two days", DYAD_TIMEX_DURATION, "P2D");
    expect("The shares fell to 40 cents a week from Friday's close.", "Friday", DYAD_TIMEX_DATE, "2021-10-15");
    expect("Prices will fall two or three months from now.", "two or three months from now", DYAD_TIMEX_DATE, "2021-12");
    /* holidays that recur, and a country's own */
    expect("Families gather in the old town every Christmas.", "every Christmas", DYAD_TIMEX_SET, "XXXX-12-25");
    expect("Every May Day, unions march through the capital.", "Every May Day", DYAD_TIMEX_SET, "XXXX-05-01");
    expect_none("Every Christmas tree in the square was sold.");
    expect("Ukraine's Independence Day was marked with a parade in Kyiv.", "Independence Day", DYAD_TIMEX_DATE, "2021-08-24");
    expect("Indians marked their 74th Independence Day with flag-raising ceremonies.", "Independence Day", DYAD_TIMEX_DATE, "2021-08-15");
    expect("The embassy in Nairobi was closed for Independence Day.", "Independence Day", DYAD_TIMEX_DATE, "2021-07-04");
    expect_none("Israel's Independence Day was marked with a fly-past.");
    /* the first month of a span in the story's month takes the last's year */
    expect_dated("2021-03-11", "Fighting raged between March and May last year.", "March", DYAD_TIMEX_DATE, "2020-03");
    /* an infinitive puts a quarter not yet begun ahead */
    expect_dated("2021-03-11", "The bank expects margins to improve in the third quarter.", "the third quarter", DYAD_TIMEX_DATE, "2021-Q3");
    expect_dated("2021-03-11", "The bank said margins improved in the third quarter.", "the third quarter", DYAD_TIMEX_DATE, "2020-Q3");
}

/* The twenty-third round's own sentences, one of each kind a TimeBank
 * annotator meets in news (times of day, vague references, anchored
 * lengths, ages, fiscal years, decades, ordinal days, weekdays, holidays
 * by country, counts that look like years, ranges, headlines), each
 * judged by TIMEX3's conventions. */
static const struct {
    const char *text, *span;
    int type;
    const char *value;
} news_kinds_23[] = {
    {"Police said the blast happened shortly after 3 p.m. local time.", "3 p.m. local time", DYAD_TIMEX_TIME, "2021-10-15T15:00"},
    {"Troops moved into the town at daybreak on Saturday.", "daybreak", DYAD_TIMEX_TIME, "2021-10-09TMO"},
    {"The ceasefire takes effect at midday Sunday.", "midday Sunday", DYAD_TIMEX_TIME, "2021-10-17T12:00"},
    {"Trading in Tokyo opened at 0030 GMT Monday.", "0030 GMT Monday", DYAD_TIMEX_TIME, "2021-10-11T00:30"},
    {"The curfew begins at midnight.", "midnight", DYAD_TIMEX_TIME, "2021-10-15T24:00"},
    {"Gunmen attacked the village at dusk on Tuesday.", "dusk", DYAD_TIMEX_TIME, "2021-10-12TEV"},
    {"Explosions were heard around 2:15 a.m. Thursday.", "around 2:15 a.m. Thursday", DYAD_TIMEX_TIME, "2021-10-14T02:15"},
    {"The president will address the nation at 8 p.m. EST.", "8 p.m. EST", DYAD_TIMEX_TIME, "2021-10-15T20:00"},
    {"Polling stations closed at 1700 GMT.", "1700 GMT", DYAD_TIMEX_TIME, "2021-10-15T17:00"},
    {"Rescue teams dug through the night for survivors.", "the night", DYAD_TIMEX_TIME, "2021-10-15TNI"},
    {"Relations between the two capitals have soured lately.", "lately", DYAD_TIMEX_DATE, "PAST_REF"},
    {"The border crossing stays closed for now.", "now", DYAD_TIMEX_DATE, "PRESENT_REF"},
    {"Talks could resume in the near future, the envoy said.", "the near future", DYAD_TIMEX_DATE, "FUTURE_REF"},
    {"Fighting has intensified in recent weeks.", "recent weeks", DYAD_TIMEX_DURATION, "PXW"},
    {"The rebels have grown bolder of late.", "late", DYAD_TIMEX_DATE, "PAST_REF"},
    {"The minister currently heads the ruling party.", "currently", DYAD_TIMEX_DATE, "PRESENT_REF"},
    {"Inflation should ease in the months ahead.", "the months ahead", DYAD_TIMEX_DURATION, "PXM"},
    {"Nowadays few refugees return to the valley.", "Nowadays", DYAD_TIMEX_DATE, "PRESENT_REF"},
    {"In his first 100 days, the president signed 40 decrees.", "first 100 days", DYAD_TIMEX_DURATION, "P100D"},
    {"Exports fell 4 percent over the past three years.", "the past three years", DYAD_TIMEX_DURATION, "P3Y"},
    {"Inflation rose sharply in the last six months.", "the last six months", DYAD_TIMEX_DURATION, "P6M"},
    {"The former mayor is serving a 10-year sentence.", "10-year", DYAD_TIMEX_DURATION, "P10Y"},
    {"The two-day summit ended on Thursday.", "two-day", DYAD_TIMEX_DURATION, "P2D"},
    {"The storm weakened over the following 48 hours.", "the following 48 hours", DYAD_TIMEX_DURATION, "PT48H"},
    {"Output grew in the latter half of 2020.", "the latter half of 2020", DYAD_TIMEX_DATE, "2020-H2"},
    {"Fourth-quarter earnings will be released in January.", "Fourth-quarter", DYAD_TIMEX_DATE, "2021-Q4"},
    {"Parliament approved the budget for fiscal 2022-23.", "fiscal 2022", DYAD_TIMEX_DATE, "2022"},
    {"Spending rose in the 2019 fiscal year.", "2019", DYAD_TIMEX_DATE, "2019"},
    {"Enrolment fell in the 2020-21 school year.", "2020", DYAD_TIMEX_DATE, "2020"},
    {"The steel plant was built in the 1950s.", "the 1950s", DYAD_TIMEX_DATE, "195"},
    {"Such storms were rare in the last century.", "the last century", DYAD_TIMEX_DATE, "19"},
    {"The border dispute dates to the 1800s.", "the 1800s", DYAD_TIMEX_DATE, "18"},
    {"Rents in the capital doubled over the last two decades.", "the last two decades", DYAD_TIMEX_DURATION, "P20Y"},
    {"The dam was built in the late '60s.", "the late '60s", DYAD_TIMEX_DATE, "196"},
    {"The band was famous in the Sixties.", "the Sixties", DYAD_TIMEX_DATE, "196"},
    {"The rally is set for the 23rd.", "the 23rd", DYAD_TIMEX_DATE, "2021-10-23"},
    {"The rally was held on the 29th.", "the 29th", DYAD_TIMEX_DATE, "2021-09-29"},
    {"Parliament meets again on the 2nd.", "the 2nd", DYAD_TIMEX_DATE, "2021-11-02"},
    {"The foreign minister arrives this Sunday.", "this Sunday", DYAD_TIMEX_DATE, "2021-10-17"},
    {"The two leaders spoke by phone last Monday.", "last Monday", DYAD_TIMEX_DATE, "2021-10-11"},
    {"Negotiators will meet again next Wednesday.", "next Wednesday", DYAD_TIMEX_DATE, "2021-10-20"},
    {"The minister flew home Tuesday evening.", "Tuesday evening", DYAD_TIMEX_TIME, "2021-10-12TEV"},
    {"Saturday's vote was largely peaceful.", "Saturday", DYAD_TIMEX_DATE, "2021-10-09"},
    {"On Wednesday, he said the talks had failed.", "Wednesday", DYAD_TIMEX_DATE, "2021-10-13"},
    {"Russia will hold its annual parade on Victory Day.", "Victory Day", DYAD_TIMEX_DATE, "2022-05-09"},
    {"France marked Victory Day with a ceremony in Paris.", "Victory Day", DYAD_TIMEX_DATE, "2021-05-08"},
    {"Belarus celebrated Victory Day with a parade in Minsk.", "Victory Day", DYAD_TIMEX_DATE, "2021-05-09"},
    {"Independence Day falls on a Sunday this year.", "Independence Day", DYAD_TIMEX_DATE, "2021-07-04"},
    {"Parades are planned for Veterans Day.", "Veterans Day", DYAD_TIMEX_DATE, "2021-11-11"},
    {"Bastille Day celebrations were muted.", "Bastille Day", DYAD_TIMEX_DATE, "2021-07-14"},
    {"Children went trick-or-treating on Halloween.", "Halloween", DYAD_TIMEX_DATE, "2020-10-31"},
    {"Germans marked German Unity Day in Halle.", "German Unity Day", DYAD_TIMEX_DATE, "2021-10-03"},
    {"On Monday, overnight strikes hit the capital.", "overnight", DYAD_TIMEX_TIME, "2021-10-10TNI"},
    {"On Sunday, overnight shelling killed four civilians.", "overnight", DYAD_TIMEX_TIME, "2021-10-09TNI"},
    {"During the 2019-2021 drought, crops failed.", "2021", DYAD_TIMEX_DATE, "2021"},
    {"The summit runs Jan. 5-7 in Davos.", "Jan. 5", DYAD_TIMEX_DATE, "2022-01-05"},
    {"The summit runs Jan. 5-7 in Davos.", "7", DYAD_TIMEX_DATE, "2022-01-07"},
    {"Between 1990 and 1995, output doubled.", "1995", DYAD_TIMEX_DATE, "1995"},
    {"The new law takes effect on Jan. 1.", "Jan. 1", DYAD_TIMEX_DATE, "2022-01-01"},
    {"The refinery has been shut since late August.", "late August", DYAD_TIMEX_DATE, "2021-08"},
    {"The bank's profit for the year to March 31 fell.", "March 31", DYAD_TIMEX_DATE, "2021-03-31"},
    {"A decision is expected by the end of the month.", "the end of the month", DYAD_TIMEX_DATE, "2021-10"},
    {"The quake struck at 11:42 a.m. (0342 GMT) on Sunday.", "11:42 a.m.", DYAD_TIMEX_TIME, "2021-10-10T11:42"},
    {"The government has two weeks to respond.", "two weeks", DYAD_TIMEX_DURATION, "P2W"},
    {"Building the canal took nearly a century.", "nearly a century", DYAD_TIMEX_DURATION, "P100Y"},
    {"The state was ruled by the army for much of the 1970s and 1980s.", "1980s", DYAD_TIMEX_DATE, "198"},
    {"The envoys met on the morning of Oct. 3.", "the morning of Oct. 3", DYAD_TIMEX_TIME, "2021-10-03TMO"},
    {"Every Monday, protesters gather outside the court.", "Every Monday", DYAD_TIMEX_SET, "XXXX-WXX-1"},
    {"The queen began a three-week tour of Asia.", "three-week", DYAD_TIMEX_DURATION, "P3W"},
    {"The treaty expires in 2026.", "2026", DYAD_TIMEX_DATE, "2026"},
    {"Rebels seize key town on Saturday", "Saturday", DYAD_TIMEX_DATE, "2021-10-09"},
    {"Quake kills 30 in Peru on Tuesday", "Tuesday", DYAD_TIMEX_DATE, "2021-10-12"},
    {"Leaders to meet in Geneva on Monday", "Monday", DYAD_TIMEX_DATE, "2021-10-18"},
    {"The talks dragged on for weeks.", "weeks", DYAD_TIMEX_DURATION, "PXW"},
    {"The vote was postponed until after Easter.", "Easter", DYAD_TIMEX_DATE, "2022-04-17"},
    {"The tribunal was set up in the mid-Nineties.", "the mid-Nineties", DYAD_TIMEX_DATE, "199"},
    {"Wages have stagnated for the past few years.", "the past few years", DYAD_TIMEX_DURATION, "PXY"},
};

static const char *const not_dates_23[] = {
    "The suspect, 45, was arrested at his home.",
    "Nearly 1950 hectares of forest burned.",
    "The motion won 2025 votes in the assembly.",
    "Police seized 2000 rifles in the raid.",
    "The index fell to 1980 points.",
};

static void twenty_third_round_kinds(void)
{
    for (size_t i = 0; i < sizeof news_kinds_23 / sizeof news_kinds_23[0]; i++)
        expect(news_kinds_23[i].text, news_kinds_23[i].span, news_kinds_23[i].type, news_kinds_23[i].value);
    for (size_t i = 0; i < sizeof not_dates_23 / sizeof not_dates_23[0]; i++)
        expect_none(not_dates_23[i]);
}

static void twenty_third_round(void)
{
    /* Victory Day is the country's: May 9 in Russia and the former USSR, May 8 in the West */
    expect("Russia will hold its annual parade on Victory Day.", "Victory Day", DYAD_TIMEX_DATE, "2022-05-09");
    expect("France marked Victory Day with a ceremony in Paris.", "Victory Day", DYAD_TIMEX_DATE, "2021-05-08");
    expect("Veterans in London will mark VE Day.", "VE Day", DYAD_TIMEX_DATE, "2022-05-08");
    expect("Germans marked German Unity Day in Halle.", "German Unity Day", DYAD_TIMEX_DATE, "2021-10-03");
    /* "of late" is "lately"; the adjective is not */
    expect("The rebels have grown bolder of late.", "late", DYAD_TIMEX_DATE, "PAST_REF");
    expect_none("She met the widow of late President Ford.");
    /* a day of the month after "for", ahead or back as a weekday would be */
    expect("The rally is set for the 23rd.", "the 23rd", DYAD_TIMEX_DATE, "2021-10-23");
    expect("Parliament meets again on the 2nd.", "the 2nd", DYAD_TIMEX_DATE, "2021-11-02");
    expect_none("He won for the 3rd time.");
    /* a number before a counted noun is no year */
    expect_none("Police seized 2000 rifles in the raid.");
    expect_none("The index fell to 1980 points.");
    expect_none("Nearly 1950 hectares of forest burned.");
    /* put off "until" or "until after" a date: ahead, unless it is at most two months back */
    expect("The vote was postponed until after Easter.", "Easter", DYAD_TIMEX_DATE, "2022-04-17");
    expect("The vote was postponed until March.", "March", DYAD_TIMEX_DATE, "2022-03");
    expect("Talks were postponed until after Tuesday.", "Tuesday", DYAD_TIMEX_DATE, "2021-10-19");
    expect("The court adjourned the case until Sept. 3.", "Sept. 3", DYAD_TIMEX_DATE, "2021-09-03");
    /* "on a Sunday" is no one Sunday; the relative year after it gives the holiday's */
    expect("Independence Day falls on a Sunday this year.", "Sunday", DYAD_TIMEX_DATE, "XXXX-WXX-7");
    expect_dated("2022-03-11", "Ukraine's Independence Day falls on a Sunday this year.", "Independence Day",
                 DYAD_TIMEX_DATE, "2022-08-24");
    expect("Six miners died after a Wednesday landslide.", "Wednesday", DYAD_TIMEX_DATE, "2021-10-13");
    /* a one-word holiday opening its clause before a verb is its subject, not a modifier */
    expect("Christmas fell on a Friday last year.", "Christmas", DYAD_TIMEX_DATE, "2020-12-25");
    expect("This year, Easter comes early.", "Easter", DYAD_TIMEX_DATE, "2021-04-04");
    expect_one("The spirit of Christmas is not dead this year.");
    /* a holiday with a relative year after it */
    expect("Shops will close at Christmas this year.", "Christmas this year", DYAD_TIMEX_DATE, "2021-12-25");
    expect("They met at Christmas last year.", "Christmas last year", DYAD_TIMEX_DATE, "2020-12-25");
    /* a month and day with a relative year later in its clause */
    expect("Thousands died in the December 26 tsunami last year.", "December 26", DYAD_TIMEX_DATE, "2020-12-26");
    expect("Talks will open on Dec. 3 and end next year.", "Dec. 3", DYAD_TIMEX_DATE, "2021-12-03");
    /* "overnight" after an "after" clause that names a day is that day's night */
    expect("After talks failed on Monday, rebels shelled the city overnight.", "overnight", DYAD_TIMEX_TIME,
           "2021-10-11TNI");
    expect("Following Monday's vote, rebels shelled the city overnight.", "overnight", DYAD_TIMEX_TIME,
           "2021-10-11TNI");
}

/* The twenty-fourth round: expressions of 2025-2026 news, against a story
 * of Wednesday 2026-03-11 (ISO week 11), each judged by TIMEX3's
 * conventions (the 2026 story date lets a test read as today's copy). */
#define STORY_24 "2026-03-11"
static const struct {
    const char *text, *span;
    int type;
    const char *value;
} news_kinds_24[] = {
    {"Fans are already booking flights for the 2026 World Cup.", "2026", DYAD_TIMEX_DATE, "2026"},
    {"The ministry expects a deficit in FY2026.", "FY2026", DYAD_TIMEX_DATE, "2026"},
    {"Exports fell 3% in Q3, the bureau said.", "Q3", DYAD_TIMEX_DATE, "2025-Q3"},
    {"Growth is forecast to slow in H1 2026.", "H1 2026", DYAD_TIMEX_DATE, "2026-H1"},
    {"The plant should open by mid-2027.", "mid-2027", DYAD_TIMEX_DATE, "2027"},
    {"Elections are expected early next year.", "early next year", DYAD_TIMEX_DATE, "2027"},
    {"The envoy visited Kyiv late last month.", "late last month", DYAD_TIMEX_DATE, "2026-02"},
    {"A decade ago the country was at war.", "A decade ago", DYAD_TIMEX_DATE, "201"},
    {"Rebels must leave the town within 48 hours.", "48 hours", DYAD_TIMEX_DURATION, "PT48H"},
    {"Washington announced a 90-day pause on tariffs.", "90-day", DYAD_TIMEX_DURATION, "P90D"},
    {"The president set out his plans for the next 100 days.", "the next 100 days", DYAD_TIMEX_DURATION, "P100D"},
    {"The deal could be signed two weeks from now.", "two weeks from now", DYAD_TIMEX_DATE, "2026-W13"},
    {"Security was tight ahead of the Jan. 20 inauguration.", "Jan. 20", DYAD_TIMEX_DATE, "2026-01-20"},
    {"The decree was published on 20/01/2026.", "20/01/2026", DYAD_TIMEX_DATE, "2026-01-20"},
    {"The vote was held on January 20th, 2026.", "January 20th, 2026", DYAD_TIMEX_DATE, "2026-01-20"},
    {"The ceasefire takes effect at 18:00 GMT.", "18:00 GMT", DYAD_TIMEX_TIME, "2026-03-11T18:00"},
    {"The blast happened at about 0300 GMT.", "about 0300 GMT", DYAD_TIMEX_TIME, "2026-03-11T03:00"},
    {"The deadline expires at midnight Sunday.", "midnight Sunday", DYAD_TIMEX_TIME, "2026-03-15T24:00"},
    {"Inflation eased in the fourth quarter of last year.", "the fourth quarter of last year", DYAD_TIMEX_DATE, "2025-Q4"},
    {"The budget covers the first half of next year.", "the first half of next year", DYAD_TIMEX_DATE, "2027-H1"},
    {"Talks resumed over the weekend.", "the weekend", DYAD_TIMEX_DATE, "2026-W10-WE"},
    {"Protests are planned this weekend.", "this weekend", DYAD_TIMEX_DATE, "2026-W11-WE"},
    {"Shelling was heard Tuesday night.", "Tuesday night", DYAD_TIMEX_TIME, "2026-03-10TNI"},
    {"Troops crossed the border early Thursday.", "early Thursday", DYAD_TIMEX_DATE, "2026-03-05"},
    {"The minister will travel to Cairo on March 30.", "March 30", DYAD_TIMEX_DATE, "2026-03-30"},
    {"Prices have doubled since the late 1980s.", "the late 1980s", DYAD_TIMEX_DATE, "198"},
    {"The sanctions have been in place since 2022.", "2022", DYAD_TIMEX_DATE, "2022"},
    {"At least 40 people were killed in the past 24 hours.", "the past 24 hours", DYAD_TIMEX_DURATION, "PT24H"},
    {"Monday's vote was marred by violence.", "Monday", DYAD_TIMEX_DATE, "2026-03-09"},
    {"Polls open at 7 a.m. local time.", "7 a.m. local time", DYAD_TIMEX_TIME, "2026-03-11T07:00"},
    {"The summit ends at noon Friday.", "noon Friday", DYAD_TIMEX_TIME, "2026-03-13T12:00"},
    {"Unemployment rose to 6% by the end of 2025.", "the end of 2025", DYAD_TIMEX_DATE, "2025"},
    {"Fighting eased earlier this week.", "earlier this week", DYAD_TIMEX_DATE, "2026-W11"},
    {"Mediators proposed a 72-hour truce.", "72-hour", DYAD_TIMEX_DURATION, "PT72H"},
    {"The bank raised rates in Sept 2025.", "Sept 2025", DYAD_TIMEX_DATE, "2025-09"},
    {"Turnout was the lowest this decade.", "this decade", DYAD_TIMEX_DATE, "202"},
    {"The president spoke at 2:30 p.m. ET.", "2:30 p.m. ET", DYAD_TIMEX_TIME, "2026-03-11T14:30"},
    {"The treaty expires at the end of next month.", "the end of next month", DYAD_TIMEX_DATE, "2026-04"},
    {"Talks are set for the week of March 23.", "the week of March 23", DYAD_TIMEX_DATE, "2026-W13"},
    {"The court ruled on Feb 27.", "Feb 27", DYAD_TIMEX_DATE, "2026-02-27"},
    {"He resigned in mid-January.", "mid-January", DYAD_TIMEX_DATE, "2026-01"},
    {"Officials said the border was calm over the past few days.", "the past few days", DYAD_TIMEX_DURATION, "PXD"},
    {"The army launched the offensive in the early hours of Monday.", "the early hours of Monday", DYAD_TIMEX_TIME,
     "2026-03-09TMO"},
    {"Voters go to the polls on Nov. 3, 2026.", "Nov. 3, 2026", DYAD_TIMEX_DATE, "2026-11-03"},
    {"The tariffs took effect on April 2.", "April 2", DYAD_TIMEX_DATE, "2025-04-02"},
    {"Oil prices hit a four-year high.", "four-year", DYAD_TIMEX_DURATION, "P4Y"},
    {"Officials met on Wednesday, March 4.", "Wednesday, March 4", DYAD_TIMEX_DATE, "2026-03-04"},
    {"The talks will take place in the first week of April.", "the first week of April", DYAD_TIMEX_DATE, "2026-W14"},
    {"The prime minister took office 100 days ago.", "100 days ago", DYAD_TIMEX_DATE, "2025-12-01"},
    {"The economy shrank in the final quarter of 2025.", "the final quarter of 2025", DYAD_TIMEX_DATE, "2025-Q4"},
    {"The truce held for a third consecutive day.", "a third consecutive day", DYAD_TIMEX_DATE, "2026-03-11"},
    {"The deal expires on 31 December 2026.", "31 December 2026", DYAD_TIMEX_DATE, "2026-12-31"},
    {"He was released after 473 days in captivity.", "473 days", DYAD_TIMEX_DURATION, "P473D"},
    {"The treaty was signed a century ago.", "a century ago", DYAD_TIMEX_DATE, "19"},
    {"The museum reopens in spring 2027.", "spring 2027", DYAD_TIMEX_DATE, "2027-SP"},
    {"The court will rule in the next few weeks.", "the next few weeks", DYAD_TIMEX_DURATION, "PXW"},
    /* the fixes of this round: a span of months ends in March or May too */
    {"The rate was unchanged in January-March.", "March", DYAD_TIMEX_DATE, "2026-03"},
    {"The rate was unchanged in January-March.", "January", DYAD_TIMEX_DATE, "2026-01"},
    {"Output was flat in April-May last year.", "May last year", DYAD_TIMEX_DATE, "2025-05"},
    /* a 24-hour clock is one word to the schedule that governs its day */
    {"The meeting is scheduled for 15:30 CET on Thursday.", "15:30 CET", DYAD_TIMEX_TIME, "2026-03-12T15:30"},
    {"The meeting is scheduled for 15:30 CET on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2026-03-12"},
    /* "after next" counts two units on from the story, as "before last" counts two back */
    {"The vote will take place the week after next.", "the week after next", DYAD_TIMEX_DATE, "2026-W13"},
    {"The Games open the year after next.", "the year after next", DYAD_TIMEX_DATE, "2028"},
    {"The rally is set for the weekend after next.", "the weekend after next", DYAD_TIMEX_DATE, "2026-W12-WE"},
    {"They met the weekend before last.", "the weekend before last", DYAD_TIMEX_DATE, "2026-W09-WE"},
    /* what is expected is still to come */
    {"Forecasters expect heavy rain on Thursday.", "Thursday", DYAD_TIMEX_DATE, "2026-03-12"},
    {"Analysts expect the bank to cut rates on Friday.", "Friday", DYAD_TIMEX_DATE, "2026-03-13"},
};

/* "soon" before "after" or "before" is a time told from an event, which
 * TimeBank leaves untagged: no future. */
static const char *const not_dates_24[] = {
    "Soon after the rescue, the minister thanked the army.",
    "The arrests were made soon after the riots.",
    "A lawyer was ejected and ordered arrested soon afterwards.",
    "She was surprised by the turnaround so soon before departure.",
};

static void twenty_fourth_round(void)
{
    for (size_t i = 0; i < sizeof news_kinds_24 / sizeof news_kinds_24[0]; i++)
        expect_dated(STORY_24, news_kinds_24[i].text, news_kinds_24[i].span, news_kinds_24[i].type,
                     news_kinds_24[i].value);
    for (size_t i = 0; i < sizeof not_dates_24 / sizeof not_dates_24[0]; i++)
        expect_none(not_dates_24[i]);
    expect("The army will withdraw soon.", "soon", DYAD_TIMEX_DATE, "FUTURE_REF");
}

int main(void)
{
    hostile_input();
    long_sentence();
    nonsense_dates();
    long_digit_runs();
    explicit_dates();
    weekdays();
    relative_days();
    relative_periods();
    references();
    months_and_years();
    clock_times();
    durations();
    sets();
    anaphora();
    refers_back();
    not_time();
    near_misses();
    news_round();
    seventh_round();
    eighth_round();
    ninth_round();
    tenth_round();
    eleventh_round();
    twelfth_round();
    thirteenth_round();
    fourteenth_round();
    fifteenth_round();
    sixteenth_round();
    seventeenth_round();
    eighteenth_round();
    nineteenth_round();
    twentieth_round();
    twenty_first_round();
    twenty_second_round();
    twenty_third_round();
    twenty_third_round_kinds();
    twenty_fourth_round();
    twenty_fifth_round();
    leading_words();
    context_rules();
    fractions();
    reporting_quarter();
    token_paths();
    interface();
    timebank();
    return check_summary();
}
