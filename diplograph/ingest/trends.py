"""Statements about the state of a dyad's relations: "relations have declined", "fell into a
freeze", "grown closer", "the sudden rapprochement", "heightened tensions with China".

Triggers come from ``data/lex_trends.tsv`` (polarity and label per row). The
dyad is, in order: "between A and B", "A-B relations" (a hyphenated pair), the
subject of the clause with the first state after the trigger ("North Korea ...
has grown closer to Russia", "a visit that heightened tensions with China" takes
the sentence's subject), a group phrase ("both countries", "the two nations"),
or the two states of the sentence. The time is the clause's temporal expression
("over the past year"), else the publication day (a statement about now).

>>> from diplograph.ingest.lexicon import load_patterns
>>> any(p.code == "negative:freeze" for p in load_patterns("lex_trends.tsv").patterns)
True
"""

from __future__ import annotations

from dataclasses import dataclass

from diplograph.ingest.events import SentenceContext, _subject, clause_ids
from diplograph.ingest.lexicon import PatternIndex, load_patterns

__all__ = ["TrendCandidate", "find_trends", "trend_index"]


@dataclass(slots=True)
class TrendCandidate:
    """A trend statement found in one sentence."""

    a: str
    b: str
    polarity: str
    label: str
    when: str | None
    sentence: int
    start: int
    end: int
    rule: str
    confidence: float


def trend_index() -> PatternIndex:
    """The compiled trend lexicon (cached)."""
    return load_patterns("lex_trends.tsv")


def _states(actors) -> list[str]:
    out: list[str] = []
    for a in actors:
        if a.location:
            continue
        for s in a.states:
            if s and s not in out:
                out.append(s)
    return out


def find_trends(ctx: SentenceContext, index: PatternIndex | None = None,
                recent_dyad: tuple[str, str] | None = None) -> list[TrendCandidate]:
    """Trend statements in one sentence."""
    index = index or trend_index()
    toks = ctx.toks
    if not toks:
        return []
    matches = index.find(toks, 0, len(toks))
    if not matches:
        return []
    cl = clause_ids(toks)
    actor_at = {s: (e, a) for s, e, a in ctx.actors}
    out: list[TrendCandidate] = []
    used: set[int] = set()
    for m in sorted(matches, key=lambda m: (-m.pattern.n_lit, m.start)):
        if used.intersection(m.lit_positions):
            continue
        used.update(m.lit_positions)
        pol, label = m.pattern.code.split(":", 1)
        dyad = _dyad(ctx, m, cl, actor_at)
        if dyad is None and recent_dyad and m.pattern.conf >= 0.8:
            dyad = recent_dyad
        if dyad is None:
            continue
        when = None
        for s, _e, tx in ctx.timexes:
            if getattr(tx, "edtf", None) and cl[s] == cl[m.head]:
                when = tx.edtf
                break
        if when is None and ctx.published:
            when = ctx.published.isoformat()
        out.append(TrendCandidate(dyad[0], dyad[1], pol, label, when, ctx.index, ctx.start, ctx.end,
                                  m.pattern.rule, m.pattern.conf))
    return out


def _dyad(ctx: SentenceContext, m, cl, actor_at) -> tuple[str, str] | None:
    toks = ctx.toks
    h = m.head
    # between A and B / with X, right after the trigger
    for i in range(m.start, min(len(toks), m.end + 3)):
        if toks[i].norm == "between":
            got = [a for s, e, a in ctx.actors if i < s <= i + 14 and not a.location]
            sts = _states(got[:3])
            if len(sts) >= 2:
                return sts[0], sts[1]
    # A-B relations: a hyphenated pair just before the trigger, or "A and B relations"
    pre = [a for s, e, a in ctx.actors if m.start - 6 <= s < m.start and not a.location]
    if len(_states(pre)) >= 2 and m.pattern.code.split(":")[1] in ("decline", "strained", "tensions", "warming",
                                                                   "broken", "improve"):
        sts = _states(pre)
        return sts[-2], sts[-1]
    # subject + object
    subj = _states(_subject(ctx, h, cl, actor_at))
    if not subj:
        first_clause = [a for s, e, a in ctx.actors if cl[s] == 0 and not a.location]
        subj = _states(first_clause[:1])
    after = [a for s, e, a in ctx.actors if s > h and cl[s] == cl[h] and not a.location]
    obj = [s for s in _states(after) if s not in subj]
    if len(subj) >= 2 and not obj:
        return subj[0], subj[1]
    if subj and obj:
        return subj[0], obj[0]
    # group phrases in the sentence
    for _s, _e, a in ctx.actors:
        if a.is_group and len(a.states) >= 2:
            return a.states[0], a.states[1]
    sts = _states(a for s, e, a in ctx.actors)
    if len(sts) == 2:
        return sts[0], sts[1]
    return None
