"""The extraction contract's scorer over one or more annotated sets, a summary line each and, with
several sets, one line for all of them together.

Runs ``../shared/eval/score.py`` exactly as issue 5 says (``--cmd 'diplograph extract {text}
--published {published} --id {id} --format json'``), with the ``diplograph`` of this Python
environment, so that the figures of a closing note can be reproduced with one command. A set is a
folder of ``NAME.txt`` + ``NAME.json`` gold files written to ``../shared/eval/GUIDELINES.md``;
without arguments the shared dev set is scored.

With ``--in-process`` the articles are extracted in this process (the same readers, pipeline and
contract document as ``diplograph extract``) and the scorer reads them with ``--pred``: the same
figures, without starting a process per article (seconds instead of minutes for a dozen sets).

Usage: .venv/bin/python benchmarks/score_sets.py [SET ...] [--timeout SECONDS] [--in-process]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "score.py"
KEYS = ("events", "events_full", "trends", "states", "persons")


def command() -> str:
    """The extraction command the scorer runs for each article (this environment's diplograph)."""
    exe = shlex.quote(sys.executable)
    return f"{exe} -m diplograph extract {{text}} --published {{published}} --id {{id}} --format json"


def _run_scorer(args: list[str]) -> dict:
    """Run the contract's scorer quietly with ``args``; its summary (the JSON of its last line)."""
    out = subprocess.run([sys.executable, str(SCORER), *args, "--quiet"], capture_output=True, text=True,
                         check=False)
    lines = [ln for ln in out.stdout.splitlines() if ln.strip()]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"score.py failed ({out.returncode}): {out.stderr.strip()[-400:]}")
    return json.loads(lines[-1])


def score(sets: list[str], timeout: float) -> dict:
    """The scorer's summary for the gold folders ``sets`` together, one ``diplograph`` run per article."""
    return _run_scorer([*sets, "--timeout", str(timeout), "--cmd", command()])


def predictions(sets: list[str], out: Path) -> None:
    """Extract every article of the gold folders ``sets`` in this process and write the contract
    documents to ``out`` as JSONL (what ``score.py --pred`` reads)."""
    from diplograph.graph.contract import to_contract
    from diplograph.ingest.pipeline import extract
    from diplograph.ingest.readers import read_paths

    with out.open("w", encoding="utf-8") as fh:
        for s in sets:
            for gold in sorted(Path(s).glob("*.json")):
                g = json.loads(gold.read_text(encoding="utf-8"))
                items = read_paths([str(gold.parent / g["text"])], published=dt.date.fromisoformat(g["published"]),
                                   article_id=g["id"])
                for art in items:
                    if hasattr(art, "text"):
                        fh.write(json.dumps(to_contract(extract(art)), ensure_ascii=False) + "\n")


def score_pred(sets: list[str], pred: Path) -> dict:
    """The scorer's summary for the gold folders ``sets`` against the predictions file ``pred``."""
    return _run_scorer([*sets, "--pred", str(pred)])


def summary(name: str, d: dict) -> str:
    """One line: events F1 (P, R), full F1, trends, states and persons F1, failed articles."""
    ev = d["events"]
    rest = ", ".join(f"{k} {d[k]['f1']:.3f}" for k in KEYS[1:])
    return (f"{name:<12} events {ev['f1']:.3f} (P {ev['p']:.3f}, R {ev['r']:.3f}), {rest}, "
            f"failed {d['failed']}/{d['articles']}")


def main(argv: list[str]) -> int:
    """Score each set, then all of them together, and print the summary lines."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="gold folders (default: ../shared/eval/dev)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per article (default 120)")
    ap.add_argument("--in-process", action="store_true",
                    help="extract in this process and score with --pred (same figures, much faster)")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"{SCORER} is absent: the scorer lives in ../shared beside the repository", file=sys.stderr)
        return 1
    sets = args.sets or [str(SHARED / "eval" / "dev")]
    missing = [s for s in sets if not Path(s).is_dir()]
    if missing:
        print(f"not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        if args.in_process:
            with tempfile.TemporaryDirectory() as tmp:
                pred = Path(tmp) / "pred.jsonl"
                predictions(sets, pred)
                for s in sets:
                    print(summary(Path(s).name, score_pred([s], pred)), flush=True)
                if len(sets) > 1:
                    print(summary("all", score_pred(sets, pred)))
        else:
            for s in sets:
                print(summary(Path(s).name, score([s], args.timeout)), flush=True)
            if len(sets) > 1:
                print(summary("all", score(sets, args.timeout)))
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
