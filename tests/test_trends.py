"""Trend statements: the lexicon compiles, dyads come from between/with/possessors/groups, demands
and non-state sides give nothing."""

from __future__ import annotations

import pytest

from diplograph.graph.model import Article
from diplograph.ingest.lexicon import load_patterns
from diplograph.ingest.pipeline import extract


def _trends(text: str, published: str = "2020-01-01"):
    ex = extract(Article(id="t", text=text, published=published))
    return {(r.a, r.b, r.attributes["polarity"]) for r in ex.relations if r.type == "trend"}


def test_lexicon_compiles_with_labels():
    idx = load_patterns("lex_trends.tsv")
    codes = {p.code for p in idx.patterns}
    assert {"negative:trade dispute", "positive:improve", "negative:embargo"} <= codes
    assert all(c.split(":")[0] in ("positive", "negative") for c in codes)


@pytest.mark.parametrize("text,expected", [
    ("The WTO will see if the trade dispute between Australia and China can be resolved.",
     ("AUS", "CHN", "negative")),
    ("Japan and South Korea traded barbs. Seoul will remove Tokyo from its list in an escalating trade war "
     "between the two neighbors.", ("JPN", "KOR", "negative")),
    ("Iran and Saudi Arabia agreed to resume diplomatic relations.", ("IRN", "SAU", "positive")),
    ('Mr Putin warned there would be "serious consequences" for Moscow\'s relations with Turkey.',
     ("RUS", "TUR", "negative")),
    ("Relations between China and North Korea have soured.", ("CHN", "PRK", "negative")),
    ("Turkey and Russia moved to ease tensions.", ("RUS", "TUR", "positive")),
    ("Russia, UK bilateral relations takes a nose dive.", ("GBR", "RUS", "negative")),
    ("Relations between London and Moscow have reached to a post-Cold War low over the attack.",
     ("GBR", "RUS", "negative")),
    ("Putin praised comments about improving Russia-China trade ties.", ("CHN", "RUS", "positive")),
    ("Diplomatic ties between the U.S. and Russia have been strained for over a decade.", ("RUS", "USA", "negative")),
])
def test_trend_dyads(text, expected):
    assert expected in _trends(text)


def test_group_side_gives_one_trend_per_member():
    got = _trends("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt sent demands to Qatar. "
                  "Shortly after Arab states declared the embargo on Qatar, Turkey sent food.", "2017-06-23")
    assert {("QAT", "SAU", "negative"), ("ARE", "QAT", "negative"), ("BHR", "QAT", "negative"),
            ("EGY", "QAT", "negative")} <= got


def test_an_embargo_being_lifted_is_no_trend():
    assert ("CYP", "USA", "negative") not in _trends(
        "The US Congress on Tuesday voted to lift a decades-old arms embargo on Cyprus.", "2019-12-18")


def test_demands_and_stateless_sides_give_no_trend():
    assert _trends("Four Arab nations asked Qatar to shut down Al Jazeera, cut ties with Iran and close a "
                   "Turkish base.", "2017-06-23") == set()
    assert _trends("Given Russia's growing isolation from the west, North Korea looks to Moscow.", "2015-01-29") \
        == set()
