"""Highlight spans: what the extension paints, as W3C Web Annotation text-quote selectors with a position hint."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quotelens.model import Entity, Quote, Sanction, Span
from quotelens.language.vocabulary import vocabulary

# Context kept on each side of a span. 32 characters disambiguate repeated phrases ("Miller said") on real pages
# while staying short enough to survive small edits around the span (Hypothesis uses the same order of magnitude).
CONTEXT_CHARS = 32

# A pronoun that attributes a quote ("he said") is painted so that it opens the speaker's card, but only as a
# speaker: it says nothing about office, and painting it as an official made "Officials 26" of three people.
PRONOUNS = frozenset(vocabulary("cues")["subject_pronouns"])

# Quotes painted as speech; "term" quotes (scare quotes, titles of works) are not speech and are not painted.
QUOTE_CATEGORIES = {"direct": "quote", "reported": "reported"}


def build_spans(text: str, quotes: Sequence[Quote], entities: Sequence[Entity],
                sanctions: Sequence[Sanction], max_spans: int | None = None) -> tuple[list[Span], int]:
    """Turn findings into sorted, de-duplicated spans; return them and how many were dropped over ``max_spans``."""
    pieces = [*quote_pieces(quotes), *entity_pieces(text, entities), *sanction_pieces(sanctions)]
    pieces = [piece for piece in pieces if is_paintable(text, piece[1], piece[2])]
    pieces.sort(key=lambda piece: (piece[1], -piece[2], piece[0]))
    dropped = 0
    if max_spans is not None and len(pieces) > max_spans:
        dropped = len(pieces) - max_spans
        pieces = pieces[:max_spans]
    spans = [
        make_span(f"span{number}", text, categories, start, end, ref)
        for number, (categories, start, end, ref) in enumerate(pieces, start=1)
    ]
    return spans, dropped


def quote_pieces(quotes: Iterable[Quote]):
    for quote in quotes:
        category = QUOTE_CATEGORIES.get(quote.kind)
        if category:
            yield (category,), quote.start, quote.end, quote.id


def entity_pieces(text: str, entities: Iterable[Entity]):
    for entity in entities:
        categories = entity_categories(entity)
        for start, end in entity.mentions:
            own = tuple(c for c in categories if c == "speaker") if is_pronoun(text[start:end]) else categories
            if own:
                yield own, start, end, entity.id


def is_pronoun(words: str) -> bool:
    return words.strip().lower() in PRONOUNS


def entity_categories(entity: Entity) -> tuple[str, ...]:
    """A quoted official's name is both a speaker and an official; people neither quoted nor official are not painted."""
    categories = []
    if entity.quote_ids:
        categories.append("speaker")
    if entity.is_official:
        categories.append("official")
    return tuple(categories)


def sanction_pieces(sanctions: Iterable[Sanction]):
    for sanction in sanctions:
        yield ("sanction",), sanction.start, sanction.end, sanction.id


def is_paintable(text: str, start: int, end: int) -> bool:
    """A span must lie inside the text and hold something visible."""
    return 0 <= start < end <= len(text) and not text[start:end].isspace()


def make_span(span_id: str, text: str, categories: tuple[str, ...], start: int, end: int, ref: str) -> Span:
    return Span(
        id=span_id,
        categories=categories,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS):start],
        suffix=text[end:end + CONTEXT_CHARS],
        ref=ref,
    )
