"""The one reader of the word lists in data/*.json (each entry there carries a line on why it exists)."""

from __future__ import annotations

import functools
import json
from importlib import resources


@functools.cache
def vocabulary(name: str) -> dict:
    """The parsed data/<name>.json, read once per process; callers share it, so they build their own sets from it
    and never change it."""
    return json.loads(resources.files("quotelens").joinpath(f"data/{name}.json").read_text(encoding="utf-8"))


def word_list(name: str, key: str) -> list:
    """The values of one list of data/<name>.json (shared, like the file: build a set or tuple from it)."""
    return vocabulary(name)[key]["values"]
