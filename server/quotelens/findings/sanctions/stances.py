"""S61: a party's stance on a measure it does not back. Another's measure in force that a party does not back,
support or agree with stays in force (`imposed`, its imposer's); a pending package a member does not back is still to
be decided (`considered`, S7); sanctions no imposer names ('we are not going to support sanctions against Iran') are
a stance on sanctions as a kind (`other`)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.climb import Climb, Step
from quotelens.findings.sanctions.frames import SUPPORTING_VERBS, going_to, names_its_imposer
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary

_STANCE_VERBS = frozenset(vocabulary("sanctions")["modality"]["stance_words"]) | SUPPORTING_VERBS
_DISCUSSIONS = vocabulary("sanctions")["discussions"]
_WHOLES = frozenset(_DISCUSSIONS["new_wholes"])
_NEW = frozenset(_DISCUSSIONS["new_words"])


def stance_against(climb: Climb, step: Step) -> str | None:
    """'Macedonia has not backed EU sanctions on Russia' (imposed), 'did not support the 13th package of EU sanctions'
    (considered), 'we are not going to support sanctions against Iran' (other): a negated verb of backing right above
    the measure it takes; not one whose subject is the measure, nor 'did not support imposing an arms embargo', whose
    own verb decides."""
    word, below = step.word, step.below
    if step.lemma not in _STANCE_VERBS or word.pos_ != "VERB" or below is None or below.dep_ not in ("dobj", "prep") \
            or len(step.under) > 3 or not (step.negated or _not_going(word)):
        return None
    if climb.candidate.verb is None and names_its_imposer(climb.candidate.head):
        return "considered" if _in_pending_package(climb.candidate.head) else "imposed"
    return "other"


def _not_going(word: Token) -> bool:
    """'are not going to support': the negation on 'going'."""
    return going_to(word) and bool(children(word.head, "neg"))


def _in_pending_package(head: Token) -> bool:
    """'the 13th package of EU sanctions', 'a new package of EU sanctions': a package still to be adopted."""
    if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.lemma_.lower() not in _WHOLES:
        return False
    return any(m.lower_ in _NEW or m.ent_type_ == "ORDINAL" for m in children(head.head.head, "amod", "det", "compound", "nummod"))
