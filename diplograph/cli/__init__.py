"""The ``diplograph`` command line: one click group, one module of commands per area.

The CLI parses arguments, calls the library and renders results; it holds no
logic of its own. Results go to stdout, errors to stderr. Exit codes: 0 ok,
1 failure (nothing or not everything could be done), 2 bad usage.
"""

from __future__ import annotations

import os
import sys

import click

from diplograph import __version__

DEFAULT_DB = "diplograph.db"


class Context:
    """What every command needs: the path of the store (opened lazily)."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._store = None

    def store(self, must_exist: bool = False):
        """Open (or create) the embedded store at ``self.db``."""
        from diplograph.graph.store import Store

        if self._store is None:
            if must_exist and not os.path.exists(self.db):
                fail(f"{self.db}: no such store (run `diplograph load` or `diplograph ingest` first, "
                     f"or pass --db / set DIPLOGRAPH_DB)", code=1)
            self._store = Store(self.db)
        return self._store


def fail(message: str, code: int = 1) -> None:
    """Print ``message`` to stderr as an error and exit with ``code``."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def warn(message: str) -> None:
    """Print a warning to stderr."""
    click.echo(f"warning: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="DIPLOGRAPH_DB", default=DEFAULT_DB, show_default=True,
              type=click.Path(dir_okay=False), help="The embedded store (SQLite file); env DIPLOGRAPH_DB.")
@click.version_option(__version__, prog_name="diplograph")
@click.pass_context
def main(ctx: click.Context, db: str) -> None:
    """diplograph: news about international relations as a temporal knowledge graph."""
    ctx.obj = Context(db)


pass_ctx = click.make_pass_decorator(Context)

# Each area registers its commands on `main` when imported.
from diplograph.cli import extract as _extract_cmds  # noqa: E402,F401
from diplograph.cli import graphdb as _graphdb_cmds  # noqa: E402,F401
from diplograph.cli import io as _io_cmds  # noqa: E402,F401
from diplograph.cli import query as _query_cmds  # noqa: E402,F401
from diplograph.cli import store as _store_cmds  # noqa: E402,F401
