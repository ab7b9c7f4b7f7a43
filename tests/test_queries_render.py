"""Rendering: plain text, Markdown, JSON, CSV and HTML of every result type; escaping."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from queries_data import load_query_store

import diplograph
from diplograph.graph.model import Article, Entity, Event, Evidence, Extraction
from diplograph.queries.render import FORMATS, render


@pytest.fixture(scope="module")
def g(tmp_path_factory):
    path = tmp_path_factory.mktemp("render") / "kg.db"
    store = load_query_store(path)
    evil = "Dr. <script>alert('x')</script> | & Co"
    sentence = 'He said "<b>no</b>" | twice & left.'
    store.ingest(Extraction(
        Article("evil-1", published="2016-03-01"),
        entities=[Entity("person:evil", "person", evil, state="PRK")],
        events=[Event("111", "person:evil", "CHN", when="2016-03-01",
                      evidence=[Evidence("evil-1", sentence, 0, len(sentence), "test")])]))
    store.close()
    graph = diplograph.open_graph(path)
    yield graph
    graph.close()


def results(g):
    return [g.timeline("CHN", "PRK"), g.path("Kim Jong-un", "Xi Jinping", at="2015-05"),
            g.trend("CHN", "PRK", by="year"), g.show("Kim Jong-un"), g.timeline("person:evil")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_result_in_every_format(g, fmt):
    for r in results(g):
        out = render(r, fmt)
        assert out.strip(), (type(r).__name__, fmt)
        if fmt == "json":
            assert json.loads(out)["schema"].startswith("diplograph.")
        if fmt == "csv":
            rows = list(csv.reader(io.StringIO(out)))
            assert len({len(row) for row in rows}) == 1  # one rectangular table


def test_html_escapes_everything(g):
    out = render(g.timeline("person:evil"), "html")
    assert out.startswith("<!DOCTYPE html>") and "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in out
    assert "&quot;&lt;b&gt;no&lt;/b&gt;&quot; | twice &amp; left." in out
    assert "http" not in out  # self-contained: no external resources


def test_markdown_escapes_pipes_and_csv_keeps_text(g):
    t = g.timeline("person:evil")
    md = render(t, "markdown")
    line = next(x for x in md.splitlines() if "twice" in x)
    assert "\\| twice" in line and line.count(" | ") == 6  # seven cells, the escaped pipe is not a cell
    rows = list(csv.DictReader(io.StringIO(render(t, "csv"))))
    assert rows[0]["sentence"] == 'He said "<b>no</b>" | twice & left.'
    assert rows[0]["source_name"] == "Dr. <script>alert('x')</script> | & Co"


def test_plain_text_layout(g):
    out = render(g.timeline("CHN", "PRK"), "text")
    lines = out.splitlines()
    assert lines[0].startswith("Timeline: China – North Korea")
    assert lines[1].split() == ["date", "what", "who", "factuality", "Goldstein", "sources", "evidence"]
    assert any("Xi Jinping → Kim Jong-un (in Moscow)" in x and "possible" in x for x in lines)


def test_rich_table_in_a_terminal_keeps_brackets_and_user_text(g, capsys, monkeypatch):
    from diplograph.queries.render import echo

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "200")
    echo(g.timeline("person:evil"), "table")
    out = capsys.readouterr().out
    assert "[evil-1, 2016-03-01]" in out  # an article reference is not rich markup
    assert "<script>alert('x')</script>" in out and "┃" in out
