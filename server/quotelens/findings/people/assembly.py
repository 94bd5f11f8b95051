"""A person as people.py assembles it from name mentions, and the indexes its passes look people up in."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.name_keys import NameKey
from quotelens.findings.people.titles import ROLES, Title
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import name_head


@dataclass(frozen=True, eq=False)
class Person:
    """A person as the passes of people.py assemble it: name mentions, descriptions that mention them, titles.

    Each pass returns new records (``with_additions``); records compare by identity, since two people may share
    every field while assembly goes on, and a pass keys what it finds by ``id`` of the records it was given.
    """

    key: NameKey
    mentions: tuple[Span, ...]
    nominals: tuple[tuple[int, int], ...] = ()
    titles: tuple[Title, ...] = ()

    @property
    def first(self) -> int:
        return min(span.start_char for span in self.mentions)


def with_additions(people: list[Person], titles: dict[int, list[Title]],
                   nominals: dict[int, list[tuple[int, int]]]) -> list[Person]:
    """The people with the titles and nominal mentions a pass found for them, keyed by ``id`` of each record."""
    return [replace(person, titles=(*person.titles, *titles.get(id(person), ())),
                    nominals=(*person.nominals, *nominals.get(id(person), ())))
            if id(person) in titles or id(person) in nominals else person for person in people]


def precedes_name(doc: Doc, chunk: Span, named: set[int]) -> bool:
    """Whether a phrase is set right before a name, or in apposition to one: a title, not a mention."""
    following = chunk.end
    while following < len(doc) and doc[following].text in {",", "-"}:
        following += 1
    return following in named or chunk.root.dep_ == "appos" and chunk.root.head.i in named


def attributive(token: Token) -> bool:
    """Whether a name starting at ``token`` modifies a common noun ("the Trump administration's decision") or is
    where something happens ("the situation in Puducherry", a place spaCy tagged as a person): it names no one a
    later description of an office can mean."""
    while token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "PROPN":
        token = token.head
    return (token.dep_ == "compound" and token.head.pos_ == "NOUN"
            or token.dep_ == "pobj" and token.head.lower_ in {"in", "at", "near"})


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

    def inside(self, doc: Doc, title: Title) -> Person | None:
        """The one person named inside a title's words as its possessor ("President Obama's budget director")."""
        span = doc.char_span(title.start, title.end, alignment_mode="expand")
        named = [entry for entry in self.between(span.start, span.end) if doc[entry[0]].head.dep_ == "poss"
                 or doc[entry[0]].dep_ == "poss"] if span is not None else []
        return named[0][2] if len(named) == 1 else None

    def last_before(self, hi: int) -> Person | None:
        """The person named last before token ``hi``."""
        index = bisect_left(self.starts, hi)
        return self.entries[index - 1][2] if index else None


def bare_office(head: str) -> str:
    """The office a portfolio head is when the article names it bare: "foreign minister" is "the minister" a few
    lines on. Only a field before the office (ROLES.portfolio_words): "prime minister", "vice president" and
    "deputy minister" are other offices than the bare head names."""
    *field, office = head.split()
    return office if field and all(word in ROLES.portfolio_words for word in field) else head


class TitleHolders:
    """People by their titles' words and by (title head, organisation), each list in order of first mention: a
    definite description finds who it can mean without a scan of everyone named (quadratic in a list of names)."""

    def __init__(self, people: list[Person]):
        self.by_words: dict[str, list[tuple[int, int, Person]]] = defaultdict(list)
        self.by_head: dict[tuple[str, str], list[tuple[int, int, Person]]] = defaultdict(list)
        self.by_head_alone: dict[str, list[tuple[int, int, Person]]] = defaultdict(list)
        self.firsts = {id(person): person.first for person in people}
        for person in people:
            for title in person.titles:
                for holders, key in self._lists(title):
                    holders[key].append(self._entry(person))
        for holders in (self.by_words, self.by_head, self.by_head_alone):
            for entries in holders.values():
                entries.sort(key=lambda entry: entry[:2])

    def add(self, person: Person, title: Title) -> None:
        for holders, key in self._lists(title):
            insort(holders[key], self._entry(person), key=lambda entry: entry[:2])

    def _lists(self, title: Title) -> tuple:
        lists = ((self.by_words, title.text.lower()), (self.by_head, (title.head, (title.organization or "").lower())),
                 (self.by_head_alone, title.head))
        office = bare_office(title.head)
        return lists + ((self.by_head_alone, office),) if office != title.head else lists

    def _entry(self, person: Person) -> tuple[int, int, Person]:
        return self.firsts[id(person)], id(person), person

    def fitting(self, words: str, head: str, country: str | None, before: int, bare: bool = False) -> list[Person]:
        """Up to two people (enough to tell one from several) named before ``before`` whose title is ``words``
        or has ``head`` and names ``country``; with ``bare`` (a description that is its head alone, "the
        minister"), any title with that head."""
        lists = [self.by_words.get(words, [])]
        if country is not None:
            lists.append(self.by_head.get((head, country.lower()), []))
        if bare:
            lists.append(self.by_head_alone.get(head, []))
        found: dict[int, Person] = {}
        for holders in lists:
            for first, key, person in holders:
                if first >= before or len(found) == 2:
                    break
                found[key] = person
        return list(found.values())


# Dependencies of a clause embedded in another: what its subject says, shows or thinks.
_EMBEDDED_CLAUSES = {"ccomp", "xcomp", "acl", "advcl", "relcl", "pcomp"}


def reports_on(name: Token, described: Token) -> bool:
    """Whether the person named at ``name`` is the subject of a clause that embeds the description ``described``:
    what someone says or shows is about others ("Ahi highlighted a statement indicating that the US President is
    open to negotiations": the president is not Ahi). A conjoined clause is not embedded ("Peskov met reporters and
    the spokesman said")."""
    name = name_head(name)
    if name.dep_ not in SUBJECT_DEPS:
        return False
    token, embedded = described, False
    while token.i != name.head.i:
        if token.head.i == token.i:
            return False  # the name's clause does not hold the description
        embedded = embedded or token.dep_ in _EMBEDDED_CLAUSES
        token = token.head
    return embedded
