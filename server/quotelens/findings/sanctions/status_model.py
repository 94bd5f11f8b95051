"""The learned status model: overrides the rules' status of a sanction mention only where it is sure (issue 16).

A multinomial logistic regression over the yes/no features of status_features.py (the mention's clause and the words
above it, and the rules' own answer), trained on the gold of the news corpus's tune half by
bench/train_status_model.py; the weights are data (data/status_model.json), read here as one dot product per status.
Precision first: the rules' answer stands unless the model gives another status a probability over the threshold
set on tune in grouped cross-validation (bench/learned_status.py).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.status_features import status_features

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.article import Context
    from quotelens.findings.sanctions.candidate import Candidate


@dataclass(frozen=True)
class StatusWeights:
    """p(status) = softmax over statuses of intercept[s] + Σ coef[s][f] for the features f that hold."""

    statuses: tuple[str, ...]
    intercept: tuple[float, ...]
    coef: dict[str, tuple[float, ...]]  # feature -> its weight for each status
    threshold: float

    def probabilities(self, features: frozenset[str]) -> dict[str, float]:
        scores = list(self.intercept)
        for name in features:
            for k, weight in enumerate(self.coef.get(name, ())):
                scores[k] += weight
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {status: e / total for status, e in zip(self.statuses, exps)}


@cache
def status_weights() -> StatusWeights:
    data = json.loads(resources.files("quotelens.data").joinpath("status_model.json").read_text(encoding="utf-8"))
    coef = {name: tuple(row) for name, row in zip(data["features"], data["coef"])}
    return StatusWeights(tuple(data["statuses"]), tuple(data["intercept"]), coef, float(data["threshold"]))


def learned_status(candidate: Candidate, rules: str, lex: Lexicon, context: Context) -> str:
    """The model's status where it gives one other than the rules' over the threshold, else the rules'."""
    weights = status_weights()
    probabilities = weights.probabilities(status_features(candidate, rules, lex, context))
    top = max(probabilities, key=probabilities.__getitem__)
    return top if top != rules and probabilities[top] >= weights.threshold else rules
