"""Whom a count of two stands for: 'both diplomats' for the two people, 'the two sides' for the two states or
bodies just named; the first named speaks for both (docs/annotation.md)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.body_registry import organization_heads
from quotelens.findings.organizations import member_heads
from quotelens.findings.quotes.mentions import mention_span
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
# 'the three ministers': a count of more than two, and how far back it looks for the people it counts.
COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
COUNTED_SENTENCES = 4


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


def first_of_counted(scope: QuoteScope, source: Span) -> Entity | None:
    """'Wadephul, Barrot and David Lammy said … In their Tuesday letter, the three ministers countered': people
    counted ('the three ministers') are the joint subjects of the nearest verb before it that has several, when
    there are as many; they speak jointly, so the first named (docs/annotation.md). A person named alone between
    them ('Araghchi sent a letter') is not counted: a count refers to people named together."""
    root = source.root
    counts = [COUNTS.get(t.lower_) for t in children(root, "nummod")]
    if root.tag_ != "NNS" or root.lemma_.lower() not in role_words() or len(counts) != 1 or counts[0] is None:
        return None
    for sentence in scope.sentences_back(root, COUNTED_SENTENCES)[:COUNTED_SENTENCES]:
        for verb in [token for token in sentence if token.i < source.start and token.pos_ in ("VERB", "AUX")]:
            # A verb's subjects and their conjuncts (the parser may hang the last of a list on the verb as a
            # second subject).
            heads = [child for child in children(verb, "nsubj") if child.ent_type_ == "PERSON"
                     and not scope.in_quote(child.idx)]
            people = sorted({token.i: token for head in heads for token in (head, *conjuncts(head))
                             if token.ent_type_ == "PERSON"}.values(), key=lambda token: token.i)
            if len(people) < 2:
                continue
            if len(people) != counts[0]:
                return None
            entity = scope.resolver.resolve(mention_span(people[0]))
            return entity if entity is not None and entity.type == "person" else None
    return None


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
