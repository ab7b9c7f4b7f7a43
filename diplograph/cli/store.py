"""Store commands: load extraction documents, list articles, retract one, show counts."""

from __future__ import annotations

import json
import sys

import click

from diplograph.cli import Context, fail, main, pass_ctx
from diplograph.cli.output import progress


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@pass_ctx
def load(ctx: Context, files: tuple[str, ...]) -> None:
    """Load extraction documents (JSON or JSONL, eval/CONTRACT.md) into the store.

    Each document is one transaction; a bad document is reported (file and
    line) and skipped, the others land. Exit 1 if any document was rejected.
    """
    from diplograph.graph.contract import LoadError, read_documents

    store = ctx.store()
    counts = {"added": 0, "updated": 0, "unchanged": 0, "merged": 0, "rejected": 0}
    with progress("loading", total=len(files)) as bar:
        for path in files:
            for item in read_documents(path):
                if isinstance(item, LoadError):
                    counts["rejected"] += 1
                    click.echo(f"error: {item}", err=True)
                    continue
                try:
                    res = store.ingest(item)
                except ValueError as exc:
                    counts["rejected"] += 1
                    click.echo(f"error: {path}: article {item.article.id}: {exc}", err=True)
                    continue
                counts[res.status] += 1
            bar.advance()
    click.echo(" ".join(f"{k}={v}" for k, v in counts.items()))
    if counts["rejected"]:
        sys.exit(1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_ctx
def articles(ctx: Context, fmt: str) -> None:
    """List the stored articles with what each supports."""
    store = ctx.store(must_exist=True)
    rows = []
    for a in store.articles():
        n = store.article_counts(a.id)
        rows.append({"id": a.id, "published": a.published.isoformat() if a.published else None,
                     "title": a.title, "url": a.url, **n})
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from diplograph.cli.output import print_table

    print_table(["id", "published", "events", "relations", "entities", "title"],
                [[r["id"], r["published"] or "", r["events"], r["relations"], r["entities"], r["title"] or ""]
                 for r in rows])


@main.command()
@click.argument("article_id")
@pass_ctx
def retract(ctx: Context, article_id: str) -> None:
    """Remove an article and everything only it supported."""
    store = ctx.store(must_exist=True)
    try:
        res = store.retract(article_id)
    except KeyError:
        fail(f"no article with id {article_id!r} (see `diplograph articles`)", code=1)
        return
    click.echo(f"retracted {article_id}: evidence -{res.evidence_removed}, events -{res.events_removed}"
               f" (kept {res.events_kept} supported elsewhere), relations -{res.relations_removed}"
               f" (kept {res.relations_kept}), entities -{res.entities_removed}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_ctx
def stats(ctx: Context, fmt: str) -> None:
    """Counts of articles, entities, events, relations and evidence."""
    store = ctx.store(must_exist=True)
    s = store.stats()
    if fmt == "json":
        click.echo(json.dumps(s, indent=2))
        return
    from diplograph.cli.output import print_table

    print_table(["what", "count"], [[k, v] for k, v in s.items()])
