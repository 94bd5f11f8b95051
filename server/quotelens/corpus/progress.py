"""The progress line of a corpus run: articles done of the total, articles per second, and the time left."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Report articles done on ``stream``: in place on a terminal, one line every ``every_s`` seconds in a log."""

    def __init__(self, total: int, stream: TextIO | None = None, every_s: float = 10.0):
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.every_s = every_s
        self.started = self.reported = time.monotonic()
        self.in_place = self.stream.isatty()

    def advance(self, articles: int) -> None:
        self.done += articles
        now = time.monotonic()
        if self.in_place:
            print(f"\r{self.line(now)}", end="", file=self.stream, flush=True)
        elif now - self.reported >= self.every_s or self.done >= self.total:
            print(self.line(now), file=self.stream, flush=True)
            self.reported = now

    def close(self) -> None:
        if self.in_place and self.done:
            print(file=self.stream, flush=True)

    def rate(self, now: float | None = None) -> float:
        elapsed = (now or time.monotonic()) - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def line(self, now: float) -> str:
        rate = self.rate(now)
        left = (self.total - self.done) / rate if rate else None
        return (f"{self.done}/{self.total} articles  {rate:.1f} articles/s  "
                f"ETA {format_duration(left) if left is not None else '?'}")


def format_duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{seconds:02d}s"
