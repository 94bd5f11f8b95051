"""The status a mention takes from the frame around it rather than from its own verb: a back-reference to a renewed
measure, and the parts it includes. Each mechanism with its negative cases. Sentences written in the register of the
news corpus's tune half (batch 16 first), not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def statuses(nlp, text: str) -> dict[str, str]:
    return {s.text: s.status for s in find_sanctions(build_context(nlp(text)))}


# (text, mention, status): a back-reference whose own clause says nothing of its status is the renewed measure
# (S1), and so are the parts it includes or its sentence lists; a widened measure's back-reference is the new listings, and a clause of
# its own decides.
CARRIED = [
    ("The Council has prolonged sanctions against Minsk until February. The sanctions include an arms embargo and "
     "a travel ban for four officials.", "The sanctions", "extended"),
    ("The Council has prolonged sanctions against Minsk until February. The sanctions include an arms embargo and "
     "a travel ban for four officials.", "an arms embargo", "extended"),
    ("The Council has prolonged sanctions against Minsk until February. The sanctions include an arms embargo and "
     "a travel ban for four officials.", "a travel ban", "extended"),
    ("The government condemned the EU decision to renew sanctions on Caracas. It said the measures were "
     "illegal.", "the measures", "extended"),
    # the parts a sentence lists after a renewal ('including', 'such as'), a kept measure's new term included (S41)
    ("The UN Security Council unanimously adopted a draft resolution maintaining the sanctions regime on Sudan, "
     "including measures such as an asset freeze, travel ban and arms embargo, until 12 September 2025.",
     "an asset freeze", "extended"),
    ("The UN Security Council unanimously adopted a draft resolution maintaining the sanctions regime on Sudan, "
     "including measures such as an asset freeze, travel ban and arms embargo, until 12 September 2025.",
     "arms embargo", "extended"),
    ("The UN Security Council unanimously adopted a resolution maintaining the sanctions regime on Sudan, including "
     "measures such as an asset freeze.", "an asset freeze", "imposed"),
    # widening: the back-reference is the new listings
    ("The Council expanded sanctions against Russia on Friday. The latest sanctions come on top of the package "
     "adopted on Thursday.", "The latest sanctions", "imposed"),
    # the back-reference's own clause decides
    ("The Council has prolonged sanctions against Minsk until February. The sanctions were first imposed in 2004.",
     "The sanctions were first imposed", "imposed"),
    ("The Council has prolonged sanctions against Minsk until February. The sanctions could be lifted next year.",
     "The sanctions could be lifted", "considered"),
    # an indefinite measure is a new one
    ("The Council has prolonged sanctions against Minsk until February. Ministers also imposed a travel ban on "
     "four officials.", "imposed a travel ban on four officials", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", CARRIED, ids=[f"{m}: {t[-40:]}" for t, m, _ in CARRIED])
def test_a_silent_back_reference_is_the_renewed_measure(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a back-reference whose own clause says nothing of its status stands for the new measure a
# sentence before proposes, still undecided (S1, S43: considered); not a measure in force a call to lift names (S21),
# nor one its own words tie to another measure (S13) or say is in force.
CARRIED_PROPOSALS = [
    ("The EU is weighing sanctions on Belarus's potash industry. The sanctions would not hurt European farmers, "
     "officials said.", "The sanctions", "considered"),
    ("Diplomats said the Commission has drafted a new package of sanctions against Russia. The package would target "
     "liquefied natural gas imports.", "The package", "considered"),
    ("Washington is considering visa restrictions on election officials. Those restrictions would apply to their "
     "families too.", "Those restrictions", "considered"),
    ("Ministers discussed possible sanctions against the junta on Monday. Hungary objected to the sanctions over "
     "their cost.", "the sanctions over their cost", "considered"),
    # a call to lift names the measure in force: its back-reference is in force
    ("Caricom renewed its call for an end to the US embargo on Cuba. The embargo has cost the island billions of "
     "dollars.", "The embargo", "imposed"),
    # its own words tie it to another measure: standing, another imposer's, or said to be in force
    ("The EU is weighing new sanctions on Iran. The current sanctions target the oil sector.", "The current sanctions",
     "imposed"),
    ("New Zealand is considering sanctions on Iran. The new EU restrictions target its banks.",
     "The new EU restrictions", "imposed"),
    ("The EU proposed sanctions on Iran. The sanctions were approved on Monday.", "The sanctions", "imposed"),
    # more of the measures in force, proposed: a bare back-reference after it is as often those in force
    ("Denmark is working towards even tougher sanctions. The sanctions are meant as a tool for peace.",
     "The sanctions", "imposed"),
    ("Canada is weighing further sanctions on Moscow. The sanctions have hurt Russian banks.", "The sanctions",
     "imposed"),
]


@pytest.mark.parametrize("text, mention, status", CARRIED_PROPOSALS,
                         ids=[f"{m}: {t[-40:]}" for t, m, _ in CARRIED_PROPOSALS])
def test_a_silent_back_reference_is_the_proposed_measure(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): what a widening does, what it is widened to include, and the listing done beside it are the
# extension (S5, S29); the same forms after an imposition or a renewal in time are new measures.
WIDENED = [
    ("The Baltic states have announced an expansion of sanctions against Georgian officials, barring dozens of "
     "individuals from entering their countries.", "barring dozens of individuals from entering their countries",
     "extended"),
    ("The EU widened its sanctions on Iran, freezing the assets of eight officials.",
     "freezing the assets of eight officials", "extended"),
    ("The US government has announced an expansion of its visa restriction policy for Uganda, to include travel "
     "sanctions on former government officials.", "travel sanctions on former government officials", "extended"),
    ("Canada expanded its sanctions on Russia to include a ban on diamond imports.", "a ban on diamond imports",
     "extended"),
    ("Lithuania, Latvia and Estonia have agreed to expand their existing sanctions for Belarusian officials and added "
     "the country's information minister onto their blacklists on Friday.", "their blacklists", "extended"),
    ("The EU imposed sanctions on Iran, freezing the assets of eight officials.",
     "freezing the assets of eight officials", "imposed"),
    ("The US imposed new sanctions on Venezuela to include a ban on gold exports.", "a ban on gold exports",
     "imposed"),
    ("The EU renewed its sanctions on Russia and added three banks to its blacklist.",
     "added three banks to its blacklist", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", WIDENED, ids=[f"{m}: {t[:40]}" for t, m, _ in WIDENED])
def test_the_means_and_parts_of_a_widening_extend_it(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): what a measure in force does under it is no declining of it; refraining from a measure is.
DECLINED = [
    ("The US imposed sanctions on the foreign minister. Under the sanctions, any US assets he holds will be blocked.",
     "the sanctions", "imposed"),
    ("The EU has so far refrained from imposing sanctions on the generals.", "imposing sanctions on the generals",
     "other"),
    ("Hungary blocked new sanctions on Russia.", "new sanctions on Russia", "other"),
    # phrasal declining the parser splits: the adverb on the verb, or the measure on the adverb
    ("The ministers stopped short, however, of imposing new sanctions on Russia.",
     "imposing new sanctions on Russia", "other"),
    ("Australia has so far shied away from imposing new sanctions on the generals.",
     "imposing new sanctions on the generals", "other"),
    ("The EU imposed sanctions on Russia shortly after the invasion.", "imposed sanctions on Russia", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", DECLINED, ids=[t[-40:] for t, _, _ in DECLINED])
def test_a_measure_declined_and_one_acted_under(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a demand's subjunctive clause asks for a measure (S7); an indicative one reports it.
MANDATED = [
    ("Labor is demanding that the government do the same and implement targeted sanctions against the generals.",
     "targeted sanctions against the generals", "considered"),
    ("The opposition urged that sanctions be imposed on the generals.", "sanctions be imposed on the generals",
     "considered"),
    ("The minister demanded that Washington impose sanctions on Caracas.", "impose sanctions on Caracas",
     "considered"),
    ("He insisted that the sanctions on Russia were working.", "the sanctions on Russia", "imposed"),
    ("The ministry said that Washington imposed sanctions on Caracas.", "imposed sanctions on Caracas", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", MANDATED, ids=[t[-40:] for t, _, _ in MANDATED])
def test_a_measure_a_demand_asks_for_is_considered(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a to-infinitive the parser calls a clausal complement, or one whose subject 'for' brings in,
# has no tense of its own; the verb or noun that takes it decides (S7), unless the measure is the infinitive's subject
# (what the measure does or is).
INFINITIVES = [
    ("Ekachai said he wants the government to ban the Burmese coup leaders from entering Thailand.",
     "ban the Burmese coup leaders from entering Thailand", "considered"),
    ("The activists want the government to freeze the assets of the coup leaders.",
     "freeze the assets of the coup leaders", "considered"),
    ("The ministry considered the British sanctions to be based on false pretexts.", "the British sanctions",
     "imposed"),
    # a to-infinitive whose subject 'for' brings in: the call or request above it decides
    ("Rights groups have backed the calls for the generals to be sanctioned.", "the generals to be sanctioned",
     "considered"),
    ("The summit leaders asked for the US embargo on Cuba to be lifted and for aid to be sent to Haiti.",
     "the US embargo on Cuba", "considered"),
    ("It took two years for the sanctions on Belarus to be imposed.", "the sanctions on Belarus to be imposed",
     "imposed"),
    ("The government imposed sanctions on the generals on Monday.", "imposed sanctions on the generals", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", INFINITIVES, ids=[t[-40:] for t, _, _ in INFINITIVES])
def test_a_wished_infinitive_is_considered(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a modal of obligation on a change's verb or on the verb whose infinitive it is calls for
# the change (S7), as it does for a new measure; a change done, or a modal in another clause, is not called for.
OBLIGED = [
    ("The leaders feel that after so many years, the US must act to lift sanctions against Venezuela.",
     "lift sanctions against Venezuela", "considered"),
    ("The EU should move to extend the sanctions on Russia.", "extend the sanctions on Russia", "considered"),
    ("The United States should revoke the sanctions on Cuba.", "revoke the sanctions on Cuba", "considered"),
    ("The EU extended the sanctions on Russia on Monday.", "extended the sanctions on Russia", "extended"),
    ("The US lifted sanctions on Sudan, which must now reform.", "lifted sanctions on Sudan", "lifted"),
]


@pytest.mark.parametrize("text, mention, status", OBLIGED, ids=[t[-40:] for t, _, _ in OBLIGED])
def test_a_change_an_obligation_calls_for_is_considered(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a past participle dated by its adverb puts the measure in force without a determiner, so
# a verb of weighing above it reviews it (imposed); an undated one under such a verb stays proposed.
DATED = [
    ("Japarov urged Trump and Starmer to reconsider recently imposed sanctions on Kyrgyz financial institutions.",
     "recently imposed sanctions on Kyrgyz financial institutions", "imposed"),
    ("The EU will review newly imposed sanctions on Belarus next month.", "newly imposed sanctions on Belarus",
     "imposed"),
    ("The EU is considering sanctions on Belarus.", "sanctions on Belarus", "considered"),
]


@pytest.mark.parametrize("text, mention, status", DATED, ids=[t[-40:] for t, _, _ in DATED])
def test_a_dated_imposed_measure_is_in_force(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a standing law's or list's verb in the simple present, on a kind of party, says what it
# does to whoever falls under it (other); a decision on named parties, or in the past, is a measure taken.
LAWS = [
    ("The department added 37 firms to its Entity List, which restricts exports, reexports or transfers to specific "
     "people.", "restricts exports, reexports or transfers", "other"),
    ("The legislation bans the export of arms to Iran.", "bans the export of arms to Iran", "imposed"),
    ("The US list restricted exports to the two firms last year.", "restricted exports to the two firms", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", LAWS, ids=[t[-40:] for t, _, _ in LAWS])
def test_what_a_standing_law_does_is_described_generally(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): the noun of a campaign for a measure asks for it (S7), like its verb; a campaign of
# sanctions, or a sanctions campaign, is the measures carried out.
CAMPAIGNED = [
    ("The US imposed sanctions on Russia. Lithuania's active lobbying for sanctions directed against our country is "
     "hostile, the ministry said.", "sanctions", "considered"),
    ("The US imposed sanctions on Russia. Activists are campaigning for sanctions on the generals.",
     "sanctions on the generals", "considered"),
    ("The EU imposed sanctions on Belarus. Rights groups launched a campaign for sanctions on the generals.",
     "sanctions on the generals", "considered"),
    # a campaign of sanctions is the measures carried out
    ("The EU imposed sanctions on Belarus. The bloc's third campaign of sanctions against Minsk hit the potash "
     "industry.", "sanctions against Minsk", "imposed"),
    ("The EU imposed sanctions on Russia. Western states have rolled out a comprehensive sanctions campaign against "
     "Moscow.", "comprehensive sanctions", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", CAMPAIGNED, ids=[t[-40:] for t, _, _ in CAMPAIGNED])
def test_a_campaign_for_a_measure_considers_it(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): 'could be subject to' a measure is a warning as 'could face' one is (S6); 'would' stays a
# hypothesis, and 'is subject to' holds the party under a measure in force.
SUBJECT_TO = [
    ("Firms trading with Iran could be subject to sanctions.", "sanctions", "threatened"),
    ("Firms trading with Iran would be subject to sanctions.", "sanctions", "considered"),
    ("The bank is subject to US sanctions on Iran.", "US sanctions on Iran", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", SUBJECT_TO, ids=[t[-40:] for t, _, _ in SUBJECT_TO])
def test_what_a_party_could_be_subject_to_is_a_warning(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): the means of an extension is the extension (S5); the means of another act is not.
MEANS = [
    ("The Foreign Ministry expanded sanctions against North Korea by newly freezing the assets of four Russian "
     "organizations.", "freezing the assets of four Russian organizations", "extended"),
    ("The EU tightened its embargo on Iran by banning oil imports.", "banning oil imports", "extended"),
    ("The ministry responded by freezing the assets of four Russian organizations.",
     "freezing the assets of four Russian organizations", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", MEANS, ids=[t[-40:] for t, _, _ in MEANS])
def test_the_means_of_an_extension_is_extended(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a participle a causative verb takes is that verb's infinitive, so a call or a wish above
# the causative asks for the change (S7: considered); a causative of what happened reports it.
CAUSED = [
    ("The US imposed an embargo on Cuba in 1962. Caribbean leaders urged Washington to have the embargo lifted.",
     "the embargo lifted", "considered"),
    ("The US imposed an embargo on Cuba in 1962. Havana would prefer to have the embargo completely removed.",
     "the embargo completely removed", "considered"),
    ("The US imposed sanctions on Iran in 2012. Tehran managed to have the sanctions lifted in 2016.",
     "the sanctions lifted", "lifted"),
]


@pytest.mark.parametrize("text, mention, status", CAUSED, ids=[m for _, m, _ in CAUSED])
def test_a_change_a_causative_verb_asks_for_is_considered(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): the plain English of each status value, as data: a verb or phrase of weighing or
# preparing a measure proposes it (considered), a phrasal verb's particle says what happens to it, and a predicate
# forecasts it; negated or in force by its own participle, none of these.
PLAIN_WORDS = [
    ("The EU is contemplating new sanctions on Iran.", "new sanctions on Iran", "considered"),
    ("The ministers mooted sanctions against Belarus.", "sanctions against Belarus", "considered"),
    ("France advocated an arms embargo on Israel.", "an arms embargo on Israel", "considered"),
    ("Lawmakers are looking into imposing sanctions on Russia.", "imposing sanctions on Russia", "considered"),
    ("The EU is drawing up new sanctions against Russia.", "new sanctions against Russia", "considered"),
    ("Sanctions against Russia are on the table, the minister said.", "Sanctions against Russia", "considered"),
    ("New sanctions against Russia are under discussion.", "New sanctions against Russia", "considered"),
    ("Sanctions against Russia are not on the table, the minister said.", "Sanctions against Russia", "other"),
    ("The EU backed the need for an arms embargo on Sudan.", "an arms embargo on Sudan", "considered"),
    ("The EU hopes to agree new sanctions against Russia this week.", "new sanctions against Russia", "considered"),
    ("Sanctions against Russia are likely to be imposed soon.", "Sanctions against Russia", "considered"),
    ("The US rolled back sanctions on Venezuela.", "rolled back sanctions on Venezuela", "lifted"),
    ("Washington phased out sanctions on Myanmar.", "phased out sanctions on Myanmar", "lifted"),
    ("The US terminated sanctions on Sudan.", "The US terminated sanctions on Sudan", "lifted"),
    ("The EU rolled over its sanctions on Russia for six months.", "rolled over its sanctions on Russia", "extended"),
    ("The US deepened sanctions on Iran.", "deepened sanctions on Iran", "extended"),
    ("Iran sidestepped US sanctions on its oil.", "sidestepped US sanctions on its oil", "violated"),
    # 'anticipated' forecasts as 'expected' does (rappler, batch 20); what a measure is expected to do forecasts the
    # effect, not the measure
    ("The Philippines is ready for China's anticipated sanctions over the case.",
     "China's anticipated sanctions over the case", "considered"),
    ("Japan imposed sanctions on North Korea. The measures are also anticipated to have an effect.", "The measures",
     "imposed"),
    ("The EU imposed sanctions on Iran. The sanctions are expected to be lifted next year.", "The sanctions",
     "considered"),
    # a participle reporting in its verb's past: 'would' is the backshifted 'will' (taipeitimes, batch 20)
    ("The US imposed sanctions on Russia. The US and the EU condemned the move, announcing that those involved would "
     "be sanctioned.", "those involved would be sanctioned", "imposed"),
    ("The US imposed sanctions on Russia. The EU met on Monday, warning that those involved would be sanctioned.",
     "those involved would be sanctioned", "threatened"),
    # 'rarely' and 'seldom' deny as 'never' does (yahoo-sg, batch 20); 'recently' does not
    ("Singapore has rarely acted to impose sanctions on other countries.", "impose sanctions on other countries",
     "other"),
    ("The Security Council seldom imposes sanctions on its members.", "imposes sanctions on its members", "other"),
    ("Singapore has recently acted to impose sanctions on Russia.", "impose sanctions on Russia", "imposed"),
    # kinds group measures as a round does: the verb over them acts on the measure (iranpress, batch 20)
    ("The United States has targeted Syria with all kinds of sanctions since 2011.", "sanctions", "imposed"),
    ("The US sanctioned Iran. Sanctions of all kinds are useless, the minister said.", "Sanctions of all kinds",
     "other"),
    # a gerund of breaking the parser reads as an adjective (arabnewsjp, batch 20)
    ("Japan is considering sanctions against firms that are engaged in contravening sanctions.",
     "contravening sanctions", "violated"),
    ("The US raised the spectre of sanctions against Turkey.", "sanctions against Turkey", "threatened"),
    ("Pressure is mounting for sanctions against Israel.", "sanctions against Israel", "considered"),
    ("Sanctions against Russia are among the options.", "Sanctions against Russia", "considered"),
    ("The EU did not exclude sanctions against Belarus.", "sanctions against Belarus", "threatened"),
    ("The EU excluded sanctions against Belarus.", "sanctions against Belarus", "other"),
    ("The pressure of sanctions against Russia is mounting.", "sanctions against Russia", "imposed"),
    ("The US softened its sanctions on Venezuela.", "softened its sanctions on Venezuela", "lifted"),
    ("The EU watered down the sanctions on Russia.", "watered down the sanctions on Russia", "lifted"),
    ("The US offered sanctions relief to Iran.", "sanctions relief", "considered"),
    ("The 14th package of sanctions against Russia still needs the approval of all member states.",
     "sanctions against Russia", "considered"),
    ("Japan tightened export controls on chips. Exports subject to the tighter controls will need the trade "
     "minister's approval for each shipment.", "the tighter controls", "imposed"),
    ("The US imposed sanctions on Rosneft. Asked about the impact on Japan of the sanctions, the minister said they "
     "would respond.", "the sanctions", "imposed"),
    # in force, or forecast only in how it comes
    ("The sanctions imposed by the US on Iran are under discussion.", "The sanctions imposed", "imposed"),
    ("The US rolled out sanctions on Iranian banks.", "sanctions on Iranian banks", "imposed"),
    ("The EU agreed to sanction Belarus's president. The latest round of sanctions is likely to take several days "
     "to prepare.", "sanctions", "imposed"),
    # working toward, pushing or lobbying for a measure seeks it (considered); negated, other
    ("The EU is working toward fresh sanctions on Iran, a spokeswoman said.", "fresh sanctions on Iran", "considered"),
    ("Poland pressed for an embargo on Russian oil.", "an embargo on Russian oil", "considered"),
    ("The EU is not working toward new sanctions on Iran.", "new sanctions on Iran", "other"),
    # someone's forecast of a measure (S6): considered; the party's own announcement stays imposed
    ("Everyone is confident that the 14th package of sanctions will be adopted, he said.",
     "sanctions will be adopted", "considered"),
    ("Analysts predict that the US will lift sanctions on Venezuela.", "lift sanctions on Venezuela", "considered"),
    ("He said the US will impose sanctions on Iran.", "impose sanctions on Iran", "imposed"),
    # a course promised to go on names no measure decided, only more to come: a warning
    ("Treasury imposed sanctions on Venezuela. Treasury will continue to target corrupt Maduro insiders.",
     "target corrupt Maduro insiders", "threatened"),
    ("The EU will continue to sanction Russian officials who support the war.",
     "sanction Russian officials who support the war", "threatened"),
    # a draft package, a measure being prepared: proposed; 'prepared to impose' (ready to) stays a threat
    ("A draft sanctions package against Iran was circulated.", "A draft sanctions package against Iran", "considered"),
    ("New sanctions against Russia are being prepared, diplomats said.", "New sanctions against Russia", "considered"),
    ("The US is prepared to impose sanctions on Turkey.", "impose sanctions on Turkey", "considered"),  # S62
    # more parties added to a list in force, 'more' under their number (S5's 'added 12 more names'): extended
    ("The EU added 20 more people to its sanctions list on Belarus.",
     "added 20 more people to its sanctions list on Belarus", "extended"),
    ("The EU added more than 20 people to its sanctions list on Belarus.",
     "added more than 20 people to its sanctions list on Belarus", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", PLAIN_WORDS, ids=[t[-40:] for t, _, _ in PLAIN_WORDS])
def test_the_plain_words_of_each_status(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a measure raised as a topic ('raised the issue of') is discussed or asked about
# (docs/annotation.md: considered), in force or not; negated it is raised by no one, and another verb on the topic
# ('resolving the issue of') raises nothing. A measure someone says must cease is called on to end (S7), and one
# that ceased ended. Adapted from the tune half (batch 15, 17).
RAISED = [
    ("Caricom has raised the issue of sanctions against Venezuela and the view that more needs to be done.",
     "sanctions against Venezuela", "considered"),
    ("The minister raised the question of sanctions on Russia at the meeting.", "sanctions on Russia", "considered"),
    ("The EU imposed sanctions on Russia. Hungary raised the issue of the sanctions at the summit.",
     "the sanctions", "considered"),
    ("The EU imposed sanctions on Russia. Hungary raised the issue of the sanctions at the summit.",
     "imposed sanctions on Russia", "imposed"),
    ("The Mexican minister did not raise the issue of sanctions on Cuba.", "sanctions on Cuba", "other"),
    ("The minister says resolving the issue of US sanctions targeting officials in Ankara through dialogue is the "
     "priority.", "US sanctions", "imposed"),
    ("The US imposed sanctions on Nicaragua. Cuba and Venezuela have been subjected for years to “brutal sanctions” "
     "that he said must cease.", "brutal sanctions", "considered"),
    ("The US imposed sanctions on Iran in 2012. The sanctions ceased in 2016.", "The sanctions ceased", "lifted"),
]


@pytest.mark.parametrize("text, mention, status", RAISED, ids=[t[-40:] for t, _, _ in RAISED])
def test_a_measure_raised_as_a_topic_is_considered(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a list a party is added to is the adding (S3), a new measure whatever the list's 'the':
# the adding's own modality decides ('may be included': not yet decided), and a done adding stays in force.
# Adapted from the tune half (a Moldovan list).
LISTED_ON = [
    ("Moldova will impose sanctions on 25 people, Popescu said. Popescu did not name the individuals who may be "
     "included in the sanctions list.", "the sanctions list", "considered"),
    ("The EU sanctioned Russia. The people who were included in the sanctions list cannot travel.",
     "the sanctions list", "imposed"),
    ("The US sanctioned Russia. Ten more people were added to the sanctions list on Monday.",
     "added to the sanctions list", "extended"),
]

# (text, mention, status): withdrawing a measure, or a party from it, lifts it, as removing does; someone's
# expectation of it is a forecast (S6: considered); withdrawing a licence undoes a lifting.
WITHDRAWN = [
    ("The US lifted sanctions on Iranian officials. “I expect that other Iranian individuals and companies will be "
     "withdrawn from the sanctions list in the coming months,” Price said.", "withdrawn from the sanctions list",
     "considered"),
    ("The EU withdrew its sanctions on Belarus in 2016.", "withdrew its sanctions on Belarus", "lifted"),
    ("The US imposed sanctions on Iran in 2012. The sanctions ceased in 2016.", "imposed sanctions on Iran", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", WITHDRAWN, ids=[t[-40:] for t, _, _ in WITHDRAWN])
def test_a_withdrawn_measure_is_lifted(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


@pytest.mark.parametrize("text, mention, status", LISTED_ON, ids=[t[-40:] for t, _, _ in LISTED_ON])
def test_a_list_a_party_may_be_added_to_is_the_adding(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a state's future reported by a listed holder of another state's office is that holder's
# forecast (S6: considered); reported by its own office holder, or by a pronoun or a name the data does not list, it
# is the state's announcement (imposed). Adapted from the tune half (a Serbian report of US sanctions on NIS).
FORETOLD = [
    ("Vucic also said on December 13 that the U.S. would impose sanctions on NIS within days.",
     "impose sanctions on NIS", "considered"),
    ("Vucic said the US will impose sanctions on NIS next week.", "impose sanctions on NIS", "considered"),
    ("Secretary of State Antony Blinken added that the U.S. would impose visa restrictions on 116 people undermining "
     "democracy in Nicaragua.", "impose visa restrictions on 116 people undermining democracy in Nicaragua", "imposed"),
    ("He said the US would impose sanctions on NIS.", "impose sanctions on NIS", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", FORETOLD, ids=[t[-40:] for t, _, _ in FORETOLD])
def test_a_future_foretold_by_another_state_is_considered(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a member's promise not to block or veto a measure leaves it still to be adopted
# (considered); blocking it, refusing to join it, or 'could not block' ends nothing in that way (other). Adapted from
# the tune half (batch 19's Hungarian veto).
NOT_BLOCKED = [
    ("The EU is preparing new sanctions against Russia. Hungary’s Foreign Minister Péter Szijjártó has stated that "
     "Hungary would not block the 19th sanctions package.", "the 19th sanctions package", "considered"),
    ("Hungary will not veto new EU sanctions against Russia, Szijjarto said.", "new EU sanctions against Russia",
     "considered"),
    ("Hungary blocked new EU sanctions against Russia.", "new EU sanctions against Russia", "other"),
    ("Hungary has refused to join the sanctions against Russia.", "the sanctions against Russia", "other"),
    ("Hungary could not block the sanctions against Russia.", "the sanctions against Russia", "other"),
]


@pytest.mark.parametrize("text, mention, status", NOT_BLOCKED, ids=[t[-40:] for t, _, _ in NOT_BLOCKED])
def test_a_measure_a_member_will_not_block_is_still_considered(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a measure voted against is still being decided, or called to an end (S7: considered), in
# force or not; a vote in favour by the body that imposes it, or a vote against something else that names it, is
# left to the rest of the climb. Adapted from the tune half (batch 26's Slovak vote, a UN General Assembly vote).
VOTED_AGAINST = [
    ("At the UN General Assembly, 184 countries voted against the embargo on Cuba and two voted to keep it.",
     "the embargo on Cuba", "considered"),
    ("Fico said Slovakia will ask for a delay and, if refused, will vote against the sanctions package.",
     "the sanctions package", "considered"),
    ("The Security Council voted in favour of financial and travel sanctions on four Sudanese officials.",
     "financial and travel sanctions", "imposed"),
    ("The Security Council imposed an arms embargo on the country after Russia voted against the draft.",
     "imposed an arms embargo on the country", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", VOTED_AGAINST, ids=[t[-40:] for t, _, _ in VOTED_AGAINST])
def test_a_measure_voted_against_is_considered(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a decision a measure is only the topic of, still to be made, leaves it to be decided
# (considered); a decision made, or a decision to impose, is the measure decided. Adapted from the tune half (a Baltic
# minister on an EU decision, a US president on Syria's sanctions).
PENDING_DECISIONS = [
    ("It is also important for the leaders of the European Union to make a joint political decision on sanctions.",
     "sanctions", "considered"),
    ("The EU will make a decision on sanctions against Belarus next week.", "sanctions against Belarus", "considered"),
    ("OFAC said that it made the decision on Friday's sanctions after a review.", "Friday's sanctions", "imposed"),
    ("The EU welcomed the decision to impose sanctions on Belarus.", "impose sanctions on Belarus", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", PENDING_DECISIONS, ids=[t[-40:] for t, _, _ in PENDING_DECISIONS])
def test_a_decision_still_to_be_made_leaves_the_measure_considered(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a measure under the prepositions of time 'after' and 'following' happened before what the
# sentence tells, whatever a question or a negation above it asks (imposed); 'after' as the conjunction of a clause
# ('after the sanctions are lifted') is left to that clause. Adapted from the tune half (Serbia's NIS, Japan in 2014).
AFTER_THE_ACT = [
    ("Russia has requested urgent consultations regarding the situation following US sanctions on the Serbian oil "
     "industry.", "US sanctions on the Serbian oil industry", "imposed"),
    ("Suga answered a question about whether Japan would seek further dialogue with Russia after imposing sanctions.",
     "imposing sanctions", "imposed"),
    ("Trade will resume after the sanctions are lifted.", "the sanctions are lifted", "lifted"),
]


@pytest.mark.parametrize("text, mention, status", AFTER_THE_ACT, ids=[t[-40:] for t, _, _ in AFTER_THE_ACT])
def test_a_measure_after_which_something_happens_is_in_force(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a breach a modal of its own clause only supposes or allows did not happen (a hypothetical
# 'would violate' is not violated); a modal above it on another verb, or none, leaves the breach.
SUPPOSED_BREACHES = [
    ("The minister said no one should think that they can violate sanctions and use the country's name.",
     "violate sanctions", "other"),
    ("Officials were told that the cargo would violate US sanctions against Iran.", "violate US sanctions against Iran",
     "other"),
    ("The firm could face penalties for violating US sanctions on Iran.", "violating US sanctions on Iran", "violated"),
    ("The firm violated US sanctions on Iran last year.", "violated US sanctions on Iran", "violated"),
]


@pytest.mark.parametrize("text, mention, status", SUPPOSED_BREACHES)
def test_a_breach_a_modal_supposes_did_not_happen(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


_IN_FORCE_BEFORE = "The US imposed sanctions on Venezuelan officials in March. "


# (text, mention, status): sanctions as a kind named as the bearer of a quality ('the effectiveness of unilateral
# sanctions') are described generally; a party's measure in force judged so, or a clause that only describes, judges
# or refuses to recognise one under a negated verb, leaves it in force (S21); a negated verb that imposes or takes up
# a measure denies it, and so does a stance against measures taken 'by any countries'. A wish or call above a judgment
# of an existing measure does not make it proposed.
JUDGED = [
    ("Seoul will consult its allies to heighten the effectiveness of unilateral sanctions.", "unilateral sanctions",
     "other"),
    ("Iran questioned the legality of US sanctions on its oil sector.", "US sanctions", "imposed"),
    ("The US imposed sanctions on Iran's oil sector last week.", "imposed sanctions on Iran's oil sector", "imposed"),
    (_IN_FORCE_BEFORE + "Members proved divided over the effectiveness of the sanctions.", "the sanctions", "imposed"),
    (_IN_FORCE_BEFORE + "He said Venezuela does not recognize these sanctions because they break international law.",
     "these sanctions", "imposed"),
    (_IN_FORCE_BEFORE + "The spokesman did not specify the sanctions and did not name the officials.", "the sanctions",
     "imposed"),
    (_IN_FORCE_BEFORE + "Cambodia had not been told in advance about the sanctions, the spokesman said.",
     "the sanctions", "imposed"),
    (_IN_FORCE_BEFORE + "Mexico will not join the sanctions, the president said.", "the sanctions", "other"),
    ("The government does not recognise the unilateral sanctions taken by any countries against its banks.",
     "the unilateral sanctions", "other"),
    (_IN_FORCE_BEFORE + "Last month China opposed sanctions by the US and the EU on Chinese firms.", "sanctions",
     "imposed"),
    (_IN_FORCE_BEFORE + "Caracas said it opposes sanctions and called for dialogue.", "sanctions", "other"),
    # a wish or call above the judgment asks for the judgment, not for the measure
    ("\"We want to firmly reject the sanctions that the Treasury imposed on our deputies,\" the minister said.",
     "the sanctions", "imposed"),
    (_IN_FORCE_BEFORE + "Havana again asked the assembly to show its opposition to the trade embargo.",
     "the trade embargo", "imposed"),
    ("Activists want the government to freeze the assets of the generals.", "freeze the assets of the generals",
     "considered"),
]


@pytest.mark.parametrize("text, mention, status", JUDGED, ids=[f"{m}: {t[-40:]}" for t, m, _ in JUDGED])
def test_a_measure_judged_or_not_recognised_stays_in_force(nlp, text, mention, status):
    found = [s.status for s in find_sanctions(build_context(nlp(text))) if s.text == mention]
    assert found[-1:] == [status]


# (text, mention, status): a measure that holds a list of parties the clause's verb widens is extended with it (S5:
# parties added); a measure a verb of its own imposes beside a widened list is not.
WIDENED_LISTS = [
    ("The EU imposed sanctions on Russia in March. On Monday its ministers agreed to expand a list of people subject "
     "to sanctions for their roles in the crisis.", "sanctions", "extended"),
    ("The EU imposed sanctions on Russia in March. The measures are also to extend a list of dual-use items under an "
     "export embargo.", "an export embargo", "extended"),
    ("The EU imposed sanctions on Russia in March. On Monday it expanded its list of terrorist groups and imposed an "
     "arms embargo on Syria.", "imposed an arms embargo on Syria", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", WIDENED_LISTS)
def test_a_measure_whose_list_is_widened_is_extended(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a measure word no verb acts on takes the status of what it stands for: a particular
# measure its own phrase ties down (whom it hits by name or count, who imposes it, its imposing told in a relative
# clause, a party holding it, the announcement of it) is in force; sanctions as a kind, a class of parties, a topic or
# a policy are described generally (docs/annotation.md: imposed, in force; other, described generally).
_IN_FORCE = "The EU imposed sanctions on Russia in March. "
GENERAL = [
    (_IN_FORCE + '"We have sanctions because of the Minsk agreements," the minister said.', "sanctions", "imposed"),
    (_IN_FORCE + "The sanctions announcement came two days after the missile test.", "sanctions", "imposed"),
    (_IN_FORCE + "Most previous sanctions announcements cited corruption.", "sanctions", "imposed"),
    (_IN_FORCE + "The firms had been listed in sanctions by the U.S. Treasury before, the ministry said.", "sanctions",
     "imposed"),
    (_IN_FORCE + "The governor was told to levy another slate of sanctions against firms and officials linked to the "
     "junta in Niger.", "sanctions against firms and officials linked to the junta in Niger", "imposed"),
    (_IN_FORCE + "The Washington embassy informed Caracas of sanctions against four companies on Monday.",
     "sanctions against four companies", "imposed"),
    (_IN_FORCE + "Harare is seeking reparations from the United States for sanctions it imposed two decades ago.",
     "sanctions", "imposed"),
    (_IN_FORCE + "Guinea, also subjected to ECOWAS sanctions, is not mentioned in the statement.", "sanctions",
     "imposed"),
    (_IN_FORCE + "The agency said Pyongyang was wasting its energy on the hopeless sanctions racket against the DPRK.",
     "hopeless sanctions", "imposed"),
    # sanctions as a kind, a class of parties, a denial, a topic, a policy
    (_IN_FORCE + "But you are aware of our attitude to sanctions in general: we believe they are illegal.", "sanctions",
     "other"),
    (_IN_FORCE + "The ministry said the government's inclination for sanctions on other countries had become its "
     "approach.", "sanctions on other countries", "other"),
    (_IN_FORCE + '"There is no evidence of any emergence of sanctions from any country," the spokesman said.',
     "sanctions", "other"),
    (_IN_FORCE + '"You won\'t have sanctions because Russia has the veto," he said.', "sanctions", "other"),
    (_IN_FORCE + "He said the firms do not support unilateral sanction policies.", "sanction", "other"),
    (_IN_FORCE + "He said the country was concerned about the issue of sanctions.", "sanctions", "other"),
    (_IN_FORCE + '"Our position is that sanctions can only be decided by the UN," he said.', "sanctions", "other"),
    (_IN_FORCE + "Lukashenko supported the idea of uniting countries under sanctions.", "sanctions", "other"),
    (_IN_FORCE + "He called on Moscow to unite all those under sanctions.", "sanctions", "other"),
    # particular parties under a measure, a measure a party can keep, and a policy, issue or effort that stands for a
    # party's measures (S21), are in force
    (_IN_FORCE + "The minister said the EU's sanctions policy has failed.", "sanctions", "imposed"),
    (_IN_FORCE + "Moscow voiced its rejection of the odious EU sanctions policy.", "EU sanctions", "imposed"),
    (_IN_FORCE + "Everything we have seen regarding the sanctions issue has been arrogance, he said.", "sanctions",
     "imposed"),
    (_IN_FORCE + "Fifty countries are already under direct sanctions, he said.", "direct sanctions", "imposed"),
    (_IN_FORCE + "Promsvyazbank, a Russian bank under US sanctions since 2022, was named.", "US sanctions",
     "imposed"),
]


@pytest.mark.parametrize("text, mention, status", GENERAL, ids=[f"{m}: {t[45:85]}" for t, m, _ in GENERAL])
def test_a_general_mention_takes_the_status_of_what_it_stands_for(nlp, text, mention, status):
    found = [s.status for s in find_sanctions(build_context(nlp(text))) if s.text == mention and s.start > 45]
    assert found == [status]


# (text, mention, status): 'such' measures in a clause about one act or one judgment refer back to the measures named
# before and take their clause's status (S22, S21 when only judged); in a clause of what would or will happen, of
# whenever it happens, or of its possibility they are the kind (S22: other).
_NAMED_BEFORE = "The US imposed sanctions on three Iranian officials on Monday. "
SUCH = [
    (_NAMED_BEFORE + "Such measures, the spokesman said, are in breach of the UN Charter.", "Such measures", "imposed"),
    (_NAMED_BEFORE + "By imposing and implementing such sanctions, the US has ignored international law.",
     "such sanctions", "imposed"),
    (_NAMED_BEFORE + "It is the first time a sitting minister has been named under such measures.", "such measures",
     "imposed"),
    (_NAMED_BEFORE + "The move follows the passage of a law that makes such sanctions possible.", "such sanctions",
     "other"),
    (_NAMED_BEFORE + "Tehran says such embargos will even have positive effects in the long run.", "such embargos",
     "other"),
    (_NAMED_BEFORE + "The US should consider regional stability when implementing such measures, he said.",
     "such measures", "other"),
]


@pytest.mark.parametrize("text, mention, status", SUCH, ids=[f"{m}: {t[-40:]}" for t, m, _ in SUCH])
def test_such_measures_refer_back_unless_their_clause_speaks_of_the_kind(nlp, text, mention, status):
    found = [s.status for s in find_sanctions(build_context(nlp(text))) if s.text == mention]
    assert found == [status]


# (text, mention, status): S28, a question or a request for comment about a measure in force leaves it in force
# (imposed); a question whether to impose, or about a possible measure, is considered; a bare discussion of a new
# measure stays considered.
ASKED = [
    ("The minister declined to comment on the embargo against Cuba.", "the embargo against Cuba", "imposed"),
    ("Asked about the sanctions on Russian banks, the governor said the economy would cope.",
     "the sanctions on Russian banks", "imposed"),
    ("Niinisto said the current discussion about the timing of the sanctions hasn't harmed Finland's reputation.",
     "the sanctions", "imposed"),
    ("Reporters asked whether the EU would impose sanctions on Belarus.", "impose sanctions on Belarus", "considered"),
    ("He was asked about the possibility of new sanctions on Russia.", "new sanctions on Russia", "considered"),
    ("EU leaders discussed new sanctions on Russia.", "new sanctions on Russia", "considered"),
    ("Almendras made the statement when asked about sanctions that the Philippines may face after it filed its "
     "historic pleading against China's claims on the West Philippine Sea.", "sanctions", "considered"),
    # a 'whether' question whose clause only names a measure in force, through a preposition or as its subject
    ("The embassy would not comment on whether Cambodia had been in contact regarding the sanctions.",
     "the sanctions", "imposed"),
    ("The US imposed sanctions on Iran. Reporters asked whether the sanctions had hurt exports.", "the sanctions",
     "imposed"),
    ("The US imposed sanctions on Iran. It is unclear whether the sanctions will be effective.", "the sanctions",
     "imposed"),
    ("The EU imposed sanctions on Minsk. Ministers will decide whether to extend the sanctions.",
     "extend the sanctions", "considered"),
    ("The EU will decide whether to impose the sanctions next week.", "impose the sanctions", "considered"),
    ("The EU imposed sanctions on Minsk. Ministers asked whether the sanctions could be made tougher.",
     "the sanctions", "considered"),
    ("The EU drafted new sanctions on Minsk. Ministers will decide whether the new sanctions are needed.",
     "the new sanctions", "considered"),
]


@pytest.mark.parametrize("text, mention, status", ASKED, ids=[t[-40:] for t, _, _ in ASKED])
def test_a_question_about_a_measure_in_force_leaves_it_in_force(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): S29, parties added to a list are designated (imposed) unless the text says the list
# grows ('more', 'another', 'other').
LISTED = [
    ("Japan's government decided to add three organizations and four individuals to its list of sanctions.",
     "add three organizations and four individuals to its list of sanctions", "imposed"),
    ("South Korea added 15 North Koreans and 16 companies to its blacklist on Friday.",
     "added 15 North Koreans and 16 companies to its blacklist", "imposed"),
    ("The Treasury added several other companies to its blacklist on Friday.",
     "added several other companies to its blacklist", "extended"),
    ("The US added 19 more entities to its list of sanctions.", "added 19 more entities to its list of sanctions",
     "extended"),
]


@pytest.mark.parametrize("text, mention, status", LISTED, ids=[t[-40:] for t, _, _ in LISTED])
def test_parties_added_to_a_list_are_imposed_unless_it_grows(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): S30, a party's habit of sanctioning with no particular measure is other; a clause that
# names a particular target is the measures in force on it (imposed).
HABITS = [
    ("The minister said the US regime's addiction to imposition of sanctions is unlawful.",
     "imposition of sanctions", "other"),
    ("Officials say they have imposed sanctions on whatever exists.", "imposed sanctions on whatever exists", "other"),
    ("Washington's habit of sanctioning Iran has hurt trade.", "sanctioning Iran", "imposed"),
    ("The United States has imposed so many sanctions on Iran that nothing is left.",
     "imposed so many sanctions on Iran", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", HABITS, ids=[t[-40:] for t, _, _ in HABITS])
def test_a_party_s_habit_of_sanctioning_is_other(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status
