"""Benchmark `quotelens corpus` on Dask against single-process `quotelens analyze`, on the extraction pages.

Run: .venv/bin/python bench/corpus.py [--rounds N] [--restart-rounds N] [--data DIR]
The 123 pages are written `--rounds` times (default 9: 1,107 articles) as HTML files. Prints, in one run:
throughput (articles/s) of `analyze` in one process (the baseline) and of the corpus run on an embedded cluster of
1 and 2 workers, the scaling efficiency at 2 workers, the peak resident memory of each worker, Parquet bytes per
1,000 articles, whether every article's quotes, people and sanctions are identical to `analyze`'s field by field,
and a run killed mid-way and restarted (partitions finished before the kill, redone, lost). The machine's load
average is printed beside the figures: throughput on a shared machine moves with it.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Repeated pages must be analysed each time, in the baseline as in the corpus (whose analyzer has no cache).
os.environ["QUOTELENS_CACHE_SIZE"] = "0"

import pyarrow.dataset as ds  # noqa: E402

from quotelens.service import cli  # noqa: E402
from quotelens.corpus import manifest  # noqa: E402
from quotelens.corpus.cluster import connect  # noqa: E402
from quotelens.corpus.outputs import Output  # noqa: E402
from quotelens.corpus.run import run_corpus  # noqa: E402
from quotelens.corpus.tables import FINDINGS, SCHEMAS  # noqa: E402
from quotelens.corpus.worker import LoadModel  # noqa: E402

TIMEOUT_S = 20.0
DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction"


def write_pages(data: Path, folder: Path, rounds: int) -> list[Path]:
    """Write every page ``rounds`` times as round-NN/<id>.html; return the paths in name order."""
    pages = sorted((data / "html").glob("*.html.gz"))
    paths = []
    for round_ in range(rounds):
        target = folder / f"round-{round_:02d}"
        target.mkdir(parents=True)
        for page in pages:
            path = target / page.name.removesuffix(".gz")
            path.write_bytes(gzip.decompress(page.read_bytes()))
            paths.append(path)
    return sorted(paths)


def load() -> str:
    return "load average " + ", ".join(f"{value:.2f}" for value in os.getloadavg())


def baseline(paths: list[Path]) -> tuple[float, dict[str, dict]]:
    """`quotelens analyze` in this process (model loaded first): articles/s and each file's response by URL."""
    cli.batch_analyzer()
    started = time.perf_counter()
    results = {Path(name).as_uri(): result for name, result in cli.analyze_files(paths)}
    return len(paths) / (time.perf_counter() - started), results


def corpus_rate(folder: Path, output: Path, workers: int) -> tuple[float, list[int]]:
    """A corpus run on an embedded cluster of ``workers`` (models loaded first): articles/s, peak RSS per worker."""
    with connect(workers=workers) as client:  # the cluster `quotelens corpus` starts
        client.register_plugin(LoadModel(TIMEOUT_S))  # load the model first, as the baseline's is
        summary = run_corpus(client, [str(folder)], Output(str(output)), timeout_s=TIMEOUT_S, stream=io.StringIO())
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    assert not summary.failed, summary.failed
    return summary.rate, sorted(peaks.values())


def compare(output: Path, expected: dict[str, dict]) -> tuple[int, list[str]]:
    """How many articles' findings (or error code) equal `analyze`'s field by field; the first few that differ."""
    found = findings_by_url(output)
    differing = [url for url, response in expected.items() if found.get(url) != expected_findings(response)]
    return len(expected) - len(differing), differing[:5]


def findings_by_url(output: Path) -> dict[str, dict]:
    """Each article's rows of the findings tables (without the join keys), or its error code, by URL."""
    found: dict[str, dict] = {}
    for row in read(output, "errors"):
        found[row["url"]] = {"error": row["code"]}
    for row in read(output, "articles"):
        found[row["url"]] = {field: [] for field in FINDINGS.values()}
    for table, field in FINDINGS.items():
        for row in read(output, table):
            url = row.pop("url")
            del row["article_id"]
            found[url][field].append(row)
    return found


def expected_findings(response: dict) -> dict:
    """The findings of an API response with the tables' columns (an optional field left out reads as null)."""
    if "error" in response:
        return {"error": response["error"]["code"]}
    return {field: [{name: record.get(name) for name in SCHEMAS[table].names[2:]} for record in response[field]]
            for table, field in FINDINGS.items()}


def read(output: Path, table: str) -> list[dict]:
    return ds.dataset(output / table, format="parquet").to_table().to_pylist()


def parquet_bytes(output: Path) -> dict[str, int]:
    return {folder.name: sum(path.stat().st_size for path in folder.glob("*.parquet"))
            for folder in sorted(output.iterdir()) if folder.is_dir() and folder.name != manifest.FOLDER}


def restart(folder: Path, output: Path, articles: int) -> tuple[str, bool]:
    """Kill a 2-worker run (driver and workers) when a third of its partitions are done, run it again, count."""
    command = [sys.executable, "-m", "quotelens", "corpus", str(folder), "--output", str(output), "--workers", "2"]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    total = -(-articles // 64) if articles else 0
    while len(manifest.finished(str(output))) < total // 3 and run.poll() is None:
        time.sleep(0.1)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    before = {path.name: path.stat().st_mtime_ns for path in (output / manifest.FOLDER).glob("*.json")}
    subprocess.run(command, check=True, capture_output=True, timeout=3600)
    after = {path.name: path.stat().st_mtime_ns for path in (output / manifest.FOLDER).glob("*.json")}
    redone = sum(after.get(name) != stamp for name, stamp in before.items())
    ids = [row["article_id"] for name in ("articles", "errors")
           for row in ds.dataset(output / name, format="parquet").to_table(columns=["article_id"]).to_pylist()]
    lost = articles - len(set(ids))
    twice = len(ids) - len(set(ids))
    return (f"killed after {len(before)} of {len(after)} partitions; restart redid {redone} finished partitions, "
            f"wrote {len(ids)} article rows for {articles} articles ({twice} twice, {lost} lost)",
            0 < len(before) < len(after) and redone == twice == lost == 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="times each page is repeated (default: %(default)s)")
    parser.add_argument("--restart-rounds", type=int, default=2, help="rounds in the kill-and-restart run")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quotelens-corpus-bench-") as scratch:
        scratch = Path(scratch)
        paths = write_pages(args.data, scratch / "pages", args.rounds)
        print(f"{len(paths)} articles ({args.rounds} x the {len(paths) // args.rounds} extraction pages), "
              f"{os.cpu_count()} cores; {load()}")
        base_rate, expected = baseline(paths)
        print(f"analyze, 1 process (baseline)   {base_rate:6.2f} articles/s   ({load()})")
        rates = {}
        for workers in (1, 2):
            output = scratch / f"out-{workers}"
            rates[workers], peaks = corpus_rate(scratch / "pages", output, workers)
            print(f"corpus, {workers} worker(s)              {rates[workers]:6.2f} articles/s   peak RSS per worker "
                  f"{', '.join(f'{peak / 2**20:.0f} MiB' for peak in peaks)}   ({load()})")
        alone, scaling = rates[1] / base_rate, rates[2] / (2 * rates[1])
        print(f"1 worker / analyze: {alone:.3f} (target >= 0.90); scaling efficiency at 2 workers: "
              f"{scaling:.3f} (target >= 0.85)")
        met = {"1 worker within 10% of analyze": alone >= 0.90, "scaling efficiency": scaling >= 0.85}
        sizes = parquet_bytes(scratch / "out-1")
        print(f"Parquet per 1,000 articles: {sum(sizes.values()) * 1000 / len(paths) / 2**20:.2f} MiB ("
              + ", ".join(f"{name} {size * 1000 / len(paths) / 2**10:.0f} KiB" for name, size in sizes.items()) + ")")
        for workers in (1, 2):
            same, differing = compare(scratch / f"out-{workers}", expected)
            print(f"identical to analyze, {workers} worker(s) (quotes, people, sanctions field by field; error codes): "
                  f"{same}/{len(expected)} articles" + (f"; first differing: {differing}" if differing else ""))
            met[f"identical at {workers} worker(s)"] = same == len(expected)
        restart_paths = write_pages(args.data, scratch / "restart", args.restart_rounds)
        counted, met["restart"] = restart(scratch / "restart", scratch / "out-restart", len(restart_paths))
        print(f"{counted}   ({load()})")
    missed = [name for name, ok in met.items() if not ok]
    print("targets missed: " + ", ".join(missed) if missed else "all targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
