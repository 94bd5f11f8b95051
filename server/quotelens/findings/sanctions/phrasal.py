"""Phrasal verbs whose particle says what happens to a measure: 'rolled back sanctions' lifts, 'rolled over' extends."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

_PHRASAL = {verb: dict(particles) for verb, particles in word_list("sanction_status", "phrasal_status").items()}


def phrasal_status(verb: Token) -> str | None:
    """The status the verb's particle gives it ('rolled back', and the passive 'were rolled back', whose particle the
    parser makes an adverb), or None when it is no such phrase."""
    particles = _PHRASAL.get(verb.lemma_.lower())
    if not particles:
        return None
    return next((particles[c.lower_] for c in children(verb, "prt", "advmod") if c.lower_ in particles), None)
