"""A CAMEO event coder over sentences: triggers from a lexicon, actors from the clause around them.

For each sentence the coder

1. finds the lexicon's trigger patterns (verbal "will travel to", "threw their support
   behind"; nominal "Kim's trip to Moscow", "the Saudi-led embargo on Qatar", "11 days of
   fighting between Israel and Hamas");
2. cuts the sentence into clauses (that/which/who/after/when/because/...; a relative clause
   between commas is skipped when looking for a subject; "said" opens the reported clause);
3. picks the source (:func:`_sources`): the by-agent of a passive, for a noun its possessor,
   national adjective or "X-led", "between A and B", else the subject of the clause (the
   nearest actor before the trigger that is not inside a prepositional phrase, with
   coordinated ones; for a relative clause its antecedent; "officials from Tehran");
4. picks the target (:func:`_targets`): an actor slot of the pattern, the actor after a
   preposition the pattern names, for a noun the actor its prepositional phrase introduces
   ("embargo on Qatar", "recognition of Jerusalem"), else the first actor after a verb in its
   clause (a place gives its state and becomes the location); coordinated targets all count;
   the subject of a relative clause right after the object ("preconditions that the North
   Korean regime ...") when nothing else is found;
5. reads factuality from the clause (:mod:`modality`): a negated cooperative act ("will not
   endorse", "do not recognize") becomes a rejection that occurred; "agreed to restore ties"
   is an agreement that occurred and a restoration that is planned;
6. takes the time from the clause's temporal expression (:func:`_time`), else a default.

It returns :class:`Candidate` objects; the pipeline resolves fallbacks across sentences
(:func:`diplograph.ingest.pipeline.assemble`), merges repeats and builds the model's Events.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from diplograph.ingest.actors import PARTY_PREPS, Actor
from diplograph.ingest.lexicon import (
    _IRREGULAR,
    AUX_VERBS,
    LIGHT_VERBS,
    PAST_PARTICIPLES,
    Match,
    PatternIndex,
    Tok,
    default_index,
    is_past_participle,
    verb_forms,
    verb_words,
)
from diplograph.ingest.modality import called_off_after_but, factuality, headline_future
from diplograph.ingest.numbers import cardinals, pick
from diplograph.ingest.people import CROWD_NOUNS, NONSTATE_PEOPLE
from diplograph.ingest.speech import JUDGING, OPINION, forms
from diplograph.ingest.timex import DATE_GLUE, MONTH_NAMES, MONTHS, WEEKDAYS

__all__ = ["Candidate", "SentenceContext", "code_sentence", "default_index"]

_IRREGULAR_PAST = frozenset(f for forms in _IRREGULAR.values() for f in forms)

BOUNDARY_WORDS = frozenset({"that", "which", "who", "whom", "whose", "because", "after", "before", "when",
                            "while", "although", "though", "whereas", "if", "unless", "where", "until",
                            "but", "despite", "saying", "adding", "since"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "got", "get", "gets", "'s"})
PASSIVE_SKIP = frozenset({"not", "never", "also", "already", "reportedly", "allegedly", "been", "being",
                          "just", "recently", "officially", "formally", "jointly", "later", "earlier", "then",
                          "actually", "finally", "first", "previously", "now", "all", "repeatedly",
                          "widely", "formerly", "since"})
# verbs that open a reported clause: of saying, and of opinion ("Kenya believes the troops ...")
SAY_FORMS = frozenset(forms("say tell add", "past s") + forms("say", "base") + forms("say add", "ing")
                      + forms("state announce confirm note assert write declare continue imply insist argue explain "
                              "stress report", "past")
                      + forms(" ".join(OPINION), "s") + forms("believe", "past"))
MIL_HEADS = frozenset({"forces", "troops", "army", "military", "soldiers", "rebels", "militants", "fighters",
                       "militia", "units", "navy", "marines", "jets", "warplanes", "artillery", "tanks",
                       "guard", "guards", "police", "coast"})
SUBJ_SKIP = frozenset("""in to at from into with for on against about over by toward towards between among
under than like near around across through within without during since until upon onto behind beyond
despite versus vs of including off along alongside inside outside amid via per""".split())
OF_OK = frozenset({"dozens", "hundreds", "thousands", "scores", "millions", "number", "group", "groups",
                   "some", "many", "most", "all", "none", "several",
                   "government", "governments", "president", "people", "leaders", "leader", "officials",
                   "ministry", "army", "forces", "authorities", "prime", "minister", "king", "foreign",
                   "navy", "military", "coast", "guard", "troops", "ambassador", "embassy", "delegation",
                   "foreign ministry", "spokesman", "spokeswoman", "head", "chief", "affairs", "republic",
                   "kingdom", "federation", "emirates", "secretary", "department", "office", "spokesperson",
                   "representative", "representatives", "envoy", "members", "member", "parliament", "citizens",
                   "nationals", "ministers", "diplomats", "officers", "intelligence", "police",
                   "employees", "staff", "staffers", "personnel", "workers", "agents", "vessels", "ships",
                   "boats", "warships", "aircraft", "jets", "planes", "drones", "helicopters", "units",
                   "soldiers", "fighters", "warplanes", "bombers", "submarines"}) | frozenset(cardinals(1, 5))
HEAD_OF_STATE_WORDS = frozenset({"leader", "president", "king", "queen", "emir", "premier", "chancellor", "monarch",
                                 "prime", "ruler", "government", "foreign", "army", "military", "navy"})
QUANTIFIERS = frozenset({"several", "some", "many", "most", "all", "none", "each", "both", "any", "either",
                         "neither", "few", "majority", "rest", "dozens", "hundreds", "thousands", "scores", "millions",
                         "number"}) | frozenset(cardinals(1, 6))
PERSON_HEADS = frozenset({"officials", "official", "delegation", "delegations", "leaders", "diplomats", "envoys",
                          "envoy", "negotiators", "ministers", "representatives", "troops", "forces",
                          "soldiers", "delegates", "authorities", "court", "courts", "police", "prosecutors",
                          "parliament", "judge", "judges", "army", "military", "government", "embassy",
                          "regime", "lawmakers", "legislators"})
# prepositions that introduce the target of a nominal trigger
NOMINAL_PREPS = frozenset({"on", "against", "with", "to", "toward", "towards", "at", "of", "over", "into",
                           "for", "upon", "from", "around", "near", "off"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
                         "those", "both", "several", "some", "all", "other", "new", "fellow", "top", "senior",
                         "former", "neighbouring", "neighboring", "rival",
                         "southern", "northern", "eastern", "western", "central", "occupied", "self-ruled",
                         "disputed", "strategic", "then", "more", "than", "ousted", "ex", "deposed", "newly",
                         "elected", "acting", "interim", "democratically", "self-governing", "long-time",
                         "longtime", "treaty", "key", "close"}) | frozenset(cardinals(2, 5))
SUBJ_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_TIME_ADVERBS = frozenset({"now", "then", "recently", "today", "yesterday", "tomorrow", "later", "earlier",
                           "last", "next", "this", "tonight"}) | frozenset(WEEKDAYS)
# prepositions before a nominal trigger that make it the background of its clause ("over its
# tariffs", "after the storming of its embassy", "in response to Japan's measures"): the
# clause's modality and time do not reach it
ADJUNCT_PREPS = frozenset({"over", "about", "after", "since", "despite", "amid", "amidst", "following",
                           "against", "regarding", "concerning", "during", "before"})
_PUNCT = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "—", "–", "\"", "“", "”"})


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
    quote_speaker: Actor | None = None     # the speaker of the quotation the sentence sits in


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


def _is_verbish(w: str) -> bool:
    return w in verb_words() or (len(w) > 4 and w.endswith("ed"))


# --------------------------------------------------------------------------- clauses

def clause_ids(toks: list[Tok]) -> list[int]:
    """A clause number per token; a relative clause between commas gets its own number and the
    main clause resumes after it."""
    ids = [0] * len(toks)
    cur = 0
    nxt = 1
    stack: list[int] = []
    fronted = bool(toks) and toks[0].norm in FRONTED_SUBORDINATORS   # "If North Korea ..., our military will"
    # "In a controversial move that has strained its ties with the U.S., South Africa will ...": a
    # relative clause inside a fronted prepositional phrase ends at the phrase's comma
    fronted_pp = bool(toks) and toks[0].norm in FRONTED_PREPS
    norms = [t.norm for t in toks]
    for i, w in enumerate(norms):
        prev = norms[i - 1] if i else ""
        if w not in _CLAUSE_CUES and prev not in SAY_FORMS:
            ids[i] = cur    # (most words: none of the tests below can fire)
            continue
        if fronted_pp and w == ",":
            fronted_pp = False
            if stack:
                ids[i] = cur
                cur = stack.pop()
                continue
        if fronted_pp and w in ("that", "which", "who", "where", "when") and i > 1 and not stack:
            stack.append(cur)
            cur = nxt
            nxt += 1
            ids[i] = cur
            continue
        if w in FRONTED_SUBORDINATORS and i and prev in (":", '"', "“", ";", "("):
            fronted = True
        if fronted and w == "," and i > 2:
            fronted = False
            ids[i] = cur
            cur = nxt
            nxt += 1
            continue
        if w == "as" and i + 1 < len(toks) and (toks[i + 1].text[:1].isupper() or toks[i + 1].norm in SUBJ_PRONOUNS) \
                and any(_is_verbish(t.norm) for t in toks[i + 2:i + 7]) and i > 0:
            cur = nxt       # "... as China announces live-fire drills": a clause of its own
            nxt += 1
        elif w in ("after", "before", "while", "since") and i + 1 < len(toks) and toks[i + 1].norm.endswith("ing") \
                and len(toks[i + 1].norm) > 5 and i > 0:
            cur = nxt       # "... after warning of a strong response": a clause of its own
            nxt += 1
        elif w in BOUNDARY_WORDS and not (w == "that" and i + 1 < len(toks) and toks[i + 1].norm in ("of",)) \
                and not (w == "since" and i + 1 < len(toks) and toks[i + 1].norm[:1].isdigit()) \
                and not (w in ("after", "before", "since", "until", "despite") and i + 1 < len(toks)
                         and not _clause_follows(toks, i + 1)):
            if w in ("which", "who", "whom", "whose") and prev == ",":
                stack.append(cur)
            cur = nxt
            nxt += 1
        elif w in (";", ":", "—", "–") or (w == "," and i + 1 < len(toks) and toks[i + 1].norm in ("and", "but")
                                           and _has_verbish(toks, i + 2)):
            stack.clear()
            cur = nxt
            nxt += 1
        elif w == "," and stack and not _list_comma(toks, i):
            ids[i] = cur
            cur = stack.pop()
            continue
        elif i and prev in SAY_FORMS and not (i >= 2 and toks[i - 2].norm in ("a", "an", "the")) and w not in (",", "that", "to", "by", "in", "on", ".", "with",
                                                     "from", "for", "of", "a", "an", "the", "multiple", "new",
                                                     "several", "plans", "its", "their", "his", "her") \
                and not w[:1].isdigit() or (i and prev in SAY_FORMS and w in DETERMINERS
                                            and _clause_follows(toks, i, 7)):
            cur = nxt
            nxt += 1
        ids[i] = cur
    return ids


FRONTED_PREPS = frozenset({"in", "amid", "amidst", "despite", "with", "after", "following", "during", "as",
                           "under", "for", "on", "at", "since", "ahead"})
# a fronted conditional or concessive clause ends at its comma (time clauses keep their date
# with the main clause: "Since Duque took office in 2018, Colombia had supported ...")
FRONTED_SUBORDINATORS = frozenset({"if", "unless", "although", "though", "whereas"})
# every word clause_ids tests for (besides a word after a verb of saying)
_CLAUSE_CUES = BOUNDARY_WORDS | FRONTED_SUBORDINATORS | {",", ";", ":", "—", "–", "as", "that", "which", "who",
                                                         "where", "when", "after", "before", "while", "since"}


def _list_comma(toks: list[Tok], i: int) -> bool:
    """Does the comma at ``i`` join names of a list ("between China, Iran and Saudi Arabia")?"""
    if i < 1 or not toks[i - 1].text[:1].isupper() or i + 1 >= len(toks) or not toks[i + 1].text[:1].isupper():
        return False
    for t in toks[i + 1:i + 5]:
        if t.norm in ("and", "or"):
            return True
        if t.norm in _PUNCT or not t.text[:1].isupper():
            return False
    return False


def _clause_follows(toks: list[Tok], i: int, window: int = 7) -> bool:
    """Does a finite clause follow (a verb within a few words), rather than a noun phrase
    ("after the storming of its embassy", "despite an ultimatum", "until now")?"""
    if i < len(toks) and toks[i].norm in _TIME_ADVERBS:
        return False
    for t in toks[i:i + window]:
        w = t.norm
        if w in _PUNCT:
            return False
        if w in AUX_VERBS or (w.endswith("ed") and w not in ("red", "bed")) or w in PAST_PARTICIPLES:
            return True
    return False


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
    ctx = _normalized(ctx)
    actor_at: dict[int, tuple[int, Actor]] = {s: (e, a) for s, e, a in ctx.actors}
    actor_starts = {s: e for s, e, _ in ctx.actors}
    matches = index.find(toks, 0, len(toks), actor_starts)
    matches = _resolve_overlaps([m for m in matches if _viable(ctx, m)])
    if not matches:
        return []
    cl = clause_ids(toks)
    out: list[Candidate] = []
    suppressed_after: list[tuple[int, int]] = []    # (clause, token) complements of comp triggers
    suppressed_after.extend(_claimed_clauses(toks, cl))
    for m in sorted(matches, key=lambda m: m.head):
        p = m.pattern
        if any(c == cl[m.head] and m.head > t and not _complement_ended(toks, t, m.start)
               for c, t in suppressed_after) and not p.code.startswith("01"):
            continue
        got = [c for c in _code_match(ctx, m, cl, actor_at) if not _armed_visit(c)]
        if not got:
            if _threat_frame(p):
                suppressed_after.append((cl[m.head], m.head))   # "an initial threat to boycott the games"
            continue
        if p.code.startswith("016"):
            # "Moscow denies shooting down the airliner", "dismissed reports that it supplied drones":
            # the denied act is the other side's claim, not an event
            suppressed_after.append((cl[m.head], m.head))
            for k in range(m.end, min(len(toks), m.end + 5)):
                if toks[k].norm == "that":
                    suppressed_after.append((cl[k], m.head))
                    break
                if toks[k].norm in _PUNCT:
                    break
        suppressed_after.extend(_rejected_offer(toks, cl, m))
        if "comp" in p.flags:
            suppressed_after.append((cl[m.head], m.head))
            if p.code[:2] in ("11", "12", "10", "02"):
                # "alleging that Armenia had violated the ceasefire": the alleged act is the
                # accuser's claim, not a reported event; "demanded that the United States stop arms
                # sales": the demanded act is not one that happened
                cc = _complement_clause(toks, cl, m)
                if cc is not None:
                    suppressed_after.append((cc, m.head))
        out.extend(got)
    # "were also blocked by the Chinese coast guard ships ... and were threatened with water
    # cannons": an agentless passive takes the agent of another passive in the sentence
    agents = [c.sources for c in out if c.attributes.get("passive") and c.sources]
    if agents:
        for c in out:
            if c.attributes.get("passive") and not c.sources and c.targets:
                c.sources = list(agents[0])
    for c in out:
        if c.attributes.get("passive") and not c.sources and c.targets:
            # "Turkish police detained a woman ...; her two children were also detained": the same act
            # told again in the passive has the agent of the active one
            t_states = {st for a in c.targets for st in a.states if st}
            same = [o.sources for o in out if o is not c and o.code[:2] == c.code[:2] and o.sources
                    and not o.attributes.get("passive") and o.trigger_start < c.trigger_start
                    and not {st for a in o.sources for st in a.states if st} & t_states]
            if same:
                c.sources = list(same[0])
    out.extend(_visits_of_meetings(out))
    _visit_hosts(out)
    # "made a pledge to retaliate", "its promise to strike back": a hostile act the noun commits to
    # is coded from its infinitive as a threat; the noun is no second (cooperative) intent
    if any(c.nominal and c.code.startswith("03") for c in out):
        starts = {t.start: i for i, t in enumerate(toks)}
        ends = {t.end: i for i, t in enumerate(toks)}
        hostile = {starts.get(c.trigger_start) for c in out if c.code[:2] in ("13", "17", "18", "19", "20")}
        out = [c for c in out if not (c.nominal and c.code.startswith("03") and ends.get(c.trigger_end) is not None
                                      and toks[ends[c.trigger_end]].norm == "to"
                                      and ends[c.trigger_end] + 1 in hostile)]
    return out


# heads of an armed force on the move (not "military" alone: "a Chinese military delegation visited")
ARMED_HEADS = frozenset({"troops", "troop", "forces", "soldiers", "soldier", "army", "militants", "militant",
                         "rebels", "rebel", "fighters", "fighter", "militia", "militias", "units", "marines",
                         "jets", "warplanes", "drone", "drones", "tanks", "gunmen", "paratroopers"})
ENVOY_HEADS = frozenset({"delegation", "delegations", "officials", "official", "minister", "chief", "commander",
                         "delegates", "envoy", "envoys", "leaders", "leader", "officers", "attaché", "attache"})


def _armed_visit(c: Candidate) -> bool:
    """Is this "visit" made by an armed force ("Russian troops crossed the border into Ukraine",
    "Pakistani militants crossed into Afghanistan", "a Congolese soldier had crossed the border into
    Rwanda")? Soldiers crossing a border make an incursion, not a visit (042)."""
    if not c.code.startswith("042") or not c.sources:
        return False
    head = set(c.sources[0].head[:3])
    return bool(head & ARMED_HEADS) and not head & ENVOY_HEADS


# states of affairs that "return", "come" or "spread" to a place (no traveller: no visit)
AFFAIR_SUBJECTS = frozenset({"violence", "calm", "peace", "fighting", "unrest", "stability", "normalcy",
                             "normality", "quiet", "tension", "tensions", "order", "war", "chaos", "clashes",
                             "protests", "conflict", "life", "power", "electricity", "democracy", "terrorism",
                             "instability", "insecurity", "bloodshed", "hostilities", "famine", "drought",
                             "disease", "cholera", "ebola", "covid-19", "pandemic", "virus", "inflation"})


def _affair_subject(toks: list[Tok], h: int) -> bool:
    """Is the word right before the verb at ``h`` (over auxiliaries and adverbs) a state of
    affairs ("violence has returned to Gaza", "calm returned to the border", "fighting spread to
    the north")?"""
    j = _word_before_verb(toks, h)
    return j >= 0 and toks[j].norm in AFFAIR_SUBJECTS


def _threat_frame(p) -> bool:
    """Is this a threat whose to-complement is not coded apart ("an initial threat to boycott the
    ceremony", "threatened to cut off gas")? Its complement is what was threatened, not an act,
    even where the threat itself finds no actor to code."""
    return "comp" in p.flags and p.code[:2] == "13"


# nouns of what one side offers another, whose complement ("for", "to", "of") tells what was offered (not
# demands, calls or invitations: what they ask is the rejecting side's own act, which a refusal negates:
# "Nigeria rejected calls to expel the Chinese ambassador")
OFFER_NOUNS = frozenset({"offer", "offers", "proposal", "proposals", "plan", "plans", "idea", "suggestion",
                         "initiative", "overture", "overtures"})
# texts put to a vote or a veto, whose participle tells what they would have done ("vetoed a resolution
# condemning Israel's settlement building": nobody condemned)
DRAFT_NOUNS = frozenset({"resolution", "resolutions", "draft", "drafts", "motion", "motions", "text", "bill",
                         "statement", "declaration"})


def _rejected_offer(toks: list[Tok], cl: list[int], m: Match) -> list[tuple[int, int]]:
    """(clause, token) of what a rejected offer or proposal put forward ("rejected an Indian proposal
    for signing a free trade agreement", "rejected an Algerian offer to host talks") or a vetoed text
    would have said ("vetoed a resolution condemning Israel"): no signing, no hosting, no
    condemnation. Empty unless the trigger is a rejection or a veto (12)."""
    if not m.pattern.code.startswith("12"):
        return []
    for k in range(m.head + 1, min(len(toks) - 1, m.end + 4)):
        if toks[k].norm in OFFER_NOUNS and toks[k + 1].norm in ("to", "for", "of") \
                or toks[k].norm in DRAFT_NOUNS and (toks[k + 1].norm.endswith("ing") or toks[k + 1].norm == "that"):
            # (and the clause of a "that" it goes on with: "a resolution demanding that Moscow withdraw")
            that = next((j for j in range(k + 1, min(len(toks) - 1, k + 4)) if toks[j].norm == "that"), None)
            return [(cl[k], k)] + ([(cl[that + 1], k)] if that is not None else [])
        if toks[k].norm in _PUNCT:
            break
    return []


MEETING_CODES = ("040", "046")


def _visits_of_meetings(cands: list[Candidate]) -> list[Candidate]:
    """A meeting held in the home state of one side is the other side's visit there (042):
    "Qureshi met Iran's Zarif in Tehran", "Modi and Xi had a meeting in the Chinese city of Wuhan".
    Not for meetings in a third state ("met Lavrov in Goa") nor when the sentence tells a visit."""
    if any(c.code.startswith(("042", "043")) for c in cands):
        return []
    out: list[Candidate] = []
    for c in cands:
        if not c.code.startswith(MEETING_CODES) or c.location is None or c.factuality != "occurred":
            continue
        place = c.location.states[0] if c.location.states else None
        sides = [a for a in c.sources + c.targets if a.kind in ("state", "person") and len(a.ids) == 1
                 and a.form != "demonym"]     # (not "Syrian opposition leaders")
        states = {a.states[0] for a in sides if a.states and a.states[0]}
        if not place or place not in states or len(states) != 2:
            continue
        visitor = next(a for a in sides if a.states and a.states[0] and a.states[0] != place)
        out.append(dataclasses.replace(c, code="042", sources=[visitor], targets=[c.location], flags=c.flags - {"sym"},
                                       reciprocal=False, rule=c.rule + " (visit: met in the host's state)",
                                       attributes=dict(c.attributes)))
    return out


def _visit_hosts(cands: list[Candidate]) -> None:
    """A visit told without its destination in a sentence where the visitor meets another state's
    leader ("Qureshi met Afghan President Ashraf Ghani on the first leg of his four-nation visit"):
    the visit is to that leader's state (set in place)."""
    for c in cands:
        if not c.code.startswith("042") or c.targets or c.location is not None or not c.sources:
            continue
        own = {st for a in c.sources for st in a.states if st}
        host = next((t for m in cands if m.code.startswith("040") and not m.nominal
                     and {st for a in m.sources for st in a.states if st} == own
                     for t in m.targets if t.kind in ("state", "person") and not t.location and t.states
                     and t.states[0] and t.states[0] not in own), None)
        if host is not None:
            c.targets = [host]


# nouns of somebody's words whose "that" clause is what they said, not an act told as news (not "claims" or
# "allegations that": an act alleged there is often the news itself)
CLAIM_NOUNS = frozenset({"comments", "comment", "remarks", "remark", "insinuation", "insinuations",
                         "suggestion", "suggestions", "claim", "claims", "assertion", "assertions"})


def _claimed_clauses(toks: list[Tok], cl: list[int]) -> list[tuple[int, int]]:
    """(clause, token) of each "comments / claims / allegations that ..." complement: "Netanyahu's
    comments that 'Poles cooperated with the Nazis'" tells no cooperation."""
    out = []
    for j in range(len(toks) - 2):
        if toks[j].norm in CLAIM_NOUNS and toks[j + 1].norm == "that":
            k = j + 2
            while k < len(toks) and toks[k].norm in _QUOTE_TOKS:
                k += 1
            if k < len(toks):
                out.append((cl[k], j))
    return out


# words that end a complement and open an adjunct that tells a real act ("threatened to retaliate
# after Israeli air strikes on its consulate": the strikes happened)
COMPLEMENT_ENDS = frozenset({"after", "following", "amid", "despite"})
# participles of speech acts that, after a comma, are the speaker's own next act, not part of
# what was demanded ("demanded the world take action, accusing Modi of an anti-Muslim agenda")
SPEAKER_PARTICIPLES = frozenset({"accusing", "blaming", "calling", "branding", "describing", "denouncing",
                                 "condemning", "criticising", "criticizing", "warning", "threatening"})


def _complement_ended(toks: list[Tok], t: int, start: int) -> bool:
    """Does the complement of the trigger at ``t`` end before ``start`` (an adjunct word, or a
    comma and a speech-act participle of the speaker)?"""
    for k in range(t + 1, start):
        w = toks[k].norm
        if w in COMPLEMENT_ENDS or w == "," and toks[k + 1].norm in SPEAKER_PARTICIPLES:
            return True
    return False


def _normalized(ctx: SentenceContext) -> SentenceContext:
    """The sentence with national adjectives never taken as places ("over the Chinese coast
    guard's use of a water cannon": Chinese is the actor, not where it happened), except a
    "the Icelandic capital" phrase, and a capital named right after a place being part of it
    ("in the Icelandic capital Reykjavik")."""
    acts = list(ctx.actors)
    changed = False
    for k, (s, e, a) in enumerate(acts):
        if a.location and a.form == "demonym" and not (a.head and a.head[0] in ("capital", "city", "port",
                                                                                   "territory")
                                                          and (len(a.head) < 2 or a.head[1] != "guard")):
            acts[k] = (s, e, dataclasses.replace(a, location=False, kind="state"))
            changed = True
        elif not a.location and a.form in ("capital", "seat") and k and acts[k - 1][1] == s \
                and acts[k - 1][2].location:
            acts[k] = (s, e, dataclasses.replace(a, location=True))
            changed = True
        elif a.kind == "person" and s and ctx.toks[s - 1].norm in HONORIFICS and not any(
                e2 == s for _s2, e2, _a2 in acts):
            acts[k] = (s - 1, e, a)     # "had called Ms Rousseff": the title opens the name
            changed = True
    return dataclasses.replace(ctx, actors=acts) if changed else ctx


HONORIFICS = frozenset({"mr", "ms", "mrs", "dr", "mr.", "ms.", "mrs.", "dr.", "madam", "sir"})


GOAL_VERBS = frozenset({"contribute", "contributes", "contributing", "pave", "paves", "paving"})


# nouns of going back to something, transparent to a goal phrase ("a return to talks", "the resumption of")
RESUMPTION_NOUNS = frozenset({"return", "resumption", "restart", "revival", "relaunch"})


def _goal_noun(toks: list[Tok], start: int) -> bool:
    """Is the noun phrase starting at ``start`` a goal an announcement may serve ("will contribute
    positively to the speedy normalization of relations", "could pave the way for talks", "helps
    to ..."), which names no event that happened or is scheduled? (Not "agreed to work toward the
    normalization": an agreed aim is an event.)"""
    i = start - 1
    while i >= 0 and (toks[i].norm in DETERMINERS or toks[i].text.isalpha() and toks[i].text.islower()
                      and toks[i].norm not in NOUN_PREPS and toks[i].norm not in ("to", "towards", "toward")
                      and not _is_verbish(toks[i].norm) and start - i <= 3 or toks[i].norm in ("(", ")")):
        i -= 1              # over determiners and adjectives ("the speedy", "(peace)")
    if i < 0:
        return False
    if i >= 2 and toks[i].norm in ("to", "of") and toks[i - 1].norm in RESUMPTION_NOUNS:
        return _goal_noun(toks, i - 1)     # "contribute to a return to (peace) negotiations"
    if toks[i].norm not in ("to", "for"):
        return False
    back = [t.norm for t in toks[max(0, i - 4):i]]
    if toks[i].norm == "for":
        return back[-2:] == ["the", "way"] and len(back) >= 3 and back[-3] in GOAL_VERBS
    return bool(back) and (back[-1] in GOAL_VERBS or len(back) >= 2 and back[-1].endswith("ly")
                           and back[-2] in GOAL_VERBS)


DISCUSS_WORDS = frozenset("""discuss discussed discusses discussing explore explored explores exploring examine
examined examines examining consider considered considers considering study studied studies studying review reviewed
reviews reviewing debate debated debates debating outline outlined outlines outlining""".split())
TOPIC_NOUNS = frozenset({"steps", "step", "ways", "way", "means", "measures", "modalities", "mechanisms", "mechanism",
                         "options", "possibility", "possibilities", "prospects", "prospect", "roadmap", "issue",
                         "issues", "question", "matter", "details", "plans", "avenues"})


def _discussion_topic(toks: list[Tok], start: int) -> bool:
    """Is the trigger at ``start`` the topic of a discussion ("met to discuss steps for normalizing
    relations", "explored ways of resuming flights", "discussed the possibility of reopening the
    embassy")? The topic names no act that happened or is scheduled; the meeting is the event."""
    i = start - 1
    while i >= 0 and start - i <= 3 and (toks[i].norm in DETERMINERS or toks[i].text.isalpha()
                                         and toks[i].text.islower() and toks[i].norm not in NOUN_PREPS
                                         and toks[i].norm not in ("to", "towards", "toward")
                                         and not _is_verbish(toks[i].norm)):
        i -= 1              # over determiners and adjectives ("the speedy")
    if i < 1 or toks[i].norm not in ("for", "of", "to", "toward", "towards", "on"):
        return False
    j = i - 1
    if toks[j].norm not in TOPIC_NOUNS:
        return False
    return any(toks[k].norm in DISCUSS_WORDS for k in range(max(0, j - 4), j))


def _condition_clause(toks: list[Tok], h: int) -> bool:
    """Is the verb at ``h`` a present-tense verb of an "until"/"unless" clause ("until he apologizes
    and retracts his words", "unless Moscow withdraws its troops")? It names a condition set by the
    speaker, not an act that happened or is planned. ("until Russia withdrew" told an act.)"""
    w = toks[h].norm
    if w.endswith(("ed", "ing")) or w in _IRREGULAR_PAST or not w.endswith("s"):
        return False
    for k in range(h - 1, max(-1, h - 8), -1):
        t = toks[k].norm
        if t in ("until", "unless", "till"):
            return True
        if t in _PUNCT or t in BOUNDARY_WORDS or t in AUX_VERBS or t in ("and", "or") and k == h - 1:
            return False
    return False


def _unless_clause(toks: list[Tok], start: int) -> bool:
    """Is the trigger the verb of an "unless" clause in any tense ("threatened to launch an offensive
    unless Baghdad accepted its conditions", "will cut ties unless Lima apologises")? "Unless" only
    ever sets a condition; what it names has not happened. ("until Russia withdrew" tells an act.)"""
    for k in range(start - 1, max(-1, start - 8), -1):
        t = toks[k].norm
        if t == "unless":
            return True
        if t in _PUNCT or t in BOUNDARY_WORDS:
            return False
    return False


DOCUMENT_NOUNS = frozenset({"treaty", "treaties", "convention", "conventions", "accord", "accords", "agreement",
                            "agreements", "pact", "pacts", "charter", "protocol", "protocols", "memorandum", "deal",
                            "declaration", "communique", "armistice", "truce"})


# verbs that work on an existing document ("upgrading our free trade agreement", "implement the deal")
DOCUMENT_WORK = frozenset(f for v in "upgrade update modernize modernise implement review revise renegotiate amend "
                          "extend".split() for f in verb_forms(v))


def _worked_on_document(toks: list[Tok], m: Match) -> bool:
    """Is the document noun of ``m`` the object of a verb that works on an existing document?"""
    start = _np_start(toks, m.head)
    return any(toks[k].norm in DOCUMENT_WORK for k in range(max(0, min(start, m.start) - 2), min(start, m.start)))


def _named_by_old_signing(ctx: SentenceContext, m: Match) -> bool:
    """Is this "signed" a participle naming a document by a signing years before publication ("the
    Vienna Convention, a treaty signed in 1961", "the 1994 accord signed in Moscow in 1994")?"""
    toks = ctx.toks
    h = m.head
    if h + 1 < len(toks) and toks[h].norm in DOCUMENT_NOUNS and toks[h + 1].norm == "signed":
        h += 1              # the noun row: "a treaty signed in 1961"
    if not h or toks[h].norm != "signed" or toks[h - 1].norm not in DOCUMENT_NOUNS or ctx.published is None:
        return False
    for k in range(h + 1, min(len(toks), h + 8)):
        w = toks[k].text
        if w in _PUNCT:
            return False
        if len(w) == 4 and w.isdigit() and 1800 < int(w) <= ctx.published.year - 2:
            return True
    return False


TOPIC_OPENERS = frozenset({"on", "regarding", "concerning", "about"})


def _topic_phrase(toks: list[Tok], start: int) -> bool:
    """Does the noun phrase at ``start`` sit in a sentence-opening topic phrase closed by a comma
    ("On the war in Ukraine, ...", "Regarding the talks with Iran, ...", "As for the sanctions, ...")?"""
    if not toks or start > 8:
        return False
    opener = toks[0].norm in TOPIC_OPENERS or len(toks) > 1 and (toks[0].norm, toks[1].norm) in (
        ("as", "for"), ("as", "to"), ("turning", "to"), ("asked", "about"))
    if not opener:
        return False
    if any(toks[k].norm in _PUNCT or _is_verbish(toks[k].norm) and toks[k].norm != "regarding"
           for k in range(1, start)):
        return False
    return any(toks[k].norm == "," for k in range(start + 1, min(len(toks), start + 10)))


def _unmet_object(ctx: SentenceContext, k: int) -> bool:
    """Is the object of "meet" at ``k`` a need, a target or a reception ("meeting the healthcare
    needs of", "met its targets", "were met with applause"), not somebody met?"""
    toks = ctx.toks
    starts = {s for s, _e, _a in ctx.actors}
    if k < len(toks) and toks[k].norm == "with":
        k += 1
    for j in range(k, min(len(toks), k + 5)):
        if j in starts or toks[j].norm in _PUNCT or not toks[j].text.isalpha() or toks[j].text[:1].isupper():
            return False
        if toks[j].norm in UNMET_OBJECTS:
            return True
        if toks[j].norm in SUBJ_SKIP or toks[j].norm in ("and", "or", "to"):
            return False
    return False


def _viable(ctx: SentenceContext, m: Match) -> bool:
    """Can this match be an event at all? Verbal rows do not fire on nouns ("a vow to", "his
    visit") nor on purpose infinitives ("as a condition to remove the embargo"); rows with
    ``xpre`` do not fire after those words ("trade war")."""
    p = m.pattern
    toks = ctx.toks
    xpre = p.extra.get("xpre")
    if xpre and m.start and toks[m.start - 1].norm in xpre.split("|"):
        return False
    h = m.head
    if any(s <= h < e for s, e, a in ctx.actors):
        return False        # "the Six Party Talks", "the United States": a name, not an event
    if ctx.timexes and any(s <= k < e for k in (h, m.end - 1) for s, e, _t in ctx.timexes):
        return False        # "held on March 29": a date, not a march
    if "V" in p.flags and p.code[:2] in ("17", "18", "19", "20") and m.start and m.end < len(toks) \
            and m.end - m.start <= 2 and toks[m.start - 1].norm in ("'", "‘", '"', "“") \
            and toks[m.end].norm in ("'", "’", '"', "”"):
        return False        # "nine nationals ‘kidnapped’ by Chile": a scare-quoted word is somebody's claim
    if toks[h].norm in ADJ_PARTICIPLES and m.end == h + 1 and h + 1 < len(toks) and toks[h + 1].text.isalpha() \
            and h and (toks[h - 1].norm in DETERMINERS or toks[h - 1].norm in SUBJ_SKIP
                       or toks[h - 1].norm in ("any", "no", "its", "their", "his", "her", "our")) \
            and toks[h + 1].text.islower() and toks[h + 1].norm not in DETERMINERS and toks[h + 1].norm not in SUBJ_SKIP \
            and toks[h + 1].norm not in ("that", "to", "it", "him", "her", "them", "and", "or", "as", "being") \
            and not toks[h + 1].norm.endswith("ly"):
        return False        # "thousands of alleged addicts": an adjective before its noun
    if _gap_crosses_clause(ctx, m):
        return False        # "will respond after China takes measures": two clauses, no one pattern
    if p.code.startswith("042") and "V" in p.flags and _affair_subject(toks, h):
        return False        # "violence has returned to Gaza": a state of affairs makes no visit
    if _epithet_participle(toks, m):
        return False        # "supporters of ousted Islamist president Mohamed Morsi": who he was, no news
    if _must_do(toks, m):
        return False        # "said Sudan must return the helicopter": a demand in somebody's words, no act
    if _yes_no_question(toks, m.end):
        return False        # "Will China invade Taiwan?", "Did Iran supply the drones?": asked, not told
    if "N" in p.flags and _feared_noun(toks, m.start):
        return False        # "fears of a Russian invasion", "talks aimed at averting a war": nothing happened
    if "N" not in p.flags and m.start == h and h >= 2 and (toks[h].norm.endswith("ed") or toks[h].norm in
                                                            PAST_PARTICIPLES) \
            and toks[h - 1].norm.endswith("ly") and toks[h - 1].text.islower() and toks[h - 2].norm in DETERMINERS \
            and h + 1 < len(toks) and toks[h + 1].text.isalpha() and toks[h + 1].text.islower() \
            and toks[h + 1].norm not in ("by", "to", "that", "as", "in", "on", "with", "at", "and", "or", "from"):
        return False        # "the internationally recognised government", "a newly signed pact": an adjective
    if "V" in p.flags and toks[h].norm == "meeting" and m.end == h + 1 and h and toks[h - 1].text.isalpha() \
            and toks[h - 1].text.islower() and toks[h - 1].norm not in AUX_VERBS and toks[h - 1].norm not in BE_FORMS \
            and not _is_verbish(toks[h - 1].norm) and toks[h - 1].norm not in ("and", "or", "but", "after", "before",
                                                                              "while", "when", "by", "for", "in") \
            and (h + 1 >= len(toks) or toks[h + 1].norm in _PUNCT or toks[h + 1].norm in MEETING_NOUN_NEXT):
        return False        # "an emergency meeting regarding accusations", "the cabinet meeting on Tuesday": a noun
    if "V" in p.flags and toks[h].norm == "meeting" and m.end == h + 1 and h >= 2 \
            and toks[h - 2].norm in ("the", "a", "an", "this", "that", "next", "last") \
            and (toks[h - 1].text[:1].isupper() or any(ch.isdigit() for ch in toks[h - 1].text)) \
            and not _is_verbish(toks[h - 1].norm):
        return False        # "for the G20 meeting", "at the NATO meeting": a named meeting, a noun
    if "V" in p.flags and (_condition_clause(toks, h) or _unless_clause(toks, m.start)):
        return False        # "until he apologizes", "unless Tehran releases the crew": a condition, no act
    if p.code.startswith("04") and toks[h].norm in MEET_FORMS and _unmet_object(ctx, m.end):
        return False        # "meeting the healthcare needs", "met its targets": to meet a need is no meeting
    if "N" in p.flags and _topic_phrase(toks, m.start):
        return False        # "On the war in Ukraine, the minister reiterated ...": a topic, not a reported event
    if "N" in p.flags and _goal_noun(toks, m.start):
        return False        # "a step towards normalization", "will contribute to the normalization of ties"
    if p.code.startswith("057") and _named_by_old_signing(ctx, m):
        return False        # "the Vienna Convention, a treaty signed in 1961": a document's name, no news
    if p.code.startswith("042") and toks[h].norm.startswith("land") and h >= 2 and (
            toks[h - 1].norm == "to" and toks[h - 2].norm in ("forced", "made", "compelled", "obliged")
            or toks[h - 1].norm == "emergency"):
        return False        # "Morales' plane was forced to land in Austria": a forced stop, no visit
    if p.code.startswith("057") and "N" in p.flags and _worked_on_document(toks, m):
        return False        # "upgrading our free trade agreement": the pact exists, nothing is signed
    if _discussion_topic(toks, m.start):
        return False        # "to discuss steps for normalizing relations": the topic of a meeting, not an act
    if "N" in p.flags and m.end == h + 1 and h + 1 < len(toks) and toks[h + 1].norm in MODIFIER_HEADS \
            and toks[h + 1].text.islower():
        return False        # "the protest movement", "attack helicopters": the noun only modifies another
    if "V" in p.flags and m.end - h >= 3 and any(
            toks[k].norm == "without" or toks[k].norm == "no" and toks[k - 1].norm == "with" for k in range(h + 1, m.end)):
        return False        # "talks ended with no deal", "ended without an agreement": nothing was ended
    if "det" in p.flags and not any(t.norm in ("a", "an") for t in toks[max(0, m.start - 3):m.start]):
        return False        # "fired without provocation" is no judgment; "was a provocation" is
    if p.code.startswith("03") and m.end < len(toks) and toks[m.end - 1].norm == "to" \
            and toks[m.end].norm == "be":
        return False        # "the agreement was not ready to be signed"
    if "V" in p.flags and toks[m.head].norm.endswith("ing") and m.head and \
            toks[m.head - 1].norm in ("from", "without"):
        return False        # "to block a supply boat from delivering food": not an act that happened
    if "N" in p.flags:
        start = _np_start(toks, m.head)
        if p.code.startswith("04") and start and toks[start - 1].norm == "for" and any(
                toks[k].norm.startswith(RECALL_STEMS) for k in range(max(0, start - 10), start)):
            return False    # "recalled its ambassador for consultations": the recall, no meeting
        if start and toks[start - 1].norm == "at" and toks[m.head].norm in (
                "request", "invitation", "initiative", "behest", "urging", "suggestion"):
            return False    # "at member Turkey's request": circumstance, not an appeal
        # "as a first step to open negotiations": a noun in a purpose phrase is no event
        return not any(toks[k].norm == "to" and k + 1 < m.head and _is_verbish(toks[k + 1].norm)
                       and _purpose_infinitive(toks, k + 1) for k in range(max(1, m.start - 4), m.start))
    if m.start > 0 and toks[m.start].text[:1].isupper() and (m.head == m.start or toks[m.head].text[:1].isupper()) and toks[m.start - 1].norm not in _PUNCT \
            and not _headline(toks):
        return False        # "``Free Tibet'' banners": a slogan or a name, not a verb
    return not (_noun_use(ctx, m) or _purpose_infinitive(toks, m.start) or _adjunct_infinitive(ctx, m.start))


MEET_FORMS = frozenset({"meet", "meets", "met", "meeting"})
# words after "meeting" that show it is a noun without an object ("a meeting regarding", "meeting of")
MEETING_NOUN_NEXT = frozenset({"regarding", "concerning", "on", "of", "in", "at", "about", "over", "between",
                               "among", "to", "was", "is", "will", "would", "ended", "began", "took", "held"})
# what one meets without meeting anybody ("meeting the needs of", "met its targets")
UNMET_OBJECTS = frozenset({"need", "needs", "demand", "demands", "requirement", "requirements", "target", "targets",
                           "goal", "goals", "expectation", "expectations", "criteria", "criterion", "standard",
                           "standards", "deadline", "deadlines", "obligation", "obligations", "condition",
                           "conditions", "challenge", "challenges", "threshold", "quota", "quotas", "costs",
                           "cost", "end", "fate", "death", "resistance", "opposition", "applause", "criticism",
                           "skepticism", "scepticism", "silence", "protests", "protest", "approval", "praise"})
# heads that turn an event noun before them into a mere modifier ("protest movement")
MODIFIER_HEADS = frozenset({"movement", "movements", "leader", "leaders", "group", "groups", "camp", "camps",
                            "site", "sites", "organizer", "organizers", "organiser", "organisers", "slogan",
                            "slogans", "song", "songs", "banner", "banners", "sign", "signs", "helicopter",
                            "helicopters", "submarine", "submarines", "capability", "capabilities", "list",
                            "lists", "law", "laws", "bill", "regime", "committee", "panel", "team", "teams",
                            "venue", "venues", "hall", "room", "format", "mechanism", "framework", "table",
                            "partner", "partners", "participants", "activists", "vote", "votes"})

# (every full month name but "may", which is mostly the modal verb)
TIME_NOUNS = frozenset({"midnight", "noon", "midday", "dawn", "dusk", "sunset", "sunrise", "nightfall", "daybreak",
                        "hours", "days", "weeks", "months", "years", "minutes"}) \
    | frozenset(m for m in MONTH_NAMES if m != "may")
GAP_STOPS = frozenset({"after", "before", "since", "when", "whenever", "because", "although", "though", "unless",
                       "if", "while", "whereas", "until", ";"})


# (not "occupied"/"annexed": "the occupied areas" tell an occupation that goes on)
ADJ_PARTICIPLES = frozenset({"alleged", "suspected", "purported", "presumed", "reported", "accused", "disputed",
                             "contested", "claimed", "proposed"})


# participles of toppling that, before a noun, are a person's epithet ("ousted president Morsi")
TOPPLED_EPITHETS = frozenset({"ousted", "deposed", "toppled", "overthrown"})
# words after such a participle that show it is a verb with its object or agent ("ousted the king", "by")
_NOT_EPITHET_NEXT = frozenset({"him", "her", "them", "it", "us", "me", "as", "and", "or"})


def _epithet_participle(toks: list[Tok], m: Match) -> bool:
    """Is this one-word toppling participle an epithet before a noun ("supporters of ousted Islamist
    president Mohamed Morsi", "the toppled leader's family", "has long backed ousted leader Omar
    al-Bashir")? It says who the person was, not that an ouster is news. After its subject or an
    auxiliary it stays a verb ("the coup leaders who toppled Niger President Mohamed Bazoum", "Morsi
    was ousted by the army")."""
    h = m.head
    if m.end != h + 1 or not h or h + 1 >= len(toks) or toks[h].norm not in TOPPLED_EPITHETS:
        return False
    prev, nxt = toks[h - 1].norm, toks[h + 1].norm
    # (a past verb right before it makes it the adjective of that verb's object: "has backed ousted leader")
    after_verb = prev.endswith("ed") and toks[h - 1].text.islower() and prev not in ("need", "indeed")
    return (prev in DETERMINERS or prev in SUBJ_SKIP or prev in ("'s", "’s") or after_verb) \
        and toks[h + 1].text.isalpha() \
        and nxt not in DETERMINERS and nxt not in SUBJ_SKIP and nxt not in _NOT_EPITHET_NEXT


# words that end the reach of a "must" back from a trigger (another clause or another verb's object)
_MUST_STOPS = frozenset({",", ";", ":", "(", ")", "—", "–", ".", "and", "or", "but", "that", "which", "who",
                         "while", "because", "after", "before", "if", "unless", "when", "as", "since", "until"})


def _must_do(toks: list[Tok], m: Match) -> bool:
    """Is the trigger what a side must do ("China said Ulaanbaatar must take concrete actions to
    normalise ties", "Russia said Sudan must return the helicopter", "the US must be ready to
    mediate")? Somebody's demand, not an act that happened (or is planned). An inference about the
    past ("Iran must have known") is not one."""
    if m.pattern.code.startswith("01"):
        return False
    for k in range(m.start - 1, max(-1, m.start - 9), -1):
        w = toks[k].norm
        if w == "must":
            return not (k + 1 < len(toks) and toks[k + 1].norm in ("have", "'ve"))
        if w in _MUST_STOPS:
            return False
    return False


# auxiliaries and modals that open a yes/no question
QUESTION_OPENERS = frozenset({"will", "would", "could", "can", "should", "shall", "may", "might", "did", "does", "do",
                              "is", "are", "was", "were", "has", "have", "had"})
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})


def _yes_no_question(toks: list[Tok], end: int) -> bool:
    """Is the trigger ending at ``end`` part of a yes/no question ("Will China invade Taiwan?",
    "Could Russia attack Finland next?", "Did Iran supply the drones to Russia?")? A question asks
    whether an act happens; it tells none. (A wh-question presupposes its act: "Why did you attack
    our embassy?")"""
    i = 0
    while i < len(toks) and toks[i].norm in _OPENING_QUOTES:
        i += 1
    if i >= len(toks) or toks[i].norm not in QUESTION_OPENERS or not toks[i].text[:1].isupper():
        return False
    return any(toks[k].norm == "?" for k in range(end, len(toks)))


# nouns whose "of" complement is feared or foreseen, not told ("fears of an invasion"; not "concern over",
# which is as often about a real act: "voiced concern over the Chinese incursion")
FEAR_NOUNS = frozenset({"fear", "fears", "risk", "risks", "danger", "dangers", "prospect", "prospects",
                        "possibility", "spectre", "specter", "likelihood", "scenario", "threat", "threats"})
# verbs whose object never happens ("averting a war", "to prevent a conflict", "warned against any visit")
AVERT_VERBS = frozenset(f for v in "avert prevent avoid forestall preclude deter".split() for f in verb_forms(v))
WARN_VERBS = frozenset(verb_forms("warn") + verb_forms("caution"))
# words that may stand between such a word and the event noun ("fears of a full-scale Russian invasion")
_NP_FILL = frozenset({"a", "an", "the", "any", "further", "new", "possible", "potential", "full-scale", "all-out",
                      "renewed", "imminent", "wider", "open", "armed", "military", "another", "more"})


def _feared_noun(toks: list[Tok], start: int) -> bool:
    """Is the event noun at ``start`` only feared, foreseen or averted ("fears of a Russian invasion
    of Ukraine grew", "the risk of war between China and Taiwan", "talks aimed at averting a war",
    "China warned against any visit by Pelosi")? Nothing it names happened. National adjectives and
    the usual fill words may stand between ("a full-scale Russian invasion")."""
    k = start - 1
    while k >= 0 and start - k <= 4 and (toks[k].norm in _NP_FILL or toks[k].text[:1].isupper()
                                          and toks[k].text.isalpha()):
        k -= 1
    if k < 0:
        return False
    w = toks[k].norm
    if w in AVERT_VERBS:
        return True
    return k >= 1 and (w == "of" and toks[k - 1].norm in FEAR_NOUNS
                       or w == "against" and toks[k - 1].norm in WARN_VERBS)


def _gap_crosses_clause(ctx: SentenceContext, m: Match) -> bool:
    """Does a gap of the pattern run over a subordinator that opens another clause ("would take
    part in the talks if Russia takes measures")?"""
    if m.end - m.start <= 2:
        return False        # (nothing inside the match)
    lit = set(m.lit_positions)
    spans = [(s, e) for s, e, a in ctx.actors if s in m.actor_positions]
    toks = ctx.toks
    for k in range(m.start + 1, m.end - 1):
        if k in lit or any(s <= k < e for s, e in spans):
            continue
        w = toks[k].norm
        if w in GAP_STOPS and not (w in ("after", "before", "since", "until") and k + 1 < len(toks) and (
                toks[k + 1].norm[:1].isdigit() or toks[k + 1].norm in _TIME_ADVERBS or toks[k + 1].norm in TIME_NOUNS)):
            return True     # ("fired two missiles after 4 p.m. at an Israeli post": a time, no clause)
    return False


RECALL_STEMS = ("recall", "summon", "withdr", "call")
# verbs after "declined to": saying no more is no comment (011), not a rejection
SPEECH_COMPLEMENTS = frozenset({"comment", "describe", "say", "elaborate", "disclose", "confirm", "discuss",
                                "specify", "give", "provide", "reveal", "name", "identify", "answer",
                                "speculate", "detail", "explain", "respond"})
# nouns of private people: their travels and dealings are no state's acts
PRIVATE_HEADS = frozenset({"tourists", "tourist", "tour", "travellers", "travelers", "visitors", "students",
                           "fans", "companies", "company", "firms", "businesses", "investors", "shoppers",
                           "consumers", "passengers", "pilgrims", "athletes", "players", "team", "club",
                           "artists", "scientists", "scholars", "academics", "businessmen", "executives",
                           "mother", "father", "wife", "husband", "woman", "man", "family", "families", "daughter",
                           "son", "dual"})
# "a Mexican military jet arrived in Bolivia": a vehicle's arrival is no visit
VEHICLE_HEADS = frozenset({"jet", "jets", "plane", "planes", "aircraft", "ship", "ships", "vessel", "vessels",
                           "flight", "flights", "helicopter", "helicopters", "boat", "boats", "drone", "drones"})
WISH_WORDS = frozenset({"want", "wants", "wanted", "wanting", "hope", "hopes", "hoped", "hoping", "wish",
                        "wishes", "wished"})


# speech acts that "I want to ..." performs as it says them
PERFORMATIVE_VERBS = frozenset({"thank", "congratulate", "praise", "commend", "express", "welcome", "condemn",
                                "apologize", "apologise", "assure", "reiterate", "salute", "denounce"})


def _wished(toks: list[Tok], i: int) -> bool:
    """Is the verb at ``i`` the complement of a wish ("wants to prevent", "hoped to meet", "I want
    to de-escalate")?"""
    j = i - 1
    if j >= 0 and toks[j].norm in ("not", "also", "only", "further"):
        j -= 1
    if _performative(toks, i):
        return False        # '"I want to thank the President of Mexico"': the speaker thanks him now
    return j >= 1 and toks[j].norm == "to" and toks[j - 1].norm in WISH_WORDS


HOPE_WORDS = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished"})
_CLAUSE_MODALS = frozenset({"would", "will", "could", "can", "might", "may", "should", "'d", "'ll"})


def _hoped_clause(toks: list[Tok], i: int) -> bool:
    """Is the verb at ``i`` in the clause a hope or wish introduces, after its modal ("it hoped
    French officials would be arrested", "hopes that the sanctions will be lifted")?"""
    modal = False
    for k in range(i - 1, max(-1, i - 10), -1):
        w = toks[k].norm
        if w in _CLAUSE_MODALS:
            modal = True
        elif w in HOPE_WORDS:
            return modal and (k == 0 or toks[k - 1].norm not in ("no", "little", "the", "a", "any", "new"))
        elif w in _PUNCT or w in ("and", "but", "because", "after", "when", "while"):
            return False
    return False


def _performative(toks: list[Tok], i: int) -> bool:
    """Is the verb at ``i`` a speech act the speaker performs by saying "I/we want to ..." ("I want
    to thank", "we wish to express our displeasure")?"""
    return i >= 3 and toks[i].norm in PERFORMATIVE_VERBS and toks[i - 1].norm == "to" \
        and toks[i - 2].norm in ("want", "wish") and toks[i - 3].norm in ("i", "we")


TOPIC_WORDS = frozenset({"discuss", "discussed", "discussing", "about", "regarding", "concerning"})


def _topic_actor(ctx: SentenceContext, a: Actor, m: Match) -> bool:
    """Is the actor the topic of a meeting, named after "to discuss"/"about" with no partner met
    before it ("Biden met with his national security team to discuss Iran")?"""
    toks = ctx.toks
    s = next((s_ for s_, _e, b in ctx.actors if b is a), None)
    if s is None or s <= m.end:
        return False
    return any(toks[k].norm in TOPIC_WORDS for k in range(m.end, s))


def _private_people(ctx: SentenceContext, a: Actor) -> bool:
    """Is the actor a state's private people ("Chinese tour groups", "Chinese tourists")?"""
    return a.form == "demonym" and bool(a.head) and a.head[0] in PRIVATE_HEADS


INFINITIVE_HEADS = frozenset({"ready", "willing", "able", "unable", "eager", "keen", "prepared", "set", "due",
                              "likely", "unlikely", "expected", "going", "about", "reluctant", "determined",
                              "right", "time", "first", "last", "agreement", "decision", "plan", "plans",
                              "promise", "pledge", "vow", "threat", "offer", "bid", "call", "calls", "request",
                              "order", "orders", "invitation", "proposal", "need", "demand", "demands"})


def _adjunct_infinitive(ctx: SentenceContext, i: int) -> bool:
    """"summoned the envoy on Friday to lodge a complaint": an infinitive after a complete phrase
    (a time, a noun that governs no infinitive) states the purpose of the main act, not another."""
    toks = ctx.toks
    if i < 3 or toks[i - 1].norm != "to":
        return False
    w = toks[i - 2]
    if not w.norm.isalpha() or w.norm in INFINITIVE_HEADS or _is_verbish(w.norm) or w.norm in AUX_VERBS \
            or w.norm in ("and", "or", "but", "not", "also", "then", "never", "further"):
        return False        # "agreed to withdraw ... and to unblock links": the same governing verb
    if any(e == i - 1 for s, e, a in ctx.actors) or _by_owner_before(ctx, i - 1):
        return False        # "urged China to", "asked Qatar to", "an attempt by the Indonesian navy to"
    if _dated_complement(ctx, i - 1):
        return False        # "agreed on Friday to supply Italy with gas": the verb's own complement
    if i >= 4 and toks[i - 3].norm in BE_FORMS and w.norm.endswith("s") and not w.norm.endswith("ss"):
        return True         # "both countries should be partners to cooperate": what they are for
    return any(_is_verbish(t.norm) and t.norm not in AUX_VERBS for t in toks[:i - 2])


# verbs whose to-infinitive is their complement (what was agreed, decided, pledged), not a purpose
INFINITIVE_VERBS = frozenset("""agree agreed agrees decide decided decides pledge pledged pledges promise promised
promises vow vowed vows refuse refused refuses threaten threatened threatens plan planned plans offer offered offers
vote voted votes seek sought seeks resolve resolved resolves""".split())
# around the date between a verb and its "to": also "at" and "later" ("agreed at midnight to",
# "decided later that day to")
_TIME_GLUE = DATE_GLUE | {"at", "later"}


def _dated_complement(ctx: SentenceContext, to: int) -> bool:
    """Is the "to" at ``to`` the complement of an infinitive-taking verb separated from it only by a
    time expression ("agreed on Friday to", "decided last week to")?"""
    toks = ctx.toks
    in_tx = {k for s, e, _t in ctx.timexes for k in range(s, e)}
    for k in range(to - 1, max(-1, to - 7), -1):
        if toks[k].norm in INFINITIVE_VERBS:
            return k < to - 1 and any(j in in_tx for j in range(k + 1, to))
        if k not in in_tx and toks[k].norm not in _TIME_GLUE:
            return False
    return False


def _headline(toks: list[Tok]) -> bool:
    """Is the sentence set in title case (a headline)?"""
    words = [t.text for t in toks if t.text[:1].isalpha() and len(t.text) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) * 2 > len(words)


def _resolve_overlaps(matches: list[Match]) -> list[Match]:
    """Keep the most specific match where literal words overlap."""
    kept: list[Match] = []
    used: set[int] = set()
    for m in sorted(matches, key=lambda m: (-m.pattern.n_lit, m.start, -(m.end - m.start))):
        if used.intersection(m.lit_positions):
            continue
        kept.append(m)
        used.update(m.lit_positions)
    return kept


GOODS_HEADS = frozenset({"vaccines", "doses", "aid", "supplies", "consignment", "consignments", "shipment",
                         "shipments", "relief"})


# measures a retaliation answers without force ("retaliated against US tariffs")
ECONOMIC_MEASURES = frozenset({"sanction", "sanctions", "tariff", "tariffs", "measures", "ban", "bans", "restrictions",
                               "duties", "levies", "expulsion", "expulsions", "curbs", "embargo", "decision", "move"})


# plural nouns that are also verb forms ("US sanctions", "Chinese strikes"); not "wants", "says"
NOUNISH_S_FORMS = frozenset({"sanctions", "tariffs", "strikes", "attacks", "threats", "protests", "visits", "demands",
                             "calls", "raids", "bans", "curbs", "restrictions", "warnings", "pledges", "promises",
                             "accusations", "offers", "appeals", "requests", "proposals", "exercises", "drills",
                             "deals", "purchases", "sales", "shipments", "deployments", "incursions", "embargoes",
                             "boycotts", "expulsions", "seizures", "arrests", "talks", "supplies", "exports", "imports"})


# what a state is made to pay for an act it did ("would face consequences for barring ...")
PENALTY_WORDS = frozenset({"consequences", "consequence", "price", "punished", "punish", "punishment", "penalty",
                           "penalties", "penalized", "penalised", "retaliation", "accountable", "responsible",
                           "pay", "suffer", "regret", "blamed", "sanctioned", "criticized", "criticised",
                           "condemned", "rebuked", "retaliate"})
# "have agreed to sign", "agreeing to end": an agreement governs the planned act
_AGREE = re.compile(r"\bagree")
_AGREE_TO = re.compile(r"\bagree[sd]? to\b")


# the first word of "persona non grata": the person named before it is the one declared unwelcome
UNWELCOME_WORDS = frozenset({"persona", "personae"})


def _code_match(ctx: SentenceContext, m: Match, cl: list[int], actor_at) -> list[Candidate]:
    p = m.pattern
    toks = ctx.toks
    h = m.head
    nominal = "N" in p.flags
    # actors on the trigger's own literal words are not participants (actor slots are)
    excluded = set(m.lit_positions) - set(m.actor_positions)
    sources, targets, location, reciprocal, passive = _participants(ctx, m, cl, actor_at, excluded, nominal)
    if p.code.startswith("042") and p.text.startswith("attend") and not targets and location is None and (
            len(sources) >= 2 or sources and sources[0].is_group and len(sources[0].ids) >= 2):
        return []       # "the leaders of Armenia and Georgia will attend the summit": no one visits the other
    if p.code == "110" and "regret" in p.text and sources and targets and set(targets[0].states) & {
            st for a in sources for st in a.states if st}:
        # "Turkey expressed regret that Turkish jets had shot down the plane": regret for one's own act
        # is the apology; the receiver comes from context
        p = dataclasses.replace(p, code="055")
        m = dataclasses.replace(m, pattern=p)
        targets = []
    if not nominal and not sources and not passive and toks[h].norm.endswith("ing") and h \
            and toks[h - 1].norm not in BE_FORMS and _trailing_say(toks, h) is None:
        return []       # "equals to sealing off Taiwan": a gerund without its actor
        # (", the country's defence minister said, accusing Beijing": the speaker is found later)
    k_for = h - 2 if h >= 2 and toks[h - 1].norm in ('"', "“", "'", "‘") else h - 1
    if not nominal and toks[h].norm.endswith("ing") and k_for >= 0 and toks[k_for].norm in ("for", "of"):
        credit = [k for k in range(max(0, h - 10), h) if toks[k].norm in CREDIT_VERBS]
        if credit and toks[credit[-1]].norm in BLAME_VERBS:
            return []       # "condemned Turkey for 'invading' northern Syria": the blamed act is alleged
        if credit:
            # "thanked Guatemala and Paraguay for moving their embassies": the thanked ones acted;
            # "thanked the international community for sending teams": nobody we know
            objs = [(s_, e_, a_) for s_, e_, a_ in ctx.actors if credit[-1] < s_ <= credit[-1] + 3
                    and not a_.location]
            if not objs:
                return []
            sources = _with_coordinated(ctx, objs[:1], ctx.actors)
            if targets and set(targets[0].states) & {st for a_ in sources for st in a_.states}:
                targets = []
    if p.code[:2] == "04" and not nominal and targets:
        kept = [a for a in targets if not _private_people(ctx, a) and not _topic_actor(ctx, a, m)]
        if not kept:
            return []       # "met with Chinese students", "met with his security team to discuss Iran"
        targets = kept
    if not sources and not targets and location is None and not (
            nominal and "sym" in p.flags and (p.code[:2] in ("04", "05", "06", "08") and p.conf >= 0.8
                                              or p.code[:2] == "19" and p.conf >= 0.6)) \
            and not _both_sides_subject(ctx, m):
        return []       # (a named meeting without participants takes the dyad in the pipeline)
    if not nominal and _wished(toks, m.start) and not p.code.startswith("01"):
        return []       # "Russia wants to prevent Ukrainian ships from returning": a wish, no act
    if not nominal and not p.code.startswith("01") and passive and not _by_agent(ctx, m) \
            and _hoped_clause(toks, m.start):
        return []       # "it hoped French officials would be arrested": a hoped act nobody is told to do
    if p.code[:2] in ("04", "05", "06") and sources and _private_people(ctx, sources[0]) \
            or p.code.startswith("042") and sources and sources[0].head and sources[0].head[-1:] and any(
                w in VEHICLE_HEADS for w in sources[0].head[:3]) and sources[0].form == "demonym":
        return []       # "Chinese tour groups visiting the country": no state's act
    if nominal:
        cl = _adjunct_scope(toks, cl, h)
    before_words = _modal_window(toks, cl, h, nominal)
    if not nominal and p.code[:2] == "01":
        before_words = _after_quote(toks, h, before_words)
    # (a noun's words run from its head: "a second meeting between Ali and Maduro will take place")
    a0 = h + 1 if nominal and m.start <= h < m.end else m.end
    span = 12 if nominal else 8
    if nominal and not any(_is_verbish(w) and w not in NOUN_MARKERS for w in before_words):
        # a noun heading the subject keeps its predicate however long the noun phrase ("An official
        # visit of X to Y that was scheduled for Tuesday has been canceled")
        span = 20
    after_words = [t.norm for t in toks[a0:a0 + span]]
    fact = factuality(before_words, after_words, nominal=nominal)
    if fact in ("planned", "possible") and called_off_after_but([t.norm for t in toks[a0:a0 + 30]]):
        fact = "negated"    # "was due to visit X on Monday to sign the pact, but his visit was canceled"
    if fact == "occurred" and not nominal and h >= 2 and toks[h - 1].norm == "to" \
            and headline_future([t.text for t in toks[:h]]):
        fact = "planned"    # "PM Ardern to visit China": the news style's future (see modality)
    if p.code == "190" and toks[h].norm.startswith("retaliat") and fact == "occurred" and any(
            toks[k].norm in ECONOMIC_MEASURES for k in range(m.end, min(len(toks), m.end + 5))):
        return []       # "Beijing retaliated against US sanctions": the counter-measure, told apart, is the act
    if fact in ("planned", "possible") and not nominal and toks[h].norm.endswith("ing") and h >= 2 \
            and toks[h - 1].norm == "for" and any(toks[k].norm in PENALTY_WORDS for k in range(max(0, h - 7), h - 1)):
        fact = "occurred"   # "Lithuania would face consequences for barring the transit": the barring is done
    if fact == "occurred" and nominal and p.code[:2] in ("04", "15") and any(
            w in ("announced", "announces", "announce", "announcing") for w in before_words[-6:]):
        fact = "planned"    # "China announces live-fire drills": scheduled, unlike "announced sanctions"
    if fact == "possible" and not nominal and _performative(toks, h):
        fact = "occurred"   # '"We want to express our displeasure"': said, so done
    code = p.code
    if nominal and m.start >= 2 and toks[m.start - 1].norm in ("the", "a") and toks[m.start - 2].norm in (
            "to", "of") and m.start >= 3 and toks[m.start - 3].norm in ("end", "ending", "ended"):
        fact = "occurred"   # "an end to the fighting": the fighting happened
    if (p.code.startswith("057") or p.code[:2] == "03") and fact == "planned" \
            and _AGREE.search(" ".join(before_words)):
        # "have agreed to sign a peace deal": the agreement is reached; "agreed to end their trade
        # disputes" (03, an expressed intent): the intent is expressed
        fact = "occurred"
    agreed = _agreed_cooperation(p.code, fact, before_words)
    if agreed:
        fact = "occurred"   # "Jordan has agreed to supply Iraq with electricity", "agreed to express regret"
    judged = False
    if "mil" in p.extra and sources and _armed_actor(sources[0]):
        code = p.extra["mil"]   # "Rwandan troops crossed into Congo": an incursion, no visit
    fut_code = p.extra.get("fut")
    if fut_code and fact in ("planned", "possible"):
        code = fut_code     # "will retaliate" threatens; "retaliated" fought
    if "judg" in p.extra and not passive and not _subject(ctx, h, cl) and not (nominal and _by_agent(
            ctx, m, inside=h == m.end - 1 and h > m.start, nominal=True)):
        code = p.extra["judg"]    # a thing that violates sovereignty: the speaker's accusation
        judged = True
    if "pair" in p.extra and (len(sources) >= 2 or sources and targets and "sym" in p.flags):
        code = p.extra["pair"]      # "the U.S. and South Korean drills": a joint exercise
    if code.startswith("041") and m.actor_positions and toks[h].norm.startswith("call"):
        naming = _naming(ctx, m)
        if naming is None:
            return []       # "called the move a necessary step": naming, not a phone call
        if naming:
            code = "111"    # "called Modi a 'clown'", "calling Glas' detention an 'authoritarian act'"
    if code.startswith("141") and toks[h].norm.startswith("protest") and sources and all(
            _state_voice(a) for a in sources):
        code = "114"        # "Indonesia and Malaysia protest 'trespass' of Chinese boats": a diplomatic protest
    if code.startswith("160") and toks[h].norm.startswith("review") and (len(sources) >= 2 or any(
            toks[k].norm in ("sides", "both", "leaders", "ministers") for k in range(max(0, h - 4), h))):
        code = "040"        # "where the two sides will review the bilateral relations": talks, no cut
    if code.startswith("043") and _act_welcomed(toks, cl, m):
        code = "051"        # "Cuba's release of the contractor was welcomed by Washington": praise, no host
    if code.startswith("114") and any(toks[k].norm in ("its", "their", "our") for k in range(h + 1, m.end)):
        code = "161"        # "Spain had summoned its ambassador for consultations": a recall
    if code.startswith("12") and toks[m.end - 1].norm == "to" and m.end < len(toks) \
            and toks[m.end].norm in SPEECH_COMPLEMENTS:
        code = "011"        # "he declined to describe it": no comment, not a rejection
    neg_code = p.extra.get("neg")
    if neg_code and fact == "negated":
        code, fact = neg_code, "occurred"   # "will not endorse", "do not recognize": a rejection
    elif code.startswith("12") and fact in ("negated", "planned") and (
            toks[m.start].norm in ("not", "never", "no", "little", "zero") or "comp" in p.flags):
        fact = "occurred"   # "will not reconsider", "refused to": the rejection itself is the act
    elif code.startswith("13") and fact in ("planned", "possible"):
        fact = "occurred"   # "our military will react firmly": the threat is made now
    elif code[:2] in ("16", "17", "18", "19", "20") and fact in ("planned", "possible") and not nominal \
            and _conditioned(toks, cl, h):
        # "if no agreement is reached, tariffs will begin on Monday", "will withdraw its peacekeepers
        # unless ...": a hostile act held over a condition is a threat, made now
        code, fact = ("131" if code[:2] in ("16", "17") else "138"), "occurred"
    light = nominal and bool(sources) and _is_light_object(toks, h)
    when, when_src = _time(ctx, h, cl, fact, before_words, nominal and not light)
    if (judged or agreed) and fact == "occurred" and when_src == "timex" and ctx.published \
            and (judged or _is_future(when, ctx.published)):
        when, when_src = _past_window(ctx.published)    # the accusation is made now, not on the act's day
    if when_src == "timex" and fact == "occurred" and _is_future(when, ctx.published) and not nominal \
            and not _past_form(toks[h].norm):
        fact = "planned"
    if fact == "occurred" and nominal and when and _is_future(when, ctx.published):
        fact = "planned"
    if nominal and fact in ("possible", "planned") and when_src == "timex" and _is_past(when, ctx.published):
        fact = "occurred"   # "could be traced back to the North's February 2013 nuclear test"
    rule = p.rule
    attrs: dict = {}
    if passive:
        attrs["passive"] = True
    if not nominal and toks[h].norm.endswith("ing") and h and toks[h - 1].norm == ",":
        attrs["participle"] = True      # ", accusing Minsk of ...": an adjunct of the clause before
    if not sources and targets and p.code[:2] == "14":
        # "anti-Japan demonstrations in Beijing": the protesters are where they march
        where = [a for s_, e_, a in ctx.actors if s_ > h and cl[s_] == cl[h] and s_ - h <= 6
                 and toks[s_ - 1].norm == "in" and a.states and a.states[0]
                 and a.states[0] not in {st for t_ in targets for st in t_.states}]
        if not where:
            # "Crowds in Niamey burned French flags": the protesters' place before the verb
            where = [a for s_, e_, a in ctx.actors if s_ < m.head and cl[s_] == cl[h] and s_ >= 2
                     and toks[s_ - 1].norm == "in" and toks[s_ - 2].norm in CROWD_NOUNS and a.location
                     and a.states and a.states[0] and a.states[0] not in {st for t_ in targets for st in t_.states}]
        if where:
            sources = where[:1]
    if not sources and not nominal and not passive:
        inst = _institution_subject(ctx, h, cl)
        if isinstance(inst, Actor):
            sources = [inst]                # "Mexico, where authorities have granted him asylum"
        elif inst:
            attrs["inst_subject"] = True    # "Police released another North Korean suspect"
    if not targets and p.code[:2] == "04" and _unnamed_partner(ctx, m):
        attrs["thing_target"] = True    # "after meeting with security officials": nobody we know
    if not targets and _thing_receiver(ctx, m, nominal):
        attrs["thing_target"] = True    # "a crackdown on pro-democracy protests": no state receives it
    others = {st for s_, e_, a in ctx.actors if s_ > m.end and _new_clause_subject(toks, s_, e_, m.end)
              for st in a.states if st}
    if others:
        attrs["clause_subjects"] = others   # (no receiver by fallback: "... and Botswana currently has")
    if reciprocal == "domestic":
        attrs["domestic"] = True
        reciprocal = False
    cands = [Candidate(
        code=code, sources=sources, targets=targets, location=location, factuality=fact, when=when,
        when_source=when_src, sentence=ctx.index, start=ctx.start, end=ctx.end,
        trigger_start=toks[h].start, trigger_end=toks[m.end - 1].end, rule=rule, confidence=p.conf,
        flags=p.flags, nominal=nominal, reciprocal=reciprocal or "recip" in p.flags, attributes=attrs)]
    if nominal and code[:2] in ("16", "17", "18", "19", "20") and fact in ("planned", "possible") and sources \
            and _conditioned(toks, cl, h):
        # "If no agreement is reached, US tariffs on Mexican goods will begin on Monday": the planned
        # tariffs and, made now, the threat
        threat = dataclasses.replace(cands[0], code="131" if code[:2] in ("16", "17") else "138",
                                     factuality="occurred", rule=rule + " (conditional threat)",
                                     attributes=dict(attrs))
        threat.when, threat.when_source = _past_window(ctx.published)
        cands.append(threat)
    # "agreed to restore ties": the agreement occurred, the restoration is planned
    if code.startswith("032") or (code.startswith("054") and _AGREE_TO.search(" ".join(before_words))):
        c = cands[0]
        if code.startswith("032"):
            c.code = "054"
            c.factuality = "planned" if fact in ("occurred", "planned") else fact
        if c.factuality == "planned":
            c_when = c.when if c.when_source == "timex" and not _is_future(c.when, ctx.published) else None
            past = None
            if not c_when and ctx.published and c.when_source == "default":
                # the agreement is this week's news (the past window), not the restoration's coming month
                from diplograph.ingest.eventtime import DEFAULT_DAYS

                past = f"{ctx.published - dt.timedelta(days=DEFAULT_DAYS)}/{ctx.published}"
            agree = Candidate(
                code="057", sources=sources, targets=targets, location=location, factuality="occurred",
                when=c_when or past,
                when_source="timex" if c_when else ("default" if past else "none"),
                sentence=ctx.index, start=ctx.start, end=ctx.end, trigger_start=c.trigger_start,
                trigger_end=c.trigger_end, rule=rule + " (agreement)", confidence=p.conf,
                flags=p.flags | {"sym"}, nominal=nominal, reciprocal=reciprocal)
            if c.when_source == "default":
                c.when, c.when_source = None, "none"
            cands.append(agree)
    cands.extend(_from_side(ctx, m, cands[0]))
    return cands


# acts that are welcomed or hailed (the passive "was welcomed by X" then praises, it hosts nobody)
WELCOMED_ACTS = frozenset({"decision", "decisions", "move", "moves", "step", "steps", "release", "agreement",
                           "agreements", "deal", "deals", "ceasefire", "truce", "announcement", "offer", "proposal",
                           "proposals", "initiative", "plan", "pledge", "commitment", "recognition", "election",
                           "reforms", "gesture", "invitation", "resolution", "verdict", "ruling", "news", "accord"})


def _act_welcomed(toks: list[Tok], cl: list[int], m: Match) -> bool:
    """Is what "was welcomed|hailed by X" an act told in the subject ("Germany's decision to send
    tanks was welcomed by Ukraine"), not a guest ("the Indian prime minister was welcomed by")?"""
    h = m.head
    if toks[h].norm not in ("welcomed", "hailed") or not h or toks[h - 1].norm not in BE_FORMS:
        return False
    k = h - 2
    while k >= 0 and cl[k] == cl[h] and toks[k].norm not in _PUNCT:
        if toks[k].norm in WELCOMED_ACTS:
            return True
        k -= 1
    return False


# heads of armed actors besides MIL_HEADS: one soldier, a patrol, a unit ("a Congolese soldier had crossed into Rwanda")
ARMED_HEADS = MIL_HEADS | frozenset({"soldier", "trooper", "troop", "patrol", "patrols", "unit", "convoy", "convoys",
                                     "warship", "warships", "drone", "drones", "gunmen", "militiamen",
                                     "paratroopers", "commandos", "battalion", "battalions", "brigade", "brigades"})


def _armed_actor(a: Actor) -> bool:
    """Is this actor an armed force (troops, a soldier, a patrol, rebels ...)?"""
    return bool(a.military or any(w in ARMED_HEADS for w in a.head))


def _from_side(ctx: SentenceContext, m: Match, cand: Candidate) -> list[Candidate]:
    """The second act of a row flagged ``from=CODE``: the actor right after a 'from' that follows the
    match is that act's target ("switched recognition from Taiwan to China": the break with Taiwan,
    161, beside the recognition of China). Only a switch told as done: a feared or planned one is
    one possibility, not two acts."""
    code = m.pattern.extra.get("from")
    if not code or not cand.sources or cand.factuality != "occurred":
        return []
    toks = ctx.toks
    for k in range(m.end, min(len(toks) - 1, m.end + 4)):
        if toks[k].norm in _PUNCT:
            return []
        if toks[k].norm == "from":
            at = k + 2 if toks[k + 1].norm == "the" else k + 1
            got = [a for s_, e_, a in ctx.actors if s_ == at and a.states and a.states[0]]
            src = {st for a in cand.sources for st in a.states}
            if not got or set(got[0].states) & src:
                return []
            return [dataclasses.replace(cand, code=code, targets=got[:1], rule=cand.rule + " (from)",
                                        attributes=dict(cand.attributes))]
    return []


def _state_voice(a: Actor) -> bool:
    """Does this actor speak for a state (named state, capital, government, official), not for a
    crowd ("Kenyans", "Chinese protesters") or a place where people march?"""
    if a.location or a.form in ("demonym", "pronoun"):
        return False
    return a.kind in ("state", "person") or a.form in ("capital", "seat")


BOTH_SIDES_HEADS = frozenset({"ministers", "participants", "sides", "delegations", "parties", "leaders",
                              "presidents", "counterparts"})


def _both_sides_subject(ctx: SentenceContext, m: Match) -> bool:
    """Is a symmetric cooperative verb's subject the two sides unnamed ("The ministers agreed to
    continue contacts", "the meeting participants agreed ...")? The pipeline then gives the dyad."""
    p = m.pattern
    if "sym" not in p.flags or p.code[:2] not in ("03", "04", "05", "06") or "N" in p.flags:
        return False
    h = m.head
    return any(ctx.toks[k].norm in BOTH_SIDES_HEADS for k in range(max(0, h - 3), h)) \
        and not any(h - 6 <= s < h for s, _e, _a in ctx.actors)


def _agreed_cooperation(code: str, fact: str, before: list[str]) -> bool:
    """An act of cooperation (05, 06; not 054, which gets its own agreement event) that a side has
    "agreed to" is reported as reached: "Jordan has agreed to supply Iraq with electricity starting
    next year" (the agreement is the news, dated by its telling, not by the supplies' start),
    "North Korea agreed to express regret over the incident"."""
    return fact == "planned" and code[:2] in ("05", "06") and not code.startswith("054") \
        and len(before) >= 2 and before[-1] == "to" and before[-2] in ("agreed", "agree", "agrees", "agreeing")


def _past_window(published: dt.date | None) -> tuple[str | None, str]:
    """The default window of an act told as news: the days before publication."""
    if published is None:
        return None, "none"
    from diplograph.ingest.eventtime import DEFAULT_DAYS

    return f"{published - dt.timedelta(days=DEFAULT_DAYS)}/{published}", "default"


# after "called X", words that keep it a phone call ("called Putin on Tuesday", "called Macron to discuss")
CALL_FOLLOW = frozenset({".", ",", ";", ":", "on", "to", "for", "and", "about", "over", "in", "at", "after", "before",
                         "during", "last", "this", "yesterday", "late", "early", "today", "earlier", "from",
                         "with", "twice", "again", "back", "amid", "following", "as", "when", "while", "but", "(",
                         ")", "—"}) | frozenset(WEEKDAYS)
PRAISE_WORDS = frozenset({"friend", "friends", "partner", "partners", "ally", "allies", "brother", "brothers",
                          "hero", "great", "good", "close", "strategic", "reliable", "important", "true", "dear"})


def _naming(ctx: SentenceContext, m: Match) -> bool | None:
    """After "called X": False for a phone call, True for a quoted name that judges X ("called
    Modi a 'clown'"), None for any other naming ("called the talks a first step")."""
    toks = ctx.toks
    s0 = _past_possessor(ctx, m.actor_positions[0])
    e = next((e for s, e, a in ctx.actors if s == s0), m.end)
    if s0 != m.actor_positions[0]:
        while e < len(toks) and toks[e].norm in OTHER_PARTY_NOUNS:
            e += 1      # "called his Tanzanian counterpart on Monday"
    if e >= len(toks) or toks[e].norm in CALL_FOLLOW:
        return False
    window = [t.norm for t in toks[e:e + 10]]
    quoted = any(w in ('"', "“", "”", "'", "‘", "’") for w in window)
    if quoted and not (set(window) & PRAISE_WORDS):
        return True
    return None


NOUN_MARKERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these",
                          "those", "'s", "any", "no", "every", "each", "first", "second", "latest", "recent",
                          "planned", "official", "state", "historic", "landmark", "surprise", "brief",
                          "upcoming", "two-day", "three-day", "one-day", "week-long", "short", "impending",
                          "anticipated", "expected", "proposed", "long-awaited", "postponed", "cancelled",
                          "canceled", "forthcoming", "previous", "last", "next", "reciprocal", "return",
                          "working", "three-nation", "regional", "foreign"})
# noun markers that are adverbs after a modal or auxiliary ("will next visit", "had first met")
ADVERB_MARKERS = frozenset({"next", "first", "last", "second"})
NOUN_ADJECTIVES = frozenset({"armed", "military", "terrorist", "deadly", "major", "new", "fresh", "further",
                             "possible", "alleged", "joint", "cyber", "missile", "drone", "rocket", "air",
                             "chemical", "nuclear", "large-scale", "massive", "unprovoked", "suicide", "surprise",
                             "diplomatic", "formal", "strong", "sharp", "harsh", "direct", "rare", "renewed",
                             "repeated", "immediate", "unconditional", "full", "partial", "public", "personal"})
QUANTITY_NOUNS = frozenset({"series", "number", "wave", "round", "rounds", "string", "spate", "flurry", "host",
                            "lot", "set", "couple", "pair", "raft", "barrage", "slew", "list", "days", "weeks",
                            "months", "years", "hours", "kind", "type", "sort", "campaign", "program",
                            "programme", "package", "batch", "volley", "salvo", "exchange"})
NOUN_PREPS = frozenset({"on", "against", "of", "for", "about", "over", "after", "before", "during", "without",
                        "despite", "amid", "following", "in", "with", "from", "by", "into", "between"})
PURPOSE_NOUNS = frozenset({"condition", "attempt", "effort", "efforts", "bid", "order", "aim", "way", "move",
                           "step", "steps", "need", "right", "chance", "opportunity", "pressure", "campaign",
                           "drive", "push", "means", "intended", "designed", "aimed", "first", "measure",
                           "measures"})


def _noun_use(ctx: SentenceContext, m: Match) -> bool:
    """A verbal row matched a noun: the trigger word follows a determiner or a possessor
    ("a vow to", "his visit", "Kim's trip", "the coast guard's use of")."""
    if m.head != m.start:
        return False        # "sanctions were imposed", "the deal signed": the head is a later verb
    if m.start and m.end < len(ctx.toks) and ctx.toks[m.end].norm == "as" and ctx.toks[m.start].norm.endswith("ed") \
            and ctx.toks[m.start - 1].norm.isalpha() and ctx.toks[m.start - 1].text.islower() \
            and not _is_verbish(ctx.toks[m.start - 1].norm) and ctx.toks[m.start - 1].norm not in AUX_VERBS \
            and not ctx.toks[m.start - 1].norm.endswith("ly") and ctx.toks[m.start - 1].norm not in ("and", "or", "but"):
        return True         # "the region recognized as Azerbaijani territory": a description, not an act
    i = m.start - 1
    head_w = ctx.toks[m.start].norm
    if i > 0 and ctx.toks[i].norm in ('"', "“") and ctx.toks[i - 1].norm in (
            "it", "he", "she", "they", "we", "i", "that", "who"):
        return False        # 'said it "regrets that ..."': a quoted verb after its subject
    if i >= 1 and ctx.toks[i].norm in ("’", "'") and any(e == i for s, e, a in ctx.actors):
        return True         # "at the Solomon Islands’ request": a plural possessor's noun
    if i >= 0 and ctx.toks[i].norm == "," and _parenthetical_after_subject(ctx, i):
        return False        # "Afghanistan, in turn, accuses Islamabad of ...": the subject's verb
    if i < 0 or ctx.toks[i].norm in _PUNCT:
        if i >= 1 and ctx.toks[i].norm == "," and head_w.endswith("s") and m.start + 1 < len(ctx.toks) and any(
                s_ == m.start + 1 and a.kind in ("state", "person") and not a.possessive and not a.location
                and a.form not in ("demonym", "pronoun") for s_, e_, a in ctx.actors):
            return False    # "Azerbaijan evacuates embassy, blames Iran": a second verb of the subject
        # "Sanctions imposed by ...", ", sanctions imposed": a plural noun opens the phrase
        return head_w.endswith("s") and not head_w.endswith("ss")
    w = ctx.toks[i].norm
    if head_w.endswith("ed") and w in ("the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "'s") \
            and m.pattern.code[:2] in ("01", "02", "03", "10", "11", "12", "13") and m.end < len(ctx.toks) \
            and ctx.toks[m.end].norm.isalpha() and ctx.toks[m.end].norm not in ("by", "to", "that", "as"):
        return True       # "the alleged attack", "the proposed talks": a word said is an adjective here
    if head_w.endswith("ed") or head_w in PAST_PARTICIPLES or head_w in _IRREGULAR_PAST:
        return False      # "the recently signed deal", "the jet downed", "The United States withdrew": verbs
    if head_w in NOUNISH_S_FORMS:
        pre = next(((s_, a) for s_, e_, a in ctx.actors if e_ == m.start), None)
        obj_next = any(s_ == m.end for s_, e_, a in ctx.actors)      # "the United States sanctions Russia"
        if pre is not None and pre[0] > 0 and not obj_next and pre[1].form != "pronoun" \
                and pre[1].kind in ("state", "org") \
                and ctx.toks[pre[0] - 1].norm not in ("that", "this", "which") and (
                    ctx.toks[pre[0] - 1].norm in NOUN_PREPS or ctx.toks[pre[0] - 1].norm in ADJUNCT_PREPS
                    or ctx.toks[pre[0] - 1].norm in DETERMINERS
                    or ctx.toks[pre[0] - 1].norm in ("to", "new", "fresh", "further")
                    or pre[1].form == "demonym" and _is_verbish(ctx.toks[pre[0] - 1].norm)):
            # "in response to US sanctions that ...", "the new EU sanctions", "prompted British
            # sanctions": a state's noun
            return True
    if i >= 2 and all(ctx.toks[k].text.isalpha() and ctx.toks[k].text.islower() and not _is_verbish(ctx.toks[k].norm)
                      and ctx.toks[k].norm not in AUX_VERBS and ctx.toks[k].norm not in SUBJ_PRONOUNS
                      and not ctx.toks[k].norm.endswith(("s", "ly")) and len(ctx.toks[k].norm) > 3
                      and ctx.toks[k].norm not in SUBJ_SKIP and ctx.toks[k].norm not in BOUNDARY_WORDS
                      and ctx.toks[k].norm not in DETERMINERS and ctx.toks[k].norm not in NOUN_PREPS
                      and ctx.toks[k].norm not in ("and", "also", "then", "once", "again", "just", "even")
                      for k in (i - 1, i)) \
            and (ctx.toks[i - 2].norm[:1].isdigit() or ctx.toks[i - 2].norm in NOUN_MARKERS
                 or ctx.toks[i - 2].norm in NOUN_PREPS) and not head_w.endswith(("s", "ing")):
        return True       # "over 2014 ammunition depot blast": a noun compound
    if i >= 1 and ctx.toks[i - 1].norm in ("a", "an", "the") and not head_w.endswith("s") \
            and ctx.toks[i].text.isalpha() and ctx.toks[i].text.islower() and not w.endswith(("s", "ly")) \
            and not _is_verbish(w) and w not in AUX_VERBS and w not in SUBJ_PRONOUNS:
        return True       # "after a fist fight", "a border clash": a noun compound
    if i >= 1 and w.endswith("ing") and len(w) > 5 and ctx.toks[i].text.islower() and not head_w.endswith(("ing", "ed")) \
            and ctx.toks[i - 1].norm in DETERMINERS | {"any", "every", "each", "no", "either", "neither"}:
        return True         # "any warring side with weapons", "the ruling party": an adjective and its noun
    if w in ADVERB_MARKERS and i >= 1 and ctx.toks[i - 1].norm in AUX_VERBS:
        return False        # "Qureshi will next visit Russia", "she will first travel to Kyiv": an adverb
    if w in NOUN_MARKERS or w in NOUN_ADJECTIVES and not (head_w.endswith("ing")):
        return True
    if w in NOUN_PREPS and not head_w.endswith("ing"):
        return True         # "bans on travel to Canada", "advised against travel"
    if w == "of" and i >= 1 and ctx.toks[i - 1].norm in QUANTITY_NOUNS:
        return True         # "following three days of rioting"
    if (w in NUMBER_WORDS or w.isdigit()) and head_w.endswith("s") and not head_w.endswith("ss"):
        return True         # "satisfy our side's four demands", "after two visits": a counted noun
    if head_w.endswith("s") and not head_w.endswith("ss") and m.start + 1 < len(ctx.toks) \
            and any(e == m.start and a.kind == "state" and not a.possessive for s, e, a in ctx.actors) \
            and (ctx.toks[m.start + 1].norm in ("the", "a", "an", "its", "their", "his", "her")
                 or any(s == m.start + 1 and not a.location for s, e, a in ctx.actors)):
        return False        # "The United States backs Ukraine": a present-tense verb before its object
    if _compound_plural(ctx, m, w, head_w):
        return True         # "cancelled planned meetings and delegation visits from that country"
    for s, e, a in ctx.actors:
        if e == m.start and (a.possessive or a.kind in ("state", "org") and s > 0 and not head_w.endswith("ing")
                             and (ctx.toks[s - 1].norm in NOUN_MARKERS or ctx.toks[s - 1].norm in NOUN_PREPS)):
            return True     # "Kim's visit", "the Taiwan visit", "a UN ban"
        if e == m.start and a.kind in ("state", "org") and not a.location and s > 0 and not head_w.endswith("ing") \
                and ctx.toks[s - 1].norm in NOUN_ADJECTIVES:
            return True     # "dismissed new U.S. sanctions", "fresh EU tariffs": an adjective opens the noun phrase
    return False


# nouns that premodify a plural act noun ("delegation visits", "ministerial visits", "exchange visits")
COMPOUND_MODIFIERS = frozenset({"delegation", "delegations", "ministerial", "high-level", "leadership", "exchange",
                                "parliamentary", "presidential", "cabinet", "bilateral", "mutual", "frequent",
                                "regular", "royal", "summit", "top-level", "senior-level", "leaders"})


def _compound_plural(ctx: SentenceContext, m: Match, w: str, head_w: str) -> bool:
    """A plural act noun after a noun modifier, with no object after it: "delegation visits from that
    country", "regular ministerial visits and talks" (not "a delegation visits Pakistan")."""
    if w not in COMPOUND_MODIFIERS or head_w not in NOUNISH_S_FORMS or m.end > m.start + 1:
        return False
    if m.end >= len(ctx.toks):
        return True
    nxt = ctx.toks[m.end].norm
    return nxt not in DETERMINERS and not any(s_ == m.end for s_, e_, a in ctx.actors)


PARENTHETICAL_WORDS = frozenset({"in", "turn", "meanwhile", "however", "for", "its", "their", "his", "her", "part",
                                 "too", "also", "though", "instead", "moreover", "furthermore",
                                 "likewise", "similarly", "nevertheless", "nonetheless", "therefore", "thus",
                                 "separately", "meantime", "the", "on", "other", "hand", "by", "contrast",
                                 "accordingly", "equally", "reportedly", "allegedly", "apparently"})


def _parenthetical_after_subject(ctx: SentenceContext, i: int) -> bool:
    """Does the comma at ``i`` close a short parenthetical right after a subject actor
    ("Afghanistan, in turn, accuses", "China, meanwhile, says", "Russia, for its part, ...")?"""
    toks = ctx.toks
    for j in range(i - 1, max(-1, i - 6), -1):
        if toks[j].norm == ",":
            inner = [t.norm for t in toks[j + 1:i]]
            return bool(inner) and all(w in PARENTHETICAL_WORDS for w in inner) \
                and any(e == j and not a.location for s, e, a in ctx.actors)
    return False


def _purpose_infinitive(toks: list[Tok], i: int) -> bool:
    """"(as a condition / in an attempt / efforts) to X": X is a purpose, not an event."""
    if i >= 4 and toks[i - 1].norm in ("and", "or") and toks[i - 3].norm == "to":
        i -= 2              # "an opportunity to expand and deepen ties": the first infinitive's head
    if i < 2 or toks[i - 1].norm != "to":
        return False
    return toks[i - 2].norm in PURPOSE_NOUNS or (i >= 3 and toks[i - 3].norm in PURPOSE_NOUNS
                                                    and toks[i - 2].norm in ("further", "also", "immediately"))


def _past_form(w: str) -> bool:
    return w.endswith("ed") or w in PAST_PARTICIPLES or w in _IRREGULAR_PAST


# --------------------------------------------------------------------------- participants

def _participants(ctx: SentenceContext, m: Match, cl: list[int], actor_at, excluded: set[int],
                  nominal: bool):
    """(sources, targets, location, reciprocal, passive) of one trigger match."""
    sources, targets, location, reciprocal, passive = _participants_core(ctx, m, cl, actor_at, excluded, nominal)
    if len(sources) >= 2 and not targets and not nominal and "sym" not in m.pattern.flags \
            and not m.pattern.code.startswith("01"):
        # "between Iran and the United States, which cut diplomatic relations with Iran": a
        # coordinated side named again as the verb's object is the receiver, not one of the actors
        again = next((a for s_, _e, a in ctx.actors if m.end <= s_ <= m.end + 3 and cl[s_] == cl[m.head]
                      and not a.location and a.kind in ("state", "person") and a.states and a.states[0]
                      and _prep_before(ctx.toks, s_) in PARTY_PREPS
                      and any(a.states[0] in src.states for src in sources)), None)
        if again is not None:
            sources = [src for src in sources if again.states[0] not in src.states]
            targets = [again]
    if location is None:
        # where it happens: a place right after "in"/"at" in the trigger's clause ("Xi and Kim
        # could meet in Moscow"), whichever way the participants were found
        clause = cl[m.head]
        # (after the receiver: "met Iranian Foreign Minister Mohammad Javad Zarif in Tehran")
        after = max([m.end] + [e for _s, e, a in ctx.actors if e >= m.end and any(a is t for t in targets)]) \
            if targets else m.end
        location = next((a for s, _e, a in ctx.actors if a.location and m.end <= s <= after + 3
                         and cl[s] == clause and s not in excluded and a not in targets
                         and _prep_before(ctx.toks, s) in ("in", "at")), None)
    return sources, targets, location, reciprocal, passive


def _participants_core(ctx: SentenceContext, m: Match, cl: list[int], actor_at, excluded: set[int],
                       nominal: bool):
    p = m.pattern
    toks = ctx.toks
    h = m.head
    clause = cl[h]

    def actors_in(lo: int, hi: int) -> list[tuple[int, int, Actor]]:
        return [(s, e, a) for s, e, a in ctx.actors if lo <= s < hi and cl[s] == clause and s not in excluded]

    sources: list[Actor] = []
    targets: list[Actor] = []
    location: Actor | None = None
    reciprocal = False
    if p.code.startswith("04") and toks[h].norm == "visiting" and h + 1 in actor_at and (
            h == 0 or toks[h - 1].norm in _PUNCT or toks[h - 1].norm in ("-", "the", "a", "--")) \
            and (actor_at[h + 1][1].kind == "person" or actor_at[h + 1][1].form == "demonym"):
        # "Visiting Japanese Prime Minister Shinzo Abe and his Mongolian counterpart agreed ...": the
        # visitor follows; the host is the other state named
        e0, visitor = actor_at[h + 1]
        v_states = set(visitor.states)
        host = [a for s_, e_, a in ctx.actors if s_ >= e0 and not a.location and a.states and a.states[0]
                and not set(a.states) & v_states and not a.is_group and a.kind in ("state", "person")]
        if not host:
            host = [a for s_, e_, a in ctx.actors if a.states and a.states[0] and not set(a.states) & v_states
                    and not a.is_group]
        return [visitor], host[:1], None, False, False
    passive = not nominal and _is_passive(toks, h, m.end)
    if passive or nominal:
        sources = _by_agent(ctx, m, inside=nominal and h == m.end - 1 and h > m.start, nominal=nominal)
    subj = (not nominal and (_for_subject(ctx, h) or _coordinated_infinitive_subject(ctx, h, cl)
                             or _gerund_subject(ctx, h))) or _subject(ctx, h, cl)
    if not nominal and not passive:
        owner = _infinitive_owner(ctx, m) or _by_phrase_owner(ctx, m)
        if owner:
            subj = owner    # "slammed Washington's decision to sell arms to Taiwan": Washington sells
    if passive and subj and _reduced_passive(toks, h) and not any(e == h for s_, e, a in ctx.actors):
        subj = []       # "illegal migrants detained at the border with Belarus": the migrants, no actor
    if ("judg" in p.flags or "judg" in p.extra and not subj and not passive) and not sources:
        # "the presence of this balloon violates our sovereignty, Blinken said": a judgment
        return _judgment(ctx, m, cl, subj, "judg" in p.flags) + (passive,)
    if "judg" in p.flags and sources and nominal:
        # '"This represents an unlawful use of force by the Russian state against the United Kingdom"
        # (May)': a judgment whose agent is what the speaker accuses
        sp, _about, _loc, _rec = _judgment(ctx, m, cl, subj, True)
        if sp and not ({st for a in sp for st in a.states if st} & {st for a in sources for st in a.states if st}):
            return sp, sources[:1], None, False, passive
    if nominal and not sources:
        pre = _np_premodifiers(ctx, h, m)
        spans = {id(a): s_ for s_, e_, a in ctx.actors}
        anti = [a for a in pre if toks[spans.get(id(a), 0)].text.lower().startswith(("anti-", "anti"))
                and toks[spans.get(id(a), 0)].text.lower() != a.surface.lower()]
        if anti:
            targets = anti[-1:]     # "anti-Japan demonstrations": Japan is what they are against
            pre = [a for a in pre if a not in anti]
        if len(pre) == 1 and "sym" in p.flags and p.code[:2] in ("18", "19", "20") and not pre[0].possessive \
                and pre[0].kind == "state" and pre[0].form not in ("demonym", "pronoun") and not targets:
            pre = []        # "will prolong the Ukraine war", "the Syria conflict": where it is fought, not who fights
        if pre:
            poss = [a for a in pre if a.possessive or a.kind == "person"]
            adj = [a for a in pre if not (a.possessive or a.kind == "person")]
            if "loc" in p.flags and adj and not poss and (p.code.startswith("04") or adj[-1].form != "demonym"):
                targets = adj[-1:]      # "his China visit"; but "the Israeli bombardment of Lebanon" is Israel's
            elif toks[m.start].norm in UNWELCOME_WORDS:
                targets = pre[-1:]  # "to declare the Turkish ambassador persona non grata": the one declared
            elif poss or adj:
                sources = _coordinated_pre(ctx, pre, poss or adj)
        if not sources and not targets:
            btw = _between(ctx, m)
            if btw:
                if len(btw) >= 2:
                    sources, targets = btw[:1], btw[1:2]
                else:
                    sources = btw
        if not sources and not targets:
            sources = _from_actor(ctx, m)      # "an ultimatum from the junta", "recognition from X"
            if sources and subj and _goods_from(toks, m) and _direct_object(toks, h) \
                    and _governed_by_verb(toks, cl, h, m, subj, ctx) \
                    and not set(sources[0].states) & {st for a in subj for st in a.states}:
                # "The kingdom imposed a ban on all imports from Lebanon": the verb's subject bans, the
                # goods' origin is the target
                sources, targets = subj, sources
        if not sources and "loc" in p.flags:
            sources = _of_actor(ctx, m)        # "the visit of Raisi to Russia"
        if not sources and subj and "nosubj" not in p.flags \
                and (_direct_object(toks, h) or "sym" in p.flags and p.code.startswith("04")
                     and not _deep_of(toks, h) and not _is_adjunct(toks, h)) \
                and _governed_by_verb(toks, cl, h, m, subj, ctx):
            sources = subj
    elif not sources and passive and m.head > m.start and "N" not in p.flags and _np_premodifiers(ctx, m.start, m) \
            and toks[m.start].norm in PATIENT_NOUNS:
        # "the Maldivian envoy was summoned to the foreign ministry in New Delhi": the envoy's state
        # is the patient; the host of the place acts
        targets = _np_premodifiers(ctx, m.start, m)[-1:]
        t_states = set(targets[0].states)
        host = [a for s_, e_, a in ctx.actors if s_ > h and a.states and a.states[0]
                and a.states[0] not in t_states and not a.is_group and s_ - h <= 10]
        sources = host[:1]
    elif not sources and passive and m.head > m.start and "N" not in p.flags and toks[m.start].norm not in AUX_VERBS \
            and _np_premodifiers(ctx, m.start, m):
        # "US sanctions on Iran would be lifted": the noun's owner acts on the "on X" inside
        sources = _np_premodifiers(ctx, m.start, m)[-1:]
        inner = [a for s_, e_, a in ctx.actors if m.start < s_ < h and not a.location
                 and toks[s_ - 1].norm in ("on", "against", "for", "to")]
        targets = inner[:1]
    elif not sources:
        if passive and "to_src" in p.flags:
            # "Kim had been invited to Russia": the inviter is the place after "to"
            after = actors_in(m.end, len(toks))
            to_act = [a for s, e, a in after if s > 0 and toks[s - 1].norm == "to"]
            if to_act:
                sources = to_act[:1]
                targets = subj
        elif passive and _entry_host(ctx, m) is not None:
            # "Serbian Patriarch Porfirije was barred from entering Kosovo": the state he may not enter
            sources = [_entry_host(ctx, m)]
            targets = [a for a in subj if a not in sources]
        elif passive and "recip" in p.flags:
            # "Gross had been swapped for three Cubans": the two sides of the swap
            after = [a for s, e, a in actors_in(m.end, len(toks)) if not a.location]
            if after and subj:
                sources, targets = after[:1], subj[:1]
        elif passive and "subjsrc" in p.flags and subj and (subj[0].military or any(
                w in MIL_HEADS or w in DEPLOYED_HEADS or w.startswith("peacekeep") for w in subj[0].head[:3])):
            sources = subj      # "Russian peacekeepers would be deployed": the sender's own forces
        elif passive and p.code[:2] in ("18", "19", "20") and m.actor_positions and m.actor_positions[0] > h \
                and m.actor_positions[0] in actor_at:
            # "Two North Korean missiles were fired at Japan's territory": the weapon's owner fires at the slot
            s0 = m.actor_positions[0]
            targets = _with_coordinated(ctx, [(s0, actor_at[s0][0], actor_at[s0][1])], ctx.actors)
            t_states = {st for a in targets for st in a.states if st}
            sources = [a for a in subj if a.states and a.states[0] and not set(a.states) & t_states
                       and a.kind == "state" and a.form == "demonym"]
        elif passive:
            targets = subj
            if subj and p.code[:2] in ("11", "16", "17"):
                # "the Chinese ambassador to Seoul was summoned": the host state summons
                s_end = next((e for s, e, a in ctx.actors if a is subj[-1]), None)
                host = [a for s, e, a in ctx.actors if s_end is not None and s_end <= s < h and s > 0
                        and _prep_before(toks, s) == "to" and a.states and a.states[0]
                        and a.states[0] not in subj[-1].states]
                if not host and subj:
                    # "Kenyan envoys in Somalia have been ordered to leave": the host of the place
                    s0 = next((e for s, e, a in ctx.actors if a is subj[-1]), None)
                    host = [a for s, e, a in ctx.actors if s0 is not None and s0 < s < h and s0 + 3 >= s
                            and _prep_before(toks, s) == "in" and a.states and a.states[0]
                            and a.states[0] not in subj[-1].states]
                if not host and p.code[:2] == "11":
                    # "the Maldivian envoy was summoned to the foreign ministry in New Delhi"
                    host = [a for s, e, a in ctx.actors if m.end <= s <= m.end + 8 and cl[s] == clause
                            and a.location and a.states and a.states[0] and a.states[0] not in subj[-1].states]
                if not host and p.code[:2] == "11":
                    # "the US ambassador to Russia, Lynne Tracy, was summoned to the Russian Foreign
                    # Ministry": the ministry's state, or the post named before an appositive
                    t_states = set(subj[-1].states)
                    host = [a for s, e, a in ctx.actors if m.end <= s <= m.end + 3 and toks[s - 1].norm in (
                                "to", "the") and a.states and a.states[0] and a.states[0] not in t_states
                            and not a.location and a.kind in ("state", "org")] or \
                           [a for s, e, a in ctx.actors if s < h and s > 0 and toks[s - 1].norm == "to"
                            and cl[s] == clause and a.states and a.states[0] and a.states[0] not in t_states
                            and e < h and toks[e].norm == ","]
                if host:
                    sources = host[:1]
        else:
            sources = subj
    if "milsrc" in p.flags:  # noqa: SIM102
        if not sources or not (sources[0].military or any(w in MIL_HEADS for w in sources[0].head)):
            return [], [], None, False, passive
    # symmetric triggers with coordinated sources: "Xi and Kim could meet"
    if "sym" in p.flags and not targets and len(sources) >= 2 and not nominal:
        sources, targets = sources[:1], sources[1:]
    domestic = False
    if not targets and "subjtgt" in p.flags and subj and subj[0] not in sources:
        targets = subj[:1]  # "Abhinandan is in Pakistan Army's custody": the subject is held
    elif not targets and "subjtgt" in p.flags:
        src_states = {st for a in sources for st in a.states if st}
        if any(s_ < m.start and not a.location and set(a.states) & src_states for s_, e_, a in ctx.actors
               if a not in sources):
            # "the U.S. citizens ... are already in U.S. custody": held by their own state
            return sources, [], None, "domestic", passive
    if not targets:
        targets, location, reciprocal, domestic = _targets(ctx, m, cl, excluded, sources, nominal)
        if passive and not subj and not m.actor_positions and targets:
            # "civilians were killed in what Azerbaijan called ...": after a passive only a
            # prepositional receiver ("sanctions were imposed on Russia") is the target
            t_starts = {id(a): st for st, e, a in ctx.actors}
            t_ends = {id(a): e for st, e, a in ctx.actors}
            targets = [a for a in targets if a.location or _prep_before(toks, t_starts.get(id(a), 0)) in PASSIVE_TGT_PREPS
                       and not _owner_of_place(toks, t_ends.get(id(a), 0))]
        if passive and sources and not targets and subj:
            # "The Philippine boat was blocked by Chinese coast guard vessels": the patient's state
            src_states = {st for a in sources for st in a.states if st}
            targets = [a for a in subj if a.states and a.states[0] and not set(a.states) & src_states
                       and a not in sources]
    if not sources and not nominal and p.code.startswith("07") and toks[m.start].norm in GOODS_HEADS:
        # "doses of vaccine, dispatched from India, reached Bhutan": the sender named inside the subject
        sources = [a for s, e, a in ctx.actors if m.start < s < h and toks[s - 1].norm in ("from", "by")
                   and a.states and a.states[0] and not a.location][:1]
    if not targets and nominal and p.code[:2] in ("16", "17", "18", "19"):
        rel = _relative_receiver(ctx, m)
        if rel is not None and not (set(rel.states) & {st for a in sources for st in a.states if st}):
            targets = [rel]     # "US sanctions that targeted Chinese officials": the relative clause's object
    if not targets and "loc" in p.flags and p.code.startswith("04"):
        held = _held_in(ctx, m)
        if held is not None:
            targets = [held]    # "will attend a forum that will take place at the palace in Dushanbe"
    # a place as target of a loc trigger: its state is the target, the place the location
    if targets and targets[0].location:
        location = targets[0]
    if location is None and "loc" in p.flags:
        for _s, _e, a in actors_in(h + 1, len(toks)):
            if a.location:
                location = a
                break
    if "sym" in p.flags and not targets and len(sources) >= 2:
        sources, targets = sources[:1], sources[1:]
    if domestic and not targets:
        reciprocal = "domestic"     # a same-state receiving side: no fallback in the pipeline
    if "xsrc" in p.flags and m.actor_positions and m.actor_positions[0] in actor_at:
        # lexicon option xsrc: the actor slot reacts to the subject ("the move angered Beijing",
        # "drew a rebuke from Moscow", "has been met with criticism in France")
        s0 = m.actor_positions[0]
        slot = _with_coordinated(ctx, [(s0, actor_at[s0][0], actor_at[s0][1])], ctx.actors)
        other = targets if passive else sources
        poss = [a for s_, e_, a in ctx.actors if s_ < m.start and cl[s_] == cl[m.head] and a.possessive]
        if poss:
            other = poss[:1]    # "Mali's use of the Russian company Wagner has been met with criticism"
        sources, targets = slot, [a for a in other if a not in slot]
    return sources, targets, location, reciprocal, passive


def _for_subject(ctx: SentenceContext, h: int) -> list[Actor]:
    """The subject of an infinitive in "for X to VERB" ("only for Prayuth to seize power", "waited
    for Kyiv to sign"): X acts, not the subject of the clause around it."""
    toks = ctx.toks
    k = h - 1 - (h > 1 and toks[h - 1].norm.endswith("ly"))     # "to abruptly seize"
    if k < 2 or toks[k].norm != "to":
        return []
    got = [(s, e, a) for s, e, a in ctx.actors if e == k and s > 0 and toks[s - 1].norm == "for"
           and not a.location]
    return [got[0][2]] if got else []


def _gerund_subject(ctx: SentenceContext, h: int) -> list[Actor]:
    """The subject of a gerund right after it in a prepositional phrase ("on the heels of China
    signing a pact with the Solomon Islands", "despite Russia threatening Kyiv"): that actor."""
    toks = ctx.toks
    if h < 2 or not toks[h].norm.endswith("ing"):
        return []
    got = [(s, a) for s, e, a in ctx.actors if e == h and not a.location and not a.possessive
           and a.kind in ("state", "person") and a.form not in ("demonym", "pronoun")]
    if not got or got[0][0] < 1 or toks[got[0][0] - 1].norm not in GERUND_PREPS:
        return []
    return [got[0][1]]


# prepositions whose object can be a gerund with its own subject ("after Iran seizing", "of China signing")
GERUND_PREPS = frozenset({"of", "after", "before", "despite", "amid", "over", "about", "by", "without", "against"})


def _coordinated_infinitive_subject(ctx: SentenceContext, h: int, cl: list[int]) -> list[Actor]:
    """The subject of the second of two coordinated infinitives ("decided to expel two diplomats from
    Estonia and to close its consulate"): the first infinitive's subject, not an actor of its object."""
    toks = ctx.toks
    if h < 4 or toks[h - 1].norm != "to" or toks[h - 2].norm not in ("and", "or"):
        return []
    first = None
    for j in range(h - 3, max(0, h - 25), -1):
        if toks[j].norm != "to":
            continue
        v = j + 1 + (toks[j + 1].norm.endswith("ly") and j + 2 < h)     # "to definitively withdraw"
        if _is_verbish(toks[v].norm) and not any(s <= v < e for s, e, _a in ctx.actors):
            first = v
        break
    return _subject(ctx, first, cl) if first is not None else []


TARGETING_VERBS = frozenset({"targeted", "target", "targets", "targeting", "hit", "hits", "punished", "punish",
                             "punishes", "penalized", "penalised", "penalize", "penalise", "struck", "strikes"})


def _relative_receiver(ctx: SentenceContext, m: Match) -> Actor | None:
    """The object of a relative clause that says whom a measure hits: "US sanctions that targeted
    Chinese officials", "tariffs which have hit Russian steel"."""
    toks = ctx.toks
    k = m.end
    if k >= len(toks) or toks[k].norm not in ("that", "which"):
        return None
    k += 1
    if k < len(toks) and toks[k].norm in ("have", "has", "had", "also", "directly"):
        k += 1
    if k >= len(toks) or toks[k].norm not in TARGETING_VERBS:
        return None
    for s_, _e, a in ctx.actors:
        if k < s_ <= k + 3 and not a.location and a.states and a.states[0] \
                and not any(toks[j].norm in _PUNCT for j in range(k, s_)):
            return a
    return None


HELD_WORDS = frozenset({"held", "hosted", "take", "takes", "took", "taking", "convened", "convene", "organized",
                        "organised", "staged", "open", "opens", "opened", "begin", "begins", "began"})


def _held_in(ctx: SentenceContext, m: Match) -> Actor | None:
    """The place of an event noun's relative clause: "attend the forum that will be held in
    Dushanbe", "a summit which took place in Sochi" (the place is where the visitor goes)."""
    toks = ctx.toks
    rel = next((k for k in range(m.end, min(len(toks), m.end + 8)) if toks[k].norm in ("that", "which")), None)
    if rel is None or any(toks[k].norm in _PUNCT for k in range(m.end, rel)):
        return None
    verb = next((k for k in range(rel + 1, min(len(toks), rel + 5)) if toks[k].norm in HELD_WORDS), None)
    if verb is None:
        return None
    for s_, _e, a in ctx.actors:
        if s_ > verb and s_ - verb <= 10 and a.location and a.states and a.states[0] \
                and toks[s_ - 1].norm == "in" and not any(toks[k].norm in _PUNCT for k in range(verb, s_)):
            return a
    return None


# things a state deploys ("Our defence systems are deployed", "Russian warships were stationed")
DEPLOYED_HEADS = frozenset({"systems", "system", "missiles", "missile", "batteries", "warships", "ships", "vessels",
                            "aircraft", "drones", "weapons", "defences", "defenses", "submarines", "bombers",
                            "personnel", "contingent", "battalion", "battalions", "brigade", "brigades"})
# nouns naming people to whom an act is done ("the Maldivian envoy was summoned")
PATIENT_NOUNS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "charge",
                           "consul", "attache", "attaches", "minister", "ministers", "official", "officials",
                           "citizen", "citizens", "nationals", "national", "journalist", "journalists"})
# prepositions that introduce the receiving side after a passive verb without subject
PASSIVE_TGT_PREPS = frozenset({"on", "upon", "against", "to", "toward", "towards", "at", "into", "for"})
# prepositions whose phrase after a verb is circumstance, not the receiving side
VERB_TGT_SKIP = frozenset({"despite", "amid", "amidst", "after", "before", "during", "since", "following",
                           "until", "by", "than", "like", "as", "because", "via", "through", "including",
                           "near", "over", "in", "at", "from", "among", "beside", "besides", "unlike", "within",
                           "across", "around", "throughout", "except", "ahead", "prior", "alongside", "off",
                           "along", "beyond", "outside", "inside", "under", "per"})
POSS_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my"})


def _targets(ctx: SentenceContext, m: Match, cl: list[int], excluded: set[int], sources: list[Actor],
             nominal: bool) -> tuple[list[Actor], Actor | None, bool, bool]:
    """The target(s) of a match: actor slot, named preposition, the noun's prepositional phrase,
    the first actor after a verb in its clause (not in a circumstance phrase: "despite European
    Union opposition"), a relative clause's subject."""
    p = m.pattern
    toks = ctx.toks
    h = m.head
    clause = cl[h]
    location: Actor | None = None
    reciprocal = False
    if m.actor_positions:
        s0 = _past_possessor(ctx, m.actor_positions[0])
        e0 = next(e for s, e, a in ctx.actors if s == s0)
        a0 = next(a for s, e, a in ctx.actors if s == s0)
        return _with_coordinated(ctx, [(s0, e0, a0)], ctx.actors), location, reciprocal, False
    preps = p.extra.get("tgt")
    lo = m.end if "after" in p.flags else h + 1
    reporters = _reporting_subjects(ctx, m.end)
    comp_clause = _complement_clause(toks, cl, m) if "comp" in p.flags or "say" in p.flags \
        or p.code[:2] in ("11", "12", "13") else None
    after = [(s, e, a) for s, e, a in ctx.actors if lo <= s and (cl[s] == clause or cl[s] == comp_clause)
             and s not in excluded and a not in sources and not _quote_closes(toks, m.end, s)
             and s not in reporters and not _based_on(toks, e)]
    if "loc" in p.flags and not nominal and toks[m.end - 1].norm in ("to", "into") and m.end - 1 > h:
        # "is to return to the country this evening, ending his visit to Pakistan": the trip's
        # destination is the object of its own "to", not a place named further on
        after = [x for x in after if x[0] - m.end <= 3 and all(
            toks[k].norm in DETERMINERS or toks[k].text.isalpha() and not _is_verbish(toks[k].norm)
            and toks[k].norm not in ("home", "country") for k in range(m.end, x[0]))]
    if preps:
        allowed = frozenset(preps.split("|"))
        after = [x for x in after if _prep_before(toks, x[0]) in allowed]
    elif nominal:
        after = [x for x in after if x[0] - m.end <= 6 and _prep_before(toks, x[0]) in NOMINAL_PREPS
                 and not any(toks[i].norm in _PUNCT or _is_verbish(toks[i].norm) and toks[i].norm not in
                             ("led", "based", "backed", "occupied", "disputed", "elected")
                             for i in range(m.end, x[0]))]
    else:
        ends = {e: s for s, e, _a in ctx.actors}
        force = p.code[:2] in ("18", "19", "20")
        reactive = p.code[:2] in ("11", "12", "13") and not _is_passive(toks, h, m.end)
        after = [x for x in after if x[0] < m.end or (_prep_before(toks, x[0], ends) not in VERB_TGT_SKIP
                                                      and not _complex_prep(toks, x[0]))
                 or (x[2].location and "loc" in p.flags)
                 or force and not x[2].location and _prep_before(toks, x[0], ends) == "at"
                 or reactive and not x[2].location and _prep_before(toks, x[0], ends) == "by" and x[0] > m.end + 1
                 or _people_from(toks, x[0], ends, m.end)
                 or _posted_host(toks, x[0], m.end)]
        # ("vowed to protect Taiwan from 'intimidation' by China": a reaction answers the agent)
        after = [x for x in after if not _new_clause_subject(toks, x[0], x[1], m.end)
                 and not _absolute_with(toks, x[0], x[1])
                 and (force or not _participle_between(toks, m.end, x[0]))]
        # ("firing missiles at Iraq and Syria": a shot's receiver)
    picked: list[tuple[int, int, Actor]] = []
    src_states = {st for a in sources for st in a.states if st}
    # "denounced violence in his homeland": an act at the source's own home
    home = not nominal and any(a.form == "pronoun" and a.possessive and set(a.states) & src_states and s_ >= 1
                               and toks[s_ - 1].norm in ("in", "inside", "within") and s_ - m.end <= 6
                               for s_, e_, a in ctx.actors if s_ >= m.end and cl[s_] == clause)
    src_ids = {i for a in sources for i in a.ids}
    domestic = False
    for s, e, a in after:
        if a.reciprocal:
            reciprocal = True   # "to each other's capitals"
            continue
        if a.location and "loc" in p.flags and a.states and a.states[0] in src_states and not picked \
                and "self" not in p.flags:
            domestic = True     # "returned to Beijing": a trip home
            break
        if a.form == "pronoun" and not a.possessive and set(a.ids) & src_ids:
            continue   # "Duque had banned him": "him" is not Duque
        if a.form == "pronoun" and a.possessive and s < m.end and p.code == "161" and sources:
            continue   # "announced it would close its embassy", "recall its envoy": the actor's own
        if a.form == "pronoun" and a.possessive and any(
                e <= s2 <= e + 3 and not a2.location and a2.kind in ("state", "person") and a2.form != "pronoun"
                and not set(a2.states) & set(a.states) and all(t.text.isalpha() for t in toks[e:s2])
                for s2, _e2, a2 in after):
            continue   # "with his Portuguese counterpart": the counterpart's state, not the possessor's
        if len(sources) == 1 and sources[0].is_group and len(src_states) >= 2 and not a.is_group \
                and not a.location and a.kind == "state" and a.form != "pronoun" and a.states \
                and a.states[0] in src_states and _prep_before(toks, s) in ("to", "for", "on", "against"):
            picked = [(s, e, a)]    # "the two sides will sign a loan to Tajikistan": the member receives
            break
        if src_states and "self" not in p.flags and a.states and (
                a.states[0] in src_states and not a.is_group
                or a.is_group and set(a.states) & src_states
                or a.possessive and a.form == "pronoun" and set(a.states) & src_states):
            if a.form != "pronoun" and not a.is_group and not a.location and not picked \
                    and _prep_before(toks, s) in ("to", "on", "against", "with", ""):
                domestic = True     # "deliver food to the Philippine forces": a domestic act
            if a.location and not picked and not nominal and p.code[:2] in ("17", "18", "19", "20") \
                    and all(x.kind in ("group", "org") for x in sources) \
                    and s - m.end <= 3 and _prep_before(toks, s) == toks[m.end - 1].norm:
                domestic = True     # "the Houthis, who seized the Yemeni capital": a domestic act
            continue   # "Finland expressed its willingness to join NATO": not Finland's target
        if a.location and "loc" not in p.flags and not (nominal and _prep_before(toks, s) not in ("in", "at")) \
                and not (not nominal and _posted_host(toks, s, m.end)):
            if location is None:
                location = a
            continue
        if a.reciprocal:
            reciprocal = True
            continue
        picked = [(s, e, a)]
        break
    if picked and picked[0][2].kind == "org" and "loc" in p.flags:
        # "his trip to the G20 summit in New Delhi": the host state
        s0 = picked[0][0]
        place = [x for x in ctx.actors if x[0] > s0 and cl[x[0]] == clause and x[2].location and x[2].states[0]
                 and x[0] - s0 <= 6]
        if place:
            picked = place[:1]
    if picked and picked[0][2].kind == "org" and not picked[0][2].states[0] and p.code[:2] in (
            "02", "10", "11", "12", "13", "16"):
        # "a complaint with the WTO over Japan's export restrictions": the state it is about
        s0 = picked[0][0]
        about = [x for x in after if x[0] > s0 and _prep_before(toks, x[0]) in ("over", "against", "about", "on")
                 and x[2].states and x[2].states[0] and not (set(x[2].states) & src_states)]
        if about:
            picked = about[:1]
    if picked:
        return _with_coordinated(ctx, picked, after), location, reciprocal, False
    if domestic or home:
        return [], location, reciprocal, True
    if p.code[:2] in ("13", "16", "17", "18", "19", "20") and not nominal:
        # "threatened to retaliate after Israeli air strikes on its consulate": a hostile reaction
        # answers the agent of the act its after-phrase names
        prov = _provoker(ctx, m, cl, src_states)
        if prov is not None:
            return [prov], location, reciprocal, False
    if p.code[:2] in ("15", "18", "19", "20") and "notgt" not in p.flags:
        # "attacks in northeastern Nigeria", "exercises in Alaska": the state where it happens
        where = [x for x in ctx.actors if x[0] > h and cl[x[0]] == clause and x[0] not in excluded
                 and _prep_before(toks, x[0]) in ("in", "inside", "across", "into") and x[2].states
                 and x[2].states[0] and x[2].states[0] not in src_states and not x[2].is_group]
        if where:
            return [where[0][2]], location or (where[0][2] if where[0][2].location else None), reciprocal, False
    if not nominal and not preps:
        rel = _relative_subject(ctx, m, cl)
        if rel and not (set(rel.states) & src_states):
            return [rel], location, reciprocal, False
        gov = _governing_subject(ctx, m, cl)
        if gov and not (set(gov.states) & src_states):
            return [gov], location, reciprocal, False
    return [], location, reciprocal, False


def _past_possessor(ctx: SentenceContext, s0: int) -> int:
    """The start of the actor an object slot stands for: past a possessive pronoun to the person or
    state its phrase names ("phoned his Tanzanian counterpart", "called her Chilean counterpart
    Alberto van Klaveren"), else ``s0``."""
    a0 = next((a for s, e, a in ctx.actors if s == s0), None)
    if a0 is None or a0.form != "pronoun" or not a0.possessive:
        return s0
    e0 = s0 + 1
    nxt = next((s for s, e, a in ctx.actors if e0 <= s <= e0 + 2 and not a.location and a.form != "pronoun"
                and a.kind in ("state", "person") and not set(a.states) & set(a0.states)
                and all(t.text.isalpha() for t in ctx.toks[e0:s])), None)
    return s0 if nxt is None else nxt


def _participle_between(toks: list[Tok], lo: int, hi: int) -> bool:
    """Does a participial adjunct (", forcing ...", ", prompting ...") open between ``lo`` and ``hi``?
    "had canceled the air permits, forcing the unscheduled Vienna stopover": Vienna receives nothing."""
    return any(toks[k].norm == "," and toks[k + 1].norm.endswith("ing") and _is_verbish(toks[k + 1].norm)
               for k in range(lo, hi - 1))


def _based_on(toks: list[Tok], e: int) -> bool:
    """Is the actor ending at token ``e`` the seat in "the Washington-based OAS" (where something
    sits, never a party)?"""
    if e < len(toks) and toks[e].norm in ("-", "‑", "–") and e + 1 < len(toks):
        return toks[e + 1].norm == "based"
    t = toks[e - 1] if e else None
    return t is not None and t.norm.endswith("-based")


def _reporting_subjects(ctx: SentenceContext, lo: int) -> set[int]:
    """Token starts of the speakers of a reporting clause after ``lo`` ("..., he said",
    "..., Hossam el-Emam, a spokesman for the ministry, told The Associated Press", "..., said Ned
    Price"): the one who reports an act is not its receiver."""
    toks = ctx.toks
    out: set[int] = set()
    for s, e, _a in ctx.actors:
        if s <= lo or toks[s - 1].norm not in (",", "”", '"', "—", "–"):
            continue
        if toks[s - 1].norm in ("”", '"') and not (s >= 2 and toks[s - 2].norm in (",", ".", "!", "?")):
            continue
        if s >= 2 and toks[s - 1].norm == "," and toks[s - 2].norm in SAY_FORMS:
            pass        # inverted: ", said Ned Price"
        elif toks[s - 1].norm in (",", "”", '"') and s + 1 < len(toks) and toks[s].norm in SAY_FORMS:
            continue    # never: the actor starts with a say verb
        k = e
        if k < len(toks) and toks[k].norm == ",":
            # an apposition: ", a spokesman for Egypt's Irrigation Ministry,"
            j = next((j for j in range(k + 1, min(len(toks), k + 16)) if toks[j].norm == ","), None)
            if j is None or any(_is_verbish(toks[i].norm) and toks[i].norm not in ("based", "led", "backed")
                                for i in range(k + 1, j)):
                continue
            k = j + 1
        if k < len(toks) and toks[k].norm in ("also", "later", "earlier", "then"):
            k += 1
        inverted = s >= 2 and toks[s - 1].norm == "," and toks[s - 2].norm in SAY_FORMS
        if inverted or k < len(toks) and toks[k].norm in SAY_FORMS and (
                k + 1 >= len(toks) or toks[k + 1].norm in _PUNCT or toks[k + 1].norm in ("on", "in", "to", "at")
                or toks[k + 1].norm in DETERMINERS or toks[k + 1].text[:1].isupper()):
            out.add(s)
    return out


REACTION_PREPS = frozenset({"after", "following"})


def _provoker(ctx: SentenceContext, m: Match, cl: list[int], src_states: set) -> Actor | None:
    """The agent of the act an after/following phrase right after a reaction names ("retaliate
    after Israeli air strikes", "hit back following Russia's attack"): its national adjective or
    possessor."""
    toks = ctx.toks
    for i in range(m.end, min(len(toks), m.end + 3)):
        if toks[i].norm in _PUNCT:
            return None
        if toks[i].norm in REACTION_PREPS:
            for s, _e, a in ctx.actors:
                if i < s <= i + 3 and not a.location and a.kind == "state" and (a.form == "demonym" or a.possessive) \
                        and a.states and a.states[0] and a.states[0] not in src_states \
                        and all(toks[k].norm in DETERMINERS for k in range(i + 1, s)):
                    return a
            return None
    return None


POSTED_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission", "missions", "diplomats",
                          "ambassador", "ambassadors", "envoy", "envoys", "legation", "chancery"})


def _posted_host(toks: list[Tok], s: int, lo: int) -> bool:
    """Is the actor at ``s`` the host of a diplomatic post that is the verb's object (from ``lo``:
    "closed all its embassies in Nigeria", "shut its embassy in Kyiv")?"""
    i = s - 1
    while i >= 0 and toks[i].norm in DETERMINERS:
        i -= 1
    if not (i >= 1 and toks[i].norm == "in" and toks[i - 1].norm in POSTED_NOUNS):
        return False
    return all(toks[k].norm in DETERMINERS or toks[k].norm in ("its", "their", "his", "her", "all", "the")
               or toks[k].norm.isdigit() for k in range(lo, i - 1))


def _absolute_with(toks: list[Tok], s: int, e: int) -> bool:
    """Is the actor at ``s``..``e`` the subject of an absolute "with" phrase ("with Mali a focal
    point", "with Israel blaming Turkey", "with Russia having sent troops")?"""
    if s < 1 or toks[s - 1].norm != "with" or e >= len(toks):
        return False
    w = toks[e].norm
    return w in ("a", "an", "the", "being", "having", "now", "still", "also") or (
        w.endswith("ing") and len(w) > 4 and w not in ("during", "including", "regarding", "concerning"))


def _new_clause_subject(toks: list[Tok], s: int, e: int, lo: int) -> bool:
    """Is the actor at ``s``..``e`` the subject of a clause coordinated after the trigger ("slammed
    the incidents and Botswana currently has a travel advisory")?"""
    if s < 2 or toks[s - 1].norm != "and" or s - 1 <= lo or e >= len(toks):
        return False
    prev = toks[s - 2]
    if not prev.text.isalpha() or not prev.text.islower():
        return False        # "Sweden and Finland", "with Russia and China": coordinated names
    j = e
    while j < len(toks) and j < e + 3 and (toks[j].norm.endswith("ly") or toks[j].norm in (
            "also", "now", "still", "then", "later", "already", "not", "never")):
        j += 1
    if j >= len(toks):
        return False
    w = toks[j].norm
    return w in AUX_VERBS or w in ("has", "have", "had") or (w.endswith("ed") and len(w) > 4) \
        or w in _IRREGULAR_PAST or w in SAY_FORMS


INSTITUTION_HEADS = frozenset({"police", "authorities", "officials", "government", "prosecutors", "court",
                               "courts", "ministry", "army", "military", "troops", "forces", "navy", "coast",
                               "guard", "guards", "soldiers", "security", "president", "cabinet", "parliament",
                               "judges", "judge", "investigators", "officers", "diplomats", "regime", "junta"})


def _institution_subject(ctx: SentenceContext, h: int, cl: list[int]):
    """The subject of the verb at ``h`` when it is an institution the text names without a state:
    the state of the place a "where" clause hangs on ("arrived in Mexico, where authorities have
    granted him asylum"), else True for a bare institution ("Police released another suspect"),
    else None."""
    toks = ctx.toks
    first = first_in_clause(cl, cl[h])
    words = [t.norm for t in toks[first:h]]
    if words and words[0] in ("where",):
        words = words[1:]
    while words and words[-1] in AUX_VERBS | {"also", "then", "now", "later", "already", "not", "never"}:
        words.pop()
    while words and words[0] in ("the", "local", "state", "federal", "national", "security", "senior", "top",
                                 "some", "several"):
        words = words[1:]
    if not words or len(words) > 3 or words[-1] not in INSTITUTION_HEADS or any(
            first <= s < h for s, e, a in ctx.actors):
        return None
    if toks[first].norm == "where" and first >= 1:
        k = first - 1 if toks[first - 1].norm != "," else first - 2
        place = [a for s, e, a in ctx.actors if e == k + 1 and a.states and a.states[0]]
        return place[0] if place else None
    return True


def _conditioned(toks: list[Tok], cl: list[int], h: int) -> bool:
    """Is the clause of ``h`` the consequence of an if/unless clause of its sentence?"""
    clause = cl[h]
    for i, t in enumerate(toks):
        if t.norm in ("if", "unless") and cl[i] != clause and (i < h or t.norm == "unless"):
            return True
    return _trailing_condition(toks, h)


# words after which "if" asks whether ("asked if", "unclear if", "to see if"): no condition
_WHETHER_IF = frozenset("""ask asks asked asking wonder wonders wondered wondering know knows knew see sees saw
seen check checks checked decide decides decided determine determines determined question questioned doubt
doubts doubted unclear clear sure unsure uncertain known as even only what whether""".split())


def _trailing_condition(toks: list[Tok], h: int) -> bool:
    """An "if" after the act, past its object, sets the condition of a threatened act ("would launch
    an offensive against Syria if Kurdish forces do not withdraw", "will impose sanctions on
    Lithuania if it allows a Taiwan office"); not an "if" of asking ("asked if", "unclear if")
    nor one that opens a new sentence part after ";" or a closing quote. An act that only could
    happen ("Israel could strike Iran's nuclear sites if talks fail") stays a possibility."""
    if any(toks[k].norm in ("could", "may", "might") for k in range(max(0, h - 4), h)):
        return False
    for i in range(h + 1, min(len(toks), h + 16)):
        w = toks[i].norm
        if w in (";", ":", "but", "while", "whereas", "although", "because") or w in ('"', "”"):
            return False
        if w == "if":
            return toks[i - 1].norm not in _WHETHER_IF
    return False


def _thing_receiver(ctx: SentenceContext, m: Match, nominal: bool) -> bool:
    """Does the trigger name its receiver as a thing no actor stands for ("the regime's brutal
    crackdown on pro-democracy protests", "support for the M23 terrorist movement", "deployed its
    military to several parts of west Africa")?"""
    toks = ctx.toks
    j = m.end
    if not nominal:
        if not m.pattern.code.startswith("15"):
            return False
        while j < len(toks) and j < m.end + 4 and toks[j].norm not in ("to", "into") and toks[j].norm not in _PUNCT:
            j += 1
    preps = ("on", "against", "upon", "for", "to", "into") if nominal else ("to", "into")
    if j >= len(toks) or toks[j].norm not in preps:
        return False
    k = j + 1
    while k < len(toks) and k < j + 8 and toks[k].norm not in _PUNCT and toks[k].norm not in BOUNDARY_WORDS:
        if any(s == k and (a.states and a.states[0] or not a.location) for s, e, a in ctx.actors):
            return False    # (a region of no one state, "several parts of west Africa", is still a thing)
        k += 1
    return k > j + 1


# the prepositions of a meeting's partner ("met with"; after a speech verb also "speaking to reporters")
PARTNER_PREPS = frozenset({"with", "to"})


def _unnamed_partner(ctx: SentenceContext, m: Match) -> bool:
    """Does a meeting verb name its partner with a phrase no actor stands in ("after meeting
    with security officials", "talked with reporters")?"""
    toks = ctx.toks
    preps = PARTNER_PREPS if toks[m.head].norm.startswith(("speak", "spoke", "talk")) else ("with",)
    j = m.end - 1 if toks[m.end - 1].norm in preps else m.end
    if j >= len(toks) or toks[j].norm not in preps:
        return False
    k = j + 1
    while k < len(toks) and k < j + 6 and toks[k].norm not in _PUNCT and toks[k].norm not in BOUNDARY_WORDS \
            and toks[k].norm not in ("on", "in", "at", "to", "about", "over", "for", "and", "from"):
        if any(s <= k < e for s, e, a in ctx.actors):
            return False
        k += 1
    return k > j + 1


def _quote_closes(toks: list[Tok], lo: int, hi: int) -> bool:
    """Does a quotation close between ``lo`` and ``hi`` ('... devolved into a fist fight," the
    Saudi Press Agency said': the agency is the speaker, no participant of the quoted act)?"""
    return any(toks[k].norm in ('"', "”") and toks[k - 1].norm in (",", ".", "!", "?")
               for k in range(max(lo, 1), hi))


def _governing_subject(ctx: SentenceContext, m: Match, cl: list[int]) -> Actor | None:
    """"the United States has set preconditions that the North Korean regime is unwilling to
    accept": a rejection inside a relative clause answers the subject of the clause it hangs on."""
    if m.pattern.code[:2] not in ("11", "12"):
        return None
    toks = ctx.toks
    first = first_in_clause(cl, cl[m.head])
    if first == 0 or toks[first].norm not in ("that", "which") or toks[first - 1].norm in SAY_FORMS \
            or toks[first - 1].norm in _PUNCT:
        return None
    gov = _subject(ctx, first - 1, cl)
    return gov[0] if gov else None


def _complement_clause(toks: list[Tok], cl: list[int], m: Match) -> int | None:
    """The clause a speech-act trigger introduces ("warned that South Korea will ...")."""
    j = m.end
    if j < len(toks) and toks[j].norm == ",":
        j += 1
    if j < len(toks) and toks[j].norm in ("saying", "adding", "warning", "claiming", "arguing") and j + 1 < len(toks):
        j += 1          # "lashed out, saying Putin's game ... is cynical"
        if toks[j].norm == "that" and j + 1 < len(toks):
            j += 1
        return cl[j]
    if j < len(toks) and cl[j] != cl[m.head] and toks[j].norm in ("that", "\"", "“"):
        return cl[j]
    for k in range(m.head + 1, m.end):
        if toks[k].norm == "that" and cl[k] != cl[m.head]:
            return cl[k]    # the pattern holds the "that": "requested that Uganda send troops"
    return None


# verbs whose object noun is somebody else's act ("described the demand as interference",
# "condemned the attack", "rejected the proposal")
EVAL_VERBS = frozenset("""describe described describes describing call called calls calling condemn condemned
condemns criticize criticized criticise criticised reject rejected rejects welcome welcomed welcomes praise
praised deny denied denies discuss discussed hail hailed denounce denounced oppose opposed opposes support
supported backed accept accepted dismiss dismissed decry decried slam slammed protest protested question
questioned comment commented respond responded react reacted blame blamed investigate investigated review
reviewed recall recalled mention mentioned cite cited note noted follow followed follows after
regret regretted mourn mourned ban banned bans banning forbid forbade forbids prohibit prohibited prohibits
outlaw outlawed""".split())
LIGHT_PREP_VERBS = frozenset({"part", "engaged", "engage", "engages", "participated", "participate", "agreed",
                              "agree", "joined", "join", "involved", "embarked", "resumed", "entered", "enter"})


def _direct_object(toks: list[Tok], h: int) -> bool:
    """Is the noun phrase headed at ``h`` the direct object of its verb ("held talks", "took part
    in exercises"), rather than a preposition's object ("on a vow to") or the object of a verb
    that judges somebody else's act ("described the demand as")?"""
    start = _np_start(toks, h)
    if start == 0:
        return False
    w = toks[start - 1].norm
    if w == "of" and start >= 2 and toks[start - 2].norm in ASPECT_NOUNS:
        return _direct_object(toks, start - 2)      # "announced the postponement of the visit"
    if w in NOUN_PREPS or w in ADJUNCT_PREPS:
        return w in ("in", "on", "into") and start >= 2 and toks[start - 2].norm in LIGHT_PREP_VERBS
    return w not in EVAL_VERBS and w not in BE_FORMS     # "the visit is a legacy-building trip": a predicate


def _deep_of(toks: list[Tok], h: int) -> bool:
    """Is the noun at ``h`` the object of an "of" after a noun that is no phase of it ("the path
    of negotiations", "the importance of talks"; not "the resumption of talks")?"""
    start = _np_start(toks, h)
    return start >= 2 and toks[start - 1].norm == "of" and toks[start - 2].norm not in ASPECT_NOUNS \
        and toks[start - 2].norm not in QUANTITY_NOUNS


# nouns that name a phase of another act ("the postponement of the visit"): the act is the verb's
ASPECT_NOUNS = frozenset({"postponement", "cancellation", "resumption", "suspension", "start", "launch",
                          "continuation", "completion", "conclusion", "beginning", "delay"})


def _is_light_object(toks: list[Tok], h: int) -> bool:
    """Is the noun the object of a light verb right before it ("issued a series of harsh
    statements", "held talks", "launched an offensive")? Such a noun is dated like a verb."""
    start = _np_start(toks, h)
    for i in range(max(0, start - 4), start):
        if toks[i].norm in LIGHT_VERBS and toks[i].norm not in ("have", "lead", "leads", "led", "result",
                                                                "results", "resulted", "seek", "sought"):
            return True
    return False


def _is_adjunct(toks: list[Tok], h: int) -> bool:
    """Is the noun phrase headed at ``h`` a circumstance ("after the storming of its embassy",
    "despite an ultimatum", "over its tariffs")?"""
    start = _np_start(toks, h)
    return start > 0 and toks[start - 1].norm in ADJUNCT_PREPS


def _of_actor(ctx: SentenceContext, m: Match) -> list[Actor]:
    """"the impending visit of Raisi to Russia": the traveller of a visit noun."""
    toks = ctx.toks
    if m.end < len(toks) and toks[m.end].norm == "of":
        for s, e, a in ctx.actors:
            if s in (m.end + 1, m.end + 2) and a.kind in ("state", "person") and not a.location \
                    and e < len(toks) and (toks[e].norm == "to" or a.kind == "person"
                                           or a.form == "demonym" and toks[e].norm in TITLE_SKIP):
                return [a]      # ("the official visit of the Beninese Foreign Minister")
    return []


TRADE_GOODS = frozenset({"import", "imports", "export", "exports", "goods", "products", "shipments", "produce",
                         "fruit", "vegetables", "agricultural", "flights", "travellers", "travelers", "visitors",
                         "arrivals", "oil", "gas", "grain", "coal", "beef", "seafood", "fish"})


def _goods_from(toks: list[Tok], m: Match) -> bool:
    """Does a "from" right after the trigger follow goods ("a ban on imports from Lebanon")?"""
    return any(toks[i].norm == "from" and i and toks[i - 1].norm in TRADE_GOODS
               for i in range(m.end, min(len(toks), m.end + 2)))


def _from_actor(ctx: SentenceContext, m: Match) -> list[Actor]:
    """"an ultimatum from the new army leaders", "recognition from the Trump administration"."""
    toks = ctx.toks
    for i in range(m.end, min(len(toks), m.end + 2)):
        if toks[i].norm == "from":
            for s, _e, a in ctx.actors:
                if i < s <= i + 4 and a.kind in ("state", "person") and not a.location:
                    return [a]
            return []
    return []


# verbs of blame in wire style, "Kyiv blasted Budapest for blocking the aid": the act blamed is the
# other side's, told by the blamer
_BLAME_WIRE = """slam slams slammed blast blasts blasted lambast lambasts lambasted lambaste lambastes castigate
castigates castigated berate berates berated chide chides chided rebuke rebukes rebuked censure censures censured
reprimand reprimands reprimanded rap raps rapped denounce denounces denounced decry decries decried scold scolds
scolded"""

CREDIT_VERBS = frozenset("""thank thanked thanks thanking praise praised praises commend commended credit credited
blame blamed blames accuse accused accuses criticize criticized criticise criticised condemn condemned fault
faulted congratulate congratulated punish punished single singled singles singling""".split() + _BLAME_WIRE.split())


BLAME_VERBS = frozenset("""blame blamed blames accuse accused accuses criticize criticized criticise criticised
condemn condemned fault faulted punish punished single singled singles singling""".split() + _BLAME_WIRE.split())


# verbs of saying and of judging ("called", "described", "branded"): with an evaluative word after
# them a statement is a criticism of whoever it is about
JUDGMENT_SAY = frozenset(forms(" ".join(JUDGING), "past") + forms("call", "base s") + forms("describe brand", "s")
                         + forms("say", "base s past ing") + forms("declare warn tell add insist stress reiterate remind demand announce repeat urge "
                                 "underscore underline emphasise emphasize maintain affirm assert note", "past"))


def _judgment(ctx: SentenceContext, m: Match, cl: list[int], subj: list[Actor], quoted: bool = False):
    """"Maduro said the U.S. was making a 'grave mistake'", "Niger's foreign ministry said French
    actions were 'contrary to the interests of Niger'": the speaker criticises the subject of the
    reported clause."""
    toks = ctx.toks
    h = m.head
    clause = cl[h]
    first = cl.index(clause)
    say = None
    for i in range(first - 1, -1, -1):
        if toks[i].norm in JUDGMENT_SAY:
            say = i
            break
    if say is None:
        # "Tbilisi said the full responsibility ... lies with Russia": a clause the splitter did not
        # open at the speech verb; what is judged follows the verb
        say = next((i for i in range(h - 1, first - 1, -1) if toks[i].norm in JUDGMENT_SAY
                    and i > first), None)
        if say is not None:
            first = say + 1
    if say is None:
        # '"... is also an irresponsible act," Blinken said': the speech verb after the quote
        for i in range(m.end, min(len(toks), m.end + 40)):
            if toks[i].norm in JUDGMENT_SAY and i >= 2 and any(
                    toks[k].norm in ("\"", "”", "'", "’", ",") for k in range(max(0, i - 10), i)) \
                    and (any(toks[k].norm in ("\"", "”") for k in range(m.end, i)) or _closing_attribution(toks, i)):
                say = i
                break
    according = _according_to(ctx) if say is None else None
    if according is not None:
        speaker = [according]       # "According to the Kremlin, the Estonian decision was illegal"
    elif say is None:
        if not quoted or ctx.quote_speaker is None or not ctx.quote_speaker.ids:
            return [], [], None, False
        speaker = [ctx.quote_speaker]      # a sentence of a quotation attributed elsewhere
    else:
        speaker = _subject(ctx, say, cl) or _participle_speaker(ctx, say, cl) or _anonymous_speaker(ctx, say)
        if not speaker and say > m.end and say + 1 < len(toks):
            # '..., said Georgia's Foreign Ministry': the speaker after the verb
            speaker = [a for s, e, a in ctx.actors if s == say + 1 and not a.location][:1]
    if not speaker:
        return [], [], None, False
    sp_states = {st for a in speaker for st in a.states if st}
    if say is None and subj and {st for a in subj for st in a.states if st} <= sp_states:
        return [], [], None, False      # '"Now we have to start working"': the speaker's own side
    about = [a for s, e, a in ctx.actors if first <= s < h and cl[s] == clause and not a.location
             and not (set(a.states) & sp_states) and a.kind in ("state", "person")]
    if not about:
        # "the full responsibility for this crime lies with the Russian Federation": the actor slot
        slots = set(m.actor_positions)
        about = [a for s, e, a in ctx.actors if s in slots and not a.location
                 and not (set(a.states) & sp_states) and a.kind in ("state", "person")]
    if not about:
        about = [a for s, e, a in ctx.actors if s > m.end and cl[s] == clause and not a.location
                 and not (set(a.states) & sp_states) and a.kind in ("state", "person")]
    return speaker, about[:1], None, False


def _according_to(ctx: SentenceContext) -> Actor | None:
    """The state, person or body that opens the sentence with "According to X," (the speaker of
    what follows), or None."""
    toks = ctx.toks
    if len(toks) < 4 or toks[0].norm != "according" or toks[1].norm != "to":
        return None
    for s, e, a in ctx.actors:
        if s in (2, 3) and (not a.location and a.kind in ("state", "person", "org") or a.form == "capital") \
                and e < len(toks) and toks[e].norm == ",":
            return a
    return None


def _anonymous_speaker(ctx: SentenceContext, say: int) -> list[Actor]:
    """The speaker before the wire formula ", speaking on (the) condition of anonymity because he was
    not authorized to speak publicly, said": the actor just before the comma that opens it (the
    clause inside hides the subject from ``_subject``)."""
    toks = ctx.toks
    k = next((j for j in range(say - 1, max(0, say - 25), -1) if toks[j].norm == "speaking"), None)
    if k is None or k < 2 or toks[k - 1].norm != "," or not any(
            toks[j].norm == "anonymity" for j in range(k + 1, min(say, k + 6))):
        return []
    return [a for s_, e_, a in ctx.actors if k - 6 <= e_ <= k - 1 and not a.location][-1:]


def _participle_speaker(ctx: SentenceContext, say: int, cl: list[int]) -> list[Actor]:
    """The speaker of a speech participle after a comma: the subject of the verb before it ("Saudi
    Arabia confirmed the report, saying ...", "X made the announcement in Riyadh, saying ...")."""
    toks = ctx.toks
    if say < 3 or toks[say].norm != "saying" or toks[say - 1].norm != ",":
        return []
    for k in range(say - 2, -1, -1):
        if toks[k].norm in _PUNCT:
            break
        if _is_verbish(toks[k].norm) or toks[k].norm in LIGHT_VERBS:
            return _subject(ctx, k, cl)
    return []


def _closing_attribution(toks: list[Tok], i: int) -> bool:
    """Is the speech verb at ``i`` the end of a sentence-final attribution without quotes ("Iran is
    trying to undermine stability in the Gulf, Saudi Arabia's foreign minister said.")?"""
    rest = [t.norm for t in toks[i + 1:]]
    if len(rest) > 3 and not _adjunct_tail(rest):
        return False
    return (not rest or rest[-1] in (".", "!", "?")) and "," in [t.norm for t in toks[max(0, i - 10):i]]


# prepositions that open a closing adjunct after an attribution ("..., the minister said during a media
# conference on Thursday.")
_TAIL_PREPS = frozenset({"on", "in", "at", "during", "after", "before", "late", "earlier", "later", "yesterday",
                         "today", "tonight", "this", "last", "to", "told"})


def _adjunct_tail(rest: list[str]) -> bool:
    """Is the sentence end after a speech verb only a short adjunct (a time, a place, an occasion:
    "during a media conference on Thursday."), with no clause of its own?"""
    return len(rest) <= 10 and rest[0] in _TAIL_PREPS and not any(
        w in (",", "that", "\"", "“", "”", ";", ":") or w in SAY_FORMS for w in rest[:-1])


def _with_coordinated(ctx: SentenceContext, picked: list[tuple[int, int, Actor]], pool) -> list[Actor]:
    """The picked actor and those coordinated with it: "Sweden and Finland", "Israel and the
    Palestinian territories", "Austria, Czech Republic, Romania and Hungary"."""
    toks = ctx.toks
    s, e, a = picked[0]
    out = [a]
    closed = 1              # how many of ``out`` a list closed by "and"/"or" holds
    for s2, e2, a2 in sorted(ctx.actors, key=lambda x: x[0]):
        if s2 < e:
            continue
        between = [t.norm for t in toks[e:s2]]
        if between and len(between) <= 3 and all(w in ("and", ",", "or", "the", "&", "as", "well") for w in between) \
                and any(w in ("and", ",", "or", "&") for w in between) and not a2.reciprocal \
                and ("as" not in between or "well" in between):     # ", as Washington urged": a clause
            if a2.kind == "org" and not a2.states[0] or any(set(a2.ids) & set(x.ids) for x in out):
                e = e2      # ("Mexico's foreign minister, Marcelo Ebrard": an appositive, one person)
                continue
            out.append(a2)
            if any(w in ("and", "or", "&") for w in between):
                closed = len(out)
            e = e2
        elif s2 >= e:
            break
    # a list is closed by "and"/"or": names joined by a comma alone after it start a new clause
    # ("after the expulsion of Russian diplomats by Poland, Moscow closed ...")
    return out[:closed]


COMPLEX_PREP_HEADS = frozenset({"ahead", "instead", "because", "regardless", "irrespective", "spite", "front",
                                "prior", "due", "according", "close", "next", "thanks", "owing", "contrary",
                                "addition", "response", "reaction"})


def _complex_prep(toks: list[Tok], s: int) -> bool:
    """Is the phrase of the actor at ``s`` introduced by a complex preposition ("ahead of Raisi's
    visit", "prior to", "in response to", "according to")?"""
    i = s - 1
    while i >= 0 and (toks[i].norm in DETERMINERS or toks[i].norm == "'s"):
        i -= 1
    if i >= 1 and toks[i].norm in ("of", "to") and toks[i - 1].norm in COMPLEX_PREP_HEADS:
        return True
    # "in addition to its key security alliance with the United States": inside the complex
    # preposition's phrase
    for k in range(s - 1, max(0, s - 9), -1):
        if toks[k].norm in _PUNCT or _is_verbish(toks[k].norm) and toks[k].norm not in ("led", "backed"):
            break
        if toks[k].norm in ("to", "of") and k >= 2 and toks[k - 1].norm in ("addition", "instead", "regardless",
                                                                            "irrespective", "spite") \
                and toks[k - 2].norm in ("in", "regardless", "irrespective"):
            return True
    # "in an apparent protest against joint U.S. and South Korean drills", "in retaliation for"
    for k in range(s - 1, max(0, s - 6), -1):
        w = toks[k].norm
        if w in _PUNCT:
            return False
        if w in ("against", "over", "for", "at", "with", "of", "to") and k >= 2 and toks[k - 1].norm in IN_ADJUNCT_HEADS:
            return any(toks[j].norm == "in" for j in range(max(0, k - 4), k - 1))
    return False


# "in protest against", "in retaliation for": phrases that give a reason, not a receiver
IN_ADJUNCT_HEADS = frozenset({"protest", "retaliation", "solidarity", "defiance", "response", "reaction",
                              "reprisal", "revenge", "exchange", "return"})


def _prep_before(toks: list[Tok], s: int, ends: dict[int, int] | None = None) -> str:
    """The preposition that introduces the phrase an actor at ``s`` heads (over determiners,
    adjectives, numbers and a possessor); with ``ends`` (actor end -> start), a conjunct takes the
    preposition of the actor it is coordinated with ("from Japan and South Korea")."""
    i = s - 1
    steps = 0
    while i >= 0 and steps < 4:
        w = toks[i].norm
        if w in DETERMINERS or w.isdigit() or w == "'s":
            i -= 1
            steps += 1
            continue
        if ends and w in ("and", "or", ",") and i in ends:
            return _prep_before(toks, ends[i], ends)
        return w
    return ""


FROM_PEOPLE = PERSON_HEADS | {"counterpart", "counterparts", "colleagues", "peers", "ministers", "presidents"}


def _people_from(toks: list[Tok], s: int, ends: dict[int, int], lo: int) -> bool:
    """Does the actor at ``s`` (or the first of its conjuncts) name where the people of the verb's
    object come from ("held talks with his counterparts from Russia, China and Uzbekistan", "met
    officials from Japan")? Then it is the receiving side, unlike a circumstance "from" ("returned
    from Moscow")."""
    i = s - 1
    while i > lo and (toks[i].norm in DETERMINERS or ends and toks[i].norm in ("and", "or", ",") and i in ends):
        i = ends[i] - 1 if toks[i].norm in ("and", "or", ",") and i in ends else i - 1
    return i > lo and toks[i].norm == "from" and toks[i - 1].norm in FROM_PEOPLE


def _relative_subject(ctx: SentenceContext, m: Match, cl: list[int]) -> Actor | None:
    """"set preconditions that the North Korean regime is unwilling to accept": the subject of a
    relative clause right after the trigger's object."""
    toks = ctx.toks
    for i in range(m.end, min(len(toks), m.end + 4)):
        w = toks[i].norm
        if w in _PUNCT:
            return None
        if w in ("that", "which"):
            for s, _e, a in ctx.actors:
                if i < s <= i + 4 and not a.location and a.kind in ("state", "person"):
                    return a
            return None
    return None


_QUOTE_ENDS = frozenset({",", '"', "”", "’", "'", "'\'", "--", "—", "–"})
_SAY_SUBJECT_STOP = frozenset({"not", "never", "n't", "will", "would", "could", "may", "might", "should", "to"})


def _after_quote(toks: list[Tok], h: int, before: list[str]) -> list[str]:
    """A verb of saying after what it reports ('"We will not tolerate interference," Joly said', 'Kenya
    would not attend, the ministry said', '"...," said Julia Sweig'): the mood of the quote is not the
    saying's; its window starts after the quote (at most six words of subject between)."""
    for k in range(h - 1, max(-1, h - 8), -1):
        w = toks[k].norm
        if w in _QUOTE_ENDS:
            if k == 0:
                return before
            n = h - k - 1
            return before[len(before) - n:] if n else []
        if w in _SAY_SUBJECT_STOP or w in AUX_VERBS:
            return before
    return before


def _modal_window(toks: list[Tok], cl: list[int], h: int, nominal_scope: bool = False) -> list[str]:
    """Words of the trigger's clause before it ("May" inside a sentence is the month, not the
    modal); a coordinated verb in the past tense ("would not change its position and recalled its
    ambassador") starts its own window."""
    clause = cl[h]
    idx = [i for i in range(h) if cl[i] == clause]
    if idx and nominal_scope:
        # "announced military exercises ... and issued a series of harsh statements": the noun
        # belongs to the second verb
        for k in range(len(idx) - 2, -1, -1):
            if toks[idx[k]].norm == "and" and _is_verbish(toks[idx[k + 1]].norm) \
                    and toks[idx[k + 1]].norm not in AUX_VERBS:
                idx = idx[k + 1:]
                break
    elif idx and _past_form(toks[h].norm) and not is_past_participle_after_aux(toks, h):
        for k in range(len(idx) - 1, max(-1, len(idx) - 4), -1):
            if toks[idx[k]].norm in ("and", "but", "then"):
                idx = idx[k + 1:]
                break
    for k in range(len(idx) - 2, -1, -1):
        if toks[idx[k]].norm == "," and toks[idx[k + 1]].norm.endswith("ing") and len(toks[idx[k + 1]].norm) > 5:
            idx = idx[k + 1:]   # "said it would recognise Jerusalem, leading to a bitter exchange": the
            break               # participle's own time, not the reported future
    words = [toks[i].norm if not (toks[i].text == "May" and i) else "<month>" for i in idx]
    if h and toks[h - 1].norm == "to" and not nominal_scope:
        return words[-30:]      # "have agreed to withdraw ..., along with ... and to unblock": the governing verb
    return words[-14:]


def is_past_participle_after_aux(toks: list[Tok], h: int) -> bool:
    """"has recalled", "was expelled": the participle belongs to the auxiliary's tense."""
    i = h - 1
    while i >= 0 and toks[i].norm in PASSIVE_SKIP:
        i -= 1
    return i >= 0 and toks[i].norm in AUX_VERBS


def _adjunct_scope(toks: list[Tok], cl: list[int], h: int) -> list[int]:
    """Clause ids where a nominal trigger introduced by an adjunct preposition ("over its hefty
    tariffs", "in response to Japan's measures") has a clause of its own, from the preposition to
    the end of the clause."""
    start = _np_start(toks, h)
    i = start - 1
    if i < 0:
        return cl
    w = toks[i].norm
    prev = toks[i - 1].norm if i else ""
    background = (w in ADJUNCT_PREPS or w in NOUN_PREPS and w not in ("of", "for", "to", "with", "between", "in")
                  or w == "of" and prev in ("because", "result", "wake", "aftermath", "spite")
                  or w == "to" and prev in ("response", "responded", "respond", "responding", "reaction",
                                            "due", "owing", "retaliation", "reply", "opposition"))
    if not background:
        return cl
    clause = cl[h]
    new = max(cl) + 1
    out = list(cl)
    for j in range(i, len(toks)):
        if cl[j] != clause:
            break
        out[j] = new
    return out


VICTIM_NOUNS = frozenset({"people", "civilians", "soldiers", "troops", "children", "men", "women", "members",
                          "fighters", "militants", "protesters", "demonstrators", "police", "policemen", "officers",
                          "personnel", "servicemen", "workers", "journalists", "migrants", "refugees", "students",
                          "crew", "sailors", "pilots", "residents", "villagers", "others", "persons", "guards",
                          "diplomats", "staff", "employees", "peacekeepers", "tourists", "passengers", "guard"})
_INSTITUTION_OR_VICTIM = INSTITUTION_HEADS | VICTIM_NOUNS
# a count right before a reduced passive ("two soldiers killed in ..."): numbers to twelve, and
# the vague counts of people ("dozens killed", "many wounded")
NUMBER_WORDS = frozenset(cardinals(1, 12)) | frozenset(pick("dozen", "several")) \
    | {"dozens", "hundreds", "scores", "more", "many"}


# past forms of verbs that take no object, so never a reduced passive ("Thousands of South Koreans
# rallied in Seoul", "Indian troops clashed with ...")
_INTRANSITIVE_PAST = frozenset("""rallied marched protested demonstrated gathered arrived died fled clashed
rioted travelled traveled returned landed withdrew retreated""".split())
# a date right after a participle ("two soldiers killed Aug. 24 in ...", "sailors detained Monday")
_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _prep_after_date(toks: list[Tok], k: int) -> bool:
    """Does a preposition or the clause's end follow the date at ``k`` ("killed Aug. 24 in an
    airstrike"), not an object ("troops killed March 3 two soldiers")?"""
    k += 1
    while k < len(toks) and (toks[k].norm in (".", ",") and k + 1 < len(toks) and toks[k + 1].norm[:1].isdigit()
                             or toks[k].norm[:1].isdigit()):
        k += 1
    return k >= len(toks) or toks[k].norm in ("in", "at", "by", "near", "on", "during", "inside", "along", ",", ".",
                                              "and", "when", "while", "after", "as", "off", "outside", "amid")


def _is_passive(toks: list[Tok], h: int, end: int) -> bool:
    if not is_past_participle(toks[h].norm):
        return False
    if _coordinated_passive(toks, h):
        return True
    i = h - 1
    while i >= 0 and toks[i].norm in PASSIVE_SKIP:
        if toks[i].norm in ("been", "being"):
            return True
        i -= 1
    if i >= 0 and toks[i].norm in BE_FORMS:
        # "Qureshi's offered a deal": a possessive ending, not "is"
        return not (toks[i].norm == "'s" and i > 0 and toks[i - 1].text[:1].isupper())
    # a reduced passive: "troops, besieged by Russian forces"; "10 Russian soldiers killed in
    # Ukraine", "41 Palestinians killed and 1,700 wounded"
    if (toks[h].norm.endswith("ed") or toks[h].norm in PAST_PARTICIPLES) and h > 0 and h + 1 < len(toks) \
            and toks[h].norm not in _INTRANSITIVE_PAST and toks[h - 1].norm not in AUX_VERBS and toks[h - 1].norm not in ("who", "which", "that", "and") \
            and (toks[h + 1].norm in ("in", "at", "and", ",", ".", "on", "near", "during", "when", "while",
                                      "overnight", "last", "this", "today", "yesterday", "after", "as")
                 or toks[h + 1].norm in _DATE_WORDS and _prep_after_date(toks, h + 1)) \
            and (toks[h - 1].norm in VICTIM_NOUNS or toks[h - 1].norm in NUMBER_WORDS
                 or toks[h - 1].norm.replace(",", "").isdigit()
                 or toks[h - 1].text[:1].isupper() and toks[h - 1].norm.endswith(("ans", "is", "ese"))):
        return True
    j = h + 1
    if j < len(toks) and toks[j].norm.endswith("ly"):
        j += 1          # "besieged by", "killed mostly by"
    if j < len(toks) and toks[j].norm in ("at", "in", "near", "on", "during", "along", "inside", "across"):
        # "killed at the Gaza border by Israeli troops": over a place phrase
        k = j + 1
        while k < len(toks) and k < j + 6 and toks[k].norm not in _PUNCT and toks[k].norm != "by" \
                and not _is_verbish(toks[k].norm):
            k += 1
        if k < len(toks) and toks[k].norm == "by":
            j = k
    if j + 1 < len(toks) and toks[j].norm == "by" and not toks[j + 1].norm.endswith("ing"):
        prev = toks[h - 1].norm if h else ""
        noun_prev = h >= 2 and toks[h - 2].norm in ("a", "an", "the", "this", "that", "these", "those", "any")
        return prev in (",", "(") or prev not in AUX_VERBS and (not _is_verbish(prev) or noun_prev) \
            and prev not in ("it", "they")     # ("a claim denied by the Rwandan government": a noun)
    return False


def _coordinated_passive(toks: list[Tok], h: int) -> bool:
    """The second participle of a coordinated passive ("were shot and wounded", "was arrested and
    jailed"): passive like the first, so the subject of the clause around it is no agent."""
    if h < 3 or toks[h - 1].norm not in ("and", "or") or not is_past_participle(toks[h - 2].norm):
        return False
    i = h - 3
    while i >= 0 and toks[i].norm in PASSIVE_SKIP and toks[i].norm not in ("been", "being"):
        i -= 1
    return i >= 0 and (toks[i].norm in ("been", "being") or toks[i].norm in BE_FORMS and toks[i].norm != "'s")


def _entry_host(ctx: SentenceContext, m: Match) -> Actor | None:
    """The state a passive ban keeps someone out of ("was barred from entering Kosovo", "was
    denied entry to Russia", "were banned from visiting Taiwan")."""
    toks = ctx.toks
    for k in range(m.head + 1, min(len(toks) - 1, m.end + 3)):
        w = toks[k].norm
        if w in _PUNCT:
            return None
        if w in ENTRY_GERUNDS and toks[k - 1].norm == "from" or w == "entry" and toks[k + 1].norm in (
                "to", "into"):
            for s, e, a in ctx.actors:
                if k < s <= k + 4 and a.states and a.states[0]:
                    if e + 1 < len(toks) and toks[e].norm in ("'s", "’s") and (
                            toks[e + 1].norm in PREMISE_NOUNS or toks[e + 1].norm == "diplomatic"):
                        # "prevented from entering Turkey's diplomatic compound in Rotterdam": the
                        # premises' owner is no host; the state of the place they stand in is
                        return next((b for s2, _e2, b in ctx.actors if e < s2 <= e + 6 and toks[s2 - 1].norm == "in"
                                     and b.states and b.states[0] and b.states[0] != a.states[0]), None)
                    return a
            return None
    return None


ENTRY_GERUNDS = frozenset({"entering", "visiting", "landing", "travelling", "traveling", "returning", "crossing"})
PREMISE_NOUNS = frozenset({"embassy", "consulate", "compound", "mission", "residence", "premises", "consulate-general"})


PLACE_NOUNS = frozenset({"airport", "port", "consulate", "embassy", "border", "base", "capital", "city", "streets",
                         "territory", "soil", "waters", "airspace", "hotel", "residence", "office", "headquarters"})


def _owner_of_place(toks: list[Tok], e: int) -> bool:
    """Does the actor ending at ``e`` own the place named after it ("at Kuala Lumpur's airport")?"""
    k = e
    if k < len(toks) and toks[k].norm in ("'s", "’s", "'", "’"):
        k += 1
    while k < len(toks) and k < e + 4 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].norm not in PLACE_NOUNS:
        k += 1
    return k < len(toks) and toks[k].norm in PLACE_NOUNS and k > e


OWNED_INFINITIVE_NOUNS = frozenset({"decision", "plan", "plans", "move", "offer", "bid", "pledge", "promise",
                                    "threat", "threats", "attempt", "attempts", "effort", "efforts", "refusal",
                                    "intention", "proposal", "readiness", "willingness", "vow", "commitment",
                                    "determination", "failure", "right"})


def _by_phrase_owner(ctx: SentenceContext, m: Match) -> list[Actor]:
    """The agent of "an attempt by the Indonesian navy to capture", "a decision by Japan's cabinet to
    impose": a 'by' phrase after the owned noun whose state-holder is not the word right before "to"."""
    return _by_owner_before(ctx, m.start - 1)


def _by_owner_before(ctx: SentenceContext, i: int) -> list[Actor]:
    """The actor of a 'by' phrase after an owned noun that ends at the "to" at ``i`` ("attempt by the
    Indonesian navy to"), or [] when there is none."""
    toks = ctx.toks
    if i < 3 or toks[i].norm != "to":
        return []
    b = next((k for k in range(i - 1, max(0, i - 10), -1) if toks[k].norm == "by"), None)
    if b is None or b < 1 or toks[b - 1].norm not in OWNED_INFINITIVE_NOUNS \
            or any(toks[k].norm in _PUNCT or toks[k].norm in ("who", "which", "that")
                   or toks[k].norm in ("and", "or") and not toks[k + 1].text[:1].isupper() for k in range(b + 1, i)):
        return []
    return [a for s, e, a in ctx.actors if b < s < i and not a.location and a.states and a.states[0]][:1]


def _infinitive_owner(ctx: SentenceContext, m: Match) -> list[Actor]:
    """The owner of the noun an infinitive trigger completes ("Washington's decision to sell arms",
    "the decision by Egypt to resume talks", "China's refusal to condemn"): the infinitive's subject."""
    toks = ctx.toks
    i = m.start - 1
    if i < 2 or toks[i].norm != "to":
        return []
    j = i - 1
    by_agent: list[Actor] = []
    if j >= 2 and any(e == i for s, e, a in ctx.actors) and toks[j].norm not in OWNED_INFINITIVE_NOUNS:
        # "the decision by Egypt to resume talks"
        k = next(s for s, e, a in ctx.actors if e == i)
        if k >= 2 and toks[k - 1].norm == "by" and toks[k - 2].norm in OWNED_INFINITIVE_NOUNS:
            by_agent = [a for s, e, a in ctx.actors if s == k and not a.location]
            return by_agent
        return []
    if toks[j].norm not in OWNED_INFINITIVE_NOUNS:
        return []
    k = j - 1
    ends = {e for s, e, a in ctx.actors}
    while k >= 0 and k + 1 not in ends and (toks[k].norm in DETERMINERS and toks[k].norm not in ("the", "a", "an")
                                            or toks[k].norm in ("surprise", "sudden", "latest", "controversial",
                                                                "unilateral", "planned", "reported")):
        k -= 1
    if k >= 0 and toks[k].norm in ("'s", "’s", "'", "’"):
        k -= 1
    own = [a for s, e, a in ctx.actors if e == k + 1 and not a.location and (a.possessive or toks[k].norm in (
        "'s", "’s", "'", "’") or a.form == "demonym")]
    return own[-1:]


def _reduced_passive(toks: list[Tok], h: int) -> bool:
    """Is the participle at ``h`` a reduced passive after its noun ("migrants detained at the
    border"), with no auxiliary before it?"""
    i = h - 1
    while i >= 0 and toks[i].norm in PASSIVE_SKIP:
        if toks[i].norm in ("been", "being"):
            return False
        i -= 1
    return i >= 0 and toks[i].norm not in BE_FORMS and toks[i].norm not in AUX_VERBS \
        and toks[i].norm not in _PUNCT and toks[i].text.isalpha() and toks[i].text.islower()


def _by_agent(ctx: SentenceContext, m: Match, inside: bool = False, nominal: bool = False) -> list[Actor]:
    """The agent of a passive ("was seized by IRGC forces"); with ``inside``, also within a
    head-final nominal match ("sanctions imposed by the United States ... would be lifted").
    A noun's agent stands in its own phrase: "the attack on Israel was condemned by Egypt"."""
    toks = ctx.toks
    for i in range(m.start if inside else m.head + 1, min(len(toks), m.end + 6)):
        if toks[i].norm in (".", ";"):
            break
        if nominal and i >= m.end and (toks[i].norm in BE_FORMS or toks[i].norm in AUX_VERBS):
            break
        if toks[i].norm == "by":
            if nominal and i > m.end and any(
                    (toks[k].norm.endswith("ed") or toks[k].norm in PAST_PARTICIPLES) and toks[k].norm not in AGENT_PARTICIPLES
                    for k in range(m.end, i)):
                return []       # "G20 summit overshadowed by Ukraine": no agent of the summit
            got = [(s, e, a) for s, e, a in ctx.actors if i < s <= i + 6 and not a.location
                   and not _other_party_owner(ctx, s, e, a)]
            if got:
                if toks[i + 1].norm in ("mistake", "phone", "telephone", "force", "air", "sea", "land"):
                    return []
                return _with_coordinated(ctx, _stateless_head_of(ctx, got)[:1], ctx.actors)
            return []
    return []


def _stateless_head_of(ctx: SentenceContext, got: list[tuple[int, int, Actor]]) -> list[tuple[int, int, Actor]]:
    """An agent phrase that is a group with an "of" phrase ("by the presidents of
    Uganda, Rwanda and Burundi", "by the leaders of France and Germany"): the states after "of"
    act, not the group."""
    s, e, a = got[0]
    if a.kind != "group" and a.states and a.states[0] or e >= len(ctx.toks) or ctx.toks[e].norm != "of":
        return got
    after = [x for x in got[1:] if x[0] in (e + 1, e + 2) and x[2].states and x[2].states[0]]
    return after[:1] + got if after else got


def _other_party_owner(ctx: SentenceContext, s: int, e: int, a: Actor) -> bool:
    """'his'/'her'/'its'/'their' before another actor or a word for the other party ("invited by
    his Chinese counterpart", "received by their hosts"): the agent is that party, not the owner the
    pronoun points back to ("caught by our border guards" keeps its owner)."""
    if a.form != "pronoun" or not a.possessive or e >= len(ctx.toks):
        return False
    return ctx.toks[e].norm in OTHER_PARTY_NOUNS or any(s2 == e for s2, _e2, _a2 in ctx.actors)


# nouns for the other side of a meeting or visit, after a possessive ("his counterpart", "their hosts")
OTHER_PARTY_NOUNS = frozenset({"counterpart", "counterparts", "host", "hosts", "guest", "guests", "own"})


# participles that hand a noun's act to a "by" agent ("the attack carried out by", "talks hosted by")
AGENT_PARTICIPLES = frozenset({"carried", "conducted", "launched", "led", "hosted", "imposed", "organized",
                               "organised", "brokered", "staged", "mounted", "made", "ordered", "issued",
                               "announced", "initiated", "proposed", "sponsored", "backed", "mediated",
                               "chaired", "signed", "declared", "committed", "perpetrated", "executed",
                               "undertaken", "out", "taken", "held", "given", "sent", "offered", "fired"})


def _np_start(toks: list[Tok], h: int) -> int:
    """Start of the noun phrase whose head is at ``h`` (back over modifiers)."""
    i = h
    conj = None             # where a crossed "and" joined two nouns
    while i > 0 and h - i < (10 if conj is not None or toks[i - 1].norm in ('"', "“", "”") else 7):
        w = toks[i - 1].norm
        if w == "'s" and i >= 2 and toks[i - 2].norm not in ("it", "he", "she", "that", "there", "what", "who",
                                                            "here", "this"):
            i -= 1          # a possessor: "Pakistan Army's custody"
            continue
        if w == "of" and i >= 2 and toks[i - 2].norm in QUANTITY_NOUNS:
            i -= 1          # "a series of harsh statements"
            continue
        if w in ("and", "or") and i >= 2 and toks[i - 2].norm.isalpha() and toks[i - 2].text.islower() \
                and toks[i].text.islower() and toks[i].norm not in DETERMINERS:
            conj = i
            i -= 1          # "excessive and offensive use", "its media empire and support": one determiner
            continue
        if w == "and" and i >= 2 and toks[i - 2].text[:1].isupper() and toks[i].text[:1].isupper() \
                and toks[i - 2].norm not in SUBJ_PRONOUNS:
            i -= 1          # "joint U.S. and South Korean military exercises": coordinated names
            continue
        if w in (",", ".", ";", ":", "(", ")") or w in SUBJ_SKIP or w in BE_FORMS or w in SAY_FORMS \
                or w in ("will", "would", "could", "may", "might", "has", "have", "had", "and", "or", "as") \
                or w in BOUNDARY_WORDS:
            if conj is not None and w in SUBJ_SKIP and i >= 2 and toks[i - 2].norm.isalpha() \
                    and toks[i - 2].text.islower() and not _is_verbish(toks[i - 2].norm):
                return conj     # "condemnation of the South Korean government and warnings": the
                # first noun's prepositional object is not the second's modifier
            break
        if w.endswith(("ing", "ed")) and len(w) > 5 and i >= 2 and toks[i - 2].norm in AUX_VERBS:
            break           # "he was reimposing economic sanctions": a verb after its auxiliary
        if i >= 2 and toks[i - 2].norm == "to" and w.isalpha() and w in verb_words() and w not in NOUN_ADJECTIVES \
                and not (i >= 3 and toks[i - 3].norm in ("end", "ending", "ended", "due", "owing", "response", "return",
                                                         "close", "prior", "according", "next", "addition")):
            break           # "recalls envoy to protest detention of two citizens": an infinitive's object
        if _is_verbish(w) and w not in NOUN_ADJECTIVES and toks[i].norm != "'s" and not (
                i >= 2 and (toks[i - 2].norm in NOUN_MARKERS or toks[i - 2].norm in DETERMINERS
                            or toks[i - 2].norm == "long"
                            or toks[i - 2].norm.endswith("ly") and i >= 3 and toks[i - 3].norm in DETERMINERS)) \
                and not (w.endswith("ed") and "-" in w) \
                and (w.endswith(("ed", "es", "s", "ing")) or w in PAST_PARTICIPLES or w in _IRREGULAR_PAST
                     or i >= 2 and toks[i - 2].text[:1].isupper()):
            break           # "China announces live-fire drills": the verb ends the noun phrase
        i -= 1
    return i


def _np_premodifiers(ctx: SentenceContext, h: int, m: Match) -> list[Actor]:
    """Actors among the words right before a nominal head: "Kim's", "Chinese", "the North's",
    "Saudi-led" (not a subject followed by its verb: "Russia rushed the annexation")."""
    toks = ctx.toks
    lo = _np_start(toks, h)
    return [a for s, e, a in ctx.actors if lo <= s < h and e <= h and s not in m.lit_positions
            and (not a.location or a.possessive)
            and not (a.form in ("capital", "place") and not a.possessive)     # "the Vienna talks": a place
            and not (e < h and _is_verbish(toks[e].norm) and toks[e].norm not in NOUN_MARKERS)]


def _coordinated_pre(ctx: SentenceContext, pre: list[Actor], chosen: list[Actor]) -> list[Actor]:
    """"the Israeli and Palestinian delegations": coordinated premodifiers give several sources."""
    last = chosen[-1]
    spans = {id(a): (s, e) for s, e, a in ctx.actors}
    out = [last]
    s_last = spans[id(last)][0]
    for a in reversed(pre[:-1] if pre and pre[-1] is last else pre):
        if a is last or id(a) not in spans:
            continue
        s, e = spans[id(a)]
        between = [t.norm for t in ctx.toks[e:s_last]]
        if between and all(w in ("and", ",", "&") for w in between):
            out.insert(0, a)
            s_last = s
        else:
            break
    return out


def _between(ctx: SentenceContext, m: Match) -> list[Actor]:
    toks = ctx.toks
    for i in range(m.end - 1, min(len(toks), m.end + 4)):
        if toks[i].norm in ("between", "among"):
            # "between Duterte and his Chinese counterpart Xi Jinping": "his" is no party of its own
            got = [(s, e, a) for s, e, a in ctx.actors if i < s <= i + 12
                   and not (a.form == "pronoun" and a.possessive)]
            if len(got) >= 2 and any(t.norm == "and" for t in toks[got[0][1]:got[1][0] + 1]):
                return [got[0][2], got[1][2]]
            if got and got[0][2].is_group:
                return [got[0][2]]
            return []
        if toks[i].norm in _PUNCT:
            return []
    return []


def _governed_by_verb(toks: list[Tok], cl: list[int], h: int, m: Match, subj: list[Actor],
                      ctx: SentenceContext) -> bool:
    """Is the nominal trigger the object of a verb whose subject is ``subj`` ("Turkey took part in
    joint exercises", "China issued harsh statements"), rather than part of the subject itself?"""
    spans = [(s, e) for s, e, a in ctx.actors if a is subj[-1]]
    if not spans:
        return False
    e = spans[0][1]
    if any(toks[i].norm in WH_CLAUSE_WORDS for i in range(e, h)):
        return False        # "we have seen how the peace talks have stalled": the noun heads its own clause
    return any(_is_verbish(toks[i].norm) and toks[i].norm not in BE_FORMS for i in range(e, h))


# words opening an embedded question or manner clause: a noun after them is no object of the verb before
WH_CLAUSE_WORDS = frozenset({"how", "whether", "why"})


# participles that describe the people a demonym introduces ("Suspected Burundian assailants")
SUSPECT_ADJECTIVES = frozenset({"suspected", "alleged", "presumed", "unidentified", "armed", "masked",
                                "unnamed", "purported", "disguised", "uniformed"})
TITLE_SKIP = frozenset({"president", "prime", "minister", "foreign", "defence", "defense", "secretary", "king",
                        "queen", "chancellor", "leader", "mr", "mrs", "ms", "dr", "gen", "general", "capt", "sen",
                        "senator", "ambassador", "envoy", "premier", "emir", "sheikh", "crown", "prince",
                        "vice", "deputy", "state", "spokesman", "spokeswoman", "counterpart"})


def _subject_prep_ok(toks: list[Tok], s: int) -> bool:
    """Can the actor at ``s`` head a subject: no preposition before it, or an "of" after a people
    noun ("employees of the Dutch embassy", "officials of the ministry")?"""
    prep = _prep_before(toks, s)
    if prep not in SUBJ_SKIP:
        return True
    if prep != "of":
        return False
    i = s - 1
    while i >= 0 and toks[i].norm != "of":
        i -= 1
    return i >= 1 and toks[i - 1].norm in OF_OK


def first_in_clause(cl: list[int], clause: int) -> int:
    """Index of the first token of a clause."""
    try:
        return cl.index(clause)
    except ValueError:
        return 0


# words between a name and its verb that _unknown_name_subject steps over
_NAME_VERB_SKIP = frozenset({"also", "had", "has", "have", "then", "later", "reportedly", "was", "is", "will",
                             "would"})


def _unknown_name_subject(ctx: SentenceContext, h: int) -> bool:
    """Is the word right before the verb (over auxiliaries) a capitalised name no actor covers,
    standing as its own phrase after a comma or "and"?"""
    toks = ctx.toks
    j = h - 1
    while j > 0 and toks[j].norm in _NAME_VERB_SKIP:
        j -= 1
    if j < 1 or not toks[j].text[:1].isupper() or not toks[j].norm.isalpha() or toks[j].norm in ("i",):
        return False
    if any(s <= j < e for s, e, _a in ctx.actors):
        return False
    return toks[j - 1].norm in (",", "and", ";")


_PRE_VERB_ADVERBS = ("also", "then", "later", "not", "never", "already")


def _word_before_verb(toks: list[Tok], h: int, extra: tuple[str, ...] = ()) -> int:
    """The index of the word before the verb at ``h``, over auxiliaries, adverbs ("also", "-ly")
    and the ``extra`` words ("who have also strongly condemned": the index of "who")."""
    j = h - 1
    while j > 0 and (toks[j].norm in AUX_VERBS or toks[j].norm in _PRE_VERB_ADVERBS or toks[j].norm in extra
                     or toks[j].norm.endswith("ly") and len(toks[j].norm) > 4):
        j -= 1
    return j


def _unknown_pronoun_subject(ctx: SentenceContext, h: int) -> bool:
    """Is the word right before the verb (over auxiliaries and adverbs) a personal pronoun that no
    actor resolves ("... Paul Kagame... we stopped all relations": "we", not Kagame)?"""
    toks = ctx.toks
    j = _word_before_verb(toks, h, ("just", "now", "have"))
    if j < 0 or toks[j].norm not in ("we", "i", "they", "he", "she"):
        return False
    if j >= 1 and (toks[j - 1].norm in SAY_FORMS or toks[j - 1].norm == "that" and j >= 2
                   and toks[j - 2].norm in SAY_FORMS) and toks[j].norm in ("he", "she", "they"):
        return False        # "Trump said he was reimposing sanctions": the speaker (see _subject)
    return not any(s <= j < e for s, e, _a in ctx.actors)


def _common_people_subject(ctx: SentenceContext, h: int) -> bool:
    """Is the word right before the verb (over auxiliaries and adverbs) a plural noun of people that
    no state qualifies ("after attempting what critics have labeled a coup"): they act, not an
    actor named earlier?"""
    toks = ctx.toks
    j = _word_before_verb(toks, h, ("have", "has", "had"))
    if j < 0 or toks[j].norm not in NONSTATE_PEOPLE:
        return False
    return not any(s <= j < e or e == j or e == j - 1 for s, e, _a in ctx.actors)


MESSAGE_NOUNS = frozenset({"letter", "letters", "statement", "statements", "message", "messages", "note", "notes",
                           "proposal", "proposals", "resolution", "resolutions", "appeal", "report", "request",
                           "plan", "initiative", "memo", "communique", "declaration", "post", "tweet", "video"})


def _message_author(ctx: SentenceContext, h: int) -> Actor | None:
    """The author of a message a participle describes ("a letter by Prime Minister Ralph Gonsalves
    of Saint Vincent calling on the leaders to ...", "a statement from Beijing urging ...")."""
    toks = ctx.toks
    if not toks[h].norm.endswith("ing") or h < 3 or toks[h - 1].norm in AUX_VERBS or toks[h - 1].norm in _PUNCT:
        return None
    for k in range(h - 1, max(0, h - 12), -1):
        w = toks[k].norm
        if w in _PUNCT or _is_verbish(w) and w not in ("by", "from"):
            return None
        if w in ("by", "from") and k >= 1 and toks[k - 1].norm in MESSAGE_NOUNS:
            got = [a for s, e, a in ctx.actors if k < s < h and not a.location and a.kind in ("person", "state")]
            return got[0] if got and got[0].states and got[0].states[0] else (got[1] if len(got) > 1 else None)
    return None


def _passive_agent_of_participle(ctx: SentenceContext, h: int, cl: list[int]) -> list[Actor] | None:
    """The subject of a participle after a comma that hangs on a passive clause: its by-agent
    ("X's actions have been condemned by many countries, including Poland, accusing ..." ->
    Poland), [] when the passive names no actor as agent (the patient is no subject), None when
    the participle does not hang on a passive."""
    toks = ctx.toks
    if not (toks[h].norm.endswith("ing") and len(toks[h].norm) > 5 and h >= 2 and toks[h - 1].norm == ","):
        return None
    first = first_in_clause(cl, cl[h])
    for b in range(h - 2, max(first, 0), -1):
        if toks[b].norm in (";", ":") or toks[b].norm in SAY_FORMS:
            return None
        if toks[b].norm == "by" and b >= 2 and is_past_participle(toks[b - 1].norm) and any(
                toks[k].norm in BE_FORMS for k in range(max(first, b - 4), b - 1)):
            got = [(s, e, a) for s, e, a in ctx.actors if b < s < h and not a.location]
            return _with_coordinated(ctx, got[:1], ctx.actors) if got else []
    return None


def _pronoun_after_say(ctx: SentenceContext, h: int, cl: list[int]) -> int | None:
    """The speech verb's index when the verb's subject is an unresolved he/she/they right after it
    ("Trump said he was reimposing", "X said that they would")."""
    toks = ctx.toks
    j = first_in_clause(cl, cl[h] if h < len(cl) else cl[-1])
    if toks[j].norm == "that" and j + 1 < h:
        j += 1
    if j < 1 or j >= h or toks[j].norm not in ("he", "she", "they") or any(s <= j < e for s, e, _a in ctx.actors):
        return None
    k = j - 1
    if toks[k].norm == "that" and k >= 1:
        k -= 1
    return k if toks[k].norm in SAY_FORMS else None


# verbs with a bare-infinitive clause whose subject comes right before its verb ("has seen police kill")
CAUSATIVE_VERBS = frozenset({"seen", "saw", "see", "sees", "watched", "watch", "made", "make", "makes", "let",
                             "lets", "had", "helped", "help", "heard"})


# nouns a state's name may modify as a topic ("the Syria conflict", "the Ukraine crisis", "the Iran deal")
AFFAIR_HEADS = frozenset({"war", "conflict", "crisis", "dispute", "issue", "question", "problem", "file", "deal",
                          "situation", "standoff", "row", "spat", "policy", "strategy"})


# verbs of saying, promising and reacting: after "X said ... and", their subject is the speaker X
_SPEAKER_VERBS = frozenset(v + e for v in """vow warn threaten pledge promise urge demand accuse insist ask
appeal condemn denounce reject criticize criticise slam blame announce welcome praise express voice reiterate
call""".split() for e in ("", "s", "d", "ed", "ened"))
_COORD_ADVERBS = frozenset({"also", "then", "later", "again", "further", "even", "repeatedly", "strongly"})
# a second verb of reporting after a reported clause ("Taiwan's Foreign Ministry confirmed the cabinet
# approved a resolution ... and announced it would close its embassy"): the reporter's, as a rule
_SECOND_REPORT = frozenset(forms("announce declare state", "past") + forms("say add", "past"))


def _coordinated_speaker(ctx: SentenceContext, h: int, cl: list[int], s: int) -> list[Actor]:
    """The speaker of "X said <clause> and vowed/warned/urged ...": a second coordinated verb of
    saying or promising after a reported clause belongs to the one who spoke, not to the
    reported clause's subject at token ``s``; empty when the pattern does not hold."""
    toks = ctx.toks

    def after_and(i: int) -> bool:
        k = i - 1
        while k > s and toks[k].norm in _COORD_ADVERBS:
            k -= 1
        if k > s and toks[k].norm in ('"', "”") and toks[k - 1].norm == "," and _listed_speaker_verb(toks, i):
            k -= 1      # 'said the decision was "illegal," demanded ...'
        return k > s and (toks[k].norm == "and" or toks[k].norm == "," and _listed_speaker_verb(toks, i))

    j = next((i for i in range(h, max(s, h - 4), -1) if after_and(i)), None)
    if j is None:
        return []
    plural = False
    if toks[j].norm not in _SPEAKER_VERBS:
        # "Washington and Brussels say Moscow is meddling ... and broadened their sanctions": "their"
        # agrees with the plural speakers, not with the one state of the reported clause
        plural = any(t.norm == "their" for t in toks[j + 1:j + 4])
        if not plural and not (toks[j].norm.endswith("ed") and len(toks[j].norm) > 4
                               and any(toks[i].norm in ("were", "was") and not toks[i + 1].norm.endswith("ing")
                                       for i in range(s, j - 1))
                               and all(toks[i].norm not in _COMPLEMENT_MARKS for i in range(s, j))):
            return []       # "Canada said Russian diplomats were spies and expelled them": Canada expelled
    k = j - 1
    while k > s and toks[k].norm in _COORD_ADVERBS:
        k -= 1
    if k > s and toks[k].norm in ('"', "”") and toks[k - 1].norm == ",":
        k -= 1
    if k <= s or toks[k].norm not in ("and", ","):
        return []
    if not any(toks[i].norm in _STATE_OR_MODAL for i in range(s, k)) \
            and not (toks[j].norm in _SPEAKER_VERBS and any(toks[i].norm == "had" for i in range(s, k))) \
            and toks[j].norm not in _SECOND_REPORT:
        # (a told deed in the pluperfect, then a verb of saying or promising: "Washington said Beijing
        # had hacked US agencies and vowed to respond" -> Washington vowed)
        return []       # "Kenya said Somali troops crossed the border and threatened villagers": the troops
    say = next((i for i in range(s - 1, -1, -1) if toks[i].norm in SAY_FORMS and toks[i].norm not in (
        "saying", "adding")), None)
    if say is None or not _quotes_closed(toks, say, j):
        return []
    speaker = [x for x in _subject(ctx, say, cl) if x.kind in ("state", "person")]
    picked = [x for st, en, x in ctx.actors if st == s]
    if not speaker or (picked and set(speaker[-1].states) == set(picked[0].states)):
        return []
    if plural and (len(speaker) < 2 or not picked or picked[0].is_group
                   or picked[0].form in ("demonym", "pronoun", "group")):
        return []
    return speaker


_QUOTE_TOKS = frozenset({'"', "“", "”", "«", "»"})


def _listed_speaker_verb(toks: list[Tok], i: int) -> bool:
    """Is token ``i`` (after a comma) the past-tense verb of saying or demanding in a list of the
    speaker's acts ("Vietnam said the move was illegal, demanded that ... and sent ships"), not a
    participle of the reported clause ("..., backed by", "..., called X")?"""
    w = toks[i].norm
    nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
    return w in _SPEAKER_VERBS and w.endswith("ed") and nxt not in ("by", ",", "as", "for", "in", "of", "with") \
        and any(t.norm == "and" for t in toks[i + 1:])


def _quotes_closed(toks: list[Tok], lo: int, hi: int) -> bool:
    """Are the quotation marks between ``lo`` and ``hi`` all closed again (a quoted word or
    phrase, not an open quotation the verb at ``hi`` sits in)?"""
    qs = [t.norm for t in toks[lo:hi] if t.norm in _QUOTE_TOKS]
    if not qs:
        return True
    straight = sum(1 for q in qs if q == '"')
    opened = sum(1 for q in qs if q in ("“", "«"))
    closed = sum(1 for q in qs if q in ("”", "»"))
    return straight % 2 == 0 and opened == closed and qs[-1] != "“"
# a reported clause that carries on ("who", "which", "when" ...) may own the next verb itself
_COMPLEMENT_MARKS = frozenset({"who", "which", "when", "while", "after", "before", "because", "as", "if"})
# a reported clause that states a view or a plan ("were illegal", "would not accept"), not a told deed
_STATE_OR_MODAL = frozenset({"is", "are", "was", "were", "will", "would", "could", "can", "must", "should",
                             "may", "might", "wo", "ca"})


# the verbs of saying a speaker's participle clause may hang on ("..., Seoul said on Monday, calling ...")
_SPEAKER_SAY = frozenset(forms("say", "past s") + forms("tell state announce add", "past"))


def _say_participle_subject(ctx: SentenceContext, h: int) -> Actor | None:
    """The speaker of a participle that follows a trailing attribution ("Divers were injured by
    sonar pulses, the country's defence minister said Saturday, accusing Beijing of unsafe
    conduct"; "..., Seoul said on Monday, calling the launch a provocation")."""
    j = _trailing_say(ctx.toks, h)
    if j is None:
        return None
    sp = _speaker_before(ctx, j)
    if sp is None and any(ctx.toks[k].norm == "country" and ctx.toks[k + 1].norm == "'s"
                                             for k in range(max(0, j - 6), j - 1)):
        # "..., the country's defence minister said Saturday, accusing Beijing": the first state
        # named before that is not the one the participle goes on to name
        after = {st for s_, _e, a in ctx.actors if s_ > h for st in a.states if st}
        said = [a for s_, e_, a in ctx.actors if e_ <= j and a.kind == "state" and a.states
                and a.states[0] and a.states[0] not in after]
        sp = said[0] if said else None
    return sp


def _trailing_say(toks: list[Tok], h: int) -> int | None:
    """The speech verb of a trailing attribution right before the participle at ``h`` ("..., the
    country's defence minister said Saturday, accusing Beijing of ..."), or None."""
    if h < 3 or not toks[h].norm.endswith("ing") or toks[h - 1].norm != ",":
        return None
    j = h - 2
    while j > 0 and h - j <= 6 and toks[j].norm not in SAY_FORMS:
        if toks[j].norm in _PUNCT:
            return None
        j -= 1
    return j if toks[j].norm in _SPEAKER_SAY else None


def _speaker_before(ctx: SentenceContext, j: int) -> Actor | None:
    """The actor that says the verb at ``j`` (just before it, no punctuation between)."""
    toks = ctx.toks
    for _s, e_, a in reversed(ctx.actors):
        if e_ <= j and not a.location and a.kind in ("state", "person", "org") and j - e_ <= 4 \
                and not any(toks[k].norm in _PUNCT for k in range(e_, j)):
            return a
        if e_ <= j:
            return None
    return None


def _quantified_object(toks: list[Tok], k: int, cl: list[int], clause: int) -> bool:
    """Is the "N of (the) X" phrase before token ``k`` the object of a verb before it ("seized two
    of the Ukrainian ships", "hit several of the Syrian positions"), not a subject ("Two of the
    Russian ships fired")?"""
    i = k - 1
    while i > 0 and toks[i].norm in ("the", "a", "an"):
        i -= 1
    if toks[i].norm != "of" or i < 2 or toks[i - 1].norm not in QUANTIFIERS:
        return False
    q = i - 2
    while q > 0 and toks[q].norm in ("the", "a", "an", "all", "both", "only", "at", "least"):
        q -= 1
    w = toks[q].norm
    return q > first_in_clause(cl, clause) and cl[q] == clause and _is_verbish(w) and w not in AUX_VERBS \
        and w not in SAY_FORMS and w not in BE_FORMS


def _comma_verb_opener(ctx: SentenceContext, h: int, cl: list[int]) -> Actor | None:
    """The subject opening the clause of a present-tense verb joined by a bare comma to an earlier
    verb ("Turkey shoots down Russian jet, blames Moscow", "Kenya recalls envoy, accuses Somalia"),
    when an object of the first verb stands between."""
    toks = ctx.toks
    w = toks[h].norm
    if h < 3 or toks[h - 1].norm != "," or not w.endswith("s") or w.endswith("ss") or not w.isalpha():
        return None
    first = first_in_clause(cl, cl[h])
    opener = next(((s_, a) for s_, e_, a in ctx.actors if first <= s_ <= first + 1 and not a.location
                   and a.kind in ("state", "person") and a.states and a.states[0]), None)
    if opener is None:
        return None
    e0 = next(e_ for s_, e_, a in ctx.actors if a is opener[1])
    verb = e0 < h - 1 and (toks[e0].norm.endswith("s") or toks[e0].norm.endswith("ed")) and toks[e0].norm.isalpha()
    return opener[1] if verb else None


# the particle of a phrasal verb before its object ("singled out Chinese hackers", "cut off Qatar")
PARTICLES = frozenset("out up off down back".split())
# "a speech in which he threatened", "talks during which they discussed": a preposition before
# "which" makes the pronoun after it the subject of its own clause (not "what it called")
WHICH_PREPS = frozenset("in during under at by through after with on from before over".split())
FRONTING_WORDS = frozenset({"while", "after", "before", "when", "since", "upon", "on", "during"})


def _reports_clause(toks: list[Tok], i: int, end: int) -> bool:
    """Does the speech verb at ``i`` report a clause with a verb of its own before ``end`` ("It said
    the strike resulted in ..."), rather than take a noun object ("announced the recall of ambassador
    Jose Kim")?"""
    return any(t.norm in AUX_VERBS or t.norm in BE_FORMS or t.norm in ("that", "it", "he", "she", "they", "we")
               or _past_form(t.norm) for t in toks[i + 1:end])


def _fronted_participle_subject(ctx: SentenceContext, h: int) -> tuple[int, int, Actor] | None:
    """The subject of a sentence-initial participle ("While attending an energy conference in Russia
    this week, Morales said ...", "Speaking in Tokyo, Macron said ..."): the first state or person
    after the comma that closes it."""
    toks = ctx.toks
    if not toks[h].norm.endswith("ing"):
        return None
    k = 0
    while k < len(toks) and toks[k].norm in _PUNCT:
        k += 1
    if not (k == h or k + 1 == h and toks[k].norm in FRONTING_WORDS):
        return None
    comma = next((i for i in range(h + 1, min(len(toks), h + 25)) if toks[i].norm == ","), None)
    if comma is None:
        return None
    return next(((s, e, a) for s, e, a in ctx.actors if comma < s <= comma + 6 and not a.location
                 and a.kind in ("state", "person") and toks[s - 1].norm not in SUBJ_SKIP), None)


def _subject(ctx: SentenceContext, h: int, cl: list[int], actor_at=None) -> list[Actor]:
    """The nearest actor before ``h`` in the same clause that is not in a prepositional phrase,
    with coordinated ones; for a relative clause, the antecedent (``actor_at`` is unused; kept for
    callers that pass it)."""
    toks = ctx.toks
    clause = cl[h] if h < len(cl) else cl[-1]
    if h >= 2 and toks[h - 1].norm in _INSTITUTION_OR_VICTIM and toks[h - 2].norm in CAUSATIVE_VERBS \
            and not any(e == h for _s, e, _a in ctx.actors):
        return []           # "which has seen police kill thousands": the police, of no state named
    if _unknown_name_subject(ctx, h) or _unknown_pronoun_subject(ctx, h) or _common_people_subject(ctx, h):
        return []           # ", Blinking asked Russia to": a name we do not know acts, not the actor before it
    author = _message_author(ctx, h)
    if author is not None:
        return [author]     # "a letter by Prime Minister Gonsalves ... calling on the leaders to"
    inverted = _inverted_speaker(ctx, h)
    if inverted is not None:
        return [inverted]   # '"Rwanda must withdraw its soldiers," said Lambert Mende': Mende, not Rwanda
    opener = _comma_verb_opener(ctx, h, cl)
    if opener is not None:
        return [opener]     # "Turkey shoots down Russian jet, blames Moscow": the headline's subject
    agent = _passive_agent_of_participle(ctx, h, cl)
    if agent is not None:
        return agent        # "Belarus' actions were condemned by Poland, accusing ...": the agent
    speaker = _say_participle_subject(ctx, h)
    if speaker is not None:
        return [speaker]    # "..., the country's defence minister said Saturday, accusing Beijing of ...": the speaker
    say = _pronoun_after_say(ctx, h, cl)
    if say is not None:
        speaker = _subject(ctx, say, cl)    # "Trump said he was reimposing sanctions": the speaker
        return [a for a in speaker if a.kind in ("state", "person")][-1:]
    cands = [(s, e, a) for s, e, a in ctx.actors if e <= h and cl[s] == clause]
    picked: tuple[int, int, Actor] | None = None
    c0 = cl.index(clause)       # the clause's first token
    for s, e, a in reversed(cands):
        k = s
        while k > 0 and (toks[k - 1].norm in TITLE_SKIP or toks[k - 1].text[:1].isupper() and k - 1 > 0
                         and toks[k - 1].norm not in ("the", "a", "an") and toks[k - 1].norm.isalpha()
                         and k - 1 > c0):
            k -= 1          # "to Prime Minister Narendra Modi": look before the title
        while k > 0 and toks[k - 1].norm in DETERMINERS and toks[k - 1].norm not in ("the", "a", "an", "that",
                                                                                     "this", "both", "all"):
            k -= 1          # "summoned the top Chinese envoy": over adjectives to the determiner
        while k > 0 and toks[k - 1].norm in SUSPECT_ADJECTIVES and (k - 1 == c0 or toks[
                k - 2].norm in ("the", "a", "an", ",", "and") or toks[k - 2].norm[:1].isdigit()):
            k -= 1          # "Suspected Burundian assailants attacked": an adjective, not a verb
        prev = toks[k - 1].norm if k else ""
        prev2 = toks[k - 2].norm if k >= 2 else ""
        if k and k - 1 == c0 and prev in BOUNDARY_WORDS:
            prev = ""       # "since Russian troops had seized": the clause's conjunction, no preposition
        if prev in ("the", "a", "an") and k >= 2:
            prev, prev2 = prev2, toks[k - 3].norm if k >= 3 else ""
        if a.form == "pronoun" and a.possessive and k > c0 + 2:
            continue        # "pulled his nation closer", "claims Taiwan as its territory": a determiner
        if not a.possessive and a.kind == "state" and a.form not in ("demonym", "pronoun") and a.head \
                and a.head[0] in AFFAIR_HEADS and e < h:
            continue        # "The Syria conflict has killed thousands": the conflict, not Syria, is the subject
        if prev == "(" and any(e2 == k - 1 for s2, e2, a2 in cands):
            continue        # "the Democratic Republic of Congo (DRC)": the acronym repeats a phrase
        if a.kind == "person" and prev == "," and e < len(toks) and toks[e].norm == "," and e < h and any(
                k - 10 < e2 < k and a2.states and a2.states[0] == a.state for s2, e2, a2 in cands):
            continue        # "summoned the British ambassador, Rob Macaire, to lodge": an appositive of an object
        if a.location:
            # "officials from Tehran and Riyadh held talks": a capital after a person noun acts
            if prev in ("from", "in") and prev2 in PERSON_HEADS:
                own = [x for x in cands if x[1] == k - 2 and not x[2].location
                       and _subject_prep_ok(toks, x[0])]
                if not own and k >= 3 and toks[k - 3].norm in POSS_PRONOUNS:
                    continue    # "evacuating staff from its embassy in Tehran, blaming Iran": not Tehran
                picked = own[-1] if own else (s, e, a)      # "French diplomats in Washington": French
                break
            continue
        if prev == "with" and (e == h and toks[h].norm.endswith("ing") or any(
                t.norm in ("having", "being") or t.norm.endswith("ing") for t in toks[e:min(h, e + 3)])):
            picked = (s, e, a)      # "with the Turkish government having sent ...": its subject
            break
        if prev == "of" and prev2 in OF_OK and _quantified_object(toks, k, cl, clause):
            continue        # "rammed one of the Ukrainian boats and opened fire": an object, not the subject
        if prev in SUBJ_SKIP and not (prev == "of" and prev2 in OF_OK) and not _government_of(toks, k):
            if prev in ("from", "in") and prev2 in PERSON_HEADS:
                own = [x for x in cands if x[1] == k - 2 and not x[2].location
                       and _subject_prep_ok(toks, x[0])]
                picked = own[-1] if own else (s, e, a)  # "a court in Guyana"; "Kenyan envoys in Somalia": Kenyan
                break
            continue
        if a.kind == "org" and not a.states[0] and not (a.ids and str(a.ids[0]).startswith("org:") and all(
                toks[x].norm in ("the", "a", ",") for x in range(c0, k))):
            continue        # (an international organisation opening its clause acts: "The UN Security Council condemned")
        if prev and (_is_verbish(prev) or prev.endswith("ing") and len(prev) > 5 and prev not in (
                "during", "including", "morning", "evening")) and prev not in AUX_VERBS \
                and prev not in SAY_FORMS and k > c0 and not _government_of(toks, k):
            continue        # "which claims Taiwan as its territory and opposes", "allowing Ukraine to": objects
        if prev in PARTICLES and prev2 and (_is_verbish(prev2) or prev2.endswith("ing")) and prev2 not in AUX_VERBS \
                and k - 1 > c0 and not (h and toks[h - 1].norm in ("for", "of")):
            # "Canada singled out Chinese hackers, lodging a protest": a phrasal verb's object ("singled
            # out hackers for attacking": the object does the gerund after for/of)
            continue
        picked = (s, e, a)
        break
    if picked is None:
        # relative clause: "X, who announced ...", "X, which has urged ...", "the leaders who toppled"
        first = c0
        if first < len(toks) and toks[first].norm in ("which", "who", "whose"):
            ante = [(s, e, a) for s, e, a in ctx.actors if e <= first and not a.location]
            if ante and first - ante[-1][1] <= 4:
                picked = ante[-1]
                if toks[first].norm == "whose" and first + 1 < len(toks) and (
                        toks[first + 1].norm in PERSON_HEADS or toks[first + 1].norm in HEAD_OF_STATE_WORDS
                        or any(toks[j].norm in HEAD_OF_STATE_WORDS for j in range(first + 1, min(len(toks), first + 4)))):
                    # "the United States and the Philippines, whose recently elected leader ...": one
                    # state's leader, the nearest conjunct's
                    return [picked[2]]
        elif first < len(toks) and toks[first].norm == "that":
            return []
    if picked is None:
        first = c0
        if toks[first].norm in ("after", "before", "while", "when", "since", "by") and first + 1 < len(toks) \
                and toks[first + 1].norm.endswith("ing"):
            # "North Korea launched a missile ... after warning of a strong response": same subject
            # the governing clause's subject, back over clauses without one but not into the
            # speaker's ("It said the strike killed two children while injuring three": the strike's)
            k = first - 1
            while k >= 0 and picked is None:
                gov_clause = cl[k]
                said = [i for i in range(first_in_clause(cl, gov_clause), first)
                        if cl[i] == gov_clause and toks[i].norm in SAY_FORMS and _reports_clause(toks, i, first)]
                main = [(s, e, a) for s, e, a in ctx.actors if cl[s] == gov_clause and e <= first
                        and not a.location and (s == 0 or toks[s - 1].norm not in SUBJ_SKIP)
                        and not (said and s < said[-1])]
                if said and not main:
                    break       # "It said the strike resulted in ... while injuring": the strike's
                if main:
                    picked = main[0]
                    break
                g0 = first_in_clause(cl, gov_clause)
                if g0 == 0 or toks[g0 - 1].norm in SAY_FORMS or toks[g0].norm in ("that",) \
                        and g0 > 0 and toks[g0 - 1].norm in SAY_FORMS:
                    break
                k = g0 - 1
    if picked is None:
        picked = _fronted_participle_subject(ctx, h)
    if picked is None:
        first = c0
        if toks[first].norm == "but" and first + 1 < len(toks) and first > 0 and (
                toks[first + 1].norm in AUX_VERBS or _is_verbish(toks[first + 1].norm)):
            prev_subj = _subject(ctx, first - 1, cl)    # "have no presence but are keen to": the same subject
            if prev_subj:
                return prev_subj
    if picked is None:  # noqa: SIM102
        # the subject of the sentence's first clause (coordinated verbs: "China ... announced X and issued Y")
        first = c0
        reported = first > 0 and (toks[first - 1].norm in SAY_FORMS or toks[first].norm in SAY_FORMS
                                  or first > 1 and toks[first - 1].norm == "that" and toks[first - 2].norm in SAY_FORMS)
        # not a reported clause: "Burundi says the RED-Tabara group staged an attack" (the group acted)
        own_np = toks[first].norm in (";", ":") and any(
            toks[i].norm in ("the", "a", "an", "her", "his", "its", "their", "our", "this", "these", "those")
            for i in range(first, h))      # "...; her two children were also detained": a subject of its own
        if clause != 0 and not reported and not own_np and not any(toks[i].norm in BOUNDARY_WORDS for i in range(h)
                                                                   if cl[i] == clause):
            main = [(s, e, a) for s, e, a in ctx.actors if cl[s] == 0 and e <= h and not a.location
                    and (s == 0 or toks[s - 1].norm not in SUBJ_SKIP or _government_of(toks, s))]
            if main:
                picked = main[0]
    if picked is None:
        return []
    s, e, a = picked
    speaker = _coordinated_speaker(ctx, h, cl, s)
    if speaker:
        return speaker      # "Russia said new U.S. sanctions were illegal and vowed to retaliate": Russia
    if a.form == "pronoun" and not a.possessive and s >= 1 and toks[s - 1].norm in ("what", "which") \
            and s - 1 > 0 and not (toks[s - 1].norm == "which" and toks[s - 2].norm in WHICH_PREPS):
        # "condemned what it called North Korea's 'highly provocative' launch": the condemner
        gov = _subject(ctx, s - 1, cl) if cl[s - 1] != clause else []
        if not gov:
            gov = [a2 for s2, e2, a2 in ctx.actors if e2 <= s - 1 and cl[s2] == cl[s - 1] and not a2.location][:1]
        return gov[-1:] if gov else []
    if a.form == "pronoun" and not a.possessive and s >= 1:
        # "X said it would ...": the pronoun is the speaker
        j = s - 1
        if toks[j].norm == "that" and j >= 1:
            j -= 1
        if toks[j].norm in SAY_FORMS and cl[j] != cl[s]:
            speaker = _subject(ctx, j, cl)
            if speaker and speaker[-1] is not a and speaker[-1].kind in ("state", "person"):
                both = [x for x in speaker if x.kind in ("state", "person") and x is not a]
                if a.surface.lower() in ("they", "we") and len(both) >= 2:
                    return both     # "Obama and Putin said they will attack Iraq": both speakers
                return speaker[-1:]
    out = [a]
    # coordination backwards: "A and B", "A, B and C", "A as well as B"
    j = s
    while True:
        prevs = [(s2, e2, a2) for s2, e2, a2 in ctx.actors if e2 <= j and j - e2 <= 3]
        if not prevs:
            break
        s2, e2, a2 = prevs[-1]
        between = [t.norm for t in toks[e2:j]]
        if len(between) >= 2 and between[-1] == "the" and all(w in ("and", ",", "&") for w in between[:-1]):
            between = between[:-1]      # "Russia, the European Union, India and China"
        if between and (all(w in ("and", ",", "&") for w in between) or between[-3:] == ["as", "well", "as"]) \
                and (not a2.location or (s2 > 0 and toks[s2 - 1].norm == "from")) \
                and (len(out) > 1 or any(w in ("and", "&", "as") for w in between) or s2 == 0):
            # a comma alone joins a list only behind its "and" ("Russia, China and Iran") or at the
            # start of a headline ("India, Pakistan clash"), not an appositive or a fronted phrase
            # ("... with the EU and the U.S., South Africa will")
            out.insert(0, a2)
            j = s2
        else:
            break
    return out


# --------------------------------------------------------------------------- time

GOVERNMENT_HEADS = frozenset({"administration", "government", "regime", "cabinet", "junta", "leadership"})


def _government_of(toks: list[Tok], s: int) -> bool:
    """Does the actor at ``s`` name whose government opens the sentence ("The administration of
    embattled Somalia President Farmaajo has ..., accusing it of meddling")? Then it is the subject."""
    i = s - 1
    while i > 0 and toks[i].norm != "of" and toks[i].text.islower() and toks[i].text.isalpha() and s - i <= 2:
        i -= 1
    return 2 <= i <= 3 and toks[i].norm == "of" and toks[i - 1].norm in GOVERNMENT_HEADS \
        and all(t.norm in ("the", "a") for t in toks[:i - 1])


_CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})


def _inverted_speaker(ctx: SentenceContext, h: int) -> Actor | None:
    """The speaker named right after a speech verb that follows a closing quotation ('..., " said
    Lambert Mende'), or None: the names inside the quotation are what he speaks about."""
    toks = ctx.toks
    if h < 2 or h + 1 >= len(toks) or toks[h].norm not in SAY_FORMS or toks[h - 1].norm not in _CLOSING_QUOTES \
            or toks[h - 2].norm not in (",", "!", "?"):
        return None
    return next((a for s, e, a in ctx.actors if h < s <= h + 4 and not a.location and a.kind in ("person", "state")
                 and a.ids and all(t.norm in TITLE_SKIP or t.text[:1].isupper() for t in toks[h + 1:s])), None)


def _time(ctx: SentenceContext, h: int, cl: list[int], fact: str, before: list[str],
          nominal: bool = False) -> tuple[str | None, str]:
    from diplograph.ingest.eventtime import event_time

    return event_time(ctx, h, cl, fact, before, nominal)


_YEAR_MONTH_RE = re.compile(r"(\d{4})(?:-(\d{2}))?")
_YEAR_MONTH_DAY_RE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _is_past(edtf: str | None, published: dt.date | None) -> bool:
    """Does the EDTF date lie wholly before the publication month?"""
    if not edtf or not published or "/" in edtf:
        return False
    m = _YEAR_MONTH_RE.match(edtf)
    if not m:
        return False
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    if mo and mo <= 12:
        return (y, mo) < (published.year, published.month)
    return y < published.year


def _is_future(edtf: str | None, published: dt.date | None) -> bool:
    if not edtf or not published:
        return False
    m = _YEAR_MONTH_DAY_RE.match(edtf.split("/")[0])
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
