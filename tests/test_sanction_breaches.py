"""Breaches a clause does not say happened (docs/annotation.md: a hypothetical violation is not violated): left out
by 'without' or only made possible by an ability, the measure named as in force is described (S21: imposed) and a
bare one is the kind (other); supposed by a modal or forbidden, other. Negative cases: breaches that happened, and a
penalty a modal supposes for a breach. Sentences written in the register of the news corpus's tune half, not copied
from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def statuses(nlp, text: str) -> dict[str, str]:
    return {s.text: s.status for s in find_sanctions(build_context(nlp(text)))}


# (text, mention, status)
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
