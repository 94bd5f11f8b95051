"""Benchmark /api/analyze latency through the production server against the floor no design can beat.

Run: .venv/bin/python bench/latency.py [--rounds N] [--every N]

For each page of ../shared/data/article-extraction, the full POST /api/analyze time as a client sees it (HTTP,
the server's JSON work and the client's reading of the answer included; the request is encoded before the clock
starts) against `quotelens serve` on a loopback port with the cache off, broken down by stage (the
response's stats.timings_ms); and, in the same run and process turn by turn, the floor: BeautifulSoup(html, "lxml")
plus nlp(the extracted article text) with the same model. Each figure is a page's best of N rounds (the shared
machine's noise only ever adds time). Prints medians and 95th percentiles, and the ratios against the targets:
median total <= 1.25x median floor, p95 total <= 1.5x p95 floor. Then a repeated page from the cache.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parent))
from local_server import LocalServer, load_pages  # noqa: E402

from quotelens.language.nlp import load_nlp  # noqa: E402

MEDIAN_TARGET = 1.25
P95_TARGET = 1.5
CACHED_TARGET_MS = 5.0


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def timed(work) -> tuple[float, object]:
    began = time.perf_counter()
    result = work()
    return (time.perf_counter() - began) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds over all pages; each page keeps its best")
    parser.add_argument("--every", type=int, default=1, help="take every N-th page (quick runs)")
    args = parser.parse_args()

    pages = load_pages()[::args.every]
    nlp = load_nlp()
    best: dict[str, dict] = {}
    refused: dict[str, str] = {}
    with LocalServer(settings={"CACHE_SIZE": "0"}) as server:
        connection = server.connect()
        for round_number in range(args.rounds):
            for name, html in pages:
                payload = json.dumps({"html": html}).encode()
                total_ms, (status, body) = timed(
                    lambda: server.request("POST", "/api/analyze", payload, connection))
                if status != 200:
                    refused[name] = body["error"]["code"]
                    continue
                text = body["article"]["text"]
                parse_ms, _ = timed(lambda: BeautifulSoup(html, "lxml"))
                nlp_ms, _ = timed(lambda: nlp(text))
                record = best.setdefault(name, {"total": math.inf, "parse": math.inf, "nlp": math.inf})
                if total_ms < record["total"]:
                    record.update(total=total_ms, stages=body["stats"]["timings_ms"])
                record["parse"] = min(record["parse"], parse_ms)
                record["nlp"] = min(record["nlp"], nlp_ms)
            print(f"round {round_number + 1}/{args.rounds} done", file=sys.stderr, flush=True)
        connection.close()
    cached = measure_cache(pages)

    return report(best, refused, cached)


def measure_cache(pages) -> dict[str, float]:
    """A repeated page (the cache key is the extracted text, so extraction still runs) and a repeated text."""
    with LocalServer(settings={"CACHE_SIZE": "256"}) as cached_server:
        link = cached_server.connect()
        html_ms, text_ms, beyond_extract = [], [], []
        for name, html in pages[:20]:
            payload = json.dumps({"html": html}).encode()
            status, body = cached_server.request("POST", "/api/analyze", payload, link)
            if status != 200:
                continue
            ms, (_, again) = timed(lambda: cached_server.request("POST", "/api/analyze", payload, link))
            assert again["stats"]["cached"], name
            html_ms.append(ms)
            beyond_extract.append(ms - again["stats"]["timings_ms"].get("extract", 0.0))
            payload = json.dumps({"text": body["article"]["text"]}).encode()
            cached_server.request("POST", "/api/analyze", payload, link)
            ms, (_, again) = timed(lambda: cached_server.request("POST", "/api/analyze", payload, link))
            assert again["stats"]["cached"], name
            text_ms.append(ms)
        link.close()
    return {"html": statistics.median(html_ms), "beyond_extract": statistics.median(beyond_extract),
            "text": statistics.median(text_ms), "text_p95": percentile(text_ms, 0.95)}


def report(best: dict[str, dict], refused: dict[str, str], cached: dict[str, float]) -> int:
    """Print the figures; 1 when a target is missed."""
    records = list(best.values())
    stages = list(dict.fromkeys(stage for record in records for stage in record["stages"]))
    rows: dict[str, list[float]] = {stage: [r["stages"].get(stage, 0.0) for r in records] for stage in stages}
    rows["http + json"] = [r["total"] - sum(r["stages"].values()) for r in records]
    rows["TOTAL (client)"] = [r["total"] for r in records]
    rows["floor: bs4 parse"] = [r["parse"] for r in records]
    rows["floor: nlp(text)"] = [r["nlp"] for r in records]
    rows["FLOOR"] = [r["parse"] + r["nlp"] for r in records]

    print(f"\n/api/analyze through `quotelens serve`, {len(records)} pages analysed "
          f"({len(refused)} refused: {summarise(refused)}), best of rounds per page\n")
    print(f"{'stage':<20}{'median ms':>12}{'p95 ms':>12}")
    for stage, values in rows.items():
        print(f"{stage:<20}{statistics.median(values):>12.1f}{percentile(values, 0.95):>12.1f}")

    median_ratio = statistics.median(rows["TOTAL (client)"]) / statistics.median(rows["FLOOR"])
    p95_ratio = percentile(rows["TOTAL (client)"], 0.95) / percentile(rows["FLOOR"], 0.95)
    per_page = [r["total"] / (r["parse"] + r["nlp"]) for r in records]
    print(f"\nmedian total / median floor: {median_ratio:.3f}  (target <= {MEDIAN_TARGET})  "
          f"{'MET' if median_ratio <= MEDIAN_TARGET else 'NOT MET'}")
    print(f"p95 total / p95 floor:       {p95_ratio:.3f}  (target <= {P95_TARGET})  "
          f"{'MET' if p95_ratio <= P95_TARGET else 'NOT MET'}")
    print(f"per-page total/floor: median {statistics.median(per_page):.3f}, p95 {percentile(per_page, 0.95):.3f}, "
          f"worst {max(per_page):.3f}")
    print(f"\ncached, repeated page: median {cached['html']:.1f} ms total, {cached['beyond_extract']:.2f} ms beyond "
          f"extraction; repeated text: median {cached['text']:.2f} ms, p95 {cached['text_p95']:.2f} ms  "
          f"(target: median < {CACHED_TARGET_MS} ms) {'MET' if cached['text'] < CACHED_TARGET_MS else 'NOT MET'}")
    met = median_ratio <= MEDIAN_TARGET and p95_ratio <= P95_TARGET and cached["text"] < CACHED_TARGET_MS
    return 0 if met else 1


def summarise(refused: dict[str, str]) -> str:
    codes: dict[str, int] = {}
    for code in refused.values():
        codes[code] = codes.get(code, 0) + 1
    return ", ".join(f"{count} {code}" for code, count in sorted(codes.items())) or "none"


if __name__ == "__main__":
    sys.exit(main())
