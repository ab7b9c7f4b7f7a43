"""SPARQL on the embedded RDF view or on an endpoint, with the same answers.

Embedded: the rdflib API over an Oxigraph store (oxrdflib) kept beside the SQLite
store (``kg.db.oxigraph/``) and rebuilt when the store has changed since (see
:func:`diplograph.graph.rdf.oxigraph_view`); its default graph holds the union of
the article graphs. Remote: any SPARQL 1.1 endpoint whose default graph is the
union of the article graphs (Oxigraph: asked for with each query).

Both take the query text unchanged except for two additions that behave the same
on both sides:

* the prefixes ``dg: rdf: rdfs: xsd: owl: prov: schema: wd:`` are declared for you
  (a query may declare them again);
* parameters (``{"a": "PRK"}``) are bound by a ``VALUES`` block inserted at the start
  of the query's WHERE clause, with each value written as an escaped RDF literal, so
  user text never becomes SPARQL. Use parameters in the top-level group of the WHERE
  clause (a subquery does not see them).

Queries are read-only unless ``allow_update`` is given.

>>> bind_parameters("SELECT ?e WHERE { ?e dg:source ?s }", {"s": 'x" } DROP ALL #'})
'SELECT ?e WHERE { VALUES (?s) { ("x\\\\" } DROP ALL #") } ?e dg:source ?s }'
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from diplograph.graph import rdf

__all__ = [
    "QueryError",
    "Result",
    "bind_parameters",
    "embedded_dataset",
    "prologue",
    "query_form",
    "run_embedded",
    "run_endpoint",
]

XSD = rdf.XSD
_INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                    "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedInt",
                                    "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {XSD + t for t in ("decimal", "double", "float")}
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
_QUERY_WORDS = {"SELECT", "CONSTRUCT", "ASK", "DESCRIBE"}
_VAR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_WORD = re.compile(r"[A-Za-z_][\w\-.:]*")


class QueryError(ValueError):
    """A query that cannot run: bad syntax, bad parameters, an update without --allow-update."""


@dataclass
class Result:
    """Rows of plain Python values (str, int, float, bool, None) under named columns.

    An ASK query gives one column ``ask``; CONSTRUCT and DESCRIBE give
    ``subject``, ``predicate``, ``object``; an update gives no rows.
    """

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    kind: str = "select"

    def as_dicts(self) -> list[dict[str, Any]]:
        """The rows as dictionaries (in column order)."""
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


# ---------------------------------------------------------------------------- query text

def prologue() -> str:
    """The PREFIX declarations added in front of every query."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in rdf.PREFIXES.items())


def _tokens(text: str):
    """(kind, value, start, end, depth) for the tokens that matter: words, braces; strings, IRIs, comments skipped."""
    i, n, depth = 0, len(text), 0
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif ch in "\"'":
            if text.startswith(ch * 3, i):
                j = i + 3
                while j < n and not text.startswith(ch * 3, j):
                    j += 2 if text[j] == "\\" else 1
                i = j + 3
            else:
                j = i + 1
                while j < n and text[j] != ch and text[j] != "\n":
                    j += 2 if text[j] == "\\" else 1
                i = j + 1
        elif ch == "<":
            m = _IRIREF.match(text, i)
            i = m.end() if m else i + 1
        elif ch in "?$":
            m = _VAR.match(text, i + 1)
            i = m.end() if m else i + 1
        elif ch == "{":
            yield "{", ch, i, i + 1, depth
            depth += 1
            i += 1
        elif ch == "}":
            depth -= 1
            yield "}", ch, i, i + 1, depth
            i += 1
        elif ch.isalpha() or ch == "_":
            m = _WORD.match(text, i)
            yield "word", m.group(0), i, m.end(), depth
            i = m.end()
        else:
            i += 1


def query_form(text: str) -> str:
    """SELECT, CONSTRUCT, ASK, DESCRIBE, or UPDATE for anything else (INSERT, DELETE, DROP ...)."""
    for kind, value, *_ in _tokens(text):
        if kind != "word":
            continue
        w = value.upper()
        if w in ("PREFIX", "BASE"):
            continue
        if w in _QUERY_WORDS:
            return w
        if w in _UPDATE_WORDS:
            return "UPDATE"
    raise QueryError("not a SPARQL query: no SELECT, CONSTRUCT, ASK or DESCRIBE")


def _term(name: str, value: Any) -> str:
    if value is None:
        return "UNDEF"
    if isinstance(value, bool):
        return f'"{str(value).lower()}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    if isinstance(value, float):
        return f'"{value!r}"^^<{XSD}double>'
    if isinstance(value, dt.date):
        return f'"{value.isoformat()}"^^<{XSD}date>'
    if isinstance(value, str):
        return rdf._str(value)
    raise QueryError(f"parameter {name}: a SPARQL parameter is a string, number, boolean or null, "
                     f"not {type(value).__name__}")


def bind_parameters(text: str, params: Mapping[str, Any] | None) -> str:
    """The query with ``params`` bound by a VALUES block at the start of its WHERE clause."""
    if not params:
        return text
    for name in params:
        if not _VAR.fullmatch(name):
            raise QueryError(f"parameter name {name!r}: letters, digits and _ only, not starting with a digit")
    form = query_form(text)
    if form == "UPDATE":
        raise QueryError("parameters are for queries (SELECT, ASK, CONSTRUCT, DESCRIBE), not updates")
    pos = None
    seen_where = form != "CONSTRUCT"
    for kind, value, _start, end, depth in _tokens(text):
        if depth != 0:
            continue
        if kind == "word" and value.upper() == "WHERE":
            seen_where = True
        elif kind == "{" and seen_where:
            pos = end
            break
    if pos is None:
        raise QueryError("this query has no WHERE clause to bind parameters in")
    names = list(params)
    block = (" VALUES (" + " ".join("?" + n for n in names) + ") { ("
             + " ".join(_term(n, params[n]) for n in names) + ") }")
    return text[:pos] + block + text[pos:]


_POSITION = re.compile(r"(error at |line:? ?)(\d+)(:\d+)?")


def _positions(message: str) -> str:
    """An engine's error message with line numbers counted in the user's query, not after our prologue."""
    shift = prologue().count("\n")

    def fix(m: re.Match) -> str:
        line = int(m.group(2)) - shift
        return f"{m.group(1)}{max(line, 1)}{m.group(3) or ''}"

    return _POSITION.sub(fix, message)


def _prepare(text: str, params: Mapping[str, Any] | None, allow_update: bool) -> tuple[str, str]:
    form = query_form(text)
    if form == "UPDATE" and not allow_update:
        raise QueryError("this is a SPARQL update; the graph is read-only unless --allow-update is given")
    return form, prologue() + bind_parameters(text, params)


# ---------------------------------------------------------------------------- values

def value(lexical: str, datatype: str | None = None, kind: str = "literal") -> Any:
    """A plain Python value for an RDF term: numbers as int/float, booleans, everything else its text.

    Dates stay ISO strings ("2015-05-01"), IRIs their string, blank nodes ``_:id``.
    """
    if kind == "bnode":
        return "_:" + lexical
    if kind == "uri":
        return lexical
    if datatype in _INTEGER_TYPES:
        try:
            return int(lexical)
        except ValueError:
            return lexical
    if datatype in _FLOAT_TYPES:
        try:
            return float(lexical)
        except ValueError:
            return lexical
    if datatype == XSD + "boolean":
        return lexical.strip() in ("true", "1")
    return lexical


def _from_rdflib(term: Any) -> Any:
    import rdflib

    if term is None:
        return None
    if isinstance(term, rdflib.Literal):
        return value(str(term), str(term.datatype) if term.datatype else None)
    if isinstance(term, rdflib.BNode):
        return value(str(term), kind="bnode")
    return value(str(term), kind="uri")


def _from_json(b: dict | None) -> Any:
    if b is None:
        return None
    t = b.get("type")
    if t == "bnode":
        return value(b["value"], kind="bnode")
    if t == "uri":
        return value(b["value"], kind="uri")
    return value(b["value"], b.get("datatype"))


def plain(v: Any) -> Any:
    """JSON-ready form of a value (dates as ISO strings, Decimal as int or float)."""
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    return v


# ---------------------------------------------------------------------------- embedded

def embedded_dataset(store: Any, *, writable: bool = False) -> Any:
    """The rdflib ``Dataset`` over the embedded Oxigraph view (its default graph: the union of the article graphs).

    The view is rebuilt first if the store changed. Read-only unless ``writable``.
    """
    import pyoxigraph as ox
    import rdflib
    from oxrdflib import OxigraphStore

    path = rdf.oxigraph_view(store)
    ox_store = ox.Store(str(path)) if writable else ox.Store.read_only(str(path))
    return rdflib.Dataset(store=OxigraphStore(store=ox_store), default_union=False)


def run_embedded(store: Any, text: str, params: Mapping[str, Any] | None = None, *,
                 allow_update: bool = False, dataset: Any = None) -> Result:
    """Run SPARQL on the embedded view of ``store`` (rebuilt first when stale).

    ``dataset`` reuses a dataset from :func:`embedded_dataset` (for many queries).
    """
    form, q = _prepare(text, params, allow_update)
    ds = dataset if dataset is not None else embedded_dataset(store, writable=form == "UPDATE")
    try:
        if form == "UPDATE":
            ds.update(q)
            return Result([], [], "update")
        res = ds.query(q)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {_positions(str(exc))}") from None
    except (ValueError, OSError) as exc:
        raise QueryError(f"SPARQL error: {_positions(str(exc))}") from None
    if form == "ASK":
        return Result(["ask"], [[bool(res.askAnswer)]], "ask")
    if form in ("CONSTRUCT", "DESCRIBE"):
        return Result(["subject", "predicate", "object"],
                      [[_from_rdflib(s), _from_rdflib(p), _from_rdflib(o)] for s, p, o in res.graph], "graph")
    cols = [str(v) for v in res.vars]
    rows = [[_from_rdflib(b.get(v)) for v in res.vars] for b in res.bindings]
    return Result(cols, rows)


# ---------------------------------------------------------------------------- endpoint

def run_endpoint(endpoint: rdf.Endpoint, text: str, params: Mapping[str, Any] | None = None, *,
                 allow_update: bool = False) -> Result:
    """Run SPARQL on a remote endpoint; the same answers as :func:`run_embedded` on the same data."""
    form, q = _prepare(text, params, allow_update)
    try:
        return _run_endpoint(endpoint, form, q)
    except rdf.EndpointError as exc:
        if exc.status == 400:  # the server's verdict on the query itself
            raise QueryError(f"SPARQL error (endpoint): {_positions(exc.body.strip()[:500])}") from None
        raise


def _run_endpoint(endpoint: rdf.Endpoint, form: str, q: str) -> Result:
    if form == "UPDATE":
        endpoint.update(q)
        return Result([], [], "update")
    if form in ("CONSTRUCT", "DESCRIBE"):
        import pyoxigraph as ox

        body = endpoint.query(q, accept="application/n-triples")
        rows = []
        for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES):
            rows.append([_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)])
        return Result(["subject", "predicate", "object"], rows, "graph")
    data = json.loads(endpoint.query(q))
    if form == "ASK":
        return Result(["ask"], [[bool(data.get("boolean"))]], "ask")
    cols = list(data["head"]["vars"])
    rows = [[_from_json(b.get(c)) for c in cols] for b in data["results"]["bindings"]]
    return Result(cols, rows)


def _from_ox(term: Any) -> Any:
    import pyoxigraph as ox

    if isinstance(term, ox.Literal):
        return value(term.value, term.datatype.value)
    if isinstance(term, ox.BlankNode):
        return value(term.value, kind="bnode")
    return value(term.value, kind="uri")


def read_query(path: str | Path) -> str:
    """The text of a query file (UTF-8)."""
    return Path(path).read_text(encoding="utf-8")
