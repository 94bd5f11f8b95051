"""Cues that cite a speaker anywhere in the quote's sentences: '…,” according to X', 'According to X, “…”', '…, as
a Homeland Security memo put it', 'as noted by the ministry'."""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from quotelens.findings.channels import channel_name
from quotelens.findings.quotes.attribution import Attribution, Earlier
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import is_person_like, mention_span
from quotelens.findings.quotes.named import according_source
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.subjects import subject_of
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import children


def according_to(scope: QuoteScope, span: QuotedSpan, inside: list[Token], earlier: Earlier) -> Attribution | None:
    """'…,” according to X' or 'According to X, “…”' in the quote's sentence."""
    start, _ = scope.sentence_chars(inside[0])
    _, end = scope.sentence_chars(inside[-1])
    for token in _cues_within(scope.according, scope.according_starts, start, end):
        source = according_source(scope, token)
        if source is None:
            continue
        actor = _actor_beside_channel(scope, token, source)
        if actor is not None:
            return Attribution(scope.mention(actor.head), mention_span(actor))
        return Attribution(scope.mention(token, 2), source)
    return None


def _actor_beside_channel(scope: QuoteScope, according: Token, source: Span) -> Token | None:
    """'According to reports, the EU justified the move “…”', 'the ministry summoned the envoy in protest against
    the “…”, according to Anadolu': a channel relays, so the subject of the clause the 'according to' hangs on
    speaks when it names someone (docs/annotation.md: only when no one else is named does the outlet speak)."""
    if channel_name(source) is None:
        return None
    clause = according.head
    subjects = children(clause, *SUBJECT_DEPS)
    if not subjects or not is_person_like(scope, mention_span(subjects[0])):
        return None
    return subjects[0] if channel_name(mention_span(subjects[0])) is None else None


def as_put_it(scope: QuoteScope, span: QuotedSpan, inside: list[Token], earlier: Earlier) -> Attribution | None:
    """'…, as a Homeland Security memo put it' or 'as Obama said' anywhere in the quote's sentences (the first
    holds 'as Tom Ridge put it: “… gate. They're inside.”')."""
    start, end = scope.sentence_chars(inside[0])[0], scope.sentence_chars(inside[-1])[1]
    for token in _cues_within(scope.as_clauses, scope.as_clause_starts, start, end):
        if scope.is_cue(token, 1) or (token.lemma_ == "put" and any(c.lower_ == "it" for c in children(token))):
            subject = subject_of(scope, token) or _passive_author(scope, token)
            if subject is not None:
                return Attribution(scope.mention(token), mention_span(subject))
    return None


def _passive_author(scope: QuoteScope, verb: Token) -> Token | None:
    """'As stated in the agency's statement, …' or 'as noted by the ministry': a passive cue with no subject
    speaks through the text it is 'in' or the one it is 'by'."""
    if any(child.dep_ == "auxpass" for child in children(verb)) or verb.tag_ == "VBN":
        for prep in children(verb, "prep", "agent"):
            authors = children(prep, "pobj")
            if authors and (prep.dep_ == "agent" or prep.lower_ == "by" or (
                    prep.lower_ == "in" and authors[0].lemma_.lower() in scope.words.document_nouns)):
                return authors[0]
    return None


def _cues_within(tokens: tuple[Token, ...], starts: tuple[int, ...], start: int, end: int) -> tuple[Token, ...]:
    """The tokens of ``tokens`` (whose offsets are ``starts``, sorted) that start in [start, end)."""
    return tokens[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
