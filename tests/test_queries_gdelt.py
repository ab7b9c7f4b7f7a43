"""Timeline and trend of the busiest dyad of the real GDELT sample (../shared), through the importer."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import diplograph
from diplograph.cli import main
from diplograph.queries.render import plot_trend


@pytest.fixture(scope="module")
def gdelt(shared_dir, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("gdelt") / "kg.db")
    sample = shared_dir / "benchmarks" / "gdelt_sample" / "20150218230000.export.CSV"
    r = CliRunner().invoke(main, ["--db", db, "import", "gdelt", str(sample)])
    assert r.exit_code == 0, r.output
    graph = diplograph.open_graph(db, readonly=True)
    yield graph
    graph.close()


def busiest_dyad(g) -> tuple[str, str, int]:
    rows = g.store.conn.execute(
        "SELECT MIN(source_state, target_state), MAX(source_state, target_state), COUNT(*) FROM events"
        " WHERE source_state IS NOT NULL AND target_state IS NOT NULL AND source_state != target_state"
        " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 1").fetchall()
    return rows[0]


def test_timeline_of_the_busiest_dyad(gdelt):
    a, b, n = busiest_dyad(gdelt)
    assert n >= 5
    t = gdelt.timeline(a, b)
    assert len(t.events) == n
    assert [e.lo for e in t.events] == sorted(e.lo for e in t.events)
    for e in t.events:
        assert {e.source_state, e.target_state} == {a, b}
        assert e.cameo_name and e.goldstein is not None and e.n_sources >= 1
        assert e.evidence and e.latest.article.startswith("http")  # the source URL is the article
        assert e.when_label[0].isdigit()  # GDELT days: "18 February 2015"
    assert len(gdelt.timeline(a, b, start="2015-02-18", end="2015-02-18").events) <= n


def test_monthly_trend_and_its_plot(gdelt, tmp_path):
    a, b, n = busiest_dyad(gdelt)
    s = gdelt.trend(a, b, by="month")
    assert sum(p.n_events for p in s.periods) == n - sum(
        1 for e in gdelt.timeline(a, b).events if e.factuality == "negated")
    assert s.periods[-1].period == "2015-02"
    png = plot_trend(s, tmp_path / "busiest.png")
    from matplotlib import image

    img = image.imread(png)
    assert img.shape[:2] == (550, 1100)
    assert img[..., :3].std() > 0.05  # bars and lines, not a blank canvas
