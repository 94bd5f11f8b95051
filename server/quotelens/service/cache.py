"""The analysis caches: bounded, thread-safe LRUs in memory, keyed by a hash of the article (or of the request body)
and the settings."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterable
from typing import Any


def cache_key(text: str, blocks: Iterable[Hashable], settings: Iterable[Hashable]) -> str:
    """Hash what decides an analysis: the article text, its block boundaries and the settings that change results.

    A digest, not the text itself, is the key, so the cache holds no second copy of each article; SHA-256 makes a
    collision (two articles sharing an answer) practically impossible. Lone surrogates are escaped, not refused.
    """
    digest = hashlib.sha256()
    digest.update(text.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(repr(tuple(blocks)).encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(repr(tuple(settings)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def body_key(body: bytes, settings: Iterable[Hashable]) -> str:
    """Hash a request body as it arrived (before any parsing) with the settings that change its answer."""
    digest = hashlib.sha256(body)
    digest.update(b"\0")
    digest.update(repr(tuple(settings)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class LruCache:
    """At most ``size`` entries, the least recently used evicted first; ``size`` 0 keeps nothing.

    One lock guards the dict: get and put are O(1) dict operations, so the lock is held for microseconds and
    waitress's threads never queue on it. Two threads that miss on the same key both compute it (the second put
    wins); locking per key to avoid that would make one slow page block another reader's request.
    Entries live in this process's memory only and vanish with it: nothing a reader sent is written to disk.
    """

    def __init__(self, size: int):
        self.size = max(0, int(size))
        self._entries: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Any | None:
        with self._lock:
            value = self._entries.get(key)
            if value is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: str, value: Any) -> None:
        if self.size == 0:
            return
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
