"""Benchmark the article extractor against trafilatura and plain BeautifulSoup text on the 123 benchmark pages.

Run: .venv/bin/python bench/extraction.py [--every N] [--data DIR]
Prints F1, precision, recall (the Scrapinghub article-extraction-benchmark metric) and median ms/page for each
extractor, and the extractor's median time over BeautifulSoup(html, "lxml") parsing the same page alone.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_metric import match_page, score  # noqa: E402

from quotelens.article import NoArticleFound, extract_article  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction"


def load_pages(data: Path, every: int = 1) -> list[tuple[str, str, str]]:
    """Read (page id, html, true article body) for every `every`-th page in id order."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for index, key in enumerate(sorted(truth)):
        if index % every:
            continue
        with gzip.open(data / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as handle:
            pages.append((key, handle.read(), truth[key].get("articleBody", "")))
    return pages


def quotelens_text(html: str) -> str:
    try:
        return extract_article(html).text
    except NoArticleFound:
        return ""


def soup_text(html: str) -> str:
    return BeautifulSoup(html, "lxml").get_text(separator=" ", strip=True)


def soup_parse(html: str) -> str:
    BeautifulSoup(html, "lxml")
    return ""


def trafilatura_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def run(extract: Callable[[str], str], pages: list[tuple[str, str, str]]) -> dict[str, float]:
    """Extract every page, timing each call; return the metric and the median milliseconds per page."""
    matches, times = [], []
    for _key, html, truth in pages:
        started = time.perf_counter()
        text = extract(html)
        times.append(time.perf_counter() - started)
        matches.append(match_page(truth, text))
    result = score(matches)
    result["ms"] = statistics.median(times) * 1000
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--every", type=int, default=1, help="use every N-th page only")
    args = parser.parse_args()
    pages = load_pages(args.data, args.every)
    extractors = {"quotelens": quotelens_text, "trafilatura": trafilatura_text, "bs4 get_text": soup_text}
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        del extractors["trafilatura"]
        print("trafilatura is not installed: pip install -r bench/requirements.txt", file=sys.stderr)
    parse = run(soup_parse, pages)
    print(f"{len(pages)} pages from {args.data}")
    print(f"{'extractor':<14} {'F1':>6} {'prec':>6} {'recall':>6} {'ms/page':>8}")
    results = {}
    for name, extract in extractors.items():
        results[name] = result = run(extract, pages)
        print(f"{name:<14} {result['f1']:6.3f} {result['precision']:6.3f} {result['recall']:6.3f} {result['ms']:8.1f}")
    print(f"{'bs4 parse':<14} {'':>6} {'':>6} {'':>6} {parse['ms']:8.1f}")
    print(f"quotelens time / BeautifulSoup(html, 'lxml') parse: {results['quotelens']['ms'] / parse['ms']:.2f}x "
          f"(median ms/page)")


if __name__ == "__main__":
    main()
