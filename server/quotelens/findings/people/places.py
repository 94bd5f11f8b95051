"""The country an article ties to an office it names without one: "President Abdel Fattah Al-Sisi has said that Egypt
seeks ...", the nearest country the sentence names as an owner or actor, outside quotation marks; and for a judge,
the court the article named last before.

The article's most-named country as a fallback helped only the tune half and moved sanction authorities on the
PolNeAR set the wrong way (docs/benchmarks.md), so an office with no country in its sentence keeps none."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span

from quotelens.context import DocContext
from quotelens.findings.people.name_keys import strip_possessive
from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import word_of

_PLACE_LABELS = {"GPE", "NORP"}
# Dependencies of a country named as the owner or actor of something: possessive, subject, modifier.
_OWNER_DEPS = {"poss", "nsubj", "nsubjpass", "compound", "amod", "nmod"}


def country_named(ent: Span) -> str | None:
    """The country an entity names ("Zimbabwe’s", "Egyptian", "the United States"), or None."""
    text = word_of(strip_possessive(ent.text))
    text = text[4:] if text.startswith("the ") else text
    return ROLES.country_adjectives.get(text) or next(
        (country for country in ROLES.country_adjectives.values() if country.lower() == text), None)


def countries_named(context: DocContext) -> list[tuple[int, str]]:
    """The countries the document names as an owner or actor, outside quotation marks: "Egypt's position",
    "Egypt seeks", "the Egyptian Foreign Ministry", as (character offset, country). A country acted on
    ("sanctions on Russia", "talks with China") says nothing about whose office a title is."""
    quotes = context.quoted_spans
    starts = [quote.start for quote in quotes]
    found = []
    for ent in context.doc.ents:
        if ent.label_ not in _PLACE_LABELS or ent.root.dep_ not in _OWNER_DEPS:
            continue
        before = bisect_right(starts, ent.start_char) - 1
        if before >= 0 and quotes[before].start <= ent.start_char < quotes[before].end:
            continue  # "Russia will not stop," said the minister: a country in a quote is the speaker's subject
        country = country_named(ent)
        if country is not None:
            found.append((ent.start_char, country))
    return found


def country_for(doc: Doc, position: int, countries: list[tuple[int, str]]) -> str | None:
    """The country an office written at character ``position`` (its title) most likely belongs to."""
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    if token is None:
        return None
    sentence = token.sent  # countries are in text order: only the sentence's stretch of them is read
    first = bisect_left(countries, (sentence.start_char, ""))
    last = bisect_left(countries, (sentence.end_char, ""))
    near = [(abs(offset - position), country) for offset, country in countries[first:last]]
    return min(near)[1] if near else None


def courts_named(doc: Doc) -> list[tuple[int, str]]:
    """The courts the document names ("The Islamabad High Court (IHC)", "the Supreme Court's"): a capitalised court
    word with the capitalised words before it, as (character offset, name), in text order. Read from the words:
    spaCy often leaves a court's name untagged."""
    found = []
    for token in doc:
        if not token.text[:1].isupper() or word_of(token.text) not in ROLES.court_words:
            continue
        start = token.i
        while start > token.sent.start and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in {"PROPN", "ADJ"}:
            start -= 1
        if start < token.i:  # "Court" alone names no court
            found.append((doc[start].idx, doc[start:token.i + 1].text))
    return found


def court_before(courts: list[tuple[int, str]], position: int) -> str | None:
    """The court named last before character ``position``."""
    index = bisect_left(courts, (position, ""))
    return courts[index - 1][1] if index else None
