"""The speaker resolver on hand-built people: names, pronouns, nominals, and weak evidence giving no answer."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.speakers import SpeakerResolver
from quotelens.model import Entity


def person(text: str, entity_id: str, name: str, wordings: list[str], title: str | None = None) -> Entity:
    """An entity whose mentions are every occurrence of each wording in ``text``."""
    mentions = []
    for wording in wordings:
        start = text.find(wording)
        while start >= 0:
            mentions.append((start, start + len(wording)))
            start = text.find(wording, start + len(wording))
    return Entity(id=entity_id, type="person", name=name, title=title, mentions=tuple(sorted(mentions)))


def resolve(nlp, text: str, people: list[dict], source: str, occurrence: int = 1, quoted=()):
    """Resolve the ``occurrence``-th appearance of ``source`` in ``text``; return the entity's name or None."""
    doc = nlp(text)
    entities = [person(text, f"person{i}", **p) for i, p in enumerate(people, start=1)]
    start = -1
    for _ in range(occurrence):
        start = text.find(source, start + 1)
    span = doc.char_span(start, start + len(source))
    spans = [(text.find(q), text.find(q) + len(q)) for q in quoted]
    entity = SpeakerResolver(build_context(doc), entities, spans).resolve(span)
    return entity.name if entity else None


MILLER = {"name": "Matthew Miller", "wordings": ["Matthew Miller", "Miller"],
          "title": "official spokesperson of the US Department of State"}
KIM = {"name": "Kim Jong Un", "wordings": ["Kim Jong Un", "Kim"], "title": "North Korean leader"}
PUTIN = {"name": "Vladimir Putin", "wordings": ["Vladimir Putin", "Putin"], "title": "President"}


@pytest.mark.parametrize("text, people, source, occurrence, quoted, expected", [
    # A name resolves through the mention that holds its head word.
    ("Matthew Miller spoke on Monday. Miller said the talks failed.", [MILLER], "Miller", 2, (), "Matthew Miller"),
    ("The Clinton ad ran on Monday.", [{"name": "Hillary Clinton", "wordings": ["Clinton"]}],
     "The Clinton ad", 1, (), None),
    # A pronoun takes the subject of the nearest sentence naming someone.
    ("Matthew Miller spoke on Monday. He said the talks failed.", [MILLER], "He", 1, (), "Matthew Miller"),
    ("Kim Jong Un informed Vladimir Putin that Russia will win. He congratulated Russia.", [KIM, PUTIN],
     "He", 1, (), "Kim Jong Un"),
    # People named inside quoted words are not candidates.
    ("“Putin is begging Kim for help,” Miller said. He added more.", [MILLER, KIM, PUTIN], "He", 1,
     ["Putin is begging Kim for help,"], "Matthew Miller"),
    # Gender only from the article's own evidence: Mr/Ms.
    ("Ms. Jane Roe met Mr. John Doe on Monday. He said the deal was done.",
     [{"name": "Jane Roe", "wordings": ["Jane Roe"]}, {"name": "John Doe", "wordings": ["John Doe"]}],
     "He", 1, (), "John Doe"),
    ("The spokeswoman Jane Roe met John Doe on Monday. He said the deal was done.",
     [{"name": "Jane Roe", "wordings": ["Jane Roe"]}, {"name": "John Doe", "wordings": ["John Doe"]}],
     "He", 1, (), "John Doe"),
    # ... never from first names: without Mr/Ms, the subject wins.
    ("Jane Roe met John Doe on Monday. He said the deal was done.",
     [{"name": "Jane Roe", "wordings": ["Jane Roe"]}, {"name": "John Doe", "wordings": ["John Doe"]}],
     "He", 1, (), "Jane Roe"),
    ("Ms. Jane Roe spoke on Monday. He said the deal was done.", [{"name": "Jane Roe", "wordings": ["Jane Roe"]}],
     "He", 1, (), None),
    # A nominal takes the one person whose title has its head noun.
    ("North Korean leader Kim Jong Un met Vladimir Putin. The North Korean leader said more.", [KIM, PUTIN],
     "The North Korean leader", 1, (), "Kim Jong Un"),
    ("Matthew Miller briefed reporters. The spokesperson said more.", [MILLER, KIM], "The spokesperson", 1, (),
     "Matthew Miller"),
    # Weak evidence gives no answer: a plural nominal, nobody named before, a bare name nobody has.
    ("Kim Jong Un met Vladimir Putin. The two leaders said more.", [KIM, PUTIN], "The two leaders", 1, (), None),
    ("He said the talks failed. Matthew Miller agreed.", [MILLER], "He", 1, (), None),
    ("Matthew Miller spoke. Johnson said the talks failed.", [MILLER], "Johnson", 1, (), None),
])
def test_resolve(nlp, text, people, source, occurrence, quoted, expected):
    assert resolve(nlp, text, people, source, occurrence, quoted) == expected


def test_pronoun_out_of_reach_is_unresolved(nlp):
    filler = " ".join(f"The market rose on day {i}." for i in range(12))
    text = f"Matthew Miller spoke on Monday. {filler} He said the talks failed."
    assert resolve(nlp, text, [MILLER], "He") is None
