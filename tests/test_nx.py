"""The networkx view: nodes, event and relation edges, derived memberships, cache on store.version."""

from __future__ import annotations

from queries_data import load_query_store

from diplograph.graph.model import Article, Event, Evidence, Extraction
from diplograph.graph.nx import build_graph, graph_view


def test_nodes_edges_and_memberships(tmp_path):
    store = load_query_store(tmp_path / "kg.db")
    g = graph_view(store)
    assert g.nodes["person:kim-jong-un"] == {"kind": "person", "name": "Kim Jong-un", "state": "PRK"}
    assert g.nodes["PRK"]["kind"] == "state"
    # one edge per event, keyed by the event id; the planned-then-negated visit is one edge
    visits = g.get_edge_data("person:kim-jong-un", "RUS")
    assert len(visits) == 1
    (key, d), = visits.items()
    assert key.startswith("ev:")
    assert d == {"kind": "event", "cameo": "042", "lo": "2015-05-01", "hi": "2015-05-31",
                 "factuality": "negated", "n_articles": 2}
    # repeated events of the same pair stay separate edges (040 in Moscow 2015, in Beijing 2018)
    assert len(g.get_edge_data("person:xi-jinping", "person:kim-jong-un")) == 2
    # relations: the trends (stored with their pair sorted: "PRK"-"CHN" thaw is CHN -> PRK) and the role
    trend = g.get_edge_data("CHN", "PRK")
    assert sorted(d["label"] for d in trend.values() if d["kind"] == "trend") == ["freeze", "thaw"]
    assert [d["kind"] for d in g.get_edge_data("person:kim-jong-un", "PRK").values()] == ["role", "membership"]
    # derived memberships: persons and places belong to their state, always valid
    m = g.edges["place:moscow", "RUS", "in:place:moscow"]
    assert m == {"kind": "membership", "label": "located in", "lo": None, "hi": None, "n_articles": 0,
                 "derived": True}
    n_events = store.stats()["events"]
    n_rel = store.stats()["relations"]
    n_members = sum(1 for e in store.iter_entities() if e.kind != "state" and e.state)
    assert g.number_of_edges() == n_events + n_rel + n_members


def test_cached_until_the_store_changes(tmp_path):
    store = load_query_store(tmp_path / "kg.db", ("01-kim-moscow-plans.json",))
    g1 = graph_view(store)
    assert graph_view(store) is g1
    store.ingest(Extraction(Article("extra", published="2016-01-01"),
                            events=[Event("111", "CHN", "PRK", when="2016-01-06",
                                          evidence=[Evidence("extra", "x", 0, 1)])]))
    g2 = graph_view(store)
    assert g2 is not g1 and g2.graph["version"] == store.version
    assert g2.number_of_edges() == g1.number_of_edges() + 1
    assert build_graph(store).number_of_edges() == g2.number_of_edges()
