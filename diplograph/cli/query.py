"""Query commands: timeline, path, trend, show. They parse, call diplograph.queries, render.

Exit codes: 0 ok, 1 when the question cannot be answered (no store, an empty
store, an unknown or ambiguous actor: the candidates are listed), 2 for bad
usage (an unparsable date, a reversed range, a bad option value).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import click

from diplograph.cli import Context, main, pass_ctx

FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "markdown", "json", "csv", "html"]),
                      default="table", show_default=True,
                      help="table: rich in a terminal, plain text when piped.")


def _run(ctx: Context, ask: Callable[[Any], Any]) -> Any:
    """Open the store read-only, run ``ask(graph)``, turn query errors into messages and exit codes."""
    from diplograph.graph.store import StoreError
    from diplograph.queries.actors import ActorError
    from diplograph.queries.api import Graph
    from diplograph.queries.common import QueryError

    if not os.path.exists(ctx.db):
        _fail(f"{ctx.db}: no such store (run `diplograph load`, `ingest` or `import` first, "
              "or pass --db / set DIPLOGRAPH_DB)", 1)
    try:
        from diplograph.graph.store import Store

        graph = Graph(Store(ctx.db, readonly=True))
    except StoreError as exc:
        _fail(str(exc), 1)
    try:
        graph.require_data()
        return ask(graph)
    except ActorError as exc:
        click.echo(f"error: {exc}", err=True)
        if exc.candidates:
            click.echo("candidates:", err=True)
            for c in exc.candidates:
                click.echo(f"  {c.id}\t{c.name}\t{c.kind}\t{c.state or ''}", err=True)
        sys.exit(exc.exit_code)
    except QueryError as exc:
        _fail(str(exc), exc.exit_code)


def _fail(message: str, code: int) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@main.command("timeline")
@click.argument("a")
@click.argument("b", required=False)
@click.option("--from", "start", metavar="DATE", help="Keep what overlaps from DATE (YYYY, YYYY-MM, YYYY-MM-DD).")
@click.option("--to", "end", metavar="DATE", help="Keep what overlaps up to DATE.")
@click.option("--cameo", multiple=True, metavar="CODE", help="Only events whose CAMEO code starts with CODE "
              "(repeatable: 04, 042, 19).")
@click.option("--factuality", multiple=True, type=click.Choice(["occurred", "planned", "possible", "negated"]),
              help="Only events of this factuality (repeatable).")
@click.option("--by-state", is_flag=True, help="Roll persons up into their states.")
@click.option("--as-of", metavar="DATE", help="The graph as known on DATE: only articles published by then, "
              "factuality as then reported.")
@FORMAT
@pass_ctx
def timeline_cmd(ctx: Context, a: str, b: str | None, start: str | None, end: str | None, cameo: tuple[str, ...],
                 factuality: tuple[str, ...], by_state: bool, as_of: str | None, fmt: str) -> None:
    """Events and trend statements of actor A, or of the dyad A-B (either direction), in time order.

    A state stands for itself and everyone attributed to it: `timeline CHN PRK`
    includes Xi Jinping meeting Kim Jong-un.
    """
    from diplograph.queries.render import echo

    result = _run(ctx, lambda g: g.timeline(a, b, start=start, end=end, cameo=cameo, factuality=factuality,
                                            by_state=by_state, as_of=as_of))
    echo(result, fmt)


@main.command("path")
@click.argument("x")
@click.argument("y")
@click.option("--at", metavar="DATE", help="Every hop valid at DATE (an event overlapping it; YYYY[-MM[-DD]]).")
@click.option("--max-hops", default=4, show_default=True, type=click.IntRange(1, 8))
@click.option("-k", "k", default=3, show_default=True, type=click.IntRange(1, 100), help="How many paths.")
@click.option("--via", multiple=True, metavar="TYPE", help="Only these edges: event, trend, role, kinship, "
              "membership, or a CAMEO code/root such as 04 (repeatable).")
@click.option("--as-of", metavar="DATE", help="The graph as known on DATE: only articles published by then, "
              "factuality as then reported.")
@FORMAT
@pass_ctx
def path_cmd(ctx: Context, x: str, y: str, at: str | None, max_hops: int, k: int, via: tuple[str, ...],
             as_of: str | None, fmt: str) -> None:
    """The k best paths between X and Y through persons, states, events and relations, hop by hop."""
    from diplograph.queries.render import echo

    result = _run(ctx, lambda g: g.path(x, y, at=at, max_hops=max_hops, k=k, via=via, as_of=as_of))
    echo(result, fmt)
    if not result.paths:
        click.echo(f"no path between {result.x.name} and {result.y.name}"
                   f"{' (' + result.note + ')' if result.note else ''}", err=True)


@main.command("trend")
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["month", "quarter", "year"]), default="month", show_default=True)
@click.option("--from", "start", metavar="DATE")
@click.option("--to", "end", metavar="DATE")
@click.option("--factuality", multiple=True, type=click.Choice(["occurred", "planned", "possible", "negated"]),
              help="Count events of this factuality (repeatable; default: all but negated).")
@click.option("--plot", type=click.Path(dir_okay=False), metavar="FILE.png|.svg",
              help="Also draw the series (bars per quad class, Goldstein line, trend statements).")
@FORMAT
@pass_ctx
def trend_cmd(ctx: Context, a: str, b: str, by: str, start: str | None, end: str | None,
              factuality: tuple[str, ...], plot: str | None, fmt: str) -> None:
    """Events of the dyad A-B per period by quad class, Goldstein, and its trend statements."""
    from diplograph.queries.render import echo, plot_trend
    from diplograph.queries.trends import COUNTED

    if plot and not plot.lower().endswith((".png", ".svg")):
        _fail(f"--plot: {plot!r} must end in .png or .svg", 2)
    result = _run(ctx, lambda g: g.trend(a, b, by=by, start=start, end=end,
                                          factuality=factuality or COUNTED))
    echo(result, fmt)
    if plot:
        try:
            out = plot_trend(result, plot)
        except OSError as exc:
            _fail(f"--plot: cannot write {plot}: {exc.strerror or exc}", 1)
        click.echo(f"plot written to {out}", err=True)


@main.command("show")
@click.argument("x")
@FORMAT
@pass_ctx
def show_cmd(ctx: Context, x: str, fmt: str) -> None:
    """The card of actor X: kind, names, offices, counterparts, latest events."""
    from diplograph.queries.render import echo

    echo(_run(ctx, lambda g: g.show(x)), fmt)
