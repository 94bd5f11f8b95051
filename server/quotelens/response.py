"""The one serialiser: an Analysis as the JSON object described by shared/response.schema.json."""

from __future__ import annotations

from dataclasses import asdict

from quotelens import __version__
from quotelens.model import Analysis, Entity


def to_json(analysis: Analysis, cached: bool = False) -> dict:
    """Serialise an analysis; every field name is the schema's."""
    article = asdict(analysis.article)
    return {
        "version": __version__,
        "article": article,
        "quotes": [asdict(quote) for quote in analysis.quotes],
        "entities": [entity_json(entity) for entity in analysis.entities],
        "sanctions": [{**asdict(sanction), "targets": list(sanction.targets), "sectors": list(sanction.sectors)} for sanction in analysis.sanctions],
        "spans": [{**asdict(span), "categories": list(span.categories)} for span in analysis.spans],
        "stats": {
            "timings_ms": {stage: round(ms, 3) for stage, ms in analysis.timings_ms.items()},
            "cached": cached,
            "truncated_spans": analysis.truncated_spans,
            "skipped_stages": list(analysis.skipped_stages),
        },
    }


def entity_json(entity: Entity) -> dict:
    record = asdict(entity)
    record["aliases"] = list(entity.aliases)
    record["quote_ids"] = list(entity.quote_ids)
    record["mentions"] = [{"start": start, "end": end} for start, end in entity.mentions]
    record["listed"] = [{**asdict(listing), "programs": list(listing.programs)} for listing in entity.listed]
    return record
