"""A leader's spokespeople (docs/annotation.md S38): "Ramaphosa, through his spokesperson Vincent Magwenya",
"President Vladimir Putin's press secretary", "spokesperson for President Bola Tinubu". Their organisation is the
office their phrase names ("Kremlin spokesman": found as a body before this), else the country it names ("Russian
presidential spokesman"), else null: never the leader's name, nor a country the article ties to the leader."""

from __future__ import annotations

from spacy.tokens import Doc

from quotelens.findings.people.staff_offices import LEADERS_WORDS, POSSESSIVE_MARKS, SPEAKING_STAFF, is_listed_head
from quotelens.findings.people.titles import Title
from quotelens.findings.states import country_names
from quotelens.language.syntax import sentence_start, word_of

_POSSESSIVES = frozenset({"his", "her"})


def leaders_spokesperson(doc: Doc, title: Title) -> bool:
    """Say whether a spokesperson's title is a leader's: its words name a head's office, or a possessive before it
    ("Putin's", "his" after the head the sentence names as its subject) is a listed head of state or government."""
    if title.head not in SPEAKING_STAFF:
        return False
    if LEADERS_WORDS & _words(title):
        return True
    span = doc.char_span(title.start, title.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in POSSESSIVE_MARKS and before.i > 0:
        return is_listed_head(doc[before.i - 1])
    if before.lower_ not in _POSSESSIVES:
        return False
    # "Ramaphosa, through his spokesperson …": the pronoun's person is the one named last in the sentence before it.
    start = sentence_start(before)
    named = next((token for token in reversed(doc[start:before.i]) if token.ent_type_ == "PERSON"), None)
    return named is not None and is_listed_head(named)


def country_in_phrase(title: Title) -> str | None:
    """The country a spokesperson's own words name ("Russian presidential spokesman": Russia), if any."""
    names = country_names()
    return next((names[word] for word in _words(title) if word in names), None)


def _words(title: Title) -> set[str]:
    return {word_of(word).strip(".,;:") for word in title.text.split()}
