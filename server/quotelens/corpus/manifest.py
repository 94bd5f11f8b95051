"""The manifest of a corpus output: one small JSON file per finished partition, holding what it counted.

A worker writes its partition's marker after the partition's data files, so a marker means the data is complete;
a run killed at any moment leaves markers only for complete partitions, and the next run skips exactly those. One
file per partition (not one appended file) because object stores cannot append, and two workers never write the
same file.
"""

from __future__ import annotations

import json

from fsspec.core import url_to_fs

FOLDER = "_manifest"


def finished(output: str) -> dict[str, dict]:
    """The counts of every finished partition of ``output``, by partition key."""
    fs, root = url_to_fs(output)
    folder = f"{root.rstrip('/')}/{FOLDER}"
    if not fs.isdir(folder):
        return {}
    markers = sorted(name for name in fs.ls(folder, detail=False) if name.endswith(".json"))
    return {name.rsplit("/", 1)[-1].removesuffix(".json"): json.loads(fs.cat_file(name)) for name in markers}


def mark_finished(output: str, key: str, counts: dict) -> None:
    fs, root = url_to_fs(output)
    write_atomically(fs, f"{root.rstrip('/')}/{FOLDER}/{key}.json", json.dumps(counts, sort_keys=True).encode())


def write_atomically(fs, path: str, data: bytes) -> None:
    """Write ``data`` to a temporary name beside ``path``, then move it in place: readers never see half a file."""
    fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
    temporary = f"{path}.partial"
    fs.pipe_file(temporary, data)
    fs.mv(temporary, path)
