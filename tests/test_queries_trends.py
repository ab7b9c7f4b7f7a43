"""Trend series: counts per quad class and period, Goldstein, trend statements, and the plot."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from queries_data import load_query_store

import diplograph
from diplograph.queries.common import UsageError
from diplograph.queries.render import plot_trend, render
from diplograph.queries.trends import period_bounds, period_of


@pytest.fixture(scope="module")
def g(tmp_path_factory):
    path = tmp_path_factory.mktemp("trends") / "kg.db"
    load_query_store(path).close()
    graph = diplograph.open_graph(path)
    yield graph
    graph.close()


def test_periods():
    assert period_of("2015-05-09", "quarter") == "2015-Q2"
    assert period_bounds("2015-Q4", "quarter") == (dt.date(2015, 10, 1), dt.date(2015, 12, 31))
    assert period_bounds("2016-02", "month") == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))


def test_yearly_series_counts_quads_and_goldstein(g):
    s = g.trend("China", "North Korea", by="year")
    by = {p.period: p for p in s.periods}
    # 2014 is there for the freeze statement (no events), years without events are zeros
    assert list(by) == ["2014", "2015", "2016", "2017", "2018"]
    assert by["2015"].counts == (1, 0, 0, 0)  # the possible Xi-Kim meeting; the visits are not CHN-PRK
    assert by["2016"].counts == (0, 0, 1, 0) and by["2016"].goldstein_total == -2.0
    assert by["2017"].counts == (0, 0, 0, 1) and by["2017"].goldstein_mean == -8.0
    assert by["2018"].counts == (2, 0, 0, 0) and by["2018"].goldstein_total == pytest.approx(2.9)
    assert by["2014"].n_events == 0 and by["2014"].goldstein_mean is None
    assert [(t.label, t.polarity) for t in s.statements] == [("freeze", "negative"), ("thaw", "positive")]
    assert s.statements[0].evidence[0].sentence.startswith("Ties between Beijing and Pyongyang")


def test_negated_events_do_not_count_unless_asked(g):
    s = g.trend("Kim Jong-un", "Russia", by="month")
    assert [p.counts for p in s.periods] == []
    s = g.trend("Kim Jong-un", "Russia", by="month", factuality=["negated", "occurred"])
    assert [(p.period, p.counts) for p in s.periods] == [("2015-05", (1, 0, 0, 0))]


def test_window_and_errors(g):
    s = g.trend("CHN", "PRK", by="month", start="2017-08", end="2017-10")
    assert [(p.period, p.n_events) for p in s.periods] == [("2017-08", 0), ("2017-09", 1), ("2017-10", 0)]
    assert s.statements == []
    with pytest.raises(UsageError):
        g.trend("CHN", "PRK", by="week")
    with pytest.raises(UsageError):
        g.trend("CHN", "PRK", start="2018", end="2017")
    with pytest.raises(UsageError):
        g.trend("CHN", "China")


def test_csv_and_json(g):
    s = g.trend("CHN", "PRK", by="quarter")
    rows = render(s, "csv").splitlines()
    assert rows[0].startswith("period,start,end,verbal_cooperation")
    assert rows[1].startswith("2014-Q1,2014-01-01,2014-03-31,0,0,0,0,0") and rows[1].endswith("freeze")
    doc = json.loads(render(s, "json"))
    assert doc["schema"] == "diplograph.trend/1" and list(doc["periods"][0]) == sorted(doc["periods"][0])


def test_plot_png_and_svg(g, tmp_path):
    from matplotlib import image

    s = g.trend("CHN", "PRK", by="quarter")
    png = plot_trend(s, tmp_path / "t.png")
    img = image.imread(png)
    assert img.shape[:2] == (550, 1100)  # 11 x 5.5 inches at 100 dpi
    assert img[..., :3].std() > 0.05     # not a blank canvas
    svg = plot_trend(s, tmp_path / "t.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "freeze" in svg and "thaw" in svg
    with pytest.raises(UsageError):
        plot_trend(s, tmp_path / "t.pdf")
