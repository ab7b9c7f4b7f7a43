"""Exports of the graph: GraphML, GEXF 1.3, Cytoscape.js JSON, node-link JSON, DOT, CSV, HTML.

Every format shows the same selection (:func:`select`):

* **nodes** are entities (``id``, ``label``, ``kind``, ``state``, ``aliases``,
  ``roles``, and ``start``/``end``: the span of their dated edges), plus the
  articles (``article:<id>``) with ``articles=True``;
* **edges** are events, source -> target (a multigraph: repeated events stay
  separate edges; ``id`` the event key, ``cameo``, ``name``, ``when`` (EDTF),
  ``lo``/``hi`` (ISO day bounds), ``precision``, ``factuality``, ``goldstein``,
  ``quad``, ``event_type``, ``n_articles``, ``location``), relations, a -> b
  (``relation``, ``polarity``, ``label``, ...), and with ``articles=True`` one
  ``mentions`` edge per article and entity it mentions;
* events with one participant missing have no edge (counted in the summary).

Filters: a time window (``start``/``end`` dates; an edge is kept when its
``lo``..``hi`` span overlaps the window, undated edges are dropped) and actors
(ISO3 codes match the state and everyone attributed to it, other ids the entity
itself; an edge is kept when it touches any of them). With a filter, the nodes
are the ends of the kept edges and the actors asked for; without, every entity.

Values go through :mod:`diplograph.graph.sanitize` (the one sanitiser). Output
is deterministic: nodes by id, edges by kind, date and id; the JSON formats are
byte-identical for the same store content.

Format notes: GEXF is 1.3 with ``mode="dynamic"``, ``timeformat="date"`` and a
spell per edge (and per dated node) for Gephi's timeline, valid against the
official XSD. DOT quotes every id and value (``:`` and quotes survive). CSV is
what ``neo4j-admin database import full`` reads::

    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\
        --multiline-fields=true neo4j

HTML is one page with its script and styles inline (no network): a force
layout in SVG, a search box, the edges of a clicked node, and a table of nodes;
every text is escaped.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from diplograph.graph import ontology
from diplograph.graph.sanitize import clean_text, plain, scalar
from diplograph.graph.store import Store
from diplograph.graph.when import When

__all__ = ["FORMATS", "ExportError", "ExportSummary", "Selection", "export_graph", "parse_window", "select"]

FORMATS = ("graphml", "gexf", "cytoscape", "json", "dot", "csv", "html")
GEXF_NS = "http://gexf.net/1.3"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"

_NODE_KEYS = ("label", "kind", "state", "aliases", "roles", "start", "end",
              "title", "url", "published", "publisher")
_EDGE_KEYS = ("kind", "label", "cameo", "name", "root", "quad", "event_type", "when", "lo", "hi", "precision",
              "factuality", "goldstein", "n_articles", "location", "location_name", "relation", "polarity",
              "attributes")
_DATE_KEYS = {"lo", "hi", "start", "end", "published"}


class ExportError(ValueError):
    """A bad export request (unknown actor, reversed window, csv without a folder)."""


@dataclass
class Selection:
    """The nodes and edges to export, as plain dicts (values not yet sanitised)."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    one_sided: int = 0  # events with a missing participant (no edge)
    description: str = ""


@dataclass
class ExportSummary:
    """What an export wrote."""

    format: str
    nodes: int
    edges: int
    one_sided: int


# ----------------------------------------------------------------------------- selecting


def parse_window(start: str | None, end: str | None) -> tuple[dt.date | None, dt.date | None]:
    """``--from``/``--to`` values (EDTF dates: "2015", "2015-05", "2015-05-09") as inclusive day bounds."""

    def bound(text: str | None, which: str) -> dt.date | None:
        if not text:
            return None
        try:
            w = When.parse(text)
        except ValueError:
            raise ExportError(f"--{which} {text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
        return w.lower if which == "from" else w.upper

    lo, hi = bound(start, "from"), bound(end, "to")
    if lo and hi and lo > hi:
        raise ExportError(f"--from {start} is after --to {end}")
    return lo, hi


def _resolve_actors(store: Store, actors: Sequence[str]) -> tuple[set[str], set[str]]:
    ids: set[str] = set()
    states: set[str] = set()
    for a in actors:
        x = a.strip()
        if store.entity(x) is not None:
            ids.add(x)
            if len(x) == 3 and x.isalpha() and x.isupper():
                states.add(x)
            continue
        up = x.upper()
        if len(up) == 3 and up.isalpha() and (ontology.state(up) is not None or store.entity(up) is not None):
            ids.add(up)
            states.add(up)
            continue
        raise ExportError(f"--actor {a!r}: no such entity in the store (give an ISO3 code such as PRK "
                          "or an entity id such as person:kim-jong-un)")
    return ids, states


def _in(col: str, values: set[str], args: list[Any]) -> str:
    args.extend(sorted(values))
    return f"{col} IN ({','.join('?' * len(values))})"


def select(store: Store, *, start: dt.date | None = None, end: dt.date | None = None,
           actors: Sequence[str] = (), articles: bool = False) -> Selection:
    """The nodes and edges of the store inside the window and touching the actors (see the module notes)."""
    ids, states = _resolve_actors(store, actors)
    filtered = bool(start or end or ids)
    sel = Selection()

    def window(args: list[Any]) -> list[str]:
        conds = []
        if start or end:
            conds.append("lo IS NOT NULL")
        if end:
            conds.append("lo <= ?")
            args.append(end.isoformat())
        if start:
            conds.append("hi >= ?")
            args.append(start.isoformat())
        return conds

    # events
    args: list[Any] = []
    conds = window(args)
    if ids:
        parts = [_in("source", ids, args), _in("target", ids, args)]
        if states:
            parts += [_in("source_state", states, args), _in("target_state", states, args)]
        conds.append("(" + " OR ".join(parts) + ")")
    names: dict[str, str] = {}
    for ev in store.iter_events(" AND ".join(conds), tuple(args), order="id"):
        if not ev.source or not ev.target:
            sel.one_sided += 1
            continue
        at = dict(ev.attributes)
        eid = at.pop("id")
        n = at.pop("n_articles", None)
        quad = at.pop("quad_class", None)
        for k in ("source_state", "target_state"):
            at.pop(k, None)
        code = ontology.cameo(ev.cameo) if ontology.is_cameo(ev.cameo) else None
        w = ev.when
        sel.edges.append({
            "id": eid, "source": ev.source, "target": ev.target, "kind": "event",
            "label": f"{ev.cameo} {code.name}" if code else ev.cameo, "cameo": ev.cameo,
            "name": code.name if code else None, "root": ev.cameo[:2], "quad": quad, "event_type": ev.type,
            "when": w.edtf if w else None, "lo": w.lower if w else None, "hi": w.upper if w else None,
            "precision": w.precision if w else None, "factuality": ev.factuality, "goldstein": ev.goldstein,
            "n_articles": n, "location": ev.location, "location_name": None, "attributes": at or None,
        })
        if ev.location:
            names[ev.location] = ""
    # relations
    args = []
    conds = window(args)
    if ids:
        parts = [_in("a", ids, args), _in("b", ids, args)]
        if states:
            parts += [_in("a_state", states, args), _in("b_state", states, args)]
        conds.append("(" + " OR ".join(parts) + ")")
    for rel in store.iter_relations(" AND ".join(conds), tuple(args)):
        at = dict(rel.attributes)
        rid = at.pop("id")
        n = at.pop("n_articles", None)
        for k in ("a_state", "b_state"):
            at.pop(k, None)
        w = rel.when
        polarity = at.pop("polarity", None)
        label = at.get("label") or at.get("title") or at.get("kin")
        sel.edges.append({
            "id": rid, "source": rel.a, "target": rel.b, "kind": rel.type,
            "label": f"{rel.type}: {label}" if label else rel.type, "relation": rel.type, "polarity": polarity,
            "when": w.edtf if w else None, "lo": w.lower if w else None, "hi": w.upper if w else None,
            "precision": w.precision if w else None, "n_articles": n, "attributes": at or None,
        })
    # nodes
    wanted: set[str] | None = None
    if filtered:
        wanted = {e["source"] for e in sel.edges} | {e["target"] for e in sel.edges} | ids
    spans: dict[str, list[dt.date]] = {}
    for e in sel.edges:
        if e["lo"] is None:
            continue
        for end_ in (e["source"], e["target"]):
            s = spans.get(end_)
            if s is None:
                spans[end_] = [e["lo"], e["hi"]]
            else:
                s[0] = min(s[0], e["lo"])
                s[1] = max(s[1], e["hi"])
    for ent in store.iter_entities():
        if ent.id in names:
            names[ent.id] = ent.name
        if wanted is not None and ent.id not in wanted:
            continue
        span = spans.get(ent.id)
        sel.nodes.append({"id": ent.id, "label": ent.name, "kind": ent.kind, "state": ent.state,
                          "aliases": list(ent.aliases) or None, "roles": list(ent.roles) or None,
                          "start": span[0] if span else None, "end": span[1] if span else None})
    for e in sel.edges:
        if e.get("location"):
            e["location_name"] = names.get(e["location"]) or None
    if articles:
        _add_articles(store, sel)
    kind_rank = {"event": 0, "trend": 1, "role": 2, "kinship": 3, "membership": 4, "mentions": 5}
    sel.nodes.sort(key=lambda n: n["id"])
    sel.edges.sort(key=lambda e: (kind_rank.get(e["kind"], 9), e["lo"] or dt.date.min, e["id"]))
    parts = []
    if start or end:
        parts.append(f"{start.isoformat() if start else '..'}/{end.isoformat() if end else '..'}")
    if ids:
        parts.append("actors " + ", ".join(sorted(ids)))
    sel.description = "; ".join(parts) or "the whole store"
    return sel


def _add_articles(store: Store, sel: Selection) -> None:
    """Article nodes for the articles supporting the selected edges, with mention edges to the selected nodes."""
    subjects = [e["id"] for e in sel.edges]
    support: set[str] = set()
    conn = store.conn
    for i in range(0, len(subjects), 500):
        chunk = subjects[i:i + 500]
        support.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT article_id FROM evidence WHERE subject IN ({','.join('?' * len(chunk))})", chunk))
    node_ids = {n["id"] for n in sel.nodes}
    for a in store.articles():
        if a.id not in support:
            continue
        sel.nodes.append({"id": f"article:{a.id}", "label": a.title or a.url or a.id, "kind": "article",
                          "title": a.title, "url": a.url, "published": a.published, "publisher": a.publisher})
    ids = sorted(support)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for aid, eid in conn.execute(
                f"SELECT article_id, entity_id FROM mentions WHERE article_id IN ({','.join('?' * len(chunk))})",
                chunk):
            if eid in node_ids:
                sel.edges.append({"id": f"mentions:{aid}|{eid}", "source": f"article:{aid}", "target": eid,
                                  "kind": "mentions", "label": "mentions", "lo": None})


# ----------------------------------------------------------------------------- attribute typing


def _clean(d: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    """The sanitised scalar values of ``keys`` that are not None."""
    out = {}
    for k in keys:
        v = scalar(d.get(k))
        if v is not None:
            out[k] = v
    return out


def _types(rows: list[dict[str, Any]], keys: Iterable[str]) -> dict[str, str]:
    """One type per attribute key: boolean, long, double or string (mixed types read as string)."""
    found: dict[str, set[str]] = {}
    for r in rows:
        for k, v in r.items():
            if k in ("id", "source", "target"):
                continue
            t = "boolean" if isinstance(v, bool) else "long" if isinstance(v, int) else \
                "double" if isinstance(v, float) else "string"
            found.setdefault(k, set()).add(t)
    out = {}
    for k in keys:
        ts = found.get(k)
        if not ts:
            continue
        out[k] = ts.pop() if len(ts) == 1 else "double" if ts == {"long", "double"} else "string"
    return out


def _text(v: Any, t: str) -> str:
    if t == "boolean":
        return "true" if v else "false"
    if t == "double":
        return repr(float(v))
    return str(v)


# ----------------------------------------------------------------------------- writers


def _write_graphml(sel: Selection, out: IO[bytes]) -> None:
    from lxml import etree

    nodes = [{"id": n["id"], **_clean(n, _NODE_KEYS)} for n in sel.nodes]
    edges = [{"id": e["id"], "source": e["source"], "target": e["target"], **_clean(e, _EDGE_KEYS)}
             for e in sel.edges]
    ntypes, etypes = _types(nodes, _NODE_KEYS), _types(edges, _EDGE_KEYS)
    nkey = {k: f"n_{k}" for k in ntypes}
    ekey = {k: f"e_{k}" for k in etypes}
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("graphml", nsmap={None: GRAPHML_NS, "xsi": XSI_NS},
                        attrib={f"{{{XSI_NS}}}schemaLocation":
                                f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"}):
            for k, t in ntypes.items():
                xf.write(etree.Element("key", id=nkey[k], attrib={"for": "node", "attr.name": k, "attr.type": t}))
            for k, t in etypes.items():
                xf.write(etree.Element("key", id=ekey[k], attrib={"for": "edge", "attr.name": k, "attr.type": t}))
            with xf.element("graph", id="diplograph", edgedefault="directed"):
                for n in nodes:
                    el = etree.Element("node", id=clean_text(n["id"]))
                    for k, t in ntypes.items():
                        if k in n:
                            etree.SubElement(el, "data", key=nkey[k]).text = _text(n[k], t)
                    xf.write(el)
                for e in edges:
                    el = etree.Element("edge", id=clean_text(e["id"]), source=clean_text(e["source"]),
                                       target=clean_text(e["target"]))
                    for k, t in etypes.items():
                        if k in e:
                            etree.SubElement(el, "data", key=ekey[k]).text = _text(e[k], t)
                    xf.write(el)


def _write_gexf(sel: Selection, out: IO[bytes]) -> None:
    from lxml import etree

    node_keys = tuple(k for k in _NODE_KEYS if k not in ("label", "start", "end"))
    edge_keys = tuple(k for k in _EDGE_KEYS if k not in ("label",))
    nodes = [{"id": n["id"], **_clean(n, _NODE_KEYS)} for n in sel.nodes]
    edges = [{"id": e["id"], "source": e["source"], "target": e["target"], **_clean(e, _EDGE_KEYS)}
             for e in sel.edges]
    ntypes, etypes = _types(nodes, node_keys), _types(edges, edge_keys)
    gexf_type = {"boolean": "boolean", "long": "long", "double": "double", "string": "string"}
    nid = {k: f"n{i}" for i, k in enumerate(ntypes)}
    eid = {k: f"e{i}" for i, k in enumerate(etypes)}
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS, "xsi": XSI_NS},
                        attrib={f"{{{XSI_NS}}}schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd", "version": "1.3"}):
            meta = etree.Element(f"{{{GEXF_NS}}}meta")
            etree.SubElement(meta, f"{{{GEXF_NS}}}creator").text = "diplograph"
            etree.SubElement(meta, f"{{{GEXF_NS}}}description").text = clean_text(
                f"diplograph graph: {sel.description}")
            xf.write(meta)
            with xf.element(f"{{{GEXF_NS}}}graph", defaultedgetype="directed", mode="dynamic", timeformat="date"):
                for cls, types, ids in (("node", ntypes, nid), ("edge", etypes, eid)):
                    attrs = etree.Element(f"{{{GEXF_NS}}}attributes", attrib={"class": cls, "mode": "static"})
                    for k, t in types.items():
                        etree.SubElement(attrs, f"{{{GEXF_NS}}}attribute", id=ids[k], title=k, type=gexf_type[t])
                    xf.write(attrs)
                with xf.element(f"{{{GEXF_NS}}}nodes", count=str(len(nodes))):
                    for n in nodes:
                        el = etree.Element(f"{{{GEXF_NS}}}node", id=clean_text(n["id"]),
                                           label=str(n.get("label", n["id"])))
                        _gexf_values(el, n, ntypes, nid)
                        if "start" in n:
                            spells = etree.SubElement(el, f"{{{GEXF_NS}}}spells")
                            etree.SubElement(spells, f"{{{GEXF_NS}}}spell", start=n["start"], end=n["end"])
                        xf.write(el)
                with xf.element(f"{{{GEXF_NS}}}edges", count=str(len(edges))):
                    for e in edges:
                        el = etree.Element(f"{{{GEXF_NS}}}edge", id=clean_text(e["id"]),
                                           source=clean_text(e["source"]), target=clean_text(e["target"]),
                                           label=str(e.get("label", "")), kind=str(e.get("kind", "event")))
                        _gexf_values(el, e, etypes, eid)
                        if "lo" in e:
                            spells = etree.SubElement(el, f"{{{GEXF_NS}}}spells")
                            etree.SubElement(spells, f"{{{GEXF_NS}}}spell", start=e["lo"], end=e["hi"])
                        xf.write(el)


def _gexf_values(el: Any, row: dict[str, Any], types: dict[str, str], ids: dict[str, str]) -> None:
    from lxml import etree

    present = [k for k in types if k in row]
    if not present:
        return
    vals = etree.SubElement(el, f"{{{GEXF_NS}}}attvalues")
    for k in present:
        etree.SubElement(vals, f"{{{GEXF_NS}}}attvalue", attrib={"for": ids[k], "value": _text(row[k], types[k])})


def _json_bytes(doc: Any) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _plain_node(n: dict[str, Any]) -> dict[str, Any]:
    return {"id": plain(n["id"]), **{k: plain(n.get(k)) for k in _NODE_KEYS if n.get(k) is not None}}


def _plain_edge(e: dict[str, Any]) -> dict[str, Any]:
    out = {"id": plain(e["id"]), "source": plain(e["source"]), "target": plain(e["target"])}
    out.update({k: plain(e.get(k)) for k in _EDGE_KEYS if e.get(k) is not None})
    return out


def _write_node_link(sel: Selection, out: IO[bytes]) -> None:
    edges = []
    for e in sel.edges:
        d = _plain_edge(e)
        d["key"] = d["id"]
        edges.append(d)
    doc = {"directed": True, "multigraph": True,
           "graph": {"name": "diplograph", "selection": sel.description, "one_sided_events": sel.one_sided},
           "nodes": [_plain_node(n) for n in sel.nodes], "edges": edges}
    out.write(_json_bytes(doc))


def _write_cytoscape(sel: Selection, out: IO[bytes]) -> None:
    nodes = []
    for n in sel.nodes:
        d = _plain_node(n)
        d["name"] = d.get("label", d["id"])
        nodes.append({"data": d})
    edges = []
    for e in sel.edges:
        d = _plain_edge(e)
        d["interaction"] = d.get("cameo") or d.get("kind")
        edges.append({"data": d})
    doc = {"format_version": "1.0", "generated_by": "diplograph", "target_cytoscapejs_version": "~3.0",
           "data": {"name": "diplograph", "selection": sel.description, "one_sided_events": sel.one_sided},
           "elements": {"nodes": nodes, "edges": edges}}
    out.write(_json_bytes(doc))


def dot_quote(value: Any, *, label: bool = False) -> str:
    """A DOT double-quoted string that Graphviz reads back as ``value``.

    In DOT only ``\\"`` is an escape in quoted strings (a backslash before any
    other character stays as written), so ids keep their backslashes and ``:``
    and only quotes are escaped; a backslash right before a quote or at the end
    is doubled (the one case DOT cannot carry exactly). ``label`` values are
    escStrings, where Graphviz reads backslash sequences: their backslashes are
    doubled and line breaks written as ``\\n``.
    """
    s = str(value)
    if label:
        s = s.replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n")
    else:
        s = re.sub(r'\\(?=["]|$)', r"\\\\", s)
    return '"' + s.replace('"', '\\"') + '"'


def _write_dot(sel: Selection, out: IO[bytes]) -> None:
    w = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=False)
    w.write(f"// diplograph graph: {clean_text(sel.description)}\n")
    w.write('digraph "diplograph" {\n  graph [rankdir="LR"];\n  node [shape="ellipse"];\n')
    for n in sel.nodes:
        attrs = _clean(n, _NODE_KEYS)
        body = ", ".join(f"{k}={dot_quote(v, label=k == 'label')}" for k, v in attrs.items())
        w.write(f"  {dot_quote(clean_text(n['id']))} [{body}];\n")
    for e in sel.edges:
        attrs = {"key": scalar(e["id"]), **_clean(e, _EDGE_KEYS)}
        body = ", ".join(f"{k}={dot_quote(v, label=k == 'label')}" for k, v in attrs.items())
        w.write(f"  {dot_quote(clean_text(e['source']))} -> {dot_quote(clean_text(e['target']))} [{body}];\n")
    w.write("}\n")
    w.flush()
    w.detach()


_CSV_TYPE = {"boolean": "boolean", "long": "int", "double": "float", "string": ""}


def _csv_rows(sel: Selection) -> tuple[list[str], list[list[str]], list[str], list[list[str]]]:
    node_keys = tuple(k for k in _NODE_KEYS if k != "label")
    nodes = [{"id": n["id"], "name": scalar(n.get("label")), **_clean(n, node_keys)} for n in sel.nodes]
    edges = [{"id": e["id"], "source": e["source"], "target": e["target"], **_clean(e, _EDGE_KEYS)}
             for e in sel.edges]
    ntypes = _types(nodes, ("name", *node_keys))
    etypes = _types(edges, _EDGE_KEYS)

    def head(k: str, t: str) -> str:
        if k in _DATE_KEYS and t == "string":
            return f"{k}:date"
        return f"{k}:{_CSV_TYPE[t]}" if _CSV_TYPE[t] else k

    ncols = [k for k in ntypes if k != "kind"]
    nhead = ["id:ID", ":LABEL", "kind", *(head(k, ntypes[k]) for k in ncols)]
    nrows = [[clean_text(n["id"]), f"Entity;{str(n.get('kind', 'entity')).capitalize()}"
              if n.get("kind") != "article" else "Article", str(n.get("kind", "")),
              *("" if n.get(k) is None else _text(n[k], ntypes[k]) for k in ncols)] for n in nodes]
    ecols = [k for k in etypes if k != "kind"]
    ehead = [":START_ID", ":END_ID", ":TYPE", "id", *(head(k, etypes[k]) for k in ecols)]
    erows = [[clean_text(e["source"]), clean_text(e["target"]), str(e.get("kind", "event")).upper(),
              clean_text(e["id"]), *("" if e.get(k) is None else _text(e[k], etypes[k]) for k in ecols)]
             for e in edges]
    return nhead, nrows, ehead, erows


def _csv_text(header: list[str], rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _write_csv(sel: Selection, target: str | os.PathLike[str]) -> None:
    nhead, nrows, ehead, erows = _csv_rows(sel)
    files = {"nodes.csv": _csv_text(nhead, nrows), "relationships.csv": _csv_text(ehead, erows)}
    p = Path(target)
    if p.suffix.lower() == ".zip":
        with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in files.items():
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data)
        return
    if p.exists() and not p.is_dir():
        raise ExportError(f"{p}: exists and is not a folder (csv writes nodes.csv and relationships.csv)")
    p.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (p / name).write_bytes(data)


def _script_json(doc: Any) -> str:
    """JSON that is safe inside a <script> element (no "</script>", no "<!--", no U+2028/2029 surprises)."""
    s = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _write_html(sel: Selection, out: IO[bytes]) -> None:
    from diplograph.graph.export_html import PAGE

    esc = html.escape
    nodes = [_plain_node(n) for n in sel.nodes]
    edges = [_plain_edge(e) for e in sel.edges]
    degree: dict[str, int] = {}
    for e in edges:
        degree[e["source"]] = degree.get(e["source"], 0) + 1
        degree[e["target"]] = degree.get(e["target"], 0) + 1
    rows = "\n".join(
        f"<tr><td>{esc(n['id'])}</td><td>{esc(str(n.get('label', '')))}</td><td>{esc(str(n.get('kind', '')))}</td>"
        f"<td>{esc(str(n.get('state') or ''))}</td><td>{degree.get(n['id'], 0)}</td></tr>" for n in nodes)
    values = {"DESCRIPTION": esc(clean_text(sel.description)), "NODE_COUNT": str(len(nodes)),
              "EDGE_COUNT": str(len(edges)), "ONE_SIDED": str(sel.one_sided), "NODE_ROWS": rows,
              "DATA": _script_json({"nodes": nodes, "edges": edges})}
    # one pass, so a placeholder written inside a name is never filled in
    page = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], PAGE)
    out.write(page.encode("utf-8"))


_WRITERS = {"graphml": _write_graphml, "gexf": _write_gexf, "json": _write_node_link,
            "cytoscape": _write_cytoscape, "dot": _write_dot, "html": _write_html}


def export_graph(store: Store, fmt: str, target: str | os.PathLike[str] | IO[bytes], *,
                 start: dt.date | None = None, end: dt.date | None = None, actors: Sequence[str] = (),
                 articles: bool = False) -> ExportSummary:
    """Write the selection in format ``fmt`` to ``target`` (a path or a binary stream; csv: a folder or .zip)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    sel = select(store, start=start, end=end, actors=actors, articles=articles)
    if fmt == "csv":
        if not isinstance(target, str | os.PathLike):
            raise ExportError("csv writes two files: give a folder or a .zip path")
        _write_csv(sel, target)
    elif isinstance(target, str | os.PathLike):
        tmp = Path(f"{target}.part")
        try:
            with tmp.open("wb") as fh:
                _WRITERS[fmt](sel, fh)
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)
    else:
        _WRITERS[fmt](sel, target)
    return ExportSummary(fmt, len(sel.nodes), len(sel.edges), sel.one_sided)
