"""A document's dependency tree, indexed once: each word's children, sentence and root found without a walk.

spaCy's ``Token.lefts``, ``rights`` and ``children`` scan the word's whole subtree span for words whose head it
is, ``Token.conjuncts`` does so at every conjunct, ``Token.sent`` and ``Span.sent`` walk the sentence out from the
word and ``Span.root`` climbs from its words to the root: compiled loops, invisible to a count of Python lines, and
each linear in what it walks. In a coordination of hundreds of measures or names every conjunct's subtree runs to
the end of the list and the sentence is hundreds of words long, so a finder that asks each conjunct for its
children, sentence or root is quadratic. The children of every word, the sentence roots and each word's depth are
listed here in one pass over the document when its context is built (the sentence starts on first use), and the
answers are those spaCy gives, in the same order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from quotelens.language.syntax import sentence_start

_INDEX = "quotelens.tree"


@dataclass(frozen=True)
class _Index:
    children: list[list[int]]  # each word's children, in text order (a root is no child of itself)
    roots: list[int]  # the words that head their sentence
    depths: list[int]  # each word's number of steps up to its root
    by_label: dict[int, dict[str, list[int]]] = field(default_factory=dict)  # a word's children by label, on demand


def _index(doc: Doc) -> _Index:
    index = doc.user_data.get(_INDEX)
    if index is None:
        relative = doc.to_array("HEAD").astype("int64").tolist()  # each head's offset from its word
        heads = [i + offset for i, offset in enumerate(relative)]
        kids: list[list[int]] = [[] for _ in heads]
        for i, head in enumerate(heads):
            if head != i:
                kids[head].append(i)
        roots = [i for i, head in enumerate(heads) if head == i]
        depths = [0] * len(heads)
        below = list(roots)
        for word in below:  # grows as it is read: each word's children after it
            for child in kids[word]:
                depths[child] = depths[word] + 1
                below.append(child)
        index = doc.user_data[_INDEX] = _Index(kids, roots, depths)
    return index


def children(token: Token, *labels: str) -> list[Token]:
    """``token.children`` without its scan of the subtree span; with ``labels``, only the children with one of
    those dependency labels, looked up rather than filtered (a verb that hundreds of measures share may hold
    hundreds of children, and each measure asks it for its subject or negation)."""
    doc, index = token.doc, _index(token.doc)
    if not labels:
        return [doc[i] for i in index.children[token.i]]
    grouped = index.by_label.get(token.i)
    if grouped is None:
        grouped = index.by_label[token.i] = {}
        for i in index.children[token.i]:
            grouped.setdefault(doc[i].dep_, []).append(i)
    found = [i for label in labels for i in grouped.get(label, ())]
    return [doc[i] for i in (sorted(found) if len(labels) > 1 else found)]


def lefts(token: Token) -> list[Token]:
    """``token.lefts``: the children before the word."""
    doc = token.doc
    return [doc[i] for i in _index(doc).children[token.i] if i < token.i]


def rights(token: Token) -> list[Token]:
    """``token.rights``: the children after the word."""
    doc = token.doc
    return [doc[i] for i in _index(doc).children[token.i] if i > token.i]


def subtree_within(token: Token, words: int) -> Iterator[Token]:
    """``token.subtree``, in the order spaCy gives it, up to ``words`` words after the word: a finder that reads a
    phrase's first words need not walk the rest. In a coordination of hundreds of measures, each hanging on the target
    before it, every phrase's subtree holds the rest of the list (and spaCy's own walk asks each word in it for its
    children)."""
    doc, kids = token.doc, _index(token.doc).children
    stop = token.i + words
    pending: list[tuple[int, bool]] = [(token.i, False)]
    while pending:
        i, reached = pending.pop()
        if reached:
            if i >= stop:
                return
            yield doc[i]
            continue
        within = list(takewhile(lambda k: doc[k].left_edge.i < stop, kids[i]))
        pending.extend((k, False) for k in reversed(within) if k > i)
        pending.append((i, True))
        pending.extend((k, False) for k in reversed(within) if k < i)


def prep_objects(token: Token, *words: str) -> list[Token]:
    """The objects of the word's prepositions that are one of ``words``: with "of", 'Niger's assets' for 'all of
    Niger's assets', 'his visa' for 'the revocation of his visa'."""
    return [noun for prep in children(token, "prep") if prep.lower_ in words for noun in children(prep, "pobj")]


def agent_of(verb: Token) -> Token | None:
    """The noun a passive verb's 'by' names ('imposed by the EU', 'was fined by the league'): its agent's first
    object."""
    return next((noun for by in children(verb, "agent") for noun in children(by, "pobj")), None)


def name_head(token: Token) -> Token:
    """The word a name's other words hang on: 'Bolsonaro' for 'Jair' in 'President Jair Bolsonaro'."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token


def is_possessor(token: Token) -> bool:
    """The word is (part of) a possessor: 'Bolsonaro' in 'President Jair Bolsonaro's government'."""
    return name_head(token).dep_ == "poss"


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


def root_of(span: Span) -> Token:
    """``span.root``: a sentence root inside the span, else the word whose head is outside it and that is fewest
    steps from its root (the first of equals; a bare space or punctuation mark last), as spaCy decides it."""
    doc = span.doc
    if span.end - span.start == 1:
        return doc[span.start]  # a word alone is its own root, whatever its head
    index = _index(doc)
    first = bisect_left(index.roots, span.start)
    if first < len(index.roots) and index.roots[first] < span.end:
        return doc[index.roots[first]]
    best, found = len(doc), None
    for token in span:
        if not span.start <= token.head.i < span.end:
            bare = (token.is_space or token.is_punct) and not token.n_lefts and not token.n_rights
            steps = len(doc) - 1 if bare else index.depths[token.i]
            if steps < best:
                best, found = steps, token
    return doc[span.start] if found is None else found


def index_tree(doc: Doc) -> None:
    """Make spaCy answer ``.sent``, ``.root`` and ``.conjuncts`` of the document's words and spans from the index
    (its hooks for them), so that no finder walks a sentence, a chain of heads or a coordination through them."""
    _index(doc)  # built here, so that its cost is the context's, not that of whichever finder asks first
    doc.user_span_hooks["sent"] = sentence_of
    doc.user_span_hooks["root"] = root_of
    doc.user_token_hooks["conjuncts"] = conjuncts
