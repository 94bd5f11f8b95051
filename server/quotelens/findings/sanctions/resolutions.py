"""Breaches of UN Security Council resolutions that impose measures on a state (docs/annotation.md S14): the state
whose measures the breached resolutions are, which is the mention's target; a resolution that imposes nothing on
anyone ('resolutions declaring settlements illegal', a ceasefire) names no such state and gives no mention."""

from __future__ import annotations

from spacy.tokens import Span

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.entities import entities_within
from quotelens.language.tree import children, sentence_of
from quotelens.language.vocabulary import vocabulary

# every name and other name (data/sanctions.json un_measures), lower case -> the state as a target is written
_STATES = {name.lower(): state for state, names in vocabulary("sanctions")["un_measures"]["states"].items()
           for name in (state, *names)}
_MEMO = "quotelens.un_measures_state_by_sentence"


def state_under_un_measures(candidate: Candidate, lex: Lexicon) -> str | None:
    """The state under the Council's measures that a breach's sentence names first ('cooperating with North Korea on
    programs that would violate UN Security Council resolutions', 'transshipment with North Korean vessels in
    violation of the UN resolutions'), else the sentence before it; None when neither names one, or when what
    breaches them is a measure ('Iran says the US sanctions violate resolution 2231': a claim, not a breach)."""
    if _breached_by_a_measure(candidate, lex):
        return None
    sentence = sentence_of(candidate.trigger.doc[candidate.trigger.i:candidate.trigger.i + 1])
    before = sentence_of(sentence.doc[sentence.start - 1:sentence.start]) if sentence.start else None
    return _first_state(sentence) or (_first_state(before) if before is not None else None)


def _first_state(sentence: Span) -> str | None:
    """The first state under UN measures a sentence names, as a name, an adjective or a capital; read once per
    sentence, since a sentence may hold many breaches."""
    memo = sentence.doc.user_data.setdefault(_MEMO, {})
    if sentence.start not in memo:
        memo[sentence.start] = _read_first_state(sentence)
    return memo[sentence.start]


def _read_first_state(sentence: Span) -> str | None:
    for entity in entities_within(sentence.doc, sentence.start, sentence.end):
        words = " ".join(t.text for t in entity if t.dep_ != "case").lower()  # "North Korea's"
        state = _STATES.get(words) or _STATES.get(words.removeprefix("the "))
        if state is not None:
            return state
    return next((_STATES[t.lower_] for t in sentence if t.pos_ in ("PROPN", "ADJ") and t.lower_ in _STATES), None)


def _breached_by_a_measure(candidate: Candidate, lex: Lexicon) -> bool:
    """'the US sanctions violate ...', 'the sanctions were a breach of ...': the subject of the breaking verb, or of
    the clause a breaking noun is said of, is a measure."""
    verb = candidate.verb
    if verb is None:
        return False
    clause = verb.head if verb.dep_ in ("attr", "acomp", "oprd") else verb
    return any(s.lemma_.lower() in lex.measure_nouns or s.lemma_.lower() in lex.generic_objects
               for s in children(clause, "nsubj", "nsubjpass"))
