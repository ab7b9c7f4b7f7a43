"""Codes of events told in reported speech and of acts whose class a word names, checked on
wire-news sentences written for these tests (other states, names and tenses than the gold sets).

Classes: a judgment reported after a speech verb that the sentence splitter left in one clause
("X said the full responsibility for ... lies with Y", "X said Y was making a grave mistake")
is an accusation or criticism of Y (112/111), also when the speaker follows the quote
('"...," said X'). A date is no trigger ("held on March 12" is no protest march).
A state, capital or official that protests makes an official protest (114); crowds demonstrate (141).
A meeting held in one side's home state is also the other side's visit there (042).
A state that denies another's plane the permission or permits it asked for rejects a request (12);
a participial adjunct after the act (", forcing a stopover in Lima") names no receiver.
Supplying a state with energy is trade (061), not aid; a time expression between an
infinitive-taking verb and its "to" ("agreed on Friday to supply") leaves the infinitive its complement. (Re)opening borders with a state eases a restriction (08);
closing or sealing them cuts relations (16), closing one's airspace restricts movement (191).
Singling a state out for an act accuses it (112), and the object of such a phrasal verb is not
the subject of a participle that follows (", lodging a protest with Pyongyang").
"I/we want to thank / express / condemn" performs the speech act (it occurred); other wishes are no act.
Two sides reviewing their relations hold talks (040); one side reviewing its ties with another cuts them (160).
Pulling out of a meeting, summit or conference turns it down (125), it is no military retreat (0874).
"..., the country's minister said Saturday, accusing X of ...": the speaking country is the state named
before that the participle does not name. A state that wants to stop another's act demands it (100).
"Between A and B, which cut ties with A": the side named again as the object receives the act.
A sentence-initial participle ("While visiting Beijing, Putin said") has the main clause's subject.
Saying one will retaliate against another's economic measures threatens (130); calling a state
responsible for tensions, a crisis or an escalation accuses it (112), and so does
saying it tries to destabilize or undermine, also before a closing "..., X said." without quotes.
Asking that a state investigate, explain or apologize demands it (100); asking that it do
anything else requests it (020), and the act asked for is no event. An honorific ("Ms
Rousseff") opens the name it stands before, so "called Ms Rousseff" is a call.
Spying on a state, its leaders or firms coerces it (170). Separating from a state reduces relations (160).
"The ministers / the two sides agreed to continue contacts / to take steps to improve relations":
the unnamed sides are the article's dyad, and the agreement an intent to cooperate (03).
What somebody's comments or remarks say ("comments that Poles cooperated with the Nazis") is no event,
and a pact that is upgraded, implemented or reviewed is not signed (057). A forced or emergency landing
is no visit, and being ready to create conditions for something is no intent to cooperate (030).
"""

from __future__ import annotations

import pytest
from extract_support import has_event as _has
from extract_support import state_events


def _events(text: str, published: str = "2021-06-15") -> list[tuple]:
    """(cameo, source state, target state) of every extracted non-statement event."""
    return state_events(text, published, statements=False)


# ------------------------------------------ a judgment after a speech verb accuses its subject (11)

@pytest.mark.parametrize("text, src, tgt", [
    ("Lithuania's foreign ministry said the full responsibility for the incident lies with Belarus.", "LTU", "BLR"),
    ("Seoul's foreign ministry said the entire responsibility for the attack rests with North Korea.", "KOR", "PRK"),
    ("Kenya's government said Ethiopia was wholly responsible for the deaths of the herders.", "KEN", "ETH"),
    ("Armenia said Baku was fully responsible for the crimes committed in the village.", "ARM", "AZE"),
    ('"Full responsibility for this provocation lies with Pyongyang," said South Korea\'s defence ministry.',
     "KOR", "PRK"),
    ("Ukraine said on Monday that Moscow was making a grave mistake by moving troops to the border.", "UKR", "RUS"),
])
def test_reported_judgment_accuses(text, src, tgt):
    assert _has(_events(text), "11", src, tgt), _events(text)


@pytest.mark.parametrize("text", [
    "Japan said the responsibility for peace in the region lies with all states.",
    "Brazil said the primary responsibility for the talks lies with the United Nations.",
    "Poland said its army was fully responsible for the security of the border.",
])
def test_responsibility_for_good_is_no_accusation(text):
    assert not any(c.startswith("11") for c, _s, _t in _events(text)), _events(text)


# -------------------------------------------- a date is no trigger: "held on March 12" is no march (141)

@pytest.mark.parametrize("text", [
    "Talks between Serbia and Kosovo, held on March 12 in Brussels, ended without agreement.",
    "The two ministers reviewed the outcome of the summit between Peru and Chile held on March 3 in Lima.",
    "Egypt and Sudan held talks in March on the dam dispute.",
    "Ghana and Togo have held joint consultations since March on the border.",
])
def test_month_march_is_no_protest(text):
    assert not any(c.startswith("14") for c, _s, _t in _events(text)), _events(text)


@pytest.mark.parametrize("text, tgt", [
    ("Thousands of Kenyans held a march outside the Ugandan embassy in Nairobi.", "UGA"),
    ("Protesters staged a march against France in Bamako on Friday.", "FRA"),
])
def test_street_march_still_protests(text, tgt):
    assert any(c.startswith("14") and t == tgt for c, _s, t in _events(text)), _events(text)


# ---------------------------------- a state that protests makes a diplomatic protest (114), crowds march (141)

@pytest.mark.parametrize("text, src, tgt", [
    ("Vietnam protested the deployment of Chinese bombers to the Paracel Islands.", "VNM", "CHN"),
    ("The Philippines protests Chinese coast guard's use of water cannon.", "PHL", "CHN"),
    ("Lithuania on Tuesday protested Belarus' decision to expel its diplomats.", "LTU", "BLR"),
    ("Greece protests Turkish survey ship's return to disputed waters.", "GRC", "TUR"),
])
def test_state_protest_is_official(text, src, tgt):
    evs = _events(text)
    assert _has(evs, "114", src, tgt) and not any(c.startswith("14") for c, _s, _t in evs), evs


@pytest.mark.parametrize("text, tgt", [
    ("Thousands of Kenyans protested outside the Ugandan embassy.", "UGA"),
    ("Chinese protesters protested against Japan in Shanghai.", "JPN"),
    ("Students in Seoul protested against Japan's export curbs.", "JPN"),
])
def test_crowd_protest_stays_demonstration(text, tgt):
    assert any(c.startswith("141") and t == tgt for c, _s, t in _events(text)), _events(text)


# ------------------------------- a meeting held in one side's home state is the other side's visit (042)

@pytest.mark.parametrize("text, src, tgt", [
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Monday.", "RUS", "CHN"),
    ("Turkish President Recep Tayyip Erdogan met Vladimir Putin in Sochi on Friday.", "TUR", "RUS"),
    ("Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Dar es Salaam "
     "on Tuesday.", "KEN", "TZA"),
    ("On Monday, Japanese Foreign Minister Yoko Kamikawa met Philippine President Ferdinand Marcos in Manila.",
     "JPN", "PHL"),
])
def test_meeting_in_host_state_is_visit(text, src, tgt):
    evs = _events(text, "2024-01-10")
    assert _has(evs, "042", src, tgt), evs


@pytest.mark.parametrize("text", [
    "Pakistani Foreign Minister Bilawal Bhutto met Russian Foreign Minister Sergei Lavrov in Goa.",
    "Egyptian Foreign Minister Sameh Shoukry met Jordan's Ayman Safadi in Geneva on Monday.",
])
def test_meeting_in_third_state_is_no_visit_of_either(text):
    evs = _events(text, "2024-01-10")
    assert not any(c.startswith("042") and t in ("RUS", "PAK", "EGY", "JOR") for c, _s, t in evs), evs


# ------------------------------ a state that refuses another's plane its permits rejects a request (12)

@pytest.mark.parametrize("text, src, tgt", [
    ("Russia denied permission for the Polish president's plane to land in Smolensk.", "RUS", "POL"),
    ("Sudan revoked the overflight permits of Ethiopian cargo planes.", "SDN", "ETH"),
    ("Algeria refused flight clearance for French military aircraft on Sunday.", "DZA", "FRA"),
    ("Egypt and Jordan refused air permits for the Israeli delegation's plane.", "JOR", "ISR"),
])
def test_refused_permits_reject(text, src, tgt):
    assert _has(_events(text), "12", src, tgt), _events(text)


@pytest.mark.parametrize("text", [
    "The ministry denied permission for the rally.",
    "The court denied permission to appeal.",
])
def test_domestic_permission_is_no_event(text):
    assert _events(text) == []


# ------------------------------------ a participial adjunct (", forcing ...") names no receiver

def test_participle_adjunct_names_no_receiver():
    evs = _events("Chile cancelled the air permits of the Bolivian plane, forcing a stopover in Lima.")
    assert _has(evs, "12", "CHL", "BOL") and not _has(evs, "12", "CHL", "PER"), evs


# --------------------------------------- supplying a state with energy is trade (061), not aid (070)

@pytest.mark.parametrize("text, src, tgt", [
    ("Russia will supply Hungary with gas under a new 15-year contract.", "RUS", "HUN"),
    ("Qatar has supplied Pakistan with LNG since 2016.", "QAT", "PAK"),
    ("Egypt began supplying Lebanon with electricity through Jordan and Syria.", "EGY", "LBN"),
    ("India offered on Wednesday to supply Bangladesh with diesel.", "IND", "BGD"),
])
def test_energy_supply_is_trade(text, src, tgt):
    assert _has(_events(text), "061", src, tgt), _events(text)


@pytest.mark.parametrize("text, code", [
    ("The United States supplied Ukraine with missiles.", "072"),
    ("Japan provided Sri Lanka with food.", "070"),
])
def test_other_supplies_keep_their_code(text, code):
    assert [c for c, _s, _t in _events(text)] == [code]


# ------------------ a time between an infinitive-taking verb and its "to" keeps the complement an act

@pytest.mark.parametrize("text, root, src, tgt", [
    ("Azerbaijan agreed on Friday to supply Italy with natural gas.", "061", "AZE", "ITA"),
    ("Japan and South Korea agreed on Monday to resume security talks.", "03", "JPN", "KOR"),
    ("Ankara decided last week to send aid to Syria.", "070", "TUR", "SYR"),
    ("Vietnam pledged last month to buy rice from Cambodia.", "061", "VNM", "KHM"),
])
def test_dated_complement_is_coded(text, root, src, tgt):
    assert _has(_events(text, "2021-07-09"), root, src, tgt), _events(text, "2021-07-09")


def test_purpose_after_a_date_is_no_second_act():
    evs = _events("Iran summoned the British envoy on Friday to discuss the detention of its tanker.", "2021-07-09")
    assert [c[:2] for c, _s, _t in evs] == ["11"], evs


# ----------------------------- (re)opening borders with a state eases a restriction on it (08)

@pytest.mark.parametrize("text, src, tgt", [
    ("Saudi Arabia will open its land, air and sea borders with Qatar.", "SAU", "QAT"),
    ("Zambia reopened its Nakonde border with Tanzania on Friday after a five-day closure.", "ZMB", "TZA"),
    ("Uzbekistan reopened border crossings with Tajikistan on Monday.", "UZB", "TJK"),
    ("Morocco will reopen its border with Algeria, the king said.", "MAR", "DZA"),
])
def test_opening_borders_eases(text, src, tgt):
    assert _has(_events(text, "2021-07-09"), "08", src, tgt), _events(text, "2021-07-09")


@pytest.mark.parametrize("text, root", [
    ("Kenya will open a new embassy in Uganda.", "05"),
    ("Chad closed its border with Sudan.", "16"),
])
def test_other_openings_and_closures(text, root):
    assert [c[:2] for c, _s, _t in _events(text, "2021-07-09")] == [root]


# -------------------- closing or sealing a border with a state cuts relations (16); airspace is 191

@pytest.mark.parametrize("text, src, tgt", [
    ("Hungary sealed its border with Serbia.", "HUN", "SRB"),
    ("Zambia shut its border with Tanzania on Sunday over Covid-19 cases.", "ZMB", "TZA"),
    ("Rwanda closed her borders with Uganda in February 2019.", "RWA", "UGA"),
    ("Venezuela closed two more border crossings with Colombia on Thursday.", "VEN", "COL"),
])
def test_closing_borders_cuts_relations(text, src, tgt):
    assert _has(_events(text, "2021-07-09"), "16", src, tgt), _events(text, "2021-07-09")


def test_closing_airspace_restricts_movement():
    assert _has(_events("Russia closed its airspace to Polish airlines.", "2021-07-09"), "191", "RUS", "POL")


# ------------- singling a state out for an act accuses it (112); the object of a phrasal verb is no subject

@pytest.mark.parametrize("text, src, tgt", [
    ("The United States singled out Iran for supplying drones to Russia.", "USA", "IRN"),
    ("Britain singled out Russian military intelligence as the culprit behind the cyberattack.", "GBR", "RUS"),
    ("Lithuania singled out Belarus for pushing migrants across the border.", "LTU", "BLR"),
    ("Japan on Monday singled out North Korea for the missile launch, lodging a protest with Pyongyang.",
     "JPN", "PRK"),
])
def test_singling_out_accuses(text, src, tgt):
    evs = _events(text, "2021-07-09")
    assert _has(evs, "112", src, tgt) and not any(s == tgt for _c, s, _t in evs), evs


@pytest.mark.parametrize("text", [
    "The report singled out the port of Durban as the busiest in Africa.",
    "Kenya singled out tourism for extra funding.",
])
def test_singling_out_no_state_is_no_accusation(text):
    assert _events(text, "2021-07-09") == []


# --------------------- "I/we want to thank, express, condemn ...": the speech act is performed (05, 11)

@pytest.mark.parametrize("text, root, src, tgt", [
    ('"I want to thank President Ruto of Kenya for his leadership," Biden said.', "05", "USA", "KEN"),
    ('"We want to express our deep concern over the tests," Japan\'s foreign minister told China.', "11", "JPN", "CHN"),
    ('"I want to congratulate Prime Minister Modi on his victory," Putin said.', "05", "RUS", "IND"),
    ('"We wish to condemn the attack on our embassy by Iran," the Saudi foreign ministry said.', "11", "SAU", "IRN"),
])
def test_performative_want_is_done(text, root, src, tgt):
    evs = state_events(text, "2021-06-15", statements=False, fields=("factuality",))
    assert any(c.startswith(root) and s == src and t == tgt and f == "occurred" for c, s, t, f in evs), evs


@pytest.mark.parametrize("text", [
    "Biden wants to meet Kenya's president next year.",
    '"We want to visit China soon," the Philippine president said.',
])
def test_wish_to_act_is_no_act(text):
    assert _events(text) == []


# ------------------ two sides reviewing their relations hold talks (040); one side reviewing ties cuts (160)

@pytest.mark.parametrize("text, src, tgt", [
    ("Kenya and Uganda reviewed bilateral relations on Monday.", "KEN", "UGA"),
    ("The leaders of Kenya and Uganda reviewed bilateral relations on Monday.", "KEN", "UGA"),
    ("Both ministers reviewed ties between Chile and Peru.", "PER", "CHL"),
    ("During the visit, the two sides will review bilateral relations, Pakistan's foreign ministry said of the trip "
     "to China.", "PAK", "CHN"),
])
def test_sides_reviewing_relations_talk(text, src, tgt):
    evs = _events(text)
    assert (_has(evs, "04", src, tgt) or _has(evs, "04", tgt, src)) and not any(c.startswith("16") for c, *_ in evs), evs


@pytest.mark.parametrize("text, src, tgt", [
    ("Indonesia would review the exchange of information with Australia.", "IDN", "AUS"),
    ("The Philippines will review its defence agreement with the United States.", "PHL", "USA"),
])
def test_one_side_reviewing_ties_reduces(text, src, tgt):
    assert _has(_events(text), "16", src, tgt), _events(text)


# ---------------- pulling out of a meeting, summit or conference turns it down (125), it is no retreat (0874)

@pytest.mark.parametrize("text, src, tgt", [
    ("Ukraine withdrew from the security conference in Minsk.", "UKR", "BLR"),
    ("Lithuania's withdrawal from the summit in Beijing angered China.", "LTU", "CHN"),
    ("Japan pulls out of the ceremony in South Korea.", "JPN", "KOR"),
    ("Poland pulled out of a meeting of four central European countries in Israel on Monday.", "POL", "ISR"),
])
def test_pulling_out_of_a_meeting_rejects_it(text, src, tgt):
    evs = _events(text, "2019-02-18")
    assert _has(evs, "125", src, tgt) and not any(c.startswith("087") for c, *_ in evs), evs


def test_troops_withdrawn_still_retreat():
    assert _has(_events("Russia withdrew its troops from Syria.", "2019-02-18"), "0874", "RUS", "SYR")


# ------- "..., the country's minister said Saturday, accusing X of ...": the country is the one not accused

@pytest.mark.parametrize("text, root, src, tgt", [
    ("Indian soldiers were wounded by Chinese troops in Ladakh, the country's army chief said on Friday, "
     "accusing Beijing of provocation.", "112", "IND", "CHN"),
    ("Two Ghanaian fishermen were detained by a Togolese patrol boat, the country's fisheries minister said "
     "Tuesday, accusing Lome of piracy.", "112", "GHA", "TGO"),
    ("Greek islands were overflown by Turkish jets, the country's defence ministry said Monday, accusing Ankara "
     "of violating its airspace.", "112", "GRC", "TUR"),
    ("Chinese ships entered Philippine waters, the country's coast guard said on Sunday, calling on Beijing to "
     "withdraw.", "02", "PHL", "CHN"),
])
def test_the_country_speaking_after_the_act(text, root, src, tgt):
    evs = _events(text, "2023-11-18")
    assert _has(evs, root, src, tgt) and not _has(evs, root, tgt, src), evs


def test_named_speaker_still_speaks():
    evs = _events("Turkish jets entered Greek airspace, Greece's defence minister Nikos Dendias said Monday, "
                  "accusing Ankara of provocation.", "2023-11-18")
    assert _has(evs, "112", "GRC", "TUR"), evs


# ------------------------- a state that wants to stop another's act demands it stop (100)

@pytest.mark.parametrize("text, src, tgt", [
    ("China wants to prevent Taiwanese officials from attending the summit.", "CHN", "TWN"),
    ("Israel wanted to stop Iranian tankers from reaching Syria.", "ISR", "IRN"),
    ("Ankara wants to bar Greek ships from the disputed area.", "TUR", "GRC"),
    ("Serbia wants to block Kosovo from joining UNESCO.", "SRB", "XKX"),
])
def test_wanting_to_stop_another_demands(text, src, tgt):
    assert _has(_events(text, "2019-02-28"), "10", src, tgt), _events(text, "2019-02-28")


@pytest.mark.parametrize("text", [
    "Kenya wants to stop the spread of the virus.",
    "Japan wants to prevent a repeat of the crisis.",
])
def test_wanting_to_stop_a_thing_is_no_demand(text):
    assert _events(text, "2019-02-28") == []


# ------------- "between A and B, which cut ties with A": the side named again as the object receives the act

@pytest.mark.parametrize("text, src, tgt", [
    ("Relations between Qatar and Saudi Arabia, which cut ties with Qatar in 2017, have improved.", "SAU", "QAT"),
    ("Tensions between Kenya and Somalia, which severed relations with Kenya last year, persist.", "SOM", "KEN"),
    ("Morocco and Algeria, which closed its border with Morocco in 1994, remain at odds.", "DZA", "MAR"),
    ("Ties between Colombia and Venezuela, which recalled its ambassador from Colombia on Thursday, worsened.",
     "VEN", "COL"),
])
def test_coordinated_side_named_again_receives(text, src, tgt):
    evs = _events(text, "2021-07-09")
    assert _has(evs, "16", src, tgt) and not _has(evs, "16", tgt, src), evs


def test_coordinated_sides_acting_on_a_third_keep_both():
    evs = _events("Relations between Bahrain and Saudi Arabia, which cut ties with Iran in 2016, are close.",
                  "2021-07-09")
    assert _has(evs, "16", "SAU", "IRN"), evs


# ---------------- a sentence-initial participle ("While visiting X, S said ...") has the main clause's subject

@pytest.mark.parametrize("text, root, src, tgt", [
    ("While visiting Beijing on Monday, Putin said Russia would boost gas exports.", "042", "RUS", "CHN"),
    ("Visiting Kenya on Tuesday, the Chinese premier pledged new loans.", "042", "CHN", "KEN"),
    ("Hailing Ghana's election as a model, Nigeria's president said the region was proud.", "051", "NGA", "GHA"),
    ("Welcoming his Uzbek counterpart at the presidential palace, Kazakh President Kassym-Jomart Tokayev praised "
     "the ties.", "043", "KAZ", "UZB"),
])
def test_fronted_participle_takes_main_subject(text, root, src, tgt):
    evs = _events(text, "2013-07-03")
    assert _has(evs, root, src, tgt), evs


def test_visiting_before_a_leader_is_an_adjective():
    evs = _events("Visiting Japanese Prime Minister Shinzo Abe and his Mongolian counterpart agreed to expand trade.",
                  "2013-07-03")
    assert _has(evs, "042", "JPN", "MNG"), evs


# ------------- promising to retaliate against another's measures threatens (130); "responsible for the crisis" accuses

@pytest.mark.parametrize("text, root, src, tgt", [
    ("China said it would retaliate against the new US tariffs.", "13", "CHN", "USA"),
    ("Ankara said it would respond to the sanctions imposed by Washington.", "13", "TUR", "USA"),
    ("Moscow vowed on Friday that it would hit back over the EU's new restrictions.", "13", "RUS", None),
    ("Beijing said Washington was responsible for the tensions.", "112", "CHN", "USA"),
    ("Baku said Yerevan was fully responsible for the escalation.", "112", "AZE", "ARM"),
])
def test_content_of_statement_threatens_or_accuses(text, root, src, tgt):
    evs = _events(text)
    assert any(c.startswith(root) and s == src and (tgt is None or t == tgt) for c, s, t in evs), evs


@pytest.mark.parametrize("text, root", [
    ("Canada retaliated with tariffs on US steel.", "163"),
    ("Iran said it would retaliate against Israel.", "138"),
])
def test_retaliation_in_kind_or_by_force_keeps_its_code(text, root):
    assert any(c.startswith(root) for c, _s, _t in _events(text)), _events(text)


# ---------------- a state said to try to destabilize or undermine is accused (112), also with a closing "..., X said."

@pytest.mark.parametrize("text, src, tgt", [
    ("Morocco said Algeria was trying to destabilize the region.", "MAR", "DZA"),
    ("Iran is trying to undermine stability in the Gulf, Saudi Arabia's foreign minister said.", "SAU", "IRN"),
    ("Ethiopia said Egypt was seeking to undermine the dam talks.", "ETH", "EGY"),
    ("Armenia said Baku wanted to intimidate the people of Karabakh.", "ARM", "AZE"),
])
def test_said_to_destabilize_is_accused(text, src, tgt):
    assert _has(_events(text, "2018-05-01"), "112", src, tgt), _events(text, "2018-05-01")


@pytest.mark.parametrize("text", [
    "Kenya is trying to improve ties, Somalia said.",
    "Ghana is trying to weaken inflation, the central bank said.",
])
def test_trying_something_else_is_no_accusation(text):
    assert not any(c.startswith("11") for c, _s, _t in _events(text, "2018-05-01")), _events(text, "2018-05-01")


# ---------------------- asking that a state investigate, explain or apologize demands it (100)

@pytest.mark.parametrize("text, src, tgt", [
    ("Turkey requested that the US authorities conduct a full investigation.", "TUR", "USA"),
    ("Poland asked that Belarus explain the incursion.", "POL", "BLR"),
    ("Japan demanded that China apologize for the incident.", "JPN", "CHN"),
    ("Mexico requested that Ecuador conduct an investigation of the raid.", "MEX", "ECU"),
])
def test_requested_investigation_is_demand(text, src, tgt):
    assert _has(_events(text), "10", src, tgt), _events(text)


def test_requested_help_is_no_demand():
    assert not any(c.startswith("10") for c, _s, _t in _events("Chile requested that Argentina send more firefighters."))


# ---------------------- asking that a state act is a request (020); the act asked for did not happen

@pytest.mark.parametrize("text, src, tgt, asked", [
    ("Kenya requested that Uganda send troops to the border.", "KEN", "UGA", "15"),
    ("Egypt asked that Sudan expel the rebel leaders.", "EGY", "SDN", "16"),
    ("Peru has requested that Chile extradite the former president.", "PER", "CHL", "06"),
    ("Fiji begged that Australia send aid after the cyclone.", "FJI", "AUS", "07"),
])
def test_requested_act_is_a_request_not_the_act(text, src, tgt, asked):
    got = _events(text)
    assert _has(got, "02", src, tgt), got
    assert not any(c.startswith(asked) for c, _s, _t in got), got


def test_asked_that_question_is_no_request():
    assert not _events("The Kenyan minister was asked that question by reporters in Nairobi.")


# ---------------------------- an honorific opens the name it stands before ("called Ms Rousseff")

@pytest.mark.parametrize("text, root, src, tgt", [
    ("US Vice-President Joe Biden had called Ms Rousseff to try to ease tension over the spying revelations.",
     "041", "USA", "BRA"),
    ("President Joe Biden called Mr Netanyahu on Sunday.", "041", "USA", "ISR"),
    ("Putin met Mr Erdogan in Sochi on Friday.", "042", "TUR", "RUS"),
    ("Barack Obama spoke with Ms Rousseff by telephone for 20 minutes on Monday night.", "041", "USA", "BRA"),
])
def test_honorific_before_a_name(text, root, src, tgt):
    assert _has(_events(text, "2013-09-17"), root, src, tgt), _events(text, "2013-09-17")


def test_honorific_before_an_unknown_name_makes_no_actor():
    assert _events("Police in Seoul questioned Mr Lee over the tax case.", "2013-09-17") == []


# ----------------------------------- spying on a state, its leaders or firms coerces it (170)

@pytest.mark.parametrize("text, src, tgt", [
    ("The United States spied on German Chancellor Angela Merkel for years.", "USA", "DEU"),
    ("Morocco spied on French President Emmanuel Macron's phone, the report said.", "MAR", "FRA"),
    ("China has been spying on Australia, Canberra said.", "CHN", "AUS"),
])
def test_spying_on_a_state_coerces(text, src, tgt):
    assert _has(_events(text, "2013-09-17"), "17", src, tgt), _events(text, "2013-09-17")


def test_spy_agency_contractor_is_no_spying():
    evs = _events("Snowden, a former spy agency contractor, is wanted by Washington.", "2013-09-17")
    assert not any(c.startswith("17") for c, _s, _t in evs), evs


# ------------------------- a state separating (splitting, decoupling) from another reduces relations (160)

@pytest.mark.parametrize("text, src, tgt", [
    ("Philippine President Rodrigo Duterte announced that his country is separating from the U.S.", "PHL", "USA"),
    ("Duterte announced his separation from the United States.", "PHL", "USA"),
    ("Mali split with France over the junta's ties to Wagner.", "MLI", "FRA"),
    ("Nicaragua is decoupling from Taiwan, the foreign ministry said.", "NIC", "TWN"),
])
def test_separating_from_a_state_reduces(text, src, tgt):
    assert _has(_events(text, "2016-10-20"), "16", src, tgt), _events(text, "2016-10-20")


def test_people_separated_from_family_is_no_event():
    assert _events("The two brothers separated from their parents in Kabul.", "2016-10-20") == []


# ------- "the ministers / the two sides agreed to ...": the unnamed two sides of the article's dyad (03)

@pytest.mark.parametrize("text, root, a, b", [
    ("Relations between Chile and Peru are warm. The ministers agreed to continue contacts in the near future.",
     "036", "CHL", "PER"),
    ("Serbia and Kosovo held talks in Brussels. The two sides agreed to take concrete steps to normalize "
     "relations.", "030", "SRB", "XKX"),
    ("Ethiopia and Eritrea signed a deal on Monday. The leaders agreed to meet again in Asmara.", "036", "ETH", "ERI"),
    ("Japan's foreign minister visited Seoul. The counterparts agreed to hold talks on history issues.",
     "036", "JPN", "KOR"),
])
def test_unnamed_sides_agree(text, root, a, b):
    evs = _events(text, "2019-04-15")
    assert _has(evs, root, a, b) or _has(evs, root, b, a), evs


def test_one_sides_ministers_agreeing_at_home_is_no_pair():
    assert _events("Kenya's cabinet met on Monday. The ministers agreed to cut spending.", "2019-04-15") == []


# -------- what somebody's comments say is no event; working on an existing pact signs nothing (057)

@pytest.mark.parametrize("text, root", [
    ("Israel's foreign minister repeated his comments that Poles cooperated with the Nazis.", "06"),
    ("Ankara condemned the minister's remarks that Turkey had supported terrorists in Syria.", "112"),
    ("Beijing rejected the comments that China had sent warships to the area.", "15"),
    ("Kenya welcomed the suggestion that Somalia should withdraw its troops.", "087"),
])
def test_commented_act_is_no_event(text, root):
    assert not any(c.startswith(root) for c, _s, _t in _events(text, "2019-02-18")), _events(text, "2019-02-18")


@pytest.mark.parametrize("text", [
    "I expect the talks will include upgrading our free trade agreement with China, Ardern said.",
    "The two countries agreed to modernize their defence agreement.",
])
def test_working_on_a_pact_signs_nothing(text):
    assert not any(c.startswith("057") for c, _s, _t in _events(text, "2019-02-18")), _events(text, "2019-02-18")


def test_signing_a_pact_still_signs():
    assert _has(_events("Brazil and Argentina signed a defence agreement on Friday.", "2019-02-18"), "057", "BRA", "ARG")


# ------------------------------------------ a forced or emergency landing is no visit (042)

@pytest.mark.parametrize("text", [
    "Bolivia said President Evo Morales' plane was forced to land in Austria on Tuesday.",
    "The Ryanair jet carrying the opposition activist was forced to land in Minsk.",
    "President Ramaphosa's plane made an emergency landing in Nairobi.",
])
def test_forced_landing_is_no_visit(text):
    assert not any(c.startswith("042") for c, _s, _t in _events(text, "2013-07-03")), _events(text, "2013-07-03")


@pytest.mark.parametrize("text, src, tgt", [
    ("Putin landed in Pyongyang on Tuesday.", "RUS", "PRK"),
    ("Modi will land in Beijing on Friday.", "IND", "CHN"),
])
def test_landing_on_a_trip_is_a_visit(text, src, tgt):
    assert _has(_events(text, "2013-07-03"), "042", src, tgt), _events(text, "2013-07-03")


# ----------------- being ready to create conditions for something is no intent to cooperate (030)

@pytest.mark.parametrize("text", [
    "Kazakhstan is ready to create all conditions for the visit of the delegation from Uzbekistan to be productive.",
    "Ghana is ready to create the conditions for Togolese investors to succeed, the minister said.",
])
def test_ready_to_create_conditions_is_no_intent(text):
    assert not any(c.startswith("030") for c, _s, _t in _events(text, "2017-03-23")), _events(text, "2017-03-23")


@pytest.mark.parametrize("text, src, tgt", [
    ("Kenya is ready to work with Somalia.", "KEN", "SOM"),
    ("Vietnam is willing to cooperate with Cambodia on the river.", "VNM", "KHM"),
])
def test_ready_to_work_with_is_intent(text, src, tgt):
    assert _has(_events(text, "2017-03-23"), "03", src, tgt), _events(text, "2017-03-23")


# ----------------- r9: seizing power is no confiscation (1711); paying for a thing is no threat (130)

@pytest.mark.parametrize("text", [
    "Colonel Assimi Goita, who seized power in Mali in 2020, met the Russian envoy on Monday.",
    "The general seized power in a coup last year, France's foreign ministry said.",
    "Myanmar's army seized power in February, a move condemned by Britain.",
    "Niger's junta, which seized power in July, has received Russia's deputy defence minister.",
])
def test_seizing_power_is_no_confiscation(text):
    assert not any(c.startswith("171") for c, _s, _t in _events(text)), _events(text)


def test_seizing_a_tanker_still_confiscates():
    evs = _events("Iranian forces seized a British tanker in the Strait of Hormuz on Friday.")
    assert _has(evs, "171", "IRN", "GBR"), evs


@pytest.mark.parametrize("text", [
    "Mexico will not pay for the wall, President Pena Nieto told the United States.",
    "Greece said it would pay for the new frigates bought from France in instalments.",
    "Japan will pay for the repairs to the Philippine coast guard vessels, Tokyo said.",
])
def test_paying_for_a_thing_is_no_threat(text):
    assert not any(c.startswith("13") for c, _s, _t in _events(text)), _events(text)


@pytest.mark.parametrize("text, src, tgt", [
    ("Iran will pay dearly for its aggression, Israel's prime minister said on Sunday.", "ISR", "IRN"),
    ("Russia will pay a heavy price for this, Ukraine's president warned.", "UKR", "RUS"),
    ("Armenia said Azerbaijan would pay for its crimes in Karabakh.", "ARM", "AZE"),
    ("North Korea will pay for this provocation, South Korea's defence minister said.", "KOR", "PRK"),
])
def test_will_pay_for_this_threatens(text, src, tgt):
    assert _has(_events(text), "13", src, tgt), _events(text)


# ------------------- r9: 'kicked out the ambassador', 'ordered Mr X out of the country' expel (166)

@pytest.mark.parametrize("text, src, tgt, pub", [
    ("Chad kicked out the German ambassador last week.", "TCD", "DEU", "2023-04-12"),
    ("Niger has thrown out the French ambassador, the junta said on Friday.", "NER", "FRA", "2023-09-01"),
    ("Mali kicked out the French envoy in January.", "MLI", "FRA", "2022-03-01"),
    ("Burkina Faso ordered French ambassador Luc Hallade out of the country on Monday.", "BFA", "FRA",
     "2023-01-05"),
    ("Peru ordered Mexico's ambassador Pablo Monroy out of the country.", "PER", "MEX", "2022-12-21"),
])
def test_kicked_out_and_ordered_out_expel(text, src, tgt, pub):
    assert _has(_events(text, pub), "166", src, tgt), _events(text, pub)


@pytest.mark.parametrize("text", [
    "Kenya kicked out the migrants who had crossed from Somalia.",
    "Police ordered the protesters out of the square in front of the Russian embassy.",
])
def test_kicking_out_others_is_no_expulsion(text):
    assert not any(c.startswith("166") for c, _s, _t in _events(text)), _events(text)


# ------------- r9: a stance the subject expresses toward another's act is the subject's act on its owner

@pytest.mark.parametrize("text, root, src, tgt", [
    ("Cuba expressed its strong rejection of the sanctions imposed by the United States.", "12", "CUB", "USA"),
    ("China expressed firm opposition to the arms sale by the United States to Taiwan.", "11", "CHN", "USA"),
    ("Bolivia voiced its firm rejection of the statements made by Peru's president.", "12", "BOL", "PER"),
    ("Peru expelled the envoy while expressing its condemnation of the new assembly set up by Venezuela.",
     "11", "PER", "VEN"),
    ("Egypt reiterated its opposition to the dam built by Ethiopia on the Blue Nile.", "11", "EGY", "ETH"),
])
def test_expressed_stance_is_the_subjects(text, root, src, tgt):
    evs = _events(text)
    assert _has(evs, root, src, tgt), evs
    assert not _has(evs, root, tgt, src), evs


@pytest.mark.parametrize("text", [
    "Spain expressed its support for the plan proposed by Morocco.",
    "Opposition to the deal with China has grown in Australia's parliament.",
])
def test_no_stance_without_rejection(text):
    assert not any(c.startswith(("11", "12")) for c, _s, _t in _events(text)), _events(text)


# ------------------ r9: saying a state committed wrongdoing, or naming its wrongdoing, criticises it (111)

@pytest.mark.parametrize("text, src, tgt", [
    ('China said that Ulaanbaatar has committed "wrongdoing" by hosting the Tibetan spiritual leader.', "CHN", "MNG"),
    ('Beijing\'s foreign ministry spokesman said "the wrong doing by Mongolia on this issue harmed relations".',
     "CHN", "MNG"),
    ("Ankara said Sweden's wrongdoings had damaged relations between the two countries.", "TUR", "SWE"),
    ("Iran's foreign ministry said the misdeeds of Britain in the region would not be forgotten.", "IRN", "GBR"),
    ("Moscow said Estonia had committed a grave blunder by expelling the Russian diplomats.", "RUS", "EST"),
])
def test_named_wrongdoing_criticises(text, src, tgt):
    assert _has(_events(text), "11", src, tgt), _events(text)


@pytest.mark.parametrize("text", [
    "The inquiry found no wrongdoing by French officials, Rwanda said.",
    "Moscow denied any wrongdoing by its diplomats, the Dutch foreign ministry said.",
    "Canada said it would investigate any possible wrongdoing by its own soldiers.",
])
def test_denied_or_absent_wrongdoing_criticises_nobody(text):
    assert not any(c.startswith("11") for c, _s, _t in _events(text)), _events(text)


@pytest.mark.parametrize("text", [
    "Ankara said the affair had poisoned relations with Stockholm.",
    "The row over the statue has poisoned ties between Poland and Russia, officials said.",
])
def test_poisoned_relations_is_no_attack(text):
    assert not any(c.startswith("18") for c, _s, _t in _events(text)), _events(text)


# ---------- r9: ousting a leader is coercion (17); 'ousted president X' after of/for/the only describes X

@pytest.mark.parametrize("text, st, pub", [
    ("Niger's presidential guard toppled President Mohamed Bazoum in late July.", "NER", "2023-08-28"),
    ("Peru's Congress ousted President Pedro Castillo on Wednesday.", "PER", "2022-12-09"),
    ("Sudan's military overthrew President Omar al-Bashir in April.", "SDN", "2019-06-01"),
    ("The Egyptian army deposed President Mohamed Morsi on July 3.", "EGY", "2013-08-01"),
])
def test_ousting_a_leader_coerces(text, st, pub):
    evs = _events(text, pub)
    assert _has(evs, "17", st, st), evs
    assert not any(c.startswith("19") for c, _s, _t in evs), evs


@pytest.mark.parametrize("text", [
    "Turkey condemned a crackdown by Egyptian forces on supporters of ousted president Mohamed Morsi.",
    "Qatar's support for ousted Egyptian president Mohamed Morsi angered Riyadh.",
    "The ousted leader fled to Mexico, Bolivia's interim government said.",
])
def test_ousted_as_a_description_is_no_event(text):
    assert not any(c.startswith(("17", "19")) for c, _s, _t in _events(text)), _events(text)


# ----------------- r9: calling off meetings, visits or exchanges with / from a state cuts contacts (16)

@pytest.mark.parametrize("text, src, tgt", [
    ("China has cancelled several planned meetings and delegation visits from Mongolia.", "CHN", "MNG"),
    ("Beijing suspended all military exchanges with Washington on Friday.", "CHN", "USA"),
    ("Seoul postponed all high-level meetings with Tokyo officials.", "KOR", "JPN"),
    ("Rabat froze contacts with the German embassy in March.", "MAR", "DEU"),
])
def test_calling_off_contacts_reduces(text, src, tgt):
    assert _has(_events(text), "16", src, tgt), _events(text)


@pytest.mark.parametrize("text", [
    "Lavrov cancelled his visit to Turkey on Tuesday.",
    "The two presidents held several meetings with business leaders from Japan.",
])
def test_own_trip_or_held_meetings_cut_nothing(text):
    assert not any(c.startswith("16") for c, _s, _t in _events(text)), _events(text)


# ------------------- r9: being eager / keen / ready to see something is a wish, no intent to cooperate (030)

@pytest.mark.parametrize("text", [
    "Russia and China are eager to see a return to the Six Party Talks.",
    "Japan and India are keen to see a peaceful end to the war in Ukraine.",
    "Brazil is ready to see the United Nations play a bigger role, its foreign minister said.",
    "Kenya and Ethiopia are eager to hear the outcome of the talks in Geneva.",
])
def test_eager_to_see_is_no_intent(text):
    assert not any(c.startswith("03") for c, _s, _t in _events(text)), _events(text)


@pytest.mark.parametrize("text, src, tgt", [
    ("Russia is ready to work with China on the issue.", "RUS", "CHN"),
    ("Vietnam is keen to cooperate with Australia on maritime security.", "VNM", "AUS"),
])
def test_ready_to_work_with_still_intends(text, src, tgt):
    assert _has(_events(text), "03", src, tgt), _events(text)
