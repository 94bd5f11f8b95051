"""What one worker does with a partition: read its pages, analyse them together, write its files, mark it done.

Failure policy, stated once here: a page that cannot be read or analysed (unreadable, no article, not English, too
long, over the time budget, or an error inside a detector) becomes a row of the errors table with its code; it
never fails the partition, so it never stops the run.
"""

from __future__ import annotations

import functools
from collections import Counter

from distributed.diagnostics.plugin import WorkerPlugin

from quotelens.language.nlp import load_nlp
from quotelens.service.analyzer import Analyzer
from quotelens.service.config import DEFAULTS, from_environment
from . import manifest
from .outputs import Output
from .sources import Page, Partition, read_partition


@functools.lru_cache(maxsize=None)
def corpus_analyzer(timeout_s: float | None) -> Analyzer:
    """The analyzer of this worker process, built once: the model, the settings from the environment.

    No cache: a corpus rarely repeats an article, and an answer must not depend on which worker saw what before.
    """
    return Analyzer.from_config(DEFAULTS | from_environment(), cache_size=0, max_concurrent=None,
                                time_budget_s=timeout_s, _nlp=load_nlp())


class LoadModel(WorkerPlugin):
    """Load the model when a worker starts, so the first partition's timing (and progress ETA) is not the load."""

    name = "quotelens-model"

    def __init__(self, timeout_s: float | None):
        self.timeout_s = timeout_s

    def setup(self, worker) -> None:
        corpus_analyzer(self.timeout_s)


def analyze_partition(partition: Partition, output: Output, timeout_s: float | None) -> dict:
    """Analyse one partition, write its tables and its manifest marker; return what it counted."""
    pages = read_partition(partition)
    responses = analyze_pages(corpus_analyzer(timeout_s), pages)
    output.write(partition.key, pages, responses)
    counts = count_findings(responses)
    manifest.mark_finished(output.url, partition.key, counts)
    return counts


def analyze_pages(analyzer: Analyzer, pages: list[Page]) -> list[dict]:
    """Each page's response or error, in order: the readable pages through ``nlp.pipe`` together."""
    readable = [page for page in pages if page.error is None]
    try:
        analysed = dict(zip((page.article_id for page in readable),
                            analyzer.analyze_many(page.request() for page in readable)))
    except Exception:  # noqa: BLE001 - one page broke a detector: find it by analysing the pages one at a time
        analysed = {page.article_id: analyze_alone(analyzer, page) for page in readable}
    return [error_body(*page.error) if page.error else analysed[page.article_id] for page in pages]


def analyze_alone(analyzer: Analyzer, page: Page) -> dict:
    try:
        [response] = analyzer.analyze_many([page.request()])
    except Exception as error:  # noqa: BLE001 - the failure policy above; the message names no page content
        return error_body("internal", f"{type(error).__name__} inside the analysis")
    return response


def error_body(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}


def count_findings(responses: list[dict]) -> dict:
    analysed = [response for response in responses if "error" not in response]
    return {"articles": len(analysed),
            "quotes": sum(len(response["quotes"]) for response in analysed),
            "people": sum(len(response["entities"]) for response in analysed),
            "sanctions": sum(len(response["sanctions"]) for response in analysed),
            "errors": dict(Counter(response["error"]["code"] for response in responses if "error" in response))}
