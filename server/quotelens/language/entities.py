"""A document's named entities, listed once and looked up by position.

spaCy's ``Doc.ents`` builds a new tuple of spans from the words' entity tags on every access, and ``Span.ents``
reads the whole ``Doc.ents`` to pick the few inside the span: compiled loops, invisible to a count of Python
lines, each linear in the document. A finder that asks once per title, per quote or per measure is quadratic on
a page of hundreds of names (a page of 1,600 titled officials spent 8.6 s in the people finder). The entities
are listed here once, when the context is built; each answer is a binary search, the same answer spaCy gives.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quotelens.language.syntax import word_of

_INDEX = "quotelens.entities"


@dataclass(frozen=True)
class _Index:
    spans: tuple[Span, ...]  # Doc.ents, in text order (they never overlap)
    starts: list[int]  # each entity's first word
    start_chars: list[int]  # each entity's first character
    # (label, word) -> the ends of the entities holding that word, and their places in ``spans``; on demand
    by_word: dict[tuple[str, str], tuple[list[int], list[int]]] = field(default_factory=dict)
    texts: dict[str, frozenset[str]] = field(default_factory=dict)  # label -> entity texts, on demand


def _index(doc: Doc) -> _Index:
    index = doc.user_data.get(_INDEX)
    if index is None:
        spans = tuple(doc.ents)
        index = doc.user_data[_INDEX] = _Index(spans, [span.start for span in spans],
                                               [span.start_char for span in spans])
    return index


def index_entities(doc: Doc) -> None:
    """List the entities now, so that their cost is the context's, not that of whichever finder asks first."""
    _index(doc)


def named_entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, listed once."""
    return _index(doc).spans


def entities_within(doc: Doc, start: int, end: int) -> tuple[Span, ...]:
    """``doc[start:end].ents``: the entities wholly inside words ``start`` to ``end``."""
    index = _index(doc)
    first = bisect_left(index.starts, start)
    last = bisect_right(index.starts, end)
    return tuple(span for span in index.spans[first:last] if span.end <= end)


def entity_of(token: Token) -> Span | None:
    """The entity holding ``token``, or None."""
    index = _index(token.doc)
    at = bisect_right(index.starts, token.i) - 1
    return index.spans[at] if at >= 0 and token.i < index.spans[at].end else None


def entity_starting_at(doc: Doc, offset: int) -> Span | None:
    """The entity whose first character is at ``offset``, or None."""
    index = _index(doc)
    at = bisect_left(index.start_chars, offset)
    return index.spans[at] if at < len(index.spans) and index.start_chars[at] == offset else None


def last_entity_with_word(doc: Doc, before: int, label: str, word: str) -> Span | None:
    """The last entity of ``label`` that ends by word ``before`` and has ``word`` among its words (compared as
    ``word_of`` compares them: "ministry" is in "the Ministry of Foreign Affairs")."""
    index = _index(doc)
    if not index.by_word:
        for at, span in enumerate(index.spans):
            for each in set(word_of(span.text).split()):
                ends, places = index.by_word.setdefault((span.label_, each), ([], []))
                ends.append(span.end)  # ascending: the entities are in text order and never overlap
                places.append(at)
    ends, places = index.by_word.get((label, word), ([], []))
    at = bisect_right(ends, before) - 1
    return index.spans[places[at]] if at >= 0 else None


def entity_texts(doc: Doc, label: str) -> frozenset[str]:
    """The texts of every entity of ``label``."""
    index = _index(doc)
    if label not in index.texts:
        index.texts[label] = frozenset(span.text for span in index.spans if span.label_ == label)
    return index.texts[label]
