"""A staff office a head of state or government holds a person in: "Donald Trump's press secretary", "Putin's
spokesman". The office is the head's government's (docs/annotation.md: a government office), so it is a public one;
the head is whose office it is, no body (the title is the office as worded, without its holder's name), and the
organisation stays unknown unless the text names a body."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from quotelens.findings.people.spoken_for import SPOKESPERSONS
from quotelens.findings.people.statesmen import state_served
from quotelens.findings.people.titles import Title, marks_no_office
from quotelens.language.entities import entity_of
from quotelens.language.syntax import word_of
from quotelens.language.vocabulary import word_list

_HEAD_STAFF = word_list("roles", "head_staff")
# The offices in a head's staff that speak for the head ("Putin's spokesman", "the president's press secretary").
SPEAKING_STAFF = SPOKESPERSONS | frozenset(_HEAD_STAFF["speaking"])
_STAFF_HEADS = SPEAKING_STAFF | frozenset(_HEAD_STAFF["other"])
# Words of a speaking office's title that make it a head's own ("presidential spokesman", "spokesperson to the
# President": leaders_spokespeople.py).
LEADERS_WORDS = frozenset(_HEAD_STAFF["leaders_words"])
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
# Links after a speaking office that name whom it speaks for: "spokesperson for", "spokesperson to the President".
_SPEAKING_LINKS = frozenset({"for", "to"})


def of_a_head(doc: Doc, title: Title) -> Title:
    """The title as the head's staff office when its words open with a listed head's possessive name, or a speaking
    office's complement is a head's office ("spokesperson to the President", "spokeswoman for President Joe Biden")."""
    if title.is_official or title.former or title.head not in _STAFF_HEADS:
        return title
    if _speaks_for_a_head(title):
        return replace(title, is_official=True)  # S38: a leader's spokespeople are officials
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


def _speaks_for_a_head(title: Title) -> bool:
    """Whether a speaking office's complement is a head of state's or government's office: "for"/"to" and the head's
    office word ("spokesperson to the President", "for Prime Minister Narendra Modi"), not another body's president
    ("for the president of the federation") nor a campaign's ("for the campaign of President …")."""
    words = [word_of(word).strip(".,;:") for word in title.text.split()]
    link = next((index for index, word in enumerate(words) if word in _SPEAKING_LINKS), None)
    if title.head not in SPEAKING_STAFF or link is None or marks_no_office(words):
        return False
    rest = [word for word in words[link + 1:] if word not in {"the", "a"}]
    return bool(rest) and rest[0] in LEADERS_WORDS and "of" not in rest[1:3]


def is_listed_head(token: Token) -> bool:
    """Whether ``token`` is in a person's name that data/leaders.json lists as a head of state or government."""
    owner = entity_of(token)
    return owner is not None and owner.label_ == "PERSON" and state_served([owner.text]) is not None
