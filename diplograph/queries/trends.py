"""Trend series: a dyad's cooperation-conflict record per period, with its explicit trend statements.

Per month, quarter or year: the number of events in each CAMEO quad class
(1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict), their total and mean Goldstein value, and the trend statements of
the dyad ("relations have fallen into a freeze", a relation of type trend)
whose time overlaps the series. An event counts in the period where its time
interval starts (undated events are left out and counted in ``undated``); negated
events (a visit called off) do not count unless asked for.
Periods without events are listed with zeros, so a series has no holes.

>>> from diplograph.graph.store import Store
>>> trend_series(Store(":memory:"), "CHN", "PRK").periods
[]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from diplograph.graph.model import FACTUALITY
from diplograph.graph.store import Store
from diplograph.queries.actors import Actor, ActorIndex, match_sql
from diplograph.queries.common import EvidenceRef, UsageError, iso, parse_window, when_label

__all__ = ["PERIODS", "TrendPeriod", "TrendSeries", "TrendStatement", "trend_series"]

PERIODS = ("month", "quarter", "year")
COUNTED = ("occurred", "planned", "possible")


@dataclass(frozen=True, slots=True)
class TrendPeriod:
    """One period of a series: its label and bounds, counts per quad class, Goldstein total and mean."""

    period: str                 # "2015-05", "2015-Q2", "2015"
    start: dt.date
    end: dt.date
    counts: tuple[int, int, int, int]  # quad classes 1..4
    goldstein_total: float
    goldstein_mean: float | None

    @property
    def n_events(self) -> int:
        """All events of the period."""
        return sum(self.counts)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted."""
        return {"end": self.end.isoformat(), "goldstein_mean": _r(self.goldstein_mean),
                "goldstein_total": _r(self.goldstein_total), "material_conflict": self.counts[3],
                "material_cooperation": self.counts[1], "n_events": self.n_events, "period": self.period,
                "start": self.start.isoformat(), "verbal_conflict": self.counts[2],
                "verbal_cooperation": self.counts[0]}


@dataclass(frozen=True, slots=True)
class TrendStatement:
    """An explicit statement about the state of the dyad's relations."""

    id: str
    label: str | None
    polarity: str | None
    when: str | None
    lo: str | None
    hi: str | None
    n_sources: int
    evidence: tuple[EvidenceRef, ...] = ()

    @property
    def when_label(self) -> str:
        """The time at its own precision."""
        return when_label(self.when)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted."""
        return {"evidence": [e.to_dict() for e in self.evidence], "hi": self.hi, "id": self.id,
                "label": self.label, "lo": self.lo, "n_sources": self.n_sources, "polarity": self.polarity,
                "when": self.when, "when_label": self.when_label}


@dataclass(slots=True)
class TrendSeries:
    """The answer of :func:`trend_series`."""

    a: Actor
    b: Actor
    by: str
    periods: list[TrendPeriod] = field(default_factory=list)
    statements: list[TrendStatement] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    undated: int = 0
    factuality: tuple[str, ...] = ()

    def title(self) -> str:
        """"China – North Korea: events per month by quad class"."""
        span = f", {self.periods[0].period} to {self.periods[-1].period}" if self.periods else ""
        return f"{self.a.name} – {self.b.name}: events per {self.by} by quad class{span}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, keys sorted (schema ``diplograph.trend/1``)."""
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "by": self.by, "end": iso(self.end),
                "factuality": list(self.factuality),
                "periods": [p.to_dict() for p in self.periods], "schema": "diplograph.trend/1",
                "start": iso(self.start), "statements": [s.to_dict() for s in self.statements],
                "undated": self.undated}


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def period_of(day: str, by: str) -> str:
    """The period label of an ISO day: "2015-05", "2015-Q2" or "2015"."""
    if by == "month":
        return day[:7]
    if by == "year":
        return day[:4]
    return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"


def period_bounds(label: str, by: str) -> tuple[dt.date, dt.date]:
    """First and last day of a period label."""
    y = int(label[:4])
    if by == "year":
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if by == "month":
        m1 = m2 = int(label[5:7])
    else:
        q = int(label[-1])
        m1, m2 = 3 * q - 2, 3 * q
    last = (dt.date(y + (m2 == 12), m2 % 12 + 1, 1) - dt.timedelta(days=1))
    return dt.date(y, m1, 1), last


def _next(label: str, by: str) -> str:
    return period_of((period_bounds(label, by)[1] + dt.timedelta(days=1)).isoformat(), by)


def trend_series(store: Store, a: Actor | str, b: Actor | str, *, by: str = "month",
                 start: str | dt.date | None = None, end: str | dt.date | None = None,
                 factuality: Iterable[str] = COUNTED, index: ActorIndex | None = None) -> TrendSeries:
    """The per-period series of the dyad ``a``-``b`` (either direction) and its trend statements.

    Only events of the given ``factuality`` count (default: all but negated ones: a visit
    called off is no cooperation).
    """
    if by not in PERIODS:
        raise UsageError(f"--by: {by!r} is not one of {', '.join(PERIODS)}")
    facts = tuple(dict.fromkeys(f.strip().lower() for f in factuality)) or COUNTED
    for f in facts:
        if f not in FACTUALITY:
            raise UsageError(f"--factuality: {f!r} is not one of {', '.join(FACTUALITY)}")
    lo, hi = parse_window(start, end)
    idx = index or ActorIndex(store)
    aa = a if isinstance(a, Actor) else idx.lookup(a)
    bb = b if isinstance(b, Actor) else idx.lookup(b)
    if aa.id == bb.id:
        raise UsageError(f"a trend needs two different actors ({aa.id} was given twice)")
    series = TrendSeries(aa, bb, by, start=lo, end=hi, factuality=facts)
    where, args = match_sql(aa, bb)
    conds, params = [where], list(args)
    if set(facts) != set(FACTUALITY):
        conds.append(f"factuality IN ({','.join('?' * len(facts))})")
        params += facts
    if lo:
        conds.append("lo >= ?")
        params.append(lo.isoformat())
    if hi:
        conds.append("lo <= ?")
        params.append(hi.isoformat())
    cut = {"month": 7, "year": 4, "quarter": 7}[by]
    rows = store.conn.execute(
        f"SELECT substr(lo, 1, {cut}) AS p, quad, COUNT(*), TOTAL(goldstein), COUNT(goldstein) FROM events"
        f" WHERE {' AND '.join(conds)} AND lo IS NOT NULL GROUP BY p, quad", params).fetchall()
    if not (lo or hi):
        series.undated = store.conn.execute(
            f"SELECT COUNT(*) FROM events WHERE {' AND '.join(conds)} AND lo IS NULL", params).fetchone()[0]
    acc: dict[str, list[float]] = {}
    for p, quad, n, total, n_gold in rows:
        label = period_of(p + "-01" if len(p) == 7 else p + "-01-01", by) if by == "quarter" else p
        slot = acc.setdefault(label, [0, 0, 0, 0, 0.0, 0])
        if quad in (1, 2, 3, 4):
            slot[quad - 1] += n
        slot[4] += total
        slot[5] += n_gold
    series.statements = _statements(store, aa, bb, lo, hi)
    if acc:
        # without a window the series spans its events and the statements about the dyad
        # (at most five years beyond the events, so a "since 1950" statement does not flood the series)
        ev_first, ev_last = period_bounds(min(acc), by)[0], period_bounds(max(acc), by)[1]
        reach_lo = ev_first.replace(year=max(1, ev_first.year - 5)).isoformat()
        reach_hi = ev_last.replace(year=min(9999, ev_last.year + 5), day=min(ev_last.day, 28)).isoformat()
        bounds = [max(d, reach_lo) for st in series.statements for d in (st.lo, st.hi) if d]
        bounds = [min(d, reach_hi) for d in bounds]
        first = period_of(lo.isoformat(), by) if lo else min([*acc, *(period_of(d, by) for d in bounds)])
        last = period_of(hi.isoformat(), by) if hi else max([*acc, *(period_of(d, by) for d in bounds)])
        label = first
        while label <= last:
            s = acc.get(label, [0, 0, 0, 0, 0.0, 0])
            p_lo, p_hi = period_bounds(label, by)
            series.periods.append(TrendPeriod(label, p_lo, p_hi, (int(s[0]), int(s[1]), int(s[2]), int(s[3])),
                                              float(s[4]), (s[4] / s[5]) if s[5] else None))
            label = _next(label, by)
    return series


def _statements(store: Store, a: Actor, b: Actor, lo: dt.date | None, hi: dt.date | None) -> list[TrendStatement]:
    where, args = match_sql(a, b, ("a", "b"))
    conds, params = ["type = 'trend'", where], list(args)
    if hi:
        conds.append("(lo IS NULL OR lo <= ?)")
        params.append(hi.isoformat())
    if lo:
        conds.append("(hi IS NULL OR hi >= ?)")
        params.append(lo.isoformat())
    rows = store.conn.execute("SELECT id, label, polarity, when_edtf, lo, hi, n_articles FROM relations WHERE "
                              + " AND ".join(conds) + " ORDER BY lo NULLS LAST, id", params).fetchall()
    ev = store.evidence_many([r[0] for r in rows]) if rows else {}
    return [TrendStatement(r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                           tuple(EvidenceRef.of(e) for e in sorted(ev.get(r[0], []),
                                                                   key=lambda e: (e.published or "", e.article_id,
                                                                                  e.start))))
            for r in rows]
