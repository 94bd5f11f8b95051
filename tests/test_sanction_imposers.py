"""The imposing party a clause names through an act of its subject (findings/sanctions/subjects.py): a gerund or a
to-infinitive of the measure's own verb is the subject's act, whatever the subject suffers or faces for it; with the
negative cases where the subject is hit. Sentences written in the register of the news corpus, not copied from it."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> dict[str, tuple[str | None, set[str]]]:
    return {s.text: (s.authority, set(s.targets)) for s in find_sanctions(build_context(nlp(text)))}


# (text, mention, authority, a target it must have or None)
ACTS = [
    # the subject imposes; what it suffers or faces is the cost of doing so
    ("Greece, which has suffered from imposing sanctions on Russia, fears new repercussions.",
     "imposing sanctions on Russia", "Greece", "Russia"),
    ("Serbia faces growing pressure to impose sanctions on Russia, President Vucic said.",
     "impose sanctions on Russia", "Serbia", "Russia"),
    # the subject is hit: the measure is what it faces or evades, or a participle describes the measure
    ("Iran has suffered from sanctions imposed by the United States.", "sanctions imposed", "United States", None),
    ("Tokyo said North Korea is feeling the pain from increasing international sanctions.",
     "increasing international sanctions", None, "North Korea"),
    ("Iran is struggling to evade sanctions.", "evade sanctions", None, "Iran"),
]


@pytest.mark.parametrize("text, mention, authority, target", ACTS, ids=[case[0][:48] for case in ACTS])
def test_an_imposing_act_of_the_subject_is_its_own(nlp, text, mention, authority, target):
    findings = found(nlp, text)
    assert mention in findings, findings
    assert findings[mention][0] == authority, findings[mention]
    assert target is None or target in findings[mention][1], findings[mention]
