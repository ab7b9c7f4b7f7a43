"""Neo4j push (batched vs one MERGE per row) and embedded Cypher vs Neo4j on the parity queries.

Needs the servers (Neo4j 5 on 127.0.0.1):

    scripts/servers start && . .servers/env
    .venv/bin/python benchmarks/neo4j_bench.py [--events 200000] [--per-row-events 2000]

One run on a generated store (benchmarks/generate.py):

1. batched push of the whole store into an empty Neo4j (``UNWIND $rows AS r CREATE``, each
   node with its outgoing relationships, 1,000 rows a transaction, ``--workers`` (4) transactions
   at a time), then the same push again (``MERGE``; idempotent: what a re-push costs);
2. one MERGE per row, each its own transaction, on a smaller generated store (the same
   generator, ``--per-row-events``), beside the batched push of that same small store;
3. the 18 parity queries on the embedded Ladybug database and on Neo4j, with parameters
   picked from the data; each answered 3 times (median), compared, and timed.

Goals (issue 4): batched >= 20x faster than per row, and >= 10,000 events/s.
WARNING: empties the Neo4j database's diplograph nodes (Entity, Event, Relation, Article, Evidence).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from generate import ensure_store  # noqa: E402

from diplograph.graph import neo4j as pg  # noqa: E402
from diplograph.graph.store import Store  # noqa: E402
from diplograph.queries import cypher  # noqa: E402

QUERIES = ROOT / "examples" / "queries"



def wipe(driver) -> None:
    """Delete every diplograph node, in batches."""
    for label in pg.NODES:
        while True:
            _c, rows = pg.run(driver, f"MATCH (n:{label}) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)",
                              write=True)
            if not rows or rows[0][0] == 0:
                break


def push(store: Store, driver, **kw) -> tuple[float, pg.PushResult]:
    t0 = time.perf_counter()
    res = pg.push(store, driver, **kw)
    return time.perf_counter() - t0, res


def parity_parameters(store: Store) -> dict[str, dict]:
    """Parameters for every parity query that find something in the generated data."""
    c = store.conn
    # the busiest dyad with at most 2,500 events one way (as in rdf_bench.py)
    a, b = c.execute("SELECT source_state, target_state, COUNT(*) n FROM events WHERE source_state <> target_state"
                     " GROUP BY 1, 2 HAVING n <= 2500 ORDER BY n DESC, 1, 2 LIMIT 1").fetchone()[:2]
    persons = c.execute("SELECT e.id FROM entities e JOIN events v ON v.source = e.id WHERE e.kind = 'person'"
                        " GROUP BY e.id ORDER BY COUNT(*), e.id").fetchall()
    p1 = persons[len(persons) // 2][0]
    p2 = persons[len(persons) // 3][0]
    ev = c.execute("SELECT source, target, cameo FROM events WHERE n_articles > 1 ORDER BY id LIMIT 1").fetchone()
    art = c.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    year = c.execute("SELECT substr(lo, 1, 4) FROM events ORDER BY lo LIMIT 1 OFFSET 1000").fetchone()[0]
    return {
        "01-dyad-timeline": {"a": a, "b": b}, "02-events-in-window": {"from": f"{year}-03-01", "to": f"{year}-03-07"},
        "03-who-met-whom": {"kind": "person"}, "04-persons-of-a-state": {"state": a, "kind": "person"},
        "05-two-hop-neighbourhood": {"start": p1}, "06-counts-per-month": {"state": a},
        "07-shortest-path": {"from": p1, "to": p2}, "08-common-counterparts": {"a": p1, "b": a},
        "09-trend-statements": {"state": a}, "10-factuality-filter": {"factuality": "occurred"},
        "11-evidence-of-an-event": {"source": ev[0], "target": ev[1], "cameo": ev[2]},
        "12-what-an-article-says": {"article": art}, "13-most-active-dyads": {},
        "14-corroborated-events": {"min": 3}, "15-factuality-history": {}, "16-name-lookup": {"q": "person 0001"},
        "17-events-at-a-place": {"place": "place:none"}, "18-cooperation-conflict-by-year": {"a": a, "b": b},
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=200_000)
    ap.add_argument("--per-row-events", type=int, default=2_000)
    ap.add_argument("--db", default="/tmp/diplograph-neo4j-bench.db")
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=4, help="transactions written at the same time")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per parity query and engine")
    args = ap.parse_args(argv)
    from graphdb_support import same_answer

    try:
        driver = pg.connect()
    except pg.Neo4jError as exc:
        print(f"error: {exc} (start the servers: scripts/servers start && . .servers/env)", file=sys.stderr)
        return 1
    big = ensure_store(Path(args.db), args.events)
    small = ensure_store(Path(args.db + f".{args.per_row_events}"), args.per_row_events)
    n_big, n_small = big.stats()["events"], small.stats()["events"]

    # ------------------------------------------------------------------ push
    wipe(driver)
    t_small_batched, _ = push(small, driver, batch_size=args.batch_size, workers=args.workers)
    wipe(driver)
    t_small_row, _ = push(small, driver, per_row=True)
    wipe(driver)
    t_big, res = push(big, driver, batch_size=args.batch_size, workers=args.workers)
    t_again, res_again = push(big, driver, batch_size=args.batch_size, workers=args.workers)
    nodes = sum(res.written.values())
    print(f"\nNeo4j push ({nodes:,} nodes and {res.relationships:,} relationships for {n_big:,} events):")
    print(f"  batched, {args.batch_size} rows/tx x {args.workers}, empty database: {t_big:7.1f} s"
          f"  {n_big / t_big:9,.0f} events/s")
    print(f"  batched, again (idempotent re-push)   : {t_again:7.1f} s  {n_big / t_again:9,.0f} events/s"
          f"  (deleted {sum(res_again.deleted.values())})")
    print(f"  {n_small:,} events, batched                  : {t_small_batched:7.1f} s "
          f" {n_small / t_small_batched:9,.0f} events/s")
    print(f"  {n_small:,} events, one MERGE per row        : {t_small_row:7.1f} s "
          f" {n_small / t_small_row:9,.0f} events/s")
    speedup = (n_big / t_big) / (n_small / t_small_row)
    print(f"  batched ({n_big:,}) vs per row: {speedup:.0f}x faster (goal >= 20x: {'met' if speedup >= 20 else 'NOT met'});"
          f" {n_big / t_big:,.0f} events/s (goal >= 10,000: {'met' if n_big / t_big >= 10_000 else 'NOT met'})")

    # ------------------------------------------------------------------ parity queries
    t0 = time.perf_counter()
    cypher.ladybug_view(big)
    print(f"\nembedded Ladybug database built in {time.perf_counter() - t0:.1f} s")
    lb = cypher.EmbeddedCypher(big)
    lb._conn.set_query_timeout(int(args.timeout * 1000))
    params = parity_parameters(big)
    print(f"\n{'parity query':34} {'rows':>7} {'ladybug':>10} {'neo4j':>10} {'neo4j/ladybug':>14}  same")
    ratios = []
    for stem, p in params.items():
        text = cypher.read_query_file(QUERIES / f"{stem}.cypher").text
        order = cypher.read_query_file(QUERIES / f"{stem}.cypher").ordered_by
        out = {}
        for name, run in (("ladybug", lambda t=text, p=p: lb.run(t, p)),
                          ("neo4j", lambda t=text, p=p: _neo4j(driver, t, p, args.timeout))):
            times, res = [], None
            try:
                for _ in range(3):
                    t1 = time.perf_counter()
                    res = run()
                    times.append(time.perf_counter() - t1)
                out[name] = (statistics.median(times), res)
            except Exception as exc:  # a timeout is a result too
                out[name] = (None, str(exc).splitlines()[0][:60])
        (tl, rl), (tn, rn) = out["ladybug"], out["neo4j"]
        if tl is None or tn is None:
            print(f"{stem:34} {'':>7} {_ms(tl):>10} {_ms(tn):>10} {'':>14}  {rl if tl is None else rn}")
            continue
        same, why = same_answer(rl, rn, order)
        ratios.append(tn / tl)
        print(f"{stem:34} {len(rl.rows):7d} {_ms(tl):>10} {_ms(tn):>10} {tn / tl:13.1f}x  {same}")
        if not same:
            print(f"    {why[:400]}")
    if ratios:
        print(f"\nNeo4j / Ladybug time: median {statistics.median(ratios):.1f}x, geometric mean "
              f"{statistics.geometric_mean(ratios):.1f}x over {len(ratios)} queries")
    lb.close()
    driver.close()
    return 0


def _neo4j(driver, text: str, params: dict, timeout: float):
    import neo4j

    with driver.session(database=pg._db(driver), default_access_mode=neo4j.READ_ACCESS) as s:
        result = s.run(neo4j.Query(text, timeout=timeout), params)
        keys = list(result.keys())
        rows = [[cypher.normalize(v) for v in r.values()] for r in result]
    return cypher.Result(keys, rows)


def _ms(t: float | None) -> str:
    return "timeout" if t is None else f"{t * 1000:.1f}ms"


if __name__ == "__main__":
    sys.exit(main())
