"""Readers: files, folders and standard input to :class:`~diplograph.graph.model.Article` objects.

Formats, chosen by extension and, for unknown extensions or "-", by sniffing:

* plain text / Markdown (``.txt .text .md .markdown``), with optional YAML front
  matter (``title``, ``published`` or ``date``, ``url``, ``source`` or
  ``publisher``, ``id``);
* HTML (``.html .htm .xhtml``): body text and metadata by trafilatura, the
  publication date by htmldate on the parsed tree (never a URL: no network);
* JSON (``.json``: one record or a list) and JSON Lines (``.jsonl .ndjson``),
  field names set by :class:`FieldMap` (dotted paths such as
  ``"source.name"`` reach into nested objects);
* RSS/Atom (``.xml .rss .atom`` or sniffed): feedparser on the bytes, one
  article per entry, text from content/summary with the HTML stripped;
* folders (recursive, sorted, hidden files skipped, unknown extensions skipped
  with a note) and ``"-"`` for standard input.

Everything that goes wrong is a :class:`ReadError` naming the file (and line)
and what is wrong, yielded in place of the article; the other inputs are still
read. Nothing raises for bad input, nothing hangs: files over ``max_bytes`` are
refused before they are read.

Boilerplate never becomes article text: photo credits ("Credit: Wikimedia
Commons", "Photo: ...", "REUTERS/Jason Lee"), a headline repeated in the body,
a short section label before the headline ("The Koreas", "World"),
"Advertisement", "Read more: ...", "Share this article", "Related: ...",
bylines ("By Jane Doe"), "Reporting by ...; Editing by ...", newsletter and
"follow us" prompts, "Published/Updated: ..." stamps.

**Offsets.** ``Article.text`` is the cleaned text, and every evidence offset
refers to ``Article.text`` (not to the file). For plain-text files the cleaned
text is the file's text with the boilerplate lines removed (each with its line
break) and nothing else changed; the headline stays as the first line. Markdown
markup (``#`` headings, emphasis, links, images) is removed; HTML and feed
entries are converted to text, one paragraph per line.

The publication date: the ``published`` argument ("given") > the file's own
metadata (front matter, JSON field, HTML meta/htmldate, feed entry, a date in
the URL: "metadata") > a date in the first lines of the text ("January 29,
2015" near the top: "inferred") > None, recorded in ``published_source``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diplograph.graph.model import Article, slugify

__all__ = [
    "FieldMap",
    "ReadError",
    "clean_text",
    "infer_published",
    "parse_date",
    "read_paths",
    "read_text",
]

TEXT_EXT = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_EXT = frozenset({".html", ".htm", ".xhtml"})
JSON_EXT = frozenset({".json"})
JSONL_EXT = frozenset({".jsonl", ".ndjson", ".jsonlines"})
FEED_EXT = frozenset({".xml", ".rss", ".atom"})
KNOWN_EXT = TEXT_EXT | HTML_EXT | JSON_EXT | JSONL_EXT | FEED_EXT
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class FieldMap:
    """JSON field names of a record; a dotted name ("source.name") reaches into objects."""

    text: str = "text"
    title: str = "title"
    published: str = "published"
    url: str = "url"
    id: str = "id"
    publisher: str = "source"


# Tried when the configured field is absent (only for the default names).
_FALLBACKS = {
    "text": ("content", "body", "article", "article_text", "maintext", "full_text", "description"),
    "title": ("headline", "name"),
    "published": ("date", "published_at", "publishedAt", "pubDate", "date_publish", "datetime", "created_at"),
    "url": ("link", "href", "source_url"),
    "id": ("article_id", "uid", "guid", "doc_id"),
    "source": ("publisher", "site", "sitename", "outlet"),
}


@dataclass(frozen=True)
class ReadError:
    """A problem with one input: ``str()`` gives "path:line: message".

    ``note`` is True for things that are reported but are not failures (a file
    skipped in a folder because its extension is unknown).
    """

    path: str
    line: int | None
    message: str
    note: bool = False

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class _Fail(Exception):
    """Internal: one input cannot be read."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


# ---------------------------------------------------------------- bytes -> str

def _decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM) or UTF-16/32 with a BOM; refuse anything else."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise _Fail(f"invalid {enc.upper()} (byte offset {exc.start}) after a {enc.upper()} byte-order mark") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _Fail(f"binary file, not text (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        raise _Fail(
            f"invalid UTF-8 at byte offset {exc.start} (byte 0x{bad}); the file must be UTF-8 "
            "(or UTF-16 with a byte-order mark): convert it, e.g. with iconv -f LATIN1 -t UTF-8"
        ) from None
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > max(8, len(text[:4096]) // 20):
        raise _Fail("binary file, not text (too many control characters)")
    return text


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise _Fail("no such file or directory" if not path.is_symlink() else "broken symbolic link") from None
    except NotADirectoryError:
        raise _Fail("no such file (a part of the path is not a folder)") from None
    except PermissionError:
        raise _Fail("permission denied") from None
    except OSError as exc:
        raise _Fail(f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise _Fail("not a regular file (a device, pipe or socket); pipe it to standard input with '-' instead")
    size = st.st_size
    if size > max_bytes:
        raise _Fail(
            f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes; raise the limit with "
            "--max-bytes (or max_bytes=...) if this file is really one input"
        )
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise _Fail("permission denied") from None
    except IsADirectoryError:
        raise _Fail("is a directory") from None
    except OSError as exc:
        raise _Fail(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise _Fail(f"input is over the limit of {max_bytes:,} bytes; raise it with --max-bytes (or max_bytes=...)")
    return data


# ---------------------------------------------------------------- dates

_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)")


def parse_date(value: Any) -> dt.date | None:
    """A publication date from metadata: date, datetime, ISO 8601, RFC 2822 or "January 29, 2015"."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1800 <= value <= 2200:
            return None  # a bare year is not a publication day
        try:
            return dt.datetime.fromtimestamp(value / 1000 if value > 1e11 else value, dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    s = str(value).strip()
    if not s:
        return None
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        parsed = email.utils.parsedate_to_datetime(s)
        if parsed is not None:
            return parsed.date()
    except (TypeError, ValueError, IndexError):
        pass
    from diplograph.ingest.timex import find_timexes

    for t in find_timexes(s[:200], None):
        if t.edtf and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.edtf):
            return dt.date.fromisoformat(t.edtf)
    return None


def _url_date(url: str | None) -> dt.date | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def infer_published(text: str, *, lines: int = 6, chars: int = 600) -> dt.date | None:
    """A full date (day, month and year) in the first lines of the text, else None.

    >>> infer_published("Kim to visit Moscow\\nJanuary 29, 2015\\n\\nA spokesman said ...")
    datetime.date(2015, 1, 29)
    """
    from diplograph.ingest.timex import find_timexes

    head = "\n".join(text[:chars].splitlines()[:lines])
    for t in find_timexes(head, None):
        if t.edtf and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.edtf):
            try:
                return dt.date.fromisoformat(t.edtf)
            except ValueError:
                continue
    return None


# ---------------------------------------------------------------- boilerplate

_FINAL = ".!?…\"'”’»:;)"
_CREDIT = re.compile(
    r"^(?:(?:(?:file|header|featured|top|main|lead|cover)\s+)?(?:photo|image|picture|pic|video|graphic|illustration"
    r"|photograph|footage)s?(?:\s+credits?)?|credits?|caption|source\s+image)\s*[:：|–—-]\s*.{0,150}$"
    r"|^(?:\(?\s*)?(?:photo|image|picture|photograph|video)s?\s+(?:by|courtesy(?:\s+of)?|via|from)\s+.{1,120}$"
    r"|^(?:©|\(c\)|copyright\b).{0,150}$"
    r"|^[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?/[A-Z][\w .'’-]{1,60}(?:/[\w .'’-]{1,40})?$"
    r"|^(?:reuters|ap|afp|epa|getty images|afp via getty images|ap photo|xinhua|anadolu agency|yonhap)$"
    r"|^\((?:reuters|ap|afp|epa|getty images|ap photo)\)$",
    re.IGNORECASE,
)
_NOISE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|story continues below(?:\s+advertisement)?"
    r"|continue reading(?:\s+below)?|scroll to continue(?:\s+with content)?|skip advertisement"
    r"|share(?:\s+this(?:\s+article|\s+story|\s+page)?)?|share on \w+|tweet|email|e-mail|print|copy link|comments?"
    r"|facebook|twitter|whatsapp|linkedin|telegram|reddit|x|save|bookmark|listen(?:\s+to\s+this\s+article)?"
    r"|(?:\d+\s+)?min(?:ute)?s?\s+read|read more|more|related|related articles?|related stories|related coverage"
    r"|recommended|most read|trending(?:\s+now)?|top stories|you may also like|more from \w+(?:\s+\w+)?|watch|loading\.*"
    r"|image|photo|video|close|menu|home|back to top)\s*[.!:]?$"
    r"|^(?:read more|read also|also read|see also|related|related articles?|related stories|related coverage"
    r"|more on this story|recommended|watch|listen|more|also on \w+|don[’']t miss|editor[’']s picks?)\s*[:：|»>-]\s*.{0,250}$"
    r"|^(?:subscribe|sign up|join our|follow us|follow \w+ on|click here|get the latest|download (?:our|the) app"
    r"|get our (?:free )?newsletter|newsletter)\b.{0,200}$"
    r"|^(?:\(?\s*)?(?:reporting|writing|editing|additional reporting|compiled|produced)\s+by\b.{0,250}$"
    r"|^(?:published|updated|posted|last updated|first published|last modified)\s*(?:on|at)?\s*"
    r"(?:[:：]\s*.{0,80}|(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
    r"[^.!?]{0,60}[^.!?\s])$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|al|el|bin|da|di|la|le)){0,4}"
_BYLINE = re.compile(
    rf"^(?:BY|By|by|Written by|Words by|Story by)\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
    r"(?:\s*(?:[|,–—-]|\sin\s)\s*.{0,60})?$"
)
_SECTION_WORDS = frozenset(
    """world news politics business opinion analysis asia africa europe americas us u.s. uk middle east
    economy markets tech technology science health sport sports culture diplomacy security defence defense
    international national local breaking top stories latest global region features feature interview
    commentary editorial china russia india korea environment energy trade""".split()
) | frozenset({
    "the koreas", "east asia", "south asia", "southeast asia", "central asia", "middle east", "asia pacific",
    "latin america", "north america", "world news", "top stories", "the pulse", "the debate", "china power",
    "oceania", "flashpoints", "the interpreter", "us news", "uk news", "world politics", "foreign policy",
    "national security", "human rights", "breaking news", "news analysis", "asia defense",
})
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPH1 = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE)


_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december the then now this that early late mid end contrast comparison "
    "order law decree".split()
)


def _is_byline(s: str) -> bool:
    if len(s) > 120 or s[-1] in ".!?" or not _BYLINE.match(s):
        return False
    first = s.split()[1] if s.split()[0].lower() == "by" else s.split()[2] if len(s.split()) > 2 else ""
    return first.lower().strip(",") not in _NOT_NAMES


def _norm(line: str) -> str:
    return re.sub(r"[\W_]+", " ", line.casefold()).strip()


def _is_headline_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and s[-1] not in ".;:" and len(s) <= 250


def _is_label(line: str) -> bool:
    s = line.strip()
    if not s or s[-1] in _FINAL or len(s) > 40:
        return False
    return _norm(s) in _SECTION_WORDS or len(s.split()) == 1


def clean_text(text: str, title: str | None = None) -> tuple[str, str | None]:
    """Remove boilerplate lines; return the cleaned text and the headline (``title`` or the first line).

    Removed lines disappear with their line break; all other characters are kept as they are.

    >>> clean_text("The Koreas\\n\\nKim Will Visit Russia\\n\\nKim will go.\\nCredit: Wikimedia\\nKim Will Visit Russia\\n")
    ('\\nKim Will Visit Russia\\n\\nKim will go.\\n', 'Kim Will Visit Russia')
    """
    lines = text.splitlines(keepends=True)
    keep = [True] * len(lines)
    content = [i for i, ln in enumerate(lines) if ln.strip()]
    for i in content:
        s = lines[i].strip()
        if len(s) <= 300 and (_CREDIT.match(s) or _NOISE.match(s) or _is_byline(s)):
            keep[i] = False
    # a section label before the headline ("The Koreas", "World")
    rest = [i for i in content if keep[i]]
    if len(rest) >= 3:
        i0, i1 = rest[0], rest[1]
        l0, l1 = lines[i0].strip(), lines[i1].strip()
        if _is_label(l0) and _is_headline_like(l1) and len(l1) > len(l0) and (
                title is None or _norm(l1) == _norm(title) or _norm(l0) in _SECTION_WORDS):
            keep[i0] = False
    first = next((i for i in content if keep[i]), None)
    headline = title
    if headline is None and first is not None:
        cand = lines[first].strip()
        rest = [i for i in content if keep[i] and i != first]
        if rest and _is_headline_like(cand) and cand[-1] not in ".":
            headline = cand
    # a headline (or any headline-like line) repeated further down
    seen: set[str] = set()
    if headline:
        seen.add(_norm(headline))
    first_title_kept = False
    for i in content:
        if not keep[i]:
            continue
        s = lines[i].strip()
        key = _norm(s)
        if not key:
            continue
        if headline and key == _norm(headline) and not first_title_kept and i == first:
            first_title_kept = True
            continue
        if key in seen and _is_headline_like(s):
            keep[i] = False
            continue
        if _is_headline_like(s):
            seen.add(key)
    out = "".join(ln for ln, k in zip(lines, keep, strict=True) if k)
    return out, headline


def _strip_markdown(text: str) -> str:
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_RULE.sub("", text)
    text = _MD_EMPH.sub(r"\2", text)
    return _MD_EMPH1.sub(r"\1", text)


_BLOCK_TAGS = frozenset(
    "p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article header footer ul ol table pre figure figcaption dd dt"
    .split()
)


def _html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one block per line (figure captions dropped)."""
    import lxml.html
    from lxml import etree

    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for bad in root.xpath("//script|//style|//figcaption|//noscript"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCK_TAGS:
            parts.append("\n")

    walk(root)
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{2,}", "\n", text).strip()


# ---------------------------------------------------------------- article building

@dataclass
class _Ctx:
    published: dt.date | None
    article_id: str | None
    fields: FieldMap
    max_bytes: int
    fallback: dt.date | None = None


def _finish(text: str, *, path: str, default_id: str, meta: dict[str, Any], ctx: _Ctx,
            clean: bool = True) -> Article:
    raw = text
    title = meta.get("title")
    title = str(title).strip() if title not in (None, "") else None
    if clean:
        text, headline = clean_text(text, title)
        title = title or headline
    if not text.strip():
        raise _Fail("no article text (empty after removing boilerplate)" if raw.strip() else "empty: no article text")
    url = meta.get("url")
    url = str(url).strip() if url not in (None, "") else None
    pub: dt.date | None = None
    source: str | None = None
    if ctx.published is not None:
        pub, source = ctx.published, "given"
    else:
        pub = parse_date(meta.get("published"))
        if pub is None:
            pub = _url_date(url)
        if pub is not None:
            source = "metadata"
        else:
            pub = infer_published(raw)
            source = "inferred" if pub else None
            if pub is None and ctx.fallback is not None:
                pub, source = ctx.fallback, "given"
    ident = meta.get("id")
    ident = str(ident).strip() if ident not in (None, "") else None
    publisher = meta.get("publisher")
    if isinstance(publisher, dict):
        publisher = publisher.get("name") or publisher.get("title") or publisher.get("id")
    publisher = str(publisher).strip() if publisher not in (None, "") else None
    return Article(
        id=ident or default_id, title=title, url=url, published=pub, published_source=source,
        publisher=publisher, text=text,
    )


def _split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """YAML front matter between '---' lines at the very top: (metadata, body, body's first line number)."""
    import yaml

    if not text.startswith("---"):
        return {}, text, 1
    m = re.match(r"---[ \t]*\r?\n(.*?)(?:^|\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", text, re.DOTALL)
    if not m:
        return {}, text, 1
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise _Fail(f"front matter is not valid YAML: {problem}", line) from None
    if not isinstance(meta, dict):
        raise _Fail("front matter is not a mapping of field: value", 2)
    meta = {str(k).lower(): v for k, v in meta.items()}
    out = {
        "title": meta.get("title") or meta.get("headline"),
        "published": meta.get("published") if meta.get("published") is not None else meta.get("date"),
        "url": meta.get("url") or meta.get("link"),
        "publisher": meta.get("source") or meta.get("publisher"),
        "id": meta.get("id"),
    }
    body = text[m.end():]
    return out, body, text[:m.end()].count("\n") + 1


def _text_articles(text: str, path: str, default_id: str, ctx: _Ctx, markdown: bool) -> Iterator[Article]:
    if not text.strip():
        raise _Fail("empty file")
    meta, body, _line = _split_front_matter(text)
    if markdown:
        body = _strip_markdown(body)
    yield _finish(body, path=path, default_id=default_id, meta=meta, ctx=ctx)


def _html_article(text: str, path: str, default_id: str, ctx: _Ctx) -> Iterator[Article]:
    import htmldate
    import lxml.html
    import trafilatura
    from lxml import etree

    if not text.strip():
        raise _Fail("empty file")
    try:
        tree = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise _Fail(f"not parseable as HTML: {exc}") from None
    body = tree.find("body")
    if body is None or not body.text_content().strip():
        raise _Fail("HTML without a body (no <body> text to read)")
    doc = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
    )
    content = getattr(doc, "text", None) if doc is not None else None
    if not content or not content.strip():
        content = _html_to_text(lxml.html.tostring(body, encoding="unicode"))
    date = None
    try:
        date = htmldate.find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises assorted errors on odd markup; a missing date is fine
        date = None
    if not date and doc is not None:
        date = getattr(doc, "date", None)
    title = getattr(doc, "title", None) if doc is not None else None
    if not title:
        t = tree.find(".//title")
        title = t.text_content().strip() if t is not None else None
    url = getattr(doc, "url", None) if doc is not None else None
    if not url:
        link = tree.find(".//link[@rel='canonical']")
        url = link.get("href") if link is not None else None
    publisher = (getattr(doc, "sitename", None) or getattr(doc, "hostname", None)) if doc is not None else None
    meta = {"title": title, "published": date, "url": url, "publisher": publisher, "id": None}
    yield _finish(content, path=path, default_id=default_id, meta=meta, ctx=ctx)


def _get(record: dict[str, Any], name: str, default_names: bool) -> Any:
    cur: Any = record
    for part in name.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            cur = None
            break
    if cur in (None, "") and default_names and name in _FALLBACKS:
        for alt in _FALLBACKS[name]:
            if record.get(alt) not in (None, ""):
                return record[alt]
    return cur


def _record_article(rec: Any, path: str, default_id: str, ctx: _Ctx, line: int | None, where: str) -> Article:
    if not isinstance(rec, dict):
        raise _Fail(f"{where} is a JSON {type(rec).__name__}, not an object with a text field", line)
    f = ctx.fields
    default_names = f == FieldMap()
    text = _get(rec, f.text, default_names)
    if text is None or (isinstance(text, str) and not text.strip()):
        raise _Fail(f"{where} has no text (field {f.text!r} is missing or empty)", line)
    if not isinstance(text, str):
        raise _Fail(f"{where}: field {f.text!r} is a {type(text).__name__}, not a string", line)
    if "<" in text and re.search(r"</?(?:p|div|br|span|a|b|i|em|strong)\b", text, re.IGNORECASE):
        text = _html_to_text(text)
    meta = {
        "title": _get(rec, f.title, default_names),
        "published": _get(rec, f.published, default_names),
        "url": _get(rec, f.url, default_names),
        "publisher": _get(rec, f.publisher, default_names),
        "id": _get(rec, f.id, default_names),
    }
    if isinstance(meta["url"], dict):
        meta["url"] = meta["url"].get("href")
    for k in ("title", "url", "id"):
        if meta[k] is not None and not isinstance(meta[k], str | int | float):
            meta[k] = None
    try:
        return _finish(text, path=path, default_id=default_id, meta=meta, ctx=ctx)
    except _Fail as exc:
        raise _Fail(f"{where}: {exc.message}", line) from None


def _json_articles(text: str, path: str, stem_id: str, ctx: _Ctx) -> Iterator[Article | ReadError]:
    if not text.strip():
        raise _Fail("empty file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Fail(f"not valid JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    if isinstance(data, dict) and not any(k in data for k in (ctx.fields.text, "text", "content", "body")):
        for key in ("articles", "items", "records", "data", "results", "documents"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if isinstance(data, list):
        if not data:
            raise _Fail("empty JSON list: no records")
        for i, rec in enumerate(data, 1):
            try:
                yield _record_article(rec, path, f"{stem_id}-{i}", ctx, None, f"record {i}")
            except _Fail as exc:
                yield ReadError(path, exc.line, exc.message)
    else:
        yield _record_article(data, path, stem_id, ctx, None, "the record")


def _jsonl_articles(text: str, path: str, stem_id: str, ctx: _Ctx) -> Iterator[Article | ReadError]:
    if not text.strip():
        raise _Fail("empty file")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(path, lineno, f"not valid JSON: {exc.msg} (column {exc.colno})")
            continue
        try:
            yield _record_article(rec, path, f"{stem_id}-{lineno}", ctx, lineno, "the record")
        except _Fail as exc:
            yield ReadError(path, exc.line, exc.message)


def _feed_articles(data: bytes, path: str, stem_id: str, ctx: _Ctx) -> Iterator[Article | ReadError]:
    import feedparser

    feed = feedparser.parse(io.BytesIO(data))  # a stream: feedparser never fetches or opens paths
    entries = feed.get("entries") or []
    if not entries:
        reason = f": {feed.get('bozo_exception')}" if feed.get("bozo") else ""
        raise _Fail(f"not an RSS/Atom feed with entries{reason}")
    publisher = (feed.get("feed") or {}).get("title")
    for i, e in enumerate(entries, 1):
        html = ""
        for c in e.get("content") or []:
            if c.get("value"):
                html = c["value"]
                break
        if not html:
            html = e.get("summary") or e.get("description") or ""
        text = _html_to_text(html)
        ident = e.get("id") or e.get("link")
        if ident:
            ident = slugify(re.sub(r"^[a-z]+://", "", str(ident)))[:120]
        st = e.get("published_parsed") or e.get("updated_parsed")
        published = dt.date(st.tm_year, st.tm_mon, st.tm_mday) if st else (e.get("published") or e.get("updated"))
        meta = {"title": e.get("title"), "published": published, "url": e.get("link"),
                "publisher": publisher, "id": ident}
        if not text.strip():
            yield ReadError(path, None, f"feed entry {i} ({e.get('title') or ident or 'untitled'}) has no text")
            continue
        try:
            yield _finish(text, path=path, default_id=f"{stem_id}-{i}", meta=meta, ctx=ctx)
        except _Fail as exc:
            yield ReadError(path, None, f"feed entry {i}: {exc.message}")


# ---------------------------------------------------------------- dispatch

def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        lines = [ln for ln in data[:65536].splitlines() if ln.strip()]
        if len(lines) > 1 and all(ln.strip().startswith(b"{") and ln.strip().endswith(b"}") for ln in lines[:5]):
            return "jsonl"
        return "json"
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        if b"<html" in head:
            return "html"
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<") and b"<body" in data[:65536].lower()):
        return "html"
    return "text"


def _kind_of(path: Path, data: bytes) -> str:
    ext = path.suffix.lower()
    if ext in TEXT_EXT:
        return "markdown" if ext in (".md", ".markdown") else "text"
    if ext in HTML_EXT:
        return "html"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in JSON_EXT:
        return "json"
    if ext in FEED_EXT:
        kind = _sniff(data)
        return kind if kind in ("feed", "html") else "feed"
    return _sniff(data)


def _read_one(data: bytes, kind: str, path: str, stem_id: str, ctx: _Ctx) -> Iterator[Article | ReadError]:
    if not data.strip():
        raise _Fail("empty file")
    if kind == "feed":
        nul = data.find(b"\x00")
        if nul >= 0 and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise _Fail(f"binary file, not text (NUL byte at offset {nul})")
        yield from _feed_articles(data, path, stem_id, ctx)
        return
    text = _decode(data)
    if kind in ("text", "markdown"):
        yield from _text_articles(text, path, stem_id, ctx, markdown=kind == "markdown")
    elif kind == "html":
        yield from _html_article(text, path, stem_id, ctx)
    elif kind == "json":
        yield from _json_articles(text, path, stem_id, ctx)
    elif kind == "jsonl":
        yield from _jsonl_articles(text, path, stem_id, ctx)
    else:  # pragma: no cover - every kind is handled above
        raise _Fail(f"unknown format {kind!r}")


def _guarded(gen: Iterator[Article | ReadError], path: str) -> Iterator[Article | ReadError]:
    """Turn failures (ours and unexpected library ones) into ReadErrors, never tracebacks."""
    try:
        yield from gen
    except _Fail as exc:
        yield ReadError(path, exc.line, exc.message)
    except RecursionError:
        yield ReadError(path, None, "input nested too deeply to read")
    except MemoryError:
        yield ReadError(path, None, "input too large to read in memory")
    except Exception as exc:  # a parser library failing on hostile input must not stop the run
        yield ReadError(path, None, f"cannot read: {type(exc).__name__}: {exc}")


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _slug_id(rel: Path) -> str:
    parts = list(rel.parts)
    parts[-1] = rel.stem if rel.suffix else rel.name
    return slugify("-".join(parts))


def _read_path(p: Path, label: str, stem_id: str, ctx: _Ctx) -> Iterator[Article | ReadError]:
    def gen() -> Iterator[Article | ReadError]:
        data = _read_bytes(p, ctx.max_bytes)
        yield from _read_one(data, _kind_of(p, data), label, stem_id, ctx)

    yield from _guarded(gen(), label)


def _iter_inputs(paths: Iterable[str | Path], ctx: _Ctx) -> Iterator[Article | ReadError]:
    for raw in paths:
        label = str(raw)
        if label == "-":
            def stdin_gen() -> Iterator[Article | ReadError]:
                stream = getattr(sys.stdin, "buffer", None)
                data = stream.read(ctx.max_bytes + 1) if stream is not None else sys.stdin.read().encode("utf-8")
                if len(data) > ctx.max_bytes:
                    raise _Fail(f"standard input is over the limit of {ctx.max_bytes:,} bytes; raise it with "
                                "--max-bytes (or max_bytes=...)")
                yield from _read_one(data, _sniff(data), "<stdin>", "stdin", ctx)

            yield from _guarded(stdin_gen(), "<stdin>")
            continue
        p = Path(raw)
        try:
            is_dir = p.is_dir()
        except OSError as exc:
            yield ReadError(label, None, f"cannot read: {exc.strerror or exc}")
            continue
        if is_dir:
            try:
                files = list(_walk(p))
            except OSError as exc:
                yield ReadError(label, None, f"cannot list folder: {exc.strerror or exc}")
                continue
            if not files:
                yield ReadError(label, None, "folder holds no files", note=True)
            for f in files:
                rel = f.relative_to(p)
                if f.suffix.lower() not in KNOWN_EXT:
                    known = " ".join(sorted(KNOWN_EXT))
                    yield ReadError(str(f), None, f"skipped: unknown extension {f.suffix or '(none)'!r} "
                                    f"(read: {known})", note=True)
                    continue
                yield from _read_path(f, str(f), _slug_id(rel), ctx)
        else:
            yield from _read_path(p, label, slugify(p.stem or p.name), ctx)


def read_paths(
    paths: Iterable[str | Path],
    *,
    published: dt.date | str | None = None,
    article_id: str | None = None,
    fields: FieldMap | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fallback_published: dt.date | str | None = None,
) -> Iterator[Article | ReadError]:
    """Articles (and ReadErrors in place of what cannot be read) from files, folders or "-".

    ``published`` is the given publication date for every article (source "given"),
    overriding their metadata; ``fallback_published`` is used only for articles whose
    metadata and text give no date (also recorded as "given"). ``article_id`` names
    the article and is valid only when the inputs hold one.
    """
    dates = []
    for value in (published, fallback_published):
        if isinstance(value, str):
            parsed = parse_date(value)
            if parsed is None:
                yield ReadError("<arguments>", None, f"--published {value!r} is not a date (expected YYYY-MM-DD)")
                return
            value = parsed
        dates.append(value)
    published, fallback = dates
    ctx = _Ctx(published=published, article_id=article_id, fields=fields or FieldMap(), max_bytes=max_bytes,
               fallback=fallback)
    if isinstance(paths, str | Path):
        paths = [paths]
    items = _iter_inputs(paths, ctx)
    if article_id is None:
        yield from items
        return
    results = list(items)
    arts = [r for r in results if isinstance(r, Article)]
    if len(arts) > 1:
        yield ReadError("<arguments>", None, f"--id {article_id!r} names one article but the input holds "
                        f"{len(arts)}; the articles keep their own ids")
        yield from results
        return
    for r in results:
        if isinstance(r, Article):
            r.id = article_id
        yield r


def read_text(text: str, *, name: str = "<stdin>", published: dt.date | str | None = None,
              article_id: str | None = None) -> Article:
    """One article from a string (plain text with optional YAML front matter).

    Raises ValueError with a "name: message" text when there is no article in it.
    """
    if isinstance(published, str):
        published = parse_date(published)
    ctx = _Ctx(published=published, article_id=article_id, fields=FieldMap(), max_bytes=DEFAULT_MAX_BYTES)
    stem = slugify(Path(name).stem) if name and not name.startswith("<") else "text"
    try:
        art = next(_text_articles(text, name, stem, ctx, markdown=False))
    except _Fail as exc:
        raise ValueError(str(ReadError(name, exc.line, exc.message))) from None
    if article_id:
        art.id = article_id
    return art
