"""Extraction: stages on real sentences, the across-article planned -> negated story, bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.graph.model import Article
from diplograph.ingest.lexicon import tokenize, verb_forms
from diplograph.ingest.modality import factuality
from diplograph.ingest.pipeline import Pipeline, extract, registered

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXE = str(Path(sys.executable).with_name("diplograph"))


def _events(text: str, published: str):
    ex = extract(Article(id="t", text=text, published=published))
    states = {e.id: e.state for e in ex.entities}
    return ex, [(e.cameo, states.get(e.source, e.source), states.get(e.target, e.target),
                 e.when.edtf if e.when else None, e.factuality) for e in ex.events]


def test_modality_cues():
    assert factuality("Kim Jong-un will travel to".split(), []) == "planned"
    assert factuality("Kim , who has yet to make".split(), []) == "negated"
    assert factuality("Xi and Kim could have their first-ever face-to-face".split(), []) == "possible"
    assert factuality("Maduro was not able to attend".split(), []) == "negated"
    assert factuality("Canada has".split(), []) == "occurred"


def test_lexicon_forms_and_tokens():
    assert {"expelled", "expels", "expelling"} <= set(verb_forms("expel"))
    assert "met" in verb_forms("meet")
    assert [t.norm for t in tokenize("U.S. sanctions won't")] == ["u.s.", "sanctions", "wo", "not"]


def test_registry_has_default_stages():
    assert {"sentences", "actors", "timex", "events", "trends", "dedupe"} <= set(registered())
    with pytest.raises(ValueError, match="unknown pipeline stage"):
        Pipeline(["sentences", "no-such-stage"])


def test_visit_planned_with_person_source_and_place():
    ex, evs = _events("North Korean leader Kim Jong-un will travel to Moscow in May 2015.", "2015-01-29")
    visit = [e for e in ex.events if e.cameo == "042"]
    assert visit and visit[0].source == "person:kim-jong-un" and visit[0].target == "RUS"
    assert visit[0].location == "place:moscow" and visit[0].when.edtf == "2015-05"
    assert visit[0].factuality == "planned"


def test_expulsion_accusation_and_apposition_person():
    ex, evs = _events("Canada has expelled a senior Indian diplomat hours after Prime Minister Justin Trudeau "
                      "accused the Indian government of being involved in the murder.", "2023-09-18")
    codes = {(c[:2], s, t) for c, s, t, _, _ in evs}
    assert ("16", "CAN", "IND") in codes and ("11", "CAN", "IND") in codes


def test_apposition_person_gets_state_and_role():
    ex, _ = _events("Dmitry Peskov, the Russian presidential spokesman, said Kim Jong-un will visit Russia.",
                    "2015-01-29")
    peskov = [e for e in ex.entities if e.kind == "person" and "Peskov" in e.name]
    assert peskov and peskov[0].state == "RUS" and peskov[0].roles


def test_trend_polarity_and_time():
    ex, _ = _events("Over the past year, relations between China and North Korea have declined.", "2015-01-29")
    tr = [r for r in ex.relations if r.type == "trend"]
    assert tr and {tr[0].a, tr[0].b} == {"CHN", "PRK"} and tr[0].attributes["polarity"] == "negative"
    assert tr[0].when.edtf.startswith("2014")
    ex, _ = _events("North Korea has grown closer to Russia.", "2015-01-29")
    assert [r.attributes["polarity"] for r in ex.relations] == ["positive"]


def test_planned_then_negated_across_articles(tmp_path):
    db = tmp_path / "g.db"
    env = dict(os.environ, DIPLOGRAPH_DB=str(db))
    arts = [str(ROOT / "examples/articles/kim-moscow-plans-2015.txt"),
            str(ROOT / "examples/articles/kim-moscow-cancelled-2015.txt")]
    res = subprocess.run([EXE, "ingest", *arts], capture_output=True, text=True, env=env)
    assert res.returncode == 0, res.stderr
    con = sqlite3.connect(db)
    rows = con.execute("SELECT id, factuality FROM events WHERE cameo='042' AND source='person:kim-jong-un' "
                       "AND target='RUS' AND when_edtf='2015-05'").fetchall()
    assert len(rows) == 1
    ev = con.execute("SELECT article_id, factuality FROM evidence WHERE subject=? ORDER BY published",
                     (rows[0][0],)).fetchall()
    facts = [f for _, f in ev]
    assert "planned" in facts and facts[-1] == "negated"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_random_unicode_never_raises(text):
    extract(Article(id="h", text=text, published=dt.date(2020, 1, 1)))


def test_long_article_is_bounded():
    text = "Russia accused Ukraine of shelling the town on Monday. " * 10_000
    ex = extract(Article(id="long", text=text, published="2022-03-01"))
    assert len(ex.events) < 50      # repeats merge into one real-world event


def _run(*args, **kw):
    return subprocess.run([EXE, *args], capture_output=True, text=True, **kw)


def test_cli_bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "bin.dat"
    binary.write_bytes(bytes(range(256)) * 20)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 \xff\xfe Russia accused Ukraine.")
    nobody = tmp_path / "nobody.html"
    nobody.write_text("<html><head><title>x</title></head></html>")
    notext = tmp_path / "rec.json"
    notext.write_text(json.dumps({"id": "r1", "title": "no text"}))
    for p in (empty, binary, nobody, notext):
        r = _run("extract", str(p), "--format", "json")
        assert r.returncode in (0, 1), r.stderr
        assert "Traceback" not in r.stderr
        if r.returncode == 1:
            assert p.name in r.stderr
    r = _run("extract", str(bad), "--format", "json")
    assert "Traceback" not in r.stderr
    r = _run("extract", str(tmp_path / "missing.txt"))
    assert r.returncode != 0 and "missing.txt" in r.stderr and "Traceback" not in r.stderr
    r = _run("extract", str(empty), "--published", "yesterday")
    assert r.returncode == 2


def test_dev_scores_meet_targets():
    dev = SHARED / "eval" / "dev"
    if not dev.is_dir():
        pytest.skip("../shared/eval/dev is absent (the shared evaluation set lives beside the repository)")
    r = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(dev), "--quiet", "--cmd",
                        f"{EXE} extract {{text}} --published {{published}} --id {{id}} --format json"],
                       capture_output=True, text=True, cwd=ROOT)
    summary = json.loads(r.stdout.strip().splitlines()[-1])
    assert summary["failed"] == 0
    assert summary["states"]["f1"] >= 0.95
    assert summary["persons"]["f1"] >= 0.90
    # Targets of issue 5 are events F1 >= 0.90 and full >= 0.80; the floor here guards progress.
    assert summary["events"]["f1"] >= 0.90
    assert summary["events"]["p"] >= 0.90
    assert summary["events_full"]["f1"] >= 0.85
    assert summary["trends"]["f1"] >= 0.85
