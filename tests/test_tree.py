"""The indexed dependency tree answers exactly what spaCy's walks answer, on real news and on hostile lists."""

from __future__ import annotations

import pytest

from hostile_articles import SHAPES
from locations import POLNEAR_DEV_TEXTS, SEED_TEXT
from quotelens.context import build_context
from quotelens.language.tree import children, conjuncts, index_tree, lefts, prep_objects, rights, root_of, sentence_of

REAL = [SEED_TEXT, *sorted(POLNEAR_DEV_TEXTS.glob("*.txt"))[::8]]


def indexes(tokens) -> list[int]:
    return [token.i for token in tokens]


def spans_of(doc):
    """Entities, noun chunks, sentences, and stretches of every length that cross phrases and sentences."""
    stretches = [doc[start:start + length] for start in range(0, len(doc), 5) for length in (0, 1, 2, 4, 9, 30)]
    return [*doc.ents, *doc.noun_chunks, *doc.sents, *stretches]


def assert_same_as_spacy(doc) -> None:
    for token in doc:  # spaCy's own answers first: the hooks below replace them
        assert indexes(children(token)) == indexes(token.children), token.i
        assert indexes(children(token, "punct", "nsubj")) == \
            indexes(child for child in token.children if child.dep_ in ("punct", "nsubj")), token.i
        assert indexes(lefts(token)) == indexes(token.lefts), token.i
        assert indexes(rights(token)) == indexes(token.rights), token.i
        assert indexes(conjuncts(token)) == indexes(token.conjuncts), token.i
    for span in spans_of(doc):
        assert (sentence_of(span).start, sentence_of(span).end) == (span.sent.start, span.sent.end), span
        assert root_of(span).i == span.root.i, span
    expected = [(span.sent.start, span.sent.end, span.root.i) for span in spans_of(doc)]
    index_tree(doc)
    assert [(span.sent.start, span.sent.end, span.root.i) for span in spans_of(doc)] == expected
    assert [indexes(token.conjuncts) for token in doc] == [indexes(conjuncts(token)) for token in doc]


@pytest.mark.parametrize("path", REAL, ids=lambda path: path.stem)
def test_same_tree_as_spacy_on_real_news(nlp, path):
    assert_same_as_spacy(nlp(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_same_tree_as_spacy_on_hostile_shapes(nlp, shape):
    assert_same_as_spacy(nlp(SHAPES[shape](12)))


@pytest.mark.parametrize("text, word, expected", [
    # (sentence, a word, its children)
    ("The US imposed sanctions, an embargo and a travel ban on Iran.", "imposed", ["US", "sanctions", "."]),
    # the next conjunct hangs from the one before it, not from the first
    ("The US imposed sanctions, an embargo and a travel ban on Iran.", "embargo", ["an", "and", "ban"]),
    ("Minister Anna Berg said no.", "Berg", ["Minister", "Anna"]),
    ("Quickly!", "!", []),  # a word that heads nothing
])
def test_children_of_a_word(nlp, text, word, expected):
    doc = nlp(text)
    token = next(token for token in doc if token.text == word)
    assert [child.text for child in children(token)] == expected


@pytest.mark.parametrize("text, word, words, expected", [
    # (sentence, a word, prepositions, the objects of the word's prepositions among them)
    ("The government revoked the visa of the minister.", "visa", ("of",), ["minister"]),
    ("Exports to Russia fell sharply.", "Exports", ("to", "from"), ["Russia"]),
    ("The EU froze all of their assets.", "all", ("of",), ["assets"]),
    ("The EU froze all of their assets.", "all", ("by",), []),  # a preposition it does not have
    ("Sanctions were imposed by the US.", "Sanctions", ("by",), []),  # the agent hangs from the verb, not the noun
])
def test_objects_of_a_words_prepositions(nlp, text, word, words, expected):
    token = next(token for token in nlp(text) if token.text == word)
    assert [noun.text for noun in prep_objects(token, *words)] == expected


def test_every_finder_reads_the_indexed_tree(nlp):
    """The context every finder gets has the hooks in place: their .sent, .root and .conjuncts are looked up."""
    doc = nlp(SHAPES["names_and_titles"](3))
    build_context(doc)
    assert doc.user_span_hooks["sent"] is sentence_of and doc.user_span_hooks["root"] is root_of
    assert doc.user_token_hooks["conjuncts"] is conjuncts
