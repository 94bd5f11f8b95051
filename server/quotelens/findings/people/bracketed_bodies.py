"""An office's body written before its title with its short name in brackets: "the Anti-Corruption Bureau (ACB)
Director Martha Chizuma", "Department of National Defense (DND) Secretary" (docs/annotation.md: the body the article
ties to the office). The bracketed short name restates the body, so the title after it is that body's, as it would be
written without the brackets ("Anti-Corruption Bureau Director")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from quotelens.findings.people.body_kinds import organization_kind
from quotelens.findings.people.titles import Title, is_official_title
from quotelens.language.syntax import word_of

# The most tokens a body's name before its bracket is read over ("Trade Development Authority of Pakistan").
_LONGEST_BODY = 9
# Words inside a body's name that take no letter of its short name.
_INNER_WORDS = frozenset({"of", "for", "and", "on", "the", "-", "&"})


def with_body_bracketed(doc: Doc, title: Title) -> Title:
    """The title with the body written before it when it names none and a short name in brackets stands between
    them whose letters are the initials of the body's capitalised words ("Anti-Corruption Bureau (ACB)")."""
    span = doc.char_span(title.start, title.end, alignment_mode="expand")
    if title.organization is not None or span is None or span.start < 4:
        return title
    close, short, open_ = doc[span.start - 1], doc[span.start - 2], doc[span.start - 3]
    if close.text != ")" or open_.text != "(" or not short.text.isalpha() or not short.text.isupper():
        return title
    body = _body_for(doc, span.start - 3, short.text)
    if body is None:
        return title
    kind, words = organization_kind(body), [word_of(word) for word in title.text.split()]
    if kind is None:
        return replace(title, organization=body)  # a body of unknown kind leaves the office as the title made it
    return replace(title, organization=body, is_official=is_official_title(title.head, words, kind, True, False))


def _body_for(doc: Doc, bracket: int, short: str) -> str | None:
    """The body's name ending before the bracket at ``bracket`` whose capitalised words' initials spell ``short``."""
    initials = ""
    for index in range(bracket - 1, max(-1, bracket - 1 - _LONGEST_BODY), -1):
        word = doc[index]
        if word.lower_ in _INNER_WORDS:
            continue
        if not word.text[:1].isupper() or not word.is_alpha:
            return None
        initials = word.text[0] + initials
        if initials == short:
            return doc[index:bracket].text
        if not short.endswith(initials):
            return None
    return None
