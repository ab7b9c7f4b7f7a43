"""Time and factuality of events in general wire-news language (round 3): each class with sentences
of our own that it must handle and near misses it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest
from test_eventtime import _when

from diplograph.graph.model import Article
from diplograph.ingest import pipeline as pl
from diplograph.ingest.eventtime import rebase_references
from diplograph.ingest.modality import factuality, headline_future
from diplograph.ingest.timex import find_timexes


def _events(text: str, published: str) -> list:
    return pl.extract(Article(id="t", text=text, published=published)).events


def _one(text: str, published: str, cameo: str):
    evs = [e for e in _events(text, published) if e.cameo.startswith(cameo)]
    assert evs, f"no {cameo} event in {text!r}"
    return evs[0]


def _edtf(e) -> str | None:
    return e.when.edtf if e.when else None


def _anaphor(text: str, published: str, phrase: str) -> str | None:
    pub = dt.date.fromisoformat(published)
    txs = rebase_references(text, find_timexes(text, pub), pub)
    hit = [t for t in txs if t.text.lower() == phrase.lower()]
    assert hit, f"{phrase!r} not found in {[t.text for t in txs]}"
    return hit[0].edtf


# --- an anaphoric "the next day" without a complement counts from the last day named before it

@pytest.mark.parametrize("text,published,phrase,expected", [
    ("Russia expelled 23 diplomats on March 9. A day later, Britain retaliated.", "2018-03-20",
     "A day later", "2018-03-10"),
    ("Seoul proposed talks on Friday. The next day, Pyongyang rejected the offer.", "2019-06-12",
     "The next day", "2019-06-08"),
    ("Ankara summoned the envoy on Dec. 30. The following day Berlin recalled its ambassador.",
     "2021-01-05", "The following day", "2020-12-31"),
    ("On March 9, the two leaders will hold talks. On the same day, they will attend a forum.",
     "2018-03-07", "the same day", "2018-03-09"),
    ("Chile recalled its envoy on Monday. Two days later, Peru expelled Chilean diplomats.",
     "2019-03-01", "Two days later", "2019-02-27"),
    ("India closed the border on 27 February. The day before, Pakistan had shot down a jet.",
     "2019-03-10", "The day before", "2019-02-26"),
])
def test_anaphoric_day_counts_from_the_last_named_day(text, published, phrase, expected):
    assert _anaphor(text, published, phrase) == expected


@pytest.mark.parametrize("text,published,phrase,expected", [
    # a complement names the reference: the main event is on the anchor (unchanged behaviour)
    ("Sweden applied on Monday, a day after Finland expressed its willingness.", "2022-05-16",
     "a day after", "2022-05-15"),
    # no day named before: counted from the publication day as before
    ("The day before, Pakistan had shot down an Indian jet.", "2019-03-10", "The day before", "2019-03-09"),
    # a month named in between is the nearer reference: no day to count from
    ("Iran seized a tanker on July 4. In August, Britain freed it. The next day, Iran protested.",
     "2019-09-10", "The next day", "2019-09-11"),
])
def test_anaphoric_day_near_misses(text, published, phrase, expected):
    assert _anaphor(text, published, phrase) == expected


# --- a past perfect shifted back by reported speech is recent news, not undated background

@pytest.mark.parametrize("text,published,cameo", [
    ("Maduro said he had decided to freeze all trade ties with Panama.", "2014-03-05", "16"),
    ("The ministry said that Iran had expelled two British diplomats.", "2019-05-02", "16"),
    ("The Kremlin said Ukraine had refused to return the captured sailors.", "2019-05-02", "12"),
    ("Officials revealed that Azerbaijan had sent a warning message to Russia.", "2023-09-19", "13"),
])
def test_reported_past_perfect_gets_the_recent_days(text, published, cameo):
    e = _one(text, published, cameo)
    pub = dt.date.fromisoformat(published)
    assert e.when is not None and e.when.upper == pub and e.when.lower >= pub - dt.timedelta(days=7)


def test_reported_past_perfect_keeps_its_own_date():
    # near miss: a past perfect with its own date keeps it
    e = _one("Iran had expelled two British diplomats in 2015, the ministry said.", "2019-05-02", "16")
    assert _edtf(e) == "2015"


# --- the span of what an event ends is not its date

@pytest.mark.parametrize("text,published,trigger,expected", [
    ("Rwanda has announced that the border will be re-opened on 31st January 2022, ending three years of "
     "closure.", "2022-01-28", "ending", "2022-01-31"),
    ("Israel and Egypt signed a peace treaty in 1979, ending decades of war.", "2022-01-28", "signed", "1979"),
    ("The two Koreas met on Friday, putting an end to months of silence.", "2018-01-10", "met", "2018-01-05"),
    ("Cuba and the US restored ties on Monday, ending five decades of hostility.", "2015-07-22", "ending",
     "2015-07-20"),
    ("The two countries ended a two-year freeze in ties on Monday.", "2022-01-28", "ended", "2022-01-24"),
])
def test_ended_span_does_not_date_the_ending(text, published, trigger, expected):
    assert _when(text, published, trigger)[0] == expected


def test_a_span_of_the_event_itself_still_dates_it():
    # near miss: a span that is the event's own time, not the object of an ending
    assert _when("The two countries have clashed in three years of fighting.", "2022-01-28",
                 "clashed")[0] == "2019-01/2022-01"


# --- a framing "after" clause: a date inside what it reports does not date the reaction

@pytest.mark.parametrize("text,published,cameo", [
    ("Ardern accused Australia of shirking its duty, after Australian Prime Minister Scott Morrison said the "
     "citizenship of the woman, who also holds a Turkish passport, was revoked last year.", "2021-02-16", "112"),
    ("Beijing condemned Washington after US officials said the spy ring, which operated in Hong Kong, was set "
     "up in 2015.", "2019-11-20", "11"),
])
def test_after_clause_date_inside_reported_speech_is_not_the_reaction_date(text, published, cameo):
    e = _one(text, published, cameo)
    pub = dt.date.fromisoformat(published)
    assert e.when is not None and e.when.upper == pub and e.when.lower >= pub - dt.timedelta(days=7)


def test_after_clause_date_of_the_saying_itself_counts():
    e = _one("Ardern accused Australia of dereliction of duty after Morrison said on Monday that the woman "
             "had lost her citizenship.", "2021-02-16", "112")
    assert e.when is not None and e.when.lower == dt.date(2021, 2, 15)


# --- a called-off event was still to come: the days around publication

@pytest.mark.parametrize("text,published,cameo", [
    ("Trump decided to cancel his trip to Denmark.", "2019-08-21", "042"),
    ("Trump has called off his visit to Denmark.", "2019-08-21", "042"),
    ("Japan postponed the summit with South Korea.", "2019-08-21", "04"),
    ("The summit between Japan and South Korea was postponed.", "2019-08-21", "04"),
    ("Lavrov scrapped his planned visit to Turkey.", "2015-11-25", "042"),
])
def test_called_off_event_is_negated_around_publication(text, published, cameo):
    e = _one(text, published, cameo)
    pub = dt.date.fromisoformat(published)
    assert e.factuality == "negated"
    assert e.when.lower < pub < e.when.upper


def test_called_off_near_misses():
    # the day of the cancelling is given: it dates the event (as before)
    e = _one("Blinken on Friday scrapped a rare trip to Beijing.", "2023-02-04", "042")
    assert _edtf(e) == "2023-02-03" and e.factuality == "negated"
    # a plain negation is no calling off: the past days
    e = _one("Iran did not attend the talks in Vienna with Britain.", "2019-08-21", "04")
    assert e.when.upper == dt.date(2019, 8, 21)


# --- a noun scheduled by its own relative clause; preparing for an event

@pytest.mark.parametrize("text,published,cameo,expected", [
    ("Mirziyoyev's state visit to Tajikistan, which is set for March 9-10, will focus on trade.",
     "2018-03-07", "042", "2018-03-09/2018-03-10"),
    ("Talks between India and Pakistan, which are scheduled for Monday, will focus on trade.",
     "2019-05-02", "04", "2019-05-06"),
])
def test_noun_scheduled_by_its_relative_clause(text, published, cameo, expected):
    e = _one(text, published, cameo)
    assert (_edtf(e), e.factuality) == (expected, "planned")


@pytest.mark.parametrize("text,published", [
    ("For the past few weeks, the Danish government has been preparing for US President Donald Trump's "
     "visit to Denmark.", "2019-08-21"),
    ("Seoul is preparing for a visit by Chinese President Xi Jinping.", "2019-08-21"),
])
def test_preparing_for_an_event_is_planned(text, published):
    e = _one(text, published, "042")
    assert e.factuality == "planned" and e.when.lower >= dt.date.fromisoformat(published)


@pytest.mark.parametrize("before,after,nominal,expected", [
    ("panama is proposing".split(), "consultations between foreign ministers".split(), True, "possible"),
    ("trump said he looks forward to".split(), "rescheduling the meeting".split(), False, "planned"),
    ("seoul prepared a list of demands for".split(), [], True, "occurred"),     # near miss
    ("the".split(), ", which was held on monday , ended".split(), True, "occurred"),  # near miss
])
def test_modality_classes(before, after, nominal, expected):
    assert factuality(before, after, nominal=nominal) == expected


# --- "this week", "earlier/later this month/year" on different weekdays and month/year boundaries

@pytest.mark.parametrize("text,published,phrase,expected", [
    ("Iran expelled two diplomats this week.", "2020-06-17", "this week", "2020-06-15/2020-06-17"),
    ("Iran expelled two diplomats this week.", "2021-01-04", "this week", "2021-01-04"),
    ("Iran will expel two diplomats this week.", "2020-06-17", "this week", "2020-06-17/2020-06-21"),
    ("Iran expelled two diplomats earlier this week.", "2019-03-01", "earlier this week",
     "2019-02-25/2019-02-28"),
    ("Iran expelled two diplomats earlier this month.", "2020-06-17", "earlier this month",
     "2020-06-01/2020-06-16"),
    ("Iran expelled two diplomats earlier this month.", "2019-03-02", "earlier this month", "2019-03-01"),
    ("Putin will visit Tokyo later this month.", "2019-02-27", "later this month", "2019-02-28"),
    ("Putin visited Tokyo earlier this year.", "2019-03-01", "earlier this year", "2019-01-01/2019-02-28"),
    ("Putin will visit Tokyo later this year.", "2018-12-30", "later this year", "2018-12-31"),
    # near misses: the whole unit where no "earlier/later" narrows it
    ("Iran and Iraq will sign the deal this month.", "2020-06-17", "this month", "2020-06"),
    ("Iran and Iraq signed the deal last week.", "2021-01-04", "last week", "2020-12-28/2021-01-03"),
])
def test_this_week_and_earlier_later_this_month_year(text, published, phrase, expected):
    pub = dt.date.fromisoformat(published)
    hit = [t for t in find_timexes(text, pub) if t.text.lower() == phrase.lower()]
    assert hit and hit[0].edtf == expected


# --- "will continue to": what goes on already; a noun's own modal verb

@pytest.mark.parametrize("before,after,nominal,expected", [
    ("sunak said the uk would continue to".split(), "stand up for israel".split(), False, "occurred"),
    ("xi said china will continue to".split(), "work with russia".split(), False, "occurred"),
    ("the us will continue".split(), "supporting ukraine".split(), False, "occurred"),
    ("berlin will continue to".split(), "supply arms to kyiv".split(), False, "occurred"),
    ("a".split(), "between putin and abe could take place in june".split(), True, "possible"),
    ("trump said the next".split(), "may not be for a long time".split(), True, "possible"),
    ("the".split(), "with seoul might be held in tokyo".split(), True, "possible"),
    # near misses
    ("russia may continue to".split(), "shell the city".split(), False, "possible"),
    ("iran will".split(), "continue its enrichment".split(), False, "planned"),
    ("capping more than a decade of".split(), "with an agreement that could transform the".split(), True,
     "occurred"),
])
def test_continue_and_noun_modal(before, after, nominal, expected):
    assert factuality(before, after, nominal=nominal) == expected


def test_called_off_overrides_an_announced_plan_when_merged():
    evs = [e for e in _events("The Danish government has been preparing for Trump's visit to Denmark. Trump "
                              "decided to cancel his trip to Denmark.", "2019-08-21") if e.cameo == "042"]
    assert [e.factuality for e in evs] == ["negated"]


# --- a clause coordinated with its own subject and auxiliary has its own mood

@pytest.mark.parametrize("before,expected", [
    ("saying its diplomats had been ordered to return and kenyan envoys in somalia have been", "occurred"),
    ("iran said it would retaliate and its forces were", "occurred"),
    ("the us will impose tariffs and mexico has", "occurred"),
    ("seoul plans to reopen the office but pyongyang has", "occurred"),
    # near misses: a verb coordinated without its own subject shares the mood
    ("russia will hold talks and", "planned"),
    ("washington plans to impose sanctions and", "planned"),
    ("china could expel diplomats and", "possible"),
])
def test_coordinated_clause_has_its_own_mood(before, expected):
    assert factuality(before.split(), []) == expected


def test_expulsion_order_in_a_coordinated_clause_is_dated_by_its_order():
    e = _one("Somalia's minister announced the decision late on Monday, saying its diplomats had been ordered to "
             "return and Kenyan envoys in Somalia have been ordered to leave within seven days.", "2020-12-15", "166")
    assert e.factuality == "occurred" and e.when.lower <= dt.date(2020, 12, 14) <= e.when.upper


# --- a called-off noun: its own day is a coming one; a later repeat with the planned date stays off

@pytest.mark.parametrize("text,published,expected", [
    ("The visit of Russian Foreign Minister Sergei Lavrov to Berlin on Tuesday was cancelled because of a "
     "change in the German schedule.", "2020-09-14", "2020-09-15"),
    ("The trip of Wang Yi to Tokyo on Friday has been called off.", "2021-03-10",
     "2021-03-12"),
    ("The visit of Japanese Prime Minister Shinzo Abe to Seoul on Monday was postponed, officials said.", "2019-07-03",
     "2019-07-08"),
])
def test_called_off_noun_keeps_a_coming_day(text, published, expected):
    e = _one(text, published, "042")
    assert (e.factuality, _edtf(e)) == ("negated", expected)


def test_called_off_near_miss_the_day_of_the_cancelling():
    # the day after the verb dates the cancelling, read in the past as before
    e = _one("The visit of Iran's foreign minister to Turkey was cancelled on Monday.", "2020-09-23", "042")
    assert (e.factuality, _edtf(e)) == ("negated", "2020-09-21")


def test_postponed_visit_repeated_with_its_planned_date_stays_negated():
    evs = [e for e in _events("Iran's foreign minister has postponed his visit to Turkey. On Sunday, Turkish media "
                              "said the Iranian minister was going to visit Turkey on Monday, June 6.", "2022-06-06")
           if e.cameo == "042"]
    assert [(e.factuality, _edtf(e)) for e in evs] == [("negated", "2022-06-06")]


# --- "has long accused": open back to publication (../published)

@pytest.mark.parametrize("text,published,cameo", [
    ("Iran has long accused Baku of fomenting separatism.", "2023-01-27", "112"),
    ("China has long opposed the arms sales of the United States to Taiwan.", "2021-05-04", "11"),
    ("Iran had long accused Baku of fomenting separatism.", "2023-01-27", "112"),
    ("Serbia has long criticized Kosovo's police operations in the north.", "2022-12-27", "11"),
])
def test_long_standing_is_open_to_publication(text, published, cameo):
    assert _edtf(_one(text, published, cameo)) == f"../{published}"


def test_long_standing_near_misses():
    # "long before": no open span; a plain present perfect: the recent days
    e = _one("Iran accused Baku of fomenting separatism long before the war.", "2023-01-27", "112")
    assert e.when is not None and e.when.lower is not None
    e = _one("Iran has accused Baku of fomenting separatism.", "2023-01-27", "112")
    assert e.when.upper == dt.date(2023, 1, 27) and e.when.lower >= dt.date(2023, 1, 20)


# --- a month premodifying another noun dates that noun only; the pair of a noun is no second noun

@pytest.mark.parametrize("text,published,trigger,expected", [
    ("The talks between Iran and Britain in June ended without a deal.", "2019-04-10", "talks", "2018-06"),
    ("The meeting of India and China in March produced no agreement.", "2019-04-10", "meeting", "2019-03"),
])
def test_noun_between_pair_keeps_its_own_date(text, published, trigger, expected):
    assert _when(text, published, trigger, nominal=True)[0] == expected


@pytest.mark.parametrize("text,published,trigger", [
    ("Iran's June expulsion of two British diplomats angered London.", "2019-04-10", "angered"),
    ("China's March decision to ban Australian wine infuriated Canberra.", "2021-05-04", "infuriated"),
])
def test_premodifying_month_does_not_date_the_main_verb(text, published, trigger):
    when, src = _when(text, published, trigger)
    assert src == "default"


def test_premodifying_month_near_miss_coordinated_noun():
    # a date premodifying a noun coordinated after the trigger still dates that noun only
    assert _when("The decline could be traced back to the execution of Jang and the North's February 2013 "
                 "nuclear test.", "2014-01-29", "execution", nominal=True)[0] != "2013-02"


# --- the tense of a month without a year: the verb it hangs on, not a later verb of the sentence

@pytest.mark.parametrize("text,published,phrase,expected", [
    ("The deal signed in June will take effect next month.", "2019-04-10", "June", "2018-06"),
    ("Iran said in June it will expel two diplomats.", "2019-04-10", "June", "2018-06"),
    ("The summit, postponed in June, will be held in May.", "2019-04-10", "June", "2018-06"),
    ("The ceasefire agreed in October will be extended next week.", "2021-03-02", "October", "2020-10"),
    # near misses: the future verb governs the date
    ("Iran will expel two diplomats in June.", "2019-04-10", "June", "2019-06"),
    ("The accord reached in March will be signed in June.", "2019-04-10", "June", "2019-06"),
    ("Talks are expected in June.", "2019-04-10", "June", "2019-06"),
])
def test_month_takes_the_tense_of_its_own_verb(text, published, phrase, expected):
    pub = dt.date.fromisoformat(published)
    hit = [t for t in find_timexes(text, pub) if t.text == phrase]
    assert hit and hit[0].edtf == expected


# --- the infinitive of a commitment: the calendar, not the governing past, decides

@pytest.mark.parametrize("text,published,phrase,expected", [
    ("The two foreign ministers agreed to meet again in Geneva on October 29.", "2020-10-26", "October 29",
     "2020-10-29"),
    ("Seoul and Tokyo decided to hold talks on March 3.", "2021-02-26", "March 3", "2021-03-03"),
    ("Japan invited Korea to attend the summit in December.", "2020-10-26", "December", "2020-12"),
    ("Iran promised to free the sailors on January 4.", "2019-12-30", "January 4", "2020-01-04"),
    # near misses: the nearer reading is the past one
    ("The two countries agreed to deescalate on Wednesday.", "2020-06-18", "Wednesday", "2020-06-17"),
    ("Armenia agreed to ceasefire talks on October 10.", "2020-10-26", "October 10", "2020-10-10"),
    ("The two sides agreed on October 20 to meet again.", "2020-10-26", "October 20", "2020-10-20"),
])
def test_commitment_infinitive_dates_by_the_calendar(text, published, phrase, expected):
    pub = dt.date.fromisoformat(published)
    hit = [t for t in find_timexes(text, pub) if t.text == phrase]
    assert hit and hit[0].edtf == expected


# --- "earlier in the day" is a day of the news, not of background dated just before

def test_earlier_in_the_day_is_not_a_background_day():
    text = ("Russia on Wednesday declared 85 French diplomats persona non grata. The step answers the expulsion of "
            "35 Russian diplomats by Paris on April 4. Earlier in the day, the Russian ministry had summoned the "
            "French ambassador.")
    assert _anaphor(text, "2022-05-18", "Earlier in the day") == "2022-05-18"


def test_earlier_in_the_day_follows_a_news_day():
    text = "The building was destroyed on Tuesday afternoon. Earlier in the day, the army warned Seoul."
    assert _anaphor(text, "2020-06-17", "Earlier in the day") == "2020-06-16"


# --- the act a reaction answers ("in retaliation for", "in response to") is a fact

@pytest.mark.parametrize("before,expected", [
    ("russia will expel us diplomats in retaliation for the us decision to".split(), "occurred"),
    ("china will impose sanctions in response to washington 's".split(), "occurred"),
    ("iran could recall its envoy in protest against the".split(), "occurred"),
    # near misses: a coming act answered; a modal after the phrase
    ("china will impose sanctions in response to any future".split(), "planned"),
    ("beijing will retaliate in response to what it will".split(), "planned"),
])
def test_reason_phrase_answers_a_fact(before, expected):
    assert factuality(before, [], nominal=True) == expected


# --- a negated reluctance or exclusion holds the act open

@pytest.mark.parametrize("before,expected", [
    ("turkey said it would not hesitate to".split(), "possible"),
    ("we will not hesitate to".split(), "possible"),
    ("erdogan did not rule out".split(), "possible"),
    ("the kremlin has not ruled out a".split(), "possible"),
    ("moscow did not hesitate to".split(), "occurred"),
    # near misses: plain negation
    ("iran did not".split(), "negated"),
    ("seoul will not".split(), "negated"),
])
def test_negated_reluctance_is_no_negation(before, expected):
    assert factuality(before, []) == expected


# --- a noun that "is expected" is possible (the contract: possible = could, may, might, is expected to)

@pytest.mark.parametrize("after,expected", [
    ("between putin and abe is expected next month".split(), "possible"),
    ("between india and pakistan are expected to take place".split(), "possible"),
    ("of the two leaders is widely expected in june".split(), "possible"),
    # near misses: scheduled, not expected
    ("between putin and abe will take place next month".split(), "planned"),
    ("of the two leaders is set to open on monday".split(), "planned"),
])
def test_expected_noun_is_possible(after, expected):
    assert factuality(["a"], after, nominal=True) == expected


# --- an act someone is barred or prevented from is negated

@pytest.mark.parametrize("before,expected", [
    ("russia barred the japanese minister from".split(), "negated"),
    ("the minister was barred from".split(), "negated"),
    ("israel prevented the turkish delegation from".split(), "negated"),
    ("the us banned huawei from".split(), "negated"),
    # near misses: "from" of origin or of leaving
    ("china withdrew from".split(), "occurred"),
    ("russia received a delegation from".split(), "occurred"),
])
def test_barred_from_is_negated(before, expected):
    assert factuality(before, []) == expected


# --- "<weekday> last week"; "a few weeks ago" is a range

@pytest.mark.parametrize("text,published,phrase,expected", [
    ("Iran expelled two diplomats on Tuesday last week.", "2020-01-02", "Tuesday", "2019-12-24"),
    ("Iran will expel two diplomats on Monday next week.", "2020-01-02", "Monday", "2020-01-06"),
    ("Seoul protested on Friday of last week.", "2021-03-10", "Friday", "2021-03-05"),
    ("Iran expelled two diplomats a few weeks ago.", "2020-01-02", "a few weeks ago", "2019-11-28/2019-12-19"),
    ("Iran expelled two diplomats several months ago.", "2020-01-02", "several months ago", "2019-08/2019-11"),
    ("Iran expelled two diplomats a few days ago.", "2020-01-02", "a few days ago", "2019-12-29/2019-12-31"),
    # near misses: a weekday alone; a counted quantity
    ("Iran expelled two diplomats on Tuesday.", "2020-01-02", "Tuesday", "2019-12-31"),
    ("Iran expelled two diplomats three weeks ago.", "2020-01-02", "three weeks ago", "2019-12-09/2019-12-15"),
])
def test_weekday_of_a_named_week_and_vague_ago(text, published, phrase, expected):
    pub = dt.date.fromisoformat(published)
    hit = [t for t in find_timexes(text, pub) if t.text == phrase]
    assert hit and hit[0].edtf == expected


# --- an undated act told with "also" right after a dated act of the same actor continues it

@pytest.mark.parametrize("text,published,cameo,expected", [
    ("Russia expelled two Estonian diplomats on Monday. Moscow also recalled its ambassador from Estonia.",
     "2022-03-02", "161", "2022-02-28"),
    ("China imposed sanctions on two US lawmakers on Friday. Beijing also summoned the US ambassador.",
     "2020-07-15", "114", "2020-07-10"),
])
def test_also_continues_the_previous_date(text, published, cameo, expected):
    assert _edtf(_one(text, published, cameo)) == expected


@pytest.mark.parametrize("text,published,cameo", [
    # near misses: no "also"; another actor
    ("Russia expelled two Estonian diplomats on Monday. Moscow recalled its ambassador from Estonia.",
     "2022-03-02", "161"),
    ("Russia expelled two Estonian diplomats on Monday. Estonia also recalled its ambassador from Russia.",
     "2022-03-02", "161"),
])
def test_also_near_misses_keep_the_default(text, published, cameo):
    e = _one(text, published, cameo)
    assert e.when.lower == dt.date.fromisoformat(published) - dt.timedelta(days=7)


# --- round 5: an undated act followed by a "when" clause that gives a past day happened then

@pytest.mark.parametrize("text,published,cameo,expected", [
    ("Mali accused the Ivorian soldiers of being mercenaries when they arrived in Bamako, the capital, on July 10.",
     "2022-09-14", "112", "2022-07-10"),
    ("China lodged a formal protest with Japan when the Japanese coast guard detained its trawler captain on "
     "September 7.", "2022-09-14", "114", "2022-09-07"),
    ("Russia expelled the Estonian consul when he was caught receiving classified documents in St Petersburg "
     "on May 5.", "2022-09-14", "166", "2022-05-05"),
    ("Turkey protested when Greek warplanes entered its airspace on Tuesday.", "2022-09-14", "114", "2022-09-13"),
    ("Serbia put its troops on alert when Kosovo police moved into the north on Saturday.", "2022-09-14", "15",
     "2022-09-10"),
])
def test_when_clause_dates_the_undated_act(text, published, cameo, expected):
    assert _edtf(_one(text, published, cameo)) == expected


@pytest.mark.parametrize("text,published,cameo,expected", [
    # near misses: the act has its own date; the "when" clause is to come; "..., when" after a noun
    ("Iran summoned the British ambassador on Tuesday when protests broke out in January.", "2022-09-14", "114",
     "2022-09-13"),
    ("Ukraine recalled its ambassador from Moscow over the 2014 crisis, when Russia seized Crimea in March.",
     "2022-09-14", "16", "2022-09-07/2022-09-14"),
])
def test_when_clause_near_misses(text, published, cameo, expected):
    assert _edtf(_one(text, published, cameo)) == expected


def test_when_clause_to_come_dates_nothing_done():
    assert _when("Pakistan said it will respond when India moves its troops next week.", "2022-09-14",
                 "said") == ("2022-09-07/2022-09-14", "default")


# --- round 5: a past act with a coming date after it ("invited Xi to India next year"): the date is
# that of what the act asks or plans; the act itself is the news of the last days

@pytest.mark.parametrize("text,cameo", [
    ("Indian Prime Minister Narendra Modi invited Chinese President Xi Jinping to visit India next year.", "03"),
    ("The European Union urged Serbia to hold talks with Kosovo next week.", "02"),
    ("Germany asked Russia to send a delegation to Berlin next month.", "02"),
    ("China invited the Philippine foreign minister to Beijing next month for talks on the dispute.", "02"),
    ("Japan and South Korea agreed to resume talks next month.", "03"),
])
def test_past_act_with_a_coming_complement_date_is_news(text, cameo):
    e = _one(text, "2019-11-10", cameo)
    assert e.factuality == "occurred" and _edtf(e) == "2019-11-03/2019-11-10"


@pytest.mark.parametrize("text,cameo,expected,fact", [
    # near misses: the act itself is to come; a past date; the coming event in its own clause
    ("Egypt will host Sudan's president next week.", "043", "2019-11-11/2019-11-17", "planned"),
    ("Vietnam's president visits Japan next week.", "042", "2019-11-11/2019-11-17", "planned"),
    ("Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev on Tuesday.", "040", "2019-11-05",
     "occurred"),
    ("Russia said it will hold naval drills with China next month.", "15", "2019-12", "planned"),
])
def test_coming_complement_near_misses(text, cameo, expected, fact):
    e = _one(text, "2019-11-10", cameo)
    assert (_edtf(e), e.factuality) == (expected, fact)


# --- round 5: a date after a second, coordinated verb ("called the deal illegal and said in February
# his country ...") dates the first one too: the pronoun after it starts the reported clause, not a noun

@pytest.mark.parametrize("text,published,trigger,expected", [
    ("Somalia's president called the deal illegal and said in February his country would defend itself.",
     "2024-04-04", "called", "2024-02"),
    ("Poland's president condemned the decision and said on Tuesday his government would respond.",
     "2021-06-17", "condemned", "2021-06-15"),
    ("Kenya's president accused Somalia of meddling and said on Friday he would not attend the summit.",
     "2021-06-17", "accused", "2021-06-11"),
    ("Ghana's foreign minister criticised the move and said in May their embassy would stay closed.",
     "2021-07-20", "criticised", "2021-05"),
])
def test_date_of_a_coordinated_saying_dates_the_first_verb(text, published, trigger, expected):
    assert _when(text, published, trigger) == (expected, "timex")


def test_date_of_a_coordinated_noun_still_dates_that_noun_only():
    # near miss: "and the North's February 2013 nuclear test" is a second noun with its own date
    got = _when("Relations soured after the execution of Jang and the North's February 2013 nuclear test.",
                "2014-03-01", "execution", nominal=True)
    assert got[0] != "2013-02"


# --- round 5: "following" without "the" is a preposition ("after"), and the span of what an act
# ends has been: both read back from the anchor, whatever the tense

@pytest.mark.parametrize("text,phrase,expected", [
    ("Algeria cut ties with Morocco following decades of strained relations.", "decades", "2004/2024"),
    ("Spain recalled its envoy following weeks of mounting tensions with Argentina.", "weeks",
     "2024-04-09/2024-05-21"),
    ("Talks resumed following two years of deadlock.", "following two years", "2022-05/2024-05"),
    ("The deal will end decades of hostility between the two neighbours.", "decades", "2004/2024"),
    ("The two leaders will seek to put an end to years of war.", "years", "2021-05/2024-05"),
    ("The visit is expected to heal decades of mistrust.", "decades", "2004/2024"),
    ("Relations had veered close to conflict in the two years since both leaders took office.", "two years",
     "2022-05/2024-05"),
    ("In the three months since the coup, Mali has expelled the French ambassador.", "three months",
     "2024-02/2024-05"),
])
def test_span_before_an_ending_or_following_reads_back(text, phrase, expected):
    hit = [t for t in find_timexes(text, dt.date(2024, 5, 21)) if t.text == phrase]
    assert hit and (hit[0].edtf, hit[0].direction) == (expected, "past")


@pytest.mark.parametrize("text,phrase,expected", [
    # near misses: "the following" weeks are the coming ones; a span the future brings
    ("The ministers will meet again in the following three months.", "the following three months", "2024-05/2024-08"),
    ("Moscow will face years of sanctions.", "years", "2024-05/2027-05"),
    ("The two sides will hold talks over the next two years.", "the next two years", "2024-05/2026-05"),
    ("The agreement will bring five years of cooperation.", "five years", "2024-05/2029-05"),
])
def test_span_ahead_near_misses(text, phrase, expected):
    hit = [t for t in find_timexes(text, dt.date(2024, 5, 21)) if t.text == phrase]
    assert hit and (hit[0].edtf, hit[0].direction) == (expected, "future")


# --- round 5: "in/during/at a <event noun> on <day>" is the act's own setting, and its day dates the act

@pytest.mark.parametrize("text,published,trigger,expected", [
    ("Top officials held talks in Beijing, with Iran and Saudi Arabia signing a joint statement in a ceremony on "
     "Friday.", "2023-03-10", "signing", "2023-03-10"),
    ("Two Indian soldiers were killed in a clash with Chinese troops on Monday.", "2023-03-10", "killed",
     "2023-03-06"),
    ("China and India held talks at a meeting on Tuesday in Moscow.", "2023-03-10", "held", "2023-03-07"),
    ("Macron and Scholz signed the treaty during a ceremony on Wednesday in Aachen.", "2023-03-10", "signed",
     "2023-03-08"),
])
def test_day_of_the_acts_setting_dates_it(text, published, trigger, expected):
    assert _when(text, published, trigger) == (expected, "timex")


def test_day_of_another_nouns_phrase_still_does_not_date_the_act():
    # near miss: "the site of a huge clash on Monday" dates the clash, not the talks
    got = _when("Military talks resumed at Chushul, the site of a huge clash on Monday in which soldiers died.",
                "2023-03-10", "talks", nominal=True)
    assert got[0] != "2023-03-06"


# --- round 5: "it took more than a year to arrange the summit": how long the preparing took, no date

@pytest.mark.parametrize("text,trigger", [
    ("It took more than a year to arrange the Vladivostok summit between Russia and North Korea.", "summit"),
    ("It took two years to negotiate the trade deal Japan and India signed.", "signed"),
    ("It had taken Serbia and Kosovo months to agree on the talks.", "talks"),
])
def test_time_it_took_is_no_date(text, trigger):
    got = _when(text, "2023-03-10", trigger, nominal=trigger in ("summit", "talks"))
    assert got[0] is None or got[0].startswith("2023-03-0")


def test_span_the_act_spent_still_dates_it():
    # near miss: "held two days of talks" is the talks' own time
    assert _when("Serbia and Kosovo held two days of talks in Brussels.", "2023-03-10",
                 "held") == ("2023-03-08/2023-03-10", "timex")


# --- round 5 factuality: a noun that "failed to / could not take place"; "a possible visit"; "preparations
# are under way for the visit"; a denial restricted by "only": the act took place with other means

def _facts(text: str, published: str = "2021-06-16") -> set[tuple]:
    return {(e.cameo[:2], e.factuality) for e in _events(text, published) if not e.cameo.startswith("01")}


@pytest.mark.parametrize("text,root,expected", [
    ("Talks between India and Pakistan failed to take place.", "04", "negated"),
    ("A planned meeting between Lavrov and Blinken could not take place.", "04", "negated"),
    ("Officials discussed a possible visit by Biden to Israel.", "04", "possible"),
    ("The two sides discussed a potential summit between Putin and Zelensky.", "04", "possible"),
    ("Preparations are under way for Modi's visit to Washington.", "04", "planned"),
    ("Preparations were being made for a visit by the Chinese premier to Canberra.", "04", "planned"),
    ("Vietnam had not dispatched military ships to the area, only coast guard vessels.", "15", "occurred"),
    ("Japan did not send warships to the islands but only coast guard cutters.", "15", "occurred"),
    ("China has not deployed troops to the border - just border police.", "15", "occurred"),
])
def test_factuality_classes_round5(text, root, expected):
    assert (root, expected) in _facts(text)


@pytest.mark.parametrize("text,root,expected", [
    # near misses: a plain denial; "but" with another subject; a visit that went ahead
    ("Japan did not send warships to the islands, the ministry said.", "15", "negated"),
    ("Japan did not send warships, but China did.", "07", "negated"),
    ("Egypt's president made a visit to Sudan that was possible only after the ceasefire.", "04", "occurred"),
])
def test_factuality_classes_round5_near_misses(text, root, expected):
    assert (root, expected) in _facts(text)


# --- round 5 factuality: "was (due) to have visited" did not happen (what someone is "invited to" do
# stays as its own words say: reading it as planned cost a closed set 0.014 full F1)

@pytest.mark.parametrize("text,root,expected", [
    ("Putin was to have visited Turkey on Monday but the trip was called off.", "04", "negated"),
    ("The Japanese envoy was due to have arrived in Seoul on Tuesday.", "04", "negated"),
    ("Macron was supposed to have visited Algiers in March.", "04", "negated"),
])
def test_was_to_have(text, root, expected):
    assert (root, expected) in _facts(text)


@pytest.mark.parametrize("text,root,expected", [
    # near misses: a plan told from the past without "have"; a plain past visit
    ("Putin was to visit Turkey on Monday.", "04", "planned"),
    ("Putin visited Turkey on Monday, the Kremlin said.", "04", "occurred"),
])
def test_was_to_have_near_misses(text, root, expected):
    assert (root, expected) in _facts(text)


# --- round 5: "N units of <noun>" is the span of that noun, not the date of another act of the clause

@pytest.mark.parametrize("text,trigger", [
    ("After months of talks, Iran and Saudi Arabia signed a deal.", "signed"),
    ("Following weeks of clashes, Armenia accused Azerbaijan of shelling border villages.", "accused"),
    ("The expulsion follows months of tensions between Congo and Rwanda, accused of backing the rebels.",
     "accused"),
    ("Chile signed the accord with Bolivia after two years of negotiations.", "signed"),
])
def test_span_of_another_noun_does_not_date_the_act(text, trigger):
    assert _when(text, "2022-10-30", trigger) == ("2022-10-23/2022-10-30", "default")


@pytest.mark.parametrize("text,trigger,expected", [
    # near misses: the act governs the span ("held two days of talks"); the span is the act's own noun
    ("Serbia and Kosovo held two days of talks in Brussels.", "held", "2022-10-28/2022-10-30"),
    ("The two countries have clashed in three years of fighting.", "clashed", "2019-10/2022-10"),
])
def test_span_the_act_governs_still_dates_it(text, trigger, expected):
    assert _when(text, "2022-10-30", trigger)[0] == expected


# --- round 5: "today/tomorrow/yesterday" inside a quotation count from the day the attribution names

@pytest.mark.parametrize("text,published,phrase,expected", [
    ("“Algeria has decided to cut diplomatic relations with Morocco from today,” Lamamra said at a news "
     "conference on Tuesday.", "2021-08-25", "today", "2021-08-24"),
    ("“We are releasing the Indian pilot tomorrow,” Khan told parliament on Thursday.", "2019-03-02", "tomorrow",
     "2019-03-01"),
    ('"I met the Chinese ambassador yesterday," Lavrov told reporters on Monday.', "2021-08-25", "yesterday",
     "2021-08-22"),
    ("“Our envoy leaves for Ankara tomorrow,” the ministry said in a statement on Sunday.", "2022-01-05",
     "tomorrow", "2022-01-03"),
])
def test_quoted_deictic_counts_from_the_day_of_the_saying(text, published, phrase, expected):
    assert _anaphor(text, published, phrase) == expected


@pytest.mark.parametrize("text,published,phrase,expected", [
    # near misses: no day in the attribution; not quoted; the attribution names the publication day
    ("“We met today,” he said.", "2021-08-25", "today", "2021-08-25"),
    ("The talks today in Geneva were “frank”, Lavrov said on Monday.", "2021-08-25", "today", "2021-08-25"),
    ("“We cut ties from today,” Lamamra said on Wednesday.", "2021-08-25", "today", "2021-08-25"),
])
def test_quoted_deictic_near_misses(text, published, phrase, expected):
    assert _anaphor(text, published, phrase) == expected


# --- round 5: a planned act after a past date of the verb that announces it is still to come

@pytest.mark.parametrize("text,published,trigger", [
    ("Germany said on Friday it will expel two Russian diplomats.", "2021-06-16", "expel"),
    ("Last week, China announced it would hold military drills near Taiwan.", "2021-06-16", "hold"),
    ("Officials met Wednesday to try to reach a deal to halt Trump's plan to impose tariffs on Mexico.",
     "2019-06-06", "impose"),
    ("On Monday, Ghana said it would reopen its border with Togo.", "2021-06-16", "reopen"),
])
def test_planned_act_after_the_announcing_date_is_to_come(text, published, trigger):
    when, src = _when(text, published, trigger, fact="planned")
    assert src == "default" and when.startswith(published)


@pytest.mark.parametrize("text,published,trigger,fact,expected", [
    # near misses: a commitment dates the agreement; a coming date; a past act
    ("Serbia and Kosovo agreed on Monday to hold talks in Brussels.", "2021-06-16", "hold", "planned", "2021-06-14"),
    ("Iran will expel two diplomats on Friday.", "2021-06-16", "expel", "planned", "2021-06-18"),
    ("Russia expelled two Estonian diplomats on Monday.", "2021-06-16", "expelled", "occurred", "2021-06-14"),
])
def test_planned_act_after_the_announcing_date_near_misses(text, published, trigger, fact, expected):
    assert _when(text, published, trigger, fact=fact)[0] == expected


# --- round 5: a noun dated by its own relative clause is a reference for "N days before/after" it

@pytest.mark.parametrize("text,published,phrase,expected", [
    ("Russia expelled two Estonian diplomats a day before the summit, which opened Tuesday.", "2021-06-16",
     "a day before", "2021-06-14"),
    ("Protests erupted two days before the talks that were held on Friday.", "2021-06-16", "two days before",
     "2021-06-09"),
    ("Iran seized a tanker three days before the meeting, which took place on June 9.", "2021-06-16",
     "three days before", "2021-06-06"),
])
def test_noun_dated_by_its_relative_clause_is_a_reference(text, published, phrase, expected):
    assert _anaphor(text, published, phrase) == expected


def test_undated_reference_noun_counts_from_publication():
    # near miss: the summit is dated nowhere
    assert _anaphor("Russia expelled two Estonian diplomats a day before the summit.", "2021-06-16",
                    "a day before") == "2021-06-15"


# --- round 5: "appears/seems to be doing" hedges a fact; it is no plan

@pytest.mark.parametrize("before,after,expected", [
    ("sudan appears to be".split(), "taking ethiopia's side".split(), "occurred"),
    ("beijing seems to be".split(), "stepping up its patrols".split(), "occurred"),
    ("the two sides appeared to be".split(), "moving closer to a deal".split(), "occurred"),
    # near misses: a scheduled "is to be"; an expectation
    ("the ceasefire is to be".split(), "signed in doha".split(), "planned"),
    ("talks are expected to be".split(), "held in geneva".split(), "possible"),
])
def test_appears_to_be_is_no_plan(before, after, expected):
    assert factuality(before, after) == expected


# --- round 5: "on the eve of <event>" is the day before that event's day (named right after it or elsewhere)

@pytest.mark.parametrize("text,published,cameo,expected", [
    ("Russia expelled two Estonian diplomats on the eve of the summit on Wednesday.", "2021-06-16", "166",
     "2021-06-15"),
    ("On the eve of the June 16 summit, Russia expelled two Estonian diplomats.", "2021-06-17", "166",
     "2021-06-15"),
    ("Xi's visit on Monday was hailed in Beijing. Russia recalled its envoy to Kyiv on the eve of "
     "Xi's visit.", "2021-06-16", "161", "2021-06-13"),
])
def test_eve_of_a_dated_event(text, published, cameo, expected):
    assert _edtf(_one(text, published, cameo)) == expected


def test_eve_of_an_undated_event_keeps_the_default():
    # near miss: the summit is dated nowhere
    e = _one("Russia expelled two Estonian diplomats on the eve of the summit.", "2021-06-16", "166")
    assert _edtf(e) == "2021-06-09/2021-06-16"


# --- round 7: a date inside a "since" phrase after the act ("the first since X took office in 2012")
# is where the comparison starts, before the act: it does not date the act

@pytest.mark.parametrize("text,published,cameo", [
    ("Lavrov and Wang Yi met in Beijing, the first meeting since Wang took over the ministry in 2013.",
     "2022-12-20", "040"),
    ("Sudan and South Sudan held talks in Juba, the first round since the two sides broke off contacts in 2012.",
     "2022-12-20", "040"),
    ("Ruto and Museveni met in Kampala, the first since Ruto took office in September.", "2022-12-20", "040"),
    ("Japanese and Chinese defence ministers held talks in Tokyo, the first such talks since the two sides "
     "froze contacts in 2012.", "2021-06-20", "040"),
])
def test_date_of_a_since_phrase_does_not_date_the_act(text, published, cameo):
    when = _edtf(_one(text, published, cameo))
    assert when is not None and when.endswith(published), when


@pytest.mark.parametrize("text,published,cameo,expected", [
    # near misses: the act's own date before "since"; a "since" that is the expression itself
    ("Russia expelled three Estonian diplomats on Monday since tensions had risen.", "2021-06-20", "166",
     "2021-06-14"),
    ("Russian troops have occupied parts of Georgia since 2008.", "2021-06-20", "19", "2008/2021-06-20"),
    ("Ruto met Museveni in Kampala in September, the first time since the election.", "2022-12-20", "040",
     "2022-09"),
])
def test_since_phrase_near_misses(text, published, cameo, expected):
    assert _edtf(_one(text, published, cameo)) == expected


# --- round 7: the news style's future, a subject of names and a bare "to" ("PM Ardern to visit China")

@pytest.mark.parametrize("text,cameo", [
    ("Egypt, Jordan and Iraq to hold summit in Baghdad", "040"),
    ("Indonesian President Widodo to meet Putin in Moscow", "040"),
    ("U.K. to expel Russian defence attache", "166"),
    ("Lithuania to recall envoy from Beijing, minister says", "161"),
    ("S. Korea to remove Japan from its whitelist of trusted trading partners", "163"),
])
def test_headline_to_infinitive_is_planned(text, cameo):
    e = _one(text, "2021-06-15", cameo)
    assert e.factuality == "planned" and _edtf(e).startswith("2021-06-15"), (e.factuality, _edtf(e))


@pytest.mark.parametrize("words,expected", [
    ("Kenya 's Ruto to".split(), True),
    # near misses: a capitalised verb of a title-case headline, a lower-case governor, a preposition
    ("US , Russia Agree to".split(), False),
    ("Xi , Putin Vow To".split(), False),
    ("Biden To".split(), True),
    ("Germany agreed to".split(), False),
    ("The decision to".split(), False),
    ("In Beijing to".split(), False),
])
def test_headline_future_words(words, expected):
    assert headline_future(words) is expected


def test_headline_to_infinitive_near_miss_in_a_sentence():
    e = _one("Turkey Moves to Block Sweden's NATO Bid", "2021-06-15", "12")
    assert e.factuality == "occurred"


# --- round 7: an act reported in the past progressive ("announced they were recalling") happened when it
# was told: it takes the saying's date when it has none of its own

@pytest.mark.parametrize("text,cameo,expected", [
    ("In March, Spain said it was pulling its ambassador from Argentina.", "161", "2021-03"),
    ("Pakistan's Foreign Ministry announced in January that Islamabad was recalling its ambassador to Iran.",
     "161", "2021-01"),
    ("On June 3, Kenya said it was withdrawing its ambassador from Somalia.", "161", "2021-06-03"),
    ("Last month Peru announced that it was expelling the Mexican ambassador.", "166", "2021-05"),
])
def test_progressive_act_takes_the_date_of_its_saying(text, cameo, expected):
    assert _edtf(_one(text, "2021-06-16", cameo)) == expected


@pytest.mark.parametrize("text,cameo,expected", [
    # near misses: an undated saying; a reported past perfect; a plan; the act's own date
    ("Spain said it was pulling its ambassador from Argentina.", "161", "2021-06-09/2021-06-16"),
    ("In March, Spain said it had recalled its ambassador from Argentina.", "161", "2021-06-09/2021-06-16"),
    ("In March, Spain said it will recall its ambassador from Argentina.", "161", "2021-06-16/2021-07-16"),
    ("In March, Kenya said it was withdrawing its ambassador from Somalia in February.", "161", "2021-02"),
])
def test_progressive_act_of_a_saying_near_misses(text, cameo, expected):
    assert _edtf(_one(text, "2021-06-16", cameo)) == expected


# --- round 7: an intent (CAMEO 03) read from "agreed to <verb>" is expressed by the agreeing: it occurred

@pytest.mark.parametrize("text,expected_when", [
    ("Earlier this month, Bolivia and Chile agreed to end their trade disputes.", "2021-06-01/2021-06-15"),
    ("Armenia and Azerbaijan agreed to end their dispute over the enclaves.", "2021-06-09/2021-06-16"),
    ("Sudan and South Sudan have agreed to end their dispute over Abyei.", "2021-06-09/2021-06-16"),
    ("In May, Ecuador and Peru agreed to end their trade disputes.", "2021-05"),
])
def test_agreed_intent_occurred(text, expected_when):
    e = _one(text, "2021-06-16", "03")
    assert (e.factuality, _edtf(e)) == ("occurred", expected_when)


@pytest.mark.parametrize("text,cameo,fact", [
    # near misses: a possible agreement; a material act agreed to is still to come
    ("Bolivia and Chile may agree to end their dispute.", "03", "possible"),
    ("Thailand and Cambodia agreed to ease tensions on the border.", "087", "planned"),
])
def test_agreed_intent_near_misses(text, cameo, fact):
    assert _one(text, "2021-06-16", cameo).factuality == fact


# --- round 7: a day of a month that premodifies a noun ("an August 14 crackdown", "the Oct. 7 attack")
# dates that noun only, not the act that names it (as a premodifying year or month already did)

@pytest.mark.parametrize("text,cameo", [
    ("Israel condemned the Oct. 7 attack by Hamas militants.", "111"),
    ("Kenya criticised the May 9 vote in Somalia's parliament.", "111"),
    ("China denounced a June 12 meeting between Taiwan's president and a U.S. senator.", "111"),
    ("The Turkish premier condemned an August 14 crackdown by Egyptian security forces in Cairo.", "111"),
])
def test_premodifying_day_does_not_date_the_act(text, cameo):
    assert _edtf(_one(text, "2023-10-20", cameo)) == "2023-10-13/2023-10-20"


@pytest.mark.parametrize("text,cameo,expected", [
    # near misses: the day closes the clause; the day before "after"; a fronted day
    ("Russia expelled two Estonian diplomats on Oct. 14.", "166", "2023-10-14"),
    ("Egypt recalled its ambassador to Turkey October 14 after the crackdown.", "161", "2023-10-14"),
    ("On Oct. 12, China denounced the meeting between Taiwan's president and a U.S. senator.", "111",
     "2023-10-12"),
])
def test_premodifying_day_near_misses(text, cameo, expected):
    assert _edtf(_one(text, "2023-10-20", cameo)) == expected


def test_premodifying_day_dates_the_act_the_noun_governs():
    # "the Oct. 3 decision by Estonia to expel": the expulsion is the decision's, on its day
    assert _edtf(_one("Russia protested the Oct. 3 decision by Estonia to expel its diplomat.", "2023-10-20",
                      "166")) == "2023-10-03"


# --- round 7: what a meeting or visit "will" bring about ("Our meeting will strengthen the ties") says
# nothing of when it takes place: the noun is no plan

@pytest.mark.parametrize("text,cameo", [
    ("\"Our talks will strengthen the friendship between Vietnam and Laos,\" said Phuc.", "040"),
    ("This summit between India and Japan will mark a new chapter in ties, Modi said.", "040"),
    ("Erdogan's visit to Egypt will give new impetus to relations, the minister said.", "042"),
])
def test_effect_of_a_meeting_is_no_plan(text, cameo):
    e = _one(text, "2021-06-16", cameo)
    assert (e.factuality, _edtf(e)) == ("occurred", "2021-06-09/2021-06-16")


@pytest.mark.parametrize("before,after,expected", [
    ("our".split(), "will strengthen the ties between the two peoples".split(), "occurred"),
    ("the".split(), "will also help deepen ties between ghana and togo".split(), "occurred"),
    # near misses: the noun's own scheduling verbs
    ("the".split(), "will take place in brasilia next week".split(), "planned"),
    ("the".split(), "will bring together the leaders of egypt and jordan".split(), "planned"),
    ("the".split(), "between egypt and jordan will be held next month".split(), "planned"),
])
def test_effect_of_a_meeting_words(before, after, expected):
    assert factuality(before, after, nominal=True) == expected


# --- round 7: a verb of holding back governs the act, which does not happen ("stopped short of
# condemning", "backed away from plans to expel", "rejected calls to expel"); "was supposed to" did
# not happen either. A stance denied on an event leaves the event a fact ("did not condemn the invasion")

@pytest.mark.parametrize("text,cameo", [
    ("India stopped short of condemning Russia's invasion of Ukraine.", "111"),
    ("Moscow avoided condemning the coup in Niger.", "111"),
    ("Mexico backed away from plans to expel the Bolivian ambassador.", "166"),
    ("Japan abandoned plans to host the summit with South Korea.", "043"),
    ("Nigeria rejected calls to expel the Chinese ambassador.", "166"),
    ("Turkey dismissed demands to withdraw its troops from Syria.", "0874"),
    ("Brazil was supposed to receive the Argentine president in March.", "043"),
])
def test_holding_back_negates_the_act(text, cameo):
    assert _one(text, "2021-06-16", cameo).factuality == "negated"


@pytest.mark.parametrize("text,cameo,fact", [
    # the event a denied stance is about took place
    ("India stopped short of condemning Russia's invasion of Ukraine.", "190", "occurred"),
    ("India did not condemn Russia's invasion of Ukraine.", "190", "occurred"),
    # near misses: a light verb passes the negation on to its noun; a present "is supposed to" plans
    ("Israel did not hold talks with Hamas.", "040", "negated"),
    ("Egypt is supposed to host the talks between Israel and Hamas next week.", "043", "planned"),
    ("Mexico expelled the Bolivian ambassador after rejecting his explanation.", "166", "occurred"),
    ("Ukrainian forces held off a Russian assault on Kharkiv.", "190", "occurred"),
])
def test_holding_back_near_misses(text, cameo, fact):
    assert _one(text, "2021-06-16", cameo).factuality == fact


# --- round 7: the noun's own predicate doubts it ("remains uncertain", "is now in doubt") or takes it off
# the agenda ("is not on the cards", "are off the table")

@pytest.mark.parametrize("text,cameo,fact", [
    ("The visit by Modi to Pakistan remains uncertain.", "042", "possible"),
    ("The summit between Japan and South Korea is now in doubt.", "040", "possible"),
    ("A visit by Lula to Caracas was still up in the air on Monday.", "042", "possible"),
    ("Officials said a meeting between Erdogan and Assad is not on the cards.", "040", "negated"),
    ("Talks between Serbia and Kosovo are off the table, Vucic said.", "040", "negated"),
    # near misses: the noun's scheduling or ending predicates
    ("The visit by Modi to Pakistan will take place in June.", "042", "planned"),
    ("The summit between Japan and South Korea ended without a statement.", "040", "occurred"),
])
def test_noun_doubted_or_off_the_agenda(text, cameo, fact):
    assert _one(text, "2021-06-16", cameo).factuality == fact


# --- round 7: headline verbs of readiness and nearness: "poised to", "on track to", "gears up to" plan;
# "eyes", "on (the) verge of", "on the brink of", "close to <doing>" are possible

@pytest.mark.parametrize("text,cameo,fact", [
    ("Turkey poised to approve Sweden's NATO membership", "051", "planned"),
    ("India, China on track to resume border talks", "040", "planned"),
    ("Japan eyes sanctions on Russia over Ukraine", "163", "possible"),
    ("Serbia on verge of recognizing Kosovo", "054", "possible"),
    ("Ghana and Togo close to signing border deal", "057", "possible"),
    # near misses: "close to" a place; "in the eyes of"
    ("Russian troops massed close to Ukraine's border.", "154", "occurred"),
    ("In the eyes of Beijing, the visit by Pelosi to Taiwan was a provocation.", "042", "occurred"),
    ("Turkish warplanes struck Kurdish positions close to the Iraqi border.", "190", "occurred"),
])
def test_readiness_and_nearness(text, cameo, fact):
    assert _one(text, "2021-06-16", cameo).factuality == fact


# --- round 7: a noun scheduled by its own predicate ("talks ... are slated for March", "the visit ... is
# set for March 9") is planned and the month after a scheduling "for" is a coming date; "plans a visit"

@pytest.mark.parametrize("text,cameo,expected", [
    ("A second round of talks between Sudan and South Sudan is slated for March.", "040", ("planned", "2022-03")),
    ("The visit by Lula to Angola is set for March 9.", "042", ("planned", "2022-03-09")),
    ("The summit between Egypt and Jordan is scheduled for next week.", "040", ("planned", "2021-06-21/2021-06-27")),
    ("Putin plans a visit to North Korea.", "042", ("planned", "2021-06-16/2021-07-16")),
])
def test_noun_scheduled_by_its_predicate(text, cameo, expected):
    e = _one(text, "2021-06-16", cameo)
    assert (e.factuality, _edtf(e)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The talks are slated for March.", [("March", "2022-03")]),
    ("The talks are set for March 9.", [("March 9", "2022-03-09")]),
    # near misses: a "for May" that is no date; a plain past month
    ("The Tories voted for May.", []),
    ("Support for May grew.", []),
    ("The talks were held in March.", [("March", "2021-03")]),
])
def test_month_after_a_scheduling_for(text, expected):
    assert [(t.text, t.edtf) for t in find_timexes(text, dt.date(2021, 6, 16))] == expected


def test_signed_plan_is_no_plan():
    # near miss: "plan" as a noun before the trigger
    assert _one("The peace plan was signed on Monday by Armenia and Azerbaijan.", "2021-06-16",
                "057").factuality == "occurred"


# --- round 7: a negated subject ("None of the Gulf states", "Neither Egypt nor Jordan") negates its act

@pytest.mark.parametrize("before,expected", [
    ("none of the gulf states".split(), "negated"),
    ("neither egypt".split(), "negated"),
    ("nobody in the government".split(), "negated"),
    # near miss: "none" inside a relative clause that ends before the act's own verb
    ("saudi arabia , none of whose ministers attended , also".split(), "occurred"),
])
def test_negated_subject(before, expected):
    assert factuality(before, ["envoys", "to", "the", "ceremony"]) == expected


def test_none_of_the_states_sent_envoys():
    e = _one("None of the Gulf states sent envoys to the ceremony in Tehran.", "2021-06-16", "042")
    assert e.factuality == "negated"


# --- round 7: "for the second time this year" is the period a count runs over, not the act's date

@pytest.mark.parametrize("text,cameo", [
    ("Sudan recalled its ambassador from Chad for the second time this year.", "161"),
    ("North Korea fired missiles toward Japan for the third time this month.", "190"),
])
def test_count_frame_does_not_date_the_act(text, cameo):
    assert _edtf(_one(text, "2021-06-16", cameo)) == "2021-06-09/2021-06-16"


@pytest.mark.parametrize("text,cameo,expected", [
    # near misses: the period itself dates the act
    ("Kenya recalled its envoy from Somalia this year.", "161", "2021"),
    ("Turkey expelled the Dutch envoy this week.", "166", "2021-06-14/2021-06-16"),
])
def test_count_frame_near_misses(text, cameo, expected):
    assert _edtf(_one(text, "2021-06-16", cameo)) == expected


# --- a day and month without a year in a past-tense clause: the coming one when the past one is
# almost a year back and the coming one is at most two months ahead (news gives the year of a date
# that far back)

def _tx(text: str, published: str, phrase: str) -> str | None:
    hit = [t for t in find_timexes(text, dt.date.fromisoformat(published)) if t.text == phrase]
    assert hit, f"{phrase!r} not found in {text!r}"
    return hit[0].edtf


@pytest.mark.parametrize("text, published, phrase, edtf", [
    ("Moscow signed a decree barring Ukrainian carriers from its airports from July 8.",
     "2021-06-21", "July 8", "2021-07-08"),
    ("The treaty was set to expire on February 5th.", "2021-01-26", "February 5th", "2021-02-05"),
    ("The ministry said the border crossing was reopened to trucks from January 10.",
     "2016-12-28", "January 10", "2017-01-10"),
    ("Hanoi announced that the new tariffs on Chinese steel took effect from March 1.",
     "2019-02-14", "March 1", "2019-03-01"),
    ("The delegation's trip was later moved to April 13, her office said.",
     "2023-04-01", "April 13", "2023-04-13"),
])
def test_past_clause_day_month_ahead_is_the_coming_one(text, published, phrase, edtf):
    assert _tx(text, published, phrase) == edtf


@pytest.mark.parametrize("text, published, phrase, edtf", [
    # a few days back: the past one
    ("Lima recalled its ambassador on June 15.", "2021-06-21", "June 15", "2021-06-15"),
    # ahead by more than two months: still last year's
    ("The two ministers met in Nairobi on October 3.", "2021-06-21", "October 3", "2020-10-03"),
    # half a year back: the past one
    ("The talks collapsed on December 20.", "2021-06-21", "December 20", "2020-12-20"),
])
def test_past_clause_day_month_stays_past(text, published, phrase, edtf):
    assert _tx(text, published, phrase) == edtf


# --- round 9: a plan put off, or told as one that will be called off, is negated

@pytest.mark.parametrize("text,published,cameo", [
    ("Islamabad decided that Pakistan's foreign minister's visit to Washington would be postponed.",
     "2017-09-08", "042"),
    ("Officials said the summit between Kenya and Somalia will be postponed.", "2020-03-02", "04"),
    ("Beijing reportedly put off a visit by the Mongolian deputy prime minister to China.", "2016-11-23", "042"),
    ("Chile's President Pinera said his planned trip to Bolivia would be called off.",
     "2018-10-01", "042"),
    ("Hanoi has put off talks with Cambodia on the border.", "2019-06-12", "04"),
])
def test_future_calling_off_and_put_off_negate(text, published, cameo):
    assert _one(text, published, cameo).factuality == "negated"


@pytest.mark.parametrize("before,after,nominal,expected", [
    # near misses: put off BY something is a dislike; a visit that will be held is planned
    ("the minister was put off by".split(), "the remarks".split(), True, "occurred"),
    ("".split(), "to washington will be held on monday".split(), True, "planned"),
    ("the".split(), "to washington would be welcomed".split(), True, "planned"),
])
def test_future_calling_off_near_misses(before, after, nominal, expected):
    assert factuality(before, after, nominal=nominal) == expected


# --- round 9: a coming span after "over" / "during" in the clause of an act that took place is what
# the act provides (the aid's years), not the act's date: the act keeps the days before publication

@pytest.mark.parametrize("text,published,cameo", [
    ("Japan has increased its aid to Vietnam by $300 million over the next three years.", "2019-05-10", "07"),
    ("Canada pledged $50 million in aid to Haiti over the next five years.", "2021-03-04", "07"),
    ("Turkey granted Somalia $100 million in aid during the coming two years.", "2017-06-14", "07"),
    ("Britain gave Kenya 20 million pounds in aid over the next four years.", "2022-11-30", "07"),
])
def test_effect_span_of_an_occurred_act_is_not_its_date(text, published, cameo):
    e = _one(text, published, cameo)
    pub = dt.date.fromisoformat(published)
    assert e.factuality == "occurred"
    assert e.when is not None and e.when.upper <= pub and (pub - e.when.lower).days <= 7


def test_effect_span_near_misses():
    # a planned act keeps its coming span
    e = _one("Japan will give Vietnam $300 million in aid over the next three years.", "2019-05-10", "07")
    assert e.factuality == "planned" and e.when.upper.year == 2022
    # a past span still dates an act that took place
    e = _one("Canada gave Haiti $50 million in aid over the past five years.", "2021-03-04", "07")
    assert e.when.lower.year == 2016


# --- round 9: a cue of plan inside the subject ("forces tasked with ...", "talks planned for months")
# does not make a finite past verb group ("were attacked", "had been held") a plan

@pytest.mark.parametrize("text,published,cameo", [
    ("Malian soldiers tasked with guarding the convoy were attacked by Burkinabe militias on Friday.",
     "2022-03-05", "19"),
    ("Sudanese troops ordered to secure the crossing were attacked by Ethiopian forces.", "2021-11-29", "19"),
    ("Indian troops due to rotate out of the area were attacked by Chinese soldiers on Monday.",
     "2020-06-17", "19"),
    ("Talks between Serbia and Kosovo that had been scheduled for months were held in Brussels on Tuesday.",
     "2023-02-28", "04"),
])
def test_plan_cue_in_the_subject_leaves_a_past_group_occurred(text, published, cameo):
    assert _one(text, published, cameo).factuality == "occurred"


@pytest.mark.parametrize("before,expected", [
    (["our", "forces", "tasked", "with", "securing", "the", "harvest", "were"], "occurred"),
    # near misses: the plan governs the verb group itself, or a modal precedes the auxiliary
    (["the", "minister", "was", "to", "have"], "negated"),
    (["russia", "said", "its", "troops", "will", "have"], "planned"),
    (["the", "talks", "are", "scheduled", "to", "be"], "planned"),
])
def test_finite_past_group_classes(before, expected):
    assert factuality(before, [], nominal=False) == expected


# --- round 9: a plan the sentence goes on to call off ("... but his visit was canceled") is negated

@pytest.mark.parametrize("text,published,cameo", [
    ("Indian Prime Minister Narendra Modi had been scheduled to pay a state visit to Bangladesh to open the "
     "new rail link but his visit was cancelled because of the floods.", "2022-06-20", "042"),
    ("Chinese Foreign Minister Wang Yi was due to travel to Tokyo for talks on the islands, but the trip has "
     "been postponed.", "2012-09-20", "042"),
    ("Kenya's President Ruto was set to visit Uganda on Monday to sign the pipeline accord, but the visit "
     "was called off at the last minute.", "2023-02-28", "042"),
    ("Israeli Prime Minister Benjamin Netanyahu was expected to meet Egyptian President Abdel Fattah el-Sisi "
     "in Sharm el-Sheikh next week but it was scrapped.", "2021-09-08", "04"),
])
def test_plan_called_off_later_in_the_sentence_is_negated(text, published, cameo):
    assert _one(text, published, cameo).factuality == "negated"


@pytest.mark.parametrize("text,published,cameo", [
    ("Chinese Foreign Minister Qin Gang had been expected to attend the meeting in Delhi but pulled out at "
     "the last minute.", "2023-03-01", "04"),
    ("Russian President Vladimir Putin was due to travel to South Africa for the summit but did not attend.",
     "2023-08-20", "042"),
    ("Brazil's President Lula was scheduled to meet Ukraine's President Zelensky in Hiroshima but later "
     "cancelled.", "2023-05-22", "04"),
])
def test_plan_the_subject_withdraws_from_is_negated(text, published, cameo):
    assert _one(text, published, cameo).factuality == "negated"


def test_plan_called_off_later_near_misses():
    # what is called off is another plan told after "but": the visit stays planned
    e = _one("Indian Prime Minister Narendra Modi will pay a state visit to Bangladesh next week, but a rally "
             "in Dhaka was cancelled.", "2022-06-20", "042")
    assert e.factuality == "planned"
    # no calling off after "but"
    e = _one("Kenya's President Ruto will visit Uganda on Monday, but no deal is expected.", "2023-02-28", "042")
    assert e.factuality == "planned"
    # the subject goes on to say something else: the plan stays
    e = _one("Russian President Vladimir Putin was due to travel to South Africa for the summit but said he "
             "would send Lavrov.", "2023-08-20", "042")
    assert e.factuality == "planned"


# --- round 9: a meeting in an "After ..." phrase that opens the sentence is the news its main clause
# reports on (the days before publication), not undated background

@pytest.mark.parametrize("text,published,cameo", [
    ("After talks in Hanoi between Vietnamese and Chinese officials, the two sides announced a hotline.",
     "2019-04-10", "04"),
    ("After a meeting in Nairobi between Kenya's President Ruto and Ethiopian Prime Minister Abiy Ahmed, "
     "officials said trade would rise.", "2023-02-01", "04"),
    ("Following talks between Greece and Turkey in Athens, officials said the two would resume flights.",
     "2023-12-08", "04"),
    ("After a summit between the leaders of Chile and Argentina, the ministers signed a trade deal.",
     "2018-11-20", "04"),
])
def test_fronted_after_meeting_is_recent_news(text, published, cameo):
    e = _one(text, published, cameo)
    pub = dt.date.fromisoformat(published)
    assert e.factuality == "occurred" and e.when is not None and e.when.upper == pub


def test_fronted_after_meeting_near_misses():
    # a meeting after the main clause is background: no date
    e = _one("Ties between Seoul and Tokyo improved after talks between South Korea and Japan in Busan.",
             "2019-04-10", "04")
    assert e.when is None
    # a fronted act that is no meeting stays background
    e = _one("After the expulsion of Russian diplomats by Poland, Moscow closed the Polish consulate.",
             "2019-04-10", "166")
    assert e.when is None


# --- round 9: a hostile act held over a condition that FOLLOWS it ("would launch an offensive ... if
# Kurdish forces do not withdraw") is a threat made now, like one after a fronted "if" clause

@pytest.mark.parametrize("text,published,cameo", [
    ("Turkey would launch an offensive against Syria if Kurdish forces do not withdraw.", "2019-10-01", "13"),
    ("China will impose sanctions on Lithuania if it allows a Taiwan office.", "2021-08-10", "13"),
    ("Azerbaijan will attack Armenia if the shelling continues, the ministry said.", "2020-09-28", "13"),
    ("India would expel Canadian diplomats if Ottawa does not apologise.", "2023-09-20", "13"),
])
def test_trailing_condition_makes_a_threat(text, published, cameo):
    e = _one(text, published, cameo)
    assert e.factuality == "occurred"
    assert e.when is not None and e.when.upper == dt.date.fromisoformat(published)


@pytest.mark.parametrize("text,published,cameo,fact", [
    # near misses: an "if" of asking or doubt, and an act without a condition
    ("Officials asked if Turkey would launch an offensive against Syria.", "2019-10-01", "19", "possible"),
    ("Turkey will launch an offensive against Syria next week.", "2019-10-01", "19", "planned"),
    ("Israel could strike Iran's nuclear sites if talks fail.", "2019-10-01", "19", "possible"),
])
def test_trailing_condition_near_misses(text, published, cameo, fact):
    assert _one(text, published, cameo).factuality == fact


# --- round 9: a noun that "never took place" / "has not taken place" is negated; an unconfirmed or
# unclaimed act is not denied ("has not confirmed the strike": the stance is withheld)

@pytest.mark.parametrize("text,published,cameo,fact", [
    ("The summit between Serbia and Kosovo never took place.", "2023-05-17", "04", "negated"),
    ("The meeting between Putin and Zelensky has not taken place.", "2023-05-17", "04", "negated"),
    ("Modi's visit to Pakistan never happened.", "2023-05-17", "042", "negated"),
    ("Israel has not confirmed the strike on Iran.", "2023-05-17", "19", "occurred"),
    ("Kyiv did not confirm the drone attack on Russia.", "2023-05-17", "19", "occurred"),
    # near misses: a meeting that took place, an act denied by its own verb
    ("The meeting between Putin and Erdogan took place in Sochi.", "2023-05-17", "04", "occurred"),
    ("Israel did not attack Iran's nuclear sites.", "2023-05-17", "19", "negated"),
])
def test_never_took_place_and_unconfirmed(text, published, cameo, fact):
    assert _one(text, published, cameo).factuality == fact


# --- round 9: an act of cooperation (05, 06) a side "agreed to" is reported as reached: occurred, dated
# by its telling, not by the act's own coming start

@pytest.mark.parametrize("text,published,cameo", [
    ("Jordan has agreed to supply Iraq with electricity starting next year.", "2022-06-06", "06"),
    ("Qatar agreed to supply Pakistan with liquefied natural gas from 2025.", "2023-06-01", "06"),
    ("Turkmenistan agreed to export gas to Afghanistan from next month.", "2021-10-12", "06"),
    ("Azerbaijan agreed to supply Georgia with electricity.", "2019-04-10", "06"),
])
def test_agreed_cooperation_is_reached_now(text, published, cameo):
    e = _one(text, published, cameo)
    pub = dt.date.fromisoformat(published)
    assert e.factuality == "occurred"
    assert e.when is not None and e.when.upper == pub and (pub - e.when.lower).days <= 7


@pytest.mark.parametrize("text,published,cameo,fact", [
    # near misses: an agreement that only may come stays possible; a supply announced without one is planned
    ("Jordan may agree to supply Iraq with electricity.", "2022-06-06", "06", "possible"),
    ("Jordan will supply Iraq with electricity starting next year.", "2022-06-06", "06", "planned"),
])
def test_agreed_cooperation_near_misses(text, published, cameo, fact):
    assert _one(text, published, cameo).factuality == fact


# --- round 9: an anaphoric "two months later" / "a month earlier" counts from the month the text named
# last (not from publication)

@pytest.mark.parametrize("text,published,phrase,expected", [
    ("In October 2019, Bulgaria expelled a Russian diplomat. Two months later, Russia expelled a Bulgarian "
     "diplomat.", "2020-09-24", "Two months later", "2019-12"),
    ("In March 2018, Britain expelled 23 Russian diplomats. A month later, Moscow retaliated.", "2019-01-10",
     "A month later", "2018-04"),
    ("Ghana recalled its envoy in June. Three months later, it restored ties.", "2021-12-01",
     "Three months later", "2021-09"),
    ("Peru expelled the Mexican ambassador in December 2022. A month earlier, the two had clashed.",
     "2023-03-01", "A month earlier", "2022-11"),
])
def test_anaphoric_months_count_from_the_last_named_month(text, published, phrase, expected):
    assert _anaphor(text, published, phrase) == expected


def test_anaphoric_months_near_misses():
    # no month named before: counted from publication as before
    assert _anaphor("Chile recalled its envoy. Two months later, Peru expelled Chilean diplomats.",
                    "2019-03-15", "Two months later") == "2019-05"
    # a day offset keeps counting from the last day only (a month is no day to count from)
    assert _anaphor("Chile recalled its envoy in March. A day later, Peru expelled Chilean diplomats.",
                    "2019-06-15", "A day later") == "2019-06-16"


# --- round 9: an undated act in the simple past right after a sentence of its paragraph that opens
# with a past date belongs to that episode, not to the days before publication

@pytest.mark.parametrize("text,published,cameo,expected", [
    ("In January 2020, Bulgaria expelled a Russian diplomat. The Russian Foreign Ministry said Moscow "
     "could retaliate against Bulgaria.", "2020-09-24", "13", "2020-01"),
    ("In March 2019, Ghana recalled its ambassador from Nigeria. Abuja accused Accra of harassing Nigerian "
     "traders.", "2020-08-20", "11", "2019-03"),
    ("Back in May, Serbia expelled two Croatian diplomats. Zagreb protested to Belgrade over the move.",
     "2021-10-05", "11", "2021-05"),
    ("On March 3, Lithuania expelled the Russian ambassador. Moscow condemned the decision and Russia "
     "expelled a Lithuanian diplomat.", "2023-06-01", "11", "2023-03-03"),
    ("On April 13 four Russian agents parked a car near the OPCW in The Hague. Russia tried to hack the "
     "Dutch watchdog's network.", "2018-10-04", "17", "2018-04-13"),
])
def test_undated_act_after_a_fronted_past_date_joins_its_episode(text, published, cameo, expected):
    assert _edtf(_one(text, published, cameo)) == expected


@pytest.mark.parametrize("text,published,cameo", [
    # near misses: a new paragraph, a date not fronted, a date within the last days
    ("In January 2020, Bulgaria expelled a Russian diplomat.\n\nThe Russian Foreign Ministry said Moscow "
     "could retaliate against Bulgaria.", "2020-09-24", "13"),
    ("Bulgaria expelled a Russian diplomat in January 2020. The Russian Foreign Ministry said Moscow "
     "could retaliate against Bulgaria.", "2020-09-24", "13"),
    ("On Monday, Bulgaria expelled a Russian diplomat. The Russian Foreign Ministry said Moscow could "
     "retaliate against Bulgaria.", "2020-09-24", "13"),
    ("April 13 was the day Bulgaria expelled a Russian diplomat. The Russian Foreign Ministry said Moscow "
     "could retaliate against Bulgaria.", "2020-09-24", "13"),
])
def test_episode_date_near_misses(text, published, cameo):
    e = _one(text, published, cameo)
    assert e.when is not None and e.when.upper == dt.date.fromisoformat(published)


# --- round 9: an undated "after" clause whose main clause is dated to a day happened in the days
# before that day (a week), not in the month before: its repeat without a date is then one event

@pytest.mark.parametrize("text,published,cameo,lo,hi", [
    ("Bolivia's plane was forced to land in Vienna on Tuesday after France refused air permits for Bolivia.",
     "2013-07-03", "12", "2013-06-25", "2013-07-02"),
    ("Israel recalled its ambassador to Sweden on Thursday after Sweden recognized Palestine.", "2014-10-31",
     "054", "2014-10-23", "2014-10-30"),
    ("Saudi Arabia cut ties with Iran on Jan. 3 after Iranian protesters attacked the Saudi embassy.",
     "2016-01-05", "145", "2015-12-27", "2016-01-03"),
])
def test_after_clause_of_a_day_is_the_week_before(text, published, cameo, lo, hi):
    e = _one(text, published, cameo)
    assert (e.when.lower, e.when.upper) == (dt.date.fromisoformat(lo), dt.date.fromisoformat(hi))


def test_after_clause_near_miss_month():
    # a main clause dated to a month keeps the month before it
    e = _one("China recalled its ambassador to Lithuania in August after Lithuania allowed Taiwan to open an office.",
             "2021-10-01", "054")
    assert e.when.lower == dt.date(2021, 7, 2)


def test_after_clause_repeat_is_one_event():
    text = ("Bolivia's plane was forced to land in Vienna on Tuesday after France refused air permits for Bolivia. "
            "Bolivia's foreign minister said France had abruptly refused air permits for Bolivia.")
    evs = [e for e in _events(text, "2013-07-03") if e.cameo.startswith("12") and e.source == "FRA"]
    assert len(evs) == 1


# --- round 9: the main act after a sentence-opening "After ... on <day>," clause came between that day
# and publication, not on that day

@pytest.mark.parametrize("text,published,cameo,lo,hi", [
    ("After the military declared martial law on Tuesday, Washington urged an early return to democracy "
     "in Thailand.", "2014-05-23", "10", "2014-05-20", "2014-05-23"),
    ("After Azerbaijan shelled the border on Sunday, Armenia accused Baku of aggression.", "2022-09-15", "11",
     "2022-09-11", "2022-09-15"),
    ("Following the shooting of a Chinese national on Monday, Beijing summoned Pakistan's ambassador.",
     "2021-07-16", "11", "2021-07-12", "2021-07-16"),
])
def test_act_after_fronted_dated_after_clause(text, published, cameo, lo, hi):
    e = _one(text, published, cameo)
    assert (e.when.lower, e.when.upper) == (dt.date.fromisoformat(lo), dt.date.fromisoformat(hi))


def test_act_after_fronted_dated_after_clause_near_misses():
    # the main clause has its own date; the fronted clause's own act keeps its day
    text = "After Russia expelled two Polish diplomats on Monday, Poland expelled a Russian diplomat on Wednesday."
    evs = _events(text, "2014-05-23")
    assert {(e.source, _edtf(e)) for e in evs if e.cameo.startswith("166")} == {("RUS", "2014-05-19"),
                                                                                 ("POL", "2014-05-21")}


# --- round 9b: weighing an act or being open to it is possible; an invitation to it plans it

@pytest.mark.parametrize("text,cameo,expected", [
    ("Japan is weighing sanctions against Russia over the annexation.", "16", "possible"),
    ("The Dutch government weighed expelling Iranian diplomats, officials said.", "16", "possible"),
    ("Canada weighs new sanctions on Myanmar after the coup.", "16", "possible"),
    ("Qatar said it was open to mediating between Ethiopia and Eritrea.", "045", "possible"),
    ("Lula has accepted an invitation to visit China in April.", "042", "planned"),
    ("Ruto accepted Macron's invitation to travel to Paris.", "042", "planned"),
])
def test_weighing_open_to_and_invitations(text, cameo, expected):
    assert _one(text, "2023-02-06", cameo).factuality == expected


@pytest.mark.parametrize("text,cameo", [
    ("France weighed in on the dispute, condemning Russia for the strikes.", "11"),
    ("Japan imposed sanctions against Russia, which opened fire on Ukrainian towns.", "16"),
    ("Lula visited China in April at the invitation of Xi Jinping.", "042"),
])
def test_weighing_open_to_and_invitations_near_misses(text, cameo):
    assert _one(text, "2023-06-06", cameo).factuality == "occurred"


# --- the publication's own weekday in a past perfect clause is the week before

@pytest.mark.parametrize("text,published,cameo,expected", [
    ("Zambian President Edgar Lungu had shut the border with Tanzania on Sunday after a surge of cases.", "2022-06-05",
     "16", "2022-05-29"),
    ("Hungary had expelled two Ukrainian diplomats on Wednesday, and Kyiv answered in kind.", "2019-03-13",
     "16", "2019-03-06"),
    ("Peru had recalled its ambassador from Mexico on Friday before the summit.", "2021-11-19",
     "161", "2021-11-12"),
    ("The Sudanese army had closed the border with Chad on Monday.", "2023-02-06", "16", "2023-01-30"),
])
def test_own_weekday_in_past_perfect_is_the_week_before(text, published, cameo, expected):
    assert _edtf(_one(text, published, cameo)) == expected


@pytest.mark.parametrize("text,published,cameo,expected", [
    ("Zambia shut the border with Tanzania on Sunday.", "2022-06-05", "16", "2022-06-05"),
    ("Peru said it had recalled its ambassador from Mexico on Friday.", "2021-11-19", "161", "2021-11-19"),
    ("Hungary had expelled two Ukrainian diplomats on Monday.", "2019-03-13", "16", "2019-03-11"),
])
def test_own_weekday_in_past_perfect_near_misses(text, published, cameo, expected):
    assert _edtf(_one(text, published, cameo)) == expected


# --- a plural act noun after a noun modifier ("delegation visits") is a noun: a negation before a
# coordinated list of nouns covers it

@pytest.mark.parametrize("text", [
    "Tokyo has cancelled several planned talks and ministerial visits to Seoul.",
    "Hanoi called off a summit and delegation visits to Beijing.",
    "Ankara postponed trade talks and leadership visits to Vienna.",
])
def test_compound_plural_visits_share_the_negation(text):
    assert _one(text, "2019-03-13", "042").factuality == "negated"


@pytest.mark.parametrize("text,expected", [
    ("A Japanese parliamentary delegation visits Taiwan on Monday.", "2019-03-11"),
    ("A Chinese delegation visits Pakistan next week.", "2019-03-18/2019-03-24"),
])
def test_compound_plural_near_misses_delegation_as_subject(text, expected):
    e = _one(text, "2019-03-13", "042")
    assert e.attributes.get("rule", "").startswith("042:visit+") and _edtf(e) == expected


# --- a month told as the start of what an infinitive commits to is the next one

@pytest.mark.parametrize("text,published,expected", [
    ("Qatar agreed to export gas to Germany starting in January.", "2022-06-05", "2023-01"),
    ("Norway pledged to supply Poland with gas beginning in March.", "2022-06-05", "2023-03"),
    ("Ankara decided to lift the visa requirement effective from February.", "2019-11-20", "2020-02"),
    ("Delhi agreed to resume flights to Dhaka starting in September.", "2021-07-02", "2021-09"),
])
def test_start_point_month_of_an_infinitive_is_the_next(text, published, expected):
    pub = dt.date.fromisoformat(published)
    month = [t for t in find_timexes(text, pub) if t.kind == "date"]
    assert month and month[0].edtf == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Gas exports to Germany fell sharply starting in January.", "2022-06-05", "2022-01"),
    ("Qatar agreed to export gas to Germany in January.", "2022-06-05", "2022-01"),
])
def test_start_point_month_near_misses(text, published, expected):
    pub = dt.date.fromisoformat(published)
    month = [t for t in find_timexes(text, pub) if t.kind == "date"]
    assert month and month[0].edtf == expected


# --- an act asked for right before its noun ("requested a meeting", "pressed for talks") or explored is
# possible; one held, or a request still to be made, is not

@pytest.mark.parametrize("text,cameo", [
    ("Canberra has requested an urgent meeting with Chinese officials.", "04"),
    ("Manila pressed for talks with Beijing over the shoal.", "04"),
    ("Nairobi is pushing for a summit between Ethiopia and Eritrea.", "04"),
    ("Seoul is exploring joint exercises with Tokyo.", "06"),
    ("Tokyo is exploring sanctions against Moscow.", "16"),
])
def test_asked_for_or_explored_is_possible(text, cameo):
    assert _one(text, "2022-06-05", cameo).factuality == "possible"


@pytest.mark.parametrize("text,expected", [
    ("Berlin held a meeting with the Chinese ambassador.", "occurred"),
    ("Canberra will request a meeting with Chinese officials.", "planned"),
    ("The two Koreas agreed that they would this year seek a permanent end to the war.", "planned"),
])
def test_asked_for_near_misses(text, expected):
    evs = [e for e in _events(text, "2022-06-05") if e.cameo[:2] in ("04", "08")]
    assert evs and evs[0].factuality == expected


# --- a verb of saying after what it reports takes no mood from the quote ('"We will not ...," X said')

@pytest.mark.parametrize("text", [
    "\"We will not tolerate any interference in our affairs,\" Indian Foreign Minister S. Jaishankar said.",
    "Kenya will retaliate if Somalia does not withdraw the claim, the Kenyan foreign ministry said.",
    "\"Our policy is clear: we do not recognize the junta,\" French President Emmanuel Macron said.",
    "\"Moscow will never accept this,\" said Russian Foreign Minister Sergei Lavrov.",
])
def test_saying_after_its_quote_occurred(text):
    says = [e for e in _events(text, "2023-06-05") if e.cameo.startswith("01")
            and any(ev.rule.startswith("010:say") for ev in e.evidence)]
    assert says and all(e.factuality == "occurred" for e in says)


@pytest.mark.parametrize("text", [
    "Morocco's Foreign Ministry did not immediately comment on the report.",
    "The Egyptian foreign ministry has not said when the ambassador would return.",
])
def test_saying_after_its_quote_near_misses(text):
    evs = [e for e in _events(text, "2023-06-05") if e.cameo.startswith("01")]
    assert evs and evs[0].factuality == "negated"


# --- an act told without a date as background (a trailing "after" clause, a past perfect) and the same
# act dated earlier elsewhere in the article are one act, with that date

@pytest.mark.parametrize("text,cameo,expected", [
    ("Serbia has recalled its envoy from Podgorica after Montenegro expelled the Serbian ambassador. "
     "Montenegro expelled the Serbian ambassador in November, citing meddling.", "166", "2019-11"),
    ("Ghana recalled its ambassador to Lome after Togo had closed the border. "
     "Togo closed the border with Ghana in March.", "160", "2020-03"),
    ("Kenya summoned the Somali envoy after Somalia expelled the Kenyan ambassador. "
     "Mogadishu expelled the Kenyan ambassador in February.", "166", "2020-02"),
])
def test_background_act_and_its_dated_report_are_one(text, cameo, expected):
    evs = [e for e in _events(text, "2020-09-24") if e.cameo == cameo]
    assert len(evs) == 1 and _edtf(evs[0]) == expected


@pytest.mark.parametrize("text,cameo", [
    ("Russia expelled two Bulgarian diplomats. In December 2019, Russia expelled a Bulgarian diplomat.", "166"),
    ("Russia has expelled two Bulgarian diplomats, the ministry said. In December 2019, Russia expelled "
     "a Bulgarian diplomat.", "166"),
])
def test_background_act_near_misses_news_and_nouns(text, cameo):
    evs = [e for e in _events(text, "2019-02-28") if e.cameo.startswith(cameo)]
    assert len({_edtf(e) for e in evs}) == 2
