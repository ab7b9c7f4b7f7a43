"""The one table of number words and the subsets the extractor reads from it."""

from __future__ import annotations

import doctest

import pytest

from diplograph.ingest import numbers
from diplograph.ingest.numbers import CARDINALS, DURATION_NUMBERS, NUMBERS, cardinals, pick


def test_docstring_examples() -> None:
    result = doctest.testmod(numbers)
    assert result.attempted > 0 and result.failed == 0


def test_subsets_come_from_the_table() -> None:
    assert set(CARDINALS) < set(NUMBERS) and set(DURATION_NUMBERS) < set(NUMBERS)
    assert all(NUMBERS[w] == v for w, v in {**CARDINALS, **DURATION_NUMBERS}.items())
    assert "both" in NUMBERS and "both" not in DURATION_NUMBERS
    assert not {"a", "an", "few", "dozen", "half"} & set(CARDINALS)


def test_cardinals_in_range_keep_value_order() -> None:
    assert list(cardinals(2, 5)) == ["two", "three", "four", "five"]
    assert list(cardinals(15, 30)) == ["fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                                       "thirty"]
    assert cardinals(101, 200) == {}


def test_pick_keeps_the_order_given_and_refuses_unknown_words() -> None:
    assert list(pick("dozen", "both")) == ["dozen", "both"]
    with pytest.raises(KeyError):
        pick("zillion")
