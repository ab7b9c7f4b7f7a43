"""Which temporal expression dates which event: its own clause first, then the clauses that
frame it, then the article's context; a past event the text does not date gets the days before
publication (flagged as a default).

Rules, in order, for an event whose trigger is token ``h`` of a sentence:

1. **Own clause.** The temporal expressions of the trigger's clause, nearest first (after the
   trigger preferred), points before spans: "expelled a diplomat *on Monday*". Not a date of
   the event: a deadline ("leave *within 48 hours*"), the gap of a record ("the first visit *in
   more than 25 years*"), an anaphoric "*a day after* Finland expressed" for the main clause
   (that phrase dates the clause after it; the main event is the later one, on the anchor).
2. **Framing clauses.** The event of an "after"/"before" clause takes the anaphoric phrase that
   introduces it ("a day after Finland expressed ..." -> the day before); an event followed by
   "after <clause dated T>" happened between T and publication ("issued statements after the
   delegation touched down Tuesday night"); a "when" clause after a date takes that date
   ("since 1995, when China fired missiles").
3. **Default.** An occurred or negated event in the simple past (not past perfect) is dated to
   the week before publication (source ``default``; ``context`` for a noun, which often refers
   back to an event dated elsewhere and then takes that date when the repeats merge): a news
   report tells what happened in its last days. A planned or possible event the text does not
   date gets the thirty days after publication (``default``): what a report announces or
   expects is mostly due soon. Otherwise (background told in the past
   perfect or after "after"/"since", possibilities about the past: "may have been") no date.

:func:`rebase_references` improves anaphoric expressions before events are coded: "two weeks
before *Sunday's* referendum" and "days before *the inauguration*" (dated elsewhere in the
article: "Petro's inauguration Sunday") count from that reference instead of the publication day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from diplograph.ingest.speech import forms
from diplograph.ingest.timex import DATE_GLUE, MONTH_NAMES, MONTHS, Timex, rebase, resolve

if TYPE_CHECKING:
    from diplograph.ingest.events import SentenceContext
    from diplograph.ingest.lexicon import Tok

__all__ = ["DEFAULT_DAYS", "event_time", "inherit_paragraph_dates", "rebase_references"]

DEFAULT_DAYS = 7
FUTURE_DAYS = 30
CALLED_OFF_DAYS = 21   # a called-off event: up to three weeks after publication (a window of 29 days)
AFTER_DAYS = 30     # "A after B": how long after B a reaction A is taken to come
_AFTER_WORDS = ("after", "later", "since")
_BEFORE_WORDS = ("before", "earlier", "prior", "ahead")
_DEADLINE = frozenset({"within", "by", "until", "till", "for", "lasting", "next"})
_RECORD = re.compile(r"\b(?:first|last|longest|biggest|largest|worst|highest|lowest|deadliest|bloodiest|"
                     r"heaviest|strongest|greatest|sharpest|most|fewest|only)\b")
# nouns naming an event: a date right after one of them ("a huge clash on Monday") dates it
_EVENT_NOUNS = frozenset("""clash clashes attack attacks strike strikes raid raids war fighting battle talks meeting
meetings summit visit trip visits election elections referendum vote coup test tests launch launches incident
incidents standoff stand-off crisis invasion offensive ceremony inauguration parade protest protests deal
agreement ceasefire truce bombing shooting killing killings execution arrest detention exercise exercises drills
explosion collision announcement speech call conversation""".split())
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|earlier\s+|already\s+|also\s+|been\s+|not\s+|never\s+)*"
                           r"\w+(?:ed|en|wn|ne|ht|lt|nt|ck|ut|et|id|un|ld|ld|ok|ew|ft)\b", re.I)


def _kind(tx) -> str:
    return getattr(tx, "kind", "") or ""


def _edtf(tx) -> str | None:
    return getattr(tx, "edtf", None)


_LOWER_WORD = re.compile(r"[a-z]+")


def _tail_word(tx) -> str:
    words = _LOWER_WORD.findall((getattr(tx, "text", "") or "").lower())
    return words[-1] if words else ""


def _is_record_gap(toks, s: int, h: int) -> bool:
    """'the first U.S. speaker to visit the island in more than 25 years': a gap, not a date."""
    prev = [toks[i].norm for i in range(max(0, s - 4), s)]
    if "in" not in prev and "since" not in prev:
        return False
    lo = max(0, min(s, h) - 14)
    return bool(_RECORD.search(" ".join(t.norm for t in toks[lo:s])))


def _usable(ctx, s: int, e: int, tx, h: int, fact: str) -> bool:
    """Can this temporal expression date the event at ``h`` at all? A deadline ("within two
    months") is the window of a planned event but not the date of one that occurred ("was
    ordered to leave within 48 hours last Friday")."""
    if _edtf(tx) is None or _kind(tx) == "set":
        return False
    toks = ctx.toks
    prev = toks[s - 1].norm if s else ""
    if prev in _DEADLINE and _kind(tx) in ("duration", "interval") and fact in ("occurred", "negated"):
        return False
    if _kind(tx) == "duration" and _is_record_gap(toks, s, h):
        return False
    if _effect_span(prev, tx, fact):
        return False   # "has increased its aid by $714 million over the next four years": the aid's years
    if _kind(tx) == "duration" and e < len(toks) and toks[e].norm == "of" and not e < h <= e + 3 \
            and not (h < s and all(toks[k].norm in _AMOUNT_WORDS or toks[k].norm in ("a", "an", "the", "in", "during",
                                                                                   "through", "throughout")
                                   for k in range(h + 1, s))):
        return False   # "after months of talks, Iran and Saudi Arabia signed a deal": the talks' span
    if _kind(tx) in ("duration", "interval") and _word_before_amount(toks, s) in _LENGTH_VERBS:
        return False   # "it took more than a year to arrange the summit": how long, not when
    if _kind(tx) == "duration" and s > h and _word_before_amount(toks, s) in ("after", "following"):
        return False   # "plans to reestablish ties after (more than) years of crisis": the span before it
    if fact in ("planned", "possible") and s < h and _kind(tx) in ("duration", "interval") \
            and getattr(tx, "direction", None) == "past":
        return False   # "for the past few weeks, Denmark has been preparing for Trump's visit"
    if _kind(tx) == "duration" and s > h and _ends_span(toks, s):
        return False   # "will reopen the border, ending three years of closure": how long it lasted
    if _dates_another_noun(toks, h, s, e):
        return False
    if _count_frame(toks, s, tx):
        return False   # "recalled its ambassador for the second time this year": how often, not when
    if _since_clause(toks, h, s, tx):
        return False   # "met on the fringes of the summit, the first since they took office in 2012"
    np = _premodified(toks, s, e, tx)
    return np is None or np[0] <= h < np[1] or _noun_content(toks, np, h)


_SPAN_OVER = frozenset({"over", "during", "throughout"})


def _effect_span(prev: str, tx, fact: str) -> bool:
    """A coming span after "over" / "during" in the clause of an act that took place is the span
    of what the act provides or sets up ("increased its aid by $714 million over the next four
    years", "approved a programme during the coming decade"), not the act's date."""
    return fact in ("occurred", "negated") and prev in _SPAN_OVER and _kind(tx) in ("duration", "interval") \
        and getattr(tx, "direction", None) == "future"


def _noun_content(toks: list[Tok], np: tuple[int, int], h: int) -> bool:
    """The trigger is the infinitive the dated noun governs ("the Oct. 3 decision by Estonia to
    expel", "the 2014 decision to annex"): the noun's date is the act's."""
    end = np[1]
    if not (h > end and toks[h - 1].norm == "to"):
        return False
    return h - 1 == end or toks[end].norm == "by" and h - 1 - end <= 5


# the period a count runs over: "this year", "in a month", "so far this week"
_COUNT_PERIOD = re.compile(r"(?:so\s+far\s+)?(?:this|in|within|over)\b")


def _count_frame(toks: list[Tok], s: int, tx: Timex) -> bool:
    """'for the second time this year', 'the third time in a month', 'five times this week': the
    period a count runs over, not the date of the act counted."""
    if s < 1 or toks[s - 1].norm not in ("time", "times"):
        return False
    return bool(_COUNT_PERIOD.match((getattr(tx, "text", "") or "").lower()))


_SINCE_STOP = frozenset({".", ";", ":", ",", "but", "while", "whereas"})


def _since_clause(toks: list[Tok], h: int, s: int, tx: Timex) -> bool:
    """A date after the trigger inside a "since" phrase or clause that follows it ("the first
    since the two leaders took office in 2012", "the worst since the 2008 war") marks where the
    comparison starts, which lies before the event: it is not the event's date. (A "since" that
    belongs to the expression itself, "since 2014", is read by timex as an open interval.)"""
    if s <= h or (getattr(tx, "text", "") or "").lower().startswith("since"):
        return False
    for i in range(s - 1, h, -1):
        w = toks[i].norm
        if w == "since":
            return True
        if w in _SINCE_STOP:
            return False
    return False


_LENGTH_VERBS = frozenset({"took", "take", "takes", "taking"})
_AMOUNT_WORDS = frozenset({"more", "less", "than", "nearly", "almost", "over", "about", "some", "roughly", "around",
                           "at", "least", "just", "well", "fewer", "barely", "only"})


def _word_before_amount(toks, s: int) -> str:
    """The word before a temporal expression and the words of amount in front of it ("after more
    than half a century" -> "after")."""
    i = s - 1
    while i >= 0 and s - i <= 4 and toks[i].norm in _AMOUNT_WORDS:
        i -= 1
    return toks[i].norm if i >= 0 else ""


_END_WORDS = frozenset({"end", "ends", "ended", "ending", "closing", "concluding", "breaking", "broke"})


def _ends_span(toks, s: int) -> bool:
    """'ending three years of closure', 'put an end to decades of hostility', 'broke a
    two-year silence': the span of what ended, not the time of the ending."""
    w = _word_before_amount(toks, s)
    if w in _END_WORDS:
        return True
    i = s - 1
    while i >= 0 and toks[i].norm in _AMOUNT_WORDS:
        i -= 1
    return w == "to" and i >= 1 and toks[i - 1].norm == "end" or w in ("a", "the") and i >= 1 \
        and toks[i - 1].norm in _END_WORDS


_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your", "he", "she", "it", "they", "we", "i",
                       "you"})
_NOT_NOUNS = frozenset({"and", "or", "but", "to", "in", "on", "at", "of", "for", "with", "by", "from", "after",
                        "before", "when", "as", "that", "which", "who", "was", "were", "is", "are", "will",
                        "would", "has", "had", "have", "the", "a", "an"})


def _dates_another_noun(toks, h: int, s: int, e: int) -> bool:
    """'the execution of Jang and the North's February 2013 nuclear test': a date that premodifies
    another noun coordinated after the trigger dates that noun, not the trigger."""
    if s <= h:
        return False
    nxt = toks[e].norm if e < len(toks) else ""
    # (an "and" that joins a second verb joins no noun: "called the deal illegal and said in
    # February his country would ...": the pronoun after the date starts the reported clause)
    ands = [i for i in range(h + 1, s) if toks[i].norm == "and" and not (
        i + 1 < len(toks) and (toks[i + 1].norm in _REPORT_VERBS or toks[i + 1].norm in _AUX))]
    if nxt.isalpha() and nxt not in _NOT_NOUNS and nxt not in _PRONOUNS and not nxt.endswith("ed") and ands \
            and not any(toks[i].norm == "between" for i in range(h + 1, ands[0])):
        # ("the talks between Iran and Britain in June ended": the pair of the talks, not a second noun)
        return True
    # "Talks ..., the site of a huge clash on Monday in which ...": the clash's date
    j = s - 1
    if j > h and toks[j].norm in ("on", "in", "at", "during", "since"):
        j -= 1
    if not (h < j and toks[j].norm in _EVENT_NOUNS and toks[j].norm != toks[h].norm):
        return False
    # the noun sits in a phrase of its own ("the site of a huge clash", "after the deadliest
    # clash"), not as the trigger's object ("signed an agreement on Thursday" dates the signing)
    for i in range(j - 1, max(h, j - 6), -1):
        if toks[i].norm in ("in", "during", "at") and all(toks[k].norm in ("a", "an", "the", "its", "their")
                                                          or toks[k].text[:1].isupper() for k in range(i + 1, j)):
            return False    # "signing a joint statement in a ceremony on Friday": the act's own setting
        if toks[i].norm in ("of", "in", "after", "since", "during", "following", "amid", "over", "from", ","):
            return True
    return False


_PREMOD_BEFORE = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "'s", "over",
                            "about", "amid", "for", "since", "after", "before", "following"})
_NP_STOP = _NOT_NOUNS | frozenset({"between", "against", "over", "into", "near", "amid", "about", "under", "through",
                                   "during", "since", "following", "toward", "towards", "said", "says", "than",
                                   "there", "this", "it", "they", "he", "she"})
# a month's name or abbreviation; a bare month name but "May" (a modal verb when alone)
_MONTH_ALT = "|".join(m.capitalize() for m in MONTHS)
_BARE_MONTH_ALT = "|".join(m.capitalize() for m in MONTH_NAMES if m != "may")
_YEARISH = re.compile(rf"(?:(?:{_MONTH_ALT})\.?\s+)?\d{{4}}|"
                      rf"(?:{_BARE_MONTH_ALT})|"
                      # a day of a month: "an August 14 crackdown", "the Oct. 7 attack", "the May 9, 2021 vote"
                      rf"(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?")


def _premodified(toks, s: int, e: int, tx) -> tuple[int, int] | None:
    """The noun phrase a date premodifies, as token span, or None: "Last night's breach of ...",
    "this summer's World Cup", "a 2014 war between ...", "over 2014 ammunition depot blast". Such
    a date dates that noun only, not another event of its sentence."""
    n = len(toks)
    if e < n and toks[e].norm == "'s":
        start = e + 1
    elif _kind(tx) == "date" and _YEARISH.fullmatch((getattr(tx, "text", "") or "").strip()) and s > 0 \
            and toks[s - 1].norm in _PREMOD_BEFORE and e < n and toks[e].text[:1].islower() \
            and toks[e].norm.replace("-", "").isalpha() and toks[e].norm not in _NP_STOP \
            and not toks[e].norm.endswith("ed"):
        start = e
    else:
        return None
    end = start
    while end < n and end - start < 6:
        w = toks[end].norm
        if not w.replace("-", "").replace("'", "").isalpha() or w in _NP_STOP and w != "and":
            break
        end += 1
    return (start, end) if end > start else None


def _clause_start(cl: list[int], clause: int) -> int | None:
    try:
        return cl.index(clause)
    except ValueError:
        return None


def event_time(ctx, h: int, cl: list[int], fact: str, before: list[str],
               nominal: bool = False) -> tuple[str | None, str]:
    """The EDTF date of the event whose trigger is token ``h`` of ``ctx`` (a SentenceContext),
    and where it came from: ``timex`` (the text), ``default`` (the days before publication) or
    ``none``. ``cl`` gives each token's clause, ``before`` the clause's words before the trigger,
    ``fact`` the event's factuality."""
    toks = ctx.toks
    clause = cl[h]
    first = _clause_start(cl, clause)
    best = None
    best_kind = ""
    best_at = None
    bestd = 10 ** 6
    fronted = first is not None and toks[first].norm in _SUBORDINATORS and _sentence_initial(toks, first, ctx)
    if fact == "occurred" and toks[0].norm in ("after", "following"):
        framed = _after_fronted_clause(ctx, h)
        if framed is not None:
            return framed, "timex"      # "After the military declared martial law on Tuesday, Washington urged ..."
    for s, e, tx in ctx.timexes:
        if cl[s] != clause or not _usable(ctx, s, e, tx, h, fact):
            continue
        if fronted and s > h and any(toks[i].norm == "," for i in range(h + 1, s)):
            continue    # "After X did A, Y did B on Wednesday": the main clause's date
        if getattr(tx, "anaphoric", False) and _tail_word(tx) in _AFTER_WORDS and e < len(cl) \
                and (cl[min(e, len(cl) - 1)] != clause or (_tail_word(tx) == "after" and s > h)):
            # "X hours after Y did ...": the phrase dates Y; X is the later event, on the anchor
            # (not a span of years: "seek an end to the war, 65 years after the armistice" tells
            # how old the war is)
            off = getattr(tx, "offset", None)
            if off is not None and max(abs(off[0]), abs(off[1])) > 60:
                continue
            if cl[min(e, len(cl) - 1)] == clause:
                continue    # "the launch was a violation, coming two weeks after its nuclear test": Y's date
            if ctx.published and e > h:
                cand = ctx.published.isoformat()
                d = (s - h) + 4
                if d < bestd:
                    best, bestd, best_kind = cand, d, "date"
            continue
        d = (s - h) if s > h else (h - s) * 2 + 1
        if _kind(tx) == "duration":
            d += 6
        elif _kind(tx) in ("interval", "relative"):
            d += 2
        if d < bestd:
            best, bestd, best_kind = _future_window(ctx, s, tx, fact), d, _kind(tx)
            best_at = (s, tx)
    # the clause is introduced by an anaphoric phrase: "a day after Finland expressed ..." (this
    # beats a span inside the clause: "... reversing decades of neutrality")
    if first is not None and toks[first].norm in ("after", "before") and (best is None or best_kind == "duration"):
        intro = [(s, e, tx) for s, e, tx in ctx.timexes if e >= first and s < first and _edtf(tx)
                 and getattr(tx, "anaphoric", False)]
        if intro:
            s, e, tx = intro[-1]
            if toks[first].norm == "after" or _tail_word(tx) == "after":
                # "Two days after 20 soldiers were killed, the two countries ... on Wednesday": count
                # back from the later event's own date when the sentence gives it
                later = _later_date(ctx, cl, first)
                if later is not None and tx.offset is not None:
                    return rebase(tx, later) or _edtf(tx), "timex"
                return _edtf(tx), "timex"
            if ctx.published:
                return ctx.published.isoformat(), "timex"
    if best is not None and best_at is not None and fact == "negated":
        best = _called_off_date(ctx, h, best_at, best, before)
    if best is not None and best_at is not None and _complement_future(ctx, h, best_at[0], best, fact, nominal):
        best = None     # "Modi invited Xi to India next year": next year is the visit's, the invitation is news
    if best is not None and best_at is not None and _announced_before(ctx, h, best_at[0], best, fact, nominal):
        best = None     # "Germany said on Friday it will expel two diplomats": Friday is the saying's
    if best is None and nominal:
        best = _scheduled_for(ctx, h, cl)    # "the state visit, which is set for March 9-10"
    if best is None and fact in ("occurred", "negated") and not nominal:
        best = _when_clause_date(ctx, h, cl)     # "protested when Greek jets entered its airspace on Tuesday"
    if best is not None:
        return best, "timex"
    # a "when" clause after a date: "since 1995, when China fired missiles"
    if first is not None and toks[first].norm == "when":
        prior = [tx for s, e, tx in ctx.timexes if e <= first and _edtf(tx)]
        if prior:
            ed = _edtf(prior[-1])
            if ed.endswith("/..") or ed.endswith("/") or (
                    "/" in ed and (getattr(prior[-1], "text", "") or "").lower().startswith("since")):
                return ed.split("/")[0], "timex"     # "since 1995, when ...": 1995
            return ed, "timex"
    # a relative clause takes the past date of the clause it hangs on: "Since Duque took office in
    # 2018, Colombia had supported Guaido ..., Maduro, who broke diplomatic relations ..."
    # (or its coming period: "a first phase over a couple of months where both countries will ...")
    if first and toks[first].norm in ("who", "which", "where", "whose"):
        host = cl[first - 1]
        want = "past" if fact in ("occurred", "negated") else "future"
        dated = [tx for s, e, tx in ctx.timexes if cl[s] == host and _edtf(tx) and _kind(tx) != "set"
                 and (_kind(tx) == "date" or want == "future") and not getattr(tx, "anaphoric", False)
                 and getattr(tx, "direction", None) == want]
        if dated:
            return _edtf(dated[-1]), "timex"
    # a reported act in the past progressive takes the day of its saying: "The following day, Cairo
    # and Ankara announced they were recalling their ambassadors", "In March, Spain said it was
    # pulling its envoy" (a reported simple past or perfect may lie days before the saying)
    if fact == "occurred" and not nominal and _past_progressive(toks, h) and first is not None \
            and h - first <= 8:
        said = _saying_date(ctx, cl, first)
        if said is not None:
            return said, "timex"
    # an "after" clause dated T follows: the event happened soon after T, before publication
    framed = _after_clause_date(ctx, h, cl)
    if framed is not None:
        return framed, "timex"
    # the event of an undated "after" clause came shortly before the main clause's date
    framed = _before_main_date(ctx, h, cl, first)
    if framed is not None:
        return framed, "timex"
    if nominal and _background_noun(toks, h) and not _fronted_meeting(toks, h):
        return None, "none"
    if fact in ("occurred", "negated") and ctx.published and first is not None and _today_phrase(toks, cl, clause):
        return ctx.published.isoformat(), "timex"     # "Early in the day, Japan decided to drop ..."
    if fact in ("occurred", "negated") and ctx.published and _long_standing(toks, h):
        return f"../{ctx.published.isoformat()}", "timex"   # "Iran has long accused Baku of ..."
    if fact == "negated" and ctx.published and _called_off(toks, h, before):
        # "Trump cancelled his trip to Denmark": the trip was still to come (or the cancelling was
        # in the last days, which is how some count it): the days around publication
        lo = ctx.published - dt.timedelta(days=DEFAULT_DAYS)
        hi = ctx.published + dt.timedelta(days=CALLED_OFF_DAYS)
        return f"{lo.isoformat()}/{hi.isoformat()}", "default"
    if fact in ("occurred", "negated") and ctx.published and (not _past_perfect(before) or _reported_had(toks, h)):
        lo = ctx.published - dt.timedelta(days=DEFAULT_DAYS)
        # a noun ("the embargo", "Trump's recognition of Guaido") often refers back to an event the
        # article dates elsewhere: its default gives way to any date a repeat brings ("context")
        # (so does a past perfect of reported speech: "Lavrov told reporters that Kim had been
        # invited", which the text may date elsewhere)
        return f"{lo.isoformat()}/{ctx.published.isoformat()}", "context" if nominal or _past_perfect(before) \
            or _trailing_after(toks, first) else "default"
    if fact in ("planned", "possible") and ctx.published and not _past_modal(before):
        # what a report announces or expects ("will be summoned to inform him of Sudan's
        # condemnation", "is expected to attend the summit") is mostly due soon
        hi = ctx.published + dt.timedelta(days=FUTURE_DAYS)
        return f"{ctx.published.isoformat()}/{hi.isoformat()}", "default"
    return None, "none"


_CALLED_OFF = re.compile(r"\b(?:cancel(?:l?ed|s|l?ing)?|call(?:ed|s|ing)? off|scrap(?:ped|s|ping)?|"
                         r"postpon(?:e|es|ed|ing)|shelv(?:e|es|ed|ing)|delay(?:ed|s|ing)?|put off|"
                         r"abandon(?:ed|s|ing)?|scuttl(?:e|es|ed|ing))\b")


def _long_standing(toks, h: int) -> bool:
    """'Iran has long accused Baku', 'the two have long been rivals': open back to publication."""
    return h >= 2 and toks[h - 1].norm == "long" and toks[h - 2].norm in ("has", "have", "had", "'ve") or (
        h >= 3 and toks[h - 1].norm == "been" and toks[h - 2].norm == "long"
        and toks[h - 3].norm in ("has", "have", "had"))


def _called_off_date(ctx, h: int, at: tuple, best: str, before: list[str]) -> str:
    """'The visit of Lavrov to Berlin on Tuesday was canceled': the day between the noun and the
    calling off is the day the visit was to be, a coming one (not last Tuesday)."""
    s, tx = at
    toks = ctx.toks
    if s <= h or getattr(tx, "absolute", False) or getattr(tx, "direction", None) == "future" \
            or not ctx.published or not _CALLED_OFF.search(" ".join(t.norm for t in toks[s:s + 12])):
        return best
    again = resolve(tx.text, ctx.published, tense="future")
    return again or best


_WAS_CALLED_OFF = re.compile(r"\b(?:was|were|has been|have been|had been|is|are|be)\s+(?:\w+\s+)?"
                             + _CALLED_OFF.pattern[2:])


def _called_off(toks, h: int, before: list[str]) -> bool:
    """The event is negated by being called off ("cancelled his trip", "the summit was
    postponed"), so it was still to come when that happened."""
    if _CALLED_OFF.search(" ".join(before[-8:])):
        return True
    after = " ".join(t.norm for t in toks[h + 1:h + 9])
    return bool(_WAS_CALLED_OFF.search(after))


_DAY_PARTS = frozenset({"morning", "afternoon", "evening"})
_TODAY_CUES = frozenset({"early", "earlier", "later", "this"})   # the words that open one of the phrases below


def _today_phrase(toks, cl: list[int], clause: int) -> bool:
    """'early in the day', 'earlier in the day', 'later in the day', 'earlier today', 'this
    morning' in the clause (or fronted before it): the publication day."""
    words = [toks[i].norm for i in range(len(toks)) if cl[i] <= clause]
    if _TODAY_CUES.isdisjoint(words):
        return False
    for i, w in enumerate(words):
        if w in ("early", "earlier", "later") and words[i + 1:i + 4] == ["in", "the", "day"]:
            return True
        if w in ("earlier", "later") and words[i + 1:i + 2] == ["today"]:
            return True
        if w == "this" and words[i + 1:i + 2] and words[i + 1] in _DAY_PARTS:
            return True
    return False


def _past_modal(before: list[str]) -> bool:
    """'may have been', 'could have killed': a possibility about the past, not a coming event."""
    return bool(_MODAL_PERFECT.search(" ".join(before[-5:])))


_MODAL_PERFECT = re.compile(r"\b(?:may|might|could|would|should|must)\s+(?:not\s+|also\s+)?have\b")


_SUBORDINATORS = frozenset({"after", "before", "since", "when", "while", "as", "although", "though", "once",
                           "until", "because", "if"})


def _trailing_after(toks, first: int | None) -> bool:
    """The act's clause is an "after" clause behind its main clause ("China downgraded its ties with
    Lithuania after the Baltic nation allowed Taiwan to open an office"): background, which the
    article may date elsewhere, not the news of the last days."""
    return first is not None and first > 0 and toks[first].norm in ("after", "following")


def _sentence_initial(toks, first: int, ctx) -> bool:
    """The clause opens the sentence (possibly after an intro phrase such as 'Two days')."""
    if first == 0:
        return True
    return all(any(s <= i < e for s, e, _tx in ctx.timexes) for i in range(first))


def _later_date(ctx, cl: list[int], first: int) -> dt.date | None:
    """The day a non-anaphoric date of another clause of the sentence gives (the later event of
    'N days after X, Y did Z on Wednesday')."""
    toks = ctx.toks
    comma = next((i for i in range(first, len(toks)) if toks[i].norm == ","), len(toks))
    for s, _e, tx in ctx.timexes:
        if (cl[s] == cl[first] and s < comma) or getattr(tx, "anaphoric", False) or _kind(tx) != "date":
            continue
        day = _point(_edtf(tx))
        if day is not None:
            return day
    return None


def _future_window(ctx, s: int, tx, fact: str) -> str | None:
    """'agreed to reopen embassies within two months': for a planned event a span read as past
    is the coming one."""
    if fact not in ("planned", "possible") or getattr(tx, "direction", None) != "past" \
            or _kind(tx) not in ("duration", "interval") or not ctx.published:
        return _edtf(tx)
    prev = ctx.toks[s - 1].norm if s else ""
    if prev not in ("within", "in", "over", "during", "for"):
        return _edtf(tx)
    return resolve(f"{prev} the next {tx.text}" if not tx.text.lower().startswith("the ") else f"{prev} {tx.text}",
                   ctx.published, tense="future") or _edtf(tx)


def _background_noun(toks, h: int) -> bool:
    """'ties soured after the execution of Jang', 'since the 2014 war': a noun introduced by
    after/since/before tells what came earlier, not the news of the last days."""
    for i in range(h - 1, max(-1, h - 5), -1):
        w = toks[i].norm
        if w in ("after", "since", "before", "following", "prior"):
            return True
        if w in (",", ".", ";", ":") or (w.isalpha() and w not in ("the", "a", "an", "its", "their", "his", "her",
                                                                     "'s", "this", "that", "last")
                                          and not toks[i].text[:1].isupper() and i < h - 1):
            return False
    return False


_MEETING_NOUNS = frozenset({"talks", "meeting", "meetings", "summit", "visit", "negotiations", "consultations",
                            "call", "conversation"})


def _fronted_meeting(toks, h: int) -> bool:
    """'After talks in Beijing between Duterte and Xi, a senior diplomat announced ...': a meeting
    in an "after" / "following" phrase that opens the sentence is the news its main clause
    reports on, not background."""
    return toks[0].norm in ("after", "following") and toks[h].norm in _MEETING_NOUNS \
        and not any(toks[i].norm == "," for i in range(1, h))


def _past_perfect(before: list[str]) -> bool:
    """Background told in the past perfect by the trigger's own verb group ("had earlier accused",
    "had sent a warning"): no default date. A past perfect of an
    earlier clause does not count ("where they had earlier clashed, have disengaged")."""
    tail = before[-6:]
    if not _PAST_PERFECT.search(" ".join(tail)):
        return False
    last_had = max(i for i, w in enumerate(tail) if w == "had")
    return not any(w in _AUX for w in tail[last_had + 1:])


_REPORT_VERBS = frozenset(forms("say", "s")
                          + forms("say tell reveal add announce state claim confirm report note insist acknowledge "
                                  "admit disclose explain recall complain allege tweet write", "past"))


# between a verb of saying and its complement: its date and also "that" ("announced in January that")
_SAID_FILLER = DATE_GLUE | {"that"}


def _past_progressive(toks: list[Tok], h: int) -> bool:
    """Is the verb at ``h`` an -ing form right after "was" / "were" ("they were recalling")?"""
    return h >= 1 and toks[h].norm.endswith("ing") and toks[h - 1].norm in ("was", "were")


def _saying_date(ctx: SentenceContext, cl: list[int], first: int | None) -> str | None:
    """The past date of the verb of saying whose complement is the clause opening at ``first``
    ("Cairo and Ankara announced [on Aug. 15] (that) they were recalling ...", "Pakistan announced
    in January that Islamabad was recalling ..."): a reported act with no date of its own happened
    when it was told. None when the clause is no such complement or the saying is undated."""
    if not first or not ctx.published:
        return None
    toks = ctx.toks
    host = cl[first - 1]
    k = first - 1
    while k >= 0 and cl[k] == host and (toks[k].norm in _SAID_FILLER
                                         or any(s <= k < e for s, e, _tx in ctx.timexes)):
        k -= 1
    if k < 0 or cl[k] != host or toks[k].norm not in _REPORT_VERBS:
        return None
    dated = [tx for s, e, tx in ctx.timexes if cl[s] == host and _kind(tx) in ("date", "relative")
             and _edtf(tx) and not getattr(tx, "anaphoric", False)]
    if not dated:
        return None
    ed = _edtf(dated[-1])
    hi = _upper(ed)
    return ed if hi is not None and hi <= ctx.published else None


def _reported_had(toks, h: int) -> bool:
    """'Maduro said he had decided to freeze ...', 'She revealed that Azerbaijan had sent a
    warning': a past perfect shifted back by reported speech tells the news of the last days,
    not background."""
    had = next((i for i in range(h - 1, max(-1, h - 9), -1) if toks[i].norm == "had"), None)
    if had is None:
        return False
    for i in range(had - 1, max(-1, had - 7), -1):
        w = toks[i].norm
        if w in (".", ";", ":", ",", '"', "“", "”"):
            return False
        if w in _REPORT_VERBS:
            return True
    return False


# a finite verb or auxiliary after "had" starts another verb group: the trigger's own tense is that one
_AUX = frozenset({"have", "has", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might",
                  "shall", "should", "must", "do", "does", "did", "said", "says"})


def _after_clause_date(ctx, h: int, cl: list[int]) -> str | None:
    """'issued harsh statements after the delegation touched down Tuesday night': the event is
    dated from the after-clause's date up to the publication day."""
    if not ctx.published:
        return None
    toks = ctx.toks
    n = len(toks)
    for i in range(h + 1, min(n, h + 25)):
        if toks[i].norm in (".", ";"):
            break
        if toks[i].norm == "after" and cl[i] != cl[h]:
            sub = cl[i]
            dated = [tx for s, e, tx in ctx.timexes if cl[s] == sub and _edtf(tx) and _kind(tx) == "date"
                     and not getattr(tx, "anaphoric", False) and not _in_report(toks, i, s)]
            if not dated:
                return None
            lo = _lower(_edtf(dated[0]))
            if lo is None or lo > ctx.published:
                return None
            # a reaction follows soon: within a month of T's end, and not after publication
            up = _upper(_edtf(dated[0]))
            hi = min(ctx.published, up + dt.timedelta(days=AFTER_DAYS)) if up else ctx.published
            return lo.isoformat() if lo == hi else f"{lo.isoformat()}/{hi.isoformat()}"
    return None


_SCHEDULE_WORDS = frozenset({"set", "scheduled", "slated", "due", "planned", "expected", "held", "place", "begin",
                             "start", "open", "opens", "starts", "begins"})


def _complement_future(ctx, h: int, s: int, when: str, fact: str, nominal: bool) -> bool:
    """An act told as done in the past tense ("invited", "urged", "agreed to") with a date after it
    that lies wholly after publication: the date is that of what the act asks or plans, not its own."""
    if fact != "occurred" or nominal or s <= h or not ctx.published:
        return False
    from diplograph.ingest.events import _past_form

    if not _past_form(ctx.toks[h].norm):
        return False
    lo = _lower(when)
    return lo is not None and lo > ctx.published


_COMMIT_WORDS = re.compile(r"^(?:agree|decid|promis|pledg|vow|commit|consent|resolv)")


def _announced_before(ctx, h: int, s: int, when: str, fact: str, nominal: bool) -> bool:
    """A planned or possible act after a past date that belongs to the verb announcing it ("Germany
    said on Friday it will expel two diplomats", "officials met Wednesday to try to halt the plan to
    impose tariffs"): the date is the announcing, the act is still to come. (Not after a commitment
    verb: "agreed on Monday to restore ties" dates the agreement, which is read from it.)"""
    if fact not in ("planned", "possible") or nominal or s >= h or not ctx.published:
        return False
    hi = _upper(when)
    if hi is None or hi >= ctx.published:
        return False
    return not any(_COMMIT_WORDS.match(ctx.toks[k].norm) for k in range(max(0, s - 4), h))


def _when_clause_date(ctx, h: int, cl: list[int]) -> str | None:
    """'Mali accused the soldiers of being mercenaries when they arrived in Bamako on July 10': an
    undated act followed by a "when" clause that gives a past day happened at that time."""
    toks = ctx.toks
    for i in range(h + 1, min(len(toks), h + 16)):
        if toks[i].norm in (".", ";", ":", "?", "!") or (toks[i].norm in _SUBORDINATORS and toks[i].norm != "when"):
            return None
        if toks[i].norm != "when":
            continue
        if cl[i] == cl[h] or (i and toks[i - 1].norm in (",", "since", "until", "from")):
            return None     # ("..., when ..." after a noun or a date tells about that one)
        sub = cl[i]
        dated = [tx for s, e, tx in ctx.timexes if s > i and cl[s] == sub and _edtf(tx) and _kind(tx) == "date"
                 and not getattr(tx, "anaphoric", False) and getattr(tx, "direction", None) != "future"]
        if not dated:
            return None
        up = _upper(_edtf(dated[0]))
        if ctx.published and (up is None or _lower(_edtf(dated[0])) > ctx.published):
            return None
        return _edtf(dated[0])
    return None


def _scheduled_for(ctx, h: int, cl: list[int]) -> str | None:
    """A noun's own relative clause that schedules it dates it: "Mirziyoyev's state visit to
    Tajikistan, which is set for March 9-10", "the talks, which will take place on Monday"."""
    toks = ctx.toks
    rel = next((i for i in range(h + 1, min(len(toks), h + 8)) if toks[i].norm in ("which", "that")), None)
    if rel is None or any(toks[i].norm in (".", ";", ":") for i in range(h + 1, rel)):
        return None
    if not any(toks[i].norm in _SCHEDULE_WORDS for i in range(rel + 1, min(len(toks), rel + 5))):
        return None
    for s, _e, tx in ctx.timexes:
        if s > rel and cl[s] == cl[rel] and _kind(tx) in ("date", "interval") and _edtf(tx) \
                and not getattr(tx, "anaphoric", False):
            return _edtf(tx)
    return None


def _in_report(toks, start: int, s: int) -> bool:
    """'after Morrison said the citizenship was revoked last year': a date inside what the
    clause reports dates the reported fact, not the saying (but 'after Morrison said on
    Monday ...' dates the saying)."""
    for k in range(start + 1, s):
        if toks[k].norm in _REPORT_VERBS:
            return not all(toks[j].norm in ("on", "late", "early", "earlier", "in", "this", "last")
                           for j in range(k + 1, s))
    return False


def _after_fronted_clause(ctx, h: int) -> str | None:
    """'After the military declared martial law on Tuesday, Washington urged an early return to
    democracy': the main act (after the comma that closes the sentence-opening after-clause, with
    no date of its own) came between the after-clause's past day and publication, not on that day."""
    toks = ctx.toks
    comma = next((i for i in range(1, h) if toks[i].norm == ","), None)
    if comma is None or not ctx.published or any(toks[i].norm in _SUBORDINATORS for i in range(comma + 1, h)):
        return None
    if any(s > comma for s, e, tx in ctx.timexes):
        return None
    dated = [tx for s, e, tx in ctx.timexes if 0 < s < comma and _kind(tx) == "date"
             and not getattr(tx, "anaphoric", False)]
    if len(dated) != 1:
        return None
    day = _point(_edtf(dated[0]))
    if day is None or not day < ctx.published:
        return None
    return _span(day, ctx.published)


def _before_main_date(ctx, h: int, cl: list[int], first: int | None) -> str | None:
    """'Beijing recalled its ambassador in August after Lithuania approved the office': the event of
    an after-clause without a date of its own happened in the month before the main clause's date."""
    if first is None or ctx.toks[first].norm not in ("after", "following"):
        return None
    clause = cl[h]
    dated = [tx for s, e, tx in ctx.timexes if cl[s] != clause and _edtf(tx) and _kind(tx) == "date"
             and not getattr(tx, "anaphoric", False)]
    if not dated:
        return None
    lo, hi = _lower(_edtf(dated[0])), _upper(_edtf(dated[0]))
    if lo is None or hi is None:
        return None
    # (a main clause dated to a day: the act it answers came in the days before, "was forced to land in
    # Austria on Tuesday after France and Portugal refused air permits")
    start = lo - dt.timedelta(days=DEFAULT_DAYS if lo == hi else AFTER_DAYS)
    return f"{start.isoformat()}/{hi.isoformat()}"


_EDTF_PARTS = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _upper(edtf: str | None) -> dt.date | None:
    """The last day an EDTF date or interval covers (None when open or unreadable)."""
    if not edtf:
        return None
    part = edtf.split("/")[-1]
    m = _EDTF_PARTS.fullmatch(part)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(2) is None:
        return dt.date(y, 12, 31)
    mo = int(m.group(2))
    if mo > 12:
        mo = {21: 5, 22: 8, 23: 11, 24: 12}.get(mo, 12)
        return dt.date(y, mo, calendar.monthrange(y, mo)[1])
    if m.group(3) is None:
        return dt.date(y, mo, calendar.monthrange(y, mo)[1])
    try:
        return dt.date(y, mo, int(m.group(3)))
    except ValueError:
        return None


def _lower(edtf: str) -> dt.date | None:
    m = _EDTF_PARTS.match(edtf.split("/")[0])
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    if mo > 12:
        mo = {21: 3, 22: 6, 23: 9, 24: 12}.get(mo, 1)
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


_REF_NOUN = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*(?:['’]s)?\s+)?(?P<noun>[a-z][a-z-]{3,})\b")


_OTHER_WEEK = re.compile(r"\b(?:following|next|previous|same|that)\s+week\b", re.I)
_IN_THE_DAY = re.compile(r"\bin\s+the\s+day\b", re.I)


def rebase_references(text: str, timexes: list, published: dt.date | None) -> list:
    """Anaphoric expressions counted from their reference when the text dates it: "two weeks
    before Sunday's referendum" (the date right after), "days before the inauguration" (the
    inauguration dated elsewhere: "Petro's inauguration Sunday", "the inauguration on Aug. 7")."""
    if not timexes:
        return timexes
    txs = _quoted_deictics(text, sorted(timexes, key=lambda t: t.start), published)
    noun_dates = _dated_nouns(text, txs)
    txs = _eves(text, txs, noun_dates, published)
    out = []
    for i, tx in enumerate(txs):
        if getattr(tx, "anaphoric", False) and tx.offset is not None and not _has_complement(text, tx) \
                and not _OTHER_WEEK.search(tx.text):
            # "On March 9 ... On the same day", "... on Friday. A day later": counted from the
            # last day the text named before it, not from the publication day
            ref = _previous_day(txs[:i], tx.start)
            if ref is None:
                ref = _previous_month(txs[:i], tx.start, tx.offset)   # "In October 2019 ... Two months later"
            if ref is not None and published and _IN_THE_DAY.search(tx.text) \
                    and not 0 <= (published - ref).days <= DEFAULT_DAYS:
                ref = None   # "earlier in the day" is a day of the news, not of background told before
            if ref is not None:
                new = rebase(tx, ref)
                out.append(replace(tx, edtf=new, anaphoric=False,
                                   direction=_direction(new, published)) if new else tx)
                continue
        if not getattr(tx, "anaphoric", False) or tx.offset is None or _tail_word(tx) not in (
                _AFTER_WORDS + _BEFORE_WORDS):
            out.append(tx)
            continue
        ref = None
        nxt = txs[i + 1] if i + 1 < len(txs) else None
        if nxt is not None and 0 <= nxt.start - tx.end <= 5 and _kind(nxt) == "date" and not nxt.anaphoric:
            ref = _point(_edtf(nxt))             # "two weeks before Sunday's referendum"
        if ref is None:
            m = _REF_NOUN.match(text, tx.end)
            if m and m.group("noun") in noun_dates:
                ref = noun_dates[m.group("noun")]
        if ref is None:
            out.append(tx)
            continue
        if _tail_word(tx) in _AFTER_WORDS:
            # "days after the inauguration": the main event is the later one, ref - offset
            lo, hi = tx.offset
            new = _span(ref - dt.timedelta(days=hi), ref - dt.timedelta(days=lo))
        else:
            new = rebase(tx, ref)
        # the phrase now dates the event of its own clause directly
        out.append(replace(tx, edtf=new, anaphoric=False) if new else tx)
    return out


_DEICTIC = frozenset({"today", "tomorrow", "yesterday", "tonight"})


_QUOTE_MARK = re.compile('[“”"]')


def _quote_end(text: str, pos: int) -> int | None:
    """The end of the quotation ``pos`` lies in (the closing mark's offset), or None when it is not
    quoted: an opening mark before it in the paragraph with no closing one in between."""
    start = max(text.rfind("\n", 0, pos), 0)
    opened = None
    for m in _QUOTE_MARK.finditer(text, start, pos):
        ch = m.group()
        if ch == "“" or (ch == '"' and opened is None):
            opened = m.start()
        elif ch == "”" or (ch == '"' and opened is not None):
            opened = None
    if opened is None:
        return None
    close = [j for j in (text.find("”", pos), text.find('"', pos)) if j >= 0]
    para = text.find("\n", pos)
    end = min(close) if close else None
    return end if end is not None and (para < 0 or end < para) else None


def _quoted_deictics(text: str, txs: list, published: dt.date | None) -> list:
    """'"We cut ties from today," Lamamra said at a news conference on Tuesday': a today, tomorrow or
    yesterday inside a quotation counts from the day the speaker said it, when the attribution right
    after the quotation names that day (not from the publication day)."""
    if not published:
        return txs
    out = list(txs)
    for i, tx in enumerate(txs):
        if _tail_word(tx) not in _DEICTIC or getattr(tx, "anaphoric", False):
            continue
        day = _point(_edtf(tx))
        end = _quote_end(text, tx.start)
        if day is None or end is None:
            continue
        stop = min([j for j in (text.find(". ", end), text.find(".\n", end), text.find("“", end + 1)) if j >= 0]
                   or [len(text)])
        said = next((t for t in txs[i + 1:] if end < t.start < min(stop, end + 120) and _kind(t) == "date"
                     and not getattr(t, "anaphoric", False) and _tail_word(t) not in _DEICTIC
                     and _point(_edtf(t)) is not None), None)
        if said is None:
            continue
        ref = _point(_edtf(said))
        if ref >= published:
            continue
        new = (day + (ref - published)).isoformat()
        out[i] = replace(tx, edtf=new, direction=_direction(new, published))
    return out


_EVE = re.compile(r"\b(?:[Oo]n\s+)?[Tt]he\s+eve\s+of\s+(?:(?:the|a|an|this|next|last|his|her|their|its)\s+)?"
                  r"(?:[A-Z0-9][\w.’'-]*(?:['’]s)?\s+){0,3}(?P<noun>[a-z][a-z-]{3,})\b")


_EVE_OF = re.compile(r"eve\s+of\s")   # in every match of _EVE
_STOP = re.compile(r"[.;,]")


def _eves(text: str, txs: list, noun_dates: dict, published: dt.date | None) -> list:
    """'on the eve of the summit on Wednesday', 'on the eve of Xi's visit' (the visit dated elsewhere:
    'Xi's visit on Monday'): the day before that event's day."""
    out = list(txs)
    if not _EVE_OF.search(text):
        return sorted(out, key=lambda t: t.start)     # (a quick test before the full pattern)
    for m in _EVE.finditer(text):
        if any(t.start <= m.start() < t.end for t in txs):
            continue
        nxt = next((t for t in txs if m.end() <= t.start <= m.end() + 40 and _kind(t) == "date"
                    and not getattr(t, "anaphoric", False) and _point(_edtf(t)) is not None
                    and not _STOP.search(text[m.end():t.start])), None)
        ref = _point(_edtf(nxt)) if nxt is not None else noun_dates.get(m.group("noun").lower())
        if ref is None:
            continue
        day = ref - dt.timedelta(days=1)
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        out = [t for t in out if not (start <= t.start and t.end <= m.start("noun"))]   # "the June 16 summit"
        out.append(Timex(start, m.start("noun") - 1, text[start:m.start("noun") - 1].rstrip(), day.isoformat(),
                         "date", _direction(day.isoformat(), published)))
    return sorted(out, key=lambda t: t.start)


_REF_WINDOW = 2500   # characters back to the day an anaphoric "the next day" counts from


def _has_complement(text: str, tx) -> bool:
    """'a day after Finland expressed', 'two weeks before Sunday's referendum': the phrase names
    its own reference (a clause or a noun after it); 'a day later,', 'the same day' do not."""
    if _tail_word(tx) not in _AFTER_WORDS + _BEFORE_WORDS:
        return False
    nxt = text[tx.end:tx.end + 3]
    return bool(nxt) and nxt[0] == " " and (nxt[1:2].isalnum() or nxt[1:2] in "\"“‘'")


def _previous_day(txs: list, pos: int) -> dt.date | None:
    """The day of the last non-anaphoric expression that names one, ending shortly before ``pos``."""
    for tx in reversed(txs):
        if tx.end > pos or pos - tx.end > _REF_WINDOW:
            continue
        if _kind(tx) != "date" or getattr(tx, "anaphoric", False):
            continue
        day = _point(_edtf(tx))
        if day is not None:
            return day
        if pos - tx.end > 0:
            # a coarser date ("in March") is the nearer reference: no day to count from
            return None
    return None


_MONTH_EDTF = re.compile(r"(\d{4})-(\d{2})")


def _previous_month(txs: list, pos: int, offset: tuple[int, int]) -> dt.date | None:
    """For an offset of months ("Two months later", "a month earlier"), the middle of the month the
    last non-anaphoric date before ``pos`` names ("In October 2019, Bulgaria expelled ... Two months
    later, Russia expelled": December 2019, not two months after publication)."""
    if max(abs(offset[0]), abs(offset[1])) < 28:
        return None
    for tx in reversed(txs):
        if tx.end > pos or pos - tx.end > _REF_WINDOW:
            continue
        if _kind(tx) != "date" or getattr(tx, "anaphoric", False):
            continue
        m = _MONTH_EDTF.fullmatch(_edtf(tx) or "")
        if m is None or not 1 <= int(m.group(2)) <= 12:
            return None     # the nearest date names no month: nothing to count from
        return dt.date(int(m.group(1)), int(m.group(2)), 15)
    return None


def _direction(edtf: str | None, published: dt.date | None) -> str | None:
    lo, hi = (_lower(edtf), _upper(edtf)) if edtf else (None, None)
    if not published or lo is None or hi is None:
        return None
    return "past" if hi < published else "future" if lo > published else None


def _span(a: dt.date, b: dt.date) -> str:
    a, b = min(a, b), max(a, b)
    return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"


_DAY_EDTF = re.compile(r"\d{4}-\d{2}-\d{2}")


def _point(edtf: str | None) -> dt.date | None:
    if not edtf or "/" in edtf or not _DAY_EDTF.fullmatch(edtf):
        return None
    try:
        return dt.date.fromisoformat(edtf)
    except ValueError:
        return None


_NOUN_BEFORE_DAY = re.compile(r"([a-z][a-z-]{3,})\s+(?:on\s+|of\s+)?$")
_NOUN_HELD_ON_DAY = re.compile(r"([a-z][a-z-]{3,}),?\s+(?:which|that)\s+(?:opened|began|started|ended|closed|took\s+place|"
                               r"(?:was|were|is|are)\s+held|opens|begins|starts|ends|takes\s+place)\s+(?:on\s+)?$")
_NOUN_AFTER_DAY = re.compile(r"(?:['’]s)?\s+([a-z][a-z-]{3,})")


def _dated_nouns(text: str, txs: list) -> dict[str, dt.date]:
    """Event nouns the article dates to a day: "inauguration Sunday", "Sunday's referendum",
    "the summit on May 9"."""
    out: dict[str, dt.date] = {}
    for tx in txs:
        if _kind(tx) != "date" or getattr(tx, "anaphoric", False):
            continue
        day = _point(_edtf(tx))
        if day is None:
            continue
        before = text[max(0, tx.start - 60):tx.start]
        after = text[tx.end:tx.end + 30]
        m = _NOUN_BEFORE_DAY.search(before[-30:])
        if m:
            out.setdefault(m.group(1), day)
        # "the summit, which opened Tuesday", "the talks that were held on Monday"
        m = _NOUN_HELD_ON_DAY.search(before)
        if m:
            out.setdefault(m.group(1), day)
        m = _NOUN_AFTER_DAY.match(after)
        if m:
            out.setdefault(m.group(1), day)
    return out


# what may stand before a date that opens a sentence: "In January 2020, ...", "Back in May, ...", "On March 3, ..."
_FRONTED_DATE_LEAD = re.compile(r"\W*(?:(?:back|later|earlier|early|late)\s+)?(?:in|on|by|during)?\s*", re.I)


def _fronted_past_date(text: str, sent: tuple[int, int], txs: list, published: dt.date) -> str | None:
    """The date a sentence opens with ("In January 2020, Bulgaria expelled ..."), when it lies before
    the days a news report's undated acts take (older than the default window)."""
    s, e = sent
    first = next((t for t in txs if s <= t.start < e), None)
    if first is None or _kind(first) != "date" or getattr(first, "anaphoric", False):
        return None
    lead = _FRONTED_DATE_LEAD.fullmatch(text, s, first.start)
    if not lead or not (text.startswith(",", first.end) or text[s:first.start].strip()):
        return None     # "In January 2020, ...", "On April 13 they ..." (not "April 13 was ...")
    hi = _upper(_edtf(first))
    if hi is None or hi >= published - dt.timedelta(days=DEFAULT_DAYS):
        return None
    return _edtf(first)


def inherit_paragraph_dates(text: str, sentences: list[tuple[int, int]], timexes: list, candidates: list,
                            published: dt.date | None) -> None:
    """An undated act told in the simple past right after a sentence of its paragraph that opens with
    a past date belongs to that episode ("In January 2020, Bulgaria expelled two Russians. The Russian
    Foreign Ministry said Moscow could retaliate": January 2020), not to the days before publication.
    Only a sentence without any temporal expression of its own, at most two sentences after the
    dated one (with no dated sentence in between), and only acts whose date is a default."""
    if not published or not candidates:
        return
    txs = sorted(timexes, key=lambda t: t.start)
    dated = {k for k, (s, e) in enumerate(sentences) if any(s <= t.start < e for t in txs)}
    inherited: dict[int, str | None] = {}
    for c in candidates:
        if c.when_source != "default" or c.factuality not in ("occurred", "negated") or c.sentence in dated:
            continue
        if c.sentence not in inherited:
            inherited[c.sentence] = _episode_date(text, sentences, txs, dated, c.sentence, published)
        when = inherited[c.sentence]
        if when is not None:
            c.when, c.when_source = when, "timex"


def _episode_date(text: str, sentences: list[tuple[int, int]], txs: list, dated: set[int], k: int,
                  published: dt.date) -> str | None:
    """The fronted past date of the nearest dated sentence before sentence ``k`` in its paragraph."""
    for j in range(k - 1, max(-1, k - 3), -1):
        if "\n" in text[sentences[j][1]:sentences[j + 1][0]]:
            return None     # a new paragraph starts after sentence j
        if j in dated:
            return _fronted_past_date(text, sentences[j], txs, published)
    return None
