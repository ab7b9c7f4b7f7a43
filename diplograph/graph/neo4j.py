"""The property-graph view: one schema for Neo4j and the embedded Cypher engine, and pushing to Neo4j.

The schema (the same on Neo4j and in the embedded Ladybug database of
:mod:`diplograph.queries.cypher`, so the same Cypher gives the same answers)::

    (:Entity {id, kind, name, state, aliases, roles, iso2, wikidata})
    (:Event {id, cameo, cameo_name, cameo_root, quad_class, goldstein, type, factuality,
             edtf, earliest, latest, precision, n_articles, source_state, target_state})
    (:Relation {id, type, polarity, label, edtf, earliest, latest, precision, n_articles})
    (:Article {id, kind, title, url, published, published_source, publisher})
    (:Evidence {id, sentence, char_start, char_end, rule, confidence, factuality, edtf,
                published, locator})

    (:Event)-[:SOURCE]->(:Entity)     (:Event)-[:TARGET]->(:Entity)
    (:Event)-[:LOCATION]->(:Entity)   (:Entity)-[:IN_STATE]->(:Entity)   (a person to its state)
    (:Relation)-[:SUBJECT]->(:Entity) (:Relation)-[:OBJECT]->(:Entity)
    (:Evidence)-[:SUPPORTS]->(:Event|Relation)
    (:Evidence)-[:DERIVED_FROM]->(:Article)

One label per node (the embedded engine has one table per label): an entity's
kind is its ``kind`` property (``state``, ``person``, ``organization``, ``place``,
``group``). Dates are ISO strings (``earliest``/``latest`` are the inclusive bounds
of the EDTF value ``edtf``), so they compare as strings and need no ``date()``.
Relations (trend, role, kinship, membership) are nodes, so their evidence can point
at them. Names follow the RDF view: a property ``snake_case`` here is
``dg:camelCase`` there.

Writing to Neo4j: :func:`push` creates the constraints first, then writes each node
together with its outgoing relationships in batches (``UNWIND $rows AS r MERGE ...``;
CREATE into an empty database), four transactions at a time (Neo4j appends and applies commits one at a time, so
while one commits the others run their statements), is idempotent, and
removes what the store no longer has. Credentials come from NEO4J_URI, NEO4J_USERNAME and
NEO4J_PASSWORD and never appear in messages.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from diplograph.graph import ontology
from diplograph.graph.rdf import _clean, evidence_id

__all__ = [
    "NODES",
    "RELS",
    "Neo4jError",
    "PushResult",
    "connect",
    "ensure_schema",
    "node_rows",
    "push",
    "rel_rows",
    "run",
]

# label -> [(property, Ladybug type)]; the first property is the key.
NODES: dict[str, list[tuple[str, str]]] = {
    "Entity": [("id", "STRING"), ("kind", "STRING"), ("name", "STRING"), ("state", "STRING"),
               ("aliases", "STRING[]"), ("roles", "STRING[]"), ("iso2", "STRING"), ("wikidata", "STRING")],
    "Article": [("id", "STRING"), ("kind", "STRING"), ("title", "STRING"), ("url", "STRING"),
                ("published", "STRING"), ("published_source", "STRING"), ("publisher", "STRING")],
    "Event": [("id", "STRING"), ("cameo", "STRING"), ("cameo_name", "STRING"), ("cameo_root", "STRING"),
              ("quad_class", "INT64"), ("goldstein", "DOUBLE"), ("type", "STRING"), ("factuality", "STRING"),
              ("edtf", "STRING"), ("earliest", "STRING"), ("latest", "STRING"), ("precision", "STRING"),
              ("n_articles", "INT64"), ("source_state", "STRING"), ("target_state", "STRING")],
    "Relation": [("id", "STRING"), ("type", "STRING"), ("polarity", "STRING"), ("label", "STRING"),
                 ("edtf", "STRING"), ("earliest", "STRING"), ("latest", "STRING"), ("precision", "STRING"),
                 ("n_articles", "INT64")],
    "Evidence": [("id", "STRING"), ("sentence", "STRING"), ("char_start", "INT64"), ("char_end", "INT64"),
                 ("rule", "STRING"), ("confidence", "DOUBLE"), ("factuality", "STRING"), ("edtf", "STRING"),
                 ("published", "STRING"), ("locator", "STRING")],
}
# type -> [(from label, to label)]
RELS: dict[str, list[tuple[str, str]]] = {
    "SOURCE": [("Event", "Entity")],
    "TARGET": [("Event", "Entity")],
    "LOCATION": [("Event", "Entity")],
    "IN_STATE": [("Entity", "Entity")],
    "SUBJECT": [("Relation", "Entity")],
    "OBJECT": [("Relation", "Entity")],
    "SUPPORTS": [("Evidence", "Event"), ("Evidence", "Relation")],
    "DERIVED_FROM": [("Evidence", "Article")],
}
# Indexes beyond the id constraints, for the questions analysts ask most.
INDEXES = [("Event", "earliest"), ("Event", "source_state"), ("Event", "target_state"), ("Event", "cameo"),
           ("Entity", "kind"), ("Entity", "state"), ("Relation", "type")]
# Relationships whose end can change while both nodes keep their ids (a symmetric event
# re-reported the other way round, a new location, an entity's state): a push removes
# the stale ones. The others are fixed by the ids of their ends.
MUTABLE_RELS = ("SOURCE", "TARGET", "LOCATION", "IN_STATE")


def _s(v: Any) -> Any:
    return _clean(v) if isinstance(v, str) else v


# ---------------------------------------------------------------------------- rows

def node_rows(store: Any, label: str) -> Iterator[dict[str, Any]]:
    """The nodes of one label as property dicts (None for absent values), in id order."""
    c = store.conn
    if label == "Entity":
        for eid, kind, name, state, aliases, roles in c.execute(
                "SELECT id, kind, name, state, aliases, roles FROM entities ORDER BY id"):
            rec = ontology.state(eid) if kind == "state" else None
            yield {"id": _s(eid), "kind": kind, "name": _s(name), "state": _s(state),
                   "aliases": [_s(a) for a in json.loads(aliases)], "roles": [_s(r) for r in json.loads(roles)],
                   "iso2": rec.iso2 if rec else None, "wikidata": rec.wikidata if rec else None}
    elif label == "Article":
        for aid, kind, title, url, published, pub_source, publisher in c.execute(
                "SELECT id, kind, title, url, published, published_source, publisher FROM articles ORDER BY id"):
            yield {"id": _s(aid), "kind": kind or "article", "title": _s(title) or None, "url": _s(url) or None,
                   "published": published[:10] if published else None, "published_source": pub_source or None,
                   "publisher": _s(publisher) or None}
    elif label == "Event":
        names: dict[str, str | None] = {}
        for (eid, cameo, root, quad, goldstein, etype, fact, edtf, lo, hi, prec, n_art, s_state,
             t_state) in c.execute(
                "SELECT id, cameo, root, quad, goldstein, type, factuality, when_edtf, lo, hi, precision,"
                " n_articles, source_state, target_state FROM events ORDER BY id"):
            if cameo not in names:
                names[cameo] = ontology.cameo(cameo).name if ontology.is_cameo(cameo) else None
            yield {"id": eid, "cameo": cameo, "cameo_name": names[cameo], "cameo_root": root, "quad_class": quad,
                   "goldstein": goldstein, "type": _s(etype) or None, "factuality": fact, "edtf": edtf,
                   "earliest": lo, "latest": hi, "precision": prec, "n_articles": n_art,
                   "source_state": _s(s_state), "target_state": _s(t_state)}
    elif label == "Relation":
        for rid, rtype, polarity, rlabel, edtf, lo, hi, prec, n_art in c.execute(
                "SELECT id, type, polarity, label, when_edtf, lo, hi, precision, n_articles FROM relations"
                " ORDER BY id"):
            yield {"id": rid, "type": rtype, "polarity": _s(polarity) or None, "label": _s(rlabel) or None,
                   "edtf": edtf, "earliest": lo, "latest": hi, "precision": prec, "n_articles": n_art}
    elif label == "Evidence":
        for (subject, aid, locator, sentence, start, end, rule, confidence, fact, edtf, published) in c.execute(
                "SELECT subject, article_id, locator, sentence, start, \"end\", rule, confidence, factuality,"
                " when_edtf, published FROM evidence ORDER BY article_id, subject, locator"):
            yield {"id": evidence_id(aid, subject, locator), "sentence": _s(sentence or ""),
                   "char_start": start or 0, "char_end": end or 0, "rule": _s(rule or ""),
                   "confidence": float(confidence if confidence is not None else 1.0), "factuality": fact,
                   "edtf": edtf, "published": published[:10] if published else None, "locator": _s(locator)}
    else:
        raise KeyError(f"no node label {label!r} (expected one of {', '.join(NODES)})")


def rel_rows(store: Any, rel_type: str) -> Iterator[tuple[str, str, str, str]]:
    """The relationships of one type as (from id, to id, from label, to label)."""
    c = store.conn
    if rel_type in ("SOURCE", "TARGET", "LOCATION"):
        col = {"SOURCE": "source", "TARGET": "target", "LOCATION": "location"}[rel_type]
        for eid, other in c.execute(f"SELECT id, {col} FROM events WHERE {col} IS NOT NULL ORDER BY id"):
            yield eid, _s(other), "Event", "Entity"
    elif rel_type == "IN_STATE":
        for eid, state in c.execute(
                "SELECT e.id, e.state FROM entities e JOIN entities s ON s.id = e.state"
                " WHERE e.state IS NOT NULL AND e.state <> e.id ORDER BY e.id"):
            yield _s(eid), _s(state), "Entity", "Entity"
    elif rel_type in ("SUBJECT", "OBJECT"):
        col = "a" if rel_type == "SUBJECT" else "b"
        for rid, other in c.execute(f"SELECT id, {col} FROM relations ORDER BY id"):
            yield rid, _s(other), "Relation", "Entity"
    elif rel_type == "SUPPORTS":
        for subject, aid, locator in c.execute(
                "SELECT subject, article_id, locator FROM evidence ORDER BY article_id, subject, locator"):
            yield (evidence_id(aid, subject, locator), subject, "Evidence",
                   "Event" if subject.startswith("ev:") else "Relation")
    elif rel_type == "DERIVED_FROM":
        for subject, aid, locator in c.execute(
                "SELECT subject, article_id, locator FROM evidence ORDER BY article_id, subject, locator"):
            yield evidence_id(aid, subject, locator), _s(aid), "Evidence", "Article"
    else:
        raise KeyError(f"no relationship type {rel_type!r} (expected one of {', '.join(RELS)})")


# ---------------------------------------------------------------------------- Neo4j connection

class Neo4jError(RuntimeError):
    """Neo4j could not be reached, refused the login, or refused a query (never shows credentials)."""


def _safe_uri(uri: str) -> str:
    """The URI without any user:password part."""
    if "@" in uri and "://" in uri:
        scheme, rest = uri.split("://", 1)
        return scheme + "://" + rest.rsplit("@", 1)[1]
    return uri


@dataclass(frozen=True)
class Settings:
    """Where Neo4j is and how to log in (the password is kept out of repr)."""

    uri: str
    username: str
    password: str = field(repr=False)
    database: str | None = None

    @classmethod
    def from_env(cls) -> Settings:
        """NEO4J_URI, NEO4J_USERNAME (default neo4j), NEO4J_PASSWORD, NEO4J_DATABASE (optional)."""
        uri = os.environ.get("NEO4J_URI", "").strip()
        if not uri:
            raise Neo4jError("NEO4J_URI is not set (e.g. bolt://127.0.0.1:7687; also NEO4J_USERNAME and "
                             "NEO4J_PASSWORD)")
        password = os.environ.get("NEO4J_PASSWORD")
        if password is None:
            raise Neo4jError("NEO4J_PASSWORD is not set")
        return cls(uri, os.environ.get("NEO4J_USERNAME", "neo4j") or "neo4j", password,
                   os.environ.get("NEO4J_DATABASE") or None)


def connect(settings: Settings | None = None) -> Any:
    """An official Neo4j driver, connected and checked; Neo4jError with a clean message if not.

    The message never contains the password (nor the URI's user part).
    """
    import neo4j
    from neo4j import exceptions as nx

    s = settings or Settings.from_env()
    where = _safe_uri(s.uri)
    try:
        driver = neo4j.GraphDatabase.driver(s.uri, auth=(s.username, s.password),
                                            notifications_min_severity="OFF", connection_timeout=15.0)
    except (ValueError, nx.ConfigurationError) as exc:
        raise Neo4jError(f"bad NEO4J_URI {where!r}: {_no_secret(str(exc), s)}") from None
    try:
        driver.verify_connectivity()
    except nx.AuthError:
        driver.close()
        raise Neo4jError(f"Neo4j at {where} refused the login: check NEO4J_USERNAME and NEO4J_PASSWORD") from None
    except (nx.ServiceUnavailable, nx.DriverError, OSError) as exc:
        driver.close()
        raise Neo4jError(f"cannot reach Neo4j at {where}: {_no_secret(str(exc), s)}") from None
    except nx.Neo4jError as exc:
        driver.close()
        if (exc.code or "").startswith("Neo.ClientError.Security."):  # e.g. locked after failed logins
            raise Neo4jError(f"Neo4j at {where} refused the login: {_no_secret(exc.message or '', s)}"
                             " (check NEO4J_USERNAME and NEO4J_PASSWORD)") from None
        raise Neo4jError(f"Neo4j at {where}: {_no_secret(exc.message or str(exc), s)}") from None
    driver._diplograph_database = s.database  # type: ignore[attr-defined]
    return driver


def _no_secret(text: str, s: Settings) -> str:
    if s.password:
        text = text.replace(s.password, "***")
    return text.replace(s.uri, _safe_uri(s.uri))


def _db(driver: Any) -> str | None:
    return getattr(driver, "_diplograph_database", None)


def run(driver: Any, query: str, params: dict[str, Any] | None = None, *,
        write: bool = False) -> tuple[list[str], list[list[Any]]]:
    """Run one Cypher query with parameters; (column names, rows). Read-only unless ``write``.

    Raises Neo4jError (syntax errors, refused writes) with Neo4j's message.
    """
    import neo4j
    from neo4j import exceptions as nx

    try:
        records, _summary, keys = driver.execute_query(
            query, params or {}, database_=_db(driver),
            routing_=neo4j.RoutingControl.WRITE if write else neo4j.RoutingControl.READ)
    except nx.Neo4jError as exc:
        raise Neo4jError(exc.message or str(exc)) from None
    except nx.DriverError as exc:
        raise Neo4jError(f"{type(exc).__name__}: {exc}") from None
    return list(keys), [list(r.values()) for r in records]


# ---------------------------------------------------------------------------- schema and push

def ensure_schema(driver: Any) -> None:
    """Create the uniqueness constraints (one per label, on ``id``) and indexes, and wait until online."""
    db = _db(driver)
    for label in NODES:
        driver.execute_query(f"CREATE CONSTRAINT dg_{label.lower()}_id IF NOT EXISTS FOR (n:{label})"
                             f" REQUIRE n.id IS UNIQUE", database_=db)
    for label, prop in INDEXES:
        driver.execute_query(f"CREATE INDEX dg_{label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})",
                             database_=db)
    driver.execute_query("CALL db.awaitIndexes(300)", database_=db)


@dataclass(slots=True)
class PushResult:
    """What a push did, per label: nodes written and nodes deleted; and how long it took."""

    written: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    relationships: int = 0
    seconds: float = 0.0

    @property
    def events(self) -> int:
        return self.written.get("Event", 0)


def _batches(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for r in rows:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _merge_nodes(label: str) -> str:
    return f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n = r"


def _merge_rels(rel: str, a: str, b: str, verb: str = "MERGE") -> str:
    return (f"UNWIND $rows AS r MATCH (a:{a} {{id: r[0]}}) MATCH (b:{b} {{id: r[1]}})"
            f" {verb} (a)-[:{rel}]->(b)")


def _drop_stale_rels(rel: str, a: str, b: str) -> str:
    # rows: [id of a, the one end it should have, or null]
    return (f"UNWIND $rows AS r MATCH (a:{a} {{id: r[0]}})-[x:{rel}]->(b:{b})"
            f" WHERE r[1] IS NULL OR b.id <> r[1] DELETE x")


def _write_with_ends(label: str, ends: list[tuple[str, str, str]], *, create: bool) -> str:
    """One statement that writes a node and its outgoing relationships to existing nodes.

    Rows are lists: the label's properties in :data:`NODES` order (null where absent),
    then the id of each other end (or null); ``ends`` lists (row key, relationship type,
    label of the other end). Lists, not maps: the property names are not sent and decoded
    again for every row. ``create`` (an empty database) CREATEs instead of MERGEing:
    nothing can be there to match.
    """
    props = [name for name, _type in NODES[label]]
    values = ", ".join(f"{name}: r[{i}]" for i, name in enumerate(props))
    if create:
        parts = [f"UNWIND $rows AS r CREATE (n:{label} {{{values}}})"]
    else:  # a property that became null is removed
        sets = ", ".join(f"n.{name} = r[{i}]" for i, name in enumerate(props) if i)
        parts = [f"UNWIND $rows AS r MERGE (n:{label} {{id: r[0]}}) SET {sets}"]
    if ends:
        parts.append("WITH n, r")
    for j, (key, _rel, other) in enumerate(ends):
        parts.append(f"OPTIONAL MATCH ({key}:{other} {{id: r[{len(props) + j}]}})")
    verb = "CREATE" if create else "MERGE"
    for key, rel, _other in ends:
        parts.append(f"FOREACH (x IN CASE WHEN {key} IS NULL THEN [] ELSE [{key}] END | {verb} (n)-[:{rel}]->(x))")
    return " ".join(parts)


def _positional(label: str, keys: tuple[str, ...]) -> Callable[[dict[str, Any]], list[Any]]:
    """A row ``{p: properties, key: other end, ...}`` as the list :func:`_write_with_ends` reads."""
    props = [name for name, _type in NODES[label]]
    return lambda r: [r["p"].get(name) for name in props] + [r[k] for k in keys]


def _props(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v is not None}


def _entity_rows(store: Any) -> Iterator[dict[str, Any]]:
    """Entities with the state they belong to (``st``, for IN_STATE; a state has none)."""
    states = {eid: st for eid, st, *_ in rel_rows(store, "IN_STATE")}
    for r in node_rows(store, "Entity"):
        yield {"p": _props(r), "st": states.get(r["id"])}


def _same(a: str, b: str) -> None:
    if a != b:  # two reads of one table in one order: cannot differ unless the store changed meanwhile
        raise RuntimeError(f"the store changed during the push ({a!r} vs {b!r}); push again")


def _event_rows(store: Any) -> Iterator[dict[str, Any]]:
    """Events with the ids of their source, target and location (both queries in id order)."""
    ends = store.conn.execute("SELECT id, source, target, location FROM events ORDER BY id")
    for r, (eid, src, tgt, loc) in zip(node_rows(store, "Event"), ends, strict=True):
        _same(r["id"], eid)
        yield {"p": _props(r), "s": _s(src), "t": _s(tgt), "l": _s(loc)}


def _relation_rows(store: Any) -> Iterator[dict[str, Any]]:
    ends = store.conn.execute("SELECT id, a, b FROM relations ORDER BY id")
    for r, (rid, a, b) in zip(node_rows(store, "Relation"), ends, strict=True):
        _same(r["id"], rid)
        yield {"p": _props(r), "a": _s(a), "b": _s(b)}


def _evidence_rows(store: Any, of: str) -> Iterator[dict[str, Any]]:
    """Evidence of events (``of="Event"``) or of relations, with what it supports and its article."""
    ends = store.conn.execute("SELECT subject, article_id FROM evidence ORDER BY article_id, subject, locator")
    for r, (subject, aid) in zip(node_rows(store, "Evidence"), ends, strict=True):
        if subject.startswith("ev:") == (of == "Event"):
            yield {"p": _props(r), "x": subject, "art": _s(aid)}


# label, rows, the outgoing relationships written with the node: (row key, type, other label)
_STEPS: list[tuple[str, Callable[[Any], Iterator[dict[str, Any]]], list[tuple[str, str, str]]]] = [
    ("Article", lambda st: ({"p": _props(r)} for r in node_rows(st, "Article")), []),
    ("Entity", _entity_rows, []),  # IN_STATE needs every entity first: written after
    ("Event", _event_rows, [("s", "SOURCE", "Entity"), ("t", "TARGET", "Entity"), ("l", "LOCATION", "Entity")]),
    ("Relation", _relation_rows, [("a", "SUBJECT", "Entity"), ("b", "OBJECT", "Entity")]),
    ("Evidence", lambda st: _evidence_rows(st, "Event"),
     [("x", "SUPPORTS", "Event"), ("art", "DERIVED_FROM", "Article")]),
    ("Evidence", lambda st: _evidence_rows(st, "Relation"),
     [("x", "SUPPORTS", "Relation"), ("art", "DERIVED_FROM", "Article")]),
]


def push(store: Any, driver: Any, *, batch_size: int = 1000, workers: int = 4, per_row: bool = False,
         progress: Callable[[str, int], None] | None = None) -> PushResult:
    """Make Neo4j hold exactly the store's property graph: constraints, batched writes, then removals.

    Each node is written together with its outgoing relationships (an event with its
    source, target and location; evidence with what it supports and its article), in
    batches of ``batch_size`` rows, ``workers`` transactions at a time; into an empty
    database with CREATE, otherwise with MERGE, after removing relationships whose end
    changed. ``per_row`` runs one MERGE per node or relationship in its own transaction
    (for comparison only: it is many times slower). ``progress(label, n)`` is called as
    nodes are written. Idempotent: pushing twice leaves the same graph.
    """
    t0 = time.perf_counter()
    db = _db(driver)
    ensure_schema(driver)
    res = PushResult()
    remote = {label: {r[0] for r in run(driver, f"MATCH (n:{label}) RETURN n.id")[1]} for label in NODES}
    fresh = not any(remote.values())

    def write(q: str, rows: list[Any]) -> None:
        def work(tx: Any) -> None:
            tx.run(q, rows=rows).consume()
        with driver.session(database=db) as session:
            session.execute_write(work)  # retried on transient errors (a deadlock between workers)

    def write_all(q: str, rows: Iterable[Any], label: str | None = None) -> None:
        _in_parallel(lambda batch: write(q, batch), _batches(rows, 1 if per_row else batch_size),
                     1 if per_row else workers, done=(lambda n: progress(label, n)) if progress and label else None)

    kept: dict[str, set[str]] = {label: set() for label in NODES}
    if per_row:
        for label in ("Entity", "Article", "Event", "Relation", "Evidence"):
            rows = [_props(r) for r in node_rows(store, label)]
            write_all(_merge_nodes(label), rows, label)
            kept[label] = {r["id"] for r in rows}
            res.written[label] = len(rows)
        for rel, pairs in RELS.items():
            for a, b in pairs:
                rows = [[x, y] for x, y, la, lb in rel_rows(store, rel) if la == a and lb == b]
                if rel in MUTABLE_RELS and not fresh:
                    want = {x: y for x, y in rows}
                    write_all(_drop_stale_rels(rel, a, b), [[x, want.get(x)] for x in sorted(kept[a])])
                write_all(_merge_rels(rel, a, b), rows)
                res.relationships += len(rows)
    else:
        if not fresh:  # an end that changed (a symmetric event re-reported the other way round, a new place)
            _drop_stale(store, remote, write_all)
        for label, rows_of, ends in _STEPS:
            res.written.setdefault(label, 0)

            def counted(rows: Iterable[dict[str, Any]], label: str = label,
                        keys: tuple[str, ...] = tuple(k for k, _t, _o in ends)) -> Iterator[dict[str, Any]]:
                as_list = _positional(label, keys)
                for r in rows:  # streamed: a store of a million events is not held in memory twice
                    kept[label].add(r["p"]["id"])
                    res.written[label] = res.written.get(label, 0) + 1
                    res.relationships += sum(1 for k in keys if r[k] is not None)
                    yield as_list(r)
            write_all(_write_with_ends(label, ends, create=fresh), counted(rows_of(store)), label)
        rows = [[r["p"]["id"], r["st"]] for r in _entity_rows(store) if r["st"] is not None]
        write_all(_merge_rels("IN_STATE", "Entity", "Entity", "CREATE" if fresh else "MERGE"), rows)
        res.relationships += len(rows)
    # Whatever the store no longer has goes, with its relationships.
    for label in ("Evidence", "Relation", "Event", "Article", "Entity"):
        gone = sorted(remote[label] - kept[label])
        for batch in _batches(gone, 1 if per_row else max(batch_size, 1000)):
            write(f"UNWIND $rows AS id MATCH (n:{label} {{id: id}}) DETACH DELETE n", batch)
        res.deleted[label] = len(gone)
    res.seconds = time.perf_counter() - t0
    return res


def _drop_stale(store: Any, remote: dict[str, set[str]], write_all: Callable[..., None]) -> None:
    """Remove the mutable relationships of nodes already in Neo4j whose end is no longer the store's."""
    want: dict[str, dict[str, str | None]] = {rel: {} for rel in MUTABLE_RELS}
    for eid, src, tgt, loc in store.conn.execute("SELECT id, source, target, location FROM events"):
        if eid in remote["Event"]:
            want["SOURCE"][eid], want["TARGET"][eid], want["LOCATION"][eid] = _s(src), _s(tgt), _s(loc)
    for r in _entity_rows(store):
        if r["p"]["id"] in remote["Entity"]:
            want["IN_STATE"][r["p"]["id"]] = r["st"]
    for rel, ends in want.items():
        a, b = RELS[rel][0]
        write_all(_drop_stale_rels(rel, a, b), [[x, y] for x, y in sorted(ends.items())])


def _in_parallel(fn: Callable[[list[Any]], None], batches: Iterable[list[Any]], workers: int,
                 done: Callable[[int], None] | None = None) -> None:
    """Call ``fn`` on each batch, ``workers`` at a time (at most twice that many waiting); first error raised."""
    if workers <= 1:
        for batch in batches:
            fn(batch)
            if done:
                done(len(batch))
        return
    from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

    pending: dict[Future[None], int] = {}
    with ThreadPoolExecutor(workers) as pool:
        try:
            for batch in batches:
                if len(pending) >= 2 * workers:
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for f in finished:
                        f.result()
                        if done:
                            done(pending.pop(f))
                pending[pool.submit(fn, batch)] = len(batch)
            for f in list(pending):
                f.result()
                if done:
                    done(pending.pop(f))
        finally:
            for f in pending:
                f.cancel()
