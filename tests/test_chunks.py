"""Noun chunks in linear time give exactly spaCy's English noun chunks, on real news and on hostile lists."""

from __future__ import annotations

import pytest

from hostile_articles import SHAPES
from locations import POLNEAR_DEV_TEXTS, SEED_TEXT
from quotelens.language.chunks import noun_chunks

REAL = [SEED_TEXT, *sorted(POLNEAR_DEV_TEXTS.glob("*.txt"))[::8]]


def bounds(chunks) -> list[tuple[int, int]]:
    return [(chunk.start, chunk.end) for chunk in chunks]


@pytest.mark.parametrize("path", REAL, ids=lambda path: path.stem)
def test_same_chunks_as_spacy_on_real_news(nlp, path):
    doc = nlp(path.read_text(encoding="utf-8"))
    assert bounds(noun_chunks(doc)) == bounds(doc.noun_chunks)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_same_chunks_as_spacy_on_hostile_shapes(nlp, shape):
    doc = nlp(SHAPES[shape](12))
    assert bounds(noun_chunks(doc)) == bounds(doc.noun_chunks)


@pytest.mark.parametrize("text, chunks", [
    ("The US imposed sanctions, an embargo and a travel ban on Iran.",
     ["The US", "sanctions", "an embargo", "a travel ban", "Iran"]),
    ("He said nothing.", ["He", "nothing"]),
    ("Quickly!", []),
])
def test_chunks_of_a_sentence(nlp, text, chunks):
    assert [chunk.text for chunk in noun_chunks(nlp(text))] == chunks
