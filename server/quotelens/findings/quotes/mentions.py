"""Source mentions' words: the name core a cue's subject spans ('North Korean leader Kim Jong Un', not its
appositions or relative clauses), and whether a mention may be someone who speaks."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.datelines import past_dateline
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.language.tree import lefts, rights

# Parts of a source noun phrase kept in its mention: "North Korean leader Kim Jong Un", "the official spokesperson".
NAME_PARTS = {"compound", "amod", "det", "poss", "nmod", "nummod", "flat", "case", "punct"}


def mention_span(token: Token) -> Span:
    """The name core of a subject: its left-hand modifiers, without appositions or relative clauses, nor a dateline
    the parser hung on it ('BANGKOK - Myanmar's military': the place filing the story is no part of the name)."""
    doc = token.doc
    left = token.i
    for child in lefts(token):
        if child.dep_ in NAME_PARTS and child.dep_ != "punct":
            left = min(left, child.left_edge.i)
    right = token.i
    for child in rights(token):
        if child.dep_ in ("flat", "compound") and child.i == right + 1:
            right = child.i
    kept = past_dateline(list(doc[left:token.i]))
    left = kept[0].i if kept else token.i
    while left < token.i and doc[left].is_punct:
        left += 1
    return doc[left:right + 1]


def is_person_like(scope: QuoteScope, source: Span) -> bool:
    """A pronoun, a named person, body or people, a noun that says a person's gender, or a mention the resolver
    ties to someone."""
    root = source.root
    if root.lower_ in scope.resolver.pronoun_gender or root.lower_ in ("i", "we", "they"):
        return True
    if root.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or root.lower_ in scope.words.gendered_nouns:
        return True
    return scope.resolver.resolve(source) is not None
