"""Number words: the one table of English words that name a count, and its named subsets.

Every module of the extractor that reads a number word takes it from here, so the words and
their values are typed once. The module imports nothing from diplograph (any module may import it).

>>> NUMBERS["dozen"], CARDINALS["twenty"]
(12, 20)
>>> list(cardinals(3, 5))
['three', 'four', 'five']
"""

from __future__ import annotations

# the one table, in order of value within each part (regexes built from a subset keep this order)
NUMBERS: dict[str, float] = {
    # the article counts one ("a week", "an hour")
    "a": 1, "an": 1,
    # words that spell an exact whole number
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    # vague or collective counts, with the value a reading takes for them ("a few days" = 3 days)
    "few": 3, "couple": 2, "several": 4, "dozen": 12, "half": 0.5, "both": 2,
}

_NOT_CARDINAL = frozenset({"a", "an", "few", "couple", "several", "dozen", "half", "both"})

# the words that spell an exact whole number ("one" ... "ninety", "hundred")
CARDINALS: dict[str, float] = {w: v for w, v in NUMBERS.items() if w not in _NOT_CARDINAL}

# the counts a duration may take ("two weeks", "a few days", "half an hour"): all but "both",
# which names two known things ("both days"), not a length of time
DURATION_NUMBERS: dict[str, float] = {w: v for w, v in NUMBERS.items() if w != "both"}


def cardinals(lo: float, hi: float) -> dict[str, float]:
    """The cardinal words whose value lies in ``lo .. hi`` (both included), in order of value."""
    return {w: v for w, v in CARDINALS.items() if lo <= v <= hi}


def pick(*words: str) -> dict[str, float]:
    """The entries of the table for ``words`` (a KeyError for a word it lacks), in the order given."""
    return {w: NUMBERS[w] for w in words}

