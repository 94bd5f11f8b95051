"""The orchestrator of a corpus run: plan the partitions, skip the finished ones, analyse the rest, sum up."""

from __future__ import annotations

import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from distributed import Client, as_completed

from . import manifest
from .outputs import Output
from .progress import Progress
from .sources import Partition, find_sources, index_archive, plan_page_files
from .worker import LoadModel, analyze_partition

# Articles in one partition: two nlp.pipe batches (analyzer.PIPE_BATCH_SIZE), small enough that a restart loses
# little work and that a worker's memory stays flat, large enough that a task's overhead (~1 ms) is noise beside
# ~100 ms of analysis per article.
PARTITION_SIZE = 64


@dataclass
class Summary:
    """What a run did (``partitions`` analysed now, ``skipped`` as finished before) and what the output holds."""

    partitions: int
    skipped: int
    articles_read: int
    seconds: float
    totals: dict = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.articles_read / self.seconds if self.seconds else 0.0


def run_corpus(client: Client, inputs: list[str], output: Output, *, glob: str | None = None,
               size: int = PARTITION_SIZE, timeout_s: float | None = None, stream=None) -> Summary:
    """Analyse every article of ``inputs`` on ``client``'s cluster into ``output``, resuming a previous run."""
    started = time.monotonic()
    client.register_plugin(LoadModel(timeout_s))
    partitions = plan_partitions(client, find_sources(inputs, glob), size)
    done = manifest.finished(output.url)
    todo = [partition for partition in partitions if partition.key not in done]
    progress = Progress(sum(partition.count for partition in todo), stream)
    failed = analyze_all(client, todo, output, timeout_s, progress)
    progress.close()
    return Summary(partitions=len(todo), skipped=len(partitions) - len(todo), articles_read=progress.done,
                   seconds=time.monotonic() - started, totals=total_counts(manifest.finished(output.url)),
                   failed=failed)


def plan_partitions(client: Client, sources, size: int) -> list[Partition]:
    """Page files are cut here; each archive is indexed by a worker (it reads the whole file once)."""
    archives = [source for source in sources if source.kind in ("warc", "jsonl")]
    indexed = client.gather(client.map(index_archive, archives, size=size, pure=False))
    return plan_page_files(sources, size) + [partition for found in indexed for partition in found]


def analyze_all(client: Client, partitions: list[Partition], output: Output, timeout_s: float | None,
                progress: Progress) -> list[str]:
    """Run the partitions, keeping two per worker thread in flight; return the keys of those that failed.

    A bounded window, not every partition at once: the scheduler holds a few tasks, not millions. A partition
    fails only when its worker died on it repeatedly (Dask's allowed-failures); it is left unmarked, so the next run
    tries it again.
    """
    run = uuid.uuid4().hex[:8]
    waiting = iter(partitions)
    window = 2 * max(1, sum(client.nthreads().values()))

    def submit(partition: Partition):
        return client.submit(analyze_partition, partition, output, timeout_s, key=f"analyze-{partition.key}-{run}")

    running = as_completed([submit(partition) for partition in islice(waiting, window)])
    by_key = {f"analyze-{partition.key}-{run}": partition for partition in partitions}
    failed = []
    for future in running:
        partition = by_key[future.key]
        try:
            future.result()
        except Exception:  # noqa: BLE001 - a dead worker or a lost connection: record it, go on with the rest
            failed.append(partition.key)
        future.release()
        progress.advance(partition.count)
        following = next(waiting, None)
        if following is not None:
            running.add(submit(following))
    return sorted(failed)


def total_counts(markers: dict[str, dict]) -> dict:
    """Sum the counts of every finished partition: articles, quotes, people, sanctions and errors by code."""
    totals: Counter = Counter()
    errors: Counter = Counter()
    for counts in markers.values():
        totals.update({name: value for name, value in counts.items() if name != "errors"})
        errors.update(counts.get("errors", {}))
    return dict(totals) | {"errors": dict(sorted(errors.items()))}
