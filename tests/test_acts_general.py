"""The act a statement carries, checked on wire-news sentences written for these tests (other
states, names and tenses than the gold sets).

Classes: a reported deadline for envoys to leave ("said X's ambassador has to leave the country
within 48 hours") and a demand that another state's envoys leave are their expulsion (166), not a
demand (10). Stopping the supply of arms or aid ("will no longer supply weapons to X") reduces aid
(162), it is no negated gift (07). A state that formally protests lodges an official protest
(114); it does not demonstrate (141).
"""

from __future__ import annotations

import pytest
from extract_support import state_events


def _events(text: str, published: str = "2021-06-15"):
    """(cameo, source state, target state) of every extracted non-statement event."""
    return state_events(text, published, statements=False)


def _pairs(evs, root: str) -> set[tuple]:
    return {(s, t) for c, s, t in evs if c.startswith(root)}


# ------------------------------------------------------------ deadlines and demands to leave: 166

@pytest.mark.parametrize("text, pair", [
    ("Lithuania's foreign ministry said on Friday that the Belarusian charge d'affaires has to leave "
     "the country within 72 hours.", ("LTU", "BLR")),
    ("Kenya said the Somali ambassador must leave Nairobi within seven days.", ("KEN", "SOM")),
    ("The Algerian foreign ministry said French diplomats have to leave the country within a week.",
     ("DZA", "FRA")),
    ("Ecuador's government said on Monday that the Mexican ambassador had to leave within 48 hours.",
     ("ECU", "MEX")),
    ("Nicaragua's government demanded on Sunday that Colombian diplomats leave Managua immediately.",
     ("NIC", "COL")),
    ("Mali's junta ordered that French envoys leave Bamako by the end of the week.", ("MLI", "FRA")),
])
def test_deadline_to_leave_is_an_expulsion(text, pair):
    evs = _events(text)
    assert pair in _pairs(evs, "16") | _pairs(evs, "17"), evs
    assert pair not in _pairs(evs, "10"), evs


@pytest.mark.parametrize("text", [
    "Tourists were told they could leave within days once the airport reopened.",
    "The Brazilian delegation will leave within the hour for talks in Buenos Aires.",
    "Peru's president said he would leave office within two years.",
])
def test_leaving_within_a_time_is_no_expulsion(text):
    evs = _events(text)
    assert not any(c.startswith("166") for c, s, t in evs), evs


# --------------------------------------------------------------------------- stopping aid: 162

@pytest.mark.parametrize("text, pair", [
    ("Poland has announced that it will no longer supply weapons to Ukraine.", ("POL", "UKR")),
    ("Hungary said it would no longer provide military aid to Ukraine.", ("HUN", "UKR")),
    ("The Slovak prime minister announced the decision to no longer supply Kyiv with ammunition.",
     ("SVK", "UKR")),
    ("Germany stopped supplying arms to Turkey after the incursion into Syria.", ("DEU", "TUR")),
    ("Sweden will cease providing development assistance to Mali, the government said.", ("SWE", "MLI")),
])
def test_stopping_supply_reduces_aid(text, pair):
    evs = _events(text)
    assert pair in _pairs(evs, "162"), evs
    assert pair not in _pairs(evs, "07"), evs


@pytest.mark.parametrize("text", [
    "Japan demanded that China stop sending vessels to the disputed islands.",
    "Egypt said it would no longer tolerate attacks on its border posts from Libya.",
])
def test_stop_without_aid_is_no_aid_cut(text):
    evs = _events(text)
    assert not any(c.startswith("162") for c, s, t in evs), evs


# --------------------------------------------------------------------- formal protests: 114

@pytest.mark.parametrize("text, pair", [
    ("The Venezuelan government formally protested against the Peruvian decision.", ("VEN", "PER")),
    ("South Korea officially protested to Japan over the textbook revisions on Tuesday.", ("KOR", "JPN")),
    ("Bangladesh formally protested to Myanmar after shells landed on its territory.", ("BGD", "MMR")),
    ("Greece has formally protested against Turkish overflights of its islands.", ("GRC", "TUR")),
])
def test_formal_protest_is_official(text, pair):
    evs = _events(text)
    assert pair in _pairs(evs, "114"), evs
    assert pair not in _pairs(evs, "141"), evs


def test_crowds_still_demonstrate():
    evs = _events("Thousands of Serbs protested against Kosovo's ban on Serbian goods on Sunday.")
    assert not any(c.startswith("114") for c, s, t in evs), evs


# --------------------------------------------- downgrading ties, withdrawing diplomatic staff: 161

@pytest.mark.parametrize("text, pair", [
    ("China downgraded its diplomatic relations with Lithuania to the charge d'affaires level.", ("CHN", "LTU")),
    ("Morocco said on Monday it would downgrade ties with Algeria.", ("MAR", "DZA")),
    ("Bahrain has downgraded relations with Qatar, the state news agency said.", ("BHR", "QAT")),
    ("Venezuela would withdraw its diplomatic personnel from Argentina, Chile and Peru.", ("VEN", "ARG")),
    ("Ukraine withdrew its diplomatic staff from Belarus on Friday.", ("UKR", "BLR")),
    ("Kuwait is withdrawing its embassy staff from Lebanon, officials said.", ("KWT", "LBN")),
])
def test_downgrade_and_staff_withdrawal_cut_diplomatic_ties(text, pair):
    evs = _events(text)
    assert pair in _pairs(evs, "161"), evs


@pytest.mark.parametrize("text", [
    "Turkey will withdraw its military personnel from Qatar next year.",
    "Moody's downgraded Egypt's credit rating on Friday.",
])
def test_other_withdrawals_and_downgrades_are_no_diplomatic_cut(text):
    evs = _events(text)
    assert not any(c.startswith("161") for c, s, t in evs), evs


# ------------------------------------------- "the attack was the work of X", "..., Y said on Monday": 112

@pytest.mark.parametrize("text, pair", [
    ("The operation was the work of Russian military intelligence, the Dutch defence minister said during "
     "a news conference on Thursday.", ("NLD", "RUS")),
    ("Estonia's foreign minister said the cyberattack was the work of Russian hackers.", ("EST", "RUS")),
    ("Lithuania said the sabotage was probably the work of Belarusian agents.", ("LTU", "BLR")),
    ("The Czech government said on Saturday the 2014 blasts were the work of Russian military intelligence.",
     ("CZE", "RUS")),
    ("Iran is trying to undermine stability in the Gulf, Saudi Arabia's foreign minister said in a statement "
     "on Monday.", ("SAU", "IRN")),
])
def test_hostile_act_said_to_be_the_work_of_a_state_accuses_it(text, pair):
    evs = _events(text)
    assert pair in _pairs(evs, "11"), evs


@pytest.mark.parametrize("text", [
    "The bridge was the work of Chinese engineers, Kenya's transport minister said.",
    "The agreement was the work of Qatari mediators, Egypt said.",
])
def test_benign_work_of_is_no_accusation(text):
    evs = _events(text)
    assert not any(c.startswith("11") for c, s, t in evs), evs


# --------------------- "demanded ..., accusing X of ...": the participle is the speaker's own act

@pytest.mark.parametrize("text, pair", [
    ("Imran Khan demanded the international community take action, accusing Modi of an anti-Muslim agenda.",
     ("PAK", "IND")),
    ("Serbia asked the UN to intervene, accusing Kosovo of provoking the unrest.", ("SRB", "XKX")),
    ("Armenia urged Russia to act, blaming Azerbaijan for the shelling of border villages.", ("ARM", "AZE")),
    ("Ethiopia asked the African Union to step in, calling Egypt's statements a provocation.", ("ETH", "EGY")),
])
def test_participle_after_a_demand_is_the_speakers_act(text, pair):
    evs = _events(text)
    assert pair in _pairs(evs, "11"), evs


def test_demanded_act_stays_suppressed():
    evs = _events("Ukraine demanded that Russia withdraw its troops from the border.")
    assert not any(c.startswith("08") or c.startswith("19") for c, s, t in evs), evs


# ------------------------------------------------ fighting an issue or a decision is no armed fight

@pytest.mark.parametrize("text", [
    "Pakistan's prime minister vowed on Tuesday to fight the issue \"on every forum\".",
    "Guyana said it would fight Venezuela's claim in the case at the International Court of Justice.",
    "Huawei said it would fight the decision by Sweden to exclude it from 5G networks.",
])
def test_fighting_an_issue_is_no_force(text):
    evs = _events(text)
    assert not any(c.startswith("19") for c, s, t in evs), evs


def test_fighting_troops_is_force():
    evs = _events("Armenian and Azerbaijani troops fought along the border on Tuesday.")
    assert any(c.startswith("19") for c, s, t in evs), evs


# --------------------------- an act said to amount to / constitute a wrong criticises its author: 111

@pytest.mark.parametrize("text, pair", [
    ("Saudi Arabia confirmed the report, saying remarks by the Swedish foreign minister amounted to "
     "interference in its internal affairs.", ("SAU", "SWE")),
    ("Iran said the seizure of its tanker by Britain amounted to piracy.", ("IRN", "GBR")),
    ("China said the US sanctions constituted interference in its internal affairs.", ("CHN", "USA")),
    ("Serbia said Kosovo's move amounts to a provocation.", ("SRB", "XKX")),
    ("Egypt issued a statement on Monday, saying the Ethiopian filling of the dam constituted a violation "
     "of the 2015 agreement.", ("EGY", "ETH")),
])
def test_amounting_to_a_wrong_is_a_criticism(text, pair):
    evs = _events(text)
    assert pair in _pairs(evs, "11"), evs


@pytest.mark.parametrize("text", [
    "Trade between Kenya and Tanzania constitutes over 45 per cent of the entire trade within the bloc.",
    "The losses amounted to $5 billion, Egypt said.",
])
def test_amounts_and_shares_are_no_criticism(text):
    evs = _events(text)
    assert not any(c.startswith("11") for c, s, t in evs), evs


# ------------------------------- describing an act as unfair, discriminatory ... criticises it: 111

@pytest.mark.parametrize("text, pair", [
    ("Moscow described the Estonian decision as discriminatory.", ("RUS", "EST")),
    ("Seoul described Japan's export curbs as unfair and unjust.", ("KOR", "JPN")),
    ("Downing Street has described the controls as \"politically motivated and disproportionate\", putting "
     "Spain at odds with EU law.", ("GBR", "ESP")),
    ("Beijing characterised the Lithuanian move as xenophobic and insulting.", ("CHN", "LTU")),
])
def test_describing_as_unfair_criticises(text, pair):
    evs = _events(text)
    assert pair in _pairs(evs, "111"), evs


def test_describing_as_excellent_is_no_criticism():
    evs = _events("Ghana described the visit by the Togolese president as excellent.")
    assert not any(c.startswith("11") for c, s, t in evs), evs


# ------------------------- a plain statement in a dyad article is addressed to the other side (010)

@pytest.mark.parametrize("text, pair", [
    ("Turkey shot down a Russian warplane near the border on Tuesday. Moscow says the jet never left its "
     "assigned route.", ("RUS", "TUR")),
    ("Mali detained 49 Ivorian soldiers at Bamako airport on Sunday. Ivory Coast said the soldiers were part of "
     "a support force for the UN mission.", ("CIV", "MLI")),
    ("Kenya expelled the Somali ambassador on Monday. Somalia said the decision was taken without consultation.",
     ("SOM", "KEN")),
])
def test_statement_takes_the_other_side_of_the_dyad(text, pair):
    evs = state_events(text, "2021-06-15")
    assert pair in {(s, t) for c, s, t in evs if c.startswith("010")}, evs


def test_statement_of_a_bystander_gets_no_dyad_target():
    evs = state_events("Turkey shot down a Russian warplane near the Syrian border on Tuesday. Russia and Turkey "
                       "traded accusations. The weather in Ankara was mild, a spokesman said.", "2021-06-15")
    assert all(t is None for c, s, t in evs if c.startswith("010") and s is None), evs


# --------------------------- blocking a speech, a visit or a participation vetoes it (12), no blockade

@pytest.mark.parametrize("text, pair", [
    ("Hungary blocked a speech by the Ukrainian president at the summit.", ("HUN", "UKR")),
    ("China blocked the Dalai Lama's planned visit to South Africa, Pretoria said.", ("CHN", "ZAF")),
    ("Russia blocked Moldova's participation in the regional forum on Friday.", ("RUS", "MDA")),
])
def test_blocking_a_speech_or_visit_is_a_veto(text, pair):
    evs = _events(text)
    assert pair in _pairs(evs, "12"), evs
    assert pair not in _pairs(evs, "191"), evs


def test_blocking_a_port_is_still_a_blockade():
    evs = _events("Azerbaijan blocked the Lachin corridor to Armenia in December.")
    assert not any(c.startswith("12") for c, s, t in evs), evs
