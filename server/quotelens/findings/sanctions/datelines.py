"""The state an article is filed from, as the party of measures no sentence of it names: 'SINGAPORE - Banks here
will be banned from doing business with four Russian banks, as part of sanctions the Republic is imposing' (batch
13: a paper writing of its own government's measures names it by 'the Republic', 'the ministry', 'here').

What a dateline is lives in findings/datelines.py; the state read here is narrower than its dateline_state: only an
all-capitals place the article opens with, closed by a dash or a comma ('SINGAPORE -', 'TOKYO, April 12. /TASS/.').
"""

from __future__ import annotations

from typing import Protocol, Sequence

from spacy.tokens import Doc, Token

from quotelens.findings.datelines import closes_dateline
from quotelens.findings.sanctions.aliases import authority_of_text, state_of_capital
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children

# A dateline is a capitalised place closed by a dash or a comma within the article's first words.
_MARKS = {"-", "--", "—", "–", ","}
_WORDS = 4


class _Finding(Protocol):
    targets: tuple[str, ...]


def home_state(findings: Sequence[_Finding], doc: Doc, lex: Lexicon) -> str | None:
    """The dateline's state, unless a measure of the article hits it ('MOSCOW - Russia is struggling under
    sanctions' is filed from the target's capital)."""
    state = capitalised_dateline_state(doc, lex)
    hit = {state_of_capital(t) for f in findings for t in f.targets}
    return None if state in hit else state


def capitalised_dateline_state(doc: Doc, lex: Lexicon) -> str | None:
    """The state of a capitalised dateline ('SINGAPORE -', 'SEOUL, March 8 (Yonhap) --'); remembered per document."""
    memo = doc.user_data.setdefault("quotelens.dateline_state", {})
    if "state" not in memo:
        place = _dateline(doc)
        state = (authority_of_text(place, lex) or state_of_capital(place.title())) if place is not None else None
        # a city that is no capital ('GENEVA -') names no state
        memo["state"] = state if state in set(lex.country_of_adjective.values()) | {a for _, a in lex.aliases} \
            else None
    return memo["state"]


def _dateline(doc: Doc) -> str | None:
    for token in doc[:_WORDS + 1]:
        if token.text in _MARKS:
            words = [t for t in doc[:token.i] if not t.is_punct]
            if words and all(t.is_upper for t in words):  # the small model tags 'SINGAPORE' a body
                return " ".join(t.text for t in words)
            return None
    return None


def subject_past_dateline(subject: Token) -> Token | None:
    """The subject itself; for a dateline the parser made the subject ('LONDON - Australia has launched sanctions',
    'London | ...': the place, with the real subject hung on it as an appositive) that appositive, else None. A
    place filing the story imposes nothing (batch 15: a London-filed story on Australia's sanctions)."""
    if not in_dateline(subject):
        return subject
    return next((c for c in children(subject, "appos") if not in_dateline(c)), None)


def in_dateline(token: Token) -> bool:
    """A word before a dateline's closing mark (homes.closes_dateline) or a spaced bar ('London | Australia has
    launched') among the article's first words: its dateline."""
    mark = next((t.i for t in token.doc[:_WORDS + 1] if closes_dateline(t) or t.text == "|" and t.whitespace_), None)
    return mark is not None and token.i < mark
