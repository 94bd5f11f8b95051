"""A document's dependency tree, indexed once: each word's children and sentence found without a walk.

spaCy's ``Token.lefts``, ``rights`` and ``children`` scan the word's whole subtree span for words whose head it
is, ``Token.subtree`` does so again at every word below, ``Token.conjuncts`` at every conjunct, and ``Token.sent``
walks its sentence out from the word: compiled loops, invisible to a count of Python lines, and each linear in what
it walks. In a coordination of hundreds of measures or names every conjunct's subtree runs to the end of the list
and the sentence is hundreds of words long, so a finder that asks each conjunct for its children or its sentence is
quadratic. The children of every word are listed here in one pass over the document, the sentence starts likewise,
and the answers are those spaCy gives, in the same order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from quotelens.language.syntax import sentence_start

_CHILDREN = "quotelens.children"
_ROOTS_AND_DEPTHS = "quotelens.roots_and_depths"


def _children_index(doc: Doc) -> list[list[int]]:
    """The indexes of each word's children, in text order (the root is no child of itself)."""
    index = doc.user_data.get(_CHILDREN)
    if index is None:
        index = [[] for _ in range(len(doc))]
        for token in doc:
            head = token.head.i
            if head != token.i:
                index[head].append(token.i)
        doc.user_data[_CHILDREN] = index
    return index


def children(token: Token) -> list[Token]:
    """``token.children`` without its scan of the subtree span."""
    doc = token.doc
    return [doc[i] for i in _children_index(doc)[token.i]]


def lefts(token: Token) -> list[Token]:
    """``token.lefts``: the children before the word."""
    doc = token.doc
    return [doc[i] for i in _children_index(doc)[token.i] if i < token.i]


def rights(token: Token) -> list[Token]:
    """``token.rights``: the children after the word."""
    doc = token.doc
    return [doc[i] for i in _children_index(doc)[token.i] if i > token.i]


def subtree(token: Token) -> Iterator[Token]:
    """``token.subtree``: the word and everything below it, each word's left subtrees, itself, then its right ones."""
    doc, index = token.doc, _children_index(token.doc)
    pending: list[tuple[int, bool]] = [(token.i, False)]  # (word, its children already laid out)
    while pending:
        i, expanded = pending.pop()
        if expanded:
            yield doc[i]
            continue
        kids = index[i]
        pending.extend((k, False) for k in reversed(kids) if k > i)
        pending.append((i, True))
        pending.extend((k, False) for k in reversed(kids) if k < i)


def sentence_of(span: Span) -> Span:
    """``span.sent``, and ``token.sent``: the sentence holding the span's first word."""
    doc = span.doc
    start = sentence_start(doc[min(span.start, len(doc) - 1)])  # an empty span at the end: the last sentence
    starts = doc.user_data["quotelens.sentence_starts"]  # listed by sentence_start
    following = bisect_right(starts, start)
    return doc[start:starts[following] if following < len(starts) else len(doc)]


def conjuncts(token: Token) -> tuple[Token, ...]:
    """``token.conjuncts``: the other words of its coordination, from the first one down the chains of ``conj``."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    found = [first]
    for word in found:  # grows as it is read: each conjunct's own conjuncts follow it
        found.extend(child for child in rights(word) if child.dep_ == "conj")
    return tuple(word for word in found if word.i != token.i)


def _roots_and_depths(doc: Doc) -> tuple[list[int], list[int]]:
    """The indexes of the words that head their sentence, and each word's number of steps up to its root."""
    cached = doc.user_data.get(_ROOTS_AND_DEPTHS)
    if cached is None:
        heads = [token.head.i for token in doc]
        depths = [0 if head == i else -1 for i, head in enumerate(heads)]
        for i in range(len(doc)):
            path = []
            while depths[i] < 0 and len(path) < len(doc):  # climb to a word whose depth is known
                path.append(i)
                i = heads[i]
            for step, word in enumerate(reversed(path), 1):
                depths[word] = max(depths[i], 0) + step
        cached = doc.user_data[_ROOTS_AND_DEPTHS] = ([i for i, head in enumerate(heads) if head == i], depths)
    return cached


def root_of(span: Span) -> Token:
    """``span.root``: a sentence root inside the span, else the word whose head is outside it and that is fewest
    steps from its root (the first of equals; a bare space or punctuation mark last), as spaCy decides it."""
    doc = span.doc
    if span.end - span.start == 1:
        return doc[span.start]  # a word alone is its own root, whatever its head
    roots, depths = _roots_and_depths(doc)
    first = bisect_left(roots, span.start)
    if first < len(roots) and roots[first] < span.end:
        return doc[roots[first]]
    best, found = len(doc), None
    for token in span:
        if not span.start <= token.head.i < span.end:
            bare = (token.is_space or token.is_punct) and not token.n_lefts and not token.n_rights
            steps = len(doc) - 1 if bare else depths[token.i]
            if steps < best:
                best, found = steps, token
    return doc[span.start] if found is None else found


def index_tree(doc: Doc) -> None:
    """Make spaCy answer ``.sent``, ``.root`` and ``.conjuncts`` of the document's words and spans from the index
    (its hooks for them), so that no finder walks a sentence, a chain of heads or a coordination through them."""
    doc.user_span_hooks["sent"] = sentence_of
    doc.user_span_hooks["root"] = root_of
    doc.user_token_hooks["conjuncts"] = conjuncts
