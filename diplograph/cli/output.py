"""Terminal output shared by the commands: progress bars on stderr, simple tables on stdout."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any


class _Bar:
    def __init__(self, progress: Any, task: Any) -> None:
        self._p, self._t = progress, task

    def advance(self, n: int = 1) -> None:
        if self._p is not None:
            self._p.advance(self._t, n)

    def update(self, **kw: Any) -> None:
        if self._p is not None:
            self._p.update(self._t, **kw)


@contextmanager
def progress(label: str, total: int | None = None) -> Iterator[_Bar]:
    """A progress bar on stderr while long work runs (silent when stderr is not a terminal)."""
    if not sys.stderr.isatty():
        yield _Bar(None, None)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as p:
        yield _Bar(p, p.add_task(label, total=total))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A table on stdout: a rich table in a terminal, tab-separated text when piped.

    Kept for the commands that use it; the renderer lives in :mod:`diplograph.queries.render`.
    """
    from diplograph.queries.render import print_table as _print_table

    _print_table(list(headers), rows)
