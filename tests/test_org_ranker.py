"""The organisation ranker study (bench/org_candidates.py, bench/org_ranker.py): how candidates are merged and
described, how a candidate hangs on the title or the name, the candidates of real sentences, and how a ranker's
answer and the candidate ceiling are counted."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from locations import REPO

sys.path.insert(0, str(REPO / "bench"))

from org_candidates import gather, is_country, is_fragment, is_ministry, key, relation  # noqa: E402
from org_ranker import Case, ceiling, right  # noqa: E402
from quotelens.findings.people.places import Places  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("Kenyan", "kenya"), ("the Ministry of Defence", "ministry of defence"), ("Russia's", "russia"),
    ("U.S.", "united states"), ("Treasury", "treasury"), (None, None),
])
def test_key(text, expected):
    assert key(text) == expected


@pytest.mark.parametrize("check, text, expected", [
    (is_fragment, "ministry", True), (is_fragment, "government", True), (is_fragment, "Ministry of Defence", False),
    (is_fragment, None, False),
    (is_country, "Kenyan", True), (is_country, "Britain", True), (is_country, "United States", True),
    (is_country, "State Department", False), (is_country, None, False),
    (is_ministry, "Ministry of Foreign Affairs", True), (is_ministry, "Foreign Office", True),
    (is_ministry, "Kenya", False), (is_ministry, None, False),
])
def test_kinds(check, text, expected):
    assert check(text) is expected


# (sentence, the candidate, the title's words, the name, the relation)
RELATIONS = [
    ("Kenyan President William Ruto said the talks would go on.", "Kenyan", "President", "William Ruto", "compound"),
    ("Kenya's president, William Ruto, said the talks would go on.", "Kenya", "president", "William Ruto", "poss"),
    ("William Ruto, the minister of defence of Kenya, said the talks would go on.", "Kenya", "minister of defence of",
     "William Ruto", "of"),
    ("Minister for Finance Paschal Donohoe said the budget was set.", "Finance", "Minister for", "Paschal Donohoe",
     "for"),
    ("William Ruto said the talks in Nairobi would go on.", "Nairobi", "", "William Ruto", "other"),
]


@pytest.mark.parametrize("sentence, candidate, title, name, expected", RELATIONS)
def test_relation(nlp, sentence, candidate, title, name, expected):
    doc = nlp(sentence)

    def words(part: str) -> set[int]:
        if not part:
            return set()
        span = doc.char_span(sentence.index(part), sentence.index(part) + len(part), alignment_mode="expand")
        return set(range(span.start, span.end))

    root = doc.char_span(sentence.index(candidate), sentence.index(candidate) + len(candidate),
                         alignment_mode="expand").root
    assert relation(root, words(title), words(name)) == expected


# (text, the person, the card's title, the rules' organisation, candidates expected, candidates not expected)
GATHERED = [
    ("The talks stalled. Kenyan President William Ruto said the talks would go on.", "William Ruto", "President",
     None, {None, "Kenya"}, set()),
    ("Kenya's president, William Ruto, said the talks would go on.", "William Ruto", "president", "Kenya",
     {None, "Kenya"}, set()),
    # Only the mention's sentence and the one before: a country two sentences back is not read.
    ("France spoke first. The talks stalled. Then it rained. Minister Jean Dupont said the talks would go on.",
     "Jean Dupont", "Minister", None, {None}, {"France"}),
]


@pytest.mark.parametrize("text, name, title, organization, present, absent", GATHERED)
def test_gather(nlp, text, name, title, organization, present, absent):
    doc = nlp(text)
    entity = SimpleNamespace(organization=organization, title=title,
                             mentions=((text.index(name), text.index(name) + len(name)),))
    found = {candidate.text for candidate in gather(doc, entity, Places([], []), [s.start_char for s in doc.sents])}
    assert present <= found and not absent & found
    if organization:
        rules = next(c for c in gather(doc, entity, Places([], []), [s.start_char for s in doc.sents])
                     if c.text == organization)
        assert "rules" in rules.sources and rules.in_title


class Scores:
    """A model that scores each candidate by its first feature."""

    @staticmethod
    def predict_proba(vectors):
        import numpy

        return numpy.array([[1 - v[0], v[0]] for v in vectors])


def case(rules_right: bool, gate_open: bool, scores: list[float], labels: list[bool]) -> Case:
    return Case("a", "n", rules_right, gate_open, [None] * len(scores), [[s] for s in scores], labels,
                list(labels))


# (case, gated, threshold, right)
ANSWERS = [
    (case(False, False, [0.2, 0.9], [False, True]), False, 0.0, True),  # the full ranker answers everywhere
    (case(False, False, [0.2, 0.9], [False, True]), True, 0.5, False),  # the gate shut: the rules' answer
    (case(False, True, [0.2, 0.9], [False, True]), True, 0.5, True),  # open and over the threshold
    (case(True, True, [0.2, 0.6], [True, False]), True, 0.7, True),  # open, under the threshold: the rules
    (case(True, True, [0.2, 0.6], [True, False]), True, 0.5, False),  # open, over it, and wrong: broken
]


@pytest.mark.parametrize("one, gated, threshold, expected", ANSWERS)
def test_right(one, gated, threshold, expected):
    assert right(Scores(), one, gated, threshold) is expected


def test_ceiling_counts_only_where_the_rules_are_wrong():
    cases = [case(True, False, [0.1], [True]), case(False, True, [0.1, 0.2], [False, True]),
             case(False, False, [0.1], [False])]
    assert ceiling(cases) == {"officials": 3, "rules right": 1, "rules wrong": 2, "some candidate right": 1,
                              "some candidate exact": 1}
