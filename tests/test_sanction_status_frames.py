"""Session 29's status frames, each with its negative cases: a to-infinitive coordinated under a call shares the call,
a measure an act conforms to is in force, a measure that is the active subject of a modal verb is weighed (not called
for), and the parts a proposed package includes are proposed with it. Sentences written in the register of the news
corpus's tune half, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions
from status_stance_cases import STANCE_FRAMES


def statuses(nlp, text: str) -> dict[str, str]:
    return {s.text: s.status for s in find_sanctions(build_context(nlp(text)))}


# (text, mention, status): the second to-infinitive of a call is called for too (S7); a coordinated verb with a tense
# of its own keeps it.
COORDINATED_CALLS = [
    ("The group once again urged the world to lift sanctions on the new government and also to remove the travel "
     "restrictions of its officials.", "remove the travel restrictions of its officials", "considered"),
    ("The ministers asked Washington to ease the embargo on Cuba and to end the freeze on its assets.",
     "end the freeze on its assets", "considered"),
    ("The EU decided to impose sanctions on Russia and to freeze the assets of ten oligarchs.",
     "freeze the assets of ten oligarchs", "imposed"),
    ("Canada has imposed sanctions on Russia and will lift the ban on Belarus next year.",
     "lift the ban on Belarus", "lifted"),
]


# (text, mention, status): 'in line with', 'in accordance with', 'in compliance with' a measure take it as in force
# (S21); a call above a plain measure still calls for it.
CONFORMED_TO = [
    ("In line with European sanctions on Russia, Belgium has blocked billions in Russian transactions.",
     "European sanctions on Russia", "imposed"),
    ("The bank refused the payment in accordance with US sanctions on Iran.", "US sanctions on Iran", "imposed"),
    ("The port turned the tanker away in compliance with UN sanctions on North Korea.",
     "UN sanctions on North Korea", "imposed"),
    ("The opposition urged the government to impose sanctions on Russia.", "impose sanctions on Russia",
     "considered"),
]


# (text, mention, status): a modal on a verb whose active subject is the measure weighs what it may do (S21, S42);
# a modal on the measure's own verb, or on a verb that imposes it, still warns or proposes (S6, S7).
WEIGHED = [
    ("Sanctions against Dodik could slow Bosnia's progress towards membership in the European Union.",
     "Sanctions against Dodik", "imposed"),
    ("Unilateral US sanctions on Iran could harm Turkey, the chamber's head warned.", "Unilateral US sanctions on Iran",
     "imposed"),
    ("The EU said new sanctions could be imposed on Russia.", "new sanctions could be imposed on Russia",
     "threatened"),
    ("New sanctions could hit Russian banks next week.", "New sanctions", "threatened"),
]


# (text, mention, status): what a package still proposed includes is proposed with it (S1, S16); the parts of a
# package in force are imposed.
PROPOSED_PARTS = [
    ("The EU is considering a new sanctions package, which includes a ban on Russian LNG imports.",
     "a ban on Russian LNG imports", "considered"),
    ("Ministers discussed possible sanctions that include an asset freeze on 20 oligarchs.",
     "an asset freeze on 20 oligarchs", "considered"),
    ("The EU adopted a new sanctions package, which includes a ban on Russian LNG imports.",
     "a ban on Russian LNG imports", "imposed"),
]


# (text, mention, status): a modal measure on a condition is a warning (S6); without one, 'may' proposes.
CONDITIONAL_MODALS = [
    ("If Russia invades Ukraine, the UK may impose a series of sanctions against certain individuals.",
     "impose a series of sanctions against certain individuals", "threatened"),
    ("The UK may impose a series of sanctions against certain individuals.",
     "impose a series of sanctions against certain individuals", "considered"),
]


# (text, mention, status): a lifting someone supports or votes for is argued for, not done (S7); a lifting done is
# lifted whoever backs it.
BACKED_CHANGES = [
    ("Obama has supported ending the US embargo on Cuba and urged Congress to do so.", "ending the US embargo on Cuba",
     "considered"),
    ("Last year 188 member states voted in favour of ending the US embargo on Cuba.", "ending the US embargo on Cuba",
     "considered"),
    ("Jamaica supports the lifting of the US embargo on Cuba.", "the lifting of the US embargo on Cuba", "considered"),
    ("Washington eased the embargo on Cuba.", "eased the embargo on Cuba", "lifted"),
    ("The US lifted its sanctions on Syria. “The lifting of sanctions will greatly support Syria,” the minister said.",
     "The lifting of sanctions", "lifted"),
]


# (text, mention, status): a measure that ceases or is reduced is lifted; a measure that reduces something is not.
CEASED = [
    ("These include the reopening of land borders with Niger and the cessation of the freezing of all financial "
     "transactions between ECOWAS states and Niger.",
     "the cessation of the freezing of all financial transactions between ECOWAS states and Niger", "lifted"),
    ("The US government has delivered a letter that dramatically reduces the sanctions on the settlers.",
     "reduces the sanctions on the settlers", "lifted"),
    ("EU sanctions reduce Russia's oil revenues, the ministry said.", "EU sanctions", "imposed"),
]


# (text, mention, status): a clause on the measure that proposes or threatens it says so (S7, S6); not a clause that
# names it, one whose subject is the measure, nor one on a measure its own verb adopts.
CLAUSE_ON_MEASURE = [
    ("The sanctions that the EU is discussing would target Russian banks.", "The sanctions", "considered"),
    ("Sanctions proposed by the Commission would target Russian banks.", "Sanctions", "considered"),
    ("The sanctions Washington has threatened would hit Turkish banks.", "The sanctions", "threatened"),
    ("The sanctions, which he called illegal, have hurt Iran.", "The sanctions", "imposed"),
    ("The Council of the European Union approved a new sanction regime that allows the imposition of restrictions.",
     "a new sanction regime", "imposed"),
    ("Peru announced to adopt similar sanctions proposed by the Lima Group.", "adopt similar sanctions", "imposed"),
]


# (text, mention, status): 'in the event of' is a condition as 'if' is (S6: a warning); a verb 'result' the measure
# is the subject of presupposes nothing, where 'as a result of' does.
IN_THE_EVENT = [
    ("He said \"far-reaching\" economic sanctions would result in the event of a substantial escalation by Russia.",
     "far-reaching\" economic sanctions", "threatened"),
    ("The EU will impose sanctions on Russia in the event of an invasion.", "impose sanctions on Russia", "threatened"),
    ("The EU will impose sanctions on Russia on Monday.", "impose sanctions on Russia", "imposed"),
    ("Exports fell as a result of sanctions on Russia.", "sanctions on Russia", "imposed"),
]


# (text, mention, status): a measure denied is no measure (docs/annotation.md: negated, other; the batch 23 note on
# "no indication that ..."); a sign that it will come is not denied.
DENIED = [
    ("There has been no indication from any trading partner that sanctions will be imposed on the country.",
     "sanctions will be imposed on the country", "other"),
    ("There are signs from Brussels that sanctions will be imposed on the country.",
     "sanctions will be imposed on the country", "imposed"),]


# Every table above, each case named by its table: the mention's status is the table's.
FRAMES = {
    "coordinated_calls": COORDINATED_CALLS,
    "conformed_to": CONFORMED_TO,
    "weighed": WEIGHED,
    "proposed_parts": PROPOSED_PARTS,
    "conditional_modals": CONDITIONAL_MODALS,
    "backed_changes": BACKED_CHANGES,
    "ceased": CEASED,
    "clause_on_measure": CLAUSE_ON_MEASURE,
    "in_the_event": IN_THE_EVENT,
    "denied": DENIED,
    **STANCE_FRAMES,
}


@pytest.mark.parametrize("text, mention, status", [c for cases in FRAMES.values() for c in cases],
                         ids=[f"{name}: {c[1][:40]}" for name, cases in FRAMES.items() for c in cases])
def test_the_status_a_frame_gives(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# (text, mention, status): a bare 'sanctions' whose phrase names whom it hits, a target preposition after both
# conjuncts included, is the measure in force on it (S42); one on a class of parties is the kind (S30).
DESCRIBED_PARTIES = [
    ("Officials talked about the inclination for sanctions on other countries.", "sanctions on other countries",
     None),
    ("“The continuation of global pressure and sanctions on the new government of Afghanistan will increase the "
     "distance,” said Bilal Karimi.", "sanctions", "imposed"),
    ("The ministers discussed trade and sanctions in Brussels.", "sanctions", None),
]


@pytest.mark.parametrize("text, mention, status", DESCRIBED_PARTIES, ids=[m for _, m, _ in DESCRIBED_PARTIES])
def test_a_bare_measure_on_a_described_party_is_in_force(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention, None) in ((status,) if status else (None, "other"))
