"""The one vocabulary of diplograph: entities, events, relations, articles, evidence.

ingest produces these objects, the store keeps them, queries read them and the
views (networkx, RDF, Neo4j) map them. Identity is deterministic:

* states by ISO 3166-1 alpha-3 ("PRK"),
* persons, organisations, places and groups by a kind prefix and a slug of their
  canonical name ("person:kim-jong-un", "place:moscow"),
* events and relations by a hash of their parts (see :func:`event_key`,
  :func:`relation_key`), so the same real-world event reported by two articles
  is one Event with two Evidence rows.

>>> ev = Event(cameo="042", source="person:kim-jong-un", target="RUS",
...            when=When.parse("2015-05"), factuality="planned")
>>> ev.key == Event(cameo="042", source="person:kim-jong-un", target="RUS",
...                 when=When.parse("2015-05"), factuality="negated").key
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from diplograph.graph.when import When

__all__ = [
    "ENTITY_KINDS",
    "FACTUALITY",
    "RELATION_TYPES",
    "SYMMETRIC_CAMEO",
    "Article",
    "Entity",
    "Event",
    "Evidence",
    "Extraction",
    "Relation",
    "When",
    "entity_id",
    "event_key",
    "relation_key",
    "slugify",
]

ENTITY_KINDS = ("state", "person", "organization", "place", "group")
FACTUALITY = ("occurred", "planned", "possible", "negated")
RELATION_TYPES = ("trend", "role", "kinship", "membership")
POLARITIES = ("positive", "negative", "neutral")
# CAMEO codes whose source and target can be swapped without changing the event:
# consult, meet at a third location, mediate, negotiate, sign agreement, ... .
SYMMETRIC_CAMEO = frozenset({"040", "044", "045", "046", "057", "060", "061", "062", "063", "064"})
_KIND_PREFIX = {"person": "person", "organization": "org", "place": "place", "group": "group"}
_ISO3 = re.compile(r"[A-Z]{3}")


def slugify(name: str) -> str:
    """A stable ASCII slug: "Kim Jong-un" -> "kim-jong-un", "Erdoğan" -> "erdogan"."""
    norm = unicodedata.normalize("NFKD", name)
    ascii_ = norm.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")
    if slug:
        return slug
    return "u" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def entity_id(kind: str, name: str, state: str | None = None) -> str:
    """The deterministic id of an entity: a state's ISO3 code, else "<kind>:<slug>"."""
    if kind == "state":
        code = (state or name).upper()
        if not _ISO3.fullmatch(code):
            raise ValueError(f"a state id is an ISO 3166-1 alpha-3 code, not {code!r}")
        return code
    if kind not in _KIND_PREFIX:
        raise ValueError(f"unknown entity kind {kind!r} (expected one of {', '.join(ENTITY_KINDS)})")
    return f"{_KIND_PREFIX[kind]}:{slugify(name)}"


def _digest(*parts: object) -> str:
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.blake2b(raw.encode("utf-8"), digest_size=10).hexdigest()


def event_key(cameo: str, source: str | None, target: str | None, when: When | None) -> str:
    """Key of a real-world event: CAMEO code, participants (ordered unless symmetric) and time."""
    s, t = source, target
    if cameo in SYMMETRIC_CAMEO and (s or "") > (t or ""):
        s, t = t, s
    return "ev:" + _digest(cameo, s, t, when.edtf if when else None)


def relation_key(type_: str, a: str, b: str, when: When | None, discriminator: str = "") -> str:
    """Key of a relation; trends are undirected, so their pair is sorted."""
    if type_ == "trend" and a > b:
        a, b = b, a
    return "rel:" + _digest(type_, a, b, when.edtf if when else None, discriminator)


@dataclass(slots=True)
class Evidence:
    """Where an assertion comes from: the article, the sentence, its span, the rule.

    ``factuality`` and ``when`` are what *this* article asserts, which may differ
    from the event's current values once several articles report it. The store
    records the article's verdict (the Event's factuality) on every evidence row
    of that article, so an article that mentions an event twice says one thing.
    ``start``/``end`` are character offsets of the sentence in the article text.
    """

    article_id: str
    text: str = ""
    start: int = 0
    end: int = 0
    rule: str = ""
    confidence: float = 1.0
    factuality: str | None = None
    when: str | None = None
    published: str | None = None  # the article's publication date, for history and --as-of
    locator: str | None = None  # where in a structured source: "GLOBALEVENTID 410412351"; None = the span

    @property
    def key(self) -> str:
        """What makes this evidence row unique within its article: the locator, else span and rule."""
        return self.locator or f"{self.start}-{self.end}:{self.rule}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article_id, "text": self.text, "start": self.start, "end": self.end,
            "rule": self.rule, "confidence": self.confidence, "factuality": self.factuality,
            "when": self.when, "published": self.published, "locator": self.locator,
        }


@dataclass(slots=True)
class Entity:
    """A state, person, organisation, place or group."""

    id: str
    kind: str
    name: str
    state: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    attributes: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.kind not in ENTITY_KINDS:
            raise ValueError(f"entity {self.id!r}: unknown kind {self.kind!r}")
        if self.kind == "state" and not self.state:
            self.state = self.id
        self.aliases = tuple(self.aliases)
        self.roles = tuple(self.roles)

    @classmethod
    def make(cls, kind: str, name: str, state: str | None = None, **kw: Any) -> Entity:
        """Build an entity with its deterministic id."""
        return cls(id=entity_id(kind, name, state), kind=kind, name=name, state=state, **kw)


@dataclass(slots=True)
class Event:
    """A CAMEO-coded event: who did what to whom, where, when, and how certain."""

    cameo: str
    source: str | None = None
    target: str | None = None
    location: str | None = None
    when: When | None = None
    factuality: str = "occurred"
    goldstein: float | None = None
    type: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cameo = str(self.cameo)
        if not re.fullmatch(r"\d{2,4}", self.cameo):
            raise ValueError(f"not a CAMEO code: {self.cameo!r}")
        if self.factuality not in FACTUALITY:
            raise ValueError(f"unknown factuality {self.factuality!r} (expected one of {', '.join(FACTUALITY)})")
        if isinstance(self.when, str | dt.date):
            self.when = When.parse(self.when)

    @property
    def key(self) -> str:
        return event_key(self.cameo, self.source, self.target, self.when)

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(slots=True)
class Relation:
    """A relation between two entities over time.

    ``type`` is "trend" (the state of a dyad's relations: ``polarity`` and
    ``label`` in attributes), "role" (a person's office in a state or
    organisation: ``title``), "kinship" (``kin``) or "membership".
    """

    type: str
    a: str
    b: str
    when: When | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.type not in RELATION_TYPES:
            raise ValueError(f"unknown relation type {self.type!r} (expected one of {', '.join(RELATION_TYPES)})")
        if isinstance(self.when, str | dt.date):
            self.when = When.parse(self.when)

    @property
    def discriminator(self) -> str:
        at = self.attributes
        if self.type == "trend":
            return f"{at.get('polarity', '')}|{at.get('label', '')}"
        if self.type == "role":
            return str(at.get("title", ""))
        if self.type == "kinship":
            return str(at.get("kin", ""))
        return ""

    @property
    def key(self) -> str:
        return relation_key(self.type, self.a, self.b, self.when, self.discriminator)


@dataclass(slots=True)
class Article:
    """A source document. ``published`` anchors its relative dates."""

    id: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_source: str | None = None  # given | metadata | inferred | None
    publisher: str | None = None
    content_hash: str | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        if not self.id or not str(self.id).strip():
            raise ValueError("an article needs a non-empty id")
        if isinstance(self.published, str):
            self.published = dt.date.fromisoformat(self.published[:10]) if self.published else None
        elif isinstance(self.published, dt.datetime):
            self.published = self.published.date()
        if self.content_hash is None and self.text is not None:
            self.content_hash = hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Extraction:
    """Everything one article asserts: the unit of ingest (one transaction)."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
