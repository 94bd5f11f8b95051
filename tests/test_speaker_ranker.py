"""The speaker ranker's candidates and features (bench/ranker_features.py) on one real article of the news tune half.

The ranker itself is a measurement (bench/speaker_ranker.py, docs/benchmarks.md); this checks that what it learns
from is what the article says: the gold speaker among the candidates and labelled right, the others wrong, and
the features the rules' own pronoun links would otherwise hand it left out.
"""

from __future__ import annotations

import math
import sys

import pytest

from locations import REPO

sys.path.insert(0, str(REPO / "bench"))  # the bench modules import each other by name

from news_corpus import analyse, load_news  # noqa: E402
from ranker_features import article_rows  # noqa: E402

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
                             "previous quote's speaker": 1.0, "prior mention is a subject": 1.0}),
    # Named only after the quote: no earlier mention, nothing the rules chose.
    ("Daniyar Amangeldiev", False, {"is person": 1.0, "has prior mention": 0.0, "rules chose it": 0.0,
                                    "description in title": 0.0}),
    # A country spaCy tags, not an entity of the response: a body, never the rules' answer here.
    ("Kyrgyzstan", False, {"is person": 0.0, "has prior mention": 1.0, "rules chose it": 0.0,
                           "previous quote's speaker": 0.0}),
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
    assert (missed.rules_right, missed.rules_silent, missed.features) == (False, True, [])
