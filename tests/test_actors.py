"""Actors: persons by surname and office, organisation officials, state groups, juntas, territories,
places that are not participants."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.ingest.actors import _office_holders_by_surname, mentioned_states, resolve_actors
from diplograph.ingest.pipeline import _gazetteer
from diplograph.ingest.sentences import split_sentences


def _resolve(text: str, published: str):
    return resolve_actors(text, split_sentences(text), dt.date.fromisoformat(published), _gazetteer())


def _at(res, surface: str):
    hits = [a for a in res.actors if a.surface == surface]
    assert hits, f"no actor {surface!r} in {[a.surface for a in res.actors]}"
    return hits[0]


def test_office_holder_named_by_surname_only():
    res = _resolve("Putin said Moscow would respond. The Trump administration disagreed.", "2019-05-01")
    assert _at(res, "Putin").id == "person:vladimir-putin" and _at(res, "Putin").states == ("RUS",)
    assert _at(res, "Trump").states == ("USA",)
    # by surname alone only while in office on that day, and only a lone capitalised word
    assert [p.id for _, p in _office_holders_by_surname("Macron spoke.", _gazetteer(), dt.date(2019, 1, 1))] \
        == ["person:emmanuel-macron"]
    assert _office_holders_by_surname("Macron spoke.", _gazetteer(), dt.date(2010, 1, 1)) == []
    assert _office_holders_by_surname("Jean Macron spoke.", _gazetteer(), dt.date(2019, 1, 1)) == []
    # the holder's state must be named in the article when the caller says which states are
    assert _office_holders_by_surname("Macron spoke.", _gazetteer(), dt.date(2019, 1, 1),
                                      named_states={"KOR"}) == []


def test_official_of_an_organisation_has_no_state():
    res = _resolve("Sisi spoke to United Nations Secretary-General Antonio Guterres on Thursday.", "2021-05-20")
    assert res.entities["person:antonio-guterres"].state is None
    assert res.entities["person:abdel-fattah-el-sisi"].state == "EGY"


def test_ambassador_belongs_to_the_sending_state():
    res = _resolve("France's ambassador to Niger Sylvain Itte is still in Niamey.", "2023-08-28")
    itte = next(e for e in res.entities.values() if e.name == "Sylvain Itte")
    assert itte.state == "FRA" and "ambassador" in itte.roles


@pytest.mark.parametrize("text,surface,members", [
    ("Four European countries — Austria, Czech Republic, Romania and Hungary — participated in the "
     "inauguration.", "Four European countries — Austria, Czech Republic, Romania and Hungary —",
     ("AUT", "CZE", "ROU", "HUN")),
    ("Four Arab nations asked Qatar to shut down Al Jazeera. Saudi Arabia, United Arab Emirates, Bahrain "
     "and Egypt sent a list of 13 demands to Qatar.", "Four Arab nations", ("SAU", "ARE", "BHR", "EGY")),
    ("Saudi Arabia, United Arab Emirates, Bahrain and Egypt cut ties with Qatar. The Saudi-led bloc "
     "issued demands.", "The Saudi-led bloc", ("SAU", "ARE", "BHR", "EGY")),
])
def test_group_phrases_expand_to_the_listed_states(text, surface, members):
    res = _resolve(text, "2018-05-15")
    g = _at(res, surface)
    assert set(g.states) == set(members) and g.is_group
    # the target of the demands is not a member
    assert "QAT" not in g.states


def test_regional_group_needs_a_list_of_that_region():
    res = _resolve("The United States, Britain and France imposed sanctions. Arab states condemned the move.",
                   "2020-01-01")
    assert not [a for a in res.actors if a.form == "grouplist"]
    res = _resolve("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar. Gulf countries want more.",
                   "2017-06-23")
    assert set(_at(res, "Gulf countries").states) == {"SAU", "ARE", "BHR", "EGY"}


def test_group_without_a_matching_list_stays_unresolved():
    res = _resolve("Iran and six major world powers reached a deal. Britain and France welcomed it.", "2015-07-14")
    assert not [a for a in res.actors if a.form == "grouplist"]


def test_the_west_is_a_group_not_a_state():
    res = _resolve("Ukraine and the West have rejected the vote.", "2014-03-21")
    west = _at(res, "the West")
    assert west.ids == ("group:the-west",) and west.states == (None,)


def test_junta_is_the_state_of_the_coup():
    res = _resolve("He refused to meet the coup leaders who toppled Niger President Mohamed Bazoum. "
                   "France refused to recognize the junta.", "2023-08-28")
    assert _at(res, "the junta").states == ("NER",)
    assert _at(res, "the coup leaders").states == ("NER",)
    res = _resolve("The junta in Niger expelled the French ambassador. France condemned the coup.", "2023-08-28")
    assert _at(res, "The junta").states == ("NER",)
    # the object of the junta's act is not its state: better no state than a wrong one
    res = _resolve("The junta expelled the French ambassador.", "2023-08-28")
    assert not [a for a in res.actors if a.form == "junta" and a.states]


def test_armed_groups_and_territories_stand_for_their_state():
    res = _resolve("Gaza's Health Ministry reported casualties. Hamas fired rockets at Israel.", "2021-05-20")
    assert _at(res, "Gaza").states == ("PSE",) and not _at(res, "Gaza").location
    assert _at(res, "Hamas").ids == ("group:hamas",) and _at(res, "Hamas").states == ("PSE",)
    res = _resolve("The talks took place in Gaza.", "2021-05-20")
    assert _at(res, "Gaza").location


def test_places_and_past_states_are_not_participants():
    res = _resolve("Kim will attend the 70th anniversary of the Soviet victory in the Vietnamese capital, "
                   "not in Hanoi, Vietnam.", "2015-01-29")
    assert not [a for a in res.actors if "SUN" in a.states]
    cap = _at(res, "Vietnamese capital")
    assert cap.location and cap.ids == ("place:hanoi",)
    assert _at(res, "Vietnam").location
    assert "VNM" not in mentioned_states(res)


def test_person_without_a_stated_nationality_gets_no_guess():
    res = _resolve("Sweden and Finland applied to join, spokesman Jon Smithers said.", "2022-05-16")
    p = next(e for e in res.entities.values() if e.name == "Jon Smithers")
    assert p.state is None


def test_mentioned_states_include_listed_group_members_and_persons():
    res = _resolve("Britain, China, France and Russia are also parties to the deal. "
                   "Israeli Prime Minister Benjamin Netanyahu called it a mistake.", "2015-07-14")
    assert {"GBR", "CHN", "FRA", "RUS", "ISR"} <= mentioned_states(res)


def test_a_capital_inside_a_name_is_no_actor():
    res = _resolve("Ties have not worsened to the level before the fall of the Berlin Wall. The Paris Agreement "
                   "holds. Beijing Tuesday warned Taipei. Talks in Moscow President Putin hosted went well.",
                   "2017-09-02")
    states = {s for a in res.actors if not a.location for s in a.states}
    assert "DEU" not in states and "FRA" not in states
    assert {"CHN", "TWN"} <= states and not {"DEU", "FRA"} & mentioned_states(res)
    # such a name still says where: "attend the Beijing Olympics"
    res = _resolve("Bush will attend the Beijing Olympics. The Syrian Observatory, a UK-based group, said so.",
                   "2008-08-02")
    assert _at(res, "Beijing").location and _at(res, "UK").location
    assert "GBR" not in mentioned_states(res)


def test_state_of_a_person_only_from_a_role_phrase():
    res = _resolve("Deby was welcomed by local Foreign minister, Manuel Augusto, Chad embassy officials and others. "
                   "The programme starts Thursday, said Foreign minister Manuel Augusto who delivered a message "
                   "from President Lourenco to his Chadian counterpart.", "2019-08-22")
    p = next(e for e in res.entities.values() if e.name == "Manuel Augusto")
    assert p.state is None
    assert not [e for e in res.entities.values() if e.kind == "person" and "Thursday" in e.name]


def test_posted_officer_belongs_to_the_sending_state():
    res = _resolve("The US commander in Iraq, General David Petraeus, held talks in Beirut.", "2008-08-06")
    assert next(e for e in res.entities.values() if e.name == "David Petraeus").state == "USA"


def _person(res, name: str):
    hits = [e for e in res.entities.values() if e.kind == "person" and e.name == name]
    assert hits, f"no person {name!r} in {[e.name for e in res.entities.values() if e.kind == 'person']}"
    return hits[0]


@pytest.mark.parametrize("text,name,state", [
    ("The deal was signed by Ukraine’s Infrastructure Minister Alexander Kubrakov, Türkiye Defense Minister "
     "Hulusi Akar and others.", "Alexander Kubrakov", "UKR"),
    ("A royal order dismissed Ahmad al-Assiri, the deputy intelligence chief.", "Ahmad al-Assiri", None),
    ("Mumtaz Zahra Baloch, spokeswoman for Pakistan’s Foreign Ministry, said Islamabad would respond.",
     "Mumtaz Zahra Baloch", "PAK"),
    ("Interfax cited Vladimir Dzhabarov, first deputy head of the upper house’s committee.", "Vladimir Dzhabarov",
     None),
    ("A Myanmar government spokesman, Zaw Htay, tweeted that a deal had been signed.", "Zaw Htay", "MMR"),
    ("Bangladesh’s foreign minister, AH Mahmood Ali, said it was a first step.", "AH Mahmood Ali", "BGD"),
    ("Meanwhile, Defence and Military Veterans Minister, Thandi Modise, says she is confident.", "Thandi Modise",
     None),
    ("The head of the Russian delegation Vladimir Medinsky termed the meeting constructive.", "Vladimir Medinsky",
     "RUS"),
    ("Taliban co-founder Mullah Baradar led the insurgents' delegation.", "Mullah Baradar", "AFG"),
    ("Urmas Paet, who is Estonia's foreign minister, condemned the abduction.", "Urmas Paet", "EST"),
    # military ranks belong to the title, a service or office before the role to the title phrase,
    # a seat or capital names the state
    ("Israeli military spokesman Rear Admiral Daniel Hagari said Iran fired drones.", "Daniel Hagari", "ISR"),
    ("The Philippine coast guard spokesman, Jay Tarriela, said Chinese ships blocked the vessel.", "Jay Tarriela",
     "PHL"),
    ("Brigadier General Pat Ryder, the Pentagon press secretary, said US forces were ready.", "Pat Ryder", "USA"),
    ("MEA spokesperson Arindam Bagchi said India rejected the claims.", "Arindam Bagchi", "IND"),
    ("The letter by Prime Minister Ralph Gonsalves of Saint Vincent and the Grenadines called for calm.",
     "Ralph Gonsalves", "VCT"),
    # a surname that is also a pronoun
    ("Chinese Vice Premier He Lifeng met US Treasury Secretary Janet Yellen.", "He Lifeng", "CHN"),
])
def test_persons_introduced_by_titles_and_appositions(text, name, state):
    p = _person(_resolve(text, "2022-01-01"), name)
    assert p.roles
    if state is not None:
        assert p.state == state


def test_lone_names_need_a_real_title_before_them():
    res = _resolve("The pact was signed by the Solomon Islands foreign minister, Manele, on Tuesday. Mr Gross "
                   "arrived at the Prime Minister’s Office. Rwanda's Ambassador Plenipotentiary left.", "2022-04-19")
    names = {e.name for e in res.entities.values() if e.kind == "person"}
    assert "Gross" not in names and "Office" not in names and "Plenipotentiary" not in names
    assert any("Manele" in n for n in names)
    # a business title is no political role
    res = _resolve("Shin Dong-bin, chief executive of Lotte, declined to comment.", "2017-03-03")
    assert not [e for e in res.entities.values() if e.kind == "person"]


@pytest.mark.parametrize("text,surface,pair", [
    # the two leaders: the last two persons of different states, not a list of onlookers
    ("Venezuela and Guyana agreed to talks. Venezuelan President Nicolás Maduro and his Guyanese counterpart "
     "Irfaan Ali met alongside representatives from Brazil, Colombia and the UN. The two leaders gathered "
     "after a letter.", "The two leaders", {"VEN", "GUY"}),
    # an aside on a third state does not make "the two countries" about it
    ("Iran freed five Americans and the US freed five Iranians. Tehran and Washington traded accusations. "
     "The $6 billion had been frozen by South Korea. The swap marked a thaw in relations between the two "
     "countries.", "the two countries", {"USA", "IRN"}),
    # the two states named before it in its own sentence
    ("Trump announced the deal. The UAE's crown prince confirms that Israel has agreed, but says that the "
     "countries have only agreed to work toward normalization.", "the countries", {"ARE", "ISR"}),
    # the state that acts on the group is not one of them
    ("Myanmar and Bangladesh signed a deal on the Rohingya. Bangladesh wants a timeline. Pope Francis is due to "
     "visit both nations next week.", "both nations", {"MMR", "BGD"}),
    ("Venezuela and Guyana met in Kingstown after a letter by Prime Minister Ralph Gonsalves of Saint Vincent "
     "and the Grenadines calling on the leaders to defuse tensions between Venezuela and Guyana.", "the leaders",
     {"VEN", "GUY"}),
    # the article's main pair, when its sentence names both beside others
    ("Israel and Turkey restored ties. Israel and Turkey had clashed often. Tensions worsened, with Israel blaming "
     "Turkey for stoking violence between Azerbaijan and Armenia, although both sides backed Azerbaijan.",
     "both sides", {"ISR", "TUR"}),
])
def test_group_phrases_take_the_right_pair(text, surface, pair):
    assert set(_at(_resolve(text, "2023-09-19"), surface).states) == pair


def test_capitals_naming_a_process_are_places():
    res = _resolve("Rwanda showed disregard for the Nairobi and Luanda processes and the Minsk agreements.", "2022-10-30")
    for surface in ("Nairobi", "Luanda", "Minsk"):
        assert _at(res, surface).location
    assert {"KEN", "AGO", "BLR"}.isdisjoint(mentioned_states(res))


def test_the_regime_is_the_state_the_article_calls_a_regime():
    res = _resolve("Egypt hosted the meeting. Syria was suspended in 2011 over the regime's brutal crackdown. "
                   "The Syrian regime, however, began to exchange visits with Arab countries.", "2023-05-08")
    assert _at(res, "the regime").states == ("SYR",)


def test_sentence_initial_pronouns_and_datelines():
    res = _resolve("WASHINGTON — Iran seized a British tanker on Friday. It said the ship had broken maritime rules. "
                   "It is unclear what happens next.", "2019-07-20")
    assert _at(res, "WASHINGTON").location
    its = [a for a in res.actors if a.surface == "It"]
    assert len(its) == 1 and its[0].states == ("IRN",)      # not the expletive "It is unclear"
    res = _resolve("SEOUL, Aug. 2 (Yonhap) -- South Korea said Friday that it will remove Japan from its list.",
                   "2019-08-02")
    assert _at(res, "SEOUL").location and _at(res, "it").states == ("KOR",)
    # a pronoun long after the last person named is someone the tables do not know
    res = _resolve("President Biden signed the order. The arms dealer sold weapons for years. His career ended in "
                   "2008. Critics called the deal lopsided. He was extradited two years later.", "2022-12-08")
    assert not [a for a in res.actors if a.surface in ("He", "His")]


def test_lower_case_titles_belong_to_the_persons_mention():
    text = "Seselja flew in to ask prime minister Manasseh Sogavare not to sign the pact."
    res = _resolve(text, "2022-04-19")
    a = _at(res, "Manasseh Sogavare")
    assert text[a.start:a.end] == "prime minister Manasseh Sogavare" and a.states == ("SLB",)


def test_a_sentence_opening_pronoun_continues_the_previous_subject():
    res = _resolve("Israeli Prime Minister Benjamin Netanyahu, who has called Trump's decision historic, urged leaders "
                   "to follow the US. He also thanked Guatemala and Paraguay.", "2018-05-14")
    assert _at(res, "He").states == ("ISR",)


def test_a_ministry_without_its_state_is_the_previous_subjects():
    res = _resolve("Japan protested to China on Monday. The Foreign Ministry said it lodged a strong protest.",
                   "2013-01-08")
    assert _at(res, "The Foreign Ministry").states == ("JPN",) and _at(res, "it").states == ("JPN",)


def test_an_ethnic_group_is_not_its_namesake_state():
    res = _resolve("Mitrovica is divided between Kosovo Serbs and ethnic Albanians. Kosovo's ethnic Albanian "
                   "authorities disagreed.", "2022-12-27")
    assert "ALB" not in mentioned_states(res)


def test_the_government_mid_sentence_is_the_subjects():
    res = _resolve("Taiwan protested. On Saturday, the Honduras Foreign Ministry announced the severance of relations "
                   "with Taiwan, noting that the government now recognizes Beijing.", "2023-03-26")
    assert _at(res, "the government").states == ("HND",)


def test_a_possessive_in_a_fronted_phrase_looks_ahead_to_the_subject():
    res = _resolve("Iran protested. In a move that has strained its ties with the US, South Africa will host drills. "
                   "After its troops crossed the border, Russia said it acted in self-defence.", "2023-02-16")
    its = [a for a in res.actors if a.surface == "its"]
    assert [a.states for a in its] == [("ZAF",), ("RUS",)]


def test_a_title_in_apposition_is_not_the_office_holder():
    res = _resolve("Hans Muster, 62, the Swiss foreign minister, condemned the abduction.", "2020-01-01")
    names = {e.name for e in res.entities.values() if e.kind == "person"}
    assert names == {"Hans Muster"} and res.entities["person:hans-muster"].state == "CHE"


def test_we_in_a_quote_is_the_state_of_a_speaker_told_by_a_pronoun():
    res = _resolve('Cuban President Raul Castro spoke on television. "We have agreed to re-establish ties," he said.',
                   "2014-12-18")
    assert _at(res, "We").states == ("CUB",)


def test_we_in_a_quote_of_several_sentences_is_its_speakers():
    text = ("Canada expelled an Indian diplomat. \u201cWe will not tolerate interference,\u201d Foreign Minister "
            "Melanie Joly of Canada said. \u201cSince this was brought to our attention, we have been guided by "
            "principles. The first one is that we will seek the truth.\u201d")
    res = _resolve(text, "2023-09-18")
    wes = [a for a in res.actors if a.surface == "we"]
    assert len(wes) == 2 and all(a.states == ("CAN",) for a in wes)


def test_our_in_a_quote_takes_the_state_a_speaker_gets_from_context():
    res = _resolve("Taiwan protested. \u201cThis violates our sovereignty,\u201d said Capt. Jian-chang Yu of "
                   "Taiwan.", "2022-08-03")
    assert _at(res, "our").states == ("TWN",)


def test_an_official_without_a_stated_nationality_speaking_a_quote_takes_the_dateline_state():
    text = ('SEOUL, Aug. 2 (Yonhap) -- South Korea will remove Japan from its whitelist.\n\n"We will strengthen '
            'export control by excluding Japan from the whitelist," Hong Nam-ki, the minister of economy and '
            'finance, said.')
    res = _resolve(text, "2019-08-02")
    hong = next(e for e in res.entities.values() if e.name == "Hong Nam-ki")
    assert hong.state == "KOR"
    assert _at(res, "We").states == ("KOR",)


def _its(text: str, published: str = "2022-01-01", nth: int = 0, word: str = "its"):
    res = _resolve(text, published)
    hits = [a for a in res.actors if a.surface.lower() == word]
    return hits[nth] if len(hits) > nth else None


@pytest.mark.parametrize("text,word,nth,expected", [
    # the subject, not the object of a preposition; the host of an embassy is never its owner
    ("Saudi Arabia severed ties with Iran in 2016 after the storming of its embassy in Tehran.", "its", 0, "SAU"),
    # the nearest direct object is fine
    ("Australia will take China to the World Trade Organisation over its hefty tariffs on barley.", "its", 0, "CHN"),
    # the possessor of the coordinated phrase
    ("This is due to Rwanda's persistent aggression against the DRC and its support for the M23.", "its", 0, "RWA"),
    # an accused does not act on itself; the accuser is not what it accuses
    ("Somalia announced it has severed diplomatic ties with Kenya, accusing it of interfering.", "it", 1, "KEN"),
    ("Burundi accused Rwanda of supporting rebels who carried out attacks on its soil.", "its", 0, "BDI"),
    # "its neighbour" is the other state
    ("Burundi said it had closed the border with Rwanda, two weeks after accusing its neighbour of supporting "
     "rebels.", "its", 0, "RWA"),
])
def test_it_and_its_take_the_salient_antecedent(text, word, nth, expected):
    a = _its(text, word=word, nth=nth)
    assert a is not None and a.states == (expected,)


def test_it_can_be_an_organisation():
    a = _its("NATO held an extraordinary meeting at Turkey's request. Its Secretary-General said the jet had "
             "entered Turkish airspace.", "2015-11-26", word="its")
    assert a is not None and a.ids == ("org:north-atlantic-treaty-organization",)
    a = _its("The European Union imposed sanctions on Wagner in December, accusing it of fomenting violence.",
             "2022-01-31", word="it")
    assert a is not None and a.ids[0].startswith("group:")


def test_it_as_the_object_of_a_verb_of_judging_is_a_thing():
    assert _its("Israel bombed the consulate. Russia condemned it as a violation of international law.",
                word="it") is None
    # ... but the subject of a clause such a verb introduces is an actor
    a = _its("Somalia announced it has severed diplomatic ties with Kenya.", word="it")
    assert a is not None and a.states == ("SOM",)


def test_expletive_it_is_no_actor():
    assert _its("Kenya will lead the force. It would mark the first time a force is deployed to Haiti.",
                word="it") is None
    assert _its("Renewing sanctions would make it much harder for Iran to sell its oil.", word="it") is None
    assert _its("Britain expelled 23 Russian diplomats, the biggest expulsion of its kind for 30 years.") is None


def test_the_north_with_an_adjective():
    res = _resolve("Moon and Kim met in Panmunjom. North Korea had been isolated. The summit came months after the "
                   "nuclear-armed North carried out its sixth atomic blast.", "2018-04-28")
    assert _at(res, "the North").states == ("PRK",)


def test_the_government_is_not_a_state_its_sentence_names_after_it():
    res = _resolve("Australia will take China to the WTO. Beijing slapped tariffs on Australian barley. Both claims "
                   "have been denied by the Federal Government, which has urged China to come to the table.",
                   "2020-12-16")
    assert _at(res, "the Federal Government").states == ("AUS",)


def test_their_country_is_the_state_of_the_people_named_before():
    res = _resolve("Serbia and Kosovo clashed. Many Serbians see Kosovo as their country's birthplace and do not "
                   "recognise its sovereignty.", "2022-12-27")
    assert _at(res, "their country").states == ("SRB",)
    assert _at(res, "its").states == ("XKX",)


def test_a_capital_before_a_comma_gives_no_state_to_the_next_title():
    res = _resolve("The Council of Ministers has adopted a ban on the entry into Polish airspace of the Belarusian "
                   "aircraft as part of sanctions imposed on Minsk, government spokesman Piotr Muller announced.",
                   "2021-05-26")
    assert _person(res, "Piotr Muller").state != "BLR"


def test_a_navy_ship_prefix_stands_for_its_state():
    res = _resolve("On Thursday, the USS Boxer downed an Iranian drone. Chinese vessels blocked the BRP Sierra Madre.",
                   "2019-07-19")
    assert _at(res, "USS").states == ("USA",) and _at(res, "BRP").states == ("PHL",)


def test_a_role_description_refers_to_the_person_named_with_that_role():
    text = ("France's ambassador to Niger Sylvain Itte is still in the country, French President Emmanuel Macron "
            "confirmed on Monday. The envoy listened to the president's address from Niamey. He was ordered to leave "
            "the country last Friday.")
    res = _resolve(text, "2023-08-28")
    assert _at(res, "The envoy").ids == ("person:sylvain-itte",)
    assert _at(res, "He").ids == ("person:sylvain-itte",)


@pytest.mark.parametrize("text,nth,word,pid", [
    # the subject of the sentence, in a clause hung on it after a more recent object
    ("Former Bolivian President Evo Morales arrived in Mexico. A somber Morales thanked Mexican President Andres "
     "Manuel Lopez Obrador, asserting that Mexico had saved his life.", 0, "his", "person:evo-morales"),
    ("Chinese President Xi Jinping landed in Moscow. Xi will hold a summit with his Russian counterpart Vladimir "
     "Putin as he eyes a new momentum.", 0, "he", "person:xi-jinping"),
    # an object pronoun is not the subject of its own verb
    ("Chinese President Xi Jinping landed in Moscow. After his arrival, Deputy Prime Minister Dmitry Chernyshenko "
     "welcomed him on a red carpet.", 0, "him", "person:xi-jinping"),
    ("Venezuelan President Nicolas Maduro was not able to attend because Colombian President Ivan Duque had banned "
     "him from entering the country.", 0, "him", "person:nicolas-maduro"),
])
def test_he_and_him_inside_a_sentence(text, nth, word, pid):
    res = _resolve(text, "2023-03-20")
    hits = [a for a in res.actors if a.surface == word]
    assert len(hits) > nth and hits[nth].ids == (pid,)


def test_mrs_may_and_gender_of_pronouns():
    text = ("British Prime Minister Theresa May expelled 23 diplomats. Mrs May said Russia had failed to explain the "
            "attack on Mr Skripal and his daughter. She said Russia was culpable.")
    res = _resolve(text, "2018-03-14")
    assert _at(res, "Mrs May").ids == ("person:theresa-may",)
    assert _at(res, "She").ids == ("person:theresa-may",)
    assert not [a for a in res.actors if a.surface == "his"]     # not May: Skripal is no actor


def test_a_quotation_over_paragraphs_has_its_speakers_state():
    text = ('British Prime Minister Theresa May spoke to MPs.\n\nShe said: "There is no alternative conclusion than '
            'that the Russian state was culpable.\n\n"This represents an unlawful use of force against us."')
    res = _resolve(text, "2018-03-14")
    assert 2 in res.quote_speakers or any(v.ids == ("person:theresa-may",) for v in res.quote_speakers.values())
    assert _at(res, "us").states == ("GBR",)


def test_a_surname_the_text_gives_in_full_is_not_an_office_holder_of_the_tables():
    text = ("China's defence ministry said it had protested to Japanese and US diplomats. The ministry lodged "
            "representations with the US military attache in Beijing, spokesman Yang Yujun was quoted as saying. "
            "Yang said China was determined.")
    res = _resolve(text, "2013-11-25")
    assert _at(res, "Yang").ids == ("person:yang-yujun",)
    assert "person:yang-jiechi" not in res.entities
    assert res.entities["person:yang-yujun"].state != "USA"     # the other party of 'with' is not his state
    assert _at(res, "The ministry").states == ("CHN",)


def test_its_embassy_in_the_subjects_own_country_is_the_other_states():
    res = _resolve("The Foreign Ministry of Russia said it would respond. Germany declared diplomats in its embassy in "
                   "Germany persona non grata.", "2022-04-07")
    assert _at(res, "its").states == ("RUS",)


def test_a_private_person_before_and_his_owns_the_pronoun():
    res = _resolve("Russian Foreign Minister Sergei Lavrov vowed to respond. Dozens of diplomats were expelled over the "
                   "poisoning of ex-Russian spy Sergei Skripal and his daughter Yulia.", "2018-03-27")
    assert not [a for a in res.actors if a.surface == "his"]


def test_a_region_of_a_state_and_a_topic_are_no_parties():
    text = ("External Affairs Minister K Natwar Singh held talks with his Pakistani counterpart Khurshid Mahmud Kasuri "
            "in Qingdao, east China, on Monday. Officials from both sides were present. The top diplomats discussed "
            "North Korean issues.")
    res = _resolve(text, "2004-06-21")
    assert set(_at(res, "both sides").states) == {"IND", "PAK"}
    assert _at(res, "China").location and _at(res, "North Korean").location


def test_an_unnamed_official_and_it_after_what():
    text = ("Pakistani troops killed two Indian soldiers, the Indian army said. In Islamabad, a Pakistan military "
            "spokesman denied what he called an Indian allegation of unprovoked firing. On Sunday, Pakistan said "
            "Indian troops had stormed a military post. It lodged a formal protest with India on Monday over what it "
            "called an unprovoked attack.")
    res = _resolve(text, "2013-01-09")
    assert _at(res, "he").states == ("PAK",)
    its = [a for a in res.actors if a.surface == "it"]
    assert its and its[-1].states == ("PAK",)


def test_a_pronoun_after_said_is_not_the_speaker():
    res = _resolve("US and South Korean officials have said he was killed by agents of the North Korean regime.",
                   "2017-03-05")
    assert res.speakers[0].form != "pronoun"
