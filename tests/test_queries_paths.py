"""Paths: k best chains between two actors, valid at a date, with evidence on every hop."""

from __future__ import annotations

import json

import pytest
from queries_data import load_query_store

import diplograph
from diplograph.queries.common import UsageError
from diplograph.queries.render import render


@pytest.fixture(scope="module")
def g(tmp_path_factory):
    path = tmp_path_factory.mktemp("paths") / "kg.db"
    load_query_store(path).close()
    graph = diplograph.open_graph(path)
    yield graph
    graph.close()


def _chain(p):
    return [(h.source, h.arrow, h.cameo or h.kind, h.target) for h in p.hops]


def test_kim_to_xi_in_may_2015_through_russia(g):
    r = g.path("Kim Jong-un", "Xi Jinping", at="2015-05", k=3)
    chains = [_chain(p) for p in r.paths]
    # the direct possible meeting first, then the two visits to Russia
    assert chains[0] == [("person:kim-jong-un", "←", "040", "person:xi-jinping")]
    assert chains[1] == [("person:kim-jong-un", "→", "042", "RUS"), ("RUS", "←", "042", "person:xi-jinping")]
    via_russia = r.paths[1]
    assert [h.location_name for h in via_russia.hops] == ["Moscow", "Moscow"]
    assert [h.when_label for h in via_russia.hops] == ["May 2015", "May 2015"]
    assert [h.factuality for h in via_russia.hops] == ["negated", "planned"]
    for p in r.paths:  # evidence on every hop
        for h in p.hops:
            assert h.evidence and all(e.sentence and e.article for e in h.evidence)
    assert via_russia.hops[1].evidence[0].sentence.startswith("Xi Jinping has accepted the invitation")
    # only visits (CAMEO root 04 minus the consultation): --via 042
    r = g.path("Kim Jong-un", "Xi Jinping", at="2015-05", via=["042"])
    assert [_chain(p) for p in r.paths] == [chains[1]]


def test_validity_at_a_date(g):
    # in March 2018 Kim met Xi in Beijing; the Moscow edges of 2015 are not valid then
    r = g.path("Kim Jong-un", "Xi Jinping", at="2018-03")
    whens = {h.when for p in r.paths for h in p.hops}
    assert "2015-05" not in whens and "2018-03-26" in whens
    assert whens <= {None, "2018-03-26", "2018-03", "2011-12-17/.."}  # the role runs on: valid in 2018
    assert r.paths[0].hops[0].location_name == "Beijing"
    # nothing connects them in 2020
    r = g.path("Kim Jong-un", "Xi Jinping", at="2020", via=["event"])
    assert r.paths == [] and r.note


def test_memberships_are_a_last_resort(g):
    # Kim Yo-jong and Xi: through her state (a bare membership is all that links her) ...
    r = g.path("Kim Yo-jong", "Xi Jinping", at="2018-03", k=2, max_hops=3)
    first, second = r.paths
    assert first.hops[0].kind == "membership" and first.hops[0].target == "PRK"
    assert first.hops[0].evidence[0].article == "q-thaw-2018"
    # ... then Kim Jong-un's stated role and his meeting with Xi beat the thaw plus Xi's bare membership
    assert [h.kind for h in first.hops] == ["membership", "role", "event"]
    assert [h.kind for h in second.hops] == ["membership", "trend", "membership"]
    assert first.weight < second.weight


def test_limits_and_usage_errors(g):
    assert g.path("Kim Yo-jong", "Xi Jinping", at="2018-03", max_hops=1).paths == []
    with pytest.raises(UsageError):
        g.path("Kim Jong-un", "Kim Jong-un")
    with pytest.raises(UsageError):
        g.path("Kim Jong-un", "Xi", via=["friendship"])
    with pytest.raises(UsageError):
        g.path("Kim Jong-un", "Xi", at="soon")
    r = g.path("France", "Xi")  # a state the store does not hold
    assert r.paths == [] and "France" in r.note


def test_json_of_paths(g):
    doc = json.loads(render(g.path("Kim Jong-un", "Xi Jinping", at="2015-05"), "json"))
    assert doc["schema"] == "diplograph.paths/1"
    hop = doc["paths"][1]["hops"][1]
    assert hop["direction"] == "backward" and hop["description"] == \
        "Make a visit (planned), May 2015, in Moscow"
    assert list(hop) == sorted(hop)


def test_bidirectional_search_finds_the_k_lightest_paths(tmp_path):
    """Against brute force on random graphs: the same k lightest weights, every path within max_hops."""
    import itertools
    import random

    import networkx as nx

    from diplograph.graph.model import FACTUALITY, Article, Entity, Event, Evidence, Extraction
    from diplograph.graph.nx import build_graph
    from diplograph.graph.store import Store
    from diplograph.queries.paths import _edge_filter, find_paths

    rng = random.Random(11)
    for trial in range(6):
        store = Store(tmp_path / f"r{trial}.db")
        states = ["AAA", "BBB", "CCC", "DDD"]
        people = [Entity(f"person:p{i}", "person", f"P{i}", state=rng.choice(states)) for i in range(14)]
        ids = states + [p.id for p in people]
        events = []
        for j in range(40):
            s, t = rng.sample(ids, 2)
            events.append(Event(rng.choice(["042", "040", "111", "190"]), s, t,
                                when=f"201{rng.randint(0, 3)}-0{rng.randint(1, 9)}",
                                factuality=rng.choice(FACTUALITY), evidence=[Evidence("a", f"s{j}", j, j + 1)]))
        store.ingest(Extraction(Article("a", published="2020-01-01"), entities=people, events=events))
        g = build_graph(store)
        ok = _edge_filter((), "2011-01-01", "2012-12-31")
        best: dict[tuple[str, str], float] = {}
        for u, v, key, d in g.edges(keys=True, data=True):
            w = ok(key, d)
            if w is not None and u != v:
                pair = tuple(sorted((u, v)))
                best[pair] = min(w, best.get(pair, 99))
        h = nx.Graph()
        h.add_weighted_edges_from((a, b, w) for (a, b), w in best.items())
        for x, y in itertools.islice(itertools.combinations(ids, 2), 0, None, 7):
            for hops in (2, 3, 4):
                r = find_paths(store, x, y, at="2011/2012", max_hops=hops, k=3)
                brute = sorted(sum(h[a][b]["weight"] for a, b in itertools.pairwise(p))
                               for p in nx.all_simple_paths(h, x, y, cutoff=hops)) if x in h and y in h else []
                got = [p.weight for p in r.paths]
                assert got == pytest.approx(brute[:3]), (trial, x, y, hops)
                assert all(len(p.hops) <= hops for p in r.paths)
        store.close()


def test_as_of_reads_the_path_as_reported_then(g):
    # the example: before the visit was called off, both visits are planned
    r = g.path("Kim Jong-un", "Xi Jinping", at="2015-05", as_of="2015-03", via=["042"])
    (p,) = r.paths
    assert [(h.source, h.arrow, h.factuality, h.n_sources, h.target) for h in p.hops] == [
        ("person:kim-jong-un", "→", "planned", 1, "RUS"), ("RUS", "←", "planned", 1, "person:xi-jinping")]
    assert all(e.published <= "2015-03-31" for h in p.hops for e in h.evidence)
    assert "as known on 2015-03-31" in r.title()
    # later, the same path reads negated; before the first report there is nothing
    later = g.path("Kim Jong-un", "Xi Jinping", at="2015-05", as_of="2015-05", via=["042"])
    assert [h.factuality for h in later.paths[0].hops] == ["negated", "planned"]
    assert g.path("Kim Jong-un", "Xi Jinping", as_of="2015-01-28").paths == []
    # Kim Yo-jong is first named in 2018: her membership is unknown before
    assert g.path("Kim Yo-jong", "Kim Jong-un", as_of="2017").paths == []
    assert g.path("Kim Yo-jong", "Kim Jong-un", as_of="2018-03-28").paths
