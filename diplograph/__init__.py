"""diplograph: news about international relations as a temporal knowledge graph.

>>> import diplograph
>>> g = diplograph.open_graph(":memory:")
>>> g.timeline("CHN", "PRK").entries
[]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

__all__ = ["Graph", "__version__", "open_graph"]

if TYPE_CHECKING:
    from pathlib import Path

    from diplograph.queries.api import Graph


def open_graph(path: str | Path = "diplograph.db", *, readonly: bool = False) -> Graph:
    """Open (or create) the embedded store at ``path`` as a :class:`~diplograph.queries.api.Graph`.

    ``g.timeline("CHN", "PRK")``, ``g.path(...)``, ``g.trend(...)``, ``g.show(...)``
    return typed results; ``g.store`` is the underlying :class:`~diplograph.graph.store.Store`.
    """
    from diplograph.queries.api import open_graph as _open

    return _open(path, readonly=readonly)


def __getattr__(name: str):
    if name == "Graph":
        from diplograph.queries.api import Graph

        return Graph
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
