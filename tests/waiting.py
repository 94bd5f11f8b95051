"""Waiting for a condition a server or a pool brings about in the background (reaping and re-forking workers)."""

from __future__ import annotations

import time


def eventually(condition, seconds: float = 10) -> bool:
    """Whether ``condition()`` holds within ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True
