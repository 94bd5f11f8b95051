"""Noun chunks in linear time: spaCy's English base noun phrases, without its walk back over coordinations."""

from __future__ import annotations

from spacy.tokens import Doc, Span

# Dependencies that make a noun the head of a base noun phrase (spacy/lang/en/syntax_iterators.py).
NP_DEPS = {"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"}
NOUN_POS = {"NOUN", "PROPN", "PRON"}


def noun_chunks(doc: Doc) -> list[Span]:
    """The spans ``doc.noun_chunks`` gives, in the same order.

    spaCy's iterator walks from every conjunct back to the first one of its coordination, which is quadratic in a
    list of hundreds of measures or names ("sanctions, an embargo, an asset freeze, ..."); here the first
    conjunct of every chain is found once, in one pass over the document.
    """
    chain_top = conjunction_tops(doc)
    chunks: list[Span] = []
    previous_end = -1
    for word in doc:
        if word.pos_ not in NOUN_POS or word.left_edge.i <= previous_end:
            continue  # not a noun, or inside the chunk before it
        if word.dep_ in NP_DEPS or (word.dep_ == "conj" and doc[chain_top[word.head.i]].dep_ in NP_DEPS):
            previous_end = word.i
            chunks.append(doc[word.left_edge.i:word.i + 1])
    return chunks


def conjunction_tops(doc: Doc) -> list[int]:
    """For each token, the token its chain of leftward conjunct heads ends at (itself when it is no conjunct)."""
    tops: list[int] = []
    for token in doc:  # a conjunct's head is to its left here, so its top is known already
        tops.append(tops[token.head.i] if token.dep_ == "conj" and token.head.i < token.i else token.i)
    return tops
