"""Whether an office is past in the article's frame: marks in the title ("former", "then-", "the late"), a closed
term after it ("from 2014 to 2017"), or a past-tense verb that gives it ("who served as", "was ... at the time")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import word_of


def is_past_title(words: list[str]) -> bool:
    """Whether a title's words put the office in the past: "former", "then-", "the late", "Bush-era"."""
    return any(word in ROLES.past_marks or word.split("-")[0] + "-" in ROLES.past_marks or word.endswith("-era")
               for word in words)


def in_the_past(verb: Token) -> bool:
    """Whether a verb giving an office puts it in the past: "who served as", "was Home Secretary at the time"."""
    if verb.tag_ != "VBD":
        return False
    if verb.lemma_ in ROLES.past_office_verbs:
        return True
    return any(word_of(token.text) in ROLES.past_frame_words for token in verb.subtree)


def closed_term_after(doc: Doc, index: int) -> bool:
    """Whether an office is followed by a term that has ended: "Trade Minister from 2014 to 2017", "until 2019"."""
    words = [word_of(token.text) for token in doc[index:index + 5]]
    years = [position for position, word in enumerate(words) if len(word) == 4 and word.isdigit()]
    if not words or not years:
        return False
    return words[0] in {"until", "till"} or words[0] in {"from", "between"} and len(years) >= 2


def words_before(doc: Doc, phrase: Span) -> list[str]:
    """The two words before a title phrase that modify it: "late" in "the late King Hussein" (not "then" in
    "I then heard President Trump", which modifies the verb)."""
    start = max(phrase.sent.start if len(phrase) else 0, phrase.start - 2)
    return [word_of(token.text) for token in doc[start:phrase.start] if token.head.i >= phrase.start]
