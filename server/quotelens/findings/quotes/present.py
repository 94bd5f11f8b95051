"""Words said by someone present whom no one names: 'Cruz said as the heckler yelled: “You suck!”'."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.quotes.attribution import Attribution, names_someone_present
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.sources import mention_span, subject_of

# Tokens before the opening mark the verb may sit within: the verb, then a comma or colon.
BEFORE_MARK = 2


def someone_present(scope: QuoteScope, span: QuotedSpan) -> Attribution | None:
    """A verb of saying right before the opening mark whose subject is someone there, unnamed ('the heckler
    yelled: “…”', 'a man yelled “…”', 'about 50 protesters had gathered …, chanting “…”') says the quote, whatever
    verb the parser hung the quoted words on: the named speaker of a cue farther up ('Cruz said as …') only set the
    scene. Unnamed, so the quote has no named speaker (docs/annotation.md)."""
    before = scope.tokens_before(span.open, BEFORE_MARK)
    while before and before[-1].text in (",", ":"):
        before.pop()
    if not before or before[-1].pos_ != "VERB" or not scope.is_cue(before[-1], 1):
        return None
    verb = before[-1]
    subject = subject_of(scope, verb) or _subject_before(scope, verb)
    if subject is None or scope.in_quote(subject.idx):
        return None
    source = mention_span(subject)
    return Attribution(scope.mention(verb), source) if names_someone_present(source) else None


def _subject_before(scope: QuoteScope, verb: Token) -> Token | None:
    """The subject the parse hid: the noun a finite verb was hung on ('a man yelled', read as a clause on 'man'), or
    the subject of the clause a participle follows ('protesters had gathered on Wednesday, chanting')."""
    if verb.dep_ == "acl" and verb.head.i == verb.i - 1 and verb.tag_ in ("VBD", "VBZ", "VBP"):
        return verb.head
    if verb.tag_ != "VBG" or verb.i < 2 or scope.doc[verb.i - 1].text != ",":
        return None
    node = scope.doc[verb.i - 2]
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX"):
            return subject_of(scope, node)
        if node.head.i == node.i:
            return None
        node = node.head
    return None
