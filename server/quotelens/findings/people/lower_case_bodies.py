"""Bodies a title names without writing their name: an acronym's spelled-out name, a kind in lower case that
stands for the body the article named before, a seat of government in lower case, a lower-case kind word."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotelens.findings.acronyms import initials_spelling, name_in_brackets
from quotelens.findings.people.body_kinds import is_armed_group
from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.spoken_for import body_spoken_for
from quotelens.language.entities import last_entity_with_word
from quotelens.language.syntax import text_of, token_text, word_of
from quotelens.language.vocabulary import word_list

_SEATS = frozenset(word_list("places", "seats_of_government"))
_SPELLED = "quotelens.acronym_kinds"


def spelled_out(doc: Doc, acronym: str | None) -> str | None:
    """The name an article gives an acronym, so that the kind of a body named by its acronym is the kind of its name:
    the name it follows in parentheses ("Democratic Progressive Party (DPP)" for "DPP"), else a name the article
    writes whose initials spell it ("India's Ministry of External Affairs … MEA spokesperson"). Read once per
    document and acronym: each look scans the text."""
    if not acronym or not acronym.isupper() or not acronym.isalpha():
        return None
    cache = doc.user_data.setdefault(_SPELLED, {})
    if acronym not in cache:
        text = text_of(doc)
        cache[acronym] = name_in_brackets(text, acronym, before=len(text)) or initials_spelling(text, acronym)
    return cache[acronym]


def body_named_before(doc, tokens: list[Token], head: Token | None = None) -> str | None:
    """The body the article named before a title that gives only its kind in lower case: "ministry spokeswoman
    Joanne Ou" after "The Ministry of Foreign Affairs (MOFA) slammed …" is of the Ministry of Foreign Affairs; a
    bare spokesperson (``head``, no words before it) speaks for the body in focus (spoken_for.py)."""
    if not tokens:  # "The State Department announced ... spokesperson Heather Nauert said"
        return body_spoken_for(doc, head) if head is not None else None
    if seat := seat_in_lower_case(tokens):
        return seat
    kinds = [word_of(token.text) for token in tokens
             if token.text.islower() and word_of(token.text) in ROLES.state_org_words]
    if not kinds:
        return None
    ent = last_entity_with_word(doc, tokens[0].i, "ORG", kinds[-1])
    if ent is None or is_armed_group(ent.text):
        return None  # 'army spokesperson' after 'the Sudan Liberation Army': a state's kind is no armed group (S65)
    text = ent.text[4:] if word_of(ent.text).startswith("the ") else ent.text
    return text[:-2] if text.endswith(("'s", "’s")) else text


def seat_in_lower_case(tokens: list[Token]) -> str | None:
    """A body with a name of its own written in lower case before the head: "state department spokesperson Tammy
    Bruce" is of the State Department (the seats of government in data/places.json)."""
    words = [word_of(token.text) for token in tokens if token.text.islower()]
    for size in (2, 1):
        for index in range(len(words) - size + 1):
            phrase = " ".join(words[index:index + size])
            if phrase in _SEATS:
                return phrase.title()
    return None


def organization_word(tokens: list[Token]) -> str | None:
    """A lower-case organisation word before the head ("company president", "campaign spokesman"): it tells
    the kind of organisation though it names none."""
    for index in range(len(tokens) - 1, -1, -1):
        token, word = tokens[index], word_of(tokens[index].text)
        # A body word of two ("foreign affairs secretary Joey Bimha": the ministry's field names its kind).
        pair = word_of(token_text(tokens[index - 1:index + 1])) if index else ""
        for phrase in (pair, word):
            if phrase in ROLES.nonstate_org_words or phrase in ROLES.state_org_words:
                return phrase
        # "junta leader", "city leader": an office of a government the words do not name; capitalised only as the
        # title's first word ("State Counsellor"), where it names no body ("Manchester City manager" does).
        if (token.text.islower() or token.i == tokens[0].i) and word in ROLES.state_modifiers:
            return "government"
    return None
