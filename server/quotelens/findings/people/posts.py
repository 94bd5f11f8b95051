"""Offices the text ties to a person beyond a title phrase of their own: a post under an official ("His deputy Maciej
Wąsik", the deputy of the official named just before, in the same organisation), and the government a leader's name
stands for ("the Donald Trump administration")."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotelens.findings.people.assembly import NameIndex, Person
from quotelens.findings.people.offices import choose_title
from quotelens.findings.people.body_kinds import organization_kind
from quotelens.findings.people.governments import (government_led_by, government_named_for, headed_in_the_past,
                                                   names_only_an_administration, state_body_headed_by)
from quotelens.findings.people.past import is_past_title, words_before
from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.titles import Title
from quotelens.language.entities import entities_within
from quotelens.language.syntax import ARTICLES, word_of


# Heads of legislators, whose named staff in news are mostly campaign staff.
_LEGISLATORS = {"senator", "representative", "congressman", "congresswoman", "congressmember", "lawmaker",
                "legislator", "parliamentarian"}
# The length of a government as written: "37-year rule", "decade-long regime", "two-decade rule".
# Verbs that remove a government: its leader's office is past.
_REMOVING_VERBS = frozenset({"oust", "depose", "topple", "overthrow"})
_LENGTH = re.compile(r"\b\d+\s*-\s*year\b|-long\b|\bdecades?\b")


def add_possessed_posts(doc: Doc, people: list[Person]) -> list[Person]:
    """Give a title written after "his", "her" or "its" the office and organisation of whoever the pronoun means.

    A post under an official ("his deputy", "her spokesman") is an office in the same organisation when the
    person named last before it, in its sentence or the one before, holds a current office. Only heads whose
    office depends on the organisation count: "his lawyer" stays a lawyer. A post after "its" belongs to the
    organisation named last before it in its sentence, an office when that is a state body.
    """
    names = NameIndex(people)
    changed: dict[int, dict[int, Title]] = defaultdict(dict)
    for person in people:
        for number, title in enumerate(person.titles):
            pronoun = _pronoun_before(doc, title)
            if title.is_official and title.organization:
                continue
            if pronoun is None:
                # "President Obama's first budget director Peter Orszag": the possessor named in the title.
                superior = names.inside(doc, title) if title.head in ROLES.conditional_heads else None
                office = choose_title(list(superior.titles)) if superior is not None else None
                # Not a legislator's: "Sanders' senior media adviser" works for the campaign more often than not.
                if office is not None and office.is_official and not office.former \
                        and office.head not in _LEGISLATORS:
                    changed[id(person)][number] = replace(title, is_official=True,
                                                          organization=office.organization)
                continue
            if pronoun.lower_ == "its":  # any post of a body: "its CEO", "its Chairman"
                body = _body_before(pronoun)
                if body is not None:
                    official = title.is_official or organization_kind(body) == "state"
                    changed[id(person)][number] = replace(title, organization=title.organization or body,
                                                          is_official=official)
                continue
            if title.head not in ROLES.conditional_heads:
                continue
            superior = _superior(doc, names, person, pronoun)
            office = choose_title(list(superior.titles)) if superior is not None else None
            if office is not None and office.is_official and not office.former:
                changed[id(person)][number] = replace(title, is_official=True,
                                                      organization=title.organization or office.organization)
    return [replace(person, titles=tuple(changed[id(person)].get(number, title)
                                         for number, title in enumerate(person.titles)))
            if id(person) in changed else person for person in people]


def _pronoun_before(doc: Doc, title: Title) -> Token | None:
    """The possessive pronoun right before a title ("his" in "his deputy"), or None."""
    span = doc.char_span(title.start, title.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    return before if before.tag_ == "PRP$" and before.lower_ in {"his", "her", "its"} else None


def _superior(doc: Doc, names: NameIndex, person: Person, pronoun: Token) -> Person | None:
    """The person "his" or "her" most likely means: named last before it, in its sentence or the one before."""
    sentence = pronoun.sent
    earliest = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    named = [other for _, _, other in names.between(earliest, pronoun.i) if other is not person]
    return named[-1] if named else None


def add_governments_led(doc: Doc, people: list[Person]) -> list[Person]:
    """Give a person whose name stands for a government ("the Donald Trump administration", "the ousted Bashar al
    Assad regime") or who is written as heading one ("the civilian government led by Aung San Suu Kyi", "the
    ministry supervised by João Gomes Cravinho") the office of its leader: an implied title, counted as an office but never shown, past when the
    phrase says so. A government noun a name modifies (``government_nouns``) says who heads it. Not for a
    one-word name the article uses only so: "the Obama administration" alone labels the government (the
    PolNeAR annotation does not list it as a person). A person named only as the label of their administration is
    not listed at all (S17)."""
    found = []
    for person in people:
        if names_only_an_administration(person.mentions):
            continue
        implied = []
        if len(person.key.words) < 2 and len(person.mentions) < 2:
            found.append(person)
            continue
        for span in person.mentions:
            noun = government_named_for(span) or government_led_by(span) or state_body_headed_by(span)
            if noun is None:
                continue
            phrase = doc[min(noun.left_edge.i, span.start):max(noun.i + 1, span.end)]
            words = [word_of(token.text) for token in phrase]
            # A government given its length is looked back on: "Mugabe's 37-year rule"; a body headed in the simple
            # past is ("who headed the Federal Intelligence Agency under Macri").
            measured = _LENGTH.search(phrase.text.lower()) is not None or _removed(noun) or headed_in_the_past(noun)
            implied.append(Title(phrase.text, "leader", None, True, phrase.start_char, phrase.end_char,
                                 former=measured or is_past_title(words) or is_past_title(words_before(doc, phrase)),
                                 implied=True))
        found.append(replace(person, titles=(*person.titles, *implied)) if implied else person)
    return found


def _removed(noun: Token) -> bool:
    """Whether a clause removes the government it names: "it overthrew the civilian government led by Aung San Suu
    Kyi" (the verbs of roles.json past_marks 'ousted', 'deposed', 'toppled', 'overthrown')."""
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in _REMOVING_VERBS


def _body_before(pronoun: Token) -> str | None:
    """The organisation "its" most likely means: the one named last before it in its sentence ("major fertiliser
    maker Acron Group and its CEO"); an entity without a capitalised word ("101st") is spaCy's slip, not a body."""
    bodies = [ent for ent in entities_within(pronoun.doc, pronoun.sent.start, pronoun.i) if ent.label_ == "ORG"
              and any(token.is_alpha and token.text[:1].isupper() for token in ent)]
    if not bodies:
        return None
    body = bodies[-1]
    return body[1:].text if body[0].lower_ in ARTICLES else body.text
