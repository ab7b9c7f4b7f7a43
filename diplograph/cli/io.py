"""Import and export commands: ``import gdelt|icews FILE...`` and ``export --format ...``.

Exit codes of ``import``: 0 when every row was stored (new, merged or already
there) or skipped by design (no identifiable actor); 1 when something could
not be stored: a file that could not be read, or a rejected row; 2 for bad
usage. ``export``: 0 ok, 1 when the store is missing or the output cannot be
written, 2 for bad usage (unknown format, bad or reversed dates, unknown actor,
csv without -o).
"""

from __future__ import annotations

import json
import os
import sys

import click

from diplograph.cli import Context, fail, main, pass_ctx, warn
from diplograph.cli.output import progress


@main.command("import")
@click.argument("dataset", type=click.Choice(["gdelt", "icews"]))
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--max-errors", default=20, show_default=True, type=click.IntRange(min=0),
              help="Rejected rows printed to stderr (the rest are counted).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_ctx
def import_(ctx: Context, dataset: str, files: tuple[str, ...], max_errors: int, as_json: bool) -> None:
    """Import GDELT 2.0 event exports or ICEWS coded-event files (plain or .zip).

    Every row is accounted for in the closing report: imported (a new event),
    merged (joined an event of another row), unchanged (already stored),
    skipped (no identifiable actor) or rejected (a bad row, printed to stderr
    as FILE:LINE: reason). Exit 1 when a file could not be read or a row was
    rejected, else 0.
    """
    from diplograph.ingest.structured import FileProblem, import_files, input_bytes

    store = ctx.store()
    total = input_bytes(files)
    printed = 0

    def on_problem(p) -> None:
        nonlocal printed
        if isinstance(p, FileProblem):
            click.echo(f"error: {p}", err=True)
        elif printed < max_errors:
            printed += 1
            click.echo(str(p), err=True)

    with progress(f"importing {dataset}", total=total or None) as bar:
        report = import_files(store, dataset, files, on_bytes=bar.advance, on_problem=on_problem)
    rejected = report.n_rejected
    if rejected > printed:
        click.echo(f"... and {rejected - printed} more rejected rows (see the report)", err=True)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(_render_report(report))
    if not report.ok:
        sys.exit(1)


def _render_report(r) -> str:
    lines = [f"{r.dataset}: {r.files} file(s), {r.rows} rows; {r.articles} articles",
             f"  imported   {r.imported:>8}  (new events)",
             f"  merged     {r.merged:>8}  (joined an existing event)",
             f"  unchanged  {r.unchanged:>8}  (already stored)",
             f"  skipped    {r.n_skipped:>8}"]
    for reason, n in sorted(r.skipped.items()):
        first = ", ".join(f"{os.path.basename(f)}:{line}" for f, line in r.skipped_lines.get(reason, [])[:5])
        lines.append(f"    {n:>8}  {reason} (e.g. {first})")
    lines.append(f"  rejected   {r.n_rejected:>8}")
    for reason, n in sorted(r.rejected.items()):
        lines.append(f"    {n:>8}  {reason}")
    for p in r.file_problems:
        lines.append(f"  unreadable: {p}")
    return "\n".join(lines)


_EXPORT_FORMATS = ["graphml", "gexf", "cytoscape", "json", "dot", "csv", "html"]


@main.command("export")
@click.option("--format", "fmt", required=True, type=click.Choice(_EXPORT_FORMATS),
              help="graphml (yEd, Cytoscape), gexf (Gephi, with time spells), cytoscape (Cytoscape.js JSON), "
                   "json (node-link), dot (Graphviz), csv (neo4j-admin import: -o DIR or FILE.zip), html.")
@click.option("--from", "start", metavar="DATE", help="Only events and relations from this date (EDTF: 2015, 2015-05).")
@click.option("--to", "end", metavar="DATE", help="Only events and relations up to this date.")
@click.option("--actor", "actors", multiple=True, metavar="X",
              help="Only events touching X (ISO3 state, with its persons, or an entity id); repeatable.")
@click.option("--with-articles", is_flag=True, help="Add the articles as nodes, linked to the entities they mention.")
@click.option("-o", "--output", type=click.Path(), help="Output file (csv: a folder or a .zip); stdout if absent.")
@pass_ctx
def export(ctx: Context, fmt: str, start: str | None, end: str | None, actors: tuple[str, ...],
           with_articles: bool, output: str | None) -> None:
    """Export the graph (entities as nodes, events and relations as edges)."""
    from diplograph.graph.export import ExportError, export_graph, parse_window

    try:
        lo, hi = parse_window(start, end)
    except ExportError as exc:
        fail(str(exc), code=2)
        return
    if fmt == "csv" and not output:
        fail("csv writes a nodes file and a relationships file: give -o DIR or -o FILE.zip", code=2)
    store = ctx.store(must_exist=True)
    try:
        if output:
            summary = export_graph(store, fmt, output, start=lo, end=hi, actors=actors, articles=with_articles)
        else:
            summary = export_graph(store, fmt, sys.stdout.buffer, start=lo, end=hi, actors=actors,
                                   articles=with_articles)
            sys.stdout.buffer.flush()
    except ExportError as exc:
        fail(str(exc), code=2)
        return
    except OSError as exc:
        fail(f"{output or 'stdout'}: cannot write: {exc.strerror or exc}", code=1)
        return
    note = f"exported {summary.nodes} nodes, {summary.edges} edges"
    if output:
        note += f" to {output}"
    click.echo(note, err=True)
    if summary.one_sided:
        warn(f"{summary.one_sided} events with only one participant are not edges (not exported)")
