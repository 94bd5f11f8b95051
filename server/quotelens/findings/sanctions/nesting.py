"""Where a mention's phrase ends when another measure sits in its trailing modifier: 'ban many European Union officials
from entering Russia as retaliation to restrictions imposed by Brussels on Moscow' holds two measures, each its own
mention (docs/annotation.md: every mention of a measure is annotated), so the outer one ends where the modifier that
holds the inner one begins."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.language.tree import children

# The edges by which a phrase hangs a later clause or prepositional phrase on the outer mention's words ('as
# retaliation to', 'in response to', 'who have had US sanctions imposed on them', 'such as visa ban'); a conjunct is
# left alone ('sanctions against Venezuela, the blockade against Cuba' is one list the outer phrase names).
_MODIFIER_EDGES = frozenset({"prep", "relcl", "acl", "advcl", "agent"})
_NAMED_MEASURES = frozenset({"noun", "generic"})  # a measure named by its noun, not told by a verb
_CLIMB = 12  # a modifier's clause is a few edges deep; the walk up from the inner head stops within this


def nested_end(outer: Candidate, inner: Candidate) -> int | None:
    """The token index where ``outer`` ends so that ``inner`` (a mention inside its span, after its measure word)
    stands alone, or None when ``inner`` is not in a trailing modifier of ``outer``'s words, or is one of the words
    that describe parties by the measure that hits them ('those targeted by the sanctions', 'the list of those subject
    to restrictive measures': S2 reads these as parties, so the outer phrase keeps them).

    The cut is at the nearest modifier on the walk up from ``inner``'s head that hangs on a word of ``outer`` and
    starts after its measure word; the modifier's words must run to ``outer``'s end, so that the cut leaves one
    stretch."""
    if inner.kind not in _NAMED_MEASURES:
        return None  # 'expand the list of representatives that are barred from entering': a verb that describes the
        # outer measure's parties (S2, S4) is part of its phrase
    core = max(outer.trigger.i, outer.head.i, outer.verb.i if outer.verb is not None else -1)
    if not outer.start <= inner.start < inner.end <= outer.end or inner.start <= core:
        return None
    cut: Token | None = None
    token = inner.head
    describes = token.dep_ == "compound"  # 'the list of financial sanctions targets' names parties
    for _ in range(_CLIMB):
        if token.head.i == token.i or not outer.start <= token.head.i < outer.end:
            break
        describes = describes or token.dep_ == "agent" or token.lower_ == "subject"
        # 'a countermeasure to the EU sanctions', 'sanctions on officials such as ...': a measure noun's own
        # complement is part of its phrase, so the cut is at most at a modifier inside it
        complement = token.head.i == outer.trigger.i and outer.trigger.pos_ in ("NOUN", "PROPN")
        if cut is None and token.dep_ in _MODIFIER_EDGES and core < token.left_edge.i and not complement \
                and not _in_fixed_phrase(token):
            cut = token
        token = token.head
    if cut is None or describes or cut.right_edge.i + 1 < outer.end:
        return None
    end = cut.left_edge.i
    while end > core + 1 and cut.doc[end - 1].is_punct:  # 'freeze the accounts, which ...': no trailing comma
        end -= 1
    return end


def _in_fixed_phrase(token: Token) -> bool:
    """'in response to', 'as retaliation to': a preposition on a bare singular noun that is itself a preposition's
    object belongs to the phrase around it, where the cut is."""
    head = token.head
    return token.dep_ == "prep" and head.dep_ == "pobj" and head.tag_ == "NN" and not children(head, "det", "poss")
