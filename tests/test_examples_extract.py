"""The example articles extract cleanly: no past state or venue as a participant, the right sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.ingest.pipeline import extract
from diplograph.ingest.readers import read_paths

ARTICLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def _extract(name: str):
    (art,) = list(read_paths([ARTICLES / f"{name}.txt"]))
    ex = extract(art)
    state = {e.id: e.state for e in ex.entities}
    return ex, [(ev.cameo, state.get(ev.source, ev.source), state.get(ev.target, ev.target), ev.factuality)
                for ev in ex.events]


@pytest.mark.parametrize("name", [p.stem for p in sorted(ARTICLES.glob("*.txt"))])
def test_no_past_state_or_venue_takes_part(name):
    ex, evs = _extract(name)
    parties = {s for _, s, t, _ in evs for s in (s, t)}
    assert not parties & {"SUN", "VNM", "SGP"}, evs
    assert not {e.id for e in ex.entities} & {"SUN", "VNM", "SGP"}


def test_kim_moscow_plans():
    ex, evs = _extract("kim-moscow-plans-2015")
    assert ("042", "PRK", "RUS", "planned") in evs and ("042", "CHN", "RUS", "planned") in evs
    jang = [e for e in ex.events if e.target == "person:jang-song-thaek"]
    assert jang and jang[0].source == "PRK" and jang[0].cameo.startswith("18")
    test = [e for e in ex.events if e.cameo.startswith("15")]
    assert test and test[0].when.edtf == "2013-02"
    assert {(r.a, r.b, r.attributes["polarity"]) for r in ex.relations} >= {("CHN", "PRK", "negative"),
                                                                            ("PRK", "RUS", "positive")}


def test_kim_moscow_cancelled():
    _ex, evs = _extract("kim-moscow-cancelled-2015")
    assert ("042", "PRK", "RUS", "negated") in evs


def test_hanoi_meeting_is_between_the_two_leaders_only():
    ex, evs = _extract("hanoi-no-deal-2019")
    meetings = [(s, t) for c, s, t, _ in evs if c.startswith("04")]
    assert meetings and all({s, t} == {"USA", "PRK"} for s, t in meetings)
