"""Whose words a description uses: a proper noun in 'the Cruz adviser' names someone else, but a word of the
person's own title or body ('the MEA official') or a seat of the person's own government ('the Kremlin official')
names no one else (issue 14)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.written_titles import is_written_title
from quotelens.language.vocabulary import word_list
from quotelens.model import Entity

# Seats of government that stand for their state ('the Kremlin' for Russia).
SEATS: dict[str, str] = word_list("places", "seats_of_government")


def names_another(scope: QuoteScope, source: Span, entity: Entity | None = None) -> bool:
    """Say whether a description names someone or something besides its office ('the Cruz adviser'), for
    ``entity`` if given: a word of the person's own title or body names no other ('the MEA official' for the
    Ministry of External Affairs (MEA) spokesperson, 'the Kremlin spokesman' for Kremlin spokesman Peskov)."""
    own = _own_words(entity) | _seat_words(scope, source, entity) if entity is not None else frozenset()
    return not is_written_title(source) and any(t.pos_ == "PROPN" and t.lower_ not in scope.resolver.countries
                                                 and t.lower_ not in own for t in source)


def _own_words(entity: Entity) -> frozenset[str]:
    """The words of a person's title and organisation, in lower case, without brackets ('(MEA)' is 'mea')."""
    return frozenset(re.findall(r"[\w'’.-]+", f"{entity.title or ''} {entity.organization or ''}".lower()))


def _seat_words(scope: QuoteScope, source: Span, entity: Entity) -> frozenset[str]:
    """'the Kremlin official' for Russian presidential spokesman Peskov, 'the White House official' for a US one: a
    seat of government (data/places.json) of the person's own state names no one else."""
    known = f" {entity.title or ''} {entity.organization or ''} ".lower()
    text = f" {source.text.lower()} "
    adjectives = scope.resolver.countries.items()
    return frozenset(word for seat, state in SEATS.items() if f" {seat} " in text
                     and (f" {state.lower()} " in known
                          or any(named == state and f" {adjective} " in known for adjective, named in adjectives))
                     for word in seat.split())


def names_own_body(description: Span, entity: Entity) -> bool:
    """'the MEA official': the proper nouns of a description are all words of the person's title or body."""
    names = {t.lower_ for t in description if t.pos_ == "PROPN"}
    return bool(names) and names <= _own_words(entity)
