"""The names a plural title lists, each the holder of one of its offices: "Foreign Ministers Sergei Lavrov and Wang
Yi", "foreign ministers Annalena Baerbock of Germany, Catherine Colonna of France and Antonio Tajani of Italy",
"Defence Ministers Ben Wallace (Britain) and Hanno Pevkur (Estonia)", "the Ambassadors of Morocco, Mr Youssef Amrani;
Ukraine, Dr Oksana Markarova; and Japan, Mr Koji Tomita".

docs/annotation.md "People": each named person gets the title as the article words it for one of them (the singular)
and the organisation the list gives beside their own name, else the one the title's own words name ("US Senators").
The list is read on the tokens, not on the parse, which hangs the later names of a long list anywhere; it is read
once, from its title to the first word that is no part of it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.enumerations import phrase_start
from quotelens.findings.people.listed_names import past_separators
from quotelens.findings.people.organisations import PLACE_LABELS
from quotelens.findings.people.roles import HEADS, ROLES
from quotelens.findings.people.titles import Title, build_title, canonical_head
from quotelens.language.syntax import word_of


# What joins the places of a list that names them before its names: "of France, Germany and Italy".
_PLACE_SEPARATORS = frozenset({",", "and"})
# What may stand between a plural title and its first name: "ministers: A and B", "justices — A, B and C".
_OPENERS = {":", "—", "–"}
# Courtesy titles before a listed name, which are no part of it and no office: "Mr Youssef Amrani".
_COURTESIES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "h.e.", "sir", "dame", "prof", "prof."}
# The longest aside in brackets after a name that is read past ("(D-N.J.)", "(presiding)").
_LONGEST_ASIDE = 8


def titles_of_listed_names(doc: Doc, mentions: list[Span], titled: dict[int, Title | None]) -> dict[int, Title]:
    """The title each name a plural title lists holds, by the start of its mention (module docstring), given the
    title each mention has of its own by its start. Only names with no title or a plural one take it; the
    organisation the title's words give is the one the first name's own plural title found ("New Zealand's deputy
    defence chiefs A, B and C"), none when it has none: the title's words alone may borrow a body named before."""
    named = {span.start: span for span in mentions}
    found: dict[int, Title] = {}
    read_to = 0
    for token in doc:
        if token.i < read_to or not _plural_head(token):
            continue
        phrase = doc[phrase_start(doc, token):token.i + 1]
        title = build_title(doc, phrase, formal_allowed=False)
        owned = phrase.start > 0 and doc[phrase.start - 1].tag_ in {"POS", "PRP$"}  # "the company's presidents"
        if title is not None and not title.is_official and token.i + 1 in named and not owned:
            # A national office set right before the names is written as a title even in lower case, as before one
            # name ("former presidents Mahinda Rajapaksa and Gotabaya Rajapaksa"; titles.build_title).
            title = build_title(doc, phrase, formal_allowed=True)
        if title is None or not title.is_official or not title.plural:
            continue
        items, read_to = _items(doc, token.i + 1, named)
        items = _places_in_order(doc, phrase, items)
        first = titled.get(items[0][0].start) if items else None
        shared = first.organization if first is not None and first.plural else _written_in(title, phrase.text)
        found.update((name.start, replace(title, organization=place or shared)) for name, place in items
                     if len(items) >= 2 and (titled[name.start] is None or titled[name.start].plural))
    return found


def _places_in_order(doc: Doc, phrase: Span, items: list[tuple[Span, str | None]]) -> list[tuple[Span, str | None]]:
    """The places a plural title's own words join before its head, given to its names in their order, as English
    pairs two coordinations: "her Australian and Indian counterparts Penny Wong and S. Jaishankar" (Wong is the
    Australian one). Only as many places as names, and names with no place of their own."""
    if any(place is not None for _, place in items):
        return items
    places: list[str] = []
    for token in phrase:
        word = word_of(token.text)
        if word in ROLES.country_adjectives:
            places.append(ROLES.country_adjectives[word])
        elif places and word not in _PLACE_SEPARATORS:
            break  # the places are one run of demonyms joined by "and" or commas
    if len(places) < 2 or len(places) != len(items):
        return items
    return [(name, place) for (name, _), place in zip(items, places)]


def _written_in(title: Title, words: str) -> str | None:
    """The title's organisation when its own ``words`` write it ("three Supreme Court justices — A, B and C"), not
    one borrowed from a body named before."""
    organization = word_of(title.organization or "").split()
    written = word_of(words).split()
    inside = any(written[index:index + len(organization)] == organization for index in range(len(written)))
    return title.organization if organization and inside else None


def _plural_head(token: Token) -> bool:
    """A plural title head: "ministers", "Ambassadors" (which the tagger may call a singular proper noun), "Sens."."""
    if token.tag_ not in {"NNS", "NNPS", "NNP"}:
        return False
    word = word_of(token.text)
    return canonical_head(token) is not None or word[:-1] in HEADS or word[:-2] + "." in ROLES.abbreviations


def _items(doc: Doc, index: int, named: dict[int, Span]) -> tuple[list[tuple[Span, str | None]], int]:
    """The names of the list that starts at ``index`` with the place each is given, and where the list ends. After
    "of" every item opens with its place ("of Morocco, Mr X; Ukraine, Dr Y") or the places come first, in the
    names' order ("of France and Germany, A and B"); otherwise a place may follow a name, after "of" or in
    brackets."""
    places_first = index < len(doc) and doc[index].lower_ == "of"
    index += 1 if places_first or index < len(doc) and doc[index].text in _OPENERS else 0
    if places_first:
        places, after = _places(doc, index)
        if len(places) >= 2:
            return _respectively(doc, places, after, named)
    items: list[tuple[Span, str | None]] = []
    while index < len(doc):
        place = None
        if places_first:
            place, index = _place(doc, index)
            if place is None or index >= len(doc) or doc[index].text != ",":
                break
            index += 1
        while index < len(doc) and word_of(doc[index].text) in _COURTESIES:
            index += 1
        name = named.get(index)
        if name is None:
            break
        index = name.end
        if not places_first:
            place, index = _place_after(doc, index)
        items.append((name, place))
        gap = past_separators(doc, index)
        if gap == index:
            break
        index = gap
    return items, index


def _places(doc: Doc, index: int) -> tuple[list[str], int]:
    """The places joined by "and" or commas that start at ``index`` ("France and Germany", "France, Germany and
    Italy"), and the index after the last."""
    places: list[str] = []
    place, end = _place(doc, index)
    while place is not None:
        places.append(place)
        index = end
        gap = past_separators(doc, index, _PLACE_SEPARATORS)
        place, end = _place(doc, gap) if gap > index else (None, index)
    return places, index


def _respectively(doc: Doc, places: list[str], index: int,
                  named: dict[int, Span]) -> tuple[list[tuple[Span, str | None]], int]:
    """ "the ambassadors of France and Germany, Laurent Bili and Andreas Michaelis": the names after the places,
    each holding the office of the place in its rank; none when there are not as many names as places."""
    if index >= len(doc) or doc[index].text != ",":
        return [], index
    items, end = _items(doc, index + 1, named)
    if len(items) != len(places) or any(place is not None for _, place in items):
        return [], end
    return [(name, place) for (name, _), place in zip(items, places)], end


def _place(doc: Doc, index: int) -> tuple[str | None, int]:
    """The place whose words start at ``index`` ("Morocco", "the United States") and the index after it."""
    start = index + (index < len(doc) and doc[index].lower_ == "the")
    end = start
    while end < len(doc) and doc[end].ent_type_ in PLACE_LABELS and (end == start or doc[end].ent_iob_ == "I"):
        end += 1
    if end == start:
        return None, index
    text = doc[start:end].text
    return ROLES.country_adjectives.get(word_of(text), text), end


def _place_after(doc: Doc, index: int) -> tuple[str | None, int]:
    """The place after a listed name, "of Germany" or "(Germany)", and the index after it; an aside in brackets that
    names none is read past ("Sens. Robert Menendez (D-N.J.), Joe Manchin III (D-W.Va.)")."""
    if index + 1 < len(doc) and doc[index].lower_ == "of":
        place, end = _place(doc, index + 1)
        return (place, end) if place is not None else (None, index)
    if index < len(doc) and doc[index].text == "(":
        place, end = _place(doc, index + 1)
        if place is not None and end < len(doc) and doc[end].text == ")":
            return place, end + 1
        close = next((step for step in range(index + 1, min(index + _LONGEST_ASIDE, len(doc)))
                      if doc[step].text == ")"), None)
        return (None, close + 1) if close is not None else (None, index)
    return None, index
