"""Time attachment: which temporal expression dates which event."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.graph.model import Article
from diplograph.ingest import pipeline as pl
from diplograph.ingest.events import clause_ids
from diplograph.ingest.eventtime import event_time, rebase_references
from diplograph.ingest.timex import find_timexes


def _when(text: str, published: str, trigger: str, fact: str = "occurred", nominal: bool = False, nth: int = 0):
    doc = pl.Doc(Article(id="t", text=text, published=published), text)
    for name in ("sentences", "actors", "timex"):
        pl._REGISTRY[name]()(doc)
    for ctx in pl._contexts(doc):
        hits = [i for i, t in enumerate(ctx.toks) if t.norm == trigger]
        if len(hits) > nth:
            h = hits[nth]
            cl = clause_ids(ctx.toks)
            before = [ctx.toks[i].norm for i in range(h) if cl[i] == cl[h]]
            return event_time(ctx, h, cl, fact, before, nominal)
    raise AssertionError(f"no token {trigger!r}")


@pytest.mark.parametrize("text,published,trigger,expected", [
    # own clause, the nearest expression after the trigger
    ("Canada expelled an Indian diplomat on Monday.", "2023-09-20", "expelled", "2023-09-18"),
    # 'X hours after Y': X on the anchor, Y dated by the phrase
    ("Canada has expelled a senior Indian diplomat hours after Prime Minister Justin Trudeau accused the "
     "Indian government of being involved in the murder.", "2023-09-18", "expelled", "2023-09-18"),
    ("Canada has expelled a senior Indian diplomat hours after Prime Minister Justin Trudeau accused the "
     "Indian government of being involved in the murder.", "2023-09-18", "accused", "2023-09-18"),
    # the after-clause takes its introducing phrase, not a span inside it
    ("Sweden on Monday declared it was ready to apply, a day after Finland expressed its willingness to join "
     "the alliance reversing decades of neutrality.", "2022-05-16", "expressed", "2022-05-15"),
    ("Sweden on Monday declared it was ready to apply, a day after Finland expressed its willingness to join "
     "the alliance reversing decades of neutrality.", "2022-05-16", "declared", "2022-05-16"),
    # a deadline is not the date of an order that was given
    ("The junta ordered the French ambassador to leave the country within 48 hours last Friday.",
     "2023-08-28", "ordered", "2023-08-25"),
    # a framing after-clause with a date: between that date and publication
    ("China issued a series of harsh statements after the delegation touched down Tuesday night.",
     "2022-08-03", "issued", "2022-08-02/2022-08-03"),
    # a relative clause takes the past date of its host
    # a when-clause after 'since X' happened at X
    ("The drills are the largest aimed at Taiwan since 1995, when China fired missiles in an exercise.",
     "2022-08-03", "fired", "1995"),
    ("Since President Ivan Duque took office in 2018, Colombia had supported Juan Guaido against Maduro, "
     "who broke diplomatic relations with Colombia.", "2022-08-12", "broke", "2018"),
])
def test_dates_from_the_events_own_clause_and_frame(text, published, trigger, expected):
    assert _when(text, published, trigger)[0] == expected


def test_record_gap_is_not_the_date_of_the_visit():
    when, src = _when("Pelosi, the first U.S. speaker to visit the island in more than 25 years, landed in Taipei.",
                      "2022-08-03", "visit")
    assert when is None or not when.startswith("1997")


def test_a_date_of_another_event_noun():
    # the clash's date, not the talks'
    when, _ = _when("Talks between generals of India and China in Galwan Valley, the site of a huge clash on "
                    "Monday in which 20 soldiers were killed, were inconclusive.", "2020-06-17", "talks", nominal=True)
    assert when != "2020-06-15"
    # the object of the trigger shares its date
    assert _when("Egypt brokered a ceasefire agreement on Thursday.", "2021-05-21", "brokered")[0] == "2021-05-20"


def test_after_clause_counts_back_from_the_later_date():
    when, _ = _when("Two days after 20 Indian soldiers were killed in the deadliest border clash in decades, the "
                    "two countries agreed to deescalate on Wednesday.", "2020-06-18", "killed")
    assert when == "2020-06-15"


def test_span_after_after_is_background():
    when, _ = _when("Egyptian efforts resulted on Thursday in a ceasefire agreement after 11 days of fighting.",
                    "2021-05-20", "resulted")
    assert when == "2021-05-20"


def test_span_after_after_with_an_amount_is_background():
    when, src = _when('"We have agreed to re-establish diplomatic ties after more than half a century," he said.',
                      "2014-12-18", "agreed")
    assert src != "timex" and when != "1964/2014"


def test_deadline_is_the_window_of_a_planned_event():
    when, src = _when("Iran and Saudi Arabia agreed to reopen embassies within two months.", "2023-03-10",
                      "reopen", fact="planned")
    assert src == "timex" and when.startswith("2023-03")


def test_defaults():
    # a past event without a date: the week before publication, flagged
    assert _when("Canada expelled an Indian diplomat.", "2023-09-18", "expelled") == \
        ("2023-09-11/2023-09-18", "default")
    # background in the past perfect, a planned event: no date
    assert _when("Canada had earlier decided to expel an Indian diplomat.", "2023-09-18", "expel") == (None, "none")
    # a planned or possible event without a date: the coming thirty days, flagged
    assert _when("Canada will expel an Indian diplomat.", "2023-09-18", "expel", fact="planned") == \
        ("2023-09-18/2023-10-18", "default")
    assert _when("Canada could expel an Indian diplomat.", "2023-09-18", "expel", fact="possible") == \
        ("2023-09-18/2023-10-18", "default")
    assert _when("The envoy will be summoned to hear Sudan's condemnation.", "2022-06-27", "condemnation",
                 fact="planned", nominal=True) == ("2022-06-27/2022-07-27", "default")
    # a possibility about the past: none
    assert _when("Canada may have expelled an Indian diplomat.", "2023-09-18", "expelled", fact="possible") == \
        (None, "none")
    # a noun gives way to a date a repeat brings
    assert _when("The embargo hurt Qatar.", "2017-06-23", "embargo", nominal=True)[1] == "context"


def test_references_dated_in_the_text():
    text = "Russian troops had seized control of Crimea two weeks before Sunday's referendum."
    txs = rebase_references(text, find_timexes(text, dt.date(2014, 3, 21)), dt.date(2014, 3, 21))
    assert any(t.edtf == "2014-03-02" for t in txs)
    text = ("Leyva met his counterpart days before the inauguration. Maduro could not attend Petro's "
            "inauguration Sunday.")
    txs = rebase_references(text, find_timexes(text, dt.date(2022, 8, 12)), dt.date(2022, 8, 12))
    assert any(t.edtf == "2022-07-25/2022-08-06" for t in txs)


@pytest.mark.parametrize("text,published,trigger,nominal,expected", [
    # a date premodifying another noun dates that noun only
    ("The UK has cut off contacts with Russia, including a boycott of this summer's World Cup.", "2018-03-14",
     "cut", False, "2018-03-07/2018-03-14"),
    ("Last night's blatant breach of Pakistan's sovereignty by Iran is a violation of international law.",
     "2024-01-17", "violation", True, "2024-01-10/2024-01-17"),
    ("Czechia expels Russian diplomats over 2014 ammunition depot blast.", "2021-04-17", "expels", False,
     "2021-04-10/2021-04-17"),
    # ... and still dates the noun it modifies
    ("Last night's blatant breach of Pakistan's sovereignty by Iran is a violation of international law.",
     "2024-01-17", "breach", True, "2024-01-16"),
    ("It was the deadliest day since a 2014 war between Israel and Hamas.", "2018-05-14", "war", True, "2014"),
])
def test_premodifying_dates_belong_to_their_noun(text, published, trigger, nominal, expected):
    assert _when(text, published, trigger, nominal=nominal)[0] == expected


def test_years_after_is_an_age_not_a_date():
    # "65 years after the armistice" tells how old the war is; the agreement is the news of the last days
    got = _when("They also agreed to seek a permanent end to the Korean War, 65 years after the armistice.",
                "2018-04-28", "agreed")
    assert got == ("2018-04-21/2018-04-28", "default")


def test_past_perfect_of_an_earlier_clause_is_not_the_triggers():
    # "where they had earlier clashed" is background; the disengagement is the news
    got = _when("The statement said the troops at the area where they had earlier clashed have disengaged.",
                "2020-06-16", "disengaged")
    assert got == ("2020-06-09/2020-06-16", "default")


def test_after_frames_keep_events_close():
    # a reaction after a dated event comes within a month of it (not any time up to publication)
    assert _when("China was angered after Japan purchased the islands in September.", "2013-01-08",
                 "angered") == ("2012-09-01/2012-10-30", "timex")
    # the undated event of an after-clause came shortly before the main clause's date
    assert _when("Beijing recalled its ambassador in August after Lithuania approved the office.", "2021-11-21",
                 "approved") == ("2021-07-02/2021-08-31", "timex")


def test_early_in_the_day_is_the_publication_day():
    when, src = _when("Early in the day, Japan decided to drop South Korea from the whitelist.", "2019-08-02",
                      "decided")
    assert (when, src) == ("2019-08-02", "timex")
    when, _ = _when("Later in the day, South Korea protested to Japan.", "2019-08-02", "protested")
    assert when == "2019-08-02"
    when, _ = _when("South Korea protested to Japan over the move.", "2019-08-02", "protested")
    assert when != "2019-08-02"
