"""A CAMEO event coder over sentences: triggers from a lexicon, actors from the clause around them.

For each sentence the coder

1. finds the lexicon's trigger patterns (verbal "will travel to", nominal
   "Kim's trip to Moscow", "the North's February 2013 nuclear test");
2. cuts the sentence into clauses (that/which/who/after/when/because/...;
   a relative clause between commas is skipped when looking for a subject);
3. picks the source: the by-agent of a passive, a possessor or national
   adjective of a nominal trigger, "between A and B", else the nearest actor
   before the trigger in the clause that is not inside a prepositional phrase
   (coordinated subjects give several sources);
4. picks the target: an actor slot of the pattern, else the first actor after
   the trigger in its clause (a place gives its state and becomes the location);
5. reads factuality from the clause (:mod:`modality`) and the time from the
   clause's temporal expression (:mod:`timex`), else a default.

It returns :class:`Candidate` objects; the pipeline resolves fallbacks across
sentences, merges repeats and builds the model's Events.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from diplograph.ingest.actors import Actor
from diplograph.ingest.lexicon import Match, PatternIndex, Tok, is_past_participle, load_patterns
from diplograph.ingest.modality import factuality, is_past_perfect

__all__ = ["Candidate", "SentenceContext", "code_sentence", "default_index"]

BOUNDARY_WORDS = frozenset({"that", "which", "who", "whom", "whose", "because", "after", "before", "when",
                            "while", "although", "though", "whereas", "if", "unless", "where", "until",
                            "but", "despite"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "got", "get", "gets", "'s"})
PASSIVE_SKIP = frozenset({"not", "never", "also", "already", "reportedly", "allegedly", "been", "being",
                          "just", "recently", "officially", "formally", "jointly", "later", "earlier", "then",
                          "actually", "finally", "first", "previously", "now", "all"})
SAY_FORMS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "stated", "announced",
                       "confirmed", "noted", "asserted", "wrote", "declared", "continued", "implied",
                       "insisted", "argued", "explained", "stressed"})
MIL_HEADS = frozenset({"forces", "troops", "army", "military", "soldiers", "rebels", "militants", "fighters",
                       "militia", "units", "navy", "marines", "jets", "warplanes", "artillery", "tanks"})
VIOLENT_ROOTS = frozenset({"15", "17", "18", "19", "20"})
SUBJ_SKIP = frozenset("""in to at from into with for on against about over by toward towards between among
under than like near around across through within without during since until upon onto behind beyond
despite versus vs of""".split())
OF_OK = frozenset({"government", "governments", "president", "people", "leaders", "leader", "officials",
                   "ministry", "army", "forces", "authorities", "prime", "minister", "king", "foreign"})


@dataclass(slots=True)
class SentenceContext:
    """What the coder needs to know about one sentence."""

    index: int
    start: int
    end: int
    toks: list[Tok]
    actors: list[tuple[int, int, Actor]]          # token start, token end (exclusive), actor
    timexes: list[tuple[int, int, object]]        # token start, token end, Timex
    published: dt.date | None
    speaker: Actor | None = None


@dataclass(slots=True)
class Candidate:
    """An event as found in one sentence, before cross-sentence fallbacks and merging."""

    code: str
    sources: list[Actor]
    targets: list[Actor]
    location: Actor | None
    factuality: str
    when: str | None
    when_source: str                   # timex | default | none
    sentence: int
    start: int                          # sentence span in the article
    end: int
    trigger_start: int
    trigger_end: int
    rule: str
    confidence: float
    flags: frozenset[str]
    nominal: bool
    reciprocal: bool = False
    attributes: dict = field(default_factory=dict)


def default_index() -> PatternIndex:
    """The compiled CAMEO lexicon (cached)."""
    return load_patterns("cameo_verbs.tsv")


# --------------------------------------------------------------------------- clauses

def clause_ids(toks: list[Tok]) -> list[int]:
    """A clause number per token; a relative clause between commas gets its own number and the
    main clause resumes after it."""
    ids = [0] * len(toks)
    cur = 0
    nxt = 1
    stack: list[int] = []
    for i, t in enumerate(toks):
        w = t.norm
        prev = toks[i - 1].norm if i else ""
        if w in BOUNDARY_WORDS and not (w == "that" and i + 1 < len(toks) and toks[i + 1].norm in ("of",)):
            if w in ("which", "who", "whom", "whose") and prev == ",":
                stack.append(cur)
            cur = nxt
            nxt += 1
        elif w in (";", ":", "—", "–") or (w == "," and i + 1 < len(toks) and toks[i + 1].norm in ("and", "but")
                                           and _has_verbish(toks, i + 2)):
            stack.clear()
            cur = nxt
            nxt += 1
        elif w == "," and stack:
            ids[i] = cur
            cur = stack.pop()
            continue
        elif i and prev in SAY_FORMS and w not in (",", "that", "to", "by", "in", "on", "at", "."):
            cur = nxt
            nxt += 1
        ids[i] = cur
    return ids


def _has_verbish(toks: list[Tok], i: int) -> bool:
    for t in toks[i:i + 4]:
        if t.norm.endswith("ed") or t.norm in ("will", "would", "is", "are", "was", "were", "has", "have", "had"):
            return True
    return False


# --------------------------------------------------------------------------- coding

def code_sentence(ctx: SentenceContext, index: PatternIndex | None = None) -> list[Candidate]:
    """The event candidates of one sentence."""
    index = index or default_index()
    toks = ctx.toks
    if not toks:
        return []
    actor_at: dict[int, tuple[int, Actor]] = {s: (e, a) for s, e, a in ctx.actors}
    actor_starts = {s: e for s, e, _ in ctx.actors}
    matches = index.find(toks, 0, len(toks), actor_starts)
    matches = _resolve_overlaps(matches)
    cl = clause_ids(toks)
    out: list[Candidate] = []
    suppressed_after: list[tuple[int, int]] = []    # (clause, token) complements of comp triggers
    for m in sorted(matches, key=lambda m: m.head):
        p = m.pattern
        if any(c == cl[m.head] and m.head > t for c, t in suppressed_after) and not p.code.startswith("01"):
            continue
        cand = _code_match(ctx, m, cl, actor_at)
        if cand is None:
            continue
        if "comp" in p.flags:
            suppressed_after.append((cl[m.head], m.end - 1))
        out.append(cand)
    return out


def _resolve_overlaps(matches: list[Match]) -> list[Match]:
    """Keep the most specific match where literal words overlap."""
    kept: list[Match] = []
    used: set[int] = set()
    for m in sorted(matches, key=lambda m: (-m.pattern.n_lit, -(m.end - m.start), m.start)):
        if used.intersection(m.lit_positions):
            continue
        kept.append(m)
        used.update(m.lit_positions)
    return kept


def _code_match(ctx: SentenceContext, m: Match, cl: list[int], actor_at) -> Candidate | None:
    p = m.pattern
    toks = ctx.toks
    h = m.head
    clause = cl[h]
    nominal = "N" in p.flags
    # actors inside the trigger's literal words are not participants (except actor slots)
    in_match = set(range(m.start, m.end)) - set(m.actor_positions)

    def actors_in(lo: int, hi: int, same_clause: bool = True) -> list[tuple[int, int, Actor]]:
        return [(s, e, a) for s, e, a in ctx.actors if lo <= s < hi and (not same_clause or cl[s] == clause)
                and s not in in_match]

    sources: list[Actor] = []
    targets: list[Actor] = []
    location: Actor | None = None
    reciprocal = False
    passive = _is_passive(toks, h)
    # by-agent of a passive ("was signed by A and B", "were denied by the Federal Government")
    if passive or nominal:
        by = _by_agent(ctx, m, cl)
        if by:
            sources = by
    # milsrc patterns need an armed-force subject
    subj = _subject(ctx, h if not nominal else _np_start(toks, h), cl, actor_at)
    if nominal and not sources:
        pre = _np_premodifiers(ctx, h, cl)
        if pre:
            poss = [a for a in pre if a.possessive or a.kind == "person"]
            adj = [a for a in pre if not (a.possessive or a.kind == "person")]
            if "loc" in p.flags and adj and not poss:
                targets = adj[-1:]
            elif poss or adj:
                sources = (poss or adj)[-1:]
        if not sources:
            btw = _between(ctx, m, cl)
            if btw:
                sources = btw
        if not sources and subj and "loc" in p.flags:
            sources = subj
    elif not sources:
        if passive and "to_src" in p.flags:
            # "Kim had been invited to Russia": the inviter is the place after "to"
            after = actors_in(m.end, len(toks))
            to_act = [a for s, e, a in after if s > 0 and toks[s - 1].norm == "to"]
            if to_act:
                sources = to_act[:1]
                targets = subj
        elif passive:
            targets = subj
        else:
            sources = subj
    if "milsrc" in p.flags:  # noqa: SIM102
        if not sources or not (sources[0].military or any(w in MIL_HEADS for w in sources[0].head)):
            return None
    # target
    if not targets:
        if m.actor_positions:
            e, a = actor_at[m.actor_positions[0]]
            targets = [a]
        else:
            lo = m.end if "after" in p.flags else h + 1
            after = actors_in(lo, len(toks))
            if "sym" in p.flags and nominal and not targets:
                btw = _between(ctx, m, cl)
                if btw and len(btw) >= 2:
                    sources, targets = btw[:1], btw[1:2]
            for _s, e, a in after:
                if targets:
                    break
                if a in sources:
                    continue
                if a.location and "loc" not in p.flags:
                    if location is None:
                        location = a
                    continue
                if a.reciprocal:
                    reciprocal = True
                    continue
                if a.kind == "org" and not a.states[0]:
                    continue
                targets = [a]
                # coordinated targets: "accused Sweden and Finland"
                for s2, e2, a2 in after:
                    if s2 == e and toks[s2 - 1].norm in ("and", ","):
                        targets.append(a2)
                    if s2 >= e and s2 == e + 1 and toks[e].norm in ("and", ",", "or"):
                        targets.append(a2)
                        e = e2
    # a place as target of a loc trigger: its state is the target, the place the location
    if targets and targets[0].location:
        location = targets[0]
    if location is None and "loc" in p.flags:
        for _s, e, a in actors_in(h + 1, len(toks)):  # noqa: B007
            if a.location:
                location = a
                break
    # symmetric triggers with coordinated sources: "Xi and Kim could meet"
    if "sym" in p.flags and not targets and len(sources) >= 2:
        sources, targets = sources[:1], sources[1:]
    if not sources and not targets and location is None:
        return None
    before_words = [t.norm for i, t in enumerate(toks[:h]) if cl[i] == clause or i >= h - 3 and cl[i] != clause
                    and False] or [t.norm for i, t in enumerate(toks[:h]) if cl[i] == clause]
    before_words = _modal_window(toks, cl, h)
    after_words = [t.norm for t in toks[m.end:m.end + 8]]
    fact = factuality(before_words, after_words, nominal=nominal)
    if nominal and m.start >= 2 and toks[m.start - 1].norm in ("the", "a") and toks[m.start - 2].norm in (
            "to", "of") and m.start >= 3 and toks[m.start - 3].norm in ("end", "ending", "ended"):
        fact = "occurred"   # "an end to the fighting": the fighting happened
    if p.code.startswith("057") and fact == "planned" and re.search(r"\bagree", " ".join(before_words)):
        fact = "occurred"   # "have agreed to sign a peace deal": the agreement is reached
    when, when_src = _time(ctx, h, cl, fact, before_words, nominal)
    if when_src == "timex" and fact == "occurred" and _is_future(when, ctx.published) and not nominal:
        fact = "planned"
    if fact == "occurred" and nominal and when and _is_future(when, ctx.published):
        fact = "planned"
    return Candidate(
        code=p.code, sources=sources, targets=targets, location=location, factuality=fact, when=when,
        when_source=when_src, sentence=ctx.index, start=ctx.start, end=ctx.end,
        trigger_start=toks[h].start, trigger_end=toks[m.end - 1].end, rule=p.rule, confidence=p.conf,
        flags=p.flags, nominal=nominal, reciprocal=reciprocal)


def _modal_window(toks: list[Tok], cl: list[int], h: int) -> list[str]:
    """Words of the trigger's clause before it; for an infinitive ("agreed to withdraw") also the
    governing words of the clause before."""
    clause = cl[h]
    words = [toks[i].norm for i in range(h) if cl[i] == clause]
    return words[-14:]


def _is_passive(toks: list[Tok], h: int) -> bool:
    if not is_past_participle(toks[h].norm):
        return False
    i = h - 1
    while i >= 0 and toks[i].norm in PASSIVE_SKIP:
        if toks[i].norm in ("been", "being"):
            return True
        i -= 1
    return i >= 0 and toks[i].norm in BE_FORMS


def _by_agent(ctx: SentenceContext, m: Match, cl: list[int]) -> list[Actor]:
    toks = ctx.toks
    for i in range(m.end, min(len(toks), m.end + 6)):
        if toks[i].norm in (".", ";"):
            break
        if toks[i].norm == "by":
            got = [a for s, e, a in ctx.actors if i < s <= i + 6]
            if got:
                first = got[0]
                out = [first]
                # "by A and B"
                e_first = next(e for s, e, a in ctx.actors if a is first)
                for s, _e, a in ctx.actors:
                    if s > e_first and s <= e_first + 8 and any(t.norm == "and" for t in toks[e_first:s]) \
                            and not any(t.norm in (".", ";", "on", "at", "in") for t in toks[e_first:s]):
                        out.append(a)
                        break
                return out
            return []
    return []


def _np_start(toks: list[Tok], h: int) -> int:
    """Start of the noun phrase whose head is at ``h`` (back over modifiers)."""
    i = h
    while i > 0 and h - i < 7:
        w = toks[i - 1].norm
        if w in (",", ".", ";", ":", "(", ")") or w in SUBJ_SKIP or w in BE_FORMS or w in SAY_FORMS \
                or w in ("will", "would", "could", "may", "might", "has", "have", "had", "and", "or"):
            break
        i -= 1
    return i


def _np_premodifiers(ctx: SentenceContext, h: int, cl: list[int]) -> list[Actor]:
    """Actors among the words right before a nominal head: "Kim's", "Chinese", "the North's"."""
    toks = ctx.toks
    lo = _np_start(toks, h)
    # include a possessor right before the start ("the North's February 2013 nuclear test")
    return [a for s, e, a in ctx.actors if lo <= s < h and e <= h]


def _between(ctx: SentenceContext, m: Match, cl: list[int]) -> list[Actor]:
    toks = ctx.toks
    for i in range(m.end - 1, min(len(toks), m.end + 4)):
        if toks[i].norm in ("between", "among"):
            got = [(s, e, a) for s, e, a in ctx.actors if i < s <= i + 12]
            if len(got) >= 2 and any(t.norm == "and" for t in toks[got[0][1]:got[1][0] + 1]):
                return [got[0][2], got[1][2]]
            if got and got[0][2].is_group:
                return [got[0][2]]
    return []


def _subject(ctx: SentenceContext, h: int, cl: list[int], actor_at) -> list[Actor]:
    """The nearest actor before ``h`` in the same clause that is not in a prepositional phrase,
    with coordinated ones; for a relative clause, the antecedent."""
    toks = ctx.toks
    clause = cl[h] if h < len(cl) else cl[-1]
    # start of the clause
    cands = [(s, e, a) for s, e, a in ctx.actors if e <= h and cl[s] == clause and not a.location]
    picked: tuple[int, int, Actor] | None = None
    for s, e, a in reversed(cands):
        prev = toks[s - 1].norm if s else ""
        prev2 = toks[s - 2].norm if s >= 2 else ""
        if prev in ("the", "a", "an") and s >= 2:
            prev, prev2 = prev2, toks[s - 3].norm if s >= 3 else ""
        if prev in SUBJ_SKIP and not (prev == "of" and prev2 in OF_OK):
            continue
        if a.kind == "org" and not a.states[0]:
            continue
        picked = (s, e, a)
        break
    if picked is None:
        # relative clause: "X, who announced ...", "X, which has urged ..."
        first = next((i for i in range(len(toks)) if cl[i] == clause), h)
        if first < len(toks) and toks[first].norm in ("which", "who", "whose"):
            ante = [(s, e, a) for s, e, a in ctx.actors if e <= first and not a.location]
            if ante:
                picked = ante[-1]
        elif first < len(toks) and toks[first].norm == "that":
            return []
    if picked is None:  # noqa: SIM102
        # the subject of the sentence's first clause (coordinated verbs: "China ... announced X and issued Y")
        if clause != 0 and not any(toks[i].norm in BOUNDARY_WORDS for i in range(h) if cl[i] == clause):
            main = [(s, e, a) for s, e, a in ctx.actors if cl[s] == 0 and e <= h and not a.location
                    and (s == 0 or toks[s - 1].norm not in SUBJ_SKIP)]
            if main:
                picked = main[0]
    if picked is None:
        return []
    s, e, a = picked
    out = [a]
    # coordination backwards: "A and B", "A, B and C"
    j = s
    while True:
        prevs = [(s2, e2, a2) for s2, e2, a2 in ctx.actors if e2 <= j and j - e2 <= 2]
        if not prevs:
            break
        s2, e2, a2 = prevs[-1]
        between = [t.norm for t in toks[e2:j]]
        if between and all(w in ("and", ",", "&") for w in between) and not a2.location:
            out.insert(0, a2)
            j = s2
        else:
            break
    return out


def _time(ctx: SentenceContext, h: int, cl: list[int], fact: str, before: list[str],
          nominal: bool = False) -> tuple[str | None, str]:
    clause = cl[h]
    best = None
    bestd = 10 ** 6
    for s, _e, tx in ctx.timexes:
        if getattr(tx, "edtf", None) is None:
            continue
        if cl[s] != clause:
            continue
        d = (s - h) if s > h else (h - s) * 2 + 1
        if getattr(tx, "kind", "") == "duration":
            d += 6
        if d < bestd:
            best, bestd = tx, d
    if best is None:
        # a "when" clause after a date: "since 1995, when China fired missiles"
        first = next((i for i in range(len(cl)) if cl[i] == clause), None)
        if first is not None and ctx.toks[first].norm == "when":
            prior = [tx for s, e, tx in ctx.timexes if e <= first and getattr(tx, "edtf", None)]
            if prior:
                best = prior[-1]
                ed = best.edtf
                if ed.endswith("/..") or ed.endswith("/"):
                    return ed.split("/")[0], "timex"
    if best is not None:
        return best.edtf, "timex"
    if fact in ("occurred", "negated") and ctx.published and not is_past_perfect(before) and not nominal:
        lo = ctx.published - dt.timedelta(days=7)
        return f"{lo.isoformat()}/{ctx.published.isoformat()}", "default"
    return None, "none"


def _is_future(edtf: str | None, published: dt.date | None) -> bool:
    if not edtf or not published:
        return False
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", edtf.split("/")[0])
    if not m:
        return False
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo and mo > 12:
        return y > published.year
    if d:
        try:
            return dt.date(y, mo or 1, d) > published
        except ValueError:
            return False
    if mo:
        return (y, mo) > (published.year, published.month)
    return y > published.year
