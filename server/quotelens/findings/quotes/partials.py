"""Partial quotes: a short quoted phrase that no cue frames closely is still a speaker's words when English
attributes it to them: it sits in what a verb of saying with a speaker reports, however far below the verb within the
parse cues' reach ('Labor is demanding that the government do the same and implement sanctions “against those
responsible”'; 'Despite the U.S. efforts to spread “misinformation”, Rodriguez expressed confidence that …'), weak
verbs ('demand', 'express') included (docs/annotation.md, Quotes: a partial quote of a named person is a quote, a
scare quote in the writer's own voice is not)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.attribution import Attribution
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import is_person_like
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.sources import source_of

# How far above the quoted words a verb of saying may sit (as far as the parse cues reach: governors.py);
# the walk stops at the sentence's edge too.
MAX_STEPS = 7


def partial_quote(scope: QuoteScope, span: QuotedSpan) -> Attribution | None:
    """The verb of saying above a short quoted phrase whose speaker is someone (a person or a body)."""
    inside = scope.tokens_between(span.start, span.end)
    ids = {token.i for token in inside}
    link = next((token for token in inside if token.head.i not in ids and not token.is_punct), None)
    if link is None:
        return None
    start, end = scope.sentence_chars(link)
    node, steps = link.head, 1
    while steps <= MAX_STEPS and start <= node.idx < end:
        if not scope.in_quote(node.idx) and scope.paragraph(node.idx) == scope.paragraph(span.open):
            source = _speaker_at(scope, node, span)
            if source is not None:
                # 'they shared the view that …': a plural pronoun here may stand for several people; the words
                # stand as a quote, their speaker unknown (an unknown beats a wrong one).
                return Attribution(scope.mention(node), None if source.root.lower_ == "they" else source)
        if node.head.i == node.i:
            break
        node, steps = node.head, steps + 1
    return None


def _speaker_at(scope: QuoteScope, node: Token, span: QuotedSpan) -> Span | None:
    """Who speaks through ``node``: the source of a verb of saying. Not the owner of a noun of saying: the words
    after 'his call for a “deportation force”' say what the call is about (possessors.py, as PolNeAR marks it)."""
    if node.pos_ == "VERB" and scope.verb_lemma(node) in scope.words.speech_verbs and not scope.lacks_particle(node):
        source = source_of(scope, node, span)
        return source if source is not None and _someone(scope, source) else None
    return None


def _someone(scope: QuoteScope, source: Span) -> bool:
    return is_person_like(scope, source) or is_organization(source)
