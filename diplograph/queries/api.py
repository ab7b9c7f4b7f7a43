"""The Python API: :class:`Graph`, one object per store, with the questions the CLI asks.

>>> import diplograph
>>> g = diplograph.open_graph(":memory:")
>>> g.timeline("CHN", "PRK").entries
[]

Every method returns a typed result (dataclasses with ``to_dict()``) that
:mod:`diplograph.queries.render` can show in any format; errors are
:class:`~diplograph.queries.common.QueryError` subclasses (unknown or ambiguous
actors carry their candidates). Queries never write to the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path as FilePath

import networkx as nx

from diplograph.graph.store import Store
from diplograph.queries.actors import Actor, ActorIndex
from diplograph.queries.card import EntityCard, entity_card
from diplograph.queries.common import EmptyStoreError
from diplograph.queries.paths import PathResult, find_paths
from diplograph.queries.timeline import Timeline, timeline
from diplograph.queries.trends import COUNTED, TrendSeries, trend_series

__all__ = ["Graph"]

DateArg = str | dt.date | None


class Graph:
    """Questions to one store: timelines, paths, trends and entity cards."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._index = ActorIndex(store)

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def require_data(self) -> None:
        """Raise :class:`EmptyStoreError` when the store holds no entities at all."""
        if self.store.conn.execute("SELECT 1 FROM entities LIMIT 1").fetchone() is None:
            raise EmptyStoreError(f"{self.store.path}: the store is empty; nothing to query "
                                  "(load or ingest articles, or import GDELT/ICEWS files, first)")

    def actor(self, text: str | Actor) -> Actor:
        """Resolve an actor argument ("China", "DPRK", "North Korean", "Kim Jong-un", "Kim")."""
        return text if isinstance(text, Actor) else self._index.lookup(text)

    def nx(self) -> nx.MultiDiGraph:
        """The networkx view of the store (cached until the store changes)."""
        from diplograph.graph.nx import graph_view

        return graph_view(self.store)

    def timeline(self, a: str | Actor, b: str | Actor | None = None, *, start: DateArg = None,
                 end: DateArg = None, cameo: Iterable[str] = (), factuality: Iterable[str] = (),
                 by_state: bool = False, as_of: DateArg = None) -> Timeline:
        """Events and trend statements of ``a`` or of the dyad ``a``-``b`` in time order."""
        return timeline(self.store, a, b, start=start, end=end, cameo=cameo, factuality=factuality,
                        by_state=by_state, as_of=as_of, index=self._index)

    def path(self, x: str | Actor, y: str | Actor, *, at: DateArg = None, max_hops: int = 4, k: int = 3,
             via: Iterable[str] = (), as_of: DateArg = None) -> PathResult:
        """The ``k`` best paths of at most ``max_hops`` hops between ``x`` and ``y``, valid ``at``
        (and, with ``as_of``, as reported by articles published by that day)."""
        return find_paths(self.store, x, y, at=at, max_hops=max_hops, k=k, via=via, as_of=as_of,
                          index=self._index)

    def trend(self, a: str | Actor, b: str | Actor, *, by: str = "month", start: DateArg = None,
              end: DateArg = None, factuality: Iterable[str] = COUNTED) -> TrendSeries:
        """The dyad's events per period by quad class, Goldstein, and its trend statements."""
        return trend_series(self.store, a, b, by=by, start=start, end=end, factuality=factuality,
                            index=self._index)

    def plot_trend(self, series: TrendSeries, path: str | FilePath) -> FilePath:
        """Draw a trend series to a PNG or SVG file."""
        from diplograph.queries.render import plot_trend

        return plot_trend(series, path)

    def show(self, x: str | Actor) -> EntityCard:
        """The entity card of ``x``."""
        return entity_card(self.store, x, index=self._index)


def open_graph(path: str | FilePath = "diplograph.db", *, readonly: bool = False) -> Graph:
    """Open the store at ``path`` (created when missing, unless ``readonly``) as a :class:`Graph`."""
    return Graph(Store(path, readonly=readonly))
