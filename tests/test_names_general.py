"""Names in general news language (round 5): office holders the table knows by name alone, outlets named after a
state that are no actor, and the bare adjective "Korean" in a story of North Korea only."""

from __future__ import annotations

import pytest

from diplograph.graph.model import Article
from diplograph.ingest.pipeline import extract


def _doc(text: str, published: str = "2020-01-01"):
    ex = extract(Article(id="t", text=text, published=published))
    states = {e.id for e in ex.entities if e.kind == "state"}
    persons = {e.name: e.state for e in ex.entities if e.kind == "person"}
    return states, persons


# office holders named without a title or a nationality: the table gives the state
@pytest.mark.parametrize("text,published,name,state", [
    ("Lt Gen Muhoozi Kainerugaba visited Kigali on Saturday.", "2022-01-28", "Muhoozi Kainerugaba", "UGA"),
    ("Julius Maada Bio told reporters in Freetown the vote would go ahead.", "2023-06-20", "Julius Maada Bio", "SLE"),
    ("Vincent Biruta met his counterpart in Kampala on Monday.", "2022-01-28", "Vincent Biruta", "RWA"),
    ("Ramtane Lamamra flew to Bamako for talks.", "2022-02-10", "Ramtane Lamamra", "DZA"),
    ("Simon Coveney said Dublin would not accept a hard border.", "2019-03-01", "Simon Coveney", "IRL"),
    ("Abdullatif Al Zayani arrived in Riyadh for the Gulf summit.", "2021-01-05", "Abdullatif bin Rashid Al Zayani",
     "BHR"),
    ("Ludovic Orban said Bucharest would send more troops.", "2020-05-04", "Ludovic Orban", "ROU"),
    ("Pushpa Kamal Dahal left Kathmandu for Beijing on Saturday.", "2023-09-23", "Pushpa Kamal Dahal", "NPL"),
    ("Miroslav Lajcak met his Hungarian counterpart in Budapest.", "2017-03-02", "Miroslav Lajčák", "SVK"),
    ("Youssef Chahed said Tunis would not extradite him.", "2018-06-12", "Youssef Chahed", "TUN"),
])
def test_office_holder_known_by_name(text, published, name, state):
    _states, persons = _doc(text, published)
    assert persons.get(name) == state


@pytest.mark.parametrize("text", [
    "Tax revenues rose sharply in March, the ministry said.",
    "Meta said it would comply with the new rules.",
])
def test_common_words_are_no_office_holders(text):
    assert _doc(text, "2023-01-10")[1] == {}


# an outlet named after a state is no actor of the story
@pytest.mark.parametrize("text,absent", [
    ("MOSCOW (Pakistan Point News / Sputnik) Russia and China signed a gas deal on Tuesday.", "PAK"),
    ("Russia and China signed a gas deal, the Jakarta Post reported.", "IDN"),
    ("Iran summoned the British envoy, the Kuwait Times reported.", "KWT"),
    ("Greece and Turkey agreed to talks, the Irish Times reported.", "IRL"),
])
def test_outlet_named_after_a_state(text, absent):
    assert absent not in _doc(text)[0]


def test_state_named_beside_an_outlet_stays():
    states, _p = _doc("Pakistan expelled an Indian diplomat, the Pakistan Observer reported.")
    assert {"PAK", "IND"} <= states


# bare "Korean": South Korea by default, North Korea in a story of North Korea only
def test_korean_in_a_north_korea_story():
    states, _p = _doc("Kim Jong Un met Vladimir Putin in Vladivostok. After Kim visited the Russian-Korean House of "
                      "Friendship, his train departed.", "2019-04-26")
    assert "KOR" not in states and "PRK" in states


@pytest.mark.parametrize("text", [
    "Korean officials said exports grew in March.",
    "South Korean President Moon Jae-in met Kim Jong Un. Korean officials said the talks went well.",
])
def test_korean_stays_south_korean(text):
    assert "KOR" in _doc(text, "2018-04-27")[0]


# the Korean peninsula is both Koreas' place: it makes no South Korean side in a story of the North
@pytest.mark.parametrize("text", [
    "North Korea fired a missile over the Korean peninsula on Tuesday.",
    "Kim Jong Un said North Korea would defend peace on the Korean Peninsula.",
    "Russia and North Korea discussed security on the Korean peninsula.",
])
def test_korean_peninsula_names_no_south_korea(text):
    assert "KOR" not in _doc(text, "2019-04-26")[0]
