"""Embedded Cypher (Ladybug): the schema, rebuilt when stale, read-only, parameters as data, the CLI."""

from __future__ import annotations

import json

import pytest
from graphdb_support import QUERIES, cli, load_examples

from diplograph.graph import neo4j as pg
from diplograph.graph.model import Article, Entity, Event, Evidence, Extraction
from diplograph.queries import cypher


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    return load_examples(tmp_path_factory.mktemp("cypher") / "kg.db")


def test_the_embedded_schema_is_the_shared_schema(examples):
    with cypher.EmbeddedCypher(examples) as g:
        tables = {r[1]: r[2] for r in g.run("CALL show_tables() RETURN *").rows}
        assert {k for k, v in tables.items() if v == "NODE"} == set(pg.NODES)
        assert {k for k, v in tables.items() if v == "REL"} == set(pg.RELS)
        for label, props in pg.NODES.items():
            cols = [r[1] for r in g.run(f"CALL table_info('{label}') RETURN *").rows]
            assert cols == [p for p, _t in props], label
        counts = {label: g.run(f"MATCH (n:{label}) RETURN count(*)").rows[0][0] for label in pg.NODES}
    s = examples.stats()
    assert counts == {"Entity": s["entities"], "Article": s["articles"], "Event": s["events"],
                      "Relation": s["relations"], "Evidence": s["evidence"]}


def test_nodes_carry_the_store_values(examples):
    with cypher.EmbeddedCypher(examples) as g:
        r = g.run("MATCH (e:Event)-[:SOURCE]->(:Entity {id: $s}), (e)-[:TARGET]->(:Entity {id: 'RUS'}),"
                  " (e)-[:LOCATION]->(p:Entity) WHERE e.cameo = '042'"
                  " RETURN e.edtf, e.earliest, e.latest, e.precision, e.factuality, e.n_articles, e.goldstein,"
                  " e.cameo_name, e.quad_class, e.source_state, p.name", {"s": "person:kim-jong-un"})
        assert r.rows == [["2015-05", "2015-05-01", "2015-05-31", "month", "negated", 2, 1.9, "Make a visit", 1,
                           "PRK", "Moscow"]]
        r = g.run("MATCH (p:Entity {id: 'person:kim-jong-un'})-[:IN_STATE]->(s:Entity) RETURN s.id, s.wikidata,"
                  " s.iso2, p.aliases")
        assert r.rows[0][:3] == ["PRK", "Q423", "KP"] and "Kim Jong Un" in r.rows[0][3]
        r = g.run("MATCH (x:Evidence)-[:SUPPORTS]->(r:Relation {type: 'trend'})-[:SUBJECT]->(a:Entity),"
                  " (r)-[:OBJECT]->(b:Entity), (x)-[:DERIVED_FROM]->(art:Article)"
                  " WHERE r.label = 'freeze' RETURN a.id, b.id, r.polarity, r.edtf, art.id")
        assert r.rows == [["CHN", "PRK", "negative", "2014-01/2015-01", "kim-moscow-plans-2015"]]


def test_rebuilt_when_the_store_changes_and_only_then(tmp_path):
    store = load_examples(tmp_path / "kg.db")
    path = cypher.ladybug_view(store)
    assert path == tmp_path / "kg.db.ladybug" / "graph.lbdb"
    marker = path.parent / "diplograph-view.json"
    mtime = marker.stat().st_mtime_ns
    assert cypher.ladybug_view(store) == path and marker.stat().st_mtime_ns == mtime

    def n_events() -> int:
        return cypher.run_embedded(store, "MATCH (e:Event) RETURN count(*)").rows[0][0]

    before = n_events()
    store.retract("hanoi-no-deal-2019")
    assert n_events() < before
    store.ingest(Extraction(Article("new", published="2020-01-01"),
                            events=[Event("042", "USA", "CHN", when="2020", evidence=[Evidence("new", "x")])]))
    assert cypher.run_embedded(store, "MATCH (e:Event {edtf: '2020'}) RETURN e.source_state").rows == [["USA"]]
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob("*.old"))


def test_the_embedded_graph_is_read_only(examples):
    with pytest.raises(cypher.CypherError):
        cypher.run_embedded(examples, "CREATE (:Entity {id: 'x', kind: 'state', name: 'X'})")
    assert cypher.run_embedded(examples, "MATCH (e:Entity {id: 'x'}) RETURN e").rows == []


def test_parameters_are_data_not_code(examples):
    evil = "PRK'}) MATCH (n) DETACH DELETE n //"
    q = "MATCH (e:Entity) WHERE e.id = $id RETURN e.name"
    assert cypher.run_embedded(examples, q, {"id": "PRK"}).rows == [["North Korea"]]
    assert cypher.run_embedded(examples, q, {"id": evil}).rows == []
    assert cypher.run_embedded(examples, "MATCH (e:Event) WHERE e.n_articles >= $n RETURN count(*)",
                               {"n": 2}).rows == [[1]]


def test_unicode_and_quotes_survive_the_bulk_load(tmp_path):
    from diplograph.graph.store import Store

    names = ['He said "no", then \'yes\'', "line one\nline two\r\n", "北朝鮮 — «ok» 🎉", "back\\slash\\n", ",,,", ""]
    s = Store(tmp_path / "kg.db")
    ents = [Entity(f"person:p{i}", "person", n or "empty", state="PRK", aliases=(n,) if n else ())
            for i, n in enumerate(names)]
    s.ingest(Extraction(Article("a,\"b\"\nc", title=names[1], published="2015-01-01"), entities=ents,
                        events=[Event("042", e.id, "RUS", when="2015", evidence=[Evidence("a,\"b\"\nc", e.name, 0, 1)])
                                for e in ents]))
    with cypher.EmbeddedCypher(s) as g:
        got = g.run("MATCH (x:Evidence)-[:DERIVED_FROM]->(a:Article) RETURN x.sentence, a.id, a.title").rows
        assert sorted(r[0] for r in got) == sorted(n or "empty" for n in names)
        assert {(r[1], r[2]) for r in got} == {("a,\"b\"\nc", names[1])}
        aliases = g.run("MATCH (e:Entity {kind: 'person'}) RETURN e.id, e.aliases ORDER BY e.id").rows
        assert [a for _i, a in aliases] == [[n] if n else [] for n in names]


def test_read_query_file_reads_the_header(tmp_path):
    q = cypher.read_query_file(QUERIES / "01-dyad-timeline.cypher")
    assert q.title == "The timeline of a dyad" and q.params == {"a": "PRK", "b": "RUS"}
    assert q.ordered_by == ["earliest", "id"]
    bad = tmp_path / "bad.cypher"
    bad.write_text("// t\n// param a = 'single quotes'\nRETURN 1\n")
    with pytest.raises(ValueError, match=f"{bad}:2: bad parameter line"):
        cypher.read_query_file(bad)


def test_cli(examples, tmp_path):
    res = cli("--db", examples.path, "cypher", "MATCH (e:Entity {kind: $k}) RETURN e.id AS id ORDER BY id LIMIT 2",
              "--param", "k=person", "--format", "json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == [{"id": "person:abiy-ahmed"}, {"id": "person:dmitry-peskov"}]
    res = cli("--db", examples.path, "cypher", "MATCH (e:Event) WHERE e.n_articles >= $n RETURN count(*) AS n",
              "--param", "n:=2", "--format", "csv")
    assert res.stdout == "n\n1\n"
    res = cli("--db", examples.path, "cypher", "MATCH (n) RETURN n LIMIT")
    assert res.returncode == 1 and res.stderr.startswith("error: query: Parser exception")
    assert "Traceback" not in res.stderr
    res = cli("--db", examples.path, "cypher", "RETURN 1", "--allow-write")
    assert res.returncode == 2
    res = cli("--db", examples.path, "cypher", "RETURN 1", "--param", "n:={bad")
    assert res.returncode == 2 and "not a JSON value" in res.stderr
    res = cli("--db", examples.path, "cypher", "-f", str(QUERIES / "04-persons-of-a-state.cypher"),
              "--param", "state=ETH")
    assert res.returncode == 0 and res.stdout.splitlines()[1].startswith("person:abiy-ahmed\tAbiy Ahmed\t")


def test_comparable_rounds_before_it_compares_with_an_integer():
    """AVG/SUM may land a hair off an integer on one engine (-0.9999999999999998): that is -1."""
    from diplograph.queries.cypher import comparable

    assert comparable(-0.9999999999999998) == comparable(-1.0) == comparable(-1) == -1
    assert comparable(173.99999999999997) == 174
    assert comparable(2.0525000000000002) == comparable(2.0524999999999993) == 2.0525
    assert comparable(0.5) != comparable(0.50001)
