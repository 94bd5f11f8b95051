"""Measures named without the word 'sanction' that session 31 reads: licences a sanctions office issues, property a
causative 'have' holds frozen or blocked, 'asset freezes' the parser split from a verb-less clause, and people a
state bans outright. Each mechanism with its negative cases; sentences written in the register of the news corpus,
not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.measure, s.status) for s in find_sanctions(build_context(nlp(text)))]


# (text, (mention, status)): a licence its modifiers or its 'from' say an office that licenses only under sanctions
# issues; granted lifts, revoked re-imposes (docs/annotation.md, batches 17 and 24).
LICENCES = [
    ("The United States imposed sanctions on Venezuela's oil sector in 2019. Trinidad and Tobago received an OFAC "
     "license to extract gas from the Dragon field in January 2023.", ("an OFAC license", "lifted")),
    ("The US sanctions on Venezuela remain in force. The Department of the Treasury has granted the OFAC licence "
     "that was applied for by this government.", ("the OFAC licence", "lifted")),
    ("The US imposed sanctions on Venezuela in 2019. Trinidad has been granted an Office of Foreign Assets Control "
     "(OFAC) licence by the US Department of the Treasury.",
     ("an Office of Foreign Assets Control (OFAC) licence", "lifted")),
    ("The US imposed sanctions on Venezuela in 2019. The chief secretary responds to the revocation of the OFAC "
     "licenses, calling it unfortunate.", ("the revocation of the OFAC licenses", "imposed")),
    ("Britain imposed sanctions on the Russian bank in March. The charity applied for a licence from OFSI to pay "
     "its staff in London.", ("a licence", "considered")),
]


@pytest.mark.parametrize("text, mention", LICENCES, ids=[case[1][0] for case in LICENCES])
def test_a_licence_a_sanctions_office_issues_is_a_lifting(nlp, text, mention):
    assert (mention[0], "sanctions", mention[1]) in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Venezuela in 2019. The station's broadcasting licence was revoked by the regulator.",
    "The US imposed sanctions on Venezuela in 2019. The company renewed its fishing licence for another year.",
    "The US imposed sanctions on Venezuela in 2019. He lost his driving license after the crash.",
])
def test_a_licence_no_sanctions_office_issues_is_none(nlp, text):
    assert not any("licen" in mention for mention, _, _ in found(nlp, text))


# (text, mention): the causative 'have' holds the property its participle freezes or blocks; 'asset freezes' with
# its modifier made a conjunct or an 'of' object, which leaves the misread verb no subject.
FROZEN = [
    ("The EU imposed sanctions on Russia. Two Crimea-based energy businesses had already had their EU holdings "
     "frozen.", "their EU holdings frozen"),
    ("The US imposed sanctions on four entities. Sanctioned entities, under the order, have their property blocked "
     "and cannot deal with U.S. individuals.", "their property blocked"),
    ("The EU imposed sanctions on Libya. Libyan shareholding in companies in the EU will be frozen, but the "
     "companies will continue to function.", "Libyan shareholding in companies in the EU will be frozen"),
    ("ECOWAS imposed sanctions on Mali. The sanctions will take immediate effect and travel bans and asset freezes "
     "target family members as well.", "asset freezes"),
    ("The EU imposed sanctions on Russia. The ministry said it had received hundreds of notifications of Russian "
     "asset freezes in Luxembourg.", "Russian asset freezes"),
]


@pytest.mark.parametrize("text, mention", FROZEN, ids=[case[1] for case in FROZEN])
def test_property_held_frozen_or_blocked_is_an_asset_freeze(nlp, text, mention):
    assert (mention, "asset_freeze", "imposed") in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on four entities. The company had its website blocked last year.",
    "The US imposed sanctions on four entities. He had his salary frozen by the board.",
    "The US imposed sanctions on four entities. The export bans goods that were never traded.",
])
def test_a_causative_have_on_other_things_is_none(nlp, text):
    assert [m for m, _, _ in found(nlp, text)] == ["imposed sanctions on four entities"]


# (text, mention): a state or body bans people with nothing said of what from: kept out of its territory.
PEOPLE_BANNED = [
    ("Russia imposed sanctions on New Zealand. The Russian Foreign Ministry banned several prominent Kiwis, "
     "including news media executives.", "banned several prominent Kiwis, including news media executives"),
    ("The US imposed sanctions on Argentina. The US State Department made the decision to ban Cristina "
     "Fernández de Kirchner and her immediate family.",
     "ban Cristina Fernández de Kirchner and her immediate family"),
    ("The EU imposed sanctions on Russia. Moscow responded by banning 200 EU officials and lawmakers.",
     "banning 200 EU officials and lawmakers"),
    ("The EU imposed sanctions on Russia. Russia has banned 500 Americans, including former President Barack "
     "Obama.", "banned 500 Americans, including former President Barack Obama"),
]


@pytest.mark.parametrize("text, mention", PEOPLE_BANNED, ids=[case[1][:40] for case in PEOPLE_BANNED])
def test_people_a_state_bans_outright_are_a_travel_ban(nlp, text, mention):
    assert (mention, "travel_ban", "imposed") in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. Iran banned the singer last year.",  # no noun of people
    "The US imposed sanctions on Iran. Iran's government banned three opposition parties and two newspapers.",
    "The US imposed sanctions on Iran. The league banned three players for doping.",  # no state
    "The US imposed sanctions on Iran. Three officials were banned last year.",  # passive: no one bans
    "The US imposed sanctions on Iran. The Taliban government banned women from universities.",  # 'from': another bar
])
def test_a_ban_of_no_people_or_by_no_state_is_none(nlp, text):
    assert [m for m, _, _ in found(nlp, text)] == ["imposed sanctions on Iran"]


# (text, mention): a vague measure noun listed beside a measure its modifier makes one, and penalties listed with a
# sanctions noun, are measures of the list (each its own mention).
LISTED_PARTS = [
    ("Singapore imposed sanctions on Russia. Export controls and financial restrictions will apply to Russian "
     "banks.", "financial restrictions"),
    ("The bloc suspended sanctions against the vice president, but kept in place an arms embargo and penalties on a "
     "state-owned defence firm.", "penalties"),
    ("Japan imposed sanctions on Moscow. Travel bans and restrictions on their funds will hit 40 officials.",
     "restrictions on their funds"),
]


@pytest.mark.parametrize("text, mention", LISTED_PARTS, ids=[case[1] for case in LISTED_PARTS])
def test_a_vague_measure_listed_with_a_measure_is_one(nlp, text, mention):
    assert mention in [m for m, _, _ in found(nlp, text)]


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. Speed controls and parking restrictions will apply downtown.",
    "The US imposed sanctions on Iran. The club faces fines and penalties for fielding an ineligible player.",
])
def test_a_vague_noun_listed_with_no_measure_is_none(nlp, text):
    assert [m for m, _, _ in found(nlp, text)] == ["imposed sanctions on Iran"]


# An active designating verb whose 'as' phrase gives the party a role, with no word of a sanctions list, a terrorist
# listing or an entry ban in it, is no designation; a passive one is news of a designation whatever its 'as' says.
@pytest.mark.parametrize("text", [
    "ECOWAS lifted sanctions on Guinea. The West African leaders designated the former President of Benin as an "
    "intermediary and urged the junta to work with him.",
    "ECOWAS lifted sanctions on Guinea. The summit designated Senegal's president as its mediator.",
    "The US imposed sanctions on Venezuela, after an executive order listing the country as a national security "
    "threat.",
])
def test_a_designation_as_a_role_is_none(nlp, text):
    assert not any(m.startswith(("designated", "listing")) for m, _, _ in found(nlp, text))


@pytest.mark.parametrize("text, mention", [
    ("The US imposed sanctions on Iran. The State Department designated the group as a Foreign Terrorist "
     "Organization.", "designated the group as a Foreign Terrorist Organization"),
    ("The US imposed sanctions on Albania. The State Department designated Berisha and his family members as "
     "ineligible for entry into the United States.",
     "designated Berisha and his family members as ineligible for entry into the United States"),
    ("The US imposed sanctions on Iran. Eleven Iranian companies were also designated as procurers of nuclear "
     "technology.", "Eleven Iranian companies were also designated"),
])
def test_a_designation_on_a_list_stays(nlp, text, mention):
    assert mention in [m for m, _, _ in found(nlp, text)]


# (text, mention): a waiver or exemption whose modifier names the measure it waives ('travel waivers') says itself
# what it lifts, with no sanctions word at hand, and also as the object of a noun ('the extension of travel
# exemptions'); kept only near another mention, as every waiver is.
NAMED_WAIVERS = [
    ("The UN imposed a travel ban on 13 Taliban officials. Ireland objected to the renewal. The proposal would "
     "keep the travel waivers for six others for 90 days.", "the travel waivers"),
    ("The UN Security Council imposed a travel ban on Taliban leaders. The council met twice on the extension or "
     "rejection of travel exemptions for officials of the government.",
     "travel exemptions"),
]


@pytest.mark.parametrize("text, mention", NAMED_WAIVERS, ids=[case[1] for case in NAMED_WAIVERS])
def test_a_waiver_that_names_its_measure_is_a_mention(nlp, text, mention):
    assert any(m.endswith(mention) for m, _, _ in found(nlp, text))  # with its status noun or without


@pytest.mark.parametrize("text", [
    "Australia eased its pandemic rules in March. Travel exemptions for vaccinated residents will end next week.",
    "The council debated the issue of waivers for the new tax. Farmers asked for an exemption from the levy.",
])
def test_a_waiver_with_no_measure_near_is_none(nlp, text):
    assert found(nlp, text) == []


# (text, mention, target): the party a banned trade is 'with' is the target, which makes the ban a state's measure
# on another (strong enough to stand in an article with no other measure).
TRADE_WITH = [
    ("Slovenia said it will ban all weapons trade with Israel over the war in Gaza.",
     "ban all weapons trade with Israel", "Israel"),
    ("The EU imposed a ban on trade with Crimea in 2014.", "imposed a ban on trade with Crimea", "Crimea"),
]


@pytest.mark.parametrize("text, mention, target", TRADE_WITH, ids=[case[1] for case in TRADE_WITH])
def test_a_ban_on_trade_with_a_party_targets_it(nlp, text, mention, target):
    assert [(s.text, s.targets) for s in find_sanctions(build_context(nlp(text)))] == [(mention, (target,))]


@pytest.mark.parametrize("text", [
    "The government will ban all trade with the neighbouring state.",  # no party named
    "The ministry banned the trade with counterfeit goods.",  # goods, no party
])
def test_a_ban_on_trade_with_no_party_is_none_alone(nlp, text):
    assert found(nlp, text) == []


# (text, mention): a vague measure noun whose active relative clause says a sanctioning party imposed it on someone
# is that party's measure, as 'restrictions imposed on Russia' is; not a clause of an aim or of no party hit.
IMPOSING_CLAUSES = [
    ("Kazakhstan understands the importance of restrictions the West has imposed on Russia, the official said. It "
     "will comply with US sanctions.", "restrictions the West has imposed on Russia"),
    ("Kazakhstan will comply with the restrictions that Washington imposed on Moscow. The US sanctions hit 20 "
     "firms.", "the restrictions that Washington imposed on Moscow"),
]


@pytest.mark.parametrize("text, mention", IMPOSING_CLAUSES, ids=[case[1] for case in IMPOSING_CLAUSES])
def test_a_measure_a_relative_clause_says_a_state_imposed_is_one(nlp, text, mention):
    assert mention in [m for m, _, _ in found(nlp, text)]


@pytest.mark.parametrize("text", [
    "The US sanctions hit 20 firms. He listed certain measures that Washington could take to improve relations.",
    "The US sanctions hit 20 firms. Some measures the government took against inflation worked.",
])
def test_a_measure_whose_clause_names_no_party_hit_is_none(nlp, text):
    assert [m for m, _, _ in found(nlp, text)] == ["The US sanctions"]
