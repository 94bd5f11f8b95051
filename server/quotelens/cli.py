"""The command line: `quotelens serve` runs the production server, `quotelens analyze` analyses files in batch."""

from __future__ import annotations

import argparse
import ipaddress
import json
import logging
import sys
from pathlib import Path

from .analyzer import Analyzer
from .errors import ApiError
from .nlp import ModelNotInstalled, load_nlp

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


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
    analyze_parser.set_defaults(run=analyze)
    return parser


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(args: argparse.Namespace) -> int:
    from waitress import serve as waitress_serve

    from .app import create_app

    app = create_app()
    if not is_loopback(args.host) and not app.config.get("API_TOKEN"):
        print(f"quotelens: refusing to bind {args.host} without a token: anyone on the network could send pages. "
              "Set QUOTELENS_API_TOKEN, or bind 127.0.0.1.", file=sys.stderr)
        return 2
    app.extensions["quotelens"].nlp  # load the model before the first request, not during it
    print(f"Quotelens listening on http://{args.host}:{args.port}/", flush=True)
    waitress_serve(app, host=args.host, port=args.port, threads=args.threads, ident="quotelens")
    return 0


def analyze(args: argparse.Namespace) -> int:
    analyzer = Analyzer(_nlp=load_nlp())
    failures = 0
    for path in args.files:
        try:
            if args.text:
                result = analyzer.analyze(text=path.read_text(encoding="utf-8", errors="replace"))
            else:
                result = analyzer.analyze(html=path.read_bytes(), url=path.resolve().as_uri())
        except (OSError, ApiError) as error:
            failures += 1
            result = {"file": str(path), "error": {"code": getattr(error, "code", "unreadable"), "message": str(error)}}
        print(json.dumps({"file": str(path), **result}, ensure_ascii=False), flush=True)
    return 1 if failures else 0
