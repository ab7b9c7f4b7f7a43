"""Foundation benchmark: import rate, store size, dyad timelines, networkx view, in one run.

    python benchmarks/foundation_bench.py                      # 1,000,000 events, 200 states, 5,000 persons
    python benchmarks/foundation_bench.py --events 200000 --db /tmp/b.db --keep

Steps (issue 2, "Must show"):

1. **import**: :func:`generate.generate_extractions` builds the synthetic articles
   (100 events each, merge mode as GDELT/ICEWS imports use it) *before* the timer;
   the timer covers :meth:`Store.bulk` writing them, committing, and rebuilding the
   secondary indexes. Reported as events/s of wall time, with the process CPU time
   beside it (the machine is shared: wall time includes waiting for a core).
2. **size**: the database file after a WAL checkpoint.
3. **dyad timeline**: ``store.iter_events`` over a state dyad, both directions, in
   time order (the events table's ``events_dyad`` index), materialised as Event
   objects: 200 "busy" dyads (100-1,000 events, the target line), 200 random dyads,
   and the busiest dyad on its own (an outlier by construction).
4. **networkx view**: ``diplograph.graph.nx.build_graph(store)`` in a fresh
   subprocess, its wall time and the subprocess's peak RSS (``VmHWM``: Python, the
   sqlite cache and the graph, a conservative bound of the view's memory).

Targets: import >= 50,000 events/s; dyad timeline p50 <= 10 ms; networkx view
<= 10 s and <= 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generate import generate_extractions  # noqa: E402

from diplograph.graph.store import Store  # noqa: E402

TARGETS = {"import": 50_000.0, "timeline_ms": 10.0, "nx_s": 10.0, "nx_gb": 1.5}

_NX_CHILD = r"""
import json, resource, sys, time
from diplograph.graph.store import Store

def hwm_kb():
    # the peak RSS of this process image (ru_maxrss would carry the parent's over fork+exec on Linux)
    try:
        with open("/proc/self/status") as fh:
            return int(next(line for line in fh if line.startswith("VmHWM:")).split()[1])
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

store = Store(sys.argv[1], readonly=True)
base = hwm_kb()
t = time.perf_counter()
try:
    from diplograph.graph.nx import build_graph
    how = "diplograph.graph.nx.build_graph"
    g = build_graph(store)
except ImportError:
    import networkx as nx
    how = "fallback: MultiDiGraph from store.iter_events()"
    g = nx.MultiDiGraph()
    for ev in store.iter_events("source IS NOT NULL AND target IS NOT NULL"):
        g.add_edge(ev.source, ev.target, key=ev.attributes["id"], cameo=ev.cameo, factuality=ev.factuality)
seconds = time.perf_counter() - t
peak = hwm_kb()
print(json.dumps({"seconds": seconds, "peak_kb": peak, "base_kb": base, "nodes": g.number_of_nodes(),
                  "edges": g.number_of_edges(), "how": how}))
"""


def _pct(values: list[float], p: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p * (len(v) - 1))))]


def _timeline(store: Store, a: str, b: str) -> int:
    return sum(1 for _ in store.iter_events(
        "(source_state = ?1 AND target_state = ?2) OR (source_state = ?2 AND target_state = ?1)", (a, b)))


def _time_dyads(store: Store, dyads: list[tuple[str, str]], repeat: int = 1) -> tuple[list[float], list[int]]:
    ms, sizes = [], []
    for a, b in dyads:
        best = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            n = _timeline(store, a, b)
            best = min(best, time.perf_counter() - t)
        ms.append(best * 1000)
        sizes.append(n)
    return ms, sizes


def run(path: Path, n_events: int, n_states: int, n_persons: int, seed: int, cast: int | None) -> dict:
    """Generate, import and measure; returns the numbers the table prints."""
    out: dict = {"load_before": os.getloadavg(), "cpus": os.cpu_count()}
    t = time.perf_counter()
    items = list(generate_extractions(n_events, n_states, n_persons, seed, cast=cast))
    out["generate_s"] = time.perf_counter() - t

    store = Store(path)
    t, c = time.perf_counter(), time.process_time()
    with store.bulk(batch_events=50_000, drop_indexes=True) as bulk:
        for ex in items:
            bulk.ingest(ex, mode="merge")
    out["import_s"] = time.perf_counter() - t
    out["import_cpu_s"] = time.process_time() - c
    out["load_after_import"] = os.getloadavg()
    del items
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out["stats"] = {k: v for k, v in store.stats().items() if "." not in k}
    out["db_bytes"] = sum(f.stat().st_size for f in path.parent.glob(path.name + "*"))

    rng = random.Random(seed)
    counts = store.conn.execute(
        "SELECT MIN(source_state, target_state) a, MAX(source_state, target_state) b, COUNT(*) n FROM events"
        " WHERE source_state IS NOT NULL AND target_state IS NOT NULL GROUP BY a, b").fetchall()
    busy = [(a, b) for a, b, n in counts if 100 <= n <= 1000]
    hub = max(counts, key=lambda r: r[2])
    _time_dyads(store, rng.sample(busy, min(20, len(busy))))  # warm the page cache a little
    out["dyads"] = len(counts)
    out["busy_ms"], out["busy_n"] = _time_dyads(store, rng.sample(busy, min(200, len(busy))))
    out["random_ms"], out["random_n"] = _time_dyads(store, [(a, b) for a, b, _n in rng.sample(counts, 200)])
    out["hub_ms"], out["hub_n"] = _time_dyads(store, [(hub[0], hub[1])] * 10)
    store.close()

    proc = subprocess.run([sys.executable, "-c", _NX_CHILD, str(path)], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(HERE.parent)), timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(f"networkx view subprocess failed:\n{proc.stderr}")
    out["nx"] = json.loads(proc.stdout.strip().splitlines()[-1])
    out["peak_rss_self_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return out


def table(r: dict, n_events: int) -> str:
    """The results as a table with the targets."""
    def verdict(ok: bool) -> str:
        return "PASS" if ok else "FAIL"

    rate = n_events / r["import_s"]
    cpu_rate = n_events / r["import_cpu_s"]
    p50 = statistics.median(r["busy_ms"])
    nx_s, nx_gb = r["nx"]["seconds"], r["nx"]["peak_kb"] / 1024**2
    rows = [
        ("import rate (store.bulk, merge, index rebuild)", f"{rate:,.0f} events/s ({r['import_s']:.1f} s wall)",
         ">= 50,000 events/s", verdict(rate >= TARGETS["import"])),
        ("  same, per CPU second of the process", f"{cpu_rate:,.0f} events/s ({r['import_cpu_s']:.1f} s CPU)",
         "", ""),
        ("database size", f"{r['db_bytes'] / 1e6:,.0f} MB ({r['db_bytes'] / n_events:,.0f} B/event)", "", ""),
        (f"dyad timeline, 200 busy dyads (median {statistics.median(r['busy_n']):.0f} events)",
         f"p50 {p50:.2f} ms, p95 {_pct(r['busy_ms'], 0.95):.2f} ms", "p50 <= 10 ms", verdict(p50 <= 10)),
        (f"dyad timeline, 200 random dyads (median {statistics.median(r['random_n']):.0f} events)",
         f"p50 {statistics.median(r['random_ms']):.2f} ms, p95 {_pct(r['random_ms'], 0.95):.2f} ms", "", ""),
        (f"dyad timeline, busiest dyad ({r['hub_n'][0]:,} events)",
         f"p50 {statistics.median(r['hub_ms']):.1f} ms, p95 {_pct(r['hub_ms'], 0.95):.1f} ms", "(outlier)", ""),
        (f"networkx view ({r['nx']['nodes']:,} nodes, {r['nx']['edges']:,} edges)", f"{nx_s:.1f} s",
         "<= 10 s", verdict(nx_s <= TARGETS["nx_s"])),
        ("networkx view, peak RSS of its process", f"{nx_gb:.2f} GB (interpreter + store: "
         f"{r['nx']['base_kb'] / 1024:.0f} MB)", "<= 1.5 GB", verdict(nx_gb <= TARGETS["nx_gb"])),
    ]
    w = [max(len(x[i]) for x in rows) for i in range(4)]
    lines = [f"{'measure':<{w[0]}}  {'result':<{w[1]}}  {'target':<{w[2]}}  verdict", "-" * (sum(w) + 14)]
    lines += [f"{a:<{w[0]}}  {b:<{w[1]}}  {c:<{w[2]}}  {d}" for a, b, c, d in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--states", type=int, default=200)
    ap.add_argument("--persons", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cast", default="12", help="actors per article (12), or 'none': every event draws anew")
    ap.add_argument("--db", help="where to write the store (a new file; default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the store afterwards")
    ap.add_argument("--json", action="store_true", help="also print the raw numbers as JSON")
    args = ap.parse_args(argv)
    cast = None if args.cast == "none" else int(args.cast)
    tmp = None
    if args.db:
        path = Path(args.db)
        if path.exists():
            print(f"error: {path} exists; the benchmark writes a new store", file=sys.stderr)
            return 2
    else:
        tmp = tempfile.TemporaryDirectory(prefix="diplograph-bench-")
        path = Path(tmp.name) / "bench.db"
    try:
        r = run(path, args.events, args.states, args.persons, args.seed, cast)
    finally:
        if tmp is not None and not args.keep:
            tmp.cleanup()
    print(f"{args.events:,} events, {args.states} states, {args.persons:,} persons, cast {args.cast}, seed "
          f"{args.seed}; {r['stats']['events']:,} distinct events, {r['stats']['entities']:,} entities, "
          f"{r['stats']['articles']:,} articles; {r['dyads']:,} state dyads")
    print(f"machine: {r['cpus']} CPUs, load average before {r['load_before'][0]:.2f}, "
          f"after the import {r['load_after_import'][0]:.2f}; generation (untimed) {r['generate_s']:.1f} s")
    print(table(r, args.events))
    if args.json:
        print(json.dumps({k: v for k, v in r.items() if not k.endswith(("_ms", "_n"))}, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
