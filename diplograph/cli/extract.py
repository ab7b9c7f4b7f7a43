"""Extraction commands: ``extract`` (print the contract document) and ``ingest`` (extract and store).

Bad input never ends in a traceback: every file, record or feed item that cannot be read or
extracted is reported on stderr with its path (and line) and what is wrong, the valid rest is
still processed, and the exit code says how it went (0 all done, 1 something was rejected,
2 bad usage).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter

import click

from diplograph.cli import Context, fail, main, pass_ctx, warn
from diplograph.cli.output import print_table, progress


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--published {value!r}: expected a date YYYY-MM-DD", code=2)
    return None


def _read(paths: tuple[str, ...], *, published: dt.date | None = None, fallback: dt.date | None = None,
          article_id: str | None = None, max_bytes: int | None = None):
    """Articles and read problems (ReadError) from the readers, one per file, record or feed item."""
    from diplograph.ingest.readers import DEFAULT_MAX_BYTES, read_paths

    yield from read_paths(list(paths), published=published, fallback_published=fallback,
                          article_id=article_id, max_bytes=max_bytes or DEFAULT_MAX_BYTES)


def _is_problem(item) -> bool:
    return not hasattr(item, "text")


def _report(item) -> bool:
    """Print a read problem; True when it is a failure (not a mere note)."""
    if getattr(item, "note", False):
        click.echo(f"note: {item}", err=True)
        return False
    click.echo(f"error: {item}", err=True)
    return True


def _limits(article) -> None:
    """Warn when only a bounded part of a very long article is read."""
    from diplograph.ingest.pipeline import MAX_CHARS

    n = len(article.text or "")
    if n > MAX_CHARS:
        warn(f"{article.id}: only the first {MAX_CHARS:,} of {n:,} characters were read")


_MAX_BYTES = click.option("--max-bytes", type=click.IntRange(1), default=None,
                          help="Refuse input files larger than this (default 20,000,000 bytes).")


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date YYYY-MM-DD (anchor for relative dates).")
@click.option("--id", "article_id", help="Article id (default: from metadata or the file name).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json", show_default=True)
@_MAX_BYTES
def extract_cmd(paths: tuple[str, ...], published: str | None, article_id: str | None, fmt: str,
                max_bytes: int | None) -> None:
    """Extract events, trends and entities from articles and print the contract document(s).

    PATH is a file (text, Markdown, HTML, JSON/JSONL, RSS/Atom), a folder or "-"
    for standard input. JSON prints exactly one document (one article); JSONL one
    per line; table a summary.
    """
    from diplograph.graph.contract import to_contract
    from diplograph.ingest.pipeline import extract

    day = _date(published)
    docs = []
    errors = 0
    for item in _read(paths, published=day, article_id=article_id, max_bytes=max_bytes):
        if _is_problem(item):
            errors += _report(item)
            continue
        _limits(item)
        try:
            doc = to_contract(extract(item))
        except Exception as exc:  # never a traceback for one bad article
            errors += 1
            click.echo(f"error: {item.id}: extraction failed: {type(exc).__name__}: {exc}", err=True)
            continue
        if fmt == "jsonl":
            click.echo(json.dumps(doc, ensure_ascii=False))
        elif fmt == "json" and docs:
            fail(f"{len(docs) + 1}+ articles read: --format json prints one document; use --format jsonl", code=2)
        docs.append(doc)
    if fmt == "json" and docs:
        click.echo(json.dumps(docs[0], ensure_ascii=False, indent=1))
    elif fmt == "table":
        rows = []
        for d in docs:
            for ev in d.get("events", []):
                rows.append([d["article"]["id"], ev.get("cameo"), ev.get("source"), ev.get("target"),
                             ev.get("when"), ev.get("factuality")])
            for r in d.get("relations", []):
                rows.append([d["article"]["id"], "trend:" + str(r.get("polarity")), r.get("a"), r.get("b"),
                             r.get("when"), r.get("label")])
        print_table(["article", "what", "source/a", "target/b", "when", "factuality/label"], rows)
    if errors or not docs:
        if not docs and not errors:
            click.echo("error: no article to extract in " + ", ".join(paths), err=True)
        sys.exit(1)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date YYYY-MM-DD for articles whose metadata and text give none.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes that extract in parallel (writes stay in this process).")
@_MAX_BYTES
@pass_ctx
def ingest_cmd(ctx: Context, paths: tuple[str, ...], published: str | None, workers: int,
               max_bytes: int | None) -> None:
    """Read, extract and store articles: in parallel, one transaction per article, a progress
    bar, then a summary of what landed and what was rejected and why."""
    from diplograph.ingest.pipeline import ExtractionFailure, extract_many

    day = _date(published)
    articles = []
    rejected: list[tuple[str, str]] = []
    for item in _read(paths, fallback=day, max_bytes=max_bytes):
        if _is_problem(item):
            if not getattr(item, "note", False):
                rejected.append((item.path + (f":{item.line}" if item.line is not None else ""), item.message))
            else:
                click.echo(f"note: {item}", err=True)
            continue
        _limits(item)
        articles.append(item)
    store = ctx.store()
    status: Counter = Counter()
    counts: Counter = Counter()
    # the worker pool starts before the progress bar's thread (no fork while a thread runs)
    results = extract_many(articles, workers=workers, on_error="yield")
    with progress("ingesting", total=len(articles)) as bar:
        for art, res in zip(articles, results, strict=True):
            bar.advance()
            if isinstance(res, ExtractionFailure):
                rejected.append((art.id, f"extraction failed: {res.error}"))
                continue
            try:
                got = store.ingest(res)
            except Exception as exc:
                rejected.append((art.id, f"the store refused it: {type(exc).__name__}: {exc}"))
                continue
            status[got.status] += 1
            counts["events"] += len(res.events)
            counts["relations"] += len(res.relations)
            counts["events_added"] += got.events_added
            counts["events_merged"] += got.events_merged
            counts["relations_added"] += got.relations_added
            counts["entities_added"] += got.entities_added
    landed = sum(status.values())
    how = ", ".join(f"{n} {s}" for s, n in sorted(status.items())) or "none"
    click.echo(f"landed: {landed} article(s) ({how}): {counts['events']} events "
               f"({counts['events_added']} new, {counts['events_merged']} merged with stored ones), "
               f"{counts['relations']} trend relations ({counts['relations_added']} new), "
               f"{counts['entities_added']} new entities; store {ctx.db}", err=True)
    if rejected:
        click.echo(f"rejected: {len(rejected)} input(s)", err=True)
        for what, why in rejected:
            click.echo(f"  {what}: {why}", err=True)
        sys.exit(1)
    if not landed:
        click.echo("error: no article to ingest in " + ", ".join(paths), err=True)
        sys.exit(1)
