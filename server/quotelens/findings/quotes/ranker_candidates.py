"""The candidate speakers the learned ranker scores (issue 14): the person and organisation entities by the mentions
that carry their name (not the pronouns and descriptions the rules tied to them, which would hand the rules' answer
to every feature), and the ORG and GPE entities spaCy tags; how names are compared; which speakers the rules
resolved; and the words the article gave them, which a definite description's head must be for the gate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from quotelens.findings.body_registry import body_name
from quotelens.language.entities import named_entities
from quotelens.model import Entity

# Words a name shares with a mention of it that say nothing about which name it is.
NAME_NOISE = frozenset({"the", "of", "and", "for", "s"})
# How many candidates sharing one word a spaCy entity is compared with (news articles name far fewer).
SAME_NAME_LOOKUPS = 64


@dataclass(frozen=True)
class Candidate:
    """Someone a quote may be by: a name, whether a person, its name-carrying mentions, and its entity if any."""

    name: str
    is_person: bool
    mentions: tuple[tuple[int, int], ...] = ()
    entity_id: str | None = None
    title: str = ""
    is_place: bool = False  # only ever tagged a place (GPE): a country or city speaks for its government, if ever


def name_words(name: str | None) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", (name or "").lower().replace("’s", "").replace("'s", ""))) - NAME_NOISE


def same_name(one: str, other: str) -> bool:
    """One name's words hold the other's ('Zakharova' ~ 'Maria Zakharova')."""
    a, b = name_words(one), name_words(other)
    return bool(a) and bool(b) and (a <= b or b <= a)


def find_candidates(doc: Doc, entities: Sequence[Entity]) -> list[Candidate]:
    """The person and organisation entities by their name-carrying mentions, then spaCy's ORG (as body_name trims
    them) and GPE entities, merged into the first candidate of the same name."""
    text = doc.text
    named: list[tuple[Entity | None, str, list[tuple[int, int]]]] = []
    by_word: dict[str, list[int]] = {}  # a name word -> the candidates whose name holds it, in order
    labels: dict[str, set[str]] = {}
    for entity in entities:
        if entity.type not in ("person", "organization"):
            continue
        words = name_words(" ".join([entity.name, *entity.aliases]))
        mentions = [(s, e) for s, e in entity.mentions if name_words(text[s:e]) & words]
        _add(named, by_word, (entity, entity.name, mentions))
    for ent in named_entities(doc):
        name = body_name(doc, text, ent)
        if ent.label_ not in ("ORG", "GPE") or not name_words(name):
            continue
        same = _same_named(named, by_word, name)
        if same is None:
            same = _add(named, by_word, (None, name, []))
        same[2].append((ent.start_char, ent.end_char))  # one the entity already has: dropped by the set below
        labels.setdefault(same[1], set()).add(ent.label_)
    return [Candidate(name, entity is not None and entity.type == "person", tuple(sorted(set(mentions))),
                      entity.id if entity else None, (entity.title or "") if entity else "",
                      entity is None and labels.get(name) == {"GPE"})
            for entity, name, mentions in named]


def _add(named: list, by_word: dict[str, list[int]], item: tuple) -> tuple:
    for word in name_words(item[1]):
        by_word.setdefault(word, []).append(len(named))
    named.append(item)
    return item


def _same_named(named: list, by_word: dict[str, list[int]], name: str) -> tuple | None:
    """The first candidate whose name holds ``name``'s words or is held by them: one that shares a word with it,
    looked up by word, at most SAME_NAME_LOOKUPS of each (a page naming a thousand ministries stays linear)."""
    found = [next((i for i in by_word.get(word, ())[:SAME_NAME_LOOKUPS] if same_name(named[i][1], name)), None)
             for word in name_words(name)]
    first = min((i for i in found if i is not None), default=None)
    return None if first is None else named[first]


def resolved_speakers(entities: Sequence[Entity]) -> set[str]:
    """The ids of the people and bodies a quote may be said to be by: a body named only by the words at its cue
    ('board' for "the board said", no capital anywhere) is a description the rules left unresolved."""
    return {entity.id for entity in entities if entity.type == "person" or (
        entity.type == "organization" and entity.name != entity.name.lower())}


def given_words(candidates: Sequence[Candidate]) -> frozenset[str]:
    """Every word the article gave a candidate by name or title: what a definite description's head must be."""
    return frozenset(word for candidate in candidates
                     for word in name_words(candidate.name) | set(re.findall(r"[a-z]+", candidate.title.lower())))
