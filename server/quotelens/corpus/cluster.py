"""Where a corpus run runs: an embedded LocalCluster, or an existing Dask cluster reached at its scheduler.

Both hand back a ``distributed.Client``; everything after that is one code path. Workers run one thread each:
spaCy and the detectors hold the GIL, so parallelism comes from processes, one model per process.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster

from .heap import LargeAllocations


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``workers`` processes (default: cores)."""
    logging.getLogger("distributed").setLevel(logging.WARNING)  # its INFO lines are for cluster operators
    if scheduler:
        with Client(scheduler) as client:
            client.register_plugin(LargeAllocations())
            yield client
        return
    with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.WARNING) as cluster, Client(cluster) as client:
        client.register_plugin(LargeAllocations())
        yield client
