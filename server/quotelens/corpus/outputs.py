"""Where a corpus run writes: a Parquet dataset (one folder per table) or JSON Lines of the API's responses.

Each partition writes one file per table named after its key, whole or not at all (written aside, then moved), so
a re-run writes the same files and a killed run leaves no half-written one.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

import pyarrow.parquet as pq
from fsspec.core import url_to_fs

from .manifest import write_atomically
from .sources import Page
from .tables import partition_tables

FORMATS = ("parquet", "jsonl")


@dataclass(frozen=True)
class Output:
    """The output folder (a local path or fsspec URL) and its format."""

    url: str
    format: str = "parquet"

    def write(self, key: str, pages: list[Page], responses: list[dict]) -> None:
        fs, root = url_to_fs(self.url)
        root = root.rstrip("/")
        if self.format == "jsonl":
            write_atomically(fs, f"{root}/responses/part-{key}.jsonl", jsonl_lines(pages, responses))
            return
        for name, table in partition_tables(pages, responses).items():
            buffer = io.BytesIO()
            pq.write_table(table, buffer, compression="zstd")
            write_atomically(fs, f"{root}/{name}/part-{key}.parquet", buffer.getvalue())


def jsonl_lines(pages: list[Page], responses: list[dict]) -> bytes:
    """One line per article: where it came from, then the API's response (or its error) as the API gives it."""
    lines = []
    for page, response in zip(pages, responses):
        origin = {"article_id": page.article_id, "url": page.url,
                  "date": page.date.isoformat() if page.date else None}
        lines.append(json.dumps(origin | response, ensure_ascii=False) + "\n")
    return "".join(lines).encode("utf-8")
