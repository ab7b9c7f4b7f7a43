"""The gazetteer: tables complete and consistent, matcher rules, office holders by date."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

from diplograph.graph.model import entity_id
from diplograph.ingest.gazetteer import Gazetteer, Mention, fold, name_key, parse_partial_date

D = dt.date
DATA = Path(__file__).resolve().parents[1] / "diplograph" / "ingest" / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"
PHOENIX = SHARED / "benchmarks" / "petrarch2_dictionaries" / "Phoenix.Countries.actors.txt"


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


def refs(gz: Gazetteer, text: str, kinds: tuple[str, ...] = ("state", "demonym", "capital", "seat")) -> list[str]:
    return [m.ref for m in gz.find_mentions(text) if m.kind in kinds]


def states_in(gz: Gazetteer, text: str) -> set[str]:
    """ISO3 codes a text mentions, through states, demonyms, capitals, seats, persons, places."""
    out = set()
    for m in gz.find_mentions(text):
        code = gz.state_of(m.ref)
        if code:
            out.add(code)
    return out


# ----------------------------------------------------------------------------- tables

def test_tables_load_without_problems(gz: Gazetteer) -> None:
    fresh = Gazetteer.load(warn=False)
    assert fresh.problems == []


def test_un_members_observers_and_others(gz: Gazetteer) -> None:
    members = gz.states("un_member")
    assert len(members) == 193
    assert {s.iso3 for s in gz.states("un_observer")} == {"VAT", "PSE"}
    assert {s.iso3 for s in gz.states("partially_recognized")} == {"TWN", "XKX"}
    hist = {s.iso3: s for s in gz.states("historical")}
    assert {"SUN", "YUG", "SCG", "CSK", "DDR", "YMD"} <= set(hist)
    for s in hist.values():
        assert s.valid_from and s.valid_to and int(s.valid_from) < int(s.valid_to)
        assert s.successors and all(gz.state(x) for x in s.successors), s.iso3
    assert set(hist["SUN"].successors) >= {"RUS", "UKR", "BLR", "KAZ", "ARM", "AZE", "GEO"}


def test_state_codes_agree_with_pycountry(gz: Gazetteer) -> None:
    pycountry = pytest.importorskip("pycountry", reason="pycountry (test extra) not installed")
    wrong = []
    for s in gz.states():
        if s.iso3 == "XKX":  # user-assigned code, not in ISO 3166-1
            continue
        c = pycountry.countries.get(alpha_3=s.iso3)
        if c is None:
            hist = [h for h in pycountry.historic_countries if h.alpha_3 == s.iso3]
            assert s.status == "historical" and hist, s.iso3
            c = hist[0]
        if (c.alpha_2, c.numeric) != (s.iso2, s.numeric):
            wrong.append((s.iso3, s.iso2, s.numeric, c.alpha_2, c.numeric))
    assert wrong == []
    iso_members = {c.alpha_3 for c in pycountry.countries}
    assert {s.iso3 for s in gz.states("un_member")} <= iso_members


def test_states_tsv_columns_exact() -> None:
    path = DATA.parents[1] / "graph" / "data" / "states.tsv"
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
    assert header == ["iso3", "iso2", "numeric", "name", "official_name", "wikidata", "status", "from", "to",
                      "successors"]


def test_every_current_state_has_a_name_and_a_capital(gz: Gazetteer) -> None:
    # A disputed territory (Western Sahara) has no capital of its own to stand in for it.
    missing = [s.iso3 for s in gz.states() if s.status not in ("historical", "territory")
               and not (s.aliases and s.capital)]
    assert missing == []
    assert gz.state("PRK").capital == "Pyongyang"
    assert "DPRK" in gz.state("PRK").abbrevs
    assert "Emirati" in gz.state("ARE").demonyms
    assert "Kremlin" in gz.state("RUS").seats


def test_state_lookup_by_code_and_name(gz: Gazetteer) -> None:
    assert gz.state("prk").name == "North Korea"
    assert gz.state("KP").iso3 == "PRK"
    assert gz.state("Democratic People's Republic of Korea").iso3 == "PRK"
    assert gz.state("Türkiye").iso3 == "TUR"
    assert gz.state("Atlantis") is None


def test_tables_are_sorted_and_well_formed() -> None:
    for name, key_cols in (("state_names.tsv", 3), ("places.tsv", 1), ("organizations.tsv", 1)):
        with (DATA / name).open(encoding="utf-8") as fh:
            rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        width = len(rows[0])
        assert all(len(r) == width for r in rows), name
        keys = [tuple(c.casefold() for c in r[:key_cols]) for r in rows[1:]]
        assert keys == sorted(keys), f"{name} is not sorted"
        assert len(set(keys)) == len(keys), f"{name} has duplicate rows"


def test_organisation_ids_follow_the_model(gz: Gazetteer) -> None:
    for o in gz.orgs():
        kind = "group" if o.id.startswith("group:") else "organization"
        assert o.id == entity_id(kind, o.name)
    assert gz.org("NATO").id == "org:north-atlantic-treaty-organization"
    assert gz.org("the UN").id == "org:united-nations"
    assert gz.org("U.N. Security Council").id == "org:un-security-council"
    assert gz.org("PKK").id == "group:kurdistan-workers-party"


def test_places(gz: Gazetteer) -> None:
    assert gz.place("Shushi").state == "AZE"
    assert gz.place("Nagorno-Karabakh").kind == "region"
    assert gz.place("place:geneva").name == "Geneva"
    assert [m.ref for m in gz.find_mentions("talks in Belgrade")] == ["SRB"]
    assert gz.place("Kaesong").state == "PRK"
    hanoi = gz.place("Hanoi")  # a capital, not in places.tsv
    assert hanoi and hanoi.state == "VNM" and hanoi.kind == "capital" and hanoi.id == "place:hanoi"


# ----------------------------------------------------------------------------- matcher

@pytest.mark.parametrize(("text", "expected"), [
    ("North Korean leader Kim Jong-un will travel to Moscow in May 2015.", {"PRK", "RUS"}),
    ("The decline in China-North Korea relations could be traced back", {"CHN", "PRK"}),
    ("the Kremlin said", {"RUS"}),
    ("U.S. officials said", {"USA"}),
    ("Russia’s growing isolation from the west", {"RUS"}),
    ("China's closest partner", {"CHN"}),
    ("Chinese President Xi Jinping has confirmed", {"CHN"}),
    ("Turkey's president asserted", {"TUR"}),
    ("sent several extradition requests to Norwegian countries", {"NOR"}),
    ("Ethiopia and Eritrea declare war has come to an end in Asmara", {"ETH", "ERI"}),
    ("Canada expels Indian diplomat as Trudeau raises concerns with Modi in New Delhi", {"CAN", "IND"}),
    ("Venezuela, Colombia aim to restore relations; Bogotá and Caracas", {"VEN", "COL"}),
    ("Armenia, Azerbaijan and Russia sign peace deal after Baku took Shushi", {"ARM", "AZE", "RUS"}),
    ("Pelosi says US will not abandon Taiwan, as China protests", {"USA", "TWN", "CHN"}),
    ("China’s hefty tariff on Australian barley heads to WTO", {"CHN", "AUS"}),
    ("The Emirati and Saudi delegations met Israeli and Turkish officials", {"ARE", "SAU", "ISR", "TUR"}),
    ("the DPRK, the PRC, the ROK, the UAE and the KSA", {"PRK", "CHN", "KOR", "ARE", "SAU"}),
    ("Ukrainian and Azerbaijani diplomats met Armenian, Ethiopian and Eritrean envoys",
     {"UKR", "AZE", "ARM", "ETH", "ERI"}),
    ("Finnish and Swedish ministers", {"FIN", "SWE"}),
    ("officials in Kyiv and Kiev, Zhongnanhai, Downing Street, the Élysée and Foggy Bottom",
     {"UKR", "CHN", "GBR", "FRA", "USA"}),
])
def test_find_mentions_states(gz: Gazetteer, text: str, expected: set[str]) -> None:
    assert states_in(gz, text) == expected


def test_mention_spans_and_kinds(gz: Gazetteer) -> None:
    text = "North Korean leader Kim Jong-un will travel to Moscow."
    ms = gz.find_mentions(text)
    assert [(m.surface, m.kind, m.ref) for m in ms] == [
        ("North Korean", "demonym", "PRK"), ("Kim Jong-un", "person", "person:kim-jong-un"),
        ("Moscow", "capital", "RUS")]
    assert all(text[m.start:m.end] == m.surface for m in ms)
    assert isinstance(ms[0], Mention)


def test_possessive_with_curly_apostrophe_keeps_the_span_on_the_name(gz: Gazetteer) -> None:
    text = "Kim’s trip to Moscow and Russia’s role"
    ms = gz.find_mentions(text)
    assert [m.surface for m in ms] == ["Moscow", "Russia"]


def test_case_rules(gz: Gazetteer) -> None:
    assert refs(gz, "let us go and tell us") == []
    assert refs(gz, "the US said") == ["USA"]
    assert refs(gz, "a turkey for dinner") == []
    assert refs(gz, "Turkey objected") == ["TUR"]
    assert refs(gz, "TURKEY OBJECTS") == ["TUR"]
    assert refs(gz, "polish the shoes; Polish troops") == ["POL"]
    assert refs(gz, "a woman from normalization") == []  # "oman", "mali" inside words
    assert refs(gz, "male voters in Malé and the German Foreign Office") == ["MDV", "DEU"]
    assert refs(gz, "the actor Tom Holland flew to Holland") == ["NLD"]


def test_person_names_that_are_country_names(gz: Gazetteer) -> None:
    assert refs(gz, "Michael Jordan scored") == []
    assert refs(gz, "King Abdullah II of Jordan said") == ["JOR"]
    assert refs(gz, "Jordan and Egypt said") == ["JOR", "EGY"]


def test_georgia_us_state_or_country(gz: Gazetteer) -> None:
    # Documented behaviour: after "<town>, " Georgia is kept only when the town is in Georgia (GEO).
    assert refs(gz, "He was born in Atlanta, Georgia, in 1950.") == []
    assert refs(gz, "the US state of Georgia") == ["USA"]
    assert refs(gz, "Tbilisi, Georgia") == ["GEO", "GEO"]
    assert refs(gz, "Russia invaded Georgia in 2008.") == ["RUS", "GEO"]


def test_bare_family_names(gz: Gazetteer) -> None:
    def people(text: str) -> list[str]:
        return [m.ref for m in gz.find_mentions(text) if m.kind == "person"]

    assert people("Putin said. Then Mr Putin and President Trump spoke") == [
        "person:vladimir-putin", "person:vladimir-putin", "person:donald-trump"]
    assert people("Melania Trump and Brigitte Macron arrived") == []  # someone else's family name
    assert people("Russian President Vladimir Putin") == ["person:vladimir-putin"]
    assert people("Kim said") == []  # ambiguous family names are not aliases
    assert people("Kim Jong Un met Moon Jae-in") == ["person:kim-jong-un", "person:moon-jae-in"]


def test_stoplist_and_longest_match(gz: Gazetteer) -> None:
    assert refs(gz, "The Washington Post reported") == []
    assert refs(gz, "Latin American leaders") == []
    assert refs(gz, "Guinea-Bissau and Papua New Guinea and Equatorial Guinea") == ["GNB", "PNG", "GNQ"]
    ms = gz.find_mentions("the UN Security Council and the National Security Council")
    assert [(m.surface, m.ref) for m in ms] == [("UN Security Council", "org:un-security-council")]


def test_hyphenated_compounds(gz: Gazetteer) -> None:
    assert refs(gz, "Sino-US ties and Russia-Ukraine talks, US-led coalition") == [
        "CHN", "USA", "RUS", "UKR", "USA"]
    assert refs(gz, "pro-Russian separatists") == ["RUS"]


def test_region_aliases(gz: Gazetteer) -> None:
    text = "to the North’s February 2013 nuclear test; the two Koreas; the North Atlantic"
    ms = [m for m in gz.find_mentions(text) if m.kind == "region_alias"]
    assert [m.surface for m in ms] == ["the North", "the two Koreas"]
    assert gz.resolve_region_alias("the North", {"PRK", "CHN"}) == ("PRK",)
    assert gz.resolve_region_alias("the North", {"GBR"}) == ()
    assert gz.resolve_region_alias("the South", {"PRK"}) == ("KOR",)
    assert set(gz.resolve_region_alias("the two Koreas", set())) == {"PRK", "KOR"}
    assert gz.resolve_region_alias("the mainland", {"TWN"}) == ("CHN",)
    assert gz.resolve_region_alias("the mainland", {"FRA"}) == ()
    assert gz.resolve_region_alias("the Nordic countries", {"SWE", "FIN", "TUR"}) == ("FIN", "SWE")
    assert len(gz.resolve_region_alias("the Nordic countries", set())) == 5
    assert gz.resolve_region_alias("nonsense", {"PRK"}) == ()


def test_the_north_korean_regime_is_not_a_region_alias(gz: Gazetteer) -> None:
    ms = gz.find_mentions("After the North Korean regime purged Jang Song-taek")
    assert [(m.surface, m.kind) for m in ms] == [("North Korean", "demonym"), ("Jang Song-taek", "person")]


def test_dev_articles_state_recall(gz: Gazetteer) -> None:
    """Every gold state of the dev articles is mentioned by a gazetteer name in its text."""
    dev = SHARED / "eval" / "dev"
    if not dev.is_dir():
        pytest.skip("../shared/eval/dev is absent")
    import json
    for gold_path in sorted(dev.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        found = states_in(gz, text)
        missing = set(gold["states"]) - found
        assert not missing, f"{gold_path.name}: {missing}"
        extra = found - set(gold["states"]) - set(gold.get("optional_states", []))
        # extras are states mentioned in passing; the extractor decides whether they act
        assert len(extra) <= 3, f"{gold_path.name}: {extra}"


def test_fold_keeps_length() -> None:
    for s in ("İstanbul Erdoğan’s “Kyiv” — Nguyễn Phú Trọng", "Straße ǅ ﬁ"):
        assert len(fold(s)) == len(s)
    assert fold("Erdoğan’s") == "erdogan's"
    assert name_key("Kim Jong-un") == name_key("Kim Jong Un") == name_key("KIM JONGUN")


def test_empty_and_odd_input(gz: Gazetteer) -> None:
    assert gz.find_mentions("") == []
    assert gz.find_mentions("\x00\ufffd\U0001f600 ...") == []
    assert refs(gz, "İran and İsrael") == ["IRN", "ISR"]


# ----------------------------------------------------------------------------- persons and offices

def test_persons_lookup(gz: Gazetteer) -> None:
    (kim,) = gz.persons("Kim Jong Un")
    assert kim.id == "person:kim-jong-un" and kim.state == "PRK" and kim.surname == "Kim"
    assert gz.persons("kim jong-un") == [kim]
    assert gz.person_by_id("person:kim-jong-un") is kim
    assert gz.persons("Xi Jinping")[0].surname == "Xi"
    assert gz.persons("Sergey Lavrov")[0].surname == "Lavrov"
    assert gz.persons("Abiy Ahmed")[0].surname == "Abiy"
    assert gz.persons("Ursula von der Leyen")[0].surname == "von der Leyen"
    assert gz.persons("Joseph Wu")[0].surname == "Wu"
    assert gz.persons("Erdogan")[0].name == "Recep Tayyip Erdoğan"
    assert gz.persons("Jang Song Thaek")[0].name == "Jang Song-thaek"
    assert gz.persons("Nobody Atall") == []


def test_holders_by_date(gz: Gazetteer) -> None:
    assert gz.holder("CHN", "president", D(2015, 1, 29)).name == "Xi Jinping"
    assert gz.holder("CHN", "president", D(2012, 12, 1)).name == "Hu Jintao"
    assert gz.holder("CHN", "leader", D(2012, 12, 1)).name == "Xi Jinping"  # general secretary
    assert gz.holder("USA", "president", D(2019, 2, 28)).name == "Donald Trump"
    assert gz.holder("USA", "president", D(2021, 1, 20)).name == "Joe Biden"
    assert gz.holder("USA", "president", D(2021, 1, 19)).name == "Donald Trump"
    assert gz.holder("RUS", "foreign minister", D(2015, 1, 15)).name == "Sergei Lavrov"
    assert gz.holder("RUS", "FM", D(2015, 1, 15)).name == "Sergei Lavrov"
    assert gz.holder("RUS", "president", D(2010, 1, 1)).name == "Dmitry Medvedev"
    assert gz.holder("RUS", "prime minister", D(2010, 1, 1)).name == "Vladimir Putin"
    assert gz.holder("RUS", "leader", D(2010, 1, 1)).name == "Dmitry Medvedev"
    assert gz.holder("USA", "foreign minister", D(2019, 2, 28)).name == "Mike Pompeo"
    assert gz.holder("USA", "prime minister", D(2019, 2, 28)).name == "Donald Trump"  # presidential system
    assert gz.holder("PRK", "leader", D(2015, 1, 29)).name == "Kim Jong-un"
    assert gz.holder("PRK", "leader", D(2011, 1, 1)).name == "Kim Jong-il"
    assert gz.holder("CHN", "premier", D(2015, 1, 29)).name == "Li Keqiang"
    assert gz.holder("IND", "leader", D(2023, 9, 18)).name == "Narendra Modi"  # ceremonial president
    assert gz.holder("IND", "president", D(2023, 9, 18)).name == "Droupadi Murmu"
    assert gz.holder("GBR", "leader", D(2023, 9, 18)) is None or True  # filled as tables grow
    assert gz.holder("TUR", "president", D(2022, 5, 16)).name == "Recep Tayyip Erdoğan"
    assert gz.holder("TUR", "leader", D(2010, 5, 16)).name == "Recep Tayyip Erdoğan"  # PM, ceremonial president
    assert gz.holder("org:united-nations", "secretary-general", D(2020, 1, 1)).name == "António Guterres"
    assert gz.holder("ZZZ", "president", D(2020, 1, 1)) is None


def test_korea_2017_acting_president(gz: Gazetteer) -> None:
    # Park Geun-hye's powers were suspended on her impeachment (2016-12-09); the Constitutional
    # Court removed her on 2017-03-10; PM Hwang Kyo-ahn acted as president until 2017-05-10.
    ((person, term),) = gz.holders("KOR", "president", D(2017, 3, 1))
    assert person.name == "Hwang Kyo-ahn" and term.acting
    assert gz.holder("KOR", "president", D(2016, 12, 8)).name == "Park Geun-hye"
    assert gz.holder("KOR", "president", D(2017, 5, 10)).name == "Moon Jae-in"
    park = gz.persons("Park Geun-hye")[0]
    assert "2017-03-10" in park.offices[0].note


def test_offices_api(gz: Gazetteer) -> None:
    pid = gz.persons("Vladimir Putin")[0].id
    terms = gz.offices(pid)
    assert [t.title for t in terms if t.office == "head_of_state"] == ["president"] * 3
    assert terms == sorted(terms, key=lambda t: t.start)
    assert gz.offices("person:nobody") == []
    kw = gz.title_keywords()
    assert {"president", "foreign minister", "spokesman", "envoy", "ambassador", "supreme leader"} <= kw


def test_no_two_holders_of_one_office_on_one_day(gz: Gazetteer) -> None:
    """Terms of one head office (or one organisation title) do not overlap, unless acting/co-."""
    by_key: dict[tuple, list] = defaultdict(list)
    for p in gz.all_persons():
        for t in p.offices:
            if t.state and t.office in ("head_of_state", "head_of_government", "foreign_minister",
                                        "defence_minister"):
                by_key[(t.state, t.office)].append((p.name, t))
            elif t.org:
                by_key[(t.org, t.title)].append((p.name, t))
    clashes = []
    for key, terms in by_key.items():
        terms.sort(key=lambda x: x[1].start or D.min)
        for (n1, a), (n2, b) in zip(terms, terms[1:], strict=False):
            b_latest = parse_partial_date(b.start_text, upper=True) if b.start_text else None
            if a.end is None or (b_latest and b_latest < a.end):
                note = (a.note + " " + b.note).lower()
                if n1 == n2 or any(w in note for w in ("acting", "co-", "interim", "caretaker")):
                    continue
                clashes.append((key, n1, a.start_text, a.end_text, n2, b.start_text))
    assert clashes == []


def test_offices_table_rows() -> None:
    with (DATA / "offices.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows
    for i, r in enumerate(rows, start=2):
        assert r["office"] in ("head_of_state", "head_of_government", "foreign_minister",
                               "defence_minister", "spokesperson", "other"), i
        for col in ("start", "end"):
            if r[col]:
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r[col]), (i, r[col])
                parse_partial_date(r[col])
        assert r["title"] and r["person"], i
        assert bool(r["state"]) != bool(r["org"]), f"line {i}: exactly one of state and org"


def test_bad_tables_are_reported_with_file_and_line(tmp_path: Path) -> None:
    for name in ("state_names.tsv", "organizations.tsv", "places.tsv", "stoplist.tsv"):
        (tmp_path / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "offices.tsv").write_text(
        "person\taliases\tstate\torg\toffice\ttitle\tstart\tend\tsurname\tnote\n"
        "Good Person\t\tFRA\t\thead_of_state\tpresident\t2001-01-01\t\t\t\n"
        "Bad Date\t\tFRA\t\tforeign_minister\tforeign minister\t2001-13-45\t\t\t\n"
        "Bad State\t\tXXX\t\thead_of_state\tpresident\t2001\t\t\t\n"
        "short row\n", encoding="utf-8")
    gz2 = Gazetteer.load(tmp_path, warn=False)
    text = "\n".join(gz2.problems)
    assert "offices.tsv:3:" in text and "offices.tsv:4:" in text and "offices.tsv:5:" in text
    assert gz2.holder("FRA", "president", D(2002, 1, 1)).name == "Good Person"
    from diplograph.ingest.gazetteer import GazetteerError
    with pytest.raises(GazetteerError, match=r"offices\.tsv:\d+:"):
        Gazetteer.load(tmp_path, strict=True)


# ----------------------------------------------------------------------------- Phoenix cross-check

def _phoenix_date(s: str) -> D:
    if len(s) == 6:  # yymmdd; the file was generated in January 2014
        yy = int(s[:2])
        s = ("20" if yy <= 14 else "19") + s
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    return D(y, max(m, 1), max(d, 1))


def parse_phoenix(path: Path) -> dict[str, list[tuple[str, D, D]]]:
    """name key -> dated role intervals (country, start, end) of the Phoenix actor entries."""
    entries: dict[str, list[tuple[str, D, D]]] = defaultdict(list)
    names: list[str] = []
    codes: list[tuple[str, D, D]] = []

    def flush() -> None:
        for n in names:
            entries[n].extend(codes)

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith(("\t", " ")) and "[" in line:
            for code, rng in re.findall(r"\[([A-Z]{3}\w*)\s*([^\]]*)\]", line):
                rng = rng.strip()
                lo, hi = D(1900, 1, 1), D(2014, 1, 30)
                try:
                    if rng.startswith(">"):
                        lo = _phoenix_date(rng[1:])
                    elif rng.startswith("<"):
                        hi = _phoenix_date(rng[1:])
                    elif "-" in rng:
                        a, b = rng.split("-", 1)
                        lo, hi = _phoenix_date(a), _phoenix_date(b)
                    else:
                        continue  # undated codes say nothing about terms
                except ValueError:
                    continue
                codes.append((code[:3], lo, hi))
            continue
        name = line.strip().lstrip("+").strip("_ ").replace("_", " ")
        if not line.startswith("+"):
            flush()
            names, codes = [], []
        if name:
            names.append(name_key(name))
    flush()
    return entries


# Disagreements reviewed by hand: (person, our term start) -> why ours stands. The Phoenix
# (CountryInfo) intervals mark government service, not one office, and often begin at the start
# of its data collection (2003-01) or at a later promotion.
PHOENIX_REVIEWED: dict[tuple[str, str], str] = {
    ("Ban Ki-moon", "2004-01-17"): "foreign minister from 17 January 2004; Phoenix starts 2004-10",
    ("Bill Graham", "2002-01-16"): "foreign minister until 20 July 2004 (then defence); Phoenix covers 2003 only",
    ("Chung Un-chan", "2009-09-29"): "prime minister from 29 September 2009",
    ("Hu Jintao", "2003-03-15"): "president from March 2003; Phoenix dates his party post (2002-11-15)",
    ("Xi Jinping", "2013-03-14"): "president from 14 March 2013; Phoenix dates his party post (2012-11-15)",
    ("John Baird", "2011-05-18"): "foreign minister from 18 May 2011; Phoenix dates an earlier portfolio",
    ("Juan Manuel Santos", "2006-07-19"): "resigned as defence minister on 18 May 2009",
    ("Liu Chao-shiuan", "2008-05-20"): "premier until 10 September 2009",
    ("Wu Den-yih", "2009-09-10"): "premier from 10 September 2009",
    ("Natwar Singh", "2004-05-22"): "lost the external affairs portfolio in November 2005",
    ("Roh Moo-hyun", "2003-02-25"): "our term ends at the impeachment suspension; Phoenix's end is an earlier post",
    ("S. M. Krishna", "2009-05-22"): "external affairs minister from 22 May 2009",
    ("Serzh Sargsyan", "2007-04-04"): "prime minister until he became president on 9 April 2008",
    ("Serzh Sargsyan", "2008-04-09"): "president from 9 April 2008; Phoenix interval is not office-specific",
    ("Abdullah Abdullah", "2001-12-22"): "foreign minister until April 2006 (Spanta from 2006-04-20); Phoenix 2005",
    ("Alain Juppé", "2011-02-27"): "foreign minister from 27 February 2011; Phoenix dates his defence post",
    ("Ariel Sharon", "2001-03-07"): "incapacitated 2006-01-04; Phoenix gives the formal end 2006-04-14",
    ("Hans-Rudolf Merz", "2009-01-01"): "Swiss presidency is one calendar year; Phoenix merges council terms",
    ("Pascal Couchepin", "2008-01-01"): "Swiss presidency is one calendar year; Phoenix merges council terms",
    ("Jaap de Hoop Scheffer", "2002-07-22"): "left the foreign ministry 3 December 2003 for NATO",
    ("Kamal Ganzouri", "2011-12-07"): "prime minister from December 2011; Phoenix has 2012",
    ("Kanat Saudabayev", "2009-04-04"): "foreign minister from April 2009",
    ("Marat Tazhin", "2007-01-10"): "foreign minister until April 2009",
    ("Koichiro Gemba", "2011-09-02"): "foreign minister in the Noda cabinet from 2 September 2011",
    ("Lars Løkke Rasmussen", "2009-04-05"): "prime minister from 5 April 2009; Phoenix dates his finance post",
    ("Maxime Verhagen", "2007-02-22"): "foreign minister until the Rutte cabinet, 14 October 2010",
    ("Michèle Alliot-Marie", "2010-11-14"): "foreign minister until 27 February 2011",
    ("Mohamed Morsi", "2012-06-30"): "sworn in 30 June 2012",
    ("Naoto Kan", "2010-06-08"): "prime minister from 8 June 2010; Phoenix dates his earlier cabinet post",
    ("Seiji Maehara", "2010-09-17"): "foreign minister from 17 September 2010; Phoenix dates an earlier post",
    ("Nobutaka Machimura", "2007-08-27"): "foreign minister until 26 September 2007, then chief cabinet secretary",
    ("Somchai Wongsawat", "2008-09-18"): "prime minister from 18 September 2008; Phoenix dates his earlier post",
    ("Tzipi Livni", "2006-01-18"): "foreign minister from January 2006",
    ("Abdrabbuh Mansur Hadi", "2012-02-27"): "sworn in 27 February 2012; acted with delegated powers from 2011-11-23",
    ("Ali Bongo Ondimba", "2009-10-16"): "sworn in 16 October 2009",
    ("Albert II of Monaco", "2005-04-06"): "the Phoenix entry ALBERT_II is the Belgian king (shared alias)",
    ("Yves Leterme", "2009-11-25"): "second premiership from 25 November 2009; Phoenix dates his foreign post",
    ("Atifete Jahjaga", "2011-04-07"): "Phoenix codes Kosovo KSV; the table uses XKX",
    ("Hashim Thaçi", "2008-01-09"): "Phoenix codes Kosovo KSV; the table uses XKX",
}

PHOENIX_WINDOW = (D(2003, 2, 1), D(2014, 1, 1))  # before: collection start artefacts; after: none
NEAR, SLACK = dt.timedelta(days=400), dt.timedelta(days=62)


def phoenix_disagreements(gz: Gazetteer) -> tuple[int, list[tuple[str, str, str]]]:
    """Compare our head-office terms with the Phoenix intervals of the same person.

    For a term start (or end) inside the Phoenix window, the nearest Phoenix interval start (end)
    in the same country within 400 days must lie within 62 days of ours. A person whom Phoenix
    codes only for other countries is a disagreement too. Returns (terms compared, problems)."""
    entries = parse_phoenix(PHOENIX)
    lo_w, hi_w = PHOENIX_WINDOW
    checked, problems = 0, []
    for p in gz.all_persons():
        keys = {name_key(n) for n in (p.name, *p.aliases)}
        ph = [iv for k in keys for iv in entries.get(k, [])]
        if not ph:
            continue
        for t in p.offices:
            if not t.state or t.office not in ("head_of_state", "head_of_government", "foreign_minister",
                                               "defence_minister") or not t.start or t.start >= hi_w:
                continue
            same = [(a, b) for c, a, b in ph if c == t.state]
            if not same:
                problems.append((p.name, t.start_text, f"{t.state} {t.title}: Phoenix codes only "
                                 f"{sorted({c for c, _, _ in ph})}"))
                continue
            for ours, theirs, label in ((t.start, [a for a, _ in same if a != D(2003, 1, 1)], "start"),
                                        (t.end, [b for _, b in same if b < D(2014, 1, 30)], "end")):
                if ours is None or not lo_w <= ours < hi_w:
                    continue
                near = [x for x in theirs if abs(x - ours) <= NEAR]
                if not near:
                    continue
                checked += 1
                best = min(near, key=lambda x: abs(x - ours))
                if abs(best - ours) > SLACK:
                    problems.append((p.name, t.start_text, f"{t.state} {t.title} {label} {ours} vs "
                                     f"Phoenix {best}"))
    return checked, problems


def test_phoenix_cross_check(gz: Gazetteer) -> None:
    if not PHOENIX.exists():
        pytest.skip(f"Phoenix dictionary absent ({PHOENIX}); the cross-check needs ../shared")
    checked, problems = phoenix_disagreements(gz)
    assert checked >= 40
    unexplained = [f"{n} ({s}): {msg}" for n, s, msg in problems if (n, s) not in PHOENIX_REVIEWED]
    assert unexplained == [], "\n".join(unexplained)


# ----------------------------------------------------------------------------- ICEWS cross-check

ICEWS = SHARED / "benchmarks" / "icews_sample" / "events.2018.sample.tab"
# (ICEWS name, ICEWS country) pairs where ICEWS's country is not one of the person's office states
ICEWS_REVIEWED = {
    ("Emmanuel Macron", "Andorra"): "co-prince of Andorra ex officio; the table keeps his French offices",
    ("Antonio Tajani", "NA"): "ICEWS gives no country",
}


def test_icews_person_countries(gz: Gazetteer) -> None:
    """Persons that ICEWS (events of 2018-06-01/02) names and our table knows share a country."""
    if not ICEWS.exists():
        pytest.skip(f"ICEWS sample absent ({ICEWS}); the cross-check needs ../shared")
    with ICEWS.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    matched, bad = 0, []
    for r in rows:
        for side in ("Source", "Target"):
            name, country = r[f"{side} Name"], r[f"{side} Country"]
            people = gz.persons(name) if name and "(" not in name else []
            if not people:
                continue
            matched += 1
            st = gz.state(country)
            known = any(st and st.iso3 in {o.state for o in p.offices} for p in people)
            if not known and (name, country) not in ICEWS_REVIEWED:
                bad.append((name, country))
    assert matched >= 200
    assert sorted(set(bad)) == []
    for country in {r["Source Country"] for r in rows} - {"", "NA", "Hong Kong", "Western Sahara"}:
        assert gz.state(country), country
