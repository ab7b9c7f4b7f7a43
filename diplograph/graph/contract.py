"""The extraction document of ``eval/CONTRACT.md`` to and from the model.

``to_contract`` turns an :class:`~diplograph.graph.model.Extraction` into the
JSON document ``diplograph extract`` prints; ``from_contract`` reads such a
document back (``diplograph load``), checking every field and naming the first
problem precisely (``events[3].cameo: '4x' is not a CAMEO code``).

>>> doc = {"article": {"id": "a1", "published": "2015-01-29"},
...        "entities": [{"id": "PRK", "kind": "state", "name": "North Korea", "state": "PRK"}],
...        "events": [{"cameo": "042", "source": "PRK", "target": "RUS", "when": "2015-05",
...                    "factuality": "planned", "evidence": {"text": "...", "start": 0, "end": 3}}]}
>>> ex = from_contract(doc)
>>> ex.events[0].when.edtf, [e.id for e in ex.entities]
('2015-05', ['PRK', 'RUS'])
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diplograph.graph import ontology
from diplograph.graph.model import (
    ENTITY_KINDS,
    FACTUALITY,
    Article,
    Entity,
    Event,
    Evidence,
    Extraction,
    Relation,
    When,
)

__all__ = ["ContractError", "LoadError", "from_contract", "read_documents", "to_contract"]


class ContractError(ValueError):
    """An extraction document that does not follow the contract; the message names the field."""


def _evidence_dict(ev: Evidence | None) -> dict[str, Any] | None:
    if ev is None:
        return None
    return {"text": ev.text, "start": ev.start, "end": ev.end, "rule": ev.rule, "confidence": ev.confidence}


def to_contract(ex: Extraction) -> dict[str, Any]:
    """The contract document of one article's extraction (JSON-ready)."""
    a = ex.article
    doc: dict[str, Any] = {
        "article": {
            "id": a.id, "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "published_source": a.published_source, "url": a.url, "publisher": a.publisher,
        },
        "entities": [],
        "events": [],
        "relations": [],
    }
    for e in ex.entities:
        d: dict[str, Any] = {"id": e.id, "kind": e.kind, "name": e.name, "state": e.state}
        if e.aliases:
            d["aliases"] = list(e.aliases)
        if e.roles:
            d["roles"] = list(e.roles)
        doc["entities"].append(d)
    for i, ev in enumerate(ex.events, 1):
        code = ontology.cameo(ev.cameo) if ontology.is_cameo(ev.cameo) else None
        d = {
            "id": f"e{i}", "type": ev.type or (code.type if code else None), "cameo": ev.cameo,
            "source": ev.source, "target": ev.target, "location": ev.location,
            "when": ev.when.edtf if ev.when else None, "factuality": ev.factuality,
            "goldstein": ev.goldstein if ev.goldstein is not None else (code.goldstein if code else None),
            "evidence": _evidence_dict(ev.evidence[0] if ev.evidence else None),
        }
        if ev.attributes:
            d["attributes"] = ev.attributes
        doc["events"].append(d)
    for rel in ex.relations:
        d = {"type": rel.type, "a": rel.a, "b": rel.b, "when": rel.when.edtf if rel.when else None}
        d.update(rel.attributes)
        d["evidence"] = _evidence_dict(rel.evidence[0] if rel.evidence else None)
        doc["relations"].append(d)
    return doc


def _need(d: dict, key: str, where: str, types: type | tuple[type, ...] = str) -> Any:
    if not isinstance(d, dict):
        raise ContractError(f"{where}: expected an object, got {type(d).__name__}")
    if key not in d or d[key] is None:
        raise ContractError(f"{where}.{key}: missing")
    v = d[key]
    if not isinstance(v, types):
        raise ContractError(f"{where}.{key}: expected {getattr(types, '__name__', types)}, got {type(v).__name__}")
    return v


def _when(value: Any, where: str) -> When | None:
    if value is None:
        return None
    try:
        return When.parse(str(value))
    except ValueError as exc:
        raise ContractError(f"{where}: {exc}") from None


def _evidence(d: Any, where: str, article: Article, factuality: str | None, when: When | None) -> Evidence:
    if d is None:
        d = {}
    if not isinstance(d, dict):
        raise ContractError(f"{where}: expected an object, got {type(d).__name__}")
    try:
        start, end = int(d.get("start") or 0), int(d.get("end") or 0)
        conf = float(d.get("confidence", 1.0))
    except (TypeError, ValueError):
        raise ContractError(f"{where}: start, end and confidence must be numbers") from None
    if start < 0 or end < start:
        raise ContractError(f"{where}: bad span {start}..{end}")
    return Evidence(
        article_id=article.id, text=str(d.get("text") or ""), start=start, end=end,
        rule=str(d.get("rule") or "contract"), confidence=conf, factuality=factuality,
        when=when.edtf if when else None,
        published=article.published.isoformat() if article.published else None,
    )


def from_contract(doc: Any, *, published: dt.date | None = None) -> Extraction:
    """Read one contract document into an Extraction; raises ContractError naming the field."""
    if not isinstance(doc, dict):
        raise ContractError(f"document: expected a JSON object, got {type(doc).__name__}")
    art = doc.get("article")
    if not isinstance(art, dict):
        raise ContractError("article: missing")
    aid = _need(art, "id", "article")
    if not aid.strip():
        raise ContractError("article.id: empty")
    pub = art.get("published")
    try:
        pub_date = dt.date.fromisoformat(str(pub)[:10]) if pub else published
    except ValueError:
        raise ContractError(f"article.published: {pub!r} is not a date (YYYY-MM-DD)") from None
    article = Article(
        id=aid, title=art.get("title"), url=art.get("url"), published=pub_date,
        published_source=art.get("published_source") or ("given" if published and not pub else None),
        publisher=art.get("publisher"), content_hash=art.get("content_hash"),
    )
    entities: dict[str, Entity] = {}
    for i, e in enumerate(doc.get("entities") or []):
        where = f"entities[{i}]"
        eid = _need(e, "id", where)
        kind = _need(e, "kind", where)
        if kind not in ENTITY_KINDS:
            raise ContractError(f"{where}.kind: {kind!r} is not one of {', '.join(ENTITY_KINDS)}")
        name = e.get("name") or eid
        aliases = e.get("aliases") or []
        roles = e.get("roles") or []
        if not isinstance(aliases, list) or not isinstance(roles, list):
            raise ContractError(f"{where}: aliases and roles must be lists")
        ent = Entity(id=eid, kind=kind, name=str(name), state=e.get("state"),
                     aliases=tuple(map(str, aliases)), roles=tuple(map(str, roles)))
        ent.evidence.append(Evidence(article_id=article.id, rule="contract:entity",
                                     published=article.published.isoformat() if article.published else None))
        entities[eid] = ent

    def ref(value: Any, where: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise ContractError(f"{where}: expected an entity id, got {type(value).__name__}")
        if value not in entities:
            if len(value) == 3 and value.isalpha() and value.isupper():
                entities[value] = Entity(id=value, kind="state", name=ontology.state_name(value), state=value,
                                         evidence=[Evidence(article_id=article.id, rule="contract:implied")])
            else:
                raise ContractError(f"{where}: {value!r} is not among the document's entities")
        return value

    events = []
    for i, e in enumerate(doc.get("events") or []):
        where = f"events[{i}]"
        code = str(_need(e, "cameo", where, (str, int)))
        if not ontology.is_cameo(code):
            raise ContractError(f"{where}.cameo: {code!r} is not a CAMEO code")
        fact = e.get("factuality") or "occurred"
        if fact not in FACTUALITY:
            raise ContractError(f"{where}.factuality: {fact!r} is not one of {', '.join(FACTUALITY)}")
        when = _when(e.get("when"), f"{where}.when")
        gold = e.get("goldstein")
        ev = Event(
            cameo=code, source=ref(e.get("source"), f"{where}.source"),
            target=ref(e.get("target"), f"{where}.target"),
            location=ref(e.get("location"), f"{where}.location"), when=when, factuality=fact,
            goldstein=float(gold) if isinstance(gold, int | float) else ontology.cameo(code).goldstein,
            type=e.get("type") or ontology.cameo(code).type,
            attributes=dict(e.get("attributes") or {}),
        )
        ev.evidence.append(_evidence(e.get("evidence"), f"{where}.evidence", article, fact, when))
        events.append(ev)
    relations = []
    for i, r in enumerate(doc.get("relations") or []):
        where = f"relations[{i}]"
        rtype = _need(r, "type", where)
        a = ref(_need(r, "a", where), f"{where}.a")
        b = ref(_need(r, "b", where), f"{where}.b")
        when = _when(r.get("when"), f"{where}.when")
        attrs = {k: v for k, v in r.items() if k not in {"type", "a", "b", "when", "evidence", "id"}}
        if rtype == "trend" and attrs.get("polarity") not in ("positive", "negative", "neutral"):
            raise ContractError(f"{where}.polarity: {attrs.get('polarity')!r} is not positive, negative or neutral")
        try:
            rel = Relation(type=rtype, a=a, b=b, when=when, attributes=attrs)
        except ValueError as exc:
            raise ContractError(f"{where}: {exc}") from None
        rel.evidence.append(_evidence(r.get("evidence"), f"{where}.evidence", article, None, when))
        relations.append(rel)
    return Extraction(article=article, entities=list(entities.values()), events=events, relations=relations)


@dataclass(slots=True)
class LoadError:
    """A document that could not be read: the file, the line (JSONL) and what is wrong."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


def read_documents(path: str | Path) -> Iterator[Extraction | LoadError]:
    """Read contract documents from a JSON file (one document or a list) or a JSONL file.

    Every problem is yielded as a LoadError naming the file and line; the valid
    documents beside it are still yielded.
    """
    p = Path(path)
    name = str(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        yield LoadError(name, None, f"cannot read: {exc.strerror or exc}")
        return
    if not raw.strip():
        yield LoadError(name, None, "empty file")
        return
    if b"\x00" in raw[:8192]:
        yield LoadError(name, None, "binary file (NUL bytes), expected JSON or JSONL text")
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield LoadError(name, None, f"invalid UTF-8 at byte {exc.start}")
        return
    stripped = text.lstrip()
    if p.suffix.lower() != ".jsonl" and stripped[:1] in "[{":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            if p.suffix.lower() == ".json" or stripped[:1] == "[":
                yield LoadError(name, exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})")
                return
        else:
            docs = data if isinstance(data, list) else [data]
            for i, doc in enumerate(docs):
                try:
                    yield from_contract(doc)
                except ContractError as exc:
                    where = f"document {i + 1}: " if isinstance(data, list) else ""
                    yield LoadError(name, None, f"{where}{exc}")
            return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadError(name, lineno, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        try:
            yield from_contract(doc)
        except ContractError as exc:
            yield LoadError(name, lineno, str(exc))
