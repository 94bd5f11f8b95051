"""Give a Dask worker back glibc's handling of large allocations, which Dask's nanny freezes.

The nanny starts every worker with ``MALLOC_TRIM_THRESHOLD_=65536`` so that freed memory returns to the OS. Setting
any malloc threshold also stops glibc from raising its mmap threshold as a program frees large blocks (from 128 KiB
up to 32 MiB), so every array over 128 KiB that a parse allocates is a fresh mmap, faulted in page by page and
unmapped when freed. spaCy allocates many such arrays per article: a worker spent about a fifth more CPU per article
than one `quotelens analyze` process, and the same as it once the threshold was raised (docs/benchmarks.md, "Corpus
analysis on Dask"). The trim threshold Dask chose stays, so the free top of the heap still goes back to the OS.
"""

from __future__ import annotations

import ctypes
import ctypes.util

from distributed.diagnostics.plugin import WorkerPlugin

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter (malloc.h)
MMAP_THRESHOLD_MAX = 32 * 2**20  # the ceiling glibc's own dynamic threshold reaches on 64-bit systems


def raise_mmap_threshold() -> bool:
    """Serve allocations under 32 MiB from the heap, as glibc does in a process nobody tuned; False where not glibc."""
    name = ctypes.util.find_library("c")
    try:
        mallopt = ctypes.CDLL(name).mallopt if name else None
    except (OSError, AttributeError):  # no C library by that name, or one without mallopt (macOS, musl)
        return False
    return bool(mallopt and mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_MAX) == 1)


class LargeAllocations(WorkerPlugin):
    """Raise the mmap threshold in each worker when it starts (embedded cluster or ``dask worker`` alike)."""

    name = "quotelens-large-allocations"

    def setup(self, worker) -> None:
        raise_mmap_threshold()
