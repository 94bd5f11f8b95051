"""Names in a list of names that spaCy left untagged or split in two: "Oleksandr Bobkov; Valeriy Hrytsay; Kostiantyn
Zatulin" with "Valeriy Hrytsay" untagged and "Oleksandr" and "Bobkov" tagged apart; and the names that open the lines
of a list of office holders, "● Giorgi Butkhuzi – Deputy Minister of Internal Affairs;"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotelens.findings.people.titles import ROLES, canonical_head
from quotelens.language.syntax import word_of


# What separates the items of a list of names.
LIST_SEPARATORS = frozenset({",", ";", "and"})
# What may stand between a plural title and the list of its holders: "justices — A, B and C", "ministers: A and B".
_LIST_OPENERS = {",", ":", "—", "–"}
# The dashes that set a line's name off from its office: "Giorgi Butkhuzi – Deputy Minister of Internal Affairs".
_DASHES = {"–", "—", "-"}
# Marks that open a line of a list before its name.
_BULLETS = {"●", "•", "·", "*", "▪", "■", "-", "–", "—"}
# How far past the dash the office's head is looked for ("Deputy Head of the Special Tasks Department").
_OFFICE_REACH = 4
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
    if doc[start].lower_ not in LIST_SEPARATORS or doc[end - 1].lower_ not in LIST_SEPARATORS:
        return []
    # Between commas an item spaCy tagged as something else may be a body ("A, Gazprom Neft and B"); a list set
    # off by semicolons is one of names.
    tagged_allowed = doc[start].text == ";"
    items, item_start = [], None
    for index in range(start, end + 1):
        if index == end or doc[index].lower_ in LIST_SEPARATORS:
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


def _name_word(token, any_tag: bool = False) -> bool:
    word = word_of(token.text)
    return ((any_tag or token.pos_ == "PROPN") and token.text[:1].isupper() and token.text.replace("-", "").isalpha()
            and word not in ROLES.heads and word not in ROLES.honorifics and word not in ROLES.countries
            and word not in ROLES.country_adjectives and word not in ROLES.state_org_words
            and word not in ROLES.nonstate_org_words and word not in ROLES.not_person_words)


def names_after_plural_titles(doc: Doc, mentions: list[Span]) -> list[Span]:
    """The mentions with the names a list after a plural title holds: "Justices Gberi-Be Ouattara (presiding) and
    Dupe Atoki", "three Supreme Court justices — Inyang Okoro, Adamu Jauro, and Chioma Iheme-Nwosu —" (the tagger
    left the later names untagged or called them a body). Each item is two or three capitalised proper nouns outside
    the vocabularies, between the list's separators; one of them at least must be tagged as a person, and the list
    must end where its names end."""
    tagged = {token.i for span in mentions for token in span}
    persons = {span.start for span in mentions}
    found = list(mentions)
    for token in doc:
        if token.tag_ not in {"NNS", "NNPS"} or word_of(token.text).rstrip("s") not in ROLES.official_heads:
            continue
        items = _list_after(doc, token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text in _LIST_OPENERS))
        if len(items) >= 2 and any(item.start in persons for item in items):
            found.extend(item for item in items if not any(index in tagged for index in range(item.start, item.end)))
    return sorted(found, key=lambda span: span.start)


def _list_after(doc: Doc, start: int) -> list[Span]:
    """The items of a list of names starting at ``start``, or none when it holds anything else or runs on into
    another capitalised word."""
    items, index = [], start
    while index < len(doc):
        end, words = index, 0
        while end < len(doc) and words < 4 and _listed_word(doc[end]):
            end, words = end + 1, words + 1
            while end < len(doc) - 1 and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and _listed_word(doc[end + 1]):
                end += 2  # one word the tokenizer split at its hyphen: "Iheme-Nwosu", "Gberi-Be"
            if end < len(doc) - 1 and doc[end].text in ROLES.name_particles and _listed_word(doc[end + 1]):
                end += 1  # a particle inside the name, no word of its own: "Magdangal de Leon"
        if not 2 <= words <= 3:
            return []
        items.append(doc[index:end])
        if end < len(doc) - 2 and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_lower:
            end += 3  # an aside on the item: "(presiding)"
        links = past_separators(doc, end)
        if links == end:
            return items if end == len(doc) or not doc[end].text[:1].isupper() else []
        index = links
    return []


def past_separators(doc: Doc, index: int, separators: frozenset[str] = LIST_SEPARATORS) -> int:
    """The index past the one or two separators between two items of a list (", and", "; and") that stand at
    ``index``; ``index`` itself when none does."""
    end = index
    while end < len(doc) and doc[end].lower_ in separators and end - index < 2:
        end += 1
    return end


def _listed_word(token) -> bool:
    """A word of a name in a list after a plural title, whatever the tagger made of it ("Ouattara" as an
    adjective): capitalised, letters only, outside the vocabularies."""
    return token.pos_ in {"PROPN", "ADJ", "NOUN"} and _name_word(token, any_tag=True)


def names_before_offices(doc: Doc, mentions: list[Span]) -> list[Span]:
    """The mentions with the untagged names that open a line of a list of office holders: two or three capitalised
    words outside the vocabularies, right after the line's start or its bullet, then a dash, then within a few words
    an office's head ("● Aleksandre Darakhvelidze – Deputy Minister of Internal Affairs;"). The office after the
    dash says it is a person; each dash is read once, so a list of any length costs one pass."""
    tagged = {token.i for span in mentions for token in span}
    found = list(mentions)
    for dash in doc:
        if dash.text not in _DASHES or not dash.whitespace_ or dash.i == 0 or not doc[dash.i - 1].whitespace_:
            continue
        start, words = dash.i, 0
        while start > 0 and words < 4 and _listed_word(doc[start - 1]):
            start, words = start - 1, words + 1
        if 2 <= words <= 3 and _opens_line(doc, start) and _office_follows(doc, dash.i + 1) and not any(
                index in tagged for index in range(start, dash.i)):
            found.append(doc[start:dash.i])
    return sorted(found, key=lambda span: span.start)


def _opens_line(doc: Doc, index: int) -> bool:
    """Whether a token opens a line, or follows the bullet that does."""
    if index > 0 and doc[index - 1].text in _BULLETS:
        index -= 1
    return index == 0 or "\n" in doc[index - 1].whitespace_ + doc[index - 1].text


def _office_follows(doc: Doc, start: int) -> bool:
    """Whether an office's head stands within a few words of ``start``, before the line or item ends."""
    for token in doc[start:start + _OFFICE_REACH]:
        if token.text in {";", "\n"} or "\n" in token.whitespace_ and token.i > start:
            return False
        if canonical_head(token) is not None:
            return True
    return False
