"""The networkx view of the store: a MultiDiGraph, rebuilt when the store changes.

Nodes are entities (attributes ``kind``, ``name``, ``state``). Edges:

* one per event, source -> target, key = the event id, attributes ``kind="event"``,
  ``cameo``, ``lo``/``hi`` (ISO day bounds, None when undated), ``factuality``,
  ``n_articles``; repeated events between the same pair stay separate edges;
* one per relation, a -> b, key = the relation id, ``kind`` = its type (trend, role,
  kinship, membership), ``label``, ``lo``/``hi``, ``n_articles``;
* one derived membership per entity attributed to a state (a person is a citizen of
  their state, a place lies in its state), entity -> state, key ``"in:" + entity id``,
  ``kind="membership"``, ``label`` ("citizen of", "located in", "based in"),
  ``derived=True``, no time bounds (always valid).

Attribute values are interned strings so a million events stay well under the
memory budget. The view is derived: :func:`graph_view` caches it per store and
rebuilds it when ``store.version`` moved on. Events or relations missing an end
(an event with no source) have no edge.

>>> from diplograph.graph.store import Store
>>> graph_view(Store(":memory:")).number_of_nodes()
0
"""

from __future__ import annotations

import sys
import threading
import weakref

import networkx as nx

from diplograph.graph.store import Store

__all__ = ["EDGE_KINDS", "build_graph", "graph_view"]

EDGE_KINDS = ("event", "trend", "role", "kinship", "membership")
_MEMBER_LABEL = {"person": "citizen of", "place": "located in", "organization": "based in", "group": "based in"}
_cache: weakref.WeakKeyDictionary[Store, nx.MultiDiGraph] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def build_graph(store: Store) -> nx.MultiDiGraph:
    """Build the MultiDiGraph of everything in ``store`` (see the module docstring)."""
    intern = sys.intern
    conn = store.conn
    version = store.version
    g = nx.MultiDiGraph(version=version, path=store.path)
    node_rows = conn.execute("SELECT id, kind, name, state FROM entities").fetchall()
    g.add_nodes_from((eid, {"kind": intern(kind), "name": name, "state": intern(state) if state else None})
                     for eid, kind, name, state in node_rows)

    def events():
        cur = conn.execute("SELECT id, source, target, cameo, lo, hi, factuality, n_articles FROM events"
                           " WHERE source IS NOT NULL AND target IS NOT NULL")
        kind = "event"
        while True:
            chunk = cur.fetchmany(50_000)
            if not chunk:
                return
            for eid, s, t, cameo, lo, hi, fact, n in chunk:
                yield (s, t, eid, {"kind": kind, "cameo": intern(cameo), "lo": intern(lo) if lo else None,
                                   "hi": intern(hi) if hi else None, "factuality": intern(fact),
                                   "n_articles": n})

    g.add_edges_from(events())
    rel_rows = conn.execute("SELECT id, type, a, b, label, lo, hi, n_articles FROM relations").fetchall()
    g.add_edges_from((a, b, rid, {"kind": intern(typ), "label": label, "lo": lo, "hi": hi, "n_articles": n})
                     for rid, typ, a, b, label, lo, hi, n in rel_rows)
    g.add_edges_from(
        (eid, state, "in:" + eid, {"kind": "membership", "label": _MEMBER_LABEL.get(kind, "in"), "lo": None,
                                   "hi": None, "n_articles": 0, "derived": True})
        for eid, kind, _name, state in node_rows if state and kind != "state" and state != eid)
    for n, data in g.nodes(data=True):  # states referenced but never described (should not happen)
        if not data:
            data.update(kind="state" if len(n) == 3 and n.isupper() else "unknown", name=n,
                        state=n if len(n) == 3 and n.isupper() else None)
    return g


def graph_view(store: Store) -> nx.MultiDiGraph:
    """The cached networkx view of ``store``, rebuilt when the store changed since it was built."""
    version = store.version
    with _lock:
        g = _cache.get(store)
        if g is not None and g.graph.get("version") == version:
            return g
    g = build_graph(store)
    with _lock:
        _cache[store] = g
    return g
