"""The parity suite: every question of examples/queries answered the same by all four engines.

Each Cypher query runs on the embedded graph (Ladybug) and on Neo4j; each SPARQL query
on the embedded RDF view (Oxigraph through rdflib) and on the Oxigraph server. The
answers must be equal (same columns, same rows, same order on the ORDER BY columns),
and the Cypher and SPARQL versions of one question must agree too. Once on the
example articles, once on the GDELT sample.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from graphdb_support import GDELT_SAMPLE, QUERIES, load_examples, load_gdelt, same_answer

from diplograph.graph import neo4j as pg
from diplograph.graph import rdf
from diplograph.queries import cypher, sparql

STEMS = sorted(p.stem for p in QUERIES.glob("*.cypher"))
GDELT_PARAMS = json.loads((QUERIES / "params-gdelt.json").read_text(encoding="utf-8"))


def test_the_suite_has_at_least_15_questions_each_in_both_languages():
    assert len(STEMS) >= 15
    for stem in STEMS:
        cq = cypher.read_query_file(QUERIES / f"{stem}.cypher")
        sq = cypher.read_query_file(QUERIES / f"{stem}.rq")
        assert cq.title and cq.title == sq.title, stem
        assert cq.params == sq.params, f"{stem}: the two files declare different parameters"
        assert cq.ordered_by == sq.ordered_by, stem
        assert ("ORDER BY" in cq.text) == bool(cq.ordered_by), f"{stem}: 'ordered by' header vs ORDER BY"
    assert set(GDELT_PARAMS) <= set(STEMS)


class Engines:
    """One dataset loaded into the four engines."""

    def __init__(self, store, driver, endpoint: rdf.Endpoint) -> None:
        self.store = store
        self.driver = driver
        self.endpoint = endpoint
        pg.push(store, driver)
        rdf.push_endpoint(store, endpoint)
        self.lb = cypher.EmbeddedCypher(store)
        self.ds = sparql.embedded_dataset(store)

    def answers(self, stem: str, params: dict | None = None) -> dict:
        cq = cypher.read_query_file(QUERIES / f"{stem}.cypher")
        sq = cypher.read_query_file(QUERIES / f"{stem}.rq")
        p = dict(cq.params, **(params or {}))
        return {
            "ordered_by": cq.ordered_by,
            "ladybug": self.lb.run(cq.text, p),
            "neo4j": cypher.run_neo4j(self.driver, cq.text, p),
            "oxigraph": sparql.run_embedded(self.store, sq.text, p, dataset=self.ds),
            "endpoint": sparql.run_endpoint(self.endpoint, sq.text, p),
        }

    def close(self) -> None:
        self.lb.close()


def _check(answers: dict, stem: str) -> int:
    order = answers["ordered_by"]
    for a, b in (("ladybug", "neo4j"), ("oxigraph", "endpoint"), ("ladybug", "oxigraph")):
        ok, why = same_answer(answers[a], answers[b], order)
        assert ok, f"{stem}: {a} vs {b}: {why}"
    return len(answers["ladybug"].rows)


@pytest.fixture(scope="module")
def examples(tmp_path_factory, neo4j_settings, sparql_endpoint):
    store = load_examples(tmp_path_factory.mktemp("parity") / "kg.db")
    driver = pg.connect(pg.Settings(neo4j_settings.uri, neo4j_settings.username, neo4j_settings.password))
    eng = Engines(store, driver, rdf.Endpoint(sparql_endpoint))
    yield eng
    eng.close()
    driver.close()


@pytest.mark.parametrize("stem", STEMS)
def test_parity_on_the_examples(examples, stem):
    _check(examples.answers(stem), stem)


def test_the_example_answers_are_not_empty(examples):
    """Parity of empty answers proves little: most questions must find something in the examples."""
    sizes = {stem: len(examples.answers(stem)["ladybug"].rows) for stem in STEMS}
    assert sum(1 for n in sizes.values() if n) >= len(STEMS) - 1, sizes


@pytest.fixture(scope="module")
def gdelt(tmp_path_factory, neo4j_settings, sparql_endpoint, shared_dir):
    if not GDELT_SAMPLE.exists():
        pytest.skip(f"{GDELT_SAMPLE} is absent")
    store = load_gdelt(tmp_path_factory.mktemp("parity-gdelt") / "kg.db")
    driver = pg.connect(pg.Settings(neo4j_settings.uri, neo4j_settings.username, neo4j_settings.password))
    eng = Engines(store, driver, rdf.Endpoint(sparql_endpoint))
    yield eng
    eng.close()
    driver.close()


@pytest.mark.parametrize("stem", STEMS)
def test_parity_on_the_gdelt_sample(gdelt, stem):
    _check(gdelt.answers(stem, GDELT_PARAMS.get(stem)), stem)


def test_the_gdelt_answers_are_not_empty(gdelt):
    sizes = {stem: len(gdelt.answers(stem, GDELT_PARAMS.get(stem))["ladybug"].rows) for stem in STEMS}
    # GDELT has no trend statements, no locations as entities and no changing reports.
    assert sum(1 for n in sizes.values() if n) >= len(STEMS) - 5, sizes


def test_query_files_run_from_the_cli_with_their_default_parameters(examples, tmp_path):
    from graphdb_support import cli

    f = QUERIES / "01-dyad-timeline.cypher"
    res = cli("--db", examples.store.path, "cypher", "-f", str(f), "--format", "json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert rows and {r["source_state"] for r in rows} <= {"PRK", "RUS"}
    res = cli("--db", examples.store.path, "sparql", "-f", str(Path(f).with_suffix(".rq")), "--format", "json",
              "--param", "a=ETH", "--param", "b=ERI")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert rows and {r["source_state"] for r in rows} <= {"ETH", "ERI"}
