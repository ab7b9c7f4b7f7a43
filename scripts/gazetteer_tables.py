"""Check and sort the gazetteer tables (ingest/data/*.tsv, graph/data/states.tsv).

    .venv/bin/python scripts/gazetteer_tables.py          # check: problems to stderr, exit 1 if any
    .venv/bin/python scripts/gazetteer_tables.py --sort   # also rewrite the tables in sorted order
    .venv/bin/python scripts/gazetteer_tables.py --stats  # row counts per table

Sort orders: state_names by (iso3, kind, text); places and organizations by their first column;
stoplist by text; offices by (state or org, office, title, start, person); states by iso3.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INGEST = ROOT / "diplograph" / "ingest" / "data"
TABLES = {
    "states.tsv": (ROOT / "diplograph" / "graph" / "data" / "states.tsv", lambda r: (r[0],)),
    "state_names.tsv": (INGEST / "state_names.tsv", lambda r: (r[0], r[1], r[2].casefold(), r[2])),
    "places.tsv": (INGEST / "places.tsv", lambda r: (r[0].casefold(), r[0])),
    "organizations.tsv": (INGEST / "organizations.tsv", lambda r: (r[0],)),
    "stoplist.tsv": (INGEST / "stoplist.tsv", lambda r: (r[0].casefold(), r[0])),
}
OFFICE_ORDER = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "spokesperson",
                "other")


def _office_key(r: list[str]) -> tuple:
    where = r[2] or "~" + r[3]
    rank = OFFICE_ORDER.index(r[4]) if r[4] in OFFICE_ORDER else 99
    return (where, rank, r[5].casefold(), r[6], r[0])


TABLES["offices.tsv"] = (INGEST / "offices.tsv", _office_key)


def read(path: Path) -> tuple[list[str], list[list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[0].split("\t"), [ln.split("\t") for ln in lines[1:] if ln.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sort", action="store_true", help="rewrite the tables sorted")
    ap.add_argument("--stats", action="store_true", help="print row counts")
    args = ap.parse_args()
    bad = 0
    for name, (path, key) in TABLES.items():
        header, rows = read(path)
        for i, r in enumerate(rows, start=2):
            if len(r) != len(header):
                print(f"{path}:{i}: {len(r)} fields, expected {len(header)}", file=sys.stderr)
                bad += 1
        good = [r for r in rows if len(r) == len(header)]
        seen: set[tuple] = set()
        for r in good:
            if tuple(r) in seen:
                print(f"{path}: duplicate row {r[:4]}", file=sys.stderr)
                bad += 1
            seen.add(tuple(r))
        ordered = sorted(dict.fromkeys(tuple(r) for r in good), key=lambda r: key(list(r)))
        if [tuple(r) for r in good] != ordered:
            if args.sort:
                path.write_text("\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in ordered),
                                encoding="utf-8")
                print(f"{name}: sorted", file=sys.stderr)
            else:
                print(f"{path}: not sorted (run with --sort)", file=sys.stderr)
                bad += 1
        if args.stats:
            print(f"{name}\t{len(ordered)} rows")
    sys.path.insert(0, str(ROOT))
    from diplograph.ingest.gazetteer import Gazetteer

    gz = Gazetteer.load(warn=False)
    for p in gz.problems:
        print(p, file=sys.stderr)
    bad += len(gz.problems)
    if args.stats:
        print(f"persons\t{len(gz.all_persons())}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
