"""The CAMEO trigger lexicon: row options and the coverage of kinds of news sentences."""

from __future__ import annotations

import pytest
from extract_support import has_event as _has

from diplograph.graph.model import Article
from diplograph.ingest.lexicon import PatternIndex, compile_pattern, tokenize
from diplograph.ingest.pipeline import extract


def _codes(text: str, published: str = "2022-06-15") -> list[tuple[str, str | None, str | None]]:
    ex = extract(Article(id="t", text=text, published=published))
    states = {e.id: e.state for e in ex.entities}
    return [(ev.cameo, states.get(ev.source, ev.source), states.get(ev.target, ev.target)) for ev in ex.events]


def test_xpost_voids_a_match_followed_by_a_listed_word():
    idx = PatternIndex([compile_pattern("040", "meet+", "V,xpost=needs|demands")])
    assert idx.find(tokenize("Xi met Putin in Moscow."), 0, 6)
    toks = tokenize("The funds will meet the needs of the people.")
    assert not idx.find(toks, 0, len(toks))


@pytest.mark.parametrize("text,root,src,tgt", [
    ("Australia scuppered the submarine deal it had signed with France.", "16", "AUS", "FRA"),
    ("Lithuania pulled out of the cooperation framework China had formed.", "16", "LTU", "CHN"),
    ("Iran ruled out renegotiating the nuclear agreement with the United States.", "12", "IRN", "USA"),
    ("Mexico's foreign minister Marcelo Ebrard characterized the raid by Ecuador as an outrage.", "11", "MEX", "ECU"),
    ("Poland banned Belarusian aircraft from Polish airspace on Wednesday.", "16", "POL", "BLR"),
    ("Belarus forced a Ryanair plane flying to Lithuania to land in Minsk.", "18", "BLR", "LTU"),
    ("Ecuadorian police raided the Mexican embassy in Quito on Friday.", "17", "ECU", "MEX"),
    ("Israel returned fire at Hezbollah positions in Lebanon.", "19", "ISR", "LBN"),
    ("Japan scrambled fighter jets after Chinese planes flew near the Senkaku islands.", "15", "CHN", "JPN"),
    ("The United Kingdom paid the outstanding debt owed to Iran.", "06", "GBR", "IRN"),
    ("Ukraine has asked Germany for fighter jets.", "02", "UKR", "DEU"),
    ("Russia handed over 100 prisoners of war to Ukraine.", "08", "RUS", "UKR"),
    ("India returned the captured pilot to Pakistan.", "08", "IND", "PAK"),
    ("Hungary blocked the aid package for Ukraine.", "12", "HUN", "UKR"),
    ("Qatar closed Israel's trade office in Doha.", "16", "QAT", "ISR"),
    ("Russia suspended its participation in the treaty with the United States.", "16", "RUS", "USA"),
    ("Iran fired hundreds of drones and missiles at Israel.", "19", "IRN", "ISR"),
    ("Russian missiles hit Kyiv on Tuesday.", "19", "RUS", "UKR"),
    ("China demanded that the United States stop arms sales to Taiwan.", "10", "CHN", "USA"),
    ("Iraq said it would cut off diplomatic relations with Sweden if the burning went ahead.", "13", "IRQ", "SWE"),
    ("Germany expects Vietnam to apologize for the kidnapping.", "10", "DEU", "VNM"),
    ("Indonesia will review its intelligence cooperation with Australia.", "16", "IDN", "AUS"),
    ("Israel's Defence Minister said Hamas has blatantly broken the ceasefire with Israel.", "19", "PSE", "ISR"),
    ("Brazil voted in favour of a UN resolution condemning Russia's annexation of Ukrainian regions.", "11", "BRA", "RUS"),
    ("India voted against the resolution on Russia at the United Nations.", "12", "IND", "RUS"),
    ("India moved thousands of troops to its border with China.", "15", "IND", "CHN"),
    ("The US withheld $400 million in military assistance from Ukraine.", "16", "USA", "UKR"),
    ("India put the strategic partnership with the Maldives on hold.", "16", "IND", "MDV"),
    ("Sweden has frozen its development cooperation with Rwanda.", "16", "SWE", "RWA"),
    ("The United States issued a travel advisory against travel to Nigeria.", "16", "USA", "NGA"),
    ("China urged its citizens not to travel to Japan.", "16", "CHN", "JPN"),
    ("Canada advised its citizens to avoid all travel to India.", "16", "CAN", "IND"),
    ("Britain closed its embassy in Tehran.", "16", "GBR", "IRN"),
    ("Turkey cancelled its purchase of Chinese missiles.", "16", "TUR", "CHN"),
    ("Beijing demanded clarification from Seoul.", "10", "CHN", "KOR"),
    ("Kenya expects all manner of help and cooperation from the United States.", "02", "KEN", "USA"),
    ("Nigerians attacked South African businesses in Lagos.", "14", "NGA", "ZAF"),
    ("Pakistan requested China's help in rescheduling its debt.", "02", "PAK", "CHN"),
    ("Turkey approved Finland's NATO membership.", "05", "TUR", "FIN"),
    ("Germany will provide Ukraine with Patriot air defence systems.", "07", "DEU", "UKR"),
    ("The United States announced a new $2 billion military aid package for Ukraine.", "07", "USA", "UKR"),
    ("Armenia agreed to return four villages to Azerbaijan.", "08", "ARM", "AZE"),
    ("Ukraine said Russia was responsible for the attack.", "11", "UKR", "RUS"),
    ("Iran vowed revenge against Israel for the strike.", "13", "IRN", "ISR"),
    ("Chinese warships sailed near the Japanese islands.", "15", "CHN", "JPN"),
    ("Australia recalled its ambassador from Beijing.", "16", "AUS", "CHN"),
    ("Niger revoked its military agreements with France.", "16", "NER", "FRA"),
    ("Russian troops seized the town of Bakhmut.", "19", "RUS", "UKR"),
    ("The deployment of Russian troops to Belarus worried NATO.", "15", "RUS", "BLR"),
    ("France announced the recall of its ambassador to Niger.", "16", "FRA", "NER"),
    ("The Chinese foreign minister was received by Putin.", "04", "RUS", "CHN"),
    ("Japan's decision to release treated water angered China.", "11", "CHN", "JPN"),
    ("Japan's move prompted a strong protest from South Korea.", "11", "KOR", "JPN"),
    ("The Indian foreign secretary called on Prime Minister Sheikh Hasina in Dhaka.", "04", "IND", "BGD"),
    ("Cavusoglu also paid a courtesy call on President Solih of the Maldives.", "04", "TUR", "MDV"),
    ("Uganda has long provided military support to President Salva Kiir.", "07", "UGA", "SSD"),
    ("South Sudanese soldiers crossed into Ugandan territory and set up camp.", "19", "SSD", "UGA"),
    ("The Ugandan army shot at eight Congolese fishermen during a patrol on the lake.", "19", "UGA", "COD"),
    ("Two Chinese Coast Guard ships pursued a Japanese fishing boat near the disputed islands.", "17", "CHN", "JPN"),
    ("China's coast guard expelled four Japanese fishing vessels from the waters around the islands.", "17", "CHN", "JPN"),
    ("Japan ordered the Chinese ships to leave Japan's territorial waters.", "10", "JPN", "CHN"),
    ("Indonesia sent a diplomatic note to China to protest the actions of the coast guard vessel.", "11", "IDN", "CHN"),
    ("Fourteen employees of the Dutch embassy were declared personae non gratae by Russia.", "16", "RUS", "NLD"),
    ("ECOWAS has condemned the coup in Niger and suspended Niger from its decision-making bodies.", "16", None, "NER"),
    ("France announced it had suspended all development aid and budgetary support to Niger.", "16", "FRA", "NER"),
    ("Japan announced $500 million in aid for Ukraine.", "07", "JPN", "UKR"),
    ("The US Congress agreed to lift embargoes on pharmaceutical sales to Cuba.", "08", "USA", "CUB"),
    ("North Korea is providing munitions to Russia, according to international observers.", "07", "PRK", "RUS"),
    ("Russia will take measures against Finland, the foreign ministry said.", "13", "RUS", "FIN"),
    ("Kim Jong Un said North Korea would no longer abide by the pact with South Korea.", "16", "PRK", "KOR"),
    ("North Korea declared the inter-Korean agreement void.", "16", "PRK", "KOR"),
    ("Beijing retaliated with tariffs on $60 billion of US goods.", "16", "CHN", "USA"),
    ("Russia halted gas deliveries to Poland and Bulgaria.", "16", "RUS", "POL"),
    ("China blocked imports of Taiwanese pineapples.", "16", "CHN", "TWN"),
    ("China removed the anti-dumping duties on Australian wine.", "08", "CHN", "AUS"),
    ("China requested consultations with Australia with respect to anti-dumping measures imposed by Australia.",
     "11", "CHN", "AUS"),
    ("China demanded the release of the Chinese fishermen detained by Japan.", "10", "CHN", "JPN"),
    ("Moscow and Washington exchanged a flurry of rebukes over the detention of a United States citizen.", "11", "RUS",
     "USA"),
    ("Diplomatic break between Algeria and Morocco is in effect immediately.", "16", "DZA", "MAR"),
    ("Erdogan told a joint press conference with Mitsotakis in Athens that ties were improving.", "04", "TUR", "GRC"),
    ("He added that Israel had the backing of the United States.", "05", "USA", "ISR"),
    ("Hezbollah fighters fired two anti-tank missiles after 4 p.m. at an Israeli army post.", "19", "LBN", "ISR"),
    ("Serbia put its troops near the border on a high level of combat readiness.", "15", "SRB", None),
    ("Pence said Trump spoke directly to Turkish leader Recep Tayyip Erdogan.", "04", "USA", "TUR"),
    ("Algeria said lethal wildfires were the work of groups it has labelled terrorist, one of which it said was backed "
     "by Morocco.", "11", "DZA", "MAR"),
    ("Russia said Ukraine shelters terrorists.", "11", "RUS", "UKR"),
    ("Beijing hoped Seoul would take effective measures to avoid further damage to the relationship.", "02", "CHN", "KOR"),
    ("The UK has paid the 393.8 million pounds owed to Iran.", "06", "GBR", "IRN"),
    ("The deal allowed the unfreezing of $6 billion in Iranian funds held by South Korea.", "08", "KOR", "IRN"),
    ("Evo Morales arrived Tuesday in Mexico.", "04", "BOL", "MEX"),
    ("Spain admitted Polisario Front leader Brahim Ghali into its territory for medical treatment.", "04", "ESP", "ESH"),
    ("The new Chinese ambassador presented his credentials to President Biden.", "05", "CHN", "USA"),
    ("Tsai Ing-wen made a stopover in New York on her way to Guatemala.", "04", "TWN", "USA"),
    ("Japan expressed gratitude to Taiwan for its donations.", "05", "JPN", "TWN"),
    ("Russia returned 100 Ukrainian prisoners of war in an exchange.", "08", "RUS", "UKR"),
    ("Iran agreed to allow IAEA inspectors to visit the sites in Iran.", "08", "IRN", None),
    ("North Korea snubbed South Korea's offer of talks.", "12", "PRK", "KOR"),
    ("Iran declined an invitation to the Paris conference from France.", "12", "IRN", "FRA"),
    ("Turkey's foreign ministry reacted angrily to the Greek move.", "11", "TUR", "GRC"),
    ("Egypt and Sudan object to any unilateral move by Ethiopia.", "11", "EGY", "ETH"),
    ("Egypt and Sudan have refused a data exchange initiative by Ethiopia.", "12", "EGY", "ETH"),
    ("Russia condemned the decision by Finland to join NATO.", "11", "RUS", "FIN"),
    ("Mali's use of the Russian mercenary company Wagner has also been met with criticism in France and the UK.", "11",
     "FRA", "MLI"),
    ("Taiwan's president's stopover in the US drew condemnation from China.", "04", "TWN", "USA"),
])
def test_kinds_of_news_sentences_get_their_root(text, root, src, tgt):
    assert _has(_codes(text), root, src, tgt), _codes(text)


def test_prisoners_of_war_are_no_war():
    evs = _codes("Russia handed over 100 prisoners of war to Ukraine.")
    assert not any(c.startswith("19") for c, s, t in evs)


def test_tariffs_going_into_effect_are_no_agreement():
    evs = _codes("The United States said its tariffs on Mexican steel will go into effect on Monday.")
    assert not any(c.startswith("057") for c, s, t in evs)


def test_a_deadline_is_set_for_an_act_not_yet_done():
    evs = _codes("Niger set a deadline for France to withdraw its ambassador.")
    assert _has(evs, "139", "NER", "FRA")
    assert not any(c.startswith("16") for c, s, t in evs), evs


def test_the_article_before_an_actor_slot():
    idx = PatternIndex([compile_pattern("100", "demand+ *3 apology from X", "V")])
    toks = tokenize("China demanded an apology from the United States.")
    assert idx.find(toks, 0, len(toks), {6: 8})
    assert not idx.find(toks, 0, len(toks), {7: 8})


def test_multiword_alternatives_of_noun_rows_match():
    evs = _codes("Israel carried out a drone strike on Hezbollah positions in Lebanon.")
    assert any(c.startswith("19") for c, s, t in evs), evs


def test_british_spellings_of_verbs_in_l():
    from diplograph.ingest.lexicon import verb_forms
    assert {"cancelled", "canceled", "travelled", "signalling"} <= set(verb_forms("cancel")) | set(
        verb_forms("travel")) | set(verb_forms("signal"))
    assert "conferred" in verb_forms("confer") and "appealled" not in verb_forms("appeal")


def test_war_reparations_are_no_war():
    evs = _codes("Poland insisted that Germany pay war reparations.")
    assert not any(c.startswith("19") for c, s, t in evs), evs


def test_calling_on_someone_to_act_stays_an_appeal():
    evs = _codes("Japan called on North Korea to refrain from further provocations.")
    assert _has(evs, "02", "JPN", "PRK") and not any(c.startswith("04") for c, s, t in evs), evs


def test_a_suspended_budgetary_support_is_no_praise():
    evs = _codes("France announced it had suspended all development aid and budgetary support to Niger.")
    assert not any(c.startswith("05") for c, s, t in evs), evs


def test_welcoming_a_states_action_is_no_hosting():
    evs = _codes("Blinken welcomed Nigeria's action against the junta in Niger.")
    assert not any(c.startswith("043") for c, s, t in evs), evs


def test_an_announcement_of_a_ban_on_aid_is_no_aid():
    evs = _codes("The United States announced Wednesday it would prohibit all aid to Albanian rebels in Macedonia.")
    assert not any(c.startswith("07") for c, s, t in evs), evs


def test_plurals_and_third_persons_in_o():
    from diplograph.ingest.lexicon import noun_forms, verb_forms
    assert "embargoes" in noun_forms("embargo") and "vetoes" in verb_forms("veto")


def test_pounds_of_money_are_no_pounding():
    evs = _codes("The UK has paid the 393.8 million pounds owed to Iran.")
    assert not any(c.startswith("19") for c, s, t in evs), evs


def test_a_state_backed_by_an_ally_is_no_accusation():
    evs = _codes("Zelensky said Ukraine was backed by the United States.", published="2023-06-15")
    assert not any(c.startswith("112") for c, s, t in evs), evs


def test_a_declined_invitation_is_no_invitation_of_the_decliner():
    evs = _codes("China turned down an invitation from the United States to attend the talks.")
    assert _has(evs, "12", "CHN", "USA") and not any(c[:2] in ("03", "04") for c, s, t in evs), evs


def test_support_for_rebels_is_no_praise():
    evs = _codes("This is due to Rwanda's persistent aggression against the DRC and its support for the M23 "
                 "terrorist movement.")
    assert not any(c.startswith("05") for c, s, t in evs), evs


# ---------------------------------------------------------------- round 4: common wire-news constructions
@pytest.mark.parametrize("text,root,src,tgt", [
    # summoning a diplomat of any rank
    ("Lithuania summoned a representative of the Belarusian embassy over the border incident.", "11", "LTU", "BLR"),
    ("Bolivia summoned the Chilean consul general to protest the detentions.", "11", "BOL", "CHL"),
    ("Kenya summoned the British high commissioner on Monday.", "11", "KEN", "GBR"),
    # a state calling its own envoy home is a recall
    ("Spain summoned its ambassador to Argentina for consultations after the rally.", "16", "ESP", "ARG"),
    ("Turkey called its ambassador to the Netherlands home for consultations.", "16", "TUR", "NLD"),
    # asking for help or cooperation
    ("Japan asked for Mongolia's continued cooperation on the abductions issue.", "02", "JPN", "MNG"),
    ("Ukraine appealed for Germany's help with air defence.", "02", "UKR", "DEU"),
    # at the invitation of X: the inviter is the source
    ("Uzbekistan's president will visit Kyrgyzstan at the invitation of Kyrgyzstan's president.", "03", "KGZ", "UZB"),
    # chairing a meeting between others
    ("Angola chaired the meeting between Rwanda and Uganda in Luanda.", "04", "AGO", "RWA"),
    # aid pledged in kind, aid flights
    ("Sudan pledged 250,000 bags of grain in humanitarian aid to South Sudan.", "033", "SDN", "SSD"),
    ("Japan promised 10,000 tonnes of rice in aid to North Korea.", "033", "JPN", "PRK"),
    ("Two aid flights from China are scheduled to land in Tonga on Friday.", "07", "CHN", "TON"),
    # raising a dispute at an international body; taking it to court
    ("Hungary will raise the issue of Ukraine's language law at the UN and the OSCE.", "11", "HUN", "UKR"),
    ("Mexico will take the case against Ecuador to the International Court of Justice.", "11", "MEX", "ECU"),
    # blocking a state's initiatives and bids
    ("Hungary would block all Ukrainian initiatives to integrate into European institutions.", "12", "HUN", "UKR"),
    ("Turkey blocked Sweden's membership application for months.", "12", "TUR", "SWE"),
    # wishes to cooperate are intents to cooperate
    ("Vietnam wants to promote multifaceted cooperation with Benin.", "03", "VNM", "BEN"),
    ("Benin hopes to enhance ties with Vietnam.", "03", "BEN", "VNM"),
    ("India wishes to further deepen its partnership with Japan.", "03", "IND", "JPN"),
    ("Indonesia and Vietnam agreed to foster cooperation in fisheries.", "03", "IDN", "VNM"),
    # verbal attacks
    ("Sudan condemned the media attacks against President Bashir by Egyptian outlets.", "11", "EGY", "SDN"),
    ("Ankara condemned a Greek smear campaign against Turkey.", "11", "GRC", "TUR"),
    # ending a stand-off
    ("Uganda and Rwanda agreed to end the border stand-off.", "03", "UGA", "RWA"),
])
def test_common_wire_constructions_get_their_root(text, root, src, tgt):
    evs = _codes(text)
    assert _has(evs, root, src, tgt) or _has(evs, root, tgt, src) and root in ("04", "03"), evs


@pytest.mark.parametrize("text,bad", [
    # a stand-off that is being ended is no stand-off; an agreement after "end ... and" is not ended
    ("Uganda and Rwanda agreed to end the border stand-off.", "15"),
    ("Uganda and Rwanda agreed to end their wrangles, and the agreement will see the border reopen.", "16"),
    # "in protest" and "a note of protest" are the manner of an act, not a demonstration
    ("Jordan recalled its ambassador to Israel in protest over the detention of two citizens.", "14"),
    ("Lithuania handed Belarus a note of protest over the incident.", "14"),
    # the adjective "alleged" is no accusation by the agent of the alleged act
    ("Lithuania summoned a Belarusian diplomat over alleged violations of its border by Belarusian guards.", "112"),
    ("Police detained two alleged smugglers from Myanmar near the Thai border.", "112"),
    # a wish of private people and a domestic crisis are not coded as state intents
    ("Syria's return was conditioned on the regime taking steps towards resolving the Syrian crisis.", "03"),
    # a visit at someone's invitation is no invitation by the visitor
    ("Modi will visit Russia at the invitation of President Putin.", "036:IND"),
])
def test_common_wire_constructions_do_not_overfire(text, bad):
    evs = _codes(text)
    if ":" in bad:
        code, src = bad.split(":")
        assert not any(c.startswith(code) and s == src for c, s, t in evs), evs
    else:
        assert not any(c.startswith(bad) for c, s, t in evs), evs


def _rules(text: str) -> set[str]:
    from diplograph.ingest.events import default_index
    toks = tokenize(text)
    return {m.pattern.rule for m in default_index().find(toks, 0, len(toks))}


def test_chairing_a_cabinet_meeting_is_no_chaired_talks():
    assert any("chair" in r for r in _rules("Lourenco chaired the meeting in Luanda."))
    assert not any("chair" in r for r in _rules("Oli chaired a cabinet meeting on Monday."))


@pytest.mark.parametrize("text,root,src,tgt", [
    ("Lapid's conversation with Turkish President Erdogan ended the crisis.", "04", "ISR", "TUR"),
    ("South Korea filed a WTO complaint over Japan's export restrictions.", "11", "KOR", "JPN"),
    ("Australia lodged a legal challenge against China's tariffs on barley.", "11", "AUS", "CHN"),
    ("Canada's prime minister Justin Trudeau questioned the Philippines' deadly drug crackdown.", "11", "CAN", "PHL"),
    ("The Taiwanese ambassador had already returned from Honduras to Taipei.", "16", "TWN", "HND"),
    ("Moscow's response to Prague's expulsion of 18 Russian diplomats will be proportionate, the Kremlin said.", "13",
     "RUS", "CZE"),
    ("The United States and Israel voted no on the resolution against the embargo on Cuba.", "12", "USA", "CUB"),
    ("Russia wants Ukraine's withdrawal from the four regions.", "10", "RUS", "UKR"),
    ("Iran is planning to ship 90 tons of beef to Qatar daily.", "07", "IRN", "QAT"),
])
def test_more_wire_constructions_get_their_root(text, root, src, tgt):
    evs = _codes(text)
    assert _has(evs, root, src, tgt) or _has(evs, root, tgt, src) and root == "04", evs


@pytest.mark.parametrize("text,bad", [
    # a wish to go home is no demand; 'ships' is a noun after an adjective
    ("Nigeria said Nigerians who want to return home from South Africa will be flown back free of charge.", "10"),
    ("Russia wants to prevent Ukrainian ships from returning to Odesa with weapons.", "07"),
    # a leader meeting lawmakers at home is no meeting with a foreign state
    ("Iraq's prime minister said after meeting lawmakers that Sweden had crossed a red line.", "04"),
    ("The US and Israel voted no, while Moldova and Ukraine did not vote.", "12"),
])
def test_more_wire_constructions_do_not_overfire(text, bad):
    evs = _codes(text)
    assert not any(c.startswith(bad) for c, s, t in evs), evs


@pytest.mark.parametrize("text,root,src,tgt", [
    ("Bolivia accused Chile of detaining nine Bolivians. Chile rejected Bolivia's declarations of a kidnapping.", "016",
     "CHL", "BOL"),
    ("The Americans had been imprisoned in Iran for years.", "17", "IRN", "USA"),
    ("Two Russian journalists were detained in Ukraine on Monday.", "17", "UKR", "RUS"),
    ("The Iranian funds had been frozen by South Korea since 2019.", "16", "KOR", "IRN"),
    ("Greece and Turkey came close to a military conflict in 2020.", "15", "GRC", "TUR"),
    ("Biden raised allegations with Putin that Moscow paid bounties to the Taliban.", "11", "USA", "RUS"),
])
def test_holding_freezing_and_brinkmanship(text, root, src, tgt):
    evs = _codes(text)
    assert _has(evs, root, src, tgt) or root in ("15", "01") and _has(evs, root, tgt, src), evs


def test_talks_held_in_a_capital_are_no_detention():
    evs = _codes("Talks were held in Moscow on Friday between Russia and Ukraine.")
    assert not any(c.startswith("17") for c, s, t in evs), evs


def test_rejected_declarations_of_a_kidnapping_are_no_kidnapping():
    evs = _codes("Bolivia accused Chile of detaining nine Bolivians. Chile rejected Bolivia's declarations of a kidnapping.")
    assert not any(c.startswith("18") for c, s, t in evs), evs


@pytest.mark.parametrize("text,root,src,tgt", [
    ("The relations experienced a new crisis after a visit of Turkish President Recep Tayyip Erdogan to Sudan.", "042",
     "TUR", "SDN"),
    ("The visit of Chinese President Xi Jinping to Moscow was criticised by Ukraine.", "042", "CHN", "RUS"),
    ("Nazanin Zaghari-Ratcliffe, a British citizen, was released from detention in Iran on Wednesday.", "08", "IRN",
     "GBR"),
    ("An Indonesian woman remains in custody in Malaysia as a suspect.", "17", "MYS", "IDN"),
    ("The United States is reimposing sanctions on Iran.", "16", "USA", "IRN"),
])
def test_visits_releases_and_custody(text, root, src, tgt):
    evs = _codes(text)
    assert _has(evs, root, src, tgt), evs


def test_the_visitor_after_of_is_no_host():
    # 'the visit of X': X travels; only 'to/in/at' introduces the host
    evs = _codes("The visit of Chinese President Xi Jinping was welcomed by Russia.")
    assert not any(c.startswith("042") and t == "CHN" for c, s, t in evs), evs


@pytest.mark.parametrize("text,root,src,tgt", [
    ("Chinese coast guard vessels fired water cannon at a Philippine supply boat.", "17", "CHN", "PHL"),
    ("India boycotted the summit in Pakistan.", "16", "IND", "PAK"),
    ("Nigeria boycotted the World Economic Forum on Africa in Cape Town.", "16", "NGA", "ZAF"),
    ("China donated 500,000 vaccine doses to Cambodia.", "07", "CHN", "KHM"),
])
def test_water_cannon_boycotts_and_donated_doses(text, root, src, tgt):
    evs = _codes(text)
    assert _has(evs, root, src, tgt), evs


def test_water_cannon_use_at_home_needs_no_foreign_target():
    evs = _codes("Police fired water cannon at protesters in Nairobi, Kenya's interior ministry said.")
    assert not any(c.startswith("17") and t not in (None, "KEN") for c, s, t in evs), evs


@pytest.mark.parametrize("text,root,src,tgt", [
    ("Ukraine's foreign minister visited Beijing at the invitation of his Chinese counterpart.", "036", "CHN", "UKR"),
    ("Hungary will block Ukraine's bid to join the European Union.", "12", "HUN", "UKR"),
    ("Kenya will raise the matter of the border with Somalia at the African Union summit.", "11", "KEN", "SOM"),
    ("Turkey and Libya signed a security deal in 2019. A Turkish military plane carrying aid landed in Libya on Sunday.",
     "073", "TUR", "LBY"),
])
def test_invitations_bids_forums_and_aid_planes(text, root, src, tgt):
    evs = _codes(text)
    assert any(c.startswith(root) and s == src and (tgt is None or t == tgt) for c, s, t in evs), evs


def test_blocking_a_bid_is_no_bid_of_the_blocker():
    evs = _codes("Hungary will block Ukraine's bid to join the European Union.")
    assert not any(c.startswith("19") for c, s, t in evs), evs


@pytest.mark.parametrize("text,root,src,tgt", [
    ("North Korea ignored South Korea's warnings.", "12", "PRK", "KOR"),
    ("The Israeli navy intercepted a Turkish vessel bound for Gaza.", "17", "ISR", "TUR"),
    ("Japanese fighter jets intercepted Chinese drones near Okinawa.", "15", "JPN", "CHN"),
    ("The Algerian ambassador returned to Paris on Thursday.", "05", "DZA", "FRA"),
    ("Switzerland joined the EU sanctions against Russia.", "16", "CHE", "RUS"),
    ("China invited Vietnam to attend the summit.", "036", "CHN", "VNM"),
    ("China lodged solemn representations with the United States.", "11", "CHN", "USA"),
])
def test_third_probe_of_wire_constructions(text, root, src, tgt):
    evs = _codes(text)
    assert _has(evs, root, src, tgt), evs


def test_a_cancelled_visit_stays_a_negated_visit():
    # the gold codes the visit that will not happen (042 negated), not a reduction of relations
    ex = extract(Article(id="t", text="Japan called off the prime minister's visit to China.", published="2022-06-15"))
    assert any(ev.cameo.startswith("042") and ev.factuality == "negated" for ev in ex.events), ex.events


@pytest.mark.parametrize("text,root,src,tgt", [
    ("Chinese warships sail near Taiwan after US visit", "15", "CHN", "TWN"),
    ("Philippines protests Chinese coast guard's use of laser", "11", "PHL", "CHN"),
    ("Vietnam protested China's deployment of an oil rig in disputed waters.", "11", "VNM", "CHN"),
    ("The attack by Hezbollah on an Israeli army post wounded three soldiers.", "19", "LBN", "ISR"),
])
def test_headline_protests_warships_and_attacks_by(text, root, src, tgt):
    evs = _codes(text)
    assert _has(evs, root, src, tgt), evs


def test_people_protesting_in_a_town_stay_a_demonstration():
    evs = _codes("Serbs protested in Mitrovica against the Kosovo police.")
    assert _has(evs, "14", "SRB", "XKX") and not any(c.startswith("11") for c, s, t in evs), evs


def test_raising_an_issue_at_the_un_is_no_complaint_to_the_speaker():
    evs = _codes("Hungary criticised Ukraine's new language law. Hungary will raise the issue of the law at the UN and "
                 "the OSCE said the spokesman.")
    assert _has(evs, "114", "HUN", "UKR") and not any(c.startswith("114") and t not in ("UKR",) for c, s, t in evs), evs


@pytest.mark.parametrize("text,root,src,tgt", [
    ("China's ban on Australian coal was lifted in 2023.", "085", "CHN", "AUS"),
    ("Under the deal, sanctions imposed by the United States, European Union and United Nations would be lifted in "
     "return for Iran agreeing long-term curbs on its nuclear program.", "085", "USA", "IRN"),
])
def test_lifted_bans_and_sanctions(text, root, src, tgt):
    evs = _codes(text)
    assert _has(evs, root, src, tgt), evs


def test_lexicon_heads_add_no_nouns_or_adjectives_to_the_verb_words():
    # the heads of verbal rows feed events._is_verbish; nouns and adjectives there change how
    # infinitives and noun phrases are read elsewhere ('aiming to restore relations')
    from diplograph.ingest.lexicon import verb_words
    assert not {"tough", "firm", "swift", "board", "boards", "chair", "chairs", "dock", "docks", "patrols",
                "circle", "aim", "aiming"} & verb_words()
