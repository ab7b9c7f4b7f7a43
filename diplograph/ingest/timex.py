"""Temporal expressions in news text, resolved to EDTF against the publication date.

Time is resolved as a reader on the publication day would: "in May", written on
2015-01-29 in a sentence about a coming visit, is ``2015-05``; "In September"
in a December report of a ban is the past September; "last week" is the
Monday-to-Sunday week before the anchor; "over the past year" the twelve
months before it. Relative expressions are resolved against the ``anchor``
(the publication date) and NEVER against today; with no anchor only absolute
expressions ("February 2013", "in 1994", "May 9, 2015") get a value.

Recognition is a handful of compiled regexes over the text (core patterns such
as a month name, a weekday or "<number> <unit>"); the words around each match
(in/since/over the past/ago/of/...) are read by the handlers. The modal verb
"may" is never a month: only capitalised "May" in a date context counts.

Where the calendar direction is ambiguous (a bare weekday, a month without a
year), the tense of the clause decides (:func:`guess_tense`): past reporting
takes the most recent such day (0-6 days back), future ("will start Thursday")
the next one (0-6 days ahead).

Anaphoric offsets ("the day before", "a day earlier", "days after the
inauguration", "hours after Trudeau accused ...") carry ``anaphoric=True`` and
``offset``: the (lo, hi) range in days of their ``edtf`` relative to the
reference event. Their ``edtf`` assumes that the LATER of the two events is on
the anchor: "a day after Finland expressed ..." dates Finland's move to the day
before the anchor (offset (-1, -1)), "the day prior" is the day before the
anchor, "days before the inauguration" is 1-13 days before it (offset
(-13, -1)); "a day later"/"the next day" (no complement) is the day after the
reference (offset (1, 1)). Use :func:`rebase` with a better reference date when
one is known (the date of the inauguration, of the previously mentioned event).

>>> import datetime as dt
>>> resolve("in May", dt.date(2015, 1, 29), tense="future")
'2015-05'
>>> resolve("last week", dt.date(2023, 9, 18))
'2023-09-11/2023-09-17'
>>> [t.text for t in find_timexes("Kim may visit Moscow.", dt.date(2015, 1, 29))]
[]
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from diplograph.ingest.numbers import CARDINALS, DURATION_NUMBERS, cardinals

__all__ = ["Timex", "find_timexes", "guess_tense", "rebase", "resolve"]

KINDS = ("date", "interval", "duration", "relative", "set")


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: its span, text and EDTF value against the anchor.

    ``kind``: "date" (a point at some precision: 2015, 2015-05, 2015-05-09,
    a season), "interval" (a range: last week, since 2011, over the past year),
    "duration" (six weeks of fighting, decades-long: the interval it covers,
    ending at the anchor in past context), "relative" (vague or anaphoric:
    recently, earlier, the day before) or "set" (every year).
    ``direction``: "past" or "future" relative to the anchor where the phrase
    or its resolution says so, else None. ``absolute``: the value does not
    depend on the anchor. ``anaphoric``/``offset``: see the module docstring.
    """

    start: int
    end: int
    text: str
    edtf: str | None
    kind: str
    direction: str | None = None
    absolute: bool = False
    anaphoric: bool = False
    offset: tuple[int, int] | None = None


# ----------------------------------------------------------------- calendar helpers

def _iso(d: dt.date) -> str:
    return d.isoformat()


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _yy(y: int) -> str:
    return f"{y:04d}"


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _add_months(d: dt.date, n: int) -> dt.date:
    idx = d.year * 12 + (d.month - 1) + n
    y, m = divmod(idx, 12)
    y = max(1, min(9999, y))
    return dt.date(y, m + 1, min(d.day, _last_day(y, m + 1)))


def _add_days(d: dt.date, n: int) -> dt.date:
    try:
        return d + dt.timedelta(days=n)
    except OverflowError:
        return dt.date.max if n > 0 else dt.date.min


def _week(d: dt.date) -> tuple[dt.date, dt.date]:
    mon = _add_days(d, -d.weekday())
    return mon, _add_days(mon, 6)


def _civ(a: dt.date, b: dt.date) -> str:
    return f"{_iso(a)}/{_iso(b)}" if a != b else _iso(a)


def _valid_day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# the full names of the months, in order (MONTHS lists them first, the abbreviations after)
MONTH_NAMES = tuple(MONTHS)[:12]
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# words between a verb and its date ("said on Monday", "met earlier this week", "announced, last month")
DATE_GLUE = frozenset({"on", "in", "this", "last", "earlier", "late", "early", ","})
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
# (months, days) per unit
UNITS = {
    "hour": (0, 1 / 24), "day": (0, 1), "night": (0, 1), "week": (0, 7), "fortnight": (0, 14),
    "month": (1, 0), "year": (12, 0), "decade": (120, 0), "century": (1200, 0), "centurie": (1200, 0),
}


def _by_first_letter(words: list[str]) -> str:
    """The word patterns ``words`` (each starting with a plain lower-case letter) as one group of
    alternatives nested by first letter: "(?:w(?:as|ere)|h(?:ad|as))" for was|were|had|has. sre
    enters every alternative whose first letter fits (saving its state each time) but skips the
    members of a nested group on their own first letter, so this is much faster for long word
    lists. It matches the same: only words of one first letter can match at a place, and their
    order is kept."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(f"{k}(?:{'|'.join(rest)})" for k, rest in groups.items()) + ")"


_MON_FULL = "|".join(m.capitalize() for m in MONTH_NAMES)
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?=\s+\d))"
_MON = rf"(?:{_MON_FULL}|{_MON_ABBR})"
_WD = "|".join(d.capitalize() for d in WEEKDAYS)
_YEAR = r"(?:1[89]|20)\d\d"
_ORD = r"(?:st|nd|rd|th)?"
_NUMW = (
    r"\d+(?:\.\d+)?|" + _by_first_letter(list(cardinals(1, 90))) +
    r"|(?:a\s+)?few|(?:a\s+)?couple(?:\s+of)?|several|(?:a\s+)?dozen|a|an|half\s+an?|(?:a|one)\s+and\s+a\s+half"
)
# what a _NUMW starts with (a digit or one of these letters; "afcsdh": a few, a couple, several,
# a dozen, half): tested first, so that the long case-insensitive alternation is not tried at
# every other word
_NUMW_START = r"[\d" + "".join(sorted({w[0] for w in cardinals(1, 90)} | set("afcsdh"))) + "]"
_UNIT = r"hour|day|night|week|fortnight|month|year|decade|century|centurie"

# ----------------------------------------------------------------- tense

_FUTURE_WORDS = (
    r"will|won[’']?t|shall|would|wouldn[’']?t|is\s+to|are\s+to|was\s+to|were\s+to|is\s+due|are\s+due|set\s+to"
    r"|plans?|planned|planning|scheduled|expected|expects|going\s+to|upcoming|intends?|aims?\s+to"
    r"|hopes?\s+to|to\s+be\s+held|to\s+start|to\s+begin|to\s+visit|to\s+travel|forthcoming"
    r"|slated|set\s+for|due\s+for|pencil?led\s+in|pencil?led\s+for"
).split("|")
# (the lookahead: the letters the words start with, a quick reject at other words before the
# case-insensitive alternatives are tried)
_FUTURE = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in _FUTURE_WORDS}))}])\b{_by_first_letter(_FUTURE_WORDS)}\b"
    r"|[’']ll\b",
    re.IGNORECASE,
)
_PAST_WORDS = (
    r"was|were|had|did|didn[’']t|has|have|hasn[’']t|haven[’']t|ago|last|said|told|took|met|made|came"
    r"|went|gave|held|began|left|saw|won|lost|fell|rose|struck|hit|shot|sent|led|spoke|broke|brought|fought"
    r"|stood|sought|thought|knew|found|became|ran|paid|meant|felt|kept|wrote|drew|flew|got|grew|threw"
    r"|began|chose|drove|forgot|froze|hid|rode|sank|sang|slid|stole|swore|tore|woke|wore|beat|bore|bit"
    r"|built|bought|caught|dealt|fed|fled|heard|laid|lent|lit|overtook|quit|read|sold|shut|spent|split"
    r"|spread|stuck|swept|taught|understood|upheld|withdrew|won|overthrew|oversaw|undertook"
).split("|")
# ((?=ed\b): the exceptions are looked at only before a final "ed")
_PAST = re.compile(
    rf"\b{_by_first_letter(_PAST_WORDS)}\b"
    r"|\b[a-z]{2,}(?=ed\b)(?<!need)(?<!seed)(?<!speed)(?<!indeed)(?<!hundred)(?<!proceed)(?<!succeed)(?<!exceed)ed\b"
)
# present tense: neutral ("is", "are"), except the scheduling present ("takes effect on April 1")
_PRESENT = re.compile(r"\b(?:is|are|am|isn[’']t|aren[’']t|remains?|says|say)\b")
_SCHEDULED = re.compile(
    r"\b(?:takes?\s+(?:effect|place|office)|begins?|starts?|opens?|kicks?\s+off|gets?\s+under\s*way|expires?"
    r"|convenes?|resumes?|heads?\s+(?:to|for|off)|leaves\s+for|travels\s+to|flies\s+to)\b"
)
_CLAUSE_END = re.compile(r"[.!?;](?=\s)|\n")
# a commitment and its infinitive ("agreed to meet again in Geneva on October 29", "agreed to
# deescalate on Wednesday"): the past of the governing verb does not tell the infinitive's time, so
# the calendar decides (the nearer reading)
_INFINITIVE = re.compile(
    r"\b(?:agreed|agrees|agree|decided|decides|promised|pledged|vowed|invited)\s+(?:\w+\s+){0,3}?to\s+"
    r"(?!be\b|have\b|a\b|an\b|the\b|its\b|their\b|his\b|her\b|this\b|that\b|these\b|those\b|all\b|some\b"
    r"|each\b|both\b|any\b|new\b|further\b|\d)[a-z]+\b")
_TENSE = re.compile(
    f"(?P<i>{_INFINITIVE.pattern})|(?P<f>(?i:{_FUTURE.pattern}))|(?P<s>{_SCHEDULED.pattern})|(?P<p>{_PAST.pattern})|(?P<n>{_PRESENT.pattern})"
)
_GOVERNED = re.compile(r"\s+(?:(?:in|on|at|during|by|earlier|late|early)\s+)?(?:(?:early|late|mid)[\s-]+)?")
_TENSE_GROUPS = {"i": ("", 0), "f": ("future", 0), "s": ("future", 1), "p": ("past", 2), "n": ("", 3)}


def guess_tense(text: str, start: int, end: int) -> str | None:
    """"past", "future" or None: the tense marker nearest to text[start:end] in its clause.

    Future markers (will, would, is to, plans, expected, set to, next) and past ones
    (was, had, has, said, -ed verbs, irregular past forms) are looked for in the
    same sentence, outside the span; the nearest wins, a tie goes to the future.
    """
    lo = max(0, start - 150)
    hi = min(len(text), end + 120)
    left = text[lo:start]
    cut = None
    for m in _CLAUSE_END.finditer(left):
        cut = m.end()
    if cut is not None:
        lo += cut
    m2 = _CLAUSE_END.search(text, end, hi)
    if m2:
        hi = m2.start()
    best: tuple[int, int, str] | None = None
    for m in _TENSE.finditer(text, lo, hi):
        if best is not None and m.start() - end > best[0]:
            break   # this marker and the ones after it are farther than the best one
        label, prio = _TENSE_GROUPS[m.lastgroup or "p"]
        if prio == 2 and text[max(0, m.start() - 3):m.start()] == "be ":
            continue  # "will be held": a participle after a modal, not a past tense
        if m.end() <= start:
            dist = start - m.end()
            between = text[m.end():start]
        elif m.start() >= end:
            dist = m.start() - end
            between = text[end:m.start()]
        else:
            continue
        if "," in between or " – " in between or " — " in between:
            dist += 60  # another clause: a weaker cue
        elif m.end() <= start and _GOVERNED.fullmatch(between):
            dist = -1   # the verb the date hangs on: "signed in June", "said in June it will ..."
        key = (dist, prio, label)
        if best is None or key < best:
            best = key
    return (best[2] or None) if best else None


# ----------------------------------------------------------------- resolution helpers

def _pick_year_month(anchor: dt.date, month: int, tense: str | None) -> int:
    y = anchor.year
    if tense == "past":
        return y if month <= anchor.month else y - 1
    if tense == "future":
        return y if month >= anchor.month else y + 1
    # no tense: this year's month if it has begun, else a month at most 4 ahead, else last year's
    diff = month - anchor.month
    if diff <= 0:
        return y
    return y if diff <= 4 else y - 1


def _pick_month_day(anchor: dt.date, month: int, day: int, tense: str | None,
                    guessed: bool = False) -> dt.date | None:
    cands = [c for c in (_valid_day(anchor.year + k, month, day) for k in (-1, 0, 1)) if c]
    if not cands:
        return None
    if tense == "past":
        past = [c for c in cands if c <= anchor]
        return _past_or_near_future(anchor, past, cands) if guessed else (max(past) if past else min(cands))
    if tense == "future":
        fut = [c for c in cands if c >= anchor]
        recent = [c for c in cands if c < anchor and (anchor - c).days <= 31]
        if fut and recent and (min(fut) - anchor).days > 300:
            return max(recent)      # "agreed to ceasefire talks on October 10", written October 26
        return min(fut) if fut else max(cands)
    past = [c for c in cands if c <= anchor]
    fut = [c for c in cands if c > anchor]
    if fut and (not past or (min(fut) - anchor).days <= 120):
        return min(fut)
    return max(past)


def _past_or_near_future(anchor: dt.date, past: list[dt.date], cands: list[dt.date]) -> dt.date:
    """The past candidate of a day and month in a clause whose past tense was guessed, unless it is almost
    a year back and the same day comes within two months: "signed a decree banning flights from July 8",
    written June 21 (news gives the year of a date that far back). A tense the caller gives is kept."""
    fut = [c for c in cands if c > anchor]
    if past and fut and (anchor - max(past)).days > 300 and (min(fut) - anchor).days <= 60:
        return min(fut)
    return max(past) if past else min(cands)


def _pick_weekday(anchor: dt.date, wd: int, tense: str | None, qual: str | None) -> dt.date:
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if qual == "last" or qual == "past":
        return _add_days(anchor, -(back or 7))
    if qual in ("next", "coming"):
        return _add_days(anchor, fwd or 7)
    if tense == "future":
        return _add_days(anchor, fwd)
    return _add_days(anchor, -back)


def _pick_day_of_month(anchor: dt.date, day: int, wd: int | None) -> dt.date | None:
    cands = []
    for k in (-1, 0, 1):
        base = _add_months(anchor.replace(day=1), k)
        c = _valid_day(base.year, base.month, day)
        if c:
            cands.append(c)
    if not cands:
        return None
    if wd is not None:
        match = [c for c in cands if c.weekday() == wd]
        if match:
            cands = match
    return min(cands, key=lambda c: abs((c - anchor).days))


def _shift(anchor: dt.date, n: float, unit: str, sign: int) -> dt.date:
    months, days = UNITS[unit]
    total_m = months * n
    whole_m = int(total_m)
    extra_days = (total_m - whole_m) * 30 + days * n
    d = _add_months(anchor, sign * whole_m) if whole_m else anchor
    return _add_days(d, sign * int(round(extra_days)))


def _point(d: dt.date, unit: str) -> str:
    """A date at the precision of ``unit``."""
    if unit in ("hour", "day", "night"):
        return _iso(d)
    if unit in ("week", "fortnight"):
        a, b = _week(d)
        return _civ(a, b)
    if unit == "month":
        return _ym(d.year, d.month)
    return _yy(d.year)


def _span(a: dt.date, b: dt.date, unit: str) -> str:
    """An interval [a, b] at a precision fitting ``unit``."""
    if a > b:
        a, b = b, a
    if unit in ("hour", "day", "night", "week", "fortnight"):
        return _civ(a, b)
    if unit in ("month", "year"):
        return f"{_ym(a.year, a.month)}/{_ym(b.year, b.month)}"
    return f"{_yy(a.year)}/{_yy(b.year)}"


_SPACES = re.compile(r"\s+")


def _number(word: str) -> float | None:
    w = _SPACES.sub(" ", word.lower()).strip()
    if w in ("a couple", "a couple of", "couple of"):
        return 2
    if w in ("a few",):
        return 3
    if w in ("a dozen",):
        return 12
    if w.startswith("half"):
        return 0.5
    if "and a half" in w:
        return 1.5
    if w in DURATION_NUMBERS:
        return DURATION_NUMBERS[w]
    try:
        return float(w)
    except ValueError:
        return None


def _unit(word: str) -> str:
    w = word.lower()
    if w.endswith("s"):
        w = w[:-1]
    return "centurie" if w == "centurie" else ("century" if w == "century" else w)


# ----------------------------------------------------------------- recognition

@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    edtf: str | None
    kind: str
    direction: str | None = None
    absolute: bool = False
    anaphoric: bool = False
    offset: tuple[int, int] | None = None


_Ctx = tuple[str, dt.date | None, str | None]  # text, anchor, forced tense
_Handler = Callable[[re.Match[str], str, "dt.date | None", "str | None"], "_Cand | None"]

_PREV_WORDS = re.compile(r"([A-Za-z][A-Za-z'’-]*)[\s,]*$")


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORDS.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


def _tense(text: str, s: int, e: int, forced: str | None) -> str | None:
    return forced if forced is not None else guess_tense(text, s, e)


def _direction_of(edtf: str | None, anchor: dt.date | None) -> str | None:
    if not edtf or anchor is None:
        return None
    parts = edtf.split("/")
    lo = _bound(parts[0], False)
    hi = _bound(parts[-1], True)
    if hi is not None and hi < anchor:
        return "past"
    if lo is not None and lo > anchor:
        return "future"
    return None


_EDTF_PARTS = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _bound(part: str, end: bool) -> dt.date | None:
    m = _EDTF_PARTS.fullmatch(part)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(2) is None:
        return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
    mo = int(m.group(2))
    if mo > 12:
        a, b = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 12)}.get(mo, (1, 12))
        mo = b if end else a
        return dt.date(y, mo, _last_day(y, mo) if end else 1)
    if m.group(3) is None:
        return dt.date(y, mo, _last_day(y, mo)) if end else dt.date(y, mo, 1)
    return _valid_day(y, mo, int(m.group(3)))


# --- absolute dates ------------------------------------------------------------

_RX_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _h_iso(m, text, anchor, forced):
    d = _valid_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if d is None:
        return None
    return _Cand(m.start(), m.end(), _iso(d), "date", absolute=True)


_RX_DMY = re.compile(
    rf"\b(?:({_WD}),?\s+(?:the\s+)?)?(\d{{1,2}}){_ORD}(?:(?:\s*[-–]\s*|\s+(?:to|until|till|through)\s+)(\d{{1,2}}){_ORD})?"
    rf"(?:\s+of)?\s+({_MON})"
    rf"(?:,?\s+({_YEAR})\b)?"
)
_RX_MDY = re.compile(
    rf"\b(?:({_WD}),?\s+)?({_MON})\s+(\d{{1,2}}){_ORD}(?![\d:])"
    rf"(?:(?:\s*[-–]\s*|\s+(?:to|until|till|through)\s+)(\d{{1,2}}){_ORD}(?![\d:]|\s+(?:{_MON})))?"
    rf"(?:,?\s+({_YEAR})\b)?"
)


def _month_num(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _day_or_range(y: int | None, mo: int, d1: int, d2: int | None, anchor, tense,
                  guessed: bool = False) -> tuple[str | None, bool]:
    if y is not None:
        a = _valid_day(y, mo, d1)
        if a is None:
            return None, True
        b = _valid_day(y, mo, d2) if d2 else None
        return (_civ(a, b) if b and b > a else _iso(a)), True
    if anchor is None:
        return None, False
    a = _pick_month_day(anchor, mo, d1, tense, guessed)
    if a is None:
        return None, False
    b = _valid_day(a.year, mo, d2) if d2 else None
    return (_civ(a, b) if b and b > a else _iso(a)), False


def _h_dmy(m, text, anchor, forced):
    d1 = int(m.group(2))
    d2 = int(m.group(3)) if m.group(3) else None
    if not 1 <= d1 <= 31:
        return None
    mo = _month_num(m.group(4))
    y = int(m.group(5)) if m.group(5) else None
    tense = None if y else _tense(text, m.start(), m.end(), forced)
    edtf, absolute = _day_or_range(y, mo, d1, d2, anchor, tense, forced is None)
    return _Cand(m.start(), m.end(), edtf, "interval" if edtf and "/" in edtf else "date", absolute=absolute)


def _h_mdy(m, text, anchor, forced):
    d1 = int(m.group(3))
    d2 = int(m.group(4)) if m.group(4) else None
    if not 1 <= d1 <= 31:
        return None
    mon = m.group(2)
    if mon == "May" and not m.group(1) and _prev_word(text, m.start()) in ("theresa", "mrs", "ms", "mrs.", "ms."):
        return None
    mo = _month_num(mon)
    y = int(m.group(5)) if m.group(5) else None
    tense = None if y else _tense(text, m.start(), m.end(), forced)
    edtf, absolute = _day_or_range(y, mo, d1, d2, anchor, tense, forced is None)
    return _Cand(m.start(), m.end(), edtf, "interval" if edtf and "/" in edtf else "date", absolute=absolute)


_PART = (
    r"early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
    r"|end|end\s+of|beginning\s+of|start\s+of|middle\s+of"
)
_RX_MY = re.compile(rf"(?:\b((?i:{_PART}))[\s-]+)?\b({_MON}),?\s+({_YEAR})\b(?![-–/]\d)")


def _month_part(y: int, mo: int, part: str | None) -> str:
    p = (part or "").lower()
    last = _last_day(y, mo)
    if p == "early" or "beginning" in p or "start" in p:
        return f"{_ym(y, mo)}-01/{_ym(y, mo)}-10"
    if p == "mid" or "middle" in p:
        return f"{_ym(y, mo)}-11/{_ym(y, mo)}-20"
    if p == "late" or "end" in p:
        return f"{_ym(y, mo)}-21/{_ym(y, mo)}-{last:02d}"
    return _ym(y, mo)


def _h_my(m, text, anchor, forced):
    mo = _month_num(m.group(2))
    y = int(m.group(3))
    return _Cand(m.start(), m.end(), _month_part(y, mo, m.group(1)), "date", absolute=True)


_MONTH_CTX = frozenset(
    "in on since until till by during from through before after of last next this early mid late "
    "and or to between the a an end beginning start middle throughout around since".split()
)
# a month right after a scheduling "for" ("slated for March", "postponed for May") is a date (a bare
# "for May" is not: "a vote for May")
_SCHEDULED_FOR = re.compile(r"\b(?:scheduled|slated|set|planned|due|pencil?led|earmarked|postponed|delayed|moved|"
                            r"rescheduled|pushed\s+back|put\s+off|expected)\s+for\s+$", re.I)
_RX_MON = re.compile(
    rf"(?:\b((?i:{_PART}|last|next|this|coming|past))[\s-]+)?\b({_MON})(?![\w’'-]|\s+\d|\.\d)"
)


def _h_mon(m, text, anchor, forced):
    mon = m.group(2)
    part = m.group(1)
    qual = (part or "").lower()
    prev = _prev_word(text, m.start(1) if part else m.start(2))
    if not part and prev not in _MONTH_CTX and not _SCHEDULED_FOR.search(text, 0, m.start(2)):
        # "April Ryan", "June Carter", "May" the surname: a bare month needs a date context,
        # except when followed by punctuation or a lower-case word (not May/March).
        if mon in ("May", "March") or "." in mon:
            return None
        after = text[m.end():m.end() + 2]
        if not after or not (after[0] in ",;:)" or (after[0] == " " and after[1:2].islower())):
            return None
    if mon == "May" and prev in ("theresa", "mrs", "ms"):
        return None
    mo = _month_num(mon)
    if anchor is None:
        return _Cand(m.start(), m.end(), None, "date")
    if qual in ("last", "past"):
        y = anchor.year if mo < anchor.month else anchor.year - 1
        direction = "past"
    elif qual in ("next", "coming"):
        y = anchor.year if mo > anchor.month else anchor.year + 1
        direction = "future"
    else:
        tense = _tense(text, m.start(), m.end(), forced)
        if tense is None and _START_POINT.search(text, max(0, m.start() - 24), m.start()):
            tense = "future"    # "agreed to export gas starting in January": the next January
        y = _pick_year_month(anchor, mo, tense)
        direction = None
    edtf = _month_part(y, mo, part if qual not in ("last", "next", "this", "coming", "past") else None)
    return _Cand(m.start(), m.end(), edtf, "date", direction=direction)


# the start of what a clause without a tense of its own commits to ("agreed to supply gas starting in
# January", "to take effect beginning in March")
_START_POINT = re.compile(r"\b(?:starting|beginning|effective|as\s+of)\s+(?:in\s+|from\s+|on\s+)?$", re.I)


_RX_WDD = re.compile(rf"\b({_WD}),?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)\b")


def _h_wdd(m, text, anchor, forced):
    if anchor is None:
        return _Cand(m.start(), m.end(), None, "date")
    d = _pick_day_of_month(anchor, int(m.group(2)), WEEKDAYS[m.group(1).lower()])
    return _Cand(m.start(), m.end(), _iso(d) if d else None, "date")


# --- years, decades, centuries --------------------------------------------------

_COUNT_NOUN = re.compile(
    r"\s*(?:%|per\s*cent|percent|people|persons|troops|soldiers|men|women|children|residents|refugees"
    r"|migrants|civilians|deaths|dead|cases|dollars|euros|pounds|yuan|rupees|km|kilometres|kilometers|miles"
    r"|metres|meters|feet|tons|tonnes|votes|seats|members|units|barrels|pages|words|employees|workers"
    r"|jobs|homes|houses|vehicles|tanks|missiles|rockets|drones|aircraft|flights|cars|points|hours|minutes"
    r"|delegates|participants|students|prisoners|detainees|protesters|protestors|police|officers|fighters"
    r"|militants|rebels|mw|gw|kg|bpd|gt|hectares|acres|gmt|utc|hrs|local\s+time|bst|cet|est|edt|pst|ist)\b",
    re.IGNORECASE,
)
_RX_YEAR = re.compile(rf"(?<![\w$€£¥#.,/:%+-])({_YEAR})(?![\d,]\d|\.\d|[-–/]\d|\w)")


_NOT_A_YEAR_BEFORE = re.compile(r"(?:no\.|number|resolution|flight|room|route|article|page|tel|code|\$|usd|eur)\s*$")


def _h_year(m, text, anchor, forced):
    if _COUNT_NOUN.match(text, m.end()):
        return None
    before = text[max(0, m.start() - 12):m.start()].lower()
    if _NOT_A_YEAR_BEFORE.search(before):
        return None
    y = int(m.group(1))
    return _Cand(m.start(), m.end(), _yy(y), "date", absolute=True)


_RX_YPART = re.compile(
    rf"\b(?i:(early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
    rf"|end\s+of|(?:the\s+)?(first|second)\s+half\s+of|(?:the\s+)?(first|second|third|fourth|last)\s+quarter\s+of"
    rf"|q([1-4])|h([12])))[\s-]*({_YEAR})\b(?![-–/]\d)"
)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}


def _year_part(y: int, part: str, half: str | None = None, quarter: str | None = None) -> str:
    p = part.lower()
    if half:
        return f"{_ym(y, 1)}/{_ym(y, 6)}" if half.lower() == "first" else f"{_ym(y, 7)}/{_ym(y, 12)}"
    if quarter:
        q = int(quarter) if quarter.isdigit() else _QUARTERS[quarter.lower()]
        return f"{_ym(y, 3 * q - 2)}/{_ym(y, 3 * q)}"
    if p == "early":
        return f"{_ym(y, 1)}/{_ym(y, 4)}"
    if p == "mid":
        return f"{_ym(y, 5)}/{_ym(y, 8)}"
    if p == "late":
        return f"{_ym(y, 9)}/{_ym(y, 12)}"
    if "end" in p:
        return f"{_ym(y, 10)}/{_ym(y, 12)}"
    if "beginning" in p or "start" in p:
        return f"{_ym(y, 1)}/{_ym(y, 3)}"
    if "middle" in p:
        return f"{_ym(y, 5)}/{_ym(y, 8)}"
    return _yy(y)


def _h_ypart(m, text, anchor, forced):
    y = int(m.group(6))
    quarter = m.group(3) or m.group(4)
    half = m.group(2) or ({"1": "first", "2": "second"}.get(m.group(5)) if m.group(5) else None)
    edtf = _year_part(y, m.group(1), half, quarter)
    return _Cand(m.start(), m.end(), edtf, "interval" if "/" in edtf else "date", absolute=True)


_RX_YRANGE = re.compile(
    rf"\b(?:(?i:(between|from))\s+)?({_YEAR})\s*(?:[-–—/]|\s(?i:and|to|until|till|through|thru)\s)\s*((?:1[89]|20)?\d\d)\b(?![-–/]\d)"
)


def _h_yrange(m, text, anchor, forced):
    a = int(m.group(2))
    b_raw = m.group(3)
    b = int(b_raw) if len(b_raw) == 4 else (a // 100) * 100 + int(b_raw)
    if b <= a or b - a > 200:
        return None
    sep = text[m.end(2):m.start(3)].strip().lower()
    if sep == "and" and not m.group(1):
        return None  # "in 2011 and 2013": two years, not a range
    if _COUNT_NOUN.match(text, m.end()):
        return None
    return _Cand(m.start(), m.end(), f"{_yy(a)}/{_yy(b)}", "interval", absolute=True)


_RX_DECADE = re.compile(
    r"\b(?:(?i:the)\s+)?(?:((?i:early|mid|late))[\s-]+)?(?:((?:1[89]|20)\d)0|[’'](\d)0)s\b"
)


def _h_decade(m, text, anchor, forced):
    if m.group(2):
        base = int(m.group(2)) * 10
    else:
        d = int(m.group(3))
        cur = anchor.year if anchor else 2024
        base = 2000 + d * 10 if 2000 + d * 10 <= cur else 1900 + d * 10
    part = (m.group(1) or "").lower()
    lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(part, (0, 9))
    return _Cand(m.start(), m.end(), f"{_yy(base + lo)}/{_yy(base + hi)}", "interval", absolute=True)


_RX_CENTURY = re.compile(r"\b(?i:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+(?i:century)\b")


def _h_century(m, text, anchor, forced):
    c = int(m.group(1))
    if not 1 <= c <= 21:
        return None
    base = (c - 1) * 100
    return _Cand(m.start(), m.end(), f"{_yy(max(base, 1))}/{_yy(base + 99)}", "interval", absolute=True)


# --- weekdays, deictic words ------------------------------------------------------

_RX_WD = re.compile(
    rf"\b(?:((?i:last|next|this|past|coming|on|late\s+on|early\s+on))\s+)?({_WD})(?:[’']s)?"
    rf"(?:\s+((?i:morning|afternoon|evening|night)))?\b"
)


_NOT_A_DAY_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star|Independent|Mail|People|Tribune|Observer|School"
    r"|Service|Mass|Sport|Edition|Review|Magazine|Night\s+Football|Politics)\b"
)
_NOT_A_DAY_BEFORE = re.compile(r"\b(?:Bloody|Black|Super|Good|Easter|Ash|Palm|Cyber|Holy|Maundy|Whit)\s+$")


def _h_wd(m, text, anchor, forced):
    qual = (m.group(1) or "").lower()
    start = m.start() if qual not in ("on", "late on", "early on") else m.start(2)
    if anchor is None:
        return _Cand(start, m.end(), None, "date")
    if _NOT_A_DAY_AFTER.match(text, m.end(2)) or _NOT_A_DAY_BEFORE.search(text, max(0, m.start(2) - 12), m.start(2)):
        return None  # "The Sunday Times", "Bloody Sunday", "Super Tuesday"
    wd = WEEKDAYS[m.group(2).lower()]
    lazy = wd == anchor.weekday() and qual not in ("last", "next", "past", "coming")
    tense = None if lazy else _tense(text, start, m.end(), forced)  # the anchor's own weekday needs no tense
    d = _pick_weekday(anchor, wd, tense, qual if qual in ("last", "next", "past", "coming") else None)
    if lazy and qual != "this" and _own_weekday_before_now(text, start):
        d = _add_days(anchor, -7)   # "had shut the border on Sunday", written on a Sunday: the Sunday before
    wk = _WEEK_AFTER.match(text, m.end())
    if wk and qual not in ("last", "next", "past", "coming"):
        # "on Tuesday last week", "Monday of next week": that week's day
        step = {"last": -1, "previous": -1, "next": 1, "this": 0}[wk.group(1).lower()]
        mon, _sun = _week(_add_days(anchor, 7 * step))
        d = _add_days(mon, wd)
    direction = "past" if d < anchor else "future" if d > anchor else None
    return _Cand(start, m.end(), _iso(d), "date", direction=direction)


_WEEK_AFTER = re.compile(r"\s*,?\s+(?:of\s+)?(last|previous|next|this)\s+week\b", re.I)

# a past perfect of the clause before a weekday ("Lungu had shut the border on Sunday"): an act
# before the time of writing; unless a verb of saying precedes it in the sentence ("said it had
# closed the border on Sunday" may tell today's act in reported speech)
_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:already|earlier|also|been|\w+ly)\s+){0,2}\w+(?:ed|en|wn|ne|ht|lt|nt|ck|ut|"
                         r"et|id|un|ld)\b[^.;:!?\"“”]{0,80}$")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated|added|reported|confirmed|claimed)\b")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


def _own_weekday_before_now(text: str, start: int) -> bool:
    """The publication's own weekday, named in a past perfect clause, is the week before: "President
    Lungu had shut the border on Sunday" in an article of a Sunday. ``start`` is the weekday phrase's
    offset in ``text``."""
    window = text[max(0, start - 160):start]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    had = _HAD_BEFORE.search(window)
    return had is not None and _SAID_BEFORE.search(window, 0, had.start()) is None


# (the lookahead: the letters its phrases start with, a quick reject as in _RX_CAL)
_RX_DEICTIC = re.compile(
    r"\b(?=(?i:[oelty]))(?i:(overnight)|(?:earlier|later)\s+(?:in\s+the|that)\s+(?:day|morning|afternoon|evening)"
    r"|(?:the\s+day\s+(?:before|after)\s+)?(today|tonight|yesterday|tomorrow)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(this)\s+(morning|afternoon|evening)|(last)\s+(night)"
    r"|(earlier|later)\s+(today))\b"
)


def _h_deictic(m, text, anchor, forced):
    s = _SPACES.sub(" ", m.group(0).lower())
    if anchor is None:
        return _Cand(m.start(), m.end(), None, "date")
    if s == "overnight":
        return _Cand(m.start(), m.end(), _civ(_add_days(anchor, -1), anchor), "relative", "past")
    if " that " in s or " in the " in s:
        return _Cand(m.start(), m.end(), _iso(anchor), "relative", "past" if s.startswith("earlier") else None,
                     anaphoric=True, offset=(0, 0))
    if s.startswith("the day before"):
        base = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group(1).lower()] - 1
    elif s.startswith("the day after"):
        base = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group(1).lower()] + 1
    elif "yesterday" in s or s == "last night":
        base = -1
    elif "tomorrow" in s:
        base = 1
    else:
        base = 0
    d = _add_days(anchor, base)
    direction = "past" if base < 0 or s.startswith("earlier") else "future" if base > 0 or s.startswith("later") else None
    return _Cand(m.start(), m.end(), _iso(d), "date", direction=direction)


# (the lookahead after \b in _RX_CAL, _RX_QTY, _RX_BARE and _RX_ENDOF: the letters their phrases start
# with, a quick reject at other words before the case-insensitive alternations are tried: sre skips an
# alternative on its first letter only when it is case-sensitive)
_RX_CAL = re.compile(
    r"\b(?i:(?=[eltnpc])(?:(earlier|later|early|late)\s+)?(this|last|next|past|previous|coming|current|the\s+past|the\s+last"
    r"|the\s+previous|the\s+coming|the\s+next|the\s+current|the\s+following)\s+"
    r"(week|weekend|month|year|decade|century|quarter|spring|summer|autumn|fall|winter))\b"
)


def _season(y: int, s: int) -> str:
    return f"{y:04d}-{s:02d}"


def _season_of(d: dt.date) -> tuple[int, int]:
    m = d.month
    if m in (3, 4, 5):
        return d.year, 21
    if m in (6, 7, 8):
        return d.year, 22
    if m in (9, 10, 11):
        return d.year, 23
    return (d.year if m == 12 else d.year - 1), 24


def _weekend(anchor: dt.date, which: str, tense: str | None) -> str:
    wd = anchor.weekday()
    if which == "last" or (which == "this" and tense == "past") or (which == "this" and tense is None and wd <= 2):
        if wd >= 5:  # on a weekend day, "this weekend" in the past is the current one
            sat = _add_days(anchor, -(wd - 5)) if which == "this" else _add_days(anchor, -(wd - 5) - 7)
        else:
            sat = _add_days(anchor, -(wd + 2))
    elif which == "next":
        sat = _add_days(anchor, (5 - wd) % 7 + (7 if wd < 5 and (5 - wd) <= 1 else 0)) if wd < 5 else _add_days(anchor, 12 - wd)
    else:  # this (future), coming
        sat = _add_days(anchor, 5 - wd) if wd < 5 else _add_days(anchor, -(wd - 5))
    return _civ(sat, _add_days(sat, 1))


def _h_cal(m, text, anchor, forced):
    mod = (m.group(1) or "").lower()
    rel = _SPACES.sub(" ", m.group(2).lower())
    unit = m.group(3).lower()
    rolling = rel in ("the past", "the last", "past")
    rel = rel.replace("the ", "")
    if rel == "current":
        rel = "this"
    direction = "past" if rel in ("last", "past", "previous") or mod == "earlier" else (
        "future" if rel in ("next", "coming", "following") or mod == "later" else None)
    anaphoric = m.group(2).lower().startswith("the ") and rel in ("previous", "following")
    if anchor is None:
        return _Cand(m.start(), m.end(), None, "date", direction=direction)
    a = anchor
    kind = "date"
    edtf: str | None
    if unit in SEASONS:
        s = SEASONS[unit]
        cy, cs = _season_of(a)
        cur = cy * 4 + cs - 21
        prev_i = next(i for i in range(cur - 1, cur - 5, -1) if i % 4 == s - 21)
        next_i = next(i for i in range(cur + 1, cur + 5) if i % 4 == s - 21)
        if rel in ("last", "past", "previous"):
            idx = prev_i
        elif rel in ("next", "coming", "following"):
            idx = next_i
        elif cur % 4 == s - 21:
            idx = cur
        else:
            tense = _tense(text, m.start(), m.end(), forced)
            idx = prev_i if tense == "past" else next_i if tense == "future" else (
                prev_i if cur - prev_i <= next_i - cur else next_i)
        return _Cand(m.start(), m.end(), _season(idx // 4, idx % 4 + 21), "date", direction=direction)
    if unit == "weekend":
        tense = direction or _tense(text, m.start(), m.end(), forced)
        which = "last" if rel in ("last", "past", "previous") else "next" if rel in ("next", "following") else "this"
        if rel == "coming":
            which = "this"
            tense = "future"
        return _Cand(m.start(), m.end(), _weekend(a, which, tense), "interval", direction=direction)
    if rolling and unit in ("week", "month", "year", "decade", "century", "quarter"):
        n = {"week": (0, 7), "month": (1, 0), "year": (12, 0), "decade": (120, 0), "century": (1200, 0),
             "quarter": (3, 0)}[unit]
        lo = _add_days(_add_months(a, -n[0]), -n[1])
        prec = "day" if unit in ("week", "month") else "month" if unit in ("year", "quarter") else "year"
        edtf = _civ(lo, a) if prec == "day" else (
            f"{_ym(lo.year, lo.month)}/{_ym(a.year, a.month)}" if prec == "month" else f"{_yy(lo.year)}/{_yy(a.year)}")
        return _Cand(m.start(), m.end(), edtf, "interval", direction="past")
    step = {"this": 0, "last": -1, "previous": -1, "next": 1, "following": 1, "coming": 1}.get(rel, 0)
    if unit == "week":
        mon, sun = _week(_add_days(a, 7 * step))
        tense = _tense(text, m.start(), m.end(), forced) if step == 0 and not mod else None
        if mod == "earlier" and step == 0:
            edtf = _civ(mon, max(mon, _add_days(a, -1)))
        elif mod == "later" and step == 0:
            edtf = _civ(a, sun)
        elif rel == "coming":
            edtf = _civ(a, _add_days(a, 7))
        elif tense == "past":
            edtf = _civ(mon, a)       # "met this week": Monday up to the publication day
        elif tense == "future":
            edtf = _civ(a, sun)
        else:
            edtf = _civ(mon, sun)
        kind = "interval"
    elif unit == "month":
        d = _add_months(a.replace(day=1), step)
        edtf = _ym(d.year, d.month)
        if mod in ("early", "late") or (mod and step != 0):
            edtf = _month_part(d.year, d.month, "early" if mod in ("early", "earlier") else "late")
        elif mod == "earlier":
            # "earlier this month": from the 1st to the day before publication
            edtf = _civ(d, max(d, _add_days(a, -1)))
        elif mod == "later":
            end = dt.date(a.year, a.month, _last_day(a.year, a.month))
            edtf = _civ(min(end, _add_days(a, 1)), end)
        if rel == "coming":
            edtf = _civ(a, _add_months(a, 1))
            kind = "interval"
    elif unit == "quarter":
        q0 = (a.month - 1) // 3
        idx = a.year * 4 + q0 + step
        y, q = divmod(idx, 4)
        edtf = f"{_ym(y, 3 * q + 1)}/{_ym(y, 3 * q + 3)}"
        kind = "interval"
    elif unit == "year":
        y = a.year + step
        edtf = _yy(y)
        if mod in ("early", "late") or (mod and step != 0):
            edtf = _year_part(y, "early" if mod in ("early", "earlier") else "late")
            kind = "interval"
        elif mod == "earlier":
            # "earlier this year": from January 1 to the day before publication
            jan = dt.date(a.year, 1, 1)
            edtf = _civ(jan, max(jan, _add_days(a, -1)))
        elif mod == "later":
            dec = dt.date(a.year, 12, 31)
            edtf = _civ(min(dec, _add_days(a, 1)), dec)
        if rel == "coming":
            edtf = f"{_ym(a.year, a.month)}/{_ym(a.year + 1, a.month)}"
            kind = "interval"
    elif unit == "decade":
        base = (a.year // 10 + step) * 10
        edtf = f"{_yy(base)}/{_yy(base + 9)}"
        kind = "interval"
    else:  # century
        base = (a.year // 100 + step) * 100
        edtf = f"{_yy(base)}/{_yy(base + 99)}"
        kind = "interval"
    return _Cand(m.start(), m.end(), edtf, kind, direction=direction, anaphoric=anaphoric)


_RX_SEASON = re.compile(
    rf"\b(?:((?i:early|late|mid))[\s-]+)?((?i:spring|summer|autumn|fall|winter))(?:\s+(?:of\s+)?({_YEAR}))?\b"
    rf"|\b({_YEAR})\s+((?i:spring|summer|autumn|fall|winter))\b"
)


def _h_season(m, text, anchor, forced):
    if m.group(4):
        return _Cand(m.start(), m.end(), _season(int(m.group(4)), SEASONS[m.group(5).lower()]), "date", absolute=True)
    name = m.group(2).lower()
    s = SEASONS[name]
    if m.group(3):
        return _Cand(m.start(), m.end(), _season(int(m.group(3)), s), "date", absolute=True)
    prev = _prev_word(text, m.start())
    if prev not in ("in", "the", "during", "over", "this", "by", "until", "since", "through", "throughout"):
        return None
    if name == "fall" and prev not in ("the", "this"):
        return None
    if anchor is None:
        return _Cand(m.start(), m.end(), None, "date")
    tense = _tense(text, m.start(), m.end(), forced)
    cy, cs = _season_of(anchor)
    if s == cs:
        y = cy
    elif tense == "past":
        y = cy if s < cs else cy - 1
    elif tense == "future":
        y = cy if s > cs else cy + 1
    else:
        y = cy
    return _Cand(m.start(), m.end(), _season(y, s), "date")


# --- quantities: "four months", "a day", "6 weeks", "decades" ----------------------------

_RX_QTY = re.compile(
    rf"\b(?i:(?={_NUMW_START})({_NUMW})[\s-]+({_UNIT})s?(?:[’']s?)?(?:[\s-]+long\b)?)(?![\w-])"
)
_RX_BARE = re.compile(
    r"\b(?i:(?=[hdwmyc])(hours|days|weeks|months|years|decades|centuries))(?:-long\b)?(?![\w-])"
)
_QPOST = re.compile(
    r"(?i:[’']?\s*(time)\b|\s+(ago|earlier|later|before|after|prior|from\s+now|hence|of|long|back|previously|on)\b)"
)
_VAGUE_WINDOW = {  # "for years", "in recent weeks": how far back (or ahead) a bare plural reaches, in days
    "hour": 1, "day": 7, "week": 42, "month": 182, "year": 1096, "decade": 7305, "century": 36525,
    "centurie": 36525,
}
_ROLL_LEFT = re.compile(
    r"(?i:\b(?:the\s+)?(?:past|last|next|coming|previous|following|recent|first)\s+(?:a\s+)?)$"
)
_VAGUE_RANGE = {  # bare plural units: (lo, hi) in days for offsets; rolling window length
    "hour": (0, 0), "day": (1, 13), "week": (7, 42), "month": (30, 330), "year": (365, 3285),
    "decade": (3650, 18250), "century": (36500, 73000), "centurie": (36500, 73000),
}


_LOWER_WORD = re.compile(r"[a-z]+")


def _context(text: str, start: int) -> list[str]:
    """Lower-case words before ``start`` (up to 5) in the same clause, nearest last."""
    left = text[max(0, start - 50):start]
    cut = max(left.rfind("."), left.rfind(","), left.rfind(";"), left.rfind("\n"))
    if cut >= 0:
        left = left[cut + 1:]
    return _LOWER_WORD.findall(left.lower())[-5:]


_SINCE_AFTER = re.compile(r"\s+since\b", re.I)


def _quantity(text, anchor, forced, s, e, n, unit, post_kind, pre_words, hyphen_long, vague):
    direction = None
    w = pre_words
    last = w[-1] if w else ""
    rolling_pre = None
    for k in range(len(w) - 1, -1, -1):
        if w[k] in ("past", "last", "previous", "recent"):
            rolling_pre = "past"
            break
        if w[k] == "following" and (k == 0 or w[k - 1] not in ("the", "these", "those", "in", "over", "during")):
            # a preposition, like "after": "cut ties following decades of strained relations" is the
            # span before now ("the following weeks" are the coming ones)
            rolling_pre = "past"
            break
        if w[k] in ("next", "coming", "following"):
            rolling_pre = "future"
            break
        if w[k] not in ("the", "few", "couple", "of", "a", "more", "than", "nearly", "almost", "about", "some",
                        "several", "around", "over", "least", "at", "just", "only"):
            break
    if anchor is None:
        return _Cand(s, e, None, "duration" if post_kind in ("of", "long") or hyphen_long else "relative")
    months, days = UNITS[unit]
    if vague:
        lo_d, hi_d = _VAGUE_RANGE[unit]
    else:
        tot = months * n * 30.44 + days * n
        lo_d = hi_d = int(round(tot))
    # "N units ago"
    if post_kind in ("ago", "back"):
        if vague:
            return _Cand(s, e, _civ(_add_days(anchor, -hi_d), _add_days(anchor, -lo_d)), "relative", "past")
        return _Cand(s, e, _point(_shift(anchor, n, unit, -1), unit), "date", "past")
    if post_kind in ("earlier", "before", "prior", "previously"):
        off = (-hi_d, -lo_d)
        if vague or unit in ("hour", "day", "night", "week", "fortnight"):
            edtf = _civ(_add_days(anchor, off[0]), _add_days(anchor, off[1]))
        else:
            edtf = _point(_shift(anchor, n, unit, -1), unit)
        return _Cand(s, e, edtf, "relative", "past", anaphoric=True, offset=off)
    if post_kind in ("later", "after"):
        off = (lo_d, hi_d)
        if post_kind == "after" and _followed_by_complement(text, e):
            # "X, a day after Y": Y is the earlier event; dated assuming X is on the anchor.
            if vague or unit in ("hour", "day", "night", "week", "fortnight"):
                edtf = _civ(_add_days(anchor, -hi_d), _add_days(anchor, -lo_d))
            else:
                edtf = _point(_shift(anchor, n, unit, -1), unit)
            return _Cand(s, e, edtf, "relative", "past", anaphoric=True, offset=(-hi_d, -lo_d))
        if vague or unit in ("hour", "day", "night", "week", "fortnight"):
            edtf = _civ(_add_days(anchor, off[0]), _add_days(anchor, off[1]))
        else:
            edtf = _point(_shift(anchor, n, unit, 1), unit)
        return _Cand(s, e, edtf, "relative", "future", anaphoric=True, offset=off)
    if post_kind in ("from now", "hence"):
        return _Cand(s, e, _point(_shift(anchor, n, unit, 1), unit), "date", "future")
    # windows and durations
    is_duration = post_kind in ("of", "long") or hyphen_long
    if rolling_pre is None and _SINCE_AFTER.match(text[e:e + 7]):
        rolling_pre = "past"    # "in the two years since both leaders took office": the span up to now
    if rolling_pre:
        direction = rolling_pre
    elif last == "in" and not is_duration:
        # "in four months('s) time" -> the point; "first visit in 25 years" -> the window before
        if post_kind == "time":
            direction = "future"
            return _Cand(s, e, _point(_shift(anchor, n, unit, 1), unit), "date", "future")
        if any(x in w for x in ("than", "first", "over", "nearly", "almost", "least")):
            direction = "past"
        else:
            tense = _tense(text, s, e, forced)
            if tense != "past":
                return _Cand(s, e, _point(_shift(anchor, n, unit, 1), unit), "date", "future")
            direction = "past"
    elif last == "within":
        direction = _tense(text, s, e, forced) or "future"
    elif last in ("for", "over", "during", "than", "some", "about", "around", "nearly", "almost", "least",
                  "after", "of", "the", "another", "just", "only", "roughly", "approximately") or is_duration:
        direction = _tense(text, s, e, forced)
        direction = "future" if direction == "future" and last not in ("after", "than") else "past"
        if direction == "future" and is_duration and _ends_what_was(w):
            direction = "past"   # "the deal will end decades of hostility": the span that ends lies before
        if last == "after" and not is_duration:
            return None  # "after two hours": too vague to place
    elif post_kind == "time":
        direction = "future"
        return _Cand(s, e, _point(_shift(anchor, n, unit, 1), unit), "date", "future")
    else:
        return None
    if vague:
        span_days = _VAGUE_WINDOW[unit]
        lo = _add_days(anchor, -span_days) if direction == "past" else anchor
        hi = anchor if direction == "past" else _add_days(anchor, span_days)
        edtf = _span(lo, hi, unit)
    else:
        other = _shift(anchor, n, unit, -1 if direction == "past" else 1)
        edtf = _span(other, anchor, unit)
    # "for three years", "six weeks of fighting", "the first visit in 25 years": a span, not the event's time
    kind = "duration" if is_duration or last in ("for", "in", "than") else "interval"
    if vague and rolling_pre is None and not is_duration and last != "for":
        kind = "relative"
    return _Cand(s, e, edtf, kind, direction)


_ENDING = frozenset({"end", "ends", "ended", "ending", "break", "breaks", "broke", "breaking", "overcome",
                     "overcoming", "heal", "healing", "bury", "burying", "close", "closing", "reverse", "reversing",
                     "after", "following", "despite", "amid"})
_AMOUNT = frozenset({"the", "a", "more", "than", "nearly", "almost", "about", "some", "several", "over", "least", "at",
                     "just", "only", "few", "their", "its"}) | frozenset(cardinals(2, 3))


def _ends_what_was(words: list[str]) -> bool:
    """'will end decades of hostility', 'to put an end to years of war', 'seeks to heal decades of
    mistrust': the span of what the act ends (or follows) has been, whatever the tense."""
    k = len(words) - 1
    while k >= 0 and words[k] in _AMOUNT:
        k -= 1
    if k < 0:
        return False
    return words[k] in _ENDING or (words[k] == "to" and k >= 1 and words[k - 1] == "end")


def _followed_by_complement(text: str, pos: int) -> bool:
    nxt = text[pos:pos + 3]
    # "after Finland expressed", "after 20 soldiers were killed", "after “talks”"
    return bool(nxt) and nxt[0] == " " and (nxt[1:2].isalnum() or nxt[1:2] in "\"“‘'")


_OF_AFTER = re.compile(r"\s+of\s")
_HYPHENATED = re.compile(r"[\w ]+-\w+$")
_TIME_AFTER_ADJ = re.compile(r"\s+(?:of|ago|earlier|later|before|after)\b")
_FEW = re.compile(r"\b(?:few|several)$")


def _h_qty(m, text, anchor, forced):
    n = _number(m.group(1))
    if n is None or n <= 0 or n > 10000:
        return None
    unit = _unit(m.group(2))
    if unit not in UNITS:
        return None
    numw = m.group(1).lower()
    if numw in ("a", "an", "one") and unit == "day" and _OF_AFTER.match(text[m.end():m.end() + 4]):
        return None  # "a day of mourning", "a day of action": a named day, not a time
    if numw in ("a", "an") and text[m.end(2):m.end(2) + 1] in ("s", "S"):
        return None  # "a decades-long war": the bare plural rule reads it
    if numw.endswith("few") and unit == "week":
        n = 4
    raw = m.group(0)
    hyphen_long = raw.lower().endswith("long")
    # "a two-day summit", "three-year deal": an adjective, the event's length, not a time
    if (_HYPHENATED.match(raw) and not hyphen_long
            and not _TIME_AFTER_ADJ.match(text[m.end():m.end() + 8])):
        return None
    post = _QPOST.match(text, m.end())
    post_kind = None
    e = m.end()
    if post:
        post_kind = (post.group(1) or post.group(2)).lower()
        post_kind = _SPACES.sub(" ", post_kind)
        if post_kind in ("ago", "earlier", "later", "before", "after", "prior", "from now", "hence", "back",
                         "time", "previously"):
            e = post.end()
        if post_kind == "on":
            post_kind = "later" if text[post.end():post.end() + 1] in ",." else None
            if post_kind:
                e = post.end()
    words = _context(text, m.start())
    ext = _ROLL_LEFT.search(text, max(0, m.start() - 30), m.start())
    s = ext.start() if ext else m.start()
    if post_kind in ("ago", "back") and anchor is not None and unit in ("day", "week", "month", "year") \
            and _FEW.search(numw):
        # "a few weeks ago": two to five of them back, not one week four weeks ago
        months, days = UNITS[unit]
        per = months * 30.44 + days
        a, b = _add_days(anchor, -int(round((n + 1) * per))), _add_days(anchor, -int(round(2 * per)))
        edtf = _civ(a, b) if unit in ("day", "week") else (
            f"{_ym(a.year, a.month)}/{_ym(b.year, b.month)}" if unit == "month" else f"{_yy(a.year)}/{_yy(b.year)}")
        return _Cand(s, e, edtf, "relative", "past")
    return _quantity(text, anchor, forced, s, e, n, unit, post_kind, words, hyphen_long, False)


_DIGIT_BEFORE = re.compile(r"\d[\s-]*$")
_AHEAD = re.compile(r"\s+(?:ahead|to\s+come)\b", re.I)
_IN_THE_BEFORE = re.compile(r"(?i:\b(?:in\s+)?the\s+)$")


def _h_bare(m, text, anchor, forced):
    unit = _unit(m.group(1))
    raw = m.group(0)
    hyphen_long = raw.lower().endswith("-long")
    words = _context(text, m.start())
    last = words[-1] if words else ""
    if last in CARDINALS or _DIGIT_BEFORE.search(text[max(0, m.start() - 3):m.start()]):
        return None  # part of a counted quantity
    ahead = _AHEAD.match(text[m.end():m.end() + 10])
    if last in ("early", "small", "wee", "late", "final", "opening", "closing", "office", "working", "business",
                "peak", "visiting", "the", "these", "those", "many", "happy") and not (last == "the" and ahead):
        return None
    if ahead:
        c = _quantity(text, anchor, forced, m.start(), m.end() + ahead.end(), 3, unit, None, ["coming"], False, True)
        if c is not None:
            c.kind = "relative"
            pre = _IN_THE_BEFORE.search(text[max(0, m.start() - 10):m.start()])
            if pre:
                c.start = m.start() - (len(pre.group(0)) - (3 if pre.group(0).lower().startswith("in ") else 0))
        return c
    post = _QPOST.match(text, m.end())
    post_kind = None
    e = m.end()
    if post:
        post_kind = _SPACES.sub(" ", (post.group(1) or post.group(2)).lower())
        if post_kind in ("ago", "earlier", "later", "before", "after", "prior"):
            e = post.end()
    if words[-2:] == ["in", "recent"] or (last == "recent" and len(words) >= 2):
        post_kind = None
    if not (post_kind or hyphen_long or last in ("for", "over", "recent", "coming", "past", "next", "few",
                                                  "several", "within", "of")):
        return None
    if last in ("few", "several") and post_kind is None and len(words) < 2:
        return None
    s = m.start()
    if last in ("few", "several"):
        n = 4 if unit == "week" else 3
        cut = text.rfind(last, max(0, s - 12), s)
        if cut >= 0:
            s0 = text.rfind("a ", max(0, cut - 2), cut)
            s = s0 if s0 >= 0 and s0 == cut - 2 else cut
        return _quantity(text, anchor, forced, s, e, n, unit, post_kind, words[:-1], hyphen_long, False)
    c = _quantity(text, anchor, forced, s, e, 3 if unit not in ("hour",) else 1, unit, post_kind, words,
                  hyphen_long, True)
    if c is not None and last in ("recent", "coming"):
        c.kind = "relative"
        c.start = text.rfind(last, max(0, s - 20), s)
    return c



# --- anaphoric and vague ---------------------------------------------------------------

_RX_ANA = re.compile(
    r"\b(?i:the\s+(?:(day|week|month|year)\s+(before|after|prior|earlier|later)|(previous|following|next|same)\s+"
    r"(day|week|month|year|night|morning|evening))|that\s+(day|week|month|year|night))\b"
)


def _h_ana(m, text, anchor, forced):
    unit = (m.group(1) or m.group(4) or m.group(5) or "day").lower()
    rel = (m.group(2) or m.group(3) or "same").lower()
    if m.group(5):
        rel = "same"
    if unit in ("night", "morning", "evening"):
        unit = "day"
    if rel in ("before", "prior", "earlier", "previous"):
        sign = -1
    elif rel in ("after", "later", "following", "next"):
        sign = 1
    else:
        sign = 0
    if rel == "after" and _followed_by_complement(text, m.end()):
        sign = -1  # "the day after the election, ...": the later event taken to be on the anchor
    if rel == "next" and unit != "day":
        # "the next week/month/year" is usually the coming one
        return None
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * sign
    if anchor is None:
        return _Cand(m.start(), m.end(), None, "relative", anaphoric=True, offset=(days, days))
    if unit == "day":
        edtf = _iso(_add_days(anchor, days))
    elif unit == "week":
        a, b = _week(_add_days(anchor, days))
        edtf = _civ(a, b)
    elif unit == "month":
        d = _add_months(anchor, sign)
        edtf = _ym(d.year, d.month)
    else:
        edtf = _yy(anchor.year + sign)
    direction = "past" if sign < 0 else "future" if sign > 0 else None
    return _Cand(m.start(), m.end(), edtf, "relative", direction, anaphoric=True, offset=(days, days))


_RX_VAGUE = re.compile(
    r"\b(?i:(recently|lately|previously|formerly|earlier|soon|shortly|later|eventually|in\s+the\s+past"
    r"|in\s+the\s+near\s+future|in\s+the\s+future|in\s+the\s+long\s+run|in\s+the\s+meantime|at\s+the\s+time"
    r"|in\s+the\s+coming\s+period|once\s+again|nowadays|these\s+days|in\s+recent\s+times))\b"
)
_VAGUE_DIR = {
    "recently": "past", "lately": "past", "previously": "past", "formerly": "past", "earlier": "past",
    "in the past": "past", "in recent times": "past", "soon": "future", "shortly": "future", "later": "future",
    "eventually": "future", "in the near future": "future", "in the future": "future",
    "in the coming period": "future",
}


_SOON_AFTER = re.compile(r"\s+(?:after|before|afterwards)\b", re.I)
_COMPARED = re.compile(r"\s+(?:than|this|last|next|today|in\s+the)\b", re.I)


def _h_vague(m, text, anchor, forced):
    s = _SPACES.sub(" ", m.group(1).lower())
    if s in ("in the long run", "in the meantime", "at the time", "once again", "nowadays", "these days"):
        return None
    if s == "soon" and (text[max(0, m.start() - 3):m.start()].lower() == "as " or
                        text[m.end():m.end() + 7].lower() == "er or l"):
        return None  # "as soon as", "sooner or later"
    if s in ("shortly", "soon") and _SOON_AFTER.match(text[m.end():m.end() + 14]):
        return _Cand(m.start(), m.end(), None, "relative", None, anaphoric=True)
    if s in ("earlier", "later") and _COMPARED.match(text[m.end():m.end() + 12]):
        return None
    return _Cand(m.start(), m.end(), None, "relative", _VAGUE_DIR.get(s))


# (the lookahead: the letters the case-insensitive phrases start with, a quick reject as in _RX_CAL)
_RX_SET = re.compile(
    rf"\b(?=(?i:[eabotf]))(?i:(?:every|each)\s+(?:other\s+)?(?:day|week|month|year|morning|evening|night|spring|summer|autumn"
    rf"|winter|decade|\d+\s+(?:days|weeks|months|years)|two\s+(?:days|weeks|months|years))|annually|biannually"
    rf"|(?:once|twice|three\s+times|four\s+times)\s+(?:a|per|every)\s+(?:day|week|month|year|decade))\b"
    rf"|\b(?i:every)\s+({_WD})\b"
)


def _h_set(m, text, anchor, forced):
    return _Cand(m.start(), m.end(), None, "set")


_RX_ENDOF = re.compile(
    r"\b(?i:(?=[tebsmc])(?:the\s+)?(end|beginning|start|middle|turn|close)\s+of\s+(the|this|last|next)\s+"
    r"(week|month|year|decade|century))\b"
)


def _h_endof(m, text, anchor, forced):
    part = m.group(1).lower()
    rel = m.group(2).lower()
    unit = m.group(3).lower()
    if anchor is None:
        return _Cand(m.start(), m.end(), None, "date")
    step = {"last": -1, "next": 1}.get(rel, 0)
    if rel == "the" and unit in ("week", "month", "year"):
        step = 0
    a = anchor
    if unit == "year":
        y = a.year + step
        edtf = _year_part(y, {"end": "end", "close": "end", "turn": "end"}.get(part, part))
        if part == "turn":
            edtf = f"{_ym(y, 12)}/{_ym(y + 1, 1)}"
    elif unit == "month":
        d = _add_months(a.replace(day=1), step)
        edtf = _month_part(d.year, d.month, "end" if part in ("end", "close", "turn") else part)
    elif unit == "week":
        mon, sun = _week(_add_days(a, 7 * step))
        edtf = _civ(_add_days(mon, 4), sun) if part in ("end", "close") else _civ(mon, _add_days(mon, 2))
    elif unit == "decade":
        base = (a.year // 10 + step) * 10
        edtf = f"{_yy(base + 7)}/{_yy(base + 9)}" if part in ("end", "close") else f"{_yy(base)}/{_yy(base + 2)}"
    else:
        base = (a.year // 100 + step) * 100
        edtf = f"{_yy(base + 90)}/{_yy(base + 99)}" if part in ("end", "close") else f"{_yy(base)}/{_yy(base + 9)}"
    return _Cand(m.start(), m.end(), edtf, "interval" if "/" in edtf else "date")


_RX_WEEKEND = re.compile(r"\b(?i:(over|at|on|during|through)\s+the\s+weekend)\b")


def _h_weekend(m, text, anchor, forced):
    s = m.start() + len(m.group(1)) + 1
    if anchor is None:
        return _Cand(s, m.end(), None, "interval")
    tense = _tense(text, m.start(), m.end(), forced)
    return _Cand(s, m.end(), _weekend(anchor, "this", tense or "past"), "interval", tense)


_RX_HOLIDAY = re.compile(r"\b(Christmas(?:\s+(?:Day|Eve))?|New\s+Year[’']s\s+(?:Day|Eve)|New\s+Year)\b(?![’']s)")


_YEAR_AFTER = re.compile(r",?\s+((?:1[89]|20)\d\d)\b")


def _h_holiday(m, text, anchor, forced):
    name = _SPACES.sub(" ", m.group(1)).replace("’", "'")
    month, day = {"Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24),
                  "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "New Year": (1, 1)}[name]
    after = text[m.end():m.end() + 12]
    ym = _YEAR_AFTER.match(after)
    if ym:
        d = _valid_day(int(ym.group(1)), month, day)
        return _Cand(m.start(), m.end() + ym.end(), _iso(d) if d else None, "date", absolute=True)
    if anchor is None:
        return _Cand(m.start(), m.end(), None, "date")
    d = _pick_month_day(anchor, month, day, _tense(text, m.start(), m.end(), forced), forced is None)
    return _Cand(m.start(), m.end(), _iso(d) if d else None, "date")


_RX_NTH = re.compile(r"\b(?i:on)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s+of\s+(?:this|last|next|the)\s+month|\s*$)")


def _h_nth(m, text, anchor, forced):
    day = int(m.group(1))
    if not 1 <= day <= 31:
        return None
    s = m.start() + 3
    if anchor is None:
        return _Cand(s, m.end(), None, "date")
    tense = _tense(text, m.start(), m.end(), forced)
    cands = []
    for k in (-1, 0, 1):
        base = _add_months(anchor.replace(day=1), k)
        c = _valid_day(base.year, base.month, day)
        if c:
            cands.append(c)
    if not cands:
        return None
    if tense == "future":
        pick = min((c for c in cands if c >= anchor), default=max(cands))
    else:
        pick = max((c for c in cands if c <= anchor), default=min(cands))
    return _Cand(s, m.end(), _iso(pick), "date")


# Order = priority when two candidates overlap with the same span length.
_RULES: list[tuple[re.Pattern[str], _Handler, str]] = [
    (_RX_ISO, _h_iso, "num"),
    (_RX_DMY, _h_dmy, "mon"),
    (_RX_MDY, _h_mdy, "mon"),
    (_RX_YPART, _h_ypart, "num"),
    (_RX_MY, _h_my, "mon"),
    (_RX_DECADE, _h_decade, "num"),
    (_RX_CENTURY, _h_century, "num"),
    (_RX_YRANGE, _h_yrange, "num"),
    (_RX_ENDOF, _h_endof, "unit"),
    (_RX_CAL, _h_cal, "unit season"),
    (_RX_DEICTIC, _h_deictic, "deictic unit"),
    (_RX_WDD, _h_wdd, "wd"),
    (_RX_WD, _h_wd, "wd"),
    (_RX_MON, _h_mon, "mon"),
    (_RX_SEASON, _h_season, "season"),
    (_RX_ANA, _h_ana, "unit deictic"),
    (_RX_QTY, _h_qty, "unit"),
    (_RX_BARE, _h_bare, "unit"),
    (_RX_SET, _h_set, "unit wd vague season deictic"),
    (_RX_WEEKEND, _h_weekend, "unit"),
    (_RX_YEAR, _h_year, "num"),
    (_RX_VAGUE, _h_vague, "vague"),
    (_RX_HOLIDAY, _h_holiday, "holiday"),
    (_RX_NTH, _h_nth, "num"),
]
_CLASS_RULES: dict[str, list[tuple[int, re.Pattern[str], _Handler]]] = {}
for _prio, (_rx, _h, _classes) in enumerate(_RULES):
    for _cl in _classes.split():
        _CLASS_RULES.setdefault(_cl, []).append((_prio, _rx, _h))

# Every rule's match contains a trigger of its class; rules run only in windows
# around their triggers (case-sensitive literal alternatives scan fast).
_TRIGGERS: dict[str, re.Pattern[str]] = {
    "num": re.compile(r"\d+"),
    "wd": re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "deictic": re.compile(
        r"oday|ODAY|onight|ONIGHT|esterday|ESTERDAY|omorrow|OMORROW|morning|fternoon|vening|night|vernight|in the day"
    ),
    "holiday": re.compile(r"Christmas|New Year"),
    "mon": re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
    "unit": re.compile(r"day|Day|week|Week|month|Month|year|Year|decade|Decade|hour|Hour|centur|Centur|fortnight"),
    "season": re.compile(r"pring|ummer|utumn|inter|fall|Fall"),
    "vague": re.compile(r"ecent|revious|ormer|arlier|ater|oon|hortly|ventual|ast|uture|ately|nnual"),
}
_WIN = 56
_SINCE = re.compile(r"(?i:\b(since|from|between|until|till|through|by|before|after)\s+)$")
_JOIN = re.compile(r"\s*(?:[-–—]|(?i:to|until|till|through|and))\s*")
_MONTH_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_MONTH_DATES = re.compile(r"\d{4}-\d{2}(?:-\d{2})?(?:/\d{4}-\d{2}(?:-\d{2})?)?")
_YEAR4 = re.compile(r"\d{4}")
_OF_GLUE = re.compile(r",?\s+(?:of\s+)?")
_RELATIVE_YEAR = re.compile(r"(?i:last|next|this|the\s+previous|the\s+following)\b")


def _merge(text: str, cands: list[_Cand], anchor: dt.date | None) -> list[_Cand]:
    """Combine "since X", "from X to Y", "between X and Y" into intervals."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        pre = _SINCE.search(text, max(0, c.start - 12), c.start)
        word = pre.group(1).lower() if pre else ""
        if i + 1 < len(cands) and c.edtf and cands[i + 1].edtf and "/" not in c.edtf and "/" not in cands[i + 1].edtf:
            nxt = cands[i + 1]
            j = _JOIN.fullmatch(text, c.end, nxt.start)
            sep = text[c.end:nxt.start].strip().lower()
            if j and (word in ("from", "between") or sep in ("to", "-", "–", "—", "through", "until", "till")) and (
                    sep != "and" or word == "between"):
                lo, hi = c.edtf, nxt.edtf
                if not c.absolute and nxt.absolute and _MONTH_DATE.fullmatch(lo):
                    lo = hi[:4] + lo[4:]  # "May 9 to May 12, 2014": the first date takes the second's year
                    if _bound(lo, False) is None or _bound(lo, False) > _bound(hi, True):
                        lo = f"{int(hi[:4]) - 1:04d}" + c.edtf[4:]
                lo_d, hi_d = _bound(lo, False), _bound(hi, True)
                if lo_d and hi_d and lo_d <= hi_d:
                    s = pre.start() if pre and word in ("from", "between") else c.start
                    out.append(_Cand(s, nxt.end, f"{lo}/{hi}", "interval", absolute=c.absolute and nxt.absolute))
                    i += 2
                    continue
        if (i + 1 < len(cands) and c.edtf and not c.absolute and cands[i + 1].edtf
                and _MONTH_DATES.fullmatch(c.edtf)
                and _YEAR4.fullmatch(cands[i + 1].edtf)
                and _OF_GLUE.fullmatch(text[c.end:cands[i + 1].start])
                and _RELATIVE_YEAR.match(text, cands[i + 1].start)):
            # "May last year", "June 18 of next year": the month takes that year
            y = cands[i + 1].edtf
            edtf = "/".join(y + part[4:] for part in c.edtf.split("/"))
            cands[i + 1] = _Cand(c.start, cands[i + 1].end, edtf, c.kind, cands[i + 1].direction)
            i += 1
            continue
        if word == "since" and c.edtf and c.kind in ("date", "interval") and not c.anaphoric:
            lo = c.edtf.split("/")[0]
            if anchor is not None:
                lo_d = _bound(lo, False)
                hi = _iso(anchor) if lo_d is None or lo_d <= anchor else ".."
            else:
                hi = ".."
            out.append(_Cand(pre.start(), c.end, f"{lo}/{hi}", "interval", "past", absolute=anchor is None))
            i += 1
            continue
        out.append(c)
        i += 1
    return out


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per trigger class, merged character windows around its triggers, widened to whitespace."""
    raw: dict[str, list[list[int]]] = {}
    for cl, trig in _TRIGGERS.items():
        lst: list[list[int]] = []
        for m in trig.finditer(text):
            a = m.start() - _WIN
            if lst and a <= lst[-1][1]:
                lst[-1][1] = m.end() + _WIN
            else:
                lst.append([a, m.end() + _WIN])
        if lst:
            raw[cl] = lst
    n = len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for cl, lst in raw.items():
        res = []
        for a, b in lst:
            a = max(0, a)
            b = min(n, b)
            sp = text.rfind(" ", max(0, a - 30), a)
            a = sp + 1 if sp >= 0 else max(0, a - 30)
            sp = text.find(" ", b, b + 30)
            b = sp if sp >= 0 else min(n, b + 30)
            res.append((a, b))
        out[cl] = res
    return out


def find_timexes(text: str, anchor: dt.date | None, *, tense: str | None = None) -> list[Timex]:
    """All temporal expressions in ``text``, in order, resolved to EDTF against ``anchor``.

    ``tense`` ("past"/"future") overrides the per-clause tense guess used to
    place bare weekdays and months. With ``anchor=None`` only absolute
    expressions get an ``edtf``; the others are still found, with ``edtf=None``.
    """
    if not text:
        return []
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    cands: list[tuple[int, int, int, _Cand]] = []
    seen: set[tuple[int, int, int]] = set()
    n = len(text)
    for cl, wins in _windows(text).items():
        for prio, rx, handler in _CLASS_RULES.get(cl, ()):
            for ws, we in wins:
                for m in rx.finditer(text, ws, we):
                    key = (m.start(), m.end(), prio)
                    if key in seen:
                        continue
                    seen.add(key)
                    try:
                        c = handler(m, text, anchor, tense)
                    except (ValueError, OverflowError, KeyError, IndexError):
                        c = None
                    if c is None or not 0 <= c.start < c.end <= n:
                        continue
                    cands.append((c.start, -(c.end - c.start), prio, c))
    cands.sort(key=lambda t: (t[0], t[1], t[2]))
    chosen: list[_Cand] = []
    last_end = -1
    for s, _neg, _p, c in cands:
        if s >= last_end:
            chosen.append(c)
            last_end = c.end
        elif (chosen and c.end - s > chosen[-1].end - chosen[-1].start and s >= chosen[-1].start
              and (len(chosen) < 2 or chosen[-2].end <= s)):
            # a longer candidate overlapping the previous one wins
            chosen[-1] = c
            last_end = c.end
    chosen = _merge(text, chosen, anchor)
    out: list[Timex] = []
    for c in chosen:
        direction = c.direction
        if direction is None and c.kind in ("date", "interval"):
            direction = _direction_of(c.edtf, anchor)
        if c.kind not in KINDS:
            continue
        out.append(Timex(c.start, c.end, text[c.start:c.end], c.edtf, c.kind, direction, c.absolute,
                         c.anaphoric, c.offset))
    return out


def resolve(phrase: str, anchor: dt.date | None, tense: str | None = None) -> str | None:
    """The EDTF value of one temporal phrase against ``anchor`` (None if it is not one).

    >>> import datetime as dt
    >>> resolve("over the past year", dt.date(2015, 1, 29))
    '2014-01/2015-01'
    """
    found = find_timexes(phrase, anchor, tense=tense)
    if not found:
        return None
    best = max(found, key=lambda t: t.end - t.start)
    return best.edtf


def rebase(timex: Timex, reference: dt.date) -> str | None:
    """Re-resolve an anaphoric timex ("the day before", "a day earlier") against ``reference``.

    ``reference`` is the date of the event the phrase is relative to (instead of the
    anchor); the value is ``reference + offset`` at a precision fitting the offset's size.
    Non-anaphoric timexes keep their value.

    >>> import datetime as dt
    >>> t = find_timexes("Days before the inauguration, they met.", dt.date(2022, 8, 12))[0]
    >>> rebase(t, dt.date(2022, 8, 7))
    '2022-07-25/2022-08-06'
    """
    if not timex.anaphoric or timex.offset is None:
        return timex.edtf
    lo, hi = timex.offset
    a, b = _add_days(reference, lo), _add_days(reference, hi)
    mag = max(abs(lo), abs(hi))
    if mag >= 330:
        return _yy(a.year) if a.year == b.year else f"{_yy(a.year)}/{_yy(b.year)}"
    if mag >= 28:
        return _ym(a.year, a.month) if (a.year, a.month) == (b.year, b.month) else (
            f"{_ym(a.year, a.month)}/{_ym(b.year, b.month)}")
    return _civ(a, b)


def with_span_offset(t: Timex, delta: int) -> Timex:
    """The same timex with its offsets shifted by ``delta`` (for timexes found in a slice)."""
    return replace(t, start=t.start + delta, end=t.end + delta)
