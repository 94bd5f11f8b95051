"""Where each word of a document stands, by its form and its lemma (lower-cased), listed once per document: a finder
asks which of a few words fall inside a stretch of text without walking the stretch. A mention's phrase can run over
a list of hundreds of measures, and each measure asking its own phrase word by word would be quadratic."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from spacy.tokens import Doc

_INDEX = "quotelens.word_positions"


def _positions(doc: Doc) -> dict[str, list[int]]:
    index = doc.user_data.get(_INDEX)
    if index is None:
        index = doc.user_data[_INDEX] = {}
        for word in doc:
            for form in {word.lower_, word.lemma_.lower()}:
                index.setdefault(form, []).append(word.i)
    return index


def positions_between(doc: Doc, words: Iterable[str], start: int, end: int) -> list[int]:
    """The positions in [start, end) of every word written or lemmatised as one of ``words``, in text order."""
    index, found = _positions(doc), set()
    for form in words:
        at = index.get(form, ())
        first = bisect_left(at, start)
        found.update(at[first: bisect_left(at, end, first)])
    return sorted(found)


def occurs_between(doc: Doc, words: Iterable[str], start: int, end: int) -> bool:
    """Whether a word written or lemmatised as one of ``words`` stands in [start, end)."""
    index = _positions(doc)
    for form in words:
        at = index.get(form, ())
        first = bisect_left(at, start)
        if first < len(at) and at[first] < end:
            return True
    return False
