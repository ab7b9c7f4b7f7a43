"""Timelines: the events and trend statements of one actor or a dyad, in time order.

Each entry keeps its date at its own precision ("May 2015", "Feb 2013"), its
factuality, CAMEO code and name, Goldstein value, the number of independent
sources (distinct articles) and every report behind it (sentence, article,
publication date, and what that article said).

A state stands for itself and every entity attributed to it: ``CHN``/``PRK``
lists Xi Jinping's meeting with Kim Jong-un. ``by_state`` rolls persons up into
their states: a person argument stands for their state and participants are
shown as states. ``as_of`` shows the graph as it was known on a day: only
reports published by then count, and an event's factuality is the one of its
latest report up to that day (a visit reported planned in January and called
off in April reads "planned" as of March). A time window keeps what overlaps it.

>>> from diplograph.graph.store import Store
>>> timeline(Store(":memory:"), "CHN", "PRK").entries
[]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from diplograph.graph.model import FACTUALITY
from diplograph.graph.store import Store
from diplograph.queries.actors import Actor, ActorIndex, match_sql
from diplograph.queries.common import (
    EvidenceRef,
    UsageError,
    as_of_day,
    cameo_name,
    entity_names,
    evidence_refs,
    headline,
    iso,
    parse_window,
    when_label,
)

__all__ = ["Timeline", "TimelineEntry", "timeline"]

_CAMEO_ARG = re.compile(r"\d{2,4}")


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event or trend statement of a timeline."""

    kind: str                      # "event" or "trend"
    id: str
    when: str | None               # EDTF as stored ("2015-05"), None = undated
    lo: str | None
    hi: str | None
    source: str | None
    target: str | None
    source_name: str | None
    target_name: str | None
    source_state: str | None
    target_state: str | None
    location: str | None = None
    location_name: str | None = None
    cameo: str | None = None
    cameo_name: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    factuality: str | None = None  # events: as currently (or as-of) reported
    polarity: str | None = None    # trends: positive / negative / neutral
    label: str | None = None       # trends: "freeze", "closer", ...
    n_sources: int = 0
    evidence: tuple[EvidenceRef, ...] = ()

    @property
    def when_label(self) -> str:
        """The date at its own precision: "May 2015", "9 May 2015", "2014 – Jan 2015", "undated"."""
        return when_label(self.when)

    @property
    def latest(self) -> EvidenceRef | None:
        """The first sentence of the latest report: the one to quote beside the entry."""
        return headline(self.evidence)

    @property
    def what(self) -> str:
        """A short description: "042 Make a visit" or "trend: freeze (negative)"."""
        if self.kind == "trend":
            return f"trend: {self.label or '?'} ({self.polarity or 'unspecified'})"
        return f"{self.cameo} {self.cameo_name or ''}".strip()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted (see :mod:`diplograph.queries.render` for the schema)."""
        return {
            "cameo": self.cameo, "cameo_name": self.cameo_name, "evidence": [e.to_dict() for e in self.evidence],
            "factuality": self.factuality, "goldstein": self.goldstein, "hi": self.hi, "id": self.id,
            "kind": self.kind, "label": self.label, "lo": self.lo, "location": self.location,
            "location_name": self.location_name, "n_sources": self.n_sources, "polarity": self.polarity,
            "quad_class": self.quad_class, "source": self.source, "source_name": self.source_name,
            "source_state": self.source_state, "target": self.target, "target_name": self.target_name,
            "target_state": self.target_state, "when": self.when, "when_label": self.when_label,
        }


@dataclass(slots=True)
class Timeline:
    """The answer of :func:`timeline`: the actors, the filters applied, and the entries in time order."""

    a: Actor
    b: Actor | None
    entries: list[TimelineEntry] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    as_of: dt.date | None = None
    by_state: bool = False
    cameo: tuple[str, ...] = ()
    factuality: tuple[str, ...] = ()

    @property
    def events(self) -> list[TimelineEntry]:
        """The event entries."""
        return [e for e in self.entries if e.kind == "event"]

    @property
    def trends(self) -> list[TimelineEntry]:
        """The trend statements."""
        return [e for e in self.entries if e.kind == "trend"]

    def title(self) -> str:
        """"Timeline: China – North Korea" with the filters that apply."""
        who = self.a.name + (f" – {self.b.name}" if self.b else "")
        bits = []
        if self.start or self.end:
            bits.append(f"{iso(self.start) or '…'} to {iso(self.end) or '…'}")
        if self.as_of:
            bits.append(f"as known on {self.as_of.isoformat()}")
        if self.by_state:
            bits.append("persons rolled up into states")
        return f"Timeline: {who}" + (f" ({'; '.join(bits)})" if bits else "")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted (schema ``diplograph.timeline/1``)."""
        return {
            "a": self.a.to_dict(), "as_of": iso(self.as_of), "b": self.b.to_dict() if self.b else None,
            "by_state": self.by_state, "cameo": list(self.cameo), "end": iso(self.end),
            "entries": [e.to_dict() for e in self.entries], "factuality": list(self.factuality),
            "schema": "diplograph.timeline/1", "start": iso(self.start),
        }


def _check_filters(cameo: Iterable[str], factuality: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    codes = tuple(str(c).strip() for c in cameo)
    for c in codes:
        if not _CAMEO_ARG.fullmatch(c):
            raise UsageError(f"--cameo: {c!r} is not a CAMEO code or root (two to four digits, e.g. 04 or 042)")
    facts = tuple(f.strip().lower() for f in factuality)
    for f in facts:
        if f not in FACTUALITY:
            raise UsageError(f"--factuality: {f!r} is not one of {', '.join(FACTUALITY)}")
    return codes, facts


def _as_actor(store: Store, x: Actor | str, index: ActorIndex | None) -> Actor:
    if isinstance(x, Actor):
        return x
    return (index or ActorIndex(store)).lookup(x)


def timeline(store: Store, a: Actor | str, b: Actor | str | None = None, *,
             start: str | dt.date | None = None, end: str | dt.date | None = None,
             cameo: Iterable[str] = (), factuality: Iterable[str] = (), by_state: bool = False,
             as_of: str | dt.date | None = None, index: ActorIndex | None = None) -> Timeline:
    """The events and trend statements of ``a`` (or of the dyad ``a``-``b``, either direction) in time order.

    ``start``/``end`` (YYYY, YYYY-MM, YYYY-MM-DD) keep what overlaps the window;
    ``cameo`` keeps codes starting with any of the given codes or roots;
    ``factuality`` keeps events of those factualities (filters on events drop trend
    statements); ``by_state`` rolls persons up into states; ``as_of`` shows the graph
    as known on that day. Raises :class:`~diplograph.queries.common.UsageError` for bad
    dates or filters, :class:`~diplograph.queries.actors.ActorError` for bad actors.
    """
    lo, hi = parse_window(start, end)
    asof = as_of_day(as_of) if not isinstance(as_of, dt.date) else as_of
    codes, facts = _check_filters(cameo, factuality)
    actor_a = _as_actor(store, a, index)
    actor_b = _as_actor(store, b, index) if b is not None else None
    if by_state:
        actor_a = actor_a.by_state()
        actor_b = actor_b.by_state() if actor_b else None
    result = Timeline(actor_a, actor_b, start=lo, end=hi, as_of=asof, by_state=by_state, cameo=codes,
                      factuality=facts)
    conn = store.conn

    where, args = match_sql(actor_a, actor_b)
    conds, params = [where], list(args)
    if hi:
        conds.append("lo <= ?")
        params.append(hi.isoformat())
    if lo:
        conds.append("hi >= ?")
        params.append(lo.isoformat())
    if codes:
        conds.append("(" + " OR ".join("cameo LIKE ?" for _ in codes) + ")")
        params += [c + "%" for c in codes]
    if facts and not asof:
        conds.append(f"factuality IN ({','.join('?' * len(facts))})")
        params += facts
    rows = conn.execute(
        "SELECT id, cameo, source, target, location, when_edtf, factuality, goldstein, n_articles,"
        " source_state, target_state, lo, hi, quad FROM events WHERE " + " AND ".join(conds), params).fetchall()

    rel_rows: list[tuple] = []
    if not codes and not facts:
        rwhere, rargs = match_sql(actor_a, actor_b, ("a", "b"))
        rconds, rparams = ["type = 'trend'", rwhere], list(rargs)
        if hi:
            rconds.append("lo <= ?")
            rparams.append(hi.isoformat())
        if lo:
            rconds.append("hi >= ?")
            rparams.append(lo.isoformat())
        rel_rows = conn.execute(
            "SELECT id, a, b, when_edtf, polarity, label, n_articles, a_state, b_state, lo, hi FROM relations"
            " WHERE " + " AND ".join(rconds), rparams).fetchall()

    subjects = [r[0] for r in rows] + [r[0] for r in rel_rows]
    evidence = evidence_refs(conn, subjects, asof) if subjects else {}
    ids: set[str | None] = set()
    for r in rows:
        ids.update((r[2], r[3], r[4], r[9], r[10]))
    for r in rel_rows:
        ids.update((r[1], r[2], r[7], r[8]))
    names = entity_names(conn, ids)

    entries: list[TimelineEntry] = []
    for (eid, code, src, tgt, loc, when, fact, gold, n, s_state, t_state, elo, ehi, quad) in rows:
        refs = evidence.get(eid, ())
        if asof is not None:
            if not refs:
                continue
            # the latest article up to that day sets the factuality; within it, its first statement
            # of the event in text order (as the store does for "now": the article's first event wins)
            last = refs[-1]
            fact = next((r.factuality for r in refs
                         if (r.published, r.article) == (last.published, last.article) and r.factuality), fact)
            n = len({r.article for r in refs})
            if facts and fact not in facts:
                continue
        if by_state:
            src, tgt = s_state or src, t_state or tgt
        entries.append(TimelineEntry(
            "event", eid, when, elo, ehi, src, tgt, names.get(src) if src else None,
            names.get(tgt) if tgt else None, s_state, t_state, loc, names.get(loc) if loc else None,
            code, cameo_name(code), quad, gold, fact, None, None, n, refs))
    for (rid, ra, rb, when, pol, label, n, a_state, b_state, rlo, rhi) in rel_rows:
        rrefs = evidence.get(rid, ())
        if asof is not None:
            if not rrefs:
                continue
            n = len({r.article for r in rrefs})
        if by_state:
            ra, rb = a_state or ra, b_state or rb
        entries.append(TimelineEntry(
            "trend", rid, when, rlo, rhi, ra, rb, names.get(ra), names.get(rb), a_state, b_state,
            polarity=pol, label=label, n_sources=n, evidence=rrefs))
    entries.sort(key=lambda e: (e.lo is None, e.lo or "", e.hi or "", e.kind, e.id))
    result.entries = entries
    return result
