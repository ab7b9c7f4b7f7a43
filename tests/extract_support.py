"""One helper for the extraction tests: run the pipeline on a sentence and see its events as states."""

from __future__ import annotations

from diplograph.graph.model import Article
from diplograph.ingest.pipeline import extract


def state_events(text: str, published: str = "2021-06-15", *, statements: bool = True,
                 fields: tuple[str, ...] = ()) -> list[tuple]:
    """(cameo, source state, target state, *fields) of each extracted event, persons shown as their state.

    ``statements=False`` leaves out plain statements (root 01); ``fields`` adds event attributes
    ("factuality", "when" as its EDTF string) to each tuple.

    >>> state_events("China and Japan held talks in Tokyo on Monday.", "2021-06-16")[0][:3]
    ('040', 'CHN', 'JPN')
    """
    ex = extract(Article(id="t", text=text, published=published))
    states = {e.id: e.state for e in ex.entities}

    def extra(e) -> tuple:
        return tuple((e.when.edtf if e.when else None) if f == "when" else getattr(e, f) for f in fields)

    return [(e.cameo, states.get(e.source, e.source), states.get(e.target, e.target), *extra(e))
            for e in ex.events if statements or not e.cameo.startswith("01")]


def has_event(evs, root: str, src: str, tgt: str) -> bool:
    """Is there an event of ``evs`` ((cameo, source, target) triples) under ``root`` from ``src`` to ``tgt``?"""
    return any(c.startswith(root) and s == src and t == tgt for c, s, t in evs)
