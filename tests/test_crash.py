"""Atomicity: a large import killed with SIGKILL leaves only whole articles; a failing article leaves nothing."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplograph.graph.model import Article, Entity, Event, Evidence, Extraction
from diplograph.graph.store import Store, StoreError

STATES = ["USA", "RUS", "CHN", "PRK", "KOR", "JPN", "FRA", "DEU", "GBR", "IND", "PAK", "IRN", "ISR", "TUR", "EGY"]
CODES = ["010", "020", "036", "040", "042", "043", "051", "057", "111", "112", "130", "173", "190"]


def write_gdelt(path: Path, articles: int, rows_per_article: int) -> dict[str, set[str]]:
    """A GDELT 2.0 export with each article's rows together; returns {url: {locators}}."""
    expected: dict[str, set[str]] = {}
    day0 = dt.date(2010, 1, 1)
    gid = 500_000_000
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for a in range(articles):
            url = f"https://news.example.org/{a // 1000}/{a}.html"
            locs = expected[url] = set()
            for r in range(rows_per_article):
                gid += 1
                s1, s2 = STATES[(a + r) % len(STATES)], STATES[(a * 7 + r * 3 + 1) % len(STATES)]
                day = day0 + dt.timedelta(days=(a * 13 + r) % 3000)
                cols = [""] * 61
                cols[0] = str(gid)
                cols[1] = day.strftime("%Y%m%d")
                cols[5], cols[6], cols[7] = s1, s1, s1
                cols[15], cols[16], cols[17] = s2, s2, s2
                code = CODES[(a + r * 5) % len(CODES)]
                cols[25], cols[26], cols[27], cols[28] = "1", code, code, code[:2]
                cols[30] = "1.0"
                cols[51], cols[52] = "1", "France"
                cols[59] = "20150218230000"
                cols[60] = url
                fh.write("\t".join(cols) + "\n")
                locs.add(f"GLOBALEVENTID {gid}")
    return expected


def test_sigkill_midway_leaves_only_whole_articles(tmp_path):
    data = tmp_path / "big.export.CSV"
    expected = write_gdelt(data, articles=5000, rows_per_article=40)  # 200,000 rows
    db = tmp_path / "kg.db"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    proc = subprocess.Popen([sys.executable, "-m", "diplograph", "--db", str(db), "import", "gdelt", str(data)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        deadline = time.monotonic() + 240
        committed = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            if not db.exists():
                continue
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as c:
                    committed = c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                continue
            if committed:
                break
        assert proc.poll() is None, f"the import ended before it could be killed: {proc.stderr.read()!r}"
        assert committed, "no batch was committed in time"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL

    s = Store(db)  # reopening rebuilds any index the killed bulk load had dropped
    assert s.integrity_check() == "ok"
    indexes = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"events_dyad", "evidence_subject", "mentions_entity"} <= indexes
    stored: dict[str, set[str]] = {}
    for aid, loc in s.conn.execute("SELECT article_id, locator FROM evidence"):
        stored.setdefault(aid, set()).add(loc)
    articles = {a.id for a in s.articles()}
    print(f"killed after {len(articles)} of {len(expected)} articles were committed")
    assert 0 < len(articles) < len(expected), "killed midway: some but not all articles"
    assert set(stored) == articles
    for aid in articles:
        assert stored[aid] == expected[aid], f"{aid} is not whole"
    # no event without evidence, no evidence without its event
    assert s.conn.execute("SELECT COUNT(*) FROM events WHERE id NOT IN (SELECT subject FROM evidence)"
                          ).fetchone()[0] == 0
    assert s.conn.execute("SELECT COUNT(*) FROM evidence WHERE subject NOT IN (SELECT id FROM events)"
                          ).fetchone()[0] == 0

    # importing the same file again completes the store
    r = subprocess.run([sys.executable, "-m", "diplograph", "--db", str(db), "import", "gdelt", str(data)],
                       capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    assert Store(db).stats()["evidence"] == 200_000


def _article(aid: str, attributes: dict | None = None) -> Extraction:
    return Extraction(Article(aid, published="2015-01-01"),
                      entities=[Entity("person:x", "person", "X", state="PRK")],
                      events=[Event("042", "person:x", "RUS", when="2015-05", attributes=attributes or {},
                                    evidence=[Evidence(aid, f"{aid} says so", 0, 5)])])


def test_an_article_failing_halfway_is_rolled_back_alone(tmp_path):
    """An attribute JSON cannot carry fails after the article's first rows: the batch is replayed without it."""
    s = Store(tmp_path / "kg.db")
    with s.bulk(batch_events=1000, drop_indexes=True) as b:
        b.ingest(_article("a1"), mode="merge")
        b.ingest(_article("a2"), mode="merge")
        with pytest.raises(TypeError):
            b.ingest(_article("bad", {"not json": object()}), mode="merge")
        b.ingest(_article("a3"), mode="merge")
    assert [a.id for a in s.articles()] == ["a1", "a2", "a3"]
    ev = next(s.iter_events())
    assert ev.attributes["n_articles"] == 3
    assert sorted(x.article_id for x in s.evidence(ev.attributes["id"])) == ["a1", "a2", "a3"]
    assert s.conn.execute("SELECT COUNT(*) FROM mentions WHERE article_id = 'bad'").fetchone()[0] == 0
    assert s.integrity_check() == "ok"


def test_a_failing_replay_is_reported(tmp_path, monkeypatch):
    s = Store(tmp_path / "kg.db")
    with s.bulk(batch_events=1000) as b:
        b.ingest(_article("a1"))
        original = s._ingest_one

        def broken(ex, mode):
            if ex.article.id == "a1":
                raise RuntimeError("disk on fire")
            return original(ex, mode)

        monkeypatch.setattr(s, "_ingest_one", broken)
        with pytest.raises(StoreError, match="1 earlier articles"):
            b._replay()
        monkeypatch.setattr(s, "_ingest_one", original)
        b.ingest(_article("a2"))
    assert [a.id for a in s.articles()] == ["a2"]
