"""The analysis of an article, in order: spaCy doc → people, quotes, sanctions → spans (the page → article step is
in article.py; analyzer.py runs both for a request)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from quotelens.findings.links import link_quotes_to_people, mark_listed
from quotelens.findings.organizations import organization_entities
from quotelens.findings.people.people import find_people
from quotelens.findings.quotes.quotes import find_quotes
from quotelens.findings.sanctions.sanctions import find_sanctions
from quotelens.model import Analysis, Article, Block
from quotelens.spans import build_spans


@dataclass
class Stopwatch:
    """Milliseconds spent in each named stage of one analysis."""

    timings_ms: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str):
        began = time.perf_counter()
        try:
            yield
        finally:
            self.timings_ms[name] = self.timings_ms.get(name, 0.0) + (time.perf_counter() - began) * 1000


def analyze_article(article: Article, nlp: Language, watchlist=None, max_spans: int | None = None,
                    clock: Stopwatch | None = None, doc: Doc | None = None) -> Analysis:
    """Run the detectors over an extracted article and assemble the response records.

    ``doc``: the article text already parsed (batch mode parses many texts at once with ``nlp.pipe``).
    """
    clock = clock or Stopwatch()
    with clock.stage("nlp"):
        doc = nlp(article.text) if doc is None else doc
    with clock.stage("people"):
        people = find_people(doc)
    with clock.stage("quotes"):
        quotes = find_quotes(doc, people)
        entities = link_quotes_to_people([*people, *organization_entities(quotes)], quotes)
    with clock.stage("sanctions"):
        sanctions = find_sanctions(doc, quotes, entities)
    if watchlist is not None:
        with clock.stage("watchlist"):
            entities = mark_listed(entities, watchlist)
    with clock.stage("spans"):
        spans, dropped = build_spans(article.text, quotes, entities, sanctions, max_spans=max_spans)
    return Analysis(
        article=article,
        quotes=tuple(quotes),
        entities=tuple(entities),
        sanctions=tuple(sanctions),
        spans=tuple(spans),
        timings_ms=clock.timings_ms,
        truncated_spans=dropped,
    )


def text_blocks(text: str) -> tuple[Block, ...]:
    """Treat each non-empty line of plain text as one block (paragraph boundaries for the detectors)."""
    blocks: list[Block] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            blocks.append(Block(start, start + len(stripped), "text"))
        offset += len(line)
    return tuple(blocks)


__all__: Sequence[str] = ("analyze_article", "text_blocks", "Stopwatch")
