"""diplograph: news about international relations as a temporal knowledge graph.

>>> import diplograph
>>> g = diplograph.open_graph(":memory:")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "open_graph"]


def open_graph(path: str = "diplograph.db"):
    """Open (or create) the embedded store at ``path`` and return it."""
    from diplograph.graph.store import Store

    return Store(path)
