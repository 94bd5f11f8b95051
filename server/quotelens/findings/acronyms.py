"""A body's short name and the full name the article gives it: "ELN" → "National Liberation Army", "EU" →
"European Union", "Ecowas" → "Economic Community of West African States" (docs/annotation.md names an
organisation speaker by the fullest name the article gives)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotelens.language.syntax import ARTICLES, BODY_DETERMINERS
from quotelens.language.vocabulary import vocabulary, word_list

# Small words inside an organisation's name ("Organization for Security and Co-operation in Europe").
SMALL_WORDS = tuple(word_list("speakers", "organization_small_words"))
# An acronym in brackets after the name it stands for: "the National Liberation Army (ELN)".
ACRONYM_AFTER_NAME = r"((?:[A-Z][\w’'&.-]*\s+|(?:of|for|and|the|de|del)\s+){{1,8}})\(\s*{acronym}\s*\)"
# A name in brackets after the short name it spells out: "Beci (Brussels Enterprises Commerce & Industry)".
NAME_WORD = r"(?:[A-Z][\w’'.-]*|&|of|for|and|the|de|del)"
NAME_AFTER_ACRONYM = r"(?<![\w-]){acronym}\s*\(\s*(" + NAME_WORD + r"(?:\s+" + NAME_WORD + r"){{1,8}})\s*\)"
# How far after a mention of a short name its bracketed spelling-out may end, in characters.
BRACKET_NAME_REACH = 120
# Words left off the front of a spelled-out name.
LEADING_WORDS = ARTICLES | BODY_DETERMINERS


# Full names of international bodies for an article that writes only their short name (docs/annotation.md S9).
INTERNATIONAL_BODIES: dict[str, str] = vocabulary("speakers")["international_bodies"]["values"]


def owner_in_full(text: str, words: list[Token]) -> str:
    """A body's name whose owner is an international body's short name, under the owner's full name (S9) and with
    no count that describes the body: 'AU’s 15-member Peace and Security Council' → 'African Union’s Peace and
    Security Council'. Any other name is its words as written."""
    written = text[words[0].idx:words[-1].idx + len(words[-1])]
    owner = words[0].text.lower()
    if len(words) < 3 or words[1].tag_ != "POS" or owner not in INTERNATIONAL_BODIES:
        return written
    rest = words[2:]
    if len(rest) > 3 and rest[0].like_num and rest[1].text == "-" and rest[2].pos_ == "NOUN":
        rest = rest[3:]  # '15-member': how big the body is, no part of its name
    return f"{INTERNATIONAL_BODIES[owner]}{words[1].text} {text[rest[0].idx:words[-1].idx + len(words[-1])]}"


def expanded_acronym(text: str, acronym: str, before: int) -> str | None:
    """The full name of ``acronym``: the name it follows in brackets before position ``before``, else a run of
    capitalised words anywhere in the article whose initials spell it, else an international body's full name."""
    return (name_in_brackets(text, acronym, before) or bracketed_after(text, acronym, before)
            or initials_spelling(text, acronym.upper()) or INTERNATIONAL_BODIES.get(acronym.lower()))


# Dotted initials written without their last period ('the U.S State Department'): the writer's slip, not a word 'S'.
UNFINISHED_INITIALS = re.compile(r"\b((?:[A-Z]\.)+[A-Z])(?=\s|$)")


def full_name(name: str) -> str:
    """``name``, or the international body's full name when it is one of its short forms ('EU', 'Council of the
    EU'): S9 names such a body in full whichever way the article's rules arrived at the short one. Dotted initials
    are finished ('U.S Treasury' is the 'U.S. Treasury' the article names elsewhere)."""
    name = UNFINISHED_INITIALS.sub(r"\1.", name)
    return INTERNATIONAL_BODIES.get(name.lower().removeprefix("the "), name)


def is_acronym(words: list[Token], text: str) -> bool:
    """"ELN", "Ecowas", or a short name the article defined in brackets as one ("… West African States (Ecowas)")."""
    if len(words) != 1 or len(words[0].text) < 2 or not words[0].text.isalpha():
        return False
    word = words[0].text
    return (word.isupper() or (word[:1].isupper() and (f"({word})" in text or bracketed_after(text, word, len(text))))
            or word[:1].isupper() and word.lower() in INTERNATIONAL_BODIES)


def name_in_brackets(text: str, acronym: str, before: int) -> str | None:
    """The name ``acronym`` follows in brackets before position ``before``: "National Liberation Army (ELN)"."""
    match = re.search(ACRONYM_AFTER_NAME.format(acronym=re.escape(acronym)), text[:before])
    if match is None:
        return None
    name = match.group(1).split()
    while name and name[0].lower() in LEADING_WORDS | {"of", "for", "and"}:
        name = name[1:]
    return " ".join(name) or None


def bracketed_after(text: str, acronym: str, before: int) -> str | None:
    """The name in brackets right after ``acronym`` at or before ``before`` whose capitalised words' initials spell
    it: "Beci (Brussels Enterprises Commerce & Industry)" (a bracket that only describes it spells nothing)."""
    pattern = NAME_AFTER_ACRONYM.format(acronym=re.escape(acronym))
    for match in re.finditer(pattern, text[:before + len(acronym) + BRACKET_NAME_REACH]):
        if match.start() > before:
            break
        initials = "".join(word[0] for word in match.group(1).split() if word[:1].isupper())
        if initials.lower() == acronym.lower():
            return match.group(1)
    return None


def initials_spelling(text: str, acronym: str) -> str | None:
    """"European Union" for "EU", "Economic Community of West African States" for "ECOWAS": a run of capitalised
    words anywhere in the article whose initials spell the acronym (small words between them skipped, or standing
    for their letter: the O of ECOWAS is "of")."""
    if len(acronym) < 2:
        return None
    skipped = rf"(?:\s+(?:{'|'.join(SMALL_WORDS)})\b)*"
    letters = []
    for letter in acronym:
        small = [word for word in SMALL_WORDS if word[0] == letter.lower()]
        # A word in capitals is no word of the spelled-out name: 'the EU and US' spells no 'EU'.
        letters.append(rf"\s+(?:{letter}(?![A-Z])[\w’'-]*" + "".join(f"|{word}" for word in small) + ")")
    match = re.search(r"(?<![\w-])" + skipped.join(letters)[3:] + r"\b", text)
    return match.group(0).strip() if match else None
