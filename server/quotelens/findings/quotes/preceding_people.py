"""The people an article names outside quotes before a mention: whom a description or a count of two ('both
diplomats') can stand for."""

from __future__ import annotations

from spacy.tokens import Span

from quotelens.findings.quotes.scope import QuoteScope
from quotelens.model import Entity

# How many sentences back (quoted ones included, and skipped) a description looks for a named subject; it reads
# descriptions.DESCRIPTION_SENTENCES of them, its own included (three cost a PolNeAR dev quote).
SUBJECT_SENTENCES = 8


def people_before(scope: QuoteScope, source: Span, sentences: int, past_quotes: bool = False,
                  spoken: bool = False) -> list[Entity]:
    """The people named outside quotes from ``sentences`` sentences back up to ``source``, in text order. With
    ``past_quotes``, a sentence of quoted words is not counted ('Sandu told a news conference. … “…. …. …,” stated
    the official': the quote's own sentences do not push the speaker out of reach), up to SUBJECT_SENTENCES back.
    With ``spoken``, the pronouns and descriptions already resolved as speakers count as mentions of their person
    ('“…,” he stated. … the official emphasized': the one speaking is the one the article is about)."""
    first = source.root
    counted = 0
    for sentence in scope.sentences_back(source.root, SUBJECT_SENTENCES)[1:]:
        if counted == sentences:
            break
        first = sentence[0]
        if not past_quotes or scope.quoted_share(sentence.start_char, sentence.end_char) <= 0.8:
            counted += 1
    start = scope.sentence_of(first).start_char
    named = _named_between(scope, start, source.start_char)
    if spoken:
        resolved = scope.resolver.pronouns.spoken_between(start, source.start_char)
        named = sorted([*named, *resolved], key=lambda pair: pair[0])
    return [entity for _, entity in named]


def spoke_before(scope: QuoteScope, source: Span, entity: Entity) -> bool:
    """Say whether ``entity`` is the speaker of a pronoun or description resolved within SUBJECT_SENTENCES before
    ``source`` ('“…,” he explained. The official described …': the one the article quotes)."""
    start = scope.sentences_back(source.root, SUBJECT_SENTENCES)[-1].start_char
    return any(spoken.id == entity.id for _, spoken in scope.resolver.pronouns.spoken_between(start, source.start_char))


def people_between(scope: QuoteScope, first: int, last: int) -> list[Entity]:
    """The people named outside quotes whose mentions start in [first, last), in text order."""
    return [entity for _, entity in _named_between(scope, first, last)]


def _named_between(scope: QuoteScope, first: int, last: int) -> list[tuple[int, Entity]]:
    """(start, person) of each mention of a person outside quotes starting in [first, last), in text order."""
    return [(start, entity) for start, _, entity in scope.resolver.mentions_between(first, last)
            if not scope.in_quote(start) and entity.type == "person"]
