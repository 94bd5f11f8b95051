"""A measure's act denied: the content of a denial, or of a showing by 'nothing', is negated (docs/annotation.md's
status values: other; S61), whatever plan or tense it tells. Negative cases: a denial negated, the mention's own verb
'deny' (a travel ban), a measure the denied content only names, a confirmation. Sentences written in the register of
the news corpus's tune half, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def statuses(nlp, text: str) -> dict[str, str]:
    return {s.text: s.status for s in find_sanctions(build_context(nlp(text)))}


# (text, mention, status)
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
