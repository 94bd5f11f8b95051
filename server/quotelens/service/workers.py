"""Analyses in worker processes the server can end: an analysis over its budget stops at once and frees its slot.

Python cannot stop a running thread, and spaCy's parse of a long page cannot check a budget; a process can be
killed. Each worker is forked from the server after the model is loaded, so the model's memory is shared (copy on
write) and a new worker is ready in tens of milliseconds. A request hands its article to an idle worker over a
pipe and waits for the findings until the deadline; past it the worker is killed and replaced, and the request
answers 503. The pipe costs ~1 ms per analysis (measured by bench/hostile.py), against 100-1,000 ms of analysis.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import stat
import threading
import traceback
from contextlib import suppress
from collections.abc import Callable
from multiprocessing.connection import Connection

from quotelens.language.nlp import load_nlp
from quotelens.model import Analysis, Article
from quotelens.service.budget import Budget, BudgetExceeded

# A paragraph that runs every stage (a quote, its speaker, an official with a title, a sanction).
WARM_UP = Article(title="", text="“We will act,” Foreign Minister Anna Berg told reporters after the government "
                                 "imposed sanctions on the bank.", blocks=())

Task = Callable[..., Analysis]  # task(article, nlp) -> Analysis; a top-level function or a partial of one


class WorkerFailed(RuntimeError):
    """The analysis failed inside a worker: carries the exception's type and where it was raised, not its message,
    which could quote the page."""


class Worker:
    """One worker process and the server's end of its pipe."""

    def __init__(self, context, task: Task):
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=serve_analyses, args=(child_end, task), name="quotelens-worker",
                                       daemon=True)
        self.process.start()
        child_end.close()

    def run(self, article: Article, budget: Budget) -> Analysis:
        """Return the worker's analysis of ``article``, or raise BudgetExceeded at the deadline."""
        self.connection.send(article)
        if not self.connection.poll(budget.remaining()):
            raise BudgetExceeded(f"over the budget of {budget.seconds} s")
        outcome, value = self.connection.recv()
        if outcome == "error":
            raise WorkerFailed(value)
        return value

    def end(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


class WorkerPool:
    """Model-loaded workers for ``size`` analyses at once, plus one spare; a worker that runs over its budget or dies
    is ended and replaced.

    The server's analysis slots bound the analyses in flight to ``size``, so an idle worker is there whenever a slot
    is free. The spare takes over from an ended worker at once while its replacement forks in the background
    (~100-300 ms on a loaded machine), so the request waiting for that slot does not wait for the fork. An idle
    fork touches almost none of the model's pages, so the spare costs little memory.
    """

    def __init__(self, size: int, task: Task, start_method: str | None = None):
        # fork shares the loaded model; where there is no fork (Windows), spawn starts workers that load their own.
        method = start_method or ("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        self.context = multiprocessing.get_context(method)
        self.task = task
        self.size = size + 1
        self._idle: queue.SimpleQueue[Worker] = queue.SimpleQueue()
        for _ in range(self.size):
            self._idle.put(Worker(self.context, task))

    def run(self, article: Article, budget: Budget) -> Analysis:
        worker = self._idle.get()
        try:
            analysis = worker.run(article, budget)
        except (BudgetExceeded, EOFError, OSError):
            # Over budget, or the worker died (out of memory, a crash in native code). SIGKILL stops the analysis
            # at once; reaping the process (tens of ms for a large heap) and forking another happen off this
            # request, so its slot is free for the next one now.
            worker.process.kill()
            threading.Thread(target=self._replace, args=(worker,), name="quotelens-fork", daemon=True).start()
            raise
        except BaseException:
            self._idle.put(worker)  # a failure inside the analysis: the worker itself is fine
            raise
        self._idle.put(worker)
        return analysis

    def _replace(self, ended: Worker) -> None:
        ended.end()
        self._idle.put(Worker(self.context, self.task))

    def close(self) -> None:
        for _ in range(self.size):
            self._idle.get().end()


def serve_analyses(connection: Connection, task: Task) -> None:
    """A worker's life: analyse each article the server sends until the server closes the pipe."""
    drop_inherited_sockets(keep=connection.fileno())
    nlp = load_nlp()  # already loaded in a forked worker; a spawned one loads its own
    # One short analysis before the first request: a fork copies the model's pages it writes to on first use (a few
    # hundred ms on a busy machine), which would otherwise fall on the reader whose page the spare takes over.
    with suppress(Exception):  # a failure shows on the first real request, reported as any other
        task(WARM_UP, nlp)
    while True:
        try:
            article = connection.recv()
        except EOFError:
            return
        try:
            connection.send(("ok", task(article, nlp)))
        except Exception as error:
            where = "".join(traceback.format_tb(error.__traceback__))
            connection.send(("error", f"{type(error).__name__} in a worker\n{where}"))


def drop_inherited_sockets(keep: int) -> None:
    """Close the server's sockets a forked worker inherited (the listener, open client connections), so that a
    connection the server closes is not held open by a worker. Linux lists them in /proc; elsewhere nothing is done."""
    if not os.path.isdir("/proc/self/fd"):
        return
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd == keep or fd < 3:
            continue
        try:
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.close(fd)
        except OSError:
            continue  # the directory's own descriptor, already closed
