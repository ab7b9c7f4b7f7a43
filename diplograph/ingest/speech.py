"""Verbs of saying: the one list of the verbs that report speech, and the forms of them each reader takes.

The sets and regexes of actors, events and eventtime that look for a verb of saying are built
from this table with :func:`forms`, so a verb's forms are typed once. The module imports nothing
from diplograph (any module may import it).

>>> forms("say add", "past s")
('said', 'says', 'added', 'adds')
>>> forms("label", "past")
('labelled', 'labeled')
"""

from __future__ import annotations

# lemma: base, 3rd person, past (and participle), -ing; "/" separates spelling variants
_TABLE = """
say says said saying
tell tells told telling
add adds added adding
state states stated stating
announce announces announced announcing
declare declares declared declaring
note notes noted noting
insist insists insisted insisting
warn warns warned warning
confirm confirms confirmed confirming
stress stresses stressed stressing
assert asserts asserted asserting
write writes wrote writing
continue continues continued continuing
explain explains explained explaining
argue argues argued arguing
imply implies implied implying
report reports reported reporting
reveal reveals revealed revealing
claim claims claimed claiming
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
disclose discloses disclosed disclosing
recall recalls recalled recalling
complain complains complained complaining
allege alleges alleged alleging
tweet tweets tweeted tweeting
reiterate reiterates reiterated reiterating
remind reminds reminded reminding
demand demands demanded demanding
repeat repeats repeated repeating
urge urges urged urging
underscore underscores underscored underscoring
underline underlines underlined underlining
emphasise emphasises emphasised emphasising
emphasize emphasizes emphasized emphasizing
maintain maintains maintained maintaining
affirm affirms affirmed affirming
call calls called calling
describe describes described describing
brand brands branded branding
term terms termed terming
label labels labelled/labeled labelling/labeling
believe believes believed believing
think thinks thought thinking
vow vows vowed vowing
pledge pledges pledged pledging
threaten threatens threatened threatening
"""
_KINDS = ("base", "s", "past", "ing")

# every verb of saying: lemma -> kind ("base", "s", "past", "ing") -> its forms
SPEECH_VERBS: dict[str, dict[str, tuple[str, ...]]] = {
    cols[0]: dict(zip(_KINDS, (tuple(c.split("/")) for c in cols), strict=True))
    for cols in (line.split() for line in _TABLE.strip().splitlines())
}

# verbs that name what something is ("called the move illegal", "described it as a provocation",
# "branded them spies"): a statement made with them judges whoever it is about
JUDGING = ("call", "describe", "brand", "term", "label")
# verbs of opinion: like a verb of saying they open a reported clause ("Kenya believes the troops ...")
OPINION = ("believe", "think")
# verbs of committing ("vowed it would take strong measures"): the speaker is the one who acts
COMMITTING = ("vow", "pledge", "threaten")


def forms(lemmas: str, kinds: str) -> tuple[str, ...]:
    """The forms of the space-separated ``lemmas`` of the given space-separated ``kinds``
    (base, s, past, ing), lemma by lemma in the order given (regexes built from them keep it);
    a KeyError for a verb the table lacks."""
    return tuple(f for lemma in lemmas.split() for k in kinds.split() for f in SPEECH_VERBS[lemma][k])
