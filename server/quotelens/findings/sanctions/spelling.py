"""Measure nouns written with a one-letter slip ('the santions'), read as the noun they misspell."""

from __future__ import annotations

from quotelens.language.vocabulary import vocabulary

_MISSPELT = tuple(vocabulary("sanctions")["measure_nouns"]["misspelt"])
_SHORTEST = 7  # a slip in a shorter word lands on another word


def misspelt_noun(word: str) -> str | None:
    """The measure noun ``word`` (lower case) misspells by one edit, or None; the noun itself is not a slip."""
    if len(word) < _SHORTEST or not word.isalpha() or word in _MISSPELT:
        return None
    return next((noun for noun in _MISSPELT if _one_edit(word, noun)), None)


def _one_edit(word: str, noun: str) -> bool:
    """One letter dropped, added or changed, or two neighbours swapped."""
    if abs(len(word) - len(noun)) > 1:
        return False
    start = 0
    while start < min(len(word), len(noun)) and word[start] == noun[start]:
        start += 1
    a, b = word[start:], noun[start:]
    return a[1:] == b[1:] or a[1:] == b or a == b[1:] or (len(a) > 1 and a[1] + a[0] + a[2:] == b)
