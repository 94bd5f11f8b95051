"""A target written as an office: the holder its name after it gives ('sanctioning Representative to the US Hsiao
Bi-khim'), an office in apposition to the person who holds it, an office in a list right before its holder."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.people.roles import ROLES
from quotelens.language.entities import entity_of


_TITLE_WINDOW = 12  # words from a title to its holder's name: 'Acting Chief of Defense Staff Lt. Gen. Shavendra Silva'
_NOT_IN_TITLE = (",", ";", ":", "(", "—", "–")


def name_after_title(word: Token) -> str | None:
    """A capitalised title the parse made the target while the holder's name after it hangs elsewhere ('sanctioning
    Representative to the US Hsiao Bi-khim', 'the travel ban on Army Commander and Acting Chief of Defense Staff Lt.
    Gen. Shavendra Silva'): the first person named within a few words, before any verb or comma."""
    if word.pos_ != "PROPN" or word.lower_ not in ROLES.heads or word.ent_type_ == "PERSON":
        return None
    doc = word.doc
    for after in doc[word.i + 1: min(len(doc), word.i + 1 + _TITLE_WINDOW)]:
        if after.is_sent_start or after.pos_ in ("VERB", "AUX") or after.text in _NOT_IN_TITLE:
            return None
        if after.ent_type_ == "PERSON" and after.ent_iob_ == "B":
            return entity_of(after).text
    return None


def is_title(word: Token, name: Token) -> bool:
    """'the Minister of Internal Affairs of this entity, Sinisa Karan': a capitalised office the person named after it
    holds, which names that person (the list's target), not a party of its own."""
    return word.lower_ in ROLES.heads and word.ent_type_ != "PERSON" and name.ent_type_ == "PERSON"


def holder_follows(word: Token) -> bool:
    """A capitalised office in a list right before the person who holds it, after a comma ('the Minister of the
    Interior, Stefan Karanov, the Director of …')."""
    if word.pos_ != "PROPN" or word.lower_ not in ROLES.heads or word.ent_type_ == "PERSON":
        return False
    doc = word.doc
    for after in doc[word.i + 1: min(len(doc) - 1, word.i + 1 + _TITLE_WINDOW)]:
        if after.is_sent_start or after.pos_ in ("VERB", "AUX") or after.text in _NOT_IN_TITLE[1:]:
            return False
        if after.text == ",":
            name = doc[after.i + 1]
            return name.ent_type_ == "PERSON" and name.ent_iob_ == "B"
    return False
