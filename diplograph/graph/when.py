"""EDTF time values with their precision kept.

``When`` holds an EDTF string ("2015", "2015-05", "2015-05-09",
"2014-01/2015-01", "2013-02/..", "2015-21") and the inclusive calendar bounds it
covers. The common subset is parsed by a fast regex; anything else (qualifiers,
unspecified digits, sets) goes through the ``edtf`` package, so every valid
Level 0-2 value is accepted and nothing invalid is stored.

>>> When.parse("2015-05").lower, When.parse("2015-05").upper
(datetime.date(2015, 5, 1), datetime.date(2015, 5, 31))
>>> When.parse("2015-05").precision
'month'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_DATE = re.compile(r"(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)")
_SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}
_SEASON_NAMES = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
MIN_DATE = dt.date(1, 1, 1)
MAX_DATE = dt.date(9999, 12, 31)
_MONTHS = [
    "", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]

PRECISIONS = ("day", "month", "season", "year", "interval")


def _part_bounds(part: str) -> tuple[dt.date, dt.date, str, str] | None:
    """Bounds, precision and qualifier of one EDTF date part, or None if not in the fast subset."""
    m = _DATE.fullmatch(part)
    if not m:
        return None
    y = int(m.group(1))
    if not 1 <= y <= 9999:
        return None
    qual = m.group(4)
    if m.group(2) is None:
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", qual
    mo = int(m.group(2))
    if mo in _SEASONS:
        if m.group(3) is not None:
            return None
        a, b = _SEASONS[mo]
        if a > b:  # winter runs into the next year
            return dt.date(y, a, 1), dt.date(min(y + 1, 9999), b, calendar.monthrange(y + 1, b)[1]), "season", qual
        return dt.date(y, a, 1), dt.date(y, b, calendar.monthrange(y, b)[1]), "season", qual
    if not 1 <= mo <= 12:
        return None
    if m.group(3) is None:
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]), "month", qual
    d = int(m.group(3))
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    return day, day, "day", qual


def _struct_to_date(st) -> dt.date:
    y = max(1, min(9999, st.tm_year))
    return dt.date(y, st.tm_mon, st.tm_mday)


@lru_cache(maxsize=65536)
def _parse(text: str) -> tuple[dt.date | None, dt.date | None, str]:
    s = text.strip()
    if "/" in s:
        a, b = s.split("/", 1)
        lo_p = None if a in ("", "..") else _part_bounds(a)
        hi_p = None if b in ("", "..") else _part_bounds(b)
        if (a not in ("", "..") and lo_p is None) or (b not in ("", "..") and hi_p is None):
            return _parse_with_library(s)
        if lo_p is None and hi_p is None:
            raise ValueError(f"not an EDTF interval: {text!r} (both ends open)")
        lo = lo_p[0] if lo_p else None
        hi = hi_p[1] if hi_p else None
        if lo and hi and lo > hi:
            raise ValueError(f"not an EDTF interval: {text!r} (starts after it ends)")
        return lo, hi, "interval"
    p = _part_bounds(s)
    if p is None:
        return _parse_with_library(s)
    return p[0], p[1], p[2]


def _parse_with_library(s: str) -> tuple[dt.date | None, dt.date | None, str]:
    import edtf  # slow (pyparsing); only for values outside the common subset

    try:
        obj = edtf.parse_edtf(s)
    except Exception as exc:  # the library raises its own EDTFParseException and others
        raise ValueError(f"not an EDTF value: {s!r}") from exc
    try:
        lo = _struct_to_date(obj.lower_strict())
    except Exception:
        lo = None
    try:
        hi = _struct_to_date(obj.upper_strict())
    except Exception:
        hi = None
    if lo is not None and lo <= MIN_DATE:
        lo = None
    if hi is not None and hi >= MAX_DATE:
        hi = None
    precision = "interval" if "/" in s or "[" in s or "{" in s else "year"
    if precision == "year" and lo and hi:
        span = (hi - lo).days
        precision = "day" if span == 0 else "month" if span < 32 else "season" if span < 95 else "year"
    return lo, hi, precision


@dataclass(frozen=True, slots=True)
class When:
    """An EDTF value with inclusive bounds (None = open) and its precision."""

    edtf: str
    lower: dt.date | None
    upper: dt.date | None
    precision: str

    @classmethod
    def parse(cls, value: str | When | dt.date | None) -> When | None:
        """Parse an EDTF string (or a date); None stays None; invalid text raises ValueError.

        >>> When.parse("2014-01/2015-01").precision
        'interval'
        """
        if value is None:
            return None
        if isinstance(value, When):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.isoformat(), value, value, "day")
        text = str(value).strip()
        if not text:
            return None
        lo, hi, prec = _parse(text)
        return cls(text, lo, hi, prec)

    @classmethod
    def day(cls, d: dt.date) -> When:
        """The single day ``d``."""
        return cls(d.isoformat(), d, d, "day")

    @classmethod
    def span(cls, lo: When | None, hi: When | None) -> When | None:
        """The interval from the start of ``lo`` to the end of ``hi`` (either may be open)."""
        if lo is None and hi is None:
            return None
        a = lo.edtf if lo else ".."
        b = hi.edtf if hi else ".."
        return cls.parse(f"{a}/{b}")

    @property
    def lower_iso(self) -> str | None:
        return self.lower.isoformat() if self.lower else None

    @property
    def upper_iso(self) -> str | None:
        return self.upper.isoformat() if self.upper else None

    def overlaps(self, lo: dt.date | None, hi: dt.date | None) -> bool:
        """True when this value shares at least one day with [lo, hi] (None = unbounded)."""
        if hi is not None and self.lower is not None and self.lower > hi:
            return False
        return not (lo is not None and self.upper is not None and self.upper < lo)

    def label(self) -> str:
        """A human label at the value's own precision: "May 2015", "9 May 2015", "2014 – Jan 2015"."""
        return _label(self.edtf)

    def __str__(self) -> str:
        return self.edtf


def _label_part(part: str) -> str:
    if part in ("", ".."):
        return "…"
    m = _DATE.fullmatch(part)
    if not m:
        return part
    y, mo, d, q = m.group(1), m.group(2), m.group(3), m.group(4)
    suffix = {"~": " (approx.)", "?": " (uncertain)", "%": " (approx., uncertain)"}.get(q, "")
    if mo is None:
        return y + suffix
    mi = int(mo)
    if mi in _SEASON_NAMES:
        return f"{_SEASON_NAMES[mi]} {y}{suffix}"
    if not 1 <= mi <= 12:
        return part
    if d is None:
        return f"{_MONTHS[mi]} {y}{suffix}"
    return f"{int(d)} {_MONTHS[mi]} {y}{suffix}"


def _label(edtf_text: str) -> str:
    if "/" in edtf_text:
        a, b = edtf_text.split("/", 1)
        return f"{_label_part(a)} – {_label_part(b)}"
    return _label_part(edtf_text)
