"""Precision filters of event assembly (engineer P, round 9), each checked on wire-news text written
for these tests (other states, names and tenses): texts a filter must fire on, and near misses
where the real event must survive."""

from __future__ import annotations

import pytest
from extract_support import state_events


def _events(text: str, published: str = "2021-06-15"):
    """(cameo, source state, target state) of every extracted non-statement event."""
    return state_events(text, published, statements=False)


# ------------------------------------------------- a state named only as what a crowd is for or against

@pytest.mark.parametrize("text, state", [
    ("Russia accused Estonia of provocation on Thursday.\n\nThe rally, chanting anti-government and "
     "anti-Russia slogans, turned violent as the protesters tried to storm the parliament building in Tallinn.",
     "RUS"),
    ("Russia condemned Moldova's decision.\n\nThe reporters were attacked by a group of pro-Putin supporters "
     "outside the parliament in Chisinau.", "RUS"),
    ("Serbia condemned Kosovo's decision on Friday.\n\nTwo reporters were beaten by a group of pro-Vucic "
     "supporters outside the court in Pristina.", "SRB"),
    ("Turkey criticised Germany over the ban on Wednesday.\n\nJournalists covering the rally were attacked "
     "by pro-Erdogan supporters in Cologne.", "TUR"),
])
def test_a_stance_prefixed_name_never_acts(text, state):
    evs = _events(text)
    # the reaction told first stays; no act of force or protest is handed to the state the crowd names
    assert any(c.startswith("11") for c, _s, _t in evs), evs
    assert not [e for e in evs if e[0][:2] in ("14", "18", "19") and e[1] == state], evs


@pytest.mark.parametrize("text, event", [
    ("Russia attacked Ukraine on Monday.", ("190", "RUS", "UKR")),
    ("The pro-government newspaper said China had sanctioned Lithuania.", ("163", "CHN", "LTU")),
    ("Venezuela recalled its ambassador to Colombia on Monday, as anti-government protests spread.",
     ("161", "VEN", "COL")),
])
def test_near_miss_a_state_named_plainly_still_acts(text, event):
    assert event in _events(text)


# ------------------------------------------------- a toppling participle worn as an epithet

@pytest.mark.parametrize("text", [
    "Turkey condemned the crackdown by Egyptian forces on supporters of ousted Islamist president Mohamed Morsi.",
    "Qatar has long backed ousted Sudanese leader Omar al-Bashir, Saudi Arabia said on Monday.",
    "Venezuela condemned the arrest of supporters of deposed president Pedro Castillo by Peru on Friday.",
    "Russia welcomed the toppled Syrian president Bashar al-Assad in Moscow on Sunday.",
])
def test_an_ousted_leader_is_no_news_of_an_ouster(text):
    assert not [e for e in _events(text) if e[0].startswith("19")]


@pytest.mark.parametrize("text, event", [
    ("The army ousted President Mohamed Bazoum on July 26, and France condemned the coup.", ("170", "NER", "NER")),
    ("The coup leaders who toppled Niger President Mohamed Bazoum ordered the French ambassador to leave.",
     ("170", "NER", "NER")),
    ("Iraq accused Iran of trying to oust Prime Minister Mustafa al-Kadhimi.", ("112", "IRQ", "IRN")),
])
def test_near_miss_a_toppling_verb_with_its_subject_stays(text, event):
    assert event in _events(text)


# ------------------------------------------------- one act told with a window up to the news and again undated

@pytest.mark.parametrize("text, event", [
    ("Ghana said its envoy left Abuja on Sunday after Nigeria expelled him.\n\n"
     "Accra said Nigeria expelled the envoy without notice.", ("166", "NGA", "GHA")),
    ("Serbia recalled its ambassador from Montenegro on Monday after Podgorica expelled him.\n\n"
     "Belgrade said Montenegro expelled the ambassador in an unfriendly act.", ("166", "MNE", "SRB")),
    ("Bolivia said on Monday that its minister's plane was stranded in Madrid after Italy refused air permits."
     "\n\nLa Paz said Italy had revoked the air permit.", ("120", "ITA", "BOL")),
    ("Chile said its president's plane had to land in Lima on Monday after Argentina refused air permits.\n\n"
     "The minister said Argentina had cancelled the air permits at the last minute.", ("120", "ARG", "CHL")),
])
def test_an_act_before_the_news_and_its_undated_repeat_are_one(text, event):
    assert _events(text).count(event) == 1, _events(text)


@pytest.mark.parametrize("text", [
    "Nigeria expelled a Ghanaian envoy in May.\n\nAccra said Nigeria expelled two more Ghanaian diplomats.",
    "Nigeria expelled a Ghanaian envoy earlier this year.\n\nAccra said Nigeria expelled two more Ghanaian diplomats.",
])
def test_near_miss_an_act_of_a_named_or_long_span_stays_apart(text):
    assert _events(text).count(("166", "NGA", "GHA")) == 2


# ------------------------------------------------- what a threat names is no act, even when the threat has no actor

@pytest.mark.parametrize("text, root", [
    ("Macron flies to Moscow on Monday, hoping to repair relations with Russia strained by an earlier threat "
     "to expel diplomats.", "16"),
    ("Modi travels to Dhaka on Friday, seeking to mend ties with Bangladesh damaged by a threat to halt river "
     "water supplies.", "16"),
    ("Erdogan arrives in Berlin on Thursday, aiming to ease tensions with Germany sparked by a threat to impose "
     "sanctions.", "16"),
    ("Sarkozy heads to Beijing on Friday, seeking to mend ties with China frayed by an initial threat to boycott "
     "the ceremony.", "16"),
])
def test_the_act_a_threat_names_is_not_coded(text, root):
    evs = _events(text)
    assert any(c.startswith("04") for c, _s, _t in evs), evs      # the trip itself stays
    assert not [e for e in evs if e[0].startswith(root)], evs


@pytest.mark.parametrize("text, event", [
    ("Russia cut gas supplies to Ukraine on Monday.", ("163", "RUS", "UKR")),
    ("Japan imposed sanctions on North Korea on Friday after Pyongyang's missile test.", ("163", "JPN", "PRK")),
    ("Turkey threatened to cut ties with Israel on Monday.", ("1313", "TUR", "ISR")),
])
def test_near_miss_acts_and_threats_with_actors_stay(text, event):
    assert event in _events(text)


# ------------------------------------------------- co-reacting states told after the trigger do not act on each other

@pytest.mark.parametrize("text", [
    "The plan won support from France and Germany, officials said.",
    "The resolution has the backing of Britain and Canada.",
    "The ceasefire plan received backing from Egypt and Qatar, diplomats said.",
    "The proposal drew criticism from Japan and South Korea on Tuesday.",
    "The decision angered Serbia and Hungary.",
])
def test_two_states_reacting_to_one_thing_are_no_pair(text):
    evs = _events(text)
    pairs = [(s, t) for _c, s, t in evs]
    assert not [p for p in pairs if p[0] and p[1] and set(p) <= {"FRA", "DEU", "GBR", "CAN", "EGY", "QAT", "JPN",
                                                                 "KOR", "SRB", "HUN"}], evs


@pytest.mark.parametrize("text, event", [
    ("North Korea and South Korea have reached an agreement to defuse tension.", ("087", "PRK", "KOR")),
    ("Cairo and Ankara recalled their ambassadors on Saturday.", ("161", "TUR", "EGY")),
    ("Germany voiced support for France on Monday.", ("051", "DEU", "FRA")),
])
def test_near_miss_a_pair_told_as_subjects_or_object_stays(text, event):
    assert event in _events(text)


# ------------------------------------------------- what a side must do, in another's words, is a demand, not an act

@pytest.mark.parametrize("text, act", [
    ("Moscow said on Friday that Kyiv must withdraw its troops from the border.", ("0874", "UKR", "RUS")),
    ('China said Lithuania must take "concrete steps" to restore ties.', ("054", "LTU", "CHN")),
    ("Washington said Pyongyang must first halt its missile tests before any talks.", ("150", "PRK", None)),
])
def test_an_act_a_side_must_do_is_not_coded(text, act):
    evs = _events(text)
    assert any(c.startswith("10") for c, _s, _t in evs), evs     # the demand itself stays
    assert act not in evs, evs


@pytest.mark.parametrize("text, event", [
    ("Iran released the ten American sailors on Wednesday, and officials said Washington must now show "
     "restraint.", ("0841", "IRN", "USA")),
    ("Russia said the United States must have shot down the drone over the Black Sea.", ("190", "USA", "RUS")),
    ("Moscow pulled its troops back from the Ukrainian border on Friday.", ("0874", "RUS", "UKR")),
])
def test_near_miss_acts_outside_must_or_inferred_stay(text, event):
    assert event in _events(text)


# ------------------------------------------------- what a rejected offer put forward did not happen

@pytest.mark.parametrize("text, act", [
    ("Vietnam has once again rejected a Chinese proposal for signing a maritime code of conduct.",
     ("057", "VNM", "CHN")),
    ("Morocco rejected an Algerian offer to host talks in Algiers next month.", ("043", "DZA", "MAR")),
    ("Egypt rejected a Sudanese offer to mediate between Cairo and Addis Ababa.", ("045", "SDN", "EGY")),
    ("Ukraine rejected a Russian plan to hold talks in Minsk next week.", ("040", "RUS", "UKR")),
    ("Armenia rebuffed a Turkish proposal to reopen the border crossing.", ("061", "TUR", "ARM")),
])
def test_the_content_of_a_rejected_offer_is_not_coded(text, act):
    evs = _events(text)
    assert any(c.startswith("12") for c, _s, _t in evs), evs       # the rejection stays
    assert act not in evs, evs


@pytest.mark.parametrize("text, event", [
    ("Iran rejected the proposal on Tuesday, and Iraq shelled Iranian positions the same day.", ("194", "IRQ", "IRN")),
    ("Kenya turned down a Somali request to extradite the former minister.", ("020", "SOM", "KEN")),
    ("Nigeria rejected calls to expel the Chinese ambassador.", ("166", "NGA", "CHN")),
    ("Seoul rejected Pyongyang's call for talks, saying the North must first apologize for the attack.",
     ("100", "KOR", "PRK")),
])
def test_near_miss_acts_beside_a_rejection_stay(text, event):
    assert event in _events(text)


# ------------------------------------------------- what an "unless" clause names, in any tense, has not happened

@pytest.mark.parametrize("text, act", [
    ("Ankara threatened to cut ties with Vienna unless Austria apologized for the remarks.", ("055", "AUT", "TUR")),
    ("Iran threatened to launch a new offensive unless Baghdad accepted its conditions for ending the war.",
     ("083", "IRQ", "IRN")),
    ("Algeria threatened to close the border unless Morocco released the detained fishermen.",
     ("0841", "MAR", "DZA")),
    ("Pakistan warned of retaliation unless India returned the captured pilot.", ("0841", "IND", "PAK")),
    ("Qatar said talks would collapse unless Saudi Arabia lifted the blockade.", ("085", "SAU", "QAT")),
])
def test_an_unless_condition_is_no_act(text, act):
    assert act not in _events(text)


@pytest.mark.parametrize("text, event", [
    ("Turkey recalled its ambassador after Austria refused to apologize.", ("161", "TUR", "AUT")),
    ("Unless otherwise noted, Japan said it recalled its ambassador from Seoul on Monday.", ("161", "JPN", "KOR")),
    ("Ankara threatened to cut ties with Vienna unless Austria apologized for the remarks.", ("1313", "TUR", "AUT")),
])
def test_near_miss_the_threat_and_acts_outside_unless_stay(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text, act", [
    ("Moscow vetoed a Security Council resolution condemning Syria's use of chemical weapons.", ("111", "RUS", "SYR")),
    ("Beijing blocked a draft statement criticizing Myanmar over the crackdown on protesters.", ("111", "CHN", "MMR")),
    ("Washington vetoed a UN resolution demanding that Israel halt its offensive in Gaza.", ("100", "USA", "ISR")),
    ("Russia vetoed a UN resolution demanding that Moscow withdraw its troops from Ukraine.", ("0874", "RUS", "UKR")),
])
def test_what_a_vetoed_text_would_have_said_is_not_coded(text, act):
    evs = _events(text)
    assert any(c.startswith("129") for c, _s, _t in evs), evs      # the veto stays
    assert act not in evs, evs


@pytest.mark.parametrize("text, event", [
    ("The Security Council adopted a resolution condemning North Korea's missile launches.", ("111", None, "PRK")),
    ("The United States vetoed the resolution on Monday and Israel launched new airstrikes on Gaza.",
     ("195", "ISR", "PSE")),
])
def test_near_miss_an_adopted_text_and_acts_beside_a_veto_stay(text, event):
    assert event in _events(text)


# ------------------------------------------------- an act only feared, foreseen or averted did not happen

@pytest.mark.parametrize("text, act", [
    ("Fears of a Russian invasion of Ukraine grew on Monday.", ("190", "RUS", "UKR")),
    ("The talks were aimed at preventing a war between Armenia and Azerbaijan.", ("190", "ARM", "AZE")),
    ("China warned against any visit by Pelosi to Taiwan.", ("042", "USA", "TWN")),
    ("Markets fell on the prospect of new US sanctions against China.", ("163", "USA", "CHN")),
])
def test_a_feared_or_averted_act_is_not_coded(text, act):
    assert act not in _events(text)


@pytest.mark.parametrize("text, event", [
    ("Japan voiced concern over the Chinese incursion into its waters on Sunday.", ("190", "CHN", "JPN")),
    ("Russia invaded Ukraine in February, sparking fears of a wider war.", ("190", "RUS", "UKR")),
    ("Washington condemned the Russian invasion of Ukraine.", ("190", "RUS", "UKR")),
])
def test_near_miss_a_real_act_near_fear_words_stays(text, event):
    assert event in _events(text)


# ------------------------------------------------- a yes/no question asks, it does not tell

@pytest.mark.parametrize("text, act", [
    ("Will China invade Taiwan?", ("190", "CHN", "TWN")),
    ("Could Russia attack Finland next?", ("190", "RUS", "FIN")),
    ("Did Iran supply the drones to Russia?", ("072", "IRN", "RUS")),
    ("Is Turkey about to expel the Swedish ambassador?", ("166", "TUR", "SWE")),
])
def test_a_yes_no_question_tells_no_act(text, act):
    assert act not in _events(text)


@pytest.mark.parametrize("text, event", [
    ("Will China invade Taiwan? Analysts say Beijing held drills near Taiwan on Monday.", ("150", "CHN", "TWN")),
    ("Would Russia attack? That was the question after Moscow expelled two Finnish diplomats on Friday.",
     ("166", "RUS", "FIN")),
])
def test_near_miss_the_told_sentence_after_a_question_stays(text, event):
    assert event in _events(text)


# ------------------------------------------------- the content of a claim is somebody's word, not a told act

@pytest.mark.parametrize("text, act", [
    ("Pakistan said India's claim that it had shot down an F-16 was false.", ("190", "IND", "PAK")),
    ("Tehran said Washington's claim that Iran had attacked the tanker was a lie.", ("190", "IRN", "USA")),
    ("The ministry called Baku's claims that Armenian forces shelled Azerbaijani villages absurd.",
     ("194", "ARM", "AZE")),
    ("Azerbaijan's assertion that Armenia had attacked its positions could not be verified.", ("190", "ARM", "AZE")),
])
def test_a_claimed_act_is_not_coded(text, act):
    assert act not in _events(text)


@pytest.mark.parametrize("text, event", [
    ("Ukraine claimed that Russia had shelled the nuclear plant.", ("194", "RUS", "UKR")),
    ("Israel has killed the Hezbollah commander, the army said, backing its claims with video of the strike on "
     "Beirut.", ("180", "ISR", "LBN")),
])
def test_near_miss_a_claim_verb_and_acts_beside_claims_stay(text, event):
    assert event in _events(text)


# ------------------------------------------------- the state a meeting is about is no party to it

@pytest.mark.parametrize("text, pair", [
    ("Germany held consultations on Libya with European partners.", ("DEU", "LBY")),
    ("Russia convened a meeting on Syria with Turkish and Iranian officials in Astana.", ("RUS", "SYR")),
    ("Britain chaired a meeting on Myanmar with envoys from Asian states.", ("GBR", "MMR")),
    ("ASEAN leaders gathered in Jakarta for a summit on Myanmar.", (None, "MMR")),
])
def test_a_meetings_topic_is_no_party(text, pair):
    assert pair not in [(s, t) for c, s, t in _events(text) if c.startswith("04")]


@pytest.mark.parametrize("text, event", [
    ("Japan held talks with South Korea on Monday.", ("040", "JPN", "KOR")),
    ("Macron held talks on the situation in Lebanon with Saudi officials.", ("040", "FRA", "SAU")),
    ("Egypt hosted talks between Israel and Hamas on Sunday.", ("040", "ISR", "PSE")),
])
def test_near_miss_a_meetings_told_party_stays(text, event):
    assert event in _events(text)


# ------------------------------------------------- cutting off talks breaks them off; it is no meeting

@pytest.mark.parametrize("text, pair", [
    ("Beijing cut off talks with Taipei in 2016.", ("CHN", "TWN")),
    ("Beijing, which cut off talks with Taipei in 2016, denounced the visit.", ("CHN", "TWN")),
    ("Pyongyang has cut off all contacts with Seoul.", ("PRK", "KOR")),
    ("Belgrade is cutting off dialogue with Pristina, the president said.", ("SRB", "XKX")),
])
def test_cutting_off_talks_is_breaking_them_off(text, pair):
    evs = _events(text)
    assert ("164",) + pair in evs, evs
    assert not [e for e in evs if e[0].startswith("04")], evs


def test_near_miss_cutting_off_supplies_stays_an_embargo():
    assert ("163", "RUS", "UKR") in _events("Russia cut off gas supplies to Ukraine.")


# ------------------------------------------------- refusing to pay for something is no threat

@pytest.mark.parametrize("text", [
    "Mexico would not pay for the wall, Pena Nieto told Trump.",
    "Greece will never pay for the damage, Athens told Ankara.",
    "Kyiv told Moscow it would not pay for Russian gas in roubles.",
    "Poland said it would not pay for German reparations studies, Warsaw told Berlin.",
])
def test_not_paying_for_something_is_no_threat(text):
    assert not [e for e in _events(text) if e[0].startswith("13")], _events(text)


@pytest.mark.parametrize("text, event", [
    ("Iran will pay a heavy price for the attack, Israel warned.", ("130", "ISR", "IRN")),
    ("Tehran said Washington would pay for its crimes.", ("130", "IRN", "USA")),
])
def test_near_miss_a_price_to_pay_stays_a_threat(text, event):
    assert event in _events(text)


# ------------------------------------------------- an armed force crossing a border makes no visit

@pytest.mark.parametrize("text, visit", [
    ("Russian troops crossed the border into Ukraine on Thursday.", ("042", "RUS", "UKR")),
    ("Pakistani militants crossed into Afghanistan overnight.", ("042", "PAK", "AFG")),
    ("A Congolese soldier accidentally crossed the border into Rwanda, Kinshasa said.", ("042", "COD", "RWA")),
    ("Eritrean soldiers crossed into Ethiopia near Zalambessa, witnesses said.", ("042", "ERI", "ETH")),
])
def test_soldiers_crossing_a_border_make_no_visit(text, visit):
    assert visit not in _events(text)


@pytest.mark.parametrize("text, event", [
    ("Kim Jong Un crossed into South Korea at Panmunjom.", ("042", "PRK", "KOR")),
    ("A Chinese military delegation visited Pakistan last week.", ("042", "CHN", "PAK")),
    ("The Chinese defence minister visited Moscow on Monday.", ("042", "CHN", "RUS")),
])
def test_near_miss_leaders_and_military_delegations_still_visit(text, event):
    assert event in _events(text)


# ------------------------------------------------- a maker, supplier, broker or sponsor named in a compound is no side

@pytest.mark.parametrize("text, pair", [
    ("The Egyptian-brokered ceasefire between Israel and Hamas held on Monday.", ("EGY", "ISR")),
    ("The Turkish-brokered grain deal between Russia and Ukraine was extended on Saturday.", ("TUR", "RUS")),
    ("The Qatari-mediated agreement between Washington and the Taliban was signed in Doha.", ("QAT", "AFG")),
    ("Chinese-made drones struck Indian posts along the border, New Delhi said.", ("CHN", "IND")),
])
def test_a_compound_origin_name_is_no_side(text, pair):
    assert pair not in [(s, t) for _c, s, t in _events(text)]


@pytest.mark.parametrize("text, event", [
    ("Iran seized a British-flagged tanker in the Strait of Hormuz.", ("171", "IRN", "GBR")),
    ("The Saudi-led coalition launched airstrikes on Yemen on Monday.", ("195", "SAU", "YEM")),
])
def test_near_miss_flag_and_leadership_compounds_stay(text, event):
    assert event in _events(text)
