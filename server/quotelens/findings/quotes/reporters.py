"""Whose speech the paragraph before reports: an uncued quote paragraph after a paragraph in which X's speech is
reported ('Selby reckoned Onuku Taipari was the last bastion …' ¶ '“There's plenty of other safe beaches …”') is
X's, with no mention of its own (docs/annotation.md S31, as S24 after a direct quote)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.attribution import Attribution
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import is_person_like
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.sources import source_of


def paragraph_reporter(scope: QuoteScope, span: QuotedSpan) -> Attribution | None:
    """The last verb of saying outside quotes in the paragraph before and its speaker, when the quote opens and
    closes its own paragraph (S31's 'a quote that opens and closes in it')."""
    here = scope.paragraph(span.open)
    if here == 0 or scope.text[scope.paragraph_starts[here]:span.open].strip():
        return None
    end = scope.paragraph_starts[here + 1] if here + 1 < len(scope.paragraph_starts) else len(scope.text)
    if scope.text[span.close + 1:end].strip(" \n.,") or span.close >= end:
        return None  # left open, or more of the paragraph follows the quote
    before = scope.tokens_between(scope.paragraph_starts[here - 1], scope.paragraph_starts[here])
    verb = next((token for token in reversed(before) if _reports(scope, token)), None)
    source = source_of(scope, verb) if verb is not None else None
    if source is None or not (is_person_like(scope, source) or is_organization(source)):
        return None
    if source.root.lower_ in ("they", "we", "you", "i"):
        return None  # several people or the quoted voice: an unknown beats a wrong speaker
    return Attribution(scope.mention(verb), source)


def _reports(scope: QuoteScope, token: Token) -> bool:
    """A verb of saying outside quotes that reports speech (not a question, a thought or a verb missing its
    particle)."""
    if token.pos_ != "VERB" or scope.in_quote(token.idx):
        return False
    lemma = scope.verb_lemma(token)
    words = scope.words
    return (lemma in words.speech_verbs and lemma not in words.question_verbs and lemma not in words.thought_verbs
            and not scope.lacks_particle(token))
