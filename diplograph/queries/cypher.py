"""Cypher on the embedded graph or on Neo4j: the same schema, the same answers.

Embedded: Ladybug (PyPI ``ladybug``, pinned 0.22.0; the maintained MIT fork of Kùzu),
a real Cypher engine with on-disk storage. Its database lives beside the SQLite
store (``kg.db.ladybug/``) and is rebuilt from the store when the store has changed
since (bulk ``COPY`` from CSV; 200,000 events take seconds). The schema is the one
of :mod:`diplograph.graph.neo4j`, documented there.

Neo4j: the official driver, credentials from NEO4J_URI / NEO4J_USERNAME /
NEO4J_PASSWORD (see :func:`diplograph.graph.neo4j.connect`); fill it with
``diplograph push neo4j``.

Write queries once for both engines: the common subset is MATCH / OPTIONAL MATCH /
WHERE / WITH / UNWIND / RETURN / ORDER BY / SKIP / LIMIT / UNION, ``count``,
``collect``, ``sum``, ``avg``, ``min``, ``max``, ``DISTINCT``, ``CASE``,
``coalesce``, ``left``, ``toLower``, ``size``, ``length(p)``, ``nodes(p)``,
``relationships(p)``, ``EXISTS { MATCH ... }``, ``COUNT { MATCH ... }``, patterns with
``[:A|B*1..3]``. Ladybug has no ``shortestPath``, ``type()``, ``labels()`` or
``datetime()``, and ``substring`` counts from 1 there but from 0 in Neo4j (use
``left``). Inside ``WITH``, ``ORDER BY`` needs a ``LIMIT`` in Ladybug. Ladybug must
not share a process with the ``kuzu`` package.

Parameters (``{"a": "PRK"}``) go to both engines as query parameters, never into
the query text.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import math
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from diplograph.graph import neo4j as pg
from diplograph.graph import rdf

__all__ = ["CypherError", "EmbeddedCypher", "QueryFile", "Result", "ladybug_view", "normalize", "read_query_file",
           "run_embedded", "run_neo4j"]

# Bump when the schema or the loading changes: older embedded databases are rebuilt.
VIEW_VERSION = 1


class CypherError(ValueError):
    """A Cypher query that failed (syntax, unknown label, refused write); the message is the engine's."""


@dataclass
class Result:
    """Rows of plain Python values under named columns."""

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def as_dicts(self) -> list[dict[str, Any]]:
        """The rows as dictionaries (in column order)."""
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


# ---------------------------------------------------------------------------- query files

@dataclass
class QueryFile:
    """A query file of examples/queries: its text, the default parameters and the columns it is ordered by.

    The header is comment lines (``//`` in Cypher, ``#`` in SPARQL): a title, the
    question, ``param NAME = JSON`` lines and ``ordered by: col, col``.
    """

    path: Path
    text: str
    title: str
    params: dict[str, Any]
    ordered_by: list[str]


def read_query_file(path: str | Path) -> QueryFile:
    """Read a Cypher (.cypher) or SPARQL (.rq) query file with its header.

    Raises ValueError naming the file and line for a bad ``param`` line.
    """
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    title, params, order = "", {}, []
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if s.startswith("//"):
            body = s[2:].strip()
        elif s.startswith("#"):
            body = s[1:].strip()
        elif not s:
            continue
        else:
            break
        if not title and body:
            title = body
        if body.startswith("param "):
            name, eq, raw = body[6:].partition("=")
            try:
                if not eq:
                    raise ValueError("no '='")
                params[name.strip()] = json.loads(raw)
            except ValueError as exc:
                raise ValueError(f"{p}:{n}: bad parameter line (param NAME = JSON): {exc}") from None
        elif body.startswith("ordered by:"):
            order = [c.strip() for c in body[len("ordered by:"):].split(",") if c.strip()]
    return QueryFile(p, text, title, params, order)


# ---------------------------------------------------------------------------- values

def normalize(v: Any) -> Any:
    """A plain, JSON-ready value from either engine: Decimal -> int/float, dates -> ISO strings,
    nodes and relationships -> their properties (with ``_label``), paths -> their nodes and relationships."""
    if v is None or isinstance(v, bool | int | str):
        return v
    if isinstance(v, float):
        return v
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, dt.datetime | dt.date | dt.time):
        return v.isoformat()
    if isinstance(v, list | tuple):
        return [normalize(x) for x in v]
    try:  # Neo4j values
        import neo4j.graph
        import neo4j.time

        if isinstance(v, neo4j.time.Date | neo4j.time.DateTime | neo4j.time.Time):
            return v.iso_format()
        if isinstance(v, neo4j.time.Duration):
            return str(v)
        if isinstance(v, neo4j.graph.Node):
            return {"_label": next(iter(sorted(v.labels)), None), **{k: normalize(x) for k, x in v.items()}}
        if isinstance(v, neo4j.graph.Relationship):
            return {"_label": v.type, **{k: normalize(x) for k, x in v.items()}}
        if isinstance(v, neo4j.graph.Path):
            return {"nodes": [normalize(n) for n in v.nodes], "rels": [normalize(r) for r in v.relationships]}
    except ImportError:  # pragma: no cover - neo4j is a dependency
        pass
    if isinstance(v, dict):
        keys = {k.lower(): k for k in v if k.startswith("_")}
        if "_nodes" in keys and "_rels" in keys:  # a Ladybug path
            return {"nodes": [normalize(n) for n in v[keys["_nodes"]]],
                    "rels": [normalize(r) for r in v[keys["_rels"]]]}
        if "_label" in keys:  # a Ladybug node or relationship: its properties, like Neo4j's
            return {"_label": v[keys["_label"]], **{k: normalize(x) for k, x in v.items()
                                                    if not k.startswith("_") and x is not None}}
        return {k: normalize(x) for k, x in v.items()}
    return str(v)


def comparable(v: Any) -> Any:
    """A value for comparing answers across engines: floats rounded to 9 significant digits."""
    v = normalize(v)
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            return str(v)
        v = float(f"{v:.9g}")  # round first: a sum may land a hair off an integer
        if v == int(v) and abs(v) < 2**53:
            return int(v)
        return v
    if isinstance(v, list):
        return [comparable(x) for x in v]
    if isinstance(v, dict):
        return {k: comparable(x) for k, x in v.items()}
    return v


# ---------------------------------------------------------------------------- the embedded database

def _key(store: Any) -> dict[str, Any]:
    key = rdf.view_key(store)
    key["mapping"] = VIEW_VERSION
    return key


def _csv_field(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    return '"' + str(v).replace('"', '""') + '"'


def _write_csv(path: Path, rows: Any) -> int:
    n = 0
    with path.open("w", encoding="utf-8", errors="replace", newline="") as fh:
        for r in rows:
            fh.write(",".join(_csv_field(v) for v in r) + "\n")
            n += 1
    return n


def _schema_ddl() -> list[str]:
    ddl = []
    for label, props in pg.NODES.items():
        cols = ", ".join(f"{p} {t}" for p, t in props)
        ddl.append(f"CREATE NODE TABLE {label}({cols}, PRIMARY KEY(id))")
    for rel, pairs in pg.RELS.items():
        ddl.append(f"CREATE REL TABLE {rel}({', '.join(f'FROM {a} TO {b}' for a, b in pairs)})")
    return ddl


def _build(store: Any, db_path: Path, work: Path, progress: Callable[[str], None] | None) -> None:
    import ladybug

    db = ladybug.Database(str(db_path))
    conn = ladybug.Connection(db)
    try:
        for stmt in _schema_ddl():
            conn.execute(stmt)
        for label, props in pg.NODES.items():
            if progress:
                progress(label)
            names = [p for p, t in props]
            lists = [p for p, t in props if t.endswith("[]")]
            if lists:  # lists do not survive CSV with arbitrary text: create these nodes with parameters
                rows = list(pg.node_rows(store, label))
                for i in range(0, len(rows), 5000):
                    sets = ", ".join(f"{p}: r.{p}" for p in names)
                    conn.execute(f"UNWIND $rows AS r CREATE (:{label} {{{sets}}})",
                                 {"rows": [_typed_row(r, props) for r in rows[i:i + 5000]]})
                continue
            f = work / f"{label}.csv"
            n = _write_csv(f, ([r[p] for p in names] for r in pg.node_rows(store, label)))
            if n:
                conn.execute(f"COPY {label} FROM '{f}' (HEADER=false, PARALLEL=false)")
        for rel, pairs in pg.RELS.items():
            if progress:
                progress(rel)
            for a, b in pairs:
                f = work / f"{rel}-{a}-{b}.csv"
                n = _write_csv(f, ((x, y) for x, y, la, lb in pg.rel_rows(store, rel) if la == a and lb == b))
                if n:
                    opts = f", from='{a}', to='{b}'" if len(pairs) > 1 else ""
                    conn.execute(f"COPY {rel} FROM '{f}' (HEADER=false, PARALLEL=false{opts})")
    finally:
        conn.close()
        db.close()


def _typed_row(r: dict[str, Any], props: list[tuple[str, str]]) -> dict[str, Any]:
    return {p: (list(r[p]) if t.endswith("[]") and r.get(p) is not None else r.get(p)) for p, t in props}


@contextmanager
def _lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def ladybug_view(store: Any, location: str | Path | None = None, *,
                 progress: Callable[[str], None] | None = None) -> Path:
    """The embedded Ladybug database of the store's graph (``<store>.ladybug/graph.lbdb``), rebuilt when stale.

    A rebuild writes a fresh directory and then replaces the old one. Returns the
    database file.
    """
    if store.path == ":memory:" and location is None:
        raise ValueError("an in-memory store has no place beside it for an embedded view: pass location")
    loc = Path(location) if location is not None else Path(store.path + ".ladybug")
    key = _key(store)
    marker = loc / "diplograph-view.json"

    def fresh() -> bool:
        try:
            return json.loads(marker.read_text(encoding="utf-8")) == key
        except (OSError, ValueError):
            return False

    if fresh():
        return loc / "graph.lbdb"
    with _lock(loc.with_name(loc.name + ".lock")):
        if fresh():  # another process built it meanwhile
            return loc / "graph.lbdb"
        tmp = loc.with_name(f"{loc.name}.{os.getpid()}.{time.monotonic_ns()}.tmp")
        tmp.mkdir(parents=True)
        try:
            # COPY takes the file name inside the statement: use a temporary directory whose
            # path needs no quoting (TMPDIR could hold a quote; /tmp does not).
            base = tempfile.gettempdir()
            if "'" in base or "\\" in base:
                base = "/tmp"
            with tempfile.TemporaryDirectory(prefix="diplograph-csv-", dir=base) as work:
                _build(store, tmp / "graph.lbdb", Path(work), progress)
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
    return loc / "graph.lbdb"


class EmbeddedCypher:
    """A read-only connection to the embedded Ladybug database of a store (rebuilt first when stale).

    >>> with EmbeddedCypher(store) as g:                              # doctest: +SKIP
    ...     g.run("MATCH (e:Entity {id: $id}) RETURN e.name", {"id": "PRK"}).rows
    [['North Korea']]
    """

    def __init__(self, store: Any, location: str | Path | None = None) -> None:
        import ladybug

        path = ladybug_view(store, location)
        self._db = ladybug.Database(str(path), read_only=True)
        self._conn = ladybug.Connection(self._db)

    def run(self, query: str, params: Mapping[str, Any] | None = None) -> Result:
        """Run one Cypher query with parameters."""
        try:
            res = self._conn.execute(query, dict(params or {}))
        except RuntimeError as exc:
            raise CypherError(str(exc)) from None
        if isinstance(res, list):  # several statements: the last one answers
            res = res[-1]
        cols = res.get_column_names()
        rows = []
        while res.has_next():
            rows.append([normalize(v) for v in res.get_next()])
        res.close()
        return Result(cols, rows)

    def close(self) -> None:
        """Close the database."""
        self._conn.close()
        self._db.close()

    def __enter__(self) -> EmbeddedCypher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_embedded(store: Any, query: str, params: Mapping[str, Any] | None = None) -> Result:
    """Run one Cypher query on the embedded graph of ``store``."""
    with EmbeddedCypher(store) as g:
        return g.run(query, params)


def run_neo4j(driver: Any, query: str, params: Mapping[str, Any] | None = None, *, write: bool = False) -> Result:
    """Run one Cypher query on Neo4j (read-only unless ``write``)."""
    try:
        cols, rows = pg.run(driver, query, dict(params or {}), write=write)
    except pg.Neo4jError as exc:
        raise CypherError(str(exc)) from None
    return Result(cols, [[normalize(v) for v in r] for r in rows])
