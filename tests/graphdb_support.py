"""Helpers for the graph database tests: example stores, whole-graph dumps of every engine, parity checks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from diplograph.graph import neo4j as pg
from diplograph.graph import rdf
from diplograph.graph.contract import read_documents
from diplograph.graph.model import Extraction
from diplograph.graph.store import Store
from diplograph.queries import cypher

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "extractions"
QUERIES = REPO / "examples" / "queries"
GDELT_SAMPLE = REPO.parent / "shared" / "benchmarks" / "gdelt_sample" / "20150218230000.export.CSV"
EXE = str(Path(sys.executable).with_name("diplograph"))


def load_examples(path: Path) -> Store:
    """A store holding every example extraction."""
    store = Store(path)
    for f in sorted(EXAMPLES.glob("*.json")):
        for item in read_documents(f):
            assert isinstance(item, Extraction), item
            store.ingest(item)
    assert store.stats()["events"] > 0
    return store


def load_gdelt(path: Path) -> Store:
    """A store holding the GDELT sample, loaded with `diplograph import gdelt`."""
    res = subprocess.run([EXE, "--db", str(path), "import", "gdelt", str(GDELT_SAMPLE)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    store = Store(path)
    assert store.stats()["events"] > 500  # 2,271 rows: 823 events once merged and the actorless skipped
    return store


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the diplograph command line (a real process); stdout and stderr decoded as UTF-8, line ends untouched."""
    res = subprocess.run([EXE, *args], capture_output=True, env=env)
    res.stdout = res.stdout.decode("utf-8")
    res.stderr = res.stderr.decode("utf-8")
    return res


# ---------------------------------------------------------------------------- property graph dumps

def dump_neo4j(driver: Any) -> dict[str, Any]:
    """Every diplograph node (label -> id -> properties) and relationship (type, from, to) in Neo4j."""
    nodes: dict[str, dict[str, Any]] = {}
    for label in pg.NODES:
        _cols, rows = pg.run(driver, f"MATCH (n:{label}) RETURN n.id, properties(n)")
        nodes[label] = {i: cypher.comparable(p) for i, p in rows}
    rels = set()
    for rel, pairs in pg.RELS.items():
        for a, b in pairs:
            _cols, rows = pg.run(driver, f"MATCH (x:{a})-[:{rel}]->(y:{b}) RETURN x.id, y.id")
            rels.update((rel, x, y) for x, y in rows)
    return {"nodes": nodes, "rels": rels}


def dump_embedded_cypher(store: Store) -> dict[str, Any]:
    """The same dump from the embedded Ladybug database."""
    nodes: dict[str, dict[str, Any]] = {}
    with cypher.EmbeddedCypher(store) as g:
        for label in pg.NODES:
            rows = g.run(f"MATCH (n:{label}) RETURN n").rows
            nodes[label] = {}
            for (n,) in rows:
                props = {k: v for k, v in n.items() if k != "_label"}
                nodes[label][props["id"]] = cypher.comparable(props)
        rels = set()
        for rel, pairs in pg.RELS.items():
            for a, b in pairs:
                rows = g.run(f"MATCH (x:{a})-[:{rel}]->(y:{b}) RETURN x.id, y.id").rows
                rels.update((rel, x, y) for x, y in rows)
    return {"nodes": nodes, "rels": rels}


# ---------------------------------------------------------------------------- RDF dumps

def _term(b: dict[str, str]) -> str:
    if b["type"] == "uri":
        return f"<{b['value']}>"
    if b["type"] == "bnode":
        return "_:" + b["value"]
    dt = b.get("datatype", rdf.XSD + "string")
    if "xml:lang" in b:
        return json.dumps(b["value"], ensure_ascii=False) + "@" + b["xml:lang"]
    return json.dumps(b["value"], ensure_ascii=False) + f"^^<{dt}>"


_DUMP = f'SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{rdf.GRAPH}")) }}'


def dump_endpoint(endpoint: rdf.Endpoint) -> set[tuple[str, str, str, str]]:
    """Every quad of the diplograph graphs on a SPARQL endpoint."""
    data = json.loads(endpoint.query(_DUMP))
    return {tuple(_term(b[v]) for v in ("g", "s", "p", "o")) for b in data["results"]["bindings"]}


def dump_embedded_rdf(store: Store) -> set[tuple[str, str, str, str]]:
    """Every quad of the embedded Oxigraph view (rebuilt first if stale)."""
    import pyoxigraph as ox

    st = ox.Store.read_only(str(rdf.oxigraph_view(store)))
    out = set()
    for sol in st.query(_DUMP):
        out.add(tuple(_ox_term(sol[v]) for v in ("g", "s", "p", "o")))
    return out


def _ox_term(t: Any) -> str:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return f"<{t.value}>"
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    if t.language:
        return json.dumps(t.value, ensure_ascii=False) + "@" + t.language
    return json.dumps(t.value, ensure_ascii=False) + f"^^<{t.datatype.value}>"


# ---------------------------------------------------------------------------- answers

def rows_of(result: Any) -> list[list[Any]]:
    """Rows with comparable values (floats to 9 significant digits, Decimals as numbers)."""
    return [[cypher.comparable(v) for v in r] for r in result.rows]


def same_answer(a: Any, b: Any, ordered_by: list[str]) -> tuple[bool, str]:
    """Whether two results agree: the same columns, the same multiset of rows, and the same
    sequence of the ordering columns (ties may come in any order). Returns (ok, why not)."""
    if list(a.columns) != list(b.columns):
        return False, f"columns differ: {a.columns} vs {b.columns}"
    ra, rb = rows_of(a), rows_of(b)
    key = lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False)  # noqa: E731
    if sorted(map(key, ra)) != sorted(map(key, rb)):
        only_a = sorted(set(map(key, ra)) - set(map(key, rb)))[:5]
        only_b = sorted(set(map(key, rb)) - set(map(key, ra)))[:5]
        return False, f"rows differ ({len(ra)} vs {len(rb)}); only in the first: {only_a}; only in the second: {only_b}"
    if ordered_by:
        idx = [a.columns.index(c) for c in ordered_by]
        sa = [[r[i] for i in idx] for r in ra]
        sb = [[r[i] for i in idx] for r in rb]
        if sa != sb:
            return False, f"order differs on {ordered_by}: {sa[:5]} vs {sb[:5]}"
    return True, ""
