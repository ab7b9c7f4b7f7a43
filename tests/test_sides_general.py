"""Who did it to whom, checked on wire-news sentences written for these tests (other states, names
and tenses): the agent of a passive whose "by" phrase opens with a possessive pronoun ("invited by
his Chinese counterpart"), and the state of an aide named after a principal ("Ma's spokeswoman X")."""

from __future__ import annotations

import pytest
from extract_support import state_events

from diplograph.graph.model import Article
from diplograph.ingest.pipeline import extract


def _pairs(text: str, root: str, published: str = "2021-06-15") -> set[tuple]:
    """(source state, target state) of the extracted events whose code starts with ``root``."""
    return {(s, t) for c, s, t in state_events(text, published) if c.startswith(root)}


# ------------------------------------- "was invited by his Chinese counterpart": the counterpart acts

@pytest.mark.parametrize("text, root, pair", [
    ("Pakistani Foreign Minister Khawaja Asif was invited by his Chinese counterpart.", "03", ("CHN", "PAK")),
    ("Kenyan President William Ruto was received by his Ugandan host at the airport in Entebbe.",
     "04", ("UGA", "KEN")),
    ("Argentina's foreign minister has been invited by her Chilean counterpart for talks in Santiago next month.",
     "03", ("CHL", "ARG")),
    ("The Polish prime minister was welcomed by his Lithuanian counterpart in Vilnius on Tuesday.",
     "04", ("LTU", "POL")),
])
def test_possessive_pronoun_before_the_other_party(text, root, pair):
    pairs = _pairs(text, root)
    assert pair in pairs, pairs
    assert (pair[1], pair[0]) not in pairs, pairs


def test_owner_kept_when_the_agent_is_its_own_forces():
    """Near miss: "caught by our border guards" -- the pronoun's owner is the agent."""
    pairs = _pairs("Three New Zealand nationals were caught by our border guards, Turkey said.", "17")
    assert ("TUR", "NZL") in pairs, pairs


def test_no_state_agent_for_a_bare_counterpart():
    """Near miss: "criticised by his own parliament" -- the minister's own side, not Saudi Arabia."""
    pairs = _pairs("Egypt's foreign minister was criticised by his own parliament over the deal with Saudi Arabia.",
                   "11")
    assert ("EGY", "SAU") not in pairs, pairs


# ------------------------------------------ "Ma's spokeswoman Lee Chia-fei": the principal's state

def _person_state(text: str, name: str, published: str = "2021-06-15") -> str | None:
    ex = extract(Article(id="t", text=text, published=published))
    return next((e.state for e in ex.entities if e.kind == "person" and e.name == name), None)


@pytest.mark.parametrize("text, name, state", [
    ('Ghana\'s President Nana Akufo-Addo met Togo\'s leader. "The president is deeply concerned about '
     'Burkina Faso\'s decision," Akufo-Addo\'s spokesman Eugene Arhin told reporters.', "Eugene Arhin", "GHA"),
    ("Ivorian President Alassane Ouattara's chief of staff, Fidele Sarassoro, said the soldiers held in Mali "
     "must be freed.", "Fidele Sarassoro", "CIV"),
    ('Brazilian President Luiz Inacio Lula da Silva spoke on Monday. "Venezuela must publish the results," '
     "Lula's adviser Celso Amorim said.", "Celso Amorim", "BRA"),
])
def test_aide_takes_the_principal_state(text, name, state):
    assert _person_state(text, name) == state


def test_own_title_state_wins_over_the_principal():
    """Near miss: a guest whose title names his own state keeps it ("Ruto's guest, Tanzanian ...")."""
    text = ("Kenyan President William Ruto hosted talks in Nairobi. Ruto's guest, Tanzanian Foreign Minister "
            "Bakari Mwinyimkuu, said the border would reopen.")
    assert _person_state(text, "Bakari Mwinyimkuu") == "TZA"
