"""Pushing to a real Neo4j 5 server: constraints, idempotence, removals, and equality with the embedded views."""

from __future__ import annotations

import os

import pytest
from graphdb_support import (
    cli,
    dump_embedded_cypher,
    dump_embedded_rdf,
    dump_endpoint,
    dump_neo4j,
    load_examples,
)

from diplograph.graph import neo4j as pg
from diplograph.graph import rdf
from diplograph.graph.model import Article, Entity, Event, Evidence, Extraction
from diplograph.graph.store import Store
from diplograph.queries import cypher


@pytest.fixture
def driver(neo4j_settings):
    d = pg.connect(pg.Settings(neo4j_settings.uri, neo4j_settings.username, neo4j_settings.password))
    yield d
    d.close()


def env_of(settings) -> dict[str, str]:
    return dict(os.environ, NEO4J_URI=settings.uri, NEO4J_USERNAME=settings.username,
                NEO4J_PASSWORD=settings.password)


def test_push_creates_constraints_and_equals_the_embedded_graph(tmp_path, driver):
    store = load_examples(tmp_path / "kg.db")
    res = pg.push(store, driver)
    s = store.stats()
    assert res.written == {"Entity": s["entities"], "Article": s["articles"], "Event": s["events"],
                           "Relation": s["relations"], "Evidence": s["evidence"]}
    _cols, rows = pg.run(driver, "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type")
    unique = {(r[0][0], r[1][0]) for r in rows if r[2] == "UNIQUENESS"}
    assert {(label, "id") for label in pg.NODES} <= unique
    first = dump_neo4j(driver)
    assert first == dump_embedded_cypher(store)
    again = pg.push(store, driver)  # idempotent
    assert sum(again.deleted.values()) == 0
    assert dump_neo4j(driver) == first


def test_retract_and_push_again_both_servers_equal_the_embedded_views(tmp_path, driver, sparql_endpoint):
    store = load_examples(tmp_path / "kg.db")
    ep = rdf.Endpoint(sparql_endpoint)
    pg.push(store, driver)
    rdf.push_endpoint(store, ep)
    n_events = store.stats()["events"]

    res = store.retract("kim-moscow-plans-2015")
    assert res.events_removed > 0 and res.events_kept > 0
    pushed = pg.push(store, driver)
    assert pushed.deleted["Event"] == res.events_removed and pushed.deleted["Article"] == 1
    rdf.push_endpoint(store, ep)
    assert dump_neo4j(driver) == dump_embedded_cypher(store)
    assert dump_endpoint(ep) == dump_embedded_rdf(store)
    # the event both articles reported survives, back to what the remaining article says
    q = ("MATCH (e:Event)-[:SOURCE]->(:Entity {id: 'person:kim-jong-un'}), (e)-[:TARGET]->(:Entity {id: 'RUS'})"
         " RETURN e.factuality, e.n_articles")
    assert cypher.run_neo4j(driver, q).rows == [["negated", 1]]
    assert cypher.run_neo4j(driver, "MATCH (e:Event) RETURN count(*)").rows == [[n_events - res.events_removed]]


def test_relationships_whose_end_changed_are_replaced(tmp_path, driver):
    """An event keeps its id when re-reported with another location, or the other way round if symmetric."""
    store = Store(tmp_path / "kg.db")
    places = [Entity("place:hanoi", "place", "Hanoi", state="VNM"), Entity("place:seoul", "place", "Seoul", state="KOR")]

    def report(aid: str, src: str, tgt: str, place: str) -> Extraction:
        return Extraction(Article(aid, published="2019-02-28"), entities=places,
                          events=[Event("040", src, tgt, location=place, when="2019-02-28",
                                        evidence=[Evidence(aid, "met")])])

    store.ingest(report("a", "USA", "PRK", "place:hanoi"))
    pg.push(store, driver)
    store.retract("a")
    store.ingest(report("b", "PRK", "USA", "place:seoul"))  # same event key (040 is symmetric)
    pg.push(store, driver)
    assert dump_neo4j(driver) == dump_embedded_cypher(store)
    rows = cypher.run_neo4j(driver, "MATCH (e:Event)-[r]->(x:Entity) RETURN type(r), x.id ORDER BY type(r)").rows
    assert rows == [["LOCATION", "place:seoul"], ["SOURCE", "PRK"], ["TARGET", "USA"]]


def test_one_merge_per_row_gives_the_same_graph(tmp_path, driver):
    store = load_examples(tmp_path / "kg.db")
    pg.run(driver, "MATCH (n) WHERE n:Entity OR n:Event OR n:Relation OR n:Article OR n:Evidence DETACH DELETE n",
           write=True)
    pg.push(store, driver, per_row=True)
    per_row = dump_neo4j(driver)
    pg.push(store, driver, batch_size=7)
    assert dump_neo4j(driver) == per_row == dump_embedded_cypher(store)


def test_parallel_small_batches_into_an_empty_database_give_the_same_graph(tmp_path, driver):
    """The CREATE path (empty database), many batches, three transactions at a time."""
    store = load_examples(tmp_path / "kg.db")
    pg.run(driver, "MATCH (n) WHERE n:Entity OR n:Event OR n:Relation OR n:Article OR n:Evidence DETACH DELETE n",
           write=True)
    seen: dict[str, int] = {}
    res = pg.push(store, driver, batch_size=3, workers=3,
                  progress=lambda label, n: seen.__setitem__(label, seen.get(label, 0) + n))
    assert seen == res.written and res.written["Evidence"] == store.stats()["evidence"]
    assert dump_neo4j(driver) == dump_embedded_cypher(store)
    n_rels = cypher.run_neo4j(driver, "MATCH (:Evidence)-[x]->() RETURN count(x)").rows[0][0]
    assert n_rels == 2 * store.stats()["evidence"]  # SUPPORTS and DERIVED_FROM, each once
    assert sum(pg.push(store, driver, batch_size=3, workers=3).deleted.values()) == 0
    assert dump_neo4j(driver) == dump_embedded_cypher(store)


def test_cypher_on_neo4j_is_read_only_unless_allowed(tmp_path, driver, neo4j_settings):
    store = load_examples(tmp_path / "kg.db")
    pg.push(store, driver)
    env = env_of(neo4j_settings)
    res = cli("cypher", "--neo4j", "CREATE (:Scratch {id: 'x'})", env=env)
    assert res.returncode == 1 and "read access mode" in res.stderr
    res = cli("cypher", "--neo4j", "--allow-write", "CREATE (:DiplographTestScratch {id: $id}) RETURN 1 AS ok",
              "--param", "id=x", env=env)
    assert res.returncode == 0, res.stderr
    pg.run(driver, "MATCH (n:DiplographTestScratch) DELETE n", write=True)
    res = cli("cypher", "--neo4j", "MATCH (e:Entity {id: $id}) RETURN e.name AS name", "--param", "id=PRK",
              "--format", "json", env=env)
    assert res.returncode == 0 and '"name": "North Korea"' in res.stdout


def test_cli_push_neo4j(tmp_path, neo4j_settings):
    store = load_examples(tmp_path / "kg.db")
    res = cli("--db", store.path, "push", "neo4j", "--batch-size", "3", env=env_of(neo4j_settings))
    assert res.returncode == 0, res.stderr
    assert f"Event={store.stats()['events']}" in res.stdout and "events/s" in res.stdout


def test_clean_errors_without_credentials(tmp_path, neo4j_settings):
    store = load_examples(tmp_path / "kg.db")
    secret = "Wr0ng-Pa55word-that-must-never-be-printed"
    # A user of its own: Neo4j locks a user out for a while after failed logins.
    env = dict(env_of(neo4j_settings), NEO4J_USERNAME="diplograph-test-nobody", NEO4J_PASSWORD=secret)
    for args in (["--db", store.path, "push", "neo4j"], ["cypher", "--neo4j", "RETURN 1"]):
        res = cli(*args, env=env)
        assert res.returncode == 1
        assert "refused the login" in res.stderr and "Traceback" not in res.stderr
        assert secret not in res.stdout + res.stderr
    host = neo4j_settings.uri.split("://", 1)[1]
    env = dict(env_of(neo4j_settings), NEO4J_URI=f"bolt://diplograph-test-nobody:{secret}@{host}")
    res = cli("cypher", "--neo4j", "RETURN 1", env=env)
    assert secret not in res.stdout + res.stderr
    env = dict(env_of(neo4j_settings), NEO4J_URI="bolt://127.0.0.1:9", NEO4J_USERNAME="diplograph-test-nobody",
               NEO4J_PASSWORD=secret)
    res = cli("cypher", "--neo4j", "RETURN 1", env=env)
    assert res.returncode == 1 and "cannot reach Neo4j at bolt://127.0.0.1:9" in res.stderr
    assert secret not in res.stdout + res.stderr
    env = {k: v for k, v in env_of(neo4j_settings).items() if k != "NEO4J_URI"}
    res = cli("cypher", "--neo4j", "RETURN 1", env=env)
    assert res.returncode == 1 and "NEO4J_URI is not set" in res.stderr
