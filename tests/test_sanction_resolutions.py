"""Breaches of UN Security Council resolutions (docs/annotation.md S14, findings/sanctions/resolutions.py): conduct
that breaches resolutions imposing measures on a state is a `violated` mention of the Council's measures on that
state, 'would violate' included (the seed's reading); a resolution that imposes nothing, or a claim that someone's
own sanctions break a resolution, is none. Sentences written in the register of the news corpus, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return [(s.text, s.status, s.authority, s.targets) for s in find_sanctions(build_context(nlp(text)))]


# (text, mention): the state under the Council's measures is the target, named as a state, an adjective or before
BREACHES = [
    ("Chinese firms are cooperating with North Korea on programs that would violate UN Security Council resolutions, "
     "the Treasury said.", ("violate UN Security Council resolutions", "violated", "UN Security Council",
                            ("North Korea",))),
    ("North Korea's missile launches violate UN Security Council resolutions, Japan said.",
     ("violate UN Security Council resolutions", "violated", "UN Security Council", ("North Korea",))),
    ("The tankers moved oil to North Korean ships in violation of the UN Security Council resolutions.",
     ("violation of the UN Security Council resolutions", "violated", "UN Security Council", ("North Korea",))),
    ("Britain said Tehran had supplied drones to Moscow. The transfers breach UN Security Council resolutions, it said.",
     ("breach UN Security Council resolutions", "violated", "UN Security Council", ("Iran",))),
]


@pytest.mark.parametrize("text, mention", BREACHES, ids=[c[0][:48] for c in BREACHES])
def test_a_breach_of_resolutions_imposing_measures_is_a_violated_mention(nlp, text, mention):
    assert mention in found(nlp, text)


@pytest.mark.parametrize("text", [
    # resolutions that impose no measure on anyone
    "Israel's settlement activity is a flagrant violation of UN Security Council resolutions, Jordan said.",
    "Russia's annexation of Crimea breaches UN Security Council resolutions, the minister said.",
    # a claim that a party's own sanctions break a resolution
    "Iran says the US sanctions violate UN Security Council resolution 2231.",
    "“The recent sanction is considered another blatant violation of the UN Security Council Resolution 2231,” the "
    "spokesman said.",
])
def test_a_resolution_imposing_nothing_or_a_measure_said_to_break_one_is_no_breach(nlp, text):
    assert not [m for m in found(nlp, text) if "esolution" in m[0]]
