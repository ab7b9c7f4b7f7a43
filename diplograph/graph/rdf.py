"""The RDF view of the graph: vocabulary, mapping, serialisations, and keeping RDF stores in step.

Vocabulary: ``https://w3id.org/diplograph/ns#`` (prefix ``dg:``), published as
``diplograph/graph/data/diplograph.ttl`` (every class and property with a label and
a comment) and constrained by the SHACL shapes of ``graph/data/shapes.ttl``.
Resources live under ``https://w3id.org/diplograph/id/<kind>/<id>`` with the id
percent-encoded (ids may contain anything), e.g. ``…/id/entity/person%3Akim-jong-un``.

The mapping (the same names as the property graph of :mod:`diplograph.graph.neo4j`:
a Cypher property ``snake_case`` is ``dg:camelCase`` here, ``name`` is ``rdfs:label``,
a Cypher relationship ``SOURCE`` is ``dg:source``, ``DERIVED_FROM`` is
``prov:wasDerivedFrom``):

* entities: ``dg:Entity`` and one of ``dg:State`` (also ``schema:Country``, with
  ``dg:iso2``, ``dg:wikidata`` and ``owl:sameAs`` the Wikidata item where
  :func:`~diplograph.graph.ontology.state` knows them), ``dg:Person``
  (``schema:Person``), ``dg:Organization`` (``schema:Organization``), ``dg:Place``
  (``schema:Place``), ``dg:Group``; ``dg:state`` is the ISO3 code of the entity's
  state and ``dg:inState`` links to that state's node;
* events are n-ary nodes (``dg:Event``, ``schema:Event``): ``dg:source``,
  ``dg:target``, ``dg:location``; the CAMEO code, its name, root, quad class and
  Goldstein value; time as ``dg:edtf`` (the EDTF literal), ``dg:precision`` and the
  inclusive bounds ``dg:earliest``/``dg:latest`` (``xsd:date``); ``dg:factuality``;
* trend, role, kinship and membership relations are statement nodes (the Wikidata
  pattern, since rdflib has no RDF-star): ``dg:subject``, ``dg:object`` and the
  qualifiers ``dg:polarity``, ``dg:label`` and the time of the statement;
* evidence goes through PROV-O: an ``dg:Evidence`` node ``dg:supports`` an event or a
  statement and is ``prov:wasDerivedFrom`` its ``dg:Article`` (``schema:NewsArticle``);
  the sentence, its character offsets, the rule, the confidence and what this
  article asserted (factuality, time) sit on the evidence node.

Named graphs: one per article, ``https://w3id.org/diplograph/graph/<article id>``. It
holds the article, its evidence, and the description of every entity, event and
statement whose first supporting article (smallest id) it is, so every triple is in
exactly one graph and the union of the graphs is the whole view. Each graph carries
``<graph> dg:contentHash "…"`` (a hash of the rest of its triples): pushing compares
hashes and replaces exactly the graphs that changed, and deletes the graphs of
retracted articles (see :func:`push_endpoint`).

Queries see the union of the graphs as their default graph. The embedded Oxigraph
view stores that union in its default graph beside the named graphs (Oxigraph's
``union-default-graph`` mode made the benchmark queries 5-7x slower); an endpoint
is asked for its union (Oxigraph: the ``union-default-graph`` flag on each query).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from diplograph.graph import ontology

__all__ = [
    "BASE",
    "FORMATS",
    "GRAPH",
    "ID",
    "NS",
    "ArticleGraph",
    "Endpoint",
    "EndpointError",
    "PushResult",
    "article_graphs",
    "entity_iri",
    "graph_iri",
    "iri",
    "oxigraph_view",
    "push_endpoint",
    "serialize",
    "shapes_path",
    "to_rdflib",
    "view_key",
    "vocabulary_path",
    "write_nquads",
]

BASE = "https://w3id.org/diplograph/"
NS = BASE + "ns#"
ID = BASE + "id/"
GRAPH = BASE + "graph/"
# Bump when the mapping changes: derived views built by an older mapping are rebuilt.
MAPPING_VERSION = 3

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {"dg": NS, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "prov": PROV, "schema": SCHEMA,
            "wd": WD}

FORMATS = {"turtle": "ttl", "ntriples": "nt", "jsonld": "jsonld", "nquads": "nq", "trig": "trig"}

_KIND_CLASS = {"state": ("State", SCHEMA + "Country"), "person": ("Person", SCHEMA + "Person"),
               "organization": ("Organization", SCHEMA + "Organization"), "place": ("Place", SCHEMA + "Place"),
               "group": ("Group", None)}
_REL_CLASS = {"trend": "TrendStatement", "role": "RoleStatement", "kinship": "KinshipStatement",
              "membership": "MembershipStatement"}


# ---------------------------------------------------------------------------- terms

def iri(kind: str, ident: str) -> str:
    """The IRI of a resource: ``…/id/<kind>/<percent-encoded id>``; safe for any id."""
    return f"{ID}{kind}/{_segment(ident)}"


def entity_iri(entity_id: str) -> str:
    """The IRI of an entity ("PRK" -> ``…/id/entity/PRK``)."""
    return iri("entity", entity_id)


def graph_iri(article_id: str) -> str:
    """The IRI of an article's named graph."""
    return GRAPH + _segment(article_id)


def _segment(ident: str) -> str:
    seg = quote(_clean(ident), safe=":")
    if seg in (".", ".."):  # dot segments would be removed by IRI normalisation
        seg = seg.replace(".", "%2E")
    return seg


def _clean(s: str) -> str:
    """``s`` as valid Unicode text (lone surrogates, which JSON lets through, become U+FFFD)."""
    if s.isascii():
        return s
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return s


_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_ESCAPES.update({c: f"\\u{c:04X}" for c in range(0x20) if c not in _ESCAPES})
_ESCAPES[0x7F] = "\\u007F"


def _str(s: str) -> str:
    """An N-Triples string literal (xsd:string), escaped."""
    return '"' + _clean(s).translate(_ESCAPES) + '"'


def _u(value: str) -> str:
    return "<" + value + ">"


def _int(n: int) -> str:
    return f'"{int(n)}"^^<{XSD}integer>'


def _dbl(x: float) -> str:
    """An xsd:double literal in the form Oxigraph stores it back ("1", "1.9", "0.0001"), so that
    a graph read back from any store equals the one written."""
    x = float(x)
    if x != x or x in (float("inf"), float("-inf")):
        text = "NaN" if x != x else ("INF" if x > 0 else "-INF")
    else:
        text = format(Decimal(repr(x)), "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return f'"{text}"^^<{XSD}double>'


def _date(iso: str) -> str:
    return f'"{iso}"^^<{XSD}date>'


_A = _u(RDF + "type")
_LABEL = _u(RDFS + "label")
_SAMEAS = _u(OWL + "sameAs")
_DERIVED = _u(PROV + "wasDerivedFrom")
_PROV_ENTITY = _u(PROV + "Entity")


def _p(name: str) -> str:
    return "<" + NS + name + ">"


P = {n: _p(n) for n in (
    "id", "kind", "alias", "role", "state", "inState", "iso2", "wikidata", "source", "target", "location",
    "cameo", "cameoName", "cameoRoot", "quadClass", "goldstein", "type", "factuality", "edtf", "earliest",
    "latest", "precision", "nArticles", "sourceState", "targetState", "subject", "object", "polarity",
    "label", "title", "url", "published", "publishedSource", "publisher", "supports", "sentence",
    "charStart", "charEnd", "rule", "confidence", "locator", "contentHash")}
C = {n: _p(n) for n in ("Entity", "State", "Person", "Organization", "Place", "Group", "Event", "Statement",
                        "TrendStatement", "RoleStatement", "KinshipStatement", "MembershipStatement", "Article",
                        "Evidence", "ArticleGraph")}
_SCHEMA_EVENT = _u(SCHEMA + "Event")
_SCHEMA_ARTICLE = _u(SCHEMA + "NewsArticle")


def evidence_id(article_id: str, subject: str, locator: str) -> str:
    """The id of one evidence row (article, subject, locator), shared by the RDF and Cypher views."""
    raw = "\x1f".join((article_id, subject, locator)).encode("utf-8", "surrogatepass")
    return "evd:" + hashlib.blake2b(raw, digest_size=10).hexdigest()


# ---------------------------------------------------------------------------- mapping

@dataclass(slots=True)
class ArticleGraph:
    """One article's named graph: its IRI, its N-Triples lines (sorted) and their hash."""

    article_id: str
    iri: str
    lines: list[str]
    hash: str

    def ntriples(self) -> str:
        """The graph as N-Triples (with its content-hash triple)."""
        return "".join(self.lines)

    def nquads(self) -> str:
        """The graph as N-Quads in its named graph."""
        g = " <" + self.iri + "> .\n"
        return "".join(line[:-3] + g for line in self.lines)


def _time(out: list[str], s: str, edtf: str | None, lo: str | None, hi: str | None, prec: str | None) -> None:
    if edtf:
        out.append(f"{s} {P['edtf']} {_str(edtf)} .\n")
    if lo:
        out.append(f"{s} {P['earliest']} {_date(lo)} .\n")
    if hi:
        out.append(f"{s} {P['latest']} {_date(hi)} .\n")
    if prec:
        out.append(f"{s} {P['precision']} {_str(prec)} .\n")


def _article_lines(out: list[str], r: tuple) -> None:
    aid, title, url, published, pub_source, publisher, kind = r
    s = _u(iri("article", aid))
    out += [f"{s} {_A} {C['Article']} .\n", f"{s} {_A} {_SCHEMA_ARTICLE} .\n", f"{s} {_A} {_PROV_ENTITY} .\n",
            f"{s} {P['id']} {_str(aid)} .\n", f"{s} {P['kind']} {_str(kind or 'article')} .\n"]
    if title:
        out.append(f"{s} {P['title']} {_str(title)} .\n")
    if url:
        out.append(f"{s} {P['url']} {_str(url)[:-1]}\"^^<{XSD}anyURI> .\n")
    if published:
        out.append(f"{s} {P['published']} {_date(published[:10])} .\n")
    if pub_source:
        out.append(f"{s} {P['publishedSource']} {_str(pub_source)} .\n")
    if publisher:
        out.append(f"{s} {P['publisher']} {_str(publisher)} .\n")


def _entity_lines(out: list[str], r: tuple, known: set[str]) -> None:
    eid, kind, name, state, aliases, roles = r
    s = _u(entity_iri(eid))
    cls, schema_cls = _KIND_CLASS.get(kind, ("Entity", None))
    out += [f"{s} {_A} {C['Entity']} .\n", f"{s} {_A} {C[cls]} .\n", f"{s} {P['id']} {_str(eid)} .\n",
            f"{s} {P['kind']} {_str(kind)} .\n", f"{s} {_LABEL} {_str(name)} .\n"]
    if schema_cls:
        out.append(f"{s} {_A} {_u(schema_cls)} .\n")
    for a in json.loads(aliases):
        out.append(f"{s} {P['alias']} {_str(a)} .\n")
    for a in json.loads(roles):
        out.append(f"{s} {P['role']} {_str(a)} .\n")
    if state:
        out.append(f"{s} {P['state']} {_str(state)} .\n")
        if state != eid and state in known:
            out.append(f"{s} {P['inState']} {_u(entity_iri(state))} .\n")
    if kind == "state":
        rec = ontology.state(eid)
        if rec is not None:
            if rec.iso2:
                out.append(f"{s} {P['iso2']} {_str(rec.iso2)} .\n")
            if rec.wikidata:
                out.append(f"{s} {P['wikidata']} {_str(rec.wikidata)} .\n")
                out.append(f"{s} {_SAMEAS} {_u(WD + rec.wikidata)} .\n")


def _cameo_fields(code: str) -> tuple[str | None, str]:
    try:
        c = ontology.cameo(code)
    except KeyError:
        return None, code[:2]
    return c.name, c.root


def _event_lines(out: list[str], r: tuple, cameo_cache: dict) -> None:
    (eid, cameo, root, quad, goldstein, etype, src, tgt, loc, s_state, t_state, edtf, lo, hi, prec, fact,
     n_art) = r
    s = _u(iri("event", eid))
    cname = cameo_cache.get(cameo)
    if cname is None:
        cname = cameo_cache[cameo] = _cameo_fields(cameo)[0] or ""
    out += [f"{s} {_A} {C['Event']} .\n", f"{s} {_A} {_SCHEMA_EVENT} .\n", f"{s} {P['id']} {_str(eid)} .\n",
            f"{s} {P['cameo']} {_str(cameo)} .\n", f"{s} {P['cameoRoot']} {_str(root)} .\n",
            f"{s} {P['factuality']} {_str(fact)} .\n", f"{s} {P['nArticles']} {_int(n_art)} .\n"]
    if cname:
        out.append(f"{s} {P['cameoName']} {_str(cname)} .\n")
    if quad is not None:
        out.append(f"{s} {P['quadClass']} {_int(quad)} .\n")
    if goldstein is not None:
        out.append(f"{s} {P['goldstein']} {_dbl(goldstein)} .\n")
    if etype:
        out.append(f"{s} {P['type']} {_str(etype)} .\n")
    if src:
        out.append(f"{s} {P['source']} {_u(entity_iri(src))} .\n")
    if tgt:
        out.append(f"{s} {P['target']} {_u(entity_iri(tgt))} .\n")
    if loc:
        out.append(f"{s} {P['location']} {_u(entity_iri(loc))} .\n")
    if s_state:
        out.append(f"{s} {P['sourceState']} {_str(s_state)} .\n")
    if t_state:
        out.append(f"{s} {P['targetState']} {_str(t_state)} .\n")
    _time(out, s, edtf, lo, hi, prec)


def _relation_lines(out: list[str], r: tuple) -> None:
    rid, rtype, a, b, edtf, lo, hi, prec, polarity, label, n_art = r
    s = _u(iri("statement", rid))
    out += [f"{s} {_A} {C['Statement']} .\n", f"{s} {P['id']} {_str(rid)} .\n",
            f"{s} {P['type']} {_str(rtype)} .\n", f"{s} {P['subject']} {_u(entity_iri(a))} .\n",
            f"{s} {P['object']} {_u(entity_iri(b))} .\n", f"{s} {P['nArticles']} {_int(n_art)} .\n"]
    if rtype in _REL_CLASS:
        out.append(f"{s} {_A} {C[_REL_CLASS[rtype]]} .\n")
    if polarity:
        out.append(f"{s} {P['polarity']} {_str(polarity)} .\n")
    if label:
        out.append(f"{s} {P['label']} {_str(label)} .\n")
    _time(out, s, edtf, lo, hi, prec)


def _evidence_lines(out: list[str], r: tuple) -> None:
    (subject, aid, locator, sentence, start, end, rule, confidence, fact, edtf, published) = r
    s = _u(iri("evidence", evidence_id(aid, subject, locator)))
    target = iri("event", subject) if subject.startswith("ev:") else iri("statement", subject)
    out += [f"{s} {_A} {C['Evidence']} .\n", f"{s} {_A} {_PROV_ENTITY} .\n",
            f"{s} {P['id']} {_str(evidence_id(aid, subject, locator))} .\n",
            f"{s} {P['supports']} {_u(target)} .\n", f"{s} {_DERIVED} {_u(iri('article', aid))} .\n",
            f"{s} {P['sentence']} {_str(sentence or '')} .\n", f"{s} {P['charStart']} {_int(start or 0)} .\n",
            f"{s} {P['charEnd']} {_int(end or 0)} .\n", f"{s} {P['rule']} {_str(rule or '')} .\n",
            f"{s} {P['confidence']} {_dbl(confidence if confidence is not None else 1.0)} .\n",
            f"{s} {P['locator']} {_str(locator)} .\n"]
    if fact:
        out.append(f"{s} {P['factuality']} {_str(fact)} .\n")
    if edtf:
        out.append(f"{s} {P['edtf']} {_str(edtf)} .\n")
    if published:
        out.append(f"{s} {P['published']} {_date(published[:10])} .\n")


_SQL = {
    "articles": "SELECT id, title, url, published, published_source, publisher, kind FROM articles ORDER BY id",
    "entities": "SELECT o.owner, e.id, e.kind, e.name, e.state, e.aliases, e.roles FROM"
                " (SELECT entity_id, MIN(article_id) AS owner FROM mentions GROUP BY entity_id) o"
                " JOIN entities e ON e.id = o.entity_id ORDER BY o.owner, e.id",
    "events": "SELECT o.owner, e.id, e.cameo, e.root, e.quad, e.goldstein, e.type, e.source, e.target,"
              " e.location, e.source_state, e.target_state, e.when_edtf, e.lo, e.hi, e.precision, e.factuality,"
              " e.n_articles FROM (SELECT subject, MIN(article_id) AS owner FROM evidence"
              " WHERE subject >= 'ev:' AND subject < 'ev;' GROUP BY subject) o"
              " JOIN events e ON e.id = o.subject ORDER BY o.owner, e.id",
    "relations": "SELECT o.owner, r.id, r.type, r.a, r.b, r.when_edtf, r.lo, r.hi, r.precision, r.polarity,"
                 " r.label, r.n_articles FROM (SELECT subject, MIN(article_id) AS owner FROM evidence"
                 " WHERE subject >= 'rel:' AND subject < 'rel;' GROUP BY subject) o"
                 " JOIN relations r ON r.id = o.subject ORDER BY o.owner, r.id",
    "evidence": "SELECT article_id, subject, article_id, locator, sentence, start, \"end\", rule, confidence,"
                " factuality, when_edtf, published FROM evidence ORDER BY article_id, subject, locator",
}


class _Stream:
    """Rows of one SQL query, sorted by their first column, consumed article by article."""

    def __init__(self, conn: sqlite3.Connection, sql: str) -> None:
        self._cur = conn.execute(sql)
        self._next = self._cur.fetchone()

    def take(self, key: str) -> list[tuple]:
        """The rows whose first column is ``key`` (the stream must be at or before it)."""
        rows = []
        while self._next is not None and self._next[0] <= key:
            if self._next[0] == key:
                rows.append(self._next[1:])
            self._next = self._cur.fetchone()
        return rows


def article_graphs(store: Any) -> Iterator[ArticleGraph]:
    """Every article's named graph, in article-id order, streamed from the store.

    ``store`` is a :class:`~diplograph.graph.store.Store`. Memory stays within one
    article's graph whatever the size of the store.
    """
    conn = store.conn
    known = {r[0] for r in conn.execute("SELECT id FROM entities")}
    # One cursor per stream: separate connections would not see an uncommitted store; one
    # sqlite3 connection serves several cursors.
    streams = {k: _Stream(conn, _SQL[k]) for k in ("entities", "events", "relations", "evidence")}
    cameo_cache: dict[str, str] = {}
    for art in conn.execute(_SQL["articles"]).fetchall():
        aid = art[0]
        out: list[str] = []
        _article_lines(out, art)
        for r in streams["entities"].take(aid):
            _entity_lines(out, r, known)
        for r in streams["events"].take(aid):
            _event_lines(out, r, cameo_cache)
        for r in streams["relations"].take(aid):
            _relation_lines(out, r)
        for r in streams["evidence"].take(aid):
            _evidence_lines(out, r)
        yield _finish(aid, out)


def _finish(article_id: str, lines: list[str]) -> ArticleGraph:
    lines = sorted(set(lines))
    h = hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()
    g = graph_iri(article_id)
    lines.append(f"<{g}> {_A} {C['ArticleGraph']} .\n")
    lines.append(f"<{g}> {P['contentHash']} {_str(h)} .\n")
    return ArticleGraph(article_id, g, lines, h)


def write_nquads(store: Any, fh: IO[str]) -> int:
    """Write the whole view as N-Quads (one named graph per article); returns the number of quads."""
    n = 0
    for g in article_graphs(store):
        fh.write(g.nquads())
        n += len(g.lines)
    return n


# ---------------------------------------------------------------------------- files

def vocabulary_path() -> Path:
    """The Turtle file of the vocabulary (classes and properties with labels and comments)."""
    return Path(str(resources.files("diplograph.graph") / "data" / "diplograph.ttl"))


def shapes_path() -> Path:
    """The SHACL shapes the view satisfies."""
    return Path(str(resources.files("diplograph.graph") / "data" / "shapes.ttl"))


def serialize(store: Any, fmt: str, out: IO[bytes]) -> None:
    """Write the view to ``out`` as turtle, ntriples, jsonld (the union of the article graphs), nquads or trig.

    Raises ValueError for an unknown format.
    """
    import pyoxigraph as ox

    formats = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
               "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
    if fmt not in formats:
        raise ValueError(f"unknown RDF format {fmt!r} (expected one of {', '.join(formats)})")
    if fmt == "nquads":  # already in its final form: no need to parse it back
        for g in article_graphs(store):
            out.write(g.nquads().encode("utf-8"))
        return
    mem = ox.Store()
    for g in article_graphs(store):
        mem.load(g.nquads(), format=ox.RdfFormat.N_QUADS)
    # Sorted, so that the same store always gives the same file.
    quads = sorted(mem, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    if fmt == "trig":
        ox.serialize(quads, out, formats[fmt], prefixes=PREFIXES)
        return
    triples = sorted({q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    if fmt == "jsonld":
        ox.serialize(triples, out, formats[fmt])
    else:
        ox.serialize(triples, out, formats[fmt], prefixes=PREFIXES if fmt == "turtle" else None)


def to_rdflib(store: Any) -> Any:
    """The view as an in-memory ``rdflib.Dataset`` (one graph per article; default graph = their union).

    Convenient for small stores and for tools built on rdflib (pyshacl);
    :func:`oxigraph_view` is the fast, persistent form.
    """
    import rdflib

    ds = rdflib.Dataset(default_union=True)
    for g in article_graphs(store):
        ds.parse(data=g.nquads(), format="nquads")
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    return ds


# ---------------------------------------------------------------------------- embedded view

def view_key(store: Any) -> dict[str, Any]:
    """What an embedded view was built from: the store's version and counts, and the mapping version."""
    c = store.conn
    counts = [c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("articles", "entities", "events", "relations", "evidence")]
    return {"store": os.path.abspath(store.path), "version": store.version, "counts": counts,
            "mapping": MAPPING_VERSION}


def _read_key(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def oxigraph_view(store: Any, location: str | Path | None = None, *,
                  progress: Callable[[int], None] | None = None) -> Path:
    """The embedded Oxigraph store of the view beside the SQLite store, rebuilt when stale.

    It holds every article graph, and their union in the default graph (what queries
    read). ``location`` defaults to ``<store path>.oxigraph``; a file
    ``diplograph-view.json`` in it records the store version the view was built from.
    A stale view is rebuilt in full into a fresh directory, which then replaces the
    old one (readers never see half a view). ``progress`` is called with the number
    of articles done. Returns the directory of the Oxigraph store.
    """
    import pyoxigraph as ox

    if store.path == ":memory:" and location is None:
        raise ValueError("an in-memory store has no place beside it for an embedded view: pass location")
    loc = Path(location) if location is not None else Path(store.path + ".oxigraph")
    key = view_key(store)
    if _read_key(loc / "diplograph-view.json") == key:
        return loc / "store"
    tmp = loc.with_name(f"{loc.name}.{os.getpid()}.{time.monotonic_ns()}.tmp")
    tmp.mkdir(parents=True)
    try:
        nq = tmp / "view.nq"
        done = 0
        with nq.open("w", encoding="utf-8") as fh:
            for g in article_graphs(store):
                fh.write(g.nquads())
                fh.write(g.ntriples())  # the union, in the default graph
                done += 1
                if progress and done % 100 == 0:
                    progress(100)
        if progress:
            progress(done % 100)
        ox_store = ox.Store(str(tmp / "store"))
        # lenient: skip re-validating IRIs, which are percent-encoded by construction here
        ox_store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS, lenient=True)
        ox_store.optimize()  # compacts the bulk-loaded files: lookups became 4-5x faster
        ox_store.flush()
        del ox_store
        nq.unlink()
        (tmp / "diplograph-view.json").write_text(json.dumps(key), encoding="utf-8")
        old = None
        if loc.exists():
            old = loc.with_name(f"{loc.name}.{os.getpid()}.{time.monotonic_ns()}.old")
            os.replace(loc, old)
        os.replace(tmp, loc)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return loc / "store"


# ---------------------------------------------------------------------------- remote endpoint

class EndpointError(RuntimeError):
    """The SPARQL endpoint refused a request or could not be reached (the message says which).

    ``status`` is the HTTP status (None when the server was not reached), ``body`` its answer.
    """

    def __init__(self, message: str, status: int | None = None, body: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.body = body


class Endpoint:
    """A SPARQL 1.1 endpoint with the Graph Store Protocol, e.g. an Oxigraph server.

    ``url`` is the server's base (``http://127.0.0.1:7878``): queries go to
    ``<url>/query``, updates to ``<url>/update``, graphs to ``<url>/store``; each may
    be given explicitly instead. ``union_default_graph`` sends Oxigraph's
    ``union-default-graph`` flag with each query, so that the default graph is the
    union of the article graphs (configure other servers to do the same).
    """

    def __init__(self, url: str, *, query_url: str | None = None, update_url: str | None = None,
                 store_url: str | None = None, union_default_graph: bool = True, timeout: float = 300.0) -> None:
        import urllib3

        base = url.rstrip("/")
        if not base.startswith(("http://", "https://")):
            raise ValueError(f"not an http(s) URL: {url!r}")
        self.query_url = query_url or base + "/query"
        self.update_url = update_url or base + "/update"
        self.store_url = store_url or base + "/store"
        self.union_default_graph = union_default_graph
        self._http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=10.0, read=timeout),
                                         retries=urllib3.Retry(total=2, connect=2, read=0, redirect=2))

    def _request(self, method: str, url: str, **kw: Any) -> Any:
        import urllib3

        try:
            r = self._http.request(method, url, **kw)
        except urllib3.exceptions.HTTPError as exc:
            raise EndpointError(f"{method} {_safe_url(url)}: {type(exc).__name__}: "
                                f"{_reason(exc)}") from None
        if r.status >= 400:
            body = r.data.decode("utf-8", "replace").strip()
            raise EndpointError(f"{method} {_safe_url(url)}: HTTP {r.status}: {body[:500]}", r.status, body)
        return r

    def query(self, sparql: str, accept: str = "application/sparql-results+json") -> bytes:
        """Run a SPARQL query; returns the raw response body."""
        fields = {"query": sparql}
        url = self.query_url + ("?union-default-graph" if self.union_default_graph else "")
        r = self._request("POST", url, fields=fields, encode_multipart=False,
                          headers={"Accept": accept})
        return r.data

    def update(self, sparql: str) -> None:
        """Run a SPARQL update."""
        self._request("POST", self.update_url, body=sparql.encode("utf-8"),
                      headers={"Content-Type": "application/sparql-update"})

    def put_graph(self, graph: str, ntriples: str) -> None:
        """Replace the named graph ``graph`` with these triples (Graph Store Protocol PUT)."""
        self._request("PUT", self._graph_url(graph), body=ntriples.encode("utf-8"),
                      headers={"Content-Type": "application/n-triples"})

    def delete_graph(self, graph: str) -> None:
        """Delete the named graph ``graph`` (Graph Store Protocol DELETE; absent is fine)."""
        try:
            self._request("DELETE", self._graph_url(graph))
        except EndpointError as exc:
            if exc.status != 404:
                raise

    def _graph_url(self, graph: str) -> str:
        from urllib.parse import urlencode

        return self.store_url + "?" + urlencode({"graph": graph})

    def graph_hashes(self) -> dict[str, str]:
        """The content hash of every diplograph article graph on the endpoint."""
        q = (f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{NS}contentHash> ?h . ?g a <{NS}ArticleGraph> }} }}")
        data = json.loads(self.query(q))
        return {b["g"]["value"]: b["h"]["value"] for b in data["results"]["bindings"]}


def _safe_url(url: str) -> str:
    """A URL without any user:password part, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    p = urlsplit(url)
    if p.username or p.password:
        host = p.hostname or ""
        if p.port:
            host += f":{p.port}"
        p = p._replace(netloc=host)
    return urlunsplit(p._replace(query=""))


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None)
    return str(reason or exc).split(": ", 1)[-1][:200]


@dataclass(slots=True)
class PushResult:
    """What a push did: graphs written, left unchanged, deleted."""

    written: int = 0
    unchanged: int = 0
    deleted: int = 0
    triples: int = 0


def push_endpoint(store: Any, endpoint: Endpoint, *, progress: Callable[[int], None] | None = None) -> PushResult:
    """Make the endpoint's diplograph graphs equal the store's view (Graph Store Protocol).

    Each article is one named graph: a graph whose content hash differs from the
    endpoint's is replaced (PUT), equal ones are left alone, and the graphs of
    articles the store no longer has are deleted. Graphs that are not diplograph
    article graphs are never touched. ``progress`` is called with the number of
    articles done.
    """
    remote = endpoint.graph_hashes()
    res = PushResult()
    seen = set()
    for g in article_graphs(store):
        seen.add(g.iri)
        if remote.get(g.iri) == g.hash:
            res.unchanged += 1
        else:
            endpoint.put_graph(g.iri, g.ntriples())
            res.written += 1
            res.triples += len(g.lines)
        if progress:
            progress(1)
    for gone in sorted(set(remote) - seen):
        endpoint.delete_graph(gone)
        res.deleted += 1
    return res
