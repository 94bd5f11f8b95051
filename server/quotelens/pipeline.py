"""The analysis of a page, in order: page | text → article → spaCy doc → context → people, quotes, sanctions →
spans.

The failure policy, the one for every finder: a finder that raises costs its own findings on this article, never
the article. Its guard logs the exception type and where it was raised (never the message: it can quote the page),
records the stage in ``stats.skipped_stages`` and goes on with nothing found for that stage. The rules themselves
catch nothing broadly, so a bug shows up here instead of silently losing a quote.
"""

from __future__ import annotations

import functools
import logging
import time
import traceback
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from quotelens.context import build_context
from quotelens.findings.links import link_quotes_to_people, mark_listed
from quotelens.findings.organization_entities import organization_entities
from quotelens.findings.people.people import find_people
from quotelens.findings.quotes.quotes import find_quotes
from quotelens.findings.quotes.ranker import rank_speakers
from quotelens.findings.sanctions.sanctions import find_sanctions
from quotelens.model import Analysis, Article, Block
from quotelens.page.article import extract_article
from quotelens.page.language import detect_language, page_language
from quotelens.page.markup import without_lone_surrogates
from quotelens.page.published import parse_date
from quotelens.spans import build_spans

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Stopwatch:
    """Milliseconds spent in each named stage of one analysis (``clock``: wall time; a benchmark may read CPU time)."""

    timings_ms: dict[str, float] = field(default_factory=dict)
    clock: Callable[[], float] = field(default=time.perf_counter, repr=False)

    @contextmanager
    def stage(self, name: str):
        began = self.clock()
        try:
            yield
        finally:
            self.timings_ms[name] = self.timings_ms.get(name, 0.0) + (self.clock() - began) * 1000


@dataclass
class Guard:
    """The failure policy (see the module's docstring), applied around each finder of one analysis."""

    skipped: list[str] = field(default_factory=list)

    def run(self, stage: str, finder: Callable[..., T], *args, otherwise: T) -> T:
        """Return ``finder(*args)``, or ``otherwise`` (what the stage yields with nothing found) if it raises.

        A stage whose input an earlier failure lost (None) yields ``otherwise`` too, without a second log line.
        """
        if any(arg is None for arg in args):
            return otherwise
        try:
            return finder(*args)
        except Exception as error:  # noqa: BLE001 - the one broad catch: a finder's bug must not cost the article
            frames = "".join(traceback.format_tb(error.__traceback__))
            log.error("the %s stage skipped this article: %s\n%s", stage, type(error).__name__, frames)
            self.skipped.append(stage)
            return otherwise


def read_article(*, html: str | bytes | None = None, text: str | None = None, url: str | None = None,
                 date: str | None = None, clock: Stopwatch | None = None) -> Article:
    """The article to analyse and its language: found in a page (``html``), or plain article ``text`` unchanged.

    ``date``: the day the text was published, as its page stated it (ISO; a value that reads as no date is none);
    a page (``html``) states its own, and the given one stands only where it states none.

    Raises NoArticleFound when the page holds nothing article-like.
    """
    clock = clock or Stopwatch()
    if text is not None:
        text = without_lone_surrogates(text)
        hint = None
        article = Article(title="", text=text, blocks=text_blocks(text), date=parse_date(date))
    else:
        hint = page_language(html)
        with clock.stage("extract"):
            article = extract_article(html, url=url)
        article = replace(article, date=article.date or parse_date(date))
    with clock.stage("language"):
        language = detect_language(article.text, hint=hint)
    return replace(article, language=language)


def analyze_article(article: Article, nlp: Language, watchlist=None, max_spans: int | None = None,
                    clock: Stopwatch | None = None, doc: Doc | None = None, ranked: bool = True) -> Analysis:
    """Run the finders over an extracted article and assemble the response records.

    ``doc``: the article text already parsed (batch mode parses many texts at once with ``nlp.pipe``).
    ``ranked``: let the learned ranker name the speakers the rules left unresolved (off only for its trainer,
    which learns from the rules' own answers).
    """
    clock = clock or Stopwatch()
    guard = Guard()
    with clock.stage("nlp"):
        doc = nlp(article.text) if doc is None else doc
    with clock.stage("context"):
        context = guard.run("context", functools.partial(build_context, date=article.date), doc, otherwise=None)
    with clock.stage("people"):
        people = guard.run("people", find_people, context, otherwise=[])
    with clock.stage("quotes"):
        quotes = guard.run("quotes", find_quotes, context, people, otherwise=[])
        if ranked:
            quotes = guard.run("ranker", rank_speakers, context, quotes, people, otherwise=quotes)
        entities = link_quotes_to_people([*people, *organization_entities(quotes)], quotes)
    with clock.stage("sanctions"):
        sanctions = guard.run("sanctions", find_sanctions, context, quotes, entities, otherwise=[])
    if watchlist is not None:
        with clock.stage("watchlist"):
            entities = guard.run("watchlist", mark_listed, entities, watchlist, otherwise=entities)
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
        skipped_stages=tuple(guard.skipped),
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


__all__: Sequence[str] = ("analyze_article", "read_article", "text_blocks", "Guard", "Stopwatch")
