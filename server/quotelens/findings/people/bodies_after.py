"""An office's organisation written after its holder's name: "Gov. Mike Pence of Indiana", "Judge Jesus Mupas of
Pasay City Regional Trial Court" (docs/annotation.md: the body or country the article ties to the office)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from quotelens.findings.people.organisations import PLACE_LABELS
from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.titles import Title
from quotelens.language.entities import entity_of
from quotelens.language.syntax import ARTICLES, word_of

# The most words a body's name after "of" is read over: "the Ta’ang National Liberation Army" is four.
_LONGEST_BODY = 6
# Links inside a body's name: "Court of Appeals", "Commission on Human Rights".
_INNER_LINKS = {"of", "for", "on"}
# Marks inside a body's name: "Ta’ang", "Court-1".
_INNER_MARKS = {"-", "’", "'"}


def with_body_after(doc: Doc, name: Span, title: Title) -> Title:
    """The title with the organisation "of <place>" or "of <body>" after the name gives, when it names none: "President
    Vladimir V. Putin of Russia"; "Justice Daniel E Osiagor of the Federal High Court", a body being a capitalised
    name with a body's word in it ("Court", "Ministry", "Army"; data/roles.json), whether or not spaCy tagged it."""
    if title.organization is not None or name.end + 1 >= len(doc) or doc[name.end].lower_ != "of":
        return title
    place = doc[name.end + 1]
    ent = entity_of(place) if place.ent_type_ in PLACE_LABELS else None
    if ent is not None:
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        return replace(title, organization=ROLES.country_adjectives.get(word_of(text), text))
    body = _body_named(doc, name.end + 1)
    return title if body is None else replace(title, organization=body)


def _body_named(doc: Doc, start: int) -> str | None:
    """A body's capitalised name starting at ``start`` (after an article), links inside it included ("the Court of
    Appeals"), if one of its words is a body's word."""
    start += doc[start].lower_ in ARTICLES
    end = start
    while end < min(len(doc), start + _LONGEST_BODY) and (
            doc[end].text[:1].isupper() or doc[end].text in _INNER_MARKS and not doc[end].whitespace_
            or end > start and doc[end].lower_ in _INNER_LINKS and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper()):
        end += 1
    words = {word_of(token.text) for token in doc[start:end]}
    if end == start or not words & (ROLES.state_org_words | ROLES.nonstate_org_words | ROLES.court_words):
        return None
    return doc[start:end].text
