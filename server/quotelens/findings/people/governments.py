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


# Verbs whose passive, after a body, names the person at its head: "the civilian government led by Aung San Suu Kyi".
_HEADING_VERBS = frozenset({"lead", "head", "run", "chair", "supervise", "helm"})
# Bodies in lower case whose head so named holds public office: a government (government_nouns) or a ministry ("the
# ministry supervised by João Gomes Cravinho"); not a board, team or bench, which firms and courts have alike.
_LED_BODIES = ROLES.government_nouns | {"ministry"}


def government_led_by(span: Span) -> Token | None:
    """The government or ministry a name is written as heading, after the body: "the civilian government led by
    Aung San Suu Kyi", "the ministry supervised by João Gomes Cravinho"; a capitalised body ("the Government led by")
    is left to the title finders."""
    by = span.root.head
    verb = by.head
    if span.root.dep_ != "pobj" or by.lower_ != "by" or verb.dep_ != "acl" or verb.tag_ != "VBN" \
            or verb.lemma_.lower() not in _HEADING_VERBS or verb.head.i > span.start:
        return None
    return verb.head if verb.head.text.islower() and word_of(verb.head.text) in _LED_BODIES else None


def names_only_an_administration(mentions: tuple[Span, ...]) -> bool:
    """Whether the article names a person only as the label of their administration ("the Trump administration",
    "US President Donald Trump's administration", "the administration of Nicolas Maduro"): the phrase names a
    government, not a person (docs/annotation.md, S17), so the person is not listed. Only "administration":
    "the Netanyahu government" and "the Assad regime" the guideline leaves listed."""
    return bool(mentions) and all(_administration(government_named_for(span)) for span in mentions)


def _administration(noun: Token | None) -> bool:
    return noun is not None and noun.lower_ == "administration"
