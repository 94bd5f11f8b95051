"""Who takes up another body's measures (docs/annotation.md S10): the subject of a clause that adopts, implements,
joins or aligns with a measure is its authority, whoever the measure's own words say first made it ('Switzerland
adopted the EU's sanctions', 'Norway subscribed to the EU's sanctions'). parties.py reads the word returned as it
reads a subject."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import state_of_words
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary

if TYPE_CHECKING:
    from quotelens.findings.sanctions.candidate import Candidate


def adopter(candidate: Candidate) -> Token | None:
    """The subject of the adopting verb that governs the measure; None where no such verb does, or where the verb's
    subject is given by a call ('the EU called on Chisinau to join its sanctions' is a call, the measure the EU's)."""
    verb = _adopting_verb(candidate)
    if verb is None:
        return None
    subjects = children(verb, "nsubj")
    if subjects:
        return subjects[0]
    # "Moldova has begun to join European sanctions" (an infinitive's subject is its head's), "The Swiss Federal
    # Council enacted sanctions, adopting the latest measures of the EU" (a participle's is its clause's); not a
    # controller by object or addressee, which is a call
    ordered = children(verb.head, "dobj") if verb.head.lemma_.lower() in _adopting_words().commanding else []
    if verb.dep_ in ("xcomp", "advcl") and ordered:
        return ordered[0]  # S37: "directed the Governor of the Central Bank of Nigeria, to implement the sanctions"
    controlled = verb.dep_ == "advcl" or (verb.dep_ == "xcomp" and not children(verb.head, "dobj"))
    if controlled and verb.head.pos_ in ("VERB", "AUX"):
        return next(iter(children(verb.head, "nsubj")), None)
    return None


def carries_out(candidate: Candidate) -> bool:
    """Whether the verb that takes the measure up only carries it out ('enforce', 'apply'; S37), so that a measure
    its own words name as a body's stays the body's."""
    verb = _adopting_verb(candidate)
    return verb is not None and verb.lemma_.lower() in _adopting_words().carrying


def adopting_state(candidate: Candidate, lex: Lexicon) -> str | None:
    """The state the adopter's own words name, for a definite repeat whose party only its own clause gives ('adopting
    the latest measures introduced by the EU': the Swiss Federal Council's)."""
    taker = adopter(candidate)
    return state_of_words([t for t in taker.subtree if t.i <= taker.i], lex) if taker is not None else None


def _adopting_verb(candidate: Candidate) -> Token | None:
    """The verb whose object the measure is ('adopted the sanctions'), or that takes it by a preposition of joining
    ('subscribed to', 'aligned with')."""
    words = _adopting_words()
    head = candidate.head
    if head.dep_ == "dobj":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in words.preps:
        verb = head.head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in words.taking_up else None


class _AdoptingWords(NamedTuple):
    """data/sanctions.json adopting_verbs: verbs that take a body's measure up (``taking_up``: adopting ones and
    those that only carry it out, S37), by which preposition, and by which a head orders its agency to."""

    taking_up: frozenset[str]
    preps: frozenset[str]
    carrying: frozenset[str]
    commanding: frozenset[str]


@functools.cache
def _adopting_words() -> _AdoptingWords:
    adopting = vocabulary("sanctions")["adopting_verbs"]
    carrying = frozenset(adopting["carrying"])
    return _AdoptingWords(frozenset(adopting["verbs"]) | carrying, frozenset(adopting["preps"]), carrying,
                          frozenset(adopting["commanding"]))


def is_member_noun(word: Token) -> bool:
    """'the last G7 member to apply sanctions': a member acting, not a decision its body owns (parties.py)."""
    return word.lemma_.lower() in _member_nouns()


@functools.cache
def _member_nouns() -> frozenset[str]:
    return frozenset(vocabulary("sanctions")["member_nouns"]["nouns"])
