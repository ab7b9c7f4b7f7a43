"""What every query shares: its errors, date arguments and evidence references.

Errors carry the exit code the CLI uses: 1 when the question cannot be answered
(unknown or ambiguous actor, an empty store), 2 for bad usage (an unparsable
date, a reversed range, an unknown option value).

>>> parse_period("2015-05")
(datetime.date(2015, 5, 1), datetime.date(2015, 5, 31))
>>> parse_window("2015", "2014")
Traceback (most recent call last):
...
diplograph.queries.common.UsageError: reversed date range: --from 2015 starts after --to 2014 ends
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from diplograph.graph import ontology
from diplograph.graph.model import Evidence
from diplograph.graph.when import When

__all__ = [
    "EmptyStoreError",
    "EvidenceRef",
    "QueryError",
    "UsageError",
    "parse_period",
    "parse_window",
]


class QueryError(ValueError):
    """A question the graph cannot answer as asked; ``exit_code`` is what the CLI exits with."""

    exit_code = 1


class UsageError(QueryError):
    """Bad usage: an unparsable date, a reversed range, an unknown option value (exit 2)."""

    exit_code = 2


class EmptyStoreError(QueryError):
    """The store holds nothing to query (exit 1)."""


def parse_period(text: str | dt.date | None, what: str = "date") -> tuple[dt.date, dt.date] | None:
    """The first and last day of an EDTF-ish date ("2015", "2015-05", "2015-05-09", "2014/2015").

    None stays None; anything else unparsable raises :class:`UsageError` naming ``what``.
    """
    if text is None or text == "":
        return None
    if isinstance(text, dt.date):
        return (text, text)
    try:
        w = When.parse(str(text))
    except ValueError:
        w = None
    if w is None or w.lower is None or w.upper is None:
        raise UsageError(f"{what}: {text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return w.lower, w.upper


def parse_window(start: str | dt.date | None, end: str | dt.date | None
                 ) -> tuple[dt.date | None, dt.date | None]:
    """The inclusive day window of ``--from``/``--to`` (either may be None = open).

    ``--from 2015-05`` starts on 1 May, ``--to 2015-05`` ends on 31 May.
    A window that ends before it starts raises :class:`UsageError`.
    """
    lo = parse_period(start, "--from")
    hi = parse_period(end, "--to")
    a = lo[0] if lo else None
    b = hi[1] if hi else None
    if a and b and a > b:
        raise UsageError(f"reversed date range: --from {start} starts after --to {end} ends")
    return a, b


def as_of_day(text: str | dt.date | None) -> dt.date | None:
    """The last day of an ``--as-of`` period ("2015-03" = as known on 31 March 2015)."""
    p = parse_period(text, "--as-of")
    return p[1] if p else None


@dataclass(frozen=True, slots=True)
class EvidenceRef:
    """One report behind an event or relation: the article, its date, its sentence, what it said."""

    article: str
    published: str | None
    sentence: str
    factuality: str | None
    when: str | None
    rule: str = ""
    confidence: float = 1.0
    start: int = 0
    end: int = 0

    @classmethod
    def of(cls, e: Evidence) -> EvidenceRef:
        """The reference of a store evidence row."""
        return cls(article=e.article_id, published=e.published, sentence=e.text or "", factuality=e.factuality,
                   when=e.when, rule=e.rule or "", confidence=e.confidence, start=e.start, end=e.end)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted."""
        return {"article": self.article, "confidence": self.confidence, "end": self.end,
                "factuality": self.factuality, "published": self.published, "rule": self.rule,
                "sentence": self.sentence, "start": self.start, "when": self.when}


def iso(d: dt.date | None) -> str | None:
    """ISO text of a date, None stays None."""
    return d.isoformat() if d else None


def when_label(edtf: str | None) -> str:
    """The human label of an EDTF value at its own precision ("May 2015"), "undated" for None."""
    if not edtf:
        return "undated"
    try:
        w = When.parse(edtf)
    except ValueError:
        return edtf
    return w.label() if w else "undated"


def entity_names(conn: Any, ids: set[str | None]) -> dict[str, str]:
    """Display names of entity ids (a state's name even when the store does not hold it)."""
    want = sorted(i for i in ids if i)
    out: dict[str, str] = {}
    for k in range(0, len(want), 500):
        chunk = want[k:k + 500]
        for eid, name in conn.execute(
                f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            out[eid] = name
    for i in want:
        if i not in out:
            out[i] = ontology.state_name(i) if len(i) == 3 and i.isupper() else i
    return out


def cameo_name(code: str | None) -> str | None:
    """The CAMEO name of a code, None when unknown."""
    return _cameo_name(code) if code else None


@lru_cache(maxsize=4096)
def _cameo_name(code: str) -> str | None:
    return ontology.cameo(code).name if ontology.is_cameo(code) else None


def headline(refs: tuple[EvidenceRef, ...] | list[EvidenceRef]) -> EvidenceRef | None:
    """The sentence to quote for an edge: the first sentence of its latest report.

    ``refs`` are ordered oldest article first, each article's sentences in text order.
    """
    if not refs:
        return None
    last = refs[-1]
    for r in refs:
        if (r.published, r.article) == (last.published, last.article):
            return r
    return last


def evidence_refs(conn: Any, subjects: list[str], as_of: dt.date | None = None
                  ) -> dict[str, tuple[EvidenceRef, ...]]:
    """The reports behind many events or relations, oldest article first, each article's sentences
    in text order; with ``as_of`` only articles published by that day (undated ones are left out)."""
    out: dict[str, list[EvidenceRef]] = {}
    cut = as_of.isoformat() if as_of else None
    for i in range(0, len(subjects), 900):
        chunk = subjects[i:i + 900]
        q = ("SELECT subject, article_id, published, sentence, factuality, when_edtf, rule, confidence, start,"
             f" \"end\", locator FROM evidence WHERE subject IN ({','.join('?' * len(chunk))})")
        args: list[Any] = list(chunk)
        if cut:
            q += " AND published <= ?"
            args.append(cut)
        for r in conn.execute(q, args):
            out.setdefault(r[0], []).append(r)
    key = _ref_order
    return {s: tuple(EvidenceRef(r[1], r[2], r[3] or "", r[4], r[5], r[6] or "", r[7], r[8], r[9])
                     for r in sorted(rows, key=key)) for s, rows in out.items()}


def _ref_order(r: tuple) -> tuple:
    return (r[2] or "", r[1], r[8], r[10])
