"""The status classifier measured by bench/status_model.py: the features it reads of a mention, and that it learns."""

from __future__ import annotations

import sys

import pytest

from locations import REPO

sys.path.insert(0, str(REPO / "bench"))

from status_features import mention_features  # noqa: E402
from status_model import Example, fit_predict, hybrid  # noqa: E402


def features_of(nlp, sentence: str, mention: str, status: str = "imposed") -> dict[str, int]:
    start = sentence.index(mention)
    return mention_features(nlp(sentence), start, start + len(mention), status, "sanctions")


# (sentence, mention, features it must have, features it must not have)
CASES = [
    ("Russia could face new sanctions if it invades.", "new sanctions",
     {"verb=face", "aux=could", "conditional", "in=new", "near=if"}, {"negated", "question", "passive"}),
    ("The EU lifted sanctions on Iran last year.", "sanctions on Iran",
     {"verb=lift", "Tense=Past", "near=eu"}, {"aux=could", "conditional", "negated"}),
    ("Will the EU impose sanctions on Israel?", "sanctions on Israel",
     {"verb=impose", "aux=will", "question", "near=?"}, {"conditional", "Tense=Past"}),
    ("Washington did not extend the embargo.", "the embargo",
     {"verb=extend", "neg=not", "negated"}, {"question", "conditional"}),
    ("She urged the bloc to renew sanctions against Moscow.", "sanctions against Moscow",
     {"verb=renew", "VerbForm=Inf", "above=urge", "aux=to"}, {"verb=urge", "negated"}),
    ("Sanctions were imposed by the United States.", "Sanctions",
     {"verb=impose", "passive", "dep=nsubjpass"}, {"negated", "question"}),
]


@pytest.mark.parametrize(("sentence", "mention", "present", "absent"), CASES)
def test_features_of_a_mention(nlp, sentence, mention, present, absent):
    features = features_of(nlp, sentence, mention)
    assert present <= set(features), present - set(features)
    assert not absent & set(features), absent & set(features)


def test_rules_status_measure_and_quotes_are_features(nlp):
    sentence = 'He said "the sanctions will stay" on Monday.'
    start = sentence.index("the sanctions")
    features = mention_features(nlp(sentence), start, start + 13, "extended", "embargo", ((8, 33, "direct"),))
    assert {"rules=extended", "measure=embargo", "quote=direct"} <= set(features)
    outside = mention_features(nlp(sentence), start, start + 13, "extended", "embargo", ((34, 40, "reported"),))
    assert "quote=reported" not in outside


# Real sentences with the status a reader gives them: the model must learn the threat frame from its verbs.
TRAIN = [("Iran could face sanctions over the program.", "sanctions", "threatened"),
         ("Moscow would face sanctions if it attacked.", "sanctions", "threatened"),
         ("Firms could face sanctions for the trade.", "sanctions", "threatened"),
         ("The US imposed sanctions on Iran.", "sanctions on Iran", "imposed"),
         ("The EU imposed sanctions on Belarus.", "sanctions on Belarus", "imposed"),
         ("Britain imposed sanctions on ten banks.", "sanctions on ten banks", "imposed")]


def test_the_model_learns_a_frame_and_the_rules_stay_unless_it_is_confident(nlp):
    train = [Example(str(n), 1, gold, "imposed", features_of(nlp, s, m)) for n, (s, m, gold) in enumerate(TRAIN)]
    unseen = [Example("a", 1, "threatened", "imposed", features_of(nlp, "Syria could face sanctions soon.", "sanctions")),
              Example("b", 1, "imposed", "imposed", features_of(nlp, "Japan imposed sanctions on Russia.", "sanctions on Russia"))]
    predicted = fit_predict(train, unseen)
    assert [status for status, _ in predicted] == ["threatened", "imposed"]
    assert hybrid(unseen, predicted, 1.01) == ["imposed", "imposed"]  # never confident enough: the rules' answers
    assert hybrid(unseen, predicted, 0.0) == ["threatened", "imposed"]
