"""The people's names found so far while mentions are grouped, indexed by the words any match must share.

Grouping compared each new name with every person found before it: quadratic in the number of people, 2 s on a
page of 4,800 distinct names. Every way two names can match (``same_name``, a truncated name, a one-word form)
needs some words in common: the same words, a first and last word, a run of leading or trailing words, the
words before a last word that is a spelling variant. Each person is filed under those, and a name is compared
only with the people filed under its own; the comparison itself is unchanged.
"""

from __future__ import annotations

from quotelens.findings.people.name_keys import NameKey, spelling_keys

Lookup = tuple


def full_name_lookups(key: NameKey) -> set[Lookup]:
    """Where a person whose longest name is ``key`` is filed for the full names that may match it."""
    words = key.words
    found: set[Lookup] = {("words", words), ("ends", key.first, key.last)}
    found.update(("prefix", words[:size]) for size in range(2, len(words)))  # "Kim Jong" of "Kim Jong Un"
    found.update(("tail", words[-size:]) for size in range(2, len(words)))  # "Abu Zeid" of "Ahmed Abu Zeid"
    found.update(("stem", words[:-1], spelled) for spelled in spelling_keys(key.last))
    return found


def full_name_probes(key: NameKey) -> set[Lookup]:
    """Where to look for the people a full name ``key`` may match: the same shares, seen from the new name."""
    words = key.words
    found: set[Lookup] = {("words", words), ("ends", key.first, key.last), ("prefix", words), ("tail", words)}
    found.update(("words", words[:size]) for size in range(2, len(words)))  # it extends a known truncated name
    found.update(("words", words[-size:]) for size in range(2, len(words)))  # it ends with a known surname
    found.update(("stem", words[:-1], spelled) for spelled in spelling_keys(key.last))
    return found


def one_word_lookups(key: NameKey) -> set[Lookup]:
    """Where a person is filed for the one-word forms that may stand for it: its first and last word, each
    spelling key of its last word, and its whole words (a person named by one word only)."""
    found: set[Lookup] = {("own", key.words)}
    if len(key.words) >= 2:
        found.update({("part", key.first), ("part", key.last)})
        found.update(("spelled", spelled) for spelled in spelling_keys(key.last))
    return found


def one_word_probes(key: NameKey) -> tuple[set[Lookup], set[Lookup], set[Lookup]]:
    """Where to look for a one-word form's people: as a first or last word, as one's whole name, and as a
    spelling variant of a last word (in the order ``merge_mentions`` tries them)."""
    if len(key.words) != 1:
        return set(), {("own", key.words)}, set()
    word = key.words[0]
    return {("part", word)}, {("own", key.words)}, {("spelled", spelled) for spelled in spelling_keys(word)}


class KnownNames:
    """People by place (their index in the grouping's lists), filed under lookups."""

    def __init__(self) -> None:
        self._places: dict[Lookup, set[int]] = {}

    def file(self, place: int, lookups: set[Lookup]) -> None:
        for lookup in lookups:
            self._places.setdefault(lookup, set()).add(place)

    def find(self, lookups: set[Lookup]) -> list[int]:
        """The places filed under any of ``lookups``, in order."""
        return sorted(set().union(*(self._places.get(lookup, ()) for lookup in lookups)))
