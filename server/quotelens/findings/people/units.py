"""The body a unit belongs to. English ties an office over a unit of a body to the whole body by naming the body right
after the unit, as its apposition or its "of" or "at" phrase: "Head of the Special Tasks Department, Ministry of
Internal Affairs", "head of the Persian Gulf Cooperation Council (PGCC) Department of Oman's Foreign Ministry",
"leader of the Rapid Assessment Program at Conservation International". The unit is the title's complement; the
organisation is the body the article ties the office to (docs/annotation.md "People"), the ministry or institution,
which the gold gives as the reading (alone, or beside the unit where it takes both)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import text_of, token_text, word_of
from quotelens.language.vocabulary import word_list

_UNIT_HEADS = frozenset(word_list("roles", "unit_heads"))
# What joins a unit to the body it is part of: an apposition, "of", "at" ("in" mostly says where: left alone).
_PART_LINKS = {",", "of", "at"}
# Words inside a body's capitalised name: "Ministry of Internal Affairs", "Oman's Foreign Ministry".
_NAME_LINKS = {"of", "for", "and", "&", "'s", "’s"}
_LONGEST_BODY = 8


def containing_body(doc: Doc, title_start: int, title_end: int, organization: str | None) -> str | None:
    """The body a title's unit is part of when the article names it right after the unit, else None:
    "Special Tasks Department" of "Head of the Special Tasks Department, Ministry of Internal Affairs" is of the
    Ministry of Internal Affairs. A place after the unit ("Police Unit of Minsk") or a person names no such body."""
    if not organization:
        return None
    at = text_of(doc).find(organization, title_start, title_end)
    span = doc.char_span(at, at + len(organization), alignment_mode="expand") if at >= 0 else None
    if span is None:
        return None
    index = span.end
    if _bracketed(doc, index):
        index += 3  # "Persian Gulf Cooperation Council (PGCC) Department"
    unit = word_of(doc[span.end - 1].text) in _UNIT_HEADS
    if index < len(doc) and word_of(doc[index].text) in _UNIT_HEADS and doc[index].text[:1].isupper():
        unit, index = True, index + 1
    if not unit or index >= len(doc) or doc[index].lower_ not in _PART_LINKS:
        return None
    index += 1
    if index < len(doc) and doc[index].lower_ == "the":
        index += 1
    body = _capitalised_name(doc, index)
    return token_text(body) if body and _names_a_body(body) else None


def _bracketed(doc: Doc, index: int) -> bool:
    return index + 2 < len(doc) and doc[index].text == "(" and doc[index + 2].text == ")"


def _capitalised_name(doc: Doc, index: int) -> list[Token]:
    """The capitalised name starting at token ``index``, with the links inside it ("Ministry of Internal Affairs")."""
    name: list[Token] = []
    while index < len(doc) and len(name) < _LONGEST_BODY:
        token = doc[index]
        inside = token.lower_ in _NAME_LINKS and name and index + 1 < len(doc) and doc[index + 1].text[:1].isupper()
        if not (token.text[:1].isupper() and token.is_alpha or inside):
            break
        name.append(token)
        index += 1
    return name


def _names_a_body(tokens: list[Token]) -> bool:
    """A body's name: an organisation word or an organisation entity in it, no person's name, and more than a
    country or place."""
    words = [word_of(token.text) for token in tokens]
    if any(token.ent_type_ == "PERSON" for token in tokens) or word_of(token_text(tokens)) in ROLES.countries:
        return False
    return any(word in ROLES.state_org_words or word in ROLES.nonstate_org_words for word in words) or all(
        token.ent_type_ == "ORG" for token in tokens)
