"""S67: a measure a party tried to impose, widen or lift and (the text says or leaves open) did not get is an
attempt, a call the text tells as made (S7: considered): 'tried to put Kirill on its sanctions list', 'tried to
push the EU into widening the sanctions net', 'try to avoid economic sanctions'. The progressive 'are trying to
impose' describes an effort still under way, often a measure in force the speaker resents ('why are they trying to
impose visa sanctions', of a policy announced: S67 keeps its status) or a threat; it is left to the other deciders."""

from __future__ import annotations

from quotelens.findings.sanctions.climb import Climb, Step
from quotelens.language.vocabulary import word_list

_ATTEMPT_WORDS = frozenset(word_list("sanction_status", "attempt_words"))


def attempted(climb: Climb, step: Step) -> str | None:
    """'The EU tried to put Kirill on its sanctions list': the verb of trying over the measure's infinitive."""
    if step.lemma not in _ATTEMPT_WORDS or step.word.pos_ != "VERB" or step.word.tag_ == "VBG":
        return None
    if step.below is not climb.start or step.below.dep_ != "xcomp" or climb.in_force:
        return None  # not 'tries to hide its responsibility by announcing measures': the measure's own verb only
    return "other" if step.negated else "considered"  # 'did not try to impose sanctions' proposes nothing
