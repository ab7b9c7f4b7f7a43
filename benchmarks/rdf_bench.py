"""SPARQL on the embedded Oxigraph view vs plain in-memory rdflib, over the same triples.

One run on a generated store (benchmarks/generate.py; 200,000 events by default):

1. derive the RDF view and build the embedded Oxigraph store beside the SQLite store
   (the store ``diplograph sparql`` queries; its default graph is the union of the
   article graphs);
2. parse the same union triples into a plain in-memory ``rdflib.Graph``;
3. ask both three questions of the parity suite: a dyad's timeline
   (examples/queries/01), events per month of a state (06) and a two-hop neighbourhood
   (05). Our side goes through the rdflib API over oxrdflib with the parameters bound
   as diplograph binds them (a VALUES block); rdflib gets its own best shot, the
   parameters as ``initBindings``. Oxigraph answers each query several times (first
   answer and median reported); rdflib once, in a forked process stopped after
   ``--rdflib-timeout`` seconds (then the speed-up is reported as "more than").
   The answers must be equal.

    .venv/bin/python benchmarks/rdf_bench.py [--events 200000] [--db /tmp/diplograph-rdf-bench.db]

Parameters come from the data: the busiest dyad with at most 2,500 events one way (the
generator's Zipf weights give a few dyads tens of thousands, which no timeline reader
wants), the second state of that dyad, and a person of median activity.

Goal (issue 4): the embedded store at least 10x faster than in-memory rdflib.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import ensure_store  # noqa: E402

from diplograph.graph import rdf  # noqa: E402
from diplograph.graph.store import Store  # noqa: E402
from diplograph.queries import cypher, sparql  # noqa: E402

QUERIES = ROOT / "examples" / "queries"
STEMS = ("01-dyad-timeline", "06-counts-per-month", "05-two-hop-neighbourhood")



def pick_parameters(store: Store) -> dict[str, dict]:
    """A busy but readable dyad, its second state, and a person of median activity."""
    c = store.conn
    a, b, n = c.execute("SELECT source_state, target_state, COUNT(*) n FROM events WHERE source_state <> target_state"
                        " GROUP BY 1, 2 HAVING n <= 2500 ORDER BY n DESC, 1, 2 LIMIT 1").fetchone()
    n_state = c.execute("SELECT COUNT(*) FROM events WHERE source_state = ?1 OR target_state = ?1", (b,)).fetchone()[0]
    persons = c.execute("SELECT e.id, COUNT(*) n FROM entities e JOIN events v ON v.source = e.id"
                        " WHERE e.kind = 'person' GROUP BY e.id ORDER BY n, e.id").fetchall()
    person, pn = persons[len(persons) // 2]
    print(f"parameters: dyad {a}-{b} ({n:,} events one way), state {b} ({n_state:,} events),"
          f" person {person} ({pn} events as source)")
    return {"01-dyad-timeline": {"a": a, "b": b}, "06-counts-per-month": {"state": b},
            "05-two-hop-neighbourhood": {"start": person}}


def plain_rows(result) -> list[str]:
    """Rows as sorted, comparable JSON strings."""
    return sorted(json.dumps([cypher.comparable(sparql.plain(sparql._from_rdflib(v))) for v in r]) for r in result)


def rdflib_in_child(graph, text: str, bindings: dict, timeout: float) -> tuple[float | None, list[str] | None]:
    """Run one rdflib query in a forked child; (seconds, rows), or (None, None) after ``timeout``."""
    import rdflib

    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: query, send the answer, leave at once
        os.close(rfd)
        t0 = time.perf_counter()
        rows = plain_rows(graph.query(text, initBindings={k: rdflib.Literal(v) for k, v in bindings.items()}))
        data = pickle.dumps((time.perf_counter() - t0, rows))
        with os.fdopen(wfd, "wb") as fh:
            fh.write(data)
        os._exit(0)
    os.close(wfd)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, _status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.2)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(rfd)
        return None, None
    with os.fdopen(rfd, "rb") as fh:
        return pickle.loads(fh.read())


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=200_000)
    ap.add_argument("--db", default="/tmp/diplograph-rdf-bench.db")
    ap.add_argument("--runs", type=int, default=5, help="answers per query on Oxigraph")
    ap.add_argument("--rdflib-timeout", type=float, default=900.0, help="seconds per rdflib query")
    args = ap.parse_args(argv)

    store = ensure_store(Path(args.db), args.events)
    s = store.stats()
    print(f"store: {s['events']:,} events, {s['articles']:,} articles, {s['entities']:,} entities,"
          f" {s['evidence']:,} evidence rows")
    params = pick_parameters(store)

    t0 = time.perf_counter()
    nt = Path(args.db + ".bench.nt")
    n_triples = 0
    with nt.open("w", encoding="utf-8") as fh:
        for g in rdf.article_graphs(store):
            fh.write(g.ntriples())
            n_triples += len(g.lines)
    t_derive = time.perf_counter() - t0
    print(f"RDF view: {n_triples:,} triples in {s['articles']:,} article graphs, derived in {t_derive:.1f} s"
          f" ({n_triples / t_derive:,.0f} triples/s)")
    t0 = time.perf_counter()
    rdf.oxigraph_view(store)
    print(f"embedded Oxigraph view (named graphs + their union) built in {time.perf_counter() - t0:.1f} s")
    ox_ds = sparql.embedded_dataset(store)

    ours: dict[str, tuple[list[float], list[str]]] = {}
    for stem in STEMS:
        text = cypher.read_query_file(QUERIES / f"{stem}.rq").text
        times, rows = [], []
        for _ in range(args.runs):
            t1 = time.perf_counter()
            res = sparql.run_embedded(store, text, params[stem], dataset=ox_ds)
            times.append(time.perf_counter() - t1)
            rows = sorted(json.dumps([cypher.comparable(v) for v in r]) for r in res.rows)
        ours[stem] = (times, rows)

    import rdflib

    t0 = time.perf_counter()
    mem = rdflib.Graph()
    mem.parse(str(nt), format="nt")
    print(f"in-memory rdflib.Graph: {len(mem):,} triples parsed in {time.perf_counter() - t0:.1f} s")
    nt.unlink()
    gc.collect()
    gc.freeze()  # forked children then copy fewer pages

    print()
    print(f"{'query':28} {'rows':>6} {'ours 1st':>10} {'ours median':>12} {'rdflib':>10} {'speed-up':>10}  same")
    worst = None
    ok = True
    for stem in STEMS:
        times, rows = ours[stem]
        text = sparql.prologue() + cypher.read_query_file(QUERIES / f"{stem}.rq").text
        t_mem, mem_rows = rdflib_in_child(mem, text, params[stem], args.rdflib_timeout)
        med = statistics.median(times)
        if t_mem is None:
            ratio, shown, same = args.rdflib_timeout / med, f">{args.rdflib_timeout:.0f}s", "n/a"
            speed = f">{ratio:.0f}x"
        else:
            ratio, shown, same = t_mem / med, f"{t_mem:.2f}s", str(mem_rows == rows)
            speed = f"{ratio:.0f}x"
            ok &= mem_rows == rows
        worst = ratio if worst is None else min(worst, ratio)
        print(f"{stem:28} {len(rows):6d} {times[0] * 1000:8.1f}ms {med * 1000:10.1f}ms {shown:>10} {speed:>10}  {same}")
    print(f"\nsmallest speed-up {worst:.0f}x (goal >= 10x): {'met' if worst >= 10 else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
