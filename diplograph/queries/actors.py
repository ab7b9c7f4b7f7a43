"""Actor arguments: what "China", "DPRK", "North Korean", "Kim Jong-un" or "Kim" stand for.

:func:`resolve_actor` turns the text an analyst types into an :class:`Actor`:
an entity id (ISO3 for states) with its kind, name and state. It looks, in
this order of strength:

1. an entity id of the store ("person:kim-jong-un", "PRK") or an ISO 3166
   code of a known state ("prk", "KP" in capitals);
2. canonical names of store entities and of the gazetteer's states, persons and
   organisations (case, spaces, hyphens, diacritics and a leading "the" do not matter);
3. aliases, abbreviations, demonyms and capitals ("DPRK", "North Korean", "Kim Jong Un",
   "Pyongyang" for its government unless the store holds a place of that name);
4. short forms of store entities: a first or last name, or the first words of
   a name ("Kim", "Jinping", "Kim Jong"); only when the store has none, the
   gazetteer's short forms ("Putin").

The strongest level with any match decides: one entity resolves, several raise
:class:`AmbiguousActorError` listing them, none at all raises
:class:`UnknownActorError` with the closest names as suggestions.

>>> from diplograph.graph.store import Store
>>> resolve_actor(Store(":memory:"), "North Korean").id
'PRK'
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field

from diplograph.graph import ontology
from diplograph.graph.store import Store
from diplograph.queries.common import QueryError, UsageError

__all__ = [
    "Actor",
    "ActorError",
    "ActorIndex",
    "AmbiguousActorError",
    "UnknownActorError",
    "match_sql",
    "resolve_actor",
]

_ISO3 = re.compile(r"[A-Za-z]{3}")
_WORDS = re.compile(r"[\s\-‐‑–.'’]+")


def _key(text: str) -> str:
    from diplograph.ingest.gazetteer import name_key

    return name_key(text)


def _words(text: str) -> tuple[str, ...]:
    from diplograph.ingest.gazetteer import fold

    return tuple(w for w in _WORDS.split(fold(text).strip()) if w)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One entity an argument might mean: id, kind, name, state, and how it matched."""

    id: str
    kind: str
    name: str
    state: str | None
    how: str
    in_store: bool

    def describe(self) -> str:
        """"person:kim-yo-jong (Kim Yo-jong, PRK)"."""
        extra = f", {self.state}" if self.state and self.state != self.id else ""
        return f"{self.id} ({self.name}{extra})"


class ActorError(QueryError):
    """An actor argument that does not name exactly one actor; ``candidates`` lists what it might mean."""

    def __init__(self, message: str, query: str, candidates: list[Candidate] | None = None) -> None:
        super().__init__(message)
        self.query = query
        self.candidates = candidates or []


class UnknownActorError(ActorError):
    """No entity or state goes by that name (``candidates`` holds near misses)."""


class AmbiguousActorError(ActorError):
    """Several entities go by that name."""


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: one entity, its kind and state, and whether the store holds it."""

    id: str
    kind: str
    name: str
    state: str | None = None
    query: str = ""
    in_store: bool = True

    @property
    def is_state(self) -> bool:
        """True for a state (which stands for itself and every entity attributed to it)."""
        return self.kind == "state"

    def by_state(self) -> Actor:
        """The state this actor belongs to (``--by-state``); itself when it is a state or stateless."""
        if self.is_state or not self.state:
            return self
        return Actor(self.state, "state", ontology.state_name(self.state), self.state, self.query)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready, keys sorted."""
        return {"id": self.id, "in_store": self.in_store, "kind": self.kind, "name": self.name,
                "state": self.state}

    def sql(self, column: str) -> tuple[str, tuple[str, ...]]:
        """The SQL condition "this actor is ``column``" (source/target of events, a/b of relations).

        A state matches through the ``*_state`` column, so it stands for itself and for every
        person, organisation or place attributed to it; any other entity matches by id.
        """
        if self.is_state:
            return f"{column}_state = ?", (self.id,)
        return f"{column} = ?", (self.id,)


def match_sql(a: Actor, b: Actor | None, columns: tuple[str, str] = ("source", "target")
              ) -> tuple[str, tuple[str, ...]]:
    """SQL over events (or relations with ``("a", "b")``) involving ``a``, or the dyad a-b in either direction."""
    x, y = columns
    if b is None:
        sa, pa = a.sql(x)
        sb, pb = a.sql(y)
        return f"(({sa}) OR ({sb}))", pa + pb
    s1, p1 = a.sql(x)
    t1, q1 = b.sql(y)
    s2, p2 = b.sql(x)
    t2, q2 = a.sql(y)
    return f"(({s1} AND {t1}) OR ({s2} AND {t2}))", p1 + q1 + p2 + q2


# strength of a match: higher wins
_ID, _NAME, _ALIAS, _SHORT = 4, 3, 2, 1


@dataclass
class ActorIndex:
    """Names of the store's entities (and the gazetteer's states and persons), keyed for lookup.

    Build it once per store version (:class:`~diplograph.queries.api.Graph` caches it).
    """

    store: Store
    version: int = -1
    by_key: dict[str, list[tuple[int, Candidate]]] = field(default_factory=dict)
    short: dict[str, list[Candidate]] = field(default_factory=dict)
    prefixes: list[tuple[tuple[str, ...], Candidate]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # display name -> id, for suggestions
    _gaz_loaded: bool = False

    def refresh(self) -> ActorIndex:
        """Rebuild from the store when it changed since the last build."""
        v = self.store.version
        if v == self.version:
            return self
        self.version = v
        self.by_key, self.short, self.prefixes, self.names = {}, {}, [], {}
        self._gaz_loaded = False
        rows = self.store.conn.execute("SELECT id, kind, name, state, aliases FROM entities").fetchall()
        for eid, kind, name, state, aliases in rows:
            cand = Candidate(eid, kind, name, state, "name", True)
            self._add(_key(name), _NAME, cand)
            self.names[name] = eid
            for al in json.loads(aliases or "[]"):
                self._add(_key(al), _ALIAS, Candidate(eid, kind, name, state, f"alias {al!r}", True))
            if kind != "state":
                words = _words(name)
                if len(words) > 1:
                    for w in {words[0], words[-1]}:
                        self.short.setdefault(w, []).append(
                            Candidate(eid, kind, name, state, f"short form of {name!r}", True))
                    self.prefixes.append((words, Candidate(eid, kind, name, state, f"start of {name!r}", True)))
        return self

    def _add(self, key: str, strength: int, cand: Candidate) -> None:
        if key:
            self.by_key.setdefault(key, []).append((strength, cand))

    def _load_gazetteer(self) -> None:
        """Add the gazetteer's states and persons (not already in the store) to the name keys."""
        if self._gaz_loaded:
            return
        self._gaz_loaded = True
        from diplograph.ingest.gazetteer import Gazetteer

        gz = Gazetteer.default()
        stored = {c.id for lst in self.by_key.values() for _, c in lst}
        for st in gz.states():
            inside = st.iso3 in stored
            self._add(_key(st.name), _NAME, Candidate(st.iso3, "state", st.name, st.iso3, "name", inside))
            self.names.setdefault(st.name, st.iso3)
            for al in (st.official_name, *st.aliases, *st.abbrevs):
                if al:
                    self._add(_key(al), _ALIAS, Candidate(st.iso3, "state", st.name, st.iso3, f"alias {al!r}",
                                                          inside))
            for dem in (*st.demonyms, *st.adjectives):
                self._add(_key(dem), _ALIAS, Candidate(st.iso3, "state", st.name, st.iso3, f"demonym {dem!r}",
                                                       inside))
            # "Pyongyang said": a capital or seat of power stands for its government (a stored place
            # of that name still wins: its name is a stronger match)
            for cap in (*st.capitals, *st.seats):
                self._add(_key(cap), _ALIAS, Candidate(st.iso3, "state", st.name, st.iso3, f"capital {cap!r}",
                                                       inside))
        for org in gz.orgs():
            if org.id in stored:
                continue
            kind = "group" if org.id.startswith("group:") else "organization"
            self._add(_key(org.name), _NAME, Candidate(org.id, kind, org.name, None, "gazetteer name", False))
            self.names.setdefault(org.name, org.id)
            for al in org.aliases:
                self._add(_key(al), _ALIAS, Candidate(org.id, kind, org.name, None, f"gazetteer alias {al!r}",
                                                      False))
        for p in gz.all_persons():
            if p.id in stored:
                continue
            self._add(_key(p.name), _NAME, Candidate(p.id, "person", p.name, p.state, "gazetteer name", False))
            self.names.setdefault(p.name, p.id)
            for al in p.aliases:
                self._add(_key(al), _ALIAS, Candidate(p.id, "person", p.name, p.state, f"gazetteer alias {al!r}",
                                                      False))

    def lookup(self, text: str) -> Actor:
        """Resolve ``text`` (see the module docstring); raises :class:`ActorError` subclasses."""
        q = (text or "").strip()
        if not q:
            raise UsageError("an actor argument is empty")
        if q[:4].lower() == "the " and len(q) > 4:  # "the US", "the United Nations"
            q = q[4:].strip()
        c = self.store.conn
        # 1. an entity id or an ISO code (no index needed: the fast path of every query)
        row = c.execute("SELECT id, kind, name, state FROM entities WHERE id = ?", (q,)).fetchone()
        if row is None and _ISO3.fullmatch(q):
            row = c.execute("SELECT id, kind, name, state FROM entities WHERE id = ?", (q.upper(),)).fetchone()
        if row is not None:
            return Actor(row[0], row[1], row[2], row[3], q, True)
        if _ISO3.fullmatch(q) and ontology.state(q.upper()) is not None and (q.isupper() or q.islower()):
            code = q.upper()
            return Actor(code, "state", ontology.state_name(code), code, q, False)
        if len(q) == 2 and q.isupper():
            from diplograph.ingest.gazetteer import Gazetteer

            st = Gazetteer.default().state(q)
            if st is not None:
                return self._actor(Candidate(st.iso3, "state", st.name, st.iso3, "ISO2", False), q)
        # 2./3. names, aliases, demonyms
        self.refresh()
        key = _key(q)
        self._load_gazetteer()
        found = self.by_key.get(key, [])
        if found:
            best = max(s for s, _ in found)
            return self._decide(q, [cand for s, cand in found if s == best])
        # 4. short forms and name prefixes of store entities, then the gazetteer's
        words = _words(q)
        cands = list(self.short.get(words[0], [])) if len(words) == 1 else []
        cands += [cand for w, cand in self.prefixes if len(words) < len(w) and w[:len(words)] == words]
        if cands:
            return self._decide(q, cands)
        from diplograph.ingest.gazetteer import Gazetteer

        gz_people = Gazetteer.default().persons(q)
        if gz_people:
            return self._decide(q, [Candidate(p.id, "person", p.name, p.state, "gazetteer short form",
                                              self._stored(p.id)) for p in gz_people])
        close = difflib.get_close_matches(q, list(self.names), n=5, cutoff=0.6)
        sugg = [self._candidate(self.names[n]) for n in close]
        hint = f"; did you mean {', '.join(s.describe() for s in sugg)}?" if sugg else ""
        raise UnknownActorError(f"unknown actor {q!r}: no state, person or other entity goes by that name{hint}",
                                q, sugg)

    def _stored(self, eid: str) -> bool:
        return self.store.conn.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone() is not None

    def _candidate(self, eid: str) -> Candidate:
        row = self.store.conn.execute("SELECT id, kind, name, state FROM entities WHERE id = ?", (eid,)).fetchone()
        if row:
            return Candidate(row[0], row[1], row[2], row[3], "", True)
        if ontology.state(eid):
            return Candidate(eid, "state", ontology.state_name(eid), eid, "", False)
        from diplograph.ingest.gazetteer import Gazetteer

        p = Gazetteer.default().person_by_id(eid)
        return Candidate(eid, "person", p.name if p else eid, p.state if p else None, "", False)

    def _decide(self, q: str, cands: list[Candidate]) -> Actor:
        uniq: dict[str, Candidate] = {}
        for cand in cands:
            if cand.id not in uniq or (cand.in_store and not uniq[cand.id].in_store):
                uniq[cand.id] = cand
        if len(uniq) == 1:
            return self._actor(next(iter(uniq.values())), q)
        # the store's entities outrank the gazetteer's when only some are stored
        stored = [x for x in uniq.values() if x.in_store]
        if len(stored) == 1:
            return self._actor(stored[0], q)
        pool = sorted(stored or uniq.values(), key=lambda x: x.id)
        raise AmbiguousActorError(
            f"ambiguous actor {q!r}: it may mean {', '.join(x.describe() for x in pool)}; "
            "give the full name or the id", q, pool)

    def _actor(self, cand: Candidate, q: str) -> Actor:
        return Actor(cand.id, cand.kind, cand.name, cand.state, q, cand.in_store or self._stored(cand.id))


def resolve_actor(store: Store, text: str, index: ActorIndex | None = None) -> Actor:
    """The actor ``text`` names in ``store`` (see the module docstring)."""
    return (index or ActorIndex(store)).lookup(text)
