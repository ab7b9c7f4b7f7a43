"""Event triggers on general wire-news constructions (round 4): sentences written for these tests,
each rule with several sentences it must fire on and near-misses it must not fire on."""

from __future__ import annotations

import pytest

from diplograph.graph.model import Article
from diplograph.ingest.pipeline import extract


def _events(text: str, published: str = "2021-06-15"):
    """(cameo, source state, target state, factuality) of every extracted event."""
    ex = extract(Article(id="t", text=text, published=published))
    states = {e.id: e.state for e in ex.entities}
    return [(e.cameo, states.get(e.source, e.source), states.get(e.target, e.target), e.factuality)
            for e in ex.events]


def _has(evs, root: str, src: str | None, tgt: str | None, fact: str | None = None) -> bool:
    return any(c.startswith(root) and (s, t) == (src, tgt) and (fact is None or f == fact) for c, s, t, f in evs)


# ----------------------------------------------------- a long subject noun phrase keeps its predicate

@pytest.mark.parametrize("text,src,tgt", [
    ("An official visit of Iranian Foreign Minister Mohammad Javad Zarif to Turkey that was scheduled "
     "for Tuesday has been canceled.", "IRN", "TUR"),
    ("A visit by Japanese Prime Minister Fumio Kishida to the Philippines that had been planned for "
     "early March was postponed on Friday.", "JPN", "PHL"),
    ("The joint military exercise of South Korean and American troops near the border that had been "
     "planned for August was postponed.", "USA", "KOR"),
    ("The state visit of German Chancellor Olaf Scholz to Brazil that was due to take place in May "
     "has been called off.", "DEU", "BRA"),
])
def test_long_subject_noun_negated_by_far_predicate(text, src, tgt):
    evs = _events(text)
    assert any(f == "negated" for _c, _s, _t, f in evs), evs
    assert not any(f == "occurred" and c[:2] in ("04", "06") for c, _s, _t, f in evs), evs


def test_long_subject_noun_near_misses():
    # the predicate says it happens: no negation from the longer window
    evs = _events("The state visit of French President Emmanuel Macron to Algeria that was scheduled for "
                  "December will go ahead as planned.")
    assert not any(f == "negated" for _c, _s, _t, f in evs), evs
    # the noun is an object, not the subject: the old, short window applies
    evs = _events("The visit of Chinese Premier Li Qiang to Australia went ahead on Monday although a separate "
                  "trip by trade officials had been postponed.")
    assert _has(evs, "042", "CHN", "AUS", "occurred"), evs


# ----------------------------------------------------- "expressed regret that X ...": disapproval of X

@pytest.mark.parametrize("text,src,tgt", [
    ("Japan expressed regret that China had declined the invitation.", "JPN", "CHN"),
    ("Seoul expressed deep regret that Tokyo had decided to restrict exports of chemicals.", "KOR", "JPN"),
    ("Germany expressed regret that Turkey had refused to release the journalist.", "DEU", "TUR"),
    ("Pakistan regrets that India has chosen to walk away from the talks, the foreign ministry said.",
     "PAK", "IND"),
    ("Brazil regretted that the United States had withdrawn from the accord.", "BRA", "USA"),
])
def test_regret_that_other_state_is_disapproval(text, src, tgt):
    evs = _events(text)
    assert _has(evs, "110", src, tgt), evs
    assert not any(c.startswith("055") for c, _s, _t, _f in evs), evs


@pytest.mark.parametrize("text,src,tgt", [
    # regret for one's own act stays an apology
    ("Turkey expressed regret that Turkish jets had shot down the Russian plane.", "TUR", "RUS"),
    ("South Korea expressed regret that its coast guard had fired on a Chinese fishing boat.", "KOR", "CHN"),
    ("The Indian government expressed regret over the incident and offered compensation to Nepal.",
     "IND", "NPL"),
])
def test_regret_for_own_act_stays_apology(text, src, tgt):
    evs = _events(text)
    assert _has(evs, "055", src, tgt), evs
    assert not any(c.startswith("110") for c, _s, _t, _f in evs), evs


# ----------------------------------------------------- attending an event held in a place

@pytest.mark.parametrize("text,src,tgt", [
    ("On the same day, the leaders of Tajikistan and Uzbekistan will attend the Tajik-Uzbek economic "
     "forum that will take place at the Istiqlol Palace in Dushanbe.", "UZB", "TJK"),
    ("Ethiopian Prime Minister Abiy Ahmed will attend the summit that opens in Nairobi on Monday.",
     "ETH", "KEN"),
    ("Putin and Erdogan attended a ceremony that took place in Istanbul.", "RUS", "TUR"),
    ("The presidents of Kazakhstan and Kyrgyzstan attended an investment forum which was held in Astana.",
     "KGZ", "KAZ"),
])
def test_attend_event_held_in_place(text, src, tgt):
    evs = _events(text, "2018-03-01")
    assert _has(evs, "042", src, tgt), evs
    assert not _has(evs, "042", tgt, src), evs


def test_attend_near_misses():
    # no place is told: no visit is guessed between the two attending states
    evs = _events("The leaders of Armenia and Georgia will attend the summit that leaders agreed to hold "
                  "next year.", "2018-03-01")
    assert not any(c.startswith("042") for c, _s, _t, _f in evs), evs


# ----------------------------------------------------- victims counted in a reduced passive

@pytest.mark.parametrize("text", [
    "Two Turkish soldiers were killed and three wounded in northern Iraq on Sunday.",
    "Seven Afghan policemen were killed and 12 injured in Kandahar on Friday.",
    "Four Malian soldiers died and two guards wounded in central Mali, the army said.",
])
def test_counted_wounded_are_victims_not_actors(text):
    evs = _events(text)
    # the wounded are no agent: no attack sourced to the victims' own state
    for state in ("TUR", "AFG", "MLI"):
        assert not any(c.startswith("18") and s == state for c, s, _t, _f in evs), evs


def test_counted_victims_near_miss_active_killer():
    evs = _events("Indian troops killed two Pakistani soldiers in Kashmir on Tuesday.")
    assert _has(evs, "18", "IND", "PAK"), evs
