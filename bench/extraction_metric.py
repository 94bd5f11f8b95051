"""The article-extraction-benchmark metric (Scrapinghub): 4-gram shingles of word tokens, averaged per page."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable

# Same tokens as the benchmark's evaluate.py: runs of \w, case kept.
_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str | None, n: int = SHINGLE) -> Counter:
    """Count the n-grams of word tokens; a text shorter than n words is one shorter shingle, an empty one none."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def match_page(truth: str | None, prediction: str | None) -> tuple[float, float, float]:
    """Return one page's (TP, FP, FN) over shingles, normalised to sum 1 so long pages weigh no more."""
    true, pred = shingles(truth), shingles(prediction)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(pages: Iterable[tuple[float, float, float]]) -> dict[str, float]:
    """Average precision and recall over pages and take F1 of the averages, as evaluate.py does.

    As there, a page with an empty prediction counts in recall (as 0) but not in precision.
    """
    pages = list(pages)
    precision = statistics.mean([_precision(*page) for page in pages if page[0] + page[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*page) for page in pages if page[0] + page[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}
