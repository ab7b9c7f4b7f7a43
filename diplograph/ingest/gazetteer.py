"""The project's gazetteer: states, their names, persons and their offices, organisations, places.

The facts live in curated TSV tables written for this project:

* ``graph/data/states.tsv``        every UN member and observer, Taiwan, Kosovo, historical states;
* ``ingest/data/state_names.tsv``  names, abbreviations, demonyms, capitals, seats of power and
  context-dependent region aliases ("the North") of each state;
* ``ingest/data/offices.tsv``      office holders with term dates (one row per term);
* ``ingest/data/organizations.tsv`` and ``ingest/data/places.tsv``;
* ``ingest/data/stoplist.tsv``     phrases that contain a gazetteer name but do not mention
  the state ("Washington Post", "Latin American"); they win as the longest match and are dropped.

Matching rules (:meth:`Gazetteer.find_mentions`):

* one pass of Aho-Corasick over a same-length folded copy of the text (lower case, diacritics
  removed, curly quotes and dashes straightened), a second pass over the case-kept copy for
  ``exact`` entries; matches must sit on word boundaries (no letter or digit either side), so
  "Russia’s" and "China-North Korea" match and "Russian" does not match "Russia";
* ``case=exact`` entries match as written, or with only the first letter capitalised
  (sentence start) or in all capitals (headlines) when the entry has lower-case letters;
  ``case=fold`` entries match in any case; person names need a capital first letter;
* overlapping matches resolve longest-leftmost; stoplist matches are dropped afterwards;
* entries whose note says ``accent:required`` match only with their diacritics ("Malé", not "Male");
* entries whose note says ``risk:person`` ("Jordan", "Chad", "Georgia") are dropped when a
  capitalised word that is not sentence-initial stands right before them ("Michael Jordan");
  ``risk:us_state`` ("Georgia") is also dropped after "<Town>, " when the town is not a place of
  that state ("Atlanta, Georgia" -> nothing; "Tbilisi, Georgia" -> GEO) and after "state of";
* person names (canonical names and aliases of ``offices.tsv``, with hyphen/space variants:
  "Kim Jong-un" = "Kim Jong Un") need a capital first letter; a bare family name that the table
  lists as an alias ("Putin") is dropped right after an unknown capitalised word ("Melania Trump")
  but kept after titles and honorifics ("President Trump", "Mr Putin");
* organisations (``kind="org"``, "org:…") and armed groups/parties (``kind="group"``, "group:…")
  come from ``organizations.tsv``; places (``kind="place"``) from ``places.tsv``;
* ``region_alias`` entries ("the North", "the two Koreas", "the mainland") are reported with
  ``kind="region_alias"`` and ``ref`` = the alias key; "the North"/"the South" are not reported
  when a capitalised word follows ("the North Atlantic"). Resolve them with
  :meth:`Gazetteer.resolve_region_alias` and the states of the surrounding text.

Persons: ``PersonInfo.surname`` is the short form news uses ("Kim Jong-un" -> "Kim", "Xi Jinping"
-> "Xi", "Sergei Lavrov" -> "Lavrov", "Abiy Ahmed" -> "Abiy", "Ursula von der Leyen" -> "von der
Leyen"): the ``surname`` column when given (``|``-separated alternatives), else the first token for
states in :data:`EASTERN_ORDER` and :data:`GIVEN_ORDER`, else the last token with its particles.
``PersonInfo.state`` is the state of the person's latest term (None when that term is an
organisation office, e.g. the UN Secretary-General; ``PersonInfo.org`` then names it).

Office terms run from ``start`` (first day in office) to ``end`` (the day the office was left,
normally the successor's first day); a person holds an office on day *d* when
``start <= d < end``. Partial dates widen to the first day of their period for ``start`` and
to the last day for ``end``.

"The leader" of a state (:meth:`Gazetteer.holder` with ``"leader"``) is, on that day: the holder
of a paramount title (supreme leader, general secretary, first secretary, chairman) if the
table has one; else the head of state, unless that term's note says ``ceremonial`` (monarchs
and presidents of parliamentary systems) or there is none, in which case the head of government.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
import sys
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import ahocorasick

from diplograph.graph.model import entity_id, slugify

__all__ = [
    "Gazetteer",
    "GazetteerError",
    "Mention",
    "Office",
    "OrgInfo",
    "PersonInfo",
    "PlaceInfo",
    "StateInfo",
    "fold",
    "name_key",
]

NAME_KINDS = ("name", "alias", "abbrev", "demonym", "adjective", "capital", "seat", "region_alias")
OFFICE_KINDS = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                "spokesperson", "other")
HEAD_OFFICES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
STATUSES = ("un_member", "un_observer", "partially_recognized", "territory", "historical")
NAME_ORDERS = ("western", "eastern", "given")
# organisations.tsv kinds whose entities are groups ("group:<slug>") rather than organisations
GROUP_KINDS = frozenset({"armed_group", "party", "movement"})
# States whose persons are named family name first in English-language news.
EASTERN_ORDER = frozenset({"CHN", "TWN", "PRK", "KOR", "KHM"})
# States whose persons are referred to by their first (given) name: Ethiopian/Eritrean patronymics,
# Thai usage ("Thaksin", "Prayut").
GIVEN_ORDER = frozenset({"ETH", "ERI", "THA"})
# lower-case particles of a family name, kept with it: "von der Leyen", "al-Assad"
NAME_PARTICLES = frozenset({"von", "van", "der", "de", "del", "da", "di", "la", "le", "bin", "ibn", "al", "el", "dos"})
PARAMOUNT_TITLES = ("supreme leader", "general secretary", "first secretary", "chairman")

_TITLE_TO_OFFICE = {
    "head of state": "head_of_state",
    "head of government": "head_of_government",
    "prime minister": "head_of_government", "premier": "head_of_government", "pm": "head_of_government",
    "chancellor": "head_of_government", "taoiseach": "head_of_government",
    "chief executive": "head_of_government",
    "foreign minister": "foreign_minister", "fm": "foreign_minister", "foreign secretary": "foreign_minister",
    "minister of foreign affairs": "foreign_minister", "secretary of state": "foreign_minister",
    "external affairs minister": "foreign_minister", "foreign affairs minister": "foreign_minister",
    "minister for foreign affairs": "foreign_minister", "top diplomat": "foreign_minister",
    "defence minister": "defence_minister", "defense minister": "defence_minister",
    "defense secretary": "defence_minister", "defence secretary": "defence_minister",
    "secretary of defense": "defence_minister", "minister of defence": "defence_minister",
    "minister of defense": "defence_minister", "secretary of war": "defence_minister",
    "spokesperson": "spokesperson", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
}
_LEADER_WORDS = frozenset({"leader", "paramount leader", "ruler", "strongman"})

# Words the extractor can use to spot a role next to a name.
TITLE_KEYWORDS = frozenset({
    "president", "vice president", "vice-president", "prime minister", "premier", "chancellor",
    "king", "queen", "emir", "amir", "sultan", "emperor", "crown prince", "prince", "sheikh",
    "supreme leader", "leader", "chairman", "chairwoman", "general secretary", "secretary-general",
    "secretary general", "first secretary", "foreign minister", "foreign secretary",
    "secretary of state", "external affairs minister", "minister", "deputy minister",
    "vice minister", "vice foreign minister", "deputy foreign minister", "defence minister",
    "defense minister", "defense secretary", "defence secretary", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "envoy", "special envoy", "ambassador", "diplomat", "consul",
    "senator", "congressman", "congresswoman", "speaker", "governor", "mayor", "general",
    "admiral", "commander", "chief of staff", "national security adviser", "adviser", "advisor",
    "negotiator", "official", "lawmaker", "legislator", "mp", "deputy", "chief", "head",
    "director", "representative", "high representative", "commissioner", "marshal", "colonel",
    "captain", "lieutenant", "ayatollah", "dictator", "monarch", "pope", "cardinal",
    "minister of state", "attorney general", "intelligence chief", "army chief",
})

_OPEN_END = dt.date(9999, 12, 31)


_NAME_WORD_RE = re.compile(r"[A-Za-zÀ-ɏ][\w'’-]*")


class GazetteerError(ValueError):
    """A table row that cannot be read; the message names the file and line."""


# --------------------------------------------------------------------------- text folding

def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x00C0, 0x0250):
        ch = chr(cp)
        base = unicodedata.normalize("NFKD", ch)[:1]
        if base.isascii() and base.isalpha() and base != ch:
            table[cp] = base
    special = {
        "ß": "s", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "İ": "I",
        "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "þ": "t", "Þ": "T", "ð": "d", "Ð": "D", "ħ": "h",
        "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'", "′": "'",
        "“": '"', "”": '"', "„": '"',
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    }
    for k, v in special.items():
        table[ord(k)] = v
    for cp in range(0x1E00, 0x1F00):
        ch = chr(cp)
        base = unicodedata.normalize("NFKD", ch)[:1]
        if base.isascii() and base.isalpha():
            table[cp] = base
    return table


_FOLD = _build_fold_table()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(m: re.Match[str]) -> str:
    ch = m.group()
    rep = _FOLD.get(ord(ch))
    if rep is not None:
        return rep
    return ch if ch.isalnum() else " "


def _straighten(text: str) -> str:
    """Same-length copy of ``text`` with Latin diacritics removed and punctuation made ASCII
    (curly quotes, dashes, ellipses); other letters and digits are kept. Mostly ASCII text stays
    cheap to scan and to lower-case."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(_fold_char, text)


def _same_length_lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def fold(text: str) -> str:
    """Lower-case, strip diacritics, straighten quotes and dashes; keeps the length of ``text``."""
    return _same_length_lower(_straighten(text))


_KEY_DROP = re.compile(r"[\s\-.'’‐‑–]+")


def name_key(name: str) -> str:
    """Key for comparing person and organisation names: case, spaces, hyphens, dots, accents ignored."""
    return _KEY_DROP.sub("", fold(name))


# --------------------------------------------------------------------------- value types

@dataclass(frozen=True, slots=True)
class StateInfo:
    """A state with its names: ISO codes, status, names, demonyms, capital and seats of power."""

    iso3: str
    iso2: str | None
    numeric: str | None
    name: str
    official_name: str | None
    wikidata: str | None
    status: str
    valid_from: str | None = None
    valid_to: str | None = None
    successors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    abbrevs: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capital: str | None = None
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    region_aliases: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """The entity id of the state (its ISO3 code)."""
        return self.iso3

    @property
    def all_names(self) -> tuple[str, ...]:
        """Name, official name, aliases and abbreviations."""
        out = [self.name] + ([self.official_name] if self.official_name else [])
        return tuple(dict.fromkeys(out + list(self.aliases) + list(self.abbrevs)))


@dataclass(frozen=True, slots=True)
class Office:
    """One term of one person in one office."""

    state: str | None
    office: str
    title: str
    start: dt.date | None
    end: dt.date | None
    org: str | None = None
    note: str = ""
    start_text: str = ""
    end_text: str = ""

    @property
    def acting(self) -> bool:
        """True for acting, interim or caretaker terms."""
        n = self.note.lower()
        return any(w in n for w in ("acting", "interim", "caretaker"))

    def active(self, on: dt.date) -> bool:
        """True when the term covers day ``on`` (start inclusive, end exclusive)."""
        lo = self.start or dt.date.min
        hi = self.end or _OPEN_END
        return lo <= on < hi


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """A person of the offices table, with every term they held."""

    id: str
    name: str
    aliases: tuple[str, ...]
    state: str | None
    offices: tuple[Office, ...]
    surname: str
    name_order: str = "western"
    short_forms: tuple[str, ...] = ()
    nationality: str | None = None  # the state of the latest state office (also for UN/EU/NATO officials)

    @property
    def org(self) -> str | None:
        """The organisation of the person's latest term, when that term is an organisation office."""
        latest = max(self.offices, key=lambda o: o.start or dt.date.min, default=None)
        return latest.org if latest else None

    def roles_on(self, on: dt.date) -> list[Office]:
        """The terms active on day ``on``."""
        return [o for o in self.offices if o.active(on)]

    def state_on(self, on: dt.date) -> str | None:
        """The state the person acts for on day ``on``: the state of an active state term; None
        while an organisation term is active (a UN or NATO official); else the latest earlier
        term's state (a former minister), else :attr:`state`."""
        active = self.roles_on(on)
        if active:
            ranked = sorted(active, key=lambda o: OFFICE_KINDS.index(o.office))
            return ranked[0].state
        before = [o for o in self.offices if o.start and o.start <= on]
        if before:
            return max(before, key=lambda o: o.start).state
        return self.state


@dataclass(frozen=True, slots=True)
class OrgInfo:
    """An international organisation or major body."""

    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    members_note: str = ""


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """A city, region or site that news mentions, with the state it lies in (or is claimed by)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    state: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A gazetteer name found in text: ``text[start:end] == surface``.

    ``kind`` is state, demonym, capital, seat, org, place, person or region_alias; ``ref`` is an
    ISO3 code (state, demonym, capital, seat), an "org:", "place:" or "person:" id, or for a
    region alias its key (resolve with :meth:`Gazetteer.resolve_region_alias`).
    ``detail`` is the table kind (name, alias, abbrev, adjective, ...); ``alternatives`` lists
    other refs when the surface is ambiguous in the tables.
    """

    start: int
    end: int
    surface: str
    kind: str
    ref: str
    detail: str = ""
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str          # mention kind
    ref: str
    detail: str
    case: str          # exact | fold | cap
    surface: str
    flags: frozenset[str] = frozenset()
    priority: int = 0  # lower wins between entries with the same surface


@dataclass(slots=True)
class _RegionAlias:
    key: str
    text: str
    default: tuple[str, ...]
    rules: list[tuple[frozenset[str], tuple[str, ...]]] = field(default_factory=list)
    note: str = ""


# --------------------------------------------------------------------------- parsing helpers

def _data_dir(package: str) -> Path:
    return Path(str(resources.files(package) / "data"))


def _read_table(path: Path, columns: tuple[str, ...], problems: list[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV table as (line number, {column: value}); malformed rows go to ``problems``."""
    out: list[tuple[int, dict[str, str]]] = []
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        problems.append(f"{path}: cannot read: {exc.strerror or exc}")
        return out
    with fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            problems.append(f"{path}: empty file (expected a header row)")
            return out
        missing = [c for c in columns if c not in header]
        if missing:
            problems.append(f"{path}:1: missing column(s) {', '.join(missing)}")
            return out
        for lineno, row in enumerate(reader, start=2):
            if not row or (len(row) == 1 and not row[0].strip()) or row[0].startswith("#"):
                continue
            if len(row) != len(header):
                problems.append(f"{path}:{lineno}: {len(row)} fields, expected {len(header)}")
                continue
            out.append((lineno, {h: v.strip() for h, v in zip(header, row, strict=True)}))
    return out


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def parse_partial_date(text: str, *, upper: bool = False) -> dt.date | None:
    """"2013", "2013-03" or "2013-03-14" as a date; partial dates give the first day of their
    period, or the last when ``upper``. Empty gives None; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}") from None
    m = _PARTIAL_DATE.fullmatch(text)
    if not m:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else (12 if upper else 1)
    last = calendar.monthrange(y, mo)[1] if upper else 1
    d = int(m.group(3)) if m.group(3) else last
    return dt.date(y, mo, d)


def _split(value: str, sep: str = "|") -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(sep) if v.strip())


def _hyphen_variants(name: str) -> set[str]:
    """Spelling variants of a person name: "Kim Jong-un" -> "Kim Jong Un", "Kim Jongun"."""
    out = {name}
    if "-" in name:
        spaced = re.sub(r"-(\w)", lambda m: " " + m.group(1).upper(), name)
        out.add(spaced)
        out.add(name.replace("-", " "))
        out.add(name.replace("-", ""))
    return out


# --------------------------------------------------------------------------- the gazetteer

class Gazetteer:
    """States, names, persons with offices, organisations and places, and a matcher over them."""

    _default: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        self.problems: list[str] = []
        self._states: dict[str, StateInfo] = {}
        self._persons: dict[str, PersonInfo] = {}
        self._person_keys: dict[str, list[str]] = {}
        self._short_keys: dict[str, list[str]] = {}
        self._terms_by_state: dict[str, list[tuple[str, Office]]] = {}
        self._orgs: dict[str, OrgInfo] = {}
        self._org_keys: dict[str, str] = {}
        self._places: dict[str, PlaceInfo] = {}
        self._place_keys: dict[str, str] = {}
        self._state_keys: dict[str, str] = {}
        self._region: dict[str, _RegionAlias] = {}
        self._entries: dict[tuple[str, bool], list[_Entry]] = {}
        self._fold_auto: ahocorasick.Automaton | None = None
        self._exact_auto: ahocorasick.Automaton | None = None
        self._town_state: dict[str, set[str]] = {}

    # ------------------------------------------------------------------ loading
    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer of the packaged tables, loaded once per process."""
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    cls._default = cls.load()
        return cls._default

    @classmethod
    def load(cls, data_dir: str | Path | None = None, states_path: str | Path | None = None,
             *, strict: bool = False, warn: bool = True) -> Gazetteer:
        """Load the tables from ``data_dir`` (default: the packaged ``ingest/data``).

        Malformed rows are skipped and reported in ``.problems`` (and on stderr when ``warn``);
        with ``strict`` the first problem raises :class:`GazetteerError`.
        """
        gz = cls()
        ddir = Path(data_dir) if data_dir else _data_dir("diplograph.ingest")
        spath = Path(states_path) if states_path else _data_dir("diplograph.graph") / "states.tsv"
        gz._load_states(spath)
        gz._load_names(ddir / "state_names.tsv")
        gz._load_orgs(ddir / "organizations.tsv")
        gz._load_places(ddir / "places.tsv")
        gz._load_offices(ddir / "offices.tsv")
        gz._load_stoplist(ddir / "stoplist.tsv")
        gz._build_automata()
        if gz.problems:
            if strict:
                raise GazetteerError(gz.problems[0])
            if warn:
                for p in gz.problems:
                    print(f"gazetteer: {p}", file=sys.stderr)
        return gz

    def _add_entry(self, surface: str, entry: _Entry) -> None:
        if not surface:
            return
        if surface.startswith("the ") and entry.kind != "region_alias" and len(surface) > 4:
            # "the UN Security Council": an optional article must not hide a longer name behind it
            surface = surface[4:]
        exact = entry.case == "exact"
        norm = _straighten(surface)
        variants = {norm}
        if exact:
            if norm[:1].islower():
                variants.add(norm[:1].upper() + norm[1:])
            if any(c.islower() for c in norm):
                variants.add(norm.upper())
        for v in variants:
            key = (v if exact else _same_length_lower(v), exact)
            lst = self._entries.setdefault(key, [])
            if all((e.kind, e.ref) != (entry.kind, entry.ref) for e in lst):
                lst.append(entry)

    def _load_states(self, path: Path) -> None:
        cols = ("iso3", "iso2", "numeric", "name", "official_name", "wikidata", "status", "from", "to",
                "successors")
        for lineno, r in _read_table(path, cols, self.problems):
            iso3 = r["iso3"]
            if not re.fullmatch(r"[A-Z]{3}", iso3):
                self.problems.append(f"{path}:{lineno}: iso3 {iso3!r} is not three capital letters")
                continue
            if r["status"] not in STATUSES:
                self.problems.append(f"{path}:{lineno}: status {r['status']!r} not in {', '.join(STATUSES)}")
                continue
            if iso3 in self._states:
                self.problems.append(f"{path}:{lineno}: duplicate state {iso3}")
                continue
            self._states[iso3] = StateInfo(
                iso3=iso3, iso2=r["iso2"] or None, numeric=r["numeric"] or None, name=r["name"],
                official_name=r["official_name"] or None, wikidata=r["wikidata"] or None,
                status=r["status"], valid_from=r["from"] or None, valid_to=r["to"] or None,
                successors=tuple(r["successors"].split()),
            )

    def _load_names(self, path: Path) -> None:
        acc: dict[str, dict[str, list[str]]] = {}
        principal: set[str] = set()
        for lineno, r in _read_table(path, ("iso3", "kind", "text", "case", "note"), self.problems):
            kind, text, case, note = r["kind"], r["text"], r["case"], r["note"]
            isos = r["iso3"].split()
            if kind not in NAME_KINDS:
                self.problems.append(f"{path}:{lineno}: kind {kind!r} not in {', '.join(NAME_KINDS)}")
                continue
            if case not in ("exact", "fold"):
                self.problems.append(f"{path}:{lineno}: case {case!r} is neither exact nor fold")
                continue
            bad = [i for i in isos if i not in self._states]
            if not isos or bad:
                self.problems.append(f"{path}:{lineno}: unknown state code(s) {' '.join(bad) or '(empty)'}")
                continue
            if not text:
                self.problems.append(f"{path}:{lineno}: empty text")
                continue
            flags = frozenset(re.findall(r"risk:\w+|accent:required", note))
            if kind == "region_alias":
                key = fold(text)
                ra = self._region.get(key) or _RegionAlias(key=key, text=text, default=(), note=note)
                try:
                    ra.default, ra.rules = _parse_region_note(note, tuple(isos))
                except ValueError as exc:
                    self.problems.append(f"{path}:{lineno}: {exc}")
                    continue
                self._region[key] = ra
                self._add_entry(text, _Entry("region_alias", key, kind, case, text, flags | {"region"}))
                continue
            for iso in isos:
                acc.setdefault(iso, {}).setdefault(kind, []).append(text)
                mkind = {"name": "state", "alias": "state", "abbrev": "state", "demonym": "demonym",
                         "adjective": "demonym", "capital": "capital", "seat": "seat"}[kind]
                prio = {"name": 0, "abbrev": 0, "alias": 1, "demonym": 2, "adjective": 2, "capital": 3,
                        "seat": 3}[kind]
                if self._states[iso].status == "historical":
                    prio += 10  # Belgrade is Serbia's capital before it is Serbia and Montenegro's
                self._add_entry(text, _Entry(mkind, iso, kind, case, text, flags, prio))
                if kind in ("name", "alias", "abbrev"):
                    self._state_keys.setdefault(name_key(text), iso)
                if kind in ("capital", "seat"):
                    self._town_state.setdefault(fold(text), set()).add(iso)
                if kind == "capital" and "principal" in note:
                    principal.add(text)
        for iso, st in list(self._states.items()):
            names = acc.get(iso, {})
            caps = tuple(sorted(names.get("capital", ()), key=lambda c: c not in principal))
            self._states[iso] = StateInfo(
                **{f: getattr(st, f) for f in ("iso3", "iso2", "numeric", "name", "official_name",
                                                "wikidata", "status", "valid_from", "valid_to",
                                                "successors")},
                aliases=tuple(dict.fromkeys(names.get("name", []) + names.get("alias", []))),
                abbrevs=tuple(dict.fromkeys(names.get("abbrev", []))),
                demonyms=tuple(dict.fromkeys(names.get("demonym", []))),
                adjectives=tuple(dict.fromkeys(names.get("adjective", []))),
                capital=caps[0] if caps else None, capitals=caps,
                seats=tuple(dict.fromkeys(names.get("seat", []))),
                region_aliases=tuple(k for k, ra in self._region.items() if iso in ra.default),
            )
            for n in (st.name, st.official_name):
                if n:
                    self._state_keys.setdefault(name_key(n), iso)
            self._state_keys.setdefault(name_key(iso), iso)

    def _load_orgs(self, path: Path) -> None:
        for lineno, r in _read_table(path, ("id", "name", "aliases", "kind", "members_note"), self.problems):
            ekind = "group" if r["kind"] in GROUP_KINDS else "organization"
            expected = entity_id(ekind, r["name"])
            if r["id"] != expected:
                self.problems.append(f"{path}:{lineno}: id {r['id']!r} should be {expected!r}")
                continue
            info = OrgInfo(r["id"], r["name"], _split(r["aliases"]), r["kind"], r["members_note"])
            self._orgs[info.id] = info
            for n in (info.name, *info.aliases):
                self._org_keys.setdefault(name_key(n), info.id)
                bare = n[4:] if n.startswith("the ") else n
                case = "exact" if (bare.isupper() or len(bare) <= 4) else "fold"
                mkind = "group" if info.kind in GROUP_KINDS else "org"
                self._add_entry(n, _Entry(mkind, info.id, info.kind, case, n, priority=4))

    def _load_places(self, path: Path) -> None:
        for lineno, r in _read_table(path, ("name", "aliases", "state", "kind"), self.problems):
            st = r["state"] or None
            if st and st not in self._states:
                self.problems.append(f"{path}:{lineno}: unknown state {st!r}")
                continue
            info = PlaceInfo(entity_id("place", r["name"]), r["name"], _split(r["aliases"]), st, r["kind"])
            if info.id in self._places:
                self.problems.append(f"{path}:{lineno}: duplicate place {info.id}")
                continue
            self._places[info.id] = info
            for n in (info.name, *info.aliases):
                self._place_keys.setdefault(name_key(n), info.id)
                self._add_entry(n, _Entry("place", info.id, info.kind, "fold", n, priority=5))
                if st:
                    self._town_state.setdefault(fold(n), set()).add(st)

    def _load_stoplist(self, path: Path) -> None:
        if not path.exists():
            return
        for lineno, r in _read_table(path, ("text", "case", "note"), self.problems):
            if r["case"] not in ("exact", "fold"):
                self.problems.append(f"{path}:{lineno}: case {r['case']!r} is neither exact nor fold")
                continue
            self._add_entry(r["text"], _Entry("ignore", "", "stoplist", r["case"], r["text"], priority=-1))

    def _load_offices(self, path: Path) -> None:
        cols = ("person", "aliases", "state", "org", "office", "title", "start", "end", "surname", "note")
        rows: dict[str, dict] = {}
        for lineno, r in _read_table(path, cols, self.problems):
            where = f"{path}:{lineno}"
            st, org = r["state"] or None, r["org"] or None
            if st and st not in self._states:
                self.problems.append(f"{where}: unknown state {st!r}")
                continue
            if org and org not in self._orgs:
                self.problems.append(f"{where}: unknown organisation {org!r}")
                continue
            if r["office"] not in OFFICE_KINDS:
                self.problems.append(f"{where}: office {r['office']!r} not in {', '.join(OFFICE_KINDS)}")
                continue
            try:
                start = parse_partial_date(r["start"])
                end = parse_partial_date(r["end"], upper=False)
            except ValueError as exc:
                self.problems.append(f"{where}: {exc}")
                continue
            if start and end and end < start:
                self.problems.append(f"{where}: end {r['end']} before start {r['start']}")
                continue
            if not r["person"]:
                self.problems.append(f"{where}: empty person")
                continue
            term = Office(st, r["office"], r["title"].lower(), start, end, org, r["note"],
                          r["start"], r["end"])
            pid = entity_id("person", r["person"])
            rec = rows.setdefault(pid, {"name": r["person"], "aliases": [], "terms": [], "surname": "",
                                        "order": ""})
            rec["aliases"].extend(a for a in _split(r["aliases"]) if a not in rec["aliases"])
            rec["terms"].append(term)
            if r["surname"]:
                rec["surname"] = r["surname"]
            m = re.search(r"order:(\w+)", r["note"])
            if m:
                rec["order"] = m.group(1)
        for pid, rec in rows.items():
            terms = tuple(sorted(rec["terms"], key=lambda o: (o.start or dt.date.min, o.office)))
            state_terms = [t for t in terms if t.state]
            latest = max(terms, key=lambda o: (o.end or _OPEN_END, o.start or dt.date.min))
            state = latest.state
            nat = state or (state_terms[-1].state if state_terms else None)
            order = rec["order"] or ("eastern" if nat in EASTERN_ORDER else
                                     "given" if nat in GIVEN_ORDER else "western")
            shorts = _split(rec["surname"]) or (_default_surname(rec["name"], order),)
            info = PersonInfo(pid, rec["name"], tuple(rec["aliases"]), state, terms, shorts[0], order, shorts, nat)
            self._persons[pid] = info
            for s in info.short_forms:
                lst = self._short_keys.setdefault(name_key(s), [])
                if pid not in lst:
                    lst.append(pid)
            for n in (info.name, *info.aliases):
                self._person_keys.setdefault(name_key(n), [])
                if pid not in self._person_keys[name_key(n)]:
                    self._person_keys[name_key(n)].append(pid)
                # a bare family name ("Putin") is dropped after an unknown capitalised word
                # ("Melania Trump"), like the state names that are also personal names
                flags = frozenset({"risk:surname"}) if len(n.split()) == 1 else frozenset()
                for v in _hyphen_variants(n):
                    self._add_entry(v, _Entry("person", pid, "person", "cap", n, flags, priority=1))
            for t in terms:
                owner = t.state or t.org
                if owner:
                    self._terms_by_state.setdefault(owner, []).append((pid, t))

    def _build_automata(self) -> None:
        fold_a, exact_a = ahocorasick.Automaton(), ahocorasick.Automaton()
        for (key, exact), entries in self._entries.items():
            entries.sort(key=lambda e: e.priority)
            (exact_a if exact else fold_a).add_word(key, (len(key), tuple(entries)))
        for a in (fold_a, exact_a):
            if len(a):
                a.make_automaton()
        self._fold_auto = fold_a if len(fold_a) else None
        self._exact_auto = exact_a if len(exact_a) else None

    # ------------------------------------------------------------------ states
    def state(self, code: str) -> StateInfo | None:
        """The state with ISO3 code ``code`` (also accepts ISO2 or a name/alias), or None."""
        if not code:
            return None
        st = self._states.get(code.upper())
        if st:
            return st
        if len(code) == 2:
            for s in self._states.values():
                if s.iso2 == code.upper():
                    return s
        text = re.sub(r"^the\s+", "", code.strip(), flags=re.I)
        if text.count(",") == 1:  # ISO style "Korea, Republic of" -> "Republic of Korea"
            head, tail = (x.strip() for x in text.split(","))
            iso = self._state_keys.get(name_key(f"{tail} {head}")) or self._state_keys.get(name_key(head))
            if iso:
                return self._states.get(iso)
        iso = self._state_keys.get(name_key(text))
        return self._states.get(iso) if iso else None

    def states(self, status: str | None = None) -> list[StateInfo]:
        """All states (optionally only those with ``status``), in ISO3 order."""
        return sorted((s for s in self._states.values() if status is None or s.status == status),
                      key=lambda s: s.iso3)

    def state_of(self, ref: str) -> str | None:
        """ISO3 code a mention ref or entity id stands for: a state, a person's state, a place's state."""
        if ref in self._states:
            return ref
        if ref.startswith("person:"):
            p = self._persons.get(ref)
            return p.state if p else None
        if ref.startswith("place:"):
            pl = self._places.get(ref)
            return pl.state if pl else None
        return None

    # ------------------------------------------------------------------ matching
    def name_words(self) -> frozenset[str]:
        """Every word (lower case) of a name the gazetteer knows: states, places, organisations, persons."""
        words = getattr(self, "_name_words", None)
        if words is None:
            words = frozenset(w.lower() for key, _exact in self._entries for w in _NAME_WORD_RE.findall(key))
            self._name_words = words
        return words

    def find_mentions(self, text: str) -> list[Mention]:
        """Every gazetteer name in ``text``, longest-leftmost, on word boundaries (see module doc)."""
        if not text:
            return []
        raw = _straighten(text)
        folded = _same_length_lower(raw)
        n = len(text)
        cands: list[tuple[int, int, tuple[_Entry, ...]]] = []
        for auto, hay in ((self._fold_auto, folded), (self._exact_auto, raw)):
            if auto is None:
                continue
            for end_idx, (klen, entries) in auto.iter(hay):
                start = end_idx - klen + 1
                end = end_idx + 1
                if start > 0 and folded[start - 1].isalnum():
                    continue
                if end < n and folded[end].isalnum():
                    continue
                ok = self._filter(text, start, end, entries)
                if ok:
                    cands.append((start, end, ok))
        if not cands:
            return []
        cands.sort(key=lambda c: (c[0], c[0] - c[1]))
        out: list[Mention] = []
        pos = 0
        for start, end, entries in cands:
            if start < pos:
                continue
            pos = end
            e = entries[0]
            if e.kind == "ignore":
                continue
            alts = tuple(dict.fromkeys(x.ref for x in entries[1:] if x.ref != e.ref and x.kind != "ignore")) \
                if len(entries) > 1 else ()
            out.append(Mention(start, end, text[start:end], e.kind, e.ref, e.detail, alts))
        return out

    def _filter(self, text: str, start: int, end: int, entries: tuple[_Entry, ...]) -> tuple[_Entry, ...]:
        keep = []
        for e in entries:
            if e.case == "cap" and not text[start].isupper():
                continue
            if "accent:required" in e.flags and text[start:end].casefold() != e.surface.casefold():
                continue  # "Malé" must keep its accent; "Male" is an English word
            if e.flags and not self._context_ok(text, start, end, e):
                continue
            keep.append(e)
        return tuple(keep)

    def _context_ok(self, text: str, start: int, end: int, e: _Entry) -> bool:
        before = text[max(0, start - 60):start]
        after = text[end:end + 40]
        if "region" in e.flags and re.match(r"[ \t]+[A-Z]", after) and e.surface.lower() in (
                "the north", "the south"):
            return False
        if "risk:person" in e.flags or "risk:us_state" in e.flags or "risk:surname" in e.flags:
            m = re.search(r"(?:^|(.))[ \t]*\b([A-Z][\w'’.-]*)[ \t]+$", before)
            # a bare family name after any unknown capitalised word is someone else's ("Melania Trump")
            if m and ("risk:surname" in e.flags or not _sentence_initial(before, m.start(2))):
                prev = m.group(2)
                low = fold(prev).rstrip(".")
                ends_sentence = prev[-1] in ".!?" and low not in _HONORIFICS and len(low) > 3
                if not ends_sentence and low not in _FUNCTION_CAPS and low not in _HONORIFICS and low not in TITLE_KEYWORDS \
                        and not self._is_known_name(prev):
                    return False
        if "risk:us_state" in e.flags:
            if re.search(r"\bstate of\s+$", before, re.I) or re.match(r"[ \t]*(state|governor|senator)\b",
                                                                      after, re.I):
                return False
            m = re.search(r"\b([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*)*),[ \t]*$", before)
            if m and e.ref not in self._town_state.get(fold(m.group(1)), set()):
                return False
        return True

    def _is_known_name(self, word: str) -> bool:
        k = name_key(word)
        return k in self._state_keys or k in self._org_keys or k in self._place_keys

    # ------------------------------------------------------------------ region aliases
    def region_aliases(self) -> dict[str, tuple[str, ...]]:
        """Every region alias key with its default resolution."""
        return {k: ra.default for k, ra in self._region.items()}

    def resolve_region_alias(self, alias: str, context_states: Iterable[str] = ()) -> tuple[str, ...]:
        """The state(s) a region alias ("the North", "the two Koreas") stands for, given the ISO3
        codes mentioned around it. The first rule whose trigger states meet the context wins;
        without a matching rule the alias' default applies (often: nothing)."""
        ra = self._region.get(fold(alias).strip())
        if ra is None:
            return ()
        ctx = set(context_states)
        for trigger, result in ra.rules:
            hit = trigger & ctx
            if hit:
                return tuple(sorted(hit)) if result == ("&",) else result
        return ra.default

    # ------------------------------------------------------------------ persons
    def persons(self, name: str) -> list[PersonInfo]:
        """Persons whose canonical name or alias equals ``name`` (case, space, hyphen-insensitive).
        A bare surname or short form ("Putin", "Xi") matches when unambiguous in the table."""
        key = name_key(name)
        pids = self._person_keys.get(key) or self._short_keys.get(key)
        return [self._persons[p] for p in pids] if pids else []

    def person_by_id(self, pid: str) -> PersonInfo | None:
        """The person with id ``pid`` ("person:kim-jong-un"), or None."""
        return self._persons.get(pid)

    def all_persons(self) -> list[PersonInfo]:
        """Every person of the offices table, by id."""
        return sorted(self._persons.values(), key=lambda p: p.id)

    def offices(self, pid: str) -> list[Office]:
        """All terms of the person ``pid``, by start date."""
        p = self._persons.get(pid)
        return list(p.offices) if p else []

    def holders(self, state: str, title_or_office: str, on: dt.date) -> list[tuple[PersonInfo, Office]]:
        """Every (person, term) matching ``title_or_office`` in ``state`` (ISO3 or "org:…") on ``on``.

        ``title_or_office`` is an office kind ("head_of_state"), a title ("president", "king",
        "supreme leader"), a common synonym ("FM", "premier", "secretary of state") or "leader"
        (the paramount leader, see the module doc). Non-acting terms come first."""
        if isinstance(on, dt.datetime):
            on = on.date()
        st = state if state.startswith("org:") else (state or "").upper()
        terms = [(pid, t) for pid, t in self._terms_by_state.get(st, []) if t.active(on)]
        q = re.sub(r"[\s_]+", " ", title_or_office.strip().lower())
        found = self._match_terms(terms, q)
        found.sort(key=lambda x: (x[1].acting, x[1].start or dt.date.min))
        return [(self._persons[pid], t) for pid, t in found]

    def _match_terms(self, terms: list[tuple[str, Office]], q: str) -> list[tuple[str, Office]]:
        if q in _LEADER_WORDS:
            para = [x for x in terms if x[1].title in PARAMOUNT_TITLES]
            if para:
                return para
            hos = [x for x in terms if x[1].office == "head_of_state"]
            if hos and not all("ceremonial" in t.note.lower() for _, t in hos):
                return [x for x in hos if "ceremonial" not in x[1].note.lower()]
            hog = [x for x in terms if x[1].office == "head_of_government"]
            return hog or hos
        office = q.replace(" ", "_") if q.replace(" ", "_") in OFFICE_KINDS else _TITLE_TO_OFFICE.get(q)
        by_title = [x for x in terms if x[1].title == q]
        if by_title and office is None:
            return by_title
        if q == "president":
            pres = [x for x in terms if "vice" not in x[1].title and (
                x[1].title.endswith("president")
                or (x[1].title.startswith("president") and x[1].office in ("head_of_state", "head_of_government")))]
            if pres:
                hos = [x for x in pres if x[1].office == "head_of_state"]
                return hos or pres
            return []
        if office:
            rows = [x for x in terms if x[1].office == office]
            if not rows and office == "head_of_government":
                # presidential systems: the head of state also leads the government
                rows = [x for x in terms if x[1].office == "head_of_state" and "ceremonial" not in x[1].note]
            return rows
        return by_title or [x for x in terms if q in x[1].title]

    def holder(self, state: str, title_or_office: str, on: dt.date) -> PersonInfo | None:
        """The person holding ``title_or_office`` in ``state`` on day ``on`` (see :meth:`holders`),
        or None; ("CHN", "president", 2015-01-29) -> Xi Jinping."""
        found = self.holders(state, title_or_office, on)
        return found[0][0] if found else None

    def title_keywords(self) -> set[str]:
        """Lower-case role words ("president", "foreign minister", "spokesman", "envoy", ...)."""
        titles = {t.title for p in self._persons.values() for t in p.offices if t.title}
        return set(TITLE_KEYWORDS) | {t for t in titles if len(t.split()) <= 3}

    # ------------------------------------------------------------------ organisations, places
    def org(self, name: str) -> OrgInfo | None:
        """The organisation with this id ("org:nato"), name or alias ("NATO", "the UN"), or None."""
        if name in self._orgs:
            return self._orgs[name]
        key = name_key(re.sub(r"^the\s+", "", name.strip(), flags=re.I))
        oid = self._org_keys.get(key) or self._org_keys.get(name_key(name))
        return self._orgs.get(oid) if oid else None

    def orgs(self) -> list[OrgInfo]:
        """Every organisation, by id."""
        return sorted(self._orgs.values(), key=lambda o: o.id)

    def place(self, name: str) -> PlaceInfo | None:
        """The place with this id ("place:geneva"), name or alias, or None. Capitals are places too:
        a capital not in the places table gives a PlaceInfo of kind "capital"."""
        if name in self._places:
            return self._places[name]
        pid = self._place_keys.get(name_key(name))
        if pid:
            return self._places[pid]
        states = self._town_state.get(fold(name.strip()))
        if states:
            for st in sorted(states):
                info = self._states[st]
                for c in info.capitals:
                    if fold(c) == fold(name.strip()):
                        return PlaceInfo(entity_id("place", info.capital or c), info.capital or c,
                                         tuple(x for x in info.capitals if x != info.capital), st, "capital")
        return None

    def places(self) -> list[PlaceInfo]:
        """Every place of the places table, by id."""
        return sorted(self._places.values(), key=lambda p: p.id)


# --------------------------------------------------------------------------- helpers

_FUNCTION_CAPS = frozenset({
    "the", "a", "an", "in", "on", "at", "to", "from", "and", "or", "but", "of", "for", "with", "by",
    "as", "if", "while", "when", "after", "before", "since", "neighbouring", "neighboring", "both",
    "then", "meanwhile", "however", "also", "visiting", "unlike", "like", "including",
    "president", "king", "queen", "prime", "minister", "government", "state", "republic", "kingdom",
    "north", "south", "east", "west", "central", "western", "eastern", "northern", "southern",
    "u.s.", "us", "uk", "eu", "un", "nato", "said", "says",
})


_HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "madame", "monsieur", "herr",
    "gen", "lt", "col", "maj", "capt", "adm", "sen", "rep", "gov", "pres", "prof", "rev", "sheikh", "sheik",
    "emir", "amir", "prince", "princess", "king", "queen", "crown", "sultan", "ayatollah", "imam", "mullah",
    "comrade", "marshal", "field", "chairman", "premier", "chancellor", "secretary", "minister", "leader",
    "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "speaker", "senator", "president",
    "vice", "deputy", "former", "foreign", "defence", "defense", "prime", "supreme", "general", "state",
})


def _sentence_initial(before: str, word_start: int) -> bool:
    """True when the word starting at ``word_start`` of ``before`` begins a sentence or line."""
    head = before[:word_start].rstrip(" \t\"'“‘(")
    return not head or head[-1] in ".!?:;\n\r" or (len(before) < 60 and not head.strip())


def _default_surname(name: str, order: str) -> str:
    tokens = name.split()
    if not tokens:
        return name
    if order in ("eastern", "given"):
        return tokens[0]
    # keep particles with the family name: "von der Leyen", "al-Assad" stays one token
    i = len(tokens) - 1
    while i > 0 and tokens[i - 1].lower() in NAME_PARTICLES:
        i -= 1
    return " ".join(tokens[i:])


def _parse_region_note(note: str, isos: tuple[str, ...]) -> tuple[tuple[str, ...], list]:
    """Parse a region alias note, clauses separated by ";" (text in parentheses is a comment):

    * ``context:A B -> X Y``: when A or B is among the context states, the alias is X and Y;
    * ``members:A B C``: the alias is the members found in the context, or all members;
    * ``default:X Y`` (``default:-`` for nothing): the result when no rule applies.

    Without a default the alias stands for the row's iso3 codes, unless ``context`` rules exist,
    in which case the default is nothing."""
    rules: list[tuple[frozenset[str], tuple[str, ...]]] = []
    default: tuple[str, ...] | None = None
    codes = re.compile(r"\b[A-Z]{3}\b")
    for clause in re.sub(r"\([^)]*\)", "", note).split(";"):
        clause = clause.strip()
        if clause.startswith("context:"):
            body = clause[len("context:"):]
            if "->" not in body:
                raise ValueError(f"region alias rule {clause!r} lacks '->'")
            trig, res = body.split("->", 1)
            rules.append((frozenset(codes.findall(trig)), tuple(codes.findall(res))))
        elif clause.startswith("members:"):
            members = tuple(codes.findall(clause))
            rules.append((frozenset(members), ("&",)))
            default = members
        elif clause.startswith("default:"):
            default = tuple(codes.findall(clause))
    if default is None:
        default = () if rules else isos
    return default, rules


def slug(name: str) -> str:
    """The slug used in ids (re-exported for table scripts)."""
    return slugify(name)
