"""The benches' own comparisons: a figure is only as honest as the match behind it."""

from __future__ import annotations

import sys

import pytest

from locations import REPO

sys.path.insert(0, str(REPO / "bench"))
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
