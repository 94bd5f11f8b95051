"""Names in a list of names that spaCy left untagged or split in two: "Oleksandr Bobkov; Valeriy Hrytsay; Kostiantyn
Zatulin" with "Valeriy Hrytsay" untagged and "Oleksandr" and "Bobkov" tagged apart."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotelens.findings.people.titles import ROLES
from quotelens.language.syntax import word_of


# What separates the items of a list of names.
_SEPARATORS = {",", ";", "and"}
# The most tokens read between two names of one list (two untagged names of three words and their separators).
_LONGEST_GAP = 12


def names_in_lists(doc: Doc, mentions: list[Span]) -> list[Span]:
    """The mentions with the names a list holds between two of them added, and a name tagged in two parts side
    by side joined: an item between two names, set off by the list's separators, of two or three capitalised proper
    nouns outside the vocabularies of titles and places, is a name too."""
    ordered = sorted(mentions, key=lambda span: span.start)
    joined: list[Span] = []
    for span in ordered:
        if joined and _halves(doc, joined[-1], span):
            joined[-1] = doc[joined[-1].start:span.end]
        else:
            joined.append(span)
    found = list(joined)
    for before, after in zip(joined, joined[1:]):
        if len(before) >= 2 and len(after) >= 2 and 0 < after.start - before.end <= _LONGEST_GAP \
                and before.sent.start == after.sent.start:
            found.extend(_items_between(doc, before.end, after.start))
    return sorted(found, key=lambda span: span.start)


def _halves(doc: Doc, first: Span, second: Span) -> bool:
    """Two mentions side by side, one space apart, of five words at most together: one name the tagger cut in two
    ("Oleksandr" "Bobkov", "Mohamed Etta" "Elmoula Abbas")."""
    return (first.end == second.start and len(first) + len(second) <= 5 and doc[first.end - 1].whitespace_ == " "
            and all(_name_word(token) for token in doc[first.start:second.end]))


def _items_between(doc: Doc, start: int, end: int) -> list[Span]:
    """The untagged names between two names of a list, or none when anything but names and separators is there."""
    if doc[start].lower_ not in _SEPARATORS or doc[end - 1].lower_ not in _SEPARATORS:
        return []
    # Between commas an item spaCy tagged as something else may be a body ("A, Gazprom Neft and B"); a list set
    # off by semicolons is one of names.
    tagged_allowed = doc[start].text == ";"
    items, item_start = [], None
    for index in range(start, end + 1):
        if index == end or doc[index].lower_ in _SEPARATORS:
            if item_start is not None:
                if not 2 <= index - item_start <= 3:
                    return []
                items.append(doc[item_start:index])
            item_start = None
        elif _name_word(doc[index]) and (tagged_allowed or doc[index].ent_type_ in {"", "PERSON"}):
            item_start = index if item_start is None else item_start
        else:
            return []
    return items


def _name_word(token) -> bool:
    word = word_of(token.text)
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.replace("-", "").isalpha()
            and word not in ROLES.heads and word not in ROLES.honorifics and word not in ROLES.countries
            and word not in ROLES.country_adjectives and word not in ROLES.state_org_words
            and word not in ROLES.nonstate_org_words and word not in ROLES.not_person_words)
