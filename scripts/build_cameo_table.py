#!/usr/bin/env python3
"""Write diplograph/graph/data/cameo.tsv, the project's CAMEO table, from the facts in
../shared/benchmarks/cameo/cameo_codes.csv (code, name, Goldstein value, quad class, PLOVER
mapping). Only those facts are kept, under our own column names, plus a short event `type` of
our own for each code; the descriptions, usage notes and examples of the CAMEO manual are not.

Run from the repository root:  python3 scripts/build_cameo_table.py [PATH/TO/cameo_codes.csv]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = ROOT.parent / "shared" / "benchmarks" / "cameo" / "cameo_codes.csv"
OUT = ROOT / "diplograph" / "graph" / "data" / "cameo.tsv"

# Short event types (our vocabulary for the contract's `type` field), by code or root.
TYPES = {
    "01": "statement", "011": "decline-comment", "012": "pessimistic-comment", "013": "optimistic-comment",
    "014": "consider-policy", "015": "claim-responsibility", "016": "deny-responsibility",
    "017": "symbolic-act", "018": "empathetic-comment", "019": "express-accord",
    "02": "appeal", "026": "appeal-to-meet", "027": "appeal-to-settle",
    "03": "intent-to-cooperate", "036": "intent-to-meet", "037": "intent-to-settle", "039": "intent-to-mediate",
    "04": "consult", "041": "phone-call", "042": "visit", "043": "host-visit", "044": "meeting",
    "045": "mediation", "046": "negotiation",
    "05": "diplomatic-cooperation", "051": "praise", "052": "defend-verbally", "053": "rally-support",
    "054": "recognition", "055": "apology", "056": "forgiveness", "057": "agreement",
    "06": "material-cooperation", "061": "economic-cooperation", "062": "military-cooperation",
    "063": "judicial-cooperation", "064": "intelligence-sharing",
    "07": "aid", "075": "asylum",
    "08": "yield", "084": "release", "085": "ease-sanctions", "086": "allow-involvement",
    "087": "de-escalation", "0871": "ceasefire", "0874": "retreat",
    "09": "investigation",
    "10": "demand",
    "11": "disapproval", "111": "criticism", "112": "accusation", "114": "complaint", "115": "lawsuit",
    "116": "guilty-verdict",
    "12": "rejection", "129": "veto", "128": "defy-norms",
    "13": "threat", "138": "threat-of-force", "139": "ultimatum",
    "14": "protest",
    "15": "force-posture",
    "16": "reduce-relations", "161": "break-relations", "163": "sanctions", "164": "halt-negotiations",
    "166": "expulsion",
    "17": "coercion", "171": "seizure", "172": "administrative-sanctions", "173": "arrest", "174": "deportation",
    "175": "repression",
    "18": "assault", "181": "abduction", "1823": "killing", "183": "bombing", "185": "assassination-attempt",
    "186": "assassination",
    "19": "fight", "191": "blockade", "192": "occupation", "195": "air-strike", "196": "ceasefire-violation",
    "20": "mass-violence", "202": "mass-killing", "2042": "nuclear-detonation",
}


def type_of(code: str) -> str:
    for k in (code, code[:3], code[:2]):
        if k in TYPES:
            return TYPES[k]
    raise KeyError(code)


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    if not src.exists():
        print(f"error: {src}: not found (the CAMEO reference table lives in ../shared)", file=sys.stderr)
        return 1
    rows = []
    with src.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            code = r["code"].strip()
            name = (r["name_cameo_1_1b3"] or r["name_gdelt"]).strip()
            name = name[0].upper() + name[1:]
            if name.isupper():
                name = name.capitalize()
            goldstein = r["goldstein_gdelt"] or r["goldstein_icews"]
            rows.append([code, name, r["root_code"], r["quad_class_gdelt"], f"{float(goldstein):g}",
                         r["plover_event"], r["plover_mode"], type_of(code)])
    rows.sort(key=lambda x: x[0])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "root", "quad_class", "goldstein", "plover_event", "plover_mode", "type"])
        w.writerows(rows)
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} codes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
