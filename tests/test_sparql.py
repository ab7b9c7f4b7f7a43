"""SPARQL: parameters as data, read-only by default, the CLI, and pushing to a real Oxigraph server."""

from __future__ import annotations

import json

import pytest
from graphdb_support import cli, dump_embedded_rdf, dump_endpoint, load_examples

from diplograph.graph import rdf
from diplograph.graph.model import Article, Event, Evidence, Extraction
from diplograph.queries import sparql


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    return load_examples(tmp_path_factory.mktemp("sparql") / "kg.db")


# ---------------------------------------------------------------------------- parameters

@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { VALUES (?x) { (\"1\") } ?s ?p ?o }"),
    ("SELECT * { ?s ?p ?o }", "SELECT * { VALUES (?x) { (\"1\") } ?s ?p ?o }"),
    ("# where { is here\nSELECT ?s WHERE { ?s <http://x/{}> \"{\" }",
     "# where { is here\nSELECT ?s WHERE { VALUES (?x) { (\"1\") } ?s <http://x/{}> \"{\" }"),
    ("PREFIX a: <http://a#> CONSTRUCT { ?s a:p ?x } WHERE { ?s a:q ?x }",
     "PREFIX a: <http://a#> CONSTRUCT { ?s a:p ?x } WHERE { VALUES (?x) { (\"1\") } ?s a:q ?x }"),
    ("SELECT ?s WHERE { ?s ?p '''{ multi\nline }''' FILTER(?s < ?x) }",
     "SELECT ?s WHERE { VALUES (?x) { (\"1\") } ?s ?p '''{ multi\nline }''' FILTER(?s < ?x) }"),
    ("ASK { ?s dg:where ?o }", "ASK { VALUES (?x) { (\"1\") } ?s dg:where ?o }"),
])
def test_parameters_go_in_a_values_block_at_the_top_of_where(query, expected):
    assert sparql.bind_parameters(query, {"x": "1"}) == expected


def test_parameter_values_are_escaped_literals():
    evil = 'x" } ; DROP ALL ; SELECT * { "\n\\'
    q = sparql.bind_parameters("SELECT ?s WHERE { ?s ?p ?v }", {"v": evil, "n": 3, "f": 1.5, "b": True, "u": None})
    assert q == ('SELECT ?s WHERE { VALUES (?v ?n ?f ?b ?u) { ("x\\" } ; DROP ALL ; SELECT * { \\"\\n\\\\" '
                 f'"3"^^<{rdf.XSD}integer> "1.5"^^<{rdf.XSD}double> "true"^^<{rdf.XSD}boolean> UNDEF) }} ?s ?p ?v }}')
    with pytest.raises(sparql.QueryError, match="parameter name"):
        sparql.bind_parameters("SELECT * {}", {"a b": 1})
    with pytest.raises(sparql.QueryError, match="not list"):
        sparql.bind_parameters("SELECT * {}", {"a": [1]})
    with pytest.raises(sparql.QueryError, match="no WHERE"):
        sparql.bind_parameters("DESCRIBE <http://x>", {"a": 1})
    with pytest.raises(sparql.QueryError, match="not updates"):
        sparql.bind_parameters("DELETE WHERE { ?s ?p ?o }", {"a": 1})


def test_an_evil_parameter_matches_only_itself(examples):
    q = "SELECT ?id WHERE { ?e dg:id ?id . FILTER (?id = ?want) }"
    assert sparql.run_embedded(examples, q, {"want": "PRK"}).rows == [["PRK"]]
    assert sparql.run_embedded(examples, q, {"want": 'PRK" || true || "'}).rows == []


# ---------------------------------------------------------------------------- embedded

def test_embedded_select_ask_construct_and_types(examples):
    r = sparql.run_embedded(examples, """
        SELECT ?name ?n ?g ?lo WHERE { ?e dg:cameo "042" ; dg:source/rdfs:label ?name ; dg:nArticles ?n ;
        dg:goldstein ?g ; dg:earliest ?lo ; dg:target/dg:id "RUS" } ORDER BY ?name""")
    assert r.columns == ["name", "n", "g", "lo"]
    assert r.rows == [["Kim Jong-un", 2, 1.9, "2015-05-01"], ["Xi Jinping", 1, 1.9, "2015-05-01"]]
    assert sparql.run_embedded(examples, "ASK { ?x dg:id 'PRK' }").rows == [[True]]
    g = sparql.run_embedded(examples, "CONSTRUCT { ?s rdfs:label ?n } WHERE { ?s dg:id 'PRK' ; rdfs:label ?n }")
    assert g.rows == [[rdf.entity_iri("PRK"), rdf.RDFS + "label", "North Korea"]]


def test_embedded_is_read_only_unless_allowed(tmp_path):
    store = load_examples(tmp_path / "kg.db")
    with pytest.raises(sparql.QueryError, match="read-only"):
        sparql.run_embedded(store, "DELETE WHERE { ?s ?p ?o }")
    assert sparql.run_embedded(store, "ASK { ?s ?p ?o }").rows == [[True]]
    ins = "INSERT DATA { <urn:a> rdfs:comment 'checked' }"
    assert sparql.run_embedded(store, ins, allow_update=True).kind == "update"
    assert sparql.run_embedded(store, "ASK { <urn:a> rdfs:comment 'checked' }").rows == [[True]]


def test_syntax_errors_are_query_errors(examples):
    with pytest.raises(sparql.QueryError, match="syntax"):
        sparql.run_embedded(examples, "SELECT * WHERE { ?s ?p }")
    with pytest.raises(sparql.QueryError, match="not a SPARQL query"):
        sparql.run_embedded(examples, "hello")


# ---------------------------------------------------------------------------- CLI

def test_cli_formats_and_errors(examples, tmp_path):
    q = "SELECT ?id ?name WHERE { ?e dg:kind ?kind ; dg:id ?id ; rdfs:label ?name } ORDER BY ?id"
    res = cli("--db", examples.path, "sparql", q, "--param", "kind=person", "--format", "json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert rows[0] == {"id": "person:abiy-ahmed", "name": "Abiy Ahmed"} and len(rows) >= 5
    res = cli("--db", examples.path, "sparql", q, "--param", "kind=person", "--format", "csv")
    assert res.stdout.splitlines()[:2] == ["id,name", "person:abiy-ahmed,Abiy Ahmed"]
    res = cli("--db", examples.path, "sparql", q, "--param", "kind=person")  # piped: tab-separated
    assert res.stdout.splitlines()[:2] == ["id\tname", "person:abiy-ahmed\tAbiy Ahmed"]
    f = tmp_path / "bad.rq"
    f.write_text("SELECT *\nWHERE { ?s ?p ?o ?x }\n")
    res = cli("--db", examples.path, "sparql", "-f", str(f))
    assert res.returncode == 1 and res.stderr.startswith(f"error: {f}: SPARQL syntax error: error at ")
    assert int(res.stderr.split("error at ")[1].split(":")[0]) <= 3  # lines of the file, not of our prologue
    assert "Traceback" not in res.stderr
    res = cli("--db", examples.path, "sparql", "DROP ALL")
    assert res.returncode == 1 and "--allow-update" in res.stderr
    res = cli("--db", examples.path, "sparql", q, "--param", "novalue")
    assert res.returncode == 2 and "NAME=TEXT" in res.stderr
    res = cli("--db", examples.path, "sparql")
    assert res.returncode == 2
    res = cli("--db", str(tmp_path / "missing.db"), "sparql", "ASK {}")
    assert res.returncode == 1 and "no such store" in res.stderr


# ---------------------------------------------------------------------------- the server

def test_push_replaces_changed_graphs_only_and_deletes_retracted_ones(tmp_path, sparql_endpoint):
    store = load_examples(tmp_path / "kg.db")
    ep = rdf.Endpoint(sparql_endpoint)
    # A graph that is not ours must survive every push.
    ep.update("INSERT DATA { GRAPH <urn:someone-else> { <urn:x> <urn:p> 'kept' } }")
    first = rdf.push_endpoint(store, ep)
    assert first.written + first.unchanged == 4
    assert dump_endpoint(ep) == dump_embedded_rdf(store)
    again = rdf.push_endpoint(store, ep)
    assert (again.written, again.unchanged, again.deleted) == (0, 4, 0)

    store.retract("kim-moscow-cancelled-2015")
    res = rdf.push_endpoint(store, ep)
    assert res.deleted == 1
    assert 1 <= res.written <= 2  # kim-moscow-plans-2015 now describes the Kim visit event
    assert dump_endpoint(ep) == dump_embedded_rdf(store)
    store.ingest(Extraction(Article("late", published="2020-01-01", title="A late report"),
                            events=[Event("042", "USA", "CHN", when="2020", evidence=[Evidence("late", "x")])]))
    res = rdf.push_endpoint(store, ep)
    assert res.written == 1 and res.deleted == 0
    assert dump_endpoint(ep) == dump_embedded_rdf(store)
    assert ep.query("ASK { GRAPH <urn:someone-else> { <urn:x> <urn:p> 'kept' } }").find(b"true") > 0
    ep.update("DROP GRAPH <urn:someone-else>")


def test_cli_push_and_query_the_endpoint(tmp_path, sparql_endpoint):
    store = load_examples(tmp_path / "kg.db")
    res = cli("--db", store.path, "push", "sparql", "--endpoint", sparql_endpoint)
    assert res.returncode == 0, res.stderr
    assert "graphs written=" in res.stdout
    q = "SELECT ?name WHERE { ?e dg:id ?id ; rdfs:label ?name }"
    res = cli("sparql", "--endpoint", sparql_endpoint, q, "--param", "id=person:kim-jong-un", "--format", "json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == [{"name": "Kim Jong-un"}]
    res = cli("sparql", "--endpoint", sparql_endpoint, "SELECT * WHERE { ?s ?p }")
    assert res.returncode == 1 and "SPARQL error (endpoint): error at 1:" in res.stderr
    res = cli("sparql", "--endpoint", "http://127.0.0.1:9", "ASK {}")
    assert res.returncode == 1 and "127.0.0.1:9" in res.stderr and "Traceback" not in res.stderr
    res = cli("--db", store.path, "push", "sparql", "--endpoint", "ftp://nowhere")
    assert res.returncode == 2
