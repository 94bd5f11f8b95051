"""Groups a measure hits (findings/sanctions/preposition_targets.py, clause_targets.py, party_phrases.py): a travel ban
'for' a described or counted group, the people a travel ban or a list is 'of', a counted group beside the members its
sentence names (docs/annotation.md S11), each with its negative cases. Sentences written in the register of the news corpus, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found_in(nlp, text: str) -> dict[str, tuple[str | None, set[str]]]:
    return {s.text: (s.authority, set(s.targets)) for s in find_sanctions(build_context(nlp(text)))}


def assert_targets(nlp, text: str, mention: str, expected: set[str], unexpected: set[str]) -> None:
    found = found_in(nlp, text)
    assert mention in found, found
    targets = found[mention][1]
    assert expected <= targets and not unexpected & targets, targets


# (text, mention, targets expected among the mention's, targets it must not have)
TRAVEL_FOR = [
    # a travel ban 'for' a group its own words describe, a share of a group or a total of one bars them
    ("The State Department said it will refuse visas for settlers involved in attacks on villagers.",
     "refuse visas for settlers involved in attacks on villagers", {"settlers"}, set()),
    ("The American proposal would ban travel for eight of the Taliban officials.", "ban travel",
     {"eight of the Taliban officials"}, set()),
    ("Moscow said entry into Russia is now prohibited for a total of 120 citizens of Latvia.",
     "entry into Russia is now prohibited for a total of 120 citizens of Latvia",
     {"a total of 120 citizens of Latvia"}, set()),
    # a purpose or a length of time is no one
    ("The EU imposed a travel ban for business trips.", "imposed a travel ban", set(), {"business trips"}),
    ("The US imposed a visa ban for two years.", "imposed a visa ban", set(), {"two years"}),
]


@pytest.mark.parametrize("text, mention, expected, unexpected", TRAVEL_FOR, ids=[case[0][:48] for case in TRAVEL_FOR])
def test_a_travel_ban_for_a_group_bars_the_group(nlp, text, mention, expected, unexpected):
    assert_targets(nlp, text, mention, expected, unexpected)


PEOPLE_OF = [
    # the people a travel ban or a list is of are whom it bars or names
    ("The Taliban urged donors to lift sanctions on Afghanistan and to remove the travel restrictions of the Taliban "
     "officials.",
     "remove the travel restrictions of the Taliban officials", {"the Taliban officials"}, set()),
    ("The State Department revoked visas of dozens more Nicaraguans.",
     "revoked visas of dozens more Nicaraguans", {"dozens more Nicaraguans"}, set()),
    # a state or body a list is of is its maker, not whom it names; a ban on goods is of no one
    ("The US lifted the sanctions of Venezuela.", "lifted the sanctions of Venezuela", set(), {"the US"}),
]


@pytest.mark.parametrize("text, mention, expected, unexpected", PEOPLE_OF, ids=[case[0][:48] for case in PEOPLE_OF])
def test_the_people_a_travel_ban_or_list_is_of_are_its_targets(nlp, text, mention, expected, unexpected):
    assert_targets(nlp, text, mention, expected, unexpected)


COUNTED_WITH_MEMBERS = [
    # S11: the count as written, and each member the same sentence names
    ("Among the 12 new people subjected to an EU asset freeze were Ivan Petrov and Oleg Sidorov.",
     "an EU asset freeze", {"the 12 new people", "Ivan Petrov", "Oleg Sidorov"}, set()),
    ("Both agencies – Rossotrudnichestvo and Russkiy Mir – remain on the EU’s sanctions list.",
     "the EU’s sanctions list", {"Both agencies", "Rossotrudnichestvo", "Russkiy Mir"}, set()),
    ("The Treasury sanctioned two Chinese refiners, Sinopec and CNPC.", "sanctioned two Chinese refiners, Sinopec and CNPC",
     {"two Chinese refiners", "Sinopec", "CNPC"}, set()),
    # a group the text does not count is renamed by its members, not a target beside them
    ("Among the people subjected to an EU asset freeze were Ivan Petrov and Oleg Sidorov.",
     "an EU asset freeze", {"Ivan Petrov", "Oleg Sidorov"}, {"the people", "people"}),
]


@pytest.mark.parametrize("text, mention, expected, unexpected", COUNTED_WITH_MEMBERS,
                         ids=[case[0][:48] for case in COUNTED_WITH_MEMBERS])
def test_a_counted_group_is_a_target_beside_its_members(nlp, text, mention, expected, unexpected):
    assert_targets(nlp, text, mention, expected, unexpected)


COUNTED_PATIENTS = [
    # a definite count of the parties named before, sanctioned beside others, is hit with them
    ("The UK imposed sanctions on three Ugandan officials. The three were sanctioned alongside 12 other individuals "
     "from Kosovo and Guatemala.", "were sanctioned", {"The three", "12 other individuals from Kosovo and Guatemala"},
     set()),
    # an uncounted thing sanctioned is no party of its own
    ("The UK imposed sanctions on three Ugandan officials. Oil that has been sanctioned was shipped anyway.",
     "has been sanctioned", set(), {"Oil"}),
]


@pytest.mark.parametrize("text, mention, expected, unexpected", COUNTED_PATIENTS,
                         ids=[case[0][-48:] for case in COUNTED_PATIENTS])
def test_a_definite_count_sanctioned_is_its_parties(nlp, text, mention, expected, unexpected):
    assert_targets(nlp, text, mention, expected, unexpected)


TITLED_ITEMS = [
    # a body's word inside an office's title is the office's field, not a party of the list
    ("The Treasury imposed sanctions on Luis Perez, governor of Lara state; Ana Gomez, governor of the state of Apure "
     "and a former Defence Minister; and Jose Ruiz, governor of Vargas state.",
     "imposed sanctions on Luis Perez, governor of Lara state; Ana Gomez, governor of the state of Apure and a former "
     "Defence Minister; and Jose Ruiz, governor of Vargas state", {"Luis Perez", "Ana Gomez", "Jose Ruiz"},
     {"Defence"}),
]


@pytest.mark.parametrize("text, mention, expected, unexpected", TITLED_ITEMS, ids=[case[0][:48] for case in TITLED_ITEMS])
def test_a_word_of_an_office_title_is_no_listed_party(nlp, text, mention, expected, unexpected):
    assert_targets(nlp, text, mention, expected, unexpected)
