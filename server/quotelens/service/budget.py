"""The time budget of one request: a deadline that the analysis checks between stages and the caller enforces."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class BudgetExceeded(Exception):
    """The analysis ran past its deadline (or was abandoned by a caller that stopped waiting)."""


class Budget:
    """A wall-clock budget in seconds; ``None`` or 0 means unlimited.

    Python cannot stop a running thread, so a budget has two halves. ``run`` makes the caller stop waiting at the
    deadline: the server thread answers 503 on time whatever the analysis is doing (even stuck in one slow stage).
    ``check``, called by the analysis between stages, then stops the abandoned work at the next stage boundary so
    it does not keep burning a core. How long that takes is bounded by the slowest stage on the largest input
    allowed, which is why the article length is capped (MAX_TEXT_CHARS) and every stage is kept linear in it.
    The price is one short-lived thread per analysis (~0.1 ms to start, 1-2 ms of GIL hand-off under load), far
    below the cost of one analysis; answers from the cache do not pay it.
    """

    def __init__(self, seconds: float | None):
        self.seconds = seconds if seconds and seconds > 0 else None
        self.deadline = time.monotonic() + self.seconds if self.seconds else None
        self._abandoned = threading.Event()

    def remaining(self) -> float | None:
        return None if self.deadline is None else max(0.0, self.deadline - time.monotonic())

    def expired(self) -> bool:
        return self._abandoned.is_set() or (self.deadline is not None and time.monotonic() >= self.deadline)

    def check(self) -> None:
        """Raise ``BudgetExceeded`` once the deadline has passed: the cooperative half."""
        if self.expired():
            raise BudgetExceeded(f"over the budget of {self.seconds} s")

    def run(self, work: Callable[[], T]) -> T:
        """Return ``work()``, or raise ``BudgetExceeded`` at the deadline while ``work`` winds down on its own."""
        if self.deadline is None:
            return work()
        outcome: dict[str, object] = {}

        def target() -> None:
            try:
                outcome["value"] = work()
            except BaseException as error:  # handed to the waiting caller, re-raised there
                outcome["error"] = error

        worker = threading.Thread(target=target, name="quotelens-analysis", daemon=True)
        worker.start()
        worker.join(self.remaining())
        if worker.is_alive():
            # Tell the work to stop at its next check; whatever it raises then is dropped with it, unlogged,
            # since its message could quote the page.
            self._abandoned.set()
            raise BudgetExceeded(f"over the budget of {self.seconds} s")
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["value"]  # type: ignore[return-value]
