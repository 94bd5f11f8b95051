"""Score the unread reserve batch (bench/data/news-reserve/) beside the test half, as aggregates only.

Run: .venv/bin/python bench/reserve.py [quotes] [people] [sanctions] [--folder DIR] [--tune-only]

The reserve is a batch annotated blind and kept out of the corpus, so that a round's rules can be judged on news no
one read (docs/annotation.md, "The corpus"). This copies the corpus to a scratch folder with the reserve as its only
tune articles and runs the chosen benches (all three by default) with ``--corpus news``: in their tables the "tune"
column is the reserve and the test column is the usual test half. It never passes ``-v``: per-article errors on the
reserve are never printed, and reading them is what would make it one more tuned-on batch. ``--tune-only`` leaves the
test column out too: an engineer's checkpoint on a batch of the tune half must not show test figures beside it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from news_corpus import NEWS, REPO

RESERVE = REPO / "bench" / "data" / "news-reserve"
BENCHES = {
    "quotes": ["bench/quotes.py", "--corpus", "news", "--no-baseline"],
    "people": ["bench/people.py", "--corpus", "news"],
    "sanctions": ["bench/sanctions.py", "--corpus", "news", "--classes"],
}


def scratch_corpus(root: Path, reserve: list[Path]) -> None:
    """A copy of the repository's benches under ``root`` whose news corpus is the test half plus the reserve as tune."""
    shutil.copytree(REPO / "bench", root / "bench", ignore=shutil.ignore_patterns("__pycache__", "news-reserve"))
    (root / "server").symlink_to(REPO / "server")
    news = root / "bench" / "data" / "news"
    for path in news.glob("*.json"):
        if json.loads(path.read_text(encoding="utf-8")).get("split") != "test":
            path.unlink()
    for path in reserve:
        shutil.copy(path, news / path.name)
    subprocess.run([sys.executable, "bench/news_split.py", "--into", "tune"], cwd=root, check=True,
                   stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("benches", nargs="*", metavar="BENCH", help=f"any of {', '.join(BENCHES)} (default: all)")
    parser.add_argument("--folder", type=Path, default=RESERVE,
                        help="a batch written blind elsewhere, in the corpus's format (default: the reserve)")
    parser.add_argument("--tune-only", action="store_true", help="leave the test column out (engineers' checkpoints)")
    args = parser.parse_args()
    unknown = set(args.benches) - set(BENCHES)
    if unknown:
        parser.error(f"unknown bench: {', '.join(sorted(unknown))}")
    reserve = sorted(args.folder.glob("*.json"))
    if not reserve:
        print(f"no annotated articles in {args.folder}")
        return 1
    test = "left out" if args.tune_only else f"the test half of {NEWS.name}/"
    print(f"reserve: {len(reserve)} unread articles in the 'tune' column; test: {test}", flush=True)
    with tempfile.TemporaryDirectory(prefix="quotelens-reserve-") as folder:
        root = Path(folder)
        scratch_corpus(root, reserve)
        for name in args.benches or BENCHES:
            # A bench exits 1 when a target is missed; its figures are what this prints, so that is not a failure.
            command = [sys.executable, *BENCHES[name], *(["--tune-only"] if args.tune_only else [])]
            subprocess.run(command, cwd=root, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
