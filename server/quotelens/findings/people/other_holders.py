"""Whether a title found for one name holds another person's name as that person's own: a title never does.

In a list of titled people ("the commander of New Zealand's navy Commodore Garin Golding and journalists Kate Green",
"FSB officials (Victor Gavrilov, Dmitry Ivanov)", "Mayor of Clare Tom McNamara, along with Councillors Ann Norton")
a phrase the parser hangs a later name on runs over an earlier name and its own title; that office is the earlier
name's. A name in a complement stays part of the title ("adviser to President Joe Biden", "a former official in
President Bill Clinton's administration", "Putin's spokesperson").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.titles import Title, build_title, find_head
from quotelens.language.entities import entity_of
from quotelens.language.syntax import word_of


# Words after which a name is a complement of the title before it, not a holder of its own title.
_COMPLEMENT_LINKS = {"for", "to", "of", "in", "under", "by", "with", "from", "at", "on"}
# Links inside a formal title's complement: "Minister for Economic Affairs", "Minister of Tourism and Creative Economy".
_LINKS = {"of", "for", "and", "&"}
# Marks that set a list's items apart: a name after one, or one after a name, inside a title is a list's item.
_ITEM_MARKS = {"(", ")", ",", ";", "and", "&"}
_POSSESSIVES = {"'s", "’s", "'", "’"}
# Words that open a second holder's stretch inside a phrase the parser ran on: "... with military junta leader X".
_STRETCH_OPENERS = {"with", "alongside", "including"}
# How many other holders' stretches one title is cut free of before it is given up.
_MOST_CUTS = 3
# Skipped before a name to find the word that introduces it ("each banned player – Kusal Mendis").
_DASHES = {"-", "–", "—", ":"}


def own_part(doc: Doc, name: Span, title: Title) -> Title | None:
    """The part of a title that is this name's own (module docstring): the title as found when it holds no one
    else's name; cut before the words that open another holder's stretch when that leaves a title ("President of
    the 18-month transition government with military junta leader Col Assimi Goita as vice president"); else None."""
    for _ in range(_MOST_CUTS):
        span = doc.char_span(title.start, title.end, alignment_mode="expand")
        other = _other_holder(doc, name, span) if span is not None else None
        if other is None:
            return title
        cut = _stretch_start(doc, other, span)
        trimmed = build_title(doc, doc[span.start:cut], formal_allowed=title.formal) if cut is not None else None
        if trimmed is None or trimmed.end > doc[other.start].idx:
            return None
        title = trimmed
    return None


def _other_holder(doc: Doc, name: Span, span: Span) -> Span | None:
    """The first person's name inside the title's words, other than this name, that holds a title of its own."""
    seen: set[int] = set()
    for token in span:
        other = entity_of(token) if token.ent_type_ == "PERSON" else None
        if other is None or other.start in seen or other.start <= span.start \
                or not (other.end <= name.start or other.start >= name.end):
            continue
        if word_of(other[-1].text) in ROLES.not_person_words:
            continue  # no name, as names.py reads it: "Ambassador Extraordinary and Plenipotentiary of Canada"
        seen.add(other.start)
        if _holds_its_own_title(doc, other, span):
            return other
    return None


def _stretch_start(doc: Doc, other: Span, span: Span) -> int | None:
    """Where the other holder's stretch opens: the nearest list mark or "with" before their name and its title
    words; None when their stretch runs back to the title's start (the whole title is theirs)."""
    index = other.start - 1
    while index > span.start:
        if doc[index].lower_ in _ITEM_MARKS or doc[index].lower_ in _STRETCH_OPENERS:
            return index
        index -= 1
    return None


def _holds_its_own_title(doc: Doc, other: Span, span: Span) -> bool:
    after = doc[other.end] if other.end < len(doc) else None
    if after is not None and after.text in _POSSESSIVES:
        return False  # "Putin's spokesperson": whose office it is
    if len(other) == 1 and other.start > 1 and doc[other.start - 1].lower_ in {"for", "of"} \
            and find_head([word_of(doc[other.start - 2].text)]) is not None:
        return False  # one word the tagger read as a name is the office's field: "Vice Premier for Law and Security"
    if after is not None and other.end < span.end and after.lower_ in _ITEM_MARKS:
        return True  # "... Commodore Garin Golding and journalists": the title runs on over a list's item
    before = _word_before(doc, other.start)
    if before.lower_ in _ITEM_MARKS:
        return True  # "FSB officials (Victor Gavrilov"
    word = word_of(before.text)
    own_title = find_head([word]) is not None or word in ROLES.military_ranks or word in ROLES.honorifics
    return (own_title and before.i > 0 and doc[before.i - 1].lower_ not in _COMPLEMENT_LINKS
            or _ends_formal_complement(doc, before.i, span.start))


def _ends_formal_complement(doc: Doc, index: int, floor: int) -> bool:
    """Whether the word at ``index`` ends a formal title's capitalised complement written right before a name:
    "…, Coordinating Minister for Economic Affairs Airlangga Hartarto" is Hartarto's own office (the complement's
    words are capitalised, its links small; bounded by the title's start and a few words)."""
    if not doc[index].text[:1].isupper():
        return False
    while index > max(floor, doc[index].i - 8) and (doc[index].text[:1].isupper() or doc[index].lower_ in _LINKS):
        index -= 1
        if doc[index].lower_ in _LINKS and find_head([word_of(doc[index - 1].text)]) is not None:
            return doc[index - 1].text[:1].isupper()
    return False


def _word_before(doc: Doc, index: int) -> Token:
    """The word before a token, past a dash or colon."""
    index -= 1
    while index > 0 and doc[index].text in _DASHES:
        index -= 1
    return doc[index]
