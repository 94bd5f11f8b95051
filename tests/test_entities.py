"""The entity index answers exactly what spaCy's Doc.ents and Span.ents answer, on real news and hostile shapes."""

from __future__ import annotations

import pytest

from hostile_articles import SHAPES
from locations import POLNEAR_DEV_TEXTS, SEED_TEXT
from quotelens.language.entities import (entities_within, entity_of, entity_starting_at, entity_texts,
                                         last_entity_with_word, named_entities)
from quotelens.language.syntax import word_of

REAL = [SEED_TEXT, *sorted(POLNEAR_DEV_TEXTS.glob("*.txt"))[::8]]


def bounds(spans) -> list[tuple[int, int, str]]:
    return [(span.start, span.end, span.label_) for span in spans]


def one(span) -> tuple[int, int, str] | None:
    return None if span is None else (span.start, span.end, span.label_)


def assert_same_as_spacy(doc) -> None:
    assert bounds(named_entities(doc)) == bounds(doc.ents)
    for start in range(0, len(doc) + 1, 3):
        for length in (0, 1, 2, 5, 17, 60):
            end = min(start + length, len(doc))
            assert bounds(entities_within(doc, start, end)) == bounds(doc[start:end].ents), (start, end)
    for token in doc:
        holding = next((ent for ent in doc.ents if ent.start <= token.i < ent.end), None)
        assert one(entity_of(token)) == one(holding), token.i
        starting = next((ent for ent in doc.ents if ent.start_char == token.idx), None)
        assert one(entity_starting_at(doc, token.idx)) == one(starting), token.i
    for label in ("ORG", "GPE"):
        assert entity_texts(doc, label) == {ent.text for ent in doc.ents if ent.label_ == label}
        words = sorted({word for ent in doc.ents for word in word_of(ent.text).split()})[::5]
        for word in [*words, "ministry", "nowhere"]:
            for before in range(0, len(doc) + 1, 23):
                expected = [ent for ent in doc.ents
                            if ent.label_ == label and ent.end <= before and word in word_of(ent.text).split()]
                assert one(last_entity_with_word(doc, before, label, word)) == one(expected[-1] if expected else None), \
                    (label, word, before)


@pytest.mark.parametrize("path", REAL, ids=lambda path: path.stem)
def test_same_entities_as_spacy_on_real_news(nlp, path):
    assert_same_as_spacy(nlp(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_same_entities_as_spacy_on_hostile_shapes(nlp, shape):
    assert_same_as_spacy(nlp(SHAPES[shape](6)))


def test_a_document_without_entities(nlp):
    doc = nlp("it rained.")
    assert named_entities(doc) == () and entities_within(doc, 0, len(doc)) == ()
    assert entity_of(doc[0]) is None and entity_starting_at(doc, 0) is None
    assert last_entity_with_word(doc, len(doc), "ORG", "ministry") is None and entity_texts(doc, "GPE") == set()
