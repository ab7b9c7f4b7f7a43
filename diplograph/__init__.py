"""diplograph: news about international relations as a temporal knowledge graph.

>>> import diplograph
>>> g = diplograph.open_graph(":memory:")
>>> g.timeline("CHN", "PRK").entries
[]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

__all__ = ["Graph", "__version__", "extract", "open_graph"]

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from diplograph.graph.model import Article, Extraction
    from diplograph.queries.api import Graph


def open_graph(path: str | Path = "diplograph.db", *, readonly: bool = False) -> Graph:
    """Open (or create) the embedded store at ``path`` as a :class:`~diplograph.queries.api.Graph`.

    ``g.timeline("CHN", "PRK")``, ``g.path(...)``, ``g.trend(...)``, ``g.show(...)``
    return typed results; ``g.store`` is the underlying :class:`~diplograph.graph.store.Store`.
    """
    from diplograph.queries.api import open_graph as _open

    return _open(path, readonly=readonly)


def extract(article: Article | str, *, published: dt.date | str | None = None,
            article_id: str | None = None) -> Extraction:
    """Extract the entities, events and trend relations of one article (an Article or its text).

    >>> ex = extract("Chinese President Xi Jinping will visit Moscow in May.", published="2015-01-29")
    >>> [(e.cameo, e.source, e.target, e.when.edtf, e.factuality) for e in ex.events]
    [('042', 'person:xi-jinping', 'RUS', '2015-05', 'planned')]
    """
    from diplograph.ingest.pipeline import extract as _extract

    if isinstance(article, str):
        from diplograph.ingest.readers import read_text

        article = read_text(article, published=published, article_id=article_id)
    return _extract(article)


def __getattr__(name: str):
    if name == "Graph":
        from diplograph.queries.api import Graph

        return Graph
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
