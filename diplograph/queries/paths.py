"""Paths: how X is connected to Y, hop by hop, with the evidence of each hop.

The search runs on the networkx view (:mod:`diplograph.graph.nx`), traversing
edges in either direction (each hop reports the direction the edge really
points). An edge is usable when

* its type is allowed (``via``: event, trend, role, kinship, membership, or a
  CAMEO code or root such as ``04`` for events of that root; default: all);
* it is valid ``at`` the given period: an event when its time interval overlaps
  the period (undated events are not), a relation likewise (undated relations,
  and the derived person -> state memberships, always are);
* with ``as_of``, it was reported by an article published by that day (a derived
  membership: its entity was named by then), and an event weighs and reads with
  the factuality reported then ("planned" before the visit was called off).

Between two neighbours only the best usable edge counts (the lightest, then the
best-sourced; between hubs with thousands of parallel events, the best-sourced of the
first lightest ones and the 256 edges after it), so the k paths are k different chains
of actors. Hops have weights, and the k lightest paths of at
most ``max_hops`` hops win: an occurred event weighs 1.0, a planned or possible
one 1.1-1.15, a negated one 1.3, a trend, role or kinship statement 1.2, a stated
membership 1.3 and a bare derived membership (a person belongs to their state)
1.5, so event hops are preferred to memberships.

The search is bidirectional: balls around X and Y whose radii add up to
``max_hops - 1`` (the cheaper side grows first), the edges that cross between
them, then Yen's k shortest simple paths on that small subgraph, pruned to nodes
that lie on some path short enough.

>>> from diplograph.graph.store import Store
>>> find_paths(Store(":memory:"), "CHN", "PRK").paths
[]
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from diplograph.graph.nx import EDGE_KINDS, graph_view
from diplograph.graph.store import Store
from diplograph.queries.actors import Actor, ActorIndex
from diplograph.queries.common import (
    EvidenceRef,
    UsageError,
    as_of_day,
    cameo_name,
    entity_names,
    evidence_refs,
    iso,
    parse_period,
    when_label,
)

__all__ = ["Path", "PathHop", "PathResult", "edge_weight", "find_paths"]

_CODE = re.compile(r"\d{2,4}")
_FACT_WEIGHT = {"occurred": 1.0, "planned": 1.1, "possible": 1.15, "negated": 1.3}
_REL_WEIGHT = {"trend": 1.2, "role": 1.2, "kinship": 1.2, "membership": 1.3}
DERIVED_MEMBERSHIP_WEIGHT = 1.5
LIGHTEST = min(_FACT_WEIGHT.values())


def edge_weight(data: dict[str, Any]) -> float:
    """The weight of one edge of the view (lower is preferred)."""
    kind = data.get("kind")
    if kind == "event":
        return _FACT_WEIGHT.get(data.get("factuality"), 1.2)
    if data.get("derived"):
        return DERIVED_MEMBERSHIP_WEIGHT
    return _REL_WEIGHT.get(kind, 1.3)


@dataclass(frozen=True, slots=True)
class PathHop:
    """One hop of a path, from ``source`` (nearer X) to ``target`` (nearer Y)."""

    source: str
    target: str
    source_name: str
    target_name: str
    forward: bool            # True when the edge points source -> target
    kind: str                # event, trend, role, kinship, membership
    edge: str                # event or relation id, "in:<entity>" for a derived membership
    cameo: str | None = None
    cameo_name: str | None = None
    when: str | None = None
    factuality: str | None = None
    label: str | None = None
    location: str | None = None
    location_name: str | None = None
    n_sources: int = 0
    weight: float = 1.0
    evidence: tuple[EvidenceRef, ...] = ()

    @property
    def arrow(self) -> str:
        """"→" when the edge points along the path, "←" when against it."""
        return "→" if self.forward else "←"

    @property
    def when_label(self) -> str:
        """The date at its own precision, "" for timeless hops."""
        return when_label(self.when) if self.when else ""

    @property
    def description(self) -> str:
        """"Make a visit (planned), May 2015, in Moscow" / "trend: freeze, 2014 – Jan 2015" / "citizen of"."""
        if self.kind == "event":
            bits = [f"{self.cameo_name or self.cameo} ({self.factuality})"]
        elif self.kind == "trend":
            bits = [f"trend: {self.label or '?'}"]
        else:
            bits = [self.label or self.kind]
        if self.when:
            bits.append(self.when_label)
        if self.location_name:
            bits.append(f"in {self.location_name}")
        return ", ".join(bits)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted."""
        return {
            "cameo": self.cameo, "cameo_name": self.cameo_name, "description": self.description,
            "direction": "forward" if self.forward else "backward", "edge": self.edge,
            "evidence": [e.to_dict() for e in self.evidence], "factuality": self.factuality, "kind": self.kind,
            "label": self.label, "location": self.location, "location_name": self.location_name,
            "n_sources": self.n_sources, "source": self.source, "source_name": self.source_name,
            "target": self.target, "target_name": self.target_name, "weight": self.weight, "when": self.when,
            "when_label": self.when_label,
        }


@dataclass(frozen=True, slots=True)
class Path:
    """One path: its nodes from X to Y, its hops and its total weight."""

    nodes: tuple[str, ...]
    hops: tuple[PathHop, ...]
    weight: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted."""
        return {"hops": [h.to_dict() for h in self.hops], "n_hops": len(self.hops), "nodes": list(self.nodes),
                "weight": round(self.weight, 4)}


@dataclass(slots=True)
class PathResult:
    """The answer of :func:`find_paths`."""

    x: Actor
    y: Actor
    paths: list[Path] = field(default_factory=list)
    at: str | None = None
    at_lo: dt.date | None = None
    at_hi: dt.date | None = None
    max_hops: int = 4
    k: int = 3
    via: tuple[str, ...] = ()
    note: str = ""
    as_of: dt.date | None = None

    def title(self) -> str:
        """"Paths: Kim Jong-un – Xi Jinping (valid at 2015-05; at most 4 hops)"."""
        bits = [f"at most {self.max_hops} hops"]
        if self.at:
            bits.insert(0, f"valid at {self.at}")
        if self.via:
            bits.append("via " + ", ".join(self.via))
        if self.as_of:
            bits.append(f"as known on {self.as_of.isoformat()}")
        return f"Paths: {self.x.name} – {self.y.name} ({'; '.join(bits)})"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted (schema ``diplograph.paths/1``)."""
        return {"as_of": iso(self.as_of), "at": self.at, "at_hi": iso(self.at_hi), "at_lo": iso(self.at_lo),
                "k": self.k,
                "max_hops": self.max_hops, "note": self.note, "paths": [p.to_dict() for p in self.paths],
                "schema": "diplograph.paths/1", "via": list(self.via), "x": self.x.to_dict(),
                "y": self.y.to_dict()}


class _AsOf:
    """What was known on a day: each event's or relation's factuality then, the entities named by then."""

    def __init__(self, conn: Any, day: dt.date) -> None:
        cut = day.isoformat()
        latest: dict[str, tuple] = {}
        for subj, pub, art, start, fact in conn.execute(
                "SELECT e.subject, a.published, e.article_id, e.start, e.factuality FROM articles a"
                " JOIN evidence e ON e.article_id = a.id WHERE a.published <= ?", (cut,)):
            k = (pub, art, -start)
            cur = latest.get(subj)
            if cur is None or k > cur[0]:
                latest[subj] = (k, fact)
        # the latest article up to that day sets the factuality (its first statement in text order)
        self.factuality: dict[str, str | None] = {subj: v[1] for subj, v in latest.items()}
        self.entities = {r[0] for r in conn.execute(
            "SELECT DISTINCT m.entity_id FROM articles a JOIN mentions m ON m.article_id = a.id"
            " WHERE a.published <= ?", (cut,))}


def _edge_filter(via: tuple[str, ...], lo: str | None, hi: str | None, known: _AsOf | None = None
                 ) -> Callable[[str, dict], float | None]:
    kinds = {v for v in via if v in EDGE_KINDS}
    roots = tuple(v for v in via if _CODE.fullmatch(v))
    any_kind = not via
    weights = _FACT_WEIGHT
    facts = known.factuality if known else None
    ents = known.entities if known else None

    def ok(key: str, d: dict) -> float | None:
        kind = d["kind"]
        if not any_kind and kind not in kinds and not (kind == "event" and roots and d["cameo"].startswith(roots)):
            return None
        if kind == "event":
            if lo is not None:
                elo, ehi = d["lo"], d["hi"]
                if elo is None or ehi is None or elo > hi or ehi < lo:
                    return None
            if facts is not None:
                if key not in facts:
                    return None
                return weights.get(facts[key] or d["factuality"], 1.2)
            return weights.get(d["factuality"], 1.2)
        if lo is not None:
            rlo, rhi = d["lo"], d["hi"]
            if (rlo is not None and rlo > hi) or (rhi is not None and rhi < lo):
                return None
        if facts is not None and (key[3:] not in ents if d.get("derived") else key not in facts):
            return None
        return edge_weight(d)

    return ok


class _Search:
    """The bidirectional neighbourhood search on the view, with per-query caches."""

    def __init__(self, g: nx.MultiDiGraph, ok: Callable[[str, dict], float | None]) -> None:
        self.succ = g._succ  # the adjacency dicts themselves: the public views cost ~2x per lookup
        self.pred = g._pred
        self.ok = ok
        self.best: dict[tuple[str, str], tuple[float, int, str, str]] = {}  # (a, b) a<b -> (w, -n, key, src)
        self._expanded: dict[str, dict[str, float]] = {}

    def degree(self, u: str) -> int:
        return len(self.succ.get(u, ())) + len(self.pred.get(u, ()))

    def _consider(self, u: str, v: str, keydict: dict, src: str) -> float | None:
        ok = self.ok
        found = None
        # Between two hubs there can be 100,000 parallel events: once an edge of the lightest
        # weight is in hand, look at a bounded number more (for the best-sourced one) and stop.
        budget = -1
        for key, d in keydict.items():
            if budget == 0:
                break
            budget -= 1
            w = ok(key, d)
            if w is None:
                continue
            cand = (w, -(d.get("n_articles") or 0), key, src)
            if found is None or cand < found:
                found = cand
                if w <= LIGHTEST and budget < 0:
                    budget = 256
        if found is None:
            return None
        pair = (u, v) if u < v else (v, u)
        prev = self.best.get(pair)
        if prev is None or found < prev:
            self.best[pair] = found
        return found[0]

    def expand(self, u: str) -> dict[str, float]:
        """Every usable neighbour of ``u`` (either direction), recording the best edges."""
        got = self._expanded.get(u)
        if got is not None:
            return got
        out: dict[str, float] = {}
        for v, kd in self.succ.get(u, {}).items():
            if v != u and self._consider(u, v, kd, u) is not None:
                out[v] = 1.0
        for v, kd in self.pred.get(u, {}).items():
            if v != u and self._consider(u, v, kd, v) is not None:
                out[v] = 1.0
        self._expanded[u] = out
        return out

    def connect(self, u: str, others: set[str]) -> None:
        """Record the usable edges between ``u`` and the nodes of ``others``."""
        if u in self._expanded:
            return
        for adj, outgoing in ((self.succ.get(u, {}), True), (self.pred.get(u, {}), False)):
            if len(adj) <= len(others):
                pairs = ((v, kd) for v, kd in adj.items() if v in others)
            else:
                pairs = ((v, adj[v]) for v in others if v in adj)
            for v, kd in pairs:
                if v != u:
                    self._consider(u, v, kd, u if outgoing else v)


def _bfs(adj: dict[str, set[str]], start: str, limit: int) -> dict[str, int]:
    dist = {start: 0}
    frontier = [start]
    for d in range(1, limit + 1):
        nxt = []
        for u in frontier:
            for v in adj.get(u, ()):
                if v not in dist:
                    dist[v] = d
                    nxt.append(v)
        frontier = nxt
    return dist


def _candidate_paths(g: nx.MultiDiGraph, x: str, y: str, max_hops: int, k: int,
                     ok: Callable[[str, dict], float | None]) -> tuple[list[tuple[list[str], float]], _Search]:
    s = _Search(g, ok)
    dist = {x: {x: 0}, y: {y: 0}}
    frontier = {x: [x], y: [y]}
    for _ in range(max_hops - 1):
        cost = {n: sum(s.degree(u) for u in frontier[n]) for n in (x, y)}
        side = x if (cost[x], 0) <= (cost[y], 1) else y
        if not frontier[side]:
            side = y if side == x else x
        nxt = []
        d = dist[side]
        for u in frontier[side]:
            r = d[u] + 1
            for v in s.expand(u):
                if v not in d:
                    d[v] = r
                    nxt.append(v)
        frontier[side] = nxt
    # the edges crossing between the two balls: from the cheaper boundary into the other ball
    cost = {n: sum(s.degree(u) for u in frontier[n]) for n in (x, y)}
    side = x if cost[x] <= cost[y] else y
    other = set(dist[y if side == x else x])
    for u in frontier[side]:
        s.connect(u, other)
    # the subgraph of recorded edges, pruned to nodes on some short enough path
    adj: dict[str, set[str]] = {}
    for a, b in s.best:
        adj.setdefault(a, set()).add(b)
        adj.setdefault(b, set()).add(a)
    if x not in adj or y not in adj:
        return [], s
    dx = _bfs(adj, x, max_hops)
    dy = _bfs(adj, y, max_hops)
    keep = {n for n in dx if n in dy and dx[n] + dy[n] <= max_hops}
    h = nx.Graph()
    for (a, b), (w, _n, _key, _src) in s.best.items():
        if a in keep and b in keep:
            h.add_edge(a, b, weight=w)
    if x not in h or y not in h:
        return [], s
    out: list[tuple[list[str], float]] = []
    gen = nx.shortest_simple_paths(h, x, y, weight="weight")
    for nodes in itertools.islice(gen, 50 * k):
        if len(nodes) - 1 > max_hops:
            continue
        w = sum(h[a][b]["weight"] for a, b in itertools.pairwise(nodes))
        out.append((nodes, w))
        if len(out) >= k:
            break
    return out, s


def find_paths(store: Store, x: Actor | str, y: Actor | str, *, at: str | dt.date | None = None,
               max_hops: int = 4, k: int = 3, via: Iterable[str] = (), as_of: str | dt.date | None = None,
               index: ActorIndex | None = None, graph: nx.MultiDiGraph | None = None) -> PathResult:
    """The ``k`` lightest paths of at most ``max_hops`` hops from ``x`` to ``y`` (see the module docstring).

    ``at`` is a period (YYYY, YYYY-MM, YYYY-MM-DD) at which every hop must be valid;
    ``as_of`` a day: only what articles published by then reported, with the factuality
    reported then. Raises :class:`~diplograph.queries.common.UsageError` for bad arguments.
    """
    if not 1 <= int(max_hops) <= 8:
        raise UsageError(f"--max-hops: {max_hops} is out of range (1 to 8)")
    if not 1 <= int(k) <= 100:
        raise UsageError(f"-k: {k} is out of range (1 to 100)")
    vias = tuple(str(v).strip().lower() for v in via)
    for v in vias:
        if v not in EDGE_KINDS and not _CODE.fullmatch(v):
            raise UsageError(f"--via: {v!r} is not an edge type ({', '.join(EDGE_KINDS)}) or a CAMEO code/root")
    period = parse_period(at, "--at")
    asof = as_of if isinstance(as_of, dt.date) else as_of_day(as_of)
    idx = index or ActorIndex(store)
    ax = x if isinstance(x, Actor) else idx.lookup(x)
    ay = y if isinstance(y, Actor) else idx.lookup(y)
    if ax.id == ay.id:
        raise UsageError(f"a path needs two different actors ({ax.id} was given twice)")
    result = PathResult(ax, ay, at=str(at) if at is not None else None, at_lo=period[0] if period else None,
                        at_hi=period[1] if period else None, max_hops=int(max_hops), k=int(k), via=vias,
                        as_of=asof)
    g = graph if graph is not None else graph_view(store)
    missing = [a.name for a in (ax, ay) if a.id not in g]
    if missing:
        result.note = f"not in the graph: {', '.join(missing)}"
        return result
    known = _AsOf(store.conn, asof) if asof else None
    ok = _edge_filter(vias, iso(result.at_lo), iso(result.at_hi), known)
    found, search = _candidate_paths(g, ax.id, ay.id, result.max_hops, result.k, ok)
    if not found:
        result.note = "no path within the limits"
        return result
    result.paths = _describe(store, g, found, search, known, asof)
    return result


def _describe(store: Store, g: nx.MultiDiGraph, found: list[tuple[list[str], float]], s: _Search,
              known: _AsOf | None = None, as_of: dt.date | None = None) -> list[Path]:
    """Turn node chains into hops with the details and evidence of each chosen edge."""
    chosen: dict[tuple[str, str], tuple[float, int, str, str]] = {}
    for nodes, _w in found:
        for a, b in itertools.pairwise(nodes):
            pair = (a, b) if a < b else (b, a)
            chosen[pair] = s.best[pair]
    keys = sorted({c[2] for c in chosen.values()})
    conn = store.conn
    ev_info: dict[str, tuple] = {}
    rel_info: dict[str, tuple] = {}
    ev_keys = [k_ for k_ in keys if k_.startswith("ev:")]
    rel_keys = [k_ for k_ in keys if k_.startswith("rel:")]
    for i in range(0, len(ev_keys), 500):
        chunk = ev_keys[i:i + 500]
        for r in conn.execute("SELECT id, cameo, when_edtf, factuality, location, n_articles FROM events"
                              f" WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            ev_info[r[0]] = r[1:]
    for i in range(0, len(rel_keys), 500):
        chunk = rel_keys[i:i + 500]
        for r in conn.execute("SELECT id, type, when_edtf, label, n_articles FROM relations"
                              f" WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            rel_info[r[0]] = r[1:]
    evidence = evidence_refs(conn, ev_keys + rel_keys, as_of)
    ids: set[str | None] = {n for nodes, _ in found for n in nodes}
    ids.update(info[3] for info in ev_info.values())
    names = entity_names(conn, ids)
    member_refs = _membership_evidence(store, [k_[3:] for k_ in keys if k_.startswith("in:")], g, names, as_of)

    paths = []
    for nodes, weight in found:
        hops = []
        for a, b in itertools.pairwise(nodes):
            pair = (a, b) if a < b else (b, a)
            w, _negn, key, src = chosen[pair]
            common = {"source": a, "target": b, "source_name": names.get(a, a), "target_name": names.get(b, b),
                      "forward": src == a, "edge": key, "weight": w}
            if key in ev_info:
                cameo, when, fact, loc, n = ev_info[key]
                refs = evidence.get(key, ())
                if known is not None:  # as reported then
                    fact = known.factuality.get(key) or fact
                    n = len({r.article for r in refs})
                hops.append(PathHop(kind="event", cameo=cameo, cameo_name=cameo_name(cameo), when=when,
                                    factuality=fact, location=loc, location_name=names.get(loc) if loc else None,
                                    n_sources=n, evidence=refs, **common))
            elif key in rel_info:
                typ, when, label, n = rel_info[key]
                refs = evidence.get(key, ())
                if known is not None:
                    n = len({r.article for r in refs})
                hops.append(PathHop(kind=typ, when=when, label=label, n_sources=n, evidence=refs, **common))
            else:
                d = g.edges[src, b if src == a else a, key]
                refs = member_refs.get(key[3:], ())
                hops.append(PathHop(kind="membership", label=d.get("label"), n_sources=len(refs),
                                    evidence=refs, **common))
        paths.append(Path(tuple(nodes), tuple(hops), weight))
    return paths


def _membership_evidence(store: Store, entities: list[str], g: nx.MultiDiGraph, names: dict[str, str],
                         as_of: dt.date | None = None) -> dict[str, tuple[EvidenceRef, ...]]:
    """The articles whose extraction attributes an entity to its state (the evidence of a derived membership)."""
    out: dict[str, tuple[EvidenceRef, ...]] = {}
    cut = as_of.isoformat() if as_of else "9999-12-31"
    for eid in entities:
        state = g.nodes[eid].get("state")
        rows = store.conn.execute(
            "SELECT m.article_id, a.published FROM mentions m LEFT JOIN articles a ON a.id = m.article_id"
            " WHERE m.entity_id = ? AND m.state = ? AND (a.published <= ? OR (a.published IS NULL AND ? = ?))"
            " ORDER BY a.published, m.article_id LIMIT 5", (eid, state, cut, cut, "9999-12-31")).fetchall()
        text = f"{names.get(eid, eid)} is attributed to {names.get(state, state)} in this article's entities"
        out[eid] = tuple(EvidenceRef(article=r[0], published=r[1], sentence=text, factuality=None, when=None,
                                     rule="entity attribute") for r in rows)
    return out
