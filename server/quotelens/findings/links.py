"""Tie quotes to the people who said them: quote ids on each entity, the quote's source among its mentions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from quotelens.model import Entity, Quote


def link_quotes_to_people(people: Sequence[Entity], quotes: Sequence[Quote]) -> list[Entity]:
    """Give each entity the ids of its quotes, and add each attributing mention ("he") to its mentions.

    The source mention is added so that clicking the pronoun that attributes a quote opens the speaker's card.
    """
    quote_ids: dict[str, list[str]] = defaultdict(list)
    sources: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for quote in quotes:
        if quote.speaker is None:
            continue
        quote_ids[quote.speaker].append(quote.id)
        if quote.source is not None:
            sources[quote.speaker].add((quote.source.start, quote.source.end))
    linked = []
    for entity in people:
        mentions = set(entity.mentions)
        for start, end in sources.get(entity.id, ()):
            if not any(s < end and start < e for s, e in mentions):
                mentions.add((start, end))
        linked.append(replace(entity, quote_ids=tuple(quote_ids.get(entity.id, ())), mentions=tuple(sorted(mentions))))
    return linked


# Entity types a sanctions list can name; unnamed sources ("a senior official") are never matched.
LISTABLE_TYPES = {"person": "person", "organization": "organization"}


def mark_listed(entities: Sequence[Entity], watchlist) -> list[Entity]:
    """Attach the sanctions-list entries each named person or organisation matches."""
    marked = []
    for entity in entities:
        kind = LISTABLE_TYPES.get(entity.type)
        listings = tuple(watchlist.match(entity.name, entity.aliases, kind=kind)) if kind else ()
        marked.append(replace(entity, listed=listings) if listings else entity)
    return marked
