"""Test data of the query tests: the hand-written extraction documents of tests/data/queries/.

Three articles: Kim Jong-un and Xi Jinping expected at the Moscow parade (published 2015-01-29,
with the China-North Korea freeze), the visit called off (2015-04-30), and China-North Korea
2016-2018 (criticism, sanctions, Kim Yo-jong in the South, Kim in Beijing, the thaw).
"""

from __future__ import annotations

from pathlib import Path

from diplograph.graph.contract import LoadError, read_documents
from diplograph.graph.store import Store

DATA = Path(__file__).resolve().parent / "data" / "queries"


def load_query_store(path: Path | str, names: tuple[str, ...] = ()) -> Store:
    """A store at ``path`` holding the documents of tests/data/queries (or only those named)."""
    store = Store(path)
    for f in sorted(DATA.glob("*.json")):
        if names and f.name not in names:
            continue
        for doc in read_documents(f):
            assert not isinstance(doc, LoadError), str(doc)
            store.ingest(doc)
    return store
