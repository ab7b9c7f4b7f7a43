"""Graph database commands: ``sparql``, ``cypher``, ``push sparql``, ``push neo4j``."""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any

import click

from diplograph.cli import Context, fail, main, pass_ctx
from diplograph.cli.output import progress

_FORMATS = click.Choice(["table", "json", "csv"])


def _query_text(query: str | None, file: str | None) -> tuple[str, str, dict[str, Any]]:
    """(text, where, default parameters) of the query given inline or with -f; exits 2 on misuse.

    A query file's header may set default parameters (``// param a = "PRK"``).
    """
    from diplograph.queries.cypher import read_query_file

    if bool(query) == bool(file):
        fail("give the query either as an argument or with -f FILE (one of the two)", code=2)
    if file:
        try:
            qf = read_query_file(file)
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{file}: cannot read the query: {exc.strerror if isinstance(exc, OSError) else exc}", code=2)
        except ValueError as exc:
            fail(str(exc), code=2)
        return qf.text, file, qf.params
    return query or "", "query", {}


def _params(pairs: tuple[str, ...]) -> dict[str, Any]:
    """``k=v`` gives the string v; ``k:=JSON`` a typed value (number, boolean, null, list)."""
    out: dict[str, Any] = {}
    for p in pairs:
        eq = p.find("=")
        if eq < 1:
            fail(f"--param {p!r}: expected NAME=TEXT or NAME:=JSON", code=2)
        if p[eq - 1] == ":":
            k, raw = p[:eq - 1], p[eq + 1:]
            try:
                out[k] = json.loads(raw)
            except ValueError:
                fail(f"--param {k}:=...: not a JSON value: {raw!r}", code=2)
        else:
            k = p[:eq]
            out[k] = p[eq + 1:]
        if not k or not (k[0].isalpha() or k[0] == "_") or not all(c.isalnum() or c == "_" for c in k):
            fail(f"--param {p!r}: a parameter name is letters, digits and _", code=2)
    return out


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return str(v)


def _escape(s: str) -> str:
    """One line per row in tab-separated output: backslash, tab and line breaks escaped."""
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def render(columns: list[str], rows: list[list[Any]], fmt: str) -> None:
    """Print rows as a table (rich in a terminal, tab-separated when piped), JSON or CSV, as plain text."""
    if fmt == "json":
        click.echo(json.dumps([dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(v) for v in r])
        click.echo(buf.getvalue(), nl=False)
        return
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        t = Table(*[Text(c) for c in columns])
        for r in rows:
            t.add_row(*[Text(_cell(v)) for v in r])  # Text: no console markup from the data
        Console().print(t)
        return
    click.echo("\t".join(_escape(c) for c in columns))
    for r in rows:
        click.echo("\t".join(_escape(_cell(v)) for v in r))


def _build_rdf_view(store: Any) -> None:
    """Rebuild the embedded RDF view if the store changed, with a progress bar."""
    from diplograph.graph import rdf

    if _rdf_fresh(store):
        return
    with progress("building the embedded RDF view", total=store.stats()["articles"]) as bar:
        rdf.oxigraph_view(store, progress=bar.advance)


def _build_cypher_view(store: Any) -> None:
    """Rebuild the embedded Cypher database if the store changed, with a progress bar."""
    from diplograph.graph import neo4j as pg
    from diplograph.queries import cypher as cy

    with progress("building the embedded Cypher database", total=len(pg.NODES) + len(pg.RELS)) as bar:
        cy.ladybug_view(store, progress=lambda _table: bar.advance())


# ---------------------------------------------------------------------------- sparql

@main.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False), help="Read the query from FILE.")
@click.option("--format", "fmt", type=_FORMATS, default="table", show_default=True)
@click.option("--endpoint", default=None,
              help="Query this SPARQL server (base URL, e.g. http://127.0.0.1:7878) instead of the embedded view.")
@click.option("--param", "params", multiple=True, metavar="NAME=TEXT|NAME:=JSON",
              help="Bind ?NAME (repeatable); bound as an RDF literal, never as query text.")
@click.option("--allow-update", is_flag=True, help="Allow SPARQL updates (INSERT, DELETE, DROP ...).")
@click.option("--union-default-graph/--no-union-default-graph", default=True, show_default=True,
              help="Ask the endpoint to query the union of the article graphs (Oxigraph's flag).")
@pass_ctx
def sparql(ctx: Context, query: str | None, file: str | None, fmt: str, endpoint: str | None,
           params: tuple[str, ...], allow_update: bool, union_default_graph: bool) -> None:
    """Run a SPARQL query on the embedded RDF view (or on an endpoint).

    The prefixes dg:, rdf:, rdfs:, xsd:, owl:, prov:, schema: and wd: are declared
    for you; the default graph is the union of the article graphs. Read-only unless
    --allow-update.
    """
    from diplograph.graph.rdf import Endpoint, EndpointError
    from diplograph.queries import sparql as sq

    text, where, defaults = _query_text(query, file)
    bound = {**defaults, **_params(params)}
    try:
        if endpoint:
            try:
                ep = Endpoint(endpoint, union_default_graph=union_default_graph)
            except ValueError as exc:
                fail(f"--endpoint: {exc}", code=2)
            res = sq.run_endpoint(ep, text, bound, allow_update=allow_update)
        else:
            store = ctx.store(must_exist=True)
            _build_rdf_view(store)
            res = sq.run_embedded(store, text, bound, allow_update=allow_update)
    except sq.QueryError as exc:
        fail(f"{where}: {exc}", code=1)
        return
    except EndpointError as exc:
        fail(str(exc), code=1)
        return
    if res.kind == "update":
        click.echo("update done", err=True)
        return
    render(res.columns, res.rows, fmt)


def _rdf_fresh(store: Any) -> bool:
    from diplograph.graph import rdf

    try:
        with open(store.path + ".oxigraph/diplograph-view.json", encoding="utf-8") as fh:
            return json.load(fh) == rdf.view_key(store)
    except (OSError, ValueError):
        return False


# ---------------------------------------------------------------------------- cypher

@main.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False), help="Read the query from FILE.")
@click.option("--format", "fmt", type=_FORMATS, default="table", show_default=True)
@click.option("--neo4j", "use_neo4j", is_flag=True,
              help="Run on Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD) instead of the embedded graph.")
@click.option("--param", "params", multiple=True, metavar="NAME=TEXT|NAME:=JSON",
              help="Set $NAME (repeatable); passed as a query parameter, never as query text.")
@click.option("--allow-write", is_flag=True, help="With --neo4j: allow queries that write.")
@pass_ctx
def cypher(ctx: Context, query: str | None, file: str | None, fmt: str, use_neo4j: bool,
           params: tuple[str, ...], allow_write: bool) -> None:
    """Run a Cypher query on the embedded graph (Ladybug) or on Neo4j; the same schema on both.

    Nodes: Entity, Event, Relation, Article, Evidence; relationships SOURCE, TARGET,
    LOCATION, IN_STATE, SUBJECT, OBJECT, SUPPORTS, DERIVED_FROM (see
    diplograph.graph.neo4j). The embedded graph is read-only.
    """
    from diplograph.graph import neo4j as pg
    from diplograph.queries import cypher as cy

    text, where, defaults = _query_text(query, file)
    bound = {**defaults, **_params(params)}
    if allow_write and not use_neo4j:
        fail("--allow-write is for --neo4j: the embedded graph is rebuilt from the store, which "
             "only `diplograph load`/`ingest` change", code=2)
    try:
        if use_neo4j:
            driver = pg.connect()
            try:
                res = cy.run_neo4j(driver, text, bound, write=allow_write)
            finally:
                driver.close()
        else:
            store = ctx.store(must_exist=True)
            _build_cypher_view(store)
            res = cy.run_embedded(store, text, bound)
    except pg.Neo4jError as exc:
        fail(str(exc), code=1)
        return
    except cy.CypherError as exc:
        fail(f"{where}: {exc}", code=1)
        return
    render(res.columns, res.rows, fmt)


# ---------------------------------------------------------------------------- push

@main.group()
def push() -> None:
    """Copy the graph to a server: a SPARQL endpoint or Neo4j."""


@push.command("sparql")
@click.option("--endpoint", envvar="DIPLOGRAPH_SPARQL_ENDPOINT", required=True,
              help="Base URL of the SPARQL server (…/query, …/update, …/store); env DIPLOGRAPH_SPARQL_ENDPOINT.")
@click.option("--store-url", default=None, help="Graph Store Protocol URL, if not <endpoint>/store.")
@pass_ctx
def push_sparql(ctx: Context, endpoint: str, store_url: str | None) -> None:
    """Push the RDF view: one named graph per article (Graph Store Protocol).

    Only the graphs that changed are replaced; the graphs of retracted articles are
    deleted; other graphs on the server are left alone.
    """
    from diplograph.graph import rdf

    store = ctx.store(must_exist=True)
    try:
        ep = rdf.Endpoint(endpoint, store_url=store_url)
    except ValueError as exc:
        fail(f"--endpoint: {exc}", code=2)
        return
    total = store.stats()["articles"]
    try:
        with progress("pushing article graphs", total=total) as bar:
            res = rdf.push_endpoint(store, ep, progress=bar.advance)
    except rdf.EndpointError as exc:
        fail(str(exc), code=1)
        return
    click.echo(f"graphs written={res.written} unchanged={res.unchanged} deleted={res.deleted}"
               f" triples={res.triples}")


@push.command("neo4j")
@click.option("--batch-size", default=1000, show_default=True, type=click.IntRange(1, 100_000),
              help="Rows per UNWIND transaction.")
@click.option("--workers", default=4, show_default=True, type=click.IntRange(1, 16),
              help="Transactions written at the same time.")
@pass_ctx
def push_neo4j(ctx: Context, batch_size: int, workers: int) -> None:
    """Push the property graph to Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD).

    Creates the constraints first, writes each node with its outgoing relationships
    in batches (CREATE into an empty database, MERGE otherwise), removes what the
    store no longer has. Idempotent.
    """
    from diplograph.graph import neo4j as pg

    store = ctx.store(must_exist=True)
    s = store.stats()
    total = s["entities"] + s["articles"] + s["events"] + s["relations"] + s["evidence"]
    try:
        driver = pg.connect()
        try:
            with progress("pushing nodes", total=total) as bar:
                res = pg.push(store, driver, batch_size=batch_size, workers=workers, progress=lambda _label, n: bar.advance(n))
        finally:
            driver.close()
    except pg.Neo4jError as exc:
        fail(str(exc), code=1)
        return
    except Exception as exc:  # the driver's errors carry no credentials; keep the message, not a traceback
        fail(f"push to Neo4j failed: {type(exc).__name__}: {exc}", code=1)
        return
    written = " ".join(f"{k}={v}" for k, v in res.written.items())
    deleted = sum(res.deleted.values())
    rate = res.events / res.seconds if res.seconds else 0.0
    click.echo(f"nodes {written} relationships={res.relationships} deleted={deleted}"
               f" in {res.seconds:.1f} s ({rate:,.0f} events/s)")

