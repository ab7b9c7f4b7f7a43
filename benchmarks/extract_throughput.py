"""Extraction throughput: words/s and articles/s with 1 and 2 workers, beside spaCy's blank English
tokenizer over the same text.

Corpus (real text available offline, read from ../shared): the nine dev articles of
shared/eval/dev and the sentences of shared/benchmarks/petrarch2_gsr_validation.jsonl and
petrarch2_validation.jsonl, grouped into articles of ~300-400 words (the dev articles whole, the
sentences in groups of 12), repeated until there are at least N articles (default 1,000), each with
its own id. Target (issue 5): extraction at >= 1/4 of the tokenizer's words/s.

Usage: .venv/bin/python benchmarks/extract_throughput.py [N]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from diplograph.graph.model import Article
from diplograph.ingest.pipeline import extract, extract_many

SHARED = Path(__file__).resolve().parents[2] / "shared"


def corpus(n: int) -> list[Article]:
    """At least ``n`` articles built from the shared dev articles and PETRARCH sentences."""
    base: list[tuple[str, str]] = []
    dev = SHARED / "eval" / "dev"
    for g in sorted(dev.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        base.append(((dev / gold["text"]).read_text(encoding="utf-8"), gold["published"]))
    sents: list[tuple[str, str]] = []
    for name in ("petrarch2_gsr_validation.jsonl", "petrarch2_validation.jsonl"):
        p = SHARED / "benchmarks" / name
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if r.get("text") and r.get("date_iso"):
                    sents.append((r["text"], r["date_iso"]))
    for i in range(0, len(sents), 12):
        chunk = sents[i:i + 12]
        base.append((" ".join(s for s, _ in chunk), chunk[0][1]))
    out = []
    k = 0
    while len(out) < n:
        text, pub = base[k % len(base)]
        out.append(Article(id=f"bench-{k}", text=text, published=pub[:10]))
        k += 1
    return out


def main(argv: list[str]) -> int:
    """Run the benchmark and print the figures."""
    n = int(argv[0]) if argv else 1000
    if not (SHARED / "eval" / "dev").is_dir():
        print("../shared is absent: the benchmark corpus is built from it", file=sys.stderr)
        return 1
    arts = corpus(n)
    words = sum(len(a.text.split()) for a in arts)
    extract(arts[0])   # warm up: load gazetteer and lexicons
    print(f"corpus: {len(arts)} articles, {words} words (dev articles + PETRARCH sentences, repeated)")
    for workers in (1, 2):
        t0 = time.perf_counter()
        count = sum(1 for _ in extract_many(arts, workers=workers, chunksize=16))
        dt_ = time.perf_counter() - t0
        print(f"extract, {workers} worker(s): {count / dt_:8.1f} articles/s  {words / dt_:10.0f} words/s")
    try:
        import spacy
    except ImportError:
        print("spaCy is not installed (pip install -e '.[bench]'): no tokenizer baseline")
        return 0
    nlp = spacy.blank("en")
    t0 = time.perf_counter()
    for a in arts:
        nlp.tokenizer(a.text)
    dt_ = time.perf_counter() - t0
    print(f"spaCy blank('en') tokenizer: {len(arts) / dt_:8.1f} articles/s  {words / dt_:10.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
