"""Actor arguments: ISO codes, names, aliases, demonyms, persons and their short forms."""

from __future__ import annotations

import pytest
from queries_data import load_query_store

from diplograph.graph.store import Store
from diplograph.queries.actors import ActorIndex, AmbiguousActorError, UnknownActorError
from diplograph.queries.common import UsageError


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return ActorIndex(load_query_store(tmp_path_factory.mktemp("actors") / "kg.db"))


@pytest.mark.parametrize("text", ["PRK", "prk", "KP", "North Korea", "north korea", "DPRK", "D.P.R.K.",
                                  "North Korean", "Democratic People's Republic of Korea"])
def test_state_arguments(index, text):
    a = index.lookup(text)
    assert (a.id, a.kind, a.is_state, a.in_store) == ("PRK", "state", True, True)


@pytest.mark.parametrize("text,expected", [
    ("Kim Jong-un", "person:kim-jong-un"), ("kim jong un", "person:kim-jong-un"),
    ("person:kim-yo-jong", "person:kim-yo-jong"), ("Kim Yo-jong", "person:kim-yo-jong"),
    ("Xi", "person:xi-jinping"), ("Jinping", "person:xi-jinping"), ("Kim Jong", "person:kim-jong-un"),
    ("Moscow", "place:moscow"), ("Chinese", "CHN"), ("the US", "USA"), ("Pyongyang", "PRK"),
    ("NATO", "org:north-atlantic-treaty-organization"), ("the UN", "org:united-nations"),
])
def test_entities_by_name_alias_and_short_form(index, text, expected):
    assert index.lookup(text).id == expected


def test_ambiguous_short_form_lists_the_candidates(index):
    with pytest.raises(AmbiguousActorError) as err:
        index.lookup("Kim")
    assert [c.id for c in err.value.candidates] == ["person:kim-jong-un", "person:kim-yo-jong"]
    assert "person:kim-yo-jong (Kim Yo-jong, PRK)" in str(err.value)
    assert err.value.exit_code == 1


def test_short_form_unique_in_the_store_resolves(tmp_path):
    # only Kim Jong-un is stored: "Kim" means him, though the gazetteer knows many Kims
    idx = ActorIndex(load_query_store(tmp_path / "kg.db", ("01-kim-moscow-plans.json",)))
    assert idx.lookup("Kim").id == "person:kim-jong-un"


def test_unknown_actor_suggests_close_names(index):
    with pytest.raises(UnknownActorError) as err:
        index.lookup("Xi Jinpin")
    assert "person:xi-jinping" in [c.id for c in err.value.candidates]
    with pytest.raises(UnknownActorError):
        index.lookup("Atlantis")
    with pytest.raises(UsageError):
        index.lookup("  ")


def test_states_and_gazetteer_persons_absent_from_the_store(index):
    a = index.lookup("France")
    assert (a.id, a.in_store) == ("FRA", False)
    p = index.lookup("Vladimir Putin")
    assert (p.id, p.state, p.in_store) == ("person:vladimir-putin", "RUS", False)
    assert index.lookup("Putin").id == "person:vladimir-putin"  # gazetteer short form, nothing stored


def test_by_state_and_empty_store():
    idx = ActorIndex(Store(":memory:"))
    assert idx.lookup("North Korean").id == "PRK"
    kim = idx.lookup("Kim Jong-un")
    assert kim.by_state().id == "PRK" and kim.by_state().is_state
