"""Quotes a label introduces: a name and a colon ('Trump: “…”'), a label after a verb of saying ('Quote: “…”'), a
headline that opens with a name ('Pence: Trump Was ‘Mocking’ …'), a transcript turn ('Rep. Trey Gowdy (R-S.C.): "…"').
Each is an attribution strategy of cues.py: a function of the QuoteScope, the quoted span, its tokens and the quotes
attributed before it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.quotes.attribution import Attribution, Earlier
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.phrases import names_someone, noun_phrase_ending
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.sources import source_of
from quotelens.language.vocabulary import word_list

# A headline's speaker comes in its first few words ('Pence: …'); a transcript turn's label runs a little longer
# ('Rep. Trey Gowdy (R-S.C.):').
HEADLINE_NAME_CHARS = 60
TURN_LABEL_TOKENS = 12
# The most words a headline's speaker runs to before 'on' ('CNN President On Trump: …').
ON_TOPIC_NAME_TOKENS = 4
# How many sentences back a labelled quote ('Quote: “…”') looks for the last verb of saying and its speaker.
LABEL_LOOKBACK_SENTENCES = 6
# What a noun phrase before a colon is when a clause governs it ('on Twitter:', 'with Clinton:'): no label.
OBJECT_DEPS = frozenset({"pobj", "dobj", "dative"})
# Labels of a line that credits the quote under it ('Source: Sybiha on X', then 'Quote: “…”').
SOURCE_LABELS = frozenset(word_list("cues", "source_labels"))


def cue_before(scope: QuoteScope, span: QuotedSpan, inside: list[Token], earlier: Earlier) -> Attribution | None:
    """A colon after the speaker's name: 'Trump: “…”', or after a headline's 'Speaker on Topic'."""
    before = scope.tokens_before(span.open, 8)
    if len(before) < 2 or before[-1].text != ":":
        return None
    about = _speaker_on_topic(scope, scope.paragraph_starts[scope.paragraph(span.open)], span)
    if about is not None:
        return about
    name = noun_phrase_ending(scope, before[:-1])
    # The tagger often calls a lone capitalised name before a colon a noun: "Trump: “…”".
    if name is None or not all(t.text[:1].isupper() for t in name if t.pos_ in ("PROPN", "NOUN")):
        return None
    if not names_someone(scope, name):
        return None
    head = name.root.head
    if name.root.dep_ in OBJECT_DEPS and head.i < name.start and not any(
            token.is_punct for token in scope.doc[max(head.i + 1, before[0].i):name.start]):
        # 'saying in a post on Twitter: “…”', 'contrasted him with Clinton: “…”': a name a preposition or verb of
        # the clause before the colon governs is what the clause is about, not a speaker's label (one set off by a
        # dash, 'OTHER STATES - Michael P. McDonald:', still is).
        return None
    return Attribution(scope.mention(before[-1]), name)


def labelled_quote(scope: QuoteScope, span: QuotedSpan, inside: list[Token],
                   earlier: Earlier) -> Attribution | None:
    """'Quote: “…”' opening a paragraph, after 'Sybiha noted …': the speaker of the last verb of saying before it
    (outside quotes, within a few sentences)."""
    before = scope.tokens_before(span.open, 4)
    label = " ".join(token.lower_ for token in before[:-1])
    if len(before) < 2 or before[-1].text != ":" or label not in scope.words.quote_labels:
        return None
    if scope.text[scope.paragraph_starts[scope.paragraph(span.open)]:before[0].idx].strip():
        return None  # the label must open its paragraph
    credited = _source_line(scope, scope.paragraph(span.open) - 1)
    if credited is not None:
        return Attribution(scope.mention(before[0], len(before)), credited)
    for sentence in scope.sentences_back(before[0], LABEL_LOOKBACK_SENTENCES):
        verbs = [t for t in sentence if t.i < before[0].i and not scope.in_quote(t.idx) and scope.is_cue(t, 1)
                 and not scope.is_stance(t)]
        for verb in reversed(verbs):
            source = source_of(scope, verb)
            if source is not None:
                return Attribution(scope.mention(before[0], len(before)), source)
    return None


def _source_line(scope: QuoteScope, paragraph: int) -> Span | None:
    """'Source: a statement by Matthew Miller, spokesperson for …' on the line before a 'Quote:' (a news site's
    layout): the first person the line names, whose words the quote gives."""
    if paragraph < 0:
        return None
    tokens = scope.tokens_between(scope.paragraph_starts[paragraph], scope.paragraph_starts[paragraph + 1])
    if len(tokens) < 3 or tokens[0].lower_ not in SOURCE_LABELS or tokens[1].text != ":":
        return None
    for token in tokens[2:]:
        entity = scope.resolver.resolve(scope.doc[token.i:token.i + 1]) if token.pos_ == "PROPN" else None
        if entity is not None and entity.type == "person":
            return mention_span(token)
    return None


def headline_speaker(scope: QuoteScope, span: QuotedSpan, inside: list[Token],
                     earlier: Earlier) -> Attribution | None:
    """A headline or line that opens with a name and a colon: 'Pence: Trump Was ‘Mocking’ Clinton Camp'."""
    start = scope.paragraph_starts[scope.paragraph(span.open)]
    head = scope.text[start:min(span.open, start + HEADLINE_NAME_CHARS)]
    colon = head.find(":")
    if colon <= 0:
        return None
    tokens = scope.tokens_between(start, start + colon)
    turn = _turn_speaker(scope, tokens) if len(tokens) > 4 else None
    if turn is None and (not tokens or len(tokens) > 4 or not all(t.text[:1].isupper() or t.is_punct
                                                                    for t in tokens)):
        return None
    return _at_colon(scope, turn or scope.doc[tokens[0].i:tokens[-1].i + 1], start + colon)


def _speaker_on_topic(scope: QuoteScope, start: int, span: QuotedSpan) -> Attribution | None:
    """'Gillibrand on Hillary Releasing Her Speech Transcripts: ‘I Think She Will.’', 'CNN President On Trump: ‘…’':
    a headline's 'Speaker on Topic:' gives the speaker first, whatever names the topic holds."""
    head = scope.text[start:span.open]
    colon = head.rfind(":")
    if colon <= 0 or head[colon + 1:].strip() or "\n" in head:
        return None
    tokens = scope.tokens_between(start, start + colon)
    cut = next((index for index, token in enumerate(tokens) if token.lower_ == "on" and token.pos_ == "ADP"), None)
    if cut is None or not 1 <= cut <= ON_TOPIC_NAME_TOKENS or not all(t.text[:1].isupper() for t in tokens[:cut]):
        return None
    return _at_colon(scope, scope.doc[tokens[0].i:tokens[cut - 1].i + 1], start + colon)


def _at_colon(scope: QuoteScope, speaker: Span, colon: int) -> Attribution | None:
    """A line's speaker, cued by the colon at character ``colon``, when the speaker names someone of the article."""
    if not names_someone(scope, speaker):
        return None
    colon_tokens = scope.tokens_between(colon, colon + 1)
    return Attribution(scope.mention(colon_tokens[0]), speaker) if colon_tokens else None


def _turn_speaker(scope: QuoteScope, tokens: list[Token]) -> Span | None:
    """A transcript turn's longer label: 'Rep. Trey Gowdy (R-S.C.):', 'Former secretary of state Hillary Rodham
    Clinton:' — a phrase with no verb that ends, before a parenthesis, in a person the article lists."""
    if len(tokens) > TURN_LABEL_TOKENS or any(token.pos_ in ("VERB", "AUX") for token in tokens):
        return None
    opening = [index for index, token in enumerate(tokens) if token.text == "("]
    words = tokens[:opening[0]] if opening and tokens[-1].text == ")" else tokens
    if not words or words[-1].pos_ != "PROPN":
        return None
    entity = scope.resolver.resolve(mention_span(words[-1]))
    return mention_span(words[-1]) if entity is not None and entity.type == "person" else None
