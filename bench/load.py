"""Load test: concurrent clients against the production server (`quotelens serve`) on loopback.

Run: .venv/bin/python bench/load.py [--clients 16] [--requests 2000] [--time-limit 600] [--threads 4] [--no-cache]

A bounded client of our own (threads, one keep-alive http.client connection each; no external services) sends the
pages of ../shared/data/article-extraction round-robin in a shuffled order. First a warm-up (every page twice: once
analysed, once from the cache, by all clients), then the measured requests. Prints requests/s, statuses, errors (5xx, unexpected statuses),
dropped requests (no answer: connection reset, timeout), latency, and the server process's resident memory after
warm-up and at the end. Targets: 0 errors, 0 dropped, memory growth < 10%.

By default the server runs as shipped (cache on): a newsroom sends the same pages again and again. --no-cache
makes every request a full analysis, the worst case (then pass fewer --requests on a small machine).
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import random
import statistics
import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from local_server import LocalServer, load_pages, rss_bytes  # noqa: E402

# Statuses that are answers, not failures: an analysis, or a page with no English article (the benchmark holds
# 11 pages in other languages).
ANSWERS = {200, 422}
GROWTH_TARGET = 0.10


class Run:
    """Shared, lock-guarded state of one load run: what to send next, and what came back."""

    def __init__(self, bodies: list[bytes], count: int, deadline: float):
        self.bodies = bodies
        self.tickets = iter(range(count))
        self.deadline = deadline
        self.lock = threading.Lock()
        self.statuses: Counter[int] = Counter()
        self.cached = 0
        self.dropped = 0
        self.drop_reasons: Counter[str] = Counter()
        self.answered = 0
        self.rss_samples: list[tuple[int, int]] = []
        self.latencies_ms: list[float] = []
        self.unsent = 0

    def next_body(self) -> bytes | None:
        with self.lock:
            ticket = next(self.tickets, None)
            if ticket is None:
                return None
            if time.monotonic() > self.deadline:
                self.unsent += 1
                return None
            return self.bodies[ticket % len(self.bodies)]


def client(server: LocalServer, run: Run) -> None:
    connection = server.connect(timeout=120)
    while (body := run.next_body()) is not None:
        began = time.perf_counter()
        try:
            connection.request("POST", "/api/analyze", body=body, headers={"Content-Type": "application/json"})
            response = connection.getresponse()
            payload = response.read()
            status = response.status
            cached = status == 200 and json.loads(payload)["stats"].get("cached", False)
        except (OSError, http.client.HTTPException) as error:
            with run.lock:
                run.dropped += 1
                run.drop_reasons[type(error).__name__] += 1
            connection.close()
            connection = server.connect(timeout=120)
            continue
        with run.lock:
            run.statuses[status] += 1
            run.cached += bool(cached)
            run.latencies_ms.append((time.perf_counter() - began) * 1000)
            run.answered += 1
            if run.answered % 250 == 0:  # the memory curve: growth that levels off is warm-up, not a leak
                run.rss_samples.append((run.answered, rss_bytes(server.pid)))
    connection.close()


def drive(server: LocalServer, bodies: list[bytes], count: int, clients: int, time_limit: float) -> tuple[Run, float]:
    run = Run(bodies, count, time.monotonic() + time_limit)
    threads = [threading.Thread(target=client, args=(server, run)) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return run, time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--time-limit", type=float, default=600, help="seconds; no request is sent after it")
    parser.add_argument("--threads", type=int, default=4, help="waitress worker threads of the server")
    parser.add_argument("--no-cache", action="store_true", help="run the server with CACHE_SIZE=0")
    args = parser.parse_args()

    pages = load_pages()
    random.Random(8).shuffle(pages)
    bodies = [json.dumps({"html": html, "url": f"https://bench.example/{name}"}).encode() for name, html in pages]
    settings = {"CACHE_SIZE": "0"} if args.no_cache else {}
    with LocalServer(threads=args.threads, settings=settings) as server:
        # Warm-up: every page once (analysed), then once more (answered from the cache), so that both kinds of
        # request have run concurrently before the baseline is taken; the RSS curve printed below shows the rest.
        warm, warm_s = drive(server, bodies, 2 * len(bodies), args.clients, args.time_limit)
        rss_warm = rss_bytes(server.pid)
        run, seconds = drive(server, bodies, args.requests, args.clients, args.time_limit)
        rss_end = rss_bytes(server.pid)

    answered = sum(run.statuses.values())
    errors = sum(count for status, count in run.statuses.items() if status not in ANSWERS)
    growth = (rss_end - rss_warm) / rss_warm
    latencies = sorted(run.latencies_ms)
    print(f"\nquotelens serve (waitress, {args.threads} threads, cache {'off' if args.no_cache else 'on'}), "
          f"{args.clients} concurrent clients, {len(pages)} pages")
    print(f"warm-up: {sum(warm.statuses.values())} requests in {warm_s:.1f} s "
          f"({sum(warm.statuses.values()) / warm_s:.1f} req/s), errors {sum(c for s, c in warm.statuses.items() if s not in ANSWERS)}, "
          f"dropped {warm.dropped}")
    print(f"measured: {answered} answered of {args.requests} in {seconds:.1f} s: {answered / seconds:.1f} requests/s")
    print(f"statuses: {dict(sorted(run.statuses.items()))}; from the cache: {run.cached}")
    if latencies:
        print(f"latency ms: median {statistics.median(latencies):.1f}, "
              f"p95 {latencies[max(0, int(0.95 * len(latencies)) - 1)]:.1f}, max {latencies[-1]:.1f}")
    print(f"server RSS: {rss_warm / 2**20:.1f} MiB after warm-up, {rss_end / 2**20:.1f} MiB at the end, "
          f"growth {growth:+.1%} (target < {GROWTH_TARGET:.0%})")
    print("RSS MiB by requests answered: " + ", ".join(f"{n}: {rss / 2**20:.1f}" for n, rss in run.rss_samples))
    if run.dropped:
        print(f"dropped, by error: {dict(run.drop_reasons)}")
    checks = {
        f"requests >= 2000 answered ({answered})": answered >= 2000,
        f"errors == 0 ({errors})": errors == 0,
        f"dropped == 0 ({run.dropped}; not sent before the time limit: {run.unsent})": run.dropped == 0 and not run.unsent,
        f"memory growth < {GROWTH_TARGET:.0%} ({growth:+.1%})": growth < GROWTH_TARGET,
    }
    for check, passed in checks.items():
        print(f"{'PASS' if passed else 'FAIL'}  {check}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
