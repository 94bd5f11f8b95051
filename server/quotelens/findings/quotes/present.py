"""Words said by someone present whom no one names: 'Cruz said as the heckler yelled: “You suck!”', 'the crowd
reprised the chant “Lock her up!”'."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from quotelens.findings.quotes.attribution import Attribution, names_someone_present
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.subjects import subject_of
from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

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


def crowd_cry(scope: QuoteScope, span: QuotedSpan) -> Attribution | None:
    """'the crowd loudly reprised the caustic chant “Lock her up!”', 'Clinton supporters responded with chants of “I’m
    with her”', 'Mr. Christie roused the crowd to spontaneous chants of “Lock her up!”': words right after a noun for
    a crowd's cry (data/cues.json crowd_cries) are said by the people who raise it; not when the cry only meets
    someone ('his speech was met with chants of “…”': passive, no one raising it is named)."""
    before = scope.tokens_before(span.open, 2)
    if before and before[-1].lower_ == "of":
        before.pop()
    if not before or before[-1].pos_ != "NOUN" or before[-1].lemma_.lower() not in _cries():
        return None
    cry = before[-1]
    preposition = cry.head if cry.dep_ == "pobj" and cry.head.dep_ == "prep" else None
    verb = preposition.head if preposition is not None else cry.head if cry.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or children(verb, "auxpass", "nsubjpass"):
        return None
    roused = children(verb, "dobj") if preposition is not None and preposition.lower_ == "to" else []
    raiser = roused[0] if roused else subject_of(scope, verb)
    if raiser is None or scope.in_quote(raiser.idx):
        return None
    source = mention_span(raiser)
    return Attribution(scope.mention(cry), source) if _a_crowd(source) else None


def _a_crowd(source: Span) -> bool:
    """Someone present unnamed, or people by a plural common noun ('Clinton supporters', 'delegates')."""
    root = source.root
    return names_someone_present(source) or root.pos_ == "NOUN" and root.tag_ == "NNS"


@cache
def _cries() -> frozenset[str]:
    return frozenset(word_list("cues", "crowd_cries"))


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
