"""Tokens and trigger patterns: the small matching machinery the event and trend coders share.

A pattern is a sequence of token specs read from a lexicon row (see
``data/cameo_verbs.tsv`` for the syntax): literal words, verb or noun
inflections, alternatives, optional words, bounded gaps and actor slots. The
lexicon is compiled once into a dict keyed by the first token's forms, so
matching a sentence costs one dict look-up per token plus a short check of the
few candidate patterns.

>>> toks = tokenize("Kim Jong-un won't visit Moscow.")
>>> [t.norm for t in toks]
['kim', 'jong-un', 'wo', 'not', 'visit', 'moscow', '.']
>>> "visited" in verb_forms("visit") and "banned" in verb_forms("ban")
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from diplograph.ingest.numbers import cardinals, pick

__all__ = ["Pattern", "PatternIndex", "Tok", "default_index", "load_lexicons", "load_patterns", "noun_forms",
           "tokenize", "verb_forms", "verb_words"]

# abbreviations ("U.S."), a word before "n't", "n't", "'s", words with inner hyphens or dots, any
# other character. The first branch is a shortcut that changes no token: a word followed by no
# hyphen, dot or apostrophe is the token the other branches would give (an abbreviation has a dot
# after its first letter), found in one scan.
_TOKEN_RE = re.compile(r"\w++(?![-.'’])|(?:[A-Za-z]\.){2,}(?![A-Za-z])|\w+(?=n['’]t\b)|n['’]t\b|['’]s\b"
                       r"|\w+(?:[-.]\w+)*|[^\w\s]")
GAP_STOP = frozenset({".", ";", "!", "?", ":", "(", ")"})
# words an actor slot may step over before the actor's span starts
SLOT_SKIP = frozenset({"the", "his", "her", "their", "its", "our", "president", "prime", "minister", "foreign",
                       "secretary", "king", "queen", "emir", "crown", "prince", "chancellor", "premier", "vice",
                       "deputy", "defence", "defense", "state", "supreme", "leader", "sheikh", "sultan"}) \
    | frozenset(cardinals(2, 10)) | frozenset(pick("several"))
XPOST_WINDOW = 3
XFAR_WINDOW = 8


class Tok:
    """A word or punctuation token: normalised form and character span in the article."""

    __slots__ = ("end", "norm", "start", "text")

    def __init__(self, text: str, norm: str, start: int, end: int) -> None:
        self.text = text
        self.norm = norm
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Tok({self.text!r}@{self.start})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` ("n't" becomes "not")."""
    if end is None:
        end = len(text)
    ms = list(_TOKEN_RE.finditer(text, start, end))
    words = list(map(re.Match.group, ms))
    norms = list(map(str.lower, words))
    if text.find("’", start, end) >= 0:
        norms = [w.replace("’", "'") for w in norms]
    if "n't" in norms:
        norms = ["not" if w == "n't" else w for w in norms]
    return list(map(Tok, words, norms, map(re.Match.start, ms), map(re.Match.end, ms)))


_IRREGULAR = {
    "meet": ("met",), "hold": ("held",), "take": ("took", "taken"), "shoot": ("shot",),
    "break": ("broke", "broken"), "cut": ("cut",), "send": ("sent",), "withdraw": ("withdrew", "withdrawn"),
    "strike": ("struck", "stricken"), "fight": ("fought",), "lead": ("led",), "sell": ("sold",),
    "give": ("gave", "given"), "make": ("made",), "leave": ("left",), "hit": ("hit",), "set": ("set",),
    "put": ("put",), "bring": ("brought",), "speak": ("spoke", "spoken"), "tell": ("told",),
    "say": ("said",), "seek": ("sought",), "forgive": ("forgave", "forgiven"), "fly": ("flew", "flown"),
    "go": ("went", "gone"), "freeze": ("froze", "frozen"), "begin": ("began", "begun"),
    "build": ("built",), "pay": ("paid",), "win": ("won",), "lose": ("lost",), "throw": ("threw", "thrown"),
    "draw": ("drew", "drawn"), "rise": ("rose", "risen"), "keep": ("kept",), "come": ("came",),
    "run": ("ran",), "grow": ("grew", "grown"), "know": ("knew", "known"), "see": ("saw", "seen"),
    "do": ("did", "done"), "have": ("had",), "slay": ("slew", "slain"), "swear": ("swore", "sworn"),
    "undertake": ("undertook", "undertaken"), "overtake": ("overtook", "overtaken"),
    "blow": ("blew", "blown"), "shake": ("shook", "shaken"), "mislead": ("misled",),
    "bid": ("bid",), "quit": ("quit",), "spread": ("spread",), "wage": ("waged",),
    "withhold": ("withheld",), "uphold": ("upheld",), "lend": ("lent",), "spend": ("spent",),
    "overthrow": ("overthrew", "overthrown"), "beat": ("beat", "beaten"), "stand": ("stood",),
    "tear": ("tore", "torn"), "lay": ("laid",), "forbid": ("forbade", "forbidden"), "rebuild": ("rebuilt",),
    "retake": ("retook", "retaken"), "flee": ("fled",), "oversee": ("oversaw", "overseen"),
    "buy": ("bought",), "fall": ("fell", "fallen"), "sink": ("sank", "sunk"), "steal": ("stole", "stolen"),
    "choose": ("chose", "chosen"), "sweep": ("swept",), "deal": ("dealt",), "catch": ("caught",),
    "drive": ("drove", "driven"), "hide": ("hid", "hidden"), "overrun": ("overran", "overrun"),
    "shut": ("shut",), "shed": ("shed",), "feed": ("fed",), "dig": ("dug",), "bear": ("bore", "borne"),
    "forsake": ("forsook", "forsaken"), "undo": ("undid", "undone"),
}
_DOUBLE = frozenset({
    "admit", "commit", "regret", "occur", "refer", "prefer", "control", "patrol", "compel", "expel",
    "propel", "rebel", "equip", "omit", "submit", "transmit", "permit", "kidnap", "worship", "format",
    "overrun", "upset", "forget", "outfit", "begin", "confer", "transfer", "defer", "deter", "rebut", "annul",
    "dispel", "repel", "impel", "excel", "acquit", "abet", "embed", "incur", "recur", "concur", "infer",
    "allot", "remit", "emit", "outbid", "outstrip", "instil", "fulfil", "enrol", "extol",
})
_VOWELS = set("aeiou")


@lru_cache(maxsize=4096)
def verb_forms(lemma: str) -> tuple[str, ...]:
    """Every inflection of a verb lemma: base, -s, -ed, -ing and known irregular forms."""
    if " " in lemma or not lemma.isalpha() and "-" not in lemma:
        return (lemma,)
    forms = {lemma}
    last = lemma[-1]
    syll = len(re.findall(r"[aeiouy]+", lemma))
    double = lemma in _DOUBLE or (
        syll == 1 and len(lemma) >= 3 and last not in "wxy" and last not in _VOWELS
        and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS)
    if lemma.endswith("ie") and len(lemma) <= 4:
        forms |= {lemma + "s", lemma + "d", lemma[:-2] + "ying"}     # tie, tying
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d"}
        forms.add(lemma + "ing" if lemma.endswith(("ee", "ye", "oe")) else lemma[:-1] + "ing")
    elif last == "y" and lemma[-2] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    elif double:
        forms |= {lemma + "s", lemma + last + "ed", lemma + last + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    if last == "o" and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms.add(lemma + "es")     # vetoes, torpedoes, goes
    if last == "l" and (syll >= 2 and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS or lemma.endswith("uel")):
        forms |= {lemma + "led", lemma + "ling"}    # British spelling: cancelled, travelled, signalled
    forms |= set(_IRREGULAR.get(lemma, ()))
    return tuple(sorted(forms))


def noun_forms(noun: str) -> tuple[str, ...]:
    """Singular and plural of a noun."""
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return (noun, noun[:-1] + "ies")
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return (noun, noun + "es")
    if noun.endswith("o") and len(noun) > 2 and noun[-2] not in _VOWELS:
        return (noun, noun + "es", noun + "s")     # embargoes, vetoes (and memos, photos)
    return (noun, noun + "s")


PAST_PARTICIPLES: set[str] = set()
for _lemma, _irr in _IRREGULAR.items():
    PAST_PARTICIPLES.add(_irr[-1])


def is_past_participle(word: str) -> bool:
    """A cheap test: regular -ed forms and known irregular participles."""
    return word.endswith("ed") or word in PAST_PARTICIPLES


# auxiliaries and light verbs ("take part", "hold talks", "impose sanctions"): verb forms no trigger
# lists as its head
AUX_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
                       "may", "might", "shall", "should", "must", "did", "does", "do", "wo", "'ll", "ca",
                       "been", "be"})
LIGHT_VERBS = frozenset("""take takes took taken taking hold holds held holding launch launched launches
launching begin began begun begins conduct conducted conducts stage staged stages make made makes give gave
given gives issue issued issues impose imposed imposes declare declared declares announce announced
announces carry carried carries slap slapped lift lifted end ended ending start started reach reached
sign signed mount mounted order ordered offer offered express expressed voice voiced have resulted
result results led lead leads join joined seek sought""".split())


@dataclass(slots=True)
class Item:
    kind: str                 # lit | opt | gap | actor
    forms: frozenset[str] = frozenset()
    n: int = 0


@dataclass(slots=True)
class Pattern:
    """One compiled lexicon row."""

    code: str
    text: str
    items: list[Item]
    head: int
    flags: frozenset[str]
    conf: float
    n_lit: int
    line: int
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def rule(self) -> str:
        """The rule name used in evidence: code and pattern."""
        return f"{self.code}:{self.text}"


def _token_forms(spec: str) -> frozenset[str]:
    out: set[str] = set()
    for alt in spec.split("|"):
        if alt.endswith("+"):
            out.update(verb_forms(alt[:-1]))
        elif alt.endswith("~"):
            out.update(noun_forms(alt[:-1]))
        else:
            out.add(alt)
    return frozenset(out | _re_hyphened(out))


# verbs whose hyphenated spelling is another word ("re-sign" a contract is no "resign")
_RE_HYPHEN_APART = ("resign", "releas", "reform", "recover", "repress", "recount", "recreat", "resent", "reserv",
                    "resolv", "represent", "remark", "refus", "retreat", "recollect", "react", "report", "return",
                    "reward", "restrain", "retir", "resort", "reside", "relay")


def _re_hyphened(forms) -> set[str]:
    """The 're-' spellings of a row's 're' words ("re-opened", "re-imposing", "re-consider"): added
    when a row is compiled, so the tokenizer stays as it is."""
    return {"re-" + f[2:] for f in forms if f.startswith("re") and len(f) > 5 and f[2] != "-"
            and not f.startswith(_RE_HYPHEN_APART)}


def compile_pattern(code: str, text: str, flags: str, line: int = 0) -> Pattern:
    """Compile one lexicon row; raises ValueError naming the problem."""
    items: list[Item] = []
    head = 0
    for raw in text.split():
        tok = raw
        if tok.startswith("^"):
            head = len(items)
            tok = tok[1:]
        if tok == "*" or re.fullmatch(r"\*\d+", tok):
            items.append(Item("gap", n=int(tok[1:] or 4)))
        elif tok == "X":
            items.append(Item("actor"))
        elif tok.startswith("(") and tok.endswith(")"):
            items.append(Item("opt", _token_forms(tok[1:-1])))
        else:
            items.append(Item("lit", _token_forms(tok)))
    if not items or items[0].kind != "lit":
        raise ValueError(f"line {line}: a pattern must start with a word: {text!r}")
    if items[head].kind != "lit":
        raise ValueError(f"line {line}: the head must be a word: {text!r}")
    fl = set()
    conf = 0.8
    extra: dict[str, str] = {}
    for f in (x.strip() for x in flags.split(",") if x.strip()):
        if f.startswith("conf="):
            conf = float(f[5:])
        elif "=" in f:
            k, v = f.split("=", 1)
            extra[k] = v
        else:
            fl.add(f)
    n_lit = sum(1 for i in items if i.kind == "lit")
    return Pattern(code, text, items, head, frozenset(fl), conf, n_lit, line, extra)


@dataclass(slots=True)
class Match:
    """A pattern found in a token list: token positions of its items."""

    pattern: Pattern
    start: int
    end: int                  # exclusive
    head: int
    lit_positions: tuple[int, ...]
    actor_positions: tuple[int, ...] = ()


class PatternIndex:
    """Patterns keyed by the forms of their first token, with a one-edit typo tolerance."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        self.by_first: dict[str, list[Pattern]] = {}
        for p in patterns:
            for f in p.items[0].forms:
                self.by_first.setdefault(f, []).append(p)
        for lst in self.by_first.values():
            lst.sort(key=lambda p: -p.n_lit)
        self._typo: dict[str, str] = {}
        for f in self.by_first:
            if len(f) >= 7 and f.isalpha():
                self._typo.setdefault(f, f)
        # per first word: its patterns, each with the checks find() makes, and the patterns indexed
        # by the words of their first needed word set (built once per word, see _candidates)
        self._memo: dict[str, tuple | None] = {}
        # the literal words (after the first) each pattern needs somewhere in the sentence: a
        # pattern whose words are absent is not tried (same matches, far fewer attempts)
        self._needs: dict[int, tuple[frozenset[str], ...]] = {
            id(p): tuple(it.forms for it in p.items[1:] if it.kind == "lit") for p in patterns}
        # xpost=a|b: the match is void when one of these words follows within XPOST_WINDOW tokens
        # ("meet the needs of", "take effect" of tariffs)
        self._xpost: dict[int, frozenset[str]] = {
            id(p): frozenset(p.extra["xpost"].split("|")) for p in patterns if "xpost" in p.extra}
        # xnext=a|b: the match is void when the very next token is one of these ("signs that")
        self._xnext: dict[int, frozenset[str]] = {
            id(p): frozenset(p.extra["xnext"].split("|")) for p in patterns if "xnext" in p.extra}
        # xgap=a|b: the match is void when one of these words lies inside it ("dispatched
        # warplanes to patrol" is no peacekeeping; "responsibility for peace lies with" no blame)
        self._xgap: dict[int, frozenset[str]] = {
            id(p): frozenset(p.extra["xgap"].split("|")) for p in patterns if "xgap" in p.extra}
        # xfar=a|b: the match is void when one of these words follows within XFAR_WINDOW tokens
        # in the same sentence part ("retaliates against the U.S. and EU with an import ban")
        self._xfar: dict[int, frozenset[str]] = {
            id(p): frozenset(p.extra["xfar"].split("|")) for p in patterns if "xfar" in p.extra}

    def _lookup(self, norm: str) -> list[Pattern] | None:
        got = self.by_first.get(norm)
        if got is not None or len(norm) < 8 or not norm.isalpha():
            return got
        for i in range(1, len(norm)):  # one letter typed twice: "accussed" -> "accused"
            if norm[i] != norm[i - 1]:
                continue        # a dropped letter that doubles nothing makes another real word:
                # "indicated" is no "indicted", "bordering" no "ordering", "presidents" no "residents"
            cand = norm[:i] + norm[i + 1:]
            if cand in self._typo:
                return self.by_first[cand]
        return None

    def _candidates(self, norm: str) -> tuple | None:
        """The patterns a token ``norm`` may start, in the order find() tries them: a list of
        (pattern, needed word sets after the first, xpost, xnext, xgap, xfar, the word sets after
        the first of a pattern of words only or None); the positions in it of patterns that need no
        word; each word of a first needed set mapped to the positions of the patterns needing it;
        and the set of those words."""
        pats = self._lookup(norm)
        if not pats:
            return None
        cands: list[tuple] = []
        free: list[int] = []
        by_word: dict[str, list[int]] = {}
        for k, p in enumerate(pats):
            need = self._needs[id(p)]
            # (a pattern of words only has no gap, option or actor slot: see _match_words)
            lits = tuple(it.forms for it in p.items[1:]) if all(it.kind == "lit" for it in p.items) else None
            cands.append((p, need[1:], self._xpost.get(id(p)), self._xnext.get(id(p)), self._xgap.get(id(p)),
                          self._xfar.get(id(p)), lits))
            if not need:
                free.append(k)
            else:
                for w in need[0]:
                    by_word.setdefault(w, []).append(k)
        return cands, tuple(free), {w: tuple(ks) for w, ks in by_word.items()}, frozenset(by_word)

    def find(self, toks: list[Tok], lo: int, hi: int, actor_starts: dict[int, int] | None = None) -> list[Match]:
        """All matches of all patterns starting in toks[lo:hi]."""
        out: list[Match] = []
        actor_starts = actor_starts or {}
        memo = self._memo
        present: set[str] | None = None
        for i in range(lo, hi):
            norm = toks[i].norm
            got = memo.get(norm, False)
            if got is False:
                got = self._candidates(norm)
                if len(memo) < 200_000:
                    memo[norm] = got
            if got is None:
                continue
            cands, free, by_word, first_words = got
            if present is None:
                present = {t.norm for t in toks[lo:hi]}
            # only patterns whose first needed word set meets the sentence are tried (most do not),
            # in their order in cands
            hits = present.intersection(first_words)
            if not hits:
                if not free:
                    continue
                order: tuple[int, ...] | list[int] = free
            elif len(hits) == 1 and not free:
                order = by_word[hits.pop()]
            else:
                ks = set(free)
                for w in hits:
                    ks.update(by_word[w])
                order = sorted(ks)
            for k in order:
                p, need, xpost, xnext, xgap, xfar, lits = cands[k]
                for f in need:
                    if f.isdisjoint(present):
                        break
                else:
                    m = _match_at(p, toks, i, hi, actor_starts) if lits is None else _match_words(p, lits, toks, i, hi)
                    if m is None:
                        continue
                    if xpost and any(t.norm in xpost for t in toks[m.end:m.end + XPOST_WINDOW]):
                        continue
                    if xnext and m.end < len(toks) and toks[m.end].norm in xnext:
                        continue
                    if xgap and any(t.norm in xgap for t in toks[m.start:m.end]):
                        continue
                    if xfar and _far_word(toks, m.end, xfar):
                        continue
                    out.append(m)
        return out


def _far_word(toks: list[Tok], end: int, words: frozenset[str]) -> bool:
    """One of ``words`` within XFAR_WINDOW tokens after ``end``, before a gap stop."""
    for t in toks[end:end + XFAR_WINDOW]:
        if t.norm in GAP_STOP:
            return False
        if t.norm in words:
            return True
    return False


def _match_words(p: Pattern, lits: tuple[frozenset[str], ...], toks: list[Tok], i: int, hi: int) -> Match | None:
    """_match_at for a pattern of words only: the words after toks[i] in a row, nothing to try
    another way."""
    end = i + 1 + len(lits)
    if end > hi:
        return None
    for k, forms in enumerate(lits, i + 1):
        if toks[k].norm not in forms:
            return None
    return Match(p, i, end, i + p.head, tuple(range(i, end)))


def _match_at(p: Pattern, toks: list[Tok], i: int, hi: int, actor_starts: dict[int, int]) -> Match | None:
    pos: list[tuple[int, int]] = []   # (item index, token index) of matched words
    actors: list[int] = []
    items = p.items

    def rec(k: int, j: int) -> int | None:
        if k == len(items):
            return j
        it = items[k]
        if it.kind == "lit" or it.kind == "opt":
            if j < hi and (toks[j].norm in it.forms or (k == 0 and j == i)):
                pos.append((k, j))
                r = rec(k + 1, j + 1)
                if r is not None:
                    return r
                pos.pop()
            return rec(k + 1, j) if it.kind == "opt" else None
        if it.kind == "actor":
            e = actor_starts.get(j)
            t = j
            while e is None and t < hi and t - j < 4 and toks[t].norm in SLOT_SKIP:
                # "from the United States", "called on Prime Minister Sheikh Hasina", "met his Chinese
                # counterpart": articles and titles the actors stage left out of the name
                t += 1
                e = actor_starts.get(t)
            if e is None:
                return None
            actors.append(t)
            r = rec(k + 1, e)
            if r is not None:
                return r
            actors.pop()
            return None
        for g in range(it.n + 1):  # gap
            jj = j + g
            if jj > hi:
                break
            if g and toks[jj - 1].norm in GAP_STOP:
                break
            r = rec(k + 1, jj)
            if r is not None:
                return r
        return None

    end = rec(0, i)
    if end is None:
        return None
    matched = dict(pos)     # item index -> token index (each item matched once)
    return Match(p, i, end, matched.get(p.head, pos[0][1]), tuple(matched.values()), tuple(actors))


def _expand_multiword(text: str) -> list[str]:
    """Rows whose alternatives hold several words ("pull_out") become one pattern per variant."""
    variants: list[list[str]] = [[]]
    for tok in text.split():
        head = tok.startswith("^")
        body = tok[1:] if head else tok
        if "_" not in body or body.startswith("("):
            variants = [v + [tok] for v in variants]
            continue
        alts = body.split("|")
        single = [a for a in alts if "_" not in a]
        options: list[list[str]] = []
        if single:
            options.append([("^" if head else "") + "|".join(single)])
        for a in alts:
            if "_" in a:
                words = a.split("_")
                options.append([("^" if head else "") + words[0]] + words[1:])
        variants = [v + o for v in variants for o in options]
    return [" ".join(v) for v in variants]


def _data_path(name: str) -> Path:
    return Path(str(resources.files("diplograph.ingest").joinpath("data", name)))


@lru_cache(maxsize=8)
def load_patterns(name: str = "cameo_verbs.tsv") -> PatternIndex:
    """Compile a lexicon file from ``diplograph/ingest/data`` (cached)."""
    return PatternIndex(_read_patterns(name))


@lru_cache(maxsize=8)
def load_lexicons(names: tuple[str, ...]) -> PatternIndex:
    """Compile several lexicon files from ``diplograph/ingest/data`` into one index (cached)."""
    patterns: list[Pattern] = []
    for name in names:
        patterns.extend(_read_patterns(name))
    return PatternIndex(patterns)


# the CAMEO trigger lexicons in ``diplograph/ingest/data``, verbal and nominal rows
CAMEO_LEXICONS = ("cameo_verbs.tsv", "cameo_nouns.tsv")


def default_index() -> PatternIndex:
    """The compiled CAMEO lexicon, verbal and nominal rows (cached)."""
    return load_lexicons(CAMEO_LEXICONS)


@lru_cache(maxsize=1)
def verb_words() -> frozenset[str]:
    """Word forms that are verbs: inflections of every verbal trigger's head, light verbs,
    auxiliaries and irregular past participles (used to tell "Turkey took part in exercises" from
    "Turkish exercises", and a verb from a capitalised word in a title-case headline)."""
    out: set[str] = set(LIGHT_VERBS) | set(AUX_VERBS) | set(PAST_PARTICIPLES)
    for p in default_index().patterns:
        if "V" in p.flags:
            out.update(f for f in p.items[p.head].forms if f.isalpha() and len(f) > 3)
    return frozenset(out)


def _read_patterns(name: str) -> list[Pattern]:
    path = _data_path(name)
    patterns: list[Pattern] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise ValueError(f"{path}:{n}: expected code<TAB>pattern<TAB>flags")
        code, text = parts[0].strip(), parts[1].strip()
        flags = parts[2].strip() if len(parts) > 2 else ""
        for variant in _expand_multiword(text):
            try:
                patterns.append(compile_pattern(code, variant, flags, n))
            except ValueError as exc:
                raise ValueError(f"{path}:{n}: {exc}") from None
    return patterns
