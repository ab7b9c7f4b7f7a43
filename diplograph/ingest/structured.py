"""GDELT 2.0 event exports and ICEWS coded-event files into the graph model, no NLP.

One source document becomes one :class:`~diplograph.graph.model.Extraction`
(the GDELT ``SOURCEURL``; the ICEWS ``Story ID``), stored with ``mode="merge"``
through :meth:`Store.bulk`, so rows of the same source arriving in several
files add to one article. Every row is an :class:`Evidence` whose ``locator``
names it ("GLOBALEVENTID 410412351", "ICEWS Event ID 32889836") and whose text
is a readable rendering of the row. Events are "occurred", dated by the row's
day (GDELT ``SQLDATE``, ICEWS ``Event Date``), with the file's Goldstein value
and CAMEO code; rows that share CAMEO code, participants and day are one event
(the model's :func:`~diplograph.graph.model.event_key`): the report counts them
as *merged*.

Actors
------
* **GDELT** gives CAMEO country codes (ISO3 with a few exceptions: ``ROM`` is
  ROU, ``TMP`` TLS, ``ZAR`` COD, ...). A country code becomes the **state**;
  the actor's name and type codes ("PRESIDENT", GOV) stay in the event's
  attributes and evidence. GDELT names are the dictionary phrase that matched
  ("PRESIDENT", "KIWI", "MUMBAI" as often as a person's name), not an identity:
  promoting them to persons would invent people and split a state's dyads.
  Regional codes (``EUR``, ``AFR``, ``WST``, ``SAS``, ...) become **group**
  entities ("group:europe"), never states; territories with their own code
  (``HKG``, ``PRI``) become **places** with their sovereign state; a known
  group code (``UNO``, ``NAT``, ``EEC``, ...) without a country becomes an
  **organisation**. An actor with none of these (a bare "POLICE") is left out
  of the event (``None``), its name kept in the attributes.
* **ICEWS** gives country *names* (ISO names such as "Russian Federation",
  "Occupied Palestinian Territory"), resolved through the ontology's state
  names and a small alias table. A name that is the country, or a sector agent
  of it ("Citizen (Japan)", "Foreign Affairs (Bangladesh)"), is the **state**;
  a named actor is a **person** ("Kim Jong-Un", state PRK, roles from the
  sectors) unless its name reads as an organisation ("European Union", "UN
  Security Council", "Hamas"), a region ("Southeast Asia") or a territory.
  "Unspecified Actor" and "Unidentified State Actor" are ``None``.

A row where *neither* side resolves to a state, person, organisation, region
or territory is **skipped** and counted with its line (it is a domestic or
anonymous event outside a graph of international relations; its two None
participants would also merge every such row of the day into one event).

Bad input
---------
A bad row (wrong column count, bad date, bad number, unknown CAMEO code, an
empty line between rows, invalid UTF-8) is **rejected**: counted by reason with
its file and line, never aborting the file. A file that cannot be read at all
(missing, empty, binary, a zip that is truncated or holds no data) is a
:class:`FileProblem`; the other files are still imported. A zip that breaks
after some rows keeps the rows read before the break.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import io
import re
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from diplograph.graph import ontology
from diplograph.graph.model import Article, Entity, Event, Evidence, Extraction, When, slugify
from diplograph.graph.store import Store

__all__ = [
    "DATASETS",
    "FileProblem",
    "ImportReport",
    "RowProblem",
    "import_files",
    "input_bytes",
    "resolve_country",
]

DATASETS = ("gdelt", "icews")
GDELT_COLUMNS = 61
ICEWS_HEADER = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)
MAX_DETAILS = 1000  # problem lines kept per reason (all are counted)

# ----------------------------------------------------------------------------- code tables

# CAMEO country codes that are not the ISO 3166-1 alpha-3 code of the state.
CAMEO_COUNTRY_EXCEPTIONS = {
    "ROM": "ROU", "TMP": "TLS", "ZAR": "COD", "KOS": "XKX", "KSV": "XKX", "BUR": "MMR", "SER": "SRB",
    "MNT": "MNE", "YGS": "YUG", "USR": "SUN", "GDR": "DDR", "PAL": "PSE", "WSB": "PSE", "GZS": "PSE",
}
# CAMEO regional codes: groups, never states.
CAMEO_REGIONS = {
    "AFR": "Africa", "ASA": "Asia", "BLK": "Balkans", "CRB": "Caribbean", "CAU": "Caucasus",
    "CFR": "Central Africa", "CAS": "Central Asia", "CEU": "Central Europe", "EIN": "East Indies",
    "EAF": "Eastern Africa", "EEU": "Eastern Europe", "EUR": "Europe", "LAM": "Latin America",
    "MEA": "Middle East", "MDT": "Mediterranean", "NAF": "North Africa", "NMR": "North America",
    "PGS": "Persian Gulf", "SCN": "Scandinavia", "SAM": "South America", "SAS": "South Asia",
    "SEA": "Southeast Asia", "SAF": "Southern Africa", "WAF": "West Africa", "WST": "The West",
    "OCE": "Oceania", "NEU": "Northern Europe", "SEU": "Southern Europe", "WEU": "Western Europe",
}
# Territories with a code of their own: places, with the state they belong to (None when disputed).
TERRITORIES = {
    "HKG": ("Hong Kong", "CHN"), "MAC": ("Macau", "CHN"), "PRI": ("Puerto Rico", "USA"), "GUM": ("Guam", "USA"),
    "VIR": ("U.S. Virgin Islands", "USA"), "ASM": ("American Samoa", "USA"), "GRL": ("Greenland", "DNK"),
    "FRO": ("Faroe Islands", "DNK"), "ESH": ("Western Sahara", None), "BMU": ("Bermuda", "GBR"),
    "CYM": ("Cayman Islands", "GBR"), "GIB": ("Gibraltar", "GBR"), "FLK": ("Falkland Islands", "GBR"),
    "ABW": ("Aruba", "NLD"), "CUW": ("Curacao", "NLD"), "NCL": ("New Caledonia", "FRA"),
    "PYF": ("French Polynesia", "FRA"), "REU": ("Reunion", "FRA"), "GLP": ("Guadeloupe", "FRA"),
    "MTQ": ("Martinique", "FRA"), "GUF": ("French Guiana", "FRA"), "MYT": ("Mayotte", "FRA"),
    "JEY": ("Jersey", None), "GGY": ("Guernsey", None), "IMN": ("Isle of Man", None), "ATA": ("Antarctica", None),
}
# CAMEO known-group codes that name one organisation.
CAMEO_GROUPS = {
    "UNO": "United Nations", "NAT": "NATO", "EEC": "European Union",
    "WEF": "World Economic Forum", "TAL": "Taliban", "ALQ": "al-Qaeda", "OIC": "Organisation of Islamic Cooperation",
    "ARL": "Arab League", "ASN": "ASEAN", "AFU": "African Union", "OAS": "Organization of American States",
    "OPC": "OPEC", "IMF": "International Monetary Fund", "WBK": "World Bank", "WTO": "World Trade Organization",
    "WHO": "World Health Organization", "IAE": "International Atomic Energy Agency",
    "ICC": "International Criminal Court", "IRC": "Red Cross", "AMN": "Amnesty International",
    "HRW": "Human Rights Watch", "MSF": "Medecins Sans Frontieres", "GCC": "Gulf Cooperation Council",
    "HMS": "Hamas", "HEZ": "Hezbollah", "ISI": "Islamic State", "CWN": "Commonwealth of Nations",
    "ITP": "Interpol", "OSC": "OSCE", "SCO": "Shanghai Cooperation Organisation", "BIS": "Bank for International Settlements",
}
# Country names as the files write them, beyond the ontology's names.
COUNTRY_ALIASES = {
    "russian federation": "RUS", "occupied palestinian territory": "PSE", "palestinian territory occupied": "PSE",
    "palestinian territories": "PSE", "palestine state of": "PSE", "west bank": "PSE", "gaza strip": "PSE",
    "gaza": "PSE", "czech republic": "CZE", "the former yugoslav republic of macedonia": "MKD",
    "macedonia": "MKD", "macedonia the former yugoslav republic of": "MKD", "holy see": "VAT", "vatican": "VAT",
    "moldova republic of": "MDA", "cote d ivoire": "CIV", "ivory coast": "CIV",
    "democratic republic of congo": "COD", "democratic republic of the congo": "COD",
    "congo democratic republic of the": "COD", "congo the democratic republic of the": "COD",
    "congo kinshasa": "COD", "zaire": "COD", "congo": "COG", "republic of congo": "COG",
    "congo republic of the": "COG", "congo brazzaville": "COG", "iran islamic republic of": "IRN",
    "korea republic of": "KOR", "republic of korea": "KOR", "korea south": "KOR", "south korea": "KOR",
    "korea democratic people s republic of": "PRK", "democratic people s republic of korea": "PRK",
    "korea north": "PRK", "lao people s democratic republic": "LAO", "syrian arab republic": "SYR",
    "tanzania united republic of": "TZA", "united republic of tanzania": "TZA",
    "venezuela bolivarian republic of": "VEN", "bolivia plurinational state of": "BOL", "viet nam": "VNM",
    "vietnam republic of": "VNM", "swaziland": "SWZ", "cape verde": "CPV", "east timor": "TLS",
    "timor leste": "TLS", "burma": "MMR", "brunei darussalam": "BRN", "libyan arab jamahiriya": "LBY",
    "micronesia federated states of": "FSM", "taiwan province of china": "TWN", "united states of america": "USA",
    "great britain": "GBR", "bahamas the": "BHS", "the bahamas": "BHS", "gambia the": "GMB", "the gambia": "GMB",
    "turkiye": "TUR", "kyrgyz republic": "KGZ", "slovak republic": "SVK", "serbia and montenegro": "SCG",
    "soviet union": "SUN", "ussr": "SUN", "east germany": "DDR", "german democratic republic": "DDR",
    "st kitts and nevis": "KNA", "st lucia": "LCA", "st vincent and the grenadines": "VCT",
    "bosnia herzegovina": "BIH", "guinea bissau": "GNB", "the netherlands": "NLD", "netherlands the": "NLD",
    "federal republic of yugoslavia": "YUG", "north macedonia": "MKD", "czechoslovakia": "CSK",
}
_TERRITORY_NAMES = {"macao": "MAC", "virgin islands": "VIR", "curaçao": "CUW"}
_REGION_NAMES = {"the west": "WST", "west": "WST", "middle east": "MEA", "europe": "EUR", "asia": "ASA",
                 "africa": "AFR", "latin america": "LAM", "north america": "NMR", "south america": "SAM",
                 "caribbean": "CRB", "balkans": "BLK", "southeast asia": "SEA", "south asia": "SAS",
                 "central asia": "CAS", "east asia": "EAS", "eastern europe": "EEU", "western europe": "WEU",
                 "central europe": "CEU", "north africa": "NAF", "west africa": "WAF", "east africa": "EAF",
                 "eastern africa": "EAF", "southern africa": "SAF", "central africa": "CFR",
                 "persian gulf": "PGS", "scandinavia": "SCN", "caucasus": "CAU", "mediterranean": "MDT",
                 "oceania": "OCE", "gulf": "PGS", "arab world": "ARW", "global": "GLB"}
_EXTRA_REGIONS = {"EAS": "East Asia", "ARW": "Arab World", "GLB": "World"}

_ORG_WORDS = re.compile(
    r"\b(part(y|ies)|forces?|army|navy|air force|council|committee|commission|ministry|bureau|office|"
    r"union|parliament|assembly|congress|court|bank|agency|organi[sz]ation|association|front|movement|"
    r"group|corporation|company|inc|ltd|university|police|government|cabinet|senate|fund|nations|"
    r"federation|alliance|league|coalition|brigades?|militia|hamas|hezbollah|hizballah|taliban|al[- ]qaeda|"
    r"islamic state|isis|isil|janata|red cross|red crescent|institute|foundation|embassy|military|department|"
    r"services?|authority|administration|secretariat|tribunal|network|media|news|times|post|airlines?|"
    r"commission|community|board|center|centre|society|club|church|monitor|watch|g\d+|house|representatives|"
    r"rada|sabha|duma|knesset|majlis|yard|administered|mujahideen|jihad|haram|dal|sena|morcha|sangh)\b",
    re.IGNORECASE)
_NOBODY = re.compile(r"^(unspecified|unidentified|unknown)\b", re.IGNORECASE)
_AGENT = re.compile(r"^(?P<agent>.+?)\s*\((?P<country>[^()]+)\)$")


def _norm(name: str) -> str:
    """Lower case, accents and punctuation dropped, spaces collapsed: the key of a name table."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


def _country_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for rec in ontology.states():
        for n in (rec.name, rec.official_name):
            if n:
                table.setdefault(_norm(n), rec.iso3)
    for k, v in COUNTRY_ALIASES.items():
        table[_norm(k)] = v
    return table


_COUNTRIES: dict[str, str] | None = None
_TERRITORY_BY_NAME = {_norm(n): code for code, (n, _s) in TERRITORIES.items()} | {
    _norm(k): v for k, v in _TERRITORY_NAMES.items()}
_REGION_BY_NAME = {_norm(k): v for k, v in _REGION_NAMES.items()} | {
    _norm(n): code for code, n in CAMEO_REGIONS.items()}


@lru_cache(maxsize=65536)
def resolve_country(name: str) -> str | None:
    """The ISO3 code of a state written as a name ("Russian Federation" -> "RUS"), or None."""
    global _COUNTRIES
    if _COUNTRIES is None:
        _COUNTRIES = _country_table()
    return _COUNTRIES.get(_norm(name)) if name else None


# ----------------------------------------------------------------------------- entities


@lru_cache(maxsize=4096)
def _state(iso3: str) -> Entity:
    return Entity(iso3, "state", ontology.state_name(iso3), state=iso3)


@lru_cache(maxsize=4096)
def _region(code: str) -> Entity:
    name = CAMEO_REGIONS.get(code) or _EXTRA_REGIONS.get(code) or code
    return Entity(f"group:{slugify(name)}", "group", name, attributes={"cameo_region": code})


@lru_cache(maxsize=4096)
def _territory(code: str) -> Entity:
    name, sovereign = TERRITORIES[code]
    return Entity(f"place:{slugify(name)}", "place", name, state=sovereign)


@lru_cache(maxsize=65536)
def _place(full_name: str, iso3: str | None) -> Entity:
    return Entity(f"place:{slugify(full_name)}", "place", full_name, state=iso3)


def _titled(name: str) -> str:
    """GDELT writes names in capitals; "UNITED NATIONS" -> "United Nations"."""
    return name.title() if name.isupper() else name


@lru_cache(maxsize=65536)
def gdelt_actor(country: str, group: str, name: str) -> Entity | None:
    """The entity of a GDELT actor from its country code, known-group code and name."""
    if country:
        code = CAMEO_COUNTRY_EXCEPTIONS.get(country, country)
        if ontology.state(code) is not None:
            return _state(code)
        if code in CAMEO_REGIONS:
            return _region(code)
        if code in TERRITORIES:
            return _territory(code)
    if group:
        org = CAMEO_GROUPS.get(group) or (_titled(name) if name else group)
        return Entity(f"org:{slugify(org)}", "organization", org, attributes={"cameo_group": group})
    return None


@lru_cache(maxsize=65536)
def icews_actor(name: str, sectors: str, country: str) -> Entity | None:
    """The entity of an ICEWS actor from its name, sectors and country name (see the module notes)."""
    name = "" if name == "NA" else name.strip()
    country = "" if country == "NA" else country.strip()
    if not name or _NOBODY.match(name):
        return None
    iso = resolve_country(country) if country else None
    direct = resolve_country(name)
    if direct:
        return _state(direct)
    key = _norm(name)
    if key in _TERRITORY_BY_NAME:
        return _territory(_TERRITORY_BY_NAME[key])
    if not iso and key in _REGION_BY_NAME:
        return _region(_REGION_BY_NAME[key])
    m = _AGENT.match(name)
    if m:
        # A sector agent ("Citizen (Japan)", "Ministry (European Union)"): the actor it belongs to.
        inner = m.group("country").strip()
        if _norm(inner) in _ANONYMOUS:
            return None
        return icews_actor(inner, sectors, country if resolve_country(inner) is None else inner)
    if "(" in name:  # nested or unbalanced brackets: an agent of the row's country, if any
        return _state(iso) if iso else None
    secs = {s.strip() for s in sectors.split(",") if s.strip() and s.strip() != "NA"}
    roles = tuple(sorted(secs))
    words = name.split()
    acronym = any(len(w) > 1 and w.isalpha() and w.isupper() and not _ROMAN.fullmatch(w) for w in words)
    if _ORG_WORDS.search(name) or acronym:
        return Entity(f"org:{slugify(name)}", "organization", name, state=iso)
    personal = any(s in _PERSON_SECTORS or s.endswith("Ministry") for s in secs)
    orgish = {s for s in secs if s in _ORG_SECTORS or s.endswith(("Business", "News", "Media"))}
    if orgish and not personal and secs <= orgish | _NEUTRAL_SECTORS:
        return Entity(f"org:{slugify(name)}", "organization", name, state=iso)
    if len(words) < 2 and not personal:
        return Entity(f"group:{slugify(name)}", "group", name, attributes={"state": iso} if iso else {})
    return Entity(f"person:{slugify(name)}", "person", name, state=iso, roles=roles)


_ANONYMOUS = {"international", "unidentified state actor", "unspecified actor", "non governmental organizations",
              "nongovernmental organizations"}
_NEUTRAL_SECTORS = {"Social", "Ideological", "Dissident", "International Religious", "Shia", "Sunni",
                    "Fundamentalist", "Radicals / Extremists / Fundamentalists"}
_ROMAN = re.compile(r"[IVXLC]+")
_PERSON_SECTORS = {"Elite", "Executive", "Executive Office", "Government", "Cabinet", "Legislative / Parliamentary",
                   "Judicial", "Lower House", "Upper House", "Unicameral", "Military", "Police", "Provincial", "Local",
                   "Municipal"}
_ORG_SECTORS = {"News", "Media", "Print News", "Television News", "State Media", "Business",
                "Multinational Corporation", "Insurgents", "Rebel"}


# ----------------------------------------------------------------------------- report


@dataclass(slots=True)
class RowProblem:
    """One row that was rejected or skipped: where and why."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass(slots=True)
class FileProblem:
    """A file that could not be read (at all, or past some point)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class ImportReport:
    """What an import did, row by row.

    ``rows`` = ``imported`` (the row made a new event) + ``merged`` (it joined
    an event another row made) + ``unchanged`` (already stored: a re-import or a
    repeated row) + ``skipped`` (no identifiable actor) + ``rejected`` (bad row).
    ``articles`` counts the distinct sources of the stored rows.
    """

    dataset: str
    files: int = 0
    rows: int = 0
    imported: int = 0
    merged: int = 0
    unchanged: int = 0
    articles: int = 0
    rejected: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    problems: list[RowProblem] = field(default_factory=list)  # rejected rows, at most MAX_DETAILS per reason
    skipped_lines: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    file_problems: list[FileProblem] = field(default_factory=list)
    failed_articles: list[str] = field(default_factory=list)  # articles the store refused

    @property
    def n_rejected(self) -> int:
        return sum(self.rejected.values())

    @property
    def n_skipped(self) -> int:
        return sum(self.skipped.values())

    @property
    def stored(self) -> int:
        """Rows now in the store (new, merged or already there)."""
        return self.imported + self.merged + self.unchanged

    @property
    def ok(self) -> bool:
        """True when everything readable was stored: no unreadable file, no rejected row."""
        return not self.file_problems and not self.rejected and not self.failed_articles

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (problem lines capped as in the report)."""
        return {
            "dataset": self.dataset, "files": self.files, "rows": self.rows, "imported": self.imported,
            "merged": self.merged, "unchanged": self.unchanged, "skipped": dict(sorted(self.skipped.items())),
            "rejected": dict(sorted(self.rejected.items())), "articles": self.articles,
            "rejected_rows": [{"file": p.path, "line": p.line, "reason": p.reason} for p in self.problems],
            "skipped_rows": {k: [{"file": f, "line": n} for f, n in v] for k, v in sorted(self.skipped_lines.items())},
            "file_errors": [{"file": p.path, "reason": p.reason} for p in self.file_problems],
            "failed_articles": self.failed_articles,
        }

    def _reject(self, path: str, line: int, reason: str) -> None:
        kind = reason.split(":", 1)[0]
        self.rejected[kind] += 1
        if self.rejected[kind] <= MAX_DETAILS:
            self.problems.append(RowProblem(path, line, reason))

    def _skip(self, path: str, line: int, reason: str) -> None:
        self.skipped[reason] += 1
        lines = self.skipped_lines.setdefault(reason, [])
        if len(lines) < MAX_DETAILS:
            lines.append((path, line))


# ----------------------------------------------------------------------------- reading files


class _Unreadable(Exception):
    """The file (or the rest of it) cannot be read; the message says why."""


def _open_lines(path: str, on_bytes: Callable[[int], None] | None) -> Iterator[tuple[int, bytes]]:
    """(line number, raw line without its end) of a plain or zipped text file; raises _Unreadable."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise _Unreadable(f"cannot read: {exc.strerror or exc}") from None
    if not head:
        raise _Unreadable("empty file")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06") or p.suffix.lower() == ".zip":
        yield from _zip_lines(p, on_bytes)
        return
    if head.startswith(b"\x1f\x8b"):
        raise _Unreadable("gzip file: unzip it first (plain text or .zip are read)")
    if b"\x00" in head:
        raise _Unreadable("binary file (NUL bytes), not a tab-separated event file")
    with p.open("rb") as fh:
        yield from _numbered(fh, on_bytes)


def _zip_lines(p: Path, on_bytes: Callable[[int], None] | None) -> Iterator[tuple[int, bytes]]:
    try:
        zf = zipfile.ZipFile(p)
    except zipfile.BadZipFile as exc:
        raise _Unreadable(f"truncated or corrupt zip archive ({exc})") from None
    except OSError as exc:
        raise _Unreadable(f"cannot read: {exc.strerror or exc}") from None
    with zf:
        members = [i for i in zf.infolist() if not i.is_dir()]
        if not members:
            raise _Unreadable("zip archive holds no file")
        if len(members) > 1:
            data = [i for i in members if i.filename.lower().endswith((".csv", ".tab", ".tsv", ".txt"))]
            members = data or members
        if len(members) > 1:
            raise _Unreadable(f"zip archive holds {len(members)} files; expected one "
                              f"({', '.join(i.filename for i in members[:5])})")
        # Check the member's CRC before reading any row: corrupt deflate data can decode to plausible rows.
        try:
            with zf.open(members[0]) as fh:
                while fh.read(1 << 20):
                    pass
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            raise _Unreadable(f"truncated or corrupt zip archive ({exc or type(exc).__name__})") from None
        try:
            with zf.open(members[0]) as fh:
                head = fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""
                if b"\x00" in head:
                    raise _Unreadable(f"binary member {members[0].filename} in the zip archive")
                yield from _numbered(fh, on_bytes)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            raise _Unreadable(f"truncated or corrupt zip archive ({exc or type(exc).__name__})") from None


def _numbered(fh: io.BufferedIOBase | Any, on_bytes: Callable[[int], None] | None) -> Iterator[tuple[int, bytes]]:
    done = 0
    for n, raw in enumerate(fh, 1):
        if on_bytes is not None:
            done += len(raw)
            if done >= 1 << 20:
                on_bytes(done)
                done = 0
        yield n, raw.rstrip(b"\r\n")
    if on_bytes is not None and done:
        on_bytes(done)


def _decoded(path: str, lines: Iterable[tuple[int, bytes]], report: ImportReport) -> Iterator[tuple[int, str]]:
    """Decode lines as UTF-8; a bad line is rejected, blank lines between rows too (trailing ones are not)."""
    blank: list[int] = []
    for n, raw in lines:
        if not raw.strip():
            blank.append(n)
            continue
        for b in blank:
            report.rows += 1
            report._reject(path, b, "empty line")
        blank.clear()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            report.rows += 1
            report._reject(path, n, f"invalid UTF-8: byte {exc.start + 1} of the line")
            continue
        if n == 1 and text.startswith("\ufeff"):
            text = text[1:]
        yield n, text


# ----------------------------------------------------------------------------- rows to model


class _Bad(Exception):
    """A rejected row; the message is the reason."""


@lru_cache(maxsize=65536)
def _day(value: str, column: str) -> When:
    v = value.strip()
    try:
        if len(v) == 8 and v.isdigit():
            d = dt.date(int(v[:4]), int(v[4:6]), int(v[6:]))
        else:
            d = dt.date.fromisoformat(v)
    except ValueError:
        raise _Bad(f"bad date: {column} {value!r}") from None
    return When.parse(d.isoformat())


def _number(value: str, column: str) -> float | None:
    v = value.strip()
    if not v or v == "NA":
        return None
    try:
        x = float(v)
    except ValueError:
        raise _Bad(f"bad number: {column} {value!r}") from None
    if x != x or x in (float("inf"), float("-inf")):
        raise _Bad(f"bad number: {column} {value!r}")
    return x


def _code(value: str) -> ontology.CameoCode:
    v = value.strip()
    if not ontology.is_cameo(v):
        raise _Bad(f"unknown CAMEO code: {value!r}")
    return ontology.cameo(v)


@dataclass(slots=True)
class _Row:
    """A parsed row: the article it belongs to (built once per article) and the event it reports."""

    article_id: str
    published: dt.date | None
    url: str | None
    publisher: str | None
    title: str | None
    event: Event
    entities: tuple[Entity, ...]


def _label(e: Entity | None, name: str, code: str) -> str:
    """How a GDELT actor reads in the evidence: "AMERICAN TROOPS [USAMIL; USA]"."""
    ref = e.id if e is not None else "unresolved"
    tags = code if code == ref else "; ".join(x for x in (code, ref) if x)
    return f"{name or '-'} [{tags}]"


def _gdelt_row(cols: list[str]) -> _Row | str:
    """A GDELT 2.0 event row to a _Row; a string is the reason to skip it; raises _Bad."""
    if len(cols) != GDELT_COLUMNS:
        raise _Bad(f"wrong column count: expected {GDELT_COLUMNS} tab-separated columns, found {len(cols)}")
    gid = cols[0].strip()
    if not gid.isdigit():
        raise _Bad(f"bad GLOBALEVENTID: {cols[0]!r}")
    when = _day(cols[1], "SQLDATE")
    code = _code(cols[26])
    gold = _number(cols[30], "GoldsteinScale")
    added = cols[59].strip()
    try:
        published = dt.date(int(added[:4]), int(added[4:6]), int(added[6:8])) if len(added) >= 8 else None
    except ValueError:
        raise _Bad(f"bad date: DATEADDED {cols[59]!r}") from None
    url = cols[60].strip()
    if not url:
        raise _Bad("no SOURCEURL")
    a1 = gdelt_actor(cols[7].strip(), cols[8].strip(), cols[6].strip())
    a2 = gdelt_actor(cols[17].strip(), cols[18].strip(), cols[16].strip())
    if a1 is None and a2 is None:
        return "no actor with a country, region or known group code"
    ents = [e for e in (a1, a2) if e is not None]
    loc = None
    geo_name, geo_type = cols[52].strip(), cols[51].strip()
    if geo_name:
        parts = [p.strip() for p in geo_name.split(",")]
        iso = resolve_country(parts[-1]) or (resolve_country(", ".join(parts[-2:])) if len(parts) > 1 else None)
        if geo_type == "1" and iso:
            loc = _state(iso)
        else:
            if len(parts) > 1 and resolve_country(", ".join(parts[-2:])) and not resolve_country(parts[-1]):
                geo_name = ", ".join(parts[:-2] + [ontology.state_name(iso or "")])
            loc = _place(geo_name, iso)
        ents.append(loc)
    attrs: dict[str, Any] = {"dataset": "gdelt"}
    for side, i in (("source", 5), ("target", 15)):
        if cols[i]:
            attrs[f"{side}_code"] = cols[i]
        if cols[i + 1]:
            attrs[f"{side}_name"] = cols[i + 1]
    text = (f"GDELT {gid} ({when.edtf}): {_label(a1, cols[6], cols[5])} {code.code} {code.name} "
            f"{_label(a2, cols[16], cols[15])}" + (f" at {cols[52]}" if cols[52] else "")
            + f"; Goldstein {cols[30] or '-'}; {cols[31] or 0} mentions, {cols[32] or 0} sources, "
            f"{cols[33] or 0} articles; tone {cols[34] or '-'}")
    ev = Event(code.code, a1.id if a1 else None, a2.id if a2 else None, location=loc.id if loc else None,
               when=when, factuality="occurred", goldstein=gold, type=code.type, attributes=attrs,
               evidence=[Evidence(url, text, 0, 0, "gdelt", 1.0, "occurred", when.edtf, None,
                                  locator=f"GLOBALEVENTID {gid}")])
    return _Row(url, published, url if "://" in url else None, None, None, ev, tuple(ents))


def _icews_row(cols: list[str]) -> _Row | str:
    """An ICEWS coded-event row (header order) to a _Row; a string is the reason to skip it; raises _Bad."""
    if len(cols) != len(ICEWS_HEADER):
        raise _Bad(f"wrong column count: expected {len(ICEWS_HEADER)} tab-separated columns, found {len(cols)}")
    (eid, date, s_name, s_sec, s_ctry, text, cameo, intensity, t_name, t_sec, t_ctry, story, sentence, publisher,
     city, district, province, country, lat, lon) = (c.strip() for c in cols)
    if not eid.isdigit():
        raise _Bad(f"bad Event ID: {eid!r}")
    when = _day(date, "Event Date")
    code = _code(cameo)
    gold = _number(intensity, "Intensity")
    src = icews_actor(s_name, s_sec, s_ctry)
    tgt = icews_actor(t_name, t_sec, t_ctry)
    if src is None and tgt is None:
        return "no identifiable actor"
    ents = [e for e in (src, tgt) if e is not None]
    loc = None
    places = [x for x in (city, province) if x and x != "NA"]
    iso = resolve_country(country) if country and country != "NA" else None
    if places:
        loc = _place(", ".join([*places, ontology.state_name(iso) if iso else country]).strip(", "), iso)
    elif iso:
        loc = _state(iso)
    if loc is not None:
        ents.append(loc)
    if story and story != "NA":
        aid = f"icews:story:{story}"
    else:
        aid = f"icews:{slugify(publisher or 'unknown')}:{date}"
    attrs: dict[str, Any] = {"dataset": "icews"}
    for side, n, sec in (("source", s_name, s_sec), ("target", t_name, t_sec)):
        if n and n != "NA":
            attrs[f"{side}_name"] = n
        if sec and sec != "NA":
            attrs[f"{side}_sectors"] = sec
    where = ", ".join(x for x in (city, district, province, country) if x and x != "NA")
    ev_text = (f"ICEWS {eid} ({when.edtf}): {s_name} [{s_sec}; {s_ctry}] {code.code} {text or code.name} "
               f"{t_name} [{t_sec}; {t_ctry}]" + (f" at {where}" if where else "")
               + f"; intensity {intensity or '-'}; story {story}, sentence {sentence}"
               + (f" ({publisher})" if publisher and publisher != "NA" else ""))
    ev = Event(code.code, src.id if src else None, tgt.id if tgt else None, location=loc.id if loc else None,
               when=when, factuality="occurred", goldstein=gold, type=code.type, attributes=attrs,
               evidence=[Evidence(aid, ev_text, 0, 0, "icews", 1.0, "occurred", when.edtf, None,
                                  locator=f"ICEWS Event ID {eid}")])
    return _Row(aid, when.lower, None, publisher if publisher and publisher != "NA" else None,
                f"ICEWS story {story}" if story and story != "NA" else None, ev, tuple(ents))


def _rows(dataset: str, path: str, report: ImportReport,
          on_bytes: Callable[[int], None] | None) -> Iterator[tuple[int, _Row]]:
    """Parsed rows of one file; problems go to the report; raises _Unreadable for the file."""
    lines = _decoded(path, _open_lines(path, on_bytes), report)
    parse = _gdelt_row if dataset == "gdelt" else _icews_row
    first = True
    for n, text in lines:
        cols = text.split("\t")
        if first:
            first = False
            if dataset == "icews":
                if tuple(c.strip() for c in cols) == ICEWS_HEADER:
                    continue
                if len(cols) == len(ICEWS_HEADER) and not cols[0].strip().isdigit():
                    raise _Unreadable(f"line {n}: not the ICEWS header (expected: {', '.join(ICEWS_HEADER)})")
            elif cols[0].strip() == "GLOBALEVENTID":
                continue
        report.rows += 1
        try:
            row = parse(cols)
        except _Bad as exc:
            report._reject(path, n, str(exc))
            continue
        if isinstance(row, str):
            report._skip(path, n, row)
            continue
        yield n, row


# ----------------------------------------------------------------------------- importing


def _extraction(rows: list[_Row]) -> Extraction:
    """One article's rows as one Extraction (earliest date and first non-empty metadata of its rows)."""
    first = rows[0]
    published = min((r.published for r in rows if r.published), default=None)
    publisher = first.publisher
    if publisher is None and first.url:
        publisher = urlsplit(first.url).netloc.lower().removeprefix("www.") or None
    art = Article(first.article_id, title=first.title, url=first.url, published=published,
                  published_source="given", publisher=publisher)
    ents: dict[str, Entity] = {}
    for r in rows:
        for e in r.entities:
            if e.id not in ents:
                ents[e.id] = e
    return Extraction(art, entities=list(ents.values()), events=[r.event for r in rows])


def import_files(store: Store, dataset: str, paths: Iterable[str | Path], *,
                 on_bytes: Callable[[int], None] | None = None,
                 on_problem: Callable[[RowProblem | FileProblem], None] | None = None,
                 window: int = 20_000, batch_events: int = 50_000,
                 drop_indexes: bool | None = None) -> ImportReport:
    """Import GDELT or ICEWS files into ``store`` and report what happened to every row.

    Rows are grouped by source article within windows of about ``window`` rows
    (cut where the source changes, so an article whose rows are contiguous is
    one transaction); each group is one merge-mode ingest in a bulk batch of
    ``batch_events``. ``on_bytes(n)`` is called as input bytes are read (for a
    progress bar), ``on_problem`` for every rejected row and unreadable file as
    it is found. ``drop_indexes`` (default: when the input is large against the
    store) drops the secondary indexes for the load and rebuilds them after.
    """
    if dataset not in DATASETS:
        raise ValueError(f"unknown dataset {dataset!r} (expected one of {', '.join(DATASETS)})")
    paths = [str(p) for p in paths]
    report = ImportReport(dataset)
    if drop_indexes is None:
        drop_indexes = _large_input(store, paths)
    # Parsing makes many short-lived objects and no cycles: the cyclic collector would only rescan the
    # growing heap (about a tenth of the import's time), so it is paused for the import.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _import(store, dataset, paths, report, on_bytes, on_problem, window, batch_events, drop_indexes)
    finally:
        if gc_was_enabled:
            gc.enable()


def _import(store: Store, dataset: str, paths: list[str], report: ImportReport,
            on_bytes: Callable[[int], None] | None, on_problem: Callable[[RowProblem | FileProblem], None] | None,
            window: int, batch_events: int, drop_indexes: bool) -> ImportReport:
    articles: set[str] = set()

    def problem(p: RowProblem | FileProblem) -> None:
        if on_problem is not None:
            on_problem(p)

    with store.bulk(batch_events=batch_events, drop_indexes=drop_indexes) as bulk:

        def flush(groups: dict[str, list[_Row]]) -> None:
            for aid, rows in groups.items():
                ex = _extraction(rows)
                try:
                    res = bulk.ingest(ex, mode="merge")
                except (ValueError, KeyError) as exc:
                    report.failed_articles.append(f"{aid}: {exc}")
                    report.rejected["article not stored"] += len(rows)
                    problem(FileProblem(aid, f"article not stored: {exc}"))
                    continue
                report.imported += res.events_added
                report.merged += res.evidence_added - res.events_added
                report.unchanged += len(rows) - res.evidence_added
                articles.add(aid)
            groups.clear()

        for path in paths:
            report.files += 1
            seen_before = len(report.problems)
            groups: dict[str, list[_Row]] = {}
            count = 0
            last = None
            try:
                for _n, row in _rows(dataset, path, report, on_bytes):
                    aid = row.article_id
                    if count >= window and aid != last:
                        flush(groups)
                        count = 0
                    groups.setdefault(aid, []).append(row)
                    count += 1
                    last = aid
            except _Unreadable as exc:
                fp = FileProblem(path, str(exc))
                report.file_problems.append(fp)
                problem(fp)
            finally:
                for p in report.problems[seen_before:]:
                    problem(p)
            flush(groups)
    report.articles = len(articles)
    return report


def input_bytes(paths: Iterable[str | Path]) -> int:
    """Total size of the files that exist, zips by their uncompressed size (for a progress bar)."""
    size = 0
    for p in paths:
        with contextlib.suppress(OSError, zipfile.BadZipFile):
            if zipfile.is_zipfile(p):
                with zipfile.ZipFile(p) as zf:
                    size += sum(i.file_size for i in zf.infolist())
            else:
                size += Path(p).stat().st_size
    return size


def _large_input(store: Store, paths: list[str]) -> bool:
    size = input_bytes(paths)
    stored = store.conn.execute("SELECT COUNT(*) FROM evidence").fetchone()[0]
    # roughly 300 bytes per GDELT row: drop the indexes when the input adds more than half the store again
    return size > 20_000_000 and size / 300 > stored / 2
