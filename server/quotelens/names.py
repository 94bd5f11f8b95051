"""Person names as comparable keys: spelling variants, surnames, suffixes, and whether two forms can be one person."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .titles import ROLES

# Apostrophes in the wild: ASCII, typographic, modifier letter, prime.
_POSSESSIVE = re.compile(r"(?:['’ʼ′]s?|['’ʼ′])$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:\.)?|\d+", re.UNICODE)


@dataclass(frozen=True)
class NameKey:
    """A name reduced for comparison: lower-case words without accents, initials, honorifics or suffix."""

    words: tuple[str, ...]
    suffix: str = ""

    @property
    def first(self) -> str:
        return self.words[0] if self.words else ""

    @property
    def last(self) -> str:
        return self.words[-1] if self.words else ""

    def __bool__(self) -> bool:
        return bool(self.words)


def strip_possessive(text: str) -> str:
    """Drop a trailing possessive ("Kim Jong Un’s" → "Kim Jong Un", "Jones'" → "Jones")."""
    return _POSSESSIVE.sub("", text.strip()).rstrip()


def fold(text: str) -> str:
    """Lower-case and drop accents, so that "Erdoğan" and "Erdogan" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def name_key(text: str) -> NameKey:
    """Reduce a written name to its key.

    Hyphens and spaces are the same ("Kim Jong-un" = "Kim Jong Un"), single-letter initials are dropped
    ("Donald J. Trump" = "Donald Trump"), honorifics go ("Mr. Trump" = "Trump"), and a generational suffix is
    kept apart ("Donald Trump Jr." differs from "Donald Trump").
    """
    words = [word.rstrip(".") for word in _WORD.findall(fold(strip_possessive(text)).replace("-", " "))]
    honorifics = {h.rstrip(".") for h in ROLES.honorifics}
    suffixes = {s.rstrip(".") for s in ROLES.name_suffixes}
    while words and words[0] in honorifics:
        words.pop(0)
    suffix = ""
    if len(words) > 1 and words[-1] in suffixes:
        suffix = words.pop()
    words = [word for word in words if len(word) > 1 or len(words) == 1]
    return NameKey(tuple(words), suffix)


def same_name(a: NameKey, b: NameKey) -> bool:
    """Whether two full names (two words or more) can be the same person.

    Equal keys match; so do keys with the same first and last word when one only adds middle names
    ("Hillary Rodham Clinton" = "Hillary Clinton"). Different suffixes never match.
    """
    if not a or not b or a.suffix != b.suffix:
        return False
    if a.words == b.words:
        return True
    if len(a.words) < 2 or len(b.words) < 2:
        return False
    if a.first != b.first or a.last != b.last:
        return False
    shorter, longer = sorted((a.words, b.words), key=len)
    return is_subsequence(shorter, longer)


def part_of_name(part: NameKey, full: NameKey) -> bool:
    """Whether a one-word form ("Putin", "Kim", "Hillary") can stand for a full name.

    The word must be the full name's first or last word: surnames in Western order, family names first in
    East Asian order ("Kim" of "Kim Jong Un"), or a given name used alone. A suffixed form ("Trump Jr.")
    only stands for a suffixed name.
    """
    if len(part.words) != 1 or not full:
        return False
    if part.suffix and part.suffix != full.suffix:
        return False
    return part.words[0] in (full.first, full.last)


def is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` appears in ``long`` in order, gaps allowed."""
    remaining = iter(long)
    return all(word in remaining for word in short)
