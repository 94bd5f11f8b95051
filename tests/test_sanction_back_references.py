"""Which measure a back-reference stands for (docs/annotation.md S13, findings/sanctions/discourse.py): the nearest
earlier measure of its own noun that names targets, else the nearest mention it can stand for, unless its own words
name another; it takes that mention's authority and targets, and its own clause's status. Only a vague noun ('the measures', 'the ban') takes the kind too: 'the sanctions'
keeps 'sanctions' until the gold re-checked against S13 says otherwise (discourse.py). Sentences written in the
register of the news corpus, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> dict[str, tuple[str, str, str | None, tuple[str, ...]]]:
    return {s.text: (s.measure, s.status, s.authority, s.targets) for s in find_sanctions(build_context(nlp(text)))}


# (text, mention, (measure, status, authority, targets))
NEAREST = [
    # 'the measures' stands for a measure of any kind: the nearest, not the first the article named
    ("The EU imposed sanctions on Syria in May. On Tuesday the US froze the assets of two Syrian generals. The "
     "measures took effect at once.",
     "The measures", ("asset_freeze", "imposed", "United States", ("two Syrian generals",))),
    ("It said the US had imposed sanctions on Chinese entities. China announced countermeasures against 12 US "
     "defence firms on Tuesday. The measures, which include freezing assets, took effect on Wednesday.",
     "The measures", ("sanctions", "imposed", "China", ("12 US defence firms",))),
    # its own noun first: 'the measures' after 'countermeasures' names, not the sanctions cited in between
    ("China announced countermeasures against 12 US defence firms on Tuesday. It said the US had imposed sanctions "
     "on Chinese entities. The measures, which include freezing assets, took effect on Wednesday.",
     "The measures", ("sanctions", "imposed", "China", ("12 US defence firms",))),
    # 'the ban' stands for a ban or an embargo, not for a freeze named after it
    ("The US imposed an arms embargo on Sudan in 1997. Later it froze the assets of three Sudanese generals. "
     "Khartoum has long called the ban unjust.",
     "the ban", ("embargo", "imposed", "United States", ("Sudan",))),
    # a back-reference to a back-reference takes what that one took
    ("Canada sanctioned four Haitian gang leaders on Friday. The sanctions took effect on Monday. Officials said "
     "the measures would stay in place.",
     "the measures", ("sanctions", "imposed", "Canada", ("four Haitian gang leaders",))),
    # a measure whose lifting is only asked for is in force all the same: 'the embargo' said of one in force stands
    # for it (repeats.same_footing bars only a new measure weighed or threatened: UNTIED below)
    ("Jamaica urged the lifting of the US trade embargo on Cuba. Last year 188 member states, including Jamaica, "
     "voted in favour of ending the embargo.",
     "ending the embargo", ("embargo", "considered", "United States", ("Cuba",))),  # a lifting voted for: S7
    ("The opposition called for the lifting of US sanctions on Zimbabwe. Malawi's minister said the sanctions had "
     "hurt the whole region, including Malawi.",
     "the sanctions", ("sanctions", "imposed", "United States", ("Zimbabwe",))),
    # its status is its own clause's
    ("The EU lifted its sanctions on Uzbekistan in 2009. Critics said the sanctions should be reimposed.",
     "the sanctions should be reimposed", ("sanctions", "considered", "European Union", ("Uzbekistan",))),
]

# (text, mention, (authority, targets)): the authority is the antecedent's, not the party its clause's subject names
# (S13), unless its own words name or point to one ('its own sanctions', 'the EU measures')
AUTHORITY = [
    ("The UN Security Council renewed its sanctions on Sudan for a year on Wednesday. \"Sudan will accept nothing "
     "less than the immediate lifting of these sanctions,\" the ambassador said.",
     "the immediate lifting of these sanctions", ("UN Security Council", ("Sudan",))),
    ("The US has kept its embargo on Cuba since 1962. Cuba again urged the US to lift the blockade on Tuesday.",
     "lift the blockade", ("United States", ("Cuba",))),
    ("The US imposed sanctions on Iran in May. Japan said it would toughen its own sanctions next week.",
     "toughen its own sanctions", ("Japan", ("Iran",))),
]

# (text, mention, (measure, status, authority, targets)): its own words tie it to an earlier measure that is not
# the nearest: an authority, a target, a year, a package's number.
TIED = [
    ("The EU imposed sanctions on Syria in May. On Tuesday the US froze the assets of two Syrian generals. The EU "
     "sanctions remain in force.",
     "The EU sanctions", ("sanctions", "imposed", "European Union", ("Syria",))),
    ("The US imposed sanctions on Iran in 2018. The EU imposed sanctions on Belarus last week. The sanctions "
     "against Iran have hurt its oil exports.",
     "The sanctions against Iran", ("sanctions", "imposed", "United States", ("Iran",))),
    ("Japan imposed sanctions on Russia in 2014. In 2022 it froze the assets of five Russian banks. Tokyo kept the "
     "2014 sanctions in place.",
     "the 2014 sanctions", ("sanctions", "imposed", "Japan", ("Russia",))),
    ("The EU adopted its 18th sanctions package against Russia in July. In October it imposed sanctions on 45 "
     "banks. Hungary had long blocked the 18th sanctions package.",
     "the 18th sanctions package", ("sanctions", "other", "European Union", ("Russia",))),
    # a day by name ties it to the measure its sentence dates; without one the nearest stands
    ("Britain on Friday imposed sanctions on four generals. It also imposed sanctions on two banks last month. "
     "Critics said Friday's sanctions came too late.",
     "Friday's sanctions", ("sanctions", "imposed", "United Kingdom", ("four generals",))),
    ("Britain on Friday imposed sanctions on four generals. It also imposed sanctions on two banks last month. "
     "Critics said the sanctions came too late.",
     "the sanctions", ("sanctions", "imposed", "United Kingdom", ("two banks",))),
    # or its own clause dates it by ('came into effect on Wednesday')
    ("Switzerland enacted further sanctions against Russia on Wednesday. In February it had adopted the sanctions "
     "against Vladimir Putin. The sanctions came into effect on Wednesday.",
     "The sanctions", ("sanctions", "imposed", "Switzerland", ("Russia",))),
]


# (text, mention, (measure, status, authority, targets)): after a package named as a whole and then its parts, a
# back-reference to the measures as a whole stands for the package; one naming a part's measure takes the part; a
# measure told beside the package, not as its part, is the nearest as ever (S16)
PACKAGE = [
    ("The EU imposed new sanctions on Belarus that include a travel ban and an asset freeze. Minsk condemned the "
     "measures.",
     "the measures", ("sanctions", "imposed", "European Union", ("Belarus",))),
    ("The EU imposed new sanctions on Belarus that include a travel ban and an asset freeze. Minsk condemned the "
     "travel ban.",
     "the travel ban", ("travel_ban", "imposed", "European Union", ("Belarus",))),
    ("The EU imposed new sanctions on Belarus on Monday. It also froze the assets of three generals. Minsk condemned "
     "the measures.",
     "the measures", ("asset_freeze", "imposed", "European Union", ("three generals",))),
    # S44: a package that refers back keeps what it inherits; the targets its parts name are the parts'
    ("Britain imposed sanctions on four Zimbabwean police chiefs on Monday. The new sanctions include a travel ban "
     "and an asset freeze on Owen Dube and Isaac Moyo.",
     "The new sanctions", ("sanctions", "imposed", "United Kingdom", ("four Zimbabwean police chiefs",))),
    # S44: a package with nothing to inherit takes the targets its parts name as its sentence's own
    ("Washington said on Friday it had announced new sanctions, including visa restrictions for Georgian officials.",
     "announced new sanctions", ("sanctions", "imposed", "United States", ("Georgian officials",))),
    ("The government said Canada imposed sanctions, including an asset freeze on three Haitian gang leaders.",
     "imposed sanctions", ("sanctions", "imposed", "Canada", ("three Haitian gang leaders",))),
]


@pytest.mark.parametrize("text, mention, expected", NEAREST + TIED + PACKAGE,
                         ids=[c[0][-40:] for c in NEAREST + TIED + PACKAGE])
def test_a_back_reference_takes_the_measure_it_stands_for(nlp, text, mention, expected):
    mentions = found(nlp, text)
    assert mentions.get(mention) == expected, mentions


@pytest.mark.parametrize("text, mention, expected", AUTHORITY, ids=[c[0][-40:] for c in AUTHORITY])
def test_a_back_reference_takes_its_antecedents_authority(nlp, text, mention, expected):
    mentions = found(nlp, text)
    assert mention in mentions and mentions[mention][2:] == expected, mentions


# (text, mention): a first mention that only looks like a back-reference, with no measure before it, keeps its own
# parties and kind; a back-reference's own target is never replaced by its antecedent's.
OWN = [
    ("The sanctions on Venezuela's oil sector hurt its economy, the minister said.",
     "The sanctions on Venezuela's oil sector", ("sanctions", "imposed", None, ("Venezuela",))),
    ("Britain froze the assets of three Russian oligarchs in March. The sanctions on a fourth businessman came in "
     "May.", "The sanctions on a fourth businessman", ("sanctions", "imposed", "United Kingdom",
                                                        ("a fourth businessman",))),
    # a back-reference that is the subject of a measure verb hits whom that verb hits
    ("The Treasury imposed sanctions on Owen Dube. The sanctions freeze any U.S.-held assets of the two officials.",
     "The sanctions", ("sanctions", "imposed", "United States", ("the two officials",))),
    # not when the verb's parties are described by the measure itself: the antecedent's say more
    ("The Treasury imposed sanctions on three Iranian officials. The sanctions bar the targeted individuals from "
     "entering the country.", "The sanctions", ("sanctions", "imposed", "United States", ("three Iranian officials",))),
]


@pytest.mark.parametrize("text, mention, expected", OWN, ids=[c[0][-40:] for c in OWN])
def test_a_back_reference_keeps_its_own_targets(nlp, text, mention, expected):
    mentions = found(nlp, text)
    assert mentions.get(mention) == expected, mentions


# (text, mention, targets): a back-reference that can stand for no measure before it (one in force after one only
# weighed: repeats.same_footing) takes the nearest earlier targets only when they name a country or its people, the
# side the article's measures hit; parties named one by one belong to the one measure that named them
UNTIED = [
    ("Washington is weighing new sanctions on Iran, officials said. The sanctions already in force have hurt trade, a "
     "minister said.", "The sanctions", ("Iran",)),
    ("The EU may impose sanctions on Belarus next week. The sanctions imposed in 2004 remain in force.",
     "The sanctions imposed", ("Belarus",)),
    ("Washington is weighing sanctions on Hun To and Lim Heng, officials said. The sanctions already in force have "
     "hurt trade, a minister said.", "The sanctions", ()),
    ("The EU may impose a travel ban on Mr Lukashenko and other officials. The sanctions imposed in 2004 remain in "
     "force.", "The sanctions imposed", ()),
]


@pytest.mark.parametrize("text, mention, targets", UNTIED, ids=[c[0][-40:] for c in UNTIED])
def test_a_back_reference_with_no_antecedent_takes_only_a_country_named_before(nlp, text, mention, targets):
    mentions = found(nlp, text)
    assert mention in mentions and mentions[mention][3] == targets, mentions


# A bare plural said in general ('measures cannot damage ...') is no antecedent a later 'the measures' could mean
# instead of the sanctions named before it; a counted or determined one ('a set of measures to ...') still is.
@pytest.mark.parametrize("text, mention", [
    ("The EU imposed sanctions on Russia. Martin said measures cannot damage European countries more than Russia, but "
     "said the measures already announced must be fully implemented.", "the measures already announced"),
    ("Singapore will impose export controls on Russia. It will also block certain banks, with specific measures to be "
     "worked out later. Vivian warned that these measures would come at some cost.", "these measures"),
    # a definite use before any measure is named stands for measures named before the article began, not for
    # something else: the later 'The measures' still refers back
    ("A statement by the council chief said the measures are due to the aggression by Russian armed forces. The new "
     "EU sanctions are to target Rosneft and Transneft. The measures are also to extend a list of dual-use items.",
     "The measures"),
])
def test_a_general_use_of_a_back_noun_does_not_break_the_reference(nlp, text, mention):
    assert mention in found(nlp, text)


# A definite measure noun with no verb of its own refers back to a measure named before, however far (S1); with no
# measure in the article it is none ('the designation of the wetland').
@pytest.mark.parametrize("text, mention, expected", [
    ("The US Treasury said on Thursday it had sanctioned 10 Venezuelans. Officials said the list includes cabinet "
     "members. Villegas was recently appointed culture minister. Ruzza moved polling stations four days before the "
     "vote. Hernandez was also involved in the changes, the statement said. The designation comes in the wake of "
     "state elections.", "The designation", True),
    ("The council approved the designation of the wetland on Thursday. Officials said the area is home to rare birds. "
     "The designation comes after years of lobbying.", "The designation", False),
])
def test_a_far_definite_measure_refers_back(nlp, text, mention, expected):
    assert (mention in found(nlp, text)) is expected


# A batch noun on its own right after a measure ('approved the package', 'the latest round') is that measure again
# (S1, S21); not a batch of something else, one counted or compounded, nor one the text says a measure is.
@pytest.mark.parametrize("text, mention, expected", [
    ("Malta raised reservations on some details of these sanctions but approved the package after assurances.",
     "the package", True),
    ("Since March 2022, New Zealand has sanctioned more than 1,700 individuals and entities, with the latest round "
     "focusing on five individuals.", "the latest round", True),
    ("The US removed sanctions on three former Iranian officials. The team returns to Vienna for the sixth round of "
     "negotiations. He said progress had been made in the last round.", "the last round", False),
    ("Japan imposed sanctions on Russia on Friday. Parliament also approved the aid package for Ukraine.",
     "the aid package", False),
    ("Seoul imposed sanctions on North Korea in 2016. Officials said talks would resume. They skipped the round "
     "planned for May.", "the round", False),
])
def test_a_batch_noun_alone_refers_back(nlp, text, mention, expected):
    assert any(mention in found_text for found_text in found(nlp, text)) is expected


def test_a_pandemics_measures_refer_back_to_no_sanction(nlp):
    text = ("The US imposed severe economic sanctions against Bashar al-Assad. Ambassador Romanowski praised the "
            "measures taken by Kuwait in dealing with the coronavirus pandemic.")  # batch 29, timeskuwait
    assert "the measures" not in found(nlp, text)


def test_a_ban_that_spares_pandemic_equipment_is_still_a_measure(nlp):
    text = ("The ECOWAS sanctions, imposed on August 20, included border closures and a ban on commercial trade and "
            "financial flows but not basic necessities, drugs, equipment to fight coronavirus, fuel, or electricity.")
    assert "a ban on commercial trade and financial flows" in found(nlp, text)
