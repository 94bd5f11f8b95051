"""Organisations that speak, as the response lists them: numbered by their canonical name (organizations.py) in
the order first met, and one `organization` entity each with the mentions it spoke through."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quotelens.findings.organizations import ORGANIZATION_ID
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.model import Entity, Quote


def number_organizations(quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with each organisation that speaks numbered ``organization<n>`` by its canonical name, in the
    order it is first met (the quote finder marks each with the bare ``ORGANIZATION_ID``)."""
    numbers: dict[str | None, str] = {}
    numbered = []
    for quote in quotes:
        if quote.speaker == ORGANIZATION_ID:
            number = numbers.setdefault(quote.speaker_name, f"{ORGANIZATION_ID}{len(numbers) + 1}")
            quote = replace(quote, speaker=number)
        numbered.append(quote)
    return numbered


def organization_entities(quotes: Sequence[Quote]) -> list[Entity]:
    """One entity per organisation that speaks in ``quotes`` (the quote finder gives each an ``organization<n>``
    id), with its source mentions, so the reader can click "the ministry" for everything the ministry said."""
    names: dict[str, str] = {}
    mentions: dict[str, set[tuple[int, int]]] = {}
    for quote in quotes:
        if quote.speaker is None or not quote.speaker.startswith(ORGANIZATION_ID):
            continue
        names.setdefault(quote.speaker, quote.speaker_name or "")
        found = mentions.setdefault(quote.speaker, set())
        if quote.source is not None and quote.source.text.lower() not in RELATIVE_PRONOUNS:
            found.add((quote.source.start, quote.source.end))  # 'which' in '…, which said' is no name to paint
    return [Entity(id=entity_id, type="organization", name=name, mentions=tuple(sorted(mentions[entity_id])))
            for entity_id, name in names.items()]
