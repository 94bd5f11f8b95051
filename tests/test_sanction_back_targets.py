"""A back-reference keeps the target of the measure it stands for (docs/annotation.md S13, S26: never the last
country named), and a denial of entry or of a visa hits the party it is withheld from (S72). Sentences written in
the register of the news corpus, not copied from it; negative cases included."""

from __future__ import annotations

import pytest

from quotelens.context import build_context
from quotelens.findings.sanctions.sanctions import find_sanctions


def found(nlp, text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {s.text: (s.authority, s.targets) for s in find_sanctions(build_context(nlp(text)))}


# (text, mention, (authority, targets)): a member state of the bloc that imposes the measure, named in the
# back-reference's sentence or hit in its clause, is not what the measure hits, and does not keep it from the
# target of the measure it stands for (blocs.py, discourse.py)
BLOC_MEMBERS = [
    ("Germany's chancellor welcomed the EU's new sanctions on Iran. Speaking in Berlin, she said sanctions from the "
     "European Union would not harm Germany, and that the measures were overdue.",
     "the measures", ("European Union", ("Iran",))),
    ("The EU agreed new sanctions against Russia on Thursday. Officials in Helsinki said the European Union sanctions "
     "would hit Finland's exports hardest.",
     "the European Union sanctions", ("European Union", ("Russia",))),
    ("The EU extended its sanctions on Russia for six months. Finland's president said the sanctions were no "
     "surprise for Finland.",
     "the sanctions", ("European Union", ("Russia",))),
    # not a bloc's measure: the other country its own clause names is still whom it hits
    ("The United States imposed sanctions on Iran in 2018. Officials in Baghdad said the US sanctions also hurt "
     "Iraq.",
     "the US sanctions", ("United States", ("Iran",))),
]

# (text, mention, targets): the party a verb of denial withholds entry or a visa from (entry_parties.py)
DENIED_ENTRY = [
    ("Britain could refuse Ncube entry under a sanctions law that targets human rights violators.",
     "refuse Ncube entry under a sanctions law that targets human rights violators", ("Ncube",)),
    ("The US will disallow Venezuelan government officials entry into the country.",
     "disallow Venezuelan government officials entry into the country", ("Venezuelan government officials",)),
    ("Washington will deny U.S. visas to officials on the list.", "deny U.S. visas", ("officials on the list",)),
    # the passive: its subject is whom it is withheld from
    ("China imposed sanctions on Lockheed Martin on Friday. The company's senior executives will be denied visas and "
     "entry into China, the ministry said.",
     "denied visas and entry into China", ("The company's senior executives",)),
    ("Britain sanctioned three Russian judges on Friday. The judges were barred entry to the country.",
     "barred entry to the country", ("The judges",)),
    # a preposition naming them, as before
    ("Kenya denied entry to the activists on Monday.", "denied entry to the activists on Monday", ("the activists",)),
    ("The US could deny visas to the judges, the State Department said.", "deny visas to the judges",
     ("the judges",)),
]

# (text, mention, targets): whose the visa is or where it admits to is no party it is withheld from
NOT_DENIED = [
    ("Washington said it would deny U.S. visas.", "deny U.S. visas", ()),
    ("Canada denied him a visa last year.", "denied him a visa", ()),  # a pronoun the article does not resolve
]


@pytest.mark.parametrize("text, mention, expected", BLOC_MEMBERS)
def test_bloc_member_is_no_target_of_its_measure(nlp, text, mention, expected):
    assert found(nlp, text)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", DENIED_ENTRY)
def test_denied_entry_hits_whom_it_is_withheld_from(nlp, text, mention, expected):
    assert found(nlp, text)[mention][1] == expected


@pytest.mark.parametrize("text, mention, expected", NOT_DENIED)
def test_no_party_named(nlp, text, mention, expected):
    assert found(nlp, text)[mention][1] == expected
