"""Nouns of people who are no state: the one table of them, and the named subsets each reader takes.

Protesters, rebels, critics, crowds: a noun for such people names who acts or speaks, but no state
does through them. Actors, events and the pipeline each look for some of these nouns; they take
their set from here, so a word is typed once and its uses are visible side by side. The module
imports nothing from diplograph (any module may import it).

>>> sorted(AGENTS)[:3]
['activists', 'demonstrators', 'fighters']
>>> "critics" in NONSTATE_PEOPLE, "critics" in DISSENT_HEADS
(True, False)
"""

from __future__ import annotations

# word: the subsets it belongs to (x), in the column order of _COLUMNS; '.' = not in that subset
_TABLE = """
# people who stand against a government, in the street or armed
activists        x x x x
demonstrators    x x x x
protesters       x x x x
protestors       . . x x
insurgents       x x . x
rebels           x x . x
separatists      x x . x
militants        x x . .
fighters         x . . .
dissidents       . . . x
exiles           . . . x
# the same as a singular or adjectival head word ("a rebel group", "Hong Kong's protest movement")
rebel            . . . x
separatist       . . . x
dissident        . . . x
exile            . . . x
protest          . . . x
opposition       . . . x
anti-government  . . . x
pro-democracy    . . . x
# people who comment or judge
critics          . x . .
analysts         . x . .
observers        . x . .
experts          . x . .
commentators     . x . .
scholars         . x . .
campaigners      . x . .
opponents        . x . .
detractors       . x . .
witnesses        . x . .
# people of a place, and followers
residents        . x x .
villagers        . x . .
supporters       . x x .
# a crowd and the counts that name one ("thousands in Tehran")
crowd            . . x .
crowds           . . x .
mob              . . x .
mobs             . . x .
rioters          . . x .
students         . . x .
people           . . x .
hundreds         . . x .
thousands        . . x .
"""
_COLUMNS = ("agents", "nonstate", "crowd", "dissent")

# every noun of the table: word -> the names of the subsets it belongs to
PEOPLE_NOUNS: dict[str, frozenset[str]] = {
    cols[0]: frozenset(c for c, mark in zip(_COLUMNS, cols[1:], strict=True) if mark == "x")
    for cols in (line.split() for line in _TABLE.strip().splitlines() if not line.startswith("#"))
}


def _subset(column: str) -> frozenset[str]:
    """The words of the table marked in ``column``."""
    return frozenset(w for w, cols in PEOPLE_NOUNS.items() if column in cols)


# plural nouns of a group that acts as one body, armed or in the street ("the Houthi rebels,
# saying they ..."): a nearer antecedent for they/their than the last group of states. Only
# groups that do things; those who merely comment or watch (critics, witnesses) are left out.
AGENTS = _subset("agents")

# plural nouns of people that no state qualifies, as the subject right before a verb ("what critics
# have labeled a coup", "analysts said"): the groups that act, and also those who comment, judge
# or live somewhere, since any of them, not an actor named earlier, is who speaks.
NONSTATE_PEOPLE = _subset("nonstate")

# nouns of a crowd at a place, singular and plural, and the counts that stand for one ("Crowds in
# Niamey burned French flags", "thousands in Tehran"): the place after them is where protesters act.
CROWD_NOUNS = _subset("crowd")

# head words (singular, plural or adjectival) of a state's people who stand against its government
# ("France's anti-government protesters", "Hong Kong's protest movement"): goodwill toward them is
# no cooperation with that state. No commentators and no crowds: only opposition.
DISSENT_HEADS = _subset("dissent")
