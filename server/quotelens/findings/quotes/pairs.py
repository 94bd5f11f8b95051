"""Whom a count of two stands for: 'both diplomats' for the two people, 'the two sides' for the two states or
bodies just named; the first named speaks for both (docs/annotation.md)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.body_registry import organization_heads
from quotelens.findings.organizations import member_heads
from quotelens.findings.quotes.preceding_people import people_before
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.written_titles import role_words
from quotelens.language.entities import entity_of
from quotelens.language.tree import children, conjuncts
from quotelens.model import Entity

# How many sentences back 'both diplomats' ('the two sides') looks for the two people (bodies) it counts, and the
# words that count two.
PAIR_SENTENCES = 3
PAIR_WORDS = frozenset({"both", "two"})


def first_of_pair(scope: QuoteScope, source: Span) -> Entity | None:
    """'X received Y in Riyadh. … Both diplomats also stressed “…”': two people who speak jointly are the first
    named (docs/annotation.md), when the description counts two ('both', 'the two') and exactly two people are
    named outside quotes in the sentences just before it."""
    root = source.root
    if (root.pos_ != "NOUN" or root.tag_ != "NNS" or root.lemma_.lower() not in role_words()
            or not any(t.lower_ in PAIR_WORDS for t in source)):
        return None
    named = {entity.id: entity for entity in people_before(scope, source, PAIR_SENTENCES)}
    return next(iter(named.values())) if len(named) == 2 else None


def first_of_pair_of_bodies(scope: QuoteScope, source: Span) -> Span | None:
    """'Pakistan and India promised …. The two sides had pledged “…”': two states or bodies that speak jointly are
    the first named (docs/annotation.md), when the mention counts two ('the two sides', 'both countries') of a
    kind of body and the nearest sentence before it that joins states or bodies with 'and' joins exactly two."""
    root = source.root
    if (root.tag_ != "NNS" or not any(token.lower_ in PAIR_WORDS for token in source)
            or root.lemma_.lower() not in organization_heads() | member_heads()):
        return None
    for sentence in scope.sentences_back(root, PAIR_SENTENCES)[:PAIR_SENTENCES]:
        lists = [token for token in sentence if token.i < source.start and not scope.in_quote(token.idx)
                 and token.dep_ != "conj" and _names_body(token) and children(token, "conj")]
        if lists:
            joined = conjuncts(lists[-1])
            return entity_of(lists[-1]) if len(joined) == 1 and _names_body(joined[0]) else None
    return None


def _names_body(token: Token) -> bool:
    """A token that heads the name of a state or body the tagger found ('Pakistan', 'the European Union')."""
    entity = entity_of(token)
    return entity is not None and entity.label_ in ("GPE", "ORG") and entity.root.i == token.i
