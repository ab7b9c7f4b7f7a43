"""The embedded store: SQLite, the single source of truth of the graph.

One transaction per article: an article and everything it asserts land
together or not at all. Storing the same article twice changes nothing;
storing a changed article replaces what it said. Retracting an article removes
its evidence and every event, relation and entity that only it supported, and
recomputes what other articles still support.

One real-world event reported by several articles is one row of ``events``
(its id is :func:`~diplograph.graph.model.event_key`) with one ``evidence``
row per article and place; each evidence row keeps the factuality and time its
article asserted. The event's current factuality is the one of its most
recently published report, so a planned visit later reported as called off
reads "negated", and the history stays in the evidence.

>>> from diplograph.graph.model import Article, Event, Extraction
>>> s = Store(":memory:")
>>> ex = Extraction(Article("a1", published="2015-01-29"),
...                 events=[Event("042", "PRK", "RUS", when="2015-05", factuality="planned")])
>>> s.ingest(ex).status, s.ingest(ex).status
('added', 'unchanged')
>>> s.stats()["events"]
1

Tables (read them freely; write only through this class): ``articles``,
``entities``, ``mentions`` (which article supports which entity), ``events``,
``relations``, ``evidence`` (subject = event or relation id), ``meta``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from diplograph.graph import ontology
from diplograph.graph.model import (
    Article,
    Entity,
    Event,
    Evidence,
    Extraction,
    Relation,
    When,
)

__all__ = ["IngestResult", "Store", "StoreError"]

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT, url TEXT, published TEXT, published_source TEXT,
    publisher TEXT, content_hash TEXT, text TEXT, kind TEXT NOT NULL DEFAULT 'article'
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, state TEXT,
    aliases TEXT NOT NULL DEFAULT '[]', roles TEXT NOT NULL DEFAULT '[]', attributes TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS entities_state ON entities(state);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS mentions (
    entity_id TEXT NOT NULL, article_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, state TEXT,
    aliases TEXT NOT NULL DEFAULT '[]', roles TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, cameo TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL, type TEXT,
    source TEXT, target TEXT, location TEXT, source_state TEXT, target_state TEXT,
    when_edtf TEXT, lo TEXT, hi TEXT, precision TEXT,
    factuality TEXT NOT NULL, n_articles INTEGER NOT NULL DEFAULT 1, attributes TEXT NOT NULL DEFAULT '{}',
    fact_published TEXT, fact_article TEXT
);
CREATE INDEX IF NOT EXISTS events_source ON events(source, lo);
CREATE INDEX IF NOT EXISTS events_target ON events(target, lo);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source_state, target_state, lo);
CREATE INDEX IF NOT EXISTS events_target_state ON events(target_state, lo);
CREATE INDEX IF NOT EXISTS events_lo ON events(lo);
CREATE TABLE IF NOT EXISTS relations (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, a_state TEXT, b_state TEXT,
    when_edtf TEXT, lo TEXT, hi TEXT, precision TEXT, polarity TEXT, label TEXT,
    attributes TEXT NOT NULL DEFAULT '{}', n_articles INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS relations_a ON relations(a, lo);
CREATE INDEX IF NOT EXISTS relations_b ON relations(b, lo);
CREATE INDEX IF NOT EXISTS relations_dyad ON relations(a_state, b_state);
CREATE TABLE IF NOT EXISTS evidence (
    subject TEXT NOT NULL, article_id TEXT NOT NULL, locator TEXT NOT NULL,
    sentence TEXT NOT NULL DEFAULT '', start INTEGER NOT NULL DEFAULT 0, "end" INTEGER NOT NULL DEFAULT 0,
    rule TEXT NOT NULL DEFAULT '', confidence REAL NOT NULL DEFAULT 1.0,
    factuality TEXT, when_edtf TEXT, published TEXT,
    PRIMARY KEY (article_id, subject, locator)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS evidence_subject ON evidence(subject, published);
"""


class StoreError(RuntimeError):
    """A problem with the store itself (wrong schema, unreadable file)."""


@dataclass(slots=True)
class IngestResult:
    """What storing one article did: ``status`` is added, updated, merged or unchanged."""

    article_id: str
    status: str
    events_added: int = 0
    events_merged: int = 0
    relations_added: int = 0
    relations_merged: int = 0
    entities_added: int = 0
    evidence_added: int = 0


@dataclass(slots=True)
class RetractResult:
    """What retracting one article removed and what it left standing."""

    article_id: str
    evidence_removed: int = 0
    events_removed: int = 0
    events_kept: int = 0
    relations_removed: int = 0
    relations_kept: int = 0
    entities_removed: int = 0
    removed_ids: list[str] = field(default_factory=list)


def _j(value: Any) -> str:
    if not value:
        return "[]" if isinstance(value, list | tuple | set) else "{}" if isinstance(value, dict) else "null"
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


@lru_cache(maxsize=65536)
def _mention_fields(eid: str, kind: str, name: str, state: str | None, aliases: tuple[str, ...],
                    roles: tuple[str, ...]) -> tuple[str, str, str | None, str, str]:
    """(name, kind, state, aliases JSON, roles JSON) of a mention row; many articles repeat an entity."""
    return (ontology.state_name(eid) if kind == "state" else name, kind, state, _j(sorted(set(aliases))),
            _j(sorted(set(roles))))


def _name_rank(name: str) -> tuple[int, str]:
    """Order of preference for an entity's canonical name: longest, then alphabetical."""
    return (-len(name), name)


def extraction_hash(ex: Extraction) -> str:
    """A hash of everything an extraction asserts (its content, not its object identity)."""
    h = hashlib.sha256()
    a = ex.article
    h.update(repr((a.id, a.title, a.url, _iso(a.published), a.published_source, a.publisher,
                   a.content_hash)).encode("utf-8"))
    for e in ex.entities:
        h.update(repr((e.id, e.kind, e.name, e.state, e.aliases, e.roles, sorted(e.attributes.items()))).encode())
    for ev in ex.events:
        h.update(repr((ev.cameo, ev.source, ev.target, ev.location, ev.when.edtf if ev.when else None,
                       ev.factuality, ev.goldstein, ev.type, sorted(ev.attributes.items()))).encode())
        for x in ev.evidence:
            h.update(repr((x.article_id, x.text, x.start, x.end, x.rule, x.confidence, x.factuality, x.when,
                           x.locator)).encode())
    for r in ex.relations:
        h.update(repr((r.type, r.a, r.b, r.when.edtf if r.when else None, sorted(r.attributes.items()))).encode())
        for x in r.evidence:
            h.update(repr((x.article_id, x.text, x.start, x.end, x.rule, x.confidence, x.when,
                           x.locator)).encode())
    return h.hexdigest()


class BulkWriter:
    """Writes articles in batches of whole articles; see :meth:`Store.bulk`.

    An article is checked completely (entities described, CAMEO codes known)
    before its first row is written, so a bad article usually fails before it
    touches the batch. Should it fail half-way all the same (an SQL error, an
    attribute JSON cannot carry), the batch is rolled back and the articles
    that already succeeded in it are written again: the failing article is
    rolled back alone. This replaces a SAVEPOINT per article, whose page
    journaling cost about a third of the write time.
    """

    def __init__(self, store: Store, batch_events: int) -> None:
        self.store = store
        self.batch_events = batch_events
        self._pending = 0
        self._open = False
        self._done: list[tuple[Extraction, str]] = []

    def ingest(self, ex: Extraction, *, mode: str = "replace") -> IngestResult:
        """Store one article (inside the current batch); a failing article is rolled back alone."""
        st = self.store
        if not self._open:
            st._lock.acquire()
            st.conn.execute("BEGIN IMMEDIATE")
            self._open = True
        st._dirty = False
        try:
            result = st._ingest_one(ex, mode)
        except BaseException:
            if st._dirty:
                self._replay()
            raise
        self._done.append((ex, mode))
        self._pending += len(ex.events) + len(ex.relations) + 1
        if self._pending >= self.batch_events:
            self.flush()
        return result

    def _replay(self) -> None:
        """Roll the open batch back and write again the articles that succeeded in it."""
        st = self.store
        if st.conn.in_transaction:
            st.conn.execute("ROLLBACK")
        if st._entity_cache is not None:
            st._entity_cache.clear()
        st.conn.execute("BEGIN IMMEDIATE")
        try:
            for ex, mode in self._done:
                st._ingest_one(ex, mode)
        except BaseException:
            if st.conn.in_transaction:
                st.conn.execute("ROLLBACK")
            st.conn.execute("BEGIN IMMEDIATE")
            lost = len(self._done)
            self._done.clear()
            self._pending = 0
            raise StoreError(f"a failed article forced a rollback and {lost} earlier articles of its batch"
                             " could not be written again") from None

    def flush(self) -> None:
        """Commit the open batch."""
        if self._open:
            st = self.store
            st._bump()
            st.conn.execute("COMMIT")
            self._open = False
            self._pending = 0
            self._done.clear()
            st._lock.release()


class Store:
    """The embedded SQLite store at ``path`` (":memory:" for a throwaway one)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        self._entity_cache: dict[str, tuple] | None = None
        self._dirty = False  # set when the article being written has written its first row
        try:
            if readonly:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self.conn.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                # 8 KiB pages (only takes effect on a new, empty file): ~13% less CPU to insert and index.
                self.conn.execute("PRAGMA page_size = 8192")
                if self.path != ":memory:":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA cache_size = -200000")
            self.conn.execute("PRAGMA mmap_size = 1073741824")
            self.conn.execute("PRAGMA temp_store = MEMORY")
            if not readonly:
                self._init_schema()
            else:
                self._check_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a diplograph store ({exc})") from None

    # ------------------------------------------------------------------ setup

    def _init_schema(self) -> None:
        with self._tx():
            for stmt in SCHEMA.split(";"):
                if stmt.strip():
                    self.conn.execute(stmt)
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                self.conn.execute("INSERT INTO meta VALUES ('schema_version', ?), ('version', '0')",
                                  (str(SCHEMA_VERSION),))
            elif int(row[0]) != SCHEMA_VERSION:
                raise StoreError(f"{self.path}: schema version {row[0]}, this diplograph reads {SCHEMA_VERSION}")

    def _check_schema(self) -> None:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.OperationalError:
            row = None
        if row is None:
            raise StoreError(f"{self.path}: not a diplograph store (no meta table)")

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    def _bump(self) -> None:
        self.conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'")

    @property
    def version(self) -> int:
        """A counter that grows with every committed change: views cache on it."""
        row = self.conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        return int(row[0]) if row else 0

    # ------------------------------------------------------------------ writing

    def ingest(self, ex: Extraction, *, mode: str = "replace") -> IngestResult:
        """Store one article and all it asserts in one transaction.

        ``mode="replace"`` (articles): the same content again changes nothing;
        changed content replaces what the article said before.
        ``mode="merge"`` (structured rows: GDELT, ICEWS): the article collects
        rows from several files; rows already stored are left as they are.
        """
        with self._tx():
            result = self._ingest_one(ex, mode)
            if result.status != "unchanged":
                self._bump()
        return result

    @contextmanager
    def bulk(self, *, batch_events: int = 50_000, drop_indexes: bool = False) -> Iterator[BulkWriter]:
        """Store many articles fast: several whole articles per transaction.

        Each article still lands whole or not at all (see :class:`BulkWriter`; a crash
        loses at most the open batch, never part of an article). With
        ``drop_indexes`` the secondary indexes are dropped for the load and
        rebuilt at the end (and on the next open, should the process die).
        """
        writer = BulkWriter(self, batch_events)
        self._entity_cache = {}
        self.conn.execute("PRAGMA cache_size = -1000000")
        # Safe against a killed process (the OS still has the data); only a power cut could lose the batch.
        self.conn.execute("PRAGMA synchronous = OFF")
        if drop_indexes:
            with self._tx() as c:
                for (name,) in c.execute("SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
                                         ).fetchall():
                    c.execute(f'DROP INDEX "{name}"')
        try:
            yield writer
        finally:
            writer.flush()
            self._entity_cache = None
            self.conn.execute("PRAGMA cache_size = -200000")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            if drop_indexes:
                # CREATE INDEX sorts in parallel only when its keys spill over the sorter's buffer, whose size
                # is the page cache's: a small cache during the rebuild lets the worker threads share the sort.
                self.conn.execute("PRAGMA cache_size = -8000")
                self.conn.execute(f"PRAGMA threads = {min(8, os.cpu_count() or 1)}")
                self._init_schema()
                self.conn.execute("PRAGMA threads = 0")
                self.conn.execute("PRAGMA cache_size = -200000")

    def _ingest_one(self, ex: Extraction, mode: str) -> IngestResult:
        """Write one article inside the caller's transaction."""
        if mode not in ("replace", "merge"):
            raise ValueError(f"unknown ingest mode {mode!r}")
        c = self.conn
        a = ex.article
        # Everything that can be found wrong is checked before the first write.
        ents = self._described_entities(ex)
        codes = {code: ontology.cameo(code) for code in {ev.cameo for ev in ex.events}}
        digest = extraction_hash(ex) if mode == "replace" else None
        row = c.execute("SELECT content_hash FROM articles WHERE id = ?", (a.id,)).fetchone()
        self._dirty = True
        if row is not None and mode == "replace":
            if row[0] == digest:
                return IngestResult(a.id, "unchanged")
            self._retract(a.id)
            status = "updated"
        elif row is not None:
            status = "merged"
        else:
            status = "added"
        result = IngestResult(a.id, status)
        c.execute(
            "INSERT INTO articles (id, title, url, published, published_source, publisher, content_hash, text, kind)"
            " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET title=excluded.title, url=excluded.url,"
            " published=excluded.published, published_source=excluded.published_source,"
            " publisher=excluded.publisher, content_hash=excluded.content_hash, text=excluded.text,"
            " kind=excluded.kind",
            (a.id, a.title, a.url, _iso(a.published), a.published_source, a.publisher,
             digest, a.text, "rows" if mode == "merge" else "article"),
        )
        states = self._write_entities(ex, ents, result)
        self._write_events(ex, states, result, codes)
        self._write_relations(ex, states, result)
        if status == "merged" and not (result.evidence_added or result.entities_added):
            result.status = "unchanged"
        return result

    def _described_entities(self, ex: Extraction) -> dict[str, Entity]:
        """The article's entities, with states implied by ISO3 references; ValueError for an undescribed one."""
        aid = ex.article.id
        referenced = set()
        add = referenced.add
        for ev in ex.events:
            add(ev.source)
            add(ev.target)
            add(ev.location)
        referenced.discard(None)
        for rel in ex.relations:
            add(rel.a)
            add(rel.b)
        ents = {e.id: e for e in ex.entities}
        for rid in sorted(referenced - ents.keys()):
            if len(rid) == 3 and rid.isalpha() and rid.isupper():
                ents[rid] = Entity(id=rid, kind="state", name=ontology.state_name(rid), state=rid)
            else:
                raise ValueError(f"article {aid}: entity {rid!r} is used but not described")
        return ents

    def _write_entities(self, ex: Extraction, ents: dict[str, Entity],
                        result: IngestResult) -> dict[str, str | None]:
        c = self.conn
        aid = ex.article.id
        states: dict[str, str | None] = {}
        mention_rows = []
        for e in ents.values():
            states[e.id] = e.state
            mention_rows.append((e.id, aid, *_mention_fields(e.id, e.kind, e.name, e.state, e.aliases, e.roles)))
        if not mention_rows:
            return states
        c.executemany("INSERT INTO mentions (entity_id, article_id, name, kind, state, aliases, roles)"
                      " VALUES (?,?,?,?,?,?,?) ON CONFLICT(article_id, entity_id) DO UPDATE SET"
                      " name=excluded.name, kind=excluded.kind, state=excluded.state, aliases=excluded.aliases,"
                      " roles=excluded.roles", mention_rows)
        # During a bulk load, a mention identical to one already merged changes nothing: skip it.
        cache = self._entity_cache
        todo = mention_rows if cache is None else [r for r in mention_rows if cache.get(r[0]) != r[2:]]
        existing = self._existing("entities", [r[0] for r in todo]) if todo else {}
        new_rows = []
        for row in todo:
            eid, _aid, name, kind, state, aliases, roles = row
            if eid in existing:
                self._merge_entity(eid, name, state, aliases, roles, existing[eid])
            else:
                new_rows.append((eid, kind, name, state, aliases, roles))
            if cache is not None:
                cache[eid] = row[2:]
        if new_rows:
            c.executemany("INSERT INTO entities (id, kind, name, state, aliases, roles) VALUES (?,?,?,?,?,?)",
                          new_rows)
            result.entities_added += len(new_rows)
        return states

    def _existing(self, table: str, ids: list[str]) -> dict[str, tuple]:
        found: dict[str, tuple] = {}
        cols = {"entities": "id, name, state, aliases, roles", "events": "id", "relations": "id"}[table]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = f"SELECT {cols} FROM {table} WHERE id IN ({','.join('?' * len(chunk))})"
            for row in self.conn.execute(q, chunk):
                found[row[0]] = row[1:]
        return found

    def _merge_entity(self, eid: str, name: str, state: str | None, aliases: str, roles: str,
                      current: tuple) -> None:
        cur_name, cur_state, cur_aliases, cur_roles = current
        if name == cur_name and aliases in ("[]", cur_aliases) and roles in ("[]", cur_roles) \
                and (state is None or state == cur_state):
            return
        al = set(json.loads(cur_aliases)) | set(json.loads(aliases))
        ro = set(json.loads(cur_roles)) | set(json.loads(roles))
        best = min((cur_name, name), key=_name_rank)
        al |= {cur_name, name}
        al.discard(best)
        new = (best, cur_state or state, _j(sorted(al)), _j(sorted(ro)))
        if new != (cur_name, cur_state, cur_aliases, cur_roles):
            self.conn.execute("UPDATE entities SET name=?, state=?, aliases=?, roles=? WHERE id=?", (*new, eid))

    def _evidence_rows(self, subject: str, evs: list[Evidence], ex: Extraction, factuality: str | None,
                       when: When | None) -> list[tuple]:
        a = ex.article
        pub = _iso(a.published)
        w = when.edtf if when else None
        return [(subject, a.id, e.locator or f"{e.start}-{e.end}:{e.rule}", e.text, e.start, e.end, e.rule,
                 e.confidence, e.factuality or factuality, e.when or w, e.published or pub)
                for e in (evs or [Evidence(article_id=a.id, rule="unspecified")])]

    def _write_events(self, ex: Extraction, states: dict[str, str | None], result: IngestResult,
                      codes: dict[str, ontology.CameoCode]) -> None:
        c = self.conn
        if not ex.events:
            return
        a = ex.article
        aid = a.id
        pub = _iso(a.published)
        by_key: dict[str, Event] = {}
        ev_rows: list[tuple] = []
        evidence: list[tuple] = []
        times: dict[str, tuple] = {}
        sget = states.get
        for ev in ex.events:
            key = ev.key
            w = ev.when
            wt = times.get(w.edtf) if w else (None, None, None, None)
            if wt is None:
                wt = times[w.edtf] = (w.edtf, _iso(w.lower), _iso(w.upper), w.precision)
            fact = ev.factuality
            for e in ev.evidence or [Evidence(article_id=aid, rule="unspecified")]:
                evidence.append((key, aid, e.locator or f"{e.start}-{e.end}:{e.rule}", e.text, e.start, e.end,
                                 e.rule, e.confidence, fact, wt[0], e.published or pub))
            if key in by_key:
                continue
            by_key[key] = ev
            code = codes[ev.cameo]
            src, tgt = ev.source, ev.target
            ev_rows.append((
                key, ev.cameo, ev.cameo[:2], code.quad_class,
                ev.goldstein if ev.goldstein is not None else code.goldstein, ev.type or code.type,
                src, tgt, ev.location, sget(src) if src else None, sget(tgt) if tgt else None,
                *wt, fact, _j(ev.attributes) if ev.attributes else "{}", pub, aid,
            ))
        existing = self._existing("events", list(by_key))
        fresh = [r for r in ev_rows if r[0] not in existing] if existing else ev_rows
        c.executemany(
            "INSERT INTO events (id, cameo, root, quad, goldstein, type, source, target, location, source_state,"
            " target_state, when_edtf, lo, hi, precision, factuality, attributes, fact_published, fact_article)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", fresh)
        merged = [k for k in by_key if k in existing]
        # Which merged events did this article already support (merge mode adds rows to an article)?
        known = set()
        if merged:
            for i in range(0, len(merged), 500):
                chunk = merged[i:i + 500]
                known.update(r[0] for r in c.execute(
                    f"SELECT DISTINCT subject FROM evidence WHERE article_id = ? AND subject IN"
                    f" ({','.join('?' * len(chunk))})", (a.id, *chunk)))
        before = c.total_changes
        c.executemany("INSERT OR IGNORE INTO evidence VALUES (?,?,?,?,?,?,?,?,?,?,?)", evidence)
        result.evidence_added += c.total_changes - before
        result.events_added += len(fresh)
        result.events_merged += len(merged)
        if merged:
            # The latest report sets the factuality; ties go to the greater article id (deterministic).
            c.executemany(
                "UPDATE events SET n_articles = n_articles + ?1,"
                " factuality = CASE WHEN (COALESCE(?2, ''), ?3) >= (COALESCE(fact_published, ''), fact_article)"
                "   THEN ?4 ELSE factuality END,"
                " fact_article = CASE WHEN (COALESCE(?2, ''), ?3) >= (COALESCE(fact_published, ''), fact_article)"
                "   THEN ?3 ELSE fact_article END,"
                " fact_published = CASE WHEN (COALESCE(?2, ''), ?3) >= (COALESCE(fact_published, ''), fact_article)"
                "   THEN ?2 ELSE fact_published END"
                " WHERE id = ?5",
                [(0 if k in known else 1, pub, aid, by_key[k].factuality, k) for k in merged])

    def _recompute_event(self, key: str) -> bool:
        """Refresh an event's factuality and source count from its evidence; False if none is left."""
        c = self.conn
        row = c.execute(
            "SELECT factuality, (SELECT COUNT(DISTINCT article_id) FROM evidence WHERE subject = ?1),"
            " published, article_id FROM evidence WHERE subject = ?1"
            " ORDER BY COALESCE(published, '') DESC, article_id DESC, locator DESC LIMIT 1", (key,)).fetchone()
        if row is None:
            c.execute("DELETE FROM events WHERE id = ?", (key,))
            return False
        c.execute("UPDATE events SET factuality = COALESCE(?, factuality), n_articles = ?, fact_published = ?,"
                  " fact_article = ? WHERE id = ?", (row[0], row[1], row[2], row[3], key))
        return True

    def _write_relations(self, ex: Extraction, states: dict[str, str | None], result: IngestResult) -> None:
        c = self.conn
        if not ex.relations:
            return
        by_key: dict[str, Relation] = {}
        rows: list[tuple] = []
        evidence: list[tuple] = []
        for rel in ex.relations:
            key = rel.key
            evidence.extend(self._evidence_rows(key, rel.evidence, ex, None, rel.when))
            if key in by_key:
                continue
            by_key[key] = rel
            a, b = (rel.a, rel.b) if rel.type != "trend" or rel.a <= rel.b else (rel.b, rel.a)
            w = rel.when
            at = rel.attributes
            rows.append((key, rel.type, a, b, states.get(a), states.get(b), w.edtf if w else None,
                         _iso(w.lower) if w else None, _iso(w.upper) if w else None, w.precision if w else None,
                         at.get("polarity"), at.get("label") or at.get("title") or at.get("kin"), _j(at)))
        existing = self._existing("relations", list(by_key))
        fresh = [r for r in rows if r[0] not in existing]
        c.executemany(
            "INSERT INTO relations (id, type, a, b, a_state, b_state, when_edtf, lo, hi, precision, polarity,"
            " label, attributes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", fresh)
        before = c.total_changes
        c.executemany("INSERT OR IGNORE INTO evidence VALUES (?,?,?,?,?,?,?,?,?,?,?)", evidence)
        result.evidence_added += c.total_changes - before
        result.relations_added += len(fresh)
        for k in by_key:
            if k in existing:
                result.relations_merged += 1
                c.execute("UPDATE relations SET n_articles = (SELECT COUNT(DISTINCT article_id) FROM evidence"
                          " WHERE subject = ?1) WHERE id = ?1", (k,))

    def _recompute_relation(self, key: str) -> bool:
        c = self.conn
        n = c.execute("SELECT COUNT(DISTINCT article_id) FROM evidence WHERE subject = ?", (key,)).fetchone()[0]
        if n == 0:
            c.execute("DELETE FROM relations WHERE id = ?", (key,))
            return False
        c.execute("UPDATE relations SET n_articles = ? WHERE id = ?", (n, key))
        return True

    def ingest_many(self, extractions: Iterable[Extraction], *, mode: str = "replace") -> list[IngestResult]:
        """Store several articles, one transaction each (a failure stops at that article)."""
        return [self.ingest(ex, mode=mode) for ex in extractions]

    def retract(self, article_id: str) -> RetractResult:
        """Remove an article, its evidence, and what only it supported (one transaction).

        Raises KeyError when no such article is stored.
        """
        with self._tx() as c:
            if c.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                raise KeyError(article_id)
            res = self._retract(article_id)
            self._bump()
        return res

    def _retract(self, article_id: str) -> RetractResult:
        c = self.conn
        if self._entity_cache is not None:
            self._entity_cache.clear()
        res = RetractResult(article_id)
        subjects = [r[0] for r in c.execute("SELECT DISTINCT subject FROM evidence WHERE article_id = ?",
                                            (article_id,))]
        res.evidence_removed = c.execute("DELETE FROM evidence WHERE article_id = ?", (article_id,)).rowcount
        for s in subjects:
            if s.startswith("ev:"):
                if self._recompute_event(s):
                    res.events_kept += 1
                else:
                    res.events_removed += 1
                    res.removed_ids.append(s)
            elif self._recompute_relation(s):
                res.relations_kept += 1
            else:
                res.relations_removed += 1
                res.removed_ids.append(s)
        ents = [r[0] for r in c.execute("SELECT entity_id FROM mentions WHERE article_id = ?", (article_id,))]
        c.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        for eid in ents:
            if not self._recompute_entity(eid):
                res.entities_removed += 1
                res.removed_ids.append(eid)
        c.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return res

    def _recompute_entity(self, eid: str) -> bool:
        c = self.conn
        rows = c.execute("SELECT name, kind, state, aliases, roles FROM mentions WHERE entity_id = ?",
                         (eid,)).fetchall()
        if not rows:
            c.execute("DELETE FROM entities WHERE id = ?", (eid,))
            return False
        names = {r[0] for r in rows}
        best = min(names, key=_name_rank)
        aliases = set().union(*(json.loads(r[3]) for r in rows)) | names
        aliases.discard(best)
        roles = set().union(*(json.loads(r[4]) for r in rows))
        state = next((r[2] for r in sorted(rows, key=lambda r: (r[2] is None, r[2] or "")) if r[2]), None)
        c.execute("UPDATE entities SET name=?, state=?, aliases=?, roles=? WHERE id=?",
                  (best, state, _j(sorted(aliases)), _j(sorted(roles)), eid))
        return True

    # ------------------------------------------------------------------ reading

    def stats(self) -> dict[str, int]:
        """Counts of articles, entities (by kind), events, relations, evidence rows."""
        c = self.conn
        out = {t: c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
               for t in ("articles", "entities", "events", "relations", "evidence")}
        for kind, n in c.execute("SELECT kind, COUNT(*) FROM entities GROUP BY kind ORDER BY kind"):
            out[f"entities.{kind}"] = n
        for fact, n in c.execute("SELECT factuality, COUNT(*) FROM events GROUP BY factuality ORDER BY 1"):
            out[f"events.{fact}"] = n
        for typ, n in c.execute("SELECT type, COUNT(*) FROM relations GROUP BY type ORDER BY 1"):
            out[f"relations.{typ}"] = n
        return out

    def articles(self) -> list[Article]:
        """All stored articles (without their text), by publication date then id."""
        return [Article(id=r[0], title=r[1], url=r[2], published=r[3], published_source=r[4], publisher=r[5],
                        content_hash=r[6])
                for r in self.conn.execute(
                    "SELECT id, title, url, published, published_source, publisher, content_hash FROM articles"
                    " ORDER BY published NULLS FIRST, id")]

    def article(self, article_id: str) -> Article | None:
        """One article with its text, or None."""
        r = self.conn.execute("SELECT id, title, url, published, published_source, publisher, content_hash, text"
                              " FROM articles WHERE id = ?", (article_id,)).fetchone()
        if r is None:
            return None
        return Article(id=r[0], title=r[1], url=r[2], published=r[3], published_source=r[4], publisher=r[5],
                       content_hash=r[6], text=r[7])

    def article_counts(self, article_id: str) -> dict[str, int]:
        """How many events, relations and entities an article supports."""
        c = self.conn
        ev = c.execute("SELECT COUNT(DISTINCT subject) FROM evidence WHERE article_id = ? AND subject LIKE 'ev:%'",
                       (article_id,)).fetchone()[0]
        rel = c.execute("SELECT COUNT(DISTINCT subject) FROM evidence WHERE article_id = ?"
                        " AND subject LIKE 'rel:%'", (article_id,)).fetchone()[0]
        ent = c.execute("SELECT COUNT(*) FROM mentions WHERE article_id = ?", (article_id,)).fetchone()[0]
        return {"events": ev, "relations": rel, "entities": ent}

    @staticmethod
    def _entity(r: tuple) -> Entity:
        return Entity(id=r[0], kind=r[1], name=r[2], state=r[3], aliases=tuple(json.loads(r[4])),
                      roles=tuple(json.loads(r[5])), attributes=json.loads(r[6]))

    def entity(self, entity_id: str) -> Entity | None:
        """One entity by id, or None."""
        r = self.conn.execute("SELECT id, kind, name, state, aliases, roles, attributes FROM entities WHERE id = ?",
                              (entity_id,)).fetchone()
        return self._entity(r) if r else None

    def iter_entities(self, kind: str | None = None) -> Iterator[Entity]:
        """Every entity (optionally of one kind), by id."""
        q = "SELECT id, kind, name, state, aliases, roles, attributes FROM entities"
        args: tuple = ()
        if kind:
            q += " WHERE kind = ?"
            args = (kind,)
        for r in self.conn.execute(q + " ORDER BY id", args):
            yield self._entity(r)

    EVENT_COLS = ("id, cameo, source, target, location, when_edtf, factuality, goldstein, type, attributes,"
                  " n_articles, source_state, target_state, lo, hi, precision, quad")

    @staticmethod
    def _event(r: tuple) -> Event:
        w = When(r[5], dt.date.fromisoformat(r[13]) if r[13] else None,
                 dt.date.fromisoformat(r[14]) if r[14] else None, r[15]) if r[5] else None
        ev = Event(cameo=r[1], source=r[2], target=r[3], location=r[4], when=w, factuality=r[6],
                   goldstein=r[7], type=r[8], attributes=json.loads(r[9]))
        ev.attributes.update({"id": r[0], "n_articles": r[10], "source_state": r[11], "target_state": r[12],
                              "quad_class": r[16]})
        return ev

    def iter_events(self, where: str = "", args: tuple = (), order: str = "lo NULLS FIRST, id") -> Iterator[Event]:
        """Events matching an optional SQL condition over the ``events`` table (parameters in ``args``).

        Each Event carries ``attributes['id']`` (its key), ``n_articles``,
        ``source_state`` and ``target_state``; evidence is loaded separately
        with :meth:`evidence` (or :meth:`events_with_evidence`).
        """
        q = f"SELECT {self.EVENT_COLS} FROM events"
        if where:
            q += f" WHERE {where}"
        for r in self.conn.execute(f"{q} ORDER BY {order}", args):
            yield self._event(r)

    def evidence(self, subject: str, *, as_of: dt.date | None = None) -> list[Evidence]:
        """The evidence rows of an event or relation, oldest report first."""
        q = ("SELECT article_id, sentence, start, \"end\", rule, confidence, factuality, when_edtf, published,"
             " locator FROM evidence WHERE subject = ?")
        args: list[Any] = [subject]
        if as_of:
            q += " AND published <= ?"
            args.append(as_of.isoformat())
        rows = self.conn.execute(q + " ORDER BY published NULLS FIRST, article_id, locator", args)
        return [Evidence(article_id=r[0], text=r[1], start=r[2], end=r[3], rule=r[4], confidence=r[5],
                         factuality=r[6], when=r[7], published=r[8],
                         locator=None if r[9] == f"{r[2]}-{r[3]}:{r[4]}" else r[9]) for r in rows]

    def evidence_many(self, subjects: list[str]) -> dict[str, list[Evidence]]:
        """Evidence of many subjects at once."""
        out: dict[str, list[Evidence]] = {s: [] for s in subjects}
        for i in range(0, len(subjects), 500):
            chunk = subjects[i:i + 500]
            q = ("SELECT subject, article_id, sentence, start, \"end\", rule, confidence, factuality, when_edtf,"
                 f" published, locator FROM evidence WHERE subject IN ({','.join('?' * len(chunk))})"
                 " ORDER BY subject, published NULLS FIRST, article_id, locator")
            for r in self.conn.execute(q, chunk):
                out[r[0]].append(Evidence(article_id=r[1], text=r[2], start=r[3], end=r[4], rule=r[5],
                                          confidence=r[6], factuality=r[7], when=r[8], published=r[9],
                                          locator=None if r[10] == f"{r[3]}-{r[4]}:{r[5]}" else r[10]))
        return out

    def event(self, event_id: str) -> Event | None:
        """One event by id, with its evidence."""
        ev = next(self.iter_events("id = ?", (event_id,)), None)
        if ev is not None:
            ev.evidence = self.evidence(event_id)
        return ev

    REL_COLS = "id, type, a, b, when_edtf, attributes, n_articles, a_state, b_state, lo, hi, precision"

    @staticmethod
    def _relation(r: tuple) -> Relation:
        w = When(r[4], dt.date.fromisoformat(r[9]) if r[9] else None,
                 dt.date.fromisoformat(r[10]) if r[10] else None, r[11]) if r[4] else None
        rel = Relation(type=r[1], a=r[2], b=r[3], when=w, attributes=json.loads(r[5]))
        rel.attributes.update({"id": r[0], "n_articles": r[6], "a_state": r[7], "b_state": r[8]})
        return rel

    def iter_relations(self, where: str = "", args: tuple = ()) -> Iterator[Relation]:
        """Relations matching an optional SQL condition over the ``relations`` table."""
        q = f"SELECT {self.REL_COLS} FROM relations"
        if where:
            q += f" WHERE {where}"
        for r in self.conn.execute(q + " ORDER BY lo NULLS FIRST, id", args):
            yield self._relation(r)

    def article_support(self, subject: str) -> list[str]:
        """Ids of the articles that support an event or relation."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT article_id FROM evidence WHERE subject = ? ORDER BY article_id", (subject,))]

    def integrity_check(self) -> str:
        """SQLite's own integrity check: "ok" when the file is sound."""
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]
