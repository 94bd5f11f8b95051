"""The work each stage does, counted as the Python lines it executes (sys.settrace): the same figure on a loaded
machine as on an idle one. Compiled code (spaCy's parse, a C loop inside one spaCy call) is not counted; the
timings of bench/hostile.py cover it. Shared by tests/test_linear_stages.py and bench/hostile.py."""

from __future__ import annotations

import sys
from contextlib import contextmanager, suppress

from quotelens.model import Article
from quotelens.page.article import NoArticleFound, extract_article
from quotelens.pipeline import Stopwatch, analyze_article, text_blocks


class LineCounter(Stopwatch):
    """A stopwatch that counts the Python lines each stage executes instead of timing it."""

    def __init__(self):
        super().__init__()
        self.lines: dict[str, int] = {}

    @contextmanager
    def stage(self, name: str):
        count = 0

        def trace(frame, event, arg):
            nonlocal count
            count += event == "line"
            return trace

        previous = sys.gettrace()
        sys.settrace(trace)
        try:
            yield
        finally:
            sys.settrace(previous)
            self.lines[name] = self.lines.get(name, 0) + count


def work_by_stage(nlp, text: str) -> dict[str, int]:
    """Lines executed by extraction (the text as a page of paragraphs) and by each detector stage."""
    counter = LineCounter()
    page = "<html lang='en'><body><article>" + "".join(f"<p>{line}</p>" for line in text.split("\n")) + \
           "</article></body></html>"
    with counter.stage("extract"), suppress(NoArticleFound):  # a refusal is work too: it must be linear as well
        extract_article(page)
    article = Article(title="", text=text, blocks=text_blocks(text))
    analyze_article(article, nlp, clock=counter, doc=nlp(text))
    del counter.lines["nlp"]  # spaCy's own parse: compiled code, linear by design, and not traced
    return counter.lines
