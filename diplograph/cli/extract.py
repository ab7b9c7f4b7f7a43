"""Extraction commands: ``extract`` (print the contract document) and ``ingest`` (extract and store)."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from diplograph.cli import Context, fail, main, pass_ctx
from diplograph.cli.output import print_table, progress


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--published {value!r}: expected a date YYYY-MM-DD", code=2)
    return None


def _read(paths: tuple[str, ...], published: dt.date | None, article_id: str | None):
    """Articles and read errors from the readers (one per file, record or feed item)."""
    try:
        from diplograph.ingest.readers import read_paths
    except ImportError:  # readers not installed yet: plain text files only
        read_paths = _plain_text
    yield from read_paths(list(paths), published=published, article_id=article_id)


def _plain_text(paths, published=None, article_id=None):
    import os

    from diplograph.graph.model import Article

    for p in paths:
        try:
            with open(p, "rb") as fh:
                raw = fh.read()
            text = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            yield f"{p}: cannot read: {exc}"
            continue
        aid = article_id or os.path.splitext(os.path.basename(p))[0]
        yield Article(id=aid, text=text, published=published, published_source="given" if published else None)


def _is_error(item) -> bool:
    return isinstance(item, str) or not hasattr(item, "text") or (
        getattr(item, "text", None) is None and hasattr(item, "reason"))


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date YYYY-MM-DD (anchor for relative dates).")
@click.option("--id", "article_id", help="Article id (default: from metadata or the file name).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json", show_default=True)
def extract_cmd(paths: tuple[str, ...], published: str | None, article_id: str | None, fmt: str) -> None:
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
    for item in _read(paths, day, article_id):
        if _is_error(item):
            errors += 1
            click.echo(f"error: {item}", err=True)
            continue
        try:
            ex = extract(item)
        except Exception as exc:  # never a traceback for one bad article
            errors += 1
            click.echo(f"error: {getattr(item, 'id', '?')}: extraction failed: {exc}", err=True)
            continue
        docs.append(to_contract(ex))
        if fmt == "jsonl":
            click.echo(json.dumps(docs[-1], ensure_ascii=False))
    if fmt == "json":
        if len(docs) > 1:
            fail(f"{len(docs)} articles read: --format json prints one document; use --format jsonl", code=2)
        if docs:
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
        sys.exit(1)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date YYYY-MM-DD for articles without one.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes that extract in parallel (writes stay in this process).")
@pass_ctx
def ingest_cmd(ctx: Context, paths: tuple[str, ...], published: str | None, workers: int) -> None:
    """Read, extract and store articles: one transaction per article, then a summary."""
    from diplograph.ingest.pipeline import extract_many

    day = _date(published)
    store = ctx.store()
    articles = []
    rejected: list[tuple[str, str]] = []
    for item in _read(paths, day, None):
        if _is_error(item):
            rejected.append((getattr(item, "path", None) or str(item).split(":")[0], str(item)))
        else:
            articles.append(item)
    counts = {"articles": 0, "events": 0, "relations": 0, "entities": 0}
    with progress("ingesting", total=len(articles)) as bar:
        it = extract_many(articles, workers=workers)
        for art in articles:
            try:
                ex = next(it)
            except StopIteration:
                break
            except Exception as exc:
                rejected.append((art.id, f"extraction failed: {exc}"))
                bar.advance()
                continue
            try:
                store.ingest(ex)
            except Exception as exc:
                rejected.append((art.id, f"store refused it: {exc}"))
                bar.advance()
                continue
            counts["articles"] += 1
            counts["events"] += len(ex.events)
            counts["relations"] += len(ex.relations)
            counts["entities"] += len(ex.entities)
            bar.advance()
    click.echo(f"landed: {counts['articles']} articles, {counts['events']} events, "
               f"{counts['relations']} relations, {counts['entities']} entities", err=True)
    if rejected:
        click.echo(f"rejected: {len(rejected)}", err=True)
        for what, why in rejected:
            click.echo(f"  {what}: {why}", err=True)
        sys.exit(1)
