"""The analysis service one app holds: the model, the watchlist and the request-level rules around the pipeline.

The rules, in the order a request meets them: answer a page sent before from the cache of request bodies; wait
for an analysis slot (at most two budgets); read the article (pipeline.read_article), check its language and
length, answer from the cache of articles, else analyse within the time budget (in a worker process the server
ends at the deadline, when it has them) and remember the answer under both keys. One page and a batch of pages
take the same path (``lookup``, then ``run_pipeline``); a batch only parses its misses together.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from spacy.language import Language

from quotelens import __version__
from quotelens.findings.links import mark_listed
from quotelens.language.nlp import MODEL_NAME, load_nlp
from quotelens.model import Analysis, Article
from quotelens.page.article import NoArticleFound
from quotelens.page.language import is_supported
from quotelens.pipeline import Stopwatch, analyze_article, read_article
from quotelens.response import to_json
from quotelens.service.budget import Budget, BudgetExceeded
from quotelens.service.cache import LruCache, body_key, cache_key
from quotelens.service.errors import ApiError
from quotelens.service.watchlist import log_skipped_list
from quotelens.service.workers import WorkerPool

# The parts of a response that depend only on the article text and the settings: what the cache keeps.
FINDINGS = ("quotes", "entities", "sanctions", "spans")
# What the cache keeps from the stats beside them.
FINDING_STATS = ("truncated_spans", "skipped_stages")

# Texts handed to nlp.pipe at once in batch mode: large enough to amortise spaCy's per-call cost, small enough to
# keep memory flat on thousands of files.
PIPE_BATCH_SIZE = 32

# How many budgets a request waits for a slot. A holder keeps its slot one budget at most (its worker is ended at the
# deadline) plus the moments ending it takes, which a loaded machine stretches: a waiter that gave up after exactly
# one budget could miss a slot freed on time by a few milliseconds and refuse a reader's ordinary page.
SLOT_WAIT_BUDGETS = 2


class BudgetedStopwatch(Stopwatch):
    """A stopwatch that enforces the request's budget at every stage boundary (the cooperative half of it)."""

    def __init__(self, budget: Budget):
        super().__init__()
        self.budget = budget

    @contextmanager
    def stage(self, name: str):
        self.budget.check()
        with super().stage(name):
            yield
        self.budget.check()


@dataclass
class Analyzer:
    """Analyse requests with a model loaded once per process."""

    max_spans: int | None = None
    watchlist: object | None = None
    cache_size: int = 0
    time_budget_s: float | None = None
    max_text_chars: int | None = None
    max_concurrent: int | None = None
    ranked: bool = True  # the learned speaker ranker on (off only for its trainer: pipeline.analyze_article)
    _nlp: Language | None = field(default=None, repr=False)
    cache: LruCache = field(init=False, repr=False)
    workers: WorkerPool | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.cache = LruCache(self.cache_size)
        # Whole answers by a hash of the request body: a page sent again skips the JSON parse, the extraction and
        # the language check (20-35 ms on a news page) that the article cache above needs before it can answer.
        self.answers = LruCache(self.cache_size)
        self._slots = threading.BoundedSemaphore(self.max_concurrent) if self.max_concurrent else None

    @classmethod
    def from_config(cls, config, **overrides) -> Analyzer:
        """Build the analyzer an app's settings describe (``overrides``: e.g. the loaded watchlist, the model)."""
        settings = dict(max_spans=config["MAX_SPANS"], cache_size=config["CACHE_SIZE"],
                        time_budget_s=config["TIME_BUDGET_S"], max_text_chars=config["MAX_TEXT_CHARS"],
                        max_concurrent=config["MAX_CONCURRENT_ANALYSES"])
        return cls(**(settings | overrides))

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp

    @property
    def model_loaded(self) -> bool:
        return self._nlp is not None

    def start_workers(self) -> None:
        """Run analyses from now on in worker processes, one per slot, forked with the model loaded."""
        self.nlp  # noqa: B018 - loaded before the fork, so that every worker shares it
        task = functools.partial(analyze_article, max_spans=self.max_spans)
        self.workers = WorkerPool(self.max_concurrent or 1, task)

    def answer_for_body(self, body: bytes) -> dict | None:
        """The answer to a request body sent before (under the same settings), or None."""
        began = time.perf_counter()
        self.refresh_watchlist()  # an edited list changes the settings generation, and so the key
        answer = self.answers.get(body_key(body, self.settings_generation()))
        if answer is None:
            return None
        timings = {"cache": round((time.perf_counter() - began) * 1000, 3)}
        return answer | {"stats": answer["stats"] | {"timings_ms": timings, "cached": True}}

    def analyze(self, *, html: str | bytes | None = None, text: str | None = None, url: str | None = None,
                body: bytes | None = None) -> dict:
        """Analyse a page (``html``) or plain article text (``text``) into the response JSON.

        ``body``: the request body these came from, under whose hash the answer is remembered.
        Raises ApiError: 422 no article or unsupported language, 413 article too long, 503 over the time budget.

        The analysis has one budget and the wait for a slot two (SLOT_WAIT_BUDGETS): while two hostile pages hold
        both slots until their deadline, a reader's page waits for them (at most one budget) and is then analysed in
        its usual time.
        Extraction, language and the cache run in the caller's thread: they are linear in a body the request size
        limit bounds, and a cached answer must not pay for a hand-off. spaCy and the detectors, the expensive part,
        run under the budget's hard deadline.
        """
        self.refresh_watchlist()
        try:
            with self.slot(Budget(self.time_budget_s and self.time_budget_s * SLOT_WAIT_BUDGETS)):
                answer = self.analyze_within(Budget(self.time_budget_s), html=html, text=text, url=url)
        except BudgetExceeded:
            raise self.over_budget() from None
        if body is not None:
            self.answers.put(body_key(body, self.settings_generation()), answer)
        return answer

    def over_budget(self) -> ApiError:
        return ApiError("timeout", f"The analysis took longer than the server's budget of {self.time_budget_s:g} s. "
                                   "Try again later or send a shorter page.")

    def refresh_watchlist(self) -> None:
        if self.watchlist is not None:
            self.watchlist.refresh_if_due(on_error=log_skipped_list)

    @contextmanager
    def slot(self, wait: Budget):
        """Hold one of the process's analysis slots, waiting no longer than the budget allows."""
        if self._slots is None:
            yield
            return
        if not self._slots.acquire(timeout=wait.remaining()):
            raise BudgetExceeded
        try:
            yield
        finally:
            self._slots.release()

    def analyze_within(self, budget: Budget, *, html=None, text=None, url=None) -> dict:
        """Analyse one request holding a slot: find the article, answer from the cache or run the pipeline."""
        clock = BudgetedStopwatch(budget)
        article, key, findings = self.lookup(clock, dict(html=html, text=text, url=url))
        if findings is not None:
            return self.reuse(findings, article, clock)
        return self.remember(key, self.run_within(budget, article, clock))

    def run_within(self, budget: Budget, article: Article, clock: Stopwatch) -> Analysis:
        """Analyse the article in a worker process (ended at the deadline) or, without workers, in a thread that
        stops at its next budget check. With workers the watchlist is matched here: workers do not hold it."""
        if self.workers is None:
            return budget.run(lambda: self.run_pipeline(article, clock))
        analysis = self.workers.run(article, budget)
        clock.timings_ms.update(analysis.timings_ms)
        analysis = replace(analysis, timings_ms=clock.timings_ms)
        if self.watchlist is not None:
            with clock.stage("watchlist"):
                analysis = replace(analysis, entities=tuple(mark_listed(analysis.entities, self.watchlist)))
        return analysis

    def analyze_many(self, pages: Iterable[dict]) -> Iterator[dict]:
        """Analyse many pages (each the keyword arguments of ``analyze``) with ``nlp.pipe``, in order.

        Yields each page's response, or ``{"error": {"code", "message"}}`` for a page that has none. The time
        budget, when set, bounds each page's detectors (the parse before them is linear in the capped length), so
        one hostile page costs its budget and an error, not the batch.
        """
        pages = list(pages)
        for start in range(0, len(pages), PIPE_BATCH_SIZE):
            yield from self.analyze_batch(pages[start:start + PIPE_BATCH_SIZE])

    def analyze_batch(self, pages: list[dict]) -> list[dict]:
        results: list[dict | None] = [None] * len(pages)
        waiting: list[tuple[int, Article, str, Stopwatch]] = []
        for index, page in enumerate(pages):
            clock = Stopwatch()
            try:
                article, key, findings = self.lookup(clock, page)
            except ApiError as error:
                results[index] = {"error": {"code": error.code, "message": error.message}}
                continue
            if findings is not None:
                results[index] = self.reuse(findings, article, clock)
            else:
                waiting.append((index, article, key, clock))
        docs = self.nlp.pipe(article.text for _, article, _, _ in waiting)
        for (index, article, key, clock), doc in zip(waiting, docs):
            budget = Budget(self.time_budget_s)
            staged = BudgetedStopwatch(budget)  # so that a page abandoned at its deadline stops at the next stage
            staged.timings_ms.update(clock.timings_ms)
            try:
                analysis = budget.run(functools.partial(self.run_pipeline, article, staged, doc))
            except BudgetExceeded:
                error = self.over_budget()
                results[index] = {"error": {"code": error.code, "message": error.message}}
                continue
            results[index] = self.remember(key, analysis)
        return results  # type: ignore[return-value]

    def lookup(self, clock: Stopwatch, page: dict) -> tuple[Article, str, dict | None]:
        """Read a page's article, and find it in the cache: (article, cache key, cached findings or None)."""
        article = self.read_article(clock, **page)
        key = self.key(article)
        with clock.stage("cache"):
            return article, key, self.cache.get(key)

    def run_pipeline(self, article: Article, clock: Stopwatch, doc=None) -> Analysis:
        return analyze_article(article, self.nlp, watchlist=self.watchlist, max_spans=self.max_spans, clock=clock,
                               doc=doc, ranked=self.ranked)

    def read_article(self, clock: Stopwatch, *, html=None, text=None, url=None, date=None) -> Article:
        """Return the article to analyse, in a language the detectors read and within the length they handle."""
        try:
            article = read_article(html=html, text=text, url=url, date=date, clock=clock)
        except NoArticleFound as error:
            raise ApiError("no_article", f"No article found on this page: {error}") from None
        if not is_supported(article.language):
            raise ApiError("unsupported_language", f"Quotelens reads English articles only; this one reads as "
                                                   f"'{article.language}' (a BCP 47 language code; 'und' when "
                                                   f"unknown).")
        if self.max_text_chars and len(article.text) > self.max_text_chars:
            raise ApiError("too_long", f"The article is {len(article.text)} characters long, over the limit of "
                                       f"{self.max_text_chars}.")
        return article

    def key(self, article: Article) -> str:
        """The cache key: the article text, blocks and date (who is an official depends on it), and every setting
        that changes what is found in them."""
        return cache_key(article.text, ((b.start, b.end, b.kind) for b in article.blocks),
                         (*self.settings_generation(), article.date))

    def settings_generation(self) -> tuple:
        """Every setting that changes an answer: a new watchlist generation makes every cached answer stale."""
        return (__version__, MODEL_NAME, self.max_spans, self.max_text_chars,
                self.watchlist.generation if self.watchlist else None)

    def remember(self, key: str, analysis: Analysis) -> dict:
        body = to_json(analysis)
        stats = {name: body["stats"][name] for name in FINDING_STATS}
        self.cache.put(key, {name: body[name] for name in FINDINGS} | stats)
        return body

    @staticmethod
    def reuse(findings: dict, article: Article, clock: Stopwatch) -> dict:
        """Answer from the cache: this request's article (title, URL) and timings around the remembered findings.

        The cached lists are shared between responses, never copied: nothing downstream mutates them.
        """
        bare = Analysis(article=article, quotes=(), entities=(), sanctions=(), spans=(), timings_ms=clock.timings_ms,
                        truncated_spans=findings["truncated_spans"], skipped_stages=tuple(findings["skipped_stages"]))
        body = to_json(bare, cached=True)
        body.update({name: findings[name] for name in FINDINGS})
        return body

