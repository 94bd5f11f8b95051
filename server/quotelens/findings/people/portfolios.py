"""Where a comma joins the fields of one office rather than two people or two offices: "Deputy Minister for Trade,
Agribusiness and Industry, Sampson Ahi" is one title before one name."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.titles import canonical_head
from quotelens.language.syntax import word_of


def joins_fields_list(doc: Doc, comma: Token, head: Token) -> bool:
    """Whether a comma joins the fields of one office's complement: "Deputy Minister for Trade, Agribusiness and
    Industry, Sampson Ahi" (capitalised fields after the head's "for" or "of", the last joined by "and"), not two
    people or two offices ("the Minister of Finance, Ken Ofori-Atta and ...": a name, which the tagger marks)."""
    link = next((word for word in doc[head.i + 1:comma.i] if word.lower_ in {"of", "for"}), None)
    if link is None or not _field_word(doc[comma.i - 1]):
        return False
    for word in doc[comma.i + 1:min(comma.i + 6, len(doc) - 1)]:
        if word.lower_ in {"and", "&"}:
            return _field_word(doc[word.i + 1])
        if not (_field_word(word) or word.text == ","):
            return False
    return False


def joins_fields(doc: Doc, index: int) -> bool:
    """Whether the conjunction at ``index`` joins two fields of one office: "Security and borders", "Information
    and Culture" (portfolio words on both sides), not two titles or two people."""
    return (0 < index < len(doc) - 1 and doc[index].lower_ in {"and", "&"}
            and word_of(doc[index - 1].text) in ROLES.portfolio_words
            and word_of(doc[index + 1].text) in ROLES.portfolio_words)


def _field_word(token: Token) -> bool:
    """A capitalised word of an office's field, neither a person's name nor a title head ("Agribusiness")."""
    return (token.text[:1].isupper() and token.is_alpha and token.ent_type_ not in {"PERSON", "GPE"}
            and canonical_head(token) is None)
