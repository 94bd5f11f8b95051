"""What counts as a sanctions mention and where its span ends, for measures named in other words than 'sanction':
asset freezes the parser misreads, vague measure nouns a sanctioning party owns. Each mechanism with its negative
cases. Sentences written in the register of the news corpus's tune half (batch 10 first), not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.measure) for s in find_sanctions(build_context(nlp(text)))]


# (text, (mention, measure)): 'asset freezes' tagged a verb, however the parser hangs 'asset'; each measure of a list
# its own mention; assets a causative 'have' holds frozen; frozen transactions.
FREEZES = [
    ("The UN renewed sanctions on South Sudan for a year. Measures taken include travel bans and asset freezes, "
     "the council said.", ("asset freezes", "asset_freeze")),
    ("The EU imposed sanctions on five Malian officials. These sanctions include a travel ban, as well as asset "
     "freezing.", ("asset freezing", "asset_freeze")),
    ("The Council slapped sanctions on three Houthi leaders. Those named are now subject to asset freezes and travel "
     "bans due to their role in the strikes.", ("travel bans", "travel_ban")),
    ("The Council slapped sanctions on three Houthi leaders. Those named are now subject to asset freezes and travel "
     "bans due to their role in the strikes.", ("asset freezes", "asset_freeze")),
    ("China imposed sanctions on nine US defence firms. The companies will have their assets in China frozen, the "
     "statement said.", ("their assets in China frozen", "asset_freeze")),
    ("ECOWAS lifted its sanctions on Niger. The freezing of all financial transactions between member states and "
     "Niger is removed.", ("The freezing of all financial transactions between member states and Niger is removed",
                           "asset_freeze")),
    # 'asset' and a verb-tagged 'freezes' made two objects of the verb before them
    ("Canada imposed sanctions on 33 Russian defence firms. Canada's latest sanctions will impose asset freezes and "
     "prohibitions on listed entities, the release said.", ("asset freezes", "asset_freeze")),
]


@pytest.mark.parametrize("text, mention", FREEZES, ids=[f"{case[1][0]}: {case[0][-30:]}" for case in FREEZES])
def test_asset_freezes_in_the_forms_the_parser_misreads(nlp, text, mention):
    assert mention in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The company freezes hiring.",  # a verb with its own subject and object
    "Prices will have their gains frozen by the new rule.",  # nothing a freeze takes
    "The lake freezes and travel stops each winter.",  # no measure word before the verb
])
def test_a_freezing_verb_that_takes_no_property_is_no_measure(nlp, text):
    assert found(nlp, text) == []


# (text, mention): a vague measure noun whose modifier names a sanctioning party, or whose imposing participle names
# it or the party it hits, next to another mention.
OWNED = [
    ("The EU sanctioned eight Iranian officials on Monday. The spokesman said the EU measures violate international "
     "law.", "the EU measures"),
    ("The US imposed fresh sanctions on 22 individuals. They were added in an expansion of US punishments imposed "
     "in February.", "US punishments imposed in February"),
    ("Moscow warned of secondary sanctions on Kazakh banks. Trade keeps growing even under Western restrictions, "
     "he said.", "Western restrictions"),
    ("The US is aware of the threat of secondary sanctions. Astana must comply with restrictions imposed on Russia.",
     "restrictions imposed on Russia"),
    ("Caracas condemned the new US sanctions on its officials. It rejected the restrictions arbitrarily imposed by "
     "Washington.", "the restrictions arbitrarily imposed by Washington"),
]


@pytest.mark.parametrize("text, mention", OWNED, ids=[case[1] for case in OWNED])
def test_a_vague_measure_a_sanctioning_party_owns(nlp, text, mention):
    assert mention in [text for text, _ in found(nlp, text)]


@pytest.mark.parametrize("text", [
    # no other mention in the article: a party's measures of any field
    "The EU measures on fishing quotas took effect on Monday.",
    "The government lifted restrictions imposed on Russia's tourists during the pandemic.",
    # an aim of its own, or a compound of another field
    "The EU imposed sanctions on Russia. Brussels also discussed EU measures to curb inflation.",
    "The EU imposed sanctions on Russia. The EU border measures cost millions in March.",
    # an imposing participle that names neither an authority nor a party
    "The EU imposed sanctions on Russia. Restrictions imposed on travellers last year were lifted.",
    # 'actions' are taken in every field
    "The US imposed sanctions on Russia. Russia's actions in Ukraine were condemned.",
])
def test_a_vague_measure_no_party_owns_is_none(nlp, text):
    assert [m for m, _ in found(nlp, text) if "sanction" not in m] == []


# (text, mention): 'the list' a party is added to or removed from, after the article designated or listed parties.
LIST_REPEATS = [
    ("Seoul designated Hwang Kil-su and Pak Hwa-song on Friday. The three entities newly added to the list include "
     "Chilsong Trading Corp.", "added to the list"),
    ("The Council decided not to renew the listings of three individuals and to remove nine deceased persons from "
     "the list.", "remove nine deceased persons from the list"),
]


@pytest.mark.parametrize("text, mention", LIST_REPEATS, ids=[case[1] for case in LIST_REPEATS])
def test_the_list_after_parties_designated_is_the_designation_list(nlp, text, mention):
    assert mention in [m for m, _ in found(nlp, text)]


def test_the_list_with_no_designation_before_it_is_none(nlp):
    text = "The EU imposed sanctions on Russia. Three speakers were added to the list of guests."
    assert [m for m, _ in found(nlp, text) if "list" in m] == []


# (text, (mention, measure)): a ban, restriction, prohibition or control a sanctions noun includes or is listed with.
PARTS = [
    ("Japan has already imposed strict sanctions on North Korea, including a blanket ban on trade.",
     ("a blanket ban on trade", "trade_ban")),
    ("The EU extended its sanctions on Russia. The sanctions include a ban on certain technologies and exchanges.",
     ("a ban on certain technologies and exchanges", "sanctions")),
    ("The US imposed sanctions on Iran in 2018. Zarif said the US would not lift sanctions and bans on Tehran soon.",
     ("bans", "sanctions")),
    ("Switzerland imposed sanctions on Russia. The sanctions include new restrictions on the export of goods.",
     ("new restrictions on the export of goods", "export_control")),
]


@pytest.mark.parametrize("text, mention", PARTS, ids=[case[1][0] for case in PARTS])
def test_a_ban_or_restriction_a_sanction_includes_is_a_measure(nlp, text, mention):
    assert mention in found(nlp, text)


@pytest.mark.parametrize("text", [
    # a ban no sanctions noun includes
    "The EU imposed sanctions on Russia. The city's plan includes a ban on cars in the centre.",
    # a sanctions noun in another sense includes nothing: no state measure in the article
    "The league's sanctions include a ban on transfers for two seasons.",
    # what a list of sanctions says they do is no measure of its own
    "The EU extended its sanctions on Russia. The sanctions include limits to access on some financial markets.",
])
def test_a_ban_no_sanction_includes_is_none(nlp, text):
    assert [m for m, _ in found(nlp, text) if "sanction" not in m] == []


# (text, mention): a designation noun that names no one, next to another mention ("the vessels designated", a
# participle naming parties, is none: docs/annotation.md S2, tested in test_sanctions.py).
DESIGNATIONS = [
    ("The US Treasury sanctioned Iranian firms on Thursday. Thursday's designations mark the second time Washington "
     "has targeted sanctions evaders.", "Thursday's designations"),
    ("OFAC removed the former officials from its list. These delistings are a result of a change in behavior.",
     "These delistings"),
    ("The council sanctioned three Houthi leaders on Tuesday. It was the first UN designation involving Yemen since "
     "February.", "the first UN designation"),
    # a state's blacklisting of a party, whoever the party is (batch 26, cna; island)
    ("China announced sanctions against Hsiao on Friday. The council strongly protested China's blacklisting Friday of "
     "Taiwan's representative to the United States.", "China's blacklisting"),
    # a relative clause that tells the act in the past designates the noun it hangs on (somaliguardian)
    ("The US imposed sanctions on Ethiopia's leaders. \"They treat the government on an equal footing with the TPLF, "
     "which was designated as a terrorist organisation two weeks ago.\"",
     "the TPLF, which was designated as a terrorist organisation"),
]


@pytest.mark.parametrize("text, mention", DESIGNATIONS, ids=[case[1] for case in DESIGNATIONS])
def test_designations_that_name_no_one_or_follow_whom_they_list(nlp, text, mention):
    assert (mention, "designation") in found(nlp, text)


@pytest.mark.parametrize("text", [
    # no other mention in the article
    "Thursday's designations were announced by the Treasury.",
    # a stock market listing, a designation of another field
    "The US imposed sanctions on Iran. Saudi Aramco's stock market listing was delayed.",
    # far from any mention
    "The US imposed sanctions on Iran in May. The talks resumed in June. Oil prices rose. Markets were calm. "
    "Analysts expected more delistings.",
    # a participle that designates no party
    "The US imposed sanctions on Iran. Cars may stop in the area designated for parking.",
    # a present relative clause describes the party (S2), it tells no act
    "The US imposed sanctions on Turkey. He was charged with spying for the PKK, which is listed as a terrorist group "
    "by both the US and the EU.",
    # a doer that is no state: a club's blacklisting of a player
    "The US imposed sanctions on Iran. The fans protested the club's blacklisting of the striker.",
])
def test_a_designation_with_no_measure_near_it_is_none(nlp, text):
    assert [m for m, kind in found(nlp, text) if kind == "designation"] == []


# (text, (mention, measure)): a visa ban in the State Department's words; a measure a sanction includes, which the
# parser hangs on the sanction's target, is its own mention, not the end of the sanction's span.
TRAVEL_BANS = [
    ("The US sanctioned four Georgian judges. The officials and their immediate family members will be ineligible "
     "for entry into the United States.", ("ineligible for entry into the United States", "travel_ban")),
    ("The ministry announced sanctions against former US lawmaker Mike Gallagher, including a ban on entering China, "
     "for his interference.", ("a ban on entering China", "travel_ban")),
    ("The ministry announced sanctions against former US lawmaker Mike Gallagher, including a ban on entering China, "
     "for his interference.", ("announced sanctions against former US lawmaker Mike Gallagher", "sanctions")),
    # an entry denied in other words: unfit for the state entered or for entering it, a disallowed or prohibited entry
    ("Canada sanctioned six Iranians. Individuals sanctioned for complicity in the regime's violations are also "
     "inadmissible to Canada under the Immigration and Refugee Protection Act.",
     ("inadmissible to Canada", "travel_ban")),
    ("The US sanctioned four Georgian judges. The officials will be ineligible to enter the United States.",
     ("ineligible to enter the United States", "travel_ban")),
    ("The US sanctioned Aziz. This action renders Aziz and his immediate family members generally ineligible for "
     "entering the US.", ("ineligible for entering the US", "travel_ban")),  # the gerund for 'entry' (batch 27)
    ("Colombia imposed sanctions on top officials from Venezuela. Trujillo said that migration authorities will soon "
     "disallow Venezuelan government officials entry to the country.",
     ("disallow Venezuelan government officials entry to the country", "travel_ban")),
    ("The US sanctioned Philippine officials. The prohibition on entry was part of the appropriations bill.",
     ("The prohibition on entry", "travel_ban")),
    # an entry ban ends with whom and where it keeps out, not with an adjunct after it
    ("The US sanctioned Philippine officials. They face the prospect of being denied entry to the US, following "
     "Trump's signing of the budget that includes a provision prohibiting their entry.",
     ("denied entry to the US", "travel_ban")),
    ("The US sanctioned Philippine officials. They face the prospect of being denied entry to the US, following "
     "Trump's signing of the budget that includes a provision prohibiting their entry.",
     ("prohibiting their entry", "travel_ban")),
]


@pytest.mark.parametrize("text, mention", TRAVEL_BANS, ids=[case[1][0] for case in TRAVEL_BANS])
def test_travel_bans_in_other_words_and_spans(nlp, text, mention):
    assert mention in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. The players were ineligible for entry into the tournament.",  # a sports rule
    "The US imposed sanctions on Iran. Students are ineligible for support after two years.",  # no entry or visa
    "The US imposed sanctions on Iran. The player was ineligible to participate in the final.",  # no entering
    "The US imposed sanctions on Iran. The striker was ineligible to play for Canada.",  # no state entered
    "The US imposed sanctions on Iran. Students are ineligible for entering the programme.",  # no state entered
    "The US imposed sanctions on Iran. The referee disallowed the goal.",  # no entry
])
def test_unfit_for_what_is_no_entry_is_no_travel_ban(nlp, text):
    assert [m for m, kind in found(nlp, text) if kind == "travel_ban"] == []


# 'to sanction X' the tagger reads as 'to' and a noun, the name left hanging: the verb and its object all the same
@pytest.mark.parametrize("text, mention", [
    ("India lodged its protest against the European Union's (EU) move to sanction Russia",
     ("sanction Russia", "sanctions")),
    ("Erdogan welcomed on Dec. 11 the European Union decision not to sanction Turkey, a demand introduced by Greece.",
     ("sanction Turkey", "sanctions")),
])
def test_a_target_verb_misread_as_a_noun_takes_the_name_after_it(nlp, text, mention):
    assert mention in found(nlp, text)


# S18: 'sanctioned' as a verb is a mention in any case; one whose object is no party stands only near another mention
@pytest.mark.parametrize("text, mention", [
    ("The US imposed sanctions on Iran. Malaysia understands the U.S. position with regard to transshipment of oil "
     "that has been sanctioned.", ("has been sanctioned", "sanctions")),
    ("Australia imposed sanctions on Russia. We have also sanctioned targets in Russia's defence sector.",
     ("sanctioned targets in Russia's defence sector", "sanctions")),
    ("The EU imposed sanctions on Belarus. The ministry said the EU has moved off its neighbour by sanctioning it.",
     ("sanctioning it", "sanctions")),
    # the parser hung the subject on the phrase before: the passive verb group (batch 26, sudantimes)
    ("The US imposed sanctions on Kabarebe. In addition to Kabarebe, Lawrence Kanyuka Kingston, a senior M23 member, "
     "was also sanctioned, along with two companies he controls.", ("was also sanctioned", "sanctions")),
])
def test_a_sanctioning_verb_told_of_no_party_is_a_mention_near_another(nlp, text, mention):
    assert mention in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The federation said foul play needed to be sanctioned appropriately.",  # no other mention
    "The US imposed sanctions on Iran. The match was sanctioned by FIFA.",  # approval by a body that is no state
    "The US imposed sanctions on Iran in May. Talks resumed. Prices rose. Markets were calm. The event was sanctioned.",
    "In addition to the fine, the club was sanctioned.",  # no other mention
])
def test_a_sanctioning_verb_told_of_no_party_alone_is_none(nlp, text):
    assert not any(m.endswith("sanctioned") for m, _ in found(nlp, text))


def test_a_misread_target_verb_before_no_name_is_none(nlp):
    assert found(nlp, "The board met on Monday and voted to sanction the tournament.") == []


def test_a_batch_ends_before_the_measures_it_includes(nlp):
    text = ("Japan will impose sanctions on Iran. The Cabinet approved a set of additional measures, including a "
            "freeze on the assets of 40 organizations.")
    mentions = found(nlp, text)
    assert ("a set of additional measures", "sanctions") in mentions
    assert ("a freeze on the assets of 40 organizations", "asset_freeze") in mentions


def test_members_of_a_target_stay_in_the_sanctions_span(nlp):
    text = "The EU imposed sanctions on Russian officials, including President Putin, on Monday."
    assert "imposed sanctions on Russian officials, including President Putin" in [m for m, _ in found(nlp, text)]


# (text, mention): a definite vague noun that repeats the noun of a mention just before it refers back to it.
SAME_NOUN_REPEATS = [
    ("The U.S. travel ban on Army Commander Shavendra Silva is deplorable. The ban on family members is needless "
     "provocation.", "The ban on family members"),
    ("The EU agreed to freeze the assets of 36 officials. The widely flagged measure covers ministers. Officials "
     "condemned the measure as pointless.", "the measure"),
    ("The Council imposed new measures against Belarus on Friday. The latest measures, he said, are designed to "
     "target those who collaborate.", "The latest measures"),
    # a singular back noun after another measure's noun refers back to it too (docs/annotation.md S1)
    ("The US imposed sanctions on Iran. The measure took the markets by surprise.", "The measure"),
    # a day's possessive dates the measure the text named ('Today's measures', 'Monday's sanctions')
    ("Canada imposed sanctions on 30 Russian officials. Today's measures add pressure on the Kremlin, she said.",
     "Today's measures"),
    # a back noun the parse tags as a verb with its party's name as subject ('the UN' measuring)
    ("The UN renewed the arms embargo on South Sudan. Its envoy disagreed, arguing that the UN measures hinder the "
     "country's efforts to achieve peace.", "the UN measures"),
    # a word of a law's name is no use of the noun that would stop a later back-reference
    ("Canada is imposing new sanctions under the Special Economic Measures (Russia) Regulations. These new measures "
     "hit 30 officials.", "These new measures"),
]


@pytest.mark.parametrize("text, mention", SAME_NOUN_REPEATS, ids=[case[1] for case in SAME_NOUN_REPEATS])
def test_a_definite_repeat_of_a_measures_noun_is_that_measure(nlp, text, mention):
    assert mention in [m for m, _ in found(nlp, text)]


@pytest.mark.parametrize("text", [
    # a compound of another field
    "The US imposed a travel ban on Iranian officials. The parking ban in the city centre ended.",
    # nothing named with the noun before it
    "The ban on family members is needless provocation. The US imposed sanctions on Silva.",
])
def test_a_definite_vague_noun_without_its_noun_before_is_none(nlp, text):
    assert [m for m, _ in found(nlp, text) if "sanction" not in m and "travel ban" not in m] == []


def test_a_clause_holding_another_measure_ends_the_span(nlp):
    text = ("The US has also been leading efforts to increase pressure on other states cooperating with Moscow and "
            "impose secondary sanctions against those allegedly helping Moscow to avoid restrictions introduced by the "
            "West against Russia.")
    mentions = [m for m, _ in found(nlp, text)]
    assert "impose secondary sanctions against those allegedly helping Moscow" in mentions
    assert "restrictions introduced by the West against Russia" in mentions


def test_a_clause_without_another_measure_stays_in_the_span(nlp):
    text = "The EU imposed sanctions against those helping Moscow to build drones."
    assert "imposed sanctions against those helping Moscow to build drones" in [m for m, _ in found(nlp, text)]


# (text, mention): a nominalised sanctioning with the parties it takes.
NOMINALISED = [
    ("Switzerland adopted new sanctions against Russia. The department approved, among other things, the sanctioning "
     "of around 200 additional individuals and entities.",
     "the sanctioning"),
    ("The EU sanctioned 16 people linked to Shor. Victory is one of the three entities proposed for sanctioning by "
     "the EU.", "sanctioning"),
]


@pytest.mark.parametrize("text, mention", NOMINALISED, ids=[case[1][:30] for case in NOMINALISED])
def test_a_nominalised_sanctioning_is_a_mention(nlp, text, mention):
    assert mention in [m for m, _ in found(nlp, text)]


def test_a_sanctioning_of_no_party_and_no_measure_near_is_none(nlp):
    assert found(nlp, "The sanctioning of the match by the league was delayed.") == []


@pytest.mark.parametrize("text, law", [
    ("According to China's Anti-Foreign Sanctions Law, China has decided to take countermeasures against 13 US firms.",
     "Anti-Foreign Sanctions Law"),
    ("New Zealand sanctioned 14 Russian officials. Since the Russia Sanctions Act entered into force in 2022, it has "
     "sanctioned 1,600 people.", "Russia Sanctions Act"),
])
def test_a_sanctions_law_named_as_a_measures_ground_is_no_mention(nlp, text, law):
    assert not any(law in m for m, _ in found(nlp, text))


@pytest.mark.parametrize("text, mention", [
    ("The bill would renew the expiring Iran Sanctions Act, which expires this year.",
     "renew the expiring Iran Sanctions Act"),  # a status word acts on it
    ("The US imposed sanctions on the group. Some lawmakers want new sanctions laws on the Islamic state.",
     "new sanctions laws on the Islamic state"),  # it names whom it hits
])
def test_a_sanctions_law_acted_on_or_aimed_at_a_party_is_a_mention(nlp, text, mention):
    assert mention in [m for m, _ in found(nlp, text)]


@pytest.mark.parametrize("text", [
    "The UK sanctioned three settler outposts. Settler violence seeks to force Palestinians to leave and to seize "
    "their lands.",
    "The EU lifted its sanctions on Grace Mugabe. The government had fallen out with the EU after it seized "
    "white-owned farms.",
    # a criminal seizure (batch 29, laotiantimes)
    "The US sanctioned the Kings Romans Casino. Chinese police have seized large narcotics shipments that have been "
    "traced to the casino.",
    "The US imposed sanctions on Iran. Customs officers seized 40 kilograms of cocaine at the port.",
])
def test_seizing_land_territory_or_drugs_is_no_sanctions_seizure(nlp, text):
    assert [m for m, kind in found(nlp, text) if kind == "seizure"] == []


def test_a_trade_ban_against_a_state_is_a_mention(nlp):
    text = "“We have not engaged in any trade bans against Russia with which we have trade arrangements,” he said."
    assert ("any trade bans against Russia", "trade_ban") in found(nlp, text)  # batch 29, thenational-png


def test_seizing_a_tanker_in_a_sanctions_article_is_still_a_seizure(nlp):
    text = "The US imposed sanctions on Iran's oil trade. The FBI seized an Iranian tanker off Singapore."
    assert [kind for m, kind in found(nlp, text) if m.startswith("seized")] == ["seizure"]


def test_a_body_named_after_sanctions_is_no_mention_but_confirms_the_others(nlp):
    text = ("The UN Security Council's Afghanistan Sanctions Committee removed two Taliban ministers from the exemption "
            "list. The travel ban exemptions for 13 officials end at midnight.")
    mentions = [m for m, _ in found(nlp, text)]
    assert not any("Sanctions" in m for m in mentions)
    assert any("travel ban" in m for m in mentions)


def test_sanctioned_officials_are_parties_not_a_measure(nlp):
    """'The sanctioned Cambodian officials' names the parties of the measure before it (docs/annotation.md S2)."""
    text = "The US sanctioned two Cambodian officials. The sanctioned Cambodian officials hold no assets abroad."
    assert [m for m, _ in found(nlp, text)] == ["sanctioned two Cambodian officials"]


def test_a_bare_designation_takes_no_party_from_its_clause(nlp):
    text = ("The EU sanctioned 16 people linked to Shor. Moscow says the proposed new batch of listings is illegal, "
            "the ministry said.")
    listings = [s for s in find_sanctions(build_context(nlp(text))) if "listings" in s.text]
    assert listings and listings[0].authority == "European Union"  # the mention before it, not 'Moscow'


# 'impositions' with a demonstrative refers back to the measures imposed before it, like 'these measures' (S1);
# before any measure it names none.
IMPOSITIONS = [
    ("Washington imposed sanctions on Turkey last week. The minister said Ankara would not accept these impositions.",
     ("these impositions", "sanctions")),
]


@pytest.mark.parametrize("text, mention", IMPOSITIONS, ids=[case[0][-30:] for case in IMPOSITIONS])
def test_impositions_refer_back_to_the_measure_before(nlp, text, mention):
    assert mention in found(nlp, text)


def test_impositions_with_no_measure_before_are_none(nlp):
    assert found(nlp, "The minister said the country would not accept these impositions on its farmers.") == []


def measures_found(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.measure, s.status) for s in find_sanctions(build_context(nlp(text)))]


# (text, (mention, measure, status)): taking or withholding visas is a travel ban, imposed (extended when it takes
# more parties); a lifting of the ban stays a lifting; a verb of suspending another visa policy is none.
VISA_REFUSALS = [
    ("The US imposed sanctions on Venezuela. The U.S. has revoked the visas of 49 more Venezuelan officials.",
     ("revoked the visas of 49 more Venezuelan officials", "travel_ban", "extended")),
    ("The US imposed sanctions on settlers. The administration had earlier announced that it would refuse visas for "
     "extremists involved in violence.", ("refuse visas for extremists involved in violence", "travel_ban", "imposed")),
    ("Kishida said Japan will suspend the issuance of visas and freeze the assets of individuals linked to the regions.",
     ("suspend the issuance of visas", "travel_ban", "imposed")),
    ("The US lifted the visa ban on the minister.", ("lifted the visa ban on the minister", "travel_ban", "lifted")),
]


@pytest.mark.parametrize("text, mention", VISA_REFUSALS, ids=[case[1][0][:30] for case in VISA_REFUSALS])
def test_revoking_or_refusing_visas_is_a_travel_ban(nlp, text, mention):
    assert mention in measures_found(nlp, text)


def test_suspending_another_visa_policy_is_none(nlp):
    assert measures_found(nlp, "The EU is considering suspending visa liberalisation for holders of Georgian "
                               "diplomatic passports.") == []


# (text, mention): 'curbs' is news English for restrictions, with the same modifiers and objects (data
# qualified_measures.curb); curbs on what is no party or trade are none.
CURBS = [
    ("The US imposed sanctions on 12 Russian firms on Friday. In February it announced new trade curbs on 93 "
     "entities from various countries.", "announced new trade curbs on 93 entities from various countries"),
]


@pytest.mark.parametrize("text, mention", CURBS, ids=[case[1] for case in CURBS])
def test_curbs_are_restrictions(nlp, text, mention):
    assert mention in [text for text, _ in found(nlp, text)]


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on 12 Russian firms. The city announced curbs on traffic in the centre.",
    "The US imposed sanctions on 12 Russian firms. Officials said US demands for curbs on Iranian missiles were an "
    "obstacle.",
])
def test_curbs_on_what_no_measure_hits_are_none(nlp, text):
    assert not any("curbs" in mention for mention, _ in found(nlp, text))


# A slip of one letter in 'sanctions' still names them; no other word of English lies one edit away.
MISSPELT = [
    ("The US imposed sanctions on Iran in May. Officials said these sanctons will stay.", ("these sanctons", "sanctions")),
    ("The EU imposed sanctions on Belarus. The santions hit its potash trade.", ("The santions", "sanctions")),
]


@pytest.mark.parametrize("text, mention", MISSPELT, ids=[case[1][0] for case in MISSPELT])
def test_a_misspelt_sanctions_noun_is_a_mention(nlp, text, mention):
    assert mention in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. The stations were closed and the factions met.",
    "The US imposed sanctions on Iran. The sanctity of the treaty was stressed.",
])
def test_words_near_sanctions_in_spelling_are_none(nlp, text):
    assert [m for m, _ in found(nlp, text)] == [m for m, _ in found(nlp, text.split(". ")[0] + ".")]


# A vague measure a named state imposes on another country's parties is a measure of its own, and proof of one:
# the article needs no other mention for it (or its repeats) to stand.
IMPOSED_ABROAD = [
    ("Singapore has imposed financial measures targeted at designated Russian banks. These measures apply to all "
     "banks in Singapore.", ("imposed financial measures", "sanctions")),
    ("Japan slapped restrictions on Russian officials over the war.",
     ("slapped restrictions on Russian officials over the war", "sanctions")),
]


@pytest.mark.parametrize("text, mention", IMPOSED_ABROAD, ids=[case[1][0] for case in IMPOSED_ABROAD])
def test_vague_measures_a_state_imposes_abroad_stand_alone(nlp, text, mention):
    assert mention in found(nlp, text)


@pytest.mark.parametrize("text", [
    "China imposed measures against US goods on Monday.",  # goods: a trade dispute's tariffs too
    "The government imposed new measures on Russian visitors to curb the virus.",  # no party imposing named
    "Singapore took measures against Russian hackers.",  # 'take' measures: a state's own policy too
])
def test_vague_measures_on_goods_or_by_no_named_state_stay_unproven(nlp, text):
    assert found(nlp, text) == []


# A sanctioning state or body that targets parties, told as an act, sanctions them (docs/annotation.md, batch 19);
# only when its own sentence or the one before names a measure (S18), since states target people with strikes too.
AIMED = [
    ("The EU imposed sanctions on Iran. The United States targeted three Myanmar citizens and a company.",
     ("targeted three Myanmar citizens and a company", "sanctions")),
    ("The US imposed sanctions on five Venezuelan officials on Friday. It is the second set of sanctions this week, "
     "after the U.S. on Monday targeted four Venezuelan "
     "state governors allied with Maduro.", ("targeted four Venezuelan state governors allied with Maduro", "sanctions")),
    # a passive with no agent leaves its doer unsaid, as news of a measure does (tune: 8 of 8 such marked)
    ("Australia imposed sanctions on Russia on Tuesday. Russian banks have also been targeted.",
     ("have also been targeted", "sanctions")),
    ("Canada imposed sanctions on ten Russians. The 10 individuals were targeted for their close ties to Putin.",
     ("were targeted", "sanctions")),
    ("The US imposed new sanctions on Venezuela. Arreaza is the latest Venezuelan official to be targeted.",
     ("to be targeted", "sanctions")),
    ("Canada is targeting Iran's defence minister as part of a new round of sanctions.",
     ("targeting Iran's defence minister", "sanctions")),
    ("The US imposed new sanctions on Zimbabwe on Monday. Targeted are three companies and 11 individuals.",
     ("Targeted are", "sanctions")),  # an inverted passive: its subject after the auxiliary
    # a decision or a course announced for the future (S6): 'will', a reported 'would', 'will continue to'
    ("Canada imposed sanctions on Iran. Joly said Canada would target more Iranians.",
     ("target more Iranians", "sanctions")),
    ("The US imposed sanctions on Russia. Canada will continue to target Russia.", ("target Russia", "sanctions")),
    # a circumstance before the verb is no instrument; conjoined verbs share a subject; a quantity's 'of' counts
    ("Australia imposed sanctions on the Central Bank of Russia. With that inclusion, Australia has now targeted all "
     "Russian government entities.", ("targeted all Russian government entities", "sanctions")),
    ("By imposing such sanctions, the United States has ignored conventions and has directly targeted individuals "
     "and bodies.", ("targeted individuals and bodies", "sanctions")),
    ("The US imposed sanctions on Iran. The Obama administration targeted a host of businesses across Europe.",
     ("targeted a host of businesses", "sanctions")),
]


@pytest.mark.parametrize("text, mention", AIMED, ids=[case[1][0] for case in AIMED])
def test_a_sanctioning_party_targeting_parties_is_a_mention(nlp, text, mention):
    assert mention in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The United States targeted three Myanmar citizens and a company.",  # no other mention near
    # S18: the measure named only in the sentence after
    "The United States targeted three Myanmar citizens and a company. The EU imposed sanctions on Iran.",
    "The US imposed sanctions on Iran. Its army hit a base. The United States targeted three Myanmar citizens.",
    "The US imposed sanctions on Russia. Parliament passed a bill to target Russia.",  # a purpose, no doer
    "The US imposed sanctions on Iran. The army will continue to target militants.",  # no sanctioning party
    "Australia will target Russia with a round of sanctions.",  # the measure has its own noun
    "The US imposed sanctions on Iran. The army crossed the border and targeted a host of bunkers.",  # no party
    "The US imposed sanctions on Iran. With its drones, the army has targeted militants.",  # no sanctioning party
    # a clause describing parties (S2)
    "The US imposed sanctions on them. They add to the dozens of officials the U.S. already has targeted.",
    "The sanctions target Russia's banks, the EU said.",  # a measure's own verb, not a party's
    "The US imposed sanctions on Iran. The tanker was targeted by drone strikes.",  # its agent is no sanction
    "The US imposed sanctions on Iran. The tanker was targeted due to its ties to Israel.",  # the ship is no party
    "The EU imposed sanctions on Russia. Oligarchs have been targeted with sanctions.",  # the measure's own noun
])
def test_targeting_not_told_as_a_partys_act_is_no_mention_of_its_own(nlp, text):
    assert not any(m.startswith(("target", "targeted")) for m, _ in found(nlp, text))


# Shipments, sales or deliveries a trade verb bans are a trade ban when bound to or from a country.
def test_shipments_to_a_country_banned_are_a_trade_ban(nlp):
    text = "While Japan has prohibited shipments to Russia of luxury vehicles since April, more sanctions could follow."
    assert ("prohibited shipments to Russia of luxury vehicles", "trade_ban") in found(nlp, text)


def test_shipments_banned_with_no_country_are_none(nlp):
    assert found(nlp, "Kenya banned shipments of plastic bags, the ministry said.") == []



# Sanctions lists by their names, from general knowledge; a club's black list is none.
@pytest.mark.parametrize("text, mention", [
    ("The State Department added 60 people to the Engel List.", ("added 60 people to the Engel List", "designation")),
    ("The US put him on the Magnitsky list.", ("put him on the Magnitsky list", "designation")),
    ("The UK added the bank to its Consolidated List.", ("added the bank to its Consolidated List", "designation")),
])
def test_sanctions_lists_known_by_name(nlp, text, mention):
    assert mention in found(nlp, text)


def test_a_clubs_black_list_is_none(nlp):
    assert found(nlp, "Her name is on the guest list and the black list of the club.") == []


# Updating a sanctions list or regime takes in more names: extended; updating something else is no mention.
@pytest.mark.parametrize("text, mention", [
    ("The US Treasury included the firm in its updated sanctions blacklist.",
     ("its updated sanctions blacklist", "designation")),
    ("The Baltic states imposed sanctions on Belarusian officials and updated their lists with 28 names.",
     ("updated their lists", "designation")),
])
def test_an_updated_sanctions_list_is_a_mention(nlp, text, mention):
    assert mention in found(nlp, text)


def test_updating_what_is_no_measure_is_none(nlp):
    text = "The company updated its software to comply with the sanctions on Russia."
    assert [m for m, _ in found(nlp, text)] == ["the sanctions on Russia"]


# A measure verb's bare form the tagger read as an adjective on its object is that verb and its object.
def test_a_measure_verb_read_as_an_adjective_is_a_mention(nlp):
    text = ("The United States said on Friday it would lift a 20-year-old trade embargo against Sudan, unfreeze "
            "assets and remove financial sanctions.")
    assert ("unfreeze assets", "asset_freeze") in found(nlp, text)


def test_a_participle_on_its_noun_stays_the_nouns_mention(nlp):
    text = "The frozen assets of the bank were returned after the EU sanctions on Russia."
    assert ("The frozen assets of the bank", "asset_freeze") in found(nlp, text)


# The party a passive measure verb hits, said of the clause's subject, is that subject: no imposer.
@pytest.mark.parametrize("text, mention, authority", [
    ("The US imposed new sanctions on Venezuela. Arreaza is the latest Venezuelan official to be targeted.",
     "to be targeted", "United States"),
    ("The EU imposed sanctions on Russia. The two banks are the latest entities to be targeted.",
     "to be targeted", "European Union"),
])
def test_whom_a_passive_measure_hits_said_of_the_subject_imposes_nothing(nlp, text, mention, authority):
    found_here = {s.text: s.authority for s in find_sanctions(build_context(nlp(text)))}
    assert found_here[mention] == authority


# (text, mentions expected as spans): a measure in a trailing modifier of another mention ('as retaliation to', 'in
# response to', a relative clause, 'such as') is its own mention, and the outer one ends before it.
NESTED = [
    ("Russia said Friday it would ban many European Union officials from entering Russia as retaliation to "
     "restrictions imposed by Brussels on Moscow.",
     ["ban many European Union officials from entering Russia", "restrictions imposed by Brussels on Moscow"]),
    ("The United States seized luxury vessels owned by Russian billionaires in response to sanctions imposed on "
     "Russia over its invasion of Ukraine.",
     ["seized luxury vessels owned by Russian billionaires", "sanctions imposed on Russia"]),
    ("The central bank said it would freeze the accounts of four Iraqi officials who have had US sanctions imposed "
     "on them.", ["freeze the accounts of four Iraqi officials", "US sanctions imposed on them"]),
]

# A measure in the words that describe the outer one's parties, or the outer noun's own complement, stays inside it.
NOT_NESTED = [
    ("Belarus introduced a countermeasure to the EU sanctions on Monday, the ministry said.",
     "a countermeasure to the EU sanctions"),
    ("The EU added three Iranian individuals to the list of those subject to restrictive measures for their role in "
     "the war.", "added three Iranian individuals to the list of those subject to restrictive measures"),
    ("Russia said it would expand the list of EU officials that are barred from entering its territory.",
     "expand the list of EU officials that are barred from entering its territory"),
]


@pytest.mark.parametrize("text, mentions", NESTED, ids=[case[1][1] for case in NESTED])
def test_a_measure_in_another_mentions_modifier_is_its_own_mention(nlp, text, mentions):
    assert [text for text, _ in found(nlp, text)] == mentions


@pytest.mark.parametrize("text, mention", NOT_NESTED, ids=[case[1] for case in NOT_NESTED])
def test_a_measure_describing_parties_or_completing_a_noun_stays_inside(nlp, text, mention):
    assert any(mention in found_text for found_text, _ in found(nlp, text))


# (text, (mention, status, authority)): 'asset freezes' misread as a clause the status verb takes still has that
# verb: its status, and its subject as the authority ('it' after 'X said' is X).
MISREAD_OBJECTS = [
    ("Britain said on Thursday it had imposed asset freezes on seven Russian businessmen, including Chelsea FC owner "
     "Roman Abramovich.", ("asset freezes on seven Russian businessmen, including Chelsea FC owner Roman Abramovich",
                           "imposed", "United Kingdom")),
    ("France said on Thursday it had lifted asset freezes on seven Russian businessmen.",
     ("asset freezes on seven Russian businessmen", "lifted", "France")),
    # negative: a misread measure that is a clause's subject takes no verb, and no authority, from above it
    ("The asset freezes apply to 1,200 people, the ministry said.", ("The asset freezes", "imposed", None)),
]


@pytest.mark.parametrize("text, expected", MISREAD_OBJECTS, ids=[case[0][:40] for case in MISREAD_OBJECTS])
def test_a_misread_measure_object_keeps_its_status_verb(nlp, text, expected):
    mentions = [(s.text, s.status, s.authority) for s in find_sanctions(build_context(nlp(text)))]
    assert mentions == [expected]
