"""The gated status model measured by bench/learned_status.py: the features it reads of a mention, all of them named
from closed vocabularies (so that it cannot memorise articles), and the gate that keeps the rules' answer."""

from __future__ import annotations

import sys

import pytest

from locations import REPO

sys.path.insert(0, str(REPO / "bench"))

from learned_status import gated, sanctions_with_candidates  # noqa: E402
from learned_status_features import feature_names, status_features  # noqa: E402
from quotelens.context import build_context  # noqa: E402
from quotelens.findings.sanctions.article import context_of  # noqa: E402
from quotelens.findings.sanctions.lexicon import load_lexicon  # noqa: E402


def features_of(nlp, sentence: str, mention: str) -> frozenset[str]:
    doc = nlp(sentence)
    at = sentence.index(mention)
    sanction, candidate = next((s, c) for s, c in sanctions_with_candidates(build_context(doc), (), ())
                               if s.start <= at < s.end)
    return status_features(candidate, sanction.status, load_lexicon(), context_of(doc, (), ()))


# (sentence, a word of the mention, features it must have, features it must not have)
CASES = [
    ("Russia could face new sanctions if it invades.", "sanctions",
     {"rules threatened", "near aux could", "near facing_words", "mod new", "dep dobj", "window mark if"},
     {"near neg", "question", "passive"}),
    ("The EU lifted sanctions on Iran last year.", "sanctions",
     {"rules lifted", "near word lifted", "tag VBD", "has verb"}, {"near aux could", "above word lifted", "near neg"}),
    ("Will the EU impose sanctions on Israel?", "sanctions",
     {"rules considered", "near aux will", "question"}, {"near neg", "tag VBD"}),
    ("She urged the bloc to renew sanctions against Moscow.", "sanctions",
     {"near to", "near demand_words", "near word extended"}, {"near neg", "question"}),
    ("Washington did not extend the embargo.", "embargo",
     {"rules other", "near neg", "mod the"}, {"question", "near aux will"}),
    ("Sanctions were imposed by the United States.", "Sanctions",
     {"rules imposed", "passive", "tag VBN"}, {"near neg", "question", "near aux would"}),
]


@pytest.mark.parametrize(("sentence", "mention", "present", "absent"), CASES)
def test_features_of_a_mention(nlp, sentence, mention, present, absent):
    features = features_of(nlp, sentence, mention)
    assert present <= features
    assert not absent & features


@pytest.mark.parametrize(("sentence", "mention", "_present", "_absent"), CASES)
def test_every_feature_is_named_from_the_closed_vocabularies(nlp, sentence, mention, _present, _absent):
    """No feature carries an article's own words: each is one of the fixed columns."""
    assert features_of(nlp, sentence, mention) <= set(feature_names(load_lexicon()))


@pytest.mark.parametrize(("rules", "probabilities", "threshold", "expected"), [
    ("imposed", {"imposed": 0.2, "considered": 0.8}, 0.7, "considered"),  # sure of another: overrides
    ("imposed", {"imposed": 0.4, "considered": 0.6}, 0.7, "imposed"),  # not sure enough: the rules stand
    ("other", {"other": 0.9, "imposed": 0.1}, 0.5, "other"),  # agrees
])
def test_the_gate_keeps_the_rules_unless_the_model_is_sure(rules, probabilities, threshold, expected):
    assert gated(rules, probabilities, threshold) == expected
