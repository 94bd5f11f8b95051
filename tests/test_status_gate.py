"""The learned status gate measured by bench/status_gate.py: the frame features it reads of a mention, the mentions
around it, the parser's vectors, which lemmas it keeps, and the gate that keeps the rules' answer."""

from __future__ import annotations

import sys

import pytest

from locations import REPO

sys.path.insert(0, str(REPO / "bench"))

from learned_status import sanctions_with_candidates  # noqa: E402
from status_gate import Row, kept_features  # noqa: E402
from status_gate_features import discourse_features, encoder_vector, gate_features  # noqa: E402
from quotelens.context import build_context  # noqa: E402


def candidate_of(nlp, sentence: str, mention: str):
    doc = nlp(sentence)
    at = sentence.index(mention)
    return next((s, c) for s, c in sanctions_with_candidates(build_context(doc), (), ()) if s.start <= at < s.end)


# (sentence, a word of the mention, features it must have, features it must not have); sentences from the corpus's
# tune half, shortened
CASES = [
    ("Russia's Foreign Ministry has warned Moscow will react if the European Union imposes new sanctions against "
     "Russia over its role in the Ukraine crisis.", "sanctions",
     {"rules considered", "lemma impose", "near if", "mod new", "near new", "reported frame", "above will"},
     {"question", "near neg", "Tense Past"}),
    ("Will the EU impose sanctions on Israel?", "sanctions",
     {"question", "near will", "lemma impose", "VerbForm Inf"}, {"reported frame", "near neg"}),
    ("Washington did not extend the embargo on Cuba.", "embargo",
     {"rules other", "near neg", "lemma extend", "near extend", "mod the"}, {"question", "near will"}),
    ("Mr Hague said the list of Russian officials subject to travel bans and asset freezes would be increased.",
     "travel bans", {"reported frame", "near supposing modal", "no verb", "prep to"}, {"question", "has verb"}),
    ("Obama has supported ending the embargo on Cuba and urged Congress to do so.", "embargo",
     {"rules considered", "lemma end", "near end", "near urge"}, {"near neg", "question"}),  # a backed lifting: S7
    ("The United States could face sanctions from the European Union.", "sanctions",
     {"rules threatened", "lemma face", "near could", "near supposing modal"}, {"Tense Past", "reported frame"}),
    ("The EU imposed sanctions on Russia in 2014.", "sanctions",
     {"rules imposed", "Tense Past", "lemma impose", "dep dobj"},
     {"question", "near neg", "reported frame", "near if", "near supposing modal"}),
]


@pytest.mark.parametrize(("sentence", "mention", "present", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_frame_features_of_a_mention(nlp, sentence, mention, present, absent):
    sanction, candidate = candidate_of(nlp, sentence, mention)
    features = gate_features(candidate, sanction.status)
    assert present <= features
    assert not absent & features


def test_the_parser_vectors_of_five_words_of_the_frame(nlp):
    _, candidate = candidate_of(nlp, "The EU imposed sanctions on Russia in 2014.", "sanctions")
    assert encoder_vector(candidate).shape == (5 * candidate.trigger.doc.tensor.shape[1],)


@pytest.mark.parametrize(("statuses", "n", "expected"), [
    (["imposed", "extended", "extended"], 1, {"prev imposed", "article has extended", "article has imposed"}),
    (["considered"], 0, {"prev none"}),  # alone in its article
    (["lifted", "imposed", "imposed", "other"], 0, {"prev none", "article mostly imposed", "article has other"}),
])
def test_the_mentions_around_it(statuses, n, expected):
    assert expected <= discourse_features(statuses, n)


def test_an_open_lemma_is_kept_only_when_enough_articles_use_it():
    rows = [Row(f"a{i}", 1, frozenset({"lemma impose", "rules imposed"} | ({"lemma rare"} if i == 0 else set())),
                "imposed", "imposed") for i in range(6)]
    rows.append(Row("b", 1, frozenset({"lemma rare", "near neg"}), "other", "other"))
    assert kept_features(rows) == ("lemma impose", "near neg", "rules imposed")  # 'rare' in two articles only
