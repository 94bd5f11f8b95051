"""Whom a measure hits and who imposes it, where the words around it name a party that is neither: the country a
travel ban keeps people out of, the people's adjective of the imposer's list, a pronoun patient, a second party
designated beside the first, and whoever breaks a measure (findings/sanctions/article.py, targets.py, patients.py,
parties.py). Sentences written in the register of the news corpus's batch 29, not copied from it; each rule with
its negative case."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions
from quotelens.model import Entity


def found_in(nlp, text: str, people: tuple[Entity, ...] = ()) -> dict[str, tuple[str | None, set[str]]]:
    return {s.text: (s.authority, set(s.targets)) for s in find_sanctions(build_context(nlp(text)), (), people)}


def person(text: str, name: str) -> tuple[Entity, ...]:
    """The people stage's record of the one person a case names, as the pipeline hands it to the sanctions."""
    at = text.index(name)
    return (Entity(id="p1", type="person", name=name, mentions=((at, at + len(name)),)),)


# (text, mention, targets expected among the mention's, targets it must not have)
TARGETS = [
    # where a ban keeps people out is no target; the pronoun it bars is the person named before
    ("Latvia placed the businessman Igor Petrov on its sanctions list. As a result he is barred from entering Latvia.",
     "he is barred from entering Latvia", {"Igor Petrov"}, {"Latvia"}),
    # a people's adjective before a list says whose list it is, not whom it hits
    ("The Slovak government added three lawmakers to its sanctions list. The Slovak sanctions list now holds 40 names.",
     "The Slovak sanctions list", set(), {"Slovak"}),
    # a pronoun sanctioned is the person named just before
    ("The US Treasury sanctioned Jane Doe in March. She was sanctioned for corruption.", "She was sanctioned",
     {"Jane Doe"}, {"She"}),
    # a second party designated 'as' something of its own beside the first
    ("Bahrain welcomed the US decision to designate the Houthi group as a terrorist organisation and its leaders as "
     "terrorists.", "designate the Houthi group as a terrorist organisation and its leaders as terrorists",
     {"the Houthi group", "its leaders"}, {"a terrorist organisation and its leaders as terrorists"}),
]


@pytest.mark.parametrize("text, mention, expected, unexpected", TARGETS)
def test_a_party_around_the_measure_is_a_target_only_when_it_is_hit(nlp, text, mention, expected, unexpected):
    named = next((name for name in ("Igor Petrov", "Jane Doe") if name in text), None)
    found = found_in(nlp, text, person(text, named) if named else ())
    match = next((m for m in found if mention in m or m in mention), None)
    assert match is not None, found
    targets = found[match][1]
    assert expected <= targets and not unexpected & targets, targets


# (text, mention, authority it must not have, authority expected or None for any)
BREAKERS = [
    # whoever says they never broke a measure, or helps another break it, does not impose it
    ("“We have never violated sanctions and never will,” the Kazakh foreign minister said.", "violated sanctions",
     "Kazakhstan", None),
    ("Kyrgyz banks are accused of helping Moscow evade sanctions.", "evade sanctions", "Kyrgyzstan", None),
    # the measure's own words still name its imposer
    ("The US imposed sanctions on Rosneft in 2022. Rosneft violated US sanctions, the Treasury said.",
     "violated US sanctions", "Rosneft", "United States"),
]


@pytest.mark.parametrize("text, mention, not_authority, authority", BREAKERS)
def test_who_breaks_a_measure_does_not_impose_it(nlp, text, mention, not_authority, authority):
    found = found_in(nlp, text)
    assert mention in found, found
    assert found[mention][0] != not_authority
    assert authority is None or found[mention][0] == authority
