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
    """The title with the body its bracketed short name spells, when the short name stands right before the title
    or inside its phrase ("Anti-Corruption Bureau (ACB) Director", "Defense (DND) Secretary" read from "Department of
    National Defense (DND) Secretary") and the title names no body or only a piece of that one ("Department")."""
    span = doc.char_span(title.start, title.end, alignment_mode="expand")
    if span is None:
        return title
    for bracket in range(max(0, span.start - 3), span.end):
        begin = spelled_body_start(doc, bracket)
        body = doc[begin:bracket].text if begin is not None else None
        if body is not None and (title.organization is None or title.organization in body):
            return _of_body(title, body)
    return title


def _of_body(title: Title, body: str) -> Title:
    """The title with ``body`` as its organisation; a body of known kind decides whether the office is public."""
    kind, words = organization_kind(body), [word_of(word) for word in title.text.split()]
    if kind is None or title.organization is not None:
        return replace(title, organization=body)
    return replace(title, organization=body, is_official=is_official_title(title.head, words, kind, True, False))


def spelled_body_start(doc: Doc, bracket: int) -> int | None:
    """Where the body's name ending before the bracket at ``bracket`` starts when the short name in the brackets
    ("(ACB)") spells the initials of its capitalised words; else None."""
    if bracket + 2 >= len(doc) or doc[bracket].text != "(" or doc[bracket + 2].text != ")":
        return None
    short, initials = doc[bracket + 1].text, ""
    if not (short.isalpha() and short.isupper()):
        return None
    for index in range(bracket - 1, max(-1, bracket - 1 - _LONGEST_BODY), -1):
        word = doc[index]
        if word.lower_ in _INNER_WORDS:
            continue
        if not word.text[:1].isupper() or not word.is_alpha:
            return None
        initials = word.text[0] + initials
        if initials == short:
            return index
        if not short.endswith(initials):
            return None
    return None
