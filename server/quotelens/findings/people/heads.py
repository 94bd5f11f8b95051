"""Heads of state and government at the article's date (data/leaders.json "heads"): officials though the article
gives them no office (docs/annotation.md S15: "Putin said", "Anwar told reporters").

The article's date is the day its page says it was published (Article.date, read from the page's metas: DocContext
.date), when that day is within the list's horizon. A page that states no date, or text sent alone, dates itself,
surest first: a listed head it gives their office in the present ("President Joe Biden said") puts it within that
head's terms; else the latest year it names in a clause about the past is most often its own, and a head counts who
held office through the whole of that year; else, with no year named, only a head in office from before the list's
last decade without a break (Putin, Lukashenko) is one at any date a news article is likely to have. A year past the
list's horizon decides nothing: no official beats a wrong one.
Title and organisation stay as the article gives them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from quotelens.findings.people.holder_names import same_holder
from quotelens.findings.people.name_keys import NameKey, fold, name_key
from quotelens.findings.quotes.marks import QuotedSpan, inside_spans
from quotelens.language.vocabulary import word_list
from quotelens.model import Entity

if TYPE_CHECKING:
    from quotelens.context import DocContext

Stretch = tuple[str, str]  # the first and last day, ISO
Window = tuple[Stretch, ...]

# The last year the list was written for: a later year's holders are not known.
_HORIZON = 2025
_OPEN = f"{_HORIZON}-12-31"
# An article naming no year and no present head: the decade before the horizon, whose news the corpus holds.
_ANY_RECENT_DATE: Window = (("2015-01-01", _OPEN),)
_YEAR = re.compile(r"19[89]\d|20[0-4]\d")
# How far up the parse a year looks for its verb: a clause is rarely deeper.
_CLIMB = 8
# "Resolution 2017", "No. 2021": a number, not a year.
_NUMBERED = re.compile(r"(?:resolutions?|no\.?|number|decree|law|article)\s*$", re.IGNORECASE)


@cache
def _terms() -> tuple[tuple[NameKey, str, str | None], ...]:
    """Every listed term: the holder's name key, the day it began and the day it ended (None: not yet)."""
    return tuple((name_key(name), began, ended) for terms in word_list("leaders", "heads").values()
                 for name, began, ended in terms)


@cache
def _known_alone() -> frozenset[str]:
    return frozenset(word_list("leaders", "known_alone"))


@cache
def _states_by_word() -> dict[str, frozenset[str]]:
    """The states whose listed heads a word the news names them by alone (known_alone) is part of the name of."""
    found: dict[str, set[str]] = {}
    for state, terms in word_list("leaders", "heads").items():
        for name, _, _ in terms:
            for word in set(name_key(name).words) & _known_alone():
                found.setdefault(word, set()).add(state)
    return {word: frozenset(states) for word, states in found.items()}


def state_named_alone(key: NameKey) -> str | None:
    """The state of the head a one-word name means when the news names them by it alone ("Museveni": Uganda), if
    every listed head it may mean served that one state (who serves it does not depend on the date)."""
    states = _states_by_word().get(key.last, frozenset()) if len(key.words) == 1 and not key.suffix else frozenset()
    return next(iter(states)) if len(states) == 1 else None


@cache
def _heads_by_state() -> dict[str, list[NameKey]]:
    return {state: [name_key(name) for name, _, _ in terms] for state, terms in word_list("leaders", "heads").items()}


def state_headed_by(name: str) -> str | None:
    """The one state a listed head of any date so named has led ("Trump", "Joe Biden": United States), or None when
    the name is no listed head's or names heads of several states."""
    states = {state for state, heads in _heads_by_state().items() if head_named((name,), heads)}
    return states.pop() if len(states) == 1 else None


def article_year(doc: Doc, quoted: Iterable[QuotedSpan] = ()) -> int | None:
    """The latest year the article gives a past event ("adopted in 2022", "On March 8, 2022, Russia said"), or None
    when it gives none: a year of a contest or plan ("a reelection fight in 2018", "would renew through 2026") may
    be to come, so it is no sign of the article's date; nor is a year inside a quotation (``quoted``): a speaker
    speaks of any time ("the front-runner for the nomination in 2020"), the narration dates the article."""
    quoted_at = inside_spans(tuple(quoted))
    years = [int(token.text) for token in doc if _YEAR.fullmatch(token.text)
             and not _NUMBERED.search(doc[max(0, token.i - 3):token.i].text) and _about_the_past(token)
             and not quoted_at(token.idx)]
    return max(years, default=None)


def _about_the_past(token: Token) -> bool:
    """Whether a year is the date of a past event: through its date ("March 8, 2022") and preposition ("in") it
    hangs on a verb in the past tense ("adopted in 2022"), not on a noun ("the nomination in 2020", "the 2022
    package", which may be to come) nor on a verb of the present or future."""
    for _ in range(_CLIMB):
        if token.head is token:
            return False
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token.tag_ in {"VBD", "VBN"}
        if token.pos_ != "ADP" and token.ent_type_ != "DATE" and not token.is_punct:
            return False
    return False


def in_office_through(year: int) -> list[NameKey]:
    """The listed heads who held their office through the whole of ``year``."""
    return in_office_over(((f"{year}-01-31", f"{year}-12-01"),)) if year <= _HORIZON else []


def in_office_over(window: Window) -> list[NameKey]:
    """The listed heads who held their office over every stretch of ``window``."""
    held: dict[NameKey, list[Stretch]] = {}
    for key, began, ended in _terms():
        held.setdefault(key, []).append((began, ended or _OPEN))
    return [key for key, terms in held.items()
            if all(any(began <= first and last <= ended for began, ended in terms) for first, last in window)]


def dated_by_titles(entities: list[Entity]) -> Window | None:
    """The stretches of time the article's present heads date it to: each listed head given a head's office (not
    "former", "Vice", "-elect") held it then; None when no such head is named."""
    window: Window | None = None
    for entity in entities:
        if entity.type != "person" or entity.former or not entity.is_official or not _head_office(entity.title):
            continue
        terms = _terms_of((entity.name, *entity.aliases))
        if terms:
            window = terms if window is None else _overlap(window, terms)
    return window


def _head_office(title: str | None) -> bool:
    """Whether a title is a head of state's or government's office now: "President", "Prime Minister of Japan";
    not "Vice President", "President-elect" or "former Prime Minister"."""
    text = f" {' '.join(fold(title or '').replace('-', ' ').split())} "
    return any(f" {office} " in text for office in word_list("leaders", "head_offices")) and not any(
        f" {word} " in text for word in word_list("leaders", "not_head_words"))


def _terms_of(names: Iterable[str]) -> Window:
    """The terms of the listed head a person's full name names (one-word names date nothing)."""
    keys = [name_key(name) for name in names]
    return tuple((began, ended or _OPEN) for head, began, ended in _terms()
                 if any(len(key.words) >= 2 and same_holder(head, key) for key in keys))


def _overlap(one: Window, other: Window) -> Window:
    return tuple((max(a, c), min(b, d)) for a, b in one for c, d in other if max(a, c) <= min(b, d))


def head_named(names: Iterable[str], heads: list[NameKey]) -> bool:
    """Whether a person's written forms name one of ``heads``: a full name of theirs, or a word the news names one
    head by alone, their surname or given name ("Putin", "Anwar"), that names exactly one of them."""
    for name in names:
        key = name_key(name)
        if len(key.words) >= 2 or key.suffix:
            if any(same_holder(head, key) for head in heads):
                return True
        elif key.words and key.last in _known_alone():
            if len({head for head in heads if key.last in head.words}) == 1:
                return True
    return False


def heads_as_officials(context: DocContext, entities: list[Entity]) -> list[Entity]:
    """Make officials of the named people who are head of state or government at the article's date; the state they
    head is their organisation when the article gives them none (docs/annotation.md: the country tied to the office)."""
    heads = in_office_on(context.date) if context.date and context.date <= _OPEN else _heads_by_text(context, entities)
    if not heads:
        return entities
    return [replace(entity, is_official=True, organization=entity.organization or state_headed_by(entity.name))
            if entity.type == "person" and not entity.is_official and not entity.former
            and head_named((entity.name, *entity.aliases), heads)
            else entity for entity in entities]


def in_office_on(day: str) -> list[NameKey]:
    """The listed heads in office on ``day`` (ISO)."""
    return in_office_over(((day, day),))


def _heads_by_text(context: DocContext, entities: list[Entity]) -> list[NameKey]:
    """The heads in office at the date the article's own words give it: its present heads' terms, the latest year
    of a past event it names, else the stretch of recent years every such head held office through."""
    window = dated_by_titles(entities)
    year = article_year(context.doc, context.quoted_spans)
    if window is not None:
        if year is not None and year <= _HORIZON:  # the latest year named is no later than the article
            window = _overlap(window, ((f"{year}-01-01", _OPEN),))
        heads = in_office_over(window) if window else []
    elif year is not None:
        heads = in_office_through(year)
    else:
        heads = in_office_over(_ANY_RECENT_DATE)
    return heads
