"""A staff office a head of state or government holds a person in: "Donald Trump's press secretary", "Putin's
spokesman". The office is the head's government's (docs/annotation.md: a government office), so it is a public one;
the head is whose office it is, no body (the title is the office as worded, without its holder's name), and the
organisation stays unknown unless the text names a body."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from quotelens.findings.people.spoken_for import SPOKESPERSONS
from quotelens.findings.people.statesmen import state_served
from quotelens.findings.people.titles import Title
from quotelens.language.entities import entity_of
from quotelens.language.vocabulary import word_list

_HEAD_STAFF = word_list("roles", "head_staff")
# The offices in a head's staff that speak for the head ("Putin's spokesman", "the president's press secretary").
SPEAKING_STAFF = SPOKESPERSONS | frozenset(_HEAD_STAFF["speaking"])
_STAFF_HEADS = SPEAKING_STAFF | frozenset(_HEAD_STAFF["other"])
# Words of a speaking office's title that make it a head's own ("presidential spokesman", "spokesperson to the
# President": leaders_spokespeople.py).
LEADERS_WORDS = frozenset(_HEAD_STAFF["leaders_words"])
POSSESSIVE_MARKS = frozenset({"'s", "’s"})


def of_a_head(doc: Doc, title: Title) -> Title:
    """The title as the head's staff office when its words open with a listed head's possessive name."""
    if title.is_official or title.former or title.head not in _STAFF_HEADS:
        return title
    span = doc.char_span(title.start, title.end, alignment_mode="expand")
    possessive = next((token for token in span if token.text in POSSESSIVE_MARKS), None) if span is not None else None
    if possessive is None or possessive.i == span.start or possessive.i + 1 >= span.end:
        return title
    if not is_listed_head(doc[possessive.i - 1]):
        return title
    office = doc[possessive.i + 1:span.end]
    if any(token.lower_ == "former" or token.ent_type_ == "PERSON" for token in office):
        return title
    return replace(title, text=office.text, start=office.start_char, organization=None, is_official=True)


def is_listed_head(token: Token) -> bool:
    """Whether ``token`` is in a person's name that data/leaders.json lists as a head of state or government."""
    owner = entity_of(token)
    return owner is not None and owner.label_ == "PERSON" and state_served([owner.text]) is not None
