"""Sentences, paragraphs and word tokens of news text, as character spans.

Every function returns offsets into the ORIGINAL string, so evidence spans can
be cut straight out of ``Article.text``. The splitter is a single regex scan
plus a few dictionary look-ups per candidate boundary (no model, no download)
and runs at several MB/s.

Rules, in order:

* A blank line always ends a sentence (paragraphs, headlines).
* A single newline ends a sentence too (a headline or a section label without
  final punctuation is a sentence of its own), except a soft wrap: the line
  does not end in . ! ? : ; and the next line starts with a lower-case letter.
* Inside a line, ``.``, ``!``, ``?`` and ``…`` (with any closing quotes or
  brackets after them) end a sentence when whitespace and a plausible sentence
  start (capital letter, digit, opening quote or bracket) follow, unless the
  word before the full stop is an abbreviation ("Mr.", "Gen.", "Sept. 5",
  "No. 3"), an initial ("George W. Bush") or a dotted acronym ("U.S.") that is
  not followed by a typical sentence opener ("the U.S. The talks ...").

>>> t = "Mr. Kim met Gen. Lee in the U.S. on Jan. 5. They talked."
>>> [t[a:b] for a, b in split_sentences(t)]
['Mr. Kim met Gen. Lee in the U.S. on Jan. 5.', 'They talked.']
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "split_paragraphs", "split_sentences", "tokens"]

# Titles and other abbreviations that (almost) never end a sentence.
_NEVER_END = frozenset(
    """mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cmdt brig
    sen rep gov pres amb hon rev fr supt insp det ald atty vs v cf al approx dept assn bros mt
    """.split()
)
# Abbreviations that do not end a sentence before a number ("No. 3", "Art. 5", "St. 2").
_BEFORE_NUMBER = frozenset("no nos vol vols pp art arts sec ch para paras fig figs op st ft tel".split())
# Abbreviations that can end a sentence: they end it only before a typical opener.
_MAY_END = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    jr inc ltd co corp plc llc bhd ag sa nv bv a.m p.m am pm e.g i.e u.s u.n u.k e.u u.a.e
    d.c b.c n.y l.a r.o.k d.p.r.k p.r.c s.a.r
    """.split()
)
# Words that typically open a sentence; an ambiguous abbreviation before them ends one.
_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there
    but and or so yet however meanwhile in on at for after before while when as if although
    though since both some many most no one two three
    what who why how where which nor also still then now today yesterday earlier later
    last next according separately""".split()
)

_MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

# Candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_CAND = re.compile(r"(?:[.!?]+|…|\.\.\.)[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-']*)$")
_OPEN_START = re.compile(r"[\"'“‘«(\[]*([A-Z0-9À-ÖØ-Þ])")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]*([A-Za-z]+)")
_LINE = re.compile(r"[^\n]+")
_LIST_MARK = re.compile(r"\s*(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})\s*")
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")


class Token(NamedTuple):
    """A word token with its character span in the original text."""

    text: str
    start: int
    end: int


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] == "\ufeff"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _lines(text: str) -> list[tuple[int, int]]:
    """Hard-broken blocks: lines, with soft-wrapped lines joined."""
    blocks: list[tuple[int, int]] = []
    prev_blank = True
    for m in _LINE.finditer(text):
        a, b = _strip(text, m.start(), m.end())
        if a == b:
            prev_blank = True
            continue
        if blocks and not prev_blank:
            pa, pb = blocks[-1]
            last = text[pb - 1]
            first = text[a]
            if last not in ".!?:;…\"'”’»)]" and first.islower():
                blocks[-1] = (pa, b)  # soft wrap: join with the previous line
                prev_blank = False
                continue
        blocks.append((a, b))
        prev_blank = False
    return blocks


def _is_boundary(text: str, start: int, dot: int, after: int, limit: int) -> bool:
    """Decide whether the punctuation run starting at ``dot`` ends a sentence."""
    nxt = _OPEN_START.match(text, after, limit)
    if nxt is None:
        return False
    if text[dot] != ".":
        return True  # ! ? … before a capital
    if text[dot:dot + 3] == "..." or text[dot] == "…":
        return True
    if dot - start <= 6 and _LIST_MARK.fullmatch(text, start, dot):
        return False  # a list marker at the start of a line: "1.", "a.", "iv."
    wm = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if wm is None:
        return True
    word = wm.group(1).lower().strip("'-")
    if not word:
        return True
    next_word_m = _NEXT_WORD.match(text, after, limit)
    next_word = next_word_m.group(1).lower() if next_word_m else ""
    nxt_char = nxt.group(1)
    if word in _NEVER_END:
        return False
    if word in _BEFORE_NUMBER and (nxt_char.isdigit() or word == "st"):
        return False
    if len(word) == 1 and word.isalpha():
        # An initial ("George W. Bush", "J. Smith"): no break before a capitalised word.
        return not (wm.group(1).isupper() and nxt_char.isupper() and next_word not in _OPENERS)
    if word in _MONTH_ABBR and nxt_char.isdigit():
        return False
    if word in _MAY_END or (word.count(".") >= 1 and len(word) <= 8 and all(len(p) <= 2 for p in word.split("."))):
        # "U.S.", "a.m.", "Inc.": a sentence ends only before a typical opener.
        return next_word in _OPENERS
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, stripped of surrounding whitespace.

    >>> split_sentences("Headline\\n\\nHe said. It's “done.” Next")
    [(0, 8), (10, 18), (19, 31), (32, 36)]
    """
    out: list[tuple[int, int]] = []
    for la, lb in _lines(text):
        start = la
        for m in _CAND.finditer(text, la, lb):
            after = m.end()
            while after < lb and text[after].isspace():
                after += 1
            if after >= lb:
                break
            if _is_boundary(text, start, m.start(), after, lb):
                a, b = _strip(text, start, m.end())
                if a < b:
                    out.append((a, b))
                start = after
        a, b = _strip(text, start, lb)
        if a < b:
            out.append((a, b))
    return out


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of paragraphs: blocks between blank lines or hard line breaks.

    A single newline separates paragraphs unless it is a soft wrap (the line does
    not end a sentence and the next one starts in lower case).

    >>> split_paragraphs("Title\\n\\nOne line\\nwrapped.\\nTwo.")
    [(0, 5), (7, 24), (25, 29)]
    """
    return _lines(text)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens (``\\w+`` with inner hyphens/apostrophes: "Jong-un", "Russia’s") in text[start:end]."""
    if end is None:
        end = len(text)
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
