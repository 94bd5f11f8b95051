"""A title written before a name with a bracket between them: "Director of US Central Intelligence Agency (CIA)
William J. Burns", "additional foreign secretary (bilateral and consular) Kamrul Ahsan". The bracket restates the
body or narrows the office's field, so the office and its body are read from the words before it, as they would be
written without it, and the title is given as written, bracket and all (docs/annotation.md: the title as the
article gives it, the body the article ties to the office)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.titles import Title, build_title, canonical_head
from quotelens.language.syntax import sentence_start as sentence_start_of

# The most tokens inside the bracket ("(Union Affairs and Environment)") and in the title before it.
_LONGEST_BRACKET = 8
_LONGEST_TITLE = 12
_INNER_MARKS = {"-", "&", "'s", "’s", ","}  # marks inside a bracketed field or a body's name
_TITLE_TAGS = frozenset({"ADJ", "NOUN", "PROPN"})  # the words a title runs back over from its head


def title_before_bracket(doc: Doc, name: Span) -> Title | None:
    """The title before a bracket that stands right before the name, written with the bracket, or None."""
    # The parser may end a sentence at the bracket before a name; the bracket belongs to the sentence it closes.
    sentence_start = sentence_start_of(doc[name.start - 1]) if name.start > 0 else 0
    opening = _bracket_opening(doc, name.start - 1, sentence_start)
    if opening is None:
        return None
    head = None
    for position in range(opening - 1, max(sentence_start, opening - _LONGEST_TITLE) - 1, -1):
        if _ends_title(doc[position]) or doc[position].text == ",":
            break
        head = position if canonical_head(doc[position]) is not None else head
    if head is None:
        return None
    start = head
    while start > sentence_start and doc[start - 1].pos_ in _TITLE_TAGS and not _ends_title(doc[start - 1]):
        start -= 1  # "additional foreign secretary", "Kyrgyz Vice Premier"
    title = build_title(doc, doc[start:opening], formal_allowed=True, generic="person")
    if title is None:
        return None
    end = doc[name.start - 1].idx + 1
    return replace(title, text=doc.text[title.start:end], end=end)


def _bracket_opening(doc: Doc, close: int, sentence_start: int) -> int | None:
    """The "(" of a short bracket closing at ``close`` that holds words and no clause or name, or None."""
    if close <= sentence_start or doc[close].text != ")":
        return None
    for position in range(close - 1, max(sentence_start, close - _LONGEST_BRACKET - 1) - 1, -1):
        token = doc[position]
        if token.text == "(":
            return position if position < close - 1 else None
        if _ends_title(token) and token.text != ",":
            return None
    return None


def _ends_title(token: Token) -> bool:
    """A word no title phrase runs over: a verb, a person's name, a sentence's punctuation."""
    return (token.pos_ in {"VERB", "AUX"} or token.ent_type_ == "PERSON" or token.is_space
            or token.is_punct and token.text not in _INNER_MARKS)
