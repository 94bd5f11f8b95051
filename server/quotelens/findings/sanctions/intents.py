"""S62: a party's readiness for a measure ('prepared to', 'ready to') and a dispute that 'threatens to
delay' a package are intents and proposals, considered (S43), not threats; a condition still makes them threatened."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

_INTENT_WORDS = frozenset(word_list("sanction_status", "intent_words"))
_DELAYING_WORDS = frozenset(word_list("sanction_status", "delaying_words"))


def states_intent(word: Token, below: Token | None) -> bool:
    """'We are prepared to incorporate even tougher sanctions', 'Venezuela is prepared for ... the reimposition of
    U.S. sanctions', 'The dispute now threatens to delay the entire sanctions package': the word above the measure
    says what a party is ready for or what may hold a package up, not what will befall a target; not the verb of
    preparing ('has prepared new sanctions', 'is preparing for new sanctions')."""
    if word.lower_ in _INTENT_WORDS:
        return word.tag_ == "JJ" or (word.tag_ == "VBN" and any(c.lower_ in ("is", "are", "was", "were", "be", "been")
                                                                  for c in children(word, "auxpass")))
    return word.lemma_.lower() == "threaten" and below is not None and below.dep_ == "xcomp" \
        and below.lemma_.lower() in _DELAYING_WORDS
