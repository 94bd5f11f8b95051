"""People a state bans outright: 'The Russian Foreign Ministry banned several prominent Kiwis', 'the decision to ban
Cristina Fernández de Kirchner and her immediate family'. A state's ban on people with nothing said of what it bars
them from keeps them out of its territory: a travel ban (docs/annotation.md: travel, visa, entry bans)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import state_of_words
from quotelens.findings.sanctions.candidate import Candidate, patient_of
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.senses import is_sports
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary

_BANNED = vocabulary("sanctions")["travel_bans"]["people_banned"]
_VERBS = frozenset(_BANNED["verbs"])
_PEOPLE = frozenset(_BANNED["people"])


def banned_people_candidate(verb: Token, lex: Lexicon) -> Candidate | None:
    """'banned several prominent Kiwis', 'will ban Cristina Fernández de Kirchner and her immediate family': an active
    banning verb whose object is people and whose doer (its subject, or that of the decision or plan it completes) is
    a sanctioning state or body; not a ban 'from' something ('banned from competing': another bar, restraints.py),
    a passive ban with no doer ('the singer was banned'), nor a ban of a party, a book or a product."""
    if verb.lemma_.lower() not in _VERBS or verb.pos_ != "VERB" or children(verb, "auxpass") \
            or any(p.lower_ == "from" for p in children(verb, "prep")):
        return None
    patient = patient_of(verb)
    if patient is None or patient.i < verb.i or is_sports(patient, lex) \
            or not any(_is_people(p) for p in (patient, *patient.conjuncts)):
        return None
    doer = _doer(verb)
    if doer is None or doer.pos_ == "PRON" or not (doer.ent_type_ == "GPE" or state_of_words(list(doer.subtree), lex)):
        return None  # "Russia", "The Russian Foreign Ministry", "the US State Department"
    end = max(o.right_edge.i for o in (patient, *patient.conjuncts)) + 1
    return Candidate(verb, patient, verb, verb.i, end, "verb", clear=False)


def _is_people(word: Token) -> bool:
    """A named person, a nation's people ('Kiwis', 'Americans') or a noun of people ('officials', 'lawmakers')."""
    return word.ent_type_ == "PERSON" or (word.ent_type_ == "NORP" and word.lower_.endswith("s")) \
        or word.lemma_.lower() in _PEOPLE


def _doer(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb whose decision or plan it completes ('Rubio made the decision to ban
    X', 'Russia decided to ban X')."""
    for holder in (verb, verb.head, verb.head.head):
        subject = next(iter(children(holder, "nsubj")), None)
        if subject is not None:
            return subject
        if holder.dep_ not in ("xcomp", "acl", "dobj", "pcomp", "prep"):  # "responded by banning 200 officials"
            return None
    return None


def bans_people(candidate: Candidate) -> bool:
    """Whether a verb mention bans people outright ('banned several prominent Kiwis'): a travel ban, whatever words
    a kind of measure needs (measures.py)."""
    verb = candidate.trigger
    return candidate.kind == "verb" and verb.lemma_.lower() in _VERBS and candidate.verb is not None \
        and candidate.verb.i == verb.i and candidate.head.i > verb.i and _is_people(candidate.head) \
        and not any(p.lower_ == "from" for p in children(verb, "prep"))
