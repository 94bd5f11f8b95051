"""A party's stance toward a measure that says its status: obeying it keeps it in force (S21); promising to back it
backs a measure still to be decided (S7); not backing another's measure (S61) leaves one in force `imposed`, its
imposer's, a pending package `considered`, and sanctions no imposer names ('we are not going to support sanctions
against Iran') a stance on sanctions as a kind (`other`)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.climb import Climb, Step
from quotelens.findings.sanctions.frames import SUPPORTING_VERBS, going_to, names_its_imposer, still_to_come
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary

_COMPLIANCE = vocabulary("sanction_status")["compliance"]
_OBEYING_PREPS: dict[str, str] = _COMPLIANCE["prepositional"]  # 'comply' -> 'with'
_OBEYING_VERBS = frozenset(_COMPLIANCE["transitive"])
_STANCE_VERBS = frozenset(vocabulary("sanctions")["modality"]["stance_words"]) | SUPPORTING_VERBS
_DISCUSSIONS = vocabulary("sanctions")["discussions"]
_WHOLES = frozenset(_DISCUSSIONS["new_wholes"])
_NEW = frozenset(_DISCUSSIONS["new_words"])


def obeyed(head: Token, lex: Lexicon) -> bool:
    """'We expect the Norwegian business sector to comply with the sanctions', 'Turkey will fully abide by UN
    sanctions', 'won't observe unilateral sanctions imposed by third countries': a measure obeyed, or to be obeyed,
    is in force (S21), whatever expectation, promise or negation is said of the obeying; not a measure the text calls
    new or future ('will comply with any new sanctions'), which no one obeys yet."""
    if still_to_come(head, lex):
        return False
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in _OBEYING_VERBS
    prep = head.head
    return head.dep_ == "pobj" and prep.dep_ == "prep" and _OBEYING_PREPS.get(prep.head.lemma_.lower()) == prep.lower_


def promised_backing(climb: Climb, step: Step) -> str | None:
    """'Croatia will support the sanctions against Russia', 'Hungary will not support the European Commission's
    sanctions': a member's promise to back, or not to back, a measure is its stance on one still to be decided (S7:
    considered), as 'will not veto' is (imposing._declined); 'supports further sanctions' in the present is
    modality._backed, and 'supported targeted sanctions' in the past can be the decision itself. A promise not to
    back sanctions the text names without a determiner ('not going to support sanctions against Iran') is a policy,
    which the climb decides."""
    word, below = step.word, step.below
    if step.lemma not in SUPPORTING_VERBS or word.pos_ != "VERB" or below is None or below.dep_ != "dobj":
        return None
    if not (step.auxes & climb.lex.future_aux or going_to(word)):
        return None
    promised = word.head if going_to(word) else word  # 'are not going to support': the 'not' is on 'going'
    if (step.negated or children(promised, "neg")) and not children(climb.candidate.head, "det", "poss"):
        return None
    return "considered"


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
