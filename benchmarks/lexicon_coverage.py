"""Lexicon coverage: does the extractor find the CAMEO root of the codebook's own example sentences?

Two reference sets, read from ``../shared/benchmarks`` (read-only; nothing is copied):

* the CAMEO codebook (``cameo/cameo_codes.csv``): every code with an ``example`` sentence; the
  expected code is the row's code;
* the PLOVER gold records (``plover/PLOVER_GSR_CAMEO.txt``): the CAMEO manual's examples re-coded
  with PLOVER 0.5 categories; a record whose text is a codebook example keeps that code, the
  others expect any root of their PLOVER category (DEMAND: 02 or 10, FIGHT: 19 or 20, ...).

Each sentence is extracted as a one-sentence article (published 2000-01-01). Per expected root:

* ``lexicon``: a lexicon row of that root matches the sentence (after the most specific of
  overlapping rows is kept; participants and viability not asked) -- the lexicon's own coverage;
* ``trigger``: an event candidate of that root was coded in the sentence (whatever its participants);
* ``event``: an extracted event has that root (participants resolved, precision rules passed);
* ``code``: an extracted event's code starts with the expected code (codebook, and PLOVER records
  that are codebook examples);
* ``extra``: extracted events per sentence whose root is not expected (statements, root 01, left out).

Usage: .venv/bin/python benchmarks/lexicon_coverage.py [--set cameo|plover|both] [--misses ROOT
       [--lexicon-misses]] [--json OUT] [--compare OLD.json]
Exits 0 with a note when ``../shared`` is absent.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

from diplograph.graph.model import Article
from diplograph.ingest.events import _resolve_overlaps, default_index
from diplograph.ingest.lexicon import tokenize
from diplograph.ingest.pipeline import Doc, Pipeline

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
CAMEO_CSV = SHARED / "cameo" / "cameo_codes.csv"
PLOVER = SHARED / "plover" / "PLOVER_GSR_CAMEO.txt"

# PLOVER 0.5 categories (the gold file's names) -> CAMEO roots they cover
PLOVER_ROOTS = {
    "AGREE": ("03",), "CONSULT": ("04",), "SUPPORT": ("05",), "COOPERATE": ("06",), "AID": ("07",),
    "CONCEDE": ("08",), "RETREAT": ("08",), "INVESTIGATE": ("09",), "DEMAND": ("02", "10"),
    "DISAPPROVE": ("11",), "REJECT": ("12",), "THREATEN": ("13",), "PROTEST": ("14",), "MOBILIZE": ("15",),
    "SANCTION": ("16",), "COERCE": ("17", "16"), "ASSAULT": ("18", "17", "20"), "FIGHT": ("19", "20"),
}


def _norm(text: str) -> str:
    return " ".join(text.lower().split())[:60]


def load_cameo() -> list[dict]:
    """Codebook examples: {id, text, code, roots}."""
    out = []
    with CAMEO_CSV.open(encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("example", "").strip():
                out.append({"id": "cameo:" + row["code"], "text": row["example"].strip(), "code": row["code"],
                            "roots": (row["code"][:2],)})
    return out


def load_plover(cameo: list[dict]) -> list[dict]:
    """PLOVER gold records: {id, text, code (when the text is a codebook example), roots}."""
    by_text = {_norm(r["text"]): r["code"] for r in cameo}
    out = []
    for rec in json.loads(PLOVER.read_text(encoding="utf-8")):
        text = rec.get("text")
        roots = PLOVER_ROOTS.get(rec.get("event", ""))
        if not text or not roots:
            continue
        code = by_text.get(_norm(text))
        if code and code[:2] in roots:
            roots = (code[:2],)
        else:
            code = None
        out.append({"id": rec["id"], "text": text, "code": code, "roots": roots})
    return out


def run(records: list[dict], pipe: Pipeline) -> list[dict]:
    """Extract each sentence; record what was found."""
    results = []
    index = default_index()
    for rec in records:
        doc = Doc(Article(id=rec["id"], text=rec["text"], published="2000-01-01"), rec["text"])
        for stage in pipe.stages:
            stage(doc)
        events = [ev.cameo for ev in doc.extraction.events] if doc.extraction else []
        trig = [c.code for c in doc.candidates]
        roots = rec["roots"]
        toks = tokenize(rec["text"])
        lex = [m.pattern.code for m in _resolve_overlaps(index.find(toks, 0, len(toks)))]
        results.append({
            "id": rec["id"], "roots": list(roots), "code": rec["code"], "text": rec["text"],
            "lexicon": any(c[:2] in roots for c in lex),
            "trigger": any(c[:2] in roots for c in trig),
            "event": any(c[:2] in roots for c in events),
            "code_ok": bool(rec["code"]) and any(c.startswith(rec["code"]) for c in events),
            "extra": sum(1 for c in events if c[:2] not in roots and not c.startswith("01")),
            "got": events, "triggers": sorted(set(trig)),
        })
    return results


def table(results: list[dict], title: str) -> dict[str, dict]:
    """Print per-root shares; return them."""
    by_root: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        by_root[r["roots"][0]].append(r)
    print(f"\n{title}: {len(results)} sentences")
    print(f"{'root':>4} {'n':>4} {'lexicon':>8} {'trigger':>8} {'event':>7} {'code':>7} {'extra/s':>8}")
    summary: dict[str, dict] = {}
    rows = sorted(by_root.items()) + [("all", results)]
    for root, rs in rows:
        n = len(rs)
        with_code = [r for r in rs if r["code"]]
        s = {"n": n, "lexicon": sum(r["lexicon"] for r in rs) / n, "trigger": sum(r["trigger"] for r in rs) / n, "event": sum(r["event"] for r in rs) / n,
             "code": (sum(r["code_ok"] for r in with_code) / len(with_code)) if with_code else None,
             "extra": sum(r["extra"] for r in rs) / n}
        summary[root] = s
        code = f"{s['code']:7.0%}" if s["code"] is not None else "      -"
        print(f"{root:>4} {n:4d} {s['lexicon']:8.0%} {s['trigger']:8.0%} {s['event']:7.0%} {code} {s['extra']:8.2f}")
    return summary


def main(argv: list[str]) -> int:
    """Run the chosen sets and print the per-root table (and misses of one root)."""
    if not CAMEO_CSV.exists() or not PLOVER.exists():
        print(f"skipped: {SHARED} not found (the shared benchmarks live beside the repository)")
        return 0
    which = argv[argv.index("--set") + 1] if "--set" in argv else "both"
    misses = argv[argv.index("--misses") + 1] if "--misses" in argv else None
    miss_kind = "lexicon" if "--lexicon-misses" in argv else "event"
    out = argv[argv.index("--json") + 1] if "--json" in argv else None
    old = argv[argv.index("--compare") + 1] if "--compare" in argv else None
    pipe = Pipeline()
    cameo = load_cameo()
    report: dict[str, dict] = {}
    all_results: dict[str, list[dict]] = {}
    sets = []
    if which in ("cameo", "both"):
        sets.append(("cameo", "CAMEO codebook examples", cameo))
    if which in ("plover", "both"):
        sets.append(("plover", "PLOVER gold records", load_plover(cameo)))
    for key, title, recs in sets:
        res = run(recs, pipe)
        all_results[key] = res
        report[key] = table(res, title)
        if misses:
            for r in res:
                if r["roots"][0] == misses and not r[miss_kind]:
                    print(f"  MISS {r['id']} {r['code'] or '/'.join(r['roots'])} got={r['got']} "
                          f"trig={r['triggers']}: {r['text'][:220]}")
    if old:
        prev = json.loads(Path(old).read_text(encoding="utf-8"))
        for key in report:
            if key not in prev:
                continue
            print(f"\n{key}: root found (event) before -> after")
            for root, s in report[key].items():
                p = prev[key].get(root)
                if p:
                    print(f"  {root:>4} {p['event']:5.0%} -> {s['event']:5.0%}   lexicon {p.get('lexicon', 0):4.0%} -> "
                          f"{s['lexicon']:4.0%}   trigger {p['trigger']:4.0%} -> "
                          f"{s['trigger']:4.0%}   extra {p['extra']:.2f} -> {s['extra']:.2f}")
    if out:
        Path(out).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
