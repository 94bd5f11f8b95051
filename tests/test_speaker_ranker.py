"""The speaker ranker's candidates, features and gate (bench/ranker_candidates.py, bench/ranker_features.py).

The ranker itself is a measurement (bench/speaker_ranker.py, docs/benchmarks.md); this checks that what it learns
from is what the text says: on one real article of the news tune half, the gold speaker among the candidates and
labelled right, the others wrong, and the rules' own pronoun links left out; on real sentences, the form of the
mention at the cue and the gate it opens — a definite description or a body's "it" the ranker may resolve, an
indefinite or plural unnamed source it may not.
"""

from __future__ import annotations

import math
import sys

import pytest

from locations import REPO

sys.path.insert(0, str(REPO / "bench"))  # the bench modules import each other by name

from news_corpus import analyse, load_news  # noqa: E402
from ranker_features import Row, article_rows, as_records  # noqa: E402
from speaker_ranker import GATE, gated  # noqa: E402

from quotelens.findings.quotes.ranker_features import (cue_form, cue_span, find_candidates, is_open,  # noqa: E402
                                                        resolved_speakers)
from quotelens.model import Article, Quote  # noqa: E402
from quotelens.pipeline import analyze_article, text_blocks  # noqa: E402

ARTICLE = "24kg-japarov-comments-sanctions-banks"  # tune: a president's quotes, a description ("the president")


@pytest.fixture(scope="module")
def rows(nlp):
    article = next(a for a in load_news("tune") if a.id == ARTICLE)
    return article_rows(article, analyse([article])[0], nlp(article.text))


def candidate(row, name: str) -> tuple[dict[str, float], bool]:
    index = row.names.index(name)
    return row.features[index], row.labels[index]


def test_every_gold_quote_is_a_row(rows):
    assert [row.kind for row in rows] == ["named at the cue", "description", "organisation"]


@pytest.mark.parametrize(("name", "right", "expected"), [
    # "the president" a sentence after "As Sadyr Japarov noted": his title holds the description, the rules chose
    # him, and the quote before was his.
    ("Sadyr Japarov", True, {"is person": 1.0, "description in title": 1.0, "rules chose it": 1.0,
                             "previous quote's speaker": 1.0, "prior mention is a subject": 1.0,
                             "cue definite": 1.0, "cue role, a person": 1.0, "cue head in title": 1.0}),
    # Named only after the quote: no earlier mention, nothing the rules chose.
    ("Daniyar Amangeldiev", False, {"is person": 1.0, "has prior mention": 0.0, "rules chose it": 0.0,
                                    "description in title": 0.0}),
    # A country spaCy tags, not an entity of the response: a place, never the rules' answer here.
    ("Kyrgyzstan", False, {"is person": 0.0, "is a place": 1.0, "has prior mention": 1.0, "rules chose it": 0.0,
                           "previous quote's speaker": 0.0, "cue role, a person": 0.0}),
])
def test_description_quote_candidates(rows, name, right, expected):
    features, label = candidate(rows[1], name)
    assert label is right
    assert {key: features[key] for key in expected} == expected


def test_pronouns_the_rules_linked_are_not_name_mentions(rows):
    # The response ties "He" (twice) to Japarov; counted as mentions they would carry the rules' answer into the
    # distance and count features. Before the second quote his name is written three times (the lead, "Sadyr
    # Japarov noted" twice), and two bodies are named after him.
    features, _ = candidate(rows[1], "Sadyr Japarov")
    assert features["log mentions so far"] == pytest.approx(math.log1p(3))
    assert features["recency rank"] == 2


def test_a_quote_the_analysis_missed_has_no_candidates(rows):
    missed = rows[2]
    assert (missed.rules_right, missed.rules_silent, missed.features, missed.gate_open) == (False, True, [], False)


LEAD = "The International Cricket Council banned three players for a year on Friday.\n"
# (text, the mention at the quote's cue, its form, whether the ranker may resolve the quote)
CUES = [
    # Definite: the description or body the rules may leave unresolved, the ranker's to resolve.
    (LEAD + "“The players breached the code,” the board said.", "the board", "definite", True),
    (LEAD + "“The players breached the code,” its spokesman said.", "its spokesman", "definite", True),
    # A body's "it" after its statement: resolved by the rules here, so closed.
    ("The US Department of Justice charged the businessman on Friday.\n"
     "“We will follow the money,” it said in a statement.", "it", "pronoun", False),
    # Indefinite or plural unnamed sources stay unnamed whatever the ranker scores.
    (LEAD + "“The players breached the code,” a senior official said.", "a senior official", "indefinite", False),
    (LEAD + "“The players breached the code,” officials said.", "officials", "indefinite", False),
    (LEAD + "“The players breached the code,” two officials said.", "two officials", "indefinite", False),
    (LEAD + "“The players breached the code,” sources said.", "sources", "indefinite", False),
    (LEAD + "“The players breached the code,” the officials said.", "the officials", "plural", False),
    # A name is no description: the rules' answer stands.
    (LEAD + "“The players breached the code,” Ashley de Silva said.", "Ashley de Silva", "bare", False),
]


@pytest.mark.parametrize(("text", "mention", "form", "open_"), CUES)
def test_cue_form_and_gate(nlp, text, mention, form, open_):
    analysis = analyze_article(Article("", text, text_blocks(text)), nlp)
    quote = next(q for q in analysis.quotes if q.kind == "direct")
    assert quote.source.text == mention
    assert cue_form(cue_span(nlp(text), quote)) == form
    assert is_open(nlp(text), quote, resolved_speakers(analysis.entities)) is open_


def test_no_mention_at_the_cue_is_open(nlp):
    text = "“The players breached the code.”\n" + LEAD
    quote = Quote("q", "direct", 0, 32, text[:32])
    assert (cue_form(cue_span(nlp(text), quote)), is_open(nlp(text), quote, set())) == ("none", True)


def test_candidates_of_a_definite_body(nlp):
    # "the board" after the body is named: the body's name is a candidate, not a person.
    text = CUES[0][0]
    analysis = analyze_article(Article("", text, text_blocks(text)), nlp)
    entities, _ = as_records({"entities": [entity_dict(e) for e in analysis.entities], "quotes": []})
    names = {c.name: c for c in find_candidates(nlp(text), entities)}
    assert not names["The International Cricket Council"].is_person


def entity_dict(entity) -> dict:
    return {"id": entity.id, "type": entity.type, "name": entity.name, "aliases": list(entity.aliases),
            "title": entity.title, "mentions": [{"start": s, "end": e} for s, e in entity.mentions]}


@pytest.mark.parametrize(("gate_open", "score", "rules_right", "expected"), [
    (True, 0.9, False, True),  # open and over the threshold: the ranker's top (right here) answers
    (True, 0.3, False, False),  # open but under it: the rules' answer stands
    (False, 0.99, True, True),  # closed ('a senior official'): the rules' unnamed answer stands, however sure
    (False, 0.99, False, False),
])
def test_the_gated_ranker_answers_only_open_quotes_over_its_threshold(gate_open, score, rules_right, expected):
    row = Row("a", "description", rules_right, False, ["X", "Y"], [{}, {}], [True, False], True, gate_open)
    assert gated(row, [score, 0.1], 0, GATE) is expected
