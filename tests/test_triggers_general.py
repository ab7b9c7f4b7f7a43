"""Event triggers on general wire-news constructions (round 4): sentences written for these tests,
each rule with several sentences it must fire on and near-misses it must not fire on."""

from __future__ import annotations

import pytest
from extract_support import state_events


def _events(text: str, published: str = "2021-06-15"):
    """(cameo, source state, target state, factuality) of every extracted event."""
    return state_events(text, published, fields=("factuality",))


def _has(evs, root: str, src: str | None, tgt: str | None, fact: str | None = None) -> bool:
    return any(c.startswith(root) and (s, t) == (src, tgt) and (fact is None or f == fact) for c, s, t, f in evs)


# ----------------------------------------------------- a long subject noun phrase keeps its predicate

@pytest.mark.parametrize("text,src,tgt", [
    ("An official visit of Iranian Foreign Minister Mohammad Javad Zarif to Turkey that was scheduled "
     "for Tuesday has been canceled.", "IRN", "TUR"),
    ("A visit by Japanese Prime Minister Fumio Kishida to the Philippines that had been planned for "
     "early March was postponed on Friday.", "JPN", "PHL"),
    ("The joint military exercise of South Korean and American troops near the border that had been "
     "planned for August was postponed.", "USA", "KOR"),
    ("The state visit of German Chancellor Olaf Scholz to Brazil that was due to take place in May "
     "has been called off.", "DEU", "BRA"),
])
def test_long_subject_noun_negated_by_far_predicate(text, src, tgt):
    evs = _events(text)
    assert any(f == "negated" for _c, _s, _t, f in evs), evs
    assert not any(f == "occurred" and c[:2] in ("04", "06") for c, _s, _t, f in evs), evs


def test_long_subject_noun_near_misses():
    # the predicate says it happens: no negation from the longer window
    evs = _events("The state visit of French President Emmanuel Macron to Algeria that was scheduled for "
                  "December will go ahead as planned.")
    assert not any(f == "negated" for _c, _s, _t, f in evs), evs
    # the noun is an object, not the subject: the old, short window applies
    evs = _events("The visit of Chinese Premier Li Qiang to Australia went ahead on Monday although a separate "
                  "trip by trade officials had been postponed.")
    assert _has(evs, "042", "CHN", "AUS", "occurred"), evs


# ----------------------------------------------------- "expressed regret that X ...": disapproval of X

@pytest.mark.parametrize("text,src,tgt", [
    ("Japan expressed regret that China had declined the invitation.", "JPN", "CHN"),
    ("Seoul expressed deep regret that Tokyo had decided to restrict exports of chemicals.", "KOR", "JPN"),
    ("Germany expressed regret that Turkey had refused to release the journalist.", "DEU", "TUR"),
    ("Pakistan regrets that India has chosen to walk away from the talks, the foreign ministry said.",
     "PAK", "IND"),
    ("Brazil regretted that the United States had withdrawn from the accord.", "BRA", "USA"),
])
def test_regret_that_other_state_is_disapproval(text, src, tgt):
    evs = _events(text)
    assert _has(evs, "110", src, tgt), evs
    assert not any(c.startswith("055") for c, _s, _t, _f in evs), evs


@pytest.mark.parametrize("text,src,tgt", [
    # regret for one's own act stays an apology
    ("Turkey expressed regret that Turkish jets had shot down the Russian plane.", "TUR", "RUS"),
    ("South Korea expressed regret that its coast guard had fired on a Chinese fishing boat.", "KOR", "CHN"),
    ("The Indian government expressed regret over the incident and offered compensation to Nepal.",
     "IND", "NPL"),
])
def test_regret_for_own_act_stays_apology(text, src, tgt):
    evs = _events(text)
    assert _has(evs, "055", src, tgt), evs
    assert not any(c.startswith("110") for c, _s, _t, _f in evs), evs


# ----------------------------------------------------- attending an event held in a place

@pytest.mark.parametrize("text,src,tgt", [
    ("On the same day, the leaders of Tajikistan and Uzbekistan will attend the Tajik-Uzbek economic "
     "forum that will take place at the Istiqlol Palace in Dushanbe.", "UZB", "TJK"),
    ("Ethiopian Prime Minister Abiy Ahmed will attend the summit that opens in Nairobi on Monday.",
     "ETH", "KEN"),
    ("Putin and Erdogan attended a ceremony that took place in Istanbul.", "RUS", "TUR"),
    ("The presidents of Kazakhstan and Kyrgyzstan attended an investment forum which was held in Astana.",
     "KGZ", "KAZ"),
])
def test_attend_event_held_in_place(text, src, tgt):
    evs = _events(text, "2018-03-01")
    assert _has(evs, "042", src, tgt), evs
    assert not _has(evs, "042", tgt, src), evs


def test_attend_near_misses():
    # no place is told: no visit is guessed between the two attending states
    evs = _events("The leaders of Armenia and Georgia will attend the summit that leaders agreed to hold "
                  "next year.", "2018-03-01")
    assert not any(c.startswith("042") for c, _s, _t, _f in evs), evs


# ----------------------------------------------------- victims counted in a reduced passive

@pytest.mark.parametrize("text", [
    "Two Turkish soldiers were killed and three wounded in northern Iraq on Sunday.",
    "Seven Afghan policemen were killed and 12 injured in Kandahar on Friday.",
    "Four Malian soldiers died and two guards wounded in central Mali, the army said.",
])
def test_counted_wounded_are_victims_not_actors(text):
    evs = _events(text)
    # the wounded are no agent: no attack sourced to the victims' own state
    for state in ("TUR", "AFG", "MLI"):
        assert not any(c.startswith("18") and s == state for c, s, _t, _f in evs), evs


def test_counted_victims_near_miss_active_killer():
    evs = _events("Indian troops killed two Pakistani soldiers in Kashmir on Tuesday.")
    assert _has(evs, "18", "IND", "PAK"), evs


# ----------------------------------------------------- "X said on Monday (that) it was ...": the speaker acts

@pytest.mark.parametrize("text,code,src,tgt", [
    ("China announced on Monday that it was sanctioning four US officials.", "163", "CHN", "USA"),
    ("Iran said Tuesday it was expelling two British diplomats.", "166", "IRN", "GBR"),
    ("Poland announced on Friday that it was closing its border with Belarus.", "", "POL", "BLR"),
    ("Kenya said yesterday that it was recalling its ambassador to Somalia.", "16", "KEN", "SOM"),
])
def test_said_on_day_it_was_doing(text, code, src, tgt):
    evs = _events(text, "2020-07-15")
    assert any(c.startswith(code) and c[:2] != "01" and s == src and t == tgt for c, s, t, _f in evs), evs


# ----------------------------------------------------- banning the transit of goods

@pytest.mark.parametrize("text,src,tgt", [
    ("Lithuania banned the transit of Russian goods to Kaliningrad on Friday.", "LTU", "RUS"),
    ("Kazakhstan has halted the transit of Russian coal to Europe.", "KAZ", "RUS"),
    ("Poland barred the transit of Belarusian freight trucks across its border.", "POL", "BLR"),
    ("Ukraine imposed a ban on the transit of Russian oil on Monday.", "UKR", "RUS"),
])
def test_transit_ban_is_embargo(text, src, tgt):
    assert _has(_events(text, "2022-06-21"), "163", src, tgt), _events(text, "2022-06-21")


def test_transit_near_misses():
    evs = _events("The transit of goods through Poland rose by 10 percent, officials said.", "2022-06-21")
    assert not any(c.startswith("16") for c, _s, _t, _f in evs), evs
    evs = _events("Turkey said it would not bar the transit of Iranian gas to Europe.", "2022-06-21")
    assert not any(c.startswith("163") and f == "occurred" for c, _s, _t, f in evs), evs


# ----------------------------------------------------- "would face consequences for barring ...": the act is done

@pytest.mark.parametrize("text,code,src,tgt", [
    ("Moscow warned Tuesday that Lithuania would face serious consequences for barring the transit of "
     "E.U.-sanctioned goods to the Russian exclave of Kaliningrad.", "163", "LTU", "RUS"),
    ("China said Washington would pay a price for selling weapons to Taiwan.", "07", "USA", "TWN"),
    ("Iran warned that Britain would be held responsible for seizing its tanker.", "17", "GBR", "IRN"),
])
def test_penalized_act_occurred(text, code, src, tgt):
    evs = _events(text, "2022-06-21")
    assert _has(evs, code, src, tgt, "occurred"), evs


def test_penalized_act_near_misses():
    # a goal after "for" stays a goal
    evs = _events("Poland will push for imposing new sanctions on Belarus.", "2022-06-21")
    assert not _has(evs, "163", "POL", "BLR", "occurred"), evs


# ----------------------------------------------------- sanctions "that targeted X"; a state's plural noun

@pytest.mark.parametrize("text,src,tgt", [
    ("The move came in response to US sanctions that targeted Chinese officials.", "USA", "CHN"),
    ("EU sanctions which have hit Russian banks will stay in place, Brussels said.", None, "RUS"),
    ("The sanctions that Washington imposed on Iran have hurt Iraq.", "USA", "IRN"),
    ("Beijing retaliated against US sanctions on Hong Kong officials.", "USA", "CHN"),
])
def test_measure_that_targeted(text, src, tgt):
    evs = _events(text, "2020-07-15")
    assert any(c.startswith("163") and (src is None or s == src) and t == tgt for c, s, t, _f in evs), evs


def test_state_plural_noun_near_misses():
    # "wants", "regrets" after a state are verbs
    evs = _events('"The United States of America wants Turkey to stop the invasion," Pence said.', "2019-10-15")
    assert _has(evs, "020", "USA", "TUR"), evs
    evs = _events("Lithuania's Foreign Ministry said that it regrets China's decision not to return "
                  "ambassadors.", "2021-11-21")
    assert _has(evs, "110", "LTU", "CHN"), evs


# ----------------------------------------------------- retaliating against economic measures is no force

def test_retaliation_against_measures_is_not_force():
    for text in ("Beijing retaliated against US sanctions on Hong Kong officials.",
                 "China retaliated against the new US tariffs by imposing duties on American soybeans.",
                 "Moscow retaliated against the expulsion of its diplomats by expelling ten Czech envoys."):
        evs = _events(text, "2020-07-15")
        assert not any(c.startswith("19") for c, _s, _t, _f in evs), (text, evs)
    # near-miss: retaliation against an armed attack stays force
    evs = _events("Israel retaliated against Hamas rocket fire with air strikes on Gaza.", "2020-07-15")
    assert any(c.startswith("19") and s == "ISR" for c, s, _t, _f in evs), evs


# ----------------------------------------------------- refusing to entertain / no interest in talks: rejection

@pytest.mark.parametrize("text,src,tgt", [
    ("Denmark would not entertain the possibility of selling Greenland to the US, Prime Minister Mette "
     "Frederiksen said.", "DNK", "USA"),
    ("Japan has no interest in discussing the purchase of the islands with China.", "JPN", "CHN"),
    ("Turkey will not entertain any Greek proposal on the islands, Ankara said.", "TUR", "GRC"),
    ("Moscow said it had no interest in talks with Kyiv.", "RUS", "UKR"),
])
def test_no_interest_is_rejection(text, src, tgt):
    evs = _events(text, "2019-08-21")
    assert _has(evs, "12", src, tgt, "occurred"), evs


def test_no_interest_near_misses():
    # willing to entertain is no rejection; a company's interest is nobody's act
    evs = _events("Israel is willing to entertain the Egyptian proposal, officials said.", "2019-08-21")
    assert not any(c.startswith("12") for c, _s, _t, _f in evs), evs
    evs = _events("The company has no interest in selling the plant.", "2019-08-21")
    assert not any(c.startswith("12") for c, _s, _t, _f in evs), evs


# ----------------------------------------------------- "were caught/nabbed by X's border guards": an arrest

@pytest.mark.parametrize("text,src,tgt", [
    ("Two Indian fishermen were caught by Sri Lankan navy personnel near Delft island.", "LKA", "IND"),
    ("Three Pakistani nationals were nabbed by Indian border guards in Punjab.", "IND", "PAK"),
    ("Four Afghan migrants were caught by Iranian border guards near Zahedan on Sunday.", "IRN", "AFG"),
])
def test_caught_by_forces_is_arrest(text, src, tgt):
    evs = _events(text, "2021-03-02")
    assert _has(evs, "173", src, tgt), evs


def test_caught_near_miss():
    evs = _events("The minister was caught by surprise by the Russian announcement.", "2021-03-02")
    assert not any(c.startswith("17") for c, _s, _t, _f in evs), evs


# ----------------------------------------------------- "discussions with X": a meeting

@pytest.mark.parametrize("text,a,b", [
    ("After his discussions with Putin, Macron said progress was possible.", "FRA", "RUS"),
    ("The Chinese delegation held discussions with Vietnamese officials in Hanoi.", "CHN", "VNM"),
    ("Kenyan President William Ruto's discussion with Ethiopian Prime Minister Abiy Ahmed lasted two hours.",
     "KEN", "ETH"),
])
def test_discussion_with_is_meeting(text, a, b):
    evs = _events(text, "2023-03-02")
    assert _has(evs, "04", a, b) or _has(evs, "04", b, a), evs


def test_discussion_near_miss():
    evs = _events("The discussion with experts focused on climate policy.", "2023-03-02")
    assert not any(c.startswith("04") for c, _s, _t, _f in evs), evs


# ----------------------------------------------------- "promised to retaliate/respond": a threat

@pytest.mark.parametrize("text,src,tgt", [
    ("Iran promised to retaliate against Israel for the strike.", "IRN", "ISR"),
    ("The Russian Foreign Ministry promised to respond to attempts by American diplomats to interfere.",
     "RUS", "USA"),
    ("North Korea has promised to retaliate against South Korea over the leaflets.", "PRK", "KOR"),
])
def test_promise_to_retaliate_is_threat(text, src, tgt):
    assert _has(_events(text, "2024-03-07"), "13", src, tgt), _events(text, "2024-03-07")


def test_promise_to_respond_positively_is_no_threat():
    evs = _events("China promised to respond positively to the Philippine proposal.", "2024-03-07")
    assert not any(c.startswith("13") for c, _s, _t, _f in evs), evs


# ----------------------------------------------------- an envoy summoned "to the Russian Foreign Ministry"

@pytest.mark.parametrize("text,src,tgt", [
    ("The US ambassador to Russia, Lynne Tracy, was summoned to the Russian Foreign Ministry on Tuesday.",
     "RUS", "USA"),
    ("Lynne Tracy, the US ambassador, was summoned to the Russian Foreign Ministry on Tuesday.", "RUS", "USA"),
    ("Germany's envoy was summoned to the Chinese foreign ministry on Friday.", "CHN", "DEU"),
    ("The Japanese ambassador to South Korea, Koji Tomita, was summoned by Seoul on Monday.", "KOR", "JPN"),
])
def test_summoned_envoy_host(text, src, tgt):
    assert _has(_events(text, "2024-03-07"), "11", src, tgt), _events(text, "2024-03-07")


def test_summoned_near_miss():
    # summoned to a meeting with an organisation: no state summons
    evs = _events("The Israeli ambassador, Gilad Erdan, was summoned to a meeting with UN officials.", "2024-03-07")
    assert not any(c.startswith("11") for c, _s, _t, _f in evs), evs


# ----------------------------------------------------- "made commitments / gave assurances to X": intent

@pytest.mark.parametrize("text,src,tgt", [
    ("The government of Uganda has made commitments to address diplomacy issues raised by Rwanda.", "UGA", "RWA"),
    ("Japan made a commitment to help the Philippines modernise its coast guard.", "JPN", "PHL"),
    ("China has given assurances to Pakistan that the corridor will be completed.", "CHN", "PAK"),
])
def test_commitment_made_is_intent(text, src, tgt):
    assert _has(_events(text, "2022-01-29"), "03", src, tgt), _events(text, "2022-01-29")


def test_commitment_near_misses():
    for text in ("Brazil made a firm commitment to protect the Amazon.", "The company made a commitment to cut emissions."):
        evs = _events(text, "2022-01-29")
        assert not any(c.startswith("03") for c, _s, _t, _f in evs), evs


def test_group_of_persons_with_an_unknown_state_does_not_fail():
    # "they" for two leaders, one of whom has no state in the tables: no IndexError in the pipeline
    text = ("President Julius Maada Bio and President Nguyen Xuan Phuc held talks in Hanoi on Tuesday.\n\n"
            "The Vietnamese President had extended an invitation to President Bio when they met at the United "
            "Nations General Assembly in New York in September 2021.")
    evs = _events(text, "2022-03-20")
    assert any(c.startswith("04") for c, _s, _t, _f in evs), evs


# ----------------------------------------------------- "fired into/across X": an attack on X

@pytest.mark.parametrize("text,src,tgt", [
    ("Pakistani border rangers fired into Indian territory on Sunday.", "PAK", "IND"),
    ("North Korean soldiers fired across the border into South Korea on Tuesday.", "PRK", "KOR"),
    ("Turkish troops fired shells into Syria after the attack.", "TUR", "SYR"),
])
def test_fired_into_state(text, src, tgt):
    assert _has(_events(text, "2018-06-04"), "19", src, tgt), _events(text, "2018-06-04")


def test_fired_into_near_misses():
    for text in ("Police fired tear gas into the crowd in Tbilisi.",
                 "The company fired 200 workers into unemployment in Kenya."):
        evs = _events(text, "2018-06-04")
        assert not any(c.startswith("19") for c, _s, _t, _f in evs), (text, evs)


# ----------------------------------------------------- aid/doses from X reaching Y: X gives aid to Y

@pytest.mark.parametrize("text,src,tgt", [
    ("As many as 150,000 doses of Covishield vaccine, dispatched from India, reached Bhutan on Wednesday.",
     "IND", "BTN"),
    ("Chinese vaccines arrived in Pakistan on Monday.", "CHN", "PAK"),
    ("A consignment of medical supplies from Turkey reached Syria on Friday.", "TUR", "SYR"),
    ("Aid sent by Japan arrived in Tonga on Thursday.", "JPN", "TON"),
])
def test_goods_reaching_state_is_aid(text, src, tgt):
    assert _has(_events(text, "2021-01-21"), "07", src, tgt), _events(text, "2021-01-21")


def test_goods_reaching_near_misses():
    for text in ("Vaccines have reached most villages, officials said.",
                 "Supplies reached the front line in Donetsk on Monday."):
        evs = _events(text, "2021-01-21")
        assert not any(c.startswith("07") for c, _s, _t, _f in evs), (text, evs)


def test_commitment_to_a_hostile_act_is_no_intent_to_cooperate():
    evs = _events("Iran made a pledge to retaliate against Israel.", "2022-01-29")
    assert not any(c.startswith("03") for c, _s, _t, _f in evs), evs
    evs = _events("Iran made a commitment to retaliate against Israel.", "2022-01-29")
    assert not any(c.startswith("03") for c, _s, _t, _f in evs), evs
