"""The readings docs/annotation.md settled in session 29 (S66-S74), each rule with its negative cases. Sentences
written in the register of the news corpus's tune half, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.people.people import find_people
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> dict[str, tuple[str, str, str | None, tuple[str, ...]]]:
    return {s.text: (s.measure, s.status, s.authority, s.targets) for s in find_sanctions(build_context(nlp(text)))}


# S66: a list of parties subject to a measure, told of by a verb, is a designation mention with its verb's status;
# the measure after 'subject to' takes the list's status, authority and targets.
@pytest.mark.parametrize("text, mention, status, target", [
    ("The EU imposed new sanctions on Russia. EU foreign ministers agreed to expand a list of people subject to "
     "sanctions for their roles in the crisis.", "expand a list of people", "extended", "people"),
    ("The United States has added the Georgian branch of another Russian bank to a list of companies subjected to "
     "U.S. sanctions.", "added the Georgian branch of another Russian bank to a list of companies", "extended",
     "the Georgian branch of another Russian bank"),
    ("The US imposed sanctions on Iran. The Treasury published a list of banks subject to sanctions.",
     "published a list of banks", "imposed", "banks"),
    ("The EU extended its sanctions on Russia. The list of individuals and entities subject to these measures is "
     "reviewed every six months, the Council said.", "The list of individuals and entities", "imposed", "individuals"),
])
def test_a_list_of_parties_subject_to_a_measure_is_a_designation(nlp, text, mention, status, target):
    measure, found_status, _, targets = found(nlp, text)[mention]
    assert (measure, found_status) == ("designation", status) and target in targets


def test_the_measure_after_subject_to_takes_the_lists_readings(nlp):
    mentions = found(nlp, "The United States has added the Georgian branch of another Russian bank to a list of "
                          "companies subjected to U.S. sanctions.")
    assert mentions["U.S. sanctions"][1:] == mentions[
        "added the Georgian branch of another Russian bank to a list of companies"][1:]


@pytest.mark.parametrize("text", [
    # no list: the parties subject to a measure are parties (S2), the measure its own mention
    "The US imposed sanctions on Iran. Officials subject to sanctions cannot travel to the US.",
    # a list no verb tells of
    "The US imposed sanctions on Iran. Analysts at the list of banks subject to sanctions were surprised.",
])
def test_no_list_mention_without_a_list_a_verb_tells_of(nlp, text):
    assert not any(measure == "designation" for measure, *_ in found(nlp, text).values())


# S67: a measure a party tried to impose, widen or lift is considered; an effort under way ('are trying to
# impose') keeps what the other rules read, and a verb of trying above another verb decides nothing.
@pytest.mark.parametrize("text, mention, status", [
    ("The EU imposed sanctions on Russia. The EU tried to put the patriarch on its sanctions list, but Hungary "
     "vetoed it.", "put the patriarch on its sanctions list", "considered"),
    ("The EU imposed sanctions on Russia. Brussels tried to impose an oil embargo on Moscow last year.",
     "impose an oil embargo on Moscow", "considered"),
    ("The US imposed visa sanctions on Bangladesh in May. Why are they trying to impose visa sanctions on us, the "
     "minister asked.", "impose visa sanctions on us", "imposed"),
    ("The US imposed sanctions on Venezuela. Washington now tries to hide its responsibility by announcing illegal "
     "measures against former officials.", "announcing illegal measures against former officials", "imposed"),
    ("The EU imposed sanctions on Russia. Russia is trying to evade the sanctions through third countries.",
     "evade the sanctions", "violated"),
])
def test_an_attempt_is_considered(nlp, text, mention, status):
    assert found(nlp, text)[mention][1] == status


# S68: keeping to measures in force leaves them imposed, the imposer's.
@pytest.mark.parametrize("text, mention, authority", [
    ("Austria continues to support the EU sanctions regime against Russia.",
     "the EU sanctions regime against Russia", "European Union"),
    ("Pakistan will fully abide by UN sanctions on the Taliban.", "UN sanctions on the Taliban", "UN Security Council"),
    ("Kyrgyzstan adheres to the sanctions imposed on Russia by European countries.",
     "the sanctions imposed on Russia", "European Union"),
])
def test_keeping_to_measures_in_force_leaves_them_imposed(nlp, text, mention, authority):
    assert found(nlp, text)[mention][1:3] == ("imposed", authority)


# S70: economic, financial and trade sanctions are `sanctions`; a trade embargo stays an embargo.
@pytest.mark.parametrize("text, mention, measure", [
    ("The United States imposed trade sanctions on Iran in 1995.", "imposed trade sanctions on Iran", "sanctions"),
    ("Washington threatened unprecedented trade sanctions against New Zealand.",
     "unprecedented trade sanctions against New Zealand", "sanctions"),
    ("The EU imposed financial sanctions on five Russian banks.",
     "imposed financial sanctions on five Russian banks", "sanctions"),
    ("The US has kept a trade embargo on Cuba since 1962.", "a trade embargo on Cuba", "embargo"),
])
def test_the_field_of_sanctions_is_no_other_measure(nlp, text, mention, measure):
    assert found(nlp, text)[mention][0] == measure


# S71: 'the ban', 'the restrictions' refer back to the measure; 'the action', 'the move', 'the policy' name the act.
@pytest.mark.parametrize("text, mention, measure", [
    ("The EU banned imports of Russian coal. The ban will take effect in August.", "The ban", "trade_ban"),
    ("Washington imposed visa restrictions on Ugandan officials. The restrictions apply to their families too.",
     "The restrictions", "travel_ban"),
])
def test_a_back_reference_by_a_measure_noun_is_a_mention(nlp, text, mention, measure):
    assert found(nlp, text)[mention][0] == measure


@pytest.mark.parametrize("text, word", [
    ("The US Treasury imposed sanctions on Nicaraguan officials. \u201cThis action targets those who are repressing "
     "Nicaraguans,\u201d the Treasury said.", "action"),
    ("The US imposed sanctions on Rosneft on Monday. The move is aimed at cutting Moscow's oil revenue.", "move"),
    ("The EU banned imports of Russian coal. The policy has hurt European industry.", "policy"),
    ("The EU imposed sanctions on Iran. The decision was taken unanimously.", "decision"),
    ("The UK sanctioned five Russian banks. The step targets the Kremlin's war chest, the minister said.", "step"),
])
def test_the_act_named_is_no_mention(nlp, text, word):
    assert not any(word in mention.lower() for mention in found(nlp, text))


# S72: parties barred from entry, as a participle or a relative clause, are an entry ban's targets.
@pytest.mark.parametrize("text, mention", [
    ("Moscow imposed sanctions on 50 Canadians on Friday. Additional officials barred from entry include the "
     "governor of Alberta.", "Additional officials barred from entry"),
    ("Lithuania imposed sanctions on Georgian officials. There are now 60 individuals who are banned from entering "
     "the country.", "who are banned from entering the country"),
    ("Moscow published a list of individuals barred from entry to Russia.", "individuals barred from entry to Russia"),
])
def test_parties_barred_from_entry_are_a_travel_ban(nlp, text, mention):
    assert found(nlp, text)[mention][0] == "travel_ban"


def test_barred_from_another_thing_is_no_travel_ban(nlp):
    text = "Moscow imposed sanctions on 50 Canadians. Athletes barred from competing include two skaters."
    assert not any(measure == "travel_ban" for measure, *_ in found(nlp, text).values())


# S74: a country in the article's own form.
@pytest.mark.parametrize("text, mention, authority", [
    ("The government of Czechia imposed sanctions on ten Russian officials.",
     "imposed sanctions on ten Russian officials", "Czechia"),
    ("The Czech Republic imposed sanctions on Russian oligarchs.", "imposed sanctions on Russian oligarchs",
     "Czech Republic"),
    ("T\u00fcrkiye has refused to join Western sanctions on Russia.", "Western sanctions on Russia", "T\u00fcrkiye"),
    ("Turkey has refused to join Western sanctions on Russia.", "Western sanctions on Russia", "Turkey"),
])
def test_a_country_is_written_as_the_article_writes_it(nlp, text, mention, authority):
    assert found(nlp, text)[mention][2] == authority


@pytest.mark.parametrize("text, organization", [
    ("T\u00fcrkiye's Foreign Minister Mevlut Kemal spoke on Monday.", "T\u00fcrkiye"),
    # a demonym or the leaders' list gives the other name: the article's own is written
    ("Czech Foreign Minister Jan Lipavsky said Czechia would support new sanctions.", "Czechia"),
    ("T\u00fcrkiye's Foreign Minister Hakan Fidan spoke on Monday.", "T\u00fcrkiye"),
    # the form the article writes stays
    ("Czech Foreign Minister Jan Lipavsky spoke in Prague.", "Czech Republic"),
    ("Turkish Foreign Minister Hakan Fidan met officials in T\u00fcrkiye on Monday and in Turkey on Tuesday.",
     "Turkey"),
])
def test_an_organisation_keeps_the_articles_form(nlp, text, organization):
    assert [p.organization for p in find_people(build_context(nlp(text)))] == [organization]


def test_an_authority_from_a_demonym_keeps_the_articles_form(nlp):
    text = "Czech authorities froze the assets of a Russian oligarch, Czechia's foreign ministry said."
    assert found(nlp, text)["froze the assets of a Russian oligarch"][2] == "Czechia"


# S73: Alhaji and Engr. are not part of a name; Mr. and Dr. were never.
@pytest.mark.parametrize("text, name", [
    ("Alhaji Yusuf Ahmed, the chairman of the council, addressed reporters.", "Yusuf Ahmed"),
    ("Engr. Musa Bello, the Minister of Works, inspected the road.", "Musa Bello"),
    ("Health Minister Dr. Ifereimi Waqainabete said the ministry was ready.", "Ifereimi Waqainabete"),
    # a name that only looks like an honorific stays whole
    ("Opposition leader Alhassan Suhuyini spoke in Accra.", "Alhassan Suhuyini"),
])
def test_honorifics_are_not_part_of_a_name(nlp, text, name):
    assert name in [p.name for p in find_people(build_context(nlp(text)))]


# S73: a Gulf ruling family's 'Sheikh' is part of the name as written; a cleric's before a full name is not.
@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan received the delegation.",
     "Sheikh Abdullah bin Zayed Al Nahyan"),
    ("Sheikh Mohammed bin Rashid Al Maktoum, the ruler of Dubai, opened the summit.",
     "Sheikh Mohammed bin Rashid Al Maktoum"),
    ("Bahrain's Foreign Minister Shaikh Khalid bin Ahmed Al Khalifa spoke.", "Shaikh Khalid bin Ahmed Al Khalifa"),
    ("Prime Minister Sheikh Hasina said the country would not bow to pressure.", "Sheikh Hasina"),
    ("Hezbollah deputy leader Sheikh Naim Qassem said the group would respond.", "Naim Qassem"),
])
def test_a_ruling_familys_sheikh_stays_in_the_name(nlp, text, name):
    assert name in [p.name for p in find_people(build_context(nlp(text)))]
