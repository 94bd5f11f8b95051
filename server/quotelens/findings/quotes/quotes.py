"""Quote finding: direct quotes, reported speech and quoted terms, each with its cue, source mention and speaker.

The stages, in order: the document's scope (scope.py), reported speech (reported.py: it lends cues to the quotes
inside it), direct quotes (direct.py; cues by cues.py, source mentions by sources.py, whom they stand for by
referents.py), the speech quoted inside them (nested.py), then the organisations that speak are numbered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quotelens.context import DocContext
from quotelens.findings.organization_entities import number_organizations
from quotelens.findings.quotes.direct import find_direct
from quotelens.findings.quotes.nested import find_nested
from quotelens.findings.quotes.reported import find_reported
from quotelens.findings.quotes.scope import build_scope
from quotelens.model import Entity, Quote


def find_quotes(context: DocContext, people: Sequence[Entity]) -> list[Quote]:
    """Find the direct quotes, reported speech and quoted terms of an article, in text order."""
    scope = build_scope(context, people)
    reported = find_reported(scope)
    direct = find_direct(scope, reported)
    # Numbered in the order the rules met them: reported speech first, then direct quotes, then those nested in them.
    found = number_organizations(reported + direct + find_nested(scope, context.quoted_spans, direct))
    found.sort(key=lambda quote: (quote.start, quote.end, quote.kind == "reported"))
    return [replace(quote, id=f"quote{index}") for index, quote in enumerate(found, start=1)]
