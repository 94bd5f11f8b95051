"""Measures named by their own verbs and nouns rather than 'sanction' (trade bans, travel bans, asset freezes, vague
measure nouns counted in batches), each with its negative cases. Sentences adapted from the news corpus's tune half
(batch 15 first)."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.measure) for s in find_sanctions(build_context(nlp(text)))]


# (text, (mention, measure)): outlawing, prohibiting or banning a country's trade or the sale of traded goods.
TRADE_BANS = [
    ("The US imposed sanctions on North Korea in August. UN 2371 banned North Korean sales of coal, iron and "
     "seafood to member nations.", ("banned North Korean sales of coal, iron and seafood", "trade_ban")),
    ("The EU adopted new sanctions on Russia. They ban state-owned firms from borrowing on EU markets and outlaw the "
     "sales of dual-use goods and oil technology.", ("outlaw the sales of dual-use goods and oil technology",
                                                     "trade_ban")),
    ("The US imposed sanctions on Sudan in 1997. The order prohibits the imports of Sudanese goods.",
     ("prohibits the imports of Sudanese goods", "trade_ban")),
    # a state's goods as what a gerund handles (batch 29, yurtimiz)
    ("The EU may face new sanctions on Russia. The package may include a temporary ban on storing Russian oil within "
     "the European Union.", ("a temporary ban on storing Russian oil within the European Union", "trade_ban")),
]


@pytest.mark.parametrize("text, mention", TRADE_BANS, ids=[case[1][0][:30] for case in TRADE_BANS])
def test_a_trade_verb_on_a_countrys_sales_or_traded_goods_is_a_trade_ban(nlp, text, mention):
    assert any(m.startswith(mention[0]) and kind == mention[1] for m, kind in found(nlp, text))


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. The school board banned sales of sodas in its canteens.",  # a shop's rule
    "The US imposed sanctions on Iran. The city outlawed the sale of fireworks.",  # no traded goods, no country
    "The city prohibits the imports of plastic bags, the council said.",  # no state measure in the article
    "The US imposed sanctions on Iran. The city imposed a ban on storing fuel in garages.",  # no state's goods
])
def test_a_ban_on_other_sales_is_no_trade_ban(nlp, text):
    assert [m for m, kind in found(nlp, text) if kind == "trade_ban"] == []


# (text, (mention, measure, status)): halting, stopping, suspending or curtailing a country's imports, exports or
# transit (batch 26, polskieradio; agrobitenews, irishtimes).
HALTED_TRADE = [
    ("The EU imposed sanctions on Russia. Bratislava would not back the package until the EU drops its proposal to "
     "halt Russian gas imports from 2028.", ("halt Russian gas imports", "trade_ban", "considered")),
    ("The US imposed sanctions on Belaruskali. Lithuania has suspended the transit of Belarusian potash fertilisers "
     "from 1 February 2022.", ("suspended the transit of Belarusian potash fertilisers", "trade_ban", "imposed")),
    ("The EU imposed sanctions on Russia. Curtailing oil and gas exports from Russia was one option, he said.",
     ("Curtailing oil and gas exports from Russia", "trade_ban", "imposed")),
    ("The US imposed sanctions on Belaruskali. Lithuania banned the transit of Belarusian fertilizers in early 2022.",
     ("banned the transit of Belarusian fertilizers", "trade_ban", "imposed")),  # banning it, as halting it
]


@pytest.mark.parametrize("text, mention", HALTED_TRADE, ids=[case[1][0][:30] for case in HALTED_TRADE])
def test_halting_a_countrys_trade_is_a_trade_ban(nlp, text, mention):
    found_here = [(s.text, s.measure, s.status) for s in find_sanctions(build_context(nlp(text)))]
    assert mention in found_here


@pytest.mark.parametrize("text", [
    "China imposed sanctions on US firms. China urged the US to stop arms sales to Taiwan.",  # sales: a seller's act
    "The US imposed sanctions on Iran. The company halted imports last year.",  # no country's flow
    "The US imposed sanctions on Iran. The airline suspended the transit of passengers through Doha.",  # no country's
    "The US imposed sanctions on Iran. The city banned the transit of trucks through the centre.",  # no country's
])
def test_halting_other_trade_is_no_trade_ban(nlp, text):
    assert [m for m, kind in found(nlp, text) if kind == "trade_ban"] == []


# (text, (mention, measure, targets)): a ban on another state's goods, by its possessive, demonym or 'from' it, is a
# trade ban whatever its motive (docs/annotation.md S46; tune: pulse-ug, eyegambia, namibianfarming, yurtimiz).
STATES_GOODS = [
    ("The trade dustup between the two nations resulted from a ban on Uganda's poultry products on the Kenyan market.",
     ("a ban on Uganda's poultry products on the Kenyan market", "trade_ban", ("Uganda",))),
    ("Kenya has last year placed restrictions on the importation of milk products from Uganda into its market.",
     ("restrictions on the importation of milk products from Uganda into its market", "trade_ban", ("Uganda",))),
    ("Uganda was set to ban some agricultural products from Kenya as a retaliatory measure.",
     ("ban some agricultural products", "trade_ban", ("Kenya",))),
    ("The EU imposed sanctions on Russia. Restrictions on Russian aluminum were also planned.",
     ("Restrictions on Russian aluminum", "trade_ban", ("Russia",))),
    ("Botswana imposed an import ban. The import restrictions on vegetables from South Africa would encourage local "
     "retailers, he said.",
     ("The import restrictions on vegetables from South Africa", "trade_ban", ("South Africa",))),
]


@pytest.mark.parametrize("text, mention", STATES_GOODS, ids=[case[1][0][:30] for case in STATES_GOODS])
def test_a_ban_on_another_states_goods_is_a_trade_ban(nlp, text, mention):
    found_here = [(s.text, s.measure, s.targets) for s in find_sanctions(build_context(nlp(text)))]
    assert mention in found_here


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. The city placed restrictions on the importation of fireworks.",  # no state's
    "The US imposed sanctions on Iran. The league banned Russian athletes from the tournament.",  # a sport's penalty
    "The US imposed sanctions on Iran. The state banned Muslim headscarves in schools.",  # a faith is no state
    "The US imposed sanctions on Iran. Tariffs on Chinese goods rose to 25 per cent.",  # tariffs are none (S46)
])
def test_a_ban_on_no_states_goods_is_no_trade_ban(nlp, text):
    assert [m for m, kind in found(nlp, text) if kind == "trade_ban"] == []


def test_a_permission_to_enter_a_country_denied_is_a_travel_ban(nlp):
    text = ("The US imposed sanctions on corrupt officials. They are not eligible to enter the United States, nor are "
            "their immediate family members.")
    assert ("eligible to enter the United States", "travel_ban") in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Russia. Fans were not allowed entry into the stadium.",  # no state kept out of
    "The US imposed sanctions on Russia. Tourists are not allowed to travel during the lockdown.",  # not entering
    "The US imposed sanctions on Russia. Players not eligible to enter the United States will miss the cup.",  # sport
])
def test_other_permissions_denied_are_no_travel_ban(nlp, text):
    assert [m for m, kind in found(nlp, text) if kind == "travel_ban"] == []


# (text, mention): a visa revoked told as a noun, or through the causative 'have' (colombiaone, panatimes).
REVOKED_VISAS = [
    ("The US imposed sanctions on Petro. The listing is the main sanction — along with the revocation of his visa — "
     "imposed by the Trump administration.", "the revocation of his visa"),
    ("The US imposed sanctions on them. Those named in the list will have any U.S. visas revoked and will be unable to "
     "enter the United States.", "will have any U.S. visas revoked"),
]


@pytest.mark.parametrize("text, mention", REVOKED_VISAS, ids=[case[1] for case in REVOKED_VISAS])
def test_a_visa_revoked_as_a_noun_or_after_have_is_a_travel_ban(nlp, text, mention):
    found_here = [(s.text, s.measure, s.status) for s in find_sanctions(build_context(nlp(text)))]
    assert (mention, "travel_ban", "imposed") in found_here


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. The club announced the suspension of his membership.",  # no visa
    "The US imposed sanctions on Iran. He will have his driving licence revoked.",  # no visa
])
def test_other_revocations_are_no_travel_ban(nlp, text):
    assert [m for m, kind in found(nlp, text) if kind == "travel_ban"] == []


def test_a_gas_ban_is_a_trade_ban(nlp):
    text = ("The EU is preparing sanctions on Russia. Budapest is using its veto power on sanctions to pressure the "
            "Commission over the gas ban.")
    assert ("the gas ban", "trade_ban") in found(nlp, text)


def test_barred_from_coming_to_a_country_is_a_travel_ban(nlp):
    text = ("The Baltic states added 28 names to their sanctions lists on Friday. They are banned from coming to "
            "Lithuania, Latvia, and Estonia.")
    assert any(kind == "travel_ban" and "banned from coming to Lithuania" in m for m, kind in found(nlp, text))


@pytest.mark.parametrize("text, mention", [
    ("Saudi Arabia cut ties with Qatar and imposed an embargo on it. They ordered all Qataris to return home and "
     "banned Qatar from using their airspace.", "banned Qatar from using their airspace"),
    ("The EU imposed sanctions on Russia. The Netherlands banned Russian aircraft from its airspace in a domestic "
     "decision.", "banned Russian aircraft from its airspace"),
    # a ship named, not described by its state (batch 29, palaureg)
    ("Palau clarifies that M/T Kingsway, which was recently blocked from international ports under UN sanctions on "
     "North Korea, was not registered under its flag.", "which was recently blocked from international ports"),
])
def test_barred_from_a_states_airspace_is_a_travel_ban(nlp, text, mention):
    assert (mention, "travel_ban") in found(nlp, text)


# (text, (mention, status)): closing ports, airspace or borders to a state's ships, aircraft or citizens (batch 29,
# theolivepress and highnorthnews; nltimes, lrt)
CLOSURES = [
    ("SPAIN'S Foreign Minister said the EU-bloc should close its ports to Russian ships in the same way that airspace "
     "has been closed to Russian aircraft.", ("close its ports to Russian ships", "considered")),
    ("SPAIN'S Foreign Minister said the EU-bloc should close its ports to Russian ships in the same way that airspace "
     "has been closed to Russian aircraft.", ("airspace has been closed to Russian aircraft", "imposed")),
    ("The EU imposed sanctions on Russia. Latvia, Lithuania and Estonia decided to close their borders to Russian "
     "citizens.", ("close their borders to Russian citizens", "imposed")),
    ("Norway introduced a port ban for Russian vessels in 2022. The port ban applies to all Russian vessels.",
     ("The port ban", "imposed")),
]


@pytest.mark.parametrize("text, mention", CLOSURES, ids=[case[1][0][:30] for case in CLOSURES])
def test_closing_a_place_to_a_states_ships_or_people_is_a_travel_ban(nlp, text, mention):
    found_here = [(s.text, s.status) for s in find_sanctions(build_context(nlp(text))) if s.measure == "travel_ban"]
    assert mention in found_here


@pytest.mark.parametrize("text", [
    "The EU imposed sanctions on Russia. Poland closed its border to traffic after the storm.",  # no state's party
    "The EU imposed sanctions on Russia. Hungary closed its borders to refugees in 2015.",  # the guideline's closures
    "The EU imposed sanctions on Russia. The company closed its port office to visitors.",  # no place of entry
])
def test_closing_a_place_to_no_states_party_is_no_travel_ban(nlp, text):
    assert [m for m, kind in found(nlp, text) if kind == "travel_ban"] == []


def test_barred_from_a_firms_planes_or_a_road_is_no_travel_ban(nlp):
    text = ("The EU imposed sanctions on Russia. The airline barred smokers from its planes. The storm blocked the road "
            "from the airport.")
    assert [m for m, kind in found(nlp, text) if kind == "travel_ban"] == []


def test_barred_from_coming_to_a_match_is_no_travel_ban(nlp):
    text = "The league sanctioned the club. Its fans are banned from coming to away matches."
    assert found(nlp, text) == []


# (text, (mention, status)): a waiver, exemption or general licence lifts the measure named before it; renewing one
# keeps it lifted; a definite one repeats the waiver named before, however far; one that ends puts the measure back.
WAIVERS = [
    ("The US reimposed full sanctions on Iran on Monday. Turkey received a six-month-long waiver to cut its "
     "purchases.", ("a six-month-long waiver", "lifted")),
    ("The US eased sanctions on Venezuela's energy sector on Friday, issuing two general licenses that allow "
     "energy companies to resume operations.", ("two general licenses", "lifted")),
    ("The UN Security Council imposed sanctions on 135 Taliban officials in 2011. In June it renewed an exemption "
     "for 13 of them until August 19.", ("renewed an exemption", "lifted")),
    ("The US reimposed full sanctions on Iran on Monday. Turkey received a six-month-long waiver. Oil prices rose on "
     "the news. Traders said supply was tight. Analysts expect more volatility. The waivers are temporary.",
     ("The waivers", "lifted")),
    # a lede's waiver, its length a compound, sanctions named in the sentence after (financialexpress)
    ("Indian refiners have begun purchasing Russian crude after the United States issued a 30-day waiver allowing "
     "India to procure Russian oil loaded on vessels. Refiners are purchasing both sanctioned and non-sanctioned "
     "Russian oil. Western sanctions on Moscow pushed Russian oil toward Asia.", ("a 30-day waiver", "lifted")),
]


@pytest.mark.parametrize("text, mention", WAIVERS, ids=[case[1][0] for case in WAIVERS])
def test_a_waiver_of_a_measure_is_a_lifting(nlp, text, mention):
    assert mention in [(s.text, s.status) for s in find_sanctions(build_context(nlp(text)))]


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. Exporters will get a tax exemption next year.",  # a tax rule
    "Restaurants will lose their licences, and there will be no exemptions to the smoking law.",  # no state measure
    "The city issued a general license to the club for the summer festival.",  # no state measure
    # a bill's waiver provision, not a waiver granted (PolNeAR)
    "The bill would impose sanctions on Iran. Corker and Cardin came to an impasse over waiver language.",
    "The bill would impose sanctions on Iran. Democrats could not pull away from the bill over the issue of waivers.",
    # tariff exemptions in an article that names sanctions elsewhere
    "The US imposed sanctions on Iran in May. Trade ministers met on Monday. Ghana wants to secure exemptions for its "
    "cocoa exporters from the new tariffs.",
    "Exporters will get a 30-day exemption from the new tariffs. The US imposed sanctions on Iran in May.",
])
def test_a_waiver_of_no_measure_is_none(nlp, text):
    assert [m for m, _ in found(nlp, text) if "sanction" not in m] == []


def test_a_waiver_with_its_measure_is_one_mention(nlp):
    text = "The UN extended sanctions on the Taliban. Thirteen officials were given exemptions from the travel ban."
    named = [m for m, _ in found(nlp, text) if "exemption" in m or "travel ban" in m]
    assert named == ["exemptions from the travel ban"]


# (text, mention): a vague measure noun a lifting word acts on, definite or not, is the measure before it lifted.
LIFTED_VAGUE = [
    ("The US is deciding whether to lift its sanctions on Sudan. Any lifting of economic penalties would be a major "
     "turnaround.", "Any lifting of economic penalties"),
    ("The EU renewed its sanctions on Zimbabwe. The government disagreed with an EU decision to ease restrictions on "
     "her finances.", "ease restrictions on her finances"),
]


@pytest.mark.parametrize("text, mention", LIFTED_VAGUE, ids=[case[1] for case in LIFTED_VAGUE])
def test_a_vague_measure_lifted_is_the_measure_before_it(nlp, text, mention):
    assert mention in [m for m, _ in found(nlp, text)]


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. The city will ease parking restrictions next week.",  # another field
    "The city will lift restrictions on gatherings next week.",  # no state measure in the article
    # the measure's own clause is the mention, not its noun as well
    "China suspended its unreliable entity list. A measure which added 11 US firms to the list has been suspended.",
])
def test_a_vague_lifting_of_another_field_is_none(nlp, text):
    assert [m for m, _ in found(nlp, text) if m.lower().startswith(("ease", "lift", "a measure"))] == []


# (text, mention): 'measures' or 'restrictions' against a party a measure can hit, named or not.
AGAINST_PARTIES = [
    ("The UK sanctioned 370 more Russians, in the latest raft of measures against Vladimir Putin’s regime.",
     "measures against Vladimir Putin’s regime"),
    ("Venezuela condemned the US sanctions, saying Washington was announcing illegal measures against respectable "
     "former officials.", "illegal measures against respectable former officials"),
]


@pytest.mark.parametrize("text, mention", AGAINST_PARTIES, ids=[case[1] for case in AGAINST_PARTIES])
def test_measures_against_a_party_are_sanctions(nlp, text, mention):
    assert any(mention in m for m, _ in found(nlp, text))


def test_measures_against_no_party_are_none(nlp):
    text = "The US imposed sanctions on Iran. The ministry said its measures against inflation were working."
    assert [m for m, _ in found(nlp, text) if "inflation" in m] == []


# (text, mention): a vague measure noun one batch of which a state adopts, lifts or mulls is the measure before it.
BATCHES = [
    ("France backs sanctions against Iran over the nuclear dispute and is mulling a fourth round of measures.",
     "a fourth round of measures"),
    ("Seoul unveiled its own sanctions on North Korea on Tuesday. The set of measures is a follow-up to UN "
     "sanctions.", "The set of measures"),
    ("Hungary may block the EU's sanctions. Discussions on adopting a new set of anti-Russian restrictions, which "
     "have been in preparation since September, are expected soon.", "a new set of anti-Russian restrictions"),
]


@pytest.mark.parametrize("text, mention", BATCHES, ids=[case[1] for case in BATCHES])
def test_a_batch_of_vague_measures_is_the_measure_before_it(nlp, text, mention):
    assert any(mention in m for m, _ in found(nlp, text))


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. The central bank adopted a package of measures to curb inflation.",  # an aim
    "The US imposed sanctions on Iran. The city adopted a set of safety measures for the festival.",  # another field
    "The DPRK praised the series of measures taken to develop its nuclear force.",  # no batch word, no state measure
    "The government announced a new round of measures for small businesses.",  # no state measure in the article
])
def test_a_batch_of_other_measures_is_none(nlp, text):
    assert [m for m, _ in found(nlp, text) if "measures" in m] == []


# (text, mention): freezing banks, and property named as a modifier of what is blocked, are asset freezes.
FREEZES = [
    ("The US Treasury sanctioned Iraqi lenders last year. He asked about the reasons for freezing 24 Iraqi banks.",
     "freezing 24 Iraqi banks"),
    ("The US sanctioned President Petro on Friday. The sanctions block any property or financial interests of Petro.",
     "block any property or financial interests of Petro"),
    # what is frozen, read through a relative pronoun, a quantity or an infinitive's object (naijanews, infotel)
    ("ECOWAS lifted sanctions on Niger. Additionally, all of Niger’s assets at the ECOWAS Bank for Investment and "
     "Development (EBID) will be unfrozen.",
     "Niger’s assets at the ECOWAS Bank for Investment and Development (EBID) will be unfrozen"),
    ("Canada imposed sanctions on Haiti's former ministers. Ottawa is barring them from entering Canada and is "
     "ordering any assets they hold in Canada to be frozen.", "any assets they hold in Canada to be frozen"),
    ("The US imposed sanctions on settlers. The letter allows the banks to release the settlers’ bank accounts that "
     "were completely frozen.", "the settlers’ bank accounts that were completely frozen"),
]


@pytest.mark.parametrize("text, mention", FREEZES, ids=[case[1] for case in FREEZES])
def test_frozen_banks_and_blocked_interests_are_asset_freezes(nlp, text, mention):
    assert (mention, "asset_freeze") in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The storm froze the river banks for a week.",  # no state measure in the article
    "The US imposed sanctions on Iran. Protesters tried to block the interests of small firms.",  # no property
    "The US imposed sanctions on Russia. All of the food was frozen. Some of the water that was frozen melted.",
])
def test_other_freezes_and_blocks_are_none(nlp, text):
    assert [m for m, kind in found(nlp, text) if kind == "asset_freeze"] == []


def test_countermeasures_to_tariffs_naming_no_one_are_none(nlp):
    text = ("China condemned the new US tariffs and will challenge them at the WTO. China will also take appropriate "
            "countermeasures to protect its rights, the statement said.")
    assert found(nlp, text) == []


def test_countermeasures_against_a_party_stand_alone(nlp):
    text = "China on Wednesday announced countermeasures against 12 U.S. defense corporations."
    assert [kind for _, kind in found(nlp, text)] == ["sanctions"]


# (text, mention): a vague noun a word of likeness ties to the measure before it is a back-reference (S1).
LIKENESS = [
    ("The US Treasury sanctioned 11 North Korean individuals. Mnuchin urged U.S. allies to take similar measures.",
     "similar measures"),
    ("The EU expanded its sanctions lists on Monday. Russia intends to respond with mirror measures, Zakharova said.",
     "mirror measures"),
]


@pytest.mark.parametrize("text, mention", LIKENESS, ids=[case[1] for case in LIKENESS])
def test_similar_or_mirror_measures_refer_back(nlp, text, mention):
    assert any(mention in m for m, _ in found(nlp, text))


@pytest.mark.parametrize("text", [
    "The city will take similar measures to cut traffic next year.",  # no measure before it
    "The US imposed sanctions on Iran. The city took similar parking measures last year.",  # another field
])
def test_similar_measures_with_nothing_to_refer_to_are_none(nlp, text):
    assert [m for m, _ in found(nlp, text) if "measures" in m] == []


def test_controls_on_exports_are_export_controls(nlp):
    text = "The government tightened controls on exports of rare earths to the United States."
    assert ("tightened controls on exports of rare earths to the United States", "export_control") in found(nlp, text)


def test_controls_on_other_things_are_none(nlp):
    assert found(nlp, "The ministry tightened controls on prices of bread and milk.") == []


# (text, (mention, measure)): a sanctions noun whose one modifier names a kind of measure is that measure (batch 28
# first: sun-maldives; tune: 'impose visa sanctions', 'these travel sanctions').
MODIFIED_KINDS = [
    ("The US will impose visa sanctions on officials who undermine democracy.", ("visa sanctions", "travel_ban")),
    ("The US imposed sanctions on Ugandan officials in 2021. These travel sanctions were expanded on Monday.",
     ("These travel sanctions", "travel_ban")),
    ("The Maldives cabinet decided to ban Israeli passports, the president's office said.",
     ("ban Israeli passports", "travel_ban")),  # a state's passports are its people, not its goods (S46)
    ("The EU lifted travel and financial sanctions on Grace Mugabe.", ("travel and financial sanctions", "sanctions")),
    ("The EU imposed sanctions on officials who travel abroad.", ("sanctions", "sanctions")),  # no modifier
]


@pytest.mark.parametrize("text, mention", MODIFIED_KINDS, ids=[case[1][0][:30] for case in MODIFIED_KINDS])
def test_a_measure_named_by_its_one_modifier_is_that_kind(nlp, text, mention):
    assert any(mention[0] in m and kind == mention[1] for m, kind in found(nlp, text))


@pytest.mark.parametrize("text", [
    "Under a 2011 UN Security Council resolution, 135 IEA officials are facing sanctions, including asset freezes and "
    "travel bans.",  # batch 28, avapress
    "The EU imposed measures such as asset freezes and travel bans.",
])
def test_a_measure_the_parser_split_after_including_is_found(nlp, text):
    assert ("asset freezes", "asset_freeze") in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Iran. Demand for the asset freezes up in a crisis.",  # no list: a verb
    "The committee, including asset managers, freezes hiring every winter.",  # a verb with an object of its own
])
def test_other_split_measure_words_are_none(nlp, text):
    assert [m for m, kind in found(nlp, text) if kind == "asset_freeze"] == []


def test_a_travel_exemption_names_its_measure(nlp):
    text = ("The UN imposed sanctions on the Islamic Emirate. It has been more than a month since the travel "
            "exemption of 13 senior officials of the Islamic Emirate has ended.")  # batch 28, ariananews
    assert any(m.startswith("the travel exemption of 13 senior officials") and kind == "travel_ban"
               for m, kind in found(nlp, text))


@pytest.mark.parametrize("text", [
    "Students will get a travel exemption for the exams, the ministry said.",  # no state measure in the article
    "The US imposed sanctions on Iran in May. Trade ministers met on Monday. Pilgrims were given a travel exemption "
    "from the quarantine rules.",  # no sanctions word at hand
])
def test_other_travel_exemptions_are_none(nlp, text):
    assert [m for m, _ in found(nlp, text) if "exemption" in m] == []


# (text, mention): designating parties as barred from entry is the State Department's visa ban, its 'as' phrase part
# of the mention (tiranatimes, jamaicaobserver)
DESIGNATED_ENTRY_BANS = [
    ("The US imposed sanctions on Albania's officials. \u201cI am publicly designating Berisha and his immediate family "
     "members as ineligible for entry into the United States,\u201d Blinken said.",
     "designating Berisha and his immediate family members as ineligible for entry into the United States"),
    ("The United States has imposed visa restrictions on Haitians involved in street gangs. Blinken said the State "
     "Department has designated an additional five individuals as subject to visa restrictions.",
     "designated an additional five individuals as subject to visa restrictions"),
]


@pytest.mark.parametrize("text, mention", DESIGNATED_ENTRY_BANS, ids=[case[1][:30] for case in DESIGNATED_ENTRY_BANS])
def test_designating_parties_as_barred_from_entry_is_a_travel_ban(nlp, text, mention):
    assert (mention, "travel_ban") in found(nlp, text)


def test_designating_a_group_as_terrorist_stays_a_designation(nlp):
    text = "The US imposed sanctions on Iran. Washington designated the Houthis as a terrorist organization."
    assert [kind for m, kind in found(nlp, text) if m.startswith("designated")] == ["designation"]
