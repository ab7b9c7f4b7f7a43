"""Factuality of an event from the words of its own clause: occurred, planned, possible, negated.

The cue window is the clause up to the trigger (auxiliaries, modals, negation,
governing verbs such as "agreed to", "has yet to", "was not able to") plus a
few words after it ("... was called off"). Priority: negated > possible >
planned > occurred. A future date for an event that the words call occurred
makes it planned.

>>> factuality("Kim Jong-un will travel to".split(), [])
'planned'
>>> factuality("Kim has yet to make".split(), [])
'negated'
>>> factuality("Xi and Kim could have their first-ever face-to-face".split(), [])
'possible'
"""

from __future__ import annotations

import re

from diplograph.ingest.lexicon import verb_words

__all__ = ["called_off_after_but", "factuality", "headline_future", "is_past_perfect"]

# The cue regexes of factuality() are written in lower case and compiled without re.IGNORECASE: they
# run on _fold()-ed words, where they find what a case-insensitive search finds in the words as
# written, at the same offsets, about three times faster (an IGNORECASE alternation tries every
# alternative at every word; a case-sensitive one skips those whose first letter differs).
# re.IGNORECASE also equates four non-ASCII letters with ASCII ones (İ ı with i, ſ with s, K with
# k); _fold maps them first, which also keeps the length (İ is the one letter whose lower() is two
# characters).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _fold(s: str) -> str:
    return s.lower() if s.isascii() else s.translate(_FOLD).lower()


_NEG_BEFORE = [
    r"\bhas yet to\b", r"\bhave yet to\b", r"\bhad yet to\b", r"\byet to\b", r"\bnot\b", r"\bnever\b",
    r"\bno\b", r"\bwithout\b", r"\bfailed to\b", r"\bfails to\b", r"\brefused to\b", r"\brefuses to\b",
    r"\bdeclined to\b", r"\bunable to\b", r"\bin lieu of\b", r"\black of\b", r"\bcancel(?:l?ed|s|l?ing)?\b",
    r"\bcalled off\b", r"\bput(?:s|ting)?\s+off\b(?!\s+by\b)", r"\bscrapped\b", r"\bruled out\b", r"\brules out\b", r"\bno longer\b",
    r"\binstead of\b", r"\bnor\b", r"\bneither\b", r"\bnone\s+of\s+(?!whose\b|which\b|whom\b)", r"\bnobody\b", r"\bdenied\b", r"\b(?:was|were)\s+(?:originally\s+)?supposed\s+to\b",
    r"\b(?:was|were)\s+(?:due\s+|supposed\s+|scheduled\s+|set\s+|expected\s+|meant\s+)?to\s+have\b", r"\bpostpon(?:e|es|ed|ing|ement of)\b",
    r"\b(?:barred|banned|prevented|blocked|prohibited|stopped)\s+(?:\S+\s+){0,5}?from\b",
    # a verb of holding back governs the act, which does not happen: "stopped short of condemning",
    # "held off on recognizing", "refrained from", "avoided condemning", "backed away from plans to
    # expel", "abandoned plans to host", "rejected calls to expel", "resisted pressure to send"
    r"\bstop(?:ped|s|ping)?\s+short\s+of\b", r"\b(?:fell|falls|fall|falling)\s+short\s+of\b",
    r"\b(?:held|holds|hold|holding)\s+off(?:\s+(?:on|from)\b|$)", r"\brefrain(?:ed|s|ing)?\s+from\b", r"\bavoid(?:ed|s|ing)?\b",
    r"\b(?:backed|backs|back|backing)\s+(?:away|off|down)\s+from\b",
    r"\b(?:abandon(?:ed|s|ing)?|dropp?(?:ed|s|ing)?|shelv(?:e|ed|es|ing))\s+(?:\w+\s+)?(?:plans?|bids?|efforts?|"
    r"attempts?|ideas?|proposals?)\s+(?:to|for|of)\b",
    r"\b(?:reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|resist(?:ed|s|ing)?|rebuff(?:ed|s|ing)?|defied|defies|defy|"
    r"ignor(?:ed|es|ing))\s+(?:\w+\s+){0,2}?(?:calls?|demands?|requests?|pressure|appeals?|urging)\s+"
    r"(?:\w+\s+){0,3}?to\b",
]
_NEG_AFTER = [
    r"^\W*(?:\w+\W+){0,4}?(?:was|were|has been|had been|is|are|will be|would be)\s+(?:\w+\s+)?(?:cancel(?:l)?ed|"
    r"called off|put off|scrapped|postponed|shelved|scuttled|abandoned|dropped)\b",
    r"^\W*(?:\w+\W+){0,5}?(?:will not|won't|would not|did not|didn't|does not|never|failed to|fail to|fails to|"
    r"could not|couldn't)\s+(?:take place|happen|go ahead|materiali[sz]e)\b",
    # a past or perfect denial of the noun's taking place: "the summit never took place", "has not taken place"
    r"^\W*(?:\w+\W+){0,5}?(?:never|has not|hasn't|have not|haven't|had not|hadn't)\s+(?:yet\s+)?(?:took place|"
    r"taken place|happened|went ahead|gone ahead|materiali[sz]ed)\b",
    r"^\W*(?:\w+\W+){0,4}?(?:not ready|fell through|was off|is off)\b",
]
_POSSIBLE = [
    r"\bcould\b", r"\bmay\b", r"\bmight\b", r"\bpossibly\b", r"\bpotentially\b", r"\bperhaps\b",
    r"\bprobably\b", r"\blikely\b", r"\bunlikely\b", r"\bexpected to\b", r"\bexpects to\b",
    r"\bidea of\b", r"\bconsider(?:s|ing)?\b", r"\bif\b", r"\bunless\b", r"\bwhether\b", r"\bshould\b",
    r"\bpossibility\b", r"\b(?:is|was|be|seems|appears|it's|deemed) possible\b", r"\bpossible that\b", r"\bhopes? to\b", r"\bhoped\b", r"\bseeks? to\b", r"\bwants? to\b",
    r"\bwould like to\b", r"\bmulling\b", r"\bmulls\b", r"\b(?<!the )(?<!his )(?<!her )(?<!their )eye(?:s|ing)\b(?!\s+of\b)", r"\bon\s+(?:the\s+)?verge\s+of\b",
    r"\bon\s+the\s+brink\s+of\b", r"\b(?:is|are|was|were|now|edg(?:e|es|ed|ing))?\s*(?:closer|close)\s+to$", r"\bproposed\b", r"\bproposal\b", r"\bspeculation\b",
    r"\brumou?red\b", r"\bcan\b", r"\bpropos(?:e|es|ing)\b",
    # weighing an act, being open to it: "is weighing sanctions", "said it was open to mediating"
    r"\bweigh(?:s|ed|ing)?\b(?!\s+in\b)", r"\bopen\s+to\b", r"\bexplor(?:e|es|ed|ing)\b",
]
_PLANNED = [
    r"\bwill\b", r"\bwo\b", r"\bshall\b", r"['’]ll\b", r"\bis to\b", r"\bare to\b", r"\bwas to\b", r"\bwere to\b",
    r"\bset to\b", r"\bplans? to\b", r"\bplanned\b", r"\bplanning to\b", r"\bscheduled\b", r"\bdue to\b",
    r"\bgoing to\b", r"\bintends? to\b", r"\bintention\b", r"\bagreed to\b", r"\bagree to\b", r"\bagrees to\b",
    r"\bpledged? to\b", r"\bpromised? to\b", r"\bvowed? to\b", r"\bupcoming\b", r"\bforthcoming\b",
    r"\bnext\b", r"\baim(?:s|ed|ing)? to\b", r"\btasked with\b", r"\bordered\b", r"\bwould\b", r"\bready to\b",
    r"\bprepar(?:e|es|ed|ing) to\b", r"\b(?<!appears )(?<!appeared )(?<!appear )(?<!seems )(?<!seemed )(?<!seem )to be\b",
    r"\bagreeing to\b",
    r"\bwill see\b", r"\bforced to\b", r"\bplans\s+(?:a|an)\b", r"\bplanning\s+(?:a|an)\b", r"\bpoised to\b", r"\bon\s+(?:track|course)\s+to\b",
    r"\bgear(?:s|ed|ing)?\s+up\s+(?:to|for)\b", r"\b(?:is|are)\s+supposed\s+to\b", r"\bexpected\b", r"\bwilling to\b", r"\bcommitted to\b",
    # an invitation to the act, extended or accepted: "accepted an invitation to visit India"
    r"\binvitations?\s+(?:\w+\s+){0,3}?to\b",
]
# an adjective of possibility right before a noun: "discussed a possible visit by Biden to Israel"
_POSSIBLE_ADJ = re.compile(r"\b(?:possible|potential|prospective|mooted|eventual|hypothetical)(?:\s+\w+)?$")
# a restriction after a denial: "had not dispatched military ships, only coast guard vessels": the act
# took place with other means
_ONLY_INSTEAD = re.compile(r"^(?:(?![.;:]|\bbut\s+(?:\w+\s+)?(?:did|does|do|was|were|has|have|will)\b)\S+\s+){0,10}?"
                           r"(?:[,—–-]+\s*|but\s+)(?:only|just|merely)\s+(?!once\b|one\b|to\b)\w")
# a noun whose own relative clause schedules it: "the visit, which is set for March 9-10"
_SCHEDULED_AFTER = re.compile(
    r"^\W*(?:[^,;.]+?\s+)?(?:,\s*)?(?:which|that)\s+(?:is|are)\s+(?:now\s+|also\s+)?"
    r"(?:set|scheduled|slated|due|planned|expected|to\s+be\s+held|to\s+take\s+place)\b|"
    r"^\W*(?:[^,;.]+?\s+)?(?:,\s*)?(?:which|that)\s+will\s+(?:take\s+place|be\s+held|begin|start|open)\b")
# making ready for an event, or looking forward to it: "preparing for Trump's visit"
_PREPARE_FOR = re.compile(
    r"\b(?:prepar(?:e|es|ed|ing)\s+for|preparations?\s+for|in\s+preparation\s+for|run-up\s+to|"
    r"preparations?\s+(?:are|were|is|was)\s+(?:\w+\s+)?(?:under\s*way|ongoing|in\s+full\s+swing|being\s+made)\s+for|"
    r"look(?:s|ed|ing)?\s+forward\s+to)(?:\s+\S+){0,6}$")
# a noun asked for right before it: "requested a meeting with", "called for talks", "sought an urgent
# meeting", "pushed for negotiations": the act may or may not come
_ASKED_FOR = re.compile(r"\b(?:request(?:ed|s|ing)|sought|seek(?:s|ing)|"
                        r"(?:call|ask|push|press|lobby)(?:ed|s|es|ing|ied|ies)?\s+for)(?:\s+\S+){0,2}$")
_NEW_CLAUSE = re.compile(r"\b(?:and|but)\s+(?=(?:(?!and\b|but\b)\S+\s+){1,5}?(?:have|has|had|is|are|was|were|did)(?:\s|$))")
# a negated reluctance or exclusion: the act is held open, not denied
_NOT_EXCLUDED = re.compile(r"\b(?:not|never|n't|no\s+longer)\s+(?:\w+\s+)?(?:hesitat\w*|rule\s+out|exclude|shy\s+away)\b|"
                           r"\bnot\s+(?:\w+\s+)?(?:ruled|excluded)\s+out\b|\bwithout\s+ruling\s+out\b")
_REASON_PP = re.compile(r"\bin\s+(?:retaliation|response|reaction|reply|protest)\s+(?:for|to|at|against|over)\b")
_CONTINUE = re.compile(r"\bcontinu(?:e|es)\s+(?:to|\w+ing)$|\bcontinu(?:e|es)$")
# the noun's own verb is a modal of possibility: "a meeting between Putin and Abe could take place in June"
_MODAL_AFTER_NOUN = re.compile(r"^\W*(?:(?:between|with|of|to|in|on)\s+(?:(?!that\b|which\b|who\b|where\b|when\b)"
                               r"\w+\W+){0,5}?)?(?:may|might|could)\b")
# the noun's own predicate doubts it or takes it off the agenda: "the visit by Modi to Pakistan remains
# uncertain", "the summit is now in doubt", "a meeting between Erdogan and Assad is not on the cards"
_NOUN_SUBJECT = r"^\W*(?:(?:between|with|of|to|in|on|by)\s+(?:(?!that\b|which\b|who\b|where\b|when\b)[\w.'’-]+\W+){0,6}?)?"
_DOUBT_AFTER_NOUN = re.compile(_NOUN_SUBJECT + r"(?:remains?|remained|is|was|are|were|seems?|seemed|looks?|looked)\s+"
                               r"(?:now\s+|still\s+|very\s+|increasingly\s+|highly\s+)?(?:uncertain|unclear|in\s+doubt|"
                               r"up\s+in\s+the\s+air|in\s+the\s+balance|doubtful|in\s+question)\b")
_OFF_AFTER_NOUN = re.compile(_NOUN_SUBJECT + r"(?:is|was|are|were)\s+(?:now\s+|still\s+)?(?:not\s+on\s+the\s+(?:cards|table|agenda)|"
                             r"off\s+the\s+(?:table|agenda)|out\s+of\s+the\s+question)\b")
# "the visit of Lavrov to Berlin on Tuesday was canceled" (no clause boundary in between; a relative
# clause that only schedules the noun is no boundary: "a visit that was scheduled for Tuesday has been
# canceled")
_NEG_AFTER_NOUN = re.compile(
    r"^\W*(?:(?!which\b|who\b|that\b|but\b|while\b|after\b|because\b)[\w.'’-]+\s+){0,11}?"
    r"(?:was|were|has been|had been|have been|is being|was being|will be|would be)\s+(?:\w+\s+)?"
    r"(?:cancel(?:l)?ed|called off|scrapped|postponed|shelved|scuttled|abandoned|put off)\b")
# what a meeting or deal will bring about says nothing of when it takes place ("Our meeting will
# strengthen the ties", "this summit will mark the beginning of a new chapter", "the deal will allow
# Macedonia to join NATO"): no plan (unlike "will take place", "will bring together", "will open")
_EFFECT_AFTER = re.compile(r"\s+(?:also\s+|further\s+|certainly\s+|surely\s+|undoubtedly\s+)?(?:strengthen|give|help|"
                           r"boost|mark|deepen|serve|contribute|promote|enhance|pave|lead|create|benefit|advance|"
                           r"improve|allow|enable|ensure|consolidate|reinforce|elevate|inject|raise)\b")
_SCHEDULED_REL = re.compile(r"\b(?:that|which)\s+(?:was|were|is|are|had been|has been)\s+(?:originally\s+|initially\s+)?"
                            r"(?:scheduled|planned|set|due|slated)\s+(?:for|on|to|in)\s+")


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    """One regex matching where any of ``patterns`` does, with the word boundary
    that most of them start with tested once per position instead of once per pattern (the cue
    lists are only searched for whether one occurs, so the order of alternatives does not matter)."""
    bounded = [p[2:] for p in patterns if p.startswith(r"\b")]
    rest = [p for p in patterns if not p.startswith(r"\b")]
    return re.compile("|".join(([r"\b(?:" + "|".join(bounded) + ")"] if bounded else []) + rest))


# verbs of a stance on an event: denying the stance leaves the event a fact ("stopped short of
# condemning Russia's invasion": the invasion took place)
_STANCE_VERB = re.compile(r"\b(?:condemn|critici[sz]|denounc|recogni[sz]|acknowledg|mention|support|endors|"
                          r"welcom|accept|blam|comment|applaud|prais|deplor|justif|confirm|claim)\w*\b")
_NEG_RE = _any_of(_NEG_BEFORE)
_NEG_AFTER_RE = [re.compile(p) for p in _NEG_AFTER]
_POS_RE = _any_of(_POSSIBLE)
_PLAN_RE = _any_of(_PLANNED)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|earlier\s+|already\s+|also\s+|been\s+)*\w+(?:ed|en|wn|ne|ht|lt|nt|ck|ut|et|id|un|ld)\b", re.I)
_NEG_SCOPE_BREAK = re.compile(r"\b(?:but|although|though|however|and|then)\b")
_NEG_SCOPE_BREAK_NOUN = re.compile(r"\b(?:but|although|though|however|then)\b")
_NOT_NEGATING = re.compile(r"\bnot only\b|\bno doubt\b|\bnot least\b|\bwithout delay\b")
_NO_HESITATION = re.compile(r"\b(?:did\s+not|didn['’]t|never)\s+hesitated?\b")
_NOT = re.compile(r"\b(?:not|n't|never)\b")
_NEGATED_CONDITION = re.compile(
    r"\b(?:if|unless)\s+\w+(?:\s+\w+)?\s+(?:does|do|did|is|are|was|were|will|would|has|have)?\s*(?:not|n't)\b")
_FURTHER_ACT = re.compile(r"\b(?:future|any|possible|potential|further|new)\b")
_AS_ADJ_AS = re.compile(r"\bas\s+\w+\s+as\b|\bas\s+soon\b")


# after a nominal trigger: its own pair ("between A and B"), the end of its clause (no "and" inside
# the pair), and a predicate that makes it expected or future ("talks ... are expected", "... is set for")
_OWN_PAIR = re.compile(r"^\W*(?:between|with)\b")
_CLAUSE_END_IN_PAIR = re.compile(r"[,;:(]|\b(?:which|that|who|where|when|but)\b")
_CLAUSE_END = re.compile(r"[,;:(]|\b(?:which|that|who|where|when|but|and)\b")
_NOUN_EXPECTED = re.compile(r"^\W*(?:\w+\W+){0,9}?(?:is|are|was|were)\s+(?:widely\s+|also\s+)?expected\b")
_NOUN_FUTURE = re.compile(r"^\W*(?:\w+\W+){0,9}?(?:will|would|is to|are to|is set to|(?:is|are)\s+(?:now\s+|also\s+|"
                          r"tentatively\s+)?(?:scheduled|slated|set|planned|due|penciled|pencilled)\s+(?:for|to|on|in)\b)")


def factuality(before: list[str], after: list[str], nominal: bool = False) -> str:
    """Factuality from the words before the trigger (same clause) and the few words after it."""
    before = [_fold(w) for w in before]
    pre = " ".join(before)
    written_post = " ".join(after)
    post = _fold(written_post)
    # negation: only close to the trigger (the last eight words), and not across "but"
    tail = " ".join(before[-8:])
    # a verb after "and" has its own polarity ("would not change ... and offered"); a noun shares it
    # ("in lieu of a lunch and signing ceremony")
    brk = list((_NEG_SCOPE_BREAK_NOUN if nominal else _NEG_SCOPE_BREAK).finditer(tail))
    if brk:
        tail = tail[brk[-1].end():]
    neg = _NEG_RE.search(tail)
    if neg and _NOT_NEGATING.search(tail):
        neg = None
    if neg and nominal and _STANCE_VERB.search(tail, neg.end()):
        neg = None      # "did not condemn Russia's invasion", "avoided condemning the coup": the stance is denied
    if neg and _NO_HESITATION.search(tail):
        return "occurred"   # "Moscow did not hesitate to respond": it did
    if neg and _NOT_EXCLUDED.search(tail):
        return "possible"   # "would not hesitate to launch an operation", "did not rule out talks"
    if neg is None:
        for rx in _NEG_AFTER_RE:
            if rx.search(post):
                neg = True
                break
    if neg is None and nominal and _NEG_AFTER_NOUN.search(_SCHEDULED_REL.sub(" ", post)):
        neg = True      # "the summit between Japan and South Korea was postponed"
    if neg and not nominal and _ONLY_INSTEAD.search(post) and _NOT.search(tail):
        return "occurred"   # "had not dispatched military ships to the area, only coast guard vessels"
    if neg:
        if _NEGATED_CONDITION.search(tail):
            return "possible"   # "if Armenia does not apologize": a condition, nothing denied
        return "negated"
    if nominal and _SCHEDULED_AFTER.search(post):
        return "planned"    # "Mirziyoyev's state visit, which is set for March 9-10, ..."
    if _PREPARE_FOR.search(" ".join(before[-9:])):
        return "planned"    # "has been preparing for Trump's visit"
    reason = list(_REASON_PP.finditer(pre))
    if reason and not _FURTHER_ACT.search(pre[reason[-1].end():]):
        # "will expel US diplomats in retaliation for the US decision to expel 12 Russians": the act
        # answered is a fact; only a modal after the phrase counts (not "in response to any future sales")
        pre = pre[reason[-1].end():]
    if not nominal:
        # "its diplomats had been ordered to return and Kenyan envoys have been ordered to leave": a
        # clause coordinated with its own subject and auxiliary has its own mood
        cut = [m for m in _NEW_CLAUSE.finditer(pre)]
        if cut:
            pre = pre[cut[-1].end():]
    if nominal and _POSSIBLE_ADJ.search(" ".join(before[-2:])) and not _AS_ADJ_AS.search(" ".join(before[-5:])):
        return "possible"   # "a possible visit by Biden", "the potential summit"
    if nominal and _ASKED_FOR.search(" ".join(before[-3:])):
        return "possible"   # "Berlin requested a meeting with the Chinese ambassador"
    if nominal and _MODAL_AFTER_NOUN.search(post):
        return "possible"   # "the next meeting may not be for a long time", "a summit could take place"
    if nominal and _OFF_AFTER_NOUN.search(post):
        return "negated"    # "a meeting between Erdogan and Assad is not on the cards"
    if nominal and _DOUBT_AFTER_NOUN.search(post):
        return "possible"   # "the visit by Modi to Pakistan remains uncertain"
    if _POS_RE.search(pre):
        return "possible"
    if _PLAN_RE.search(pre) and not (not nominal and _finite_past_group(before)):
        if _CONTINUE.search(" ".join(before[-4:])):
            return "occurred"   # "China will continue to work with Russia": it does so already
        return "planned"
    # (a noun's own "between A and B", "with A and B" is no clause boundary: "A second meeting between
    # Ali and Maduro will take place in Brazil")
    own_pair = nominal and _OWN_PAIR.match(post) is not None
    # (clause ends are case-sensitive: a capitalised "That" or "And" opens a sentence, so they are
    # found in the words as written)
    end = (_CLAUSE_END_IN_PAIR if own_pair else _CLAUSE_END).search(written_post)
    if end:
        post = post[:end.start()]
    if nominal and _NOUN_EXPECTED.match(post):
        return "possible"   # "talks between the two are expected next month": the contract's possible
    fut = _NOUN_FUTURE.match(post) if nominal else None
    if fut and not _EFFECT_AFTER.match(post, fut.end()):
        return "planned"
    return "occurred"


_FINITE_PAST_AUX = frozenset({"was", "were", "has", "have", "had"})
_GROUP_FILLERS = frozenset({"been", "already", "also", "reportedly", "allegedly", "again", "since", "just",
                            "recently", "repeatedly", "twice", "first", "now", "then", "earlier", "later"})
# words that make the auxiliary after them no finite verb of the clause ("would have", "to have", "will have")
_NOT_FINITE_BEFORE = frozenset({"to", "will", "would", "shall", "should", "could", "might", "may", "must", "'ll",
                                "wo", "can", "not", "never"})


def _finite_past_group(before: list[str]) -> bool:
    """The trigger's own verb group is a finite past or perfect ("were attacked", "has been
    expelled", "had recalled"): a cue of plan before it belongs to the subject or an earlier phrase
    ("Our forces tasked with securing the harvest ... were attacked", "the talks, which had been
    planned for months, were held"), not to the act. ``before`` is folded."""
    k = len(before) - 1
    while k >= 0 and before[k] in _GROUP_FILLERS:
        k -= 1
    if k < 0 or before[k] not in _FINITE_PAST_AUX:
        return False
    return k == 0 or before[k - 1] not in _NOT_FINITE_BEFORE


# "but" and the calling off of the plan the clause told: "but his visit was canceled", "but the trip has
# been postponed", "but it was called off", "but was later scrapped"
_BUT_CALLED_OFF = re.compile(
    r"\bbut\s+(?:(?:(?:the|his|her|its|their|this|that)\s+)?(?:\w+\s+)?(?:visit|trip|tour|journey|meeting|"
    r"talks|summit|ceremony|signing|plans?)\s+|it\s+)?(?:was|were|has\s+been|had\s+been|have\s+been|got)\s+"
    r"(?:\w+\s+)?(?:cancel(?:l)?ed|called\s+off|postponed|scrapped|shelved|put\s+off|scuttled|dropped)\b|"
    # the subject's own withdrawal: "had been expected to attend ... but pulled out at the last minute"
    r"\bbut\s+(?:later\s+|then\s+|eventually\s+|ultimately\s+|instead\s+)?(?:pulled\s+out|withdrew|backed\s+out|"
    r"stayed\s+away|cancel(?:l)?ed|called\s+(?:it\s+)?off|postponed|scrapped|(?:did\s+not|didn['’]t|never)\s+"
    r"(?:attend|come|go|travel|show\s+up|turn\s+up|make\s+it))\b")


def called_off_after_but(after: list[str]) -> bool:
    """The sentence goes on to call off the plan its clause tells ("was scheduled to pay an official
    visit to Papua New Guinea to sign the pact but his visit was canceled"): the plan is negated.
    ``after`` are the (normalised) words after the trigger, up to the sentence end."""
    return "but" in after and _BUT_CALLED_OFF.search(_fold(" ".join(after))) is not None


def is_past_perfect(before: list[str]) -> bool:
    """True when the clause is in the past perfect ("had expelled", "had earlier accused")."""
    return bool(_PAST_PERFECT.search(" ".join(before[-6:])))


# words that open a phrase, not a subject of names ("In Beijing to ..." is no headline subject)
_NOT_SUBJECT = frozenset({"in", "on", "at", "for", "from", "with", "after", "before", "as", "by", "about", "to",
                          "of", "over", "under", "into", "amid", "during", "than", "how", "why", "what", "who"})
# title-case verbs that govern a "to" ("Xi, Putin Vow To Deepen Ties") beside the lexicon's verbs
_TO_GOVERNORS = frozenset("""vow vows vowed pledge pledges promise promises fail fails refuse refuses agree agrees
decide decides move moves seek seeks want wants plan plans hope hopes aim aims threaten threatens rush rushes
scramble scrambles push pushes urge urges ask asks tell tells call calls look looks need needs try tries
prepare prepares begin begins start starts continue continues offer offers expect expects intend intends
vote votes opt opts bid bids struggle struggles set due poised ready likely unlikely able unable""".split())
_SUBJECT_GLUE = frozenset({",", ".", "and", "&", "'s", "’s", "the"})


def headline_future(words: list[str]) -> bool:
    """A subject of names, a bare "to" and the verb: the news style's future ("S. Arabia, UAE and
    Bahrain to send diplomats back to Qatar", "PM Ardern to visit China", "Turkish President
    Erdogan to visit Russia"). ``words`` are the sentence's tokens before the trigger as written;
    the last must be "to" and every other a capitalised name word or the glue of a list (a
    lower-case word means a verb or noun governs the "to": "agreed to send", "the decision to
    expel"; a capitalised verb is a title-case headline's own: "US, Russia Agree to Extend")."""
    if len(words) < 2 or words[-1].lower() != "to":
        return False
    for w in words[:-1]:
        low = w.lower()
        if low in _SUBJECT_GLUE:
            continue
        if not w[:1].isupper() or low in _NOT_SUBJECT or low in _TO_GOVERNORS:
            return False
        if low in verb_words():     # a title-case headline's capitalised verb
            return False
    return any(w[:1].isupper() for w in words[:-1])
