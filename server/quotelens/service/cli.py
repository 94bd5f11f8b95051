"""The command line: `quotelens serve` runs the production server, `quotelens analyze` analyses files in batch."""

from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from quotelens.corpus import command as corpus_command
from quotelens.language.nlp import ModelNotInstalled, load_nlp
from quotelens.service.access import is_loopback
from quotelens.service.analyzer import Analyzer
from quotelens.service.config import DEFAULTS, from_environment

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
# Most files one worker process takes at a time in `analyze --jobs N` (one nlp.pipe batch).
CHUNK_FILES = 16


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return args.run(args)
    except ModelNotInstalled as error:
        print(f"quotelens: {error}", file=sys.stderr)
        return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotelens", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    serve_parser = commands.add_parser("serve", help="run the HTTP API with the waitress production server")
    serve_parser.add_argument("--host", default=DEFAULT_HOST, help="address to bind (default: %(default)s)")
    serve_parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default: %(default)s)")
    serve_parser.add_argument("--threads", type=int, default=4, help="worker threads (default: %(default)s)")
    serve_parser.set_defaults(run=serve)

    analyze_parser = commands.add_parser("analyze", help="print one response JSON object per line for each file")
    analyze_parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    analyze_parser.add_argument("--text", action="store_true", help="the files are plain article text, not HTML")
    analyze_parser.add_argument("--jobs", type=positive_int, default=1, metavar="N",
                                help="worker processes of an embedded Dask cluster, each with its own model (needs the "
                                     "corpus extra; `quotelens corpus` for whole archives) (default: %(default)s)")
    analyze_parser.set_defaults(run=analyze)
    corpus_command.add_parser(commands, positive_int)
    return parser


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def serve(args: argparse.Namespace) -> int:
    from waitress import serve as waitress_serve

    from quotelens.service.app import create_app

    app = create_app()
    if not is_loopback(args.host) and not app.config.get("API_TOKEN"):
        print(f"quotelens: refusing to bind {args.host} without a token: anyone on the network could send pages. "
              "Set QUOTELENS_API_TOKEN, or bind 127.0.0.1.", file=sys.stderr)
        return 2
    # The address it was started on is one of the names the server answers to (a rebinding page's is not).
    app.config["ALLOWED_HOSTS"] = [*app.config["ALLOWED_HOSTS"], f"{args.host}:{args.port}"]
    # The model loads before the first request, and the workers fork from this process before waitress starts its
    # threads.
    app.extensions["quotelens"].start_workers()
    print(f"Quotelens listening on http://{args.host}:{args.port}/", flush=True)
    waitress_serve(app, host=args.host, port=args.port, threads=args.threads, ident="quotelens",
                   **buffer_settings(app.config["MAX_CONTENT_LENGTH"]))
    return 0


def buffer_settings(max_body: int) -> dict[str, int]:
    """Waitress buffers that keep every request and answer in memory.

    By default waitress spools a request body over 512 KB (and an answer over 1 MB) to a temporary file: a page
    someone reads would touch the disk, and large pages would pay for file I/O. Buffers one byte above the body
    limit keep every accepted body in memory (a larger one is refused with 413 anyway); reading 64 KB per recv
    instead of 8 KB cuts the I/O loop's turns for a 1 MB page from 128 to 16.
    """
    return {"inbuf_overflow": max_body + 1, "outbuf_overflow": 4 * max_body, "recv_bytes": 65536}


def analyze(args: argparse.Namespace) -> int:
    """Print one JSON line per file, in order, and the throughput on stderr."""
    started = time.perf_counter()
    count = failures = 0
    for name, result in analyze_files(args.files, as_text=args.text, jobs=args.jobs):
        count += 1
        failures += "error" in result
        print(json.dumps({"file": name, **result}, ensure_ascii=False), flush=True)
    elapsed = time.perf_counter() - started
    print(f"quotelens: {count} files in {elapsed:.1f} s, {count / elapsed if elapsed else 0:.1f} pages/s, "
          f"{failures} without an analysis, {args.jobs} job(s)", file=sys.stderr)
    return 1 if failures else 0


def analyze_files(paths: list[Path], as_text: bool = False, jobs: int = 1) -> Iterator[tuple[str, dict]]:
    """Yield (file name, response or error) for each file, in order, using ``jobs`` processes.

    Each process loads the model once and parses its share of files with ``nlp.pipe``; files go out in chunks so
    that results stream back in order while the other processes work.
    """
    size = max(1, min(CHUNK_FILES, -(-len(paths) // jobs)))  # every process gets work, even with few files
    chunks = [paths[start:start + size] for start in range(0, len(paths), size)]
    if jobs <= 1 or len(chunks) == 1:
        for chunk in chunks:
            yield from analyze_chunk(chunk, as_text)
        return
    try:
        from quotelens.corpus.cluster import connect  # the one parallel path: an embedded Dask cluster
    except ImportError:
        raise SystemExit(corpus_command.EXTRA_MISSING) from None

    with connect(workers=jobs) as client:
        for future in client.map(analyze_chunk, chunks, as_text=as_text, pure=False):
            yield from future.result()


def analyze_chunk(paths: list[Path], as_text: bool) -> list[tuple[str, dict]]:
    """Analyse a few files in one process: read them, then run them through the analyzer together."""
    readable, results = [], {}
    for path in paths:
        try:
            readable.append((path, read_page(path, as_text)))
        except OSError as error:
            results[path] = {"error": {"code": "unreadable", "message": f"{type(error).__name__}: {error.strerror}"}}
    analyses = batch_analyzer().analyze_many(page for _, page in readable)
    results.update(zip((path for path, _ in readable), analyses))
    return [(str(path), results[path]) for path in paths]


def read_page(path: Path, as_text: bool) -> dict:
    if as_text:
        return {"text": path.read_text(encoding="utf-8", errors="replace")}
    return {"html": path.read_bytes(), "url": path.resolve().as_uri()}


@functools.lru_cache(maxsize=1)
def batch_analyzer() -> Analyzer:
    """The analyzer of this process, with the settings from the environment (no time budget in batch)."""
    return Analyzer.from_config(DEFAULTS | from_environment(), time_budget_s=None, _nlp=load_nlp())
