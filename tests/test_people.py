"""Tests of the one table of nouns of people who are no state and its subsets."""

from diplograph.ingest.people import AGENTS, CROWD_NOUNS, DISSENT_HEADS, NONSTATE_PEOPLE, PEOPLE_NOUNS


def test_every_word_is_in_some_subset() -> None:
    """A row of the table with no mark would be a word nobody reads."""
    assert all(PEOPLE_NOUNS.values())
    assert set(PEOPLE_NOUNS) == AGENTS | NONSTATE_PEOPLE | CROWD_NOUNS | DISSENT_HEADS


def test_subsets_differ_where_their_readers_do() -> None:
    """Commentators speak but stand against no government; crowds and singular heads are no agents."""
    assert "critics" in NONSTATE_PEOPLE and "critics" not in DISSENT_HEADS and "critics" not in AGENTS
    assert "rebel" in DISSENT_HEADS and "rebel" not in AGENTS
    assert "crowds" in CROWD_NOUNS and "crowds" not in NONSTATE_PEOPLE
    assert {"protesters", "rebels", "activists"} <= AGENTS & DISSENT_HEADS
