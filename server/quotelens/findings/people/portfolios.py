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
    for word in doc[comma.i + 1:min(comma.i + 8, len(doc) - 1)]:
        if word.lower_ in {"and", "&"}:
            return _field_word(_past_article(doc, word.i + 1))
        if not (_field_word(word) or word.text == "," or _article_of_field(doc, word)):
            return False
    return False


def _article_of_field(doc: Doc, token: Token) -> bool:
    """An article before a field that is a body's name: "Minister of Maghreb Affairs, the African Union and the Arab
    League"."""
    return token.lower_ == "the" and token.i + 1 < len(doc) and _field_word(doc[token.i + 1])


def _past_article(doc: Doc, index: int) -> Token:
    return doc[index + 1] if _article_of_field(doc, doc[index]) else doc[index]


def opens_fields(doc: Doc, comma: Token) -> bool:
    """Whether a comma stands between a capitalised field and the next one of the same complement, read from the words
    alone ("Foreign Affairs, Cooperation and Mauritanians Abroad"): the title head before it is still to be found,
    and joins_fields_list decides once it is."""
    return (comma.text == "," and 0 < comma.i < len(doc) - 2 and _field_word(doc[comma.i - 1])
            and _field_word(_past_article(doc, comma.i + 1)))


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
