"""Parties taken out of a list or a measure: the removal lifts it for them (docs/annotation.md S3, lifted), however the
parser hangs the 'from' phrase, whatever name the list has, and with 'off' for 'from'; negative cases: a list a party
is added to or kept off, a removal refused, and 'off' on a measure that takes nothing out of it. Sentences written in
the register of the news corpus's tune half, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def statuses(nlp, text: str) -> dict[str, str]:
    return {s.text: s.status for s in find_sanctions(build_context(nlp(text)))}


# (text, mention, status)
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
