"""The store commands end to end: load/import/export exit codes and messages, bad usage, bad documents."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.graph.contract import to_contract
from diplograph.graph.model import Article, Entity, Event, Evidence, Extraction
from diplograph.graph.store import Store


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def doc(article_id: str) -> dict:
    kim = Entity.make("person", "Kim Jong-un", state="PRK")
    ex = Extraction(Article(article_id, title="Kim to visit", published="2015-01-29"), entities=[kim],
                    events=[Event("042", kim.id, "RUS", when="2015-05", factuality="planned",
                                  evidence=[Evidence(article_id, "Kim will visit Moscow.", 0, 22)])])
    return to_contract(ex)


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "kg.db")
    f = tmp_path / "one.json"
    f.write_text(json.dumps(doc("a1")), encoding="utf-8")
    assert run("--db", path, "load", str(f)).exit_code == 0
    return path


@pytest.mark.parametrize("args,message", [
    (["export", "--format", "svg"], "Invalid value for '--format'"),
    (["export", "--format", "json", "--from", "2016", "--to", "2015"], "--from 2016 is after --to 2015"),
    (["export", "--format", "json", "--from", "yesterday"], "--from 'yesterday' is not a date"),
    (["export", "--format", "json", "--actor", "person:nobody"], "--actor 'person:nobody': no such entity"),
    (["export", "--format", "csv"], "give -o DIR or -o FILE.zip"),
    (["import", "gdelt"], "Missing argument"),
    (["import", "acled", "x.csv"], "'acled' is not one of 'gdelt', 'icews'"),
])
def test_bad_usage_exits_2_with_a_clear_message(db, args, message):
    r = run("--db", db, *args)
    assert r.exit_code == 2, r.output
    assert message in r.stderr
    assert "Traceback" not in r.output


def test_export_needs_a_store(tmp_path):
    r = run("--db", str(tmp_path / "missing.db"), "export", "--format", "json")
    assert r.exit_code == 1 and "no such store" in r.stderr


def test_export_to_stdout_and_to_a_file(db, tmp_path):
    r = run("--db", db, "export", "--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert {n["id"] for n in data["nodes"]} == {"person:kim-jong-un", "RUS"}
    assert "exported 2 nodes, 1 edges" in r.stderr
    out = tmp_path / "g.gexf"
    r = run("--db", db, "export", "--format", "gexf", "-o", str(out), "--actor", "RUS", "--from", "2015")
    assert r.exit_code == 0 and out.read_bytes().startswith(b"<?xml")
    r = run("--db", db, "export", "--format", "csv", "-o", str(tmp_path / "csv"))
    assert r.exit_code == 0 and (tmp_path / "csv" / "relationships.csv").exists()
    # an export that cannot be written is a failure (1), not bad usage
    r = run("--db", db, "export", "--format", "dot", "-o", str(tmp_path / "no" / "such" / "dir" / "g.dot"))
    assert r.exit_code == 1 and "cannot write" in r.stderr


def test_load_a_document_missing_fields_keeps_the_valid_ones(tmp_path):
    path = str(tmp_path / "kg.db")
    f = tmp_path / "docs.jsonl"
    broken = doc("a2")
    del broken["events"][0]["cameo"]
    no_article = {"entities": [], "events": []}
    f.write_text("\n".join(json.dumps(d) for d in (doc("a1"), broken, no_article, doc("a3"))) + "\n",
                 encoding="utf-8")
    r = run("--db", path, "load", str(f))
    assert r.exit_code == 1
    assert f"{f}:2: events[0].cameo: missing" in r.stderr
    assert f"{f}:3: article: missing" in r.stderr
    assert [a.id for a in Store(path).articles()] == ["a1", "a3"]


def test_load_unreadable_files(tmp_path):
    path = str(tmp_path / "kg.db")
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    bad_utf8 = tmp_path / "latin1.json"
    bad_utf8.write_bytes(json.dumps(doc("a1")).encode("utf-8").replace(b"Kim to visit", b"Kim \xe0 visit"))
    good = tmp_path / "good.json"
    good.write_text(json.dumps(doc("a9")), encoding="utf-8")
    r = run("--db", path, "load", str(empty), str(binary), str(bad_utf8))
    assert r.exit_code == 1
    assert f"{empty}: empty file" in r.stderr and f"{binary}: binary file" in r.stderr
    assert f"{bad_utf8}: invalid UTF-8" in r.stderr
    assert Store(path).stats()["articles"] == 0
    r = run("--db", path, "load", str(empty), str(good))
    assert r.exit_code == 1 and [a.id for a in Store(path).articles()] == ["a9"]


def test_import_report_and_retract_through_the_cli(tmp_path, shared_dir):
    sample = shared_dir / "benchmarks" / "icews_sample" / "events.2018.sample.tab"
    if not sample.exists():
        pytest.skip(f"{sample} is absent")
    path = str(tmp_path / "kg.db")
    r = run("--db", path, "import", "icews", str(sample))
    assert r.exit_code == 0, r.output
    assert "3705 rows" in r.stdout and "imported       2070" in r.stdout
    r = run("--db", path, "stats", "--format", "json")
    assert json.loads(r.stdout)["events"] == 2070
    r = run("--db", path, "retract", "icews:story:47400351")
    assert r.exit_code == 0 and "retracted icews:story:47400351" in r.stdout
    r = run("--db", path, "retract", "icews:story:47400351")
    assert r.exit_code == 1 and "no article" in r.stderr
