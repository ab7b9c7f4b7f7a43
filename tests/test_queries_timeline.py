"""Timelines: dyads and single actors in time order, windows, filters, roll-up, and --as-of."""

from __future__ import annotations

import json

import pytest
from queries_data import load_query_store

import diplograph
from diplograph.queries.common import UsageError
from diplograph.queries.render import render


@pytest.fixture(scope="module")
def g(tmp_path_factory):
    path = tmp_path_factory.mktemp("timeline") / "kg.db"
    load_query_store(path).close()
    graph = diplograph.open_graph(path)
    yield graph
    graph.close()


def test_dyad_lists_freeze_and_possible_meeting_with_evidence(g):
    t = g.timeline("CHN", "PRK")
    first, second = t.entries[:2]
    assert (first.kind, first.label, first.polarity, first.when_label) == \
        ("trend", "freeze", "negative", "January 2014 – January 2015")
    assert first.latest.sentence == "Ties between Beijing and Pyongyang have been frozen for a year."
    assert (second.kind, second.cameo, second.cameo_name, second.factuality) == \
        ("event", "040", "Consult", "possible")
    assert (second.source_name, second.target_name, second.location_name, second.when_label) == \
        ("Xi Jinping", "Kim Jong-un", "Moscow", "May 2015")
    assert second.goldstein == 1.0 and second.n_sources == 1
    assert second.latest.article == "q-kim-plans" and "sidelines in Moscow" in second.latest.sentence
    # time order, each date at its own precision
    assert [e.when_label for e in t.entries] == [
        "January 2014 – January 2015", "May 2015", "6 January 2016", "23 September 2017", "March 2018",
        "26 March 2018", "26 March 2018"]
    # both directions of the dyad, and the dyad only (Kim Yo-jong's visit south is not in it)
    assert {(e.source_state, e.target_state) for e in t.events} == {("CHN", "PRK"), ("PRK", "CHN")}


def test_as_of_shows_what_was_known_then(g):
    before = g.timeline("Kim Jong-un", "Russia", as_of="2015-03")
    after = g.timeline("Kim Jong-un", "Russia", as_of="2015-05-01")
    now = g.timeline("Kim Jong-un", "Russia")
    assert [(e.factuality, e.n_sources, e.latest.article) for e in before.events] == [
        ("planned", 1, "q-kim-plans")]
    assert [(e.factuality, e.n_sources, e.latest.article) for e in after.events] == [
        ("negated", 2, "q-kim-cancelled")]
    assert now.events[0].factuality == "negated"
    assert [x.factuality for x in now.events[0].evidence] == ["planned", "negated"]  # the history is kept
    # nothing published before the first article
    assert g.timeline("CHN", "PRK", as_of="2015-01-28").entries == []
    # the 2018 article is not known in 2017, so neither are its (older) events
    assert all(e.latest.published <= "2017-12-31" for e in g.timeline("CHN", "PRK", as_of="2017").entries)


def test_window_keeps_what_overlaps(g):
    t = g.timeline("CHN", "PRK", start="2015-01", end="2016-01-06")
    assert [e.when_label for e in t.entries] == ["January 2014 – January 2015", "May 2015", "6 January 2016"]
    t = g.timeline("CHN", "PRK", start="2015-02", end="2015")
    assert [e.when_label for e in t.entries] == ["May 2015"]
    with pytest.raises(UsageError, match="reversed date range"):
        g.timeline("CHN", "PRK", start="2016", end="2015-12")
    with pytest.raises(UsageError, match="not a date"):
        g.timeline("CHN", "PRK", start="May 2015")


def test_filters_cameo_factuality_and_by_state(g):
    assert [e.cameo for e in g.timeline("CHN", "PRK", cameo=["11", "16"]).entries] == ["111", "163"]
    assert [e.cameo for e in g.timeline("CHN", "PRK", cameo=["04", "163"]).entries] == ["040", "163", "042",
                                                                                           "040"]
    assert [e.when_label for e in g.timeline("CHN", "PRK", factuality=["possible"]).entries] == ["May 2015"]
    with pytest.raises(UsageError):
        g.timeline("CHN", "PRK", cameo=["visit"])
    with pytest.raises(UsageError):
        g.timeline("CHN", "PRK", factuality=["rumoured"])
    # a person alone is only their own events; rolled up, they stand for their state
    assert len(g.timeline("Kim Yo-jong").entries) == 1
    rolled = g.timeline("Kim Yo-jong", by_state=True)
    assert rolled.a.id == "PRK" and len(rolled.events) > 1
    assert {(e.source, e.target) for e in rolled.events} >= {("PRK", "KOR"), ("CHN", "PRK"), ("PRK", "RUS")}


def test_single_actor_and_json_schema(g):
    t = g.timeline("Moscow")  # a place is an actor too, but no event has it as a participant
    assert t.entries == []
    doc = json.loads(render(g.timeline("CHN", "PRK"), "json"))
    assert doc["schema"] == "diplograph.timeline/1"
    assert list(doc) == sorted(doc)
    entry = doc["entries"][1]
    assert list(entry) == sorted(entry)
    assert entry["when"] == "2015-05" and entry["evidence"][0]["published"] == "2015-01-29"
    assert list(entry["evidence"][0]) == sorted(entry["evidence"][0])
