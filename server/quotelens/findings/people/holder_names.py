"""How a written name is compared with a listed holder's (data/leaders.json): the news spells a given name in
several transliterations ("Mohamed VI" for "Mohammed VI", "Sergey" for "Sergei"), and the list keeps one.

A second surname or a dynasty's name the news adds ("Nicolas Maduro Moros") is listed with the holder, not matched
by rule: "Nicolas Maduro Guerra" is his son."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from quotelens.findings.people.name_keys import NameKey, same_name
from quotelens.language.vocabulary import word_list


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
    return same_name(as_listed(listed), as_listed(written))
