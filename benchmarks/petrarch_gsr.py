"""diplograph's extractor on the PETRARCH-2 GSR validation sentences (78 real news sentences).

For every record the sentence is extracted as a one-sentence article (published = the record's
date). An expected (source country, target country, CAMEO root) triple is found when an extracted
event has the same root and the same source and target states (country = the first three letters
of the actor code). Expected events whose actor has no country (``---``, ``IGO``) are left out.
Extra events per sentence = extracted non-statement (root != 01) events that match no expected triple.
Published figures for UniversalPetrarch on the same file: 44% found, 3.2 extra events per record.

Usage: .venv/bin/python benchmarks/petrarch_gsr.py [PATH] [--verbose]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from diplograph.graph.model import Article
from diplograph.ingest.pipeline import extract

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "petrarch2_gsr_validation.jsonl"
NO_COUNTRY = ("---", "IGO")


def _country(code: str) -> str | None:
    c = (code or "")[:3]
    return None if not c or c in NO_COUNTRY or not c.isalpha() else c


def main(argv: list[str]) -> int:
    """Print found share and extra events per record, beside UniversalPetrarch's figures."""
    path = Path(next((a for a in argv if not a.startswith("--")), DEFAULT))
    verbose = "--verbose" in argv
    if not path.exists():
        print(f"{path}: not found (the shared benchmarks live beside the repository)", file=sys.stderr)
        return 1
    expected_total = found = extra = records = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        records += 1
        ex = extract(Article(id=rec["id"], text=rec["text"], published=rec.get("date_iso")))
        states = {e.id: e.state for e in ex.entities}
        got = []
        for ev in ex.events:
            if ev.cameo.startswith("01"):
                continue
            got.append((states.get(ev.source, ev.source), states.get(ev.target, ev.target), ev.cameo[:2]))
        used = [False] * len(got)
        exp = [(_country(e["source"]), _country(e["target"]), e["code"][:2]) for e in rec["expected"]]
        exp = [e for e in exp if e[0] and e[1]]
        for s, t, root in exp:
            expected_total += 1
            for i, g in enumerate(got):
                if not used[i] and g == (s, t, root):
                    used[i] = True
                    found += 1
                    break
        n_extra = used.count(False)
        extra += n_extra
        if verbose:
            print(rec["id"], "expected", exp, "got", got)
    share = found / expected_total if expected_total else 0.0
    print(f"records: {records}; expected triples with countries: {expected_total}")
    print(f"diplograph:        found {found}/{expected_total} = {share:.0%}; extra events per record "
          f"{extra / records:.2f}")
    print("UniversalPetrarch: found 44%; extra events per record 3.2 (published figures)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
