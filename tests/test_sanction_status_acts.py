"""What a clause does to a measure beyond its own verb: parties taken out of a list (S3: lifted), an act denied (the
status values: other; S61), a breach the clause does not assert (a hypothetical violation is not violated). Each
mechanism with its negative cases. Sentences written in the register of the news corpus's tune half, not copied
from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def statuses(nlp, text: str) -> dict[str, str]:
    return {s.text: s.status for s in find_sanctions(build_context(nlp(text)))}


# Parties taken out of a list or a measure: the removal lifts it for them, however the parser hangs the 'from'
# phrase, whatever name the list has, and with 'off' for 'from'; not a list a party is added to or kept off, a
# removal refused, nor 'off' on a measure.
REMOVED = [
    # a 'from' the parser hangs on the last party the verb removes
    ("OFAC delisted the tycoon along with Alpha Trading Inc, Beta Holdings, Gamma Lines and tobacco company "
     "Tabacalera Sur from its Specially Designated Nationals list, according to a notice.",
     "its Specially Designated Nationals list", "lifted"),
    ("The Treasury removed two firms, along with their owner, from the sanctions list.",
     "removed two firms, along with their owner, from the sanctions list", "lifted"),
    # a list whose name holds 'of'
    ("The State Department removed Cuba from the State Sponsors of Terrorism List.", "Terrorism List", "lifted"),
    # 'off' a list
    ("The EU eased sanctions on Zimbabwe. The other officials taken off the sanctions list, albeit temporarily, are "
     "the agriculture minister and the army commander.", "taken off the sanctions list", "lifted"),
    ("The US revised its sanctions on Zimbabwe. Those off the list include the vice president.", "the list",
     "lifted"),
    ("The Treasury struck three banks off its sanctions list on Monday.", "its sanctions list", "lifted"),
    # negative cases: added, kept off, refused, and 'off' on a measure
    ("The EU added five officials to its sanctions list. Hungary wanted the oligarch kept off the list.", "the list",
     "imposed"),
    ("Washington refused to remove Cuba from the State Sponsors of Terrorism List.", "Terrorism List", "other"),
    ("The president shrugged off sanctions imposed by the US.", "sanctions imposed", "imposed"),
    ("The Treasury added the tycoon along with three of his firms to its sanctions list on Monday.",
     "its sanctions list", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", REMOVED, ids=[t[-40:] for t, _, _ in REMOVED])
def test_a_party_taken_out_of_a_list_lifts_it_for_them(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# A measure's act denied: the content of a denial, or of a showing by 'nothing', is negated whatever plan or tense
# it tells; not a denial negated, the mention's own verb 'deny' (a travel ban), a measure the denied content only
# names, nor a confirmation.
DENIED = [
    ("During a meeting with the vice president, the EU representative denied the EU is planning to impose "
     "sanctions on Suriname.", "impose sanctions on Suriname", "other"),
    ("Kazakhstan's trade ministry has denied banning the exports of goods to Russia.",
     "banning the exports of goods", "other"),
    ("Moscow denied that Kazakhstan had joined the sanctions.", "the sanctions", "other"),
    ("The four states imposed a blockade on Qatar in June. Hours before, nothing indicated that such a measure "
     "would be taken.", "such a measure", "other"),
    ("The EU lifted some sanctions last year. Nothing suggests that new sanctions will be imposed on Belarus.",
     "new sanctions will be imposed on Belarus", "other"),
    # negative cases
    ("The minister did not deny that the EU is planning to impose sanctions on Suriname.",
     "impose sanctions on Suriname", "imposed"),
    ("Kazakhstan's trade ministry has denied banning the exports of goods to Russia as part of Western sanctions.",
     "Western sanctions", "imposed"),
    ("The US denied visas to eleven officials.", "denied visas to eleven officials", "imposed"),
    ("The government said the EU is planning to impose sanctions on Suriname.", "impose sanctions on Suriname",
     "imposed"),
    ("The ministry confirmed banning the exports of goods to Russia.", "banning the exports of goods", "imposed"),
]


@pytest.mark.parametrize("text, mention, status", DENIED, ids=[t[-40:] for t, _, _ in DENIED])
def test_a_denied_act_is_negated(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status


# Breaches a clause does not say happened: left out by 'without' or only made possible by an ability, the measure
# named as in force is described (S21: imposed) and a bare one is the kind (other); supposed by a modal, other; not
# breaches that happened, nor a penalty a modal supposes for a breach.
UNASSERTED = [
    ("The package is aimed at further restricting Russia's ability to circumvent previous sanctions.",
     "circumvent previous sanctions", "imposed"),
    ("The licence permits the government to negotiate with Venezuela without breaching sanctions imposed by the "
     "United States government.", "breaching sanctions", "imposed"),
    ("Strict export controls ensure the inability to evade sanctions.", "evade sanctions", "other"),
    ("Traders sold the crude abroad without breaching sanctions.", "breaching sanctions", "other"),
    ("The fuel shipments would violate US sanctions.", "violate US sanctions", "other"),
    # negative cases: breaches that happened, a penalty supposed for a breach
    ("The company helped Russia evade sanctions.", "evade sanctions", "violated"),
    ("Iran has evaded the sanctions for years.", "evaded the sanctions", "violated"),
    ("Firms could face penalties for violating sanctions on Iran.", "violating sanctions on Iran", "violated"),
    ("Russia used its ability to hide oil sales to circumvent the sanctions.", "circumvent the sanctions", "violated"),
]


@pytest.mark.parametrize("text, mention, status", UNASSERTED, ids=[t[-40:] for t, _, _ in UNASSERTED])
def test_a_breach_the_clause_does_not_assert(nlp, text, mention, status):
    assert statuses(nlp, text).get(mention) == status
