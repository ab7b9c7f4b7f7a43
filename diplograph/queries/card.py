"""Entity cards: who or what an actor is, and what the graph knows about it.

A card holds the actor's kind, names and aliases, state, offices with their
dates (role relations of the store, with their evidence, beside the terms of
the gazetteer), its counterparts ranked by number of events, and its latest
events with dates and sources. A state's counterparts are states (its persons'
events count for it); anyone else's are the entities they dealt with.

>>> from diplograph.graph.store import Store
>>> entity_card(Store(":memory:"), "PRK").name
'North Korea'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from diplograph.graph.store import Store
from diplograph.queries.actors import Actor, ActorIndex
from diplograph.queries.common import EvidenceRef, cameo_name, entity_names, when_label

__all__ = ["CardEvent", "Counterpart", "EntityCard", "OfficeTerm", "entity_card"]


@dataclass(frozen=True, slots=True)
class OfficeTerm:
    """An office held: title, where (state or organisation), from/to, and where the fact comes from."""

    title: str
    where: str | None
    start: str | None
    end: str | None
    source: str                      # "store" (a role relation, with evidence) or "gazetteer"
    evidence: tuple[EvidenceRef, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted."""
        return {"end": self.end, "evidence": [e.to_dict() for e in self.evidence], "source": self.source,
                "start": self.start, "title": self.title, "where": self.where}


@dataclass(frozen=True, slots=True)
class Counterpart:
    """An entity the actor had events with, and how many."""

    id: str
    name: str
    n_events: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted."""
        return {"id": self.id, "n_events": self.n_events, "name": self.name}


@dataclass(frozen=True, slots=True)
class CardEvent:
    """One of the latest events: date, what, who, factuality, number of sources, first source."""

    id: str
    when: str | None
    cameo: str
    cameo_name: str | None
    source: str | None
    source_name: str | None
    target: str | None
    target_name: str | None
    factuality: str
    n_sources: int
    article: str | None
    sentence: str

    @property
    def when_label(self) -> str:
        """The date at its own precision."""
        return when_label(self.when)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted."""
        return {"article": self.article, "cameo": self.cameo, "cameo_name": self.cameo_name,
                "factuality": self.factuality, "id": self.id, "n_sources": self.n_sources,
                "sentence": self.sentence, "source": self.source, "source_name": self.source_name,
                "target": self.target, "target_name": self.target_name, "when": self.when,
                "when_label": self.when_label}


@dataclass(slots=True)
class EntityCard:
    """The answer of :func:`entity_card`."""

    id: str
    kind: str
    name: str
    state: str | None
    state_name: str | None
    in_store: bool
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    offices: list[OfficeTerm] = field(default_factory=list)
    counterparts: list[Counterpart] = field(default_factory=list)
    latest: list[CardEvent] = field(default_factory=list)
    n_events: int = 0
    n_articles: int = 0

    def title(self) -> str:
        """"Kim Jong-un (person, North Korea)"."""
        extra = f", {self.state_name}" if self.state and self.state != self.id else ""
        return f"{self.name} ({self.kind}{extra})"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted (schema ``diplograph.card/1``)."""
        return {"aliases": self.aliases, "counterparts": [c.to_dict() for c in self.counterparts],
                "id": self.id, "in_store": self.in_store, "kind": self.kind,
                "latest": [e.to_dict() for e in self.latest], "n_articles": self.n_articles,
                "n_events": self.n_events, "name": self.name, "offices": [o.to_dict() for o in self.offices],
                "roles": self.roles, "schema": "diplograph.card/1", "state": self.state,
                "state_name": self.state_name}


def entity_card(store: Store, x: Actor | str, *, n_counterparts: int = 10, n_latest: int = 10,
                index: ActorIndex | None = None) -> EntityCard:
    """The card of actor ``x`` (see the module docstring)."""
    import json

    actor = x if isinstance(x, Actor) else (index or ActorIndex(store)).lookup(x)
    conn = store.conn
    row = conn.execute("SELECT kind, name, state, aliases, roles FROM entities WHERE id = ?",
                       (actor.id,)).fetchone()
    kind, name, state = (row[0], row[1], row[2]) if row else (actor.kind, actor.name, actor.state)
    aliases = list(json.loads(row[3])) if row else []
    roles = list(json.loads(row[4])) if row else []
    names0 = entity_names(conn, {state})
    card = EntityCard(actor.id, kind, name, state, names0.get(state) if state else None, row is not None,
                      aliases, roles)
    _add_gazetteer_names(card)

    # counterparts: states for a state, entities otherwise
    if actor.is_state:
        cps, card.n_events, latest = _state_counts(conn, actor.id, n_latest)
    else:
        cps, card.n_events, latest = _entity_counts(conn, actor.id, n_latest)
    cps = sorted(cps.items(), key=lambda c: (-c[1], c[0]))[:n_counterparts]
    card.n_articles = conn.execute("SELECT COUNT(*) FROM mentions WHERE entity_id = ?",
                                   (actor.id,)).fetchone()[0]
    newest = sorted(latest.values(), key=lambda r: (r[7], r[8] or "", r[0]), reverse=True)[:n_latest]
    evidence = store.evidence_many([r[0] for r in newest]) if newest else {}
    ids: set[str | None] = {c[0] for c in cps}
    for r in newest:
        ids.update((r[3], r[4]))
    names = entity_names(conn, ids)
    card.counterparts = [Counterpart(c[0], names.get(c[0], c[0]), int(c[1])) for c in cps]
    for r in newest:
        evs = evidence.get(r[0], [])
        last = max(evs, key=lambda e: (e.published or "", e.article_id)) if evs else None
        card.latest.append(CardEvent(r[0], r[1], r[2], cameo_name(r[2]), r[3], names.get(r[3]) if r[3] else None,
                                     r[4], names.get(r[4]) if r[4] else None, r[5], r[6],
                                     last.article_id if last else None, last.text if last else ""))
    card.offices = _offices(store, actor.id)
    return card


def _add_gazetteer_names(card: EntityCard) -> None:
    from diplograph.ingest.gazetteer import Gazetteer

    gz = Gazetteer.default()
    extra: list[str] = []
    if card.kind == "state":
        st = gz.state(card.id)
        if st:
            extra = [*st.all_names, *st.demonyms]
    elif card.kind == "person":
        p = gz.person_by_id(card.id)
        if p:
            extra = [p.name, *p.aliases]
    seen = {card.name, *card.aliases}
    card.aliases = sorted(set(card.aliases) | {e for e in extra if e not in seen})


def _offices(store: Store, eid: str) -> list[OfficeTerm]:
    """Role relations of the store (with evidence), then the gazetteer's terms not already listed."""
    rows = store.conn.execute("SELECT id, b, label, lo, hi FROM relations WHERE type = 'role' AND a = ?"
                              " ORDER BY lo NULLS FIRST, id", (eid,)).fetchall()
    ev = store.evidence_many([r[0] for r in rows]) if rows else {}
    names = entity_names(store.conn, {r[1] for r in rows})
    out = [OfficeTerm(r[2] or "role", names.get(r[1], r[1]), r[3], r[4], "store",
                      tuple(EvidenceRef.of(e) for e in ev.get(r[0], [])))
           for r in rows]
    seen = {(o.title.lower(), o.start) for o in out}
    from diplograph.graph import ontology
    from diplograph.ingest.gazetteer import Gazetteer

    for t in Gazetteer.default().offices(eid):
        start = t.start.isoformat() if t.start else None
        if (t.title.lower(), start) in seen:
            continue
        where = t.org or (ontology.state_name(t.state) if t.state else None)
        out.append(OfficeTerm(t.title, where, start, t.end.isoformat() if t.end else None, "gazetteer"))
    out.sort(key=lambda o: (o.start or "", o.title))
    return out


_LATEST_COLS = "id, when_edtf, cameo, source, target, factuality, n_articles, lo, hi"


def _state_counts(conn, x: str, n_latest: int) -> tuple[dict[str, int], int, dict[str, tuple]]:
    """Counterpart states, number of events and latest events of state ``x``, from the indexes alone.

    Every count walks the dyad index (source_state, target_state, lo) or the
    target_state index; the latest events come from one ordered seek per dyad,
    so a hub state with hundreds of thousands of events costs milliseconds.
    """
    cps: dict[str, int] = {}
    targets: list[str] = []  # the states x acted on (itself included)
    for other, n in conn.execute("SELECT target_state, COUNT(*) FROM events WHERE source_state = ?"
                                 " GROUP BY target_state", (x,)):
        if other:
            targets.append(other)
        if other and other != x:
            cps[other] = cps.get(other, 0) + n
    sources = [r[0] for r in conn.execute("SELECT id FROM entities WHERE kind = 'state' AND id != ?", (x,))]
    for other in sources:
        n = conn.execute("SELECT COUNT(*) FROM events WHERE source_state = ? AND target_state = ?",
                         (other, x)).fetchone()[0]
        if n:
            cps[other] = cps.get(other, 0) + n
    as_source = conn.execute("SELECT COUNT(*) FROM events WHERE source_state = ?", (x,)).fetchone()[0]
    as_target = conn.execute("SELECT COUNT(*) FROM events WHERE target_state = ?", (x,)).fetchone()[0]
    both = conn.execute("SELECT COUNT(*) FROM events WHERE source_state = ?1 AND target_state = ?1",
                        (x,)).fetchone()[0]
    latest: dict[str, tuple] = {}
    for r in conn.execute(f"SELECT {_LATEST_COLS} FROM events WHERE target_state = ? AND lo IS NOT NULL"
                          " ORDER BY lo DESC LIMIT ?", (x, n_latest)):
        latest[r[0]] = r
    for t in targets:
        for r in conn.execute(f"SELECT {_LATEST_COLS} FROM events WHERE source_state = ? AND target_state = ?"
                              " AND lo IS NOT NULL ORDER BY lo DESC LIMIT ?", (x, t, n_latest)):
            latest[r[0]] = r
    for r in conn.execute(f"SELECT {_LATEST_COLS} FROM events WHERE source_state = ? AND target_state IS NULL"
                          " AND lo IS NOT NULL ORDER BY lo DESC LIMIT ?", (x, n_latest)):
        latest[r[0]] = r
    return cps, as_source + as_target - both, latest


def _entity_counts(conn, x: str, n_latest: int) -> tuple[dict[str, int], int, dict[str, tuple]]:
    """Counterpart entities, number of events and latest events of a person, organisation or place."""
    cps: dict[str, int] = {}
    for q in ("SELECT target, COUNT(*) FROM events WHERE source = ?1 GROUP BY target",
              "SELECT source, COUNT(*) FROM events WHERE target = ?1 GROUP BY source"):
        for other, n in conn.execute(q, (x,)):
            if other and other != x:
                cps[other] = cps.get(other, 0) + n
    n_events = conn.execute("SELECT COUNT(*) FROM events WHERE source = ?1 OR target = ?1", (x,)).fetchone()[0]
    latest: dict[str, tuple] = {}
    for side in ("source", "target"):
        for r in conn.execute(f"SELECT {_LATEST_COLS} FROM events WHERE {side} = ? AND lo IS NOT NULL"
                              " ORDER BY lo DESC LIMIT ?", (x, n_latest)):
            latest[r[0]] = r
    return cps, n_events, latest
