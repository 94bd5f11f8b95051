"""Measures that restrain people and property in words other than 'sanction': 'banned senior executives from entering
the country', 'the bank accounts of the officials were frozen'."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate, patient_of
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.senses import is_sports
from quotelens.language.tree import children


def barred_from(verb: Token, lex: Lexicon) -> Token | None:
    """The 'entering' of 'banned senior executives from entering the country'."""
    for child in children(verb):
        if child.dep_ == "prep" and child.lower_ == "from":
            for inner in children(child):
                if inner.dep_ == "pcomp" and inner.lemma_.lower() in lex.travel_ban_from:
                    return inner
    return None


def travel_ban_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'banning senior executives from entering the country', 'oligarchs will be barred from entering our country'."""
    patient = patient_of(token)
    entering = barred_from(token, lex)
    if patient is None or entering is None or is_sports(patient, lex):
        return None
    start = min(token.i, patient.left_edge.i) if patient.i < token.i else token.i
    return Candidate(token, patient, token, start, entering.right_edge.i + 1, "verb", clear=False)


def frozen_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'the bank accounts of the officials were frozen' (spaCy reads 'frozen' as an adjective there)."""
    subject = next((c for c in children(token.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not {subject.lower_, subject.lemma_.lower()} & lex.measure_verbs["freeze"]:
        return None
    return Candidate(token, subject, token, subject.left_edge.i, token.i + 1, "noun", clear=True)


def misread_noun_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'The asset freezes apply to 1,200 people', which spaCy reads as a subject 'The asset' and a verb 'freezes':
    a measure word tagged a verb whose subject, right before it, is the modifier that makes it a measure noun."""
    rule = lex.qualified.get(token.lemma_.lower())
    subject = token.nbor(-1) if token.i > 0 and token.pos_ == "VERB" else None
    if rule is None or subject is None or subject.dep_ != "nsubj" or subject.head.i != token.i \
            or subject.lemma_.lower() not in rule["modifiers"]:
        return None
    return Candidate(token, token, None, subject.left_edge.i, token.i + 1, "noun", clear=bool(rule["clear"]))
