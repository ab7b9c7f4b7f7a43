"""Temporal expressions resolved against the publication date, as a reader on that day would."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.graph.when import When
from diplograph.ingest.timex import Timex, find_timexes, guess_tense, rebase, resolve

KIM = dt.date(2015, 1, 29)          # kim-moscow-2015, a Thursday
CANADA = dt.date(2023, 9, 18)       # canada-india-expulsion-2023, a Monday
KARABAKH = dt.date(2020, 11, 10)    # karabakh-ceasefire-2020, a Tuesday
ETHIOPIA = dt.date(2018, 7, 9)      # ethiopia-eritrea-2018, a Monday
AUSTRALIA = dt.date(2020, 12, 16)   # australia-china-barley-2020, a Wednesday
COLOMBIA = dt.date(2022, 8, 12)     # colombia-venezuela-2022, a Friday
PELOSI = dt.date(2022, 8, 3)        # pelosi-taiwan-2022, a Wednesday
TURKEY = dt.date(2022, 5, 16)       # turkey-nato-bids-2022, a Monday
HANOI = dt.date(2019, 2, 28)        # hanoi-summit-2019, a Thursday


def one(text: str, anchor: dt.date | None, phrase: str) -> Timex:
    """The timex whose text contains ``phrase``."""
    found = [t for t in find_timexes(text, anchor) if phrase in t.text]
    assert found, f"no timex with {phrase!r} in {[t.text for t in find_timexes(text, anchor)]}"
    return found[0]


# ---------------------------------------------------------------- dev articles, in context

IN_CONTEXT = [
    # kim-moscow-2015 (2015-01-29)
    (KIM, "A Russian presidential spokesperson has confirmed that Kim Jong-un will travel to Moscow in May 2015.",
     "May 2015", "2015-05"),
    (KIM, "It’s Official: Kim Jong-un Will Visit Russia in May", "May", "2015-05"),
    (KIM, "Xi Jinping has confirmed that he will be attending the Russian event in May as well.", "May", "2015-05"),
    (KIM, "Kim was confirmed to have been invited to Russia earlier this month when Lavrov told reporters.",
     "earlier this month", "2015-01-01/2015-01-28"),
    (KIM, "Kim Jong-un will be making his first official foreign visit later this year to Russia.",
     "later this year", "2015-01-30/2015-12-31"),
    (KIM, "Xi and Kim could have their first-ever face-to-face encounter in Moscow in four months time.",
     "four months time", "2015-05"),
    (KIM, "over the past year, relations between the two countries have declined quite a bit.",
     "past year", "2014-01/2015-01"),
    (KIM, "The decline could be traced back even farther, to the North’s February 2013 nuclear test.",
     "February 2013", "2013-02"),
    # canada-india-expulsion-2023 (2023-09-18)
    (CANADA, "Nijjar was shot dead outside of a Sikh temple in Surrey, B.C. on June 18.", "June 18", "2023-06-18"),
    (CANADA, "said Trudeau in the House of Commons on Monday.", "Monday", "2023-09-18"),
    (CANADA, "Trudeau said he raised the issue during his trip to the G20 summit in New Delhi last week.",
     "last week", "2023-09-11/2023-09-17"),
    (CANADA, "Canada has expelled a senior Indian diplomat hours after Prime Minister Justin Trudeau accused India.",
     "hours after", "2023-09-18"),
    # karabakh-ceasefire-2020 (2020-11-10)
    (KARABAKH, "coming into force at 01:00 local time, on Tuesday 10th November, (21:00 GMT Monday 9th).",
     "Tuesday 10th November", "2020-11-10"),
    (KARABAKH, "coming into force at 01:00 local time, on Tuesday 10th November, (21:00 GMT Monday 9th).",
     "Monday 9th", "2020-11-09"),
    (KARABAKH, "Just this weekend, Azeri forces took Shushi, the second largest town in the region.",
     "this weekend", "2020-11-07/2020-11-08"),
    (KARABAKH, "This Monday 9th November, the Azerbaijan leaders had admitted to shooting down a helicopter.",
     "Monday 9th November", "2020-11-09"),
    (KARABAKH, "A truce was actually declared in 1994 but without any peace deal.", "1994", "1994"),
    (KARABAKH, "The disputed region has been run by the Armenians since 1994.", "since 1994", "1994/2020-11-10"),
    (KARABAKH, "This peace deal comes after 6 weeks of heavy conflict between Azerbaijan and the Armenians.",
     "6 weeks", "2020-09-29/2020-11-10"),
    (KARABAKH, "Over the past 6 weeks, ceasefire deals had been brokered but never lasted.",
     "past 6 weeks", "2020-09-29/2020-11-10"),
    (KARABAKH, "the Armenian authorities have agreed to withdraw their forces over the next few weeks.",
     "next few weeks", "2020-11-10/2020-12-08"),
    # ethiopia-eritrea-2018 (2018-07-09, a Monday)
    (ETHIOPIA, "Abiy arrived in Asmara on Sunday, where he was welcomed at the airport by Isaias.",
     "Sunday", "2018-07-08"),
    (ETHIOPIA, "The agreement was signed by Isaias and Abiy on Monday morning at state house in Asmara.",
     "Monday morning", "2018-07-09"),
    (ETHIOPIA, "The sudden rapprochement ends a decades-long cold war over border disputes.",
     "decades-long", "1998/2018"),
    # australia-china-barley-2020 (2020-12-16)
    (AUSTRALIA, "Australia will take China to the World Trade Organisation tonight over its hefty tariffs.",
     "tonight", "2020-12-16"),
    (AUSTRALIA, "Beijing slapped an 80.5 per cent tariff on Australian barley in May, alleging dumping.",
     "May", "2020-05"),
    (AUSTRALIA, "In September, China banned WA grain handler and exporter CBH altogether.", "September", "2020-09"),
    (AUSTRALIA, "The WTO is now expected to enter a consultative first phase over a couple of months.",
     "couple of months", "2020-12/2021-02"),
    # colombia-venezuela-2022 (2022-08-12, a Friday)
    (COLOMBIA, "Thursday's appointments come days after the inauguration.", "Thursday", "2022-08-11"),
    (COLOMBIA, "Venezuela announced Tuesday that it plans to reestablish military ties with Colombia.",
     "Tuesday", "2022-08-09"),
    (COLOMBIA, "Petro was sworn in on Sunday as Colombia's new president.", "Sunday", "2022-08-07"),
    (COLOMBIA, "Since President Ivan Duque took office in 2018, Colombia had supported Guaido.", "2018", "2018"),
    # pelosi-taiwan-2022 (2022-08-03, a Wednesday)
    (PELOSI, "after the delegation touched down Tuesday night in Taipei.", "Tuesday night", "2022-08-02"),
    (PELOSI, "The Chinese military exercises, including live fire, are to start Thursday.", "Thursday", "2022-08-04"),
    (PELOSI, "Pelosi left Taiwan, saying Wednesday that she would not abandon Taiwan.", "Wednesday", "2022-08-03"),
    # turkey-nato-bids-2022 (2022-05-16, a Monday)
    (TURKEY, "Sweden on Monday declared it was ready to apply, a day after Finland expressed its willingness.",
     "a day after", "2022-05-15"),
    # hanoi-summit-2019 (2019-02-28)
    (HANOI, "a friendly dinner between Trump and Kim the day prior.", "the day prior", "2019-02-27"),
    (HANOI, "months after the first such summit in Singapore last year.", "last year", "2018"),
]


@pytest.mark.parametrize(("anchor", "text", "phrase", "edtf"), IN_CONTEXT)
def test_dev_phrases_resolve_in_context(anchor, text, phrase, edtf):
    t = one(text, anchor, phrase)
    assert t.edtf == edtf
    assert text[t.start:t.end] == t.text
    When.parse(t.edtf)  # a valid EDTF value


def test_colombia_days_before_overlaps_gold():
    t = one("Days before Petro's inauguration, Alvaro Leyva met Carlos Faria.", COLOMBIA, "Days before")
    assert t.anaphoric and t.offset == (-13, -1)
    w = When.parse(t.edtf)
    gold = When.parse("2022-07-25/2022-08-06")
    assert w.overlaps(gold.lower, gold.upper)
    assert rebase(t, dt.date(2022, 8, 7)) == "2022-07-25/2022-08-06"


# ---------------------------------------------------------------- single phrases

PHRASES = [
    ("February 2013", KIM, None, "2013-02"),
    ("Feb. 2013", KIM, None, "2013-02"),
    ("18 June 2023", CANADA, None, "2023-06-18"),
    ("May 9, 2015", KIM, None, "2015-05-09"),
    ("Sept. 11, 2001", KIM, None, "2001-09-11"),
    ("the 9th of May", KIM, "future", "2015-05-09"),
    ("2019", KIM, None, "2019"),
    ("in 1994", KARABAKH, None, "1994"),
    ("the 1990s", KIM, None, "1990/1999"),
    ("the early 1990s", KIM, None, "1990/1993"),
    ("the 20th century", KIM, None, "1900/1999"),
    ("2015-03-04", KIM, None, "2015-03-04"),
    ("from 2011 to 2013", KIM, None, "2011/2013"),
    ("between May 9 and May 12, 2014", KIM, None, "2014-05-09/2014-05-12"),
    ("May 9-12", KIM, "future", "2015-05-09/2015-05-12"),
    ("2014-15", KIM, None, "2014/2015"),
    ("mid-2014", KIM, None, "2014-05/2014-08"),
    ("the first half of 2014", KIM, None, "2014-01/2014-06"),
    ("Q3 2014", KIM, None, "2014-07/2014-09"),
    ("in spring 2014", KIM, None, "2014-21"),
    ("in May", KIM, "future", "2015-05"),
    ("in May", KIM, "past", "2014-05"),
    ("in May", KIM, None, "2015-05"),
    ("In September", AUSTRALIA, "past", "2020-09"),
    ("In September", AUSTRALIA, None, "2020-09"),
    ("in May", AUSTRALIA, "past", "2020-05"),
    ("on Tuesday", KARABAKH, None, "2020-11-10"),
    ("on Monday", KARABAKH, "past", "2020-11-09"),
    ("on Sunday", ETHIOPIA, "past", "2018-07-08"),
    ("on Thursday", PELOSI, "future", "2022-08-04"),
    ("on Thursday", PELOSI, "past", "2022-07-28"),
    ("last Tuesday", KIM, None, "2015-01-27"),
    ("next Tuesday", KIM, None, "2015-02-03"),
    ("today", KIM, None, "2015-01-29"),
    ("tonight", AUSTRALIA, None, "2020-12-16"),
    ("yesterday", KIM, None, "2015-01-28"),
    ("tomorrow", KIM, None, "2015-01-30"),
    ("last night", KIM, None, "2015-01-28"),
    ("this weekend", KARABAKH, "past", "2020-11-07/2020-11-08"),
    ("this weekend", KARABAKH, "future", "2020-11-14/2020-11-15"),
    ("last weekend", KIM, None, "2015-01-24/2015-01-25"),
    # "earlier this month": the 1st up to the day before publication; "later": the day after to the end
    ("earlier this month", KIM, None, "2015-01-01/2015-01-28"),
    ("later this month", KIM, None, "2015-01-30/2015-01-31"),
    ("later this year", KIM, None, "2015-01-30/2015-12-31"),
    ("earlier this year", KIM, None, "2015-01-01/2015-01-28"),
    ("this year", KIM, None, "2015"),
    ("last year", KIM, None, "2014"),
    ("next year", KIM, None, "2016"),
    ("last month", KIM, None, "2014-12"),
    ("next month", KIM, None, "2015-02"),
    ("last week", CANADA, None, "2023-09-11/2023-09-17"),
    ("last week", dt.date(2023, 9, 4), None, "2023-08-28/2023-09-03"),
    ("next week", KIM, None, "2015-02-02/2015-02-08"),
    ("this week", KIM, None, "2015-01-26/2015-02-01"),
    ("earlier this week", KIM, None, "2015-01-26/2015-01-28"),
    ("in four months time", KIM, None, "2015-05"),
    ("in four months' time", KIM, None, "2015-05"),
    ("in four months", KIM, "future", "2015-05"),
    ("over the past year", KIM, None, "2014-01/2015-01"),
    ("over the next few weeks", KARABAKH, None, "2020-11-10/2020-12-08"),
    ("since 2011", KIM, None, "2011/2015-01-29"),
    ("since February 2013", KIM, None, "2013-02/2015-01-29"),
    ("a day earlier", TURKEY, None, "2022-05-15"),
    ("the day before", KIM, None, "2015-01-28"),
    ("the following day", KIM, None, "2015-01-30"),
    ("last year's summit", HANOI, None, "2018"),
    ("six weeks of fighting", KARABAKH, None, "2020-09-29/2020-11-10"),
    ("in the coming days", KIM, None, "2015-01-29/2015-02-05"),
    ("two weeks ago", KIM, None, "2015-01-12/2015-01-18"),
    ("three years ago", KIM, None, "2012"),
    ("this spring", KIM, None, "2015-21"),
    ("last summer", KIM, None, "2014-22"),
    ("early next year", KIM, None, "2016-01/2016-04"),
    ("late last year", KIM, None, "2014-09/2014-12"),
    ("the end of the year", KIM, None, "2015-10/2015-12"),
    ("earlier in the day", KIM, None, "2015-01-29"),
    ("later that day", KIM, None, "2015-01-29"),
    ("overnight", KIM, None, "2015-01-28/2015-01-29"),
    ("on Christmas Day", KIM, "past", "2014-12-25"),
    ("Christmas 2018", KIM, None, "2018-12-25"),
    ("in the weeks ahead", KIM, None, "2015-01-29/2015-03-12"),
    ("two years after the war", KIM, None, "2013"),
    ("March 5 to 7", KIM, "past", "2014-03-05/2014-03-07"),
    ("5 to 7 March 2019", KIM, None, "2019-03-05/2019-03-07"),
    ("from March 5 to April 7, 2019", KIM, None, "2019-03-05/2019-04-07"),
    ("the mid-2000s", KIM, None, "2003/2006"),
    ("the past 24 hours", KIM, None, "2015-01-28/2015-01-29"),
    ("a decade ago", KIM, None, "2005"),
    ("in May last year", KIM, None, "2014-05"),
    ("on June 18 last year", CANADA, None, "2022-06-18"),
    ("since May last year", KIM, None, "2014-05/2015-01-29"),
]


@pytest.mark.parametrize(("phrase", "anchor", "tense", "edtf"), PHRASES)
def test_resolve_phrase(phrase, anchor, tense, edtf):
    assert resolve(phrase, anchor, tense=tense) == edtf
    When.parse(edtf)


@pytest.mark.parametrize("text", [
    "Kim may visit Moscow.", "Other officials may be accompanying Kim.", "It may not be for a long time.",
    "Theresa May said the talks would continue.", "1,000 troops crossed the border.",
    "The two-day summit ended.", "He fired 2000 rockets.", "Resolution 2334 was adopted.",
    "The Sunday Times reported it.", "Marchers recalled Bloody Sunday.", "Talks should resume as soon as possible.",
    "They declared a day of mourning.", "Shelling stopped at 2000 GMT.", "Ms June Smith said so.",
    "He met Jan Kubis at Mar-a-Lago.", "The COVID-19 crisis and the G20 and the S-400 deal.",
])
def test_not_timexes(text):
    assert [t for t in find_timexes(text, KIM) if t.edtf] == []


def test_may_as_month_needs_a_date_context():
    assert resolve("Kim may visit in May", KIM, tense="future") == "2015-05"
    texts = [t.text for t in find_timexes("Kim may visit Moscow in May 2015.", KIM)]
    assert texts == ["May 2015"]


def test_vague_expressions_are_relative():
    for phrase, direction in (("recently", "past"), ("previously", "past"), ("earlier", "past"), ("soon", "future")):
        (t,) = find_timexes(f"The minister {phrase} spoke.", KIM)
        assert t.kind == "relative" and t.edtf is None and t.direction == direction


def test_kinds_and_directions():
    assert one("They met earlier this month.", KIM, "earlier this month").direction == "past"
    assert one("They will meet later this year.", KIM, "later this year").direction == "future"
    assert one("since 2011", KIM, "since").kind == "interval"
    assert one("six weeks of fighting", KIM, "six weeks").kind == "duration"
    assert one("the first speaker to visit in more than 25 years", PELOSI, "25 years").kind == "duration"
    assert one("over the past 6 weeks", KARABAKH, "past 6 weeks").kind == "interval"
    assert one("They meet every year.", KIM, "every year").kind == "set"
    assert one("in 1994", KIM, "1994").absolute


def test_anaphoric_offsets_and_rebase():
    t = one("Sweden declared it on Monday, a day after Finland expressed its willingness.", TURKEY, "a day after")
    assert t.anaphoric and t.offset == (-1, -1) and t.edtf == "2022-05-15"
    assert rebase(t, dt.date(2022, 5, 20)) == "2022-05-19"
    t = one("The next day, troops withdrew.", KIM, "next day")
    assert t.offset == (1, 1) and rebase(t, dt.date(2015, 1, 10)) == "2015-01-11"
    t = one("Two years after the war ended, talks resumed.", KIM, "Two years after")
    assert t.edtf == "2013" and rebase(t, dt.date(2010, 6, 1)) == "2008"
    plain = one("in May 2015", KIM, "May 2015")
    assert rebase(plain, dt.date(2000, 1, 1)) == "2015-05"


def test_no_anchor_only_absolute_values():
    found = {t.text: t.edtf for t in find_timexes("In May 2015 and on Tuesday, last week, since 2011.", None)}
    assert found["May 2015"] == "2015-05"
    assert found["Tuesday"] is None and found["last week"] is None
    assert found["since 2011"] == "2011/.."


def test_anchor_never_today():
    # the same phrase resolves differently against different anchors
    assert resolve("last year", dt.date(2013, 6, 1)) == "2012"
    assert resolve("last year", dt.date(2024, 6, 1)) == "2023"


@pytest.mark.parametrize(("text", "phrase", "edtf"), [
    ("The G20 summit in Osaka will be held on June 28-29.", "June 28-29", "2019-06-28/2019-06-29"),
    ("The agreement, reached late on Thursday, takes effect on April 1.", "Thursday", "2019-03-14"),
    ("The agreement, reached late on Thursday, takes effect on April 1.", "April 1", "2019-04-01"),
    ("In the early hours of Sunday, shelling resumed.", "Sunday", "2019-03-10"),
    ("He said the vote would take place within 24 hours.", "24 hours", "2019-03-15/2019-03-16"),
])
def test_tense_from_the_clause(text, phrase, edtf):
    assert one(text, dt.date(2019, 3, 15), phrase).edtf == edtf


def test_early_hours_is_not_a_duration():
    assert [t.text for t in find_timexes("In the early hours of Sunday, shelling resumed.", KIM)] == ["Sunday"]


def test_guess_tense():
    s = "Australia will take China to the WTO tonight."
    assert guess_tense(s, s.index("tonight"), s.index("tonight") + 7) == "future"
    s = "Beijing slapped a tariff on barley in May, alleging dumping."
    assert guess_tense(s, s.index("May"), s.index("May") + 3) == "past"


def test_datetime_anchor_accepted():
    assert resolve("yesterday", dt.datetime(2015, 1, 29, 12, 0)) == "2015-01-28"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))))
def test_find_timexes_never_raises_on_random_text(text, anchor):
    for t in find_timexes(text, anchor):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        if t.edtf is not None:
            When.parse(t.edtf)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "in May", "May 9", "on Tuesday", "last week", "2015", "since 1994", " ", ".", "the", "\n",
    "over the past", "year", "days", "after", "12", "-", "Sept.", "weeks of", "the 1990s", "every",
]), max_size=30), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_find_timexes_on_date_like_soup(parts, anchor):
    text = " ".join(parts)
    for t in find_timexes(text, anchor):
        assert text[t.start:t.end] == t.text
        if t.edtf is not None:
            When.parse(t.edtf)
