"""Nested speech: words someone spoke, quoted inside a direct quote ("“Ambassador Sondland replied that ‘He’s going
to do it,’ …” Holmes testified"), are a quote of their own, said by the innermost speaker (docs/annotation.md,
Clarified "Nested speech"); the outer speaker's own words ("We say: ‘Guys, …’") are the outer speaker's. A term,
slogan or scare quote inside a quote ("the ‘shadow fleet’") hangs on no verb of saying and is no quote."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from quotelens.findings.quotes.attribution import Attribution, attributed_quote
from quotelens.findings.quotes.marks import (DOUBLE_CLOSERS, SINGLE_CLOSERS, STRAIGHT_DOUBLE, STRAIGHT_SINGLE,
                                             QuotedSpan)
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import children
from quotelens.model import Quote

# How many dependency steps above the inner words their verb of saying may be ("replied that ‘He’s going to do
# it’" is 1; "adding that Zelensky will, quote, ‘do anything …’" is 2).
MAX_STEPS = 2
# The links through which a verb with no subject of its own takes its head's ("replied …, adding that …").
SHARED_SUBJECT_DEPS = ("advcl", "conj", "xcomp")
# The marks that close an outer quote: one whose words run to its paragraph's end unclosed may hold its own cue.
CLOSING_MARKS = frozenset(DOUBLE_CLOSERS + SINGLE_CLOSERS + STRAIGHT_DOUBLE + STRAIGHT_SINGLE)
# The outer speaker speaking of themselves: their own words quoted are theirs (the batch 24 note).
FIRST_PERSON = frozenset({"i", "we"})


def find_nested(scope: QuoteScope, spans: Sequence[QuotedSpan], direct: Sequence[Quote]) -> list[Quote]:
    """The quotes nested in the attributed direct quotes ``direct``: each inner quoted stretch of ``spans`` that a
    verb of saying inside the outer quote governs, with a subject to say it."""
    outer = sorted((quote for quote in direct if quote.kind == "direct" and quote.speaker_name), key=_start)
    starts = [quote.start for quote in outer]
    nested = []
    for span in spans:
        index = bisect.bisect_right(starts, span.open) - 1
        if span.depth == 0 or index < 0 or not span.close < outer[index].end or not scope.text[
                span.start:span.end].strip():
            continue
        quote = _nested_quote(scope, span, outer[index])
        if quote is not None:
            nested.append(quote)
    return nested


def _start(quote: Quote) -> int:
    return quote.start


def _nested_quote(scope: QuoteScope, span: QuotedSpan, holder: Quote) -> Quote | None:
    """The inner stretch as a quote of its own, or None when no verb of saying inside ``holder`` governs it."""
    if scope.text[holder.end:holder.end + 1] not in CLOSING_MARKS:
        return None  # a quote left open runs over its own cue ('“… “We managed …,” Euractiv quotes him'): no inner one
    verb = _speaking_verb(scope, span, holder)
    subject = _subject(verb, span, holder) if verb is not None else None
    if subject is None:
        return None
    text = scope.text[span.start:span.end]
    if subject.lower_ in FIRST_PERSON:
        return replace(holder, start=span.start, end=span.end, text=text)
    cue = scope.mention(verb)
    quote = attributed_quote(scope, "direct", span.start, span.end, Attribution(cue, mention_span(subject)))
    # An unknown speaker beats the outer speaker's words given to someone else: the stretch stays the outer quote's.
    return quote if quote.speaker_name and quote.speaker_name[:1].isupper() else None


def _speaking_verb(scope: QuoteScope, span: QuotedSpan, holder: Quote) -> Token | None:
    """The nearest verb of saying inside ``holder``, outside the inner words, that their words hang on."""
    inside = scope.tokens_between(span.start, span.end)
    inside_ids = {token.i for token in inside}
    for token in inside:
        if token.head.i in inside_ids or token.is_punct:
            continue
        node, steps = token.head, 1
        while steps <= MAX_STEPS and holder.start <= node.idx < holder.end and node.i not in inside_ids:
            if scope.is_cue(node, steps) and not scope.is_stance(node):  # 'I heard him ask' tells no words
                return node
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    return None


def _subject(verb: Token, span: QuotedSpan, holder: Quote) -> Token | None:
    """The verb's subject inside the outer quote, or the subject of the verb it shares one with ("adding")."""
    for _ in range(MAX_STEPS):
        # A third person's pronoun inside the quote may stand for anyone the speaker spoke of: no subject.
        subjects = [child for child in children(verb, *SUBJECT_DEPS) if holder.start <= child.idx < holder.end
                    and not span.start <= child.idx < span.end
                    and (child.pos_ in ("PROPN", "NOUN") or child.lower_ in FIRST_PERSON)]
        if subjects:
            return subjects[0]
        if verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
