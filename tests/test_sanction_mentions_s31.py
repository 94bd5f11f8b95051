"""Measures named without the word 'sanction' that session 31 reads: licences a sanctions office issues, property a
causative 'have' holds frozen or blocked, 'asset freezes' the parser split from a verb-less clause, and people a
state bans outright. Each mechanism with its negative cases; sentences written in the register of the news corpus,
not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.measure, s.status) for s in find_sanctions(build_context(nlp(text)))]


# (text, (mention, status)): a licence its modifiers or its 'from' say an office that licenses only under sanctions
# issues; granted lifts, revoked re-imposes (docs/annotation.md, batches 17 and 24).
LICENCES = [
    ("The United States imposed sanctions on Venezuela's oil sector in 2019. Trinidad and Tobago received an OFAC "
     "license to extract gas from the Dragon field in January 2023.", ("an OFAC license", "lifted")),
    ("The US sanctions on Venezuela remain in force. The Department of the Treasury has granted the OFAC licence "
     "that was applied for by this government.", ("the OFAC licence", "lifted")),
    ("The US imposed sanctions on Venezuela in 2019. Trinidad has been granted an Office of Foreign Assets Control "
     "(OFAC) licence by the US Department of the Treasury.",
     ("an Office of Foreign Assets Control (OFAC) licence", "lifted")),
    ("The US imposed sanctions on Venezuela in 2019. The chief secretary responds to the revocation of the OFAC "
     "licenses, calling it unfortunate.", ("the revocation of the OFAC licenses", "imposed")),
    ("Britain imposed sanctions on the Russian bank in March. The charity applied for a licence from OFSI to pay "
     "its staff in London.", ("a licence", "considered")),
]


@pytest.mark.parametrize("text, mention", LICENCES, ids=[case[1][0] for case in LICENCES])
def test_a_licence_a_sanctions_office_issues_is_a_lifting(nlp, text, mention):
    assert (mention[0], "sanctions", mention[1]) in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The US imposed sanctions on Venezuela in 2019. The station's broadcasting licence was revoked by the regulator.",
    "The US imposed sanctions on Venezuela in 2019. The company renewed its fishing licence for another year.",
    "The US imposed sanctions on Venezuela in 2019. He lost his driving license after the crash.",
])
def test_a_licence_no_sanctions_office_issues_is_none(nlp, text):
    assert not any("licen" in mention for mention, _, _ in found(nlp, text))
