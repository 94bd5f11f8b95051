"""Phrases at the edges of a stretch of tokens: the name right after a quote ('said Smith', a sign-off), the noun
phrase a stretch ends with (the name before a cue), and whether the words before a colon name someone."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.quotes.scope import QuoteScope


def name_after(scope: QuoteScope, tokens: list[Token]) -> Span | None:
    """A name or noun phrase at the start of ``tokens`` (a sign-off or an inverted 'said Smith')."""
    words = []
    for token in tokens:
        if token.ent_type_ in ("DATE", "TIME"):
            break
        if (token.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or token.text in ".'-" and words
                or scope.resolver.is_misread_name(token)):
            words.append(token)
            continue
        if token.tag_ == "POS" and words and words[-1].pos_ == "PROPN":
            words.append(token)  # 'said Luxembourg's Jean Asselborn': the country's is part of the name phrase
            continue
        if token.pos_ == "PRON" and not words and token.lower_ in scope.resolver.pronoun_gender:
            return scope.doc[token.i:token.i + 1]
        break
    while words and (words[-1].is_punct or words[-1].pos_ == "DET" or words[-1].tag_ == "POS"):
        words.pop()
    if not words or not any(t.pos_ in ("PROPN", "NOUN") for t in words):
        return None
    return scope.doc[words[0].i:words[-1].i + 1]


def noun_phrase_ending(scope: QuoteScope, tokens: list[Token]) -> Span | None:
    """The noun phrase (or pronoun) that ``tokens`` end with."""
    words = []
    for token in reversed(tokens):
        if (token.pos_ in ("PROPN", "NOUN") or token.pos_ in ("ADJ", "DET") and words
                or scope.resolver.is_misread_name(token)):
            words.append(token)
            continue
        if token.pos_ == "PRON" and not words and token.lower_ in scope.resolver.pronoun_gender:
            return scope.doc[token.i:token.i + 1]
        if token.is_punct and not words:
            continue
        break
    if not words:
        return None
    return scope.doc[words[-1].i:words[0].i + 1]


def names_someone(scope: QuoteScope, words: Span) -> bool:
    """"Update: …" is a label, not a speaker: the words before a colon must name someone ('Q:' in a transcript
    does not)."""
    if words.text.lower() in scope.words.question_labels | scope.words.quote_labels:
        return False
    if all(t.ent_type_ in ("DATE", "TIME") for t in words if not t.is_punct):
        return False  # 'in an interview with CNN on Tuesday: “…”', a live blog's '2:40 p.m.: …' name a time
    return (any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in words)
            or scope.resolver.resolve(words) is not None)
