"""Spans: sorted, context-carrying selectors whose exact text is the article's."""

from __future__ import annotations

import pytest

from quotelens.model import Entity, Quote, Sanction
from quotelens.spans import CONTEXT_CHARS, build_spans

TEXT = "“We will act,” Foreign Minister Anna Berg said. Berg warned of sanctions on the firm."


def quote(kind="direct"):
    return Quote(id="quote1", kind=kind, start=1, end=13, text=TEXT[1:13], speaker="person1",
                 speaker_name="Anna Berg")


def person(official=True, quotes=("quote1",)):
    return Entity(id="person1", type="person", name="Anna Berg", is_official=official,
                  mentions=((32, 41), (48, 52)), quote_ids=quotes)


SANCTION = Sanction(id="sanction1", start=63, end=84, text=TEXT[63:84], status="threatened")


@pytest.mark.parametrize("entity, categories", [
    (person(official=True), ("speaker", "official")),
    (person(official=False), ("speaker",)),
    (person(official=True, quotes=()), ("official",)),
])
def test_entity_categories(entity, categories):
    spans, _ = build_spans(TEXT, [], [entity], [])
    assert {span.categories for span in spans} == {categories}


PRONOUN_TEXT = "“We will act,” Foreign Minister Anna Berg said. He warned of sanctions on the firm."


@pytest.mark.parametrize("official, quotes, categories", [
    (True, ("quote1",), {(32, 41): ("speaker", "official"), (48, 50): ("speaker",)}),
    (False, ("quote1",), {(32, 41): ("speaker",), (48, 50): ("speaker",)}),
    # Negative case: an official who is not quoted has no pronoun painted at all.
    (True, (), {(32, 41): ("official",)}),
])
def test_a_pronoun_is_painted_as_a_speaker_never_as_an_official(official, quotes, categories):
    entity = Entity(id="person1", type="person", name="Anna Berg", is_official=official,
                    mentions=((32, 41), (48, 50)), quote_ids=quotes)
    spans, _ = build_spans(PRONOUN_TEXT, [], [entity], [])
    assert {(span.start, span.end): span.categories for span in spans} == categories


def test_unquoted_non_officials_are_not_painted():
    spans, _ = build_spans(TEXT, [], [person(official=False, quotes=())], [])
    assert spans == []


@pytest.mark.parametrize("kind, categories", [("direct", ("quote",)), ("reported", ("reported",))])
def test_quote_kinds_paint_as_their_category(kind, categories):
    spans, _ = build_spans(TEXT, [quote(kind)], [], [])
    assert [span.categories for span in spans] == [categories]


def test_terms_are_not_painted():
    assert build_spans(TEXT, [quote("term")], [], [])[0] == []


def test_spans_are_sorted_and_carry_context():
    spans, dropped = build_spans(TEXT, [quote()], [person()], [SANCTION])
    assert dropped == 0
    assert [span.start for span in spans] == sorted(span.start for span in spans)
    assert [span.id for span in spans] == [f"span{n}" for n in range(1, len(spans) + 1)]
    for span in spans:
        assert span.exact == TEXT[span.start:span.end]
        assert len(span.prefix) <= CONTEXT_CHARS and len(span.suffix) <= CONTEXT_CHARS
        assert TEXT[:span.start].endswith(span.prefix)
        assert TEXT[span.end:].startswith(span.suffix)


def test_max_spans_truncates_and_counts():
    spans, dropped = build_spans(TEXT, [quote()], [person()], [SANCTION], max_spans=2)
    assert len(spans) == 2 and dropped == 2


@pytest.mark.parametrize("start, end", [(-1, 3), (5, 5), (80, 200), (14, 15)])
def test_spans_outside_the_text_or_blank_are_dropped(start, end):
    broken = Sanction(id="sanction1", start=start, end=end, text="", status="other")
    assert build_spans(TEXT, [], [], [broken])[0] == []
