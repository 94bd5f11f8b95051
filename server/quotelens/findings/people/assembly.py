"""A person as people.py assembles it from name mentions, and the indexes its passes look people up in."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Span

from quotelens.findings.people.names import NameKey
from quotelens.findings.people.titles import Title
from quotelens.language.syntax import SUBJECT_DEPS


@dataclass
class Person:
    """A person being assembled: the name mentions found so far and what they say."""

    key: NameKey
    mentions: list[Span] = field(default_factory=list)
    nominals: list[tuple[int, int]] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(span.start_char for span in self.mentions)


class NameIndex:
    """Name mentions in text order, for "who was named between here and there" without rescanning them all."""

    def __init__(self, people: list[Person]):
        entries = sorted((span.start, span.root.dep_ in SUBJECT_DEPS, index)
                         for index, person in enumerate(people) for span in person.mentions)
        self.starts = [entry[0] for entry in entries]
        self.entries = [(start, subject, people[index]) for start, subject, index in entries]

    def between(self, lo: int, hi: int) -> list[tuple[int, bool, Person]]:
        """Mentions starting at token ``lo`` or later and before token ``hi``: (start, is subject, person)."""
        return self.entries[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def last_before(self, hi: int) -> Person | None:
        """The person named last before token ``hi``."""
        index = bisect_left(self.starts, hi)
        return self.entries[index - 1][2] if index else None


class TitleHolders:
    """People by their titles' words and by (title head, organisation), each list in order of first mention: a
    definite description finds who it can mean without a scan of everyone named (quadratic in a list of names)."""

    def __init__(self, people: list[Person]):
        self.by_words: dict[str, list[tuple[int, int, Person]]] = defaultdict(list)
        self.by_head: dict[tuple[str, str], list[tuple[int, int, Person]]] = defaultdict(list)
        self.firsts = {id(person): person.first for person in people}
        for person in people:
            for title in person.titles:
                for holders, key in self._lists(title):
                    holders[key].append(self._entry(person))
        for holders in (self.by_words, self.by_head):
            for entries in holders.values():
                entries.sort(key=lambda entry: entry[:2])

    def add(self, person: Person, title: Title) -> None:
        for holders, key in self._lists(title):
            insort(holders[key], self._entry(person), key=lambda entry: entry[:2])

    def _lists(self, title: Title) -> tuple:
        return (self.by_words, title.text.lower()), (self.by_head, (title.head, (title.organization or "").lower()))

    def _entry(self, person: Person) -> tuple[int, int, Person]:
        return self.firsts[id(person)], id(person), person

    def fitting(self, words: str, head: str, country: str | None, before: int) -> list[Person]:
        """Up to two people (enough to tell one from several) named before ``before`` whose title is ``words``
        or has ``head`` and names ``country``."""
        lists = [self.by_words.get(words, [])]
        if country is not None:
            lists.append(self.by_head.get((head, country.lower()), []))
        found: dict[int, Person] = {}
        for holders in lists:
            for first, key, person in holders:
                if first >= before or len(found) == 2:
                    break
                found[key] = person
        return list(found.values())
