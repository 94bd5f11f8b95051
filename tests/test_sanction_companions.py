"""Parties a sanctioning clause hits beside its patient, and the party a copula names as one of the group a measure
hits (findings/sanctions/companions.py): each construction with its negative cases. Sentences written for these
tests in the register of the news corpus, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def targets_of(nlp, text: str, mention: str) -> set[str]:
    found = {s.text: set(s.targets) for s in find_sanctions(build_context(nlp(text)))}
    assert mention in found, found
    return found[mention]


def assert_targets(nlp, text: str, mention: str, expected: set[str], unexpected: set[str]) -> None:
    targets = targets_of(nlp, text, mention)
    assert expected <= targets and not unexpected & targets, targets


BESIDE = [
    # an elliptic 'as was/were X' after a passive: X undergoes the same measure
    ("The EU imposed sanctions on Iran last year. Two Iranian generals were also sanctioned on Monday, as was the "
     "Quds Force.", "Two Iranian generals were also sanctioned", {"Two Iranian generals", "the Quds Force"}, set()),
    ("Russia has been sanctioned by the US, as has Iran.", "Russia has been sanctioned", {"Russia", "Iran"}, set()),
    ("The EU imposed sanctions on Iran last year. Mahan Air was hit with sanctions, as were two of its executives.",
     "sanctions", {"Mahan Air", "two of its executives"}, set()),
    # 'along with' beside the subject a measure noun's clause puts under it
    ("The EU imposed sanctions on Iran last year. The shipping firm was placed under EU sanctions in 2020 along with "
     "three of its vessels.", "EU sanctions", {"The shipping firm", "three of its vessels"}, set()),
    ("Rosneft, which is subject to US sanctions along with Gazprom Neft, denied the report.", "US sanctions",
     {"Rosneft", "Gazprom Neft"}, set()),
    # after an active verb the one in 'as did X' or 'along with X' acts beside the authority: no target
    ("The US sanctioned Russia last week, as did the EU.", "sanctioned Russia", {"Russia"}, {"the EU", "EU"}),
    ("The United States imposed sanctions on Russia along with the European Union.", "imposed sanctions on Russia",
     {"Russia"}, {"the European Union", "European Union"}),
    # an 'as' clause with a verb or a complement of its own names no party
    ("The bank was sanctioned last year, as was reported by Reuters.", "The bank was sanctioned", {"The bank"},
     {"Reuters"}),
    ("Iran is under US sanctions, as is the case for Cuba.", "US sanctions", {"Iran"}, {"the case", "Cuba"}),
]


@pytest.mark.parametrize("text, mention, expected, unexpected", BESIDE, ids=[case[0][-44:] for case in BESIDE])
def test_a_party_hit_beside_the_patient_is_a_target(nlp, text, mention, expected, unexpected):
    assert_targets(nlp, text, mention, expected, unexpected)


MEMBERS = [
    # a copula names one of the group the measure hits: among, one of, the latest, number one on the list
    ("Sberbank is among the banks hit by EU sanctions.", "EU sanctions", {"Sberbank"}),
    ("Belneftekhim is one of the companies placed under US sanctions in 2021.", "US sanctions", {"Belneftekhim"}),
    ("Oleg Deripaska is the latest oligarch to be targeted by British sanctions.", "British sanctions",
     {"Oleg Deripaska"}),
    ("The minister was number one on the asset-freeze list.", "the asset-freeze list", {"The minister"}),
    # 'the target(s) of', 'the subject of' a measure, after a copula
    ("The EU imposed sanctions on Russia. Three people and 21 entities will be the targets of the latest financial "
     "sanctions.", "the latest financial sanctions", {"Three people", "21 entities"}),
    ("Russia is the target of the toughest sanctions ever imposed.", "the toughest sanctions ever imposed", {"Russia"}),
    ("Aeroflot is among 12 firms which the Treasury added to its sanctions list on Friday.",
     "added to its sanctions list",
     {"Aeroflot"}),
]


@pytest.mark.parametrize("text, mention, expected", MEMBERS, ids=[case[0][:44] for case in MEMBERS])
def test_a_party_named_as_one_of_the_hit_group_is_a_target(nlp, text, mention, expected):
    assert expected <= targets_of(nlp, text, mention)


NOT_MEMBERS = [
    # the group imposes, calls for or is no party of the measure: its member is none either
    ("Russia is the country that imposed the most sanctions on Ukraine.", "imposed the most sanctions on Ukraine",
     {"Russia"}),
    ("The US is one of the countries that imposed sanctions on Russia.", "imposed sanctions on Russia", {"The US", "US"}),
    ("Lithuania is among the states calling for sanctions on Belarus.", "sanctions on Belarus", {"Lithuania"}),
    ("The firm that is under US sanctions is among the largest in the region.", "US sanctions", {"the largest"}),
    ("The goal of the policy is the target of the sanctions debate in Brussels.", None, {"The goal", "the policy"}),
    # a complement clause with the measure as its own subject describes no group ('an announcement that …')
    ("The visit's high point was an announcement that the arms embargo on the country would be lifted.", None,
     {"The visit's high point", "high point"}),
]


@pytest.mark.parametrize("text, mention, unexpected", NOT_MEMBERS, ids=[case[0][:44] for case in NOT_MEMBERS])
def test_a_party_of_a_group_that_imposes_is_no_target(nlp, text, mention, unexpected):
    found = [set(s.targets) for s in find_sanctions(build_context(nlp(text)))] if mention is None else [
        targets_of(nlp, text, mention)]
    assert not any(unexpected & targets for targets in found), found


MODIFIED_NOUNS = [
    # a measure word modifying a noun hands it the noun's prepositions: 'on', 'against' name the party
    ("The minister could not explain the sanctions pressure on Kyrgyz banks.", "sanctions", {"Kyrgyz banks"}, set()),
    ("Kyiv once again calls for tighter sanctions restrictions on the operators of the Russian shadow fleet.",
     "sanctions", {"the operators of the Russian shadow fleet"}, set()),
    ("The West has rolled out a comprehensive sanctions campaign against Moscow.", "comprehensive sanctions",
     {"Russia"}, set()),
    # S26: a country described there is kept as written, as in the measure's own phrase
    ("Washington imposed sanctions on Zimbabwe in 2003. However, Washington scrapped a broad two-decade-old sanctions "
     "order against the country.", "sanctions", {"the country"}, {"Zimbabwe"}),
    # a preposition that names no party still names none
    ("Iran received sanctions relief for its oil exports.", None, set(), {"its oil exports"}),
]


@pytest.mark.parametrize("text, mention, expected, unexpected", MODIFIED_NOUNS,
                         ids=[case[0][:44] for case in MODIFIED_NOUNS])
def test_the_noun_a_measure_word_modifies_names_its_party(nlp, text, mention, expected, unexpected):
    found = {s.text: set(s.targets) for s in find_sanctions(build_context(nlp(text)))}
    targets = found[mention] if mention is not None else set().union(*found.values())
    assert expected <= targets and not unexpected & targets, found


HAVING_IT_DONE = [
    # a causative 'have' with the measure's participle: its subject undergoes the measure
    ("China sanctioned nine US defence firms. The companies will have their assets in China frozen and all "
     "transactions will be prohibited.", "their assets in China frozen", {"The companies"}, {"nine US defence firms"}),
    ("Two Crimea-based energy businesses had already had their EU holdings frozen.", "their EU holdings frozen",
     {"Two Crimea-based energy businesses"}, set()),
    ("The EU imposed sanctions on Iran. The Islamic Revolutionary Guard Corps Navy and an Iranian technology company "
     "also had sanctions applied.", "sanctions",
     {"The Islamic Revolutionary Guard Corps Navy", "an Iranian technology company"}, set()),
    ("Russia has had its assets frozen by the EU.", "its assets frozen", {"Russia"}, set()),
    # the authority that 'has had' a measure in place, with no participle of it, undergoes nothing
    ("The EU has had sanctions imposed on Russia since 2014.", "sanctions imposed on Russia", {"Russia"},
     {"The EU", "EU"}),
    # a pronoun is the article's to resolve, not this sentence's
    ("They will have their assets frozen.", "their assets frozen", set(), {"They"}),
]


@pytest.mark.parametrize("text, mention, expected, unexpected", HAVING_IT_DONE,
                         ids=[case[0][-44:] for case in HAVING_IT_DONE])
def test_who_has_the_measure_done_to_it_is_its_target(nlp, text, mention, expected, unexpected):
    assert_targets(nlp, text, mention, expected, unexpected)


LIST_ON_THE_MEASURE = [
    # the later items of a list after 'on' that the parse coordinated with the measure noun itself
    ("The US imposed sanctions on Iran. We have imposed visa restrictions on law enforcement, the ruling party, and "
     "the political opposition members, he said.", "imposed visa restrictions on law enforcement",
     {"law enforcement", "the political opposition members"}, set()),
    ("The EU imposed travel bans on six officials, three judges and two prosecutors.",
     "imposed travel bans on six officials", {"six officials", "three judges", "two prosecutors"}, set()),
    # a second measure coordinated with the first is no item of its list
    ("The EU imposed sanctions on Russia and an arms embargo on Belarus.", "imposed sanctions on Russia", {"Russia"},
     {"an arms embargo", "Belarus"}),
]


@pytest.mark.parametrize("text, mention, expected, unexpected", LIST_ON_THE_MEASURE,
                         ids=[case[0][-44:] for case in LIST_ON_THE_MEASURE])
def test_items_the_parse_hung_on_the_measure_are_targets(nlp, text, mention, expected, unexpected):
    assert_targets(nlp, text, mention, expected, unexpected)


RELATIVE_CLAUSES = [
    # a relative clause of an imposing verb says on whom, with or without its pronoun, as the participle does
    ("He criticised the sanctions the United States slapped on three Chinese firms.", "the sanctions",
     {"three Chinese firms"}, set()),
    ("He condemned the sanctions that the EU has imposed on Belarus since 2020.", "the sanctions", {"Belarus"}, set()),
    ("The ministry sent a reminder about the sanctions which applied to Russian fishing vessels.", "the sanctions",
     {"Russian fishing vessels"}, set()),
    # a clause of another verb, or one with an object of its own, names no target
    ("He recalled the sanctions which the EU introduced on Monday.", "the sanctions", set(), {"Monday"}),
]


@pytest.mark.parametrize("text, mention, expected, unexpected", RELATIVE_CLAUSES,
                         ids=[case[0][:44] for case in RELATIVE_CLAUSES])
def test_a_relative_clause_of_an_imposing_verb_names_the_target(nlp, text, mention, expected, unexpected):
    assert_targets(nlp, text, mention, expected, unexpected)
