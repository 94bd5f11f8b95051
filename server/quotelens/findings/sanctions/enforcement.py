"""S57: seizing a ship, a cargo or goods for breaking sanctions or an embargo enforces the measure, no mention, when
the property is no sanctioned party's own (docs/annotation.md S57: the breach is the mention)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.owners import owner_named_before, owner_of
from quotelens.language.syntax import sentence_start
from quotelens.language.tree import children, prep_objects
from quotelens.language.vocabulary import vocabulary

_SEIZURES = vocabulary("sanctions")["seizures"]
_ENFORCED = frozenset(_SEIZURES["enforced"])
_OWNERS_CRAFT = frozenset(_SEIZURES["owners_craft"])
_WINDOW = 150  # words back (a paragraph) to the yacht a definite 'the vessel' may stand for


def enforces_measure(candidate: Candidate, lex: Lexicon) -> bool:
    """'seized a 2,734-ton tanker that violated international sanctions', 'Three containers loaded with luxury goods
    bound for Russia have been seized': a ship, cargo or goods seized with no owner the text names and no country
    whose property it is ('an Iranian tanker', 'barrels of Iranian fuel' stay; so do yachts and assets)."""
    if candidate.trigger.lemma_.lower() not in lex.seizure_words:
        return False
    seized = _seized(candidate)
    if seized is None or seized.lemma_.lower() not in _ENFORCED:
        return False
    return not any(_owned(word, lex) for word in (seized, *seized.conjuncts)) and not _stands_for_craft(seized)


def _seized(candidate: Candidate) -> Token | None:
    """What is seized: the verb's patient ('seized a tanker', 'an oil tanker seized'); the noun's 'of' object or
    compound ('the seizure of the vessel', 'the tanker seizure')."""
    if candidate.kind == "verb":
        return candidate.head
    trigger = candidate.trigger
    for prep in children(trigger, "prep"):
        if prep.lower_ == "of":
            return next(iter(children(prep, "pobj")), None)
    return next(iter(children(trigger, "compound")), None)


def _owned(word: Token, lex: Lexicon) -> bool:
    """An owner a clause names, or one the sentence before names, or a country's adjective or possessive on it
    ('Iranian fuel', 'Russia's tankers'); not a flag or a link in a hyphened compound ('an Iranian-flagged tanker')."""
    if owner_of(word, lex) is not None or owner_named_before(word, lex) is not None:
        return True
    countries = [c for c in children(word) if c.dep_ in ("amod", "compound", "poss")
                 and (c.ent_type_ in ("NORP", "GPE") or c.lower_ in lex.country_of_adjective)]
    inner = prep_objects(word, "of")
    return bool(countries) or any(_owned(o, lex) for o in inner)


def _stands_for_craft(seized: Token) -> bool:
    """'seized the Amore Vero yacht ... the boat ... seize the vessel': a definite ship with a yacht named before it,
    and no ship introduced since, stands for the yacht."""
    if not _is_definite(seized):
        return False
    doc = seized.doc
    for word in reversed(doc[max(0, seized.i - _WINDOW): seized.i]):
        lemma = word.lemma_.lower()
        if word.pos_ == "NOUN" and lemma in _OWNERS_CRAFT:
            return True
        if word.pos_ == "NOUN" and lemma in _ENFORCED and not _is_definite(word) and word.i < sentence_start(seized):
            return False  # 'seized a 2,734-ton tanker ... The seizure of the vessel': the ship introduced; 'the boat'
    return False  # between the yacht and 'the vessel' is the yacht again


def _is_definite(noun: Token) -> bool:
    return any(c.lower_ in ("the", "this", "that") for c in children(noun, "det"))
