"""Where the extractor loses the events it misses: a count per pipeline stage over annotated sets.

For each required gold event the contract's scorer counts as missed, the sentence it is told in is
taken to be the one that shares the most content words with the gold's ``note`` (an approximation:
notes paraphrase), and the miss is put in the first stage that fails there:

1. ``lexicon``: no lexicon row with one of the gold's accepted codes matches the sentence (a
   phrasing the lexicon does not know; split by whether the sentence gave other candidates);
2. ``candidate``: a row matches, but no candidate with that code was coded (the trigger was judged
   not viable, or no participants were found);
3. ``assembly``: a candidate with an accepted code was coded in the sentence, but no event with that
   code and the gold's pair came out (sides, keep rules, merging).

The counts say which stage a round of work should aim at; read the misses themselves with the
scorer's ``--explain``.

Usage: .venv/bin/python benchmarks/miss_stages.py SET [SET ...]
Exits 0 with a note when ``../shared`` (the scorer) is absent.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER_DIR = SHARED / "eval"

_STOP = frozenset("""the a an of to in on and for with that this was were has have had is are be by from at as
its their his her it they said will would""".split())
STAGES = ("lexicon (sentence has no candidate)", "lexicon (sentence has only statements)",
          "lexicon (sentence has other candidates)", "candidate", "assembly")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3 and w not in _STOP}


def stage_of_miss(doc, gold: dict, index) -> str:
    """The stage (one of STAGES) at which the required gold event ``gold`` was lost in ``doc``."""
    from diplograph.ingest.events import _resolve_overlaps
    from diplograph.ingest.lexicon import tokenize

    codes = [str(c) for c in (gold.get("cameo") if isinstance(gold.get("cameo"), list) else [gold.get("cameo")])]
    note = _words(str(gold.get("note", "")))
    sents = doc.sentences
    best = max(range(len(sents)), key=lambda i: len(note & _words(doc.text[sents[i][0]:sents[i][1]])))
    lo, hi = sents[best]
    toks = tokenize(doc.text, lo, hi)
    rows = [m.pattern.code for m in _resolve_overlaps(index.find(toks, 0, len(toks)))]
    cands = [c for c in doc.candidates if c.sentence == best or lo <= c.start < hi]

    def accepted(code: str) -> bool:
        return any(code.startswith(c) for c in codes)

    if any(accepted(c.code) for c in cands):
        return STAGES[4]
    if any(accepted(code) for code in rows):
        return STAGES[3]
    if not cands:
        return STAGES[0]
    return STAGES[1] if all(c.code.startswith("01") for c in cands) else STAGES[2]


def main(argv: list[str]) -> int:
    """Count the missed required events of the given gold folders by stage and print the table."""
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    if not (SCORER_DIR / "score.py").exists():
        print(f"skipped: {SCORER_DIR} not found (the scorer lives in ../shared beside the repository)")
        return 0
    sys.path.insert(0, str(SCORER_DIR))
    import score as scorer

    from diplograph.graph.contract import to_contract
    from diplograph.ingest.events import default_index
    from diplograph.ingest.pipeline import Doc, _default_pipeline
    from diplograph.ingest.readers import read_paths

    pipe, index = _default_pipeline(), default_index()
    counts: Counter[str] = Counter()
    required = 0
    for g in scorer.load_gold(argv):
        art = next(iter(read_paths([g["_text_path"]], published=dt.date.fromisoformat(g["published"]),
                                   article_id=g["id"])))
        doc = Doc(art, art.text)
        for stage in pipe.stages:
            stage(doc)
        pred = scorer.Pred(to_contract(doc.extraction))
        golds = g.get("events", [])
        required += sum(1 for x in golds if not x.get("optional"))
        missed = scorer.match(pred.events, golds, lambda p, x, pr=pred: scorer.event_core(p, x, pr),
                              scorer.event_full)[4]
        for gold in missed:
            if not gold.get("optional"):
                counts[stage_of_miss(doc, gold, index)] += 1
    total = sum(counts.values())
    print(f"{total} of {required} required events missed")
    for name in STAGES:
        share = counts[name] / total if total else 0.0
        print(f"  {name:42s} {counts[name]:4d}  {share:4.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
