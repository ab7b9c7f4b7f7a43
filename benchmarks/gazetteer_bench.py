"""Throughput of Gazetteer.find_mentions: the dev article texts repeated to ~5 MB.

    .venv/bin/python benchmarks/gazetteer_bench.py [--mb 5] [--dev ../shared/eval/dev]

Prints load time, MB/s and mentions/s. Falls back to a built-in paragraph when the dev
folder (../shared) is absent.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

FALLBACK = (
    "North Korean leader Kim Jong-un will travel to Moscow in May, a Kremlin spokesman said. "
    "China-North Korea relations have declined; the two Koreas met at Panmunjom while U.S. "
    "Secretary of State Mike Pompeo flew to Seoul and Tokyo. Turkey's president objected to "
    "Sweden and Finland joining NATO.\n"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the text to scan, in MB")
    ap.add_argument("--dev", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"))
    args = ap.parse_args()

    from diplograph.ingest.gazetteer import Gazetteer

    t0, c0 = time.perf_counter(), time.process_time()
    gz = Gazetteer.load()
    load_s, load_cpu = time.perf_counter() - t0, time.process_time() - c0

    dev = Path(args.dev)
    texts = [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))] if dev.is_dir() else []
    base = "\n\n".join(texts) or FALLBACK
    target = int(args.mb * 1_000_000)
    reps = max(1, target // len(base.encode("utf-8")))
    corpus = [base] * reps
    size = sum(len(t.encode("utf-8")) for t in corpus)

    t1, c1 = time.perf_counter(), time.process_time()
    n = 0
    for t in corpus:
        n += len(gz.find_mentions(t))
    dt_s, cpu_s = time.perf_counter() - t1, time.process_time() - c1
    src = f"{len(texts)} dev articles" if texts else "built-in paragraph"
    print(f"gazetteer load: {load_s * 1000:.0f} ms wall, {load_cpu * 1000:.0f} ms CPU "
          f"({len(gz.states())} states, {len(gz.all_persons())} persons)")
    print(f"find_mentions: {size / 1e6:.2f} MB ({src} x {reps}) in {dt_s:.2f} s = {size / 1e6 / dt_s:.2f} MB/s "
          f"({size / 1e6 / cpu_s:.2f} MB/s of CPU time), {n} mentions ({n / dt_s:,.0f}/s)")


if __name__ == "__main__":
    main()
