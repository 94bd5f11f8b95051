"""The courts, regions and chambers an article names, for the offices of its judges, governors and legislators: the
court named last before a judge's title, the region named last by the end of a governor's sentence, the chamber
named last before a legislator's title."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotelens.findings.quotes.marks import QuotedSpan, inside_spans

from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import sentence_start, word_of
from quotelens.language.vocabulary import word_list

REGIONAL_OFFICES = frozenset(word_list("places", "regional_offices"))
LEGISLATIVE_OFFICES = frozenset(word_list("places", "legislative_offices"))
# A chamber's or council's name: its own word with the capitalised words before it ("the US Congress", "Laois County
# Council", "the Senate"). Not "Council" or "Assembly" alone: a security council or a general assembly seats states.
_CHAMBER = re.compile(r"(?:[A-Z][\w’'.-]*\s+(?:of\s+)?)*(?:Congress|Parliament|Senate|House of Representatives|House "
                      r"of Commons|National Assembly|(?:City|County|Municipal|Town|District|Borough) Council)\b")
# Sentences before a legislator's that may name the chamber: the delegation or the vote the holder is part of.
_CHAMBER_LOOK_BACK = 2
_REGION_WORDS = frozenset(word_list("places", "region_words"))
_RULINGS = frozenset(word_list("places", "court_rulings"))
# The most words a court's name takes ("Pasay City Regional Trial Court", "Court of Justice of ECOWAS").
_LONGEST_COURT = 8


def courts_named(doc: Doc, quotes: Sequence[QuotedSpan] = ()) -> list[tuple[int, str]]:
    """The courts the document names ("The Islamabad High Court (IHC)", "the Supreme Court's", "the Court of
    Appeal"): a capitalised court word with the capitalised words before it, or else with "of" and the capitalised
    words after it, as (character offset, name), in text order; a court written after a holder's name ("Judge A of
    the X Court") is left out, being that judge's (bodies_after.with_body_after), and so is a court inside
    ``quotes`` (a judge quoted on the case speaks of other courts) or one whose decision is under review ("upheld
    the decision of the High Court": the judges upholding it sit on another). Read from the words: spaCy often
    leaves a court's name untagged."""
    found = []
    quoted = inside_spans(quotes)
    for token in doc:
        if not token.text[:1].isupper() or word_of(token.text) not in ROLES.court_words:
            continue
        if quoted(token.idx) or _reviewed(doc, token):
            continue
        start, end, floor = token.i, token.i + 1, sentence_start(token)
        while start > floor and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in {"PROPN", "ADJ"}:
            start -= 1
        if start == token.i and end + 1 < len(doc) and doc[end].lower_ == "of":
            end += 1
            while end < len(doc) and end - start < _LONGEST_COURT and doc[end].text[:1].isupper() \
                    and doc[end].pos_ == "PROPN":
                end += 1
            end = end if end > token.i + 2 else token.i + 1
        if end - start > 1 and not _after_a_name(doc, start):  # "Court" alone names no court
            found.append((doc[start].idx, doc[start:end].text))
    return found


def _reviewed(doc: Doc, court: Token) -> bool:
    """Whether a court word names the court whose decision is reviewed: "the decision of the High Court", "the
    High Court's ruling" (a ruling noun within two words of the court word; data/places.json court_rulings)."""
    after = [word_of(token.text) for token in doc[court.i + 1:court.i + 3]]
    if len(after) == 2 and after[0] in ("'s", "’s") and after[1] in _RULINGS:
        return True  # "the High Court's ruling"
    # "the decision of the High Court": the nearest "of" within five words, only the court's name after it
    floor = max(0, court.i - 5)
    of = next((index for index in range(court.i - 1, floor - 1, -1) if word_of(doc[index].text) == "of"), None)
    return of is not None and of > floor and word_of(doc[of - 1].text) in _RULINGS and all(
        doc[index].text[:1].isupper() or word_of(doc[index].text) == "the" for index in range(of + 1, court.i))


def _after_a_name(doc: Doc, start: int) -> bool:
    """Whether a court's name at token ``start`` follows a person's name and "of (the)": "Judge Jesus Mupas of
    Pasay City Regional Trial Court"."""
    link = start - 2 if start >= 2 and doc[start - 1].lower_ == "the" else start - 1
    return link >= 1 and doc[link].lower_ == "of" and doc[link - 1].ent_type_ == "PERSON"


def court_before(courts: list[tuple[int, str]], position: int) -> str | None:
    """The court named last before character ``position``."""
    index = bisect_left(courts, (position, ""))
    return courts[index - 1][1] if index else None


def regions_named(doc: Doc) -> tuple[tuple[int, str], ...]:
    """The regions the document names, as (character offset, name) in text order: a region word with the
    capitalised words before it ("Russia's southern Rostov region") or after its "of" ("the region of Bryansk")."""
    found = []
    for token in doc:
        if token.lower_ not in _REGION_WORDS:
            continue
        start, floor = token.i, sentence_start(token)
        while start > floor and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start < token.i:
            found.append((doc[start].idx, doc[start:token.i + 1].text))
            continue
        end = token.i + 2
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            end += 1
        if end > token.i + 2 and doc[token.i + 1].lower_ == "of":
            found.append((token.idx, doc[token.i + 2:end].text))
    return tuple(found)


def region_for(doc: Doc, regions: tuple[tuple[int, str], ...], position: int) -> str | None:
    """The region named last before the end of the sentence of character ``position`` (a regional office's
    title)."""
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    if token is None:
        return None
    index = bisect_left(regions, (token.sent.end_char, ""))
    return regions[index - 1][1] if index else None


def chamber_for(doc: Doc, position: int) -> str | None:
    """The chamber or council named last before character ``position`` (a legislator's title), within its sentence
    and the two before it: "a senior delegation from the US Congress consisting of Senator Jeanne Shaheen" is of the
    US Congress; none further back, where another body's members may be named, nor after the title, where a chamber
    is where the holder acts ("Sen. Mitch McConnell (R-Ky.) said he would not bring the bill up in the Senate")."""
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    if token is None:
        return None
    start = token.sent.start
    for _ in range(_CHAMBER_LOOK_BACK):
        start = doc[start - 1].sent.start if start else start
    found = _CHAMBER.findall(doc.text[doc[start].idx:position])
    return found[-1].removeprefix("The ").removeprefix("the ") if found else None
