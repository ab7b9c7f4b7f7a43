"""Hostile text stays text, and credentials stay secret.

An article whose id, title, entity names, aliases and sentences carry Cypher, SPARQL
and HTML injection strings goes through `diplograph load`, both pushes, the four
query engines (through the CLI, as JSON, CSV and tab-separated text) and the RDF
exports, and comes back exactly as it went in, while the graph around it stays whole.
A wrong Neo4j password never shows, neither in the CLI's output nor in the driver's logs.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os

import pyoxigraph as ox
import pytest
from graphdb_support import cli, load_examples

from diplograph.graph import neo4j as pg
from diplograph.graph import rdf

HOSTILE = [
    "Kim \"Rocket\" O'Brien }",
    "'; MATCH (n) DETACH DELETE n //",
    "\"}) MATCH (n) DETACH DELETE n WITH 1 AS x MATCH (m {id: \"",
    "\" } } ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> <urn:z> } #",
    "?x } UNION { ?s ?p ?o",
    "<script>alert('x')</script>",
    "\"> <img src=x onerror=alert(1)> <",
    "line one\nline two\r\nthree\ttabbed",
    "Ünïcödé 北朝鮮 — «ok» 🎉 \u200b zero-width, \u202e rtl",
    "back\\slash \\n not a newline \\",
    "${jndi:ldap://x} {{7*7}} $param [bold]markup[/bold]",
]
ARTICLE = "hostile:'; MATCH (n) DETACH DELETE n // <script>\"}"
TITLE = " | ".join(HOSTILE)


def hostile_document() -> dict:
    entities = [{"id": f"person:hostile-{i}", "kind": "person", "name": name, "state": "PRK", "aliases": [name[::-1]]}
                for i, name in enumerate(HOSTILE)]
    entities.append({"id": "PRK", "kind": "state", "name": "North Korea", "state": "PRK"})
    events = [{"cameo": "042", "source": f"person:hostile-{i}", "target": "PRK", "when": "2015-05",
               "factuality": "planned", "evidence": {"text": name, "start": 0, "end": len(name), "rule": name}}
              for i, name in enumerate(HOSTILE)]
    return {"article": {"id": ARTICLE, "title": TITLE, "published": "2015-01-29", "url": "http://x.org/?q=<a>&b=\"c\"",
                        "publisher": HOSTILE[5]},
            "entities": entities, "events": events}


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory, neo4j_settings, sparql_endpoint):
    d = tmp_path_factory.mktemp("security")
    doc = d / "hostile.json"
    doc.write_text(json.dumps(hostile_document(), ensure_ascii=False), encoding="utf-8")
    db = str(d / "kg.db")
    load_examples(d / "kg.db").close()  # the innocent neighbours that must survive
    res = cli("--db", db, "load", str(doc))
    assert res.returncode == 0, res.stderr
    env = env_of(neo4j_settings)
    res = cli("--db", db, "push", "neo4j", env=env)
    assert res.returncode == 0, res.stderr
    res = cli("--db", db, "push", "sparql", "--endpoint", sparql_endpoint)
    assert res.returncode == 0, res.stderr
    return db


def env_of(settings, **over: str) -> dict[str, str]:
    env = dict(os.environ, NEO4J_URI=settings.uri, NEO4J_USERNAME=settings.username,
               NEO4J_PASSWORD=settings.password)
    env.update(over)
    return env


CYPHER = ("MATCH (x:Evidence)-[:SUPPORTS]->(e:Event)-[:SOURCE]->(p:Entity), (x)-[:DERIVED_FROM]->(a:Article)"
          " WHERE a.id = $article RETURN p.name AS name, p.aliases AS aliases, x.sentence AS sentence,"
          " x.rule AS rule, a.title AS title, a.id AS article ORDER BY p.id")
SPARQL = ("SELECT ?name ?sentence ?rule ?title ?article WHERE { ?x dg:supports ?e ; dg:sentence ?sentence ;"
          " dg:rule ?rule ; prov:wasDerivedFrom ?a . ?e dg:source ?p . ?p rdfs:label ?name ; dg:id ?pid ."
          " ?a dg:id ?article ; dg:title ?title } ORDER BY ?pid")


def _check_rows(rows: list[dict]) -> None:
    assert sorted(r["name"] for r in rows) == sorted(HOSTILE)
    for r in rows:
        assert r["sentence"] == r["name"] == r["rule"]
        assert r["title"] == TITLE and r["article"] == ARTICLE
        if "aliases" in r:
            assert r["aliases"] == [r["name"][::-1]]


@pytest.mark.parametrize("engine", ["embedded", "neo4j"])
def test_cypher_returns_the_hostile_text_exactly(hostile_store, neo4j_settings, engine):
    extra = ["--neo4j"] if engine == "neo4j" else []
    env = env_of(neo4j_settings)
    res = cli("--db", hostile_store, "cypher", *extra, CYPHER, "--param", f"article={ARTICLE}", "--format", "json",
              env=env)
    assert res.returncode == 0, res.stderr
    _check_rows(json.loads(res.stdout))
    # CSV parses back to the same text
    res = cli("--db", hostile_store, "cypher", *extra, CYPHER, "--param", f"article={ARTICLE}", "--format", "csv",
              env=env)
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert sorted(r["name"] for r in rows) == sorted(HOSTILE)
    # tab-separated text: one line per row, escapes undone give the text back
    res = cli("--db", hostile_store, "cypher", *extra, CYPHER, "--param", f"article={ARTICLE}", env=env)
    lines = res.stdout.splitlines()
    assert len(lines) == 1 + len(HOSTILE)
    names = sorted(_unescape(line.split("\t")[0]) for line in lines[1:])
    assert names == sorted(HOSTILE)
    # the hostile text as a parameter finds exactly its entity, and nothing was deleted
    for name in HOSTILE:
        res = cli("--db", hostile_store, "cypher", *extra, "MATCH (p:Entity) WHERE p.name = $n RETURN p.id AS id",
                  "--param", f"n={name}", "--format", "json", env=env)
        assert res.returncode == 0, res.stderr
        assert json.loads(res.stdout) == [{"id": f"person:hostile-{HOSTILE.index(name)}"}]
    res = cli("--db", hostile_store, "cypher", *extra, "MATCH (e:Event) RETURN count(*) AS n", "--format", "json",
              env=env)
    assert json.loads(res.stdout)[0]["n"] > len(HOSTILE)


def _unescape(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


@pytest.mark.parametrize("engine", ["embedded", "endpoint"])
def test_sparql_returns_the_hostile_text_exactly(hostile_store, sparql_endpoint, engine):
    extra = ["--endpoint", sparql_endpoint] if engine == "endpoint" else []
    res = cli("--db", hostile_store, "sparql", *extra, SPARQL, "--param", f"article={ARTICLE}", "--format", "json")
    assert res.returncode == 0, res.stderr
    _check_rows(json.loads(res.stdout))
    for name in HOSTILE:
        res = cli("--db", hostile_store, "sparql", *extra, "SELECT ?id WHERE { ?p rdfs:label ?n ; dg:id ?id }",
                  "--param", f"n={name}", "--format", "json")
        assert res.returncode == 0, res.stderr
        assert json.loads(res.stdout) == [{"id": f"person:hostile-{HOSTILE.index(name)}"}]
    res = cli("--db", hostile_store, "sparql", *extra, "SELECT (COUNT(*) AS ?n) WHERE { ?e a dg:Event }",
              "--format", "json")
    assert json.loads(res.stdout)[0]["n"] > len(HOSTILE)
    res = cli("--db", hostile_store, "sparql", *extra, "ASK { <urn:x> <urn:y> <urn:z> }", "--format", "json")
    assert json.loads(res.stdout) == [{"ask": False}]


def test_rdf_exports_carry_the_hostile_text_as_plain_literals(hostile_store):
    from diplograph.graph.store import Store

    store = Store(hostile_store)
    for fmt, oxfmt in (("turtle", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD),
                       ("nquads", ox.RdfFormat.N_QUADS), ("ntriples", ox.RdfFormat.N_TRIPLES)):
        buf = io.BytesIO()
        rdf.serialize(store, fmt, buf)
        quads = list(ox.parse(buf.getvalue(), format=oxfmt))
        labels = {q.object.value for q in quads if q.predicate.value == rdf.RDFS + "label"}
        assert set(HOSTILE) <= labels, fmt
        titles = {q.object.value for q in quads if q.predicate.value == rdf.NS + "title"}
        assert TITLE in titles, fmt
        assert not any(q.subject.value == "urn:x" for q in quads)


def test_no_password_in_output_or_logs(tmp_path, neo4j_settings, caplog):
    store = load_examples(tmp_path / "kg.db")
    wrong = "S3cret-Wrong-Password-0xDEADBEEF"
    # A user of its own: Neo4j locks a user out for a while after failed logins, and the tests
    # that follow must still log in as the real one.
    env = env_of(neo4j_settings, NEO4J_USERNAME="diplograph-test-nobody", NEO4J_PASSWORD=wrong)
    for args in (["--db", store.path, "push", "neo4j"], ["cypher", "--neo4j", "RETURN 1"],
                 ["cypher", "--neo4j", "MATCH (n) RETURN n LIMIT"]):
        res = cli(*args, env=env)
        assert res.returncode == 1, args
        assert wrong not in res.stdout and wrong not in res.stderr
        assert "refused the login" in res.stderr
    # With the right password, the driver's own debug log of a whole push names no password either.
    caplog.set_level(logging.DEBUG, logger="neo4j")
    driver = pg.connect(pg.Settings(neo4j_settings.uri, neo4j_settings.username, neo4j_settings.password))
    try:
        pg.push(store, driver)
    finally:
        driver.close()
    assert "HELLO" in caplog.text or "LOGON" in caplog.text  # the log did record the handshake
    assert neo4j_settings.password not in caplog.text
    with pytest.raises(pg.Neo4jError) as info:
        pg.connect(pg.Settings(neo4j_settings.uri, "diplograph-test-nobody", wrong))
    assert wrong not in str(info.value) and wrong not in repr(pg.Settings("bolt://x", "u", wrong))
    assert wrong not in caplog.text
