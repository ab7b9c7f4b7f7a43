"""Mentions to actors: states, persons, places and groups, with short forms, titles and pronouns.

:func:`resolve_actors` reads the gazetteer's mentions of one article and adds
what the tables cannot know:

* persons the text introduces with a role ("Russian Foreign Minister Sergei
  Lavrov", "Dmitry Peskov, the Russian presidential spokesman", "the new
  Colombian Minister of Foreign Affairs, Alvaro Leyva", "named X as Colombia's
  ambassador"), with a state and a role even when the tables do not list them;
* short forms of persons introduced earlier ("Kim", "Trudeau", "Abiy");
* office titles resolved by date ("the Chinese president" in 2015 -> Xi Jinping,
  "Turkey's president");
* capitals and seats as stand-ins when they act ("Moscow could serve ...") and
  as locations after a preposition ("travel to Moscow"), in a dateline
  ("WASHINGTON --") or in the name of a process ("the Minsk agreements");
* context phrases: "the North" (gazetteer region aliases), "the regime" (the
  state the article calls a regime), "the government"/"the foreign ministry"
  (the state that opens the sentence), "the two countries", "both sides" (the
  pair named in the sentence, coordinated just before, or named together most
  often), "the two leaders" (the last two persons of different states), "his
  country", "the island", pronouns (he/she/his/they/their/it, also opening a
  sentence, where they continue the previous sentence's subject; a possessive in
  a fronted phrase looks ahead: "After its troops crossed ..., Russia said") and
  "I"/"we" inside a quote (the speaker).

Everything is regex and dictionary work over the article text; no model.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from diplograph.graph.model import Entity, entity_id, slugify
from diplograph.ingest.gazetteer import EASTERN_ORDER, GIVEN_ORDER, NAME_PARTICLES, Gazetteer, Mention
from diplograph.ingest.lexicon import verb_words
from diplograph.ingest.numbers import cardinals
from diplograph.ingest.people import AGENTS
from diplograph.ingest.speech import COMMITTING, forms

__all__ = ["Actor", "ActorResult", "mentioned_states", "resolve_actors"]

MIL_WORDS = frozenset("""forces force troops military army navy soldiers servicemen jets warplanes rebels
militants fighters militia militias artillery tanks warships aircraft gunmen insurgents guerrillas
peacekeepers marines commandos paratroopers units battalion brigade""".split())
ACTOR_HEADS = frozenset("""government leader leaders president premier officials official authorities
regime ministry diplomat diplomats envoy delegation embassy state military forces troops army navy
spokesman spokeswoman spokesperson administration side leadership parliament lawmakers senate
counterpart minister ministers police people""".split()) | MIL_WORDS
# words between a national adjective and its actor noun ("the Chinese defence ministry", "the
# Mexican foreign ministry", "Russian state media" is no actor: "media" is no ACTOR_HEAD)
_HEAD_MODIFIERS = frozenset("""foreign defence defense interior finance trade federal central national top senior
security intelligence""".split())


def _actor_head(head: tuple[str, ...]) -> bool:
    """Does a national adjective's head name an actor ("officials", "foreign ministry")?"""
    return bool(head) and (head[0] in ACTOR_HEADS or head[0] in _HEAD_MODIFIERS and len(head) > 1
                           and head[1] in ACTOR_HEADS)


# verbs whose object "the country" is a place one goes to or from ("ordered him to leave the country")
_MOVE_VERBS = frozenset("""leave leaves left leaving enter enters entered entering flee flees fled fleeing
visit visits visited visiting reach reached tour toured""".split())
LOC_PREPS = frozenset("""in to at from into toward towards near via outside inside around across through
within throughout visit visited visiting visits reach reached arrive arrived arrives leave left leaving
landed land""".split())
SUBJ_SKIP_PREPS = frozenset("""in to at from into with for on against about over by toward towards between
among under than like near around after before across through within without during since until upon
onto behind beyond despite versus vs""".split())
# states whose texts call them "the kingdom"
KINGDOMS = frozenset({"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "THA", "NLD", "BEL", "NOR", "SWE", "DNK", "KHM",
                      "BTN", "LSO", "SWZ", "TON"})
ISLANDS = ("TWN", "CUB", "CYP", "LKA", "IRL", "ISL", "JPN", "SGP", "MDG", "MLT", "JAM", "HTI", "DOM", "NZL",
           "PHL", "IDN", "BHR", "MUS", "FJI", "TLS")

# Title words (lower case) that introduce or describe a political person.
_TITLE_WORDS = frozenset("""president vice prime minister ministers premier chancellor king queen emir amir
sultan emperor crown prince princess sheikh supreme leader chairman chairwoman secretary general
secretary-general foreign defence defense information trade finance interior justice affairs
external home spokesman spokeswoman spokesperson presidential envoy special ambassador diplomat consul
senator congressman congresswoman speaker house governor mayor admiral commander chief staff
national security adviser advisor negotiator official lawmaker legislator mp deputy head director
representative high commissioner marshal colonel captain capt lieutenant lt gen col maj ayatollah
opposition counterpart former new top senior acting interim second-in-command uncle state
minister-president treasury commerce energy health education agriculture labor labour transport
homeland culture environment economy economic military army intelligence pope aide co-founder cofounder
founder plenipotentiary extraordinary relations rear brigadier commodore sergeant major charge chargé
d'affaires d’affaires fm""".split())
_ROLE_CORE = frozenset("""president minister premier chancellor king queen emir amir sultan emperor prince
sheikh leader chairman chairwoman secretary spokesman spokeswoman spokesperson envoy ambassador diplomat
consul senator congressman congresswoman speaker governor mayor admiral commander adviser advisor
negotiator official lawmaker mp representative commissioner marshal colonel captain capt ayatollah
counterpart second-in-command general gen monarch dictator chief head aide co-founder cofounder founder
charge chargé d'affaires d’affaires fm""".split())
# words that make a role phrase a non-political one ("chief executive of Lotte", "head of research")
_NOT_POLITICAL = frozenset("""executive ceo analyst analysts professor researcher research economist editor
correspondent reporter journalist fellow lecturer scholar expert company bank university institute
firm club coach""".split())
_ORDINALS = frozenset("first second third fourth fifth".split())
_HONORIFIC = frozenset({"mr", "mrs", "ms", "dr", "capt", "gen", "lt", "col", "maj", "sen", "rep", "gov",
                        "prof", "adm", "sgt"})
# particles inside a run of name words ("Agnes von der Muhll", "Abu Bakr"): the gazetteer's family-name
# particles and also "abu", "ben", "den", which may start or continue a name but which the
# gazetteer's default surname does not take into the family name
_NAME_PARTICLES = NAME_PARTICLES | {"abu", "den", "ben"}
_NOT_NAMES = frozenset("""The A An This That These Those It He She They We I His Her Their Our Its In On At
For By With From To Of And But Or As After Before When While Since Despite However Meanwhile Monday
Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Credit Photo Today Yesterday Tonight Also Both Such Any Some All
No Not Who What Where Why How If Then Thus Therefore Basically Sometimes Just Over Under Where Given
Adding Shortly Days Thursday's Sunday's Monday's Senator President Prime Minister Foreign Defence Defense
House Speaker Capt Gen Trade Information Federal Government National Ministry Joint Declaration Peace
Friendship Party Talks Commons World Organisation Organization Second War Korean Peninsula Six
Kurdistan Workers European Union Horn Africa Sikh State Twitter Congress Representatives Nations
United Opposition Leader Chief Secretary General Vice Deputy Crown Prince King Queen Emir Sheikh Lord
Supreme Court Council Assembly Parliament Senate Army Navy Air Force Republic Democratic People
Kingdom Mr Mrs Ms Dr Islamic State FM""".split())
_SURNAME_WORDS = frozenset({"He"})     # function words that are also surnames ("Vice Premier He Lifeng")
_PRONOUNS_SG = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_PRONOUNS_PL = {"they", "them", "their", "theirs"}
_PLURAL_HEADS = frozenset({"authorities", "leaders", "officials", "forces", "troops", "governments", "diplomats",
                           "lawmakers", "people", "soldiers", "negotiators", "ministers"})
_VERBISH = frozenset("""said says has have had is was were will would could fired launched accused agreed
rejected denied warned called announced""".split())


def _by_first_letter(words) -> str:
    """A regex for any of ``words`` (tried in the given order), written as one alternative per first
    letter ("s(?:aid|ays|ay)|a(?:dded|...)"): the same matches, but the regex engine skips to those
    letters at C speed and tries only the words that start with the letter it stands on."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "(?:" + "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items()) + ")"


# an attribution of speech, found anywhere in a segment (so the order of the forms matters)
_SAY = _by_first_letter(forms("say", "past s base") + forms("add", "past s") + forms("continue", "past")
                        + forms("tell write", "past s")
                        + forms("assert state note explain declare insist warn argue announce", "past")
                        + ("according to", "According to"))

# the word "capital" after a national adjective, as written ("the Ugandan capital", "THE UGANDAN CAPITAL")
_CAPITAL_WORD = re.compile(r"\s*capital", re.I)
# (?=[...]) before a \b: the first letters of the alternatives, a cheap test that spares the
# regex engine trying every alternative at every position of the article (same matches)
_GROUP_RE = re.compile(
    r"(?=[tbeo])\b(?:(?:the|both)\s+(?:two\s+)?(?:neighbou?ring\s+)?(?:countries|nations|sides|leaders|men|governments|"
    r"states|neighbou?rs|parties|presidents|Koreas|capitals|allies|rivals)(?:['’])?|each\s+other(?:['’]s)?|"
    r"one\s+another|both\s+parties|either\s+country|both\s+nations|the\s+pair)\b", re.I)
_CTX_RE = re.compile(
    r"(?=[hti])\b(?:(his|her|their|its)\s+country|the\s+(?:self-governing\s+|disputed\s+)?island|"
    r"the\s+regime|the\s+(?:federal\s+|national\s+|central\s+)?government|the\s+administration|"
    r"the\s+(?:(?:foreign|defen[cs]e|external\s+affairs|foreign\s+affairs)\s+)?ministry|the\s+ministry\s+of\s+"
    r"(?:foreign|external)\s+affairs|the\s+Kremlin|the\s+White\s+House|the\s+kingdom|the\s+country)\b"
    r"(?!\s+(?:of|in)\b)", re.I)
# pronouns, also capitalised at a sentence start ("He said ...", "They agreed ..."); not the
# expletive "It is unclear", "It was the first time", "It comes a day after"
_PRON_RE = re.compile(r"(?=[hsStTiImMwWuoOH])\b(he|him|his|she|her|they|them|their|its|I|me|my|we|us|our|He|His|She|Her|They|Their|Its|We|"
                      r"Our|My|[Ii]t(?!\s+(?:is|was|has\s+been|had\s+been|remains|remained|seems|seemed|appears|"
                      r"appeared|comes|came|will\s+be|would\s+be|could\s+be|may\s+be|might\s+be|isn['’]t|"
                      r"wasn['’]t|takes|took|marks|marked|means|meant)\b)(?!['’]s\b))\b")
# "X said it was ready/willing/sending ...": the reported clause's subject is the speaker, not the
# expletive of "it was unclear"
_SAID_IT_VERBS = forms("say", "past s base") + forms("state add announce declare insist", "past s") \
    + forms("note", "past") + forms("warn confirm stress", "past s")
_SAID_IT_RE = re.compile(r"(?=[" + "".join(sorted({v[0] for v in _SAID_IT_VERBS})) + r"])"
                         r"\b" + _by_first_letter(_SAID_IT_VERBS) + r"\s+"
                         r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?"
                         r"(?:that\s+)?(it)\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+"
                         r"(?:(?:not|also|still|now|already|fully|firmly|always|very|deeply|currently)\s+)?"
                         r"(?:ready|willing|prepared|committed|determined|open|keen|eager|able|unable|unwilling|"
                         r"reluctant|opposed|concerned|seriously|(?!being\b|becoming\b|getting\b)[a-z]{3,}ing)\b")
_WORD_RE = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ][\w'’.-]*")


@dataclass(slots=True)
class Actor:
    """One resolved mention of one or more entities in the text."""

    start: int
    end: int
    ids: tuple[str, ...]
    states: tuple[str | None, ...]
    kind: str                    # state | person | place | org | group
    form: str                    # name | demonym | capital | seat | title | pronoun | group | alias | short
    surface: str = ""
    head: tuple[str, ...] = ()   # the words after a national adjective or a state name
    possessive: bool = False
    military: bool = False
    location: bool = False       # a place used as the location of an event ("in Moscow")
    reciprocal: bool = False     # "each other"

    @property
    def id(self) -> str:
        return self.ids[0]

    @property
    def state(self) -> str | None:
        return self.states[0] if self.states else None

    @property
    def is_group(self) -> bool:
        return len(self.ids) > 1


@dataclass(slots=True)
class ActorResult:
    """The actors of one article, the entities they refer to and the article's main dyad."""

    actors: list[Actor]
    entities: dict[str, Entity]
    main_dyad: tuple[str, ...] = ()
    dyad_share: float = 0.0
    home_state: str | None = None
    speakers: dict[int, Actor] = field(default_factory=dict)   # sentence index -> quote speaker
    # sentences inside a quotation without an attribution of their own -> the quotation's speaker
    quote_speakers: dict[int, Actor] = field(default_factory=dict)


# --------------------------------------------------------------------------- helpers

_START = attrgetter("start")     # sort key of actors and mentions (a C call, not a lambda)

_PREV_WORD_RE = re.compile(r"([\w'’.-]+)[^\w]*$")
# the same word found from the end, on the reversed text: skip what is no letter or digit, then the run
# of word characters (and ' ’ . -) that holds the last letter or digit. (_PREV_WORD_RE tries every
# start position, each up to the end of the text; this reads only the last word.)
_PREV_WORD_REV = re.compile(r"[^\w]*?([\w'’.-]*\w[\w'’.-]*)")
# the first three tokens ([\w-]+) after a position, in one match: characters that are neither
# token characters nor punctuation (.,;:!?()) are skipped; punctuation, or a token that opens with
# '-' or '_' instead of a letter or digit ([^\W_]), ends the words
_NEXT_WORDS_RE = re.compile(r"[^\w.,;:!?()-]*([^\W_][\w-]*)(?:[^\w.,;:!?()-]*([^\W_][\w-]*)"
                            r"(?:[^\w.,;:!?()-]*([^\W_][\w-]*))?)?")
_OBJ_PREP_RE = re.compile(r"\b(?:including|with|to|by|of|and|from|for|against|on|at)\s+(?:the\s+)?$")
_COORD_GAP_RE = re.compile(r"\s*(?:,|and|,\s*and|&)\s*")
_SAY_RE = re.compile(_SAY)


def _prev_word(text: str, pos: int) -> str:
    seg = text[max(0, pos - 40):pos]
    m = _PREV_WORD_REV.match(seg[::-1])
    if m is not None:
        return m.group(1)[::-1].lower()
    m = _PREV_WORD_RE.search(seg)     # no letter or digit at all ("... -- ")
    return m.group(1).lower() if m else ""


def _next_words(text: str, pos: int) -> tuple[str, ...]:
    """The (up to) three words after ``pos`` (lower case, after a possessive 's), up to the first
    punctuation mark (see _NEXT_WORDS_RE)."""
    start = pos + 2 if text.startswith(("'s", "’s"), pos) else pos
    m = _NEXT_WORDS_RE.match(text, start, pos + 80)
    return tuple([w.lower() for w in m.groups() if w is not None]) if m else ()


def _is_possessive(text: str, end: int) -> bool:
    return text[end:end + 2] in ("'s", "’s") or (text[end:end + 1] in ("'", "’") and text[end - 1:end] == "s")


_QUOTE_EVENTS = re.compile(r'[“«”»"]|\n(?=\n)')


def _in_quote_map(text: str) -> bytearray:
    """For each character: inside a quotation? (1/0; a blank line closes an open quote)"""
    inside = bytearray(len(text) + 1)
    state = 0
    opener = ""
    pos = 0
    for m in _QUOTE_EVENTS.finditer(text):
        i = m.start()
        if state and i > pos:
            inside[pos:i] = b"\x01" * (i - pos)
        ch = text[i]
        if ch == "«" and state and opener == "«":
            # "« I want to thank the President of Mexico ... to the White House« Trump said": a second
            # opening guillemet inside a guillemet quote is its close, written with the wrong sign
            # (guillemet quotes do not nest in news; a quote within one takes “ ”)
            inside[i] = 1
            state = 0
        elif ch in "“«":
            state = 1
            opener = ch
            inside[i] = 1
        elif ch in "”»":
            inside[i] = state
            state = 0
        elif ch == '"':
            state ^= 1
            opener = ch
            inside[i] = state
        else:
            state = 0
        pos = i + 1
    if state and len(text) > pos:
        inside[pos:len(text)] = b"\x01" * (len(text) - pos)
    return inside


class _Builder:
    """Collects entities and actors for one article."""

    def __init__(self, text: str, published: dt.date | None, gaz: Gazetteer) -> None:
        self.text = text
        self.published = published or dt.date.today()
        self.gaz = gaz
        self.entities: dict[str, Entity] = {}
        self.actors: list[Actor] = []
        self._taken: list[tuple[int, int]] = []
        self._mask = bytearray(len(text) + 1)     # 1 where a span is taken (fast free())
        self._dirty = False
        self.stateless: set[str] = set()     # persons known to belong to no state (UN, NATO officials)
        self.first_person: list[Actor] = []  # I/we/our inside quotes, resolved after the speakers
        self.dateline: str | None = None       # the state of the article's dateline ("SEOUL, Aug. 2 --")

    # entity registry ------------------------------------------------------------
    def state_entity(self, iso3: str) -> str:
        if iso3 not in self.entities:
            info = self.gaz.state(iso3)
            self.entities[iso3] = Entity(id=iso3, kind="state", name=info.name if info else iso3, state=iso3)
        return iso3

    def person_entity(self, name: str, state: str | None, role: str | None, pid: str | None = None,
                      aliases: tuple[str, ...] = ()) -> str:
        eid = pid or entity_id("person", name)
        ent = self.entities.get(eid)
        if ent is None:
            ent = Entity(id=eid, kind="person", name=name, state=state, aliases=tuple(a for a in aliases if a != name),
                         roles=(role,) if role else ())
            self.entities[eid] = ent
        else:
            if role and role not in ent.roles:
                ent.roles = ent.roles + (role,)
            if state and not ent.state:
                ent.state = state
            new = tuple(a for a in aliases if a not in ent.aliases and a != ent.name)
            if new:
                ent.aliases = ent.aliases + new
        return eid

    def place_entity(self, name: str, state: str | None, pid: str | None = None) -> str:
        eid = pid or entity_id("place", name)
        if eid not in self.entities:
            self.entities[eid] = Entity(id=eid, kind="place", name=name, state=state)
        return eid

    def org_entity(self, oid: str, name: str) -> str:
        if oid not in self.entities:
            info = self.gaz.org(name)
            self.entities[oid] = Entity(id=oid, kind="organization", name=info.name if info else name)
        return oid

    @property
    def taken(self) -> list[tuple[int, int]]:
        return self._taken

    @taken.setter
    def taken(self, spans: list[tuple[int, int]]) -> None:
        self._taken = list(spans)
        self._dirty = True

    def free(self, a: int, b: int) -> bool:
        """True when no taken span overlaps [a, b)."""
        if self._dirty:
            self._mask = bytearray(len(self.text) + 1)
            for s, e in self._taken:
                self._mask[s:e] = b"\x01" * (e - s)
            self._dirty = False
        return b <= a or self._mask.find(1, a, b) == -1

    def take(self, a: int, b: int) -> None:
        """Mark [a, b) as taken."""
        self._taken.append((a, b))
        if not self._dirty:
            self._mask[a:b] = b"\x01" * (b - a)

    def add(self, actor: Actor) -> None:
        self.actors.append(actor)
        self.take(actor.start, actor.end)


# --------------------------------------------------------------------------- persons by apposition

_RUN_RE = re.compile(r"(?<![\w'’.-])[^\W\d_a-z][\w'’.-]*(?:[ \u00a0](?:(?:bin|al|de|del|van|von|da|dos|el|le|la|di|ibn|abu|"
                     r"der|den|ben)[ \u00a0]){0,2}(?:(?:al|el|ad|ash|as|at|az|an|ar|abu|bin|ibn|bou|ben)-)?[^\W\d_a-z][\w'’.-]*)*")
# "al-Assiri", "el-Sisi": a lower-case Arabic article joined to a capitalised name
_HYPHEN_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|az|an|ar|abu|bin|ibn|bou|ben)-[^\W\d_a-z]")


_GLUED_SENTENCE = re.compile(r"[a-z]{2}\.(?=[A-Z][a-z])")


def _cap_runs(text: str) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Runs of capitalised words (with inner particles), as (start, end, words)."""
    runs = []
    for rm in _RUN_RE.finditer(text):
        w = rm.group()
        if "A" <= w[0] <= "Z" and " " not in w and "\u00a0" not in w and "." not in w:
            # (most runs: one capitalised word, which is its only word below)
            runs.append((rm.start(), rm.end(), [(rm.start(), rm.end(), w)]))
            continue
        words = []
        for m in _WORD_RE.finditer(text, rm.start(), rm.end()):
            glued = _GLUED_SENTENCE.search(m.group()) if "." in m.group() else None
            if glued:
                # "India's ambassador Gautam Bambawale.The Prime Minister proposed": a missing space
                # after a full stop ends the name
                cut = m.start() + glued.start() + 3
                words += [(m.start(), cut, text[m.start():cut]), (cut, m.end(), text[cut:m.end()])]
            else:
                words.append((m.start(), m.end(), m.group()))
        i = 0
        n = len(words)
        while i < n:
            s, e, w = words[i]
            if not w[0].isupper():
                i += 1
                continue
            j = i
            run = [words[i]]
            while j + 1 < n:
                s2, e2, w2 = words[j + 1]
                gap = text[run[-1][1]:s2]
                if gap not in (" ", "\u00a0"):
                    break
                lastw = run[-1][2]
                if lastw.endswith(".") and len(lastw) > 2 and lastw[:-1].lower() not in _HONORIFIC:
                    break
                if w2[0].isupper() or _HYPHEN_PARTICLE.match(w2) or (
                        w2.lower() in _NAME_PARTICLES and j + 2 < n and (words[j + 2][2][:1].isupper() or (
                            # "Agnes von der Muhll": two particles before the surname
                            words[j + 2][2].lower() in _NAME_PARTICLES and j + 3 < n
                            and words[j + 3][2][:1].isupper()))):
                    run.append(words[j + 1])
                    j += 1
                    continue
                break
            runs.append((run[0][0], run[-1][1], run))
            i = j + 1
    return runs


@lru_cache(maxsize=65536)
def _clean_word(w: str) -> str:
    return w.rstrip(".").rstrip("'’").removesuffix("'s").removesuffix("’s")


# (_find_role_context looks for parts of its title words that hold no s or i, which "ſ", "ı" also
# match when case is ignored: "mba", "envoy", "con", "repre", "corre", in the lower-cased text
# before the regex)
_POSTING_RE = re.compile(r"(?=(?i:[aecr]))\b(?i:ambassador|envoy|consul|representative|correspondent)\s+(?:to|in|at)\s+"
                         r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}$")
# the last six words of a text, matched on the reversed text: spaces and runs of word characters
# (and ’ ' . -); a word with other characters ends them after its word characters
_LAST_WORDS_REV = re.compile(r"(?:\s*[\w’'.-]+){0,6}")


def _trailing_words(before: str) -> list[str]:
    """The last six whitespace-separated words of ``before`` when it ends in whitespace, stopping
    at a word with other characters (a comma, a quote): of that word only the word characters after
    the last other one ("(Foreign" -> "Foreign")."""
    if not before or not before[-1].isspace():
        return []
    return _LAST_WORDS_REV.match(before[::-1]).group()[::-1].split()


def _lone_name_ok(text: str, word: str, title_part: list, known: dict[str, str]) -> bool:
    """Can a single capitalised word be a person's name ("Manele")? Not a known short form, not an
    acronym, a title or a function word (the caller also checks that the text never writes it in
    lower case, once a role is found)."""
    w = _clean_word(word)
    if len(w) < 4 or w.isupper() or w in _NOT_NAMES or w in _NOT_A_NAME_PART or w.lower() in known:
        return False
    if title_part:
        last = title_part[-1][2]
        # "the Prime Minister's Office", "President of Somaliland": no title directly before
        if last.endswith(("'s", "’s", "'", "’")) or _clean_word(last).lower() in ("of", "the"):
            return False
    return not (w.lower() in _TITLE_WORDS or w.lower() in _ROLE_CORE)


def _written_lower(text: str, word: str) -> bool:
    """True when the text also writes ``word`` in lower case (a common word, not a name)."""
    w = _clean_word(word).lower()
    return w in text and re.search(r"\b" + re.escape(w) + r"\b", text) is not None


def _find_role_context(text: str, start: int, end: int, after_ok: bool = True) -> tuple[str | None, int, int]:
    """A role phrase around a name: before it ("Russian Foreign Minister", "his Venezuelan
    counterpart", "former senator") or in an apposition after it (", the Russian presidential
    spokesman"). Returns (role words, span start, span end) or (None, ...)."""
    before = text[max(0, start - 90):start]
    # lower-case / mixed title words directly before the name
    # "France's ambassador to Niger Sylvain Itte": skip the posting after the title
    posting = None
    if " to " in before or " in " in before or " at " in before:
        low = before.lower()
        if "mba" in low or "envoy" in low or "con" in low or "repre" in low or "corre" in low:
            posting = _POSTING_RE.search(before)
    if posting:
        before = before[:posting.start()] + before[posting.start():].split()[0] + " "
    words_before = _trailing_words(before)
    role_words: list[str] = []
    for w in reversed(words_before):
        lw = _clean_word(w).lower()
        if lw in _TITLE_WORDS or lw.endswith("minister") or lw in _HONORIFIC or lw == "of":
            role_words.insert(0, lw)
            continue
        break
    while role_words and role_words[0] in ("of", "the"):
        role_words.pop(0)
    if any(w in _ROLE_CORE or w.endswith("minister") or w in _HONORIFIC for w in role_words):
        return " ".join(role_words), start, end
    # preceding apposition: "the new Colombian Minister of Foreign Affairs, Alvaro Leyva,", "A Myanmar
    # government spokesman, Zaw Htay,", "Bangladesh's foreign minister, AH Mahmood Ali,"
    comma = before.rstrip().endswith(",")
    m = _PRE_APPOS_RE.search(before) if comma else None
    if m:
        ws = [_clean_word(w).lower() for w in m.group(1).split()]
        if any(w in _ROLE_CORE or w.endswith("minister") for w in ws) and not _NOT_POLITICAL.intersection(ws):
            kept = [w for w in ws if w in _TITLE_WORDS or w.endswith("minister") or w == "of"]
            while kept and kept[0] == "of":
                kept.pop(0)
            return " ".join(kept), start, end
    # a capitalised title closed by a comma: "Defence and Military Veterans Minister, Thandi Modise,"
    m = _PRE_TITLE_COMMA_RE.search(before) if comma else None
    if m and _COMMA_OR_PAREN.match(text[end:end + 3]):
        return _clean_word(m.group(1).split()[-1]).lower(), start, end
    # "the head of the Russian delegation Vladimir Medinsky"
    m = _HEAD_OF_RE.search(before) if " of " in before and ("head" in before or "chief" in before
                                                             or "leader" in before) else None
    if m:
        return f"head of {m.group(1).lower()}", start, end
    if not after_ok:
        return None, start, end
    # following apposition: ", the Russian presidential spokesman" / ", a former foreign minister,"
    after = text[end:end + 120]
    # ", who is Estonia's foreign minister," and ", 62, the foreign minister," read as ", the foreign minister,"
    who = _WHO_IS_RE.match(after)
    if who:
        after = ", " + after[who.end():]
    m = _POST_APPOS_RE.match(after)
    # ", said Foreign minister X" is no apposition; ", spokeswoman for ...", ", first deputy head of
    # ..." (a lower-case title word first) is one
    first = _clean_word(m.group(2).split()[0]).lower() if m and m.group(2).split() else ""
    if m and (m.group(1) or m.group(2)[:1].isupper() or first in _ROLE_CORE or first in _ORDINALS
              or (first in _TITLE_WORDS and first not in ("former", "new", "state"))):
        ws = [_clean_word(w).lower() for w in _APPOS_WORD_RE.findall(m.group(2))][:12]
        if any(w in _ROLE_CORE or w.endswith("minister") for w in ws) and not _NOT_POLITICAL.intersection(ws):
            core = [w for w in ws if w in _TITLE_WORDS or w.endswith("minister")]
            return " ".join(core[:4]), start, end
    # "named|appointed NAME as (X's) ambassador"
    m = _NAMED_AS_RE.match(after)
    if m:
        return m.group(1), start, end
    return None, start, end


def _last_office_word(words: list[tuple[int, int, str]]) -> int | None:
    """Index of the last office word ("Minister", "President", "Secretary") among capitalised words,
    or None."""
    found = None
    for i, w in enumerate(words):
        lw = _clean_word(w[2]).lower()
        if lw.endswith("minister") or lw in ("president", "secretary", "premier", "chancellor", "ambassador",
                                             "spokesman", "spokeswoman", "spokesperson", "envoy", "governor",
                                             "commander", "admiral", "director"):
            found = i
    return found


_COMMA_OR_PAREN = re.compile(r"\s*[,(]")
_POST_APPOS_RE = re.compile(r",\s+((?:the|a|an|his|her|its|their)\s+)?([^,.;:()\n]{2,90})")
_APPOS_WORD_RE = re.compile(r"[\w’'-]+")
_NAMED_AS_RE = re.compile(r"\s+as\s+(?:[\w’'.-]+\s+){0,3}?(ambassador|envoy|minister|foreign minister|president|"
                          r"prime minister|spokesman|spokeswoman|adviser|advisor|representative)\b")
_WHO_IS_RE = re.compile(r",\s+(?:\d{1,3},\s+)?who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|became|is\s+also|"
                        r"was\s+also)\s+|,\s+\d{1,3},\s+(?=\w)")
_PRE_APPOS_RE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)|[\w.]+['’]s)\s+((?:[\w’'.-]+\s+){0,7}?[\w’'.-]+),\s+$")
_PRE_TITLE_COMMA_RE = re.compile(r"(?:^|[^\w’'-])((?:[A-Z][\w-]*\s+)?(?:Minister|Secretary|President|Premier|Ambassador|"
                                 r"Envoy|Spokesman|Spokeswoman|Spokesperson|Governor|Chancellor)),\s+$")
_HEAD_OF_RE = re.compile(r"\b(?:head|chief|leader)\s+of\s+(?:the\s+|a\s+)?(?:[A-Z][\w’'-]*\s+){0,2}"
                         r"(delegation|mission|negotiating\s+team|team)\s*,?\s+$")
_POSTED_TO = re.compile(r"\b(?:ambassador|envoy|consul|representative|emissary|commander|commanders|chief|head|"
                        r"correspondent|troops|forces|diplomat|diplomats|attach[eé]|charg[eé] d['’]affaires)"
                        r"\s+(?:to|in|at|for)\s+(?:the\s+)?$", re.I)


_GAP_OK = frozenset({"of", "the", "for", "s", "his", "her", "and", "a", "an", "coast", "guard", "navy", "naval",
                     "police", "border", "armed", "forces", "force", "air", "ministry", "office", "government",
                     "cabinet", "council", "embassy", "delegation", "foreign", "military", "army", "parliament",
                     "parliamentary", "press"})


def _title_gap(gap: str) -> bool:
    """True when the words between a state and a name are only a title ("'s Foreign Minister",
    " Minister of Foreign Affairs, ", "'s ambassador to Niger ")."""
    core = gap.rstrip()
    if core.endswith(","):
        core = core[:-1]
    if re.search(r"[;:()\"“”]", core) or core.count(",") > 1:
        return False
    words: list[str] = []
    for part in core.split(","):    # "The US commander in Iraq, General David Petraeus"
        part = re.sub(r"\b(?:to|in|at|for)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s*){1,3}", " ", part)
        words += [w for w in (_clean_word(x).lower() for x in re.findall(r"[\w’'-]+", part)) if w]
    if len(words) > 7:
        return False
    # "'s Infrastructure Minister": a ministry's name the tables do not know, before "Minister"
    office = next((i for i in range(len(words) - 1, -1, -1) if words[i].endswith("minister")), -1)
    unknown = [i for i, w in enumerate(words) if not (w in _TITLE_WORDS or w in _ROLE_CORE or w.endswith("minister")
                                                     or w in _HONORIFIC or w in _GAP_OK)]
    return not unknown or (len(unknown) <= 2 and all(i < office for i in unknown)
                           and re.search(r"\b[A-Z]\w*\s+Minister\b", core) is not None
                           and not _lower_word_in(core, [words[i] for i in unknown]))


def _lower_word_in(core: str, words: list[str]) -> bool:
    """Is one of ``words`` written in lower case in ``core``? ("the Venezuelan elections, with Foreign
    Minister": 'elections' is no part of a ministry's name, as 'Infrastructure' in "'s Infrastructure
    Minister" is.)"""
    return any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", core) for w in words)


def _mention_state(m: Mention, gaz: Gazetteer) -> str | None:
    """The state a state, demonym or armed-group mention stands for ("Taliban co-founder X" -> AFG)."""
    if m.kind in ("state", "demonym", "seat", "capital"):
        return m.ref
    if m.kind == "group":
        info = gaz.org(m.ref)
        codes = {c for c in re.findall(r"\b[A-Z]{3}\b", info.members_note or "") if gaz.state(c)} if info else set()
        return codes.pop() if len(codes) == 1 else None
    return None


def _role_state(text: str, start: int, end: int, mentions: list[Mention], gaz: Gazetteer) -> str | None:
    """The state named in the role phrase around a person name (demonym before or in apposition)."""
    lo = max(0, start - 70)
    # the nearest state/demonym mention before the name within the title phrase
    best = None
    for m in mentions:
        if lo <= m.start < start and m.kind in ("state", "demonym", "group", "seat", "capital") \
                and not re.search(r"[.;:!?]" if m.kind in ("state", "demonym", "group") else r"[.;:!?,]",
                                  _RANK_ABBREV.sub("", text[m.end:start])) \
                and not _POSTED_TO.search(text[max(0, m.start - 40):m.start]) and _title_gap(text[m.end:start]):
            best = m
    if best is not None:
        return _mention_state(best, gaz)
    of = _OF_STATE_RE.match(text, end)     # "Prime Minister Ralph Gonsalves of Saint Vincent"
    if of:
        st = next((_mention_state(m, gaz) for m in mentions if m.start == of.end() and m.kind in ("state", "demonym")),
                  None)
        if st:
            return st
    who = _WHO_IS_RE.match(text, end)     # ", who is Estonia's foreign minister,"
    a0 = who.end() if who else end
    after = text[a0:a0 + 110]
    stop = re.search(r"[.;:!?()]|,\s+(?:who|which|said|says)\b|\s(?:who|which|that|whose)\s", after)
    seg_end = a0 + (stop.start() if stop else len(after))
    for m in mentions:
        if end <= m.start < seg_end and m.kind in ("state", "demonym", "seat", "capital"):
            # only in a role phrase (", the Russian presidential spokesman", ", spokeswoman for
            # Pakistan's Foreign Ministry"), not a list that goes on (", Chad embassy officials and
            # ...", ", Türkiye Defense Minister Hulusi Akar")
            lead = [_clean_word(w).lower() for w in re.findall(r"[\w’'-]+", text[a0:m.start])]
            tail_text = text[m.end:seg_end]
            tail = [_clean_word(w).lower() for w in re.findall(r"[\w’'-]+", tail_text)][:4]
            if any(w in _ROLE_CORE or w.endswith("minister") for w in tail):
                if _NAME_AFTER_TITLE.match(tail_text) or _other_side_role(lead, tail):
                    return None     # the title of the next name in a list
                return m.ref
            if any(w in _ROLE_CORE or w.endswith("minister") for w in lead) and (len(lead) <= 6 or _long_appositive(
                    text, a0, lead)) and not _NOT_POLITICAL.intersection(lead):
                return m.ref
            return None
    return None


def _long_appositive(text: str, a0: int, lead: list[str]) -> bool:
    """A role phrase in commas of up to eight words without a verb ("Ignacio Ibanez, the director
    general for foreign affairs at Spain's foreign ministry,"): as good as a short one."""
    return len(lead) <= 8 and text[a0:a0 + 2].lstrip().startswith(",") and not any(_is_finite_verb(w) for w in lead) \
        and lead[-1] not in ("in", "to", "for")   # ("the chief of the UN mission in Congo": a posting)


def _other_side_role(lead: list[str], tail: list[str]) -> bool:
    """"Odierno spoke with his Thai counterpart": after a verb, "<demonym> counterpart" names the other
    side's state, not the state of the person before it."""
    return bool(tail) and tail[0] in ("counterpart", "counterparts") and any(_is_finite_verb(w) for w in lead)


def _is_finite_verb(w: str) -> bool:
    """A word that reads as a finite verb between a name and a role phrase ("spoke", "met", "called",
    "talks", "said")."""
    return w.endswith("ed") or w in _SPEECH_OR_MEETING_VERBS


_SPEECH_OR_MEETING_VERBS = frozenset("""met meets meet spoke speaks speak talked talks told tells said says
held holds hosted hosts phoned phones called calls received receives welcomed welcomes greeted greets""".split())


# abbreviated ranks and titles whose full stop ends no sentence ("U.S. Army Gen. Raymond Odierno")
_RANK_ABBREV = re.compile(r"\b(?:Gen|Lt|Col|Maj|Adm|Sgt|Capt|Cmdr|Brig|Rep|Sen|Gov|Amb)\.")


_OF_STATE_RE = re.compile(r"\s+of\s+(?:the\s+)?")
_NAME_AFTER_TITLE = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w-]*)*?\s+(?:[A-Z][\w-]*\s+)?(?:[Mm]inister|[Pp]resident|"
                               r"[Ss]ecretary(?:[ -][Gg]eneral)?|[Ss]pokes\w+|[Aa]mbassador)\s+[A-Z][\w’'-]+\s+[A-Z]")


# --------------------------------------------------------------------------- Title Case headlines

_CLOSED_CLASS = frozenset("""to over against with in on at for from of after before as by into amid and or but
the a an its his her their says said say will would is are was were be has have had not near during despite
about than up out off back under upon onto via vs versus amidst toward towards""".split())
_TC_WORD = re.compile(r"[A-Za-zÀ-ɏ][\w'’-]*")


def _decap_title_case(text: str, sentences: list[tuple[int, int]], gaz: Gazetteer) -> str:
    """A copy of ``text`` (same length) where, in Title Case sentences ("Erdogan Slams Macron Over
    Cartoon Remarks"), the capitalised words that are no part of a name (function words, verbs, words
    the article writes in lower case elsewhere) are written in lower case, so that names stand out as
    they do in running text ("Erdogan slams Macron over cartoon remarks")."""
    spans = []
    for s0, e0 in sentences:
        # the word count and the share of capitalised long words first, on the words' strings
        # (most sentences fail here); match objects only for the few that pass
        words = _TC_WORD.findall(text, s0, e0)
        if len(words) < 4 or len(words) > 30:
            continue
        long_initials = [w[0] for w in words[1:] if len(w) >= 4]
        if not long_initials or sum(map(str.isupper, long_initials)) < 0.75 * len(long_initials):
            continue
        rest = list(_TC_WORD.finditer(text, s0, e0))[1:]
        caps = [m for m in rest if m.group()[0].isupper() and not m.group().isupper()]
        if not any(m.group().lower() in _CLOSED_CLASS for m in caps):
            continue
        spans.append((s0, e0, caps))
    if not spans:
        return text
    verbs = verb_words()
    names = gaz.name_words()
    lower_words = set(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", text))
    chars = list(text)
    for _s0, _e0, caps in spans:
        for m in caps:
            w = m.group()
            low = w[0].lower() + w[1:]
            if len(w[0].lower()) != 1 or not w[1:].islower() and len(w) > 1:
                continue
            if low.lower() in _CLOSED_CLASS or (low not in names and (low in verbs or low in lower_words)):
                chars[m.start()] = low[0]
    return "".join(chars)


# --------------------------------------------------------------------------- main entry

# a name word, then an Arabic article joined by a hyphen ("Nasser Al-", "al-Jaber al-")
_FAMILY_ARTICLE_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+[Aa][ls]-$")


def _family_name_place(text: str, m: Mention) -> bool:
    """A place name that ends a person's name ("Sheikh Ahmad Nasser Al-Sabah", "Sheikh Sabah
    al-Ahmad al-Jaber al-Sabah": the Kuwaiti ruling family, not the Malaysian state); "in Al-Ula",
    "the Al-Quds" stay places."""
    return m.kind == "place" and _FAMILY_ARTICLE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


_POSSESSIVE_END = re.compile(r"['’]s$")
_HAS_LOWER = re.compile(r"[a-zà-ÿ]")


_LEADING_QUOTES = re.compile(r"[ \"“‘']*")


def resolve_actors(text: str, sentences: list[tuple[int, int]], published: dt.date | None,
                   gaz: Gazetteer) -> ActorResult:
    """Resolve the actors of one article; offsets are into ``text``."""
    text = _decap_title_case(text, sentences, gaz)
    b = _Builder(text, published, gaz)
    mentions = [m for m in gaz.find_mentions(text) if m.kind != "place" or not _family_name_place(text, m)]
    quote = _in_quote_map(text)
    sent_of = _sentence_index(sentences, len(text))
    on = b.published

    # 1. persons from the tables -------------------------------------------------
    persons_by_key: dict[str, str] = {}     # short form (lower) -> person id
    for m in mentions:
        if m.kind != "person":
            continue
        info = gaz.person_by_id(m.ref)
        if info is None:
            continue
        role_ctx, _, _ = _find_role_context(text, m.start, m.end)
        pid = _table_person_entity(b, info, on, role_ctx, m.surface)
        _register_short_forms(persons_by_key, info.name, pid, info.short_forms, info.surname)
    # 1b. persons of the tables named by surname only ("Putin", "the Trump administration"),
    #     when one office holder on the publication day has that surname
    runs = _cap_runs(text)
    named = {m.ref for m in mentions if m.kind in ("state", "demonym", "capital", "seat")}
    named |= {e.state for e in b.entities.values() if e.state}
    by_surname_only: dict[str, str] = {}      # pid -> the surname it was found by (step 1b)
    for surname, info in _office_holders_by_surname(text, gaz, on, runs, named):
        if info.id in b.entities:
            continue
        pid = _table_person_entity(b, info, on, None, None)
        by_surname_only[pid] = surname
        _register_short_forms(persons_by_key, info.name, pid, info.short_forms, info.surname)

    # 2. persons introduced by apposition ----------------------------------------
    at_char: dict[int, Mention] = {}          # character -> the non-person mention covering it
    person_at: set[int] = set()                # characters covered by a person mention
    for m in mentions:
        if m.kind == "person":
            person_at.update(range(m.start, m.end))
        else:
            at_char.update(dict.fromkeys(range(m.start, m.end), m))
    new_persons: list[tuple[int, int, str]] = []   # start, end, pid
    for _rs, re_, run in runs:  # noqa: B007
        # strip leading national adjectives, state names and title words ("Russian Foreign Minister")
        k = 0
        while k < len(run):
            w = run[k]
            hit = at_char.get(w[0])
            cw = _clean_word(w[2])
            lw = cw.lower()
            if w[2] in _SURNAME_WORDS and k and k + 1 < len(run) and at_char.get(run[k + 1][0]) is None:
                break       # "Vice Premier He Lifeng": a surname, not the pronoun
            if hit is not None or lw in _TITLE_WORDS or lw in _HONORIFIC or lw in ("of", "the") \
                    or lw.endswith("minister") or cw in _NOT_NAMES:
                k += 1
                continue
            break
        title_part, name_part = run[:k], run[k:]
        # "Ukraine's Infrastructure Minister Alexander Kubrakov", "Somaliland President Musa Bihi Abdi":
        # a title word the tables do not know ends at the last office word before the name
        j = _last_office_word(name_part)
        if j is not None and len(name_part) - j - 1 >= 2:
            title_part, name_part = run[:k + j + 1], name_part[j + 1:]
        # cut the name where a gazetteer (non-person) mention starts
        name_words = []
        for w in name_part:
            if w[0] in at_char:
                break
            name_words.append(w)
        if len(name_words) > 5 or not name_words:
            continue
        if len(name_words) == 1 and not _lone_name_ok(text, name_words[0][2], title_part, persons_by_key):
            continue
        first = name_words[0][2]
        if _clean_word(first) in _NOT_NAMES and not (first in _SURNAME_WORDS and title_part and len(name_words) > 1):
            continue
        if name_words[-1][2].lower() in _NAME_PARTICLES:
            continue
        ns, ne = name_words[0][0], name_words[-1][1]
        name = text[ns:ne].rstrip(".,")
        name = _POSSESSIVE_END.sub("", name)
        ne = ns + len(name)
        if ns in person_at:
            continue
        if len(name) < 5 or not _HAS_LOWER.search(name):
            continue
        if _MEDIA_AFTER.match(text, ne) or _clean_word(name_words[-1][2]) in _MEDIA_NAMES:
            continue    # "China's official Xinhua news agency", "the state-run Tasnim agency", "the
            # Jakarta Post": a medium
        # a lone name needs its title before it ("the Solomon Islands foreign minister, Manele,",
        # "Prime Minister Sogavare"), not a following phrase
        role, _, _ = _find_role_context(text, ns, ne, after_ok=len(name_words) > 1)
        if role is None and title_part:
            tw = [_clean_word(w[2]).lower() for w in title_part]
            if any(w in _ROLE_CORE or w.endswith("minister") or w in _HONORIFIC for w in tw):
                role = " ".join(w for w in tw if w not in _HONORIFIC) or tw[-1]
        if role is None:
            continue
        if len(name_words) == 1 and (not any(w in _ROLE_CORE or w.endswith("minister") for w in role.split())
                                     or _written_lower(text, name)):
            continue    # "Mr Gross": an honorific alone does not make a lone word a political person
        known = gaz.persons(name)
        if known and len(name_words) == 1 and _role_state(text, ns, ne, mentions, gaz) != known[0].state:
            continue    # a table person by surname alone: when in office (step 1b) or of the title's state
        if known:
            info = known[0]
            pid = b.person_entity(info.name, info.state, role, pid=info.id, aliases=(name,))
            _register_short_forms(persons_by_key, info.name, pid, info.short_forms, info.surname)
        else:
            state = _role_state(text, ns, ne, mentions, gaz)
            if state is None and "counterpart" in role:
                state = None
            pid = b.person_entity(name, state, role.strip() or None)
            _register_short_forms(persons_by_key, name, pid, (), None, state)
        new_persons.append((ns, ne, pid))
    if by_surname_only and new_persons:
        _yield_surnames(b, persons_by_key, by_surname_only, {pid for _s, _e, pid in new_persons})

    # 3. build actor spans in text order -----------------------------------------
    for m in mentions:
        if m.kind == "person" and m.ref in b.entities:
            ent = b.entities[m.ref]
            b.add(Actor(m.start, m.end, (m.ref,), (ent.state,), "person", "name", m.surface,
                        possessive=_is_possessive(text, m.end)))
    for ns, ne, pid in new_persons:
        if b.free(ns, ne):
            b.add(Actor(ns, ne, (pid,), (b.entities[pid].state,), "person", "name", text[ns:ne],
                        possessive=_is_possessive(text, ne)))
    regional = _regional_demonyms(text, mentions) if "African" in text else ()
    for m in mentions:
        if m.kind == "person" or not b.free(m.start, m.end) or m.start in regional:
            continue
        _add_mention(b, m, text)
    _add_titles(b, text, mentions, on)
    _add_given_names(b, text, persons_by_key)
    _add_short_forms(b, text, persons_by_key)
    b.actors.sort(key=_START)
    _add_state_groups(b, text, sentences, sent_of)
    _add_context_phrases(b, text)
    b.actors.sort(key=_START)
    _absorb_title_states(b, text)

    # 4. resolve context-dependent actors in order --------------------------------
    speakers = _resolve_context(b, text, sentences, sent_of, quote)

    # 5. fill person states from context when the role named none ------------------
    #    (only from an unambiguous sentence: no state rather than a wrong one)
    for a in b.actors:
        if a.kind == "person":
            ent = b.entities.get(a.id)
            if ent is not None and ent.state is None and a.form == "name" and ent.id not in b.stateless:
                # "said Lambert Mende, the government spokesman": the government's state
                ent.state = _appositive_state(b, a, text)
            if ent is not None and ent.state is None and ent.roles and a.form == "name" \
                    and ent.id not in b.stateless:
                st = _principal_state(b, a, text) or _list_mate_state(b, a, text) or \
                    _sentence_state_before(b.actors, a, sentences, sent_of, quote, b.dateline, text)
                if st:
                    ent.state = st
            if ent is not None:
                a.states = (ent.state,)
    if b.first_person:
        _resolve_first_person(b, text, sentences, sent_of, quote, speakers)
    quote_speakers: dict[int, Actor] = {}
    for k, (s0, s1) in enumerate(sentences):
        if k in speakers:
            continue
        lead = _LEADING_QUOTES.match(text, s0, s1).end() - s0     # (= what lstrip(" \"“‘'") removes)
        if s0 + lead < len(quote) and quote[s0 + lead] and quote[max(s0, s1 - 2)]:
            sp = _quote_speaker(text, speakers, quote, sent_of, s0 + lead)
            if sp is not None:
                quote_speakers[k] = sp
    actors = [a for a in b.actors if a.ids]
    main, share = _main_dyad(actors)
    home = _home_state(actors, text)
    for a in actors:
        for i, s in zip(a.ids, a.states, strict=False):
            if s and i == s:
                b.state_entity(s)
    return ActorResult(actors, b.entities, main, share, home, speakers, quote_speakers)


def _yield_surnames(b: _Builder, keys: dict[str, str], weak: dict[str, str], named: set[str]) -> None:
    """A surname the text gives a person in full ("spokesman Yang Yujun ... Yang said") is that
    person's, not an office holder of the tables found by the surname alone (Yang Jiechi), who then
    leaves the article."""
    for wpid, surname in weak.items():
        owner = next((pid for pid in named if pid != wpid and pid in b.entities
                      and surname in b.entities[pid].name.split()), None)
        if owner is None:
            continue
        for k, v in list(keys.items()):
            if v == wpid or (k == surname.lower() and v == ""):
                keys[k] = owner if k == surname.lower() else ""
        keys[surname.lower()] = owner
        b.entities.pop(wpid, None)


_OFFICE_RANK = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "defence_minister": 3,
                "spokesperson": 4, "other": 5}


def _table_person_entity(b: _Builder, info, on: dt.date, role_ctx: str | None, surface: str | None) -> str:
    """The entity of a person of the offices table: role and state from the terms active on the
    publication day (an official of an international organisation has no state), else from the
    latest earlier term, else the table's state."""
    active = sorted(info.roles_on(on), key=lambda o: (_OFFICE_RANK.get(o.office, 9), o.acting))
    if active:
        role = active[0].title
        st_terms = [o for o in active if o.state]
        state = st_terms[0].state if st_terms else None
    else:
        past = [o for o in info.offices if o.start is None or o.start <= on]
        latest = max(past, key=lambda o: o.start or dt.date.min) if past else None
        role = role_ctx or (latest.title if latest else (info.offices[-1].title if info.offices else None))
        state = (latest.state if latest else info.state) if latest is None or not latest.org else None
    if state is None:
        b.stateless.add(info.id)
    aliases = tuple(info.aliases) + ((surface,) if surface else ())
    return b.person_entity(info.name, state, role, pid=info.id, aliases=aliases)


_SURNAME_CACHE: dict[int, dict[str, list]] = {}


def _surname_index(gaz: Gazetteer) -> dict[str, list]:
    """Lower-case short form -> persons of the tables with that short form (built once per gazetteer)."""
    idx = _SURNAME_CACHE.get(id(gaz))
    if idx is None:
        idx = {}
        for info in gaz.all_persons():
            for f in {info.surname, *info.short_forms}:
                if f and len(f) >= 2 and f not in _NOT_NAMES:
                    idx.setdefault(f.lower(), []).append(info)
        _SURNAME_CACHE.clear()
        _SURNAME_CACHE[id(gaz)] = idx
    return idx


def _office_holders_by_surname(text: str, gaz: Gazetteer, on: dt.date, runs: list | None = None,
                               named_states: set[str] | None = None) -> list[tuple[str, object]]:
    """Persons of the tables that the text names by surname alone ("Putin said", "Mr Trump", "the
    Trump administration"): a capitalised word (after title words only) that is the short form of
    exactly one person holding an office on the publication day; when ``named_states`` is given,
    that person's state must be among them (a lone "Lee" in an article about Korea is not
    Singapore's prime minister)."""
    idx = _surname_index(gaz)
    out: dict[str, tuple[str, object]] = {}
    for _rs, _re, run in (runs if runs is not None else _cap_runs(text)):
        k = 0
        while k < len(run) - 1:
            cw = _clean_word(run[k][2])
            if not (cw in _NOT_NAMES or cw.lower() in _TITLE_WORDS or cw.lower() in _HONORIFIC):
                break
            k += 1
        _title, rest = run[:k], run[k:]
        if len(rest) != 1:
            continue
        w = _clean_word(rest[0][2])
        cands = idx.get(w.lower())
        if not cands or w in _NOT_NAMES or not w[:1].isupper():
            continue
        if len(w) <= 2 and not _title:
            continue
        holding = [p for p in cands if p.roles_on(on)]
        if len({p.id for p in holding}) == 1 and holding[0].id not in out:
            st = {o.state for o in holding[0].roles_on(on) if o.state}
            if named_states is not None and st and not st & named_states:
                continue
            out[holding[0].id] = (w, holding[0])
    return list(out.values())


_MEDIA_AFTER = re.compile(r"\s+(?:[Nn]ews\s+)?(?:[Aa]gency|[Nn]ewspaper|[Dd]aily|[Tt]elevision|TV|[Rr]adio|"
                          r"[Bb]roadcaster|[Cc]hannel|[Tt]abloid|[Ww]ebsite|[Pp]ortal|[Ww]ire|[Nn]etwork)\b")
# the last word of a newspaper's or broadcaster's name ("the Jakarta Post", "the Korea Herald")
_MEDIA_NAMES = frozenset("""Post Times Herald Tribune Journal Gazette Guardian Telegraph Express Globe Mail
Observer Chronicle Inquirer Examiner Courier Dispatch Monitor Gulf-News News""".split())
_PERSON_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                       r"(?:(?:[A-Z][a-z]{1,8}\.?|[a-z]+)\s+){0,3}$")


def _principal_state(b: _Builder, person: Actor, text: str) -> str | None:
    """The state of the person whose aide ``person`` is ("Ma's spokeswoman Lee Chia-fei", "Putin's
    spokesman, Dmitry Peskov"): a possessive person right before the role words (in the name's span
    or not) lends its state."""
    prev = [a for a in b.actors if a.kind == "person" and a.possessive and a.end <= person.start
            and person.start - a.end <= 40 and a.ids and a.ids[0] != person.ids[0]]
    if not prev or not _AIDE_GAP.match(text, prev[-1].end, person.end) \
            or _AIDE_GAP.match(text, prev[-1].end, person.end).end() < person.start:
        return _principal_after(b, person, text)
    ent = b.entities.get(prev[-1].ids[0])
    return ent.state if ent is not None else None


def _principal_after(b: _Builder, person: Actor, text: str) -> str | None:
    """The state of the principal named after an aide ("Saud al-Qahtani, a senior aide to Crown
    Prince Mohammed bin Salman"): a person right after "aide/adviser/spokesman to|for"."""
    m = _AIDE_TO.match(text, person.end)
    if m is None:
        return None
    principal = next((a for a in b.actors if a.kind == "person" and m.end() <= a.start <= m.end() + 30
                      and a.ids and a.ids[0] != person.ids[0] and _TITLE_ONLY.fullmatch(text[m.end():a.start])),
                     None)
    ent = b.entities.get(principal.ids[0]) if principal is not None else None
    return ent.state if ent is not None else None


# ", a senior aide to ", ", the spokesman for ": the role words between an aide's name and the principal
_AIDE_TO = re.compile(r",\s+(?:a|an|the)?\s*(?:[a-z-]+\s+){0,2}?(?:aide|adviser|advisor|spokes\w+|"
                      r"envoy|secretary)\s+(?:to|for)\s+(?:the\s+)?")
# capitalised title words before a principal's name ("Crown Prince ", "President ")
_TITLE_ONLY = re.compile(r"(?:[A-Z][\w-]*\.?\s+){0,3}")


# "'s spokeswoman ", "'s chief of staff, ": the role words between a principal and the aide's name
_AIDE_GAP = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,3}?(?:spokes\w+|adviser|advisor|aide|envoy|secretary|"
                       r"chief of staff|special representative)\s*,?\s*")


def _list_mate_state(b: _Builder, person: Actor, text: str) -> str | None:
    """The state of the person listed right before ``person`` ("China's measures target Sen. Marco
    Rubio (R-FL), Sen. Ted Cruz (R-TX), Rep. Chris Smith"): names in one list share the state
    known for the first of them, not the state that acts on them."""
    prev = [a for a in b.actors if a.kind == "person" and a.end <= person.start and person.start - a.end <= 40
            and a.ids and a.ids[0] != person.ids[0]]
    if not prev:
        return None
    mate = prev[-1]
    ent = b.entities.get(mate.ids[0])
    if ent is None or not ent.state or not _PERSON_LIST_GAP.fullmatch(text[mate.end:person.start]):
        return None
    return ent.state


# between a person's name and a context phrase in apposition: ", the" / ", a spokesman for the"
_APPOSITION_GAP = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:(?:senior\s+)?(?:spokes(?:man|woman|person)|official|adviser|"
                             r"advisor|minister|secretary)\s+(?:for|of|at|in)\s+)?$")


def _appositive_state(b: _Builder, person: Actor, text: str) -> str | None:
    """The state of a government or ministry named in apposition right after a person ("said
    Lambert Mende, the government spokesman"; "Dina Mufti, a spokesman for the foreign ministry"),
    or None."""
    i = bisect.bisect_right(b.actors, person.start, key=_START)
    for r in b.actors[i:i + 3]:
        if r.start - person.end > 40:
            break
        if r.form == "context" and r.kind == "state" and r.states and r.states[0] \
                and _APPOSITION_GAP.search(text, person.end, r.start) is not None \
                and _APPOSITION_GAP.search(text, person.end, r.start).start() == person.end:
            return r.states[0]
    return None


def _sentence_state_before(actors: list[Actor], person: Actor, sentences, sent_of, quote=None,
                           dateline: str | None = None, text: str | None = None) -> str | None:
    """The one state (not a location) named before ``person`` in its sentence, or None when there
    is none or more than one. A state named only inside a quotation the person speaks ('"... by
    excluding Japan from the whitelist," Hong Nam-ki, the minister of economy, said') gives way to
    the state of the article's dateline ("SEOUL, Aug. 2 (Yonhap) --") when there is one."""
    k = sent_of[min(person.start, len(sent_of) - 1)]
    if k < 0:
        return None
    if text is not None and _ACCORDING_TO.search(text[max(0, person.start - 80):person.start]):
        return None     # "Park said South Korea intends ..., according to Deputy Chief Cabinet Secretary
        # Koichi Hagiuda": the states before the source are what it reports, not its own
    s0 = sentences[k][0]
    lo = bisect.bisect_left(actors, s0, key=_START)
    hi = bisect.bisect_left(actors, person.start, key=_START)
    cands = [a for a in actors[lo:hi] if a.kind == "state" and not a.location and len(a.ids) == 1 and a.states
             and a.states[0]]
    if text is not None:
        # "lodged representations with the US military attache ..., spokesman Yang Yujun": the other
        # party of a preposition is not the speaker's state
        cands = [a for a in cands if not _after_prep(text, a.start, party=True)]
    states = {a.states[0] for a in cands}
    if len(states) == 1 and dateline and quote is not None and all(quote[a.start] for a in cands):
        return dateline
    return states.pop() if len(states) == 1 else None


# "according to <title words>" right before a name: the name is the source of what went before
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:(?:the\s+)?[A-Z][\w.-]*\s+){0,5}$")


def _absorb_title_states(b: _Builder, text: str) -> None:
    """'U.S. President Donald Trump', 'Russia's President Vladimir Putin': the state belongs to the
    person's title, not a separate actor."""
    drop: set[int] = set()
    acts = b.actors
    for i, a in enumerate(acts):
        if a.kind != "person" or a.form not in ("name", "short"):
            continue
        j = i - 1
        while j >= 0 and acts[j].end > a.start - 60:
            prev = acts[j]
            if prev.kind == "state" and prev.form in ("state", "demonym", "name"):
                gap = text[prev.end:a.start]
                words = [_clean_word(w).lower() for w in re.findall(r"[\w’'.-]+", gap)]
                words = [w for w in words if w not in ("s", "'s", "’s", "")]
                if words and all(w in _TITLE_WORDS or w.endswith("minister") or w in _HONORIFIC
                                 or w in ("of", "the") for w in words) and not re.search(r"[,;:]\s", gap):
                    drop.add(j)
                    a.start = prev.start
                break
            j -= 1
        else:
            _absorb_plain_title(a, text, acts[i - 1].end if i else 0)
    if drop:
        b.actors = [a for k, a in enumerate(acts) if k not in drop]
        b.taken = [(a.start, a.end) for a in b.actors]
    else:
        b.taken = [(a.start, a.end) for a in b.actors]


_WORD_SPAN_RE = re.compile(r"[\w’'.-]+")


def _absorb_plain_title(a: Actor, text: str, floor: int) -> None:
    """'to ask prime minister Manasseh Sogavare', 'met foreign minister Wang Yi': title words right
    before a name (without a state: that case is above) belong to the person's mention."""
    lo = max(floor, a.start - 40)
    words = list(_WORD_SPAN_RE.finditer(text, lo, a.start))
    start = a.start
    core = False
    for w in reversed(words[-4:]):
        if text[w.end():start].strip():         # only spaces between title words and the name
            break
        lw = _clean_word(w.group()).lower()
        if not (lw in _TITLE_WORDS or lw.endswith("minister") or lw in _HONORIFIC):
            break
        core = core or lw in _ROLE_CORE or lw.endswith("minister") or lw in _HONORIFIC
        start = w.start()
    if core and start < a.start:
        a.start = start


_ADJ_REGION_RE = re.compile(r"[Tt](?<!\w.)he\s+(?:[a-z][a-z-]+\s+){1,2}(North|South)\b(?![\s-]+[A-Z])(?!-)")
# "[Tt](?<!\w.)he" is "\b[Tt]he" with a letter first, so that the regex engine skips from one T/t to
# the next at C speed instead of trying every position (same matches)
_ROLE_DESC_RE = re.compile(r"[Tt](?<!\w.)he\s+(?P<role>envoy|ambassador|diplomat|president|prime\s+minister|premier|"
                           r"foreign\s+minister|defen[cs]e\s+minister|minister|spokes(?:man|woman|person)|king|emir|"
                           r"chancellor|secretary-general|secretary\s+general|"
                           r"official(?=\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|warned|added|accused|urged|"
                           r"stressed|insisted|claimed|denied|called|described|noted)\b))\b(?!\s+(?:of|to|for|in|at|and)\b|"
                           r"\s+[A-Z]|-)")
_ROLE_SYNONYMS = {"envoy": ("envoy", "ambassador", "diplomat"), "ambassador": ("ambassador", "envoy"),
                  "diplomat": ("diplomat", "ambassador", "envoy", "consul"),
                  "spokesman": ("spokes",), "spokeswoman": ("spokes",), "spokesperson": ("spokes",),
                  "premier": ("premier", "prime minister"), "minister": ("minister",)}


def _role_antecedent(b: _Builder, a: Actor, resolved: list[Actor], sent_of, k: int) -> Actor | None:
    """The person a role description ("the envoy", "the president") refers to: the latest person
    of the last three sentences whose roles contain that role (one of its synonyms)."""
    role = re.sub(r"\s+", " ", a.surface.lower().split(None, 1)[1]).replace("secretary general", "secretary-general")
    keys = _ROLE_SYNONYMS.get(role, (role,))
    found: list[Actor] = []
    for r in reversed(resolved):
        if k - sent_of[min(r.start, len(sent_of) - 1)] > 3:
            break
        if r.kind != "person" or r.is_group or not r.ids:
            continue
        ent = b.entities.get(r.ids[0])
        roles = " ".join(ent.roles).lower() if ent is not None else ""
        if any(key in roles for key in keys) and not (role == "minister" and "prime" in roles):
            found.append(r)
    if not found:
        return None
    # "Qureshi met ... his counterpart FM Salahuddin Rabbani. ... ahead of the foreign minister's
    # departure": of several office holders, "the foreign minister" is the article's own (its
    # dateline's, else the first state it names)
    home = b.dateline or next((x.states[0] for x in resolved if x.kind in ("state", "person") and x.states
                               and x.states[0] and not x.location and not x.is_group), None)
    return next((r for r in found if r.state == home), found[0])


def _unnamed_official_state(a: Actor, resolved: list[Actor], sent_of, k: int) -> str | None:
    """The state of an unnamed official a role description refers back to ("A senior Pakistani
    security official said ... The official warned ...", "A Chinese foreign ministry spokesman
    condemned ... The spokesman urged ..."): the latest national adjective of the last two sentences
    whose words after it hold that role."""
    role = a.surface.lower().split()[-1]
    keys = _ROLE_SYNONYMS.get(role, (role,))
    for r in reversed(resolved):
        if k - sent_of[min(r.start, len(sent_of) - 1)] > 2:
            break
        if r.kind == "state" and r.form == "demonym" and r.state and not r.location \
                and any(w.startswith(keys) for w in r.head[:3]):
            return r.state
    return None


_COUNTERPART_RE = re.compile(r"\b(?:his|her|their)\s+counterparts?\b", re.I)
_COUNTERPART_FROM_RE = re.compile(r"\s+(?:from|of|in)\s+(?:the\s+)?[A-Z]")


_BY_BEFORE_RE = re.compile(r"([A-Za-z]+)\s+by\s+(?:the\s+)?$")
# past participles not ending in -ed/-en/-wn ("met by", "led by", "hit by"): a passive, not a noun
_IRREGULAR_PARTICIPLES = frozenset("""met led held made sent hit shot told struck caught brought bought
built left kept paid said read put set cut run won beaten""".split())


def _nominal_agent(text: str, start: int) -> bool:
    """True when the actor at ``start`` is the by-agent of a noun ("a policy announcement by President
    Trump in which he ...", "remarks by the Chinese premier"): the one who acts, a pronoun's antecedent,
    unlike the agent of a passive verb ("was received by Putin")."""
    m = _BY_BEFORE_RE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    w = m.group(1).lower()
    return not (w.endswith(("ed", "en", "wn", "ly")) or w in _IRREGULAR_PARTICIPLES)


def _register_short_forms(keys: dict[str, str], name: str, pid: str, short_forms, surname,
                          state: str | None = None) -> None:
    parts = [p for p in re.split(r"\s+", name) if p]
    forms = set(short_forms or ())
    if surname:
        forms.add(surname)
    forms.add(name)
    if len(parts) >= 2:
        eastern = (state in EASTERN_ORDER or state in GIVEN_ORDER
                   or (len(parts[0]) <= 3 and not surname and state is None and "-" in parts[-1]))
        if eastern or not surname and state is None and len(parts[0]) <= 3:
            forms.add(parts[0])
        if not eastern:
            forms.add(parts[-1])
        if len(parts) >= 3 and not eastern:
            forms.add(" ".join(parts[-2:]))
    for f in forms:
        f = f.strip()
        if len(f) < 2 or f in _NOT_NAMES:
            continue
        k = f.lower()
        if k in keys and keys[k] != pid:
            keys[k] = ""      # ambiguous
        else:
            keys[k] = pid


_PLACE_HEADS = frozenset({"capital", "city", "town", "village", "port", "soil", "province", "region",
                          "countryside", "coast", "island", "islands", "mainland", "peninsula"})


_TOPIC_HEADS = frozenset("""issue issues question questions problem problems file affairs matters situation
topic topics crisis""".split())
_DIRECTIONS = frozenset("""east west north south eastern western northern southern central northeast northwest
southeast southwest northeastern northwestern southeastern southwestern""".split())
_VENUE_HEADS = frozenset("""summit summits talks meeting meetings conference ceremony ceremonies exercises drills
forum negotiations parade celebrations games held met meet meets meeting convened gathered landed arrived
stayed hosted signed venue""".split())
# ((?<![A-Za-z]): a match can only start where a word does; the same match, without trying the
# positions inside each word)
_VENUE_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$")


def _venue_before(text: str, start: int) -> bool:
    """True when a state name follows "<summit|talks|met ...> (X) in|at": the place of an event."""
    seg = text[max(0, start - 40):start]
    # (a match ends in "in|at (the)" and spaces: an exact test before the search)
    m = _VENUE_RE.search(seg) if seg.rstrip().endswith(("in", "at", "the")) else None
    if not m:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", m.group())][:-1]
    if words and words[-1] == "the":
        words = words[:-1]
    return bool(set(words[-2:]) & _VENUE_HEADS)


_NOT_A_NAME_PART = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
April May June July August September October November December On In At And But Or As If The A An For To Is
Was Has Had Will Would Said Says President Prime Premier Foreign Defense Defence Minister Secretary King Queen
Chancellor Leader General Chairman Emir Crown Vice Deputy Supreme Mr Mrs Ms Dr""".split())
_NAME_PART_RE = re.compile(r"[ \u00a0]([A-Z][a-z]+)\b")


_PROCESS_RE = re.compile(r"(?:\s+and\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s+(?:peace\s+)?(?:process|processes|talks|"
                         r"agreement|agreements|accord|accords|format|formats|framework|protocol|protocols|"
                         r"declaration|communiqu[eé]|negotiations|summit|conference|ceasefire|deal|memorandum)\b")


def _names_a_thing(text: str, end: int) -> bool:
    """A capital followed by a capitalised noun is part of a name ("Berlin Wall", "Paris Agreement",
    "Moscow State University"), unless that word is a weekday, a month or a function word
    ("Beijing Tuesday warned"); so is a capital naming a process or an agreement after the city
    where it was made ("the Nairobi and Luanda processes", "the Minsk agreements", "the Vienna
    talks")."""
    m = _NAME_PART_RE.match(text, end)
    if m and m.group(1) not in _NOT_A_NAME_PART:
        return True
    return _PROCESS_RE.match(text, end) is not None


def _historical(b: _Builder, iso3: str) -> bool:
    """True when ``iso3`` had ceased to exist before the publication day (the Soviet Union in 2015):
    its adjective then names the past ("the Soviet victory"), not a participant."""
    info = b.gaz.state(iso3)
    if info is None or info.status != "historical" or not info.valid_to:
        return False
    try:
        end = dt.date.fromisoformat(info.valid_to[:10]) if len(info.valid_to) >= 10 else \
            dt.date(int(info.valid_to[:4]), 12, 31)
    except ValueError:
        return False
    return end < b.published


def _group_state(b: _Builder, ref: str) -> str | None:
    """The state an armed group, party or movement belongs to when its table note names exactly one
    ("Hamas" -> PSE, "the Houthis" -> YEM); None for transnational ones (al-Qaeda)."""
    info = b.gaz.org(ref)
    if info is None:
        return None
    codes = re.findall(r"\b[A-Z]{3}\b", info.members_note or "")
    codes = [c for c in codes if b.gaz.state(c) is not None]
    return codes[0] if len(set(codes)) == 1 else None


_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s*,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+"
                             r"[A-Z][a-z]{2,8}\.?)\b[^\n]{0,20}?)?\s*(?:\([A-Za-z .]+\)\s*)?(?:[—–:]|--?\s)")


def _dateline(text: str, start: int, end: int) -> bool:
    """A capital opening a paragraph and followed by a dash, a colon or a date ("WASHINGTON --",
    "BEIJING (AP) -", "SEOUL, Aug. 2 (Yonhap) --", "Doha, Feb 29:", "MEXICO CITY, Mexico –") is
    the dateline: where the report was filed, not an actor."""
    if start and text[start - 1] not in "\n":
        return False
    return _DATELINE_AFTER.match(text, end) is not None


def _based(text: str, end: int) -> bool:
    """A name followed by "-based" ("a UK-based group", "the Washington-based OAS") says where
    something sits, not who acts."""
    return text[end:end + 6].lower() in ("-based", "‑based", "–based")


# capitalised words that may open a place name made of a capital's name ("East Jerusalem")
_PLACE_OPENERS = frozenset("""north south east west central greater old new downtown lake port mount fort cape
st saint gulf bay upper lower inner outer metro""".split())
_NAME_BEFORE_RE = re.compile(r"(?:^|[^\w\n.!?:;\"“‘(—–-])\s*([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")


def _name_part(text: str, start: int, end: int) -> bool:
    """A capital's name right after another capitalised word inside a sentence ("a woman named
    Suhayra Aden", "President Santiago Pena", "Nur-Sultan Lima") is part of a person's name, not the
    city; place openers ("East Jerusalem", "Greater London") and sentence starts are left alone."""
    m = _NAME_BEFORE_RE.search(text[max(0, start - 40):start])
    if m is None:
        return False
    word = m.group(1)
    if word.lower() in _PLACE_OPENERS or word.lower() in ("the", "a", "an"):
        return False
    before = text[max(0, start - 40):start][:m.start(1)].rstrip()
    if not before or before[-1] in ".!?\n\"“”:":
        return False    # a sentence start: "Aden was shelled", "In Aden"
    # a lower-case word must precede (inside running text), and the name must not go on as a place
    return bool(re.search(r"[a-z,]$", before)) and not text[end:end + 1].isalpha()


_COMMA_GAP = re.compile(r",\s*")


def _add_mention(b: _Builder, m: Mention, text: str) -> None:
    poss = _is_possessive(text, m.end)
    head = _next_words(text, m.end)
    mil = any(w in MIL_WORDS for w in head)
    if m.kind in ("state", "demonym"):
        if _historical(b, m.ref):
            return
        if m.kind == "demonym" and _prev_word(text, m.start) == "ethnic":
            return      # "ethnic Albanians" in Kosovo: a people, not Albania
        if m.kind == "demonym" and head and not poss and head[0] not in ACTOR_HEADS and any(
                w in _TOPIC_HEADS for w in head[:2]):
            # "to discuss bilateral ties and North Korean issues": a topic, not a party
            b.add(Actor(m.start, m.end, (b.state_entity(m.ref),), (m.ref,), "place", "topic", m.surface, head,
                        poss, mil, True))
            return
        if m.kind == "demonym" and head and head[0] in _PLACE_HEADS and not poss \
                and not (head[0] == "coast" and head[1:2] and head[1].startswith("guard")):
            # (but "Chinese coast guard ships blocked ...": the state's coast guard acts)
            # "the Vietnamese capital", "on Russian soil": a place, not a participant
            info = b.gaz.state(m.ref)
            if head[0] == "capital" and info is not None and info.capital:
                pid = b.place_entity(info.capital, m.ref)
                word = _CAPITAL_WORD.match(text, m.end)      # (head words are lower-cased: "CAPITAL")
                end = word.end() if word else m.end
            else:
                pid, end = b.state_entity(m.ref), m.end
            b.add(Actor(m.start, end, (pid,), (m.ref,), "place", m.kind, text[m.start:end], head, poss, mil, True))
            return
        if _based(text, m.end):
            # "a UK-based group": where it sits, not who acts
            b.add(Actor(m.start, m.end, (b.state_entity(m.ref),), (m.ref,), "place", m.kind, m.surface, head,
                        poss, mil, True))
            return
        if m.kind == "state" and not poss and _prev_word(text, m.start) in _DIRECTIONS:
            # "in Qingdao, east China", "northern Syria": a region of the state, where things happen
            b.add(Actor(m.start, m.end, (b.state_entity(m.ref),), (m.ref,), "place", m.kind, m.surface, head,
                        poss, mil, True))
            return
        if m.kind == "state" and not poss and _venue_before(text, m.start):
            # "their first summit in Singapore", "talks in Switzerland": the venue, not a party
            b.add(Actor(m.start, m.end, (b.state_entity(m.ref),), (m.ref,), "place", m.kind, m.surface, head,
                        poss, mil, True))
            return
        last = b.actors[-1] if b.actors else None
        if m.kind == "state" and last is not None and last.location and last.states and last.states[0] == m.ref \
                and _COMMA_GAP.fullmatch(text, last.end, m.start):
            # "in Hanoi, Vietnam": the country of a place named just before is part of the location
            b.add(Actor(m.start, m.end, (b.state_entity(m.ref),), (m.ref,), "place", m.kind, m.surface, head,
                        poss, mil, True))
            return
        b.add(Actor(m.start, m.end, (m.ref,), (m.ref,), "state", m.kind, m.surface, head, poss, mil))
    elif m.kind in ("capital", "seat"):
        if _name_part(text, m.start, m.end):
            return      # "a woman named Suhayra Aden", "President Santiago Pena": part of a person's name
        if _dateline(text, m.start, m.end):
            # "WASHINGTON —", "SEOUL, Aug. 2 (Yonhap) --", "Doha, Feb 29:": where the report was filed
            if b.dateline is None:
                b.dateline = m.ref
            pid = b.place_entity(m.surface.title() if m.surface.isupper() else m.surface, m.ref)
            b.add(Actor(m.start, m.end, (pid,), (m.ref,), "place", m.kind, m.surface, head, poss, mil, True))
            return
        if m.kind == "capital" and not poss and _names_a_thing(text, m.end):
            # "the Berlin Wall", "the Paris Agreement", "the Beijing Olympics": a name, which at most
            # says where (attending the Beijing Olympics is a trip to China), never who acts
            pid = b.place_entity(m.surface, m.ref)
            b.add(Actor(m.start, m.end, (pid,), (m.ref,), "place", m.kind, m.surface, head, poss, mil, True))
            return
        prev = _prev_word(text, m.start)
        last = b.actors[-1] if b.actors else None
        is_loc = prev in LOC_PREPS and not poss or _based(text, m.end) or (
            # "in the Ethiopian capital, Addis Ababa,": an apposition to a location is the location
            last is not None and last.location and last.states and last.states[0] == m.ref
            and _COMMA_GAP.fullmatch(text, last.end, m.start) is not None)
        if is_loc:
            pid = b.place_entity(m.surface if m.kind == "capital" else m.surface, m.ref)
            b.add(Actor(m.start, m.end, (pid,), (m.ref,), "place", m.kind, m.surface, head, poss, mil, True))
        else:
            b.add(Actor(m.start, m.end, (m.ref,), (m.ref,), "state", m.kind, m.surface, head, poss, mil))
    elif m.kind == "place":
        info = b.gaz.place(m.surface)
        state = info.state if info else b.gaz.state_of(m.ref)
        if state and b.dateline is None and _dateline(text, m.start, m.end):
            b.dateline = state      # "SRINAGAR, India:": where the report was filed
        prev = _prev_word(text, m.start)
        if info is not None and info.kind == "territory" and state and prev not in LOC_PREPS \
                and (poss or not head or head[0] in ACTOR_HEADS or head[0] in _VERBISH):
            # "Gaza's Hamas rulers", "Gaza fired rockets": a territory acting stands for its state
            b.add(Actor(m.start, m.end, (state,), (state,), "state", "territory", m.surface, head, poss, mil))
            return
        pid = b.place_entity(info.name if info else m.surface, state, pid=m.ref)
        b.add(Actor(m.start, m.end, (pid,), (state,), "place", "place", m.surface, head, poss, mil, True))
    elif m.kind == "group":
        st = _group_state(b, m.ref)
        info = b.gaz.org(m.ref)
        if m.ref not in b.entities:
            b.entities[m.ref] = Entity(id=m.ref, kind="group", name=info.name if info else m.surface, state=st)
        b.add(Actor(m.start, m.end, (m.ref,), (st,), "org", "group_org", m.surface, head, poss, mil))
    elif m.kind == "org":
        oid = b.org_entity(m.ref, m.surface)
        b.add(Actor(m.start, m.end, (oid,), (None,), "org", "org", m.surface, head, poss, mil))
    elif m.kind == "region_alias":
        b.add(Actor(m.start, m.end, (), (), "state", "region", m.surface, head, poss, mil))


_TITLE_RES = re.compile(
    r"(?=[taA-Z])\b(?:the\s+|a\s+)?(?P<st>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)(?P<poss>['’]s)?\s+"
    r"(?P<title>president|prime minister|premier|chancellor|foreign minister|leader|supreme leader|"
    r"king|emir|defen[cs]e minister|secretary of state)\b(?!\s+[A-Z])")


# a sentence end inside a title phrase: a word of two lower-case letters or more, a full stop, a
# space or a line break ("China. The foreign minister"), or any line break; not "U.S. president"
_SENTENCE_BREAK_RE = re.compile(r"[a-z]{2}[.!?][\"”’]?\s|\n")


# "the Foreign Minister of Uzbekistan", "the President of Mexico" (no name after it)
_TITLE_OF_RES = re.compile(     # ("[Tt](?<!\w.)he": "\b[Tt]he", see _ROLE_DESC_RE)
    r"[Tt](?<!\w.)he\s+(?P<title>[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Cc]hancellor|[Ff]oreign\s+[Mm]inister|"
    r"[Mm]inister\s+of\s+[Ff]oreign\s+[Aa]ffairs|[Kk]ing|[Ee]mir|[Aa]mir|[Dd]efen[cs]e\s+[Mm]inister)\s+of\s+"
    r"(?:the\s+)?(?P<st>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)(?![\w’'-])(?!\s+[A-Z])(?!['’]s)")
# right after the state of such a title: a name ("... of Armenia Zohrab Mnatsakanyan") or a possessive
_NAME_OR_POSSESSIVE = re.compile(r"\s+[A-Z]|['’]s\b")
_SPACES = re.compile(r"\s+")


_APPOS_GAP_RE = re.compile(r",\s+(?:\d{1,3},\s+)?(?:who\s+(?:is|was|has\s+been)\s+)?$")


def _apposition_of_a_person(b: _Builder, text: str, pos: int) -> bool:
    """True when a title phrase at ``pos`` is an apposition to a person named right before it."""
    gap = _APPOS_GAP_RE.search(text, max(0, pos - 30), pos)
    if gap is None:
        return False
    return any(a.kind == "person" and a.end == gap.start() for a in b.actors)


def _add_titles(b: _Builder, text: str, mentions: list[Mention], on: dt.date) -> None:
    """'the Chinese president', "Turkey's president" -> the office holder on the publication day."""
    by_start = {m.start: m for m in mentions if m.kind in ("state", "demonym")}
    drop: set[tuple[int, int]] = set()
    for mt in _TITLE_RES.finditer(text):
        m = by_start.get(mt.start("st"))
        if m is None or text[mt.start():mt.start() + 2].lower() == "a ":
            continue
        if _SENTENCE_BREAK_RE.search(text, mt.start("st"), mt.start("title")):
            continue    # "... war with Pakistan and China.\n\nThe foreign minister's visit": two sentences
        person = None
        try:
            person = b.gaz.holder(m.ref, mt.group("title"), on)
        except Exception:
            person = None
        if person is None:
            continue
        if _apposition_of_a_person(b, text, mt.start()):
            continue    # "Hans Muster, 62, the Swiss foreign minister,": the title of the name before it
        # replace the state actor by the person (its span covers the state's: taken stays right)
        drop.add((m.start, m.end))
        pid = b.person_entity(person.name, person.state or m.ref, mt.group("title"), pid=person.id)
        b.add(Actor(m.start, mt.end(), (pid,), (person.state or m.ref,), "person", "title", mt.group(),
                    possessive=_is_possessive(text, mt.end())))
    for mt in _TITLE_OF_RES.finditer(text):
        # "He met Lavrov and the Foreign Minister of Uzbekistan", "I want to thank the President of
        # Mexico": the office holder (else the state) acts or is acted on, not a state after "of"
        m = by_start.get(mt.start("st"))
        if m is None or m.kind != "state" or _SENTENCE_BREAK_RE.search(text, mt.start(), m.end) \
                or _NAME_OR_POSSESSIVE.match(text[m.end:m.end + 3]):
            continue    # "the Minister of Foreign Affairs of the Republic of Armenia Zohrab Mnatsakanyan": a name
        title = _SPACES.sub(" ", mt.group("title").lower()).replace("minister of foreign affairs",
                                                                       "foreign minister")
        try:
            person = b.gaz.holder(m.ref, title, on)
        except Exception:
            person = None
        drop.add((m.start, m.end))
        if person is not None:
            pid = b.person_entity(person.name, person.state or m.ref, title, pid=person.id)
            b.add(Actor(mt.start(), m.end, (pid,), (person.state or m.ref,), "person", "title",
                        text[mt.start():m.end], possessive=_is_possessive(text, m.end)))
        else:
            b.add(Actor(mt.start(), m.end, (m.ref,), (m.ref,), "state", "title", text[mt.start():m.end],
                        tuple(title.split()), _is_possessive(text, m.end)))
    if drop:
        b.actors = [a for a in b.actors if not ((a.start, a.end) in drop and a.form != "title")]


_HONORIFIC_NAME_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][a-z]+)\b")


def _add_honorific_surnames(b: _Builder, text: str) -> None:
    """'Mrs May', 'Mr Gross' after the person was named in full: an honorific makes a surname that is
    also a common word (a month, a verb) the person's short form."""
    if "M" not in text and "Dr" not in text:
        return
    by_surname: dict[str, str] = {}
    for a in b.actors:
        if a.kind == "person" and a.form == "name" and a.ids:
            ent = b.entities.get(a.ids[0])
            last = ent.name.split()[-1] if ent is not None and ent.name else ""
            if last in _NOT_NAMES:
                by_surname.setdefault(last, a.ids[0])
    if not by_surname:
        return
    for m in _HONORIFIC_NAME_RE.finditer(text):
        pid = by_surname.get(m.group(1))
        if pid and b.free(m.start(), m.end()):
            ent = b.entities[pid]
            b.add(Actor(m.start(), m.end(), (pid,), (ent.state,), "person", "short", m.group(),
                        possessive=_is_possessive(text, m.end())))


def _add_given_names(b: _Builder, text: str, keys: dict[str, str]) -> None:
    """A person named in full may be called by the given name alone later ("Pakistan's Foreign
    Minister Bilawal Bhutto Zardari ... Bilawal said"): the first word of the name becomes a short
    form when it is no title, no common word (never written in lower case in the text), and no
    other person of the text has it; an already known short form stays as it is."""
    firsts: dict[str, set[str]] = {}
    for a in b.actors:
        if a.kind != "person" or a.form != "name" or not a.ids:
            continue
        ent = b.entities.get(a.ids[0])
        if ent is None or ent.state in EASTERN_ORDER:
            continue
        for name in (ent.name, *ent.aliases):
            if name in text:
                parts = name.split()
                if len(parts) >= 2:
                    firsts.setdefault(parts[0], set()).add(ent.id)
    for first, pids in firsts.items():
        w = _clean_word(first)
        low = w.lower()
        if len(pids) != 1 or len(w) < 4 or not w[0].isupper() or w.isupper() or w in _NOT_NAMES \
                or low in _TITLE_WORDS or low in _ROLE_CORE or low in _NAME_PARTICLES or low in keys \
                or _written_lower(text, w):
            continue
        keys[low] = next(iter(pids))


def _add_short_forms(b: _Builder, text: str, keys: dict[str, str]) -> None:
    _add_honorific_surnames(b, text)
    if not keys:
        return
    first_seen: dict[str, int] = {}
    for a in b.actors:
        if a.kind == "person":
            first_seen.setdefault(a.id, a.start)
    forms = sorted((k for k, v in keys.items() if v), key=len, reverse=True)
    if not forms:
        return
    # ((?=[...]): the forms' first characters, a cheap test before the alternation, see _GROUP_RE)
    rx = re.compile(r"(?=[" + "".join(sorted({re.escape(f[0]) for f in forms})) + r"])\b("
                    + "|".join(re.escape(f) for f in forms) + r")\b", re.I)
    for m in rx.finditer(text):
        if not m.group()[0].isupper():
            continue
        pid = keys.get(m.group().lower())
        if not pid or not b.free(m.start(), m.end()):
            continue
        # a short form refers back to a person named in full earlier (or later in a headline)
        ent = b.entities[pid]
        b.add(Actor(m.start(), m.end(), (pid,), (ent.state,), "person", "short", m.group(),
                    possessive=_is_possessive(text, m.end())))
        if m.group() not in ent.aliases and m.group() != ent.name:
            ent.aliases = ent.aliases + (m.group(),)


_NUM_WORDS = cardinals(3, 12)
_GROUP_NOUNS = r"(?:countries|nations|states|powers|members|governments|allies|neighbou?rs|signatories|capitals)"
_NUM_GROUP_RE = re.compile(     # ((?=[...]): first letters, see _GROUP_RE)
    r"(?=[toa1-9" + "".join(sorted({w[0] for w in _NUM_WORDS})) + r"])"
    r"\b(?:the\s+|other\s+|all\s+)?(?P<n>" + "|".join(_NUM_WORDS) + r"|[3-9]|1[0-2])"
    r"\s+(?:other\s+)?(?:[\w.-]+\s+){0,5}?" + _GROUP_NOUNS + r"\b", re.I)
_ADJ_GROUP_RE = re.compile(
    r"(?=[tosA-Z])\b(?:the\s+|other\s+|several\s+)?(?:[A-Z][\w-]*\s+){1,2}" + _GROUP_NOUNS + r"\b")
_LED_RE = re.compile(r"\b(?:[Tt]he\s+)?(?P<lead>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)[-‐‑]led\s+"
                     r"(?:[\w-]+\s+){0,2}?(?P<noun>bloc|coalition|alliance|group|countries|states|nations|"
                     r"quartet|embargo|blockade|boycott|campaign|intervention|forces)\b")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")
_WEST_RE = re.compile(r"\bthe\s+[Ww]est\b(?!\s+(?:Bank|Africa|African|Coast|Germany|Wing|Point|Indies|Asia|End|of|"
                      r"bank|coast|side|wing)\b)(?![-‐‑])|"
                      r"\bWestern\s+(?:powers|countries|nations|governments|allies|states|capitals|leaders)\b")
_JUNTA_RE = re.compile(r"\b(?:the\s+)?(?:(?:new\s+)?(?:military\s+)?junta|(?:new\s+)?coup\s+leaders?|"
                       r"putschists|coup\s+plotters|(?:new\s+)?military\s+(?:rulers|leaders|government|regime)|"
                       r"new\s+army\s+leaders|mutinous\s+soldiers)\b", re.I)
_COUP_LINK_RE = re.compile(r"\b(?:coup|junta|putsch|toppled|ousted|overthrew|overthrown|deposed)\b", re.I)


_GROUP_NOUN_RE = re.compile(r"\b" + _GROUP_NOUNS + r"\b")
# the group nouns as plain substrings: an exact test before the regex (most articles have none)
_GROUP_NOUN_PARTS = ("countries", "nations", "states", "powers", "members", "governments", "allies", "neighbo",
                     "signatories", "capitals")


def _ending_at(rx: re.Pattern, text: str, ends: list[int], span: int = 110):
    """The matches of ``rx`` (a pattern ending in a group noun) that end at one of ``ends``, in text
    order: the pattern runs on short windows instead of the whole article."""
    seen: set[tuple[int, int]] = set()
    for end in ends:
        for m in rx.finditer(text, max(0, end - span), end):
            if m.end() == end and (m.start(), m.end()) not in seen:
                seen.add((m.start(), m.end()))
                yield m


_EUROPE = frozenset("""ALB AND AUT BLR BEL BIH BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ITA LVA LIE
LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP SWE CHE UKR GBR VAT XKX""".split())
_REGIONS: dict[str, frozenset[str]] = {
    "arab": frozenset("""DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE
YEM""".split()),
    "gulf": frozenset("SAU ARE QAT KWT BHR OMN IRQ IRN".split()),
    "european": _EUROPE,
    "nordic": frozenset("DNK FIN ISL NOR SWE".split()),
    "scandinavian": frozenset("DNK FIN ISL NOR SWE".split()),
    "baltic": frozenset("EST LVA LTU".split()),
    "western": (_EUROPE - {"RUS", "BLR"}) | frozenset("USA CAN AUS NZL JPN".split()),
    "latin": frozenset("ARG BOL BRA CHL COL CRI CUB DOM ECU SLV GTM HND MEX NIC PAN PRY PER URY VEN".split()),
    "balkan": frozenset("ALB BIH BGR HRV GRC MNE MKD ROU SRB SVN XKX".split()),
}


# the states a region word of a descriptive phrase stands for ("the North African nation", "the
# Pacific island nation", "the Southeast Asian country"), beyond _REGIONS: keys are lower case, one
# space between words; a two-word key is tried before its last word
_AFRICA_N = frozenset("DZA EGY LBY MAR TUN SDN MRT".split())
_AFRICA_E = frozenset("KEN TZA UGA RWA BDI ETH ERI DJI SOM SSD SDN".split())
_AFRICA_W = frozenset("BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO".split())
_AFRICA_C = frozenset("CMR CAF TCD COG COD GNQ GAB STP".split())
_AFRICA_S = frozenset("ZAF NAM BWA ZWE ZMB MOZ MWI LSO SWZ AGO MDG".split())
_ASIA_SE = frozenset("BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM".split())
_ASIA_S = frozenset("AFG BGD BTN IND MDV NPL PAK LKA".split())
_ASIA_C = frozenset("KAZ KGZ TJK TKM UZB".split())
_ASIA_E = frozenset("CHN JPN KOR PRK MNG TWN".split())
_AMERICA_C = frozenset("BLZ CRI SLV GTM HND NIC PAN".split())
_AMERICA_S = frozenset("ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN".split())
_DESC_REGIONS: dict[str, frozenset[str]] = {
    "north african": _AFRICA_N, "northern african": _AFRICA_N,
    "east african": _AFRICA_E, "eastern african": _AFRICA_E,
    "west african": _AFRICA_W, "western african": _AFRICA_W,
    "central african": _AFRICA_C, "southern african": _AFRICA_S, "south african": _AFRICA_S,
    "african": _AFRICA_N | _AFRICA_E | _AFRICA_W | _AFRICA_C | _AFRICA_S,
    "southeast asian": _ASIA_SE, "south-east asian": _ASIA_SE, "south asian": _ASIA_S,
    "central asian": _ASIA_C, "east asian": _ASIA_E, "northeast asian": _ASIA_E,
    "asian": _ASIA_SE | _ASIA_S | _ASIA_C | _ASIA_E,
    "central american": _AMERICA_C, "south american": _AMERICA_S,
    "latin american": _REGIONS["latin"] | _AMERICA_C | _AMERICA_S,
    "caribbean": frozenset("ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA VCT TTO".split()),
    "pacific": frozenset("FJI KIR MHL FSM NRU PLW PNG WSM SLB TON TUV VUT".split()),
    "middle eastern": frozenset("BHR CYP EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM".split()),
    "caucasus": frozenset("ARM AZE GEO".split()), "caucasian": frozenset("ARM AZE GEO".split()),
    "andean": frozenset("BOL COL ECU PER CHL VEN".split()), "himalayan": frozenset("NPL BTN".split()),
    "gulf": _REGIONS["gulf"] - {"IRQ", "IRN"}, "arab": _REGIONS["arab"], "baltic": _REGIONS["baltic"],
    "balkan": _REGIONS["balkan"], "nordic": _REGIONS["nordic"], "scandinavian": _REGIONS["scandinavian"],
    "european": _EUROPE,
}
_DESC_PHRASE_RE = re.compile(
    r"(?=[NSEWCnsewcAPGBLMHa])\b(?P<region>(?:(?:North|South|East|West|Central|Southern|Northern|Eastern|Western|"
    r"Southeast|South-East|Northeast)[ -])?(?:African|Asian|American)|Latin American|Middle Eastern|Pacific|"
    r"Caribbean|Gulf|Baltic|Balkan|Nordic|Scandinavian|Arab|Caucasus|Caucasian|Andean|Himalayan|European)"
    r"\s+(?:islands?\s+)?(?:nation|country|state|kingdom|republic|archipelago|emirate|monarchy)\b(?!\s+(?:of|in)\b)")
# "the", then at most two lower-case words ("the crisis-hit", "the small oil-rich"), before the region word
_DESC_THE_RE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}$")


def _descriptive_phrases(text: str) -> Iterator[tuple[int, int, str]]:
    """'the North African nation', 'the crisis-hit Pacific island nation': start, end and the region
    key of each phrase that names a state by its region (not "the Gulf state of Qatar")."""
    for m in _DESC_PHRASE_RE.finditer(text):
        t = _DESC_THE_RE.search(text, max(0, m.start() - 40), m.start())
        if t is None:
            continue
        key = " ".join(m.group("region").lower().split())
        if key not in _DESC_REGIONS:
            key = key.split()[-1].split("-")[-1]
        if key in _DESC_REGIONS:
            yield t.start(), m.end(), key


def _regional_demonyms(text: str, mentions: list) -> set[int]:
    """Starts of demonyms that open a region description rather than name their state: "after the
    Central African nation kicked out the ambassador", in an article about Chad that names the
    Central African Republic nowhere else, is Chad (the region's state named before it)."""
    out: set[int] = set()
    for s0, e0, key in _descriptive_phrases(text):
        region = _DESC_REGIONS.get(key, frozenset())
        dem = [m for m in mentions if s0 <= m.start < e0 and m.kind == "demonym"]
        if len(dem) != 1 or dem[0].ref not in region:
            continue
        elsewhere = any(m.ref == dem[0].ref and not s0 <= m.start < e0 for m in mentions)
        before = any(m.kind in ("state", "demonym", "capital") and m.ref in region and m.ref != dem[0].ref
                     and m.end <= s0 for m in mentions)
        if before and not elsewhere:
            out.add(dem[0].start)
    return out


def _phrase_region(phrase: str) -> frozenset[str] | None:
    """The states a regional adjective in a group phrase allows ("Arab", "Gulf", "Nordic", ...)."""
    for w in re.findall(r"[a-z]+", phrase.lower()):
        if w in _REGIONS:
            return _REGIONS[w]
    return None


def _state_lists(actors: list[Actor], text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Explicit coordinations of two or more states ("Saudi Arabia, the UAE, Bahrain and Egypt")."""
    out = []
    run: list[Actor] = []

    def flush():
        sts = tuple(dict.fromkeys(a.states[0] for a in run))
        if len(sts) >= 2:
            out.append((run[0].start, run[-1].end, sts))

    for a in actors:
        single = a.kind == "state" and not a.location and len(a.ids) == 1 and a.states and a.states[0] \
            and not a.possessive and a.form in ("state", "name", "alias", "abbrev")
        if not single:
            if run and a.start < run[-1].end + 8:
                pass
            flush()
            run = []
            continue
        if run and _LIST_GAP.fullmatch(text, run[-1].end, a.start):
            run.append(a)
        else:
            flush()
            run = [a]
    flush()
    return out


def _pick_list(lists, pos: int, n: int | None, contains: str | None, exclude: set[str], sent_of,
               region: frozenset[str] | None = None, max_sent_gap: int = 6) -> tuple[str, ...]:
    """The explicit state list a group phrase at ``pos`` refers to: the right size, containing the
    leading state, none of the states the phrase's sentence names outside it; nearest first (a list
    before the phrase preferred over one after)."""
    k = sent_of[min(pos, len(sent_of) - 1)]
    best = None
    for s, e, sts in lists:
        if n is not None and len(sts) != n:
            continue
        if n is None and len(sts) < 3 and contains is None:
            continue
        if contains is not None and contains not in sts:
            continue
        if exclude & set(sts):
            continue
        if region is not None and 2 * len(set(sts) & region) < len(sts):
            continue    # "Arab states" are not a list of European ones
        ks = sent_of[min(s, len(sent_of) - 1)]
        gap = abs(ks - k)
        if gap > max_sent_gap:
            continue
        score = (gap, 0 if e <= pos else 1)
        if best is None or score < best[0]:
            best = (score, sts)
    return best[1] if best else ()


def _own_sentence_list(lists, pos: int, n: int | None, sent_of) -> set[str]:
    """The states of a list of exactly ``n`` named earlier in the sentence of a number phrase at
    ``pos`` ("Relations between Qatar and Saudi Arabia, the UAE and Bahrain worsened when the three
    countries accused Doha"): the phrase may refer back to them, so they are no exclusion."""
    if n is None:
        return set()
    k = sent_of[min(pos, len(sent_of) - 1)]
    return next((set(sts) for s, e, sts in reversed(lists) if e <= pos and len(sts) == n
                 and sent_of[min(s, len(sent_of) - 1)] == k), set())


def _add_state_groups(b: _Builder, text: str, sentences, sent_of) -> None:
    """Group phrases that stand for states the text lists: "Four European countries — Austria,
    Czech Republic, Romania and Hungary —", "the four other permanent members – Britain, China,
    France and Russia", "Four Arab nations" / "Gulf countries" (a list of that size elsewhere),
    "the Saudi-led bloc" (the list with Saudi Arabia); "the West" (a group without a state);
    "the junta", "coup leaders" (the state whose coup the text reports)."""
    lists = _state_lists(b.actors, text)
    new: list[Actor] = []
    seen_phrases: dict[str, tuple[str, ...]] = {}

    starts = [a.start for a in b.actors]
    gone: set[int] = set()

    def sentence_states(pos: int, lo: int, hi: int) -> set[str]:
        k = sent_of[min(pos, len(sent_of) - 1)]
        if k < 0:
            return set()
        s0, s1 = sentences[k]
        window = b.actors[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s1)]
        return {a.states[0] for a in window if not (lo <= a.start < hi) and id(a) not in gone
                and a.kind in ("state", "person") and not a.location and a.states and a.states[0]}

    def place(start: int, end: int, sts: tuple[str, ...], form: str) -> None:
        # the group's span covers the actors inside it: they leave, the taken mask stays right
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
        gone.update(id(a) for a in b.actors[lo:hi] if a.end <= end)
        new.append(Actor(start, end, sts, sts, "group", form, text[start:end],
                         _next_words(text, end), _is_possessive(text, end)))
        b.take(start, end)

    noun_ends = [m.end() for m in _GROUP_NOUN_RE.finditer(text)] \
        if any(w in text for w in _GROUP_NOUN_PARTS) else []
    for rx, kind in ((_NUM_GROUP_RE, "num"), (_ADJ_GROUP_RE, "adj")):
        for m in _ending_at(rx, text, noun_ends):
            if not b.free(m.start(), m.end()) and not all(
                    a.kind in ("state", "org") and a.form != "group" for a in b.actors
                    if a.start < m.end() and a.end > m.start()):
                continue
            if any(a.start < m.end() and a.end > m.start() for a in new):
                continue
            n = None
            if kind == "num":
                w = m.group("n").lower()
                n = _NUM_WORDS.get(w) or (int(w) if w.isdigit() else None)
            else:
                words = m.group().split()
                if words[0].lower() in ("the", "other", "several"):
                    words = words[1:]
                if words[0] in _NOT_NAMES and words[0] not in ("European", "Western"):
                    continue
            # a list right after the phrase: "— Austria, Czech Republic, Romania and Hungary —"
            after = next((lst for lst in lists if 0 <= lst[0] - m.end() <= 4
                          and re.fullmatch(r"\s*(?:[—–:(-]|,|,?\s*including|,?\s*namely)\s*", text[m.end():lst[0]])),
                         None)
            if after is not None and (n is None or len(after[2]) == n):
                end = after[1]
                tail = re.match(r"\s*[—–)]", text[end:])
                place(m.start(), end + (tail.end() if tail else 0), after[2], "grouplist")
                continue
            excl = sentence_states(m.start(), m.start(), m.end()) - _own_sentence_list(lists, m.start(), n, sent_of)
            key = re.sub(r"^(?:the|other|several)\s+", "", m.group().lower())
            sts = _pick_list(lists, m.start(), n, None, excl, sent_of, _phrase_region(m.group()))
            if not sts and key in seen_phrases and not excl & set(seen_phrases[key]):
                sts = seen_phrases[key]     # the same phrase again refers to the same states
            if sts:
                seen_phrases.setdefault(key, sts)
                place(m.start(), m.end(), sts, "grouplist")
    low = text.lower()
    for m in (_LED_RE.finditer(text) if "led " in low and ("-led" in text or "‐led" in text or "‑led" in text)
              else ()):
        lead = next((a for a in b.actors if a.start == m.start("lead") and a.kind == "state" and a.states
                     and a.states[0]), None)
        if lead is None or any(a.start < m.end() and a.end > m.start() for a in new):
            continue
        excl = sentence_states(m.start(), m.start(), m.end()) - {lead.states[0]}
        sts = _pick_list(lists, m.start(), None, lead.states[0], excl, sent_of)
        if sts:
            sts = (lead.states[0],) + tuple(x for x in sts if x != lead.states[0])
            if m.group("noun") in ("embargo", "blockade", "boycott", "campaign", "intervention"):
                # "the Saudi-led embargo": the group is the modifier; the noun stays a trigger
                place(m.start("lead"), m.end("lead") + 4, sts, "grouplist")
            else:
                place(m.start(), m.end(), sts, "grouplist")
    for m in (_WEST_RE.finditer(text) if "west" in low else ()):
        if b.free(m.start(), m.end()):
            gid = "group:the-west"
            if gid not in b.entities:
                b.entities[gid] = Entity(id=gid, kind="group", name="the West", state=None)
            new.append(Actor(m.start(), m.end(), (gid,), (None,), "org", "west", m.group(),
                             _next_words(text, m.end()), _is_possessive(text, m.end())))
            b.take(m.start(), m.end())
    juntas = list(_JUNTA_RE.finditer(text)) if any(w in low for w in ("junta", "coup", "putsch", "military ru",
                                                                      "military le", "military go",
                                                                      "military re", "army lead", "mutin")) else []
    coup_state = _coup_state(b, text) if juntas else None
    for m in juntas:
        if b.free(m.start(), m.end()):
            ids = (coup_state,) if coup_state else ()
            new.append(Actor(m.start(), m.end(), ids, ids, "state", "junta", m.group(),
                             _next_words(text, m.end()), _is_possessive(text, m.end())))
            b.take(m.start(), m.end())
    if gone:
        b.actors = [a for a in b.actors if id(a) not in gone]
    b.actors.extend(new)
    b.actors.sort(key=_START)


_COUP_CONNECT = frozenset("""in of the a leaders leader who which that toppled ousted overthrew overthrown deposed
against hit military army new president prime minister elected civilian government s""".split())


def _coup_link_words(gap: str) -> bool:
    """'the coup in Niger', 'coup leaders who toppled Niger President ...', 'coup-hit Niger': only
    connecting words between the coup word and the state (not 'expelled the French ambassador')."""
    if re.search(r"[.;!?,]", gap):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", gap)]
    return all(w in _COUP_CONNECT for w in words)


def _coup_state(b: _Builder, text: str) -> str | None:
    """The state whose coup or junta the article reports: a state or its leader named within a
    few words of "coup", "junta", "toppled", "ousted" ("the coup leaders who toppled Niger
    President Mohamed Bazoum", "Niger's junta", "the coup in Niger"); None when unclear."""
    votes: Counter = Counter()
    starts = [a.start for a in b.actors]
    for m in _COUP_LINK_RE.finditer(text):
        near = b.actors[bisect.bisect_left(starts, m.start() - 80):bisect.bisect_right(starts, m.end() + 41)]
        for a in near:
            if a.location and a.kind != "place":
                continue
            if not a.states or not a.states[0]:
                continue
            after = m.end() <= a.start <= m.end() + 40 and _coup_link_words(text[m.end():a.start])
            before = a.end <= m.start() <= a.end + 12 and re.fullmatch(r"['’]s\s+(?:\w+\s+)?|\s+",
                                                                     text[a.end:m.start()])
            if after or before:
                votes[a.states[0]] += 2
    if not votes:
        return None
    top = votes.most_common(2)
    if len(top) == 2 and top[0][1] == top[1][1]:
        return None
    return top[0][0]


def _add_context_phrases(b: _Builder, text: str) -> None:
    for m in _GROUP_RE.finditer(text):
        if b.free(m.start(), m.end()):
            recip = m.group().lower().startswith(("each", "one"))
            b.add(Actor(m.start(), m.end(), (), (), "group", "group", m.group(),
                        possessive=_is_possessive(text, m.end()) or m.group().endswith(("'", "’")),
                        reciprocal=recip))
    for m in (_ADJ_REGION_RE.finditer(text) if "North" in text or "South" in text else ()):
        # "the nuclear-armed North", "the reclusive North": "the North" with an adjective between
        if b.free(m.start(), m.end()):
            b.add(Actor(m.start(), m.end(), (), (), "state", "region", "the " + m.group(1),
                        _next_words(text, m.end()), _is_possessive(text, m.end())))
    for m in _ROLE_DESC_RE.finditer(text):
        # "The envoy listened ...", "the president also claimed": a person named before with that role
        if b.free(m.start(), m.end()):
            b.add(Actor(m.start(), m.end(), (), (), "person", "roledesc", m.group(),
                        _next_words(text, m.end()), _is_possessive(text, m.end())))
    # (every letter of "counterpart" lower-cases to itself only: an exact test before the regex)
    for m in (_COUNTERPART_RE.finditer(text) if "counterpart" in text.lower() else ()):
        if b.free(m.start(), m.end()) and not re.match(r"\s+[A-Z]", text[m.end():m.end() + 2]) \
                and not _COUNTERPART_FROM_RE.match(text, m.end()):
            # (not "his counterparts from Russia, China and Uzbekistan": the states the phrase names)
            b.add(Actor(m.start(), m.end(), (), (), "state", "counterpart", m.group(), _next_words(text, m.end())))
    for m in (_ORG_DESC_RE.finditer(text) if "bloc" in text or "alliance" in text else ()):
        # "The European Union agreed new sanctions ... The bloc also banned ...": the organisation
        if b.free(m.start(), m.end()):
            b.add(Actor(m.start(), m.end(), (), (), "org", "orgdesc", m.group(),
                        _next_words(text, m.end()), _is_possessive(text, m.end())))
    for s0, e0, key in _descriptive_phrases(text):
        # "The North African nation accused Madrid": the state of that region named last
        if b.free(s0, e0):
            b.add(Actor(s0, e0, (), (), "state", "regiondesc", key, _next_words(text, e0), _is_possessive(text, e0)))
    for m in _CTX_RE.finditer(text):
        if b.free(m.start(), m.end()):
            b.add(Actor(m.start(), m.end(), (), (), "state", "context", m.group(),
                        _next_words(text, m.end()), _is_possessive(text, m.end())))
    for m in _PRON_RE.finditer(text):
        if b.free(m.start(), m.end()):
            b.add(Actor(m.start(), m.end(), (), (), "state", "pronoun", m.group(), _next_words(text, m.end())))
    for m in _SAID_IT_RE.finditer(text):
        # "Iran said it was ready to resume talks": after a speech verb "it was ready" is the speaker
        if b.free(m.start(1), m.end(1)):
            b.add(Actor(m.start(1), m.end(1), (), (), "state", "pronoun", m.group(1),
                        _next_words(text, m.end(1))))


_REPORT_WORDS = frozenset("reported reports said says quoted media agency television tv news".split())
_ORG_DESC_RE = re.compile(r"[Tt](?<!\w.)he\s+(?:(?:27|28|15|10|\d+)-(?:member|nation)\s+|US-led\s+|Western\s+|military\s+|"
                          r"security\s+)?(?:bloc|alliance)\b(?!['’]s\s+members|\s+(?:of|with|between)\b)")
_ATTRIBUTION_VERBS = frozenset(forms("say add", "past s") + forms("state announce note tell confirm", "past"))
_CLAUSE_WORDS = frozenset("""and or but as that which who whose also on last this then now again still
already not never only just yet so""".split())


def _attributive(a: Actor) -> bool:
    """Is a state name used as a modifier of the noun after it ("10 U.S. sailors", "the Iran deal"),
    not as an actor ("Iran has", "Panama after", "the U.S. government")?"""
    if a.possessive or not a.head or not a.head[0].isalpha() or not a.head[0].islower():
        return False
    w = a.head[0]
    return not (w in _VERBISH or w in SUBJ_SKIP_PREPS or w in LOC_PREPS or w in _CLAUSE_WORDS
                or w in ACTOR_HEADS or w.endswith("ed"))


def _sentence_index(sentences: list[tuple[int, int]], n: int) -> list[int]:
    idx = [-1] * (n + 1)
    for k, (s, e) in enumerate(sentences):
        hi = min(e, n) + 1
        if s < 0:
            for i in range(s, hi):
                idx[i] = k
        elif hi > s:
            idx[s:hi] = [k] * (hi - s)
    return idx


def _resolve_context(b: _Builder, text: str, sentences, sent_of, quote) -> dict[int, Actor]:
    """Resolve pronouns, groups, region aliases and context phrases in document order."""
    speakers: dict[int, Actor] = {}
    seen_states: list[str] = []        # distinct states in order of last mention
    last_person: Actor | None = None
    last_plural: Actor | None = None
    last_state_subject: str | None = None
    # the same, told outside quotations: a ministry the narration names after a quote is the one of
    # the narration's subject, not of a state the quote names ('"We condemn Sudan ...," said X, a
    # spokesman for the foreign ministry')
    narr_state_subject: str | None = None
    narr_subject_state: dict[int, str] = {}
    last_char = len(sent_of) - 1
    # the states and persons that stand for a state (not as a location)
    national = [a for a in b.actors if a.kind in ("state", "person") and a.state and not a.location]
    # "the regime" is the state the article calls a regime anywhere ("The Syrian regime", "the Assad
    # regime", "Tehran's regime"), even when that phrase comes later
    regime_state: str | None = next(
        (a.state for a in national if _REGIME_AFTER.match(text, a.end)), None) if "regime" in text else None
    all_states = [a.state for a in b.actors if a.kind == "state" and a.state]
    counts = Counter(all_states)
    # the article's most named states (persons with a role count for their state too)
    weights = Counter(a.state for a in national)
    # how often two states are named in one sentence: the pairs the article is about
    by_sent: dict[int, set[str]] = {}
    for a in national:
        by_sent.setdefault(sent_of[min(a.start, last_char)], set()).add(a.state)
    cooc: Counter = Counter()
    for sts in by_sent.values():     # (in sentence order, each sentence's states sorted: among pairs
        ordered = sorted(sts)        # named together equally often, the first named wins, whatever
        for i, x in enumerate(ordered):  # the hash seed: the same text always gives the same pair)
            for y in ordered[i + 1:]:
                cooc[(x, y)] += 1
    # the article's main pair: named together most often (then most named)
    prior: tuple[str, ...] = ()
    if cooc:
        x, y = max(cooc, key=lambda p: (cooc[p], weights[p[0]] + weights[p[1]]))
        prior = (x, y) if weights[x] >= weights[y] else (y, x)
    sent_states_all: dict[int, tuple[str, ...]] = {}
    for a in national:
        if not a.is_group:
            k = sent_of[min(a.start, last_char)]
            if a.state not in sent_states_all.get(k, ()):
                sent_states_all[k] = sent_states_all.get(k, ()) + (a.state,)
    # quote speakers per sentence: an attribution verb next to a person or state actor
    starts = [a.start for a in b.actors]
    for k, (s, e) in enumerate(sentences):
        for m in _SAY_RE.finditer(text, s, e):
            pos = m.start()
            if quote[pos]:
                continue
            window = b.actors[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
            cand = [a for a in window if a.kind in ("person", "state")
                    and (a.ids or a.form in ("pronoun", "context")) and not quote[a.start]]
            # "The Moroccan government does not consider the crisis over Ghali's reception to be over,
            # and said ...": not a name inside a prepositional phrase when a subject is there
            free = [a for a in cand if not (a.end <= pos and _after_prep(text, a.start))]
            cand = free or cand
            # "officials have said he was killed by ...": a pronoun after the verb is the reported
            # clause's subject, not the speaker (", he said" puts it before)
            cand = [a for a in cand if not (a.form == "pronoun" and a.start >= pos)] or \
                [a for a in cand if a.form != "pronoun"]
            near = sorted(cand, key=lambda a: min(abs(a.end - pos), abs(a.start - (pos + len(m.group())))))
            if near:
                speakers[k] = near[0]
                break
    resolved: list[Actor] = []
    subject_person: dict[int, Actor] = {}   # sentence -> the person opening it ("Israeli Prime Minister X, ...")
    subject_state: dict[int, str] = {}      # sentence -> the state opening it ("Iran seized ...")
    opened: set[int] = set()
    opener_org: dict[int, Actor] = {}      # sentence -> the organisation opening it ("NATO held ...")
    persons_seen: list[Actor] = []           # resolved person mentions in text order
    actor_ends = {x.end for x in b.actors}
    actor_starts = [x.start for x in b.actors]
    genders = _person_genders(b, text)
    fronted = _fronted_subjects(b.actors, text, sentences)
    for a in b.actors:
        k = sent_of[min(a.start, last_char)]
        if a.form == "pronoun":
            w = a.surface.lower()
            gloss = _bracket_gloss(text, a, b.actors, actor_starts)
            if gloss is not None:
                # 'If they [China] continue to hit us': the editor's gloss names the referent
                a.ids, a.states, a.kind = gloss.ids, gloss.states, gloss.kind
                a.possessive = w in ("his", "her", "their", "its")
                resolved.append(a)
                continue
            main = fronted.get(k)
            if main is not None and w in ("its", "their", "his", "her") and a.start < main.start \
                    and main.ids and main.states and main.states[0]:
                # "In a move that has strained its relationships with the U.S., South Africa will ...":
                # a possessive in a fronted phrase looks ahead to the clause's subject
                a.ids, a.states, a.kind = main.ids, main.states, main.kind
                a.possessive = True
                resolved.append(a)
                continue
            if w in ("i", "me", "my", "we", "us", "our"):
                if quote[a.start]:
                    # resolved once every speaker is known ("“We are optimistic,” he said": the
                    # speaker is a pronoun resolved later in the text; a person's state may come
                    # from context only after this pass)
                    b.first_person.append(a)
                continue
            elif w in _PRONOUNS_SG:
                if w in ("his", "her") and _unknown_name_before(text, a.start, actor_ends):
                    continue    # "ex-spy Sergei Skripal and his daughter": someone who is no actor
                ante = last_person
                if a.surface[0].isupper() and k > 0 and text[sentences[k][0]:a.start].strip(" \"“‘'") == "":
                    # "Netanyahu, who called Trump's decision historic, urged ... He also thanked": a
                    # sentence-opening pronoun continues the previous sentence's subject
                    sp = subject_person.get(k - 1)
                    if sp is None or sp.possessive:
                        # "Mr Di Maio's meeting came after Salvini called Macron ... He said": the
                        # person shown acting, not the owner of the subject or an object
                        sp = _acting_person(text, persons_seen, sent_of, k - 1) or sp
                    ante = sp or ante
                elif ante is not None:
                    ante = _person_in_clause(text, a, w, ante, subject_person.get(k), persons_seen,
                                             sentences[k][0] if k >= 0 else 0, sent_of, k)
                if ante is not None and genders.get(ante.ids[0], _PRONOUNS_SG[w]) != _PRONOUNS_SG[w]:
                    # "Mrs May ... the attack on Mr Skripal and his daughter": not May; the latest
                    # person of that gender, else nobody we know
                    ante = next((r for r in reversed(persons_seen[-20:]) if r.ids and genders.get(r.ids[0])
                                 == _PRONOUNS_SG[w]), None)
                if ante is None:
                    continue
                if k - sent_of[min(ante.start, len(sent_of) - 1)] > 1:
                    continue    # "He was extradited ..." long after the last person named: someone else
                a.ids, a.states, a.kind = ante.ids, ante.states, "person" if ante.kind == "person" else ante.kind
            elif w in _PRONOUNS_PL:
                s0 = sentences[k][0] if k >= 0 else 0
                local = [r for r in resolved if r.start >= s0 and r.kind == "state" and not r.location
                         and r.head and r.head[0] in _PLURAL_HEADS]
                if local:
                    a.ids, a.states, a.kind = local[-1].ids, local[-1].states, "state"
                    a.possessive = w in ("their", "theirs")
                    resolved.append(a)
                    continue
                if last_plural is None or last_plural.end < s0 and _people_noun_between(text, s0, a.start):
                    continue    # "At least 18 people have died in protests since they ...": the people,
                    # not the states of an earlier sentence
                a.ids, a.states, a.kind = last_plural.ids, last_plural.states, last_plural.kind
            else:   # it / its
                if _expletive_it(text, a):
                    continue
                s0 = sentences[k][0] if k >= 0 else 0
                ante = _quote_subject(text, a, resolved, s0, quote) \
                    or _it_antecedent(text, a, resolved, s0, b.actors, seen_states)
                if ante is not None:
                    a.ids, a.states, a.kind = ante
                else:
                    st = last_state_subject
                    opening = a.surface[0].isupper() and k > 0 and text[s0:a.start].strip(" \"“‘'") == ""
                    if opening and (k - 1) in opener_org:
                        # "NATO held an extraordinary meeting ... Its Secretary-General said ..."
                        org = opener_org[k - 1]
                        a.ids, a.states, a.kind = org.ids, org.states, "org"
                        a.possessive = w == "its"
                        resolved.append(a)
                        continue
                    if opening and subject_state.get(k - 1):
                        st = subject_state[k - 1]     # "Iran seized a British tanker. It said ..."
                    if st is None:
                        continue
                    a.ids, a.states = (st,), (st,)
                nb = _NEIGHBOUR_AFTER.match(text, a.end) if w == "its" and a.kind == "state" else None
                if nb is not None:
                    # "accusing its neighbour of supporting rebels": the other state, not its own;
                    # "its neighbours" are no one state
                    if nb.group().rstrip().endswith(("s", "enemies", "adversaries")):
                        continue
                    own = a.states[0]
                    other = next((x for x in reversed(seen_states) if x != own), None)
                    if other is None and len(prior) == 2 and own in prior:
                        other = prior[1] if prior[0] == own else prior[0]
                    if other is None:
                        continue
                    a.ids, a.states = (other,), (other,)
            a.possessive = w in ("his", "her", "their", "its", "my", "our")
        elif a.form == "group":
            s0 = sentences[k][0] if k >= 0 else 0
            people = _people_group_state(a, resolved, sent_of, k)
            if people is not None:
                # "The Russians had diplomatic passports ... the men took photos": those people,
                # and the antecedent of a "they" after them
                a.ids, a.states, a.kind = (people,), (people,), "state"
                last_plural = a
            else:
                ex = _acting_on_group(text, a, resolved, s0)
                pair = _group_pair(a, k, resolved, last_plural, sent_of, seen_states, weights, cooc, ex,
                                   sent_states_all.get(k, ()), prior)
                if pair:
                    a.ids, a.states = pair, pair
        elif a.form == "region":
            res = b.gaz.resolve_region_alias(a.surface, set(seen_states) | set(all_states))
            if res:
                a.ids, a.states = tuple(res), tuple(res)
                if len(res) == 1:
                    a.kind = "state"
                else:
                    a.kind = "group"
        elif a.form == "roledesc":
            # "France's ambassador to Niger Sylvain Itte is still in Niamey ... The envoy listened ...":
            # the person named lately with that role
            ante = _role_antecedent(b, a, resolved, sent_of, k)
            if ante is None:
                st = _unnamed_official_state(a, resolved, sent_of, k)
                if st is None:
                    continue
                a.ids, a.states, a.kind = (st,), (st,), "state"
            else:
                a.ids, a.states, a.kind = ante.ids, ante.states, "person"
        elif a.form == "orgdesc":
            # the organisation named last within the last three sentences
            org = next((r for r in reversed(resolved) if r.kind == "org" and len(r.ids) == 1
                        and str(r.ids[0]).startswith("org:") and k - sent_of[min(r.start, len(sent_of) - 1)] <= 2),
                       None)
            if org is None:
                continue
            a.ids, a.states = org.ids, org.states
        elif a.form == "counterpart":
            mine = last_person.states[0] if last_person is not None else None
            top = [s_ for s_, _ in counts.most_common(2)]
            other = next((s_ for s_ in top if s_ != mine), None)
            if other:
                a.ids, a.states, a.kind = (other,), (other,), "state"
        elif a.form == "regiondesc":
            if _after_prep(text, a.start) and _prev_word(text, a.start).lower() != "on":
                continue    # "a punitive step against the Asian country following a coup": not an agent
            st = next((x for x in reversed(seen_states) if x in _DESC_REGIONS[a.surface]), None)
            if st is None:
                continue
            a.ids, a.states = (st,), (st,)
        elif a.form == "context":
            low = a.surface.lower()
            st = None
            if low.startswith("their") and low.endswith("country") and _plural_people_before(resolved, a, sentences[k][0]):
                # "Many Serbians see Kosovo as their country's birthplace": the people's state
                st = _plural_people_before(resolved, a, sentences[k][0])
            elif low.startswith("the") and low.endswith("country"):
                # "Iran released the sailors, a day after the country detained them", "... with Panama
                # after the country called a meeting": the state named last (not a national adjective),
                # except one its own sentence names after it ("The country accused Manila")
                if _after_prep(text, a.start) or _prev_word(text, a.start).lower() in _MOVE_VERBS:
                    continue    # "protests across the country", "ordered him to leave the country": a place
                i0 = bisect.bisect_right(actor_starts, a.start)
                i1 = bisect.bisect_left(actor_starts, sentences[k][1]) if k >= 0 else i0
                later = {x.states[0] for x in b.actors[i0:i1] if x.states and x.states[0] and not x.location}
                st = next((x.state for x in reversed(resolved) if x.kind == "state" and not x.is_group
                           and not x.location and x.form not in ("demonym", "pronoun") and x.state
                           and x.state not in later and not _attributive(x)), None)
                if st is None and a.possessive and k >= 0:
                    # "Australian navy divers were injured by sonar pulses from a Chinese warship, the
                    # country's defence minister said, accusing Beijing": the people its sentence named
                    # with a national adjective (not after a preposition, not the state named later)
                    st = next((x.state for x in reversed(resolved) if x.form == "demonym" and x.start >= sentences[k][0]
                               and x.state and x.state not in later and not x.location
                               and not _after_prep(text, x.start)), None)
            elif low.endswith("country") and last_person is not None:
                st = last_person.states[0]
            elif "island" in low:
                st = next((s for s in reversed(seen_states) if s in ISLANDS), None)
            elif low.endswith("regime"):
                st = regime_state or (seen_states[-1] if seen_states else None)
            elif low.endswith("kingdom"):
                # "The kingdom also imposed a ban": the monarchy named last
                st = next((s for s in reversed(seen_states) if s in KINGDOMS), None)
            elif "kremlin" in low:
                st = "RUS"
            elif "white house" in low:
                st = "USA"
            else:   # the (federal) government / the administration / the foreign ministry
                told_after_quote = not quote[a.start] and k >= 0 and quote[sentences[k][0]:a.start].count(1) > 0
                st = (narr_state_subject if told_after_quote else last_state_subject) \
                    or last_state_subject or (counts.most_common(1)[0][0] if counts else None)
                if told_after_quote and narr_subject_state.get(k):
                    st = narr_subject_state[k]
                elif told_after_quote and k > 0 and narr_subject_state.get(k - 1):
                    st = narr_subject_state[k - 1]  # 'X rejected ... "We condemn Sudan," said Y of the ministry'
                elif k >= 0 and subject_state.get(k) and not told_after_quote:
                    st = subject_state[k]     # "the Honduras Foreign Ministry ..., noting that the government ..."
                elif k > 0 and subject_state.get(k - 1) and _opens_clause(text, sentences[k][0], a.start):
                    st = subject_state[k - 1]     # "Japan protested to China. The Foreign Ministry said ..."
                elif k > 0 and subject_state.get(k - 1) and a.head and a.head[0] in _ATTRIBUTION_VERBS \
                        and re.search(r",\s*$", text[max(0, a.start - 3):a.start]):
                    # "France recalled its envoy to Italy. He will return to Paris, the Foreign Ministry
                    # said": a sentence without a subject state of its own, attributed to the ministry
                    # of the one who acted before
                    st = subject_state[k - 1]
                else:
                    # "Both claims have been denied by the Federal Government, which has urged China to
                    # ...": not a state its own sentence names after it
                    i0 = bisect.bisect_right(actor_starts, a.start)
                    i1 = bisect.bisect_left(actor_starts, sentences[k][1]) if k >= 0 else i0
                    later = {x.states[0] for x in b.actors[i0:i1] if x.states and x.states[0] and not x.location}
                    if st in later:
                        alt = next((x for x in reversed(seen_states) if x not in later), None)
                        if alt is None:
                            # "The Foreign Ministry summoned the U.S. ambassador ..., Chinese state media
                            # reported": no state before it; the state whose media or officials report it
                            alt = next((x.states[0] for x in b.actors[i0:i1] if x.states and x.states[0]
                                        and x.states[0] != st and not x.location
                                        and any(w in _REPORT_WORDS for w in x.head)), st)
                        st = alt
                st = _named_ministry_state(resolved, a, sentences, k) or st
            if st:
                a.ids, a.states, a.kind = (st,), (st,), "state"
        if not a.ids:
            continue
        resolved.append(a)
        if a.kind == "org" and len(a.ids) == 1 and k >= 0 and k not in opened and k not in opener_org \
                and _opens_clause(text, sentences[k][0], a.start):
            opener_org[k] = a
        if a.kind in ("person", "state") and not a.is_group and not a.location and k >= 0 \
                and k not in opened and k not in opener_org and a.states and a.states[0] \
                and _opens_clause(text, sentences[k][0], a.start):
            opened.add(k)
            if a.kind == "person":
                subject_person[k] = a
            if a.form != "demonym" or _actor_head(a.head):
                subject_state[k] = a.states[0]
                if not quote[a.start]:
                    narr_subject_state.setdefault(k, a.states[0])
        # update the discourse state
        if a.kind == "person" and not a.is_group and a.ids:
            persons_seen.append(a)
        if a.kind == "person" and not a.is_group:
            before = text[max(0, a.start - 14):a.start].lower()
            if not _OBJ_PREP_RE.search(before) or _nominal_agent(text, a.start) \
                    or last_person is None or a.form == "pronoun":
                last_person = a
        elif a.kind == "state" and not a.location and a.state and a.form in ("state", "demonym", "name") \
                and any(w in _PERSON_ROLE_HEADS for w in a.head[:2]) \
                and (re.search(r"\b(?:a|an)\s+$", text[max(0, a.start - 4):a.start], re.I)
                     or (a.possessive or re.search(r"\bthe\s+$", text[max(0, a.start - 4):a.start], re.I))
                     and not _OBJ_PREP_RE.search(text[max(0, a.start - 14):a.start].lower())
                     and not _name_follows(text, a.end)):
            # "a Pakistan military spokesman denied what he called ...", "Mexico's top diplomat said his
            # country had granted asylum": an unnamed official of that state (not one whose name follows)
            last_person = a
        if a.is_group:
            last_plural = a
        for st in a.states:
            if st and not a.location:
                if st in seen_states:
                    seen_states.remove(st)
                seen_states.append(st)
        if a.kind == "state" and not a.location and a.state:
            # "it" names a state or its government, not the thing a national adjective describes
            # ("Iran seized a British tanker. It said ...")
            if a.form != "demonym" or _actor_head(a.head) or a.possessive:
                last_state_subject = a.state
                if not quote[a.start]:
                    narr_state_subject = a.state
            if a.head and a.head[0] == "regime":
                regime_state = a.state
        if a.kind == "person" and a.state and not a.is_group:
            last_state_subject = a.state
            if not quote[a.start]:
                narr_state_subject = a.state
        # coordination "A and B" -> a plural antecedent for they/their
        prev = resolved[-2] if len(resolved) >= 2 else None
        if prev is not None and _COORD_GAP_RE.fullmatch(text, prev.end, a.start) \
                and prev.kind in ("state", "person") and a.kind in ("state", "person") \
                and not prev.location and not a.location and prev.form != "capital" and a.form != "capital":
            ids = tuple(dict.fromkeys(prev.ids + a.ids))
            sts = tuple(dict.fromkeys(s for s in prev.states + a.states if s))
            last_plural = Actor(prev.start, a.end, ids, sts, "group", "coord")
    b.actors = resolved
    return speakers


_PREV_PARA_OPEN = re.compile(r"\n\s*\n\s*[“\"«]")
_NEXT_PARA_QUOTE = re.compile(r"\s*\n\s*\n\s*[“\"«]")


def _named_ministry_state(resolved: list[Actor], a: Actor, sentences, k: int) -> str | None:
    """'the foreign ministry' after a sentence that named one ("... was summoned to the Turkish
    foreign office. The foreign ministry said ..."): the state of that ministry, named in this
    sentence or the two before (a defence ministry for 'the defence ministry')."""
    low = a.surface.lower()
    if "ministry" not in low and "office" not in low or k < 0:
        return None
    lo = sentences[max(0, k - 2)][0]
    defence = "defen" in low
    for x in reversed(resolved):
        if x.start < lo:
            break
        if x.kind != "state" or x.location or x.form == "context" or not x.states or not x.states[0]:
            continue
        head = x.head[:3]
        if ("ministry" in head or "office" in head and "foreign" in head) \
                and ("defence" in head or "defense" in head) == defence:
            return x.states[0]
    return None


def _quote_extent(text: str, quote, pos: int) -> tuple[int, int]:
    """The quotation around ``pos``: (first, last) character inside it. A paragraph that ends
    inside a quotation and a next one that opens with a quotation mark are one quotation (the
    news convention for a quote of several paragraphs)."""
    lo = pos
    for _ in range(5):
        lo = quote.rfind(0, 0, lo) + 1 if lo > 0 and quote[lo - 1] else lo    # (C speed: long quotes)
        # a paragraph opening with a quotation mark after one that ended inside a quotation
        m = _PREV_PARA_OPEN.search(text, max(0, lo - 8), lo + 1)
        if m is None or m.end() != lo + 1 or m.start() == 0 or not quote[m.start() - 1] \
                or text[m.start() - 1] in "”\"»":
            break
        lo = m.start() - 1
    hi = pos
    n = len(quote) - 1
    for _ in range(5):
        if hi < n and quote[hi + 1]:
            nxt = quote.find(0, hi + 1, n + 1)
            hi = (nxt if nxt != -1 else n + 1) - 1
        if text[hi:hi + 1] in "”\"»":
            break
        m = _NEXT_PARA_QUOTE.match(text, hi + 1)
        if m is None:
            break
        hi = m.end() - 1
    return lo, hi


def _quote_speaker(text: str, speakers: dict[int, Actor], quote, sent_of, pos: int) -> Actor | None:
    """Who says the quotation around ``pos``: the attribution of the sentence where it closes
    ('..., we will protect Canada's sovereignty," Joly said'), of the sentence where it opens
    ('Joly said: "...'), of the sentence before it ('Joly said. "Since ... we ..."'), else of the
    sentences next to the pronoun's own."""
    lo, hi = _quote_extent(text, quote, pos)
    last = len(sent_of) - 1
    k = sent_of[min(pos, last)]
    ks, ke = sent_of[min(lo, last)], sent_of[min(hi, last)]
    for j in (ke, ks, ks - 1, k, k + 1, k - 1):
        sp = speakers.get(j)
        if sp is not None and sp.ids and sp.states and sp.states[0]:
            return sp
    return None


def _resolve_first_person(b: _Builder, text: str, sentences, sent_of, quote, speakers: dict[int, Actor]) -> None:
    """I/me/my (the speaker) and we/us/our (the speaker's state) inside quotations, once every
    speaker, pronouns and context phrases included, is resolved and persons have their states."""
    added = False
    for a in b.first_person:
        sp = _quote_speaker(text, speakers, quote, sent_of, a.start)
        if sp is None:
            continue
        w = a.surface.lower()
        if w in ("i", "me", "my"):
            a.ids, a.states, a.kind = sp.ids, sp.states, sp.kind
        else:
            st = sp.states[0]
            a.ids, a.states, a.kind = (st,), (st,), "state"
        a.possessive = w in ("my", "our")
        b.actors.append(a)
        added = True
    if added:
        b.actors.sort(key=_START)


_EXPLETIVE_AFTER = re.compile(r"\s+(?:would|will|could|may|might)\s+(?:mark|be|seem|appear|take|mean)\b")
# a verb of saying or committing before "it ... would take strong measures": the speaker acts
_SAY_BEFORE_IT = frozenset(forms("say", "past s base")
                           + forms("state add announce declare insist note warn confirm stress", "past")
                           + forms(" ".join(COMMITTING), "past")) | {"that"}
_TAKE_ACTION = re.compile(r"\s+(?:would|will|could|may|might)\s+take\s+(?:all\s+|the\s+)?(?:strong|firm|resolute|"
                          r"necessary|decisive|appropriate|legal|diplomatic|reciprocal|retaliatory|counter|"
                          r"countermeasures|measures|action|actions|steps|every)\b")
_EXPLETIVE_BEFORE = re.compile(r"\b(?:make|makes|made|making|find|finds|found|consider|considers|considered|"
                               r"keep|keeps|kept)\s+$", re.I)
_EXPLETIVE_ADJ = re.compile(r"\s+(?:(?:much|far|even|very|all|more|less|so|too|increasingly)\s+)*(?:harder|easier|difficult|"
                            r"easy|hard|impossible|possible|clear|necessary|likely|unlikely|more|less|tougher|"
                            r"costlier|illegal|legal|mandatory|unclear)\b")


_PERSON_ROLE_HEADS = frozenset("""spokesman spokeswoman spokesperson official minister diplomat ambassador envoy
officer commander general lawmaker senator negotiator president premier chancellor""".split())
_NAME_AFTER_RE = re.compile(r"(?:\s+[A-Za-z-]+){0,3}?,?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)+")


def _name_follows(text: str, end: int) -> bool:
    """Does a capitalised name (two words or more) follow the role words after ``end`` ("the Mexican
    foreign minister, Marcelo Ebrard")? Then that person, not the state, is the antecedent."""
    m = _NAME_AFTER_RE.match(text, end, min(len(text), end + 80))
    if m is None:
        return False
    gap = re.findall(r"[a-z-]+", text[end:m.end()].split(",")[0])
    return not any(w.endswith("ed") or w in ("said", "says", "told", "tells", "met", "meets", "and")
                   for w in gap[:3])
_FEMALE_WORDS = frozenset({"mrs", "ms", "miss", "madam", "queen", "princess", "spokeswoman", "chairwoman",
                           "congresswoman", "duchess", "empress", "lady", "dame"})
_MALE_WORDS = frozenset({"mr", "king", "prince", "spokesman", "chairman", "congressman", "duke", "emperor", "sir",
                         "lord", "sheikh", "emir", "sultan"})


_NAME_AND_RE = re.compile(r"(?:^|[^\w’'-])((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+and\s+$")


def _unknown_name_before(text: str, pos: int, actor_ends: set[int]) -> bool:
    """'Sergei Skripal and his daughter': a capitalised name right before 'and his/her' that is no
    actor (a private person) owns the pronoun."""
    m = _NAME_AND_RE.search(text, max(0, pos - 60), pos)
    if m is None or m.end(1) in actor_ends:
        return False
    words = m.group(1).split()
    return not any(_clean_word(w) in _NOT_NAMES or _clean_word(w).lower() in _TITLE_WORDS for w in words[-1:])


_DOTTED_WORD_RE = re.compile(r"[\w.]+")
_TITLE_BEFORE_RE = re.compile(r"([A-Za-z]+)\.?\s$")


def _person_genders(b: _Builder, text: str) -> dict[str, str]:
    """Person id -> 'm'/'f' where an honorific or a gendered title says so ("Mrs May", "Queen
    Camilla", "spokeswoman Maria Zakharova", "Mr Gross"); unknown persons are left out."""
    out: dict[str, str] = {}
    for a in b.actors:
        if a.kind != "person" or not a.ids or a.form not in ("name", "short", "title"):
            continue
        ent = b.entities.get(a.ids[0])
        words = {w.strip(".").lower() for w in _DOTTED_WORD_RE.findall(text, a.start, a.end)}
        prev = _TITLE_BEFORE_RE.search(text[max(0, a.start - 12):a.start])
        if prev:
            words.add(prev.group(1).lower())     # "Mrs May", "Queen Camilla", "spokeswoman Maria Zakharova"
        words |= {w for r in (ent.roles if ent is not None else ()) for w in r.split()}
        f, m = words & _FEMALE_WORDS, words & _MALE_WORDS
        if f and not m:
            out.setdefault(a.ids[0], "f")
        elif m and not f:
            out.setdefault(a.ids[0], "m")
    for pid, g in _pronoun_genders(b, text).items():
        out.setdefault(pid, g)
    return out


_SG_PRONOUN_RE = re.compile(r"\b(?:he|his|him|she|her|hers)\b", re.I)
_SENTENCE_STOP_RE = re.compile(r"[.!?][\s\"”’']+[A-Z]|\n")


def _pronoun_genders(b: _Builder, text: str) -> dict[str, str]:
    """Person id -> 'm'/'f' where the article itself says so: the first singular pronoun after a
    person's name in the same sentence, before any other person is named ("Kagame said he would",
    "Ardern ... her government"); a person the pronouns disagree on is left out."""
    persons = sorted((a for a in b.actors if a.kind == "person" and a.ids and a.form != "pronoun"),
                     key=lambda a: a.start)
    votes: dict[str, set[str]] = {}
    for i, a in enumerate(persons):
        hi = persons[i + 1].start if i + 1 < len(persons) else len(text)
        hi = min(hi, a.end + 200)
        stop = _SENTENCE_STOP_RE.search(text, a.end, hi)
        if stop is not None:
            hi = stop.start()
        m = _SG_PRONOUN_RE.search(text, a.end, hi)
        if m is not None:
            votes.setdefault(a.ids[0], set()).add(_PRONOUNS_SG[m.group().lower()])
    return {pid: next(iter(v)) for pid, v in votes.items() if len(v) == 1}


_SUBORDINATE_GAP = re.compile(r"\b(?:as|after|when|while|because|since|before|until|"
                              + "|".join(forms("say assert add note stress insist claim argue warn", "ing")) + r")\b")


# "X met Y and said he ...": a speech verb coordinated with the subject's verb, right before the pronoun
_AND_SAID_RE = re.compile(r"\band\s+(?:later\s+|also\s+|then\s+)?(?:"
                          + "|".join(forms("say add tell insist stress warn announce", "past s")) + r")\s+(?:that\s+)?$")


_ACTING_NEXT_RE = re.compile(r"\s+(?:(?:also|then|later|had|has|have|was|is|would|will|had)\s+)*"
                             r"(?:said|says|told|called|accused|urged|warned|added|met|insisted|described|"
                             r"criticized|criticised|slammed|denied|rejected|announced|[a-z]+ed)\b")


_GLOSS_OPEN = re.compile(r"\s*[\[(]\s*")


def _bracket_gloss(text: str, a: Actor, actors: list[Actor], starts: list[int]) -> Actor | None:
    """The actor an editor's bracket right after a pronoun names ("they [China]", "it (Iran)"), if
    the bracket holds that actor alone."""
    m = _GLOSS_OPEN.match(text, a.end)
    if m is None:
        return None
    i = bisect.bisect_left(starts, m.end())
    if i >= len(actors) or actors[i].start != m.end() or not actors[i].ids:
        return None
    g = actors[i]
    if not re.match(r"\s*[\])]", text[g.end:g.end + 3]) or g.location and g.kind == "place":
        return None
    return g


# a relative pronoun: the gap after it is a relative clause, not the subject's own ("X, who ... and said")
_RELATIVE_WHO = re.compile(r"\b(?:who|whom|whose)\b")


def _acting_person(text: str, seen: list[Actor], sent_of, k: int) -> Actor | None:
    """The person a sentence shows acting (a name right before its verb), the last such one:
    "Mr Di Maio's meeting came after Italian Interior Minister Matteo Salvini called President
    Macron 'a terrible president'. He said ..." -> Salvini, not Macron (an object)."""
    for r in reversed(seen):
        ks = sent_of[min(r.start, len(sent_of) - 1)]
        if ks < k:
            break
        if ks == k and r.form != "pronoun" and _ACTING_NEXT_RE.match(text, r.end):
            return r
    return None


def _person_in_clause(text: str, a: Actor, w: str, last: Actor, subject: Actor | None, seen: list[Actor],
                      s0: int, sent_of, k: int) -> Actor:
    """he/him/his inside a sentence: the subject of the sentence when the pronoun sits in a clause
    hung on it after a more recent object ("Morales thanked Lopez Obrador, asserting that Mexico had
    saved his life"; "Xi will hold a summit with Putin as he eyes ..."), not across a relative clause
    ("met Kim, who said he ..."); an object him/her is not the subject of its own verb
    ("Chernyshenko welcomed him" -> the person before)."""
    same = last.start >= s0
    if w in ("him", "her") and same and not re.search(r"[,;:]|\b(?:and|but|who|which|that)\b", text[last.end:a.start]) \
            and _prev_word(text, a.start) not in SUBJ_SKIP_PREPS:
        if subject is not None and subject.ids != last.ids and subject.start < last.start:
            return subject      # "Maduro could not attend because Duque had banned him"
        for r in reversed(seen):
            if k - sent_of[min(r.start, len(sent_of) - 1)] > 1:
                break
            if r.ids != last.ids:
                return r
        return last
    if subject is not None and same and subject.ids != last.ids and subject.start < last.start:
        gap = text[last.end:a.start]
        if (_SUBORDINATE_GAP.search(gap) or _AND_SAID_RE.search(gap)) \
                and not _RELATIVE_WHO.search(text[subject.end:a.start]):
            return subject
    return last


# plural nouns of people who act and are no state ("the Houthi rebels", "18 people", "protesters")
_PEOPLE_NOUN_RE = re.compile(r"\b(" + "|".join(sorted(AGENTS)) + r")\b|"
                             r"\b(?:\d[\d,]*|dozens\s+of|hundreds\s+of|thousands\s+of)\s+people\b", re.I)


def _people_noun_between(text: str, lo: int, hi: int) -> bool:
    """Is there a plural noun of people between ``lo`` and ``hi`` ("defended the Iran-backed Houthi
    rebels, saying they ...", "Chinese fishermen were detained and they ..."), a nearer antecedent
    for they/their than the last group of states?"""
    return hi > lo and _PEOPLE_NOUN_RE.search(text, lo, hi) is not None


def _plural_people_before(resolved: list[Actor], a: Actor, s0: int) -> str | None:
    """The state of the nearest plural people named before ``a`` in its sentence ("Many Serbians",
    "Iranian officials", "Russian diplomats")."""
    for r in reversed(resolved):
        if r.start < s0:
            break
        if r.kind == "state" and not r.location and r.state and (
                r.form == "demonym" and r.surface.endswith("s") or r.head and r.head[0] in _PLURAL_HEADS):
            return r.state
    return None


_THING_VERBS = frozenset(v + e for v in """approv approve reject violat violate scrap implement
welcom welcome condemn criticiz criticize criticis criticise denounc denounce describ describe call consider view
discuss review accept endorse endors oppos oppose veto vetoe block suspend lift announc announce
publish releas release deni deny postpon postpone cancel cancell renew extend doubt""".split()
                         for e in ("", "s", "d", "ed", "es", "ing"))


_OBJECT_END = re.compile(r"\s*(?:[.,;:!?)\"”]|$|(?:as|in|on|to|with|for|by|at|from|after|before|because|until|over|"
                         r"into|and|but|or|last|next|this|early|later|earlier|yet)\b)")


def _expletive_it(text: str, a: Actor) -> bool:
    """'It would mark the first time', 'would make it much harder for Iran', 'the biggest expulsion
    of its kind', 'condemned it as', 'rejected it.': no state (an agreement signed or ratified
    keeps its pair: 'ministers had not yet signed it')."""
    w = a.surface.lower()
    if w == "its":
        return text[a.end:a.end + 5] == " kind"
    if w != "it":
        return False
    if _prev_word(text, a.start) in _THING_VERBS and re.match(_OBJECT_END, text[a.end:a.end + 12]):
        return True     # an object ("signed it.", "condemned it as"), not an embedded subject ("announced it has")
    if _EXPLETIVE_AFTER.match(text, a.end) and not (
            _prev_word(text, a.start) in _SAY_BEFORE_IT and _TAKE_ACTION.match(text, a.end)):
        return True     # (not "said it would take strong measures": the speaker acts)
    return bool(_EXPLETIVE_BEFORE.search(text, max(0, a.start - 12), a.start)) and \
        _EXPLETIVE_ADJ.match(text, a.end) is not None


_ORG_HEAD_NEXT = frozenset("""and or but in on at of to for with from by is was were are has had have will would
could can may might said says also which that who as since after over against into under amid""".split())
_PREP_BEFORE = frozenset("""with against to from on in at for by into toward towards over between among about
through""".split())
_INTRUSION_BEFORE = re.compile(r"\b(?:enter(?:s|ed|ing)?|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|invad(?:e|es|ed|ing)|"
                               r"(?:intrud|encroach|stray|strayed|flew|fly|flies|flying|sail(?:ed|s|ing)?|cross(?:ed|es|ing)?)"
                               r"\w*\s+(?:into|onto|over|across))\s+$", re.I)
_OWN_SPACE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:airspace|waters|territory|zone|border|borders|soil|space|"
                              r"frontier)\b", re.I)
_ACCUSE_VERBS = frozenset("""accuse accuses accused accusing blame blames blamed blaming urge urges urged urging ask asks
asked asking tell tells told telling press presses pressed pressing condemn condemns condemned condemning
criticize criticizes criticized criticizing criticise criticised criticising sanction sanctioned sanctioning
punish punished punishing charge charged charging warn warned warning""".split())
_NEIGHBOUR_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:neighbou?rs?|rivals?|arch-?rivals?|foes?|enemy|enemies|adversary|"
                              r"adversaries)\b", re.I)
_ACCUSE_OF = re.compile(r"\b(?P<verb>accus\w*|blam\w*|charg\w*)\s+[^.;:]{1,80}?\s+(?:of|for)\s", re.I)
_POSTED_NOUN = re.compile(r"\s+(?:\w+\s+){0,2}?(?:embassy|embassies|consulate|consulates|ambassador|ambassadors|envoy|"
                          r"envoys|mission|diplomats|nationals|citizens|troops|forces|soldiers)\s+(?:in|to|at)\s+"
                          r"(?:the\s+)?")


# prepositions whose object is the other party of an act ("ties with Panama", "sanctions on Iran")
PARTY_PREPS = frozenset({"with", "against", "to", "toward", "towards", "from", "on"})
_REASON_WORDS = frozenset({"after", "because", "since"})
# "it requested", "it had allowed": an active past deed (not "it was attacked", "it would")
_ACTIVE_DEED = re.compile(r"\s+(?:had\s+|has\s+)?(?:(?:also|repeatedly|allegedly|reportedly|recently)\s+)?"
                          r"(?!was\b|were\b|would\b|will\b|could\b|said\b|says\b|is\b|had\b|has\b)"
                          r"[a-z]{3,}(?:ed|ted)\b")


def _party_object(text: str, r: Actor) -> bool:
    """Is ``r`` the other party of a clause's act: a direct object ("criticized Britain") or the
    object of with/against/on/to ("ties with Panama")?"""
    prev = _prev_word(text, r.start)
    if prev == "the":
        prev = _prev_word(text, text.rfind("the", 0, r.start))
    return prev in PARTY_PREPS or (prev.endswith(("ed", "ned")) and prev not in ("based", "located"))


# the word before a mention, past an article: "([A-Za-z]+)\s+(?:(?:the|a|an)\s+)?$" matched from the end,
# on the reversed text (spaces, an optional article, then the word's whole run of letters)
_PREP_BEFORE_REV = re.compile(r"\s+(?:(?:eht|a|na)\s+)?([A-Za-z]+)")


def _after_prep(text: str, start: int, possessive: bool = False, party: bool = False) -> bool:
    """Is the mention at ``start`` the object of a preposition ("ties with Iran", "against the DRC";
    a possessive also after "as": "see Kosovo as their country's birthplace")? With ``party``, only
    of one that names the other party of an act ("with the US military attache")."""
    m = _PREP_BEFORE_REV.match(text[max(0, start - 24):start][::-1])
    if not m:
        return False
    w = m.group(1)[::-1].lower()
    if party:
        return w in PARTY_PREPS
    return w in _PREP_BEFORE or possessive and w == "as"


def _it_candidate(text: str, r: Actor) -> tuple[tuple[str, ...], tuple[str | None, ...], str] | None:
    """What "it"/"its" would stand for if ``r`` were its antecedent: a state (a state named as an
    actor, not a national adjective before a thing; a person's state), an organisation or armed
    group named as a head ("sanctions on Wagner", not "the IAEA report"); None otherwise."""
    if r.location or r.is_group or not r.ids:
        return None
    if re.match(r"[-‐‑][a-z]", text[r.end:r.end + 2]):
        return None     # "E.U.-sanctioned goods through its territory", "an Iran-backed militia ... its": a modifier
    if r.kind == "state" and r.state:
        if r.form == "demonym" and not _actor_head(r.head) and not r.possessive:
            return None
        return (r.state,), (r.state,), "state"
    if r.kind == "person" and r.state:
        return (r.state,), (r.state,), "state"
    if r.kind == "org" and len(r.ids) == 1 and r.form in ("org", "group_org"):
        word = re.match(r"[\w'’-]+", text[r.end:r.end + 30].lstrip())
        if r.possessive or not word or word.group().lower() in _ORG_HEAD_NEXT or word.group().endswith("ed"):
            return r.ids, r.states, "org"
    return None


# a closing quotation mark (after a comma or stop) right before "it said"
_QUOTE_END = re.compile(r"[,.]?[”\"]\s*$")
_IT_SAID_AFTER = re.compile(r"\s+(?:" + "|".join(forms("say add state note declare", "past")) + r")\b")


def _quote_subject(text: str, a: Actor, resolved: list[Actor], s0: int, quote: bytearray) -> tuple | None:
    """'Venezuela "has decided to withdraw its ambassador in Brazil ...," it said': "it" right after a
    closing quotation and before a speech verb is the state that opens the quoted claim, outside the
    quotation, not a state named inside it."""
    if a.surface != "it" or not _IT_SAID_AFTER.match(text, a.end) \
            or not _QUOTE_END.search(text[max(s0, a.start - 4):a.start]):
        return None
    outside = [r for r in resolved if s0 <= r.start < a.start and not quote[r.start] and r.kind == "state"
               and not r.location and not r.is_group and r.states and r.states[0]]
    if not outside:
        return None
    r = outside[0]
    return r.ids, r.states, r.kind


# "the U.S. and its allies": only "and" between a state and the possessive
_AND_GAP = re.compile(r"\s+and\s+")


def _it_antecedent(text: str, a: Actor, resolved: list[Actor], s0: int, every: list[Actor] = (),
                   seen: list[str] = ()):
    """The antecedent of "it"/"its" in its own sentence: a salience choice among the states,
    persons' states and organisations named before it (None when the sentence names none):
    * "X's aggression against Y and its support for ..." -> X (the possessor of the coordinated phrase);
    * "Somalia severed ties with Kenya, accusing it of ..." -> not the subject (Kenya);
    * "its embassy in Tehran" is never Tehran's state;
    * otherwise the nearest one that is not the object of a preposition ("Saudi Arabia severed ties
      with Iran after the storming of its embassy" -> Saudi Arabia; "take China to the WTO over its
      tariffs" -> China), else the nearest."""
    cands: list[tuple[Actor, tuple]] = []
    for r in reversed(resolved):
        if r.start < s0:
            break
        if r.end > a.start or r.form == "pronoun" and r.surface.lower() not in ("it", "its"):
            continue
        c = _it_candidate(text, r)
        if c is not None:
            cands.append((r, c))
    cands.reverse()
    if not cands:
        return None
    w = a.surface.lower()
    acc = None
    for m in _ACCUSE_OF.finditer(text, s0, a.start):
        acc = m
    if acc is not None:
        # "Burundi accused Rwanda of supporting rebels who carried out attacks on its soil": the
        # accuser's (an accused does not act on itself)
        before = [x for x in cands if x[0].end <= acc.start()]
        if before and any(x[0].start >= acc.end("verb") for x in cands):
            subj = [x for x in before if not _after_prep(text, x[0].start, x[0].possessive)] or before
            return subj[-1][1]
    if w == "its":
        # "its embassy in Tehran", "its troops in Syria": not the host
        m = _POSTED_NOUN.match(text, a.end)
        if m:
            i = bisect.bisect_left(every, m.end(), key=lambda r: r.start)
            host = every[i] if i < len(every) and every[i].start == m.end() else None
            host_state = host.state if host is not None else None
            if host_state:
                rest = [x for x in cands if x[1][1][0] != host_state]
                if not rest:
                    # "Germany declared diplomats in its embassy in Germany ...": another state, the
                    # one named last before
                    other = next((st for st in reversed(seen) if st != host_state), None)
                    return ((other,), (other,), "state") if other else None
                cands = rest
        verb = _INTRUSION_BEFORE.search(text, max(0, a.start - 40), a.start)
        if verb and _OWN_SPACE_AFTER.match(text, a.end):
            # "Taiwan said Chinese jets had entered its air defence zone": the intruder does not
            # enter its own space; the state whose space it is was named before the intruder
            before = [r for r in every if s0 <= r.start and r.end <= verb.start() and not r.location
                      and r.states and r.states[0] and len(r.ids) == 1]
            intruder = before[-1].states[0] if before else cands[-1][1][1][0]
            rest = [x for x in cands if x[1][1][0] != intruder]
            if rest:
                return rest[-1][1]
            other = next((st for st in reversed(seen) if st != intruder), None)
            return ((other,), (other,), "state") if other else None
        if re.search(r"\band\s+$", text[max(0, a.start - 6):a.start]):
            poss = [x for x in cands if x[0].possessive and "," not in text[x[0].end:a.start]
                    and len(text[x[0].end:a.start].split()) <= 9]
            if poss:
                return poss[-1][1]
            last = cands[-1]
            if last[0].form != "pronoun" and not last[0].possessive \
                    and _AND_GAP.fullmatch(text[last[0].end:a.start]):
                return last[1]      # "concern from the U.S. and its allies": the one just named
    else:
        prev = _prev_word(text, a.start)
        if prev in _REASON_WORDS and len(cands) > 1 and _ACTIVE_DEED.match(text, a.end):
            # "Venezuela broke off relations with Panama after it called a meeting", "China sanctioned
            # Lithuania because it let Taiwan open an office": the reason for a reaction is the
            # other party's deed, so "it" is the party acted on (a direct object or one after
            # with/against/on/to), not the reacting subject
            subj = cands[0][1][1][0]
            party = [x for x in cands if x[1][1][0] != subj and x[0].form not in ("pronoun", "capital")
                     and not x[0].location and _party_object(text, x[0])]
            if party:
                return party[-1][1]
        only_subject = len({x[1][1][0] for x in cands}) == 1
        if prev in _ACCUSE_VERBS and len(cands) > 1:
            # the clause's subject does not act on itself
            cands = [x for x in cands if x[1][1][0] != cands[0][1][1][0]] or cands
        if prev in _ACCUSE_VERBS and a.surface == "it" and only_subject:
            # "Ethiopia denied the claims. Sudan has accused it of arming rebels": the sentence names
            # only the accuser; the accused is the other state named last before
            other = next((st for st in reversed(seen) if st != cands[0][1][1][0]), None)
            if other:
                return (other,), (other,), "state"
    plain = [x for x in cands if not _after_prep(text, x[0].start, x[0].possessive)]
    return (plain or cands)[-1][1]


def _people_group_state(a: Actor, resolved: list[Actor], sent_of, k: int) -> str | None:
    """'the men' after people of one state named in this or the previous sentence ("The Russians
    had diplomatic passports ... the men took photos", "four Russian agents ... the men"): that
    state, not a pair of states."""
    if not _MEN_RE.fullmatch(a.surface):
        return None
    for r in reversed(resolved):
        kr = sent_of[min(r.start, len(sent_of) - 1)]
        if k - kr > 1 or r.kind == "person" and r.form != "pronoun":
            break       # ("Putin met Erdogan ..., and the two men discussed": the named men)
        if r.form == "demonym" and r.states and r.states[0] and not r.location \
                and (r.surface.endswith("s") or r.head[:1] and r.head[0] in _PEOPLE_HEADS):
            return r.states[0]
    return None


_MEN_RE = re.compile(r"(?:the|both)\s+(?:two\s+|three\s+|four\s+)?(?:men|women)", re.I)
# plural heads of a demonym that name people of that state ("Russian agents", "Chinese nationals")
_PEOPLE_HEADS = frozenset("""agents officers nationals citizens men women spies diplomats soldiers sailors
fishermen tourists operatives suspects""".split())


def _group_pair(a: Actor, k: int, resolved: list[Actor], last_plural: Actor | None, sent_of,
                seen: list[str], counts: Counter, cooc: Counter, ex: str | None = None,
                sent_all: tuple[str, ...] = (), prior: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The two states "the two countries", "both sides" stand for: for leaders, the last two
    persons of different states; the two states named before it in its sentence; the article's
    main pair when its sentence names both of them beside others ("with Israel blaming Turkey for
    stoking violence between Azerbaijan and Armenia -- although both sides backed Azerbaijan");
    a pair coordinated in this or the previous sentence ("India and China ... the two countries");
    else, among the states named in the last three sentences, the pair the article names together
    most often (an aside on a third state does not make "the two countries" about it); else the
    last two states named, else the article's main pair. ``ex`` is the state that acts on the
    group ("the Pope is due to visit both nations", "Gonsalves called on the leaders"): never one
    of them."""
    def sent(x: Actor) -> int:
        return sent_of[min(x.start, len(sent_of) - 1)]

    if _LEADERS_RE.search(a.surface):
        # "the two leaders", "both presidents": the last two persons of different states
        sts: list[str] = []
        for r in reversed(resolved):
            if k - sent(r) > 2:
                break
            if r.kind == "person" and not r.is_group and r.state and r.state not in sts and r.state != ex:
                sts.append(r.state)
                if len(sts) == 2:
                    return tuple(reversed(sts))
    own: list[str] = []     # "X confirms that Israel has agreed ..., but says that the countries ..."
    for r in resolved:
        if sent(r) == k and not r.location and not r.is_group and r.state and r.state not in own and r.state != ex:
            own.append(r.state)
    if len(own) == 2:
        return tuple(own)
    if len(prior) == 2 and ex not in prior and set(prior) <= set(sent_all) and len(set(sent_all)) > 2:
        return prior
    if ex is not None:
        rest = [st for st in sent_all if st != ex]
        if len(rest) == 2:
            return tuple(rest)
    def outweighed(pair: tuple[str, ...], n: int) -> bool:
        # "While Delhi's relations with China and Pakistan continue to be dogged by disputes, the
        # LBA removes a thorn that has troubled relations between the two countries": an aside on
        # two others does not outweigh the pair the article is about, one of which its sentence names
        return len(prior) == 2 and ex not in prior and set(pair) != set(prior) and bool(set(prior) & set(sent_all)) \
            and cooc[(min(prior), max(prior))] >= 3 * max(n, 1)

    if last_plural is not None and last_plural.form == "coord" and len(last_plural.states) == 2 \
            and k - sent(last_plural) <= 1 and ex not in last_plural.states:
        lp = last_plural.states
        return prior if outweighed(lp, cooc[(min(lp), max(lp))]) else lp
    recent: list[str] = []       # most recent first
    for r in reversed(resolved):
        if k - sent(r) > 2:
            break
        if r.location or r.is_group:
            continue
        for st in r.states:
            if st and st not in recent and st != ex:
                recent.append(st)
    best = None
    for i, x in enumerate(recent):
        for j in range(i + 1, len(recent)):
            y = recent[j]
            n = cooc[(min(x, y), max(x, y))]
            score = (n, counts[x] + counts[y], -j)
            if n and (best is None or score > best[0]):
                best = (score, (y, x))
    if best is not None and outweighed(best[1], best[0][0]):
        return prior
    if best is not None:
        return best[1]
    if len(prior) == 2 and ex not in prior:
        return prior        # no pair named together lately: the pair the article names together most
    return _recent_pair([st for st in seen if st != ex], counts)


_ACTS_ON_GROUP = frozenset("""visit visits visited visiting urge urges urged urging ask asks asked asking invite invites
invited inviting tell tells told telling warn warns warned warning thank thanks thanked thanking praise praises
praised praising host hosts hosted hosting meet meets met meeting criticize criticized criticise criticised
condemn condemns condemned condemning accuse accuses accused accusing blame blames blamed blaming press pressed
pressing welcome welcomed welcoming mediate mediated mediating on upon with against toward towards from""".split())


def _acting_on_group(text: str, a: Actor, resolved: list[Actor], s0: int) -> str | None:
    """The state that acts on a group phrase in object position ("Pope Francis is due to visit both
    nations", "a letter by Gonsalves calling on the leaders", "talks with the two countries"): the
    nearest state or person before it in its sentence; None when the phrase is a subject or
    follows 'between'."""
    if _prev_word(text, a.start) not in _ACTS_ON_GROUP:
        return None
    for r in reversed(resolved):
        if r.start < s0:
            break
        if r.kind in ("state", "person") and not r.location and not r.is_group and r.state:
            return r.state
    return None


_FRONTING = frozenset("""in after despite amid with following since before as while although though during
by under unlike like""".split())


_FIRST_WORD_RE = re.compile(r"\s*[\"“‘']?(\w+)")


def _fronted_subjects(actors: list[Actor], text: str, sentences) -> dict[int, Actor]:
    """Sentence -> the subject after a fronted phrase ("In a controversial move that ..., South Africa
    will ..."; "After its troops crossed the border, Russia said ..."): the state or person right
    after the phrase's closing comma, when the sentence opens with a preposition or subordinator."""
    out: dict[int, Actor] = {}
    starts = [a.start for a in actors]
    for k, (s0, s1) in enumerate(sentences):
        m = _FIRST_WORD_RE.match(text, s0, s1)
        if not m or m.group(1).lower() not in _FRONTING or not m.group(1)[0].isupper():
            continue
        seg = text[s0:s1]
        comma = seg.find(", ")
        while comma != -1:
            # the first comma followed (within a few words) by a state or person
            pos = s0 + comma + 2
            i = bisect.bisect_left(starts, pos)
            if i < len(actors) and actors[i].start < s1 and actors[i].kind in ("state", "person") \
                    and not actors[i].location and actors[i].form != "pronoun" \
                    and re.fullmatch(r"(?:(?:the|a|an|[A-Z][\w’'.-]*)\s+){0,3}", text[pos:actors[i].start]):
                out[k] = actors[i]
                break
            comma = seg.find(", ", comma + 2)
    return out


_CLAUSE_WORD_RE = re.compile(r"\w[\w’'.-]*")


def _opens_clause(text: str, s0: int, pos: int) -> bool:
    """True when only title words, determiners or an intro phrase ending in a comma come before
    ``pos`` in its sentence ("Israeli Prime Minister X", "On Monday, X")."""
    prefix = text[s0:pos]
    if "," in prefix and len(prefix[:prefix.rindex(",")].split()) <= 6:
        prefix = prefix[prefix.rindex(",") + 1:]
    words = _CLAUSE_WORD_RE.findall(prefix)
    if 2 <= len(words) <= 3 and words[0].lower() in ("the", "a", "an") and all(
            w.islower() and w not in SUBJ_SKIP_PREPS and w not in _VERBISH for w in words[1:]):
        return True     # "A somber Morales thanked ...", "The embattled president"
    return len(words) <= 5 and all(_clean_word(w).lower() in _TITLE_WORDS or w.lower() in ("the", "a", "an")
                                   or _clean_word(w).lower().endswith("minister") for w in words)


_REGIME_AFTER = re.compile(r"(?:['’]s)?\s+(?:\w+\s+)?regime\b")
_LEADERS_RE = re.compile(r"\b(?:leaders|presidents|men|premiers|ministers|heads)\b", re.I)


def _recent_pair(seen: list[str], counts: Counter) -> tuple[str, ...]:
    if len(seen) >= 2:
        return tuple(seen[-2:][::-1][::-1])
    if len(counts) >= 2:
        return tuple(s for s, _ in counts.most_common(2))
    return ()


def _main_dyad(actors: list[Actor]) -> tuple[tuple[str, ...], float]:
    c: Counter = Counter()
    for a in actors:
        if a.location:
            continue
        for s in a.states:
            if s:
                c[s] += 1
    if len(c) < 2:
        return tuple(s for s, _ in c.most_common(1)), 1.0 if c else 0.0
    (a, na), (bb, nb) = c.most_common(2)
    total = sum(c.values())
    return (a, bb), (na + nb) / total


def _home_state(actors: list[Actor], text: str) -> str | None:
    for a in actors:
        if a.kind in ("state", "person") and a.state and not a.location:
            return a.state
    return None


_NAMED_FORMS = frozenset({"state", "demonym", "name", "alias", "abbrev", "capital", "seat", "title", "short",
                          "territory", "region", "grouplist", "junta", "group_org"})


def mentioned_states(result: ActorResult) -> set[str]:
    """States the article names as actors (by name, adjective, capital or seat, through a person
    with a role, a listed group or a junta), not only as the location of something. An analyst
    wants them among the article's entities even when no event links them."""
    out: set[str] = set()
    for a in result.actors:
        if a.location or a.form not in _NAMED_FORMS:
            continue
        if a.kind == "person":
            ent = result.entities.get(a.id)
            if ent is None or not ent.roles:
                continue
        for st in a.states:
            if st and re.fullmatch(r"[A-Z]{3}", st):
                out.add(st)
    return out


def slug(name: str) -> str:
    """The slug used for person and place ids."""
    return slugify(name)


_IGO_TITLE_GAP = re.compile(r"[\w\s-]*")


def igo_officials(result: ActorResult, text: str) -> set[tuple[int, int]]:
    """Spans of persons of no state titled by an international organisation just before their
    name ("NATO Secretary General Anders Fogh Rasmussen", "UN Secretary-General Antonio Guterres",
    "EU foreign policy chief Josep Borrell"): they act for the organisation."""
    out: set[tuple[int, int]] = set()
    orgs = [a for a in result.actors if a.kind == "org" and a.ids and str(a.ids[0]).startswith("org:")]
    for a in result.actors:
        if a.kind != "person" or any(a.states):
            continue
        for o in orgs:
            gap = text[o.end:a.start]
            if o.end <= a.start <= o.end + 40 and _IGO_TITLE_GAP.fullmatch(gap) and len(gap.split()) <= 4:
                out.add((a.start, a.end))
                break
    return out
