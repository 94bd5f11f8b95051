"""Names the people finder listed as persons that no quote's speaker can be: a thing's name ('an Iqama'), a body's
short name the article spells out, a name the tagger reads as a body or place wherever the article writes it
('Asean', 'Santo Domingo'), a name that only ever modifies another word ('Kani-based', 'south Kani residents').
The people finder's list is not changed; only the speaker resolver, its pronouns and descriptions leave them out."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotelens.findings.acronyms import bracketed_after
from quotelens.findings.body_registry import organization_heads
from quotelens.model import Entity

INDEFINITE = re.compile(r"(?i)(?:^|\s)an?\s+$")
# The tagger's labels for a body or a place: a name it gives one of these where it stands is not a person there.
BODY_OR_PLACE = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
# Bodies named after the one who leads them ('the Trudeau government', 'the Putin regime'): a name modifying one of
# these is a leader's, whose government speaks as the leader's state (quotes/governments.py, S40), not a place's.
LED_BODIES = frozenset({"government", "administration", "regime", "cabinet", "presidency"})
# Dependencies of a word that modifies the word after it ('the Al Ula agreement', 'south Kani residents', 'Kani-based').
MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod"})


def not_a_person(doc: Doc, text: str, entity: Entity) -> bool:
    """Say whether a listed person is no one a quote's speaker can be (module docstring)."""
    return entity.type == "person" and (_named_as_a_thing(text, entity) or _spelled_out_body(text, entity)
                                        or _tagged_as_body(doc, entity) or _only_modifies(doc, entity))


def _named_as_a_thing(text: str, entity: Entity) -> bool:
    """'disqualified over an Iqama (foreign work permit)': a name the article writes only after 'a' or 'an' is a
    thing's, not a person's (a person's name takes no indefinite article), whom no pronoun or description means."""
    named = [start for start, end in entity.mentions if text[start:end] == entity.name]
    return bool(named) and all(INDEFINITE.search(text[max(0, start - 4):start]) for start in named)


def _spelled_out_body(text: str, entity: Entity) -> bool:
    """'a statement by Beci (Brussels Enterprises Commerce & Industry)': a one-word name the article spells out in
    brackets, as a body's initials, is that body's short name, though the tagger called it a person once."""
    return " " not in entity.name and bracketed_after(text, entity.name, len(text)) is not None


def _tagged_as_body(doc: Doc, entity: Entity) -> bool:
    """'… the Association of South-east Asian Nations (Asean). Asean had invited …, Asean is facing calls': a name
    with no title that the tagger never reads as a person's name where it stands (only as a body or place, or a
    person's word modifying another, 'the Asean family') and reads as a body or place twice or more is that body or
    place, whom no 'he' or 'she' means. One mention read as a person's name keeps it a person ('led by Ekachai
    Hongkangwan', then 'Ekachai said' read as a place): the tagger errs on names it has not seen."""
    if entity.title or entity.is_official:
        return False
    roots = [span.root for start, end in entity.mentions
             if (span := doc.char_span(start, end, alignment_mode="expand")) is not None]
    if any(root.ent_type_ == "PERSON" and root.pos_ == "PROPN" for root in roots):
        return False
    return sum(root.ent_type_ in BODY_OR_PLACE for root in roots) >= 2


def _only_modifies(doc: Doc, entity: Entity) -> bool:
    """'a representative of Kani-based Kyauk Lone Gyi …', 'south Kani residents', 'Kyauk Lone Gyi People’s Defense
    Force': a name that at every mention modifies a word after it, joins it by a hyphen or owns a
    body's head word names a place, a thing or part of a body's name, not someone to speak."""
    if entity.is_official or not entity.mentions:
        return False  # 'The Trudeau government': an official's name modifying a body names whose it is
    for start, end in entity.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root, after = span.root, doc[span.end] if span.end < len(doc) else None
        hyphened = after is not None and after.text == "-" and after.idx == end
        # The head after the name: a noun ('Kani residents') or a longer proper name it is part of ('Kyauk Lone
        # Gyi People’s Defense Force', parsed as one compound).
        modifies = (root.dep_ in MODIFIER_DEPS and root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN")
                    and root.head.lemma_.lower() not in LED_BODIES)
        owns_body = root.dep_ == "poss" and root.head.lemma_.lower() in organization_heads()
        if not (hyphened or modifies or owns_body):
            return False
    return True
