"""Rendering query results: terminal tables, plain text, Markdown, JSON, CSV, HTML, and trend plots.

Every result of :mod:`diplograph.queries` (Timeline, PathResult, TrendSeries,
EntityCard) renders in every format with :func:`render`; :func:`echo` prints a
rich table when stdout is a terminal and plain text when it is piped.
:func:`plot_trend` draws a trend series as a PNG or SVG for a briefing.

JSON schema (stable; keys sorted at every level; ``schema`` names the result
type and its version; dates are ISO days or EDTF strings; absent values are null):

* every report behind an event or relation is an **evidence** object:
  ``{article, confidence, end, factuality, published, rule, sentence, start, when}``
  (``factuality``/``when``: what that article asserted; ``published``: its date);
* an **actor** is ``{id, in_store, kind, name, state}``.

``diplograph.timeline/1``::

    {schema, a: actor, b: actor|null, start, end, as_of, by_state, cameo: [code], factuality: [f],
     entries: [{kind: "event"|"trend", id, when, when_label, lo, hi, source, source_name,
                source_state, target, target_name, target_state, location, location_name,
                cameo, cameo_name, quad_class, goldstein, factuality, polarity, label,
                n_sources, evidence: [evidence]}]}

``diplograph.paths/1``::

    {schema, x: actor, y: actor, at, at_lo, at_hi, as_of, max_hops, k, via: [type], note,
     paths: [{nodes: [id], n_hops, weight,
              hops: [{source, source_name, target, target_name, direction: "forward"|"backward",
                      kind, edge, description, cameo, cameo_name, when, when_label, factuality,
                      label, location, location_name, n_sources, weight, evidence: [evidence]}]}]}

``diplograph.trend/1``::

    {schema, a: actor, b: actor, by: "month"|"quarter"|"year", start, end, undated, factuality: [f],
     periods: [{period, start, end, verbal_cooperation, material_cooperation, verbal_conflict,
                material_conflict, n_events, goldstein_total, goldstein_mean}],
     statements: [{id, label, polarity, when, when_label, lo, hi, n_sources, evidence: [evidence]}]}

``diplograph.card/1``::

    {schema, id, kind, name, state, state_name, in_store, aliases: [str], roles: [str],
     n_events, n_articles,
     offices: [{title, where, start, end, source: "store"|"gazetteer", evidence: [evidence]}],
     counterparts: [{id, name, n_events}],
     latest: [{id, when, when_label, cameo, cameo_name, source, source_name, target, target_name,
               factuality, n_sources, article, sentence}]}

CSV holds one table: timeline entries; path hops (one row per hop, with its path number);
trend periods (with the labels of the statements overlapping each period); card items
(section, item, when, count, detail). HTML is one self-contained page, everything escaped.
"""

from __future__ import annotations

import csv
import html
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Any

import click

from diplograph.queries.common import UsageError, headline

__all__ = ["FORMATS", "Section", "echo", "plot_trend", "print_table", "render", "sections"]

FORMATS = ("table", "text", "markdown", "json", "csv", "html")


@dataclass(slots=True)
class Section:
    """A titled table: the unit every format renders."""

    title: str
    headers: list[str]
    rows: list[list[str]]


def _s(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:+.1f}" if v else "0.0"
    return str(v)


def _quote(refs: tuple | list) -> str:
    r = headline(refs)
    if r is None:
        return ""
    src = r.article + (f", {r.published}" if r.published else "")
    return f"“{r.sentence}” [{src}]" if r.sentence else f"[{src}]"


# ------------------------------------------------------------------ results as sections

def sections(result: Any) -> list[Section]:
    """The result as titled tables (what the text, rich, Markdown and HTML formats show)."""
    from diplograph.queries.card import EntityCard
    from diplograph.queries.paths import PathResult
    from diplograph.queries.timeline import Timeline
    from diplograph.queries.trends import TrendSeries

    if isinstance(result, Timeline):
        return [_timeline_section(result)]
    if isinstance(result, PathResult):
        return _path_sections(result)
    if isinstance(result, TrendSeries):
        return _trend_sections(result)
    if isinstance(result, EntityCard):
        return [_card_section(result)]
    raise TypeError(f"cannot render {type(result).__name__}")


def _timeline_section(t: Any) -> Section:
    rows = []
    for e in t.entries:
        who = f"{e.source_name or '—'} → {e.target_name or '—'}" if e.kind == "event" else \
            f"{e.source_name} – {e.target_name}"
        if e.location_name:
            who += f" (in {e.location_name})"
        rows.append([e.when_label, e.what, who, e.factuality or "", _s(e.goldstein), str(e.n_sources),
                     _quote(e.evidence)])
    title = t.title() + (f" — {len(t.events)} events, {len(t.trends)} trend statements")
    return Section(title, ["date", "what", "who", "factuality", "Goldstein", "sources", "evidence"], rows)


def _path_sections(r: Any) -> list[Section]:
    if not r.paths:
        return [Section(r.title(), ["result"], [[f"no path ({r.note})" if r.note else "no path"]])]
    out = []
    for i, p in enumerate(r.paths, 1):
        rows = []
        for j, h in enumerate(p.hops, 1):
            rows.append([str(j), h.source_name, f"{h.arrow} {h.description} {h.arrow}", h.target_name,
                         str(h.n_sources), _quote(h.evidence)])
        out.append(Section(f"{r.title() if i == 1 else ''}\npath {i}: {len(p.hops)} hops, weight {p.weight:.2f}"
                           .strip(), ["hop", "from", "edge", "to", "sources", "evidence"], rows))
    return out


def _trend_sections(t: Any) -> list[Section]:
    rows = [[p.period, str(p.counts[0]), str(p.counts[1]), str(p.counts[2]), str(p.counts[3]), str(p.n_events),
             _s(p.goldstein_total), _s(p.goldstein_mean), ", ".join(_overlapping(t, p))] for p in t.periods]
    out = [Section(t.title() + (f" ({t.undated} undated events left out)" if t.undated else ""),
                   ["period", "verbal coop", "material coop", "verbal conflict", "material conflict", "events",
                    "Goldstein total", "Goldstein mean", "trend statements"], rows)]
    if t.statements:
        out.append(Section("Trend statements", ["when", "statement", "polarity", "sources", "evidence"],
                           [[s.when_label, s.label or "", s.polarity or "", str(s.n_sources), _quote(s.evidence)]
                            for s in t.statements]))
    return out


def _overlapping(t: Any, p: Any) -> list[str]:
    lo, hi = p.start.isoformat(), p.end.isoformat()
    return [s.label or "?" for s in t.statements if (s.lo or "") <= hi and (s.hi or "9999") >= lo]


def _card_rows(c: Any) -> list[list[str]]:
    rows = [["kind", c.kind, "", "", ""], ["name", c.name, "", "", c.id]]
    if c.state and c.state != c.id:
        rows.append(["state", c.state_name or c.state, "", "", c.state])
    rows += [["alias", a, "", "", ""] for a in c.aliases]
    rows += [["role", r, "", "", ""] for r in c.roles]
    for o in c.offices:
        when = f"{o.start or '…'} – {o.end or ''}".strip()
        src = f"{o.where or ''} ({o.source})" + (f": {_quote(o.evidence)}" if o.evidence else "")
        rows.append(["office", o.title, when, "", src])
    rows.append(["events", "all events", "", str(c.n_events), ""])
    rows.append(["articles", "articles mentioning it", "", str(c.n_articles), ""])
    rows += [["counterpart", cp.name, "", str(cp.n_events), cp.id] for cp in c.counterparts]
    for e in c.latest:
        what = f"{e.source_name or '—'} → {e.target_name or '—'}: {e.cameo} {e.cameo_name or ''} ({e.factuality})"
        ev = f"“{e.sentence}” [{e.article}]" if e.sentence else f"[{e.article or ''}]"
        rows.append(["latest event", what, e.when_label, str(e.n_sources), ev])
    return rows


CARD_HEADERS = ["section", "item", "when", "count", "detail"]


def _card_section(c: Any) -> Section:
    return Section(c.title(), CARD_HEADERS, _card_rows(c))


# ------------------------------------------------------------------ formats

def render(result: Any, fmt: str = "text") -> str:
    """``result`` as text in ``fmt``: text (= table when piped), markdown, json, csv, html."""
    if fmt in ("text", "table"):
        return _text(sections(result))
    if fmt == "markdown":
        return _markdown(sections(result))
    if fmt == "json":
        return json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    if fmt == "csv":
        return _csv(result)
    if fmt == "html":
        return _html(sections(result))
    raise UsageError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")


def echo(result: Any, fmt: str = "table") -> None:
    """Print ``result`` on stdout: rich tables in a terminal for ``table``, else :func:`render`."""
    if fmt == "table" and sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        console = Console()
        for sec in sections(result):  # Text cells: "[article]" and user text are not rich markup
            t = Table(*sec.headers, title=Text(sec.title), title_justify="left", show_lines=False)
            for row in sec.rows:
                t.add_row(*(Text(v) for v in row))
            console.print(t)
        return
    click.echo(render(result, fmt), nl=False)


def print_table(headers: list[str] | tuple[str, ...], rows: list | tuple) -> None:
    """A bare table on stdout: rich in a terminal, tab-separated text when piped."""
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        t = Table(*headers)
        for r in rows:
            t.add_row(*(Text("" if v is None else str(v)) for v in r))
        Console().print(t)
        return
    click.echo("\t".join(headers))
    for r in rows:
        click.echo("\t".join("" if v is None else str(v) for v in r))


def _text(secs: list[Section]) -> str:
    out = []
    for sec in secs:
        out.append(sec.title)
        widths = [len(h) for h in sec.headers]
        for row in sec.rows:
            for i, v in enumerate(row[:-1]):
                widths[i] = max(widths[i], len(v))
        lines = [sec.headers, *sec.rows]
        for k, row in enumerate(lines):
            cells = [v.ljust(widths[i]) for i, v in enumerate(row[:-1])] + [row[-1]]
            out.append("  ".join(cells).rstrip())
            if k == 0:
                out.append("  ".join("-" * w for w in widths[:-1] + [max(widths[-1], 3)]))
        if not sec.rows:
            out.append("(nothing)")
        out.append("")
    return "\n".join(out)


def _md_cell(v: str) -> str:
    return v.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _markdown(secs: list[Section]) -> str:
    out = []
    for sec in secs:
        for line in sec.title.splitlines():
            out.append(f"**{_md_cell(line)}**\n")
        out.append("| " + " | ".join(_md_cell(h) for h in sec.headers) + " |")
        out.append("|" + "|".join("---" for _ in sec.headers) + "|")
        for row in sec.rows:
            out.append("| " + " | ".join(_md_cell(v) for v in row) + " |")
        out.append("")
    return "\n".join(out) + "\n"


def _csv(result: Any) -> str:
    from diplograph.queries.card import EntityCard
    from diplograph.queries.paths import PathResult
    from diplograph.queries.timeline import Timeline
    from diplograph.queries.trends import TrendSeries

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if isinstance(result, Timeline):
        w.writerow(["kind", "id", "when", "when_label", "lo", "hi", "source", "source_name", "target",
                    "target_name", "location", "cameo", "cameo_name", "quad_class", "goldstein", "factuality",
                    "polarity", "label", "n_sources", "article", "published", "sentence"])
        for e in result.entries:
            r = e.latest
            w.writerow([e.kind, e.id, e.when, e.when_label, e.lo, e.hi, e.source, e.source_name, e.target,
                        e.target_name, e.location, e.cameo, e.cameo_name, e.quad_class, e.goldstein, e.factuality,
                        e.polarity, e.label, e.n_sources, r.article if r else None, r.published if r else None,
                        r.sentence if r else None])
    elif isinstance(result, PathResult):
        w.writerow(["path", "hop", "source", "source_name", "direction", "target", "target_name", "kind", "edge",
                    "cameo", "when", "factuality", "label", "n_sources", "weight", "article", "published",
                    "sentence"])
        for i, p in enumerate(result.paths, 1):
            for j, h in enumerate(p.hops, 1):
                r = headline(h.evidence)
                w.writerow([i, j, h.source, h.source_name, "forward" if h.forward else "backward", h.target,
                            h.target_name, h.kind, h.edge, h.cameo, h.when, h.factuality, h.label, h.n_sources,
                            h.weight, r.article if r else None, r.published if r else None,
                            r.sentence if r else None])
    elif isinstance(result, TrendSeries):
        w.writerow(["period", "start", "end", "verbal_cooperation", "material_cooperation", "verbal_conflict",
                    "material_conflict", "n_events", "goldstein_total", "goldstein_mean", "trend_statements"])
        for p in result.periods:
            w.writerow([p.period, p.start, p.end, *p.counts, p.n_events, round(p.goldstein_total, 3),
                        None if p.goldstein_mean is None else round(p.goldstein_mean, 3),
                        "; ".join(_overlapping(result, p))])
    elif isinstance(result, EntityCard):
        w.writerow(CARD_HEADERS)
        w.writerows(_card_rows(result))
    else:
        raise TypeError(f"cannot render {type(result).__name__}")
    return buf.getvalue()


_CSS = """body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2em;color:#222}
h2{font-size:1.1em;margin-top:1.6em;white-space:pre-line}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top;font-size:.9em}
th{background:#f3f3f3}tr:hover td{background:#fafafa}"""


def _html(secs: list[Section]) -> str:
    e = html.escape
    title = secs[0].title.splitlines()[0] if secs else "diplograph"
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{e(title)}</title><style>{_CSS}</style></head><body>"]
    for sec in secs:
        parts.append(f"<h2>{e(sec.title)}</h2><table><thead><tr>"
                     + "".join(f"<th>{e(h)}</th>" for h in sec.headers) + "</tr></thead><tbody>")
        for row in sec.rows:
            parts.append("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


# ------------------------------------------------------------------ plots

QUAD_COLORS = {1: "#74c476", 2: "#238b45", 3: "#fd8d3c", 4: "#d7301f"}
QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
POLARITY_COLORS = {"positive": "#2c7fb8", "negative": "#cb181d"}


def plot_trend(series: Any, path: str | FilePath, *, width: float = 11.0, height: float = 5.5,
               dpi: int = 100) -> FilePath:
    """Draw ``series`` (a TrendSeries) to ``path`` (.png or .svg): a briefing chart.

    Cooperation stacks above the zero line, conflict below (events per period by quad
    class); the mean Goldstein value is a line on a second axis (-10 to +10); trend
    statements are shaded spans with their labels. A PNG is ``width*dpi`` x ``height*dpi``
    pixels (1100 x 550 by default).
    """
    import datetime as dt

    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    out = FilePath(path)
    if out.suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"--plot: {out.name!r} must end in .png or .svg")
    fig, ax = plt.subplots(figsize=(width, height), dpi=dpi)
    try:
        ps = series.periods
        span = f", {ps[0].period} to {ps[-1].period}" if ps else ""
        ax.set_title(f"{series.a.name} – {series.b.name}: events per {series.by} by CAMEO quad class{span}",
                     fontsize=13, loc="left")
        ax.set_ylabel("events (cooperation ↑, conflict ↓)")
        ax.set_xlabel(series.by)
        ax.axhline(0, color="#444", linewidth=0.8)
        if ps:
            xs = [p.start for p in ps]
            widths = [(p.end - p.start).days * 0.8 + 0.8 for p in ps]
            up = [0.0] * len(ps)
            down = [0.0] * len(ps)
            for q in (1, 2, 3, 4):
                vals = [p.counts[q - 1] for p in ps]
                if q <= 2:
                    ax.bar(xs, vals, width=widths, bottom=up, align="edge", color=QUAD_COLORS[q],
                           label=QUAD_LABELS[q])
                    up = [u + v for u, v in zip(up, vals, strict=True)]
                else:
                    neg = [-v for v in vals]
                    ax.bar(xs, neg, width=widths, bottom=down, align="edge", color=QUAD_COLORS[q],
                           label=QUAD_LABELS[q])
                    down = [d + v for d, v in zip(down, neg, strict=True)]
            # symmetric axes: zero in the middle for the counts and for Goldstein (-10..+10)
            top = max(max(up), -min(down), 1.0) * 1.3
            bottom = -top
            ax.set_ylim(bottom, top)
            x0, x1 = ps[0].start, ps[-1].end + dt.timedelta(days=1)
            ax.set_xlim(x0, x1)
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{abs(v):g}"))
            ax2 = ax.twinx()
            pts = [(p.start + (p.end - p.start) / 2, p.goldstein_mean) for p in ps if p.goldstein_mean is not None]
            ax2.plot([m for m, _ in pts], [g for _, g in pts], color="#222", marker="o", markersize=3,
                     linewidth=1.4, label="mean Goldstein")
            ax2.axhline(0, color="#999", linewidth=0.6, linestyle="--")
            ax2.set_ylim(-13, 13)
            ax2.set_yticks([-10, -5, 0, 5, 10])
            ax2.set_ylabel("mean Goldstein (−10 conflict … +10 cooperation)")
            for i, s in enumerate(series.statements):
                lo = dt.date.fromisoformat(s.lo) if s.lo else x0
                hi = dt.date.fromisoformat(s.hi) + dt.timedelta(days=1) if s.hi else x1
                lo, hi = max(lo, x0), min(hi, x1)
                if hi <= lo:
                    continue
                if (hi - lo).days < 10:
                    hi = lo + dt.timedelta(days=10)
                color = POLARITY_COLORS.get(s.polarity or "", "#777777")
                ax.axvspan(lo, hi, color=color, alpha=0.13, zorder=0)
                right = (lo - x0) > (x1 - hi)  # label from the span's edge that has room beside it
                ax.text(hi if right else lo, top * (0.97 - 0.07 * (i % 3)),
                        f" {s.label or 'trend'} ({s.when_label}) ", ha="right" if right else "left", va="top",
                        fontsize=8, color=color, fontweight="bold")
            loc = mdates.AutoDateLocator()
            ax.xaxis.set_major_locator(loc)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc))
            h1, l1 = ax.get_legend_handles_labels()
            h2, l2 = ax2.get_legend_handles_labels()
            ax.legend(h1 + h2, l1 + l2, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=5, fontsize=8,
                      frameon=False)
        else:
            ax.text(0.5, 0.5, "no dated events for this dyad", ha="center", va="center", transform=ax.transAxes)
        fig.tight_layout()
        fig.savefig(out, dpi=dpi)  # tight_layout keeps the canvas at width x height
    finally:
        plt.close(fig)
    return out
