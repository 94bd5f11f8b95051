"""The gender the article itself gives a person: an honorific ('Mr', 'Ms'), a gendered role noun ('spokeswoman',
'wife') in the title or just before the name, unless the person's own words say otherwise (issue 14). First names
never decide gender: a person the article gives no evidence for has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc

from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary
from quotelens.model import Entity


def article_genders(doc: Doc, people: Sequence[Entity], mentions: Sequence[tuple[int, int, Entity]]) -> dict[str, str]:
    """Each person's gender by id, where the article gives evidence; ``mentions`` are (start, end, person)."""
    cues = vocabulary("cues")
    honorifics: dict[str, str] = cues["honorifics"]
    nouns = {word: gender for word, gender in cues["gendered_nouns"].items() if not word.startswith("$")}
    pronouns: dict[str, str] = cues["subject_pronouns"]
    text = doc.text
    gender: dict[str, str] = {}
    honoured: set[str] = set()  # gendered by 'Mr', 'Ms': stronger than any noun or pronoun
    for start, _, entity in mentions:
        before = text[max(0, start - 14):start].split()
        for word in before[-1:] + text[start:start + 6].split()[:1]:
            if honorifics.get(word.lower()) and word[0].isupper():
                gender.setdefault(entity.id, honorifics[word.lower()])
                honoured.add(entity.id)
        for word in before[-1:]:
            noun = re.sub(r"(’s|'s)?[,;:]?$", "", word.lower())
            if noun in nouns:
                gender.setdefault(entity.id, nouns[noun])
    for entity in people:
        for word in (entity.title or "").lower().replace(",", " ").split():
            if word in nouns:
                gender.setdefault(entity.id, nouns[word])
    for start, end, entity in mentions:
        # 'FO spokesman Mumtaz Zahra Baloch said she would …': her own words' pronoun outweighs a title's noun
        # (outlets write 'spokesman' of women); it only takes the noun's evidence away.
        own = pronouns.get(_own_pronoun(doc, start, end) or "")
        if entity.id not in honoured and own and gender.get(entity.id) not in (None, own):
            del gender[entity.id]
    return gender


@cache
def role_forms() -> dict[str, tuple[str, ...]]:
    """Each form of a role word → the forms that name the same role: a neutral form its gendered ones, a gendered
    form the neutral ones (data/roles.json 'role_forms'; 'spokesman' never stands for 'spokeswoman')."""
    forms: dict[str, tuple[str, ...]] = {}
    for neutral, gendered in vocabulary("roles")["role_forms"]["values"].items():
        forms[neutral] = forms.get(neutral, ()) + tuple(gendered)
        for word in gendered:
            forms[word] = forms.get(word, ()) + (neutral,)
    return forms


def _own_pronoun(doc: Doc, start: int, end: int) -> str | None:
    """The pronoun subject of the clause the person named at ``start`` says ('X said she would …'), if any."""
    span = doc.char_span(start, end, alignment_mode="expand")
    token = span.root if span is not None else None
    while token is not None and token.dep_ in ("compound", "appos", "flat") and token.head.i != token.i:
        token = token.head
    if token is None or token.dep_ != "nsubj":
        return None
    subjects = [subject for clause in children(token.head, "ccomp") for subject in children(clause, "nsubj")]
    return subjects[0].lower_ if subjects else None
