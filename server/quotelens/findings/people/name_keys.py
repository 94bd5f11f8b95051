"""Names as comparable keys: variants, surnames, suffixes, spelling variants. No spaCy needed, so the quote
resolver and the sanctions watchlist can reuse them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from quotelens.findings.people.roles import ROLES

# Apostrophes in the wild: ASCII, typographic, modifier letter, prime.
_POSSESSIVE = re.compile(r"(?:['’ʼ′]s?|['’ʼ′])$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:\.)?|\d+", re.UNICODE)
# An apostrophe between letters is inside one word: "Kan’ani" is one name word, as "O'Brien" is.
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’ʼ′](?=[^\W\d_])", re.UNICODE)
_HONORIFICS = frozenset(word.rstrip(".") for word in ROLES.honorifics)
_SUFFIXES = frozenset(word.rstrip(".") for word in ROLES.name_suffixes)
# "Md." before a Bangladeshi given name: the news writes "Justice Md. Golam Mortuza Majumder" and "Golam Mortuza".
_GIVEN_ABBREVIATIONS = frozenset(word.rstrip(".") for word in ROLES.given_name_abbreviations)
_PARTICLES = frozenset(word.rstrip(".") for word in ROLES.name_particles)


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


# Letters whose accent NFKD does not separate, each to the plain letter the news writes for it ("Radosław" and
# "Radoslaw", Turkish "Yıldırım" and "Yildirim", "Støre" and "Store"); "Đ" to "D", though "Dj" occurs too.
_PLAIN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                                "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"})


def fold(text: str) -> str:
    """Lower-case and drop accents, so that "Erdoğan" and "Erdogan", "Sikorski" written with "ł" or "l", compare
    equal."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def name_key(text: str) -> NameKey:
    """Reduce a written name to its key.

    Hyphens and spaces are the same ("Kim Jong-un" = "Kim Jong Un"), single-letter initials are dropped
    ("Donald J. Trump" = "Donald Trump"), honorifics go ("Mr. Trump" = "Trump"), and a generational suffix is
    kept apart ("Donald Trump Jr." differs from "Donald Trump").
    """
    words, suffix = name_words(text)
    words = [word for word in words if len(word) > 1 or len(words) == 1]
    return NameKey(tuple(words), suffix)


def name_words(text: str) -> tuple[list[str], str]:
    """A written name's words as a key compares them, initials still in ("S. Jaishankar" → "s", "jaishankar"), and
    its generational suffix apart."""
    words = [word.rstrip(".") for word in
             _WORD.findall(_INNER_APOSTROPHE.sub("", fold(strip_possessive(text))).replace("-", " "))]
    while words and (words[0] in _HONORIFICS or len(words) > 1 and words[0] in _GIVEN_ABBREVIATIONS):
        words.pop(0)
    suffix = ""
    if len(words) > 1 and words[-1] in _SUFFIXES:
        suffix = words.pop()
    return words, suffix


def same_name(a: NameKey, b: NameKey) -> bool:
    """Whether two full names (two words or more) can be the same person.

    Equal keys match; so do keys with the same first and last word when one only adds middle names
    ("Hillary Rodham Clinton" = "Hillary Clinton"), and keys with the same first name whose last names are
    spelling variants ("Volodymyr Zelensky" = "Volodymyr Zelenskyy", see ``similar_word``). Different
    suffixes never match.
    """
    if not a or not b or a.suffix != b.suffix:
        return False
    if a.words == b.words or _surname_of(a, b) or _surname_of(b, a):
        return True
    if len(a.words) < 2 or len(b.words) < 2 or a.first != b.first:
        return False
    if a.last != b.last:
        return len(a.words) == len(b.words) and a.words[:-1] == b.words[:-1] and similar_word(a.last, b.last)
    shorter, longer = sorted((a.words, b.words), key=len)
    return is_subsequence(shorter, longer)


def _surname_of(surname: NameKey, full: NameKey) -> bool:
    """A surname led by a particle is the end of a longer name: "Abu Zeid" of "Ahmed Abu Zeid"."""
    size = len(surname.words)
    return size >= 2 and surname.first in _PARTICLES and len(full.words) > size and full.words[-size:] == surname.words


def similar_word(a: str, b: str) -> bool:
    """Whether two name words are spelling or transliteration variants of each other.

    Kept narrow, since two real people may differ by one letter: both words at least five letters, the same
    first letter, and one edit apart once doubled letters are single ("Zelenskyy" ~ "Zelensky",
    "Muammar" ~ "Moammar"). "Kofman" and "Hofman" stay apart; "Gaddafi" and "Qaddafi" are not caught.
    """
    if a == b:
        return True
    if len(a) < 5 or len(b) < 5 or a[0] != b[0]:
        return False
    return edit_distance(_single_letters(a), _single_letters(b)) <= 1


class SimilarWords:
    """A set of name words that answers ``similar_word`` against all of them at once.

    Asking ``similar_word`` of every known surname for every capitalised word is quadratic on a page of
    hundreds of names. Two words one edit apart (doubled letters made single) share a key: the word itself or
    the word with one letter left out (a letter changed: the same letter left out of both; one added: the
    longer without it). The words under a word's keys are the only ones that can be similar; each is checked."""

    def __init__(self, words) -> None:
        self._by_key: dict[str, set[str]] = {}
        for word in words:
            for key in spelling_keys(word):
                self._by_key.setdefault(key, set()).add(word)

    def __contains__(self, word: str) -> bool:
        near = set().union(*(self._by_key.get(key, ()) for key in spelling_keys(word)))
        return any(similar_word(word, known) for known in near)


def spelling_keys(word: str) -> set[str]:
    """The word with doubled letters single, and that with each one of its letters left out: two words that
    ``similar_word`` finds alike share one of these."""
    single = _single_letters(word)
    return {single, *(single[:at] + single[at + 1:] for at in range(len(single)))}


def _single_letters(word: str) -> str:
    return "".join(ch for index, ch in enumerate(word) if index == 0 or ch != word[index - 1])


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def part_of_name(part: NameKey, full: NameKey, fuzzy: bool = False) -> bool:
    """Whether a one-word form ("Putin", "Kim", "Hillary") can stand for a full name.

    The word must be the full name's first or last word: surnames in Western order, family names first in
    East Asian order ("Kim" of "Kim Jong Un"), or a given name used alone. A suffixed form ("Trump Jr.")
    only stands for a suffixed name. With ``fuzzy``, a spelling variant of the last word counts too
    ("Zelenskyy" for "Volodymyr Zelensky"); callers try it only when no exact match exists.
    """
    if len(part.words) != 1 or not full:
        return False
    if part.suffix and part.suffix != full.suffix:
        return False
    word = part.words[0]
    return word in (full.first, full.last) or fuzzy and similar_word(word, full.last)


def is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` appears in ``long`` in order, gaps allowed."""
    remaining = iter(long)
    return all(word in remaining for word in short)
