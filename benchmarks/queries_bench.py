"""Query latencies on the 1M-event store: timelines, 3-hop paths, monthly trends, entity cards.

    python benchmarks/queries_bench.py --db /tmp/big.db            # an existing store
    python benchmarks/queries_bench.py --db /tmp/big.db --events 1000000   # generated when missing

The store comes from ``benchmarks/generate.py`` (1,000,000 events over 200 states and
5,000 persons, Zipf-like participants: a few hub dyads hold hundreds of thousands of
events, most dyads a handful). Each query runs through the public API
(``diplograph.open_graph(path).timeline(...)`` etc.), read-only, after one warm-up call;
the networkx view is built once (its build time and memory are reported) and then
reused, as it is in a long-running process.

Query sets (fixed seed): dyad timelines of 200 random dyads (uniform over the dyads that
have events) and of 100 random "busy" dyads (100-1,000 events); 3-hop paths between 100
random pairs of persons, at a random year and without a date; monthly trends of 100
random dyads; entity cards of 100 random entities. The hubs (busiest dyad, busiest state
and person) are timed on their own lines: they are outliers by construction.

Targets (issue 3): dyad timeline p50 <= 10 ms, 3-hop path p50 <= 200 ms,
monthly trend of a dyad <= 200 ms (p50), entity card <= 100 ms (p50).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import diplograph

TARGETS_MS = {"dyad timeline": 10.0, "3-hop path": 200.0, "monthly trend": 200.0, "entity card": 100.0}


def _generate(path: Path, n_events: int) -> None:
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    from generate import generate_store  # benchmarks/generate.py (the structured-import engineer's)

    r = generate_store(path, n_events)
    print(f"generated {r['events']:,} events in {r['seconds']:.0f} s ({r['db_bytes'] / 1e6:.0f} MB)")


def _time(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000


def _stats(name: str, ms: list[float], target: float | None = None) -> str:
    ms = sorted(ms)
    p50 = statistics.median(ms)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    verdict = ""
    if target is not None:
        verdict = f"  target p50 <= {target:g} ms: {'PASS' if p50 <= target else 'FAIL'}"
    return f"{name:<44} n={len(ms):<4} p50 {p50:8.2f} ms  p95 {p95:8.2f} ms  max {ms[-1]:8.2f} ms{verdict}"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per query set."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="the store (generated when missing)")
    ap.add_argument("--events", type=int, default=1_000_000, help="events to generate when --db is missing")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    path = Path(args.db)
    if not path.exists():
        _generate(path, args.events)
    rng = random.Random(args.seed)
    g = diplograph.open_graph(path, readonly=True)
    conn = g.store.conn
    n_events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    print(f"store {path}: {n_events:,} events, {conn.execute('SELECT COUNT(*) FROM entities').fetchone()[0]:,}"
          " entities")

    lines = []
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    view = g.nx()
    build = time.perf_counter() - t
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    lines.append(f"networkx view: {view.number_of_nodes():,} nodes, {view.number_of_edges():,} edges in "
                 f"{build:.1f} s, peak RSS +{(rss1 - rss0) / 1024:.0f} MB (target <= 10 s, <= 1.5 GB)")

    dyads = conn.execute("SELECT source_state, target_state, COUNT(*) FROM events WHERE source_state IS NOT NULL"
                         " AND target_state IS NOT NULL AND source_state != target_state"
                         " GROUP BY 1, 2").fetchall()
    busy = [d for d in dyads if 100 <= d[2] <= 1000]
    hub = max(dyads, key=lambda d: d[2])
    some = rng.sample(dyads, min(200, len(dyads)))
    some_busy = rng.sample(busy, min(100, len(busy)))
    g.timeline(*some[0][:2])  # warm-up

    lines.append(_stats("dyad timeline (random dyads)", [_time(lambda d=d: g.timeline(d[0], d[1]))
                                                          for d in some], TARGETS_MS["dyad timeline"]))
    lines.append(_stats("dyad timeline (busy dyads, 100-1000 events)",
                        [_time(lambda d=d: g.timeline(d[0], d[1])) for d in some_busy]))
    lines.append(_stats("dyad timeline (busy dyads, one year)",
                        [_time(lambda d=d: g.timeline(d[0], d[1], start="2010", end="2010")) for d in some_busy]))
    lines.append(_stats(f"dyad timeline of the hub {hub[0]}-{hub[1]} ({hub[2]:,} ev.)",
                        [_time(lambda: g.timeline(hub[0], hub[1]))]))
    lines.append(_stats(f"hub {hub[0]}-{hub[1]} timeline, one month",
                        [_time(lambda: g.timeline(hub[0], hub[1], start="2010-06", end="2010-06"), 3)]))

    persons = sorted(n for n, d in view.nodes(data=True) if d.get("kind") == "person")
    pairs = [tuple(rng.sample(persons, 2)) for _ in range(100)]
    years = [str(rng.randint(2001, 2019)) for _ in pairs]
    found: list[int] = []  # hops of the shortest path found (0 = none)

    def path_at(p: tuple, y: str) -> None:
        r = g.path(p[0], p[1], at=y, max_hops=3, k=3)
        found.append(min((len(x.hops) for x in r.paths), default=0))

    at_ms = [_time(lambda p=p, y=y: path_at(p, y)) for p, y in zip(pairs, years, strict=True)]
    lines.append(_stats("3-hop path, k=3, --at a year", at_ms, TARGETS_MS["3-hop path"]))
    three = [ms for ms, f in zip(at_ms, found, strict=True) if f == 3]
    if three:
        lines.append(_stats("  ... pairs whose shortest path has 3 hops", three))
    found_at = sum(1 for f in found if f)
    lines.append(_stats("3-hop path, k=3, no date", [_time(lambda p=p: g.path(p[0], p[1], max_hops=3, k=3))
                                                     for p in pairs]))
    lines.append(f"  (pairs with at least one path at their year: {found_at}/{len(pairs)})")

    lines.append(_stats("monthly trend (random dyads)", [_time(lambda d=d: g.trend(d[0], d[1], by="month"))
                                                          for d in some[:100]], TARGETS_MS["monthly trend"]))
    lines.append(_stats(f"monthly trend of the hub {hub[0]}-{hub[1]}", [_time(lambda: g.trend(hub[0], hub[1]), 3)]))

    ents = [r[0] for r in conn.execute("SELECT id FROM entities ORDER BY id")]
    cards = rng.sample(ents, min(100, len(ents)))
    lines.append(_stats("entity card (random entities)", [_time(lambda e=e: g.show(e)) for e in cards],
                        TARGETS_MS["entity card"]))
    hub_state = conn.execute("SELECT source_state FROM events GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"
                             ).fetchone()[0]
    hub_person = conn.execute("SELECT source FROM events WHERE source LIKE 'person:%' GROUP BY 1"
                              " ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
    for e in (hub_state, hub_person):
        n = g.show(e).n_events
        lines.append(_stats(f"entity card of the hub {e} ({n:,} ev.)", [_time(lambda e=e: g.show(e), 3)]))
    print("\n".join(lines))
    g.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
