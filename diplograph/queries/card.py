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
from diplograph.queries.actors import Actor, ActorIndex, match_sql
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
        q = ("SELECT other, SUM(n) FROM (SELECT target_state AS other, COUNT(*) AS n FROM events"
             " WHERE source_state = ?1 AND target_state IS NOT NULL AND target_state != ?1 GROUP BY target_state"
             " UNION ALL SELECT source_state, COUNT(*) FROM events WHERE target_state = ?1"
             " AND source_state IS NOT NULL AND source_state != ?1 GROUP BY source_state)"
             " GROUP BY other ORDER BY 2 DESC, 1 LIMIT ?2")
    else:
        q = ("SELECT other, SUM(n) FROM (SELECT target AS other, COUNT(*) AS n FROM events"
             " WHERE source = ?1 AND target IS NOT NULL AND target != ?1 GROUP BY target"
             " UNION ALL SELECT source, COUNT(*) FROM events WHERE target = ?1"
             " AND source IS NOT NULL AND source != ?1 GROUP BY source)"
             " GROUP BY other ORDER BY 2 DESC, 1 LIMIT ?2")
    cps = conn.execute(q, (actor.id, n_counterparts)).fetchall()
    where, args = match_sql(actor, None)
    card.n_events = conn.execute(f"SELECT COUNT(*) FROM events WHERE {where}", args).fetchone()[0]
    card.n_articles = conn.execute("SELECT COUNT(*) FROM mentions WHERE entity_id = ?",
                                   (actor.id,)).fetchone()[0]
    # latest events: newest first, from each side's index (cheaper than sorting the OR of both)
    latest: dict[str, tuple] = {}
    for side in ("source", "target"):
        cond, cargs = actor.sql(side)
        for r in conn.execute(
                "SELECT id, when_edtf, cameo, source, target, factuality, n_articles, lo, hi FROM events"
                f" WHERE {cond} AND lo IS NOT NULL ORDER BY lo DESC, hi DESC, id LIMIT ?", (*cargs, n_latest)):
            latest[r[0]] = r
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
