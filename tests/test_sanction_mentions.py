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
