"""The embedded store: atomic, idempotent ingest; merging reports; retraction; bulk loading."""

from __future__ import annotations

import json
import sqlite3

import pytest

from diplograph.graph.contract import from_contract, read_documents, to_contract
from diplograph.graph.model import Article, Entity, Event, Evidence, Extraction, Relation
from diplograph.graph.store import Store


def kim_visit(article_id: str, published: str, factuality: str, sentence: str) -> Extraction:
    """One article reporting Kim Jong-un's visit to Russia in May 2015."""
    kim = Entity.make("person", "Kim Jong-un", state="PRK", aliases=("Kim",), roles=("supreme leader",))
    ev = Event("042", kim.id, "RUS", location="place:moscow", when="2015-05", factuality=factuality,
               evidence=[Evidence(article_id, sentence, 0, len(sentence), "test")])
    return Extraction(
        Article(article_id, title=f"report {article_id}", published=published, text=sentence),
        entities=[kim, Entity("RUS", "state", "Russia"), Entity("place:moscow", "place", "Moscow", state="RUS")],
        events=[ev],
    )


def dump(store: Store) -> dict:
    """Everything in the store, in a stable order, for before/after comparisons."""
    c = store.conn
    return {t: c.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in ("articles", "entities", "mentions", "events", "relations", "evidence")}


def test_same_article_twice_changes_nothing(tmp_path):
    s = Store(tmp_path / "kg.db")
    ex = kim_visit("a1", "2015-01-29", "planned", "Kim will travel to Moscow in May.")
    assert s.ingest(ex).status == "added"
    before, version = dump(s), s.version
    assert s.ingest(ex).status == "unchanged"
    assert dump(s) == before
    assert s.version == version


def test_one_event_two_reports_keeps_history_and_latest_factuality(tmp_path):
    s = Store(tmp_path / "kg.db")
    s.ingest(kim_visit("a2", "2015-04-30", "negated", "The Kremlin said Kim will not come."))
    s.ingest(kim_visit("a1", "2015-01-29", "planned", "Kim will travel to Moscow in May."))
    events = list(s.iter_events())
    assert len(events) == 1
    ev = events[0]
    assert ev.factuality == "negated"  # the later report wins, whatever the order of ingest
    assert ev.attributes["n_articles"] == 2
    assert ev.attributes["source_state"] == "PRK"
    history = s.evidence(ev.attributes["id"])
    assert [(h.article_id, h.factuality) for h in history] == [("a1", "planned"), ("a2", "negated")]


def test_retract_removes_only_what_the_article_alone_supported(tmp_path):
    s = Store(tmp_path / "kg.db")
    s.ingest(kim_visit("a1", "2015-01-29", "planned", "Kim will travel to Moscow in May."))
    s.ingest(kim_visit("a2", "2015-04-30", "negated", "The Kremlin said Kim will not come."))
    lonely = Extraction(Article("a3", published="2015-02-01"),
                        events=[Event("057", "CHN", "PRK", when="2015-02", evidence=[Evidence("a3", "x", 0, 1)])],
                        relations=[Relation("trend", "PRK", "CHN", when="2014/2015-01",
                                            attributes={"polarity": "negative", "label": "freeze"},
                                            evidence=[Evidence("a3", "y", 2, 3)])])
    s.ingest(lonely)
    assert s.stats()["events"] == 2

    res = s.retract("a3")
    assert (res.events_removed, res.relations_removed) == (1, 1)
    assert s.entity("CHN") is None  # only a3 mentioned China
    assert s.entity("PRK") is None
    assert s.stats()["events"] == 1

    res = s.retract("a2")
    assert res.events_kept == 1
    ev = next(s.iter_events())
    assert ev.factuality == "planned"  # back to what the remaining article says
    assert ev.attributes["n_articles"] == 1
    assert [e.article_id for e in s.evidence(ev.attributes["id"])] == ["a1"]
    with pytest.raises(KeyError):
        s.retract("a2")


def test_changed_article_replaces_what_it_said(tmp_path):
    s = Store(tmp_path / "kg.db")
    s.ingest(kim_visit("a1", "2015-01-29", "planned", "Kim will travel to Moscow in May."))
    res = s.ingest(kim_visit("a1", "2015-01-29", "possible", "Kim may travel to Moscow in May."))
    assert res.status == "updated"
    ev = next(s.iter_events())
    assert ev.factuality == "possible"
    assert len(s.evidence(ev.attributes["id"])) == 1


def test_a_failing_article_leaves_nothing_behind(tmp_path):
    s = Store(tmp_path / "kg.db")
    bad = Extraction(Article("bad"), events=[Event("042", "person:nobody", "RUS")])
    with pytest.raises(ValueError, match="person:nobody"):
        s.ingest(bad)
    assert s.stats()["articles"] == 0 and s.stats()["entities"] == 0


def test_bulk_rolls_back_one_bad_article_and_keeps_the_rest(tmp_path):
    s = Store(tmp_path / "kg.db")
    with s.bulk(batch_events=2, drop_indexes=True) as b:
        b.ingest(kim_visit("a1", "2015-01-29", "planned", "one"))
        with pytest.raises(ValueError):
            b.ingest(Extraction(Article("bad"), events=[Event("042", "person:nobody", "RUS")]))
        b.ingest(kim_visit("a2", "2015-04-30", "negated", "two"))
    assert [a.id for a in s.articles()] == ["a1", "a2"]
    names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"events_dyad", "evidence_subject", "mentions_entity"} <= names  # rebuilt after the load
    assert s.integrity_check() == "ok"


def test_merge_mode_adds_rows_without_replacing(tmp_path):
    s = Store(tmp_path / "kg.db")

    def rows(*ids):
        return Extraction(Article("http://example.org/a", published="2015-02-18"),
                          events=[Event("042", "USA", "CHN", when="2015-02-18",
                                        evidence=[Evidence("http://example.org/a", f"row {i}", locator=f"row {i}")])
                                  for i in ids])

    assert s.ingest(rows(1, 2), mode="merge").status == "added"
    assert s.ingest(rows(2, 3), mode="merge").status == "merged"
    assert s.ingest(rows(1, 3), mode="merge").status == "unchanged"
    ev = next(s.iter_events())
    assert ev.attributes["n_articles"] == 1
    assert [e.locator for e in s.evidence(ev.attributes["id"])] == ["row 1", "row 2", "row 3"]


def test_contract_round_trip_and_clear_errors(tmp_path):
    ex = kim_visit("a1", "2015-01-29", "planned", "Kim will travel to Moscow in May.")
    doc = to_contract(ex)
    back = from_contract(json.loads(json.dumps(doc)))
    assert back.events[0].key == ex.events[0].key
    assert back.events[0].evidence[0].text == "Kim will travel to Moscow in May."

    f = tmp_path / "docs.jsonl"
    broken = dict(doc, events=[dict(doc["events"][0], cameo="9x9")])
    f.write_text("\n".join([json.dumps(doc), "{not json", json.dumps(broken), "",
                            json.dumps({"entities": []})]) + "\n", encoding="utf-8")
    items = list(read_documents(f))
    errors = [str(i) for i in items if not isinstance(i, Extraction)]
    assert sum(isinstance(i, Extraction) for i in items) == 1
    assert errors[0].startswith(f"{f}:2: invalid JSON")
    assert errors[1] == f"{f}:3: events[0].cameo: '9x9' is not a CAMEO code"
    assert errors[2] == f"{f}:5: article: missing"


@pytest.mark.parametrize("content,message", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary", "binary file (NUL bytes), expected JSON or JSONL text"),
    (b'{"article": {"id": "\xff"}}', "invalid UTF-8 at byte 20"),
])
def test_unreadable_documents_are_named(tmp_path, content, message):
    f = tmp_path / "doc.json"
    f.write_bytes(content)
    (err,) = list(read_documents(f))
    assert str(err) == f"{f}: {message}"


def test_reader_and_writer_at_once(tmp_path):
    path = tmp_path / "kg.db"
    w = Store(path)
    w.ingest(kim_visit("a1", "2015-01-29", "planned", "one"))
    r = Store(path, readonly=True)
    with w.bulk(batch_events=10**6) as b:  # a long write transaction stays open ...
        b.ingest(kim_visit("a2", "2015-04-30", "negated", "two"))
        assert r.stats()["articles"] == 1  # ... and the reader sees the last committed state
    assert r.stats()["articles"] == 2
    with pytest.raises(sqlite3.OperationalError):
        r.conn.execute("DELETE FROM articles")
