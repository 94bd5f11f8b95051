"""`quotelens corpus`: the command line of a corpus run (its parser, and what it prints)."""

from __future__ import annotations

import argparse
import sys

from quotelens.service.config import DEFAULTS

EXTRA_MISSING = ("quotelens: `corpus` and `analyze --jobs` need the corpus extra (dask, distributed, pyarrow, warcio, "
                 "fsspec): pip install 'quotelens[corpus]'")


def add_parser(commands, positive_int) -> None:
    parser = commands.add_parser(
        "corpus", help="analyse whole archives (folders, JSON Lines, WARC) on a Dask cluster into Parquet",
        description="Analyse every article of the inputs on a Dask cluster (an embedded one by default) and write "
                    "a Parquet dataset (articles, quotes, people, sanctions, errors) or JSON Lines of API responses. "
                    "A run that is stopped and started again skips the partitions it finished.")
    parser.add_argument("inputs", nargs="*", metavar="INPUT",
                        help="a folder (searched recursively), a glob, a .warc/.warc.gz or .jsonl file; a local path "
                             "or an fsspec URL")
    parser.add_argument("--output", required=True, metavar="OUT", help="output folder (a local path or fsspec URL)")
    parser.add_argument("--format", choices=("parquet", "jsonl"), default="parquet",
                        help="parquet tables, or one API response per line (default: %(default)s)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=positive_int, metavar="N",
                       help="worker processes of the embedded cluster (default: the number of cores)")
    where.add_argument("--scheduler", metavar="ADDRESS", help="run on an existing cluster, e.g. tcp://host:8786")
    parser.add_argument("--glob", metavar="PATTERN", help="in folders, read only files matching it, e.g. '*/2024/*'")
    parser.add_argument("--partition-size", type=positive_int, default=None, metavar="N",
                        help="articles per partition (default: 64)")
    parser.add_argument("--timeout", type=float, default=DEFAULTS["TIME_BUDGET_S"], metavar="S",
                        help="time budget of one article's analysis, 0 for none (default: %(default)s)")
    parser.add_argument("--aggregate", action="store_true",
                        help="then build the speaker table across the output (speakers.parquet); with no INPUT, "
                             "only that")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        from .aggregate import write_speaker_table
        from .cluster import connect
        from .outputs import Output
        from .run import PARTITION_SIZE, run_corpus
    except ImportError:
        print(EXTRA_MISSING, file=sys.stderr)
        return 2
    if not args.inputs and not args.aggregate:
        print("quotelens corpus: give at least one INPUT, or --aggregate", file=sys.stderr)
        return 2
    status = 0
    if args.inputs:
        with connect(args.scheduler, args.workers) as client:
            summary = run_corpus(client, args.inputs, Output(args.output, args.format), glob=args.glob,
                                 size=args.partition_size or PARTITION_SIZE, timeout_s=args.timeout or None)
        print_summary(summary)
        status = 1 if summary.failed else 0
    if args.aggregate:
        if args.format != "parquet":
            print("quotelens corpus: --aggregate reads the Parquet tables", file=sys.stderr)
            return 2
        speakers = write_speaker_table(args.output)
        print(f"quotelens corpus: {speakers.num_rows} speakers in {args.output}/speakers.parquet", file=sys.stderr)
        for row in speakers.slice(0, 10).to_pylist():
            print(f"  {row['quotes']:6d} quotes  {row['articles']:5d} articles  {row['outlets']:4d} outlets  "
                  f"{row['speaker_name']}", file=sys.stderr)
    return status


def print_summary(summary) -> None:
    totals = summary.totals
    errors = ", ".join(f"{code} {count}" for code, count in totals.get("errors", {}).items()) or "none"
    print(f"quotelens corpus: {summary.articles_read} articles in {summary.partitions} partitions in "
          f"{summary.seconds:.1f} s ({summary.rate:.1f} articles/s); {summary.skipped} partitions skipped as "
          f"finished before", file=sys.stderr)
    print(f"  output holds: {totals.get('articles', 0)} articles, {totals.get('quotes', 0)} quotes, "
          f"{totals.get('people', 0)} people, {totals.get('sanctions', 0)} sanctions; errors: {errors}",
          file=sys.stderr)
    if summary.failed:
        print(f"  {len(summary.failed)} partitions failed (their worker died); run again to retry them: "
              f"{', '.join(summary.failed[:5])}", file=sys.stderr)
