"""A sign-off: a dash and a name after a quote, ending its paragraph ('“…” — Commissioner Jane Roe') or, after a
quote that fills its own paragraph, making the next (a fact check's or notebook's layout: '"…" ¶ - Bernie Sanders.').
"""

from __future__ import annotations

import re

from quotelens.findings.quotes.attribution import Attribution
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.model import Mention

# A sign-off is short ('— Commissioner Jane Roe').
SIGN_OFF_CHARS = 120
# A sign-off after a closing mark: a dash, then a name running to the end of the paragraph.
SIGN_OFF = re.compile(r"[ \u00a0]*(?P<dash>[—–―]|--?)[ \u00a0]*(?P<name>[^\n—–―]+?)[ \u00a0.]*$")


def signed_off(scope: QuoteScope, span: QuotedSpan) -> Attribution | None:
    """A dash and a name ending the quote's paragraph ('“…” — Jane Roe') or, after a quote filling its own, the next."""
    text = scope.text
    start, ends = span.close + 1, text.find("\n", span.close)
    if ends > 0 and not text[start:ends].strip(" .\u00a0") and not text[scope.paragraph_starts[scope.paragraph(
            span.open)]:span.open].strip():
        start = len(text) - len(text[ends:].lstrip())
    end = text.find("\n", start, start + SIGN_OFF_CHARS)
    if end < 0:
        end = min(len(text), start + SIGN_OFF_CHARS)
        if end < len(text):
            return None
    match = SIGN_OFF.match(text, start, end)
    if match is None:
        return None
    name = match.group("name").rstrip(" .\u00a0")
    if not name or len(name.split()) > 8 or not name[0].isupper():
        return None
    start = match.start("name")
    tokens = scope.tokens_between(start, start + len(name))
    if not tokens or not any(t.pos_ == "PROPN" for t in tokens):
        return None
    cue = Mention(match.start("dash"), match.end("dash"), match.group("dash"))
    return Attribution(cue, scope.doc[tokens[0].i:tokens[-1].i + 1])
