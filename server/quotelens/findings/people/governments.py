"""A name standing for a government: "the Donald Trump administration", "the administration of Nicolas Maduro".

Its own module, below the finders: posts.py gives such a name its leader's implied office, or lists no person the
article names only as an administration's label.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import word_of


def government_named_for(span: Span) -> Token | None:
    """The government noun a name says who heads: one the name modifies ("the Donald Trump administration"), or
    one whose "of" the name completes ("the administration of Nicolás Maduro")."""
    root = span.root
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ == "of" and noun.head.i < noun.i:
        noun = noun.head
    elif root.dep_ not in {"compound", "poss", "nmod"} or noun.i < span.end:
        return None
    return noun if word_of(noun.text) in ROLES.government_nouns else None


def names_only_an_administration(mentions: tuple[Span, ...]) -> bool:
    """Whether the article names a person only as the label of their administration ("the Trump administration",
    "US President Donald Trump's administration", "the administration of Nicolas Maduro"): the phrase names a
    government, not a person (docs/annotation.md, S17), so the person is not listed. Only "administration":
    "the Netanyahu government" and "the Assad regime" the guideline leaves listed."""
    return bool(mentions) and all(_administration(government_named_for(span)) for span in mentions)


def _administration(noun: Token | None) -> bool:
    return noun is not None and noun.lower_ == "administration"
