"""Measures session 32 reads: 'designated' told of a party as a verb (docs/annotation.md S18, S2), a mention in any
case, so one paragraphs away from the sanctions it belongs to stands as one beside them does. Each mechanism with its
negative cases; sentences written in the register of the news corpus, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.measure, s.status) for s in find_sanctions(build_context(nlp(text)))]


# Three sentences with no measure word between the sanctions and the designation: further than a vague word's reach.
_GAP = ("The ministry has been accused of organising the crackdown. Its officers ran the detention centres. "
        "Several of them were trained abroad. ")

# (text, the designation's mention): 'designated' told of a person or a party, in either voice and tense
FAR_DESIGNATIONS = [
    ("The United States imposed sanctions on Sudan's interior ministry on Monday. " + _GAP +
     "Ahmed is being designated for his role in the violence, the department said.", "Ahmed is being designated"),
    ("Britain imposed sanctions on four Iranian officials. " + _GAP +
     "Two judges were also designated for sentencing protesters.", "Two judges were also designated"),
    ("The EU imposed sanctions on the junta in March. " + _GAP +
     "The Treasury later designated Colonel Traore and three companies he controls.",
     "designated Colonel Traore and three companies"),
    ("Canada imposed sanctions on Russian oligarchs. " + _GAP +
     "Two more firms have been designated under the Special Economic Measures Act.", "Two more firms have been designated"),
]


@pytest.mark.parametrize("text, mention", FAR_DESIGNATIONS, ids=[case[1] for case in FAR_DESIGNATIONS])
def test_a_party_designated_stands_anywhere_in_an_article_of_sanctions(nlp, text, mention):
    assert (mention, "designation") in [(m, kind) for m, kind, _ in found(nlp, text)]


@pytest.mark.parametrize("text", [
    # a role, not a list: 'as' with no word of a sanctions or terrorist list, an entry ban
    "The United States imposed sanctions on Sudan's interior ministry. " + _GAP +
    "Ahmed was designated as special envoy to the talks.",
    "The EU imposed sanctions on the junta in March. " + _GAP +
    "The committee designated Colonel Traore as its chairman.",
    # no party designated: a place, a day
    "Canada imposed sanctions on Russian oligarchs. " + _GAP + "The site was designated a heritage area.",
    # a participle describing the parties names them (S2)
    "Britain imposed sanctions on four Iranian officials. " + _GAP + "The officials designated travel often.",
    # no state measure anywhere in the article: nothing to belong to
    "Ahmed is being designated for his role in the violence, the department said.",
])
def test_a_designation_far_from_sanctions_that_names_no_listed_party_is_none(nlp, text):
    assert not [m for m, kind, _ in found(nlp, text) if "designated" in m]


# (text, the licence's mention): a licence that names the office licensing only under sanctions is that office's
# measure however far it stands from the sanctions word
FAR_LICENCES = [
    ("The United States imposed sanctions on Venezuela's oil industry in 2019. " + _GAP +
     "The minister said the revocation of the OFAC licenses would delay the gas project.",
     "the revocation of the OFAC licenses"),
    ("The US imposed sanctions on Venezuela in 2019. " + _GAP +
     "Trinidad has since been granted an OFAC licence to develop the Dragon gas field.", "an OFAC licence"),
]


@pytest.mark.parametrize("text, mention", FAR_LICENCES, ids=[case[1] for case in FAR_LICENCES])
def test_a_licence_that_names_a_sanctions_office_stands_anywhere(nlp, text, mention):
    assert mention in [m for m, _, _ in found(nlp, text)]


@pytest.mark.parametrize("text", [
    # a licence of another field, however near or far
    "The United States imposed sanctions on Venezuela's oil industry in 2019. " + _GAP +
    "The station lost its broadcasting licence in May.",
    # no state measure in the article: nothing to belong to
    "The minister said the revocation of the OFAC licenses would delay the gas project.",
])
def test_a_licence_of_no_sanctions_office_far_away_is_none(nlp, text):
    assert not [m for m, _, _ in found(nlp, text) if "licen" in m]
