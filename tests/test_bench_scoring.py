"""The benches' own comparisons: a figure is only as honest as the match behind it."""

from __future__ import annotations

import sys

import pytest

from locations import REPO

sys.path.insert(0, str(REPO / "bench"))
from news_corpus import same_speaker  # noqa: E402  (bench/news_corpus.py, the quotes bench's name match)
from sanctions import target_found  # noqa: E402  (bench/sanctions.py, the sanctions bench's scorer)

TARGETS = [
    # (gold target, predicted targets, found): either name may hold the other; a capital stands for its state.
    ("the EU", ("EU",), True),
    ("UN", ("UN",), True),
    ("Russian banks", ("Russia",), True),
    ("Russia", ("Moscow",), True),
    ("Gazprombank", ("Gazprombank and its units",), True),
    # Negatives: a name of under three letters is found only by being the same, never inside a longer one.
    ("Belarus", ("US",), False),
    ("Queensland", ("EU",), False),
    ("Iran", ("",), False),
    ("Iran", ("Iraq",), False),
]


@pytest.mark.parametrize("gold, predicted, found", TARGETS)
def test_a_predicted_target_names_the_gold_one(gold, predicted, found):
    assert target_found(gold, predicted) is found


SPEAKERS = [
    # (found speaker, gold speaker, same): one name's words hold the other's; dotted initials are one word.
    ("Zakharova", "Maria Zakharova", True),
    ("Russia's foreign ministry", "Russian Foreign Ministry", True),
    ("U.S. Department of the Treasury", "US Treasury", True),
    ("U.S. Department of Justice", "U.S Department of Justice", True),
    ("U.K. Foreign Office", "UK Foreign Office", True),
    # Negatives: a lone initial is no name of its own; a pronoun alone never counts.
    ("J. Smith", "John Smith", False),
    ("Maria Zakharova", "Sergei Lavrov", False),
    ("he", "Sergei Lavrov", False),
]


@pytest.mark.parametrize("found, gold, same", SPEAKERS)
def test_a_found_speaker_names_the_gold_one(found, gold, same):
    assert same_speaker(found, gold) is same
