"""Statements about the state of a dyad's relations: "relations have declined", "fell into a
freeze", "grown closer", "the sudden rapprochement", "heightened tensions with China".

Triggers come from ``data/lex_trends.tsv`` (polarity and label per row). The
dyad is, in order: "between A and B", "A-B relations" (a hyphenated pair), the
subject of the clause with the first state after the trigger ("North Korea ...
has grown closer to Russia", "a visit that heightened tensions with China" takes
the sentence's subject), a group phrase ("both countries", "the two nations"),
or the two states of the sentence (not from a clause after a comma or a subordinator: that is the
statement's cause or an aside). A statement that names no dyad is about the dyad of the previous
statement, else the article's main dyad ("the resulting rift in bilateral relations"); "this
relationship" is always the previous statement's pair, and a bare group noun ("the nuclear-armed
neighbours") the article's. Wishes and calls are no statements ("called for improved ties": flag
``nocall``), nor are negated, merely possible or avoided ones ("would not restore ties", "could strain
ties", "to avert a crisis"), while a change that goes on stands ("could deteriorate further"). The time
is the clause's temporal expression ("over the past year"), else the publication day (a statement about now).

>>> from diplograph.ingest.lexicon import load_patterns
>>> any(p.code == "negative:freeze" for p in load_patterns("lex_trends.tsv").patterns)
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from diplograph.ingest.events import SentenceContext, _subject, clause_ids
from diplograph.ingest.lexicon import Match, PatternIndex, Tok, load_patterns

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


def _states(actors, capitals: bool = False) -> list[str]:
    out: list[str] = []
    for a in actors:
        if a.location and not (capitals and a.form in ("capital", "seat")):
            continue
        for s in a.states:
            if s and s not in out:
                out.append(s)
    return out


def find_trends(ctx: SentenceContext, index: PatternIndex | None = None,
                recent_dyad: tuple[str, str] | None = None,
                main_dyad: tuple[str, ...] = ()) -> list[TrendCandidate]:
    """Trend statements in one sentence (a group side gives one statement per member state).

    A statement that names no dyad ("the resulting rift in bilateral relations", "as tensions
    reach boiling point" beside one of the two states) is about the dyad of the last statement,
    else the article's main dyad (``main_dyad``: its two most named states), when the sentence
    names no state outside that dyad."""
    index = index or trend_index()
    toks = ctx.toks
    if not toks:
        return []
    ctx = _without_modifiers(ctx)
    actor_starts = {s: e for s, e, _a in ctx.actors}
    matches = index.find(toks, 0, len(toks), actor_starts)
    if not matches:
        return []
    cl = clause_ids(toks)
    actor_at = {s: (e, a) for s, e, a in ctx.actors}
    out: list[TrendCandidate] = []
    used: set[int] = set()
    for m in sorted(matches, key=lambda m: (-m.pattern.n_lit, m.start)):
        # the relations noun may serve two statements ("improve their strained relationship": a wish to
        # improve, and the strain), the trigger words only one
        own_lits = [p for p in m.lit_positions if toks[p].norm not in _SHARED_NOUNS]
        if used.intersection(own_lits):
            continue
        if "noinf" in m.pattern.flags and _infinitive(toks, cl, m.start):
            continue   # "asked Qatar to cut ties with Iran": a demand, not the state of relations
        if "nolift" in m.pattern.flags and _lifted(toks, cl, m.start):
            continue   # "voted to lift a decades-old arms embargo on Cyprus": its end is the news
        if "noto" in m.pattern.flags and m.end < len(toks) and toks[m.end].norm == "to":
            continue   # "he declined to describe it": a refusal, not relations declining
        if "nocall" in m.pattern.flags and _called_for(toks, cl, m.start):
            continue   # "called for improved ties", "stressed the importance of working to reduce tension"
        if "pairsubj" in m.pattern.flags and not _pair_subject(ctx, m, cl):
            continue   # "Opinion in Germany is divided over arms for Ukraine": one state divided within itself
        if "subjrel" in m.pattern.flags and not _party_subject(ctx, m.start) \
                and _subject_relations(toks, cl, m) == m.start:
            continue   # "while the yen declined", "their health had deteriorated"
        if toks[m.start].norm not in m.pattern.items[0].forms:
            continue   # the index forgives a typed extra letter; "disputed" is no "dispute"
        if "paironly" in m.pattern.flags and not _pair_before(ctx, m.start):
            continue   # "the India-Pakistan rivalry": the bare noun counts only after its pair
        if "V" in m.pattern.flags and _gap_has_verb(toks, m):
            continue   # "renewed fighting could damage ties": "renewed" does not govern the ties
        if "nomodal" in m.pattern.flags and _gap_has_modal(toks, m):
            continue   # "to see if the trade dispute can be resolved", "disputes should be resolved": not done
        if _generic(toks, m):
            continue   # "agree that territorial disputes should be resolved": no pair's own quarrel
        if toks[m.start].norm in _REL_NOUNS and not _relations_subject(toks, cl, m, ctx.actors):
            continue   # "the crisis in relations between A and B deepened": the crisis deepened
        if "neg" not in m.pattern.flags and _negated(toks, cl, m):
            continue   # "would not restore ties", "relations have not improved"
        if _avoided(toks, cl, m):
            continue   # "keen to avoid a rift with Moscow", "to prevent a breakdown in relations"
        if _hypothetical(toks, cl, m):
            continue
        if _denied(toks, m):
            continue   # "the minister denied that relations with China had deteriorated"
        if m.pattern.code.startswith("positive") and _undone(toks, cl, m):
            continue   # "South Korea has repeatedly rejected the long-standing friendly ties", "undermining the thaw"   # "could strain ties with Egypt", "if it annexes ..., it would harm relations"
        used.update(own_lits)
        pol, label = m.pattern.code.split(":", 1)
        pairs = _dyads(ctx, m, cl, actor_at, main_dyad)
        if pairs is None:
            continue
        pairs = [_named_pair(ctx, p, main_dyad) for p in pairs]
        onlooked = False
        if _anaphoric(toks, m) and recent_dyad:
            pairs = [recent_dyad]    # "the strain in this relationship": the pair just spoken of
        elif _observed(ctx, m):
            onlooked = True
            # "The United States ... has watched the rapprochement closely": an onlooker is no side
            onlookers = set(_states(a for s_, _e, a in ctx.actors if s_ < m.start and cl[s_] == cl[m.start]
                                    and not a.possessive))
            pairs = [p for p in ([recent_dyad] if recent_dyad else [(main_dyad[0], main_dyad[1])]
                                 if len(main_dyad) == 2 else []) if not onlookers & set(p)]
        if not pairs and m.pattern.conf >= 0.8 and not onlooked and not _held_by_nonactor(ctx, m, cl) \
                and not _domestic(toks, m) and not _regional(toks, m):
            end = _scope_end(toks, m.end)
            own = set(_states(a for s_, _e, a in ctx.actors if s_ < end))
            if recent_dyad and own <= set(recent_dyad):
                pairs = [recent_dyad]
            elif len(main_dyad) == 2 and own <= set(main_dyad):
                pairs = [(main_dyad[0], main_dyad[1])]
            elif len(main_dyad) == 2 and set(main_dyad) <= own and not (
                    set(_states(a for s_, _e, a in ctx.actors if cl[s_] == cl[m.head])) - set(main_dyad)):
                # "Obama and Castro had thanked Pope Francis for ..., after talks brought an end to decades of
                # hostility": the sentence names the article's pair, the statement's own clause no other state
                pairs = [(main_dyad[0], main_dyad[1])]
        when = trend_time(ctx, m.head, cl)
        for a, b in pairs:
            out.append(TrendCandidate(a, b, pol, label, when, ctx.index, ctx.start, ctx.end,
                                      m.pattern.rule, m.pattern.conf))
    return out


_HOLD = frozenset({"has", "have", "had", "having", "maintains", "maintain", "maintained", "enjoys", "enjoy", "enjoyed",
                   "keeps", "keep", "kept", "forged", "built", "developed", "cultivated"})


def _held_by_nonactor(ctx: SentenceContext, m, cl: list[int]) -> bool:
    """Are the ties held by a subject that is no actor ("The company has close ties with the Chinese military",
    "the group maintains good relations with Tehran"): a verb of having before the statement in its clause and no
    actor before that verb? Then the statement is about that subject, not the article's pair."""
    toks = ctx.toks
    if not any(toks[k].norm in _REL_NOUNS | _QUARREL_NOUNS for k in range(m.start, m.end)):
        return False    # "Ties began to improve ..., but have soured again": "have" is an auxiliary there
    for i in range(m.start - 1, max(-1, m.start - 4), -1):
        if cl[i] != cl[m.start]:
            return False
        if toks[i].norm in _HOLD:
            if i == m.start - 1 and "V" in m.pattern.flags:
                return False    # "grain imports, which have strained ties": "have" is the verb's auxiliary
            before = [toks[k].norm for k in range(i) if cl[k] == cl[i]]
            if any(w in _PAIR_NOUNS or w in ("they", "two", "both", "we") for w in before):
                return False    # "The two have close ties": the pair itself, named by a group word
            return not any(s < i and cl[s] == cl[i] for s, _e, _a in ctx.actors)
    return False


_DOMESTIC = frozenset({"ethnic", "sectarian", "religious", "racial", "communal", "tribal", "internal", "domestic",
                       "social", "political", "partisan", "interethnic", "inter-ethnic", "intercommunal", "factional"})


def _domestic(toks, m) -> bool:
    """Is the trouble named as one inside a society ("Ethnic tensions have flared in the north", "political tensions
    are high ahead of the vote")? Then a sentence that names no pair does not lend it the article's pair."""
    return any(toks[k].norm in _DOMESTIC for k in range(max(0, m.start - 2), m.head + 1))


_REGION_WORDS = frozenset({"region", "strait", "straits", "sea", "seas", "gulf", "peninsula", "ocean", "waters",
                           "balkans", "caucasus", "sahel", "subcontinent", "continent", "world", "pacific", "arctic",
                           "mediterranean", "east", "horn"})


def _regional(toks: list[Tok], m: Match) -> bool:
    """Is the trouble placed in a region or a sea ("Tensions have also risen in the Taiwan Strait", "tensions in the
    region")? Then a sentence that names no pair does not lend it the article's pair."""
    for k in range(m.start, min(len(toks) - 1, m.end + 3)):
        if toks[k].norm not in ("in", "across", "throughout", "around"):
            continue
        j = k + 1 + (toks[k + 1].norm == "the")
        for w in toks[j:j + 3]:
            if w.norm in _REGION_WORDS:
                return True
            if not w.text[:1].isupper():
                break
    return False


def _named_pair(ctx: SentenceContext, pair: tuple[str, str], main_dyad: tuple[str, ...]) -> tuple[str, str]:
    """A pair that owes one state only to a group word ("the countries'") which the sentence does not
    name, while it names the article's other main state, is the article's main pair ("Australia's
    Bishop will be told the issue will hurt the countries' relationship" in an Indonesia-Australia story)."""
    if len(main_dyad) != 2 or set(pair) == set(main_dyad) or len(set(pair) & set(main_dyad)) != 1:
        return pair
    topical = set(_states(a for s_, _e, a in ctx.actors if _topic(ctx, s_)))
    sided = set(_states(a for s_, _e, a in ctx.actors if not _topic(ctx, s_)))
    odd = (set(pair) - set(main_dyad)).pop()
    if odd in topical and odd not in sided and any(a.is_group and set(_members(a)) == set(pair)
                                                   for _s, _e, a in ctx.actors):
        # "The two countries have had a difficult relationship, most of it centering around Western Sahara": a
        # group word read as a pair with a state the sentence names only as its topic is the article's pair
        return (main_dyad[0], main_dyad[1])
    if not any(a.is_group and set(_members(a)) == set(pair) for _s, _e, a in ctx.actors):
        return pair     # only a two-member group word ("the two countries") is suspected
    # named as a side: not a group word, a pronoun or a phrase of topic ("centering around Western Sahara")
    named = set(_states(a for s_, _e, a in ctx.actors if not a.is_group and a.form != "pronoun"
                        and not _topic(ctx, s_)))
    odd = (set(pair) - set(main_dyad)).pop()
    other = (set(main_dyad) - set(pair)).pop()
    if odd not in named and other in named:
        return (main_dyad[0], main_dyad[1])
    return pair


def _anaphoric(toks, m) -> bool:
    """Is the statement's noun pointed back to ("the strain in this relationship", "that dispute")?"""
    for i in range(max(0, m.start - 1), m.end):
        if toks[i].norm in ("this", "that", "these", "those") and i + 1 < len(toks) \
                and toks[i + 1].norm in _REL_NOUNS | _QUARREL_NOUNS:
            return True
    return False


_OBSERVE = frozenset("""watch watches watched watching welcome welcomes welcomed welcoming hail hails hailed hailing
praise praises praised praising applaud applauds applauded applauding noted monitor monitors monitored monitoring
celebrate celebrates celebrated celebrating observe observes observed observing eyes eyed eyeing""".split())


def _observed(ctx: SentenceContext, m) -> bool:
    """Is the statement's noun the object of a verb of watching or welcoming whose subject is an
    onlooker ("Washington welcomed the thaw", "has watched the rapprochement closely"), with no side
    named right after it ("between A and B", "with X")?"""
    toks = ctx.toks
    in_actor = {k for s, e, _a in ctx.actors for k in range(s, e)}
    if any(k in in_actor for k in range(m.start, m.end)):
        return False        # "praised comments about improving Russia-China trade ties": the pair is named
    i = m.start - 1
    while i >= 0 and i >= m.start - 4 and toks[i].norm not in _OBSERVE:
        if not toks[i].norm.isalpha() or i in in_actor:
            return False    # "welcomed Japan and China's thaw": the sides are named
        i -= 1
    if i < 0 or toks[i].norm not in _OBSERVE:
        return False
    stop = next((k for k in range(m.end, min(len(toks), m.end + 4)) if not toks[k].norm.isalnum()), m.end + 4)
    return not any(m.end <= s < stop for s, _e, a in ctx.actors if not a.location) and \
        not any(toks[k].norm in ("between", "with") for k in range(m.start, min(len(toks), m.end + 2)))


_QUARREL_NOUNS = frozenset({"dispute", "row", "spat", "rift", "feud", "standoff", "stand-off", "quarrel", "crisis",
                            "strain", "tension", "tensions", "rivalry", "hostility", "conflict", "thaw",
                            "rapprochement"})


_REL_NOUNS = frozenset({"relations", "relation", "ties", "relationship", "relationships"})
_NONSTATE_FORMS = frozenset({"group_org", "org"})
# nouns two statements may share: "improve their strained relationship", "ended a seven-year rift"
_SHARED_NOUNS = _REL_NOUNS | {"rift", "rifts", "dispute", "disputes", "row", "rows", "spat", "spats", "feud", "feuds",
                              "standoff", "stand-off", "hostility", "hostilities", "enmity", "animosity", "wrangles",
                              "quarrel", "quarrels", "freeze", "estrangement"}


def _infinitive(toks, cl: list[int], start: int) -> bool:
    """True when the words at ``start`` are governed by a "to" earlier in the clause ("asked Qatar
    to shut down Al Jazeera, cut ties with Iran and ..."), not by a finite verb."""
    for i in range(start - 1, max(-1, start - 16), -1):
        if cl[i] != cl[start]:
            return False
        w = toks[i].norm
        if w == "to" and not (i and toks[i - 1].norm in ("according", "due", "owing", "thanks", "close", "next")):
            # "has decided to cut diplomatic relations", "its decision to break off ties": the
            # subject's own step, not a demand on someone else
            return not any(toks[k].norm in _DECIDE for k in range(max(0, i - 2), i))
        if w in ("has", "have", "had", "was", "were", "is", "are", "did", "will", "would"):
            return False
    return False


_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "our", "this", "these", "those",
                          "bilateral", "'s", "both", "two"})


def _generic(toks, m) -> bool:
    """A quarrel or tie named in general, not as a pair's: a bare plural with no determiner and no
    "with/between" after it ("agree that territorial disputes should be resolved", "close personal
    relations between the two leaders" is the leaders', not the states')."""
    if any(toks[i].norm == "personal" for i in range(m.start, m.end)):
        return True
    w = toks[m.head].norm
    if m.pattern.code.split(":", 1)[1] not in ("dispute", "rift", "rivalry") or not w.endswith("s") \
            or w.endswith(("ss", "ous")) or w in ("tensions", "hostilities"):
        return False
    before = [toks[i].norm for i in range(max(0, m.start - 3), m.head)]
    if any(b in _COPULA for b in before):
        return False    # "remained bitter enemies": said of the subject pair
    after = [toks[i].norm for i in range(m.end, min(len(toks), m.end + 2))]
    return not any(w in _DETERMINERS for w in before) and not any(w in ("with", "between") for w in after)


def _owned_relations(ctx: SentenceContext, m, cl: list[int]) -> list[tuple[str, str]]:
    """The pairs of "A's relations with B (and C)" earlier in the statement's clause, which a later trouble is
    said of ("Delhi's relations with China and Pakistan continue to be dogged by border disputes"); [] otherwise."""
    toks = ctx.toks
    for r in range(m.start - 1, 0, -1):
        if cl[r] != cl[m.start] or toks[r].norm in (",", ";", ":"):
            return []   # "relations with Iran, regional adversary of the Gulf states": an apposition
        if toks[r].norm not in _REL_NOUNS or r + 2 >= len(toks) or toks[r + 1].norm != "with":
            continue
        poss = [a for s, e, a in ctx.actors if e <= r and r - e <= 2 and a.possessive]
        owner = _states(poss[-1:], capitals=True)
        sides = [st for a in _coordinated_after(ctx, r + 2) for st in _members(a) if st not in owner]
        return _pairs(owner[:1], list(dict.fromkeys(sides))[:3]) if owner and sides else []
    return []


_ASIDE_OPENERS = frozenset({"while", "whereas", "although", "though", "unlike"})


def _aside_states(ctx: SentenceContext, before: int) -> set[str]:
    """The states named in a contrastive clause that opens the sentence and closes with a comma before ``before``
    ("While Delhi's relations with China and Pakistan ..., the ratification ..."); empty when there is none."""
    toks = ctx.toks
    if not toks or toks[0].norm not in _ASIDE_OPENERS:
        return set()
    comma = next((i for i in range(1, min(before, len(toks))) if toks[i].norm == ","), None)
    if comma is None:
        return set()
    return set(_states(a for s, e, a in ctx.actors if s < comma and not a.is_group))


def _pair_before(ctx: SentenceContext, start: int) -> tuple[str, str] | None:
    """The two states right before ``start`` (over at most one word): "the India-Pakistan rivalry",
    "the Japan-South Korea dispute", "Sino-Japanese relations"; None when there are not exactly two
    or a comma, "and" or a preposition stands between them."""
    for gap in (0, 1):
        e0 = start - gap
        if not any(e == e0 and not a.location and a.form != "pronoun" for _s, e, a in ctx.actors):
            continue
        near = [(s, a) for s, e, a in ctx.actors if e0 - 4 <= s < e0 and e <= e0 and not a.location
                and a.form != "pronoun"]
        sts = _states(a for _s, a in near)
        if len(sts) == 2 and not any(ctx.toks[i].norm in (",", "and", "with", "between", "of", "to")
                                     for i in range(near[0][0], e0)):
            return (sts[0], sts[1])
    return None


_GAP_VERBS = frozenset({"could", "would", "may", "might", "will", "can", "should", "must", "has", "have", "had",
                        "is", "are", "was", "were", "to", "that", "which", "who", "did", "does", "do"})


def _gap_has_verb(toks, m) -> bool:
    """True when a word the pattern stepped over is a modal, an auxiliary or a clause word: the verb
    at the start then does not govern the relations at the end ("renewed fighting could damage ties")."""
    lits = set(m.lit_positions)
    return any(toks[i].norm in _GAP_VERBS for i in range(m.start + 1, m.end) if i not in lits)


_GAP_MODALS = frozenset({"can", "could", "should", "would", "will", "may", "might", "must", "to", "if", "not", "never",
                         "yet", "shall"})


def _gap_has_modal(toks, m) -> bool:
    """True when a word the pattern stepped over is a modal, "to", "if" or a negator: the end it names is only
    possible, wished or denied ("the dispute can be resolved", "the rift has not healed")."""
    lits = set(m.lit_positions)
    return any(toks[i].norm in _GAP_MODALS for i in range(m.start + 1, m.end) if i not in lits)


_COPULA = frozenset({"are", "were", "remain", "remained", "remains", "been", "became", "become", "be"})
_AUX = frozenset({"has", "have", "had", "been", "be", "is", "are", "was", "were", "will", "would", "could", "may",
                  "might", "further", "also", "again", "since", "then", "only", "now", "already", "steadily", "begun",
                  "began", "started", "continued", "to", "seem", "seemed", "appear", "appeared", "not", "long",
                  "still", "often", "always"})


def _party_subject(ctx: SentenceContext, start: int) -> bool:
    """Is the subject just before the verb at ``start`` the relations or the parties themselves
    ("ties have soured", "they have soured again", "Tokyo and Seoul's relations ... worsened")?"""
    toks = ctx.toks
    if toks[start].norm == "there":
        return True     # "there are no such relations between Tokyo and Pyongyang"
    j = start - 1
    while j >= 0 and (toks[j].norm in _AUX or toks[j].norm.endswith("ly")):
        j -= 1
    if j < 0:
        return False
    if toks[j].norm in _REL_NOUNS or toks[j].norm in ("they", "both", "two", "there", "themselves"):
        return True
    if toks[j].norm == "," and j >= 2:
        # "Seoul and Tokyo, both U.S. allies, have feuded": over an apposition between commas
        k = next((x for x in range(j - 1, max(-1, j - 9), -1) if toks[x].norm == ","), None)
        if k is not None and any(e == k and not a.location and _members(a) for _s, e, a in ctx.actors):
            return True
    if toks[j].norm in ("but", "and") and j + 1 < start and toks[j + 1].norm in _AUX \
            and any(t.norm in _REL_NOUNS for t in toks[:j]):
        return True     # "Ties began to improve in 2020, but have soured again": the ties, said once
    return any(e - 1 == j and not a.location and _members(a) for _s, e, a in ctx.actors)


_REL_MODIFIERS = frozenset({"the", "their", "its", "our", "his", "her", "bilateral", "diplomatic", "economic",
                            "trade", "political", "military", "security", "defence", "defense", "cultural",
                            "strategic", "official", "formal", "full", "overall", "commercial", "two-way"})
_PREPS = frozenset({"in", "of", "on", "to", "for", "into", "about", "over", "with", "from", "at", "by"})


def _relations_subject(toks, cl: list[int], m, actors=()) -> bool:
    """A statement that opens with the relations noun ("relations between A and B have soured") needs
    that noun as the subject of its verb: not after a preposition ("the crisis in relations ...
    deepened") and in the verb's own clause ("relations ... were discussed, while the economy declined")."""
    k = m.start - 1
    while k >= 0 and toks[k].norm in _REL_MODIFIERS:
        k -= 1      # "development of bilateral relations": over the noun's modifiers
    if k >= 0 and toks[k].norm in _PREPS:
        return False
    if toks[m.head].norm.endswith("ing") and m.head + 1 < len(toks) and toks[m.head + 1].norm == "of":
        return False    # "relations, ... and deepening of cooperation": a noun, not the relations' verb
    if cl[m.start] == cl[m.head]:
        return True
    # "tense relations with Russia, which have deteriorated": a relative clause on the relations
    if any(toks[i].norm in ("which", "that") and cl[i] == cl[m.head] for i in range(m.start + 1, m.head)):
        return True
    # "Ties have since been restored": the clause finder split at a word like "since", but no
    # comma or conjunction stands between the relations and their verb
    words = [toks[i].norm for i in range(m.start + 1, m.head) if not any(s <= i < e for s, e, _a in actors)]
    return not any(w in _BREAKS for w in words) and words.count(",") % 2 == 0


_BREAKS = frozenset({";", "while", "whereas", "but", "when", "after", "because", "though", "although", "if",
                     "unless", "before", "until", "so"})


_NEGATORS = frozenset({"not", "never", "no", "nor", "neither", "without"})


def _negated(toks, cl: list[int], m) -> bool:
    """True when a negator governs the trigger in its clause ("would not restore ties", "relations
    have not improved", "without damaging ties"): the statement says the change did not happen."""
    head = m.head
    for i in range(head - 1, max(-1, min(m.start, head) - 4), -1):
        if cl[i] != cl[head] or toks[i].norm in (",", ";", ":", "but", "and"):
            return False
        w = toks[i].norm
        if w in ("failed", "fail", "fails", "failing"):
            if i + 1 < len(toks) and toks[i + 1].norm == "to":
                return True     # "failed to mend ties"; "failed talks deepened the rift" stands
            continue
        if w in _NEGATORS:
            if w == "never" and toks[head].norm in ("worse", "better", "stronger", "closer", "warmer", "colder"):
                return False    # "relations have never been worse": at their worst, not denied
            return not (i + 1 < len(toks) and toks[i + 1].norm in ("only", "least", "longer"))
    return False


_DENY = frozenset({"deny", "denies", "denied", "denying", "dismiss", "dismisses", "dismissed", "dismissing", "reject",
                   "rejects", "rejected", "rejecting", "refute", "refutes", "refuted", "refuting", "denial", "denials"})
_CLAIMS = frozenset({"claims", "claim", "reports", "report", "suggestions", "suggestion", "speculation", "allegations",
                     "talk", "notion", "idea", "assertions", "rumours", "rumors", "any", "the"})


def _denied(toks, m) -> bool:
    """Is the statement the content of a denial ("denied that relations with China had deteriorated", "dismissed
    reports of a rift with Riyadh", "rejected suggestions that ties were strained")?"""
    for i in range(m.start - 1, max(-1, m.start - 12), -1):
        w = toks[i].norm
        if w in (";", ":", ".", "but", "while", "although"):
            return False
        if w in ("that", "of") or i == m.start - 1:
            k = i - 1 if w in ("that", "of") else i
            while k >= 0 and toks[k].norm in _CLAIMS and k >= i - 3:
                k -= 1
            if k >= 0 and toks[k].norm in _DENY:
                return True
    return False


_AVOID = frozenset({"avoid", "avoids", "avoided", "avoiding", "avert", "averts", "averted", "averting", "prevent",
                    "prevents", "prevented", "preventing", "forestall", "forestalled"})


def _avoided(toks, cl: list[int], m) -> bool:
    """True when a verb of avoiding governs the trigger ("keen to avoid a rift with Moscow", "to avert a
    crisis in relations"), unless the trouble goes on ("to prevent a further deterioration")."""
    lo = min(m.start, m.head)
    for i in range(lo - 1, max(-1, lo - 5), -1):
        w = toks[i].norm
        if cl[i] != cl[lo] or w in (",", ";", ":"):
            return False
        if w in _ALREADY:
            return False
        if w in _AVOID:
            return True
    return False


_MODALS = frozenset({"could", "might", "may"})
_CONDITIONAL = frozenset({"if", "unless", "should"})
_ALREADY = frozenset({"further", "already", "again", "even", "more"})


def _hypothetical(toks, cl: list[int], m) -> bool:
    """True when the statement is only possible or conditional: "could strain ties with Egypt",
    "might damage relations", "if it annexes the valley, it would harm relations". A change that
    goes on ("could deteriorate further", "risks further increasing tensions") is about relations
    that already suffer, and a warning of "serious consequences" stands."""
    head = m.head
    lo = min(m.start, head)
    if any(toks[i].norm in _ALREADY for i in range(lo, min(len(toks), m.end + 2))):
        return False
    for i in range(m.end, min(len(toks) - 1, m.end + 8)):
        if toks[i].norm in (",", ";", ":", "."):
            break
        if toks[i].norm in _MODALS and toks[i + 1].norm in _ARISE:
            return True     # "a new crisis between Serbia and Kosovo could erupt"
    modal = None
    # a standing quarrel named as a noun is not made possible by a modal on another verb ("a deal
    # that, if ratified, will resolve a decades-old dispute"): nominal rows look only two words back
    reach = 5 if "V" in m.pattern.flags or toks[m.start].norm in _REL_NOUNS else 2
    for i in range(head - 1, max(-1, lo - reach), -1):
        w = toks[i].norm
        if w in (",", ";", ":", "that", "which", "and", "but"):
            break
        if w in _ALREADY:
            return False
        if w in _MODALS or w in ("would", "will"):
            modal = i
            break
    if modal is None:
        return False
    if toks[modal].norm in _MODALS:
        return True
    # "would"/"will": hypothetical only under an if/unless in the sentence before it
    return any(toks[i].norm in _CONDITIONAL for i in range(0, modal))


_ARISE = frozenset({"erupt", "break", "emerge", "arise", "develop", "ensue", "follow", "flare", "escalate", "spiral",
                    "result", "occur"})


_PAIR_NOUNS = frozenset({"neighbours", "neighbors", "rivals", "countries", "nations", "foes", "adversaries",
                         "powers", "capitals", "governments", "sides", "enemies", "arch-rivals", "archrivals"})


def _pair_phrase(toks, end: int) -> bool:
    """True when the words before ``end`` hold "the|both (two) <adjectives> neighbours|rivals|countries
    ..." (a pair of states named by a group noun that the actor finder left unresolved)."""
    for i in range(min(end, len(toks))):
        if toks[i].norm not in ("the", "both"):
            continue
        for j in range(i + 1, min(end, len(toks), i + 5)):
            w = toks[j].norm
            if w in _PAIR_NOUNS:
                return toks[i].norm == "both" or "two" in [t.norm for t in toks[i + 1:j]] \
                    or any("-" in t.norm or t.norm.endswith(("ed", "ing")) for t in toks[i + 1:j]) \
                    or w in ("neighbours", "neighbors", "rivals", "foes", "adversaries", "enemies", "arch-rivals",
                             "archrivals")
            if not (w.isalpha() or "-" in w) or w in ("and", "of", "or", "in", "with"):
                break
    return False


_DECIDE = frozenset({"decided", "decide", "decides", "deciding", "decision", "voted", "votes", "resolved", "chose",
                     "opted", "moved", "moves"})


_CALL = frozenset("""call calls called calling urge urges urged urging appeal appeals appealed appealing importance
need needs needed must should ask asks asked asking demand demands demanded demanding press presses pressed
pressing encourage encourages encouraged encouraging hope hopes hoped hoping wish wishes wished want wants
wanted seek seeks sought seeking bid effort efforts try tries tried trying attempt attempts aim aims aimed
aiming""".split())


def _called_for(toks, cl: list[int], start: int) -> bool:
    """True when a call, appeal or need governs the trigger ("called for improved ties with
    Algeria", "calling to defuse rising tensions"): a wish, not the state of relations."""
    for i in range(start - 1, max(-1, start - 7), -1):
        if cl[i] != cl[start] or toks[i].norm in (".", ";", ":"):
            return False
        if toks[i].norm in _CALL or toks[i].norm == "time" and toks[i + 1].norm == "to":
            return True     # "it is time to move towards full normalization of relations": a call
    return False


_LIFT = frozenset({"lift", "lifts", "lifted", "lifting", "end", "ends", "ended", "ending", "ease", "eased", "easing",
                   "eases", "remove", "removed", "removing", "scrap", "scrapped", "scrapping", "drop", "dropped",
                   "dropping", "suspend", "suspended", "relax", "relaxed"})


def _lifted(toks, cl: list[int], start: int) -> bool:
    """True when a verb of ending governs the trigger in its clause ("to lift a decades-old arms
    embargo", "ending the blockade")."""
    for i in range(start - 1, max(-1, start - 6), -1):
        if cl[i] != cl[start]:
            return False
        if toks[i].norm in _LIFT:
            return True
    return False


def trend_time(ctx: SentenceContext, head: int, cl: list[int]) -> str | None:
    """The time of a trend statement: the temporal expression of its clause, else the
    publication day (a statement about now)."""
    best = None
    for s, e, tx in ctx.timexes:
        if getattr(tx, "edtf", None) and cl[s] == cl[head] and (best is None or abs(s - head) < abs(best[0] - head)):
            best = (s, tx.edtf, e)
    if best is not None:
        return best[1]
    return ctx.published.isoformat() if ctx.published else None


_SCOPE_STOP = frozenset({",", '"', "“", "”", ";", ":", "after", "because", "when", "as", "since", "while",
                         "following", "although", "though", "before", "until", "amid", "whereas", "over", "despite",
                         "spite"})


def _scope_end(toks, start: int) -> int:
    """The end of the statement's own phrase: the first comma, quote or subordinating word after
    ``start`` (the rest is its cause, its time or an aside)."""
    for i in range(start, len(toks)):
        if toks[i].norm in _SCOPE_STOP:
            return i
    return len(toks)


def _coordinated_after(ctx: SentenceContext, i: int) -> list:
    """The actors coordinated from token ``i`` on: "the European Union (EU) and the U.S."."""
    toks = ctx.toks
    out = []
    j = i
    by_start = {s: (e, a) for s, e, a in ctx.actors}
    while j < len(toks):
        if toks[j].norm == "the" and j not in by_start:
            j += 1
            continue
        if j not in by_start:
            break
        e, a = by_start[j]
        out.append(a)
        j = e
        if j < len(toks) and toks[j].norm == "(":      # "(EU)"
            close = next((x for x in range(j, min(len(toks), j + 5)) if toks[x].norm == ")"), None)
            if close is None:
                break
            j = close + 1
        if j < len(toks) and toks[j].norm in ("and", ",", "&"):
            j += 1
            continue
        break
    return out


def _actor_soon(ctx: SentenceContext, i: int) -> bool:
    """False when the words from token ``i`` name many partners and no actor ("closer relations with
    Western neighbours", "ties with Gulf states"); true otherwise ("ties with neighbouring Kenya",
    "relations with the neighbouring country")."""
    starts = {s for s, _e, _a in ctx.actors}
    for j in range(i, min(len(ctx.toks), i + 4)):
        if j in starts:
            return True
        w = ctx.toks[j].norm
        if w in _MANY and not any(t.norm in ("two", "both") for t in ctx.toks[i:j]) or w in _NONSTATE_NOUNS:
            return False    # "relations with donors have cooled": no state on the other side
        if _people_plural(ctx.toks[j]) and w not in _PAIR_WORDS:
            return False    # "expanded ties with suppliers in Vietnam": people or firms, no state
        if w in _SCOPE_STOP or w in (".", "in", "to", "and", "on", "for"):
            return True
    return True


_INCLUDING = frozenset({"including", "notably", "especially", "particularly", "like"})


def _named_members(ctx: SentenceContext, i: int) -> list[str]:
    """The states named as members of a many-party side from token ``i`` on ("an array of nations, including European
    allies like Germany", "its neighbours, notably Kenya and Uganda"): those coordinated after "including|notably|
    especially|particularly|like" (or "such as") in the same phrase; [] when there is none."""
    toks = ctx.toks
    for j in range(i, min(len(toks) - 1, i + 10)):
        w = toks[j].norm
        if w in (";", ":", ".") or w in _SCOPE_STOP and w != ",":
            return []
        if w in _INCLUDING or w == "such" and toks[j + 1].norm == "as":
            k = j + 1 + (w == "such")
            for k2 in range(k, min(len(toks), k + 5)):
                got = _coordinated_after(ctx, k2)
                if got:
                    return list(dict.fromkeys(st for a in got for st in _members(a)))
                if not (toks[k2].norm.isalpha() or "-" in toks[k2].norm):
                    break
            return []
    return []


def _people_plural(tok: Tok) -> bool:
    """Is the token a lower-case plural common noun ("suppliers", "businesses", "exporters")?"""
    w = tok.norm
    return tok.text[:1].islower() and w.isalpha() and len(w) > 4 and w.endswith("s") \
        and not w.endswith(("ss", "ous", "is", "us")) and w not in _DETERMINERS


_MANY = frozenset({"neighbours", "neighbors", "countries", "nations", "states", "partners", "allies", "powers",
                   "governments", "members", "economies"})


def _capital_party(toks, s: int, a) -> bool:
    """'a hostile stance towards Moscow', 'tensions with Beijing', 'moved closer to Washington': a capital
    read as a place after a preposition of direction is the other side of a relation."""
    return a.form in ("capital", "seat") and s > 0 and toks[s - 1].norm in ("toward", "towards", "with", "against",
                                                                          "to")


def _members(a) -> list[str]:
    return [s for s in a.states if s] if not a.location else []


def _pairs(side_a: list[str], side_b: list[str]) -> list[tuple[str, str]]:
    return [(x, y) for x in side_a for y in side_b if x != y]


def _dyads(ctx: SentenceContext, m, cl, actor_at, main_dyad: tuple[str, ...] = ()) -> list[tuple[str, str]] | None:
    """The dyad(s) a trend statement is about: [] when the sentence does not say, None when it
    names a side that is not a state ("isolation from the West")."""
    toks = ctx.toks
    h = m.head
    # an actor slot in the pattern ("the embargo on Qatar") is one side
    if m.actor_positions:
        _e, tgt = actor_at[m.actor_positions[0]]
        tside = _members(tgt)
        if not tside:
            return None
        pre = [a for s, e, a in ctx.actors if s < m.start and e <= m.start and m.start - e <= 2]
        src = _members(pre[-1]) if pre else []
        if not src:
            src = _states(_subject(ctx, h, cl, actor_at))
        if not src:
            return []
        return _pairs(src, tside)
    if "paironly" in m.pattern.flags:
        pair = _pair_before(ctx, m.start)
        return [pair] if pair else []
    if _internal(ctx, m):
        return None     # "tensions in Lebanon rose", "the crisis in Venezuela": trouble inside one state
    if _nonstate_side(ctx, m):
        return None     # "at war with the RSF", "a dispute with Airbus", "bad blood between the two clubs"
    # between A and B, right after the trigger (or after the relations noun that is the verb's subject)
    rel = _subject_relations(toks, cl, m) if "subjrel" in m.pattern.flags else m.start
    lo = rel + 1 if rel < m.start and toks[rel + 1].norm == "between" else m.start
    for i in range(lo, min(len(toks), m.end + 3)):
        if toks[i].norm == "between":
            stop = _scope_end(toks, i + 1)
            got = [a for s, e, a in ctx.actors if i < s <= i + 14 and s < stop and not a.location
                   and not _topic(ctx, s) and not (e < len(toks) and toks[e].norm in _PAIR_WORDS)]
            noun = _plural_pair_after(toks, i + 1, stop)
            if noun and not any(i < s < noun for s, _e, a in ctx.actors if not a.location):
                got = []    # "the rapprochement between the two Asian nations could widen a rift with the US"
            if not got and noun:
                # "tensions between the US allies", "between the two Asian neighbours": the pair is named by a
                # group noun (its modifier state is none of the two); the article's pair
                mod = set(_states(a for s, e, a in ctx.actors if i < s < noun))
                return [(main_dyad[0], main_dyad[1])] if len(main_dyad) == 2 and not mod & set(main_dyad) \
                    or len(main_dyad) == 2 and set(main_dyad) <= mod else []
            if got and got[0].is_group and len(_members(got[0])) >= 2:
                sts = _members(got[0])
                if len(main_dyad) == 2 and set(sts) != set(main_dyad) and set(sts) <= _aside_states(ctx, m.start):
                    # "While Delhi's relations with China and Pakistan are dogged by disputes, the deal removes a thorn
                    # that has troubled relations between the two countries": the pair of the aside is not meant
                    return [(main_dyad[0], main_dyad[1])]
                own = set(_states(a for a in _subject(ctx, h, cl) if not a.is_group))
                if len(sts) == 2 and own & set(sts) and len(main_dyad) == 2 and not own & set(main_dyad):
                    # "Qatar had acted as a go-between, facilitating the reconciliation between the countries": the
                    # go-between is none of "the countries" a group word was read as; the article's pair
                    return [(main_dyad[0], main_dyad[1])]
                return [(sts[0], sts[1])] if len(sts) == 2 else []
            one_many = _one_and_list(ctx, i)
            if one_many:
                return one_many
            sts = _states(got[:3])
            if len(sts) >= 2:
                return [(sts[0], sts[1])]
    # "A's relations with B", "its relationships with the European Union (EU) and the U.S."
    for i in range(rel if rel < m.start and toks[rel + 1].norm == "with" else max(0, m.start - 1),
                   min(len(toks), m.end + 2)):
        if toks[i].norm in ("relations", "ties", "relationship", "relationships") and i + 2 < len(toks) \
                and toks[i + 1].norm == "with":
            poss = [a for s, e, a in ctx.actors if e <= i and i - e <= 2 and a.possessive]
            withs = _coordinated_after(ctx, i + 2)
            sides = [st for a in withs for st in _members(a)]
            if withs and not sides:
                return None
            if not withs and not _actor_soon(ctx, i + 2):
                named = _named_members(ctx, i + 2)
                if poss and named:
                    # "aggravating Washington's ties with an array of nations, including European allies like Germany"
                    return _pairs(_members(poss[-1]), named)[:4] or None
                return None     # "closer relations with Western neighbours": the other side is no state
            if poss and sides:
                return _pairs(_members(poss[-1]), list(dict.fromkeys(sides)))[:4] or []
            if sides and h > i + 2 and not _SUBJ_FREE.intersection(t.norm for t in toks[m.start:h]):
                # "as relations with China flourish": the relations noun opens the statement, the owner is
                # the subject of the verb that follows (the clause's subject), the side is after "with"
                owner = _states(_subject(ctx, h, cl, actor_at))
                owner = [x for x in owner if x not in sides]
                if owner:
                    return _pairs(owner[:1], list(dict.fromkeys(sides))[:1])
    # "Rabat's normalization with Israel", "Turkey's rapprochement with Egypt": the possessor and the side after "with"
    if toks[m.end - 1].norm == "with":
        poss = [a for s, e, a in ctx.actors if m.start - 2 <= e <= m.start and a.possessive and _members(a)]
        withs = _coordinated_after(ctx, m.end) or _coordinated_after(ctx, m.end + 1)
        sides = [st for a in withs for st in _members(a)]
        if poss and sides:
            return _pairs(_members(poss[-1]), list(dict.fromkeys(sides)))[:4] or []
    # "improving Russia-China trade ties": a pair inside the matched words
    inside = _states([a for s, e, a in ctx.actors if m.start < s and e <= m.end and not a.location
                      and a.form != "pronoun" and toks[s].norm not in ("their", "its", "our")])
    if len(inside) == 2:
        return [(inside[0], inside[1])]
    # "the Kenya-Somalia maritime dispute": a pair right before the statement, whatever its kind
    pair = _pair_before(ctx, m.start)
    if pair:
        return [pair]
    # A-B relations: a hyphenated pair just before the trigger, or "A and B relations"
    pre = _pair_modifier(ctx, m.start)
    if len(pre) >= 2 and m.pattern.code.split(":")[1] in ("decline", "strained", "tensions", "warming",
                                                          "broken", "improve"):
        return [(pre[-2], pre[-1])]
    owned = _owned_relations(ctx, m, cl)
    if owned:
        return owned
    # subject + object (not from a clause the statement is only the cause or the aside of: "The
    # diplomatic row began on May 8 after X opened a road ... on the border with China")
    end = _scope_end(toks, m.end)
    subj_actors = _adjunct_owner(ctx, m, cl) or _apposed_subject(ctx, h, cl) or _subject(ctx, h, cl, actor_at)
    if m.end < len(toks) and toks[m.end].norm == "to" and toks[m.end - 1].norm in _REL_NOUNS \
            and all(a.form in _NONSTATE_FORMS for a in subj_actors):
        # "the company, which has close ties to the Chinese government", "Hezbollah, which has close ties
        # to Iran": an affiliation, not the relations of two states (those have ties "with" each other)
        return None
    subj = _states(subj_actors)
    if not subj:
        first_clause = [a for s, e, a in ctx.actors if cl[s] == 0 and not a.location and s < end]
        subj = _states(first_clause[:1])
    after_actors = [a for s, e, a in ctx.actors if h < s < end and cl[s] == cl[h]
                    and (not a.location or _capital_party(toks, s, a)) and not _topic(ctx, s, m)]
    if toks[m.end - 1].norm in ("with", "between") and not any(
            s == m.end or (s == m.end + 1 and toks[m.end].norm in _DETERMINERS | {"neighbouring", "neighboring"})
            for s, _e, _a in ctx.actors):
        after_actors = []   # "ended a seven-year rift with a deal brokered by China": no side after "with"
    first_after = next(((s, a) for s, e, a in ctx.actors if h < s < end and cl[s] == cl[h]
                        and (not a.location or _capital_party(toks, s, a)) and not _topic(ctx, s, m)), None)
    if first_after and not _members(first_after[1]) and first_after[1].kind in ("org", "group") \
            and first_after[0] - m.end <= 3:
        return None    # "isolation from the West": the other side is not a state (right after the statement)
    obj = [s for s in _states(after_actors, capitals=True) if s not in subj]
    if len(subj) >= 2 and not obj:
        if len(subj) > 2 and m.pattern.code.startswith("positive") and len(subj) <= 4 \
                and all(a.kind == "state" and not a.location and not a.is_group for a in subj_actors):
            # "Iraq, Egypt and Jordan share strong ties": good relations said of a list of states hold for each pair
            return [(x, y) for n, x in enumerate(subj) for y in subj[n + 1:]]
        if len(subj) > 2:
            # "Egypt, Sudan and Ethiopia ... their Nile dispute": which two is not said, unless the
            # article's main pair is among them
            return [(main_dyad[0], main_dyad[1])] if len(main_dyad) == 2 and set(main_dyad) <= set(subj) else []
        return [(subj[0], subj[1])]
    if subj and obj:
        group = subj_actors[0] if len(subj_actors) == 1 and subj_actors[0].is_group else None
        # "close ties with both countries": one statement per member of a group on the other side
        first = after_actors[0] if after_actors else None
        other = [x for x in _members(first) if x not in subj] if first is not None and first.is_group else obj[:1]
        # "Bahrain, Egypt and Saudi Arabia have cut relations with Qatar": each state of a coordinated subject
        many = len(subj_actors) >= 2 and all(a.kind == "state" and not a.location for a in subj_actors)
        return _pairs(subj if group or many else subj[:1], other or obj[:1])
    # group phrases in the sentence
    for s_, _e, a in ctx.actors:
        if a.is_group and len(_members(a)) == 2 and s_ < end:
            return [tuple(_members(a))]
    # "talks between the nuclear-armed neighbours ... after 65 years of hostility": a pair named by a
    # group noun alone is the article's main dyad
    if len(main_dyad) == 2 and set(subj) <= set(main_dyad) and _pair_phrase(toks, end):
        return [(main_dyad[0], main_dyad[1])]
    if toks[m.end - 1].norm in ("with", "between"):
        return []       # "sparked crisis with defence of Houthi rebels": the frame names its side, and it is none
    # the two states of the sentence, leaving out those in a phrase of topic or place ("defence of Iran-backed
    # Houthi rebels", "a dispute over islands near Japan")
    # ... and only from the statement's own clause ("Speaking at a debate with former U.S. Ambassador Speckhard, the
    # Greek leader said that after three years of turbulent bilateral relations ...": no USA)
    sts = _states(a for s, e, a in ctx.actors if s < end and cl[s] == cl[h] and not (s > h and _topic(ctx, s, m)))
    if len(sts) == 2:
        return [(sts[0], sts[1])]
    return []


# prepositions whose phrase is what a quarrel is about or where it happens, not its other side
# ("at odds over Ukraine", "tensions with Japan over the islands near Taiwan", "like the disputes in ...")
_TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning", "on", "in", "inside", "within", "across", "near",
                          "around", "including", "centering", "centred", "centered", "surrounding",
                          "at", "into", "through", "throughout", "like", "during", "of", "by", "via"})


def _topic(ctx: SentenceContext, s: int, m=None) -> bool:
    """Is the actor at ``s`` (after the statement) in a phrase of topic or place ("at odds over Ukraine",
    "a row over migrants in Italy", "like the disputes in ...") rather than the other side ("tensions with
    China", "closer to Russia", "ties with France and Germany")?"""
    from diplograph.ingest.events import _prep_before

    ends = {e: s_ for s_, e, _a in ctx.actors}
    prep = _prep_before(ctx.toks, s, ends)
    if prep in ("on", "against", "of") and s >= 2 and ctx.toks[s - 1].norm in ("on", "against", "of") \
            and ctx.toks[s - 2].norm in _SANCTION_NOUNS:
        return False    # "the blockade on Qatar": the target of the measure is the other side
    if prep == "of" and m is not None and ctx.toks[m.end - 1].norm == "of":
        return False    # "one of the closest allies of the US": the statement's own "of"
    return prep in _TOPIC_PREPS


_INSIDE = frozenset({"in", "inside", "within"})
_TROUBLE = frozenset({"tension", "tensions", "crisis", "crises", "turmoil", "unrest", "strife", "conflict",
                      # a peace made inside one state ("peace and reconciliation in Afghanistan")
                      "reconciliation"})


def _internal(ctx: SentenceContext, m) -> bool:
    """Is the trouble inside one state ("tensions in Lebanon rose", "the crisis in Venezuela", "national
    reconciliation in Afghanistan"): the head noun
    followed by "in|inside|within" and a state, with no "between|with" partner after it?"""
    toks = ctx.toks
    h = m.head
    if toks[h].norm not in _TROUBLE or h + 1 >= len(toks) or toks[h + 1].norm not in _INSIDE:
        return False
    j = h + 2
    while j < len(toks) and toks[j].norm in ("the", "a", "an"):
        j += 1
    hit = next((a for s, _e, a in ctx.actors if s == j), None)
    if hit is None or a_not_state(hit):
        return False
    stop = _scope_end(toks, j)
    return not any(toks[k].norm in ("between", "with") for k in range(j, stop))


def a_not_state(a) -> bool:
    """Is the actor no state (a place, an organisation)?"""
    return a.kind != "state" or a.location


def _pair_modifier(ctx: SentenceContext, start: int) -> list[str]:
    """The states of "A and B relations", "Russia, UK bilateral relations", "Tokyo and Seoul's ties": two actors
    joined by "and", "," or "-" right before ``start``, over relation modifiers only; [] otherwise."""
    toks = ctx.toks
    if start >= len(toks) or toks[start].norm not in _REL_NOUNS and toks[start].norm not in _REL_MODIFIERS:
        return []
    j = start
    while j > 0 and (toks[j - 1].norm in _REL_MODIFIERS or toks[j - 1].norm in ("'s", "'")):
        j -= 1
    ends = {e: (s_, a) for s_, e, a in ctx.actors if not a.location}
    got: list = []
    while j in ends and len(got) < 3:
        s_, a = ends[j]
        got.insert(0, a)
        j = s_
        if j > 0 and toks[j - 1].norm in ("and", ",", "-", "&", "–"):
            j -= 1
        else:
            break
    return _states(got) if len(got) >= 2 else []


# "a China-brokered deal", "Iran-backed rebels", "the U.S.-led coalition": a state inside a hyphenated
# participle is a third party that shaped something, never a side of the statement
_MODIFIER_COMPOUND = re.compile(r".+-(?:[a-z]+ed|led|run|made|born|built|held|sent|won|drawn)$")


def _without_modifiers(ctx: SentenceContext) -> SentenceContext:
    """The sentence with the actors that only modify a noun as part of a hyphenated participle left out."""
    keep = [(s, e, a) for s, e, a in ctx.actors
            if not (e - s == 1 and _MODIFIER_COMPOUND.fullmatch(ctx.toks[s].norm))]
    return ctx if len(keep) == len(ctx.actors) else replace(ctx, actors=keep)


_SUBJ_FREE = frozenset({"between", "and"})
_ADJUNCT_PREPS = frozenset({"amid", "amidst", "despite", "following", "given"})


def _adjunct_owner(ctx: SentenceContext, m, cl: list[int]) -> list:
    """The owner of a statement in a nominal adjunct ("Pakistan's army chief met Chinese officials in Beijing
    amid rising tensions with India"): the clause's subject, not the object just before "amid"; [] when the
    statement is no such adjunct or the clause opens with no actor."""
    from diplograph.ingest.events import _subject_prep_ok

    toks = ctx.toks
    k = m.start - 1
    while k >= 0 and m.start - k <= 4 and toks[k].norm not in _ADJUNCT_PREPS:
        if not toks[k].norm.isalpha() or any(s <= k < e for s, e, _a in ctx.actors):
            return []
        k -= 1
    if k < 0 or toks[k].norm not in _ADJUNCT_PREPS:
        return []
    first = next(((s, a) for s, e, a in ctx.actors if s < k and cl[s] == cl[k] and not a.location
                  and _subject_prep_ok(toks, s)), None)
    if not first or not _members(first[1]):
        return []
    return _coordinated_after(ctx, first[0]) or [first[1]]    # "Venezuela and Colombia ... amid a dispute"


def _subject_relations(toks: list[Tok], cl: list[int], m: Match) -> int:
    """The relations noun, followed by "between" or "with", that opens the verb's clause far before it ("Relations
    between Qatar, on one hand, and Saudi Arabia, the UAE and Bahrain, on the other, worsened", "Uganda's relations
    with its neighbours, notably Kenya and Rwanda, have soured"), else the statement's start."""
    for r in range(m.start - 1, max(-1, m.start - 30), -1):
        if cl[r] != cl[m.start] or toks[r].norm in (";", ":", ".", "but", "while", "whereas"):
            break
        if toks[r].norm in _REL_NOUNS and r + 1 < m.start and toks[r + 1].norm in ("between", "with"):
            k = r - 1
            while k >= 0 and toks[k].norm in _REL_MODIFIERS:
                k -= 1
            j = m.start - 1
            while j > r and (toks[j].norm in _AUX or toks[j].norm.endswith("ly")):
                j -= 1      # "have soured", "have long been": the verb's own auxiliaries
            if any(toks[x].norm in _FINITE for x in range(r + 2, j + 1)):
                return m.start  # "While Japan's relations with China were discussed, the yen declined": another verb
            return r if k < 0 or cl[k] != cl[r] or toks[k].norm not in _PREPS else m.start
    return m.start


_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
                     "should", "must", "did", "does", "do", "said", "says", "say", "told", "which", "who", "that"})


def _one_hand(toks: list[Tok], e: int) -> int:
    """The end of "(,) on (the) one hand (,)" starting at token ``e`` ("between Qatar, on one hand, and ..."), else
    ``e`` itself."""
    k = e + 1 if e < len(toks) and toks[e].norm == "," else e
    words = [t.norm for t in toks[k:k + 4]]
    if words[:3] == ["on", "one", "hand"]:
        k += 3
    elif words[:4] == ["on", "the", "one", "hand"]:
        k += 4
    else:
        return e
    return k + 1 if k < len(toks) and toks[k].norm == "," else k


def _one_and_list(ctx: SentenceContext, i: int) -> list[tuple[str, str]]:
    """"between Israel and the UAE, Bahrain and Morocco", "between Qatar and its neighbours Saudi Arabia, the UAE
    and Bahrain": one state, "and", then a list of three or more (commas): one pair per listed state; [] otherwise
    ("between China, Japan and South Korea" says no single side). "Between Qatar, on one hand, and Saudi Arabia and
    Bahrain, on the other" marks the single side itself: then one state or more on the other side will do."""
    toks = ctx.toks
    by_start = {s: (e, a) for s, e, a in ctx.actors if not a.location}
    j = i + 1
    while j < len(toks) and j not in by_start and toks[j].norm in ("the", "a"):
        j += 1
    if j not in by_start:
        return []
    e, first = by_start[j]
    hand = _one_hand(toks, e)
    if hand > e and len(_members(first)) == 1 and hand < len(toks) and toks[hand].norm == "and":
        other = [a for a in _coordinated_after(ctx, hand + 1) if not a.location]
        a = _members(first)[0]
        return [(a, b) for b in _states(other) if b != a]
    if e >= len(toks) or toks[e].norm != "and":
        return []
    rest = []
    k = e + 1
    commas = 0
    while k < len(toks) and k - e < 16:
        w = toks[k].norm
        if k in by_start:
            rest.append(by_start[k][1])
            k = by_start[k][0]
            continue
        if w == ",":
            commas += 1
        elif w not in ("and", "the", "its", "their", "gulf", "arab", "neighbours", "neighbors", "allies", "partners",
                       "fellow"):
            break
        k += 1
    if commas < 1 or len(rest) < 3 or len(_members(first)) != 1:
        return []
    a = _members(first)[0]
    return [(a, b) for b in _states(rest) if b != a]


def _apposed_subject(ctx: SentenceContext, h: int, cl: list[int]) -> list:
    """The subject before an apposition ("Seoul and Tokyo, both U.S. allies, have feuded"): when the verb at ``h``
    follows (over auxiliaries) a comma that closes a phrase opened by a comma right after a state, that state
    and its conjuncts; [] otherwise."""
    toks = ctx.toks
    j = h - 1
    while j >= 0 and (toks[j].norm in _AUX or toks[j].norm.endswith("ly")):
        j -= 1
    if j < 2 or toks[j].norm != ",":
        return []
    k = next((x for x in range(j - 1, max(-1, j - 9), -1) if toks[x].norm == ","), None)
    if k is None or not any(e == k and not a.location and _members(a) for _s, e, a in ctx.actors):
        return []
    return _subject(ctx, k, cl)


_PAIR_WORDS = _PAIR_NOUNS | {"allies", "partners", "neighbors", "giants", "economies", "democracies"}


def _plural_pair_after(toks, j: int, stop: int) -> int:
    """Do the words from ``j`` form "the|both|these (two) <modifiers> <pair noun>" ("the US allies", "the two
    nuclear-armed neighbours")? The position of the pair noun, else 0."""
    k = j
    if k < stop and toks[k].norm in ("the", "both", "these", "two"):
        k += 1
    while k < stop and k - j < 6:
        if toks[k].norm in _PAIR_WORDS:
            return k
        if not (toks[k].norm.isalpha() or "-" in toks[k].norm or toks[k].norm in (".", "'s")):
            return 0
        k += 1
    return 0


_SANCTION_NOUNS = frozenset({"blockade", "blockades", "embargo", "embargoes", "boycott", "boycotts", "sanctions",
                             "isolation", "siege"})
_UNDO = frozenset("""reject rejects rejected rejecting undermine undermines undermined undermining betray betrays
betrayed betraying sabotage sabotages sabotaged sabotaging wreck wrecks wrecked wrecking jeopardize jeopardizes
jeopardized jeopardizing jeopardise jeopardises jeopardised jeopardising torpedo torpedoes torpedoed torpedoing
derail derails derailed derailing destroy destroys destroyed destroying spoil spoils spoiled spoiling ruin ruins
ruined ruining threaten threatens threatened threatening endanger endangers endangered endangering""".split())


def _undone(toks, cl: list[int], m) -> bool:
    """Is a good state the object of a verb that undoes it ("has repeatedly rejected the long-standing friendly
    ties", "accused him of undermining the thaw")? That is damage, not the good state."""
    for i in range(m.start - 1, max(-1, m.start - 6), -1):
        if cl[i] != cl[m.start] or toks[i].norm in (",", ";", ":", ".", "and", "but"):
            return False
        if toks[i].norm in _UNDO:
            return True
    return False


def _pair_subject(ctx: SentenceContext, m, cl: list[int]) -> bool:
    """Is the clause's subject itself the pair: two states or more coordinated, or a group word of states ("Japan
    and South Korea remain divided", "the two Koreas have long been divided")?"""
    subj = _apposed_subject(ctx, m.head, cl) or _subject(ctx, m.head, cl)
    return len(_states(subj)) >= 2 and not any(a.location for a in subj)


_NONSTATE_NOUNS = frozenset({"clubs", "teams", "parties", "factions", "families", "firms", "companies", "communities",
                             "groups", "rebels", "militias", "gangs", "tribes", "clans", "sects", "brothers", "players",
                             "men", "women", "fans", "unions", "banks", "airlines", "carriers", "candidates", "camps",
                             "owners", "coaches", "stars", "brands", "networks", "churches", "newspapers", "refugees",
                             "migrants", "immigrants", "foreigners", "protesters", "protestors", "minorities", "journalists",
                             "donors", "investors", "creditors", "lenders", "farmers", "herders", "workers", "students"})


def _nonstate_side(ctx: SentenceContext, m) -> bool:
    """Does the statement name its other side right after "with|between", and is that side no state: a capitalised
    name no actor covers ("at war with the RSF", "a dispute with Airbus") or a plural noun of non-state parties
    ("bad blood between the two clubs")?"""
    toks = ctx.toks
    starts = {s for s, _e, _a in ctx.actors}
    for i in (m.end - 1, m.end):
        if not (0 <= i < len(toks)) or toks[i].norm not in ("with", "between", "toward", "towards", "against"):
            continue
        if i + 1 in starts:
            return False    # "between the two Koreas": an actor that opens with its determiner
        j = i + 1
        while j < len(toks) and toks[j].norm in ("the", "a", "an", "its", "their", "two", "both"):
            j += 1
        if j >= len(toks) or j in starts:
            return False
        k = j
        while k < len(toks) and k - j < 4 and toks[k].norm.isalpha() and toks[k].norm not in _NONSTATE_NOUNS \
                and toks[k].norm not in _PAIR_WORDS and toks[k].norm not in ("and", "over", "in", "on", "for"):
            k += 1
        if k < len(toks) and toks[k].norm in _NONSTATE_NOUNS:
            return True
        if k < len(toks) and toks[k].norm in _PAIR_WORDS:
            return False    # "between the two Asian nations": a capitalised modifier of a pair of states
        if toks[i].norm == "between" and toks[j].norm.isalpha() and toks[j].text[:1].islower() \
                and toks[j].norm not in ("them", "us", "each", "both", "two", "neighbouring", "neighboring") \
                and toks[k - 1].norm.endswith("s") and k < len(toks) and toks[k].norm == "and" \
                and not any(k < s <= k + 3 for s in starts):
            return True     # "tensions between farmers and herders": two groups of people, no states
        word = toks[j]
        return word.text[:1].isupper() and word.norm.isalpha() and j > 0 and toks[j].norm not in (
            "east", "west", "north", "south", "central")
    return False
