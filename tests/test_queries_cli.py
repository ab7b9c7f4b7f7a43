"""The query commands: output, and bad input (clear messages, exit 1 or 2, no traceback)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from queries_data import DATA

from diplograph.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "kg.db"
    r = CliRunner().invoke(main, ["--db", str(path), "load", *map(str, sorted(DATA.glob("*.json")))])
    assert r.exit_code == 0, r.output
    return str(path)


def run(db, *args):
    r = CliRunner().invoke(main, ["--db", db, *args])
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in r.output
    return r


def test_timeline_table_and_json(db):
    r = run(db, "timeline", "CHN", "PRK")
    assert r.exit_code == 0
    assert "trend: freeze (negative)" in r.stdout and "Xi Jinping → Kim Jong-un (in Moscow)" in r.stdout
    doc = json.loads(run(db, "timeline", "China", "North Korean", "--format", "json", "--to", "2015").stdout)
    assert [e["when_label"] for e in doc["entries"]] == ["January 2014 – January 2015", "May 2015"]


def test_as_of_before_and_after_the_visit_was_called_off(db):
    before = json.loads(run(db, "timeline", "Kim Jong-un", "Russia", "--as-of", "2015-04-29",
                            "--format", "json").stdout)
    after = json.loads(run(db, "timeline", "Kim Jong-un", "Russia", "--as-of", "2015-04-30",
                           "--format", "json").stdout)
    assert [e["factuality"] for e in before["entries"]] == ["planned"]
    assert [e["factuality"] for e in after["entries"]] == ["negated"]


def test_path_trend_show(db, tmp_path):
    r = run(db, "path", "Kim Jong-un", "Xi Jinping", "--at", "2015-05", "--via", "042")
    assert r.exit_code == 0
    assert "Kim Jong-un  → Make a visit (negated), May 2015, in Moscow →  Russia" in r.stdout
    assert "Russia       ← Make a visit (planned), May 2015, in Moscow ←  Xi Jinping" in r.stdout
    png = tmp_path / "t.png"
    r = run(db, "trend", "CHN", "PRK", "--by", "year", "--plot", str(png), "--format", "csv")
    assert r.exit_code == 0 and r.stdout.startswith("period,") and png.stat().st_size > 10_000
    r = run(db, "show", "Xi", "--format", "markdown")
    assert r.exit_code == 0 and "| office | president |" in r.stdout
    r = run(db, "path", "Kim Jong-un", "Xi Jinping", "--at", "2020", "--via", "event")
    assert r.exit_code == 0 and "no path" in r.stderr


@pytest.mark.parametrize("args,code,message", [
    (["timeline", "Atlantis"], 1, "unknown actor 'Atlantis'"),
    (["timeline", "Kim"], 1, "ambiguous actor 'Kim'"),
    (["show", "Kim"], 1, "person:kim-yo-jong"),
    (["path", "Kim", "Xi"], 1, "ambiguous actor 'Kim'"),
    (["timeline", "CHN", "--from", "2016", "--to", "2015"], 2, "reversed date range"),
    (["trend", "CHN", "PRK", "--from", "2018-13"], 2, "--from: '2018-13' is not a date"),
    (["timeline", "CHN", "--as-of", "yesterday"], 2, "--as-of"),
    (["timeline", "CHN", "--cameo", "visit"], 2, "--cameo"),
    (["path", "Kim Jong-un", "Xi", "--via", "friendship"], 2, "--via"),
    (["path", "Kim Jong-un", "Kim Jong-un"], 2, "two different actors"),
    (["trend", "CHN", "PRK", "--plot", "x.pdf"], 2, "must end in .png or .svg"),
    (["timeline", "CHN", "--format", "xml"], 2, "xml"),
])
def test_bad_input(db, args, code, message):
    r = run(db, *args)
    assert r.exit_code == code, r.output
    assert message in r.stderr
    assert r.stdout == ""


def test_ambiguous_lists_candidates(db):
    r = run(db, "timeline", "Kim")
    assert "candidates:" in r.stderr
    assert "person:kim-jong-un\tKim Jong-un\tperson\tPRK" in r.stderr


def test_missing_and_empty_store(tmp_path):
    r = run(str(tmp_path / "none.db"), "timeline", "CHN")
    assert r.exit_code == 1 and "no such store" in r.stderr
    empty = str(tmp_path / "empty.db")
    from diplograph.graph.store import Store

    Store(empty).close()
    for args in (["timeline", "CHN", "PRK"], ["path", "CHN", "PRK"], ["trend", "CHN", "PRK"], ["show", "CHN"]):
        r = run(empty, *args)
        assert r.exit_code == 1 and "the store is empty" in r.stderr, args
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    r = run(str(bad), "show", "CHN")
    assert r.exit_code == 1 and "not a diplograph store" in r.stderr


def test_no_traceback_from_the_real_command(db):
    p = subprocess.run([sys.executable, "-m", "diplograph", "--db", db, "timeline", "Kim"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 1 and "Traceback" not in p.stderr and "ambiguous actor" in p.stderr
