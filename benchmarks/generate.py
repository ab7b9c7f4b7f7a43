"""Synthetic graphs for benchmarks: many articles, states, persons and CAMEO events.

:func:`generate_extractions` yields deterministic :class:`Extraction` objects (same seed,
same articles); :func:`generate_store` writes them to a store through :meth:`Store.bulk`
in merge mode, the path GDELT and ICEWS imports take. Other benchmarks reuse both.

Shape of the data: ``n_states`` states from the ontology and ``n_persons`` persons
(each a citizen of one state); event participants are drawn from Zipf laws, so a
few dyads are busy (the busiest about 1% of the events) and most are quiet, as in
real event data. About one event in ten re-reports an event of an earlier article
(same CAMEO code, participants and day), so merging is exercised.

    python benchmarks/generate.py /tmp/big.db --events 1000000
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from diplograph.graph import ontology
from diplograph.graph.model import Article, Entity, Event, Evidence, Extraction, When
from diplograph.graph.store import Store

__all__ = ["generate_extractions", "generate_store"]

_DAY0 = dt.date(2000, 1, 1)
_DAYS = 7305  # twenty years


def _actors(n_states: int, n_persons: int, rng: random.Random) -> tuple[list[Entity], list[Entity]]:
    known = ontology.states()
    if n_states > len(known):
        raise ValueError(f"at most {len(known)} states are known, asked for {n_states}")
    states = [Entity(s.iso3, "state", s.name, state=s.iso3) for s in known[:n_states]]
    cum = _zipf(n_states, 1.0)
    persons = []
    for i in range(n_persons):
        st = states[_draw(cum, rng)].id
        persons.append(Entity(f"person:p{i:06d}", "person", f"Person {i:06d}", state=st,
                              roles=("minister",) if i % 7 == 0 else ()))
    return states, persons


def _zipf(n: int, s: float) -> list[float]:
    """Cumulative Zipf weights over ranks 1..n (exponent ``s``), normalised to 1."""
    acc, out = 0.0, []
    for r in range(1, n + 1):
        acc += 1.0 / r**s
        out.append(acc)
    return [x / acc for x in out]


def _draw(cum: list[float], rng: random.Random) -> int:
    return min(bisect.bisect_left(cum, rng.random()), len(cum) - 1)


def _pick(pool: list[str] | None, population: list[Entity], cum: list[float], rng: random.Random) -> str:
    """Uniformly from the article's cast when it has one, else by the Zipf law over everyone."""
    if pool is not None:
        return pool[rng.randrange(len(pool))]
    return population[_draw(cum, rng)].id


def generate_extractions(n_events: int = 1_000_000, n_states: int = 200, n_persons: int = 5000,
                         seed: int = 1, events_per_article: int = 100, repeat_share: float = 0.1,
                         cast: int | None = 12) -> Iterator[Extraction]:
    """Deterministic synthetic articles, ``events_per_article`` events each (the last may hold fewer).

    Participants follow Zipf laws over states (exponent 1) and persons (0.7): sources
    are persons 30% of the time, targets 20%; the busiest state dyad holds about 1.5%
    of the events, and 99% of the persons appear. An article is about a ``cast`` of actors drawn from
    those laws (60% states), as a news article is about a handful of actors; its new
    events are among them (``cast=None``: every event draws its participants from the
    whole population, ~100 entities per article). About ``repeat_share`` of the events
    re-report an earlier article's event (same code, participants and day), so merging
    is exercised.
    """
    rng = random.Random(seed)
    states, persons = _actors(n_states, n_persons, rng)
    codes = [c for c in ontology.cameo_codes() if len(c.code) == 3]
    whens = [When.parse((_DAY0 + dt.timedelta(days=d)).isoformat()) for d in range(_DAYS)]
    state_cum, person_cum = _zipf(len(states), 1.0), _zipf(len(persons), 0.7)
    by_id = {e.id: e for e in (*states, *persons)}
    recent: list[tuple[str, str, str, When]] = []
    made = 0
    art = 0
    while made < n_events:
        k = min(events_per_article, n_events - made)
        aid = f"https://news.example.org/{art // 1000:04d}/{art:07d}"
        pub_day = rng.randrange(_DAYS)
        published = _DAY0 + dt.timedelta(days=pub_day)
        used: dict[str, Entity] = {}
        events = []
        pool_states: list[str] | None = None
        pool_persons: list[str] | None = None
        if cast:
            n_st = max(2, round(cast * 0.6))
            pool_states = list(dict.fromkeys(states[_draw(state_cum, rng)].id for _ in range(n_st)))
            pool_persons = list(dict.fromkeys(persons[_draw(person_cum, rng)].id for _ in range(cast - n_st)))
            pool_persons = pool_persons or pool_states
        for j in range(k):
            if recent and rng.random() < repeat_share:
                code, src, tgt, when = recent[rng.randrange(len(recent))]
            else:
                code = codes[rng.randrange(len(codes))].code
                src = _pick(pool_persons, persons, person_cum, rng) if rng.random() < 0.3 else \
                    _pick(pool_states, states, state_cum, rng)
                home = by_id[src].state
                for _ in range(20):  # international events only: draw again while the pair is domestic
                    tgt = _pick(pool_persons, persons, person_cum, rng) if rng.random() < 0.2 else \
                        _pick(pool_states, states, state_cum, rng)
                    if by_id[tgt].state != home:
                        break
                else:
                    tgt = next(s.id for s in states if s.id != home)
                when = whens[max(0, pub_day - rng.randrange(30))]
                if len(recent) < 100_000:
                    recent.append((code, src, tgt, when))
                else:
                    recent[rng.randrange(100_000)] = (code, src, tgt, when)
            for eid in (src, tgt):
                if eid not in used:
                    used[eid] = by_id[eid]
            loc = f"ROW {art}.{j}"
            events.append(Event(code, src, tgt, when=when,
                                evidence=[Evidence(aid, f"{src} {code} {tgt} ({loc})", locator=loc)]))
        made += k
        yield Extraction(Article(aid, title=f"Synthetic report {art}", url=aid, published=published,
                                 publisher="example"), entities=list(used.values()), events=events)
        art += 1


def generate_store(path: str | Path, n_events: int = 1_000_000, n_states: int = 200, n_persons: int = 5000,
                   seed: int = 1, *, events_per_article: int = 100, batch_events: int = 50_000,
                   materialise: bool = True, cast: int | None = 12) -> dict[str, float]:
    """Write a synthetic graph to the store at ``path`` (bulk, merge mode, index rebuild at the end).

    With ``materialise`` the Extraction objects are built before the timer starts,
    so ``seconds`` measures the store alone; otherwise generation is timed too.
    Returns ``{"events": n, "articles": n, "seconds": s, "events_per_s": r, "db_bytes": n}``.
    """
    gen = generate_extractions(n_events, n_states, n_persons, seed, events_per_article, cast=cast)
    items = list(gen) if materialise else gen
    store = Store(path)
    n_articles = 0
    t0 = time.perf_counter()
    with store.bulk(batch_events=batch_events, drop_indexes=True) as bulk:
        for ex in items:
            bulk.ingest(ex, mode="merge")
            n_articles += 1
    seconds = time.perf_counter() - t0
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    p = Path(path)
    size = sum(f.stat().st_size for f in p.parent.glob(p.name + "*"))
    return {"events": n_events, "articles": n_articles, "seconds": seconds,
            "events_per_s": n_events / seconds if seconds else 0.0, "db_bytes": size}


def ensure_store(path: str | Path, n_events: int) -> Store:
    """The generated store at ``path``: made once with :func:`generate_store`, then reused."""
    p = Path(path)
    if not p.exists():
        r = generate_store(p, n_events)
        print(f"generated {r['events']:,} events in {r['articles']:,} articles in {r['seconds']:.1f} s ({p})")
    return Store(p)

def main(argv: list[str] | None = None) -> int:
    """Command line: write a synthetic store and print what it took."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", help="store to write (must not exist)")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--states", type=int, default=200)
    ap.add_argument("--persons", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-article", type=int, default=100)
    args = ap.parse_args(argv)
    if Path(args.db).exists():
        print(f"error: {args.db} exists; choose a new path", file=sys.stderr)
        return 2
    r = generate_store(args.db, args.events, args.states, args.persons, args.seed,
                       events_per_article=args.per_article)
    print(f"{r['events']:,} events in {r['articles']:,} articles: {r['seconds']:.1f} s, "
          f"{r['events_per_s']:,.0f} events/s, {r['db_bytes'] / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
