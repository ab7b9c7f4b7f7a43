"""The one list of verbs of saying and the forms the extractor's readers take from it."""

from __future__ import annotations

import doctest

import pytest

from diplograph.ingest import speech
from diplograph.ingest.speech import COMMITTING, JUDGING, OPINION, SPEECH_VERBS, forms


def test_docstring_examples() -> None:
    result = doctest.testmod(speech)
    assert result.attempted > 0 and result.failed == 0


def test_every_verb_has_its_four_kinds_of_form() -> None:
    for lemma, kinds in SPEECH_VERBS.items():
        assert list(kinds) == ["base", "s", "past", "ing"], lemma
        assert kinds["base"] == (lemma,)


def test_named_subsets_are_verbs_of_the_table() -> None:
    assert set(JUDGING) | set(OPINION) | set(COMMITTING) <= set(SPEECH_VERBS)
    assert forms(" ".join(JUDGING), "past") == ("called", "described", "branded", "termed", "labelled", "labeled")


def test_forms_keep_the_order_asked_for() -> None:
    # a regex built from forms without a word boundary needs "says" before "say"
    assert forms("say", "past s base") == ("said", "says", "say")
    assert forms("tell write", "past s") == ("told", "tells", "wrote", "writes")
    assert forms("think", "past ing") == ("thought", "thinking")


def test_an_unknown_verb_or_kind_is_an_error() -> None:
    with pytest.raises(KeyError):
        forms("whisper", "past")
    with pytest.raises(KeyError):
        forms("say", "future")
