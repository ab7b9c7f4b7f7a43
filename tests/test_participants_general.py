"""Participants across sentences (pipeline.py): which state a clause's missing side is filled
with. Wire-news sentences written for the rules, with near-misses they must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.graph.model import Article
from diplograph.ingest.pipeline import extract


def _warn_targets(text: str) -> list[str | None]:
    """States on the receiving side of the warnings (130) extracted from text."""
    ex = extract(Article(id="t", text=text, published=dt.date(2018, 5, 1)))
    states = {e.id: e.state for e in ex.entities}
    return [states.get(e.target, e.target) for e in ex.events if e.cameo.startswith("13")]


# The article's main pair from its events and trends: one sentence that tells a third pair's rift
# in several overlapping phrases ("a bitter, long-running border dispute") is one trend, so it does
# not outweigh the pair the article is about; the receiver of an untargeted warning comes from that pair.
@pytest.mark.parametrize("text, target", [
    ("Egypt and Ethiopia failed again to make progress in their dispute over the dam, an official said. "
     "Egypt's foreign minister Sameh Shoukry warned last month that Cairo will not accept the status quo. "
     "Sudan has revived a longstanding border dispute with Egypt.", "ETH"),
    ("Relations between Serbia and Kosovo have soured, a spokesman said. Serbian President Aleksandar "
     "Vucic warned on Tuesday that Belgrade would not tolerate provocations. Montenegro is locked in a "
     "bitter, long-running border dispute with Serbia.", "XKX"),
    ("India and China are locked in a tense standoff, officials said. Indian External Affairs Minister "
     "Subrahmanyam Jaishankar warned that peace would not return without disengagement. Nepal has revived "
     "a longstanding border dispute with India.", "CHN"),
    ("Relations between Japan and South Korea have deteriorated sharply. Japanese Foreign Minister Taro "
     "Kono warned that Tokyo would not accept the ruling. China has revived a longstanding territorial "
     "dispute with Japan.", "KOR"),
])
def test_one_sentence_rift_is_one_trend(text, target):
    assert _warn_targets(text) == [target]


# near-misses: the third pair told in two sentences is the article's pair and keeps the warning
@pytest.mark.parametrize("text, target", [
    ("Relations between Serbia and Kosovo have soured. Montenegro is locked in a bitter border dispute "
     "with Serbia. The row between Montenegro and Serbia deepened this week. Serbian President Aleksandar "
     "Vucic warned on Tuesday that Belgrade would not tolerate provocations.", "MNE"),
    ("Relations between Japan and South Korea have deteriorated. China has revived a territorial dispute "
     "with Japan. Tensions between China and Japan rose on Monday. Japanese Foreign Minister Taro Kono "
     "warned that Tokyo would not accept the move.", "CHN"),
])
def test_rift_told_in_two_sentences_counts_twice(text, target):
    assert _warn_targets(text) == [target]
