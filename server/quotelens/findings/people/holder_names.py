"""How a written name is compared with a listed holder's (data/leaders.json): the news spells a given name in
several transliterations ("Mohamed VI" for "Mohammed VI", "Sergey" for "Sergei"), and the list keeps one.

A second surname or a dynasty's name the news adds ("Nicolas Maduro Moros") is listed with the holder, not matched
by rule: "Nicolas Maduro Guerra" is his son. The news shortens a long listed name two ways, matched by rule: it drops
the given names before a compound surname ("Pena Nieto" for "Enrique Pena Nieto", "Lula da Silva" for "Luiz Inacio
Lula da Silva"), and an Iberian name's married or second surname after its particle ("Cristina Fernandez" for
"Cristina Fernandez de Kirchner"). The words kept must be two or more: one alone names no one in particular."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from quotelens.findings.people.name_keys import NameKey, name_words, same_name
from quotelens.findings.people.roles import ROLES
from quotelens.language.vocabulary import word_list

# The particles an Iberian surname is joined by ("de Kirchner", "y Gasset"): what follows one may be dropped.
_IBERIAN_PARTICLES = frozenset({"de", "del", "da", "dos", "das", "y"})


@cache
def _given_forms() -> dict[str, str]:
    """Each transliteration of a given name (folded, lower-case), to its group's first form."""
    return {form: forms[0] for forms in word_list("leaders", "given_name_forms") for form in forms}


def as_listed(key: NameKey) -> NameKey:
    """A full name's key with its given name in one spelling of its group: "mohamed" and "muhammad" are both
    "mohammed". A one-word name is left alone: alone, a given name names no one."""
    first = _given_forms().get(key.first)
    return replace(key, words=(first, *key.words[1:])) if first and len(key.words) >= 2 else key


def same_holder(listed: NameKey, written: NameKey) -> bool:
    """Whether a written full name names a listed holder: the same name (``same_name``) once both given names are
    spelled alike."""
    listed, written = as_listed(listed), as_listed(written)
    return same_name(listed, written) or _shortened(listed, written)


def _shortened(listed: NameKey, written: NameKey) -> bool:
    """Whether a written name of two words or more is a listed longer name without its given names ("Pena Nieto")
    or without what follows an Iberian particle ("Cristina Fernandez"); a written name opening on a particle ("Al
    Saud", "bin Salman") is a dynasty's or a father's name, many people's."""
    size = len(written.words)
    if size < 2 or len(listed.words) <= size or listed.suffix != written.suffix or written.first in _PARTICLES:
        return False
    return listed.words[-size:] == written.words or (
        listed.words[:size] == written.words and listed.words[size] in _IBERIAN_PARTICLES)


_PARTICLES = frozenset(word.rstrip(".") for word in ROLES.name_particles)


def initials_and_surname(name: str) -> tuple[str, ...] | None:
    """A listed name as the initials of its given names and its surname: "Subrahmanyam Jaishankar" and "S.
    Jaishankar" are both ("s", "jaishankar"); None for a one-word or suffixed name."""
    words, suffix = name_words(name)
    if len(words) < 2 or suffix or len(words[-1]) < 2:
        return None
    return (*(word[0] for word in words[:-1]), words[-1])


def written_with_initials(name: str) -> tuple[str, ...] | None:
    """A name the news writes with initials for all its given names ("S. Jaishankar", "M.K. Stalin"), as its
    initials and surname; None for any other. Its key keeps the surname alone, which names no one; the initials
    and surname together name the listed holder whose given names they begin."""
    words, suffix = name_words(name)
    if len(words) < 2 or suffix or len(words[-1]) < 2 or any(len(word) > 1 for word in words[:-1]):
        return None
    return tuple(words)
