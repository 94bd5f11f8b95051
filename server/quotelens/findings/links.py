"""Tie quotes to the people who said them: quote ids on each entity, the quote's source among its mentions."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate

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
        mentions = with_sources(entity.mentions, sources.get(entity.id, set()))
        linked.append(replace(entity, quote_ids=tuple(quote_ids.get(entity.id, ())), mentions=mentions))
    return linked


def with_sources(mentions: Sequence[tuple[int, int]], sources: set[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The mentions plus each source that overlaps none of them (nor a source added before it), sorted.

    One pass in text order with the furthest end seen so far, not a scan of every mention per source: a speaker
    quoted a thousand times as "he" would make that quadratic.
    """
    merged = set(mentions)
    ordered = sorted(merged)
    starts = [start for start, _ in ordered]
    furthest = list(accumulate((end for _, end in ordered), max))  # furthest end among the first k mentions
    added_end = -1  # sources come in text order, so an earlier added source overlaps iff it ends after this start
    for start, end in sorted(sources):
        before = bisect_left(starts, end)  # the mentions that start before this source ends
        if (before and furthest[before - 1] > start) or added_end > start:
            continue
        merged.add((start, end))
        added_end = max(added_end, end)
    return tuple(sorted(merged))


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
