"""The common event classes of international news fire in their usual surface forms.

Each class is checked on wire-news sentences written for this test (active, passive, nominal,
participle, infinitive, reported speech), with other states, names and tenses than the gold sets,
and on near-misses of the same words that must not fire.
"""

from __future__ import annotations

import pytest
from extract_support import state_events


def _events(text: str, published: str = "2021-06-15") -> list[tuple[str, str | None, str | None]]:
    return state_events(text, published)


def _found(evs, root: str, src: str, tgt: str, sym: bool = False) -> bool:
    return any(c.startswith(root) and ((s, t) == (src, tgt) or sym and (s, t) == (tgt, src)) for c, s, t in evs)


DIPLOMATIC = [
    # recall an envoy (161): active, reported, infinitive, nominal, passive
    ("France recalled its ambassador to Italy for consultations on Thursday.", "16", "FRA", "ITA"),
    ("The Netherlands said it had recalled its ambassador from Ankara.", "16", "NLD", "TUR"),
    ("Poland decided to recall its charge d'affaires from Minsk.", "16", "POL", "BLR"),
    ("Paris announced the recall of its ambassadors to Washington and Canberra.", "16", "FRA", "USA"),
    ("Ghana's ambassador to Nigeria was recalled for consultations on Monday.", "16", "GHA", "NGA"),
    ("Colombia called its ambassador in Israel home for consultations.", "16", "COL", "ISR"),
    # summon (114)
    ("Germany summoned the Russian ambassador on Friday over the cyber attack.", "11", "DEU", "RUS"),
    ("Turkey summons Swedish ambassador over Koran burning.", "11", "TUR", "SWE"),
    ("Israel's charge d'affaires in Warsaw was summoned by the Polish foreign ministry.", "11", "POL", "ISR"),
    # expel, persona non grata, hours to leave (166)
    ("Russia expelled two Lithuanian diplomats on Wednesday.", "16", "RUS", "LTU"),
    ("Iran gave four Azerbaijani diplomats 48 hours to leave the country.", "16", "IRN", "AZE"),
    ("Lithuania declared China's charge d'affaires persona non grata.", "16", "LTU", "CHN"),
    ("Two Ghanaian diplomats were expelled from Nigeria on Tuesday.", "16", "NGA", "GHA"),
    ("Britain decided to expel 23 Russian diplomats over the poisoning.", "16", "GBR", "RUS"),
    ("Ecuador ordered the German ambassador out of the country.", "16", "ECU", "DEU"),
    # close an embassy or consulate (161)
    ("Azerbaijan closed its embassy in Tehran after the attack.", "16", "AZE", "IRN"),
    ("China ordered the US consulate in Chengdu to close.", "16", "CHN", "USA"),
    ("Lithuania decided to close Russia's consulate in Klaipeda.", "16", "LTU", "RUS"),
    # sever / restore ties
    ("Bolivia severed relations with Israel on Tuesday.", "16", "BOL", "ISR"),
    ("Algeria announced it was severing ties with Morocco.", "16", "DZA", "MAR"),
    ("Qatar's relations with Saudi Arabia were severed in 2017.", "16", "QAT", "SAU"),
    ("Saudi Arabia's ties with Iran were cut in 2016.", "16", "SAU", "IRN"),
    ("Qatar restored diplomatic ties with Saudi Arabia on Tuesday.", "05", "QAT", "SAU"),
    ("The UAE said it would return its ambassador to Tehran.", "05", "ARE", "IRN"),
    ("Jordan's relations with Qatar were restored after four years.", "05", "JOR", "QAT"),
    ("Egypt's diplomatic ties with Turkey have been restored.", "05", "EGY", "TUR"),
    # send an envoy
    ("Japan dispatched a senior diplomat to Seoul to ease tensions.", "04", "JPN", "KOR"),
]

COERCION = [
    ("Iran detained ten American sailors on Tuesday.", "17", "IRN", "USA"),
    ("China has arrested two Canadian citizens on spying charges.", "17", "CHN", "CAN"),
    ("A French tourist was arrested in Tehran in 2016.", "17", "IRN", "FRA"),
    ("Egypt's arrest of the Italian student drew protests from Rome.", "17", "EGY", "ITA"),
    ("Iran released the ten American sailors on Wednesday.", "08", "IRN", "USA"),
    ("China freed the two Canadians after nearly three years.", "08", "CHN", "CAN"),
    ("The American student was released by North Korea in June.", "08", "PRK", "USA"),
    ("India handed back the captured Pakistani pilot.", "08", "IND", "PAK"),
    ("Iran seized a British-flagged oil tanker in the Strait of Hormuz.", "17", "IRN", "GBR"),
    ("The British tanker was seized by Iranian forces on Friday.", "17", "IRN", "GBR"),
    ("Iran's seizure of the British tanker escalated the crisis.", "17", "IRN", "GBR"),
    ("A Russian border guard vessel rammed a Ukrainian tugboat.", "19", "RUS", "UKR"),
    ("Chinese coast guard vessels fired water cannon at Philippine boats.", "17", "CHN", "PHL"),
    ("The Philippine boat was hit with water cannon by the Chinese coast guard.", "17", "CHN", "PHL"),
    ("North Korean troops fired on a South Korean guard post.", "19", "PRK", "KOR"),
    ("China banned imports of Australian coal.", "16", "CHN", "AUS"),
    ("India banned 59 Chinese apps including TikTok.", "16", "IND", "CHN"),
    ("Israel barred two US congresswomen from entering the country.", "17", "ISR", "USA"),
    ("Italy denied landing to the Norwegian rescue ship.", "17", "ITA", "NOR"),
    ("The Iranian foreign minister was denied a visa by the United States.", "17", "USA", "IRN"),
    ("The British journalist was barred from entering Russia.", "17", "RUS", "GBR"),
    ("The United States will deploy 3,000 troops to Poland.", "15", "USA", "POL"),
    ("Russia has massed some 100,000 troops near Ukraine's border.", "15", "RUS", "UKR"),
]

VERBAL = [
    ("Iran accused the United States of economic terrorism.", "11", "IRN", "USA"),
    ("Kyiv blamed Moscow for the attack on the power plant.", "11", "UKR", "RUS"),
    ("India said Pakistan was to blame for the attack.", "11", "IND", "PAK"),
    ("Biden called Putin a killer in an interview.", "11", "USA", "RUS"),
    ("Erdogan labelled Israel a terrorist state.", "11", "TUR", "ISR"),
    ("Maduro called the Panamanian president a lackey of Washington.", "11", "VEN", "PAN"),
    ("China described the US sanctions as illegal and unjustified.", "11", "CHN", "USA"),
    ("Egypt slammed Ethiopia's decision to fill the dam.", "11", "EGY", "ETH"),
    ("India has been critical of China's behaviour along the border.", "11", "IND", "CHN"),
    ("Maduro directed his anger against Panama after the vote.", "11", "VEN", "PAN"),
    ("Ethiopia rejected Egypt's demand to halt the filling of the dam.", "12", "ETH", "EGY"),
    ("Ukraine demanded Russia return the captured sailors.", "10", "UKR", "RUS"),
    ("Turkey warned Sweden that it would block its NATO bid.", "13", "TUR", "SWE"),
    ("North Korea threatened to scrap the military agreement with South Korea.", "13", "PRK", "KOR"),
]

COOPERATION = [
    ("India and Pakistan agreed to resume their dialogue.", "03", "IND", "PAK"),
    ("Serbia and Kosovo resumed EU-mediated talks in Brussels.", "04", "SRB", "XKX"),
    ("India and Bangladesh exchanged the instruments of ratification of the agreement.", "05", "IND", "BGD"),
    ("The agreement was signed by Japan and Australia in Tokyo.", "05", "JPN", "AUS"),
    ("Qatar mediated between the United States and the Taliban.", "04", "QAT", "USA"),
    ("Turkey hosted the Russian foreign minister in Antalya.", "04", "TUR", "RUS"),
    ("Scholz spoke by phone with Putin on Friday.", "04", "DEU", "RUS"),
    ("China invited the US defence secretary to Beijing.", "03", "CHN", "USA"),
    ("Zelensky thanked the United States for its support.", "05", "UKR", "USA"),
    ("Blinken expressed his gratitude toward Qatar for its help in the evacuation.", "05", "USA", "QAT"),
    ("The Maldives was among the first countries to receive vaccines from India.", "07", "IND", "MDV"),
    ("Ukraine received more howitzers from the United States.", "07", "USA", "UKR"),
    ("Lebanon appealed to France for help.", "02", "LBN", "FRA"),
]

FORMS = [
    # infinitive, reported, modal and nominal forms of the same classes
    ("The Czech Republic moved to expel 18 Russian diplomats on Saturday.", "16", "CZE", "RUS"),
    ("Nicaragua moved to cut diplomatic ties with Taiwan.", "16", "NIC", "TWN"),
    ("Lithuania was forced to recall its ambassador from Beijing.", "16", "LTU", "CHN"),
    ("Saudi Arabia said it had frozen all new trade with Canada.", "16", "SAU", "CAN"),
    ("Germany announced that it would expel four Russian diplomats.", "16", "DEU", "RUS"),
    ("China confirmed it had detained an American businessman in Shanghai.", "17", "CHN", "USA"),
    ("Two American lawmakers were barred from entering Israel.", "17", "ISR", "USA"),
    ("Britain's decision to expel Russian diplomats angered Moscow.", "16", "GBR", "RUS"),
    ("China's downgrading of relations with Lithuania came in November.", "16", "CHN", "LTU"),
    ("Russia vowed to seize Ukrainian ships in the Black Sea.", "13", "RUS", "UKR"),
    ("Iran vowed to retaliate against Israel for the strike.", "13", "IRN", "ISR"),
    ("Washington pledged to send more air defence systems to Kyiv.", "03", "USA", "UKR"),
    ("Russian troops massed on the border with Ukraine.", "15", "RUS", "UKR"),
    ("Turkish tanks massed near the border with Syria.", "15", "TUR", "SYR"),
    ("Modi is due to visit Japan next week.", "04", "IND", "JPN"),
    ("Israel and the UAE are set to sign a normalisation agreement.", "05", "ISR", "ARE"),
    ("Ethiopia dismissed Egypt's proposal for international mediation.", "12", "ETH", "EGY"),
    ("Japan donated 10 patrol boats to the Philippines.", "07", "JPN", "PHL"),
    ("China gifted three million vaccine doses to Cambodia.", "07", "CHN", "KHM"),
    ("Biden and Xi Jinping held a virtual summit on Monday.", "04", "USA", "CHN"),
    ("Modi held a video call with Xi Jinping.", "04", "IND", "CHN"),
    ("Russia cut gas supplies to Lithuania.", "16", "RUS", "LTU"),
    ("North Korea walked out of talks with the United States in Stockholm.", "16", "PRK", "USA"),
    ("Israel recognised Morocco's sovereignty over Western Sahara.", "05", "ISR", "MAR"),
    ("The United States added 33 Chinese companies to its entity list.", "16", "USA", "CHN"),
    ("Beijing placed two American defence firms on its unreliable entity list.", "16", "CHN", "USA"),
    ("China suspended group tours to South Korea.", "16", "CHN", "KOR"),
    ("Russian hackers attacked Ukrainian government websites.", "17", "RUS", "UKR"),
    ("Britain said Russia was behind the cyber attack.", "11", "GBR", "RUS"),
    ("India said Pakistan was behind the attack in Pulwama.", "11", "IND", "PAK"),
    ("Turkish hackers defaced nearly 3,000 Danish web sites.", "17", "TUR", "DNK"),
    ("Israel and Bahrain agreed to establish full diplomatic relations.", "05", "ISR", "BHR"),
    ("Qatar and the UAE agreed to exchange ambassadors.", "05", "QAT", "ARE"),
    ("Pakistanis rallied against France in Karachi on Friday.", "14", "PAK", "FRA"),
    ("India remains firmly opposed to China's belt and road project in Kashmir.", "11", "IND", "CHN"),
    ("Turkey is holding a German journalist without charge.", "17", "TUR", "DEU"),
    ("North Korea has been holding the American student since January.", "17", "PRK", "USA"),
    ("China cautioned the United States against sending warships into the strait.", "13", "CHN", "USA"),
    ("Iran insisted that the United States lift all sanctions first.", "10", "IRN", "USA"),
    ("Macron toured India for four days in March.", "04", "FRA", "IND"),
    ("Beijing followed through on its promise to retaliate against the United States.", "13", "CHN", "USA"),
    ("Iran's vow to avenge the general's killing worried Israel.", "13", "IRN", "ISR"),
    ("France kept its promise to help Mali.", "03", "FRA", "MLI"),
    ("Russian forces seized the Ukrainian capital of the region in March.", "19", "RUS", "UKR"),
    ("Japan demanded that the Chinese ships swiftly leave its waters.", "10", "JPN", "CHN"),
    ("Manila told the Chinese vessels to leave the shoal.", "10", "PHL", "CHN"),
    ("India said it had carried out surgical strikes on militant launch pads in Pakistan.", "19", "IND", "PAK"),
    ("India will deliver a proportionate response to Pakistan for the killings.", "13", "IND", "PAK"),
    ("Pakistan thanked the government and people of the UAE for the assistance.", "05", "PAK", "ARE"),
    ("The United States announced an additional 30 million dollars in assistance for the people of Pakistan.", "07", "USA", "PAK"),
    ("France sent a chartered plane to Colombo with about 100 doctors and rescue specialists.", "07", "FRA", "LKA"),
    ("North Korea fired a ballistic missile over Japan on Tuesday, Japanese officials said.", "15", "PRK", "JPN"),
    ("Iran launched drones and missiles on Israel overnight.", "19", "IRN", "ISR"),
    ("China lifted its ban on Australian coal imports.", "08", "CHN", "AUS"),
    ("The lifting of China's ban on Australian coal imports came in January.", "08", "CHN", "AUS"),
    ("China imposed a ban on Australian coal imports in 2020.", "16", "CHN", "AUS"),
    ("Washington unfroze $6 billion in Iranian assets.", "08", "USA", "IRN"),
    ("India restored visa services for Bangladeshi citizens.", "06", "IND", "BGD"),
    ("China agreed to buy more bananas from the Philippines.", "06", "CHN", "PHL"),
    ("China said the US sanctions were illegal and unjustified.", "11", "CHN", "USA"),
    ("Russia said the Dutch decision was unacceptable.", "11", "RUS", "NLD"),
    ("Beijing hit back at Washington over the tariffs.", "11", "CHN", "USA"),
    ("China hit back with tariffs on American soybeans.", "16", "CHN", "USA"),
    ("France's call for Iran to release the detained citizens went unanswered.", "02", "FRA", "IRN"),
    ("China's demand that Japan apologise was rejected.", "10", "CHN", "JPN"),
    ("The United States declared 35 Russian officials from the Russian Embassy in Washington and the Russian "
     "Consulate in San Francisco \"persona non grata\".", "16", "USA", "RUS"),
    ("The 35 Russian officials and their families were given 72 hours to leave the United States.", "16", "USA", "RUS"),
    ("Two Ghanaian diplomats were ordered to leave Nigeria within 48 hours.", "16", "NGA", "GHA"),
    ("The Dutch ambassador to Russia was declared persona non grata.", "16", "RUS", "NLD"),
    ("Chinese firms were added to the US entity list.", "16", "USA", "CHN"),
    ("South Korea was removed from Japan's whitelist.", "16", "JPN", "KOR"),
    ("Russian banks were cut off from SWIFT by the United States.", "16", "USA", "RUS"),
    ("The United States cut seven Russian banks off from SWIFT.", "16", "USA", "RUS"),
    ("Russia was hit with new sanctions by Britain on Monday.", "16", "GBR", "RUS"),
    ("India bought 36 fighter jets from France.", "07", "FRA", "IND"),
    ("Poland ordered 250 Abrams tanks from the United States.", "07", "USA", "POL"),
    ("South Koreans rallied against Japan.", "14", "KOR", "JPN"),
    ("Chinese protesters took to the streets to denounce Japan.", "14", "CHN", "JPN"),
    ("Armenians demonstrated outside the Turkish consulate in Los Angeles.", "14", "ARM", "TUR"),
]

NEAR_MISSES = [
    ("The ambassador recalled his first posting in Nairobi with affection.", "16"),
    ("The president summoned his cabinet for an emergency meeting.", "11"),
    ("The club expelled two members for misconduct.", "16"),
    ("Students were expelled from the school after the protest.", "16"),
    ("The shop closed its doors in Tehran.", "16"),
    ("The company cut ties with its supplier in March.", "16"),
    ("Power lines were cut in the storm.", "16"),
    ("The power company restored electricity to Kyiv.", "05"),
    ("The company holds a majority stake in the bank.", "17"),
    ("The report was released on Monday.", "08"),
    ("The report was released by the Chinese statistics office on Monday.", "08"),
    ("The team fired its coach after the defeat.", "19"),
    ("The council banned smoking in bars.", "16"),
    ("The company deployed new software across its offices.", "15"),
    ("The company called the meeting a success.", "11"),
    ("Analysts described the economy as fragile.", "11"),
    ("Police accused the man of theft.", "11"),
    ("Forecasters warned of heavy rain in the region.", "13"),
    ("The committee met on Tuesday to discuss the budget.", "04"),
    ("The coach thanked the fans after the match.", "05"),
    ("A bomb exploded near the embassy in Kabul.", "1712"),
    ("The tanker collided with a ferry off Singapore.", "19"),
    ("The two leaders agreed to hold regular meetings and direct telephone conversations.", "11"),
    ("Talks among the ministers ended with no deal.", "16"),
    ("Mr Kordahi said the Houthis had forced the internationally recognised government into exile.", "05"),
    ("The minister urged Italy to return to friendly relations.", "1053"),
    ("Russia said it had detained 24 Ukrainian sailors in the Kerch Strait.", "173"),
    ("The company moved to expel the rebel shareholders.", "16"),
    ("The police were barred from entering the stadium.", "17"),
    ("The company pledged to send more software updates to its clients.", "03"),
    ("Fans massed at the gates of the stadium.", "15"),
    ("The billionaire donated his fortune to charity.", "07"),
    ("She donated the painting to the museum in Paris.", "07"),
    ("Fans gathered outside the stadium in Madrid.", "14"),
    ("The coach praised his players after the match.", "05"),
    ("Mr Kordahi said the Houthis had forced the internationally recognised government of Yemen into exile.", "05"),
    ("Police said a local gang was behind the attack.", "11"),
    ("The striker was behind the attack on the goal.", "11"),
    ("The company suspended tours of its factory.", "16"),
    ("Hackers attacked the bank's servers in London.", "17"),
    ("Rwanda rebuffed Congo's accusations of backing the M23.", "05"),
    ("He added three new songs to his playlist.", "16"),
    ("The two companies agreed to establish a joint venture in Shanghai.", "03"),
    ("The two clubs agreed to exchange players.", "03"),
    ("The senator is opposed to the new tax bill.", "11"),
    ("Thousands demonstrated against the new pension law in Paris.", "14"),
    ("Japan is holding the G7 summit in Hiroshima.", "17"),
    ("France is holding the EU presidency this year.", "17"),
    ("The minister held a Chinese passport.", "17"),
    ("China held the Japanese to a draw in the final.", "17"),
    ("The EU held the Chinese government responsible for the attack.", "17"),
    ("Iran insisted that its nuclear programme is peaceful.", "10"),
    ("The minister warned against sending more warships to the region.", "15"),
    ("Tourists toured the old city on Monday.", "04"),
    ("Doctors cautioned patients against eating too much salt.", "13"),
    ("India is honoured to be a partner in meeting the healthcare needs of the global community.", "04"),
    ("Rubio hosted leaders of Hong Kong's protest movement in Washington.", "14"),
    ("The captain told the ships' crews that they could leave port on Monday.", "10"),
    ("Workers carried out a strike at the car plant in Detroit.", "19"),
    ("The company will give a strong response to the market in its next report.", "13"),
    ("The hospital announced 2 million dollars in new funding for research.", "07"),
    ("The city sent doctors to the stadium after the accident.", "07"),
    ("He thanked the people of his village for their support.", "05"),
    ("North Korea fired a ballistic missile over Japan on Tuesday, Japanese officials said.", "19"),
    ("The shop bought its fruit from local farmers.", "06"),
    ("China lifted its ban on Australian coal imports.", "16"),
    ("Russia said its losses in the battle were unacceptable.", "11"),
    ("The minister said the price of bread was unacceptable.", "11"),
    ("The striker hit back at his critics with two goals.", "11"),
    ("The fans were asked to leave the stadium in Madrid.", "16"),
    ("Residents of the town were told to leave Ukraine's border areas.", "16"),
    ("The player was removed from the team's list of starters.", "16"),
    ("The song was added to the playlist on Monday.", "16"),
    ("Thousands of workers rallied in Paris against the pension reform.", "14"),
    ("Farmers took to the streets to protest against fuel prices.", "14"),
]


@pytest.mark.parametrize("text,root,src,tgt", DIPLOMATIC + COERCION + VERBAL + COOPERATION + FORMS)
def test_common_class_fires_in_its_surface_forms(text, root, src, tgt):
    evs = _events(text)
    assert _found(evs, root, src, tgt, sym=root in ("03", "04", "05")), evs


@pytest.mark.parametrize("text,forbidden", NEAR_MISSES)
def test_near_miss_does_not_fire(text, forbidden):
    evs = _events(text)
    if forbidden == "173":      # the detention happened, but Russia detained: never Ukraine -> Russia
        assert not any(c.startswith("173") and (s, t) == ("UKR", "RUS") for c, s, t in evs), evs
        return
    assert not any(c.startswith(forbidden) for c, _s, _t in evs), evs


# Breadth of roots 10-20: each family of wire-news phrasing (one per block) with its own sentences
CRITICISM_IDIOMS = [   # 111: take aim at, rail against, pour scorn on, heap criticism on, take to task, fault
    ("Turkey's president took aim at Sweden over the Koran burning.", "111", "TUR", "SWE"),
    ("Beijing has taken aim at Canberra for its call for an inquiry.", "111", "CHN", "AUS"),
    ("Venezuela's foreign minister railed against Colombia on Monday.", "111", "VEN", "COL"),
    ("Moscow poured scorn on Kyiv's peace plan.", "111", "RUS", "UKR"),
    ("Berlin heaped criticism on Warsaw over the judicial overhaul.", "111", "DEU", "POL"),
    ("The Kenyan president took Uganda to task over the border closures.", "111", "KEN", "UGA"),
    ("Ghana faulted Nigeria for the treatment of its traders.", "111", "GHA", "NGA"),
]
CHARGED_THAT = [       # 112: 'X charged that Y ...'
    ("Mali charged that France had violated its airspace.", "112", "MLI", "FRA"),
    ("Armenia charged that Azerbaijani troops had crossed the border.", "112", "ARM", "AZE"),
    ("Peru charges that Bolivia is sheltering the fugitives.", "112", "PER", "BOL"),
    ("Algeria has charged that Morocco is spying on its officials.", "112", "DZA", "MAR"),
]
BRUSH_ASIDE = [        # 120 a demand or an offer brushed aside; 128 a warning brushed aside; 120 balk at
    ("Serbia waved off Kosovo's proposal for talks.", "120", "SRB", "XKX"),
    ("Israel shrugged off the American request to pause the offensive.", "120", "ISR", "USA"),
    ("Hungary brushed aside Poland's appeal for unity.", "120", "HUN", "POL"),
    ("China balked at Australia's demand for an inquiry.", "120", "CHN", "AUS"),
    ("Caracas brushed aside Washington's warning.", "128", "VEN", "USA"),
    ("Pyongyang waved aside Tokyo's warnings over the launches.", "128", "PRK", "JPN"),
]
THREAT_LIGHT_VERB = [  # 130: issue / renew / repeat / step up a threat to or against
    ("Turkey issued a veiled threat to Greece over the islands.", "130", "TUR", "GRC"),
    ("North Korea renewed its threats against Seoul.", "130", "PRK", "KOR"),
    ("Russia stepped up its threats against Moldova.", "130", "RUS", "MDA"),
    ("Iran has repeated its threat to Israel after the strike.", "130", "IRN", "ISR"),
]
REVOKE_STATUS = [      # 172: revoking a foreigner's accreditation, visa, residency or citizenship
    ("Russia revoked the accreditation of a Dutch journalist.", "172", "RUS", "NLD"),
    ("China stripped three Australian reporters of their press cards.", "172", "CHN", "AUS"),
    ("India cancelled the visa of a French journalist.", "172", "IND", "FRA"),
    ("Bahrain stripped dozens of Qatari citizens of citizenship.", "172", "BHR", "QAT"),
    ("Ethiopia has withdrawn the credentials of a Kenyan correspondent.", "172", "ETH", "KEN"),
]
RULE_OUT = [           # 120: ruling out a ceasefire, a deal, a return
    ("Israel ruled out a ceasefire with Hamas.", "120", "ISR", "PSE"),
    ("Japan ruled out the return of the islands to Russia.", "120", "JPN", "RUS"),
    ("Cyprus ruled out a deal with Turkey.", "120", "CYP", "TUR"),
]
PICKET = [             # 141: picketing a state's embassy
    ("Hundreds of Iranians picketed the Saudi embassy in Tehran.", "141", "IRN", "SAU"),
    ("Activists in Kyiv picketed the Russian embassy on Sunday.", "141", "UKR", "RUS"),
]
SHOW_OF_FORCE = [      # 150: flexing military muscle, a show of force
    ("Beijing flexed its military muscle near Taiwan.", "150", "CHN", "TWN"),
    ("China staged a show of force around Taiwan.", "150", "CHN", "TWN"),
    ("Russia made a show of force near Finland.", "150", "RUS", "FIN"),
]
CONTACTS_AND_TALKS = [  # 160 freezing / breaking off contacts; 164 scrapping or cancelling talks
    ("Morocco froze all contacts with Germany's embassy.", "160", "MAR", "DEU"),
    ("Ukraine broke off contacts with Belarus.", "160", "UKR", "BLR"),
    ("Britain scrapped trade talks with Thailand.", "164", "GBR", "THA"),
    ("India cancelled talks with Pakistan after the attack.", "164", "IND", "PAK"),
]
TRIAL_AND_EXECUTION = [  # 173 put on trial / behind bars; 1823 hanged; 182 stabbed
    ("Russia put an American journalist on trial for espionage.", "173", "RUS", "USA"),
    ("Iran has put a French academic on trial in Tehran.", "173", "IRN", "FRA"),
    ("Egypt put three Canadian activists behind bars.", "173", "EGY", "CAN"),
    ("Iran hanged a British-Iranian dual national.", "1823", "IRN", "GBR"),
    ("A Russian man stabbed a Ukrainian diplomat in Istanbul.", "182", "RUS", "UKR"),
    ("A Chinese diplomat was stabbed by Pakistani gunmen.", "182", "PAK", "CHN"),
]
GROUND_FIGHTING = [    # 190 storming a town or positions, retaking ground from; 194 lobbing mortars
    ("The Turkish army stormed the Syrian town of Afrin.", "190", "TUR", "SYR"),
    ("Russian troops stormed Ukrainian positions near Avdiivka.", "190", "RUS", "UKR"),
    ("Ukraine retook Kherson from Russia.", "190", "UKR", "RUS"),
    ("Azerbaijan recaptured several villages from Armenia.", "190", "AZE", "ARM"),
    ("The Syrian army lobbed mortar shells into Turkey.", "194", "SYR", "TUR"),
]
NOMINAL_FORMS = [      # the noun of the act: rebuke (111), summoning (114), veto (129), refusal (120),
    # deportation (174), bombardment / shooting down (190)
    ("Seoul's rebuke of Tokyo came on Monday.", "111", "KOR", "JPN"),
    ("Beijing issued a sharp reprimand to Canberra.", "111", "CHN", "AUS"),
    ("The summoning of the Russian ambassador by Poland followed the incursion.", "114", "POL", "RUS"),
    ("Hungary's summoning of Ukraine's envoy was announced on Friday.", "114", "HUN", "UKR"),
    ("France's veto of Turkey's accession bid was confirmed.", "129", "FRA", "TUR"),
    ("Israel's refusal of the American request surprised Washington.", "120", "ISR", "USA"),
    ("The deportation of Afghans by Pakistan accelerated.", "174", "PAK", "AFG"),
    ("Israel's bombardment of Gaza continued.", "190", "ISR", "PSE"),
    ("Russia's bombardment of Ukrainian cities intensified.", "190", "RUS", "UKR"),
    ("India's shooting down of a Pakistani jet was confirmed.", "190", "IND", "PAK"),
]
LEGAL_AND_COUNTER = [  # 115 legal action announced; 130 countermeasures prepared; 144 barricades put up (passive)
    ("Algeria will resort to all legal channels against Morocco.", "115", "DZA", "MAR"),
    ("Guyana has launched legal proceedings against Venezuela at the ICJ.", "115", "GUY", "VEN"),
    ("Lithuania will pursue legal action against Belarus at the UN court.", "115", "LTU", "BLR"),
    ("Serbian officials said Belgrade was planning to adopt countermeasures against Croatia.", "130", "SRB", "HRV"),
    ("China is preparing countermeasures against the United States.", "130", "CHN", "USA"),
    ("Russia has drawn up retaliatory measures against Finland.", "130", "RUS", "FIN"),
    ("Vietnam will take self-defense measures against China.", "130", "VNM", "CHN"),
    ("Roadblocks were erected by Serbs near the Kosovo border.", "144", "SRB", "XKX"),
]
REPORTED_ACCUSATIONS = [  # 112 (the speaker accuses): changing the status quo by force, provoking an
    # incident, espionage; 1711 confiscation of an embassy's premises
    ("India said the Chinese side attempted to unilaterally change the status quo.", "112", "IND", "CHN"),
    ("Manila said Beijing was seeking to alter the status quo through coercion.", "112", "PHL", "CHN"),
    ("Russian state media said Poroshenko provoked the maritime incident.", "112", "RUS", "UKR"),
    ("Baku said Armenia had orchestrated the border clash.", "112", "AZE", "ARM"),
    ("Bulgarian prosecutors said the Russians had been engaged in espionage since 2016.", "112", "BGR", "RUS"),
    ("Poland said the Belarusian diplomats were involved in espionage.", "112", "POL", "BLR"),
    ("Algeria condemned the confiscation of the premises of its embassy by Morocco.", "1711", "MAR", "DZA"),
]
HOSTAGES = [           # 181: holding people hostage or captive
    ("Iran held 52 Americans hostage for 444 days.", "181", "IRN", "USA"),
    ("Hamas is holding more than 100 Israelis hostage.", "181", "PSE", "ISR"),
    ("Two French tourists were held captive by Malian militants.", "181", "MLI", "FRA"),
]
FORCE_READINESS_DEFIANCE = [  # 138 ready to use force / hinted at / did not rule out; 128 defy; 120 renege
    ("North Korea said it was ready to use nuclear weapons against South Korea.", "138", "PRK", "KOR"),
    ("Azerbaijan is ready to use military force against Armenia.", "138", "AZE", "ARM"),
    ("Israel hinted at retaliation against Iran.", "138", "ISR", "IRN"),
    ("Russia has not ruled out military action against Moldova.", "138", "RUS", "MDA"),
    ("North Korea defied the United States with another missile launch.", "128", "PRK", "USA"),
    ("Iran reneged on its nuclear deal with the United States.", "120", "IRN", "USA"),
]
POSTURE_AND_RELATIONS = [  # 154 military presence / fortified border; 152 standby, war footing; 190 tanks
    # rolled into; 164 paused talks; 161 downgraded embassy; 163 trade preferences stripped
    ("Russia has increased its military presence along the border with Finland.", "154", "RUS", "FIN"),
    ("Japan bolstered its military presence near Taiwan.", "154", "JPN", "TWN"),
    ("Greece reinforced its border with Turkey.", "154", "GRC", "TUR"),
    ("Turkey put its troops on standby near the Syrian border.", "152", "TUR", "SYR"),
    ("Armenia placed its army on a war footing against Azerbaijan.", "152", "ARM", "AZE"),
    ("Russian tanks rolled into Ukraine on February 24.", "190", "RUS", "UKR"),
    ("Russian troops poured into Georgia in August 2008.", "190", "RUS", "GEO"),
    ("Canada paused trade talks with India.", "164", "CAN", "IND"),
    ("Azerbaijan downgraded its embassy in Tehran to a liaison office.", "161", "AZE", "IRN"),
    ("Washington stripped Turkey of its trade preferences.", "163", "USA", "TUR"),
    ("The US ended India's preferential trade status.", "163", "USA", "IND"),
]
DISAPPROVAL_AND_RESTRICTION = [  # 110 bristle at / take exception to; 172 restricting the movement of a
    # state's diplomats; 1711 confiscating foreigners' passports
    ("Israel bristled at Ireland's recognition of Palestine.", "110", "ISR", "IRL"),
    ("Beijing bristled at Tokyo's remarks on Taiwan.", "110", "CHN", "JPN"),
    ("Kenya took exception to Tanzania's remarks.", "110", "KEN", "TZA"),
    ("India has taken strong exception to Turkey's comments on Kashmir.", "110", "IND", "TUR"),
    ("Russia restricted the movement of US diplomats.", "172", "RUS", "USA"),
    ("China limited the travel of Japanese diplomats in Tibet.", "172", "CHN", "JPN"),
    ("Turkey confiscated the passports of German journalists.", "1711", "TUR", "DEU"),
    ("Iran seized the passports of two French tourists.", "1711", "IRN", "FRA"),
]
WTO_OVER = [           # 115: a WTO complaint 'over' a state's measures names the target
    ("Seoul will file a complaint with the World Trade Organization over Japan's export curbs.", "115", "KOR", "JPN"),
    ("China filed a case at the WTO over US chip curbs.", "115", "CHN", "USA"),
    ("Australia lodged a dispute with the WTO against China.", "115", "AUS", "CHN"),
]
EMBASSY_PROTEST = [    # 141: a protest named by its noun outside a state's embassy
    ("A demonstration outside the Israeli embassy in Amman turned violent.", "141", "JOR", "ISR"),
    ("Hundreds joined a rally at the Russian embassy in Warsaw on Sunday.", "141", "POL", "RUS"),
    ("Iraqis staged a sit-in near the Turkish embassy in Baghdad.", "141", "IRQ", "TUR"),
]
WARNING_IDIOMS = [     # 130 (judg) playing with fire, crossing a red line; 111 (judg) 'a disgrace', 'an insult'
    ("China said the United States was playing with fire over Taiwan.", "130", "CHN", "USA"),
    ("Iran said Israel had crossed a red line with the strike.", "130", "IRN", "ISR"),
    ("Ankara said the French law was a disgrace.", "111", "TUR", "FRA"),
    ("Seoul called the Japanese court ruling a travesty.", "111", "KOR", "JPN"),
    ("Beijing said the American move was an insult to China.", "111", "CHN", "USA"),
]
L2_FAMILIES = (CRITICISM_IDIOMS + CHARGED_THAT + BRUSH_ASIDE + THREAT_LIGHT_VERB + REVOKE_STATUS + RULE_OUT
               + PICKET + SHOW_OF_FORCE + CONTACTS_AND_TALKS + TRIAL_AND_EXECUTION + GROUND_FIGHTING + NOMINAL_FORMS
               + LEGAL_AND_COUNTER + REPORTED_ACCUSATIONS + HOSTAGES
               + FORCE_READINESS_DEFIANCE + POSTURE_AND_RELATIONS
               + DISAPPROVAL_AND_RESTRICTION + WTO_OVER + EMBASSY_PROTEST
               + WARNING_IDIOMS)
L2_NEAR_MISSES = [
    ("The striker took aim at goal but missed.", "11"),
    ("Rain poured on Berlin all weekend.", "11"),
    ("The bank charged that fee to customers in Brazil.", "112"),
    ("He was charged with fraud in Italy.", "112"),
    ("Turkey issued a statement to Greece on the talks.", "13"),
    ("France revoked the law on pensions.", "17"),
    ("The airline cancelled flights to Spain.", "17"),
    ("Trains railed across the plains of Kazakhstan.", "11"),
    ("Supporters stormed the pitch in Manchester.", "19"),
    ("The company retook the lead from its French rival in Germany.", "19"),
    ("The two leaders flexed their muscles at the summit in Paris.", "15"),
    ("He hanged the painting in Berlin.", "18"),
    ("Turkey accused Sweden of stabbing it in the back.", "18"),
    ("The bill was put on trial by voters in France.", "17"),
    ("The rebuke of the coach by fans in Madrid was loud.", "11"),
    ("The veto of the budget by the French senate was expected.", "12"),
    ("The bombardment of the patient with tests in Germany was criticized.", "19"),
    ("The company took legal action against its former manager in Spain.", "115"),
    ("Doctors are preparing measures against the flu in Germany.", "13"),
    ("New barriers were put up around the stadium in Paris.", "144"),
    ("The bank said it would not change the status quo on rates in Brazil.", "112"),
    ("The referee said the French player provoked the incident.", "112"),
    ("The company engaged in industrial espionage against its Japanese rival.", "112"),
    ("The film held audiences captive in Cannes.", "18"),
    ("The team defied the odds in Brazil.", "128"),
    ("The firm backtracked on its pledge to cut prices in France.", "12"),
    ("The coach did not rule out a strike by players in Spain.", "13"),
    ("The bank increased its presence in Asia.", "15"),
    ("Fans poured into the stadium in Madrid.", "19"),
    ("The company paused talks with its unions in Germany.", "16"),
    ("The football club put its players on standby in Italy.", "15"),
    ("The singer bristled at the question in Madrid.", "11"),
    ("The tax rules restricted the movement of capital in Spain.", "17"),
    ("The judge took exception to the lawyer's remarks in Paris.", "11"),
    ("A rally at the French embassy's garden party in London was cancelled.", "14"),
    ("The coach said the players were playing with fire in the league.", "13"),
    ("The referee said the goal was a disgrace.", "11"),
    ("The runner crossed the red line first in Rome.", "13"),
]


@pytest.mark.parametrize("text,code,src,tgt", L2_FAMILIES)
def test_l2_family_fires_with_its_code(text, code, src, tgt):
    evs = _events(text)
    assert any(c.startswith(code) and (s, t) == (src, tgt) for c, s, t in evs), evs


@pytest.mark.parametrize("text,forbidden", L2_NEAR_MISSES)
def test_l2_near_miss_does_not_fire(text, forbidden):
    evs = _events(text)
    assert not any(c.startswith(forbidden) for c, _s, _t in evs), evs
