"""People a list names as the members of a group of officials the article counts or describes: "sanctioned four
Georgian former and current judicial officials ... Blinken named the four individuals as A, B, C and D", "26 other
ex-officials ... the following persons: A; B; ...; Z and Viktor Yanukovych", "sanctions on three officials: A, B and C".

A list's members get the group's office as an implied title (counted as an office, never shown), past when the group
is written past ("ex-officials", "former officials", not "former and current").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.assembly import Person, with_additions
from quotelens.findings.people.past import is_past_title
from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.titles import Title, build_title, canonical_head
from quotelens.language.syntax import word_of
from quotelens.language.tree import children


# What may stand between two names of one list: separators, and a short aside in brackets ("(Taha)").
_SEPARATORS = {",", ";", "and", "&"}
# What may stand between a group and the list that names its members right after it: "three officials: A, B and C",
# "officials, A and B", "officials including A and B".
_APPOSITION_LINKS = {":", ",", "-", "—", "–", "namely", "including", "include", "includes", "are", "were"}
# Plural nouns for people a list can say who they are, and the words that link them to the list.
_PEOPLE_NOUNS = {"individual", "person", "people", "official", "target"}
_LIST_LINKS = {"are", "were", "as", ":", "include", "included", "namely"}
# How many sentences back a counted group may be from the list that names as many people.
_SENTENCES_BACK = 3
# How many of the groups before a list are tried as the group it names the members of, nearest first.
_GROUPS_TRIED = 3
# Cardinal words up to the sizes a news list of sanctioned officials runs to; digits are read as written.
_NUMBERS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
# A present mark beside a past one leaves a group's office current: "former and current judicial officials".
_PRESENT_MARKS = {"current", "serving", "sitting", "incumbent"}


@dataclass(frozen=True)
class Group:
    """A plural official head the article writes ("four Georgian judicial officials") and the office it gives."""

    noun: Token
    count: int | None
    other: bool
    title: Title


def add_listed_members(doc: Doc, sentences: tuple[Span, ...], people: list[Person]) -> list[Person]:
    """Give the people a list names as a group of officials' members that group's office (module docstring)."""
    groups = _official_groups(doc)
    if not groups:
        return people
    owner = {span.start: person for person in people for span in person.mentions}
    spans = sorted((span for person in people for span in person.mentions), key=lambda span: span.start)
    sentence_of = {sentence.start: number for number, sentence in enumerate(sentences)}
    positions = [group.noun.i for group in groups]
    titles: dict[int, list[Title]] = defaultdict(list)
    for run in _name_runs(doc, spans):
        number = sentence_of[run[0].sent.start]
        before = bisect_left(positions, run[0].start)
        # The nearest groups before the list only, so that a page of hundreds of groups and lists stays linear.
        near = [group for group in reversed(groups[max(0, before - _GROUPS_TRIED):before])
                if number - sentence_of[group.noun.sent.start] <= _SENTENCES_BACK]
        group = _group_of(doc, run, near)
        if group is None:
            continue
        for span in run:
            if span.start in owner:
                titles[id(owner[span.start])].append(group.title)
    return with_additions(people, titles, {})


def _official_groups(doc: Doc) -> list[Group]:
    """Plural nouns whose head is an official one and whose phrase reads as an office ("judicial officials")."""
    groups = []
    for token in doc:
        if token.tag_ not in {"NNS", "NNPS"} or canonical_head(token) is None and not _hyphened_head(token):
            continue
        # "26 other ex-officials" comes out "ex" "-" "officials", the number and "other" hung on "ex".
        joined = doc[token.i - 2] if token.i >= 2 and doc[token.i - 1].text == "-" else token
        phrase = doc[phrase_start(doc, joined):token.i + 1]
        title = build_title(doc, phrase, formal_allowed=False)
        words = [word_of(word.text) for word in phrase]
        if title is None or not _an_office(title, words):
            continue
        former = is_past_title(words) and not _PRESENT_MARKS.intersection(words)
        modifiers = [child for noun in {token, joined} for child in children(noun)]
        count = next((_number(child) for child in modifiers if child.dep_ == "nummod"), None)
        other = any(child.lower_ in {"other", "more"} for child in modifiers)
        groups.append(Group(token, count, other, Title(phrase.text, title.head, title.organization, True,
                                                       phrase.start_char, phrase.end_char, plural=True,
                                                       former=former, implied=True)))
    return groups


def _an_office(title: Title, words: list[str]) -> bool:
    """Whether a group's title is an office: one whose head needs a body to be one ("leaders", "ministers") only
    with a body or country ("gang leaders" are not officials); "officials" with no body at all is read as the
    state's ("26 other ex-officials"), not a firm's."""
    if title.is_official and (title.organization is not None or title.head not in ROLES.conditional_heads):
        return True
    return (title.organization is None and title.head.rstrip("s") == "official"
            and not ROLES.nonstate_org_words.intersection(words))


def phrase_start(doc: Doc, noun: Token) -> int:
    """Where the words before a plural head that describe it start: numbers, adjectives, compounds, adjectives in
    a pair ("four Georgian former and current judicial officials"), not a name coordinated before it ("ex-President
    Viktor Yanukovych and 26 other ex-officials")."""
    start = noun.i  # the sentence's start read off the tokens: Token.sent walks the whole sentence per head
    while start > max(0, noun.i - 8) and not doc[start].is_sent_start:
        before = doc[start - 1]
        if before.pos_ in {"NUM", "ADJ", "DET"} or before.dep_ in {"compound", "amod", "nummod", "quantmod"}:
            start -= 1
        elif before.pos_ == "CCONJ" and not before.is_sent_start and doc[start - 2].pos_ == "ADJ":
            start -= 1
        else:
            break
    return start


def _hyphened_head(token: Token) -> bool:
    """ "ex-officials": a past mark joined to a plural head."""
    parts = word_of(token.text).split("-", 1)
    return len(parts) == 2 and parts[0] + "-" in ROLES.past_marks and parts[1].rstrip("s") in ROLES.heads


def _number(token: Token) -> int | None:
    word = token.lower_.replace(",", "")
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _name_runs(doc: Doc, spans: list[Span]) -> list[list[Span]]:
    """Name mentions in a row with only separators between them (two names or more): "A, B and C", "A; B; C"."""
    runs: list[list[Span]] = []
    current: list[Span] = []
    for span in spans:
        if 0 < span.start and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")":
            continue  # an aside that names the person before it again: "(Taha)"
        # Two mentions side by side are one name the tagger split ("Oleksandr" "Bobkov").
        if current and (current[-1].end == span.start or _only_separators(doc, current[-1].end, span.start)):
            current.append(span)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [span]
    if len(current) >= 2:
        runs.append(current)
    return runs


def _only_separators(doc: Doc, start: int, end: int) -> bool:
    """Whether only separators stand between two names, or names the name finder left out between separators
    ("Oleksandr Bobkov; Valeriy Hrytsay; Kostiantyn Zatulin" with "Valeriy Hrytsay" untagged)."""
    between = doc[start:end]
    if not 0 < len(between) <= 12 or between[0].sent.start != doc[end].sent.start:
        return False
    if between[0].text == "(":  # "Taha Osman Ahmed al-Hussein (Taha) and ...": an aside names the same person
        close = next((token.i for token in between if token.text == ")"), None)
        if close is None:
            return False
        between = doc[close + 1:end]
    if not between or between[0].lower_ not in _SEPARATORS or between[-1].lower_ not in _SEPARATORS:
        return False
    piece = 0
    for token in between:
        if token.lower_ in _SEPARATORS:
            piece = 0
        elif token.pos_ == "PROPN" and token.text[:1].isupper() and piece < 4:
            piece += 1
        else:
            return False
    return True


def _group_of(doc: Doc, run: list[Span], groups: list[Group]) -> Group | None:
    """The group a list names the members of: the one the list follows right after, in apposition, else the
    nearest counted group before it, within a few sentences, whose count is the list's length (one more with
    "26 other ex-officials ... and Viktor Yanukovych")."""
    items = _items(doc, run)
    if groups and _names_the_people_before(doc, run[0].start):
        return groups[0]
    for group in groups:
        between = doc[group.noun.i + 1:run[0].start]
        if group.noun.sent == run[0].sent and len(between) <= 3 \
                and all(token.lower_ in _APPOSITION_LINKS for token in between):
            return group
        if group.count is not None and items in {group.count, group.count + group.other}:
            return group
    return None


def _names_the_people_before(doc: Doc, start: int) -> bool:
    """Whether a list is what a definite plural for people says they are: "The individuals are A, B and C", "named
    the four individuals as A, B, C and D", "the following persons: A; B": those people are the group named last."""
    index = start - 1
    while index >= doc[start].sent.start and start - index <= 3 and doc[index].lower_ in _LIST_LINKS:
        index -= 1
    if index < doc[start].sent.start or index == start - 1:
        return False
    noun = doc[index]
    return (noun.tag_ == "NNS" and noun.lemma_.lower() in _PEOPLE_NOUNS
            and any(child.lower_ in {"the", "these", "those"} for child in children(noun, "det")))


def _items(doc: Doc, run: list[Span]) -> int:
    """How many names a list holds, counting the ones the name finder left out between its separators."""
    text = doc[run[0].start:run[-1].end].text
    for separator in (";", " and ", " & "):
        text = text.replace(separator, ",")
    return sum(1 for piece in text.split(",") if piece.strip())
