"""The state a well-known holder of national office serves (data/leaders.json), for an office the article gives them
without naming a body: "Foreign Minister Nanaia Mahuta said ..." is New Zealand's though no sentence says so.

The nearest country in the sentence is the fallback otherwise, and it is often the country the holder speaks of
or meets ("Prime Minister Shinzo Abe ... said North Korea is feeling the pain"); who a head of state or foreign
minister serves does not depend on the article, so it comes first. Full names only (two words, or a name with a
regnal number): a surname alone may be anyone's.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from quotelens.findings.people.heads import state_named_alone
from quotelens.findings.people.holder_names import as_listed, initials_and_surname, same_holder, written_with_initials
from quotelens.findings.people.jurisdictions import REGIONAL_OFFICES
from quotelens.findings.people.name_keys import NameKey, name_key
from quotelens.findings.people.roles import ROLES
from quotelens.findings.states import country_names
from quotelens.language.vocabulary import word_list

# Words of a state department's or chamber's generic name ("Foreign Ministry", "Treasury", "the Presidency", "the
# House", "Parliament"): a body every state has, so that for a listed holder the state says more than the department
# (docs/annotation.md S9 names a state's department by its state; the gold of a listed speaker is the state).
_CHAMBERS = frozenset({"house", "parliament", "congress", "senate", "assembly"})
_DEPARTMENT_HEADS = frozenset({"ministry", "treasury", "presidency", "government", "department"}) | _CHAMBERS
_DEPARTMENT_WORDS = _DEPARTMENT_HEADS | {"office", "of", "the", "national"}

# Offices whose body is a chamber, court, party, region or city, never simply the state the holder serves.
_OTHER_BODIES = (frozenset(word_list("leaders", "bodies_not_state")) | frozenset(ROLES.judicial_offices)
                 | REGIONAL_OFFICES)


@cache
def _by_first_word() -> dict[str, tuple[tuple[NameKey, str], ...]]:
    """The listed names by their first word (in one spelling of its transliterations), each with its state: a name
    is compared only with those sharing it."""
    found: dict[str, list[tuple[NameKey, str]]] = {}
    for state, names in word_list("leaders", "holders").items():
        for name in names:
            key = as_listed(name_key(name))
            found.setdefault(key.first, []).append((key, state))
    return {first: tuple(entries) for first, entries in found.items()}


@cache
def _by_initials() -> dict[tuple[str, ...], str | None]:
    """The listed names as initials and surname, each with its state; None where listed holders of two states share
    them: initials that may be either name neither."""
    found: dict[tuple[str, ...], str | None] = {}
    for state, names in word_list("leaders", "holders").items():
        for name in names:
            if (initialled := initials_and_surname(name)) is not None:
                found[initialled] = state if found.get(initialled, state) == state else None
    return found


def _listed_full_names() -> frozenset[tuple[str, ...]]:
    """Every listed holder's and head's full name (two words or more), as key words in the list's spellings."""
    names = [name for listed in word_list("leaders", "holders").values() for name in listed]
    names += [term[0] for terms in word_list("leaders", "heads").values() for term in terms]
    keys = (as_listed(name_key(name)) for name in names)
    return frozenset(key.words for key in keys if len(key.words) >= 2)


# Built once at import: a first article naming a full name would otherwise pay for all of them.
_LISTED_FULL_NAMES = _listed_full_names()


# The first two words of every listed full name: "to lam", which the tagger reads as a preposition and a name.
_LISTED_OPENINGS = frozenset(words[:2] for words in _LISTED_FULL_NAMES)


def opens_a_listed_name(first: str, second: str) -> bool:
    """Whether two words (as key words: lower-case, accents folded) open a listed holder's full name, so that the
    first is a name's word whatever its part of speech ("To Lam", Vietnam's leader)."""
    return (first, second) in _LISTED_OPENINGS


def names_a_listed_holder(key: NameKey) -> bool:
    """Whether a full name is that of a listed holder of national office: a reader knows it names a person though
    spaCy tagged it as nothing or as a body ("Linas Linkevicius", "Moon Jae-in")."""
    return len(key.words) >= 2 and not key.suffix and as_listed(key).words in _LISTED_FULL_NAMES


def state_served(names: Iterable[str]) -> str | None:
    """The state of the listed holder of national office any of ``names`` (a person's written forms) names."""
    for name in names:
        key = name_key(name)
        if (initialled := written_with_initials(name)) is not None and (state := _by_initials().get(initialled)):
            return state  # "S. Jaishankar": the initials begin a listed holder's given names
        if len(key.words) < 2 and not key.suffix:
            # "Abe", "Sabah": a single word names no one in particular, unless the news names a head by it alone
            if state := state_named_alone(key):
                return state
            continue
        for listed, state in _by_first_word().get(as_listed(key).first, ()):
            if same_holder(listed, key):
                return state
    return None


def serves_the_state(head: str) -> bool:
    """Whether an office with this title head is held for the state as a whole, so that a listed holder's state is
    its organisation: a minister's, a president's, a spokesman's or a general's, not a senator's, judge's or mayor's."""
    return head not in _OTHER_BODIES and head.split()[-1] not in _OTHER_BODIES


def names_a_department(organization: str) -> bool:
    """Whether an organisation is only a state department's generic name: "Treasury", "Foreign Ministry", "the
    Presidency"; not "Financial Analysis Unit", nor one its state's name makes whole ("Chinese Foreign Ministry",
    the fuller name an annotator keeps)."""
    words = organization.lower().replace("’", "'").split()
    return bool(_DEPARTMENT_HEADS & set(words) | set(words) & ROLES.portfolio_words) and all(
        word in _DEPARTMENT_WORDS or word in ROLES.portfolio_words for word in words)


# The short names a foreign ministry goes by in the news the world over (the Philippines' and Ireland's DFA, India's
# MEA, Taiwan's and Japan's MOFA, Pakistan's FO).
_FOREIGN_MINISTRIES = frozenset({"mofa", "mfa", "dfa", "mea", "fo"})


def names_a_foreign_ministry(organization: str) -> bool:
    """Whether an organisation is a foreign ministry's short name alone: "MOFA", "the DFA"."""
    return organization.lower().removeprefix("the ").strip() in _FOREIGN_MINISTRIES


def department_of_state(organization: str) -> str | None:
    """The state whose department every state has an organisation names with the state's name before it: "U.S.
    Treasury" → United States, "Russia's Foreign Ministry" → Russia; None for any other name."""
    words = [word for word in organization.lower().replace("’", "'").replace("'s ", " ").split() if word != "the"]
    for size in (3, 2, 1):
        state = country_names().get(" ".join(words[:size]))
        if state and len(words) > size:
            return state if names_a_department(" ".join(words[size:])) else None
    return None
